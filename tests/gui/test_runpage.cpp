// The Run page: real (short, synthetic) federations driven through its actions, the models
// under QAbstractItemModelTester, stop/pause/resume, run files reopened as they were, exports.
#include "engine/federation/Federation.h"
#include "engine/spec/SpecIO.h"
#include "ui/run/ChartPanel.h"
#include "ui/run/ClientsFilterModel.h"
#include "ui/run/ClientsModel.h"
#include "ui/run/Dashboard.h"
#include "ui/run/FederationController.h"
#include "ui/run/IncidentsModel.h"
#include "ui/run/MetricsCsv.h"
#include "ui/run/RoundsModel.h"
#include "ui/run/RunPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <cmath>
#include <memory>

using namespace fed;
using namespace fed::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRunTimeoutMs = 120000;

FederationSpec quickSpec(const QStringList& overrides = {}) {
    auto spec = loadSpecFile(
        QStringLiteral(FED_SOURCE_DIR "/resources/presets/synthetic-quick.fed.json"), overrides);
    if (!spec)
        qFatal("synthetic-quick preset: %s", qPrintable(spec.error()));
    return *spec;
}

ClientInfo client(int i, std::int64_t samples) {
    ClientInfo c;
    c.client = i;
    c.nodeId = u"%1abcdef0123456789"_s.arg(i, 2, 10, QLatin1Char('0'));
    c.samples = samples;
    c.device = i % 2 ? u"laptop"_s : u"raspberry-pi-4"_s;
    return c;
}

ClientRoundRecord clientRecord(int round, int c, UpdateStatus status, double loss,
                               double energy = 0.0) {
    ClientRoundRecord r;
    r.round = round;
    r.client = c;
    r.status = status;
    r.samples = 100;
    r.trainLoss = loss;
    r.computationJ = energy * 0.7;
    r.communicationJ = energy * 0.3;
    if (status == UpdateStatus::Rejected)
        r.detail = u"the update has non-finite values"_s;
    if (status == UpdateStatus::Dropped)
        r.detail = u"no answer before the deadline"_s;
    return r;
}

RoundRecord roundRecord(int round, double accuracy, double energy = 0.0) {
    RoundRecord r;
    r.round = round;
    r.evaluated = true;
    r.accuracy = accuracy;
    r.loss = 2.0 - accuracy;
    r.trainLoss = 2.1 - accuracy;
    r.selected = 4;
    r.accepted = 4;
    r.samples = 400;
    r.wallSeconds = 0.5;
    r.computationJ = energy * 0.7;
    r.communicationJ = energy * 0.3;
    r.finishedAtMs = 1700000000000 + round * 1000;
    return r;
}

QList<QPointF> points(const QLineSeries* s) {
    return s->points();
}

struct Page {
    std::unique_ptr<RunPage> page;
    FederationController* controller = nullptr;
    ClientsModel* clients = nullptr;
    ClientsFilterModel* proxy = nullptr;
    RoundsModel* rounds = nullptr;
    IncidentsModel* incidents = nullptr;
    Dashboard* dashboard = nullptr;

    explicit Page(const QString& runsDir) {
        page = std::make_unique<RunPage>();
        page->setRunsDirectory(runsDir);
        page->resize(1280, 860);
        controller = page->findChild<FederationController*>();
        clients = page->findChild<ClientsModel*>();
        proxy = page->findChild<ClientsFilterModel*>();
        rounds = page->findChild<RoundsModel*>();
        incidents = page->findChild<IncidentsModel*>();
        dashboard = page->findChild<Dashboard*>();
    }
    QString log() const { return page->findChild<QPlainTextEdit*>(u"runLog"_s)->toPlainText(); }
};

//! The clients model behind its filter, both under QAbstractItemModelTester.
struct ClientsTable {
    ClientsModel model;
    ClientsFilterModel proxy;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester{[this] {
                                             proxy.setSourceModel(&model);
                                             return &proxy;
                                         }(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest};
};

} // namespace

class TestRunPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        registerFederationEventTypes();
    }

    // ---- models, with synthetic events ----

    void clientsModelFollowsRounds() {
        ClientsTable table;
        ClientsModel& model = table.model;
        ClientsFilterModel& proxy = table.proxy;
        proxy.sort(ClientsModel::LastLossColumn, Qt::DescendingOrder);

        model.setClients({client(0, 120), client(1, 80), client(2, 200), client(3, 50)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ClientsModel::ColumnCount));
        QCOMPARE(model.index(2, ClientsModel::DeviceColumn).data().toString(), u"raspberry-pi-4"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.roundStarted(1, {0, 2, 3});
        QCOMPARE(model.row(0).state, ClientsModel::State::Training);
        QCOMPARE(model.row(1).state, ClientsModel::State::Idle);
        model.clientFinished(clientRecord(1, 0, UpdateStatus::Accepted, 0.9, 2.0));
        model.clientFinished(clientRecord(1, 2, UpdateStatus::Rejected, std::nan("")));
        model.clientFinished(clientRecord(1, 3, UpdateStatus::Dropped, 0.0));
        model.roundFinished(roundRecord(1, 0.5, 2.0));
        QVERIFY(changed.count() >= 4);
        QCOMPARE(model.row(0).state, ClientsModel::State::Done);
        QCOMPARE(model.row(2).state, ClientsModel::State::Rejected);
        QCOMPARE(model.row(3).state, ClientsModel::State::Dropped);
        QCOMPARE(model.row(0).roundsParticipated, 1);
        QCOMPARE(model.index(0, ClientsModel::ParticipationColumn).data().toString(), u"1 of 1"_s);
        QCOMPARE(model.index(0, ClientsModel::LastLossColumn).data().toString(), u"0.900"_s);
        QCOMPARE(model.index(2, ClientsModel::LastLossColumn).data().toString(), u"—"_s);
        QCOMPARE(model.index(0, ClientsModel::EnergyColumn).data().toString(), u"2 J"_s);
        QCOMPARE(model.index(0, ClientsModel::ParticipationColumn)
                     .data(ClientsModel::FractionRole)
                     .toDouble(),
                 1.0);

        model.roundStarted(2, {1});
        QCOMPARE(model.row(0).state, ClientsModel::State::Idle);
        QCOMPARE(model.row(1).state, ClientsModel::State::Training);
        QCOMPARE(model.index(0, ClientsModel::ParticipationColumn)
                     .data(ClientsModel::FractionRole)
                     .toDouble(),
                 0.5);

        // Filtering: by state, then by text over node id and device.
        proxy.setStateFilter(ClientsModel::State::Training);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStateFilter(std::nullopt);
        proxy.setFilterRegularExpression(
            QRegularExpression(u"laptop"_s, QRegularExpression::CaseInsensitiveOption));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterRegularExpression(QRegularExpression(u"02abcdef"_s));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ClientsModel::NodeColumn).data(ClientsModel::SortRole).toInt(), 2);
        proxy.setFilterRegularExpression(QRegularExpression());

        // Sorting by the raw value: a client that never trained sorts after every loss.
        proxy.sort(ClientsModel::SamplesColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ClientsModel::NodeColumn).data(ClientsModel::SortRole).toInt(), 3);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void clientsModelShowsContributionAndSortsByIt() {
        ClientsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClientsFilterModel proxy;
        proxy.setSourceModel(&model);
        model.setClients({client(0, 120), client(1, 80), client(2, 200)});
        // Not scored yet: a dash, and unscored rows sort below every score.
        QCOMPARE(model.index(0, ClientsModel::ContributionColumn).data().toString(), u"—"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.contributionsScored({{1, 0, u"exact"_s, 0.02, 100.0, 60.0, 60.0},
                                   {1, 1, u"exact"_s, -0.01, 50.0, 0.0, 0.0}});
        model.contributionsScored({{2, 0, u"exact"_s, 0.01, 100.0, 40.0, 100.0},
                                   {2, 1, u"exact"_s, 0.005, 50.0, 60.0, 60.0}});
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.row(0).scoredRounds, 2);
        QCOMPARE(model.row(0).balance, 100.0);
        QCOMPARE(model.index(0, ClientsModel::BalanceColumn).data().toString(),
                 QLocale().toString(100.0, 'f', 2));
        // 0.03 over 200 J: 0.15 per kJ.
        QCOMPARE(model.index(0, ClientsModel::GainPerEnergyColumn)
                     .data(ClientsModel::SortRole)
                     .toDouble(),
                 0.03 / 200.0 * 1000.0);
        QCOMPARE(model.index(2, ClientsModel::GainPerEnergyColumn).data().toString(), u"—"_s);
        QVERIFY(model.index(0, ClientsModel::ContributionColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"exact"_s));
        proxy.sort(ClientsModel::ContributionColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ClientsModel::NodeColumn).data(ClientsModel::SortRole).toInt(), 0);
        QCOMPARE(proxy.index(2, ClientsModel::NodeColumn).data(ClientsModel::SortRole).toInt(), 2);
        // The same figures from a run file's records.
        const auto rows = ClientsModel::rowsFromHistory(
            {client(0, 10), client(1, 20)}, {}, 0,
            {{1, 1, u"gtg"_s, 0.5, 10.0, 7.0, 7.0}, {2, 1, u"gtg"_s, 0.25, 10.0, 3.0, 10.0}});
        QCOMPARE(rows[1].score, 0.75);
        QCOMPARE(rows[1].balance, 10.0);
        QCOMPARE(rows[1].scoreMethod, u"gtg"_s);
        QCOMPARE(rows[0].scoredRounds, 0);
    }

    void byzantineClientsAreMarkedAndFilterable() {
        ClientsTable table;
        ClientsModel& model = table.model;
        ClientsFilterModel& proxy = table.proxy;
        std::vector<ClientInfo> infos{client(0, 10), client(1, 20), client(2, 30)};
        infos[1].byzantine = u"sign-flip"_s;
        model.setClients(infos);
        model.roundStarted(1, {0, 1});
        const QModelIndex state = model.index(1, ClientsModel::StateColumn);
        QCOMPARE(state.data().toString(), u"training · ⚠ Byzantine"_s);
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(u"sign-flip"_s));
        QVERIFY(
            model.index(1, ClientsModel::NodeColumn).data(ClientsModel::ByzantineRole).toBool());
        QVERIFY(
            !model.index(0, ClientsModel::NodeColumn).data(ClientsModel::ByzantineRole).toBool());
        QCOMPARE(model.index(0, ClientsModel::StateColumn).data().toString(), u"training"_s);
        // Its state still filters as its state; "Byzantine only" keeps just the adversaries.
        proxy.setStateFilter(ClientsModel::State::Training);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setByzantineOnly(true);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStateFilter(std::nullopt);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ClientsModel::NodeColumn).data(ClientsModel::SortRole).toInt(), 1);
        proxy.setByzantineOnly(false);
        QCOMPARE(proxy.rowCount(), 3);
        // A run file's history keeps the mark.
        QCOMPARE(ClientsModel::rowsFromHistory(infos, {}, 0)[1].byzantine, u"sign-flip"_s);

        // The Run page's state filter offers it.
        QTemporaryDir dir;
        Page p(dir.path());
        auto* combo = p.page->findChild<QComboBox*>(u"stateFilter"_s);
        QVERIFY(combo);
        const int item = combo->findText(u"Byzantine"_s);
        QVERIFY(item > 0);
        combo->setCurrentIndex(item);
        QVERIFY(p.proxy->byzantineOnly());
        QVERIFY(!p.proxy->stateFilter());
        combo->setCurrentIndex(0);
        QVERIFY(!p.proxy->byzantineOnly());
    }

    void clientRowsFromHistory() {
        const std::vector<ClientInfo> infos{client(0, 10), client(1, 20), client(2, 30)};
        const std::vector<ClientRoundRecord> records{
            clientRecord(1, 0, UpdateStatus::Accepted, 1.0, 1.0),
            clientRecord(1, 1, UpdateStatus::Accepted, 1.1, 1.0),
            clientRecord(2, 0, UpdateStatus::Rejected, 0.8, 1.0),
            clientRecord(2, 2, UpdateStatus::Accepted, 0.7, 1.0)};
        const auto rows = ClientsModel::rowsFromHistory(infos, records, 2);
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0].roundsParticipated, 2);
        QCOMPARE(rows[0].state, ClientsModel::State::Rejected);
        QCOMPARE(rows[1].state, ClientsModel::State::Idle);
        QCOMPARE(rows[2].state, ClientsModel::State::Done);
        QCOMPARE(rows[0].energyJ, 2.0);
        QCOMPARE(rows[2].lastLoss, 0.7);
    }

    void roundsModelAppends() {
        RoundsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(model.appendRound(roundRecord(1, 0.4)));
        QVERIFY(!model.hasEnergy());
        QCOMPARE(model.index(0, RoundsModel::EnergyColumn).data().toString(), u"—"_s);
        QVERIFY(model.appendRound(roundRecord(2, 0.6, 1500.0)));
        QVERIFY(model.hasEnergy());
        QVERIFY(!model.appendRound(roundRecord(2, 0.6))); // replayed rounds are ignored
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RoundsModel::EnergyColumn).data().toString(), u"0 J"_s);
        QCOMPARE(model.index(1, RoundsModel::CumulativeEnergyColumn).data().toString(),
                 u"1.5 kJ"_s);
        QCOMPARE(model.index(1, RoundsModel::AccuracyColumn).data().toString(), u"60.0%"_s);
        QCOMPARE(model.index(1, RoundsModel::AccuracyColumn).data(RoundsModel::SortRole).toDouble(),
                 0.6);
        QCOMPARE(model.meanRoundSeconds(), 0.5);
        QCOMPARE(model.lastRound(), 2);
        model.setRounds({roundRecord(1, 0.1), roundRecord(2, 0.2), roundRecord(3, 0.3)});
        QCOMPARE(model.rowCount(), 3);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void incidentsModelKeepsRejectedAndDropped() {
        IncidentsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(!model.addRecord(clientRecord(1, 0, UpdateStatus::Accepted, 1.0), u"aa"_s, now));
        QVERIFY(model.addRecord(clientRecord(1, 1, UpdateStatus::Rejected, 1.0), u"bb"_s, now));
        QVERIFY(model.addRecord(clientRecord(2, 3, UpdateStatus::Dropped, 1.0), u"cc"_s, now));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, IncidentsModel::KindColumn).data().toString(), u"rejected"_s);
        QCOMPARE(model.index(0, IncidentsModel::ReasonColumn).data().toString(),
                 u"the update has non-finite values"_s);
        QCOMPARE(model.index(1, IncidentsModel::RoundColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, IncidentsModel::KindColumn).data().toString(), u"dropped"_s);

        const auto fromHistory =
            IncidentsModel::fromHistory({client(0, 1), client(1, 1)}, {roundRecord(1, 0.5)},
                                        {clientRecord(1, 0, UpdateStatus::Accepted, 1.0),
                                         clientRecord(1, 1, UpdateStatus::Rejected, 1.0)});
        QCOMPARE(fromHistory.size(), std::size_t(1));
        QCOMPARE(fromHistory[0].nodeId, client(1, 1).nodeId);
        QCOMPARE(fromHistory[0].time.toMSecsSinceEpoch(), roundRecord(1, 0.5).finishedAtMs);
        model.setIncidents(fromHistory);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void dashboardAppendsOnePointPerRound() {
        Dashboard dashboard;
        dashboard.resize(1000, 600);
        dashboard.show();
        dashboard.reset(30, 4);
        for (int r = 1; r <= 30; ++r) {
            dashboard.appendClientRound(clientRecord(r, r % 4, UpdateStatus::Accepted, 1.0 / r));
            dashboard.appendRound(roundRecord(r, 0.3 + r * 0.01, 10.0), 10.0 * r);
        }
        dashboard.appendRound(roundRecord(30, 0.9, 10.0), 300.0); // a replayed round is ignored
        QCOMPARE(dashboard.accuracySeries()->count(), 0);         // points wait for the next frame
        // Charts draw one per timer tick, so each series is waited for on its own.
        QTRY_COMPARE(dashboard.accuracySeries()->count(), 30);
        QTRY_COMPARE(dashboard.cumulativeEnergySeries()->count(), 30);
        QVERIFY(dashboard.hasEnergy());
        QVERIFY(dashboard.panel(Dashboard::Chart::Energy)->isShowingChart());
        QCOMPARE(dashboard.accuracySeries()->at(29), QPointF(30, 60.0));
        // Every point lies inside its axes: the ranges follow the data.
        for (QAbstractAxis* axis : dashboard.accuracySeries()->attachedAxes()) {
            auto* values = qobject_cast<QValueAxis*>(axis);
            QVERIFY(values);
            const bool horizontal = values->orientation() == Qt::Horizontal;
            for (const QPointF& p : dashboard.accuracySeries()->points()) {
                const double v = horizontal ? p.x() : p.y();
                QVERIFY2(
                    v >= values->min() && v <= values->max(),
                    qPrintable(
                        u"%1 outside [%2, %3]"_s.arg(v).arg(values->min()).arg(values->max())));
            }
        }

        // A run without energy says so instead of drawing empty charts.
        dashboard.reset(5, 4);
        dashboard.appendRound(roundRecord(1, 0.5), 0.0);
        dashboard.flush();
        QCOMPARE(dashboard.accuracySeries()->count(), 1);
        QVERIFY(!dashboard.hasEnergy());
        QVERIFY(!dashboard.panel(Dashboard::Chart::Energy)->isShowingChart());
        QVERIFY(dashboard.panel(Dashboard::Chart::Energy)->message().contains(u"No energy data"_s));
        QVERIFY(!dashboard.panel(Dashboard::Chart::AccuracyEnergy)->isShowingChart());
        QString error;
        QVERIFY(!dashboard.panel(Dashboard::Chart::Energy)->exportTo(u"/tmp/x.png"_s, &error));
        QVERIFY(!error.isEmpty());

        dashboard.setClientCurvesVisible(true);
        QVERIFY(dashboard.panel(Dashboard::Chart::ClientLoss)->isVisibleTo(&dashboard));
        dashboard.setClientCurvesVisible(false);
        QVERIFY(!dashboard.panel(Dashboard::Chart::ClientLoss)->isVisibleTo(&dashboard));
    }

    void dashboardDrawsEpsilonOnlyWithPrivacy() {
        Dashboard dashboard;
        dashboard.resize(1000, 600);
        dashboard.show();
        dashboard.reset(10, 4);
        dashboard.appendRound(roundRecord(1, 0.5, 10.0), 10.0);
        dashboard.flush();
        QVERIFY(!dashboard.hasPrivacy());
        QVERIFY(!dashboard.epsilonSeries()->isVisible());
        // Rounds with differential privacy: one epsilon point each, drawn with the accuracy.
        dashboard.reset(10, 4);
        for (int r = 1; r <= 6; ++r) {
            RoundRecord record = roundRecord(r, 0.5 + r * 0.02, 10.0);
            record.privacy.emplace();
            record.privacy->mode = u"central"_s;
            record.privacy->epsilon = 0.5 * r;
            dashboard.appendRound(record, 10.0 * r);
        }
        QTRY_COMPARE(dashboard.epsilonSeries()->count(), 6);
        QVERIFY(dashboard.hasPrivacy());
        QVERIFY(dashboard.epsilonSeries()->isVisible());
        QCOMPARE(dashboard.epsilonSeries()->at(5), QPointF(6, 3.0));
        // The epsilon axis covers what was drawn.
        for (QAbstractAxis* axis : dashboard.epsilonSeries()->attachedAxes())
            if (auto* value = qobject_cast<QValueAxis*>(axis);
                value && axis->orientation() == Qt::Vertical)
                QVERIFY(value->max() >= 3.0);
        // A run file shows the same curve at once; a reset hides it again.
        std::vector<RoundRecord> rounds;
        for (int r = 1; r <= 3; ++r) {
            rounds.push_back(roundRecord(r, 0.6, 10.0));
            rounds.back().privacy.emplace();
            rounds.back().privacy->epsilon = r;
        }
        dashboard.load(rounds, {}, 3, 4);
        QCOMPARE(dashboard.epsilonSeries()->count(), 3);
        QVERIFY(dashboard.hasPrivacy());
        dashboard.reset(3, 4);
        QVERIFY(!dashboard.hasPrivacy());
        QCOMPARE(dashboard.epsilonSeries()->count(), 0);
    }

    // ---- real federations through the page's actions ----

    void syntheticRunUpdatesChartsAndClients() {
        QTemporaryDir dir;
        Page p(dir.path());
        QAbstractItemModelTester clientsTester(
            p.clients, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            p.proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester roundsTester(
            p.rounds, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester incidentsTester(
            p.incidents, QAbstractItemModelTester::FailureReportingMode::QtTest);
        p.page->show();

        QVERIFY(!p.page->startAction()->isEnabled()); // no spec yet
        const FederationSpec spec = quickSpec({u"rounds=4"_s, u"clients=8"_s});
        p.page->setSpec(spec, QString(), true);
        QVERIFY(p.page->startAction()->isEnabled());
        QVERIFY(!p.page->pauseAction()->isEnabled());
        QVERIFY(!p.page->resumeAction()->isEnabled());

        QSignalSpy started(p.controller, &FederationController::runStarted);
        QSignalSpy roundsStarted(p.controller, &FederationController::roundStarted);
        QSignalSpy clientsFinished(p.controller, &FederationController::clientFinished);
        QSignalSpy roundsFinished(p.controller, &FederationController::roundFinished);
        QSignalSpy finished(p.controller, &FederationController::finished);
        QSignalSpy running(p.page.get(), &RunPage::runningChanged);
        QSignalSpy fileChanged(p.page.get(), &RunPage::runFileChanged);
        QSignalSpy rowsInserted(p.rounds, &QAbstractItemModel::rowsInserted);

        p.page->startAction()->trigger();
        QVERIFY(p.page->isRunning());
        QVERIFY(!p.page->startAction()->isEnabled());
        QVERIFY(p.page->stopAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);

        QCOMPARE(started.count(), 1);
        QCOMPARE(roundsStarted.count(), 4);
        QCOMPARE(clientsFinished.count(), 4 * 8);
        QCOMPARE(roundsFinished.count(), 4);
        QCOMPARE(rowsInserted.count(), 4);
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.at(0).at(0).toBool(), true);
        QCOMPARE(running.at(1).at(0).toBool(), false);
        QCOMPARE(fileChanged.count(), 1);
        const auto summary = finished.at(0).at(0).value<RunSummary>();
        QCOMPARE(summary.status, RunStatus::Finished);
        QCOMPARE(summary.roundsCompleted, 4);
        QCOMPARE(p.controller->state(), FederationController::State::Finished);

        QCOMPARE(p.clients->rowCount(), 8);
        for (int i = 0; i < 8; ++i) {
            QCOMPARE(p.clients->row(i).state, ClientsModel::State::Done);
            QCOMPARE(p.clients->row(i).roundsParticipated, 4);
            QVERIFY(std::isfinite(p.clients->row(i).lastLoss));
        }
        QCOMPARE(p.rounds->rowCount(), 4);
        QCOMPARE(p.dashboard->accuracySeries()->count(), 4);
        const auto rec = roundsFinished.at(3).at(0).value<RoundRecord>();
        QCOMPARE(p.dashboard->accuracySeries()->at(3).y(), rec.accuracy * 100.0);
        QCOMPARE(p.page->runPath(), fileChanged.at(0).at(0).toString());
        QVERIFY(QFile::exists(p.page->runPath()));
        QVERIFY(p.page->runPath().startsWith(dir.path()));
        QCOMPARE(p.page->findChild<QProgressBar*>(u"overallProgress"_s)->value(), 4);
        QCOMPARE(p.page->findChild<QProgressBar*>(u"roundProgress"_s)->value(), 0);
        // The figures stand beside the bars, never on them (where the fill would cut them).
        for (auto* bar : p.page->findChildren<QProgressBar*>())
            QVERIFY(!bar->isTextVisible());
        QCOMPARE(p.page->findChild<QLabel*>(u"overallProgressText"_s)->text(), u"4 of 4 rounds"_s);
        QVERIFY(p.log().contains(u"Finished at round 4 of 4"_s));
        QVERIFY(p.page->startAction()->isEnabled());
        QVERIFY(!p.page->resumeAction()->isEnabled()); // finished: nothing to resume
        QVERIFY(!p.page->isRunning());

        // The run file says the same as the page.
        auto store = RunStore::open(p.page->runPath(), RunStore::Mode::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE((*store)->status(), RunStatus::Finished);
        QCOMPARE((*store)->lastCompletedRound(), 4);
    }

    void stopLeavesAStoppedRunThatResumeFinishes() {
        QTemporaryDir dir;
        Page p(dir.path());
        // Many short rounds: the stop, queued to the GUI thread, lands long before the last.
        p.page->setSpec(quickSpec({u"rounds=40"_s, u"clients=6"_s}), QString(), true);
        QSignalSpy finished(p.controller, &FederationController::finished);
        // Stop as soon as the first round is in: the round in progress completes.
        connect(p.controller, &FederationController::roundFinished, p.page.get(),
                [&p](const RoundRecord& r) {
                    if (r.round == 1)
                        p.page->stopAction()->trigger();
                });
        p.page->startAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
        QCOMPARE(p.controller->state(), FederationController::State::Stopped);
        const int stoppedAt = p.rounds->lastRound();
        QVERIFY(stoppedAt >= 1 && stoppedAt < 40);
        QVERIFY(p.page->resumeAction()->isEnabled());
        QVERIFY(p.log().contains(u"Stopped after round"_s));
        {
            auto store = RunStore::open(p.page->runPath(), RunStore::Mode::ReadOnly);
            QVERIFY2(store.ok(), qPrintable(store.error()));
            QCOMPARE((*store)->status(), RunStatus::Stopped);
            QCOMPARE((*store)->lastCompletedRound(), stoppedAt);
        }

        p.page->resumeAction()->trigger();
        QVERIFY(p.page->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kRunTimeoutMs);
        QCOMPARE(p.controller->state(), FederationController::State::Finished);
        QCOMPARE(p.rounds->rowCount(), 40);
        QCOMPARE(p.dashboard->accuracySeries()->count(), 40);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(p.dashboard->accuracySeries()->at(i).x(), double(i + 1));
        QVERIFY(p.log().contains(u"Resumed at round %1"_s.arg(stoppedAt + 1)));
        auto store = RunStore::open(p.page->runPath(), RunStore::Mode::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE((*store)->status(), RunStatus::Finished);
        QCOMPARE((*store)->lastCompletedRound(), 40);
    }

    void pauseKeepsTheFederationAndResumeContinues() {
        QTemporaryDir dir;
        Page p(dir.path());
        p.page->setSpec(quickSpec({u"rounds=4"_s, u"clients=4"_s}), QString(), true);
        QSignalSpy finished(p.controller, &FederationController::finished);
        QSignalSpy started(p.controller, &FederationController::runStarted);
        QSignalSpy states(p.controller, &FederationController::stateChanged);
        // Paused while the data load: the federation is built, then waits before round 1.
        p.page->startAction()->trigger();
        QVERIFY(p.page->pauseAction()->isEnabled());
        p.page->pauseAction()->trigger();
        QVERIFY(p.page->isRunning()); // pausing: the engine is still busy
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
        QCOMPARE(p.controller->state(), FederationController::State::Paused);
        QCOMPARE(p.rounds->lastRound(), 0);
        QCOMPARE(p.clients->rowCount(), 4);
        QVERIFY(!p.page->isRunning());
        QVERIFY(p.page->resumeAction()->isEnabled());
        QVERIFY(p.page->stopAction()->isEnabled()); // releases the paused federation
        QVERIFY(!p.page->pauseAction()->isEnabled());
        QVERIFY(p.log().contains(u"Paused after round 0"_s));

        p.page->resumeAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kRunTimeoutMs);
        QCOMPARE(p.controller->state(), FederationController::State::Finished);
        QCOMPARE(p.rounds->rowCount(), 4);
        QCOMPARE(p.dashboard->accuracySeries()->count(), 4);
        QVERIFY(p.log().contains(u"Resuming at round 1"_s));
        // Continued in memory: the same federation announced itself again, from round 1.
        QCOMPARE(started.count(), 2);
        QList<FederationController::State> seen;
        for (const auto& args : states)
            seen << args.at(0).value<FederationController::State>();
        QVERIFY(seen.contains(FederationController::State::Pausing));
        QVERIFY(seen.contains(FederationController::State::Paused));
        QVERIFY(!seen.mid(seen.indexOf(FederationController::State::Paused))
                     .contains(FederationController::State::Starting)); // no reload
    }

    void openRunShowsTheRunAsItWas() {
        QTemporaryDir dir;
        QString path;
        QList<QPointF> accuracy, cumulative;
        std::vector<ClientsModel::Row> rows;
        int incidents = 0;
        {
            Page p(dir.path());
            p.page->setSpec(quickSpec({u"rounds=3"_s, u"clients=5"_s}), QString(), true);
            QSignalSpy finished(p.controller, &FederationController::finished);
            p.page->startAction()->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
            path = p.page->runPath();
            accuracy = points(p.dashboard->accuracySeries());
            cumulative = points(p.dashboard->cumulativeEnergySeries());
            for (int i = 0; i < p.clients->rowCount(); ++i)
                rows.push_back(p.clients->row(i));
            incidents = p.incidents->rowCount();
        }
        Page q(dir.path());
        QAbstractItemModelTester clientsTester(
            q.clients, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy opened(q.page.get(), &RunPage::runFileChanged);
        QString error;
        QVERIFY2(q.page->openRun(path, &error), qPrintable(error));
        QVERIFY(opened.wait(30000));
        QCOMPARE(opened.at(0).at(0).toString(), path);
        QCOMPARE(q.page->runPath(), path);
        QCOMPARE(points(q.dashboard->accuracySeries()), accuracy);
        QCOMPARE(points(q.dashboard->cumulativeEnergySeries()), cumulative);
        QCOMPARE(q.rounds->rowCount(), 3);
        QCOMPARE(q.incidents->rowCount(), incidents);
        QCOMPARE(q.clients->rowCount(), int(rows.size()));
        for (int i = 0; i < q.clients->rowCount(); ++i) {
            QCOMPARE(q.clients->row(i).nodeId, rows[std::size_t(i)].nodeId);
            QCOMPARE(q.clients->row(i).roundsParticipated, rows[std::size_t(i)].roundsParticipated);
            QCOMPARE(q.clients->row(i).state, rows[std::size_t(i)].state);
            QCOMPARE(q.clients->row(i).lastLoss, rows[std::size_t(i)].lastLoss);
            QCOMPARE(q.clients->row(i).energyJ, rows[std::size_t(i)].energyJ);
        }
        QVERIFY(!q.page->resumeAction()->isEnabled()); // finished
        QVERIFY(q.log().contains(u"Opened"_s));

        // Files that are not run files are refused at once, with the store's message.
        const QString bogus = dir.filePath(u"not-a-run.fedrun"_s);
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        QVERIFY(!q.page->openRun(bogus, &error));
        QVERIFY2(error.contains(u"not a Federation Studio run file"_s), qPrintable(error));
        QVERIFY(!q.page->openRun(dir.filePath(u"missing.fedrun"_s), &error));
        QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
        QCOMPARE(q.page->runPath(), path); // the run on display stays
    }

    void openedStoppedRunResumes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stopped.fedrun"_s);
        {
            // Stopped before it began: a run file with no rounds, marked stopped.
            auto f = Federation::create(quickSpec({u"rounds=3"_s, u"clients=4"_s}), path);
            QVERIFY2(f.ok(), qPrintable(f.error()));
            std::atomic<bool> stop{true};
            auto s = (*f)->run(stop);
            QVERIFY2(s.ok(), qPrintable(s.error()));
            QCOMPARE(s->status, RunStatus::Stopped);
        }
        Page p(dir.path());
        QSignalSpy opened(p.page.get(), &RunPage::runFileChanged);
        QString error;
        QVERIFY2(p.page->openRun(path, &error), qPrintable(error));
        QVERIFY(opened.wait(30000));
        QVERIFY(p.page->resumeAction()->isEnabled());
        QSignalSpy finished(p.controller, &FederationController::finished);
        p.page->resumeAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);
        QCOMPARE(p.controller->state(), FederationController::State::Finished);
        QCOMPARE(p.rounds->rowCount(), 3);
        QCOMPARE(p.clients->rowCount(), 4);
    }

    void rejectedUpdatesBecomeIncidents() {
        QTemporaryDir dir;
        Page p(dir.path());
        QAbstractItemModelTester tester(p.incidents,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // An MLP at learning rate 10 with momentum diverges on Synthetic(1,1) in round 2: the
        // engine rejects those updates ("training diverged") and the round goes on without them.
        p.page->setSpec(quickSpec({u"rounds=2"_s, u"clients=4"_s, u"model.architecture=mlp"_s,
                                   u"training.learning_rate=10"_s, u"training.momentum=0.9"_s}),
                        QString(), true);
        QSignalSpy finished(p.controller, &FederationController::finished);
        QSignalSpy failed(p.controller, &FederationController::failed);
        p.page->startAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, kRunTimeoutMs);
        QVERIFY(p.incidents->rowCount() > 0);
        QCOMPARE(p.incidents->index(0, IncidentsModel::KindColumn).data().toString(),
                 u"rejected"_s);
        QVERIFY(!p.incidents->index(0, IncidentsModel::ReasonColumn).data().toString().isEmpty());
        QVERIFY(p.log().contains(u"was rejected"_s));
        bool rejectedState = false;
        for (int i = 0; i < p.clients->rowCount(); ++i)
            rejectedState =
                rejectedState || p.clients->row(i).state == ClientsModel::State::Rejected;
        QVERIFY(rejectedState);
    }

    void errorsAreShownNotThrown() {
        QTemporaryDir dir;
        Page p(dir.path());
        p.page->show();
        FederationSpec spec = quickSpec();
        spec.data.dataset = DatasetKind::FashionMnist;
        spec.data.path = dir.filePath(u"no-such-data-set"_s);
        spec.model.architecture = ModelArchitecture::Mlp;
        p.page->setSpec(spec, QString(), true);
        QSignalSpy failed(p.controller, &FederationController::failed);
        QSignalSpy status(p.page.get(), &RunPage::statusMessage);
        p.page->startAction()->trigger();
        QVERIFY(failed.wait(kRunTimeoutMs));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(u"no-such-data-set"_s), qPrintable(message));
        QCOMPARE(p.controller->state(), FederationController::State::Failed);
        QVERIFY(!p.page->isRunning());
        QVERIFY(p.page->startAction()->isEnabled());
        QVERIFY(!p.page->resumeAction()->isEnabled()); // no run file was made
        auto* banner = p.page->findChild<QLabel*>(u"errorText"_s);
        QVERIFY(banner->isVisibleTo(p.page.get()));
        QCOMPARE(banner->text(), message);
        QVERIFY(p.log().contains(message));
    }

    void clientColumnsFitTheirTitles() {
        // "Contribution score" used to be cut to "ontribution scor" at the default width.
        QTemporaryDir dir;
        Page p(dir.path());
        auto* view = p.page->findChild<QTableView*>(u"clientsView"_s);
        QVERIFY(view);
        const QFontMetrics fm = view->horizontalHeader()->fontMetrics();
        for (int column = ClientsModel::DeviceColumn; column < ClientsModel::ColumnCount;
             ++column) {
            const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(view->columnWidth(column) > fm.horizontalAdvance(title) + 16,
                     qPrintable(title));
        }
    }

    void exportsChartsAndMetrics() {
        QTemporaryDir dir;
        Page p(dir.path());
        p.page->show();
        p.page->setSpec(quickSpec({u"rounds=3"_s, u"clients=4"_s}), QString(), true);
        QSignalSpy finished(p.controller, &FederationController::finished);
        p.page->startAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunTimeoutMs);

        for (ChartPanel* panel : p.dashboard->panels()) {
            if (!panel->isShowingChart())
                continue; // e.g. energy charts of a run without energy
            for (const QString& suffix : {u"png"_s, u"svg"_s}) {
                const QString file = dir.filePath(panel->fileStem() + u'.' + suffix);
                QString error;
                QVERIFY2(panel->exportTo(file, &error), qPrintable(error));
                QVERIFY(QFileInfo(file).size() > 1000);
            }
            QImage png(dir.filePath(panel->fileStem() + u".png"_s));
            QVERIFY(!png.isNull());
            QVERIFY(png.width() >= 2 * 280);
            QFile svg(dir.filePath(panel->fileStem() + u".svg"_s));
            QVERIFY(svg.open(QIODevice::ReadOnly));
            const QByteArray text = svg.readAll();
            QVERIFY(text.contains("<svg"));
            QVERIFY(text.contains(panel->chart()->title().toUtf8()));
        }
        QString error;
        QVERIFY(!p.dashboard->panel(Dashboard::Chart::AccuracyLoss)
                     ->exportTo(dir.filePath(u"chart.bmp"_s), &error));

        const QString rounds = dir.filePath(u"rounds.csv"_s);
        const QString clients = dir.filePath(u"clients.csv"_s);
        Status s = exportRoundsCsv(p.page->runPath(), rounds);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        s = exportClientRoundsCsv(p.page->runPath(), clients);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QFile r(rounds);
        QVERIFY(r.open(QIODevice::ReadOnly | QIODevice::Text));
        const QList<QByteArray> roundLines = r.readAll().trimmed().split('\n');
        QCOMPARE(roundLines.size(), 1 + 3);
        QVERIFY(roundLines[0].startsWith("round,started_at,finished_at,wall_seconds"));
        QVERIFY(roundLines[1].startsWith("1,"));
        QFile c(clients);
        QVERIFY(c.open(QIODevice::ReadOnly | QIODevice::Text));
        const QList<QByteArray> clientLines = c.readAll().trimmed().split('\n');
        QCOMPARE(clientLines.size(), 1 + 3 * 4);
        QVERIFY(clientLines[1].contains(",accepted,"));
        // The accuracy in the CSV is the accuracy on the chart, at full precision.
        const double csvAccuracy = roundLines[3].split(',')[5].toDouble();
        QCOMPARE(csvAccuracy * 100.0, p.dashboard->accuracySeries()->at(2).y());

        QVERIFY(!exportRoundsCsv(dir.filePath(u"missing.fedrun"_s), rounds).ok());
    }

    void destroyingThePageStopsGracefully() {
        QTemporaryDir dir;
        QString path;
        {
            Page p(dir.path());
            p.page->setSpec(quickSpec({u"rounds=50"_s, u"clients=6"_s}), QString(), true);
            QSignalSpy roundStarted(p.controller, &FederationController::roundStarted);
            p.page->startAction()->trigger();
            QVERIFY(roundStarted.wait(kRunTimeoutMs));
            path = p.controller->runPath();
        } // the page and its controller go while a round is in progress
        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        QCOMPARE((*store)->status(), RunStatus::Stopped);
        QVERIFY((*store)->lastCompletedRound() >= 1);
        QVERIFY((*store)->lastCompletedRound() < 50);
    }
};

QTEST_MAIN(TestRunPage)
#include "test_runpage.moc"
