// Secure aggregation end to end (docs/secure-aggregation.md): in-process federations whose
// coordinator sees only masked updates, with simulated dropouts, a round that fails cleanly,
// the same model as plain aggregation, and ledger replay by both verifiers.
#include "engine/federation/Federation.h"
#include "engine/ledger/Ledger.h"
#include "engine/model/Weights.h"
#include "engine/spec/SpecIO.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <sqlite3.h>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

const QString kVerifier = QStringLiteral(FED_SOURCE_DIR "/tools/verify_ledger.py");

FederationSpec spec(const QStringList& more = {}) {
    QStringList overrides{u"rounds=3"_s, u"ledger.store_updates=true"_s,
                          u"privacy.secure_aggregation.enabled=true"_s,
                          u"privacy.secure_aggregation.threshold=0.6"_s};
    overrides << more;
    auto s = loadSpecFile(
        QStringLiteral(FED_SOURCE_DIR "/resources/presets/synthetic-quick.fed.json"), overrides);
    if (!s)
        qFatal("synthetic-quick preset: %s", qPrintable(s.error()));
    return *s;
}

RunSummary runTo(const FederationSpec& s, const QString& path) {
    auto f = Federation::create(s, path);
    if (!f)
        qFatal("%s", qPrintable(f.error()));
    std::atomic<bool> stop{false};
    auto summary = (*f)->run(stop);
    if (!summary)
        qFatal("%s", qPrintable(summary.error()));
    return *summary;
}

VerifyReport verifyFile(const QString& path) {
    auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    VerifyOptions options;
    options.replay = true;
    return Ledger(**store).verify(options);
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

QJsonObject python(const QString& path) {
    QProcess p;
    p.start(u"python3"_s, {kVerifier, path, u"--replay"_s, u"--json"_s});
    const bool finished = p.waitForFinished(120000);
    const QByteArray out = p.readAllStandardOutput();
    if (!finished || p.exitCode() != 0)
        qInfo("verify_ledger.py: %s %s", out.constData(), p.readAllStandardError().constData());
    return QJsonDocument::fromJson(out).object();
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

        const VerifyReport report = verifyFile(path);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(int(report.roundsReplayed.size()), 3);
        const QJsonObject j = python(path);
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
        const VerifyReport report = verifyFile(path);
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
            auto store = RunStore::open(path, RunStore::Mode::ReadWrite);
            QVERIFY(store);
            Ledger ledger(**store);
            auto key = ledger.loadKey(Ledger::coordinatorOwner());
            QVERIFY(key && *key);
            sqlite3* db = (*store)->handle();
            auto put = [&](const Block& block) {
                const QByteArray data = encodeBlock(block);
                const QByteArray hash = blockHash(data).toByteArray();
                const QByteArray signature =
                    (**key).sign(blockMessage(blockHash(data))).toByteArray();
                sqlite3_stmt* st = nullptr;
                sqlite3_prepare_v2(db,
                                   "UPDATE ledger_blocks SET data = ?1, hash = ?2, signature = ?3 "
                                   "WHERE height = ?4",
                                   -1, &st, nullptr);
                sqlite3_bind_blob(st, 1, data.constData(), int(data.size()), SQLITE_TRANSIENT);
                sqlite3_bind_blob(st, 2, hash.constData(), int(hash.size()), SQLITE_TRANSIENT);
                sqlite3_bind_blob(st, 3, signature.constData(), int(signature.size()),
                                  SQLITE_TRANSIENT);
                sqlite3_bind_int64(st, 4, static_cast<sqlite3_int64>(block.height));
                const int rc = sqlite3_step(st);
                sqlite3_finalize(st);
                return rc == SQLITE_DONE;
            };
            auto stored = ledger.block(1);
            QVERIFY(stored);
            Block b = stored->block;
            QVERIFY(b.round.secureAggregation);
            b.round.secureAggregation->participants[0].revealed[7] ^= 0x01;
            QVERIFY(put(b));
            auto next = ledger.block(2);
            QVERIFY(next);
            Block relinked = next->block;
            relinked.previousHash = blockHash(encodeBlock(b));
            QVERIFY(put(relinked));
        }
        {
            auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
            QVERIFY(Ledger(**store).verify().valid()); // signatures alone cannot tell
        }
        const VerifyReport report = verifyFile(path);
        QVERIFY(!report.valid());
        QCOMPARE(report.firstBadHeight, std::optional<std::uint64_t>(1));
        QVERIFY2(report.firstProblem.contains(u"removing the masks"_s),
                 qPrintable(report.firstProblem));
        const QJsonObject j = python(path);
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
