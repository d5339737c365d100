#pragma once

#include <QMetaObject>
#include <QObject>

#include <functional>
#include <utility>

namespace Caa {

/// One call of `function`, queued on the event loop of `context`'s thread, that post()
/// asks for however often it is asked until it runs: many events (lookups started,
/// queries written, answers read) are served by one call once the loop comes round. The
/// call clears the request before it runs, so the function may ask again.
///
/// Owned by `context` or by an object that `context` outlives: the queued call refers to
/// this object, and Qt drops it when `context` is destroyed.
class PostedCall
{
    Q_DISABLE_COPY_MOVE(PostedCall)

public:
    PostedCall(QObject *context, std::function<void()> function)
        : m_context(context), m_function(std::move(function))
    {
    }

    void post()
    {
        if (m_posted)
            return;
        m_posted = true;
        QMetaObject::invokeMethod(m_context, [this] {
            m_posted = false;
            m_function();
        }, Qt::QueuedConnection);
    }

private:
    QObject *m_context;
    std::function<void()> m_function;
    bool m_posted = false;
};

} // namespace Caa
