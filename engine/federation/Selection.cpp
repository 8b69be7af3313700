#include "engine/federation/Selection.h"

#include "engine/core/Rng.h"
#include "engine/energy/EnergyModel.h"
#include "engine/spec/SpecIO.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace fed {

std::vector<int> selectClients(const FederationSpec& spec, int round) {
    const int n = spec.clients;
    const int k = clientsPerRound(spec);
    std::vector<int> all(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        all[static_cast<std::size_t>(i)] = i;
    // A partial Fisher-Yates shuffle: the first k positions are a uniform sample.
    Rng rng = Rng::stream(spec.seed, rng_purpose::Selection, {static_cast<std::uint64_t>(round)});
    for (int i = 0; i < k; ++i) {
        const auto j = i + static_cast<int>(rng.below(static_cast<std::uint64_t>(n - i)));
        std::swap(all[static_cast<std::size_t>(i)], all[static_cast<std::size_t>(j)]);
    }
    std::vector<int> selected(all.begin(), all.begin() + k);
    std::sort(selected.begin(), selected.end());
    return selected;
}

int finalPhaseRounds(const FederationSpec& spec) {
    return spec.rounds / kFinalPhaseDivisor;
}

bool inFinalPhase(const FederationSpec& spec, int round) {
    return round > spec.rounds - finalPhaseRounds(spec);
}

ClientSelector::ClientSelector(const FederationSpec& spec, int clients)
    : m_spec(spec)
    , m_perRound(clientsPerRound(spec))
    , m_floor(clients, fed::maxWaitRounds(spec)) {}

Result<std::unique_ptr<ClientSelector>> ClientSelector::create(const FederationSpec& spec,
                                                               std::vector<ClientDevice> devices,
                                                               std::vector<std::int64_t> samples,
                                                               double uploadBytes) {
    const auto n = static_cast<int>(devices.size());
    if (n != spec.clients || samples.size() != devices.size())
        return fail(u"selection: %1 devices and %2 client sizes for %3 clients"_s.arg(n)
                        .arg(samples.size())
                        .arg(spec.clients));
    std::unique_ptr<ClientSelector> s(new ClientSelector(spec, n));
    s->m_devices = std::move(devices);
    s->m_samples = std::move(samples);
    s->m_uploadBytes = uploadBytes;
    const SelectionSettings& selection = spec.selection;
    // Before the round's selection is known, a budget is reckoned as shared equally among a
    // round's worth of clients; the real split (allocateBandwidth) only ever does better.
    s->m_estimates.reserve(static_cast<std::size_t>(n));
    s->m_eligible.reserve(static_cast<std::size_t>(n));
    std::int64_t eligibleSamples = 0;
    int eligibleClients = 0;
    int fastest = -1;
    for (int c = 0; c < n; ++c) {
        const ClientDevice& device = s->m_devices[static_cast<std::size_t>(c)];
        const double bandwidth = selection.bandwidthBudgetHz > 0.0
                                     ? selection.bandwidthBudgetHz / s->m_perRound
                                     : device.bandwidthHz;
        ClientEnergy e = s->computation(c);
        const UplinkPlan uplink =
            planUplink(s->demand(c), bandwidth, selection.deadlineSeconds, selection.powerControl);
        e.communicationJ = uplink.energyJ;
        e.communicationSeconds = uplink.seconds;
        e.bandwidthHz = uplink.bandwidthHz;
        e.transmitPowerW = uplink.powerW;
        e.meetsDeadline = uplink.meetsDeadline;
        e.carbonG = energy::carbonGrams(e.energyJ(), device.carbonIntensityGPerKWh);
        const bool eligible = selection.policy == SelectionPolicy::Random || e.meetsDeadline;
        if (eligible) {
            eligibleSamples += s->m_samples[static_cast<std::size_t>(c)];
            ++eligibleClients;
        }
        if (fastest < 0 ||
            e.seconds() < s->m_estimates[static_cast<std::size_t>(fastest)].seconds())
            fastest = c;
        s->m_eligible.push_back(eligible);
        s->m_estimates.push_back(e);
    }
    if (eligibleClients == 0) {
        const auto& best = s->m_estimates[static_cast<std::size_t>(fastest)];
        return fail(
            u"selection.deadline_seconds: no client can train and upload within %1 s; "
            u"the fastest, client %2 (%3), needs %4 s"_s.arg(
                QString::number(selection.deadlineSeconds, 'g', QLocale::FloatingPointShortest),
                QString::number(fastest), s->m_devices[static_cast<std::size_t>(fastest)].profile,
                QString::number(best.seconds(), 'g', 4)));
    }
    const double mean = static_cast<double>(eligibleSamples) / eligibleClients;
    s->m_sampleTarget = static_cast<std::int64_t>(std::ceil(mean * s->m_perRound));
    return s;
}

const ClientEnergy& ClientSelector::estimate(int client) const {
    return m_estimates.at(static_cast<std::size_t>(client));
}

ClientEnergy ClientSelector::computation(int client) const {
    const ClientDevice& device = m_devices[static_cast<std::size_t>(client)];
    // Each local epoch passes over the client's data once.
    const double samples = static_cast<double>(m_samples[static_cast<std::size_t>(client)]) *
                           m_spec.training.localEpochs;
    ClientEnergy e;
    e.computationJ = energy::computationEnergy(device.switchedCapacitance, device.cyclesPerSample,
                                               samples, device.cpuFrequencyHz);
    e.computationSeconds =
        energy::computationSeconds(device.cyclesPerSample, samples, device.cpuFrequencyHz);
    return e;
}

UplinkDemand ClientSelector::demand(int client) const {
    const ClientDevice& device = m_devices[static_cast<std::size_t>(client)];
    UplinkDemand d;
    d.bytes = m_uploadBytes;
    d.channelGain = device.channelGain;
    d.noiseDensity = device.noiseDensityWPerHz;
    d.maxPowerW = device.transmitPowerW;
    d.computeSeconds = computation(client).computationSeconds;
    return d;
}

std::vector<int> ClientSelector::choose(int round) {
    const SelectionSettings& selection = m_spec.selection;
    if (selection.policy == SelectionPolicy::Random)
        return selectClients(m_spec, round);

    const std::vector<int> mandatory = m_floor.mandatory(round, m_eligible, m_perRound);
    std::vector<int> others;
    for (std::size_t c = 0; c < m_eligible.size(); ++c)
        if (m_eligible[c] &&
            std::find(mandatory.begin(), mandatory.end(), static_cast<int>(c)) == mandatory.end())
            others.push_back(static_cast<int>(c));
    const auto eligibleCount = static_cast<int>(mandatory.size() + others.size());

    if (selection.policy == SelectionPolicy::EnergyAware && !inFinalPhase(m_spec, round)) {
        std::vector<Candidate> candidates;
        double cheapest = std::numeric_limits<double>::infinity();
        for (std::size_t c = 0; c < m_eligible.size(); ++c) {
            if (!m_eligible[c])
                continue;
            const ClientEnergy& e = m_estimates[c];
            candidates.push_back(
                {static_cast<int>(c), m_samples[c], e.computationJ + e.communicationJ, 0.0});
            if (m_samples[c] > 0)
                cheapest = std::min(cheapest,
                                    candidates.back().energyJ / static_cast<double>(m_samples[c]));
        }
        // Drift-plus-penalty: each client's wait since its last turn discounts its cost, so
        // that nearly-as-cheap clients take turns instead of the very cheapest every round.
        if (std::isfinite(cheapest))
            for (Candidate& c : candidates)
                c.debtJ = participationDebt(round, m_floor.lastSelected(c.client),
                                            m_floor.maxWaitRounds(), c.samples, cheapest);
        // With a shared budget, more clients than a round's worth would thin every share below
        // what the estimates assumed.
        const int cap = selection.bandwidthBudgetHz > 0.0 ? m_perRound : 0;
        return pickCheapest(candidates, mandatory, m_sampleTarget,
                            std::min(selection.minClients, eligibleCount), cap);
    }

    // Deadline-aware, and energy-aware in its final phase: a uniform sample of the eligible
    // clients, after the mandatory ones.
    std::vector<int> selected = mandatory;
    const int wanted = std::min(m_perRound, eligibleCount) - static_cast<int>(mandatory.size());
    Rng rng = Rng::stream(m_spec.seed, rng_purpose::Selection, {static_cast<std::uint64_t>(round)});
    for (int i = 0; i < wanted; ++i) {
        const auto left = static_cast<std::uint64_t>(others.size()) - static_cast<std::uint64_t>(i);
        const auto j = static_cast<std::size_t>(i) + static_cast<std::size_t>(rng.below(left));
        std::swap(others[static_cast<std::size_t>(i)], others[j]);
        selected.push_back(others[static_cast<std::size_t>(i)]);
    }
    std::sort(selected.begin(), selected.end());
    return selected;
}

RoundPlan ClientSelector::plan(int round) {
    return plan(round, choose(round));
}

RoundPlan ClientSelector::plan(int round, std::vector<int> clients) {
    const SelectionSettings& selection = m_spec.selection;
    RoundPlan p;
    p.round = round;
    p.clients = std::move(clients);
    m_floor.record(round, p.clients);

    std::vector<UplinkDemand> demands;
    demands.reserve(p.clients.size());
    for (int c : p.clients)
        demands.push_back(demand(c));
    std::vector<UplinkPlan> uplinks;
    if (selection.bandwidthBudgetHz > 0.0) {
        uplinks = allocateBandwidth(demands, selection.bandwidthBudgetHz, selection.deadlineSeconds,
                                    selection.powerControl);
    } else {
        for (std::size_t i = 0; i < p.clients.size(); ++i)
            uplinks.push_back(planUplink(
                demands[i], m_devices[static_cast<std::size_t>(p.clients[i])].bandwidthHz,
                selection.deadlineSeconds, selection.powerControl));
    }
    for (std::size_t i = 0; i < p.clients.size(); ++i) {
        ClientEnergy e = computation(p.clients[i]);
        e.communicationJ = uplinks[i].energyJ;
        e.communicationSeconds = uplinks[i].seconds;
        e.bandwidthHz = uplinks[i].bandwidthHz;
        e.transmitPowerW = uplinks[i].powerW;
        e.meetsDeadline = uplinks[i].meetsDeadline;
        p.modelledSeconds = std::max(p.modelledSeconds, e.seconds());
        p.energy.push_back(e);
    }
    for (std::size_t i = 0; i < p.clients.size(); ++i) {
        ClientEnergy& e = p.energy[i];
        const ClientDevice& device = m_devices[static_cast<std::size_t>(p.clients[i])];
        // A synchronous round ends with its slowest client; the others wait, awake, until then.
        if (m_spec.energy.countIdle)
            e.idleJ = device.idlePowerW * (p.modelledSeconds - e.seconds());
        e.carbonG = energy::carbonGrams(e.energyJ(), device.carbonIntensityGPerKWh);
    }
    return p;
}

void ClientSelector::replay(int round, std::span<const int> selected) {
    m_floor.record(round, selected);
}

} // namespace fed
