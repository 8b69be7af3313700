#pragma once
// Data sets held in memory as normalised float features plus integer labels, and the
// per-client partitions of the training set. No LibTorch here: the trainer wraps these
// buffers in tensors without copying.

#include "engine/core/Result.h"
#include "engine/spec/FederationSpec.h"

#include <array>
#include <cstdint>
#include <vector>

namespace fed {

struct Dataset {
    QString name;                          //!< e.g. "Fashion-MNIST train"
    std::vector<std::int64_t> sampleShape; //!< {1, 28, 28} for images, {d} for tabular
    int classes = 0;
    std::vector<float> features;      //!< size() * featureSize(), row-major
    std::vector<std::int32_t> labels; //!< each in [0, classes)
    QStringList classNames;           //!< optional, for charts

    std::int64_t size() const { return static_cast<std::int64_t>(labels.size()); }
    std::int64_t featureSize() const;
    bool isImage() const { return sampleShape.size() == 3; }
};

//! Which training samples each client holds: indices into the training set.
struct Partition {
    std::vector<std::vector<std::uint32_t>> clientIndices;

    int clients() const { return static_cast<int>(clientIndices.size()); }
};

struct FederatedData {
    Dataset train;
    Dataset test;
    //! Set when the data set defines its own clients (Synthetic(alpha, beta) does);
    //! the spec's partitioner is then not used.
    std::vector<std::vector<std::uint32_t>> naturalClients;
};

//! Loads the spec's data set (IDX, CSV or generated). Relative paths resolve against
//! `spec.baseDirectory`. Errors name the file and what is wrong with it.
Result<FederatedData> loadFederatedData(const FederationSpec& spec);

//! Splits the training set among `clients` as the spec's partition settings say; seeded.
Result<Partition> partitionDataset(const Dataset& train, const PartitionSettings& settings,
                                   int clients, std::uint64_t seed);

//! The partition the spec asks for: the data set's own clients when it has them, else
//! partitionDataset().
Result<Partition> partitionFor(const FederationSpec& spec, const FederatedData& data);

//! Per client, how many samples of each class it holds: [client][class].
std::vector<std::vector<std::int64_t>> labelHistograms(const Dataset& train,
                                                       const Partition& partition);

// Lower-level loaders behind loadFederatedData(), public for tests and tools. IDX paths
// are used as given; a limit of 0 keeps every sample, N > 0 the first N.

//! The mean and standard deviation IDX pixels are normalised with: (x / 255 - mean) / std.
struct PixelNormalization {
    float mean = 0.0f;
    float std = 1.0f;
};
//! Fashion-MNIST: 0.2860 / 0.3530; MNIST: 0.1307 / 0.3081; other kinds: 0 / 1.
PixelNormalization pixelNormalization(DatasetKind kind);

//! One IDX images file (magic 0x00000803) and its labels file (0x00000801), each plain
//! or gzip (detected by content). `kind` (FashionMnist or Mnist) picks the normalisation
//! and class names; `name` becomes Dataset::name.
Result<Dataset> loadIdxPair(const QString& imagesFile, const QString& labelsFile, DatasetKind kind,
                            const QString& name, int limit = 0);

//! train-* and t10k-* IDX pairs from a folder, each file optionally gzip-compressed.
Result<FederatedData> loadIdxFolder(const QString& folder, DatasetKind kind, int trainLimit = 0,
                                    int testLimit = 0);

//! A CSV data set: train file, optional test file (else a seeded hold-out of the train
//! rows), features z-scored with the training statistics. Relative paths in `csv` resolve
//! against `baseDirectory`.
Result<FederatedData> loadCsvData(const CsvSettings& csv, const QString& baseDirectory,
                                  std::uint64_t seed, int trainLimit = 0, int testLimit = 0);

//! CIFAR-10 binary batches (records of a label byte and 32×32 R, G, B planes), in the order
//! given; `limit` as above. Pixels are normalised per channel with cifar10Normalization().
Result<Dataset> loadCifar10Batches(const QStringList& files, const QString& name, int limit = 0);
//! data_batch_1.bin ... data_batch_5.bin and test_batch.bin from a folder.
Result<FederatedData> loadCifar10Folder(const QString& folder, int trainLimit = 0,
                                        int testLimit = 0);
//! Per-channel (R, G, B) mean and standard deviation of the CIFAR-10 training images.
std::array<PixelNormalization, 3> cifar10Normalization();

//! FedProx's Synthetic(alpha, beta) / Synthetic-IID data for `clients` clients; fills
//! FederatedData::naturalClients. The exact rule is in docs/data.md.
Result<FederatedData> generateSynthetic(const SyntheticSettings& settings, int clients,
                                        std::uint64_t seed);

} // namespace fed
