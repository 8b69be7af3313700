// Strategies that keep server state between rounds: FedAvgM (server momentum), the adaptive
// server optimizers of Reddi et al. 2021 (FedAdam, FedYogi, FedAdagrad), and SCAFFOLD's control
// variates. State vectors are float32, as they are stored, so that a resumed run and the
// ledger's replay continue from exactly the values the coordinator had; every update is
// computed in double and rounded once. docs/ledger-format.md gives the arithmetic step by step.
#include "engine/spec/SpecIO.h"
#include "engine/strategy/StrategyParts.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace fed::strategy_detail {
namespace {

QString nameOf(StrategyKind kind) {
    return strategyName(kind);
}

//! FedAvgM (Hsu, Qi and Brown 2019): v <- beta v + Delta; x <- x + eta v, where Delta is the
//! sample-weighted mean update. Momentum on the server smooths the direction across rounds.
class FedAvgM final : public Strategy {
public:
    explicit FedAvgM(const StrategySettings& s)
        : m_eta(s.serverLearningRate)
        , m_beta(s.serverMomentum) {}
    StrategyKind kind() const override { return StrategyKind::FedAvgM; }
    QJsonObject parameters() const override {
        return {{u"server_learning_rate"_s, m_eta}, {u"server_momentum"_s, m_beta}};
    }

    Result<std::vector<float>> aggregate(std::span<const float> global,
                                         std::span<const ClientUpdate* const> updates) override {
        if (Status s = checkUpdates(global, updates); !s)
            return s.takeError();
        if (!m_velocity.empty() && m_velocity.size() != global.size())
            return fail(
                u"fedavgm: the server momentum has %1 values, the model %2"_s.arg(m_velocity.size())
                    .arg(global.size()));
        std::vector<float> next(global.begin(), global.end());
        if (updates.empty())
            return next;
        auto delta = weightedMean(updates, global.size());
        if (!delta)
            return delta.takeError();
        if (m_velocity.empty())
            m_velocity.assign(global.size(), 0.0f);
        for (std::size_t i = 0; i < global.size(); ++i) {
            m_velocity[i] =
                static_cast<float>(m_beta * static_cast<double>(m_velocity[i]) + (*delta)[i]);
            next[i] = static_cast<float>(static_cast<double>(global[i]) +
                                         m_eta * static_cast<double>(m_velocity[i]));
        }
        return next;
    }

    QByteArray saveState() const override {
        if (m_velocity.empty())
            return {};
        return encodeState(u"fedavgm", {m_velocity});
    }
    Status restoreState(QByteArrayView state) override {
        if (state.isEmpty()) {
            m_velocity.clear();
            return {};
        }
        auto decoded = decodeState(state, u"fedavgm", 1);
        if (!decoded)
            return decoded.takeError();
        m_velocity = std::move((*decoded)[0]);
        return {};
    }

private:
    double m_eta;
    double m_beta;
    std::vector<float> m_velocity;
};

//! Reddi et al. 2021, "Adaptive Federated Optimization", Algorithm 2: with Delta the mean
//! update, m <- beta1 m + (1 - beta1) Delta, then
//!   FedAdagrad: v <- v + Delta^2
//!   FedYogi:    v <- v - (1 - beta2) Delta^2 sign(v - Delta^2)
//!   FedAdam:    v <- beta2 v + (1 - beta2) Delta^2
//! and x <- x + eta m / (sqrt(v) + tau); m starts at 0 and v at tau^2 (the paper's v_-1).
class AdaptiveServer final : public Strategy {
public:
    explicit AdaptiveServer(const StrategySettings& s)
        : m_kind(s.kind)
        , m_eta(s.serverLearningRate)
        , m_beta1(s.beta1)
        , m_beta2(s.beta2)
        , m_tau(s.tau) {}
    StrategyKind kind() const override { return m_kind; }
    QJsonObject parameters() const override {
        QJsonObject p{{u"server_learning_rate"_s, m_eta}, {u"beta1"_s, m_beta1}, {u"tau"_s, m_tau}};
        if (m_kind != StrategyKind::FedAdagrad)
            p.insert(u"beta2"_s, m_beta2);
        return p;
    }

