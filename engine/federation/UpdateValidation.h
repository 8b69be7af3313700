#pragma once
// The checks every update passes before it may be aggregated (docs/strategies.md#validation):
// its shape and element type against the model, finite values, and the configured L2 norm
// bound. A failed check makes the update a rejected incident with the reason returned here.

#include "engine/model/Weights.h"
#include "engine/spec/FederationSpec.h"

#include <QByteArrayView>
#include <optional>
#include <span>

namespace fed {

//! Why `delta` may not be aggregated into a model of `layout`, or nothing when it may.
std::optional<QString> updateProblem(const ModelLayout& layout, std::span<const float> delta,
                                     const ValidationSettings& validation);

//! The same for an update received as canonical weight bytes (docs/ledger-format.md): the bytes
//! must decode, as float32, with exactly the model's tensor names and shapes.
std::optional<QString> encodedUpdateProblem(const ModelLayout& layout, QByteArrayView bytes,
                                            const ValidationSettings& validation);

} // namespace fed
