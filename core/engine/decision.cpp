#include "engine/decision.h"

#include "caa/registry.h"
#include "engine/namemarker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

#include <algorithm>

namespace Caa {

QString certificateKindName(CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::TlsSingle: return QStringLiteral("tls");
    case CertificateKind::TlsWildcard: return QStringLiteral("tls-wildcard");
    case CertificateKind::Email: return QStringLiteral("email");
    case CertificateKind::Vmc: return QStringLiteral("vmc");
    }
    return QString();
}

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Permit: return QStringLiteral("permit");
    case Verdict::Deny: return QStringLiteral("deny");
    case Verdict::LookupFailure: return QStringLiteral("lookup-failure");
    }
    return QString();
}

QString reasonCodeName(ReasonCode code)
{
    switch (code) {
    case ReasonCode::NoCaa: return QStringLiteral("no-caa");
    case ReasonCode::LookupFailure: return QStringLiteral("lookup-failure");
    case ReasonCode::CriticalUnknownTag: return QStringLiteral("critical-unknown-tag");
    case ReasonCode::NoRestrictingProperty: return QStringLiteral("no-restricting-property");
    case ReasonCode::Authorised: return QStringLiteral("authorised");
    case ReasonCode::IssuerNotListed: return QStringLiteral("issuer-not-listed");
    case ReasonCode::IssuanceForbidden: return QStringLiteral("issuance-forbidden");
    case ReasonCode::MalformedProperty: return QStringLiteral("malformed-property");
    case ReasonCode::AccountMismatch: return QStringLiteral("account-mismatch");
    case ReasonCode::MethodMismatch: return QStringLiteral("method-mismatch");
    case ReasonCode::ParametersUnsatisfiable: return QStringLiteral("parameters-unsatisfiable");
    case ReasonCode::ParametersNotYetBinding: return QStringLiteral("parameters-not-yet-binding");
    }
    return QString();
}

QString PermitCondition::describe() const
{
    QStringList parts;
    if (!accountUri.isEmpty())
        parts << QCoreApplication::translate("Decision", "only account %1").arg(displayText(accountUri));
    if (!methods.isEmpty()) {
        QStringList names;
        for (const QByteArray &m : methods) {
            // A ca-tbr-N label says nothing by itself: name the BR method.
            const BrValidationMethod *br = brValidationMethod(caTbrSubsection(m));
            names << (br ? QStringLiteral("%1 (%2)").arg(displayText(m), QString::fromLatin1(br->title)) : displayText(m));
        }
        parts << QCoreApplication::translate("Decision", "only validation method%1 %2").arg(names.size() > 1 ? QStringLiteral("s") : QString(),
                                                                   names.join(QStringLiteral(", ")));
    }
    return parts.isEmpty() ? QCoreApplication::translate("Decision", "no conditions") : parts.join(QStringLiteral(", "));
}

IssuanceRequest requestFor(const CaEntry &ca, CertificateKind kind)
{
    IssuanceRequest r;
    r.caName = ca.name;
    r.identifiers = ca.identifiers;
    r.profile = profileById(ca.profileId).value_or(rfcProfile());
    r.kind = kind;
    r.accountUriPrefixes = ca.accountUriPrefixes;
    r.parameterProcessing = ca.rfc8657;
    return r;
}

std::optional<AccountUriForm> accountUriForm(const QByteArray &uri, const QStringList &prefixes)
{
    for (const QString &prefix : prefixes) {
        const QByteArray p = prefix.toUtf8();
        if (!p.isEmpty() && uri.size() > p.size() && uri.startsWith(p))
            return AccountUriForm{prefix, uri.mid(p.size())};
    }
    return std::nullopt;
}

CertificateKind tlsKindFor(const DomainName &name)
{
    return name.wildcard ? CertificateKind::TlsWildcard : CertificateKind::TlsSingle;
}

