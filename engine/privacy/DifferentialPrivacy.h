#pragma once
// Client-level differential privacy for federated averaging (docs/privacy.md): DP-FedAvg
// (McMahan et al. 2018) at the server, or clipping and noise on each node (local mode), and
// the privacy each round spends. The coordinator and the ledger's replay call the same
// functions, so a replayed round adds exactly the noise the run added.

#include "engine/core/Result.h"
#include "engine/core/Rng.h"
#include "engine/privacy/Accountant.h"
#include "engine/spec/FederationSpec.h"
#include "engine/strategy/Strategy.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace fed {

//! Run-file meta key of the run's secret noise key (hex). It keys the Poisson sampling coins and
//! the noise; the spec's seed cannot, because it is public and its noise could be subtracted.
inline constexpr QStringView kMetaDpNoiseKey = u"dp_noise_key";

//! A fresh 64-bit noise key from OpenSSL's generator.
Result<std::uint64_t> generateNoiseKey();
QString noiseKeyToText(std::uint64_t key);
std::optional<std::uint64_t> noiseKeyFromText(const QString& text);

//! Scales `update` down to L2 norm at most `clipNorm` (unchanged when already inside);
//! returns its norm before clipping. The norm is summed in double.
double clipToNorm(std::span<float> update, double clipNorm);

//! Poisson sampling: client c takes part in `round` when its own coin, uniform in [0, 1) from
//! the round's sampling stream, falls below q. Ascending; may be empty.
std::vector<int> poissonSample(std::uint64_t noiseKey, int round, int clients, double q);

//! The expected clients per round, q N: DP-FedAvg's fixed denominator.
double expectedClients(const FederationSpec& spec);
//! Standard deviation of the noise central DP adds to each coordinate of the averaged update:
//! z C / (q N).
double centralNoiseStd(const FederationSpec& spec);

//! Central DP-FedAvg's estimate of the round's mean update, with the fixed-denominator
//! estimator: sum_k clip_C(delta_k) / (q N) + N(0, (z C / (q N))^2) per coordinate, the noise
//! drawn from the round's noise stream. Applied whatever the number of updates, none included:
//! the released model must be noised even when no client took part.
std::vector<float> centralDpUpdate(std::span<const ClientUpdate* const> updates,
                                   std::size_t parameters, const FederationSpec& spec,
                                   std::uint64_t noiseKey, int round);

//! Local mode, on the node: clip its update to C and add N(0, (z C)^2) to every coordinate, from
//! the node's own noise stream for the round.
void privatizeLocally(std::span<float> update, const DifferentialPrivacySettings& dp,
                      std::uint64_t noiseKey, int round, int client);

//! The next global weights of a central-DP round: the strategy applied to the noisy mean as one
//! update of weight 1, so FedAvg, FedProx and FedAvgM's server step (and its momentum) act on
//! the privatised mean exactly as they would on the plain one.
Result<std::vector<float>> aggregateWithCentralDp(Strategy& strategy, std::span<const float> global,
                                                  std::span<const ClientUpdate* const> updates,
                                                  const FederationSpec& spec,
                                                  std::uint64_t noiseKey, int round);

//! What the federation has spent after some rounds, and what it would after one more.
struct PrivacyRound {
    double epsilon = 0.0; //!< central: any client's; local: the worst node's
    double order = 0.0;   //!< the Renyi order that gave epsilon
};

//! Tracks the spec's privacy spending round by round (central: the sampled Gaussian with rate
//! q = selection.fraction; local: each node's Gaussian mechanism with sensitivity 2C, composed
//! over the rounds it took part in).
class PrivacyLedger {
public:
    explicit PrivacyLedger(const FederationSpec& spec);

    //! Records a completed round and who took part in it.
    void addRound(std::span<const int> participants);
    PrivacyRound spent() const;
    //! The epsilon after one more round (local: for a node that has taken part in every round
    //! so far, the worst case of the next one).
    PrivacyRound spentAfterNextRound() const;
    int rounds() const { return m_rounds; }

private:
    //! Epsilon after `steps` compositions of one round's mechanism.
    PrivacyRound after(int steps) const;

    bool m_local = false;
    double m_delta = 1e-5;
    std::vector<double> m_orders;
    std::vector<double> m_step;        //!< one round's RDP per order (local: one participation's)
    std::vector<int> m_participations; //!< local mode: rounds each node took part in
    int m_rounds = 0;
};

} // namespace fed
