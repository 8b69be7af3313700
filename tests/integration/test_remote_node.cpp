// Remote launch end to end (issue #5): a coordinator on loopback, one real fednode launched over
// a real OpenSSH server (kit copied by scp, fednode started by ssh, its log streamed back) and
// one launched locally, both through NodeLauncher; they train two rounds and the ledger verifies.
#include "engine/federation/Federation.h"
#include "engine/federation/RemoteClients.h"
#include "engine/launch/NodeLauncher.h"
#include "engine/ledger/Ledger.h"
#include "engine/net/Coordinator.h"
#include "engine/pki/Provisioning.h"
#include "engine/spec/SpecIO.h"
#include "engine/store/RunStore.h"
#include "tests/integration/SshServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace fed;
using namespace fedtest;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSpec = R"({
  "format": "fedstudio-spec/1", "name": "remote node", "seed": 11,
  "rounds": 2, "clients": 2,
  "data": {"dataset": "synthetic", "synthetic": {"samples_per_client": 100, "test_samples": 200}},
  "model": {"architecture": "logreg"},
  "training": {"learning_rate": 0.05, "local_epochs": 1, "batch_size": 16},
  "strategy": {"name": "fedavg"},
  "execution": {"workers": 1}
}
)";

} // namespace

class TestRemoteNode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fednodeLaunchedOverSshTrains() {
        if (!QFile::exists(kSshd))
            QSKIP("OpenSSH server (/usr/sbin/sshd) is not installed: apt-get install "
                  "openssh-server");
        SshServer ssh;
        const QString sshError = ssh.start();
        QVERIFY2(sshError.isEmpty(), qPrintable(sshError));

        QTemporaryDir dir;
        const QString specPath = dir.filePath(u"remote.fed.json"_s);
        QVERIFY(writeFile(specPath, kSpec));
        const int port = freeLoopbackPort();
        pki::ProvisionOptions options;
        options.outDir = dir.filePath(u"kits"_s).toStdString();
        options.coordinatorPort = port;
        auto provisioned = pki::provision(specPath.toStdString(), options);
        QVERIFY2(provisioned, qPrintable(provisioned.error()));
        auto kit = pki::loadCoordinatorKit(options.outDir / "coordinator");
        QVERIFY2(kit, qPrintable(kit.error()));

        net::CoordinatorOptions copts;
        copts.listenAddress = "127.0.0.1:" + std::to_string(port);
        copts.roundDeadline = std::chrono::seconds(60);
        auto coordinator = net::Coordinator::start(*kit, copts);
        QVERIFY2(coordinator, qPrintable(coordinator.error()));
        auto setup = net::remoteSetup(*kit, *coordinator);
        QVERIFY2(setup, qPrintable(setup.error()));
        auto spec = loadSpecFile(specPath);
        QVERIFY2(spec, qPrintable(spec.error()));
        const QString runPath = dir.filePath(u"remote.fedrun"_s);
        auto federation = Federation::create(*spec, runPath, &*setup);
        QVERIFY2(federation, qPrintable(federation.error()));

        launch::LaunchTarget remoteTarget = ssh.target(options.outDir / "nodes" / "node-000");
        remoteTarget.fednodePath = FEDNODE_PATH;
        launch::LaunchTarget localTarget;
        localTarget.fednodePath = FEDNODE_PATH;
        localTarget.kitDir = options.outDir / "nodes" / "node-001";
        launch::NodeLauncher remote(remoteTarget), local(localTarget);
        QStringList remoteLog, localLog;
        connect(&remote, &launch::NodeLauncher::logLine, this,
                [&](const QString& l) { remoteLog << l; });
        connect(&local, &launch::NodeLauncher::logLine, this,
                [&](const QString& l) { localLog << l; });
        remote.start();
        local.start();

