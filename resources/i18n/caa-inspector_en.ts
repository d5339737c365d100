<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Caa</name>
    <message>
        <source>%1 holds no certificate in PEM or DER form. Give the certificate file itself (&quot;-----BEGIN CERTIFICATE-----&quot;), not a key or a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an IP address; CAA applies to domain names only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no DNS names or e-mail addresses in subjectAlternativeName%2. CAs issue for those entries only, so there is nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its common name is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; that is not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::BulkModel</name>
    <message>
        <source>Typed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No level up to the TLD has CAA records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled before this name was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant set at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/MIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::BulkPage</name>
    <message>
        <source>Names to check, one per line (# starts a comment). Paste them, open a list or a certificate, or drop a file here. Wildcards (*.name) and e-mail addresses (S/MIME) are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.com
*.example.org
helpdesk@example.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open li&amp;st…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the names of a text file, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the names a certificate is for (PEM or DER: its subjectAlternativeName entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict for CA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA the verdict column is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate kind the verdict column is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (wildcard for *.names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/MIME e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMC (mark certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every name (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; the names checked so far stay in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show rows with this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the checked names as CSV, JSON, Markdown or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results for many names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name to see its climbed tree and every CA&apos;s verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; split the list into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no names: write one name per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n name(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv *.list);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check: paste names, one per line, or open a list or a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names is more than one run takes (%2); split the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked: %2 permit, %3 deny, %4 lookup failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 input error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 not checked (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 queries sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · checking through %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export yet: check some names first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json);;Markdown (*.md);;Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::ClimbTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checked name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent %1 of the checked name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 CAA record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CAA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the zone file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such name (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CAA (NODATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolver validated this answer with DNSSEC (AD bit set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned zone, or the resolver does not validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← this set decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← this failure decides: CAs must refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used: the climb stops at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not matter: %1 decides first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>;; %1 CAA → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   flags:%1%2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no AA, no AD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
;; %1 ms, server %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
;; reply, %1 octets:
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::DiagnosticsPage</name>
    <message>
        <source>For tickets like &quot;the CA says CAA forbids it, but my records allow it&quot;: ask every nameserver directly, check DNSSEC, and compare resolvers — for the name last checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every &amp;authoritative server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the zones on the climbed path, their nameservers and addresses, and ask each address directly (no recursion) for CAA and the SOA serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the nameservers: 53 on the Internet; other values for test beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;resolvers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.1.1.1, 8.8.8.8 (empty: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvers to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a name first, then run the diagnostics for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server, name or level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer or verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to diagnose %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a name first (and let it finish), then run the diagnostics for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics ask the network; the check was answered from a zone file. Choose a resolver at the top and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvers to compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Cancelled: what was gathered so far is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authoritative servers (asked directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relevant set at %1: %2 (TTL %3 s left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CAA records on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agree at every level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every server and resolver asked agrees; no DNSSEC problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s), %2 of them errors — see below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Public resolvers: Cloudflare 1.1.1.1, Google 8.8.8.8 and Quad9 9.9.9.9 unless changed in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At %n name(s) not every nameserver answered, so they could not all be compared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Caa::Ui::FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::GeneratorPage</name>
    <message>
        <source>Owner name of the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the CAA records are published at (usually your domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authorities allowed to issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA to add: a name from the directory or a CAA identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search CAs or type an identifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed CAs and what they may issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/MIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account URI (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single names without a CA above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcards without a CA above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/MIME without a CA above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMC without a CA above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When no CA above is ticked for a kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/MIME:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailto:security@example.com, https://example.com/caa-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iodef report URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostmaster@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;iodef (violation reports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact&amp;email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact&amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical flag (128) on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAs that do not understand &quot;%1&quot; must then refuse to issue. Let&apos;s Encrypt does not understand contactemail/contactphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write parameters without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For DNS providers that split values on spaces (DigitalOcean, Hetzner, Linode, Porkbun, Vultr…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra records, one per line as in a zone file (FLAGS TAG &quot;VALUE&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the preview to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings about this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the &amp;live records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulate this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;oad draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate this draft to see which verdicts it would change compared with the live records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict changes the draft would cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA drafts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA drafts (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a CA in the directory nor a CAA identifier (a domain such as letsencrypt.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the live records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last check found no CAA records to start from. Check a name first, or build the policy here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a name first: the draft is compared with what that check found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the path climbed for %2, so publishing this draft would not change its verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With this draft published at %1, for %2: %n verdict(s) change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag 128 on this CA&apos;s records: CAs that do not understand the tag must refuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::MainWindow</name>
    <message>
        <source>CAA Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com, *.example.com, https://www.example.com/…, user@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which resolver answers the CAA queries. CAs query from their own networks; a public resolver shows what the world sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name (Enter or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climbed DNS tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw answer of the selected name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a name to see its raw answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climbed &amp;tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relevant CAA record set (the one that decides):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective CAA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective &amp;records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search CAs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME account URI (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME account URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8657 accounturi: the account the CA would issue for, e.g. https://acme-v02.api.letsencrypt.org/acme/acct/123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8657 validationmethods: the method the CA would use (empty: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which CA may issue which certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to see why, and which records decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may &amp;issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open zone file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check names against a zone file instead of the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole result as text, for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus the domain field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CAA Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a domain name, a URL, *.name for a wildcard, or an e-mail address for S/MIME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (shown as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — a wildcard certificate: the climb starts at %1; the literal * is never queried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — an S/MIME certificate: CAA of %1 (issuemail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone file: %1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking against %1 — no network. Names outside it count as having no CAA records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvers to ask, separated by commas (HOST[:PORT], IPv6 as [addr]:port):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 through %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records at %1 decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CAA records: every CA may issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup failure at %1: CAs must refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (any one): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding records at %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text (*.txt);;Markdown (*.md);;HTML (*.html);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open zone file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files (*.zone *.db *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin for relative names (leave empty if the file has $ORIGIN or only absolute names):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CAA Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA Inspector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which certificate authorities may issue for this name, and why — following RFC 8659, RFC 8657, RFC 9495 and the CA/B Forum Baseline Requirements.

Licence: MIT.

CA directory: %1 CAs, data compiled %2. Derived from the Common CA Database (CCADB), ccadb.org, under the Community Data License Agreement – Permissive 2.0 (CDLA-Permissive-2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Many names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dia&amp;gnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting resolver/tries ignored: %1. Using %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to see why. &quot;(conditions)&quot;: only with the account or methods shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run on Many names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using %1. Stopped, because they used the previous resolver: %2. Start again to use the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::MatrixModel</name>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/MIME e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate for the name itself (issue, RFC 8659 §4.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate for *.name (issuewild, else issue; RFC 8659 §4.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/MIME certificate for an address @name (issuemail, RFC 9495)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark certificate (VMC) for the name (issuevmc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA identifiers: %1
Processing profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::RecordsModel</name>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer / value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not critical; Let&apos;s Encrypt: critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reserved bits, ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bit 128 is the Issuer Critical flag: a CA that does not recognise the tag must refuse (RFC 8659 §4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed: &quot;%1&quot; (names no CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no CA: forbids this kind)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckJob</name>
    <message>
        <source>The check was cancelled before this name answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckSession</name>
    <message>
        <source>The diagnostics ask the domain&apos;s nameservers and other resolvers over the network; they do not work against a zone file. Choose a resolver first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsJob</name>
    <message>
        <source>cancelled before this server answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>no CA may issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one server, e.g. 192.0.2.1 or [2001:db8::1]:53.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since 2026-03-15 a CA must DNSSEC-validate its CAA lookups, and a validation failure is never permission to issue (Baseline Requirements §3.2.2.8.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SOA serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the query (lame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SERVFAIL (lame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without the AA bit (lame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be asked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 server answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 servers answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (serial %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (serials differ: %1, but the CAA answer is the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still serves the old answer (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves a different answer (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the current answer (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not compared: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, TTL %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the delegation (NS records at the parent and in the zone) and the nameservers&apos; addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nameservers of %1 disagree about CAA at %2: %3. CAs ask from several network perspectives and may reach any of them, so they can see different answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every nameserver serve the current zone (compare the SOA serials; check zone transfers and NOTIFY), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the server back or remove it from the NS records (at the parent too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed as a nameserver of %2 but does not answer for it with authority (lame delegation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the zone on that server, or remove it from the NS records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the zone&apos;s signatures or the DS record at the parent (DNSViz shows where the chain breaks), or remove the DS to go unsigned on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the DNS operator: the zone&apos;s nameservers fail for this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolvers give different answers %1. A resolver keeps an answer until its TTL runs out, so a recent change reaches them at different times; CAs use their own resolvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the TTL shown to run out, or compare the authoritative servers to see which answer is current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the zones and checking DNSSEC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC validation fails for %1: the resolver answers SERVFAIL, but with checking disabled (CD=1) it gets %2 — the signatures or the chain of trust are broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nameservers fail for %1: SERVFAIL with and without DNSSEC checking (CD=1 gave %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated by the resolver (AD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not validated (no AD): unsigned, or the resolver does not validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer to judge (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone of %1 could not be found: its SOA lookup through the resolver failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asking for the nameservers of %n zone(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No NS records for %1 could be read through the resolver (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finding the addresses of %n nameserver(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolver gave no A or AAAA record for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asking %n nameserver address(es) directly…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no CAA (NODATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NXDOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED (lame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVFAIL (lame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer without AA (lame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bogus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached over IPv6 from this machine. If this machine has no IPv6 connectivity, that says nothing about the server; CAs with IPv6 will ask it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the diagnostics from a machine with IPv6 to compare this address too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, a nameserver of %2, did not answer. CAs ask from several network perspectives and may reach this server; one that does gets a lookup failure and must refuse to issue. The other servers were still compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server answered, nothing could be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not all compared: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nameserver of %1 answered for CAA at %2 (%3). A CA that meets the same gets a lookup failure and must refuse to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the nameservers run and are reachable (firewalls, rate limits), then run the diagnostics again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (conditions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryScheduler</name>
    <message>
        <source>The run was cancelled before this name was asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneLookupService</name>
    <message>
        <source>The lookup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zone file answers CAA questions only; this needs the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
