#include "ledger-viewer/BlockListModel.h"

#include "ledger-viewer/LedgerConnection.h"
#include "ledger-viewer/ViewerFormat.h"

#include <QBrush>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace fed::viewer {

BlockSummary BlockSummary::of(const StoredBlock& stored) {
    const Block& b = stored.block;
    BlockSummary s;
    s.height = b.height;
    s.readable = true;
    s.kind = b.kind;
    s.timestampMs = b.timestampMs;
    s.blockHash = stored.hash;
    if (b.kind == BlockKind::Genesis) {
        s.modelHash = b.genesis.initialModelHash;
        return s;
    }
    const RoundBody& r = b.round;
    s.round = r.round;
    s.modelHash = r.modelHash;
    s.updates = static_cast<int>(r.updates.size());
    s.selected = static_cast<int>(r.selected.size());
    s.incidents = static_cast<int>(r.incidents.size());
    s.accuracy = findMetric(r.evaluation, u"accuracy");
    s.energyJ = ViewerFormat::totalEnergyJ(r.energy);
    return s;
}

BlockListModel::BlockListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_mono(monospaceFont()) {
    m_bold.setBold(true);
}

BlockListModel::~BlockListModel() = default;

void BlockListModel::setConnection(LedgerConnection* connection) {
    beginResetModel();
    m_connection = connection;
    m_pages.clear();
    m_lru.clear();
    m_head.reset();
    m_rows = 0;
    m_lastError.clear();
    m_verification.reset();
    if (m_connection) {
        auto head = m_connection->ledger().head();
        if (!head)
            m_lastError = head.error();
        else if (*head) {
            m_head = **head;
            m_rows = std::min<std::uint64_t>(
                m_head->height + 1, static_cast<std::uint64_t>(std::numeric_limits<int>::max()));
        }
    }
    endResetModel();
}

int BlockListModel::refresh() {
    if (!m_connection)
        return 0;
    auto head = m_connection->ledger().head();
    if (!head) {
        m_lastError = head.error();
        return 0;
    }
    const std::optional<LedgerHead> now = *head;
    const std::uint64_t rows =
        now ? std::min<std::uint64_t>(now->height + 1,
                                      static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
            : 0;
    const bool sameHead =
        m_head && now && m_head->height == now->height && m_head->hash == now->hash;
    if (sameHead || (!m_head && !now))
        return 0;
    if (rows <= m_rows) {
        // Shorter, or the head rewritten in place: nothing cached can be trusted to match.
        setConnection(m_connection);
        return 0;
    }
    const auto added = static_cast<int>(rows - m_rows);
    beginInsertRows({}, static_cast<int>(m_rows), static_cast<int>(rows - 1));
    // The page that held the old head may have been read before its later rows existed.
    if (m_rows > 0)
        dropPage((m_rows - 1) / kPageSize);
    m_rows = rows;
    m_head = now;
    endInsertRows();
    return added;
}

void BlockListModel::dropPage(std::uint64_t index) {
    const auto it = m_pages.find(index);
    if (it == m_pages.end())
        return;
    m_lru.erase(it->second.lru);
    m_pages.erase(it);
}

std::vector<BlockSummary> BlockListModel::readPage(std::uint64_t first, std::uint64_t count) const {
    std::vector<BlockSummary> rows(static_cast<std::size_t>(count));
    for (std::uint64_t i = 0; i < count; ++i) {
        rows[static_cast<std::size_t>(i)].height = first + i;
        rows[static_cast<std::size_t>(i)].error =
            tr("No block is stored at this height: it is missing from the chain.");
    }
    const Ledger& ledger = m_connection->ledger();
    auto blocks = ledger.blocks(first, count);
    if (blocks) {
        for (const StoredBlock& b : *blocks)
            if (b.block.height >= first && b.block.height < first + count)
                rows[static_cast<std::size_t>(b.block.height - first)] = BlockSummary::of(b);
        return rows;
    }
    // One block of the page does not decode (a damaged or tampered file): read them one by
    // one, so that only that row says so.
    m_lastError = blocks.error();
    for (std::uint64_t i = 0; i < count; ++i) {
        BlockSummary& row = rows[static_cast<std::size_t>(i)];
        auto one = ledger.block(first + i);
        if (one) {
            row = BlockSummary::of(*one);
            row.height = first + i; // the row's height, even if the block claims another
        } else {
            row.error = one.error();
        }
    }
    return rows;
}

const BlockListModel::Page& BlockListModel::page(std::uint64_t index) const {
    if (const auto it = m_pages.find(index); it != m_pages.end()) {
        m_lru.splice(m_lru.begin(), m_lru, it->second.lru);
        return it->second;
    }
    while (m_pages.size() >= kMaxPages) {
        m_pages.erase(m_lru.back());
        m_lru.pop_back();
    }
    const std::uint64_t first = index * kPageSize;
    const std::uint64_t count = std::min<std::uint64_t>(kPageSize, m_rows - first);
    QElapsedTimer timer;
    timer.start();
    Page p;
    p.rows = m_connection ? readPage(first, count) : std::vector<BlockSummary>(count);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    ++m_stats.pagesRead;
    m_stats.totalPageMs += ms;
    m_stats.slowestPageMs = std::max(m_stats.slowestPageMs, ms);
    m_lru.push_front(index);
    p.lru = m_lru.begin();
    return m_pages.emplace(index, std::move(p)).first->second;
}

const BlockSummary& BlockListModel::summary(std::uint64_t height) const {
    static const BlockSummary none;
    if (height >= m_rows)
        return none;
    const Page& p = page(height / kPageSize);
    return p.rows[static_cast<std::size_t>(height % kPageSize)];
}

void BlockListModel::setVerification(std::shared_ptr<const VerificationResult> result) {
    m_verification = std::move(result);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows) - 1, ColumnCount - 1));
}

