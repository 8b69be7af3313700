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
#include "tests/support/NetworkedFixture.h"
#include "tests/support/Processes.h"
#include "tests/support/SshServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSpec = LoopbackSpec(u"remote node"_s, 11, 2, 2).json();

} // namespace

class TestRemoteNode : public QObject {
    Q_OBJECT
    std::optional<SshServer> m_ssh; //!< a fresh server for each test function

private Q_SLOTS:
    void init() {
        if (!QFile::exists(kSshd))
            QSKIP("OpenSSH server (/usr/sbin/sshd) is not installed: apt-get install "
                  "openssh-server");
        m_ssh.emplace();
        const QString sshError = m_ssh->start();
        QVERIFY2(sshError.isEmpty(), qPrintable(sshError));
    }
    void cleanup() { m_ssh.reset(); }

    void fednodeLaunchedOverSshTrains() {
        SshServer& ssh = *m_ssh;

        NetworkedFixture net;
        FED_VERIFY_OK(net.provision(kSpec, 0, u"remote"_s));
        // NodeLauncher starts fednode with its kit alone, so the nodes go to the kit's address.
        net.listenOnKitAddress();
        FED_VERIFY_OK(net.startCoordinator());
        FED_VERIFY_OK(net.createFederation());

        launch::LaunchTarget remoteTarget = ssh.target(net.nodeKitDir(0));
        remoteTarget.fednodePath = FEDNODE_PATH;
        launch::LaunchTarget localTarget;
        localTarget.fednodePath = FEDNODE_PATH;
        localTarget.kitDir = net.nodeKitDir(1);
        launch::NodeLauncher remote(remoteTarget), local(localTarget);
        QStringList remoteLog, localLog;
        connect(&remote, &launch::NodeLauncher::logLine, this,
                [&](const QString& l) { remoteLog << l; });
        connect(&local, &launch::NodeLauncher::logLine, this,
                [&](const QString& l) { localLog << l; });
        remote.start();
        local.start();
        const auto launched = [&] {
            return remote.state() != launch::NodeLauncher::State::Failed &&
                   local.state() != launch::NodeLauncher::State::Failed;
        };
        // Both nodes join before the first round opens: a selected node that is not connected
        // within the heartbeat silence is dropped, and copying the kit and starting fednode over
        // ssh can take longer than that on a busy machine.
        NetworkedFixture::waitUntil(
            [&] { return net.coordinator().joinedNodes() == 2 || !launched(); },
            std::chrono::seconds(120));

        // The federation blocks in its own thread; this one runs the launchers' event loop, and
        // stops the run if a launcher fails or it takes more than three minutes.
        QElapsedTimer timer;
        timer.start();
        const Result<RunSummary> summary =
            net.run([&] { return launched() && timer.elapsed() < 180000; });
        // Nodes leave when the coordinator says the federation is over.
        NetworkedFixture::waitUntil(
            [&] {
                return remote.state() != launch::NodeLauncher::State::Running &&
                       local.state() != launch::NodeLauncher::State::Running;
            },
            std::chrono::seconds(15));
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
        const auto remoteKits = SshServer::remoteKitRoot(net.coordinatorKit().federationId);
        QVERIFY(pki::loadNodeKit(remoteKits / "node-000").ok());
        std::error_code ec;
        std::filesystem::remove_all(remoteKits, ec);

        net.finish();
        auto store = RunStore::open(net.runPath(), RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        Ledger ledger(**store);
        const VerifyReport report = ledger.verify();
        QVERIFY2(report.valid(), qPrintable(report.summary()));
    }

    // `fedctl run` with launch.mode ssh, as a user runs it: both nodes on the loopback sshd,
    // reached with the spec's own ssh_options (a throwaway known_hosts), their logs in fedctl's.
    void fedctlRunsOverSsh() {
        SshServer& ssh = *m_ssh;
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
        const Outcome provision =
            fedctl({u"provision"_s, specPath, u"--out"_s, dir.filePath(u"kits"_s), u"--port"_s,
                    QString::number(freeLoopbackPort())});
        QVERIFY2(provision.exitCode == 0, provision.err.constData());
        auto kit = pki::loadCoordinatorKit(dir.filePath(u"kits/coordinator"_s).toStdString());
        QVERIFY2(kit, qPrintable(kit.error()));

        const QString runPath = dir.filePath(u"ssh.fedrun"_s);
        const Outcome run = fedctl({u"run"_s, specPath, u"--out"_s, runPath}, 180000);
        const QByteArray& err = run.err;
        const auto remoteKits = SshServer::remoteKitRoot(kit->federationId);
        const bool copied = pki::loadNodeKit(remoteKits / "node-001").ok();
        std::error_code ec;
        std::filesystem::remove_all(remoteKits, ec);
        QVERIFY2(run.exitCode == 0, qPrintable(QString::fromUtf8(err) + ssh.logTail()));
        QVERIFY2(err.contains("finished: 2/2 rounds"), err.constData());
        // Both fednodes' own lines came back over ssh, and they ran on the copied kits.
        QVERIFY2(err.contains("node-000: joined federation"), err.constData());
        QVERIFY2(err.contains("node-001: joined federation"), err.constData());
        QVERIFY(copied);
        // The throwaway known_hosts the spec named is the one ssh used.
        QVERIFY(QFile::exists(QString::fromStdString(server.sshOptions.at(1)).section(u'=', 1)));

        const Outcome verify = fedctl({u"ledger"_s, u"verify"_s, runPath});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestRemoteNode)
#include "test_remote_node.moc"
