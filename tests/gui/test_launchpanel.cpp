// The Run page's Launch panel (issue #7): its model under QAbstractItemModelTester, fed by the
// coordinator's node events (never by its log's wording); and networked federations run from
// the Run page with real fednode processes on this machine: the Launch tab comes to the front
// (unless the user picked a tab), node states, events and logs reach it, and a stopped run
// resumes with its kit, or says clearly that a kit is not this run's.
#include "engine/pki/Provisioning.h"
#include "engine/spec/SpecIO.h"
#include "ui/run/FederationController.h"
#include "ui/run/LaunchModel.h"
#include "ui/run/LaunchPanel.h"
#include "ui/run/RunPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace fed;
using namespace fed::ui;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSpec = R"({
  "format": "fedstudio-spec/1", "name": "launch panel", "seed": 5,
  "rounds": 20, "clients": 3,
  "data": {"dataset": "synthetic", "synthetic": {"samples_per_client": 60, "test_samples": 100}},
  "model": {"architecture": "logreg"},
  "training": {"learning_rate": 0.05, "local_epochs": 1, "batch_size": 16},
  "strategy": {"name": "fedavg"},
  "execution": {"workers": 1}
}
)";

std::vector<net::NodePlan> plans(int n) {
    std::vector<net::NodePlan> out;
    for (int i = 0; i < n; ++i) {
        net::NodePlan p;
        p.name = QString::fromStdString(pki::nodeName(i));
        p.where = i == 0 ? u"local"_s : u"alice@gpu%1"_s.arg(i);
        out.push_back(p);
    }
    return out;
}

net::NodeEvent nodeEvent(int node, net::NodeEvent::Kind kind, const QString& detail = {}) {
    return net::NodeEvent{node, kind, detail};
}

int freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

//! A spec file and its provisioned kits in `dir` (kits/), for launch.mode local.
Result<FederationSpec> networkedSpec(const QTemporaryDir& dir, const QString& kitsFolder) {
    const QString specPath = dir.filePath(u"launch.fed.json"_s);
    QFile f(specPath);
    if (!f.exists()) {
        if (!f.open(QIODevice::WriteOnly))
            return fail(f.errorString());
        f.write(kSpec);
        f.close();
    }
    pki::ProvisionOptions options;
    options.outDir = dir.filePath(kitsFolder).toStdString();
    options.coordinatorPort = freePort();
    if (auto provisioned = pki::provision(specPath.toStdString(), options); !provisioned)
        return fail(provisioned.error());
    auto spec = loadSpecFile(specPath);
    if (!spec)
        return spec;
    spec->launch.mode = LaunchMode::Local;
    spec->launch.kitDir = u"kits"_s;
    // Generous: on a loaded machine starting three processes that load LibTorch takes a while,
    // and a late node would fail the quorum. A normal run takes a few seconds.
    spec->launch.roundDeadlineSeconds = 90;
    return spec;
}

QString diagnostics(const LaunchModel& model) {
    QString all = u"coordinator:\n"_s + model.log(-1).join(u'\n');
    for (int i = 0; i < model.rowCount(); ++i)
        all += u"\n%1:\n"_s.arg(i) + model.log(i).join(u'\n');
    return all;
}

} // namespace

class TestLaunchPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase() {
        // Resume remembers kit folders in the settings: this test's, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QCoreApplication::setOrganizationName(u"FederationStudioTest"_s);
        QCoreApplication::setApplicationName(u"test_launchpanel"_s);
        // The fednode this build made, never one on PATH.
        qputenv("FEDSTUDIO_FEDNODE", FEDNODE_PATH);
    }

    void modelRowsStatesAndEvents() {
        LaunchModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setNodes(plans(3));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(LaunchModel::ColumnCount));
        QCOMPARE(model.index(1, LaunchModel::NodeColumn).data().toString(), u"node-001"_s);
        QCOMPARE(model.index(1, LaunchModel::WhereColumn).data().toString(), u"alice@gpu1"_s);
        QCOMPARE(model.index(0, LaunchModel::WhereColumn).data().toString(),
                 LaunchModel::whereName(u"local"_s));
        QVERIFY(LaunchModel::whereName(u"local"_s) != u"local"_s);
        QCOMPARE(model.index(0, LaunchModel::StateColumn).data().toString(),
                 LaunchModel::stateName(launch::NodeLauncher::State::Idle));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNodeState(2, launch::NodeLauncher::State::Running);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(model.index(2, LaunchModel::StateColumn).data().toString(),
                 LaunchModel::stateName(launch::NodeLauncher::State::Running));
        model.setNodeState(7, launch::NodeLauncher::State::Failed); // out of range: ignored
        QCOMPARE(changed.size(), 1);

        // Connections follow the coordinator's node events ...
        using K = net::NodeEvent::Kind;
        using C = LaunchModel::Connection;
        model.applyNodeEvent(nodeEvent(2, K::Joined, u"ipv4:127.0.0.1:5555"_s));
        QCOMPARE(model.connection(2), C::Joined);
        QCOMPARE(model.connection(1), C::Unknown);
        QCOMPARE(model.index(2, LaunchModel::ConnectionColumn).data(Qt::ToolTipRole).toString(),
                 u"ipv4:127.0.0.1:5555"_s);
        model.applyNodeEvent(nodeEvent(1, K::Joined));
        model.applyNodeEvent(nodeEvent(1, K::Dropped, u"no heartbeat for 5.2 s"_s));
        QCOMPARE(model.connection(1), C::Dropped);
        QCOMPARE(model.index(1, LaunchModel::ConnectionColumn).data().toString(),
                 LaunchModel::connectionName(C::Dropped));
        QVERIFY(model.index(1, LaunchModel::ConnectionColumn)
                    .data(Qt::ForegroundRole)
                    .canConvert<QBrush>());
        model.applyNodeEvent(nodeEvent(1, K::Rejoined));
        QCOMPARE(model.connection(1), C::Rejoined);
        QVERIFY(!model.index(1, LaunchModel::ConnectionColumn).data(Qt::ForegroundRole).isValid());
        model.applyNodeEvent(nodeEvent(0, K::Refused, u"the signing key is not the one"_s));
        QCOMPARE(model.connection(0), C::Refused);
        model.applyNodeEvent(nodeEvent(2, K::Left, u"federation finished"_s));
        QCOMPARE(model.connection(2), C::Left);
        // ... and a peer the coordinator could not tie to a node changes no row.
        const int before = int(changed.size());
        model.applyNodeEvent(nodeEvent(-1, K::Refused, u"no client certificate"_s));
        model.applyNodeEvent(nodeEvent(9, K::Joined));
        QCOMPARE(int(changed.size()), before);
        // The log's wording no longer drives anything: a line that looks like a join is a line.
        model.appendCoordinatorLog(u"12:00:00.000 node-001 joined (ipv4:127.0.0.1:5555)"_s);
        model.appendCoordinatorLog(u"round 1 open: 3 nodes selected"_s);
        QCOMPARE(model.connection(1), C::Rejoined);
        QCOMPARE(model.log(-1).size(), 2);

        // Updates: accepted count, rejected ones beside it with the last reason.
        QCOMPARE(model.index(0, LaunchModel::UpdatesColumn).data().toString(), u"—"_s);
        model.applyNodeEvent(nodeEvent(0, K::UpdateAccepted, u"round 1"_s));
        model.applyNodeEvent(nodeEvent(0, K::UpdateAccepted, u"round 2"_s));
        QCOMPARE(model.updatesAccepted(0), 2);
        QCOMPARE(model.index(0, LaunchModel::UpdatesColumn).data().toString(), u"2"_s);
        model.applyNodeEvent(nodeEvent(0, K::UpdateRejected, u"round 3: bad hash"_s));
        QCOMPARE(model.updatesRejected(0), 1);
        QCOMPARE(model.index(0, LaunchModel::UpdatesColumn).data().toString(),
                 LaunchModel::updatesText(2, 1));
        QVERIFY(model.index(0, LaunchModel::UpdatesColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"round 3: bad hash"_s));
        QCOMPARE(model.connection(0), C::Refused); // updates leave the connection alone

        // Logs: the last line in the table (fednode's stamp shortened), the whole log per node.
        model.appendNodeLog(0, u"first"_s);
        model.appendNodeLog(0, u"2026-11-21T16:05:01.735Z node-000: round 5: update sent"_s);
        QCOMPARE(model.index(0, LaunchModel::LastLineColumn).data().toString(),
                 u"16:05:01  round 5: update sent"_s);
        QCOMPARE(model.index(0, LaunchModel::LastLineColumn).data(Qt::ToolTipRole).toString(),
                 u"2026-11-21T16:05:01.735Z node-000: round 5: update sent"_s);
        QCOMPARE(LaunchModel::shortLine(u"ssh: connect to host gpu1 port 22: refused"_s),
                 u"ssh: connect to host gpu1 port 22: refused"_s);
        QCOMPARE(model.log(0),
                 (QStringList{u"first"_s, u"2026-11-21T16:05:01.735Z node-000: round 5: "
                                          "update sent"_s}));
        QVERIFY(model.log(1).isEmpty());
        for (int i = 0; i < LaunchModel::kMaxLogLines + 10; ++i)
            model.appendNodeLog(1, u"line %1"_s.arg(i));
        const QStringList log1 = model.log(1);
        QCOMPARE(log1.size(), LaunchModel::kMaxLogLines);
        QCOMPARE(log1.front(), u"line 10"_s);
        QCOMPARE(log1.back(), u"line %1"_s.arg(LaunchModel::kMaxLogLines + 9));

        // The panel shows the selected node's log and follows new lines.
        LaunchPanel panel(&model);
        QVERIFY(!panel.isShowingPlaceholder());
        auto* text = panel.findChild<QPlainTextEdit*>(u"launchLog"_s);
        QVERIFY(text);
        QCOMPARE(panel.shownNode(), -1);
        QVERIFY(text->toPlainText().contains(u"round 1 open"_s));
        panel.showNode(0);
        QVERIFY(text->toPlainText().startsWith(u"first\n"_s));
        model.appendNodeLog(0, u"third"_s);
        model.appendNodeLog(2, u"not shown"_s);
        QVERIFY(text->toPlainText().endsWith(u"update sent\nthird"_s));
        QVERIFY(!text->toPlainText().contains(u"not shown"_s));

        // Without nodes (an in-process run) the tab explains itself instead of an empty table.
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(panel.shownNode(), -1);
        QVERIFY(panel.isShowingPlaceholder());
        model.setNodes(plans(1));
        QVERIFY(!panel.isShowingPlaceholder());
    }

    void inProcessRunLeavesTheLaunchTab() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto spec = parseSpec(kSpec, dir.path());
        QVERIFY2(spec, qPrintable(spec.error()));
        RunPage page;
        page.setRunsDirectory(dir.filePath(u"runs"_s));
        page.setSpec(*spec, {}, true);
        auto* tabs = page.findChild<QTabWidget*>(u"runTabs"_s);
        auto* launchPanel = page.findChild<LaunchPanel*>(u"launchPanel"_s);
        QVERIFY(tabs && launchPanel);
        // Left on the Launch tab by an earlier networked run.
        tabs->setCurrentWidget(launchPanel);
        auto* controller = page.findChild<FederationController*>(u"federationController"_s);
        QSignalSpy finished(controller, &FederationController::finished);
        QSignalSpy started(controller, &FederationController::runStarted);
        page.startAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), 60000);
        QCOMPARE(tabs->currentIndex(), 0); // Clients: what an in-process run has to show
        QVERIFY(launchPanel->isShowingPlaceholder());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    }

    void nodeDataProblemsNameTheNode() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto spec = networkedSpec(dir, u"kits"_s);
        QVERIFY2(spec, qPrintable(spec.error()));
        // Synthetic data has no files: a path for node-001 stops the start, naming it.
        spec->launch.dataPaths = {QString(), dir.filePath(u"node1-data"_s)};
        RunPage page;
        page.setRunsDirectory(dir.filePath(u"runs"_s));
        page.setSpec(*spec, {}, true);
        auto* controller = page.findChild<FederationController*>(u"federationController"_s);
        QSignalSpy failed(controller, &FederationController::failed);
        QSignalSpy planned(controller, &FederationController::nodesPlanned);
        page.startAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(u"launch.data_paths[1]"_s) && message.contains(u"node-001"_s),
                 qPrintable(message));
        QVERIFY(planned.isEmpty()); // no node was launched
    }

    void networkedRunStopResumeAndWrongKit() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto spec = networkedSpec(dir, u"kits"_s);
        QVERIFY2(spec, qPrintable(spec.error()));
        // Another federation's kits, provisioned from the same spec.
        QTemporaryDir other;
        QVERIFY(other.isValid());
        auto otherSpec = networkedSpec(other, u"kits"_s);
        QVERIFY2(otherSpec, qPrintable(otherSpec.error()));

        RunPage page;
        page.setRunsDirectory(dir.filePath(u"runs"_s));
        page.setSpec(*spec, dir.filePath(u"launch.fed.json"_s), true);
        auto* tabs = page.findChild<QTabWidget*>(u"runTabs"_s);
        auto* launchPanel = page.findChild<LaunchPanel*>(u"launchPanel"_s);
        auto* model = page.findChild<LaunchModel*>(u"launchModel"_s);
        auto* controller = page.findChild<FederationController*>(u"federationController"_s);
        QVERIFY(tabs && launchPanel && model && controller);
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(controller, &FederationController::finished);
        QSignalSpy failed(controller, &FederationController::failed);
        QSignalSpy planned(controller, &FederationController::nodesPlanned);
        QSignalSpy events(controller, &FederationController::nodeEvent);
        int roundsDone = 0;
        connect(controller, &FederationController::roundFinished, this, [&](const RoundRecord& r) {
            roundsDone = r.round;
            // Stop during the first run, after round 1: the run file keeps it.
            if (r.round == 1 && finished.isEmpty())
                page.stopAction()->trigger();
        });

        QCOMPARE(tabs->currentIndex(), 0);
        page.startAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!planned.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        // A networked run brings its Launch tab to the front by itself.
        QCOMPARE(tabs->currentWidget(), launchPanel);
        QCOMPARE(model->rowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 200000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).toString() + u'\n' + diagnostics(*model)));
        QCOMPARE(controller->state(), FederationController::State::Stopped);
        const int stoppedAt = roundsDone;
        QVERIFY(stoppedAt >= 1 && stoppedAt < 20);
        for (int i = 0; i < 3; ++i) {
            // Joined and updates accepted come from the coordinator's events, one per round.
            QVERIFY2(model->connection(i) != LaunchModel::Connection::Unknown,
                     qPrintable(diagnostics(*model)));
            QCOMPARE(model->updatesAccepted(i), stoppedAt);
            const QString log = model->log(i).join(u'\n');
            QVERIFY2(log.contains(u"joined federation"_s), qPrintable(diagnostics(*model)));
        }
        int joinedEvents = 0;
        for (const auto& e : events)
            joinedEvents += e.at(0).value<net::NodeEvent>().kind == net::NodeEvent::Kind::Joined;
        QCOMPARE(joinedEvents, 3);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < 3; ++i)
                    if (model->nodeState(i) != launch::NodeLauncher::State::Exited)
                        return false;
                return true;
            }(),
            20000);
        const QString runPath = page.runPath();
        QVERIFY(QFile::exists(runPath));
        QVERIFY(page.resumeAction()->isEnabled());

        // Another federation's kit (as if remembered for this run): a clear refusal, the run
        // file untouched, and the next Resume asks for the folder instead of trying it again.
        const QString wrongKit = other.filePath(u"kits"_s);
        QSettings().setValue(u"run/resumeKits"_s, QVariantMap{{runPath, wrongKit}});
        failed.clear();
        page.resumeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 120000);
        auto* error = page.findChild<QLabel*>(u"errorText"_s);
        QVERIFY(error);
        QVERIFY2(error->text().contains(u"belongs to federation"_s), qPrintable(error->text()));
        QVERIFY2(error->text().contains(QDir::toNativeSeparators(wrongKit)),
                 qPrintable(error->text()));
        QCOMPARE(QSettings().value(u"run/resumeKits"_s).toMap().value(runPath).toString(),
                 QString());
        QVERIFY(page.resumeAction()->isEnabled());

        // Forgotten: Resume takes the spec's own kit folder, launches the nodes again and
        // runs the remaining rounds. The user picks a tab meanwhile: it stays picked.
        QSettings().remove(u"run/resumeKits"_s);
        failed.clear();
        finished.clear();
        planned.clear();
        events.clear();
        tabs->setCurrentIndex(0);
        page.resumeAction()->trigger();
        const int rounds = tabs->indexOf(page.findChild<QWidget*>(u"roundsView"_s));
        tabs->setCurrentIndex(rounds);
        QTRY_VERIFY_WITH_TIMEOUT(!planned.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(tabs->currentIndex(), rounds);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 200000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).toString() + u'\n' + diagnostics(*model)));
        QCOMPARE(controller->state(), FederationController::State::Finished);
        QCOMPARE(roundsDone, 20);
        QCOMPARE(page.runPath(), runPath);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(model->updatesAccepted(i), 20 - stoppedAt);
        QVERIFY2(model->log(-1).join(u'\n').contains(u"round 20 closed: 3 of 3 updates arrived"_s),
                 qPrintable(diagnostics(*model)));
        // Remembered for this run file, for the next time.
        QCOMPARE(QSettings().value(u"run/resumeKits"_s).toMap().value(runPath).toString(),
                 dir.filePath(u"kits"_s));
        // Told the federation is over, every node leaves and its process exits.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < 3; ++i)
                    if (model->nodeState(i) != launch::NodeLauncher::State::Exited ||
                        model->connection(i) != LaunchModel::Connection::Left)
                        return false;
                return true;
            }(),
            20000);
    }
};

QTEST_MAIN(TestLaunchPanel)
#include "test_launchpanel.moc"
