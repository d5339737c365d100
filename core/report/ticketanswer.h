#pragma once

#include "engine/simulator.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Caa {

/// What to change in DNS so that a refused request would be permitted.
struct RecordFix
{
    /// Zone-file lines to remove first (a record that forbids every CA, a malformed one).
    QStringList remove;
    /// Zone-file lines to add ("shop.example.net. IN CAA 0 issue \"letsencrypt.org\"").
    QStringList add;
    /// What to do, in one sentence, when it is not (only) a record: the nameservers to
    /// mend, a critical flag to clear. Empty when `add` says it all.
    QString text;

    bool isEmpty() const { return remove.isEmpty() && add.isEmpty() && text.isEmpty(); }
    friend bool operator==(const RecordFix &, const RecordFix &) = default;
};

/// The change that turns `decision` (for `request`, over `check`) into a permit: for a
/// CA the relevant set does not name, the `issue` / `issuewild` / `issuemail` /
/// `issuevmc` record that names it (with the request's account and method when it has
/// them) at the owner of the relevant set; for a forbidding or malformed record, which
/// to replace; for a critical unknown tag, the flag to clear; for a lookup failure, the
/// level that must answer. Empty for a permit.
RecordFix fixFor(const CheckResult &check, const IssuanceRequest &request, const Decision &decision);

/// One line of a ticket answer: a CA and a kind the user looks at, with the verdict,
/// its cause (Decision::explanation) and the fix.
struct AnswerItem
{
    IssuanceRequest request; ///< the CA and the kind
    Decision decision;
    RecordFix fix;
};

/// The answer a report starts with: what the user is looking at, decided, with what to
/// change, how it was looked up and when. The full CA × kind matrix follows it only when
/// `matrixIncluded`.
struct TicketAnswer
{
    QString headline;          ///< the verdict line for these CAs (verdictLine())
    QList<AnswerItem> items;   ///< one per CA × kind asked about
    /// What to mend when the lookup failed, said once for every CA (empty otherwise).
    QString advice;
    QString resolver;          ///< "System resolver (answers from 127.0.0.1:53)"
    QDateTime checkedAt;       ///< UTC
    bool matrixIncluded = false;
};

/// The answer for `cas` (directory names) × `kinds` over `matrix` (simulate() of
/// `check`). With no `cas`, the CAs the relevant set authorises for the first kind;
/// with no `kinds`, the kind the name is checked for (single name, wildcard or S/MIME).
/// CAs not in the matrix are left out.
TicketAnswer ticketAnswer(const CheckResult &check, const SimulationMatrix &matrix, const CaDirectory &directory,
                          const QStringList &cas, const QList<CertificateKind> &kinds);

/// "System resolver (answers from 127.0.0.1:53)": the label of the source the user chose,
/// with the servers that answered the climb.
QString resolverDescription(const QString &sourceLabel, const CheckResult &check);

/// "Single name", "Wildcard", "S/MIME", "VMC": the kind in words for reports.
QString certificateKindWords(CertificateKind kind);

} // namespace Caa
