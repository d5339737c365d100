#pragma once

#include "engine/climb.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace Caa {
namespace Dns {
class LookupService;
}
class CheckJob;

/// The names of a pasted or saved list: one per line, '#' starts a comment, blank lines
/// and surrounding spaces are ignored. Nothing is validated here (parseDomainInput does).
QStringList parseNameList(const QString &text);

/// Checks many names in one run (RFC 8659 §3 climb for each).
///
/// At most `maxNamesInFlight` names are being climbed at once; give it a
/// Dns::QueryScheduler as the service so that the queries in flight are bounded too and
/// the ancestors the names share are asked once. Results arrive in any order through
/// nameFinished(); finished() comes once, after the last name or after cancel().
class BulkCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCheck)

public:
    /// `service` must outlive the run.
    BulkCheck(Dns::LookupService *service, const QList<DomainName> &names, int maxNamesInFlight = 64, QObject *parent = nullptr);
    ~BulkCheck() override;

    void start();
    /// Stops the run: names being climbed and names not started stay unchecked
    /// (isChecked() false), pending lookups are cancelled, finished(true) follows at once.
    void cancel();

    int total() const;
    int checkedCount() const;
    bool isFinished() const;
    bool wasCancelled() const;
    /// The climb of name `index` (in the order given); meaningful when isChecked(index).
    const CheckResult &result(int index) const;
    bool isChecked(int index) const;

Q_SIGNALS:
    void nameFinished(int index);
    void progress(int checked, int total);
    void finished(bool cancelled);

private:
    void startMore();
    void onJobFinished(int index, CheckJob *job);

    Dns::LookupService *m_service;
    QList<CheckResult> m_results;
    QList<bool> m_checked;
    QList<CheckJob *> m_active;
    int m_next = 0;
    int m_checkedCount = 0;
    int m_maxActive;
    bool m_started = false;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace Caa
