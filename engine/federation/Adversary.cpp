#include "engine/federation/Adversary.h"

#include "engine/core/Rng.h"

#include <algorithm>
#include <numeric>

namespace fed {

namespace {
// Rng::stream coordinates under rng_purpose::Adversary; never renumber.
constexpr std::uint64_t kChoice = 0;
constexpr std::uint64_t kNoise = 1;
} // namespace

std::vector<int> byzantineClients(const FederationSpec& spec) {
    const AdversarySettings& a = spec.adversaries;
    std::vector<int> chosen;
    if (!a.clients.empty()) {
        chosen = a.clients;
    } else if (a.count > 0) {
        std::vector<int> all(static_cast<std::size_t>(std::max(0, spec.clients)));
        std::iota(all.begin(), all.end(), 0);
        // Clients of a group have their own behaviour; the draw is among the others (and, with
        // no groups, among every client exactly as before groups existed).
        for (const AdversaryGroup& g : a.groups)
            for (int c : g.clients)
                std::erase(all, c);
        Rng rng = Rng::stream(spec.seed, rng_purpose::Adversary, {a.seed, kChoice});
        rng.shuffle(all);
        all.resize(std::min(all.size(), static_cast<std::size_t>(a.count)));
        chosen = std::move(all);
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

FederationSpec withResolvedAdversaries(FederationSpec spec) {
    if (spec.adversaries.clients.empty() && spec.adversaries.count > 0)
        spec.adversaries.clients = byzantineClients(spec);
    return spec;
}

std::optional<AdversarySettings> adversaryOf(const FederationSpec& spec,
                                             const std::vector<int>& byzantine, int client) {
    if (std::binary_search(byzantine.begin(), byzantine.end(), client))
        return spec.adversaries;
    for (const AdversaryGroup& g : spec.adversaries.groups)
        if (std::find(g.clients.begin(), g.clients.end(), client) != g.clients.end()) {
            AdversarySettings settings = spec.adversaries;
            settings.behaviour = g.behaviour;
            settings.scale = g.scale;
            settings.noiseStd = g.noiseStd;
            return settings;
        }
    return std::nullopt;
}

void applyAdversary(const AdversarySettings& adversaries, std::uint64_t seed, int round, int client,
                    std::span<float> delta) {
    switch (adversaries.behaviour) {
    case AdversaryBehaviour::SignFlip: {
        const auto factor = static_cast<float>(-adversaries.scale);
        for (float& v : delta)
            v *= factor;
        return;
    }
    case AdversaryBehaviour::Scaled: {
        const auto factor = static_cast<float>(adversaries.scale);
        for (float& v : delta)
            v *= factor;
        return;
    }
    case AdversaryBehaviour::Gaussian: {
        Rng rng = Rng::stream(seed, rng_purpose::Adversary,
                              {adversaries.seed, kNoise, static_cast<std::uint64_t>(round),
                               static_cast<std::uint64_t>(client)});
        for (float& v : delta)
            v = static_cast<float>(adversaries.noiseStd * rng.normal());
        return;
    }
    case AdversaryBehaviour::FreeRider:
        std::fill(delta.begin(), delta.end(), 0.0f);
        return;
    case AdversaryBehaviour::LabelFlip:
        return;
    }
}

} // namespace fed
