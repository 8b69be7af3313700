#pragma once
// The node protocol's fixed numbers (engine/net/proto/federation.proto, docs/protocol.md),
// without gRPC: the values the .proto's Constants enum spells, checked against it at compile
// time in Protocol.cpp, plus the size rules both sides enforce.

#include "engine/core/Hash.h"
#include "engine/core/Result.h"
#include "engine/model/Weights.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <cstdint>

namespace fed::net {

constexpr std::uint32_t protocolVersion = 1;
//! Largest chunk of model or update bytes in one message.
constexpr std::int64_t maxChunkBytes = 1 << 20;
//! gRPC's cap on one message, either direction: a chunk and its envelope.
constexpr int maxMessageBytes = 2 << 20;
//! Largest metric or energy list in one message.
constexpr int maxMetrics = 64;
//! The kit format this build reads (kit.json "format").
constexpr std::uint32_t kitFormat = 1;

//! Exact size of the canonical weight bytes (encodeWeights) of a model with `layout`: the most
//! either side accepts for a model or an update.
std::int64_t canonicalBytes(const ModelLayout& layout);
//! How many chunks `bytes` travel in.
std::uint32_t chunkCount(std::int64_t bytes);

//! The version of the gRPC C++ library this binary runs with, e.g. "1.51.1".
QString grpcVersion();

//! Exponential backoff with full jitter (AWS architecture blog's "full jitter"): the n-th retry
//! waits a uniform time in [0, min(cap, base * 2^n)], so that nodes cut off together do not
//! return together.
class Backoff {
public:
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, std::uint64_t seed);
    std::chrono::milliseconds next();
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    std::uint64_t m_state;
    int m_attempt = 0;
};

} // namespace fed::net
