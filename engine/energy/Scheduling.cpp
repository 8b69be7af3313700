#include "engine/energy/Scheduling.h"

#include "engine/energy/EnergyModel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <queue>

namespace fed {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
//! A deadline met to within this relative margin is met: bisection stops at a tolerance.
constexpr double kDeadlineSlack = 1e-9;
//! Slices of the free budget: fine enough that the split is within a fraction of a percent of
//! the continuous optimum for a round's uploads.
constexpr std::size_t kMinimumSlices = 1024;
constexpr std::size_t kSlicesPerClient = 16;

} // namespace

ParticipationFloor::ParticipationFloor(int clients, int maxWaitRounds)
    : m_maxWait(std::max(1, maxWaitRounds))
    , m_last(static_cast<std::size_t>(std::max(0, clients)), 0) {}

int ParticipationFloor::lastSelected(int client) const {
    return m_last.at(static_cast<std::size_t>(client));
}

std::vector<int> ParticipationFloor::mandatory(int round, const std::vector<bool>& eligible,
                                               int slots) const {
    std::vector<int> byDue;
    for (std::size_t c = 0; c < m_last.size() && c < eligible.size(); ++c)
        if (eligible[c])
            byDue.push_back(static_cast<int>(c));
    const auto due = [&](int c) { return m_last[static_cast<std::size_t>(c)] + m_maxWait; };
    std::stable_sort(byDue.begin(), byDue.end(), [&](int a, int b) { return due(a) < due(b); });
    // The first i + 1 clients are due by round + j; rounds round+1 .. round+j take j * slots of
    // them at most, so this round must take the rest. The largest such rest over all prefixes
    // is the fewest this round can take (a client already overdue counts as due now).
    std::int64_t needed = 0;
    for (std::size_t i = 0; i < byDue.size(); ++i) {
        const std::int64_t j = std::max(0, due(byDue[i]) - round);
        needed = std::max(needed, static_cast<std::int64_t>(i + 1) - j * slots);
    }
    byDue.resize(static_cast<std::size_t>(needed));
    return byDue;
}

void ParticipationFloor::record(int round, std::span<const int> selected) {
    for (int c : selected)
        m_last.at(static_cast<std::size_t>(c)) = round;
}

double participationDebt(int round, int lastSelected, int maxWaitRounds, std::int64_t samples,
                         double cheapestPerSample) {
    const int waited = std::max(0, round - 1 - lastSelected);
    return static_cast<double>(waited) / (kEnergyWeight * std::max(1, maxWaitRounds)) *
           static_cast<double>(samples) * cheapestPerSample;
}

std::vector<int> pickCheapest(std::span<const Candidate> candidates, std::span<const int> mandatory,
                              std::int64_t sampleTarget, int minClients, int maxClients) {
    std::vector<int> selected(mandatory.begin(), mandatory.end());
    std::int64_t samples = 0;
    std::vector<const Candidate*> rest;
    for (const Candidate& c : candidates) {
        if (std::find(mandatory.begin(), mandatory.end(), c.client) != mandatory.end())
            samples += c.samples;
        else
            rest.push_back(&c);
    }
    const auto perSample = [](const Candidate* c) {
        return c->samples > 0 ? c->cost() / static_cast<double>(c->samples) : kInfinity;
    };
    std::stable_sort(rest.begin(), rest.end(), [&](const Candidate* a, const Candidate* b) {
        const double ea = perSample(a), eb = perSample(b);
        return ea < eb || (ea == eb && a->client < b->client);
    });
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const auto count = static_cast<int>(selected.size());
        if (samples >= sampleTarget && count >= minClients)
            break;
        if (maxClients > 0 && count >= maxClients)
            break;
        const Candidate* next = rest[i];
        // When the next client would complete the target, the last client can be any one that
        // completes it: take the one that costs least in total, not per sample, so that a big
        // client is not added for the last few samples (the classic repair of the greedy
        // covering-knapsack answer).
        const std::int64_t missing = sampleTarget - samples;
        if (missing > 0 && next->samples >= missing && count + 1 >= minClients) {
            for (std::size_t j = i + 1; j < rest.size(); ++j)
                if (rest[j]->samples >= missing && rest[j]->cost() < next->cost())
                    next = rest[j];
            std::swap(rest[i],
                      *std::find(rest.begin() + static_cast<std::ptrdiff_t>(i), rest.end(), next));
        }
        selected.push_back(next->client);
        samples += next->samples;
    }
    std::sort(selected.begin(), selected.end());
    return selected;
}

