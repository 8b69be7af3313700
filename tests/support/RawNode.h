#pragma once
// A node that speaks the node protocol by hand over raw gRPC (mutual TLS with its kit), so that
// the protocol tests can break any rule of it: join, fetch the round's task, push an update
// (well-formed and signed by header(), or not), advertise secure-aggregation keys. Only for test
// targets that link fed_net_proto (the generated code).

#include "engine/core/Hash.h"
#include "engine/ledger/Block.h"
#include "engine/ledger/Keys.h"
#include "engine/net/Protocol.h"
#include "engine/pki/Provisioning.h"
#include "federation.grpc.pb.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <grpcpp/grpcpp.h>
#include <memory>
#include <string>
#include <vector>

namespace fed::test {

namespace pb = fedstudio::net::v1;

//! A node that speaks the protocol by hand, so that it can break every rule.
struct RawNode {
    pki::NodeKit kit;
    SigningKey key;
    std::unique_ptr<pb::FederationNode::Stub> stub;
    std::string session;
    QString federationId;

    RawNode(pki::NodeKit k, const std::string& address)
        : kit(std::move(k)) {
        key = *SigningKey::fromPrivateBytes(kit.signingSeed);
        grpc::SslCredentialsOptions tls;
        tls.pem_root_certs = kit.caPem;
        tls.pem_private_key = kit.keyPem;
        tls.pem_cert_chain = kit.certPem;
        grpc::ChannelArguments args;
        args.SetMaxReceiveMessageSize(net::maxMessageBytes);
        stub = pb::FederationNode::NewStub(
            grpc::CreateCustomChannel(address, grpc::SslCredentials(tls), args));
    }

    grpc::Status join(std::uint32_t version = net::protocolVersion) {
        pb::JoinRequest request;
        request.set_protocol_version(version);
        request.set_node_id(kit.nodeId);
        request.set_kit_format(net::kitFormat);
        const QByteArray pk = key.publicKey().toByteArray();
        request.set_signing_public_key(pk.constData(), static_cast<std::size_t>(pk.size()));
        pb::JoinResponse response;
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
        grpc::Status s = stub->Join(&context, request, &response);
        if (s.ok()) {
            session = response.session_id();
            federationId = QString::fromStdString(response.federation_id());
        }
        return s;
    }

    //! Waits for the round's task; the model's canonical bytes and its config.
    bool task(pb::RoundConfig& config, QByteArray& model) {
        for (int attempt = 0; attempt < 20; ++attempt) {
            pb::TaskRequest request;
            request.set_node_id(kit.nodeId);
            request.set_session_id(session);
            grpc::ClientContext context;
            context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
            auto reader = stub->GetTask(&context, request);
            pb::TaskMessage m;
            bool got = false;
            while (reader->Read(&m)) {
                if (m.has_config()) {
                    config = m.config();
                    got = true;
                } else if (m.has_chunk()) {
                    model.append(m.chunk().data().data(),
                                 static_cast<qsizetype>(m.chunk().data().size()));
                }
            }
            if (!reader->Finish().ok())
                return false;
            if (got)
                return true;
        }
        return false;
    }

    //! Pushes `header` and then `chunks`; `status`, when given, is the call's status.
    pb::UpdateAck push(const pb::UpdateHeader& header, const std::vector<QByteArray>& chunks,
                       grpc::Status* status = nullptr,
                       std::chrono::seconds deadline = std::chrono::seconds(10)) {
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + deadline);
        pb::UpdateAck ack;
        auto writer = stub->PushUpdate(&context, &ack);
        pb::UpdateMessage first;
        *first.mutable_header() = header;
        writer->Write(first);
        for (std::size_t i = 0; i < chunks.size(); ++i) {
            pb::UpdateMessage m;
            m.mutable_chunk()->set_index(static_cast<std::uint32_t>(i));
            m.mutable_chunk()->set_data(chunks[i].constData(),
                                        static_cast<std::size_t>(chunks[i].size()));
            writer->Write(m);
        }
        writer->WritesDone();
        grpc::Status s = writer->Finish();
        if (status)
            *status = s;
        return ack;
    }

    //! The round's secure-aggregation keys; `list` is the key list the coordinator answers with.
    grpc::Status advertise(const pb::SecAggKeys& keys, pb::SecAggKeyList& list) {
        grpc::ClientContext context;
        context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
        return stub->AdvertiseKeys(&context, keys, &list);
    }

    //! A well-formed, correctly signed update of `bytes` for the round in `config`.
    pb::UpdateHeader header(const pb::RoundConfig& config, const QByteArray& bytes,
                            std::uint64_t samples = 10) {
        pb::UpdateHeader h;
        h.set_node_id(kit.nodeId);
        h.set_session_id(session);
        h.set_round(config.round());
        h.set_parent_model_hash(config.parent_model_hash());
        h.set_sample_count(samples);
        h.set_update_bytes(static_cast<std::uint64_t>(bytes.size()));
        h.set_chunk_count(net::chunkCount(bytes.size()));
        const Hash updateHash = Hash::of(bytes);
        h.set_update_hash(updateHash.toHex().toStdString());
        Hash parent;
        (void)Hash::fromHex(QString::fromStdString(config.parent_model_hash()), parent);
        const QByteArray sig =
            key.sign(updateMessage(federationId, config.round(), parent, updateHash, samples))
                .toByteArray();
        h.set_signature(sig.constData(), static_cast<std::size_t>(sig.size()));
        pb::Metric* loss = h.add_metrics();
        loss->set_name("train_loss");
        loss->set_value(1.0);
        return h;
    }
};

inline std::vector<QByteArray> chunksOf(const QByteArray& bytes) {
    std::vector<QByteArray> out;
    for (qsizetype offset = 0; offset < bytes.size(); offset += net::maxChunkBytes)
        out.push_back(bytes.mid(offset, net::maxChunkBytes));
    return out;
}

} // namespace fed::test
