#include "ledger-viewer/LedgerSearch.h"

#include "ledger-viewer/LedgerConnection.h"
#include "ledger-viewer/ViewerFormat.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fed::viewer {
namespace {

//! Hex digits as nibble values, for comparing a prefix without printing every hash.
std::vector<std::uint8_t> nibbles(const QString& hex) {
    std::vector<std::uint8_t> out;
    out.reserve(static_cast<std::size_t>(hex.size()));
    for (QChar c : hex)
        out.push_back(
            static_cast<std::uint8_t>(c.isDigit() ? c.unicode() - u'0' : c.unicode() - u'a' + 10));
    return out;
}

bool hasPrefix(const Hash& h, const std::vector<std::uint8_t>& prefix) {
    if (prefix.size() > 64)
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        const std::uint8_t byte = h.bytes[i / 2];
        const std::uint8_t nibble = i % 2 == 0 ? byte >> 4 : byte & 0x0f;
        if (nibble != prefix[i])
            return false;
    }
    return true;
}

} // namespace

SearchResult SearchResult::failed(const QString& error) {
    SearchResult r;
    r.error = error;
    return r;
}

QString LedgerSearch::kindName(SearchHit::Kind kind) {
    switch (kind) {
    case SearchHit::Kind::Round:
        return tr("round");
    case SearchHit::Kind::Time:
        return tr("time");
    case SearchHit::Kind::BlockHash:
        return tr("block hash");
    case SearchHit::Kind::ModelHash:
        return tr("model");
    case SearchHit::Kind::UpdateHash:
        return tr("update");
    case SearchHit::Kind::Node:
        return tr("node");
    }
    return {};
}

LedgerSearch::Query LedgerSearch::parse(const QString& input) {
    Query q;
    const QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return q;
    static const QRegularExpression roundRe(u"^(?:#|r|round|height|block|h)\\s*(\\d{1,18})$"_s);
    static const QRegularExpression clientRe(u"^(?:client|c)\\s*(\\d{1,9})$"_s);
    static const QRegularExpression hexRe(u"^(?:0x)?([0-9a-f]{1,64})$"_s);
    if (const auto m = roundRe.match(text); m.hasMatch()) {
        q.height = m.captured(1).toULongLong();
        return q;
    }
    if (const auto m = clientRe.match(text); m.hasMatch()) {
        q.client = m.captured(1).toUInt();
        return q;
    }
    if (const auto m = hexRe.match(text); m.hasMatch()) {
        // Plain digits are a round. Eight or more could also be a hash prefix that happens to
        // have no letter (copied prefixes are that long); those are searched as both. Shorter
        // ones are not, because a hash search reads the whole chain.
        bool number = false;
        const qulonglong n = text.toULongLong(&number);
        if (number && text.size() <= 18)
            q.height = n;
        if (!number || text.size() >= kMinDigitsHashPrefix)
            q.hex = m.captured(1);
        return q;
    }
    // A time: ISO 8601 with "T" or a space, with or without seconds and zone; a bare date is
    // its first second, local time unless a zone says otherwise.
    QString iso = input.trimmed();
    if (iso.size() > 10 && iso[10] == u' ')
        iso[10] = u'T';
    QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(iso, Qt::ISODate);
    if (!when.isValid()) {
        const QDate day = QDate::fromString(iso, Qt::ISODate);
        if (day.isValid())
            when = day.startOfDay();
    }
    if (when.isValid()) {
        q.timeMs = when.toMSecsSinceEpoch();
        return q;
    }
    q.error = tr("Search for a hash prefix (hex), a node id prefix, “client 3”, a round (“12”) "
                 "or a time (“2024-11-21 10:30”).");
    return q;
}