namespace {

enum class PropertyOutcome { Authorises, Malformed, EmptyIssuer, OtherIssuer, AccountMismatch, MethodMismatch, Unsatisfiable };

struct PropertyEval
{
    PropertyOutcome outcome = PropertyOutcome::Malformed;
    PermitCondition condition;
    QString detail;
    QByteArray issuer;
    QString note; ///< how the account or method matched, when not by equal strings
};

// Whether the record's accounturi names the requesting account. With the profile's
// account-URL forms (boulder caaAccountURIMatches: any configured prefix + account ID)
// the ID is taken from the request's URI by the CA's prefixes and any of its forms
// matches; a request URI in none of the forms, and every other profile, compares the
// strings exactly (RFC 8657 §3).
bool accountMatches(const IssuanceRequest &request, const QByteArray &named, QString *note)
{
    if (named == request.accountUri)
        return true;
    if (!request.profile.accountUriPrefixForms)
        return false;
    const std::optional<AccountUriForm> asked = accountUriForm(request.accountUri, request.accountUriPrefixes);
    const std::optional<AccountUriForm> inRecord = accountUriForm(named, request.accountUriPrefixes);
    if (!asked || !inRecord || asked->accountId != inRecord->accountId)
        return false;
    *note = QCoreApplication::translate("Decision", "the record names account %1 in %2's other form %3, which %2 accepts as the same account")
                .arg(displayText(inRecord->accountId), request.caName, inRecord->prefix);
    return true;
}

bool sameLabel(const QByteArray &a, const QByteArray &b, bool caseSensitive)
{
    return caseSensitive ? a == b : a.compare(b, Qt::CaseInsensitive) == 0;
}

bool issuerMatches(const ProcessingProfile &profile, const QByteArray &issuer, const QList<QByteArray> &identifiers)
{
    for (const QByteArray &id : identifiers)
        if (sameLabel(issuer, id, profile.issuerCaseSensitive))
            return true;
    return false;
}

// Whether `label` of a record names the request's `method`: the same label, or (BR 2.2.8
// §4.2.2.1.2, when the profile follows it) another label for the same mechanism.
bool methodListed(const ProcessingProfile &profile, const QByteArray &label, const QByteArray &method, bool *equivalent)
{
    if (sameLabel(label, method, profile.methodLabelsCaseSensitive))
        return true;
    if (!profile.equivalentMethodLabels)
        return false;
    const QByteArray asked = profile.methodLabelsCaseSensitive ? method : method.toLower();
    const QByteArray listed = profile.methodLabelsCaseSensitive ? label : label.toLower();
    if (equivalentMethodLabels(asked).contains(listed)) {
        *equivalent = true;
        return true;
    }
    return false;
}

bool hasTbrLabel(const QByteArray &list)
{
    for (const QByteArray &l : list.split(','))
        if (l.toLower().startsWith("ca-tbr-"))
            return true;
    return false;
}

// boulder compares against http-01, dns-01, … only (letsencrypt/boulder#8821, open).
QString tbrNotAcceptedNote(const IssuanceRequest &request)
{
    return QCoreApplication::translate("Decision", " (%1 does not accept ca-tbr- labels yet: letsencrypt/boulder#8821)")
        .arg(request.caName.isEmpty() ? QStringLiteral("boulder") : request.caName);
}

// boulder's caaValidationMethodMatches for one method.
bool boulderMethodAllows(const ProcessingProfile &profile, const QByteArray &list, const QByteArray &method)
{
    for (const QByteArray &label : list.split(',')) {
        if (!isValidationMethodLabel(label))
            return false;
        if (!profile.knownMethods.contains(label))
            continue;
        if (label == method)
            return true;
    }
    return false;
}

// `ignoreParameters`: decide as a CA that does not process RFC 8657 parameters would.
PropertyEval evaluate(const PreparedRecord &record, const IssuanceRequest &request, bool ignoreParameters)
{
    const ProcessingProfile &profile = request.profile;
    PropertyEval e;
    const IssueValue &v = profile.boulderValueGrammar ? record.boulderValue : record.rfcValue;
    if (!v.wellFormed) {
        e.outcome = PropertyOutcome::Malformed;
        e.detail = v.error;
        return e;
    }
    e.issuer = v.issuer;
    if (v.issuer.isEmpty()) {
        e.outcome = PropertyOutcome::EmptyIssuer;
        return e;
    }
    if (!issuerMatches(profile, v.issuer, request.identifiers)) {
        e.outcome = PropertyOutcome::OtherIssuer;
        return e;
    }
    if (ignoreParameters) {
        e.outcome = PropertyOutcome::Authorises;
        return e;
    }
    const QList<QByteArray> accounts = v.parameterValues("accounturi", profile.parameterNamesCaseSensitive);
    const QList<QByteArray> methodLists = v.parameterValues("validationmethods", profile.parameterNamesCaseSensitive);
    if (accounts.size() > 1 || methodLists.size() > 1) {
        e.outcome = PropertyOutcome::Unsatisfiable;
        e.detail = QCoreApplication::translate("Decision", "the record has more than one %1 parameter, which can never be met")
                       .arg(accounts.size() > 1 ? QStringLiteral("accounturi") : QStringLiteral("validationmethods"));
        return e;
    }
    if (accounts.size() == 1) {
        const QByteArray &account = accounts.first();
        const QUrl url = QUrl::fromEncoded(account, QUrl::StrictMode);
        const bool usable = url.isValid() && (profile.boulderValueGrammar || !url.scheme().isEmpty());
        if (!usable) {
            e.outcome = PropertyOutcome::Unsatisfiable;
            e.detail = QCoreApplication::translate("Decision", "its accounturi is not a valid URI");
            return e;
        }
        if (request.accountUri.isEmpty()) {
            e.condition.accountUri = account;
        } else if (!accountMatches(request, account, &e.note)) {
            e.outcome = PropertyOutcome::AccountMismatch;
            e.detail = QCoreApplication::translate("Decision", "it allows only the account %1").arg(displayText(account));
            return e;
        }
    }
    if (methodLists.size() == 1) {
        const QByteArray &list = methodLists.first();
        if (profile.boulderMethodList) {
            if (!request.method.isEmpty()) {
                if (!boulderMethodAllows(profile, list, request.method)) {
                    e.outcome = PropertyOutcome::MethodMismatch;
                    e.detail = QCoreApplication::translate("Decision", "its validationmethods \"%1\" does not allow %2")
                                   .arg(displayText(list), QString::fromLatin1(request.method));
                    if (hasTbrLabel(list))
                        e.detail += tbrNotAcceptedNote(request);
                    return e;
                }
            } else {
                for (const QByteArray &m : profile.knownMethods)
                    if (boulderMethodAllows(profile, list, m))
                        e.condition.methods.append(m);
                if (e.condition.methods.isEmpty()) {
                    e.outcome = PropertyOutcome::Unsatisfiable;
                    e.detail = QCoreApplication::translate("Decision", "its validationmethods \"%1\" allows no method this CA uses")
                                   .arg(displayText(list));
                    if (hasTbrLabel(list))
                        e.detail += tbrNotAcceptedNote(request);
                    return e;
                }
            }
        } else {
            // RFC 8657 §4: value = [*(label ",") label]; anything else cannot be satisfied.
            const QList<QByteArray> labels = list.isEmpty() ? QList<QByteArray>{} : list.split(',');
            bool wellFormed = !labels.isEmpty();
            for (const QByteArray &l : labels)
                wellFormed = wellFormed && isValidationMethodLabel(l);
            if (!wellFormed) {
                e.outcome = PropertyOutcome::Unsatisfiable;
                e.detail = list.isEmpty() ? QCoreApplication::translate("Decision", "its validationmethods lists no method")
                                          : QCoreApplication::translate("Decision", "its validationmethods \"%1\" is not a comma-separated list of method names")
                                                .arg(displayText(list));
                return e;
            }
            if (!request.method.isEmpty()) {
                bool listed = false;
                bool equivalent = false;
                QByteArray matched;
                for (const QByteArray &l : labels) {
                    if (!listed && methodListed(profile, l, request.method, &equivalent)) {
                        listed = true;
                        matched = l;
                    }
                }
                if (listed && equivalent)
                    e.note = QCoreApplication::translate("Decision", "%1 and %2 name the same validation method, and a CA should accept either (BR 2.2.8 §4.2.2.1.2)")
                                 .arg(displayText(matched), displayText(request.method));
                if (!listed) {
                    e.outcome = PropertyOutcome::MethodMismatch;
                    e.detail = QCoreApplication::translate("Decision", "it allows only the validation methods %1, not %2")
                                   .arg(displayText(list), displayText(request.method));
                    return e;
                }
            } else {
                e.condition.methods = labels;
            }
        }
    }
    e.outcome = PropertyOutcome::Authorises;
    return e;
}

QByteArray kindTag(CertificateKind kind)
{
    switch (kind) {
    case CertificateKind::TlsSingle: return "issue";
    case CertificateKind::TlsWildcard: return "issuewild";
    case CertificateKind::Email: return "issuemail";
    case CertificateKind::Vmc: return "issuevmc";
    }
    return "issue";
}

QList<const PreparedRecord *> withTag(const PreparedSet &set, const QByteArray &tag)
{
    QList<const PreparedRecord *> out;
    for (const PreparedRecord &r : set)
        if (r.tag == tag)
            out.append(&r);
    return out;
}

QString subjectFor(const CheckResult &check, CertificateKind kind)
{
    const QString host = QString::fromLatin1(check.name.ace);
    switch (kind) {
    case CertificateKind::TlsSingle: return QStringLiteral("for ") + host;
    case CertificateKind::TlsWildcard: return QStringLiteral("for *.") + host;
    case CertificateKind::Email:
        return check.name.isEmail() ? QCoreApplication::translate("Decision", "S/MIME certificates for %1").arg(check.name.display())
                                    : QCoreApplication::translate("Decision", "S/MIME certificates for addresses @%1").arg(host);
    case CertificateKind::Vmc: return QCoreApplication::translate("Decision", "mark certificates (VMC) for %1").arg(host);
    }
    return QStringLiteral("for ") + host;
}

QString caLabel(const IssuanceRequest &r)
{
    if (!r.caName.isEmpty())
        return r.caName;
    QStringList ids;
    for (const QByteArray &id : r.identifiers)
        ids << QString::fromLatin1(id);
    return ids.isEmpty() ? QCoreApplication::translate("Decision", "The CA") : ids.join(QStringLiteral(" / "));
}

QString recordWord(const QList<const PreparedRecord *> &records, const QByteArray &tag)
{
    return records.size() == 1 ? QCoreApplication::translate("Decision", "the %1 record").arg(QString::fromLatin1(tag))
                               : QCoreApplication::translate("Decision", "the %1 %2 records").arg(records.size()).arg(QString::fromLatin1(tag));
}

} // namespace

