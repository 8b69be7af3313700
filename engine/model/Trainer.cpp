// The translation unit of the zoo models and of local training, one of the two that include
// LibTorch (ScriptModel.cpp loads TorchScript files): keep it that way, each costs ~20 s to
// compile.
#include "engine/model/Trainer.h"

#include "engine/core/Clock.h"
#include "engine/core/Rng.h"
#include "engine/model/TorchModel.h"

#include <cmath>
#include <cstring>
#include <dlfcn.h>
#include <torch/torch.h>
#include <torch/version.h>

using namespace Qt::StringLiterals;

namespace fed {

namespace model_detail {

QString shapeText(const std::vector<std::int64_t>& shape) {
    QStringList parts;
    for (auto d : shape)
        parts << QString::number(d);
    return parts.join(u'×');
}

QString torchError(const char* what, const std::exception& e) {
    // LibTorch messages carry a C++ backtrace after the first line; users need the first line.
    QString message = QString::fromUtf8(e.what());
    const qsizetype newline = message.indexOf(u'\n');
    if (newline > 0)
        message.truncate(newline);
    return u"%1: %2"_s.arg(QLatin1String(what), message);
}

} // namespace model_detail

namespace {

using model_detail::shapeText;
using model_detail::torchError;
using model_detail::TorchModel;

std::int64_t product(const std::vector<std::int64_t>& shape) {
    std::int64_t n = 1;
    for (auto d : shape)
        n *= d;
    return n;
}

//! The model, and in `macs` the multiply-accumulates of one sample's forward pass (weights only;
//! biases, activations and pooling are a rounding error), which the energy model's cycles per
//! sample are derived from.
Result<torch::nn::Sequential> buildModel(const ModelSettings& settings, const ModelInput& input,
                                         std::int64_t& macs) {
    namespace nn = torch::nn;
    if (input.classes < 2)
        return fail(
            u"model: the data set has %1 classes; at least 2 are needed"_s.arg(input.classes));
    const std::int64_t features = product(input.sampleShape);
    nn::Sequential seq;
    switch (settings.architecture) {
    case ModelArchitecture::LogisticRegression:
        seq->push_back("flatten", nn::Flatten());
        seq->push_back("fc", nn::Linear(features, input.classes));
        macs = features * input.classes;
        return seq;
    case ModelArchitecture::Mlp: {
        seq->push_back("flatten", nn::Flatten());
        std::int64_t width = features;
        int layer = 1;
        macs = 0;
        for (int h : settings.hidden) {
            seq->push_back("fc" + std::to_string(layer), nn::Linear(width, h));
            seq->push_back("relu" + std::to_string(layer), nn::ReLU());
            macs += width * h;
            width = h;
            ++layer;
        }
        seq->push_back("fc" + std::to_string(layer), nn::Linear(width, input.classes));
        macs += width * input.classes;
        return seq;
    }
    case ModelArchitecture::Cnn:
    case ModelArchitecture::LeNet5:
        break;
    case ModelArchitecture::TorchScript:
        return fail(u"model: a TorchScript module is loaded from its file, not built"_s);
    }
    const bool lenet = settings.architecture == ModelArchitecture::LeNet5;
    const QString name = lenet ? u"lenet5"_s : u"cnn"_s;
    if (input.sampleShape.size() != 3)
        return fail(
            u"model.architecture: %1 needs images (channels×height×width), the data set has samples of shape %2"_s
                .arg(name, shapeText(input.sampleShape)));
    const std::int64_t channels = input.sampleShape[0];
    const std::int64_t height = input.sampleShape[1];
    const std::int64_t width = input.sampleShape[2];
    if (!lenet) {
        // McMahan et al. 2017: two 5×5 convolutions (32, 64 channels), each followed by 2×2
        // max pooling, a 512-unit dense layer and a softmax output: 1,663,370 parameters on 28×28.
        if (height < 4 || width < 4)
            return fail(u"model.architecture: cnn needs images of at least 4×4 pixels"_s);
        seq->push_back("conv1", nn::Conv2d(nn::Conv2dOptions(channels, 32, 5).padding(2)));
        seq->push_back("relu1", nn::ReLU());
        seq->push_back("pool1", nn::MaxPool2d(2));
        seq->push_back("conv2", nn::Conv2d(nn::Conv2dOptions(32, 64, 5).padding(2)));
        seq->push_back("relu2", nn::ReLU());
        seq->push_back("pool2", nn::MaxPool2d(2));
        seq->push_back("flatten", nn::Flatten());
        seq->push_back("fc1", nn::Linear(64 * (height / 4) * (width / 4), 512));
        seq->push_back("relu3", nn::ReLU());
        seq->push_back("fc2", nn::Linear(512, input.classes));
        // Both convolutions keep their input's size ("same" padding); pooling halves it.
        macs = height * width * 32 * channels * 25 + (height / 2) * (width / 2) * 64 * 32 * 25 +
               64 * (height / 4) * (width / 4) * 512 + 512 * input.classes;
        return seq;
    }
    // LeNet-5 (LeCun et al. 1998) with ReLU and max pooling, first convolution padded so
    // that 28×28 inputs give the classic 5×5×16 feature map.
    const std::int64_t h2 = height / 2 - 4, w2 = width / 2 - 4;
    if (h2 < 2 || w2 < 2)
        return fail(u"model.architecture: lenet5 needs images of at least 12×12 pixels"_s);
    seq->push_back("conv1", nn::Conv2d(nn::Conv2dOptions(channels, 6, 5).padding(2)));
    seq->push_back("relu1", nn::ReLU());
    seq->push_back("pool1", nn::MaxPool2d(2));
    seq->push_back("conv2", nn::Conv2d(nn::Conv2dOptions(6, 16, 5)));
    seq->push_back("relu2", nn::ReLU());
    seq->push_back("pool2", nn::MaxPool2d(2));
    seq->push_back("flatten", nn::Flatten());
    seq->push_back("fc1", nn::Linear(16 * (h2 / 2) * (w2 / 2), 120));
    seq->push_back("relu3", nn::ReLU());
    seq->push_back("fc2", nn::Linear(120, 84));
    seq->push_back("relu4", nn::ReLU());
    seq->push_back("fc3", nn::Linear(84, input.classes));
    macs = height * width * 6 * channels * 25 + h2 * w2 * 16 * 6 * 25 +
           16 * (h2 / 2) * (w2 / 2) * 120 + 120 * 84 + 84 * input.classes;
    return seq;
}

//! A zoo model behind the interface the trainer drives.
TorchModel wrap(torch::nn::Sequential seq, std::int64_t macs) {
    TorchModel model;
    for (const auto& item : seq->named_parameters(true)) {
        model.names.push_back(item.key());
        model.parameters.push_back(item.value());
    }
    model.forward = [seq](const torch::Tensor& x) mutable { return seq->forward(x); };
    model.setTraining = [seq](bool training) mutable { seq->train(training); };
    model.forwardMacs = macs;
    return model;
}

} // namespace

struct Trainer::Private {
    TorchModel model;
    std::vector<torch::Tensor> parameters;
    ModelLayout layout;
    ModelInput input;
    std::int64_t forwardMacs = 0;
    std::vector<float> fileWeights; //!< a TorchScript file's own weights: the initial model

