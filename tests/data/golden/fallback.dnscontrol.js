// CAA for example.com — inside D("<zone>", …); "@" assumes example.com is the zone apex.
// cannot express: 1 issue "letsencrypt.org" (dnscontrol can set flags 0 or 128 only)
// cannot express: 0 tbs "x" (dnscontrol accepts only the registered lower-case tags)
CAA("@", "iodef", "mailto:a@example.com", TTL(3600)),
CAA("@", "iodef", "https://example.com/r", TTL(3600)),
CAA("@", "issue", "ca.example", CAA_CRITICAL, TTL(3600)),
CAA("@", "issue", "a\"quote\\\\back\x09tab", TTL(3600)),
