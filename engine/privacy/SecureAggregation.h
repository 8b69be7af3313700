#pragma once
// Secure aggregation by pairwise masking (Bonawitz et al., CCS 2017, "Practical Secure
// Aggregation for Privacy-Preserving Machine Learning"), docs/secure-aggregation.md.
//
// Every participant u encodes its update into the ring Z_{2^64} (fixed point) and adds
//   PRG(b_u) + sum_{v > u} PRG(s_uv) - sum_{v < u} PRG(s_uv)
// where b_u is a fresh self-mask seed and s_uv a seed both u and v derive from an X25519 key
// agreement. Pairwise masks cancel in the sum; the self masks and the pairwise masks of nodes
// that dropped out are removed with seeds rebuilt from Shamir shares (t of n) held by the
// others. The server learns the sum and nothing else about a single update, as long as fewer
// than t participants collude with it.
//
// The client and server objects speak in plain message structs, so that the in-process
// federation and the networked fednode path drive the same code: only the transport differs.
// No Qt widgets, no LibTorch, no ledger types (the ledger links this library for replay).

#include "engine/core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace fed::secagg {

using Bytes32 = std::array<std::uint8_t, 32>;

//! The ring is Z_{2^64}: unsigned 64-bit arithmetic wraps exactly as the ring does.
constexpr int kRingBits = 64;
//! Fixed-point fractional bits allowed in a spec.
constexpr int kMinFractionalBits = 8;
constexpr int kMaxFractionalBits = 40;

// --- fixed point ------------------------------------------------------------------------------

//! The largest |weight * value| a participant may encode so that the sum of `participants`
//! encodings cannot leave the signed range of the ring: participants * |x| * 2^f < 2^63.
double maxEncodableMagnitude(int fractionalBits, std::size_t participants);

//! round(weight * value * 2^f) as a two's-complement ring element, for every value. Fails
//! naming the first value that is not finite or exceeds maxEncodableMagnitude().
Result<std::vector<std::uint64_t>> encodeFixedPoint(std::span<const float> values, double weight,
                                                    int fractionalBits, std::size_t participants);
//! The ring elements read as signed integers and divided by 2^f * divisor, in double.
std::vector<double> decodeFixedPoint(std::span<const std::uint64_t> sum, int fractionalBits,
                                     double divisor = 1.0);

//! The weighted mean a FedAvg-family strategy needs from a secure sum: nodes send
//! round(samples * delta * 2^f), so sum / (2^f * totalWeight) is sum_k n_k delta_k / N. In float,
//! as strategies take updates; the coordinator and the ledger's replay both call this.
std::vector<float> meanFromSum(std::span<const std::uint64_t> sum, int fractionalBits,
                               std::uint64_t totalWeight);

//! t for a round with `participants` from the spec's threshold: a fraction in (0.5, 1] of the
//! participants rounded up, or an absolute count; never below 2 (one input alone is no secret).
std::uint32_t roundThreshold(double threshold, std::size_t participants);

// --- pseudo-random generator -----------------------------------------------------------------

//! Adds (or subtracts) PRG(seed) to `values` in the ring. The PRG is AES-256-CTR keyed by the
//! seed with a zero IV; each 8 output bytes, little endian, are one ring element. A seed is
//! used for one stream only (it is derived per round and per pair), so the IV never repeats.
Status applyMask(std::span<std::uint64_t> values, const Bytes32& seed, bool subtract);

// --- X25519 ----------------------------------------------------------------------------------

//! An X25519 key pair (OpenSSL EVP_PKEY_X25519).
class AgreementKey {
public:
    static Result<AgreementKey> generate();
    static Result<AgreementKey> fromPrivateBytes(const Bytes32& secret);
    AgreementKey();
    ~AgreementKey();
    AgreementKey(const AgreementKey&);
    AgreementKey& operator=(const AgreementKey&);
    AgreementKey(AgreementKey&&) noexcept;
    AgreementKey& operator=(AgreementKey&&) noexcept;

