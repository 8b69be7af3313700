#pragma once
// The accepted updates of one round block: node, update hash, samples, local metrics, energy,
// and whether the node's signature over its update verifies against the key the genesis block
// names (checked here, so the state shows before a full verification).

#include "engine/ledger/Block.h"
#include "ledger-viewer/NodeDirectory.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace fed::viewer {

class UpdatesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NodeColumn,
        UpdateHashColumn,
        SamplesColumn,
        MetricsColumn,
        EnergyColumn,
        SignatureColumn,
        ScoreColumn,   //!< contribution score (docs/contribution.md), when the block has one
        RewardColumn,  //!< the reward the rule gave the node this round
        BalanceColumn, //!< the node's reward balance after this round
        ColumnCount
    };
    enum Role {
        CopyTextRole = Qt::UserRole + 1, //!< full hashes and ids
        NodeIdRole,                      //!< the node id, full hex
    };
    enum class SignatureState { Valid, Invalid, UnknownNode };

    explicit UpdatesModel(QObject* parent = nullptr);

    //! Shows the updates of `block` (none for a genesis block); `nodes` names them and holds
    //! their keys.
    void setBlock(const Block& block, const NodeDirectory& nodes);
    void clear();

    SignatureState signatureState(int row) const { return m_signatures.at(std::size_t(row)); }
    const UpdateEntry& update(int row) const { return m_updates.at(std::size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<UpdateEntry> m_updates;
    std::vector<SignatureState> m_signatures;
    std::vector<std::optional<ContributionEntry>> m_scores; //!< per update row
    NodeDirectory m_nodes;
};

} // namespace fed::viewer
