// fedctl as a user runs it: exit codes, messages, JSON output, and a run killed mid-way
// that resumes to the same model as one that never stopped.
#include "engine/store/RunStore.h"
#include "tests/support/Processes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <csignal>

using namespace fed;
using namespace fed::test;

class TestFedctl : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runPrintsProgressAndJson() {
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("quick.fedrun"));
        auto r =
            fedctl({QStringLiteral("run"), kQuickPreset, QStringLiteral("--out"), run,
                    QStringLiteral("--set"), QStringLiteral("rounds=3"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.contains("round 1/3"));
        QVERIFY(r.err.contains("round 3/3"));
        const QJsonObject summary = jsonObject(r.out);
        QCOMPARE(summary.value(QStringLiteral("status")).toString(), QStringLiteral("finished"));
        QCOMPARE(summary.value(QStringLiteral("rounds_completed")).toInt(), 3);
        QVERIFY(summary.value(QStringLiteral("final_accuracy")).toDouble() > 0.1);
        QVERIFY(summary.value(QStringLiteral("best_accuracy")).toDouble() >=
                summary.value(QStringLiteral("final_accuracy")).toDouble());
        QVERIFY(summary.value(QStringLiteral("samples_trained")).toDouble() > 0);
        QCOMPARE(summary.value(QStringLiteral("model_hash")).toString().size(), 64);

        auto show = fedctl({QStringLiteral("runs"), QStringLiteral("show"), run});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(show.out.contains("finished, 3/3 rounds"));
        // The quick preset is Synthetic(1, 1), non-IID: not the unused partition's "iid".
        QVERIFY2(show.out.contains("synthetic, own clients, non-IID,"), show.out.constData());
        QVERIFY(
            show.out.contains(summary.value(QStringLiteral("model_hash")).toString().toLatin1()));
        auto showJson =
            fedctl({QStringLiteral("runs"), QStringLiteral("show"), run, QStringLiteral("--json")});
        QCOMPARE(jsonObject(showJson.out).value(QStringLiteral("rounds")).toArray().size(), 3);
    }

    void badInputGetsAClearMessage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << 2 << QStringLiteral("Usage");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("fly")} << 2 << QStringLiteral("unknown command");
        QTest::newRow("missing spec")
            << QStringList{QStringLiteral("run"), QStringLiteral("/nonexistent.fed.json")} << 2
            << QStringLiteral("/nonexistent.fed.json");
        QTest::newRow("bad override")
            << QStringList{QStringLiteral("run"), kQuickPreset, QStringLiteral("--set"),
                           QStringLiteral("clients=0")}
            << 2 << QStringLiteral("clients: must be 1..100000, got 0");
        QTest::newRow("unknown field")
            << QStringList{QStringLiteral("spec"), QStringLiteral("check"), kQuickPreset,
                           QStringLiteral("--set"), QStringLiteral("strategy.muu=1")}
            << 1 << QStringLiteral("strategy.muu");
        QTest::newRow("resume missing run")
            << QStringList{QStringLiteral("resume"), QStringLiteral("/nonexistent.fedrun")} << 2
            << QStringLiteral("/nonexistent.fedrun");
        QTest::newRow("show not a run")
            << QStringList{QStringLiteral("runs"), QStringLiteral("show"), kQuickPreset} << 2
            << QStringLiteral("not a Federation Studio run file");
    }
    void badInputGetsAClearMessage() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        auto r = fedctl(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }

    void versionAndHelp() {
        auto v = fedctl({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.contains("LibTorch"));
        QVERIFY(v.out.contains("OpenSSL"));
        auto h = fedctl({QStringLiteral("run"), QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("--set"));
        // The usage line names the command, not the binary's path.
        auto verifyHelp =
            fedctl({QStringLiteral("ledger"), QStringLiteral("verify"), QStringLiteral("--help")});
        QCOMPARE(verifyHelp.exitCode, 0);
        QVERIFY2(verifyHelp.out.startsWith("Usage: fedctl ledger verify [options] RUN"),
                 verifyHelp.out.constData());
    }

    void killedRunResumesToTheSameModel() {
        QTemporaryDir dir;
        const QStringList longer{QStringLiteral("--set"), QStringLiteral("rounds=40"),
                                 QStringLiteral("--set"),
                                 QStringLiteral("training.local_epochs=3")};
        auto reference =
            fedctl(QStringList{QStringLiteral("run"), kQuickPreset, QStringLiteral("--out"),
                               dir.filePath(QStringLiteral("reference.fedrun")),
                               QStringLiteral("--json")} +
                   longer);
        QVERIFY2(reference.exitCode == 0, reference.err.constData());
        const QString expected =
            jsonObject(reference.out).value(QStringLiteral("model_hash")).toString();

        // Kill the process (SIGKILL: no handler, no cleanup) once it has committed a few rounds.
        const QString path = dir.filePath(QStringLiteral("killed.fedrun"));
        QProcess p;
        p.start(QStringLiteral(FEDCTL_PATH),
                QStringList{QStringLiteral("run"), kQuickPreset, QStringLiteral("--out"), path} +
                    longer);
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress += p.readAllStandardError(), progress.contains("round  3/40")), 60000);
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));

        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const int kept = (*store)->lastCompletedRound();
        QVERIFY(kept >= 3);
        store->reset();

        QVERIFY2(kept < 40, "the run finished before it was killed; make its rounds longer");
        auto shown = fedctl({QStringLiteral("runs"), QStringLiteral("show"), path});
        QVERIFY2(shown.out.contains("or interrupted"), shown.out.constData());

        auto resumed = fedctl({QStringLiteral("resume"), path, QStringLiteral("--json")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY(resumed.err.contains("resuming"));
        QCOMPARE(jsonObject(resumed.out).value(QStringLiteral("model_hash")).toString(), expected);
        // Resuming it again: nothing to do, said plainly, and the same summary.
        auto again = fedctl({QStringLiteral("resume"), path, QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.err.contains("nothing to resume"), again.err.constData());
        QVERIFY(!again.err.contains("resuming"));
        QCOMPARE(jsonObject(again.out).value(QStringLiteral("model_hash")).toString(), expected);
        QCOMPARE(jsonObject(resumed.out).value(QStringLiteral("rounds_completed")).toInt(), 40);
    }

    void ctrlCStopsAfterTheRoundAndKeepsIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("interrupted.fedrun"));
        QProcess p;
        p.start(QStringLiteral(FEDCTL_PATH),
                {QStringLiteral("run"), kQuickPreset, QStringLiteral("--out"), path,
                 QStringLiteral("--set"), QStringLiteral("rounds=400")});
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT(
            (progress += p.readAllStandardError(), progress.contains("round   2/400")), 60000);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 130);
        progress += p.readAllStandardError();
        QVERIFY(progress.contains("stopping after the current round"));
        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        QVERIFY(store.ok());
        QCOMPARE((*store)->status(), RunStatus::Stopped);
        QVERIFY((*store)->lastCompletedRound() >= 2);
        QVERIFY((*store)->lastCompletedRound() < 400);
    }

    void runReportsEnergy() {
        QTemporaryDir dir;
        const QString run = dir.filePath(QStringLiteral("energy.fedrun"));
        auto r =
            fedctl({QStringLiteral("run"), kQuickPreset, QStringLiteral("--out"), run,
                    QStringLiteral("--set"), QStringLiteral("rounds=3"), QStringLiteral("--set"),
                    QStringLiteral("selection.policy=energy-aware"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("  energy "), r.err.constData()); // the progress line
        QVERIFY(r.err.contains("g CO2"));
        const QJsonObject summary = jsonObject(r.out);
        const double total = summary.value(QStringLiteral("energy_j")).toDouble();
        const double computation = summary.value(QStringLiteral("computation_energy_j")).toDouble();
        const double communication =
            summary.value(QStringLiteral("communication_energy_j")).toDouble();
        const double idle = summary.value(QStringLiteral("idle_energy_j")).toDouble(-1.0);
        QVERIFY(computation > 0.0 && communication > 0.0);
        QCOMPARE(idle, 0.0); // energy.count_idle is off by default
        QVERIFY(std::abs(total - (computation + communication + idle)) <= 1e-12 * total);
        QVERIFY(summary.value(QStringLiteral("carbon_g")).toDouble() > 0.0);

        auto show = fedctl({QStringLiteral("runs"), QStringLiteral("show"), run});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains("energy     "), show.out.constData());
        QVERIFY(show.out.contains("computation") && show.out.contains("communication"));
        auto showJson =
            fedctl({QStringLiteral("runs"), QStringLiteral("show"), run, QStringLiteral("--json")});
        const QJsonObject shown = jsonObject(showJson.out);
        QCOMPARE(shown.value(QStringLiteral("energy_j")).toDouble(), total);
        double sum = 0.0;
        for (const QJsonValue& round : shown.value(QStringLiteral("rounds")).toArray())
            sum += round.toObject().value(QStringLiteral("energy_j")).toDouble();
        QVERIFY(std::abs(sum - total) <= 1e-9 * total);
    }
};

QTEST_GUILESS_MAIN(TestFedctl)
#include "test_fedctl.moc"
