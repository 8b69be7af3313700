// A real NodeClient against a hostile coordinator (docs/secure-aggregation.md, "On real nodes"):
// a minimal fake coordinator - the node protocol's gRPC service implemented here, over the
// federation's own mutual TLS - runs secure rounds whose key lists it forges. Round 1 substitutes
// another member's mask key under that member's genuine signature (or, in the "forged member"
// script, that member's whole identity: its signing key swapped for one of the coordinator's own,
// which only the kit's member list can expose in a first round); round 2 is honest until the
// share phase, which it aborts (so the node pins the members' signing keys); round 3 swaps a
// member's signing key for one of the coordinator's own (a key list that is internally consistent
// but names a different signer); round 4 gives the node itself another signing key. In every
// round the node must leave before it trains, never send a masked or plain update, and say why in
// its log. Each script runs with the kit as provisioned (members listed) and as a kit made
// before kits listed members (pinning only).
#include "engine/ledger/Keys.h"
#include "engine/model/Weights.h"
#include "engine/net/NodeClient.h"
#include "engine/net/Protocol.h"
#include "engine/pki/Provisioning.h"
#include "engine/privacy/SecureAggregation.h"
#include "federation.grpc.pb.h"
#include "tests/support/Kits.h"
#include "tests/support/Verify.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <grpcpp/grpcpp.h>
#include <mutex>
#include <thread>

using namespace fed;
using namespace Qt::StringLiterals;
namespace pb = fedstudio::net::v1;

namespace {

constexpr int kMembers = 3;
constexpr std::uint32_t kLastRound = 4;

const QByteArray kSpec = R"({
  "format": "fedstudio-spec/1", "name": "hostile coordinator", "seed": 3,
  "rounds": 4, "clients": 3,
  "data": {"dataset": "synthetic", "synthetic": {"samples_per_client": 20, "test_samples": 20}},
  "model": {"architecture": "logreg"},
  "strategy": {"name": "fedavg"},
  "privacy": {"secure_aggregation": {"enabled": true, "threshold": 2}}
}
)";

std::int64_t unixMsIn(int seconds) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               (std::chrono::system_clock::now() + std::chrono::seconds(seconds))
                   .time_since_epoch())
        .count();
}

