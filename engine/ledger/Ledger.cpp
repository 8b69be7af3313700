#include "engine/ledger/Ledger.h"

#include "engine/contribution/Reward.h"
#include "engine/model/Weights.h"
#include "engine/privacy/DifferentialPrivacy.h"
#include "engine/privacy/SecureAggregation.h"
#include "engine/spec/SpecIO.h"
#include "engine/strategy/Strategy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fed {
namespace {

const char* const kSchema = R"sql(
CREATE TABLE IF NOT EXISTS ledger_blocks (
    height     INTEGER PRIMARY KEY,
    hash       BLOB NOT NULL,
    model_hash BLOB NOT NULL,
    data       BLOB NOT NULL,
    signature  BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS ledger_blocks_model ON ledger_blocks (model_hash);
CREATE INDEX IF NOT EXISTS ledger_blocks_hash ON ledger_blocks (hash);
CREATE TABLE IF NOT EXISTS ledger_contributions (
    node_id BLOB NOT NULL,
    height  INTEGER NOT NULL,
    PRIMARY KEY (node_id, height)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ledger_contributions_height ON ledger_contributions (height);
CREATE TABLE IF NOT EXISTS ledger_update_hashes (
    update_hash BLOB NOT NULL,
    height      INTEGER NOT NULL,
    PRIMARY KEY (update_hash, height)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS keys (
    owner       TEXT PRIMARY KEY NOT NULL,
    public_key  BLOB NOT NULL,
    private_key BLOB NOT NULL
);
)sql";

// How often verify() reports progress and looks at the cancel flag.
constexpr std::uint64_t kProgressEvery = 64;

//! One prepared statement. The ledger prepares its own rather than sharing the store's cache:
//! its queries run while the store's statements may be in use, and it is not on a hot path
//! that a cache would help (an append is one block; verify keeps its statements for the loop).
class Stmt {
public:
    Stmt(sqlite3* db, const char* sql)
        : m_db(db) {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    bool prepared() const { return m_rc == SQLITE_OK; }
    int code() const { return m_rc; }

    Stmt& bindInt(int i, std::int64_t v) {
        keep(sqlite3_bind_int64(m_stmt, i, v));
        return *this;
    }
    Stmt& bindBlob(int i, QByteArrayView bytes) {
        static const char empty = 0;
        keep(sqlite3_bind_blob64(m_stmt, i, bytes.data() ? bytes.data() : &empty,
                                 static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& bindHash(int i, const Hash& h) {
        return bindBlob(i, QByteArrayView(reinterpret_cast<const char*>(h.bytes.data()), 32));
    }
    Stmt& bindText(int i, const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        keep(sqlite3_bind_text64(m_stmt, i, utf8.constData(),
                                 static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                                 SQLITE_UTF8));
        return *this;
    }
    int step() {
        if (m_rc != SQLITE_OK)
            return m_rc;
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            m_rc = rc;
        return rc;
    }
    void reset() {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (m_rc != SQLITE_OK && m_stmt)
            m_rc = SQLITE_OK;
    }

    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    std::int64_t integer(int c) const { return sqlite3_column_int64(m_stmt, c); }
    QByteArrayView view(int c) const {
        const void* p = sqlite3_column_blob(m_stmt, c);
        const int n = sqlite3_column_bytes(m_stmt, c);
        return p ? QByteArrayView(static_cast<const char*>(p), n) : QByteArrayView();
    }
    QByteArray bytes(int c) const { return view(c).toByteArray(); }
    QString text(int c) const {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, c)) : QString();
    }
    //! A REAL column; NULL reads as NaN (the run file stores NaN as NULL).
    double real(int c) const {
        return isNull(c) ? std::numeric_limits<double>::quiet_NaN()
                         : sqlite3_column_double(m_stmt, c);
    }
    std::optional<Hash> hash(int c) const {
        const QByteArrayView v = view(c);
        if (v.size() != 32)
            return std::nullopt;
        Hash h;
        std::memcpy(h.bytes.data(), v.data(), 32);
        return h;
    }
    QString error() const {
        return QString::fromUtf8(m_rc == sqlite3_extended_errcode(m_db) ? sqlite3_errmsg(m_db)
                                                                        : sqlite3_errstr(m_rc));
    }

private:
    void keep(int rc) {
        if (m_rc == SQLITE_OK && rc != SQLITE_OK)
            m_rc = rc;
    }
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_OK;
};

//! The hashes the one-column query `q` (bound to a height as ?1) returns for `height`: an
//! index table's rows for one block, which verification compares with the block itself.
//! Every update hash a round block names: its accepted updates' and its incidents' (the
//! refused updates'). What the update-hash search index holds for the block.
std::set<Hash> namedUpdateHashes(const RoundBody& round) {
    std::set<Hash> out;
    for (const UpdateEntry& u : round.updates)
        out.insert(u.updateHash);
    for (const Incident& i : round.incidents)
        if (i.updateHash)
            out.insert(*i.updateHash);
    return out;
}

std::set<Hash> hashesAt(Stmt& q, std::uint64_t height) {
    q.reset();
    q.bindInt(1, static_cast<std::int64_t>(height));
    std::set<Hash> out;
    while (q.step() == SQLITE_ROW)
        if (const auto h = q.hash(0))
            out.insert(*h);
    return out;
}

//! SQLite integers are signed; heights and counts beyond that range clamp to its end.
std::int64_t sqlInteger(std::uint64_t value) {
    return static_cast<std::int64_t>(std::min<std::uint64_t>(
        value, static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())));
}

QString shortHash(const Hash& h) {
    return h.toHex().left(16);
}

//! The round blocks' view of the genesis block, built once per verify.
struct MemberInfo {
    std::uint32_t client = 0;
    std::size_t index = 0; //!< position in the genesis member list (ascending client)
    PublicKey key;
    VerifyingKey verifier;
};

struct ChainContext {
    bool genesisSeen = false;
    bool genesisUsable = false; //!< decoded and carrying a usable coordinator key
    QString federationId;
    VerifyingKey coordinator;
    std::map<NodeId, MemberInfo> members;
    Hash initialModel;
    bool storeUpdates = false;
    QByteArray spec;
    //! Whether the genesis spec turns on privacy.secure_aggregation; read at the first round.
    std::optional<bool> secureAggregation;
    // Contribution rewards (docs/contribution.md): whether the genesis spec scores them, its
    // reward rule's parameters, and each node's balance as recomputed so far.
    bool scoresContributions = false;
    double rewardPool = 0.0;
    double rewardEnergyWeight = 0.0;
    std::map<NodeId, double> balances;
    //! Problems of the current block that read keys or the federation id from the genesis
    //! block (node signatures, membership): when genesis itself was altered they follow from
    //! it, and reports list them under genesis instead of once per block.
    std::size_t genesisDependent = 0;
};

//! Two figures agree: equal, or both NaN (the run file stores NaN as NULL).
bool sameFigure(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

QString hashText(const std::optional<Hash>& h) {
    return h ? shortHash(*h) : u"none"_s;
}

//! The run's derived tables must say what the signed block says: `rounds` (model, counts,
//! evaluation, strategy state) and `client_rounds` (one row per selected client, with the
//! block's status, update hash, sample count and reason, and no other rows). Charts, the
//! per-client table and CSV exports read these tables, so a row edited or deleted behind the
//! ledger's back must not pass as verified.
void checkRunTables(Stmt& roundsQuery, Stmt& clientRoundsQuery, const RoundBody& r,
                    const ChainContext& ctx, BlockVerdict& v) {
    const std::uint32_t round = r.round;
    // A block naming nodes that are not members cannot be matched with rows by client index;
    // its membership problems already say why.
    auto member = [&](const NodeId& n) { return ctx.members.contains(n); };
    const bool matchable = std::all_of(r.selected.begin(), r.selected.end(), member) &&
                           std::all_of(r.updates.begin(), r.updates.end(),
                                       [&](const UpdateEntry& u) { return member(u.node); }) &&
                           std::all_of(r.incidents.begin(), r.incidents.end(),
                                       [&](const Incident& i) { return member(i.node); });
    roundsQuery.reset();
    roundsQuery.bindInt(1, static_cast<std::int64_t>(round));
    if (roundsQuery.step() != SQLITE_ROW) {
        v.problems << u"the rounds table has no row for round %1"_s.arg(round);
    } else {
        auto differs = [&](const QString& column, const QString& table, const QString& block) {
            v.problems << u"the rounds table's %1 for round %2 is %3, but the block records %4"_s
                              .arg(column)
                              .arg(round)
                              .arg(table, block);
        };
        if (roundsQuery.hash(0) != r.modelHash)
            v.problems << u"the rounds table records another model for round %1"_s.arg(round);
        if (roundsQuery.integer(1) != static_cast<std::int64_t>(r.selected.size()))
            differs(u"selected"_s, QString::number(roundsQuery.integer(1)),
                    QString::number(r.selected.size()));
        if (roundsQuery.integer(2) != static_cast<std::int64_t>(r.updates.size()))
            differs(u"accepted"_s, QString::number(roundsQuery.integer(2)),
                    QString::number(r.updates.size()));
        const std::optional<Hash> state =
            roundsQuery.isNull(7) ? std::nullopt : roundsQuery.hash(7);
        if (state != r.strategyStateHash)
            differs(u"strategy_state_hash"_s, hashText(state), hashText(r.strategyStateHash));
        std::optional<double> accuracy, loss, trainLoss;
        for (const Metric& m : r.evaluation) {
            if (m.name == u"accuracy"_s)
                accuracy = m.value;
            else if (m.name == u"loss"_s)
                loss = m.value;
            else if (m.name == u"train_loss"_s)
                trainLoss = m.value;
        }
        const bool evaluated = roundsQuery.integer(3) != 0;
        if (evaluated != accuracy.has_value())
            differs(u"evaluated"_s, evaluated ? u"1"_s : u"0"_s,
                    accuracy ? u"an evaluation"_s : u"none"_s);
        auto figure = [&](int column, const QString& name, const std::optional<double>& value) {
            if (value && !sameFigure(roundsQuery.real(column), *value))
                differs(
                    name,
                    QString::number(roundsQuery.real(column), 'g', QLocale::FloatingPointShortest),
                    QString::number(*value, 'g', QLocale::FloatingPointShortest));
        };
        if (evaluated) {
            figure(4, u"accuracy"_s, accuracy);
            figure(5, u"loss"_s, loss);
        }
        figure(6, u"train_loss"_s, trainLoss);
    }

    if (!matchable)
        return;
    // What the block says of each selected client, by client index.
    struct Expected {
        QString status;
        std::optional<Hash> updateHash;
        std::optional<std::uint64_t> samples; //!< the block records samples of updates only
        QString detail;
    };
    std::map<std::int64_t, Expected> expected;
    for (const UpdateEntry& u : r.updates)
        if (const auto m = ctx.members.find(u.node); m != ctx.members.end())
            expected[m->second.client] = {u"accepted"_s, u.updateHash, u.samples, QString()};
    for (const Incident& i : r.incidents)
        if (const auto m = ctx.members.find(i.node); m != ctx.members.end())
            expected[m->second.client] = {i.kind == IncidentKind::Dropped ? u"dropped"_s
                                                                          : u"rejected"_s,
                                          i.updateHash, std::nullopt, i.reason};
    clientRoundsQuery.reset();
    clientRoundsQuery.bindInt(1, static_cast<std::int64_t>(round));
    std::set<std::int64_t> seen;
    while (clientRoundsQuery.step() == SQLITE_ROW) {
        const std::int64_t client = clientRoundsQuery.integer(0);
        seen.insert(client);
        const auto e = expected.find(client);
        if (e == expected.end()) {
            v.problems << u"the client_rounds table has a row for client %1 in round %2, which "
                          "the block does not record"_s.arg(client)
                              .arg(round);
            continue;
        }
        auto differs = [&](const QString& column, const QString& table, const QString& block) {
            v.problems << u"the client_rounds row of client %1 in round %2 has %3 %4, but the "
                          "block records %5"_s.arg(client)
                              .arg(round)
                              .arg(column, table, block);
        };
        const QString status = clientRoundsQuery.text(1);
        if (status != e->second.status)
            differs(u"status"_s, status, e->second.status);
        if (status == e->second.status && e->second.status != u"accepted"_s &&
            clientRoundsQuery.text(2) != e->second.detail)
            differs(u"detail"_s, u"\"%1\""_s.arg(clientRoundsQuery.text(2)),
                    u"\"%1\""_s.arg(e->second.detail));
        if (e->second.samples &&
            clientRoundsQuery.integer(3) != static_cast<std::int64_t>(*e->second.samples))
            differs(u"samples"_s, QString::number(clientRoundsQuery.integer(3)),
                    QString::number(*e->second.samples));
        const std::optional<Hash> hash =
            clientRoundsQuery.isNull(4) ? std::nullopt : clientRoundsQuery.hash(4);
        if (hash != e->second.updateHash || (!clientRoundsQuery.isNull(4) && !hash))
            differs(u"update_hash"_s, hashText(hash), hashText(e->second.updateHash));
    }
    for (const auto& [client, e] : expected)
        if (!seen.contains(client))
            v.problems << u"the client_rounds table has no row for client %1 in round %2 (the "
                          "block records it as %3)"_s.arg(client)
                              .arg(round)
                              .arg(e.status);
}

enum class BlobState { Ok, Missing, Corrupt };

secagg::RoundContext secureContext(const ChainContext& ctx, std::uint32_t round) {
    return {ctx.federationId, round};
}

} // namespace

std::vector<secagg::ParticipantRecord> secureParticipants(const SecureAggregationRecord& record) {
    std::vector<secagg::ParticipantRecord> out;
    for (const SecAggParticipant& p : record.participants) {
        secagg::ParticipantRecord q;
        q.id = p.client;
        q.encryptionKey = p.encryptionKey;
        q.maskKey = p.maskKey;
        q.keySignature = p.keySignature.toByteArray();
        q.dropped = p.dropped;
        q.revealed = p.revealed;
        out.push_back(q);
    }
    return out;
}

namespace {

//! The `secure_aggregation` record against the rest of the block: signed keys of members, the
//! survivors exactly the nodes with updates, every dropped participant an incident, the total
//! weight the updates' samples (docs/ledger-format.md "Verification").
void verifySecureAggregation(const RoundBody& r, const ChainContext& ctx, QStringList& problems,
                             std::uint64_t& signaturesChecked) {
    const SecureAggregationRecord& sa = *r.secureAggregation;
    std::map<std::uint32_t, const MemberInfo*> byClient;
    std::map<std::uint32_t, NodeId> nodeOf;
    for (const auto& [node, m] : ctx.members) {
        byClient[m.client] = &m;
        nodeOf[m.client] = node;
    }
    std::vector<NodeId> survivors;
    std::set<NodeId> dropped;
    std::optional<std::uint32_t> previous;
    for (const SecAggParticipant& p : sa.participants) {
        const auto m = byClient.find(p.client);
        if (m == byClient.end()) {
            problems << u"secure aggregation lists client %1, which is not a member"_s.arg(
                p.client);
            continue;
        }
        if (previous && p.client <= *previous)
            problems << u"secure aggregation participants are not in ascending client order "
                        "(client %1)"_s.arg(p.client);
        previous = p.client;
        secagg::AdvertisedKeys keys;
        keys.id = p.client;
        keys.encryptionKey = p.encryptionKey;
        keys.maskKey = p.maskKey;
        ++signaturesChecked;
        if (!m->second->verifier.verify(secagg::keysMessage(secureContext(ctx, r.round), keys),
                                        p.keySignature))
            problems << u"the signature of client %1 over its secure-aggregation keys does not "
                        "verify"_s.arg(p.client);
        (p.dropped ? static_cast<void>(dropped.insert(nodeOf[p.client]))
                   : survivors.push_back(nodeOf[p.client]));
    }
    std::vector<NodeId> updated;
    std::uint64_t weight = 0;
    for (const UpdateEntry& u : r.updates) {
        updated.push_back(u.node);
        weight += u.samples;
    }
    if (updated != survivors)
        problems << u"the secure-aggregation survivors are not the nodes with (masked) updates"_s;
    for (const NodeId& n : dropped) {
        const bool incident = std::any_of(r.incidents.begin(), r.incidents.end(),
                                          [&](const Incident& i) { return i.node == n; });
        if (!incident)
            problems << u"node %1 dropped out of secure aggregation but has no incident"_s.arg(
                shortHash(n));
    }
    if (sa.totalWeight != weight)
        problems << u"the secure-aggregation total weight %1 is not the updates' %2 samples"_s
                        .arg(sa.totalWeight)
                        .arg(weight);
    if (sa.threshold < 2 || survivors.size() < sa.threshold)
        problems << u"secure aggregation with threshold %1 cannot have completed with %2 "
                    "survivors"_s.arg(sa.threshold)
                        .arg(survivors.size());
}

//! Replay of a securely aggregated round: the masks removed again from the stored masked
//! updates with the revealed secrets; the sum must hash to the recorded one.
Result<ClientUpdate> replaySecureSum(const RoundBody& r, const ChainContext& ctx,
                                     const std::vector<QByteArray>& updateBytes,
                                     std::size_t parameters) {
    const SecureAggregationRecord& sa = *r.secureAggregation;
    std::vector<std::vector<std::uint64_t>> inputs;
    for (std::size_t i = 0; i < updateBytes.size(); ++i) {
        auto masked = secagg::decodeMaskedInput(updateBytes[i]);
        if (!masked)
            return fail(
                u"masked update %1: %2"_s.arg(r.updates[i].updateHash.toHex(), masked.error()));
        if (masked->size() != parameters)
            return fail(u"masked update %1 has %2 values, the model %3"_s.arg(
                r.updates[i].updateHash.toHex(), QString::number(masked->size()),
                QString::number(parameters)));
        inputs.push_back(std::move(*masked));
    }
    auto sum = secagg::recomputeSum(secureContext(ctx, r.round), secureParticipants(sa), inputs);
    if (!sum)
        return fail(u"secure aggregation: %1"_s.arg(sum.error()));
    const Hash sumHash = Hash::of(secagg::encodeMaskedInput(*sum));
    if (sumHash != sa.sumHash)
        return fail(u"removing the masks from the stored masked updates gives sum %1, the block "
                    "records %2"_s.arg(sumHash.toHex(), sa.sumHash.toHex()));
    const int first =
        r.updates.empty() ? 0 : static_cast<int>(ctx.members.at(r.updates[0].node).client);
    return ClientUpdate{
        first, static_cast<std::int64_t>(sa.totalWeight),
        secagg::meanFromSum(*sum, static_cast<int>(sa.fractionalBits), sa.totalWeight)};
}

} // namespace

QString replayOutcomeName(ReplayOutcome outcome) {
    switch (outcome) {
    case ReplayOutcome::NotRequested:
        return u"not requested"_s;
    case ReplayOutcome::NotApplicable:
        return u"not applicable"_s;
    case ReplayOutcome::Reproduced:
        return u"reproduced"_s;
    case ReplayOutcome::UpdatesNotStored:
        return u"updates not stored"_s;
    case ReplayOutcome::Failed:
        return u"failed"_s;
    }
    return u"failed"_s;
}

QString VerifyReport::summary() const {
    if (cancelled)
        return u"verification was cancelled"_s;
    if (!problems.isEmpty())
        return problems.first();
    if (!firstBadHeight)
        return {};
    for (const BlockVerdict& v : blocks) {
        if (v.height != *firstBadHeight)
            continue;
        const QString name = v.kind == BlockKind::Genesis ? u"block 0 (genesis)"_s
                             : v.kind == BlockKind::Round
                                 ? u"block %1 (round %2)"_s.arg(v.height).arg(v.round)
                                 : u"block %1"_s.arg(v.height);
        return u"%1: %2"_s.arg(name, v.problems.join(u"; "_s));
    }
    return u"block %1: %2"_s.arg(*firstBadHeight).arg(firstProblem);
}

struct Ledger::Private {
    const RunStore& store;
    explicit Private(const RunStore& s)
        : store(s) {}

    sqlite3* db() const { return store.handle(); }
    //! Whether the run file has the update-hash search index (files made before it do not;
    //! their blocks are not indexed, and search reads the chain instead).
    bool hasUpdateIndex() const {
        if (!updateIndex) {
            Stmt q(db(), "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = "
                         "'ledger_update_hashes'");
            updateIndex = q.step() == SQLITE_ROW;
        }
        return *updateIndex;
    }
    mutable std::optional<bool> updateIndex;

    Error sqlError(const QString& what, const Stmt& q) const {
        return fail(u"%1: %2: %3"_s.arg(store.path(), what, q.error()));
    }
    Error damaged(const QString& what) const {
        return fail(u"%1: the ledger is damaged: %2"_s.arg(store.path(), what));
    }

    Result<StoredBlock> readRow(const Stmt& q, int first) const {
        StoredBlock s;
        const QByteArrayView data = q.view(first + 1);
        auto block = decodeBlock(data);
        const auto height = q.integer(first);
        if (!block)
            return damaged(u"block %1 cannot be decoded: %2"_s.arg(height).arg(block.error()));
        s.block = std::move(*block);
        s.hash = blockHash(data);
        s.encodedSize = data.size();
        if (!Signature::fromBytes(q.view(first + 2), s.signature))
            return damaged(u"the signature of block %1 is not 64 bytes"_s.arg(height));
        return s;
    }

    Result<StoredBlock> insert(Block block, const SigningKey& coordinator) {
        const QString what = u"cannot append ledger block %1"_s.arg(block.height);
        if (coordinator.isNull())
            return fail(u"%1: %2: no coordinator key"_s.arg(store.path(), what));
        const QByteArray encoded = encodeBlock(block);
        StoredBlock stored;
        stored.hash = blockHash(encoded);
        stored.signature = coordinator.sign(blockMessage(stored.hash));
        stored.encodedSize = encoded.size();
        const Hash model = block.kind == BlockKind::Genesis ? block.genesis.initialModelHash
                                                            : block.round.modelHash;
        // A savepoint makes the block and its index rows one unit whether or not the caller
        // has a transaction open; inside the round's transaction it nests.
        if (sqlite3_exec(db(), "SAVEPOINT fed_ledger_append", nullptr, nullptr, nullptr) !=
            SQLITE_OK)
            return fail(
                u"%1: %2: %3"_s.arg(store.path(), what, QString::fromUtf8(sqlite3_errmsg(db()))));
        auto undo = [&] {
            sqlite3_exec(db(), "ROLLBACK TO fed_ledger_append; RELEASE fed_ledger_append", nullptr,
                         nullptr, nullptr);
        };
        {
            Stmt q(db(), "INSERT INTO ledger_blocks (height, hash, model_hash, data, signature) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)");
            q.bindInt(1, static_cast<std::int64_t>(block.height)).bindHash(2, stored.hash);
            q.bindHash(3, model).bindBlob(4, encoded).bindBlob(5, stored.signature.toByteArray());
            if (q.step() != SQLITE_DONE) {
                Error e = sqlError(what, q);
                undo();
                return e;
            }
        }
        if (block.kind == BlockKind::Round) {
            Stmt q(db(), "INSERT INTO ledger_contributions (node_id, height) VALUES (?1, ?2)");
            for (const UpdateEntry& u : block.round.updates) {
                q.reset();
                q.bindHash(1, u.node).bindInt(2, static_cast<std::int64_t>(block.height));
                if (q.step() != SQLITE_DONE) {
                    Error e = sqlError(what, q);
                    undo();
                    return e;
                }
            }
        }
        if (block.kind == BlockKind::Round && hasUpdateIndex()) {
            // The search index of update hashes, refused ones included (verified like the
            // other indexes; search also reads every block it points at).
            Stmt q(db(), "INSERT INTO ledger_update_hashes (update_hash, height) VALUES (?1, ?2)");
            for (const Hash& h : namedUpdateHashes(block.round)) {
                q.reset();
                q.bindHash(1, h).bindInt(2, static_cast<std::int64_t>(block.height));
                if (q.step() != SQLITE_DONE) {
                    Error e = sqlError(what, q);
                    undo();
                    return e;
                }
            }
        }
        if (sqlite3_exec(db(), "RELEASE fed_ledger_append", nullptr, nullptr, nullptr) !=
            SQLITE_OK) {
            Error e = fail(
                u"%1: %2: %3"_s.arg(store.path(), what, QString::fromUtf8(sqlite3_errmsg(db()))));
            undo();
            return e;
        }
        stored.block = std::move(block);
        return stored;
    }

    //! Re-hashes a blob in place (no copy unless `keep` is given).
    BlobState checkBlob(Stmt& q, const Hash& hash, std::uint64_t& hashed, QByteArray* keep,
                        Hash* actual) const {
        q.reset();
        q.bindHash(1, hash);
        if (q.step() != SQLITE_ROW)
            return BlobState::Missing;
        const QByteArrayView data = q.view(0);
        hashed += static_cast<std::uint64_t>(data.size());
        const Hash h = Hash::of(data);
        if (actual)
            *actual = h;
        if (h != hash)
            return BlobState::Corrupt;
        if (keep)
            *keep = data.toByteArray();
        return BlobState::Ok;
    }

    void verifyGenesis(const Block& b, BlockVerdict& v, ChainContext& ctx,
                       const VerifyOptions& options, VerifyReport& report, Stmt& blobQuery) const;
    //! parentModel: the model of the block before, if that block could be read.
    void verifyRound(const Block& b, BlockVerdict& v, ChainContext& ctx,
                     const std::optional<Hash>& parentModel, VerifyReport& report, Stmt& blobQuery,
                     Stmt& roundsQuery, Stmt& clientRoundsQuery, Stmt& contributionsQuery,
                     bool replay, QByteArray& parentBytes, QByteArray& modelBytes,
                     const std::optional<FederationSpec>& settings,
                     const std::optional<Hash>& previousState, const QString& replayBlocker) const;
};

Ledger::Ledger(const RunStore& store)
    : d(std::make_unique<Private>(store)) {}
Ledger::~Ledger() = default;

Status Ledger::createTables(RunStore& store) {
    if (store.isReadOnly())
        return fail(u"%1 is open read-only: cannot add the ledger"_s.arg(store.path()));
    char* message = nullptr;
    if (sqlite3_exec(store.handle(), kSchema, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return fail(u"%1: cannot add the ledger tables: %2"_s.arg(store.path(), text));
    }
    return {};
}

Result<bool> Ledger::exists() const {
    Stmt q(d->db(), "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'ledger_blocks'");
    const int rc = q.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return d->sqlError(u"cannot read the schema"_s, q);
    return rc == SQLITE_ROW;
}

Result<StoredBlock> Ledger::appendGenesis(const GenesisBody& genesis, std::int64_t timestampMs,
                                          const SigningKey& coordinator) {
    auto current = head();
    if (!current)
        return current.takeError();
    if (*current)
        return fail(u"%1: the ledger already has a genesis block"_s.arg(d->store.path()));
    if (genesis.specHash != Hash::of(genesis.spec))
        return fail(u"%1: the genesis spec hash does not match the spec"_s.arg(d->store.path()));
    if (genesis.coordinatorKey != coordinator.publicKey())
        return fail(u"%1: the genesis block names another coordinator key than the one signing "
                    "it"_s.arg(d->store.path()));
    Block block;
    block.kind = BlockKind::Genesis;
    block.height = 0;
    block.timestampMs = timestampMs;
    block.genesis = genesis;
    std::sort(block.genesis.members.begin(), block.genesis.members.end(),
              [](const Member& a, const Member& b) { return a.client < b.client; });
    return d->insert(std::move(block), coordinator);
}

Result<StoredBlock> Ledger::appendRound(RoundBody round, std::int64_t timestampMs,
                                        const SigningKey& coordinator) {
    auto current = head();
    if (!current)
        return current.takeError();
    if (!*current)
        return fail(u"%1: the ledger has no genesis block to append round %2 to"_s.arg(
            d->store.path(), QString::number(round.round)));
    const LedgerHead& h = **current;
    if (round.round != h.height + 1)
        return fail(u"%1: the ledger's last block is at height %2, so the next block records "
                    "round %3, not %4"_s.arg(d->store.path())
                        .arg(h.height)
                        .arg(h.height + 1)
                        .arg(round.round));
    if (round.parentModelHash != h.modelHash)
        return fail(u"%1: round %2 starts from model %3, but the ledger's last model is %4"_s.arg(
            d->store.path(), QString::number(round.round), round.parentModelHash.toHex(),
            h.modelHash.toHex()));
    for (auto* list : {&round.strategyParameters, &round.evaluation, &round.energy, &round.privacy})
        if (Status s = canonicalizeMetrics(*list); !s)
            return fail(u"%1: round %2: %3"_s.arg(d->store.path(), QString::number(round.round),
                                                  s.error()));
    for (UpdateEntry& u : round.updates)
        for (auto* list : {&u.metrics, &u.energy})
            if (Status s = canonicalizeMetrics(*list); !s)
                return fail(u"%1: round %2: %3"_s.arg(d->store.path(), QString::number(round.round),
                                                      s.error()));
    if (round.contributions)
        for (auto* list : {&round.contributions->parameters, &round.contributions->measurement})
            if (Status s = canonicalizeMetrics(*list); !s)
                return fail(u"%1: round %2: %3"_s.arg(d->store.path(), QString::number(round.round),
                                                      s.error()));
    round.merkleRoot = merkleRoot(round.updates);
    Block block;
    block.kind = BlockKind::Round;
    block.height = h.height + 1;
    block.previousHash = h.hash;
    block.timestampMs = timestampMs;
    block.round = std::move(round);
    return d->insert(std::move(block), coordinator);
}

Result<std::optional<LedgerHead>> Ledger::head() const {
    Stmt q(d->db(),
           "SELECT height, hash, model_hash FROM ledger_blocks ORDER BY height DESC LIMIT 1");
    const int rc = q.step();
    if (rc == SQLITE_DONE)
        return std::optional<LedgerHead>();
    if (rc != SQLITE_ROW)
        return d->sqlError(u"cannot read the ledger head"_s, q);
    LedgerHead h;
    h.height = static_cast<std::uint64_t>(q.integer(0));
    const auto hash = q.hash(1);
    const auto model = q.hash(2);
    if (!hash || !model)
        return d->damaged(u"the head block's hash columns are not 32 bytes"_s);
    h.hash = *hash;
    h.modelHash = *model;
    return std::optional<LedgerHead>(h);
}

Result<std::uint64_t> Ledger::blockCount() const {
    Stmt q(d->db(), "SELECT count(*) FROM ledger_blocks");
    if (q.step() != SQLITE_ROW)
        return d->sqlError(u"cannot count the ledger blocks"_s, q);
    return static_cast<std::uint64_t>(q.integer(0));
}

Result<StoredBlock> Ledger::block(std::uint64_t height) const {
    Stmt q(d->db(), "SELECT height, data, signature FROM ledger_blocks WHERE height = ?1");
    q.bindInt(1, sqlInteger(height));
    const int rc = q.step();
    if (rc == SQLITE_DONE)
        return fail(u"%1: the ledger has no block at height %2"_s.arg(d->store.path()).arg(height));
    if (rc != SQLITE_ROW)
        return d->sqlError(u"cannot read ledger block %1"_s.arg(height), q);
    return d->readRow(q, 0);
}

Result<std::vector<StoredBlock>> Ledger::blocks(std::uint64_t first, std::uint64_t count) const {
    Stmt q(d->db(), "SELECT height, data, signature FROM ledger_blocks WHERE height >= ?1 "
                    "ORDER BY height LIMIT ?2");
    q.bindInt(1, sqlInteger(first)).bindInt(2, sqlInteger(count));
    std::vector<StoredBlock> out;
    int rc = SQLITE_OK;
    while ((rc = q.step()) == SQLITE_ROW) {
        auto s = d->readRow(q, 0);
        if (!s)
            return s.takeError();
        out.push_back(std::move(*s));
    }
    if (rc != SQLITE_DONE)
        return d->sqlError(u"cannot read ledger blocks"_s, q);
    return out;
}

Result<GenesisBody> Ledger::genesis() const {
    auto b = block(0);
    if (!b)
        return b.takeError();
    if (b->block.kind != BlockKind::Genesis)
        return d->damaged(u"block 0 is not a genesis block"_s);
    return std::move(b->block.genesis);
}

namespace {

//! The blobs that bound every hash starting with a hex prefix: [low, high). SQLite compares
//! blobs as memcmp and then by length, so `column >= low AND column < high` is an index range
//! scan; a prefix of only "f"s ends at 33 bytes of 0xff, above every 32-byte hash.
struct HashRange {
    QByteArray low;
    QByteArray high;
};

QByteArray packNibbles(const std::vector<int>& nibbles) {
    QByteArray out((static_cast<qsizetype>(nibbles.size()) + 1) / 2, '\0');
    for (std::size_t i = 0; i < nibbles.size(); ++i)
        out[static_cast<qsizetype>(i / 2)] = static_cast<char>(
            out[static_cast<qsizetype>(i / 2)] | (i % 2 == 0 ? nibbles[i] << 4 : nibbles[i]));
    return out;
}

Result<HashRange> hashRange(QStringView hexPrefix) {
    std::vector<int> nibbles;
    for (QChar c : hexPrefix) {
        const char16_t u = c.toLower().unicode();
        if (u >= u'0' && u <= u'9')
            nibbles.push_back(u - u'0');
        else if (u >= u'a' && u <= u'f')
            nibbles.push_back(u - u'a' + 10);
        else
            return fail(u"\"%1\" is not a hexadecimal hash prefix"_s.arg(hexPrefix));
    }
    if (nibbles.size() > 64)
        return fail(u"\"%1\" is longer than a hash (64 hex digits)"_s.arg(hexPrefix));
    HashRange r;
    r.low = packNibbles(nibbles);
    // The next prefix of the same length (or shorter, after a carry) is the exclusive end.
    while (!nibbles.empty() && nibbles.back() == 15)
        nibbles.pop_back();
    if (!nibbles.empty()) {
        ++nibbles.back();
        r.high = packNibbles(nibbles);
    } else {
        r.high = QByteArray(33, '\xff');
    }
    return r;
}

//! ?1 and ?2 of a range query; ?3, when given, is the row limit (0: none).
void bindRange(Stmt& q, const HashRange& range, std::optional<std::size_t> limit = {}) {
    q.bindBlob(1, range.low).bindBlob(2, range.high);
    if (limit)
        q.bindInt(3, *limit > 0 ? static_cast<std::int64_t>(*limit) : -1);
}

} // namespace

Result<std::vector<BlockMatch>> Ledger::findBlocks(QStringView hexPrefix, std::size_t limit) const {
    auto range = hashRange(hexPrefix);
    if (!range)
        return range.takeError();
    Stmt q(d->db(), "SELECT height, hash FROM ledger_blocks WHERE hash >= ?1 AND hash < ?2 "
                    "ORDER BY hash, height LIMIT ?3");
    bindRange(q, *range, limit);
    std::vector<BlockMatch> out;
    int rc = SQLITE_OK;
    while ((rc = q.step()) == SQLITE_ROW)
        if (const auto h = q.hash(1); h && q.integer(0) >= 0)
            out.push_back({static_cast<std::uint64_t>(q.integer(0)), *h});
    if (rc != SQLITE_DONE)
        return d->sqlError(u"cannot search the ledger's blocks"_s, q);
    return out;
}

Result<std::optional<std::vector<std::uint64_t>>> Ledger::findUpdates(QStringView hexPrefix,
                                                                      std::size_t limit) const {
    auto range = hashRange(hexPrefix);
    if (!range)
        return range.takeError();
    if (!d->hasUpdateIndex())
        return std::optional<std::vector<std::uint64_t>>();
    Stmt q(d->db(), "SELECT DISTINCT height FROM ledger_update_hashes WHERE update_hash >= ?1 "
                    "AND update_hash < ?2 ORDER BY height LIMIT ?3");
    bindRange(q, *range, limit);
    std::vector<std::uint64_t> out;
    int rc = SQLITE_OK;
    while ((rc = q.step()) == SQLITE_ROW)
        if (q.integer(0) >= 0)
            out.push_back(static_cast<std::uint64_t>(q.integer(0)));
    if (rc != SQLITE_DONE)
        return d->sqlError(u"cannot search the ledger's updates"_s, q);
    return std::optional(std::move(out));
}

Result<std::vector<Hash>> Ledger::findModels(QStringView hexPrefix) const {
    auto range = hashRange(hexPrefix);
    if (!range)
        return range.takeError();
    Stmt q(d->db(), "SELECT DISTINCT model_hash FROM ledger_blocks WHERE model_hash >= ?1 AND "
                    "model_hash < ?2 ORDER BY model_hash");
    bindRange(q, *range);
    std::vector<Hash> out;
    int rc = SQLITE_OK;
    while ((rc = q.step()) == SQLITE_ROW)
        if (const auto h = q.hash(0))
            out.push_back(*h);
    if (rc != SQLITE_DONE)
        return d->sqlError(u"cannot search the ledger's models"_s, q);
    return out;
}

Result<std::vector<LineageStep>> Ledger::lineage(const Hash& model, std::size_t limit) const {
    // The first block that produced the model: a later round that changed nothing (no accepted
    // update) records the same hash again, and its lineage is the same.
    Stmt q(d->db(), "SELECT min(height) FROM ledger_blocks WHERE model_hash = ?1");
    q.bindHash(1, model);
    if (q.step() != SQLITE_ROW)
        return d->sqlError(u"cannot look up model %1"_s.arg(model.toHex()), q);
    if (q.isNull(0))
        return fail(
            u"%1: model %2 is not recorded in the ledger"_s.arg(d->store.path(), model.toHex()));
    auto top = static_cast<std::uint64_t>(q.integer(0));
    auto genesisBody = genesis();
    if (!genesisBody)
        return genesisBody.takeError();
    std::map<NodeId, std::uint32_t> clientOf;
    for (const Member& m : genesisBody->members)
        clientOf[m.nodeId()] = m.client;

    std::vector<LineageStep> steps;
    Hash expected = model;
    constexpr std::uint64_t kPage = 256;
    for (std::uint64_t end = top + 1; end > 0;) {
        const std::uint64_t first = end > kPage ? end - kPage : 0;
        auto page = blocks(first, end - first);
        if (!page)
            return page.takeError();
        if (page->size() != end - first)
            return d->damaged(
                u"blocks between heights %1 and %2 are missing"_s.arg(first).arg(end - 1));
        for (auto it = page->rbegin(); it != page->rend(); ++it) {
            const Block& b = it->block;
            LineageStep step;
            step.height = b.height;
            step.timestampMs = b.timestampMs;
            step.blockHash = it->hash;
            if (b.kind == BlockKind::Genesis) {
                step.modelHash = b.genesis.initialModelHash;
            } else {
                step.round = b.round.round;
                step.modelHash = b.round.modelHash;
                step.parentModelHash = b.round.parentModelHash;
                for (const UpdateEntry& u : b.round.updates) {
                    Contributor c{u.node, std::nullopt, u.updateHash, u.samples};
                    if (auto found = clientOf.find(u.node); found != clientOf.end())
                        c.client = found->second;
                    step.contributors.push_back(c);
                }
            }
            if (step.modelHash != expected)
                return d->damaged(u"block %1 records model %2 where its successor expects %3; "
                                  "run `fedctl ledger verify`"_s.arg(b.height)
                                      .arg(step.modelHash.toHex(), expected.toHex()));
            if (step.parentModelHash)
                expected = *step.parentModelHash;
            steps.push_back(std::move(step));
            if (limit > 0 && steps.size() >= limit)
                return steps;
        }
        end = first;
    }
    return steps;
}

Result<std::vector<std::uint64_t>> Ledger::contributions(const NodeId& node) const {
    Stmt q(d->db(), "SELECT height FROM ledger_contributions WHERE node_id = ?1 ORDER BY height");
    q.bindHash(1, node);
    std::vector<std::uint64_t> out;
    int rc = SQLITE_OK;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(static_cast<std::uint64_t>(q.integer(0)));
    if (rc != SQLITE_DONE)
        return d->sqlError(u"cannot read the contributions of node %1"_s.arg(node.toHex()), q);
    return out;
}

QString Ledger::coordinatorOwner() {
    return u"coordinator"_s;
}

QString Ledger::clientOwner(int client) {
    return u"client:%1"_s.arg(client);
}

Status Ledger::storeKey(RunStore& store, const QString& owner, const SigningKey& key) {
    Stmt q(store.handle(), "INSERT INTO keys (owner, public_key, private_key) VALUES (?1, ?2, ?3)");
    q.bindText(1, owner).bindBlob(2, key.publicKey().toByteArray());
    q.bindBlob(3, key.privateBytes());
    if (q.step() != SQLITE_DONE)
        return fail(u"%1: cannot store the key of %2: %3"_s.arg(store.path(), owner, q.error()));
    return {};
}

Result<std::optional<SigningKey>> Ledger::loadKey(const QString& owner) const {
    Stmt q(d->db(), "SELECT public_key, private_key FROM keys WHERE owner = ?1");
    q.bindText(1, owner);
    const int rc = q.step();
    if (rc == SQLITE_DONE)
        return std::optional<SigningKey>();
    if (rc != SQLITE_ROW)
        return d->sqlError(u"cannot read the key of %1"_s.arg(owner), q);
    auto key = SigningKey::fromPrivateBytes(q.view(1));
    if (!key)
        return d->damaged(u"the key of %1: %2"_s.arg(owner, key.error()));
    if (key->publicKey().toByteArray() != q.view(0))
        return d->damaged(
            u"the stored public key of %1 does not belong to its private key"_s.arg(owner));
    return std::optional<SigningKey>(std::move(*key));
}

// ---------------------------------------------------------------------------------------------
// Verification (docs/ledger-format.md, "Verifying a chain"). Each check appends a problem to
// the block it concerns and carries on, so that the report shows every bad block, not only
// the first; the first bad height is the smallest with a problem.

void Ledger::Private::verifyGenesis(const Block& b, BlockVerdict& v, ChainContext& ctx,
                                    const VerifyOptions& options, VerifyReport& report,
                                    Stmt& blobQuery) const {
    const GenesisBody& g = b.genesis;
    ctx.genesisSeen = true;
    ctx.federationId = g.federationId;
    ctx.initialModel = g.initialModelHash;
    ctx.spec = g.spec;
    if (g.federationId.isEmpty())
        v.problems << u"its federation id is empty"_s;
    const Hash specHash = Hash::of(g.spec);
    report.bytesHashed += static_cast<std::uint64_t>(g.spec.size());
    if (specHash != g.specHash)
        v.problems << u"its spec hashes to %1, but the block records spec hash %2"_s.arg(
            specHash.toHex(), g.specHash.toHex());
    auto coordinator = VerifyingKey::fromPublicKey(g.coordinatorKey);
    if (!coordinator)
        v.problems << u"its coordinator key is not a valid Ed25519 public key"_s;
    else {
        ctx.coordinator = *coordinator;
        ctx.genesisUsable = true;
    }
    if (options.coordinatorKey && *options.coordinatorKey != g.coordinatorKey)
        v.problems << u"its coordinator key is %1, not the trusted key %2"_s.arg(
            g.coordinatorKey.toHex(), options.coordinatorKey->toHex());
    for (std::size_t i = 0; i < g.members.size(); ++i) {
        const Member& m = g.members[i];
        if (i > 0 && m.client <= g.members[i - 1].client) {
            v.problems << u"its member list is not in strictly ascending client order (client "
                          "%1 after %2)"_s.arg(m.client)
                              .arg(g.members[i - 1].client);
            break;
        }
        const NodeId id = m.nodeId();
        auto key = VerifyingKey::fromPublicKey(m.key);
        if (!key) {
            v.problems << u"the key of member client %1 is not a valid Ed25519 public key"_s.arg(
                m.client);
            continue;
        }
        if (!ctx.members.emplace(id, MemberInfo{m.client, i, m.key, *key}).second)
            v.problems << u"client %1 has the same key as another member"_s.arg(m.client);
    }
    {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(g.spec, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            v.problems << u"its spec is not a JSON object"_s;
        else {
            ctx.storeUpdates =
                doc.object().value(u"ledger"_s).toObject().value(u"store_updates"_s).toBool(false);
            const QJsonObject contribution = doc.object().value(u"contribution"_s).toObject();
            const QJsonObject reward = contribution.value(u"reward"_s).toObject();
            ctx.scoresContributions = contribution.value(u"enabled"_s).toBool(false);
            ctx.rewardPool = reward.value(u"pool"_s).toDouble(100.0);
            ctx.rewardEnergyWeight = reward.value(u"energy_weight"_s).toDouble(0.0);
        }
    }
    Hash actual;
    switch (checkBlob(blobQuery, g.initialModelHash, report.bytesHashed, nullptr, &actual)) {
    case BlobState::Ok:
        break;
    case BlobState::Missing:
        v.problems << u"its initial model %1 is not in the blob table"_s.arg(
            g.initialModelHash.toHex());
        break;
    case BlobState::Corrupt:
        v.problems << u"its initial model blob %1 is corrupt: its bytes hash to %2"_s.arg(
            g.initialModelHash.toHex(), actual.toHex());
        break;
    }

    // The rest of the run file must agree with the genesis block.
    if (auto spec = store.specJson(); spec != g.spec)
        v.problems << u"the run file's spec (meta key 'spec') differs from the genesis spec"_s;
    if (auto id = store.meta(u"federation_id"_s); !id || *id != g.federationId)
        v.problems << u"the run file's federation id (meta key 'federation_id') differs from the "
                      "genesis block's"_s;
    Stmt keys(db(), "SELECT owner, public_key, private_key FROM keys");
    std::map<QString, PublicKey> expected;
    expected[Ledger::coordinatorOwner()] = g.coordinatorKey;
    for (const Member& m : g.members)
        expected[Ledger::clientOwner(static_cast<int>(m.client))] = m.key;
    int rc = SQLITE_OK;
    while (keys.prepared() && (rc = keys.step()) == SQLITE_ROW) {
        const QString owner = keys.text(0);
        const auto it = expected.find(owner);
        if (it == expected.end()) {
            v.problems << u"the keys table holds a key for %1, who is not in the genesis "
                          "block"_s.arg(owner);
            continue;
        }
        if (keys.view(1) != QByteArrayView(it->second.toByteArray()))
            v.problems << u"the keys table holds another public key for %1 than the genesis "
                          "block"_s.arg(owner);
        auto priv = SigningKey::fromPrivateBytes(keys.view(2));
        if (!priv || priv->publicKey() != it->second)
            v.problems << u"the private key of %1 in the keys table does not belong to its "
                          "genesis public key"_s.arg(owner);
    }
}

namespace {

//! The node's modelled energy in the round, as the reward rule's energy term reads it from its
//! update entry: computation_j + communication_j + idle_j (absent names count 0).
double updateJoules(const UpdateEntry& u) {
    return findMetric(u.energy, u"computation_j").value_or(0.0) +
           findMetric(u.energy, u"communication_j").value_or(0.0) +
           findMetric(u.energy, u"idle_j").value_or(0.0);
}

//! Contribution scores, rewards and balances (docs/ledger-format.md, "Contributions"): every
//! reward recomputed from the recorded scores with the genesis spec's rule, every balance from
//! the node's previous balance. Balances carry forward as previous balance + recorded reward, so
//! that a forged balance or score is named in its own block alone.
void verifyContributions(const Block& b, BlockVerdict& v, ChainContext& ctx) {
    const RoundBody& r = b.round;
    if (!r.contributions) {
        if (b.version >= 2 && ctx.scoresContributions && !r.updates.empty())
            v.problems << u"the spec scores contributions, but the block records none"_s;
        return;
    }
    const RoundContributions& c = *r.contributions;
    if (!ctx.scoresContributions)
        v.problems << u"it records contribution scores, but the genesis spec does not enable "
                      "them"_s;
    if (c.rule != reward_rule::proportional) {
        v.problems << u"its reward rule \"%1\" is unknown (this build knows \"proportional\")"_s
                          .arg(c.rule);
        return;
    }
    const auto pool = findMetric(c.parameters, u"pool");
    const auto energyWeight = findMetric(c.parameters, u"energy_weight");
    if (!pool || !energyWeight || c.parameters.size() != 2) {
        v.problems << u"its reward rule parameters are not exactly energy_weight and pool"_s;
        return;
    }
    if (*pool != ctx.rewardPool || *energyWeight != ctx.rewardEnergyWeight)
        v.problems << u"its reward rule parameters (pool %1, energy_weight %2) differ from the "
                      "genesis spec's (pool %3, energy_weight %4)"_s.arg(*pool)
                          .arg(*energyWeight)
                          .arg(ctx.rewardPool)
                          .arg(ctx.rewardEnergyWeight);
    std::map<NodeId, const UpdateEntry*> updates;
    for (const UpdateEntry& u : r.updates)
        updates[u.node] = &u;
    std::vector<double> scores;
    std::vector<double> joules;
    std::set<NodeId> seen;
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::size_t last = kNone;
    bool listOk = true;
    for (const ContributionEntry& e : c.entries) {
        const auto m = ctx.members.find(e.node);
        const auto u = updates.find(e.node);
        if (m == ctx.members.end() || u == updates.end()) {
            v.problems << u"the contribution of node %1 does not belong to an accepted update"_s
                              .arg(shortHash(e.node));
            listOk = false;
            continue;
        }
        if ((last != kNone && m->second.index <= last) || !seen.insert(e.node).second) {
            v.problems << u"contributions are not in ascending client order, or list client %1 "
                          "twice"_s.arg(m->second.client);
            listOk = false;
        }
        last = m->second.index;
        scores.push_back(e.score);
        joules.push_back(updateJoules(*u->second));
    }
    if (seen.size() != updates.size()) {
        v.problems << u"contributions list %1 nodes, the block has %2 accepted updates"_s
                          .arg(seen.size())
                          .arg(updates.size());
        listOk = false;
    }
    if (!listOk)
        return;
    const std::vector<double> rewards = proportionalRewards(scores, joules, *pool, *energyWeight);
    for (std::size_t i = 0; i < c.entries.size(); ++i) {
        const ContributionEntry& e = c.entries[i];
        const QString who =
            u"client %1 (node %2)"_s.arg(ctx.members.at(e.node).client).arg(shortHash(e.node));
        if (!std::isfinite(e.score))
            v.problems << u"the contribution score of %1 is not finite"_s.arg(who);
        if (!sameAmount(e.reward, rewards[i]))
            v.problems << u"the reward of %1 is %2, but the rule gives %3 from the recorded "
                          "scores"_s.arg(who)
                              .arg(e.reward, 0, 'g', 17)
                              .arg(rewards[i], 0, 'g', 17);
        double& balance = ctx.balances[e.node]; // 0 before a node's first reward
        const double expected = balance + rewards[i];
        if (!sameAmount(e.balance, expected))
            v.problems << u"the balance of %1 is %2, but its previous balance %3 plus its reward "
                          "%4 is %5"_s.arg(who)
                              .arg(e.balance, 0, 'g', 17)
                              .arg(balance, 0, 'g', 17)
                              .arg(rewards[i], 0, 'g', 17)
                              .arg(expected, 0, 'g', 17);
        // Carry the recorded reward forward: a forged balance is then named in its own block
        // alone, and a forged score (whose recorded reward no longer follows) too.
        balance += e.reward;
    }
}

} // namespace

void Ledger::Private::verifyRound(const Block& b, BlockVerdict& v, ChainContext& ctx,
                                  const std::optional<Hash>& parentModel, VerifyReport& report,
                                  Stmt& blobQuery, Stmt& roundsQuery, Stmt& clientRoundsQuery,
                                  Stmt& contributionsQuery, bool replay, QByteArray& parentBytes,
                                  QByteArray& modelBytes,
                                  const std::optional<FederationSpec>& settings,
                                  const std::optional<Hash>& previousState,
                                  const QString& replayBlocker) const {
    const RoundBody& r = b.round;
    v.round = r.round;
    if (r.round != b.height)
        v.problems << u"it records round %1 at height %2 (round blocks record round = height)"_s
                          .arg(r.round)
                          .arg(b.height);
    // Without a readable block before it, the caller reports that the parent cannot be
    // checked; comparing with a placeholder would name a model that does not exist.
    if (parentModel && r.parentModelHash != *parentModel)
        v.problems << u"its parent model %1 is not the model of the block before it (%2)"_s.arg(
            r.parentModelHash.toHex(), parentModel->toHex());

    // Selected nodes: members, in ascending client order, each once.
    std::map<NodeId, std::size_t> selectedIndex;
    // Position of the previous entry in the member list; none yet.
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::size_t last = kNone;
    for (const NodeId& n : r.selected) {
        const auto m = ctx.members.find(n);
        if (m == ctx.members.end()) {
            v.problems << u"selected node %1 is not a member of the federation"_s.arg(shortHash(n));
            ++ctx.genesisDependent;
            continue;
        }
        if (last != kNone && m->second.index <= last)
            v.problems << u"selected nodes are not in ascending client order (client %1)"_s.arg(
                m->second.client);
        last = m->second.index;
        selectedIndex[n] = m->second.index;
    }

    std::set<NodeId> accounted;
    last = kNone;
    bool allStored = true;
    // A stored update that is corrupt, or missing although the spec stores updates: replaying
    // the round failed (the problem names the update); it was not merely skipped.
    bool unreadable = false;
    std::vector<QByteArray> updateBytes;
    for (const UpdateEntry& u : r.updates) {
        const auto m = ctx.members.find(u.node);
        if (m == ctx.members.end()) {
            v.problems << u"the update of node %1 comes from a node that is not a member"_s.arg(
                shortHash(u.node));
            ++ctx.genesisDependent;
            allStored = false;
            continue;
        }
        const QString who = u"client %1 (node %2)"_s.arg(m->second.client).arg(shortHash(u.node));
        if (!selectedIndex.contains(u.node))
            v.problems << u"the update of %1 was not selected this round"_s.arg(who);
        if (last != kNone && m->second.index <= last)
            v.problems << u"updates are not in ascending client order (%1)"_s.arg(who);
        last = m->second.index;
        if (!accounted.insert(u.node).second)
            v.problems << u"%1 has more than one update"_s.arg(who);
        if (u.samples == 0)
            v.problems << u"the update of %1 reports 0 samples"_s.arg(who);
        ++report.signaturesChecked;
        if (!m->second.verifier.verify(updateMessage(ctx.federationId, r.round, r.parentModelHash,
                                                     u.updateHash, u.samples),
                                       u.signature)) {
            v.problems << u"the signature of %1 over its update does not verify"_s.arg(who);
            ++ctx.genesisDependent;
        }
        QByteArray bytes;
        Hash actual;
        switch (checkBlob(blobQuery, u.updateHash, report.bytesHashed, replay ? &bytes : nullptr,
                          &actual)) {
        case BlobState::Ok:
            break;
        case BlobState::Missing:
            allStored = false;
            if (ctx.storeUpdates) {
                unreadable = true;
                v.problems << u"the update %1 of %2 is not in the blob table, although the spec "
                              "stores updates"_s.arg(u.updateHash.toHex(), who);
            }
            break;
        case BlobState::Corrupt:
            allStored = false;
            unreadable = true;
            v.problems << u"the update blob %1 of %2 is corrupt: its bytes hash to %3"_s.arg(
                u.updateHash.toHex(), who, actual.toHex());
            break;
        }
        updateBytes.push_back(std::move(bytes));
    }
    std::vector<Hash> leaves;
    leaves.reserve(r.updates.size());
    for (const UpdateEntry& u : r.updates) {
        const QByteArray entry = encodeUpdateEntry(u);
        report.bytesHashed += static_cast<std::uint64_t>(entry.size()) + 1;
        leaves.push_back(merkleLeaf(entry));
    }
    if (const Hash root = merkleRootOfLeaves(std::move(leaves)); root != r.merkleRoot)
        v.problems << u"its Merkle root %1 does not match its updates (they give %2)"_s.arg(
            r.merkleRoot.toHex(), root.toHex());

    last = kNone;
    for (const Incident& i : r.incidents) {
        const auto m = ctx.members.find(i.node);
        if (m == ctx.members.end()) {
            v.problems << u"an incident names node %1, which is not a member"_s.arg(
                shortHash(i.node));
            ++ctx.genesisDependent;
            continue;
        }
        if (!selectedIndex.contains(i.node))
            v.problems << u"an incident names client %1, which was not selected"_s.arg(
                m->second.client);
        if (last != kNone && m->second.index <= last)
            v.problems << u"incidents are not in ascending client order (client %1)"_s.arg(
                m->second.client);
        last = m->second.index;
        if (!accounted.insert(i.node).second)
            v.problems << u"client %1 is listed both with an update and an incident, or twice"_s
                              .arg(m->second.client);
    }
    for (const auto& [node, index] : selectedIndex)
        if (!accounted.contains(node))
            v.problems << u"selected client %1 has neither an update nor an incident"_s.arg(
                ctx.members.at(node).client);
    if (r.secureAggregation)
        verifySecureAggregation(r, ctx, v.problems, report.signaturesChecked);
    // The genesis spec says whether updates must be masked: a coordinator that aggregated plain
    // updates in a secure run (or the reverse) is caught here.
    if (b.version >= 2) {
        if (!ctx.secureAggregation)
            ctx.secureAggregation = QJsonDocument::fromJson(ctx.spec)
                                        .object()
                                        .value(u"privacy")
                                        .toObject()
                                        .value(u"secure_aggregation")
                                        .toObject()
                                        .value(u"enabled")
                                        .toBool(false);
        const bool secure = *ctx.secureAggregation;
        if (secure && !r.updates.empty() && !r.secureAggregation)
            v.problems << u"the spec turns on secure aggregation, but the round's updates were "
                          "not securely aggregated"_s;
        if (!secure && r.secureAggregation)
            v.problems
                << u"the round records secure aggregation, which the spec does not turn on"_s;
    }

    Hash actual;
    modelBytes.clear();
    switch (checkBlob(blobQuery, r.modelHash, report.bytesHashed, replay ? &modelBytes : nullptr,
                      &actual)) {
    case BlobState::Ok:
        break;
    case BlobState::Missing:
        v.problems << u"its model %1 is not in the blob table"_s.arg(r.modelHash.toHex());
        break;
    case BlobState::Corrupt:
        v.problems << u"its model blob %1 is corrupt: its bytes hash to %2"_s.arg(
            r.modelHash.toHex(), actual.toHex());
        break;
    }
    if (r.strategyStateHash) {
        switch (checkBlob(blobQuery, *r.strategyStateHash, report.bytesHashed, nullptr, &actual)) {
        case BlobState::Ok:
            break;
        case BlobState::Missing:
            v.problems << u"its strategy state %1 is not in the blob table"_s.arg(
                r.strategyStateHash->toHex());
            break;
        case BlobState::Corrupt:
            v.problems << u"its strategy state blob %1 is corrupt"_s.arg(
                r.strategyStateHash->toHex());
            break;
        }
    }

    // The run's tables must agree with the block.
    checkRunTables(roundsQuery, clientRoundsQuery, r, ctx, v);
    const std::set<NodeId> indexed = hashesAt(contributionsQuery, b.height);
    std::set<NodeId> contributed;
    for (const UpdateEntry& u : r.updates)
        contributed.insert(u.node);
    if (indexed != contributed)
        v.problems << u"the ledger_contributions index disagrees with the block's updates"_s;
    verifyContributions(b, v, ctx);

    if (!replay) {
        v.replay = ReplayOutcome::NotRequested;
        return;
    }
    if (unreadable) {
        v.replay = ReplayOutcome::Failed;
        return;
    }
    if (!allStored) {
        v.replay = ReplayOutcome::UpdatesNotStored;
        report.roundsNotReplayed.push_back(r.round);
        return;
    }
    auto replayFailed = [&](const QString& why) {
        v.replay = ReplayOutcome::Failed;
        v.problems << u"replay: %1"_s.arg(why);
    };
    if (!settings)
        return replayFailed(replayBlocker);
    // A fresh strategy per round, given the state the previous round left (if the strategy
    // keeps any), is exactly what the coordinator had when it aggregated this round. The whole
    // genesis spec goes in: SCAFFOLD's server state depends on the clients and local training.
    const std::unique_ptr<Strategy> strategy = makeStrategy(*settings);
    if (previousState) {
        QByteArray state;
        Hash ignored;
        if (checkBlob(blobQuery, *previousState, report.bytesHashed, &state, &ignored) !=
            BlobState::Ok)
            return replayFailed(u"the previous round's strategy state cannot be read"_s);
        if (Status s = strategy->restoreState(state); !s)
            return replayFailed(s.error());
    }
    if (r.strategy != strategyName(strategy->kind()))
        return replayFailed(u"the block records strategy %1, the spec says %2"_s.arg(
            r.strategy, strategyName(strategy->kind())));
    std::vector<Metric> parameters;
    const QJsonObject p = strategy->parameters();
    for (auto it = p.begin(); it != p.end(); ++it)
        parameters.push_back({it.key(), it.value().toDouble()});
    (void)canonicalizeMetrics(parameters);
    if (parameters != r.strategyParameters)
        return replayFailed(u"the block's strategy parameters differ from the spec's"_s);
    if (parentBytes.isEmpty())
        return replayFailed(u"the parent model could not be read"_s);
    auto parent = decodeWeights(parentBytes);
    if (!parent)
        return replayFailed(u"the parent model: %1"_s.arg(parent.error()));
    std::vector<ClientUpdate> updates;
    updates.reserve(r.updates.size());
    if (r.secureAggregation) {
        // The coordinator aggregated the mean the unmasked sum gives; so does replay.
        auto mean = replaySecureSum(r, ctx, updateBytes, parent->values.size());
        if (!mean)
            return replayFailed(mean.error());
        updates.push_back(std::move(*mean));
    }
    for (std::size_t i = 0; i < r.updates.size() && !r.secureAggregation; ++i) {
        auto w = decodeWeights(updateBytes[i]);
        if (!w)
            return replayFailed(u"update %1: %2"_s.arg(r.updates[i].updateHash.toHex(), w.error()));
        if (w->layout != parent->layout)
            return replayFailed(u"update %1 does not have the model's layout"_s.arg(
                r.updates[i].updateHash.toHex()));
        updates.push_back(ClientUpdate{static_cast<int>(ctx.members.at(r.updates[i].node).client),
                                       static_cast<std::int64_t>(r.updates[i].samples),
                                       std::move(w->values)});
    }
    std::vector<const ClientUpdate*> pointers;
    for (const ClientUpdate& u : updates)
        pointers.push_back(&u);
    // Central DP: the same clipping, fixed denominator and noise as the run, the noise drawn
    // again from the run's secret noise key (docs/ledger-format.md, "privacy").
    std::optional<std::uint64_t> noiseKey;
    const bool centralDp =
        settings->privacy.dp.enabled && settings->privacy.dp.mode == DpMode::Central;
    if (centralDp) {
        auto text = store.meta(kMetaDpNoiseKey.toString());
        noiseKey = text ? noiseKeyFromText(*text) : std::nullopt;
        if (!noiseKey)
            return replayFailed(u"the run's differential-privacy noise key is not in the run "
                                "file, so the noise cannot be drawn again"_s);
    }
    auto next = centralDp ? aggregateWithCentralDp(*strategy, parent->values, pointers, *settings,
                                                   *noiseKey, static_cast<int>(r.round))
                          : strategy->aggregate(parent->values, pointers);
    if (!next)
        return replayFailed(next.error());
    const QByteArray encoded = encodeWeights(parent->layout, *next);
    report.bytesHashed += static_cast<std::uint64_t>(encoded.size());
    const Hash replayed = Hash::of(encoded);
    if (replayed != r.modelHash)
        return replayFailed(u"aggregating the stored updates gives model %1, the block records "
                            "%2"_s.arg(replayed.toHex(), r.modelHash.toHex()));
    // A stateful strategy's next state must be the one recorded, or the following round would
    // be replayed from a state this round did not produce.
    const QByteArray stateAfter = strategy->saveState();
    const std::optional<Hash> replayedState =
        stateAfter.isEmpty() ? std::nullopt : std::optional<Hash>(Hash::of(stateAfter));
    if (replayedState != r.strategyStateHash)
        return replayFailed(
            u"aggregating the stored updates gives strategy state %1, the block "
            "records %2"_s.arg(replayedState ? replayedState->toHex() : u"none"_s,
                               r.strategyStateHash ? r.strategyStateHash->toHex() : u"none"_s));
    v.replay = ReplayOutcome::Reproduced;
    report.roundsReplayed.push_back(r.round);
}

namespace {

//! One read transaction for the whole of verify(): every query sees the same snapshot, so a
//! live run appending blocks on another connection meanwhile cannot make the chain look
//! truncated or inconsistent (in WAL mode the writer goes on; it is not blocked). Inside a
//! transaction the caller already has one snapshot, and nothing is begun.
class ReadSnapshot {
public:
    explicit ReadSnapshot(sqlite3* db)
        : m_db(db)
        , m_began(sqlite3_get_autocommit(db) != 0 &&
                  sqlite3_exec(db, "BEGIN DEFERRED", nullptr, nullptr, nullptr) == SQLITE_OK) {}
    ~ReadSnapshot() {
        if (m_began)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sqlite3* m_db;
    bool m_began;
};

//! The update-hash search index must name exactly the block's update hashes, accepted and
//! refused: an index is verified, not trusted (a row removed would hide an update from search).
void checkUpdateIndex(Stmt& q, const Block& b, BlockVerdict& v) {
    if (hashesAt(q, b.height) != namedUpdateHashes(b.round))
        v.problems << u"the ledger_update_hashes index disagrees with the block's updates"_s;
}

} // namespace

VerifyReport Ledger::verify(const VerifyOptions& options) const {
    QElapsedTimer timer;
    timer.start();
    VerifyReport report;
    report.runPath = d->store.path();
    // Declared before the statements below, so that it ends after they are finalized.
    const ReadSnapshot snapshot(d->db());
    auto finish = [&]() -> VerifyReport {
        for (const BlockVerdict& v : report.blocks)
            if (!v.ok()) {
                report.firstBadHeight = v.height;
                report.firstProblem = v.problems.first();
                break;
            }
        report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        return std::move(report);
    };

    auto present = exists();
    if (!present) {
        report.problems << present.error();
        return finish();
    }
    if (!*present) {
        report.problems << u"%1 has no audit ledger (it was made before the ledger existed, or "
                           "not by Federation Studio)"_s.arg(d->store.path());
        return finish();
    }
    auto total = blockCount();
    if (!total) {
        report.problems << total.error();
        return finish();
    }

    Stmt rows(d->db(), "SELECT height, hash, model_hash, data, signature FROM ledger_blocks "
                       "ORDER BY height");
    Stmt blobQuery(d->db(), "SELECT data FROM blobs WHERE hash = ?1");
    Stmt roundsQuery(d->db(), "SELECT model_hash, selected, accepted, evaluated, accuracy, loss, "
                              "train_loss, strategy_state_hash FROM rounds WHERE round = ?1");
    Stmt clientRoundsQuery(d->db(), "SELECT client, status, detail, samples, update_hash FROM "
                                    "client_rounds WHERE round = ?1 ORDER BY client");
    Stmt contributionsQuery(d->db(), "SELECT node_id FROM ledger_contributions WHERE height = ?1");
    // Run files made before the update-hash index have none to check.
    std::unique_ptr<Stmt> updateIndexQuery;
    if (d->hasUpdateIndex())
        updateIndexQuery = std::make_unique<Stmt>(
            d->db(), "SELECT update_hash FROM ledger_update_hashes WHERE height = ?1");
    for (const Stmt* s : {&rows, &blobQuery, &roundsQuery, &clientRoundsQuery, &contributionsQuery})
        if (!s->prepared()) {
            report.problems << u"%1: the run file's tables cannot be read: %2"_s.arg(
                d->store.path(), s->error());
            return finish();
        }

    ChainContext ctx;
    std::optional<FederationSpec> strategy;
    std::optional<Hash> previousState;
    QString replayBlocker;
    std::uint64_t expectedHeight = 0;
    std::optional<Hash> previousHash;
    std::optional<Hash> previousModel;
    QByteArray parentBytes;
    QByteArray modelBytes;
    std::uint64_t done = 0;
    bool expectedHeadSeen = false;
    bool genesisAltered = false; //!< block 0 cannot be decoded, or its signature fails
    int rc = SQLITE_OK;
    while ((rc = rows.step()) == SQLITE_ROW) {
        if (options.cancel && done % kProgressEvery == 0 && options.cancel->load()) {
            report.cancelled = true;
            return finish();
        }
        const std::int64_t storedHeight = rows.integer(0);
        if (storedHeight < 0) {
            BlockVerdict v;
            v.problems << u"a block is stored at negative height %1"_s.arg(storedHeight);
            report.blocks.push_back(v);
            continue;
        }
        const auto height = static_cast<std::uint64_t>(storedHeight);
        if (height > expectedHeight) {
            // One verdict for the whole gap: a hostile height must not make us loop.
            BlockVerdict gap;
            gap.height = expectedHeight;
            gap.problems << (height == expectedHeight + 1
                                 ? u"the block at height %1 is missing"_s.arg(expectedHeight)
                                 : u"the blocks at heights %1 to %2 are missing"_s
                                       .arg(expectedHeight)
                                       .arg(height - 1));
            report.blocks.push_back(gap);
            previousHash.reset();
            previousModel.reset();
            parentBytes.clear();
        }
        expectedHeight = height + 1;

        BlockVerdict v;
        v.height = height;
        const QByteArrayView data = rows.view(3);
        v.hash = blockHash(data);
        report.bytesHashed += static_cast<std::uint64_t>(data.size());
        if (options.expectedHead && v.hash == *options.expectedHead)
            expectedHeadSeen = true;
        const auto storedHash = rows.hash(1);
        auto decoded = decodeBlock(data);
        if (!decoded) {
            v.problems << u"it cannot be decoded: %1"_s.arg(decoded.error());
            if (height == 0) {
                v.problems << u"without a genesis block no other block can be checked"_s;
                genesisAltered = true;
            }
            report.blocks.push_back(v);
            previousHash = v.hash;
            previousModel.reset();
            parentBytes.clear();
            ++done;
            continue;
        }
        const Block& b = *decoded;
        v.kind = b.kind;
        if (b.height != height)
            v.problems << u"it records height %1 but is stored at height %2 (blocks were "
                          "reordered, inserted or removed)"_s.arg(b.height)
                              .arg(height);
        if (height == 0) {
            if (b.kind != BlockKind::Genesis)
                v.problems << u"the first block is not a genesis block"_s;
            if (!b.previousHash.isZero())
                v.problems << u"the genesis block's previous hash is not all zero"_s;
        } else {
            if (b.kind == BlockKind::Genesis)
                v.problems << u"it is a second genesis block"_s;
            if (!previousHash)
                v.problems << u"its predecessor is missing, so its link cannot be checked"_s;
            else if (b.previousHash != *previousHash)
                v.problems << u"its previous-block hash %1 is not the hash of block %2 (%3)"_s.arg(
                    b.previousHash.toHex(), QString::number(height - 1), previousHash->toHex());
        }
        const bool linkBroken = height > 0 && previousHash && b.previousHash != *previousHash;
        // Hash-chain and signature verdicts go before the content checks (inserted here once
        // known): a changed byte is named as such first, its symptoms after it.
        const qsizetype chainEnd = v.problems.size();
        ctx.genesisDependent = 0;
        bool noGenesis = false;
        if (b.kind == BlockKind::Genesis && !ctx.genesisSeen) {
            d->verifyGenesis(b, v, ctx, options, report, blobQuery);
            v.replay = options.replay ? ReplayOutcome::NotApplicable : ReplayOutcome::NotRequested;
            if (options.replay) {
                auto spec = parseSpec(ctx.spec, QString());
                if (!spec) {
                    replayBlocker = u"the genesis spec cannot be used: %1"_s.arg(spec.error());
                } else {
                    strategy = *spec;
                }
                QByteArray initial;
                Hash ignored;
                std::uint64_t extra = 0;
                if (d->checkBlob(blobQuery, ctx.initialModel, extra, &initial, &ignored) ==
                    BlobState::Ok)
                    parentBytes = std::move(initial);
                report.bytesHashed += extra;
            }
            previousModel = ctx.initialModel;
            const auto model = rows.hash(2);
            if (model != ctx.initialModel)
                v.problems << u"its model_hash column is not its initial model"_s;
        } else if (b.kind == BlockKind::Round) {
            if (!ctx.genesisUsable) {
                v.problems << u"it cannot be checked: the chain has no valid genesis block"_s;
                noGenesis = true;
            } else {
                d->verifyRound(b, v, ctx, previousModel, report, blobQuery, roundsQuery,
                               clientRoundsQuery, contributionsQuery, options.replay, parentBytes,
                               modelBytes, strategy, previousState, replayBlocker);
                if (updateIndexQuery)
                    checkUpdateIndex(*updateIndexQuery, b, v);
                if (!previousModel)
                    v.problems << u"its parent model cannot be checked: the block before it is "
                                  "missing or damaged"_s;
                if (rows.hash(2) != b.round.modelHash)
                    v.problems << u"its model_hash column is not the model it records"_s;
            }
            previousModel = b.round.modelHash;
            previousState = b.round.strategyStateHash;
            parentBytes = std::move(modelBytes);
            modelBytes.clear();
        }
        QStringList sealed;
        bool signatureFails = false;
        if (ctx.genesisUsable) {
            ++report.signaturesChecked;
            Signature signature;
            const QByteArrayView stored = rows.view(4);
            signatureFails = true;
            if (!Signature::fromBytes(stored, signature))
                sealed << (stored.size() == 1
                               ? u"its coordinator signature is 1 byte long; an Ed25519 signature "
                                 "is 64 bytes"_s
                               : u"its coordinator signature is %1 bytes long; an Ed25519 "
                                 "signature is 64 bytes"_s.arg(stored.size()));
            else if (!ctx.coordinator.verify(blockMessage(v.hash), signature))
                sealed << u"the coordinator's signature does not verify (the block was changed "
                          "after it was signed, or signed with another key)"_s;
            else
                signatureFails = false;
        }
        if (storedHash != v.hash)
            sealed << u"its bytes hash to %1, but the hash column says %2"_s.arg(
                v.hash.toHex(), storedHash ? storedHash->toHex() : u"(not 32 bytes)"_s);
        for (qsizetype i = 0; i < sealed.size(); ++i)
            v.problems.insert(chainEnd + i, sealed[i]);
        if (height == 0 && signatureFails)
            genesisAltered = true;
        // Every problem of this block follows from an altered genesis block: its link to it,
        // and the signatures checked with the keys and federation id genesis names.
        if (height > 0 && genesisAltered && !v.problems.isEmpty() &&
            static_cast<std::size_t>(v.problems.size()) ==
                ctx.genesisDependent + (signatureFails ? 1u : 0u) + (noGenesis ? 1u : 0u) +
                    (linkBroken && height == 1 ? 1u : 0u))
            v.dependsOn = 0;
        previousHash = v.hash;
        report.blocks.push_back(std::move(v));
        ++done;
        if (options.progress && done % kProgressEvery == 0)
            options.progress(done, *total);
    }
    if (rc != SQLITE_DONE) {
        report.problems << u"%1: reading the ledger stopped: %2"_s.arg(d->store.path(),
                                                                       rows.error());
        return finish();
    }
    if (report.blocks.empty()) {
        BlockVerdict v;
        v.problems << u"the ledger is empty: it has no genesis block"_s;
        report.blocks.push_back(v);
        return finish();
    }

    if (const BlockVerdict& tail = report.blocks.back(); tail.kind)
        report.head = LedgerHead{tail.height, tail.hash, previousModel.value_or(Hash{})};
    if (options.expectedHead && !expectedHeadSeen)
        report.blocks.back().problems
            << u"the chain does not contain the expected head %1 (blocks may have been removed "
               "from its end)"_s.arg(options.expectedHead->toHex());
    // A round in the rounds table without a block: the block was deleted from the end.
    {
        // client_rounds too: a per-client row of a round that has no block is not verified.
        Stmt orphan(d->db(), "SELECT min(round) FROM (SELECT round FROM rounds UNION ALL "
                             "SELECT round FROM client_rounds) WHERE round >= ?1");
        orphan.bindInt(1, static_cast<std::int64_t>(expectedHeight));
        if (orphan.step() == SQLITE_ROW && !orphan.isNull(0)) {
            BlockVerdict v;
            v.height = static_cast<std::uint64_t>(orphan.integer(0));
            v.round = static_cast<std::uint32_t>(v.height);
            v.problems << u"the rounds table records round %1, but the ledger has no block for "
                          "it"_s.arg(v.height);
            report.blocks.push_back(v);
        }
    }
    if (options.progress)
        options.progress(done, *total);
    return finish();
}

} // namespace fed
