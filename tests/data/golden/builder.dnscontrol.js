// CAA for example.com — inside D("<zone>", …); "@" assumes example.com is the zone apex.
CAA_BUILDER({
  label: "@",
  iodef: "mailto:security@example.com",
  issue: ["letsencrypt.org", "sectigo.com; validationmethods=dns-01"],
  issuewild: "none",
  issuemail: ["digicert.com"],
  ttl: 300,
}),
