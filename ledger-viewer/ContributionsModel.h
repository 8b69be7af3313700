#pragma once
// "Every model a node contributed to": the blocks whose accepted updates include the node,
// with the model each produced and what the node put into it. Collected off the GUI thread
// (the ledger's contributions index, then the blocks it names).

#include "engine/ledger/Ledger.h"

#include <QAbstractTableModel>
#include <functional>
#include <optional>
#include <vector>

namespace fed::viewer {

struct Contribution {
    std::uint64_t height = 0;
    std::uint32_t round = 0;
    Hash modelHash;
    Hash updateHash;
    std::uint64_t samples = 0;
    std::optional<double> accuracy; //!< the global model's, after the round
    std::optional<double> energyJ;  //!< the node's own energy that round
    // The round's contribution score, reward and the node's balance after it, when the block
    // records them (docs/contribution.md): the node's balance history.
    std::optional<ContributionEntry> score;
};

struct NodeContributions {
    QString error;
    NodeId node;
    std::vector<Contribution> items; //!< ascending height
    bool cancelled = false;

    static NodeContributions failed(const QString& error);
    //! Reads the node's contributions; `cancelled` is polled between pages of blocks.
    static NodeContributions collect(const Ledger& ledger, const NodeId& node,
                                     const std::function<bool()>& cancelled = {});
};

class ContributionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RoundColumn,
        ModelColumn,
        SamplesColumn,
        UpdateHashColumn,
        AccuracyColumn,
        EnergyColumn,
        ScoreColumn,
        RewardColumn,
        BalanceColumn,
        ColumnCount
    };
    enum Role {
        HeightRole = Qt::UserRole + 1,
        CopyTextRole,
    };

    explicit ContributionsModel(QObject* parent = nullptr);

    void setContributions(NodeContributions contributions);
    void clear();
    const NodeContributions& contributions() const { return m_data; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    NodeContributions m_data;
};

} // namespace fed::viewer
