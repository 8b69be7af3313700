// Synthetic(alpha, beta) and Synthetic-IID of Li et al. 2020 ("Federated Optimization in
// Heterogeneous Networks", MLSys), following the paper's reference generator. Every draw
// comes from a named Rng stream, so a (settings, clients, seed) triple is one data set.
#include "engine/core/Rng.h"
#include "engine/data/DataText.h"
#include "engine/data/Dataset.h"

#include <algorithm>
#include <cmath>

namespace fed {

using data_detail::DataText;

namespace {

//! 2^29 floats are 2 GiB; the same ceiling as the IDX loader.
constexpr std::uint64_t kMaxFeatureValues = std::uint64_t(1) << 29;
constexpr int kMaxClients = 1000000;
constexpr int kMaxDimension = 100000;
constexpr int kMaxClasses = 10000;
//! Spread of log client sizes; 0.5 keeps most clients within a factor 3 of the mean.
constexpr double kLogSizeSigma = 0.5;
constexpr int kMinClientSamples = 10;

//! Coordinates of the Rng::stream(seed, rng_purpose::Synthetic, {...}) streams.
namespace stream {
constexpr std::uint64_t Sizes = 0;
constexpr std::uint64_t ClientModel = 1; //!< {1, k}
constexpr std::uint64_t SharedModel = 2;
constexpr std::uint64_t TrainSamples = 3; //!< {3, k}
constexpr std::uint64_t TestClients = 4;
constexpr std::uint64_t TestSamples = 5; //!< {5, k}
} // namespace stream

//! One client's distribution: labels come from argmax(W x + b), x ~ N(v, diag(sigma^2)).
struct ClientModel {
    std::vector<double> weights; //!< classes × d
    std::vector<double> bias;    //!< classes
    std::vector<double> mean;    //!< d
};

void drawSample(Rng& rng, const ClientModel& model, const std::vector<double>& stddev, int classes,
                float* features, std::int32_t& label, std::vector<double>& x) {
    const std::size_t d = stddev.size();
    for (std::size_t j = 0; j < d; ++j) {
        x[j] = model.mean[j] + stddev[j] * rng.normal();
        features[j] = static_cast<float>(x[j]);
    }
    // softmax is monotone, so its argmax is the argmax of the logits.
    int best = 0;
    double bestLogit = -HUGE_VAL;
    for (int c = 0; c < classes; ++c) {
        const double* w = model.weights.data() + std::size_t(c) * d;
        double logit = model.bias[std::size_t(c)];
        for (std::size_t j = 0; j < d; ++j)
            logit += w[j] * x[j];
        if (logit > bestLogit) {
            bestLogit = logit;
            best = c;
        }
    }
    label = best;
}

} // namespace

Result<FederatedData> generateSynthetic(const SyntheticSettings& settings, int clients,
                                        std::uint64_t seed) {
    if (clients < 1 || clients > kMaxClients)
        return fail(DataText::tr("Synthetic: the number of clients must be 1 to %1, not %2")
                        .arg(kMaxClients)
                        .arg(clients));
    if (settings.dimension < 1 || settings.dimension > kMaxDimension)
        return fail(DataText::tr("Synthetic: the dimension must be 1 to %1, not %2")
                        .arg(kMaxDimension)
                        .arg(settings.dimension));
    if (settings.classes < 2 || settings.classes > kMaxClasses)
        return fail(DataText::tr("Synthetic: the number of classes must be 2 to %1, not %2")
                        .arg(kMaxClasses)
                        .arg(settings.classes));
    if (settings.samplesPerClientMean < 1)
        return fail(
            DataText::tr("Synthetic: the mean samples per client must be at least 1, not %1")
                .arg(settings.samplesPerClientMean));
    if (settings.testSamples < 1)
        return fail(DataText::tr("Synthetic: the number of test samples must be at least 1, not %1")
                        .arg(settings.testSamples));
    if (!std::isfinite(settings.alpha) || settings.alpha < 0.0 || !std::isfinite(settings.beta) ||
        settings.beta < 0.0)
        return fail(DataText::tr("Synthetic: alpha and beta must be finite and at least 0, not %1 "
                                 "and %2")
                        .arg(settings.alpha)
                        .arg(settings.beta));

    const auto d = std::size_t(settings.dimension);
    const int classes = settings.classes;
    const auto k = std::size_t(clients);

    // Client sizes: log-normal whose mean (not median) is samplesPerClientMean.
    std::vector<std::uint64_t> sizes(k);
    {
        auto rng = Rng::stream(seed, rng_purpose::Synthetic, {stream::Sizes});
        const double mean = settings.samplesPerClientMean;
        const double mu = std::log(mean) - kLogSizeSigma * kLogSizeSigma / 2.0;
        const auto floor =
            std::uint64_t(std::min(kMinClientSamples, settings.samplesPerClientMean));
        const double ceiling = double(kMaxFeatureValues); // keeps llround in range
        for (auto& n : sizes) {
            const double drawn = std::min(ceiling, std::exp(mu + kLogSizeSigma * rng.normal()));
            n = std::max(floor, std::uint64_t(std::llround(drawn)));
        }
    }
    std::uint64_t total = 0;
    for (auto n : sizes)
        total += n;
    if (total > kMaxFeatureValues / d ||
        std::uint64_t(settings.testSamples) > kMaxFeatureValues / d)
        return fail(
            DataText::tr("Synthetic: %1 training and %2 test samples of dimension %3 exceed "
                         "the 2 GiB feature limit; use fewer clients, samples or dimensions")
                .arg(total)
                .arg(settings.testSamples)
                .arg(settings.dimension));

    // Test samples: each picks its client with probability proportional to the client's size.
    std::vector<std::vector<std::uint32_t>> testSlots(k);
    {
        std::vector<std::uint64_t> cumulative(k);
        std::uint64_t running = 0;
        for (std::size_t i = 0; i < k; ++i)
            cumulative[i] = running += sizes[i];
        auto rng = Rng::stream(seed, rng_purpose::Synthetic, {stream::TestClients});
        for (int t = 0; t < settings.testSamples; ++t) {
            const std::uint64_t r = rng.below(total);
            const auto client = std::size_t(
                std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
            testSlots[client].push_back(std::uint32_t(t));
        }
    }

    // sigma_jj = j^-1.2 for j = 1..d, so the standard deviation is j^-0.6.
    std::vector<double> stddev(d);
    for (std::size_t j = 0; j < d; ++j)
        stddev[j] = std::pow(double(j + 1), -0.6);

    ClientModel shared;
    if (settings.iid) {
        auto rng = Rng::stream(seed, rng_purpose::Synthetic, {stream::SharedModel});
        shared.weights.resize(std::size_t(classes) * d);
        shared.bias.resize(std::size_t(classes));
        for (auto& w : shared.weights)
            w = rng.normal();
        for (auto& b : shared.bias)
            b = rng.normal();
        shared.mean.assign(d, 0.0);
    }

    const QString title =
        settings.iid ? QStringLiteral("Synthetic-IID")
                     : QStringLiteral("Synthetic(%1, %2)").arg(settings.alpha).arg(settings.beta);
    QStringList classNames;
    for (int c = 0; c < classes; ++c)
        classNames << QString::number(c);

    FederatedData data;
    for (Dataset* set : {&data.train, &data.test}) {
        set->sampleShape = {std::int64_t(d)};
        set->classes = classes;
        set->classNames = classNames;
    }
    data.train.name = title + QStringLiteral(" train");
    data.test.name = title + QStringLiteral(" test");
    data.train.features.resize(total * d);
    data.train.labels.resize(total);
    data.test.features.resize(std::size_t(settings.testSamples) * d);
    data.test.labels.resize(std::size_t(settings.testSamples));
    data.naturalClients.resize(k);

    ClientModel own;
    std::vector<double> x(d);
    std::uint64_t offset = 0;
    for (std::size_t client = 0; client < k; ++client) {
        if (!settings.iid) {
            // u_k and B_k use alpha and beta as standard deviations, as the reference code
            // does (np.random.normal(0, alpha)); b_k shares u_k's mean with W_k.
            auto rng = Rng::stream(seed, rng_purpose::Synthetic, {stream::ClientModel, client});
            const double u = settings.alpha * rng.normal();
            const double bigB = settings.beta * rng.normal();
            own.weights.resize(std::size_t(classes) * d);
            own.bias.resize(std::size_t(classes));
            own.mean.resize(d);
            for (auto& w : own.weights)
                w = u + rng.normal();
            for (auto& b : own.bias)
                b = u + rng.normal();
            for (auto& v : own.mean)
                v = bigB + rng.normal();
        }
        const ClientModel& model = settings.iid ? shared : own;

        auto trainRng = Rng::stream(seed, rng_purpose::Synthetic, {stream::TrainSamples, client});
        auto& indices = data.naturalClients[client];
        indices.resize(sizes[client]);
        for (std::uint64_t i = 0; i < sizes[client]; ++i) {
            const std::uint64_t row = offset + i;
            indices[i] = std::uint32_t(row);
            drawSample(trainRng, model, stddev, classes, data.train.features.data() + row * d,
                       data.train.labels[row], x);
        }
        offset += sizes[client];

        auto testRng = Rng::stream(seed, rng_purpose::Synthetic, {stream::TestSamples, client});
        for (std::uint32_t row : testSlots[client])
            drawSample(testRng, model, stddev, classes,
                       data.test.features.data() + std::size_t(row) * d, data.test.labels[row], x);
    }
    return data;
}

} // namespace fed
