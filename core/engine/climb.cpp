#include "engine/climb.h"

#include <algorithm>

namespace Caa {

LevelOutcome classifyLevel(const Dns::LookupResult &result, bool isTld)
{
    if (!result.isAnswered())
        return LevelOutcome::Failure;
    if (result.rcode == Dns::Rcode::NXDomain)
        return isTld ? LevelOutcome::Failure : LevelOutcome::Empty;
    if (result.rcode != Dns::Rcode::NoError)
        return LevelOutcome::Failure;
    return result.caa.isEmpty() ? LevelOutcome::Empty : LevelOutcome::Records;
}

QString levelOutcomeName(LevelOutcome outcome)
{
    switch (outcome) {
    case LevelOutcome::Pending: return QStringLiteral("pending");
    case LevelOutcome::Records: return QStringLiteral("records");
    case LevelOutcome::Empty: return QStringLiteral("empty");
    case LevelOutcome::Failure: return QStringLiteral("failure");
    }
    return QString();
}

LevelOutcome CheckResult::levelOutcome(int index) const
{
    if (index < 0 || index >= steps.size() || !answered.value(index))
        return LevelOutcome::Pending;
    return classifyLevel(steps[index], index == steps.size() - 1);
}

bool CheckResult::anyLevelTimedOut() const
{
    return std::any_of(steps.cbegin(), steps.cend(), [](const Dns::LookupResult &step) { return step.status == Dns::LookupStatus::Timeout; });
}

QList<Dns::CaaAnswer> CheckResult::relevantRecords() const
{
    if (verdict != ClimbVerdict::Found)
        return {};
    return steps[decidingIndex].caa;
}

QByteArray CheckResult::relevantName() const
{
    return verdict == ClimbVerdict::Found ? steps[decidingIndex].name : QByteArray();
}

void selectRelevant(CheckResult &check)
{
    check.verdict = ClimbVerdict::NoRecords;
    check.decidingIndex = -1;
    for (int i = 0; i < check.steps.size(); ++i) {
        switch (check.levelOutcome(i)) {
        case LevelOutcome::Pending:
            check.verdict = ClimbVerdict::Incomplete;
            return;
        case LevelOutcome::Failure:
            check.verdict = ClimbVerdict::Failure;
            check.decidingIndex = i;
            return;
        case LevelOutcome::Records:
            check.verdict = ClimbVerdict::Found;
            check.decidingIndex = i;
            return;
        case LevelOutcome::Empty:
            break;
        }
    }
}

CheckResult makeCheck(const DomainName &name)
{
    CheckResult check;
    check.name = name;
    const QList<QByteArray> levels = name.climbNames();
    check.steps.reserve(levels.size());
    for (const QByteArray &level : levels) {
        Dns::LookupResult pending;
        pending.name = level;
        check.steps.append(std::move(pending));
    }
    check.answered.fill(false, levels.size());
    selectRelevant(check);
    return check;
}

} // namespace Caa
