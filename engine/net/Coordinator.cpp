#include "engine/net/Coordinator.h"

#include "engine/federation/SecureRound.h"
#include "engine/federation/UpdateValidation.h"
#include "engine/net/Protocol.h"
#include "federation.grpc.pb.h"

#include <QUuid>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <grpcpp/grpcpp.h>
#include <grpcpp/security/server_credentials.h>
#include <map>
#include <mutex>
#include <set>

using namespace Qt::StringLiterals;

namespace fed::net {
namespace pb = fedstudio::net::v1;
using Clock = std::chrono::steady_clock;

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

std::string hex(const Hash& h) {
    return h.toHex().toStdString();
}

//! Updates a round's remote answers may not exceed: the model's own canonical size plus room for
//! tensor names that differ (a wrong-shaped update must still arrive to be named as such).
std::int64_t maxUpdateBytes(const ModelLayout& layout) {
    return canonicalBytes(layout) + 64 * 1024;
}

double metricOr(const google::protobuf::RepeatedPtrField<pb::Metric>& metrics,
                const std::string& name, double fallback) {
    for (const pb::Metric& m : metrics)
        if (m.name() == name)
            return m.value();
    return fallback;
}

QByteArray bytesOf(const std::string& s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

bool toBytes32(const std::string& s, secagg::Bytes32& out) {
    if (s.size() != out.size())
        return false;
    std::copy(s.begin(), s.end(), out.begin());
    return true;
}

std::int64_t unixMs(Clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               (std::chrono::system_clock::now() +
                std::chrono::duration_cast<std::chrono::system_clock::duration>(t - Clock::now()))
                   .time_since_epoch())
        .count();
}

} // namespace

struct Coordinator::Private final : public pb::FederationNode::Service {
    pki::CoordinatorKit kit;
    CoordinatorOptions options;
    std::string specHash;
    std::unique_ptr<grpc::Server> server;
    int port = 0;

    //! The round being collected, shared with the handlers that stream it.
    struct RoundData {
        RemoteRound task;
        pb::RoundConfig config;
        std::map<int, std::size_t> position; //!< client index -> index into `selected`
    };
    struct Session {
        std::string id;
        Clock::time_point lastSeen;
    };

    mutable std::mutex mutex;
    mutable std::condition_variable changed;
    bool ready = false; //!< the layout is known: joins may proceed
    bool finished = false;
    QString finishReason;
    ModelLayout layout;
    pb::ModelLayout layoutMessage;
    std::map<int, Session> sessions; //!< by node index
    std::shared_ptr<const RoundData> round;
    std::vector<RemoteOutcome>* outcomes = nullptr;
    std::vector<bool> answered;
    std::vector<bool> taskSent;
    std::deque<std::size_t> newlyAnswered;
    CoordinatorStats stats;
    std::set<int> everJoined; //!< nodes that had a session: a new one is a rejoin
    //! Until then a node that never joined is taken to be still starting (options.joinTimeout,
    //! or endJoinWindow()). Guarded by `mutex`.
    Clock::time_point joinUntil;

    //! A secure round's protocol state (docs/protocol.md "Secure aggregation"), null for a plain
    //! round. The handlers work on it under `mutex`; runRound() closes the phases.
    struct Secure {
        enum class Phase { Keys, Shares, Masked, Unmasking, Done };
        Phase phase = Phase::Keys;
        std::unique_ptr<SecureServer> server;
        Clock::time_point keysDeadline;
        Clock::time_point sharesDeadline;
        std::chrono::milliseconds unmaskingWindow{0};
        std::set<int> advertised;                    //!< keys accepted (U1 so far)
        pb::SecAggKeyList keyList;                   //!< when the key phase closed
        std::set<int> listed;                        //!< the key list's members
        std::set<int> shared;                        //!< shares accepted (U2 so far)
        std::map<int, pb::SecAggSharesForYou> inbox; //!< when the share phase closed
        std::set<int> survivors;                     //!< masked inputs added to the sum (U3)
        pb::SecAggUnmaskingRequest request;
        std::set<int> unmasked; //!< unmasking answers accepted (U4)
        QString failure;        //!< why the round cannot be unmasked; empty while it can
    };
    std::unique_ptr<Secure> secure;
    //! The last secure round's outcome, for secureResult().
    Result<secagg::AggregationResult> secureOutcome = fail(u"no secure round has run"_s);
    //! nodes.json as last read (write time and size): `fedctl revoke` rewrites it while the
    //! coordinator runs. The default forces a read at the first call, so a revocation between
    //! loading the kit and starting is not missed either.
    std::filesystem::file_time_type nodesWritten{};
    std::uintmax_t nodesSize = 0;

    void log(const QString& line) const {
        if (options.log)
            options.log(line);
    }
    void event(int node, NodeEvent::Kind kind, const QString& detail) const {
        if (options.nodeEvent)
            options.nodeEvent(NodeEvent{node, kind, detail});
    }

    // --- identity ---------------------------------------------------------------------------

    //! The kit's entry for the node id a message claims, whatever its state.
    const pki::NodeEntry* entryById(const std::string& nodeId) const {
        for (const pki::NodeEntry& e : kit.nodes)
            if (e.nodeId == nodeId)
                return &e;
        return nullptr;
    }

    //! Takes in a changed nodes.json (a revocation while the federation runs): a node revoked
    //! now loses its session, and if it is selected for the open round and has not answered,
    //! that becomes an incident at once. When the changed file cannot be read, every call is
    //! refused until it can: a stale list might still admit a revoked node.
    Status refreshNodesLocked() {
        if (kit.dir.empty())
            return {}; // a kit assembled in memory: nothing on disk to follow
        const std::filesystem::path path = kit.dir / "nodes.json";
        std::error_code ec;
        const auto written = std::filesystem::last_write_time(path, ec);
        const std::uintmax_t size = ec ? 0 : std::filesystem::file_size(path, ec);
        if (ec)
            return fail(u"%1: %2"_s.arg(qs(path.string()), qs(ec.message())));
        if (written == nodesWritten && size == nodesSize)
            return {};
        auto fresh = pki::loadCoordinatorKit(kit.dir);
        if (!fresh)
            return fail(u"nodes.json changed and cannot be read: %1"_s.arg(fresh.error()));
        bool same =
            fresh->federationId == kit.federationId && fresh->nodes.size() == kit.nodes.size();
        for (std::size_t i = 0; same && i < kit.nodes.size(); ++i)
            same = fresh->nodes[i].index == kit.nodes[i].index &&
                   fresh->nodes[i].nodeId == kit.nodes[i].nodeId;
        if (!same)
            return fail(u"%1 now lists other nodes than when the coordinator started"_s.arg(
                qs(path.string())));
        for (std::size_t i = 0; i < kit.nodes.size(); ++i) {
            const pki::NodeEntry& now = fresh->nodes[i];
            if (!now.revoked || kit.nodes[i].revoked)
                continue;
            const QString reason =
                u"revoked while the federation runs: %1"_s.arg(qs(now.revokedReason));
            log(u"%1 %2"_s.arg(qs(pki::nodeName(now.index)), reason));
            event(now.index, NodeEvent::Kind::Dropped, reason);
            sessions.erase(now.index);
            rejectLocked(now.index, reason, std::nullopt);
        }
        kit.nodes = std::move(fresh->nodes);
        nodesWritten = written;
        nodesSize = size;
        return {};
    }

    //! The TLS peer's node entry: its certificate is the federation CA's, known and not
    //! revoked (as nodes.json says now), and it names the node id the message claims.
    Result<pki::NodeEntry> identify(grpc::ServerContext* context, const std::string& claimedId) {
        const auto auth = context->auth_context();
        const auto certs =
            auth ? auth->FindPropertyValues("x509_pem_cert") : std::vector<grpc::string_ref>{};
        if (certs.empty())
            return fail(u"the peer presented no client certificate"_s);
        const std::string pem(certs.front().data(), certs.front().size());
        std::lock_guard lock(mutex);
        if (Status s = refreshNodesLocked(); !s)
            return s.takeError();
        auto entry = pki::identifyNode(kit, pem);
        if (!entry)
            return entry.takeError();
        if (entry->nodeId != claimedId)
            return fail(
                u"the certificate belongs to node %1 (%2), but the message claims node %3"_s.arg(
                    qs(pki::nodeName(entry->index)), qs(entry->nodeId).left(16),
                    qs(claimedId).left(16)));
        return entry;
    }

