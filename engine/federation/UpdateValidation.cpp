#include "engine/federation/UpdateValidation.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fed {

namespace {
QString shapeText(const std::vector<std::int64_t>& shape) {
    QStringList parts;
    for (auto d : shape)
        parts << QString::number(d);
    return parts.join(u'×');
}
QString number(double v) {
    return QString::number(v, 'g', 6);
}
} // namespace

std::optional<QString> updateProblem(const ModelLayout& layout, std::span<const float> delta,
                                     const ValidationSettings& validation) {
    const std::int64_t expected = layout.parameterCount();
    if (static_cast<std::int64_t>(delta.size()) != expected)
        return u"the update has %1 values, the model %2"_s.arg(delta.size()).arg(expected);
    for (std::size_t i = 0; i < delta.size(); ++i)
        if (!std::isfinite(delta[i])) {
            // Name the tensor: "fc2.bias" says more to an operator than an offset.
            std::size_t offset = i;
            for (const TensorSpec& t : layout.tensors) {
                const auto n = static_cast<std::size_t>(t.numel());
                if (offset < n)
                    return u"the update has non-finite values (first in %1 at index %2)"_s
                        .arg(t.name)
                        .arg(offset);
                offset -= n;
            }
            return u"the update has non-finite values"_s;
        }
    if (validation.maxUpdateNorm > 0.0) {
        const double norm = l2Norm(delta);
        if (norm > validation.maxUpdateNorm)
            return u"the update's L2 norm %1 exceeds validation.max_update_norm %2"_s.arg(
                number(norm), number(validation.maxUpdateNorm));
    }
    return std::nullopt;
}

std::optional<QString> encodedUpdateProblem(const ModelLayout& layout, QByteArrayView bytes,
                                            const ValidationSettings& validation) {
    auto decoded = decodeWeights(bytes);
    if (!decoded)
        return u"the update cannot be decoded as float32 weights: %1"_s.arg(decoded.error());
    const auto& got = decoded->layout.tensors;
    if (got.size() != layout.tensors.size())
        return u"the update has %1 tensors, the model %2"_s.arg(got.size())
            .arg(layout.tensors.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        const TensorSpec& want = layout.tensors[i];
        if (got[i].name != want.name || got[i].shape != want.shape)
            return u"tensor %1 of the update is %2 (%3), the model's is %4 (%5)"_s.arg(
                QString::number(i), got[i].name, shapeText(got[i].shape), want.name,
                shapeText(want.shape));
    }
    return updateProblem(layout, decoded->values, validation);
}

} // namespace fed
