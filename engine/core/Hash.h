#pragma once
// SHA-256 digests (OpenSSL) used for content addressing, model hashes and the ledger.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <array>
#include <cstdint>
#include <memory>

namespace fed {

//! A SHA-256 digest; compared and ordered bytewise, printed as lowercase hex.
struct Hash {
    std::array<std::uint8_t, 32> bytes{};

    static Hash of(QByteArrayView data);
    //! Parses 64 hex digits; returns nullopt-like false on anything else.
    static bool fromHex(QStringView hex, Hash& out);

    QString toHex() const;
    QByteArray toByteArray() const;
    bool isZero() const;

    auto operator<=>(const Hash&) const = default;
};

//! Incremental SHA-256 for data that arrives in pieces (blobs, canonical encodings).
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(QByteArrayView data);
    void add(const void* data, std::size_t size);
    Hash finish();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace fed
