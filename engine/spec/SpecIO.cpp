#include "engine/spec/SpecIO.h"

#include "engine/energy/DeviceProfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <set>

namespace fed {

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------------
// Enum names

template <typename E> struct NamedValue {
    E value;
    QStringView name;
};

constexpr NamedValue<DatasetKind> kDatasets[] = {
    {DatasetKind::FashionMnist, u"fashion-mnist"},
    {DatasetKind::Mnist, u"mnist"},
    {DatasetKind::Csv, u"csv"},
    {DatasetKind::Synthetic, u"synthetic"},
    {DatasetKind::Cifar10, u"cifar10"},
};
constexpr NamedValue<PartitionScheme> kPartitions[] = {
    {PartitionScheme::Iid, u"iid"},
    {PartitionScheme::Dirichlet, u"dirichlet"},
    {PartitionScheme::Shards, u"shards"},
    {PartitionScheme::Quantity, u"quantity"},
};
constexpr NamedValue<ModelArchitecture> kArchitectures[] = {
    {ModelArchitecture::LogisticRegression, u"logreg"},
    {ModelArchitecture::Mlp, u"mlp"},
    {ModelArchitecture::Cnn, u"cnn"},
    {ModelArchitecture::LeNet5, u"lenet5"},
    {ModelArchitecture::TorchScript, u"torchscript"},
};
constexpr NamedValue<OptimizerKind> kOptimizers[] = {
    {OptimizerKind::Sgd, u"sgd"},
    {OptimizerKind::Adam, u"adam"},
};
constexpr NamedValue<StrategyKind> kStrategies[] = {
    {StrategyKind::FedAvg, u"fedavg"},
    {StrategyKind::FedProx, u"fedprox"},
    {StrategyKind::FedAvgM, u"fedavgm"},
    {StrategyKind::FedAdam, u"fedadam"},
    {StrategyKind::FedYogi, u"fedyogi"},
    {StrategyKind::FedAdagrad, u"fedadagrad"},
    {StrategyKind::Scaffold, u"scaffold"},
    {StrategyKind::Median, u"median"},
    {StrategyKind::TrimmedMean, u"trimmed-mean"},
    {StrategyKind::Krum, u"krum"},
    {StrategyKind::MultiKrum, u"multi-krum"},
};
constexpr NamedValue<AdversaryBehaviour> kAdversaryBehaviours[] = {
    {AdversaryBehaviour::SignFlip, u"sign-flip"},   {AdversaryBehaviour::Scaled, u"scaled"},
    {AdversaryBehaviour::Gaussian, u"gaussian"},    {AdversaryBehaviour::LabelFlip, u"label-flip"},
    {AdversaryBehaviour::FreeRider, u"free-rider"},
};
constexpr NamedValue<ContributionMethod> kContributionMethods[] = {
    {ContributionMethod::Auto, u"auto"},       {ContributionMethod::Exact, u"exact"},
    {ContributionMethod::Gtg, u"gtg"},         {ContributionMethod::Tmc, u"tmc"},
    {ContributionMethod::LeaveOneOut, u"loo"}, {ContributionMethod::Cosine, u"cosine"},
};
constexpr NamedValue<ContributionUtility> kContributionUtilities[] = {
    {ContributionUtility::Loss, u"loss"},
    {ContributionUtility::Accuracy, u"accuracy"},
};
constexpr NamedValue<LaunchMode> kLaunchModes[] = {
    {LaunchMode::InProcess, u"in_process"},
    {LaunchMode::Local, u"local"},
    {LaunchMode::Ssh, u"ssh"},
};
constexpr NamedValue<SelectionPolicy> kSelectionPolicies[] = {
    {SelectionPolicy::Random, u"random"},
    {SelectionPolicy::EnergyAware, u"energy-aware"},
    {SelectionPolicy::DeadlineAware, u"deadline-aware"},
};
constexpr NamedValue<DpMode> kDpModes[] = {
    {DpMode::Central, u"central"},
    {DpMode::Local, u"local"},
};

template <typename E, std::size_t N>
const NamedValue<E>* findValue(const NamedValue<E> (&table)[N], E value) {
    for (const auto& entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template <typename E, std::size_t N> QString nameOf(const NamedValue<E> (&table)[N], E value) {
    // Only values cast from outside the enum (a reader's poison value) have no name.
    const auto* entry = findValue(table, value);
    return entry ? entry->name.toString() : u"unknown"_s;
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const NamedValue<E> (&table)[N], QStringView name) {
    for (const auto& entry : table) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList namesOf(const NamedValue<E> (&table)[N]) {
    QStringList names;
    for (const auto& entry : table)
        names.append(entry.name.toString());
    return names;
}

// A value no enum declares: marks an enum field whose JSON was rejected, so that cross-field
// rules in validateSpec skip it instead of reasoning about the default.
template <typename E> constexpr E poisonEnum() {
    return static_cast<E>(-1);
}

// ---------------------------------------------------------------------------------------------
// Ranges: one table, shared by the reader (for numbers too large for the field's C++ type)
// and by validateSpec.

struct IntRange {
    std::int64_t low;
    std::int64_t high;
};

struct DoubleRange {
    double low;
    bool lowOpen;
    double high;
    bool highOpen;
};

constexpr std::uint64_t kMaxSeed = 9007199254740991ULL; // 2^53 - 1: exact in every JSON reader
constexpr int kMaxNameLength = 200;
constexpr int kMaxHiddenLayers = 16;
constexpr qint64 kMaxSpecFileBytes = 1 << 20;

constexpr IntRange kClients{1, 100000};
constexpr IntRange kRounds{1, 100000};
constexpr IntRange kMinClients{1, 100000}; // and at most `clients`
constexpr IntRange kLocalEpochs{1, 1000};
constexpr IntRange kBatchSize{1, 65536};
constexpr IntRange kHiddenWidth{1, 65536};
constexpr IntRange kShardsPerClient{1, 1000};
constexpr IntRange kMinSamplesPerClient{0, 100000};
constexpr IntRange kEvaluationEvery{1, 100000};
constexpr IntRange kEvaluationBatch{1, 100000};
constexpr IntRange kWorkers{0, 1024};
constexpr IntRange kDataLimit{0, 100000000};
constexpr IntRange kDimension{1, 100000};
constexpr IntRange kClasses{2, 1000};
constexpr IntRange kSamplesPerClient{1, 1000000};
constexpr IntRange kTestSamples{1, 10000000};

constexpr DoubleRange kFraction{0.0, true, 1.0, false};
constexpr DoubleRange kLearningRate{0.0, true, 10.0, false};
constexpr DoubleRange kMomentum{0.0, false, 1.0, true};
constexpr DoubleRange kWeightDecay{0.0, false, 1.0, false};
constexpr DoubleRange kAdamBeta{0.0, false, 1.0, true};
constexpr DoubleRange kAdamEpsilon{0.0, true, 1.0, false};
constexpr DoubleRange kDirichletAlpha{0.0, true, 1000.0, false};
constexpr DoubleRange kQuantityAlpha{0.0, true, 1000.0, false};
constexpr DoubleRange kProximalMu{0.0, false, 100.0, false};
constexpr DoubleRange kServerLearningRate{0.0, true, 100.0, false};
constexpr DoubleRange kSyntheticSkew{0.0, false, 100.0, false};
constexpr DoubleRange kTestFraction{0.0, true, 1.0, true};
constexpr DoubleRange kServerMomentum{0.0, false, 1.0, true};
constexpr DoubleRange kMomentDecay{0.0, false, 1.0, true};
constexpr DoubleRange kTau{0.0, true, 1.0, false};
constexpr DoubleRange kTrimFraction{0.0, false, 0.5, true};
constexpr IntRange kKrumByzantine{0, 100000};     // and 2f + 3 <= clients per round
constexpr IntRange kMultiKrumSelected{0, 100000}; // and at most the clients per round
constexpr IntRange kAdversaryCount{0, 100000};    // and at most `clients`
constexpr IntRange kAdversaryClient{0, 99999};    // and below `clients`
constexpr DoubleRange kAdversaryScale{0.0, true, 1e6, false};
constexpr DoubleRange kNoiseStd{0.0, true, 1e6, false};
constexpr DoubleRange kMaxUpdateNorm{0.0, false, 1e12, false};
constexpr DoubleRange kNoiseMultiplier{0.0, true, 1000.0, false};
constexpr DoubleRange kClipNorm{0.0, true, 1e6, false};
constexpr DoubleRange kDelta{0.0, true, 0.1, false};
constexpr DoubleRange kTargetEpsilon{0.0, false, 1e6, false};
constexpr IntRange kFixedPointBits{8, 40};
constexpr DoubleRange kDropoutProbability{0.0, false, 1.0, true};
constexpr IntRange kContributionBudget{1, 1000000};
constexpr IntRange kValidationSamples{1, 10000000}; // and fewer than the training samples
constexpr DoubleRange kTruncation{0.0, false, 1.0, true};
constexpr DoubleRange kRoundTolerance{0.0, false, 1e6, false};
constexpr DoubleRange kRewardPool{0.0, false, 1e15, false};
constexpr DoubleRange kEnergyWeight{0.0, false, 1.0, false};

constexpr IntRange kMaxWaitRounds{0, 100000}; // and, when not 0, enough for every client's turn
constexpr IntRange kModelBytes{0, 1000000000};
constexpr DoubleRange kDeadlineSeconds{0.0, false, 86400.0, false};
constexpr DoubleRange kBandwidthBudget{0.0, false, 1e12, false};
constexpr DoubleRange kCarbonIntensity{0.0, false, 1e4, false};
constexpr DoubleRange kFlopsPerSample{0.0, false, 1e15, false};
constexpr DoubleRange kDeviceShare{0.0, true, 10000.0, false};
constexpr int kMaxProfileNameLength = 100;

// ---------------------------------------------------------------------------------------------
// Message helpers

QString numberText(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString quoted(const QString& text) {
    constexpr int kShown = 60; // enough to recognise a value without flooding a message
    if (text.size() > kShown)
        return u'"' + text.left(kShown) + u"…\""_s;
    return u'"' + text + u'"';
}

//! The JSON value as a user would recognise it in a message.
QString describe(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        // Integers are kept exactly by QJsonValue; print them without a round trip via double.
        const QVariant variant = value.toVariant();
        if (variant.typeId() == QMetaType::LongLong)
            return QString::number(variant.toLongLong());
        return numberText(value.toDouble());
    }
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString rangeText(IntRange range) {
    return u"%1..%2"_s.arg(range.low).arg(range.high);
}

QString rangeText(DoubleRange range) {
    return QChar(range.lowOpen ? u'(' : u'[') + numberText(range.low) + u", "_s +
           numberText(range.high) + QChar(range.highOpen ? u')' : u']');
}

QString outOfRange(IntRange range, const QString& given) {
    return u"must be %1, got %2"_s.arg(rangeText(range), given);
}

QString outOfRange(DoubleRange range, const QString& given) {
    return u"must be in %1, got %2"_s.arg(rangeText(range), given);
}

bool inRange(std::int64_t value, IntRange range) {
    return value >= range.low && value <= range.high;
}

bool inRange(double value, DoubleRange range) {
    // Written so that NaN (a reader's poison value) is out of every range.
    const bool aboveLow = range.lowOpen ? value > range.low : value >= range.low;
    const bool belowHigh = range.highOpen ? value < range.high : value <= range.high;
    return aboveLow && belowHigh;
}

int editDistance(const QString& a, const QString& b) {
    std::vector<int> previous(static_cast<std::size_t>(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int substitution = previous[uj - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[uj] = std::min({previous[uj] + 1, current[uj - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

//! `; did you mean "x"?` for a near miss (typo or wrong case), else nothing.
QString suggestion(const QString& given, const QStringList& options) {
    const QString lowered = given.toLower();
    const int tolerance = lowered.size() <= 3 ? 1 : 2;
    QString best;
    int bestDistance = tolerance + 1;
    for (const QString& option : options) {
        const int distance = editDistance(lowered, option);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = option;
        }
    }
    return best.isEmpty() ? QString() : u"; did you mean \"%1\"?"_s.arg(best);
}

QString joinPath(const QString& prefix, QStringView key) {
    return prefix.isEmpty() ? key.toString() : prefix + u'.' + key.toString();
}

//! The integral value of a JSON number (as double, for range comparisons), or nothing.
std::optional<double> integralNumber(const QJsonValue& value) {
    if (!value.isDouble())
        return std::nullopt;
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return static_cast<double>(variant.toLongLong());
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number)
        return std::nullopt;
    return number;
}

// ---------------------------------------------------------------------------------------------
// Keys, in the documented (and written) order

const QStringList kRootKeys{u"format"_s,     u"name"_s,       u"seed"_s,         u"rounds"_s,
                            u"clients"_s,    u"data"_s,       u"partition"_s,    u"selection"_s,
                            u"model"_s,      u"training"_s,   u"strategy"_s,     u"adversaries"_s,
                            u"validation"_s, u"evaluation"_s, u"energy"_s,       u"execution"_s,
                            u"ledger"_s,     u"privacy"_s,    u"contribution"_s, u"launch"_s};
const QStringList kDataKeys{u"dataset"_s,    u"path"_s, u"train_limit"_s,
                            u"test_limit"_s, u"csv"_s,  u"synthetic"_s};
const QStringList kCsvKeys{u"train"_s, u"test"_s, u"label_column"_s, u"header"_s,
                           u"test_fraction"_s};
const QStringList kSyntheticKeys{
    u"alpha"_s,        u"beta"_s, u"dimension"_s, u"classes"_s, u"samples_per_client"_s,
    u"test_samples"_s, u"iid"_s};
const QStringList kPartitionKeys{u"scheme"_s, u"alpha"_s, u"shards_per_client"_s,
                                 u"quantity_alpha"_s, u"min_samples_per_client"_s};
const QStringList kSelectionKeys{
    u"fraction"_s,        u"min_clients"_s,         u"policy"_s,       u"deadline_seconds"_s,
    u"max_wait_rounds"_s, u"bandwidth_budget_hz"_s, u"power_control"_s};
const QStringList kEnergyKeys{
    u"devices"_s,     u"client_devices"_s,   u"profiles"_s,  u"carbon_intensity_g_per_kwh"_s,
    u"model_bytes"_s, u"flops_per_sample"_s, u"count_idle"_s};
const QStringList kDeviceShareKeys{u"profile"_s, u"share"_s};
const QStringList kModelKeys{u"architecture"_s, u"hidden"_s, u"path"_s};
const QStringList kTrainingKeys{u"optimizer"_s,    u"learning_rate"_s, u"momentum"_s,
                                u"weight_decay"_s, u"adam_beta1"_s,    u"adam_beta2"_s,
                                u"adam_epsilon"_s, u"local_epochs"_s,  u"batch_size"_s};
const QStringList kStrategyKeys{
    u"name"_s,  u"mu"_s,  u"server_learning_rate"_s, u"server_momentum"_s, u"beta1"_s,
    u"beta2"_s, u"tau"_s, u"trim_fraction"_s,        u"krum_byzantine"_s,  u"multi_krum_m"_s};
const QStringList kAdversaryKeys{u"count"_s,     u"clients"_s, u"behaviour"_s, u"scale"_s,
                                 u"noise_std"_s, u"seed"_s,    u"groups"_s};
const QStringList kAdversaryGroupKeys{u"clients"_s, u"behaviour"_s, u"scale"_s, u"noise_std"_s};
const QStringList kValidationKeys{u"max_update_norm"_s};
const QStringList kEvaluationKeys{u"every"_s, u"per_client"_s, u"batch_size"_s};
const QStringList kExecutionKeys{u"workers"_s};
const QStringList kLedgerKeys{u"store_updates"_s};
const QStringList kPrivacyKeys{u"dp"_s, u"secure_aggregation"_s};
const QStringList kSecureAggregationKeys{u"enabled"_s, u"threshold"_s, u"fixed_point_bits"_s,
                                         u"dropout_probability"_s};
const QStringList kDpKeys{u"enabled"_s,   u"mode"_s,  u"noise_multiplier"_s,
                          u"clip_norm"_s, u"delta"_s, u"target_epsilon"_s};
const QStringList kContributionKeys{
    u"enabled"_s,    u"method"_s,          u"utility"_s, u"budget"_s, u"validation_samples"_s,
    u"truncation"_s, u"round_tolerance"_s, u"reward"_s};
const QStringList kRewardKeys{u"rule"_s, u"pool"_s, u"energy_weight"_s};
const QStringList kLaunchKeys{u"mode"_s,
                              u"kit_dir"_s,
                              u"listen"_s,
                              u"hosts"_s,
                              u"round_deadline_seconds"_s,
                              u"join_timeout_seconds"_s,
                              u"quorum"_s,
                              u"data_paths"_s};
const QStringList kLaunchHostKeys{u"host"_s, u"port"_s, u"identity_file"_s, u"fednode"_s,
                                  u"ssh_options"_s};

// ---------------------------------------------------------------------------------------------
// Reading: types, enum values and unknown keys. Ranges are left to validateSpec; a field whose
// JSON is rejected gets a value validateSpec also rejects (INT_MIN, NaN, empty, an unnamed enum),
// so cross-field rules never reason about a default the user did not ask for, and the
// duplicate validateSpec reports for that path is dropped in favour of the reader's message.

constexpr int kPoisonInt = std::numeric_limits<int>::min();

class SpecReader {
public:
    explicit SpecReader(std::vector<SpecProblem>& problems)
        : m_problems(problems) {}

    void report(const QString& path, QString message) {
        m_problems.push_back({path, std::move(message)});
        m_reported.insert(path);
    }

    bool reported(const QString& path) const { return m_reported.contains(path); }

    //! Whether `path` or a value containing it (`energy.devices[1]` for
    //! `energy.devices[1].share`) was rejected: its checks would only repeat the complaint.
    bool coveredByReport(QString path) const {
        while (!path.isEmpty()) {
            if (m_reported.contains(path))
                return true;
            path.truncate(std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'[')));
        }
        return false;
    }

    void checkKeys(const QJsonObject& object, const QString& prefix, const QStringList& allowed) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (allowed.contains(it.key()))
                continue;
            report(joinPath(prefix, it.key()),
                   u"unknown field (allowed: %1)%2"_s.arg(allowed.join(u", "),
                                                          suggestion(it.key(), allowed)));
        }
    }

    //! The object at `key`: empty when absent, nothing (reported) when not an object.
    std::optional<QJsonObject> section(const QJsonObject& parent, const QString& prefix,
                                       QStringView key) {
        const auto it = parent.constFind(key);
        if (it == parent.constEnd())
            return QJsonObject();
        if (!it->isObject()) {
            report(joinPath(prefix, key), u"must be an object, got %1"_s.arg(describe(*it)));
            return std::nullopt;
        }
        return it->toObject();
    }

    void readInt(const QJsonObject& object, const QString& prefix, QStringView key, int& out,
                 IntRange range) {
        const auto it = object.constFind(key);
        if (it != object.constEnd())
            out = intValue(*it, joinPath(prefix, key), range);
    }

    void readSeed(const QJsonObject& object, const QString& prefix, QStringView key,
                  std::uint64_t& out) {
        const auto it = object.constFind(key);
        if (it == object.constEnd())
            return;
        const QString path = joinPath(prefix, key);
        const IntRange range{0, static_cast<std::int64_t>(kMaxSeed)};
        const auto number = integralNumber(*it);
        if (!number) {
            report(path, u"must be an integer, got %1"_s.arg(describe(*it)));
            out = std::numeric_limits<std::uint64_t>::max();
            return;
        }
        const QVariant variant = it->toVariant();
        const bool exact = variant.typeId() == QMetaType::LongLong;
        const bool valid = exact ? inRange(variant.toLongLong(), range)
                                 : *number >= 0.0 && *number <= static_cast<double>(kMaxSeed);
        if (!valid) {
            report(path, outOfRange(range, describe(*it)));
            out = std::numeric_limits<std::uint64_t>::max();
            return;
        }
        out = exact ? static_cast<std::uint64_t>(variant.toLongLong())
                    : static_cast<std::uint64_t>(*number);
    }

    void readDouble(const QJsonObject& object, const QString& prefix, QStringView key,
                    double& out) {
        const auto it = object.constFind(key);
        if (it == object.constEnd())
            return;
        if (!it->isDouble()) {
            report(joinPath(prefix, key), u"must be a number, got %1"_s.arg(describe(*it)));
            out = std::numeric_limits<double>::quiet_NaN();
            return;
        }
        out = it->toDouble();
    }

    void readBool(const QJsonObject& object, const QString& prefix, QStringView key, bool& out) {
        const auto it = object.constFind(key);
        if (it == object.constEnd())
            return;
        if (!it->isBool()) {
            report(joinPath(prefix, key), u"must be true or false, got %1"_s.arg(describe(*it)));
            return;
        }
        out = it->toBool();
    }

    void readString(const QJsonObject& object, const QString& prefix, QStringView key,
                    QString& out) {
        const auto it = object.constFind(key);
        if (it == object.constEnd())
            return;
        if (!it->isString()) {
            report(joinPath(prefix, key), u"must be a string, got %1"_s.arg(describe(*it)));
            out.clear();
            return;
        }
        out = it->toString();
    }

    template <typename E, std::size_t N>
    void readEnum(const QJsonObject& object, const QString& prefix, QStringView key, E& out,
                  const NamedValue<E> (&table)[N]) {
        const auto it = object.constFind(key);
        if (it == object.constEnd())
            return;
        if (it->isString()) {
            if (const auto value = valueOf(table, it->toString())) {
                out = *value;
                return;
            }
        }
        const QStringList names = namesOf(table);
        report(joinPath(prefix, key),
               u"must be one of %1, got %2%3"_s.arg(
                   names.join(u", "), describe(*it),
                   it->isString() ? suggestion(it->toString(), names) : QString()));
        out = poisonEnum<E>();
    }

    void readIntList(const QJsonObject& object, const QString& prefix, QStringView key,
                     std::vector<int>& out, IntRange elementRange) {
        const auto it = object.constFind(key);
        if (it == object.constEnd())
            return;
        const QString path = joinPath(prefix, key);
        if (!it->isArray()) {
            report(path, u"must be an array of integers, got %1"_s.arg(describe(*it)));
            return;
        }
        const QJsonArray array = it->toArray();
        out.clear();
        out.reserve(static_cast<std::size_t>(array.size()));
        for (qsizetype i = 0; i < array.size(); ++i)
            out.push_back(intValue(array.at(i), u"%1[%2]"_s.arg(path).arg(i), elementRange));
    }

private:
    int intValue(const QJsonValue& value, const QString& path, IntRange range) {
        const auto number = integralNumber(value);
        if (!number) {
            report(path, u"must be an integer, got %1"_s.arg(describe(value)));
            return kPoisonInt;
        }
        if (*number < std::numeric_limits<int>::min() ||
            *number > std::numeric_limits<int>::max()) {
            report(path, outOfRange(range, describe(value)));
            return kPoisonInt;
        }
        return static_cast<int>(*number);
    }

    std::vector<SpecProblem>& m_problems;
    QSet<QString> m_reported;
};

//! The `energy` section: arrays and a map of profiles, which the generic readers do not cover.
void readEnergy(SpecReader& reader, const QJsonObject& root, EnergySettings& out) {
    const auto energy = reader.section(root, {}, u"energy");
    if (!energy)
        return;
    const QString p = u"energy"_s;
    reader.checkKeys(*energy, p, kEnergyKeys);
    if (const auto it = energy->constFind(u"devices"); it != energy->constEnd()) {
        const QString path = u"energy.devices"_s;
        if (!it->isArray()) {
            reader.report(path, u"must be an array of {\"profile\": name, \"share\": number}, "
                                u"got %1"_s.arg(describe(*it)));
        } else {
            out.devices.clear();
            const QJsonArray array = it->toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString item = u"%1[%2]"_s.arg(path).arg(i);
                DeviceShareSettings share;
                if (!array.at(i).isObject()) {
                    reader.report(item, u"must be an object such as {\"profile\": \"laptop\", "
                                        u"\"share\": 0.5}, got %1"_s.arg(describe(array.at(i))));
                    share.share = std::numeric_limits<double>::quiet_NaN();
                } else {
                    const QJsonObject object = array.at(i).toObject();
                    reader.checkKeys(object, item, kDeviceShareKeys);
                    reader.readString(object, item, u"profile", share.profile);
                    reader.readDouble(object, item, u"share", share.share);
                }
                out.devices.push_back(std::move(share));
            }
        }
    }
    if (const auto it = energy->constFind(u"client_devices"); it != energy->constEnd()) {
        const QString path = u"energy.client_devices"_s;
        if (!it->isArray()) {
            reader.report(path, u"must be an array of profile names, one per client, got %1"_s.arg(
                                    describe(*it)));
        } else {
            out.clientDevices.clear();
            const QJsonArray array = it->toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isString())
                    reader.report(u"%1[%2]"_s.arg(path).arg(i),
                                  u"must be a profile name, got %1"_s.arg(describe(array.at(i))));
                out.clientDevices.append(array.at(i).toString());
            }
        }
    }
    if (const auto profiles = reader.section(*energy, p, u"profiles")) {
        out.profiles.clear();
        QStringList allowed{u"description"_s};
        allowed << profileFieldKeys();
        for (auto it = profiles->begin(); it != profiles->end(); ++it) {
            const QString path = u"energy.profiles."_s + it.key();
            DeviceProfileSettings profile;
            profile.name = it.key();
            if (!it->isObject()) {
                reader.report(path, u"must be an object of profile fields (%1), got %2"_s.arg(
                                        allowed.join(u", "), describe(*it)));
                out.profiles.push_back(std::move(profile));
                continue;
            }
            const QJsonObject object = it->toObject();
            reader.checkKeys(object, path, allowed);
            reader.readString(object, path, u"description", profile.description);
            for (auto field = object.begin(); field != object.end(); ++field) {
                if (!findProfileField(field.key()))
                    continue;
                double value = 0.0;
                reader.readDouble(object, path, field.key(), value);
                profile.values[field.key()] = value;
            }
            out.profiles.push_back(std::move(profile));
        }
    }
    reader.readDouble(*energy, p, u"carbon_intensity_g_per_kwh", out.carbonIntensity);
    reader.readInt(*energy, p, u"model_bytes", out.modelBytes, kModelBytes);
    reader.readDouble(*energy, p, u"flops_per_sample", out.flopsPerSample);
    reader.readBool(*energy, p, u"count_idle", out.countIdle);
}

void readLaunch(SpecReader& reader, const QJsonObject& root, LaunchSettings& out) {
    const auto launch = reader.section(root, {}, u"launch");
    if (!launch)
        return;
    const QString p = u"launch"_s;
    reader.checkKeys(*launch, p, kLaunchKeys);
    reader.readEnum(*launch, p, u"mode", out.mode, kLaunchModes);
    reader.readString(*launch, p, u"kit_dir", out.kitDir);
    reader.readString(*launch, p, u"listen", out.listen);
    reader.readDouble(*launch, p, u"round_deadline_seconds", out.roundDeadlineSeconds);
    reader.readDouble(*launch, p, u"join_timeout_seconds", out.joinTimeoutSeconds);
    reader.readDouble(*launch, p, u"quorum", out.quorum);
    if (const auto it = launch->constFind(u"hosts"); it != launch->constEnd()) {
        const QString path = u"launch.hosts"_s;
        if (!it->isArray()) {
            reader.report(path, u"must be an array of hosts, got %1"_s.arg(describe(*it)));
        } else {
            const QJsonArray array = it->toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString item = u"%1[%2]"_s.arg(path).arg(i);
                LaunchHostSettings host;
                if (!array.at(i).isObject()) {
                    reader.report(item,
                                  u"must be an object with host, port, identity_file, "
                                  u"fednode, ssh_options, got %1"_s.arg(describe(array.at(i))));
                } else {
                    const QJsonObject object = array.at(i).toObject();
                    reader.checkKeys(object, item, kLaunchHostKeys);
                    reader.readString(object, item, u"host", host.host);
                    reader.readInt(object, item, u"port", host.port, IntRange{1, 65535});
                    reader.readString(object, item, u"identity_file", host.identityFile);
                    reader.readString(object, item, u"fednode", host.fednode);
                    if (const auto o = object.constFind(u"ssh_options"); o != object.constEnd()) {
                        const QString where = item + u".ssh_options"_s;
                        if (!o->isArray()) {
                            reader.report(where, u"must be an array of ssh -o options such as "
                                                 u"\"StrictHostKeyChecking=yes\", got %1"_s.arg(
                                                     describe(*o)));
                        } else {
                            const QJsonArray options = o->toArray();
                            for (qsizetype j = 0; j < options.size(); ++j) {
                                if (!options.at(j).isString())
                                    reader.report(u"%1[%2]"_s.arg(where).arg(j),
                                                  u"must be a string NAME=VALUE, got %1"_s.arg(
                                                      describe(options.at(j))));
                                host.sshOptions.append(options.at(j).toString());
                            }
                        }
                    }
                }
                out.hosts.push_back(std::move(host));
            }
        }
    }
    if (const auto it = launch->constFind(u"data_paths"); it != launch->constEnd()) {
        const QString path = u"launch.data_paths"_s;
        if (!it->isArray()) {
            reader.report(path,
                          u"must be an array of paths, one per node, got %1"_s.arg(describe(*it)));
        } else {
            const QJsonArray array = it->toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isString())
                    reader.report(u"%1[%2]"_s.arg(path).arg(i),
                                  u"must be a path (\"\": the spec's partition), got %1"_s.arg(
                                      describe(array.at(i))));
                out.dataPaths.append(array.at(i).toString());
            }
        }
    }
}

