#pragma once
// The auditor's window (`fedstudio --audit RUN.fedrun`, File > Open for Audit): the block
// explorer alone, on a run file opened read-only, verified as soon as it opens.

#include <QMainWindow>

namespace fed::viewer {

class LedgerExplorer;

class AuditWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit AuditWindow(QWidget* parent = nullptr);
    ~AuditWindow() override;

    //! Opens `path` for audit; a file that cannot be opened is reported in a message box
    //! unless `quiet`.
    bool openRun(const QString& path, bool quiet = false);
    LedgerExplorer* explorer() const { return m_explorer; }

private:
    void openDialog();
    void updateTitle();

    LedgerExplorer* m_explorer = nullptr;
};

} // namespace fed::viewer
