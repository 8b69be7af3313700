#pragma once
// How accepted updates become the next global model. Strategies work on flat float vectors
// (no LibTorch), take updates in ascending client order and are deterministic for a given
// input, so that the audit ledger can replay any round.

#include "engine/core/Result.h"
#include "engine/spec/FederationSpec.h"

#include <QByteArray>
#include <QJsonObject>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace fed {

//! One client's contribution to a round: the change it made to the global weights.
struct ClientUpdate {
    int client = 0;
    std::int64_t samples = 0;
    std::vector<float> delta;
};

class Strategy {
public:
    virtual ~Strategy() = default;

    virtual StrategyKind kind() const = 0;
    //! The strategy's parameters as recorded in the run and on the ledger.
    virtual QJsonObject parameters() const = 0;
    //! FedProx's proximal coefficient for local training; 0 for strategies without one.
    virtual double proximalMu() const { return 0.0; }

    //! The next global weights from the current ones and the round's accepted updates,
    //! given in ascending client order. Fails (and changes nothing) on inconsistent input.
    virtual Result<std::vector<float>> aggregate(std::span<const float> global,
                                                 std::span<const ClientUpdate* const> updates) = 0;

    //! Server-side state a resumed run needs (empty for stateless strategies).
    virtual QByteArray saveState() const { return {}; }
    virtual Status restoreState(QByteArrayView state);
};

std::unique_ptr<Strategy> makeStrategy(const StrategySettings& settings);

//! out = global + scale * sum_k (n_k / N) * delta_k, accumulated in double, block by block so
//! that each update is read from memory once. Shared by every averaging strategy.
Status addWeightedAverage(std::span<const float> global,
                          std::span<const ClientUpdate* const> updates, double scale,
                          std::span<float> out);

} // namespace fed
