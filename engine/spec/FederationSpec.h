#pragma once
// The federation spec: everything that defines a run, as a plain value.
// Loaded from and saved to `*.fed.json` by SpecIO; documented in docs/spec.md.

#include <QString>
#include <QStringList>
#include <cstdint>
#include <map>
#include <vector>

namespace fed {

enum class DatasetKind { FashionMnist, Mnist, Csv, Synthetic, Cifar10 };
enum class PartitionScheme { Iid, Dirichlet, Shards, Quantity };
enum class ModelArchitecture { LogisticRegression, Mlp, Cnn, LeNet5, TorchScript };
enum class OptimizerKind { Sgd, Adam };
enum class StrategyKind {
    FedAvg,
    FedProx,
    FedAvgM,
    FedAdam,
    FedYogi,
    FedAdagrad,
    Scaffold,
    Median,
    TrimmedMean,
    Krum,
    MultiKrum
};
//! What a Byzantine client does instead of (or after) honest training (docs/strategies.md).
enum class AdversaryBehaviour { SignFlip, Scaled, Gaussian, LabelFlip, FreeRider };
enum class SelectionPolicy { Random, EnergyAware, DeadlineAware };
//! Where differential-privacy noise is added (docs/privacy.md): at the server to the aggregate,
//! or on each node to its own update before it leaves.
enum class DpMode { Central, Local };
//! How contribution scores are computed (docs/contribution.md).
enum class ContributionMethod { Auto, Exact, Gtg, Tmc, LeaveOneOut, Cosine };
//! What a coalition's model is worth: its validation loss reduction or accuracy gain.
enum class ContributionUtility { Loss, Accuracy };

struct CsvSettings {
    QString trainFile; //!< path; relative paths resolve against the spec's folder
    QString testFile;  //!< empty: hold out `testFraction` of the train file
    QString labelColumn = QStringLiteral("label"); //!< header name, or a 0-based index as text
    bool header = true;
    double testFraction = 0.2;
};

//! FedProx's Synthetic(alpha, beta) generator (Li et al. 2020, MLSys).
struct SyntheticSettings {
    double alpha = 1.0;
    double beta = 1.0;
    int dimension = 60;
    int classes = 10;
    int samplesPerClientMean = 200; //!< client sizes follow a log-normal around this mean
    int testSamples = 2000;
    bool iid = false; //!< Synthetic-IID: one shared model and feature distribution
};

struct DataSettings {
    DatasetKind dataset = DatasetKind::FashionMnist;
    //! IDX folder (fashion-mnist, mnist) or CIFAR-10 binary batches folder (cifar10)
    QString path = QStringLiteral("/usr/share/datasets/fashion-mnist");
    CsvSettings csv;
    SyntheticSettings synthetic;
    int trainLimit = 0; //!< 0: all training samples; otherwise the first N (fast tests)
    int testLimit = 0;  //!< 0: all test samples
};

struct PartitionSettings {
    PartitionScheme scheme = PartitionScheme::Iid;
    double alpha = 0.5;         //!< Dirichlet concentration (label skew)
    int shardsPerClient = 2;    //!< pathological shards (McMahan et al. 2017)
    double quantityAlpha = 1.0; //!< quantity skew: client sizes ~ Dirichlet(quantityAlpha)
    int minSamplesPerClient = 1;
};

struct SelectionSettings {
    double fraction = 1.0; //!< share of clients selected per round
    int minClients = 1;    //!< never fewer than this per round
    SelectionPolicy policy = SelectionPolicy::Random;
    double deadlineSeconds = 0.0;   //!< modelled client time limit per round; 0: none
    int maxWaitRounds = 0;          //!< fairness bound (rounds); 0: see defaultMaxWaitRounds()
    double bandwidthBudgetHz = 0.0; //!< uplink bandwidth shared per round; 0: each its own
    bool powerControl = false;      //!< lowest transmit power that meets the deadline
};

struct ModelSettings {
    ModelArchitecture architecture = ModelArchitecture::Mlp;
    std::vector<int> hidden{200, 200}; //!< MLP hidden layer widths
    //! torchscript: the module file (torch.jit.save); relative paths resolve against the spec's
    //! folder
    QString path;
};

struct TrainingSettings {
    OptimizerKind optimizer = OptimizerKind::Sgd;
    double learningRate = 0.05;
    double momentum = 0.0;
    double weightDecay = 0.0;
    double adamBeta1 = 0.9;
    double adamBeta2 = 0.999;
    double adamEpsilon = 1e-8;
    int localEpochs = 1;
    int batchSize = 32;
};

struct StrategySettings {
    StrategyKind kind = StrategyKind::FedAvg;
    double proximalMu = 0.01; //!< FedProx mu; ignored by FedAvg
    //! Scales the aggregated update applied to the global model. When a spec leaves it out,
    //! parseSpec uses defaultServerLearningRate(kind): 1, or 0.01 for the adaptive optimizers.
    double serverLearningRate = 1.0;
    double serverMomentum = 0.9; //!< FedAvgM: beta of the server momentum
    double beta1 = 0.9;          //!< FedAdam/FedYogi/FedAdagrad: first-moment decay
    double beta2 = 0.99;         //!< FedAdam/FedYogi: second-moment decay
    double tau = 1e-3;           //!< FedAdam/FedYogi/FedAdagrad: adaptivity (epsilon)
    double trimFraction = 0.2;   //!< trimmed mean: share cut from each end, per coordinate
    int krumByzantine = 1;       //!< Krum/Multi-Krum: f, the Byzantine updates tolerated
    int multiKrumSelected = 0;   //!< Multi-Krum: m updates averaged; 0: n - f
};

//! Further Byzantine clients with a behaviour of their own, for mixed attacks (e.g. free riders
//! next to sign flippers); always listed explicitly.
struct AdversaryGroup {
    std::vector<int> clients;
    AdversaryBehaviour behaviour = AdversaryBehaviour::FreeRider;
    double scale = 4.0;
    double noiseStd = 1.0;
};

//! Byzantine clients (docs/strategies.md#adversaries): who they are and what they do. The run
//! records the resolved list in its spec (and so in the ledger's genesis block).
struct AdversarySettings {
    int count = 0; //!< Byzantine clients drawn at random (seeded) when `clients` is empty
    std::vector<int> clients; //!< explicit client indices; when set, count is 0 or its size
    AdversaryBehaviour behaviour = AdversaryBehaviour::SignFlip;
    double scale = 4.0;     //!< sign-flip sends -scale * delta; scaled sends scale * delta
    double noiseStd = 1.0;  //!< gaussian: the update is N(0, noise_std^2) per coordinate
    std::uint64_t seed = 0; //!< mixed with the spec's seed for the choice and the noise
    //! More Byzantine clients, each group with its own behaviour; never drawn by `count`.
    std::vector<AdversaryGroup> groups;
};

//! Checks every update passes before aggregation, besides shape and finiteness.
struct ValidationSettings {
    double maxUpdateNorm = 0.0; //!< reject updates whose L2 norm exceeds this; 0: no bound
};

struct EvaluationSettings {
    int every = 1;          //!< evaluate the global model every N rounds (and always the last)
    bool perClient = false; //!< also evaluate the global model on each selected client's data
    int batchSize = 1000;
};

struct ExecutionSettings {
    int workers = 0; //!< training threads; 0: one per core
};

//! The audit ledger (docs/ledger-format.md). Every run has one; this only says what it keeps.
struct LedgerSettings {
    //! Also keep every accepted client update in the run file, so that an auditor can replay
    //! each aggregation (`fedctl ledger verify --replay`). Costs one model's size per update.
    bool storeUpdates = false;
};

//! Client-level differential privacy (docs/privacy.md): DP-FedAvg (McMahan et al. 2018) with a
//! Renyi-DP accountant. With it on, each client takes part in a round with probability
//! selection.fraction, independently (Poisson sampling), which is what the accountant assumes.
struct DifferentialPrivacySettings {
    bool enabled = false;
    DpMode mode = DpMode::Central;
    double noiseMultiplier = 1.0; //!< z: noise standard deviation over the clip norm
    double clipNorm = 1.0;        //!< C: every update is scaled down to L2 norm at most C
    double targetEpsilon = 0.0;   //!< budget: stop before a round would exceed it; 0: no budget
    double delta = 1e-5;          //!< the delta epsilon is reported for
};

//! Privacy of the nodes' updates: differential privacy, and secure aggregation
//! (docs/secure-aggregation.md).
//! Secure aggregation by pairwise masking (docs/secure-aggregation.md): the coordinator sees
//! only masked updates and their sum. Needs an averaging strategy (no median, Krum, SCAFFOLD).
struct SecureAggregationSettings {
    bool enabled = false;
    //! t, the participants needed to unmask a round: a fraction of the round's participants in
    //! (0.5, 1] (rounded up), or an absolute count >= 2. Up to n - t may drop out after masking.
    double threshold = 2.0 / 3.0;
    int fixedPointBits = 24; //!< f: updates are encoded as round(x * 2^f) in Z_{2^64}
    //! Simulation only (in-process nodes): the chance that a node drops out after sending its
    //! keys and shares, before its masked update arrives. Seeded, so runs stay reproducible.
    double dropoutProbability = 0.0;
};

struct PrivacySettings {
    DifferentialPrivacySettings dp;
    SecureAggregationSettings secureAggregation;
};

//! One entry of the device mix: a profile and its relative share of the clients.
struct DeviceShareSettings {
    QString profile;
    double share = 1.0;
};

//! A device profile defined or changed by the spec: for a built-in name, the fields given
//! replace the preset's; any other name defines a new profile, which needs every field.
struct DeviceProfileSettings {
    QString name;
    QString description;
    std::map<QString, double> values; //!< field key as in JSON (docs/energy.md) -> value
};

//! Energy accounting (docs/energy.md): which device each client runs on, and the figures the
//! model needs that the devices do not say.
struct EnergySettings {
    std::vector<DeviceShareSettings> devices{{QStringLiteral("raspberry-pi-4"), 0.25},
                                             {QStringLiteral("phone-midrange"), 0.25},
                                             {QStringLiteral("laptop"), 0.25},
                                             {QStringLiteral("edge-server"), 0.25}};
    QStringList clientDevices; //!< one profile per client, overriding `devices`; empty: the mix
    std::vector<DeviceProfileSettings> profiles;
    double carbonIntensity = 0.0; //!< g CO2/kWh for every client; 0: each profile's own
    int modelBytes = 0;           //!< upload size; 0: the encoded update of the model
    double flopsPerSample = 0.0;  //!< training FLOPs per sample; 0: 6 * the model's MACs
    bool countIdle = false;       //!< charge idle power while a client waits for the round
};

//! How rewards follow from contribution scores (docs/contribution.md#rewards).
struct RewardSettings {
    double pool = 100.0;       //!< reward units shared among a round's contributors
    double energyWeight = 0.0; //!< share of the pool given by score per joule, in [0, 1]
};

//! Contribution scores and rewards (docs/contribution.md). Off by default: scoring evaluates
//! candidate aggregates on the coordinator's validation split, which costs time every round.
struct ContributionSettings {
    bool enabled = false;
    ContributionMethod method = ContributionMethod::Auto;
    ContributionUtility utility = ContributionUtility::Loss;
    int budget = 100; //!< coalition evaluations per round for gtg and tmc (auto picks by it)
    //! Samples held out of the training set before partitioning, owned by the coordinator.
    int validationSamples = 1000;
    double truncation = 0.01;     //!< within-round truncation, as a share of |v(all)|
    double roundTolerance = 1e-4; //!< gtg: a round whose |v(all)| is below this scores 0
    RewardSettings reward;
};

//! Where the clients run (docs/spec.md#launch, docs/protocol.md): as simulated threads in the
//! coordinator, or as `fednode` processes on this machine or on SSH hosts that join over
//! mutual TLS with the kits `fedctl provision` made.
enum class LaunchMode { InProcess, Local, Ssh };

struct LaunchHostSettings {
    QString host;         //!< [user@]host
    int port = 22;        //!< SSH port
    QString identityFile; //!< ssh -i; empty: the SSH agent or ~/.ssh defaults
    QString fednode = QStringLiteral("fednode"); //!< the fednode program on that host
    //! Each passed to ssh and scp as `-o OPTION` (NAME=VALUE), before the launcher's defaults.
    QStringList sshOptions;
};

struct LaunchSettings {
    LaunchMode mode = LaunchMode::InProcess;
    //! The `fedctl provision --out` folder (coordinator/ and nodes/); relative paths resolve
    //! against the spec's folder.
    QString kitDir;
    QString listen; //!< host:port the coordinator listens on; empty: the kit's address
    std::vector<LaunchHostSettings> hosts; //!< ssh: node i runs on hosts[i % hosts.size()]
    double roundDeadlineSeconds = 120.0;
    //! How long after the coordinator's start a node that has not joined yet is waited for
    //! (before round 1, and by a round instead of dropping it); 0: the round deadline.
    double joinTimeoutSeconds = 0.0;
    //! Updates a round needs at its deadline: a fraction of the selected nodes when <= 1,
    //! otherwise a count.
    double quorum = 1.0;
    QStringList dataPaths; //!< per node `fednode --data`; empty or missing: the spec's partition
};

struct FederationSpec {
    QString name = QStringLiteral("Untitled federation");
    std::uint64_t seed = 1;
    int rounds = 10;
    int clients = 10;
    DataSettings data;
    PartitionSettings partition;
    SelectionSettings selection;
    ModelSettings model;
    TrainingSettings training;
    StrategySettings strategy;
    AdversarySettings adversaries;
    ValidationSettings validation;
    EvaluationSettings evaluation;
    EnergySettings energy;
    ExecutionSettings execution;
    LedgerSettings ledger;
    PrivacySettings privacy;
    ContributionSettings contribution;
    LaunchSettings launch;

    //! Where relative data paths resolve from (the spec file's folder); not serialized.
    QString baseDirectory;
};

} // namespace fed
