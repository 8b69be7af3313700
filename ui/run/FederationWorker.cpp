#include "ui/run/FederationWorker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QMutexLocker>
#include <exception>

using namespace Qt::StringLiterals;

namespace fed::ui {

QString localFednodeProgram() {
    const QString env = qEnvironmentVariable("FEDSTUDIO_FEDNODE");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"fednode"_s);
}

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

FederationWorker::~FederationWorker() {
    releaseFederation();
}

void FederationWorker::releaseFederation() {
    m_federation.reset();
    if (m_network) {
        m_network->shutdown(
            [this](const QString& line) { m_mailbox->post(CoordinatorLine{line}); });
        m_network.reset();
    }
}

bool FederationWorker::createNetworked(const FederationSpec& spec, const QString& runPath,
                                       const net::NetworkedStart& how) {
    WorkerMailbox* mailbox = m_mailbox;
    auto log = [mailbox](const QString& line) {
        mailbox->post(CoordinatorLine{QDateTime::currentDateTimeUtc().toString(u"HH:mm:ss.zzz"_s) +
                                      u' ' + line});
    };
    auto nodeEvent = [mailbox](const net::NodeEvent& event) { mailbox->post(event); };
    Result<net::NetworkedFederation> created = fed::fail(QString());
    const auto create = [&] {
        created = net::createNetworked(spec, runPath, &m_forwarder, localFednodeProgram(), log, how,
                                       nodeEvent);
    };
    if (m_normalPriority)
        m_normalPriority(create);
    else
        create();
    if (!created) {
        fail(created.error());
        return false;
    }
    m_network = std::make_unique<net::NetworkedFederation>(std::move(*created));
    m_federation = std::move(m_network->federation);
    m_mailbox->post(NodesPlanned{m_network->nodes, m_network->launchFailures});
    // The first round waits for every node to join (up to the join window, or until all that
    // have not joined failed to launch); a node that does not come is a dropout like any other.
    m_network->waitForNodes(log, m_stop);
    return true;
}

void FederationWorker::start(const FederationSpec& spec, const QString& runPath) {
    releaseFederation();
    // The engine reports its errors as Result; anything thrown past it (LibTorch, std::bad_alloc)
    // stops here, at the thread's edge, and reaches the GUI as a message.
    try {
        if (spec.launch.mode != LaunchMode::InProcess) {
            if (!createNetworked(spec, runPath, {}))
                return;
            run();
            return;
        }
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

void FederationWorker::resume(const QString& runPath, const QString& kitDir) {
    releaseFederation();
    try {
        // A networked run continues with its nodes: the same library call as fedctl resume.
        auto stored = Federation::storedSpec(runPath);
        if (!stored) {
            fail(stored.error());
            return;
        }
        if (stored->launch.mode != LaunchMode::InProcess) {
            net::NetworkedStart how;
            how.resume = true;
            how.kitDir = kitDir;
            how.kitDirName = tr("The kit folder %1").arg(QDir::toNativeSeparators(kitDir));
            if (!createNetworked(*stored, runPath, how))
                return;
            run();
            return;
        }
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
    releaseFederation();
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
            releaseFederation();
            m_mailbox->post(FederationReleased{});
        }
        m_mailbox->post(std::move(*summary));
    } catch (const std::exception& e) {
        fail(QString::fromLocal8Bit(e.what()));
    }
}

void FederationWorker::fail(const QString& message) {
    releaseFederation();
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
