#include "engine/federation/Federation.h"

#include "engine/contribution/ContributionStore.h"
#include "engine/contribution/Reward.h"
#include "engine/contribution/Shapley.h"
#include "engine/core/Clock.h"
#include "engine/core/Rng.h"
#include "engine/data/Dataset.h"
#include "engine/energy/Rapl.h"
#include "engine/federation/Adversary.h"
#include "engine/federation/EnergyAccounting.h"
#include "engine/federation/RemoteClients.h"
#include "engine/federation/SecureRound.h"
#include "engine/federation/TrainingPool.h"
#include "engine/federation/UpdateValidation.h"
#include "engine/ledger/Ledger.h"
#include "engine/model/Weights.h"
#include "engine/privacy/DifferentialPrivacy.h"
#include "engine/spec/SpecIO.h"
#include "engine/strategy/Strategy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace fed {
namespace {

const QString kMetaFederationId = u"federation_id"_s;
const QString kMetaBaseDirectory = u"spec_base_directory"_s;
const QString kMetaInitialModel = u"initial_model_hash"_s;
//! Rng::stream(seed, Privacy, {this, round, client}) draws the simulated secure-aggregation
//! dropouts; the first coordinate keeps it apart from the DP streams of the same purpose.
constexpr std::uint64_t kSecAggDropoutStream = 0x5ECA66;
//! SHA-256 of a TorchScript model file, so that resuming refuses a changed module.
const QString kMetaModelFile = u"model_file_sha256"_s;
//! Why a run ended before its planned rounds (the privacy budget); absent otherwise.
const QString kMetaStopReason = u"stop_reason"_s;

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

//! Holds `count` training samples out as the coordinator's validation split (docs/contribution.md):
//! drawn without replacement from Rng::stream(seed, Contribution, {0, 1}) before partitioning,
//! removed from the training set, and data sets with their own clients lose them from those.
Status holdOutValidation(FederatedData& data, int count, std::uint64_t seed, Dataset& validation) {
    const std::int64_t n = data.train.size();
    if (count <= 0 || count >= n)
        return fail(u"contribution.validation_samples: must be fewer than the %1 training "
                    "samples, got %2"_s.arg(n)
                        .arg(count));
    std::vector<std::uint32_t> order(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<std::uint32_t>(i);
    Rng rng = Rng::stream(seed, rng_purpose::Contribution, {0, 1});
    // A partial Fisher-Yates shuffle: the first `count` positions are the held-out samples.
    for (std::size_t i = 0; i < static_cast<std::size_t>(count); ++i)
        std::swap(order[i], order[i + rng.below(order.size() - i)]);
    std::vector<bool> held(order.size(), false);
    for (std::size_t i = 0; i < static_cast<std::size_t>(count); ++i)
        held[order[i]] = true;
    const auto width = static_cast<std::size_t>(data.train.featureSize());
    Dataset train = data.train;
    train.features.clear();
    train.labels.clear();
    validation = data.train;
    validation.name = data.train.name + u" (validation split)"_s;
    validation.features.clear();
    validation.labels.clear();
    std::vector<std::int64_t> newIndex(order.size(), -1);
    for (std::size_t i = 0; i < order.size(); ++i) {
        Dataset& to = held[i] ? validation : train;
        if (!held[i])
            newIndex[i] = train.size();
        to.labels.push_back(data.train.labels[i]);
        to.features.insert(
            to.features.end(), data.train.features.begin() + static_cast<std::ptrdiff_t>(i * width),
            data.train.features.begin() + static_cast<std::ptrdiff_t>((i + 1) * width));
    }
    for (auto& client : data.naturalClients) {
        std::vector<std::uint32_t> kept;
        for (std::uint32_t i : client)
            if (i < newIndex.size() && newIndex[i] >= 0)
                kept.push_back(static_cast<std::uint32_t>(newIndex[i]));
        client = std::move(kept);
    }
    data.train = std::move(train);
    return {};
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
    if (auto reason = store.meta(kMetaStopReason))
        s.stopReason = *reason;
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
        if (r.privacy)
            s.privacy = r.privacy;
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
    // Differential privacy (docs/privacy.md): the run's secret noise key (run-file meta) and
    // what the rounds so far have spent.
    std::uint64_t noiseKey = 0;
    std::unique_ptr<PrivacyLedger> privacy;

    bool dpCentral() const {
        return spec.privacy.dp.enabled && spec.privacy.dp.mode == DpMode::Central;
    }
    bool dpLocal() const {
        return spec.privacy.dp.enabled && spec.privacy.dp.mode == DpMode::Local;
    }

    //! Why the next round must not run: it would take epsilon past privacy.dp.target_epsilon.
    std::optional<QString> budgetStop() const {
        const DifferentialPrivacySettings& dp = spec.privacy.dp;
        if (!privacy || dp.targetEpsilon <= 0.0)
            return std::nullopt;
        const PrivacyRound next = privacy->spentAfterNextRound();
        if (next.epsilon <= dp.targetEpsilon)
            return std::nullopt;
        return u"privacy budget: round %1 would bring epsilon to %2, past the target %3 "
               "(delta %4); stopped after %5 rounds at epsilon %6"_s.arg(nextRound)
                   .arg(next.epsilon, 0, 'g', 4)
                   .arg(dp.targetEpsilon, 0, 'g', 4)
                   .arg(dp.delta, 0, 'g', 3)
                   .arg(nextRound - 1)
                   .arg(privacy->spent().epsilon, 0, 'g', 4);
    }
    std::vector<std::optional<AdversarySettings>> adversary; //!< per client; none when honest
    // Contribution (docs/contribution.md): the coordinator's validation split and each
    // client's reward balance so far.
    Dataset validation;
    std::map<int, double> balances;

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
        if (spec.contribution.enabled)
            if (Status s = holdOutValidation(data, spec.contribution.validationSamples, spec.seed,
                                             validation);
                !s)
                return s;
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
        adversary.assign(static_cast<std::size_t>(partition.clients()), std::nullopt);
        const std::vector<int> drawn = byzantineClients(spec);
        for (int c = 0; c < partition.clients(); ++c) {
            auto a = adversaryOf(spec, drawn, c);
            if (!a)
                continue;
            byzantine[static_cast<std::size_t>(c)] = adversaryBehaviourName(a->behaviour);
            adversary[static_cast<std::size_t>(c)] = std::move(a);
        }
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

    //! `weights` on the validation split, in a fixed number of chunks (not one per worker), so
    //! that the scores do not depend on how many threads the machine has.
    Result<EvaluationResult> evaluateValidation(std::span<const float> weights) {
        constexpr std::int64_t kChunks = 4;
        const std::int64_t n = validation.size();
        const auto chunks =
            static_cast<std::size_t>(std::max<std::int64_t>(1, std::min(kChunks, n)));
        std::vector<Result<EvaluationResult>> parts(chunks, EvaluationResult{});
        pool->run(chunks, [&](std::size_t i, Trainer& trainer) {
            const std::int64_t begin =
                n * static_cast<std::int64_t>(i) / static_cast<std::int64_t>(chunks);
            const std::int64_t end =
                n * static_cast<std::int64_t>(i + 1) / static_cast<std::int64_t>(chunks);
            parts[i] = trainer.evaluate(weights, validation, begin, end, spec.evaluation.batchSize);
        });
        EvaluationResult total;
        for (auto& p : parts) {
            if (!p)
                return p.takeError();
            total += *p;
        }
        return total;
    }

    struct Scored {
        RoundContributions block;
        std::vector<ContributionRecord> rows;
    };

    //! Scores the round's accepted updates and turns the scores into rewards and balances.
    //! `parent` is the model the round started from, `stateBefore` the strategy's state before
    //! it aggregated this round: every coalition is aggregated exactly as the round was.
    Result<Scored> scoreRound(int round, std::span<const float> parent,
                              const std::vector<const ClientUpdate*>& accepted,
                              const QByteArray& stateBefore, const std::vector<double>& joules) {
        const double t0 = monotonicSeconds();
        const ContributionSettings& settings = spec.contribution;
        auto parentEval = evaluateValidation(parent);
        if (!parentEval)
            return parentEval.takeError();
        ContributionGame game;
        game.players = accepted.size();
        game.utility = [&](std::span<const std::size_t> members) -> Result<double> {
            const std::unique_ptr<Strategy> s = makeStrategy(spec);
            if (!stateBefore.isEmpty())
                if (Status restored = s->restoreState(stateBefore); !restored)
                    return restored.takeError();
            std::vector<const ClientUpdate*> subset;
            for (std::size_t m : members)
                subset.push_back(accepted[m]);
            auto next = s->aggregate(parent, subset);
            // A coalition the strategy cannot aggregate (Krum needs 2f + 3 updates) leaves
            // the parent model: it is worth nothing.
            if (!next)
                return 0.0;
            auto e = evaluateValidation(*next);
            if (!e)
                return e.takeError();
            return settings.utility == ContributionUtility::Loss
                       ? parentEval->loss() - e->loss()
                       : e->accuracy() - parentEval->accuracy();
        };
        for (const ClientUpdate* u : accepted) {
            game.deltas.emplace_back(u->delta);
            game.weights.push_back(static_cast<double>(u->samples));
        }
        auto result = computeContributions(game, settings, spec.seed, round);
        if (!result)
            return fail(u"contribution scores: %1"_s.arg(result.error()));
        const std::vector<double> rewards = proportionalRewards(
            result->scores, joules, settings.reward.pool, settings.reward.energyWeight);
        Scored out;
        RoundContributions& c = out.block;
        c.method = contributionMethodName(result->method);
        c.rule = reward_rule::proportional.toString();
        c.parameters = {{u"energy_weight"_s, settings.reward.energyWeight},
                        {u"pool"_s, settings.reward.pool}};
        c.measurement = {{u"evaluations"_s, static_cast<double>(result->evaluations)},
                         {u"permutations"_s, static_cast<double>(result->permutations)},
                         {u"seconds"_s, monotonicSeconds() - t0},
                         {u"utility"_s, result->grandUtility},
                         {u"validation_samples"_s, static_cast<double>(validation.size())}};
        for (std::size_t i = 0; i < accepted.size(); ++i) {
            const int client = accepted[i]->client;
            double& balance = balances[client];
            balance += rewards[i];
            ContributionEntry e;
            e.node = nodeKeys[static_cast<std::size_t>(client)].nodeId();
            e.score = result->scores[i];
            e.reward = rewards[i];
            e.balance = balance;
            c.entries.push_back(e);
            out.rows.push_back(ContributionRecord{round, client, c.method, e.score, joules[i],
                                                  e.reward, e.balance});
        }
        return out;
    }

    Result<RoundRecord> runRound(int round) {
        RoundRecord record;
        record.round = round;
        record.startedAtMs = epochMilliseconds();
        const double wall0 = monotonicSeconds();
        // Central DP samples clients on independent coins keyed by the secret noise key: the
        // accountant's amplification by sampling assumes nobody can predict the sample.
        const RoundPlan plan =
            dpCentral() ? selector->plan(round, poissonSample(noiseKey, round, partition.clients(),
                                                              spec.selection.fraction))
                        : selector->plan(round);
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
            double clipNorm = 0.0; //!< local DP: the update's norm before the node clipped it
            // Secure aggregation: the masked update the node sends instead of its delta, why the
            // node refused to send one, and whether it (simulated) dropped out after masking.
            std::vector<std::uint64_t> masked;
            std::optional<QString> nodeProblem;
            bool droppedOut = false;
            bool dropped = false; //!< a remote node that did not answer in time
        };
        const Hash parentModel = modelHash;
        std::vector<Outcome> outcomes(selected.size());
        // Secure aggregation (docs/secure-aggregation.md): keys and encrypted shares are
        // exchanged before training; if that fails (too few nodes), every update of the round
        // becomes an incident and the model stays as it is.
        const SecureAggregationSettings& secureSettings = spec.privacy.secureAggregation;
        // Remote nodes run their side on their own machines; the transport runs the server side.
        std::unique_ptr<SecureRound> secure;
        QString secureFailure;
        const secagg::Params secureParameters = secureParams(secureSettings, selected.size());
        if (secureSettings.enabled && !remote) {
            auto begun =
                SecureRound::begin(secureSettings, federationId, round, selected,
                                   static_cast<std::size_t>(layout.parameterCount()), nodeKeys);
            if (begun)
                secure = std::move(*begun);
            else
                secureFailure = begun.error();
        }
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
            std::optional<QString> problem;
            if (secureSettings.enabled) {
                // The coordinator cannot look inside a masked update: it checks the shape, and
                // the node checked finiteness and the norm bound before masking.
                // A remote masked update's length was checked by the transport, before it was
                // added to the sum.
                if (out.nodeProblem)
                    problem = *out.nodeProblem;
                else if (!remote &&
                         out.masked.size() != static_cast<std::size_t>(layout.parameterCount()))
                    problem = u"the masked update has %1 values, the model has %2"_s
                                  .arg(out.masked.size())
                                  .arg(layout.parameterCount());
            } else {
                problem = updateProblem(layout, r.delta, spec.validation);
            }
            if (problem) {
                rec.status = UpdateStatus::Rejected;
                rec.detail = *problem;
            } else if (out.droppedOut) {
                rec.status = UpdateStatus::Dropped;
                rec.detail = u"dropped out after masking; its masked update never arrived "
                             "(simulated: privacy.secure_aggregation.dropout_probability)"_s;
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
            if (dpLocal()) {
                task.dpLocal = true;
                task.dpClipNorm = spec.privacy.dp.clipNorm;
                task.dpNoiseMultiplier = spec.privacy.dp.noiseMultiplier;
            }
            if (secureSettings.enabled)
                task.secureAggregation = secureParameters;
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
                if (a.kind == RemoteOutcome::Kind::Arrived && dpLocal() && !a.dpPreClipNorm) {
                    // An update the node did not privatise must not be aggregated or stored as
                    // if it had been: a node too old for local DP is refused, not trusted.
                    out.training = fail(u"the node did not confirm local differential privacy "
                                        "(clip and noise before signing); update it to a fednode "
                                        "that supports privacy.dp.mode local"_s);
                } else if (a.kind == RemoteOutcome::Kind::Arrived) {
                    out.training = std::move(a.training);
                    if (a.dpPreClipNorm)
                        out.clipNorm = *a.dpPreClipNorm;
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
                    const auto& attack = adversary[static_cast<std::size_t>(client)];
                    config.flipLabels =
                        attack && attack->behaviour == AdversaryBehaviour::LabelFlip;
                    out.training = trainer.train(global, data.train, indices, config);
                    // A Byzantine node misbehaves after honest training, before it signs.
                    if (out.training && attack)
                        applyAdversary(*attack, spec.seed, round, client, out.training->delta);
                    // Local DP: the node clips and noises its update before it signs and sends it.
                    if (out.training && dpLocal()) {
                        out.clipNorm = clipToNorm(out.training->delta, spec.privacy.dp.clipNorm);
                        privatizeLocally(out.training->delta, spec.privacy.dp, noiseKey, round,
                                         client);
                    }
                    // Secure aggregation: the node validates its own update (the coordinator cannot
                    // see inside a masked one), then encodes and masks it; the plain delta is
                    // dropped here, so nothing after this point can aggregate it.
                    if (out.training && secureSettings.enabled) {
                        LocalTrainingResult& t = *out.training;
                        if (!secure) {
                            out.nodeProblem = secureFailure;
                        } else if (auto problem = updateProblem(layout, t.delta, spec.validation)) {
                            out.nodeProblem = *problem;
                        } else if (auto masked = secure->maskOnNode(i, t.delta, t.samples)) {
                            out.masked = std::move(*masked);
                            out.droppedOut = secureSettings.dropoutProbability > 0.0 &&
                                             Rng::stream(spec.seed, rng_purpose::Privacy,
                                                         {kSecAggDropoutStream,
                                                          static_cast<std::uint64_t>(round),
                                                          static_cast<std::uint64_t>(client)})
                                                     .uniform() < secureSettings.dropoutProbability;
                        } else {
                            out.nodeProblem = masked.error();
                        }
                        t.delta = {};
                    }
                    if (out.training && (!secureSettings.enabled || !out.masked.empty())) {
                        // Hashing and signing happen on the worker, as they would on a real node.
                        out.updateBytes = secureSettings.enabled
                                              ? secagg::encodeMaskedInput(out.masked)
                                              : encodeWeights(layout, out.training->delta);
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
                    // The server side sums each masked update as it arrives and keeps only the sum.
                    if (secure && clientRecords[i].status == UpdateStatus::Accepted) {
                        if (Status s =
                                secure->receive(i, outcomes[i].masked, clientRecords[i].samples);
                            !s) {
                            clientRecords[i].status = UpdateStatus::Rejected;
                            clientRecords[i].detail = s.error();
                        }
                        outcomes[i].masked = {};
                    }
                    if (observer)
                        observer->clientFinished(clientRecords[i]);
                });
        }
        const auto packageAfter = rapl.sample();
        std::optional<double> measured;
        if (packageBefore && packageAfter)
            measured = rapl.joulesBetween(*packageBefore, *packageAfter);
        recordRoundEnergy(record, clientRecords, plan.modelledSeconds, measured);

        // Secure aggregation: the masked updates go to the server side, which removes the masks
        // from their sum; when too few nodes remain for that, the round fails as an incident.
        std::optional<secagg::AggregationResult> secureResult;
        if (secureSettings.enabled) {
            Result<secagg::AggregationResult> finished = fail(secureFailure);
            if (secure)
                finished = secure->finish();
            else if (remote)
                finished = remote->secureResult();
            if (finished) {
                // The ledger's survivors must be exactly the accepted (masked) updates; a
                // transport that summed an update this side refused cannot be unmasked honestly.
                std::vector<std::uint32_t> acceptedIds;
                for (std::size_t i = 0; i < selected.size(); ++i)
                    if (clientRecords[i].status == UpdateStatus::Accepted)
                        acceptedIds.push_back(static_cast<std::uint32_t>(selected[i]));
                std::sort(acceptedIds.begin(), acceptedIds.end());
                if (acceptedIds != finished->survivors)
                    finished = fail(u"the unmasked sum's participants differ from the accepted "
                                    "updates"_s);
            }
            if (finished) {
                secureResult = std::move(*finished);
            } else {
                for (ClientRoundRecord& rec : clientRecords)
                    if (rec.status == UpdateStatus::Accepted) {
                        rec.status = UpdateStatus::Rejected;
                        rec.detail =
                            u"secure aggregation failed, the round keeps the model: %1"_s.arg(
                                finished.error());
                    }
            }
        }

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
        if (secureResult) {
            // The coordinator holds only the sum of samples * delta: one update, the mean.
            updates.clear();
            updates.push_back(
                ClientUpdate{static_cast<int>(secureResult->survivors.front()),
                             static_cast<std::int64_t>(secureResult->totalWeight),
                             secagg::meanFromSum(secureResult->sum, secureParameters.fractionalBits,
                                                 secureResult->totalWeight)});
        }
        std::vector<const ClientUpdate*> accepted;
        std::int64_t acceptedSamples = 0;
        for (const auto& u : updates) {
            accepted.push_back(&u);
            acceptedSamples += u.samples;
        }
        record.accepted =
            static_cast<int>(secureResult ? secureResult->survivors.size() : accepted.size());
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
        // Contribution scoring aggregates coalitions from the same start as this round.
        const bool scoring = spec.contribution.enabled && !accepted.empty();
        std::vector<float> parentWeights;
        QByteArray stateBefore;
        if (scoring) {
            parentWeights = global;
            stateBefore = strategy->saveState();
        }
        auto next = dpCentral()
                        ? aggregateWithCentralDp(*strategy, global, accepted, spec, noiseKey, round)
                        : strategy->aggregate(global, accepted);
        if (!next)
            return next.takeError();
        global = std::move(*next);
        std::optional<Scored> scored;
        if (scoring) {
            std::vector<double> joules;
            for (std::size_t i = 0; i < selected.size(); ++i)
                if (clientRecords[i].status == UpdateStatus::Accepted)
                    joules.push_back(clientRecords[i].energyJ());
            auto s = scoreRound(round, parentWeights, accepted, stateBefore, joules);
            if (!s)
                return s.takeError();
            scored = std::move(*s);
        }
        if (privacy) {
            privacy->addRound(selected);
            record.privacy = privacyRecord(accepted, outcomes);
        }

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
                commit.blobs.emplace_back(secureSettings.enabled ? u"masked-update"_s : u"update"_s,
                                          std::move(outcomes[i].updateBytes));
        record.finishedAtMs = epochMilliseconds();
        record.wallSeconds = monotonicSeconds() - wall0;
        commit.round = record;

        RoundBody block = roundBlock(record, parentModel, selected, clientRecords, outcomes);
        if (secureSettings.enabled)
            addSecureAggregation(block, secureParameters, secureResult);
        if (scored)
            block.contributions = scored->block;
        commit.clients = std::move(clientRecords);
        // The round and its block commit together: a run killed at any moment has a block for
        // every round it kept, and none for a round it lost.
        Status committed = store->transaction([&]() -> Status {
            if (Status s = store->commitRound(commit); !s)
                return s;
            if (scored)
                if (Status s = contribution_store::write(*store, scored->rows); !s)
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
        if (scored && observer)
            observer->contributionsScored(round, scored->rows);
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
        if (const auto& p = record.privacy) {
            b.privacy = {{u"clip_norm"_s, p->clipNorm},
                         {u"delta"_s, p->delta},
                         {u"noise_multiplier"_s, p->noiseMultiplier},
                         {u"noise_std"_s, p->noiseStd},
                         {u"sampling_rate"_s, p->samplingRate},
                         {u"dp_local"_s, p->mode == dpModeName(DpMode::Local) ? 1.0 : 0.0}};
            b.privacy.push_back(
                {p->mode == dpModeName(DpMode::Local) ? u"local_epsilon"_s : u"epsilon"_s,
                 p->epsilon});
        }
        return b;
    }

    //! The round's privacy figures, once privacy->addRound() has counted it.
    template <typename Outcomes>
    PrivacyRecord privacyRecord(std::span<const ClientUpdate* const> accepted,
                                const Outcomes& outcomes) const {
        const DifferentialPrivacySettings& dp = spec.privacy.dp;
        PrivacyRecord p;
        p.mode = dpModeName(dp.mode);
        const PrivacyRound spent = privacy->spent();
        p.epsilon = spent.epsilon;
        p.order = spent.order;
        p.delta = dp.delta;
        p.noiseMultiplier = dp.noiseMultiplier;
        p.clipNorm = dp.clipNorm;
        p.samplingRate = dpCentral() ? spec.selection.fraction : 1.0;
        p.noiseStd = dpCentral() ? centralNoiseStd(spec) : dp.noiseMultiplier * dp.clipNorm;
        if (dpCentral()) {
            for (const ClientUpdate* u : accepted) {
                double squared = 0.0;
                for (float v : u->delta)
                    squared += static_cast<double>(v) * static_cast<double>(v);
                if (std::sqrt(squared) > dp.clipNorm)
                    ++p.clipped;
            }
        } else {
            for (const auto& out : outcomes)
                if (out.training && out.clipNorm > dp.clipNorm)
                    ++p.clipped;
        }
        return p;
    }

    //! The round block's secure-aggregation figures (`privacy` metrics) and its
    //! `secure_aggregation` record, which replay needs to remove the masks again.
    static void addSecureAggregation(RoundBody& block, const secagg::Params& params,
                                     const std::optional<secagg::AggregationResult>& result) {
        block.privacy.push_back({u"secure_aggregation"_s, 1.0});
        block.privacy.push_back({u"secagg_failed"_s, result ? 0.0 : 1.0});
        if (!result)
            return;
        block.secureAggregation = secureAggregationRecord(params, *result);
        double dropped = 0.0;
        for (const auto& p : result->participants)
            dropped += p.dropped ? 1.0 : 0.0;
        block.privacy.push_back({u"secagg_threshold"_s, static_cast<double>(params.threshold)});
        block.privacy.push_back(
            {u"secagg_participants"_s, static_cast<double>(result->participants.size())});
        block.privacy.push_back({u"secagg_dropped"_s, dropped});
        block.privacy.push_back(
            {u"secagg_fixed_point_bits"_s, static_cast<double>(params.fractionalBits)});
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

    //! A networked run being resumed: the kit's coordinator key and nodes must be the ones its
    //! genesis block names (another kit would sign blocks the ledger cannot verify).
    Status loadRemoteKeys(const RemoteSetup& remoteSetup) {
        const QString path = store->path();
        ledger = std::make_unique<Ledger>(*store);
        auto genesis = ledger->genesis();
        if (!genesis)
            return genesis.takeError();
        if (remoteSetup.federationId != federationId || genesis->federationId != federationId)
            return fail(u"%1 belongs to federation %2; the kit is for federation %3"_s.arg(
                path, federationId, remoteSetup.federationId));
        if (!remoteSetup.clients || remoteSetup.coordinatorKey.isNull() ||
            remoteSetup.coordinatorKey.publicKey() != genesis->coordinatorKey)
            return fail(
                u"%1: the kit's coordinator key is not the one in the genesis block"_s.arg(path));
        if (remoteSetup.members.size() != genesis->members.size())
            return fail(u"%1: the kit lists %2 nodes, the genesis block %3"_s.arg(path)
                            .arg(remoteSetup.members.size())
                            .arg(genesis->members.size()));
        for (std::size_t c = 0; c < genesis->members.size(); ++c)
            if (genesis->members[c].client != c ||
                genesis->members[c].key != remoteSetup.members[c])
                return fail(
                    u"%1: the kit's key of node %2 is not the one in the genesis block"_s.arg(path)
                        .arg(c));
        coordinatorKey = remoteSetup.coordinatorKey;
        if (Status s = setNodePublicKeys(remoteSetup.members); !s)
            return s;
        remote = remoteSetup.clients;
        remote->setLayout(layout);
        return {};
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

    if (d.spec.privacy.dp.enabled) {
        auto key = generateNoiseKey();
        if (!key)
            return key.takeError();
        d.noiseKey = *key;
        d.privacy = std::make_unique<PrivacyLedger>(d.spec);
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
        if (d.privacy)
            if (Status s = d.store->setMeta(kMetaDpNoiseKey.toString(), noiseKeyToText(d.noiseKey));
                !s)
                return s;
        if (Status s = d.store->writeClients(d.clientInfos()); !s)
            return s;
        if (Status s = Ledger::createTables(*d.store); !s)
            return s;
        if (Status s = contribution_store::createTable(*d.store); !s)
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
    return resume(runPath, nullptr, observer);
}

Result<FederationSpec> Federation::storedSpec(const QString& runPath) {
    auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
    if (!store)
        return store.takeError();
    auto base = (*store)->meta(kMetaBaseDirectory);
    auto spec = parseSpec((*store)->specJson(), base ? *base : QString());
    if (!spec)
        return fail(u"%1: the stored spec is invalid: %2"_s.arg(runPath, spec.error()));
    return spec;
}

Result<std::unique_ptr<Federation>> Federation::resume(const QString& runPath,
                                                       const RemoteSetup* remote,
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
    // sign on their behalf, so the run continues only with its nodes, through the kit.
    const bool networked = d.spec.launch.mode != LaunchMode::InProcess;
    if (networked && !remote)
        return fail(u"%1 is a networked run (launch.mode %2): it continues with its nodes, so "
                    "resume it with its provisioning kit (fedctl resume RUN [--kit DIR])"_s.arg(
                        runPath, d.spec.launch.mode == LaunchMode::Local ? u"local"_s : u"ssh"_s));
    if (!networked && remote)
        return fail(u"%1 is an in-process run; it has no nodes to resume with"_s.arg(runPath));
    if (auto id = d.store->meta(kMetaFederationId))
        d.federationId = *id;
    if (Status s = d.prepare(); !s)
        return s.takeError();
    if (Status s = remote ? d.loadRemoteKeys(*remote) : d.loadKeys(); !s)
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
    if (d.spec.privacy.dp.enabled) {
        auto text = d.store->meta(kMetaDpNoiseKey.toString());
        const auto key = text ? noiseKeyFromText(*text) : std::nullopt;
        if (!key)
            return fail(u"%1: the differential-privacy noise key is missing or damaged; the run "
                        "cannot continue with the same noise"_s.arg(runPath));
        d.noiseKey = *key;
        // The privacy spent so far, from who took part in each completed round.
        d.privacy = std::make_unique<PrivacyLedger>(d.spec);
        for (int round = 1; round <= last; ++round)
            d.privacy->addRound(taken[static_cast<std::size_t>(round)]);
    }
    // Reward balances continue from the last completed round's.
    auto scores = contribution_store::readAll(*d.store);
    if (!scores)
        return scores.takeError();
    for (const ContributionRecord& r : *scores)
        if (r.round <= last)
            d.balances[r.client] = r.balance;
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
        if (const auto reason = d->budgetStop()) {
            // Spending the budget is how a DP run is meant to end: the run is finished, and the
            // run file says why it has fewer rounds than planned.
            if (Status s = d->store->setMeta(kMetaStopReason, *reason); !s)
                return s.takeError();
            if (d->observer)
                d->observer->runStopped(*reason);
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
    if (d->nextRound > d->spec.rounds || d->budgetStop())
        status = RunStatus::Finished;
    if (d->remote)
        d->remote->finish(status == RunStatus::Finished ? u"the federation has finished"_s
                                                        : u"the coordinator stopped the run"_s);
    if (Status s = d->store->setStatus(status); !s)
        return s.takeError();
    return summarizeRun(*d->store);
}

} // namespace fed