SearchResult LedgerSearch::run(LedgerConnection& connection, const QString& text,
                               const std::function<bool()>& cancelled) {
    SearchResult result;
    result.query = text;
    const Query q = parse(text);
    if (!q.error.isEmpty())
        return SearchResult::failed(q.error);
    if (q.isEmpty())
        return result;
    const Ledger& ledger = connection.ledger();
    auto headResult = ledger.head();
    if (!headResult)
        return SearchResult::failed(headResult.error());
    if (!*headResult)
        return SearchResult::failed(tr("The ledger has no blocks yet."));
    const LedgerHead head = **headResult;
    const NodeDirectory& nodes = connection.nodes();
    const QLocale locale;
    auto add = [&](SearchHit hit) {
        if (result.hits.size() >= kMaxHits) {
            result.truncated = true;
            return false;
        }
        result.hits.push_back(std::move(hit));
        return true;
    };

    if (q.height && *q.height <= head.height) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Round;
        hit.height = *q.height;
        hit.detail = *q.height == 0 ? tr("the genesis block")
                                    : tr("round %1").arg(locale.toString(*q.height));
        add(hit);
    }

    if (q.timeMs) {
        // Blocks are written in time order; verification does not rely on it, and neither
        // does this beyond finding a place to start reading.
        std::uint64_t lo = 0;
        std::uint64_t hi = head.height + 1;
        while (lo < hi) {
            const std::uint64_t mid = lo + (hi - lo) / 2;
            auto b = ledger.block(mid);
            const std::int64_t t = b ? b->block.timestampMs : *q.timeMs - 1;
            if (t < *q.timeMs)
                lo = mid + 1;
            else
                hi = mid;
        }
        SearchHit hit;
        hit.kind = SearchHit::Kind::Time;
        hit.height = std::min(lo, head.height);
        hit.detail =
            lo > head.height
                ? tr("the last block: every block is older than %1")
                      .arg(ViewerFormat::localTime(*q.timeMs))
                : tr("the first block at or after %1").arg(ViewerFormat::localTime(*q.timeMs));
        add(hit);
    }

    auto addNode = [&](const Member& m) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Node;
        hit.node = m.nodeId();
        auto heights = ledger.contributions(*hit.node);
        const std::size_t n = heights ? heights->size() : 0;
        hit.height = n > 0 ? heights->front() : 0;
        hit.detail = tr("client %1 · %2 · contributed to %n block(s)", nullptr, int(n))
                         .arg(m.client)
                         .arg(ViewerFormat::shortHex(*hit.node));
        return add(hit);
    };
    if (q.client) {
        bool found = false;
        for (const Member& m : nodes.members())
            if (m.client == *q.client) {
                found = true;
                addNode(m);
            }
        if (!found)
            return SearchResult::failed(tr("The genesis block names no client %1.").arg(*q.client));
    }

    if (q.hex.isEmpty())
        return result;
    const std::vector<std::uint8_t> prefix = nibbles(q.hex);
    for (const Member& m : nodes.members())
        if (hasPrefix(m.nodeId(), prefix))
            addNode(m);
    if (q.hex.size() < kMinHashPrefix)
        return result;

    if (auto models = ledger.findModels(q.hex)) {
        for (const Hash& model : *models) {
            auto step = ledger.lineage(model, 1);
            SearchHit hit;
            hit.kind = SearchHit::Kind::ModelHash;
            hit.height = step && !step->empty() ? step->front().height : 0;
            hit.detail = tr("model %1").arg(ViewerFormat::shortHex(model));
            if (!add(hit))
                break;
        }
    }

    // Block hashes from the hash index.
    auto blocks = ledger.findBlocks(q.hex, kMaxHits + 1);
    if (!blocks)
        return SearchResult::failed(blocks.error());
    for (const BlockMatch& b : *blocks) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::BlockHash;
        hit.height = b.height;
        hit.detail = tr("block %1").arg(ViewerFormat::shortHex(b.hash));
        if (!add(hit))
            break;
    }

    // Update hashes are inside the blocks: the update-hash index says which blocks to read
    // (each is checked, so a damaged index cannot invent a hit); a run file made before the
    // index existed is read a page at a time.
    auto scan = [&](const StoredBlock& s, std::uint64_t height) {
        if (s.block.kind != BlockKind::Round)
            return;
        for (const UpdateEntry& u : s.block.round.updates)
            if (hasPrefix(u.updateHash, prefix)) {
                SearchHit hit;
                hit.kind = SearchHit::Kind::UpdateHash;
                hit.height = height;
                hit.node = u.node;
                hit.detail = tr("update %1 from %2")
                                 .arg(ViewerFormat::shortHex(u.updateHash), nodes.name(u.node));
                add(hit);
            }
        for (const Incident& i : s.block.round.incidents)
            if (i.updateHash && hasPrefix(*i.updateHash, prefix)) {
                SearchHit hit;
                hit.kind = SearchHit::Kind::UpdateHash;
                hit.height = height;
                hit.node = i.node;
                hit.detail = tr("refused update %1 from %2")
                                 .arg(ViewerFormat::shortHex(*i.updateHash), nodes.name(i.node));
                add(hit);
            }
    };
    auto indexed = ledger.findUpdates(q.hex, kMaxHits + 1);
    if (!indexed)
        return SearchResult::failed(indexed.error());
    if (*indexed) {
        for (std::uint64_t height : **indexed) {
            if (result.truncated)
                break;
            if (cancelled && cancelled()) {
                result.cancelled = true;
                return result;
            }
            if (auto one = ledger.block(height))
                scan(*one, height);
        }
        return result;
    }
    constexpr std::uint64_t kPage = 512;
    for (std::uint64_t first = 0; first <= head.height && !result.truncated; first += kPage) {
        if (cancelled && cancelled()) {
            result.cancelled = true;
            return result;
        }
        if (auto page = ledger.blocks(first, kPage)) {
            for (const StoredBlock& s : *page)
                scan(s, s.block.height);
        } else {
            for (std::uint64_t h = first; h < first + kPage && h <= head.height; ++h)
                if (auto one = ledger.block(h))
                    scan(*one, h);
        }
    }
    return result;
}

} // namespace fed::viewer
