#include "ct/ctlog.h"

#include "ca/csv.h"
#include "report/ticketanswer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Caa {

namespace {

// crt.sh writes its times without a zone ("2024-01-01T00:00:00"); they are UTC.
QDateTime utcTime(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const qsizetype timeAt = t.indexOf(u'T');
    if (timeAt > 0 && !t.endsWith(u'Z') && !t.mid(timeAt).contains(u'+') && t.mid(timeAt).count(u'-') == 0)
        t += u'Z';
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

QStringList cleanNames(const QStringList &raw)
{
    QStringList names;
    for (const QString &n : raw) {
        const QString name = n.trimmed().toLower();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names;
}

} // namespace

CtParse parseCtJson(const QByteArray &json)
{
    CtParse out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.error = QCoreApplication::translate("CtLog", "The CT response is not JSON (%1 at byte %2); nothing was read from it.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset);
        return out;
    }
    if (!doc.isArray()) {
        out.error = QCoreApplication::translate("CtLog", "The CT response is not a list of certificates (crt.sh's output=json or SSLMate's /v1/issuances).");
        return out;
    }
    const QJsonArray entries = doc.array();
    out.entries = int(entries.size());
    QSet<QString> seen; // issuer + serial (crt.sh lists a precertificate and its certificate)
    for (const QJsonValue &value : entries) {
        const QJsonObject o = value.toObject();
        CtCertificate c;
        if (o.contains(QStringLiteral("dns_names"))) {
            out.format = CtFormat::SslMate;
            c.id = o.value(QStringLiteral("id")).toVariant().toString();
            QStringList names;
            for (const QJsonValue &n : o.value(QStringLiteral("dns_names")).toArray())
                names << n.toString();
            c.names = cleanNames(names);
            c.issuerName = o.value(QStringLiteral("issuer")).toObject().value(QStringLiteral("name")).toString();
            c.serial = o.value(QStringLiteral("tbs_sha256")).toString().toLower(); // SSLMate has merged precertificates already
        } else {
            c.id = o.value(QStringLiteral("id")).toVariant().toString();
            c.issuerName = o.value(QStringLiteral("issuer_name")).toString();
            QStringList names = o.value(QStringLiteral("name_value")).toString().split(u'\n');
            names << o.value(QStringLiteral("common_name")).toString();
            c.names = cleanNames(names);
            c.serial = o.value(QStringLiteral("serial_number")).toString().toLower();
        }
        c.notBefore = utcTime(o.value(QStringLiteral("not_before")).toString());
        c.notAfter = utcTime(o.value(QStringLiteral("not_after")).toString());
        if (c.names.isEmpty() || !c.notBefore.isValid() || !c.notAfter.isValid())
            continue;
        if (!c.serial.isEmpty()) {
            const QString key = c.issuerName + u'\n' + c.serial;
            if (seen.contains(key)) {
                ++out.duplicates;
                continue;
            }
            seen.insert(key);
        }
        out.certificates << c;
    }
    out.truncated = out.format == CtFormat::CrtSh && out.entries >= kCrtShRowLimit;
    return out;
}

QString issuerOrganization(const QString &issuerDn)
{
    // Components are separated by "," (crt.sh and SSLMate write ", "); a value may be
    // quoted or hold "\," (RFC 4514).
    QString current;
    QStringList parts;
    bool quoted = false;
    for (qsizetype i = 0; i < issuerDn.size(); ++i) {
        const QChar c = issuerDn[i];
        if (c == u'\\' && i + 1 < issuerDn.size()) {
            current += issuerDn[++i];
            continue;
        }
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (c == u',' && !quoted) {
            parts << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current.trimmed();
    for (const QString &part : std::as_const(parts))
        if (part.startsWith(QStringLiteral("O="), Qt::CaseInsensitive))
            return part.mid(2).trimmed();
    return QString();
}

QString CtIssuerMap::caFor(const QString &issuerDn) const
{
    return caByOrganization.value(issuerOrganization(issuerDn));
}

CtIssuerMap parseIssuerMapCsv(const QString &text, QString *error)
{
    CtIssuerMap map;
    const CsvParse csv = parseCsv(text);
    if (!csv.ok()) {
        if (error)
            *error = csv.error;
        return map;
    }
    for (qsizetype i = 1; i < csv.rows.size(); ++i) { // the first row names the columns
        const QStringList &row = csv.rows[i];
        if (row.size() < 2 || row[0].isEmpty() || row[1].isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("CtLog", "row %1: an issuer organisation and a CA name are needed").arg(i + 1);
            return {};
        }
        map.caByOrganization.insert(row[0], row[1]);
    }
    return map;
}

const CtIssuerMap &bundledIssuerMap()
{
    static const CtIssuerMap map = [] {
        QFile csv(QStringLiteral(":/caa/data/ca-issuer-organizations.csv"));
        if (!csv.open(QIODevice::ReadOnly))
            return CtIssuerMap{};
        return parseIssuerMapCsv(QString::fromUtf8(csv.readAll()));
    }();
    return map;
}

bool ctNameConcerns(const QString &certificateName, const QString &name, bool subdomains)
{
    const QString n = certificateName.toLower();
    const QString base = name.toLower();
    if (n == base || n == QStringLiteral("*.") + base)
        return true;
    return subdomains && n.endsWith(u'.' + base);
}

QList<CtIssuer> summarizeCtIssuers(const QList<CtCertificate> &certificates, const QString &name, bool subdomains,
                                   const CtIssuerMap &map, const QDateTime &now)
{
    const QDateTime since = now.addMonths(-kCtLookbackMonths);
    QList<CtIssuer> issuers;
    QList<const CtCertificate *> counted;
    for (const CtCertificate &c : certificates) {
        if (c.notAfter < now && c.notBefore < since)
            continue; // expired, and issued before the look-back
        QStringList concerned;
        for (const QString &n : c.names)
            if (ctNameConcerns(n, name, subdomains))
                concerned << n;
        if (concerned.isEmpty())
            continue;
        const QString ca = map.caFor(c.issuerName);
        auto it = std::find_if(issuers.begin(), issuers.end(), [&](const CtIssuer &i) {
            return ca.isEmpty() ? i.ca.isEmpty() && i.issuerName == c.issuerName : i.ca == ca;
        });
        if (it == issuers.end()) {
            CtIssuer fresh;
            fresh.ca = ca;
            fresh.issuerName = c.issuerName;
            issuers << fresh;
            it = issuers.end() - 1;
        }
        ++it->certificates;
        if (!it->latestNotBefore.isValid() || c.notBefore > it->latestNotBefore) {
            it->latestNotBefore = c.notBefore;
            it->issuerName = c.issuerName;
            it->certificateIds.prepend(c.id);
        } else {
            it->certificateIds << c.id;
        }
        if (it->certificateIds.size() > 20)
            it->certificateIds.removeLast();
        if (!it->latestNotAfter.isValid() || c.notAfter > it->latestNotAfter)
            it->latestNotAfter = c.notAfter;
        for (const QString &n : std::as_const(concerned)) {
            if (!it->names.contains(n))
                it->names << n;
            it->wildcard = it->wildcard || n.startsWith(QStringLiteral("*."));
        }
    }
    for (CtIssuer &i : issuers)
        i.names.sort();
    std::stable_sort(issuers.begin(), issuers.end(), [](const CtIssuer &a, const CtIssuer &b) { return a.latestNotAfter > b.latestNotAfter; });
    return issuers;
}

CtReport ctReportFor(const CtParse &data, const QString &source, const QDateTime &fetchedAt, const QString &name, bool subdomains,
                     const QDateTime &now)
{
    CtReport report;
    report.source = source;
    report.fetchedAt = fetchedAt;
    report.truncated = data.truncated;
    report.entries = data.entries;
    report.subdomains = subdomains;
    report.issuers = summarizeCtIssuers(data.certificates, name, subdomains, bundledIssuerMap(), now);
    return report;
}

CtParse loadCtFile(const QString &path, QDateTime *modified)
{
    constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CtParse failed;
        failed.error = QCoreApplication::translate("CtLog", "cannot read %1: %2").arg(path, file.errorString());
        return failed;
    }
    if (file.size() > MaxBytes) {
        CtParse failed;
        failed.error = QCoreApplication::translate("CtLog", "%1 is larger than 64 MiB; save the CT search's JSON for one domain.").arg(path);
        return failed;
    }
    if (modified)
        *modified = QFileInfo(file).lastModified().toUTC();
    CtParse parsed = parseCtJson(file.readAll());
    if (!parsed.ok())
        parsed.error = path + QStringLiteral(": ") + parsed.error;
    return parsed;
}

QList<Finding> ctRenewalCheck(CtReport &report, const CheckResult &check, const CaDirectory &directory,
                              const std::function<void(IssuanceRequest &)> &adjust, bool draft)
{
    report.draftChecked = report.draftChecked || draft;
    QList<Finding> findings;
    if (check.verdict != ClimbVerdict::Found && check.verdict != ClimbVerdict::NoRecords)
        return findings; // a lookup failure denies everyone; its own finding says so
    const QString checked = check.name.display();
    QSet<QString> issued;
    for (CtIssuer &issuer : report.issuers) {
        const CaEntry *entry = issuer.ca.isEmpty() ? nullptr : directory.findByName(issuer.ca);
        if (!entry)
            continue;
        issued.insert(entry->name);
        // The policy of `check` is the checked name's: only the names it governs count
        // (the name, and "*.name" as a wildcard request).
        for (const QString &n : std::as_const(issuer.names)) {
            const bool wildcard = n.startsWith(QStringLiteral("*."));
            if (n.compare(checked, Qt::CaseInsensitive) != 0 && n.compare(QStringLiteral("*.") + checked, Qt::CaseInsensitive) != 0)
                continue;
            IssuanceRequest request = requestFor(*entry, wildcard ? CertificateKind::TlsWildcard : CertificateKind::TlsSingle);
            if (adjust)
                adjust(request);
            const Decision d = decide(check, request);
            if (d.verdict != Verdict::Deny)
                continue;
            if (draft) {
                issuer.deniedByDraft = true;
            } else {
                issuer.deniedByPolicy = true;
                issuer.deniedExplanation = d.explanation;
            }
            const RecordFix fix = fixFor(check, request, d);
            QString fixText = fix.add.isEmpty() ? fix.text
                                                : QCoreApplication::translate("CtLog", "So that %1 can renew, add %2.").arg(entry->name, fix.add.join(QStringLiteral(", ")));
            findings << makeFinding(Severity::Error, "renewal-blocked",
                                    (draft ? QCoreApplication::translate("CtLog", "With the draft published: ") : QString())
                                        + QCoreApplication::translate("CtLog", "%1 issued %n certificate(s) for %2 (the latest, %3, expires %4), but %5 "
                                                                         "Its renewal would be refused.", nullptr, issuer.certificates)
                                        .arg(entry->name, n, issuer.certificateIds.value(0), issuer.latestNotAfter.date().toString(Qt::ISODate),
                                             d.explanation.endsWith(u'.') ? d.explanation : d.explanation + u'.'),
                                    fixText, "RFC 8659 §4", check.name.ace);
            break;
        }
    }
    // A policy that lets in CAs that never issued here could be tightened.
    if (!draft && check.verdict == ClimbVerdict::Found && !issued.isEmpty()) {
        QStringList unused;
        for (const CaEntry &e : directory.entries) {
            if (issued.contains(e.name))
                continue;
            IssuanceRequest request = requestFor(e, CertificateKind::TlsSingle);
            if (adjust)
                adjust(request);
            if (decide(check, request).verdict == Verdict::Permit)
                unused << e.name;
        }
        if (!unused.isEmpty())
            findings << makeFinding(Severity::Info, "ct-unused-permission",
                                    QCoreApplication::translate("CtLog", "The CAA records let %1 issue for %2, but CT shows no certificate from them here.")
                                        .arg(unused.join(QStringLiteral(", ")), checked),
                                    QCoreApplication::translate("CtLog", "If none of them should issue for you, name only the CAs that do."),
                                    "RFC 8659 §4", check.name.ace);
    }
    return findings;
}

PolicyDraft draftFromCt(const QByteArray &owner, const QList<CtIssuer> &issuers, const CaDirectory &directory)
{
    PolicyDraft draft;
    draft.owner = owner;
    draft.singleUncovered = UncoveredKind::Nobody;
    draft.wildcardUncovered = UncoveredKind::Nobody;
    bool anyWildcard = false;
    for (const CtIssuer &i : issuers)
        anyWildcard = anyWildcard || (i.wildcard && directory.findByName(i.ca));
    for (const CtIssuer &i : issuers) {
        const CaEntry *entry = i.ca.isEmpty() ? nullptr : directory.findByName(i.ca);
        if (!entry || entry->identifiers.isEmpty())
            continue;
        bool single = false;
        for (const QString &n : i.names)
            single = single || !n.startsWith(QStringLiteral("*."));
        auto it = std::find_if(draft.grants.begin(), draft.grants.end(), [&](const CaGrant &g) { return g.caName == entry->name; });
        if (it == draft.grants.end()) {
            CaGrant grant;
            grant.caName = entry->name;
            grant.identifier = entry->identifiers.first();
            grant.single = false;
            grant.wildcard = false;
            draft.grants << grant;
            it = draft.grants.end() - 1;
        }
        it->single = it->single || single;
        // Without any wildcard certificate, wildcards follow `issue` (no issuewild).
        it->wildcard = anyWildcard ? (it->wildcard || i.wildcard) : it->single;
    }
    return draft;
}

QJsonObject ctReportToJson(const CtReport &report)
{
    QJsonArray issuers;
    for (const CtIssuer &i : report.issuers) {
        QJsonObject o;
        o.insert(QStringLiteral("ca"), i.ca.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(i.ca));
        o.insert(QStringLiteral("issuer_name"), i.issuerName);
        o.insert(QStringLiteral("certificates"), i.certificates);
        o.insert(QStringLiteral("latest_not_before"), i.latestNotBefore.toString(Qt::ISODate));
        o.insert(QStringLiteral("latest_not_after"), i.latestNotAfter.toString(Qt::ISODate));
        o.insert(QStringLiteral("names"), QJsonArray::fromStringList(i.names));
        o.insert(QStringLiteral("wildcard"), i.wildcard);
        o.insert(QStringLiteral("denied_by_policy"), i.deniedByPolicy);
        if (report.draftChecked)
            o.insert(QStringLiteral("denied_by_draft"), i.deniedByDraft);
        o.insert(QStringLiteral("certificate_ids"), QJsonArray::fromStringList(i.certificateIds));
        issuers.append(o);
    }
    QJsonObject ct;
    ct.insert(QStringLiteral("source"), report.source);
    ct.insert(QStringLiteral("fetched_at"), report.fetchedAt.toUTC().toString(Qt::ISODate));
    ct.insert(QStringLiteral("truncated"), report.truncated);
    ct.insert(QStringLiteral("entries"), report.entries);
    ct.insert(QStringLiteral("subdomains"), report.subdomains);
    ct.insert(QStringLiteral("issuers"), issuers);
    return ct;
}

QString ctReportToText(const CtReport &report)
{
    QString text = QCoreApplication::translate("CtLog", "Certificate Transparency (%1, %2; %3 entries%4):")
                       .arg(report.source, report.fetchedAt.toUTC().toString(Qt::ISODate))
                       .arg(report.entries)
                       .arg(report.truncated ? QCoreApplication::translate("CtLog", ", the service's limit: there may be more") : QString())
                   + u'\n';
    if (report.issuers.isEmpty())
        text += QCoreApplication::translate("CtLog", "  no unexpired certificate, and none issued in the last %1 months").arg(kCtLookbackMonths) + u'\n';
    for (const CtIssuer &i : report.issuers) {
        text += QCoreApplication::translate("CtLog", "  %1: %2, latest expires %3 (%4)%5")
                    .arg(i.ca.isEmpty() ? QCoreApplication::translate("CtLog", "not in the directory: %1").arg(i.issuerName) : i.ca,
                         QCoreApplication::translate("CtLog", "%n certificate(s)", nullptr, i.certificates),
                         i.latestNotAfter.date().toString(Qt::ISODate), i.names.join(QStringLiteral(", ")),
                         i.deniedByPolicy ? QCoreApplication::translate("CtLog", " — RENEWAL BLOCKED by the CAA records")
                         : i.deniedByDraft ? QCoreApplication::translate("CtLog", " — the draft would BLOCK its renewal")
                                           : QString())
                + u'\n';
    }
    return text;
}

} // namespace Caa
