// Real nodes on loopback (issue #5): a coordinator and four fednode processes with their own
// certificates train synthetic data for three rounds over mutual TLS; a node killed mid-round
// becomes a dropout without stopping the federation; a node whose certificate comes from
// another CA is refused; the ledger verifies with the C++ verifier and the Python one.
#include "engine/federation/Federation.h"
#include "engine/federation/RemoteClients.h"
#include "engine/ledger/Ledger.h"
#include "engine/net/Coordinator.h"
#include "engine/net/NodeClient.h"
#include "engine/pki/Provisioning.h"
#include "engine/spec/SpecIO.h"
#include "engine/store/RunStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

const QString kVerifier = QStringLiteral(FED_SOURCE_DIR "/tools/verify_ledger.py");

QByteArray specJson(int clients, int rounds, const QString& launchMode, const QString& kitDir,
                    double deadlineSeconds) {
    QByteArray json = QStringLiteral(R"({
  "format": "fedstudio-spec/1", "name": "loopback nodes", "seed": 7,
  "rounds": %1, "clients": %2,
  "data": {"dataset": "synthetic", "synthetic": {"samples_per_client": 120, "test_samples": 400}},
  "model": {"architecture": "logreg"},
  "training": {"learning_rate": 0.05, "local_epochs": 1, "batch_size": 16},
  "strategy": {"name": "fedavg"},
  "execution": {"workers": 1})")
                          .arg(rounds)
                          .arg(clients)
                          .toUtf8();
    if (!launchMode.isEmpty())
        json += QStringLiteral(R"(,
  "launch": {"mode": "%1", "kit_dir": "%2", "round_deadline_seconds": %3, "quorum": 0.5})")
                    .arg(launchMode, kitDir)
                    .arg(deadlineSeconds)
                    .toUtf8();
    return json + "\n}\n";
}

int freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! Counts rounds started, so the test can act in the middle of one.
class RoundWatcher : public FederationObserver {
public:
    std::function<void(int)> onRoundStarted;
    void roundStarted(int round, const std::vector<int>&) override {
        if (onRoundStarted)
            onRoundStarted(round);
    }
};

} // namespace

class TestNodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fourNodesTrainThroughAKillAndRefuseAForeignCa() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int port = freePort();
        QVERIFY(port > 0);
        const QString specPath = dir.filePath(u"nodes.fed.json"_s);
        QVERIFY(writeFile(specPath, specJson(4, 3, QString(), QString(), 0)));
        pki::ProvisionOptions options;
        options.outDir = dir.filePath(u"kits"_s).toStdString();
        options.nodes = 4;
        options.coordinatorPort = port;
        auto provisioned = pki::provision(specPath.toStdString(), options);
        QVERIFY2(provisioned, qPrintable(provisioned.error()));
        // A second federation: its node's certificate is from another CA.
        pki::ProvisionOptions foreignOptions = options;
        foreignOptions.outDir = dir.filePath(u"foreign"_s).toStdString();
        foreignOptions.nodes = 1;
        QVERIFY(
            writeFile(dir.filePath(u"one.fed.json"_s), specJson(1, 1, QString(), QString(), 0)));
        auto foreign =
            pki::provision(dir.filePath(u"one.fed.json"_s).toStdString(), foreignOptions);
        QVERIFY2(foreign, qPrintable(foreign.error()));

        auto kit = pki::loadCoordinatorKit(dir.filePath(u"kits/coordinator"_s).toStdString());
        QVERIFY2(kit, qPrintable(kit.error()));
        std::mutex logMutex;
        QStringList log;
        net::CoordinatorOptions copts;
        // Port 0: the system picks a free one, and the nodes are told where (--coordinator);
        // a port chosen in advance could be taken by a parallel test meanwhile.
        copts.listenAddress = "127.0.0.1:0";
        copts.roundDeadline = std::chrono::seconds(20);
        copts.quorum = 0.5;
        copts.heartbeatInterval = std::chrono::milliseconds(300);
        copts.heartbeatMisses = 4;
        copts.log = [&](const QString& line) {
            std::lock_guard lock(logMutex);
            log << line;
        };
        auto coordinator = net::Coordinator::start(*kit, copts);
        QVERIFY2(coordinator, qPrintable(coordinator.error()));
        auto setup = net::remoteSetup(*kit, *coordinator);
        QVERIFY2(setup, qPrintable(setup.error()));
        const QString address = u"127.0.0.1:%1"_s.arg((*coordinator)->port());

        auto spec = loadSpecFile(specPath);
        QVERIFY2(spec, qPrintable(spec.error()));
        RoundWatcher watcher;
        const QString runPath = dir.filePath(u"nodes.fedrun"_s);
        auto federation = Federation::create(*spec, runPath, &*setup, &watcher);
        QVERIFY2(federation, qPrintable(federation.error()));

        // Four fednode processes, each with its own kit.
        std::vector<std::unique_ptr<QProcess>> nodes;
        for (int i = 0; i < 4; ++i) {
            auto p = std::make_unique<QProcess>();
            // To files: nothing reads pipes while the federation runs, and a full pipe would
            // block a node.
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->setStandardOutputFile(dir.filePath(u"node-%1.log"_s.arg(i)));
            p->start(QStringLiteral(FEDNODE_PATH),
                     {u"--kit"_s,
                      dir.filePath(u"kits/nodes/"_s + QString::fromStdString(pki::nodeName(i))),
                      u"--coordinator"_s, address});
            QVERIFY(p->waitForStarted());
            nodes.push_back(std::move(p));
        }
        if (!(*coordinator)->waitForNodes(4, std::chrono::seconds(120))) {
            QByteArray out;
            for (int i = 0; i < 4; ++i)
                out += readFile(dir.filePath(u"node-%1.log"_s.arg(i)));
            QFAIL(qPrintable(u"the four nodes did not join:\n"_s + QString::fromUtf8(out)));
        }

        // Node 3 is killed outright (no Leave, no goodbye) as round 2 starts, and started again
        // (same kit) before round 3, which waits for it to rejoin: it must take part again.
        const qint64 victim = nodes[3]->processId();
        const QByteArray kit3 = dir.filePath(u"kits/nodes/node-003"_s).toLocal8Bit();
        const QByteArray address3 = address.toLocal8Bit();
        const QByteArray log3 = dir.filePath(u"node-003-again.log"_s).toLocal8Bit();
        pid_t again = 0;
        bool rejoined = false;
        watcher.onRoundStarted = [&](int round) {
            if (round == 2)
                ::kill(static_cast<pid_t>(victim), SIGKILL);
            if (round == 3) {
                again = ::fork();
                if (again == 0) {
                    const int fd = ::open(log3.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
                    ::dup2(fd, STDERR_FILENO);
                    ::execl(FEDNODE_PATH, "fednode", "--kit", kit3.constData(), "--coordinator",
                            address3.constData(), nullptr);
                    ::_exit(127);
                }
                rejoined = (*coordinator)->waitForNodes(4, std::chrono::seconds(60));
            }
        };

        // The foreign node trusts our coordinator's CA but holds another CA's certificate: the
        // TLS handshake refuses it, and it never joins.
        auto foreignKit = pki::loadNodeKit(dir.filePath(u"foreign/nodes/node-000"_s).toStdString());
        QVERIFY2(foreignKit, qPrintable(foreignKit.error()));
        foreignKit->caPem = kit->caPem;
        foreignKit->coordinatorAddress = address.toStdString();
        net::NodeClientOptions nopts;
        nopts.backoffBase = std::chrono::milliseconds(50);
        nopts.backoffCap = std::chrono::milliseconds(200);
        nopts.maxAttempts = 4;
        auto intruder = net::NodeClient::create(*foreignKit, nopts);
        QVERIFY2(intruder, qPrintable(intruder.error()));
        std::atomic<bool> never{false};
        std::atomic<bool> trainedIntruder{false};
        const net::NodeExit intruderExit = (*intruder)->run(
            [&](const net::NodeTask&) -> Result<net::NodeAnswer> {
                trainedIntruder = true;
                return fail(u"unreachable"_s);
            },
            never);
        QCOMPARE(intruderExit, net::NodeExit::Failed);
        QVERIFY(!trainedIntruder.load());
        QCOMPARE((*coordinator)->stats().joins, 4);

        std::atomic<bool> stop{false};
        Result<RunSummary> summary = fail(u"not run"_s);
        std::thread runner([&] { summary = (*federation)->run(stop); });
        // The event loop is not needed: the processes are watched by pid.
        runner.join();
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, 3);
        QVERIFY(summary->finalAccuracy > 0.1);

        for (int i = 0; i < 3; ++i) {
            QVERIFY2(nodes[static_cast<std::size_t>(i)]->waitForFinished(15000),
                     "a node did not leave after the federation finished");
            QCOMPARE(nodes[static_cast<std::size_t>(i)]->exitCode(), 0);
            const QByteArray out = readFile(dir.filePath(u"node-%1.log"_s.arg(i)));
            QVERIFY2(out.contains("joined federation"), out.constData());
            QVERIFY2(out.contains("round 3: update sent"), out.constData());
        }
        QVERIFY(nodes[3]->waitForFinished(5000));
        QCOMPARE(nodes[3]->exitStatus(), QProcess::CrashExit);
        QVERIFY(rejoined);
        int status = 0;
        QCOMPARE(::waitpid(again, &status, 0), again);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        (*coordinator)->shutdown();
        federation->reset();

        // The record: node 3 is a dropout from round 2 on; everyone else's updates count.
        auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        auto records = (*store)->allClientRounds();
        QVERIFY(records);
        int accepted = 0;
        int dropped = 0;
        for (const ClientRoundRecord& r : *records) {
            if (r.status == UpdateStatus::Accepted)
                ++accepted;
            if (r.status == UpdateStatus::Dropped) {
                ++dropped;
                QCOMPARE(r.client, 3);
                QCOMPARE(r.round, 2);
            }
        }
        QCOMPARE(accepted, 4 + 3 + 4);
        QCOMPARE(dropped, 1);

        Ledger ledger(**store);
        auto genesis = ledger.genesis();
        QVERIFY(genesis);
        QCOMPARE(genesis->federationId, QString::fromStdString(kit->federationId));
        QCOMPARE(genesis->members.size(), std::size_t{4});
        for (const pki::NodeEntry& e : kit->nodes)
            QCOMPARE(genesis->members[static_cast<std::size_t>(e.index)].nodeId().toHex(),
                     QString::fromStdString(e.nodeId));
        const VerifyReport report = ledger.verify();
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        store->reset();

        QProcess python;
        python.start(u"python3"_s, {kVerifier, runPath});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }

    void fednodeStopsCleanlyAndRefusesBadInput() {
        QProcess noKit;
        noKit.start(QStringLiteral(FEDNODE_PATH), {});
        QVERIFY(noKit.waitForFinished(10000));
        QCOMPARE(noKit.exitCode(), 2);
        QProcess badKit;
        badKit.start(QStringLiteral(FEDNODE_PATH), {u"--kit"_s, u"/nonexistent/kit"_s});
        QVERIFY(badKit.waitForFinished(10000));
        QCOMPARE(badKit.exitCode(), 2);
        QVERIFY(badKit.readAllStandardError().contains("/nonexistent/kit"));

        // A node whose coordinator is not there keeps retrying with backoff until SIGTERM.
        QTemporaryDir dir;
        const QString specPath = dir.filePath(u"one.fed.json"_s);
        QVERIFY(writeFile(specPath, specJson(1, 1, QString(), QString(), 0)));
        pki::ProvisionOptions options;
        options.outDir = dir.filePath(u"kits"_s).toStdString();
        options.coordinatorPort = freePort();
        QVERIFY(pki::provision(specPath.toStdString(), options));
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(QStringLiteral(FEDNODE_PATH),
                   {u"--kit"_s, dir.filePath(u"kits/nodes/node-000.tar.gz"_s)});
        QVERIFY(node.waitForStarted());
        QByteArray out;
        for (int i = 0; i < 300 && !out.contains("retrying in"); ++i) {
            node.waitForReadyRead(100);
            out += node.readAll();
        }
        QVERIFY2(out.contains("cannot reach the coordinator"), out.constData());
        node.terminate();
        QVERIFY(node.waitForFinished(10000));
        QCOMPARE(node.exitStatus(), QProcess::NormalExit);
        QCOMPARE(node.exitCode(), 130);
    }

    void fedctlRunsALocalFederation() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int port = freePort();
        QVERIFY(port > 0);
        const QString specPath = dir.filePath(u"local.fed.json"_s);
        QVERIFY(writeFile(specPath, specJson(3, 2, u"local"_s, u"kits"_s, 120)));
        QProcess provision;
        provision.start(QStringLiteral(FEDCTL_PATH),
                        {u"provision"_s, specPath, u"--out"_s, dir.filePath(u"kits"_s), u"--port"_s,
                         QString::number(port)});
        QVERIFY(provision.waitForFinished(60000));
        QVERIFY2(provision.exitCode() == 0, provision.readAllStandardError().constData());

        const QString runPath = dir.filePath(u"local.fedrun"_s);
        QProcess run;
        run.start(QStringLiteral(FEDCTL_PATH), {u"run"_s, specPath, u"--out"_s, runPath});
        QVERIFY(run.waitForFinished(120000));
        const QByteArray err = run.readAllStandardError();
        QVERIFY2(run.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("node-002: joined federation"), err.constData());
        QVERIFY2(err.contains("finished: 2/2 rounds"), err.constData());

        QProcess verify;
        verify.start(QStringLiteral(FEDCTL_PATH), {u"ledger"_s, u"verify"_s, runPath});
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardOutput().constData());
    }

    // `fedctl revoke` while the coordinator runs: the revoked node is refused from then on, and
    // its place in the open round becomes an incident, without stopping the federation.
    void revocationTakesEffectWhileRunning() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString specPath = dir.filePath(u"revoke.fed.json"_s);
        QVERIFY(writeFile(specPath, specJson(3, 3, QString(), QString(), 0)));
        pki::ProvisionOptions options;
        options.outDir = dir.filePath(u"kits"_s).toStdString();
        options.coordinatorPort = freePort();
        auto provisioned = pki::provision(specPath.toStdString(), options);
        QVERIFY2(provisioned, qPrintable(provisioned.error()));
        const std::filesystem::path coordinatorDir = options.outDir / "coordinator";
        auto kit = pki::loadCoordinatorKit(coordinatorDir);
        QVERIFY2(kit, qPrintable(kit.error()));
        net::CoordinatorOptions copts;
        copts.listenAddress = "127.0.0.1:0";
        copts.roundDeadline = std::chrono::seconds(30);
        copts.quorum = 0.5;
        copts.heartbeatInterval = std::chrono::milliseconds(300);
        auto coordinator = net::Coordinator::start(*kit, copts);
        QVERIFY2(coordinator, qPrintable(coordinator.error()));
        auto setup = net::remoteSetup(*kit, *coordinator);
        QVERIFY2(setup, qPrintable(setup.error()));
        auto spec = loadSpecFile(specPath);
        QVERIFY2(spec, qPrintable(spec.error()));
        RoundWatcher watcher;
        const QString runPath = dir.filePath(u"revoke.fedrun"_s);
        auto federation = Federation::create(*spec, runPath, &*setup, &watcher);
        QVERIFY2(federation, qPrintable(federation.error()));
        const QString address = u"127.0.0.1:%1"_s.arg((*coordinator)->port());
        std::vector<std::unique_ptr<QProcess>> nodes;
        for (int i = 0; i < 3; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->setStandardOutputFile(dir.filePath(u"node-%1.log"_s.arg(i)));
            p->start(QStringLiteral(FEDNODE_PATH),
                     {u"--kit"_s,
                      dir.filePath(u"kits/nodes/"_s + QString::fromStdString(pki::nodeName(i))),
                      u"--coordinator"_s, address});
            QVERIFY(p->waitForStarted());
            nodes.push_back(std::move(p));
        }
        if (!(*coordinator)->waitForNodes(3, std::chrono::seconds(120))) {
            QByteArray out;
            for (int i = 0; i < 3; ++i)
                out += readFile(dir.filePath(u"node-%1.log"_s.arg(i)));
            QFAIL(qPrintable(u"the three nodes did not join:\n"_s + QString::fromUtf8(out)));
        }
        // What `fedctl revoke` does, as round 2 opens: the coordinator holds the old list.
        Status revoked = fail(u"not revoked"_s);
        watcher.onRoundStarted = [&](int round) {
            if (round == 2)
                revoked = pki::revokeNode(coordinatorDir, "2", "key leaked");
        };
        std::atomic<bool> stop{false};
        Result<RunSummary> summary = fail(u"not run"_s);
        std::thread runner([&] { summary = (*federation)->run(stop); });
        runner.join();
        QVERIFY2(revoked, qPrintable(revoked.error()));
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, 3);
        // The revoked node gives up when it is refused (exit 3), or hears that the federation
        // has finished if that comes before its next call (exit 0); the others finish.
        QVERIFY(nodes[2]->waitForFinished(15000));
        const QByteArray out2 = readFile(dir.filePath(u"node-2.log"_s));
        QVERIFY2(nodes[2]->exitCode() == 0 || nodes[2]->exitCode() == 3, out2.constData());
        // Its place in round 2 was closed when the round opened: it never got the task.
        QVERIFY2(!out2.contains("round 2: model received"), out2.constData());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(nodes[static_cast<std::size_t>(i)]->waitForFinished(15000));
            QCOMPARE(nodes[static_cast<std::size_t>(i)]->exitCode(), 0);
        }
        (*coordinator)->shutdown();
        federation->reset();

        auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        auto records = (*store)->allClientRounds();
        QVERIFY(records);
        int accepted = 0;
        bool incident = false;
        for (const ClientRoundRecord& r : *records) {
            if (r.client != 2) {
                QCOMPARE(r.status, UpdateStatus::Accepted);
                continue;
            }
            if (r.round == 1) {
                QCOMPARE(r.status, UpdateStatus::Accepted);
            } else {
                // Round 2: refused at once; round 3: refused or, once it has gone, a dropout.
                QVERIFY2(r.status != UpdateStatus::Accepted, qPrintable(r.detail));
                if (r.round == 2) {
                    QCOMPARE(r.status, UpdateStatus::Rejected);
                    QVERIFY2(r.detail.contains(u"key leaked"_s), qPrintable(r.detail));
                    incident = true;
                }
            }
            if (r.status == UpdateStatus::Accepted)
                ++accepted;
        }
        QCOMPARE(accepted, 1);
        QVERIFY(incident);
        Ledger ledger(**store);
        const VerifyReport report = ledger.verify();
        QVERIFY2(report.valid(), qPrintable(report.summary()));
    }

    // fedctl killed outright (SIGKILL) in the middle of a local run; `fedctl resume` brings the
    // nodes back and finishes from the last committed round, and the ledger verifies.
    void fedctlResumesANetworkedRunAfterAKill() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int port = freePort();
        QVERIFY(port > 0);
        const QString specPath = dir.filePath(u"resume.fed.json"_s);
        QVERIFY(writeFile(specPath, specJson(3, 6, u"local"_s, u"kits"_s, 60)));
        QProcess provision;
        provision.start(QStringLiteral(FEDCTL_PATH),
                        {u"provision"_s, specPath, u"--out"_s, dir.filePath(u"kits"_s), u"--port"_s,
                         QString::number(port)});
        QVERIFY(provision.waitForFinished(60000));
        QVERIFY2(provision.exitCode() == 0, provision.readAllStandardError().constData());

        const QString runPath = dir.filePath(u"resume.fedrun"_s);
        const QString firstLog = dir.filePath(u"first.log"_s);
        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.setStandardOutputFile(firstLog);
        run.start(QStringLiteral(FEDCTL_PATH), {u"run"_s, specPath, u"--out"_s, runPath});
        QVERIFY(run.waitForStarted());
        // Round 3 opens after round 2 is committed: kill then, mid-run.
        QByteArray first;
        for (int i = 0; i < 1200 && !first.contains("round 3 open"); ++i) {
            QTest::qWait(25);
            first = readFile(firstLog);
        }
        QVERIFY2(first.contains("round 3 open"), first.constData());
        ::kill(static_cast<pid_t>(run.processId()), SIGKILL);
        QVERIFY(run.waitForFinished(10000));
        QCOMPARE(run.exitStatus(), QProcess::CrashExit);
        QVERIFY2(!first.contains("finished: 6/6"), first.constData());

        // Bad input first: a missing kit folder, and the in-process refusal of --kit.
        QProcess noKit;
        noKit.start(QStringLiteral(FEDCTL_PATH),
                    {u"resume"_s, runPath, u"--kit"_s, dir.filePath(u"nowhere"_s)});
        QVERIFY(noKit.waitForFinished(60000));
        QCOMPARE(noKit.exitCode(), 2);
        QVERIFY2(noKit.readAllStandardError().contains("--kit"), "no --kit in the message");

        QProcess resume;
        resume.start(QStringLiteral(FEDCTL_PATH), {u"resume"_s, runPath});
        QVERIFY(resume.waitForFinished(180000));
        const QByteArray err = resume.readAllStandardError();
        QVERIFY2(resume.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("resuming"), err.constData());
        QVERIFY2(err.contains("finished: 6/6 rounds"), err.constData());
        QVERIFY2(err.contains("node-002: joined federation"), err.constData());

        auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE((*store)->lastCompletedRound(), 6);
        store->reset();
        QProcess verify;
        verify.start(QStringLiteral(FEDCTL_PATH), {u"ledger"_s, u"verify"_s, runPath});
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardOutput().constData());
    }
};

QTEST_GUILESS_MAIN(TestNodes)
#include "test_nodes.moc"
