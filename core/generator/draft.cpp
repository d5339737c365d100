#include "generator/draft.h"

#include "caa/registry.h"

#include "caa/issuevalue.h"

#include <algorithm>

#include <QCoreApplication>

namespace Caa {

namespace {

QByteArray grantValue(const CaGrant &g, bool compact)
{
    const QByteArray sep = compact ? ";" : "; ";
    QByteArray v = g.identifier;
    if (!g.accountUri.isEmpty())
        v += sep + "accounturi=" + g.accountUri;
    if (!g.methods.isEmpty())
        v += sep + "validationmethods=" + g.methods.join(',');
    return v;
}

quint8 flagsFor(const PolicyDraft &d, const QByteArray &tag) { return d.criticalTags.contains(tag) ? 128 : 0; }

QList<QByteArray> sortedRdata(const QList<CaaRecord> &records)
{
    QList<QByteArray> out;
    for (const CaaRecord &r : records)
        out << encodeCaaRdata(r);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

CaaPolicy policyFromAnswers(const QByteArray &owner, const QList<Dns::CaaAnswer> &answers)
{
    CaaPolicy p;
    p.owner = owner;
    p.ttl = answers.isEmpty() ? 3600 : answers.first().ttl;
    for (const Dns::CaaAnswer &a : answers)
        p.records << a.record;
    return p;
}

CaaPolicy buildPolicy(const PolicyDraft &d)
{
    CaaPolicy p;
    p.owner = d.owner;
    p.ttl = d.ttl;
    // Values per kind, each with whether its CA asked for the critical flag.
    using Entry = QPair<QByteArray, bool>;
    QList<Entry> single, wildcard, email, vmc;
    for (const CaGrant &g : d.grants) {
        const Entry e{grantValue(g, d.compactParameters), g.critical};
        if (g.single && !single.contains(e))
            single << e;
        if (g.wildcard && !wildcard.contains(e))
            wildcard << e;
        if (g.email && !email.contains(e))
            email << e;
        if (g.vmc && !vmc.contains(e))
            vmc << e;
    }
    auto writeKind = [&](const QByteArray &tag, const QList<Entry> &values, UncoveredKind uncovered) {
        for (const Entry &e : values)
            p.records << CaaRecord{quint8(e.second ? 128 : flagsFor(d, tag)), tag, e.first};
        if (values.isEmpty() && uncovered == UncoveredKind::Nobody)
            p.records << CaaRecord{flagsFor(d, tag), tag, ";"};
    };
    writeKind("issue", single, d.singleUncovered);
    // RFC 8659 §4.3: without issuewild, wildcards follow issue; only write issuewild when it says something else.
    QList<Entry> s = single, w = wildcard;
    std::sort(s.begin(), s.end());
    std::sort(w.begin(), w.end());
    const bool wildcardFollowsSingle = s == w && (!single.isEmpty() || d.wildcardUncovered == d.singleUncovered);
    if (!wildcardFollowsSingle)
        writeKind("issuewild", wildcard, d.wildcardUncovered);
    writeKind("issuemail", email, d.emailUncovered);
    writeKind("issuevmc", vmc, d.vmcUncovered);
    for (const QByteArray &u : d.iodef)
        p.records << CaaRecord{flagsFor(d, "iodef"), "iodef", u};
    for (const QByteArray &e : d.contactEmails)
        p.records << CaaRecord{flagsFor(d, "contactemail"), "contactemail", e};
    for (const QByteArray &ph : d.contactPhones)
        p.records << CaaRecord{flagsFor(d, "contactphone"), "contactphone", ph};
    p.records += d.extraRecords;
    return p;
}

PolicyDraft draftFromPolicy(const CaaPolicy &policy, const CaDirectory *directory)
{
    PolicyDraft d;
    d.owner = policy.owner;
    d.ttl = policy.ttl;
    const QList<QByteArray> &issueTags = issuerPropertyTags();
    const QList<QByteArray> simpleTags{"iodef", "contactemail", "contactphone"};

    // A tag can be "critical" in the form only when all its records share flag 0 or 128.
    // Judged among the records the form can hold at all (flags 0 or 128, lower-case tag).
    auto plain = [](const CaaRecord &r) { return r.tag == r.normalizedTag() && (r.flags == 0 || r.flags == 128); };
    QHash<QByteArray, QSet<quint8>> flagsByTag;
    for (const CaaRecord &r : policy.records)
        if (plain(r))
            flagsByTag[r.tag].insert(r.flags);
    // Issue-family records carry their CA's own critical choice; other tags one per tag.
    auto formable = [&](const CaaRecord &r) {
        const bool issueFamily = isIssuerPropertyTag(r.tag);
        return plain(r) && (issueFamily ? r.value.trimmed() != ";" || flagsByTag[r.tag].size() == 1 : flagsByTag[r.tag].size() == 1);
    };

    QSet<QByteArray> seenTags;
    bool compactSeen = false, spacedSeen = false;
    for (const CaaRecord &r : policy.records) {
        if (!formable(r)) {
            d.extraRecords << r;
            continue;
        }
        if (simpleTags.contains(r.tag)) {
            (r.tag == "iodef" ? d.iodef : r.tag == "contactemail" ? d.contactEmails : d.contactPhones) << r.value;
        } else if (issueTags.contains(r.tag)) {
            const IssueValue v = parseIssueValue(r.value);
            const bool onlyKnownParams = std::all_of(v.parameters.begin(), v.parameters.end(), [](const IssueParameter &p) {
                return p.tag == "accounturi" || p.tag == "validationmethods";
            });
            if (!v.wellFormed || !onlyKnownParams || v.parameterValues("accounturi").size() > 1
                || v.parameterValues("validationmethods").size() > 1) {
                d.extraRecords << r;
                continue;
            }
            if (v.issuer.isEmpty()) { // ";" — nobody, for this kind
                if (r.value.trimmed() != ";") {
                    d.extraRecords << r;
                    continue;
                }
                seenTags.insert(r.tag);
                continue;
            }
            if (!v.parameters.isEmpty())
                (r.value.contains(' ') ? spacedSeen : compactSeen) = true;
            CaGrant g;
            g.identifier = v.issuer;
            const QList<QByteArray> acct = v.parameterValues("accounturi");
            const QList<QByteArray> methods = v.parameterValues("validationmethods");
            g.accountUri = acct.value(0);
            if (!methods.isEmpty())
                g.methods = methods.first().split(',');
            g.critical = r.flags == 128;
            g.single = g.wildcard = g.email = g.vmc = false;
            auto it = std::find_if(d.grants.begin(), d.grants.end(), [&](const CaGrant &x) {
                return x.identifier == g.identifier && x.accountUri == g.accountUri && x.methods == g.methods && x.critical == g.critical;
            });
            if (it == d.grants.end()) {
                if (directory)
                    if (const auto owners = directory->findByIdentifier(g.identifier); !owners.isEmpty())
                        g.caName = owners.first()->name;
                if (g.caName.isEmpty())
                    g.caName = QString::fromLatin1(g.identifier);
                d.grants << g;
                it = d.grants.end() - 1;
            }
            (r.tag == "issue" ? it->single : r.tag == "issuewild" ? it->wildcard : r.tag == "issuemail" ? it->email : it->vmc) = true;
        } else {
            d.extraRecords << r;
            continue;
        }
        seenTags.insert(r.tag);
        const bool perCa = isIssuerPropertyTag(r.tag) && r.value.trimmed() != ";";
        if (r.flags == 128 && !perCa)
            d.criticalTags.insert(r.tag);
    }
    d.compactParameters = compactSeen && !spacedSeen;
    // Kinds with no records at all are not restricted; ";" records make them "nobody".
    auto uncovered = [&](const QByteArray &tag) { return seenTags.contains(tag) ? UncoveredKind::Nobody : UncoveredKind::Anyone; };
    d.singleUncovered = uncovered("issue");
    d.emailUncovered = uncovered("issuemail");
    d.vmcUncovered = uncovered("issuevmc");
    const bool anyIssuewild = seenTags.contains("issuewild");
    if (!anyIssuewild) {
        // No issuewild: wildcards follow issue.
        for (CaGrant &g : d.grants)
            g.wildcard = g.single;
        d.wildcardUncovered = d.singleUncovered;
    } else {
        d.wildcardUncovered = UncoveredKind::Nobody;
    }

    if (sortedRdata(buildPolicy(d).records) != sortedRdata(policy.records)) {
        // The form cannot say exactly this; keep every record as written.
        PolicyDraft raw;
        raw.owner = policy.owner;
        raw.ttl = policy.ttl;
        raw.singleUncovered = raw.wildcardUncovered = raw.emailUncovered = raw.vmcUncovered = UncoveredKind::Anyone;
        raw.extraRecords = policy.records;
        return raw;
    }
    return d;
}

QString dnsProviderName(DnsProvider provider)
{
    switch (provider) {
    case DnsProvider::Generic: return QCoreApplication::translate("Draft", "Any (standard zone file)");
    case DnsProvider::Cloudflare: return QCoreApplication::translate("Draft", "Cloudflare (dashboard)");
    case DnsProvider::DigitalOcean: return QStringLiteral("DigitalOcean");
    case DnsProvider::Exoscale: return QStringLiteral("Exoscale");
    case DnsProvider::Hetzner: return QStringLiteral("Hetzner");
    case DnsProvider::Linode: return QStringLiteral("Linode");
    case DnsProvider::Loopia: return QStringLiteral("Loopia");
    case DnsProvider::Netcup: return QStringLiteral("Netcup");
    case DnsProvider::Porkbun: return QStringLiteral("Porkbun");
    case DnsProvider::Vultr: return QStringLiteral("Vultr");
    }
    return QString();
}

QList<DnsProvider> allDnsProviders()
{
    return {DnsProvider::Generic, DnsProvider::Cloudflare, DnsProvider::DigitalOcean, DnsProvider::Exoscale, DnsProvider::Hetzner,
            DnsProvider::Linode, DnsProvider::Loopia, DnsProvider::Netcup, DnsProvider::Porkbun, DnsProvider::Vultr};
}

QByteArray spaceFreeValue(const QByteArray &value)
{
    QByteArray out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == ' ' || c == '\t') {
            // Drop white space at either end and next to ';' or '='.
            qsizetype j = i;
            while (j < value.size() && (value[j] == ' ' || value[j] == '\t'))
                ++j;
            const char before = out.isEmpty() ? ';' : out.back();
            const char after = j < value.size() ? value[j] : ';';
            if (before == ';' || before == '=' || after == ';' || after == '=')
                i = j - 1;
            else
                out += value.mid(i, j - i), i = j - 1;
            continue;
        }
        out += c;
    }
    return out;
}

QList<Finding> draftFindings(const CaaPolicy &policy, DnsProvider provider, const CaDirectory *directory, const QDate &asOf)
{
    // What the engine would say about these records once published at their owner.
    CheckResult check;
    check.name.ace = policy.owner;
    check.name.unicode = QString::fromLatin1(policy.owner);
    Dns::LookupResult level;
    level.name = policy.owner;
    level.status = Dns::LookupStatus::Answered;
    level.rcode = Dns::Rcode::NoError;
    for (const CaaRecord &r : policy.records)
        level.caa << Dns::CaaAnswer{policy.owner, policy.ttl, r};
    check.steps << level;
    check.answered << true;
    selectRelevant(check);
    QList<Finding> findings;
    for (const Finding &f : analyse(check, directory, asOf))
        if (f.code != QStringLiteral("dnssec") && f.code != QStringLiteral("no-caa"))
            findings << f;

    const QString name = dnsProviderName(provider);
    auto add = [&](Severity s, const char *code, const QString &message, const QString &fix, const CaaRecord &r) {
        Finding f;
        f.severity = s;
        f.code = QString::fromLatin1(code);
        f.message = message;
        f.fix = fix;
        f.reference = QCoreApplication::translate("Draft", "DNS provider limits (dnscontrol provider notes)");
        f.owner = policy.owner;
        f.hasRecord = true;
        f.record = r;
        findings << f;
    };
    const bool rejectsSpaces = provider == DnsProvider::DigitalOcean || provider == DnsProvider::Exoscale || provider == DnsProvider::Hetzner
                               || provider == DnsProvider::Linode || provider == DnsProvider::Loopia || provider == DnsProvider::Porkbun
                               || provider == DnsProvider::Vultr;
    for (const CaaRecord &r : policy.records) {
        const QString shown = QString::fromLatin1(caaPresentation(r));
        if (rejectsSpaces && (r.value.contains(' ') || r.value.contains('\t'))) {
            const QByteArray compact = spaceFreeValue(r.value);
            add(Severity::Warning, "provider-rejects-spaces",
                QCoreApplication::translate("Draft", "%1 rejects CAA values containing spaces, such as %2.").arg(name, shown),
                compact.contains(' ') ? QCoreApplication::translate("Draft", "Remove the spaces from the value.")
                                      : QCoreApplication::translate("Draft", "Write it without spaces: %1 %2 \"%3\".").arg(r.flags).arg(QString::fromLatin1(r.tag), displayText(compact)),
                r);
        }
        if (r.flags != 0 && (provider == DnsProvider::Linode || provider == DnsProvider::Cloudflare))
            add(Severity::Warning, "provider-drops-flags",
                QCoreApplication::translate("Draft", "%1 publishes every CAA record with flags 0, so %2 would lose its flags (%3).").arg(name, shown).arg(r.flags),
                QCoreApplication::translate("Draft", "Use flags 0, or publish this record elsewhere if the flag matters."), r);
        if (provider == DnsProvider::Netcup && r.value.contains(';') && r.value.trimmed() != ";") {
            const IssueValue v = parseIssueValue(r.value);
            if (!v.parameters.isEmpty())
                add(Severity::Warning, "provider-refuses-parameters",
                    QCoreApplication::translate("Draft", "%1 refuses CAA values with parameters after the issuer, such as %2.").arg(name, shown),
                    QCoreApplication::translate("Draft", "Drop accounturi/validationmethods there, or move the zone to a provider that accepts them."), r);
        }
    }
    return findings;
}

CheckResult applyDraft(const CheckResult &live, const CaaPolicy &draft, bool *onPath)
{
    CheckResult out = live;
    int level = -1;
    for (int i = 0; i < out.steps.size(); ++i)
        if (Dns::namesEqual(out.name.climbNames().value(i), draft.owner))
            level = i;
    if (onPath)
        *onPath = level >= 0;
    if (level < 0)
        return out;
    Dns::LookupResult replaced;
    replaced.name = out.steps[level].name.isEmpty() ? draft.owner : out.steps[level].name;
    replaced.status = Dns::LookupStatus::Answered;
    replaced.rcode = Dns::Rcode::NoError;
    replaced.server = QStringLiteral("draft");
    for (const CaaRecord &r : draft.records)
        replaced.caa << Dns::CaaAnswer{draft.owner, draft.ttl, r};
    out.steps[level] = replaced;
    out.answered[level] = true;
    selectRelevant(out);
    return out;
}

QList<VerdictChange> compareMatrices(const SimulationMatrix &before, const SimulationMatrix &after)
{
    QList<VerdictChange> changes;
    for (int r = 0; r < before.rows.size() && r < after.rows.size(); ++r) {
        for (int k = 0; k < before.kinds.size() && k < before.rows[r].cells.size() && k < after.rows[r].cells.size(); ++k) {
            const Decision &a = before.rows[r].cells[k];
            const Decision &b = after.rows[r].cells[k];
            // What a CA must enforce from 2027-03-15 (BR 2.2.8 §4.2.2.1.2) is a change too,
            // even while it may still ignore the parameters.
            const auto laterVerdict = [](const Decision &d) { return d.fromMandatoryDate ? int(d.fromMandatoryDate->verdict) : -1; };
            const auto laterConditions = [](const Decision &d) { return d.fromMandatoryDate ? d.fromMandatoryDate->conditions : QList<PermitCondition>{}; };
            if (a.verdict != b.verdict || a.conditions != b.conditions || laterVerdict(a) != laterVerdict(b)
                || laterConditions(a) != laterConditions(b))
                changes << VerdictChange{before.rows[r].request.caName, before.kinds[k], a, b};
        }
    }
    return changes;
}

DraftEffect draftEffect(const CheckResult &live, const CaaPolicy &draft, const CaDirectory &cas, const SimulationInputs &inputs)
{
    DraftEffect effect;
    effect.draftOwner = draft.owner;
    const CheckResult after = applyDraft(live, draft, &effect.onPath);
    effect.changes = compareMatrices(simulate(live, cas, inputs), simulate(after, cas, inputs));
    return effect;
}

} // namespace Caa
