// The spec loader: every error path names its JSON path and what is allowed, defaults fill
// missing keys, specToJson round-trips, overrides, and every shipped preset loads.
#include "engine/spec/SpecIO.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>
#include <limits>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

const QString kBase = u"/specs/base"_s;

QString presetDirectory() {
    return QString::fromUtf8(FED_SOURCE_DIR "/resources/presets");
}

QString shortest(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

struct IntField {
    const char16_t* path;
    qint64 low;
    qint64 high;
};

// The ranges from the spec reference (docs/spec.md), restated here rather than taken from the
// implementation so that a changed bound shows up as a failing test.
const IntField kIntFields[] = {
    {u"rounds", 1, 100000},
    {u"clients", 1, 100000},
    {u"data.train_limit", 0, 100000000},
    {u"data.test_limit", 0, 100000000},
    {u"data.synthetic.dimension", 1, 100000},
    {u"data.synthetic.classes", 2, 1000},
    {u"data.synthetic.samples_per_client", 1, 1000000},
    {u"data.synthetic.test_samples", 1, 10000000},
    {u"partition.shards_per_client", 1, 1000},
    {u"partition.min_samples_per_client", 0, 100000},
    {u"selection.min_clients", 1, 10}, // at most `clients`, which defaults to 10
    {u"training.local_epochs", 1, 1000},
    {u"training.batch_size", 1, 65536},
    {u"evaluation.every", 1, 100000},
    {u"evaluation.batch_size", 1, 100000},
    {u"execution.workers", 0, 1024},
    {u"selection.max_wait_rounds", 0, 100000}, // and enough for every turn: 1 with the defaults
    {u"energy.model_bytes", 0, 1000000000},
    {u"strategy.krum_byzantine", 0, 100000}, // and 2f + 3 per round, checked for krum only
    {u"strategy.multi_krum_m", 0, 100000},   // and at most per round, for multi-krum only
    {u"adversaries.count", 0, 10},           // at most `clients`, which defaults to 10
};

struct DoubleField {
    const char16_t* path;
    double low;
    bool lowOpen;
    double high;
    bool highOpen;
    const char16_t* range; //!< as messages and docs/spec.md write it
};

const DoubleField kDoubleFields[] = {
    {u"selection.fraction", 0, true, 1, false, u"(0, 1]"},
    {u"training.learning_rate", 0, true, 10, false, u"(0, 10]"},
    {u"training.momentum", 0, false, 1, true, u"[0, 1)"},
    {u"training.weight_decay", 0, false, 1, false, u"[0, 1]"},
    {u"training.adam_beta1", 0, false, 1, true, u"[0, 1)"},
    {u"training.adam_beta2", 0, false, 1, true, u"[0, 1)"},
    {u"training.adam_epsilon", 0, true, 1, false, u"(0, 1]"},
    {u"partition.alpha", 0, true, 1000, false, u"(0, 1000]"},
    {u"partition.quantity_alpha", 0, true, 1000, false, u"(0, 1000]"},
    {u"strategy.mu", 0, false, 100, false, u"[0, 100]"},
    {u"strategy.server_learning_rate", 0, true, 100, false, u"(0, 100]"},
    {u"data.synthetic.alpha", 0, false, 100, false, u"[0, 100]"},
    {u"data.synthetic.beta", 0, false, 100, false, u"[0, 100]"},
    {u"data.csv.test_fraction", 0, true, 1, true, u"(0, 1)"},
    {u"selection.deadline_seconds", 0, false, 86400, false, u"[0, 86400]"},
    {u"selection.bandwidth_budget_hz", 0, false, 1e12, false, u"[0, 1e+12]"},
    {u"energy.carbon_intensity_g_per_kwh", 0, false, 10000, false, u"[0, 10000]"},
    {u"energy.flops_per_sample", 0, false, 1e15, false, u"[0, 1e+15]"},
    {u"strategy.server_momentum", 0, false, 1, true, u"[0, 1)"},
    {u"strategy.beta1", 0, false, 1, true, u"[0, 1)"},
    {u"strategy.beta2", 0, false, 1, true, u"[0, 1)"},
    {u"strategy.tau", 0, true, 1, false, u"(0, 1]"},
    {u"strategy.trim_fraction", 0, false, 0.5, true, u"[0, 0.5)"},
    {u"adversaries.scale", 0, true, 1e6, false, u"(0, 1e+06]"},
    {u"adversaries.noise_std", 0, true, 1e6, false, u"(0, 1e+06]"},
    {u"validation.max_update_norm", 0, false, 1e12, false, u"[0, 1e+12]"},
    {u"privacy.dp.noise_multiplier", 0, true, 1000, false, u"(0, 1000]"},
    {u"privacy.dp.clip_norm", 0, true, 1e6, false, u"(0, 1e+06]"},
    {u"privacy.dp.delta", 0, true, 0.1, false, u"(0, 0.1]"},
    {u"privacy.dp.target_epsilon", 0, false, 1e6, false, u"[0, 1e+06]"},
};

const char16_t* const kSections[] = {
    u"data",   u"data.csv", u"data.synthetic",  u"partition",   u"selection",
    u"model",  u"training", u"strategy",        u"evaluation",  u"execution",
    u"ledger", u"energy",   u"energy.profiles", u"adversaries", u"validation"};

Result<FederationSpec> parse(const QByteArray& json, const QStringList& overrides = {}) {
    return parseSpec(json, kBase, overrides);
}

//! A spec in which every field differs from its default.
FederationSpec unusualSpec() {
    FederationSpec s;
    s.name = u"Ünïcode \"quoted\" \\ name"_s;
    s.seed = 9007199254740991ULL;
    s.rounds = 77;
    s.clients = 33;
    s.data.dataset = DatasetKind::Csv;
    s.data.path = u"relative/folder"_s;
    s.data.csv.trainFile = u"train.csv"_s;
    s.data.csv.testFile = u"test.csv"_s;
    s.data.csv.labelColumn = u"3"_s;
    s.data.csv.header = false;
    s.data.csv.testFraction = 0.1 + 0.2; // not exactly 0.3: the writer must keep every bit
    s.data.synthetic = {0.5, 1.5, 30, 5, 123, 4567, true};
    s.data.trainLimit = 1000;
    s.data.testLimit = 500;
    s.partition = {PartitionScheme::Quantity, 1.0 / 3.0, 4, 2.5, 7};
    s.selection = {0.25, 3, SelectionPolicy::EnergyAware, 2.5, 20, 2e7, true};
    s.energy.devices = {{u"laptop"_s, 2.0}, {u"my-sensor"_s, 1.0 / 3.0}};
    for (int i = 0; i < 33; ++i)
        s.energy.clientDevices.append(i % 2 ? u"my-sensor"_s : u"phone-midrange"_s);
    DeviceProfileSettings sensor{u"my-sensor"_s, u"a sensor node"_s, {}};
    for (const char16_t* key :
         {u"cpu_frequency_hz", u"flops_per_cycle", u"switched_capacitance", u"transmit_power_w",
          u"bandwidth_hz", u"distance_min_m", u"distance_max_m", u"noise_density_w_per_hz",
          u"idle_power_w", u"carbon_intensity_g_per_kwh"})
        sensor.values[QString::fromUtf16(key)] = 0.5;
    sensor.values[u"cpu_frequency_hz"_s] = 4.8e7;
    sensor.values[u"switched_capacitance"_s] = 1e-27;
    sensor.values[u"noise_density_w_per_hz"_s] = 3.981e-21;
    s.energy.profiles = {sensor, {u"phone-midrange"_s, {}, {{u"transmit_power_w"_s, 0.1}}}};
    s.energy.carbonIntensity = 56.5;
    s.energy.modelBytes = 123456;
    s.energy.flopsPerSample = 2.5e6;
    s.energy.countIdle = true;
    s.model.architecture = ModelArchitecture::LogisticRegression;
    s.model.hidden = {64, 32, 16};
    s.training = {OptimizerKind::Adam, 1e-3, 0.5, 1e-4, 0.8, 0.95, 1e-7, 3, 128};
    s.strategy = {StrategyKind::FedProx, 0.001, 0.75, 0.5, 0.8, 0.95, 1e-4, 0.25, 2, 5};
    s.adversaries = {0, {3, 1, 7}, AdversaryBehaviour::Gaussian, 2.5, 0.125, 42, {}};
    s.validation.maxUpdateNorm = 12.5;
    s.model.path = u"models/my model.pt"_s;
    s.evaluation = {5, true, 250};
    s.execution.workers = 3;
    s.ledger.storeUpdates = true;
    return s;
}

bool hasLineStartingWith(const QString& text, const QString& prefix) {
    const QStringList lines = text.split(u'\n');
    return std::any_of(lines.begin(), lines.end(),
                       [&](const QString& line) { return line.startsWith(prefix); });
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSpec : public QObject {
    Q_OBJECT
private:
    // Row helpers for errors_data(): a spec built from `json` plus overrides must fail with
    // `count` problems, one of them on a line starting with "path: " and containing `words`.
    static void addError(const QString& tag, const QByteArray& json, const QStringList& overrides,
                         const QString& path, const QStringList& words, int count = 1) {
        QTest::addRow("%s", qPrintable(tag)) << json << overrides << path << words << count;
    }
    static void addOverrideError(const QString& tag, const QStringList& overrides,
                                 const QString& path, const QStringList& words, int count = 1) {
        addError(tag, QByteArrayLiteral("{}"), overrides, path, words, count);
    }

private Q_SLOTS:
    void errors_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("overrides");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<int>("count");

        // Integer fields: both bounds, and the two type errors.
        for (const IntField& field : kIntFields) {
            const QString path = QString::fromUtf16(field.path);
            const QString range = u"must be %1..%2"_s.arg(field.low).arg(field.high);
            addOverrideError(path + u" below"_s, {u"%1=%2"_s.arg(path).arg(field.low - 1)}, path,
                             {range, u"got %1"_s.arg(field.low - 1)});
            addOverrideError(path + u" above"_s, {u"%1=%2"_s.arg(path).arg(field.high + 1)}, path,
                             {range, u"got %1"_s.arg(field.high + 1)});
            addOverrideError(path + u" string"_s, {path + u"=ten"_s}, path,
                             {u"must be an integer"_s, u"got \"ten\""_s});
            addOverrideError(path + u" fraction"_s, {path + u"=2.5"_s}, path,
                             {u"must be an integer"_s, u"got 2.5"_s});
        }
        addOverrideError(u"min_clients above a larger clients"_s,
                         {u"clients=20"_s, u"selection.min_clients=21"_s},
                         u"selection.min_clients"_s, {u"must be 1..20"_s, u"got 21"_s});
        addOverrideError(u"rounds beyond int"_s, {u"rounds=3000000000"_s}, u"rounds"_s,
                         {u"must be 1..100000"_s, u"got 3000000000"_s});
        addOverrideError(u"clients far below int"_s, {u"clients=-3000000000"_s}, u"clients"_s,
                         {u"must be 1..100000"_s, u"got -3000000000"_s});
        addOverrideError(u"workers null"_s, {u"execution.workers=null"_s}, u"execution.workers"_s,
                         {u"must be an integer"_s, u"got null"_s});

        // Seed.
        addOverrideError(u"seed negative"_s, {u"seed=-1"_s}, u"seed"_s,
                         {u"must be 0..9007199254740991"_s, u"got -1"_s});
        addOverrideError(u"seed above 2^53-1"_s, {u"seed=9007199254740992"_s}, u"seed"_s,
                         {u"must be 0..9007199254740991"_s, u"got 9007199254740992"_s});
        addOverrideError(u"seed huge double"_s, {u"seed=1e300"_s}, u"seed"_s,
                         {u"must be 0..9007199254740991"_s, u"got 1e+300"_s});
        addOverrideError(u"seed fraction"_s, {u"seed=1.5"_s}, u"seed"_s,
                         {u"must be an integer"_s, u"got 1.5"_s});
        addOverrideError(u"seed string"_s, {u"seed=\"7\""_s}, u"seed"_s,
                         {u"must be an integer"_s, u"got \"7\""_s});

        // Floating-point fields: both bounds (the bound itself when open), and type errors.
        for (const DoubleField& field : kDoubleFields) {
            const QString path = QString::fromUtf16(field.path);
            const QString range = u"must be in "_s + QString::fromUtf16(field.range);
            const double low = field.lowOpen ? field.low : field.low - 0.5;
            const double high = field.highOpen ? field.high : field.high + 0.5;
            addOverrideError(path + u" below"_s, {u"%1=%2"_s.arg(path, shortest(low))}, path,
                             {range, u"got "_s + shortest(low)});
            addOverrideError(path + u" above"_s, {u"%1=%2"_s.arg(path, shortest(high))}, path,
                             {range, u"got "_s + shortest(high)});
            addOverrideError(path + u" string"_s, {path + u"=x"_s}, path,
                             {u"must be a number"_s, u"got \"x\""_s});
            addOverrideError(path + u" array"_s, {path + u"=[1]"_s}, path,
                             {u"must be a number"_s, u"got an array"_s});
        }

        // Strings.
        for (const QString& path :
             {u"name"_s, u"data.path"_s, u"data.csv.train"_s, u"data.csv.test"_s,
              u"data.csv.label_column"_s, u"model.path"_s}) {
            addOverrideError(path + u" number"_s, {path + u"=5"_s}, path,
                             {u"must be a string"_s, u"got 5"_s});
        }
        addOverrideError(u"name empty"_s, {u"name="_s}, u"name"_s, {u"must not be empty"_s});
        addOverrideError(u"name blank"_s, {u"name=   "_s}, u"name"_s, {u"must not be empty"_s});
        addOverrideError(u"name too long"_s, {u"name="_s + QString(201, u'x')}, u"name"_s,
                         {u"at most 200 characters"_s, u"got 201"_s});
        addOverrideError(u"label column empty"_s, {u"data.csv.label_column="_s},
                         u"data.csv.label_column"_s, {u"must not be empty"_s});

        // Booleans.
        addOverrideError(u"csv header number"_s, {u"data.csv.header=1"_s}, u"data.csv.header"_s,
                         {u"must be true or false"_s, u"got 1"_s});
        addOverrideError(u"synthetic iid string"_s, {u"data.synthetic.iid=yes"_s},
                         u"data.synthetic.iid"_s, {u"must be true or false"_s, u"got \"yes\""_s});
        addOverrideError(u"per_client null"_s, {u"evaluation.per_client=null"_s},
                         u"evaluation.per_client"_s, {u"must be true or false"_s, u"got null"_s});
        addOverrideError(u"store_updates string"_s, {u"ledger.store_updates=\"true\""_s},
                         u"ledger.store_updates"_s,
                         {u"must be true or false"_s, u"got \"true\""_s});

        // Enums: a misspelling (with a suggestion), an unknown name, a wrong type.
        addOverrideError(u"dataset misspelled"_s, {u"data.dataset=fashion_mnist"_s},
                         u"data.dataset"_s,
                         {u"must be one of fashion-mnist, mnist, csv, synthetic"_s,
                          u"got \"fashion_mnist\""_s, u"did you mean \"fashion-mnist\""_s});
        addOverrideError(u"dataset wrong case"_s, {u"data.dataset=MNIST"_s}, u"data.dataset"_s,
                         {u"got \"MNIST\""_s, u"did you mean \"mnist\""_s});
        addOverrideError(u"dataset number"_s, {u"data.dataset=3"_s}, u"data.dataset"_s,
                         {u"must be one of fashion-mnist, mnist, csv, synthetic"_s, u"got 3"_s});
        addOverrideError(u"scheme misspelled"_s, {u"partition.scheme=dirchlet"_s},
                         u"partition.scheme"_s,
                         {u"must be one of iid, dirichlet, shards, quantity, got \"dirchlet\""_s,
                          u"did you mean \"dirichlet\""_s});
        addOverrideError(u"scheme array"_s, {u"partition.scheme=[]"_s}, u"partition.scheme"_s,
                         {u"must be one of iid, dirichlet, shards, quantity"_s, u"got an array"_s});
        addOverrideError(u"architecture unknown"_s, {u"model.architecture=resnet"_s},
                         u"model.architecture"_s,
                         {u"must be one of logreg, mlp, cnn, lenet5"_s, u"got \"resnet\""_s});
        addOverrideError(u"architecture bool"_s, {u"model.architecture=true"_s},
                         u"model.architecture"_s,
                         {u"must be one of logreg, mlp, cnn, lenet5"_s, u"got true"_s});
        addOverrideError(u"optimizer unknown"_s, {u"training.optimizer=rmsprop"_s},
                         u"training.optimizer"_s,
                         {u"must be one of sgd, adam"_s, u"got \"rmsprop\""_s});
        addOverrideError(u"optimizer number"_s, {u"training.optimizer=1"_s},
                         u"training.optimizer"_s, {u"must be one of sgd, adam"_s, u"got 1"_s});
        addOverrideError(u"strategy unknown"_s, {u"strategy.name=fedsgd"_s}, u"strategy.name"_s,
                         {u"must be one of fedavg, fedprox, fedavgm, fedadam, fedyogi, "
                          u"fedadagrad, scaffold, median, trimmed-mean, krum, multi-krum"_s,
                          u"got \"fedsgd\""_s});
        addOverrideError(u"strategy misspelled"_s, {u"strategy.name=trimmed_mean"_s},
                         u"strategy.name"_s, {u"did you mean \"trimmed-mean\""_s});
        addOverrideError(u"behaviour unknown"_s, {u"adversaries.behaviour=sign_flip"_s},
                         u"adversaries.behaviour"_s,
                         {u"must be one of sign-flip, scaled, gaussian, label-flip, free-rider"_s,
                          u"did you mean \"sign-flip\""_s});
        addOverrideError(u"strategy null"_s, {u"strategy.name=null"_s}, u"strategy.name"_s,
                         {u"must be one of fedavg, fedprox"_s, u"got null"_s});

        // Unknown keys, at every level.
        addOverrideError(u"unknown at root"_s, {u"client=5"_s}, u"client"_s,
                         {u"unknown field (allowed: format, name, seed, rounds, clients, data, "
                          u"partition, selection, model, training, strategy, adversaries, "
                          u"validation, evaluation, energy, execution, ledger, privacy, "
                          u"contribution, launch)"_s,
                          u"did you mean \"clients\""_s});
        addOverrideError(u"unknown in data"_s, {u"data.datset=mnist"_s}, u"data.datset"_s,
                         {u"unknown field (allowed: dataset, path, train_limit, test_limit, csv, "
                          u"synthetic)"_s});
        addOverrideError(u"unknown in data.csv"_s, {u"data.csv.trian=a.csv"_s}, u"data.csv.trian"_s,
                         {u"unknown field (allowed: train, test, label_column, header, "
                          u"test_fraction)"_s,
                          u"did you mean \"train\""_s});
        addOverrideError(u"unknown in data.synthetic"_s, {u"data.synthetic.gamma=1"_s},
                         u"data.synthetic.gamma"_s,
                         {u"unknown field (allowed: alpha, beta, dimension, classes, "
                          u"samples_per_client, test_samples, iid)"_s});
        addOverrideError(u"unknown in partition"_s, {u"partition.alpah=0.1"_s},
                         u"partition.alpah"_s,
                         {u"unknown field (allowed: scheme, alpha, shards_per_client, "
                          u"quantity_alpha, min_samples_per_client)"_s,
                          u"did you mean \"alpha\""_s});
        addOverrideError(u"unknown in selection"_s, {u"selection.frac=0.5"_s}, u"selection.frac"_s,
                         {u"unknown field (allowed: fraction, min_clients, policy, "
                          u"deadline_seconds, max_wait_rounds, bandwidth_budget_hz, "
                          u"power_control)"_s});
        addOverrideError(u"unknown in model"_s, {u"model.layers=[5]"_s}, u"model.layers"_s,
                         {u"unknown field (allowed: architecture, hidden, path)"_s});
        addOverrideError(u"unknown in training"_s, {u"training.lr=0.1"_s}, u"training.lr"_s,
                         {u"unknown field (allowed: optimizer, learning_rate, momentum, "
                          u"weight_decay, adam_beta1, adam_beta2, adam_epsilon, local_epochs, "
                          u"batch_size)"_s});
        addOverrideError(u"unknown in strategy"_s, {u"strategy.muu=0.1"_s}, u"strategy.muu"_s,
                         {u"unknown field (allowed: name, mu, server_learning_rate, "
                          u"server_momentum, beta1, beta2, tau, trim_fraction, krum_byzantine, "
                          u"multi_krum_m)"_s,
                          u"did you mean \"mu\""_s});
        addOverrideError(u"unknown in adversaries"_s, {u"adversaries.behavior=scaled"_s},
                         u"adversaries.behavior"_s,
                         {u"unknown field (allowed: count, clients, behaviour, scale, noise_std, "
                          u"seed, groups)"_s,
                          u"did you mean \"behaviour\""_s});
        addOverrideError(u"unknown in validation"_s, {u"validation.max_norm=5"_s},
                         u"validation.max_norm"_s, {u"unknown field (allowed: max_update_norm)"_s});
        addOverrideError(u"unknown in evaluation"_s, {u"evaluation.each=2"_s}, u"evaluation.each"_s,
                         {u"unknown field (allowed: every, per_client, batch_size)"_s});
        addOverrideError(u"unknown in execution"_s, {u"execution.threads=2"_s},
                         u"execution.threads"_s, {u"unknown field (allowed: workers)"_s});
        addOverrideError(
            u"unknown in ledger"_s, {u"ledger.store_update=true"_s}, u"ledger.store_update"_s,
            {u"unknown field (allowed: store_updates)"_s, u"did you mean \"store_updates\""_s});

        // Selection policies and energy settings (docs/spec.md, docs/energy.md).
        addOverrideError(u"policy misspelled"_s, {u"selection.policy=energy_aware"_s},
                         u"selection.policy"_s,
                         {u"must be one of random, energy-aware, deadline-aware"_s,
                          u"did you mean \"energy-aware\""_s});
        addOverrideError(u"deadline-aware without a deadline"_s,
                         {u"selection.policy=deadline-aware"_s}, u"selection.deadline_seconds"_s,
                         {u"must be positive when selection.policy is deadline-aware"_s});
        addOverrideError(u"power control without a deadline"_s, {u"selection.power_control=true"_s},
                         u"selection.power_control"_s, {u"needs selection.deadline_seconds > 0"_s});
        addOverrideError(
            u"fairness bound too tight"_s,
            {u"clients=100"_s, u"selection.fraction=0.1"_s, u"selection.max_wait_rounds=9"_s},
            u"selection.max_wait_rounds"_s,
            {u"must be 0 or at least 10"_s, u"100 clients and 10 per round"_s, u"got 9"_s});
        addOverrideError(u"unknown device profile"_s,
                         {u"energy.devices=[{\"profile\": \"phone-midrang\", \"share\": 1}]"_s},
                         u"energy.devices[0].profile"_s,
                         {u"must be a built-in profile (raspberry-pi-4, phone-midrange, laptop, "
                          u"edge-server) or one defined in energy.profiles"_s,
                          u"got \"phone-midrang\""_s, u"did you mean \"phone-midrange\""_s});
        addOverrideError(u"device share zero"_s,
                         {u"energy.devices=[{\"profile\": \"laptop\", \"share\": 0}]"_s},
                         u"energy.devices[0].share"_s, {u"must be in (0, 10000]"_s, u"got 0"_s});
        addOverrideError(
            u"device listed twice"_s,
            {u"energy.devices=[{\"profile\": \"laptop\"}, {\"profile\": \"laptop\"}]"_s},
            u"energy.devices[1].profile"_s, {u"\"laptop\" is listed twice"_s});
        addOverrideError(
            u"device entry not an object"_s, {u"energy.devices=[\"laptop\"]"_s},
            u"energy.devices[0]"_s,
            {u"must be an object such as {\"profile\": \"laptop\""_s, u"got \"laptop\""_s});
        addOverrideError(u"device entry with an unknown key"_s,
                         {u"energy.devices=[{\"profile\": \"laptop\", \"weight\": 1}]"_s},
                         u"energy.devices[0].weight"_s,
                         {u"unknown field (allowed: profile, share)"_s});
        addOverrideError(u"devices not an array"_s, {u"energy.devices=laptop"_s},
                         u"energy.devices"_s,
                         {u"must be an array of {\"profile\": name, \"share\": number}"_s});
        addOverrideError(u"no devices"_s, {u"energy.devices=[]"_s}, u"energy.devices"_s,
                         {u"must list at least one"_s, u"or set energy.client_devices"_s});
        addOverrideError(u"client devices of the wrong length"_s,
                         {u"clients=3"_s, u"energy.client_devices=[\"laptop\", \"laptop\"]"_s},
                         u"energy.client_devices"_s,
                         {u"must list one profile per client (3), got 2"_s});
        addOverrideError(u"client device unknown"_s,
                         {u"clients=2"_s, u"energy.client_devices=[\"laptop\", \"toaster\"]"_s},
                         u"energy.client_devices[1]"_s, {u"got \"toaster\""_s});
        addOverrideError(u"client device not a string"_s,
                         {u"clients=2"_s, u"energy.client_devices=[\"laptop\", 7]"_s},
                         u"energy.client_devices[1]"_s, {u"must be a profile name, got 7"_s});
        addOverrideError(
            u"profile field out of range"_s, {u"energy.profiles.laptop.transmit_power_w=0"_s},
            u"energy.profiles.laptop.transmit_power_w"_s, {u"must be (0, 1000], got 0"_s});
        addOverrideError(u"profile field misspelled"_s,
                         {u"energy.profiles.laptop.transmit_power=0.2"_s},
                         u"energy.profiles.laptop.transmit_power"_s,
                         {u"unknown field (allowed: description, cpu_frequency_hz"_s,
                          u"did you mean \"transmit_power_w\""_s});
        addOverrideError(
            u"profile field not a number"_s, {u"energy.profiles.laptop.bandwidth_hz=wide"_s},
            u"energy.profiles.laptop.bandwidth_hz"_s, {u"must be a number, got \"wide\""_s});
        addOverrideError(u"profile distances reversed"_s,
                         {u"energy.profiles.laptop.distance_min_m=300"_s},
                         u"energy.profiles.laptop.distance_min_m"_s,
                         {u"must not exceed distance_max_m (200), got 300"_s});
        addOverrideError(u"new profile incomplete"_s,
                         {u"energy.profiles.sensor={\"cpu_frequency_hz\": 4.8e7}"_s},
                         u"energy.profiles.sensor"_s,
                         {u"is not a built-in profile"_s, u"must set every field"_s,
                          u"missing: flops_per_cycle, switched_capacitance"_s});
        addOverrideError(u"profile not an object"_s, {u"energy.profiles.laptop=5"_s},
                         u"energy.profiles.laptop"_s, {u"must be an object of profile fields"_s});

        // Sections that are not objects.
        for (const char16_t* section : kSections) {
            const QString path = QString::fromUtf16(section);
            addOverrideError(path + u" not an object"_s, {path + u"=5"_s}, path,
                             {u"must be an object"_s, u"got 5"_s});
        }
        addOverrideError(u"model is an array"_s, {u"model=[]"_s}, u"model"_s,
                         {u"must be an object"_s, u"got an array"_s});

        // model.hidden.
        addOverrideError(u"hidden not an array"_s, {u"model.hidden=200"_s}, u"model.hidden"_s,
                         {u"must be an array of integers"_s, u"got 200"_s});
        addOverrideError(u"hidden element string"_s, {u"model.hidden=[100,\"x\"]"_s},
                         u"model.hidden[1]"_s, {u"must be an integer"_s, u"got \"x\""_s});
        addOverrideError(u"hidden element fraction"_s, {u"model.hidden=[1.5]"_s},
                         u"model.hidden[0]"_s, {u"must be an integer"_s, u"got 1.5"_s});
        addOverrideError(u"hidden element zero"_s, {u"model.hidden=[100,0]"_s},
                         u"model.hidden[1]"_s, {u"must be 1..65536"_s, u"got 0"_s});
        addOverrideError(u"hidden element too wide"_s, {u"model.hidden=[65537]"_s},
                         u"model.hidden[0]"_s, {u"must be 1..65536"_s, u"got 65537"_s});
        addOverrideError(u"hidden element beyond int"_s, {u"model.hidden=[5000000000]"_s},
                         u"model.hidden[0]"_s, {u"must be 1..65536"_s, u"got 5000000000"_s});
        {
            QStringList widths;
            for (int i = 0; i < 17; ++i)
                widths.append(u"8"_s);
            addOverrideError(u"hidden too deep"_s, {u"model.hidden=[%1]"_s.arg(widths.join(u','))},
                             u"model.hidden"_s, {u"must have 0..16 layers"_s, u"got 17"_s});
        }

        // Cross-field rules.
        addOverrideError(
            u"cnn on csv"_s,
            {u"model.architecture=cnn"_s, u"data.dataset=csv"_s, u"data.csv.train=a.csv"_s},
            u"model.architecture"_s,
            {u"cnn needs image data"_s, u"fashion-mnist, mnist or cifar10"_s,
             u"got data.dataset csv"_s});
        addOverrideError(u"krum needs 2f + 3 clients per round"_s,
                         {u"strategy.name=krum"_s, u"strategy.krum_byzantine=4"_s},
                         u"strategy.krum_byzantine"_s,
                         {u"must leave at least 2f + 3 clients per round"_s,
                          u"10 clients per round allow f up to 3, got 4"_s});
        addOverrideError(u"krum's bound follows the clients per round"_s,
                         {u"strategy.name=multi-krum"_s, u"selection.fraction=0.4"_s,
                          u"strategy.krum_byzantine=1"_s},
                         u"strategy.krum_byzantine"_s,
                         {u"4 clients per round allow f up to 0, got 1"_s});
        addOverrideError(u"multi-krum m above the clients per round"_s,
                         {u"strategy.name=multi-krum"_s, u"strategy.multi_krum_m=11"_s},
                         u"strategy.multi_krum_m"_s,
                         {u"must be 0 (n - f) or at most the 10 clients per round, got 11"_s});
        addOverrideError(u"scaffold with adam"_s,
                         {u"strategy.name=scaffold"_s, u"training.optimizer=adam"_s},
                         u"training.optimizer"_s,
                         {u"must be sgd when strategy.name is scaffold"_s, u"got adam"_s});
        addOverrideError(u"torchscript without a file"_s, {u"model.architecture=torchscript"_s},
                         u"model.path"_s,
                         {u"must name the TorchScript module file"_s, u"torch.jit.save"_s});
        addOverrideError(
            u"cifar10 without path"_s, {u"data.dataset=cifar10"_s, u"data.path="_s}, u"data.path"_s,
            {u"must not be empty when data.dataset is cifar10"_s, u"CIFAR-10 binary batches"_s});
        addOverrideError(u"adversary beyond the clients"_s, {u"adversaries.clients=[2, 10]"_s},
                         u"adversaries.clients[1]"_s, {u"must be 0..9"_s, u"got 10"_s});
        addOverrideError(u"adversary listed twice"_s, {u"adversaries.clients=[4, 2, 4]"_s},
                         u"adversaries.clients[2]"_s, {u"client 4 is listed twice"_s});
        addOverrideError(u"adversary count and list disagree"_s,
                         {u"adversaries.clients=[1, 2]"_s, u"adversaries.count=3"_s},
                         u"adversaries.count"_s,
                         {u"must be 0 or the length of adversaries.clients (2)"_s, u"got 3"_s});
        addOverrideError(u"adversary list not integers"_s, {u"adversaries.clients=[\"a\"]"_s},
                         u"adversaries.clients[0]"_s, {u"must be an integer"_s});
        addOverrideError(u"adversary seed negative"_s, {u"adversaries.seed=-1"_s},
                         u"adversaries.seed"_s, {u"must be 0..9007199254740991"_s, u"got -1"_s});
        addOverrideError(u"lenet5 on synthetic"_s,
                         {u"model.architecture=lenet5"_s, u"data.dataset=synthetic"_s},
                         u"model.architecture"_s,
                         {u"lenet5 needs image data"_s, u"got data.dataset synthetic"_s});
        addOverrideError(u"csv without train file"_s, {u"data.dataset=csv"_s}, u"data.csv.train"_s,
                         {u"must be set when data.dataset is csv"_s});
        addOverrideError(u"csv with blank train file"_s,
                         {u"data.dataset=csv"_s, u"data.csv.train=  "_s}, u"data.csv.train"_s,
                         {u"must be set when data.dataset is csv"_s});
        addOverrideError(u"fashion-mnist without path"_s, {u"data.path="_s}, u"data.path"_s,
                         {u"must not be empty when data.dataset is fashion-mnist"_s});
        addOverrideError(u"mnist without path"_s, {u"data.dataset=mnist"_s, u"data.path="_s},
                         u"data.path"_s, {u"must not be empty when data.dataset is mnist"_s});

        // The format marker.
        addOverrideError(u"format other version"_s, {u"format=fedstudio-spec/2"_s}, u"format"_s,
                         {u"must be \"fedstudio-spec/1\""_s, u"got \"fedstudio-spec/2\""_s});
        addOverrideError(u"format number"_s, {u"format=1"_s}, u"format"_s,
                         {u"must be \"fedstudio-spec/1\""_s, u"got 1"_s});

        // The document itself.
        addError(u"syntax truncated"_s, QByteArrayLiteral("{\"rounds\": 5"), {}, {},
                 {u"JSON syntax error"_s, u"line 1"_s, u"byte offset"_s});
        addError(u"syntax missing comma on line 3"_s,
                 QByteArrayLiteral("{\n  \"rounds\": 5,\n  \"clients\": 3 \"seed\": 1\n}"), {}, {},
                 {u"JSON syntax error at line 3"_s, u"byte offset"_s});
        addError(u"syntax unquoted value"_s, QByteArrayLiteral("{\n\"rounds\": ten\n}"), {}, {},
                 {u"JSON syntax error at line 2"_s, u"byte offset"_s});
        addError(u"syntax trailing garbage"_s, QByteArrayLiteral("{} x"), {}, {},
                 {u"JSON syntax error"_s, u"byte offset"_s});
        addError(u"empty document"_s, QByteArray(), {}, {},
                 {u"document is empty"_s, u"JSON object"_s});
        addError(u"blank document"_s, QByteArrayLiteral(" \n\t"), {}, {}, {u"document is empty"_s});
        addError(u"root is a number"_s, QByteArrayLiteral("5"), {}, {},
                 {u"top level must be a JSON object"_s, u"got 5"_s});
        addError(u"root is a string"_s, QByteArrayLiteral(" \"spec\" "), {}, {},
                 {u"top level must be a JSON object"_s, u"got \"spec\""_s});
        addError(u"syntax error column counts characters"_s,
                 QByteArrayLiteral("{\"name\": \"\xC3\xBC\xC3\xBC\", x}"), {}, {},
                 {u"JSON syntax error at line 1, column 17 (byte offset 18)"_s});
        addError(u"root is an array"_s, QByteArrayLiteral("[1, 2]"), {}, {},
                 {u"top level must be a JSON object"_s, u"got an array"_s});

        // Overrides that cannot be applied name the assignment.
        addOverrideError(u"override without ="_s, {u"rounds5"_s}, {},
                         {u"override \"rounds5\""_s, u"missing '='"_s});
        addOverrideError(u"override with empty path"_s, {u"=5"_s}, {},
                         {u"override \"=5\""_s, u"empty path"_s});
        addOverrideError(u"override with blank path"_s, {u"  =5"_s}, {},
                         {u"override \"  =5\""_s, u"empty path"_s});
        addOverrideError(u"override with empty segment"_s, {u"partition..alpha=1"_s}, {},
                         {u"override \"partition..alpha=1\""_s, u"empty field name"_s});
        addOverrideError(u"override with leading dot"_s, {u".rounds=1"_s}, {},
                         {u"override \".rounds=1\""_s, u"empty field name"_s});
        addError(u"override through a number"_s, QByteArrayLiteral("{\"rounds\": 10}"),
                 {u"rounds.x=5"_s}, {},
                 {u"override \"rounds.x=5\""_s, u"rounds is 10, not an object"_s});
        addOverrideError(u"override creating an object where a number belongs"_s, {u"rounds.x=5"_s},
                         u"rounds"_s, {u"must be an integer"_s, u"got an object"_s});
        addError(u"bad override and bad JSON both reported"_s, QByteArrayLiteral("{"),
                 {u"rounds5"_s}, {}, {u"JSON syntax error"_s, u"override \"rounds5\""_s}, 2);
    }

    void errors() {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, overrides);
        QFETCH(QString, path);
        QFETCH(QStringList, words);
        QFETCH(int, count);

        const auto spec = parse(json, overrides);
        QVERIFY2(!spec.ok(), "the spec was accepted");
        const QString error = spec.error();
        const QStringList lines = error.split(u'\n');
        QVERIFY2(lines.size() == count, qPrintable(error));
        if (!path.isEmpty())
            QVERIFY2(hasLineStartingWith(error, path + u": "_s), qPrintable(error));
        for (const QString& word : words)
            QVERIFY2(error.contains(word), qPrintable(u"missing «%1» in:\n%2"_s.arg(word, error)));
    }

    void boundsAccepted_data() {
        QTest::addColumn<QStringList>("overrides");
        for (const IntField& field : kIntFields) {
            const QString path = QString::fromUtf16(field.path);
            QTest::addRow("%s low", qPrintable(path))
                << QStringList{u"%1=%2"_s.arg(path).arg(field.low)};
            QTest::addRow("%s high", qPrintable(path))
                << QStringList{u"%1=%2"_s.arg(path).arg(field.high)};
        }
        for (const DoubleField& field : kDoubleFields) {
            const QString path = QString::fromUtf16(field.path);
            const double low = field.lowOpen ? field.low + 1e-9 : field.low;
            const double high = field.highOpen ? field.high - 1e-9 : field.high;
            QTest::addRow("%s low", qPrintable(path))
                << QStringList{u"%1=%2"_s.arg(path, QString::number(low, 'g', 17))};
            QTest::addRow("%s high", qPrintable(path))
                << QStringList{u"%1=%2"_s.arg(path, QString::number(high, 'g', 17))};
        }
        QTest::addRow("seed 0") << QStringList{u"seed=0"_s};
        QTest::addRow("seed 2^53-1") << QStringList{u"seed=9007199254740991"_s};
        QTest::addRow("name 200 chars") << QStringList{u"name="_s + QString(200, u'x')};
        QTest::addRow("integral double") << QStringList{u"rounds=20.0"_s, u"clients=1e2"_s};
        QTest::addRow("no hidden layers") << QStringList{u"model.hidden=[]"_s};
        QTest::addRow("16 hidden layers")
            << QStringList{u"model.hidden=[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,65536]"_s};
        QTest::addRow("min_clients up to a larger clients")
            << QStringList{u"clients=100000"_s, u"selection.min_clients=100000"_s};
        QTest::addRow("cnn on mnist")
            << QStringList{u"model.architecture=cnn"_s, u"data.dataset=mnist"_s};
        QTest::addRow("lenet5 on fashion-mnist") << QStringList{u"model.architecture=lenet5"_s};
        QTest::addRow("csv with a train file")
            << QStringList{u"data.dataset=csv"_s, u"data.csv.train=train.csv"_s};
        QTest::addRow("synthetic needs no path")
            << QStringList{u"data.dataset=synthetic"_s, u"data.path="_s};
        QTest::addRow("csv needs no path")
            << QStringList{u"data.dataset=csv"_s, u"data.csv.train=t.csv"_s, u"data.path="_s};
        QTest::addRow("format marker") << QStringList{u"format=fedstudio-spec/1"_s};
        QTest::addRow("deadline-aware with a deadline")
            << QStringList{u"selection.policy=deadline-aware"_s, u"selection.deadline_seconds=2"_s,
                           u"selection.power_control=true"_s};
        QTest::addRow("fairness bound just enough")
            << QStringList{u"clients=100"_s, u"selection.fraction=0.1"_s,
                           u"selection.max_wait_rounds=10"_s, u"selection.policy=energy-aware"_s};
        QTest::addRow("client devices instead of a mix")
            << QStringList{u"clients=2"_s, u"energy.devices=[]"_s,
                           u"energy.client_devices=[\"laptop\", \"edge-server\"]"_s};
        QTest::addRow("a device of the spec's own")
            << QStringList{u"energy.profiles.sensor={\"cpu_frequency_hz\": 4.8e7, "
                           u"\"flops_per_cycle\": 1, \"switched_capacitance\": 1e-27, "
                           u"\"transmit_power_w\": 0.01, \"bandwidth_hz\": 125000, "
                           u"\"distance_min_m\": 10, \"distance_max_m\": 2000, "
                           u"\"noise_density_w_per_hz\": 3.981e-21, \"idle_power_w\": 0.001, "
                           u"\"carbon_intensity_g_per_kwh\": 30}"_s,
                           u"energy.devices=[{\"profile\": \"sensor\", \"share\": 3}, "
                           u"{\"profile\": \"laptop\", \"share\": 1}]"_s};
        QTest::addRow("missing data file is not the spec's business")
            << QStringList{u"data.path=/nonexistent/folder"_s};
        QTest::addRow("krum with 2f + 3 clients per round")
            << QStringList{u"strategy.name=krum"_s, u"strategy.krum_byzantine=3"_s};
        QTest::addRow("multi-krum choosing every update")
            << QStringList{u"strategy.name=multi-krum"_s, u"strategy.multi_krum_m=10"_s};
        QTest::addRow("krum's f is not checked for other strategies")
            << QStringList{u"strategy.krum_byzantine=100000"_s};
        QTest::addRow("scaffold with sgd") << QStringList{u"strategy.name=scaffold"_s};
        QTest::addRow("torchscript with a file")
            << QStringList{u"model.architecture=torchscript"_s, u"model.path=model.pt"_s};
        QTest::addRow("cnn on cifar10")
            << QStringList{u"data.dataset=cifar10"_s, u"data.path=cifar-10-batches-bin"_s,
                           u"model.architecture=cnn"_s};
        QTest::addRow("every client Byzantine")
            << QStringList{u"adversaries.count=10"_s, u"adversaries.behaviour=free-rider"_s};
        QTest::addRow("Byzantine list and its count")
            << QStringList{u"adversaries.clients=[9, 0, 4]"_s, u"adversaries.count=3"_s,
                           u"adversaries.behaviour=label-flip"_s};
    }

    void boundsAccepted() {
        QFETCH(QStringList, overrides);
        const auto spec = parse("{}", overrides);
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
    }

    void extremeValuesAreRead() {
        const auto spec = parse("{}", {u"seed=9007199254740991"_s, u"rounds=100000"_s,
                                       u"training.learning_rate=1e-9"_s});
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QCOMPARE(spec->seed, 9007199254740991ULL);
        QCOMPARE(spec->rounds, 100000);
        QCOMPARE(spec->training.learningRate, 1e-9);
    }

    void everyProblemIsReportedAtOnce() {
        const QByteArray json = R"({
            "clients": 0,
            "rounds": "ten",
            "partition": {"scheme": "dirchlet", "alpha": -1},
            "strategy": {"muu": 0.1},
            "model": {"architecture": "cnn", "hidden": [100, 0]},
            "data": {"dataset": "synthetic"},
            "training": {"learning_rate": 0}
        })";
        const auto spec = parse(json, {u"execution.workers=2000"_s, u"oops"_s});
        QVERIFY(!spec.ok());
        const QString error = spec.error();
        const QStringList expected{u"clients: "_s,           u"rounds: "_s,
                                   u"partition.scheme: "_s,  u"partition.alpha: "_s,
                                   u"strategy.muu: "_s,      u"model.architecture: "_s,
                                   u"model.hidden[1]: "_s,   u"training.learning_rate: "_s,
                                   u"execution.workers: "_s, u"override \"oops\""_s};
        for (const QString& prefix : expected)
            QVERIFY2(hasLineStartingWith(error, prefix), qPrintable(prefix + u"\n"_s + error));
        QCOMPARE(error.split(u'\n').size(), expected.size());
    }

    void rejectedFieldsDoNotCascade() {
        // A rejected `clients` must not make min_clients look wrong against the default 10,
        // and a rejected dataset must not trigger the image-data rule.
        auto spec = parse(R"({"clients": "many", "selection": {"min_clients": 50}})");
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().split(u'\n').size(), 1);
        QVERIFY(spec.error().startsWith(u"clients: must be an integer"_s));

        spec = parse(R"({"data": {"dataset": "cifar"}, "model": {"architecture": "cnn"}})");
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().split(u'\n').size(), 1);
        QVERIFY(spec.error().startsWith(u"data.dataset: "_s));
    }

    void missingKeysTakeDefaults() {
        const auto spec = parse("{}");
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QVERIFY(sameSpec(*spec, FederationSpec{}));
        QCOMPARE(spec->baseDirectory, kBase);

        const auto partial = parse(R"({"rounds": 3, "partition": {"scheme": "dirichlet"},
                                       "data": {"csv": {"header": false}}})");
        QVERIFY2(partial.ok(), qPrintable(partial.error()));
        FederationSpec expected;
        expected.rounds = 3;
        expected.partition.scheme = PartitionScheme::Dirichlet;
        expected.data.csv.header = false;
        QVERIFY(sameSpec(*partial, expected));
        QCOMPARE(partial->partition.alpha, 0.5);
        QCOMPARE(partial->data.csv.labelColumn, u"label"_s);
        QCOMPARE(partial->model.hidden, (std::vector<int>{200, 200}));
    }

    void byteOrderMarkIsAccepted() {
        const auto spec = parse(QByteArrayLiteral("\xEF\xBB\xBF{\"rounds\": 4}"));
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QCOMPARE(spec->rounds, 4);
    }

    void defaultSpecIsValid() { QVERIFY(validateSpec(FederationSpec{}).empty()); }

    void validateSpecChecksTheStructAlone() {
        FederationSpec spec;
        spec.model.architecture = ModelArchitecture::Cnn;
        spec.data.dataset = DatasetKind::Csv;
        spec.clients = 4;
        spec.selection.minClients = 5;
        spec.training.momentum = 1.0;
        spec.model.hidden.assign(17, 10);
        spec.seed = 9007199254740992ULL;
        spec.training.learningRate = std::numeric_limits<double>::quiet_NaN();
        spec.data.path = u"/definitely/not/there"_s; // files are the data loader's business
        const auto problems = validateSpec(spec);
        QStringList paths;
        for (const SpecProblem& problem : problems)
            paths.append(problem.path);
        QCOMPARE(paths, (QStringList{u"seed"_s, u"data.csv.train"_s, u"selection.min_clients"_s,
                                     u"model.architecture"_s, u"model.hidden"_s,
                                     u"training.learning_rate"_s, u"training.momentum"_s}));
        QVERIFY(problems[2].message.contains(u"must be 1..4"_s));
        QVERIFY(problems[3].message.contains(u"got data.dataset csv"_s));
        QVERIFY(problems[5].message.contains(u"got nan"_s));
    }

    void validateSpecRejectsUnnamedEnumValues() {
        FederationSpec spec;
        spec.strategy.kind = static_cast<StrategyKind>(99);
        const auto problems = validateSpec(spec);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].path, u"strategy.name"_s);
        QVERIFY(problems[0].message.contains(u"must be one of fedavg, fedprox"_s));
        spec = FederationSpec{};
        spec.adversaries.behaviour = static_cast<AdversaryBehaviour>(99);
        QCOMPARE(validateSpec(spec).size(), std::size_t(1));
        QCOMPARE(validateSpec(spec)[0].path, u"adversaries.behaviour"_s);
    }

    void localDpCombinesWithSecureAggregationCentralDoesNot() {
        // Local DP noises each update on its node before masking (distributed DP); central DP
        // clips at the coordinator, which secure aggregation keeps from seeing the updates.
        FederationSpec spec;
        spec.privacy.secureAggregation.enabled = true;
        spec.privacy.dp.enabled = true;
        spec.privacy.dp.mode = DpMode::Local;
        const auto local = validateSpec(spec);
        QVERIFY2(local.empty(), qPrintable(local.empty() ? QString() : local[0].message));
        auto parsed = parse(specToJson(spec));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QVERIFY(parsed->privacy.dp.enabled && parsed->privacy.secureAggregation.enabled);

        spec.privacy.dp.mode = DpMode::Central;
        const auto central = validateSpec(spec);
        QCOMPARE(central.size(), std::size_t(1));
        QCOMPARE(central[0].path, u"privacy.dp.mode"_s);
        QVERIFY2(central[0].message.contains(u"must be local when privacy.secure_aggregation is "
                                             "enabled"_s),
                 qPrintable(central[0].message));
        QVERIFY(!parse(specToJson(spec)).ok());
    }

    void serverLearningRateDefaultsByStrategy() {
        // Left out, the server step suits the strategy: the adaptive optimizers move every
        // coordinate by about eta, so their default is 100 times smaller than averaging's.
        for (const auto& [name, expected] :
             {std::pair{u"fedavg"_s, 1.0}, std::pair{u"fedprox"_s, 1.0},
              std::pair{u"fedavgm"_s, 1.0}, std::pair{u"scaffold"_s, 1.0},
              std::pair{u"median"_s, 1.0}, std::pair{u"krum"_s, 1.0}, std::pair{u"fedadam"_s, 0.01},
              std::pair{u"fedyogi"_s, 0.01}, std::pair{u"fedadagrad"_s, 0.01}}) {
            const auto spec = parse("{}", {u"strategy.name="_s + name});
            QVERIFY2(spec.ok(), qPrintable(spec.error()));
            QCOMPARE(spec->strategy.serverLearningRate, expected);
            QCOMPARE(defaultServerLearningRate(spec->strategy.kind), expected);
        }
        // Given, it is kept, whatever the strategy.
        const auto given =
            parse("{}", {u"strategy.name=fedadam"_s, u"strategy.server_learning_rate=0.5"_s});
        QVERIFY2(given.ok(), qPrintable(given.error()));
        QCOMPARE(given->strategy.serverLearningRate, 0.5);
        // Written out, a spec reads back with the value it was written with.
        const auto again = parse(specToJson(*parse("{}", {u"strategy.name=fedyogi"_s})));
        QVERIFY(again.ok());
        QCOMPARE(again->strategy.serverLearningRate, 0.01);
    }

    void byzantineListIsReadInItsOrder() {
        const auto spec = parse("{}", {u"adversaries.clients=[7, 2, 5]"_s});
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QCOMPARE(spec->adversaries.clients, (std::vector<int>{7, 2, 5}));
        QCOMPARE(spec->adversaries.behaviour, AdversaryBehaviour::SignFlip);
        QCOMPARE(spec->adversaries.scale, 4.0);
    }

    void formatProblemsOneLineEach() {
        QCOMPARE(formatProblems({}), QString());
        QCOMPARE(formatProblems({{u"clients"_s, u"must be 1..100000, got 0"_s},
                                 {QString(), u"override \"x\": missing '='"_s},
                                 {u"model.hidden[1]"_s, u"must be an integer, got \"x\""_s}}),
                 u"clients: must be 1..100000, got 0\noverride \"x\": missing '='\n"
                 u"model.hidden[1]: must be an integer, got \"x\""_s);
    }

    void roundTrip_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("defaults") << 0;
        QTest::newRow("every field changed") << 1;
        QTest::newRow("no hidden layers, dirichlet, synthetic") << 2;
    }

    void roundTrip() {
        QFETCH(int, which);
        FederationSpec spec;
        if (which == 1)
            spec = unusualSpec();
        if (which == 2) {
            spec.model.hidden.clear();
            spec.partition.scheme = PartitionScheme::Dirichlet;
            spec.partition.alpha = 0.05;
            spec.data.dataset = DatasetKind::Synthetic;
            spec.data.synthetic.alpha = 0.0;
            spec.training.adamEpsilon = 1e-12;
            spec.seed = 0;
        }
        QVERIFY(validateSpec(spec).empty());
        const QByteArray json = specToJson(spec);
        const auto back = parse(json);
        QVERIFY2(back.ok(), qPrintable(back.error() + u"\n"_s + QString::fromUtf8(json)));
        QVERIFY2(sameSpec(*back, spec), json.constData());
        QCOMPARE(specToJson(*back), json);
    }

    void specToJsonIsDeterministicAndOrdered() {
        const QByteArray json = specToJson(unusualSpec());
        QCOMPARE(specToJson(unusualSpec()), json);
        QVERIFY(json.startsWith("{\n    \"format\": \"fedstudio-spec/1\",\n    \"name\": "));
        QVERIFY(json.endsWith("}\n"));
        QVERIFY(json.contains("\"hidden\": [64, 32, 16]"));
        // Documented order, not QJsonObject's alphabetical one.
        QVERIFY(json.indexOf("\"rounds\"") < json.indexOf("\"clients\""));
        QVERIFY(json.indexOf("\"clients\"") < json.indexOf("\"data\""));
        QVERIFY(json.indexOf("\"data\"") < json.indexOf("\"execution\""));
    }

    void specToJsonWritesEveryDocumentedKey() {
        QJsonParseError error;
        const QJsonObject root =
            QJsonDocument::fromJson(specToJson(FederationSpec{}), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QStringList layout{
            u"format"_s,
            u"name"_s,
            u"seed"_s,
            u"rounds"_s,
            u"clients"_s,
            u"data.dataset"_s,
            u"data.path"_s,
            u"data.train_limit"_s,
            u"data.test_limit"_s,
            u"data.csv.train"_s,
            u"data.csv.test"_s,
            u"data.csv.label_column"_s,
            u"data.csv.header"_s,
            u"data.csv.test_fraction"_s,
            u"data.synthetic.alpha"_s,
            u"data.synthetic.beta"_s,
            u"data.synthetic.dimension"_s,
            u"data.synthetic.classes"_s,
            u"data.synthetic.samples_per_client"_s,
            u"data.synthetic.test_samples"_s,
            u"data.synthetic.iid"_s,
            u"partition.scheme"_s,
            u"partition.alpha"_s,
            u"partition.shards_per_client"_s,
            u"partition.quantity_alpha"_s,
            u"partition.min_samples_per_client"_s,
            u"selection.fraction"_s,
            u"selection.min_clients"_s,
            u"selection.policy"_s,
            u"selection.deadline_seconds"_s,
            u"selection.max_wait_rounds"_s,
            u"selection.bandwidth_budget_hz"_s,
            u"selection.power_control"_s,
            u"model.architecture"_s,
            u"model.hidden"_s,
            u"model.path"_s,
            u"training.optimizer"_s,
            u"training.learning_rate"_s,
            u"training.momentum"_s,
            u"training.weight_decay"_s,
            u"training.adam_beta1"_s,
            u"training.adam_beta2"_s,
            u"training.adam_epsilon"_s,
            u"training.local_epochs"_s,
            u"training.batch_size"_s,
            u"strategy.name"_s,
            u"strategy.mu"_s,
            u"strategy.server_learning_rate"_s,
            u"strategy.server_momentum"_s,
            u"strategy.beta1"_s,
            u"strategy.beta2"_s,
            u"strategy.tau"_s,
            u"strategy.trim_fraction"_s,
            u"strategy.krum_byzantine"_s,
            u"strategy.multi_krum_m"_s,
            u"adversaries.count"_s,
            u"adversaries.clients"_s,
            u"adversaries.behaviour"_s,
            u"adversaries.scale"_s,
            u"adversaries.noise_std"_s,
            u"adversaries.seed"_s,
            u"validation.max_update_norm"_s,
            u"evaluation.every"_s,
            u"evaluation.per_client"_s,
            u"evaluation.batch_size"_s,
            u"energy.devices"_s,
            u"energy.client_devices"_s,
            u"energy.carbon_intensity_g_per_kwh"_s,
            u"energy.model_bytes"_s,
            u"energy.flops_per_sample"_s,
            u"energy.count_idle"_s,
            u"execution.workers"_s,
            u"ledger.store_updates"_s,
            u"privacy.dp.enabled"_s,
            u"privacy.dp.mode"_s,
            u"privacy.dp.noise_multiplier"_s,
            u"privacy.dp.clip_norm"_s,
            u"privacy.dp.delta"_s,
            u"privacy.dp.target_epsilon"_s,
            u"privacy.secure_aggregation.enabled"_s,
            u"privacy.secure_aggregation.threshold"_s,
            u"privacy.secure_aggregation.fixed_point_bits"_s,
            u"privacy.secure_aggregation.dropout_probability"_s,
        };
        int leaves = 0;
        for (const QString& path : layout) {
            QJsonValue value = root;
            for (const QString& key : path.split(u'.'))
                value = value.toObject().value(key);
            QVERIFY2(!value.isUndefined() && !value.isObject(), qPrintable(path));
            ++leaves;
        }
        // Count the leaves actually written, so that no undocumented key sneaks in.
        const auto countLeaves = [](const auto& self, const QJsonObject& object) -> int {
            int n = 0;
            for (auto it = object.begin(); it != object.end(); ++it)
                n += it->isObject() ? self(self, it->toObject()) : 1;
            return n;
        };
        QCOMPARE(countLeaves(countLeaves, root), leaves);
    }

    void sameSpecNoticesEveryField() {
        const FederationSpec base;
        QVERIFY(sameSpec(base, base));
        FederationSpec withBase = base;
        withBase.baseDirectory = u"/elsewhere"_s; // not serialized, so not compared
        QVERIFY(sameSpec(base, withBase));

        const FederationSpec other = unusualSpec();
        // Copy one section of `other` at a time into `base`: each must make a difference.
        const std::vector<std::function<void(FederationSpec&)>> changes{
            [&](FederationSpec& s) { s.name = other.name; },
            [&](FederationSpec& s) { s.seed = other.seed; },
            [&](FederationSpec& s) { s.rounds = other.rounds; },
            [&](FederationSpec& s) { s.clients = other.clients; },
            [&](FederationSpec& s) { s.data.dataset = other.data.dataset; },
            [&](FederationSpec& s) { s.data.path = other.data.path; },
            [&](FederationSpec& s) { s.data.trainLimit = other.data.trainLimit; },
            [&](FederationSpec& s) { s.data.testLimit = other.data.testLimit; },
            [&](FederationSpec& s) { s.data.csv.trainFile = other.data.csv.trainFile; },
            [&](FederationSpec& s) { s.data.csv.testFile = other.data.csv.testFile; },
            [&](FederationSpec& s) { s.data.csv.labelColumn = other.data.csv.labelColumn; },
            [&](FederationSpec& s) { s.data.csv.header = other.data.csv.header; },
            [&](FederationSpec& s) { s.data.csv.testFraction = other.data.csv.testFraction; },
            [&](FederationSpec& s) { s.data.synthetic.alpha = other.data.synthetic.alpha; },
            [&](FederationSpec& s) { s.data.synthetic.beta = other.data.synthetic.beta; },
            [&](FederationSpec& s) { s.data.synthetic.dimension = other.data.synthetic.dimension; },
            [&](FederationSpec& s) { s.data.synthetic.classes = other.data.synthetic.classes; },
            [&](FederationSpec& s) {
                s.data.synthetic.samplesPerClientMean = other.data.synthetic.samplesPerClientMean;
            },
            [&](FederationSpec& s) {
                s.data.synthetic.testSamples = other.data.synthetic.testSamples;
            },
            [&](FederationSpec& s) { s.data.synthetic.iid = other.data.synthetic.iid; },
            [&](FederationSpec& s) { s.partition.scheme = other.partition.scheme; },
            [&](FederationSpec& s) { s.partition.alpha = other.partition.alpha; },
            [&](FederationSpec& s) {
                s.partition.shardsPerClient = other.partition.shardsPerClient;
            },
            [&](FederationSpec& s) { s.partition.quantityAlpha = other.partition.quantityAlpha; },
            [&](FederationSpec& s) {
                s.partition.minSamplesPerClient = other.partition.minSamplesPerClient;
            },
            [&](FederationSpec& s) { s.selection.fraction = other.selection.fraction; },
            [&](FederationSpec& s) { s.selection.minClients = other.selection.minClients; },
            [&](FederationSpec& s) { s.selection.policy = other.selection.policy; },
            [&](FederationSpec& s) {
                s.selection.deadlineSeconds = other.selection.deadlineSeconds;
            },
            [&](FederationSpec& s) { s.selection.maxWaitRounds = other.selection.maxWaitRounds; },
            [&](FederationSpec& s) {
                s.selection.bandwidthBudgetHz = other.selection.bandwidthBudgetHz;
            },
            [&](FederationSpec& s) { s.selection.powerControl = other.selection.powerControl; },
            [&](FederationSpec& s) { s.energy.devices = other.energy.devices; },
            [&](FederationSpec& s) { s.energy.devices[0].share = 0.5; },
            [&](FederationSpec& s) { s.energy.clientDevices = other.energy.clientDevices; },
            [&](FederationSpec& s) { s.energy.profiles = other.energy.profiles; },
            [&](FederationSpec& s) { s.energy.carbonIntensity = other.energy.carbonIntensity; },
            [&](FederationSpec& s) { s.energy.modelBytes = other.energy.modelBytes; },
            [&](FederationSpec& s) { s.energy.flopsPerSample = other.energy.flopsPerSample; },
            [&](FederationSpec& s) { s.energy.countIdle = other.energy.countIdle; },
            [&](FederationSpec& s) { s.model.architecture = other.model.architecture; },
            [&](FederationSpec& s) { s.model.hidden = other.model.hidden; },
            [&](FederationSpec& s) { s.training.optimizer = other.training.optimizer; },
            [&](FederationSpec& s) { s.training.learningRate = other.training.learningRate; },
            [&](FederationSpec& s) { s.training.momentum = other.training.momentum; },
            [&](FederationSpec& s) { s.training.weightDecay = other.training.weightDecay; },
            [&](FederationSpec& s) { s.training.adamBeta1 = other.training.adamBeta1; },
            [&](FederationSpec& s) { s.training.adamBeta2 = other.training.adamBeta2; },
            [&](FederationSpec& s) { s.training.adamEpsilon = other.training.adamEpsilon; },
            [&](FederationSpec& s) { s.training.localEpochs = other.training.localEpochs; },
            [&](FederationSpec& s) { s.training.batchSize = other.training.batchSize; },
            [&](FederationSpec& s) { s.strategy.kind = other.strategy.kind; },
            [&](FederationSpec& s) { s.strategy.proximalMu = other.strategy.proximalMu; },
            [&](FederationSpec& s) {
                s.strategy.serverLearningRate = other.strategy.serverLearningRate;
            },
            [&](FederationSpec& s) { s.strategy.serverMomentum = other.strategy.serverMomentum; },
            [&](FederationSpec& s) { s.strategy.beta1 = other.strategy.beta1; },
            [&](FederationSpec& s) { s.strategy.beta2 = other.strategy.beta2; },
            [&](FederationSpec& s) { s.strategy.tau = other.strategy.tau; },
            [&](FederationSpec& s) { s.strategy.trimFraction = other.strategy.trimFraction; },
            [&](FederationSpec& s) { s.strategy.krumByzantine = other.strategy.krumByzantine; },
            [&](FederationSpec& s) {
                s.strategy.multiKrumSelected = other.strategy.multiKrumSelected;
            },
            [&](FederationSpec& s) { s.adversaries.count = 3; },
            [&](FederationSpec& s) { s.adversaries.clients = other.adversaries.clients; },
            [&](FederationSpec& s) { s.adversaries.behaviour = other.adversaries.behaviour; },
            [&](FederationSpec& s) { s.adversaries.scale = other.adversaries.scale; },
            [&](FederationSpec& s) { s.adversaries.noiseStd = other.adversaries.noiseStd; },
            [&](FederationSpec& s) { s.adversaries.seed = other.adversaries.seed; },
            [&](FederationSpec& s) { s.validation.maxUpdateNorm = other.validation.maxUpdateNorm; },
            [&](FederationSpec& s) { s.model.path = other.model.path; },
            [&](FederationSpec& s) { s.evaluation.every = other.evaluation.every; },
            [&](FederationSpec& s) { s.evaluation.perClient = other.evaluation.perClient; },
            [&](FederationSpec& s) { s.evaluation.batchSize = other.evaluation.batchSize; },
            [&](FederationSpec& s) { s.execution.workers = other.execution.workers; },
            [&](FederationSpec& s) { s.ledger.storeUpdates = other.ledger.storeUpdates; },
        };
        for (std::size_t i = 0; i < changes.size(); ++i) {
            FederationSpec changed = base;
            changes[i](changed);
            QVERIFY2(!sameSpec(base, changed), qPrintable(QString::number(i)));
        }
    }

    void enumNames() {
        QCOMPARE(datasetNames(), (QStringList{u"fashion-mnist"_s, u"mnist"_s, u"csv"_s,
                                              u"synthetic"_s, u"cifar10"_s}));
        QCOMPARE(partitionNames(),
                 (QStringList{u"iid"_s, u"dirichlet"_s, u"shards"_s, u"quantity"_s}));
        QCOMPARE(architectureNames(),
                 (QStringList{u"logreg"_s, u"mlp"_s, u"cnn"_s, u"lenet5"_s, u"torchscript"_s}));
        QCOMPARE(optimizerNames(), (QStringList{u"sgd"_s, u"adam"_s}));
        QCOMPARE(strategyNames(),
                 (QStringList{u"fedavg"_s, u"fedprox"_s, u"fedavgm"_s, u"fedadam"_s, u"fedyogi"_s,
                              u"fedadagrad"_s, u"scaffold"_s, u"median"_s, u"trimmed-mean"_s,
                              u"krum"_s, u"multi-krum"_s}));
        QCOMPARE(adversaryBehaviourNames(), (QStringList{u"sign-flip"_s, u"scaled"_s, u"gaussian"_s,
                                                         u"label-flip"_s, u"free-rider"_s}));
        for (const QString& name : adversaryBehaviourNames())
            QCOMPARE(adversaryBehaviourName(*parseAdversaryBehaviour(name)), name);
        QCOMPARE(datasetName(DatasetKind::Cifar10), u"cifar10"_s);
        QCOMPARE(architectureName(ModelArchitecture::TorchScript), u"torchscript"_s);
        QCOMPARE(selectionPolicyNames(),
                 (QStringList{u"random"_s, u"energy-aware"_s, u"deadline-aware"_s}));
        for (const QString& name : selectionPolicyNames())
            QCOMPARE(selectionPolicyName(*parseSelectionPolicy(name)), name);
        QVERIFY(!parseSelectionPolicy(u"energy_aware"));

        QCOMPARE(datasetName(DatasetKind::FashionMnist), u"fashion-mnist"_s);
        QCOMPARE(partitionName(PartitionScheme::Quantity), u"quantity"_s);
        QCOMPARE(architectureName(ModelArchitecture::LogisticRegression), u"logreg"_s);
        QCOMPARE(architectureName(ModelArchitecture::LeNet5), u"lenet5"_s);
        QCOMPARE(optimizerName(OptimizerKind::Adam), u"adam"_s);
        QCOMPARE(strategyName(StrategyKind::FedProx), u"fedprox"_s);

        for (const QString& name : datasetNames())
            QCOMPARE(datasetName(*parseDataset(name)), name);
        for (const QString& name : partitionNames())
            QCOMPARE(partitionName(*parsePartition(name)), name);
        for (const QString& name : architectureNames())
            QCOMPARE(architectureName(*parseArchitecture(name)), name);
        for (const QString& name : optimizerNames())
            QCOMPARE(optimizerName(*parseOptimizer(name)), name);
        for (const QString& name : strategyNames())
            QCOMPARE(strategyName(*parseStrategy(name)), name);

        // One spelling: no case folding, no aliases.
        QVERIFY(!parseDataset(u"MNIST"));
        QVERIFY(!parseDataset(u"fashion_mnist"));
        QVERIFY(!parsePartition(u""));
        QVERIFY(!parseArchitecture(u"logistic"));
        QVERIFY(!parseOptimizer(u"SGD"));
        QVERIFY(!parseStrategy(u"FedAvgM"));
        QVERIFY(!parseStrategy(u"trimmed_mean"));
        QVERIFY(!parseAdversaryBehaviour(u"signflip"));
    }

    void applyOverride_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("top-level number")
            << QByteArray("{}") << u"rounds=5"_s << QByteArray(R"({"rounds":5})");
        QTest::newRow("replaces a value")
            << QByteArray(R"({"rounds":3})") << u"rounds=7"_s << QByteArray(R"({"rounds":7})");
        QTest::newRow("nested, creating the object")
            << QByteArray("{}") << u"partition.alpha=0.1"_s
            << QByteArray(R"({"partition":{"alpha":0.1}})");
        QTest::newRow("nested, keeping siblings")
            << QByteArray(R"({"partition":{"scheme":"dirichlet"}})") << u"partition.alpha=0.1"_s
            << QByteArray(R"({"partition":{"scheme":"dirichlet","alpha":0.1}})");
        QTest::newRow("two levels created")
            << QByteArray("{}") << u"data.csv.train=train.csv"_s
            << QByteArray(R"({"data":{"csv":{"train":"train.csv"}}})");
        QTest::newRow("array") << QByteArray("{}") << u"model.hidden=[100,50]"_s
                               << QByteArray(R"({"model":{"hidden":[100,50]}})");
        QTest::newRow("array with spaces") << QByteArray("{}") << u"model.hidden=[ 100, 50 ]"_s
                                           << QByteArray(R"({"model":{"hidden":[100,50]}})");
        QTest::newRow("plain string") << QByteArray("{}") << u"data.dataset=mnist"_s
                                      << QByteArray(R"({"data":{"dataset":"mnist"}})");
        QTest::newRow("quoted string")
            << QByteArray("{}") << u"name=\"42\""_s << QByteArray(R"({"name":"42"})");
        QTest::newRow("string with spaces")
            << QByteArray("{}") << u"name=My run"_s << QByteArray(R"({"name":"My run"})");
        QTest::newRow("string with =")
            << QByteArray("{}") << u"name=a=b"_s << QByteArray(R"({"name":"a=b"})");
        QTest::newRow("string that is two JSON values")
            << QByteArray("{}") << u"name=1,2"_s << QByteArray(R"({"name":"1,2"})");
        QTest::newRow("empty value")
            << QByteArray("{}") << u"name="_s << QByteArray(R"({"name":""})");
        QTest::newRow("bool") << QByteArray("{}") << u"data.csv.header=false"_s
                              << QByteArray(R"({"data":{"csv":{"header":false}}})");
        QTest::newRow("null") << QByteArray("{}") << u"seed=null"_s
                              << QByteArray(R"({"seed":null})");
        QTest::newRow("object value") << QByteArray("{}") << u"model={\"architecture\":\"cnn\"}"_s
                                      << QByteArray(R"({"model":{"architecture":"cnn"}})");
        QTest::newRow("spaces around the path")
            << QByteArray("{}") << u" rounds =5"_s << QByteArray(R"({"rounds":5})");
    }

    void applyOverride() {
        QFETCH(QByteArray, before);
        QFETCH(QString, assignment);
        QFETCH(QByteArray, after);
        QJsonObject root = QJsonDocument::fromJson(before).object();
        const Status status = fed::applyOverride(root, assignment);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QCOMPARE(QJsonDocument(root), QJsonDocument::fromJson(after));
    }

    void applyOverrideErrors_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing =") << QByteArray("{}") << u"rounds5"_s << u"missing '='"_s;
        QTest::newRow("empty") << QByteArray("{}") << QString() << u"missing '='"_s;
        QTest::newRow("empty path") << QByteArray("{}") << u"=5"_s << u"empty path"_s;
        QTest::newRow("empty segment") << QByteArray("{}") << u"a..b=1"_s << u"empty field name"_s;
        QTest::newRow("trailing dot")
            << QByteArray("{}") << u"partition.=1"_s << u"empty field name"_s;
        QTest::newRow("through a string")
            << QByteArray(R"({"data":{"dataset":"csv"}})") << u"data.dataset.kind=1"_s
            << u"data.dataset is \"csv\", not an object"_s;
    }

    void applyOverrideErrors() {
        QFETCH(QByteArray, before);
        QFETCH(QString, assignment);
        QFETCH(QString, words);
        QJsonObject root = QJsonDocument::fromJson(before).object();
        const QJsonObject original = root;
        const Status status = fed::applyOverride(root, assignment);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(u"override \"%1\""_s.arg(assignment)),
                 qPrintable(status.error()));
        QVERIFY2(status.error().contains(words), qPrintable(status.error()));
        QCOMPARE(root, original);
    }

    void overridesApplyInOrderOverTheDocument() {
        const auto spec = parse(
            R"({"rounds": 3, "partition": {"scheme": "dirichlet", "alpha": 0.5}})",
            {u"rounds=4"_s, u"partition.alpha=0.1"_s, u"rounds=6"_s, u"model.hidden=[100,50]"_s,
             u"data.dataset=synthetic"_s, u"execution.workers=2"_s});
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QCOMPARE(spec->rounds, 6);
        QCOMPARE(spec->partition.scheme, PartitionScheme::Dirichlet);
        QCOMPARE(spec->partition.alpha, 0.1);
        QCOMPARE(spec->model.hidden, (std::vector<int>{100, 50}));
        QCOMPARE(spec->data.dataset, DatasetKind::Synthetic);
        QCOMPARE(spec->execution.workers, 2);
    }

    void overrideCanRepairADocument() {
        // Overrides apply before checking, so `--set` can fix a bad value in a file.
        const auto spec = parse(R"({"clients": 0})", {u"clients=5"_s});
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QCOMPARE(spec->clients, 5);
    }

    void loadSpecFileSetsTheBaseDirectory() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"run.fed.json"_s);
        QVERIFY(writeFile(path, R"({"data": {"dataset": "csv", "csv": {"train": "t.csv"}}})"));
        const auto spec = loadSpecFile(path, {u"rounds=2"_s});
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QCOMPARE(spec->baseDirectory, QFileInfo(path).absolutePath());
        QCOMPARE(spec->data.csv.trainFile, u"t.csv"_s); // kept relative: the loader resolves it
        QCOMPARE(spec->rounds, 2);
    }

    void loadSpecFileBlamesABadOverrideNotTheFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"good.fed.json"_s);
        QVERIFY(writeFile(path, R"({"rounds": 5})"));
        auto spec = loadSpecFile(path, {u"clients=4"_s, u"rounds=abc"_s});
        QVERIFY(!spec.ok());
        QVERIFY2(
            spec.error().contains(u"is valid, but not with the overrides clients=4, rounds=abc"_s),
            qPrintable(spec.error()));
        QVERIFY(hasLineStartingWith(spec.error(), u"rounds: must be an integer, got \"abc\""_s));
        // A bad file stays the file's fault, overrides or not.
        QVERIFY(writeFile(path, R"({"rounds": 0})"));
        spec = loadSpecFile(path, {u"clients=4"_s});
        QVERIFY(!spec.ok());
        QVERIFY2(spec.error().contains(u"is not valid:"_s), qPrintable(spec.error()));
    }

    void loadSpecFileErrorsNameTheFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        const QString missing = dir.filePath(u"nope.fed.json"_s);
        auto spec = loadSpecFile(missing);
        QVERIFY(!spec.ok());
        QVERIFY2(spec.error().contains(QDir::toNativeSeparators(missing)),
                 qPrintable(spec.error()));
        QVERIFY(spec.error().contains(u"does not exist"_s));

        spec = loadSpecFile(dir.path());
        QVERIFY(!spec.ok());
        QVERIFY2(spec.error().contains(u"is a folder"_s), qPrintable(spec.error()));

        const QString invalid = dir.filePath(u"bad.fed.json"_s);
        QVERIFY(writeFile(invalid, R"({"clients": 0, "rounds": 2.5})"));
        spec = loadSpecFile(invalid);
        QVERIFY(!spec.ok());
        QVERIFY(spec.error().contains(QDir::toNativeSeparators(invalid)));
        QVERIFY(hasLineStartingWith(spec.error(), u"clients: must be 1..100000, got 0"_s));
        QVERIFY(hasLineStartingWith(spec.error(), u"rounds: must be an integer, got 2.5"_s));

        const QString huge = dir.filePath(u"huge.fed.json"_s);
        QVERIFY(writeFile(huge, QByteArray((1 << 20) + 1, ' ')));
        spec = loadSpecFile(huge);
        QVERIFY(!spec.ok());
        QVERIFY2(spec.error().contains(u"probably not a spec file"_s), qPrintable(spec.error()));

        const QString syntax = dir.filePath(u"syntax.fed.json"_s);
        QVERIFY(writeFile(syntax, "{\n  \"rounds\": 5\n  \"clients\": 3\n}"));
        spec = loadSpecFile(syntax);
        QVERIFY(!spec.ok());
        QVERIFY(spec.error().contains(QDir::toNativeSeparators(syntax)));
        QVERIFY2(spec.error().contains(u"line 3"_s), qPrintable(spec.error()));
    }

    void presetsLoad_data() {
        QTest::addColumn<QString>("file");
        const QStringList files =
            QDir(presetDirectory()).entryList({u"*.fed.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 5);
        for (const QString& file : files)
            QTest::addRow("%s", qPrintable(file)) << file;
    }

    void presetsLoad() {
        QFETCH(QString, file);
        const QString path = QDir(presetDirectory()).filePath(file);
        const auto spec = loadSpecFile(path);
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QVERIFY(readFile(path).contains("\"format\": \"fedstudio-spec/1\""));
        const auto again = parse(specToJson(*spec));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QVERIFY(sameSpec(*again, *spec));
    }

    void docsExampleIsTheDemoPresetAsSaved() {
        // docs/spec.md shows demo.fed.json as specToJson writes it; keep the two in step.
        const QByteArray docs = readFile(QString::fromUtf8(FED_SOURCE_DIR "/docs/spec.md"));
        const qsizetype start = docs.indexOf("```json\n");
        QVERIFY(start >= 0);
        const qsizetype end = docs.indexOf("```", start + 8);
        QVERIFY(end > start);
        const QByteArray example = docs.mid(start + 8, end - start - 8);
        const auto demo = loadSpecFile(QDir(presetDirectory()).filePath(u"demo.fed.json"_s));
        QVERIFY2(demo.ok(), qPrintable(demo.error()));
        QCOMPARE(example, specToJson(*demo));
    }

    void presetContents() {
        const auto load = [](const char16_t* name) {
            auto spec = loadSpecFile(QDir(presetDirectory()).filePath(QString::fromUtf16(name)));
            if (!spec.ok())
                qWarning("%s", qPrintable(spec.error()));
            return spec;
        };

        const auto iid = load(u"fashion-mlp-iid.fed.json");
        QVERIFY(iid.ok());
        QCOMPARE(iid->name, u"Fashion-MNIST · MLP · IID"_s);
        QCOMPARE(iid->seed, 1ULL);
        QCOMPARE(iid->clients, 10);
        QCOMPARE(iid->rounds, 10);
        QCOMPARE(iid->selection.fraction, 1.0);
        QCOMPARE(iid->data.dataset, DatasetKind::FashionMnist);
        QCOMPARE(iid->model.architecture, ModelArchitecture::Mlp);
        QCOMPARE(iid->model.hidden, (std::vector<int>{200, 200}));
        QCOMPARE(iid->training.optimizer, OptimizerKind::Sgd);
        QCOMPARE(iid->training.learningRate, 0.05);
        QCOMPARE(iid->training.momentum, 0.9);
        QCOMPARE(iid->training.localEpochs, 2);
        QCOMPARE(iid->training.batchSize, 32);
        QCOMPARE(iid->strategy.kind, StrategyKind::FedAvg);
        QCOMPARE(iid->partition.scheme, PartitionScheme::Iid);

        const auto cnn = load(u"fashion-cnn-dirichlet.fed.json");
        QVERIFY(cnn.ok());
        QCOMPARE(cnn->name, u"Fashion-MNIST · CNN · Dirichlet 0.5"_s);
        QCOMPARE(cnn->clients, 10);
        QCOMPARE(cnn->rounds, 20);
        QCOMPARE(cnn->model.architecture, ModelArchitecture::Cnn);
        QCOMPARE(cnn->partition.scheme, PartitionScheme::Dirichlet);
        QCOMPARE(cnn->partition.alpha, 0.5);
        QCOMPARE(cnn->training.learningRate, 0.02);
        QCOMPARE(cnn->training.momentum, 0.9);
        QCOMPARE(cnn->training.localEpochs, 1);
        QCOMPARE(cnn->training.batchSize, 32);
        QCOMPARE(cnn->strategy.kind, StrategyKind::FedAvg);

        const auto quick = load(u"synthetic-quick.fed.json");
        QVERIFY(quick.ok());
        QCOMPARE(quick->name, u"Synthetic(1,1) · quick"_s);
        QCOMPARE(quick->data.dataset, DatasetKind::Synthetic);
        QCOMPARE(quick->data.synthetic.alpha, 1.0);
        QCOMPARE(quick->data.synthetic.beta, 1.0);
        QCOMPARE(quick->data.synthetic.dimension, 60);
        QCOMPARE(quick->data.synthetic.classes, 10);
        QCOMPARE(quick->data.synthetic.samplesPerClientMean, 200);
        QCOMPARE(quick->data.synthetic.testSamples, 2000);
        QCOMPARE(quick->clients, 10);
        QCOMPARE(quick->rounds, 5);
        QCOMPARE(quick->model.architecture, ModelArchitecture::LogisticRegression);
        QCOMPARE(quick->training.learningRate, 0.05);
        QCOMPARE(quick->training.localEpochs, 1);
        QCOMPARE(quick->training.batchSize, 16);
        QCOMPARE(quick->strategy.kind, StrategyKind::FedAvg);

        const auto demo = load(u"demo.fed.json");
        QVERIFY(demo.ok());
        QCOMPARE(demo->name, u"Demo · Fashion-MNIST · 20 clients · Dirichlet 0.5"_s);
        QCOMPARE(demo->clients, 20);
        QCOMPARE(demo->selection.fraction, 0.5);
        QCOMPARE(demo->selection.minClients, 5);
        QCOMPARE(demo->rounds, 15);
        QCOMPARE(demo->model.hidden, (std::vector<int>{200, 200}));
        QCOMPARE(demo->training.learningRate, 0.05);
        QCOMPARE(demo->training.momentum, 0.9);
        QCOMPARE(demo->training.localEpochs, 1);
        QCOMPARE(demo->training.batchSize, 32);
        QCOMPARE(demo->partition.scheme, PartitionScheme::Dirichlet);
        QCOMPARE(demo->partition.alpha, 0.5);
        QCOMPARE(demo->data.trainLimit, 0);

        const auto shards = load(u"fashion-mlp-shards-fedprox.fed.json");
        QVERIFY(shards.ok());
        QCOMPARE(shards->name, u"Fashion-MNIST · MLP · shards · FedProx"_s);
        QCOMPARE(shards->data.dataset, DatasetKind::FashionMnist);
        QCOMPARE(shards->clients, 100);
        QCOMPARE(shards->selection.fraction, 0.1);
        QCOMPARE(shards->rounds, 30);
        QCOMPARE(shards->partition.scheme, PartitionScheme::Shards);
        QCOMPARE(shards->partition.shardsPerClient, 2);
        QCOMPARE(shards->model.architecture, ModelArchitecture::Mlp);
        QCOMPARE(shards->model.hidden, (std::vector<int>{200, 200}));
        QCOMPARE(shards->strategy.kind, StrategyKind::FedProx);
        QCOMPARE(shards->strategy.proximalMu, 0.01);
    }
};

QTEST_GUILESS_MAIN(TestSpec)
#include "test_spec.moc"
