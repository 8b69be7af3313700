#pragma once
// One row per client (node) of the run on display: who it is, what it is doing in the current
// round, and what it has done so far. Fed by the controller's events or by a loaded run file.

#include "engine/contribution/ContributionStore.h"
#include "engine/store/RunStore.h"

#include <QAbstractTableModel>
#include <QString>
#include <cmath>
#include <limits>
#include <vector>

namespace fed::ui {

class ClientsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NodeColumn,
        DeviceColumn,
        StateColumn,
        ParticipationColumn,
        SamplesColumn,
        LastLossColumn,
        EnergyColumn,
        ContributionColumn,  //!< contribution score summed over the rounds (docs/contribution.md)
        BalanceColumn,       //!< reward balance
        GainPerEnergyColumn, //!< contribution score per kJ of the node's energy
        ColumnCount
    };

    //! What a client is doing. In-process nodes do not report an upload phase, so an update
    //! goes straight from Training to Done (accepted), Rejected or Dropped.
    enum class State { Idle, Training, Done, Rejected, Dropped };
    Q_ENUM(State)

    //! The raw value behind a cell, for sorting and filtering (numbers stay numbers).
    static constexpr int SortRole = Qt::UserRole;
    //! The client's State as an int, on every column.
    static constexpr int StateRole = Qt::UserRole + 1;
    //! Participation as a fraction in [0, 1], for the progress delegate.
    static constexpr int FractionRole = Qt::UserRole + 2;
    //! Whether the client is Byzantine (an adversary of the run's spec), on every column.
    static constexpr int ByzantineRole = Qt::UserRole + 3;

    struct Row {
        int client = 0;
        QString nodeId;
        QString device;
        std::int64_t samples = 0;
        State state = State::Idle;
        int roundsParticipated = 0;
        double lastLoss = std::numeric_limits<double>::quiet_NaN(); //!< NaN until it trains
        double energyJ = 0.0;
        // Contribution (docs/contribution.md); `scoredRounds` 0 when the run scores none.
        int scoredRounds = 0;
        double score = 0.0;  //!< summed over the scored rounds
        double reward = 0.0; //!< summed
        double lastReward = 0.0;
        double balance = 0.0;      //!< after the last scored round
        double scoredJoules = 0.0; //!< energy in the scored rounds
        QString scoreMethod;       //!< of the last scored round
        //! Score per kJ of energy in the scored rounds; NaN without energy or scores.
        double gainPerKj() const {
            return scoredRounds > 0 && scoredJoules > 0.0
                       ? score / scoredJoules * 1000.0
                       : std::numeric_limits<double>::quiet_NaN();
        }
        //! Its adversary behaviour when Byzantine (docs/strategies.md); empty when honest.
        QString byzantine;
    };

    explicit ClientsModel(QObject* parent = nullptr);

    static QString stateName(State state);
    //! The State column's text: the state, and "Byzantine" after it for an adversary.
    static QString stateText(const Row& row);
    static State stateOf(UpdateStatus status);

    //! Replaces every row: the clients of a run starting afresh (no history).
    void setClients(const std::vector<ClientInfo>& clients);
    //! Replaces every row with rows computed from a run file (see rowsFromHistory).
    void setRows(std::vector<Row> rows, int roundsSoFar, bool hasEnergy);
    void clear();

    //! The clients of a new round: the selected ones train, the others are idle.
    void roundStarted(int round, const std::vector<int>& selected);
    void clientFinished(const ClientRoundRecord& record);
    void roundFinished(const RoundRecord& record);
    //! A round's contribution scores, rewards and balances.
    void contributionsScored(const std::vector<ContributionRecord>& rows);

    const Row& row(int index) const { return m_rows[static_cast<std::size_t>(index)]; }
    int roundsSoFar() const { return m_roundsSoFar; }

    //! The rows a run file's records give: participation, last loss, summed energy, and the
    //! state each client ended the last round in. Pure; runs on a background thread.
    static std::vector<Row> rowsFromHistory(const std::vector<ClientInfo>& clients,
                                            const std::vector<ClientRoundRecord>& records,
                                            int lastRound,
                                            const std::vector<ContributionRecord>& scores = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int rowOf(int client) const;
    void rowChanged(int row);

    std::vector<Row> m_rows;
    int m_roundsSoFar = 0;
    bool m_hasEnergy = false; //!< false: the run records no energy; the column shows a dash
};

} // namespace fed::ui
