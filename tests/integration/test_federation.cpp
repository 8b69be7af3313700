// Whole federations in process: learning, determinism, stop and resume.
#include "engine/federation/Federation.h"
#include "engine/spec/SpecIO.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fed;

namespace {

FederationSpec quickSpec(const QStringList& overrides = {}) {
    auto spec = loadSpecFile(
        QStringLiteral(FED_SOURCE_DIR "/resources/presets/synthetic-quick.fed.json"), overrides);
    if (!spec)
        qFatal("synthetic-quick preset: %s", qPrintable(spec.error()));
    return *spec;
}

//! Stops the federation once a given round has finished.
class StopAfter : public FederationObserver {
public:
    StopAfter(int round, std::atomic<bool>& stop)
        : m_round(round)
        , m_stop(stop) {}
    void roundFinished(const RoundRecord& r) override {
        ++finished;
        if (r.round == m_round)
            m_stop = true;
    }
    void clientFinished(const ClientRoundRecord&) override { ++clientEvents; }
    int finished = 0;
    int clientEvents = 0;

private:
    int m_round;
    std::atomic<bool>& m_stop;
};

Result<RunSummary> runToEnd(const FederationSpec& spec, const QString& path) {
    auto f = Federation::create(spec, path);
    if (!f)
        return f.takeError();
    std::atomic<bool> stop{false};
    return (*f)->run(stop);
}

} // namespace

