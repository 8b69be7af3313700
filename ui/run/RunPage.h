#pragma once
// The "Run" page of the main window: starts, pauses, stops and resumes a federation on its
// own thread and shows it live (progress, charts, clients, incidents), or shows a run file
// as it was. The designer hands it the spec to run; the main window hosts its actions.

#include "engine/spec/FederationSpec.h"

#include <QWidget>
#include <memory>

class QAction;

namespace fed::ui {

class RunPage : public QWidget {
    Q_OBJECT
public:
    explicit RunPage(QWidget* parent = nullptr);
    ~RunPage() override;

    //! Toolbar/menu actions; their enabled state follows the run's state.
    QAction* startAction() const;
    QAction* pauseAction() const;
    QAction* stopAction() const;
    QAction* resumeAction() const;

    //! The spec that Start runs. `specPath` names it in titles (may be empty for a new spec).
    //! An invalid spec disables Start (the designer validates as the user types).
    void setSpec(const FederationSpec& spec, const QString& specPath, bool valid);

    //! Where new run files go (default: QStandardPaths::AppDataLocation/runs).
    void setRunsDirectory(const QString& directory);
    QString runsDirectory() const;

    //! Opens a run file (read-only if it is not ours to continue) and shows it as it was.
    //! Returns false and fills `error` with a user-readable message on failure.
    bool openRun(const QString& path, QString* error);

    //! The run file on display (live or opened); empty before the first run.
    QString runPath() const;

    //! True while a federation is running or pausing.
    bool isRunning() const;

Q_SIGNALS:
    void runningChanged(bool running);
    //! A short message for the status bar.
    void statusMessage(const QString& message);
    //! A run file was created or opened (for recent files and the window title).
    void runFileChanged(const QString& path);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fed::ui
