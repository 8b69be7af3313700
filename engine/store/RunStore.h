#pragma once
// The run file (`*.fedrun`): one SQLite database per federation run, in WAL mode.
// Every completed round is committed in one transaction, so a run killed at any moment
// keeps every completed round. See docs/run-file.md for the schema.

#include "engine/core/Hash.h"
#include "engine/core/Result.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace fed {

enum class RunStatus { Running, Stopped, Finished, Failed };
QString runStatusName(RunStatus status);

//! Per-client facts fixed at the start of a run.
struct ClientInfo {
    int client = 0;
    QString nodeId; //!< stable identity; the ledger uses key fingerprints
    std::int64_t samples = 0;
    std::vector<std::int64_t> labelHistogram; //!< samples per class
    QString device;        //!< the device profile's name; empty when not recorded
    QString deviceProfile; //!< the figures its energy is modelled from (JSON, docs/energy.md)
    //! The adversary behaviour of a Byzantine client (docs/strategies.md); empty when honest.
    QString byzantine;
};

//! The differential privacy of one round (docs/privacy.md), when it is on.
struct PrivacyRecord {
    QString mode;         //!< "central" or "local"
    double epsilon = 0.0; //!< spent after this round (central: any client's; local: worst node's)
    double delta = 0.0;
    double order = 0.0; //!< the Renyi order that gave epsilon
    double noiseMultiplier = 0.0;
    double clipNorm = 0.0;
    double samplingRate = 0.0; //!< q: each client's chance of taking part
    double noiseStd = 0.0;     //!< standard deviation of the noise per coordinate
    int clipped = 0;           //!< updates whose norm exceeded the clip norm
};

//! What the global model did in one round.
struct RoundRecord {
    int round = 0;                //!< 1-based; round 0 is the initial model
    std::int64_t startedAtMs = 0; //!< Unix epoch milliseconds
    std::int64_t finishedAtMs = 0;
    double wallSeconds = 0.0;
    bool evaluated = false;
    double accuracy = 0.0;  //!< global test accuracy in [0, 1], when evaluated
    double loss = 0.0;      //!< global test loss, when evaluated
    double trainLoss = 0.0; //!< sample-weighted mean of the clients' training loss
    Hash modelHash;         //!< the global model after this round (a blob)
    int selected = 0;
    int accepted = 0;
    std::int64_t samples = 0;              //!< training samples processed this round
    std::optional<Hash> strategyStateHash; //!< server state blob needed to resume, if any
    // Modelled energy (docs/energy.md): the sums over the round's clients.
    double computationJ = 0.0;
    double communicationJ = 0.0;
    double idleJ = 0.0;
    double carbonG = 0.0;
    double modelledSeconds = 0.0; //!< the slowest selected client's training plus upload
    //! Measured: RAPL energy of all CPU packages while the round's clients trained; absent
    //! where the counters cannot be read. Never added to the modelled figures.
    std::optional<double> measuredPackageJ;
    std::optional<PrivacyRecord> privacy; //!< the `privacy_rounds` row, when DP is on

    double energyJ() const { return computationJ + communicationJ + idleJ; }
};

enum class UpdateStatus { Accepted, Rejected, Dropped };
QString updateStatusName(UpdateStatus status);

//! What one client did in one round.
struct ClientRoundRecord {
    int round = 0;
    int client = 0;
    UpdateStatus status = UpdateStatus::Accepted;
    QString detail; //!< why an update was rejected or dropped
    std::int64_t samples = 0;
    double trainLoss = 0.0;
    double trainAccuracy = 0.0;
    std::optional<double> evalAccuracy; //!< the global model on this client's data
    std::optional<double> evalLoss;
    double wallSeconds = 0.0;
    double cpuSeconds = 0.0;
    std::optional<Hash> updateHash;
    // Modelled energy and time of this client's round (docs/energy.md); 0 for a client whose
    // training failed before it could send anything.
    double computationJ = 0.0;
    double computationSeconds = 0.0;
    double communicationJ = 0.0;
    double communicationSeconds = 0.0;
    double idleJ = 0.0;
    double carbonG = 0.0;
    double bandwidthHz = 0.0;    //!< uplink bandwidth it was given
    double transmitPowerW = 0.0; //!< the power it transmitted at
    //! The round's measured package energy times this client's share of the round's CPU time;
    //! absent without RAPL, and until the round ends (clientFinished events do not have it).
    std::optional<double> measuredPackageJ;