    const Bytes32& publicKey() const;
    Bytes32 privateBytes() const;
    //! The raw X25519 shared secret with `peer`; fails for a low-order (all-zero result) key.
    Result<Bytes32> agree(const Bytes32& peer) const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

// --- Shamir secret sharing over GF(2^61 - 1) -------------------------------------------------

//! The field: the Mersenne prime 2^61 - 1 (reduction without division). A secret is cut into
//! 7-byte chunks (56 bits < 61), each shared with its own random polynomial of degree t - 1.
constexpr std::uint64_t kFieldPrime = (std::uint64_t{1} << 61) - 1;

struct Share {
    std::uint32_t x = 0;          //!< the evaluation point, 1..n (never 0: that is the secret)
    std::vector<std::uint64_t> y; //!< one field element per 7-byte chunk
    bool operator==(const Share&) const = default;
};

//! n shares of `secret`, any `threshold` of which rebuild it; points x = 1..n. Coefficients
//! come from OpenSSL's CSPRNG.
Result<std::vector<Share>> shamirSplit(QByteArrayView secret, std::uint32_t threshold,
                                       std::uint32_t shares);
//! The same at the given evaluation points (distinct, non-zero): one share per point, in order.
Result<std::vector<Share>> shamirSplitAt(QByteArrayView secret, std::uint32_t threshold,
                                         std::span<const std::uint32_t> points);
//! Rebuilds a secret of `secretBytes` bytes from at least `threshold` shares (Lagrange
//! interpolation at 0 over the first `threshold` of them). Fails on too few, duplicate or
//! malformed shares.
Result<QByteArray> shamirCombine(std::span<const Share> shares, std::uint32_t threshold,
                                 std::size_t secretBytes);

// --- protocol --------------------------------------------------------------------------------

//! What binds a protocol run to one round of one federation; part of every derived seed,
//! encryption key and signed message, so nothing carries over between rounds.
struct RoundContext {
    QString federationId;
    std::uint64_t round = 0;
};

struct Params {
    std::uint32_t threshold = 2; //!< t: participants needed to unmask
    int fractionalBits = 24;     //!< f: the fixed-point scale is 2^f
};

//! Round 0: a participant's two public keys. `c` encrypts the shares sent to it; `s` makes its
//! pairwise masks. The node signs keysMessage() with its ledger key, so the server cannot
//! substitute keys.
struct AdvertisedKeys {
    std::uint32_t id = 0; //!< the client index (also the pairwise-mask order)
    Bytes32 encryptionKey{};
    Bytes32 maskKey{};
    QByteArray signature; //!< the node's Ed25519 signature over keysMessage(); opaque here
};
//! The bytes a node signs for its advertised keys.
QByteArray keysMessage(const RoundContext& context, const AdvertisedKeys& keys);

//! Round 1: one participant's shares of its mask key and self-mask seed for another, encrypted
//! with AES-256-GCM under a key both derive from their `c` keys; the server only routes it.
struct EncryptedShare {
    std::uint32_t from = 0;
    std::uint32_t to = 0;
    QByteArray ciphertext; //!< 12-byte nonce || ciphertext || 16-byte tag
};

//! Round 2: the masked update, plus the weight (sample count) it was multiplied by.
struct MaskedInput {
    std::uint32_t id = 0;
    std::uint64_t weight = 0;
    std::vector<std::uint64_t> masked;
};
//! SHA-256 input of a masked update: its elements as little-endian u64 (the blob format).
QByteArray encodeMaskedInput(std::span<const std::uint64_t> masked);
Result<std::vector<std::uint64_t>> decodeMaskedInput(QByteArrayView bytes);

//! Round 3: who the server has masked inputs from (`survivors`) and who shared keys but sent
//! none (`dropped`). The two sets must not overlap, or the server could unmask one input.
struct UnmaskingRequest {
    std::vector<std::uint32_t> survivors;
    std::vector<std::uint32_t> dropped;
};
struct UnmaskingResponse {
    std::uint32_t from = 0;
    std::map<std::uint32_t, Share> selfMaskShares; //!< for each survivor: its share of b_u
    std::map<std::uint32_t, Share> maskKeyShares;  //!< for each dropped node: its share of s_u
};

//! One participant's side of the protocol, for one round. Call in order: advertise(),
//! shareKeys(), maskInput(), unmask(). Each step refuses to run twice or out of order.
class Client {
public:
    Client(RoundContext context, Params params, std::uint32_t id);
    ~Client();
    Client(Client&&) noexcept;
    Client& operator=(Client&&) noexcept;

