#include "engine/contribution/Shapley.h"

#include "engine/core/Rng.h"

#include <QString>
#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <numeric>

using namespace Qt::StringLiterals;

namespace fed {
namespace {

//! Memoized v(S): permutations share prefixes, and every distinct coalition costs one
//! aggregation and one pass over the validation split. Keys are membership bitmaps.
class Oracle {
public:
    explicit Oracle(const ContributionGame& game)
        : m_game(game) {}

    Result<double> value(const std::vector<bool>& in) {
        auto it = m_memo.find(in);
        if (it != m_memo.end())
            return it->second;
        std::vector<std::size_t> members;
        for (std::size_t i = 0; i < in.size(); ++i)
            if (in[i])
                members.push_back(i);
        double v = 0.0;
        if (!members.empty()) {
            auto r = m_game.utility(members);
            if (!r)
                return r.takeError();
            if (!std::isfinite(*r))
                return fail(u"the utility of a coalition of %1 updates is not finite"_s.arg(
                    members.size()));
            v = *r;
            ++m_evaluations;
        }
        m_memo.emplace(in, v);
        return v;
    }
    int evaluations() const { return m_evaluations; }

private:
    const ContributionGame& m_game;
    std::map<std::vector<bool>, double> m_memo;
    int m_evaluations = 0;
};

Result<ContributionResult> exactShapley(const ContributionGame& game, Oracle& oracle) {
    const std::size_t n = game.players;
    ContributionResult out;
    out.method = ContributionMethod::Exact;
    out.scores.assign(n, 0.0);
    // weight(|S|) = |S|! (n - |S| - 1)! / n!
    std::vector<double> factorial(n + 1, 1.0);
    for (std::size_t k = 1; k <= n; ++k)
        factorial[k] = factorial[k - 1] * static_cast<double>(k);
    const std::uint32_t subsets = 1u << n;
    std::vector<double> v(subsets, 0.0);
    for (std::uint32_t mask = 1; mask < subsets; ++mask) {
        std::vector<bool> in(n);
        for (std::size_t i = 0; i < n; ++i)
            in[i] = (mask >> i) & 1u;
        auto value = oracle.value(in);
        if (!value)
            return value.takeError();
        v[mask] = *value;
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t bit = 1u << i;
        double phi = 0.0;
        for (std::uint32_t mask = 0; mask < subsets; ++mask) {
            if (mask & bit)
                continue;
            const auto size = static_cast<std::size_t>(std::popcount(mask));
            phi += factorial[size] * factorial[n - size - 1] / factorial[n] *
                   (v[mask | bit] - v[mask]);
        }
        out.scores[i] = phi;
    }
    out.grandUtility = v[subsets - 1];
    return out;
}

//! Monte-Carlo over permutations with within-round truncation: once a prefix is worth within
//! `truncation * |v(N)|` of the whole round, the remaining players' marginals are taken as 0
//! (Ghorbani and Zou 2019). `guided` starts permutation k with player k mod n, so that every
//! player is early in the same number of permutations (GTG-Shapley's guided sampling), and
//! stops early once a full cycle moves no estimate by more than the tolerance.
Result<ContributionResult> sampledShapley(const ContributionGame& game, Oracle& oracle,
                                          const ContributionSettings& settings, bool guided,
                                          std::uint64_t seed, int round) {
    const std::size_t n = game.players;
    ContributionResult out;
    out.method = guided ? ContributionMethod::Gtg : ContributionMethod::Tmc;
    out.scores.assign(n, 0.0);
    std::vector<bool> all(n, true);
    auto grand = oracle.value(all);
    if (!grand)
        return grand.takeError();
    out.grandUtility = *grand;
    const double tolerance = settings.truncation * std::abs(*grand);
    // GTG's between-round truncation: a round that changed (almost) nothing is worth nothing
    // to anyone, and costs one evaluation.
    if (guided && std::abs(*grand) <= settings.roundTolerance) {
        out.truncatedRound = true;
        return out;
    }
    Rng rng = Rng::stream(seed, rng_purpose::Contribution, {static_cast<std::uint64_t>(round)});
    std::vector<double> sum(n, 0.0);
    std::vector<double> cycleStart(n, 0.0);
    std::vector<std::size_t> order(n);
    const int budget = std::max(settings.budget, 1);
    // Small rounds memoize every coalition before the budget is spent; from then on a
    // permutation costs no evaluation, so the number of permutations needs a bound of its own.
    constexpr int kMaxPermutations = 2000;
    while (oracle.evaluations() < budget && out.permutations < kMaxPermutations) {
        if (out.permutations % 2 == 1) {
            // Antithetic pairs: every other permutation is the previous one reversed, so that
            // a player early in one is late in the next; this cancels much of the variance a
            // single harmful update causes in averaging games.
            std::reverse(order.begin(), order.end());
        } else {
            std::iota(order.begin(), order.end(), std::size_t{0});
            rng.shuffle(order);
            if (guided) {
                // Move player (k/2 mod n) to the front, keeping the rest in their random order.
                const std::size_t first = static_cast<std::size_t>(out.permutations / 2) % n;
                auto pos = std::find(order.begin(), order.end(), first);
                std::rotate(order.begin(), pos, pos + 1);
            }
        }
        std::vector<bool> in(n, false);
        double previous = 0.0;
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t p = order[k];
            in[p] = true;
            double now = *grand;
            if (k + 1 < n) {
                if (std::abs(*grand - previous) <= tolerance)
                    break; // truncated: the rest add nothing
                auto value = oracle.value(in);
                if (!value)
                    return value.takeError();
                now = *value;
            }
            sum[p] += now - previous;
            previous = now;
        }
        ++out.permutations;
        if (guided && out.permutations % static_cast<int>(2 * n) == 0) {
            // Convergence: after two full cycles, stop when the last cycle moved no estimate by
            // more than the truncation tolerance.
            double moved = 0.0;
            for (std::size_t i = 0; i < n; ++i) {
                const double estimate = sum[i] / out.permutations;
                moved = std::max(moved, std::abs(estimate - cycleStart[i]));
                cycleStart[i] = estimate;
            }
            if (out.permutations >= 4 * static_cast<int>(n) && moved <= tolerance)
                break;
        }
    }
    for (std::size_t i = 0; i < n; ++i)
        out.scores[i] = sum[i] / out.permutations;
    return out;
}

Result<ContributionResult> leaveOneOut(const ContributionGame& game, Oracle& oracle) {
    const std::size_t n = game.players;
    ContributionResult out;
    out.method = ContributionMethod::LeaveOneOut;
    out.scores.assign(n, 0.0);
    std::vector<bool> in(n, true);
    auto grand = oracle.value(in);
    if (!grand)
        return grand.takeError();
    out.grandUtility = *grand;
    for (std::size_t i = 0; i < n; ++i) {
        in[i] = false;
        auto without = oracle.value(in);
        if (!without)
            return without.takeError();
        out.scores[i] = *grand - *without;
        in[i] = true;
    }
    return out;
}

//! Each update's cosine similarity to the coordinate-wise median of the round's updates, times
//! its weight, scaled so that the magnitudes add up to |v(N)|. The median and not the mean: a
//! few large harmful updates steer the mean toward themselves (a sign flipper would look
//! aligned with a FedAvg aggregate it poisoned), but not the median. One evaluation.
Result<ContributionResult> cosineScores(const ContributionGame& game, Oracle& oracle) {
    const std::size_t n = game.players;
    if (game.deltas.size() != n || game.weights.size() != n)
        return fail(u"the cosine method needs every update and its weight"_s);
    ContributionResult out;
    out.method = ContributionMethod::Cosine;
    out.scores.assign(n, 0.0);
    auto grand = oracle.value(std::vector<bool>(n, true));
    if (!grand)
        return grand.takeError();
    out.grandUtility = *grand;
    const std::size_t size = n ? game.deltas[0].size() : 0;
    double totalWeight = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (game.deltas[i].size() != size)
            return fail(u"the updates differ in size"_s);
        totalWeight += game.weights[i];
    }
    if (totalWeight <= 0.0)
        return out;
    std::vector<double> reference(size, 0.0);
    std::vector<float> column(n);
    for (std::size_t k = 0; k < size; ++k) {
        for (std::size_t i = 0; i < n; ++i)
            column[i] = game.deltas[i][k];
        auto mid = column.begin() + static_cast<std::ptrdiff_t>(n / 2);
        std::nth_element(column.begin(), mid, column.end());
        double m = *mid;
        if (n % 2 == 0)
            m = 0.5 * (m + static_cast<double>(*std::max_element(column.begin(), mid)));
        reference[k] = m;
    }
    double referenceNorm = 0.0;
    for (double m : reference)
        referenceNorm += m * m;
    referenceNorm = std::sqrt(referenceNorm);
    std::vector<double> raw(n, 0.0);
    double magnitude = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        double dot = 0.0;
        double norm = 0.0;
        for (std::size_t k = 0; k < size; ++k) {
            const auto x = static_cast<double>(game.deltas[i][k]);
            dot += x * reference[k];
            norm += x * x;
        }
        norm = std::sqrt(norm);
        const double cosine =
            (norm > 0.0 && referenceNorm > 0.0) ? dot / (norm * referenceNorm) : 0.0;
        raw[i] = game.weights[i] / totalWeight * cosine;
        magnitude += std::abs(raw[i]);
    }
    if (magnitude > 0.0)
        for (std::size_t i = 0; i < n; ++i)
            out.scores[i] = std::abs(*grand) * raw[i] / magnitude;
    return out;
}

} // namespace

