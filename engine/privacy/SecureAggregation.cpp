#include "engine/privacy/SecureAggregation.h"

#include "engine/core/Hash.h"

#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <set>

using namespace Qt::StringLiterals;

namespace fed::secagg {
namespace {

// Domain tags: a value derived for one purpose is never valid for another.
constexpr char kMaskTag[] = "fedstudio-secagg-mask-v1";
constexpr char kShareTag[] = "fedstudio-secagg-share-v1";
constexpr char kKeysTag[] = "fedstudio-secagg-keys-v1";
constexpr std::size_t kChunkBytes = 7; // 56 bits, below the 61-bit field prime
constexpr std::size_t kSecretBytes = 32;
constexpr std::size_t kNonceBytes = 12;
constexpr std::size_t kTagBytes = 16;

__extension__ typedef unsigned __int128 U128;

template <typename T> void putLe(QByteArray& out, T value) {
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&le), sizeof le);
}

void putTag(QByteArray& out, const char* tag) {
    out.append(tag, static_cast<qsizetype>(std::strlen(tag)) + 1); // with its NUL
}

void putBytes(QByteArray& out, const Bytes32& b) {
    out.append(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

void putContext(QByteArray& out, const RoundContext& c) {
    const QByteArray id = c.federationId.toUtf8();
    putLe<std::uint32_t>(out, static_cast<std::uint32_t>(id.size()));
    out += id;
    putLe<std::uint64_t>(out, c.round);
}

Bytes32 digest(const QByteArray& bytes) {
    return Hash::of(bytes).bytes;
}

Status randomBytes(void* out, std::size_t size) {
    if (RAND_bytes(static_cast<unsigned char*>(out), static_cast<int>(size)) != 1)
        return fail(u"OpenSSL's random generator failed"_s);
    return {};
}

// --- GF(2^61 - 1) ---
std::uint64_t addMod(std::uint64_t a, std::uint64_t b) {
    std::uint64_t r = a + b; // < 2^62: no overflow
    return r >= kFieldPrime ? r - kFieldPrime : r;
}
std::uint64_t subMod(std::uint64_t a, std::uint64_t b) {
    return a >= b ? a - b : a + kFieldPrime - b;
}
std::uint64_t mulMod(std::uint64_t a, std::uint64_t b) {
    const U128 p = static_cast<U128>(a) * b; // < 2^122
    std::uint64_t r =
        static_cast<std::uint64_t>(p & kFieldPrime) + static_cast<std::uint64_t>(p >> 61);
    return r >= kFieldPrime ? r - kFieldPrime : r;
}
std::uint64_t powMod(std::uint64_t a, std::uint64_t e) {
    std::uint64_t r = 1;
    while (e) {
        if (e & 1)
            r = mulMod(r, a);
        a = mulMod(a, a);
        e >>= 1;
    }
    return r;
}
std::uint64_t invMod(std::uint64_t a) {
    return powMod(a, kFieldPrime - 2); // Fermat; a != 0
}

Result<std::uint64_t> randomFieldElement() {
    for (;;) {
        std::uint64_t v = 0;
        if (Status s = randomBytes(&v, sizeof v); !s)
            return s.takeError();
        v &= kFieldPrime; // 61 low bits; rejection keeps the draw uniform
        if (v < kFieldPrime)
            return v;
    }
}

QByteArray serializeShare(const Share& s) {
    QByteArray out;
    putLe<std::uint32_t>(out, s.x);
    putLe<std::uint32_t>(out, static_cast<std::uint32_t>(s.y.size()));
    for (std::uint64_t y : s.y)
        putLe<std::uint64_t>(out, y);
    return out;
}

bool parseShare(QByteArrayView bytes, std::size_t& pos, Share& s) {
    auto take = [&](auto& v) {
        if (static_cast<std::size_t>(bytes.size()) - pos < sizeof v)
            return false;
        std::memcpy(&v, bytes.data() + pos, sizeof v);
        v = qFromLittleEndian(v);
        pos += sizeof v;
        return true;
    };
    std::uint32_t count = 0;
    if (!take(s.x) || !take(count) || count > 64)
        return false;
    s.y.resize(count);
    for (auto& y : s.y)
        if (!take(y) || y >= kFieldPrime)
            return false;
    return true;
}

Bytes32 shareKey(const RoundContext& context, const Bytes32& shared, std::uint32_t a,
                 std::uint32_t b) {
    QByteArray in;
    putTag(in, kShareTag);
    putBytes(in, shared);
    putContext(in, context);
    putLe<std::uint32_t>(in, std::min(a, b));
    putLe<std::uint32_t>(in, std::max(a, b));
    return digest(in);
}

QByteArray shareAad(const RoundContext& context, std::uint32_t from, std::uint32_t to) {
    QByteArray aad;
    putTag(aad, kShareTag);
    putContext(aad, context);
    putLe<std::uint32_t>(aad, from);
    putLe<std::uint32_t>(aad, to);
    return aad;
}

struct CipherCtx {
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    ~CipherCtx() { EVP_CIPHER_CTX_free(ctx); }
    CipherCtx() = default;
    CipherCtx(const CipherCtx&) = delete;
    CipherCtx& operator=(const CipherCtx&) = delete;
};

Result<QByteArray> seal(const Bytes32& key, const QByteArray& aad, const QByteArray& plain) {
    QByteArray out(
        static_cast<qsizetype>(kNonceBytes + static_cast<std::size_t>(plain.size()) + kTagBytes),
        Qt::Uninitialized);
    auto* o = reinterpret_cast<unsigned char*>(out.data());
    if (Status s = randomBytes(o, kNonceBytes); !s)
        return s.takeError();
    CipherCtx c;
    int len = 0;
    if (!c.ctx || EVP_EncryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, key.data(), o) != 1 ||
        EVP_EncryptUpdate(c.ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
                          static_cast<int>(aad.size())) != 1 ||
        EVP_EncryptUpdate(c.ctx, o + kNonceBytes, &len,
                          reinterpret_cast<const unsigned char*>(plain.data()),
                          static_cast<int>(plain.size())) != 1 ||
        EVP_EncryptFinal_ex(c.ctx, o + kNonceBytes + len, &len) != 1 ||
        EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagBytes),
                            o + kNonceBytes + plain.size()) != 1)
        return fail(u"AES-256-GCM encryption of a share failed"_s);
    return out;
}

