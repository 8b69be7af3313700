#pragma once
// Runs one federation at a time on a thread of its own and reports it to the GUI thread as
// queued signals carrying plain values. Pause keeps the federation in memory so that Resume
// continues at once; Stop releases it (Resume then re-opens the run file).

#include "ui/run/FederationEvents.h"
#include "ui/run/FederationWorker.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <atomic>
#include <deque>
#include <memory>

namespace fed::ui {

class FederationController : public QObject {
    Q_OBJECT
public:
    enum class State {
        Idle,     //!< nothing started yet
        Starting, //!< loading data, building the model, creating or re-opening the run file
        Running,
        Pausing, //!< the round in progress completes, then the federation waits in memory
        Paused,
        Stopping, //!< the round in progress completes, then the federation is released
        Stopped,
        Finished,
        Failed,
    };
    Q_ENUM(State)

    explicit FederationController(QObject* parent = nullptr);
    //! Stops the federation gracefully (the round in progress is committed) and joins the thread.
    ~FederationController() override;

    State state() const { return m_state; }
    //! Starting, Running, Pausing or Stopping: the engine is busy.
    bool isBusy() const;
    //! The run file of the current (or last) federation.
    QString runPath() const { return m_runPath; }

    //! Creates `runPath` and runs `spec`. Ignored while busy.
    void start(const FederationSpec& spec, const QString& runPath);
    //! Continues a paused federation, or re-opens the stopped run file `runPath` and runs its
    //! remaining rounds; a networked run with the provisioning kit in `kitDir` (empty: its
    //! spec's launch.kit_dir), launching its nodes again. Ignored while busy.
    void resume(const QString& runPath, const QString& kitDir = {});
    //! The round in progress completes; the federation then waits in memory (Paused).
    void pause();
    //! The round in progress completes; the federation is then released (Stopped).
    void stop();

Q_SIGNALS:
    void stateChanged(fed::ui::FederationController::State state);
    void runStarted(const fed::RunStartedEvent& event);
    void roundStarted(int round, const QList<int>& selectedClients);
    void clientFinished(const fed::ClientRoundRecord& record);
    void roundFinished(const fed::RoundRecord& record);
    //! A round's contribution scores, rewards and balances (before its roundFinished).
    void contributionsScored(int round, const std::vector<fed::ContributionRecord>& rows);
    //! The run returned (finished, or stopped for a pause or a stop) with its summary.
    void finished(const fed::RunSummary& summary);
    //! Creating, resuming or running the federation failed; a user-readable message.
    void failed(const QString& message);

    // A networked federation (launch.mode local or ssh). Emitted on this object's thread.
    //! The coordinator listens and these nodes are being launched (index = position).
    void nodesPlanned(const std::vector<fed::net::NodePlan>& nodes);
    void nodeStateChanged(int node, fed::launch::NodeLauncher::State state);
    void nodeLogLine(int node, const QString& line);
    //! A line of the coordinator's log, or a launch problem.
    void coordinatorLogLine(const QString& line);
    //! What the coordinator saw of one node: a join, a leave, a dropout, an update.
    void nodeEvent(const fed::net::NodeEvent& event);

private:
    //! Emits the worker's reports, oldest first, for at most a few milliseconds per turn of the
    //! event loop; the rest waits for the next turn, after the page has painted.
    void drain();
    void dispatch(WorkerEvent& event);
    void setState(State state);
    void onFinished(const RunSummary& summary);
    void onFailed(const QString& message);
    void launchNodes(const std::vector<net::NodePlan>& plans,
                     std::shared_ptr<net::LaunchFailures> failures);
    //! The federation is over: nodes told so get a moment to leave, then the rest are stopped.
    void windDownNodes();

    WorkerMailbox m_mailbox;
    std::deque<WorkerEvent> m_inbox; //!< taken from the mailbox, not yet emitted
    bool m_drainScheduled = false;
    QThread m_thread;
    //! At normal priority (started from this thread): where networked federations start their
    //! coordinator, see FederationWorker::setNormalPriorityRunner.
    QThread m_coordinatorThread;
    QObject* m_coordinatorContext = nullptr; //!< lives on m_coordinatorThread
    FederationWorker* m_worker = nullptr;    //!< lives on m_thread; deleted when it finishes
    std::atomic<bool> m_stop{false};
    State m_state = State::Idle;
    QString m_runPath;
    bool m_paused = false; //!< a paused federation is held by the worker
    //! The networked federation's node processes; on this thread (QProcess needs its loop, and
    //! launching and stopping never block).
    std::unique_ptr<net::NodeGroup> m_nodes;
};

} // namespace fed::ui
