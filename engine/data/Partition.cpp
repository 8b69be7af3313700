// Partitioners: how the training set is split among clients. Each is a pure function of
// (labels, settings, clients, seed) so that a run can be replayed from its spec.
#include "engine/core/Rng.h"
#include "engine/data/DataText.h"
#include "engine/data/Dataset.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fed {

using data_detail::DataText;
namespace partition_stream = data_detail::partition_stream;

namespace {

using Indices = std::vector<std::uint32_t>;

//! Dirichlet draws that leave a client below the minimum are redrawn at most this often.
constexpr int kDirichletAttempts = 100;

std::uint64_t minimumPerClient(const PartitionSettings& settings) {
    return std::uint64_t(std::max(1, settings.minSamplesPerClient));
}

Status checkCommon(const Dataset& train, const PartitionSettings& settings, int clients) {
    if (clients < 1)
        return fail(DataText::tr("partition: the number of clients must be at least 1, not %1")
                        .arg(clients));
    if (settings.minSamplesPerClient < 0)
        return fail(DataText::tr("partition: the minimum samples per client must be 0 or more, "
                                 "not %1")
                        .arg(settings.minSamplesPerClient));
    const auto n = std::uint64_t(train.size());
    if (n > std::uint64_t(UINT32_MAX))
        return fail(DataText::tr("partition: %1 training samples are more than the %2 supported")
                        .arg(n)
                        .arg(UINT32_MAX));
    const std::uint64_t needed = std::uint64_t(clients) * minimumPerClient(settings);
    if (needed > n)
        return fail(DataText::tr("partition: %1 clients with at least %2 samples each need %3 "
                                 "samples, the training set has %4")
                        .arg(clients)
                        .arg(minimumPerClient(settings))
                        .arg(needed)
                        .arg(n));
    return {};
}

Status checkLabels(const Dataset& train) {
    for (std::size_t i = 0; i < train.labels.size(); ++i)
        if (train.labels[i] < 0 || train.labels[i] >= train.classes)
            return fail(DataText::tr("partition: label %1 of training sample %2 is outside 0 to %3")
                            .arg(train.labels[i])
                            .arg(i)
                            .arg(train.classes - 1));
    return {};
}

Indices shuffledRange(std::size_t n, Rng& rng) {
    Indices order(n);
    std::iota(order.begin(), order.end(), 0u);
    rng.shuffle(order);
    return order;
}

//! Clients receive consecutive runs of `order`; indices are sorted within a client because
//! order inside a client carries no meaning (the trainer reshuffles) and sorted reads are faster.
Partition cutSequentially(const Indices& order, const std::vector<std::uint64_t>& sizes) {
    Partition partition;
    partition.clientIndices.resize(sizes.size());
    std::size_t start = 0;
    for (std::size_t k = 0; k < sizes.size(); ++k) {
        auto& mine = partition.clientIndices[k];
        mine.assign(order.begin() + std::ptrdiff_t(start),
                    order.begin() + std::ptrdiff_t(start + sizes[k]));
        std::sort(mine.begin(), mine.end());
        start += sizes[k];
    }
    return partition;
}

//! Indices grouped by class, each group in ascending index order.
std::vector<Indices> byClass(const Dataset& train) {
    std::vector<Indices> groups(std::size_t(std::max(0, train.classes)));
    for (std::size_t i = 0; i < train.labels.size(); ++i)
        groups[std::size_t(train.labels[i])].push_back(std::uint32_t(i));
    return groups;
}

Result<Partition> iid(const Dataset& train, int clients, std::uint64_t seed) {
    auto rng = Rng::stream(seed, rng_purpose::Partition, {partition_stream::Iid});
    const auto n = std::uint64_t(train.size());
    const auto k = std::uint64_t(clients);
    std::vector<std::uint64_t> sizes(k);
    for (std::uint64_t c = 0; c < k; ++c)
        sizes[c] = n / k + (c < n % k ? 1 : 0);
    return cutSequentially(shuffledRange(n, rng), sizes);
}

// Label skew after Hsu et al. 2019 ("Measuring the Effects of Non-Identical Data
// Distribution") and Yurochkin et al. 2019: each class is split over the clients in
// proportions p_c ~ Dir(alpha).
Result<Partition> dirichlet(const Dataset& train, const PartitionSettings& settings, int clients,
                            std::uint64_t seed) {
    if (!std::isfinite(settings.alpha) || settings.alpha <= 0.0)
        return fail(DataText::tr("partition: the Dirichlet alpha must be a positive number, not %1")
                        .arg(settings.alpha));
    if (auto ok = checkLabels(train); !ok)
        return ok.takeError();
    auto rng = Rng::stream(seed, rng_purpose::Partition, {partition_stream::Dirichlet});
    auto groups = byClass(train);
    for (auto& group : groups)
        rng.shuffle(group);

    const auto k = std::size_t(clients);
    const std::uint64_t minimum = minimumPerClient(settings);
    // cuts[c][j] is where client j's share of class c ends; sizes are checked before any
    // index is copied, so a rejected draw costs only the Dirichlet samples.
    std::vector<std::vector<std::size_t>> cuts(groups.size(), std::vector<std::size_t>(k));
    std::vector<std::uint64_t> sizes(k);
    for (int attempt = 0; attempt < kDirichletAttempts; ++attempt) {
        std::fill(sizes.begin(), sizes.end(), 0);
        for (std::size_t c = 0; c < groups.size(); ++c) {
            const std::size_t count = groups[c].size();
            if (count == 0) {
                std::fill(cuts[c].begin(), cuts[c].end(), 0);
                continue;
            }
            const auto p = rng.dirichlet(settings.alpha, k);
            double cumulative = 0.0;
            std::size_t previous = 0;
            for (std::size_t j = 0; j < k; ++j) {
                cumulative += p[j];
                std::size_t end =
                    j + 1 == k ? count
                               : std::min<std::size_t>(
                                     count, std::size_t(std::llround(cumulative * double(count))));
                end = std::max(end, previous);
                cuts[c][j] = end;
                sizes[j] += end - previous;
                previous = end;
            }
        }
        if (*std::min_element(sizes.begin(), sizes.end()) < minimum)
            continue;
        Partition partition;
        partition.clientIndices.resize(k);
        for (std::size_t j = 0; j < k; ++j)
            partition.clientIndices[j].reserve(sizes[j]);
        for (std::size_t c = 0; c < groups.size(); ++c) {
            std::size_t previous = 0;
            for (std::size_t j = 0; j < k; ++j) {
                auto& mine = partition.clientIndices[j];
                mine.insert(mine.end(), groups[c].begin() + std::ptrdiff_t(previous),
                            groups[c].begin() + std::ptrdiff_t(cuts[c][j]));
                previous = cuts[c][j];
            }
        }
        for (auto& mine : partition.clientIndices)
            std::sort(mine.begin(), mine.end());
        return partition;
    }
    return fail(DataText::tr("partition: Dirichlet(alpha = %1) left some of the %2 clients with "
                             "fewer than %3 samples in %4 draws; raise alpha, use fewer clients or "
                             "lower the minimum samples per client")
                    .arg(settings.alpha)
                    .arg(clients)
                    .arg(minimum)
                    .arg(kDirichletAttempts));
}

// The pathological non-IID split of McMahan et al. 2017 ("Communication-Efficient Learning
// of Deep Networks from Decentralized Data"): sort by label, cut into equal shards, deal
// each client `shardsPerClient` random shards.
Result<Partition> shards(const Dataset& train, const PartitionSettings& settings, int clients,
                         std::uint64_t seed) {
    if (settings.shardsPerClient < 1)
        return fail(DataText::tr("partition: shards per client must be at least 1, not %1")
                        .arg(settings.shardsPerClient));
    if (auto ok = checkLabels(train); !ok)
        return ok.takeError();
    const auto n = std::uint64_t(train.size());
    const std::uint64_t shardCount =
        std::uint64_t(clients) * std::uint64_t(settings.shardsPerClient);
    if (shardCount > n)
        return fail(DataText::tr("partition: %1 clients × %2 shards need at least %3 samples, the "
                                 "training set has %4")
                        .arg(clients)
                        .arg(settings.shardsPerClient)
                        .arg(shardCount)
                        .arg(n));
    const std::uint64_t smallest = std::uint64_t(settings.shardsPerClient) * (n / shardCount);
    if (smallest < minimumPerClient(settings))
        return fail(
            DataText::tr("partition: %1 clients × %2 shards of %3 samples give some clients "
                         "only %4 samples, fewer than the minimum of %5")
                .arg(clients)
                .arg(settings.shardsPerClient)
                .arg(n / shardCount)
                .arg(smallest)
                .arg(minimumPerClient(settings)));

    auto rng = Rng::stream(seed, rng_purpose::Partition, {partition_stream::Shards});
    // A counting sort over a shuffled order is a stable sort by label with random ties.
    const Indices shuffled = shuffledRange(n, rng);
    std::vector<std::size_t> start(std::size_t(train.classes) + 1, 0);
    for (std::int32_t label : train.labels)
        ++start[std::size_t(label) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    Indices sorted(n);
    for (std::uint32_t i : shuffled)
        sorted[start[std::size_t(train.labels[i])]++] = i;

    const Indices shardOrder = shuffledRange(shardCount, rng);
    // Shard s covers [s*n/S, (s+1)*n/S): equal up to one sample.
    auto shardBegin = [&](std::uint64_t s) { return std::ptrdiff_t(s * n / shardCount); };
    Partition partition;
    partition.clientIndices.resize(std::size_t(clients));
    for (std::size_t client = 0; client < std::size_t(clients); ++client) {
        auto& mine = partition.clientIndices[client];
        for (int j = 0; j < settings.shardsPerClient; ++j) {
            const std::uint64_t s =
                shardOrder[client * std::size_t(settings.shardsPerClient) + std::size_t(j)];
            mine.insert(mine.end(), sorted.begin() + shardBegin(s),
                        sorted.begin() + shardBegin(s + 1));
        }
        std::sort(mine.begin(), mine.end());
    }
    return partition;
}

// Quantity skew (Li et al. 2022, "Federated Learning on Non-IID Data Silos"): client sizes
// in proportion to q ~ Dir(quantityAlpha) on top of the minimum, samples assigned IID.
Result<Partition> quantity(const Dataset& train, const PartitionSettings& settings, int clients,
                           std::uint64_t seed) {
    if (!std::isfinite(settings.quantityAlpha) || settings.quantityAlpha <= 0.0)
        return fail(DataText::tr("partition: the quantity alpha must be a positive number, not %1")
                        .arg(settings.quantityAlpha));
    auto rng = Rng::stream(seed, rng_purpose::Partition, {partition_stream::Quantity});
    const auto k = std::size_t(clients);
    const auto n = std::uint64_t(train.size());
    const std::uint64_t minimum = minimumPerClient(settings);
    const std::uint64_t spare = n - minimum * k;
    const auto q = rng.dirichlet(settings.quantityAlpha, k);

    // Largest-remainder rounding: sizes sum to n exactly, ties go to the lower client index.
    std::vector<std::uint64_t> sizes(k);
    std::vector<double> remainder(k);
    std::uint64_t assigned = 0;
    for (std::size_t j = 0; j < k; ++j) {
        const double share = q[j] * double(spare);
        const auto whole = std::min<std::uint64_t>(spare, std::uint64_t(std::floor(share)));
        sizes[j] = minimum + whole;
        remainder[j] = share - double(whole);
        assigned += whole;
    }
    std::vector<std::size_t> byRemainder(k);
    std::iota(byRemainder.begin(), byRemainder.end(), 0);
    std::stable_sort(byRemainder.begin(), byRemainder.end(),
                     [&](std::size_t a, std::size_t b) { return remainder[a] > remainder[b]; });
    // Floating-point rounding can leave the floors summing to slightly more or less than spare.
    for (std::size_t i = 0; assigned < spare; i = (i + 1) % k, ++assigned)
        ++sizes[byRemainder[i]];
    for (std::size_t i = k; assigned > spare;) {
        i = (i == 0 ? k : i) - 1;
        if (sizes[byRemainder[i]] > minimum) {
            --sizes[byRemainder[i]];
            --assigned;
        }
    }
    return cutSequentially(shuffledRange(n, rng), sizes);
}

} // namespace

Result<Partition> partitionDataset(const Dataset& train, const PartitionSettings& settings,
                                   int clients, std::uint64_t seed) {
    if (auto ok = checkCommon(train, settings, clients); !ok)
        return ok.takeError();
    switch (settings.scheme) {
    case PartitionScheme::Iid:
        return iid(train, clients, seed);
    case PartitionScheme::Dirichlet:
        return dirichlet(train, settings, clients, seed);
    case PartitionScheme::Shards:
        return shards(train, settings, clients, seed);
    case PartitionScheme::Quantity:
        return quantity(train, settings, clients, seed);
    }
    return fail(DataText::tr("partition: unknown partition scheme %1").arg(int(settings.scheme)));
}

Result<Partition> partitionFor(const FederationSpec& spec, const FederatedData& data) {
    if (data.naturalClients.empty())
        return partitionDataset(data.train, spec.partition, spec.clients, spec.seed);
    if (int(data.naturalClients.size()) != spec.clients)
        return fail(DataText::tr("partition: the data set %1 defines %2 clients but the spec asks "
                                 "for %3")
                        .arg(data.train.name)
                        .arg(data.naturalClients.size())
                        .arg(spec.clients));
    Partition partition;
    partition.clientIndices = data.naturalClients;
    return partition;
}

std::vector<std::vector<std::int64_t>> labelHistograms(const Dataset& train,
                                                       const Partition& partition) {
    const auto classes = std::size_t(std::max(0, train.classes));
    std::vector<std::vector<std::int64_t>> histograms(partition.clientIndices.size(),
                                                      std::vector<std::int64_t>(classes, 0));
    for (std::size_t k = 0; k < partition.clientIndices.size(); ++k)
        for (std::uint32_t i : partition.clientIndices[k]) {
            // Tolerates a partition from elsewhere (a stored run) that no longer fits.
            if (i >= train.labels.size())
                continue;
            const std::int32_t label = train.labels[i];
            if (label >= 0 && std::size_t(label) < classes)
                ++histograms[k][std::size_t(label)];
        }
    return histograms;
}

} // namespace fed
