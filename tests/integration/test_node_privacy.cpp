// Local differential privacy on real nodes (issue #10): three fednode processes on loopback
// clip and noise their updates with keys of their own before signing; the coordinator counts
// each node's privacy exactly as for in-process clients, the ledger's `privacy` metrics say so,
// and both verifiers replay the rounds from the noised updates.
#include "engine/federation/Federation.h"
#include "engine/federation/RemoteClients.h"
#include "engine/ledger/Ledger.h"
#include "engine/model/Weights.h"
#include "engine/net/Coordinator.h"
#include "engine/pki/Provisioning.h"
#include "engine/privacy/Accountant.h"
#include "engine/spec/SpecIO.h"
#include "engine/store/RunStore.h"
#include "tests/support/NetworkedFixture.h"
#include "tests/support/Processes.h"
#include "tests/support/StoredUpdates.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kNodes = 3;
constexpr int kRounds = 2;
// A clip norm far below any trained update's norm, so every node clips (the `clipped` count is
// then known), and noise far above it (so a noised update cannot be mistaken for a clipped one).
constexpr double kClipNorm = 0.01;
constexpr double kNoiseMultiplier = 1.0;

const QByteArray kSpec =
    LoopbackSpec(u"local dp nodes"_s, 5, kRounds, kNodes, R"("ledger": {"store_updates": true},
  "privacy": {"dp": {"enabled": true, "mode": "local", "clip_norm": 0.01, "noise_multiplier": 1.0}})")
        .json();

double metric(const std::vector<Metric>& metrics, const QString& name) {
    for (const auto& m : metrics)
        if (m.name == name)
            return m.value;
    return std::nan("");
}

//! A node too old for local DP: it answers every round with an update but never says that it
//! clipped and noised it.
class UnconfirmingNodes : public RemoteClients {
public:
    void setLayout(const ModelLayout& layout) override { m_layout = layout; }
    Status runRound(const RemoteRound& round, std::vector<RemoteOutcome>& outcomes,
                    const std::function<void(std::size_t)>& answered) override {
        sawDpSettings = sawDpSettings || (round.dpLocal && round.dpClipNorm == kClipNorm &&
                                          round.dpNoiseMultiplier == kNoiseMultiplier);
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            RemoteOutcome& out = outcomes[i];
            out.kind = RemoteOutcome::Kind::Arrived;
            out.training.delta.assign(static_cast<std::size_t>(m_layout.parameterCount()), 0.0f);
            out.training.samples = 10;
            out.updateBytes = encodeWeights(m_layout, out.training.delta);
            out.updateHash = Hash::of(out.updateBytes);
            answered(i);
        }
        return {};
    }
    void finish(const QString&) override {}
    bool sawDpSettings = false;

private:
    ModelLayout m_layout;
};

} // namespace

