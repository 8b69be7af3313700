#pragma once
// A networked federation (spec launch.mode local or ssh; docs/protocol.md) as both `fedctl run`
// and the desktop app drive it: the coordinator serving the node protocol with the provisioned
// coordinator kit, the Federation training with it, and the fednode processes it launches.
// One place for this, so the command line and the GUI cannot drift apart.

#include "engine/core/Result.h"
#include "engine/federation/Federation.h"
#include "engine/launch/NodeLauncher.h"
#include "engine/net/NodeEvent.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace fed::net {

class Coordinator;

//! One node to launch: its kit's name (node-NNN), where it runs, and the launcher's target.
struct NodePlan {
    QString name;
    QString where; //!< "local" or the SSH host
    launch::LaunchTarget target;
};

//! The nodes that will not come: their launch failed, or their process ended with an error.
//! NodeGroup records them on its thread; NetworkedFederation::waitForNodes reads them on the
//! federation's, so that it stops waiting for nodes that cannot join.
class LaunchFailures {
public:
    void record(int node, const QString& error);
    //! The node is being launched again.
    void forget(int node);
    //! Node index -> why, ascending.
    std::map<int, QString> failed() const;

private:
    mutable std::mutex m_mutex;
    std::map<int, QString> m_failed;
};

//! The coordinator and the federation of a networked run, ready to launch nodes and run.
struct NetworkedFederation {
    std::shared_ptr<Coordinator> coordinator;
    std::unique_ptr<Federation> federation;
    std::chrono::milliseconds roundDeadline{0};
    std::vector<NodePlan> nodes;
    //! Give it to the NodeGroup that launches `nodes` (NodeGroup::start).
    std::shared_ptr<LaunchFailures> launchFailures = std::make_shared<LaunchFailures>();

    NetworkedFederation();
    NetworkedFederation(NetworkedFederation&&) noexcept;
    NetworkedFederation& operator=(NetworkedFederation&&) noexcept;
    ~NetworkedFederation();

    //! Blocks until every node has joined, the coordinator's join window (launch.
    //! join_timeout_seconds, by default one round deadline, after its start) ends, every node
    //! that has not joined has failed (launchFailures; the join window then ends at once), or
    //! `cancel` is set; logs the nodes that did not come (a round records them as dropouts).
    //! Call after launching the nodes.
    void waitForNodes(const std::function<void(const QString&)>& log,
                      const std::atomic<bool>* cancel = nullptr) const;
    //! Stops the server and logs the coordinator's counts.
    void shutdown(const std::function<void(const QString&)>& log);
};

//! What the nodes of the kits in `kitDir` should be told to dial (`fednode --coordinator`) when
//! the coordinator listens on `port`: the kits' coordinator host with that port, or empty when
//! the kits name that port already (or their address cannot be read).
QString nodeCoordinatorAddress(const QString& kitDir, int port);

//! The spec's kit folder, absolute (relative paths resolve against the spec's folder).
QString kitDirectory(const FederationSpec& spec);

//! Where the nodes of `spec` run: node i on this machine with `localFednode`, or on
//! hosts[i % hosts.size()] over SSH, with the kits in `kitDir` (empty: kitDirectory(spec)).
//! Checks that a local fednode is executable.
Result<std::vector<NodePlan>> planNodes(const FederationSpec& spec, const QString& localFednode,
                                        const QString& kitDir = {});

//! How a networked run starts: a new run file, or a resumed one (the kit's coordinator and
//! node keys are checked against its genesis block, and it continues after its last committed
//! round). `kitDir` overrides the spec's launch.kit_dir (fedctl resume --kit).
struct NetworkedStart {
    bool resume = false;
    QString kitDir;
    //! How messages name `kitDir`: fedctl's option, or the words of the GUI that asked for it.
    QString kitDirName = QStringLiteral("--kit");
};

//! Loads the coordinator kit, checks it matches the spec, starts the coordinator (listening at
//! once) and creates the run file. `log` receives the coordinator's lines and `nodeEvent` the
//! same per node as values (both from gRPC threads). Slow (data loading, model building): call
//! it off the GUI thread.
Result<NetworkedFederation> createNetworked(const FederationSpec& spec, const QString& runPath,
                                            FederationObserver* observer,
                                            const QString& localFednode,
                                            std::function<void(const QString&)> log,
                                            const NetworkedStart& start = {},
                                            std::function<void(const NodeEvent&)> nodeEvent = {});

//! An exit code that a stop asked for produces: 130 (fednode on SIGTERM/SIGINT), 143 or 137
//! (ended by SIGTERM or SIGKILL) or -1 (a local process killed).
bool isStopExit(int code);

//! The nodes' processes, through NodeLauncher; lives on a thread with an event loop (their
//! QProcesses). Never blocks: stop() signals the processes and returns.
class NodeGroup : public QObject {
    Q_OBJECT
public:
    explicit NodeGroup(QObject* parent = nullptr);
    ~NodeGroup() override;

    //! Starts one launcher per plan, in order (node index = position). Failed launches and
    //! unexpected exits (nodeProblem) are also recorded in `failures`, when given.
    void start(const std::vector<NodePlan>& plans, std::shared_ptr<LaunchFailures> failures = {});
    const std::vector<std::unique_ptr<launch::NodeLauncher>>& launchers() const {
        return m_launchers;
    }
    //! Every launcher has exited, failed or never started.
    bool allDone() const;
    //! SIGTERM to the nodes still running (SIGKILL after `graceMs`).
    void stop(int graceMs = 3000);

Q_SIGNALS:
    void nodeLog(int node, const QString& line);
    void nodeState(int node, fed::launch::NodeLauncher::State state);
    //! A launcher failed (`message` says why) or its process exited with a non-zero code it
    //! was not asked for (after stop(), isStopExit() codes are the stop, not a problem).
    void nodeProblem(int node, const QString& message);
    void allFinished();

private:
    std::vector<std::unique_ptr<launch::NodeLauncher>> m_launchers;
    std::shared_ptr<LaunchFailures> m_failures;
};

} // namespace fed::net
