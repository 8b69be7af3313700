#pragma once
// The scheduling algorithms behind the energy-aware and deadline-aware selection policies
// (docs/energy.md): a participation floor that bounds how long any eligible client waits, the
// energy-aware choice of clients for a sample target, and the split of an uplink bandwidth
// budget that minimises communication energy under a deadline. Plain values in and out.

#include <cstdint>
#include <span>
#include <vector>

namespace fed {

//! Guarantees that every eligible client trains at least once in every `maxWaitRounds`
//! consecutive rounds. Each client is due by (last round selected + maxWaitRounds); a round
//! must take the earliest-due clients that later rounds could no longer fit (earliest deadline
//! first). With `slots` clients per round this never fails as long as
//! eligible clients <= maxWaitRounds * slots, which the spec checks for all clients.
class ParticipationFloor {
public:
    ParticipationFloor(int clients, int maxWaitRounds);

    int maxWaitRounds() const { return m_maxWait; }
    //! The last round `client` was selected in; 0 before its first selection.
    int lastSelected(int client) const;

    //! The clients `round` must select, earliest due first: the fewest that keep every future
    //! due date reachable with `slots` selections per round. Any other clients may be added.
    std::vector<int> mandatory(int round, const std::vector<bool>& eligible, int slots) const;

    //! Notes who was selected in `round` (in any order).
    void record(int round, std::span<const int> selected);

private:
    int m_maxWait;
    std::vector<int> m_last;
};

//! A client the energy-aware policy may choose, with its modelled cost for the round.
struct Candidate {
    int client = 0;
    std::int64_t samples = 0;
    double energyJ = 0.0; //!< computation + communication
    //! The drift-plus-penalty discount of a client that has waited (participationDebt): the
    //! policy ranks by energyJ - debtJ, so a waiting client's turn comes before it is due.
    double debtJ = 0.0;

    double cost() const { return energyJ - debtJ; }
};

//! V of the drift-plus-penalty rule below: the weight of energy against waiting. With V = 3, a
//! client whose energy per sample is 10 % above the cheapest client's takes a turn before it
//! after waiting 0.3 K rounds longer (K the fairness bound). Smaller V rotates faster and
//! spends more in the first rounds (docs/energy.md, "Benchmark", compares V = 1 and V = 3).
constexpr double kEnergyWeight = 3.0;

//! The virtual queue of the energy-aware policy's drift-plus-penalty rule (docs/energy.md,
//! "Selection policies"), in joules: a client that last took part in round `lastSelected` (0:
//! never) has waited w = round - 1 - lastSelected rounds, its queue is w / (V * maxWaitRounds),
//! and it is worth that many times the energy its samples would cost on the cheapest eligible
//! client (`cheapestPerSample` J per sample). So a client whose energy per sample is (1 + x)
//! times the cheapest is preferred to it after waiting x * V * maxWaitRounds rounds longer, and
//! the same cheap clients are not chosen every round for tiny differences in cost.
double participationDebt(int round, int lastSelected, int maxWaitRounds, std::int64_t samples,
                         double cheapestPerSample);

//! `mandatory`, then the other candidates in ascending cost() per sample (ties: lower client
//! first) until the selected clients hold `sampleTarget` samples and number at least
//! `minClients`; the client that completes the target is the cheapest one (by cost()) that
//! does. Never more than `maxClients` when it is positive (mandatory clients always stay).
//! The greedy answer to "reach the sample target at the least energy". Sorted.
std::vector<int> pickCheapest(std::span<const Candidate> candidates, std::span<const int> mandatory,
                              std::int64_t sampleTarget, int minClients, int maxClients);

//! One client's model upload in a round.
struct UplinkDemand {
    double bytes = 0.0;
    double channelGain = 0.0;
    double noiseDensity = 0.0; //!< W/Hz
    double maxPowerW = 0.0;
    double computeSeconds = 0.0; //!< local training before the upload starts
};

//! How a client uploads: its bandwidth, transmit power, and what that costs.
struct UplinkPlan {
    double bandwidthHz = 0.0;
    double powerW = 0.0;
    double seconds = 0.0; //!< transmission time
    double energyJ = 0.0; //!< radiated energy p * t
    bool meetsDeadline = true;
};

//! The upload on `bandwidthHz`: at full power, or, with power control and a deadline, at the
//! lowest power that still finishes by the deadline (radiated energy grows with the power,
//! so that is the cheapest), never above the device's maximum. `deadlineSeconds` <= 0: none.
UplinkPlan planUplink(const UplinkDemand& demand, double bandwidthHz, double deadlineSeconds,
                      bool powerControl);

//! The least bandwidth with which the upload at full power finishes by the deadline;
//! +infinity when no bandwidth does (the rate is bounded by p * h / (N0 * ln 2)).
double minimumBandwidth(const UplinkDemand& demand, double deadlineSeconds);

//! Splits `budgetHz` among the uploads to minimise their total energy, each at least its
//! minimumBandwidth: the rest is handed out in small equal slices, each to the upload whose
//! energy it lowers most, which is optimal because every upload's energy is convex and
//! decreasing in its bandwidth. When the budget cannot meet every deadline, the split ignores
//! the deadline and the plans say who misses it.
std::vector<UplinkPlan> allocateBandwidth(std::span<const UplinkDemand> demands, double budgetHz,
                                          double deadlineSeconds, bool powerControl);

} // namespace fed
