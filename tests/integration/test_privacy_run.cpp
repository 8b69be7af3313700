// Differential privacy end to end: DP-FedAvg and local DP federations, the privacy budget
// stopping a run, resuming with the same noise, and the ledger replaying the noisy rounds.
#include "engine/federation/Federation.h"
#include "engine/ledger/Ledger.h"
#include "engine/privacy/DifferentialPrivacy.h"
#include "engine/spec/SpecIO.h"
#include "tests/support/Processes.h"
#include "tests/support/Runs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

//! 40 synthetic clients, each taking part with probability 0.25, updates kept for replay.
FederationSpec dpSpec(const QStringList& more = {}) {
    return quickSpec(QStringList{u"clients=40"_s, u"rounds=6"_s, u"selection.fraction=0.25"_s,
                                 u"ledger.store_updates=true"_s, u"privacy.dp.enabled=true"_s,
                                 u"privacy.dp.noise_multiplier=0.8"_s,
                                 u"privacy.dp.clip_norm=0.5"_s} +
                     more);
}

std::vector<RoundRecord> roundsOf(const QString& path) {
    auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    auto rounds = (*store)->rounds();
    if (!rounds)
        qFatal("%s", qPrintable(rounds.error()));
    return *rounds;
}

} // namespace

class TestPrivacyRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void centralDpRecordsAndReplays() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"central.fedrun"_s);
        auto summary = runToEnd(dpSpec(), path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, 6);
        QVERIFY(summary->privacy.has_value());

        const auto rounds = roundsOf(path);
        double previous = 0.0;
        int selected = 0;
        for (const RoundRecord& r : rounds) {
            QVERIFY(r.privacy.has_value());
            QCOMPARE(r.privacy->mode, u"central"_s);
            QVERIFY(r.privacy->epsilon > previous);
            previous = r.privacy->epsilon;
            QCOMPARE(r.privacy->samplingRate, 0.25);
            QCOMPARE(r.privacy->noiseMultiplier, 0.8);
            QVERIFY(std::abs(r.privacy->noiseStd - 0.8 * 0.5 / 10.0) < 1e-12);
            selected += r.selected;
        }
        // Poisson sampling: the sizes vary around q N = 10 per round.
        QVERIFY2(selected > 30 && selected < 90, qPrintable(QString::number(selected)));
        // The accountant's figure for six rounds of the sampled Gaussian.
        RdpAccountant reference;
        reference.addSampledGaussian(0.25, 0.8, 6);
        QVERIFY(std::abs(previous - reference.spent(1e-5).epsilon) < 1e-9);

        // The ledger records the same epsilon, and replay draws the same noise again.
        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        Ledger ledger(**store);
        auto head = ledger.head();
        QVERIFY(head.ok() && head->has_value());
        const VerifyReport report = verifyFile(path, Replay::Yes);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(int(report.roundsReplayed.size()), 6);
        if (!pythonVerifierAvailable())
            QSKIP("python3-cryptography is not installed");
        const QJsonObject j = pythonReplayVerdict(path);
        QVERIFY(j.value(u"valid"_s).toBool());
        // The independent verifier does not redraw the noise; it says so instead of failing.
        QCOMPARE(j.value(u"rounds_not_replayed"_s).toArray().size(), 6);
    }

    void fedctlShowsEpsilonAndVerifiesWithReplay() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cli.fedrun"_s);
        QStringList args{u"run"_s, kQuickPreset, u"--out"_s, path, u"--json"_s};
        for (const QString& o : {u"clients=40"_s, u"rounds=3"_s, u"selection.fraction=0.25"_s,
                                 u"ledger.store_updates=true"_s, u"privacy.dp.enabled=true"_s})
            args << u"--set"_s << o;
        const Outcome run = fedctl(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("epsilon "), run.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        const QJsonObject privacy = summary.value(u"privacy"_s).toObject();
        QCOMPARE(privacy.value(u"mode"_s).toString(), u"central"_s);
        QVERIFY(privacy.value(u"epsilon"_s).toDouble() > 0.0);
        QCOMPARE(privacy.value(u"delta"_s).toDouble(), 1e-5);
        const Outcome verify = fedctl({u"ledger"_s, u"verify"_s, path, u"--replay"_s, u"--json"_s});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
        const QJsonObject report = QJsonDocument::fromJson(verify.out).object();
        QCOMPARE(report.value(u"rounds_replayed"_s).toArray().size(), 3);
        // runs show --json lists epsilon round by round.
        const Outcome show = fedctl({u"runs"_s, u"show"_s, path, u"--json"_s});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        const QJsonArray rounds =
            QJsonDocument::fromJson(show.out).object().value(u"rounds"_s).toArray();
        QCOMPARE(rounds.size(), 3);
        double previous = 0.0;
        for (const QJsonValue& r : rounds) {
            const double eps = r[u"privacy"_s][u"epsilon"_s].toDouble();
            QVERIFY(eps > previous);
            previous = eps;
        }
    }

    void ledgerBlockCarriesPrivacy() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"block.fedrun"_s);
        auto run = runToEnd(dpSpec({u"rounds=2"_s}), path);
        QVERIFY2(run.ok(), qPrintable(run.error()));
        const auto rounds = roundsOf(path);
        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        Ledger ledger(**store);
        auto block = ledger.block(2);
        QVERIFY2(block.ok(), qPrintable(block.error()));
        const Block& b = block->block;
        QCOMPARE(b.version, ledger_format::version);
        QCOMPARE(findMetric(b.round.privacy, u"epsilon").value_or(-1.0),
                 rounds[1].privacy->epsilon);
        QCOMPARE(findMetric(b.round.privacy, u"delta").value_or(-1.0), 1e-5);
        QCOMPARE(findMetric(b.round.privacy, u"clip_norm").value_or(-1.0), 0.5);
        QCOMPARE(findMetric(b.round.privacy, u"noise_multiplier").value_or(-1.0), 0.8);
        QCOMPARE(findMetric(b.round.privacy, u"sampling_rate").value_or(-1.0), 0.25);
    }

    void replayDetectsAlteredNoiseKey() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"key.fedrun"_s);
        auto run = runToEnd(dpSpec({u"rounds=2"_s}), path);
        QVERIFY2(run.ok(), qPrintable(run.error()));
        {
            auto store = RunStore::open(path, RunStore::Mode::ReadWrite);
            QVERIFY(store.ok());
            QVERIFY((*store)->setMeta(kMetaDpNoiseKey.toString(), noiseKeyToText(12345)).ok());
        }
        const VerifyReport report = verifyFile(path, Replay::Yes);
        QVERIFY(!report.valid());
        QVERIFY2(report.firstProblem.contains(u"replay"_s), qPrintable(report.firstProblem));
    }

    void budgetStopsBeforeExceeding() {
        // Three rounds of q = 0.25, z = 0.8 cost about eps 1.6 at delta 1e-5 (computed below);
        // the budget sits between the third and the fourth round.
        RdpAccountant a;
        a.addSampledGaussian(0.25, 0.8, 3);
        const double three = a.spent(1e-5).epsilon;
        a.addSampledGaussian(0.25, 0.8, 1);
        const double four = a.spent(1e-5).epsilon;
        const double target = (three + four) / 2;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"budget.fedrun"_s);
        std::atomic<bool> stop{false};
        StopAfter observer(-1, stop);
        auto f = Federation::create(
            dpSpec({u"privacy.dp.target_epsilon=%1"_s.arg(target, 0, 'g', 17)}), path, &observer);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        auto summary = (*f)->run(stop);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->roundsCompleted, 3);
        QCOMPARE(summary->status, RunStatus::Finished);
        QVERIFY(summary->privacy->epsilon <= target);
        QVERIFY2(summary->stopReason.contains(u"privacy budget"_s),
                 qPrintable(summary->stopReason));
        QCOMPARE(observer.reason, summary->stopReason);
        // Resuming does not spend past the budget either.
        f->reset();
        auto again = Federation::resume(path);
        QVERIFY(again.ok());
        auto second = (*again)->run(stop);
        QVERIFY(second.ok());
        QCOMPARE(second->roundsCompleted, 3);
    }

    void resumeKeepsTheNoise() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"resumed.fedrun"_s);
        std::atomic<bool> stop{false};
        StopAfter observer(2, stop);
        auto f = Federation::create(dpSpec(), path, &observer);
        QVERIFY(f.ok());
        auto first = (*f)->run(stop);
        QVERIFY(first.ok());
        QCOMPARE(first->roundsCompleted, 2);
        f->reset();
        stop = false;
        auto resumed = Federation::resume(path);
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        auto rest = (*resumed)->run(stop);
        QVERIFY2(rest.ok(), qPrintable(rest.error()));
        QCOMPARE(rest->roundsCompleted, 6);
        // Every round replays, so the resumed rounds drew their noise from the run's own key,
        // and the accountant continued from the rounds already spent.
        const VerifyReport report = verifyFile(path, Replay::Yes);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(int(report.roundsReplayed.size()), 6);
        RdpAccountant reference;
        reference.addSampledGaussian(0.25, 0.8, 6);
        QVERIFY(std::abs(rest->privacy->epsilon - reference.spent(1e-5).epsilon) < 1e-9);
    }

    void localDp() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"local.fedrun"_s);
        auto summary = runToEnd(dpSpec({u"privacy.dp.mode=local"_s, u"rounds=3"_s}), path);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        const auto rounds = roundsOf(path);
        QCOMPARE(int(rounds.size()), 3);
        // Selection is the ordinary one (10 of 40 a round); the worst node's epsilon is that of
        // as many Gaussian mechanisms (multiplier z/2) as the rounds it took part in.
        for (const RoundRecord& r : rounds) {
            QCOMPARE(r.privacy->mode, u"local"_s);
            QCOMPARE(r.selected, 10);
        }
        QVERIFY(rounds[2].privacy->epsilon >= rounds[0].privacy->epsilon);
        RdpAccountant once;
        once.addSampledGaussian(1.0, 0.4, 1);
        QVERIFY(std::abs(rounds[0].privacy->epsilon - once.spent(1e-5).epsilon) < 1e-9);
        // The nodes sent noised updates; both verifiers replay them as plain FedAvg.
        const VerifyReport report = verifyFile(path, Replay::Yes);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(int(report.roundsReplayed.size()), 3);
        if (!pythonVerifierAvailable())
            QSKIP("python3-cryptography is not installed");
        const QJsonObject j = pythonReplayVerdict(path);
        QVERIFY(j.value(u"valid"_s).toBool());
        QCOMPARE(j.value(u"rounds_replayed"_s).toArray().size(), 3);
    }

    void refusesWhatTheAccountantCannotCover() {
        for (const auto& [override, path] :
             {std::pair{u"strategy.name=krum"_s, u"strategy.name"_s},
              std::pair{u"selection.policy=energy-aware"_s, u"selection.policy"_s},
              std::pair{u"selection.min_clients=3"_s, u"selection.min_clients"_s}}) {
            FederationSpec spec = dpSpec();
            auto parsed = parseSpec(specToJson(spec), QString(), {override});
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.error().contains(path) && parsed.error().contains(u"privacy.dp"_s),
                     qPrintable(parsed.error()));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrivacyRun)
#include "test_privacy_run.moc"
