#include "engine/federation/Federation.h"

#include "engine/core/Clock.h"
#include "engine/core/Rng.h"
#include "engine/data/Dataset.h"
#include "engine/energy/Rapl.h"
#include "engine/federation/Adversary.h"
#include "engine/federation/EnergyAccounting.h"
#include "engine/federation/RemoteClients.h"
#include "engine/federation/TrainingPool.h"
#include "engine/federation/UpdateValidation.h"
#include "engine/ledger/Ledger.h"
#include "engine/model/Weights.h"
#include "engine/spec/SpecIO.h"
#include "engine/strategy/Strategy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fed {
namespace {

const QString kMetaFederationId = u"federation_id"_s;
const QString kMetaBaseDirectory = u"spec_base_directory"_s;
const QString kMetaInitialModel = u"initial_model_hash"_s;
//! SHA-256 of a TorchScript model file, so that resuming refuses a changed module.
const QString kMetaModelFile = u"model_file_sha256"_s;

//! The spec's model with a TorchScript path resolved against the spec's folder.
ModelSettings resolvedModel(const FederationSpec& spec) {
    ModelSettings model = spec.model;
    if (model.architecture == ModelArchitecture::TorchScript && !model.path.isEmpty() &&
        QDir::isRelativePath(model.path) && !spec.baseDirectory.isEmpty())
        model.path = QDir::cleanPath(QDir(spec.baseDirectory).filePath(model.path));
    return model;
}

Result<Hash> fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            u"%1: cannot be read (%2)"_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    return Hash::of(file.readAll());
}

//! The metrics a node reports with its update, as the ledger records them.
std::vector<Metric> localMetrics(const ClientRoundRecord& r) {
    std::vector<Metric> m{{u"cpu_seconds"_s, r.cpuSeconds},
                          {u"train_accuracy"_s, r.trainAccuracy},
                          {u"train_loss"_s, r.trainLoss},
                          {u"wall_seconds"_s, r.wallSeconds}};
    if (r.evalAccuracy)
        m.push_back({u"eval_accuracy"_s, *r.evalAccuracy});
    if (r.evalLoss)
        m.push_back({u"eval_loss"_s, *r.evalLoss});
    return m;
}

} // namespace

Result<RunSummary> summarizeRun(const RunStore& store) {
    auto spec = parseSpec(store.specJson(), QString());
    auto rounds = store.rounds();
    if (!rounds)
        return rounds.takeError();
    RunSummary s;
    s.runPath = store.path();
    s.status = store.status();
    if (auto id = store.meta(kMetaFederationId))
        s.federationId = *id;
    s.roundsPlanned = spec ? spec->rounds : 0;
    s.roundsCompleted = static_cast<int>(rounds->size());
    for (const RoundRecord& r : *rounds) {
        s.wallSeconds += r.wallSeconds;
        s.samplesTrained += r.samples;
        s.finalModelHash = r.modelHash;
        s.computationJ += r.computationJ;
        s.communicationJ += r.communicationJ;
        s.idleJ += r.idleJ;
        s.carbonG += r.carbonG;
        if (r.measuredPackageJ)
            s.measuredPackageJ = s.measuredPackageJ.value_or(0.0) + *r.measuredPackageJ;
        if (r.evaluated) {
            s.evaluated = true;
            s.finalAccuracy = r.accuracy;
            s.finalLoss = r.loss;
            if (r.accuracy > s.bestAccuracy || s.bestRound == 0) {
                s.bestAccuracy = r.accuracy;
                s.bestRound = r.round;
            }
        }
    }
    if (rounds->empty()) {
        if (auto initial = store.meta(kMetaInitialModel))
            Hash::fromHex(*initial, s.finalModelHash);
    }
    if (auto model = store.blob(s.finalModelHash)) {
        if (auto weights = decodeWeights(*model))
            s.parameterCount = weights->layout.parameterCount();
    }
    return s;
}

struct Federation::Private {
    FederationSpec spec;
    FederationObserver* observer = nullptr;
    std::unique_ptr<RunStore> store;
    FederatedData data;
    Partition partition;
    std::unique_ptr<TrainingPool> pool;
    std::unique_ptr<Strategy> strategy;
    ModelLayout layout;
    std::vector<float> global;
    int nextRound = 1;
    QString federationId;
    // The audit ledger: the coordinator's key signs blocks; each simulated node's key signs
    // its updates. Both come from the run file's keys table, so a resumed run signs as before.
    std::unique_ptr<Ledger> ledger;
    SigningKey coordinatorKey;
    std::vector<SigningKey> nodeKeys;
    std::vector<PublicKey> nodePublicKeys; //!< every member's, also when only these are known
    std::vector<VerifyingKey> nodeVerifiers;
    // Networked federations (engine/net): remote nodes train instead of the pool's workers.
    std::shared_ptr<RemoteClients> remote;
    // Energy (docs/energy.md): each client's device, the selection policy over their modelled
    // costs, and the CPU packages' counters for the measured side.
    std::vector<ClientDevice> devices;
    std::unique_ptr<ClientSelector> selector;
    RaplReader rapl;
    // Robustness (docs/strategies.md): each client's adversary behaviour, empty when honest.
    std::vector<QString> byzantine;

