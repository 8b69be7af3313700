// Robustness end to end (issue #3): Byzantine clients and what each behaviour sends, update
// validation on the coordinator's path, robust strategies against a 30 % sign-flipping attack
// on synthetic data, stateful strategies resuming bit for bit, every strategy replayed by the
// ledger (C++ and the independent Python verifier), and a TorchScript model as the federation's.
#include "engine/federation/Adversary.h"
#include "engine/federation/Federation.h"
#include "engine/federation/UpdateValidation.h"
#include "engine/ledger/Block.h"
#include "engine/ledger/Ledger.h"
#include "engine/model/Weights.h"
#include "engine/spec/SpecIO.h"
#include "engine/strategy/Strategy.h"
#include "tests/support/Processes.h"
#include "tests/support/RawRun.h"
#include "tests/support/Runs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <map>
#include <set>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

const QString kScriptModel = QStringLiteral(FED_TEST_DATA_DIR "/tiny-mlp.pt");

//! Stops after `round`, resumes, and returns the final model hash of the whole run.
Result<Hash> stopAndResume(const FederationSpec& spec, const QString& path, int round) {
    std::atomic<bool> stop{false};
    StopAfter observer(round, stop);
    auto first = runToEnd(spec, path, &observer, &stop);
    if (!first)
        return first.takeError();
    if (first->roundsCompleted != round)
        return fail(u"stopped after %1 rounds, not %2"_s.arg(first->roundsCompleted).arg(round));
    auto resumed = Federation::resume(path);
    if (!resumed)
        return resumed.takeError();
    std::atomic<bool> never{false};
    auto summary = (*resumed)->run(never);
    if (!summary)
        return summary.takeError();
    return summary->finalModelHash;
}

//! Every client's update of `round`, decoded from the blobs (the run must store updates).
std::map<int, std::vector<float>> storedUpdates(const QString& path, int round) {
    std::map<int, std::vector<float>> out;
    auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
    if (!store)
        return out;
    auto records = (*store)->clientRounds(round);
    if (!records)
        return out;
    for (const ClientRoundRecord& r : *records) {
        if (r.status != UpdateStatus::Accepted || !r.updateHash)
            continue;
        auto bytes = (*store)->blob(*r.updateHash);
        if (!bytes)
            continue;
        auto weights = decodeWeights(*bytes);
        if (weights)
            out[r.client] = std::move(weights->values);
    }
    return out;
}

double finalAccuracy(const Result<RunSummary>& summary) {
    return summary ? summary->finalAccuracy : -1.0;
}

ModelLayout smallLayout() {
    return ModelLayout{{{u"fc.weight"_s, {2, 3}}, {u"fc.bias"_s, {2}}}};
}

} // namespace

