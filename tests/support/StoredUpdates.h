#pragma once
// What the tests of noised or masked updates measure on a run file that keeps its updates
// (ledger.store_updates): an update's norm, and how far a round moved the model, from the bytes
// the ledger names.

#include "engine/core/Hash.h"
#include "engine/core/Result.h"
#include "engine/model/Weights.h"
#include "engine/store/RunStore.h"

#include <algorithm>
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

//! The largest |after - before| over the weights of the two models stored under these hashes.
//! Secure aggregation tests bound it: masks that disagree by one bit leave ring noise in the sum,
//! which moves weights by about 2^63 / (2^f W), i.e. 10^9, while an honest round moves little.
inline Result<double> largestWeightChange(RunStore& store, const Hash& before, const Hash& after) {
    auto a = store.blob(before);
    if (!a)
        return a.takeError();
    auto b = store.blob(after);
    if (!b)
        return b.takeError();
    auto x = decodeWeights(*a);
    if (!x)
        return x.takeError();
    auto y = decodeWeights(*b);
    if (!y)
        return y.takeError();
    if (x->values.size() != y->values.size())
        return fail(QStringLiteral("the two models differ in size"));
    double largest = 0.0;
    for (std::size_t i = 0; i < x->values.size(); ++i)
        largest = std::max(largest, std::fabs(static_cast<double>(y->values[i]) -
                                              static_cast<double>(x->values[i])));
    return largest;
}

} // namespace fed::test
