#include "ledger-viewer/IncidentsModel.h"

#include "ledger-viewer/ViewerFormat.h"

namespace fed::viewer {

IncidentsModel::IncidentsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void IncidentsModel::setBlock(const Block& block, const NodeDirectory& nodes) {
    beginResetModel();
    m_nodes = nodes;
    m_incidents.clear();
    if (block.kind == BlockKind::Round)
        m_incidents = block.round.incidents;
    endResetModel();
}

void IncidentsModel::clear() {
    beginResetModel();
    m_incidents.clear();
    endResetModel();
}

int IncidentsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_incidents.size());
}

int IncidentsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident& i = m_incidents[static_cast<std::size_t>(index.row())];
    if (role == CopyTextRole) {
        if (index.column() == NodeColumn)
            return i.node.toHex();
        if (index.column() == UpdateHashColumn)
            return i.updateHash ? i.updateHash->toHex() : QString();
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::FontRole && index.column() == UpdateHashColumn)
        return monospaceFont();
    if (role == Qt::ToolTipRole) {
        if (index.column() == NodeColumn)
            return tr("Node id %1").arg(i.node.toHex());
        if (index.column() == UpdateHashColumn && i.updateHash)
            return i.updateHash->toHex();
        if (index.column() == ReasonColumn)
            return i.reason;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NodeColumn:
        return m_nodes.name(i.node);
    case KindColumn:
        return i.kind == IncidentKind::Rejected ? tr("rejected") : tr("dropped");
    case UpdateHashColumn:
        return i.updateHash ? ViewerFormat::shortHex(*i.updateHash) : tr("none arrived");
    case ReasonColumn:
        return i.reason;
    default:
        return {};
    }
}

QVariant IncidentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case KindColumn:
        return tr("What happened");
    case UpdateHashColumn:
        return tr("Update hash");
    case ReasonColumn:
        return tr("Reason");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace fed::viewer
