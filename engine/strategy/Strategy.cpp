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

    // A block of doubles stays in L1 while every update streams through it once. Eight updates
    // are folded in per pass, so the accumulator is loaded and stored an eighth as often; the
    // order of additions is fixed (ascending client, in groups of eight), so results are
    // bit-for-bit reproducible and the ledger's replay matches.
    constexpr std::size_t kBlock = 2048;
    std::array<double, kBlock> acc;
    const std::size_t count = updates.size();
    for (std::size_t begin = 0; begin < global.size(); begin += kBlock) {
        const std::size_t n = std::min(kBlock, global.size() - begin);
        std::fill_n(acc.begin(), n, 0.0);
        std::size_t k = 0;
        for (; k + 8 <= count; k += 8) {
            const float* __restrict d[8];
            double w[8];
            for (std::size_t j = 0; j < 8; ++j) {
                d[j] = updates[k + j]->delta.data() + begin;
                w[j] = weights[k + j];
            }
            double* __restrict a = acc.data();
            for (std::size_t i = 0; i < n; ++i)
                a[i] +=
                    ((w[0] * static_cast<double>(d[0][i]) + w[1] * static_cast<double>(d[1][i])) +
                     (w[2] * static_cast<double>(d[2][i]) + w[3] * static_cast<double>(d[3][i]))) +
                    ((w[4] * static_cast<double>(d[4][i]) + w[5] * static_cast<double>(d[5][i])) +
                     (w[6] * static_cast<double>(d[6][i]) + w[7] * static_cast<double>(d[7][i])));
        }
        for (; k < count; ++k) {
            const float* __restrict d = updates[k]->delta.data() + begin;
            const double w = weights[k];
            double* __restrict a = acc.data();
            for (std::size_t i = 0; i < n; ++i)
                a[i] += w * static_cast<double>(d[i]);
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