class TestNodePrivacy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aNodeThatDoesNotConfirmLocalDpIsRejected() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto spec = parseSpec(kSpec, dir.path());
        QVERIFY2(spec, qPrintable(spec.error()));
        spec->rounds = 1;
        auto nodes = std::make_shared<UnconfirmingNodes>();
        RemoteSetup setup;
        setup.clients = nodes;
        setup.federationId = u"unconfirmed"_s;
        auto coordinatorKey = SigningKey::generate();
        QVERIFY(coordinatorKey);
        setup.coordinatorKey = std::move(*coordinatorKey);
        for (int i = 0; i < kNodes; ++i) {
            auto key = SigningKey::generate();
            QVERIFY(key);
            setup.members.push_back(key->publicKey());
        }
        const QString runPath = dir.filePath(u"unconfirmed.fedrun"_s);
        auto federation = Federation::create(*spec, runPath, &setup);
        QVERIFY2(federation, qPrintable(federation.error()));
        std::atomic<bool> stop{false};
        (void)(*federation)->run(stop);
        federation->reset();
        QVERIFY(nodes->sawDpSettings);
        auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        FED_VERIFY_OK(
            everyUpdateRejected(**store, kNodes, u"did not confirm local differential privacy"_s));
    }

    void fednodesApplyLocalDp() {
        NetworkedFixture net;
        FED_VERIFY_OK(net.provision(kSpec, kNodes, u"dp"_s));
        // The spec no longer refuses local DP for networked runs.
        FED_VERIFY_OK(net.specValidates());
        FED_VERIFY_OK(net.startWithNodes(kNodes));

        const Result<RunSummary> summary = net.run();
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + net.logs()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, kRounds);
        QString logs;
        for (int i = 0; i < kNodes; ++i) {
            QVERIFY2(net.process(i).waitForFinished(15000),
                     "a node did not leave after the federation");
            QCOMPARE(net.process(i).exitCode(), 0);
            logs += QString::fromUtf8(net.nodeLog(i));
        }
        QCOMPARE(logs.count(u"local DP applied"_s), kNodes * kRounds);
        net.finish();
        const QString runPath = net.runPath();

        auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        auto rounds = (*store)->rounds();
        QVERIFY2(rounds, qPrintable(rounds.error()));
        QCOMPARE(int(rounds->size()), kRounds);
        // Every node took part in every round: the worst node's epsilon after r rounds is that
        // of r Gaussian mechanisms with multiplier z / 2 (sensitivity 2C), as in-process.
        for (const RoundRecord& r : *rounds) {
            QVERIFY(r.privacy);
            QCOMPARE(r.privacy->mode, u"local"_s);
            QCOMPARE(r.privacy->clipped, kNodes);
            RdpAccountant reference;
            reference.addSampledGaussian(1.0, kNoiseMultiplier / 2.0, r.round);
            QVERIFY(std::abs(r.privacy->epsilon - reference.spent(1e-5).epsilon) < 1e-9);
        }

        // Each stored update is the node's clipped update plus noise of deviation z C per
        // coordinate: its norm is near z C sqrt(d), far above C, which no clipped plain update
        // could reach.
        auto records = (*store)->allClientRounds();
        QVERIFY(records);
        int accepted = 0;
        for (const ClientRoundRecord& rec : *records) {
            QCOMPARE(rec.status, UpdateStatus::Accepted);
            ++accepted;
            QVERIFY(rec.updateHash);
            const auto stored = storedUpdateNorm(**store, *rec.updateHash);
            QVERIFY2(stored, qPrintable(stored.error()));
            const double expected =
                kNoiseMultiplier * kClipNorm * std::sqrt(static_cast<double>(stored->parameters));
            QVERIFY2(stored->norm > 0.7 * expected && stored->norm < 1.3 * expected,
                     qPrintable(u"norm %1, expected about %2"_s.arg(stored->norm).arg(expected)));
        }
        QCOMPARE(accepted, kNodes * kRounds);

        // The ledger's round blocks carry the same privacy metrics as an in-process run.
        Ledger ledger(**store);
        VerifyOptions vopts;
        vopts.replay = true;
        const VerifyReport report = ledger.verify(vopts);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(int(report.roundsReplayed.size()), kRounds);
        auto blocks = ledger.blocks(0, 100);
        QVERIFY2(blocks, qPrintable(blocks.error()));
        int roundBlocks = 0;
        for (const StoredBlock& s : *blocks) {
            if (s.block.kind != BlockKind::Round)
                continue;
            ++roundBlocks;
            const RoundBody& b = s.block.round;
            QCOMPARE(metric(b.privacy, u"dp_local"_s), 1.0);
            QCOMPARE(metric(b.privacy, u"clip_norm"_s), kClipNorm);
            QCOMPARE(metric(b.privacy, u"noise_multiplier"_s), kNoiseMultiplier);
            QVERIFY(metric(b.privacy, u"local_epsilon"_s) > 0.0);
        }
        QCOMPARE(roundBlocks, kRounds);
        store->reset();

        if (!pythonVerifierAvailable())
            QSKIP("python3-cryptography is not installed");
        FED_VERIFY_OK(pythonReplays(runPath, kRounds));
    }
};

QTEST_GUILESS_MAIN(TestNodePrivacy)

#include "test_node_privacy.moc"
