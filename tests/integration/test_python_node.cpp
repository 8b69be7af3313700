// The Python node (examples/python-node/) joins a federation next to two C++ fednodes: stubs
// generated from federation.proto at test time with python3-grpc-tools, mutual TLS with its
// kit, Ed25519-signed updates of a numpy logistic regression. Its updates must be accepted
// (so its FSW1 bytes, hash and signature match what the coordinator and ledger expect) and
// the ledger must verify. With local differential privacy it clips and noises its updates
// before signing, as fednode does: checked on its own functions against exact expectations and
// statistically, and in a networked run whose privacy records count its clipped updates.
#include "engine/federation/Federation.h"
#include "engine/federation/RemoteClients.h"
#include "engine/ledger/Ledger.h"
#include "engine/model/Weights.h"
#include "engine/net/Coordinator.h"
#include "engine/pki/Provisioning.h"
#include "engine/spec/SpecIO.h"
#include "engine/store/RunStore.h"
#include "tests/integration/SshServer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>
#include <thread>

using namespace fed;
using namespace fedtest;
using namespace Qt::StringLiterals;

namespace {

const QString kNode = QStringLiteral(FED_SOURCE_DIR "/examples/python-node/fednode.py");
const QString kProto = QStringLiteral(FED_SOURCE_DIR "/engine/net/proto");

const QByteArray kSpec = R"({
  "format": "fedstudio-spec/1", "name": "python node", "seed": 5,
  "rounds": 2, "clients": 3,
  "data": {"dataset": "synthetic", "synthetic": {"samples_per_client": 100, "test_samples": 200}},
  "model": {"architecture": "logreg"},
  "training": {"learning_rate": 0.05, "local_epochs": 1, "batch_size": 16},
  "strategy": {"name": "fedavg"},
  "execution": {"workers": 1}
}
)";

// Local DP: a clip norm far below any trained update's norm, so every node clips (the round's
// `clipped` count is then known), and noise far above it.
constexpr double kClipNorm = 0.01;
constexpr double kNoiseMultiplier = 1.0;
const QByteArray kDpSpec = R"({
  "format": "fedstudio-spec/1", "name": "python node local dp", "seed": 5,
  "rounds": 2, "clients": 3,
  "data": {"dataset": "synthetic", "synthetic": {"samples_per_client": 100, "test_samples": 200}},
  "model": {"architecture": "logreg"},
  "training": {"learning_rate": 0.05, "local_epochs": 1, "batch_size": 16},
  "strategy": {"name": "fedavg"},
  "execution": {"workers": 1},
  "ledger": {"store_updates": true},
  "privacy": {"dp": {"enabled": true, "mode": "local", "clip_norm": 0.01, "noise_multiplier": 1.0}}
}
)";

// The Python node's local-DP functions on their own (run with the node's folder as argv[1]).
// Exact where the definition is exact (no noise: the clipped values and the pre-clip norm as
// fednode computes them, in float64 over the float32 values), statistical for the noise, with
// margins of many standard deviations: for d = 20000 the norm of N(0, s^2 I) is s sqrt(d)
// within a relative 1/sqrt(2d) = 0.5 %, and the mean of the coordinates is within s/sqrt(d).
const char* const kDpCheck = R"PY(
import math, sys
import numpy as np
sys.path.insert(0, sys.argv[1])
import fednode as node

C, z = 0.5, 2.0
shapes = [(100, 199), (100,)]
d = sum(int(np.prod(s)) for s in shapes)
source = np.random.default_rng(1)
update = [source.normal(0.0, 0.05, s) for s in shapes]  # float64 like the node's training
as_sent = np.concatenate([u.astype(np.float32).ravel() for u in update]).astype(np.float64)
norm = math.sqrt(sum(v * v for v in as_sent))
assert norm > C, norm

# No noise: exactly the clipped update, and the norm before clipping.
clipped, pre = node.privatize_locally(update, C, 0.0, node.fresh_noise_generator())
assert abs(pre - norm) <= 1e-12 * norm, (pre, norm)
expected = [(u.astype(np.float32).astype(np.float64) * (C / norm)).astype(np.float32)
            for u in update]
