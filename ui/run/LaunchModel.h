#pragma once
// The Launch panel's table: one row per node of a networked federation (launch.mode local or
// ssh) with where it runs, its launcher's state, its connection and updates as the
// coordinator's node events report them, and its last log line; each node's log is kept here
// too, bounded.

#include "engine/launch/NodeLauncher.h"
#include "engine/net/NetworkedRun.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <deque>
#include <vector>

namespace fed::ui {

class LaunchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NodeColumn,
        WhereColumn,
        StateColumn,
        ConnectionColumn,
        UpdatesColumn,
        LastLineColumn,
        ColumnCount
    };
    //! What the coordinator last said about a node's session (net::NodeEvent).
    enum class Connection { Unknown, Joined, Rejoined, Left, Dropped, Refused };
    //! Lines kept per node (and for the coordinator); older ones are dropped first.
    static constexpr int kMaxLogLines = 5000;

    explicit LaunchModel(QObject* parent = nullptr);

    void clear();
    void setNodes(const std::vector<net::NodePlan>& nodes);
    void setNodeState(int node, launch::NodeLauncher::State state);
    void appendNodeLog(int node, const QString& line);
    //! A line of the coordinator's log (shown when no node is selected).
    void appendCoordinatorLog(const QString& line);
    //! The coordinator's event about a node: its connection, or an update's fate.
    void applyNodeEvent(const net::NodeEvent& event);

    //! The node's log, oldest first (node -1: the coordinator's).
    QStringList log(int node) const;
    Connection connection(int node) const;
    int updatesAccepted(int node) const;
    int updatesRejected(int node) const;
    launch::NodeLauncher::State nodeState(int node) const;

    static QString stateName(launch::NodeLauncher::State state);
    static QString connectionName(Connection connection);
    //! A node's log line as the table shows it: fednode's date and name prefix shortened to the
    //! time of day (the whole line is in the tooltip and the log).
    static QString shortLine(const QString& line);
    //! "local" (NodePlan::where) in words; an SSH host as it is.
    static QString whereName(const QString& where);
    //! The Updates column: accepted, and rejected when there are any.
    static QString updatesText(int accepted, int rejected);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    //! A line was added to `node`'s log (-1: the coordinator's).
    void logAppended(int node, const QString& line);

private:
    struct Row {
        QString name;
        QString where;
        launch::NodeLauncher::State state = launch::NodeLauncher::State::Idle;
        Connection connection = Connection::Unknown;
        QString connectionDetail; //!< the event's detail: peer address, reason
        int accepted = 0;
        int rejected = 0;
        QString lastRejection;
        std::deque<QString> log;
    };
    static void push(std::deque<QString>& log, const QString& line);
    void changed(int row, int first, int last);

    std::vector<Row> m_rows;
    std::deque<QString> m_coordinatorLog;
};

} // namespace fed::ui