void readSpec(SpecReader& reader, const QJsonObject& root, FederationSpec& spec) {
    reader.checkKeys(root, {}, kRootKeys);
    if (const auto it = root.constFind(u"format"); it != root.constEnd()) {
        if (!it->isString() || it->toString() != specFormatMarker) {
            reader.report(u"format"_s, u"must be \"%1\" (or left out), got %2"_s.arg(
                                           specFormatMarker, describe(*it)));
        }
    }
    reader.readString(root, {}, u"name", spec.name);
    reader.readSeed(root, {}, u"seed", spec.seed);
    reader.readInt(root, {}, u"rounds", spec.rounds, kRounds);
    reader.readInt(root, {}, u"clients", spec.clients, kClients);

    if (const auto data = reader.section(root, {}, u"data")) {
        const QString p = u"data"_s;
        reader.checkKeys(*data, p, kDataKeys);
        reader.readEnum(*data, p, u"dataset", spec.data.dataset, kDatasets);
        reader.readString(*data, p, u"path", spec.data.path);
        reader.readInt(*data, p, u"train_limit", spec.data.trainLimit, kDataLimit);
        reader.readInt(*data, p, u"test_limit", spec.data.testLimit, kDataLimit);
        if (const auto csv = reader.section(*data, p, u"csv")) {
            const QString c = u"data.csv"_s;
            CsvSettings& out = spec.data.csv;
            reader.checkKeys(*csv, c, kCsvKeys);
            reader.readString(*csv, c, u"train", out.trainFile);
            reader.readString(*csv, c, u"test", out.testFile);
            reader.readString(*csv, c, u"label_column", out.labelColumn);
            reader.readBool(*csv, c, u"header", out.header);
            reader.readDouble(*csv, c, u"test_fraction", out.testFraction);
        }
        if (const auto synthetic = reader.section(*data, p, u"synthetic")) {
            const QString s = u"data.synthetic"_s;
            SyntheticSettings& out = spec.data.synthetic;
            reader.checkKeys(*synthetic, s, kSyntheticKeys);
            reader.readDouble(*synthetic, s, u"alpha", out.alpha);
            reader.readDouble(*synthetic, s, u"beta", out.beta);
            reader.readInt(*synthetic, s, u"dimension", out.dimension, kDimension);
            reader.readInt(*synthetic, s, u"classes", out.classes, kClasses);
            reader.readInt(*synthetic, s, u"samples_per_client", out.samplesPerClientMean,
                           kSamplesPerClient);
            reader.readInt(*synthetic, s, u"test_samples", out.testSamples, kTestSamples);
            reader.readBool(*synthetic, s, u"iid", out.iid);
        }
    }

    if (const auto partition = reader.section(root, {}, u"partition")) {
        const QString p = u"partition"_s;
        PartitionSettings& out = spec.partition;
        reader.checkKeys(*partition, p, kPartitionKeys);
        reader.readEnum(*partition, p, u"scheme", out.scheme, kPartitions);
        reader.readDouble(*partition, p, u"alpha", out.alpha);
        reader.readInt(*partition, p, u"shards_per_client", out.shardsPerClient, kShardsPerClient);
        reader.readDouble(*partition, p, u"quantity_alpha", out.quantityAlpha);
        reader.readInt(*partition, p, u"min_samples_per_client", out.minSamplesPerClient,
                       kMinSamplesPerClient);
    }

    if (const auto selection = reader.section(root, {}, u"selection")) {
        const QString p = u"selection"_s;
        reader.checkKeys(*selection, p, kSelectionKeys);
        reader.readDouble(*selection, p, u"fraction", spec.selection.fraction);
        reader.readInt(*selection, p, u"min_clients", spec.selection.minClients, kMinClients);
        reader.readEnum(*selection, p, u"policy", spec.selection.policy, kSelectionPolicies);
        reader.readDouble(*selection, p, u"deadline_seconds", spec.selection.deadlineSeconds);
        reader.readInt(*selection, p, u"max_wait_rounds", spec.selection.maxWaitRounds,
                       kMaxWaitRounds);
        reader.readDouble(*selection, p, u"bandwidth_budget_hz", spec.selection.bandwidthBudgetHz);
        reader.readBool(*selection, p, u"power_control", spec.selection.powerControl);
    }

    if (const auto model = reader.section(root, {}, u"model")) {
        const QString p = u"model"_s;
        reader.checkKeys(*model, p, kModelKeys);
        reader.readEnum(*model, p, u"architecture", spec.model.architecture, kArchitectures);
        reader.readIntList(*model, p, u"hidden", spec.model.hidden, kHiddenWidth);
        reader.readString(*model, p, u"path", spec.model.path);
    }

    if (const auto training = reader.section(root, {}, u"training")) {
        const QString p = u"training"_s;
        TrainingSettings& out = spec.training;
        reader.checkKeys(*training, p, kTrainingKeys);
        reader.readEnum(*training, p, u"optimizer", out.optimizer, kOptimizers);
        reader.readDouble(*training, p, u"learning_rate", out.learningRate);
        reader.readDouble(*training, p, u"momentum", out.momentum);
        reader.readDouble(*training, p, u"weight_decay", out.weightDecay);
        reader.readDouble(*training, p, u"adam_beta1", out.adamBeta1);
        reader.readDouble(*training, p, u"adam_beta2", out.adamBeta2);
        reader.readDouble(*training, p, u"adam_epsilon", out.adamEpsilon);
        reader.readInt(*training, p, u"local_epochs", out.localEpochs, kLocalEpochs);
        reader.readInt(*training, p, u"batch_size", out.batchSize, kBatchSize);
    }

    if (const auto strategy = reader.section(root, {}, u"strategy")) {
        const QString p = u"strategy"_s;
        reader.checkKeys(*strategy, p, kStrategyKeys);
        reader.readEnum(*strategy, p, u"name", spec.strategy.kind, kStrategies);
        reader.readDouble(*strategy, p, u"mu", spec.strategy.proximalMu);
        // The adaptive optimizers need a far smaller server step than averaging does; a spec
        // that does not say gets the step that suits its strategy (docs/strategies.md).
        if (!strategy->contains(u"server_learning_rate") && !reader.reported(u"strategy.name"_s))
            spec.strategy.serverLearningRate = defaultServerLearningRate(spec.strategy.kind);
        reader.readDouble(*strategy, p, u"server_learning_rate", spec.strategy.serverLearningRate);
        reader.readDouble(*strategy, p, u"server_momentum", spec.strategy.serverMomentum);
        reader.readDouble(*strategy, p, u"beta1", spec.strategy.beta1);
        reader.readDouble(*strategy, p, u"beta2", spec.strategy.beta2);
        reader.readDouble(*strategy, p, u"tau", spec.strategy.tau);
        reader.readDouble(*strategy, p, u"trim_fraction", spec.strategy.trimFraction);
        reader.readInt(*strategy, p, u"krum_byzantine", spec.strategy.krumByzantine,
                       kKrumByzantine);
        reader.readInt(*strategy, p, u"multi_krum_m", spec.strategy.multiKrumSelected,
                       kMultiKrumSelected);
    }

    if (const auto adversaries = reader.section(root, {}, u"adversaries")) {
        const QString p = u"adversaries"_s;
        AdversarySettings& out = spec.adversaries;
        reader.checkKeys(*adversaries, p, kAdversaryKeys);
        reader.readInt(*adversaries, p, u"count", out.count, kAdversaryCount);
        reader.readIntList(*adversaries, p, u"clients", out.clients, kAdversaryClient);
        reader.readEnum(*adversaries, p, u"behaviour", out.behaviour, kAdversaryBehaviours);
        reader.readDouble(*adversaries, p, u"scale", out.scale);
        reader.readDouble(*adversaries, p, u"noise_std", out.noiseStd);
        reader.readSeed(*adversaries, p, u"seed", out.seed);
        if (const auto it = adversaries->constFind(u"groups"); it != adversaries->constEnd()) {
            const QString path = u"adversaries.groups"_s;
            if (!it->isArray()) {
                reader.report(path, u"must be an array of {\"clients\": [...], \"behaviour\": "
                                    u"name}, got %1"_s.arg(describe(*it)));
            } else {
                const QJsonArray array = it->toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    const QString item = u"%1[%2]"_s.arg(path).arg(i);
                    AdversaryGroup group;
                    if (!array.at(i).isObject()) {
                        reader.report(item, u"must be an object such as {\"clients\": [3, 7], "
                                            u"\"behaviour\": \"free-rider\"}, got %1"_s.arg(
                                                describe(array.at(i))));
                        continue;
                    }
                    const QJsonObject object = array.at(i).toObject();
                    reader.checkKeys(object, item, kAdversaryGroupKeys);
                    reader.readIntList(object, item, u"clients", group.clients, kAdversaryClient);
                    reader.readEnum(object, item, u"behaviour", group.behaviour,
                                    kAdversaryBehaviours);
                    reader.readDouble(object, item, u"scale", group.scale);
                    reader.readDouble(object, item, u"noise_std", group.noiseStd);
                    out.groups.push_back(std::move(group));
                }
            }
        }
    }

    if (const auto validation = reader.section(root, {}, u"validation")) {
        const QString p = u"validation"_s;
        reader.checkKeys(*validation, p, kValidationKeys);
        reader.readDouble(*validation, p, u"max_update_norm", spec.validation.maxUpdateNorm);
    }

    if (const auto evaluation = reader.section(root, {}, u"evaluation")) {
        const QString p = u"evaluation"_s;
        reader.checkKeys(*evaluation, p, kEvaluationKeys);
        reader.readInt(*evaluation, p, u"every", spec.evaluation.every, kEvaluationEvery);
        reader.readBool(*evaluation, p, u"per_client", spec.evaluation.perClient);
        reader.readInt(*evaluation, p, u"batch_size", spec.evaluation.batchSize, kEvaluationBatch);
    }

    readEnergy(reader, root, spec.energy);

    if (const auto execution = reader.section(root, {}, u"execution")) {
        const QString p = u"execution"_s;
        reader.checkKeys(*execution, p, kExecutionKeys);
        reader.readInt(*execution, p, u"workers", spec.execution.workers, kWorkers);
    }

    if (const auto ledger = reader.section(root, {}, u"ledger")) {
        const QString p = u"ledger"_s;
        reader.checkKeys(*ledger, p, kLedgerKeys);
        reader.readBool(*ledger, p, u"store_updates", spec.ledger.storeUpdates);
    }

    if (const auto privacy = reader.section(root, {}, u"privacy")) {
        const QString p = u"privacy"_s;
        reader.checkKeys(*privacy, p, kPrivacyKeys);
        if (const auto dp = reader.section(*privacy, p, u"dp")) {
            const QString q = u"privacy.dp"_s;
            DifferentialPrivacySettings& out = spec.privacy.dp;
            reader.checkKeys(*dp, q, kDpKeys);
            reader.readBool(*dp, q, u"enabled", out.enabled);
            reader.readEnum(*dp, q, u"mode", out.mode, kDpModes);
            reader.readDouble(*dp, q, u"noise_multiplier", out.noiseMultiplier);
            reader.readDouble(*dp, q, u"clip_norm", out.clipNorm);
            reader.readDouble(*dp, q, u"delta", out.delta);
            reader.readDouble(*dp, q, u"target_epsilon", out.targetEpsilon);
        }
        if (const auto sa = reader.section(*privacy, p, u"secure_aggregation")) {
            const QString q = u"privacy.secure_aggregation"_s;
            SecureAggregationSettings& out = spec.privacy.secureAggregation;
            reader.checkKeys(*sa, q, kSecureAggregationKeys);
            reader.readBool(*sa, q, u"enabled", out.enabled);
            reader.readDouble(*sa, q, u"threshold", out.threshold);
            reader.readInt(*sa, q, u"fixed_point_bits", out.fixedPointBits, kFixedPointBits);
            reader.readDouble(*sa, q, u"dropout_probability", out.dropoutProbability);
        }
    }
    if (const auto contribution = reader.section(root, {}, u"contribution")) {
        const QString p = u"contribution"_s;
        ContributionSettings& out = spec.contribution;
        reader.checkKeys(*contribution, p, kContributionKeys);
        reader.readBool(*contribution, p, u"enabled", out.enabled);
        reader.readEnum(*contribution, p, u"method", out.method, kContributionMethods);
        reader.readEnum(*contribution, p, u"utility", out.utility, kContributionUtilities);
        reader.readInt(*contribution, p, u"budget", out.budget, kContributionBudget);
        reader.readInt(*contribution, p, u"validation_samples", out.validationSamples,
                       kValidationSamples);
        reader.readDouble(*contribution, p, u"truncation", out.truncation);
        reader.readDouble(*contribution, p, u"round_tolerance", out.roundTolerance);
        if (const auto reward = reader.section(*contribution, p, u"reward")) {
            const QString rp = u"contribution.reward"_s;
            reader.checkKeys(*reward, rp, kRewardKeys);
            QString rule = u"proportional"_s;
            reader.readString(*reward, rp, u"rule", rule);
            if (rule != u"proportional"_s)
                reader.report(
                    joinPath(rp, u"rule"),
                    u"must be proportional (the only reward rule), got %1"_s.arg(quoted(rule)));
            reader.readDouble(*reward, rp, u"pool", out.reward.pool);
            reader.readDouble(*reward, rp, u"energy_weight", out.reward.energyWeight);
        }
    }
    readLaunch(reader, root, spec.launch);
}

