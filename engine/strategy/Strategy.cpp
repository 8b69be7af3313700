#include "engine/strategy/Strategy.h"

#include "engine/spec/SpecIO.h"

#include <array>

using namespace Qt::StringLiterals;

namespace fed {

Status Strategy::restoreState(QByteArrayView state) {
    if (!state.isEmpty())
        return fail(u"strategy %1 keeps no state, but the run holds %2 bytes of it"_s
                        .arg(strategyName(kind()))
                        .arg(state.size()));
    return {};
}

Status addWeightedAverage(std::span<const float> global,
                          std::span<const ClientUpdate* const> updates, double scale,
                          std::span<float> out) {
    if (out.size() != global.size())
        return fail(u"aggregation: output has %1 values, the model %2"_s.arg(out.size())
                        .arg(global.size()));
    double total = 0.0;
    for (const ClientUpdate* u : updates) {
        if (u->delta.size() != global.size())
            return fail(
                u"aggregation: the update of client %1 has %2 values, the model %3"_s.arg(u->client)
                    .arg(u->delta.size())
                    .arg(global.size()));
        if (u->samples <= 0)
            return fail(
                u"aggregation: the update of client %1 reports %2 samples"_s.arg(u->client).arg(
                    u->samples));
        total += static_cast<double>(u->samples);
    }
    if (updates.empty()) {
        std::copy(global.begin(), global.end(), out.begin());
        return {};
    }
    std::vector<double> weights;
    weights.reserve(updates.size());
    for (const ClientUpdate* u : updates)
        weights.push_back(scale * static_cast<double>(u->samples) / total);

    // A block of doubles stays in L1 while every update streams through it once.
    constexpr std::size_t kBlock = 2048;
    std::array<double, kBlock> acc;
    for (std::size_t begin = 0; begin < global.size(); begin += kBlock) {
        const std::size_t n = std::min(kBlock, global.size() - begin);
        std::fill_n(acc.begin(), n, 0.0);
        for (std::size_t k = 0; k < updates.size(); ++k) {
            const float* delta = updates[k]->delta.data() + begin;
            const double w = weights[k];
            for (std::size_t i = 0; i < n; ++i)
                acc[i] += w * static_cast<double>(delta[i]);
        }
        for (std::size_t i = 0; i < n; ++i)
            out[begin + i] = static_cast<float>(static_cast<double>(global[begin + i]) + acc[i]);
    }
    return {};
}

namespace {

//! FedAvg (McMahan et al. 2017): the sample-weighted mean of the client models, written as
//! global + eta * weighted mean of the updates (eta = 1 is the paper's rule).
class FedAvg : public Strategy {
public:
    explicit FedAvg(double serverLearningRate)
        : m_serverLearningRate(serverLearningRate) {}
    StrategyKind kind() const override { return StrategyKind::FedAvg; }
    QJsonObject parameters() const override {
        return {{u"server_learning_rate"_s, m_serverLearningRate}};
    }
    Result<std::vector<float>> aggregate(std::span<const float> global,
                                         std::span<const ClientUpdate* const> updates) override {
        std::vector<float> next(global.size());
        if (Status s = addWeightedAverage(global, updates, m_serverLearningRate, next); !s)
            return s.takeError();
        return next;
    }

protected:
    double m_serverLearningRate;
};

//! FedProx (Li et al. 2020): FedAvg's aggregation; clients add mu/2 ||w - w_global||^2.
class FedProx : public FedAvg {
public:
    FedProx(double serverLearningRate, double mu)
        : FedAvg(serverLearningRate)
        , m_mu(mu) {}
    StrategyKind kind() const override { return StrategyKind::FedProx; }
    QJsonObject parameters() const override {
        return {{u"server_learning_rate"_s, m_serverLearningRate}, {u"mu"_s, m_mu}};
    }
    double proximalMu() const override { return m_mu; }

private:
    double m_mu;
};

} // namespace

std::unique_ptr<Strategy> makeStrategy(const StrategySettings& settings) {
    switch (settings.kind) {
    case StrategyKind::FedProx:
        return std::make_unique<FedProx>(settings.serverLearningRate, settings.proximalMu);
    case StrategyKind::FedAvg:
        break;
    }
    return std::make_unique<FedAvg>(settings.serverLearningRate);
}

} // namespace fed
