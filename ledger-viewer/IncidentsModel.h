#pragma once
// The incidents of one round block: the selected nodes whose update was rejected or never
// arrived, and why.

#include "engine/ledger/Block.h"
#include "ledger-viewer/NodeDirectory.h"

#include <QAbstractTableModel>
#include <vector>

namespace fed::viewer {

class IncidentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NodeColumn, KindColumn, UpdateHashColumn, ReasonColumn, ColumnCount };
    enum Role { CopyTextRole = Qt::UserRole + 1 };

    explicit IncidentsModel(QObject* parent = nullptr);

    void setBlock(const Block& block, const NodeDirectory& nodes);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Incident> m_incidents;
    NodeDirectory m_nodes;
};

} // namespace fed::viewer