Result<QByteArray> open(const Bytes32& key, const QByteArray& aad, const QByteArray& sealed) {
    if (static_cast<std::size_t>(sealed.size()) < kNonceBytes + kTagBytes)
        return fail(u"an encrypted share is truncated"_s);
    const auto* in = reinterpret_cast<const unsigned char*>(sealed.data());
    const int bodyLength =
        static_cast<int>(static_cast<std::size_t>(sealed.size()) - kNonceBytes - kTagBytes);
    QByteArray plain(bodyLength, Qt::Uninitialized);
    std::array<unsigned char, kTagBytes> tag{};
    std::memcpy(tag.data(), in + kNonceBytes + bodyLength, kTagBytes);
    CipherCtx c;
    int len = 0;
    if (!c.ctx || EVP_DecryptInit_ex(c.ctx, EVP_aes_256_gcm(), nullptr, key.data(), in) != 1 ||
        EVP_DecryptUpdate(c.ctx, nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
                          static_cast<int>(aad.size())) != 1 ||
        EVP_DecryptUpdate(c.ctx, reinterpret_cast<unsigned char*>(plain.data()), &len,
                          in + kNonceBytes, bodyLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(c.ctx, EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagBytes), tag.data()) !=
            1 ||
        EVP_DecryptFinal_ex(c.ctx, reinterpret_cast<unsigned char*>(plain.data()) + len, &len) != 1)
        return fail(u"an encrypted share does not authenticate (wrong key or altered)"_s);
    return plain;
}

Bytes32 toBytes32(QByteArrayView b) {
    Bytes32 out{};
    std::memcpy(out.data(), b.data(),
                std::min<std::size_t>(32, static_cast<std::size_t>(b.size())));
    return out;
}

QByteArrayView view(const Bytes32& b) {
    return QByteArrayView(reinterpret_cast<const char*>(b.data()),
                          static_cast<qsizetype>(b.size()));
}

//! Removes the self masks of the survivors and the pairwise masks the survivors made with the
//! dropped nodes from `sum`. Shared by the server and by replay, so both do the same arithmetic.
Status removeMasks(const RoundContext& context, std::span<const ParticipantRecord> participants,
                   std::span<std::uint64_t> sum) {
    for (const ParticipantRecord& p : participants) {
        if (!p.dropped) {
            if (Status s = applyMask(sum, p.revealed, /*subtract=*/true); !s)
                return s;
            continue;
        }
        auto key = AgreementKey::fromPrivateBytes(p.revealed);
        if (!key)
            return key.takeError();
        if (key->publicKey() != p.maskKey)
            return fail(u"the mask key rebuilt for participant %1 does not match the key it "
                        "advertised"_s.arg(p.id));
        for (const ParticipantRecord& v : participants) {
            if (v.dropped)
                continue;
            auto shared = key->agree(v.maskKey);
            if (!shared)
                return shared.takeError();
            // Survivor v added +PRG(s_vu) when v < u and -PRG(s_vu) when v > u; undo that.
            if (Status s = applyMask(sum, pairwiseSeed(context, *shared, v.id, p.id), v.id < p.id);
                !s)
                return s;
        }
    }
    return {};
}

} // namespace

// --- fixed point ---

double maxEncodableMagnitude(int fractionalBits, std::size_t participants) {
    // n values each below 2^62 / n in ring units sum to below 2^62 < 2^63 even after rounding
    // (each rounding adds at most 1/2 unit), so the signed sum never wraps.
    return std::ldexp(1.0, 62 - fractionalBits) /
           static_cast<double>(std::max<std::size_t>(1, participants));
}

