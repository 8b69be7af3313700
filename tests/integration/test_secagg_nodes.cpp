// Secure aggregation across real fednode processes (issue #10): each node runs its side of the
// masking protocol on its own, the coordinator sees only signed keys, encrypted shares, masked
// updates and unmasking shares. Nodes are killed (SIGKILL, fednode --exit-after-phase) at exact
// points of the protocol: after their masked update (a survivor whose self mask is rebuilt from
// the others' shares) and after sharing keys (a dropped node whose mask key is rebuilt). Too many
// dropouts fail the round as an incident and keep the model. Every run's ledger replays.
#include "engine/federation/Federation.h"
#include "engine/federation/RemoteClients.h"
#include "engine/ledger/Ledger.h"
#include "engine/net/Coordinator.h"
#include "engine/pki/Provisioning.h"
#include "engine/spec/SpecIO.h"
#include "engine/store/RunStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

const QString kVerifier = QStringLiteral(FED_SOURCE_DIR "/tools/verify_ledger.py");
const QString kPythonNode = QStringLiteral(FED_SOURCE_DIR "/examples/python-node/fednode.py");

//! Debian's python3 (where python3-grpcio and friends live), else the first on PATH.
QString python() {
    return QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
}

QByteArray specJson(int clients, int rounds, int threshold) {
    return QStringLiteral(R"({
  "format": "fedstudio-spec/1", "name": "secure nodes", "seed": 9,
  "rounds": %1, "clients": %2,
  "data": {"dataset": "synthetic", "synthetic": {"samples_per_client": 60, "test_samples": 100}},
  "model": {"architecture": "logreg"},
  "training": {"learning_rate": 0.05, "local_epochs": 1, "batch_size": 16},
  "strategy": {"name": "fedavg"},
  "execution": {"workers": 1},
  "ledger": {"store_updates": true},
  "privacy": {"secure_aggregation": {"enabled": true, "threshold": %3}}
})")
        .arg(rounds)
        .arg(clients)
        .arg(threshold)
        .toUtf8();
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! A provisioned federation with a coordinator on loopback and one fednode per client; the
//! extra arguments of node i are `extra[i]`.
struct SecureFederation {
    QTemporaryDir dir;
    std::shared_ptr<net::Coordinator> coordinator;
    std::unique_ptr<Federation> federation;
    std::vector<std::unique_ptr<QProcess>> nodes;
    QString runPath;
    int clients = 0;
    std::chrono::milliseconds roundDeadline = std::chrono::seconds(40);
    //! A node run by the Python example (examples/python-node/) instead of fednode.
    int pythonNode = -1;
    QString pythonStubs;

    QString start(int n, int rounds, int threshold, double quorum,
                  const std::vector<QStringList>& extra) {
        clients = n;
        const QString specPath = dir.filePath(u"secure.fed.json"_s);
        QFile f(specPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(specJson(n, rounds, threshold)) < 0)
            return u"cannot write the spec"_s;
        f.close();
        pki::ProvisionOptions options;
        options.outDir = dir.filePath(u"kits"_s).toStdString();
        options.nodes = n;
        if (auto provisioned = pki::provision(specPath.toStdString(), options); !provisioned)
            return provisioned.error();
        auto kit = pki::loadCoordinatorKit(options.outDir / "coordinator");
        if (!kit)
            return kit.error();
        net::CoordinatorOptions copts;
        copts.listenAddress = "127.0.0.1:0";
        // Phases close as soon as every live node answered; the deadlines only bound a wait.
        copts.roundDeadline = roundDeadline;
        copts.quorum = quorum;
        copts.heartbeatInterval = std::chrono::milliseconds(250);
        copts.heartbeatMisses = 6;
        auto started = net::Coordinator::start(*kit, copts);
        if (!started)
            return started.error();
        coordinator = *started;
        auto setup = net::remoteSetup(*kit, coordinator);
        if (!setup)
            return setup.error();
        auto spec = loadSpecFile(specPath);
        if (!spec)
            return spec.error();
        if (const QString problems = formatProblems(validateSpec(*spec)); !problems.isEmpty())
            return problems;
        runPath = dir.filePath(u"secure.fedrun"_s);
        auto created = Federation::create(*spec, runPath, &*setup);
        if (!created)
            return created.error();
        federation = std::move(*created);
        const QString address = u"127.0.0.1:%1"_s.arg(coordinator->port());
        for (int i = 0; i < n; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->setStandardOutputFile(dir.filePath(u"node-%1.log"_s.arg(i)));
            const QString kitPath =
                dir.filePath(u"kits/nodes/"_s + QString::fromStdString(pki::nodeName(i)));
            if (i == pythonNode)
                p->start(python(), {kPythonNode, u"--kit"_s, kitPath + u".tar.gz"_s, u"--stubs"_s,
                                    pythonStubs, u"--coordinator"_s, address});
            else
                p->start(QStringLiteral(FEDNODE_PATH),
                         QStringList{u"--kit"_s, kitPath, u"--coordinator"_s, address} +
                             extra[static_cast<std::size_t>(i)]);
            if (!p->waitForStarted())
                return u"fednode did not start"_s;
            nodes.push_back(std::move(p));
        }
        if (!coordinator->waitForNodes(n, std::chrono::seconds(60)))
            return u"the nodes did not join:\n"_s + logs();
        return {};
    }