    //! Refuses a call. When the caller is a node selected for the open round, that becomes an
    //! incident on the ledger: for a verified identity (`verified`), or for a claimed one that
    //! is revoked - never for an unverified claim on a node in good standing, which would let
    //! one node blame another.
    grpc::Status refuse(grpc::StatusCode code, const QString& reason, const std::string& claimedId,
                        bool verified = false) {
        std::lock_guard lock(mutex);
        ++stats.refused;
        const pki::NodeEntry* e = entryById(claimedId);
        // An unverified claim names no node here either: one node cannot make another look bad.
        const bool attributed = e && (verified || e->revoked);
        if (attributed)
            rejectLocked(e->index, reason, std::nullopt);
        log(u"refused %1: %2"_s.arg(claimedId.empty() ? u"a peer"_s : qs(claimedId).left(16),
                                    reason));
        event(attributed ? e->index : -1, NodeEvent::Kind::Refused, reason);
        return grpc::Status(code, reason.toStdString());
    }

    //! Records a rejected answer for a selected node that has not answered yet.
    void rejectLocked(int index, const QString& reason, std::optional<Hash> updateHash) {
        closeLocked(index, RemoteOutcome::Kind::Rejected, reason, updateHash);
    }

    //! Ends a selected node's part in the round, unless it has already answered: the first
    //! answer stands, so a late update after a dropout is ignored.
    void closeLocked(int index, RemoteOutcome::Kind kind, const QString& reason,
                     std::optional<Hash> updateHash = std::nullopt) {
        if (!round || !outcomes)
            return;
        const auto it = round->position.find(index);
        if (it == round->position.end() || answered[it->second])
            return;
        RemoteOutcome& out = (*outcomes)[it->second];
        out.kind = kind;
        out.problem = reason;
        out.updateHash = updateHash;
        markAnsweredLocked(it->second);
    }

    void markAnsweredLocked(std::size_t i) {
        answered[i] = true;
        newlyAnswered.push_back(i);
        changed.notify_all();
    }

    //! Data flowing from or to a node proves it alive as well as a heartbeat does; on a busy
    //! link its heartbeats may queue behind the model's chunks.
    void touch(int index) {
        std::lock_guard lock(mutex);
        if (const auto it = sessions.find(index); it != sessions.end())
            it->second.lastSeen = Clock::now();
    }

    bool sessionValidLocked(int index, const std::string& session) {
        const auto it = sessions.find(index);
        if (it == sessions.end() || it->second.id != session)
            return false;
        it->second.lastSeen = Clock::now();
        return true;
    }

    // --- RPCs -------------------------------------------------------------------------------

    grpc::Status Join(grpc::ServerContext* context, const pb::JoinRequest* request,
                      pb::JoinResponse* response) override {
        auto entry = identify(context, request->node_id());
        if (!entry)
            return refuse(grpc::StatusCode::PERMISSION_DENIED, entry.error(), request->node_id());
        if (request->protocol_version() != protocolVersion)
            return refuse(grpc::StatusCode::FAILED_PRECONDITION,
                          u"protocol version %1 is not spoken here (this coordinator speaks %2)"_s
                              .arg(request->protocol_version())
                              .arg(protocolVersion),
                          request->node_id(), true);
        if (request->kit_format() != kitFormat)
            return refuse(
                grpc::StatusCode::FAILED_PRECONDITION,
                u"kit format %1 is not supported (expected %2)"_s.arg(request->kit_format())
                    .arg(kitFormat),
                request->node_id(), true);
        if (request->signing_public_key() !=
            std::string(entry->publicKey.constData(),
                        static_cast<std::size_t>(entry->publicKey.size())))
            return refuse(grpc::StatusCode::PERMISSION_DENIED,
                          u"the signing key is not the one provisioned for %1"_s.arg(
                              qs(pki::nodeName(entry->index))),
                          request->node_id(), true);
        std::unique_lock lock(mutex);
        if (!ready)
            return grpc::Status(grpc::StatusCode::UNAVAILABLE,
                                "the coordinator is still preparing the federation");
        Session& s = sessions[entry->index];
        s.id = QUuid::createUuid().toString(QUuid::Id128).toStdString();
        s.lastSeen = Clock::now();
        ++stats.joins;
        const bool rejoin = !everJoined.insert(entry->index).second;
        response->set_federation_id(kit.federationId);
        response->set_spec_sha256(specHash);
        *response->mutable_layout() = layoutMessage;
        response->set_client_index(static_cast<std::uint32_t>(entry->index));
        response->set_heartbeat_interval_ms(
            static_cast<std::uint32_t>(options.heartbeatInterval.count()));
        response->set_session_id(s.id);
        changed.notify_all();
        lock.unlock();
        log(u"%1 joined (%2)"_s.arg(qs(pki::nodeName(entry->index)), qs(context->peer())));
        event(entry->index, rejoin ? NodeEvent::Kind::Rejoined : NodeEvent::Kind::Joined,
              qs(context->peer()));
        return grpc::Status::OK;
    }

    grpc::Status GetTask(grpc::ServerContext* context, const pb::TaskRequest* request,
                         grpc::ServerWriter<pb::TaskMessage>* writer) override {
        auto entry = identify(context, request->node_id());
        if (!entry)
            return refuse(grpc::StatusCode::PERMISSION_DENIED, entry.error(), request->node_id());
        std::shared_ptr<const RoundData> task;
        {
            std::unique_lock lock(mutex);
            if (!sessionValidLocked(entry->index, request->session_id()))
                return grpc::Status(grpc::StatusCode::UNAUTHENTICATED,
                                    "unknown session: join again");
            // Long poll: answer as soon as there is work, or say "idle" after a while, so that a
            // node hears of a new round without polling hard.
            const auto until = Clock::now() + std::chrono::seconds(2);
            auto hasWork = [&] {
                if (finished || context->IsCancelled())
                    return true;
                if (!round)
                    return false;
                const auto it = round->position.find(entry->index);
                return it != round->position.end() && !answered[it->second] &&
                       !taskSent[it->second];
            };
            changed.wait_until(lock, until, hasWork);
            if (finished) {
                pb::TaskMessage m;
                m.mutable_finished()->set_reason(finishReason.toStdString());
                lock.unlock();
                writer->Write(m);
                return grpc::Status::OK;
            }
            if (!hasWork() || context->IsCancelled()) {
                lock.unlock();
                pb::TaskMessage m;
                m.mutable_idle()->set_retry_after_ms(0);
                writer->Write(m);
                return grpc::Status::OK;
            }
            task = round;
            taskSent[task->position.at(entry->index)] = true;
        }
        pb::TaskMessage header;
        *header.mutable_config() = task->config;
        header.mutable_config()->set_shuffle_seed(
            task->task.shuffleSeeds.at(task->position.at(entry->index)));
        if (!writer->Write(header))
            return grpc::Status(grpc::StatusCode::CANCELLED, "the node went away");
        const QByteArray& bytes = task->task.modelBytes;
        const std::uint32_t chunks = task->config.chunk_count();
        for (std::uint32_t c = 0; c < chunks; ++c) {
            pb::TaskMessage m;
            m.mutable_chunk()->set_index(c);
            const qsizetype offset = static_cast<qsizetype>(c) * maxChunkBytes;
            const qsizetype size = std::min<qsizetype>(maxChunkBytes, bytes.size() - offset);
            m.mutable_chunk()->set_data(bytes.constData() + offset, static_cast<std::size_t>(size));
            touch(entry->index);
            if (!writer->Write(m)) {
                // Lost in transit: the node may ask again within the round.
                std::lock_guard lock(mutex);
                if (round == task)
                    taskSent[task->position.at(entry->index)] = false;
                return grpc::Status(grpc::StatusCode::CANCELLED, "the node went away");
            }
        }
        return grpc::Status::OK;
    }

