#include "engine/net/NodeClient.h"

#include "engine/federation/UpdateValidation.h"
#include "engine/ledger/Block.h"
#include "engine/ledger/Keys.h"
#include "engine/net/Protocol.h"
#include "engine/privacy/DifferentialPrivacy.h"
#include "engine/privacy/SecureAggregation.h"
#include "federation.grpc.pb.h"

#include <QCoreApplication>
#include <cmath>
#include <condition_variable>
#include <grpcpp/grpcpp.h>
#include <limits>
#include <map>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace fed::net {
namespace pb = fedstudio::net::v1;

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString describe(const grpc::Status& s) {
    return u"%1 (gRPC code %2)"_s.arg(qs(s.error_message())).arg(static_cast<int>(s.error_code()));
}

//! Codes after which asking again cannot help: the coordinator refuses this node as it is.
bool isRefusal(const grpc::Status& s) {
    return s.error_code() == grpc::StatusCode::PERMISSION_DENIED ||
           s.error_code() == grpc::StatusCode::FAILED_PRECONDITION;
}

std::chrono::system_clock::time_point after(std::chrono::milliseconds ms) {
    return std::chrono::system_clock::now() + ms;
}

//! A deadline the coordinator announced (Unix ms), plus room for the clocks of the two machines
//! to differ and for the answer to travel; never in the past.
std::chrono::system_clock::time_point announced(std::int64_t unixMs) {
    const auto at = std::chrono::system_clock::time_point(std::chrono::milliseconds(unixMs));
    return std::max(at, std::chrono::system_clock::now()) + std::chrono::seconds(30);
}

bool toBytes32(const std::string& s, secagg::Bytes32& out) {
    if (s.size() != out.size())
        return false;
    std::copy(s.begin(), s.end(), out.begin());
    return true;
}

