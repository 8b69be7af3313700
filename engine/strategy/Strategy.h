#pragma once
// How accepted updates become the next global model. Strategies work on flat float vectors
// (no LibTorch), take updates in ascending client order and are deterministic for a given
// input, so that the audit ledger can replay any round. docs/strategies.md describes each rule;
// docs/ledger-format.md gives the exact arithmetic that replay reproduces.

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

//! What a strategy needs to know of the federation besides its own settings. Only SCAFFOLD
//! uses it: its server control variate averages over every client, and its option-II control
//! variates divide by the local learning rate and step count.
struct StrategyContext {
    int clients = 1;
    TrainingSettings training;
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
    //! given in ascending client order. Fails (and changes nothing, state included) on
    //! inconsistent input. A round without updates keeps the model and the state.
    virtual Result<std::vector<float>> aggregate(std::span<const float> global,
                                                 std::span<const ClientUpdate* const> updates) = 0;

    //! Server-side state a resumed run (and the ledger's replay) needs: empty for stateless
    //! strategies, and for stateful ones before their first aggregation.
    virtual QByteArray saveState() const { return {}; }
    virtual Status restoreState(QByteArrayView state);

    // Per-client state (SCAFFOLD's control variates c_i). The coordinator keeps it in the run
    // file, loads a client's state when it is selected and stores the next one with the round.
    virtual bool keepsClientState() const { return false; }
    //! What the client adds to every local gradient (SCAFFOLD: c - c_i); empty for none.
    //! `clientState` is empty for a client that has none yet (c_i = 0).
    virtual Result<std::vector<float>> gradientCorrection(std::span<const float> clientState,
                                                          std::size_t parameters) const;
    //! The client's state after its accepted `update`, from the server state of the same
    //! round: call it before aggregate() advances that state.
    virtual Result<std::vector<float>> nextClientState(std::span<const float> clientState,
                                                       const ClientUpdate& update) const;
};

std::unique_ptr<Strategy> makeStrategy(const StrategySettings& settings,
                                       const StrategyContext& context = {});
//! The spec's strategy, with its context (clients, local training).
std::unique_ptr<Strategy> makeStrategy(const FederationSpec& spec);

//! out = global + scale * sum_k (n_k / N) * delta_k, accumulated in double, block by block so
//! that each update is read from memory once. Shared by every averaging strategy.
Status addWeightedAverage(std::span<const float> global,
                          std::span<const ClientUpdate* const> updates, double scale,
                          std::span<float> out);

//! The sample-weighted mean of the updates, sum_k (n_k / N) * delta_k, in double, with exactly
//! the additions of addWeightedAverage (so scale 1 there equals global + this, rounded).
Result<std::vector<double>> weightedMean(std::span<const ClientUpdate* const> updates,
                                         std::size_t parameters);

//! Local optimizer steps of a client holding `samples` samples: what SCAFFOLD's option II
//! divides by. Trainer takes ceil(n / min(batch, n)) steps per epoch.
std::int64_t localSteps(std::int64_t samples, const TrainingSettings& training);

} // namespace fed
