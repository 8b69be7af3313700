#include "ui/run/FederationController.h"

#include <QElapsedTimer>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cerrno>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

//! The most time one turn of the event loop spends emitting the federation's reports.
constexpr qint64 kDrainBudgetMs = 8;

//! What `nice` adds by default: background work that yields the CPU to interactive work.
constexpr int kEngineNiceIncrement = 10;

//! Lowers the calling thread's CPU priority. The training threads the federation starts from
//! this thread inherit it, so that on a machine with fewer cores than busy threads the GUI
//! thread still gets the CPU when it needs it: an engine thread at equal priority would take
//! turns with it and stall the event loop for whole scheduler periods.
void yieldCpuToGui() {
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread (setpriority(2), "BUGS"); new threads inherit it.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0)
        (void)::setpriority(PRIO_PROCESS, tid, std::min(19, current + kEngineNiceIncrement));
#endif
}

} // namespace

void registerFederationEventTypes() {
    qRegisterMetaType<RunStartedEvent>();
    qRegisterMetaType<RoundRecord>();
    qRegisterMetaType<ClientRoundRecord>();
    qRegisterMetaType<RunSummary>();
    qRegisterMetaType<std::vector<ContributionRecord>>();
    qRegisterMetaType<QList<int>>();
    qRegisterMetaType<net::NodeEvent>();
}

FederationController::FederationController(QObject* parent)
    : QObject(parent)
    , m_mailbox([this] {
        // Called on the federation's thread: queue one drain on this object's thread.
        QMetaObject::invokeMethod(this, &FederationController::drain, Qt::QueuedConnection);
    }) {
    registerFederationEventTypes();
    m_thread.setObjectName(u"federation"_s);
    m_worker = new FederationWorker(&m_stop, &m_mailbox);
    m_coordinatorThread.setObjectName(u"coordinator-start"_s);
    m_coordinatorContext = new QObject;
    m_coordinatorContext->moveToThread(&m_coordinatorThread);
    connect(&m_coordinatorThread, &QThread::finished, m_coordinatorContext, &QObject::deleteLater);
    m_coordinatorThread.start();
    m_worker->setNormalPriorityRunner(
        [context = m_coordinatorContext](const std::function<void()>& fn) {
            QMetaObject::invokeMethod(context, fn, Qt::BlockingQueuedConnection);
        });
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, m_worker, &yieldCpuToGui, Qt::DirectConnection);
    m_thread.start();
}

void FederationController::drain() {
    for (WorkerEvent& e : m_mailbox.take())
        m_inbox.push_back(std::move(e));
    QElapsedTimer clock;
    clock.start();
    while (!m_inbox.empty()) {
        WorkerEvent event = std::move(m_inbox.front());
        m_inbox.pop_front();
        dispatch(event);
        if (!m_inbox.empty() && clock.elapsed() >= kDrainBudgetMs) {
            // A timer, not a posted call: posted events are delivered before the page paints.
            if (!m_drainScheduled) {
                m_drainScheduled = true;
                QTimer::singleShot(0, this, [this] {
                    m_drainScheduled = false;
                    drain();
                });
            }
            return;
        }
    }
}

void FederationController::dispatch(WorkerEvent& event) {
    std::visit(
        [this](auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, RunStartedEvent>) {
                m_runPath = e.runPath;
                if (m_state == State::Starting)
                    setState(State::Running);
                Q_EMIT runStarted(e);
            } else if constexpr (std::is_same_v<T, RoundStart>) {
                Q_EMIT roundStarted(e.round, e.selected);
            } else if constexpr (std::is_same_v<T, ClientRoundRecord>) {
                Q_EMIT clientFinished(e);
            } else if constexpr (std::is_same_v<T, RoundRecord>) {
                Q_EMIT roundFinished(e);
            } else if constexpr (std::is_same_v<T, ContributionsScored>) {
                Q_EMIT contributionsScored(e.round, e.rows);
            } else if constexpr (std::is_same_v<T, RunSummary>) {
                onFinished(e);
            } else if constexpr (std::is_same_v<T, RunFailure>) {
                onFailed(e.message);
            } else if constexpr (std::is_same_v<T, FederationReleased>) {
                m_paused = false;
            } else if constexpr (std::is_same_v<T, NodesPlanned>) {
                launchNodes(e.nodes, e.failures);
            } else if constexpr (std::is_same_v<T, CoordinatorLine>) {
                Q_EMIT coordinatorLogLine(e.line);
            } else if constexpr (std::is_same_v<T, NodeEventReport>) {
                Q_EMIT nodeEvent(e);
            }
        },
        event);
}