    Status prepareEnergy(std::vector<ClientDevice> clientDevices) {
        devices = std::move(clientDevices);
        std::vector<std::int64_t> samples;
        for (const auto& indices : partition.clientIndices)
            samples.push_back(static_cast<std::int64_t>(indices.size()));
        auto created = ClientSelector::create(spec, devices, std::move(samples),
                                              uploadBytes(spec.energy, layout));
        if (!created)
            return created.takeError();
        selector = std::move(*created);
        rapl = RaplReader::open();
        return {};
    }
    Hash modelHash; //!< of `global`, the parent of the next round

    Status setNodeKeys(std::vector<SigningKey> keys) {
        nodeKeys = std::move(keys);
        std::vector<PublicKey> publicKeys;
        for (const SigningKey& k : nodeKeys)
            publicKeys.push_back(k.publicKey());
        return setNodePublicKeys(std::move(publicKeys));
    }

    //! Remote nodes keep their private keys: the coordinator knows only the public ones.
    Status setNodePublicKeys(std::vector<PublicKey> keys) {
        nodePublicKeys = std::move(keys);
        nodeVerifiers.clear();
        for (const PublicKey& k : nodePublicKeys) {
            auto v = VerifyingKey::fromPublicKey(k);
            if (!v)
                return v.takeError();
            nodeVerifiers.push_back(std::move(*v));
        }
        return {};
    }

    Status prepare() {
        auto loaded = loadFederatedData(spec);
        if (!loaded)
            return loaded.takeError();
        data = std::move(*loaded);
        auto parts = partitionFor(spec, data);
        if (!parts)
            return parts.takeError();
        partition = std::move(*parts);
        auto created = TrainingPool::create(spec.execution.workers, resolvedModel(spec),
                                            ModelInput{data.train.sampleShape, data.train.classes});
        if (!created)
            return created.takeError();
        pool = std::move(*created);
        layout = pool->trainer().layout();
        strategy = makeStrategy(spec);
        byzantine.assign(static_cast<std::size_t>(partition.clients()), QString());
        for (int c : byzantineClients(spec))
            if (c >= 0 && c < partition.clients())
                byzantine[static_cast<std::size_t>(c)] =
                    adversaryBehaviourName(spec.adversaries.behaviour);
        return {};
    }

    std::vector<ClientInfo> clientInfos() const {
        const auto histograms = labelHistograms(data.train, partition);
        std::vector<ClientInfo> infos;
        for (int c = 0; c < partition.clients(); ++c) {
            ClientInfo info;
            info.client = c;
            if (static_cast<std::size_t>(c) < nodePublicKeys.size())
                info.nodeId = nodeIdOf(nodePublicKeys[static_cast<std::size_t>(c)]).toHex();
            info.samples = static_cast<std::int64_t>(
                partition.clientIndices[static_cast<std::size_t>(c)].size());
            info.labelHistogram = histograms[static_cast<std::size_t>(c)];
            info.byzantine = byzantine[static_cast<std::size_t>(c)];
            if (static_cast<std::size_t>(c) < devices.size()) {
                info.device = devices[static_cast<std::size_t>(c)].profile;
                info.deviceProfile =
                    QString::fromUtf8(clientDeviceToJson(devices[static_cast<std::size_t>(c)]));
            }
            infos.push_back(std::move(info));
        }
        return infos;
    }

    Result<EvaluationResult> evaluateGlobal() {
        const std::int64_t n = data.test.size();
        const auto chunks = static_cast<std::size_t>(
            std::max<std::int64_t>(1, std::min<std::int64_t>(pool->size(), n)));
        std::vector<Result<EvaluationResult>> parts(chunks, EvaluationResult{});
        pool->run(chunks, [&](std::size_t i, Trainer& trainer) {
            const std::int64_t begin =
                n * static_cast<std::int64_t>(i) / static_cast<std::int64_t>(chunks);
            const std::int64_t end =
                n * static_cast<std::int64_t>(i + 1) / static_cast<std::int64_t>(chunks);
            parts[i] = trainer.evaluate(global, data.test, begin, end, spec.evaluation.batchSize);
        });
        EvaluationResult total;
        for (auto& p : parts) {
            if (!p)
                return p.takeError();
            total += *p;
        }
        return total;
    }

