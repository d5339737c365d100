#include "generator/policy.h"

#include "domain/domainname.h"
#include "io/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Caa {

bool unescapeCharacterString(const QByteArray &text, QByteArray &out)
{
    out.clear();
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (i + 1 >= text.size())
            return false;
        const char next = text[i + 1];
        if (next >= '0' && next <= '9') {
            if (i + 3 >= text.size())
                return false; // \DDD needs three digits
            const QByteArray digits = text.mid(i + 1, 3);
            if (!std::all_of(digits.begin(), digits.end(), [](char d) { return d >= '0' && d <= '9'; }))
                return false;
            const int value = digits.toInt();
            if (value > 255)
                return false;
            out += char(value);
            i += 3;
        } else {
            out += next;
            i += 1;
        }
    }
    return true;
}

QJsonObject policyToJson(const CaaPolicy &policy)
{
    QJsonArray records;
    for (const CaaRecord &r : policy.records)
        records.append(QJsonObject{{QStringLiteral("flags"), int(r.flags)},
                                   {QStringLiteral("tag"), displayText(r.tag)},
                                   {QStringLiteral("value"), displayText(r.value)}});
    return QJsonObject{{QStringLiteral("owner"), QString::fromLatin1(policy.owner)},
                       {QStringLiteral("ttl"), qint64(policy.ttl)},
                       {QStringLiteral("records"), records}};
}

PolicyParse policyFromJson(const QJsonObject &json)
{
    PolicyParse out;
    auto fail = [&](const QString &why) {
        out.error = why;
        return out;
    };
    const DomainParse owner = parseDomainInput(json.value(QStringLiteral("owner")).toString());
    if (!owner.ok() || owner.name.wildcard || owner.name.isEmail())
        return fail(QCoreApplication::translate("Policy", "\"owner\" must be a domain name: %1").arg(owner.ok() ? QCoreApplication::translate("Policy", "no wildcard or e-mail address") : owner.error.message));
    out.policy.owner = owner.name.ace;
    const QJsonValue ttl = json.value(QStringLiteral("ttl"));
    if (!ttl.isUndefined()) {
        const double t = ttl.toDouble(-1);
        if (!ttl.isDouble() || t < 0 || t > 2147483647 || t != double(qint64(t)))
            return fail(QCoreApplication::translate("Policy", "\"ttl\" must be a whole number of seconds from 0 to 2147483647."));
        out.policy.ttl = quint32(t);
    }
    const QJsonValue records = json.value(QStringLiteral("records"));
    if (!records.isArray())
        return fail(QCoreApplication::translate("Policy", "\"records\" must be a list of {flags, tag, value}."));
    const QJsonArray list = records.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject r = list[i].toObject();
        const QString where = QStringLiteral("record %1").arg(i + 1);
        const QJsonValue flags = r.value(QStringLiteral("flags"));
        const double f = flags.toDouble(-1);
        if (!flags.isDouble() || f < 0 || f > 255 || f != double(int(f)))
            return fail(where + QCoreApplication::translate("Policy", ": \"flags\" must be a number from 0 to 255."));
        CaaRecord record;
        record.flags = quint8(f);
        if (!r.value(QStringLiteral("tag")).isString() || !r.value(QStringLiteral("value")).isString())
            return fail(where + QCoreApplication::translate("Policy", ": \"tag\" and \"value\" must be strings."));
        const QString tagText = r.value(QStringLiteral("tag")).toString();
        const QString valueText = r.value(QStringLiteral("value")).toString();
        if (!unescapeCharacterString(tagText.toUtf8(), record.tag) || !unescapeCharacterString(valueText.toUtf8(), record.value))
            return fail(where + QCoreApplication::translate("Policy", ": a backslash escape is incomplete or over \\255."));
        if (record.tag.isEmpty() || record.tag.size() > 255)
            return fail(where + QCoreApplication::translate("Policy", ": the tag must be 1 to 255 octets long."));
        if (2 + record.tag.size() + record.value.size() > 65535)
            return fail(where + QCoreApplication::translate("Policy", ": the record is longer than 65535 octets."));
        out.policy.records.append(record);
    }
    return out;
}

PolicyParse policyFromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        PolicyParse out;
        out.error = error.error != QJsonParseError::NoError
                        ? QCoreApplication::translate("Policy", "not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset)
                        : QCoreApplication::translate("Policy", "the JSON must be an object with owner, ttl and records");
        return out;
    }
    return policyFromJson(doc.object());
}

QString savePolicyFile(const CaaPolicy &policy, const QString &path)
{
    return saveFileAtomically(path, QJsonDocument(policyToJson(policy)).toJson(QJsonDocument::Indented));
}

PolicyParse loadPolicyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PolicyParse out;
        out.error = QCoreApplication::translate("Policy", "cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    if (file.size() > 4 * 1024 * 1024) {
        PolicyParse out;
        out.error = QCoreApplication::translate("Policy", "%1 is larger than 4 MiB; it is not a saved policy").arg(path);
        return out;
    }
    PolicyParse parsed = policyFromJsonBytes(file.readAll());
    if (!parsed.ok())
        parsed.error = path + QStringLiteral(": ") + parsed.error;
    return parsed;
}

} // namespace Caa