    QString logs() const {
        QByteArray out;
        for (int i = 0; i < clients; ++i)
            out += readFile(dir.filePath(u"node-%1.log"_s.arg(i)));
        return QString::fromUtf8(out);
    }

    Result<RunSummary> run() {
        std::atomic<bool> stop{false};
        Result<RunSummary> summary = fail(u"not run"_s);
        std::thread runner([&] { summary = federation->run(stop); });
        runner.join();
        return summary;
    }

    void stop() {
        for (auto& p : nodes)
            if (!p->waitForFinished(15000))
                p->kill();
        if (coordinator)
            coordinator->shutdown();
        federation.reset();
    }
};

//! The round blocks of a finished run, in order.
std::vector<RoundBody> roundBlocks(RunStore& store) {
    std::vector<RoundBody> out;
    Ledger ledger(store);
    auto blocks = ledger.blocks(0, 1000);
    if (blocks)
        for (const StoredBlock& s : *blocks)
            if (s.block.kind == BlockKind::Round)
                out.push_back(s.block.round);
    return out;
}

//! Clients of the round's secure-aggregation record, split by survivors and dropped ones.
std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> participants(const RoundBody& b) {
    std::vector<std::uint32_t> survivors;
    std::vector<std::uint32_t> dropped;
    if (b.secureAggregation)
        for (const SecAggParticipant& p : b.secureAggregation->participants)
            (p.dropped ? dropped : survivors).push_back(p.client);
    return {survivors, dropped};
}

using Ids = std::vector<std::uint32_t>;

} // namespace

class TestSecaggNodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dropoutsAtEveryPhaseAreSurvived() {
        // Node 4 dies right after its masked update of round 1 (before unmasking); node 3 dies
        // right after sharing its keys in round 2 (before its masked update). Round 3 runs with
        // the three that are left, exactly the threshold.
        SecureFederation f;
        QVERIFY(f.dir.isValid());
        const QString started = f.start(5, 3, 3, 3,
                                        {{},
                                         {},
                                         {},
                                         {u"--exit-after-phase"_s, u"shares:2"_s},
                                         {u"--exit-after-phase"_s, u"masked:1"_s}});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const Result<RunSummary> summary = f.run();
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + f.logs()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, 3);
        f.stop();
        const QString logs = f.logs();
        QVERIFY2(logs.contains(u"round 1: --exit-after-phase masked: killing this node"_s),
                 qPrintable(logs));
        QVERIFY2(logs.contains(u"round 2: --exit-after-phase shares: killing this node"_s),
                 qPrintable(logs));
        // Node 4 sent its masked update and never answered the unmasking request.
        QVERIFY2(!readFile(f.dir.filePath(u"node-4.log"_s)).contains("unmasking answer sent"),
                 qPrintable(logs));

        auto store = RunStore::open(f.runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        const std::vector<RoundBody> blocks = roundBlocks(**store);
        QCOMPARE(int(blocks.size()), 3);
        const std::vector<std::pair<Ids, Ids>> expected{
            {{0, 1, 2, 3, 4}, {}}, {{0, 1, 2}, {3}}, {{0, 1, 2}, {}}};
        for (std::size_t r = 0; r < blocks.size(); ++r) {
            const RoundBody& b = blocks[r];
            QVERIFY2(b.secureAggregation, qPrintable(u"round %1"_s.arg(r + 1)));
            QCOMPARE(participants(b), expected[r]);
            QCOMPARE(b.updates.size(), expected[r].first.size());
            QVERIFY(b.modelHash != b.parentModelHash);
            // Every update on the ledger is a masked one: 8 bytes per parameter, never weights.
            for (const UpdateEntry& u : b.updates) {
                auto bytes = (*store)->blob(u.updateHash);
                QVERIFY2(bytes, qPrintable(bytes.error()));
                QCOMPARE(Hash::of(*bytes), u.updateHash);
                QVERIFY(!bytes->startsWith("FSW1"));
            }
        }
        // Node 3's dropout in round 2 is an incident, and so is node 4's absence later.
        QVERIFY(std::any_of(blocks[1].incidents.begin(), blocks[1].incidents.end(),
                            [](const Incident& i) { return i.kind == IncidentKind::Dropped; }));
        QCOMPARE(int(blocks[2].incidents.size()), 2);

        // The replay removes the masks again from the stored masked updates with the revealed
        // secrets and re-aggregates: it must give every recorded model.
        Ledger ledger(**store);
        VerifyOptions vopts;
        vopts.replay = true;
        const VerifyReport report = ledger.verify(vopts);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(int(report.roundsReplayed.size()), 3);
        store->reset();

        QProcess check;
        check.start(python(), {u"-c"_s, u"import cryptography.hazmat.primitives"_s});
        if (!check.waitForFinished(30000) || check.exitCode() != 0)
            QSKIP("python3-cryptography is not installed");
        QProcess verifier;
        verifier.start(python(), {kVerifier, f.runPath, u"--replay"_s, u"--json"_s});
        QVERIFY(verifier.waitForFinished(120000));
        const QByteArray out = verifier.readAllStandardOutput();
        QVERIFY2(verifier.exitCode() == 0, out.constData());
        const QJsonObject j = QJsonDocument::fromJson(out).object();
        QVERIFY2(j.value(u"valid"_s).toBool(), out.constData());
        QCOMPARE(j.value(u"rounds_replayed"_s).toArray().size(), 3);
    }

    void tooManyDropoutsFailTheRoundAndKeepTheModel() {
        // Threshold 3 of 4: two nodes die after sharing keys in round 1, leaving two masked
        // updates - too few to unmask. Round 2 then has too few nodes to begin. Both rounds are
        // incidents that keep the model, and the federation runs to its end.
        SecureFederation f;
        QVERIFY(f.dir.isValid());
        const QString started = f.start(4, 2, 3, 2,
                                        {{},
                                         {},
                                         {u"--exit-after-phase"_s, u"shares"_s},
                                         {u"--exit-after-phase"_s, u"shares"_s}});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const Result<RunSummary> summary = f.run();
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + f.logs()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, 2);
        f.stop();

        auto store = RunStore::open(f.runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        const std::vector<RoundBody> blocks = roundBlocks(**store);
        QCOMPARE(int(blocks.size()), 2);
        for (const RoundBody& b : blocks) {
            QVERIFY(!b.secureAggregation);
            QVERIFY(b.updates.empty());
            QCOMPARE(b.modelHash, b.parentModelHash);
            QCOMPARE(int(b.incidents.size()), 4);
        }
        auto records = (*store)->clientRounds(1);
        QVERIFY(records);
        for (const ClientRoundRecord& r : *records) {
            if (r.client < 2) {
                QCOMPARE(r.status, UpdateStatus::Rejected);
                QVERIFY2(r.detail.contains(u"secure aggregation failed"_s), qPrintable(r.detail));
            } else {
                QCOMPARE(r.status, UpdateStatus::Dropped);
            }
        }
        Ledger ledger(**store);
        VerifyOptions vopts;
        vopts.replay = true;
        const VerifyReport report = ledger.verify(vopts);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
    }
};

QTEST_GUILESS_MAIN(TestSecaggNodes)

#include "test_secagg_nodes.moc"