    Result<std::vector<float>> aggregate(std::span<const float> global,
                                         std::span<const ClientUpdate* const> updates) override {
        if (Status s = checkUpdates(global, updates); !s)
            return s.takeError();
        if (!m_m.empty() && m_m.size() != global.size())
            return fail(u"%1: the server moments have %2 values, the model %3"_s.arg(
                nameOf(m_kind), QString::number(m_m.size()), QString::number(global.size())));
        std::vector<float> next(global.begin(), global.end());
        if (updates.empty())
            return next;
        auto delta = weightedMean(updates, global.size());
        if (!delta)
            return delta.takeError();
        if (m_m.empty()) {
            m_m.assign(global.size(), 0.0f);
            m_v.assign(global.size(), static_cast<float>(m_tau * m_tau));
        }
        for (std::size_t i = 0; i < global.size(); ++i) {
            const double d = (*delta)[i];
            const double d2 = d * d;
            m_m[i] =
                static_cast<float>(m_beta1 * static_cast<double>(m_m[i]) + (1.0 - m_beta1) * d);
            const double v = m_v[i];
            double nv = v;
            switch (m_kind) {
            case StrategyKind::FedAdagrad:
                nv = v + d2;
                break;
            case StrategyKind::FedYogi: {
                const double diff = v - d2;
                const double sign = diff > 0.0 ? 1.0 : (diff < 0.0 ? -1.0 : 0.0);
                nv = v - (1.0 - m_beta2) * d2 * sign;
                break;
            }
            default: // FedAdam
                nv = m_beta2 * v + (1.0 - m_beta2) * d2;
                break;
            }
            m_v[i] = static_cast<float>(nv);
            next[i] = static_cast<float>(static_cast<double>(global[i]) +
                                         m_eta * static_cast<double>(m_m[i]) /
                                             (std::sqrt(static_cast<double>(m_v[i])) + m_tau));
        }
        return next;
    }

    QByteArray saveState() const override {
        if (m_m.empty())
            return {};
        return encodeState(nameOf(m_kind), {m_m, m_v});
    }
    Status restoreState(QByteArrayView state) override {
        if (state.isEmpty()) {
            m_m.clear();
            m_v.clear();
            return {};
        }
        auto decoded = decodeState(state, nameOf(m_kind), 2);
        if (!decoded)
            return decoded.takeError();
        for (float v : (*decoded)[1])
            if (!(v >= 0.0f))
                return fail(u"the %1 strategy state is malformed: a second moment is negative or "
                            "not a number"_s.arg(nameOf(m_kind)));
        m_m = std::move((*decoded)[0]);
        m_v = std::move((*decoded)[1]);
        return {};
    }

private:
    StrategyKind m_kind;
    double m_eta;
    double m_beta1;
    double m_beta2;
    double m_tau;
    std::vector<float> m_m;
    std::vector<float> m_v;
};

//! SCAFFOLD (Karimireddy et al. 2020), option II control variates. Clients step with
//! g + c - c_i; after a client's update delta_i = y_i - x over K_i local steps at rate eta_l,
//!   c_i <- c_i - c - delta_i / (K_i eta_l)         (so Delta c_i = -c - delta_i / (K_i eta_l))
//! and the server applies x <- x + eta_g * mean(delta), c <- c + (1/N) sum_i Delta c_i over the
//! round's accepted clients, N being every client of the federation. The mean over delta is
//! sample-weighted like FedAvg's (the paper's Algorithm 1 takes the plain mean; they agree when
//! clients hold equal data).
class Scaffold final : public Strategy {
public:
    Scaffold(const StrategySettings& s, const StrategyContext& context)
        : m_eta(s.serverLearningRate)
        , m_clients(std::max(1, context.clients))
        , m_training(context.training) {}
    StrategyKind kind() const override { return StrategyKind::Scaffold; }
    QJsonObject parameters() const override { return {{u"server_learning_rate"_s, m_eta}}; }

    bool keepsClientState() const override { return true; }

    Result<std::vector<float>> gradientCorrection(std::span<const float> clientState,
                                                  std::size_t parameters) const override {
        if (Status s = checkSizes(clientState, parameters); !s)
            return s.takeError();
        std::vector<float> correction(parameters, 0.0f);
        for (std::size_t i = 0; i < parameters; ++i) {
            const double c = m_control.empty() ? 0.0 : static_cast<double>(m_control[i]);
            const double ci = clientState.empty() ? 0.0 : static_cast<double>(clientState[i]);
            correction[i] = static_cast<float>(c - ci);
        }
        return correction;
    }

