#pragma once
// The audit ledger of a run: a hash-chained, coordinator-signed list of blocks kept in the run
// file next to the rounds they record (docs/ledger-format.md). Appends happen inside the
// caller's transaction, so a block is exactly as durable as its round. The same class answers
// the viewer's, the GUI's and fedctl's queries, and verifies a chain.

#include "engine/core/Hash.h"
#include "engine/core/Result.h"
#include "engine/ledger/Block.h"
#include "engine/ledger/Keys.h"
#include "engine/store/RunStore.h"

#include <QStringList>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace fed {

//! A block as stored: its decoded content, the hash of its stored bytes, the signature.
struct StoredBlock {
    Block block;
    Hash hash;
    Signature signature;
    qsizetype encodedSize = 0;
};

//! A block found by its hash.
struct BlockMatch {
    std::uint64_t height = 0;
    Hash hash;
};

struct LedgerHead {
    std::uint64_t height = 0;
    Hash hash;
    Hash modelHash; //!< the model the head block records (the initial model for genesis)
};

//! One node's part in a model version.
struct Contributor {
    NodeId node;
    std::optional<std::uint32_t> client; //!< from the genesis member list
    Hash updateHash;
    std::uint64_t samples = 0;
};

//! One model version on the way back to genesis.
struct LineageStep {
    std::uint64_t height = 0;
    std::uint32_t round = 0; //!< 0 for the initial model (the genesis block)
    std::int64_t timestampMs = 0;
    Hash blockHash;
    Hash modelHash;
    std::optional<Hash> parentModelHash; //!< none for the initial model
    std::vector<Contributor> contributors;
};

enum class ReplayOutcome {
    NotRequested,
    NotApplicable,    //!< the genesis block, or a block too damaged to replay
    Reproduced,       //!< aggregating the stored updates gave the recorded model hash
    UpdatesNotStored, //!< the run did not keep this round's updates
    Failed,           //!< replay gave another model, or could not run (a problem says why)
};
QString replayOutcomeName(ReplayOutcome outcome);

struct BlockVerdict {
    std::uint64_t height = 0;
    std::optional<BlockKind> kind; //!< none when the block could not be decoded or is missing
    std::uint32_t round = 0;
    Hash hash; //!< SHA-256 of the stored bytes
    QStringList problems;
    ReplayOutcome replay = ReplayOutcome::NotRequested;
    //! Set when every problem of this block follows from the altered block at this height
    //! (the genesis block, whose keys and federation id its signatures are checked with).
    //! Reports list such blocks as one line under that block, with a count.
    std::optional<std::uint64_t> dependsOn;
    bool ok() const { return problems.isEmpty(); }
};

struct VerifyOptions {
    //! Recompute every round whose updates are stored and compare the model hash.
    bool replay = false;
    //! Pins the coordinator: the genesis block must carry this public key.
    std::optional<PublicKey> coordinatorKey;
    //! Pins the head: the last block must have this hash (detects a truncated chain).
    std::optional<Hash> expectedHead;
    //! Called now and then with (blocks checked, blocks in the ledger), on the calling thread.
    std::function<void(std::uint64_t, std::uint64_t)> progress;
    //! Polled between blocks; when set, verify() returns what it has with `cancelled` set.
    const std::atomic<bool>* cancel = nullptr;
};

struct VerifyReport {
    QString runPath;
    //! Problems that belong to no block (no ledger at all, an unreadable table).
    QStringList problems;
    std::vector<BlockVerdict> blocks; //!< ascending height, including missing heights
    std::optional<std::uint64_t> firstBadHeight;
    QString firstProblem;
    bool cancelled = false;
    std::optional<LedgerHead> head;

    std::vector<std::uint32_t> roundsReplayed;
    std::vector<std::uint32_t> roundsNotReplayed; //!< their updates were not stored

    // What the check cost, for the benchmark and for `ledger verify --json`.
    std::uint64_t bytesHashed = 0;
    std::uint64_t signaturesChecked = 0;
    double seconds = 0.0;

