// Secure aggregation end to end (docs/secure-aggregation.md): in-process federations whose
// coordinator sees only masked updates, with simulated dropouts, a round that fails cleanly,
// the same model as plain aggregation, and ledger replay by both verifiers.
#include "engine/federation/Federation.h"
#include "engine/ledger/Ledger.h"
#include "engine/model/Weights.h"
#include "engine/spec/SpecIO.h"
#include "tests/support/Processes.h"
#include "tests/support/RawRun.h"
#include "tests/support/Runs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

FederationSpec spec(const QStringList& more = {}) {
    return quickSpec(QStringList{u"rounds=3"_s, u"ledger.store_updates=true"_s,
                                 u"privacy.secure_aggregation.enabled=true"_s,
                                 u"privacy.secure_aggregation.threshold=0.6"_s} +
                     more);
}

//! A run that must finish: every test here reads the file it leaves.
RunSummary runTo(const FederationSpec& s, const QString& path) {
    auto summary = runToEnd(s, path);
    if (!summary)
        qFatal("%s", qPrintable(summary.error()));
    return *summary;
}

std::vector<float> finalModel(const QString& path, const Hash& hash) {
    auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
    auto blob = (*store)->blob(hash);
    if (!blob)
        qFatal("%s", qPrintable(blob.error()));
    auto w = decodeWeights(*blob);
    return w->values;
}

std::vector<StoredBlock> blocksOf(const QString& path) {
    auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
    Ledger ledger(**store);
    auto blocks = ledger.blocks(0, 1000);
    if (!blocks)
        qFatal("%s", qPrintable(blocks.error()));
    return *blocks;
}

} // namespace

class TestSecAggRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dropoutsCompleteAndReplay() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"secure.fedrun"_s);
        const RunSummary summary =
            runTo(spec({u"privacy.secure_aggregation.dropout_probability=0.15"_s}), path);
        QCOMPARE(summary.status, RunStatus::Finished);
        QCOMPARE(summary.roundsCompleted, 3);

        int dropped = 0;
        for (const StoredBlock& b : blocksOf(path)) {
            if (b.block.kind != BlockKind::Round)
                continue;
            const RoundBody& r = b.block.round;
            QCOMPARE(findMetric(r.privacy, u"secure_aggregation"), std::optional<double>(1.0));
            QVERIFY2(r.secureAggregation.has_value(),
                     "a round failed: the seed gave > n - t dropouts");
            QCOMPARE(findMetric(r.privacy, u"secagg_threshold"), std::optional<double>(6.0));
            for (const SecAggParticipant& p : r.secureAggregation->participants)
                dropped += p.dropped ? 1 : 0;
            QVERIFY(!r.updates.empty());
        }
        QVERIFY2(dropped >= 1, "the seeded dropouts should hit at least one node");

        const VerifyReport report = verifyFile(path, Replay::Yes);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(int(report.roundsReplayed.size()), 3);
        const QJsonObject j = pythonReplayVerdict(path);
        QVERIFY2(j.value(u"valid"_s).toBool(), QJsonDocument(j).toJson().constData());
        QCOMPARE(j.value(u"rounds_replayed"_s).toArray().size(), 3);
    }

    void sameModelAsPlainAggregation() {
        QTemporaryDir dir;
        const QString plainPath = dir.filePath(u"plain.fedrun"_s);
        const QString securePath = dir.filePath(u"secure.fedrun"_s);
        const RunSummary plain =
            runTo(spec({u"rounds=1"_s, u"privacy.secure_aggregation.enabled=false"_s}), plainPath);
        const RunSummary secure = runTo(spec({u"rounds=1"_s}), securePath);
        const auto a = finalModel(plainPath, plain.finalModelHash);
        const auto b = finalModel(securePath, secure.finalModelHash);
        QCOMPARE(a.size(), b.size());
        double worst = 0.0;
        for (std::size_t i = 0; i < a.size(); ++i)
            worst = std::max(worst, std::abs(static_cast<double>(a[i]) - b[i]));
        // Fixed point with 2^-24 steps and one float rounding of the mean: far below 1e-5.
        QVERIFY2(worst < 1e-5, qPrintable(QString::number(worst)));
    }

    void tooManyDropoutsFailCleanly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"failed.fedrun"_s);
        const RunSummary summary =
            runTo(spec({u"rounds=2"_s, u"privacy.secure_aggregation.threshold=1"_s,
                        u"privacy.secure_aggregation.dropout_probability=0.5"_s}),
                  path);
        QCOMPARE(summary.status, RunStatus::Finished);
        QCOMPARE(summary.roundsCompleted, 2);
        const auto blocks = blocksOf(path);
        Hash model = blocks.front().block.genesis.initialModelHash;
        for (const StoredBlock& b : blocks) {
            if (b.block.kind != BlockKind::Round)
                continue;
            const RoundBody& r = b.block.round;
            // Every node either dropped out or is an incident of the failed aggregation.
            QVERIFY(r.updates.empty());
            QCOMPARE(r.incidents.size(), r.selected.size());
            QCOMPARE(findMetric(r.privacy, u"secagg_failed"), std::optional<double>(1.0));
            QCOMPARE(r.modelHash, model); // nothing aggregated, nothing lost
            model = r.modelHash;
        }
        const VerifyReport report = verifyFile(path, Replay::Yes);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
    }

    void blockFieldRoundTrips() {
        Block b;
        b.kind = BlockKind::Round;
        b.height = 4;
        b.round.round = 4;
        SecureAggregationRecord r;
        r.threshold = 3;
        r.fractionalBits = 24;
        r.totalWeight = 1234;
        r.sumHash = Hash::of("sum");
        for (std::uint32_t c : {1u, 5u, 9u}) {
            SecAggParticipant p;
            p.client = c;
            p.encryptionKey.fill(static_cast<std::uint8_t>(c));
            p.maskKey.fill(static_cast<std::uint8_t>(c + 1));
            p.keySignature.bytes.fill(static_cast<std::uint8_t>(c + 2));
            p.dropped = c == 5;
            p.revealed.fill(static_cast<std::uint8_t>(c + 3));
            r.participants.push_back(p);
        }
        b.round.secureAggregation = r;
        const QByteArray bytes = encodeBlock(b);
        auto decoded = decodeBlock(bytes);
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(*decoded, b);
        // Truncated in the participants, and a dropped flag other than 0/1, are refused.
        QVERIFY(!decodeBlock(bytes.left(bytes.size() - 10)));
        // Find the last participant's dropped flag by flipping it (fields may follow the record).
        Block flipped = b;
        flipped.round.secureAggregation->participants.back().dropped = true;
        const QByteArray other = encodeBlock(flipped);
        qsizetype at = 0;
        while (at < bytes.size() && bytes[at] == other[at])
            ++at;
        QVERIFY(at < bytes.size());
        QByteArray badFlag = bytes;
        badFlag[at] = 2;
        auto refused = decodeBlock(badFlag);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"dropped flag"_s), qPrintable(refused.error()));
        // Without the field the block is one byte (the absent flag) shorter than with it empty.
        b.round.secureAggregation.reset();
        QVERIFY(decodeBlock(encodeBlock(b)));
    }

    void forgedRevealedSeedIsCaughtByReplay() {
        // A coordinator that records a false self-mask seed and re-signs the chain passes every
        // signature check; replay removes the masks again and both verifiers name block 1.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"forged.fedrun"_s);
        runTo(spec({u"rounds=2"_s}), path);
        {
            RawRun raw(path);
            QVERIFY(raw.block(1).round.secureAggregation);
            raw.forgeAsCoordinator(1, [](Block& b) {
                b.round.secureAggregation->participants[0].revealed[7] ^= 0x01;
            });
            QCOMPARE(raw.blockCount(), std::int64_t(3)); // genesis and rounds 1, 2: all re-linked
        }
        {
            auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
            QVERIFY(Ledger(**store).verify().valid()); // signatures alone cannot tell
        }
        const VerifyReport report = verifyFile(path, Replay::Yes);
        QVERIFY(!report.valid());
        QCOMPARE(report.firstBadHeight, std::optional<std::uint64_t>(1));
        QVERIFY2(report.firstProblem.contains(u"removing the masks"_s),
                 qPrintable(report.firstProblem));
        const QJsonObject j = pythonReplayVerdict(path);
        QVERIFY(!j.value(u"valid"_s).toBool(true));
        QCOMPARE(j.value(u"first_bad_height"_s).toInteger(-1), qint64(1));
    }

    void robustStrategiesAreRefused() {
        for (const QString& name :
             {u"median"_s, u"trimmed-mean"_s, u"krum"_s, u"multi-krum"_s, u"scaffold"_s}) {
            FederationSpec s = spec();
            auto kind = parseStrategy(name);
            QVERIFY2(kind, qPrintable(name));
            s.strategy.kind = *kind;
            const auto problems = validateSpec(s);
            const QString text = formatProblems(problems);
            QVERIFY2(text.contains(u"strategy.name"_s) && text.contains(u"masked sum"_s),
                     qPrintable(text));
        }
        FederationSpec bad = spec();
        bad.privacy.secureAggregation.threshold = 0.4;
        QVERIFY(
            formatProblems(validateSpec(bad)).contains(u"privacy.secure_aggregation.threshold"_s));
        bad.privacy.secureAggregation.threshold = 2.5;
        QVERIFY(
            formatProblems(validateSpec(bad)).contains(u"privacy.secure_aggregation.threshold"_s));
    }
};

QTEST_GUILESS_MAIN(TestSecAggRun)
#include "test_secagg_run.moc"
