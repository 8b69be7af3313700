// Aggregation strategies against results computed by hand, and the stateful ones (FedAdam,
// FedYogi, SCAFFOLD) against reference trajectories computed independently here, in plain
// double loops.
#include "engine/strategy/Strategy.h"

#include <QTest>
#include <cmath>
#include <cstring>
#include <functional>

using namespace fed;

namespace {
std::vector<const ClientUpdate*> pointers(const std::vector<ClientUpdate>& updates) {
    std::vector<const ClientUpdate*> out;
    for (const auto& u : updates)
        out.push_back(&u);
    return out;
}
void compareVectors(const std::vector<float>& actual, const std::vector<float>& expected) {
    QCOMPARE(actual.size(), expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i)
        QVERIFY2(std::abs(actual[i] - expected[i]) < 1e-6f,
                 qPrintable(
                     QStringLiteral("index %1: %2 != %3").arg(i).arg(actual[i]).arg(expected[i])));
}

//! |a - b| within an absolute and a relative tolerance, for float results against double
//! references (state vectors are stored as float32 between rounds).
bool close(double actual, double expected, double absolute = 1e-6, double relative = 1e-5) {
    return std::abs(actual - expected) <= absolute + relative * std::abs(expected);
}

//! The first index where a stateful strategy's float model leaves the double reference (within
//! the tolerance of close() for state carried as float32), as "index i: x != reference"; empty
//! when all agree.
QString firstMismatch(const std::vector<float>& x, const std::vector<double>& reference) {
    for (std::size_t i = 0; i < reference.size(); ++i)
        if (!close(x[i], reference[i], 1e-5, 1e-4))
            return QStringLiteral("index %1: %2 != %3").arg(i).arg(x[i]).arg(reference[i]);
    return {};
}

StrategySettings settingsFor(StrategyKind kind) {
    StrategySettings s;
    s.kind = kind;
    return s;
}

std::vector<float> run(Strategy& strategy, const std::vector<float>& global,
                       const std::vector<ClientUpdate>& updates) {
    auto next = strategy.aggregate(global, pointers(updates));
    if (!next) {
        qWarning("%s", qPrintable(next.error()));
        return {};
    }
    return *next;
}

//! A deterministic, irregular update for (round, client, index): what the trajectory tests feed.
float syntheticDelta(int round, int client, std::size_t i) {
    return static_cast<float>(
        0.05 * std::sin(0.7 * static_cast<double>(i) + 1.3 * client + 0.45 * round) +
        0.01 * (client - 1));
}
} // namespace

