#include "ui/run/RunPage.h"

#include "engine/net/NetworkedRun.h"
#include "ui/run/ChartPanel.h"
#include "ui/run/ClientsFilterModel.h"
#include "ui/run/ClientsModel.h"
#include "ui/run/Dashboard.h"
#include "ui/run/FederationController.h"
#include "ui/run/IncidentsModel.h"
#include "ui/run/LaunchModel.h"
#include "ui/run/LaunchPanel.h"
#include "ui/run/MetricsCsv.h"
#include "ui/run/ParticipationDelegate.h"
#include "ui/run/RoundsModel.h"
#include "ui/run/RunFormat.h"
#include "ui/run/RunSnapshot.h"

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

//! The state filter's item for "Byzantine clients only" (the others hold a State, or -1).
constexpr int kByzantineFilter = -2;

//! Settings: run file -> the kit folder its last networked Resume used ("" : ask next time).
constexpr auto kResumeKitsKey = "run/resumeKits";

void rememberResumeKit(const QString& runPath, const QString& kitDir) {
    QSettings settings;
    QVariantMap kits = settings.value(QLatin1String(kResumeKitsKey)).toMap();
    // Run files deleted since are forgotten, so the list does not grow with every run ever made.
    for (auto it = kits.begin(); it != kits.end();)
        it = QFileInfo::exists(it.key()) ? std::next(it) : kits.erase(it);
    kits.insert(runPath, kitDir);
    settings.setValue(QLatin1String(kResumeKitsKey), kits);
}

//! The row whose State text is the widest: the state column is sized for it.
ClientsModel::Row widestState() {
    ClientsModel::Row row;
    row.state = ClientsModel::State::Rejected;
    row.byzantine = u"sign-flip"_s;
    return row;
}

//! "Synthetic(1,1) · quick" -> "synthetic-1-1-quick": a file-name-safe form of a spec's name.
QString slug(const QString& name) {
    QString s = name.toLower();
    s.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    s = s.left(40);
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    while (s.endsWith(u'-'))
        s.chop(1);
    return s.isEmpty() ? u"run"_s : s;
}

QIcon themedIcon(const QString& name, QStyle::StandardPixmap fallback, const QWidget* widget) {
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}

//! A small rounded figure with a caption, for the row of key numbers above the charts.
class KpiTile : public QFrame {
public:
    KpiTile(const QString& caption, QWidget* parent)
        : QFrame(parent)
        , m_value(new QLabel(u"—"_s))
        , m_detail(new QLabel) {
        setObjectName(u"kpiTile"_s);
        setStyleSheet(u"#kpiTile { background: palette(base); border: 1px solid palette(mid);"
                      " border-radius: 6px; }"_s);
        auto* captionLabel = new QLabel(caption);
        captionLabel->setForegroundRole(QPalette::PlaceholderText);
        QFont small = captionLabel->font();
        small.setPointSizeF(small.pointSizeF() - 0.5);
        captionLabel->setFont(small);
        QFont big = m_value->font();
        big.setPointSizeF(big.pointSizeF() + 5.0);
        big.setBold(true);
        m_value->setFont(big);
        m_detail->setFont(small);
        m_detail->setForegroundRole(QPalette::PlaceholderText);
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(12, 6, 12, 6);
        layout->setSpacing(0);
        layout->addWidget(captionLabel);
        layout->addWidget(m_value);
        layout->addWidget(m_detail);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    void set(const QString& value, const QString& detail) {
        m_value->setText(value);
        m_detail->setText(detail);
    }
    QString value() const { return m_value->text(); }

private:
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace

struct RunPage::Private {
    Q_DECLARE_TR_FUNCTIONS(fed::ui::RunPage)

public:
    RunPage* q;
    FederationController* controller = nullptr;
    ClientsModel* clients = nullptr;
    ClientsFilterModel* clientsProxy = nullptr;
    RoundsModel* rounds = nullptr;
    IncidentsModel* incidents = nullptr;
    LaunchModel* nodes = nullptr; //!< a networked federation's node processes
    //! The header's launch text for a networked run (empty: in-process).
    QString networkText;
    Dashboard* dashboard = nullptr;

    QAction* start = nullptr;
    QAction* pause = nullptr;
    QAction* stop = nullptr;
    QAction* resume = nullptr;

    QLabel* title = nullptr;
    QLabel* badge = nullptr;
    QLabel* launch = nullptr;
    QLabel* file = nullptr;
    QFrame* errorBanner = nullptr;
    QLabel* errorText = nullptr;
    QLabel* roundLabel = nullptr;
    QProgressBar* roundBar = nullptr;
    QLabel* overallLabel = nullptr;
    QProgressBar* overallBar = nullptr;
    //! The bars' figures, beside them rather than on them: text drawn over a bar is cut in two
    //! colours where the fill ends, and half a digit under the fill reads as another digit.
    QLabel* roundText = nullptr;
    QLabel* overallText = nullptr;
    KpiTile* accuracyTile = nullptr;
    KpiTile* lossTile = nullptr;
    KpiTile* energyTile = nullptr;
    KpiTile* incidentsTile = nullptr;
    QPlainTextEdit* log = nullptr;
    QTabWidget* tabs = nullptr;
    QWidget* launchPanel = nullptr;
    //! The user chose a tab since the last Start or Resume: the run leaves their choice alone.
    bool userPickedTab = false;
    bool raisingTab = false;  //!< the page itself is changing the tab
    int tabBeforeLaunch = -1; //!< where the Launch tab was raised from, to go back for in-process
    QLineEdit* filter = nullptr;
    QComboBox* stateFilter = nullptr;
    QCheckBox* clientCurves = nullptr;
    QFileSystemModel* history = nullptr;
    QTreeView* historyView = nullptr;

    FederationSpec spec;
    QString specPath;
    bool haveSpec = false;
    bool specValid = false;
    QString runsDirectory;

    // The run on display (live, or loaded from its file).
    QString shownPath;
    QString shownName;
    std::optional<RunStatus> shownStatus;
    //! The run on display is networked (launch.mode local or ssh), with its spec's kit folder.
    bool shownNetworked = false;
    QString shownKitDir;
    //! The kit folder the last networked Resume of shownPath used (empty: none yet).
    QString resumeKitDir;
    bool resumingNetworked = false; //!< until the resumed run starts or fails
    int roundsPlanned = 0;
    int clientCount = 0;
    int workers = 0;
    int currentRound = 0;
    int roundSelected = 0;
    int roundDone = 0;
    double bestAccuracy = -1.0;
    int bestRound = 0;
    bool wasRunning = false;

    //! Progress bars and figures follow the run at most this often: QProgressBar repaints
    //! synchronously on every change, which per update of a fast run would stall the page.
    QTimer* refreshTimer = nullptr;

    QFutureWatcher<LoadedRun>* loadWatcher = nullptr;
    bool loading = false;
    QFutureWatcher<Status>* exportWatcher = nullptr;

    explicit Private(RunPage* page)
        : q(page) {}

    void buildActions();
    QWidget* buildHeader();
    QWidget* buildDashboard();
    QWidget* buildTabs();
    void connectController();

    void updateActions();
    void updateHeader();
    void updateProgress();
    void updateKpis();
    void scheduleRefresh();
    void setBadge(const QString& text, const QColor& color);
    void showError(const QString& message);
    void appendLog(const QString& line);
    void status(const QString& message);

    void clearDisplay(const QString& path, const QString& name, int planned, int clientsN,
                      int workersN);
    bool resumable() const;
    QString newRunPath() const;

    void onRunStarted(const RunStartedEvent& e);
    void onRoundStarted(int round, const QList<int>& selected);
    void onClientFinished(const ClientRoundRecord& r);
    void onRoundFinished(const RoundRecord& r);
    void onFinished(const RunSummary& s);
    void onFailed(const QString& message);
    void onLoaded();

    void startRun();
    void resumeRun();
    //! The kit folder to resume the networked run on display with: the one remembered for it,
    //! else its spec's, else the user's choice. Empty: the user cancelled.
    QString kitForResume();
    //! Shows a tab for the run unless the user has picked one since it started.
    void raiseTab(int index);
    void exportMetrics(bool perClient);
    void exportAllCharts();
};

// ---------------------------------------------------------------------------------------------
// Construction

void RunPage::Private::buildActions() {
    start = new QAction(themedIcon(u"media-playback-start"_s, QStyle::SP_MediaPlay, q),
                        tr("&Start"), q);
    start->setObjectName(u"startAction"_s);
    start->setToolTip(tr("Start the federation in a new run file"));
    pause = new QAction(themedIcon(u"media-playback-pause"_s, QStyle::SP_MediaPause, q),
                        tr("&Pause"), q);
    pause->setObjectName(u"pauseAction"_s);
    pause->setToolTip(tr("Pause after the round in progress; Resume continues at once"));
    stop =
        new QAction(themedIcon(u"media-playback-stop"_s, QStyle::SP_MediaStop, q), tr("S&top"), q);
    stop->setObjectName(u"stopAction"_s);
    stop->setToolTip(tr("Stop after the round in progress; the run file keeps every round"));
    resume = new QAction(themedIcon(u"media-seek-forward"_s, QStyle::SP_MediaSeekForward, q),
                         tr("&Resume"), q);
    resume->setObjectName(u"resumeAction"_s);
    resume->setToolTip(tr("Continue the paused or stopped run to its last round"));

    connect(start, &QAction::triggered, q, [this] { startRun(); });
    connect(pause, &QAction::triggered, q, [this] {
        controller->pause();
        appendLog(tr("Pausing after round %1 completes…").arg(currentRound));
        status(tr("Pausing after the round in progress…"));
    });
    connect(stop, &QAction::triggered, q, [this] {
        const bool paused = controller->state() == FederationController::State::Paused;
        controller->stop();
        if (paused) {
            appendLog(tr("Stopped; the paused federation was released."));
        } else {
            appendLog(tr("Stopping after round %1 completes…").arg(currentRound));
            status(tr("Stopping after the round in progress…"));
        }
    });
    connect(resume, &QAction::triggered, q, [this] { resumeRun(); });
}

QWidget* RunPage::Private::buildHeader() {
    auto* header = new QWidget;
    auto* v = new QVBoxLayout(header);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);

    auto* top = new QHBoxLayout;
    title = new QLabel(tr("No run yet"));
    title->setObjectName(u"runTitle"_s);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() + 4.0);
    f.setBold(true);
    title->setFont(f);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    badge = new QLabel;
    badge->setObjectName(u"runStateBadge"_s);
    badge->setVisible(false);
    launch = new QLabel;
    launch->setObjectName(u"launchLabel"_s);
    launch->setForegroundRole(QPalette::PlaceholderText);
    top->addWidget(title);
    top->addSpacing(8);
    top->addWidget(badge);
    top->addStretch(1);
    top->addWidget(launch);
    v->addLayout(top);

