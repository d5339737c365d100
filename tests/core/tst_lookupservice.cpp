// LookupService::lookupFor delivers each answer to the one asker that asked for it.
#include "dns/lookupservice.h"

#include <QTest>

#include <memory>

using namespace Caa;

namespace {

// Answers every lookup when told to, in the order asked; counts nothing itself.
class ManualService final : public Dns::LookupService
{
public:
    quint64 lookup(const QByteArray &name, quint16 type) override
    {
        Dns::LookupResult r;
        r.name = name;
        r.type = type;
        r.status = Dns::LookupStatus::Answered;
        m_pending.append({++m_next, r});
        return m_next;
    }
    void cancelAll() override {}
    void answerAll()
    {
        const auto pending = std::exchange(m_pending, {});
        for (const auto &[ticket, result] : pending)
            Q_EMIT finished(ticket, result);
    }

private:
    quint64 m_next = 0;
    QList<std::pair<quint64, Dns::LookupResult>> m_pending;
};

} // namespace

class TestLookupService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachAnswerGoesToItsAskerOnly();
    void goneReceiverIsSkipped();
    void handlerMayAskAgain();
};

void TestLookupService::eachAnswerGoesToItsAskerOnly()
{
    ManualService service;
    const int askers = 1000;
    std::vector<std::unique_ptr<QObject>> receivers;
    QList<int> calls(askers, 0);
    QList<QByteArray> names(askers);
    for (int i = 0; i < askers; ++i) {
        receivers.push_back(std::make_unique<QObject>());
        const QByteArray name = "n" + QByteArray::number(i) + ".test";
        service.lookupFor(receivers.back().get(), name, Dns::Type::CAA, [&calls, &names, i](quint64, const Dns::LookupResult &r) {
            ++calls[i];
            names[i] = r.name;
        });
    }
    service.answerAll();
    for (int i = 0; i < askers; ++i) {
        QCOMPARE(calls[i], 1);
        QCOMPARE(names[i], "n" + QByteArray::number(i) + ".test");
    }
    service.answerAll(); // nothing left: no second delivery
    QCOMPARE(std::count(calls.cbegin(), calls.cend(), 1), qsizetype(askers));
}

void TestLookupService::goneReceiverIsSkipped()
{
    ManualService service;
    int called = 0;
    auto receiver = std::make_unique<QObject>();
    service.lookupFor(receiver.get(), "a.test", Dns::Type::CAA, [&called](quint64, const Dns::LookupResult &) { ++called; });
    receiver.reset();
    service.answerAll();
    QCOMPARE(called, 0);
}

void TestLookupService::handlerMayAskAgain()
{
    ManualService service;
    QObject receiver;
    QList<QByteArray> seen;
    service.lookupFor(&receiver, "first.test", Dns::Type::CAA, [&](quint64, const Dns::LookupResult &r) {
        seen << r.name;
        service.lookupFor(&receiver, "second.test", Dns::Type::CAA, [&](quint64, const Dns::LookupResult &again) { seen << again.name; });
    });
    service.answerAll();
    service.answerAll();
    QCOMPARE(seen, (QList<QByteArray>{"first.test", "second.test"}));
}

QTEST_GUILESS_MAIN(TestLookupService)
#include "tst_lookupservice.moc"
