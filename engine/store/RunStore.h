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
    QString nodeId;                     //!< stable identity; the ledger uses key fingerprints
    std::int64_t samples = 0;
    std::vector<std::int64_t> labelHistogram; //!< samples per class
};

//! What the global model did in one round.
struct RoundRecord {
    int round = 0;                      //!< 1-based; round 0 is the initial model
    std::int64_t startedAtMs = 0;       //!< Unix epoch milliseconds
    std::int64_t finishedAtMs = 0;
    double wallSeconds = 0.0;
    bool evaluated = false;
    double accuracy = 0.0;              //!< global test accuracy in [0, 1], when evaluated
    double loss = 0.0;                  //!< global test loss, when evaluated
    double trainLoss = 0.0;             //!< sample-weighted mean of the clients' training loss
    Hash modelHash;                     //!< the global model after this round (a blob)
    int selected = 0;
    int accepted = 0;
    std::int64_t samples = 0;           //!< training samples processed this round
    std::optional<Hash> strategyStateHash; //!< server state blob needed to resume, if any
};

enum class UpdateStatus { Accepted, Rejected, Dropped };
QString updateStatusName(UpdateStatus status);

//! What one client did in one round.
struct ClientRoundRecord {
    int round = 0;
    int client = 0;
    UpdateStatus status = UpdateStatus::Accepted;
    QString detail;                     //!< why an update was rejected or dropped
    std::int64_t samples = 0;
    double trainLoss = 0.0;
    double trainAccuracy = 0.0;
    std::optional<double> evalAccuracy; //!< the global model on this client's data
    std::optional<double> evalLoss;
    double wallSeconds = 0.0;
    double cpuSeconds = 0.0;
    std::optional<Hash> updateHash;
};

//! Everything one round commits, written in one transaction.
struct RoundCommit {
    RoundRecord round;
    std::vector<ClientRoundRecord> clients;
    //! Content-addressed blobs to store with the round (the global model, optionally updates,
    //! strategy state): kind ("model", "update", "strategy-state") and bytes.
    std::vector<std::pair<QString, QByteArray>> blobs;
};

class RunStore {
public:
    enum class Mode { ReadOnly, ReadWrite };

    //! `PRAGMA application_id` of every run file: 'FEDR'. Tells run files from other SQLite files.
    static constexpr std::uint32_t applicationId = 0x46454452;
    //! `PRAGMA user_version`: the run file format this build writes, and the newest it reads.
    static constexpr int formatVersion = 1;

    //! Creates a new run file; fails if `path` exists. Stores the spec JSON and metadata.
    static Result<std::unique_ptr<RunStore>> create(const QString& path, const QByteArray& specJson);
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
    template <typename F>
    Status transaction(F&& work);

private:
    RunStore();
    Status begin();
    Status commit();
    void rollback();

    struct Private;
    std::unique_ptr<Private> d;
};

template <typename F>
Status RunStore::transaction(F&& work) {
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
