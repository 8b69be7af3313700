#include "ui/run/ClientsFilterModel.h"

namespace fed::ui {

ClientsFilterModel::ClientsFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ClientsModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Rows change state every round; keep the chosen order and filter as they do.
    setDynamicSortFilter(true);
}

void ClientsFilterModel::setStateFilter(std::optional<ClientsModel::State> state) {
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void ClientsFilterModel::setByzantineOnly(bool only) {
    if (only == m_byzantineOnly)
        return;
    m_byzantineOnly = only;
    invalidateFilter();
}

bool ClientsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* source = sourceModel();
    if (m_byzantineOnly &&
        !source->data(source->index(sourceRow, 0, sourceParent), ClientsModel::ByzantineRole)
             .toBool())
        return false;
    if (m_state) {
        const QModelIndex idx = source->index(sourceRow, 0, sourceParent);
        if (source->data(idx, ClientsModel::StateRole).toInt() != static_cast<int>(*m_state))
            return false;
    }
    const QRegularExpression re = filterRegularExpression();
    if (re.pattern().isEmpty())
        return true;
    for (int column : {ClientsModel::NodeColumn, ClientsModel::DeviceColumn}) {
        const QModelIndex idx = source->index(sourceRow, column, sourceParent);
        if (source->data(idx, Qt::DisplayRole).toString().contains(re) ||
            source->data(idx, Qt::ToolTipRole).toString().contains(re))
            return true;
    }
    return false;
}

} // namespace fed::ui
