#include "engine/model/Weights.h"

#include <QtEndian>
#include <bit>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace fed {
namespace {

constexpr char kMagic[4] = {'F', 'S', 'W', '1'};
// Upper bounds that keep a hostile header from asking for absurd allocations.
constexpr std::uint32_t kMaxTensors = 65536;
constexpr std::uint8_t kMaxRank = 8;
constexpr std::uint64_t kMaxValues = std::uint64_t(1) << 31;

template <typename T> void put(QByteArray& out, T value) {
    T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&le), sizeof le);
}

class Reader {
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes) {}
    template <typename T> bool read(T& value) {
        if (remaining() < sizeof(T))
            return false;
        std::memcpy(&value, m_bytes.data() + m_pos, sizeof(T));
        value = qFromLittleEndian(value);
        m_pos += sizeof(T);
        return true;
    }
    bool readBytes(std::size_t n, QByteArrayView& out) {
        if (remaining() < n)
            return false;
        out = m_bytes.sliced(static_cast<qsizetype>(m_pos), static_cast<qsizetype>(n));
        m_pos += n;
        return true;
    }
    std::size_t remaining() const { return static_cast<std::size_t>(m_bytes.size()) - m_pos; }

private:
    QByteArrayView m_bytes;
    std::size_t m_pos = 0;
};

} // namespace

std::int64_t TensorSpec::numel() const {
    std::int64_t n = 1;
    for (auto d : shape)
        n *= d;
    return n;
}

std::int64_t ModelLayout::parameterCount() const {
    std::int64_t n = 0;
    for (const auto& t : tensors)
        n += t.numel();
    return n;
}

QByteArray encodeWeights(const ModelLayout& layout, std::span<const float> values) {
    static_assert(std::endian::native == std::endian::little,
                  "float32 values are written as stored");
    QByteArray out;
    out.reserve(static_cast<qsizetype>(64 + layout.tensors.size() * 48 + values.size() * 4));
    out.append(kMagic, 4);
    put<std::uint32_t>(out, static_cast<std::uint32_t>(layout.tensors.size()));
    for (const auto& t : layout.tensors) {
        const QByteArray name = t.name.toUtf8();
        put<std::uint16_t>(out, static_cast<std::uint16_t>(name.size()));
        out.append(name);
        put<std::uint8_t>(out, static_cast<std::uint8_t>(t.shape.size()));
        for (auto d : t.shape)
            put<std::int64_t>(out, d);
    }
    put<std::uint64_t>(out, values.size());
    out.append(reinterpret_cast<const char*>(values.data()),
               static_cast<qsizetype>(values.size_bytes()));
    return out;
}

Result<DecodedWeights> decodeWeights(QByteArrayView bytes) {
    Reader in(bytes);
    QByteArrayView magic;
    if (!in.readBytes(4, magic) || magic != QByteArrayView(kMagic, 4))
        return fail(u"weights: not a Federation Studio weight blob (magic FSW1 missing)"_s);
    std::uint32_t count = 0;
    if (!in.read(count) || count > kMaxTensors)
        return fail(u"weights: bad tensor count"_s);
    DecodedWeights out;
    out.layout.tensors.reserve(count);
    std::uint64_t total = 0;
    for (std::uint32_t i = 0; i < count; ++i) {
        std::uint16_t nameLength = 0;
        QByteArrayView name;
        std::uint8_t rank = 0;
        if (!in.read(nameLength) || !in.readBytes(nameLength, name) || !in.read(rank))
            return fail(u"weights: tensor %1 header is truncated"_s.arg(i));
        if (rank > kMaxRank)
            return fail(
                u"weights: tensor %1 has rank %2 (at most %3)"_s.arg(i).arg(rank).arg(kMaxRank));
        TensorSpec t;
        t.name = QString::fromUtf8(name);
        std::uint64_t numel = 1;
        for (std::uint8_t r = 0; r < rank; ++r) {
            std::int64_t d = 0;
            if (!in.read(d))
                return fail(u"weights: tensor %1 shape is truncated"_s.arg(t.name));
            if (d < 0 || static_cast<std::uint64_t>(d) > kMaxValues)
                return fail(u"weights: tensor %1 has dimension %2"_s.arg(t.name).arg(d));
            numel *= static_cast<std::uint64_t>(d);
            if (numel > kMaxValues)
                return fail(u"weights: tensor %1 is too large"_s.arg(t.name));
            t.shape.push_back(d);
        }
        total += numel;
        if (total > kMaxValues)
            return fail(u"weights: more than %1 values"_s.arg(kMaxValues));
        out.layout.tensors.push_back(std::move(t));
    }
    std::uint64_t valueCount = 0;
    if (!in.read(valueCount))
        return fail(u"weights: value count is missing"_s);
    if (valueCount != total)
        return fail(
            u"weights: header describes %1 values but declares %2"_s.arg(total).arg(valueCount));
    if (in.remaining() != valueCount * sizeof(float))
        return fail(
            u"weights: expected %1 bytes of values, found %2"_s.arg(valueCount * sizeof(float))
                .arg(in.remaining()));
    QByteArrayView raw;
    (void)in.readBytes(in.remaining(), raw);
    out.values.resize(valueCount);
    std::memcpy(out.values.data(), raw.data(), static_cast<std::size_t>(raw.size()));
    return out;
}

double l2Norm(std::span<const float> values) {
    double sum = 0.0;
    for (float v : values)
        sum += static_cast<double>(v) * v;
    return std::sqrt(sum);
}

bool allFinite(std::span<const float> values) {
    for (float v : values)
        if (!std::isfinite(v))
            return false;
    return true;
}

} // namespace fed
