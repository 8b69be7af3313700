#include "ui/MainWindow.h"

#include "ledger-viewer/AuditWindow.h"
#include "ledger-viewer/LedgerExplorer.h"
#include "ui/AboutDialog.h"
#include "ui/Language.h"
#include "ui/ProvisionDialog.h"
#include "ui/RecentFiles.h"
#include "ui/Theme.h"
#include "ui/designer/DesignerPage.h"
#include "ui/designer/Presets.h"
#include "ui/designer/SpecForm.h"
#include "ui/run/RunPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

const QString kGeometryKey = u"window/geometry"_s;
const QString kStateKey = u"window/state"_s;
const QString kDesignerLayoutKey = u"window/designerLayout"_s;
const QString kLastDirectoryKey = u"paths/lastDirectory"_s;

bool isRunFile(const QString& path) {
    return path.endsWith(u".fedrun"_s, Qt::CaseInsensitive);
}

//! Where the user guide is: next to the sources in a build tree, or installed.
QString userGuidePath() {
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        QDir(appDir).filePath(u"../share/doc/fedstudio/user-guide.md"_s),
        QDir(QStringLiteral(FED_SOURCE_DOCS_DIR)).filePath(u"user-guide.md"_s),
    };
    for (const QString& candidate : candidates)
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).absoluteFilePath();
    return {};
}

} // namespace

struct MainWindow::Private {
    MainWindow* q;
    DesignerPage* designer = nullptr;
    RunPage* run = nullptr;
    viewer::LedgerExplorer* ledger = nullptr;
    QTabWidget* pages = nullptr;
    RecentFiles* recentSpecs = nullptr;
    RecentFiles* recentRuns = nullptr;
    QLabel* validity = nullptr;
    std::vector<Preset> presets;

    QAction* newAction = nullptr;
    QAction* openAction = nullptr;
    QAction* saveAction = nullptr;
    QAction* saveAsAction = nullptr;
    QAction* openRunAction = nullptr;
    QAction* openAuditAction = nullptr;
    QAction* provisionAction = nullptr;
    QAction* quitAction = nullptr;
    QAction* undoAction = nullptr;
    QAction* redoAction = nullptr;
    QMenu* recentMenu = nullptr;

    void buildActions();
    void buildMenus();
    void buildToolBar();
    void updateTitle();
    void specChanged(bool valid, int problems);

    QString lastDirectory() const;
    void rememberDirectory(const QString& file);

