#pragma once
// The block list: one row per height of the ledger, from genesis to the head. Rows are read
// lazily, a page of 200 blocks at a time, into a bounded cache keyed by page, so the list
// costs the same with 100,000 blocks as with ten and scrolls anywhere without reading what
// lies between. refresh() appends the rows of blocks written since (a run being followed).

#include "engine/ledger/Ledger.h"
#include "ledger-viewer/VerificationResult.h"

#include <QAbstractTableModel>
#include <QFont>
#include <cstdint>
#include <list>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace fed::viewer {

class LedgerConnection;

//! What the list shows of one block; the detail view reads the whole block.
struct BlockSummary {
    std::uint64_t height = 0;
    bool readable = false; //!< a block is stored at this height and decodes
    QString error;         //!< why not, when not
    BlockKind kind = BlockKind::Round;
    std::int64_t timestampMs = 0;
    std::uint32_t round = 0;
    Hash blockHash;
    Hash modelHash;
    int updates = 0;
    int selected = 0;
    int incidents = 0;
    std::optional<double> accuracy;
    std::optional<double> energyJ;

    static BlockSummary of(const StoredBlock& block);
};

class BlockListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        HeightColumn,
        TimeColumn,
        KindColumn,
        RoundColumn,
        ModelColumn,
        UpdatesColumn,
        AccuracyColumn,
        EnergyColumn,
        VerificationColumn,
        ColumnCount
    };
    enum Role {
        HeightRole = Qt::UserRole + 1,
        BlockHashRole,  //!< full hex
        ModelHashRole,  //!< full hex
        CheckStateRole, //!< int(CheckState)
        CheckReasonRole,
        CopyTextRole, //!< what Copy puts on the clipboard: full hashes, not short ones
    };
    static constexpr int kPageSize = 200;
    //! Pages kept; 64 × 200 rows is a few megabytes, many screens' worth either way.
    static constexpr std::size_t kMaxPages = 64;

    explicit BlockListModel(QObject* parent = nullptr);
    ~BlockListModel() override;

    //! Lists the ledger read through `connection` (owned by the caller, kept alive while set);
    //! nullptr empties the list.
    void setConnection(LedgerConnection* connection);
    //! Re-reads the head: appends rows for new blocks and returns how many; a ledger that got
    //! shorter or whose head changed in place is listed again from scratch.
    int refresh();

    //! The summary of `height` (< rowCount()), reading its page when not cached. The reference
    //! lasts until the next call (the page may then be evicted).
    const BlockSummary& summary(std::uint64_t height) const;
    std::optional<LedgerHead> head() const { return m_head; }
    //! Why the last read failed, if it did.
    QString lastError() const { return m_lastError; }

    //! The verdicts to show (shared with the other views); nullptr shows every block unknown.
    void setVerification(std::shared_ptr<const VerificationResult> result);
    void clearVerification();
    const BlockCheck& check(std::uint64_t height) const;

    //! Reads so far and the slowest one: the benchmark's figures.
    struct Stats {
        int pagesRead = 0;
        double slowestPageMs = 0.0;
        double totalPageMs = 0.0;
    };
    Stats stats() const { return m_stats; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Page {
        std::vector<BlockSummary> rows;
        std::list<std::uint64_t>::iterator lru;
    };
    const Page& page(std::uint64_t index) const;
    std::vector<BlockSummary> readPage(std::uint64_t first, std::uint64_t count) const;
    void dropPage(std::uint64_t index);

    LedgerConnection* m_connection = nullptr;
    std::optional<LedgerHead> m_head;
    std::uint64_t m_rows = 0;
    mutable std::unordered_map<std::uint64_t, Page> m_pages;
    mutable std::list<std::uint64_t> m_lru; //!< most recently used first
    mutable QString m_lastError;
    mutable Stats m_stats;
    std::shared_ptr<const VerificationResult> m_verification;
    // Asked for by every cell the view paints: made once.
    QFont m_mono;
    QFont m_bold;
};

} // namespace fed::viewer
