#include "engine/privacy/DifferentialPrivacy.h"

#include <algorithm>
#include <cmath>
#include <openssl/rand.h>

using namespace Qt::StringLiterals;

namespace fed {
namespace {

// Coordinates of the Rng::stream(noiseKey, rng_purpose::Privacy, {round, kind, client}) streams.
constexpr std::uint64_t kSamplingStream = 1;
constexpr std::uint64_t kCentralNoiseStream = 2;
constexpr std::uint64_t kLocalNoiseStream = 3;

} // namespace

Result<std::uint64_t> generateNoiseKey() {
    unsigned char bytes[8];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return fail(u"the system's random generator failed to make a noise key"_s);
    std::uint64_t key = 0;
    for (unsigned char b : bytes)
        key = (key << 8) | b;
    return key;
}

QString noiseKeyToText(std::uint64_t key) {
    return u"%1"_s.arg(key, 16, 16, QLatin1Char('0'));
}

std::optional<std::uint64_t> noiseKeyFromText(const QString& text) {
    bool ok = false;
    const std::uint64_t key = text.toULongLong(&ok, 16);
    if (!ok || text.size() != 16)
        return std::nullopt;
    return key;
}

double clipToNorm(std::span<float> update, double clipNorm) {
    double squared = 0.0;
    for (float v : update)
        squared += static_cast<double>(v) * static_cast<double>(v);
    const double norm = std::sqrt(squared);
    if (norm > clipNorm) {
        const double scale = clipNorm / norm;
        for (float& v : update)
            v = static_cast<float>(static_cast<double>(v) * scale);
    }
    return norm;
}

std::vector<int> poissonSample(std::uint64_t noiseKey, int round, int clients, double q) {
    Rng rng = Rng::stream(noiseKey, rng_purpose::Privacy,
                          {static_cast<std::uint64_t>(round), kSamplingStream});
    std::vector<int> chosen;
    for (int c = 0; c < clients; ++c)
        if (rng.uniform() < q)
            chosen.push_back(c);
    return chosen;
}

double expectedClients(const FederationSpec& spec) {
    return spec.selection.fraction * spec.clients;
}

double centralNoiseStd(const FederationSpec& spec) {
    const DifferentialPrivacySettings& dp = spec.privacy.dp;
    return dp.noiseMultiplier * dp.clipNorm / expectedClients(spec);
}

std::vector<float> centralDpUpdate(std::span<const ClientUpdate* const> updates,
                                   std::size_t parameters, const FederationSpec& spec,
                                   std::uint64_t noiseKey, int round) {
    const double clipNorm = spec.privacy.dp.clipNorm;
    std::vector<double> sum(parameters, 0.0);
    std::vector<float> clipped;
    for (const ClientUpdate* u : updates) {
        clipped.assign(u->delta.begin(), u->delta.end());
        clipToNorm(clipped, clipNorm);
        for (std::size_t i = 0; i < parameters && i < clipped.size(); ++i)
            sum[i] += static_cast<double>(clipped[i]);
    }
    const double denominator = expectedClients(spec);
    const double noiseStd = centralNoiseStd(spec);
    Rng rng = Rng::stream(noiseKey, rng_purpose::Privacy,
                          {static_cast<std::uint64_t>(round), kCentralNoiseStream});
    std::vector<float> out(parameters);
    for (std::size_t i = 0; i < parameters; ++i)
        out[i] = static_cast<float>(sum[i] / denominator + noiseStd * rng.normal());
    return out;
}

void privatizeLocally(std::span<float> update, const DifferentialPrivacySettings& dp,
                      std::uint64_t noiseKey, int round, int client) {
    clipToNorm(update, dp.clipNorm);
    const double noiseStd = dp.noiseMultiplier * dp.clipNorm;
    Rng rng = Rng::stream(
        noiseKey, rng_purpose::Privacy,
        {static_cast<std::uint64_t>(round), kLocalNoiseStream, static_cast<std::uint64_t>(client)});
    for (float& v : update)
        v = static_cast<float>(static_cast<double>(v) + noiseStd * rng.normal());
}

Result<std::vector<float>> aggregateWithCentralDp(Strategy& strategy, std::span<const float> global,
                                                  std::span<const ClientUpdate* const> updates,
                                                  const FederationSpec& spec,
                                                  std::uint64_t noiseKey, int round) {
    for (const ClientUpdate* u : updates)
        if (u->delta.size() != global.size())
            return fail(u"client %1's update has %2 values, the model %3"_s.arg(u->client)
                            .arg(u->delta.size())
                            .arg(global.size()));
    ClientUpdate noisy{-1, 1, centralDpUpdate(updates, global.size(), spec, noiseKey, round)};
    const ClientUpdate* one[] = {&noisy};
    return strategy.aggregate(global, one);
}

PrivacyLedger::PrivacyLedger(const FederationSpec& spec)
    : m_local(spec.privacy.dp.mode == DpMode::Local)
    , m_delta(spec.privacy.dp.delta)
    , m_orders(defaultRdpOrders().begin(), defaultRdpOrders().end())
    , m_participations(static_cast<std::size_t>(std::max(0, spec.clients)), 0) {
    const double z = spec.privacy.dp.noiseMultiplier;
    // Local: a node's whole update may change to any other inside the ball of radius C, so the
    // sensitivity is 2C against noise z C: a Gaussian mechanism with multiplier z / 2, not
    // amplified by sampling, because the coordinator sees who took part.
    const double q = m_local ? 1.0 : spec.selection.fraction;
    const double sigma = m_local ? z / 2.0 : z;
    for (double a : m_orders)
        m_step.push_back(sampledGaussianRdp(q, sigma, a));
}

void PrivacyLedger::addRound(std::span<const int> participants) {
    ++m_rounds;
    for (int c : participants)
        if (c >= 0 && static_cast<std::size_t>(c) < m_participations.size())
            ++m_participations[static_cast<std::size_t>(c)];
}

PrivacyRound PrivacyLedger::after(int steps) const {
    std::vector<double> rdp(m_step.size());
    for (std::size_t i = 0; i < m_step.size(); ++i)
        rdp[i] = steps == 0 ? 0.0 : steps * m_step[i];
    const PrivacySpent s = epsilonFromRdp(m_orders, rdp, m_delta);
    return {s.epsilon, s.order};
}

PrivacyRound PrivacyLedger::spent() const {
    if (!m_local)
        return after(m_rounds);
    const int most = m_participations.empty()
                         ? 0
                         : *std::max_element(m_participations.begin(), m_participations.end());
    return after(most);
}

PrivacyRound PrivacyLedger::spentAfterNextRound() const {
    if (!m_local)
        return after(m_rounds + 1);
    const int most = m_participations.empty()
                         ? 0
                         : *std::max_element(m_participations.begin(), m_participations.end());
    return after(most + 1);
}

} // namespace fed
