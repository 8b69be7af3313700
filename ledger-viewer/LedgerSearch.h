#pragma once
// The search box: a hash prefix (block, model, update), a node id prefix or "client N", a
// round or height ("12", "#12", "round 12"), or a time ("2024-11-21", "2024-11-21 10:30",
// ISO 8601 with a zone). Runs on a background connection. Block, model and update hash
// prefixes are looked up in the run file's indexes (Ledger::findBlocks, findModels,
// findUpdates); only a run file made before the update-hash index is read block by block.

#include "engine/ledger/Ledger.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace fed::viewer {

class LedgerConnection;

struct SearchHit {
    enum class Kind { Round, Time, BlockHash, ModelHash, UpdateHash, Node };
    Kind kind = Kind::Round;
    std::uint64_t height = 0;
    QString detail;
    std::optional<NodeId> node; //!< for node hits (and update hits: whose update)
};

struct SearchResult {
    QString error;
    QString query;
    std::vector<SearchHit> hits;
    bool truncated = false; //!< more hits than kMaxHits
    bool cancelled = false;

    static SearchResult failed(const QString& error);
};

class LedgerSearch {
    Q_DECLARE_TR_FUNCTIONS(LedgerSearch)
public:
    static constexpr std::size_t kMaxHits = 200;
    //! Hash prefixes shorter than this match nodes only: four hex digits already narrow
    //! 100,000 blocks to a couple of hits.
    static constexpr int kMinHashPrefix = 4;
    //! Digits only are a round number; this many or more are a hash prefix as well.
    static constexpr int kMinDigitsHashPrefix = 8;

    //! What the text asks for; `error` says why it asks for nothing searchable.
    struct Query {
        std::optional<std::uint64_t> height;
        std::optional<std::int64_t> timeMs;
        std::optional<std::uint32_t> client;
        QString hex; //!< lower case, without "0x"
        QString error;
        bool isEmpty() const { return !height && !timeMs && !client && hex.isEmpty(); }
    };
    static Query parse(const QString& text);

    static SearchResult run(LedgerConnection& connection, const QString& text,
                            const std::function<bool()>& cancelled = {});
    static QString kindName(SearchHit::Kind kind);
};

} // namespace fed::viewer
