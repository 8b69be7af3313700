// Aggregation strategies against results computed by hand.
#include "engine/strategy/Strategy.h"

#include <QTest>
#include <cmath>
#include <cstring>

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
};

QTEST_GUILESS_MAIN(TestStrategy)
#include "test_strategy.moc"
