#pragma once
// The coordinator of an in-process federation: the round state machine
// (select -> dispatch -> collect -> validate -> aggregate -> evaluate -> commit) over a pool
// of training threads, writing every completed round to the run file. fedctl drives it
// directly; the desktop app drives it on its own thread. See docs/architecture.md.

#include "engine/contribution/ContributionStore.h"
#include "engine/core/Result.h"
#include "engine/federation/Selection.h"
#include "engine/spec/FederationSpec.h"
#include "engine/store/RunStore.h"

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace fed {

struct RemoteSetup;

struct RunSummary {
    QString runPath;
    QString federationId;
    RunStatus status = RunStatus::Running;
    int roundsCompleted = 0;
    int roundsPlanned = 0;
    bool evaluated = false;     //!< whether any round was evaluated
    double finalAccuracy = 0.0; //!< of the last evaluated round
    double finalLoss = 0.0;
    double bestAccuracy = 0.0;
    int bestRound = 0;
    double wallSeconds = 0.0; //!< sum of the rounds' wall time, across resumes
    std::int64_t samplesTrained = 0;
    std::int64_t parameterCount = 0;
    Hash finalModelHash;
    // Modelled energy over every completed round (docs/energy.md), and carbon.
    double computationJ = 0.0;
    double communicationJ = 0.0;
    double idleJ = 0.0;
    double carbonG = 0.0;
    //! Measured RAPL package energy, summed over the rounds that have it; absent when none has.
    std::optional<double> measuredPackageJ;
    //! Differential privacy after the last round (epsilon spent, ...); absent when it is off.
    std::optional<PrivacyRecord> privacy;
    //! Why the run ended before its planned rounds (the privacy budget); empty otherwise.
    QString stopReason;

    double energyJ() const { return computationJ + communicationJ + idleJ; }
};

//! Builds the summary of whatever the run file holds (used by `fedctl runs show` too).
Result<RunSummary> summarizeRun(const RunStore& store);

struct RunStartedEvent {
    QString runPath;
    QString federationId;
    int firstRound = 1; //!< > 1 when resuming
    int rounds = 0;
    std::int64_t parameterCount = 0;
    std::int64_t trainSamples = 0;
    std::int64_t testSamples = 0;
    std::vector<ClientInfo> clients;
};

//! Engine events, called on the coordinator's thread. Implementations that feed a GUI
//! forward them as queued signals; the values are copies and safe to move across threads.
//! Energy travels in the records: each ClientRoundRecord carries the client's modelled energy
//! and each RoundRecord the round's totals (and the measured package energy, where readable);
//! RunStartedEvent::clients says which device each client runs on.
class FederationObserver {
public:
    virtual ~FederationObserver() = default;
    virtual void runStarted(const RunStartedEvent&) {}
    virtual void roundStarted(int /*round*/, const std::vector<int>& /*selectedClients*/) {}
    virtual void clientFinished(const ClientRoundRecord&) {}
    virtual void roundFinished(const RoundRecord&) {}
    //! The run ends before its planned rounds, and why (the privacy budget is spent).
    virtual void runStopped(const QString& /*reason*/) {}
    //! A round's contribution scores, rewards and balances (docs/contribution.md), one per
    //! accepted update; called after the round is committed, before roundFinished().
    virtual void contributionsScored(int /*round*/, const std::vector<ContributionRecord>&) {}
};

class Federation {
public:
    //! Loads the data, partitions it, builds the model and creates the run file at `runPath`.
    static Result<std::unique_ptr<Federation>> create(const FederationSpec& spec,
                                                      const QString& runPath,
                                                      FederationObserver* observer = nullptr);
    //! The same for a networked federation (docs/protocol.md): `remote` brings the provisioned
    //! identities and the remote clients that train instead of the in-process pool.
    static Result<std::unique_ptr<Federation>> create(const FederationSpec& spec,
                                                      const QString& runPath,
                                                      const RemoteSetup* remote,
                                                      FederationObserver* observer = nullptr);
    //! Re-opens a run file and continues after its last completed round; the result is the
    //! same as if the run had never stopped.
    static Result<std::unique_ptr<Federation>> resume(const QString& runPath,
                                                      FederationObserver* observer = nullptr);
    //! The spec a run file was started with (its paths resolved as when it started): what
    //! `fedctl resume` reads to know whether and how to bring the nodes back.
    static Result<FederationSpec> storedSpec(const QString& runPath);
    //! The same for a networked run: `remote` comes from the run's provisioning kit and must be
    //! the federation, coordinator key and members its genesis block names.
    static Result<std::unique_ptr<Federation>> resume(const QString& runPath,
                                                      const RemoteSetup* remote,
                                                      FederationObserver* observer = nullptr);

    ~Federation();
    Federation(const Federation&) = delete;
    Federation& operator=(const Federation&) = delete;

    const FederationSpec& spec() const;
    int nextRound() const;

    //! Runs the remaining rounds on the calling thread. Once `stop` is set, the round in
    //! progress completes and is committed, and run() returns with status Stopped.
    Result<RunSummary> run(const std::atomic<bool>& stop);

private:
    Federation();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fed
