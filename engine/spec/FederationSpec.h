#pragma once
// The federation spec: everything that defines a run, as a plain value.
// Loaded from and saved to `*.fed.json` by SpecIO; documented in docs/spec.md.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace fed {

enum class DatasetKind { FashionMnist, Mnist, Csv, Synthetic };
enum class PartitionScheme { Iid, Dirichlet, Shards, Quantity };
enum class ModelArchitecture { LogisticRegression, Mlp, Cnn, LeNet5 };
enum class OptimizerKind { Sgd, Adam };
enum class StrategyKind { FedAvg, FedProx };

struct CsvSettings {
    QString trainFile;            //!< path; relative paths resolve against the spec's folder
    QString testFile;             //!< empty: hold out `testFraction` of the train file
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
    bool iid = false;               //!< Synthetic-IID: one shared model and feature distribution
};

struct DataSettings {
    DatasetKind dataset = DatasetKind::FashionMnist;
    QString path = QStringLiteral("/usr/share/datasets/fashion-mnist"); //!< IDX folder
    CsvSettings csv;
    SyntheticSettings synthetic;
    int trainLimit = 0; //!< 0: all training samples; otherwise the first N (fast tests)
    int testLimit = 0;  //!< 0: all test samples
};

struct PartitionSettings {
    PartitionScheme scheme = PartitionScheme::Iid;
    double alpha = 0.5;        //!< Dirichlet concentration (label skew)
    int shardsPerClient = 2;   //!< pathological shards (McMahan et al. 2017)
    double quantityAlpha = 1.0; //!< quantity skew: client sizes ~ Dirichlet(quantityAlpha)
    int minSamplesPerClient = 1;
};

struct SelectionSettings {
    double fraction = 1.0; //!< share of clients selected per round
    int minClients = 1;    //!< never fewer than this per round
};

struct ModelSettings {
    ModelArchitecture architecture = ModelArchitecture::Mlp;
    std::vector<int> hidden{200, 200}; //!< MLP hidden layer widths
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
    double proximalMu = 0.01;       //!< FedProx mu; ignored by FedAvg
    double serverLearningRate = 1.0; //!< scales the averaged update applied to the global model
};

struct EvaluationSettings {
    int every = 1;            //!< evaluate the global model every N rounds (and always the last)
    bool perClient = false;   //!< also evaluate the global model on each selected client's data
    int batchSize = 1000;
};

struct ExecutionSettings {
    int workers = 0; //!< training threads; 0: one per core
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
    EvaluationSettings evaluation;
    ExecutionSettings execution;

    //! Where relative data paths resolve from (the spec file's folder); not serialized.
    QString baseDirectory;
};

} // namespace fed