Result<std::vector<std::uint64_t>> encodeFixedPoint(std::span<const float> values, double weight,
                                                    int fractionalBits, std::size_t participants) {
    if (fractionalBits < kMinFractionalBits || fractionalBits > kMaxFractionalBits)
        return fail(u"fixed_point_bits %1 is outside %2..%3"_s.arg(fractionalBits)
                        .arg(kMinFractionalBits)
                        .arg(kMaxFractionalBits));
    if (!std::isfinite(weight) || weight <= 0.0)
        return fail(u"the weight %1 is not a positive number"_s.arg(weight));
    const double bound = maxEncodableMagnitude(fractionalBits, participants);
    const double scale = std::ldexp(1.0, fractionalBits);
    std::vector<std::uint64_t> out(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double x = weight * static_cast<double>(values[i]);
        if (!std::isfinite(x))
            return fail(u"value %1 is not finite"_s.arg(i));
        if (std::fabs(x) >= bound)
            return fail(u"value %1 times the weight (%2) exceeds the fixed-point bound %3 for %4 "
                        "participants with %5 fractional bits"_s.arg(i)
                            .arg(x)
                            .arg(bound)
                            .arg(participants)
                            .arg(fractionalBits));
        out[i] = static_cast<std::uint64_t>(static_cast<std::int64_t>(std::llround(x * scale)));
    }
    return out;
}

std::vector<double> decodeFixedPoint(std::span<const std::uint64_t> sum, int fractionalBits,
                                     double divisor) {
    const double scale = std::ldexp(1.0, fractionalBits) * divisor;
    std::vector<double> out(sum.size());
    for (std::size_t i = 0; i < sum.size(); ++i)
        out[i] = static_cast<double>(static_cast<std::int64_t>(sum[i])) / scale;
    return out;
}

std::vector<float> meanFromSum(std::span<const std::uint64_t> sum, int fractionalBits,
                               std::uint64_t totalWeight) {
    const auto mean = decodeFixedPoint(
        sum, fractionalBits, static_cast<double>(std::max<std::uint64_t>(1, totalWeight)));
    return std::vector<float>(mean.begin(), mean.end());
}

std::uint32_t roundThreshold(double threshold, std::size_t participants) {
    const double t = threshold <= 1.0
                         ? std::ceil(threshold * static_cast<double>(participants) - 1e-9)
                         : threshold;
    return static_cast<std::uint32_t>(std::max(2.0, t));
}

// --- PRG ---

Status applyMask(std::span<std::uint64_t> values, const Bytes32& seed, bool subtract) {
    static const std::array<unsigned char, 16> iv{};
    CipherCtx c;
    if (!c.ctx ||
        EVP_EncryptInit_ex(c.ctx, EVP_aes_256_ctr(), nullptr, seed.data(), iv.data()) != 1)
        return fail(u"AES-256-CTR could not be set up"_s);
    constexpr std::size_t kBlock = 4096; // ring elements per EVP call: stays in L1/L2
    static const std::array<std::uint64_t, kBlock> zeros{};
    std::array<std::uint64_t, kBlock> stream{};
    for (std::size_t begin = 0; begin < values.size(); begin += kBlock) {
        const std::size_t n = std::min(kBlock, values.size() - begin);
        int len = 0;
        if (EVP_EncryptUpdate(c.ctx, reinterpret_cast<unsigned char*>(stream.data()), &len,
                              reinterpret_cast<const unsigned char*>(zeros.data()),
                              static_cast<int>(n * 8)) != 1)
            return fail(u"AES-256-CTR failed"_s);
        std::uint64_t* v = values.data() + begin;
        if (subtract)
            for (std::size_t i = 0; i < n; ++i)
                v[i] -= qFromLittleEndian(stream[i]);
        else
            for (std::size_t i = 0; i < n; ++i)
                v[i] += qFromLittleEndian(stream[i]);
    }
    return {};
}

// --- X25519 ---

struct AgreementKey::State {
    EVP_PKEY* key = nullptr;
    Bytes32 publicKey{};
    ~State() { EVP_PKEY_free(key); }
};

AgreementKey::AgreementKey() = default;
AgreementKey::~AgreementKey() = default;
AgreementKey::AgreementKey(const AgreementKey&) = default;
AgreementKey& AgreementKey::operator=(const AgreementKey&) = default;
AgreementKey::AgreementKey(AgreementKey&&) noexcept = default;
AgreementKey& AgreementKey::operator=(AgreementKey&&) noexcept = default;

Result<AgreementKey> AgreementKey::generate() {
    Bytes32 secret{};
    if (Status s = randomBytes(secret.data(), secret.size()); !s)
        return s.takeError();
    return fromPrivateBytes(secret);
}

Result<AgreementKey> AgreementKey::fromPrivateBytes(const Bytes32& secret) {
    auto state = std::make_shared<State>();
    state->key =
        EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, secret.data(), secret.size());
    std::size_t length = state->publicKey.size();
    if (!state->key ||
        EVP_PKEY_get_raw_public_key(state->key, state->publicKey.data(), &length) != 1 ||
        length != 32)
        return fail(u"OpenSSL could not make an X25519 key"_s);
    AgreementKey k;
    k.m_state = std::move(state);
    return k;
}

const Bytes32& AgreementKey::publicKey() const {
    static const Bytes32 none{};
    return m_state ? m_state->publicKey : none;
}

Bytes32 AgreementKey::privateBytes() const {
    Bytes32 out{};
    std::size_t length = out.size();
    if (m_state)
        EVP_PKEY_get_raw_private_key(m_state->key, out.data(), &length);
    return out;
}