    Result<RoundRecord> runRound(int round) {
        RoundRecord record;
        record.round = round;
        record.startedAtMs = epochMilliseconds();
        const double wall0 = monotonicSeconds();
        const RoundPlan plan = selector->plan(round);
        const std::vector<int>& selected = plan.clients;
        record.selected = static_cast<int>(selected.size());
        if (observer)
            observer->roundStarted(round, selected);

        struct Outcome {
            Result<LocalTrainingResult> training = fail(QString());
            std::optional<EvaluationResult> before;
            // The node's side of the ledger: its update's canonical bytes, their hash and its
            // signature over (federation id, round, parent model, update hash, samples).
            QByteArray updateBytes;
            Hash updateHash;
            Signature signature;
            bool dropped = false; //!< a remote node that did not answer in time
        };
        const Hash parentModel = modelHash;
        std::vector<Outcome> outcomes(selected.size());
        LocalTrainingConfig base;
        base.training = spec.training;
        base.proximalMu = strategy->proximalMu();

        // SCAFFOLD: the selected clients' control variates, from the run file; the workers turn
        // each into its gradient correction. Idle clients stay on disk.
        std::vector<std::vector<float>> clientStates(selected.size());
        if (strategy->keepsClientState()) {
            for (std::size_t i = 0; i < selected.size(); ++i) {
                auto stored = store->clientState(selected[i]);
                if (!stored)
                    return stored.takeError();
                if (!*stored)
                    continue;
                auto decoded = decodeWeights(**stored);
                if (!decoded || decoded->layout != layout)
                    return fail(u"the strategy state of client %1 in the run file is damaged%2"_s
                                    .arg(selected[i])
                                    .arg(decoded ? QString() : u": "_s + decoded.error()));
                clientStates[i] = std::move(decoded->values);
            }
        }

        std::vector<ClientRoundRecord> clientRecords(selected.size());
        auto toRecord = [&](std::size_t i) {
            const int client = selected[i];
            ClientRoundRecord& rec = clientRecords[i];
            rec.round = round;
            rec.client = client;
            const Outcome& out = outcomes[i];
            if (out.before) {
                rec.evalAccuracy = out.before->accuracy();
                rec.evalLoss = out.before->loss();
            }
            if (!out.training) {
                rec.status = out.dropped ? UpdateStatus::Dropped : UpdateStatus::Rejected;
                rec.detail = out.training.error();
                // A remote node's refused bytes are named by their hash, as a rejected update is.
                if (!out.dropped && out.updateHash != Hash())
                    rec.updateHash = out.updateHash;
                return;
            }
            const LocalTrainingResult& r = *out.training;
            recordClientEnergy(rec, plan.energy[i]);
            rec.updateHash = out.updateHash;
            rec.samples = r.samples;
            rec.trainLoss = r.trainLoss;
            rec.trainAccuracy = r.trainAccuracy;
            rec.wallSeconds = r.wallSeconds;
            rec.cpuSeconds = r.cpuSeconds;
            if (auto problem = updateProblem(layout, r.delta, spec.validation)) {
                rec.status = UpdateStatus::Rejected;
                rec.detail = *problem;
            } else if (r.samples <= 0) {
                rec.status = UpdateStatus::Rejected;
                rec.detail = u"the client holds no samples"_s;
            } else if (!nodeVerifiers[static_cast<std::size_t>(client)].verify(
                           updateMessage(federationId, static_cast<std::uint64_t>(round),
                                         parentModel, out.updateHash,
                                         static_cast<std::uint64_t>(r.samples)),
                           out.signature)) {
                rec.status = UpdateStatus::Rejected;
                rec.detail = u"the update's signature does not verify"_s;
            }
        };

        const auto packageBefore = rapl.sample();
        if (remote) {
            RemoteRound task;
            task.round = round;
            task.parentModel = parentModel;
            task.modelBytes = encodeWeights(layout, global);
            task.training = spec.training;
            task.proximalMu = base.proximalMu;
            task.selected = selected;
            for (int client : selected)
                task.shuffleSeeds.push_back(Rng::stream(spec.seed, rng_purpose::Shuffle,
                                                        {static_cast<std::uint64_t>(round),
                                                         static_cast<std::uint64_t>(client)})
                                                .next());
            std::vector<RemoteOutcome> answers(selected.size());
            Status collected = remote->runRound(task, answers, [&](std::size_t i) {
                // A remote answer becomes the same Outcome an in-process worker produces.
                RemoteOutcome& a = answers[i];
                Outcome& out = outcomes[i];
                if (a.updateHash)
                    out.updateHash = *a.updateHash;
                if (a.kind == RemoteOutcome::Kind::Arrived) {
                    out.training = std::move(a.training);
                    out.signature = a.signature;
                    if (spec.ledger.storeUpdates)
                        out.updateBytes = std::move(a.updateBytes);
                } else {
                    out.dropped = a.kind == RemoteOutcome::Kind::Dropped;
                    out.training = fail(a.problem);
                }
                toRecord(i);
                if (observer)
                    observer->clientFinished(clientRecords[i]);
            });
            if (!collected)
                return collected.takeError();
        } else {
            pool->run(
                selected.size(),
                [&](std::size_t i, Trainer& trainer) {
                    const int client = selected[i];
                    const auto& indices = partition.clientIndices[static_cast<std::size_t>(client)];
                    if (spec.evaluation.perClient) {
                        if (auto before = trainer.evaluate(global, data.train, indices,
                                                           spec.evaluation.batchSize))
                            outcomes[i].before = *before;
                    }
                    LocalTrainingConfig config = base;
                    config.shuffleSeed = Rng::stream(spec.seed, rng_purpose::Shuffle,
                                                     {static_cast<std::uint64_t>(round),
                                                      static_cast<std::uint64_t>(client)})
                                             .next();
                    Outcome& out = outcomes[i];
                    std::vector<float> correction;
                    if (strategy->keepsClientState()) {
                        auto c = strategy->gradientCorrection(clientStates[i], global.size());
                        if (!c) {
                            out.training = c.takeError();
                            return;
                        }
                        correction = std::move(*c);
                        config.gradientCorrection = correction;
                    }
                    const bool isByzantine = !byzantine[static_cast<std::size_t>(client)].isEmpty();
                    config.flipLabels =
                        isByzantine && spec.adversaries.behaviour == AdversaryBehaviour::LabelFlip;
                    out.training = trainer.train(global, data.train, indices, config);
                    // A Byzantine node misbehaves after honest training, before it signs.
                    if (out.training && isByzantine)
                        applyAdversary(spec.adversaries, spec.seed, round, client,
                                       out.training->delta);
                    if (out.training) {
                        // Hashing and signing happen on the worker, as they would on a real node.
                        out.updateBytes = encodeWeights(layout, out.training->delta);
                        out.updateHash = Hash::of(out.updateBytes);
                        out.signature =
                            nodeKeys[static_cast<std::size_t>(client)].sign(updateMessage(
                                federationId, static_cast<std::uint64_t>(round), parentModel,
                                out.updateHash, static_cast<std::uint64_t>(out.training->samples)));
                        if (!spec.ledger.storeUpdates)
                            out.updateBytes.clear();
                    }
                },
                [&](std::size_t i) {
                    toRecord(i);
                    if (observer)
                        observer->clientFinished(clientRecords[i]);
                });
        }
        const auto packageAfter = rapl.sample();
        std::optional<double> measured;
        if (packageBefore && packageAfter)
            measured = rapl.joulesBetween(*packageBefore, *packageAfter);
        recordRoundEnergy(record, clientRecords, plan.modelledSeconds, measured);

        // Aggregate in ascending client order, whatever order the workers finished in.
        std::vector<ClientUpdate> updates;
        updates.reserve(selected.size());
        double weightedLoss = 0.0;
        for (std::size_t i = 0; i < selected.size(); ++i) {
            if (clientRecords[i].status != UpdateStatus::Accepted)
                continue;
            auto& r = *outcomes[i].training;
            updates.push_back(ClientUpdate{selected[i], r.samples, std::move(r.delta)});
            record.samples += r.samples * spec.training.localEpochs;
            weightedLoss += r.trainLoss * static_cast<double>(r.samples);
        }
        std::vector<const ClientUpdate*> accepted;
        std::int64_t acceptedSamples = 0;
        for (const auto& u : updates) {
            accepted.push_back(&u);
            acceptedSamples += u.samples;
        }
        record.accepted = static_cast<int>(accepted.size());
        record.trainLoss =
            acceptedSamples ? weightedLoss / static_cast<double>(acceptedSamples) : 0.0;
        RoundCommit commit;
        if (strategy->keepsClientState()) {
            // From this round's server state, so before aggregate() advances it.
            std::size_t k = 0;
            for (std::size_t i = 0; i < selected.size(); ++i) {
                if (clientRecords[i].status != UpdateStatus::Accepted)
                    continue;
                auto nextState = strategy->nextClientState(clientStates[i], updates[k++]);
                if (!nextState)
                    return nextState.takeError();
                commit.clientStates.emplace_back(selected[i], encodeWeights(layout, *nextState));
            }
        }
        auto next = strategy->aggregate(global, accepted);
        if (!next)
            return next.takeError();
        global = std::move(*next);

        if (round % spec.evaluation.every == 0 || round == spec.rounds) {
            auto eval = evaluateGlobal();
            if (!eval)
                return eval.takeError();
            record.evaluated = true;
            record.accuracy = eval->accuracy();
            record.loss = eval->loss();
        }

        const QByteArray model = encodeWeights(layout, global);
        record.modelHash = Hash::of(model);
        commit.blobs.emplace_back(u"model"_s, model);
        if (QByteArray state = strategy->saveState(); !state.isEmpty()) {
            record.strategyStateHash = Hash::of(state);
            commit.blobs.emplace_back(u"strategy-state"_s, std::move(state));
        }
        for (std::size_t i = 0; i < selected.size(); ++i)
            if (clientRecords[i].status == UpdateStatus::Accepted &&
                !outcomes[i].updateBytes.isEmpty())
                commit.blobs.emplace_back(u"update"_s, std::move(outcomes[i].updateBytes));
        record.finishedAtMs = epochMilliseconds();
        record.wallSeconds = monotonicSeconds() - wall0;
        commit.round = record;

        RoundBody block = roundBlock(record, parentModel, selected, clientRecords, outcomes);
        commit.clients = std::move(clientRecords);
        // The round and its block commit together: a run killed at any moment has a block for
        // every round it kept, and none for a round it lost.
        Status committed = store->transaction([&]() -> Status {
            if (Status s = store->commitRound(commit); !s)
                return s;
            auto appended =
                ledger->appendRound(std::move(block), record.finishedAtMs, coordinatorKey);
            if (!appended)
                return appended.takeError();
            return {};
        });
        if (!committed)
            return committed.takeError();
        modelHash = record.modelHash;
        return record;
    }

