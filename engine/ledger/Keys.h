#pragma once
// Ed25519 signing keys (OpenSSL) for the coordinator and every node. Keys are exchanged as
// raw 32-byte public keys; a node's id is the SHA-256 of its public key (docs/ledger-format.md).

#include "engine/core/Hash.h"
#include "engine/core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>
#include <cstdint>
#include <memory>

namespace fed {

//! A raw Ed25519 public key (RFC 8032 encoding).
struct PublicKey {
    std::array<std::uint8_t, 32> bytes{};

    static bool fromBytes(QByteArrayView raw, PublicKey& out);
    QByteArray toByteArray() const;
    QString toHex() const;
    auto operator<=>(const PublicKey&) const = default;
};

//! An Ed25519 signature (64 bytes).
struct Signature {
    std::array<std::uint8_t, 64> bytes{};

    static bool fromBytes(QByteArrayView raw, Signature& out);
    QByteArray toByteArray() const;
    QString toHex() const;
    auto operator<=>(const Signature&) const = default;
};

//! A node's identity: SHA-256 of its raw public key, printed as 64 lowercase hex digits.
using NodeId = Hash;
NodeId nodeIdOf(const PublicKey& key);

//! An Ed25519 private key. Copies share the same OpenSSL key object, which OpenSSL allows
//! several threads to sign with at once.
class SigningKey {
public:
    //! A fresh key from OpenSSL's CSPRNG; never derived from a spec seed, which is public.
    static Result<SigningKey> generate();
    //! The key whose RFC 8032 32-byte private seed is `seed`.
    static Result<SigningKey> fromPrivateBytes(QByteArrayView seed);

    SigningKey();
    ~SigningKey();
    SigningKey(const SigningKey&);
    SigningKey& operator=(const SigningKey&);
    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;

    bool isNull() const;
    const PublicKey& publicKey() const;
    NodeId nodeId() const { return nodeIdOf(publicKey()); }
    //! The 32-byte private seed, for the run file's `keys` table.
    QByteArray privateBytes() const;
    //! Signs `message` (Ed25519 hashes it itself; no pre-hashing). A null key signs nothing and
    //! returns an all-zero signature, which never verifies.
    Signature sign(QByteArrayView message) const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

//! A public key prepared for verifying many signatures (the ledger checks thousands per node).
class VerifyingKey {
public:
    VerifyingKey();
    //! Fails for bytes that are not a valid Ed25519 point.
    static Result<VerifyingKey> fromPublicKey(const PublicKey& key);
    ~VerifyingKey();
    VerifyingKey(const VerifyingKey&);
    VerifyingKey& operator=(const VerifyingKey&);
    VerifyingKey(VerifyingKey&&) noexcept;
    VerifyingKey& operator=(VerifyingKey&&) noexcept;

    bool isNull() const;
    bool verify(QByteArrayView message, const Signature& signature) const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

//! One-off verification; prefer VerifyingKey for repeated checks with one key.
bool verifySignature(const PublicKey& key, QByteArrayView message, const Signature& signature);

} // namespace fed
