#include "ui/run/FederationWorker.h"

#include <QMutexLocker>
#include <exception>

namespace fed::ui {

void WorkerMailbox::post(WorkerEvent event) {
    {
        QMutexLocker lock(&m_mutex);
        m_events.push_back(std::move(event));
    }
    if (!m_wakePending.exchange(true))
        m_wake();
}

std::vector<WorkerEvent> WorkerMailbox::take() {
    // Re-armed before taking: whatever is posted after this point wakes the reader again.
    m_wakePending = false;
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_events, {});
}

FederationWorker::FederationWorker(const std::atomic<bool>* stop, WorkerMailbox* mailbox)
    : m_stop(stop)
    , m_mailbox(mailbox)
    , m_forwarder(mailbox) {}

FederationWorker::~FederationWorker() = default;

void FederationWorker::start(const FederationSpec& spec, const QString& runPath) {
    m_federation.reset();
    // The engine reports its errors as Result; anything thrown past it (LibTorch, std::bad_alloc)
    // stops here, at the thread's edge, and reaches the GUI as a message.
    try {
        auto created = Federation::create(spec, runPath, &m_forwarder);
        if (!created) {
            fail(created.error());
            return;
        }
        m_federation = std::move(*created);
    } catch (const std::exception& e) {
        fail(QString::fromLocal8Bit(e.what()));
        return;
    }
    run();
}

void FederationWorker::resume(const QString& runPath) {
    m_federation.reset();
    try {
        auto resumed = Federation::resume(runPath, &m_forwarder);
        if (!resumed) {
            fail(resumed.error());
            return;
        }
        m_federation = std::move(*resumed);
    } catch (const std::exception& e) {
        fail(QString::fromLocal8Bit(e.what()));
        return;
    }
    run();
}

void FederationWorker::continueRun() {
    if (!m_federation) {
        fail(tr("The paused federation is no longer in memory; resume it from its run file."));
        return;
    }
    run();
}

void FederationWorker::release() {
    m_federation.reset();
    m_mailbox->post(FederationReleased{});
}

void FederationWorker::run() {
    try {
        auto summary = m_federation->run(*m_stop);
        if (!summary) {
            fail(summary.error());
            return;
        }
        // A stopped federation stays in memory so that a pause can continue it without
        // reloading the data; the controller releases it when the stop was not a pause.
        if (summary->status != RunStatus::Stopped) {
            m_federation.reset();
            m_mailbox->post(FederationReleased{});
        }
        m_mailbox->post(std::move(*summary));
    } catch (const std::exception& e) {
        fail(QString::fromLocal8Bit(e.what()));
    }
}

void FederationWorker::fail(const QString& message) {
    m_federation.reset();
    m_mailbox->post(FederationReleased{});
    m_mailbox->post(RunFailure{message});
}

void FederationWorker::Forwarder::runStarted(const RunStartedEvent& event) {
    m_mailbox->post(event);
}

void FederationWorker::Forwarder::roundStarted(int round, const std::vector<int>& selectedClients) {
    m_mailbox->post(RoundStart{round, QList<int>(selectedClients.begin(), selectedClients.end())});
}

void FederationWorker::Forwarder::clientFinished(const ClientRoundRecord& record) {
    m_mailbox->post(record);
}

void FederationWorker::Forwarder::roundFinished(const RoundRecord& record) {
    m_mailbox->post(record);
}

void FederationWorker::Forwarder::contributionsScored(int round,
                                                      const std::vector<ContributionRecord>& rows) {
    m_mailbox->post(ContributionsScored{round, rows});
}

} // namespace fed::ui