        // The federation blocks in its own thread; this one runs the launchers' event loop.
        std::atomic<bool> stop{false}, done{false};
        Result<RunSummary> summary = fail(u"not run"_s);
        std::thread runner([&] {
            summary = (*federation)->run(stop);
            done = true;
        });
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 180000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            if (remote.state() == launch::NodeLauncher::State::Failed ||
                local.state() == launch::NodeLauncher::State::Failed)
                stop = true;
        }
        if (!done)
            stop = true;
        runner.join();
        // Nodes leave when the coordinator says the federation is over.
        for (int i = 0; i < 300 && (remote.state() == launch::NodeLauncher::State::Running ||
                                    local.state() == launch::NodeLauncher::State::Running);
             ++i)
            QTest::qWait(50);
        const QString logs = u"remote: %1\n---\n%2\n---\nlocal: %3\n---\n%4\n---\nsshd:\n%5"_s.arg(
            remote.lastError(), remoteLog.join(u'\n'), local.lastError(), localLog.join(u'\n'),
            ssh.logTail());
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + logs));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, 2);
        QCOMPARE(remote.state(), launch::NodeLauncher::State::Exited);
        // fednode's own log lines, streamed back over ssh.
        QVERIFY2(remoteLog.join(u'\n').contains(u"joined federation"_s), qPrintable(logs));
        QVERIFY2(remoteLog.join(u'\n').contains(u"round 2: update sent"_s), qPrintable(logs));
        QVERIFY2(localLog.join(u'\n').contains(u"round 2: update sent"_s), qPrintable(logs));
        // The kit it ran with is the copy in the remote user's home.
        const auto remoteKits = SshServer::remoteKitRoot(kit->federationId);
        QVERIFY(pki::loadNodeKit(remoteKits / "node-000").ok());
        std::error_code ec;
        std::filesystem::remove_all(remoteKits, ec);

        (*coordinator)->shutdown();
        federation->reset();
        auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        Ledger ledger(**store);
        const VerifyReport report = ledger.verify();
        QVERIFY2(report.valid(), qPrintable(report.summary()));
    }

    // `fedctl run` with launch.mode ssh, as a user runs it: both nodes on the loopback sshd,
    // reached with the spec's own ssh_options (a throwaway known_hosts), their logs in fedctl's.
    void fedctlRunsOverSsh() {
        if (!QFile::exists(kSshd))
            QSKIP("OpenSSH server (/usr/sbin/sshd) is not installed: apt-get install "
                  "openssh-server");
        SshServer ssh;
        const QString sshError = ssh.start();
        QVERIFY2(sshError.isEmpty(), qPrintable(sshError));
        QTemporaryDir dir;
        const launch::LaunchTarget server = ssh.target({});
        QJsonArray sshOptions;
        for (const std::string& o : server.sshOptions)
            sshOptions.append(QString::fromStdString(o));
        QJsonObject host{{u"host"_s, QString::fromStdString(server.host)},
                         {u"port"_s, server.sshPort},
                         {u"identity_file"_s, QString::fromStdString(server.identityFile)},
                         {u"fednode"_s, QStringLiteral(FEDNODE_PATH)},
                         {u"ssh_options"_s, sshOptions}};
        QJsonObject spec = QJsonDocument::fromJson(kSpec).object();
        spec.insert(u"launch"_s, QJsonObject{{u"mode"_s, u"ssh"_s},
                                             {u"kit_dir"_s, u"kits"_s},
                                             {u"round_deadline_seconds"_s, 60},
                                             {u"hosts"_s, QJsonArray{host}}});
        const QString specPath = dir.filePath(u"ssh.fed.json"_s);
        QVERIFY(writeFile(specPath, QJsonDocument(spec).toJson()));
        QProcess provision;
        provision.start(QStringLiteral(FEDCTL_PATH),
                        {u"provision"_s, specPath, u"--out"_s, dir.filePath(u"kits"_s), u"--port"_s,
                         QString::number(freeLoopbackPort())});
        QVERIFY(provision.waitForFinished(60000));
        QVERIFY2(provision.exitCode() == 0, provision.readAllStandardError().constData());
        auto kit = pki::loadCoordinatorKit(dir.filePath(u"kits/coordinator"_s).toStdString());
        QVERIFY2(kit, qPrintable(kit.error()));

        const QString runPath = dir.filePath(u"ssh.fedrun"_s);
        QProcess run;
        run.start(QStringLiteral(FEDCTL_PATH), {u"run"_s, specPath, u"--out"_s, runPath});
        QVERIFY(run.waitForFinished(180000));
        const QByteArray err = run.readAllStandardError();
        const auto remoteKits = SshServer::remoteKitRoot(kit->federationId);
        const bool copied = pki::loadNodeKit(remoteKits / "node-001").ok();
        std::error_code ec;
        std::filesystem::remove_all(remoteKits, ec);
        QVERIFY2(run.exitCode() == 0, qPrintable(QString::fromUtf8(err) + ssh.logTail()));
        QVERIFY2(err.contains("finished: 2/2 rounds"), err.constData());
        // Both fednodes' own lines came back over ssh, and they ran on the copied kits.
        QVERIFY2(err.contains("node-000: joined federation"), err.constData());
        QVERIFY2(err.contains("node-001: joined federation"), err.constData());
        QVERIFY(copied);
        // The throwaway known_hosts the spec named is the one ssh used.
        QVERIFY(QFile::exists(QString::fromStdString(server.sshOptions.at(1)).section(u'=', 1)));

        QProcess verify;
        verify.start(QStringLiteral(FEDCTL_PATH), {u"ledger"_s, u"verify"_s, runPath});
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardOutput().constData());
    }
};

QTEST_GUILESS_MAIN(TestRemoteNode)
#include "test_remote_node.moc"
