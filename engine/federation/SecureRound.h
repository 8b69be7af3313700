#pragma once
// One securely aggregated round of the in-process federation (docs/secure-aggregation.md): the
// selected simulated nodes run secagg::Client, the coordinator runs secagg::Server, and this
// class carries the messages between them in memory. A networked coordinator keeps the Server
// and the ledger record and replaces the in-memory hand-over with its transport; a fednode runs
// the node-side calls (advertise/share, maskOnNode, unmask) on its own machine.

#include "engine/core/Result.h"
#include "engine/ledger/Block.h"
#include "engine/ledger/Keys.h"
#include "engine/privacy/SecureAggregation.h"
#include "engine/spec/FederationSpec.h"

#include <memory>
#include <span>
#include <vector>

namespace fed {

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

    std::uint32_t threshold() const;
    int fractionalBits() const;

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

    //! The ledger's record of a finished round.
    SecureAggregationRecord ledgerRecord(const secagg::AggregationResult& result) const;

private:
    SecureRound();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fed
