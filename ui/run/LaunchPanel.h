#pragma once
// The Run page's Launch tab: the nodes of a networked federation (LaunchModel) above the log of
// the selected node, or the coordinator's log when no node is selected.

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace fed::ui {

class LaunchModel;

class LaunchPanel : public QWidget {
    Q_OBJECT
public:
    explicit LaunchPanel(LaunchModel* model, QWidget* parent = nullptr);

    //! The node whose log is shown (-1: the coordinator's).
    int shownNode() const { return m_shown; }
    void showNode(int node);

private:
    void reload();

    LaunchModel* m_model;
    QTableView* m_view;
    QLabel* m_logTitle;
    QPlainTextEdit* m_log;
    int m_shown = -1;
};

} // namespace fed::ui
