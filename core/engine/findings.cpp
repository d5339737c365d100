#include "engine/findings.h"

#include "engine/failureorigin.h"
#include "engine/namemarker.h"

#include "engine/decision.h"

#include "caa/brrules.h"
#include "caa/issuevalue.h"
#include "caa/registry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cstring>

namespace Caa {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return QString();
}

namespace {

const QList<QByteArray> &registeredTags = registeredCaaTags();
const QList<QByteArray> &issueFamily = issuerPropertyTags();
const QList<QByteArray> &acmeMethods = acmeValidationMethods();

class Collector
{
public:
    QList<Finding> items;
    QDate asOf; ///< the day the findings are for (rules that start on a date)

    void add(Severity s, const char *code, const QString &message, const QString &fix, const char *reference,
             const QByteArray &owner = {}, const CaaRecord *record = nullptr)
    {
        Finding f = makeFinding(s, code, message, fix, reference, owner);
        if (record) {
            f.hasRecord = true;
            f.record = *record;
        }
        items.append(std::move(f));
    }
};

QString show(const CaaRecord &r) { return QString::fromLatin1(caaPresentation(r)); }

bool looksLikeCaName(const QByteArray &issuer)
{
    if (issuer.isEmpty())
        return false;
    return issuer.contains(' ') || issuer.contains('\'') || !issuer.contains('.');
}

QByteArray squashed(const QString &text)
{
    QByteArray out;
    for (const QChar ch : text)
        if (ch.isLetterOrNumber())
            out += ch.toLower().toLatin1();
    return out;
}

// "Let's Encrypt", "letsencrypt", "DigiCert" → the directory entry whose name it is.
const CaEntry *caNamed(const CaDirectory *directory, const QByteArray &issuer)
{
    if (!directory || issuer.isEmpty())
        return nullptr;
    const QByteArray key = squashed(QString::fromUtf8(issuer));
    if (key.size() < 3)
        return nullptr;
    for (const CaEntry &e : directory->entries)
        if (squashed(e.name) == key || squashed(e.owner) == key)
            return &e;
    return nullptr;
}

QString identifierList(const CaEntry &e)
{
    QStringList ids;
    for (const QByteArray &id : e.identifiers)
        ids << QString::fromLatin1(id);
    return ids.join(QStringLiteral(", "));
}

void checkIssuerAgainstDirectory(Collector &c, const QByteArray &owner, const CaaRecord &r, const QByteArray &issuer,
                                 const CaDirectory *directory)
{
    if (!directory || issuer.isEmpty())
        return;
    const QList<const CaEntry *> users = directory->findByIdentifier(issuer);
    if (users.isEmpty()) {
        c.add(Severity::Warning, "unknown-issuer",
              QCoreApplication::translate("Findings", "No CA in the directory uses the identifier \"%1\"; no public CA is known to be authorised by this record.").arg(displayText(issuer)),
              QCoreApplication::translate("Findings", "Check the spelling against your CA's documentation (CP/CPS section 4.2). A private CA is fine to list."),
              "BR 2.2.8 §4.2.2.1", owner, &r);
    } else if (users.size() > 1) {
        QStringList names;
        for (const CaEntry *e : users)
            names << e->name;
        c.add(Severity::Info, "shared-identifier",
              QCoreApplication::translate("Findings", "\"%1\" is an identifier of several CAs (%2): this record authorises all of them.").arg(displayText(issuer), names.join(QStringLiteral(", "))),
              QString(), "BR 2.2.8 §4.2.2.1; CCADB CAA identifiers", owner, &r);
    }
}

// The CAs named by `issuer` that match accounts by their account-URL forms (profile
// accountUriPrefixForms, e.g. Let's Encrypt's ACMEv2 and ACMEv1 URLs).
void checkAccountForm(Collector &c, const QByteArray &owner, const CaaRecord &r, const QByteArray &issuer, const QByteArray &account,
                      const CaDirectory *directory)
{
    if (!directory)
        return;
    for (const CaEntry *ca : directory->findByIdentifier(issuer)) {
        const std::optional<ProcessingProfile> profile = profileById(ca->profileId);
        if (!profile || !profile->accountUriPrefixForms || ca->accountUriPrefixes.isEmpty())
            continue;
        const std::optional<AccountUriForm> form = accountUriForm(account, ca->accountUriPrefixes);
        if (!form) {
            c.add(Severity::Warning, "account-uri-not-ca-form",
                  QCoreApplication::translate("Findings", "The accounturi \"%1\" is in none of %2's account URL forms (%3), so %2 matches no account with it and will not issue.")
                      .arg(displayText(account), ca->name, ca->accountUriPrefixes.join(QStringLiteral(", "))),
                  QCoreApplication::translate("Findings", "Copy the account URL your ACME client shows for %1; it starts with %2.").arg(ca->name, ca->accountUriPrefixes.first()),
                  "RFC 8657 §3; Let's Encrypt (boulder va/caa.go)", owner, &r);
        } else if (form->prefix != ca->accountUriPrefixes.first()) {
            c.add(Severity::Warning, "account-uri-older-form",
                  QCoreApplication::translate("Findings", "The accounturi names %1 account %2 in its older form %3. %1 still accepts that form, but a CA that compares account URIs "
                                 "exactly (RFC 8657 §3) would not, and an older form can be retired.")
                      .arg(ca->name, displayText(form->accountId), form->prefix),
                  QCoreApplication::translate("Findings", "Write accounturi=%1%2.").arg(ca->accountUriPrefixes.first(), displayText(form->accountId)),
                  "RFC 8657 §3; Let's Encrypt (boulder va/caa.go)", owner, &r);
        }
    }
}

// Labels the CAs named by `issuer` do not offer (CaEntry::validationMethods, when known):
// the record never lets that CA issue by them.
void checkMethodsOffered(Collector &c, const QByteArray &owner, const CaaRecord &r, const QByteArray &issuer, const QList<QByteArray> &labels,
                         const CaDirectory *directory)
{
    if (!directory)
        return;
    for (const CaEntry *ca : directory->findByIdentifier(issuer)) {
        if (ca->validationMethods.isEmpty())
            continue;
        QStringList offered;
        for (const QByteArray &m : ca->validationMethods)
            offered << QString::fromLatin1(m);
        for (const QByteArray &l : labels) {
            // Unknown labels and upper case have their own findings.
            if (l != l.toLower() || (!acmeMethods.contains(l) && !l.startsWith("ca-")) || ca->validationMethods.contains(l))
                continue;
            const std::optional<ProcessingProfile> profile = profileById(ca->profileId);
            if (caTbrSubsection(l) && profile && !profile->equivalentMethodLabels) {
                const QList<QByteArray> same = equivalentMethodLabels(l);
                c.add(Severity::Warning, "validation-method-not-offered",
                      QCoreApplication::translate("Findings", "%1 does not accept ca-tbr- labels yet (letsencrypt/boulder#8821), so \"%2\" never lets %1 issue, although BR 2.2.8 says a CA should accept every label of a method it uses.")
                          .arg(ca->name, displayText(l)),
                      same.isEmpty() || !ca->validationMethods.contains(same.first())
                          ? QCoreApplication::translate("Findings", "List a method %1 offers, e.g. validationmethods=%2.").arg(ca->name, offered.first())
                          : QCoreApplication::translate("Findings", "Write %1 (the ACME label of the same method) for %2, e.g. validationmethods=%3.")
                                .arg(QString::fromLatin1(same.first()), ca->name, QString::fromLatin1(l + ',' + same.first())),
                      "BR 2.2.8 §4.2.2.1.2; letsencrypt/boulder#8821", owner, &r);
                continue;
            }
            if (const QList<QByteArray> same = caTbrSubsection(l) ? equivalentMethodLabels(l) : QList<QByteArray>{};
                !same.isEmpty() && ca->validationMethods.contains(same.first()))
                continue; // the CA offers the same method under its ACME label
            c.add(Severity::Warning, "validation-method-not-offered",
                  QCoreApplication::translate("Findings", "%1 does not offer the validation method \"%2\" (it offers %3), so this record never lets %1 issue by it.")
                      .arg(ca->name, displayText(l), offered.join(QStringLiteral(", "))),
                  QCoreApplication::translate("Findings", "List a method %1 offers, e.g. validationmethods=%2.").arg(ca->name, offered.first()),
                  "RFC 8657 §4; the CA's directory entry", owner, &r);
        }
    }
}

// A ca-tbr-N label (BR 2.2.8 §4.2.2.1.2) for a method of BR §3.2.2.4: one that does not
// exist, or that may no longer be relied on, lets no CA issue.
void checkTbrLabel(Collector &c, const QByteArray &owner, const CaaRecord &r, const QByteArray &label)
{
    const int n = caTbrSubsection(label);
    const BrValidationMethod *m = brValidationMethod(n);
    if (!m) {
        c.add(Severity::Warning, "unknown-validation-method",
              QCoreApplication::translate("Findings", "\"%1\" names no method of BR §3.2.2.4: ca-tbr- labels are followed by a subsection number from 1 to 22 without leading zeros; no CA will match it.")
                  .arg(displayText(label)),
              QCoreApplication::translate("Findings", "Write e.g. ca-tbr-7 (DNS Change) or ca-tbr-18 (Agreed-Upon Change to Website v2)."), "BR 2.2.8 §4.2.2.1.2; RFC 8657 §4", owner, &r);
        return;
    }
    const QDate day = c.asOf.isValid() ? c.asOf : QDateTime::currentDateTimeUtc().date();
    const bool retired = m->status == BrValidationMethod::Status::Retired
                         || (m->status == BrValidationMethod::Status::Ending && day >= m->until);
    if (retired) {
        c.add(Severity::Warning, "retired-validation-method",
              (m->until.isValid() ? QCoreApplication::translate("Findings", "%1 is a method the Baseline Requirements no longer allow (may not be relied on since %2), so this label lets no CA issue.")
                                        .arg(describeMethodLabel(label), m->until.toString(Qt::ISODate))
                                  : QCoreApplication::translate("Findings", "%1 is a method the Baseline Requirements have retired, so this label lets no CA issue.")
                                        .arg(describeMethodLabel(label))),
              QCoreApplication::translate("Findings", "Remove it, and list the methods your CA really uses."), "BR 2.2.8 §3.2.2.4; §4.2.2.1.2", owner, &r);
    } else if (m->status == BrValidationMethod::Status::Ending) {
        c.add(Severity::Warning, "ending-validation-method",
              QCoreApplication::translate("Findings", "%1 may not be relied on from %2; from then this label lets no CA issue.")
                  .arg(describeMethodLabel(label), m->until.toString(Qt::ISODate)),
              QCoreApplication::translate("Findings", "Add the method your CA will use instead before %1.").arg(m->until.toString(Qt::ISODate)),
              "BR 2.2.8 §1.2.2, §3.2.2.4", owner, &r);
    }
}

// What changes on 2027-03-15 (BR 2.2.8 §4.2.2.1.2) for a record with RFC 8657 parameters:
// until then a CA not known to process them may ignore them.
void checkParametersBinding(Collector &c, const QByteArray &owner, const CaaRecord &r, const IssueValue &v, const CaDirectory *directory)
{
    if (!directory)
        return;
    const QDate from = rfc8657MandatoryDate();
    const QDate day = c.asOf.isValid() ? c.asOf : QDateTime::currentDateTimeUtc().date();
    if (day >= from)
        return;
    const QList<QByteArray> accounts = v.parameterValues("accounturi", false);
    const QList<QByteArray> methods = v.parameterValues("validationmethods", false);
    if (accounts.isEmpty() && methods.isEmpty())
        return;
    QStringList limits;
    for (const QByteArray &list : methods) {
        QStringList words;
        for (const QByteArray &l : list.split(',')) {
            const QString described = describeMethodLabel(l.toLower());
            words << (described.isEmpty() ? displayText(l) : described);
        }
        limits << QCoreApplication::translate("Findings", "only by %1").arg(words.join(QStringLiteral("; ")));
    }
    for (const QByteArray &a : accounts)
        limits << QCoreApplication::translate("Findings", "only for account %1").arg(displayText(a));
    for (const CaEntry *ca : directory->findByIdentifier(v.issuer.toLower())) {
        if (ca->rfc8657 == ParameterProcessing::Processes)
            continue;
        const QString why = ca->rfc8657 == ParameterProcessing::Ignores
                                ? QCoreApplication::translate("Findings", "it says it does not process them yet")
                                : QCoreApplication::translate("Findings", "it is not known to process them yet");
        c.add(Severity::Warning, "parameters-not-yet-binding",
              QCoreApplication::translate("Findings", "%1 need not honour this record's parameters before %2 and %3: until then it may issue with any account "
                                                      "and validation method. From %2 it must issue %4.")
                  .arg(ca->name, from.toString(Qt::ISODate), why, limits.join(QCoreApplication::translate("Findings", " and "))),
              QCoreApplication::translate("Findings", "Ask %1 whether it enforces accounturi and validationmethods today; do not rely on them alone before %2.")
                  .arg(ca->name, from.toString(Qt::ISODate)),
              "BR 2.2.8 §4.2.2.1.2; RFC 8657", owner, &r);
    }
}

void checkIssueValue(Collector &c, const QByteArray &owner, const CaaRecord &r, const CaDirectory *directory)
{
    const IssueValue v = parseIssueValue(r.value);
    const IssueValue loose = parseIssueValueBoulder(r.value);
    if (!v.wellFormed) {
        if (loose.issuer.endsWith('.') && loose.issuer.size() > 1) {
            c.add(Severity::Error, "issuer-trailing-dot",
                  QCoreApplication::translate("Findings", "The issuer \"%1\" ends with a dot. That is not a valid issuer domain name, so this record authorises no CA.").arg(displayText(loose.issuer)),
                  QCoreApplication::translate("Findings", "Write the issuer without the trailing dot: \"%1\".").arg(displayText(loose.issuer.chopped(1))),
                  "RFC 8659 §4.2", owner, &r);
        } else if (const CaEntry *named = caNamed(directory, loose.issuer)) {
            c.add(Severity::Error, "ca-name-as-issuer",
                  QCoreApplication::translate("Findings", "\"%1\" is the name of %2, not its CAA identifier; no CA matches it, so this record authorises no CA.").arg(displayText(loose.issuer), named->name),
                  QCoreApplication::translate("Findings", "Write %1's identifier instead: %2.").arg(named->name, identifierList(*named)),
                  "RFC 8659 §4.2; BR 2.2.8 §4.2.2.1", owner, &r);
        } else if (looksLikeCaName(loose.issuer)) {
            c.add(Severity::Error, "ca-name-as-issuer",
                  QCoreApplication::translate("Findings", "\"%1\" looks like a CA's name, not its CAA identifier; no CA matches it, so this record authorises no CA.").arg(displayText(loose.issuer)),
                  QCoreApplication::translate("Findings", "Use the identifier the CA publishes (for Let's Encrypt: letsencrypt.org)."),
                  "RFC 8659 §4.2; BR 2.2.8 §4.2.2.1", owner, &r);
        } else {
            c.add(Severity::Error, "malformed-value",
                  QCoreApplication::translate("Findings", "The value of the record %1 is malformed: %2. A malformed %3 property counts as naming no CA: it still restricts issuance but authorises nobody.")
                      .arg(show(r), v.error, displayText(r.normalizedTag())),
                  QCoreApplication::translate("Findings", "Write it as issuer-domain or issuer-domain; tag=value; tag=value."),
                  "RFC 8659 §4.2", owner, &r);
        }
        if (!loose.wellFormed || loose.parameters.isEmpty())
            return;
    }
    const IssueValue &p = v.wellFormed ? v : loose;
    if (v.wellFormed && looksLikeCaName(v.issuer)) {
        const CaEntry *named = caNamed(directory, v.issuer);
        c.add(Severity::Error, "ca-name-as-issuer",
              named ? QCoreApplication::translate("Findings", "\"%1\" is the name of %2, not its CAA identifier.").arg(displayText(v.issuer), named->name)
                    : QCoreApplication::translate("Findings", "\"%1\" is not a domain name; CAA names a CA by its identifier (a domain such as letsencrypt.org).").arg(displayText(v.issuer)),
              named ? QCoreApplication::translate("Findings", "Write %1's identifier instead: %2.").arg(named->name, identifierList(*named))
                    : QCoreApplication::translate("Findings", "Use the identifier the CA publishes in its CP/CPS."),
              "RFC 8659 §4.2; BR 2.2.8 §4.2.2.1", owner, &r);
    } else if (v.wellFormed) {
        checkIssuerAgainstDirectory(c, owner, r, v.issuer.toLower(), directory);
    }
    if (p.issuer != p.issuer.toLower()) {
        c.add(Severity::Warning, "issuer-uppercase",
              QCoreApplication::translate("Findings", "The issuer \"%1\" has upper-case letters. Let's Encrypt compares issuers byte for byte, so it will not match.").arg(displayText(p.issuer)),
              QCoreApplication::translate("Findings", "Write the issuer in lower case: \"%1\".").arg(displayText(p.issuer.toLower())), "RFC 8659 §4.2; Let's Encrypt (boulder va/caa.go)", owner, &r);
    }
    if (v.wellFormed)
        checkParametersBinding(c, owner, r, v, directory);
    QList<QByteArray> seen;
    for (const IssueParameter &param : p.parameters) {
        const QByteArray lower = param.tag.toLower();
        if (seen.contains(lower)) {
            c.add(Severity::Error, "duplicate-parameter",
                  QCoreApplication::translate("Findings", "The parameter \"%1\" appears more than once in the record %2. CAs treat such a record as unsatisfiable (or, in older software, use only one of them).").arg(displayText(param.tag), show(r)),
                  QCoreApplication::translate("Findings", "Publish one record per alternative instead."), "RFC 8657 §3–4", owner, &r);
        }
        seen.append(lower);
        if ((lower == "accounturi" || lower == "validationmethods") && param.tag != lower) {
            c.add(Severity::Warning, "parameter-name-case",
                  QCoreApplication::translate("Findings", "\"%1\" is not spelled in lower case. Let's Encrypt compares parameter names exactly, ignores it as unknown, and lets any account issue.").arg(displayText(param.tag)),
                  QStringLiteral("Write \"%1\".").arg(QString::fromLatin1(lower)), "RFC 8657 §3; Let's Encrypt (boulder va/caa.go)", owner, &r);
        }
        if (param.tag.contains('-')) {
            c.add(Severity::Warning, "hyphenated-parameter-tag",
                  QCoreApplication::translate("Findings", "The parameter tag \"%1\" contains a hyphen. RFC 8659 allows it, but Let's Encrypt treats the whole record as malformed.").arg(displayText(param.tag)),
                  QCoreApplication::translate("Findings", "Avoid hyphens in parameter tags."), "RFC 8659 §4.2; Let's Encrypt (boulder va/caa.go)", owner, &r);
        }
        if (lower == "accounturi") {
            const QUrl url = QUrl::fromEncoded(param.value, QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty()) {
                c.add(Severity::Error, "invalid-account-uri",
                      QCoreApplication::translate("Findings", "The accounturi \"%1\" is not a valid absolute URI, so no account can match it.").arg(displayText(param.value)),
                      QCoreApplication::translate("Findings", "Copy the account URL exactly as your ACME client shows it."), "RFC 8657 §3", owner, &r);
            } else if (param.value.contains("acme-staging")) {
                c.add(Severity::Warning, "staging-account-uri",
                      QCoreApplication::translate("Findings", "The accounturi \"%1\" is a staging (test) account; production certificates come from a different account and will be refused.").arg(displayText(param.value)),
                      QCoreApplication::translate("Findings", "Use your production account URL, or add a second record for it."), "RFC 8657 §3; Let's Encrypt staging documentation", owner, &r);
            } else if (v.wellFormed) {
                checkAccountForm(c, owner, r, v.issuer.toLower(), param.value, directory);
            }
        }
        if (lower == "validationmethods") {
            const QList<QByteArray> labels = param.value.split(',');
            bool wellFormed = !param.value.isEmpty();
            for (const QByteArray &l : labels)
                wellFormed = wellFormed && isValidationMethodLabel(l);
            if (!wellFormed) {
                c.add(Severity::Error, "malformed-validation-methods",
                      QCoreApplication::translate("Findings", "validationmethods=\"%1\" is not a comma-separated list of method names (empty entries, spaces or other characters).").arg(displayText(param.value)),
                      QCoreApplication::translate("Findings", "Write e.g. validationmethods=dns-01,http-01."), "RFC 8657 §4", owner, &r);
                continue;
            }
            if (v.wellFormed)
                checkMethodsOffered(c, owner, r, v.issuer.toLower(), labels, directory);
            for (const QByteArray &l : labels) {
                if (l != l.toLower())
                    c.add(Severity::Warning, "validation-method-case",
                          QCoreApplication::translate("Findings", "The method \"%1\" is not in lower case; Let's Encrypt compares method names exactly and will not match it.").arg(displayText(l)),
                          QStringLiteral("Write \"%1\".").arg(displayText(l.toLower())), "RFC 8657 §4; Let's Encrypt (boulder va/caa.go)", owner, &r);
                else if (!acmeMethods.contains(l) && !l.startsWith("ca-"))
                    c.add(Severity::Warning, "unknown-validation-method",
                          QCoreApplication::translate("Findings", "\"%1\" is neither a registered ACME validation method nor a CA-specific \"ca-\" label; no CA will match it.").arg(displayText(l)),
                          QCoreApplication::translate("Findings", "Known methods: http-01, dns-01, tls-alpn-01, dns-account-01, dns-persist-01, and ca-tbr-N for BR §3.2.2.4.N."), "RFC 8657 §4", owner, &r);
                else if (l.startsWith("ca-tbr-"))
                    checkTbrLabel(c, owner, r, l);
            }
        }
    }
}

void checkIodef(Collector &c, const QByteArray &owner, const CaaRecord &r)
{
    const QString value = QString::fromLatin1(r.value);
    const QUrl url = QUrl::fromEncoded(r.value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || scheme.isEmpty()) {
        if (r.value.contains('@') && !r.value.contains(':'))
            c.add(Severity::Error, "iodef-bare-address",
                  QCoreApplication::translate("Findings", "The iodef value \"%1\" is a bare e-mail address; it must be a URL.").arg(displayText(r.value)),
                  QStringLiteral("Write \"mailto:%1\".").arg(displayText(r.value)), "RFC 8659 §4.4", owner, &r);
        else
            c.add(Severity::Error, "iodef-malformed", QCoreApplication::translate("Findings", "The iodef value \"%1\" is not a URL.").arg(displayText(r.value)),
                  QCoreApplication::translate("Findings", "Use a mailto: or https: URL."), "RFC 8659 §4.4", owner, &r);
        return;
    }
    if (scheme == QStringLiteral("http")) {
        c.add(Severity::Warning, "iodef-http",
              QCoreApplication::translate("Findings", "The iodef URL \"%1\" uses http:; CAs are only expected to support mailto: and https:.").arg(value),
              QCoreApplication::translate("Findings", "Use https: or mailto:."), "RFC 8659 §4.4; BR 2.2.8 §4.2.2.1", owner, &r);
    } else if (scheme != QStringLiteral("mailto") && scheme != QStringLiteral("https")) {
        c.add(Severity::Warning, "iodef-bad-scheme",
              QCoreApplication::translate("Findings", "The iodef URL \"%1\" uses the scheme \"%2\"; CAs support mailto: and https: only.").arg(value, scheme),
              QCoreApplication::translate("Findings", "Use a mailto: or https: URL."), "RFC 8659 §4.4; BR 2.2.8 §4.2.2.1", owner, &r);
    } else if (scheme == QStringLiteral("mailto") && !url.path().contains(u'@')) {
        c.add(Severity::Error, "iodef-malformed", QCoreApplication::translate("Findings", "\"%1\" has no e-mail address after mailto:.").arg(value),
              QCoreApplication::translate("Findings", "Write mailto:security@example.com."), "RFC 8659 §4.4", owner, &r);
    }
}

void checkContact(Collector &c, const QByteArray &owner, const CaaRecord &r)
{
    const QByteArray tag = r.normalizedTag();
    const QString value = QString::fromUtf8(r.value);
    if (tag == "contactemail") {
        // One RFC 6532 addr-spec: no URL scheme, no list, no specials outside quotes.
        static const QRegularExpression email(QStringLiteral("^[^@\\s\"<>:;,()\\[\\]]+@[^@\\s\"<>:;,()\\[\\]]+\\.[^@\\s\"<>:;,()\\[\\]]+$"));
        if (!email.match(value).hasMatch())
            c.add(Severity::Error, "contactemail-invalid",
                  QCoreApplication::translate("Findings", "contactemail must hold exactly one e-mail address; \"%1\" is not one.").arg(displayText(r.value)),
                  QCoreApplication::translate("Findings", "Write a single address, e.g. hostmaster@example.com, without \"mailto:\"."), "BR 2.2.8 App. A.1.1", owner, &r);
    } else {
        static const QRegularExpression phone(QStringLiteral("^\\+[0-9][0-9 .()-]*[0-9]$"));
        if (!phone.match(value).hasMatch())
            c.add(Severity::Error, "contactphone-invalid",
                  QCoreApplication::translate("Findings", "contactphone must be one global number starting with + and the country code; \"%1\" is not.").arg(displayText(r.value)),
                  QCoreApplication::translate("Findings", "Write e.g. +1 555 0100."), "BR 2.2.8 App. A.1.2; RFC 3966 §5.1.4", owner, &r);
    }
    if (r.isCritical())
        c.add(Severity::Warning, "critical-contact",
              QCoreApplication::translate("Findings", "The record %1 is marked critical. The BRs allow it, but CAs that do not recognise %2 (Let's Encrypt among them) must then refuse to issue.").arg(show(r), QString::fromLatin1(tag)),
              QCoreApplication::translate("Findings", "Use flags 0 unless you want CAs that do not understand %1 to refuse.").arg(QString::fromLatin1(tag)),
              "BR 2.2.8 App. A; RFC 8659 §4.5", owner, &r);
}

void checkRecord(Collector &c, const QByteArray &owner, const CaaRecord &r, const CaDirectory *directory)
{
    const QByteArray tag = r.normalizedTag();
    if (!r.hasValidTagCharacters()) {
        c.add(Severity::Error, "invalid-tag",
              QCoreApplication::translate("Findings", "The tag \"%1\" contains characters other than letters and digits. No CA recognises it, and some resolvers refuse the whole answer.").arg(displayText(r.tag)),
              QCoreApplication::translate("Findings", "Tags consist of ASCII letters and digits only."), "RFC 8659 §4.1", owner, &r);
    } else if (!registeredTags.contains(tag)) {
        if (r.isCritical())
            c.add(Severity::Error, "critical-unknown-tag",
                  QCoreApplication::translate("Findings", "The record %1 is marked critical and uses a tag no CA is known to recognise: every such CA must refuse to issue.").arg(show(r)),
                  QCoreApplication::translate("Findings", "Remove the record or clear the critical flag (flags 0)."), "RFC 8659 §4.5", owner, &r);
        else
            c.add(Severity::Info, "unknown-tag",
                  QCoreApplication::translate("Findings", "The tag \"%1\" is not a registered CAA property; CAs ignore it.").arg(displayText(r.tag)),
                  QCoreApplication::translate("Findings", "Check the spelling; registered tags are issue, issuewild, iodef, issuemail, issuevmc, contactemail, contactphone."),
                  "RFC 8659 §4.1; IANA CAA properties", owner, &r);
    } else if (r.tag != tag) {
        c.add(Severity::Info, "tag-case",
              QCoreApplication::translate("Findings", "The tag \"%1\" is not in lower case. CAs compare tags case-insensitively, but some tools do not.").arg(displayText(r.tag)),
              QStringLiteral("Write \"%1\".").arg(QString::fromLatin1(tag)), "RFC 8659 §4.1", owner, &r);
    }
    if (r.tag.size() > 15)
        c.add(Severity::Info, "long-tag",
              QCoreApplication::translate("Findings", "The tag \"%1\" is longer than 15 characters; RFC 8659 allows it, but some DNS software rejects it.").arg(displayText(r.tag)),
              QString(), "RFC 8659 §4.1 (RFC 6844 §5.1 SHOULD)", owner, &r);
    if (r.flags & 0x01)
        c.add(Severity::Warning, "flag-bit-1",
              QCoreApplication::translate("Findings", "The record %1 sets flag value 1. The critical flag is 128; Let's Encrypt nevertheless treats 1 as critical, other CAs ignore it.").arg(show(r)),
              QCoreApplication::translate("Findings", "Use flags 0, or 128 if you really mean critical."), "RFC 8659 §4.1; Let's Encrypt (boulder va/caa.go)", owner, &r);
    if (r.flags & 0x7E)
        c.add(Severity::Warning, "reserved-flag-bits",
              QCoreApplication::translate("Findings", "The record %1 sets reserved flag bits (%2); they must be 0 and are ignored by CAs.").arg(show(r)).arg(r.flags & 0x7E),
              QCoreApplication::translate("Findings", "Use flags 0 or 128."), "RFC 8659 §4.1", owner, &r);
    if (r.value.size() > 255)
        c.add(Severity::Info, "long-value",
              QCoreApplication::translate("Findings", "The value is %1 octets long. That is legal, but some DNS providers' forms and parsers split or cut values over 255 octets.").arg(r.value.size()),
              QString(), "RFC 8659 §4.1", owner, &r);

    if (issueFamily.contains(tag))
        checkIssueValue(c, owner, r, directory);
    else if (tag == "iodef")
        checkIodef(c, owner, r);
    else if (tag == "contactemail" || tag == "contactphone")
        checkContact(c, owner, r);
}

QStringList issuerSet(const QList<Dns::CaaAnswer> &set, const QByteArray &tag)
{
    QStringList values;
    for (const Dns::CaaAnswer &a : set)
        if (a.record.hasValidTagCharacters() && a.record.normalizedTag() == tag)
            values << QString::fromLatin1(a.record.value.trimmed());
    values.sort();
    return values;
}

void checkSet(Collector &c, const QByteArray &owner, const QList<Dns::CaaAnswer> &set)
{
    const QStringList issue = issuerSet(set, "issue");
    const QStringList issuewild = issuerSet(set, "issuewild");
    if (issue.isEmpty()) {
        c.add(Severity::Warning, "no-issue-property",
              issuewild.isEmpty()
                  ? QCoreApplication::translate("Findings", "The CAA records at %1 contain no issue property, so they do not restrict which CA may issue TLS certificates.").arg(QString::fromLatin1(owner))
                  : QCoreApplication::translate("Findings", "The CAA records at %1 contain issuewild but no issue property: wildcard certificates are restricted, certificates for single names are not.").arg(QString::fromLatin1(owner)),
              QCoreApplication::translate("Findings", "Add issue records naming the CAs you use, or issue \";\" to allow none."), "RFC 8659 §4.2–4.3", owner);
    }
    if (!issuewild.isEmpty() && issue == issuewild)
        c.add(Severity::Info, "issuewild-same-as-issue",
              QCoreApplication::translate("Findings", "The issuewild records at %1 repeat the issue records; without them wildcards would follow issue anyway.").arg(QString::fromLatin1(owner)),
              QCoreApplication::translate("Findings", "The issuewild records can be removed."), "RFC 8659 §4.3", owner);
    for (const QByteArray &tag : {QByteArray("issue"), QByteArray("issuewild")}) {
        bool denyAll = false;
        bool namesCa = false;
        for (const Dns::CaaAnswer &a : set) {
            if (!a.record.hasValidTagCharacters() || a.record.normalizedTag() != tag)
                continue;
            const IssueValue v = parseIssueValue(a.record.value);
            if (v.wellFormed && v.issuer.isEmpty())
                denyAll = true;
            else if (v.wellFormed)
                namesCa = true;
        }
        if (denyAll && namesCa)
            c.add(Severity::Warning, "deny-all-with-others",
                  QCoreApplication::translate("Findings", "At %1 a %2 \";\" record stands next to %2 records that name CAs. Properties add up, so the \";\" has no effect.").arg(QString::fromLatin1(owner), QString::fromLatin1(tag)),
                  QCoreApplication::translate("Findings", "Remove the %1 \";\" record, or remove the others if no CA should issue.").arg(QString::fromLatin1(tag)),
                  "RFC 8659 §4.2", owner);
    }
}

// The codes and references are a few dozen fixed texts. Each is converted once per thread
// and shared after: converting them for every finding was 3% of a bulk run (issue #18).
// Keyed by content, not by address, so any text is right; past the bound, texts are
// converted each time rather than kept.
QString sharedText(const char *text)
{
    thread_local QHash<ByteKey, QString> made;
    const QByteArray key = QByteArray::fromRawData(text, qsizetype(std::strlen(text)));
    if (const auto it = made.constFind(key); it != made.cend())
        return it.value();
    QString converted = QString::fromUtf8(key);
    if (made.size() < 512)
        made.insert(QByteArray(key.constData(), key.size()), converted); // a deep copy: `text` need not outlive the call
    return converted;
}

} // namespace