// ---------------------------------------------------------------------------------------------
// Checking the struct

class SpecChecker {
public:
    void add(const QString& path, QString message) {
        m_problems.push_back({path, std::move(message)});
    }

    bool check(const QString& path, std::int64_t value, IntRange range) {
        if (inRange(value, range))
            return true;
        add(path, outOfRange(range, QString::number(value)));
        return false;
    }

    bool check(const QString& path, double value, DoubleRange range) {
        if (inRange(value, range))
            return true;
        add(path, outOfRange(range, numberText(value)));
        return false;
    }

    template <typename E, std::size_t N>
    bool check(const QString& path, E value, const NamedValue<E> (&table)[N]) {
        if (findValue(table, value))
            return true;
        add(path, u"must be one of %1, got the unnamed value %2"_s.arg(namesOf(table).join(u", "))
                      .arg(static_cast<int>(value)));
        return false;
    }

    std::vector<SpecProblem> take() { return std::move(m_problems); }

private:
    std::vector<SpecProblem> m_problems;
};

//! A networked federation's launch section; see docs/spec.md#launch.
void validateLaunch(SpecChecker& c, const FederationSpec& spec, bool clientsValid) {
    const LaunchSettings& launch = spec.launch;
    if (!c.check(u"launch.mode"_s, launch.mode, kLaunchModes) ||
        launch.mode == LaunchMode::InProcess)
        return;
    if (launch.kitDir.trimmed().isEmpty())
        c.add(u"launch.kit_dir"_s, u"must name the folder `fedctl provision --out` wrote when "
                                   u"launch.mode is local or ssh"_s);
    if (!launch.listen.isEmpty()) {
        const qsizetype colon = launch.listen.lastIndexOf(u':');
        bool portOk = false;
        const int port = colon > 0 ? launch.listen.mid(colon + 1).toInt(&portOk) : 0;
        if (colon <= 0 || !portOk || port < 0 || port > 65535)
            c.add(u"launch.listen"_s,
                  u"must be HOST:PORT (port 0..65535), got \"%1\""_s.arg(launch.listen));
    }
    c.check(u"launch.round_deadline_seconds"_s, launch.roundDeadlineSeconds,
            DoubleRange{0.0, true, 86400.0, false});
    // 0 (the default) is the round deadline; a window of a day is already more than any
    // kit copy or node start takes.
    if (!(launch.joinTimeoutSeconds >= 0.0 && launch.joinTimeoutSeconds <= 86400.0))
        c.add(u"launch.join_timeout_seconds"_s,
              u"must be seconds in [0, 86400] (0: the round deadline), got %1"_s.arg(
                  numberText(launch.joinTimeoutSeconds)));
    if (!(launch.quorum > 0.0) || !std::isfinite(launch.quorum) ||
        (launch.quorum > 1.0 && std::trunc(launch.quorum) != launch.quorum))
        c.add(u"launch.quorum"_s, u"must be a fraction in (0, 1] of the selected nodes or a whole "
                                  u"count of nodes, got %1"_s.arg(numberText(launch.quorum)));
    else if (clientsValid && launch.quorum > static_cast<double>(spec.clients))
        c.add(u"launch.quorum"_s, u"must be at most clients (%1), got %2"_s.arg(spec.clients)
                                      .arg(numberText(launch.quorum)));
    if (launch.mode == LaunchMode::Ssh && launch.hosts.empty())
        c.add(u"launch.hosts"_s, u"must list at least one SSH host when launch.mode is ssh"_s);
    for (std::size_t i = 0; i < launch.hosts.size(); ++i) {
        if (launch.hosts[i].host.trimmed().isEmpty())
            c.add(u"launch.hosts[%1].host"_s.arg(i), u"must be [user@]host"_s);
        // ssh and scp would read a leading '-' as an option (-oProxyCommand=... runs a command).
        else if (launch.hosts[i].host.trimmed().startsWith(u'-'))
            c.add(u"launch.hosts[%1].host"_s.arg(i),
                  u"must be [user@]host, not start with '-' (ssh would read it as an option), "
                  "got \"%1\""_s.arg(launch.hosts[i].host));
        c.check(u"launch.hosts[%1].port"_s.arg(i), launch.hosts[i].port, IntRange{1, 65535});
        for (qsizetype j = 0; j < launch.hosts[i].sshOptions.size(); ++j) {
            const QString& option = launch.hosts[i].sshOptions[j];
            const QString where = u"launch.hosts[%1].ssh_options[%2]"_s.arg(i).arg(j);
            static const QRegularExpression form(u"^([A-Za-z][A-Za-z0-9]*)(=|\\s+)\\S"_s);
            const QRegularExpressionMatch m = form.match(option);
            if (!m.hasMatch() || option.contains(u'\n'))
                c.add(where, u"must be NAME=VALUE as for ssh -o (e.g. StrictHostKeyChecking=yes), "
                             "got \"%1\""_s.arg(option));
            // A spec may come from someone else; options that run local commands belong in the
            // user's own ~/.ssh/config, not in a file that is passed around.
            else if (m.captured(1).endsWith(u"Command"_s, Qt::CaseInsensitive))
                c.add(where, u"%1 runs a command on this machine; set it in ~/.ssh/config "
                             "instead"_s.arg(m.captured(1)));
            // The launcher stops a remote node by ending its ssh input (docs/nodes.md); these
            // would end or detach it at once, and the node would stop as soon as it started.
            else if (m.captured(1).compare(u"StdinNull"_s, Qt::CaseInsensitive) == 0 ||
                     m.captured(1).compare(u"ForkAfterAuthentication"_s, Qt::CaseInsensitive) == 0)
                c.add(where, u"%1 cannot be used: the launcher keeps ssh's input open to stop "
                             "the remote node"_s.arg(m.captured(1)));
        }
    }
    // Entry i is node i's: a problem names the entry and the node (the designer's row).
    for (qsizetype i = clientsValid ? spec.clients : launch.dataPaths.size();
         i < launch.dataPaths.size(); ++i)
        c.add(u"launch.data_paths[%1]"_s.arg(i),
              u"is for node-%1, but there are only %2 clients"_s.arg(i, 3, 10, QLatin1Char('0'))
                  .arg(spec.clients));
    // What only simulated clients can do.
    if (spec.strategy.kind == StrategyKind::Scaffold)
        c.add(u"strategy.name"_s, u"scaffold keeps per-client control variates in the coordinator; "
                                  u"it runs with launch.mode in_process only"_s);
    if (spec.adversaries.count > 0 || !spec.adversaries.clients.empty() ||
        !spec.adversaries.groups.empty())
        c.add(u"adversaries"_s, u"simulated Byzantine clients run with launch.mode in_process "
                                u"only (a real node misbehaves on its own)"_s);
    if (spec.evaluation.perClient)
        c.add(u"evaluation.per_client"_s, u"needs each client's data in the coordinator; it runs "
                                          u"with launch.mode in_process only"_s);
    // Secure aggregation and local DP run on fednode too (docs/secure-aggregation.md,
    // docs/privacy.md); only the simulated dropouts are the simulation's.
    if (spec.privacy.secureAggregation.dropoutProbability > 0.0)
        c.add(u"privacy.secure_aggregation.dropout_probability"_s,
              u"simulates dropouts of in-process clients; it must be 0 when launch.mode is local "
              u"or ssh (real nodes drop out on their own)"_s);
}

