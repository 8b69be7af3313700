#include "ledger-viewer/LedgerExplorer.h"

#include "ledger-viewer/BlockDetailView.h"
#include "ledger-viewer/BlockListModel.h"
#include "ledger-viewer/CopyTableView.h"
#include "ledger-viewer/LedgerConnection.h"
#include "ledger-viewer/LedgerJob.h"
#include "ledger-viewer/LineageView.h"
#include "ledger-viewer/SearchResultsModel.h"
#include "ledger-viewer/VerdictDelegate.h"
#include "ledger-viewer/ViewerFormat.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <atomic>
#include <climits>

using namespace Qt::StringLiterals;

namespace fed::viewer {

namespace {

//! The bar's figure for the label beside it; a busy bar (no range yet) has none, so the label
//! says what it is busy with ("Verifying…").
void showProgressText(const QProgressBar* bar, QLabel* label) {
    const QString text = bar->text();
    label->setText(text.isEmpty() ? QString(bar->format()).remove(u"%p%"_s).trimmed() + u"…"_s
                                  : text);
}

} // namespace

LedgerExplorer::LedgerExplorer(Mode mode, QWidget* parent)
    : QWidget(parent)
    , m_mode(mode) {
    setObjectName(u"ledgerExplorer"_s);
    buildUi();
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &LedgerExplorer::poll);
    connect(&m_verifyJob, &QFutureWatcher<VerificationResult>::finished, this,
            &LedgerExplorer::verifyFinished);
    connect(&m_verifyJob, &QFutureWatcher<VerificationResult>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_verifyJob, &QFutureWatcher<VerificationResult>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(&m_searchJob, &QFutureWatcher<SearchResult>::finished, this,
            &LedgerExplorer::searchDone);
    connect(&m_reportJob, &QFutureWatcher<ReportOutcome>::finished, this,
            &LedgerExplorer::reportDone);
    connect(&m_reportJob, &QFutureWatcher<ReportOutcome>::progressRangeChanged, m_progress,
            &QProgressBar::setRange);
    connect(&m_reportJob, &QFutureWatcher<ReportOutcome>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(m_lineage, &LineageView::busyChanged, this, &LedgerExplorer::updateBusy);
    closeRun();
}

LedgerExplorer::~LedgerExplorer() {
    // Jobs hold their own connections and finish (or notice the cancel) on their own.
    m_verifyJob.cancel();
    m_searchJob.cancel();
    m_reportJob.cancel();
}

void LedgerExplorer::buildUi() {
    m_blocks = new BlockListModel(this);
    m_results = new SearchResultsModel(this);

    // The toolbar: search, verify, report, follow.
    auto* bar = new QToolBar;
    bar->setObjectName(u"ledgerToolBar"_s);
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_search = new QLineEdit;
    m_search->setObjectName(u"ledgerSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Find: hash, node id, client 3, round 12, 2024-11-21 10:30"));
    // Wide enough for the whole hint in every language (the tooltip says more): a clipped
    // placeholder reads as a broken one.
    m_search->setMinimumWidth(
        std::max(300, m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 56));
    m_search->setToolTip(tr("A block, model or update hash prefix; a node id prefix or “client "
                            "3”; a round number; or a date and time — Enter jumps to the first "
                            "match."));
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    m_findAction = new QAction(tr("&Find in Ledger"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(m_findAction);

    const auto icon = [](const QString& name) { return QIcon::fromTheme(name); };
    m_verifyAction = new QAction(icon(u"security-high"_s), tr("&Verify Chain"), this);
    m_verifyAction->setObjectName(u"verifyAction"_s);
    m_verifyAction->setToolTip(tr("Check every hash link, signature, Merkle root and stored "
                                  "model, in the background"));
    connect(m_verifyAction, &QAction::triggered, this, &LedgerExplorer::verify);
    m_cancelAction = new QAction(icon(u"process-stop"_s), tr("Cancel"), this);
    m_cancelAction->setToolTip(tr("Stop the verification or the report"));
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        m_verifyJob.cancel();
        m_reportJob.cancel();
    });
    m_exportAction = new QAction(icon(u"document-export"_s), tr("&Export Audit Report…"), this);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setToolTip(tr("Write the chosen model's audit report as HTML or PDF"));
    connect(m_exportAction, &QAction::triggered, this, &LedgerExplorer::exportDialog);
    m_printAction = new QAction(icon(u"document-print"_s), tr("&Print Audit Report…"), this);
    connect(m_printAction, &QAction::triggered, this, &LedgerExplorer::printDialog);

    m_replay = new QCheckBox(tr("Replay"));
    m_replay->setChecked(true);
    m_replay->setToolTip(tr("Also recompute each round's aggregation from its stored updates and "
                            "compare the model hash"));
    // The figure stands beside the bar, not on it, where the fill would cut it in two colours.
    m_progressBox = new QWidget;
    auto* progressLayout = new QHBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(4, 0, 4, 0);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"verifyProgress"_s);
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel;
    m_progressText->setObjectName(u"verifyProgressText"_s);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_progressText);
    connect(m_progress, &QProgressBar::valueChanged, this,
            [this] { showProgressText(m_progress, m_progressText); });
    m_progressBox->hide();
    m_follow = new QCheckBox(tr("Follow new blocks"));
    m_follow->setObjectName(u"followBlocks"_s);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Add the blocks of a running federation as it commits its rounds"));
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            refresh();
    });

    bar->addWidget(m_search);
    bar->addSeparator();
    bar->addAction(m_verifyAction);
    bar->addWidget(m_replay);
    bar->addWidget(m_progressBox);
    bar->addAction(m_cancelAction);
    bar->addSeparator();
    bar->addAction(m_exportAction);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_follow);

    m_banner = new QLabel;
    m_banner->setObjectName(u"ledgerBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();

    // The block list and the search results under it.
    m_table = new CopyTableView(BlockListModel::CopyTextRole);
    m_table->setObjectName(u"blockTable"_s);
    m_table->setModel(m_blocks);
    QHeaderView* header = m_table->horizontalHeader();
    const QFontMetrics fm(font());
    // Widths from the font, never from the contents: measuring contents would read every row.
    const int digit = fm.horizontalAdvance(u'0');
    // Each column fits its (translated) title and the widest of its sample cells, in the
    // user's language: "unreadable" or a German title must not be cut short. (The list is not
    // sortable, so a title needs no room for a sort indicator.)
    const QFontMetrics headerFm(header->font());
    const auto fit = [&](int column, const QStringList& samples) {
        int width =
            headerFm.horizontalAdvance(m_blocks->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            width = std::max(width, fm.horizontalAdvance(sample));
        header->resizeSection(column, width + 14);
    };
    fit(BlockListModel::HeightColumn, {});
    fit(BlockListModel::TimeColumn, {u"2024-11-21 10:31:05"_s});
    fit(BlockListModel::KindColumn,
        {ViewerFormat::kind(BlockKind::Genesis), ViewerFormat::kind(BlockKind::Round),
         BlockListModel::tr("unreadable")});
    fit(BlockListModel::RoundColumn, {});
    header->resizeSection(BlockListModel::ModelColumn,
                          QFontMetrics(monospaceFont()).horizontalAdvance(u"0123456789abcdef…"_s) +
                              14);
    fit(BlockListModel::UpdatesColumn, {});
    fit(BlockListModel::AccuracyColumn, {});
    fit(BlockListModel::EnergyColumn, {u"123.45 mJ"_s});
    fit(BlockListModel::VerificationColumn,
        {ViewerFormat::stateCell(CheckState::Unknown), ViewerFormat::stateCell(CheckState::Valid),
         ViewerFormat::stateCell(CheckState::Invalid),
         ViewerFormat::stateCell(CheckState::Untrusted)});
    m_table->setItemDelegate(new VerdictDelegate(m_table));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LedgerExplorer::selectionChanged);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        Hash model;
        if (Hash::fromHex(index.data(BlockListModel::ModelHashRole).toString(), model))
            showLineage(model);
    });
    connect(m_table, &CopyTableView::contextMenuAboutToShow, this,
            [this](QMenu* menu, const QModelIndex& index) {
                const QString model = index.data(BlockListModel::ModelHashRole).toString();
                const QString block = index.data(BlockListModel::BlockHashRole).toString();
                if (model.isEmpty())
                    return;
                menu->addAction(tr("Copy &Block Hash"), this,
                                [block] { QApplication::clipboard()->setText(block); });
                menu->addAction(tr("Copy &Model Hash"), this,
                                [model] { QApplication::clipboard()->setText(model); });
                menu->addSeparator();
                menu->addAction(tr("&Trace Lineage"), this, [this, model] {
                    Hash h;
                    if (Hash::fromHex(model, h))
                        showLineage(h);
                });
            });
    connect(m_blocks, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->clear();
        updateStatusLine();
    });

    m_resultsPanel = new QWidget;
    auto* resultsLayout = new QVBoxLayout(m_resultsPanel);
    resultsLayout->setContentsMargins(0, 4, 0, 0);
    m_resultsLabel = new QLabel;
    m_resultsLabel->setWordWrap(true);
    auto* closeResults = new QToolButton;
    closeResults->setAutoRaise(true);
    closeResults->setIcon(QIcon::fromTheme(u"window-close"_s));
    if (closeResults->icon().isNull())
        closeResults->setText(tr("×"));
    closeResults->setToolTip(tr("Close the search results"));
    connect(closeResults, &QToolButton::clicked, m_resultsPanel, &QWidget::hide);
    auto* resultsTop = new QHBoxLayout;
    resultsTop->addWidget(m_resultsLabel, 1);
    resultsTop->addWidget(closeResults);
    m_resultsView = new CopyTableView(Qt::DisplayRole);
    m_resultsView->setObjectName(u"searchResults"_s);
    m_resultsView->setModel(m_results);
    m_resultsView->horizontalHeader()->resizeSection(SearchResultsModel::KindColumn, digit * 12);
    m_resultsView->horizontalHeader()->resizeSection(SearchResultsModel::HeightColumn, digit * 9);
    connect(m_resultsView, &QAbstractItemView::clicked, this,
            [this](const QModelIndex& index) { jumpTo(m_results->hit(index.row())); });
    resultsLayout->addLayout(resultsTop);
    resultsLayout->addWidget(m_resultsView);
    m_resultsPanel->hide();

    auto* left = new QSplitter(Qt::Vertical);
    left->addWidget(m_table);
    left->addWidget(m_resultsPanel);
    left->setStretchFactor(0, 4);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);

    m_detail = new BlockDetailView;
    m_lineage = new LineageView;
    m_side = new QTabWidget;
    m_side->setObjectName(u"ledgerTabs"_s);
    m_side->setDocumentMode(true);
    m_side->addTab(m_detail, tr("&Block"));
    m_side->addTab(m_lineage, tr("&Lineage"));
    connect(m_detail, &BlockDetailView::traceLineage, this, &LedgerExplorer::showLineage);
    connect(m_detail, &BlockDetailView::blockRequested, this, &LedgerExplorer::selectHeight);
    connect(m_lineage, &LineageView::blockActivated, this, &LedgerExplorer::selectHeight);

    m_split = new QSplitter(Qt::Horizontal);
    m_split->addWidget(left);
    m_split->addWidget(m_side);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);

    m_statusLine = new QLabel;
    m_statusLine->setObjectName(u"ledgerStatus"_s);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_statusLine->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::Disabled, QPalette::WindowText));
    m_statusLine->setPalette(muted);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(bar);
    layout->addWidget(m_banner);
    layout->addWidget(m_split, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(8, 0, 8, 0);
    statusRow->addWidget(m_statusLine);
    layout->addLayout(statusRow);
}

