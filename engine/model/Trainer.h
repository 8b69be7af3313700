#pragma once
// Local training and evaluation of one model instance with LibTorch, behind a torch-free
// interface. A Trainer belongs to one worker thread and is reused for every client that
// thread serves, so idle clients hold no model copy.

#include "engine/core/Result.h"
#include "engine/data/Dataset.h"
#include "engine/model/Weights.h"
#include "engine/spec/FederationSpec.h"

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace fed {

//! What a model must fit: the shape of one sample and the number of classes.
struct ModelInput {
    std::vector<std::int64_t> sampleShape;
    int classes = 0;
};

struct LocalTrainingConfig {
    TrainingSettings training;
    double proximalMu = 0.0;       //!< FedProx: mu/2 * ||w - w_global||^2 added to the loss
    std::uint64_t shuffleSeed = 0; //!< the client's and round's own stream seed
    //! SCAFFOLD: c - c_i, added to every local gradient (one value per weight); empty for none.
    //! The caller keeps the values alive until train() returns.
    std::span<const float> gradientCorrection;
    //! A label-flipping adversary trains on classes - 1 - y instead of y.
    bool flipLabels = false;
};

struct LocalTrainingResult {
    std::vector<float> delta;   //!< trained weights minus the global weights
    std::int64_t samples = 0;   //!< samples in the client's partition
    std::int64_t steps = 0;     //!< optimizer steps taken
    double trainLoss = 0.0;     //!< mean loss over the last local epoch
    double trainAccuracy = 0.0; //!< accuracy over the last local epoch
    double cpuSeconds = 0.0;
    double wallSeconds = 0.0;
};

struct EvaluationResult {
    std::int64_t samples = 0;
    double lossSum = 0.0;
    std::int64_t correct = 0;

    double accuracy() const { return samples ? double(correct) / double(samples) : 0.0; }
    double loss() const { return samples ? lossSum / double(samples) : 0.0; }
    EvaluationResult& operator+=(const EvaluationResult& o) {
        samples += o.samples;
        lossSum += o.lossSum;
        correct += o.correct;
        return *this;
    }
};

class Trainer {
public:
    //! Builds the spec's model, or loads it from model.path for torchscript (resolved against
    //! the working directory when relative); fails with a clear message when it cannot fit the
    //! input (e.g. a CNN on tabular data, a module with the wrong number of outputs).
    static Result<std::unique_ptr<Trainer>> create(const ModelSettings& model,
                                                   const ModelInput& input);
    ~Trainer();
    Trainer(const Trainer&) = delete;
    Trainer& operator=(const Trainer&) = delete;

    const ModelLayout& layout() const;
    //! Multiply-accumulates of one sample's forward pass through the weights: what the energy
    //! model's training cost per sample is derived from (6 FLOPs per MAC, docs/energy.md).
    std::int64_t forwardMacsPerSample() const;

    //! Fresh weights from the project's own generator (PyTorch's default bounds,
    //! U(+-1/sqrt(fan_in))), so the initial model depends on the seed only, not on which thread
    //! draws it. A TorchScript model starts from the weights saved in its file instead.
    std::vector<float> initialWeights(std::uint64_t seed) const;

    //! Trains from `global` on the samples `indices` of `data`.
    Result<LocalTrainingResult> train(std::span<const float> global, const Dataset& data,
                                      std::span<const std::uint32_t> indices,
                                      const LocalTrainingConfig& config);

    //! Evaluates `weights` on samples [begin, end) of `data`, or on `indices` when given.
    Result<EvaluationResult> evaluate(std::span<const float> weights, const Dataset& data,
                                      std::int64_t begin, std::int64_t end, int batchSize);
    Result<EvaluationResult> evaluate(std::span<const float> weights, const Dataset& data,
                                      std::span<const std::uint32_t> indices, int batchSize);

private:
    Trainer();
    struct Private;
    std::unique_ptr<Private> d;
};

//! Makes the calling thread train on one intra-op thread (LibTorch and OpenBLAS): parallel
//! clients, not parallel kernels, is what makes small models fast on few cores.
void useOneComputeThread();

//! Version strings of the numerical libraries, for --version and the About dialog.
QString torchVersion();

} // namespace fed
