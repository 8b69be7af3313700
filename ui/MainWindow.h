#pragma once
// Federation Studio's main window: the Design and Run pages, the menus, toolbar and
// shortcuts, the document's title and unsaved-changes prompts, recent files, the theme, and
// every setting that should survive a restart.

#include <QMainWindow>
#include <memory>

namespace fed::viewer {
class LedgerExplorer;
}

namespace fed::ui {

class DesignerPage;
class RunPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Page { Design, Run, Ledger };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    //! Opens a spec in the designer; a file that cannot be read or is not a valid spec is
    //! reported in a message box. Does not ask about unsaved changes (see the File actions).
    bool openSpec(const QString& path);
    //! Starts a new document from a shipped preset (resources/presets), false if unknown.
    bool newFromPreset(const QString& id);
    //! Opens a run file on the Run page.
    bool openRun(const QString& path);
    //! Opens a run file read-only in a window of its own with the block explorer alone.
    bool openForAudit(const QString& path);

    void showPage(Page page);
    DesignerPage* designer() const;
    RunPage* runPage() const;
    //! The Ledger tab: the block explorer over the run on the Run page.
    viewer::LedgerExplorer* ledgerExplorer() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fed::ui