QTableView* LedgerExplorer::blockView() const {
    return m_table;
}

QString LedgerExplorer::runPath() const {
    return m_path;
}

const SearchResult& LedgerExplorer::lastSearch() const {
    return m_results->result();
}

QString LedgerExplorer::bannerText() const {
    return m_banner->isHidden() ? QString() : m_banner->text();
}

bool LedgerExplorer::openRun(const QString& path, QString* error) {
    closeRun();
    auto connection = LedgerConnection::open(path);
    if (!connection) {
        setBanner(tr("Cannot open the run file: %1").arg(connection.error()), CheckState::Invalid);
        if (error)
            *error = connection.error();
        return false;
    }
    m_connection = std::move(*connection);
    m_path = path;
    m_blocks->setConnection(m_connection.get());
    m_detail->setConnection(m_connection.get());
    m_lineage->setConnection(m_connection.get());
    for (QAction* a : {m_verifyAction, m_exportAction, m_printAction, m_findAction})
        a->setEnabled(true);
    m_search->setEnabled(true);
    QString why;
    if (m_blocks->rowCount() > 0) {
        blocksArrived(true, 0);
    } else if (!m_connection->hasBlocks(&why)) {
        setBanner(why + u' ' +
                      (m_follow->isChecked()
                           ? tr("Its blocks appear here as the run commits its rounds.")
                           : QString()),
                  CheckState::Unknown);
    } else if (!m_blocks->lastError().isEmpty()) {
        setBanner(m_blocks->lastError(), CheckState::Invalid);
    }
    updateStatusLine();
    m_poll.start();
    Q_EMIT runOpened(path);
    if (m_mode == Mode::Audit && m_blocks->rowCount() > 0)
        verify();
    return true;
}

