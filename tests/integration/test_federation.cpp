// Whole federations in process: learning, determinism, stop and resume.
#include "engine/federation/Federation.h"
#include "engine/spec/SpecIO.h"
#include "tests/support/Runs.h"

#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <map>

using namespace fed;
using namespace fed::test;

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

    void recordsEnergyPerClientAndRound() {
        // Energy-aware selection on the default device mix, with the tightest fairness bound
        // (20 clients, 5 per round: every client at least once in 4 rounds) and idle energy.
        const QStringList overrides{QStringLiteral("clients=20"),
                                    QStringLiteral("rounds=8"),
                                    QStringLiteral("selection.fraction=0.25"),
                                    QStringLiteral("selection.policy=energy-aware"),
                                    QStringLiteral("selection.max_wait_rounds=4"),
                                    QStringLiteral("energy.count_idle=true")};
        const FederationSpec spec = quickSpec(overrides);
        const auto near = [](double a, double b) {
            return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
        };

        class Energies : public FederationObserver {
        public:
            void clientFinished(const ClientRoundRecord& r) override { clients.push_back(r); }
            void roundFinished(const RoundRecord& r) override { rounds.push_back(r); }
            std::vector<ClientRoundRecord> clients;
            std::vector<RoundRecord> rounds;
        } seen;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("energy.fedrun"));
        auto f = Federation::create(spec, path, &seen);
        QVERIFY2(f.ok(), qPrintable(f.error()));
        std::atomic<bool> stop{false};
        auto summary = (*f)->run(stop);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QVERIFY(summary->energyJ() > 0.0 && summary->carbonG > 0.0);

        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store.error()));
        auto clients = (*store)->clients();
        QVERIFY(clients.ok());
        std::map<QString, int> devices;
        for (const ClientInfo& c : *clients) {
            ++devices[c.device];
            auto device = clientDeviceFromJson(c.deviceProfile.toUtf8());
            QVERIFY2(device.ok(), qPrintable(device.error()));
            QCOMPARE(device->profile, c.device);
        }
        QCOMPARE(devices.size(), std::size_t(4)); // the default mix: 5 of each
        QCOMPARE(devices[QStringLiteral("laptop")], 5);

        auto rounds = (*store)->rounds();
        QVERIFY(rounds.ok());
        QCOMPARE(int(rounds->size()), spec.rounds);
        double computation = 0.0, communication = 0.0, idle = 0.0, carbon = 0.0;
        std::vector<int> last(20, 0);
        std::size_t events = 0;
        for (const RoundRecord& r : *rounds) {
            auto records = (*store)->clientRounds(r.round);
            QVERIFY(records.ok());
            double c = 0.0, m = 0.0, i = 0.0, g = 0.0, slowest = 0.0;
            for (const ClientRoundRecord& rec : *records) {
                QCOMPARE(rec.status, UpdateStatus::Accepted);
                QVERIFY(rec.computationJ > 0.0 && rec.computationSeconds > 0.0);
                QVERIFY(rec.communicationJ > 0.0 && rec.communicationSeconds > 0.0);
                QVERIFY(rec.bandwidthHz > 0.0 && rec.transmitPowerW > 0.0);
                QVERIFY(rec.idleJ >= 0.0 && rec.carbonG > 0.0);
                QCOMPARE(rec.measuredPackageJ.has_value(), r.measuredPackageJ.has_value());
                c += rec.computationJ;
                m += rec.communicationJ;
                i += rec.idleJ;
                g += rec.carbonG;
                slowest = std::max(slowest, rec.computationSeconds + rec.communicationSeconds);
                QVERIFY2(r.round - last[static_cast<std::size_t>(rec.client)] <= 4,
                         qPrintable(QStringLiteral("client %1 waited until round %2")
                                        .arg(rec.client)
                                        .arg(r.round)));
                last[static_cast<std::size_t>(rec.client)] = r.round;
            }
            QVERIFY(near(r.computationJ, c) && near(r.communicationJ, m));
            QVERIFY(near(r.idleJ, i) && near(r.carbonG, g));
            QVERIFY(near(r.modelledSeconds, slowest));
            QVERIFY(r.idleJ > 0.0); // with several devices someone waits
            computation += r.computationJ;
            communication += r.communicationJ;
            idle += r.idleJ;
            carbon += r.carbonG;
            // The events (in the order clients finished) carried the figures the file holds.
            for (const ClientRoundRecord& rec : *records) {
                const auto e = std::find_if(
                    seen.clients.begin(), seen.clients.end(), [&](const ClientRoundRecord& x) {
                        return x.round == rec.round && x.client == rec.client;
                    });
                QVERIFY(e != seen.clients.end());
                QCOMPARE(e->computationJ, rec.computationJ);
                QCOMPARE(e->communicationJ, rec.communicationJ);
                ++events;
            }
        }
        QCOMPARE(events, seen.clients.size());
        QVERIFY(near(summary->computationJ, computation));
        QVERIFY(near(summary->communicationJ, communication));
        QVERIFY(near(summary->idleJ, idle) && near(summary->carbonG, carbon));
        QCOMPARE(int(seen.rounds.size()), spec.rounds);
        QCOMPARE(seen.rounds.back().energyJ(), rounds->back().energyJ());

        // Stopped after round 3 and resumed, the run selects and accounts exactly the same.
        const QString stopped = dir.filePath(QStringLiteral("stopped.fedrun"));
        std::atomic<bool> halt{false};
        StopAfter observer(3, halt);
        {
            auto first = Federation::create(spec, stopped, &observer);
            QVERIFY(first.ok());
            QVERIFY((*first)->run(halt).ok());
        }
        auto resumed = Federation::resume(stopped);
        QVERIFY2(resumed.ok(), qPrintable(resumed.error()));
        std::atomic<bool> never{false};
        auto again = (*resumed)->run(never);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->finalModelHash, summary->finalModelHash);
        QVERIFY(near(again->energyJ(), summary->energyJ()));
        QVERIFY(near(again->carbonG, summary->carbonG));
    }
};

QTEST_GUILESS_MAIN(TestFederation)
#include "test_federation.moc"
