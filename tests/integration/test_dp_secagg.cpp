// Local differential privacy under secure aggregation (distributed DP; docs/privacy.md): every
// node clips and noises its update, then encodes and masks it, in-process and on real fednode
// processes. The coordinator sees only the masked sum; the run records the local accountant's
// epsilon, the nodes' self-reported clipping and the secure-aggregation record; the sum that
// removing the masks from the stored masked updates gives is exactly the aggregate the model
// moved by, and both verifiers replay every round. An update whose noise leaves the fixed-point
// range is refused by its node, never wrapped around.
#include "engine/ledger/Ledger.h"
#include "engine/model/Weights.h"
#include "engine/privacy/Accountant.h"
#include "engine/privacy/SecureAggregation.h"
#include "engine/spec/SpecIO.h"
#include "engine/store/RunStore.h"
#include "tests/support/NetworkedFixture.h"
#include "tests/support/Processes.h"
#include "tests/support/Runs.h"
#include "tests/support/Verify.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

const QString kExample =
    QStringLiteral(FED_SOURCE_DIR "/docs/examples/local-dp-secure-aggregation.fed.json");
constexpr int kNodes = 4;
constexpr int kRounds = 2;
// A clip norm far below any trained update's norm, so every node clips (the self-reported
// `clipped` count is then known), and noise far above it, so the noise dominates the sum.
constexpr double kClipNorm = 0.01;
constexpr double kNoiseMultiplier = 1.0;

QByteArray specJson(const QString& extraSecureAggregation = {}) {
    LoopbackSpec spec = secureLoopbackSpec(
        u"local dp + secure aggregation"_s, 4, kRounds, kNodes, 3,
        QStringLiteral(
            R"("dp": {"enabled": true, "mode": "local", "clip_norm": %1, "noise_multiplier": %2})")
            .arg(kClipNorm)
            .arg(kNoiseMultiplier),
        extraSecureAggregation);
    spec.dimension = 30;
    spec.workers = 2;
    return spec.json();
}

double metric(const std::vector<Metric>& metrics, const QString& name) {
    return findMetric(metrics, name).value_or(std::nan(""));
}