void LedgerExplorer::closeRun() {
    m_poll.stop();
    m_verifyJob.cancel();
    m_searchJob.cancel();
    m_reportJob.cancel();
    m_verification.reset();
    m_blocks->setConnection(nullptr);
    m_detail->setConnection(nullptr);
    m_lineage->setConnection(nullptr);
    m_connection.reset();
    m_path.clear();
    m_results->clear();
    m_resultsPanel->hide();
    m_progressBox->hide();
    m_banner->hide();
    m_followHead = true;
    for (QAction* a : {m_verifyAction, m_cancelAction, m_exportAction, m_printAction})
        a->setEnabled(false);
    m_search->setEnabled(false);
    m_detail->clear(tr("No run file is open. The Ledger tab shows the run on the Run page; File "
                       "> Open for Audit opens any run file read-only."));
    updateStatusLine();
}

void LedgerExplorer::setFollowing(bool follow) {
    m_follow->setChecked(follow);
}

bool LedgerExplorer::isFollowing() const {
    return m_follow->isChecked();
}

void LedgerExplorer::setReplay(bool replay) {
    m_replay->setChecked(replay);
}

void LedgerExplorer::poll() {
    if (!m_follow->isChecked() || !m_connection || !isVisible())
        return;
    refresh();
}

void LedgerExplorer::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_sized) {
        // The list as wide as its columns (at most 56% of the page: every column of the list
        // fits at 1440 pixels), the rest to the detail.
        m_sized = true;
        const int columns = m_table->horizontalHeader()->length() +
                            m_table->verticalScrollBar()->sizeHint().width() +
                            2 * m_table->frameWidth();
        const int total = m_split->width();
        const int left = std::min(columns, total * 14 / 25);
        m_split->setSizes({left, total - left});
    }
    if (m_follow->isChecked())
        refresh();
}