    file = new QLabel(tr("Design a federation and press Start, or open a run file."));
    file->setObjectName(u"runFileLabel"_s);
    file->setForegroundRole(QPalette::PlaceholderText);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(file);

    errorBanner = new QFrame;
    errorBanner->setObjectName(u"errorBanner"_s);
    errorBanner->setStyleSheet(
        u"#errorBanner { background: rgba(220, 38, 38, 30);"
        " border: 1px solid rgba(220, 38, 38, 140); border-radius: 6px; }"_s);
    auto* eb = new QHBoxLayout(errorBanner);
    eb->setContentsMargins(10, 6, 6, 6);
    auto* icon = new QLabel;
    icon->setPixmap(q->style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(20, 20));
    errorText = new QLabel;
    errorText->setObjectName(u"errorText"_s);
    errorText->setWordWrap(true);
    errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton;
    close->setAutoRaise(true);
    close->setIcon(q->style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, errorBanner, &QWidget::hide);
    eb->addWidget(icon, 0, Qt::AlignTop);
    eb->addWidget(errorText, 1);
    eb->addWidget(close, 0, Qt::AlignTop);
    errorBanner->setVisible(false);
    v->addWidget(errorBanner);

    auto* figures = new QHBoxLayout;
    figures->setSpacing(8);
    auto* progress = new QFrame;
    progress->setObjectName(u"kpiTile"_s);
    // The bars get their own track: the tile is painted in `base`, which is also what the
    // style fills a progress bar's groove with, so in the dark theme the track vanished.
    progress->setStyleSheet(
        u"#kpiTile { background: palette(base); border: 1px solid palette(mid);"
        " border-radius: 6px; }"
        " #kpiTile QProgressBar { background: palette(window); border: 1px solid palette(midlight);"
        " border-radius: 3px; }"
        " #kpiTile QProgressBar::chunk { background: palette(highlight); border-radius: 2px; }"_s);
    auto* pg = new QGridLayout(progress);
    pg->setContentsMargins(12, 8, 12, 8);
    pg->setHorizontalSpacing(10);
    pg->setVerticalSpacing(4);
    roundLabel = new QLabel(tr("Round"));
    roundLabel->setObjectName(u"roundLabel"_s);
    roundBar = new QProgressBar;
    roundBar->setObjectName(u"roundProgress"_s);
    roundBar->setRange(0, 1);
    roundBar->setValue(0);
    overallLabel = new QLabel(tr("Overall"));
    overallLabel->setObjectName(u"overallLabel"_s);
    overallBar = new QProgressBar;
    overallBar->setObjectName(u"overallProgress"_s);
    overallBar->setRange(0, 1);
    overallBar->setValue(0);
    roundText = new QLabel;
    roundText->setObjectName(u"roundProgressText"_s);
    overallText = new QLabel;
    overallText->setObjectName(u"overallProgressText"_s);
    for (QProgressBar* bar : {roundBar, overallBar}) {
        bar->setTextVisible(false);
        bar->setMinimumWidth(120);
        bar->setMaximumHeight(12);
    }
    for (QLabel* text : {roundText, overallText}) {
        text->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Wide enough for "100 of 100 updates", so the bar does not jump as figures change.
        text->setMinimumWidth(
            text->fontMetrics().horizontalAdvance(tr("%1 of %2 updates").arg(1000).arg(1000)));
    }
    pg->addWidget(roundLabel, 0, 0);
    pg->addWidget(roundBar, 0, 1);
    pg->addWidget(roundText, 0, 2);
    pg->addWidget(overallLabel, 1, 0);
    pg->addWidget(overallBar, 1, 1);
    pg->addWidget(overallText, 1, 2);
    pg->setColumnStretch(1, 1);
    progress->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    figures->addWidget(progress, 3);

