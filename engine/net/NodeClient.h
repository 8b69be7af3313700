#pragma once
// A node's side of the node protocol (docs/protocol.md): joins the coordinator over mutual TLS
// with its kit, asks for rounds, trains through a callback, signs and uploads its update, sends
// heartbeats, and reconnects with exponential backoff and jitter after a lost connection.
// gRPC stays inside NodeClient.cpp.

#include "engine/core/Hash.h"
#include "engine/core/Result.h"
#include "engine/model/Trainer.h"
#include "engine/model/Weights.h"
#include "engine/pki/Provisioning.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace fed::net {

//! One round's work as the coordinator sent it.
struct NodeTask {
    int round = 0;
    Hash parentModel;
    ModelLayout layout;
    std::vector<float> global;
    LocalTrainingConfig config; //!< training settings, proximal mu, shuffle seed
    std::int64_t deadlineUnixMs = 0;
    //! Local differential privacy asked for by the coordinator. NodeClient applies it itself to
    //! whatever `train` returns (clip to dpClipNorm, Gaussian noise of deviation
    //! dpNoiseMultiplier * dpClipNorm from a fresh key of the node's own), before it signs.
    bool dpLocal = false;
    double dpClipNorm = 0.0;
    double dpNoiseMultiplier = 0.0;
};

//! What the node reports back: its training result (delta, samples, loss, CPU time) and its
//! energy for the round, by the ledger's names.
struct NodeAnswer {
    LocalTrainingResult training;
    std::vector<std::pair<QString, double>> energy;
    //! Set by NodeClient once it has applied local DP: the update's norm before clipping.
    std::optional<double> dpPreClipNorm;
};

struct NodeClientOptions {
    std::chrono::milliseconds backoffBase = std::chrono::milliseconds(200);
    std::chrono::milliseconds backoffCap = std::chrono::seconds(10);
    //! Give up after this many failed connection attempts in a row; 0: never.
    int maxAttempts = 0;
    //! One line per event; called from the client's threads.
    std::function<void(const QString&)> log;
};

//! How a node's run ended.
enum class NodeExit {
    Finished, //!< the coordinator said the federation is over
    Stopped,  //!< `stop` was set (SIGTERM)
    Refused,  //!< the coordinator refused the node (certificate, version, key): do not retry
    Failed    //!< gave up (maxAttempts) or a local error
};

class NodeClient {
public:
    using Train = std::function<Result<NodeAnswer>(const NodeTask&)>;

    static Result<std::unique_ptr<NodeClient>> create(pki::NodeKit kit, NodeClientOptions options);
    ~NodeClient();
    NodeClient(const NodeClient&) = delete;
    NodeClient& operator=(const NodeClient&) = delete;

    //! Runs until the federation finishes, the node is refused, or `stop` is set; `error()`
    //! says why when it is not Finished or Stopped.
    NodeExit run(const Train& train, const std::atomic<bool>& stop);
    QString error() const;
    //! Rounds whose update the coordinator accepted for aggregation checks.
    int roundsAnswered() const;

private:
    NodeClient();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fed::net
