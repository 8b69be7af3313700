#include "engine/net/Protocol.h"

#include "federation.pb.h"

#include <string>

// grpcpp.h declares this, but including it would pull all of gRPC's C++ headers into this file
// for one function; the declaration is the library's own (grpcpp/grpcpp.h, gRPC 1.51).
namespace grpc {
std::string Version();
}

#include <algorithm>

namespace fed::net {

// The .proto is what other languages read; these constants must never drift from it.
static_assert(protocolVersion == fedstudio::net::v1::PROTOCOL_VERSION);
static_assert(maxChunkBytes == fedstudio::net::v1::MAX_CHUNK_BYTES);
static_assert(maxMessageBytes == fedstudio::net::v1::MAX_MESSAGE_BYTES);
static_assert(maxMetrics == fedstudio::net::v1::MAX_METRICS);

std::int64_t canonicalBytes(const ModelLayout& layout) {
    // "FSW1", tensor count, per tensor (name length, name, rank, dims), value count, values:
    // docs/ledger-format.md's weight encoding.
    std::int64_t bytes = 4 + 4 + 8;
    for (const TensorSpec& t : layout.tensors)
        bytes += 2 + t.name.toUtf8().size() + 1 + 8 * static_cast<std::int64_t>(t.shape.size());
    return bytes + 4 * layout.parameterCount();
}

std::uint32_t chunkCount(std::int64_t bytes) {
    return static_cast<std::uint32_t>(
        std::max<std::int64_t>(1, (bytes + maxChunkBytes - 1) / maxChunkBytes));
}

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, std::uint64_t seed)
    : m_base(base)
    , m_cap(cap)
    , m_state(seed | 1u) {}

std::chrono::milliseconds Backoff::next() {
    // xorshift64*: jitter needs no cryptographic quality, only independence between nodes.
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    const std::uint64_t r = m_state * 0x2545F4914F6CDD1DULL;
    const int shift = std::min(m_attempt, 20);
    ++m_attempt;
    const std::int64_t ceiling =
        std::min<std::int64_t>(m_cap.count(), m_base.count() * (std::int64_t{1} << shift));
    return std::chrono::milliseconds(
        static_cast<std::int64_t>(r % static_cast<std::uint64_t>(ceiling + 1)));
}

QString grpcVersion() {
    return QString::fromStdString(grpc::Version());
}

} // namespace fed::net