PreparedSet prepareSet(const QList<Dns::CaaAnswer> &records)
{
    PreparedSet set;
    set.reserve(records.size());
    for (const Dns::CaaAnswer &a : records) {
        PreparedRecord r;
        r.answer = a;
        r.tag = a.record.hasValidTagCharacters() ? a.record.normalizedTag() : QByteArray();
        if (isIssuerPropertyTag(r.tag)) {
            r.rfcValue = parseIssueValue(a.record.value);
            r.boulderValue = parseIssueValueBoulder(a.record.value);
        }
        set.append(r);
    }
    return set;
}

const PreparedSet &PreparedSetMemo::prepared(const QList<Dns::CaaAnswer> &records)
{
    // With the TTLs: a deciding record shows its own name's.
    QByteArray key;
    Dns::appendRecordSetKey(key, records, Dns::WithTtl::Yes);
    auto known = m_sets.constFind(key);
    if (known == m_sets.cend()) {
        if (m_sets.size() >= 4096)
            m_sets.clear();
        known = m_sets.insert(key, prepareSet(records));
    }
    return *known;
}

namespace {

Decision decideWith(const CheckResult &check, const IssuanceRequest &request, const PreparedSet *prepared, bool ignoreParameters,
                    const QString &subject)
{
    Decision d;
    const QString ca = caLabel(request);

    switch (check.verdict) {
    case ClimbVerdict::Incomplete:
        d.verdict = Verdict::LookupFailure;
        d.reason = ReasonCode::LookupFailure;
        d.reference = QStringLiteral("RFC 8659 §3");
        d.explanation = QCoreApplication::translate("Decision", "The CAA lookup (%1) has not finished.").arg(subject);
        return d;
    case ClimbVerdict::Failure: {
        const Dns::LookupResult &failed = check.steps[check.decidingIndex];
        d.verdict = Verdict::LookupFailure;
        d.reason = ReasonCode::LookupFailure;
        d.reference = QStringLiteral("RFC 8659 §3; BR 2.2.8 §4.2.2.1");
        d.foundAt = failed.name;
        d.explanation = QCoreApplication::translate("Decision", "%1 must not issue %2: the CAA lookup at %3 failed (%4), and records hidden "
                                       "there could forbid issuance.")
                            .arg(ca, subject, QString::fromLatin1(failed.name),
                                 failed.extendedErrors.isEmpty() ? failed.outcomeName()
                                                                 : QCoreApplication::translate("Decision", "%1; the server says: %2")
                                                                       .arg(failed.outcomeName(), Dns::extendedErrorsText(failed.extendedErrors)));
        return d;
    }
    case ClimbVerdict::NoRecords:
        d.verdict = Verdict::Permit;
        d.reason = ReasonCode::NoCaa;
        d.reference = QStringLiteral("RFC 8659 §3");
        d.explanation = QCoreApplication::translate("Decision", "%1 may issue %2: there are no CAA records from %3 up to the top-level domain.")
                            .arg(ca, subject, QString::fromLatin1(check.name.ace));
        return d;
    case ClimbVerdict::Found:
        break;
    }

    PreparedSet local;
    if (!prepared) {
        local = prepareSet(check.relevantRecords());
        prepared = &local;
    }
    const PreparedSet &set = *prepared;
    d.foundAt = check.relevantName();
    // Through a CNAME or DNAME the records belong to another name than the level asked:
    // say both, so the reader edits the right zone.
    QString at = QString::fromLatin1(d.foundAt);
    const QList<Dns::CaaAnswer> relevant = check.relevantRecords();
    if (!relevant.isEmpty()) {
        QByteArray owner = relevant.first().owner.toLower();
        if (owner.endsWith('.'))
            owner.chop(1);
        if (owner != d.foundAt.toLower())
            at = QCoreApplication::translate("Decision", "%1 (records of %2, reached through an alias)").arg(at, QString::fromLatin1(owner));
    }

    // RFC 8659 §4.5: the critical rule runs over the whole set, whatever the kind.
    for (const PreparedRecord &r : set) {
        const bool recognised = !r.tag.isEmpty() && request.profile.recognisedTags.contains(r.tag);
        if (!recognised && (r.answer.record.flags & request.profile.criticalMask))
            d.deciding.append(r.answer);
    }
    if (!d.deciding.isEmpty()) {
        d.verdict = Verdict::Deny;
        d.reason = ReasonCode::CriticalUnknownTag;
        d.reference = QStringLiteral("RFC 8659 §4.5");
        const CaaRecord &r = d.deciding.first().record;
        d.explanation = QCoreApplication::translate("Decision", "%1 may not issue %2: the record %3 at %4 is marked critical (flags %5) "
                                       "and %1 does not recognise the tag \"%6\".")
                            .arg(ca, subject, QString::fromLatin1(caaPresentation(r)), at)
                            .arg(r.flags)
                            .arg(displayText(r.tag));
        return d;
    }

    QByteArray tag = kindTag(request.kind);
    QList<const PreparedRecord *> candidates = withTag(set, tag);
    switch (request.kind) {
    case CertificateKind::TlsSingle:
        d.reference = QStringLiteral("RFC 8659 §4.2");
        break;
    case CertificateKind::TlsWildcard:
        d.reference = QStringLiteral("RFC 8659 §4.3");
        if (candidates.isEmpty()) {
            tag = "issue";
            candidates = withTag(set, tag);
        }
        break;
    case CertificateKind::Email:
        d.reference = QStringLiteral("RFC 9495 §4");
        break;
    case CertificateKind::Vmc:
        // Mark Certificate Requirements, as CAs quote them in their CPSes (SSL.com CP/CPS
        // §3.2.2.8; Starfield Mark Certificate CP/CPS v1.2 §3.2.2.5): issuevmc is processed
        // as RFC 8659 specifies issue, and "CAA records with issue or issuewild Property
        // Tags do not restrict the issuance of Mark Certificates". No fallback to issue:
        // without issuevmc the set does not restrict them, like issuemail (spec §10).
        d.reference = QCoreApplication::translate("Decision", "MC Requirements (issuevmc)");
        break;
    }

    if (candidates.isEmpty()) {
        d.verdict = Verdict::Permit;
        d.reason = ReasonCode::NoRestrictingProperty;
        d.explanation = QCoreApplication::translate("Decision", "%1 may issue %2: the CAA records at %3 have no %4 property, so they do not "
                                       "restrict this kind of certificate.")
                            .arg(ca, subject, at, QString::fromLatin1(tag));
        return d;
    }

    QList<PropertyEval> evals;
    QList<PermitCondition> conditions;
    bool unconditional = false;
    QList<int> authorising;
    for (int i = 0; i < candidates.size(); ++i) {
        const PropertyEval e = evaluate(*candidates[i], request, ignoreParameters);
        evals.append(e);
        if (e.outcome == PropertyOutcome::Authorises) {
            authorising.append(i);
            d.deciding.append(candidates[i]->answer);
            if (e.condition.isUnconditional())
                unconditional = true;
            else if (!conditions.contains(e.condition))
                conditions.append(e.condition);
        }
    }
    const QString records = recordWord(candidates, tag);
    const bool one = candidates.size() == 1;
    if (!d.deciding.isEmpty()) {
        d.verdict = Verdict::Permit;
        d.reason = ReasonCode::Authorised;
        if (!unconditional) {
            // Record order in an RRset is arbitrary (resolvers rotate it); keep output stable.
            std::sort(conditions.begin(), conditions.end(), [](const PermitCondition &a, const PermitCondition &b) {
                return a.describe() < b.describe();
            });
            d.conditions = conditions;
        }
        QString sentence = QCoreApplication::translate("Decision", "%1 may issue %2: %3 at %4 names %5")
                               .arg(ca, subject, d.deciding.size() == 1 ? QCoreApplication::translate("Decision", "the %1 record").arg(QString::fromLatin1(tag)) : records,
                                    at, displayText(evals[authorising.first()].issuer));
        if (!d.conditions.isEmpty()) {
            QStringList alts;
            for (const PermitCondition &c : std::as_const(d.conditions))
                alts << c.describe();
            sentence += QCoreApplication::translate("Decision", ", with %1").arg(alts.join(QCoreApplication::translate("Decision", "; or ")));
        }
        if (const QString &note = evals[authorising.first()].note; !note.isEmpty())
            sentence += QStringLiteral(" (%1)").arg(note);
        d.explanation = sentence + u'.';
        return d;
    }

    // Deny: say the most specific thing that is true.
    d.verdict = Verdict::Deny;
    for (const PreparedRecord *r : std::as_const(candidates))
        d.deciding.append(r->answer);
    QStringList issuers;
    const PropertyEval *namesCa = nullptr;
    bool anyForbidden = false;
    bool allMalformed = true;
    bool allEmptyOrMalformed = true;
    for (const PropertyEval &e : std::as_const(evals)) {
        if (e.outcome != PropertyOutcome::Malformed)
            allMalformed = false;
        if (e.outcome == PropertyOutcome::EmptyIssuer)
            anyForbidden = true;
        if (e.outcome != PropertyOutcome::EmptyIssuer && e.outcome != PropertyOutcome::Malformed)
            allEmptyOrMalformed = false;
        const QString issuer = displayText(e.issuer);
        if (e.outcome == PropertyOutcome::OtherIssuer && !issuers.contains(issuer))
            issuers << issuer;
        if (!namesCa && (e.outcome == PropertyOutcome::AccountMismatch || e.outcome == PropertyOutcome::MethodMismatch
                         || e.outcome == PropertyOutcome::Unsatisfiable))
            namesCa = &e;
    }
    const QString prefix = QCoreApplication::translate("Decision", "%1 may not issue %2: ").arg(ca, subject);
    if (namesCa) {
        d.reason = namesCa->outcome == PropertyOutcome::AccountMismatch ? ReasonCode::AccountMismatch
                   : namesCa->outcome == PropertyOutcome::MethodMismatch ? ReasonCode::MethodMismatch
                                                                          : ReasonCode::ParametersUnsatisfiable;
        d.reference = d.reason == ReasonCode::AccountMismatch  ? QStringLiteral("RFC 8657 §3")
                      : d.reason == ReasonCode::MethodMismatch ? QStringLiteral("RFC 8657 §4")
                                                               : QStringLiteral("RFC 8657 §3–4");
        // One record or several: whole sentences for each, so the verb agrees (and a
        // translator sees whole sentences, not an "s" to glue on).
        d.explanation = prefix
                        + (one ? QCoreApplication::translate("Decision", "%1 at %2 names %3, but %4.")
                               : QCoreApplication::translate("Decision", "%1 at %2 name %3, but %4."))
                              .arg(records, at, displayText(namesCa->issuer), namesCa->detail);
    } else if (allMalformed) {
        d.reason = ReasonCode::MalformedProperty;
        d.explanation = prefix
                        + (one ? QCoreApplication::translate("Decision", "%1 at %2 is malformed (%3), which counts as naming no CA.")
                               : QCoreApplication::translate("Decision", "%1 at %2 are malformed (%3), which counts as naming no CA."))
                              .arg(records, at, evals.first().detail);
    } else if (allEmptyOrMalformed && anyForbidden) {
        d.reason = ReasonCode::IssuanceForbidden;
        d.explanation = prefix
                        + (one ? QCoreApplication::translate("Decision", "%1 at %2 names no CA at all, which forbids issuance.")
                               : QCoreApplication::translate("Decision", "%1 at %2 name no CA at all, which forbids issuance."))
                              .arg(records, at);
    } else {
        d.reason = ReasonCode::IssuerNotListed;
        issuers.sort(); // record order is arbitrary (resolvers rotate RRsets): keep the sentence stable
        d.explanation = prefix
                        + (one ? QCoreApplication::translate("Decision", "%1 at %2 allows only %3.")
                               : QCoreApplication::translate("Decision", "%1 at %2 allow only %3."))
                              .arg(records, at, issuers.join(QStringLiteral(", ")));
    }
    return d;
}


// Whether the verdict depends on the record's RFC 8657 parameters.
bool hangsOnParameters(const Decision &d)
{
    return d.reason == ReasonCode::AccountMismatch || d.reason == ReasonCode::MethodMismatch
           || d.reason == ReasonCode::ParametersUnsatisfiable || (d.reason == ReasonCode::Authorised && !d.conditions.isEmpty());
}

// decide(), with `subject` ("for example.com") as the sentences name the certificate.
Decision decideAbout(const CheckResult &check, const IssuanceRequest &request, const PreparedSet *prepared, const QString &subject)
{
    PreparedSet local;
    if (!prepared && check.verdict == ClimbVerdict::Found) {
        local = prepareSet(check.relevantRecords());
        prepared = &local;
    }
    Decision bound = decideWith(check, request, prepared, false, subject);
    if (request.parameterProcessing == ParameterProcessing::Processes || !hangsOnParameters(bound))
        return bound;
    const QDate day = request.asOf.isValid() ? request.asOf : QDateTime::currentDateTimeUtc().date();
    if (parametersBinding(request.parameterProcessing, day))
        return bound;
    // BR 2.2.8 §4.2.2.1.2: until 2027-03-15 a CA SHOULD process accounturi and
    // validationmethods, and one not known to may ignore them. The owner must know that the
    // record does not yet hold such a CA to its parameters: a permit, marked as such.
    Decision d = decideWith(check, request, prepared, true, subject);
    if (d.verdict != Verdict::Permit)
        return bound;
    const QDate from = rfc8657MandatoryDate();
    const QString ca = caLabel(request);
    const QString processing = request.parameterProcessing == ParameterProcessing::Ignores
                                   ? QCoreApplication::translate("Decision", "%1 says it does not process them yet").arg(ca)
                                   : QCoreApplication::translate("Decision", "it is not known whether %1 processes them already").arg(ca);
    d.reason = ReasonCode::ParametersNotYetBinding;
    d.conditions.clear();
    d.reference = QStringLiteral("BR 2.2.8 §4.2.2.1.2; ") + bound.reference;
    d.explanation = QCoreApplication::translate("Decision", "%1 may issue %2 before %3 with any account and validation method: the record's "
                                                            "RFC 8657 parameters bind it only from %3, and %4 (BR 2.2.8 §4.2.2.1.2). From %3: %5")
                        .arg(ca, subject, from.toString(Qt::ISODate), processing, bound.explanation);
    d.fromMandatoryDate = LaterDecision{from, bound.verdict, bound.reason, bound.explanation, bound.conditions};
    return d;
}

// Whether a memo may word these requests' sentences with nameMarker(): not when their own
// text holds any of its noncharacters, which filling in the subject could change.
bool markerIsSafe(const QList<IssuanceRequest> &requests)
{
    const auto holdsMarker = [](const QString &text) { return text.contains(nameMarker().front()) || text.contains(nameMarker().back()); };
    return std::none_of(requests.cbegin(), requests.cend(), [&holdsMarker](const IssuanceRequest &r) {
        return holdsMarker(r.caName) || std::any_of(r.accountUriPrefixes.cbegin(), r.accountUriPrefixes.cend(), holdsMarker);
    });
}

} // namespace

