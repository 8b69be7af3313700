#pragma once
// What the tests of noised updates measure on a run file that keeps its updates
// (ledger.store_updates): an update's norm, from the bytes the ledger names.

#include "engine/core/Hash.h"
#include "engine/core/Result.h"
#include "engine/model/Weights.h"
#include "engine/store/RunStore.h"

#include <cmath>
#include <cstddef>

namespace fed::test {

struct UpdateNorm {
    double norm = 0.0;          //!< Euclidean, in double over the stored float values
    std::size_t parameters = 0; //!< d
};

//! The norm of the update stored under `hash`; an error when it is missing or not an update.
inline Result<UpdateNorm> storedUpdateNorm(RunStore& store, const Hash& hash) {
    auto bytes = store.blob(hash);
    if (!bytes)
        return bytes.takeError();
    auto weights = decodeWeights(*bytes);
    if (!weights)
        return weights.takeError();
    double squared = 0.0;
    for (float v : weights->values)
        squared += static_cast<double>(v) * static_cast<double>(v);
    return UpdateNorm{std::sqrt(squared), weights->values.size()};
}

} // namespace fed::test