    Result<std::vector<float>> nextClientState(std::span<const float> clientState,
                                               const ClientUpdate& update) const override {
        if (Status s = checkSizes(clientState, update.delta.size()); !s)
            return s.takeError();
        const double scale = stepScale(update);
        if (scale == 0.0)
            return fail(
                u"scaffold: client %1 reports %2 samples"_s.arg(update.client).arg(update.samples));
        std::vector<float> next(update.delta.size());
        for (std::size_t i = 0; i < next.size(); ++i) {
            const double c = m_control.empty() ? 0.0 : static_cast<double>(m_control[i]);
            const double ci = clientState.empty() ? 0.0 : static_cast<double>(clientState[i]);
            next[i] = static_cast<float>(ci - c - static_cast<double>(update.delta[i]) * scale);
        }
        return next;
    }

    Result<std::vector<float>> aggregate(std::span<const float> global,
                                         std::span<const ClientUpdate* const> updates) override {
        if (Status s = checkUpdates(global, updates); !s)
            return s.takeError();
        if (!m_control.empty() && m_control.size() != global.size())
            return fail(u"scaffold: the server control variate has %1 values, the model %2"_s
                            .arg(m_control.size())
                            .arg(global.size()));
        std::vector<float> next(global.size());
        if (Status s = addWeightedAverage(global, updates, m_eta, next); !s)
            return s.takeError();
        if (updates.empty())
            return next;
        std::vector<double> scales;
        for (const ClientUpdate* u : updates)
            scales.push_back(stepScale(*u));
        if (m_control.empty())
            m_control.assign(global.size(), 0.0f);
        const double share = 1.0 / static_cast<double>(m_clients);
        for (std::size_t i = 0; i < global.size(); ++i) {
            const double c = m_control[i];
            double sum = 0.0;
            for (std::size_t k = 0; k < updates.size(); ++k)
                sum += -c - static_cast<double>(updates[k]->delta[i]) * scales[k];
            m_control[i] = static_cast<float>(c + share * sum);
        }
        return next;
    }

    QByteArray saveState() const override {
        if (m_control.empty())
            return {};
        return encodeState(u"scaffold", {m_control});
    }
    Status restoreState(QByteArrayView state) override {
        if (state.isEmpty()) {
            m_control.clear();
            return {};
        }
        auto decoded = decodeState(state, u"scaffold", 1);
        if (!decoded)
            return decoded.takeError();
        m_control = std::move((*decoded)[0]);
        return {};
    }

private:
    //! 1 / (K_i eta_l): the update divided by this is the client's mean corrected gradient.
    double stepScale(const ClientUpdate& u) const {
        const std::int64_t steps = localSteps(u.samples, m_training);
        if (steps <= 0)
            return 0.0;
        return 1.0 / (static_cast<double>(steps) * m_training.learningRate);
    }

    Status checkSizes(std::span<const float> clientState, std::size_t parameters) const {
        if (!clientState.empty() && clientState.size() != parameters)
            return fail(u"scaffold: a client control variate has %1 values, the model %2"_s
                            .arg(clientState.size())
                            .arg(parameters));
        if (!m_control.empty() && m_control.size() != parameters)
            return fail(u"scaffold: the server control variate has %1 values, the model %2"_s
                            .arg(m_control.size())
                            .arg(parameters));
        return {};
    }

    double m_eta;
    int m_clients;
    TrainingSettings m_training;
    std::vector<float> m_control;
};

} // namespace

std::unique_ptr<Strategy> makeServerOptimizer(const StrategySettings& settings) {
    if (settings.kind == StrategyKind::FedAvgM)
        return std::make_unique<FedAvgM>(settings);
    return std::make_unique<AdaptiveServer>(settings);
}

std::unique_ptr<Strategy> makeScaffold(const StrategySettings& settings,
                                       const StrategyContext& context) {
    return std::make_unique<Scaffold>(settings, context);
}

} // namespace fed::strategy_detail