Result<Bytes32> AgreementKey::agree(const Bytes32& peer) const {
    if (!m_state)
        return fail(u"no X25519 key"_s);
    EVP_PKEY* peerKey =
        EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, peer.data(), peer.size());
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(m_state->key, nullptr);
    Bytes32 out{};
    std::size_t length = out.size();
    // OpenSSL refuses a peer key that yields the all-zero secret (a low-order point).
    const bool ok = peerKey && ctx && EVP_PKEY_derive_init(ctx) == 1 &&
                    EVP_PKEY_derive_set_peer(ctx, peerKey) == 1 &&
                    EVP_PKEY_derive(ctx, out.data(), &length) == 1 && length == 32;
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(peerKey);
    if (!ok)
        return fail(u"X25519 key agreement failed (an invalid public key?)"_s);
    return out;
}

// --- Shamir ---

Result<std::vector<Share>> shamirSplit(QByteArrayView secret, std::uint32_t threshold,
                                       std::uint32_t shares) {
    std::vector<std::uint32_t> points(shares);
    for (std::uint32_t i = 0; i < shares; ++i)
        points[i] = i + 1;
    return shamirSplitAt(secret, threshold, points);
}

Result<std::vector<Share>> shamirSplitAt(QByteArrayView secret, std::uint32_t threshold,
                                         std::span<const std::uint32_t> points) {
    const auto shares = static_cast<std::uint32_t>(points.size());
    if (threshold < 1 || threshold > shares)
        return fail(u"a threshold of %1 of %2 shares is impossible"_s.arg(threshold).arg(shares));
    if (std::set<std::uint32_t>(points.begin(), points.end()).size() != points.size() ||
        std::find(points.begin(), points.end(), 0u) != points.end())
        return fail(u"Shamir evaluation points must be distinct and non-zero"_s);
    const std::size_t chunks =
        (static_cast<std::size_t>(secret.size()) + kChunkBytes - 1) / kChunkBytes;
    std::vector<Share> out(shares);
    for (std::uint32_t i = 0; i < shares; ++i) {
        out[i].x = points[i];
        out[i].y.assign(chunks, 0);
    }
    std::vector<std::uint64_t> coefficients(threshold);
    for (std::size_t c = 0; c < chunks; ++c) {
        std::uint64_t value = 0;
        const std::size_t begin = c * kChunkBytes;
        const std::size_t end =
            std::min(begin + kChunkBytes, static_cast<std::size_t>(secret.size()));
        for (std::size_t b = begin; b < end; ++b)
            value |= std::uint64_t{static_cast<std::uint8_t>(secret[static_cast<qsizetype>(b)])}
                     << (8 * (b - begin));
        coefficients[0] = value;
        for (std::uint32_t k = 1; k < threshold; ++k) {
            auto r = randomFieldElement();
            if (!r)
                return r.takeError();
            coefficients[k] = *r;
        }
        for (Share& s : out) { // Horner
            std::uint64_t y = 0;
            for (std::uint32_t k = threshold; k-- > 0;)
                y = addMod(mulMod(y, s.x), coefficients[k]);
            s.y[c] = y;
        }
    }
    std::fill(coefficients.begin(), coefficients.end(), 0);
    return out;
}

Result<QByteArray> shamirCombine(std::span<const Share> shares, std::uint32_t threshold,
                                 std::size_t secretBytes) {
    if (threshold < 1 || shares.size() < threshold)
        return fail(u"%1 shares cannot rebuild a secret shared %2-of-n"_s.arg(shares.size())
                        .arg(threshold));
    const std::size_t chunks = (secretBytes + kChunkBytes - 1) / kChunkBytes;
    const auto used = shares.first(threshold);
    std::set<std::uint32_t> points;
    for (const Share& s : used) {
        if (s.x == 0 || s.y.size() != chunks || !points.insert(s.x).second)
            return fail(u"the shares are malformed or repeat a point"_s);
    }
    // Lagrange basis at 0: l_i = prod_{j != i} x_j / (x_j - x_i).
    std::vector<std::uint64_t> basis(used.size());
    for (std::size_t i = 0; i < used.size(); ++i) {
        std::uint64_t num = 1;
        std::uint64_t den = 1;
        for (std::size_t j = 0; j < used.size(); ++j) {
            if (i == j)
                continue;
            num = mulMod(num, used[j].x);
            den = mulMod(den, subMod(used[j].x, used[i].x));
        }
        basis[i] = mulMod(num, invMod(den));
    }
    QByteArray secret(static_cast<qsizetype>(secretBytes), '\0');
    for (std::size_t c = 0; c < chunks; ++c) {
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < used.size(); ++i)
            value = addMod(value, mulMod(basis[i], used[i].y[c]));
        const std::size_t begin = c * kChunkBytes;
        const std::size_t width = std::min(kChunkBytes, secretBytes - begin);
        if (value >> (8 * width))
            return fail(u"the shares are inconsistent (they do not rebuild a %1-byte secret)"_s.arg(
                secretBytes));
        for (std::size_t b = 0; b < width; ++b)
            secret[static_cast<qsizetype>(begin + b)] =
                static_cast<char>((value >> (8 * b)) & 0xFF);
    }
    return secret;
}

