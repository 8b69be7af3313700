#include "ledger-viewer/SearchResultsModel.h"

#include <QLocale>

namespace fed::viewer {

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SearchResultsModel::setResult(SearchResult result) {
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

void SearchResultsModel::clear() {
    setResult({});
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_result.hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& h = m_result.hits[static_cast<std::size_t>(index.row())];
    switch (role) {
    case HeightRole:
        return static_cast<qulonglong>(h.height);
    case NodeIdRole:
        return h.node ? h.node->toHex() : QString();
    case Qt::TextAlignmentRole:
        if (index.column() == HeightColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return LedgerSearch::kindName(h.kind);
        case HeightColumn:
            return QLocale().toString(static_cast<qulonglong>(h.height));
        case DetailColumn:
            return h.detail;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Found");
    case HeightColumn:
        return tr("Block");
    case DetailColumn:
        return tr("Detail");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace fed::viewer
