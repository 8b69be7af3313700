// Contribution scores (docs/contribution.md): exact Shapley against games whose values are
// known in closed form, every approximation against exact Shapley on rounds of up to 8
// updates (the documented error bound), determinism for a seed, the reward rule against
// hand-computed figures, the ledger field's encoding, and the spec's checks.
#include "engine/contribution/Reward.h"
#include "engine/contribution/Shapley.h"
#include "engine/core/Rng.h"
#include "engine/ledger/Block.h"
#include "engine/spec/SpecIO.h"

#include <QTest>
#include <cmath>
#include <numeric>
#include <set>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

//! A federated round in miniature, without a network: each player's update moves a weight
//! vector toward a target; the round's model is the sample-weighted mean of a coalition's
//! updates (FedAvg), and its worth is how much closer to the target it gets than the parent.
//! Honest players aim at the target with noise, free riders send zeros, sign flippers send
//! -scale times an honest update.
struct ToyRound {
    std::vector<double> target;
    std::vector<std::vector<float>> deltas;
    std::vector<double> samples;

    static ToyRound make(std::uint64_t seed, std::size_t players, std::size_t freeRiders,
                         std::size_t flippers) {
        constexpr std::size_t kDim = 24;
        Rng rng(seed);
        ToyRound t;
        for (std::size_t k = 0; k < kDim; ++k)
            t.target.push_back(rng.normal());
        for (std::size_t i = 0; i < players; ++i) {
            const double noise = 0.3 + 1.2 * rng.uniform(); // heterogeneous clients
            std::vector<float> d(kDim);
            for (std::size_t k = 0; k < kDim; ++k)
                d[k] = static_cast<float>(0.6 * t.target[k] + noise * rng.normal());
            if (i < freeRiders)
                std::fill(d.begin(), d.end(), 0.0f);
            else if (i < freeRiders + flippers)
                for (float& x : d)
                    x *= -4.0f;
            t.deltas.push_back(std::move(d));
            t.samples.push_back(50.0 + std::floor(250.0 * rng.uniform()));
        }
        return t;
    }

    double distance(const std::vector<double>& w) const {
        double s = 0.0;
        for (std::size_t k = 0; k < w.size(); ++k)
            s += (w[k] - target[k]) * (w[k] - target[k]);
        return s;
    }

    ContributionGame game() const {
        ContributionGame g;
        g.players = deltas.size();
        g.utility = [this](std::span<const std::size_t> members) -> Result<double> {
            std::vector<double> w(target.size(), 0.0);
            double n = 0.0;
            for (std::size_t m : members)
                n += samples[m];
            for (std::size_t m : members)
                for (std::size_t k = 0; k < w.size(); ++k)
                    w[k] += samples[m] / n * static_cast<double>(deltas[m][k]);
            return distance(std::vector<double>(target.size(), 0.0)) - distance(w);
        };
        for (std::size_t i = 0; i < deltas.size(); ++i)
            g.deltas.emplace_back(deltas[i]);
        g.weights = samples;
        return g;
    }
};

ContributionSettings settingsFor(ContributionMethod method, int budget = 100) {
    ContributionSettings s;
    s.enabled = true;
    s.method = method;
    s.budget = budget;
    return s;
}

//! ||a - b|| / ||b||: the error of an estimate relative to the size of the exact values.
double relativeError(const std::vector<double>& estimate, const std::vector<double>& exact) {
    double num = 0.0;
    double den = 0.0;
    for (std::size_t i = 0; i < exact.size(); ++i) {
        num += (estimate[i] - exact[i]) * (estimate[i] - exact[i]);
        den += exact[i] * exact[i];
    }
    return std::sqrt(num / den);
}

//! Spearman's rank correlation (no ties expected in continuous scores).
double rankCorrelation(const std::vector<double>& a, const std::vector<double>& b) {
    auto ranks = [](const std::vector<double>& v) {
        std::vector<std::size_t> order(v.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](auto x, auto y) { return v[x] < v[y]; });
        std::vector<double> r(v.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            r[order[i]] = static_cast<double>(i);
        return r;
    };
    const auto ra = ranks(a);
    const auto rb = ranks(b);
    const double n = static_cast<double>(a.size());
    double d2 = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        d2 += (ra[i] - rb[i]) * (ra[i] - rb[i]);
    return 1.0 - 6.0 * d2 / (n * (n * n - 1.0));
}

} // namespace