    bool valid() const { return !cancelled && problems.isEmpty() && !firstBadHeight; }
    //! "block 3 (round 3): ..." or the general problem; empty when valid.
    QString summary() const;
};

namespace secagg {
struct ParticipantRecord;
}
//! A block's `secure_aggregation` participants as secagg::recomputeSum takes them: what replay
//! unmasks a round's stored masked updates with (include engine/privacy/SecureAggregation.h).
std::vector<secagg::ParticipantRecord> secureParticipants(const SecureAggregationRecord& record);

class Ledger {
public:
    //! Reads and writes the ledger of `store`, on the store's connection (and thread).
    explicit Ledger(const RunStore& store);
    ~Ledger();
    Ledger(const Ledger&) = delete;
    Ledger& operator=(const Ledger&) = delete;

    //! Adds the ledger's tables (ledger_blocks, ledger_contributions, keys) to a new run file.
    static Status createTables(RunStore& store);
    //! Whether the run file has a ledger table at all (runs made before the ledger have none).
    Result<bool> exists() const;

    //! Appends the genesis block; the ledger must be empty. Call inside store.transaction().
    Result<StoredBlock> appendGenesis(const GenesisBody& genesis, std::int64_t timestampMs,
                                      const SigningKey& coordinator);
    //! Appends the next round block: sets its height, previous hash and Merkle root, sorts its
    //! metric lists, signs it. Refuses a round that does not follow the head (number, parent
    //! model). Call inside the transaction that commits the round.
    Result<StoredBlock> appendRound(RoundBody round, std::int64_t timestampMs,
                                    const SigningKey& coordinator);

    //! The last block, or none for an empty ledger.
    Result<std::optional<LedgerHead>> head() const;
    Result<std::uint64_t> blockCount() const;
    Result<StoredBlock> block(std::uint64_t height) const;
    //! Blocks [first, first + count) that exist, in height order: the viewer pages with this.
    Result<std::vector<StoredBlock>> blocks(std::uint64_t first, std::uint64_t count) const;
    Result<GenesisBody> genesis() const;

    //! Blocks whose hash starts with `hexPrefix` (case-insensitive), by hash: a range scan
    //! of the hash index, so as fast on 100,000 blocks as on ten (a run file made before the
    //! index existed is scanned instead). `limit` > 0 returns at most that many.
    Result<std::vector<BlockMatch>> findBlocks(QStringView hexPrefix, std::size_t limit = 0) const;
    //! Heights of the blocks that hold an update (accepted or refused) whose hash starts with
    //! `hexPrefix`, ascending, from the update-hash index; none when the run file was made
    //! before that index existed (then only reading the blocks finds them).
    Result<std::optional<std::vector<std::uint64_t>>> findUpdates(QStringView hexPrefix,
                                                                  std::size_t limit = 0) const;
    //! Distinct model hashes in the ledger that start with `hexPrefix` (case-insensitive), by
    //! the same kind of range scan on the model index.
    Result<std::vector<Hash>> findModels(QStringView hexPrefix) const;
    //! The model versions from `model` back to the initial model, newest first, with the nodes
    //! that contributed to each. `limit` > 0 stops after that many steps.
    Result<std::vector<LineageStep>> lineage(const Hash& model, std::size_t limit = 0) const;
    //! Heights of the blocks to which `node` contributed an accepted update, ascending.
    Result<std::vector<std::uint64_t>> contributions(const NodeId& node) const;

    //! Checks every hash link, signature, Merkle root and referenced blob (docs/ledger-format.md
    //! "Verification"); names the first bad block. Never fails: problems go into the report.
    VerifyReport verify(const VerifyOptions& options = {}) const;

    // Signing keys of the simulated federation (the `keys` table). Real nodes keep their own.
    static QString coordinatorOwner();
    static QString clientOwner(int client);
    static Status storeKey(RunStore& store, const QString& owner, const SigningKey& key);
    //! The key of `owner`, or none when the run holds no such key.
    Result<std::optional<SigningKey>> loadKey(const QString& owner) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fed