    template <typename Outcomes>
    RoundBody roundBlock(const RoundRecord& record, const Hash& parentModel,
                         const std::vector<int>& selected,
                         const std::vector<ClientRoundRecord>& clientRecords,
                         const Outcomes& outcomes) const {
        RoundBody b;
        b.round = static_cast<std::uint32_t>(record.round);
        b.parentModelHash = parentModel;
        b.modelHash = record.modelHash;
        b.strategyStateHash = record.strategyStateHash;
        b.strategy = strategyName(strategy->kind());
        const QJsonObject parameters = strategy->parameters();
        for (auto it = parameters.begin(); it != parameters.end(); ++it)
            b.strategyParameters.push_back({it.key(), it.value().toDouble()});
        for (std::size_t i = 0; i < selected.size(); ++i) {
            const auto client = static_cast<std::size_t>(selected[i]);
            const NodeId node = nodeIdOf(nodePublicKeys[client]);
            b.selected.push_back(node);
            const ClientRoundRecord& rec = clientRecords[i];
            if (rec.status == UpdateStatus::Accepted) {
                UpdateEntry u;
                u.node = node;
                u.updateHash = outcomes[i].updateHash;
                u.samples = static_cast<std::uint64_t>(rec.samples);
                u.metrics = localMetrics(rec);
                u.signature = outcomes[i].signature;
                for (const auto& [name, value] : clientEnergyMetrics(rec))
                    u.energy.push_back({name, value});
                b.updates.push_back(std::move(u));
            } else {
                Incident incident;
                incident.node = node;
                incident.kind = rec.status == UpdateStatus::Dropped ? IncidentKind::Dropped
                                                                    : IncidentKind::Rejected;
                incident.updateHash = rec.updateHash;
                incident.reason = rec.detail;
                b.incidents.push_back(std::move(incident));
            }
        }
        if (record.evaluated) {
            b.evaluation.push_back({u"accuracy"_s, record.accuracy});
            b.evaluation.push_back({u"loss"_s, record.loss});
        }
        b.evaluation.push_back({u"train_loss"_s, record.trainLoss});
        for (const auto& [name, value] : roundEnergyMetrics(record))
            b.energy.push_back({name, value});
        return b;
    }