ContributionMethod resolveContributionMethod(const ContributionSettings& settings,
                                             std::size_t players) {
    if (settings.method != ContributionMethod::Auto)
        return settings.method;
    const auto budget = static_cast<std::size_t>(std::max(settings.budget, 0));
    // Exact costs at most 2^8 - 1 = 255 evaluations, whatever the budget says.
    if (players <= kExactMaxPlayers)
        return ContributionMethod::Exact;
    if (budget >= 2 * players)
        return ContributionMethod::Gtg;
    if (budget >= players + 1)
        return ContributionMethod::LeaveOneOut;
    return ContributionMethod::Cosine;
}

Result<ContributionResult> computeContributions(const ContributionGame& game,
                                                const ContributionSettings& settings,
                                                std::uint64_t seed, int round) {
    if (game.players == 0) {
        ContributionResult none;
        none.method = resolveContributionMethod(settings, 0);
        return none;
    }
    if (!game.utility)
        return fail(u"no utility to score contributions with"_s);
    Oracle oracle(game);
    Result<ContributionResult> result = fail(QString());
    switch (resolveContributionMethod(settings, game.players)) {
    case ContributionMethod::Auto:
    case ContributionMethod::Exact:
        if (game.players > kExactMaxPlayers)
            return fail(u"exact Shapley is limited to %1 updates per round, this round has %2; "
                        "use gtg, tmc or auto"_s.arg(kExactMaxPlayers)
                            .arg(game.players));
        result = exactShapley(game, oracle);
        break;
    case ContributionMethod::Gtg:
        result = sampledShapley(game, oracle, settings, true, seed, round);
        break;
    case ContributionMethod::Tmc:
        result = sampledShapley(game, oracle, settings, false, seed, round);
        break;
    case ContributionMethod::LeaveOneOut:
        result = leaveOneOut(game, oracle);
        break;
    case ContributionMethod::Cosine:
        result = cosineScores(game, oracle);
        break;
    }
    if (result)
        result->evaluations = oracle.evaluations();
    return result;
}

} // namespace fed