// --- messages ---

QByteArray keysMessage(const RoundContext& context, const AdvertisedKeys& keys) {
    QByteArray out;
    putTag(out, kKeysTag);
    putContext(out, context);
    putLe<std::uint32_t>(out, keys.id);
    putBytes(out, keys.encryptionKey);
    putBytes(out, keys.maskKey);
    return out;
}

QByteArray encodeMaskedInput(std::span<const std::uint64_t> masked) {
    QByteArray out(static_cast<qsizetype>(masked.size() * 8), Qt::Uninitialized);
    auto* p = reinterpret_cast<std::uint64_t*>(out.data());
    for (std::size_t i = 0; i < masked.size(); ++i)
        p[i] = qToLittleEndian(masked[i]);
    return out;
}

Result<std::vector<std::uint64_t>> decodeMaskedInput(QByteArrayView bytes) {
    if (bytes.size() % 8 != 0)
        return fail(u"a masked update of %1 bytes is not a whole number of 64-bit elements"_s.arg(
            bytes.size()));
    std::vector<std::uint64_t> out(static_cast<std::size_t>(bytes.size()) / 8);
    std::memcpy(out.data(), bytes.data(), static_cast<std::size_t>(bytes.size()));
    for (auto& v : out)
        v = qFromLittleEndian(v);
    return out;
}

Bytes32 pairwiseSeed(const RoundContext& context, const Bytes32& sharedSecret, std::uint32_t a,
                     std::uint32_t b) {
    QByteArray in;
    putTag(in, kMaskTag);
    putBytes(in, sharedSecret);
    putContext(in, context);
    putLe<std::uint32_t>(in, std::min(a, b));
    putLe<std::uint32_t>(in, std::max(a, b));
    return digest(in);
}

// --- client ---

struct Client::State {
    RoundContext context;
    Params params;
    std::uint32_t id = 0;
    enum class Step { Start, Advertised, Shared, Masked, Unmasked } step = Step::Start;
    AgreementKey encryption;
    AgreementKey mask;
    Bytes32 selfSeed{};
    std::map<std::uint32_t, AdvertisedKeys> peers; //!< every advertised participant, self too
    std::set<std::uint32_t> sharedWithMe;          //!< U2 as this client saw it (self included)
    std::map<std::uint32_t, Share> selfShares;     //!< my share of each participant's b_u
    std::map<std::uint32_t, Share> keyShares;      //!< my share of each participant's s_u

    ~State() { selfSeed.fill(0); }
};

Client::Client(RoundContext context, Params params, std::uint32_t id)
    : d(std::make_unique<State>()) {
    d->context = std::move(context);
    d->params = params;
    d->id = id;
}
Client::~Client() = default;
Client::Client(Client&&) noexcept = default;
Client& Client::operator=(Client&&) noexcept = default;

std::uint32_t Client::id() const {
    return d->id;
}

Result<AdvertisedKeys> Client::advertise() {
    if (d->step != State::Step::Start)
        return fail(u"secure aggregation: keys were already advertised"_s);
    auto c = AgreementKey::generate();
    auto s = AgreementKey::generate();
    if (!c)
        return c.takeError();
    if (!s)
        return s.takeError();
    d->encryption = std::move(*c);
    d->mask = std::move(*s);
    d->step = State::Step::Advertised;
    AdvertisedKeys keys;
    keys.id = d->id;
    keys.encryptionKey = d->encryption.publicKey();
    keys.maskKey = d->mask.publicKey();
    return keys;
}

