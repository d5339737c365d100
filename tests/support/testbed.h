#pragma once

#include "dns/dnsserver.h"

#include <QFile>
#include <QString>

#include <optional>

namespace CaaTest {

/// Reads KEY=VALUE from the test bed's env file (written by caa-testbed start).
inline QString testbedValue(const QString &key)
{
    QFile f(QStringLiteral(CAA_TESTBED_ENV));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &line : lines)
        if (line.startsWith(key + u'='))
            return line.mid(key.size() + 1).trimmed();
    return QString();
}

/// The validating Unbound resolver of the test bed.
inline std::optional<Caa::Dns::ServerAddress> testbedResolver()
{
    const auto parsed = Caa::Dns::parseServerAddress(testbedValue(QStringLiteral("RESOLVER")));
    return parsed.ok() ? std::optional(parsed.server) : std::nullopt;
}

/// The authoritative knotd of the test bed.
inline std::optional<Caa::Dns::ServerAddress> testbedAuthoritative()
{
    const auto parsed = Caa::Dns::parseServerAddress(testbedValue(QStringLiteral("AUTHORITATIVE")));
    return parsed.ok() ? std::optional(parsed.server) : std::nullopt;
}

} // namespace CaaTest

#define CAA_REQUIRE_TESTBED(var)                                                                         \
    const auto var##Opt = CaaTest::testbedResolver();                                                   \
    if (!var##Opt)                                                                                      \
        QFAIL("The DNS test bed is not running: run this test through ctest (fixture dns_testbed).");   \
    const Caa::Dns::ServerAddress var = *var##Opt