int LedgerExplorer::refresh() {
    if (!m_connection)
        return 0;
    const bool wasEmpty = m_blocks->rowCount() == 0;
    const int added = m_blocks->refresh();
    if (added > 0)
        blocksArrived(wasEmpty, m_blocks->rowCount() - added);
    return added;
}

void LedgerExplorer::blocksArrived(bool first, int oldRows) {
    const int last = m_blocks->rowCount() - 1;
    if (last < 0)
        return;
    if (first) {
        // The genesis block names the members the lineage's node chooser lists.
        m_lineage->setConnection(m_connection.get());
        m_banner->hide();
        selectHeight(static_cast<std::uint64_t>(last));
        if (const auto head = m_blocks->head())
            m_lineage->showLineage(head->modelHash);
        m_followHead = true;
    } else {
        const auto selected = selectedHeight();
        const QScrollBar* scroll = m_table->verticalScrollBar();
        const bool atEnd = scroll->value() >= scroll->maximum() - 2 * m_table->rowHeight(0);
        // Someone watching the newest block keeps watching the newest block.
        if (selected && *selected + 1 == static_cast<std::uint64_t>(oldRows))
            selectHeight(static_cast<std::uint64_t>(last));
        else if (atEnd)
            m_table->scrollToBottom();
        if (m_followHead)
            if (const auto head = m_blocks->head())
                m_lineage->showLineage(head->modelHash);
        if (m_verification) {
            const std::uint64_t verified = m_verification->head ? m_verification->head->height : 0;
            const auto newer = static_cast<int>(static_cast<std::uint64_t>(last) - verified);
            setBanner(m_verification->headline() + u' ' +
                          tr("%n block(s) written since are not verified yet.", nullptr, newer),
                      m_verification->valid ? CheckState::Valid : CheckState::Invalid);
        }
    }
    updateStatusLine();
}

std::optional<std::uint64_t> LedgerExplorer::selectedHeight() const {
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return static_cast<std::uint64_t>(index.row());
}

