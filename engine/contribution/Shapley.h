#pragma once
// Contribution scores of one round's accepted updates (docs/contribution.md): the Shapley value
// of each update in the cooperative game whose worth v(S) is what the round's aggregate of the
// coalition S gains on the coordinator's validation split over the parent model (v({}) = 0).
// Exact Shapley for small rounds, GTG-Shapley (Liu et al. 2022) and truncated Monte-Carlo
// (Ghorbani and Zou 2019) under an evaluation budget, and two cheap fallbacks (leave-one-out,
// cosine similarity to the aggregate). Torch-free: the caller evaluates coalitions.

#include "engine/core/Result.h"
#include "engine/spec/FederationSpec.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace fed {

//! The worth of a coalition, given as ascending player indices (never empty): the gain of the
//! model aggregated from those updates over the parent model on the validation split.
using CoalitionUtility = std::function<Result<double>(std::span<const std::size_t> members)>;

struct ContributionGame {
    std::size_t players = 0;
    CoalitionUtility utility;
    //! For the cosine method only: each player's update and its aggregation weight (samples).
    std::vector<std::span<const float>> deltas;
    std::vector<double> weights;
};

struct ContributionResult {
    ContributionMethod method = ContributionMethod::Exact; //!< the one used (never Auto)
    std::vector<double> scores;                            //!< one per player
    double grandUtility = 0.0;                             //!< v(all players)
    int evaluations = 0;                                   //!< distinct coalitions evaluated
    int permutations = 0;                                  //!< sampled (gtg, tmc)
    bool truncatedRound = false; //!< gtg: |v(all)| below tolerance, every score 0
};

//! The largest round exact Shapley is computed for (2^n - 1 evaluations).
inline constexpr std::size_t kExactMaxPlayers = 8;

//! What `auto` resolves to for a round of `players` under `settings`: exact up to
//! kExactMaxPlayers, GTG-Shapley while the budget covers at least two evaluations per player,
//! leave-one-out while it covers n + 1, cosine beyond.
ContributionMethod resolveContributionMethod(const ContributionSettings& settings,
                                             std::size_t players);

//! Scores the players of one round. Deterministic for a given seed and round: permutations come
//! from Rng::stream(seed, rng_purpose::Contribution, {round}). Fails when the utility fails, or
//! when `exact` is asked for a round larger than kExactMaxPlayers.
Result<ContributionResult> computeContributions(const ContributionGame& game,
                                                const ContributionSettings& settings,
                                                std::uint64_t seed, int round);

} // namespace fed