class TestContribution : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exactShapleyOfAnAdditiveGameIsEachWeight() {
        // v(S) = sum of w_i over S: every player's Shapley value is its own w_i.
        const std::vector<double> w{3.0, -1.0, 0.5, 2.0, 0.0};
        ContributionGame g;
        g.players = w.size();
        g.utility = [&](std::span<const std::size_t> m) -> Result<double> {
            double s = 0.0;
            for (std::size_t i : m)
                s += w[i];
            return s;
        };
        auto r = computeContributions(g, settingsFor(ContributionMethod::Exact), 1, 1);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->method, ContributionMethod::Exact);
        QCOMPARE(r->evaluations, 31); // 2^5 - 1 non-empty coalitions
        for (std::size_t i = 0; i < w.size(); ++i)
            QVERIFY2(std::abs(r->scores[i] - w[i]) < 1e-12, qPrintable(QString::number(i)));
    }

    void exactShapleyOfAGloveGame() {
        // Players 0 and 1 hold left gloves, 2 a right glove; a pair is worth 1. The closed-form
        // values are 1/6, 1/6, 2/3.
        ContributionGame g;
        g.players = 3;
        g.utility = [](std::span<const std::size_t> m) -> Result<double> {
            int left = 0;
            int right = 0;
            for (std::size_t i : m)
                (i == 2 ? right : left) += 1;
            return static_cast<double>(std::min(left, right));
        };
        auto r = computeContributions(g, settingsFor(ContributionMethod::Exact), 1, 1);
        QVERIFY(r);
        QVERIFY(std::abs(r->scores[0] - 1.0 / 6.0) < 1e-12);
        QVERIFY(std::abs(r->scores[1] - 1.0 / 6.0) < 1e-12);
        QVERIFY(std::abs(r->scores[2] - 2.0 / 3.0) < 1e-12);
        QVERIFY(std::abs(r->grandUtility - 1.0) < 1e-12);
    }

    void exactIsRefusedBeyondEightUpdates() {
        const ToyRound t = ToyRound::make(3, 9, 0, 0);
        auto r = computeContributions(t.game(), settingsFor(ContributionMethod::Exact), 1, 1);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"8"_s), qPrintable(r.error()));
    }

    void autoPicksByRoundSize() {
        ContributionSettings s = settingsFor(ContributionMethod::Auto, 100);
        QCOMPARE(resolveContributionMethod(s, 8), ContributionMethod::Exact);
        QCOMPARE(resolveContributionMethod(s, 20), ContributionMethod::Gtg);
        QCOMPARE(resolveContributionMethod(s, 60), ContributionMethod::LeaveOneOut);
        QCOMPARE(resolveContributionMethod(s, 200), ContributionMethod::Cosine);
        s.method = ContributionMethod::Tmc;
        QCOMPARE(resolveContributionMethod(s, 3), ContributionMethod::Tmc);
    }

    void approximationsStayWithinTheDocumentedErrorOfExactShapley_data() {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("budget");
        QTest::addColumn<double>("meanBound"); // mean relative L2 error over the games
        QTest::addColumn<double>("maxBound");  // worst game
        // docs/contribution.md's documented errors: the measured figures (printed below, and
        // reproduced in the doc) with room for other seeds and compilers.
        QTest::newRow("gtg, budget 100") << int(ContributionMethod::Gtg) << 100 << 0.25 << 0.65;
        QTest::newRow("tmc, budget 100") << int(ContributionMethod::Tmc) << 100 << 0.25 << 0.65;
        QTest::newRow("gtg, budget 200") << int(ContributionMethod::Gtg) << 200 << 0.15 << 0.40;
        QTest::newRow("gtg, budget 40") << int(ContributionMethod::Gtg) << 40 << 0.55 << 1.30;
    }
    void approximationsStayWithinTheDocumentedErrorOfExactShapley() {
        // 30 rounds of 6, 7 or 8 updates, each with a sign flipper and every other one with a
        // free rider: harsh games, where one update's marginal swings by far more than the
        // honest ones differ.
        QFETCH(int, method);
        QFETCH(int, budget);
        QFETCH(double, meanBound);
        QFETCH(double, maxBound);
        constexpr int kGames = 30;
        double sum = 0.0;
        double worst = 0.0;
        double evaluations = 0.0;
        int flipperLast = 0;
        for (int k = 0; k < kGames; ++k) {
            const std::size_t players = 6 + static_cast<std::size_t>(k % 3); // 6, 7, 8
            const std::size_t freeRiders = static_cast<std::size_t>(k % 2);
            const ToyRound t =
                ToyRound::make(100 + static_cast<std::uint64_t>(k), players, freeRiders, 1);
            auto exact =
                computeContributions(t.game(), settingsFor(ContributionMethod::Exact), 7, k + 1);
            QVERIFY(exact);
            auto approx = computeContributions(
                t.game(), settingsFor(static_cast<ContributionMethod>(method), budget), 7, k + 1);
            QVERIFY2(approx, qPrintable(approx.error()));
            QVERIFY(approx->evaluations <= budget + static_cast<int>(players));
            const double e = relativeError(approx->scores, exact->scores);
            sum += e;
            worst = std::max(worst, e);
            evaluations += approx->evaluations;
            // The sign flipper (player freeRiders) has the lowest exact value; does the
            // approximation put it last too?
            const auto lowest = static_cast<std::size_t>(
                std::min_element(approx->scores.begin(), approx->scores.end()) -
                approx->scores.begin());
            flipperLast += lowest == freeRiders ? 1 : 0;
            QCOMPARE(static_cast<std::size_t>(
                         std::min_element(exact->scores.begin(), exact->scores.end()) -
                         exact->scores.begin()),
                     freeRiders);
            QVERIFY2(rankCorrelation(approx->scores, exact->scores) > -1.0, "rank");
        }
        const double mean = sum / kGames;
        qInfo("%s: mean relative error %.4f, worst %.4f, sign flipper last in %d of %d rounds, "
              "%.1f evaluations per round (exact: 63-255)",
              QTest::currentDataTag(), mean, worst, flipperLast, kGames, evaluations / kGames);
        QVERIFY2(mean <= meanBound, qPrintable(QString::number(mean)));
        QVERIFY2(worst <= maxBound, qPrintable(QString::number(worst)));
        QCOMPARE(flipperLast, kGames);
    }

    void cheapFallbacksRankAttackersLast() {
        // Leave-one-out and cosine similarity are not Shapley values, but on a round with a free
        // rider and a sign flipper both put the attackers at the bottom.
        for (auto method : {ContributionMethod::LeaveOneOut, ContributionMethod::Cosine}) {
            const ToyRound t = ToyRound::make(42, 12, 1, 1);
            auto r = computeContributions(t.game(), settingsFor(method), 7, 1);
            QVERIFY2(r, qPrintable(r.error()));
            QCOMPARE(r->method, method);
            QCOMPARE(r->evaluations, method == ContributionMethod::LeaveOneOut ? 13 : 1);
            std::vector<std::size_t> order(12);
            std::iota(order.begin(), order.end(), std::size_t{0});
            std::sort(order.begin(), order.end(),
                      [&](auto a, auto b) { return r->scores[a] < r->scores[b]; });
            // The free rider (0) and the sign flipper (1) are the bottom two.
            QString text;
            for (double x : r->scores)
                text += QString::number(x) + u' ';
            QVERIFY2((std::set<std::size_t>{order[0], order[1]}) == (std::set<std::size_t>{0, 1}),
                     qPrintable(contributionMethodName(method) + u": "_s + text));
        }
    }

    void sameSeedSameScoresOtherSeedOtherScores() {
        const ToyRound t = ToyRound::make(5, 12, 1, 1);
        const auto s = settingsFor(ContributionMethod::Tmc, 60);
        auto a = computeContributions(t.game(), s, 11, 3);
        auto b = computeContributions(t.game(), s, 11, 3);
        auto c = computeContributions(t.game(), s, 12, 3);
        auto d = computeContributions(t.game(), s, 11, 4);
        QVERIFY(a && b && c && d);
        QCOMPARE(a->scores, b->scores);
        QVERIFY(a->scores != c->scores);
        QVERIFY(a->scores != d->scores);
    }

    void gtgSkipsARoundThatChangedNothing() {
        ContributionGame g;
        g.players = 10;
        g.utility = [](std::span<const std::size_t>) -> Result<double> { return 1e-7; };
        auto r = computeContributions(g, settingsFor(ContributionMethod::Gtg), 1, 1);
        QVERIFY(r);
        QVERIFY(r->truncatedRound);
        QCOMPARE(r->evaluations, 1);
        for (double x : r->scores)
            QCOMPARE(x, 0.0);
    }

    void utilityFailuresArePassedOn() {
        ContributionGame g;
        g.players = 4;
        g.utility = [](std::span<const std::size_t>) -> Result<double> {
            return fail(u"validation split unreadable"_s);
        };
        auto r = computeContributions(g, settingsFor(ContributionMethod::Gtg), 1, 1);
        QVERIFY(!r);
        QVERIFY(r.error().contains(u"validation split unreadable"_s));
        g.utility = [](std::span<const std::size_t>) -> Result<double> { return std::nan(""); };
        r = computeContributions(g, settingsFor(ContributionMethod::Exact), 1, 1);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"not finite"_s), qPrintable(r.error()));
    }

    // --- rewards ----------------------------------------------------------------------------

    void proportionalRewardsByHand() {
        const std::vector<double> scores{2.0, 1.0, -1.0, 1.0};
        const std::vector<double> joules{1.0, 1.0, 1.0, 2.0};
        auto r = proportionalRewards(scores, joules, 100.0, 0.0);
        QCOMPARE(r, (std::vector<double>{50.0, 25.0, 0.0, 25.0}));
        // lambda = 0.5: by score (1/2, 1/4, 0, 1/4); per joule a/J = (2, 1, 0, 0.5) of 3.5.
        r = proportionalRewards(scores, joules, 100.0, 0.5);
        const double expected[] = {100 * (0.25 + 1.0 / 3.5), 100 * (0.125 + 0.5 / 3.5), 0.0,
                                   100 * (0.125 + 0.25 / 3.5)};
        for (std::size_t i = 0; i < 4; ++i)
            QVERIFY2(std::abs(r[i] - expected[i]) < 1e-9, qPrintable(QString::number(i)));
        // Nobody helped: nobody is paid (and nobody pays).
        r = proportionalRewards(std::vector<double>{-1.0, 0.0}, joules, 100.0, 0.3);
        QCOMPARE(r, (std::vector<double>{0.0, 0.0}));
        // No energy figures: the energy term has nothing to share, the score term takes all.
        r = proportionalRewards(std::vector<double>{1.0, 3.0}, std::vector<double>{0.0, 0.0}, 10.0,
                                0.5);
        QCOMPARE(r, (std::vector<double>{2.5, 7.5}));
    }

    void sameAmountToleratesRoundingOnly() {
        QVERIFY(sameAmount(1.0, 1.0 + 1e-15));
        QVERIFY(!sameAmount(1.0, 1.0 + 1e-6));
        QVERIFY(!sameAmount(0.0, 1e-9));
        QVERIFY(!sameAmount(std::nan(""), std::nan("")));
    }

    // --- the ledger field ---------------------------------------------------------------------

    void blockFieldRoundTripsAndOldBlocksHaveNone() {
        Block b;
        b.kind = BlockKind::Round;
        b.height = 1;
        b.round.round = 1;
        RoundContributions c;
        c.method = u"gtg"_s;
        c.rule = u"proportional"_s;
        c.parameters = {{u"energy_weight"_s, 0.25}, {u"pool"_s, 100.0}};
        c.measurement = {{u"evaluations"_s, 42.0}};
        c.entries.push_back({Hash::of("node a"), 0.01, 60.0, 60.0});
        c.entries.push_back({Hash::of("node b"), -0.02, 0.0, 12.5});
        b.round.contributions = c;
        const QByteArray bytes = encodeBlock(b);
        auto back = decodeBlock(bytes);
        QVERIFY2(back, qPrintable(back.error()));
        QVERIFY(*back == b);
        QCOMPARE(back->version, std::uint16_t(2));
        Block none = b;
        none.round.contributions.reset();
        // flag 1, method 4+3, rule 4+12, parameters 4+(4+13+8)+(4+4+8), measurement
        // 4+(4+11+8), entries 4+2*(32+3*8): 212 bytes present, 1 absent.
        QCOMPARE(encodeBlock(none).size(), bytes.size() - 211);
    }

    void blockFieldIsAbsentFromVersionOne() {
        Block b;
        b.version = 1;
        b.kind = BlockKind::Round;
        b.height = 1;
        b.round.round = 1;
        const QByteArray v1 = encodeBlock(b);
        auto back = decodeBlock(v1);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->version, std::uint16_t(1));
        QVERIFY(!back->round.contributions);
        // A version-2 block appends its fields: an empty privacy list (4 bytes), then the absence
        // flags of secure aggregation and of contributions (1 each); the version-1 bytes are
        // short of them.
        Block v2 = b;
        v2.version = 2;
        const QByteArray v2Bytes = encodeBlock(v2);
        QCOMPARE(v2Bytes.size(), v1.size() + 6);
        QCOMPARE(v2Bytes.back(), '\0');
        QByteArray truncated = v1;
        truncated[4] = 2;
        QVERIFY(!decodeBlock(truncated));
    }

    // --- the spec -----------------------------------------------------------------------------

    void specReadsAndChecksTheContributionSection() {
        auto spec = parseSpec(R"({"contribution": {"enabled": true, "method": "tmc",
            "utility": "accuracy", "budget": 50, "validation_samples": 300,
            "reward": {"rule": "proportional", "pool": 10, "energy_weight": 0.5}}})",
                              QString());
        QVERIFY2(spec, qPrintable(spec.error()));
        QVERIFY(spec->contribution.enabled);
        QCOMPARE(spec->contribution.method, ContributionMethod::Tmc);
        QCOMPARE(spec->contribution.utility, ContributionUtility::Accuracy);
        QCOMPARE(spec->contribution.budget, 50);
        QCOMPARE(spec->contribution.reward.energyWeight, 0.5);
        auto again = parseSpec(specToJson(*spec), QString());
        QVERIFY(again);
        QVERIFY(sameSpec(*spec, *again));

        const struct {
            const char* json;
            const char* path;
        } bad[] = {
            {R"({"contribution": {"method": "banzhaf"}})", "contribution.method"},
            {R"({"contribution": {"budget": 0}})", "contribution.budget"},
            {R"({"contribution": {"reward": {"energy_weight": 1.5}}})",
             "contribution.reward.energy_weight"},
            {R"({"contribution": {"reward": {"rule": "equal"}}})", "contribution.reward.rule"},
            {R"({"contribution": {"reward": {"pool": -1}}})", "contribution.reward.pool"},
            {R"({"contribution": {"budgte": 5}})", "contribution.budgte"},
            {R"({"contribution": {"enabled": true, "validation_samples": 500},
                 "data": {"train_limit": 400}})",
             "contribution.validation_samples"},
            {R"({"adversaries": {"clients": [1], "groups": [{"clients": [1]}]}})",
             "adversaries.groups[0].clients[0]"},
        };
        for (const auto& b : bad) {
            auto r = parseSpec(QByteArray(b.json), QString());
            QVERIFY2(!r, b.json);
            QVERIFY2(r.error().contains(QLatin1StringView(b.path)), qPrintable(r.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestContribution)
#include "test_contribution.moc"