    double energyJ() const { return computationJ + communicationJ + idleJ; }
};

//! Everything one round commits, written in one transaction.
struct RoundCommit {
    RoundRecord round;
    std::vector<ClientRoundRecord> clients;
    //! Content-addressed blobs to store with the round (the global model, optionally updates,
    //! strategy state): kind ("model", "update", "strategy-state") and bytes.
    std::vector<std::pair<QString, QByteArray>> blobs;
    //! Per-client strategy state after the round (SCAFFOLD's c_i): client -> bytes. Replaces
    //! the client's previous state; clients not listed keep theirs.
    std::vector<std::pair<int, QByteArray>> clientStates;
};

class RunStore {
public:
    enum class Mode { ReadOnly, ReadWrite };

    //! `PRAGMA application_id` of every run file: 'FEDR'. Tells run files from other SQLite files.
    static constexpr std::uint32_t applicationId = 0x46454452;
    //! `PRAGMA user_version`: the run file format this build writes, and the newest it reads.
    static constexpr int formatVersion = 1;

    //! Creates a new run file; fails if `path` exists. Stores the spec JSON and metadata.
    static Result<std::unique_ptr<RunStore>> create(const QString& path,
                                                    const QByteArray& specJson);
    //! Opens an existing run file. ReadOnly never writes (auditors); it refuses files that are
    //! not run files or whose format version is newer than this build understands.
    static Result<std::unique_ptr<RunStore>> open(const QString& path, Mode mode);

    ~RunStore();
    RunStore(const RunStore&) = delete;
    RunStore& operator=(const RunStore&) = delete;

    QString path() const;
    bool isReadOnly() const;

    QByteArray specJson() const;
    Result<QString> meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

    RunStatus status() const;
    Status setStatus(RunStatus status);

    //! Records the clients of the run (once, at start).
    Status writeClients(const std::vector<ClientInfo>& clients);
    Result<std::vector<ClientInfo>> clients() const;

    //! Stores a blob outside any round (e.g. the initial model, round 0); returns its hash.
    Result<Hash> putBlob(const QString& kind, const QByteArray& bytes);
    //! Reads a blob and re-hashes it: a blob whose bytes no longer match its key is an error.
    Result<QByteArray> blob(const Hash& hash) const;
    bool hasBlob(const Hash& hash) const;

    //! Commits a completed round atomically.
    Status commitRound(const RoundCommit& commit);
    //! 0 when no round is complete.
    int lastCompletedRound() const;
    Result<std::vector<RoundRecord>> rounds() const;
    Result<std::vector<ClientRoundRecord>> clientRounds(int round) const;
    //! Every client record of every round, ordered by (round, client).
    Result<std::vector<ClientRoundRecord>> allClientRounds() const;
    //! The client's strategy state as of the last completed round, or none if it has none.
    Result<std::optional<QByteArray>> clientState(int client) const;

    //! The full check an auditor runs: SQLite's integrity_check and foreign_key_check, rounds
    //! numbered 1..N without gaps, and every blob re-hashed. Reads the whole file, which is why
    //! open() does not do it.
    Status checkIntegrity() const;

    //! The raw connection, for engine modules that keep their own tables in the run file
    //! (the ledger). Use within this store's thread only.
    sqlite3* handle() const;

    //! Runs `work` inside one transaction (BEGIN IMMEDIATE ... COMMIT); rolls back on failure
    //! or exception. Nests: inside another transaction (including one begun on handle()) it is a
    //! SAVEPOINT, so commitRound() can share the ledger's transaction and a failed inner part
    //! rolls back only itself.
    template <typename F> Status transaction(F&& work);

private:
    RunStore();
    Status begin();
    Status commit();
    void rollback();

    struct Private;
    std::unique_ptr<Private> d;
};

template <typename F> Status RunStore::transaction(F&& work) {
    if (Status s = begin(); !s)
        return s;
    Status result;
    try {
        result = work();
    } catch (...) {
        rollback();
        throw;
    }
    if (!result) {
        rollback();
        return result;
    }
    return commit();
}

} // namespace fed