void LedgerExplorer::selectHeight(std::uint64_t height) {
    if (height >= static_cast<std::uint64_t>(m_blocks->rowCount()))
        return;
    const QModelIndex index = m_blocks->index(static_cast<int>(height), 0);
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void LedgerExplorer::selectionChanged() {
    const auto height = selectedHeight();
    if (!height) {
        m_detail->clear();
        m_lineage->setSelectedHeight(std::nullopt);
        return;
    }
    m_detail->showBlock(*height, m_blocks->check(*height));
    m_lineage->setSelectedHeight(*height);
}

void LedgerExplorer::showLineage(const Hash& model) {
    const auto head = m_blocks->head();
    m_followHead = head && head->modelHash == model;
    m_lineage->showLineage(model);
    showLineageTab();
}

void LedgerExplorer::showBlockTab() {
    m_side->setCurrentWidget(m_detail);
}

void LedgerExplorer::showLineageTab() {
    m_side->setCurrentWidget(m_lineage);
}

std::optional<Hash> LedgerExplorer::chosenModel() const {
    if (const auto model = m_lineage->model())
        return model;
    if (const auto height = selectedHeight()) {
        const BlockSummary& s = m_blocks->summary(*height);
        if (s.readable)
            return s.modelHash;
    }
    if (const auto head = m_blocks->head())
        return head->modelHash;
    return std::nullopt;
}

bool LedgerExplorer::isBusy() const {
    return m_verifyJob.isRunning() || m_searchJob.isRunning() || m_reportJob.isRunning() ||
           m_lineage->isBusy();
}

void LedgerExplorer::updateBusy() {
    const bool busy = isBusy();
    m_cancelAction->setEnabled(m_verifyJob.isRunning() || m_reportJob.isRunning());
    m_verifyAction->setEnabled(m_connection && !m_verifyJob.isRunning());
    const bool reporting = m_reportJob.isRunning();
    m_exportAction->setEnabled(m_connection && !reporting);
    m_printAction->setEnabled(m_connection && !reporting);
    if (!m_verifyJob.isRunning() && !reporting)
        m_progressBox->hide();
    if (busy != m_wasBusy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged(busy);
    }
}

// --- verification ------------------------------------------------------------------------

void LedgerExplorer::verify() {
    if (m_path.isEmpty())
        return;
    const bool replay = m_replay->isChecked();
    m_verifyJob.cancel();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Verifying %p%"));
    showProgressText(m_progress, m_progressText);
    m_verifyStartRows = m_blocks->rowCount();
    m_progressBox->show();
    setBanner(replay ? tr("Verifying the chain, replaying the rounds whose updates are stored…")
                     : tr("Verifying the chain…"),
              CheckState::Unknown);
    m_verifyJob.setFuture(runLedgerJob<VerificationResult>(
        m_path, [replay](LedgerConnection& c, QPromise<VerificationResult>& promise) {
            std::atomic<bool> stop{false};
            VerifyOptions options;
            options.replay = replay;
            options.cancel = &stop;
            options.progress = [&](std::uint64_t done, std::uint64_t total) {
                promise.setProgressRange(0,
                                         static_cast<int>(std::min<std::uint64_t>(total, INT_MAX)));
                promise.setProgressValue(static_cast<int>(std::min<std::uint64_t>(done, INT_MAX)));
                if (promise.isCanceled())
                    stop = true;
            };
            return VerificationResult::fromReport(c.ledger().verify(options), replay);
        }));
    updateBusy();
}

void LedgerExplorer::cancelVerification() {
    m_verifyJob.cancel();
}

void LedgerExplorer::verifyFinished() {
    updateBusy();
    if (m_verifyJob.future().isCanceled() || m_verifyJob.future().resultCount() == 0) {
        setBanner(tr("Verification was cancelled; nothing has been checked."), CheckState::Unknown);
        Q_EMIT statusMessage(tr("Verification cancelled"));
        return;
    }
    auto result = std::make_shared<const VerificationResult>(m_verifyJob.result());
    m_verification = result;
    m_blocks->setVerification(result);
    m_lineage->setVerification(result);
    QString text = result->headline();
    if (const QString replay = result->replayText(); result->valid && !replay.isEmpty())
        text += u' ' + replay;
    if (m_blocks->rowCount() > m_verifyStartRows)
        // The verifier reads the chain and the run's tables with separate queries, so a round
        // committed meanwhile can show up in one and not the other.
        text += u' ' + tr("The run committed new blocks while it was being verified: verify "
                          "again once it has finished for a result that covers them.");
    if (!result->error.isEmpty() || result->cancelled)
        setBanner(text, CheckState::Unknown);
    else
        setBanner(text, result->valid ? CheckState::Valid : CheckState::Invalid);
    if (result->firstBadHeight &&
        *result->firstBadHeight < static_cast<std::uint64_t>(m_blocks->rowCount())) {
        // The auditor's next question is "what is wrong with it": show that block.
        selectHeight(*result->firstBadHeight);
        showBlockTab();
    } else if (const auto height = selectedHeight()) {
        m_detail->setCheck(m_blocks->check(*height));
    }
    Q_EMIT statusMessage(result->valid ? tr("Ledger verified: valid")
                                       : tr("Ledger verified: INVALID"));
    Q_EMIT verificationFinished(result->valid);
}

// --- search --------------------------------------------------------------------------------

void LedgerExplorer::search(const QString& text) {
    if (m_path.isEmpty() || text.trimmed().isEmpty())
        return;
    m_search->setText(text);
    const LedgerSearch::Query q = LedgerSearch::parse(text);
    if (!q.error.isEmpty()) {
        m_results->setResult(SearchResult::failed(q.error));
        m_resultsLabel->setText(q.error);
        m_resultsPanel->show();
        Q_EMIT searchFinished(0);
        return;
    }
    m_resultsLabel->setText(tr("Searching for “%1”…").arg(text));
    m_searchJob.cancel();
    m_searchJob.setFuture(runLedgerJob<SearchResult>(
        m_path, [text](LedgerConnection& c, QPromise<SearchResult>& promise) {
            return LedgerSearch::run(c, text, [&promise] { return promise.isCanceled(); });
        }));
    updateBusy();
}

void LedgerExplorer::searchDone() {
    updateBusy();
    if (m_searchJob.future().resultCount() == 0)
        return;
    SearchResult result = m_searchJob.result();
    const QLocale locale;
    QString label;
    if (!result.error.isEmpty())
        label = result.error;
    else if (result.hits.empty())
        label = tr("Nothing in this ledger matches “%1”.").arg(result.query);
    else
        label = tr("%1 match(es) for “%2”%3 — click one to go to its block.")
                    .arg(locale.toString(static_cast<qulonglong>(result.hits.size())), result.query,
                         result.truncated ? tr(" (the first %1)").arg(LedgerSearch::kMaxHits)
                                          : QString());
    m_results->setResult(std::move(result));
    m_resultsLabel->setText(label);
    const SearchResult& r = m_results->result();
    m_resultsPanel->setVisible(r.hits.size() != 1 || !r.error.isEmpty());
    if (!r.hits.empty()) {
        m_resultsView->setCurrentIndex(m_results->index(0, 0));
        jumpTo(r.hits.front());
    }
    Q_EMIT statusMessage(label);
    Q_EMIT searchFinished(static_cast<int>(r.hits.size()));
}

void LedgerExplorer::jumpTo(const SearchHit& hit) {
    selectHeight(hit.height);
    if (hit.kind == SearchHit::Kind::Node && hit.node) {
        // A node's answer is the models it contributed to: the lineage's node panel.
        if (!m_lineage->model())
            if (const auto head = m_blocks->head())
                m_lineage->showLineage(head->modelHash);
        m_lineage->selectNode(*hit.node);
        showLineageTab();
        return;
    }
    showBlockTab();
}

// --- the audit report ----------------------------------------------------------------------

void LedgerExplorer::exportReport(const QString& htmlPath, const QString& pdfPath,
                                  std::optional<Hash> model) {
    if (m_path.isEmpty())
        return;
    if (!model)
        model = chosenModel();
    if (!model) {
        Q_EMIT reportFinished(false, tr("The ledger has no model to report on yet."));
        return;
    }
    ReportRequest request;
    request.model = *model;
    request.htmlPath = htmlPath;
    request.pdfPath = pdfPath;
    // A verification of the whole current chain is reused; otherwise the report verifies.
    const auto head = m_blocks->head();
    if (m_verification && m_verification->error.isEmpty() && !m_verification->cancelled &&
        m_verification->head && head && m_verification->head->hash == head->hash)
        request.verification = m_verification;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Report %p%"));
    showProgressText(m_progress, m_progressText);
    m_progressBox->show();
    m_reportJob.cancel();
    m_reportJob.setFuture(runLedgerJob<ReportOutcome>(
        m_path, [request](LedgerConnection& c, QPromise<ReportOutcome>& promise) {
            return AuditReport::make(
                c, request,
                [&promise](int done, int total) {
                    promise.setProgressRange(0, total);
                    promise.setProgressValue(done);
                },
                [&promise] { return promise.isCanceled(); });
        }));
    updateBusy();
}

void LedgerExplorer::reportDone() {
    updateBusy();
    if (m_reportJob.future().isCanceled() || m_reportJob.future().resultCount() == 0) {
        m_lastReport = ReportOutcome::failed(tr("The report was cancelled."));
        Q_EMIT reportFinished(false, m_lastReport.error);
        return;
    }
    m_lastReport = m_reportJob.result();
    const bool ok = m_lastReport.error.isEmpty() && !m_lastReport.cancelled;
    const QString message = ok ? tr("Audit report written") : m_lastReport.error;
    Q_EMIT statusMessage(message);
    Q_EMIT reportFinished(ok, message);
}

void LedgerExplorer::exportDialog() {
    const auto model = chosenModel();
    if (!model)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    const QString suggested =
        QDir(dir).filePath(u"audit-%1.html"_s.arg(model->toHex().left(kShortHexDigits)));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Audit Report for Model %1").arg(ViewerFormat::shortHex(*model)), suggested,
        tr("HTML report (*.html);;PDF report (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    const bool pdf = path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ||
                     (selected.contains(u"*.pdf"_s) && !path.endsWith(u".html"_s));
    QString target = path;
    if (pdf && !target.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        target += u".pdf"_s;
    if (!pdf && !target.endsWith(u".html"_s, Qt::CaseInsensitive) &&
        !target.endsWith(u".htm"_s, Qt::CaseInsensitive))
        target += u".html"_s;
    exportReport(pdf ? QString() : target, pdf ? target : QString(), model);
}

void LedgerExplorer::printDialog() {
    const auto model = chosenModel();
    if (!model || m_path.isEmpty())
        return;
    // The printer is handed to the job, which lays the report out on it off the GUI thread
    // (painting on a QPrinter from another thread is allowed); nothing here touches it after.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(tr("Audit report %1").arg(ViewerFormat::shortHex(*model)));
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(
        tr("Print Audit Report for Model %1").arg(ViewerFormat::shortHex(*model)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportRequest request;
    request.model = *model;
    request.verification = m_verification;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Printing"));
    showProgressText(m_progress, m_progressText);
    m_progressBox->show();
    m_reportJob.cancel();
    m_reportJob.setFuture(runLedgerJob<ReportOutcome>(
        m_path, [request, printer](LedgerConnection& c, QPromise<ReportOutcome>& promise) {
            ReportOutcome out =
                AuditReport::make(c, request, {}, [&promise] { return promise.isCanceled(); });
            if (out.error.isEmpty() && !out.cancelled)
                AuditReport::print(out.html, printer.get());
            return out;
        }));
    updateBusy();
}

// --- banner and status -----------------------------------------------------------------------

void LedgerExplorer::setBanner(const QString& text, CheckState state) {
    const QPalette base = palette();
    QPalette p = m_banner->palette();
    QColor background = stateTint(state, base);
    if (state == CheckState::Valid) {
        background = stateColor(CheckState::Valid, base);
        background.setAlpha(40);
    }
    if (!background.isValid())
        background = base.color(QPalette::AlternateBase);
    else
        background.setAlpha(std::min(255, background.alpha() + 50));
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, state == CheckState::Unknown ? base.color(QPalette::WindowText)
                                                                  : stateColor(state, base));
    m_banner->setPalette(p);
    QFont f = m_banner->font();
    f.setBold(state == CheckState::Invalid || state == CheckState::Valid);
    m_banner->setFont(f);
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void LedgerExplorer::updateStatusLine() {
    if (!m_connection) {
        m_statusLine->setText(tr("No run file open"));
        return;
    }
    QString text =
        tr("%1 · %n block(s)", nullptr, m_blocks->rowCount()).arg(QFileInfo(m_path).fileName());
    m_statusLine->setToolTip(QDir::toNativeSeparators(QFileInfo(m_path).absoluteFilePath()));
    if (const auto head = m_blocks->head())
        text += u" · "_s + tr("head %1").arg(ViewerFormat::shortHex(head->hash));
    text += u" · "_s + tr("opened read-only: this viewer never writes to the file");
    m_statusLine->setText(text);
}

} // namespace fed::viewer
