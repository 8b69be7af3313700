// The Run page's Launch panel (issue #7): its model under QAbstractItemModelTester, and a short
// networked federation driven by the GUI's FederationController with real fednode processes on
// this machine, whose states, connections and logs reach the panel.
#include "engine/pki/Provisioning.h"
#include "engine/spec/SpecIO.h"
#include "ui/run/FederationController.h"
#include "ui/run/LaunchModel.h"
#include "ui/run/LaunchPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace fed;
using namespace fed::ui;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSpec = R"({
  "format": "fedstudio-spec/1", "name": "launch panel", "seed": 5,
  "rounds": 2, "clients": 3,
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

int freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

class TestLaunchPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void modelRowsStatesAndConnections() {
        LaunchModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setNodes(plans(3));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(LaunchModel::ColumnCount));
        QCOMPARE(model.index(1, LaunchModel::NodeColumn).data().toString(), u"node-001"_s);
        QCOMPARE(model.index(1, LaunchModel::WhereColumn).data().toString(), u"alice@gpu1"_s);
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

        // Connections follow the coordinator's join / leave / loss lines, by kit name.
        model.appendCoordinatorLog(u"12:00:00.000 node-002 joined (ipv4:127.0.0.1:5555)"_s);
        QCOMPARE(model.connection(2), LaunchModel::Connection::Joined);
        QCOMPARE(model.connection(1), LaunchModel::Connection::Unknown);
        model.appendCoordinatorLog(u"node-001 joined (x)"_s);
        model.appendCoordinatorLog(u"node-001 lost: no heartbeat for 5 s"_s);
        QCOMPARE(model.connection(1), LaunchModel::Connection::Lost);
        model.appendCoordinatorLog(u"node-002 left: federation finished"_s);
        QCOMPARE(model.connection(2), LaunchModel::Connection::Left);
        model.appendCoordinatorLog(u"round 1 open: 3 nodes selected"_s);
        QCOMPARE(model.log(-1).size(), 5);

        // Logs: the last line in the table, the whole (bounded) log per node.
        model.appendNodeLog(0, u"first"_s);
        model.appendNodeLog(0, u"second"_s);
        QCOMPARE(model.index(0, LaunchModel::LastLineColumn).data().toString(), u"second"_s);
        QCOMPARE(model.log(0), (QStringList{u"first"_s, u"second"_s}));
        QVERIFY(model.log(1).isEmpty());
        for (int i = 0; i < LaunchModel::kMaxLogLines + 10; ++i)
            model.appendNodeLog(1, u"line %1"_s.arg(i));
        const QStringList log1 = model.log(1);
        QCOMPARE(log1.size(), LaunchModel::kMaxLogLines);
        QCOMPARE(log1.front(), u"line 10"_s);
        QCOMPARE(log1.back(), u"line %1"_s.arg(LaunchModel::kMaxLogLines + 9));

        // The panel shows the selected node's log and follows new lines.
        LaunchPanel panel(&model);
        auto* text = panel.findChild<QPlainTextEdit*>(u"launchLog"_s);
        QVERIFY(text);
        QCOMPARE(panel.shownNode(), -1);
        QVERIFY(text->toPlainText().contains(u"round 1 open"_s));
        panel.showNode(0);
        QCOMPARE(text->toPlainText(), u"first\nsecond"_s);
        model.appendNodeLog(0, u"third"_s);
        model.appendNodeLog(2, u"not shown"_s);
        QCOMPARE(text->toPlainText(), u"first\nsecond\nthird"_s);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(panel.shownNode(), -1);
    }

    void localNodesRunFromTheController() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString specPath = dir.filePath(u"launch.fed.json"_s);
        {
            QFile f(specPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(kSpec);
        }
        const int port = freePort();
        QVERIFY(port > 0);
        pki::ProvisionOptions options;
        options.outDir = dir.filePath(u"kits"_s).toStdString();
        options.coordinatorPort = port;
        auto provisioned = pki::provision(specPath.toStdString(), options);
        QVERIFY2(provisioned, qPrintable(provisioned.error()));

        auto spec = loadSpecFile(specPath);
        QVERIFY2(spec, qPrintable(spec.error()));
        spec->launch.mode = LaunchMode::Local;
        spec->launch.kitDir = u"kits"_s;
        // Generous: on a loaded machine starting three processes that load LibTorch takes a while,
        // and a late node would fail the quorum. A normal run takes a few seconds.
        spec->launch.roundDeadlineSeconds = 90;
        // The fednode this build made, never one on PATH.
        qputenv("FEDSTUDIO_FEDNODE", FEDNODE_PATH);

        FederationController controller;
        LaunchModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&controller, &FederationController::nodesPlanned, &model, &LaunchModel::setNodes);
        connect(&controller, &FederationController::nodeStateChanged, &model,
                &LaunchModel::setNodeState);
        connect(&controller, &FederationController::nodeLogLine, &model,
                &LaunchModel::appendNodeLog);
        connect(&controller, &FederationController::coordinatorLogLine, &model,
                &LaunchModel::appendCoordinatorLog);
        QSignalSpy finished(&controller, &FederationController::finished);
        QSignalSpy failed(&controller, &FederationController::failed);
        QSignalSpy rounds(&controller, &FederationController::roundFinished);

        controller.start(*spec, dir.filePath(u"launch.fedrun"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 200000);
        auto diagnostics = [&] {
            QString all = u"coordinator:\n"_s + model.log(-1).join(u'\n');
            for (int i = 0; i < model.rowCount(); ++i)
                all += u"\n%1:\n"_s.arg(i) + model.log(i).join(u'\n');
            return all;
        };
        if (!failed.isEmpty())
            qWarning().noquote() << diagnostics();
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.value(0).value(0).toString() + u'\n' + diagnostics()));
        QCOMPARE(controller.state(), FederationController::State::Finished);
        QCOMPARE(rounds.size(), 2);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY2(model.log(-1).join(u'\n').contains(u"round 2 closed: 3 of 3 updates arrived"_s),
                 qPrintable(diagnostics()));
        for (int i = 0; i < 3; ++i) {
            // fednode's own lines, streamed from its process to the panel.
            const QString log = model.log(i).join(u'\n');
            QVERIFY2(log.contains(u"joined federation"_s), qPrintable(diagnostics()));
            QVERIFY2(log.contains(u"round 2: update sent"_s), qPrintable(diagnostics()));
            QVERIFY(model.connection(i) != LaunchModel::Connection::Unknown);
        }
        // Told the federation is over, every node leaves and its process exits.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < 3; ++i)
                    if (model.nodeState(i) != launch::NodeLauncher::State::Exited)
                        return false;
                return true;
            }(),
            15000);
    }
};

QTEST_MAIN(TestLaunchPanel)
#include "test_launchpanel.moc"
