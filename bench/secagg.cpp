// Secure aggregation (docs/secure-aggregation.md) against plain FedAvg aggregation of the same
// round, for 10 and 50 nodes and the McMahan CNN's 1,663,370 parameters, measured in one process:
// a node's side (key setup, fixed-point encoding, masking) and the server's side (summing the
// masked updates, rebuilding seeds, removing the masks), with no dropout and with one.
//
// usage: bench_secagg [NODES...]   (default: 10 50)
#include "engine/core/Clock.h"
#include "engine/core/Rng.h"
#include "engine/privacy/SecureAggregation.h"
#include "engine/strategy/Strategy.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace fed;
using namespace fed::secagg;

namespace {

constexpr std::size_t kParameters = 1663370;

struct Figures {
    double plainSeconds = 0.0;  //!< FedAvg over n float updates (the baseline)
    double setupPerNode = 0.0;  //!< advertise + shareKeys, one node
    double encodePerNode = 0.0; //!< fixed-point encoding, one node
    double maskPerNode = 0.0;   //!< maskInput (self mask + n - 1 pairwise masks), one node
    double serverSum = 0.0;     //!< receiving the masked updates (the ring sum)
    double serverUnmask = 0.0;  //!< finish(): Shamir + removing the masks
};

std::vector<float> update(int node) {
    Rng rng(static_cast<std::uint64_t>(node) + 1);
    std::vector<float> v(kParameters);
    for (auto& x : v)
        x = static_cast<float>(0.01 * rng.normal());
    return v;
}

double plainAggregation(int nodes) {
    std::vector<ClientUpdate> updates;
    for (int k = 0; k < nodes; ++k)
        updates.push_back(ClientUpdate{k, 100 + k, update(k)});
    std::vector<const ClientUpdate*> pointers;
    for (const auto& u : updates)
        pointers.push_back(&u);
    const std::vector<float> global(kParameters, 0.0f);
    auto strategy = makeStrategy(StrategySettings{});
    (void)strategy->aggregate(global, pointers); // warm up
    double best = 1e30;
    for (int r = 0; r < 3; ++r) {
        const double t0 = monotonicSeconds();
        auto next = strategy->aggregate(global, pointers);
        best = std::min(best, monotonicSeconds() - t0);
        if (!next)
            std::exit(1);
    }
    return best;
}

//! One secure round with `dropped` nodes (the last ones) never sending their masked input.
Figures secureRound(int nodes, int dropped) {
    Figures f;
    const RoundContext context{QStringLiteral("bench"), 1};
    const Params params{roundThreshold(2.0 / 3.0, static_cast<std::size_t>(nodes)), 24};
    Server server(context, params, kParameters);
    std::vector<Client> clients;
    double t0 = monotonicSeconds();
    for (int k = 0; k < nodes; ++k) {
        clients.emplace_back(context, params, static_cast<std::uint32_t>(k));
        auto keys = clients.back().advertise();
        if (!keys || !server.receiveKeys(*keys))
            std::exit(1);
    }
    auto list = server.keyList();
    if (!list)
        std::exit(1);
    for (Client& c : clients) {
        auto shares = c.shareKeys(*list);
        if (!shares || !server.receiveShares(c.id(), *shares))
            std::exit(1);
    }
    f.setupPerNode = (monotonicSeconds() - t0) / nodes;
    int masked = 0;
    for (Client& c : clients) {
        if (static_cast<int>(c.id()) >= nodes - dropped)
            break; // dropped out after sharing: never masks, never sends
        const auto plain = update(static_cast<int>(c.id()));
        t0 = monotonicSeconds();
        auto encoded = encodeFixedPoint(plain, 100.0 + c.id(), params.fractionalBits,
                                        static_cast<std::size_t>(nodes));
        const double t1 = monotonicSeconds();
        if (!encoded)
            std::exit(1);
        auto input = c.maskInput(*encoded, 100 + c.id(), server.sharesFor(c.id()));
        const double t2 = monotonicSeconds();
        if (!input)
            std::exit(1);
        if (!server.receiveMaskedInput(*input))
            std::exit(1);
        const double t3 = monotonicSeconds();
        f.encodePerNode += t1 - t0;
        f.maskPerNode += t2 - t1;
        f.serverSum += t3 - t2;
        ++masked;
    }
    f.encodePerNode /= masked;
    f.maskPerNode /= masked;
    auto request = server.unmaskingRequest();
    if (!request)
        std::exit(1);
    t0 = monotonicSeconds();
    for (Client& c : clients) {
        if (static_cast<int>(c.id()) >= nodes - dropped)
            break;
        auto response = c.unmask(*request);
        if (!response || !server.receiveUnmasking(*response))
            std::exit(1);
    }
    auto result = server.finish();
    f.serverUnmask = monotonicSeconds() - t0;
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error()));
        std::exit(1);
    }
    return f;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(std::atoi(argv[i]));
    if (sizes.empty())
        sizes = {10, 50};
    std::printf("secure aggregation, %zu parameters, ring Z_2^64, AES-256-CTR masks, "
                "threshold 2/3\n",
                kParameters);
    for (int nodes : sizes) {
        const double plain = plainAggregation(nodes);
        for (int dropped : {0, 1}) {
            const Figures f = secureRound(nodes, dropped);
            const double node = f.setupPerNode + f.encodePerNode + f.maskPerNode;
            const double server = f.serverSum + f.serverUnmask;
            std::printf("\n%d nodes, %d dropped after sharing\n", nodes, dropped);
            std::printf("  plain FedAvg aggregation (server)      %9.3f s\n", plain);
            std::printf("  node: key setup + shares               %9.4f s\n", f.setupPerNode);
            std::printf("  node: fixed-point encoding             %9.4f s\n", f.encodePerNode);
            std::printf("  node: masking (%2d PRG streams)         %9.3f s\n", nodes,
                        f.maskPerNode);
            std::printf("  node total                             %9.3f s  (%.1fx plain "
                        "aggregation)\n",
                        node, node / plain);
            std::printf("  server: summing masked updates         %9.3f s\n", f.serverSum);
            std::printf("  server: unmasking (Shamir + masks)     %9.3f s\n", f.serverUnmask);
            std::printf("  server total                           %9.3f s  (%.1fx plain "
                        "aggregation)\n",
                        server, server / plain);
        }
    }
    return 0;
}