    //! Loads the signing keys of a run being resumed and checks them against its genesis block.
    Status loadKeys() {
        const QString path = store->path();
        ledger = std::make_unique<Ledger>(*store);
        auto present = ledger->exists();
        if (!present)
            return present.takeError();
        if (!*present)
            return fail(u"%1 was created before runs had an audit ledger; it cannot be resumed "
                        "(start the spec again)"_s.arg(path));
        auto genesis = ledger->genesis();
        if (!genesis)
            return genesis.takeError();
        if (genesis->federationId != federationId)
            return fail(u"%1: the federation id differs from the genesis block's"_s.arg(path));
        auto coordinator = ledger->loadKey(Ledger::coordinatorOwner());
        if (!coordinator)
            return coordinator.takeError();
        if (!*coordinator || (*coordinator)->publicKey() != genesis->coordinatorKey)
            return fail(u"%1: the coordinator key is missing or is not the one in the genesis "
                        "block"_s.arg(path));
        coordinatorKey = std::move(**coordinator);
        if (genesis->members.size() != static_cast<std::size_t>(partition.clients()))
            return fail(u"%1: the genesis block lists %2 nodes, the spec makes %3 clients"_s.arg(
                path, QString::number(genesis->members.size()),
                QString::number(partition.clients())));
        std::vector<SigningKey> keys;
        for (std::size_t c = 0; c < genesis->members.size(); ++c) {
            const Member& m = genesis->members[c];
            auto key = ledger->loadKey(Ledger::clientOwner(static_cast<int>(c)));
            if (!key)
                return key.takeError();
            if (m.client != c || !*key || (*key)->publicKey() != m.key)
                return fail(u"%1: the key of client %2 is missing or is not the one in the "
                            "genesis block"_s.arg(path, QString::number(c)));
            keys.push_back(std::move(**key));
        }
        return setNodeKeys(std::move(keys));
    }

