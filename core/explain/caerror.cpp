#include "explain/caerror.h"

#include "dns/dnsmessage.h"

#include <QRegularExpression>

#include <algorithm>

namespace Caa {

namespace {

// A name as CAs print it: letters, digits, dots, hyphens, underscores, a leading "*.",
// and the braces of redacted names ("{domain.tld}").
const QString kName = QStringLiteral(R"([*A-Za-z0-9_{}\-]+(?:\.[A-Za-z0-9_{}\-]+)*)");

QString trimName(QString name)
{
    while (name.endsWith(u'.') || name.endsWith(u','))
        name.chop(1);
    return name;
}

// boulder's bdns wording of a failed lookup → our cause names.
QString causeFromRcodeWords(const QString &words)
{
    const QString w = words.toLower();
    // boulder's "server failure at resolver": its own resolver failed without an RCODE.
    if (w.contains(QStringLiteral("servfail")) || w.contains(QStringLiteral("server failure"))) // not translated: CA wording, matched, never shown
        return QStringLiteral("servfail");
    if (w.contains(QStringLiteral("nxdomain")))
        return QStringLiteral("nxdomain");
    if (w.contains(QStringLiteral("refused")))
        return QStringLiteral("refused");
    if (w.contains(QStringLiteral("timed out")) || w.contains(QStringLiteral("timeout"))) // not translated: CA and client wording, matched, never shown
        return QStringLiteral("timeout");
    if (w.contains(QStringLiteral("truncat")))
        return QStringLiteral("truncated");
    if (w.contains(QStringLiteral("network")))
        return QStringLiteral("network");
    if (w.contains(QStringLiteral("bogus")))
        return QStringLiteral("dnssec-bogus");
    return w.simplified().replace(u' ', u'-');
}

// RFC 8914 §5 names, for a CA that quotes one.
std::optional<QuotedEde> edeFromText(const QString &quoted)
{
    // Every registered name (RFC 8914 §5 and later), from the DNS reader's table.
    static const QList<QPair<int, QString>> names = [] {
        QList<QPair<int, QString>> all;
        for (int code = 0; code <= 30; ++code)
            all.append({code, Dns::extendedErrorName(code)});
        return all;
    }();
    // boulder (bdns/problem.go) writes "DNSSEC: Bogus", "Other", and, for a code it has
    // no name for, "Unknown Extended DNS Error code N".
    static const QRegularExpression unknownCode(QStringLiteral(R"(Unknown Extended DNS Error code (\d+)\s*:?\s*(.*))"), QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = unknownCode.match(quoted); m.hasMatch()) {
        QuotedEde ede;
        ede.code = m.captured(1).toInt();
        ede.name = Dns::extendedErrorName(ede.code);
        ede.text = m.captured(2).trimmed();
        return ede;
    }
    QString text = quoted;
    text.replace(QStringLiteral("DNSSEC: "), QStringLiteral("DNSSEC "), Qt::CaseInsensitive);
    if (text.trimmed().startsWith(QStringLiteral("Other"), Qt::CaseInsensitive) && !text.contains(QStringLiteral("Other Error"), Qt::CaseInsensitive))
        text.replace(0, text.indexOf(QStringLiteral("Other"), 0, Qt::CaseInsensitive) + 5, QStringLiteral("Other Error"));
    // The name that comes first (the EXTRA-TEXT after it may hold other names' words);
    // at the same place the longer one: "Stale NXDomain Answer", not "Stale Answer".
    qsizetype bestAt = -1;
    const QPair<int, QString> *best = nullptr;
    for (const QPair<int, QString> &candidate : names) {
        const qsizetype at = text.indexOf(candidate.second, 0, Qt::CaseInsensitive);
        if (at >= 0 && (bestAt < 0 || at < bestAt || (at == bestAt && candidate.second.size() > best->second.size()))) {
            bestAt = at;
            best = &candidate;
        }
    }
    if (best) {
        const int code = best->first;
        const QString &name = best->second;
        const qsizetype at = bestAt;
        QuotedEde ede;
        ede.code = code;
        ede.name = name;
        QString rest = text.mid(at + name.size()).trimmed();
        while (rest.startsWith(u':') || rest.startsWith(u'-') || rest.startsWith(u'('))
            rest = rest.mid(1).trimmed();
        if (rest.endsWith(u')'))
            rest.chop(1);
        ede.text = rest.trimmed();
        return ede;
    }
    return std::nullopt;
}

// The CA a text names: an ACME directory URL, a CA's own wording, or an identifier.
QString caNamed(const QString &text)
{
    static const QList<QPair<QString, QString>> hints{
        {QStringLiteral("api.letsencrypt.org"), QStringLiteral("Let's Encrypt")},
        {QStringLiteral("letsencrypt.org"), QStringLiteral("Let's Encrypt")},
        {QStringLiteral("let's encrypt"), QStringLiteral("Let's Encrypt")},
        {QStringLiteral("acme.zerossl.com"), QStringLiteral("ZeroSSL")},
        {QStringLiteral("zerossl"), QStringLiteral("ZeroSSL")},
        {QStringLiteral("acme.ssl.com"), QStringLiteral("SSL.com")},
        {QStringLiteral("ssl.com"), QStringLiteral("SSL.com")},
        {QStringLiteral("pki.goog"), QStringLiteral("Google Trust Services")},
        {QStringLiteral("acme.digicert.com"), QStringLiteral("DigiCert")},
        {QStringLiteral("acme.sectigo.com"), QStringLiteral("Sectigo")},
        {QStringLiteral("api.buypass.com"), QStringLiteral("Buypass")},
        {QStringLiteral("acme-api.actalis.com"), QStringLiteral("Actalis")},
        {QStringLiteral("amazon certificate manager"), QStringLiteral("Amazon Trust Services")}, // not translated: CA and client wording, matched, never shown
        {QStringLiteral("aws certificate manager"), QStringLiteral("Amazon Trust Services")}, // not translated: CA and client wording, matched, never shown
        {QStringLiteral("certification authority authentication (caa)"), QStringLiteral("Amazon Trust Services")}, // not translated: CA and client wording, matched, never shown
    };
    const QString lower = text.toLower();
    for (const auto &[hint, ca] : hints)
        if (lower.contains(hint))
            return ca;
    // boulder's own wording: the public CA that runs it.
    if (lower.contains(QStringLiteral("while processing caa for")) || lower.contains(QStringLiteral("rechecking caa"))) // not translated: CA and client wording, matched, never shown
        return QStringLiteral("Let's Encrypt");
    return QString();
}

struct Match
{
    qsizetype at = 0;
    CaProblem problem;
};

} // namespace

QString caProblemKindName(CaProblemKind kind)
{
    switch (kind) {
    case CaProblemKind::CaaForbids: return QStringLiteral("caa-forbids");
    case CaProblemKind::CriticalUnknownTag: return QStringLiteral("critical-unknown-tag");
    case CaProblemKind::LookupFailure: return QStringLiteral("lookup-failure");
    case CaProblemKind::MultiPerspective: return QStringLiteral("multi-perspective");
    case CaProblemKind::Unknown: return QStringLiteral("unknown");
    }
    return QString();
}

QString unescapeClientText(const QString &text)
{
    QString out = text;
    out.replace(QStringLiteral("%0A"), QStringLiteral("\n"), Qt::CaseInsensitive);
    out.replace(QStringLiteral("%22"), QStringLiteral("\""));
    out.replace(QStringLiteral("#011"), QStringLiteral("\t"));
    out.replace(QStringLiteral("#012"), QStringLiteral("\n"));
    // JSON escapes, innermost last: a log line may hold JSON inside a JSON string.
    for (int round = 0; round < 2; ++round) {
        out.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        out.replace(QStringLiteral("\\t"), QStringLiteral("\t"));
        out.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        out.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    }
    return out;
}

QList<CaProblem> readCaErrors(const QString &pasted, const CaDirectory *directory)
{
    // A pasted log can be long; what a CA says about CAA is in the first megabyte.
    constexpr qsizetype kMaxPasted = 1 << 20;
    const QString text = unescapeClientText(pasted.left(kMaxPasted));
    QList<Match> found;
    QList<std::pair<qsizetype, qsizetype>> covered; // spans already read

    auto isCovered = [&](qsizetype at) {
        for (const auto &[from, to] : std::as_const(covered))
            if (at >= from && at < to)
                return true;
        return false;
    };
    // What precedes a problem in its line says whether a secondary perspective or a
    // re-check at finalize reported it.
    auto context = [&](qsizetype at) {
        const qsizetype lineStart = text.lastIndexOf(u'\n', at) + 1;
        return text.mid(lineStart, at - lineStart).toLower();
    };
    auto mark = [&](CaProblem &p, qsizetype at) {
        const QString before = context(at);
        p.secondary = before.contains(QStringLiteral("secondary validation")) || before.contains(QStringLiteral("secondary domain validation")) // not translated: CA and client wording, matched, never shown
                      || before.contains(QStringLiteral("remote perspective")); // not translated: CA and client wording, matched, never shown
        p.recheck = before.contains(QStringLiteral("rechecking caa")) || before.contains(QStringLiteral("error finalizing order")); // not translated: CA and client wording, matched, never shown
    };

    // boulder (va/caa.go): "While processing CAA for NAME: DETAIL", DETAIL up to the next
    // such problem, the end of the line or the end of a quoted string.
    static const QRegularExpression whileProcessing(QStringLiteral(R"(While processing CAA for (%1):\s*(.*?)(?=,?\s*While processing CAA for |["\n]|$))").arg(kName),
                                                    QRegularExpression::CaseInsensitiveOption);
    // acme.sh trims the space away ("for *.example.comprevents issuance").
    static const QRegularExpression prevents(QStringLiteral(R"(CAA record for (%1)\s*prevents issuance)").arg(kName), QRegularExpression::CaseInsensitiveOption);
    // bdns/problem.go: "DNS problem: RCODE looking up CAA for NAME[ - hint]", and with an
    // RFC 8914 EDE "DNS problem: looking up CAA for NAME: EDE".
    // A name redacted beyond recognition ("(my domain)") leaves the name out.
    static const QRegularExpression dnsProblem(QStringLiteral(R"(DNS problem: (.*?)\s*looking up CAA for\s+(%1)?(?::\s*([^,"\n]+))?)").arg(kName),
                                               QRegularExpression::CaseInsensitiveOption);

    for (auto it = whileProcessing.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        CaProblem p;
        p.names = {trimName(m.captured(1))};
        const QString detail = m.captured(2).trimmed();
        p.sourceText = m.captured(0).trimmed();
        if (const QRegularExpressionMatch f = prevents.match(detail); f.hasMatch()) {
            p.kind = CaProblemKind::CaaForbids;
            p.foundAt = trimName(f.captured(1));
        } else if (const QRegularExpressionMatch d = dnsProblem.match(detail); d.hasMatch()) {
            p.kind = CaProblemKind::LookupFailure;
            p.foundAt = trimName(d.captured(2));
            const QString rcodeWords = d.captured(1).trimmed();
            if (!d.captured(3).isEmpty())
                p.ede = edeFromText(d.captured(3));
            p.cause = !rcodeWords.isEmpty() ? causeFromRcodeWords(rcodeWords)
                      : p.ede                ? causeFromRcodeWords(p.ede->name)
                                             : QStringLiteral("other");
        } else if (detail.contains(QStringLiteral("critical"), Qt::CaseInsensitive)) {
            p.kind = CaProblemKind::CriticalUnknownTag;
        }
        mark(p, m.capturedStart());
        found << Match{m.capturedStart(), p};
        covered << std::pair{m.capturedStart(), m.capturedEnd()};
    }
    // The same sentences without boulder's prefix (older boulder, other ACME servers).
    for (auto it = prevents.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (isCovered(m.capturedStart()))
            continue;
        CaProblem p;
        p.kind = CaProblemKind::CaaForbids;
        p.foundAt = trimName(m.captured(1));
        p.names = {p.foundAt};
        p.sourceText = m.captured(0);
        mark(p, m.capturedStart());
        found << Match{m.capturedStart(), p};
        covered << std::pair{m.capturedStart(), m.capturedEnd()};
    }
    for (auto it = dnsProblem.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (isCovered(m.capturedStart()))
            continue;
        CaProblem p;
        p.kind = CaProblemKind::LookupFailure;
        p.foundAt = trimName(m.captured(2));
        if (!p.foundAt.isEmpty())
            p.names = {p.foundAt};
        if (!m.captured(3).isEmpty())
            p.ede = edeFromText(m.captured(3));
        p.cause = !m.captured(1).trimmed().isEmpty() ? causeFromRcodeWords(m.captured(1)) : p.ede ? causeFromRcodeWords(p.ede->name) : QStringLiteral("other");
        p.sourceText = m.captured(0);
        mark(p, m.capturedStart());
        found << Match{m.capturedStart(), p};
        covered << std::pair{m.capturedStart(), m.capturedEnd()};
    }
    // Other CAs' own wording.
    struct Wording
    {
        QRegularExpression pattern;
        CaProblemKind kind;
        QString cause;
    };
    static const QList<Wording> wordings{
        // SSL.com: "CAA record does not include ssl.com which is required to issue …"
        {QRegularExpression(QStringLiteral(R"(CAA record does not include (\S+) which is required to issue[^"\n]*)"), QRegularExpression::CaseInsensitiveOption),
         CaProblemKind::CaaForbids, {}},
        // Google-managed certificates (Certificate Manager, load balancers).
        {QRegularExpression(QStringLiteral(R"(FAILED_CAA_FORBIDDEN)")), CaProblemKind::CaaForbids, {}},
        {QRegularExpression(QStringLiteral(R"(FAILED_CAA_CHECKING)")), CaProblemKind::LookupFailure, QStringLiteral("other")},
        // Cloudflare: "multiple perspective CAA check error"
        {QRegularExpression(QStringLiteral(R"(multiple perspective CAA check[^"\n]*)"), QRegularExpression::CaseInsensitiveOption), CaProblemKind::MultiPerspective, {}},
        // AWS Certificate Manager: "CAA_ERROR", "Certification Authority Authentication (CAA) error"
        {QRegularExpression(QStringLiteral(R"(Certification Authority Authorization \(CAA\)[^"\n]*|Certification Authority Authentication \(CAA\) error[^"\n]*|\bCAA_ERROR\b)"),
                            QRegularExpression::CaseInsensitiveOption),
         CaProblemKind::CaaForbids, {}},
    };
    for (const Wording &w : wordings) {
        for (auto it = w.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (isCovered(m.capturedStart()))
                continue;
            // A CA's message may say it twice ("CAA_ERROR … a Certification Authority
            // Authorization (CAA) error"): one problem per line.
            const qsizetype lineStart = text.lastIndexOf(u'\n', m.capturedStart()) + 1;
            qsizetype lineEnd = text.indexOf(u'\n', m.capturedStart());
            if (lineEnd < 0)
                lineEnd = text.size();
            CaProblem p;
            p.kind = w.kind;
            p.cause = w.cause;
            p.sourceText = m.captured(0).trimmed();
            mark(p, m.capturedStart());
            found << Match{m.capturedStart(), p};
            covered << std::pair{lineStart, lineEnd};
        }
    }
    // Early boulder: "CAA check for NAME failed" (it does not say what failed).
    static const QRegularExpression checkFailed(QStringLiteral(R"(CAA check for (%1) failed)").arg(kName), QRegularExpression::CaseInsensitiveOption);
    for (auto it = checkFailed.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (isCovered(m.capturedStart()))
            continue;
        CaProblem p;
        p.names = {trimName(m.captured(1))};
        p.sourceText = m.captured(0);
        mark(p, m.capturedStart());
        found << Match{m.capturedStart(), p};
        covered << std::pair{m.capturedStart(), m.capturedEnd()};
    }
    // boulder at finalize (ra/ra.go): "Rechecking CAA for "NAME" and N more identifiers
    // failed. Refer to sub-problems for more information". The sub-problems say what went
    // wrong; they all come from that re-check. Without them only the name is known.
    static const QRegularExpression rechecking(QStringLiteral(R"re(Rechecking CAA for "?(%1)"? and \d+ more identifiers? failed)re").arg(kName),
                                               QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = rechecking.match(text); m.hasMatch()) {
        for (Match &each : found)
            each.problem.recheck = true;
        if (found.isEmpty()) {
            CaProblem p;
            p.names = {trimName(m.captured(1))};
            p.recheck = true;
            p.sourceText = m.captured(0);
            found << Match{m.capturedStart(), p};
        }
    }
    // CAA named, nothing recognised: one problem that says so, never a guess.
    if (found.isEmpty()) {
        static const QRegularExpression caa(QStringLiteral(R"(\bCAA\b)"));
        const QRegularExpressionMatch m = caa.match(text);
        if (!m.hasMatch())
            return {};
        const qsizetype lineStart = text.lastIndexOf(u'\n', m.capturedStart()) + 1;
        qsizetype lineEnd = text.indexOf(u'\n', m.capturedStart());
        if (lineEnd < 0)
            lineEnd = text.size();
        CaProblem p;
        p.sourceText = text.mid(lineStart, lineEnd - lineStart).trimmed();
        found << Match{m.capturedStart(), p};
    }

    std::sort(found.begin(), found.end(), [](const Match &a, const Match &b) { return a.at < b.at; });
    // The CA: named near the problem (its line), else anywhere in the text.
    const QString wholeCa = caNamed(text);
    QList<CaProblem> problems;
    for (Match &m : found) {
        const qsizetype lineStart = text.lastIndexOf(u'\n', m.at) + 1;
        qsizetype lineEnd = text.indexOf(u'\n', m.at);
        if (lineEnd < 0)
            lineEnd = text.size();
        QString ca = caNamed(text.mid(lineStart, lineEnd - lineStart));
        if (ca.isEmpty())
            ca = wholeCa;
        if (!ca.isEmpty() && directory) {
            const CaEntry *entry = directory->findByName(ca);
            ca = entry ? entry->name : QString();
        }
        m.problem.ca = ca;
        problems << m.problem;
    }
    return problems;
}

} // namespace Caa
