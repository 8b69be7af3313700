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
#include "tests/support/NetworkedFixture.h"
#include "tests/support/Processes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <csignal>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

//! `clients` nodes for `rounds` rounds; with `launchMode`, the spec's launch section too (fedctl
//! then starts the nodes itself).
QByteArray specJson(int clients, int rounds, const QString& launchMode, const QString& kitDir,
                    double deadlineSeconds) {
    LoopbackSpec spec(u"loopback nodes"_s, 7, rounds, clients);
    spec.samplesPerClient = 120;
    spec.testSamples = 400;
    if (!launchMode.isEmpty())
        spec.more = uR"("launch": {"mode": "%1", "kit_dir": "%2", )"
                    uR"("round_deadline_seconds": %3, "quorum": 0.5})"_s.arg(launchMode, kitDir)
                        .arg(deadlineSeconds)
                        .toUtf8();
    return spec.json();
}

//! Writes `specJson` as <name>.fed.json in `dir` and provisions <dir>/kits with `fedctl
//! provision`, the kits naming a loopback port that was free (fedctl's own coordinator listens
//! there, as `fedctl run` does for a user). The spec's path, or empty (and why, in the log).
QString provisionWithFedctl(const QTemporaryDir& dir, const QString& name,
                            const QByteArray& specJson) {
    const QString specPath = dir.filePath(name + u".fed.json"_s);
    if (!dir.isValid() || !writeFile(specPath, specJson)) {
        qWarning("cannot write %s", qPrintable(specPath));
        return {};
    }
    const int port = freeLoopbackPort();
    if (port <= 0) {
        qWarning("no free loopback port");
        return {};
    }
    const Outcome o = fedctl({u"provision"_s, specPath, u"--out"_s, dir.filePath(u"kits"_s),
                              u"--port"_s, QString::number(port)});
    if (o.exitCode != 0) {
        qWarning("fedctl provision: %s", o.err.constData());
        return {};
    }
    return specPath;
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
        NetworkedFixture net;
        FED_VERIFY_OK(net.provision(specJson(4, 3, QString(), QString(), 0), 4, u"nodes"_s));
        // A second federation: its node's certificate is from another CA.
        pki::ProvisionOptions foreignOptions;
        foreignOptions.outDir = net.path(u"foreign"_s).toStdString();
        foreignOptions.nodes = 1;
        QVERIFY(writeFile(net.path(u"one.fed.json"_s), specJson(1, 1, QString(), QString(), 0)));
        auto foreign = pki::provision(net.path(u"one.fed.json"_s).toStdString(), foreignOptions);
        QVERIFY2(foreign, qPrintable(foreign.error()));

        net.coordinatorOptions.roundDeadline = std::chrono::seconds(20);
        net.coordinatorOptions.quorum = 0.5;
        net.coordinatorOptions.heartbeatInterval = std::chrono::milliseconds(300);
        net.coordinatorOptions.heartbeatMisses = 4;
        FED_VERIFY_OK(net.startCoordinator());
        RoundWatcher watcher;
        FED_VERIFY_OK(net.createFederation(&watcher));
        // Four fednode processes, each with its own kit.
        FED_VERIFY_OK(net.startNodes(4));
        FED_VERIFY_OK(net.waitForNodes(4));

        // Node 3 is killed outright (no Leave, no goodbye) as round 2 starts, and started again
        // (same kit) before round 3, which waits for it to rejoin: it must take part again.
        bool rejoined = false;
        watcher.onRoundStarted = [&](int round) {
            if (round == 2)
                net.killNode(3);
            if (round == 3) {
                net.respawnNode(3);
                rejoined = net.coordinator().waitForNodes(4, std::chrono::seconds(60));
            }
        };

        // The foreign node trusts our coordinator's CA but holds another CA's certificate: the
        // TLS handshake refuses it, and it never joins.
        auto foreignKit = pki::loadNodeKit(net.path(u"foreign/nodes/node-000"_s).toStdString());
        QVERIFY2(foreignKit, qPrintable(foreignKit.error()));
        foreignKit->caPem = net.coordinatorKit().caPem;
        foreignKit->coordinatorAddress = net.address().toStdString();
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
        QCOMPARE(net.coordinator().stats().joins, 4);

        // The event loop is not needed: the processes are watched by pid.
        const Result<RunSummary> summary = net.run();
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + net.logs()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, 3);
        QVERIFY(summary->finalAccuracy > 0.1);

        for (int i = 0; i < 3; ++i) {
            QVERIFY2(net.process(i).waitForFinished(15000),
                     "a node did not leave after the federation finished");
            QCOMPARE(net.process(i).exitCode(), 0);
            const QByteArray out = net.nodeLog(i);
            QVERIFY2(out.contains("joined federation"), out.constData());
            QVERIFY2(out.contains("round 3: update sent"), out.constData());
        }
        QVERIFY(net.process(3).waitForFinished(5000));
        QCOMPARE(net.process(3).exitStatus(), QProcess::CrashExit);
        QVERIFY2(rejoined, qPrintable(net.logs()));
        const Result<int> again = net.respawnedExitCode(3);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(*again, 0);
        net.finish();
        const QString runPath = net.runPath();
        const pki::CoordinatorKit& kit = net.coordinatorKit();

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
        QCOMPARE(genesis->federationId, QString::fromStdString(kit.federationId));
        QCOMPARE(genesis->members.size(), std::size_t{4});
        for (const pki::NodeEntry& e : kit.nodes)
            QCOMPARE(genesis->members[static_cast<std::size_t>(e.index)].nodeId().toHex(),
                     QString::fromStdString(e.nodeId));
        const VerifyReport report = ledger.verify();
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        store->reset();

        const Outcome python = pythonVerifier(runPath);
        QVERIFY2(python.exitCode == 0, python.err.constData());
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
        // Its kit names a port that was free; no coordinator is started.
        NetworkedFixture net;
        FED_VERIFY_OK(net.provision(specJson(1, 1, QString(), QString(), 0), 0, u"one"_s));
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(QStringLiteral(FEDNODE_PATH), {u"--kit"_s, net.nodeKitArchive(0)});
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
        const QString specPath =
            provisionWithFedctl(dir, u"local"_s, specJson(3, 2, u"local"_s, u"kits"_s, 120));
        QVERIFY(!specPath.isEmpty());

        const QString runPath = dir.filePath(u"local.fedrun"_s);
        const Outcome run = fedctl({u"run"_s, specPath, u"--out"_s, runPath}, 120000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("node-002: joined federation"), run.err.constData());
        QVERIFY2(run.err.contains("finished: 2/2 rounds"), run.err.constData());

        const Outcome verify = fedctl({u"ledger"_s, u"verify"_s, runPath});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }

    // A node whose launch fails (its kit folder is gone) is not waited for: the run starts
    // with the others at once, not at the end of a join window of two minutes, and says why.
    void fedctlStartsWithoutANodeWhoseLaunchFailed() {
        QTemporaryDir dir;
        const QString specPath =
            provisionWithFedctl(dir, u"failed"_s, specJson(3, 1, u"local"_s, u"kits"_s, 120));
        QVERIFY(!specPath.isEmpty());
        const QString missingKit = dir.filePath(u"kits/nodes/node-002"_s);
        QVERIFY(QFileInfo::exists(missingKit));
        QVERIFY(QDir(missingKit).removeRecursively());
        // The window through the spec key (fedctl's --set): out of range is refused by name.
        const Outcome bad = fedctl(
            {u"spec"_s, u"check"_s, specPath, u"--set"_s, u"launch.join_timeout_seconds=90000"_s});
        QVERIFY2(bad.exitCode != 0, bad.out.constData());
        QVERIFY2((bad.out + bad.err).contains("launch.join_timeout_seconds: must be seconds"),
                 (bad.out + bad.err).constData());

        const QString runPath = dir.filePath(u"failed.fedrun"_s);
        QElapsedTimer timer;
        timer.start();
        const Outcome run = fedctl({u"run"_s, specPath, u"--out"_s, runPath, u"--set"_s,
                                    u"launch.join_timeout_seconds=120"_s},
                                   240000);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("waiting up to 120 s for 3 nodes to join"), run.err.constData());
        QVERIFY2(run.err.contains("2 of 3 nodes joined and the others failed; starting after"),
                 run.err.constData());
        QVERIFY2(run.err.contains("node-002: could not be launched: "), run.err.constData());
        QVERIFY2(run.err.contains("node-002 dropped from round 1: never joined the coordinator"),
                 run.err.constData());
        QVERIFY2(run.err.contains("finished: 1/1 rounds"), run.err.constData());
        QVERIFY2(elapsed < 60000,
                 qPrintable(u"took %1 ms\n"_s.arg(elapsed) + QString::fromUtf8(run.err)));
    }

    // `fedctl revoke` while the coordinator runs: the revoked node is refused from then on, and
    // its place in the open round becomes an incident, without stopping the federation.
    void revocationTakesEffectWhileRunning() {
        NetworkedFixture net;
        FED_VERIFY_OK(net.provision(specJson(3, 3, QString(), QString(), 0), 0, u"revoke"_s));
        net.coordinatorOptions.roundDeadline = std::chrono::seconds(30);
        net.coordinatorOptions.quorum = 0.5;
        net.coordinatorOptions.heartbeatInterval = std::chrono::milliseconds(300);
        FED_VERIFY_OK(net.startCoordinator());
        RoundWatcher watcher;
        FED_VERIFY_OK(net.createFederation(&watcher));
        FED_VERIFY_OK(net.startNodes(3));
        FED_VERIFY_OK(net.waitForNodes(3));
        // What `fedctl revoke` does, as round 2 opens: the coordinator holds the old list.
        Status revoked = fail(u"not revoked"_s);
        watcher.onRoundStarted = [&](int round) {
            if (round == 2)
                revoked = pki::revokeNode(net.coordinatorKitDir(), "2", "key leaked");
        };
        const Result<RunSummary> summary = net.run();
        QVERIFY2(revoked, qPrintable(revoked.error()));
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + net.logs()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, 3);
        // The revoked node gives up when it is refused (exit 3), or hears that the federation
        // has finished if that comes before its next call (exit 0); the others finish.
        QVERIFY(net.process(2).waitForFinished(15000));
        const QByteArray out2 = net.nodeLog(2);
        QVERIFY2(net.process(2).exitCode() == 0 || net.process(2).exitCode() == 3,
                 out2.constData());
        // Its place in round 2 was closed when the round opened: it never got the task.
        QVERIFY2(!out2.contains("round 2: model received"), out2.constData());
        for (int i = 0; i < 2; ++i) {
            QVERIFY(net.process(i).waitForFinished(15000));
            QCOMPARE(net.process(i).exitCode(), 0);
        }
        net.finish();
        const QString runPath = net.runPath();

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
        const QString specPath =
            provisionWithFedctl(dir, u"resume"_s, specJson(3, 6, u"local"_s, u"kits"_s, 60));
        QVERIFY(!specPath.isEmpty());

        const QString runPath = dir.filePath(u"resume.fedrun"_s);
        const QString firstLog = dir.filePath(u"first.log"_s);
        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.setStandardOutputFile(firstLog);
        run.start(QStringLiteral(FEDCTL_PATH), {u"run"_s, specPath, u"--out"_s, runPath});
        QVERIFY(run.waitForStarted());
        // Round 3 opens after round 2 is committed: kill then, mid-run.
        QByteArray first;
        NetworkedFixture::waitUntil(
            [&] {
                first = readFile(firstLog);
                return first.contains("round 3 open");
            },
            std::chrono::seconds(30));
        QVERIFY2(first.contains("round 3 open"), first.constData());
        ::kill(static_cast<pid_t>(run.processId()), SIGKILL);
        QVERIFY(run.waitForFinished(10000));
        QCOMPARE(run.exitStatus(), QProcess::CrashExit);
        QVERIFY2(!first.contains("finished: 6/6"), first.constData());

        // Bad input first: a missing kit folder, and the in-process refusal of --kit.
        const Outcome noKit =
            fedctl({u"resume"_s, runPath, u"--kit"_s, dir.filePath(u"nowhere"_s)});
        QCOMPARE(noKit.exitCode, 2);
        QVERIFY2(noKit.err.contains("--kit"), "no --kit in the message");

        const Outcome resume = fedctl({u"resume"_s, runPath}, 180000);
        const QByteArray& err = resume.err;
        QVERIFY2(resume.exitCode == 0, err.constData());
        QVERIFY2(err.contains("resuming"), err.constData());
        QVERIFY2(err.contains("finished: 6/6 rounds"), err.constData());
        QVERIFY2(err.contains("node-002: joined federation"), err.constData());

        auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE((*store)->lastCompletedRound(), 6);
        store->reset();
        const Outcome verify = fedctl({u"ledger"_s, u"verify"_s, runPath});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestNodes)
#include "test_nodes.moc"
