#pragma once
// A node's side of the node protocol (docs/protocol.md): joins the coordinator over mutual TLS
// with its kit, asks for rounds, trains through a callback, signs and uploads its update, sends
// heartbeats, and reconnects with exponential backoff and jitter after a lost connection.
// gRPC stays inside NodeClient.cpp.

#include "engine/core/Hash.h"
#include "engine/core/Result.h"
#include "engine/ledger/Keys.h"
#include "engine/model/Trainer.h"
#include "engine/model/Weights.h"
#include "engine/pki/Provisioning.h"
#include "engine/privacy/SecureAggregation.h"
#include "engine/spec/FederationSpec.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
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
    //! Secure aggregation asked for by the coordinator: NodeClient runs the masking protocol
    //! itself around `train` (keys and shares before, masking and unmasking after).
    bool secureAggregation = false;
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
    //! Under secure aggregation the coordinator cannot check an update: the node checks its own
    //! (finite, within max_update_norm) before masking it, with the spec's settings.
    ValidationSettings validation;
    //! Testing hook: called after each secure-aggregation phase the node completed ("keys",
    //! "shares", "masked"), so a test can stop the node at an exact point of the protocol.
    std::function<void(int round, const QString& phase)> phaseDone;
};

//! How a node's run ended.
enum class NodeExit {
    Finished, //!< the coordinator said the federation is over
    Stopped,  //!< `stop` was set (SIGTERM)
    Refused,  //!< the coordinator refused the node (certificate, version, key): do not retry
    Failed    //!< gave up (maxAttempts) or a local error
};

//! One entry of a secure round's key list as the coordinator sent it.
struct ListedKeys {
    secagg::AdvertisedKeys keys;
    QByteArray signingKey; //!< the member's raw Ed25519 public key, to check the signature with
};

//! A node's check of a secure round's key list (docs/protocol.md "Secure aggregation"): at most
//! `participants` entries; this node (`self`) listed with its own signing key; every member's
//! signing key the one its kit lists (`members`, pki::NodeKit::members; empty for a kit made
//! before kits listed members, when only pinning applies); every signature valid under that
//! key; no member's signing key other than the one an earlier list gave (`pinned`, updated
//! when the list passes). secagg::Client::shareKeys() then checks the X25519 keys themselves
//! (this node's own, none repeated).
Result<std::vector<secagg::AdvertisedKeys>>
checkKeyList(const secagg::RoundContext& context, std::span<const ListedKeys> list,
             std::uint32_t self, const PublicKey& ownKey, std::uint32_t participants,
             const std::map<int, QByteArray>& members, std::map<std::uint32_t, QByteArray>& pinned);

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