    accuracyTile = new KpiTile(tr("Test accuracy"), header);
    lossTile = new KpiTile(tr("Test loss"), header);
    energyTile = new KpiTile(tr("Energy (modelled)"), header);
    incidentsTile = new KpiTile(tr("Incidents"), header);
    for (KpiTile* t : {accuracyTile, lossTile, energyTile, incidentsTile})
        figures->addWidget(t, 2);
    v->addLayout(figures);
    return header;
}

QWidget* RunPage::Private::buildDashboard() {
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);

    auto* bar = new QHBoxLayout;
    clientCurves = new QCheckBox(tr("Per-client curves"));
    clientCurves->setObjectName(u"clientCurvesToggle"_s);
    clientCurves->setToolTip(
        tr("Training loss of the first %1 clients, round by round").arg(Dashboard::kClientCurves));
    auto* exportButton = new QToolButton;
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setText(tr("Export"));
    exportButton->setIcon(themedIcon(u"document-save-as"_s, QStyle::SP_DialogSaveButton, q));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    for (ChartPanel* panel : dashboard->panels()) {
        QMenu* sub = menu->addMenu(panel->chart()->title());
        for (const QString& suffix : {u"png"_s, u"svg"_s}) {
            sub->addAction(tr("Save as %1…").arg(suffix.toUpper()), q, [this, panel, suffix] {
                const QString dir =
                    QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
                QString path = QFileDialog::getSaveFileName(
                    q, tr("Save Chart"), QDir(dir).filePath(panel->fileStem() + u'.' + suffix),
                    suffix == u"svg"_s ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
                if (path.isEmpty())
                    return;
                QString error;
                if (panel->exportTo(path, &error))
                    status(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
                else
                    showError(error);
            });
        }
    }
    menu->addAction(tr("Save All Charts…"), q, [this] { exportAllCharts(); });
    menu->addSeparator();
    menu->addAction(tr("Round Metrics as CSV…"), q, [this] { exportMetrics(false); });
    menu->addAction(tr("Client Metrics as CSV…"), q, [this] { exportMetrics(true); });
    exportButton->setMenu(menu);
    connect(clientCurves, &QCheckBox::toggled, dashboard, &Dashboard::setClientCurvesVisible);

    bar->addWidget(clientCurves);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    v->addLayout(bar);
    v->addWidget(dashboard, 1);
    return box;
}

QWidget* RunPage::Private::buildTabs() {
    tabs = new QTabWidget;
    tabs->setObjectName(u"runTabs"_s);
    tabs->setDocumentMode(true);

    // Clients: free-text and state filters over a sortable table.
    auto* clientsPage = new QWidget;
    auto* cv = new QVBoxLayout(clientsPage);
    cv->setContentsMargins(0, 6, 0, 0);
    auto* filters = new QHBoxLayout;
    filter = new QLineEdit;
    filter->setObjectName(u"clientFilter"_s);
    filter->setPlaceholderText(tr("Filter by node or device"));
    filter->setClearButtonEnabled(true);
    stateFilter = new QComboBox;
    stateFilter->setObjectName(u"stateFilter"_s);
    stateFilter->addItem(tr("All states"), -1);
    for (auto s :
         {ClientsModel::State::Idle, ClientsModel::State::Training, ClientsModel::State::Done,
          ClientsModel::State::Rejected, ClientsModel::State::Dropped})
        stateFilter->addItem(ClientsModel::stateName(s), static_cast<int>(s));
    stateFilter->addItem(tr("Byzantine"), kByzantineFilter);
    stateFilter->setItemData(stateFilter->count() - 1,
                             tr("Only the clients the spec makes adversaries"), Qt::ToolTipRole);
    filters->addWidget(filter, 1);
    filters->addWidget(stateFilter);
    cv->addLayout(filters);
    auto* clientsView = new QTableView;
    clientsView->setObjectName(u"clientsView"_s);
    clientsView->setModel(clientsProxy);
    clientsView->setSortingEnabled(true);
    clientsView->sortByColumn(ClientsModel::NodeColumn, Qt::AscendingOrder);
    clientsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    clientsView->setAlternatingRowColors(true);
    clientsView->verticalHeader()->hide();
    clientsView->verticalHeader()->setDefaultSectionSize(clientsView->fontMetrics().height() + 8);
    clientsView->setItemDelegateForColumn(
        ClientsModel::ParticipationColumn,
        new ParticipationDelegate(ClientsModel::FractionRole, clientsView));
    // The node column takes the spare width: numbers stay next to their headers.
    clientsView->horizontalHeader()->setStretchLastSection(false);
    clientsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    clientsView->horizontalHeader()->setSectionResizeMode(ClientsModel::NodeColumn,
                                                          QHeaderView::Stretch);
    const QFontMetrics fm = clientsView->fontMetrics();
    clientsView->setColumnWidth(ClientsModel::DeviceColumn,
                                fm.horizontalAdvance(u"raspberry-pi-4"_s) + 24);
    clientsView->setColumnWidth(ClientsModel::StateColumn,
                                fm.horizontalAdvance(ClientsModel::stateText(widestState())) + 24);
    clientsView->setColumnWidth(ClientsModel::ParticipationColumn,
                                fm.horizontalAdvance(u"000 of 000"_s) + 96);
    clientsView->setColumnWidth(ClientsModel::SamplesColumn,
                                fm.horizontalAdvance(u"00,000"_s) + 32);
    clientsView->setColumnWidth(ClientsModel::LastLossColumn,
                                fm.horizontalAdvance(u"Last loss"_s) + 32);
    clientsView->setColumnWidth(ClientsModel::EnergyColumn,
                                fm.horizontalAdvance(u"000.0 mJ"_s) + 48);
    // No column narrower than its (translated) title and the header's sort indicator: the
    // contribution columns and most titles in German are wider than their figures.
    const QFontMetrics headerFm = clientsView->horizontalHeader()->fontMetrics();
    for (int column = ClientsModel::DeviceColumn; column < ClientsModel::ColumnCount; ++column)
        clientsView->setColumnWidth(
            column, std::max(clientsView->columnWidth(column),
                             headerFm.horizontalAdvance(
                                 clientsProxy->headerData(column, Qt::Horizontal).toString()) +
                                 32));
    cv->addWidget(clientsView, 1);
    connect(filter, &QLineEdit::textChanged, clientsProxy, [this](const QString& text) {
        clientsProxy->setFilterRegularExpression(QRegularExpression(
            QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption));
    });
    connect(stateFilter, &QComboBox::currentIndexChanged, clientsProxy, [this](int i) {
        const int s = stateFilter->itemData(i).toInt();
        clientsProxy->setByzantineOnly(s == kByzantineFilter);
        clientsProxy->setStateFilter(s < 0 ? std::nullopt
                                           : std::optional(static_cast<ClientsModel::State>(s)));
    });
    tabs->addTab(clientsPage, tr("Clients"));

    auto* roundsView = new QTableView;
    roundsView->setObjectName(u"roundsView"_s);
    roundsView->setModel(rounds);
    roundsView->verticalHeader()->hide();
    roundsView->setAlternatingRowColors(true);
    roundsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    roundsView->verticalHeader()->setDefaultSectionSize(roundsView->fontMetrics().height() + 8);
    roundsView->horizontalHeader()->setStretchLastSection(true);
    tabs->addTab(roundsView, tr("Rounds"));

    auto* incidentsView = new QTableView;
    incidentsView->setObjectName(u"incidentsView"_s);
    incidentsView->setModel(incidents);
    incidentsView->verticalHeader()->hide();
    incidentsView->setAlternatingRowColors(true);
    incidentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    incidentsView->horizontalHeader()->setStretchLastSection(true);
    incidentsView->setWordWrap(false);
    tabs->addTab(incidentsView, tr("Incidents"));

    log = new QPlainTextEdit;
    log->setObjectName(u"runLog"_s);
    log->setReadOnly(true);
    // A long run logs a line per round; the oldest lines go first.
    log->setMaximumBlockCount(10000);
    tabs->addTab(log, tr("Log"));

    launchPanel = new LaunchPanel(nodes);
    launchPanel->setObjectName(u"launchPanel"_s);
    tabs->addTab(launchPanel, tr("Launch"));
    tabs->setTabToolTip(tabs->indexOf(launchPanel),
                        tr("The fednode processes of a networked federation (launch mode local "
                           "or ssh): their state, connection and logs"));

    auto* historyPage = new QWidget;
    auto* hv = new QVBoxLayout(historyPage);
    hv->setContentsMargins(0, 6, 0, 0);
    auto* hint = new QLabel(tr("Run files in the runs folder. Double-click one to see it as it "
                               "was; a stopped run can then be resumed."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    hv->addWidget(hint);
    history = new QFileSystemModel(q);
    history->setNameFilters({u"*.fedrun"_s});
    history->setNameFilterDisables(false);
    history->setFilter(QDir::Files);
    historyView = new QTreeView;
    historyView->setObjectName(u"historyView"_s);
    historyView->setModel(history);
    historyView->setRootIsDecorated(false);
    historyView->setSortingEnabled(true);
    historyView->sortByColumn(3, Qt::DescendingOrder); // newest first
    historyView->setColumnHidden(2, true);             // "Kind" says nothing here
    historyView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(historyView, &QTreeView::activated, q, [this](const QModelIndex& index) {
        QString error;
        if (!q->openRun(history->filePath(index), &error))
            showError(error);
    });
    hv->addWidget(historyView, 1);
    tabs->addTab(historyPage, tr("History"));
    connect(tabs, &QTabWidget::currentChanged, q, [this] {
        if (!raisingTab)
            userPickedTab = true;
    });
    return tabs;
}

void RunPage::Private::connectController() {
    connect(controller, &FederationController::runStarted, q,
            [this](const RunStartedEvent& e) { onRunStarted(e); });
    connect(controller, &FederationController::roundStarted, q,
            [this](int round, const QList<int>& selected) { onRoundStarted(round, selected); });
    connect(controller, &FederationController::clientFinished, q,
            [this](const ClientRoundRecord& r) { onClientFinished(r); });
    connect(controller, &FederationController::roundFinished, q,
            [this](const RoundRecord& r) { onRoundFinished(r); });
    connect(controller, &FederationController::contributionsScored, q,
            [this](int, const std::vector<ContributionRecord>& rows) {
                clients->contributionsScored(rows);
            });
    connect(controller, &FederationController::finished, q,
            [this](const RunSummary& s) { onFinished(s); });
    connect(controller, &FederationController::failed, q,
            [this](const QString& message) { onFailed(message); });
    connect(controller, &FederationController::stateChanged, q, [this] {
        updateActions();
        updateHeader();
    });
    connect(controller, &FederationController::nodesPlanned, q,
            [this](const std::vector<net::NodePlan>& plans) {
                nodes->setNodes(plans);
                const bool ssh =
                    !plans.empty() && plans.front().target.kind == launch::LaunchTarget::Kind::Ssh;
                networkText = ssh ? tr("SSH hosts · Nodes: %1").arg(plans.size())
                                  : tr("Local fednode processes · Nodes: %1").arg(plans.size());
                appendLog(tr("Launching %1 nodes; their state and logs are on the Launch tab.")
                              .arg(plans.size()));
                if (tabs->currentWidget() != launchPanel && !userPickedTab)
                    tabBeforeLaunch = tabs->currentIndex();
                raiseTab(tabs->indexOf(launchPanel));
                updateHeader();
            });
    connect(controller, &FederationController::nodeEvent, nodes, &LaunchModel::applyNodeEvent);
    connect(controller, &FederationController::nodeStateChanged, nodes, &LaunchModel::setNodeState);
    connect(controller, &FederationController::nodeLogLine, nodes, &LaunchModel::appendNodeLog);
    connect(controller, &FederationController::coordinatorLogLine, nodes,
            &LaunchModel::appendCoordinatorLog);
}

RunPage::RunPage(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this)) {
    d->controller = new FederationController(this);
    d->controller->setObjectName(u"federationController"_s);
    d->clients = new ClientsModel(this);
    d->clients->setObjectName(u"clientsModel"_s);
    d->clientsProxy = new ClientsFilterModel(this);
    d->clientsProxy->setObjectName(u"clientsProxy"_s);
    d->clientsProxy->setSourceModel(d->clients);
    d->rounds = new RoundsModel(this);
    d->rounds->setObjectName(u"roundsModel"_s);
    d->incidents = new IncidentsModel(this);
    d->incidents->setObjectName(u"incidentsModel"_s);
    d->nodes = new LaunchModel(this);
    d->nodes->setObjectName(u"launchModel"_s);
    d->dashboard = new Dashboard;
    d->dashboard->setObjectName(u"dashboard"_s);
    d->loadWatcher = new QFutureWatcher<LoadedRun>(this);
    connect(d->loadWatcher, &QFutureWatcherBase::finished, this, [this] { d->onLoaded(); });
    d->exportWatcher = new QFutureWatcher<Status>(this);
    d->refreshTimer = new QTimer(this);
    d->refreshTimer->setSingleShot(true);
    d->refreshTimer->setInterval(100);
    connect(d->refreshTimer, &QTimer::timeout, this, [this] {
        d->updateProgress();
        d->updateKpis();
    });

    d->buildActions();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(d->buildHeader());
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"runSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(d->buildDashboard());
    splitter->addWidget(d->buildTabs());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    d->connectController();
    setRunsDirectory(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                         .filePath(u"runs"_s));
    d->updateActions();
    d->updateHeader();
    d->updateProgress();
    d->updateKpis();
}

RunPage::~RunPage() {
    // The controller first: it stops the federation gracefully (the round in progress is
    // committed) while the models its queued events would reach still exist.
    delete d->controller;
    d->controller = nullptr;
    d->loadWatcher->waitForFinished();
    d->exportWatcher->waitForFinished();
}

QAction* RunPage::startAction() const {
    return d->start;
}
QAction* RunPage::pauseAction() const {
    return d->pause;
}
QAction* RunPage::stopAction() const {
    return d->stop;
}
QAction* RunPage::resumeAction() const {
    return d->resume;
}

void RunPage::setSpec(const FederationSpec& spec, const QString& specPath, bool valid) {
    d->spec = spec;
    d->specPath = specPath;
    d->haveSpec = true;
    d->specValid = valid;
    d->updateActions();
    if (d->shownPath.isEmpty() && !d->controller->isBusy())
        d->updateHeader();
}

void RunPage::setRunsDirectory(const QString& directory) {
    d->runsDirectory = directory;
    QDir().mkpath(directory);
    d->historyView->setRootIndex(d->history->setRootPath(directory));
}

QString RunPage::runsDirectory() const {
    return d->runsDirectory;
}

QString RunPage::runPath() const {
    return d->shownPath;
}

bool RunPage::isRunning() const {
    return d->controller->isBusy();
}

bool RunPage::openRun(const QString& path, QString* error) {
    if (d->controller->isBusy()) {
        if (error)
            *error = tr("A federation is running. Pause or stop it before opening another run.");
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Opening checks the header and schema and reads the spec: milliseconds, and the only
    // part whose failure the caller must hear about at once. The records load in the
    // background.
    auto opened = RunStore::open(absolute, RunStore::Mode::ReadOnly);
    if (!opened) {
        if (error)
            *error = opened.error();
        return false;
    }
    if (d->controller->state() == FederationController::State::Paused) {
        // The paused federation's run file is already marked stopped; Resume re-opens it.
        d->controller->stop();
        d->appendLog(tr("The paused federation was released; its run file can be resumed."));
    }
    std::shared_ptr<RunStore> store(std::move(*opened));
    d->loading = true;
    d->errorBanner->hide();
    d->clearDisplay(absolute, QFileInfo(absolute).completeBaseName(), 0, 0, 0);
    d->shownStatus.reset();
    d->setBadge(tr("Loading"), QColor(0x64, 0x74, 0x8b));
    d->status(tr("Loading %1…").arg(QDir::toNativeSeparators(absolute)));
    d->updateActions();
    d->loadWatcher->setFuture(QtConcurrent::run([store] { return loadRunSnapshot(*store); }));
    return true;
}

// ---------------------------------------------------------------------------------------------
// State and display

void RunPage::Private::status(const QString& message) {
    Q_EMIT q->statusMessage(message);
}

void RunPage::Private::appendLog(const QString& line) {
    log->appendPlainText(QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) + u"  "_s + line);
}

void RunPage::Private::showError(const QString& message) {
    errorText->setText(message);
    errorBanner->show();
    appendLog(tr("Error: %1").arg(message));
    status(message);
}

bool RunPage::Private::resumable() const {
    using S = FederationController::State;
    if (shownPath.isEmpty() || loading)
        return false;
    if (controller->state() == S::Paused)
        return shownPath == controller->runPath();
    if (!shownStatus || *shownStatus == RunStatus::Finished)
        return false;
    // A run file marked running while nobody writes it was killed; it resumes like a stopped
    // one. A failed round is retried.
    return QFileInfo::exists(shownPath) && rounds->lastRound() < roundsPlanned;
}

void RunPage::Private::updateActions() {
    using S = FederationController::State;
    const S s = controller->state();
    const bool busy = controller->isBusy();
    start->setEnabled(haveSpec && specValid && !busy && !loading);
    pause->setEnabled(s == S::Starting || s == S::Running);
    stop->setEnabled((busy && s != S::Stopping) || s == S::Paused);
    resume->setEnabled(!busy && resumable());
    if (busy != wasRunning) {
        wasRunning = busy;
        Q_EMIT q->runningChanged(busy);
    }
}

void RunPage::Private::setBadge(const QString& text, const QColor& color) {
    badge->setText(text);
    badge->setStyleSheet(u"QLabel { color: %1; background: rgba(%2, %3, %4, 36);"
                         " border: 1px solid rgba(%2, %3, %4, 110); border-radius: 9px;"
                         " padding: 1px 10px; font-weight: 600; }"_s.arg(color.name())
                             .arg(color.red())
                             .arg(color.green())
                             .arg(color.blue()));
    badge->setVisible(!text.isEmpty());
}

void RunPage::Private::updateHeader() {
    using S = FederationController::State;
    if (shownPath.isEmpty() && !controller->isBusy()) {
        title->setText(haveSpec ? spec.name : tr("No run yet"));
        file->setText(haveSpec && specValid
                          ? tr("Press Start to run this federation; its run file goes to %1.")
                                .arg(QDir::toNativeSeparators(runsDirectory))
                          : tr("Design a federation and press Start, or open a run file."));
        file->setToolTip(QString());
        launch->clear();
        setBadge(QString(), {});
        return;
    }
    title->setText(shownName);
    // The name says which run; the folder (usually the runs folder) is one hover away.
    file->setText(tr("Run file: %1").arg(QFileInfo(shownPath).fileName()));
    file->setToolTip(QDir::toNativeSeparators(shownPath));
    const bool live = !controller->runPath().isEmpty() && controller->runPath() == shownPath;
    const QString networkedTip = tr("Every node is a fednode process that joined the "
                                    "coordinator over mutual TLS; see the Launch tab.");
    if (live && !networkText.isEmpty()) {
        launch->setText(networkText);
        launch->setToolTip(networkedTip);
    } else if (shownNetworked && clientCount > 0) {
        launch->setText(tr("Networked · Nodes: %1").arg(clientCount));
        launch->setToolTip(networkedTip);
    } else if (workers >= 0 && clientCount > 0) {
        launch->setToolTip(tr("Every node of this federation runs inside this process, on a "
                              "pool of training threads."));
        const int threads = workers > 0 ? workers : QThread::idealThreadCount();
        // Worded without plurals: the app ships no English plural forms.
        launch->setText(
            tr("In-process · Nodes: %1 · Training threads: %2").arg(clientCount).arg(threads));
    } else {
        launch->clear();
    }
    if (loading)
        return;
    const S s = live ? controller->state() : S::Idle;
    switch (s) {
    case S::Starting:
        setBadge(tr("Starting"), QColor(0x25, 0x63, 0xeb));
        return;
    case S::Running:
        setBadge(tr("Running"), QColor(0x16, 0xa3, 0x4a));
        return;
    case S::Pausing:
        setBadge(tr("Pausing"), QColor(0xd9, 0x77, 0x06));
        return;
    case S::Paused:
        setBadge(tr("Paused"), QColor(0xd9, 0x77, 0x06));
        return;
    case S::Stopping:
        setBadge(tr("Stopping"), QColor(0x64, 0x74, 0x8b));
        return;
    case S::Failed:
        setBadge(tr("Failed"), QColor(0xdc, 0x26, 0x26));
        return;
    default:
        break;
    }
    if (!shownStatus) {
        setBadge(QString(), {});
        return;
    }
    switch (*shownStatus) {
    case RunStatus::Finished:
        setBadge(tr("Finished"), QColor(0x25, 0x63, 0xeb));
        break;
    case RunStatus::Stopped:
        setBadge(tr("Stopped"), QColor(0x64, 0x74, 0x8b));
        break;
    case RunStatus::Running:
        // Only reached for a loaded file: its writer was killed (or is another process).
        setBadge(tr("Interrupted"), QColor(0xd9, 0x77, 0x06));
        break;
    case RunStatus::Failed:
        setBadge(tr("Failed"), QColor(0xdc, 0x26, 0x26));
        break;
    }
}

void RunPage::Private::updateProgress() {
    const int done = rounds->lastRound();
    if (currentRound > 0 && roundSelected > 0) {
        roundLabel->setText(tr("Round %1").arg(currentRound));
        roundBar->setRange(0, roundSelected);
        roundBar->setValue(std::min(roundDone, roundSelected));
        roundText->setText(
            tr("%1 of %2 updates").arg(std::min(roundDone, roundSelected)).arg(roundSelected));
    } else {
        roundLabel->setText(tr("Round"));
        roundBar->setRange(0, 1);
        roundBar->setValue(0);
        roundText->clear();
    }
    overallBar->setRange(0, std::max(1, roundsPlanned));
    overallBar->setValue(std::min(done, std::max(1, roundsPlanned)));
    overallText->setText(
        roundsPlanned > 0
            ? tr("%1 of %2 rounds").arg(std::min(done, roundsPlanned)).arg(roundsPlanned)
            : QString());
    const double mean = rounds->meanRoundSeconds();
    const int left = roundsPlanned - done;
    if (controller->isBusy() && mean > 0.0 && left > 0)
        overallLabel->setText(tr("Overall · about %1 left").arg(formatDuration(mean * left)));
    else if (done > 0 && left <= 0)
        overallLabel->setText(tr("Overall · done"));
    else
        overallLabel->setText(tr("Overall"));
}

void RunPage::Private::updateKpis() {
    const auto& rs = rounds->rounds();
    const RoundRecord* last = nullptr;
    for (auto it = rs.rbegin(); it != rs.rend(); ++it)
        if (it->evaluated) {
            last = &*it;
            break;
        }
    if (last) {
        accuracyTile->set(formatPercent(last->accuracy),
                          tr("best %1 · round %2").arg(formatPercent(bestAccuracy)).arg(bestRound));
        lossTile->set(formatLoss(last->loss),
                      tr("training %1").arg(formatLoss(rs.back().trainLoss)));
    } else {
        accuracyTile->set(u"—"_s, QString());
        lossTile->set(u"—"_s, QString());
    }
    if (rounds->hasEnergy()) {
        double computation = 0.0;
        double carbon = 0.0;
        std::optional<double> measured;
        for (const RoundRecord& r : rs) {
            computation += r.computationJ;
            carbon += r.carbonG;
            if (r.measuredPackageJ)
                measured = measured.value_or(0.0) + *r.measuredPackageJ;
        }
        const double total = rounds->totalEnergyJ();
        energyTile->set(formatEnergy(total), tr("%1% computation · %2 g CO₂")
                                                 .arg(std::lround(100.0 * computation / total))
                                                 .arg(QString::number(carbon, 'g', 2)));
        // RAPL figures measure this machine's CPU packages, not the modelled devices: shown
        // beside the model, never added to it.
        energyTile->setToolTip(
            measured ? tr("Modelled for the clients' devices. Measured on this machine's CPU "
                          "packages (RAPL): %1.")
                           .arg(formatEnergy(*measured))
                     : tr("Modelled for the clients' devices (docs/energy.md)."));
    } else {
        energyTile->set(u"—"_s, rs.empty() ? QString() : tr("not recorded"));
        energyTile->setToolTip(QString());
    }
    const auto& list = incidents->incidents();
    const auto rejected = std::count_if(
        list.begin(), list.end(), [](const auto& i) { return i.kind == UpdateStatus::Rejected; });
    incidentsTile->set(QString::number(list.size()),
                       list.empty() ? tr("no rejected or dropped updates")
                                    : tr("%1 rejected · %2 dropped")
                                          .arg(rejected)
                                          .arg(static_cast<qsizetype>(list.size()) - rejected));
}

void RunPage::Private::clearDisplay(const QString& path, const QString& name, int planned,
                                    int clientsN, int workersN) {
    shownPath = path;
    shownName = name;
    roundsPlanned = planned;
    clientCount = clientsN;
    workers = workersN;
    currentRound = 0;
    roundSelected = 0;
    roundDone = 0;
    bestAccuracy = -1.0;
    bestRound = 0;
    clients->clear();
    rounds->clear();
    incidents->clear();
    dashboard->reset(std::max(planned, 1), clientsN);
    updateHeader();
    updateProgress();
    updateKpis();
}

QString RunPage::Private::newRunPath() const {
    const QDir dir(runsDirectory);
    const QString base =
        slug(spec.name) + u'-' + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString path = dir.filePath(base + u".fedrun"_s);
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = dir.filePath(u"%1-%2.fedrun"_s.arg(base).arg(i));
    return path;
}

// ---------------------------------------------------------------------------------------------
// Commands

void RunPage::Private::startRun() {
    if (!haveSpec || !specValid || controller->isBusy() || loading)
        return;
    if (!QDir().mkpath(runsDirectory)) {
        showError(
            tr("Cannot create the runs folder %1").arg(QDir::toNativeSeparators(runsDirectory)));
        return;
    }
    const QString path = newRunPath();
    errorBanner->hide();
    clearDisplay(path, spec.name, spec.rounds, spec.clients, spec.execution.workers);
    shownStatus.reset();
    shownNetworked = spec.launch.mode != LaunchMode::InProcess;
    shownKitDir = shownNetworked ? net::kitDirectory(spec) : QString();
    resumeKitDir.clear();
    networkText.clear();
    nodes->clear();
    userPickedTab = false;
    appendLog(tr("Starting \"%1\" (rounds: %2).").arg(spec.name).arg(spec.rounds));
    status(tr("Loading data and building the model…"));
    controller->start(spec, path);
    updateActions();
    updateHeader();
}

void RunPage::Private::resumeRun() {
    if (!resumable() || controller->isBusy())
        return;
    const bool inMemory = controller->state() == FederationController::State::Paused;
    // A networked run continues with its nodes, launched again with its provisioning kit; a
    // paused one still has them.
    QString kit;
    if (!inMemory && shownNetworked) {
        kit = kitForResume();
        if (kit.isEmpty())
            return;
    }
    errorBanner->hide();
    userPickedTab = false;
    if (!inMemory) {
        networkText.clear();
        nodes->clear();
    }
    appendLog(inMemory ? tr("Resuming at round %1.").arg(rounds->lastRound() + 1)
                       : tr("Re-opening %1 to resume at round %2.")
                             .arg(QFileInfo(shownPath).fileName())
                             .arg(rounds->lastRound() + 1));
    if (!kit.isEmpty())
        appendLog(tr("Its nodes are launched again with the kits in %1.")
                      .arg(QDir::toNativeSeparators(kit)));
    resumeKitDir = kit;
    resumingNetworked = !kit.isEmpty();
    status(tr("Resuming…"));
    controller->resume(shownPath, kit);
    updateActions();
    updateHeader();
}

QString RunPage::Private::kitForResume() {
    const QVariantMap kits = QSettings().value(QLatin1String(kResumeKitsKey)).toMap();
    const auto it = kits.constFind(shownPath);
    const QString remembered = it == kits.constEnd() ? QString() : it->toString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    // The spec's own kit folder, unless it did not fit last time (remembered as "").
    const bool askAgain = it != kits.constEnd();
    if (!askAgain && QFileInfo(QDir(shownKitDir).filePath(u"coordinator"_s)).isDir())
        return shownKitDir;
    const QString from = !shownKitDir.isEmpty() && QFileInfo(shownKitDir).isDir()
                             ? shownKitDir
                             : QFileInfo(shownPath).absolutePath();
    return QFileDialog::getExistingDirectory(
        q,
        tr("Kit Folder for Resuming %1 (the folder with coordinator/ and nodes/)")
            .arg(QFileInfo(shownPath).fileName()),
        from);
}

void RunPage::Private::raiseTab(int index) {
    if (userPickedTab || index < 0 || tabs->currentIndex() == index)
        return;
    raisingTab = true;
    tabs->setCurrentIndex(index);
    raisingTab = false;
}

void RunPage::Private::exportAllCharts() {
    const QString dir = QFileDialog::getExistingDirectory(
        q, tr("Save All Charts"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    if (dir.isEmpty())
        return;
    int saved = 0;
    for (ChartPanel* panel : dashboard->panels()) {
        if (!panel->isShowingChart() || (panel == dashboard->panel(Dashboard::Chart::ClientLoss) &&
                                         !dashboard->clientCurvesVisible()))
            continue;
        for (const QString& suffix : {u"png"_s, u"svg"_s}) {
            QString error;
            if (!panel->exportTo(QDir(dir).filePath(panel->fileStem() + u'.' + suffix), &error)) {
                showError(error);
                return;
            }
            ++saved;
        }
    }
    status(tr("Saved the charts in %1 (files: %2)").arg(QDir::toNativeSeparators(dir)).arg(saved));
}

void RunPage::Private::exportMetrics(bool perClient) {
    if (shownPath.isEmpty() || !QFileInfo::exists(shownPath)) {
        showError(tr("There is no run file to export yet."));
        return;
    }
    if (exportWatcher->isRunning()) {
        status(tr("An export is still being written."));
        return;
    }
    const QString suggested = QFileInfo(shownPath).completeBaseName() +
                              (perClient ? u"-clients.csv"_s : u"-rounds.csv"_s);
    const QString csv = QFileDialog::getSaveFileName(
        q, perClient ? tr("Export Client Metrics") : tr("Export Round Metrics"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(suggested),
        tr("CSV files (*.csv)"));
    if (csv.isEmpty())
        return;
    const QString run = shownPath;
    status(tr("Exporting %1…").arg(QDir::toNativeSeparators(csv)));
    // Every client record of a long run can be large: the export reads and writes off the
    // GUI thread, through its own read-only connection to the run file.
    exportWatcher->disconnect(q);
    connect(exportWatcher, &QFutureWatcherBase::finished, q, [this, csv] {
        const Status s = exportWatcher->result();
        if (s)
            status(tr("Exported %1").arg(QDir::toNativeSeparators(csv)));
        else
            showError(s.error());
    });
    exportWatcher->setFuture(QtConcurrent::run([run, csv, perClient] {
        return perClient ? exportClientRoundsCsv(run, csv) : exportRoundsCsv(run, csv);
    }));
}

// ---------------------------------------------------------------------------------------------
// Engine events (queued from the federation's thread)

void RunPage::Private::onRunStarted(const RunStartedEvent& e) {
    const bool continuing = e.firstRound > 1 && shownPath == e.runPath &&
                            rounds->lastRound() == e.firstRound - 1 &&
                            clients->rowCount() == static_cast<int>(e.clients.size());
    if (!continuing) {
        clearDisplay(e.runPath, shownName.isEmpty() ? spec.name : shownName, e.rounds,
                     static_cast<int>(e.clients.size()), workers);
        clients->setClients(e.clients);
    }
    roundsPlanned = e.rounds;
    clientCount = static_cast<int>(e.clients.size());
    shownStatus = RunStatus::Running;
    if (resumingNetworked) {
        resumingNetworked = false;
        rememberResumeKit(e.runPath, resumeKitDir);
    }
    // In process, the Launch tab has nothing to show: back to where it was raised from.
    if (networkText.isEmpty() && tabs->currentWidget() == launchPanel)
        raiseTab(tabBeforeLaunch >= 0 ? tabBeforeLaunch : 0);
    if (e.firstRound > 1)
        appendLog(tr("Resumed at round %1 of %2.").arg(e.firstRound).arg(e.rounds));
    else
        appendLog(tr("Started. Clients: %1 · parameters: %2 · training samples: %3 · test "
                     "samples: %4.")
                      .arg(clientCount)
                      .arg(QLocale().toString(static_cast<qlonglong>(e.parameterCount)))
                      .arg(QLocale().toString(static_cast<qlonglong>(e.trainSamples)))
                      .arg(QLocale().toString(static_cast<qlonglong>(e.testSamples))));
    status(tr("Running %1").arg(shownName));
    Q_EMIT q->runFileChanged(e.runPath);
    updateHeader();
    updateProgress();
    updateActions();
}

void RunPage::Private::scheduleRefresh() {
    if (!refreshTimer->isActive())
        refreshTimer->start();
}

void RunPage::Private::onRoundStarted(int round, const QList<int>& selected) {
    currentRound = round;
    roundSelected = static_cast<int>(selected.size());
    roundDone = 0;
    clients->roundStarted(round, std::vector<int>(selected.begin(), selected.end()));
    scheduleRefresh();
}

void RunPage::Private::onClientFinished(const ClientRoundRecord& r) {
    ++roundDone;
    clients->clientFinished(r);
    dashboard->appendClientRound(r);
    const QString node =
        r.client >= 0 && r.client < clients->rowCount() ? clients->row(r.client).nodeId : QString();
    if (incidents->addRecord(r, node, QDateTime::currentDateTime())) {
        appendLog((r.status == UpdateStatus::Dropped
                       ? tr("Round %1: the update of node %2 was dropped: %3")
                       : tr("Round %1: the update of node %2 was rejected: %3"))
                      .arg(r.round)
                      .arg(r.client)
                      .arg(r.detail));
    }
    scheduleRefresh();
}

void RunPage::Private::onRoundFinished(const RoundRecord& r) {
    if (!rounds->appendRound(r))
        return;
    dashboard->appendRound(r, rounds->totalEnergyJ());
    clients->roundFinished(r);
    roundDone = roundSelected;
    if (r.evaluated && r.accuracy > bestAccuracy) {
        bestAccuracy = r.accuracy;
        bestRound = r.round;
    }
    QString line = tr("Round %1 of %2: ").arg(r.round).arg(roundsPlanned);
    if (r.evaluated)
        line += tr("accuracy %1, loss %2, ").arg(formatPercent(r.accuracy), formatLoss(r.loss));
    line += tr("%1 of %2 updates accepted, %3")
                .arg(r.accepted)
                .arg(r.selected)
                .arg(formatDuration(r.wallSeconds));
    if (r.energyJ() > 0.0)
        line += tr(", %1").arg(formatEnergy(r.energyJ()));
    appendLog(line);
    scheduleRefresh();
}

void RunPage::Private::onFinished(const RunSummary& s) {
    shownStatus = s.status;
    dashboard->flush();
    using S = FederationController::State;
    switch (controller->state()) {
    case S::Finished:
        appendLog(tr("Finished at round %1 of %2").arg(s.roundsCompleted).arg(s.roundsPlanned) +
                  (s.evaluated
                       ? tr(": accuracy %1 (best %2 in round %3).")
                             .arg(formatPercent(s.finalAccuracy), formatPercent(s.bestAccuracy))
                             .arg(s.bestRound)
                       : u"."_s));
        if (s.energyJ() > 0.0)
            appendLog(tr("Energy (modelled): %1, %2 g CO₂.")
                          .arg(formatEnergy(s.energyJ()))
                          .arg(QString::number(s.carbonG, 'g', 3)));
        status(tr("Finished: %1").arg(s.evaluated ? formatPercent(s.finalAccuracy) : shownName));
        break;
    case S::Paused:
        appendLog(tr("Paused after round %1. Resume continues at round %2.")
                      .arg(s.roundsCompleted)
                      .arg(s.roundsCompleted + 1));
        status(tr("Paused after round %1").arg(s.roundsCompleted));
        break;
    default:
        appendLog(tr("Stopped after round %1; the run file keeps every completed round and "
                     "Resume continues it.")
                      .arg(s.roundsCompleted));
        status(tr("Stopped after round %1").arg(s.roundsCompleted));
        break;
    }
    currentRound = 0;
    roundSelected = 0;
    refreshTimer->stop();
    updateProgress();
    updateKpis();
    updateHeader();
    updateActions();
}

void RunPage::Private::onFailed(const QString& message) {
    dashboard->flush();
    if (resumingNetworked) {
        // The run file is as it was; most often the kit folder was not this run's. The next
        // Resume asks for it instead of trying the same folder again.
        resumingNetworked = false;
        rememberResumeKit(shownPath, QString());
        showError(tr("Cannot resume with the kits in %1: %2\nPress Resume to choose the kit "
                     "folder this run was provisioned with.")
                      .arg(QDir::toNativeSeparators(resumeKitDir), message));
    } else {
        if (QFileInfo::exists(shownPath))
            shownStatus = RunStatus::Failed;
        showError(message);
    }
    currentRound = 0;
    roundSelected = 0;
    refreshTimer->stop();
    updateProgress();
    updateKpis();
    updateHeader();
    updateActions();
}

void RunPage::Private::onLoaded() {
    loading = false;
    const LoadedRun loaded = loadWatcher->result();
    if (!loaded.error.isEmpty()) {
        showError(loaded.error);
        updateHeader();
        updateActions();
        return;
    }
    const RunSnapshot& s = loaded.snapshot;
    clearDisplay(s.path, s.name.isEmpty() ? QFileInfo(s.path).completeBaseName() : s.name,
                 s.roundsPlanned, s.clientCount, s.workers);
    shownStatus = s.status;
    shownNetworked = s.networked;
    shownKitDir = s.kitDir;
    resumeKitDir.clear();
    const int last = s.rounds.empty() ? 0 : s.rounds.back().round;
    rounds->setRounds(s.rounds);
    clients->setRows(s.clientRows, last, s.clientsHaveEnergy || rounds->hasEnergy());
    incidents->setIncidents(s.incidents);
    dashboard->load(s.rounds, s.curveRecords, s.roundsPlanned, s.clientCount);
    for (const RoundRecord& r : s.rounds)
        if (r.evaluated && r.accuracy > bestAccuracy) {
            bestAccuracy = r.accuracy;
            bestRound = r.round;
        }
    appendLog(tr("Opened %1: %2 of %3 rounds, %4.")
                  .arg(QFileInfo(s.path).fileName())
                  .arg(last)
                  .arg(s.roundsPlanned)
                  .arg(runStatusName(s.status)));
    status(tr("Opened %1").arg(QDir::toNativeSeparators(s.path)));
    updateHeader();
    updateProgress();
    updateKpis();
    updateActions();
    Q_EMIT q->runFileChanged(s.path);
}

} // namespace fed::ui
