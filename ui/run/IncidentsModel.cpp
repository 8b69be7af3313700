#include "ui/run/IncidentsModel.h"

#include <QColor>
#include <QLocale>
#include <unordered_map>

namespace fed::ui {

IncidentsModel::IncidentsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void IncidentsModel::clear() {
    setIncidents({});
}

void IncidentsModel::setIncidents(std::vector<Incident> incidents) {
    beginResetModel();
    m_incidents = std::move(incidents);
    endResetModel();
}

bool IncidentsModel::addRecord(const ClientRoundRecord& record, const QString& nodeId,
                               const QDateTime& time) {
    if (record.status == UpdateStatus::Accepted)
        return false;
    const int row = static_cast<int>(m_incidents.size());
    beginInsertRows({}, row, row);
    m_incidents.push_back(
        {time, record.round, record.client, nodeId, record.status, record.detail});
    endInsertRows();
    return true;
}

std::vector<IncidentsModel::Incident>
IncidentsModel::fromHistory(const std::vector<ClientInfo>& clients,
                            const std::vector<RoundRecord>& rounds,
                            const std::vector<ClientRoundRecord>& records) {
    std::unordered_map<int, std::int64_t> finishedAt;
    for (const RoundRecord& r : rounds)
        finishedAt[r.round] = r.finishedAtMs;
    std::vector<Incident> out;
    for (const ClientRoundRecord& rec : records) {
        if (rec.status == UpdateStatus::Accepted)
            continue;
        Incident i;
        i.time = QDateTime::fromMSecsSinceEpoch(finishedAt[rec.round]);
        i.round = rec.round;
        i.client = rec.client;
        if (rec.client >= 0 && rec.client < static_cast<int>(clients.size()))
            i.nodeId = clients[static_cast<std::size_t>(rec.client)].nodeId;
        i.kind = rec.status;
        i.reason = rec.detail;
        out.push_back(std::move(i));
    }
    return out;
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
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return i.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case RoundColumn:
            return i.round;
        case NodeColumn:
            return tr("node %1 · %2").arg(i.client).arg(i.nodeId.left(8));
        case KindColumn:
            return i.kind == UpdateStatus::Dropped ? tr("dropped") : tr("rejected");
        case ReasonColumn:
            return i.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(i.time.toLocalTime(), QLocale::LongFormat);
        case NodeColumn:
            return tr("Client %1, node id %2").arg(i.client).arg(i.nodeId);
        case ReasonColumn:
            return i.reason;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == KindColumn)
            return i.kind == UpdateStatus::Dropped ? QColor(0xb4, 0x53, 0x09)
                                                   : QColor(0xb9, 0x1c, 0x1c);
        return {};
    default:
        return {};
    }
}

QVariant IncidentsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case RoundColumn:
        return tr("Round");
    case NodeColumn:
        return tr("Node");
    case KindColumn:
        return tr("Incident");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace fed::ui