    grpc::Status PushUpdate(grpc::ServerContext* context,
                            grpc::ServerReader<pb::UpdateMessage>* reader,
                            pb::UpdateAck* ack) override {
        pb::UpdateMessage first;
        if (!reader->Read(&first))
            return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "empty update stream");
        if (!first.has_header()) {
            // Without a header there is no node id to hold to account beyond the certificate.
            return refuse(grpc::StatusCode::INVALID_ARGUMENT,
                          u"malformed update: the stream must start with its header"_s,
                          std::string());
        }
        const pb::UpdateHeader& h = first.header();
        auto entry = identify(context, h.node_id());
        if (!entry)
            return refuse(grpc::StatusCode::PERMISSION_DENIED, entry.error(), h.node_id());
        const int index = entry->index;
        const QString name = qs(pki::nodeName(index));

        std::shared_ptr<const RoundData> task;
        std::size_t position = 0;
        {
            std::lock_guard lock(mutex);
            // Lateness first: a node dropped for silence has lost its session too, and its late
            // update must still be recorded as such.
            const int current = round ? round->task.round : 0;
            const auto it = round ? round->position.find(index) : decltype(round->position.end()){};
            const bool selected = round && it != round->position.end();
            // Late: for a round that has closed, or for this round after its dropout.
            if (!round || static_cast<int>(h.round()) < current ||
                (selected && static_cast<int>(h.round()) == current && answered[it->second] &&
                 (*outcomes)[it->second].kind == RemoteOutcome::Kind::Dropped)) {
                ++stats.lateUpdates;
                log(u"late update from %1 for round %2 (round %3 is %4): recorded and ignored"_s
                        .arg(name)
                        .arg(h.round())
                        .arg(current)
                        .arg(round ? u"open"_s : u"closed"_s));
                event(index, NodeEvent::Kind::UpdateRejected,
                      u"late update for round %1"_s.arg(h.round()));
                ack->set_accepted(false);
                ack->set_reason(
                    u"round %1 has closed; the update is ignored"_s.arg(h.round()).toStdString());
                return grpc::Status::OK;
            }
            if (!sessionValidLocked(index, h.session_id()))
                return grpc::Status(grpc::StatusCode::UNAUTHENTICATED,
                                    "unknown session: join again");
            if (!selected) {
                ack->set_accepted(false);
                ack->set_reason(
                    u"%1 is not selected for round %2"_s.arg(name).arg(current).toStdString());
                return grpc::Status::OK;
            }
            if (answered[it->second]) {
                ack->set_accepted(false);
                ack->set_reason(
                    u"%1 has already answered round %2"_s.arg(name).arg(current).toStdString());
                return grpc::Status::OK;
            }
            if (static_cast<int>(h.round()) != current) {
                const QString reason =
                    u"update for round %1 while round %2 is open"_s.arg(h.round()).arg(current);
                rejectLocked(index, reason, std::nullopt);
                ack->set_accepted(false);
                ack->set_reason(reason.toStdString());
                return grpc::Status::OK;
            }
            task = round;
            position = it->second;
        }

        auto reject = [&](const QString& reason, std::optional<Hash> hash = std::nullopt) {
            std::lock_guard lock(mutex);
            if (round == task)
                rejectLocked(index, reason, hash);
            log(u"rejected the update of %1 for round %2: %3"_s.arg(name).arg(h.round()).arg(
                reason));
            event(index, NodeEvent::Kind::UpdateRejected,
                  u"round %1: %2"_s.arg(h.round()).arg(reason));
            ack->set_accepted(false);
            ack->set_reason(reason.toStdString());
            return grpc::Status::OK;
        };

        // Secure rounds take masked updates only, plain rounds plain ones: a node that does not
        // speak the masking protocol would otherwise hand the coordinator its update in clear.
        bool secureRound = false;
        QString phaseProblem;
        {
            std::lock_guard lock(mutex);
            secureRound = round == task && secure;
            if (secureRound && !h.masked())
                phaseProblem = u"a plain update in a securely aggregated round (the node does not "
                               "take part in secure aggregation)"_s;
            else if (!secureRound && h.masked())
                phaseProblem = u"a masked update in a round without secure aggregation"_s;
            else if (secureRound && !secure->shared.count(index))
                phaseProblem = u"a masked update from a node that shared no secure-aggregation "
                               "keys this round"_s;
            else if (secureRound && secure->phase != Secure::Phase::Masked)
                phaseProblem =
                    u"a masked update before the secure-aggregation share phase closed"_s;
        }
        if (!phaseProblem.isEmpty())
            return reject(phaseProblem);
        // The header's own limits, before any chunk is read. A masked update is exactly one
        // 64-bit ring element per parameter.
        const std::int64_t maskedBytes = layout.parameterCount() * 8;
        if (secureRound && static_cast<std::int64_t>(h.update_bytes()) != maskedBytes)
            return reject(u"a masked update of the wrong length: %1 bytes, the model needs %2"_s
                              .arg(h.update_bytes())
                              .arg(maskedBytes));
        const std::int64_t limit = secureRound ? maskedBytes : maxUpdateBytes(layout);
        if (h.update_bytes() == 0 || static_cast<std::int64_t>(h.update_bytes()) > limit)
            return reject(
                u"oversized or empty update: %1 bytes announced, at most %2"_s.arg(h.update_bytes())
                    .arg(limit));
        if (h.chunk_count() != chunkCount(static_cast<std::int64_t>(h.update_bytes())))
            return reject(
                u"malformed update: %1 chunks announced for %2 bytes"_s.arg(h.chunk_count())
                    .arg(h.update_bytes()));
        if (h.metrics_size() > maxMetrics || h.energy_size() > maxMetrics)
            return reject(u"malformed update: more than %1 metrics"_s.arg(maxMetrics));
        Signature signature;
        if (!Signature::fromBytes(
                QByteArrayView(h.signature().data(), static_cast<qsizetype>(h.signature().size())),
                signature))
            return reject(
                u"malformed update: the signature is %1 bytes, not 64"_s.arg(h.signature().size()));
        Hash announced;
        if (!Hash::fromHex(qs(h.update_hash()), announced))
            return reject(u"malformed update: the update hash is not 64 hex digits"_s);
        if (h.parent_model_hash() != hex(task->task.parentModel))
            return reject(u"the update was trained from model %1, but round %2 started from %3"_s
                              .arg(qs(h.parent_model_hash()).left(16))
                              .arg(h.round())
                              .arg(task->task.parentModel.toHex().left(16)),
                          announced);

        QByteArray bytes;
        bytes.reserve(static_cast<qsizetype>(h.update_bytes()));
        pb::UpdateMessage m;
        std::uint32_t expected = 0;
        while (reader->Read(&m)) {
            if (!m.has_chunk())
                return reject(u"malformed update: a second header inside the stream"_s, announced);
            if (m.chunk().index() != expected)
                return reject(
                    u"malformed update: chunk %1 arrived where %2 was due"_s.arg(m.chunk().index())
                        .arg(expected),
                    announced);
            if (static_cast<std::int64_t>(m.chunk().data().size()) > maxChunkBytes ||
                bytes.size() + static_cast<qsizetype>(m.chunk().data().size()) >
                    static_cast<qsizetype>(h.update_bytes()))
                return reject(
                    u"oversized update: chunk %1 exceeds the announced or allowed size"_s.arg(
                        expected),
                    announced);
            bytes.append(m.chunk().data().data(), static_cast<qsizetype>(m.chunk().data().size()));
            ++expected;
            touch(index);
        }
        if (context->IsCancelled()) {
            log(u"the upload of %1 broke off after %2 of %3 chunks"_s.arg(name).arg(expected).arg(
                h.chunk_count()));
            return grpc::Status(grpc::StatusCode::CANCELLED, "the upload broke off");
        }
        if (expected != h.chunk_count() || bytes.size() != static_cast<qsizetype>(h.update_bytes()))
            return reject(
                u"malformed update: %1 of %2 chunks (%3 of %4 bytes) arrived"_s.arg(expected)
                    .arg(h.chunk_count())
                    .arg(bytes.size())
                    .arg(h.update_bytes()),
                announced);
        const Hash actual = Hash::of(bytes);
        if (actual != announced)
            return reject(u"the update's bytes do not match its announced hash"_s, actual);
        if (secureRound)
            return receiveMasked(task, position, *entry, h, std::move(bytes), actual, signature,
                                 ack);
        // Shapes and element type against the model; finiteness and the norm bound are checked
        // again by the Federation, exactly as for in-process updates.
        if (auto problem = encodedUpdateProblem(layout, bytes, ValidationSettings{}))
            return reject(*problem, actual);
        auto decoded = decodeWeights(bytes);
        if (!decoded)
            return reject(decoded.error(), actual);