class TestFederation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void learnsAndRecordsEveryRound() {
        QTemporaryDir dir;
        const FederationSpec spec = quickSpec();
        std::atomic<bool> stop{false};
        StopAfter observer(-1, stop);
        auto f = Federation::create(spec, dir.filePath(QStringLiteral("run.fedrun")), &observer);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        auto summary = (*f)->run(stop);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, spec.rounds);
        QCOMPARE(observer.finished, spec.rounds);
        QCOMPARE(observer.clientEvents, spec.rounds * spec.clients);

        auto store = RunStore::open(summary->runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto rounds = (*store)->rounds();
        QVERIFY(rounds.ok());
        QCOMPARE(int(rounds->size()), spec.rounds);
        // A federation that learns: far better than chance (10 classes), and better than round 1.
        QVERIFY2(rounds->back().accuracy > 0.5,
                 qPrintable(QString::number(rounds->back().accuracy)));
        QVERIFY(rounds->back().loss < rounds->front().loss);
        for (const auto& r : *rounds) {
            QVERIFY((*store)->blob(r.modelHash).ok());
            QCOMPARE(r.accepted, spec.clients);
            auto clients = (*store)->clientRounds(r.round);
            QVERIFY(clients.ok());
            QCOMPARE(int(clients->size()), spec.clients);
            for (const auto& c : *clients) {
                QCOMPARE(c.status, UpdateStatus::Accepted);
                QVERIFY(c.samples > 0);
                QVERIFY(c.cpuSeconds >= 0.0);
            }
        }
        auto clients = (*store)->clients();
        QVERIFY(clients.ok());
        QCOMPARE(int(clients->size()), spec.clients);
        for (const auto& c : *clients) {
            std::int64_t sum = 0;
            for (auto n : c.labelHistogram)
                sum += n;
            QCOMPARE(sum, c.samples);
        }
    }

    void sameSeedSameModelWhateverTheWorkerCount() {
        QTemporaryDir dir;
        auto one = runToEnd(quickSpec({QStringLiteral("execution.workers=1")}),
                            dir.filePath(QStringLiteral("a.fedrun")));
        auto two = runToEnd(quickSpec({QStringLiteral("execution.workers=2")}),
                            dir.filePath(QStringLiteral("b.fedrun")));
        auto other = runToEnd(quickSpec({QStringLiteral("seed=2")}),
                              dir.filePath(QStringLiteral("c.fedrun")));
        QVERIFY(one.ok() && two.ok() && other.ok());
        QCOMPARE(one->finalModelHash, two->finalModelHash);
        QVERIFY(one->finalModelHash != other->finalModelHash);
    }

    void partialParticipationSelectsTheRightNumber() {
        FederationSpec spec =
            quickSpec({QStringLiteral("clients=20"), QStringLiteral("selection.fraction=0.25"),
                       QStringLiteral("selection.min_clients=2")});
        for (int round = 1; round <= 5; ++round) {
            const auto selected = selectClients(spec, round);
            QCOMPARE(int(selected.size()), 5);
            QVERIFY(std::is_sorted(selected.begin(), selected.end()));
            QVERIFY(std::adjacent_find(selected.begin(), selected.end()) == selected.end());
        }
        QVERIFY(selectClients(spec, 1) != selectClients(spec, 2));
        spec.selection.fraction = 0.01;
        QCOMPARE(int(selectClients(spec, 1).size()), 2);
    }

    void stopThenResumeGivesTheSameResult() {
        QTemporaryDir dir;
        const FederationSpec spec =
            quickSpec({QStringLiteral("strategy.name=fedprox"), QStringLiteral("strategy.mu=0.1")});
        auto reference = runToEnd(spec, dir.filePath(QStringLiteral("reference.fedrun")));
        QVERIFY(reference.ok());

        const QString path = dir.filePath(QStringLiteral("stopped.fedrun"));
        std::atomic<bool> stop{false};
        StopAfter observer(2, stop);
        {
            auto f = Federation::create(spec, path, &observer);
            QVERIFY(f.ok());
            auto summary = (*f)->run(stop);
            QVERIFY(summary.ok());
            QCOMPARE(summary->status, RunStatus::Stopped);
            QCOMPARE(summary->roundsCompleted, 2);
        }
        auto resumed = Federation::resume(path);
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        QCOMPARE((*resumed)->nextRound(), 3);
        std::atomic<bool> never{false};
        auto summary = (*resumed)->run(never);
        QVERIFY(summary.ok());
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, spec.rounds);
        QCOMPARE(summary->finalModelHash, reference->finalModelHash);
    }

    void resumeRefusesChangedData() {
        QTemporaryDir dir;
        // A CSV data set that is edited between the start and the resume of a run.
        const QString csv = dir.filePath(QStringLiteral("data.csv"));
        auto writeCsv = [&](int rows) {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x1,x2,label\n");
            for (int i = 0; i < rows; ++i)
                f.write(QByteArray::number(i % 7) + ',' + QByteArray::number(i % 3) + ',' +
                        QByteArray::number(i % 2) + '\n');
        };
        writeCsv(200);
        const QString specPath = dir.filePath(QStringLiteral("csv.fed.json"));
        {
            QFile f(specPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                R"({"name": "csv", "rounds": 3, "clients": 4, "data": {"dataset": "csv", "csv": {"train": "data.csv"}},
                        "model": {"architecture": "logreg"}})");
        }
        auto spec = loadSpecFile(specPath);
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        const QString path = dir.filePath(QStringLiteral("csv.fedrun"));
        std::atomic<bool> stop{false};
        StopAfter observer(1, stop);
        {
            auto f = Federation::create(*spec, path, &observer);
            QVERIFY2(f.ok(), qPrintable(f.error()));
            QVERIFY((*f)->run(stop).ok());
        }
        writeCsv(150);
        auto resumed = Federation::resume(path);
        QVERIFY(!resumed.ok());
        QVERIFY2(resumed.error().contains(QStringLiteral("changed")), qPrintable(resumed.error()));
    }

    void invalidSpecIsRefusedBeforeAnythingIsWritten() {
        QTemporaryDir dir;
        FederationSpec spec = quickSpec();
        spec.clients = 0;
        const QString path = dir.filePath(QStringLiteral("never.fedrun"));
        auto f = Federation::create(spec, path);
        QVERIFY(!f.ok());
        QVERIFY2(f.error().contains(QStringLiteral("clients")), qPrintable(f.error()));
        QVERIFY(!QFile::exists(path));
    }

    void existingRunFileIsNotOverwritten() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken.fedrun"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        auto federation = Federation::create(quickSpec(), path);
        QVERIFY(!federation.ok());
        QVERIFY(federation.error().contains(QStringLiteral("already exists")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }
};

QTEST_GUILESS_MAIN(TestFederation)
#include "test_federation.moc"
