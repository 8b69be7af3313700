#pragma once
// The reward rule of docs/contribution.md: what each contributing node earns in a round from
// its contribution score (and, optionally, from its score per joule). The coordinator uses it
// to write rewards into the ledger; Ledger::verify and tools/verify_ledger.py recompute every
// reward and balance from the recorded scores with exactly this arithmetic.

#include <QString>
#include <span>
#include <vector>

namespace fed {

namespace reward_rule {
//! The only rule so far; the name is what a round block records.
inline constexpr QStringView proportional = u"proportional";
} // namespace reward_rule

//! Rewards of one round under the "proportional" rule, in the order of `scores`:
//!   a_i = max(0, s_i),  e_i = a_i / J_i when J_i > 0 (else 0),
//!   w_i = (1 - lambda) * a_i / sum(a) + lambda * e_i / sum(e)   (a term is 0 when its sum is 0),
//!   reward_i = pool * w_i / sum(w)   (0 for everyone when sum(w) is 0).
//! Sums run in the given order, in double. Negative scores earn nothing (no one pays).
std::vector<double> proportionalRewards(std::span<const double> scores,
                                        std::span<const double> joules, double pool,
                                        double energyWeight);

//! Whether two recomputed amounts agree: equal up to 1e-9 relative (and 1e-12 absolute), so
//! that an independent verifier in another language (same IEEE doubles, same order) agrees.
bool sameAmount(double a, double b);

} // namespace fed
