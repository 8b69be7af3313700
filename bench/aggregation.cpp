// Aggregating 100 updates of the McMahan CNN's 1,663,370 parameters, against the machine's
// single-thread memory read bandwidth measured in the same process (a STREAM-style sum).
#include "engine/core/Clock.h"
#include "engine/core/Rng.h"
#include "engine/spec/SpecIO.h"
#include "engine/strategy/Strategy.h"

#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <string_view>

using namespace fed;

namespace {

//! Best-of-n bandwidth of reading `bytes` of floats once (summing them so nothing is elided).
double readBandwidth(const std::vector<std::vector<float>>& buffers, int repeats) {
    double best = 1e30;
    volatile double sink = 0.0;
    for (int r = 0; r < repeats; ++r) {
        const double t0 = monotonicSeconds();
        double sum = 0.0;
        for (const auto& b : buffers) {
            float partial[8] = {};
            for (std::size_t i = 0; i + 8 <= b.size(); i += 8)
                for (int j = 0; j < 8; ++j)
                    partial[j] += b[i + static_cast<std::size_t>(j)];
            for (float p : partial)
                sum += p;
        }
        sink = sink + sum;
        best = std::min(best, monotonicSeconds() - t0);
    }
    double bytes = 0.0;
    for (const auto& b : buffers)
        bytes += static_cast<double>(b.size() * sizeof(float));
    return bytes / best;
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t parameters = 1663370;
    // usage: bench_aggregation [CLIENTS] [--strategies]
    int clients = 100;
    bool timeStrategies = false;
    for (int i = 1; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--strategies")
            timeStrategies = true;
        else
            clients = std::atoi(argv[i]);
    }
    std::vector<ClientUpdate> updates;
    Rng rng(1);
    for (int k = 0; k < clients; ++k) {
        ClientUpdate u{k, 100 + k, std::vector<float>(parameters)};
        for (auto& x : u.delta)
            x = static_cast<float>(rng.uniform() - 0.5);
        updates.push_back(std::move(u));
    }
    std::vector<const ClientUpdate*> pointers;
    std::vector<std::vector<float>> buffers;
    for (const auto& u : updates)
        pointers.push_back(&u);
    const std::vector<float> global(parameters, 0.0f);
    auto strategy = makeStrategy(StrategySettings{});

    (void)strategy->aggregate(global, pointers); // warm up caches and page tables
    double best = 1e30;
    for (int r = 0; r < 5; ++r) {
        const double t0 = monotonicSeconds();
        auto next = strategy->aggregate(global, pointers);
        best = std::min(best, monotonicSeconds() - t0);
        if (!next)
            return 1;
    }
    for (const auto& u : updates)
        buffers.push_back(u.delta);
    updates.clear();
    const double bandwidth = readBandwidth(buffers, 5);
    const double bytes = double(clients) * double(parameters) * sizeof(float);
    const double achieved = bytes / best;
    std::printf("aggregation: %d updates x %zu parameters (%.0f MB)\n", clients, parameters,
                bytes / 1e6);
    std::printf("  FedAvg aggregation   %8.1f ms  %7.2f GB/s\n", best * 1e3, achieved / 1e9);
    std::printf("  memory read (1 core) %8.1f ms  %7.2f GB/s\n", bytes / bandwidth * 1e3,
                bandwidth / 1e9);
    std::printf("  ratio                %8.2fx of the bandwidth limit (target: within 3x)\n",
                bandwidth / achieved);
    if (!timeStrategies)
        return 0;
    // The other strategies on the same updates (docs/strategies.md quotes these), best of 3.
    updates.clear();
    for (std::size_t k = 0; k < buffers.size(); ++k)
        updates.push_back(
            ClientUpdate{static_cast<int>(k), 100 + static_cast<int>(k), std::move(buffers[k])});
    pointers.clear();
    for (const auto& u : updates)
        pointers.push_back(&u);
    StrategyContext context;
    context.clients = clients;
    for (StrategyKind kind : {StrategyKind::FedAvgM, StrategyKind::FedAdam, StrategyKind::Scaffold,
                              StrategyKind::Median, StrategyKind::TrimmedMean, StrategyKind::Krum,
                              StrategyKind::MultiKrum}) {
        StrategySettings settings;
        settings.kind = kind;
        settings.krumByzantine = clients / 4;
        double fastest = 1e30;
        for (int r = 0; r < 3; ++r) {
            auto other = makeStrategy(settings, context);
            const double t0 = monotonicSeconds();
            auto next = other->aggregate(global, pointers);
            fastest = std::min(fastest, monotonicSeconds() - t0);
            if (!next)
                return 1;
        }
        std::printf("  %-20s %8.1f ms  %7.2fx FedAvg\n", qPrintable(strategyName(kind)),
                    fastest * 1e3, fastest / best);
    }
    return 0;
}
