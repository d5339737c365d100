// Record values and user input in Markdown and HTML reports stay text: no raw tag, no link,
// no table cell broken out of (issue: a helpdesk opens what we write). Each report is read
// back by a real parser, Qt's Markdown (GitHub dialect, md4c) and HTML readers.
#include "ca/cadirectory.h"
#include "generator/zonereader.h"
#include "generator/zonesource.h"
#include "report/markdown.h"
#include "report/report.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextTable>

using namespace Caa;

namespace {

// Values a record or a customer can carry, each one markup in Markdown or HTML.
const QStringList hostileValues{
    QStringLiteral("<script>alert('x')</script>"),
    QStringLiteral("](javascript:alert(1))"),
    QStringLiteral("a|b`c"),
    QStringLiteral("**bold**"),
    QStringLiteral("&amp;"),
    QStringLiteral("[link](http://evil.example)"),
};

QList<CheckReport> hostileReports()
{
    const QByteArray zone = "$ORIGIN markup.test.\n$TTL 300\n@ SOA ns hostmaster 1 3600 600 86400 300\n@ NS ns\n"
                            "@ CAA 0 issue \"<script>alert('x')</script>\"\n"
                            "@ CAA 0 issue \"ca.example; x=](javascript:alert(1))\"\n"
                            "@ CAA 0 issuewild \"a|b`c\"\n"
                            "@ CAA 0 iodef \"mailto:**bold**@x.example\"\n"
                            "@ CAA 0 tagx \"&amp;\"\n"
                            "@ CAA 0 tagy \"[link](http://evil.example)\"\n";
    const ZoneText parsed = parseZoneText(zone);
    QList<IssuanceRequest> requests;
    for (const CaEntry &e : bundledCaDirectory().entries)
        requests << requestFor(e, CertificateKind::TlsSingle);
    CheckReport checked;
    checked.input = QStringLiteral("www.markup.test");
    const DomainParse name = parseDomainInput(checked.input);
    checked.inputOk = name.ok();
    checked.check = checkAgainstZone(parsed, name.name);
    completeReport(checked, requests, &bundledCaDirectory());
    // The ticket answer quotes records and names too: its fix lines and its resolver.
    TicketAnswer answer = ticketAnswer(checked.check, simulate(checked.check, bundledCaDirectory(), {}), bundledCaDirectory(),
                                       {QStringLiteral("Let's Encrypt")}, {CertificateKind::TlsSingle});
    Q_ASSERT(answer.items.size() == 1);
    answer.items.first().fix.remove << QStringLiteral("markup.test. IN CAA 0 issuewild \"a|b`c\"");
    answer.items.first().fix.text = QStringLiteral("[link](http://evil.example) **bold**");
    answer.resolver = QStringLiteral("<script>alert('x')</script>");
    answer.checkedAt = QDateTime::fromString(QStringLiteral("2026-11-30T12:00:00Z"), Qt::ISODate);
    answer.matrixIncluded = true;
    checked.answer = answer;
    // Diagnostics text from the network: a zone problem and a finding with markup.
    Diagnostics diag;
    diag.name = name.name;
    diag.authoritativeAsked = true;
    ZoneDiagnosis z;
    z.zone = "markup.test";
    z.names = {"www.markup.test"};
    z.problem = QStringLiteral("server said <script>alert('x')</script>");
    diag.zones << z;
    diag.findings << Finding{.severity = Severity::Warning, .code = QStringLiteral("x"), .message = QStringLiteral("**bold** [link](http://evil.example)"),
                             .fix = QStringLiteral("a|b`c"), .reference = QStringLiteral("&amp;"), .owner = {}, .hasRecord = false, .record = {}};
    checked.diagnostics = diag;

    CheckReport refused; // the user's own input, shown back in an input error
    refused.input = QStringLiteral("<b>x</b>](javascript:alert(1))");
    const DomainParse bad = parseDomainInput(refused.input);
    refused.inputOk = bad.ok();
    refused.inputError = bad.error;
    return {checked, refused};
}

// Links whose target is not the text they show: a forged link. (GFM turns a bare
// "www.example.com" into a link to itself; that shows where it goes and is not forged.)
QStringList forgedLinks(const QTextDocument &doc)
{
    QStringList out;
    auto visit = [&](QTextBlock b) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (!f.charFormat().isAnchor())
                continue;
            const QString href = f.charFormat().anchorHref();
            if (href.contains(QStringLiteral("javascript"), Qt::CaseInsensitive) || !href.endsWith(f.text()))
                out << f.text() + QStringLiteral(" -> ") + href;
        }
    };
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        visit(b);
    return out;
}

