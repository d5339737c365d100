#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <initializer_list>

// Builders for DNS packets written out octet by octet in tests.

// The octets given, in order (each 0-255).
inline QByteArray bytes(std::initializer_list<int> octets)
{
    QByteArray out;
    for (int o : octets)
        out += char(o);
    return out;
}

// A 16-bit value in network byte order.
inline QByteArray u16(int v) { return bytes({(v >> 8) & 0xFF, v & 0xFF}); }

// A 32-bit value in network byte order.
inline QByteArray u32(quint32 v) { return u16(int(v >> 16)) + u16(int(v & 0xFFFF)); }

// A domain name in wire form, uncompressed: "caa.test" -> 3caa4test0 (empty labels skipped).
inline QByteArray wireName(const QByteArray &dotted)
{
    QByteArray out;
    for (const QByteArray &label : dotted.split('.'))
        if (!label.isEmpty())
            out += char(label.size()) + label;
    return out + char(0);
}
