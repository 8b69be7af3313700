#include "ui/run/LaunchModel.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fed::ui {

LaunchModel::LaunchModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void LaunchModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_coordinatorLog.clear();
    endResetModel();
}

void LaunchModel::setNodes(const std::vector<net::NodePlan>& nodes) {
    beginResetModel();
    m_rows.clear();
    m_coordinatorLog.clear();
    for (const auto& n : nodes) {
        Row row;
        row.name = n.name;
        row.where = whereName(n.where);
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

void LaunchModel::setNodeState(int node, launch::NodeLauncher::State state) {
    if (node < 0 || node >= static_cast<int>(m_rows.size()))
        return;
    m_rows[static_cast<std::size_t>(node)].state = state;
    changed(node, StateColumn, StateColumn);
}

void LaunchModel::push(std::deque<QString>& log, const QString& line) {
    log.push_back(line);
    while (log.size() > static_cast<std::size_t>(kMaxLogLines))
        log.pop_front();
}

void LaunchModel::appendNodeLog(int node, const QString& line) {
    if (node < 0 || node >= static_cast<int>(m_rows.size()))
        return;
    push(m_rows[static_cast<std::size_t>(node)].log, line);
    changed(node, LastLineColumn, LastLineColumn);
    Q_EMIT logAppended(node, line);
}

void LaunchModel::appendCoordinatorLog(const QString& line) {
    push(m_coordinatorLog, line);
    Q_EMIT logAppended(-1, line);
}

void LaunchModel::applyNodeEvent(const net::NodeEvent& event) {
    if (event.node < 0 || event.node >= static_cast<int>(m_rows.size()))
        return; // a peer the coordinator could not tie to a node: its log line says it all
    Row& r = m_rows[static_cast<std::size_t>(event.node)];
    using K = net::NodeEvent::Kind;
    switch (event.kind) {
    case K::UpdateAccepted:
        ++r.accepted;
        changed(event.node, UpdatesColumn, UpdatesColumn);
        return;
    case K::UpdateRejected:
        ++r.rejected;
        r.lastRejection = event.detail;
        changed(event.node, UpdatesColumn, UpdatesColumn);
        return;
    case K::Joined:
        r.connection = Connection::Joined;
        break;
    case K::Rejoined:
        r.connection = Connection::Rejoined;
        break;
    case K::Left:
        r.connection = Connection::Left;
        break;
    case K::Dropped:
        r.connection = Connection::Dropped;
        break;
    case K::Refused:
        r.connection = Connection::Refused;
        break;
    }
    r.connectionDetail = event.detail;
    changed(event.node, ConnectionColumn, ConnectionColumn);
}

QStringList LaunchModel::log(int node) const {
    const std::deque<QString>* log = &m_coordinatorLog;
    if (node >= 0 && node < static_cast<int>(m_rows.size()))
        log = &m_rows[static_cast<std::size_t>(node)].log;
    else if (node != -1)
        return {};
    return QStringList(log->begin(), log->end());
}

LaunchModel::Connection LaunchModel::connection(int node) const {
    if (node < 0 || node >= static_cast<int>(m_rows.size()))
        return Connection::Unknown;
    return m_rows[static_cast<std::size_t>(node)].connection;
}

int LaunchModel::updatesAccepted(int node) const {
    if (node < 0 || node >= static_cast<int>(m_rows.size()))
        return 0;
    return m_rows[static_cast<std::size_t>(node)].accepted;
}

int LaunchModel::updatesRejected(int node) const {
    if (node < 0 || node >= static_cast<int>(m_rows.size()))
        return 0;
    return m_rows[static_cast<std::size_t>(node)].rejected;
}

launch::NodeLauncher::State LaunchModel::nodeState(int node) const {
    if (node < 0 || node >= static_cast<int>(m_rows.size()))
        return launch::NodeLauncher::State::Idle;
    return m_rows[static_cast<std::size_t>(node)].state;
}

QString LaunchModel::stateName(launch::NodeLauncher::State state) {
    using S = launch::NodeLauncher::State;
    switch (state) {
    case S::Idle:
        return tr("Idle");
    case S::Copying:
        return tr("Copying kit");
    case S::Starting:
        return tr("Starting");
    case S::Running:
        return tr("Running");
    case S::Exited:
        return tr("Exited");
    case S::Failed:
        return tr("Failed");
    }
    return {};
}

QString LaunchModel::shortLine(const QString& line) {
    // fednode stamps its lines "2026-11-21T16:05:01.735Z node-000: ..."; in the node's own row
    // the time of day is enough and the name is already there. Other lines stay as they are.
    static const QRegularExpression stamp(
        u"^\\d{4}-\\d\\d-\\d\\dT(\\d\\d:\\d\\d:\\d\\d)(?:\\.\\d+)?Z node-\\d+: "_s);
    const auto match = stamp.match(line);
    if (!match.hasMatch())
        return line;
    return match.captured(1) + u"  "_s + line.mid(match.capturedEnd());
}

QString LaunchModel::whereName(const QString& where) {
    return where == u"local"_s ? tr("this computer") : where;
}

QString LaunchModel::updatesText(int accepted, int rejected) {
    return rejected == 0 ? QString::number(accepted)
                         : tr("%1 · %2 rejected").arg(accepted).arg(rejected);
}

QString LaunchModel::connectionName(Connection connection) {
    switch (connection) {
    case Connection::Unknown:
        return tr("not joined");
    case Connection::Joined:
        return tr("joined");
    case Connection::Rejoined:
        return tr("rejoined");
    case Connection::Left:
        return tr("left");
    case Connection::Dropped:
        return tr("dropped");
    case Connection::Refused:
        return tr("refused");
    }
    return {};
}

int LaunchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LaunchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LaunchModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NodeColumn:
            return r.name;
        case WhereColumn:
            return r.where;
        case StateColumn:
            return stateName(r.state);
        case ConnectionColumn:
            return connectionName(r.connection);
        case UpdatesColumn:
            // Nothing yet reads as a dash, not as a zero that looks like a verdict.
            if (r.accepted == 0 && r.rejected == 0)
                return u"—"_s;
            return updatesText(r.accepted, r.rejected);
        case LastLineColumn:
            return r.log.empty() ? QString() : shortLine(r.log.back());
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == LastLineColumn && !r.log.empty())
            return r.log.back();
        if (index.column() == ConnectionColumn && !r.connectionDetail.isEmpty())
            return r.connectionDetail;
        if (index.column() == UpdatesColumn)
            return r.lastRejection.isEmpty() ? tr("Updates the coordinator accepted from this node")
                                             : tr("Last rejected: %1").arg(r.lastRejection);
    }
    if (role == Qt::TextAlignmentRole && index.column() == UpdatesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        const QBrush bad(QColor(0xc6, 0x28, 0x28));
        if (index.column() == StateColumn && r.state == launch::NodeLauncher::State::Failed)
            return bad;
        if (index.column() == ConnectionColumn &&
            (r.connection == Connection::Dropped || r.connection == Connection::Refused))
            return bad;
        if (index.column() == UpdatesColumn && r.rejected > 0)
            return bad;
    }
    return {};
}

QVariant LaunchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section == UpdatesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter); // over its numbers
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case WhereColumn:
        return tr("Runs on");
    case StateColumn:
        return tr("Process");
    case ConnectionColumn:
        return tr("Connection");
    case UpdatesColumn:
        return tr("Updates");
    case LastLineColumn:
        return tr("Last log line");
    default:
        return {};
    }
}

void LaunchModel::changed(int row, int first, int last) {
    Q_EMIT dataChanged(index(row, first), index(row, last));
}

} // namespace fed::ui
