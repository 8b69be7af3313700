// The node protocol under hostile input (issue #5, docs/protocol.md#faults): scripted raw gRPC
// nodes send every kind of bad update in one round of a real coordinator and Federation, and
// each must end as an incident on the ledger - never a crash - while honest nodes' updates are
// aggregated and the ledger still verifies. Plus the protocol's small pieces (sizes, backoff).
#include "engine/federation/Federation.h"
#include "engine/federation/RemoteClients.h"
#include "engine/ledger/Block.h"
#include "engine/ledger/Ledger.h"
#include "engine/net/Coordinator.h"
#include "engine/net/Protocol.h"
#include "engine/pki/Provisioning.h"
#include "engine/spec/SpecIO.h"
#include "engine/store/RunStore.h"
#include "federation.grpc.pb.h"
#include "tests/support/NetworkedFixture.h"
#include "tests/support/RawNode.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>
#include <grpcpp/grpcpp.h>
#include <limits>
#include <map>
#include <thread>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

enum class Behaviour {
    Honest,
    BadSignature,
    WrongShapes,
    NonFinite,
    WrongRound,
    Oversized,
    Malformed,
    WrongVersion,
    SilentThenLate,
    Revoked
};

} // namespace

class TestNet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void canonicalSizeMatchesTheEncoding() {
        ModelLayout layout;
        layout.tensors = {{u"fc1.weight"_s, {20, 7}}, {u"fc1.bias"_s, {20}}, {u"out"_s, {3, 20}}};
        const std::vector<float> values(static_cast<std::size_t>(layout.parameterCount()), 0.5f);
        QCOMPARE(net::canonicalBytes(layout), encodeWeights(layout, values).size());
        QCOMPARE(net::chunkCount(0), 1u);
        QCOMPARE(net::chunkCount(net::maxChunkBytes), 1u);
        QCOMPARE(net::chunkCount(net::maxChunkBytes + 1), 2u);
    }

    void backoffGrowsWithJitterAndResets() {
        net::Backoff a(std::chrono::milliseconds(100), std::chrono::milliseconds(1000), 1);
        net::Backoff b(std::chrono::milliseconds(100), std::chrono::milliseconds(1000), 2);
        bool differ = false;
        for (int i = 0; i < 12; ++i) {
            const auto x = a.next();
            const auto y = b.next();
            const auto ceiling = std::min<std::int64_t>(1000, 100LL << i);
            QVERIFY(x.count() >= 0 && x.count() <= ceiling);
            differ = differ || x != y;
        }
        QVERIFY(differ); // two nodes do not retry in lockstep
        a.reset();
        QCOMPARE(a.attempt(), 0);
        QVERIFY(a.next().count() <= 100);
    }

    void launchSectionIsValidated() {
        const QByteArray base = R"({"format": "fedstudio-spec/1", "clients": 4,
            "data": {"dataset": "synthetic"}, "model": {"architecture": "logreg"},
            "launch": )";
        auto problems = [&](const QByteArray& launch) {
            auto spec = parseSpec(base + launch + "}", QString());
            if (!spec)
                return spec.error();
            return formatProblems(validateSpec(*spec));
        };
        QVERIFY(problems(R"({"mode": "local"})").contains(u"launch.kit_dir"_s));
        QVERIFY(problems(R"({"mode": "warp"})").contains(u"launch.mode"_s));
        QVERIFY(problems(R"({"mode": "ssh", "kit_dir": "k"})").contains(u"launch.hosts"_s));
        QVERIFY(problems(R"({"mode": "local", "kit_dir": "k", "quorum": 9})")
                    .contains(u"launch.quorum"_s));
        QVERIFY(problems(R"({"mode": "local", "kit_dir": "k", "quorum": 1.5})")
                    .contains(u"launch.quorum"_s));
        QVERIFY(problems(R"({"mode": "local", "kit_dir": "k", "listen": "nowhere"})")
                    .contains(u"launch.listen"_s));
        QVERIFY(
            problems(R"({"mode": "local", "kit_dir": "k", "hosts": [{"host": "a", "port": 0}]})")
                .contains(u"launch.hosts[0].port"_s));
        QVERIFY(problems(R"({"mode": "local", "kit_dir": "k", "bogus": 1})")
                    .contains(u"launch.bogus"_s));
        // ssh_options: an array of NAME=VALUE strings; options that run local commands are
        // refused, each problem named by its path.
        const QString notArray = problems(
            R"({"mode": "ssh", "kit_dir": "k", "hosts": [{"host": "a", "ssh_options": "x"}]})");
        QVERIFY2(notArray.contains(u"launch.hosts[0].ssh_options: must be an array"_s),
                 qPrintable(notArray));
        const QString bad = problems(R"({"mode": "ssh", "kit_dir": "k", "hosts": [{"host": "a",
            "ssh_options": ["StrictHostKeyChecking=no", 5, "=x", "ProxyCommand=nc %h %p"]}]})");
        QVERIFY2(bad.contains(u"launch.hosts[0].ssh_options[1]: must be a string"_s),
                 qPrintable(bad));
        QVERIFY2(!bad.contains(u"ssh_options[0]"_s), qPrintable(bad));
        const QString badValues = problems(R"({"mode": "ssh", "kit_dir": "k", "hosts": [{"host":
            "a", "ssh_options": ["StrictHostKeyChecking=no", "=x", "ProxyCommand=nc %h %p"]}]})");
        QVERIFY2(badValues.contains(u"launch.hosts[0].ssh_options[1]: must be NAME=VALUE"_s),
                 qPrintable(badValues));
        QVERIFY2(badValues.contains(u"launch.hosts[0].ssh_options[2]: ProxyCommand runs a "_s),
                 qPrintable(badValues));
        QVERIFY2(!badValues.contains(u"ssh_options[0]"_s), qPrintable(badValues));
        // A host that ssh would read as an option.
        const QString dashHost =
            problems(R"({"mode": "ssh", "kit_dir": "k", "hosts": [{"host": "-oProxyCommand=x"}]})");
        QVERIFY2(dashHost.contains(u"launch.hosts[0].host: must be [user@]host, not start with"_s),
                 qPrintable(dashHost));
        // Options that end or detach ssh's input would stop a remote node as it starts.
        const QString noInput = problems(R"({"mode": "ssh", "kit_dir": "k", "hosts": [{"host":
            "a", "ssh_options": ["StdinNull=yes", "forkafterauthentication yes"]}]})");
        QVERIFY2(noInput.contains(u"launch.hosts[0].ssh_options[0]: StdinNull cannot be used"_s),
                 qPrintable(noInput));
        QVERIFY2(noInput.contains(u"ssh_options[1]: forkafterauthentication cannot be used"_s),
                 qPrintable(noInput));
        QCOMPARE(problems(R"({"mode": "local", "kit_dir": "k", "quorum": 3,
                              "round_deadline_seconds": 30, "listen": "0.0.0.0:7443"})"),
                 QString());
        // The join window: seconds in [0, 86400], 0 (or absent) the round deadline.
        const QString longJoin =
            problems(R"({"mode": "local", "kit_dir": "k", "join_timeout_seconds": 90000})");
        QVERIFY2(longJoin.contains(u"launch.join_timeout_seconds: must be seconds in [0, 86400] "
                                   "(0: the round deadline), got 90000"_s),
                 qPrintable(longJoin));
        QVERIFY(problems(R"({"mode": "local", "kit_dir": "k", "join_timeout_seconds": -1})")
                    .contains(u"launch.join_timeout_seconds"_s));
        QVERIFY(problems(R"({"mode": "local", "kit_dir": "k", "join_timeout_seconds": "1"})")
                    .contains(u"launch.join_timeout_seconds"_s));
        QCOMPARE(problems(R"({"mode": "local", "kit_dir": "k", "join_timeout_seconds": 600})"),
                 QString());
        {
            // Written only when set: a spec without it keeps its exact text.
            auto without = parseSpec(base + R"({"mode": "local", "kit_dir": "k"}})", QString());
            QVERIFY2(without, qPrintable(without.error()));
            QCOMPARE(without->launch.joinTimeoutSeconds, 0.0);
            QVERIFY(!specToJson(*without).contains("join_timeout_seconds"));
            auto with = parseSpec(
                base + R"({"mode": "local", "kit_dir": "k", "join_timeout_seconds": 600}})",
                QString());
            QVERIFY2(with, qPrintable(with.error()));
            QCOMPARE(with->launch.joinTimeoutSeconds, 600.0);
            auto back = parseSpec(specToJson(*with), QString());
            QVERIFY2(back, qPrintable(back.error()));
            QCOMPARE(back->launch.joinTimeoutSeconds, 600.0);
            QVERIFY(sameSpec(*with, *back));
            QVERIFY(!sameSpec(*with, *without));
        }
        // Local DP and secure aggregation run on fednode; simulated dropouts do not.
        const QByteArray networked = R"({"mode": "local", "kit_dir": "k"})";
        auto withPrivacy = [&](const QByteArray& privacy) {
            auto spec = parseSpec(base + networked + R"(, "privacy": )" + privacy + "}", QString());
            return spec ? formatProblems(validateSpec(*spec)) : spec.error();
        };
        QCOMPARE(withPrivacy(R"({"dp": {"enabled": true, "mode": "local"}})"), QString());
        QCOMPARE(withPrivacy(R"({"secure_aggregation": {"enabled": true}})"), QString());
        QVERIFY(withPrivacy(R"({"secure_aggregation": {"enabled": true, "dropout_probability":
                                0.1}})")
                    .contains(u"privacy.secure_aggregation.dropout_probability"_s));
        // A networked spec writes its launch section and reads back the same.
        auto spec = parseSpec(base + R"({"mode": "ssh", "kit_dir": "k", "hosts":
                [{"host": "me@h", "port": 2222, "fednode": "/opt/fednode",
                  "ssh_options": ["StrictHostKeyChecking=yes", "ConnectTimeout 5"]}],
                "data_paths": ["", "/d"]}})",
                              QString());
        QVERIFY2(spec, qPrintable(spec.error()));
        auto again = parseSpec(specToJson(*spec), QString());
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(sameSpec(*spec, *again));
        QCOMPARE(again->launch.hosts.at(0).port, 2222);
        QCOMPARE(again->launch.hosts.at(0).sshOptions,
                 (QStringList{u"StrictHostKeyChecking=yes"_s, u"ConnectTimeout 5"_s}));
        // An in-process spec's JSON has no launch section (runs on disk keep their bytes).
        FederationSpec plain;
        QVERIFY(!specToJson(plain).contains("launch"));
    }

    void hostileNodesBecomeIncidentsOnTheLedger() {
        const std::vector<Behaviour> behaviours{
            Behaviour::Honest,         Behaviour::Honest,    Behaviour::BadSignature,
            Behaviour::WrongShapes,    Behaviour::NonFinite, Behaviour::WrongRound,
            Behaviour::Oversized,      Behaviour::Malformed, Behaviour::WrongVersion,
            Behaviour::SilentThenLate, Behaviour::Revoked};
        const int n = static_cast<int>(behaviours.size());
        NetworkedFixture net;
        LoopbackSpec spec(u"hostile"_s, 3, 1, n);
        spec.samplesPerClient = 50;
        FED_VERIFY_OK(net.provision(spec.json(), n, u"hostile"_s));
        const int revoked = n - 1;
        auto revokedOk =
            pki::revokeNode(net.coordinatorKitDir(), std::to_string(revoked), "key lost");
        QVERIFY2(revokedOk, qPrintable(revokedOk.error()));

        net::CoordinatorOptions& copts = net.coordinatorOptions;
        copts.roundDeadline = std::chrono::seconds(15);
        copts.quorum = 2;
        copts.heartbeatInterval = std::chrono::milliseconds(300);
        copts.heartbeatMisses = 5;
        FED_VERIFY_OK(net.startCoordinator());
        FED_VERIFY_OK(net.createFederation());
        const std::string address = net.address().toStdString();
        // The raw nodes below run on threads of their own while the federation runs on its own.
        net.startRun();

        std::atomic<bool> roundOpen{false};
        std::vector<QString> notes(static_cast<std::size_t>(n));
        std::vector<std::thread> threads;
        for (int i = 0; i < n; ++i) {
            threads.emplace_back([&, i] {
                auto nodeKit = pki::loadNodeKit(net.nodeKitDir(i));
                if (!nodeKit) {
                    notes[static_cast<std::size_t>(i)] = nodeKit.error();
                    return;
                }
                RawNode node(*nodeKit, address);
                const Behaviour b = behaviours[static_cast<std::size_t>(i)];
                if (b == Behaviour::Revoked) {
                    while (!roundOpen.load())
                        std::this_thread::sleep_for(std::chrono::milliseconds(10));
                    const grpc::Status s = node.join();
                    notes[static_cast<std::size_t>(i)] = QString::fromStdString(s.error_message());
                    return;
                }
                if (!node.join().ok())
                    return;
                pb::RoundConfig config;
                QByteArray model;
                if (!node.task(config, model))
                    return;
                roundOpen = true;
                auto weights = decodeWeights(model);
                if (!weights)
                    return;
                const ModelLayout layout = weights->layout;
                std::vector<float> delta(weights->values.size(), 0.0f);
                QByteArray bytes = encodeWeights(layout, delta);
                pb::UpdateHeader h = node.header(config, bytes);
                std::vector<QByteArray> chunks = chunksOf(bytes);
                switch (b) {
                case Behaviour::Honest:
                    break;
                case Behaviour::BadSignature: {
                    std::string sig = h.signature();
                    sig[5] = static_cast<char>(sig[5] ^ 0x40);
                    h.set_signature(sig);
                    break;
                }
                case Behaviour::WrongShapes: {
                    ModelLayout wrong = layout;
                    std::reverse(wrong.tensors.front().shape.begin(),
                                 wrong.tensors.front().shape.end());
                    bytes = encodeWeights(wrong, delta);
                    h = node.header(config, bytes);
                    chunks = chunksOf(bytes);
                    break;
                }
                case Behaviour::NonFinite:
                    delta[3] = std::numeric_limits<float>::quiet_NaN();
                    bytes = encodeWeights(layout, delta);
                    h = node.header(config, bytes);
                    chunks = chunksOf(bytes);
                    break;
                case Behaviour::WrongRound:
                    config.set_round(config.round() + 6);
                    h = node.header(config, bytes);
                    break;
                case Behaviour::Oversized:
                    h.set_update_bytes(std::uint64_t{1} << 40);
                    break;
                case Behaviour::Malformed:
                    // Three chunks announced for bytes that fit in one.
                    h.set_chunk_count(3);
                    chunks = {bytes.left(10), bytes.mid(10, 10), bytes.mid(20)};
                    break;
                case Behaviour::WrongVersion:
                    notes[static_cast<std::size_t>(i)] =
                        QString::fromStdString(node.join(99).error_message());
                    return;
                case Behaviour::SilentThenLate: {
                    // No heartbeats: the coordinator drops it; then its update arrives late.
                    std::this_thread::sleep_for(copts.heartbeatInterval *
                                                (copts.heartbeatMisses + 3));
                    const pb::UpdateAck ack = node.push(h, chunks);
                    notes[static_cast<std::size_t>(i)] = QString::fromStdString(ack.reason());
                    return;
                }
                case Behaviour::Revoked:
                    return;
                }
                grpc::Status status;
                const pb::UpdateAck ack = node.push(h, chunks, &status);
                notes[static_cast<std::size_t>(i)] =
                    status.ok() ? QString::fromStdString(ack.reason())
                                : QString::fromStdString(status.error_message());
            });
        }
        for (auto& t : threads)
            t.join();
        const Result<RunSummary> summary = net.waitForRun();
        QVERIFY2(summary, qPrintable(summary.error()));
        QCOMPARE(summary->roundsCompleted, 1);
        QVERIFY2(notes[static_cast<std::size_t>(revoked)].contains(u"revoked"_s),
                 qPrintable(notes[static_cast<std::size_t>(revoked)]));
        QVERIFY2(notes[8].contains(u"protocol version 99"_s), qPrintable(notes[8]));
        QVERIFY2(notes[9].contains(u"closed"_s), qPrintable(u"[%1]"_s.arg(notes[9])));
        QVERIFY(net.coordinator().stats().lateUpdates >= 1);
        net.finish();

        auto store = RunStore::open(net.runPath(), RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        auto records = (*store)->allClientRounds();
        QVERIFY(records);
        QCOMPARE(static_cast<int>(records->size()), n);
        const std::map<int, std::pair<UpdateStatus, QString>> expected{
            {0, {UpdateStatus::Accepted, QString()}},
            {1, {UpdateStatus::Accepted, QString()}},
            {2, {UpdateStatus::Rejected, u"signature"_s}},
            {3, {UpdateStatus::Rejected, u"tensor"_s}},
            {4, {UpdateStatus::Rejected, u"non-finite"_s}},
            {5, {UpdateStatus::Rejected, u"while round 1 is open"_s}},
            {6, {UpdateStatus::Rejected, u"oversized"_s}},
            {7, {UpdateStatus::Rejected, u"malformed"_s}},
            {8, {UpdateStatus::Rejected, u"protocol version 99"_s}},
            {9, {UpdateStatus::Dropped, u"no heartbeat"_s}},
            {10, {UpdateStatus::Rejected, u"revoked"_s}},
        };
        for (const ClientRoundRecord& r : *records) {
            const auto& [status, words] = expected.at(r.client);
            QVERIFY2(r.status == status, qPrintable(u"client %1: %2 (%3)"_s.arg(r.client).arg(
                                             updateStatusName(r.status), r.detail)));
            QVERIFY2(r.detail.contains(words),
                     qPrintable(u"client %1: %2"_s.arg(r.client).arg(r.detail)));
        }
        Ledger ledger(**store);
        const VerifyReport report = ledger.verify();
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        auto head = ledger.head();
        QVERIFY(head && *head);
    }
};

QTEST_GUILESS_MAIN(TestNet)
#include "test_net.moc"