        RemoteOutcome out;
        out.kind = RemoteOutcome::Kind::Arrived;
        out.updateHash = actual;
        out.signature = signature;
        out.training.delta = std::move(decoded->values);
        out.training.samples = static_cast<std::int64_t>(
            std::min<std::uint64_t>(h.sample_count(), std::uint64_t{1} << 62));
        out.training.trainLoss = metricOr(h.metrics(), "train_loss", 0.0);
        out.training.trainAccuracy = metricOr(h.metrics(), "train_accuracy", 0.0);
        out.training.steps = static_cast<std::int64_t>(metricOr(h.metrics(), "steps", 0.0));
        // The node's word that it applied local DP, with the norm before clipping; a node that
        // does not know local DP sends neither, and the Federation refuses its update.
        if (metricOr(h.metrics(), "dp_local", 0.0) == 1.0) {
            const double norm = metricOr(h.metrics(), "dp_pre_clip_norm", -1.0);
            if (!std::isfinite(norm) || norm < 0.0)
                return reject(u"the update's dp_pre_clip_norm is missing or not a norm"_s, actual);
            out.dpPreClipNorm = norm;
        }
        out.training.cpuSeconds = std::isfinite(h.cpu_seconds()) ? h.cpu_seconds() : 0.0;
        out.training.wallSeconds = std::isfinite(h.wall_seconds()) ? h.wall_seconds() : 0.0;
        out.updateBytes = std::move(bytes);