std::string str(const QByteArray& b) {
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

//! The coordinator's side of the node protocol, scripted to lie about the key list.
class FakeCoordinator final : public pb::FederationNode::Service {
public:
    FakeCoordinator(std::string federationId, std::vector<SigningKey> memberKeys,
                    bool forgeMemberInRound1)
        : m_federationId(std::move(federationId))
        , m_memberKeys(std::move(memberKeys))
        , m_forgeMemberInRound1(forgeMemberInRound1) {
        m_layout.tensors.push_back(TensorSpec{u"w"_s, {4}});
        m_model = encodeWeights(m_layout, std::vector<float>(4, 0.0f));
        auto forger = SigningKey::generate();
        if (forger)
            m_forger = std::move(*forger);
    }

    std::mutex mutex;
    int pushes = 0;                         //!< PushUpdate calls: must stay 0
    int unmaskCalls = 0;                    //!< Unmask or SendUnmasking calls: must stay 0
    std::vector<std::uint32_t> shareRounds; //!< rounds in which the node sent its shares
    std::vector<std::uint32_t> keyRounds;   //!< rounds in which the node advertised keys

    grpc::Status Join(grpc::ServerContext*, const pb::JoinRequest*,
                      pb::JoinResponse* response) override {
        response->set_federation_id(m_federationId);
        for (const TensorSpec& t : m_layout.tensors) {
            pb::TensorSpec* s = response->mutable_layout()->add_tensors();
            s->set_name(t.name.toStdString());
            for (std::int64_t d : t.shape)
                s->add_shape(d);
        }
        response->mutable_layout()->set_parameter_count(m_layout.parameterCount());
        response->set_client_index(0);
        response->set_heartbeat_interval_ms(200);
        response->set_session_id("session");
        return grpc::Status::OK;
    }

    grpc::Status GetTask(grpc::ServerContext*, const pb::TaskRequest* request,
                         grpc::ServerWriter<pb::TaskMessage>* writer) override {
        pb::TaskMessage m;
        std::uint32_t next = 0;
        {
            std::lock_guard lock(mutex);
            if (request->last_round() < kLastRound)
                next = request->last_round() + 1;
        }
        if (next == 0) {
            m.mutable_finished()->set_reason("the hostile rounds are over");
            writer->Write(m);
            return grpc::Status::OK;
        }
        pb::RoundConfig* c = m.mutable_config();
        c->set_round(next);
        c->set_parent_model_hash(Hash::of(m_model).toHex().toStdString());
        c->set_local_epochs(1);
        c->set_batch_size(4);
        c->set_learning_rate(0.1);
        c->set_optimizer("sgd");
        c->set_deadline_unix_ms(unixMsIn(30));
        c->set_model_bytes(static_cast<std::uint64_t>(m_model.size()));
        c->set_chunk_count(1);
        pb::SecureAggregationConfig* sa = c->mutable_secure_aggregation();
        sa->set_threshold(2);
        sa->set_fractional_bits(24);
        sa->set_participants(kMembers);
        sa->set_keys_deadline_unix_ms(unixMsIn(10));
        sa->set_shares_deadline_unix_ms(unixMsIn(20));
        sa->set_unmasking_window_ms(5000);
        writer->Write(m);
        pb::TaskMessage chunk;
        chunk.mutable_chunk()->set_index(0);
        chunk.mutable_chunk()->set_data(str(m_model));
        writer->Write(chunk);
        return grpc::Status::OK;
    }

    grpc::Status AdvertiseKeys(grpc::ServerContext*, const pb::SecAggKeys* request,
                               pb::SecAggKeyList* list) override {
        const std::uint32_t round = request->round();
        {
            std::lock_guard lock(mutex);
            keyRounds.push_back(round);
        }
        const secagg::RoundContext context{QString::fromStdString(m_federationId), round};
        // The node's own entry, as it sent it.
        auto addOwn = [&](const QByteArray& signingKey) {
            pb::SecAggParticipantKeys* p = list->add_participants();
            p->set_client_index(0);
            p->set_encryption_key(request->encryption_key());
            p->set_mask_key(request->mask_key());
            p->set_signature(request->signature());
            p->set_signing_public_key(str(signingKey));
        };
        addOwn(round == 4 ? m_forger.publicKey().toByteArray()
                          : m_memberKeys[0].publicKey().toByteArray());
        // The other members' keys: fresh X25519 pairs, signed by the member (honest) or by the
        // coordinator's own key (a substituted identity).
        for (std::uint32_t id = 1; id < kMembers; ++id) {
            secagg::Client peer(context, secagg::Params{2, 24}, id);
            auto keys = peer.advertise();
            if (!keys)
                return grpc::Status(grpc::StatusCode::INTERNAL, keys.error().toStdString());
            const bool substitute =
                (round == 3 || (round == 1 && m_forgeMemberInRound1)) && id == 1;
            const SigningKey& signer = substitute ? m_forger : m_memberKeys[id];
            keys->signature = signer.sign(secagg::keysMessage(context, *keys)).toByteArray();
            if (round == 1 && id == 1 && !m_forgeMemberInRound1) {
                // Round 1: the member's genuine signature over keys the coordinator swapped.
                auto other = secagg::Client(context, secagg::Params{2, 24}, id).advertise();
                if (!other)
                    return grpc::Status(grpc::StatusCode::INTERNAL, other.error().toStdString());
                keys->maskKey = other->maskKey;
            }
            pb::SecAggParticipantKeys* p = list->add_participants();
            p->set_client_index(id);
            p->set_encryption_key(keys->encryptionKey.data(), keys->encryptionKey.size());
            p->set_mask_key(keys->maskKey.data(), keys->maskKey.size());
            p->set_signature(str(keys->signature));
            p->set_signing_public_key(str(signer.publicKey().toByteArray()));
        }
        return grpc::Status::OK;
    }

    grpc::Status ShareKeys(grpc::ServerContext*, const pb::SecAggShares* request,
                           pb::SecAggSharesForYou*) override {
        std::lock_guard lock(mutex);
        shareRounds.push_back(request->round());
        // Round 2 was honest so far; the coordinator ends it here, before training.
        return grpc::Status(grpc::StatusCode::ABORTED, "the round is over");
    }

    grpc::Status PushUpdate(grpc::ServerContext*, grpc::ServerReader<pb::UpdateMessage>* reader,
                            pb::UpdateAck* ack) override {
        pb::UpdateMessage m;
        while (reader->Read(&m)) {
        }
        std::lock_guard lock(mutex);
        ++pushes;
        ack->set_accepted(false);
        ack->set_reason("a hostile coordinator");
        return grpc::Status::OK;
    }

    grpc::Status Unmask(grpc::ServerContext*, const pb::SecAggPoll*,
                        pb::SecAggUnmaskingRequest*) override {
        std::lock_guard lock(mutex);
        ++unmaskCalls;
        return grpc::Status(grpc::StatusCode::ABORTED, "no");
    }

    grpc::Status SendUnmasking(grpc::ServerContext*, const pb::SecAggUnmasking*,
                               pb::SecAggAck*) override {
        std::lock_guard lock(mutex);
        ++unmaskCalls;
        return grpc::Status(grpc::StatusCode::ABORTED, "no");
    }

    grpc::Status Heartbeat(grpc::ServerContext*, const pb::HeartbeatRequest* request,
                           pb::HeartbeatResponse* response) override {
        response->set_current_round(request->round());
        return grpc::Status::OK;
    }

    QByteArray forgerKey() const { return m_forger.publicKey().toByteArray(); }

    grpc::Status Leave(grpc::ServerContext*, const pb::LeaveRequest*, pb::LeaveResponse*) override {
        return grpc::Status::OK;
    }

private:
    std::string m_federationId;
    std::vector<SigningKey> m_memberKeys;
    bool m_forgeMemberInRound1 = false;
    SigningKey m_forger;
    ModelLayout m_layout;
    QByteArray m_model;
};

} // namespace

