#pragma once
// Model parameters as one flat float vector plus its layout. This is the form that crosses
// threads, goes into the run file and is hashed by the ledger; LibTorch never appears here.

#include "engine/core/Hash.h"
#include "engine/core/Result.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <span>
#include <vector>

namespace fed {

struct TensorSpec {
    QString name; //!< e.g. "fc1.weight"
    std::vector<std::int64_t> shape;
    std::int64_t numel() const;
    bool operator==(const TensorSpec&) const = default;
};

//! The ordered tensors of a model; values are concatenated in this order.
struct ModelLayout {
    std::vector<TensorSpec> tensors;
    std::int64_t parameterCount() const;
    bool operator==(const ModelLayout&) const = default;
};

//! Canonical bytes of a weight vector (a model or an update): "FSW1", tensor count, each
//! tensor's name and shape, value count, then float32 little-endian values.
//! docs/ledger-format.md specifies it; the SHA-256 of these bytes is the model/update hash.
QByteArray encodeWeights(const ModelLayout& layout, std::span<const float> values);

struct DecodedWeights {
    ModelLayout layout;
    std::vector<float> values;
};
//! Parses canonical bytes, refusing anything malformed, truncated or oversized.
Result<DecodedWeights> decodeWeights(QByteArrayView bytes);

inline Hash hashWeights(const ModelLayout& layout, std::span<const float> values) {
    return Hash::of(encodeWeights(layout, values));
}

//! Euclidean norm, accumulated in double.
double l2Norm(std::span<const float> values);
//! True when every value is finite.
bool allFinite(std::span<const float> values);

} // namespace fed