Finding makeFinding(Severity severity, const char *code, const QString &message, const QString &fix, const char *reference,
                    const QByteArray &owner)
{
    Finding f;
    f.severity = severity;
    f.code = sharedText(code);
    f.message = message;
    f.fix = fix;
    f.reference = sharedText(reference);
    f.owner = owner;
    return f;
}

QList<Finding> analyse(const CheckResult &check, const CaDirectory *directory, const QDate &asOf)
{
    return analyse(check, directory, asOf, nullptr);
}

namespace {

// A name with no records of its own gets `owner`'s.
Finding inheritedFinding(const QString &name, const QByteArray &owner)
{
    return makeFinding(Severity::Info, "inherited",
                       QCoreApplication::translate("Findings", "%1 has no CAA records of its own; the records at %2 apply to it.").arg(name, QString::fromLatin1(owner)),
                       QString(), "RFC 8659 §3", owner);
}

void checkRecordSet(Collector &c, const QByteArray &owner, const QList<Dns::CaaAnswer> &set, const CaDirectory *directory)
{
    for (const Dns::CaaAnswer &a : set)
        checkRecord(c, a.owner, a.record, directory);
    checkSet(c, owner, set);
}

} // namespace

QList<Finding> analyse(const CheckResult &check, const CaDirectory *directory, const QDate &asOf, FindingsMemo *memo)
{
    Collector c;
    c.asOf = asOf;
    c.items.reserve(4); // most names have a few; growing from one moved them each time
    const int decided = check.decidingIndex;

    if (check.verdict == ClimbVerdict::Failure) {
        const Dns::LookupResult &f = check.steps[decided];
        c.add(Severity::Error, "lookup-failure",
              QCoreApplication::translate("Findings", "The CAA lookup at %1 failed (%2)%3. Under RFC 8659 a CA must then refuse to issue for %4. "
                             "The Baseline Requirements allow an exception only when the failure is outside the CA, was retried, "
                             "and the zone is proven DNSSEC-insecure; Let's Encrypt never uses it.")
                  .arg(QString::fromLatin1(f.name),
                       f.extendedErrors.isEmpty() ? f.outcomeName()
                                                  : QCoreApplication::translate("Findings", "%1; the server says: %2")
                                                        .arg(f.outcomeName(), Dns::extendedErrorsText(f.extendedErrors)),
                       f.errorMessage.isEmpty() ? QString() : QStringLiteral(": ") + (f.errorMessage.endsWith(u'.') ? f.errorMessage.chopped(1) : f.errorMessage),
                       check.name.display()),
              check.origin && check.origin->origin == FailureOrigin::Resolver
                  ? QCoreApplication::translate("Findings", "Nothing in the domain needs fixing (see the resolver-failure finding): check again through another resolver.")
                  : QCoreApplication::translate("Findings", "Make every nameserver of %1 answer CAA queries (an empty answer is fine).").arg(QString::fromLatin1(f.name)),
              "RFC 8659 §3; BR 2.2.8 §4.2.2.1", f.name);
        if (check.origin) {
            // Whose failure it is (issue #21): the zone's own servers were asked directly.
            const FailureOriginReport &o = *check.origin;
            const QString advice = failureOriginAdvice(o);
            switch (o.origin) {
            case FailureOrigin::Resolver:
                c.add(Severity::Warning, "resolver-failure", advice,
                      QCoreApplication::translate("Findings", "Choose another resolver (the Resolver box, or --server) and check again; nothing in the domain needs fixing."),
                      "RFC 8659 §3", f.name);
                break;
            case FailureOrigin::Domain:
                c.add(Severity::Error, "domain-failure", advice,
                      QCoreApplication::translate("Findings", "Fix or remove the failing nameservers, or the DNSSEC chain, of %1.").arg(QString::fromLatin1(f.name)),
                      "RFC 8659 §3; BR 2.2.8 §4.2.2.1", f.name);
                break;
            case FailureOrigin::Undetermined:
                c.add(Severity::Warning, "failure-origin-undetermined", advice,
                      QCoreApplication::translate("Findings", "Check again from another network, or through another resolver."), "RFC 8659 §3", f.name);
                break;
            }
        }
    }
    if (check.verdict == ClimbVerdict::NoRecords)
        c.add(Severity::Info, "no-caa",
              QCoreApplication::translate("Findings", "There are no CAA records from %1 up to the top-level domain, so every CA may issue.").arg(QString::fromLatin1(check.name.ace)),
              QCoreApplication::translate("Findings", "Publish issue records for the CAs you use to restrict issuance."), "RFC 8659 §3");

    if (check.verdict == ClimbVerdict::Found) {
        const Dns::LookupResult &level = check.steps[decided];
        const QByteArray owner = level.name;
        std::optional<Finding> inherited;
        if (memo && memo->m_directory == directory) {
            const QDate day = asOf.isValid() ? asOf : QDateTime::currentDateTimeUtc().date();
            if (day != memo->m_day || memo->m_sets.size() >= 4096) {
                memo->m_sets.clear();
                memo->m_day = day;
            }
            // Everything the findings about a relevant set depend on besides the directory and
            // the day: the level's name, and each record with the owner it came under.
            const QByteArray key = Dns::levelRecordSetKey(owner, level.caa, Dns::WithTtl::No);
            auto known = memo->m_sets.constFind(key);
            if (known == memo->m_sets.cend()) {
                Collector setFindings;
                setFindings.asOf = day;
                checkRecordSet(setFindings, owner, level.caa, directory);
                known = memo->m_sets.insert(key, {std::move(setFindings.items), inheritedFinding(nameMarker(), owner)});
            }
            c.items += known->findings;
            if (decided > 0) {
                // The names below the owner share the sentence but for their own name
                // (ASCII: it cannot hold the marker).
                inherited = known->inherited;
                inherited->message = withName(inherited->message, QLatin1String(check.name.ace));
            }
        } else {
            checkRecordSet(c, owner, level.caa, directory);
            if (decided > 0)
                inherited = inheritedFinding(QString::fromLatin1(check.name.ace), owner);
        }
        if (!level.aliases.isEmpty()) {
            QStringList hops;
            for (const Dns::AliasHop &h : level.aliases)
                hops << QStringLiteral("%1 %2 %3").arg(QString::fromLatin1(h.owner), Dns::typeName(h.type), QString::fromLatin1(h.target));
            c.add(Severity::Info, "found-via-alias",
                  QCoreApplication::translate("Findings", "The records for %1 were found at %2 by following %3. Whoever controls %2 controls this policy.")
                      .arg(QString::fromLatin1(owner), QString::fromLatin1(level.canonicalName()), hops.join(QStringLiteral(", "))),
                  QString(), "RFC 8659 §3", owner);
        }
        if (inherited)
            c.items.append(std::move(*inherited));
    }
    for (int i = decided + 1; decided >= 0 && i < check.steps.size(); ++i) {
        const LevelOutcome o = check.levelOutcome(i);
        if (o == LevelOutcome::Failure && check.verdict == ClimbVerdict::Found)
            c.add(Severity::Info, "failure-above-relevant",
                  QCoreApplication::translate("Findings", "The lookup at %1 failed (%2), but it does not matter: the records at %3 decide.")
                      .arg(QString::fromLatin1(check.steps[i].name), check.steps[i].outcomeName(), QString::fromLatin1(check.relevantName())),
                  QString(), "RFC 8659 §3", check.steps[i].name);
        else if (o == LevelOutcome::Records && check.verdict == ClimbVerdict::Found)
            c.add(Severity::Info, "shadowed-records",
                  QCoreApplication::translate("Findings", "The CAA records at %1 do not apply to %2: the climb stops at %3.")
                      .arg(QString::fromLatin1(check.steps[i].name), QString::fromLatin1(check.name.ace), QString::fromLatin1(check.steps[decided].name)),
                  QString(), "RFC 8659 §3", check.steps[i].name);
        else if (o == LevelOutcome::Records)
            c.add(Severity::Info, "records-behind-failure",
                  QCoreApplication::translate("Findings", "The CAA records at %1 cannot decide for %2: the failed lookup at %3 comes first, and records hidden there would take precedence.")
                      .arg(QString::fromLatin1(check.steps[i].name), QString::fromLatin1(check.name.ace), QString::fromLatin1(check.steps[decided].name)),
                  QString(), "RFC 8659 §3", check.steps[i].name);
    }
    for (int i = 0; i < check.steps.size(); ++i) {
        if (check.steps[i].outsideSource && check.answered.value(i))
            c.add(Severity::Info, "outside-zone-file",
                  QCoreApplication::translate("Findings", "%1 is not in the zone file that was checked; it was taken to have no CAA records. "
                                 "Check the live DNS for the parent zones too.").arg(QString::fromLatin1(check.steps[i].name)),
                  QString(), "RFC 8659 §3", check.steps[i].name);
    }
    for (int i = 0; i < check.steps.size(); ++i) {
        const Dns::LookupResult &s = check.steps[i];
        if (s.outsideSource)
            continue;
        // Only NOERROR/NXDOMAIN answers say anything about validation (a SERVFAIL may be bogus data).
        if (!check.answered.value(i) || !s.isAnswered() || (s.rcode != Dns::Rcode::NoError && s.rcode != Dns::Rcode::NXDomain))
            continue;
        const auto dnssecFinding = [&s](const QString &name) {
            return makeFinding(Severity::Info, "dnssec",
                               s.authenticated ? QCoreApplication::translate("Findings", "%1: the answer was DNSSEC-validated by the resolver (AD bit set).").arg(name)
                                               : QCoreApplication::translate("Findings", "%1: the answer is not DNSSEC-validated (unsigned zone, or the resolver does not validate).")
                                                     .arg(name),
                               QString(), "RFC 8659 §5.1; BR 2.2.8 §4.2.2.1.3", s.name);
        };
        if (memo && memo->m_directory == directory) {
            // Every level of every name says one of two sentences: worded once, and each
            // level's name (ASCII, it cannot hold the marker) filled in.
            const int ad = s.authenticated ? 1 : 0;
            std::optional<Finding> &worded = memo->m_dnssec[ad];
            if (!worded)
                worded = dnssecFinding(nameMarker());
            const auto filled = [&] {
                Finding f = *worded;
                f.message = withName(f.message, QLatin1String(s.name));
                f.owner = s.name;
                return f;
            };
            if (i == 0) {
                c.items.append(filled()); // the name's own level: seldom asked again
                continue;
            }
            // The levels above it are the parents many names share.
            QHash<ByteKey, Finding> &parents = memo->m_levelDnssec[ad];
            auto known = parents.constFind(s.name);
            if (known == parents.cend()) {
                if (parents.size() >= 4096)
                    parents.clear();
                known = parents.insert(s.name, filled());
            }
            c.items.append(*known);
        } else {
            c.items.append(dnssecFinding(QString::fromLatin1(s.name)));
        }
    }
    const auto moreSevere = [](const Finding &a, const Finding &b) { return int(a.severity) > int(b.severity); };
    // Most names have facts only, already in order: stable_sort() would still take a
    // buffer and move every finding through it.
    if (!std::is_sorted(c.items.cbegin(), c.items.cend(), moreSevere))
        std::stable_sort(c.items.begin(), c.items.end(), moreSevere);
    return c.items;
}

} // namespace Caa