        std::lock_guard lock(mutex);
        if (round != task || answered[position]) {
            ++stats.lateUpdates;
            log(u"late update from %1 for round %2: recorded and ignored"_s.arg(name).arg(
                h.round()));
            event(index, NodeEvent::Kind::UpdateRejected,
                  u"late update for round %1"_s.arg(h.round()));
            ack->set_accepted(false);
            ack->set_reason(
                u"round %1 closed while the update arrived; it is ignored"_s.arg(h.round())
                    .toStdString());
            return grpc::Status::OK;
        }
        ++stats.updates;
        (*outcomes)[position] = std::move(out);
        markAnsweredLocked(position);
        event(index, NodeEvent::Kind::UpdateAccepted, u"round %1"_s.arg(h.round()));
        ack->set_accepted(true);
        return grpc::Status::OK;
    }

    // --- secure aggregation -----------------------------------------------------------------

    //! A masked update that arrived intact: its signature is checked here, before it joins the
    //! sum (nothing can take it out again), then it is added and the node is a survivor.
    grpc::Status receiveMasked(const std::shared_ptr<const RoundData>& task, std::size_t position,
                               const pki::NodeEntry& entry, const pb::UpdateHeader& h,
                               QByteArray bytes, const Hash& actual, const Signature& signature,
                               pb::UpdateAck* ack) {
        const QString name = qs(pki::nodeName(entry.index));
        auto reject = [&](const QString& reason) {
            std::lock_guard lock(mutex);
            if (round == task)
                rejectLocked(entry.index, reason, actual);
            log(u"rejected the masked update of %1 for round %2: %3"_s.arg(name).arg(h.round()).arg(
                reason));
            event(entry.index, NodeEvent::Kind::UpdateRejected, reason);
            ack->set_accepted(false);
            ack->set_reason(reason.toStdString());
            return grpc::Status::OK;
        };
        auto masked = secagg::decodeMaskedInput(bytes);
        if (!masked)
            return reject(u"malformed masked update: %1"_s.arg(masked.error()));
        PublicKey member;
        if (!PublicKey::fromBytes(entry.publicKey, member) ||
            !verifySignature(member,
                             updateMessage(qs(kit.federationId), h.round(), task->task.parentModel,
                                           actual, h.sample_count()),
                             signature))
            return reject(u"the masked update's signature does not verify"_s);
        if (h.sample_count() == 0 || h.sample_count() > (std::uint64_t{1} << 62))
            return reject(u"the masked update carries %1 samples"_s.arg(h.sample_count()));
        RemoteOutcome out;
        out.kind = RemoteOutcome::Kind::Arrived;
        out.updateHash = actual;
        out.signature = signature;
        out.training.samples = static_cast<std::int64_t>(h.sample_count());
        out.training.trainLoss = metricOr(h.metrics(), "train_loss", 0.0);
        out.training.trainAccuracy = metricOr(h.metrics(), "train_accuracy", 0.0);
        out.training.steps = static_cast<std::int64_t>(metricOr(h.metrics(), "steps", 0.0));
        out.training.cpuSeconds = std::isfinite(h.cpu_seconds()) ? h.cpu_seconds() : 0.0;
        out.training.wallSeconds = std::isfinite(h.wall_seconds()) ? h.wall_seconds() : 0.0;
        // Local DP under secure aggregation: the coordinator cannot look inside the masked
        // update, so the node's word (dp_local, dp_pre_clip_norm) is all there is. It is checked
        // here, before the update joins the sum: once summed it cannot be taken out again.
        if (task->task.dpLocal) {
            const double norm = metricOr(h.metrics(), "dp_pre_clip_norm", -1.0);
            if (metricOr(h.metrics(), "dp_local", 0.0) != 1.0)
                return reject(u"the node did not confirm local differential privacy (clip and "
                              "noise before masking); update it to a fednode that supports "
                              "privacy.dp.mode local"_s);
            if (!std::isfinite(norm) || norm < 0.0)
                return reject(u"the masked update's dp_pre_clip_norm is missing or not a norm"_s);
            out.dpPreClipNorm = norm;
        }
        out.updateBytes = std::move(bytes);

        std::unique_lock lock(mutex);
        if (round != task || answered[position] || !secure ||
            secure->phase != Secure::Phase::Masked) {
            ++stats.lateUpdates;
            event(entry.index, NodeEvent::Kind::UpdateRejected,
                  u"late masked update for round %1"_s.arg(h.round()));
            ack->set_accepted(false);
            ack->set_reason(u"round %1: the masked input phase closed while the update arrived; "
                            "it is ignored"_s.arg(h.round())
                                .toStdString());
            return grpc::Status::OK;
        }
        secagg::MaskedInput input;
        input.id = static_cast<std::uint32_t>(entry.index);
        input.weight = h.sample_count();
        input.masked = std::move(*masked);
        if (Status added = secure->server->server().receiveMaskedInput(input); !added) {
            lock.unlock();
            return reject(added.error());
        }
        secure->survivors.insert(entry.index);
        ++stats.updates;
        (*outcomes)[position] = std::move(out);
        markAnsweredLocked(position);
        event(entry.index, NodeEvent::Kind::UpdateAccepted, u"round %1 (masked)"_s.arg(h.round()));
        ack->set_accepted(true);
        return grpc::Status::OK;
    }

    //! Where a secure-aggregation call of `index` for round `claimed` stands: null when it may
    //! go on in `phase`, else the status to answer. Lateness is no fault (ABORTED); the node
    //! leaves the round. FAILED_PRECONDITION is avoided: a node takes it as a final refusal.
    std::optional<grpc::Status> securePhaseLocked(int index, std::uint32_t claimed,
                                                  Secure::Phase phase, const char* what) const {
        const QString name = qs(pki::nodeName(index));
        if (!round || !secure || claimed != static_cast<std::uint32_t>(round->task.round))
            return grpc::Status(grpc::StatusCode::ABORTED,
                                u"%1: round %2 is not an open securely aggregated round"_s
                                    .arg(QString::fromLatin1(what))
                                    .arg(claimed)
                                    .toStdString());
        const auto it = round->position.find(index);
        if (it == round->position.end())
            return grpc::Status(
                grpc::StatusCode::ABORTED,
                u"%1 is not selected for round %2"_s.arg(name).arg(claimed).toStdString());
        if (answered[it->second] && (*outcomes)[it->second].kind != RemoteOutcome::Kind::Arrived)
            return grpc::Status(grpc::StatusCode::ABORTED,
                                u"%1 is no longer part of round %2: %3"_s.arg(name)
                                    .arg(claimed)
                                    .arg((*outcomes)[it->second].problem)
                                    .toStdString());
        if (!secure->failure.isEmpty())
            return grpc::Status(grpc::StatusCode::ABORTED,
                                u"round %1: %2"_s.arg(claimed).arg(secure->failure).toStdString());
        if (secure->phase != phase)
            return grpc::Status(grpc::StatusCode::ABORTED,
                                u"%1: round %2 is past that phase"_s.arg(QString::fromLatin1(what))
                                    .arg(claimed)
                                    .toStdString());
        return std::nullopt;
    }

    //! Holds a polling call until the secure round has left `phase` (or the round ended, or
    //! the caller went away): the long poll that lets every node hear of a phase's close at once.
    void awaitPhaseEnd(std::unique_lock<std::mutex>& lock, grpc::ServerContext* context,
                       const std::shared_ptr<const RoundData>& task, Secure::Phase phase,
                       int index) {
        // A node that is out of the round (refused meanwhile) has nothing to wait for.
        auto out = [&] {
            const auto it = round->position.find(index);
            return it == round->position.end() ||
                   (answered[it->second] &&
                    (*outcomes)[it->second].kind != RemoteOutcome::Kind::Arrived);
        };
        while (!finished && round == task && secure && secure->failure.isEmpty() &&
               secure->phase == phase && !out() && !context->IsCancelled()) {
            changed.wait_for(lock, std::chrono::milliseconds(250));
            // A held call that gRPC has not cancelled proves the node connected, as a heartbeat
            // does (a killed node's connection closes, which cancels the call).
            if (const auto it = sessions.find(index);
                it != sessions.end() && !context->IsCancelled())
                it->second.lastSeen = Clock::now();
        }
    }

    //! The identity and session of a secure-aggregation call, or the status refusing it.
    std::optional<grpc::Status> secureCaller(grpc::ServerContext* context,
                                             const std::string& nodeId, const std::string& session,
                                             pki::NodeEntry& entry) {
        auto found = identify(context, nodeId);
        if (!found)
            return refuse(grpc::StatusCode::PERMISSION_DENIED, found.error(), nodeId);
        entry = *found;
        std::lock_guard lock(mutex);
        if (!sessionValidLocked(entry.index, session))
            return grpc::Status(grpc::StatusCode::UNAUTHENTICATED, "unknown session: join again");
        return std::nullopt;
    }

    //! A protocol violation by an identified node: refused, and an incident if it is still in
    //! the round.
    grpc::Status violation(const pki::NodeEntry& entry, std::uint32_t roundNumber,
                           const QString& what, grpc::StatusCode code) {
        return refuse(
            code, u"round %1: %2: %3"_s.arg(roundNumber).arg(qs(pki::nodeName(entry.index)), what),
            entry.nodeId, true);
    }

    grpc::Status AdvertiseKeys(grpc::ServerContext* context, const pb::SecAggKeys* request,
                               pb::SecAggKeyList* response) override {
        pki::NodeEntry entry;
        if (auto refused = secureCaller(context, request->node_id(), request->session_id(), entry))
            return *refused;
        secagg::AdvertisedKeys keys;
        keys.id = static_cast<std::uint32_t>(entry.index);
        keys.signature = bytesOf(request->signature());
        if (!toBytes32(request->encryption_key(), keys.encryptionKey) ||
            !toBytes32(request->mask_key(), keys.maskKey))
            return violation(entry, request->round(),
                             u"malformed secure-aggregation keys (not 32 bytes each)"_s,
                             grpc::StatusCode::INVALID_ARGUMENT);
        PublicKey member;
        if (!PublicKey::fromBytes(entry.publicKey, member))
            return violation(entry, request->round(), u"no usable signing key in nodes.json"_s,
                             grpc::StatusCode::INTERNAL);
        std::unique_lock lock(mutex);
        if (auto s = securePhaseLocked(entry.index, request->round(), Secure::Phase::Keys,
                                       "advertise keys"))
            return *s;
        const std::shared_ptr<const RoundData> task = round;
        if (secure->advertised.count(entry.index)) {
            lock.unlock();
            return violation(entry, request->round(), u"advertised secure-aggregation keys twice"_s,
                             grpc::StatusCode::ALREADY_EXISTS);
        }
        if (Status accepted = secure->server->receiveKeys(keys, member); !accepted) {
            lock.unlock();
            return violation(entry, request->round(), accepted.error(),
                             grpc::StatusCode::INVALID_ARGUMENT);
        }
        secure->advertised.insert(entry.index);
        changed.notify_all();
        awaitPhaseEnd(lock, context, task, Secure::Phase::Keys, entry.index);
        if (auto s = securePhaseLocked(entry.index, request->round(), Secure::Phase::Shares,
                                       "advertise keys"))
            return *s;
        *response = secure->keyList;
        return grpc::Status::OK;
    }

    grpc::Status ShareKeys(grpc::ServerContext* context, const pb::SecAggShares* request,
                           pb::SecAggSharesForYou* response) override {
        pki::NodeEntry entry;
        if (auto refused = secureCaller(context, request->node_id(), request->session_id(), entry))
            return *refused;
        std::vector<secagg::EncryptedShare> shares;
        for (const pb::SecAggShare& e : request->shares()) {
            if (e.from() != static_cast<std::uint32_t>(entry.index))
                return violation(entry, request->round(),
                                 u"a share claims to come from client %1"_s.arg(e.from()),
                                 grpc::StatusCode::INVALID_ARGUMENT);
            shares.push_back({e.from(), e.to(), bytesOf(e.ciphertext())});
        }
        std::unique_lock lock(mutex);
        if (auto s = securePhaseLocked(entry.index, request->round(), Secure::Phase::Shares,
                                       "share keys"))
            return *s;
        const std::shared_ptr<const RoundData> task = round;
        QString problem;
        if (!secure->listed.count(entry.index))
            problem = u"shares from a node that is not on the round's key list"_s;
        else if (secure->shared.count(entry.index))
            problem = u"shared its secure-aggregation keys twice"_s;
        else if (Status accepted = secure->server->server().receiveShares(
                     static_cast<std::uint32_t>(entry.index), shares);
                 !accepted)
            problem = accepted.error();
        if (!problem.isEmpty()) {
            lock.unlock();
            return violation(entry, request->round(), problem,
                             problem.contains(u"twice"_s) ? grpc::StatusCode::ALREADY_EXISTS
                                                          : grpc::StatusCode::INVALID_ARGUMENT);
        }
        secure->shared.insert(entry.index);
        changed.notify_all();
        awaitPhaseEnd(lock, context, task, Secure::Phase::Shares, entry.index);
        if (auto s = securePhaseLocked(entry.index, request->round(), Secure::Phase::Masked,
                                       "share keys"))
            return *s;
        *response = secure->inbox[entry.index];
        return grpc::Status::OK;
    }

    grpc::Status Unmask(grpc::ServerContext* context, const pb::SecAggPoll* request,
                        pb::SecAggUnmaskingRequest* response) override {
        pki::NodeEntry entry;
        if (auto refused = secureCaller(context, request->node_id(), request->session_id(), entry))
            return *refused;
        std::unique_lock lock(mutex);
        if (!secure || !secure->survivors.count(entry.index) || !round ||
            request->round() != static_cast<std::uint32_t>(round->task.round))
            return grpc::Status(
                grpc::StatusCode::ABORTED,
                u"round %1: %2 sent no masked update that was accepted; nothing to unmask"_s
                    .arg(request->round())
                    .arg(qs(pki::nodeName(entry.index)))
                    .toStdString());
        const std::shared_ptr<const RoundData> task = round;
        awaitPhaseEnd(lock, context, task, Secure::Phase::Masked, entry.index);
        if (auto s = securePhaseLocked(entry.index, request->round(), Secure::Phase::Unmasking,
                                       "unmask"))
            return *s;
        *response = secure->request;
        return grpc::Status::OK;
    }

    grpc::Status SendUnmasking(grpc::ServerContext* context, const pb::SecAggUnmasking* request,
                               pb::SecAggAck*) override {
        pki::NodeEntry entry;
        if (auto refused = secureCaller(context, request->node_id(), request->session_id(), entry))
            return *refused;
        secagg::UnmaskingResponse answer;
        answer.from = static_cast<std::uint32_t>(entry.index);
        for (const auto& [list, target] :
             {std::pair{&request->self_mask_shares(), &answer.selfMaskShares},
              std::pair{&request->mask_key_shares(), &answer.maskKeyShares}}) {
            for (const pb::SecAggShamirShare& share : *list) {
                secagg::Share v;
                v.x = share.x();
                v.y.assign(share.y().begin(), share.y().end());
                if (!target->emplace(share.owner(), std::move(v)).second)
                    return violation(entry, request->round(),
                                     u"two unmasking shares for client %1"_s.arg(share.owner()),
                                     grpc::StatusCode::INVALID_ARGUMENT);
            }
        }
        std::unique_lock lock(mutex);
        if (auto s = securePhaseLocked(entry.index, request->round(), Secure::Phase::Unmasking,
                                       "send unmasking"))
            return *s;
        QString problem;
        if (!secure->survivors.count(entry.index))
            problem = u"an unmasking answer from a node that is no survivor"_s;
        else if (secure->unmasked.count(entry.index))
            problem = u"sent its unmasking answer twice"_s;
        else if (Status accepted = secure->server->server().receiveUnmasking(answer); !accepted)
            problem = accepted.error();
        if (!problem.isEmpty()) {
            // The node's masked update is already in the sum: its outcome stands, the answer is
            // refused and logged, and the round is unmasked from the others' answers.
            lock.unlock();
            return violation(entry, request->round(), problem,
                             problem.contains(u"twice"_s) ? grpc::StatusCode::ALREADY_EXISTS
                                                          : grpc::StatusCode::INVALID_ARGUMENT);
        }
        secure->unmasked.insert(entry.index);
        changed.notify_all();
        return grpc::Status::OK;
    }

    grpc::Status Heartbeat(grpc::ServerContext* context, const pb::HeartbeatRequest* request,
                           pb::HeartbeatResponse* response) override {
        auto entry = identify(context, request->node_id());
        if (!entry)
            return refuse(grpc::StatusCode::PERMISSION_DENIED, entry.error(), request->node_id());
        std::lock_guard lock(mutex);
        response->set_rejoin(!sessionValidLocked(entry->index, request->session_id()));
        response->set_current_round(round ? static_cast<std::uint32_t>(round->task.round) : 0u);
        return grpc::Status::OK;
    }

    grpc::Status Leave(grpc::ServerContext* context, const pb::LeaveRequest* request,
                       pb::LeaveResponse*) override {
        auto entry = identify(context, request->node_id());
        if (!entry)
            return refuse(grpc::StatusCode::PERMISSION_DENIED, entry.error(), request->node_id());
        std::lock_guard lock(mutex);
        if (!sessionValidLocked(entry->index, request->session_id()))
            return grpc::Status::OK;
        sessions.erase(entry->index);
        dropLocked(entry->index, u"left the federation (%1)"_s.arg(qs(request->reason())));
        log(u"%1 left: %2"_s.arg(qs(pki::nodeName(entry->index)), qs(request->reason())));
        event(entry->index, NodeEvent::Kind::Left, qs(request->reason()));
        changed.notify_all();
        return grpc::Status::OK;
    }

    void dropLocked(int index, const QString& reason) {
        closeLocked(index, RemoteOutcome::Kind::Dropped, reason);
    }

    //! The secure round cannot be unmasked: every node still in it gets the reason as an
    //! incident (the model stays as it is), and the polling calls return.
    void failSecureLocked(const QString& reason) {
        secure->failure = reason;
        secure->phase = Secure::Phase::Done;
        log(u"round %1: secure aggregation failed: %2"_s.arg(round->task.round).arg(reason));
        for (const auto& [index, position] : round->position)
            rejectLocked(index,
                         u"secure aggregation failed, the round keeps the model: %1"_s.arg(reason),
                         std::nullopt);
        changed.notify_all();
    }

    //! Closes the key and share phases once every node still in the round has answered, or at
    //! their deadlines; nodes that missed one are left out of the round.
    void advanceSecureLocked(Clock::time_point now) {
        if (!secure || !secure->failure.isEmpty())
            return;
        const RemoteRound& task = round->task;
        auto pending = [&](const std::set<int>& done, const std::set<int>* among) {
            std::vector<int> out;
            for (const auto& [index, position] : round->position)
                if (!answered[position] && !done.count(index) && (!among || among->count(index)))
                    out.push_back(index);
            return out;
        };
        if (secure->phase == Secure::Phase::Keys) {
            const std::vector<int> missing = pending(secure->advertised, nullptr);
            if (!missing.empty() && now < secure->keysDeadline)
                return;
            for (int index : missing)
                dropLocked(index, u"sent no secure-aggregation keys before the key phase closed"_s);
            auto list = secure->server->server().keyList();
            if (!list)
                return failSecureLocked(list.error());
            for (const secagg::AdvertisedKeys& k : *list) {
                pb::SecAggParticipantKeys* p = secure->keyList.add_participants();
                p->set_client_index(k.id);
                p->set_encryption_key(k.encryptionKey.data(), k.encryptionKey.size());
                p->set_mask_key(k.maskKey.data(), k.maskKey.size());
                p->set_signature(k.signature.constData(),
                                 static_cast<std::size_t>(k.signature.size()));
                for (const pki::NodeEntry& e : kit.nodes)
                    if (e.index == static_cast<int>(k.id))
                        p->set_signing_public_key(e.publicKey.constData(),
                                                  static_cast<std::size_t>(e.publicKey.size()));
                secure->listed.insert(static_cast<int>(k.id));
            }
            secure->phase = Secure::Phase::Shares;
            log(u"round %1: secure aggregation key phase closed, %2 participants"_s.arg(task.round)
                    .arg(list->size()));
            changed.notify_all();
        }
        if (secure->phase == Secure::Phase::Shares) {
            const std::vector<int> missing = pending(secure->shared, &secure->listed);
            if (!missing.empty() && now < secure->sharesDeadline)
                return;
            for (int index : missing)
                dropLocked(index, u"shared no secure-aggregation keys before the share phase "
                                  "closed"_s);
            if (secure->shared.size() < secure->server->params().threshold)
                return failSecureLocked(
                    u"%1 nodes shared keys, the threshold is %2"_s.arg(secure->shared.size())
                        .arg(secure->server->params().threshold));
            for (int index : secure->shared) {
                pb::SecAggSharesForYou& inbox = secure->inbox[index];
                for (const secagg::EncryptedShare& e :
                     secure->server->server().sharesFor(static_cast<std::uint32_t>(index))) {
                    pb::SecAggShare* share = inbox.add_shares();
                    share->set_from(e.from);
                    share->set_to(e.to);
                    share->set_ciphertext(e.ciphertext.constData(),
                                          static_cast<std::size_t>(e.ciphertext.size()));
                }
            }
            secure->phase = Secure::Phase::Masked;
            log(u"round %1: secure aggregation share phase closed, %2 participants"_s
                    .arg(task.round)
                    .arg(secure->shared.size()));
            changed.notify_all();
        }
    }

    //! Round 3: asks the survivors for their shares and waits for them (until all that are
    //! still connected have answered, or the unmasking window ends), then removes the masks.
    //! Called by runRound() with the masked input phase closed; leaves the result in
    //! secureOutcome.
    void unmaskLocked(std::unique_lock<std::mutex>& lock, Clock::duration silence) {
        if (!secure->failure.isEmpty()) {
            secureOutcome = fail(secure->failure);
            return;
        }
        secagg::Server& sum = secure->server->server();
        auto request = sum.unmaskingRequest();
        if (!request) {
            failSecureLocked(request.error());
            secureOutcome = fail(secure->failure);
            return;
        }
        for (std::uint32_t u : request->survivors)
            secure->request.add_survivors(u);
        for (std::uint32_t u : request->dropped)
            secure->request.add_dropped(u);
        secure->phase = Secure::Phase::Unmasking;
        const auto until = Clock::now() + secure->unmaskingWindow;
        log(u"round %1: unmasking: %2 survivors, %3 dropped"_s.arg(round->task.round)
                .arg(request->survivors.size())
                .arg(request->dropped.size()));
        changed.notify_all();
        while (true) {
            const auto now = Clock::now();
            // A survivor that lost its session or stopped sending heartbeats will not answer.
            bool waiting = false;
            for (int index : secure->survivors) {
                if (secure->unmasked.count(index))
                    continue;
                const auto s = sessions.find(index);
                if (s != sessions.end() && now - s->second.lastSeen <= silence)
                    waiting = true;
            }
            if (!waiting || now >= until || finished)
                break;
            changed.wait_until(lock, std::min(until, now + options.heartbeatInterval));
        }
        secure->phase = Secure::Phase::Done;
        changed.notify_all();
        // No handler touches the server once the phase is Done: the masks come off unlocked.
        lock.unlock();
        auto result = sum.finish();
        lock.lock();
        if (result)
            log(u"round %1: secure aggregation unmasked the sum of %2 updates (%3 answers)"_s
                    .arg(round->task.round)
                    .arg(result->survivors.size())
                    .arg(secure->unmasked.size()));
        else
            log(u"round %1: secure aggregation failed: %2"_s.arg(round->task.round)
                    .arg(result.error()));
        secureOutcome = std::move(result);
    }
};