    void load(std::span<const float> weights) {
        torch::NoGradGuard noGrad;
        std::size_t offset = 0;
        for (auto& p : parameters) {
            const auto n = static_cast<std::size_t>(p.numel());
            std::memcpy(p.data_ptr<float>(), weights.data() + offset, n * sizeof(float));
            offset += n;
        }
    }

    void store(std::vector<float>& out) const {
        out.resize(static_cast<std::size_t>(layout.parameterCount()));
        std::size_t offset = 0;
        for (const auto& p : parameters) {
            const auto n = static_cast<std::size_t>(p.numel());
            std::memcpy(out.data() + offset, p.data_ptr<float>(), n * sizeof(float));
            offset += n;
        }
    }

    //! Copies the samples `rows` of `data` into the front of `batch` (rows are contiguous).
    //! `flipLabels` (a label-flipping adversary) turns label y into classes - 1 - y.
    void gather(const Dataset& data, const std::uint32_t* rows, std::int64_t count,
                torch::Tensor& batch, torch::Tensor& labels, bool flipLabels = false) const {
        const auto stride = static_cast<std::size_t>(data.featureSize());
        float* dst = batch.data_ptr<float>();
        std::int64_t* y = labels.data_ptr<std::int64_t>();
        for (std::int64_t i = 0; i < count; ++i) {
            const std::size_t row = rows[i];
            std::memcpy(dst + static_cast<std::size_t>(i) * stride,
                        data.features.data() + row * stride, stride * sizeof(float));
            y[i] = flipLabels ? data.classes - 1 - data.labels[row] : data.labels[row];
        }
    }

