// Secure aggregation over the node protocol under hostile input (issue #10, docs/protocol.md
// "Secure aggregation"): scripted raw gRPC nodes run the masking protocol by hand with
// secagg::Client, some of them breaking one rule each - a bad key signature, keys sent twice,
// shares from another id, a masked update of the wrong length, a plain update, an unmasking
// answer for the wrong sets. Each must be refused with a message naming the fault (an incident
// while the node is still in the round), the coordinator must carry on, and the honest nodes'
// sum must come out exact and replay from the ledger.
#include "engine/federation/Federation.h"
#include "engine/federation/RemoteClients.h"
#include "engine/ledger/Block.h"
#include "engine/ledger/Ledger.h"
#include "engine/net/Coordinator.h"
#include "engine/net/NodeClient.h"
#include "engine/net/Protocol.h"
#include "engine/pki/Provisioning.h"
#include "engine/privacy/SecureAggregation.h"
#include "engine/spec/SpecIO.h"
#include "engine/store/RunStore.h"
#include "federation.grpc.pb.h"
#include "tests/support/NetworkedFixture.h"
#include "tests/support/RawNode.h"

#include <QTest>
#include <atomic>
#include <cmath>
#include <grpcpp/grpcpp.h>
#include <map>
#include <thread>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

enum class Role {
    Honest,
    BadKeySignature,
    DuplicateKeys,
    WrongShareSender,
    WrongLengthMasked,
    OverlappingUnmasking,
    PlainUpdate
};

std::chrono::system_clock::time_point in(int seconds) {
    return std::chrono::system_clock::now() + std::chrono::seconds(seconds);
}

template <typename Message>
void identify(Message& m, const pki::NodeKit& kit, const std::string& session, std::uint32_t r) {
    m.set_node_id(kit.nodeId);
    m.set_session_id(session);
    m.set_round(r);
}

QString statusText(const grpc::Status& s) {
    return QString::fromStdString(s.error_message());
}

//! Pushes `bytes` as the round's update, signed, with no metrics; `masked` marks a masked one.
//! A refused call's message is the answer's reason.
pb::UpdateAck push(RawNode& node, const pb::RoundConfig& config, const QByteArray& bytes,
                   bool masked, std::uint64_t samples) {
    pb::UpdateHeader h = node.header(config, bytes, samples);
    h.clear_metrics();
    h.set_masked(masked);
    grpc::Status s;
    pb::UpdateAck ack = node.push(h, chunksOf(bytes), &s, std::chrono::seconds(30));
    if (!s.ok())
        ack.set_reason(s.error_message());
    return ack;
}

} // namespace

