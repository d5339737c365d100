#pragma once

#include "caa/caarecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Caa {

/// A CAA policy: one RRset (an ordered list of records) at one owner name, with one TTL
/// (RFC 2181 §5.2). Records are kept as bytes, so anything imported survives untouched.
struct CaaPolicy
{
    QByteArray owner; ///< absolute name, A-labels, lower case, without the trailing dot
    quint32 ttl = 3600;
    QList<CaaRecord> records;

    friend bool operator==(const CaaPolicy &, const CaaPolicy &) = default;
};

/// Inverse of escapeCharacterString(): reads RFC 1035 §5.1 escapes (`\X` is X, `\DDD`
/// is the octet DDD). Returns false on a dangling backslash or a \DDD over 255.
bool unescapeCharacterString(const QByteArray &text, QByteArray &out);

/// The policy as JSON (for scripts and saved drafts): owner, ttl, records with flags,
/// tag and value in zone-file text form (escapes, no quotes).
QJsonObject policyToJson(const CaaPolicy &policy);

struct PolicyParse
{
    CaaPolicy policy;
    QString error; ///< names the field that is wrong
    bool ok() const { return error.isEmpty(); }
};

/// Reads policyToJson() output, checking every field (flags 0–255, tag 1–255 octets,
/// escapes, TTL 0–2147483647, owner a valid name).
PolicyParse policyFromJson(const QJsonObject &json);

/// Reads a JSON document (bytes) holding one policy, with a clear message on any error.
PolicyParse policyFromJsonBytes(const QByteArray &bytes);

/// Saves the policy as JSON atomically (QSaveFile). Returns an error message, or "".
QString savePolicyFile(const CaaPolicy &policy, const QString &path);

/// Loads a policy saved by savePolicyFile() (at most 4 MiB).
PolicyParse loadPolicyFile(const QString &path);

} // namespace Caa
