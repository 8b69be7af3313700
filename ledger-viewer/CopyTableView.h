#pragma once
// A table whose Copy (Ctrl+C, and the context menu) puts the full value of the current cell on
// the clipboard (a whole hash, where the cell shows its first digits), read from the model's
// copy role.

#include <QTableView>

class QMenu;

namespace fed::viewer {

class CopyTableView : public QTableView {
    Q_OBJECT
public:
    //! `copyRole`: the model's role with the full text; DisplayRole where it has none.
    explicit CopyTableView(int copyRole, QWidget* parent = nullptr);

    //! Copies the current cell's full value; returns what was copied.
    QString copyCurrent();

Q_SIGNALS:
    //! The context menu of `index` is about to open: the owner may add its own actions.
    void contextMenuAboutToShow(QMenu* menu, const QModelIndex& index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    int m_copyRole;
};

} // namespace fed::viewer
