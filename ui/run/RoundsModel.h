#pragma once
// The run's rounds, one row each, in round order: the store behind the round table, the charts'
// cumulative figures and the CSV export. Appending a round is O(1) (beginInsertRows), so a
// 1,000-round run costs the same per round as a 10-round one.

#include "engine/store/RunStore.h"

#include <QAbstractTableModel>
#include <vector>

namespace fed::ui {

class RoundsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RoundColumn,
        AccuracyColumn,
        LossColumn,
        TrainLossColumn,
        UpdatesColumn,
        SamplesColumn,
        WallColumn,
        ComputationColumn,
        CommunicationColumn,
        EnergyColumn,
        CumulativeEnergyColumn,
        CarbonColumn,
        ColumnCount
    };

    //! The raw value behind a cell (numbers for sorting and export).
    static constexpr int SortRole = Qt::UserRole;

    explicit RoundsModel(QObject* parent = nullptr);

    void clear();
    //! Replaces every row (a loaded run file).
    void setRounds(std::vector<RoundRecord> rounds);
    //! Appends a finished round; a round that is already there (a resumed run replaying its
    //! announcement) is ignored. Returns false when ignored.
    bool appendRound(const RoundRecord& round);

    const std::vector<RoundRecord>& rounds() const { return m_rounds; }
    //! Energy of rounds 1..i+1 (modelled: computation + communication + idle).
    double cumulativeEnergyJ(int row) const { return m_cumulativeJ[static_cast<std::size_t>(row)]; }
    double totalEnergyJ() const { return m_cumulativeJ.empty() ? 0.0 : m_cumulativeJ.back(); }
    //! Whether any round recorded energy (runs made before the energy model have none).
    bool hasEnergy() const { return m_hasEnergy; }
    //! Mean wall time of the rounds, 0 without rounds.
    double meanRoundSeconds() const;
    int lastRound() const { return m_rounds.empty() ? 0 : m_rounds.back().round; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<RoundRecord> m_rounds;
    std::vector<double> m_cumulativeJ;
    double m_wallSum = 0.0;
    bool m_hasEnergy = false;
};

} // namespace fed::ui