FederationController::~FederationController() {
    // Graceful first: the round in progress completes and is committed, then run() returns
    // and the thread's event loop can quit. The worker (and any paused federation) is deleted
    // on its own thread as the thread finishes.
    m_stop = true;
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
    // Only now: the federation's thread may have been waiting on this one.
    m_coordinatorThread.quit();
    m_coordinatorThread.wait();
    // The launchers' destructors end whatever node processes are left.
    m_nodes.reset();
}

void FederationController::launchNodes(const std::vector<net::NodePlan>& plans,
                                       std::shared_ptr<net::LaunchFailures> failures) {
    m_nodes = std::make_unique<net::NodeGroup>();
    connect(m_nodes.get(), &net::NodeGroup::nodeLog, this, &FederationController::nodeLogLine);
    connect(m_nodes.get(), &net::NodeGroup::nodeState, this,
            &FederationController::nodeStateChanged);
    connect(m_nodes.get(), &net::NodeGroup::nodeProblem, this,
            [this](int, const QString& message) { Q_EMIT coordinatorLogLine(message); });
    Q_EMIT nodesPlanned(plans);
    m_nodes->start(plans, std::move(failures));
}

void FederationController::windDownNodes() {
    if (!m_nodes || m_nodes->allDone())
        return;
    // The coordinator told the nodes the federation is over; those that have not left after
    // a grace period are stopped (SIGTERM, then SIGKILL).
    QTimer::singleShot(5000, m_nodes.get(), [nodes = m_nodes.get()] { nodes->stop(3000); });
}

bool FederationController::isBusy() const {
    switch (m_state) {
    case State::Starting:
    case State::Running:
    case State::Pausing:
    case State::Stopping:
        return true;
    default:
        return false;
    }
}

void FederationController::start(const FederationSpec& spec, const QString& runPath) {
    if (isBusy())
        return;
    m_stop = false;
    m_paused = false;
    m_runPath = runPath;
    m_nodes.reset();
    setState(State::Starting);
    // A paused federation still in the worker is replaced (start() resets it there).
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, spec, runPath] { worker->start(spec, runPath); },
        Qt::QueuedConnection);
}

void FederationController::resume(const QString& runPath, const QString& kitDir) {
    if (isBusy())
        return;
    m_stop = false;
    if (m_paused && runPath == m_runPath) {
        setState(State::Running);
        QMetaObject::invokeMethod(m_worker, &FederationWorker::continueRun, Qt::QueuedConnection);
        return;
    }
    m_paused = false;
    m_runPath = runPath;
    m_nodes.reset();
    setState(State::Starting);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, runPath, kitDir] { worker->resume(runPath, kitDir); },
        Qt::QueuedConnection);
}

void FederationController::pause() {
    if (m_state != State::Starting && m_state != State::Running)
        return;
    m_stop = true;
    setState(State::Pausing);
}

void FederationController::stop() {
    switch (m_state) {
    case State::Starting:
    case State::Running:
    case State::Pausing:
        m_stop = true;
        setState(State::Stopping);
        break;
    case State::Paused:
        // Nothing runs: release the federation held in memory; its run file is already stopped.
        m_paused = false;
        QMetaObject::invokeMethod(m_worker, &FederationWorker::release, Qt::QueuedConnection);
        windDownNodes();
        setState(State::Stopped);
        break;
    default:
        break;
    }
}

void FederationController::onFinished(const RunSummary& summary) {
    if (summary.status == RunStatus::Finished) {
        windDownNodes();
        setState(State::Finished);
    } else if (m_state == State::Pausing) {
        // The nodes stay joined: a paused federation continues with them.
        m_paused = true;
        setState(State::Paused);
    } else {
        QMetaObject::invokeMethod(m_worker, &FederationWorker::release, Qt::QueuedConnection);
        windDownNodes();
        setState(State::Stopped);
    }
    Q_EMIT finished(summary);
}

void FederationController::onFailed(const QString& message) {
    m_paused = false;
    windDownNodes();
    setState(State::Failed);
    Q_EMIT failed(message);
}

void FederationController::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace fed::ui
