#pragma once
// The audit ledger's blocks as values, and their canonical byte encoding. The encoding, the
// hash and Merkle rules and the signature messages are specified in docs/ledger-format.md,
// precisely enough for an independent verifier (tools/verify_ledger.py is one).

#include "engine/core/Hash.h"
#include "engine/core/Result.h"
#include "engine/ledger/Keys.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace fed {

namespace ledger_format {
//! The block encoding version written by this build (the u16 after the magic). Version 2
//! appends fields to round bodies (privacy, secure aggregation, contributions); version-1
//! blocks still decode and verify.
constexpr std::uint16_t version = 2;
constexpr std::uint16_t oldestVersion = 1;
//! Upper bounds that keep a hostile block from asking for absurd allocations.
constexpr std::uint32_t maxListLength = 1u << 20;
constexpr std::uint32_t maxStringBytes = 16u << 20;
} // namespace ledger_format

enum class BlockKind : std::uint8_t { Genesis = 0, Round = 1 };
enum class IncidentKind : std::uint8_t { Rejected = 1, Dropped = 2 };
QString incidentKindName(IncidentKind kind);

//! A named number. Lists of metrics are kept sorted by name (bytewise UTF-8), names unique.
struct Metric {
    QString name;
    double value = 0.0;
    bool operator==(const Metric& o) const;
};
//! Sorts by name; fails on an empty or duplicate name.
Status canonicalizeMetrics(std::vector<Metric>& metrics);
std::optional<double> findMetric(const std::vector<Metric>& metrics, QStringView name);

struct Member {
    std::uint32_t client = 0; //!< the client index used by the run file's tables
    PublicKey key;
    NodeId nodeId() const { return nodeIdOf(key); }
    bool operator==(const Member&) const = default;
};

struct GenesisBody {
    QString federationId;
    Hash specHash;   //!< SHA-256 of `spec`
    QByteArray spec; //!< the federation spec JSON, byte for byte as the run file stores it
    PublicKey coordinatorKey;
    std::vector<Member> members; //!< ascending client index
    Hash initialModelHash;
    QString softwareVersion;
    bool operator==(const GenesisBody&) const = default;
};

struct UpdateEntry {
    NodeId node;
    Hash updateHash; //!< SHA-256 of the update's canonical weight bytes (encodeWeights)
    std::uint64_t samples = 0;
    std::vector<Metric> metrics; //!< the node's local metrics (train_loss, ...)
    std::vector<Metric> energy;  //!< the node's energy for this round (names: ledger-format.md)
    Signature signature;         //!< the node's signature over updateMessage(...)
    bool operator==(const UpdateEntry&) const = default;
};

struct Incident {
    NodeId node;
    IncidentKind kind = IncidentKind::Rejected;
    std::optional<Hash> updateHash; //!< when the node sent an update that was refused
    QString reason;
    bool operator==(const Incident&) const = default;
};

//! One participant of a securely aggregated round (docs/ledger-format.md, secure_aggregation).
struct SecAggParticipant {
    std::uint32_t client = 0;
    std::array<std::uint8_t, 32> encryptionKey{}; //!< X25519 key its shares were sent to
    std::array<std::uint8_t, 32> maskKey{};       //!< X25519 key of its pairwise masks
    Signature keySignature; //!< the node's signature over its keys (secagg::keysMessage)
    bool dropped = false;   //!< shared its keys, but its masked update never arrived
    //! What the round revealed: the self-mask seed of a survivor, the mask private key of a
    //! dropped node. Enough to remove every mask from the sum; never enough to unmask one input.
    std::array<std::uint8_t, 32> revealed{};
    bool operator==(const SecAggParticipant&) const = default;
};

//! Version >= 2: what replay needs to recompute a securely aggregated round from the stored
//! masked updates (the round's `updates` are then the masked updates, signed by their nodes).
struct SecureAggregationRecord {
    std::uint32_t threshold = 0;      //!< t of this round
    std::uint32_t fractionalBits = 0; //!< f: the fixed-point scale 2^f
    std::uint64_t totalWeight = 0;    //!< sum of the survivors' sample counts
    Hash sumHash; //!< SHA-256 of the unmasked sum, as little-endian u64 ring elements
    std::vector<SecAggParticipant> participants; //!< everyone who shared keys, ascending client
    bool operator==(const SecureAggregationRecord&) const = default;
};