Coordinator::Coordinator()
    : d(std::make_unique<Private>()) {}

Coordinator::~Coordinator() {
    shutdown();
}

Result<std::shared_ptr<Coordinator>> Coordinator::start(pki::CoordinatorKit kit,
                                                        CoordinatorOptions options) {
    std::shared_ptr<Coordinator> c(new Coordinator);
    Private& d = *c->d;
    d.kit = std::move(kit);
    d.options = std::move(options);
    d.specHash = hex(Hash::of(QByteArray::fromStdString(d.kit.specJson)));
    d.joinUntil = Clock::now() + (d.options.joinTimeout.count() > 0 ? d.options.joinTimeout
                                                                    : d.options.roundDeadline);

    grpc::SslServerCredentialsOptions tls(
        GRPC_SSL_REQUEST_AND_REQUIRE_CLIENT_CERTIFICATE_AND_VERIFY);
    tls.pem_root_certs = d.kit.caPem;
    tls.pem_key_cert_pairs.push_back({d.kit.keyPem, d.kit.certPem});
    grpc::ServerBuilder builder;
    builder.AddListeningPort(d.options.listenAddress, grpc::SslServerCredentials(tls), &d.port);
    // No SO_REUSEPORT: a second server on the same port would silently take half of the
    // connections (with another CA, every handshake it gets fails); refuse to start instead.
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    builder.SetMaxReceiveMessageSize(maxMessageBytes);
    builder.SetMaxSendMessageSize(maxMessageBytes);
    builder.RegisterService(&d);
    d.server = builder.BuildAndStart();
    if (!d.server || d.port == 0)
        return fail(
            u"cannot listen on %1 (address in use, or not an address of this machine)"_s.arg(
                QString::fromStdString(d.options.listenAddress)));
    d.log(u"listening on %1 (port %2), mutual TLS"_s.arg(qs(d.options.listenAddress)).arg(d.port));
    return c;
}