for a, b in zip(clipped, expected):
    assert a.dtype == np.float32 and a.shape == b.shape
    assert np.array_equal(a, b)
flat = np.concatenate([a.ravel() for a in clipped]).astype(np.float64)
assert abs(math.sqrt(flat @ flat) - C) < 1e-5, math.sqrt(flat @ flat)
small = [u * (0.5 * C / norm) for u in update]  # inside the ball: left as it is
kept, pre_small = node.privatize_locally(small, C, 0.0, node.fresh_noise_generator())
assert pre_small < C
for a, b in zip(kept, small):
    assert np.array_equal(a, b.astype(np.float32))

# With noise: the difference from the clipped update is N(0, (z C)^2) per coordinate.
sigma = z * C
noised, pre2 = node.privatize_locally(update, C, z, node.fresh_noise_generator())
assert pre2 == pre
diff = np.concatenate([(a.astype(np.float64) - b.astype(np.float64)).ravel()
                       for a, b in zip(noised, clipped)])
ratio = math.sqrt(diff @ diff) / (sigma * math.sqrt(d))
assert 0.95 < ratio < 1.05, ratio
assert abs(diff.mean()) < 5 * sigma / math.sqrt(d), diff.mean()
assert 0.95 < diff.std() / sigma < 1.05, diff.std()
# A fresh key each time: two privatisations of the same update differ (all but a rare
# coordinate where two draws round to the same float32).
again, _ = node.privatize_locally(update, C, z, node.fresh_noise_generator())
same = np.concatenate([(a == b).ravel() for a, b in zip(noised, again)])
assert same.mean() < 0.01, same.mean()

# The settings as the coordinator sends them, and the ones fednode refuses.
class Extra:
    def __init__(self, name, value):
        self.name, self.value = name, value
class Config:
    def __init__(self, *extra):
        self.extra = [Extra(n, v) for n, v in extra]
assert node.local_dp_settings(Config(("adam_beta1", 0.9))) is None
assert node.local_dp_settings(Config(("dp_local_clip_norm", 0.5),
                                     ("dp_local_noise_multiplier", 2.0))) == (0.5, 2.0)
assert node.local_dp_problem(0.5, 2.0) is None
for bad in ((0.0, 1.0), (-1.0, 1.0), (float("nan"), 1.0), (float("inf"), 1.0), (1.0, -0.1),
            (1.0, float("nan"))):
    assert node.local_dp_problem(*bad), bad
print("ok")
)PY";

//! Debian's python3 (where python3-grpcio and friends live), else the first on PATH.
QString python() {
    return QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
}

//! Empty when the Python node's modules are there, else why not.
QString missingModules() {
    QProcess probe;
    probe.start(python(), {u"-c"_s, u"import grpc, grpc_tools, numpy, cryptography"_s});
    if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
        return u"python3-grpcio, python3-grpc-tools, python3-numpy or python3-cryptography is "
               "missing (scripts/install-deps.sh installs them)"_s;
    return {};
}

double metric(const std::vector<Metric>& metrics, const QString& name) {
    for (const auto& m : metrics)
        if (m.name == name)
            return m.value;
    return std::nan("");
}

//! A finished networked run of `spec`: two C++ fednodes (clients 0, 1) and the Python node
//! (client 2, from its kit archive).
struct PythonRun {
    QString runPath;
    QByteArray pythonLog;
};

} // namespace

