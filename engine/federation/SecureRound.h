#pragma once
// Securely aggregated rounds (docs/secure-aggregation.md). SecureServer is the coordinator's side
// of one round whatever carries the messages: the in-process federation (SecureRound below,
// which also plays the simulated nodes) and the networked coordinator (engine/net, which carries
// them over gRPC to fednodes running secagg::Client on their own machines) share it, and with
// it the key-signature check and the ledger's record of the result.

#include "engine/core/Result.h"
#include "engine/ledger/Block.h"
#include "engine/ledger/Keys.h"
#include "engine/privacy/SecureAggregation.h"
#include "engine/spec/FederationSpec.h"

#include <memory>
#include <span>
#include <vector>

namespace fed {

//! The protocol parameters of a round with `participants` selected nodes: t from the spec's
//! threshold (fraction or count), f from its fixed-point bits.
secagg::Params secureParams(const SecureAggregationSettings& settings, std::size_t participants);

//! The ledger's record of a finished secure round.
SecureAggregationRecord secureAggregationRecord(const secagg::Params& params,
                                                const secagg::AggregationResult& result);

//! The coordinator's side of one secure round: secagg::Server plus the checks that need the
//! members' ledger keys.
class SecureServer {
public:
    SecureServer(const QString& federationId, int round, secagg::Params params,
                 std::size_t parameters);

    const secagg::RoundContext& context() const { return m_context; }
    const secagg::Params& params() const { return m_params; }
    //! Round 0: keys the node signed with its ledger key `member`. A bad signature is refused,
    //! so that a substituted key (a man in the middle) is never masked with.
    Status receiveKeys(const secagg::AdvertisedKeys& keys, const PublicKey& member);
    //! Rounds 1 to 3 and the unmasking, as secagg::Server defines them.
    secagg::Server& server() { return m_server; }

private:
    secagg::RoundContext m_context;
    secagg::Params m_params;
    secagg::Server m_server;
};

//! One securely aggregated round of the in-process federation: the selected simulated nodes
//! run secagg::Client, the coordinator runs SecureServer, and this class carries the messages
//! between them in memory.
class SecureRound {
public:
    //! Rounds 0 and 1 of the protocol: every selected node advertises keys (signed with its
    //! ledger key), the coordinator checks the signatures and routes the encrypted shares.
    //! Fails (the round becomes an incident) with fewer than two nodes or fewer than t.
    static Result<std::unique_ptr<SecureRound>> begin(const SecureAggregationSettings& settings,
                                                      const QString& federationId, int round,
                                                      const std::vector<int>& selected,
                                                      std::size_t parameters,
                                                      const std::vector<SigningKey>& nodeKeys);
    ~SecureRound();
    SecureRound(const SecureRound&) = delete;
    SecureRound& operator=(const SecureRound&) = delete;

    const secagg::Params& params() const;

    //! Node side, for selected[i] (call from its worker; distinct i may run in parallel):
    //! encodes samples * delta in fixed point and masks it.
    Result<std::vector<std::uint64_t>> maskOnNode(std::size_t i, std::span<const float> delta,
                                                  std::int64_t samples);

    //! Coordinator side: a masked update that arrived from selected[i].
    Status receive(std::size_t i, const std::vector<std::uint64_t>& masked, std::int64_t samples);
    //! Round 3 and the unmasking: asks the nodes whose input arrived for their shares (all of
    //! them but those in `silent`, simulated failures) and removes the masks. Fails cleanly when
    //! fewer than t answer.
    Result<secagg::AggregationResult> finish(const std::vector<std::size_t>& silent = {});

private:
    SecureRound();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fed
