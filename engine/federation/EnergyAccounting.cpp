#include "engine/federation/EnergyAccounting.h"

#include "engine/energy/EnergyModel.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace fed {

std::vector<DeviceProfile> specProfiles(const EnergySettings& energy) {
    std::vector<DeviceProfile> profiles = DeviceCatalogue::builtIn().profiles();
    for (const DeviceProfileSettings& change : energy.profiles) {
        auto it = std::find_if(profiles.begin(), profiles.end(),
                               [&](const DeviceProfile& p) { return p.name == change.name; });
        if (it == profiles.end()) {
            DeviceProfile added;
            added.name = change.name;
            profiles.push_back(added);
            it = std::prev(profiles.end());
        }
        *it = withOverrides(*it, change.values);
        if (!change.description.isEmpty())
            it->description = change.description;
    }
    return profiles;
}

double trainingFlopsPerSample(const EnergySettings& energy, std::int64_t forwardMacsPerSample) {
    if (energy.flopsPerSample > 0.0)
        return energy.flopsPerSample;
    return energy::kTrainingFlopsPerMac * static_cast<double>(forwardMacsPerSample);
}

Result<std::vector<ClientDevice>> specDevices(const FederationSpec& spec,
                                              std::int64_t forwardMacsPerSample) {
    const std::vector<DeviceProfile> profiles = specProfiles(spec.energy);
    for (const DeviceProfile& p : profiles) {
        const auto problems = checkProfile(p);
        if (!problems.empty())
            return fail(u"energy.profiles.%1.%2: %3"_s.arg(p.name, problems.front().key,
                                                           problems.front().message));
    }
    DeviceAssignment assignment;
    for (const DeviceShareSettings& share : spec.energy.devices)
        assignment.mix.push_back({share.profile, share.share});
    assignment.perClient = spec.energy.clientDevices;
    assignment.trainingFlopsPerSample = trainingFlopsPerSample(spec.energy, forwardMacsPerSample);
    assignment.carbonOverride = spec.energy.carbonIntensity;
    auto devices = assignDevices(profiles, assignment, spec.clients, spec.seed);
    if (!devices)
        return fail(u"energy: "_s + devices.error());
    return devices;
}

Result<std::vector<ClientDevice>> recordedDevices(const std::vector<ClientInfo>& clients) {
    std::vector<ClientDevice> devices;
    devices.reserve(clients.size());
    for (const ClientInfo& c : clients) {
        auto device = clientDeviceFromJson(c.deviceProfile.toUtf8());
        if (!device)
            return fail(u"client %1: %2"_s.arg(c.client).arg(device.error()));
        devices.push_back(std::move(*device));
    }
    return devices;
}

double uploadBytes(const EnergySettings& energy, const ModelLayout& layout) {
    if (energy.modelBytes > 0)
        return energy.modelBytes;
    // The header depends on the tensors' names and shapes only.
    const auto header = encodeWeights(layout, std::span<const float>{}).size();
    return static_cast<double>(header) + 4.0 * static_cast<double>(layout.parameterCount());
}

void recordClientEnergy(ClientRoundRecord& record, const ClientEnergy& energy) {
    record.computationJ = energy.computationJ;
    record.computationSeconds = energy.computationSeconds;
    record.communicationJ = energy.communicationJ;
    record.communicationSeconds = energy.communicationSeconds;
    record.idleJ = energy.idleJ;
    record.carbonG = energy.carbonG;
    record.bandwidthHz = energy.bandwidthHz;
    record.transmitPowerW = energy.transmitPowerW;
}

void recordRoundEnergy(RoundRecord& round, std::vector<ClientRoundRecord>& clients,
                       double modelledSeconds, std::optional<double> measuredPackageJ) {
    round.computationJ = 0.0;
    round.communicationJ = 0.0;
    round.idleJ = 0.0;
    round.carbonG = 0.0;
    double cpuSeconds = 0.0;
    for (const ClientRoundRecord& c : clients) {
        round.computationJ += c.computationJ;
        round.communicationJ += c.communicationJ;
        round.idleJ += c.idleJ;
        round.carbonG += c.carbonG;
        cpuSeconds += c.cpuSeconds;
    }
    round.modelledSeconds = modelledSeconds;
    round.measuredPackageJ = measuredPackageJ;
    if (measuredPackageJ && cpuSeconds > 0.0)
        for (ClientRoundRecord& c : clients)
            c.measuredPackageJ = *measuredPackageJ * c.cpuSeconds / cpuSeconds;
}

std::vector<std::pair<QString, double>> clientEnergyMetrics(const ClientRoundRecord& r) {
    std::vector<std::pair<QString, double>> m{{u"carbon_g"_s, r.carbonG},
                                              {u"communication_j"_s, r.communicationJ},
                                              {u"communication_seconds"_s, r.communicationSeconds},
                                              {u"computation_j"_s, r.computationJ},
                                              {u"computation_seconds"_s, r.computationSeconds},
                                              {u"idle_j"_s, r.idleJ}};
    if (r.measuredPackageJ)
        m.push_back({u"measured_package_j"_s, *r.measuredPackageJ});
    return m;
}

std::vector<std::pair<QString, double>> roundEnergyMetrics(const RoundRecord& r) {
    std::vector<std::pair<QString, double>> m{{u"carbon_g"_s, r.carbonG},
                                              {u"communication_j"_s, r.communicationJ},
                                              {u"computation_j"_s, r.computationJ},
                                              {u"idle_j"_s, r.idleJ},
                                              {u"modelled_seconds"_s, r.modelledSeconds}};
    if (r.measuredPackageJ)
        m.push_back({u"measured_package_j"_s, *r.measuredPackageJ});
    return m;
}

} // namespace fed
