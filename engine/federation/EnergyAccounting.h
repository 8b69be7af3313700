#pragma once
// From a spec's energy section to figures in the run file: the clients' devices, the upload
// size, and each round's per-client and total energy (docs/energy.md). Modelled and measured
// figures are kept in separate fields throughout.

#include "engine/core/Result.h"
#include "engine/energy/DeviceProfile.h"
#include "engine/federation/Selection.h"
#include "engine/model/Weights.h"
#include "engine/spec/FederationSpec.h"
#include "engine/store/RunStore.h"

#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace fed {

//! The built-in catalogue with the spec's changes applied and its own profiles added.
std::vector<DeviceProfile> specProfiles(const EnergySettings& energy);

//! Training FLOPs per sample: the spec's figure, or 6 per forward multiply-accumulate.
double trainingFlopsPerSample(const EnergySettings& energy, std::int64_t forwardMacsPerSample);

//! The device of every client of a new run, deterministically from the spec and its seed.
Result<std::vector<ClientDevice>> specDevices(const FederationSpec& spec,
                                              std::int64_t forwardMacsPerSample);

//! The devices a run recorded for its clients (clients.device_profile), for resuming it with
//! exactly the figures it started with.
Result<std::vector<ClientDevice>> recordedDevices(const std::vector<ClientInfo>& clients);

//! Bytes a client uploads per round: the spec's figure, or the encoded update's size
//! (4 bytes per parameter plus the header of encodeWeights).
double uploadBytes(const EnergySettings& energy, const ModelLayout& layout);

//! Copies a client's planned energy into its record; only clients that trained spend it.
void recordClientEnergy(ClientRoundRecord& record, const ClientEnergy& energy);

//! The round's totals, summed over its client records in ascending client order, and the
//! measured package energy split over the clients by their share of CPU time.
void recordRoundEnergy(RoundRecord& round, std::vector<ClientRoundRecord>& clients,
                       double modelledSeconds, std::optional<double> measuredPackageJ);

//! Named figures for a ledger block (docs/ledger-format.md): one client's, and the round's.
std::vector<std::pair<QString, double>> clientEnergyMetrics(const ClientRoundRecord& record);
std::vector<std::pair<QString, double>> roundEnergyMetrics(const RoundRecord& round);

} // namespace fed