Decision decide(const CheckResult &check, const IssuanceRequest &request, const PreparedSet *prepared)
{
    return decideAbout(check, request, prepared, subjectFor(check, request.kind));
}

QList<Decision> PreparedSetMemo::decideAll(const CheckResult &check, const QList<IssuanceRequest> &requests)
{
    QList<Decision> out;
    out.reserve(requests.size());
    if (check.verdict != ClimbVerdict::Found || requests.isEmpty() || !markerIsSafe(requests)) {
        const PreparedSet *set = check.verdict == ClimbVerdict::Found && !requests.isEmpty() ? &prepared(check.relevantRecords()) : nullptr;
        for (const IssuanceRequest &r : requests)
            out.append(decide(check, r, set));
        return out;
    }
    // What decideWith() reads of a climb that found records: the relevant level's name and
    // its records (owners and TTLs too). Besides that, only the subject and, for requests
    // without a day, today's date.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    if (today != m_decidedDay || m_decided.size() >= 4096) {
        m_decided.clear();
        m_decidedDay = today;
    }
    const QList<Dns::CaaAnswer> records = check.relevantRecords();
    const QByteArray key = Dns::levelRecordSetKey(check.relevantName(), records, Dns::WithTtl::Yes);
    auto known = m_decided.find(key);
    // The same requests: the memo's copy shares the caller's list. While it does, that
    // list cannot be changed or freed, so equal data pointers mean equal requests.
    if (known == m_decided.end() || known->requests.constData() != requests.constData() || known->requests.size() != requests.size()) {
        const PreparedSet &set = prepared(records);
        Decided made{requests, {}};
        made.decisions.reserve(requests.size());
        for (const IssuanceRequest &r : requests)
            made.decisions.append(decideAbout(check, r, &set, nameMarker()));
        known = m_decided.insert(key, std::move(made));
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        Decision d = known->decisions.at(i);
        const QString subject = subjectFor(check, requests.at(i).kind);
        d.explanation = withName(d.explanation, subject);
        if (d.fromMandatoryDate)
            d.fromMandatoryDate->explanation = withName(d.fromMandatoryDate->explanation, subject);
        out.append(std::move(d));
    }
    return out;
}

} // namespace Caa
