#pragma once
// The members a genesis block names: client number, node id and public key.

#include "engine/ledger/Block.h"

#include <QAbstractTableModel>
#include <vector>

namespace fed::viewer {

class MembersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ClientColumn, NodeIdColumn, KeyColumn, ColumnCount };
    enum Role { CopyTextRole = Qt::UserRole + 1 };

    explicit MembersModel(QObject* parent = nullptr);

    void setMembers(std::vector<Member> members);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Member> m_members;
};

} // namespace fed::viewer
