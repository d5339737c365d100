#pragma once

#include <QByteArray>

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
