#include "ledger-viewer/MembersModel.h"

#include "ledger-viewer/ViewerFormat.h"

#include <QBrush>
#include <QGuiApplication>

namespace fed::viewer {

MembersModel::MembersModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void MembersModel::setMembers(std::vector<Member> members) {
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

int MembersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int MembersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member& m = m_members[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case CopyTextRole:
        switch (index.column()) {
        case ClientColumn:
            return tr("client %1").arg(m.client);
        case NodeIdColumn:
            return m.nodeId().toHex();
        case KeyColumn:
            return m.key.toHex();
        default:
            return {};
        }
    case Qt::FontRole:
        return index.column() == ClientColumn ? QVariant() : QVariant(monospaceFont());
    case Qt::DecorationRole:
        return index.column() == ClientColumn
                   ? QVariant(clientColor(m.client, QGuiApplication::palette()))
                   : QVariant();
    default:
        return {};
    }
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case NodeIdColumn:
        return tr("Node id (SHA-256 of the key)");
    case KeyColumn:
        return tr("Public key (Ed25519)");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace fed::viewer