    std::uint32_t id() const;
    //! Fresh key pairs (OpenSSL's CSPRNG). The caller signs keysMessage() and sets signature.
    Result<AdvertisedKeys> advertise();
    //! Takes every participant's advertised keys (including its own), shares its mask key and
    //! a fresh self-mask seed t of n, and returns one encrypted share per other participant.
    Result<std::vector<EncryptedShare>> shareKeys(std::span<const AdvertisedKeys> participants);
    //! Takes the encrypted shares addressed to it (from every participant that shared), and
    //! masks `encoded` (from encodeFixedPoint). Participants that sent no share are left out.
    Result<MaskedInput> maskInput(std::span<const std::uint64_t> encoded, std::uint64_t weight,
                                  std::span<const EncryptedShare> received);
    //! Answers the server's round 3 request; refuses an overlapping or inconsistent request.
    Result<UnmaskingResponse> unmask(const UnmaskingRequest& request);

private:
    struct State;
    std::unique_ptr<State> d;
};

//! A participant's part in a finished round, as the ledger records it.
struct ParticipantRecord {
    std::uint32_t id = 0;
    Bytes32 encryptionKey{};
    Bytes32 maskKey{};
    QByteArray keySignature;
    bool dropped = false; //!< shared keys but its masked input never arrived
    //! The secret the round revealed: b_u for a survivor, the mask private key for a dropped node.
    Bytes32 revealed{};
};

struct AggregationResult {
    std::vector<std::uint64_t> sum; //!< sum of the survivors' encoded inputs, in the ring
    std::uint64_t totalWeight = 0;  //!< sum of their weights
    std::vector<std::uint32_t> survivors;
    std::vector<ParticipantRecord> participants; //!< everyone who shared keys, ascending id
};

//! The server's side: routes messages and holds only the running sum of masked inputs.
class Server {
public:
    Server(RoundContext context, Params params, std::size_t parameters);
    ~Server();
    Server(Server&&) noexcept;
    Server& operator=(Server&&) noexcept;

    //! Round 0. Fails for a duplicate id.
    Status receiveKeys(const AdvertisedKeys& keys);
    //! The key list every participant receives; fails with fewer than t participants.
    Result<std::vector<AdvertisedKeys>> keyList() const;
    //! Round 1: a participant's encrypted shares (must come from an advertised participant).
    Status receiveShares(std::uint32_t from, std::span<const EncryptedShare> shares);
    //! The shares addressed to `to`, from every participant that shared.
    std::vector<EncryptedShare> sharesFor(std::uint32_t to) const;
    //! Round 2: adds a masked input to the running sum; checks its length and sender.
    Status receiveMaskedInput(const MaskedInput& input);
    //! Round 3 request; fails with fewer than t masked inputs.
    Result<UnmaskingRequest> unmaskingRequest() const;
    Status receiveUnmasking(const UnmaskingResponse& response);
    //! Rebuilds the seeds from the responses and removes every mask. Fails (an incident for the
    //! caller, nothing aggregated) when fewer than t participants answered round 3.
    Result<AggregationResult> finish();

private:
    struct State;
    std::unique_ptr<State> d;
};

//! The seed of the pairwise mask between participants a and b from their X25519 secret.
Bytes32 pairwiseSeed(const RoundContext& context, const Bytes32& sharedSecret, std::uint32_t a,
                     std::uint32_t b);

//! What an auditor does with a finished round (Ledger replay): the unmasked sum recomputed from
//! the survivors' masked inputs (ascending id, matching `participants` survivors) and the
//! revealed secrets. Independent of the Server object, which it must agree with.
Result<std::vector<std::uint64_t>>
recomputeSum(const RoundContext& context, std::span<const ParticipantRecord> participants,
             std::span<const std::vector<std::uint64_t>> survivorInputs);

} // namespace fed::secagg