    void announce() {
        if (!observer)
            return;
        RunStartedEvent e;
        e.runPath = store->path();
        e.federationId = federationId;
        e.firstRound = nextRound;
        e.rounds = spec.rounds;
        e.parameterCount = layout.parameterCount();
        e.trainSamples = data.train.size();
        e.testSamples = data.test.size();
        e.clients = clientInfos();
        observer->runStarted(e);
    }
};

Federation::Federation()
    : d(std::make_unique<Private>()) {}
Federation::~Federation() = default;

const FederationSpec& Federation::spec() const {
    return d->spec;
}
int Federation::nextRound() const {
    return d->nextRound;
}

Result<std::unique_ptr<Federation>> Federation::create(const FederationSpec& spec,
                                                       const QString& runPath,
                                                       FederationObserver* observer) {
    return create(spec, runPath, nullptr, observer);
}

Result<std::unique_ptr<Federation>> Federation::create(const FederationSpec& spec,
                                                       const QString& runPath,
                                                       const RemoteSetup* remote,
                                                       FederationObserver* observer) {
    if (auto problems = validateSpec(spec); !problems.empty())
        return fail(formatProblems(problems));
    if (QFileInfo::exists(runPath))
        return fail(u"%1 already exists; choose another --out or remove it"_s.arg(runPath));
    std::unique_ptr<Federation> f(new Federation);
    // The run records who is Byzantine explicitly, not as a count to re-draw.
    f->d->spec = withResolvedAdversaries(spec);
    f->d->observer = observer;
    if (Status s = f->d->prepare(); !s)
        return s.takeError();
    f->d->global = f->d->pool->trainer().initialWeights(spec.seed);
    auto devices = specDevices(spec, f->d->pool->trainer().forwardMacsPerSample());
    if (!devices)
        return devices.takeError();
    if (Status s = f->d->prepareEnergy(std::move(*devices)); !s)
        return s.takeError();

    Private& d = *f->d;
    if (remote) {
        // A networked run signs with the provisioned coordinator key and lists the provisioned
        // nodes as members, so its genesis block names the real machines.
        if (!remote->clients || remote->coordinatorKey.isNull())
            return fail(u"the networked federation has no coordinator key"_s);
        if (remote->members.size() != static_cast<std::size_t>(d.partition.clients()))
            return fail(u"the provisioning kit lists %1 nodes, the spec makes %2 clients"_s
                            .arg(remote->members.size())
                            .arg(d.partition.clients()));
        d.coordinatorKey = remote->coordinatorKey;
        if (Status s = d.setNodePublicKeys(remote->members); !s)
            return s.takeError();
        d.remote = remote->clients;
        d.remote->setLayout(d.layout);
    } else {
        // Fresh keys from OpenSSL's generator: nothing secret may come from the spec's seed,
        // which is public. Simulated nodes get keys like real ones, so a demo has the same
        // ledger.
        auto coordinator = SigningKey::generate();
        if (!coordinator)
            return coordinator.takeError();
        d.coordinatorKey = std::move(*coordinator);
        std::vector<SigningKey> nodeKeys;
        for (int c = 0; c < d.partition.clients(); ++c) {
            auto key = SigningKey::generate();
            if (!key)
                return key.takeError();
            nodeKeys.push_back(std::move(*key));
        }
        if (Status s = d.setNodeKeys(std::move(nodeKeys)); !s)
            return s.takeError();
    }

    std::optional<Hash> modelFile;
    if (spec.model.architecture == ModelArchitecture::TorchScript) {
        auto hash = fileHash(resolvedModel(spec).path);
        if (!hash)
            return hash.takeError();
        modelFile = *hash;
    }
    auto store = RunStore::create(runPath, specToJson(d.spec));
    if (!store)
        return store.takeError();
    d.store = std::move(*store);
    d.federationId =
        remote ? remote->federationId : QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.ledger = std::make_unique<Ledger>(*d.store);
    const QByteArray initialModel = encodeWeights(d.layout, d.global);
    d.modelHash = Hash::of(initialModel);
    const QString base = spec.baseDirectory.isEmpty() ? QDir::currentPath() : spec.baseDirectory;
    // The run's starting facts and its genesis block are one transaction: a run file either
    // has both or (if creating it failed) neither.
    Status started = d.store->transaction([&]() -> Status {
        auto initial = d.store->putBlob(u"model"_s, initialModel);
        if (!initial)
            return initial.takeError();
        for (const auto& [key, value] : {std::pair{kMetaFederationId, d.federationId},
                                         std::pair{kMetaBaseDirectory, QDir(base).absolutePath()},
                                         std::pair{kMetaInitialModel, initial->toHex()}}) {
            if (Status s = d.store->setMeta(key, value); !s)
                return s;
        }
        if (modelFile)
            if (Status s = d.store->setMeta(kMetaModelFile, modelFile->toHex()); !s)
                return s;
        if (Status s = d.store->writeClients(d.clientInfos()); !s)
            return s;
        if (Status s = Ledger::createTables(*d.store); !s)
            return s;
        if (Status s = Ledger::storeKey(*d.store, Ledger::coordinatorOwner(), d.coordinatorKey); !s)
            return s;
        GenesisBody genesis;
        genesis.federationId = d.federationId;
        genesis.spec = d.store->specJson();
        genesis.specHash = Hash::of(genesis.spec);
        genesis.coordinatorKey = d.coordinatorKey.publicKey();
        // Remote nodes' private keys never leave their machines; only simulated ones are kept.
        for (std::size_t c = 0; c < d.nodeKeys.size(); ++c)
            if (Status s = Ledger::storeKey(*d.store, Ledger::clientOwner(static_cast<int>(c)),
                                            d.nodeKeys[c]);
                !s)
                return s;
        for (std::size_t c = 0; c < d.nodePublicKeys.size(); ++c)
            genesis.members.push_back({static_cast<std::uint32_t>(c), d.nodePublicKeys[c]});
        genesis.initialModelHash = *initial;
        auto version = d.store->meta(u"software_version"_s);
        genesis.softwareVersion = version ? *version : QString();
        auto appended = d.ledger->appendGenesis(genesis, epochMilliseconds(), d.coordinatorKey);
        if (!appended)
            return appended.takeError();
        return {};
    });
    if (!started)
        return started.takeError();
    return f;
}