void Coordinator::shutdown() {
    if (!d->server)
        return;
    {
        std::lock_guard lock(d->mutex);
        d->finished = true;
        if (d->finishReason.isEmpty())
            d->finishReason = u"the coordinator shut down"_s;
        d->changed.notify_all();
    }
    d->server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(3));
    d->server->Wait();
    d->server.reset();
}

int Coordinator::port() const {
    return d->port;
}

CoordinatorStats Coordinator::stats() const {
    std::lock_guard lock(d->mutex);
    return d->stats;
}

int Coordinator::joinedNodes() const {
    std::lock_guard lock(d->mutex);
    return static_cast<int>(d->sessions.size());
}

bool Coordinator::waitForNodes(int count, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(d->mutex);
    return d->changed.wait_for(lock, timeout,
                               [&] { return static_cast<int>(d->sessions.size()) >= count; });
}

std::vector<int> Coordinator::joinedNodeIndices() const {
    std::lock_guard lock(d->mutex);
    std::vector<int> indices;
    for (const auto& entry : d->sessions)
        indices.push_back(entry.first);
    return indices;
}

std::chrono::steady_clock::time_point Coordinator::joinDeadline() const {
    std::lock_guard lock(d->mutex);
    return d->joinUntil;
}

void Coordinator::endJoinWindow() {
    std::lock_guard lock(d->mutex);
    d->joinUntil = std::min(d->joinUntil, Clock::now());
    d->changed.notify_all();
}

void Coordinator::setLayout(const ModelLayout& layout) {
    std::lock_guard lock(d->mutex);
    d->layout = layout;
    d->layoutMessage.Clear();
    for (const TensorSpec& t : layout.tensors) {
        pb::TensorSpec* spec = d->layoutMessage.add_tensors();
        spec->set_name(t.name.toStdString());
        for (std::int64_t dim : t.shape)
            spec->add_shape(dim);
    }
    d->layoutMessage.set_parameter_count(layout.parameterCount());
    d->layoutMessage.set_max_model_bytes(static_cast<std::uint64_t>(maxUpdateBytes(layout)));
    d->ready = true;
    d->changed.notify_all();
}

