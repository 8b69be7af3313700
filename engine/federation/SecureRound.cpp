#include "engine/federation/SecureRound.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fed {

struct SecureRound::Private {
    secagg::RoundContext context;
    secagg::Params params;
    std::vector<int> selected;
    std::vector<secagg::Client> clients; //!< the simulated nodes' side, by selection index
    std::vector<std::vector<secagg::EncryptedShare>> inbox; //!< shares addressed to each node
    std::unique_ptr<secagg::Server> server;
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
    d.context = {federationId, static_cast<std::uint64_t>(round)};
    d.params.threshold = secagg::roundThreshold(settings.threshold, selected.size());
    d.params.fractionalBits = settings.fixedPointBits;
    d.selected = selected;
    if (selected.size() < d.params.threshold)
        return fail(u"secure aggregation needs at least %1 participants (threshold), %2 were "
                    "selected"_s.arg(d.params.threshold)
                        .arg(selected.size()));
    d.server = std::make_unique<secagg::Server>(d.context, d.params, parameters);
    std::vector<VerifyingKey> verifiers;
    for (int client : selected) {
        const auto id = static_cast<std::uint32_t>(client);
        d.clients.emplace_back(d.context, d.params, id);
        auto keys = d.clients.back().advertise();
        if (!keys)
            return keys.takeError();
        // The node signs its keys with its ledger key; the coordinator checks before routing, so
        // a substituted key (a man in the middle) is refused rather than masked with.
        const SigningKey& signer = nodeKeys.at(static_cast<std::size_t>(client));
        const Signature sig = signer.sign(secagg::keysMessage(d.context, *keys));
        keys->signature = sig.toByteArray();
        if (!verifySignature(signer.publicKey(), secagg::keysMessage(d.context, *keys), sig))
            return fail(u"secure aggregation: the key signature of client %1 does not verify"_s.arg(
                client));
        if (Status s = d.server->receiveKeys(*keys); !s)
            return s.takeError();
    }
    auto list = d.server->keyList();
    if (!list)
        return list.takeError();
    for (secagg::Client& c : d.clients) {
        auto shares = c.shareKeys(*list);
        if (!shares)
            return shares.takeError();
        if (Status s = d.server->receiveShares(c.id(), *shares); !s)
            return s.takeError();
    }
    for (int client : selected)
        d.inbox.push_back(d.server->sharesFor(static_cast<std::uint32_t>(client)));
    return r;
}

std::uint32_t SecureRound::threshold() const {
    return d->params.threshold;
}

int SecureRound::fractionalBits() const {
    return d->params.fractionalBits;
}

Result<std::vector<std::uint64_t>>
SecureRound::maskOnNode(std::size_t i, std::span<const float> delta, std::int64_t samples) {
    if (samples <= 0)
        return fail(u"the client holds no samples"_s);
    auto encoded = secagg::encodeFixedPoint(delta, static_cast<double>(samples),
                                            d->params.fractionalBits, d->selected.size());
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
    return d->server->receiveMaskedInput(input);
}

Result<secagg::AggregationResult> SecureRound::finish(const std::vector<std::size_t>& silent) {
    auto request = d->server->unmaskingRequest();
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
        if (Status s = d->server->receiveUnmasking(*response); !s)
            return s.takeError();
    }
    return d->server->finish();
}

SecureAggregationRecord SecureRound::ledgerRecord(const secagg::AggregationResult& result) const {
    SecureAggregationRecord r;
    r.threshold = d->params.threshold;
    r.fractionalBits = static_cast<std::uint32_t>(d->params.fractionalBits);
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

} // namespace fed
