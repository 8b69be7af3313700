#pragma once
// Data sets held in memory as normalised float features plus integer labels, and the
// per-client partitions of the training set. No LibTorch here: the trainer wraps these
// buffers in tensors without copying.

#include "engine/core/Result.h"
#include "engine/spec/FederationSpec.h"

#include <cstdint>
#include <vector>

namespace fed {

struct Dataset {
    QString name;                        //!< e.g. "Fashion-MNIST train"
    std::vector<std::int64_t> sampleShape; //!< {1, 28, 28} for images, {d} for tabular
    int classes = 0;
    std::vector<float> features;         //!< size() * featureSize(), row-major
    std::vector<std::int32_t> labels;    //!< each in [0, classes)
    QStringList classNames;              //!< optional, for charts

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
std::vector<std::vector<std::int64_t>> labelHistograms(const Dataset& train, const Partition& partition);

} // namespace fed
