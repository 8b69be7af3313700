#include "ledger-viewer/AuditWindow.h"

#include "ledger-viewer/LedgerExplorer.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace fed::viewer {
namespace {
const QString kGeometryKey = u"audit/geometry"_s;
const QString kDirectoryKey = u"audit/lastDirectory"_s;
} // namespace

AuditWindow::AuditWindow(QWidget* parent)
    : QMainWindow(parent) {
    setObjectName(u"auditWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_explorer = new LedgerExplorer(LedgerExplorer::Mode::Audit);
    setCentralWidget(m_explorer);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open for Audit…"),
                                    this, &AuditWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    file->addAction(m_explorer->exportAction());
    m_explorer->exportAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(m_explorer->printAction());
    m_explorer->printAction()->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);

    QMenu* ledger = menuBar()->addMenu(tr("&Ledger"));
    ledger->addAction(m_explorer->verifyAction());
    m_explorer->verifyAction()->setShortcut(QKeySequence(Qt::Key_F5));
    ledger->addAction(m_explorer->cancelAction());
    ledger->addSeparator();
    ledger->addAction(m_explorer->findAction());
    QAction* blocks =
        ledger->addAction(tr("Show &Block"), m_explorer, &LedgerExplorer::showBlockTab);
    blocks->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* lineage =
        ledger->addAction(tr("Show &Lineage"), m_explorer, &LedgerExplorer::showLineageTab);
    lineage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));

    auto* readOnly = new QLabel(tr("Read-only audit: the run file is never written"));
    statusBar()->addPermanentWidget(readOnly);
    connect(m_explorer, &LedgerExplorer::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_explorer, &LedgerExplorer::runOpened, this, &AuditWindow::updateTitle);

    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(std::min(1500, available.width() * 9 / 10),
               std::min(950, available.height() * 9 / 10));
    }
    updateTitle();
}

AuditWindow::~AuditWindow() {
    QSettings().setValue(kGeometryKey, saveGeometry());
}

bool AuditWindow::openRun(const QString& path, bool quiet) {
    QString error;
    if (!m_explorer->openRun(path, &error)) {
        if (!quiet)
            QMessageBox::warning(
                this, tr("Cannot Open for Audit"),
                tr("“%1” could not be opened:\n%2").arg(QFileInfo(path).fileName(), error));
        updateTitle();
        return false;
    }
    QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
    updateTitle();
    return true;
}

void AuditWindow::openDialog() {
    const QString dir = QSettings().value(kDirectoryKey, QDir::currentPath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Run for Audit"), dir, tr("Federation runs (*.fedrun);;All files (*)"));
    if (!path.isEmpty())
        openRun(path);
}

void AuditWindow::updateTitle() {
    const QString path = m_explorer->runPath();
    // The platform appends the application's display name.
    setWindowTitle(path.isEmpty() ? tr("Audit")
                                  : tr("%1 — Audit (read-only)").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
}

} // namespace fed::viewer