Status Coordinator::runRound(const RemoteRound& task, std::vector<RemoteOutcome>& outcomes,
                             const std::function<void(std::size_t)>& answered) {
    auto data = std::make_shared<Private::RoundData>();
    data->task = task;
    for (std::size_t i = 0; i < task.selected.size(); ++i)
        data->position[task.selected[i]] = i;
    const auto deadline = Clock::now() + d->options.roundDeadline;
    const auto deadlineUnixMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(
            (std::chrono::system_clock::now() + d->options.roundDeadline).time_since_epoch())
            .count();
    pb::RoundConfig& c = data->config;
    c.set_round(static_cast<std::uint32_t>(task.round));
    c.set_parent_model_hash(hex(task.parentModel));
    c.set_local_epochs(task.training.localEpochs);
    c.set_batch_size(task.training.batchSize);
    c.set_learning_rate(task.training.learningRate);
    c.set_momentum(task.training.momentum);
    c.set_weight_decay(task.training.weightDecay);
    c.set_proximal_mu(task.proximalMu);
    c.set_deadline_unix_ms(deadlineUnixMs);
    c.set_model_bytes(static_cast<std::uint64_t>(task.modelBytes.size()));
    c.set_chunk_count(chunkCount(task.modelBytes.size()));
    c.set_optimizer(task.training.optimizer == OptimizerKind::Adam ? "adam" : "sgd");
    for (const auto& [name, value] : {std::pair{"adam_beta1", task.training.adamBeta1},
                                      std::pair{"adam_beta2", task.training.adamBeta2},
                                      std::pair{"adam_epsilon", task.training.adamEpsilon}}) {
        pb::Metric* m = c.add_extra();
        m->set_name(name);
        m->set_value(value);
    }
    // Local differential privacy: the node clips and noises before it signs (docs/protocol.md).
    if (task.dpLocal) {
        for (const auto& [name, value] :
             {std::pair{"dp_local_clip_norm", task.dpClipNorm},
              std::pair{"dp_local_noise_multiplier", task.dpNoiseMultiplier}}) {
            pb::Metric* m = c.add_extra();
            m->set_name(name);
            m->set_value(value);
        }
    }
    // Secure aggregation: phase deadlines from the round's own (docs/protocol.md).
    const auto opened = Clock::now();
    std::unique_ptr<Private::Secure> secure;
    if (task.secureAggregation) {
        secure = std::make_unique<Private::Secure>();
        secure->server = std::make_unique<SecureServer>(
            QString::fromStdString(d->kit.federationId), task.round, *task.secureAggregation,
            static_cast<std::size_t>(d->layout.parameterCount()));
        secure->keysDeadline = opened + d->options.roundDeadline / 4;
        secure->sharesDeadline = opened + d->options.roundDeadline / 2;
        secure->unmaskingWindow = d->options.roundDeadline / 4;
        pb::SecureAggregationConfig* sa = c.mutable_secure_aggregation();
        sa->set_threshold(task.secureAggregation->threshold);
        sa->set_fractional_bits(task.secureAggregation->fractionalBits);
        sa->set_participants(static_cast<std::uint32_t>(task.selected.size()));
        sa->set_keys_deadline_unix_ms(unixMs(secure->keysDeadline));
        sa->set_shares_deadline_unix_ms(unixMs(secure->sharesDeadline));
        sa->set_unmasking_window_ms(static_cast<std::uint32_t>(secure->unmaskingWindow.count()));
    }
    // Each selected node's shuffle seed travels in its own copy of the config: see GetTask.
    const std::size_t n = task.selected.size();
    const double q = d->options.quorum;
    const std::size_t quorum =
        q <= 1.0 ? static_cast<std::size_t>(std::ceil(q * static_cast<double>(n) - 1e-9))
                 : std::min(n, static_cast<std::size_t>(q));

    std::unique_lock lock(d->mutex);
    outcomes.assign(n, RemoteOutcome{});
    d->outcomes = &outcomes;
    d->answered.assign(n, false);
    d->taskSent.assign(n, false);
    d->newlyAnswered.clear();
    d->round = data;
    d->secure = std::move(secure);
    d->secureOutcome = fail(u"round %1 is not securely aggregated"_s.arg(task.round));
    d->changed.notify_all();
    d->log(u"round %1 open: %2 nodes selected, quorum %3, deadline in %4 s"_s.arg(task.round)
               .arg(n)
               .arg(quorum)
               .arg(static_cast<double>(d->options.roundDeadline.count()) / 1000.0));

    // A revoked node selected for this round is an incident now, however it was revoked (before
    // the start, or in the moment before the round opened, when it may have left already).
    if (Status s = d->refreshNodesLocked(); !s)
        d->log(s.error());
    for (const pki::NodeEntry& e : d->kit.nodes)
        if (e.revoked)
            d->rejectLocked(
                e.index,
                u"%1 is revoked: %2"_s.arg(qs(pki::nodeName(e.index)), qs(e.revokedReason)),
                std::nullopt);

    std::size_t done = 0;
    std::size_t arrived = 0;
    auto deliver = [&] {
        while (!d->newlyAnswered.empty()) {
            const std::size_t i = d->newlyAnswered.front();
            d->newlyAnswered.pop_front();
            if (outcomes[i].kind == RemoteOutcome::Kind::Arrived)
                ++arrived;
            ++done;
            // The handlers never touch an answered slot again, so the callback may run unlocked.
            lock.unlock();
            answered(i);
            lock.lock();
        }
    };
    const auto silence = d->options.heartbeatInterval * d->options.heartbeatMisses;
    while (true) {
        deliver();
        if (done == n)
            break;
        const auto now = Clock::now();
        if (d->secure) {
            d->advanceSecureLocked(now);
            deliver();
            if (done == n)
                break;
        }
        if (now >= deadline) {
            if (arrived < quorum) {
                d->round.reset();
                d->secure.reset();
                d->outcomes = nullptr;
                return fail(u"only %1 of %2 selected nodes sent an update before the deadline "
                            "(%3 s); the quorum is %4"_s.arg(arrived)
                                .arg(n)
                                .arg(static_cast<double>(d->options.roundDeadline.count()) / 1000.0)
                                .arg(quorum));
            }
            for (std::size_t i = 0; i < n; ++i)
                if (!d->answered[i]) {
                    outcomes[i].kind = RemoteOutcome::Kind::Dropped;
                    outcomes[i].problem = d->taskSent[i]
                                              ? u"no update before the round's deadline"_s
                                              : u"the node did not ask for the round's task "
                                                "before its deadline"_s;
                    d->markAnsweredLocked(i);
                }
            continue;
        }
        // A revocation counts from now, even for a node that makes no further call.
        if (Status s = d->refreshNodesLocked(); !s)
            d->log(s.error());
        // A joined node that stopped sending heartbeats is gone: a dropout now, not at the
        // deadline.
        for (std::size_t i = 0; i < n; ++i) {
            if (d->answered[i])
                continue;
            const auto s = d->sessions.find(task.selected[i]);
            if (s == d->sessions.end()) {
                // Not connected: it gets as long as a live node may stay silent to (re)join.
                // One that never joined may still be starting (its kit being copied, fednode
                // loading on a busy host): within the join window it is waited for like a node
                // that is training, up to the round's deadline.
                const bool starting =
                    !d->everJoined.contains(task.selected[i]) && now < d->joinUntil;
                if (!starting && now - opened > silence) {
                    const QString why = d->everJoined.contains(task.selected[i])
                                            ? u"not connected to the coordinator"_s
                                            : u"never joined the coordinator"_s;
                    d->log(
                        u"%1 dropped from round %2: %3"_s.arg(qs(pki::nodeName(task.selected[i])))
                            .arg(task.round)
                            .arg(why));
                    d->dropLocked(task.selected[i], why);
                }
                continue;
            }
            if (now - s->second.lastSeen > silence) {
                const QString silent = QString::number(
                    std::chrono::duration<double>(now - s->second.lastSeen).count(), 'f', 1);
                d->log(u"%1 lost: no heartbeat for %2 s"_s.arg(qs(pki::nodeName(task.selected[i])),
                                                               silent));
                d->event(task.selected[i], NodeEvent::Kind::Dropped,
                         u"no heartbeat for %1 s"_s.arg(silent));
                d->sessions.erase(s);
                d->dropLocked(task.selected[i], u"lost contact (no heartbeat)"_s);
            }
        }
        d->changed.wait_until(lock, std::min(deadline, now + d->options.heartbeatInterval));
    }
    bool secureFailed = false;
    if (d->secure) {
        d->unmaskLocked(lock, silence);
        secureFailed = !d->secureOutcome;
        d->secure.reset();
    }
    d->round.reset();
    d->outcomes = nullptr;
    d->log(u"round %1 closed: %2 of %3 updates arrived"_s.arg(task.round).arg(arrived).arg(n));
    // Every node has answered, but dropouts and refusals may have left too few updates. A
    // secure round that failed is the round's incident already; the federation goes on.
    if (arrived < quorum && !secureFailed)
        return fail(u"only %1 of %2 selected nodes sent an update; the quorum is %3"_s.arg(arrived)
                        .arg(n)
                        .arg(quorum));
    return {};
}

Result<secagg::AggregationResult> Coordinator::secureResult() {
    std::lock_guard lock(d->mutex);
    auto out = std::move(d->secureOutcome);
    d->secureOutcome = fail(u"no secure round has run"_s);
    return out;
}

void Coordinator::finish(const QString& reason) {
    std::lock_guard lock(d->mutex);
    d->finished = true;
    d->finishReason = reason;
    d->changed.notify_all();
}

Result<RemoteSetup> remoteSetup(const pki::CoordinatorKit& kit,
                                std::shared_ptr<Coordinator> coordinator) {
    auto key = SigningKey::fromPrivateBytes(kit.signingSeed);
    if (!key)
        return fail(u"the coordinator's signing key: %1"_s.arg(key.error()));
    RemoteSetup setup;
    setup.clients = std::move(coordinator);
    setup.federationId = QString::fromStdString(kit.federationId);
    setup.coordinatorKey = std::move(*key);
    std::vector<pki::NodeEntry> nodes = kit.nodes;
    std::sort(nodes.begin(), nodes.end(),
              [](const pki::NodeEntry& a, const pki::NodeEntry& b) { return a.index < b.index; });
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].index != static_cast<int>(i))
            return fail(u"nodes.json: node indices are not 0..%1"_s.arg(nodes.size() - 1));
        PublicKey pk;
        if (!PublicKey::fromBytes(nodes[i].publicKey, pk))
            return fail(u"nodes.json: the public key of %1 is not 32 bytes"_s.arg(
                QString::fromStdString(pki::nodeName(nodes[i].index))));
        // Revoked nodes stay members: the genesis block lists who was provisioned, and their
        // refusals become incidents.
        setup.members.push_back(pk);
    }
    return setup;
}

} // namespace fed::net
