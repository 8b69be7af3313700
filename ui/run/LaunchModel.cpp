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
        row.where = n.where == u"local"_s ? tr("this computer") : n.where;
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
    // The coordinator names nodes by their kit names: "node-001 joined (...)", "node-001 left:
    // ...", "node-001 lost: no heartbeat ...".
    static const QRegularExpression event(u"\\b(node-\\d+) (joined|left|lost)\\b"_s);
    const auto match = event.match(line);
    if (!match.hasMatch())
        return;
    const QString name = match.captured(1);
    const QString what = match.captured(2);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].name != name)
            continue;
        m_rows[i].connection = what == u"joined"_s ? Connection::Joined
                               : what == u"left"_s ? Connection::Left
                                                   : Connection::Lost;
        changed(static_cast<int>(i), ConnectionColumn, ConnectionColumn);
        return;
    }
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

QString LaunchModel::connectionName(Connection connection) {
    switch (connection) {
    case Connection::Unknown:
        return tr("not joined");
    case Connection::Joined:
        return tr("joined");
    case Connection::Left:
        return tr("left");
    case Connection::Lost:
        return tr("lost (no heartbeat)");
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
        case LastLineColumn:
            return r.log.empty() ? QString() : r.log.back();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LastLineColumn && !r.log.empty())
        return r.log.back();
    if (role == Qt::ForegroundRole) {
        if (index.column() == StateColumn && r.state == launch::NodeLauncher::State::Failed)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == ConnectionColumn && r.connection == Connection::Lost)
            return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    return {};
}

QVariant LaunchModel::headerData(int section, Qt::Orientation orientation, int role) const {
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