Result<std::vector<EncryptedShare>>
Client::shareKeys(std::span<const AdvertisedKeys> participants) {
    if (d->step != State::Step::Advertised)
        return fail(u"secure aggregation: shareKeys() out of order"_s);
    d->peers.clear();
    for (const AdvertisedKeys& k : participants) {
        if (!d->peers.emplace(k.id, k).second)
            return fail(u"secure aggregation: participant %1 is listed twice"_s.arg(k.id));
        // Two participants with one key would make masks cancel that must not (Bonawitz 4.1).
        for (const auto& [id, other] : d->peers)
            if (id != k.id &&
                (other.maskKey == k.maskKey || other.encryptionKey == k.encryptionKey))
                return fail(
                    u"secure aggregation: participants %1 and %2 advertise the same key"_s.arg(id)
                        .arg(k.id));
    }
    auto self = d->peers.find(d->id);
    if (self == d->peers.end() || self->second.maskKey != d->mask.publicKey() ||
        self->second.encryptionKey != d->encryption.publicKey())
        return fail(u"secure aggregation: the key list does not hold this participant's keys"_s);
    const auto n = static_cast<std::uint32_t>(d->peers.size());
    if (n < d->params.threshold)
        return fail(
            u"secure aggregation: %1 participants are fewer than the threshold %2"_s.arg(n).arg(
                d->params.threshold));
    if (Status s = randomBytes(d->selfSeed.data(), d->selfSeed.size()); !s)
        return s.takeError();
    const Bytes32 maskSecret = d->mask.privateBytes();
    // Shares are evaluated at x = id + 1, so every participant's point is fixed by its id.
    std::vector<std::uint32_t> points;
    for (const auto& [id, peer] : d->peers)
        points.push_back(id + 1);
    auto selfShares = shamirSplitAt(view(d->selfSeed), d->params.threshold, points);
    auto keyShares = shamirSplitAt(view(maskSecret), d->params.threshold, points);
    if (!selfShares)
        return selfShares.takeError();
    if (!keyShares)
        return keyShares.takeError();
    std::vector<EncryptedShare> out;
    std::size_t k = 0;
    for (const auto& [id, peer] : d->peers) {
        const Share& b = (*selfShares)[k];
        const Share& s = (*keyShares)[k];
        ++k;
        if (id == d->id) {
            d->selfShares[id] = b;
            d->keyShares[id] = s;
            continue;
        }
        auto shared = d->encryption.agree(peer.encryptionKey);
        if (!shared)
            return fail(u"secure aggregation: participant %1: %2"_s.arg(id).arg(shared.error()));
        QByteArray plain;
        putLe<std::uint32_t>(plain, d->id);
        putLe<std::uint32_t>(plain, id);
        plain += serializeShare(b);
        plain += serializeShare(s);
        auto sealed =
            seal(shareKey(d->context, *shared, d->id, id), shareAad(d->context, d->id, id), plain);
        if (!sealed)
            return sealed.takeError();
        out.push_back({d->id, id, std::move(*sealed)});
    }
    d->step = State::Step::Shared;
    return out;
}

Result<MaskedInput> Client::maskInput(std::span<const std::uint64_t> encoded, std::uint64_t weight,
                                      std::span<const EncryptedShare> received) {
    if (d->step != State::Step::Shared)
        return fail(u"secure aggregation: maskInput() out of order"_s);
    d->sharedWithMe = {d->id};
    for (const EncryptedShare& e : received) {
        auto peer = d->peers.find(e.from);
        if (e.to != d->id || peer == d->peers.end() || e.from == d->id)
            return fail(
                u"secure aggregation: a share from %1 to %2 is misaddressed"_s.arg(e.from).arg(
                    e.to));
        auto shared = d->encryption.agree(peer->second.encryptionKey);
        if (!shared)
            return shared.takeError();
        auto plain = open(shareKey(d->context, *shared, e.from, d->id),
                          shareAad(d->context, e.from, d->id), e.ciphertext);
        if (!plain)
            return fail(
                u"secure aggregation: the share from %1: %2"_s.arg(e.from).arg(plain.error()));
        std::size_t pos = 8;
        Share b;
        Share s;
        std::uint32_t from = 0;
        std::uint32_t to = 0;
        if (plain->size() >= 8) {
            std::memcpy(&from, plain->data(), 4);
            std::memcpy(&to, plain->data() + 4, 4);
        }
        if (qFromLittleEndian(from) != e.from || qFromLittleEndian(to) != d->id ||
            !parseShare(*plain, pos, b) || !parseShare(*plain, pos, s) ||
            pos != static_cast<std::size_t>(plain->size()) || b.x != d->id + 1 || s.x != d->id + 1)
            return fail(u"secure aggregation: the share from %1 is malformed"_s.arg(e.from));
        if (!d->sharedWithMe.insert(e.from).second)
            return fail(u"secure aggregation: two shares from %1"_s.arg(e.from));
        d->selfShares[e.from] = std::move(b);
        d->keyShares[e.from] = std::move(s);
    }
    if (d->sharedWithMe.size() < d->params.threshold)
        return fail(u"secure aggregation: only %1 participants shared keys, fewer than the "
                    "threshold %2"_s.arg(d->sharedWithMe.size())
                        .arg(d->params.threshold));
    MaskedInput out;
    out.id = d->id;
    out.weight = weight;
    out.masked.assign(encoded.begin(), encoded.end());
    if (Status s = applyMask(out.masked, d->selfSeed, false); !s)
        return s.takeError();
    for (std::uint32_t v : d->sharedWithMe) {
        if (v == d->id)
            continue;
        auto shared = d->mask.agree(d->peers[v].maskKey);
        if (!shared)
            return shared.takeError();
        // +PRG(s_uv) towards higher ids, -PRG towards lower: the two cancel in the sum.
        if (Status s =
                applyMask(out.masked, pairwiseSeed(d->context, *shared, d->id, v), v < d->id);
            !s)
            return s.takeError();
    }
    d->step = State::Step::Masked;
    return out;
}

