#pragma once
// Updates that did not make it into the global model: rejected ones (failed validation or a
// failed training) and dropped ones (never arrived), each with its round, node and reason.

#include "engine/store/RunStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <vector>

namespace fed::ui {

class IncidentsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, RoundColumn, NodeColumn, KindColumn, ReasonColumn, ColumnCount };

    struct Incident {
        QDateTime time; //!< when it was reported (for a loaded run: when its round finished)
        int round = 0;
        int client = 0;
        QString nodeId;
        UpdateStatus kind = UpdateStatus::Rejected;
        QString reason;
    };

    explicit IncidentsModel(QObject* parent = nullptr);

    void clear();
    void setIncidents(std::vector<Incident> incidents);
    //! Adds the record if it is an incident (not accepted); returns whether it did.
    bool addRecord(const ClientRoundRecord& record, const QString& nodeId, const QDateTime& time);
    const std::vector<Incident>& incidents() const { return m_incidents; }

    //! The incidents in a run file's records, timed by their rounds' finish. Pure.
    static std::vector<Incident> fromHistory(const std::vector<ClientInfo>& clients,
                                             const std::vector<RoundRecord>& rounds,
                                             const std::vector<ClientRoundRecord>& records);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Incident> m_incidents;
};

} // namespace fed::ui
