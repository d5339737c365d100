<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AresResolver</name>
    <message>
        <source>No DNS resolver is configured on this system (/etc/resolv.conf lists none). Name a server explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the servers %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up the DNS resolver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection; is a DNS server running there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply from %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS server is available to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be sent as a DNS query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrRules</name>
    <message>
        <source>%1 = %2, BR §3.2.2.4.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = ACME, %2, BR §3.2.2.4.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = ACME e-mail reply (S/MIME, RFC 8823)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = ACME TNAuthList token (RFC 9447)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaDirectory</name>
    <message>
        <source>the first line must be the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 has %2 fields, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: unknown profile &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: a CA needs a name and at least one identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: rfc8657 must be yes, no or unknown, not &quot;%2&quot;</source>
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
    <message>
        <source>%1 (S/MIME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
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
        <translation>
            <numerusform>Added %n name from %1.</numerusform>
            <numerusform>Added %n names from %1.</numerusform>
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
    <message>
        <source>The names to check, one per line; &apos;#&apos; starts a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA whose verdicts the table shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate kind the table shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the rows with this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per name: verdict, relevant name, reason and findings; Enter opens the name in the views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no names yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) to check</source>
        <translation>
            <numerusform>%n name to check</numerusform>
            <numerusform>%n names to check</numerusform>
        </translation>
    </message>
    <message>
        <source>Not permitted (deny, lookup failure, input error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the %1 rows shown (of %2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 the resolver&apos;s, %2 the domain&apos;s, %3 undetermined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot change during a run: wait for it to end, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has more than %1 names, the most one run takes; split it into smaller lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% read</source>
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
    <message>
        <source>← this failure decides: CAs must refuse · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>;; %1
;; %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>;; from the zone&apos;s servers: %1.	%2	IN	CAA	%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::CtSettingsDialog</name>
    <message>
        <source>Certificate Transparency settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up in CT… asks this service which certificates were logged for the checked name; the service learns the name. Nothing is asked without that button, and nothing is kept on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s own (https://crt.sh/ or https://api.certspotter.com/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mirror of the service, e.g. your company&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; SSLMate only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSLMate API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in the system keychain (Secret Service or KWallet), never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be read (%1); a key saved here could not be kept. The environment variable SSLMATE_API_KEY is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): the key was not saved. Set the environment variable SSLMATE_API_KEY instead.</source>
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
    <message>
        <source>Public resolvers: Cloudflare 1.1.1.1, Google 8.8.8.8 and Quad9 9.9.9.9 unless changed in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At %n name(s) not every nameserver answered, so they could not all be compared.</source>
        <translation>
            <numerusform>At %n name not every nameserver answered, so they could not all be compared.</numerusform>
            <numerusform>At %n names not every nameserver answered, so they could not all be compared.</numerusform>
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
        <source>These diagnostics belong to the earlier check of %1 (%2 UTC); it was checked again since. Run them again to diagnose the new check: until then the report leaves them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every nameserver and the resolvers given, for the name last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the diagnostics found: the servers compared, DNSSEC per level, the resolvers and the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nameserver p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected line in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole text of the line selected above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a line above to read it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s), see below.</source>
        <translation>
            <numerusform>%1: %n finding, see below.</numerusform>
            <numerusform>%1: %n findings, see below.</numerusform>
        </translation>
    </message>
    <message>
        <source>One is an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them are errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the nameservers: 53 on the Internet; other values for test beds. Also the port a failed lookup&apos;s zone servers are asked on, to tell the resolver&apos;s failure from the domain&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed lookup is always asked again at the domain&apos;s own nameservers, to tell your resolver&apos;s failure from the domain&apos;s. With this on, the public resolvers of the &quot;Public&quot; list (%1) are asked too, which helps when the nameservers cannot be reached from here; they learn which name you checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a lookup fails, also ask the &amp;public resolvers, to tell whose failure it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::ExplainDialog</name>
    <message>
        <source>Explain a CA&apos;s error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste what the CA or the ACME client printed (certbot, lego, acme.sh, Caddy, cert-manager, win-acme, a cloud console or a CA portal). The names it mentions are checked through %1, for the CA it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolver chosen in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;error message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. urn:ietf:params:acme:error:caa :: While processing CAA for shop.example.net: CAA record for example.net prevents issuance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message and check the names it mentions (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the CA said and the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problems read from the message and the answer appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the answer paragraph, for the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the first name in the window, with every view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the CA&apos;s error message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the answer says what was found until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) read; the names were checked just now.</source>
        <translation>
            <numerusform>%n problem read; the names were checked just now.</numerusform>
            <numerusform>%n problems read; the names were checked just now.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the CA said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the check of %1</source>
        <translation type="unfinished"></translation>
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
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag 128 on this CA&apos;s records: CAs that do not understand the tag must refuse</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>What the policy says for this kind when no CA row above covers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner, TTL, CAs and other properties of the draft policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long resolvers may keep the records, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a CA of the directory or type an issuer domain, then Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the CA picked beside it to the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected CA from the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAs the policy allows, the kinds each may issue, and its account and validation methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More CAA records in zone-file form, one per line: FLAGS TAG VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form of the preview: a zone file, a DNS tool or a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your DNS provider: the draft is checked against its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of the draft in the chosen form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the draft and of the chosen provider, each with its fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the draft from the records the last check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the verdicts of the draft with those of the live records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft as JSON, to load again or to use with the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a draft saved before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone file (BIND, Knot, NSD, PowerDNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone file, generic form (TYPE257, RFC 3597)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tinydns-data lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnsmasq dns-rr lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table for a provider&apos;s web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSControl (dnsconfig.js)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>octoDNS (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved policy (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft changed since it was simulated: press &quot;Simulate this draft&quot; to compare it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the draft the name it is published at (Publish at), then simulate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 first: the draft is compared with what is published there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 through %2, to compare the draft with what is published there now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Publishing this draft at %1 changes %n verdict(s) there, compared with what is published now.</source>
        <translation>
            <numerusform>Publishing this draft at %1 changes %n verdict there, compared with what is published now.</numerusform>
            <numerusform>Publishing this draft at %1 changes %n verdicts there, compared with what is published now.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lookup of %1 failed; the comparison assumes the draft would answer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty draft for the same name (undo brings the old one back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the CAs, contacts and records of this draft for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the draft would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each CA and kind whose verdict the draft changes: now, with the draft, and why. Your CAs and the draft&apos;s come first, then lost permissions; a header sorts by its column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) would be lost: check that no certificate in use needs them.</source>
        <translation>
            <numerusform>%n permission would be lost: check that no certificate in use needs them.</numerusform>
            <numerusform>%n permissions would be lost: check that no certificate in use needs them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only this ACME account may use the grant (RFC 8657 accounturi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many verdicts publishing the draft would change, by kind, and whether permissions would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the TTL comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the TTL was read from the zone&apos;s own servers or kept from the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL %1 s as %2 publishes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone&apos;s TTL is unknown: the resolver reports %1 s left in its cache. The draft keeps its TTL of %2 s; run the Diagnostics to read it from the zone&apos;s servers, then start from the live records again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Methods…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the validation methods of the selected CA: ACME names or BR ca-tbr-N labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: only these validation methods, comma-separated (RFC 8657 validationmethods); Methods… lists them with their meaning, ACME names and BR ca-tbr-N labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No renewal of the CAs that issue here (Certificate Transparency) would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would refuse the renewals of %1, who issue here (Certificate Transparency).</source>
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
    <message>
        <source>Give at least one server, e.g. 192.0.2.1 or [2001:db8::1]:53.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check or run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain; on Many names start the run, on Diagnostics run them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the CAs you use (or may use). The verdict line then says for them first whether they may issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAs of the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The climbed tree, the records, who may issue, the generator, many names and the diagnostics (Alt+1 to Alt+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name asked, from the checked one up to the TLD, with its answer; the set that decides is marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected name&apos;s answer as a resolver prints it, with a hex dump of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of the relevant set, parsed: flags, tag, value, parameters and TTL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistakes and risks in the records, each with its fix and the rule behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every CA of the directory against each certificate kind: permit, deny or lookup failure; select a cell to see why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the selected cell&apos;s verdict holds: the sentence, the rule and the deciding records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name asked, up to the TLD, and which set decides (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deciding records parsed, and what is wrong with them (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every CA against every certificate kind, and why (Alt+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build CAA records by point and click (Alt+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a list of names in one run (Alt+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask every nameserver and other resolvers, for helpdesk tickets (Alt+6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy what is selected; with nothing selected, the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 at %2 UTC. Edit the name to check another, or press Enter to check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key of the window and what it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the domain field: check the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the entry row, the verdict line and the views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Space on the verdict line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &quot;Who may issue&quot; at the CA the line names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding records at %1, owned by %2 (reached through an alias):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report starts with the answer for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report starts with the answer for %1: %2. Select other CAs in &quot;Who may issue&quot; or pin them with My CAs to answer for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Append every CA and certificate kind (%n verdict(s))</source>
        <translation>
            <numerusform>&amp;Append every CA and certificate kind (%n verdict)</numerusform>
            <numerusform>&amp;Append every CA and certificate kind (%n verdicts)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8657 validationmethods: the method the CA would use (empty: any). ca-tbr-N is BR §3.2.2.4.N, for CAs that validate without ACME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day to decide for. Before 2027-03-15 a CA not known to process accounturi and validationmethods may ignore them (BR 2.2.8 §4.2.2.1.2); pick a later day to see what they will enforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to see why. &quot;(conditions)&quot;: only with the account or methods shown below. &quot;(may ignore parameters)&quot;: the CA need not honour accounturi or validationmethods before 2027-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup for %1 failed through %2; asking the domain&apos;s own servers whose failure it is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup failed; asking the domain&apos;s own servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup failure at %1: CAs must refuse (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain an error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a CA&apos;s error message (from the clipboard): the names it mentions are checked and the answer is one paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up in &amp;CT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a Certificate Transparency search (crt.sh by default) which CAs issued for this name, and whether these CAA records would refuse their renewals. The service learns the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CT results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a saved crt.sh (output=json) or SSLMate response, e.g. one attached to a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a draft from these CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator: issue (and issuewild for wildcard certificates) for exactly the CAs that issue for this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CT results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT search results (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;CT results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a saved Certificate Transparency search (crt.sh or SSLMate JSON) for the checked name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up in Certificate Transparency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This asks %1 which certificates were logged for %2. The service learns which name you look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CT: %1, %2 UTC; %n entries.</source>
        <translation>
            <numerusform>CT: %1, %2 UTC; %n entry.</numerusform>
            <numerusform>CT: %1, %2 UTC; %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source> The service&apos;s limit of %1 rows was reached: there may be more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current certificate for this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n CA(s) that issue here would be refused at renewal: see the findings.</source>
        <translation>
            <numerusform>%n CA that issues here would be refused at renewal: see the findings.</numerusform>
            <numerusform>%n CAs that issue here would be refused at renewal: see the findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every CA that issues here may go on doing so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CT settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which service is asked (crt.sh or SSLMate), its URL, and the SSLMate API key (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the names &amp;below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the CAs that issued for names below the checked one (their own CAA records are not checked here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain name, a URL, *.name for a wildcard, or an e-mail address for S/MIME</source>
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
    <message numerus="yes">
        <source>%1 — issued here: %n certificate(s), latest expires %2</source>
        <translation>
            <numerusform>%1 — issued here: %n certificate, latest expires %2</numerusform>
            <numerusform>%1 — issued here: %n certificates, latest expires %2</numerusform>
        </translation>
    </message>
    <message>
        <source>In Certificate Transparency: %1 (latest issuer: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAA records would refuse its renewal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::MethodsDialog</name>
    <message>
        <source>Validation methods for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the methods this CA may validate by; none ticked means any method. ACME CAs use the ACME names; CAs that validate without ACME use ca-tbr-N, the method of BR §3.2.2.4.N (BR 2.2.8 §4.2.2.1.2). A CA should accept either label of the same method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts only the ACME names (letsencrypt/boulder#8821).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(offered by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not after 2027-03-15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept ca-tbr- labels yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as written: %1</source>
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
    <name>Caa::Ui::StartPage</name>
    <message>
        <source>Which certificate authorities may issue for a name, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a domain in the field above and press Enter: a name, *.name for a wildcard, a pasted URL, or an e-mail address (for S/MIME certificates). The answer appears in one line above the views; the views show every name asked, the records that decide, and every CA of the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1 through the resolver chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample zone (no network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File → Open sample: check names of example.net from a bundled zone file, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked &amp;lately:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names checked lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter to check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got an error from a CA? &amp;Paste it here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CAA record for example.net prevents issuance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA&apos;s error message to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the error, check the names it mentions and answer in one paragraph (Check → Explain an error…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::VerdictBanner</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click (or Enter) to see every CA in &quot;Who may issue&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My CAs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CAs you use: the verdict line then speaks of them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My CAs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa::Ui::WhatIfModel</name>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, with the draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaaRecord</name>
    <message>
        <source>CAA record data is shorter than 2 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA record has a tag of length 0 (RFC 8659 §4.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA record&apos;s tag length runs past the end of its data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasCommand</name>
    <message>
        <source>List the CA directory (names, CAA identifiers, processing profiles), or change the user&apos;s copy:
import a newer CCADB AllCAAIdentifiersReportCSVV2, add a CA of your own, or go back to the bundled data.
The user&apos;s directory is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a CCADB AllCAAIdentifiersReportCSVV2 file, show what changes and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import or --add: show the changes, save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a CA of your own (e.g. a private ACME CA) with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add: a CAA identifier of the CA (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add: processing profile, rfc (default) or letsencrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user&apos;s directory and use the bundled one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; that is not a CCADB report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [profile: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [processes accounturi/validationmethods]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAs not marked may ignore accounturi and validationmethods until 2027-03-15 (BR 2.2.8 §4.2.2.1.2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateNames</name>
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
    <name>CheckCommand</name>
    <message>
        <source>Check which CAs may issue certificates for each NAME, following RFC 8659.
NAME may be a domain, *.domain (wildcard), user@domain (S/MIME), or a pasted URL.
Exit status: 0 every decision permit, 1 some deny, 2 some lookup failure, 3 input or usage error, 130 interrupted by Ctrl+C (the names that finished are still reported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolver to ask, HOST[:PORT] or [IPv6]:PORT (repeatable; default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA to decide for: a CAA identifier or a directory name (repeatable; default: every CA in the directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing profile for every CA: rfc or letsencrypt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME account URI making the request (RFC 8657 accounturi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation method used, e.g. dns-01 (RFC 8657 validationmethods).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate kind: tls, email, vmc, or all for every kind (default tls; *.name means wildcard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time allowed for each DNS lookup, retries included (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per server within that time, 1 to %1 (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read names from FILE, one per line (&apos;#&apos; starts a comment); repeatable. A NAME of &apos;-&apos; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the names of a certificate (PEM or DER): its subjectAlternativeName DNS names and e-mail addresses; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most DNS queries outstanding at once in a run (default 64). Shared parent names are asked once per run and kept for their TTL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on standard error: auto (when it is a terminal), always or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics: find the zones on the climbed path, ask every nameserver address directly (RD=0) and compare their CAA answers and SOA serials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics: climb through these resolvers too and show where they disagree (comma-separated or repeatable; &apos;public&apos; adds Cloudflare, Google and Quad9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics: DNSSEC state per level; a SERVFAIL is asked again with CD=1 to tell a DNSSEC failure from failing nameservers (implied by --authoritative and --compare-resolvers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check against this zone file instead of the network (offline; names outside it are taken to have no CAA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --zone-file: the origin for relative names, when the file has no $ORIGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if: a saved policy (JSON, see generate --format json) that replaces the records at its owner; prints which verdicts it would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zone-file and --server exclude each other: a check reads either the file or the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--origin goes with --zone-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be tls, email, vmc or all, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout-ms must be a number of milliseconds from 1 to 600000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--file: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ns-port must be a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--authoritative, --compare-resolvers and --dnssec ask the network; they do not go with --zone-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-in-flight must be a number from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--progress must be auto, always or never, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one domain to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account needs a URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method needs a method name such as dns-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**What if**

```
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a list of names (binary, or a line longer than 64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: text, json, jsonl (one JSON object a line), markdown or csv (default text). Each name is written as soon as it and those before it are decided, in input order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, json, jsonl, markdown or csv, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the results: counts per verdict and per reason, the CAs the relevant records name (how many names each may issue for) and the findings (how many names have each). In the json document as &quot;summary&quot;; on standard error beside csv and jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide as of this day (YYYY-MM-DD; default today, UTC). Before 2027-03-15 a CA not known to process accounturi and validationmethods may ignore them (BR 2.2.8 §4.2.2.1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, e.g. 2027-03-15, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the nameservers asked directly, by --authoritative and for a failed lookup&apos;s origin (default 53; for test beds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a lookup fails through the resolver, do not ask the zone&apos;s own servers whether the resolver or the domain is to blame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a lookup fails, also ask these resolvers (comma-separated or repeatable; &apos;public&apos; adds Cloudflare, Google and Quad9). Off by default: they learn which names you check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Transparency: a saved crt.sh (output=json) or SSLMate (/v1/issuances) response. The CAs that issued for each name are put against its CAA records; one the records would refuse at renewal is a renewal-blocked error (exit status 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --ct or --ct-file: also list the issuers of the names below each name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ct-file and --ct exclude each other: CT data comes from a file or from the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ct-subdomains goes with --ct or --ct-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later, or save the search&apos;s JSON and give it with --ct-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Transparency: ask a CT search service for each name&apos;s certificates and put their CAs against the CAA records (a CA they would refuse at renewal is a renewal-blocked error, exit status 1). The service learns the names; nothing is asked without this option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crtsh (default) or sslmate (its API key, if any, from the environment variable SSLMATE_API_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s base URL (default https://crt.sh/ or https://api.certspotter.com/), e.g. a mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time allowed for each CT request (default 30000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ct-service must be crtsh or sslmate, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ct-url needs an http or https URL, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ct-timeout-ms must be a number of milliseconds from 100 to 600000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) had a lookup time out, with up to %1 queries in flight. A resolver sent more queries at once than it can take drops some without a word; if these names answer when checked again, run with a lower --max-in-flight (the default is 64) or a longer --timeout-ms.</source>
        <translation>
            <numerusform>%n name had a lookup time out, with up to %1 queries in flight. A resolver sent more queries at once than it can take drops some without a word; if these names answer when checked again, run with a lower --max-in-flight (the default is 64) or a longer --timeout-ms.</numerusform>
            <numerusform>%n names had a lookup time out, with up to %1 queries in flight. A resolver sent more queries at once than it can take drops some without a word; if these names answer when checked again, run with a lower --max-in-flight (the default is 64) or a longer --timeout-ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>In input order each of them also held back the names after it; --order completion writes every name as soon as it is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the results of a run: input (default; a slow name holds back the ones after it) or completion (each as soon as it is decided, with its input position as &quot;index&quot; in JSON and a first CSV column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order must be input or completion, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order completion is for plain checks: with diagnostics, --draft or --ct every name is read before the first is written, in input order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads that climb, decide and write the names of a run (default: one per CPU, at most 4). Each asks its own share of --max-in-flight and keeps its own parent names. With --zone-file, --draft, --ct or diagnostics the run uses one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads must be a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookups could not be set up.</source>
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
    <name>CliMain</name>
    <message>
        <source>caa-inspector-cli: no command given.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caa-inspector-cli: unknown command &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: caa-inspector-cli COMMAND [options]

Commands:
  check NAME...   which CAs may issue for each NAME, and why (RFC 8659)
  explain TEXT|-  read a CA&apos;s error message, check what it names, answer in one paragraph
  ct NAME         the certificates a CT search found for NAME, and their CAs
  generate        build CAA records from options, in zone-file and DNS-tool formats
  cas             list or update the CA directory

Options:
  --help          this text; &apos;caa-inspector-cli COMMAND --help&apos; for a command
  --version       print the version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>&quot;%1&quot; is neither a CA in the directory nor a CAA identifier (a domain such as letsencrypt.org). &apos;caa-inspector-cli cas&apos; lists the directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: a quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtCommand</name>
    <message>
        <source>The domain the certificates are for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved CT search response (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the certificates of names below NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: text or json (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates for %1 (%2 shown; %3 precertificate duplicates left out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[not in the directory]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the certificates a Certificate Transparency search found for NAME and the CA of the directory each issuer maps to (by the issuer&apos;s organisation, O=; an issuer not listed is shown as such, never guessed). Asks crt.sh (or SSLMate, --ct-service) for them — the service learns NAME — or reads a saved response (--ct-file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtFetch</name>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB; the answer was not read. Look at fewer names (without subdomains).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to slow down (HTTP 429). Try again in a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to slow down (HTTP 429). Try again after %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2). It is often overloaded; try again later, or use a saved response (--ct-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to plain HTTP; refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be asked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s answer could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CtLog</name>
    <message>
        <source>The CT response is not JSON (%1 at byte %2); nothing was read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CT response is not a list of certificates (crt.sh&apos;s output=json or SSLMate&apos;s /v1/issuances).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: an issuer organisation and a CA name are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; save the CT search&apos;s JSON for one domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 issued %n certificate(s) for %2 (the latest, %3, expires %4), but %5 Its renewal would be refused.</source>
        <translation>
            <numerusform>%1 issued %n certificate for %2 (the latest, %3, expires %4), but %5 Its renewal would be refused.</numerusform>
            <numerusform>%1 issued %n certificates for %2 (the latest, %3, expires %4), but %5 Its renewal would be refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CAA records let %1 issue for %2, but CT shows no certificate from them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If none of them should issue for you, name only the CAs that do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Transparency (%1, %2; %3 entries%4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the service&apos;s limit: there may be more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no unexpired certificate, and none issued in the last %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2, latest expires %3 (%4)%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificate</numerusform>
            <numerusform>%n certificates</numerusform>
        </translation>
    </message>
    <message>
        <source> — RENEWAL BLOCKED by the CAA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that %1 can renew, add %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the draft published: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the draft would BLOCK its renewal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <source>only account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only validation method%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record names account %1 in %2&apos;s other form %3, which %2 accepts as the same account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has more than one %1 parameter, which can never be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its accounturi is not a valid URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it allows only the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its validationmethods &quot;%1&quot; does not allow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its validationmethods &quot;%1&quot; allows no method this CA uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its validationmethods lists no method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its validationmethods &quot;%1&quot; is not a comma-separated list of method names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it allows only the validation methods %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/MIME certificates for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S/MIME certificates for addresses @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark certificates (VMC) for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAA lookup (%1) has not finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not issue %2: the CAA lookup at %3 failed (%4), and records hidden there could forbid issuance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may issue %2: there are no CAA records from %3 up to the top-level domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not issue %2: the record %3 at %4 is marked critical (flags %5) and %1 does not recognise the tag &quot;%6&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MC Requirements (issuevmc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may issue %2: the CAA records at %3 have no %4 property, so they do not restrict this kind of certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may issue %2: %3 at %4 names %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not issue %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 names %3, but %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 names no CA at all, which forbids issuance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (records of %2, reached through an alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 name %3, but %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 is malformed (%3), which counts as naming no CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 are malformed (%3), which counts as naming no CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 name no CA at all, which forbids issuance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 allows only %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 allow only %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 does not accept ca-tbr- labels yet: letsencrypt/boulder#8821)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 name the same validation method, and a CA should accept either (BR 2.2.8 §4.2.2.1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says it does not process them yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not known whether %1 processes them already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may issue %2 before %3 with any account and validation method: the record&apos;s RFC 8657 parameters bind it only from %3, and %4 (BR 2.2.8 §4.2.2.1.2). From %3: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the server says: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsJob</name>
    <message>
        <source>cancelled before this server answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for %1…</source>
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
        <translation>
            <numerusform>Asking for the nameservers of %n zone…</numerusform>
            <numerusform>Asking for the nameservers of %n zones…</numerusform>
        </translation>
    </message>
    <message>
        <source>No NS records for %1 could be read through the resolver (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finding the addresses of %n nameserver(s)…</source>
        <translation>
            <numerusform>Finding the addresses of %n nameserver…</numerusform>
            <numerusform>Finding the addresses of %n nameservers…</numerusform>
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
        <translation>
            <numerusform>Asking %n nameserver address directly…</numerusform>
            <numerusform>Asking %n nameserver addresses directly…</numerusform>
        </translation>
    </message>
    <message>
        <source> The resolver says: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>SERVFAIL (lame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no AA (lame)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relevant set at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CAA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> *Fix:* </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsResult</name>
    <message>
        <source>alias to %1, no CAA</source>
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
        <source>no server answered, nothing could be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consistent: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not all compared: %1 %2</source>
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
        <source>No nameserver of %1 answered for CAA at %2 (%3). A CA that meets the same gets a lookup failure and must refuse to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the nameservers run and are reachable (firewalls, rate limits), then run the diagnostics again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every nameserver serve the current zone (compare the SOA serials; check zone transfers and NOTIFY), then check again.</source>
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
        <source>Since 2026-03-15 a CA must DNSSEC-validate its CAA lookups, and a validation failure is never permission to issue (BR 2.2.8 §4.2.2.1.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nameservers of %1 disagree about CAA at %2: %3. CAs ask from several network perspectives (from 2026-12-15 at least five remote ones, of which only one, or two when six or more, may fail to corroborate) and may reach any of them, so they can see different answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryStore</name>
    <message>
        <source>The file is not valid CSV (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not CCADB&apos;s AllCAAIdentifiersReportCSVV2: the columns &quot;Subject&quot; and &quot;Recognized CAA Domains&quot; are missing. Download the V2 CSV from ccadb.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of the file names a CA owner with a usable CAA identifier; the directory is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the CA a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA named &quot;%1&quot; is already in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one CAA identifier (the domain the CA asks you to put in issue records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CAA identifier: use a lower-case domain name such as ca.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown processing profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; it is not a CA directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsMessage</name>
    <message>
        <source> (at octet %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is shorter than a DNS header (%1 octets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply ends in the middle of a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply uses a reserved label type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply contains a name-compression loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name-compression pointer points past the end of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name in the reply is longer than 255 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record&apos;s data does not match its length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has extra octets after its last record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsServer</name>
    <message>
        <source>The server address is empty. Give an IP address such as 192.0.2.1 or 192.0.2.1:53.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an opening &apos;[&apos; without &apos;]&apos;. Write IPv6 servers as [2001:db8::1]:53.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: expected &apos;:PORT&apos; after &apos;]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with &apos;:&apos; but gives no port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Give the resolver&apos;s IPv4 or IPv6 address (for example 192.0.2.1 or [2001:db8::1]), not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an IPv6 server with a port as [address]:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port; use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of tries must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>The name contains an invisible or control character (%1). Retype the name instead of pasting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain name such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a web address, but no host name could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable e-mail address: the part before &apos;@&apos; is empty or has spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no domain after &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain name cannot contain spaces. Check &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IP address. CAA applies to domain names only; certificates for IP addresses are not governed by CAA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the port: CAA is published for the name only. Try &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;*&apos; is only allowed as the whole leftmost label of a wildcard name, as in *.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address cannot contain a wildcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty label (two dots in a row, or a dot at the start or end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; mixes Latin with Cyrillic or Greek letters, which makes it look like another name. Type the name again by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1…&quot; is longer than 63 octets (RFC 1035 §2.3.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot appear in a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid internationalised domain name (a label starts or ends with &apos;-&apos;, or is invalid punycode, or uses characters IDNA does not allow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot appear in a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid punycode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 characters long; a domain name has at most 253.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name: its last label is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.onion names are not checked against CAA (CA/B Forum BR 2.2.8 §4.2.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Draft</name>
    <message>
        <source>Any (standard zone file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloudflare (dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS provider limits (dnscontrol provider notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejects CAA values containing spaces, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces from the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it without spaces: %1 %2 &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes every CAA record with flags 0, so %2 would lose its flags (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use flags 0, or publish this record elsewhere if the flag matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses CAA values with parameters after the issuer, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop accounturi/validationmethods there, or move the zone to a provider that accepts them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainCommand</name>
    <message>
        <source>Read a CA&apos;s error message (from certbot, lego, acme.sh, Caddy, cert-manager, win-acme, a CA portal, or ACME problem JSON), find the CA, the names and the kind of CAA problem, check those names now and answer in one paragraph: what the CA saw, what the DNS says now, whether they agree, and what to change.
TEXT is the message; &apos;-&apos; (or no TEXT) reads it from standard input.
Exit status as check: 0 permit, 1 deny, 2 lookup failure, 3 nothing recognised or a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error message, or &apos;-&apos; for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: text, json or markdown (default text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only read the text: no lookups (offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide for this CA instead of the one the text names: a directory name or a CAA identifier (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide as of this day (YYYY-MM-DD; default today, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be text, json or markdown, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the CA&apos;s error as TEXT, or give &apos;-&apos; and pipe it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input is binary data, not an error message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the error message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainJob</name>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the nameservers of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>The CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name it was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (records found at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said the CAA records do not allow it to issue for %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found a CAA record for %2 with the critical flag and a property it does not know%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cause given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the resolver said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not look up the CAA records for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s network perspectives did not agree on the CAA records for %2, or some could not look them up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mentions CAA for %2 without saying what went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, from a secondary network perspective (BR 3.2.2.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, when it checked CAA again before issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To let %1 issue, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA&apos;s resolver may still hold the old answer for as long as its TTL allowed when it was cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records at %1 have %2 s left of their TTL at the resolver we asked; a CA&apos;s resolver may hold the answer it saw for up to that long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone&apos;s nameservers, asked directly, all answer alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked directly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of %1 was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top-level domain %1 does not exist in the public DNS: a public CA cannot issue for %2 at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We see the lookup fail too (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now the relevant CAA records for %1 are at %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1 has no CAA records up to its top-level domain, so any CA may issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not say which CA this was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA of the directory may issue for %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CAs of the directory may issue for %2 now, among them %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the directory&apos;s CAs, these may issue for %1 now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the CA directory, so no verdict can be given for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now it is otherwise: %1 That does not agree with what the CA saw: the records have changed since, or one of the CA&apos;s network perspectives sees other nameservers than we do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our lookup succeeds now and %1 may issue for %2: the failure has passed, or the CA&apos;s perspectives reach nameservers we do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We see the same: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our lookup succeeds now, but the records forbid %1 anyway: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text names no CAA problem that CAA Inspector recognises: no CA&apos;s CAA wording, ACME problem type or client message. Paste the CA&apos;s whole error, or check the name itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was looked up (--no-check): check the names to compare with what the DNS says now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-check at finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the CA said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (nothing recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the CA said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureOrigin</name>
    <message>
        <source>%1 did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered REFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered SERVFAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without the AA bit (not authoritative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be asked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolver&apos;s failure: the domain&apos;s servers answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain&apos;s failure: its servers fail too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin undetermined: the domain&apos;s servers could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your resolver %1 does not answer CAA queries for %2, but the domain&apos;s own servers (%3) do: the domain is fine. A CA asks from its own resolvers; pick another resolver (the Resolver box in the window, --server on the command line) to check as a CA would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers of %1 could not be reached from here, so it is not known whether the domain or the resolver %2 fails. %3 Check from another network, or ask the domain&apos;s DNS provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address could be found for the nameservers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no NS records for %1 could be read through the resolver (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone of %1 could not be found through the resolver (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server of %1 answered the question where %2 is delegated (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC validation fails for %1: with checking disabled (CD=1) the resolver gets %2, so the signatures or the chain of trust are broken and every validating resolver, a CA&apos;s included, fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers of %1 could not be found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked directly, the servers of %1 answer consistently with an alias to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked directly, the servers of %1 answer consistently: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked directly, the servers of %1 fail: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked directly, the servers of %1 disagree: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the servers of %1 answered from here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The servers of %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>The servers of %1 did not answer within %n second.</numerusform>
            <numerusform>The servers of %1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your resolver %1 does not answer CAA queries for %2, but the other resolvers asked (%3) do; the domain&apos;s own servers could not be reached from here. The domain is most likely fine: pick another resolver (the Resolver box in the window, --server on the command line) to check as a CA would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Compared with other resolvers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every validating resolver fails for %1, a CA&apos;s included. %2 Fix the zone&apos;s signatures, or the DS record at its parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s own servers fail for %1 too, so every CA&apos;s lookup fails. %2 Make the nameservers of %1 answer CAA queries (an empty answer is fine), or remove the failing ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>No CA in the directory uses the identifier &quot;%1&quot;; no public CA is known to be authorised by this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling against your CA&apos;s documentation (CP/CPS section 4.2). A private CA is fine to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an identifier of several CAs (%2): this record authorises all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounturi &quot;%1&quot; is in none of %2&apos;s account URL forms (%3), so %2 matches no account with it and will not issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the account URL your ACME client shows for %1; it starts with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounturi names %1 account %2 in its older form %3. %1 still accepts that form, but a CA that compares account URIs exactly (RFC 8657 §3) would not, and an older form can be retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write accounturi=%1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer the validation method &quot;%2&quot; (it offers %3), so this record never lets %1 issue by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a method %1 offers, e.g. validationmethods=%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; ends with a dot. That is not a valid issuer domain name, so this record authorises no CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the issuer without the trailing dot: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of %2, not its CAA identifier; no CA matches it, so this record authorises no CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1&apos;s identifier instead: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a CA&apos;s name, not its CAA identifier; no CA matches it, so this record authorises no CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the identifier the CA publishes (for Let&apos;s Encrypt: letsencrypt.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the record %1 is malformed: %2. A malformed %3 property counts as naming no CA: it still restricts issuance but authorises nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as issuer-domain or issuer-domain; tag=value; tag=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of %2, not its CAA identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name; CAA names a CA by its identifier (a domain such as letsencrypt.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the identifier the CA publishes in its CP/CPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; has upper-case letters. Let&apos;s Encrypt compares issuers byte for byte, so it will not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the issuer in lower case: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; appears more than once in the record %2. CAs treat such a record as unsatisfiable (or, in older software, use only one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish one record per alternative instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not spelled in lower case. Let&apos;s Encrypt compares parameter names exactly, ignores it as unknown, and lets any account issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter tag &quot;%1&quot; contains a hyphen. RFC 8659 allows it, but Let&apos;s Encrypt treats the whole record as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid hyphens in parameter tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounturi &quot;%1&quot; is not a valid absolute URI, so no account can match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the account URL exactly as your ACME client shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounturi &quot;%1&quot; is a staging (test) account; production certificates come from a different account and will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your production account URL, or add a second record for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validationmethods=&quot;%1&quot; is not a comma-separated list of method names (empty entries, spaces or other characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e.g. validationmethods=dns-01,http-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; is not in lower case; Let&apos;s Encrypt compares method names exactly and will not match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a registered ACME validation method nor a CA-specific &quot;ca-&quot; label; no CA will match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iodef value &quot;%1&quot; is a bare e-mail address; it must be a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iodef value &quot;%1&quot; is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a mailto: or https: URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iodef URL &quot;%1&quot; uses http:; CAs are only expected to support mailto: and https:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https: or mailto:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The iodef URL &quot;%1&quot; uses the scheme &quot;%2&quot;; CAs support mailto: and https: only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no e-mail address after mailto:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write mailto:security@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contactemail must hold exactly one e-mail address; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a single address, e.g. hostmaster@example.com, without &quot;mailto:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contactphone must be one global number starting with + and the country code; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e.g. +1 555 0100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 is marked critical. The BRs allow it, but CAs that do not recognise %2 (Let&apos;s Encrypt among them) must then refuse to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use flags 0 unless you want CAs that do not understand %1 to refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; contains characters other than letters and digits. No CA recognises it, and some resolvers refuse the whole answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags consist of ASCII letters and digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 is marked critical and uses a tag no CA is known to recognise: every such CA must refuse to issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the record or clear the critical flag (flags 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not a registered CAA property; CAs ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling; registered tags are issue, issuewild, iodef, issuemail, issuevmc, contactemail, contactphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not in lower case. CAs compare tags case-insensitively, but some tools do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is longer than 15 characters; RFC 8659 allows it, but some DNS software rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 sets flag value 1. The critical flag is 128; Let&apos;s Encrypt nevertheless treats 1 as critical, other CAs ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use flags 0, or 128 if you really mean critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 sets reserved flag bits (%2); they must be 0 and are ignored by CAs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use flags 0 or 128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is %1 octets long. That is legal, but some DNS providers&apos; forms and parsers split or cut values over 255 octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAA records at %1 contain no issue property, so they do not restrict which CA may issue TLS certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAA records at %1 contain issuewild but no issue property: wildcard certificates are restricted, certificates for single names are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add issue records naming the CAs you use, or issue &quot;;&quot; to allow none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuewild records at %1 repeat the issue records; without them wildcards would follow issue anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuewild records can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 a %2 &quot;;&quot; record stands next to %2 records that name CAs. Properties add up, so the &quot;;&quot; has no effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 &quot;;&quot; record, or remove the others if no CA should issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAA lookup at %1 failed (%2)%3. Under RFC 8659 a CA must then refuse to issue for %4. The Baseline Requirements allow an exception only when the failure is outside the CA, was retried, and the zone is proven DNSSEC-insecure; Let&apos;s Encrypt never uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make every nameserver of %1 answer CAA queries (an empty answer is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no CAA records from %1 up to the top-level domain, so every CA may issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish issue records for the CAs you use to restrict issuance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records for %1 were found at %2 by following %3. Whoever controls %2 controls this policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CAA records of its own; the records at %2 apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup at %1 failed (%2), but it does not matter: the records at %3 decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAA records at %1 do not apply to %2: the climb stops at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAA records at %1 cannot decide for %2: the failed lookup at %3 comes first, and records hidden there would take precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the zone file that was checked; it was taken to have no CAA records. Check the live DNS for the parent zones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer was DNSSEC-validated by the resolver (AD bit set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer is not DNSSEC-validated (unsigned zone, or the resolver does not validate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept ca-tbr- labels yet (letsencrypt/boulder#8821), so &quot;%2&quot; never lets %1 issue, although BR 2.2.8 says a CA should accept every label of a method it uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1 (the ACME label of the same method) for %2, e.g. validationmethods=%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no method of BR §3.2.2.4: ca-tbr- labels are followed by a subsection number from 1 to 22 without leading zeros; no CA will match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e.g. ca-tbr-7 (DNS Change) or ca-tbr-18 (Agreed-Upon Change to Website v2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a method the Baseline Requirements no longer allow (may not be relied on since %2), so this label lets no CA issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a method the Baseline Requirements have retired, so this label lets no CA issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it, and list the methods your CA really uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not be relied on from %2; from then this label lets no CA issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the method your CA will use instead before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 need not honour this record&apos;s parameters before %2 and %3: until then it may issue with any account and validation method. From %2 it must issue %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask %1 whether it enforces accounturi and validationmethods today; do not rely on them alone before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known methods: http-01, dns-01, tls-alpn-01, dns-account-01, dns-persist-01, and ca-tbr-N for BR §3.2.2.4.N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it says it does not process them yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not known to process them yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the domain needs fixing (see the resolver-failure finding): check again through another resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another resolver (the Resolver box, or --server) and check again; nothing in the domain needs fixing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove the failing nameservers, or the DNSSEC chain, of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again from another network, or through another resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the server says: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Build a CAA policy from options and print it as zone-file lines or for a DNS tool.
Records are written in the order the options are given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner name of the records (IDN accepted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTL in seconds (default 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issue property value, e.g. &apos;letsencrypt.org; validationmethods=dns-01&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issuewild property value, or none for &apos;;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issuemail property value (S/MIME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issuevmc property value (mark certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where CAs may report refused requests: mailto: or https: URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail address for domain validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone number, +country code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any record as in a zone file: &apos;FLAGS TAG VALUE&apos; (VALUE quoted with RFC 1035 escapes, or a bare token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set flag 128 on every record built from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a saved policy (JSON) instead of building one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind, rfc3597, tinydns, dnsmasq, table, dnscontrol, octodns or json (default bind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; give the owner with --domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be one of bind, rfc3597, tinydns, dnsmasq, table, dnscontrol, octodns, json; not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain is required (the name the records are published at).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain: CAA records are published at a domain name, not at &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ttl must be a number of seconds from 0 to 2147483647.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records: give --issue, --issuewild, --issuemail, --issuevmc, --iodef, --contactemail, --contactphone or --record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the CAs that issue for you: issue (and issuewild where there are wildcard certificates) for exactly the CAs a saved crt.sh or SSLMate response shows for --domain, then the records of the other options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caa-inspector-cli: %1 issued here but is not in the CA directory; add its CAA identifier yourself with --issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caa-inspector-cli: the CT data shows no current certificate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Which certificate authorities may issue for a name, and why (RFC 8659).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain to check at start-up (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueValue</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the octet \%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;;&apos; or the end after the issuer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; has no &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after parameter tag &quot;%1&quot;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed in a parameter value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &apos;;&apos; after the last parameter must be followed by another parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot start with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot end with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer domain name ends with a dot; write it without the trailing dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty or invalid label in the issuer domain name at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed in an issuer domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at octet %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter not formatted as tag=value: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter tag &quot;%1&quot; contains %2 (Let&apos;s Encrypt allows letters and digits only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter value &quot;%1&quot; contains %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupResult</name>
    <message>
        <source>Unreadable reply: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply carries query ID %1, but we asked with ID %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet is not a reply to a standard query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply (RCODE %1) does not repeat the question, so it cannot say which name it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply holds %1 questions; we asked one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply answers a different question (%1 %2) than we asked (%3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was truncated (TC=1) and no complete answer arrived over TCP; the missing records could include a critical one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s CNAME chain loops back to %1; a looping alias cannot be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s alias chain is longer than %1 hops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2. A record that cannot be read might be critical, so this counts as a lookup failure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkModule</name>
    <message>
        <source>%1 cannot be loaded (%2). Reinstall caa-inspector, or check that Qt Network (libqt6network6) is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is from another version of CAA Inspector (%2, this program is %3). Reinstall caa-inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading certificates and asking Certificate Transparency services need %1, which is not installed (looked for %2). Reinstall caa-inspector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>&quot;owner&quot; must be a domain name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wildcard or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ttl&quot; must be a whole number of seconds from 0 to 2147483647.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;records&quot; must be a list of {flags, tag, value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &quot;flags&quot; must be a number from 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: &quot;tag&quot; and &quot;value&quot; must be strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a backslash escape is incomplete or over \255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the tag must be 1 to 255 octets long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the record is longer than 65535 octets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON must be an object with owner, ttl and records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; it is not a saved policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>RFC 8659/8657 as written (critical bit 128 only, case-insensitive issuer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s Encrypt (boulder): flag 1 also critical, exact issuer bytes, contact tags unknown</source>
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
    <name>Report</name>
    <message>
        <source>%1 CAA record%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NXDOMAIN (no such name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — lookup failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1** (relevant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> *Fix:* </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> &lt;em&gt;Fix:&lt;/em&gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the draft for %1 published, %2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nothing changes: %1 is not on the path climbed for %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  no verdict changes.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 name%2: %3 permit, %4 deny, %5 lookup failure, %6 input error%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 UTC through %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: every CA and certificate kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3. %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions by reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAs the relevant records name (names each may issue for):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer domains in issue and issuewild records (names with each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (names with each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a CA&apos;s own resolver would most likely see (the domain&apos;s servers asked directly): the relevant set at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a CA&apos;s own resolver would most likely see (the domain&apos;s servers asked directly): no CAA records up to the top-level domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — lookup failure (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a CA&apos;s own resolver would most likely see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failures by origin (resolver, domain, undetermined):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · the server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2. The previous file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source> (conditions)</source>
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
        <source>no CAA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown critical tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record for this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuance forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another account only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another validation method only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters cannot be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misplaced *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invisible character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid international name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numeric top-level label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.onion name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcards</source>
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
        <source>CAA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CAA (NODATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such name (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated, no TCP answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply to another question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the field (Ctrl+Z brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameters not binding before 2027-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (may ignore parameters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketAnswer</name>
    <message>
        <source>Single name</source>
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
        <source>Make the nameservers of %1 answer CAA queries (RFC 8659 §3); the diagnostics name the server that fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the critical flag (128) of the property no CA knows, or remove it (RFC 8659 §4.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no CAA identifier in the directory: ask the CA which domain to name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an alias: the record goes where the alias leads, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (answers from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictLine</name>
    <message>
        <source>, or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions differ by CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup failure at %1 (%2): no CA may issue for %3 until it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any CA may issue for %1: no CAA records from it up to the TLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any CA may issue for %1: the records at %2 do not restrict it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA may issue for %1: the records at %2 allow none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CA may issue for %1: the critical tag %2 at %3 is one CAs do not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 may issue for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not issue for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may issue for %2; %3 may not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wildcards</source>
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
        <source>The check of %1 did not finish: nothing can be said about it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup OK, DNSSEC-validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup OK, not DNSSEC-validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only until %1, when the record&apos;s parameters bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your resolver %1 fails, the domain&apos;s own servers answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a CA would most likely see: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain&apos;s own servers fail too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain&apos;s own servers could not be reached from here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Writers</name>
    <message>
        <source>BIND refuses %1: its tag has characters other than letters and digits (RFC 8659 §4.1). Knot DNS and ldns accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnsmasq cannot hold the record %1…: its dns-rr line would be %2 characters, over dnsmasq&apos;s limit of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnsmasq does not set a TTL per record; it uses its local-ttl setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnscontrol accepts only the registered lower-case tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnscontrol can set flags 0 or 128 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dnscontrol cannot express %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>octoDNS cannot express %1: its values are text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneReader</name>
    <message>
        <source>line %1: $INCLUDE is not allowed here; paste or open the included file&apos;s records directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains NUL bytes; it is not a zone file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin &quot;%1&quot; is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; that is not a zone file this tool reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CAA record in zone-file form (FLAGS TAG VALUE, e.g. 0 issue &quot;letsencrypt.org&quot;)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAA record at %1 is malformed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds no CAA records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds CAA records for several names (%1); choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds no CAA records for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoneSource</name>
    <message>
        <source>zone file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2. A record that cannot be read might be critical, so this counts as a lookup failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alias chain is longer than 16 hops or loops; resolvers answer SERVFAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the zone file; it is taken to have no CAA records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alias chain loops; resolvers answer SERVFAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CNAME chain loops; resolvers answer SERVFAIL.</source>
        <translation type="unfinished"></translation>
    </message>
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