//! Everything a finished local-DP + secure run must show, whoever ran the nodes.
void checkRun(const QString& runPath) {
    auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
    QVERIFY2(store, qPrintable(store.error()));

    // The run file: the local accountant's epsilon (every node took part in every round, so the
    // worst node's is that of r Gaussian mechanisms with multiplier z / 2), and every node's
    // self-reported clipping (C is far below any trained update's norm).
    auto rounds = (*store)->rounds();
    QVERIFY2(rounds, qPrintable(rounds.error()));
    QCOMPARE(int(rounds->size()), kRounds);
    std::vector<double> epsilons;
    for (const RoundRecord& r : *rounds) {
        QVERIFY(r.privacy);
        QCOMPARE(r.privacy->mode, u"local"_s);
        QCOMPARE(r.privacy->samplingRate, 1.0);
        QCOMPARE(r.privacy->clipped, kNodes);
        QCOMPARE(r.accepted, kNodes);
        RdpAccountant reference;
        reference.addSampledGaussian(1.0, kNoiseMultiplier / 2.0, r.round);
        const double expected = reference.spent(1e-5).epsilon;
        QVERIFY2(std::abs(r.privacy->epsilon - expected) < 1e-9,
                 qPrintable(u"round %1: epsilon %2, the local accountant says %3"_s.arg(r.round)
                                .arg(r.privacy->epsilon)
                                .arg(expected)));
        epsilons.push_back(expected);
    }
    // The client rows of a secure round: accepted, named by their masked update's hash.
    auto records = (*store)->allClientRounds();
    QVERIFY2(records, qPrintable(records.error()));
    QCOMPARE(int(records->size()), kNodes * kRounds);

    Ledger ledger(**store);
    auto blocks = ledger.blocks(0, 100);
    QVERIFY2(blocks, qPrintable(blocks.error()));
    QString federationId;
    int roundBlocks = 0;
    for (const StoredBlock& s : *blocks) {
        if (s.block.kind == BlockKind::Genesis) {
            federationId = s.block.genesis.federationId;
            continue;
        }
        if (s.block.kind != BlockKind::Round)
            continue;
        const RoundBody& b = s.block.round;
        ++roundBlocks;
        const QString at = u"round %1"_s.arg(b.round);
        // Both privacy figures in one `privacy` list, and the secure-aggregation record.
        QCOMPARE(metric(b.privacy, u"dp_local"_s), 1.0);
        QCOMPARE(metric(b.privacy, u"clip_norm"_s), kClipNorm);
        QCOMPARE(metric(b.privacy, u"noise_multiplier"_s), kNoiseMultiplier);
        QCOMPARE(metric(b.privacy, u"local_epsilon"_s), epsilons[b.round - 1]);
        QVERIFY(std::isnan(metric(b.privacy, u"epsilon"_s)));
        QCOMPARE(metric(b.privacy, u"secure_aggregation"_s), 1.0);
        QCOMPARE(metric(b.privacy, u"secagg_failed"_s), 0.0);
        QCOMPARE(metric(b.privacy, u"secagg_participants"_s), double(kNodes));
        QVERIFY2(b.secureAggregation, qPrintable(at));
        QCOMPARE(int(b.updates.size()), kNodes);
        for (const ClientRoundRecord& rec : *records)
            if (rec.round == int(b.round)) {
                QCOMPARE(rec.status, UpdateStatus::Accepted);
                QVERIFY(std::any_of(b.updates.begin(), b.updates.end(), [&](const UpdateEntry& u) {
                    return rec.updateHash && u.updateHash == *rec.updateHash;
                }));
            }

        // Removing the masks from the stored masked updates (with the secrets the block
        // reveals) gives the sum of samples x (clipped update + noise); its mean is exactly the
        // step the model took (FedAvg, server learning rate 1).
        std::vector<std::vector<std::uint64_t>> inputs;
        for (const UpdateEntry& u : b.updates) {
            auto bytes = (*store)->blob(u.updateHash);
            QVERIFY2(bytes, qPrintable(bytes.error()));
            auto masked = secagg::decodeMaskedInput(*bytes);
            QVERIFY2(masked, qPrintable(masked.error()));
            inputs.push_back(std::move(*masked));
        }
        auto sum = secagg::recomputeSum({federationId, b.round},
                                        secureParticipants(*b.secureAggregation), inputs);
        QVERIFY2(sum, qPrintable(sum.error()));
        double weights = 0.0;
        double weightsSquared = 0.0;
        for (const UpdateEntry& u : b.updates) {
            weights += double(u.samples);
            weightsSquared += double(u.samples) * double(u.samples);
        }
        QCOMPARE(double(b.secureAggregation->totalWeight), weights);
        const std::vector<float> mean = secagg::meanFromSum(
            *sum, int(b.secureAggregation->fractionalBits), b.secureAggregation->totalWeight);
        auto parent = (*store)->blob(b.parentModelHash);
        auto model = (*store)->blob(b.modelHash);
        QVERIFY(parent && model);
        auto before = decodeWeights(*parent);
        auto after = decodeWeights(*model);
        QVERIFY(before && after);
        QCOMPARE(mean.size(), after->values.size());
        double squared = 0.0;
        for (std::size_t i = 0; i < mean.size(); ++i) {
            const float step = after->values[i] - before->values[i];
            QVERIFY2(std::abs(step - mean[i]) <= 1e-6f * (1.0f + std::abs(mean[i])),
                     qPrintable(u"%1, value %2: model moved %3, the replayed sum gives %4"_s.arg(at)
                                    .arg(i)
                                    .arg(step)
                                    .arg(mean[i])));
            squared += double(mean[i]) * double(mean[i]);
        }
        // The local noise is inside the sum: n independent draws of deviation z C, averaged
        // with weights n_u, leave z C sqrt(d) sqrt(sum n_u^2) / sum n_u - far above the clipped
        // signal (at most C).
        const double expected = kNoiseMultiplier * kClipNorm * std::sqrt(double(mean.size())) *
                                std::sqrt(weightsSquared) / weights;
        QVERIFY2(std::sqrt(squared) > 0.7 * expected && std::sqrt(squared) < 1.3 * expected,
                 qPrintable(u"%1: the mean's norm %2, the noise alone gives about %3"_s.arg(at)
                                .arg(std::sqrt(squared))
                                .arg(expected)));
    }
    QCOMPARE(roundBlocks, kRounds);

    VerifyOptions vopts;
    vopts.replay = true;
    const VerifyReport report = ledger.verify(vopts);
    QVERIFY2(report.valid(), qPrintable(report.summary()));
    QCOMPARE(int(report.roundsReplayed.size()), kRounds);
    store->reset();

    if (!pythonVerifierAvailable())
        QSKIP("python3-cryptography is not installed");
    FED_VERIFY_OK(pythonReplays(runPath, kRounds));
}

} // namespace

