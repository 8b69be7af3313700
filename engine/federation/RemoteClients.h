#pragma once
// The seam between the coordinator's round state machine and clients that train somewhere
// else (fednode processes over gRPC, engine/net). Federation hands a round's task to a
// RemoteClients implementation instead of its TrainingPool; what comes back is validated,
// aggregated, recorded and signed exactly like an in-process client's update. Networking
// headers stay out of here: engine/net implements this interface, fed_federation only calls it.

#include "engine/core/Hash.h"
#include "engine/core/Result.h"
#include "engine/ledger/Keys.h"
#include "engine/model/Trainer.h"
#include "engine/model/Weights.h"
#include "engine/privacy/SecureAggregation.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace fed {

//! One round as the remote clients see it.
struct RemoteRound {
    int round = 0;
    Hash parentModel;
    QByteArray modelBytes; //!< the global model's canonical bytes (encodeWeights)
    TrainingSettings training;
    double proximalMu = 0.0;
    std::vector<int> selected;               //!< client indices, ascending
    std::vector<std::uint64_t> shuffleSeeds; //!< per selected client, the in-process stream
    //! Local differential privacy (docs/privacy.md): when set, every node clips its update to
    //! `dpClipNorm` and adds Gaussian noise of deviation dpNoiseMultiplier * dpClipNorm, drawn
    //! from a key only the node holds, before it signs. Nodes that do not confirm it are refused.
    bool dpLocal = false;
    double dpClipNorm = 0.0;
    double dpNoiseMultiplier = 0.0;
    //! Secure aggregation (docs/secure-aggregation.md): when set, the nodes run the masking
    //! protocol with these parameters and send masked updates, which the transport sums with a
    //! SecureServer; secureResult() then gives the unmasked sum.
    std::optional<secagg::Params> secureAggregation;
};

//! What became of one selected client's round.
struct RemoteOutcome {
    enum class Kind {
        Arrived,  //!< an update arrived intact; Federation validates and checks its signature
        Rejected, //!< something arrived that cannot be an update (reason in `problem`)
        Dropped   //!< nothing arrived in time
    };
    Kind kind = Kind::Dropped;
    QString problem;
    std::optional<Hash> updateHash; //!< of whatever bytes arrived
    //! Delta decoded (empty for a masked update), samples and local metrics as reported.
    LocalTrainingResult training;
    //! The canonical update bytes as received; a masked update's bytes (encodeMaskedInput) when
    //! the round is secure.
    QByteArray updateBytes;
    Signature signature;
    //! Local DP: the node's confirmation that it clipped and noised the update, with the update's
    //! L2 norm before clipping (for the round's `clipped` count); absent when it did not say so.
    std::optional<double> dpPreClipNorm;
};

class RemoteClients {
public:
    virtual ~RemoteClients() = default;
    //! Called once before the first round: the model every update must fit.
    virtual void setLayout(const ModelLayout& layout) = 0;
    //! Offers the round to its selected clients and blocks until it closes (every selected
    //! client answered, or the deadline passed with the quorum met). Calls `answered(i)` on the
    //! calling thread once per selected client, after filling `outcomes[i]`; clients still
    //! silent when the round closes are reported as Dropped. An error stops the run.
    virtual Status runRound(const RemoteRound& round, std::vector<RemoteOutcome>& outcomes,
                            const std::function<void(std::size_t)>& answered) = 0;
    //! After runRound() of a round with secureAggregation set: the unmasked sum of the masked
    //! updates that arrived (the Arrived outcomes, which carry no delta), or why the round could
    //! not be unmasked - an incident, the model stays as it is. Transports that cannot run the
    //! protocol keep this default.
    virtual Result<secagg::AggregationResult> secureResult() {
        return fail(QStringLiteral("these remote clients do not support secure aggregation"));
    }
    //! The federation is over: tell the nodes, so they can leave.
    virtual void finish(const QString& reason) = 0;
};

//! What a networked coordinator brings from its provisioning kit: the federation's identity,
//! its signing key and the members' public keys in client-index order (genesis members).
struct RemoteSetup {
    std::shared_ptr<RemoteClients> clients;
    QString federationId;
    SigningKey coordinatorKey;
    std::vector<PublicKey> members;
};

} // namespace fed