//! One contributing node's score and reward in a round (docs/contribution.md).
struct ContributionEntry {
    NodeId node;
    double score = 0.0;   //!< its contribution score (validation utility gained)
    double reward = 0.0;  //!< what the reward rule gives it for this round
    double balance = 0.0; //!< its balance after this round: previous balance + reward
    bool operator==(const ContributionEntry&) const = default;
};

//! The round's contribution scores and rewards (version >= 2). An auditor recomputes every
//! reward from the scores, the rule and its parameters, and every balance from the previous one.
struct RoundContributions {
    QString method;                  //!< exact, gtg, tmc, loo or cosine
    QString rule;                    //!< the reward rule ("proportional")
    std::vector<Metric> parameters;  //!< the rule's parameters (energy_weight, pool)
    std::vector<Metric> measurement; //!< how it was computed (evaluations, utility, seconds...)
    std::vector<ContributionEntry> entries; //!< one per accepted update, ascending client index
    bool operator==(const RoundContributions&) const = default;
};

struct RoundBody {
    std::uint32_t round = 0;
    Hash parentModelHash;
    Hash modelHash;
    std::optional<Hash> strategyStateHash;
    QString strategy;
    std::vector<Metric> strategyParameters;
    std::vector<NodeId> selected;     //!< ascending client index
    std::vector<UpdateEntry> updates; //!< accepted updates, ascending client index
    Hash merkleRoot;                  //!< of `updates` (merkleRoot())
    std::vector<Metric> evaluation;   //!< global metrics (accuracy, loss, train_loss)
    std::vector<Incident> incidents;  //!< rejected and dropped updates, ascending client index
    std::vector<Metric> energy;       //!< the round's totals (names: ledger-format.md)
    //! Version >= 2: differential privacy and secure aggregation figures (epsilon, delta, ...);
    //! empty when neither is on.
    std::vector<Metric> privacy;
    //! Version >= 2: present when the round was securely aggregated.
    std::optional<SecureAggregationRecord> secureAggregation;
    //! Version >= 2, appended after the other version-2 fields: contribution scores, rewards
    //! and balances; none when the spec does not score contributions.
    std::optional<RoundContributions> contributions;
    bool operator==(const RoundBody&) const = default;
};

struct Block {
    std::uint16_t version = ledger_format::version;
    BlockKind kind = BlockKind::Round;
    std::uint64_t height = 0;
    Hash previousHash; //!< all zero for the genesis block
    std::int64_t timestampMs = 0;
    GenesisBody genesis; //!< when kind is Genesis
    RoundBody round;     //!< when kind is Round
    bool operator==(const Block&) const = default;
};

//! The canonical bytes of a block (without the coordinator's signature).
QByteArray encodeBlock(const Block& block);
//! Parses canonical bytes; refuses anything malformed, truncated, trailing or non-canonical
//! (unsorted metrics, booleans other than 0/1, non-canonical NaN, invalid UTF-8).
Result<Block> decodeBlock(QByteArrayView bytes);
//! The block hash: SHA-256 of encodeBlock().
inline Hash blockHash(QByteArrayView encoded) {
    return Hash::of(encoded);
}

//! The canonical bytes of one update entry: the Merkle leaf's content.
QByteArray encodeUpdateEntry(const UpdateEntry& entry);
//! Merkle root of the entries (leaf = SHA-256(0x00 || entry), node = SHA-256(0x01 || l || r),
//! an odd node is carried up unchanged, no entries = 32 zero bytes).
Hash merkleRoot(std::span<const UpdateEntry> entries);
Hash merkleRootOfLeaves(std::vector<Hash> leaves);
Hash merkleLeaf(QByteArrayView entryBytes);

//! What a node signs for its update: domain tag, federation id, round, parent model hash,
//! update hash, sample count.
QByteArray updateMessage(const QString& federationId, std::uint64_t round, const Hash& parentModel,
                         const Hash& updateHash, std::uint64_t samples);
//! What the coordinator signs for a block: domain tag and the block hash.
QByteArray blockMessage(const Hash& blockHash);

} // namespace fed