QByteArray bytesOf(const std::string& s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

struct NodeClient::Private {
    pki::NodeKit kit;
    NodeClientOptions options;
    SigningKey key;
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<pb::FederationNode::Stub> stub;

    std::string session;
    QString federationId;
    ModelLayout layout;
    std::int64_t maxModelBytes = 0;
    std::chrono::milliseconds heartbeatInterval{1000};
    std::uint32_t lastRound = 0;
    std::uint32_t clientIndex = 0;
    //! Members' signing keys as the coordinator's key lists gave them: a later list may not
    //! change one (docs/secure-aggregation.md).
    std::map<std::uint32_t, QByteArray> memberKeys;
    bool warnedNoMembers = false; //!< the kit-without-members log line is written once
    QString error;
    std::atomic<int> answered{0};

    std::mutex mutex;
    std::condition_variable wake;
    bool heartbeatQuit = false;
    std::atomic<bool> sessionLost{false};
    std::thread heartbeat;

    void log(const QString& line) const {
        if (options.log)
            options.log(line);
    }

    //! Sleeps for `ms`, waking early when `stop` is set.
    static void sleepFor(std::chrono::milliseconds ms, const std::atomic<bool>& stop) {
        const auto until = std::chrono::steady_clock::now() + ms;
        while (!stop.load() && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::min<std::chrono::milliseconds>(
                std::chrono::milliseconds(50),
                std::chrono::duration_cast<std::chrono::milliseconds>(
                    until - std::chrono::steady_clock::now()) +
                    std::chrono::milliseconds(1)));
    }

    enum class Step { Ok, Retry, Rejoin, Refused, Finished };

    Step join() {
        pb::JoinRequest request;
        request.set_protocol_version(protocolVersion);
        request.set_node_id(kit.nodeId);
        request.set_kit_format(kitFormat);
        request.set_software_version(QCoreApplication::applicationVersion().toStdString());
        const QByteArray pk = key.publicKey().toByteArray();
        request.set_signing_public_key(pk.constData(), static_cast<std::size_t>(pk.size()));
        pb::JoinResponse response;
        grpc::ClientContext context;
        context.set_deadline(after(std::chrono::seconds(10)));
        const grpc::Status s = stub->Join(&context, request, &response);
        if (!s.ok()) {
            error = u"join: %1"_s.arg(describe(s));
            return isRefusal(s) ? Step::Refused : Step::Retry;
        }
        if (response.federation_id() != kit.federationId) {
            error = u"join: the coordinator runs federation %1, this kit belongs to %2"_s.arg(
                qs(response.federation_id()), qs(kit.federationId));
            return Step::Refused;
        }
        ModelLayout l;
        for (const pb::TensorSpec& t : response.layout().tensors()) {
            TensorSpec spec;
            spec.name = qs(t.name());
            spec.shape.assign(t.shape().begin(), t.shape().end());
            l.tensors.push_back(std::move(spec));
        }
        if (l.parameterCount() != response.layout().parameter_count()) {
            error = u"join: the coordinator's model layout is inconsistent"_s;
            return Step::Refused;
        }
        layout = std::move(l);
        // The most either side accepts: the model's own canonical size (and the coordinator's
        // stated bound for updates, which adds room for differently named tensors).
        maxModelBytes = canonicalBytes(layout);
        session = response.session_id();
        federationId = qs(response.federation_id());
        clientIndex = response.client_index();
        heartbeatInterval = std::chrono::milliseconds(
            std::clamp<std::uint32_t>(response.heartbeat_interval_ms(), 100, 60000));
        sessionLost = false;
        log(u"joined federation %1 as client %2 (%3 parameters)"_s.arg(federationId)
                .arg(response.client_index())
                .arg(layout.parameterCount()));
        return Step::Ok;
    }

    void startHeartbeat() {
        stopHeartbeat();
        {
            std::lock_guard lock(mutex);
            heartbeatQuit = false;
        }
        heartbeat = std::thread([this] {
            std::unique_lock lock(mutex);
            while (!wake.wait_for(lock, heartbeatInterval, [&] { return heartbeatQuit; })) {
                lock.unlock();
                pb::HeartbeatRequest request;
                request.set_node_id(kit.nodeId);
                request.set_session_id(session);
                request.set_round(lastRound);
                pb::HeartbeatResponse response;
                grpc::ClientContext context;
                context.set_deadline(after(heartbeatInterval * 3));
                if (stub->Heartbeat(&context, request, &response).ok() && response.rejoin())
                    sessionLost = true;
                lock.lock();
            }
        });
    }

    void stopHeartbeat() {
        {
            std::lock_guard lock(mutex);
            heartbeatQuit = true;
        }
        wake.notify_all();
        if (heartbeat.joinable())
            heartbeat.join();
    }

    void leave(const QString& reason) {
        pb::LeaveRequest request;
        request.set_node_id(kit.nodeId);
        request.set_session_id(session);
        request.set_reason(reason.toStdString());
        pb::LeaveResponse response;
        grpc::ClientContext context;
        context.set_deadline(after(std::chrono::seconds(2)));
        (void)stub->Leave(&context, request, &response);
    }

    //! Asks for work; on a task, trains and uploads.
    Step work(const Train& train) {
        pb::TaskRequest request;
        request.set_node_id(kit.nodeId);
        request.set_session_id(session);
        request.set_last_round(lastRound);
        grpc::ClientContext context;
        // The coordinator long-polls for 2 s; the model may take a while on a slow link.
        context.set_deadline(after(std::chrono::seconds(120)));
        auto reader = stub->GetTask(&context, request);
        pb::TaskMessage m;
        if (!reader->Read(&m)) {
            const grpc::Status s = reader->Finish();
            error = u"get task: %1"_s.arg(describe(s));
            if (isRefusal(s))
                return Step::Refused;
            return s.error_code() == grpc::StatusCode::UNAUTHENTICATED ? Step::Rejoin : Step::Retry;
        }
        if (m.has_finished()) {
            (void)reader->Finish();
            log(u"the federation has finished: %1"_s.arg(qs(m.finished().reason())));
            return Step::Finished;
        }
        if (m.has_idle()) {
            (void)reader->Finish();
            if (m.idle().retry_after_ms() > 0)
                std::this_thread::sleep_for(std::chrono::milliseconds(
                    std::min<std::uint32_t>(m.idle().retry_after_ms(), 10000)));
            return Step::Ok;
        }
        if (!m.has_config()) {
            (void)reader->Finish();
            error = u"get task: the coordinator sent a chunk before the round's configuration"_s;
            return Step::Retry;
        }
        const pb::RoundConfig config = m.config();
        // The client enforces the same limits as the server: a hostile or broken coordinator
        // cannot make a node allocate more than one model.
        if (static_cast<std::int64_t>(config.model_bytes()) > maxModelBytes ||
            config.chunk_count() != chunkCount(static_cast<std::int64_t>(config.model_bytes()))) {
            context.TryCancel();
            (void)reader->Finish();
            error = u"round %1: the model announced (%2 bytes in %3 chunks) does not fit the "
                    "layout (%4 bytes)"_s.arg(config.round())
                        .arg(config.model_bytes())
                        .arg(config.chunk_count())
                        .arg(maxModelBytes);
            return Step::Retry;
        }
        QByteArray bytes;
        bytes.reserve(static_cast<qsizetype>(config.model_bytes()));
        std::uint32_t expected = 0;
        while (reader->Read(&m)) {
            if (!m.has_chunk() || m.chunk().index() != expected ||
                static_cast<std::int64_t>(m.chunk().data().size()) > maxChunkBytes ||
                bytes.size() + static_cast<qsizetype>(m.chunk().data().size()) >
                    static_cast<qsizetype>(config.model_bytes())) {
                context.TryCancel();
                (void)reader->Finish();
                error = u"round %1: malformed model chunk %2"_s.arg(config.round()).arg(expected);
                return Step::Retry;
            }
            bytes.append(m.chunk().data().data(), static_cast<qsizetype>(m.chunk().data().size()));
            ++expected;
        }
        const grpc::Status finished = reader->Finish();
        if (!finished.ok()) {
            error = u"round %1: the model download broke off: %2"_s.arg(config.round())
                        .arg(describe(finished));
            return Step::Retry;
        }
        if (expected != config.chunk_count() ||
            bytes.size() != static_cast<qsizetype>(config.model_bytes())) {
            error = u"round %1: the model arrived incomplete"_s.arg(config.round());
            return Step::Retry;
        }
        const Hash parent = Hash::of(bytes);
        if (parent.toHex() != qs(config.parent_model_hash())) {
            error = u"round %1: the model does not match its announced hash"_s.arg(config.round());
            return Step::Retry;
        }
        auto weights = decodeWeights(bytes);
        if (!weights || weights->layout != layout) {
            error =
                u"round %1: the model does not fit the layout agreed at join"_s.arg(config.round());
            return Step::Retry;
        }
        bytes = QByteArray();

        NodeTask task;
        task.round = static_cast<int>(config.round());
        task.parentModel = parent;
        task.layout = layout;
        task.global = std::move(weights->values);
        task.deadlineUnixMs = config.deadline_unix_ms();
        TrainingSettings& t = task.config.training;
        t.optimizer = config.optimizer() == "adam" ? OptimizerKind::Adam : OptimizerKind::Sgd;
        t.learningRate = config.learning_rate();
        t.momentum = config.momentum();
        t.weightDecay = config.weight_decay();
        t.localEpochs = std::max(1, config.local_epochs());
        t.batchSize = std::max(1, config.batch_size());
        for (const pb::Metric& e : config.extra()) {
            if (e.name() == "adam_beta1")
                t.adamBeta1 = e.value();
            else if (e.name() == "adam_beta2")
                t.adamBeta2 = e.value();
            else if (e.name() == "adam_epsilon")
                t.adamEpsilon = e.value();
        }
        for (const pb::Metric& e : config.extra()) {
            if (e.name() == "dp_local_clip_norm") {
                task.dpLocal = true;
                task.dpClipNorm = e.value();
            } else if (e.name() == "dp_local_noise_multiplier") {
                task.dpNoiseMultiplier = e.value();
            }
        }
        if (task.dpLocal &&
            (!std::isfinite(task.dpClipNorm) || task.dpClipNorm <= 0.0 ||
             !std::isfinite(task.dpNoiseMultiplier) || task.dpNoiseMultiplier < 0.0)) {
            // Nothing is sent: an update cannot be privatised with these numbers.
            log(u"round %1: the coordinator's local DP settings are invalid (clip norm %2, noise "
                "multiplier %3); not training"_s.arg(config.round())
                    .arg(task.dpClipNorm)
                    .arg(task.dpNoiseMultiplier));
            lastRound = config.round();
            return Step::Ok;
        }
        task.config.proximalMu = config.proximal_mu();
        task.config.shuffleSeed = config.shuffle_seed();
        log(u"round %1: model received (%2 bytes), training"_s.arg(task.round)
                .arg(config.model_bytes()));
        lastRound = config.round();

        // Secure aggregation: keys and shares before training, so that a round that cannot be
        // secured costs no training (docs/protocol.md).
        SecureTask secure;
        if (config.has_secure_aggregation()) {
            task.secureAggregation = true;
            if (const Step s = secureKeysAndShares(task, config.secure_aggregation(), secure);
                s != Step::Ok || !secure.client)
                return s;
        }

        auto answer = train(task);
        if (!answer) {
            // Nothing to send: the coordinator records a dropout at the deadline.
            log(u"round %1: training failed: %2"_s.arg(task.round).arg(answer.error()));
            return Step::Ok;
        }
        if (task.dpLocal) {
            // Local DP (docs/privacy.md): clip and noise here, before hashing and signing, so the
            // plain update never leaves this process. The noise key is fresh from OpenSSL's
            // generator every round and never stored or sent: the coordinator cannot know it.
            auto noiseKey = generateNoiseKey();
            if (!noiseKey) {
                log(u"round %1: %2; not sending"_s.arg(task.round).arg(noiseKey.error()));
                return Step::Ok;
            }
            DifferentialPrivacySettings dp;
            dp.enabled = true;
            dp.mode = DpMode::Local;
            dp.clipNorm = task.dpClipNorm;
            dp.noiseMultiplier = task.dpNoiseMultiplier;
            answer->dpPreClipNorm = clipToNorm(answer->training.delta, dp.clipNorm);
            privatizeLocally(answer->training.delta, dp, *noiseKey, task.round, kit.nodeIndex);
            log(u"round %1: local DP applied (norm %2 clipped to %3, noise std %4)"_s
                    .arg(task.round)
                    .arg(*answer->dpPreClipNorm, 0, 'g', 4)
                    .arg(dp.clipNorm, 0, 'g', 4)
                    .arg(dp.noiseMultiplier * dp.clipNorm, 0, 'g', 4));
        }
        if (secure.client)
            return secureMaskAndUnmask(task, *answer, secure);
        bool accepted = false;
        return push(task, *answer, encodeWeights(layout, answer->training.delta), false, accepted);
    }

    // --- secure aggregation (docs/protocol.md "Secure aggregation") --------------------------

    struct SecureTask {
        pb::SecureAggregationConfig config;
        secagg::RoundContext context;
        std::unique_ptr<secagg::Client> client; //!< null: the round is not secure, or abandoned
        std::vector<secagg::EncryptedShare> inbox;
    };

    //! After a failed secure-aggregation call: rejoin for a lost session, else leave the round
    //! (the coordinator records the node as dropped) and carry on with the next.
    Step secureCallFailed(int round, const char* call, const grpc::Status& s) {
        log(u"round %1: secure aggregation: %2: %3; leaving the round"_s.arg(round)
                .arg(QString::fromLatin1(call))
                .arg(describe(s)));
        return s.error_code() == grpc::StatusCode::UNAUTHENTICATED ? Step::Rejoin : Step::Ok;
    }

    Step secureRefused(int round, const QString& why) {
        log(u"round %1: secure aggregation: %2; leaving the round"_s.arg(round).arg(why));
        return Step::Ok;
    }

    //! Phases 0 and 1: fresh keys signed with the node's ledger key, the coordinator's key list
    //! checked (this node's own keys in it, every member's signature), the shares sent and this
    //! node's shares received. Leaves `out.client` null when the round was abandoned.
    Step secureKeysAndShares(const NodeTask& task, const pb::SecureAggregationConfig& c,
                             SecureTask& out) {
        const int round = task.round;
        if (c.participants() < 2 || c.threshold() < 2 || c.threshold() > c.participants() ||
            c.fractional_bits() < secagg::kMinFractionalBits ||
            c.fractional_bits() > secagg::kMaxFractionalBits)
            return secureRefused(
                round, u"the coordinator's parameters are inconsistent "
                       "(threshold %1 of %2 participants, %3 fractional bits)"_s.arg(c.threshold())
                           .arg(c.participants())
                           .arg(c.fractional_bits()));
        out.config = c;
        out.context = {federationId, static_cast<std::uint64_t>(round)};
        secagg::Params params;
        params.threshold = c.threshold();
        params.fractionalBits = c.fractional_bits();
        auto client = std::make_unique<secagg::Client>(out.context, params, clientIndex);
        auto keys = client->advertise();
        if (!keys)
            return secureRefused(round, keys.error());
        const QByteArray signature =
            key.sign(secagg::keysMessage(out.context, *keys)).toByteArray();

        pb::SecAggKeys request;
        request.set_node_id(kit.nodeId);
        request.set_session_id(session);
        request.set_round(static_cast<std::uint32_t>(round));
        request.set_encryption_key(keys->encryptionKey.data(), keys->encryptionKey.size());
        request.set_mask_key(keys->maskKey.data(), keys->maskKey.size());
        request.set_signature(signature.constData(), static_cast<std::size_t>(signature.size()));
        pb::SecAggKeyList list;
        {
            grpc::ClientContext context;
            context.set_deadline(announced(c.keys_deadline_unix_ms()));
            if (const grpc::Status s = stub->AdvertiseKeys(&context, request, &list); !s.ok())
                return secureCallFailed(round, "advertise keys", s);
        }
        if (options.phaseDone)
            options.phaseDone(round, u"keys"_s);

        // The coordinator only routes keys: each must carry its member's signature.
        std::vector<ListedKeys> listed;
        for (const pb::SecAggParticipantKeys& p : list.participants()) {
            ListedKeys entry;
            entry.keys.id = p.client_index();
            entry.keys.signature = bytesOf(p.signature());
            entry.signingKey = bytesOf(p.signing_public_key());
            if (!toBytes32(p.encryption_key(), entry.keys.encryptionKey) ||
                !toBytes32(p.mask_key(), entry.keys.maskKey))
                return secureRefused(
                    round, u"the key list's entry for client %1 is malformed"_s.arg(entry.keys.id));
            listed.push_back(std::move(entry));
        }
        if (kit.members.empty() && !warnedNoMembers) {
            warnedNoMembers = true;
            log(u"this node's kit lists no member signing keys (provisioned before kits did); "
                "trusting the keys of the first key list and refusing later changes to them. "
                "Provision new kits to check members from the first round on"_s);
        }
        auto participants = checkKeyList(out.context, listed, clientIndex, key.publicKey(),
                                         c.participants(), kit.members, memberKeys);
        if (!participants)
            return secureRefused(round, participants.error());
        // Refuses a list without this node's own keys, with a repeated participant or a key
        // shared by two, and one shorter than the threshold.
        auto shares = client->shareKeys(*participants);
        if (!shares)
            return secureRefused(round, shares.error());

        pb::SecAggShares sent;
        sent.set_node_id(kit.nodeId);
        sent.set_session_id(session);
        sent.set_round(static_cast<std::uint32_t>(round));
        for (const secagg::EncryptedShare& e : *shares) {
            pb::SecAggShare* share = sent.add_shares();
            share->set_from(e.from);
            share->set_to(e.to);
            share->set_ciphertext(e.ciphertext.constData(),
                                  static_cast<std::size_t>(e.ciphertext.size()));
        }
        pb::SecAggSharesForYou inbox;
        {
            grpc::ClientContext context;
            context.set_deadline(announced(c.shares_deadline_unix_ms()));
            if (const grpc::Status s = stub->ShareKeys(&context, sent, &inbox); !s.ok())
                return secureCallFailed(round, "share keys", s);
        }
        if (options.phaseDone)
            options.phaseDone(round, u"shares"_s);
        for (const pb::SecAggShare& e : inbox.shares())
            out.inbox.push_back({e.from(), e.to(), bytesOf(e.ciphertext())});
        log(u"round %1: secure aggregation keys shared with %2 participants"_s.arg(round).arg(
            participants->size()));
        out.client = std::move(client);
        return Step::Ok;
    }

    //! Phases 2 and 3: the node checks its own update, encodes and masks it, signs and sends
    //! the masked update, then answers the unmasking request (refusing an inconsistent one).
    Step secureMaskAndUnmask(const NodeTask& task, const NodeAnswer& answer, SecureTask& secure) {
        const int round = task.round;
        const LocalTrainingResult& r = answer.training;
        if (r.samples <= 0)
            return secureRefused(round, u"the node holds no samples"_s);
        if (auto problem = updateProblem(layout, r.delta, options.validation))
            return secureRefused(round, u"the update fails validation: %1"_s.arg(*problem));
        auto encoded =
            secagg::encodeFixedPoint(r.delta, static_cast<double>(r.samples),
                                     secure.config.fractional_bits(), secure.config.participants());
        if (!encoded)
            return secureRefused(round, u"the update cannot be encoded: %1"_s.arg(encoded.error()));
        auto masked =
            secure.client->maskInput(*encoded, static_cast<std::uint64_t>(r.samples), secure.inbox);
        if (!masked)
            return secureRefused(round, masked.error());
        bool accepted = false;
        if (const Step s =
                push(task, answer, secagg::encodeMaskedInput(masked->masked), true, accepted);
            s != Step::Ok || !accepted)
            return s;
        if (options.phaseDone)
            options.phaseDone(round, u"masked"_s);

        pb::SecAggPoll poll;
        poll.set_node_id(kit.nodeId);
        poll.set_session_id(session);
        poll.set_round(static_cast<std::uint32_t>(round));
        pb::SecAggUnmaskingRequest request;
        {
            grpc::ClientContext context;
            context.set_deadline(
                announced(task.deadlineUnixMs + secure.config.unmasking_window_ms()));
            if (const grpc::Status s = stub->Unmask(&context, poll, &request); !s.ok())
                return secureCallFailed(round, "unmask", s);
        }
        secagg::UnmaskingRequest asked;
        asked.survivors.assign(request.survivors().begin(), request.survivors().end());
        asked.dropped.assign(request.dropped().begin(), request.dropped().end());
        // Refuses a request that names one node both survivor and dropped, or other nodes than
        // those that shared keys with this one: either could unmask a single update.
        auto response = secure.client->unmask(asked);
        if (!response)
            return secureRefused(round,
                                 u"refusing the unmasking request: %1"_s.arg(response.error()));
        pb::SecAggUnmasking sent;
        sent.set_node_id(kit.nodeId);
        sent.set_session_id(session);
        sent.set_round(static_cast<std::uint32_t>(round));
        for (const auto& [shares, target] :
             {std::pair{&response->selfMaskShares, &pb::SecAggUnmasking::add_self_mask_shares},
              std::pair{&response->maskKeyShares, &pb::SecAggUnmasking::add_mask_key_shares}}) {
            for (const auto& [owner, share] : *shares) {
                pb::SecAggShamirShare* m = (sent.*target)();
                m->set_owner(owner);
                m->set_x(share.x);
                for (std::uint64_t y : share.y)
                    m->add_y(y);
            }
        }
        pb::SecAggAck ack;
        grpc::ClientContext context;
        context.set_deadline(after(std::chrono::seconds(30)));
        if (const grpc::Status s = stub->SendUnmasking(&context, sent, &ack); !s.ok())
            return secureCallFailed(round, "send unmasking", s);
        log(u"round %1: unmasking answer sent (%2 survivors, %3 dropped)"_s.arg(round)
                .arg(asked.survivors.size())
                .arg(asked.dropped.size()));
        return Step::Ok;
    }

    Step push(const NodeTask& task, const NodeAnswer& answer, const QByteArray& bytes, bool masked,
              bool& accepted) {
        const LocalTrainingResult& r = answer.training;
        const Hash updateHash = Hash::of(bytes);
        const auto samples = static_cast<std::uint64_t>(std::max<std::int64_t>(0, r.samples));
        const Signature signature =
            key.sign(updateMessage(federationId, static_cast<std::uint64_t>(task.round),
                                   task.parentModel, updateHash, samples));

        pb::UpdateMessage header;
        pb::UpdateHeader* h = header.mutable_header();
        h->set_node_id(kit.nodeId);
        h->set_session_id(session);
        h->set_round(static_cast<std::uint32_t>(task.round));
        h->set_parent_model_hash(task.parentModel.toHex().toStdString());
        h->set_sample_count(samples);
        for (const auto& [name, value] :
             {std::pair{"train_loss", r.trainLoss}, std::pair{"train_accuracy", r.trainAccuracy},
              std::pair{"steps", static_cast<double>(r.steps)}}) {
            pb::Metric* metric = h->add_metrics();
            metric->set_name(name);
            metric->set_value(value);
        }
        if (answer.dpPreClipNorm) {
            for (const auto& [name, value] :
                 {std::pair{"dp_local", 1.0},
                  std::pair{"dp_pre_clip_norm", *answer.dpPreClipNorm}}) {
                pb::Metric* metric = h->add_metrics();
                metric->set_name(name);
                metric->set_value(value);
            }
        }
        for (const auto& [name, value] : answer.energy) {
            pb::Metric* metric = h->add_energy();
            metric->set_name(name.toStdString());
            metric->set_value(value);
        }
        h->set_cpu_seconds(r.cpuSeconds);
        h->set_wall_seconds(r.wallSeconds);
        h->set_update_bytes(static_cast<std::uint64_t>(bytes.size()));
        h->set_chunk_count(chunkCount(bytes.size()));
        h->set_update_hash(updateHash.toHex().toStdString());
        const QByteArray sig = signature.toByteArray();
        h->set_signature(sig.constData(), static_cast<std::size_t>(sig.size()));
        h->set_masked(masked);

        grpc::ClientContext context;
        context.set_deadline(after(std::chrono::seconds(120)));
        pb::UpdateAck ack;
        auto writer = stub->PushUpdate(&context, &ack);
        bool ok = writer->Write(header);
        for (std::uint32_t c = 0; ok && c < h->chunk_count(); ++c) {
            pb::UpdateMessage m;
            m.mutable_chunk()->set_index(c);
            const qsizetype offset = static_cast<qsizetype>(c) * maxChunkBytes;
            const qsizetype size = std::min<qsizetype>(maxChunkBytes, bytes.size() - offset);
            m.mutable_chunk()->set_data(bytes.constData() + offset, static_cast<std::size_t>(size));
            ok = writer->Write(m);
        }
        (void)writer->WritesDone();
        const grpc::Status s = writer->Finish();
        if (!s.ok()) {
            error = u"round %1: upload: %2"_s.arg(task.round).arg(describe(s));
            if (isRefusal(s))
                return Step::Refused;
            return s.error_code() == grpc::StatusCode::UNAUTHENTICATED ? Step::Rejoin : Step::Retry;
        }
        accepted = ack.accepted();
        if (ack.accepted()) {
            ++answered;
            log(u"round %1: %2 sent (%3 samples, train loss %4)"_s.arg(task.round)
                    .arg(masked ? u"masked update"_s : u"update"_s)
                    .arg(samples)
                    .arg(r.trainLoss, 0, 'f', 4));
        } else {
            log(u"round %1: update not accepted: %2"_s.arg(task.round).arg(qs(ack.reason())));
        }
        return Step::Ok;
    }
};

Result<std::vector<secagg::AdvertisedKeys>>
checkKeyList(const secagg::RoundContext& context, std::span<const ListedKeys> list,
             std::uint32_t self, const PublicKey& ownKey, std::uint32_t participants,
             const std::map<int, QByteArray>& members,
             std::map<std::uint32_t, QByteArray>& pinned) {
    if (list.size() > participants)
        return fail(u"the key list names %1 participants, the round has %2"_s.arg(list.size())
                        .arg(participants));
    const QByteArray own = ownKey.toByteArray();
    bool listed = false;
    std::vector<secagg::AdvertisedKeys> out;
    for (const ListedKeys& entry : list) {
        const std::uint32_t id = entry.keys.id;
        PublicKey member;
        Signature sig;
        if (!PublicKey::fromBytes(entry.signingKey, member) ||
            !Signature::fromBytes(entry.keys.signature, sig))
            return fail(u"the key list's entry for client %1 is malformed"_s.arg(id));
        if (id == self) {
            if (entry.signingKey != own)
                return fail(u"the key list gives this node another signing key"_s);
            listed = true;
        }
        if (!members.empty()) {
            // The kit's list comes from provisioning, not from the coordinator: a coordinator
            // that forges a member (its own key under the member's index) is caught here, from
            // the first round on.
            const auto kitKey = id <= static_cast<std::uint32_t>(std::numeric_limits<int>::max())
                                    ? members.find(static_cast<int>(id))
                                    : members.end();
            if (kitKey == members.end())
                return fail(u"the key list names client %1, which this node's kit does not list "
                            "as a member of the federation"_s.arg(id));
            if (kitKey->second != entry.signingKey)
                return fail(u"the key list gives client %1 signing key %2, but this node's kit "
                            "lists %3 for it: the coordinator is not relaying that member's "
                            "keys"_s.arg(id)
                                .arg(QString::fromLatin1(entry.signingKey.toHex().left(16)),
                                     QString::fromLatin1(kitKey->second.toHex().left(16))));
        }
        const auto earlier = pinned.find(id);
        if (earlier != pinned.end() && earlier->second != entry.signingKey)
            return fail(
                u"the key list changes the signing key of client %1 since an earlier round"_s.arg(
                    id));
        if (!verifySignature(member, secagg::keysMessage(context, entry.keys), sig))
            return fail(u"the key signature of client %1 does not verify"_s.arg(id));
        out.push_back(entry.keys);
    }
    if (!listed)
        return fail(u"the key list does not hold this node's keys"_s);
    for (const ListedKeys& entry : list)
        pinned[entry.keys.id] = entry.signingKey;
    return out;
}

NodeClient::NodeClient()
    : d(std::make_unique<Private>()) {}

NodeClient::~NodeClient() {
    d->stopHeartbeat();
}

Result<std::unique_ptr<NodeClient>> NodeClient::create(pki::NodeKit kit,
                                                       NodeClientOptions options) {
    std::unique_ptr<NodeClient> c(new NodeClient);
    Private& d = *c->d;
    auto key = SigningKey::fromPrivateBytes(kit.signingSeed);
    if (!key)
        return fail(u"the kit's signing key: %1"_s.arg(key.error()));
    if (key->nodeId().toHex() != qs(kit.nodeId))
        return fail(u"the kit's signing key does not belong to node %1"_s.arg(qs(kit.nodeId)));
    d.key = std::move(*key);
    d.kit = std::move(kit);
    d.options = std::move(options);

    grpc::SslCredentialsOptions tls;
    tls.pem_root_certs = d.kit.caPem;
    tls.pem_private_key = d.kit.keyPem;
    tls.pem_cert_chain = d.kit.certPem;
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(maxMessageBytes);
    args.SetMaxSendMessageSize(maxMessageBytes);
    // Our own backoff paces reconnection; gRPC's must not add minutes on top of it. gRPC core
    // takes the "min reconnect backoff" as the deadline of each connection attempt, TLS
    // handshake included (grpc/grpc#12830): at 100 ms a busy machine's handshakes time out
    // again and again and the node never joins, so an attempt gets 10 s.
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 100);
    args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 10000);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 1000);
    d.channel =
        grpc::CreateCustomChannel(d.kit.coordinatorAddress, grpc::SslCredentials(tls), args);
    d.stub = pb::FederationNode::NewStub(d.channel);
    return c;
}

