#include "ledger-viewer/ContributionsModel.h"

#include "ledger-viewer/ViewerFormat.h"

#include <QLocale>

namespace fed::viewer {

NodeContributions NodeContributions::failed(const QString& error) {
    NodeContributions c;
    c.error = error;
    return c;
}

NodeContributions NodeContributions::collect(const Ledger& ledger, const NodeId& node,
                                             const std::function<bool()>& cancelled) {
    NodeContributions out;
    out.node = node;
    auto heights = ledger.contributions(node);
    if (!heights) {
        out.error = heights.error();
        return out;
    }
    const std::vector<std::uint64_t>& hs = *heights;
    constexpr std::uint64_t kSpan = 256;
    auto take = [&](const StoredBlock& s) {
        if (s.block.kind != BlockKind::Round)
            return;
        for (const UpdateEntry& u : s.block.round.updates) {
            if (u.node != node)
                continue;
            Contribution c;
            c.height = s.block.height;
            c.round = s.block.round.round;
            c.modelHash = s.block.round.modelHash;
            c.updateHash = u.updateHash;
            c.samples = u.samples;
            c.accuracy = findMetric(s.block.round.evaluation, u"accuracy");
            c.energyJ = ViewerFormat::totalEnergyJ(u.energy);
            if (s.block.round.contributions)
                for (const ContributionEntry& e : s.block.round.contributions->entries)
                    if (e.node == node)
                        c.score = e;
            out.items.push_back(c);
        }
    };
    // Read the blocks in spans: a node that takes part in most rounds costs one query per
    // 256 blocks, not one per block.
    for (std::size_t i = 0; i < hs.size();) {
        if (cancelled && cancelled()) {
            out.cancelled = true;
            return out;
        }
        const std::uint64_t first = hs[i];
        std::size_t j = i;
        while (j < hs.size() && hs[j] < first + kSpan)
            ++j;
        const std::uint64_t count = hs[j - 1] - first + 1;
        if (auto page = ledger.blocks(first, count)) {
            std::size_t k = i;
            for (const StoredBlock& s : *page) {
                while (k < j && hs[k] < s.block.height)
                    ++k;
                if (k < j && hs[k] == s.block.height)
                    take(s);
            }
        } else {
            // A block of the span does not decode: the others still count.
            for (std::size_t k = i; k < j; ++k)
                if (auto one = ledger.block(hs[k]))
                    take(*one);
        }
        i = j;
    }
    return out;
}

ContributionsModel::ContributionsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ContributionsModel::setContributions(NodeContributions contributions) {
    beginResetModel();
    m_data = std::move(contributions);
    endResetModel();
}

void ContributionsModel::clear() {
    setContributions({});
}

int ContributionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_data.items.size());
}

int ContributionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContributionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contribution& c = m_data.items[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    switch (role) {
    case HeightRole:
        return static_cast<qulonglong>(c.height);
    case CopyTextRole:
        if (index.column() == ModelColumn)
            return c.modelHash.toHex();
        if (index.column() == UpdateHashColumn)
            return c.updateHash.toHex();
        return data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (index.column() == ModelColumn || index.column() == UpdateHashColumn)
            return monospaceFont();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ModelColumn)
            return c.modelHash.toHex();
        if (index.column() == UpdateHashColumn)
            return c.updateHash.toHex();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ModelColumn || index.column() == UpdateHashColumn)
            return {};
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoundColumn:
            return locale.toString(c.round);
        case ModelColumn:
            return ViewerFormat::shortHex(c.modelHash);
        case SamplesColumn:
            return locale.toString(static_cast<qulonglong>(c.samples));
        case UpdateHashColumn:
            return ViewerFormat::shortHex(c.updateHash);
        case AccuracyColumn:
            return c.accuracy ? QVariant(ViewerFormat::percent(*c.accuracy)) : QVariant();
        case EnergyColumn:
            return c.energyJ ? QVariant(ViewerFormat::energy(*c.energyJ)) : QVariant();
        case ScoreColumn:
            return c.score ? QVariant(locale.toString(c.score->score, 'g', 4)) : QVariant();
        case RewardColumn:
            return c.score ? QVariant(locale.toString(c.score->reward, 'f', 2)) : QVariant();
        case BalanceColumn:
            return c.score ? QVariant(locale.toString(c.score->balance, 'f', 2)) : QVariant();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ContributionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoundColumn:
        return tr("Round");
    case ModelColumn:
        return tr("Model it went into");
    case SamplesColumn:
        return tr("Samples");
    case UpdateHashColumn:
        return tr("Its update");
    case AccuracyColumn:
        return tr("Model accuracy");
    case EnergyColumn:
        return tr("Its energy");
    case ScoreColumn:
        return tr("Contribution score");
    case RewardColumn:
        return tr("Reward");
    case BalanceColumn:
        return tr("Balance after");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace fed::viewer