void BlockListModel::clearVerification() {
    setVerification(nullptr);
}

const BlockCheck& BlockListModel::check(std::uint64_t height) const {
    static const BlockCheck unknown;
    return m_verification ? m_verification->check(height) : unknown;
}

int BlockListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows);
}

int BlockListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags BlockListModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant BlockListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto height = static_cast<std::uint64_t>(index.row());
    const int column = index.column();
    // Roles that need no block: the view asks for these often (alignment, tints).
    switch (role) {
    case HeightRole:
        return static_cast<qulonglong>(height);
    case Qt::TextAlignmentRole:
        switch (column) {
        case HeightColumn:
        case RoundColumn:
        case UpdatesColumn:
        case AccuracyColumn:
        case EnergyColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case CheckStateRole:
        return static_cast<int>(check(height).state);
    case CheckReasonRole:
        return check(height).reason;
    case Qt::BackgroundRole: {
        const QColor tint = stateTint(check(height).state, QGuiApplication::palette());
        return tint.isValid() ? QVariant(QBrush(tint)) : QVariant();
    }
    case Qt::FontRole:
        if (column == ModelColumn)
            return m_mono;
        if (column == VerificationColumn && check(height).state == CheckState::Invalid)
            return m_bold;
        return {};
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole &&
        role != BlockHashRole && role != ModelHashRole && role != CopyTextRole)
        return {};

    const BlockSummary& s = summary(height);
    const BlockCheck& c = check(height);
    const QLocale locale;
    if (role == BlockHashRole)
        return s.readable ? s.blockHash.toHex() : QString();
    if (role == ModelHashRole)
        return s.readable ? s.modelHash.toHex() : QString();
    if (role == Qt::ForegroundRole) {
        if (column == VerificationColumn)
            return QBrush(stateColor(c.state, QGuiApplication::palette()));
        if (!s.readable && column == KindColumn)
            return QBrush(stateColor(CheckState::Invalid, QGuiApplication::palette()));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == VerificationColumn) {
            if (c.state == CheckState::Unknown)
                return tr("Not verified yet: press Verify to check the whole chain.");
            if (c.reason.isEmpty())
                return ViewerFormat::state(c.state);
            return u"%1: %2"_s.arg(ViewerFormat::state(c.state), c.reason);
        }
        if (!s.readable)
            return s.error;
        switch (column) {
        case TimeColumn:
            return ViewerFormat::utcTime(s.timestampMs);
        case ModelColumn:
            return tr("Model %1\nBlock %2").arg(s.modelHash.toHex(), s.blockHash.toHex());
        case UpdatesColumn:
            if (s.kind == BlockKind::Genesis)
                return {};
            return tr("%1 accepted of %2 selected; %n incident(s)", nullptr, s.incidents)
                .arg(s.updates)
                .arg(s.selected);
        default:
            return {};
        }
    }
    if (role == CopyTextRole) {
        switch (column) {
        case ModelColumn:
            return s.readable ? s.modelHash.toHex() : QString();
        case TimeColumn:
            return s.readable ? ViewerFormat::utcTime(s.timestampMs) : QString();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    // Qt::DisplayRole
    switch (column) {
    case HeightColumn:
        return locale.toString(static_cast<qulonglong>(height));
    case VerificationColumn:
        return ViewerFormat::stateCell(c.state);
    default:
        break;
    }
    if (!s.readable)
        return column == KindColumn ? tr("unreadable") : QVariant();
    switch (column) {
    case TimeColumn:
        return ViewerFormat::localTime(s.timestampMs);
    case KindColumn:
        return ViewerFormat::kind(s.kind);
    case RoundColumn:
        return s.kind == BlockKind::Round ? QVariant(locale.toString(s.round)) : QVariant();
    case ModelColumn:
        return ViewerFormat::shortHex(s.modelHash);
    case UpdatesColumn:
        if (s.kind == BlockKind::Genesis)
            return {};
        if (s.incidents > 0)
            return tr("%1/%2 ⚠").arg(s.updates).arg(s.selected);
        return tr("%1/%2").arg(s.updates).arg(s.selected);
    case AccuracyColumn:
        return s.accuracy ? QVariant(ViewerFormat::percent(*s.accuracy)) : QVariant();
    case EnergyColumn:
        return s.energyJ ? QVariant(ViewerFormat::energy(*s.energyJ)) : QVariant();
    default:
        return {};
    }
}

QVariant BlockListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case UpdatesColumn:
            return tr("Accepted updates / selected nodes; ⚠ when some were rejected or dropped");
        case AccuracyColumn:
            return tr("The global model's test accuracy after the round");
        case EnergyColumn:
            return tr("The round's modelled energy: computation, communication and idle");
        case VerificationColumn:
            return tr("What the last verification found");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HeightColumn:
        return tr("Height");
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case RoundColumn:
        return tr("Round");
    case ModelColumn:
        return tr("Model");
    case UpdatesColumn:
        return tr("Updates");
    case AccuracyColumn:
        return tr("Accuracy");
    case EnergyColumn:
        return tr("Energy");
    case VerificationColumn:
        return tr("Verification");
    default:
        return {};
    }
}

} // namespace fed::viewer