bool isImageDataset(DatasetKind kind) {
    return kind == DatasetKind::FashionMnist || kind == DatasetKind::Mnist ||
           kind == DatasetKind::Cifar10;
}

// ---------------------------------------------------------------------------------------------
// Writing: QJsonObject sorts its keys, so the document is written by hand to keep the
// documented order (what a reader of the file expects); scalars go through Qt for escaping
// and for the shortest round-tripping number form.

QByteArray scalarJson(const QJsonValue& value) {
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

class OrderedJsonWriter {
public:
    OrderedJsonWriter() { m_out = "{"; }

    void field(QStringView key, const QJsonValue& value) {
        beginEntry(key);
        m_out += scalarJson(value);
    }

    void field(QStringView key, const std::vector<int>& values) {
        beginEntry(key);
        m_out += '[';
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += ", ";
            m_out += QByteArray::number(values[i]);
        }
        m_out += ']';
    }

    //! An array of small flat objects, one per line, keys in the order given.
    void field(QStringView key,
               const std::vector<std::vector<std::pair<QString, QJsonValue>>>& rows) {
        beginEntry(key);
        m_out += '[';
        for (std::size_t i = 0; i < rows.size(); ++i) {
            m_out += i > 0 ? ",\n" : "\n";
            m_out.append(static_cast<qsizetype>(4 * (m_open.size() + 1)), ' ');
            m_out += '{';
            for (std::size_t j = 0; j < rows[i].size(); ++j) {
                if (j > 0)
                    m_out += ", ";
                m_out += scalarJson(rows[i][j].first) + ": " + scalarJson(rows[i][j].second);
            }
            m_out += '}';
        }
        if (!rows.empty()) {
            m_out += '\n';
            indent();
        }
        m_out += ']';
    }

    void beginObject(QStringView key) {
        beginEntry(key);
        m_out += '{';
        m_open.push_back(false);
    }

    void endObject() {
        const bool hadEntries = m_open.back();
        m_open.pop_back();
        if (hadEntries) {
            m_out += '\n';
            indent();
        }
        m_out += '}';
    }

    QByteArray finish() {
        endObject();
        m_out += '\n';
        return m_out;
    }

private:
    void beginEntry(QStringView key) {
        if (m_open.back())
            m_out += ',';
        m_open.back() = true;
        m_out += '\n';
        indent();
        m_out += scalarJson(key.toString());
        m_out += ": ";
    }

    void indent() { m_out.append(static_cast<qsizetype>(4 * m_open.size()), ' '); }

    QByteArray m_out;
    std::vector<bool> m_open{false}; //!< per open object: has it an entry yet
};

// ---------------------------------------------------------------------------------------------
// Parsing the document

