// The node protocol's per-round framework overhead (issue #5): a coordinator and N nodes over
// mutual TLS on loopback exchange the McMahan CNN's 1,663,370 parameters (6.65 MB each way per
// node); the nodes do not train - they return the model unchanged (a zero update, signed) - so
// the round time is all framework: chunking, TLS, hashing, signing, decoding and the round's
// bookkeeping. Printed next to the raw TLS throughput of this machine's loopback, measured in
// the same process with OpenSSL and the same certificates.
//
// usage: bench_net_overhead [ROUNDS=3] [NODES=10,50] [MODE=plain|secure] [MODEL=cnn|small]
//                           [HEARTBEAT=lenient|default]
// The nodes are threads of this process, each with its own TLS channel (what a node process
// would do, without 50 LibTorch start-ups). MODE secure measures the same rounds plain and then
// with secure aggregation (threshold 2/3, docs/secure-aggregation.md) on the same nodes and
// prints the ratio: four protocol phases, masked updates of 8 bytes per parameter, the nodes'
// pairwise masks and the coordinator's unmasking. MODEL small is a 784-10 logistic regression
// (7,850 parameters), so that 50 nodes fit a small machine. HEARTBEAT default keeps the
// coordinator's default heartbeat (1 s, 5 misses) instead of a lenient one: then any node the
// coordinator drops for missed heartbeats is counted. Either way a probe node outside the round
// calls Join and Heartbeat every 200 ms while the coordinator holds one call per node per phase,
// and the bench prints their latencies: held calls must not starve them
// (docs/secure-aggregation.md).
#include "engine/core/Clock.h"
#include "engine/federation/RemoteClients.h"
#include "engine/net/Coordinator.h"
#include "engine/net/NodeClient.h"
#include "engine/net/Protocol.h"
#include "engine/pki/Provisioning.h"
#include "federation.grpc.pb.h"

#include <QCoreApplication>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <grpcpp/grpcpp.h>
#include <mutex>
#include <netinet/in.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <optional>
#include <string>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

ModelLayout cnnLayout() {
    ModelLayout l;
    l.tensors = {{u"conv1.weight"_s, {32, 1, 5, 5}},  {u"conv1.bias"_s, {32}},
                 {u"conv2.weight"_s, {64, 32, 5, 5}}, {u"conv2.bias"_s, {64}},
                 {u"fc1.weight"_s, {512, 3136}},      {u"fc1.bias"_s, {512}},
                 {u"fc2.weight"_s, {10, 512}},        {u"fc2.bias"_s, {10}}};
    return l;
}

ModelLayout smallLayout() {
    ModelLayout l;
    l.tensors = {{u"linear.weight"_s, {10, 784}}, {u"linear.bias"_s, {10}}};
    return l;
}