NodeExit NodeClient::run(const Train& train, const std::atomic<bool>& stop) {
    Private& p = *d;
    // Seeded by the node id, so that nodes that lost the coordinator together spread out.
    Hash seed = Hash::of(QByteArray::fromStdString(p.kit.nodeId));
    std::uint64_t s = 0;
    for (int i = 0; i < 8; ++i)
        s = (s << 8) | seed.bytes[static_cast<std::size_t>(i)];
    Backoff backoff(p.options.backoffBase, p.options.backoffCap,
                    s ^ static_cast<std::uint64_t>(
                            std::chrono::steady_clock::now().time_since_epoch().count()));
    while (!stop.load()) {
        const Private::Step joined = p.join();
        if (joined == Private::Step::Refused) {
            p.log(u"refused: %1"_s.arg(p.error));
            return NodeExit::Refused;
        }
        if (joined != Private::Step::Ok) {
            if (p.options.maxAttempts > 0 && backoff.attempt() + 1 >= p.options.maxAttempts) {
                p.log(u"giving up after %1 attempts: %2"_s.arg(backoff.attempt() + 1).arg(p.error));
                return NodeExit::Failed;
            }
            const auto wait = backoff.next();
            p.log(u"cannot reach the coordinator (%1); retrying in %2 ms"_s.arg(p.error).arg(
                wait.count()));
            Private::sleepFor(wait, stop);
            continue;
        }
        backoff.reset();
        p.startHeartbeat();
        Private::Step step = Private::Step::Ok;
        while (!stop.load() && step == Private::Step::Ok) {
            if (p.sessionLost.load()) {
                step = Private::Step::Rejoin;
                break;
            }
            step = p.work(train);
        }
        p.stopHeartbeat();
        switch (step) {
        case Private::Step::Finished:
            p.leave(u"the federation has finished"_s);
            return NodeExit::Finished;
        case Private::Step::Refused:
            p.log(u"refused: %1"_s.arg(p.error));
            return NodeExit::Refused;
        case Private::Step::Retry: {
            const auto wait = backoff.next();
            p.log(u"lost the coordinator (%1); reconnecting in %2 ms"_s.arg(p.error).arg(
                wait.count()));
            Private::sleepFor(wait, stop);
            break;
        }
        case Private::Step::Rejoin:
            p.log(u"the coordinator no longer knows this session; joining again"_s);
            break;
        case Private::Step::Ok:
            break;
        }
    }
    p.leave(u"the node was stopped"_s);
    return NodeExit::Stopped;
}

QString NodeClient::error() const {
    return d->error;
}

int NodeClient::roundsAnswered() const {
    return d->answered.load();
}

} // namespace fed::net
