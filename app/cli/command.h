#pragma once

// What every caa-inspector-cli command shares: its output streams, exit codes, usage
// errors and --ca resolution. One command per file (check, generate, cas), as
// keepassxc-cli does; main.cpp only dispatches. Each run*() takes the arguments (the first
// being "caa-inspector-cli COMMAND") and returns the exit status, so a test can call it in
// process with the streams redirected.

#include "ca/cadirectory.h"
#include "engine/checksession.h"
#include "engine/decision.h"
#include "ct/ctfetchoptions.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

class QCommandLineParser;
class QDate;
class QCoreApplication;
class QIODevice;

namespace Caa::Cli {

constexpr int ExitUsage = 3;
constexpr int ExitInterrupted = 130; // 128 + SIGINT, as shells report it

/// Standard output and standard error, or the devices redirectOutput() set.
QTextStream &out();
QTextStream &err();
/// Bytes already in UTF-8 onto out()'s device, after what was written to out() before:
/// a big run's output skips QTextStream's conversion to UTF-16 and back.
void writeOut(QByteArrayView utf8);
/// Everything written to out(), as text or with writeOut(), handed to the system.
void flushOut();
/// For in-process tests: write out() and err() to these devices (nullptr: back to the
/// standard streams).
void redirectOutput(QIODevice *outDevice, QIODevice *errDevice);

/// Parses `args`; the exit status to return at once when they are wrong (a usage error
/// printed) or --help was asked (the help printed), nullopt to go on.
std::optional<int> parseOrHelp(QCommandLineParser &p, const QStringList &args);

/// Prints "caa-inspector-cli: MESSAGE" and the --help hint on err(); returns ExitUsage.
int usageError(const QString &message);
/// Prints "caa-inspector-cli: MESSAGE" (networkModule()'s error: the module with the Qt
/// Network features cannot be loaded) without the --help hint; returns ExitUsage.
int moduleMissing(const QString &message);

/// --ca values: a directory name (case-insensitive) or a CAA identifier (a CA the
/// directory does not know gets the rfc profile). False with `error` set otherwise.
bool resolveCas(const CaDirectory &directory, const QStringList &values, QList<IssuanceRequest> &requests, QString &error);

/// The options that say where lookups go, shared by check and explain: --server,
/// --timeout-ms, --tries, --ns-port, --failure-origin-compare, --no-failure-origin,
/// --zone-file and --origin.
void addLookupOptions(QCommandLineParser &p);
/// Reads them into `source`; false with `error` (a usage error) when one is wrong. The
/// zone file is loaded here, so a bad one is refused before anything is sent.
bool readLookupOptions(const QCommandLineParser &p, LookupSource &source, QString &error);

/// --as-of (YYYY-MM-DD) into `asOf`, left invalid (today) when not given; false with
/// `error` for a date that is not one.
bool readAsOf(const QCommandLineParser &p, QDate &asOf, QString &error);

/// --ct, --ct-service, --ct-url and --ct-timeout-ms (asking a CT search service, issue #19).
void addCtFetchOptions(QCommandLineParser &p);
/// Reads them (the SSLMate key from the environment variable SSLMATE_API_KEY); nullopt
/// with `error` when one is wrong.
std::optional<CtFetchOptions> readCtFetchOptions(const QCommandLineParser &p, QString &error);

int runCheck(QCoreApplication &app, const QStringList &args);
int runExplain(QCoreApplication &app, const QStringList &args);
int runGenerate(const QStringList &args);
int runCt(const QStringList &args);
int runCas(const QStringList &args);

} // namespace Caa::Cli
