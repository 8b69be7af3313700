#include "engine/federation/Federation.h"

#include "engine/core/Clock.h"
#include "engine/core/Rng.h"
#include "engine/data/Dataset.h"
#include "engine/federation/TrainingPool.h"
#include "engine/model/Weights.h"
#include "engine/spec/SpecIO.h"
#include "engine/strategy/Strategy.h"

#include <QDir>
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

QString nodeIdFor(int client) {
    return u"node-%1"_s.arg(client, 4, 10, QLatin1Char('0'));
}

} // namespace

std::vector<int> selectClients(const FederationSpec& spec, int round) {
    const int n = spec.clients;
    const auto wanted = static_cast<int>(std::ceil(spec.selection.fraction * n - 1e-9));
    const int k = std::clamp(std::max(wanted, spec.selection.minClients), 1, n);
    std::vector<int> all(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        all[static_cast<std::size_t>(i)] = i;
    // A partial Fisher-Yates shuffle: the first k positions are a uniform sample.
    Rng rng = Rng::stream(spec.seed, rng_purpose::Selection, {static_cast<std::uint64_t>(round)});
    for (int i = 0; i < k; ++i) {
        const auto j = i + static_cast<int>(rng.below(static_cast<std::uint64_t>(n - i)));
        std::swap(all[static_cast<std::size_t>(i)], all[static_cast<std::size_t>(j)]);
    }
    std::vector<int> selected(all.begin(), all.begin() + k);
    std::sort(selected.begin(), selected.end());
    return selected;
}

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

    Status prepare() {
        auto loaded = loadFederatedData(spec);
        if (!loaded)
            return loaded.takeError();
        data = std::move(*loaded);
        auto parts = partitionFor(spec, data);
        if (!parts)
            return parts.takeError();
        partition = std::move(*parts);
        auto created = TrainingPool::create(spec.execution.workers, spec.model,
                                            ModelInput{data.train.sampleShape, data.train.classes});
        if (!created)
            return created.takeError();
        pool = std::move(*created);
        layout = pool->trainer().layout();
        strategy = makeStrategy(spec.strategy);
        return {};
    }

    std::vector<ClientInfo> clientInfos() const {
        const auto histograms = labelHistograms(data.train, partition);
        std::vector<ClientInfo> infos;
        for (int c = 0; c < partition.clients(); ++c) {
            ClientInfo info;
            info.client = c;
            info.nodeId = nodeIdFor(c);
            info.samples = static_cast<std::int64_t>(
                partition.clientIndices[static_cast<std::size_t>(c)].size());
            info.labelHistogram = histograms[static_cast<std::size_t>(c)];
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
        const std::vector<int> selected = selectClients(spec, round);
        record.selected = static_cast<int>(selected.size());
        if (observer)
            observer->roundStarted(round, selected);

        struct Outcome {
            Result<LocalTrainingResult> training = fail(QString());
            std::optional<EvaluationResult> before;
        };
        std::vector<Outcome> outcomes(selected.size());
        LocalTrainingConfig base;
        base.training = spec.training;
        base.proximalMu = strategy->proximalMu();

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
                rec.status = UpdateStatus::Rejected;
                rec.detail = out.training.error();
                return;
            }
            const LocalTrainingResult& r = *out.training;
            rec.samples = r.samples;
            rec.trainLoss = r.trainLoss;
            rec.trainAccuracy = r.trainAccuracy;
            rec.wallSeconds = r.wallSeconds;
            rec.cpuSeconds = r.cpuSeconds;
            if (!allFinite(r.delta)) {
                rec.status = UpdateStatus::Rejected;
                rec.detail = u"the update has non-finite values"_s;
            } else if (r.samples <= 0) {
                rec.status = UpdateStatus::Rejected;
                rec.detail = u"the client holds no samples"_s;
            }
        };

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
                outcomes[i].training = trainer.train(global, data.train, indices, config);
            },
            [&](std::size_t i) {
                toRecord(i);
                if (observer)
                    observer->clientFinished(clientRecords[i]);
            });

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

        RoundCommit commit;
        const QByteArray model = encodeWeights(layout, global);
        record.modelHash = Hash::of(model);
        commit.blobs.emplace_back(u"model"_s, model);
        if (QByteArray state = strategy->saveState(); !state.isEmpty()) {
            record.strategyStateHash = Hash::of(state);
            commit.blobs.emplace_back(u"strategy-state"_s, std::move(state));
        }
        record.finishedAtMs = epochMilliseconds();
        record.wallSeconds = monotonicSeconds() - wall0;
        commit.round = record;
        commit.clients = std::move(clientRecords);
        if (Status s = store->commitRound(commit); !s)
            return s.takeError();
        return record;
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
    if (auto problems = validateSpec(spec); !problems.empty())
        return fail(formatProblems(problems));
    if (QFileInfo::exists(runPath))
        return fail(u"%1 already exists; choose another --out or remove it"_s.arg(runPath));
    std::unique_ptr<Federation> f(new Federation);
    f->d->spec = spec;
    f->d->observer = observer;
    if (Status s = f->d->prepare(); !s)
        return s.takeError();
    f->d->global = f->d->pool->trainer().initialWeights(spec.seed);

    auto store = RunStore::create(runPath, specToJson(spec));
    if (!store)
        return store.takeError();
    f->d->store = std::move(*store);
    f->d->federationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto initial = f->d->store->putBlob(u"model"_s, encodeWeights(f->d->layout, f->d->global));
    if (!initial)
        return initial.takeError();
    const QString base = spec.baseDirectory.isEmpty() ? QDir::currentPath() : spec.baseDirectory;
    for (const auto& [key, value] : {std::pair{kMetaFederationId, f->d->federationId},
                                     std::pair{kMetaBaseDirectory, QDir(base).absolutePath()},
                                     std::pair{kMetaInitialModel, initial->toHex()}}) {
        if (Status s = f->d->store->setMeta(key, value); !s)
            return s.takeError();
    }
    if (Status s = f->d->store->writeClients(f->d->clientInfos()); !s)
        return s.takeError();
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
    if (auto id = d.store->meta(kMetaFederationId))
        d.federationId = *id;
    if (Status s = d.prepare(); !s)
        return s.takeError();

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
        if ((*recorded)[c].samples != now[c].samples ||
            (*recorded)[c].labelHistogram != now[c].labelHistogram)
            return fail(
                u"%1: the data set has changed since the run started (client %2 held %3 samples, now %4)"_s
                    .arg(runPath)
                    .arg(c)
                    .arg((*recorded)[c].samples)
                    .arg(now[c].samples));
    }

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
    if (stateHash) {
        auto state = d.store->blob(*stateHash);
        if (!state)
            return state.takeError();
        if (Status s = d.strategy->restoreState(*state); !s)
            return s.takeError();
    }
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
            return fail(u"round %1: %2"_s.arg(d->nextRound).arg(record.error()));
        }
        ++d->nextRound;
        if (d->observer)
            d->observer->roundFinished(*record);
    }
    if (d->nextRound > d->spec.rounds)
        status = RunStatus::Finished;
    if (Status s = d->store->setStatus(status); !s)
        return s.takeError();
    return summarizeRun(*d->store);
}

} // namespace fed