class TestPythonNode : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    //! Runs `specText` to the end; on success `out` says where the run file is.
    void runFederation(const QByteArray& specText, const QString& name, PythonRun& out) {
        QTemporaryDir& dir = m_dir;
        QVERIFY(dir.isValid());
        const QString stubs = dir.filePath(u"stubs"_s);
        QVERIFY(QDir().mkpath(stubs));
        QProcess protoc;
        protoc.start(python(),
                     {u"-m"_s, u"grpc_tools.protoc"_s, u"-I"_s, kProto, u"--python_out="_s + stubs,
                      u"--grpc_python_out="_s + stubs, kProto + u"/federation.proto"_s});
        QVERIFY(protoc.waitForFinished(60000));
        QVERIFY2(protoc.exitCode() == 0, protoc.readAllStandardError().constData());

        const QString specPath = dir.filePath(name + u".fed.json"_s);
        QVERIFY(writeFile(specPath, specText));
        const int port = freeLoopbackPort();
        pki::ProvisionOptions options;
        options.outDir = dir.filePath(name + u"-kits"_s).toStdString();
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
        const QString runPath = dir.filePath(name + u".fedrun"_s);
        auto federation = Federation::create(*spec, runPath, &*setup);
        QVERIFY2(federation, qPrintable(federation.error()));

        std::vector<std::unique_ptr<QProcess>> nodes;
        for (int i = 0; i < 3; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::MergedChannels);
            const QString kitPath =
                dir.filePath(name + u"-kits/nodes/"_s + QString::fromStdString(pki::nodeName(i)));
            if (i < 2) // two C++ nodes
                p->start(QStringLiteral(FEDNODE_PATH), {u"--kit"_s, kitPath});
            else // and the Python one, from its archive
                p->start(python(),
                         {kNode, u"--kit"_s, kitPath + u".tar.gz"_s, u"--stubs"_s, stubs});
            QVERIFY(p->waitForStarted());
            nodes.push_back(std::move(p));
        }
        std::atomic<bool> stop{false};
        Result<RunSummary> summary = fail(u"not run"_s);
        std::thread runner([&] { summary = (*federation)->run(stop); });
        runner.join();
        QByteArray pythonLog;
        for (auto& p : nodes) {
            p->waitForFinished(20000);
            if (p == nodes.back())
                pythonLog = p->readAll();
        }
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + QString::fromUtf8(pythonLog)));
        QCOMPARE(summary->status, RunStatus::Finished);
        QVERIFY2(pythonLog.contains("joined federation"), pythonLog.constData());
        QVERIFY2(pythonLog.contains("round 2: update sent"), pythonLog.constData());
        QCOMPARE(nodes.back()->exitCode(), 0);
        (*coordinator)->shutdown();
        federation->reset();
        out.runPath = runPath;
        out.pythonLog = pythonLog;
    }