QList<int> tableColumns(const QTextDocument &doc)
{
    QList<int> out;
    for (QTextFrame *f : doc.rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(f))
            out << table->columns();
    return out;
}

} // namespace

class TestReportMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readBackAsText_data();
    void readBackAsText();
    void codeSpanReadBack_data();
    void codeSpanReadBack();
};

void TestReportMarkup::readBackAsText_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("Markdown (GitHub dialect)") << QStringLiteral("markdown");
    QTest::newRow("HTML") << QStringLiteral("html");
}

void TestReportMarkup::readBackAsText()
{
    QFETCH(QString, format);
    const QList<CheckReport> reports = hostileReports();
    QVERIFY2(reports[0].inputOk && reports[0].check.steps.size() >= 1, "the zone check ran");
    QVERIFY(!reports[1].inputOk);
    QTextDocument doc;
    const QString written = format == QStringLiteral("html") ? reportsToHtml(reports) : reportsToMarkdown(reports);
    if (format == QStringLiteral("html"))
        doc.setHtml(written);
    else
        doc.setMarkdown(written, QTextDocument::MarkdownDialectGitHub);
    const QString shown = doc.toPlainText();
    // Every value is shown as written (markup would have been consumed or split).
    for (const QString &value : hostileValues)
        QVERIFY2(shown.contains(value), qPrintable(value + QStringLiteral(" not shown literally in:\n") + shown));
    QVERIFY2(shown.contains(reports[1].input), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Checked 2026-11-30 12:00:00 UTC through <script>alert('x')</script>.")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Remove: markup.test. IN CAA 0 issuewild \"a|b`c\"")), qPrintable(shown));
    QVERIFY(shown.indexOf(QStringLiteral("Answer:")) < shown.indexOf(QStringLiteral("Appendix: every CA and certificate kind")));
    // No link that shows one thing and goes elsewhere, and no table gained or lost a column.
    QCOMPARE(forgedLinks(doc), QStringList());
    const QList<int> columns = tableColumns(doc);
    QVERIFY2(!columns.isEmpty(), "the climb and decisions tables are there");
    for (const int c : columns)
        QVERIFY2(c == 3 || c == 4, qPrintable(QString::number(c)));
    // No raw tag in Markdown outside code spans: every '<' of a value is escaped there.
    if (format == QStringLiteral("markdown"))
        QVERIFY2(!written.contains(QStringLiteral("](javascript")) || written.contains(QStringLiteral("\\](javascript")), qPrintable(written));
}

void TestReportMarkup::codeSpanReadBack_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("letsencrypt.org") << QStringLiteral("letsencrypt.org");
    QTest::newRow("backticks inside") << QStringLiteral("a``b") << QStringLiteral("a``b");
    QTest::newRow("starts with a backtick") << QStringLiteral("`x") << QStringLiteral("`x");
    QTest::newRow("empty: said, not two backticks") << QString() << QStringLiteral("(empty)");
}

// What a Markdown reader shows for Markdown::code(value) in a paragraph.
void TestReportMarkup::codeSpanReadBack()
{
    QFETCH(QString, value);
    QFETCH(QString, shown);
    QTextDocument doc;
    doc.setMarkdown(QStringLiteral("value: ") + Markdown::code(value, false), QTextDocument::MarkdownDialectGitHub);
    QCOMPARE(doc.toPlainText(), QStringLiteral("value: ") + shown);
}

QTEST_MAIN(TestReportMarkup)
#include "tst_reportmarkup.moc"
