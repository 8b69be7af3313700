// The federation's overhead against plain LibTorch training of the same model on the same
// samples in the same process. Both sides use one intra-op thread per worker and the same
// number of workers; the federation adds selection, dispatch, validation, aggregation,
// hashing, evaluation of a small held-out set and the run file's transactions.
//
// usage: bench_federation_overhead [SPEC] (default: the Fashion-MNIST MLP preset, 10 clients)
#include "engine/core/Clock.h"
#include "engine/core/Rng.h"
#include "engine/data/Dataset.h"
#include "engine/federation/Federation.h"
#include "engine/model/Trainer.h"
#include "engine/spec/SpecIO.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <thread>
#include <torch/torch.h>

using namespace fed;

namespace {

torch::nn::Sequential plainMlp(std::int64_t in, const std::vector<int>& hidden,
                               std::int64_t classes) {
    torch::nn::Sequential seq;
    seq->push_back(torch::nn::Flatten());
    for (int h : hidden) {
        seq->push_back(torch::nn::Linear(in, h));
        seq->push_back(torch::nn::ReLU());
        in = h;
    }
    seq->push_back(torch::nn::Linear(in, classes));
    return seq;
}

//! Plain LibTorch: each worker thread trains its share of the clients' samples, with the
//! same batches, optimizer and epochs, and nothing else.
double plainTraining(const FederationSpec& spec, const FederatedData& data,
                     const Partition& partition, int workers) {
    const double t0 = monotonicSeconds();
    std::vector<std::thread> threads;
    for (int w = 0; w < workers; ++w) {
        threads.emplace_back([&, w] {
            useOneComputeThread();
            auto model = plainMlp(data.train.featureSize(), spec.model.hidden, data.train.classes);
            const auto stride = static_cast<std::size_t>(data.train.featureSize());
            for (int c = w; c < partition.clients(); c += workers) {
                torch::optim::SGD sgd(model->parameters(),
                                      torch::optim::SGDOptions(spec.training.learningRate)
                                          .momentum(spec.training.momentum));
                auto order = partition.clientIndices[static_cast<std::size_t>(c)];
                const auto n = static_cast<std::int64_t>(order.size());
                const std::int64_t b0 = spec.training.batchSize;
                auto xs = torch::empty({b0, static_cast<std::int64_t>(stride)});
                auto ys = torch::empty({b0}, torch::kLong);
                Rng rng(static_cast<std::uint64_t>(c));
                for (int e = 0; e < spec.training.localEpochs; ++e) {
                    rng.shuffle(order);
                    for (std::int64_t s = 0; s < n; s += b0) {
                        const std::int64_t b = std::min(b0, n - s);
                        for (std::int64_t i = 0; i < b; ++i) {
                            const std::size_t row = order[static_cast<std::size_t>(s + i)];
                            std::memcpy(xs.data_ptr<float>() + static_cast<std::size_t>(i) * stride,
                                        data.train.features.data() + row * stride,
                                        stride * sizeof(float));
                            ys.data_ptr<std::int64_t>()[i] = data.train.labels[row];
                        }
                        auto loss = torch::nn::functional::cross_entropy(
                            model->forward(xs.narrow(0, 0, b)), ys.narrow(0, 0, b));
                        sgd.zero_grad();
                        loss.backward();
                        sgd.step();
                    }
                }
            }
        });
    }
    for (auto& t : threads)
        t.join();
    return monotonicSeconds() - t0;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

//! Times each round from the end of the previous one (so selection, dispatch, aggregation,
//! evaluation and the commit all count) to the end of its own.
class RoundTimer : public FederationObserver {
public:
    void runStarted(const RunStartedEvent&) override { m_last = monotonicSeconds(); }
    void roundFinished(const RoundRecord&) override {
        const double now = monotonicSeconds();
        seconds.push_back(now - m_last);
        m_last = now;
    }
    std::vector<double> seconds;

private:
    double m_last = 0.0;
};

constexpr int kRounds = 6;

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString specPath =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : QStringLiteral(FED_SOURCE_DIR "/resources/presets/fashion-mlp-iid.fed.json");
    // Small held-out set: this measures the federation's machinery, not the evaluation.
    auto spec = loadSpecFile(specPath, {QStringLiteral("rounds=%1").arg(kRounds),
                                        QStringLiteral("data.test_limit=1000"),
                                        QStringLiteral("model.architecture=mlp")});
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(spec.error()));
        return 2;
    }
    const int workers = spec->execution.workers > 0
                            ? spec->execution.workers
                            : static_cast<int>(std::thread::hardware_concurrency());
    auto data = loadFederatedData(*spec);
    if (!data) {
        std::fprintf(stderr, "%s\n", qPrintable(data.error()));
        return 2;
    }
    auto partition = partitionFor(*spec, *data);
    if (!partition)
        return 2;

    QTemporaryDir dir;
    RoundTimer timer;
    auto federation =
        Federation::create(*spec, dir.filePath(QStringLiteral("bench.fedrun")), &timer);
    if (!federation) {
        std::fprintf(stderr, "%s\n", qPrintable(federation.error()));
        return 2;
    }
    std::atomic<bool> stop{false};
    auto summary = (*federation)->run(stop);
    if (!summary || timer.seconds.size() < 2)
        return 1;
    // Medians, each side over the same number of repetitions, without the federation's first
    // round (it also warms caches and allocators that the plain runs then find warm).
    const double federated = median({timer.seconds.begin() + 1, timer.seconds.end()});
    std::vector<double> plainRuns;
    for (int r = 1; r < kRounds; ++r)
        plainRuns.push_back(plainTraining(*spec, *data, *partition, workers));
    const double plain = median(plainRuns);

    std::int64_t samples = 0;
    for (const auto& c : partition->clientIndices)
        samples += static_cast<std::int64_t>(c.size());
    samples *= spec->training.localEpochs;
    std::printf("federation overhead: %s, %d clients, %lld samples per round, %d workers\n",
                qPrintable(spec->name), spec->clients, static_cast<long long>(samples), workers);
    std::printf("  plain LibTorch      %8.3f s per round  %9.0f samples/s\n", plain,
                double(samples) / plain);
    std::printf("  federation round    %8.3f s per round  %9.0f samples/s\n", federated,
                double(samples) / federated);
    std::printf("  overhead            %+7.1f%% (target: under 10%%)\n",
                (federated / plain - 1.0) * 100.0);
    return 0;
}