class TestHostileCoordinator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forgedKeyListsNeverGetAnUpdate_data() {
        QTest::addColumn<bool>("kitListsMembers");
        QTest::addColumn<bool>("forgeMemberInRound1");
        QTest::newRow("kit with members, swapped mask key") << true << false;
        QTest::newRow("kit with members, forged member") << true << true;
        QTest::newRow("kit before member lists, swapped mask key") << false << false;
    }

    void forgedKeyListsNeverGetAnUpdate() {
        QFETCH(bool, kitListsMembers);
        QFETCH(bool, forgeMemberInRound1);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        pki::ProvisionOptions options;
        options.outDir = dir.filePath(u"kits"_s).toStdString();
        options.nodes = kMembers;
        FED_VERIFY_OK(test::provisionKits(dir.filePath(u"hostile.fed.json"_s), kSpec, options));
        auto coordinatorKit = pki::loadCoordinatorKit(options.outDir / "coordinator");
        QVERIFY2(coordinatorKit, qPrintable(coordinatorKit.error()));
        std::vector<pki::NodeKit> kits;
        std::vector<SigningKey> memberKeys;
        for (int i = 0; i < kMembers; ++i) {
            auto kit = pki::loadNodeKit(options.outDir / "nodes" / pki::nodeName(i));
            QVERIFY2(kit, qPrintable(kit.error()));
            auto key = SigningKey::fromPrivateBytes(kit->signingSeed);
            QVERIFY2(key, qPrintable(key.error()));
            memberKeys.push_back(std::move(*key));
            kits.push_back(std::move(*kit));
        }

        // The fake coordinator holds the federation's genuine TLS identity: only what it says
        // about the key list is false.
        FakeCoordinator service(coordinatorKit->federationId, std::move(memberKeys),
                                forgeMemberInRound1);
        grpc::SslServerCredentialsOptions tls(
            GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
        tls.pem_root_certs = coordinatorKit->caPem;
        tls.pem_key_cert_pairs.push_back({coordinatorKit->keyPem, coordinatorKit->certPem});
        grpc::ServerBuilder builder;
        int port = 0;
        builder.AddListeningPort("127.0.0.1:0", grpc::SslServerCredentials(tls), &port);
        builder.SetMaxReceiveMessageSize(net::maxMessageBytes);
        builder.RegisterService(&service);
        std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
        QVERIFY(server && port > 0);

        pki::NodeKit kit = kits[0];
        QCOMPARE(kit.members.size(), std::size_t{kMembers});
        for (int i = 0; i < kMembers; ++i)
            QCOMPARE(kit.members.at(i),
                     coordinatorKit->nodes[static_cast<std::size_t>(i)].publicKey);
        if (!kitListsMembers)
            kit.members.clear(); // as loadNodeKit gives a kit provisioned before member lists
        kit.coordinatorAddress = "127.0.0.1:" + std::to_string(port);
        std::mutex logMutex;
        QStringList lines;
        net::NodeClientOptions nopts;
        nopts.maxAttempts = 5;
        nopts.log = [&](const QString& line) {
            std::lock_guard lock(logMutex);
            lines << line;
        };
        auto client = net::NodeClient::create(kit, nopts);
        QVERIFY2(client, qPrintable(client.error()));
        std::atomic<int> trained{0};
        const net::NodeClient::Train train =
            [&](const net::NodeTask& task) -> Result<net::NodeAnswer> {
            ++trained;
            net::NodeAnswer answer;
            answer.training.delta.assign(task.global.size(), 0.5f);
            answer.training.samples = 10;
            return answer;
        };
        std::atomic<bool> stop{false};
        std::atomic<bool> done{false};
        net::NodeExit exit = net::NodeExit::Failed;
        std::thread runner([&] {
            exit = (*client)->run(train, stop);
            done = true;
        });
        for (int i = 0; i < 600 && !done.load(); ++i)
            QTest::qWait(100);
        if (!done.load())
            stop = true;
        runner.join();
        server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));

        const QString log = lines.join(u'\n');
        QCOMPARE(exit, net::NodeExit::Finished);
        std::lock_guard lock(service.mutex);
        QCOMPARE(service.keyRounds, (std::vector<std::uint32_t>{1, 2, 3, 4}));
        // Only the honest-looking round 2 got as far as the shares, which the coordinator cut.
        QCOMPARE(service.shareRounds, (std::vector<std::uint32_t>{2}));
        QVERIFY2(service.pushes == 0, qPrintable(log));
        QCOMPARE(service.unmaskCalls, 0);
        QVERIFY2(trained.load() == 0, qPrintable(log));
        QCOMPARE((*client)->roundsAnswered(), 0);
        const QString kitRefusal =
            u"the key list gives client 1 signing key %1, but this node's "
            "kit lists %2 for it"_s.arg(
                QString::fromLatin1(service.forgerKey().toHex().left(16)),
                QString::fromLatin1(kit.members.empty() ? QByteArray()
                                                        : kit.members.at(1).toHex().left(16)));
        QStringList expected{
            forgeMemberInRound1
                ? u"round 1: secure aggregation: %1"_s.arg(kitRefusal)
                : u"round 1: secure aggregation: the key signature of client 1 does not verify; "
                  "leaving the round"_s,
            u"round 2: secure aggregation: share keys: "_s,
            kitListsMembers ? u"round 3: secure aggregation: %1"_s.arg(kitRefusal)
                            : u"round 3: secure aggregation: the key list changes the signing key "
                              "of client 1 since an earlier round; leaving the round"_s,
            u"round 4: secure aggregation: the key list gives this node another signing key; "
            "leaving the round"_s};
        for (const QString& line : expected)
            QVERIFY2(log.contains(line), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(line, log)));
        // A kit without a member list says once that it falls back to pinning.
        QCOMPARE(log.count(u"lists no member signing keys"_s), kitListsMembers ? 0 : 1);
        QVERIFY2(!log.contains(u"sent ("_s), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestHostileCoordinator)

#include "test_hostile_coordinator.moc"
