#pragma once
// Who trains in a round, and how: the spec's selection policy applied to the clients' modelled
// costs, and each selected client's share of the uplink (docs/energy.md, "Selection policies").

#include "engine/core/Result.h"
#include "engine/energy/DeviceProfile.h"
#include "engine/energy/Scheduling.h"
#include "engine/spec/FederationSpec.h"

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace fed {

//! Which clients take part in `round` under random selection: clientsPerRound(spec) of them,
//! drawn from the run's seed, in ascending order.
std::vector<int> selectClients(const FederationSpec& spec, int round);

//! The energy-aware policy's final phase: its last rounds / kFinalPhaseDivisor rounds select
//! like the deadline-aware policy (the fairness floor, then a uniform sample), so that the
//! final model is trained on an unbiased sample of the clients after the cheap ones have done
//! the bulk of the work (docs/energy.md, "Selection policies").
constexpr int kFinalPhaseDivisor = 5;
int finalPhaseRounds(const FederationSpec& spec);
bool inFinalPhase(const FederationSpec& spec, int round);

//! One client's modelled round: local training, upload, waiting, and their carbon.
struct ClientEnergy {
    double computationJ = 0.0;
    double computationSeconds = 0.0;
    double communicationJ = 0.0;
    double communicationSeconds = 0.0;
    double idleJ = 0.0;
    double carbonG = 0.0;
    double bandwidthHz = 0.0;
    double transmitPowerW = 0.0;
    bool meetsDeadline = true;

    double seconds() const { return computationSeconds + communicationSeconds; }
    double energyJ() const { return computationJ + communicationJ + idleJ; }
};

//! A round's selection: the clients in ascending order, and each one's modelled round.
struct RoundPlan {
    int round = 0;
    std::vector<int> clients;
    std::vector<ClientEnergy> energy; //!< parallel to `clients`
    double modelledSeconds = 0.0;     //!< the slowest selected client's training plus upload
};

class ClientSelector {
public:
    //! `devices` and `samples` hold one entry per client; every client uploads `uploadBytes`
    //! per round. Fails when a deadline leaves no client able to take part.
    static Result<std::unique_ptr<ClientSelector>> create(const FederationSpec& spec,
                                                          std::vector<ClientDevice> devices,
                                                          std::vector<std::int64_t> samples,
                                                          double uploadBytes);

    //! The plan for `round`; the fairness floor remembers who was selected.
    RoundPlan plan(int round);
    //! The plan for `round` with clients chosen elsewhere (ascending): differential privacy's
    //! Poisson sampling.
    RoundPlan plan(int round, std::vector<int> clients);
    //! Notes who took part in an earlier round, when a run resumes.
    void replay(int round, std::span<const int> selected);

    //! Whether a client can take part at all (its modelled round time fits the deadline under
    //! the deadline-aware and energy-aware policies; every client otherwise).
    const std::vector<bool>& eligible() const { return m_eligible; }
    //! A client's modelled round on its own (the estimate the energy-aware policy ranks by).
    const ClientEnergy& estimate(int client) const;
    int maxWaitRounds() const { return m_floor.maxWaitRounds(); }
    //! The samples the energy-aware policy aims at per round: clientsPerRound(spec) times the
    //! eligible clients' mean.
    std::int64_t sampleTarget() const { return m_sampleTarget; }

private:
    ClientSelector(const FederationSpec& spec, int clients);
    ClientEnergy computation(int client) const;
    UplinkDemand demand(int client) const;
    std::vector<int> choose(int round);

    FederationSpec m_spec;
    std::vector<ClientDevice> m_devices;
    std::vector<std::int64_t> m_samples;
    double m_uploadBytes = 0.0;
    int m_perRound = 1;
    std::vector<bool> m_eligible;
    std::vector<ClientEnergy> m_estimates;
    std::int64_t m_sampleTarget = 0;
    ParticipationFloor m_floor;
};

} // namespace fed