Result<std::unique_ptr<Federation>> Federation::resume(const QString& runPath,
                                                       FederationObserver* observer) {
    auto store = RunStore::open(runPath, RunStore::Mode::ReadWrite);
    if (!store)
        return store.takeError();
    std::unique_ptr<Federation> f(new Federation);
    Private& d = *f->d;
    d.observer = observer;
    d.store = std::move(*store);
    auto base = d.store->meta(kMetaBaseDirectory);
    auto spec = parseSpec(d.store->specJson(), base ? *base : QString());
    if (!spec)
        return fail(u"%1: the stored spec is invalid: %2"_s.arg(runPath, spec.error()));
    d.spec = *spec;
    // The nodes of a networked run keep their own keys; the run file holds no client keys to
    // sign on their behalf, so the run cannot continue in-process.
    if (d.spec.launch.mode != LaunchMode::InProcess)
        return fail(u"%1 is a networked run (launch.mode %2); resuming networked runs is not "
                    "supported yet"_s.arg(
                        runPath, d.spec.launch.mode == LaunchMode::Local ? u"local"_s : u"ssh"_s));
    if (auto id = d.store->meta(kMetaFederationId))
        d.federationId = *id;
    if (Status s = d.prepare(); !s)
        return s.takeError();
    if (Status s = d.loadKeys(); !s)
        return s.takeError();
    if (d.spec.model.architecture == ModelArchitecture::TorchScript) {
        const QString path = resolvedModel(d.spec).path;
        auto now = fileHash(path);
        if (!now)
            return now.takeError();
        auto recorded = d.store->meta(kMetaModelFile);
        if (!recorded || *recorded != now->toHex())
            return fail(
                u"%1: the TorchScript model %2 has changed since the run started; resuming "
                "needs the module it began with"_s.arg(runPath, QDir::toNativeSeparators(path)));
    }

    // The data must be what the run started with, or resuming would not give the same result.
    auto recorded = d.store->clients();
    if (!recorded)
        return recorded.takeError();
    const auto now = d.clientInfos();
    if (recorded->size() != now.size())
        return fail(u"%1: the run has %2 clients, the spec now makes %3"_s.arg(runPath)
                        .arg(recorded->size())
                        .arg(now.size()));
    for (std::size_t c = 0; c < now.size(); ++c) {
        if ((*recorded)[c].nodeId != now[c].nodeId)
            return fail(u"%1: client %2 is recorded as node %3, but its key is node %4"_s.arg(
                runPath, QString::number(c), (*recorded)[c].nodeId, now[c].nodeId));
        if ((*recorded)[c].samples != now[c].samples ||
            (*recorded)[c].labelHistogram != now[c].labelHistogram)
            return fail(
                u"%1: the data set has changed since the run started (client %2 held %3 samples, now %4)"_s
                    .arg(runPath)
                    .arg(c)
                    .arg((*recorded)[c].samples)
                    .arg(now[c].samples));
    }
    // The devices the run started with, not the catalogue of this build, so that the energy
    // figures and the energy-aware choices continue as they began.
    auto devices = recordedDevices(*recorded);
    if (!devices)
        return fail(u"%1: the recorded devices cannot be read: %2"_s.arg(runPath, devices.error()));
    if (Status s = d.prepareEnergy(std::move(*devices)); !s)
        return fail(u"%1: %2"_s.arg(runPath, s.error()));

    const int last = d.store->lastCompletedRound();
    Hash modelHash;
    std::optional<Hash> stateHash;
    if (last == 0) {
        auto initial = d.store->meta(kMetaInitialModel);
        if (!initial || !Hash::fromHex(*initial, modelHash))
            return fail(u"%1: the initial model hash is missing"_s.arg(runPath));
    } else {
        auto rounds = d.store->rounds();
        if (!rounds)
            return rounds.takeError();
        modelHash = rounds->back().modelHash;
        stateHash = rounds->back().strategyStateHash;
    }
    auto blob = d.store->blob(modelHash);
    if (!blob)
        return blob.takeError();
    auto weights = decodeWeights(*blob);
    if (!weights)
        return fail(u"%1: model %2: %3"_s.arg(runPath, modelHash.toHex(), weights.error()));
    if (weights->layout != d.layout)
        return fail(u"%1: the stored model does not fit the spec's model"_s.arg(runPath));
    d.global = std::move(weights->values);
    d.modelHash = modelHash;
    // The ledger must end where the rounds end; both are committed together, so anything else
    // means the file was altered.
    auto head = d.ledger->head();
    if (!head)
        return head.takeError();
    if (!*head || (*head)->height != static_cast<std::uint64_t>(last) ||
        (*head)->modelHash != modelHash)
        return fail(u"%1: the audit ledger does not end at round %2; check it with `fedctl ledger "
                    "verify`"_s.arg(runPath)
                        .arg(last));
    if (stateHash) {
        auto state = d.store->blob(*stateHash);
        if (!state)
            return state.takeError();
        if (Status s = d.strategy->restoreState(*state); !s)
            return s.takeError();
    }
    // The fairness floor continues from who actually took part in each completed round.
    auto history = d.store->allClientRounds();
    if (!history)
        return history.takeError();
    std::vector<std::vector<int>> taken(static_cast<std::size_t>(last) + 1);
    for (const ClientRoundRecord& r : *history)
        if (r.round >= 1 && r.round <= last)
            taken[static_cast<std::size_t>(r.round)].push_back(r.client);
    for (int round = 1; round <= last; ++round)
        d.selector->replay(round, taken[static_cast<std::size_t>(round)]);
    d.nextRound = last + 1;
    return f;
}

Result<RunSummary> Federation::run(const std::atomic<bool>& stop) {
    if (Status s = d->store->setStatus(RunStatus::Running); !s)
        return s.takeError();
    d->announce();
    RunStatus status = RunStatus::Finished;
    while (d->nextRound <= d->spec.rounds) {
        if (stop.load()) {
            status = RunStatus::Stopped;
            break;
        }
        auto record = d->runRound(d->nextRound);
        if (!record) {
            (void)d->store->setStatus(RunStatus::Failed);
            if (d->remote)
                d->remote->finish(u"the run failed: %1"_s.arg(record.error()));
            return fail(u"round %1: %2"_s.arg(d->nextRound).arg(record.error()));
        }
        ++d->nextRound;
        if (d->observer)
            d->observer->roundFinished(*record);
    }
    if (d->nextRound > d->spec.rounds)
        status = RunStatus::Finished;
    if (d->remote)
        d->remote->finish(status == RunStatus::Finished ? u"the federation has finished"_s
                                                        : u"the coordinator stopped the run"_s);
    if (Status s = d->store->setStatus(status); !s)
        return s.takeError();
    return summarizeRun(*d->store);
}

} // namespace fed