class TestStrategy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fedAvgIsSampleWeighted() {
        // (10 * [1, 0, -1] + 30 * [-1, 2, 1]) / 40 = [-0.5, 1.5, 0.5]
        const std::vector<float> global{1, 2, 3};
        const std::vector<ClientUpdate> updates{{0, 10, {1, 0, -1}}, {1, 30, {-1, 2, 1}}};
        auto strategy = makeStrategy(StrategySettings{});
        QCOMPARE(strategy->kind(), StrategyKind::FedAvg);
        auto next = strategy->aggregate(global, pointers(updates));
        QVERIFY2(next.ok(), qPrintable(next.error()));
        compareVectors(*next, {0.5f, 3.5f, 3.5f});
    }

    void fedAvgEqualsAveragingTheClientModels() {
        // McMahan's rule: the new model is the weighted mean of w_k = global + delta_k.
        const std::vector<float> global{0.25f, -4.0f};
        const std::vector<ClientUpdate> updates{
            {2, 5, {1, 1}}, {4, 15, {3, -1}}, {7, 20, {-2, 0.5f}}};
        std::vector<float> expected(2, 0.0f);
        for (const auto& u : updates)
            for (std::size_t i = 0; i < 2; ++i)
                expected[i] += (global[i] + u.delta[i]) * static_cast<float>(u.samples) / 40.0f;
        auto next = makeStrategy(StrategySettings{})->aggregate(global, pointers(updates));
        QVERIFY(next.ok());
        compareVectors(*next, expected);
    }

    void serverLearningRateScalesTheStep() {
        StrategySettings settings;
        settings.serverLearningRate = 0.5;
        const std::vector<float> global{1, 2, 3};
        const std::vector<ClientUpdate> updates{{0, 10, {1, 0, -1}}, {1, 30, {-1, 2, 1}}};
        auto next = makeStrategy(settings)->aggregate(global, pointers(updates));
        QVERIFY(next.ok());
        compareVectors(*next, {0.75f, 2.75f, 3.25f});
    }

    void fedProxAggregatesLikeFedAvgAndCarriesMu() {
        StrategySettings settings;
        settings.kind = StrategyKind::FedProx;
        settings.proximalMu = 0.1;
        auto prox = makeStrategy(settings);
        QCOMPARE(prox->kind(), StrategyKind::FedProx);
        QCOMPARE(prox->proximalMu(), 0.1);
        QCOMPARE(makeStrategy(StrategySettings{})->proximalMu(), 0.0);
        QCOMPARE(prox->parameters().value(QStringLiteral("mu")).toDouble(), 0.1);
        const std::vector<float> global{1, 2, 3};
        const std::vector<ClientUpdate> updates{{0, 10, {1, 0, -1}}, {1, 30, {-1, 2, 1}}};
        auto next = prox->aggregate(global, pointers(updates));
        QVERIFY(next.ok());
        compareVectors(*next, {0.5f, 3.5f, 3.5f});
    }

    void noUpdatesKeepsTheModel() {
        const std::vector<float> global{1, 2, 3};
        auto next = makeStrategy(StrategySettings{})->aggregate(global, {});
        QVERIFY(next.ok());
        compareVectors(*next, global);
    }

    void inconsistentUpdatesAreRefused() {
        const std::vector<float> global{1, 2, 3};
        const std::vector<ClientUpdate> shortUpdate{{3, 10, {1, 0}}};
        auto next = makeStrategy(StrategySettings{})->aggregate(global, pointers(shortUpdate));
        QVERIFY(!next.ok());
        QVERIFY(next.error().contains(QStringLiteral("client 3")));
        const std::vector<ClientUpdate> noSamples{{5, 0, {1, 0, 0}}};
        next = makeStrategy(StrategySettings{})->aggregate(global, pointers(noSamples));
        QVERIFY(!next.ok());
        QVERIFY(next.error().contains(QStringLiteral("0 samples")));
    }

    void largeVectorsCrossBlockBoundaries() {
        // Sizes that are not multiples of the accumulation block must be handled exactly.
        const std::size_t n = 5000;
        std::vector<float> global(n);
        std::vector<ClientUpdate> updates{{0, 1, std::vector<float>(n)},
                                          {1, 3, std::vector<float>(n)}};
        for (std::size_t i = 0; i < n; ++i) {
            global[i] = static_cast<float>(i % 17);
            updates[0].delta[i] = 4.0f;
            updates[1].delta[i] = static_cast<float>(i % 5);
        }
        auto next = makeStrategy(StrategySettings{})->aggregate(global, pointers(updates));
        QVERIFY(next.ok());
        for (std::size_t i = 0; i < n; ++i)
            QCOMPARE((*next)[i],
                     static_cast<float>(i % 17) + (4.0f + 3.0f * static_cast<float>(i % 5)) / 4.0f);
    }

    void groupedAccumulationMatchesANaiveSum() {
        // 19 updates: two groups of eight and a remainder of three, across block boundaries.
        const std::size_t n = 4500;
        std::vector<ClientUpdate> updates;
        std::int64_t total = 0;
        for (int k = 0; k < 19; ++k) {
            ClientUpdate u{k, 3 + 7 * k, std::vector<float>(n)};
            for (std::size_t i = 0; i < n; ++i)
                u.delta[i] = std::cos(static_cast<float>(i) * 0.37f + static_cast<float>(k));
            total += u.samples;
            updates.push_back(std::move(u));
        }
        std::vector<float> global(n);
        for (std::size_t i = 0; i < n; ++i)
            global[i] = static_cast<float>(i % 11) * 0.1f;
        auto next = makeStrategy(StrategySettings{})->aggregate(global, pointers(updates));
        QVERIFY(next.ok());
        for (std::size_t i = 0; i < n; ++i) {
            double expected = global[i];
            for (const auto& u : updates)
                expected +=
                    static_cast<double>(u.samples) / static_cast<double>(total) * u.delta[i];
            QVERIFY2(std::abs((*next)[i] - expected) < 1e-6, qPrintable(QString::number(i)));
        }
    }

    void aggregationIsDeterministic() {
        std::vector<ClientUpdate> updates;
        for (int k = 0; k < 7; ++k) {
            ClientUpdate u{k, 11 + k * 13, std::vector<float>(3001)};
            for (std::size_t i = 0; i < u.delta.size(); ++i)
                u.delta[i] = std::sin(static_cast<float>(i * 31 + static_cast<std::size_t>(k)));
            updates.push_back(std::move(u));
        }
        const std::vector<float> global(3001, 0.125f);
        auto a = makeStrategy(StrategySettings{})->aggregate(global, pointers(updates));
        auto b = makeStrategy(StrategySettings{})->aggregate(global, pointers(updates));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(std::memcmp(a->data(), b->data(), a->size() * sizeof(float)) == 0);
    }

    // --- server optimizers ------------------------------------------------------------------

    void fedAvgMByHand() {
        // beta 0.5, eta 1. Round 1: Delta = (10 [1, -2] + 30 [3, 2]) / 40 = [2.5, 1]; v = Delta;
        // x = [1, 2] + v = [3.5, 3]. Round 2: Delta = [1, 1]; v = 0.5 [2.5, 1] + [1, 1] =
        // [2.25, 1.5]; x = [3.5, 3] + v = [5.75, 4.5].
        StrategySettings s = settingsFor(StrategyKind::FedAvgM);
        s.serverMomentum = 0.5;
        auto strategy = makeStrategy(s);
        QCOMPARE(strategy->kind(), StrategyKind::FedAvgM);
        QVERIFY(strategy->saveState().isEmpty()); // nothing before the first aggregation
        const auto x1 = run(*strategy, {1, 2}, {{0, 10, {1, -2}}, {1, 30, {3, 2}}});
        compareVectors(x1, {3.5f, 3.0f});
        const QByteArray afterRound1 = strategy->saveState();
        QVERIFY(!afterRound1.isEmpty());
        const auto x2 = run(*strategy, x1, {{0, 1, {1, 1}}});
        compareVectors(x2, {5.75f, 4.5f});
        // A fresh strategy given round 1's state continues exactly: what resume and replay do.
        auto resumed = makeStrategy(s);
        QVERIFY(resumed->restoreState(afterRound1));
        const auto again = run(*resumed, x1, {{0, 1, {1, 1}}});
        QVERIFY(std::memcmp(again.data(), x2.data(), x2.size() * sizeof(float)) == 0);
        QCOMPARE(resumed->saveState(), strategy->saveState());
        QCOMPARE(strategy->parameters().value(QStringLiteral("server_momentum")).toDouble(), 0.5);
    }

    void stateBlobLayoutIsTheDocumentedOne() {
        // docs/ledger-format.md, "Strategy state": FSS1, str(name), u32 vector count, then per
        // vector u64 count and float32 LE values. FedAvgM after one round: v = [2.5, 1].
        StrategySettings s = settingsFor(StrategyKind::FedAvgM);
        s.serverMomentum = 0.5;
        auto strategy = makeStrategy(s);
        (void)run(*strategy, {1, 2}, {{0, 10, {1, -2}}, {1, 30, {3, 2}}});
        const QByteArray expected = QByteArray::fromHex("46535331"         // FSS1
                                                        "07000000"         // name length
                                                        "666564617667 6d"  // "fedavgm"
                                                        "01000000"         // one vector
                                                        "0200000000000000" // two values
                                                        "00002040"         // 2.5f
                                                        "0000803f");       // 1.0f
        QCOMPARE(strategy->saveState().toHex(), expected.toHex());
    }

    void adaptiveOptimizersByHand_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("secondMoment");
        // One update Delta = 0.5 from x = 0, beta1 0.9, beta2 0.99, tau 0.1 (v starts at
        // tau^2 = 0.01), eta 0.1; m = 0.1 * 0.5 = 0.05 for all three.
        //   FedAdam:    v = 0.99 * 0.01 + 0.01 * 0.25 = 0.0124
        //   FedYogi:    v = 0.01 - 0.01 * 0.25 * sign(0.01 - 0.25) = 0.0125
        //   FedAdagrad: v = 0.01 + 0.25 = 0.26
        QTest::newRow("fedadam") << int(StrategyKind::FedAdam) << 0.0124;
        QTest::newRow("fedyogi") << int(StrategyKind::FedYogi) << 0.0125;
        QTest::newRow("fedadagrad") << int(StrategyKind::FedAdagrad) << 0.26;
    }

    void adaptiveOptimizersByHand() {
        QFETCH(int, kind);
        QFETCH(double, secondMoment);
        StrategySettings s = settingsFor(static_cast<StrategyKind>(kind));
        s.beta1 = 0.9;
        s.beta2 = 0.99;
        s.tau = 0.1;
        s.serverLearningRate = 0.1;
        auto strategy = makeStrategy(s);
        const auto next = run(*strategy, {0.0f, 1.0f}, {{0, 5, {0.5f, 0.0f}}});
        QCOMPARE(next.size(), std::size_t(2));
        const double expected = 0.1 * 0.05 / (std::sqrt(secondMoment) + 0.1);
        QVERIFY2(close(next[0], expected), qPrintable(QString::number(next[0])));
        // A zero update moves nothing: m = 0 and v only decays toward 0.
        QCOMPARE(next[1], 1.0f);
    }

    void adaptiveOptimizersFollowTheReferenceTrajectory_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("fedadam") << int(StrategyKind::FedAdam);
        QTest::newRow("fedyogi") << int(StrategyKind::FedYogi);
        QTest::newRow("fedadagrad") << int(StrategyKind::FedAdagrad);
    }

    void adaptiveOptimizersFollowTheReferenceTrajectory() {
        // Reddi et al. 2021, Algorithm 2, written out again in double: 12 rounds of 3 clients
        // with unequal sample counts, the state saved and restored into a fresh strategy every
        // round (as resume and the ledger's replay do).
        QFETCH(int, kind);
        const auto k = static_cast<StrategyKind>(kind);
        StrategySettings s = settingsFor(k);
        s.serverLearningRate = 0.03;
        s.beta1 = 0.8;
        s.beta2 = 0.95;
        s.tau = 1e-3;
        const std::size_t n = 37;
        std::vector<float> x(n);
        for (std::size_t i = 0; i < n; ++i)
            x[i] = static_cast<float>(0.1 * std::cos(static_cast<double>(i)));
        std::vector<double> rx(x.begin(), x.end()), rm(n, 0.0), rv(n, s.tau * s.tau);
        QByteArray state;
        for (int round = 1; round <= 12; ++round) {
            std::vector<ClientUpdate> updates;
            for (int c = 0; c < 3; ++c) {
                ClientUpdate u{c, 10 + 15 * c + round, std::vector<float>(n)};
                for (std::size_t i = 0; i < n; ++i)
                    u.delta[i] = syntheticDelta(round, c, i);
                updates.push_back(std::move(u));
            }
            auto strategy = makeStrategy(s);
            QVERIFY(strategy->restoreState(state));
            x = run(*strategy, x, updates);
            QCOMPARE(x.size(), n);
            state = strategy->saveState();

            double total = 0.0;
            for (const auto& u : updates)
                total += static_cast<double>(u.samples);
            for (std::size_t i = 0; i < n; ++i) {
                double delta = 0.0;
                for (const auto& u : updates)
                    delta += static_cast<double>(u.samples) / total * u.delta[i];
                rm[i] = s.beta1 * rm[i] + (1 - s.beta1) * delta;
                const double d2 = delta * delta;
                if (k == StrategyKind::FedAdam)
                    rv[i] = s.beta2 * rv[i] + (1 - s.beta2) * d2;
                else if (k == StrategyKind::FedYogi)
                    rv[i] =
                        rv[i] - (1 - s.beta2) * d2 * (rv[i] > d2 ? 1.0 : (rv[i] < d2 ? -1.0 : 0.0));
                else
                    rv[i] = rv[i] + d2;
                rx[i] += s.serverLearningRate * rm[i] / (std::sqrt(rv[i]) + s.tau);
            }
            const QString mismatch = firstMismatch(x, rx);
            QVERIFY2(mismatch.isEmpty(),
                     qPrintable(QStringLiteral("round %1, %2").arg(round).arg(mismatch)));
        }
    }

    void statefulStrategiesRefuseForeignState() {
        auto adam = makeStrategy(settingsFor(StrategyKind::FedAdam));
        QVERIFY(!adam->restoreState(QByteArrayView("garbage")));
        auto yogi = makeStrategy(settingsFor(StrategyKind::FedYogi));
        (void)run(*yogi, {0, 0}, {{0, 1, {1, 1}}});
        const Status s = adam->restoreState(yogi->saveState());
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("fedyogi")), qPrintable(s.error()));
        // Truncated state is refused, not half-read.
        QByteArray cut = yogi->saveState();
        cut.chop(3);
        QVERIFY(!yogi->restoreState(cut));
        // Stateless strategies keep none, and say so when given some.
        QVERIFY(!makeStrategy(StrategySettings{})->restoreState(yogi->saveState()));
    }

    void failedAggregationChangesNoState() {
        auto adam = makeStrategy(settingsFor(StrategyKind::FedAdam));
        (void)run(*adam, {0, 0}, {{0, 1, {1, 1}}});
        const QByteArray before = adam->saveState();
        auto next = adam->aggregate(std::vector<float>{0, 0},
                                    pointers({{0, 1, {1, 1}}, {1, 1, {1, 1, 1}}}));
        QVERIFY(!next);
        QCOMPARE(adam->saveState(), before);
        // A round without updates keeps the model and the state.
        const auto same = run(*adam, {3, 4}, {});
        compareVectors(same, {3, 4});
        QCOMPARE(adam->saveState(), before);
    }

    // --- SCAFFOLD ---------------------------------------------------------------------------

    void localStepsFollowTheTrainer() {
        TrainingSettings t;
        t.batchSize = 32;
        t.localEpochs = 2;
        QCOMPARE(localSteps(100, t), std::int64_t(8)); // ceil(100 / 32) = 4 per epoch
        QCOMPARE(localSteps(32, t), std::int64_t(2));
        QCOMPARE(localSteps(5, t), std::int64_t(2)); // one batch of all 5 per epoch
        QCOMPARE(localSteps(0, t), std::int64_t(0));
    }

    void scaffoldByHand() {
        // Two clients, eta_l = 0.1, batch 10: client 0 holds 10 samples (K = 1 step), client 1
        // holds 20 (K = 2). Round 1 from x = 1, c = c_i = 0, so no correction; d0 = -0.1,
        // d1 = -0.4:
        //   x = 1 + (10 (-0.1) + 20 (-0.4)) / 30 = 0.7
        //   c0 = 0 - 0 - (-0.1) / (1 * 0.1) = 1,   c1 = 0 - 0 - (-0.4) / (2 * 0.1) = 2
        //   c  = 0 + (1/2) ((1 - 0) + (2 - 0)) = 1.5
        // Round 2, client 0 alone: correction c - c0 = 0.5 (client 1 would get -0.5); d0 = -0.2:
        //   x = 0.7 - 0.2 = 0.5;  c0 = 1 - 1.5 + 2 = 1.5;  c = 1.5 + (1/2)(1.5 - 1) = 1.75
        StrategyContext context;
        context.clients = 2;
        context.training.learningRate = 0.1;
        context.training.batchSize = 10;
        context.training.localEpochs = 1;
        auto strategy = makeStrategy(settingsFor(StrategyKind::Scaffold), context);
        QVERIFY(strategy->keepsClientState());
        QVERIFY(!makeStrategy(StrategySettings{})->keepsClientState());
        auto zero = strategy->gradientCorrection({}, 1);
        QVERIFY(zero);
        compareVectors(*zero, {0.0f});

        const std::vector<ClientUpdate> round1{{0, 10, {-0.1f}}, {1, 20, {-0.4f}}};
        auto c0 = strategy->nextClientState({}, round1[0]);
        auto c1 = strategy->nextClientState({}, round1[1]);
        QVERIFY(c0 && c1);
        compareVectors(*c0, {1.0f});
        compareVectors(*c1, {2.0f});
        const auto x1 = run(*strategy, {1.0f}, round1);
        compareVectors(x1, {0.7f});

        auto corr0 = strategy->gradientCorrection(*c0, 1);
        auto corr1 = strategy->gradientCorrection(*c1, 1);
        QVERIFY(corr0 && corr1);
        compareVectors(*corr0, {0.5f});
        compareVectors(*corr1, {-0.5f});

        const std::vector<ClientUpdate> round2{{0, 10, {-0.2f}}};
        auto c0next = strategy->nextClientState(*c0, round2[0]);
        QVERIFY(c0next);
        compareVectors(*c0next, {1.5f});
        const auto x2 = run(*strategy, x1, round2);
        compareVectors(x2, {0.5f});
        // c = 1.75 shows in the next correction of a client with c_i = 0.
        auto fresh = strategy->gradientCorrection({}, 1);
        QVERIFY(fresh);
        compareVectors(*fresh, {1.75f});
    }

    void scaffoldFollowsTheReferenceTrajectory() {
        // Karimireddy et al. 2020, Algorithm 1 with option II, written out again in double, on
        // clients with quadratic losses f_i(w) = 1/2 ||w - a_i||^2 (gradient w - a_i), K_i
        // local steps of y <- y - eta_l (y - a_i + c - c_i). Partial participation: a different
        // subset each round. The strategy supplies the corrections and keeps c and c_i; the
        // reference keeps its own. Both must walk the same path.
        const int clients = 4;
        const std::size_t n = 9;
        StrategyContext context;
        context.clients = clients;
        context.training.learningRate = 0.1;
        context.training.batchSize = 4;
        context.training.localEpochs = 1;
        StrategySettings s = settingsFor(StrategyKind::Scaffold);
        s.serverLearningRate = 1.0;
        const std::int64_t samples[clients] = {4, 8, 12, 6}; // K = 1, 2, 3, 2
        std::vector<std::vector<double>> a(clients, std::vector<double>(n));
        for (int c = 0; c < clients; ++c)
            for (std::size_t i = 0; i < n; ++i)
                a[c][i] = std::sin(1.7 * c + 0.3 * static_cast<double>(i)) * (1 + c);

        std::vector<float> x(n, 0.0f);
        std::vector<double> rx(n, 0.0), rc(n, 0.0);
        std::vector<std::vector<double>> rci(clients, std::vector<double>(n, 0.0));
        std::vector<std::vector<float>> ci(clients); // the strategy's c_i, as the run file keeps
        QByteArray state;
        for (int round = 1; round <= 40; ++round) {
            std::vector<int> selected;
            for (int c = 0; c < clients; ++c)
                if ((c + round) % 3 != 0)
                    selected.push_back(c);
            auto strategy = makeStrategy(s, context);
            QVERIFY(strategy->restoreState(state));

            std::vector<ClientUpdate> updates;
            std::vector<std::vector<double>> rdelta;
            for (int c : selected) {
                const std::int64_t steps = localSteps(samples[c], context.training);
                // The strategy's correction drives the client's (float) training...
                auto correction = strategy->gradientCorrection(ci[c], n);
                QVERIFY(correction);
                std::vector<double> y(x.begin(), x.end());
                for (std::int64_t k = 0; k < steps; ++k)
                    for (std::size_t i = 0; i < n; ++i)
                        y[i] -= context.training.learningRate * (y[i] - a[c][i] + (*correction)[i]);
                ClientUpdate u{c, samples[c], std::vector<float>(n)};
                for (std::size_t i = 0; i < n; ++i)
                    u.delta[i] = static_cast<float>(y[i] - x[i]);
                updates.push_back(std::move(u));
                // ...and the reference trains from its own state in double.
                std::vector<double> ry = rx;
                for (std::int64_t k = 0; k < steps; ++k)
                    for (std::size_t i = 0; i < n; ++i)
                        ry[i] -=
                            context.training.learningRate * (ry[i] - a[c][i] + rc[i] - rci[c][i]);
                std::vector<double> d(n);
                for (std::size_t i = 0; i < n; ++i)
                    d[i] = ry[i] - rx[i];
                rdelta.push_back(std::move(d));
            }
            for (std::size_t j = 0; j < selected.size(); ++j) {
                auto next = strategy->nextClientState(ci[selected[j]], updates[j]);
                QVERIFY(next);
                ci[selected[j]] = std::move(*next);
            }
            x = run(*strategy, x, updates);
            state = strategy->saveState();

            // Reference server step: sample-weighted mean for x, (1/N) sum of Delta c_i for c.
            double total = 0.0;
            for (int c : selected)
                total += static_cast<double>(samples[c]);
            std::vector<double> dc(n, 0.0);
            for (std::size_t j = 0; j < selected.size(); ++j) {
                const int c = selected[j];
                const double k = static_cast<double>(localSteps(samples[c], context.training));
                for (std::size_t i = 0; i < n; ++i) {
                    const double next =
                        rci[c][i] - rc[i] - rdelta[j][i] / (k * context.training.learningRate);
                    dc[i] += next - rci[c][i];
                    rci[c][i] = next;
                    rx[i] += static_cast<double>(samples[c]) / total * rdelta[j][i];
                }
            }
            for (std::size_t i = 0; i < n; ++i)
                rc[i] += dc[i] / clients;
            const QString mismatch = firstMismatch(x, rx);
            QVERIFY2(mismatch.isEmpty(),
                     qPrintable(QStringLiteral("round %1, %2").arg(round).arg(mismatch)));
        }
        // The control variates did their job: the model sits near the optimum of the average
        // loss, the mean of the a_i.
        for (std::size_t i = 0; i < n; ++i) {
            double mean = 0.0;
            for (int c = 0; c < clients; ++c)
                mean += a[c][i] / clients;
            QVERIFY2(std::abs(rx[i] - mean) < 0.05, qPrintable(QString::number(i)));
        }
    }

    // --- robust rules -----------------------------------------------------------------------

    void medianByHand() {
        // Per coordinate: median(1, 3, 2) = 2; median(5, -1, 2) = 2; median(-2, 0, 100) = 0.
        auto median = makeStrategy(settingsFor(StrategyKind::Median));
        QCOMPARE(median->kind(), StrategyKind::Median);
        const std::vector<ClientUpdate> odd{
            {0, 1, {1, 5, -2}}, {1, 1000, {3, -1, 0}}, {2, 1, {2, 2, 100}}};
        compareVectors(run(*median, {10, 20, 30}, odd), {12, 22, 30});
        // Even counts average the two middle values: (1, 2, 3, 40) -> 2.5; (-1, -1, 0, 9) -> -0.5.
        const std::vector<ClientUpdate> even{
            {0, 1, {1, -1}}, {1, 1, {40, 9}}, {2, 1, {3, 0}}, {3, 1, {2, -1}}};
        compareVectors(run(*median, {0, 0}, even), {2.5f, -0.5f});
    }

    void trimmedMeanByHand() {
        // beta 0.2 of 5 cuts one value from each end: (1, 2, 3, 4, 100) -> mean(2, 3, 4) = 3;
        // ties count once each: (1, 1, 1, 5, 5) -> mean(1, 1, 5) = 7/3.
        StrategySettings s = settingsFor(StrategyKind::TrimmedMean);
        s.trimFraction = 0.2;
        auto trimmed = makeStrategy(s);
        const std::vector<ClientUpdate> updates{
            {0, 1, {100, 1}}, {1, 1, {2, 5}}, {2, 1, {4, 1}}, {3, 1, {1, 5}}, {4, 1, {3, 1}}};
        compareVectors(run(*trimmed, {0, 0}, updates), {3.0f, 7.0f / 3.0f});
        // beta 0 is the plain (unweighted) mean; a fraction too small to cut anything likewise.
        s.trimFraction = 0.0;
        compareVectors(run(*makeStrategy(s), {0, 0}, updates), {22.0f, 2.6f});
        s.trimFraction = 0.19;
        compareVectors(run(*makeStrategy(s), {0, 0}, updates), {22.0f, 2.6f});
        QCOMPARE(trimmed->parameters().value(QStringLiteral("trim_fraction")).toDouble(), 0.2);
    }

    void krumByHand() {
        // a = (0,0), b = (1,0), c = (0,1), d = (2,2), e = (10,10); squared distances:
        // ab 1, ac 1, ad 8, ae 200, bc 2, bd 5, be 181, cd 5, ce 181, de 128. With f = 1 each
        // update counts its n - f - 2 = 2 nearest: a 1+1 = 2, b 1+2 = 3, c 1+2 = 3,
        // d 5+5 = 10, e 128+181 = 309.
        const std::vector<ClientUpdate> updates{
            {0, 1, {0, 0}}, {1, 1, {1, 0}}, {2, 1, {0, 1}}, {3, 1, {2, 2}}, {4, 1, {10, 10}}};
        StrategySettings s = settingsFor(StrategyKind::Krum);
        s.krumByzantine = 1;
        // Krum applies a alone.
        compareVectors(run(*makeStrategy(s), {5, 5}, updates), {5, 5});
        // Multi-Krum, m = 3: a, b, c -> mean (1/3, 1/3).
        s.kind = StrategyKind::MultiKrum;
        s.multiKrumSelected = 3;
        compareVectors(run(*makeStrategy(s), {0, 0}, updates), {1.0f / 3, 1.0f / 3});
        // m = 0 means n - f = 4: a, b, c, d -> (3/4, 3/4); the outlier never gets in.
        s.multiKrumSelected = 0;
        compareVectors(run(*makeStrategy(s), {0, 0}, updates), {0.75f, 0.75f});
        QCOMPARE(makeStrategy(s)->parameters().value(QStringLiteral("krum_byzantine")).toInt(), 1);
    }

    void krumBreaksTiesByClientOrder() {
        // b and c are mirror images of each other around a; they tie, and the earlier wins.
        const std::vector<ClientUpdate> updates{
            {0, 1, {0, 0}}, {1, 1, {1, 0}}, {2, 1, {-1, 0}}, {3, 1, {0, 1}}, {4, 1, {0, -1}}};
        StrategySettings s = settingsFor(StrategyKind::Krum);
        s.krumByzantine = 0;
        // n - f - 2 = 3 neighbours: a 1+1+1 = 3; b 1+2+2 = 5; c 5; d 5; e 5 -> a.
        compareVectors(run(*makeStrategy(s), {0, 0}, updates), {0, 0});
        const std::vector<ClientUpdate> tie{
            {0, 1, {1, 0}}, {1, 1, {-1, 0}}, {2, 1, {1, 0}}, {3, 1, {-1, 0}}};
        // Each has a twin at 0 and two at 4: with 1 neighbour all score 0; position 0 wins.
        s.krumByzantine = 1;
        compareVectors(run(*makeStrategy(s), {0, 0}, tie), {1, 0});
    }

    void krumWithFewerUpdatesThanItsBoundStillAggregates() {
        // Rejections can leave fewer than 2f + 3 updates; the neighbour count is then clamped
        // to at least one, and a single update is taken as it is.
        StrategySettings s = settingsFor(StrategyKind::Krum);
        s.krumByzantine = 3;
        compareVectors(run(*makeStrategy(s), {1, 1}, {{7, 1, {2, 3}}}), {3, 4});
        compareVectors(run(*makeStrategy(s), {0, 0}, {{0, 1, {1, 0}}, {1, 1, {0, 1}}}), {1, 0});
    }

    void robustRulesResistOutliersWhereAveragingDoesNot() {
        // Seven honest updates near +1 and three sign-flipped, scaled ones at -4.
        std::vector<ClientUpdate> updates;
        for (int k = 0; k < 10; ++k) {
            ClientUpdate u{k, 100, std::vector<float>(64)};
            for (std::size_t i = 0; i < u.delta.size(); ++i)
                u.delta[i] = k < 7 ? 1.0f + 0.01f * static_cast<float>((k * 7 + i) % 5)
                                   : -4.0f * (1.0f + 0.01f * static_cast<float>(i % 3));
            updates.push_back(std::move(u));
        }
        const std::vector<float> zero(64, 0.0f);
        const auto mean = run(*makeStrategy(StrategySettings{}), zero, updates);
        QVERIFY(mean[0] < 0.0f); // FedAvg is dragged the wrong way
        StrategySettings trimmed = settingsFor(StrategyKind::TrimmedMean);
        trimmed.trimFraction = 0.3;
        StrategySettings krum = settingsFor(StrategyKind::Krum);
        krum.krumByzantine = 3;
        StrategySettings multi = settingsFor(StrategyKind::MultiKrum);
        multi.krumByzantine = 3;
        for (const StrategySettings& s :
             {settingsFor(StrategyKind::Median), trimmed, krum, multi}) {
            const auto next = run(*makeStrategy(s), zero, updates);
            for (float v : next)
                QVERIFY2(v > 0.95f && v < 1.1f, qPrintable(strategyNameForTest(s.kind)));
        }
    }

    void robustRulesRefuseNonFiniteValues() {
        for (StrategyKind kind : {StrategyKind::Median, StrategyKind::TrimmedMean,
                                  StrategyKind::Krum, StrategyKind::MultiKrum}) {
            StrategySettings s = settingsFor(kind);
            s.krumByzantine = 0;
            const std::vector<ClientUpdate> updates{
                {0, 1, {0, 0}}, {4, 1, {1, std::nanf("")}}, {5, 1, {1, 1}}};
            auto next = makeStrategy(s)->aggregate(std::vector<float>{0, 0}, pointers(updates));
            QVERIFY(!next);
            QVERIFY2(next.error().contains(QStringLiteral("client 4")), qPrintable(next.error()));
        }
    }

    void robustRulesFollowThePositionOrderOnTies() {
        // Columns full of ties and signed zeros: the rules must pick exactly what sorting by
        // (value, position) picks (docs/ledger-format.md), down to the sign of a zero and the
        // order in which the kept values are added. The reference sorts; the rules select.
        std::uint64_t state = 12345;
        auto next = [&]() {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<int>((state >> 33) % 7) - 3; // -3..3
        };
        for (std::size_t n : {5u, 6u, 7u, 10u, 11u}) {
            std::vector<ClientUpdate> updates;
            const std::size_t parameters = 300;
            for (std::size_t k = 0; k < n; ++k) {
                ClientUpdate u{static_cast<int>(k), 1, std::vector<float>(parameters)};
                for (auto& v : u.delta) {
                    const int r = next();
                    // Zeros of both signs, and values whose sums round differently by order.
                    v = r == 0 ? (next() > 0 ? -0.0f : 0.0f)
                               : static_cast<float>(r) * (r % 2 ? 1e17f : 1.0f);
                }
                updates.push_back(std::move(u));
            }
            const std::vector<float> global(parameters, -0.0f);
            for (double beta : {0.0, 0.2, 0.3, 0.45}) {
                StrategySettings s = settingsFor(StrategyKind::TrimmedMean);
                s.trimFraction = beta;
                const auto trimmed = run(*makeStrategy(s), global, updates);
                const auto median =
                    run(*makeStrategy(settingsFor(StrategyKind::Median)), global, updates);
                const std::size_t trim = std::min<std::size_t>(
                    static_cast<std::size_t>(std::floor(beta * double(n) + 1e-9)), (n - 1) / 2);
                for (std::size_t i = 0; i < parameters; ++i) {
                    std::vector<std::pair<float, std::size_t>> order;
                    for (std::size_t k = 0; k < n; ++k)
                        order.push_back({updates[k].delta[i], k});
                    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
                        return a.first < b.first || (a.first == b.first && a.second < b.second);
                    });
                    std::vector<bool> keep(n, false);
                    for (std::size_t r = trim; r < n - trim; ++r)
                        keep[order[r].second] = true;
                    double sum = 0.0;
                    for (std::size_t k = 0; k < n; ++k)
                        if (keep[k])
                            sum += static_cast<double>(updates[k].delta[i]);
                    const auto expectTrimmed = static_cast<float>(
                        static_cast<double>(global[i]) + sum / static_cast<double>(n - 2 * trim));
                    QVERIFY2(std::memcmp(&trimmed[i], &expectTrimmed, sizeof(float)) == 0,
                             qPrintable(QStringLiteral("trimmed n %1 beta %2 index %3: %4 != %5")
                                            .arg(n)
                                            .arg(beta)
                                            .arg(i)
                                            .arg(trimmed[i])
                                            .arg(expectTrimmed)));
                    const double m = n % 2 ? static_cast<double>(order[n / 2].first)
                                           : (static_cast<double>(order[n / 2 - 1].first) +
                                              static_cast<double>(order[n / 2].first)) /
                                                 2.0;
                    const auto expectMedian =
                        static_cast<float>(static_cast<double>(global[i]) + m);
                    QVERIFY2(std::memcmp(&median[i], &expectMedian, sizeof(float)) == 0,
                             qPrintable(QStringLiteral("median n %1 index %2: %3 != %4")
                                            .arg(n)
                                            .arg(i)
                                            .arg(median[i])
                                            .arg(expectMedian)));
                }
            }
        }
    }

    void robustRulesAreDeterministicAcrossBlocks() {
        // 23 updates of 1,000 values: columns cross the 256-coordinate blocks, Krum's distances
        // the 1,024-coordinate blocks and the eight lanes; two runs give identical bytes, and
        // the median matches a sort of each column.
        const std::size_t n = 2600;
        std::vector<ClientUpdate> updates;
        for (int k = 0; k < 23; ++k) {
            ClientUpdate u{k, 1 + k, std::vector<float>(n)};
            for (std::size_t i = 0; i < n; ++i)
                u.delta[i] = syntheticDelta(3, k, i * 7 + static_cast<std::size_t>(k));
            updates.push_back(std::move(u));
        }
        const std::vector<float> global(n, 0.25f);
        for (StrategyKind kind : {StrategyKind::Median, StrategyKind::TrimmedMean,
                                  StrategyKind::Krum, StrategyKind::MultiKrum}) {
            StrategySettings s = settingsFor(kind);
            s.krumByzantine = 5;
            const auto a = run(*makeStrategy(s), global, updates);
            const auto b = run(*makeStrategy(s), global, updates);
            QCOMPARE(a.size(), n);
            QVERIFY(std::memcmp(a.data(), b.data(), n * sizeof(float)) == 0);
            if (kind == StrategyKind::Median) {
                for (std::size_t i = 0; i < n; ++i) {
                    std::vector<float> column;
                    for (const auto& u : updates)
                        column.push_back(u.delta[i]);
                    std::sort(column.begin(), column.end());
                    QCOMPARE(a[i], static_cast<float>(0.25 + static_cast<double>(column[11])));
                }
            }
        }
    }

    void everyStrategyHasItsParameters() {
        const std::vector<std::pair<StrategyKind, QStringList>> expected{
            {StrategyKind::FedAvg, {QStringLiteral("server_learning_rate")}},
            {StrategyKind::FedAvgM,
             {QStringLiteral("server_learning_rate"), QStringLiteral("server_momentum")}},
            {StrategyKind::FedAdam,
             {QStringLiteral("beta1"), QStringLiteral("beta2"),
              QStringLiteral("server_learning_rate"), QStringLiteral("tau")}},
            {StrategyKind::FedAdagrad,
             {QStringLiteral("beta1"), QStringLiteral("server_learning_rate"),
              QStringLiteral("tau")}},
            {StrategyKind::Scaffold, {QStringLiteral("server_learning_rate")}},
            {StrategyKind::Median, {QStringLiteral("server_learning_rate")}},
            {StrategyKind::TrimmedMean,
             {QStringLiteral("server_learning_rate"), QStringLiteral("trim_fraction")}},
            {StrategyKind::Krum,
             {QStringLiteral("krum_byzantine"), QStringLiteral("server_learning_rate")}},
            {StrategyKind::MultiKrum,
             {QStringLiteral("krum_byzantine"), QStringLiteral("multi_krum_m"),
              QStringLiteral("server_learning_rate")}},
        };
        for (const auto& [kind, keys] : expected) {
            auto strategy = makeStrategy(settingsFor(kind));
            QCOMPARE(strategy->kind(), kind);
            QCOMPARE(strategy->parameters().keys(), keys);
        }
    }

private:
    static QString strategyNameForTest(StrategyKind kind) { return QString::number(int(kind)); }
};

QTEST_GUILESS_MAIN(TestStrategy)
#include "test_strategy.moc"
