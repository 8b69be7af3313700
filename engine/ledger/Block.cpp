#include "engine/ledger/Block.h"

#include <QtEndian>
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace fed {
namespace {

constexpr char kMagic[4] = {'F', 'S', 'L', 'B'};
// Domain tags keep a signature made for one purpose from being valid for another.
constexpr char kUpdateTag[] = "fedstudio-ledger-update-v1";
constexpr char kBlockTag[] = "fedstudio-ledger-block-v1";
constexpr std::uint64_t kCanonicalNaN = 0x7FF8000000000000ULL;

std::uint64_t canonicalBits(double value) {
    return std::isnan(value) ? kCanonicalNaN : std::bit_cast<std::uint64_t>(value);
}

// Strict UTF-8, as Python's bytes.decode("utf-8") accepts it: no overlong forms, no
// surrogates, nothing above U+10FFFF.
bool isValidUtf8(QByteArrayView bytes) {
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = static_cast<std::size_t>(bytes.size());
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t extra = 0;
        std::uint32_t cp = 0;
        std::uint32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (n - i <= extra)
            return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

class Writer {
public:
    template <typename T> void put(T value) {
        const T le = qToLittleEndian(value);
        m_out.append(reinterpret_cast<const char*>(&le), sizeof le);
    }
    void putF64(double value) { put<std::uint64_t>(canonicalBits(value)); }
    void putBytes(QByteArrayView bytes) { m_out.append(bytes.data(), bytes.size()); }
    template <std::size_t N> void putFixed(const std::array<std::uint8_t, N>& a) {
        m_out.append(reinterpret_cast<const char*>(a.data()), static_cast<qsizetype>(N));
    }
    void putHash(const Hash& h) { putFixed(h.bytes); }
    void putString(QByteArrayView utf8) {
        put<std::uint32_t>(static_cast<std::uint32_t>(utf8.size()));
        putBytes(utf8);
    }
    void putText(const QString& text) { putString(QByteArrayView(text.toUtf8())); }
    void putOptionalHash(const std::optional<Hash>& h) {
        put<std::uint8_t>(h ? 1 : 0);
        if (h)
            putHash(*h);
    }
    void putMetrics(const std::vector<Metric>& metrics) {
        put<std::uint32_t>(static_cast<std::uint32_t>(metrics.size()));
        for (const Metric& m : metrics) {
            putText(m.name);
            putF64(m.value);
        }
    }
    QByteArray& bytes() { return m_out; }

private:
    QByteArray m_out;
};

class Reader {
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes) {}

    //! The first problem met, with the byte offset where it was met.
    const QString& error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    bool atEnd() const { return m_pos == static_cast<std::size_t>(m_bytes.size()); }
    std::size_t position() const { return m_pos; }

    bool problem(const QString& what) {
        if (m_error.isEmpty())
            m_error = u"%1 (at byte %2)"_s.arg(what).arg(m_pos);
        return false;
    }

    template <typename T> bool get(T& value, const char* field) {
        if (remaining() < sizeof(T))
            return problem(u"truncated in %1"_s.arg(QLatin1StringView(field)));
        std::memcpy(&value, m_bytes.data() + m_pos, sizeof(T));
        value = qFromLittleEndian(value);
        m_pos += sizeof(T);
        return true;
    }
    bool getF64(double& value, const char* field) {
        std::uint64_t bits = 0;
        if (!get(bits, field))
            return false;
        value = std::bit_cast<double>(bits);
        if (std::isnan(value) && bits != kCanonicalNaN)
            return problem(u"%1 is a non-canonical NaN"_s.arg(QLatin1StringView(field)));
        return true;
    }
    bool getBool(bool& value, const char* field) {
        std::uint8_t b = 0;
        if (!get(b, field))
            return false;
        if (b > 1)
            return problem(u"%1 flag is %2, not 0 or 1"_s.arg(QLatin1StringView(field)).arg(b));
        value = b == 1;
        return true;
    }
    template <std::size_t N> bool getFixed(std::array<std::uint8_t, N>& a, const char* field) {
        if (remaining() < N)
            return problem(u"truncated in %1"_s.arg(QLatin1StringView(field)));
        std::memcpy(a.data(), m_bytes.data() + m_pos, N);
        m_pos += N;
        return true;
    }
    bool getHash(Hash& h, const char* field) { return getFixed(h.bytes, field); }
    bool getOptionalHash(std::optional<Hash>& h, const char* field) {
        bool present = false;
        if (!getBool(present, field))
            return false;
        h.reset();
        if (present) {
            Hash value;
            if (!getHash(value, field))
                return false;
            h = value;
        }
        return true;
    }
    bool getRaw(QByteArrayView& out, const char* field) {
        std::uint32_t length = 0;
        if (!get(length, field))
            return false;
        if (length > ledger_format::maxStringBytes)
            return problem(u"%1 claims %2 bytes"_s.arg(QLatin1StringView(field)).arg(length));
        if (remaining() < length)
            return problem(u"truncated in %1"_s.arg(QLatin1StringView(field)));
        out = m_bytes.sliced(static_cast<qsizetype>(m_pos), static_cast<qsizetype>(length));
        m_pos += length;
        if (!isValidUtf8(out))
            return problem(u"%1 is not valid UTF-8"_s.arg(QLatin1StringView(field)));
        return true;
    }
    bool getString(QString& out, const char* field) {
        QByteArrayView raw;
        if (!getRaw(raw, field))
            return false;
        out = QString::fromUtf8(raw);
        return true;
    }
    bool getCount(std::uint32_t& count, const char* field, std::size_t minItemBytes) {
        if (!get(count, field))
            return false;
        // Every item takes at least minItemBytes, so a count the remaining bytes cannot hold
        // is refused before anything is allocated for it.
        if (count > ledger_format::maxListLength || count * minItemBytes > remaining())
            return problem(u"%1 count %2 is impossible"_s.arg(QLatin1StringView(field)).arg(count));
        return true;
    }
    bool getMetrics(std::vector<Metric>& metrics, const char* field) {
        std::uint32_t count = 0;
        if (!getCount(count, field, 12))
            return false;
        metrics.clear();
        metrics.reserve(count);
        QByteArrayView previous;
        for (std::uint32_t i = 0; i < count; ++i) {
            QByteArrayView name;
            Metric m;
            if (!getRaw(name, field) || !getF64(m.value, field))
                return false;
            if (name.isEmpty())
                return problem(
                    u"%1 has a metric with an empty name"_s.arg(QLatin1StringView(field)));
            if (i > 0 && !(previous < name))
                return problem(u"%1 names are not in strictly ascending order (\"%2\")"_s.arg(
                    QLatin1StringView(field), QString::fromUtf8(name)));
            previous = name;
            m.name = QString::fromUtf8(name);
            metrics.push_back(std::move(m));
        }
        return true;
    }

private:
    std::size_t remaining() const { return static_cast<std::size_t>(m_bytes.size()) - m_pos; }

    QByteArrayView m_bytes;
    std::size_t m_pos = 0;
    QString m_error;
};

void writeUpdate(Writer& w, const UpdateEntry& u) {
    w.putHash(u.node);
    w.putHash(u.updateHash);
    w.put<std::uint64_t>(u.samples);
    w.putMetrics(u.metrics);
    w.putMetrics(u.energy);
    w.putFixed(u.signature.bytes);
}

bool readUpdate(Reader& r, UpdateEntry& u) {
    return r.getHash(u.node, "update node id") && r.getHash(u.updateHash, "update hash") &&
           r.get(u.samples, "update sample count") && r.getMetrics(u.metrics, "update metrics") &&
           r.getMetrics(u.energy, "update energy") &&
           r.getFixed(u.signature.bytes, "update signature");
}

void writeGenesis(Writer& w, const GenesisBody& g) {
    w.putText(g.federationId);
    w.putHash(g.specHash);
    w.putString(QByteArrayView(g.spec));
    w.putFixed(g.coordinatorKey.bytes);
    w.put<std::uint32_t>(static_cast<std::uint32_t>(g.members.size()));
    for (const Member& m : g.members) {
        w.put<std::uint32_t>(m.client);
        w.putFixed(m.key.bytes);
    }
    w.putHash(g.initialModelHash);
    w.putText(g.softwareVersion);
}

bool readGenesis(Reader& r, GenesisBody& g) {
    QByteArrayView spec;
    if (!r.getString(g.federationId, "federation id") || !r.getHash(g.specHash, "spec hash") ||
        !r.getRaw(spec, "spec") || !r.getFixed(g.coordinatorKey.bytes, "coordinator key"))
        return false;
    g.spec = spec.toByteArray();
    std::uint32_t count = 0;
    if (!r.getCount(count, "member", 36))
        return false;
    g.members.resize(count);
    for (Member& m : g.members)
        if (!r.get(m.client, "member client") || !r.getFixed(m.key.bytes, "member key"))
            return false;
    return r.getHash(g.initialModelHash, "initial model hash") &&
           r.getString(g.softwareVersion, "software version");
}

// Version-2 round fields, appended after `energy` in this order: privacy, secure_aggregation,
// contributions (docs/ledger-format.md). Each has its own small writer and reader.

//! `privacy: metrics`: epsilon, delta, clip norm, ... (empty when no privacy mechanism is on).
void writePrivacy(Writer& w, const RoundBody& b) {
    w.putMetrics(b.privacy);
}

bool readPrivacy(Reader& r, RoundBody& b) {
    return r.getMetrics(b.privacy, "round privacy");
}

//! `secure_aggregation: opt<...>`: flag, then threshold, fractional bits, total weight, sum
//! hash and the participants (docs/ledger-format.md).
void writeSecureAggregation(Writer& w, const RoundBody& b) {
    w.put<std::uint8_t>(b.secureAggregation ? 1 : 0);
    if (!b.secureAggregation)
        return;
    const SecureAggregationRecord& s = *b.secureAggregation;
    w.put<std::uint32_t>(s.threshold);
    w.put<std::uint32_t>(s.fractionalBits);
    w.put<std::uint64_t>(s.totalWeight);
    w.putHash(s.sumHash);
    w.put<std::uint32_t>(static_cast<std::uint32_t>(s.participants.size()));
    for (const SecAggParticipant& p : s.participants) {
        w.put<std::uint32_t>(p.client);
        w.putFixed(p.encryptionKey);
        w.putFixed(p.maskKey);
        w.putFixed(p.keySignature.bytes);
        w.put<std::uint8_t>(p.dropped ? 1 : 0);
        w.putFixed(p.revealed);
    }
}

bool readSecureAggregation(Reader& r, RoundBody& b) {
    bool present = false;
    if (!r.getBool(present, "secure aggregation flag"))
        return false;
    b.secureAggregation.reset();
    if (!present)
        return true;
    SecureAggregationRecord s;
    std::uint32_t count = 0;
    if (!r.get(s.threshold, "secure aggregation threshold") ||
        !r.get(s.fractionalBits, "secure aggregation fractional bits") ||
        !r.get(s.totalWeight, "secure aggregation total weight") ||
        !r.getHash(s.sumHash, "secure aggregation sum hash") ||
        !r.getCount(count, "secure aggregation participant", 4 + 32 + 32 + 64 + 1 + 32))
        return false;
    s.participants.resize(count);
    for (SecAggParticipant& p : s.participants)
        if (!r.get(p.client, "participant client") ||
            !r.getFixed(p.encryptionKey, "participant encryption key") ||
            !r.getFixed(p.maskKey, "participant mask key") ||
            !r.getFixed(p.keySignature.bytes, "participant key signature") ||
            !r.getBool(p.dropped, "participant dropped flag") ||
            !r.getFixed(p.revealed, "participant revealed secret"))
            return false;
    b.secureAggregation = std::move(s);
    return true;
}

// The contribution helper's version-2 field (docs/ledger-format.md, "Contributions").
void writeContributions(Writer& w, const std::optional<RoundContributions>& c) {
    w.put<std::uint8_t>(c ? 1 : 0);
    if (!c)
        return;
    w.putText(c->method);
    w.putText(c->rule);
    w.putMetrics(c->parameters);
    w.putMetrics(c->measurement);
    w.put<std::uint32_t>(static_cast<std::uint32_t>(c->entries.size()));
    for (const ContributionEntry& e : c->entries) {
        w.putHash(e.node);
        w.putF64(e.score);
        w.putF64(e.reward);
        w.putF64(e.balance);
    }
}

bool readContributions(Reader& r, std::optional<RoundContributions>& c) {
    bool present = false;
    if (!r.getBool(present, "contributions"))
        return false;
    c.reset();
    if (!present)
        return true;
    RoundContributions out;
    if (!r.getString(out.method, "contribution method") ||
        !r.getString(out.rule, "contribution reward rule") ||
        !r.getMetrics(out.parameters, "contribution rule parameters") ||
        !r.getMetrics(out.measurement, "contribution measurement"))
        return false;
    std::uint32_t count = 0;
    if (!r.getCount(count, "contribution entry", 32 + 3 * 8))
        return false;
    out.entries.resize(count);
    for (ContributionEntry& e : out.entries)
        if (!r.getHash(e.node, "contribution node id") ||
            !r.getF64(e.score, "contribution score") ||
            !r.getF64(e.reward, "contribution reward") ||
            !r.getF64(e.balance, "contribution balance"))
            return false;
    c = std::move(out);
    return true;
}

void writeRound(Writer& w, const RoundBody& b, std::uint16_t version) {
    w.put<std::uint32_t>(b.round);
    w.putHash(b.parentModelHash);
    w.putHash(b.modelHash);
    w.putOptionalHash(b.strategyStateHash);
    w.putText(b.strategy);
    w.putMetrics(b.strategyParameters);
    w.put<std::uint32_t>(static_cast<std::uint32_t>(b.selected.size()));
    for (const NodeId& n : b.selected)
        w.putHash(n);
    w.put<std::uint32_t>(static_cast<std::uint32_t>(b.updates.size()));
    for (const UpdateEntry& u : b.updates)
        writeUpdate(w, u);
    w.putHash(b.merkleRoot);
    w.putMetrics(b.evaluation);
    w.put<std::uint32_t>(static_cast<std::uint32_t>(b.incidents.size()));
    for (const Incident& i : b.incidents) {
        w.putHash(i.node);
        w.put<std::uint8_t>(static_cast<std::uint8_t>(i.kind));
        w.putOptionalHash(i.updateHash);
        w.putText(i.reason);
    }
    w.putMetrics(b.energy);
    if (version >= 2) {
        writePrivacy(w, b);
        writeSecureAggregation(w, b);
        writeContributions(w, b.contributions);
    }
}

bool readRound(Reader& r, RoundBody& b, std::uint16_t version) {
    if (!r.get(b.round, "round number") || !r.getHash(b.parentModelHash, "parent model hash") ||
        !r.getHash(b.modelHash, "model hash") ||
        !r.getOptionalHash(b.strategyStateHash, "strategy state hash") ||
        !r.getString(b.strategy, "strategy") ||
        !r.getMetrics(b.strategyParameters, "strategy parameters"))
        return false;
    std::uint32_t count = 0;
    if (!r.getCount(count, "selected node", 32))
        return false;
    b.selected.resize(count);
    for (NodeId& n : b.selected)
        if (!r.getHash(n, "selected node id"))
            return false;
    if (!r.getCount(count, "update", 32 + 32 + 8 + 4 + 4 + 64))
        return false;
    b.updates.resize(count);
    for (UpdateEntry& u : b.updates)
        if (!readUpdate(r, u))
            return false;
    if (!r.getHash(b.merkleRoot, "Merkle root") || !r.getMetrics(b.evaluation, "evaluation"))
        return false;
    if (!r.getCount(count, "incident", 32 + 1 + 1 + 4))
        return false;
    b.incidents.resize(count);
    for (Incident& i : b.incidents) {
        std::uint8_t kind = 0;
        if (!r.getHash(i.node, "incident node id") || !r.get(kind, "incident kind"))
            return false;
        if (kind != static_cast<std::uint8_t>(IncidentKind::Rejected) &&
            kind != static_cast<std::uint8_t>(IncidentKind::Dropped))
            return r.problem(u"incident kind %1 is not 1 (rejected) or 2 (dropped)"_s.arg(kind));
        i.kind = static_cast<IncidentKind>(kind);
        if (!r.getOptionalHash(i.updateHash, "incident update hash") ||
            !r.getString(i.reason, "incident reason"))
            return false;
    }
    if (!r.getMetrics(b.energy, "round energy"))
        return false;
    if (version >= 2 && (!readPrivacy(r, b) || !readSecureAggregation(r, b) ||
                         !readContributions(r, b.contributions)))
        return false;
    return true;
}

void putTag(QByteArray& out, const char* tag) {
    out.append(tag, static_cast<qsizetype>(std::strlen(tag)) + 1); // with its NUL terminator
}

} // namespace

QString incidentKindName(IncidentKind kind) {
    return kind == IncidentKind::Dropped ? u"dropped"_s : u"rejected"_s;
}

bool Metric::operator==(const Metric& o) const {
    return name == o.name && canonicalBits(value) == canonicalBits(o.value);
}

Status canonicalizeMetrics(std::vector<Metric>& metrics) {
    std::sort(metrics.begin(), metrics.end(),
              [](const Metric& a, const Metric& b) { return a.name.toUtf8() < b.name.toUtf8(); });
    for (std::size_t i = 0; i < metrics.size(); ++i) {
        if (metrics[i].name.isEmpty())
            return fail(u"a metric has an empty name"_s);
        if (i > 0 && metrics[i].name == metrics[i - 1].name)
            return fail(u"metric \"%1\" is listed twice"_s.arg(metrics[i].name));
    }
    return {};
}

std::optional<double> findMetric(const std::vector<Metric>& metrics, QStringView name) {
    for (const Metric& m : metrics)
        if (m.name == name)
            return m.value;
    return std::nullopt;
}

QByteArray encodeBlock(const Block& block) {
    Writer w;
    w.putBytes(QByteArrayView(kMagic, 4));
    w.put<std::uint16_t>(block.version);
    w.put<std::uint8_t>(static_cast<std::uint8_t>(block.kind));
    w.put<std::uint64_t>(block.height);
    w.putHash(block.previousHash);
    w.put<std::int64_t>(block.timestampMs);
    if (block.kind == BlockKind::Genesis)
        writeGenesis(w, block.genesis);
    else
        writeRound(w, block.round, block.version);
    return std::move(w.bytes());
}

Result<Block> decodeBlock(QByteArrayView bytes) {
    Reader r(bytes);
    Block block;
    std::array<std::uint8_t, 4> magic{};
    if (!r.getFixed(magic, "magic") || std::memcmp(magic.data(), kMagic, 4) != 0)
        return fail(u"not a ledger block (magic FSLB missing)"_s);
    std::uint8_t kind = 0;
    if (!r.get(block.version, "version") || !r.get(kind, "kind"))
        return fail(r.error());
    if (block.version < ledger_format::oldestVersion || block.version > ledger_format::version)
        return fail(
            u"block format version %1 is not supported (this build reads versions %2 to %3)"_s
                .arg(block.version)
                .arg(ledger_format::oldestVersion)
                .arg(ledger_format::version));
    if (kind != static_cast<std::uint8_t>(BlockKind::Genesis) &&
        kind != static_cast<std::uint8_t>(BlockKind::Round))
        return fail(u"block kind %1 is neither 0 (genesis) nor 1 (round)"_s.arg(kind));
    block.kind = static_cast<BlockKind>(kind);
    if (!r.get(block.height, "height") || !r.getHash(block.previousHash, "previous hash") ||
        !r.get(block.timestampMs, "timestamp"))
        return fail(r.error());
    const bool ok = block.kind == BlockKind::Genesis ? readGenesis(r, block.genesis)
                                                     : readRound(r, block.round, block.version);
    if (!ok)
        return fail(r.error());
    if (!r.atEnd())
        return fail(u"%1 bytes follow the end of the block"_s.arg(
            static_cast<std::size_t>(bytes.size()) - r.position()));
    return block;
}

QByteArray encodeUpdateEntry(const UpdateEntry& entry) {
    Writer w;
    writeUpdate(w, entry);
    return std::move(w.bytes());
}

Hash merkleLeaf(QByteArrayView entryBytes) {
    Sha256 sha;
    const char prefix = 0x00;
    sha.add(&prefix, 1);
    sha.add(entryBytes);
    return sha.finish();
}

Hash merkleRootOfLeaves(std::vector<Hash> level) {
    if (level.empty())
        return Hash{};
    Sha256 sha;
    while (level.size() > 1) {
        std::vector<Hash> next;
        next.reserve((level.size() + 1) / 2);
        for (std::size_t i = 0; i + 1 < level.size(); i += 2) {
            const char prefix = 0x01;
            sha.add(&prefix, 1);
            sha.add(level[i].bytes.data(), level[i].bytes.size());
            sha.add(level[i + 1].bytes.data(), level[i + 1].bytes.size());
            next.push_back(sha.finish());
        }
        // An odd node is carried up as it is, never paired with a copy of itself: duplicating
        // it would let two different lists share a root (Bitcoin's CVE-2012-2459).
        if (level.size() % 2 == 1)
            next.push_back(level.back());
        level = std::move(next);
    }
    return level.front();
}

Hash merkleRoot(std::span<const UpdateEntry> entries) {
    std::vector<Hash> leaves;
    leaves.reserve(entries.size());
    for (const UpdateEntry& e : entries)
        leaves.push_back(merkleLeaf(encodeUpdateEntry(e)));
    return merkleRootOfLeaves(std::move(leaves));
}

QByteArray updateMessage(const QString& federationId, std::uint64_t round, const Hash& parentModel,
                         const Hash& updateHash, std::uint64_t samples) {
    QByteArray out;
    putTag(out, kUpdateTag);
    Writer w;
    w.putText(federationId);
    w.put<std::uint64_t>(round);
    w.putHash(parentModel);
    w.putHash(updateHash);
    w.put<std::uint64_t>(samples);
    out += w.bytes();
    return out;
}

QByteArray blockMessage(const Hash& blockHash) {
    QByteArray out;
    putTag(out, kBlockTag);
    out.append(reinterpret_cast<const char*>(blockHash.bytes.data()), 32);
    return out;
}

} // namespace fed
