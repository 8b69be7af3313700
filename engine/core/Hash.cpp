#include "engine/core/Hash.h"

#include <openssl/evp.h>
#include <stdexcept>

namespace fed {

struct Sha256::State {
    EVP_MD_CTX* ctx = nullptr;
};

Sha256::Sha256()
    : m_state(std::make_unique<State>()) {
    m_state->ctx = EVP_MD_CTX_new();
    if (!m_state->ctx || EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("OpenSSL could not initialise SHA-256");
}

Sha256::~Sha256() {
    EVP_MD_CTX_free(m_state->ctx);
}

void Sha256::add(QByteArrayView data) {
    add(data.data(), static_cast<std::size_t>(data.size()));
}

void Sha256::add(const void* data, std::size_t size) {
    if (size > 0)
        EVP_DigestUpdate(m_state->ctx, data, size);
}

Hash Sha256::finish() {
    Hash h;
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_state->ctx, h.bytes.data(), &length);
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr);
    return h;
}

Hash Hash::of(QByteArrayView data) {
    Sha256 sha;
    sha.add(data);
    return sha.finish();
}

bool Hash::fromHex(QStringView hex, Hash& out) {
    if (hex.size() != 64)
        return false;
    for (int i = 0; i < 32; ++i) {
        auto nibble = [](QChar c) -> int {
            const char16_t u = c.unicode();
            if (u >= u'0' && u <= u'9')
                return u - u'0';
            if (u >= u'a' && u <= u'f')
                return u - u'a' + 10;
            if (u >= u'A' && u <= u'F')
                return u - u'A' + 10;
            return -1;
        };
        const int hi = nibble(hex[2 * i]);
        const int lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out.bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return true;
}

QString Hash::toHex() const {
    return QString::fromLatin1(toByteArray().toHex());
}

QByteArray Hash::toByteArray() const {
    return QByteArray(reinterpret_cast<const char*>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()));
}

bool Hash::isZero() const {
    for (auto b : bytes)
        if (b != 0)
            return false;
    return true;
}

} // namespace fed