private Q_SLOTS:
    void joinsNextToCppNodes() {
        if (const QString missing = missingModules(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        PythonRun run;
        runFederation(kSpec, u"plain"_s, run);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!run.pythonLog.contains("local DP"), run.pythonLog.constData());
        const QString runPath = run.runPath;

        auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        auto records = (*store)->allClientRounds();
        QVERIFY(records);
        int pythonAccepted = 0, accepted = 0;
        for (const ClientRoundRecord& r : *records) {
            QVERIFY2(
                r.status == UpdateStatus::Accepted,
                qPrintable(u"client %1 round %2: %3"_s.arg(r.client).arg(r.round).arg(r.detail)));
            ++accepted;
            if (r.client == 2)
                ++pythonAccepted;
        }
        QCOMPARE(accepted, 6);
        QCOMPARE(pythonAccepted, 2);
        Ledger ledger(**store);
        const VerifyReport report = ledger.verify();
        QVERIFY2(report.valid(), qPrintable(report.summary()));
    }

    void localDpFunctions() {
        QProcess probe;
        probe.start(python(), {u"-c"_s, u"import numpy"_s});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("python3-numpy is missing (scripts/install-deps.sh installs it)");
        QProcess check;
        check.setProcessChannelMode(QProcess::MergedChannels);
        check.start(python(), {u"-c"_s, QString::fromUtf8(kDpCheck), QFileInfo(kNode).path()});
        QVERIFY(check.waitForFinished(120000));
        const QByteArray output = check.readAll();
        QVERIFY2(check.exitCode() == 0 && output.trimmed() == "ok", output.constData());
    }

    // A local-DP round with the Python node next to two fednodes: its updates are accepted
    // (confirmed with dp_local and dp_pre_clip_norm, signed after the noise), its pre-clip
    // norms count in the round's `clipped`, its stored updates carry the noise, and the ledger
    // verifies with replay.
    void appliesLocalDpInANetworkedRun() {
        if (const QString missing = missingModules(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        PythonRun run;
        runFederation(kDpSpec, u"dp"_s, run);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(run.pythonLog.count("local DP applied"), 2);
        // Every trained update is far longer than C = 0.01, and the node says so.
        const QRegularExpression applied(uR"(local DP applied \(norm ([0-9.e+-]+) clipped to)"_s);
        for (auto it = applied.globalMatch(QString::fromUtf8(run.pythonLog)); it.hasNext();) {
            const double norm = it.next().captured(1).toDouble();
            QVERIFY2(norm > kClipNorm, run.pythonLog.constData());
        }

        auto store = RunStore::open(run.runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        auto rounds = (*store)->rounds();
        QVERIFY2(rounds, qPrintable(rounds.error()));
        QCOMPARE(int(rounds->size()), 2);
        for (const RoundRecord& r : *rounds) {
            QVERIFY(r.privacy);
            QCOMPARE(r.privacy->mode, u"local"_s);
            // All three clipped, the Python node's count coming from its dp_pre_clip_norm.
            QCOMPARE(r.privacy->clipped, 3);
        }
        auto records = (*store)->allClientRounds();
        QVERIFY(records);
        int pythonAccepted = 0;
        for (const ClientRoundRecord& rec : *records) {
            QVERIFY2(
                rec.status == UpdateStatus::Accepted,
                qPrintable(
                    u"client %1 round %2: %3"_s.arg(rec.client).arg(rec.round).arg(rec.detail)));
            if (rec.client != 2)
                continue;
            ++pythonAccepted;
            // The clipped update (norm C) plus N(0, (z C)^2) per coordinate: its norm is near
            // sqrt(C^2 + (z C)^2 d), far above C, which no clipped plain update could reach.
            QVERIFY(rec.updateHash);
            auto bytes = (*store)->blob(*rec.updateHash);
            QVERIFY2(bytes, qPrintable(bytes.error()));
            auto weights = decodeWeights(*bytes);
            QVERIFY2(weights, qPrintable(weights.error()));
            double squared = 0.0;
            for (float v : weights->values)
                squared += static_cast<double>(v) * static_cast<double>(v);
            const double d = static_cast<double>(weights->values.size());
            const double sigma = kNoiseMultiplier * kClipNorm;
            const double expected = std::sqrt(kClipNorm * kClipNorm + sigma * sigma * d);
            QVERIFY2(
                std::sqrt(squared) > 0.7 * expected && std::sqrt(squared) < 1.3 * expected,
                qPrintable(u"norm %1, expected about %2"_s.arg(std::sqrt(squared)).arg(expected)));
        }
        QCOMPARE(pythonAccepted, 2);

        Ledger ledger(**store);
        VerifyOptions options;
        options.replay = true;
        const VerifyReport report = ledger.verify(options);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(int(report.roundsReplayed.size()), 2);
        auto blocks = ledger.blocks(0, 100);
        QVERIFY2(blocks, qPrintable(blocks.error()));
        for (const StoredBlock& b : *blocks)
            if (b.block.kind == BlockKind::Round)
                QCOMPARE(metric(b.block.round.privacy, u"dp_local"_s), 1.0);
        store->reset();

        // And the independent Python verifier replays the rounds from the noised updates.
        QProcess verifier;
        verifier.start(python(), {QStringLiteral(FED_SOURCE_DIR "/tools/verify_ledger.py"),
                                  run.runPath, u"--replay"_s, u"--json"_s});
        QVERIFY(verifier.waitForFinished(120000));
        QVERIFY2(verifier.exitCode() == 0, verifier.readAllStandardError().constData());
        const QJsonObject j = QJsonDocument::fromJson(verifier.readAllStandardOutput()).object();
        QVERIFY(j.value(u"valid"_s).toBool());
        QCOMPARE(j.value(u"rounds_replayed"_s).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPythonNode)
#include "test_python_node.moc"
