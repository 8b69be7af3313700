#pragma once
// The Run page's Launch tab: the nodes of a networked federation (LaunchModel) beside the log of
// the selected node, or the coordinator's log when no node is selected; a short explanation
// while there are no nodes (an in-process run, or none started yet).

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
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
    //! True while the explanation stands in for the (empty) node table.
    bool isShowingPlaceholder() const;

private:
    void reload();
    void updatePlaceholder();

    LaunchModel* m_model;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QTableView* m_view;
    QLabel* m_logTitle;
    QPlainTextEdit* m_log;
    int m_shown = -1;
};

} // namespace fed::ui
