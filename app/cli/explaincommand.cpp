// caa-inspector-cli explain: read a CA's pasted error, check what it names, answer in one
// paragraph (issue #20).
#include "command.h"

#include "ca/directorystore.h"
#include "engine/checksession.h"
#include "explain/explainjob.h"
#include "explain/explanation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include <unistd.h>

namespace Caa::Cli {

namespace {

// The same bound readCaErrors() reads: a pasted log, not a disk image.
constexpr qint64 MaxPastedText = 1024 * 1024;

} // namespace

int runExplain(QCoreApplication &app, const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("ExplainCommand",
        "Read a CA's error message (from certbot, lego, acme.sh, Caddy, cert-manager, win-acme, a CA portal, or ACME problem JSON), "
        "find the CA, the names and the kind of CAA problem, check those names now and answer in one paragraph: what the CA saw, "
        "what the DNS says now, whether they agree, and what to change.\n"
        "TEXT is the message; '-' (or no TEXT) reads it from standard input.\n"
        "Exit status as check: 0 permit, 1 deny, 2 lookup failure, 3 nothing recognised or a usage error."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("ExplainCommand", "The error message, or '-' for standard input."), QStringLiteral("TEXT|-"));
    p.addOption({QStringLiteral("format"), QCoreApplication::translate("ExplainCommand", "Output: text, json or markdown (default text)."), QStringLiteral("FORMAT"),
                 QStringLiteral("text")});
    p.addOption({QStringLiteral("no-check"), QCoreApplication::translate("ExplainCommand", "Only read the text: no lookups (offline).")});
    p.addOption({QStringLiteral("ca"), QCoreApplication::translate("ExplainCommand", "Decide for this CA instead of the one the text names: a directory name or a CAA identifier (repeatable)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("account"), QCoreApplication::translate("CheckCommand", "ACME account URI making the request (RFC 8657 accounturi)."), QStringLiteral("URI")});
    p.addOption({QStringLiteral("as-of"), QCoreApplication::translate("ExplainCommand", "Decide as of this day (YYYY-MM-DD; default today, UTC)."), QStringLiteral("DATE")});
    addLookupOptions(p);
    if (const std::optional<int> done = parseOrHelp(p, args))
        return *done;
    const QString format = p.value(QStringLiteral("format"));
    if (format != QStringLiteral("text") && format != QStringLiteral("json") && format != QStringLiteral("markdown"))
        return usageError(QCoreApplication::translate("ExplainCommand", "--format must be text, json or markdown, not \"%1\".").arg(format));
    LookupSource source;
    QString error;
    if (!readLookupOptions(p, source, error))
        return usageError(error);
    QDate asOf;
    if (QString asOfError; !readAsOf(p, asOf, asOfError))
        return usageError(asOfError);
    const QByteArray account = p.value(QStringLiteral("account")).toUtf8();
    if (p.isSet(QStringLiteral("account")) && account.isEmpty())
        return usageError(QCoreApplication::translate("CheckCommand", "--account needs a URI."));

    // The text: the arguments, or standard input.
    QString text;
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty() || positional == QStringList{QStringLiteral("-")}) {
        if (positional.isEmpty() && ::isatty(STDIN_FILENO))
            return usageError(QCoreApplication::translate("ExplainCommand", "paste the CA's error as TEXT, or give '-' and pipe it in."));
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usageError(QCoreApplication::translate("ExplainCommand", "cannot read standard input."));
        const QByteArray bytes = in.read(MaxPastedText);
        if (bytes.contains('\0'))
            return usageError(QCoreApplication::translate("ExplainCommand", "standard input is binary data, not an error message."));
        text = QString::fromUtf8(bytes);
    } else {
        text = positional.join(u' ');
    }
    if (text.trimmed().isEmpty())
        return usageError(QCoreApplication::translate("ExplainCommand", "the error message is empty."));

    const CaDirectory directory = activeCaDirectory();
    QList<IssuanceRequest> chosen;
    if (p.isSet(QStringLiteral("ca")) && !resolveCas(directory, p.values(QStringLiteral("ca")), chosen, error))
        return usageError(error);

    const QList<CaProblem> problems = readCaErrors(text, &directory);
    QList<CheckReport> reports;
    const bool checked = !p.isSet(QStringLiteral("no-check")) && !problems.isEmpty();
    if (checked) {
        QList<ExplainTarget> targets = explainTargets(problems);
        QStringList chosenNames;
        for (const IssuanceRequest &req : std::as_const(chosen))
            chosenNames << req.caName;
        auto adjust = [&](IssuanceRequest &req) {
            req.accountUri = account;
            req.asOf = asOf;
        };
        // --ca decides for the CAs chosen (one outside the directory with the rfc
        // profile, as check does) instead of the one the text names.
        CaDirectory decideFor = directory;
        if (!chosen.isEmpty()) {
            decideFor.entries.clear();
            for (const IssuanceRequest &req : std::as_const(chosen)) {
                CaEntry e = directory.findByName(req.caName) ? *directory.findByName(req.caName) : CaEntry{};
                if (e.name.isEmpty()) {
                    e.name = req.caName;
                    e.identifiers = req.identifiers;
                    e.profileId = req.profile.id;
                }
                decideFor.entries << e;
            }
            for (ExplainTarget &t : targets)
                t.cas = chosenNames;
        }
        CheckSession session;
        session.setSource(source);
        ExplainJob job(session, targets, decideFor, adjust);
        QObject::connect(&job, &ExplainJob::finished, &app, [] { QCoreApplication::quit(); });
        job.start();
        if (!job.isFinished())
            QCoreApplication::exec();
        if (!job.error().isEmpty()) {
            err() << "caa-inspector-cli: " << job.error() << Qt::endl;
            return 2;
        }
        reports = job.reports();
    }
    QList<CaProblem> shown = problems;
    if (!chosen.isEmpty())
        for (CaProblem &problem : shown)
            problem.ca = chosen.first().caName;
    const QString answer = explainAnswer(shown, reports, checked || problems.isEmpty());
    if (format == QStringLiteral("json"))
        out() << QString::fromUtf8(explanationToJson(problems, reports, answer));
    else if (format == QStringLiteral("markdown"))
        out() << explanationToMarkdown(problems, reports, answer);
    else
        out() << explanationToText(problems, reports, answer);
    out().flush();
    return explainExitStatus(problems, reports);
}

} // namespace Caa::Cli
