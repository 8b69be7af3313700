#include "engine/strategy/Strategy.h"

#include "engine/spec/SpecIO.h"
#include "engine/strategy/StrategyParts.h"

#include <QtEndian>
#include <array>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace fed {

Status Strategy::restoreState(QByteArrayView state) {
    if (!state.isEmpty())
        return fail(u"strategy %1 keeps no state, but the run holds %2 bytes of it"_s
                        .arg(strategyName(kind()))
                        .arg(state.size()));
    return {};
}

Result<std::vector<float>> Strategy::gradientCorrection(std::span<const float>, std::size_t) const {
    return std::vector<float>{};
}

Result<std::vector<float>> Strategy::nextClientState(std::span<const float>,
                                                     const ClientUpdate&) const {
    return fail(u"strategy %1 keeps no client state"_s.arg(strategyName(kind())));
}

std::int64_t localSteps(std::int64_t samples, const TrainingSettings& training) {
    if (samples <= 0)
        return 0;
    const std::int64_t batch = std::min<std::int64_t>(std::max(1, training.batchSize), samples);
    return static_cast<std::int64_t>(std::max(1, training.localEpochs)) *
           ((samples + batch - 1) / batch);
}

namespace strategy_detail {

Status checkUpdates(std::span<const float> global, std::span<const ClientUpdate* const> updates,
                    bool finite) {
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
        if (finite) {
            for (std::size_t i = 0; i < u->delta.size(); ++i)
                if (!std::isfinite(u->delta[i]))
                    return fail(u"aggregation: the update of client %1 has a non-finite value at "
                                "index %2"_s.arg(u->client)
                                    .arg(i));
        }
    }
    return {};
}

namespace {
constexpr char kStateMagic[4] = {'F', 'S', 'S', '1'};
// A state vector never exceeds a model, and models are bounded by the weight format's limit.
constexpr std::uint64_t kMaxStateValues = std::uint64_t(1) << 31;
} // namespace

QByteArray encodeState(QStringView strategy,
                       std::initializer_list<std::span<const float>> vectors) {
    QByteArray out(kStateMagic, 4);
    const QByteArray name = strategy.toUtf8();
    auto put32 = [&](std::uint32_t v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    auto put64 = [&](std::uint64_t v) {
        char b[8];
        qToLittleEndian(v, b);
        out.append(b, 8);
    };
    put32(static_cast<std::uint32_t>(name.size()));
    out.append(name);
    put32(static_cast<std::uint32_t>(vectors.size()));
    for (std::span<const float> v : vectors) {
        put64(v.size());
        const qsizetype at = out.size();
        out.resize(at + static_cast<qsizetype>(v.size() * sizeof(float)));
        char* dst = out.data() + at;
        for (float x : v) {
            qToLittleEndian(x, dst);
            dst += sizeof(float);
        }
    }
    return out;
}

Result<std::vector<std::vector<float>>> decodeState(QByteArrayView bytes, QStringView strategy,
                                                    std::size_t vectors) {
    const auto bad = [&](const QString& why) {
        return fail(u"the %1 strategy state is malformed: %2"_s.arg(strategy.toString(), why));
    };
    qsizetype pos = 0;
    auto need = [&](qsizetype n) { return n >= 0 && bytes.size() - pos >= n; };
    if (!need(4) || std::memcmp(bytes.data(), kStateMagic, 4) != 0)
        return bad(u"it does not start with FSS1"_s);
    pos = 4;
    if (!need(4))
        return bad(u"it is truncated"_s);
    const auto nameLength = qFromLittleEndian<std::uint32_t>(bytes.data() + pos);
    pos += 4;
    if (!need(static_cast<qsizetype>(nameLength)))
        return bad(u"it is truncated"_s);
    const QString name = QString::fromUtf8(bytes.sliced(pos, static_cast<qsizetype>(nameLength)));
    pos += static_cast<qsizetype>(nameLength);
    if (name != strategy)
        return fail(u"the strategy state belongs to %1, not %2"_s.arg(name, strategy.toString()));
    if (!need(4))
        return bad(u"it is truncated"_s);
    const auto count = qFromLittleEndian<std::uint32_t>(bytes.data() + pos);
    pos += 4;
    if (count != vectors)
        return bad(u"it holds %1 vectors, not %2"_s.arg(count).arg(vectors));
    std::vector<std::vector<float>> out;
    for (std::uint32_t k = 0; k < count; ++k) {
        if (!need(8))
            return bad(u"it is truncated"_s);
        const auto n = qFromLittleEndian<std::uint64_t>(bytes.data() + pos);
        pos += 8;
        if (n > kMaxStateValues || !need(static_cast<qsizetype>(n * sizeof(float))))
            return bad(u"vector %1 claims %2 values, more than the blob holds"_s.arg(k).arg(n));
        std::vector<float> v(static_cast<std::size_t>(n));
        for (std::size_t i = 0; i < v.size(); ++i)
            v[i] = qFromLittleEndian<float>(bytes.data() + pos +
                                            static_cast<qsizetype>(i * sizeof(float)));
        pos += static_cast<qsizetype>(n * sizeof(float));
        if (!out.empty() && v.size() != out.front().size())
            return bad(u"its vectors differ in length"_s);
        out.push_back(std::move(v));
    }
    if (pos != bytes.size())
        return bad(u"%1 bytes follow its last vector"_s.arg(bytes.size() - pos));
    return out;
}

} // namespace strategy_detail

