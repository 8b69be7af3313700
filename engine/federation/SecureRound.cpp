#include "engine/federation/SecureRound.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fed {

secagg::Params secureParams(const SecureAggregationSettings& settings, std::size_t participants) {
    secagg::Params p;
    p.threshold = secagg::roundThreshold(settings.threshold, participants);
    p.fractionalBits = settings.fixedPointBits;
    return p;
}

SecureAggregationRecord secureAggregationRecord(const secagg::Params& params,
                                                const secagg::AggregationResult& result) {
    SecureAggregationRecord r;
    r.threshold = params.threshold;
    r.fractionalBits = static_cast<std::uint32_t>(params.fractionalBits);
    r.totalWeight = result.totalWeight;
    r.sumHash = Hash::of(secagg::encodeMaskedInput(result.sum));
    for (const secagg::ParticipantRecord& p : result.participants) {
        SecAggParticipant q;
        q.client = p.id;
        q.encryptionKey = p.encryptionKey;
        q.maskKey = p.maskKey;
        Signature::fromBytes(p.keySignature, q.keySignature);
        q.dropped = p.dropped;
        q.revealed = p.revealed;
        r.participants.push_back(q);
    }
    return r;
}

SecureServer::SecureServer(const QString& federationId, int round, secagg::Params params,
                           std::size_t parameters)
    : m_context{federationId, static_cast<std::uint64_t>(round)}
    , m_params(params)
    , m_server(m_context, params, parameters) {}

Status SecureServer::receiveKeys(const secagg::AdvertisedKeys& keys, const PublicKey& member) {
    Signature sig;
    if (!Signature::fromBytes(keys.signature, sig) ||
        !verifySignature(member, secagg::keysMessage(m_context, keys), sig))
        return fail(
            u"secure aggregation: the key signature of client %1 does not verify"_s.arg(keys.id));
    return m_server.receiveKeys(keys);
}

struct SecureRound::Private {
    std::vector<int> selected;
    std::vector<secagg::Client> clients; //!< the simulated nodes' side, by selection index
    std::vector<std::vector<secagg::EncryptedShare>> inbox; //!< shares addressed to each node
    std::unique_ptr<SecureServer> server;
};

SecureRound::SecureRound()
    : d(std::make_unique<Private>()) {}
SecureRound::~SecureRound() = default;

Result<std::unique_ptr<SecureRound>> SecureRound::begin(const SecureAggregationSettings& settings,
                                                        const QString& federationId, int round,
                                                        const std::vector<int>& selected,
                                                        std::size_t parameters,
                                                        const std::vector<SigningKey>& nodeKeys) {
    std::unique_ptr<SecureRound> r(new SecureRound);
    Private& d = *r->d;
    const secagg::Params params = secureParams(settings, selected.size());
    d.selected = selected;
    if (selected.size() < params.threshold)
        return fail(u"secure aggregation needs at least %1 participants (threshold), %2 were "
                    "selected"_s.arg(params.threshold)
                        .arg(selected.size()));
    d.server = std::make_unique<SecureServer>(federationId, round, params, parameters);
    for (int client : selected) {
        const auto id = static_cast<std::uint32_t>(client);
        d.clients.emplace_back(d.server->context(), params, id);
        auto keys = d.clients.back().advertise();
        if (!keys)
            return keys.takeError();
        // The node signs its keys with its ledger key; the server checks before routing.
        const SigningKey& signer = nodeKeys.at(static_cast<std::size_t>(client));
        keys->signature =
            signer.sign(secagg::keysMessage(d.server->context(), *keys)).toByteArray();
        if (Status s = d.server->receiveKeys(*keys, signer.publicKey()); !s)
            return s.takeError();
    }
    auto list = d.server->server().keyList();
    if (!list)
        return list.takeError();
    for (secagg::Client& c : d.clients) {
        auto shares = c.shareKeys(*list);
        if (!shares)
            return shares.takeError();
        if (Status s = d.server->server().receiveShares(c.id(), *shares); !s)
            return s.takeError();
    }
    for (int client : selected)
        d.inbox.push_back(d.server->server().sharesFor(static_cast<std::uint32_t>(client)));
    return r;
}

const secagg::Params& SecureRound::params() const {
    return d->server->params();
}

Result<std::vector<std::uint64_t>>
SecureRound::maskOnNode(std::size_t i, std::span<const float> delta, std::int64_t samples) {
    if (samples <= 0)
        return fail(u"the client holds no samples"_s);
    auto encoded = secagg::encodeFixedPoint(delta, static_cast<double>(samples),
                                            params().fractionalBits, d->selected.size());
    if (!encoded)
        return fail(
            u"the update cannot be encoded for secure aggregation: %1"_s.arg(encoded.error()));
    auto masked =
        d->clients[i].maskInput(*encoded, static_cast<std::uint64_t>(samples), d->inbox[i]);
    if (!masked)
        return masked.takeError();
    return std::move(masked->masked);
}

Status SecureRound::receive(std::size_t i, const std::vector<std::uint64_t>& masked,
                            std::int64_t samples) {
    secagg::MaskedInput input;
    input.id = static_cast<std::uint32_t>(d->selected[i]);
    input.weight = static_cast<std::uint64_t>(samples);
    input.masked = masked;
    return d->server->server().receiveMaskedInput(input);
}

Result<secagg::AggregationResult> SecureRound::finish(const std::vector<std::size_t>& silent) {
    secagg::Server& server = d->server->server();
    auto request = server.unmaskingRequest();
    if (!request)
        return request.takeError();
    for (std::size_t i = 0; i < d->clients.size(); ++i) {
        const auto id = static_cast<std::uint32_t>(d->selected[i]);
        if (std::find(silent.begin(), silent.end(), i) != silent.end() ||
            !std::binary_search(request->survivors.begin(), request->survivors.end(), id))
            continue;
        auto response = d->clients[i].unmask(*request);
        if (!response)
            return response.takeError();
        if (Status s = server.receiveUnmasking(*response); !s)
            return s.takeError();
    }
    return server.finish();
}

} // namespace fed
