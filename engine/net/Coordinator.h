#pragma once
// The coordinator's side of the node protocol (docs/protocol.md): a gRPC server over mutual TLS
// that admits only nodes holding a certificate of the federation's CA, ties each TLS identity
// to the node's Ed25519 signing identity, hands out rounds and collects updates. It is the
// RemoteClients a networked Federation trains with. gRPC stays inside Coordinator.cpp.

#include "engine/core/Result.h"
#include "engine/federation/RemoteClients.h"
#include "engine/net/NodeEvent.h"
#include "engine/pki/Provisioning.h"

#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace fed::net {

struct CoordinatorOptions {
    //! host:port to listen on; port 0 picks a free one (see Coordinator::port()).
    std::string listenAddress = "127.0.0.1:7443";
    //! A selected node that has not answered by then is a dropout (if the quorum is met).
    std::chrono::milliseconds roundDeadline = std::chrono::seconds(120);
    //! Updates needed to close a round at its deadline: a fraction of the selected nodes when
    //! <= 1, otherwise a count (capped at the number selected).
    double quorum = 1.0;
    std::chrono::milliseconds heartbeatInterval = std::chrono::seconds(1);
    //! A joined node silent for this many heartbeat intervals is a dropout at once.
    int heartbeatMisses = 5;
    //! How long after the start a node that has never joined is taken to be still starting
    //! (an ssh copy, fednode loading on a busy host): a round does not drop it as "not
    //! connected" before then, only at the round's deadline. Zero: the round deadline.
    std::chrono::milliseconds joinTimeout{0};
    //! One line per event (joins, refusals, late updates); called from gRPC's threads.
    std::function<void(const QString&)> log;
    //! The same events per node, as values (NodeEvent.h); called from gRPC's threads and the
    //! round's, sometimes with the coordinator's lock held: only hand the value on.
    std::function<void(const NodeEvent&)> nodeEvent;
};

//! Counts for tests and `fedctl run`'s summary.
struct CoordinatorStats {
    int joins = 0;
    int refused = 0;     //!< calls refused: unknown or revoked certificate, wrong version, ...
    int lateUpdates = 0; //!< updates for a round that had already closed
    int updates = 0;     //!< updates received intact
};

class Coordinator : public RemoteClients {
public:
    //! Listens at once; nodes that join before the first round wait for it.
    static Result<std::shared_ptr<Coordinator>> start(pki::CoordinatorKit kit,
                                                      CoordinatorOptions options);
    ~Coordinator() override;
    Coordinator(const Coordinator&) = delete;
    Coordinator& operator=(const Coordinator&) = delete;

    int port() const;
    CoordinatorStats stats() const;
    //! Nodes with a live session.
    int joinedNodes() const;
    //! Blocks until `count` nodes have joined or `timeout` passes; true when they have.
    bool waitForNodes(int count, std::chrono::milliseconds timeout) const;
    //! The indices of the nodes with a live session, ascending.
    std::vector<int> joinedNodeIndices() const;
    //! When the join window (CoordinatorOptions::joinTimeout) after the start ends.
    std::chrono::steady_clock::time_point joinDeadline() const;
    //! Ends the join window now: no node that has not joined is still expected (their launches
    //! failed), so a round drops them without waiting for its deadline.
    void endJoinWindow();
    //! Stops the server; calls in progress are cancelled.
    void shutdown();

    void setLayout(const ModelLayout& layout) override;
    Status runRound(const RemoteRound& round, std::vector<RemoteOutcome>& outcomes,
                    const std::function<void(std::size_t)>& answered) override;
    Result<secagg::AggregationResult> secureResult() override;
    void finish(const QString& reason) override;

    struct Private;

private:
    Coordinator();
    std::unique_ptr<Private> d;
};

//! The Federation's view of a provisioned coordinator: federation id, signing key and members
//! (in node-index order) from the kit, and `coordinator` as the remote clients.
Result<RemoteSetup> remoteSetup(const pki::CoordinatorKit& kit,
                                std::shared_ptr<Coordinator> coordinator);

} // namespace fed::net