Result<UnmaskingResponse> Client::unmask(const UnmaskingRequest& request) {
    if (d->step != State::Step::Masked)
        return fail(u"secure aggregation: unmask() out of order"_s);
    std::set<std::uint32_t> survivors(request.survivors.begin(), request.survivors.end());
    std::set<std::uint32_t> dropped(request.dropped.begin(), request.dropped.end());
    // Revealing both b_u and s_u of one participant would unmask its input: refuse any request
    // that could make this participant do so, in this call or with what it already answered.
    for (std::uint32_t u : dropped)
        if (survivors.count(u))
            return fail(u"secure aggregation: participant %1 is listed as both survivor and "
                        "dropped"_s.arg(u));
    if (!survivors.count(d->id))
        return fail(
            u"secure aggregation: the request does not list this participant as a survivor"_s);
    if (survivors.size() < d->params.threshold)
        return fail(u"secure aggregation: %1 survivors are fewer than the threshold %2"_s
                        .arg(survivors.size())
                        .arg(d->params.threshold));
    std::set<std::uint32_t> all = survivors;
    all.insert(dropped.begin(), dropped.end());
    if (all != d->sharedWithMe)
        return fail(u"secure aggregation: the request's participants differ from those that "
                    "shared keys with this participant"_s);
    UnmaskingResponse out;
    out.from = d->id;
    for (std::uint32_t u : survivors)
        out.selfMaskShares[u] = d->selfShares[u];
    for (std::uint32_t u : dropped)
        out.maskKeyShares[u] = d->keyShares[u];
    d->step = State::Step::Unmasked;
    return out;
}

// --- server ---

struct Server::State {
    RoundContext context;
    Params params;
    std::size_t parameters = 0;
    std::map<std::uint32_t, AdvertisedKeys> keys;                //!< U1
    std::map<std::uint32_t, std::vector<EncryptedShare>> shares; //!< U2, by sender
    std::map<std::uint32_t, std::uint64_t> weights;              //!< U3
    std::vector<std::uint64_t> sum;
    std::map<std::uint32_t, UnmaskingResponse> responses; //!< U4
    bool requested = false;
    std::vector<std::uint32_t> survivors;
    std::vector<std::uint32_t> dropped;
};

Server::Server(RoundContext context, Params params, std::size_t parameters)
    : d(std::make_unique<State>()) {
    d->context = std::move(context);
    d->params = params;
    d->parameters = parameters;
    d->sum.assign(parameters, 0);
}
Server::~Server() = default;
Server::Server(Server&&) noexcept = default;
Server& Server::operator=(Server&&) noexcept = default;

Status Server::receiveKeys(const AdvertisedKeys& keys) {
    if (!d->shares.empty())
        return fail(u"secure aggregation: keys from %1 arrived after sharing began"_s.arg(keys.id));
    if (!d->keys.emplace(keys.id, keys).second)
        return fail(u"secure aggregation: participant %1 advertised keys twice"_s.arg(keys.id));
    return {};
}

Result<std::vector<AdvertisedKeys>> Server::keyList() const {
    if (d->keys.size() < d->params.threshold)
        return fail(u"secure aggregation needs at least %1 participants; %2 advertised keys"_s
                        .arg(d->params.threshold)
                        .arg(d->keys.size()));
    std::vector<AdvertisedKeys> out;
    for (const auto& [id, k] : d->keys)
        out.push_back(k);
    return out;
}

Status Server::receiveShares(std::uint32_t from, std::span<const EncryptedShare> shares) {
    if (!d->keys.count(from))
        return fail(u"secure aggregation: shares from %1, which advertised no keys"_s.arg(from));
    if (d->shares.count(from))
        return fail(u"secure aggregation: participant %1 shared twice"_s.arg(from));
    // Exactly one share for every other participant: a share left out would make the recipient
    // mask with fewer peers than the unmasking request names, and the round could not finish.
    std::set<std::uint32_t> recipients;
    for (const EncryptedShare& e : shares) {
        if (e.from != from || !d->keys.count(e.to) || e.to == from)
            return fail(u"secure aggregation: participant %1 sent a misaddressed share (from %2 "
                        "to %3)"_s.arg(from)
                            .arg(e.from)
                            .arg(e.to));
        if (!recipients.insert(e.to).second)
            return fail(
                u"secure aggregation: participant %1 sent two shares for %2"_s.arg(from).arg(e.to));
    }
    if (recipients.size() + 1 != d->keys.size())
        return fail(u"secure aggregation: participant %1 sent shares for %2 of the %3 other "
                    "participants"_s.arg(from)
                        .arg(recipients.size())
                        .arg(d->keys.size() - 1));
    d->shares[from].assign(shares.begin(), shares.end());
    return {};
}

std::vector<EncryptedShare> Server::sharesFor(std::uint32_t to) const {
    std::vector<EncryptedShare> out;
    for (const auto& [from, list] : d->shares)
        for (const EncryptedShare& e : list)
            if (e.to == to)
                out.push_back(e);
    return out;
}

Status Server::receiveMaskedInput(const MaskedInput& input) {
    if (d->requested)
        return fail(
            u"secure aggregation: the masked input of %1 arrived after unmasking began"_s.arg(
                input.id));
    if (!d->shares.count(input.id))
        return fail(
            u"secure aggregation: a masked input from %1, which shared no keys"_s.arg(input.id));
    if (d->weights.count(input.id))
        return fail(u"secure aggregation: participant %1 sent two masked inputs"_s.arg(input.id));
    if (input.masked.size() != d->parameters)
        return fail(u"the masked update has %1 values, the model has %2"_s.arg(input.masked.size())
                        .arg(d->parameters));
    if (input.weight == 0)
        return fail(u"the masked update carries no samples"_s);
    d->weights[input.id] = input.weight;
    for (std::size_t i = 0; i < d->parameters; ++i)
        d->sum[i] += input.masked[i]; // wraps in Z_{2^64}, as the ring does
    return {};
}

