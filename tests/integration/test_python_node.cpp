// The Python node (examples/python-node/) joins a federation next to two C++ fednodes: stubs
// generated from federation.proto at test time with python3-grpc-tools, mutual TLS with its
// kit, Ed25519-signed updates of a numpy logistic regression. Its updates must be accepted
// (so its FSW1 bytes, hash and signature match what the coordinator and ledger expect) and
// the ledger must verify. With local differential privacy it clips and noises its updates
// before signing, as fednode does: checked on its own functions against exact expectations and
// statistically, and in a networked run whose privacy records count its clipped updates.
#include "engine/ledger/Ledger.h"
#include "engine/store/RunStore.h"
#include "tests/support/NetworkedFixture.h"
#include "tests/support/Processes.h"
#include "tests/support/PythonNode.h"
#include "tests/support/StoredUpdates.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSpec = LoopbackSpec(u"python node"_s, 5, 2, 3).json();

// Local DP: a clip norm far below any trained update's norm, so every node clips (the round's
// `clipped` count is then known), and noise far above it.
constexpr double kClipNorm = 0.01;
constexpr double kNoiseMultiplier = 1.0;
const QByteArray kDpSpec = LoopbackSpec(u"python node local dp"_s, 5, 2, 3,
                                        R"("ledger": {"store_updates": true},
  "privacy": {"dp": {"enabled": true, "mode": "local", "clip_norm": 0.01, "noise_multiplier": 1.0}})")
                               .json();

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

double metric(const std::vector<Metric>& metrics, const QString& name) {
    for (const auto& m : metrics)
        if (m.name == name)
            return m.value;
    return std::nan("");
}

} // namespace

class TestPythonNode : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_stubs; //!< generated once, for every run of this binary

    //! Runs `specText` to the end in `net`: two C++ fednodes (clients 0, 1) and the Python node
    //! (client 2, from its kit archive), all of which have exited when it returns; the run file
    //! is then net.runPath() and the Python node's output net.nodeLog(2).
    void runFederation(const QByteArray& specText, const QString& name, NetworkedFixture& net) {
        if (m_stubs.isEmpty()) {
            QVERIFY(m_dir.isValid());
            FED_VERIFY_OK(generatePythonStubs(m_dir.filePath(u"stubs"_s)));
            m_stubs = m_dir.filePath(u"stubs"_s);
        }
        FED_VERIFY_OK(net.provision(specText, 0, name));
        FED_VERIFY_OK(net.startCoordinator());
        FED_VERIFY_OK(net.createFederation());
        FED_VERIFY_OK(net.startNodes(2));
        FED_VERIFY_OK(startPythonNode(net, 2, m_stubs));
        // All three join before the first round opens: a selected node that is not connected
        // within the heartbeat silence is dropped, and python3 can take that long to start.
        FED_VERIFY_OK(net.waitForNodes(3));
        const Result<RunSummary> summary = net.run();
        for (int i = 0; i < 3; ++i)
            net.process(i).waitForFinished(20000);
        const QByteArray pythonLog = net.nodeLog(2);
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + net.logs()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QVERIFY2(pythonLog.contains("joined federation"), pythonLog.constData());
        QVERIFY2(pythonLog.contains("round 2: update sent"), pythonLog.constData());
        QCOMPARE(net.process(2).exitCode(), 0);
        net.finish();
    }

private Q_SLOTS:
    void joinsNextToCppNodes() {
        if (const QString missing = missingPythonNodeModules(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        NetworkedFixture net;
        runFederation(kSpec, u"plain"_s, net);
        if (QTest::currentTestFailed())
            return;
        const QByteArray pythonLog = net.nodeLog(2);
        QVERIFY2(!pythonLog.contains("local DP"), pythonLog.constData());
        const QString runPath = net.runPath();

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
        if (runProcess(systemPython(), {u"-c"_s, u"import numpy"_s}, 30000).exitCode != 0)
            QSKIP("python3-numpy is missing (scripts/install-deps.sh installs it)");
        const Outcome check = runProcess(
            systemPython(), {u"-c"_s, QString::fromUtf8(kDpCheck), QFileInfo(kPythonNode).path()},
            120000);
        QVERIFY2(check.exitCode == 0 && check.out.trimmed() == "ok",
                 (check.out + check.err).constData());
    }

    // A local-DP round with the Python node next to two fednodes: its updates are accepted
    // (confirmed with dp_local and dp_pre_clip_norm, signed after the noise), its pre-clip
    // norms count in the round's `clipped`, its stored updates carry the noise, and the ledger
    // verifies with replay.
    void appliesLocalDpInANetworkedRun() {
        if (const QString missing = missingPythonNodeModules(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        NetworkedFixture net;
        runFederation(kDpSpec, u"dp"_s, net);
        if (QTest::currentTestFailed())
            return;
        const QByteArray pythonLog = net.nodeLog(2);
        const QString runPath = net.runPath();
        QCOMPARE(pythonLog.count("local DP applied"), 2);
        // Every trained update is far longer than C = 0.01, and the node says so.
        const QRegularExpression applied(uR"(local DP applied \(norm ([0-9.e+-]+) clipped to)"_s);
        for (auto it = applied.globalMatch(QString::fromUtf8(pythonLog)); it.hasNext();) {
            const double norm = it.next().captured(1).toDouble();
            QVERIFY2(norm > kClipNorm, pythonLog.constData());
        }

        auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
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
            const auto stored = storedUpdateNorm(**store, *rec.updateHash);
            QVERIFY2(stored, qPrintable(stored.error()));
            const double d = static_cast<double>(stored->parameters);
            const double sigma = kNoiseMultiplier * kClipNorm;
            const double expected = std::sqrt(kClipNorm * kClipNorm + sigma * sigma * d);
            QVERIFY2(stored->norm > 0.7 * expected && stored->norm < 1.3 * expected,
                     qPrintable(u"norm %1, expected about %2"_s.arg(stored->norm).arg(expected)));
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
        const Outcome verifier = runProcess(
            systemPython(), {kVerifierScript, runPath, u"--replay"_s, u"--json"_s}, 120000);
        QVERIFY2(verifier.exitCode == 0, verifier.err.constData());
        const QJsonObject j = jsonObject(verifier.out);
        QVERIFY(j.value(u"valid"_s).toBool());
        QCOMPARE(j.value(u"rounds_replayed"_s).toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPythonNode)
#include "test_python_node.moc"
