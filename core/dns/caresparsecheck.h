#pragma once

#include <QtGlobal>

namespace Caa::Dns {

/// True when the message parser of c-ares 1.34 (`ares_dns_parse()` with no flags, in
/// every release from 1.34.0 to 1.34.8 read for this) is certain to read `size` octets
/// at `data`, decided without building its record. Later c-ares versions parse more
/// record types (RRSIG, NSEC, DS… on its main branch): for them, ask c-ares.
///
/// The resolver's socket tap must know, for every datagram, whether c-ares can read it:
/// c-ares 1.34 takes an unreadable datagram as a broken connection. Asking
/// `ares_dns_parse()` itself allocates c-ares's whole record per reply; this walk follows
/// the same rules (c-ares 1.34 src/lib/record/ares_dns_parse.c, ares_dns_name.c,
/// ares_dns_record.c) for the shapes replies to our queries take, and answers false for
/// anything else, so that the caller asks c-ares then. It may answer false for a
/// message c-ares reads; it never answers true for one c-ares refuses.
///
/// Answers true only for: a header with a valid opcode (QUERY, IQUERY, STATUS, NOTIFY,
/// UPDATE), exactly one question of class IN, names whose compression pointers all
/// point before where the name began (c-ares refuses forward pointers), with at most 128
/// pointers and 255 octets of labels and dots (1.34.7 and later) and no reserved label
/// type, and records of class IN of type CAA (a printable tag of 1 to
/// 255 octets and a value of at least one octet: c-ares refuses an empty value), CNAME,
/// SOA, OPT (any class: its options fill its RDATA exactly), or of a type c-ares does
/// not know (kept as raw bytes, any class: RRSIG, DNAME, NSEC, DS…), each within its
/// RDLENGTH, and nothing after the last record.
bool caresCertainlyParses(const uchar *data, qsizetype size);

} // namespace Caa::Dns
