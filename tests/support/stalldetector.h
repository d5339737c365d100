#pragma once

// Measures how long the event loop was kept from running: a timer asks to run every
// `tickMs`; the longest gap between two runs, less the tick, is the longest stall. What
// runs on the event loop (a slot, a model reset, a dialog being built) shows up here; a
// sleeping test does not.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace CaaTest {

class StallDetector
{
public:
    explicit StallDetector(int tickMs = 2) : m_tickMs(tickMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(tickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = qMax(m_longest, now - m_last - m_tickMs);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    /// The longest time (ms) the event loop did not get to run the timer.
    qint64 longestStallMs() const { return m_longest; }
    /// Forget what was measured so far (e.g. after set-up that is not under test).
    void reset()
    {
        m_last = m_clock.elapsed();
        m_longest = 0;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_tickMs;
};

/// The budget for one stall: 50 ms, more when the build is instrumented (AddressSanitizer
/// makes every allocation several times slower; that is not what the budget measures).
inline qint64 stallBudgetMs()
{
#if defined(__SANITIZE_ADDRESS__)
    return 50 * 4;
#else
    return 50;
#endif
}

} // namespace CaaTest