class TestRobustness : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // --- who is Byzantine, and what they send -------------------------------------------------

    void byzantineClientsAreDrawnOnceAndRecorded() {
        FederationSpec spec =
            quickSpec({u"rounds=1"_s, u"adversaries.count=3"_s, u"adversaries.behaviour=scaled"_s});
        const std::vector<int> chosen = byzantineClients(spec);
        QCOMPARE(chosen.size(), std::size_t(3));
        QVERIFY(std::is_sorted(chosen.begin(), chosen.end()));
        QCOMPARE(byzantineClients(spec), chosen); // seeded
        FederationSpec otherSeed = spec;
        otherSeed.adversaries.seed = 5;
        QVERIFY(byzantineClients(otherSeed) != chosen);
        QCOMPARE(withResolvedAdversaries(spec).adversaries.clients, chosen);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.fedrun"_s);
        std::atomic<bool> stop{false};
        StopAfter observer(-1, stop);
        auto f = Federation::create(spec, path, &observer);
        QVERIFY2(f, qPrintable(f.error()));
        QVERIFY((*f)->run(stop));
        // The run's clients say who misbehaved and how; so does the event the UI receives.
        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        QVERIFY(store);
        auto clients = (*store)->clients();
        QVERIFY(clients);
        std::vector<int> recorded;
        for (const ClientInfo& c : *clients) {
            if (!c.byzantine.isEmpty()) {
                QCOMPARE(c.byzantine, u"scaled"_s);
                recorded.push_back(c.client);
            }
            QCOMPARE(observer.clients[static_cast<std::size_t>(c.client)].byzantine, c.byzantine);
        }
        QCOMPARE(recorded, chosen);
        // The spec the run keeps, and the ledger's genesis block signs, names them explicitly.
        auto stored = parseSpec((*store)->specJson(), QString());
        QVERIFY(stored);
        QCOMPARE(stored->adversaries.clients, chosen);
        auto genesis = Ledger(**store).genesis();
        QVERIFY(genesis);
        QVERIFY(genesis->spec.contains("\"behaviour\": \"scaled\""));
        QCOMPARE(parseSpec(genesis->spec, QString())->adversaries.clients, chosen);
    }

    void eachBehaviourChangesTheUpdateAsDocumented() {
        // One round with client 2 Byzantine, against the same round with everyone honest: the
        // honest clients send the same bytes, client 2 sends the behaviour's transformation.
        QTemporaryDir dir;
        const QStringList base{u"rounds=1"_s, u"ledger.store_updates=true"_s,
                               u"execution.workers=1"_s};
        auto honest = runToEnd(quickSpec(base), dir.filePath(u"honest.fedrun"_s));
        QVERIFY2(honest, qPrintable(honest.error()));
        const auto reference = storedUpdates(dir.filePath(u"honest.fedrun"_s), 1);
        QCOMPARE(reference.size(), std::size_t(10));
        const std::vector<float>& truth = reference.at(2);

        for (const QString& behaviour : adversaryBehaviourNames()) {
            const QString path = dir.filePath(behaviour + u".fedrun"_s);
            auto run =
                runToEnd(quickSpec(base + QStringList{u"adversaries.clients=[2]"_s,
                                                      u"adversaries.behaviour="_s + behaviour,
                                                      u"adversaries.scale=2.5"_s,
                                                      u"adversaries.noise_std=0.5"_s}),
                         path);
            QVERIFY2(run, qPrintable(run.error()));
            const auto updates = storedUpdates(path, 1);
            QCOMPARE(updates.size(), std::size_t(10));
            for (const auto& [client, delta] : updates)
                if (client != 2)
                    QVERIFY2(delta == reference.at(client), qPrintable(behaviour));
            const std::vector<float>& sent = updates.at(2);
            QCOMPARE(sent.size(), truth.size());
            if (behaviour == u"sign-flip"_s || behaviour == u"scaled"_s) {
                const float factor = behaviour == u"sign-flip"_s ? -2.5f : 2.5f;
                for (std::size_t i = 0; i < sent.size(); ++i)
                    QCOMPARE(sent[i], truth[i] * factor);
            } else if (behaviour == u"gaussian"_s) {
                double sum = 0.0, squares = 0.0;
                for (float v : sent) {
                    sum += v;
                    squares += double(v) * v;
                }
                const double n = double(sent.size());
                const double mean = sum / n;
                const double sd = std::sqrt(squares / n - mean * mean);
                QVERIFY2(std::abs(mean) < 0.1 && std::abs(sd - 0.5) < 0.05,
                         qPrintable(u"mean %1, sd %2"_s.arg(mean).arg(sd)));
            } else if (behaviour == u"free-rider"_s) {
                for (float v : sent)
                    QCOMPARE(v, 0.0f);
            } else { // label-flip: trained, but on other labels
                QVERIFY(sent != truth);
                QVERIFY(l2Norm(sent) > 0.0);
                QVERIFY(allFinite(sent));
            }
            // Whatever a Byzantine client sends, the ledger verifies and replays it.
            const VerifyReport report = verifyFile(path, Replay::Yes);
            QVERIFY2(report.valid(), qPrintable(report.summary()));
            QCOMPARE(report.roundsReplayed.size(), std::size_t(1));
        }
    }

    // --- validation ------------------------------------------------------------------------

    void updateValidationNamesTheProblem() {
        const ModelLayout layout = smallLayout();
        ValidationSettings none;
        const std::vector<float> good{0, 1, 2, 3, 4, 5, 6, 7};
        QVERIFY(!updateProblem(layout, good, none));
        auto problem = updateProblem(layout, std::vector<float>(7), none);
        QVERIFY(problem && problem->contains(u"the update has 7 values, the model 8"_s));
        std::vector<float> nan = good;
        nan[7] = std::nanf("");
        problem = updateProblem(layout, nan, none);
        QVERIFY2(problem && problem->contains(u"non-finite values (first in fc.bias at index 1)"_s),
                 qPrintable(problem.value_or(QString())));
        std::vector<float> inf = good;
        inf[0] = -INFINITY;
        QVERIFY(updateProblem(layout, inf, none));
        // ||good|| = sqrt(140) = 11.83: refused at 11.8, accepted at 11.9, unbounded at 0.
        ValidationSettings bound;
        bound.maxUpdateNorm = 11.8;
        problem = updateProblem(layout, good, bound);
        QVERIFY2(problem && problem->contains(u"L2 norm 11.8322 exceeds "
                                              u"validation.max_update_norm 11.8"_s),
                 qPrintable(problem.value_or(QString())));
        bound.maxUpdateNorm = 11.9;
        QVERIFY(!updateProblem(layout, good, bound));

        // Received as bytes (a remote node): the layout must be the model's, tensor by tensor.
        QVERIFY(!encodedUpdateProblem(layout, encodeWeights(layout, good), none));
        const ModelLayout renamed{{{u"fc.weight"_s, {2, 3}}, {u"fc.b"_s, {2}}}};
        problem = encodedUpdateProblem(layout, encodeWeights(renamed, good), none);
        QVERIFY2(problem && problem->contains(u"tensor 1 of the update is fc.b (2), the model's "
                                              u"is fc.bias (2)"_s),
                 qPrintable(problem.value_or(QString())));
        const ModelLayout reshaped{{{u"fc.weight"_s, {3, 2}}, {u"fc.bias"_s, {2}}}};
        QVERIFY(encodedUpdateProblem(layout, encodeWeights(reshaped, good), none));
        QByteArray truncated = encodeWeights(layout, good);
        truncated.chop(2); // float32 values are 4 bytes: this is no longer float32 data
        problem = encodedUpdateProblem(layout, truncated, none);
        QVERIFY2(problem && problem->contains(u"cannot be decoded as float32 weights"_s),
                 qPrintable(problem.value_or(QString())));
        QVERIFY(encodedUpdateProblem(layout, encodeWeights(layout, nan), none));
    }

    void normBoundRejectsScaledUpdatesAsIncidents() {
        // Two clients boost their update 50 times; a norm bound well above the honest updates'
        // turns them into rejected incidents, and the round goes on without them.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bounded.fedrun"_s);
        auto probe = runToEnd(quickSpec({u"rounds=1"_s, u"ledger.store_updates=true"_s}),
                              dir.filePath(u"probe.fedrun"_s));
        QVERIFY(probe);
        double largest = 0.0;
        for (const auto& [client, delta] : storedUpdates(dir.filePath(u"probe.fedrun"_s), 1))
            largest = std::max(largest, l2Norm(delta));
        QVERIFY(largest > 0.0);
        const double bound = 3.0 * largest;
        auto run = runToEnd(
            quickSpec({u"rounds=2"_s, u"ledger.store_updates=true"_s,
                       u"adversaries.clients=[1, 6]"_s, u"adversaries.behaviour=scaled"_s,
                       u"adversaries.scale=50"_s, u"validation.max_update_norm=%1"_s.arg(bound)}),
            path);
        QVERIFY2(run, qPrintable(run.error()));
        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        QVERIFY(store);
        for (int round = 1; round <= 2; ++round) {
            auto records = (*store)->clientRounds(round);
            QVERIFY(records);
            for (const ClientRoundRecord& r : *records) {
                if (r.client == 1 || r.client == 6) {
                    QCOMPARE(r.status, UpdateStatus::Rejected);
                    QVERIFY2(r.detail.contains(u"exceeds validation.max_update_norm"_s),
                             qPrintable(r.detail));
                } else {
                    QCOMPARE(r.status, UpdateStatus::Accepted);
                }
            }
            auto block = Ledger(**store).block(static_cast<std::uint64_t>(round));
            QVERIFY(block);
            QCOMPARE(block->block.round.incidents.size(), std::size_t(2));
            QCOMPARE(block->block.round.updates.size(), std::size_t(8));
            for (const Incident& i : block->block.round.incidents) {
                QCOMPARE(i.kind, IncidentKind::Rejected);
                QVERIFY(i.updateHash.has_value());
                QVERIFY(i.reason.contains(u"L2 norm"_s));
            }
        }
        const VerifyReport report = verifyFile(path, Replay::Yes);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(report.roundsReplayed.size(), std::size_t(2));
    }

    // --- the attack -------------------------------------------------------------------------

    void robustStrategiesWithstandSignFlippers() {
        // 20 clients on Synthetic-IID, 6 of them (30 %) sending -4 times their update. FedAvg
        // collapses; the robust rules stay close to the clean federation. Deterministic, so
        // the margins are about the method, not luck: measured clean 53 %, FedAvg attacked
        // 0.8 %, median 50.6 %, trimmed mean 50.4 %, Krum 52 %, Multi-Krum 51.7 %.
        QTemporaryDir dir;
        const QStringList base{u"clients=20"_s, u"rounds=10"_s, u"data.synthetic.iid=true"_s};
        const QStringList attack{u"adversaries.count=6"_s, u"adversaries.behaviour=sign-flip"_s,
                                 u"adversaries.scale=4"_s};
        const double clean =
            finalAccuracy(runToEnd(quickSpec(base), dir.filePath(u"clean.fedrun"_s)));
        const double attacked =
            finalAccuracy(runToEnd(quickSpec(base + attack), dir.filePath(u"fedavg.fedrun"_s)));
        QVERIFY2(clean > 0.4, qPrintable(QString::number(clean)));
        QVERIFY2(attacked < clean - 0.25,
                 qPrintable(u"FedAvg under attack %1, clean %2"_s.arg(attacked).arg(clean)));
        const std::vector<QStringList> robust{
            {u"strategy.name=median"_s},
            {u"strategy.name=trimmed-mean"_s, u"strategy.trim_fraction=0.3"_s},
            {u"strategy.name=krum"_s, u"strategy.krum_byzantine=6"_s},
            {u"strategy.name=multi-krum"_s, u"strategy.krum_byzantine=6"_s}};
        for (const QStringList& strategy : robust) {
            const double accuracy =
                finalAccuracy(runToEnd(quickSpec(base + attack + strategy),
                                       dir.filePath(strategy.front().mid(14) + u".fedrun"_s)));
            QVERIFY2(
                accuracy > clean - 0.08 && accuracy > attacked + 0.3,
                qPrintable(u"%1: %2 (clean %3)"_s.arg(strategy.front()).arg(accuracy).arg(clean)));
        }
    }

    // --- state across rounds ------------------------------------------------------------------

    void statefulStrategiesResumeBitForBit_data() {
        QTest::addColumn<QStringList>("overrides");
        QTest::newRow("fedavgm") << QStringList{u"strategy.name=fedavgm"_s};
        QTest::newRow("fedadam") << QStringList{u"strategy.name=fedadam"_s};
        QTest::newRow("fedyogi") << QStringList{u"strategy.name=fedyogi"_s};
        // Half the clients per round: control variates of idle clients wait in the run file.
        QTest::newRow("scaffold") << QStringList{u"strategy.name=scaffold"_s,
                                                 u"selection.fraction=0.5"_s};
    }

    void statefulStrategiesResumeBitForBit() {
        QFETCH(QStringList, overrides);
        QTemporaryDir dir;
        const FederationSpec spec = quickSpec(overrides + QStringList{u"rounds=5"_s});
        auto reference = runToEnd(spec, dir.filePath(u"reference.fedrun"_s));
        QVERIFY2(reference, qPrintable(reference.error()));
        auto resumed = stopAndResume(spec, dir.filePath(u"stopped.fedrun"_s), 2);
        QVERIFY2(resumed, qPrintable(resumed.error()));
        QCOMPARE(*resumed, reference->finalModelHash);
    }

    void scaffoldKeepsOneStatePerClient() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"scaffold.fedrun"_s);
        auto run = runToEnd(
            quickSpec({u"strategy.name=scaffold"_s, u"selection.fraction=0.3"_s, u"rounds=2"_s}),
            path);
        QVERIFY2(run, qPrintable(run.error()));
        auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
        QVERIFY(store);
        auto history = (*store)->allClientRounds();
        QVERIFY(history);
        std::set<int> took;
        for (const ClientRoundRecord& r : *history)
            took.insert(r.client);
        for (int c = 0; c < 10; ++c) {
            auto state = (*store)->clientState(c);
            QVERIFY(state);
            // Clients that took part hold c_i with the model's layout; the others have none.
            QCOMPARE(state->has_value(), took.contains(c));
            if (*state) {
                auto decoded = decodeWeights(**state);
                QVERIFY(decoded);
                QCOMPARE(decoded->values.size(), std::size_t(610));
                QVERIFY(l2Norm(decoded->values) > 0.0);
            }
        }
    }

    // --- replay ------------------------------------------------------------------------------

    void everyStrategyReplays_data() {
        QTest::addColumn<QString>("strategy");
        for (const QString& name : strategyNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyStrategyReplays() {
        // Three rounds, 6 of 10 clients per round, two of them Byzantine: the C++ verifier and
        // the independent Python one both recompute every aggregation and its state.
        QFETCH(QString, strategy);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.fedrun"_s);
        auto run =
            runToEnd(quickSpec({u"rounds=3"_s, u"selection.fraction=0.6"_s,
                                u"ledger.store_updates=true"_s, u"strategy.name="_s + strategy,
                                u"strategy.krum_byzantine=1"_s, u"adversaries.count=2"_s}),
                     path);
        QVERIFY2(run, qPrintable(run.error()));
        const VerifyReport report = verifyFile(path, Replay::Yes);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(report.roundsReplayed.size(), std::size_t(3));
        if (!pythonVerifierAvailable())
            QSKIP("python3 with python3-cryptography is not installed");
        const Outcome o = pythonVerifier(path, {u"--replay"_s, u"--json"_s});
        QVERIFY2(o.exitCode == 0, o.out.constData());
        const QJsonObject j = QJsonDocument::fromJson(o.out).object();
        QVERIFY(j.value(u"valid"_s).toBool());
        QCOMPARE(j.value(u"rounds_replayed"_s).toArray().size(), qsizetype(3));
    }

    void pythonVerifierNamesStrategiesItCannotReplay() {
        if (!pythonVerifierAvailable())
            QSKIP("python3 with python3-cryptography is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.fedrun"_s);
        QVERIFY(runToEnd(
            quickSpec({u"rounds=2"_s, u"ledger.store_updates=true"_s, u"strategy.name=median"_s}),
            path));
        // A verifier that has not learnt a strategy says so, and the ledger is still valid.
        const QString script =
            u"import sys; sys.path.insert(0, '%1'); import verify_ledger as v; "
            u"del v.REPLAYED_STRATEGIES['median']; sys.argv = ['verify_ledger.py', '%2', "
            u"'--replay']; sys.exit(v.main())"_s.arg(QStringLiteral(FED_SOURCE_DIR "/tools"), path);
        const Outcome o = runProcess(u"python3"_s, {u"-c"_s, script});
        QVERIFY2(o.exitCode == 0, o.out.constData());
        QVERIFY2(o.out.contains("not replayed: strategy median"), o.out.constData());
        QVERIFY2(o.out.contains("replay: 0 rounds reproduced"), o.out.constData());
    }

    void forgedStrategyStateIsCaughtByReplay() {
        // A coordinator that records a false FedAdam state for round 1, and re-signs and
        // re-links the chain to cover it, passes every signature check; replay recomputes the
        // state, and both verifiers name block 1.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"run.fedrun"_s);
        QVERIFY(runToEnd(
            quickSpec({u"rounds=3"_s, u"ledger.store_updates=true"_s, u"strategy.name=fedadam"_s}),
            path));
        QVERIFY(verifyFile(path, Replay::Yes).valid());
        // The forged state goes in as a blob of its own (RunStore hashes it); the block that
        // names it is then re-signed and the chain re-linked below RunStore.
        Hash forgedHash;
        {
            auto store = RunStore::open(path, RunStore::Mode::ReadWrite);
            QVERIFY(store);
            auto stored = Ledger(**store).block(1);
            QVERIFY(stored);
            auto state = (*store)->blob(*stored->block.round.strategyStateHash);
            QVERIFY(state);
            QByteArray forged = *state;
            forged[forged.size() - 1] = char(forged[forged.size() - 1] ^ 0x01);
            auto put = (*store)->putBlob(u"strategy-state"_s, forged);
            QVERIFY(put);
            forgedHash = *put;
        }
        {
            RawRun raw(path);
            raw.forgeAsCoordinator(1, [&](Block& b) { b.round.strategyStateHash = forgedHash; });
            // It rewrites the run's rounds table to agree, which verification compares too.
            raw.write("UPDATE rounds SET strategy_state_hash = ?1 WHERE round = ?2",
                      forgedHash.toByteArray(), 1);
            QCOMPARE(raw.blockCount(), std::int64_t(4)); // genesis and rounds 1 to 3: all re-linked
        }
        // Without replay every check passes: the coordinator signed it all.
        {
            auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
            QVERIFY(store);
            QVERIFY(Ledger(**store).verify().valid());
        }
        const VerifyReport report = verifyFile(path, Replay::Yes);
        QVERIFY(!report.valid());
        QVERIFY(report.firstBadHeight);
        QCOMPARE(*report.firstBadHeight, std::uint64_t(1));
        QVERIFY2(report.firstProblem.contains(u"strategy state"_s),
                 qPrintable(report.firstProblem));
        if (!pythonVerifierAvailable())
            QSKIP("python3 with python3-cryptography is not installed");
        const Outcome o = pythonVerifier(path, {u"--replay"_s, u"--json"_s});
        QCOMPARE(o.exitCode, 1);
        const QJsonObject j = QJsonDocument::fromJson(o.out).object();
        QCOMPARE(j.value(u"first_bad_height"_s).toInteger(-1), qint64(1));
        QVERIFY2(o.out.contains("strategy state"), o.out.constData());
    }

    // --- bring your own model ------------------------------------------------------------------

    void torchScriptModelFederates() {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(kScriptModel, dir.filePath(u"model.pt"_s)));
        FederationSpec spec =
            quickSpec({u"rounds=4"_s, u"model.architecture=torchscript"_s, u"model.path=model.pt"_s,
                       u"ledger.store_updates=true"_s, u"training.learning_rate=0.1"_s});
        spec.baseDirectory = dir.path(); // model.path is relative to the spec's folder
        const QString reference = dir.filePath(u"reference.fedrun"_s);
        auto run = runToEnd(spec, reference);
        QVERIFY2(run, qPrintable(run.error()));
        QCOMPARE(run->parameterCount, qint64(1178));
        QVERIFY2(run->finalAccuracy > 0.3, qPrintable(QString::number(run->finalAccuracy)));
        auto store = RunStore::open(reference, RunStore::Mode::ReadOnly);
        QVERIFY(store);
        // The file's weights are the initial model, hashed like the zoo's.
        auto initial = (*store)->meta(u"initial_model_hash"_s);
        QVERIFY(initial);
        Hash initialHash;
        QVERIFY(Hash::fromHex(*initial, initialHash));
        auto initialBlob = (*store)->blob(initialHash);
        QVERIFY(initialBlob);
        auto decoded = decodeWeights(*initialBlob);
        QVERIFY(decoded);
        QCOMPARE(decoded->layout.tensors.front().name, u"fc1.weight"_s);
        QVERIFY((*store)->meta(u"model_file_sha256"_s));
        const VerifyReport report = verifyFile(reference, Replay::Yes);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(report.roundsReplayed.size(), std::size_t(4));

        // Resuming gives the same model; resuming with another module file is refused.
        auto resumed = stopAndResume(spec, dir.filePath(u"resumed.fedrun"_s), 2);
        QVERIFY2(resumed, qPrintable(resumed.error()));
        QCOMPARE(*resumed, run->finalModelHash);
        const QString stopped = dir.filePath(u"changed.fedrun"_s);
        {
            std::atomic<bool> stop{false};
            StopAfter observer(1, stop);
            auto f = Federation::create(spec, stopped, &observer);
            QVERIFY(f);
            QVERIFY((*f)->run(stop));
        }
        {
            QFile file(dir.filePath(u"model.pt"_s));
            QVERIFY(file.open(QIODevice::Append));
            file.write("\n");
        }
        auto refused = Federation::resume(stopped);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"has changed since the run started"_s),
                 qPrintable(refused.error()));
    }

    void torchScriptProblemsStopTheRunBeforeItStarts() {
        QTemporaryDir dir;
        FederationSpec spec =
            quickSpec({u"model.architecture=torchscript"_s, u"model.path=missing.pt"_s});
        spec.baseDirectory = dir.path();
        auto f = Federation::create(spec, dir.filePath(u"run.fedrun"_s));
        QVERIFY(!f);
        QVERIFY2(f.error().contains(u"missing.pt does not exist"_s), qPrintable(f.error()));
        QVERIFY(!QFile::exists(dir.filePath(u"run.fedrun"_s)));
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "test_robustness.moc"