Result<UnmaskingRequest> Server::unmaskingRequest() const {
    if (d->weights.size() < d->params.threshold)
        return fail(u"secure aggregation: %1 masked updates arrived, the threshold is %2"_s
                        .arg(d->weights.size())
                        .arg(d->params.threshold));
    UnmaskingRequest r;
    for (const auto& [id, list] : d->shares) {
        (void)list;
        (d->weights.count(id) ? r.survivors : r.dropped).push_back(id);
    }
    return r;
}

Status Server::receiveUnmasking(const UnmaskingResponse& response) {
    auto request = unmaskingRequest();
    if (!request)
        return request.takeError();
    d->requested = true;
    if (!d->weights.count(response.from))
        return fail(u"secure aggregation: an unmasking answer from %1, which is no survivor"_s.arg(
            response.from));
    if (d->responses.count(response.from))
        return fail(u"secure aggregation: participant %1 answered twice"_s.arg(response.from));
    // The answer must cover exactly the request's two sets, each share at the answering node's
    // own point: anything else is a corrupt or hostile answer, and is not used.
    const std::size_t chunks = (kSecretBytes + kChunkBytes - 1) / kChunkBytes;
    auto matches = [&](const std::map<std::uint32_t, Share>& shares,
                       const std::vector<std::uint32_t>& owners) {
        if (shares.size() != owners.size())
            return false;
        for (std::uint32_t owner : owners) {
            const auto it = shares.find(owner);
            if (it == shares.end() || it->second.x != response.from + 1 ||
                it->second.y.size() != chunks)
                return false;
        }
        return true;
    };
    if (!matches(response.selfMaskShares, request->survivors))
        return fail(u"secure aggregation: the unmasking answer of %1 does not hold exactly one "
                    "self-mask share for each of the %2 survivors"_s.arg(response.from)
                        .arg(request->survivors.size()));
    if (!matches(response.maskKeyShares, request->dropped))
        return fail(u"secure aggregation: the unmasking answer of %1 does not hold exactly one "
                    "mask-key share for each of the %2 dropped participants"_s.arg(response.from)
                        .arg(request->dropped.size()));
    d->responses[response.from] = response;
    return {};
}

Result<AggregationResult> Server::finish() {
    auto request = unmaskingRequest();
    if (!request)
        return request.takeError();
    if (d->responses.size() < d->params.threshold)
        return fail(u"secure aggregation could not unmask: %1 of the %2 participants needed "
                    "answered (%3 shared keys, %4 sent masked updates)"_s.arg(d->responses.size())
                        .arg(d->params.threshold)
                        .arg(d->shares.size())
                        .arg(d->weights.size()));
    AggregationResult result;
    for (const auto& [id, list] : d->shares) {
        (void)list;
        const AdvertisedKeys& k = d->keys[id];
        ParticipantRecord p;
        p.id = id;
        p.encryptionKey = k.encryptionKey;
        p.maskKey = k.maskKey;
        p.keySignature = k.signature;
        p.dropped = !d->weights.count(id);
        std::vector<Share> shares;
        for (const auto& [from, response] : d->responses) {
            const auto& source = p.dropped ? response.maskKeyShares : response.selfMaskShares;
            auto it = source.find(id);
            if (it != source.end())
                shares.push_back(it->second);
        }
        auto secret = shamirCombine(shares, d->params.threshold, kSecretBytes);
        if (!secret)
            return fail(u"secure aggregation could not rebuild the %1 of participant %2: %3"_s.arg(
                p.dropped ? u"mask key"_s : u"self-mask seed"_s, QString::number(id),
                secret.error()));
        p.revealed = toBytes32(*secret);
        if (!p.dropped) {
            result.survivors.push_back(id);
            result.totalWeight += d->weights[id];
        }
        result.participants.push_back(std::move(p));
    }
    result.sum = d->sum;
    if (Status s = removeMasks(d->context, result.participants, result.sum); !s)
        return s.takeError();
    return result;
}

Result<std::vector<std::uint64_t>>
recomputeSum(const RoundContext& context, std::span<const ParticipantRecord> participants,
             std::span<const std::vector<std::uint64_t>> survivorInputs) {
    std::size_t survivors = 0;
    for (const ParticipantRecord& p : participants)
        survivors += p.dropped ? 0 : 1;
    if (survivors != survivorInputs.size())
        return fail(
            u"%1 masked updates for %2 survivors"_s.arg(survivorInputs.size()).arg(survivors));
    if (survivorInputs.empty())
        return std::vector<std::uint64_t>{};
    std::vector<std::uint64_t> sum(survivorInputs.front().size(), 0);
    for (const auto& input : survivorInputs) {
        if (input.size() != sum.size())
            return fail(u"the masked updates differ in length"_s);
        for (std::size_t i = 0; i < sum.size(); ++i)
            sum[i] += input[i];
    }
    if (Status s = removeMasks(context, participants, sum); !s)
        return s.takeError();
    return sum;
}

} // namespace fed::secagg