UplinkPlan planUplink(const UplinkDemand& demand, double bandwidthHz, double deadlineSeconds,
                      bool powerControl) {
    UplinkPlan plan;
    plan.bandwidthHz = bandwidthHz;
    plan.powerW = demand.maxPowerW;
    if (bandwidthHz <= 0.0) {
        plan.seconds = kInfinity;
        plan.energyJ = kInfinity;
        plan.meetsDeadline = deadlineSeconds <= 0.0;
        return plan;
    }
    const double rate =
        energy::uplinkRate(bandwidthHz, demand.maxPowerW, demand.channelGain, demand.noiseDensity);
    plan.seconds = energy::transmissionSeconds(demand.bytes, rate);
    if (deadlineSeconds > 0.0) {
        const double available = deadlineSeconds - demand.computeSeconds;
        plan.meetsDeadline = available > 0.0 && plan.seconds <= available * (1.0 + kDeadlineSlack);
        if (powerControl && plan.meetsDeadline) {
            const double needed =
                energy::powerForRate(demand.bytes * energy::kBitsPerByte / available, bandwidthHz,
                                     demand.channelGain, demand.noiseDensity);
            if (needed < demand.maxPowerW) {
                plan.powerW = needed;
                plan.seconds = available;
            }
        }
    }
    plan.energyJ = energy::transmissionEnergy(plan.powerW, plan.seconds);
    return plan;
}

double minimumBandwidth(const UplinkDemand& demand, double deadlineSeconds) {
    if (deadlineSeconds <= 0.0)
        return 0.0;
    const double available = deadlineSeconds - demand.computeSeconds;
    if (available <= 0.0)
        return kInfinity;
    const double needed = demand.bytes * energy::kBitsPerByte / available;
    const double ceiling =
        demand.maxPowerW * demand.channelGain / (demand.noiseDensity * std::log(2.0));
    if (needed >= ceiling)
        return kInfinity;
    const auto rate = [&](double b) {
        return energy::uplinkRate(b, demand.maxPowerW, demand.channelGain, demand.noiseDensity);
    };
    double hi = 1.0;
    while (rate(hi) < needed)
        hi *= 2.0;
    double lo = hi / 2.0;
    if (rate(lo) >= needed)
        return lo; // only when hi stayed at 1 Hz
    for (int i = 0; i < 200 && hi - lo > hi * 1e-12; ++i) {
        const double mid = 0.5 * (lo + hi);
        (rate(mid) >= needed ? hi : lo) = mid;
    }
    return hi;
}

std::vector<UplinkPlan> allocateBandwidth(std::span<const UplinkDemand> demands, double budgetHz,
                                          double deadlineSeconds, bool powerControl) {
    const std::size_t n = demands.size();
    if (n == 0)
        return {};
    std::vector<double> bandwidth(n, 0.0);
    double floor = 0.0;
    if (deadlineSeconds > 0.0) {
        for (std::size_t k = 0; k < n; ++k) {
            bandwidth[k] = minimumBandwidth(demands[k], deadlineSeconds);
            floor += bandwidth[k];
        }
    }
    double deadline = deadlineSeconds;
    if (!(floor <= budgetHz)) {
        std::fill(bandwidth.begin(), bandwidth.end(), 0.0);
        floor = 0.0;
        deadline = 0.0;
    }
    const auto energyAt = [&](std::size_t k, double b) {
        return planUplink(demands[k], b, deadline, powerControl && deadline > 0.0).energyJ;
    };
    const std::size_t slices = std::max(kMinimumSlices, kSlicesPerClient * n);
    const double slice = (budgetHz - floor) / static_cast<double>(slices);
    if (slice > 0.0) {
        // Max-heap on the energy one more slice saves; ties go to the lower index.
        using Entry = std::pair<double, std::size_t>;
        const auto lower = [](const Entry& a, const Entry& b) {
            return a.first < b.first || (a.first == b.first && a.second > b.second);
        };
        std::priority_queue<Entry, std::vector<Entry>, decltype(lower)> gains(lower);
        const auto gain = [&](std::size_t k) {
            const double now = energyAt(k, bandwidth[k]);
            const double next = energyAt(k, bandwidth[k] + slice);
            return std::isinf(now) ? kInfinity : now - next;
        };
        for (std::size_t k = 0; k < n; ++k)
            gains.push({gain(k), k});
        for (std::size_t s = 0; s < slices; ++s) {
            const std::size_t k = gains.top().second;
            gains.pop();
            bandwidth[k] += slice;
            gains.push({gain(k), k});
        }
    }
    std::vector<UplinkPlan> plans;
    plans.reserve(n);
    for (std::size_t k = 0; k < n; ++k)
        plans.push_back(planUplink(demands[k], bandwidth[k], deadlineSeconds, powerControl));
    return plans;
}

} // namespace fed