class TestDpSecagg : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theDocumentedExampleIsValid() {
        auto spec = loadSpecFile(kExample);
        QVERIFY2(spec, qPrintable(spec.error()));
        QVERIFY(spec->privacy.dp.enabled && spec->privacy.dp.mode == DpMode::Local);
        QVERIFY(spec->privacy.secureAggregation.enabled);
        QCOMPARE(formatProblems(validateSpec(*spec)), QString());
    }

    void inProcess() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto spec = parseSpec(specJson(), dir.path());
        QVERIFY2(spec, qPrintable(spec.error()));
        const QString runPath = dir.filePath(u"dpsec.fedrun"_s);
        const Result<RunSummary> summary = runToEnd(*spec, runPath);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->roundsCompleted, kRounds);
        checkRun(runPath);
    }

    void noiseBeyondTheFixedPointRangeIsRefusedNotWrapped() {
        // f = 40 leaves |samples x value| < 2^22 / 4 ~ 1.05e6 per node; noise of deviation
        // z C = 1e6 times any sample count passes that on most coordinates. Every node refuses to
        // encode (naming the bound), the round fails as an incident and keeps the model.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto spec = parseSpec(specJson(u", \"fixed_point_bits\": 40"_s), dir.path());
        QVERIFY2(spec, qPrintable(spec.error()));
        spec->rounds = 1;
        spec->privacy.dp.clipNorm = 1e6;
        const QString runPath = dir.filePath(u"overflow.fedrun"_s);
        const Result<RunSummary> summary = runToEnd(*spec, runPath);
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->roundsCompleted, 1);
        auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        FED_VERIFY_OK(everyUpdateRejected(**store, kNodes, u"exceeds the fixed-point bound"_s));
        Ledger ledger(**store);
        auto blocks = ledger.blocks(0, 10);
        QVERIFY(blocks);
        for (const StoredBlock& s : *blocks)
            if (s.block.kind == BlockKind::Round) {
                QCOMPARE(s.block.round.modelHash, s.block.round.parentModelHash);
                QVERIFY(!s.block.round.secureAggregation);
                QCOMPARE(metric(s.block.round.privacy, u"secagg_failed"_s), 1.0);
            }
        VerifyOptions vopts;
        vopts.replay = true;
        const VerifyReport report = ledger.verify(vopts);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
    }

    void onFednodes() {
        NetworkedFixture net;
        FED_VERIFY_OK(net.provision(specJson(), kNodes, u"dpsec"_s));
        FED_VERIFY_OK(net.specValidates());
        FED_VERIFY_OK(net.startWithNodes(kNodes));
        const Result<RunSummary> summary = net.run();
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + net.logs()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, kRounds);
        net.finishNodes(kNodes);
        // Each node noised with its own key, then masked: both show in its log every round.
        const QString logs = net.nodeLogs(kNodes);
        QCOMPARE(logs.count(u"local DP applied"_s), kNodes * kRounds);
        QCOMPARE(logs.count(u"unmasking answer sent"_s), kNodes * kRounds);
        checkRun(net.runPath());
    }
};

QTEST_GUILESS_MAIN(TestDpSecagg)

#include "test_dp_secagg.moc"