    bool maybeSave();
    bool confirmSaveWithProblems();
    bool save();
    bool saveAs();
    void newDocument();
    void openDialog();
    void openRunDialog();
    void openAuditDialog();
    void openRecent(const QString& path);
    void setTheme(ThemeChoice choice);
    void buildLanguageMenu(QMenu* menu);
    void openUserGuide();
};

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , d(std::make_unique<Private>()) {
    d->q = this;
    setObjectName(u"mainWindow"_s);
    setAcceptDrops(true);

    d->designer = new DesignerPage;
    d->run = new RunPage;
    d->ledger = new viewer::LedgerExplorer(viewer::LedgerExplorer::Mode::Embedded);
    d->recentSpecs = new RecentFiles(u"recent/specs"_s, this);
    d->recentRuns = new RecentFiles(u"recent/runs"_s, this);
    d->presets = loadPresets(QDir::currentPath());

    d->pages = new QTabWidget;
    d->pages->setDocumentMode(true);
    d->pages->addTab(d->designer, QIcon::fromTheme(u"document-edit"_s), tr("&Design"));
    d->pages->addTab(d->run, QIcon::fromTheme(u"media-playback-start"_s), tr("&Run"));
    d->pages->addTab(d->ledger, QIcon::fromTheme(u"security-high"_s), tr("&Ledger"));
    setCentralWidget(d->pages);

    d->buildActions();
    d->buildMenus();
    d->buildToolBar();

    d->validity = new QLabel;
    statusBar()->addPermanentWidget(d->validity);

    connect(d->designer, &DesignerPage::specChanged, this,
            [this](const FederationSpec& spec, bool valid) {
                d->run->setSpec(spec, d->designer->filePath(), valid);
                d->specChanged(valid, static_cast<int>(d->designer->problems().size()));
            });
    connect(d->designer, &DesignerPage::modificationChanged, this, &MainWindow::setWindowModified);
    connect(d->designer, &DesignerPage::documentChanged, this, [this] {
        d->updateTitle();
        d->run->setSpec(d->designer->spec(), d->designer->filePath(), d->designer->isValid());
    });
    connect(d->run, &RunPage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(d->run, &RunPage::runFileChanged, this,
            [this](const QString& path) { d->recentRuns->add(path); });
    // The Ledger tab shows the run on the Run page, following its blocks while it runs.
    connect(d->run, &RunPage::runFileChanged, this, [this](const QString& path) {
        if (path != d->ledger->runPath())
            d->ledger->openRun(path);
    });
    connect(d->ledger, &viewer::LedgerExplorer::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    // Starting or resuming is followed on the Run page.
    connect(d->run->startAction(), &QAction::triggered, this, [this] { showPage(Page::Run); });
    connect(d->run->resumeAction(), &QAction::triggered, this, [this] { showPage(Page::Run); });

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: most of the screen, but not absurdly large on big monitors.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(std::min(1600, available.width() * 9 / 10),
               std::min(1000, available.height() * 9 / 10));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    d->designer->restoreLayout(settings.value(kDesignerLayoutKey).toByteArray());

    d->designer->newSpec(FederationSpec{}, tr("Untitled"));
    d->updateTitle();
}

MainWindow::~MainWindow() = default;

DesignerPage* MainWindow::designer() const {
    return d->designer;
}

RunPage* MainWindow::runPage() const {
    return d->run;
}

viewer::LedgerExplorer* MainWindow::ledgerExplorer() const {
    return d->ledger;
}

void MainWindow::showPage(Page page) {
    QWidget* widget = d->designer;
    if (page == Page::Run)
        widget = d->run;
    else if (page == Page::Ledger)
        widget = d->ledger;
    d->pages->setCurrentWidget(widget);
}

bool MainWindow::openSpec(const QString& path) {
    QString error;
    if (!d->designer->openFile(path, &error)) {
        d->recentSpecs->remove(path);
        QMessageBox box(QMessageBox::Warning, tr("Cannot Open Spec"),
                        tr("“%1” could not be opened.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        // The problems themselves, not only behind Show Details: a dialog saying "the problems
        // below" over nothing was the first thing a user saw of a typo in a spec.
        constexpr int kShownLines = 8;
        const QStringList lines = error.split(u'\n', Qt::SkipEmptyParts);
        QString shown = lines.mid(0, kShownLines).join(u'\n');
        if (lines.size() > kShownLines) {
            shown += u'\n' + tr("… and %n more (Show Details…)", nullptr,
                                static_cast<int>(lines.size() - kShownLines));
            box.setDetailedText(error);
        }
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(shown + u"\n\n"_s +
                               tr("Fix it in a text editor (or check it with fedctl spec check), "
                                  "then open it again."));
        box.exec();
        return false;
    }
    d->recentSpecs->add(path);
    d->rememberDirectory(path);
    showPage(Page::Design);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::newFromPreset(const QString& id) {
    for (const Preset& preset : d->presets) {
        if (preset.id == id) {
            d->designer->newSpec(preset.spec, tr("%1 (preset)").arg(preset.id));
            showPage(Page::Design);
            return true;
        }
    }
    return false;
}

bool MainWindow::openRun(const QString& path) {
    QString error;
    if (!d->run->openRun(path, &error)) {
        d->recentRuns->remove(path);
        QMessageBox::warning(
            this, tr("Cannot Open Run"),
            tr("“%1” could not be opened:\n%2").arg(QFileInfo(path).fileName(), error));
        return false;
    }
    d->recentRuns->add(path);
    d->rememberDirectory(path);
    showPage(Page::Run);
    return true;
}

bool MainWindow::openForAudit(const QString& path) {
    auto* window = new viewer::AuditWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!window->openRun(path)) {
        delete window;
        return false;
    }
    d->rememberDirectory(path);
    window->show();
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (d->run->isRunning()) {
        const auto answer = QMessageBox::question(
            this, tr("Federation Running"),
            tr("A federation is running. Quit anyway?\n\nThe round in progress finishes and is "
               "saved; the run can be resumed later from its run file."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    if (!d->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kDesignerLayoutKey, d->designer->saveLayout());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    if (isRunFile(path)) {
        openRun(path);
    } else if (d->maybeSave()) {
        openSpec(path);
    }
}

// --- actions and menus ----------------------------------------------------------------------

void MainWindow::Private::buildActions() {
    const auto icon = [this](const QString& name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(name, q->style()->standardIcon(fallback));
    };
    newAction = new QAction(icon(u"document-new"_s, QStyle::SP_FileIcon), tr("&New"), q);
    newAction->setShortcut(QKeySequence::New);
    newAction->setToolTip(tr("New federation spec (%1)")
                              .arg(newAction->shortcut().toString(QKeySequence::NativeText)));
    connect(newAction, &QAction::triggered, q, [this] { newDocument(); });

    openAction =
        new QAction(icon(u"document-open"_s, QStyle::SP_DialogOpenButton), tr("&Open Spec…"), q);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setIconText(tr("Open"));
    openAction->setToolTip(tr("Open a federation spec (%1)")
                               .arg(openAction->shortcut().toString(QKeySequence::NativeText)));
    connect(openAction, &QAction::triggered, q, [this] { openDialog(); });

    saveAction = new QAction(icon(u"document-save"_s, QStyle::SP_DialogSaveButton), tr("&Save"), q);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setToolTip(
        tr("Save the spec (%1)").arg(saveAction->shortcut().toString(QKeySequence::NativeText)));
    connect(saveAction, &QAction::triggered, q, [this] { save(); });

    saveAsAction =
        new QAction(icon(u"document-save-as"_s, QStyle::SP_DialogSaveButton), tr("Save &As…"), q);
    saveAsAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    connect(saveAsAction, &QAction::triggered, q, [this] { saveAs(); });

    openRunAction =
        new QAction(icon(u"document-open-recent"_s, QStyle::SP_DirOpenIcon), tr("Open &Run…"), q);
    openRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openRunAction, &QAction::triggered, q, [this] { openRunDialog(); });

    openAuditAction = new QAction(icon(u"security-high"_s, QStyle::SP_FileDialogInfoView),
                                  tr("Open for &Audit…"), q);
    openAuditAction->setToolTip(tr("Open a run file read-only in the block explorer, to trace "
                                   "its models and verify its ledger"));
    connect(openAuditAction, &QAction::triggered, q, [this] { openAuditDialog(); });

    provisionAction = new QAction(tr("Provision &Nodes…"), q);
    provisionAction->setToolTip(tr("Make the certificates and startup kits for a networked "
                                   "federation (docs/nodes.md)"));
    connect(provisionAction, &QAction::triggered, q, [this] {
        auto* dialog = new ProvisionDialog(designer->filePath(), designer->spec().clients, q);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // The designer's Launch group has a shortcut to the same dialog.
    connect(designer->form(), &SpecForm::provisionRequested, provisionAction, &QAction::trigger);

    quitAction =
        new QAction(icon(u"application-exit"_s, QStyle::SP_DialogCloseButton), tr("&Quit"), q);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, q, &QWidget::close);

    undoAction = designer->undoStack()->createUndoAction(q, tr("&Undo"));
    undoAction->setIcon(icon(u"edit-undo"_s, QStyle::SP_ArrowBack));
    undoAction->setShortcut(QKeySequence::Undo);
    redoAction = designer->undoStack()->createRedoAction(q, tr("&Redo"));
    redoAction->setIcon(icon(u"edit-redo"_s, QStyle::SP_ArrowForward));
    // Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys << key;
    redoAction->setShortcuts(redoKeys);

    // The run actions belong to the Run page; give them the debugger-style keys unless the
    // page chose its own.
    const std::pair<QAction*, QKeySequence> runKeys[] = {
        {run->startAction(), QKeySequence(Qt::Key_F5)},
        {run->pauseAction(), QKeySequence(Qt::Key_F6)},
        {run->resumeAction(), QKeySequence(Qt::Key_F7)},
        {run->stopAction(), QKeySequence(Qt::SHIFT | Qt::Key_F5)},
    };
    for (const auto& [action, key] : runKeys) {
        if (action->shortcut().isEmpty())
            action->setShortcut(key);
        if (!action->toolTip().contains(u'('))
            action->setToolTip(tr("%1 (%2)").arg(
                action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::Private::buildMenus() {
    QMenu* file = q->menuBar()->addMenu(tr("&File"));
    file->addAction(newAction);
    QMenu* presetsMenu = file->addMenu(tr("New from &Preset"));
    for (const Preset& preset : presets) {
        QAction* action = presetsMenu->addAction(preset.name);
        action->setToolTip(preset.id);
        connect(action, &QAction::triggered, q, [this, id = preset.id] {
            if (maybeSave())
                q->newFromPreset(id);
        });
    }
    presetsMenu->setEnabled(!presets.empty());
    file->addAction(openAction);
    recentMenu = file->addMenu(tr("Open &Recent"));
    connect(recentMenu, &QMenu::aboutToShow, q, [this] {
        recentMenu->clear();
        const QStringList specs = recentSpecs->files();
        const QStringList runs = recentRuns->files();
        int number = 1;
        const auto add = [&](const QString& path) {
            // Numbered accelerators for the first nine, as desktop apps do.
            const QString text = number <= 9
                                     ? u"&%1  %2"_s.arg(number).arg(QFileInfo(path).fileName())
                                     : QFileInfo(path).fileName();
            QAction* action = recentMenu->addAction(text);
            action->setToolTip(QDir::toNativeSeparators(path));
            action->setStatusTip(QDir::toNativeSeparators(path));
            connect(action, &QAction::triggered, q, [this, path] { openRecent(path); });
            ++number;
        };
        if (!specs.isEmpty())
            recentMenu->addSection(tr("Specs"));
        for (const QString& path : specs)
            add(path);
        if (!runs.isEmpty())
            recentMenu->addSection(tr("Runs"));
        for (const QString& path : runs)
            add(path);
        if (specs.isEmpty() && runs.isEmpty())
            recentMenu->addAction(tr("No Recent Files"))->setEnabled(false);
        recentMenu->addSeparator();
        QAction* clear = recentMenu->addAction(tr("&Clear Recent Files"));
        clear->setEnabled(!specs.isEmpty() || !runs.isEmpty());
        connect(clear, &QAction::triggered, q, [this] {
            recentSpecs->clear();
            recentRuns->clear();
        });
    });
    file->addSeparator();
    file->addAction(saveAction);
    file->addAction(saveAsAction);
    file->addSeparator();
    file->addAction(openRunAction);
    file->addAction(openAuditAction);
    file->addAction(provisionAction);
    file->addSeparator();
    file->addAction(quitAction);

    QMenu* edit = q->menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undoAction);
    edit->addAction(redoAction);

    QMenu* view = q->menuBar()->addMenu(tr("&View"));
    QAction* design = view->addAction(tr("&Design"), q, [this] { q->showPage(Page::Design); });
    design->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* runPage = view->addAction(tr("&Run"), q, [this] { q->showPage(Page::Run); });
    runPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* ledgerPage = view->addAction(tr("&Ledger"), q, [this] { q->showPage(Page::Ledger); });
    ledgerPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    view->addSeparator();
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(q);
    const ThemeChoice current = savedTheme();
    const std::pair<ThemeChoice, QString> choices[] = {
        {ThemeChoice::System, tr("&System")},
        {ThemeChoice::Light, tr("&Light")},
        {ThemeChoice::Dark, tr("&Dark")},
    };
    for (const auto& [choice, text] : choices) {
        QAction* action = theme->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == current);
        themes->addAction(action);
        connect(action, &QAction::triggered, q, [this, c = choice] { setTheme(c); });
    }
    buildLanguageMenu(view->addMenu(tr("L&anguage")));
    QAction* fullScreen = view->addAction(tr("&Full Screen"), q, [this](bool on) {
        q->setWindowState(on ? q->windowState() | Qt::WindowFullScreen
                             : q->windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    view->addSeparator();
    // Filled by buildToolBar(): the toolbar's own show/hide action.
    view->setObjectName(u"viewMenu"_s);

    QMenu* federation = q->menuBar()->addMenu(tr("Fe&deration"));
    federation->addAction(run->startAction());
    federation->addAction(run->pauseAction());
    federation->addAction(run->resumeAction());
    federation->addAction(run->stopAction());

    QMenu* help = q->menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(QIcon::fromTheme(u"help-contents"_s), tr("&User Guide"), q,
                                     [this] { openUserGuide(); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Federation Studio"), q, [this] {
        AboutDialog dialog(q);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::Private::buildToolBar() {
    QToolBar* bar = q->addToolBar(tr("Main Toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(newAction);
    bar->addAction(openAction);
    bar->addAction(saveAction);
    bar->addSeparator();
    bar->addAction(undoAction);
    bar->addAction(redoAction);
    bar->addSeparator();
    bar->addAction(run->startAction());
    bar->addAction(run->pauseAction());
    bar->addAction(run->resumeAction());
    bar->addAction(run->stopAction());
    // File and edit buttons are familiar by their icons; the run buttons say what they do.
    for (QAction* action : {newAction, openAction, saveAction, undoAction, redoAction})
        if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    if (QMenu* view = q->menuBar()->findChild<QMenu*>(u"viewMenu"_s))
        view->addAction(bar->toggleViewAction());
}

void MainWindow::Private::updateTitle() {
    // The platform appends the application's display name ("— Federation Studio").
    q->setWindowTitle(tr("%1[*]").arg(designer->documentTitle()));
    q->setWindowFilePath(designer->filePath());
    q->setWindowModified(designer->isModified());
}

void MainWindow::Private::specChanged(bool valid, int problems) {
    validity->setText(valid           ? tr("Spec valid: ready to start")
                      : problems == 1 ? tr("1 problem in the spec")
                                      : tr("%1 problems in the spec").arg(problems));
    QPalette p = validity->palette();
    p.setColor(QPalette::WindowText,
               valid ? q->palette().color(QPalette::WindowText) : problemColor(q->palette()));
    validity->setPalette(p);
}

// --- files ----------------------------------------------------------------------------------

QString MainWindow::Private::lastDirectory() const {
    const QString stored = QSettings().value(kLastDirectoryKey).toString();
    return !stored.isEmpty() && QFileInfo(stored).isDir() ? stored : QDir::currentPath();
}

void MainWindow::Private::rememberDirectory(const QString& file) {
    QSettings().setValue(kLastDirectoryKey, QFileInfo(file).absolutePath());
}

bool MainWindow::Private::maybeSave() {
    if (!designer->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        q, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved. Save them?").arg(designer->documentTitle()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool MainWindow::Private::confirmSaveWithProblems() {
    if (designer->isValid())
        return true;
    const auto answer = QMessageBox::warning(
        q, tr("Save Spec with Problems?"),
        tr("The spec has problems (%1). Federation Studio and fedctl open only valid specs, so "
           "this file cannot be opened again until they are fixed by hand.")
            .arg(designer->problems().size()),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

bool MainWindow::Private::save() {
    if (designer->filePath().isEmpty())
        return saveAs();
    if (!confirmSaveWithProblems())
        return false;
    QString error;
    if (!designer->saveFile(designer->filePath(), &error)) {
        QMessageBox::warning(q, tr("Cannot Save Spec"), error);
        return false;
    }
    recentSpecs->add(designer->filePath());
    q->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(designer->filePath())),
                                5000);
    return true;
}

bool MainWindow::Private::saveAs() {
    QString suggested = designer->filePath();
    if (suggested.isEmpty()) {
        // A file name from the federation's name: "Demo · Fashion-MNIST" -> demo-fashion-mnist.
        QString base = designer->spec().name.toLower();
        base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
        base = base.mid(base.startsWith(u'-') ? 1 : 0).left(60);
        while (base.endsWith(u'-'))
            base.chop(1);
        suggested = QDir(lastDirectory())
                        .filePath((base.isEmpty() ? u"federation"_s : base) + u".fed.json"_s);
    }
    QString path = QFileDialog::getSaveFileName(q, tr("Save Spec As"), suggested,
                                                tr("Federation specs (*.fed.json);;JSON (*.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".json"_s, Qt::CaseInsensitive))
        path += u".fed.json"_s;
    rememberDirectory(path);
    if (!confirmSaveWithProblems())
        return false;
    QString error;
    if (!designer->saveFile(path, &error)) {
        QMessageBox::warning(q, tr("Cannot Save Spec"), error);
        return false;
    }
    recentSpecs->add(path);
    q->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::Private::newDocument() {
    if (!maybeSave())
        return;
    designer->newSpec(FederationSpec{}, tr("Untitled"));
    q->showPage(Page::Design);
}

void MainWindow::Private::openDialog() {
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        q, tr("Open Spec"), lastDirectory(),
        tr("Federation specs (*.fed.json);;JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        q->openSpec(path);
}

void MainWindow::Private::openRunDialog() {
    const QString dir = QFileInfo(recentRuns->files().value(0)).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        q, tr("Open Run"), recentRuns->files().isEmpty() ? run->runsDirectory() : dir,
        tr("Federation runs (*.fedrun);;All files (*)"));
    if (!path.isEmpty())
        q->openRun(path);
}

void MainWindow::Private::openAuditDialog() {
    const QString path =
        QFileDialog::getOpenFileName(q, tr("Open Run for Audit"), lastDirectory(),
                                     tr("Federation runs (*.fedrun);;All files (*)"));
    if (!path.isEmpty())
        q->openForAudit(path);
}

void MainWindow::Private::openRecent(const QString& path) {
    if (isRunFile(path)) {
        q->openRun(path);
        return;
    }
    if (maybeSave())
        q->openSpec(path);
}

void MainWindow::Private::setTheme(ThemeChoice choice) {
    saveTheme(choice);
    applyTheme(choice);
}

void MainWindow::Private::buildLanguageMenu(QMenu* menu) {
    // Widgets set their texts once, when they are built, so a new language shows after a
    // restart; the menu says so rather than half-translating the open window.
    menu->setToolTipsVisible(true);
    auto* group = new QActionGroup(q);
    const QString saved = savedLanguage();
    const auto add = [&](const QString& key, const QString& text) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(key == saved);
        action->setToolTip(tr("Takes effect the next time Federation Studio starts"));
        action->setStatusTip(action->toolTip());
        group->addAction(action);
        connect(action, &QAction::triggered, q, [this, key, text] {
            if (key == savedLanguage())
                return;
            saveLanguage(key);
            QMessageBox::information(
                q, tr("Language"),
                key.isEmpty()
                    ? tr("Federation Studio will follow the system's language the next time it "
                         "starts.")
                    : tr("Federation Studio will use %1 the next time it starts.").arg(text));
        });
        return action;
    };
    add(QString(), tr("&System Language"));
    menu->addSeparator();
    for (const UiLanguage& language : uiLanguages())
        // The name in its own language, so that everyone finds theirs (not translated).
        add(language.key, language.nativeName)->setProperty("fedVerbatimText", true);
}

void MainWindow::Private::openUserGuide() {
    const QString guide = userGuidePath();
    if (guide.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(guide))) {
        QMessageBox::information(
            q, tr("User Guide"),
            guide.isEmpty()
                ? tr("The user guide (docs/user-guide.md) is not installed on this "
                     "machine.")
                : tr("No application is set up to open %1.").arg(QDir::toNativeSeparators(guide)));
    }
}

} // namespace fed::ui