//! A node outside every round that calls Join and Heartbeat every 200 ms on its own channel and
//! records how long each took: the coordinator's answer time while it holds the round's calls.
class Probe {
public:
    Probe(const pki::NodeKit& kit, const std::string& address) {
        grpc::SslCredentialsOptions tls;
        tls.pem_root_certs = kit.caPem;
        tls.pem_private_key = kit.keyPem;
        tls.pem_cert_chain = kit.certPem;
        m_stub = fedstudio::net::v1::FederationNode::NewStub(
            grpc::CreateChannel(address, grpc::SslCredentials(tls)));
        m_request.set_protocol_version(net::protocolVersion);
        m_request.set_node_id(kit.nodeId);
        m_request.set_kit_format(net::kitFormat);
        if (auto key = SigningKey::fromPrivateBytes(kit.signingSeed)) {
            const QByteArray pk = key->publicKey().toByteArray();
            m_request.set_signing_public_key(pk.constData(), static_cast<std::size_t>(pk.size()));
        }
        m_nodeId = kit.nodeId;
        m_thread = std::thread([this] { loop(); });
    }
    ~Probe() {
        m_stop = true;
        m_thread.join();
    }
    //! Latencies in seconds since the last reset(), and the calls that failed.
    std::vector<double> joins, heartbeats;
    int failures = 0;
    std::mutex mutex;
    void reset() {
        std::lock_guard lock(mutex);
        joins.clear();
        heartbeats.clear();
        failures = 0;
    }

private:
    void loop() {
        while (!m_stop.load()) {
            std::string session;
            {
                fedstudio::net::v1::JoinResponse response;
                grpc::ClientContext context;
                context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
                const double t0 = monotonicSeconds();
                const bool ok = m_stub->Join(&context, m_request, &response).ok();
                record(joins, ok, monotonicSeconds() - t0);
                session = response.session_id();
            }
            {
                fedstudio::net::v1::HeartbeatRequest request;
                request.set_node_id(m_nodeId);
                request.set_session_id(session);
                fedstudio::net::v1::HeartbeatResponse response;
                grpc::ClientContext context;
                context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
                const double t0 = monotonicSeconds();
                const bool ok = m_stub->Heartbeat(&context, request, &response).ok();
                record(heartbeats, ok, monotonicSeconds() - t0);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
    void record(std::vector<double>& into, bool ok, double seconds) {
        std::lock_guard lock(mutex);
        if (ok)
            into.push_back(seconds);
        else
            ++failures;
    }
    std::unique_ptr<fedstudio::net::v1::FederationNode::Stub> m_stub;
    fedstudio::net::v1::JoinRequest m_request;
    std::string m_nodeId;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

//! "median / max" of a list of latencies, in ms.
std::string latencies(std::vector<double> v) {
    if (v.empty())
        return "none";
    std::sort(v.begin(), v.end());
    char out[64];
    std::snprintf(out, sizeof out, "%.1f / %.1f ms (%zu calls)", v[v.size() / 2] * 1e3,
                  v.back() * 1e3, v.size());
    return out;
}

int freePort() {
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

SSL_CTX* context(const std::string& certPem, const std::string& keyPem, const std::string& caPem,
                 bool server) {
    SSL_CTX* ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
    BIO* cb = BIO_new_mem_buf(certPem.data(), static_cast<int>(certPem.size()));
    X509* cert = PEM_read_bio_X509(cb, nullptr, nullptr, nullptr);
    BIO* kb = BIO_new_mem_buf(keyPem.data(), static_cast<int>(keyPem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(kb, nullptr, nullptr, nullptr);
    SSL_CTX_use_certificate(ctx, cert);
    SSL_CTX_use_PrivateKey(ctx, key);
    BIO* ab = BIO_new_mem_buf(caPem.data(), static_cast<int>(caPem.size()));
    X509* ca = PEM_read_bio_X509(ab, nullptr, nullptr, nullptr);
    X509_STORE_add_cert(SSL_CTX_get_cert_store(ctx), ca);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
    X509_free(cert);
    X509_free(ca);
    EVP_PKEY_free(key);
    BIO_free(cb);
    BIO_free(kb);
    BIO_free(ab);
    return ctx;
}

//! MB/s of one mutually authenticated TLS stream over loopback TCP (OpenSSL's defaults:
//! TLS 1.3, AES-GCM on this hardware), `bytes` from client to server.
double loopbackTlsMBps(const pki::CoordinatorKit& coordinator, const pki::NodeKit& node,
                       std::size_t bytes) {
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (::bind(listener, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(listener, 1) != 0 ||
        ::getsockname(listener, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        return 0.0;
    SSL_CTX* serverCtx = context(coordinator.certPem, coordinator.keyPem, coordinator.caPem, true);
    SSL_CTX* clientCtx = context(node.certPem, node.keyPem, node.caPem, false);
    std::atomic<double> seconds{0.0};
    std::thread server([&] {
        const int fd = ::accept(listener, nullptr, nullptr);
        SSL* ssl = SSL_new(serverCtx);
        SSL_set_fd(ssl, fd);
        if (SSL_accept(ssl) == 1) {
            std::vector<char> buffer(1 << 16);
            std::size_t got = 0;
            const double t0 = monotonicSeconds();
            while (got < bytes) {
                const int n = SSL_read(ssl, buffer.data(), static_cast<int>(buffer.size()));
                if (n <= 0)
                    break;
                got += static_cast<std::size_t>(n);
            }
            seconds = monotonicSeconds() - t0;
        }
        SSL_free(ssl);
        ::close(fd);
    });
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    double result = 0.0;
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
        SSL* ssl = SSL_new(clientCtx);
        SSL_set_fd(ssl, fd);
        if (SSL_connect(ssl) == 1) {
            std::vector<char> buffer(1 << 16, 'x');
            std::size_t sent = 0;
            while (sent < bytes) {
                const int n = SSL_write(ssl, buffer.data(), static_cast<int>(buffer.size()));
                if (n <= 0)
                    break;
                sent += static_cast<std::size_t>(n);
            }
        }
        server.join();
        result = static_cast<double>(bytes) / 1e6 / std::max(1e-9, seconds.load());
        SSL_free(ssl);
    } else {
        server.join();
    }
    ::close(fd);
    ::close(listener);
    SSL_CTX_free(serverCtx);
    SSL_CTX_free(clientCtx);
    return result;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const bool compareSecure = argc > 3 && std::string(argv[3]) == "secure";
    std::vector<int> sizes{10, 50};
    if (argc > 2) {
        sizes.clear();
        for (const QString& s : QString::fromLocal8Bit(argv[2]).split(u','))
            sizes.push_back(std::max(1, s.toInt()));
    }
    const bool small = argc > 4 && std::string(argv[4]) == "small";
    const bool defaultHeartbeat = argc > 5 && std::string(argv[5]) == "default";
    const ModelLayout layout = small ? smallLayout() : cnnLayout();
    std::vector<float> model(static_cast<std::size_t>(layout.parameterCount()));
    for (std::size_t i = 0; i < model.size(); ++i)
        model[i] = static_cast<float>(static_cast<double>(i % 1000) * 1e-4);
    const QByteArray modelBytes = encodeWeights(layout, model);
    std::printf("model: %lld parameters, %.2f MB canonical bytes each way per node\n",
                static_cast<long long>(layout.parameterCount()),
                static_cast<double>(modelBytes.size()) / 1e6);

    double tlsMBps = 0.0;
    for (int nodes : sizes) {
        QTemporaryDir dir;
        const QString specPath = dir.filePath(u"bench.fed.json"_s);
        QFile spec(specPath);
        if (!spec.open(QIODevice::WriteOnly))
            return 1;
        spec.write(QStringLiteral(R"({"format": "fedstudio-spec/1", "clients": %1,
            "data": {"dataset": "synthetic"}, "model": {"architecture": "logreg"}})")
                       .arg(nodes)
                       .toUtf8());
        spec.close();
        const int port = freePort();
        pki::ProvisionOptions options;
        options.outDir = dir.filePath(u"kits"_s).toStdString();
        options.nodes = nodes + 1; // the last one is the probe
        options.coordinatorPort = port;
        if (auto s = pki::provision(specPath.toStdString(), options); !s) {
            std::fprintf(stderr, "provision: %s\n", qPrintable(s.error()));
            return 1;
        }
        auto kit = pki::loadCoordinatorKit(dir.filePath(u"kits/coordinator"_s).toStdString());
        if (!kit) {
            std::fprintf(stderr, "%s\n", qPrintable(kit.error()));
            return 1;
        }
        std::vector<pki::NodeKit> kits;
        for (int i = 0; i <= nodes; ++i) {
            auto nk = pki::loadNodeKit(
                dir.filePath(u"kits/nodes/"_s + QString::fromStdString(pki::nodeName(i)))
                    .toStdString());
            if (!nk) {
                std::fprintf(stderr, "%s\n", qPrintable(nk.error()));
                return 1;
            }
            kits.push_back(std::move(*nk));
        }
        if (tlsMBps == 0.0)
            tlsMBps = loopbackTlsMBps(*kit, kits.front(), std::size_t{512} << 20);

        net::CoordinatorOptions copts;
        copts.listenAddress = "127.0.0.1:0";
        copts.roundDeadline = std::chrono::minutes(10);
        // 50 node threads and the coordinator share this machine's cores: a node's heartbeat
        // can be late without the node being gone, and the bench measures throughput.
        // HEARTBEAT default keeps the coordinator's defaults, to see whether any node is dropped.
        if (!defaultHeartbeat)
            copts.heartbeatMisses = 60;
        std::atomic<int> droppedNodes{0};
        copts.nodeEvent = [&](const net::NodeEvent& e) {
            if (e.kind == net::NodeEvent::Kind::Dropped && e.node < nodes)
                ++droppedNodes;
        };
        auto coordinator = net::Coordinator::start(*kit, copts);
        if (!coordinator) {
            std::fprintf(stderr, "%s\n", qPrintable(coordinator.error()));
            return 1;
        }
        (*coordinator)->setLayout(layout);
        for (pki::NodeKit& k : kits)
            k.coordinatorAddress = "127.0.0.1:" + std::to_string((*coordinator)->port());
        pki::NodeKit probeKit = kits.back();
        kits.pop_back();
        std::atomic<bool> stop{false};
        std::vector<std::thread> threads;
        for (int i = 0; i < nodes; ++i) {
            threads.emplace_back([&, i] {
                // The node threads stand in for other machines: niced (their heartbeat thread
                // inherits it), so that their masking does not take the coordinator's and the
                // probe's share of this machine's cores.
                (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
                auto client = net::NodeClient::create(kits[static_cast<std::size_t>(i)], {});
                if (!client)
                    return;
                (*client)->run(
                    [](const net::NodeTask& task) -> Result<net::NodeAnswer> {
                        net::NodeAnswer a;
                        a.training.delta.assign(task.global.size(), 0.0f);
                        a.training.samples = 1;
                        return a;
                    },
                    stop);
            });
        }
        if (!(*coordinator)->waitForNodes(nodes, std::chrono::seconds(120))) {
            std::fprintf(stderr, "only %d of %d nodes joined\n", (*coordinator)->joinedNodes(),
                         nodes);
            stop = true;
            (*coordinator)->finish(u"the benchmark failed"_s);
            for (auto& t : threads)
                t.join();
            return 1;
        }
        std::optional<Probe> probe;
        probe.emplace(probeKit, "127.0.0.1:" + std::to_string((*coordinator)->port()));
        // The probe's answer times with every node idle between rounds: the baseline.
        std::this_thread::sleep_for(std::chrono::seconds(3));
        {
            std::lock_guard lock(probe->mutex);
            std::printf("%3d nodes, no round open: probe Join %s, Heartbeat %s\n", nodes,
                        latencies(probe->joins).c_str(), latencies(probe->heartbeats).c_str());
        }
        probe->reset();
        RemoteRound round;
        round.modelBytes = modelBytes;
        round.parentModel = Hash::of(modelBytes);
        for (int i = 0; i < nodes; ++i) {
            round.selected.push_back(i);
            round.shuffleSeeds.push_back(static_cast<std::uint64_t>(i));
        }
        bool failed = false;
        double best = 1e300;
        double total = 0.0;
        double secureBest = 1e300;
        double secureTotal = 0.0;
        const int plainRounds = rounds;
        for (int r = 1; r <= (compareSecure ? 2 * rounds : rounds); ++r) {
            const bool secure = r > plainRounds;
            round.round = r;
            if (secure)
                round.secureAggregation =
                    secagg::Params{secagg::roundThreshold(2.0 / 3.0, round.selected.size()), 24};
            std::vector<RemoteOutcome> outcomes;
            int arrived = 0;
            const double t0 = monotonicSeconds();
            QStringList problems;
            const Status s = (*coordinator)->runRound(round, outcomes, [&](std::size_t i) {
                if (outcomes[i].kind == RemoteOutcome::Kind::Arrived)
                    ++arrived;
                else
                    problems << u"node %1: %2"_s.arg(i).arg(outcomes[i].problem);
            });
            const double dt = monotonicSeconds() - t0;
            if (!s || arrived != nodes) {
                std::fprintf(stderr, "round %d: %d of %d updates (%s)\n", r, arrived, nodes,
                             qPrintable(s ? problems.join(u"; "_s) : s.error()));
                failed = true;
                break;
            }
            if (r == plainRounds || r == 2 * plainRounds) {
                std::lock_guard lock(probe->mutex);
                std::printf("%3d nodes, %s rounds: probe Join %s, Heartbeat %s, %d probe calls "
                            "failed; %d nodes dropped so far\n",
                            nodes, secure ? "secure" : "plain", latencies(probe->joins).c_str(),
                            latencies(probe->heartbeats).c_str(), probe->failures,
                            droppedNodes.load());
                std::fflush(stdout);
            }
            if (r == plainRounds)
                probe->reset();
            if (secure) {
                if (auto sum = (*coordinator)->secureResult(); !sum) {
                    std::fprintf(stderr, "round %d: %s\n", r, qPrintable(sum.error()));
                    failed = true;
                    break;
                }
                secureBest = std::min(secureBest, dt);
                secureTotal += dt;
                continue;
            }
            best = std::min(best, dt);
            total += dt;
        }
        probe.reset();
        (*coordinator)->finish(u"the benchmark is over"_s);
        for (auto& t : threads)
            t.join();
        (*coordinator)->shutdown();
        if (failed)
            return 1;
        const double mean = total / rounds;
        const double moved = 2.0 * static_cast<double>(modelBytes.size()) * nodes / 1e6;
        std::printf("%3d nodes: round %.3f s (best %.3f s), %.1f ms per node per round, "
                    "%.0f MB/s of model traffic (both directions) = %.2fx the loopback TLS "
                    "stream (%.0f MB/s)\n",
                    nodes, mean, best, mean / nodes * 1000.0, moved / mean,
                    moved / mean / std::max(1e-9, tlsMBps), tlsMBps);
        if (compareSecure) {
            const double secureMean = secureTotal / rounds;
            std::printf("%3d nodes, secure aggregation: round %.3f s (best %.3f s) = %.2fx the "
                        "plain round\n",
                        nodes, secureMean, secureBest, secureMean / mean);
        }
        std::fflush(stdout);
    }
    return 0;
}
