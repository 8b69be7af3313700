#pragma once
// The object that lives on the federation's own thread: it creates or resumes the engine's
// Federation there, runs it, and posts what happens to a mailbox that the GUI thread empties.
// Only FederationController talks to it; the GUI never touches the Federation it owns.

#include "engine/net/NetworkedRun.h"
#include "ui/run/FederationEvents.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <variant>
#include <vector>

namespace fed::ui {

struct RoundStart {
    int round = 0;
    QList<int> selected;
};
struct RunFailure {
    QString message;
};
struct ContributionsScored {
    int round = 0;
    std::vector<ContributionRecord> rows;
};
//! The federation is gone (finished, failed or released); only a resume from its file remains.
struct FederationReleased {};
//! A networked federation's coordinator listens: launch these nodes (on the GUI thread).
struct NodesPlanned {
    std::vector<net::NodePlan> nodes;
    //! Where the launches record their failures, for the worker's wait for the nodes.
    std::shared_ptr<net::LaunchFailures> failures;
};
//! One line of the coordinator's log (joins, refusals, rounds); from gRPC's threads.
struct CoordinatorLine {
    QString line;
};
//! The coordinator's event about one node (what the Launch tab's connection column shows).
using NodeEventReport = net::NodeEvent;

//! One report from the worker, in the order things happened. run() returning is a RunSummary.
using WorkerEvent = std::variant<RunStartedEvent, RoundStart, ClientRoundRecord, RoundRecord,
                                 RunSummary, RunFailure, FederationReleased, ContributionsScored,
                                 NodesPlanned, CoordinatorLine, NodeEventReport>;

//! Carries worker events to the GUI thread. At most one wake-up is pending at a time, so a run
//! that reports faster than the GUI draws fills this list, not the GUI thread's event queue,
//! and the GUI thread takes the reports in batches.
class WorkerMailbox {
public:
    //! `wake` is called on the posting thread when the mailbox needs emptying.
    explicit WorkerMailbox(std::function<void()> wake)
        : m_wake(std::move(wake)) {}

    void post(WorkerEvent event);
    //! Everything posted so far, oldest first; re-arms the wake-up.
    std::vector<WorkerEvent> take();

private:
    std::function<void()> m_wake;
    QMutex m_mutex;
    std::vector<WorkerEvent> m_events;
    std::atomic<bool> m_wakePending{false};
};

class FederationWorker : public QObject {
    Q_OBJECT
public:
    //! `stop` and `mailbox` belong to the controller, which outlives this worker and its thread.
    FederationWorker(const std::atomic<bool>* stop, WorkerMailbox* mailbox);
    //! Runs a function on a thread at normal CPU priority and waits for it. This thread runs
    //! at a lower one (the training threads inherit it), but a coordinator's gRPC threads,
    //! which inherit theirs from the thread that starts it, must answer nodes' TLS handshakes
    //! promptly even on a busy machine.
    void setNormalPriorityRunner(std::function<void(const std::function<void()>&)> runner) {
        m_normalPriority = std::move(runner);
    }
    ~FederationWorker() override;

    //! Creates the run file and runs the federation (on this object's thread).
    void start(const fed::FederationSpec& spec, const QString& runPath);
    //! Re-opens a stopped run file and runs its remaining rounds; a networked one with the
    //! provisioning kit in `kitDir` (empty: its spec's launch.kit_dir), launching its nodes again.
    void resume(const QString& runPath, const QString& kitDir);
    //! Continues the federation a pause left in memory (no data reload).
    void continueRun();
    //! Drops a paused federation: its data, pool and run file handle.
    void release();

private:
    void run();
    void fail(const QString& message);
    //! Creates (or resumes) a networked federation (launch.mode local or ssh), has the
    //! controller launch its nodes, and waits for them to join.
    bool createNetworked(const fed::FederationSpec& spec, const QString& runPath,
                         const net::NetworkedStart& how);
    //! Drops the federation and, for a networked one, stops its coordinator.
    void releaseFederation();

    //! Called on this thread by Federation::run; posts each callback to the mailbox.
    class Forwarder : public FederationObserver {
    public:
        explicit Forwarder(WorkerMailbox* mailbox)
            : m_mailbox(mailbox) {}
        void runStarted(const RunStartedEvent& event) override;
        void roundStarted(int round, const std::vector<int>& selectedClients) override;
        void clientFinished(const ClientRoundRecord& record) override;
        void roundFinished(const RoundRecord& record) override;
        void contributionsScored(int round, const std::vector<ContributionRecord>& rows) override;

    private:
        WorkerMailbox* m_mailbox;
    };

    const std::atomic<bool>* m_stop;
    WorkerMailbox* m_mailbox;
    Forwarder m_forwarder;
    std::unique_ptr<Federation> m_federation;
    std::unique_ptr<net::NetworkedFederation> m_network; //!< its coordinator, when networked
    std::function<void(const std::function<void()>&)> m_normalPriority;
};

//! The fednode program the desktop app launches for local nodes: FEDSTUDIO_FEDNODE, or the one
//! next to the running program (the build tree and the install put them side by side).
QString localFednodeProgram();

} // namespace fed::ui