namespace {

//! Calls sink(begin, n, acc) for consecutive blocks of the parameters, acc[i] holding
//! sum_k weights[k] * delta_k[begin + i] in double.
template <typename Sink>
void forEachWeightedBlock(std::size_t parameters, std::span<const ClientUpdate* const> updates,
                          const std::vector<double>& weights, Sink&& sink) {
    // A block of doubles stays in L1 while every update streams through it once. Eight updates
    // are folded in per pass, so the accumulator is loaded and stored an eighth as often; the
    // order of additions is fixed (ascending client, in groups of eight), so results are
    // bit-for-bit reproducible and the ledger's replay matches.
    constexpr std::size_t kBlock = 2048;
    std::array<double, kBlock> acc;
    const std::size_t count = updates.size();
    for (std::size_t begin = 0; begin < parameters; begin += kBlock) {
        const std::size_t n = std::min(kBlock, parameters - begin);
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
        sink(begin, n, static_cast<const double*>(acc.data()));
    }
}

//! w_k = scale * n_k / N, N summed in ascending client order (docs/ledger-format.md, step 3).
std::vector<double> sampleWeights(std::span<const ClientUpdate* const> updates, double scale) {
    double total = 0.0;
    for (const ClientUpdate* u : updates)
        total += static_cast<double>(u->samples);
    std::vector<double> weights;
    weights.reserve(updates.size());
    for (const ClientUpdate* u : updates)
        weights.push_back(scale * static_cast<double>(u->samples) / total);
    return weights;
}

} // namespace

Status addWeightedAverage(std::span<const float> global,
                          std::span<const ClientUpdate* const> updates, double scale,
                          std::span<float> out) {
    if (out.size() != global.size())
        return fail(u"aggregation: output has %1 values, the model %2"_s.arg(out.size())
                        .arg(global.size()));
    if (Status s = strategy_detail::checkUpdates(global, updates); !s)
        return s;
    if (updates.empty()) {
        std::copy(global.begin(), global.end(), out.begin());
        return {};
    }
    forEachWeightedBlock(global.size(), updates, sampleWeights(updates, scale),
                         [&](std::size_t begin, std::size_t n, const double* acc) {
                             for (std::size_t i = 0; i < n; ++i)
                                 out[begin + i] = static_cast<float>(
                                     static_cast<double>(global[begin + i]) + acc[i]);
                         });
    return {};
}

Result<std::vector<double>> weightedMean(std::span<const ClientUpdate* const> updates,
                                         std::size_t parameters) {
    for (const ClientUpdate* u : updates) {
        if (u->delta.size() != parameters)
            return fail(
                u"aggregation: the update of client %1 has %2 values, the model %3"_s.arg(u->client)
                    .arg(u->delta.size())
                    .arg(parameters));
        if (u->samples <= 0)
            return fail(
                u"aggregation: the update of client %1 reports %2 samples"_s.arg(u->client).arg(
                    u->samples));
    }
    std::vector<double> mean(parameters, 0.0);
    if (updates.empty())
        return mean;
    forEachWeightedBlock(parameters, updates, sampleWeights(updates, 1.0),
                         [&](std::size_t begin, std::size_t n, const double* acc) {
                             std::copy_n(acc, n, mean.begin() + static_cast<std::ptrdiff_t>(begin));
                         });
    return mean;
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

std::unique_ptr<Strategy> makeStrategy(const StrategySettings& settings,
                                       const StrategyContext& context) {
    switch (settings.kind) {
    case StrategyKind::FedProx:
        return std::make_unique<FedProx>(settings.serverLearningRate, settings.proximalMu);
    case StrategyKind::FedAvgM:
    case StrategyKind::FedAdam:
    case StrategyKind::FedYogi:
    case StrategyKind::FedAdagrad:
        return strategy_detail::makeServerOptimizer(settings);
    case StrategyKind::Scaffold:
        return strategy_detail::makeScaffold(settings, context);
    case StrategyKind::Median:
    case StrategyKind::TrimmedMean:
    case StrategyKind::Krum:
    case StrategyKind::MultiKrum:
        return strategy_detail::makeRobust(settings);
    case StrategyKind::FedAvg:
        break;
    }
    return std::make_unique<FedAvg>(settings.serverLearningRate);
}

std::unique_ptr<Strategy> makeStrategy(const FederationSpec& spec) {
    return makeStrategy(spec.strategy, StrategyContext{spec.clients, spec.training});
}

} // namespace fed
