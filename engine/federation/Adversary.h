#pragma once
// Byzantine clients for robustness experiments (docs/strategies.md#adversaries): which clients
// misbehave, and what they do to the update they send. Everything is seeded, so an attacked
// run is as reproducible as an honest one.

#include "engine/spec/FederationSpec.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace fed {

//! The Byzantine clients, ascending: adversaries.clients when given, otherwise `count` clients
//! drawn without replacement from Rng::stream(seed, Adversary, {adversaries.seed, 0}).
std::vector<int> byzantineClients(const FederationSpec& spec);

//! The spec with adversaries.clients filled in from the count: what a run records (in its spec
//! and so in the ledger's genesis block), so that an auditor reads who was Byzantine without
//! re-running the draw.
FederationSpec withResolvedAdversaries(FederationSpec spec);

//! What client `client` does, as the settings applyAdversary() takes: the main adversaries for
//! one of `byzantine` (resolved byzantineClients()), a group's behaviour, scale and noise for a
//! client of adversaries.groups, none for an honest client.
std::optional<AdversarySettings> adversaryOf(const FederationSpec& spec,
                                             const std::vector<int>& byzantine, int client);

//! Turns an honestly trained update into what a Byzantine client sends: sign-flip -scale * delta,
//! scaled scale * delta, gaussian N(0, noise_std^2) per value (from Rng::stream(seed, Adversary,
//! {adversaries.seed, 1, round, client})), free-rider all zeros (the global model unchanged).
//! label-flip acts during training (LocalTrainingConfig::flipLabels) and leaves it as it is.
void applyAdversary(const AdversarySettings& adversaries, std::uint64_t seed, int round, int client,
                    std::span<float> delta);

} // namespace fed