class TestSecaggNet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nodesCheckTheKeyList() {
        // A node takes part only with a key list whose every entry its member signed, that holds
        // its own entry with its own signing key, and that keeps each member's signing key.
        const secagg::RoundContext context{u"fed"_s, 4};
        std::vector<SigningKey> signers;
        std::vector<net::ListedKeys> list;
        for (std::uint32_t id = 0; id < 3; ++id) {
            auto signer = SigningKey::generate();
            QVERIFY(signer);
            secagg::Client client(context, {2, 16}, id);
            auto keys = client.advertise();
            QVERIFY(keys);
            keys->signature = signer->sign(secagg::keysMessage(context, *keys)).toByteArray();
            list.push_back({*keys, signer->publicKey().toByteArray()});
            signers.push_back(std::move(*signer));
        }
        const PublicKey self = signers[1].publicKey();
        auto check = [&](const std::vector<net::ListedKeys>& l, std::uint32_t participants = 3) {
            std::map<std::uint32_t, QByteArray> pinned;
            auto r = net::checkKeyList(context, l, 1, self, participants, {}, pinned);
            return r ? QString() : r.error();
        };
        QCOMPARE(check(list), QString());
        QVERIFY(check(list, 2).contains(u"names 3 participants, the round has 2"_s));
        QVERIFY(check({list[0], list[2]}).contains(u"does not hold this node's keys"_s));
        auto other = list;
        other[1].signingKey = list[0].signingKey;
        QVERIFY(check(other).contains(u"another signing key"_s));
        auto forged = list;
        forged[2].keys.signature[3] = static_cast<char>(forged[2].keys.signature[3] ^ 1);
        QVERIFY(check(forged).contains(u"key signature of client 2 does not verify"_s));
        auto swapped = list;
        swapped[0].keys.maskKey[0] ^= 1;
        QVERIFY(check(swapped).contains(u"key signature of client 0 does not verify"_s));
        // A later round's list may not give a member another signing key, even if it signs.
        std::map<std::uint32_t, QByteArray> pinned;
        QVERIFY(net::checkKeyList(context, list, 1, self, 3, {}, pinned));
        auto impostor = SigningKey::generate();
        QVERIFY(impostor);
        auto replaced = list;
        replaced[2].signingKey = impostor->publicKey().toByteArray();
        replaced[2].keys.signature =
            impostor->sign(secagg::keysMessage(context, replaced[2].keys)).toByteArray();
        auto later = net::checkKeyList(context, replaced, 1, self, 3, {}, pinned);
        QVERIFY(!later);
        QVERIFY2(later.error().contains(u"changes the signing key of client 2"_s),
                 qPrintable(later.error()));
    }

    void nodesCheckTheKeyListAgainstTheKit() {
        // With the kit's member list, a forged member key is refused in the very first list
        // (nothing pinned yet), even though the forger signed that entry correctly.
        const secagg::RoundContext context{u"fed"_s, 1};
        std::vector<SigningKey> signers;
        std::vector<net::ListedKeys> list;
        std::map<int, QByteArray> members;
        for (std::uint32_t id = 0; id < 3; ++id) {
            auto signer = SigningKey::generate();
            QVERIFY(signer);
            secagg::Client client(context, {2, 16}, id);
            auto keys = client.advertise();
            QVERIFY(keys);
            keys->signature = signer->sign(secagg::keysMessage(context, *keys)).toByteArray();
            list.push_back({*keys, signer->publicKey().toByteArray()});
            members[static_cast<int>(id)] = signer->publicKey().toByteArray();
            signers.push_back(std::move(*signer));
        }
        const PublicKey self = signers[1].publicKey();
        auto check = [&](const std::vector<net::ListedKeys>& l,
                         const std::map<int, QByteArray>& kit) {
            std::map<std::uint32_t, QByteArray> pinned;
            auto r = net::checkKeyList(context, l, 1, self, 3, kit, pinned);
            return r ? QString() : r.error();
        };
        QCOMPARE(check(list, members), QString());
        // A list of fewer members than the kit's is fine (a member may drop out).
        QCOMPARE(check({list[0], list[1]}, members), QString());

        auto impostor = SigningKey::generate();
        QVERIFY(impostor);
        auto forged = list;
        forged[2].signingKey = impostor->publicKey().toByteArray();
        forged[2].keys.signature =
            impostor->sign(secagg::keysMessage(context, forged[2].keys)).toByteArray();
        // Without the kit's list the first round cannot tell (pinning starts there) ...
        QCOMPARE(check(forged, {}), QString());
        // ... with it the forgery is named.
        const QString refused = check(forged, members);
        QVERIFY2(refused.contains(u"gives client 2 signing key"_s) &&
                     refused.contains(u"this node's kit lists"_s) &&
                     refused.contains(QString::fromLatin1(members[2].toHex().left(16))),
                 qPrintable(refused));

        // A client index the kit does not know is not a member.
        auto stranger = list;
        stranger[2].keys.id = 7;
        stranger[2].keys.signature =
            signers[2].sign(secagg::keysMessage(context, stranger[2].keys)).toByteArray();
        const QString unknown = check(stranger, members);
        QVERIFY2(unknown.contains(u"names client 7, which this node's kit does not list"_s),
                 qPrintable(unknown));
        // The kit's own entry must match this node's key, whatever the list says.
        auto kitOfAnother = members;
        kitOfAnother[0] = impostor->publicKey().toByteArray();
        QVERIFY(check(list, kitOfAnother).contains(u"gives client 0 signing key"_s));
    }

    void hostilePhaseMessagesAreRefused() {
        const std::vector<Role> roles{Role::Honest,
                                      Role::Honest,
                                      Role::Honest,
                                      Role::BadKeySignature,
                                      Role::DuplicateKeys,
                                      Role::WrongShareSender,
                                      Role::WrongLengthMasked,
                                      Role::OverlappingUnmasking,
                                      Role::PlainUpdate};
        const int n = static_cast<int>(roles.size());
        NetworkedFixture net;
        LoopbackSpec spec = secureLoopbackSpec(u"hostile"_s, 3, 1, n, 3);
        spec.samplesPerClient = 50;
        FED_VERIFY_OK(net.provision(spec.json(), n, u"hostile"_s));
        net::CoordinatorOptions& copts = net.coordinatorOptions;
        // Long enough that the key phase (a quarter of it) outlasts nine joins on a busy machine;
        // every phase here closes early, once all nodes still in the round have answered.
        copts.roundDeadline = std::chrono::seconds(120);
        copts.quorum = 2;
        // The raw nodes send no heartbeats; their calls keep them alive.
        copts.heartbeatInterval = std::chrono::milliseconds(500);
        copts.heartbeatMisses = 60;
        FED_VERIFY_OK(net.startCoordinator());
        FED_VERIFY_OK(net.createFederation());
        const std::string address = net.address().toStdString();
        // The raw nodes below run on threads of their own while the federation runs on its own.
        net.startRun();

        // Node 0 advertises only once node 4's duplicate was refused, so that the key phase is
        // still open for it.
        std::atomic<bool> duplicateRefused{false};
        std::vector<QString> notes(static_cast<std::size_t>(n));
        std::vector<std::thread> threads;
        for (int i = 0; i < n; ++i) {
            threads.emplace_back([&, i] {
                QString& note = notes[static_cast<std::size_t>(i)];
                const Role role = roles[static_cast<std::size_t>(i)];
                auto nodeKit = pki::loadNodeKit(net.nodeKitDir(i));
                if (!nodeKit) {
                    note = nodeKit.error();
                    return;
                }
                RawNode node(*nodeKit, address);
                pb::RoundConfig config;
                QByteArray model;
                if (!node.join().ok() || !node.task(config, model)) {
                    note = u"no task"_s;
                    return;
                }
                const pb::SecureAggregationConfig& sa = config.secure_aggregation();
                const std::uint32_t round = config.round();
                const secagg::RoundContext context{node.federationId, round};
                secagg::Client client(context, {sa.threshold(), sa.fractional_bits()},
                                      static_cast<std::uint32_t>(i));
                auto keys = client.advertise();
                if (!keys) {
                    note = keys.error();
                    return;
                }
                QByteArray sig = node.key.sign(secagg::keysMessage(context, *keys)).toByteArray();
                if (role == Role::BadKeySignature)
                    sig[7] = static_cast<char>(sig[7] ^ 0x10);
                pb::SecAggKeys advertised;
                identify(advertised, node.kit, node.session, round);
                advertised.set_encryption_key(keys->encryptionKey.data(), 32);
                advertised.set_mask_key(keys->maskKey.data(), 32);
                advertised.set_signature(sig.constData(), static_cast<std::size_t>(sig.size()));
                if (role == Role::Honest && i == 0) {
                    for (int wait = 0; wait < 400 && !duplicateRefused; ++wait)
                        std::this_thread::sleep_for(std::chrono::milliseconds(50));
                }
                pb::SecAggKeyList list;
                grpc::Status s;
                if (role == Role::DuplicateKeys) {
                    grpc::Status other;
                    pb::SecAggKeyList ignored;
                    std::thread second([&] {
                        std::this_thread::sleep_for(std::chrono::milliseconds(300));
                        other = node.advertise(advertised, ignored);
                    });
                    s = node.advertise(advertised, list);
                    second.join();
                    note =
                        statusText(s.error_code() == grpc::StatusCode::ALREADY_EXISTS ? s : other);
                    duplicateRefused = true;
                    return;
                }
                s = node.advertise(advertised, list);
                if (!s.ok()) {
                    note = statusText(s);
                    return;
                }
                std::vector<secagg::AdvertisedKeys> participants;
                for (const pb::SecAggParticipantKeys& p : list.participants()) {
                    secagg::AdvertisedKeys k;
                    k.id = p.client_index();
                    std::copy_n(p.encryption_key().begin(), 32, k.encryptionKey.begin());
                    std::copy_n(p.mask_key().begin(), 32, k.maskKey.begin());
                    participants.push_back(k);
                }
                auto shares = client.shareKeys(participants);
                if (!shares) {
                    note = shares.error();
                    return;
                }
                pb::SecAggShares sent;
                identify(sent, node.kit, node.session, round);
                for (const secagg::EncryptedShare& e : *shares) {
                    pb::SecAggShare* m = sent.add_shares();
                    m->set_from(role == Role::WrongShareSender ? 0u : e.from);
                    m->set_to(e.to);
                    m->set_ciphertext(e.ciphertext.constData(),
                                      static_cast<std::size_t>(e.ciphertext.size()));
                }
                pb::SecAggSharesForYou inbox;
                {
                    grpc::ClientContext c;
                    c.set_deadline(in(30));
                    s = node.stub->ShareKeys(&c, sent, &inbox);
                }
                if (!s.ok()) {
                    note = statusText(s);
                    return;
                }
                std::vector<secagg::EncryptedShare> received;
                for (const pb::SecAggShare& e : inbox.shares())
                    received.push_back(
                        {e.from(), e.to(), QByteArray::fromStdString(e.ciphertext())});
                auto weights = decodeWeights(model);
                if (!weights) {
                    note = weights.error();
                    return;
                }
                // Every node's update is one constant; its weight is its sample count.
                const std::vector<float> delta(weights->values.size(),
                                               0.01f * static_cast<float>(i + 1));
                const auto samples = static_cast<std::uint64_t>(10 * (i + 1));
                if (role == Role::PlainUpdate) {
                    note = QString::fromStdString(
                        push(node, config, encodeWeights(weights->layout, delta), false, samples)
                            .reason());
                    return;
                }
                auto encoded = secagg::encodeFixedPoint(delta, static_cast<double>(samples),
                                                        sa.fractional_bits(), sa.participants());
                auto masked = client.maskInput(*encoded, samples, received);
                if (!masked) {
                    note = masked.error();
                    return;
                }
                if (role == Role::WrongLengthMasked)
                    masked->masked.pop_back();
                const pb::UpdateAck ack =
                    push(node, config, secagg::encodeMaskedInput(masked->masked), true, samples);
                if (!ack.accepted()) {
                    note = QString::fromStdString(ack.reason());
                    return;
                }
                pb::SecAggPoll poll;
                identify(poll, node.kit, node.session, round);
                pb::SecAggUnmaskingRequest request;
                {
                    grpc::ClientContext c;
                    c.set_deadline(in(30));
                    s = node.stub->Unmask(&c, poll, &request);
                }
                if (!s.ok()) {
                    note = statusText(s);
                    return;
                }
                secagg::UnmaskingRequest asked;
                asked.survivors.assign(request.survivors().begin(), request.survivors().end());
                asked.dropped.assign(request.dropped().begin(), request.dropped().end());
                auto response = client.unmask(asked);
                if (!response) {
                    note = response.error();
                    return;
                }
                // Shares of both secrets of a survivor: the answer that would unmask its input.
                if (role == Role::OverlappingUnmasking) {
                    const std::uint32_t victim = asked.survivors.front();
                    response->maskKeyShares[victim] = response->selfMaskShares.at(victim);
                }
                pb::SecAggUnmasking answer;
                identify(answer, node.kit, node.session, round);
                for (const auto& [owner, share] : response->selfMaskShares) {
                    pb::SecAggShamirShare* m = answer.add_self_mask_shares();
                    m->set_owner(owner);
                    m->set_x(share.x);
                    for (std::uint64_t y : share.y)
                        m->add_y(y);
                }
                for (const auto& [owner, share] : response->maskKeyShares) {
                    pb::SecAggShamirShare* m = answer.add_mask_key_shares();
                    m->set_owner(owner);
                    m->set_x(share.x);
                    for (std::uint64_t y : share.y)
                        m->add_y(y);
                }
                pb::SecAggAck done;
                {
                    grpc::ClientContext c;
                    c.set_deadline(in(30));
                    s = node.stub->SendUnmasking(&c, answer, &done);
                }
                note = s.ok() ? u"unmasked"_s : statusText(s);
                if (role == Role::OverlappingUnmasking) {
                    // Gone: the coordinator stops waiting for its answer.
                    pb::LeaveRequest leave;
                    leave.set_node_id(node.kit.nodeId);
                    leave.set_session_id(node.session);
                    pb::LeaveResponse left;
                    grpc::ClientContext c;
                    c.set_deadline(in(10));
                    (void)node.stub->Leave(&c, leave, &left);
                }
            });
        }
        for (auto& t : threads)
            t.join();
        const Result<RunSummary> summary = net.waitForRun();
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + net.logs()));
        QCOMPARE(summary->roundsCompleted, 1);
        const auto note = [&](int i) { return notes[static_cast<std::size_t>(i)]; };
        QString all;
        for (int i = 0; i < n; ++i)
            all += u"node %1: %2\n"_s.arg(i).arg(note(i));
        qInfo().noquote() << all;
        for (int i = 0; i < 3; ++i)
            QVERIFY2(note(i) == u"unmasked"_s, qPrintable(u"node %1: %2"_s.arg(i).arg(note(i))));
        QVERIFY2(note(4).contains(u"advertised secure-aggregation keys twice"_s),
                 qPrintable(note(4)));
        QVERIFY2(note(7).contains(u"does not hold exactly one mask-key share"_s),
                 qPrintable(note(7)));
        QVERIFY(net.coordinator().stats().refused >= 4);
        net.finish();

        auto store = RunStore::open(net.runPath(), RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        auto records = (*store)->allClientRounds();
        QVERIFY(records);
        QCOMPARE(int(records->size()), n);
        const std::map<int, std::pair<UpdateStatus, QString>> expected{
            {0, {UpdateStatus::Accepted, QString()}},
            {1, {UpdateStatus::Accepted, QString()}},
            {2, {UpdateStatus::Accepted, QString()}},
            {3, {UpdateStatus::Rejected, u"key signature of client 3 does not verify"_s}},
            {4, {UpdateStatus::Rejected, u"advertised secure-aggregation keys twice"_s}},
            {5, {UpdateStatus::Rejected, u"a share claims to come from client 0"_s}},
            {6, {UpdateStatus::Rejected, u"a masked update of the wrong length"_s}},
            {7, {UpdateStatus::Accepted, QString()}},
            {8, {UpdateStatus::Rejected, u"a plain update in a securely aggregated round"_s}},
        };
        for (const ClientRoundRecord& r : *records) {
            const auto& [status, words] = expected.at(r.client);
            QVERIFY2(r.status == status, qPrintable(u"client %1: %2 (%3)"_s.arg(r.client).arg(
                                             updateStatusName(r.status), r.detail)));
            QVERIFY2(r.detail.contains(words),
                     qPrintable(u"client %1: %2"_s.arg(r.client).arg(r.detail)));
        }

        // Survivors 0, 1, 2 and 7 (whose self mask came from the others' shares); 5's shares
        // were refused; 6 and 8 shared keys but their updates were refused: dropped.
        Ledger ledger(**store);
        auto blocks = ledger.blocks(0, 10);
        QVERIFY(blocks);
        const RoundBody* round = nullptr;
        for (const StoredBlock& b : *blocks)
            if (b.block.kind == BlockKind::Round)
                round = &b.block.round;
        QVERIFY(round && round->secureAggregation);
        std::vector<std::uint32_t> survivors;
        std::vector<std::uint32_t> dropped;
        for (const SecAggParticipant& p : round->secureAggregation->participants)
            (p.dropped ? dropped : survivors).push_back(p.client);
        QCOMPARE(survivors, (std::vector<std::uint32_t>{0, 1, 2, 7}));
        QCOMPARE(dropped, (std::vector<std::uint32_t>{6, 8}));

        // FedAvg moves the model by the survivors' weighted mean update, exactly up to the
        // fixed-point and float rounding.
        auto parent = decodeWeights(*(*store)->blob(round->parentModelHash));
        auto next = decodeWeights(*(*store)->blob(round->modelHash));
        QVERIFY(parent && next);
        double weighted = 0.0;
        double total = 0.0;
        for (int i : {0, 1, 2, 7}) {
            weighted += 10.0 * (i + 1) * 0.01 * (i + 1);
            total += 10.0 * (i + 1);
        }
        for (std::size_t k = 0; k < parent->values.size(); ++k)
            QVERIFY2(std::abs(next->values[k] - parent->values[k] - weighted / total) < 1e-5,
                     qPrintable(u"parameter %1 moved by %2, expected %3"_s.arg(k)
                                    .arg(next->values[k] - parent->values[k])
                                    .arg(weighted / total)));
        VerifyOptions vopts;
        vopts.replay = true;
        const VerifyReport report = ledger.verify(vopts);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(int(report.roundsReplayed.size()), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecaggNet)
#include "test_secagg_net.moc"