//! The value of `text` when it is exactly one JSON value (of any type), else nothing.
std::optional<QJsonValue> singleJsonValue(const QByteArray& text) {
    // QJsonDocument only parses objects and arrays, so the value is wrapped in an array.
    QByteArray wrapped = "[";
    wrapped += text;
    wrapped += ']';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error == QJsonParseError::NoError && document.isArray() &&
        document.array().size() == 1)
        return document.array().at(0);
    return std::nullopt;
}

std::optional<QJsonObject> parseDocument(const QByteArray& json,
                                         std::vector<SpecProblem>& problems) {
    // Some editors save UTF-8 with a byte-order mark, which Qt's parser rejects.
    const QByteArray bom("\xEF\xBB\xBF");
    const qsizetype skipped = json.startsWith(bom) ? bom.size() : 0;
    const QByteArray text = json.mid(skipped);
    if (text.trimmed().isEmpty()) {
        problems.push_back({{},
                            u"the document is empty; a spec is a JSON object such as "
                            u"{\"rounds\": 10}"_s});
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt only parses objects and arrays at the top; a lone value deserves a clearer word.
        if (const auto scalar = singleJsonValue(text)) {
            problems.push_back({{},
                                u"the top level must be a JSON object ({ ... }), got %1"_s.arg(
                                    describe(*scalar))});
            return std::nullopt;
        }
        const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, text.size());
        const QByteArray before = text.left(offset);
        const qsizetype line = before.count('\n') + 1;
        // Columns count characters, as editors do, not UTF-8 bytes.
        const qsizetype column =
            QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        problems.push_back(
            {{},
             u"JSON syntax error at line %1, column %2 (byte offset %3): %4"_s.arg(line)
                 .arg(column)
                 .arg(offset + skipped)
                 .arg(error.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.push_back({{}, u"the top level must be a JSON object ({ ... }), got an array"_s});
        return std::nullopt;
    }
    return document.object();
}

Status setPath(QJsonObject& object, const QStringList& segments, qsizetype index,
               const QJsonValue& value, const QString& assignment) {
    const QString& key = segments[index];
    if (index + 1 == segments.size()) {
        object.insert(key, value);
        return {};
    }
    QJsonObject child;
    if (const auto it = object.constFind(key); it != object.constEnd()) {
        if (!it->isObject()) {
            const QString walked = segments.mid(0, index + 1).join(u'.');
            return fail(
                u"override \"%1\": %2 is %3, not an object, so it has no field \"%4\""_s.arg(
                    assignment, walked, describe(*it), segments[index + 1]));
        }
        child = it->toObject();
    }
    if (Status status = setPath(child, segments, index + 1, value, assignment); !status)
        return status;
    object.insert(key, child);
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Public API

QString datasetName(DatasetKind kind) {
    return nameOf(kDatasets, kind);
}
QString partitionName(PartitionScheme scheme) {
    return nameOf(kPartitions, scheme);
}
QString architectureName(ModelArchitecture architecture) {
    return nameOf(kArchitectures, architecture);
}
QString optimizerName(OptimizerKind optimizer) {
    return nameOf(kOptimizers, optimizer);
}
QString strategyName(StrategyKind strategy) {
    return nameOf(kStrategies, strategy);
}
QString selectionPolicyName(SelectionPolicy policy) {
    return nameOf(kSelectionPolicies, policy);
}
QString adversaryBehaviourName(AdversaryBehaviour behaviour) {
    return nameOf(kAdversaryBehaviours, behaviour);
}

QString dpModeName(DpMode mode) {
    return nameOf(kDpModes, mode);
}
std::optional<DpMode> parseDpMode(QStringView name) {
    return valueOf(kDpModes, name);
}
QStringList dpModeNames() {
    return namesOf(kDpModes);
}
QString launchModeName(LaunchMode mode) {
    return nameOf(kLaunchModes, mode);
}
std::optional<LaunchMode> parseLaunchMode(QStringView name) {
    return valueOf(kLaunchModes, name);
}
QStringList launchModeNames() {
    return namesOf(kLaunchModes);
}

std::optional<DatasetKind> parseDataset(QStringView name) {
    return valueOf(kDatasets, name);
}
std::optional<PartitionScheme> parsePartition(QStringView name) {
    return valueOf(kPartitions, name);
}
std::optional<ModelArchitecture> parseArchitecture(QStringView name) {
    return valueOf(kArchitectures, name);
}
std::optional<OptimizerKind> parseOptimizer(QStringView name) {
    return valueOf(kOptimizers, name);
}
std::optional<StrategyKind> parseStrategy(QStringView name) {
    return valueOf(kStrategies, name);
}
std::optional<SelectionPolicy> parseSelectionPolicy(QStringView name) {
    return valueOf(kSelectionPolicies, name);
}
std::optional<AdversaryBehaviour> parseAdversaryBehaviour(QStringView name) {
    return valueOf(kAdversaryBehaviours, name);
}

QStringList datasetNames() {
    return namesOf(kDatasets);
}
QStringList partitionNames() {
    return namesOf(kPartitions);
}
QStringList architectureNames() {
    return namesOf(kArchitectures);
}
QStringList optimizerNames() {
    return namesOf(kOptimizers);
}
QStringList strategyNames() {
    return namesOf(kStrategies);
}
QStringList selectionPolicyNames() {
    return namesOf(kSelectionPolicies);
}
QStringList adversaryBehaviourNames() {
    return namesOf(kAdversaryBehaviours);
}

double defaultServerLearningRate(StrategyKind strategy) {
    switch (strategy) {
    case StrategyKind::FedAdam:
    case StrategyKind::FedYogi:
    case StrategyKind::FedAdagrad:
        // Reddi et al. 2021 tune eta around 10^-2 for these with tau = 10^-3: their step is
        // about eta per coordinate whatever the update's size.
        return 0.01;
    default:
        return 1.0;
    }
}

QString formatProblems(const std::vector<SpecProblem>& problems) {
    QStringList lines;
    lines.reserve(static_cast<qsizetype>(problems.size()));
    for (const SpecProblem& problem : problems) {
        lines.append(problem.path.isEmpty() ? problem.message
                                            : problem.path + u": "_s + problem.message);
    }
    return lines.join(u'\n');
}

Status applyOverride(QJsonObject& root, const QString& assignment) {
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals < 0) {
        return fail(
            u"override \"%1\": missing '=' (expected path=value, e.g. rounds=5)"_s.arg(assignment));
    }
    const QString path = assignment.left(equals).trimmed();
    if (path.isEmpty()) {
        return fail(u"override \"%1\": empty path before '=' (expected path=value, e.g. "
                    u"partition.alpha=0.1)"_s.arg(assignment));
    }
    const QStringList segments = path.split(u'.');
    for (const QString& segment : segments) {
        if (segment.trimmed().isEmpty())
            return fail(
                u"override \"%1\": empty field name in path \"%2\""_s.arg(assignment, path));
    }
    const QString text = assignment.mid(equals + 1);
    const QJsonValue value = singleJsonValue(text.toUtf8()).value_or(QJsonValue(text));
    return setPath(root, segments, 0, value, assignment);
}

Result<FederationSpec> parseSpec(const QByteArray& json, const QString& baseDirectory,
                                 const QStringList& overrides) {
    std::vector<SpecProblem> problems;
    std::optional<QJsonObject> root = parseDocument(json, problems);
    // Overrides are checked even when the document is broken, so one attempt shows all mistakes.
    QJsonObject scratch;
    for (const QString& assignment : overrides) {
        if (Status status = applyOverride(root ? *root : scratch, assignment); !status)
            problems.push_back({{}, status.error()});
    }
    if (!root)
        return fail(formatProblems(problems));

    FederationSpec spec;
    spec.baseDirectory = baseDirectory;
    SpecReader reader(problems);
    readSpec(reader, *root, spec);
    for (SpecProblem& problem : validateSpec(spec)) {
        if (!reader.coveredByReport(problem.path))
            problems.push_back(std::move(problem));
    }
    if (!problems.empty())
        return fail(formatProblems(problems));
    return spec;
}

Result<FederationSpec> loadSpecFile(const QString& path, const QStringList& overrides) {
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(u"spec file \"%1\" does not exist"_s.arg(shown));
    if (info.isDir())
        return fail(u"\"%1\" is a folder, not a spec file"_s.arg(shown));
    if (info.size() > kMaxSpecFileBytes) {
        return fail(u"spec file \"%1\" is %2 bytes; specs are at most %3 bytes, so this is "
                    u"probably not a spec file"_s.arg(shown)
                        .arg(info.size())
                        .arg(kMaxSpecFileBytes));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot read spec file \"%1\": %2"_s.arg(shown, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(u"cannot read spec file \"%1\": %2"_s.arg(shown, file.errorString()));
    auto spec = parseSpec(bytes, info.absolutePath(), overrides);
    if (!spec) {
        // Blame the overrides when the file alone is fine: "spec file is not valid: rounds: got
        // "abc"" sent the user looking in a file that says "rounds": 5.
        if (!overrides.isEmpty() && parseSpec(bytes, info.absolutePath()))
            return fail(u"spec file \"%1\" is valid, but not with the overrides %2:\n%3"_s.arg(
                shown, overrides.join(u", "_s), spec.error()));
        return fail(u"spec file \"%1\" is not valid:\n%2"_s.arg(shown, spec.error()));
    }
    return spec;
}

namespace {

//! The strategy's own parameters and what they need of the rest of the spec.
void validateStrategy(SpecChecker& c, const FederationSpec& spec, bool clientsValid) {
    const StrategySettings& strategy = spec.strategy;
    c.check(u"strategy.server_momentum"_s, strategy.serverMomentum, kServerMomentum);
    c.check(u"strategy.beta1"_s, strategy.beta1, kMomentDecay);
    c.check(u"strategy.beta2"_s, strategy.beta2, kMomentDecay);
    c.check(u"strategy.tau"_s, strategy.tau, kTau);
    c.check(u"strategy.trim_fraction"_s, strategy.trimFraction, kTrimFraction);
    const bool fValid =
        c.check(u"strategy.krum_byzantine"_s, strategy.krumByzantine, kKrumByzantine);
    const bool mValid =
        c.check(u"strategy.multi_krum_m"_s, strategy.multiKrumSelected, kMultiKrumSelected);
    const bool perRoundValid = clientsValid && inRange(spec.selection.fraction, kFraction) &&
                               inRange(spec.selection.minClients, IntRange{1, spec.clients});
    const bool krum =
        strategy.kind == StrategyKind::Krum || strategy.kind == StrategyKind::MultiKrum;
    if (krum && fValid && perRoundValid) {
        // Blanchard et al.'s guarantee needs n > 2f + 2 updates per round.
        const int perRound = clientsPerRound(spec);
        if (perRound < 2 * strategy.krumByzantine + 3)
            c.add(u"strategy.krum_byzantine"_s,
                  u"must leave at least 2f + 3 clients per round: %1 clients per round allow "
                  u"f up to %2, got %3"_s.arg(perRound)
                      .arg(std::max(0, (perRound - 3) / 2))
                      .arg(strategy.krumByzantine));
        if (strategy.kind == StrategyKind::MultiKrum && mValid &&
            strategy.multiKrumSelected > perRound)
            c.add(u"strategy.multi_krum_m"_s,
                  u"must be 0 (n - f) or at most the %1 clients per round, got %2"_s.arg(perRound)
                      .arg(strategy.multiKrumSelected));
    }
    if (strategy.kind == StrategyKind::Scaffold && spec.training.optimizer != OptimizerKind::Sgd &&
        findValue(kOptimizers, spec.training.optimizer))
        c.add(u"training.optimizer"_s,
              u"must be sgd when strategy.name is scaffold: its control variates are derived "
              u"from plain SGD steps, got %1"_s.arg(optimizerName(spec.training.optimizer)));
}

void validateAdversaryGroups(SpecChecker& c, const FederationSpec& spec, bool clientsValid) {
    const AdversarySettings& adversaries = spec.adversaries;
    std::set<int> taken(adversaries.clients.begin(), adversaries.clients.end());
    for (std::size_t g = 0; g < adversaries.groups.size(); ++g) {
        const AdversaryGroup& group = adversaries.groups[g];
        const QString p = u"adversaries.groups[%1]"_s.arg(g);
        c.check(p + u".behaviour"_s, group.behaviour, kAdversaryBehaviours);
        c.check(p + u".scale"_s, group.scale, kAdversaryScale);
        c.check(p + u".noise_std"_s, group.noiseStd, kNoiseStd);
        if (group.clients.empty())
            c.add(p + u".clients"_s, u"must list at least one client"_s);
        for (std::size_t i = 0; i < group.clients.size(); ++i) {
            const QString path = u"%1.clients[%2]"_s.arg(p).arg(i);
            const int client = group.clients[i];
            const IntRange range{0, clientsValid ? spec.clients - 1 : kAdversaryClient.high};
            if (!c.check(path, client, range))
                continue;
            if (!taken.insert(client).second)
                c.add(path, u"client %1 is already Byzantine (in adversaries.clients or another "
                            u"group)"_s.arg(client));
        }
    }
}

void validateAdversaries(SpecChecker& c, const FederationSpec& spec, bool clientsValid) {
    validateAdversaryGroups(c, spec, clientsValid);
    const AdversarySettings& adversaries = spec.adversaries;
    const bool countValid = c.check(u"adversaries.count"_s, adversaries.count, kAdversaryCount);
    if (countValid && clientsValid && adversaries.count > spec.clients)
        c.add(
            u"adversaries.count"_s,
            u"must be 0..%1 (at most clients), got %2"_s.arg(spec.clients).arg(adversaries.count));
    std::vector<int> seen;
    for (std::size_t i = 0; i < adversaries.clients.size(); ++i) {
        const QString path = u"adversaries.clients[%1]"_s.arg(i);
        const int client = adversaries.clients[i];
        const IntRange range{0, clientsValid ? spec.clients - 1 : kAdversaryClient.high};
        if (!c.check(path, client, range))
            continue;
        if (std::find(seen.begin(), seen.end(), client) != seen.end())
            c.add(path, u"client %1 is listed twice"_s.arg(client));
        seen.push_back(client);
    }
    if (countValid && adversaries.count != 0 && !adversaries.clients.empty() &&
        static_cast<std::size_t>(adversaries.count) != adversaries.clients.size())
        c.add(u"adversaries.count"_s,
              u"must be 0 or the length of adversaries.clients (%1) when both are given, got %2"_s
                  .arg(adversaries.clients.size())
                  .arg(adversaries.count));
    c.check(u"adversaries.behaviour"_s, adversaries.behaviour, kAdversaryBehaviours);
    c.check(u"adversaries.scale"_s, adversaries.scale, kAdversaryScale);
    c.check(u"adversaries.noise_std"_s, adversaries.noiseStd, kNoiseStd);
    if (adversaries.seed > kMaxSeed)
        c.add(u"adversaries.seed"_s, outOfRange(IntRange{0, static_cast<std::int64_t>(kMaxSeed)},
                                                QString::number(adversaries.seed)));
}

//! The selection policy's settings; `clientsValid` says whether spec.clients can be relied on.
void validateScheduling(SpecChecker& c, const FederationSpec& spec, bool clientsValid) {
    const SelectionSettings& selection = spec.selection;
    c.check(u"selection.policy"_s, selection.policy, kSelectionPolicies);
    const bool deadlineValid =
        c.check(u"selection.deadline_seconds"_s, selection.deadlineSeconds, kDeadlineSeconds);
    if (deadlineValid && selection.deadlineSeconds == 0.0) {
        if (selection.policy == SelectionPolicy::DeadlineAware)
            c.add(u"selection.deadline_seconds"_s,
                  u"must be positive when selection.policy is deadline-aware, got 0"_s);
        if (selection.powerControl)
            c.add(u"selection.power_control"_s,
                  u"needs selection.deadline_seconds > 0: power control lowers each client's "
                  u"transmit power until its upload just meets the deadline"_s);
    }
    const bool waitValid =
        c.check(u"selection.max_wait_rounds"_s, selection.maxWaitRounds, kMaxWaitRounds);
    const bool perRoundValid = clientsValid && inRange(selection.fraction, kFraction) &&
                               inRange(selection.minClients, IntRange{1, spec.clients});
    if (waitValid && perRoundValid && selection.maxWaitRounds != 0) {
        const int perRound = clientsPerRound(spec);
        const int fewest = (spec.clients + perRound - 1) / perRound;
        if (selection.maxWaitRounds < fewest)
            c.add(u"selection.max_wait_rounds"_s,
                  u"must be 0 or at least %1: with %2 clients and %3 per round, some client "
                  u"waits %1 rounds for its turn; got %4"_s.arg(fewest)
                      .arg(spec.clients)
                      .arg(perRound)
                      .arg(selection.maxWaitRounds));
    }
    c.check(u"selection.bandwidth_budget_hz"_s, selection.bandwidthBudgetHz, kBandwidthBudget);
}

//! Differential privacy: its own ranges, and what the accountant assumes of the rest of the spec.
void validatePrivacy(SpecChecker& c, const FederationSpec& spec) {
    const DifferentialPrivacySettings& dp = spec.privacy.dp;
    c.check(u"privacy.dp.mode"_s, dp.mode, kDpModes);
    c.check(u"privacy.dp.noise_multiplier"_s, dp.noiseMultiplier, kNoiseMultiplier);
    c.check(u"privacy.dp.clip_norm"_s, dp.clipNorm, kClipNorm);
    c.check(u"privacy.dp.delta"_s, dp.delta, kDelta);
    c.check(u"privacy.dp.target_epsilon"_s, dp.targetEpsilon, kTargetEpsilon);
    if (!dp.enabled)
        return;
    const StrategyKind kind = spec.strategy.kind;
    if (findValue(kStrategies, kind) && kind != StrategyKind::FedAvg &&
        kind != StrategyKind::FedProx && kind != StrategyKind::FedAvgM)
        c.add(
            u"strategy.name"_s,
            u"must be fedavg, fedprox or fedavgm when privacy.dp is enabled: DP-FedAvg calibrates "
            u"its noise to a clipped average of the updates, which %1 does not compute, got "
            u"%1"_s.arg(strategyName(kind)));
    // Local DP's guarantee does not rest on how clients are chosen; central DP's does.
    if (dp.mode != DpMode::Central)
        return;
    if (spec.privacy.secureAggregation.enabled)
        c.add(u"privacy.dp.mode"_s,
              u"must be local when privacy.secure_aggregation is enabled: central DP clips each "
              u"update at the coordinator, which secure aggregation keeps from seeing them, got "
              u"central"_s);
    if (spec.selection.policy != SelectionPolicy::Random &&
        findValue(kSelectionPolicies, spec.selection.policy))
        c.add(u"selection.policy"_s,
              u"must be random when privacy.dp is enabled: the privacy accountant assumes every "
              u"client takes part with the same probability (selection.fraction), which the %1 "
              u"policy does not give, got %1"_s.arg(selectionPolicyName(spec.selection.policy)));
    if (spec.selection.minClients > 1)
        c.add(u"selection.min_clients"_s,
              u"must be 1 when privacy.dp is enabled: each client takes part with probability "
              u"selection.fraction on its own coin, so no minimum can be promised, got %1"_s.arg(
                  spec.selection.minClients));
}

//! Secure aggregation: the threshold's two forms, and the strategies that can work on a sum.
void validateSecureAggregation(SpecChecker& c, const FederationSpec& spec) {
    const SecureAggregationSettings& sa = spec.privacy.secureAggregation;
    const QString t = u"privacy.secure_aggregation.threshold"_s;
    if (!std::isfinite(sa.threshold) || sa.threshold <= 0.5 ||
        (sa.threshold > 1.0 && (sa.threshold < 2.0 || sa.threshold != std::floor(sa.threshold))))
        c.add(t, u"must be a fraction of the round's participants in (0.5, 1] or a whole number of "
                 u"participants >= 2, got %1"_s.arg(numberText(sa.threshold)));
    else if (sa.threshold >= 2.0 && sa.threshold > static_cast<double>(spec.clients))
        c.add(t, u"must not exceed clients (%1), got %2"_s.arg(spec.clients)
                     .arg(numberText(sa.threshold)));
    c.check(u"privacy.secure_aggregation.fixed_point_bits"_s, std::int64_t{sa.fixedPointBits},
            kFixedPointBits);
    c.check(u"privacy.secure_aggregation.dropout_probability"_s, sa.dropoutProbability,
            kDropoutProbability);
    if (!sa.enabled)
        return;
    const StrategyKind kind = spec.strategy.kind;
    if (kind == StrategyKind::Median || kind == StrategyKind::TrimmedMean ||
        kind == StrategyKind::Krum || kind == StrategyKind::MultiKrum ||
        kind == StrategyKind::Scaffold)
        c.add(u"strategy.name"_s,
              u"cannot be %1 when privacy.secure_aggregation is enabled: it needs each client's "
              u"update, and the coordinator only sees their masked sum; use fedavg, fedprox, "
              u"fedavgm, fedadam, fedyogi or fedadagrad"_s.arg(strategyName(kind)));
    // Local DP combines with it (each node clips and noises, then masks: distributed DP);
    // central DP is refused in validatePrivacy(), which names privacy.dp.mode.
}

void validateContribution(SpecChecker& c, const FederationSpec& spec) {
    const ContributionSettings& contribution = spec.contribution;
    c.check(u"contribution.method"_s, contribution.method, kContributionMethods);
    c.check(u"contribution.utility"_s, contribution.utility, kContributionUtilities);
    c.check(u"contribution.budget"_s, contribution.budget, kContributionBudget);
    const bool samplesValid = c.check(u"contribution.validation_samples"_s,
                                      contribution.validationSamples, kValidationSamples);
    if (samplesValid && contribution.enabled && spec.data.trainLimit > 0 &&
        contribution.validationSamples >= spec.data.trainLimit)
        c.add(u"contribution.validation_samples"_s,
              u"must be fewer than data.train_limit (%1): the validation split is held out of "
              "the training samples, got %2"_s.arg(spec.data.trainLimit)
                  .arg(contribution.validationSamples));
    c.check(u"contribution.truncation"_s, contribution.truncation, kTruncation);
    c.check(u"contribution.round_tolerance"_s, contribution.roundTolerance, kRoundTolerance);
    c.check(u"contribution.reward.pool"_s, contribution.reward.pool, kRewardPool);
    c.check(u"contribution.reward.energy_weight"_s, contribution.reward.energyWeight,
            kEnergyWeight);
    // Scores come from re-aggregating subsets of the round's individual updates.
    if (contribution.enabled && spec.privacy.secureAggregation.enabled)
        c.add(u"contribution.enabled"_s,
              u"cannot be combined with privacy.secure_aggregation: contribution scores need each "
              u"client's update, and the coordinator only sees their masked sum"_s);
}

void validateEnergy(SpecChecker& c, const FederationSpec& spec, bool clientsValid) {
    const EnergySettings& energy = spec.energy;
    const DeviceCatalogue& catalogue = DeviceCatalogue::builtIn();
    QStringList defined = catalogue.names();
    QStringList required;
    for (const ProfileField& field : profileFields())
        if (!field.zeroDerives)
            required << field.key.toString();
    for (const DeviceProfileSettings& profile : energy.profiles) {
        const QString path = u"energy.profiles."_s + profile.name;
        if (profile.name.trimmed().isEmpty() || profile.name.size() > kMaxProfileNameLength) {
            c.add(path, u"a profile name must have 1..%1 characters, not blank"_s.arg(
                            kMaxProfileNameLength));
            continue;
        }
        if (defined.contains(profile.name) && !catalogue.find(profile.name)) {
            c.add(path, u"is defined twice"_s);
            continue;
        }
        for (const auto& [key, value] : profile.values) {
            const ProfileField* field = findProfileField(key);
            if (!field)
                c.add(path + u'.' + key, u"unknown field (allowed: description, %1)"_s.arg(
                                             profileFieldKeys().join(u", ")));
            else if (!profileValueAllowed(*field, value))
                c.add(path + u'.' + key,
                      u"must be %1, got %2"_s.arg(profileRangeText(*field), numberText(value)));
        }
        const DeviceProfile* base = catalogue.find(profile.name);
        if (!base) {
            QStringList missing;
            for (const QString& key : required)
                if (!profile.values.contains(key))
                    missing << key;
            if (!missing.isEmpty()) {
                c.add(path,
                      u"is not a built-in profile (%1), so it must set every field; "
                      u"missing: %2"_s.arg(catalogue.names().join(u", "), missing.join(u", ")));
                defined << profile.name;
                continue;
            }
        }
        const DeviceProfile merged = withOverrides(base ? *base : DeviceProfile{}, profile.values);
        if (merged.distanceMinM > merged.distanceMaxM)
            c.add(path + u".distance_min_m"_s,
                  u"must not exceed distance_max_m (%1), got %2"_s.arg(
                      numberText(merged.distanceMaxM), numberText(merged.distanceMinM)));
        if (!defined.contains(profile.name))
            defined << profile.name;
    }

    const auto checkName = [&](const QString& path, const QString& name) {
        if (defined.contains(name))
            return;
        c.add(path, u"must be a built-in profile (%1) or one defined in energy.profiles, got "
                    u"%2%3"_s.arg(catalogue.names().join(u", "), quoted(name),
                                  suggestion(name, defined)));
    };
    if (energy.clientDevices.isEmpty()) {
        if (energy.devices.empty())
            c.add(u"energy.devices"_s,
                  u"must list at least one {\"profile\": name, \"share\": number}, or set "
                  u"energy.client_devices"_s);
        QStringList seen;
        for (std::size_t i = 0; i < energy.devices.size(); ++i) {
            const QString item = u"energy.devices[%1]"_s.arg(i);
            const DeviceShareSettings& share = energy.devices[i];
            checkName(item + u".profile"_s, share.profile);
            if (seen.contains(share.profile))
                c.add(item + u".profile"_s,
                      u"%1 is listed twice; give it one entry with the sum of the shares"_s.arg(
                          quoted(share.profile)));
            seen << share.profile;
            c.check(item + u".share"_s, share.share, kDeviceShare);
        }
    } else {
        if (clientsValid && energy.clientDevices.size() != spec.clients)
            c.add(u"energy.client_devices"_s,
                  u"must list one profile per client (%1), got %2"_s.arg(spec.clients)
                      .arg(energy.clientDevices.size()));
        for (qsizetype i = 0; i < energy.clientDevices.size(); ++i)
            checkName(u"energy.client_devices[%1]"_s.arg(i), energy.clientDevices[i]);
    }
    c.check(u"energy.carbon_intensity_g_per_kwh"_s, energy.carbonIntensity, kCarbonIntensity);
    c.check(u"energy.model_bytes"_s, energy.modelBytes, kModelBytes);
    c.check(u"energy.flops_per_sample"_s, energy.flopsPerSample, kFlopsPerSample);
}

void writeEnergy(OrderedJsonWriter& w, const EnergySettings& energy) {
    w.beginObject(u"energy");
    std::vector<std::vector<std::pair<QString, QJsonValue>>> devices;
    for (const DeviceShareSettings& share : energy.devices)
        devices.push_back({{u"profile"_s, share.profile}, {u"share"_s, share.share}});
    w.field(u"devices", devices);
    w.field(u"client_devices", QJsonArray::fromStringList(energy.clientDevices));
    // By name, as a JSON object is read back, so that a written spec reads back the same.
    std::vector<const DeviceProfileSettings*> profiles;
    for (const DeviceProfileSettings& profile : energy.profiles)
        profiles.push_back(&profile);
    std::sort(profiles.begin(), profiles.end(),
              [](const auto* a, const auto* b) { return a->name < b->name; });
    w.beginObject(u"profiles");
    for (const DeviceProfileSettings* profile : profiles) {
        w.beginObject(profile->name);
        if (!profile->description.isEmpty())
            w.field(u"description", profile->description);
        for (const ProfileField& field : profileFields())
            if (const auto it = profile->values.find(field.key.toString());
                it != profile->values.end())
                w.field(field.key, it->second);
        w.endObject();
    }
    w.endObject();
    w.field(u"carbon_intensity_g_per_kwh", energy.carbonIntensity);
    w.field(u"model_bytes", energy.modelBytes);
    w.field(u"flops_per_sample", energy.flopsPerSample);
    w.field(u"count_idle", energy.countIdle);
    w.endObject();
}

void writeLaunch(OrderedJsonWriter& w, const LaunchSettings& launch) {
    w.beginObject(u"launch");
    w.field(u"mode", nameOf(kLaunchModes, launch.mode));
    w.field(u"kit_dir", launch.kitDir);
    w.field(u"listen", launch.listen);
    std::vector<std::vector<std::pair<QString, QJsonValue>>> hosts;
    for (const LaunchHostSettings& h : launch.hosts) {
        hosts.push_back({{u"host"_s, h.host},
                         {u"port"_s, h.port},
                         {u"identity_file"_s, h.identityFile},
                         {u"fednode"_s, h.fednode}});
        // Only when given, so that specs without it keep their exact canonical text.
        if (!h.sshOptions.isEmpty())
            hosts.back().push_back({u"ssh_options"_s, QJsonArray::fromStringList(h.sshOptions)});
    }
    w.field(u"hosts", hosts);
    w.field(u"round_deadline_seconds", launch.roundDeadlineSeconds);
    // Only when set, so that specs (and genesis blocks) without it keep their exact bytes.
    if (launch.joinTimeoutSeconds != 0.0)
        w.field(u"join_timeout_seconds", launch.joinTimeoutSeconds);
    w.field(u"quorum", launch.quorum);
    w.field(u"data_paths", QJsonArray::fromStringList(launch.dataPaths));
    w.endObject();
}

bool sameLaunch(const LaunchSettings& a, const LaunchSettings& b) {
    return a.mode == b.mode && a.kitDir == b.kitDir && a.listen == b.listen &&
           std::equal(a.hosts.begin(), a.hosts.end(), b.hosts.begin(), b.hosts.end(),
                      [](const LaunchHostSettings& x, const LaunchHostSettings& y) {
                          return x.host == y.host && x.port == y.port &&
                                 x.identityFile == y.identityFile && x.fednode == y.fednode &&
                                 x.sshOptions == y.sshOptions;
                      }) &&
           a.roundDeadlineSeconds == b.roundDeadlineSeconds &&
           a.joinTimeoutSeconds == b.joinTimeoutSeconds && a.quorum == b.quorum &&
           a.dataPaths == b.dataPaths;
}

bool sameEnergy(const EnergySettings& a, const EnergySettings& b) {
    const auto sameShares = [](const std::vector<DeviceShareSettings>& x,
                               const std::vector<DeviceShareSettings>& y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const auto& p, const auto& q) {
            return p.profile == q.profile && p.share == q.share;
        });
    };
    const auto byName = [](const std::vector<DeviceProfileSettings>& profiles) {
        std::map<QString, std::pair<QString, std::map<QString, double>>> sorted;
        for (const DeviceProfileSettings& p : profiles)
            sorted[p.name] = {p.description, p.values};
        return sorted;
    };
    return sameShares(a.devices, b.devices) && a.clientDevices == b.clientDevices &&
           byName(a.profiles) == byName(b.profiles) && a.carbonIntensity == b.carbonIntensity &&
           a.modelBytes == b.modelBytes && a.flopsPerSample == b.flopsPerSample &&
           a.countIdle == b.countIdle;
}

} // namespace

int clientsPerRound(const FederationSpec& spec) {
    const int n = std::max(1, spec.clients);
    const auto wanted = static_cast<int>(std::ceil(spec.selection.fraction * n - 1e-9));
    return std::clamp(std::max(wanted, spec.selection.minClients), 1, n);
}

int maxWaitRounds(const FederationSpec& spec) {
    if (spec.selection.maxWaitRounds > 0)
        return spec.selection.maxWaitRounds;
    const int perRound = clientsPerRound(spec);
    return kDefaultWaitFactor * ((std::max(1, spec.clients) + perRound - 1) / perRound);
}

std::vector<SpecProblem> validateSpec(const FederationSpec& spec) {
    SpecChecker c;

    if (spec.name.trimmed().isEmpty())
        c.add(u"name"_s, u"must not be empty"_s);
    else if (spec.name.size() > kMaxNameLength)
        c.add(u"name"_s,
              u"must be at most %1 characters, got %2"_s.arg(kMaxNameLength).arg(spec.name.size()));
    if (spec.seed > kMaxSeed)
        c.add(u"seed"_s, outOfRange(IntRange{0, static_cast<std::int64_t>(kMaxSeed)},
                                    QString::number(spec.seed)));
    c.check(u"rounds"_s, spec.rounds, kRounds);
    const bool clientsValid = c.check(u"clients"_s, spec.clients, kClients);

    const DataSettings& data = spec.data;
    const bool datasetValid = c.check(u"data.dataset"_s, data.dataset, kDatasets);
    if (datasetValid && isImageDataset(data.dataset) && data.path.trimmed().isEmpty()) {
        c.add(u"data.path"_s,
              u"must not be empty when data.dataset is %1 (the folder with the "
              u"%2)"_s.arg(datasetName(data.dataset), data.dataset == DatasetKind::Cifar10
                                                          ? u"CIFAR-10 binary batches"_s
                                                          : u"IDX files"_s));
    }
    c.check(u"data.train_limit"_s, data.trainLimit, kDataLimit);
    c.check(u"data.test_limit"_s, data.testLimit, kDataLimit);
    if (datasetValid && data.dataset == DatasetKind::Csv && data.csv.trainFile.trimmed().isEmpty())
        c.add(u"data.csv.train"_s,
              u"must be set when data.dataset is csv (the training CSV file)"_s);
    if (data.csv.labelColumn.trimmed().isEmpty())
        c.add(u"data.csv.label_column"_s,
              u"must not be empty (a header name, or a 0-based column index)"_s);
    c.check(u"data.csv.test_fraction"_s, data.csv.testFraction, kTestFraction);
    const SyntheticSettings& synthetic = data.synthetic;
    c.check(u"data.synthetic.alpha"_s, synthetic.alpha, kSyntheticSkew);
    c.check(u"data.synthetic.beta"_s, synthetic.beta, kSyntheticSkew);
    c.check(u"data.synthetic.dimension"_s, synthetic.dimension, kDimension);
    c.check(u"data.synthetic.classes"_s, synthetic.classes, kClasses);
    c.check(u"data.synthetic.samples_per_client"_s, synthetic.samplesPerClientMean,
            kSamplesPerClient);
    c.check(u"data.synthetic.test_samples"_s, synthetic.testSamples, kTestSamples);

    const PartitionSettings& partition = spec.partition;
    c.check(u"partition.scheme"_s, partition.scheme, kPartitions);
    c.check(u"partition.alpha"_s, partition.alpha, kDirichletAlpha);
    c.check(u"partition.shards_per_client"_s, partition.shardsPerClient, kShardsPerClient);
    c.check(u"partition.quantity_alpha"_s, partition.quantityAlpha, kQuantityAlpha);
    c.check(u"partition.min_samples_per_client"_s, partition.minSamplesPerClient,
            kMinSamplesPerClient);

    c.check(u"selection.fraction"_s, spec.selection.fraction, kFraction);
    if (clientsValid) {
        if (!inRange(spec.selection.minClients, IntRange{1, spec.clients})) {
            c.add(u"selection.min_clients"_s,
                  u"must be 1..%1 (at most clients), got %2"_s.arg(spec.clients)
                      .arg(spec.selection.minClients));
        }
    } else {
        c.check(u"selection.min_clients"_s, spec.selection.minClients, kMinClients);
    }
    validateScheduling(c, spec, clientsValid);

    const ModelSettings& model = spec.model;
    const bool architectureValid =
        c.check(u"model.architecture"_s, model.architecture, kArchitectures);
    const bool convolutional = model.architecture == ModelArchitecture::Cnn ||
                               model.architecture == ModelArchitecture::LeNet5;
    if (architectureValid && datasetValid && convolutional && !isImageDataset(data.dataset)) {
        c.add(u"model.architecture"_s,
              u"%1 needs image data (data.dataset fashion-mnist, mnist or cifar10), got "
              u"data.dataset %2; "
              u"use mlp or logreg for %2"_s.arg(architectureName(model.architecture),
                                                datasetName(data.dataset)));
    }
    const auto layers = static_cast<std::int64_t>(model.hidden.size());
    if (layers > kMaxHiddenLayers) {
        c.add(u"model.hidden"_s,
              u"must have 0..%1 layers, got %2"_s.arg(kMaxHiddenLayers).arg(layers));
    }
    for (std::size_t i = 0; i < model.hidden.size(); ++i)
        c.check(u"model.hidden[%1]"_s.arg(i), model.hidden[i], kHiddenWidth);
    if (architectureValid && model.architecture == ModelArchitecture::TorchScript &&
        model.path.trimmed().isEmpty())
        c.add(u"model.path"_s, u"must name the TorchScript module file (saved with "
                               u"torch.jit.save) when model.architecture is torchscript"_s);

    const TrainingSettings& training = spec.training;
    c.check(u"training.optimizer"_s, training.optimizer, kOptimizers);
    c.check(u"training.learning_rate"_s, training.learningRate, kLearningRate);
    c.check(u"training.momentum"_s, training.momentum, kMomentum);
    c.check(u"training.weight_decay"_s, training.weightDecay, kWeightDecay);
    c.check(u"training.adam_beta1"_s, training.adamBeta1, kAdamBeta);
    c.check(u"training.adam_beta2"_s, training.adamBeta2, kAdamBeta);
    c.check(u"training.adam_epsilon"_s, training.adamEpsilon, kAdamEpsilon);
    c.check(u"training.local_epochs"_s, training.localEpochs, kLocalEpochs);
    c.check(u"training.batch_size"_s, training.batchSize, kBatchSize);

    c.check(u"strategy.name"_s, spec.strategy.kind, kStrategies);
    c.check(u"strategy.mu"_s, spec.strategy.proximalMu, kProximalMu);
    c.check(u"strategy.server_learning_rate"_s, spec.strategy.serverLearningRate,
            kServerLearningRate);
    validateStrategy(c, spec, clientsValid);
    validateAdversaries(c, spec, clientsValid);
    c.check(u"validation.max_update_norm"_s, spec.validation.maxUpdateNorm, kMaxUpdateNorm);

    c.check(u"evaluation.every"_s, spec.evaluation.every, kEvaluationEvery);
    c.check(u"evaluation.batch_size"_s, spec.evaluation.batchSize, kEvaluationBatch);

    validateEnergy(c, spec, clientsValid);
    validateContribution(c, spec);

    c.check(u"execution.workers"_s, spec.execution.workers, kWorkers);
    validatePrivacy(c, spec);
    validateSecureAggregation(c, spec);
    validateLaunch(c, spec, clientsValid);
    return c.take();
}

QByteArray specToJson(const FederationSpec& spec) {
    OrderedJsonWriter w;
    w.field(u"format", specFormatMarker.toString());
    w.field(u"name", spec.name);
    // Valid seeds fit in 53 bits; clamping only keeps an invalid one from wrapping negative.
    w.field(u"seed",
            static_cast<qint64>(std::min<std::uint64_t>(
                spec.seed, static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))));
    w.field(u"rounds", spec.rounds);
    w.field(u"clients", spec.clients);

    const DataSettings& data = spec.data;
    w.beginObject(u"data");
    w.field(u"dataset", datasetName(data.dataset));
    w.field(u"path", data.path);
    w.field(u"train_limit", data.trainLimit);
    w.field(u"test_limit", data.testLimit);
    w.beginObject(u"csv");
    w.field(u"train", data.csv.trainFile);
    w.field(u"test", data.csv.testFile);
    w.field(u"label_column", data.csv.labelColumn);
    w.field(u"header", data.csv.header);
    w.field(u"test_fraction", data.csv.testFraction);
    w.endObject();
    w.beginObject(u"synthetic");
    w.field(u"alpha", data.synthetic.alpha);
    w.field(u"beta", data.synthetic.beta);
    w.field(u"dimension", data.synthetic.dimension);
    w.field(u"classes", data.synthetic.classes);
    w.field(u"samples_per_client", data.synthetic.samplesPerClientMean);
    w.field(u"test_samples", data.synthetic.testSamples);
    w.field(u"iid", data.synthetic.iid);
    w.endObject();
    w.endObject();

    w.beginObject(u"partition");
    w.field(u"scheme", partitionName(spec.partition.scheme));
    w.field(u"alpha", spec.partition.alpha);
    w.field(u"shards_per_client", spec.partition.shardsPerClient);
    w.field(u"quantity_alpha", spec.partition.quantityAlpha);
    w.field(u"min_samples_per_client", spec.partition.minSamplesPerClient);
    w.endObject();

    w.beginObject(u"selection");
    w.field(u"fraction", spec.selection.fraction);
    w.field(u"min_clients", spec.selection.minClients);
    w.field(u"policy", selectionPolicyName(spec.selection.policy));
    w.field(u"deadline_seconds", spec.selection.deadlineSeconds);
    w.field(u"max_wait_rounds", spec.selection.maxWaitRounds);
    w.field(u"bandwidth_budget_hz", spec.selection.bandwidthBudgetHz);
    w.field(u"power_control", spec.selection.powerControl);
    w.endObject();

    w.beginObject(u"model");
    w.field(u"architecture", architectureName(spec.model.architecture));
    w.field(u"hidden", spec.model.hidden);
    w.field(u"path", spec.model.path);
    w.endObject();

    const TrainingSettings& training = spec.training;
    w.beginObject(u"training");
    w.field(u"optimizer", optimizerName(training.optimizer));
    w.field(u"learning_rate", training.learningRate);
    w.field(u"momentum", training.momentum);
    w.field(u"weight_decay", training.weightDecay);
    w.field(u"adam_beta1", training.adamBeta1);
    w.field(u"adam_beta2", training.adamBeta2);
    w.field(u"adam_epsilon", training.adamEpsilon);
    w.field(u"local_epochs", training.localEpochs);
    w.field(u"batch_size", training.batchSize);
    w.endObject();

    w.beginObject(u"strategy");
    w.field(u"name", strategyName(spec.strategy.kind));
    w.field(u"mu", spec.strategy.proximalMu);
    w.field(u"server_learning_rate", spec.strategy.serverLearningRate);
    w.field(u"server_momentum", spec.strategy.serverMomentum);
    w.field(u"beta1", spec.strategy.beta1);
    w.field(u"beta2", spec.strategy.beta2);
    w.field(u"tau", spec.strategy.tau);
    w.field(u"trim_fraction", spec.strategy.trimFraction);
    w.field(u"krum_byzantine", spec.strategy.krumByzantine);
    w.field(u"multi_krum_m", spec.strategy.multiKrumSelected);
    w.endObject();

    const AdversarySettings& adversaries = spec.adversaries;
    w.beginObject(u"adversaries");
    w.field(u"count", adversaries.count);
    w.field(u"clients", adversaries.clients);
    w.field(u"behaviour", adversaryBehaviourName(adversaries.behaviour));
    w.field(u"scale", adversaries.scale);
    w.field(u"noise_std", adversaries.noiseStd);
    w.field(u"seed",
            static_cast<qint64>(std::min<std::uint64_t>(
                adversaries.seed, static_cast<std::uint64_t>(std::numeric_limits<qint64>::max()))));
    if (!adversaries.groups.empty()) {
        std::vector<std::vector<std::pair<QString, QJsonValue>>> groups;
        for (const AdversaryGroup& g : adversaries.groups) {
            QJsonArray clients;
            for (int client : g.clients)
                clients.append(client);
            groups.push_back({{u"clients"_s, clients},
                              {u"behaviour"_s, adversaryBehaviourName(g.behaviour)},
                              {u"scale"_s, g.scale},
                              {u"noise_std"_s, g.noiseStd}});
        }
        w.field(u"groups", groups);
    }
    w.endObject();

    w.beginObject(u"validation");
    w.field(u"max_update_norm", spec.validation.maxUpdateNorm);
    w.endObject();

    w.beginObject(u"evaluation");
    w.field(u"every", spec.evaluation.every);
    w.field(u"per_client", spec.evaluation.perClient);
    w.field(u"batch_size", spec.evaluation.batchSize);
    w.endObject();

    writeEnergy(w, spec.energy);

    w.beginObject(u"execution");
    w.field(u"workers", spec.execution.workers);
    w.endObject();

    w.beginObject(u"ledger");
    w.field(u"store_updates", spec.ledger.storeUpdates);
    w.endObject();

    const DifferentialPrivacySettings& dp = spec.privacy.dp;
    w.beginObject(u"privacy");
    w.beginObject(u"dp");
    w.field(u"enabled", dp.enabled);
    w.field(u"mode", dpModeName(dp.mode));
    w.field(u"noise_multiplier", dp.noiseMultiplier);
    w.field(u"clip_norm", dp.clipNorm);
    w.field(u"delta", dp.delta);
    w.field(u"target_epsilon", dp.targetEpsilon);
    w.endObject();
    const SecureAggregationSettings& sa = spec.privacy.secureAggregation;
    w.beginObject(u"secure_aggregation");
    w.field(u"enabled", sa.enabled);
    w.field(u"threshold", sa.threshold);
    w.field(u"fixed_point_bits", sa.fixedPointBits);
    w.field(u"dropout_probability", sa.dropoutProbability);
    w.endObject();
    w.endObject();
    // Written only when it says something: the specs (and so the genesis blocks) of runs that
    // do not score contributions stay as they were.
    const ContributionSettings& contribution = spec.contribution;
    if (!sameContribution(contribution, ContributionSettings{})) {
        w.beginObject(u"contribution");
        w.field(u"enabled", contribution.enabled);
        w.field(u"method", nameOf(kContributionMethods, contribution.method));
        w.field(u"utility", nameOf(kContributionUtilities, contribution.utility));
        w.field(u"budget", contribution.budget);
        w.field(u"validation_samples", contribution.validationSamples);
        w.field(u"truncation", contribution.truncation);
        w.field(u"round_tolerance", contribution.roundTolerance);
        w.beginObject(u"reward");
        w.field(u"rule", u"proportional"_s);
        w.field(u"pool", contribution.reward.pool);
        w.field(u"energy_weight", contribution.reward.energyWeight);
        w.endObject();
        w.endObject();
    }
    // Only networked specs carry the section, so in-process specs (and their runs' genesis
    // blocks) stay byte for byte what they were.
    if (spec.launch.mode != LaunchMode::InProcess)
        writeLaunch(w, spec.launch);
    return w.finish();
}

bool sameSpec(const FederationSpec& a, const FederationSpec& b) {
    const auto sameCsv = [](const CsvSettings& x, const CsvSettings& y) {
        return x.trainFile == y.trainFile && x.testFile == y.testFile &&
               x.labelColumn == y.labelColumn && x.header == y.header &&
               x.testFraction == y.testFraction;
    };
    const auto sameSynthetic = [](const SyntheticSettings& x, const SyntheticSettings& y) {
        return x.alpha == y.alpha && x.beta == y.beta && x.dimension == y.dimension &&
               x.classes == y.classes && x.samplesPerClientMean == y.samplesPerClientMean &&
               x.testSamples == y.testSamples && x.iid == y.iid;
    };
    const auto sameData = [&](const DataSettings& x, const DataSettings& y) {
        return x.dataset == y.dataset && x.path == y.path && sameCsv(x.csv, y.csv) &&
               sameSynthetic(x.synthetic, y.synthetic) && x.trainLimit == y.trainLimit &&
               x.testLimit == y.testLimit;
    };
    const auto samePartition = [](const PartitionSettings& x, const PartitionSettings& y) {
        return x.scheme == y.scheme && x.alpha == y.alpha &&
               x.shardsPerClient == y.shardsPerClient && x.quantityAlpha == y.quantityAlpha &&
               x.minSamplesPerClient == y.minSamplesPerClient;
    };
    const auto sameTraining = [](const TrainingSettings& x, const TrainingSettings& y) {
        return x.optimizer == y.optimizer && x.learningRate == y.learningRate &&
               x.momentum == y.momentum && x.weightDecay == y.weightDecay &&
               x.adamBeta1 == y.adamBeta1 && x.adamBeta2 == y.adamBeta2 &&
               x.adamEpsilon == y.adamEpsilon && x.localEpochs == y.localEpochs &&
               x.batchSize == y.batchSize;
    };
    return a.name == b.name && a.seed == b.seed && a.rounds == b.rounds && a.clients == b.clients &&
           sameData(a.data, b.data) && samePartition(a.partition, b.partition) &&
           a.selection.fraction == b.selection.fraction &&
           a.selection.minClients == b.selection.minClients &&
           a.selection.policy == b.selection.policy &&
           a.selection.deadlineSeconds == b.selection.deadlineSeconds &&
           a.selection.maxWaitRounds == b.selection.maxWaitRounds &&
           a.selection.bandwidthBudgetHz == b.selection.bandwidthBudgetHz &&
           a.selection.powerControl == b.selection.powerControl && sameEnergy(a.energy, b.energy) &&
           a.model.architecture == b.model.architecture && a.model.hidden == b.model.hidden &&
           sameTraining(a.training, b.training) && a.strategy.kind == b.strategy.kind &&
           a.strategy.proximalMu == b.strategy.proximalMu &&
           a.strategy.serverLearningRate == b.strategy.serverLearningRate &&
           a.strategy.serverMomentum == b.strategy.serverMomentum &&
           a.strategy.beta1 == b.strategy.beta1 && a.strategy.beta2 == b.strategy.beta2 &&
           a.strategy.tau == b.strategy.tau && a.strategy.trimFraction == b.strategy.trimFraction &&
           a.strategy.krumByzantine == b.strategy.krumByzantine &&
           a.strategy.multiKrumSelected == b.strategy.multiKrumSelected &&
           a.adversaries.count == b.adversaries.count &&
           a.adversaries.clients == b.adversaries.clients &&
           a.adversaries.behaviour == b.adversaries.behaviour &&
           a.adversaries.scale == b.adversaries.scale &&
           a.adversaries.noiseStd == b.adversaries.noiseStd &&
           a.adversaries.seed == b.adversaries.seed &&
           std::equal(a.adversaries.groups.begin(), a.adversaries.groups.end(),
                      b.adversaries.groups.begin(), b.adversaries.groups.end(),
                      [](const AdversaryGroup& x, const AdversaryGroup& y) {
                          return x.clients == y.clients && x.behaviour == y.behaviour &&
                                 x.scale == y.scale && x.noiseStd == y.noiseStd;
                      }) &&
           a.validation.maxUpdateNorm == b.validation.maxUpdateNorm &&
           a.model.path == b.model.path && a.evaluation.every == b.evaluation.every &&
           a.evaluation.perClient == b.evaluation.perClient &&
           a.evaluation.batchSize == b.evaluation.batchSize &&
           a.execution.workers == b.execution.workers &&
           a.ledger.storeUpdates == b.ledger.storeUpdates && sameLaunch(a.launch, b.launch) &&
           a.privacy.dp.enabled == b.privacy.dp.enabled && a.privacy.dp.mode == b.privacy.dp.mode &&
           a.privacy.dp.noiseMultiplier == b.privacy.dp.noiseMultiplier &&
           a.privacy.dp.clipNorm == b.privacy.dp.clipNorm &&
           a.privacy.dp.delta == b.privacy.dp.delta &&
           a.privacy.dp.targetEpsilon == b.privacy.dp.targetEpsilon &&
           a.privacy.secureAggregation.enabled == b.privacy.secureAggregation.enabled &&
           a.privacy.secureAggregation.threshold == b.privacy.secureAggregation.threshold &&
           a.privacy.secureAggregation.fixedPointBits ==
               b.privacy.secureAggregation.fixedPointBits &&
           a.privacy.secureAggregation.dropoutProbability ==
               b.privacy.secureAggregation.dropoutProbability &&
           sameContribution(a.contribution, b.contribution);
}

bool sameContribution(const ContributionSettings& a, const ContributionSettings& b) {
    return a.enabled == b.enabled && a.method == b.method && a.utility == b.utility &&
           a.budget == b.budget && a.validationSamples == b.validationSamples &&
           a.truncation == b.truncation && a.roundTolerance == b.roundTolerance &&
           a.reward.pool == b.reward.pool && a.reward.energyWeight == b.reward.energyWeight;
}

QString contributionMethodName(ContributionMethod method) {
    return nameOf(kContributionMethods, method);
}
std::optional<ContributionMethod> parseContributionMethod(QStringView name) {
    return valueOf(kContributionMethods, name);
}
QStringList contributionMethodNames() {
    return namesOf(kContributionMethods);
}
QString contributionUtilityName(ContributionUtility utility) {
    return nameOf(kContributionUtilities, utility);
}

} // namespace fed
