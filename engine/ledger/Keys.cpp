#include "engine/ledger/Keys.h"

#include "engine/core/OpenSslError.h"

#include <cstring>
#include <openssl/err.h>
#include <openssl/evp.h>

using namespace Qt::StringLiterals;

namespace fed {
namespace {

template <std::size_t N> QByteArray bytesOf(const std::array<std::uint8_t, N>& a) {
    return QByteArray(reinterpret_cast<const char*>(a.data()), static_cast<qsizetype>(N));
}

template <std::size_t N> bool copyExact(QByteArrayView raw, std::array<std::uint8_t, N>& out) {
    if (raw.size() != static_cast<qsizetype>(N))
        return false;
    std::memcpy(out.data(), raw.data(), N);
    return true;
}

struct MdCtx {
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~MdCtx() { EVP_MD_CTX_free(ctx); }
    MdCtx() = default;
    MdCtx(const MdCtx&) = delete;
    MdCtx& operator=(const MdCtx&) = delete;
};

bool verifyWith(EVP_PKEY* key, QByteArrayView message, const Signature& signature) {
    if (!key)
        return false;
    MdCtx md;
    if (!md.ctx || EVP_DigestVerifyInit(md.ctx, nullptr, nullptr, nullptr, key) != 1) {
        ERR_clear_error();
        return false;
    }
    const int rc = EVP_DigestVerify(md.ctx, signature.bytes.data(), signature.bytes.size(),
                                    reinterpret_cast<const unsigned char*>(message.data()),
                                    static_cast<std::size_t>(message.size()));
    if (rc != 1)
        ERR_clear_error(); // a bad signature leaves an error on the thread's queue
    return rc == 1;
}

} // namespace

bool PublicKey::fromBytes(QByteArrayView raw, PublicKey& out) {
    return copyExact(raw, out.bytes);
}
QByteArray PublicKey::toByteArray() const {
    return bytesOf(bytes);
}
QString PublicKey::toHex() const {
    return QString::fromLatin1(toByteArray().toHex());
}

bool Signature::fromBytes(QByteArrayView raw, Signature& out) {
    return copyExact(raw, out.bytes);
}
QByteArray Signature::toByteArray() const {
    return bytesOf(bytes);
}
QString Signature::toHex() const {
    return QString::fromLatin1(toByteArray().toHex());
}

NodeId nodeIdOf(const PublicKey& key) {
    return Hash::of(QByteArrayView(reinterpret_cast<const char*>(key.bytes.data()),
                                   static_cast<qsizetype>(key.bytes.size())));
}

// ---------------------------------------------------------------------------------------------

struct SigningKey::State {
    EVP_PKEY* key = nullptr;
    PublicKey publicKey;
    ~State() { EVP_PKEY_free(key); }
    State() = default;
    State(const State&) = delete;
    State& operator=(const State&) = delete;

    Status fillPublic() {
        std::size_t length = publicKey.bytes.size();
        if (EVP_PKEY_get_raw_public_key(key, publicKey.bytes.data(), &length) != 1 ||
            length != publicKey.bytes.size())
            return fail(u"cannot read an Ed25519 public key: %1"_s.arg(opensslError()));
        return {};
    }
};

SigningKey::SigningKey() = default;
SigningKey::~SigningKey() = default;
SigningKey::SigningKey(const SigningKey&) = default;
SigningKey& SigningKey::operator=(const SigningKey&) = default;
SigningKey::SigningKey(SigningKey&&) noexcept = default;
SigningKey& SigningKey::operator=(SigningKey&&) noexcept = default;

Result<SigningKey> SigningKey::generate() {
    auto state = std::make_shared<State>();
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    const bool ok = ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_keygen(ctx, &state->key) == 1;
    EVP_PKEY_CTX_free(ctx);
    if (!ok)
        return fail(u"cannot generate an Ed25519 key: %1"_s.arg(opensslError()));
    if (Status s = state->fillPublic(); !s)
        return s.takeError();
    SigningKey k;
    k.m_state = std::move(state);
    return k;
}

Result<SigningKey> SigningKey::fromPrivateBytes(QByteArrayView seed) {
    if (seed.size() != 32)
        return fail(u"an Ed25519 private key is 32 bytes, got %1"_s.arg(seed.size()));
    auto state = std::make_shared<State>();
    state->key = EVP_PKEY_new_raw_private_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(seed.data()), 32);
    if (!state->key)
        return fail(u"cannot load an Ed25519 private key: %1"_s.arg(opensslError()));
    if (Status s = state->fillPublic(); !s)
        return s.takeError();
    SigningKey k;
    k.m_state = std::move(state);
    return k;
}

bool SigningKey::isNull() const {
    return !m_state;
}

const PublicKey& SigningKey::publicKey() const {
    static const PublicKey none;
    return m_state ? m_state->publicKey : none;
}

QByteArray SigningKey::privateBytes() const {
    if (!m_state)
        return {};
    QByteArray out(32, Qt::Uninitialized);
    std::size_t length = 32;
    if (EVP_PKEY_get_raw_private_key(m_state->key, reinterpret_cast<unsigned char*>(out.data()),
                                     &length) != 1 ||
        length != 32) {
        ERR_clear_error();
        return {};
    }
    return out;
}

Signature SigningKey::sign(QByteArrayView message) const {
    Signature signature;
    if (!m_state)
        return signature;
    MdCtx md;
    std::size_t length = signature.bytes.size();
    if (!md.ctx || EVP_DigestSignInit(md.ctx, nullptr, nullptr, nullptr, m_state->key) != 1 ||
        EVP_DigestSign(md.ctx, signature.bytes.data(), &length,
                       reinterpret_cast<const unsigned char*>(message.data()),
                       static_cast<std::size_t>(message.size())) != 1 ||
        length != signature.bytes.size()) {
        ERR_clear_error();
        signature.bytes.fill(0);
    }
    return signature;
}

// ---------------------------------------------------------------------------------------------

struct VerifyingKey::State {
    EVP_PKEY* key = nullptr;
    ~State() { EVP_PKEY_free(key); }
    State() = default;
    State(const State&) = delete;
    State& operator=(const State&) = delete;
};

VerifyingKey::VerifyingKey() = default;
VerifyingKey::~VerifyingKey() = default;
VerifyingKey::VerifyingKey(const VerifyingKey&) = default;
VerifyingKey& VerifyingKey::operator=(const VerifyingKey&) = default;
VerifyingKey::VerifyingKey(VerifyingKey&&) noexcept = default;
VerifyingKey& VerifyingKey::operator=(VerifyingKey&&) noexcept = default;

Result<VerifyingKey> VerifyingKey::fromPublicKey(const PublicKey& key) {
    auto state = std::make_shared<State>();
    state->key =
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, key.bytes.data(), key.bytes.size());
    if (!state->key)
        return fail(u"%1 is not an Ed25519 public key: %2"_s.arg(key.toHex(), opensslError()));
    VerifyingKey k;
    k.m_state = std::move(state);
    return k;
}

bool VerifyingKey::isNull() const {
    return !m_state;
}

bool VerifyingKey::verify(QByteArrayView message, const Signature& signature) const {
    return m_state && verifyWith(m_state->key, message, signature);
}

bool verifySignature(const PublicKey& key, QByteArrayView message, const Signature& signature) {
    auto k = VerifyingKey::fromPublicKey(key);
    return k && k->verify(message, signature);
}

} // namespace fed
