#include "caa/brrules.h"

#include <QCoreApplication>

namespace Caa {

QDate rfc8657MandatoryDate()
{
    return QDate(2027, 3, 15);
}

QString parameterProcessingName(ParameterProcessing p)
{
    switch (p) {
    case ParameterProcessing::Processes: return QStringLiteral("yes");
    case ParameterProcessing::Unknown: return QStringLiteral("unknown");
    case ParameterProcessing::Ignores: return QStringLiteral("no");
    }
    return QStringLiteral("unknown");
}

std::optional<ParameterProcessing> parameterProcessingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QStringLiteral("unknown"))
        return ParameterProcessing::Unknown;
    if (n == QStringLiteral("yes"))
        return ParameterProcessing::Processes;
    if (n == QStringLiteral("no"))
        return ParameterProcessing::Ignores;
    return std::nullopt;
}

bool parametersBinding(ParameterProcessing p, const QDate &day)
{
    return p == ParameterProcessing::Processes || !day.isValid() || day >= rfc8657MandatoryDate();
}

const QList<BrValidationMethod> &brValidationMethods()
{
    using S = BrValidationMethod::Status;
    // BR 2.2.8 §3.2.2.4.1–22 and the §1.2.2 dates: .2 and .15 may not be relied on since
    // 2025-07-15, .16 and .17 from 2027-03-15; the others marked retired carry no date.
    static const QList<BrValidationMethod> methods{
        {1, "Validating the Applicant as a Domain Contact", S::Retired, {}, {}},
        {2, "Email, Fax, SMS, or Postal Mail to Domain Contact", S::Retired, QDate(2025, 7, 15), {}},
        {3, "Phone Contact with Domain Contact", S::Retired, {}, {}},
        {4, "Email to a Constructed Address", S::Allowed, {}, {}},
        {5, "Domain Authorization Document", S::Retired, {}, {}},
        {6, "Agreed-Upon Change to Website", S::Retired, {}, {}},
        {7, "DNS Change", S::Allowed, {}, "dns-01"},
        {8, "IP Address", S::Allowed, {}, {}},
        {9, "Test Certificate", S::Retired, {}, {}},
        {10, "TLS Using a Random Value", S::Retired, {}, {}},
        {11, "Any Other Method", S::Retired, {}, {}},
        {12, "Validating Applicant as a Domain Contact", S::Allowed, {}, {}},
        {13, "Email to DNS CAA Contact", S::Allowed, {}, {}},
        {14, "Email to DNS TXT Contact", S::Allowed, {}, {}},
        {15, "Phone Contact with Domain Contact", S::Retired, QDate(2025, 7, 15), {}},
        {16, "Phone Contact with DNS TXT Record Phone Contact", S::Ending, QDate(2027, 3, 15), {}},
        {17, "Phone Contact with DNS CAA Phone Contact", S::Ending, QDate(2027, 3, 15), {}},
        {18, "Agreed-Upon Change to Website v2", S::Allowed, {}, {}},
        {19, "Agreed-Upon Change to Website - ACME", S::Allowed, {}, "http-01"},
        {20, "TLS Using ALPN", S::Allowed, {}, "tls-alpn-01"},
        {21, "DNS Labeled with Account ID - ACME", S::Allowed, {}, "dns-account-01"},
        {22, "DNS TXT Record with Persistent Value", S::Allowed, {}, "dns-persist-01"},
    };
    return methods;
}

QList<QPair<QByteArray, const BrValidationMethod *>> allowedCaTbrLabels()
{
    QList<QPair<QByteArray, const BrValidationMethod *>> labels;
    for (const BrValidationMethod &method : brValidationMethods())
        if (method.status != BrValidationMethod::Status::Retired)
            labels.append({QByteArrayLiteral("ca-tbr-") + QByteArray::number(method.subsection), &method});
    return labels;
}

const BrValidationMethod *brValidationMethod(int subsection)
{
    const QList<BrValidationMethod> &all = brValidationMethods();
    return subsection >= 1 && subsection <= all.size() ? &all[subsection - 1] : nullptr;
}

int caTbrSubsection(const QByteArray &label)
{
    static const QByteArray prefix("ca-tbr-");
    if (!label.startsWith(prefix))
        return 0;
    const QByteArray digits = label.mid(prefix.size());
    if (digits.isEmpty() || digits.size() > 4 || digits.startsWith('0'))
        return 0;
    int n = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

QList<QByteArray> equivalentMethodLabels(const QByteArray &label)
{
    if (const int n = caTbrSubsection(label)) {
        const BrValidationMethod *m = brValidationMethod(n);
        return m && !m->acmeLabel.isEmpty() ? QList<QByteArray>{m->acmeLabel} : QList<QByteArray>{};
    }
    for (const BrValidationMethod &m : brValidationMethods())
        if (!m.acmeLabel.isEmpty() && m.acmeLabel == label)
            return {QByteArrayLiteral("ca-tbr-") + QByteArray::number(m.subsection)};
    return {};
}

QString describeMethodLabel(const QByteArray &label)
{
    const QString text = QString::fromLatin1(label);
    if (const int n = caTbrSubsection(label)) {
        const BrValidationMethod *m = brValidationMethod(n);
        if (!m)
            return QString();
        return QCoreApplication::translate("BrRules", "%1 = %2, BR §3.2.2.4.%3").arg(text, QString::fromLatin1(m->title)).arg(n);
    }
    for (const BrValidationMethod &m : brValidationMethods())
        if (m.acmeLabel == label && !label.isEmpty())
            return QCoreApplication::translate("BrRules", "%1 = ACME, %2, BR §3.2.2.4.%3").arg(text, QString::fromLatin1(m.title)).arg(m.subsection);
    if (label == "email-reply-00")
        return QCoreApplication::translate("BrRules", "%1 = ACME e-mail reply (S/MIME, RFC 8823)").arg(text);
    if (label == "tkauth-01")
        return QCoreApplication::translate("BrRules", "%1 = ACME TNAuthList token (RFC 9447)").arg(text);
    return QString();
}

} // namespace Caa