    void resetBuffers() const {
        if (model.resetBuffers)
            model.resetBuffers();
    }

    std::vector<std::int64_t> batchShape(std::int64_t batch) const {
        std::vector<std::int64_t> shape{batch};
        shape.insert(shape.end(), input.sampleShape.begin(), input.sampleShape.end());
        return shape;
    }

    template <typename RowSource>
    Result<EvaluationResult> evaluateRows(std::span<const float> weights, const Dataset& data,
                                          std::int64_t count, int batchSize, RowSource rowsAt) {
        try {
            torch::NoGradGuard noGrad;
            load(weights);
            resetBuffers();
            model.setTraining(false);
            EvaluationResult result;
            const std::int64_t b0 =
                std::max<std::int64_t>(1, std::min<std::int64_t>(batchSize, count));
            torch::Tensor xs = torch::empty(batchShape(b0));
            torch::Tensor ys = torch::empty({b0}, torch::kLong);
            for (std::int64_t start = 0; start < count; start += b0) {
                const std::int64_t b = std::min(b0, count - start);
                gather(data, rowsAt(start, b), b, xs, ys);
                const torch::Tensor x = xs.narrow(0, 0, b);
                const torch::Tensor y = ys.narrow(0, 0, b);
                const torch::Tensor logits = model.forward(x);
                result.lossSum +=
                    torch::nn::functional::cross_entropy(
                        logits, y,
                        torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                        .item<double>();
                result.correct += logits.argmax(1).eq(y).sum().item<std::int64_t>();
                result.samples += b;
            }
            return result;
        } catch (const std::exception& e) {
            return fail(torchError("evaluation", e));
        }
    }

    Status checkData(const Dataset& data, std::span<const float> weights) const {
        if (static_cast<std::int64_t>(weights.size()) != layout.parameterCount())
            return fail(u"model: expected %1 weights, got %2"_s.arg(layout.parameterCount())
                            .arg(weights.size()));
        if (data.sampleShape != input.sampleShape)
            return fail(u"model: built for samples of shape %1, the data has %2"_s.arg(
                shapeText(input.sampleShape), shapeText(data.sampleShape)));
        return {};
    }
};

Trainer::Trainer()
    : d(std::make_unique<Private>()) {}
Trainer::~Trainer() = default;

Result<std::unique_ptr<Trainer>> Trainer::create(const ModelSettings& model,
                                                 const ModelInput& input) {
    try {
        std::unique_ptr<Trainer> trainer(new Trainer);
        Private& d = *trainer->d;
        if (model.architecture == ModelArchitecture::TorchScript) {
            auto loaded = model_detail::loadTorchScript(model.path, input);
            if (!loaded)
                return loaded.takeError();
            d.model = std::move(*loaded);
        } else {
            std::int64_t macs = 0;
            auto built = buildModel(model, input, macs);
            if (!built)
                return built.takeError();
            d.model = wrap(*built, macs);
        }
        d.input = input;
        d.forwardMacs = d.model.forwardMacs;
        d.parameters = d.model.parameters;
        for (std::size_t i = 0; i < d.parameters.size(); ++i) {
            TensorSpec t;
            t.name = QString::fromStdString(d.model.names[i]);
            t.shape = d.parameters[i].sizes().vec();
            d.layout.tensors.push_back(std::move(t));
        }
        if (d.model.initialFromFile)
            d.store(d.fileWeights);
        return trainer;
    } catch (const std::exception& e) {
        return fail(torchError("model", e));
    }
}

const ModelLayout& Trainer::layout() const {
    return d->layout;
}

std::int64_t Trainer::forwardMacsPerSample() const {
    return d->forwardMacs;
}

std::vector<float> Trainer::initialWeights(std::uint64_t seed) const {
    if (!d->fileWeights.empty())
        return d->fileWeights;
    Rng rng = Rng::stream(seed, rng_purpose::ModelInit);
    std::vector<float> values;
    values.reserve(static_cast<std::size_t>(d->layout.parameterCount()));
    double bound = 1.0;
    for (const auto& t : d->layout.tensors) {
        // A weight's fan-in is everything but its output dimension; its bias uses the same bound.
        if (t.shape.size() >= 2) {
            std::int64_t fanIn = 1;
            for (std::size_t i = 1; i < t.shape.size(); ++i)
                fanIn *= t.shape[i];
            bound = 1.0 / std::sqrt(static_cast<double>(fanIn));
        }
        for (std::int64_t i = 0; i < t.numel(); ++i)
            values.push_back(static_cast<float>((2.0 * rng.uniform() - 1.0) * bound));
    }
    return values;
}

Result<LocalTrainingResult> Trainer::train(std::span<const float> global, const Dataset& data,
                                           std::span<const std::uint32_t> indices,
                                           const LocalTrainingConfig& config) {
    if (Status s = d->checkData(data, global); !s)
        return s.takeError();
    try {
        const double cpu0 = threadCpuSeconds();
        const double wall0 = monotonicSeconds();
        d->load(global);
        d->resetBuffers();
        d->model.setTraining(true);

        const auto& t = config.training;
        std::unique_ptr<torch::optim::Optimizer> optimizer;
        if (t.optimizer == OptimizerKind::Adam) {
            optimizer = std::make_unique<torch::optim::Adam>(
                d->parameters, torch::optim::AdamOptions(t.learningRate)
                                   .betas({t.adamBeta1, t.adamBeta2})
                                   .eps(t.adamEpsilon)
                                   .weight_decay(t.weightDecay));
        } else {
            optimizer = std::make_unique<torch::optim::SGD>(d->parameters,
                                                            torch::optim::SGDOptions(t.learningRate)
                                                                .momentum(t.momentum)
                                                                .weight_decay(t.weightDecay));
        }

        // SCAFFOLD's correction c - c_i is added to every gradient; read-only views as well.
        std::vector<torch::Tensor> corrections;
        if (!config.gradientCorrection.empty()) {
            if (static_cast<std::int64_t>(config.gradientCorrection.size()) !=
                d->layout.parameterCount())
                return fail(u"training: the gradient correction has %1 values, the model %2"_s
                                .arg(config.gradientCorrection.size())
                                .arg(d->layout.parameterCount()));
            std::size_t offset = 0;
            for (const auto& p : d->parameters) {
                corrections.push_back(torch::from_blob(
                    const_cast<float*>(config.gradientCorrection.data() + offset), p.sizes()));
                offset += static_cast<std::size_t>(p.numel());
            }
        }

        // FedProx's proximal term needs the global weights as tensors; they are read-only views.
        std::vector<torch::Tensor> anchors;
        if (config.proximalMu > 0.0) {
            std::size_t offset = 0;
            for (const auto& p : d->parameters) {
                anchors.push_back(
                    torch::from_blob(const_cast<float*>(global.data() + offset), p.sizes()));
                offset += static_cast<std::size_t>(p.numel());
            }
        }

        const auto n = static_cast<std::int64_t>(indices.size());
        const std::int64_t batchSize =
            std::min<std::int64_t>(t.batchSize, std::max<std::int64_t>(n, 1));
        torch::Tensor xs = torch::empty(d->batchShape(batchSize));
        torch::Tensor ys = torch::empty({batchSize}, torch::kLong);
        std::vector<std::uint32_t> order(indices.begin(), indices.end());
        Rng rng(config.shuffleSeed);

        LocalTrainingResult result;
        result.samples = n;
        for (int epoch = 0; epoch < t.localEpochs; ++epoch) {
            rng.shuffle(order);
            const bool last = epoch + 1 == t.localEpochs;
            torch::Tensor lossSum = torch::zeros({}, torch::kDouble);
            torch::Tensor correct = torch::zeros({}, torch::kLong);
            for (std::int64_t start = 0; start < n; start += batchSize) {
                const std::int64_t b = std::min(batchSize, n - start);
                d->gather(data, order.data() + start, b, xs, ys, config.flipLabels);
                const torch::Tensor x = xs.narrow(0, 0, b);
                const torch::Tensor y = ys.narrow(0, 0, b);
                const torch::Tensor logits = d->model.forward(x);
                const torch::Tensor loss = torch::nn::functional::cross_entropy(logits, y);
                optimizer->zero_grad();
                loss.backward();
                if (!anchors.empty()) {
                    torch::NoGradGuard noGrad;
                    for (std::size_t i = 0; i < anchors.size(); ++i) {
                        auto& p = d->parameters[i];
                        p.mutable_grad()
                            .add_(p, config.proximalMu)
                            .sub_(anchors[i], config.proximalMu);
                    }
                }
                if (!corrections.empty()) {
                    torch::NoGradGuard noGrad;
                    for (std::size_t i = 0; i < corrections.size(); ++i) {
                        auto& p = d->parameters[i];
                        // A parameter the loss does not reach has no gradient yet.
                        if (!p.grad().defined())
                            p.mutable_grad() = torch::zeros_like(p);
                        p.mutable_grad().add_(corrections[i]);
                    }
                }
                optimizer->step();
                ++result.steps;
                if (last) {
                    torch::NoGradGuard noGrad;
                    lossSum += loss.detach().to(torch::kDouble) * static_cast<double>(b);
                    correct += logits.argmax(1).eq(y).sum();
                }
            }
            if (last && n > 0) {
                result.trainLoss = lossSum.item<double>() / static_cast<double>(n);
                result.trainAccuracy =
                    static_cast<double>(correct.item<std::int64_t>()) / static_cast<double>(n);
            }
        }
        if (!std::isfinite(result.trainLoss))
            return fail(u"training diverged: the loss is %1 (try a smaller learning rate)"_s.arg(
                result.trainLoss));

        d->store(result.delta);
        for (std::size_t i = 0; i < result.delta.size(); ++i)
            result.delta[i] -= global[i];
        result.cpuSeconds = threadCpuSeconds() - cpu0;
        result.wallSeconds = monotonicSeconds() - wall0;
        return result;
    } catch (const std::exception& e) {
        return fail(torchError("training", e));
    }
}

Result<EvaluationResult> Trainer::evaluate(std::span<const float> weights, const Dataset& data,
                                           std::int64_t begin, std::int64_t end, int batchSize) {
    if (Status s = d->checkData(data, weights); !s)
        return s.takeError();
    begin = std::clamp<std::int64_t>(begin, 0, data.size());
    end = std::clamp<std::int64_t>(end, begin, data.size());
    // Contiguous rows still go through gather(), which wants an index list: build it per batch.
    std::vector<std::uint32_t> rows;
    return d->evaluateRows(
        weights, data, end - begin, batchSize, [&](std::int64_t start, std::int64_t b) {
            rows.resize(static_cast<std::size_t>(b));
            for (std::int64_t i = 0; i < b; ++i)
                rows[static_cast<std::size_t>(i)] = static_cast<std::uint32_t>(begin + start + i);
            return rows.data();
        });
}

Result<EvaluationResult> Trainer::evaluate(std::span<const float> weights, const Dataset& data,
                                           std::span<const std::uint32_t> indices, int batchSize) {
    if (Status s = d->checkData(data, weights); !s)
        return s.takeError();
    return d->evaluateRows(
        weights, data, static_cast<std::int64_t>(indices.size()), batchSize,
        [&](std::int64_t start, std::int64_t) { return indices.data() + start; });
}

void useOneComputeThread() {
    at::set_num_threads(1);
    at::init_num_threads();
    // OpenBLAS keeps its own pool; the symbol exists only when OpenBLAS provides libblas.
    using SetThreads = void (*)(int);
    if (void* symbol = dlsym(RTLD_DEFAULT, "openblas_set_num_threads"))
        reinterpret_cast<SetThreads>(symbol)(1);
}

QString torchVersion() {
    return QStringLiteral(TORCH_VERSION);
}

} // namespace fed
