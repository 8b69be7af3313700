// IDX (MNIST / Fashion-MNIST) loader. Headers are untrusted: every claimed size is checked
// against a cap and against the bytes really present before it drives an allocation.
#include "engine/data/DataText.h"
#include "engine/data/Dataset.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <array>
#include <limits>
#include <zlib.h>

namespace fed {

using data_detail::DataText;
using data_detail::shownPath;

namespace {

//! Compressed input handed to zlib in one piece must fit its 32-bit counters.
constexpr std::int64_t kMaxFileBytes = std::int64_t(2) << 30;
//! 2^29 pixels become 2 GiB of float features; far beyond any IDX data set in use.
constexpr std::uint64_t kMaxPixels = std::uint64_t(1) << 29;
constexpr std::uint64_t kMaxLabels = std::uint64_t(1) << 31;
constexpr std::uint32_t kMaxImageSide = 4096;

constexpr std::uint32_t kImagesMagic = 0x00000803;
constexpr std::uint32_t kLabelsMagic = 0x00000801;

QString hex32(std::uint32_t value) {
    return QStringLiteral("0x%1").arg(value, 8, 16, QLatin1Char('0'));
}

std::uint32_t bigEndian32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

//! Reads a file that may be gzip-compressed (decided by its first two bytes, not its name).
class ByteSource {
public:
    explicit ByteSource(QString path)
        : m_path(std::move(path))
        , m_file(m_path) {}
    ~ByteSource() {
        if (m_inflating)
            inflateEnd(&m_stream);
    }
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    Status open() {
        if (!QFileInfo::exists(m_path))
            return fail(DataText::tr("%1: the file does not exist").arg(shownPath(m_path)));
        if (!m_file.open(QIODevice::ReadOnly))
            return fail(DataText::tr("%1: cannot be read (%2)")
                            .arg(shownPath(m_path), m_file.errorString()));
        const qint64 size = m_file.size();
        if (size == 0)
            return fail(DataText::tr("%1: the file is empty").arg(shownPath(m_path)));
        if (size > kMaxFileBytes)
            return fail(DataText::tr("%1: the file is %2 bytes, more than the 2 GiB limit")
                            .arg(shownPath(m_path))
                            .arg(size));
        std::array<char, 2> magic{};
        if (m_file.peek(magic.data(), 2) == 2 && static_cast<unsigned char>(magic[0]) == 0x1f &&
            static_cast<unsigned char>(magic[1]) == 0x8b) {
            m_compressed = m_file.readAll();
            if (m_compressed.size() != size)
                return fail(DataText::tr("%1: cannot be read (%2)")
                                .arg(shownPath(m_path), m_file.errorString()));
            m_file.close();
            if (inflateInit2(&m_stream, 16 + MAX_WBITS) != Z_OK)
                return fail(
                    DataText::tr("%1: cannot start gzip decompression").arg(shownPath(m_path)));
            m_inflating = true;
            m_stream.next_in = reinterpret_cast<Bytef*>(m_compressed.data());
            m_stream.avail_in = static_cast<uInt>(m_compressed.size());
        }
        return {};
    }

    bool compressed() const { return m_inflating; }
    //! Bytes on disk; for plain files this is exactly what read() can deliver.
    std::int64_t fileSize() const {
        return m_compressed.isEmpty() ? m_file.size() : m_compressed.size();
    }

    //! An upper bound on everything read() can still deliver.
    std::uint64_t maxDecompressedBytes() const {
        if (!m_inflating)
            return std::uint64_t(m_file.size());
        constexpr std::uint64_t kDeflateMaxRatio = 1032; // zlib FAQ: deflate's limit
        return std::uint64_t(m_compressed.size()) * kDeflateMaxRatio + 1024;
    }

    //! Reads up to `n` bytes; fewer only at the end of the data.
    Result<std::size_t> read(unsigned char* destination, std::size_t n) {
        if (!m_inflating) {
            std::size_t total = 0;
            while (total < n) {
                const qint64 got = m_file.read(reinterpret_cast<char*>(destination + total),
                                               static_cast<qint64>(n - total));
                if (got < 0)
                    return fail(DataText::tr("%1: cannot be read (%2)")
                                    .arg(shownPath(m_path), m_file.errorString()));
                if (got == 0)
                    break;
                total += static_cast<std::size_t>(got);
            }
            return total;
        }
        std::size_t produced = 0;
        while (produced < n && !m_ended) {
            const std::size_t chunk = std::min<std::size_t>(n - produced, std::size_t(1) << 30);
            m_stream.next_out = destination + produced;
            m_stream.avail_out = static_cast<uInt>(chunk);
            const int status = inflate(&m_stream, Z_NO_FLUSH);
            produced += chunk - m_stream.avail_out;
            if (status == Z_STREAM_END) {
                // Concatenated gzip members are one valid file (gzip -c a b > c).
                if (m_stream.avail_in >= 2 && m_stream.next_in[0] == 0x1f &&
                    m_stream.next_in[1] == 0x8b) {
                    inflateReset(&m_stream);
                    continue;
                }
                m_ended = true;
                break;
            }
            if (status == Z_DATA_ERROR || status == Z_NEED_DICT || status == Z_STREAM_ERROR)
                return fail(
                    DataText::tr("%1: corrupt gzip data (zlib: %2)")
                        .arg(shownPath(m_path),
                             QString::fromUtf8(m_stream.msg ? m_stream.msg : "invalid stream")));
            if (status == Z_MEM_ERROR)
                return fail(
                    DataText::tr("%1: out of memory while decompressing").arg(shownPath(m_path)));
            if (m_stream.avail_in == 0 && m_stream.avail_out > 0)
                return fail(DataText::tr("%1: the gzip stream ends early (the file is truncated)")
                                .arg(shownPath(m_path)));
        }
        return produced;
    }

private:
    QString m_path;
    QFile m_file;
    QByteArray m_compressed;
    z_stream m_stream{};
    bool m_inflating = false;
    bool m_ended = false;
};

struct IdxArray {
    std::vector<std::uint32_t> dims;
    std::vector<unsigned char> data;
};

//! Reads and validates one IDX file of unsigned bytes with `rank` dimensions.
Result<IdxArray> readIdx(const QString& path, int rank) {
    const bool images = rank == 3;
    const std::uint32_t expectedMagic = images ? kImagesMagic : kLabelsMagic;
    ByteSource source(path);
    if (auto opened = source.open(); !opened)
        return opened.takeError();

    const std::size_t headerBytes = 4 + 4 * static_cast<std::size_t>(rank);
    std::array<unsigned char, 16> header{};
    auto got = source.read(header.data(), headerBytes);
    if (!got)
        return got.takeError();
    if (*got == 0)
        return fail(DataText::tr("%1: the file is empty after decompression").arg(shownPath(path)));
    if (*got >= 4) {
        const std::uint32_t magic = bigEndian32(header.data());
        if (magic != expectedMagic)
            return fail(
                (images ? DataText::tr("%1: bad magic number %2, expected %3 (an IDX images file: "
                                       "unsigned bytes, 3 dimensions)")
                        : DataText::tr("%1: bad magic number %2, expected %3 (an IDX labels file: "
                                       "unsigned bytes, 1 dimension)"))
                    .arg(shownPath(path), hex32(magic), hex32(expectedMagic)));
    }
    if (*got < headerBytes)
        return fail(DataText::tr("%1: truncated header: the data ends after %2 bytes, the header "
                                 "needs %3")
                        .arg(shownPath(path))
                        .arg(*got)
                        .arg(headerBytes));

    IdxArray array;
    for (int i = 0; i < rank; ++i)
        array.dims.push_back(bigEndian32(header.data() + 4 + 4 * i));

    std::uint64_t claimed = 0;
    if (images) {
        const auto [count, rows, cols] = std::array{array.dims[0], array.dims[1], array.dims[2]};
        if (count == 0)
            return fail(
                DataText::tr("%1: the header says the file holds no images").arg(shownPath(path)));
        if (rows == 0 || cols == 0 || rows > kMaxImageSide || cols > kMaxImageSide)
            return fail(DataText::tr("%1: implausible image size %2 × %3 in the header (each side "
                                     "must be 1 to %4)")
                            .arg(shownPath(path))
                            .arg(rows)
                            .arg(cols)
                            .arg(kMaxImageSide));
        claimed = std::uint64_t(count) * rows * cols;
        if (claimed > kMaxPixels)
            return fail(DataText::tr("%1: the header claims %2 images of %3 × %4 pixels, more than "
                                     "the limit of %5 pixels (2 GiB of features)")
                            .arg(shownPath(path))
                            .arg(count)
                            .arg(rows)
                            .arg(cols)
                            .arg(kMaxPixels));
    } else {
        claimed = array.dims[0];
        if (claimed == 0)
            return fail(
                DataText::tr("%1: the header says the file holds no labels").arg(shownPath(path)));
        if (claimed > kMaxLabels)
            return fail(DataText::tr("%1: the header claims %2 labels, more than the limit of %3")
                            .arg(shownPath(path))
                            .arg(claimed)
                            .arg(kMaxLabels));
    }

    const QString what = images ? DataText::tr("pixels") : DataText::tr("labels");
    auto truncated = [&](std::uint64_t present) {
        return fail(DataText::tr("%1: truncated: expected %2 bytes of %3, got %4")
                        .arg(shownPath(path))
                        .arg(claimed)
                        .arg(what)
                        .arg(present));
    };
    auto overlong = [&] {
        return fail(DataText::tr("%1: the file holds more data than its header describes "
                                 "(expected %2 bytes of %3)")
                        .arg(shownPath(path))
                        .arg(claimed)
                        .arg(what));
    };

    if (!source.compressed()) {
        // The file size is known exactly: check before allocating anything.
        const auto present = static_cast<std::uint64_t>(source.fileSize()) - headerBytes;
        if (present < claimed)
            return truncated(present);
        if (present > claimed)
            return overlong();
        array.data.resize(claimed);
        auto read = source.read(array.data.data(), claimed);
        if (!read)
            return read.takeError();
        if (*read != claimed)
            return truncated(*read);
        return array;
    }

    // Compressed: the real size is only known by decompressing. Deflate expands at most
    // 1032:1, so the compressed size bounds what the header can make us allocate.
    std::size_t have = 0;
    std::uint64_t target = std::min(claimed, source.maxDecompressedBytes());
    for (;;) {
        array.data.resize(target);
        auto read = source.read(array.data.data() + have, target - have);
        if (!read)
            return read.takeError();
        have += *read;
        if (have < target)
            return truncated(have);
        if (have == claimed)
            break;
        target = std::min(claimed, target * 2);
    }
    unsigned char extra = 0;
    auto more = source.read(&extra, 1);
    if (!more)
        return more.takeError();
    if (*more != 0)
        return overlong();
    return array;
}

QString kindName(DatasetKind kind) {
    return kind == DatasetKind::Mnist ? QStringLiteral("MNIST") : QStringLiteral("Fashion-MNIST");
}

QStringList classNamesFor(DatasetKind kind) {
    if (kind == DatasetKind::FashionMnist)
        return {QStringLiteral("T-shirt/top"), QStringLiteral("Trouser"),
                QStringLiteral("Pullover"),    QStringLiteral("Dress"),
                QStringLiteral("Coat"),        QStringLiteral("Sandal"),
                QStringLiteral("Shirt"),       QStringLiteral("Sneaker"),
                QStringLiteral("Bag"),         QStringLiteral("Ankle boot")};
    QStringList digits;
    for (int d = 0; d < 10; ++d)
        digits << QString::number(d);
    return digits;
}

} // namespace

PixelNormalization pixelNormalization(DatasetKind kind) {
    switch (kind) {
    case DatasetKind::FashionMnist:
        return {0.2860f, 0.3530f};
    case DatasetKind::Mnist:
        return {0.1307f, 0.3081f};
    case DatasetKind::Csv:
    case DatasetKind::Synthetic:
    case DatasetKind::Cifar10: // per channel: cifar10Normalization()
        break;
    }
    return {0.0f, 1.0f};
}

Result<Dataset> loadIdxPair(const QString& imagesFile, const QString& labelsFile, DatasetKind kind,
                            const QString& name, int limit) {
    if (kind != DatasetKind::FashionMnist && kind != DatasetKind::Mnist)
        return fail(
            DataText::tr("IDX files hold fashion-mnist or mnist data, not another data set"));
    if (limit < 0)
        return fail(
            DataText::tr("the sample limit must be 0 (all) or positive, not %1").arg(limit));

    auto images = readIdx(imagesFile, 3);
    if (!images)
        return images.takeError();
    auto labels = readIdx(labelsFile, 1);
    if (!labels)
        return labels.takeError();

    const std::uint32_t count = images->dims[0];
    const std::uint32_t rows = images->dims[1];
    const std::uint32_t cols = images->dims[2];
    if (labels->dims[0] != count)
        return fail(DataText::tr("%1 holds %2 images but %3 holds %4 labels")
                        .arg(shownPath(imagesFile))
                        .arg(count)
                        .arg(shownPath(labelsFile))
                        .arg(labels->dims[0]));
    constexpr int kClasses = 10;
    for (std::size_t i = 0; i < labels->data.size(); ++i) {
        if (labels->data[i] >= kClasses)
            return fail(
                DataText::tr("%1: label %2 of sample %3 is out of range (classes are 0 to 9)")
                    .arg(shownPath(labelsFile))
                    .arg(int(labels->data[i]))
                    .arg(i));
    }

    const std::size_t keep = limit > 0 ? std::min<std::size_t>(count, std::size_t(limit)) : count;
    const std::size_t pixelsPerImage = std::size_t(rows) * cols;

    Dataset dataset;
    dataset.name = name;
    dataset.sampleShape = {1, rows, cols};
    dataset.classes = kClasses;
    dataset.classNames = classNamesFor(kind);

    // A 256-entry table turns normalisation into one lookup per pixel.
    const PixelNormalization norm = pixelNormalization(kind);
    std::array<float, 256> table{};
    for (int v = 0; v < 256; ++v)
        table[v] = (static_cast<float>(v) / 255.0f - norm.mean) / norm.std;
    dataset.features.resize(keep * pixelsPerImage);
    const unsigned char* pixels = images->data.data();
    float* out = dataset.features.data();
    for (std::size_t i = 0, n = dataset.features.size(); i < n; ++i)
        out[i] = table[pixels[i]];
    dataset.labels.assign(labels->data.begin(), labels->data.begin() + std::ptrdiff_t(keep));
    return dataset;
}

Result<FederatedData> loadIdxFolder(const QString& folder, DatasetKind kind, int trainLimit,
                                    int testLimit) {
    const QString kindText = kindName(kind);
    const bool defaultFolder = QDir::cleanPath(folder) == QDir::cleanPath(DataSettings{}.path);
    const QString installHint =
        defaultFolder ? DataText::tr(" Install it with `apt-get install dataset-fashion-mnist`.")
                      : QString();
    if (!QFileInfo(folder).isDir())
        return fail(DataText::tr("%1: the folder %2 does not exist.%3")
                        .arg(kindText, shownPath(folder), installHint));

    const std::array<QString, 4> baseNames{
        QStringLiteral("train-images-idx3-ubyte"), QStringLiteral("train-labels-idx1-ubyte"),
        QStringLiteral("t10k-images-idx3-ubyte"), QStringLiteral("t10k-labels-idx1-ubyte")};
    std::array<QString, 4> files;
    QStringList missing;
    const QDir dir(folder);
    for (std::size_t i = 0; i < baseNames.size(); ++i) {
        // Plain first: it loads faster when both are present.
        for (const QString& candidate : {baseNames[i], baseNames[i] + QStringLiteral(".gz")}) {
            if (QFileInfo(dir.filePath(candidate)).isFile()) {
                files[i] = dir.filePath(candidate);
                break;
            }
        }
        if (files[i].isEmpty())
            missing << baseNames[i] + QStringLiteral("[.gz]");
    }
    if (!missing.isEmpty())
        return fail(
            DataText::tr("%1: %2 is missing %3; the folder must hold "
                         "train-images-idx3-ubyte, train-labels-idx1-ubyte, "
                         "t10k-images-idx3-ubyte and t10k-labels-idx1-ubyte, each "
                         "optionally gzip-compressed (.gz).%4")
                .arg(kindText, shownPath(folder), missing.join(QStringLiteral(", ")), installHint));

    FederatedData data;
    auto train =
        loadIdxPair(files[0], files[1], kind, kindText + QStringLiteral(" train"), trainLimit);
    if (!train)
        return train.takeError();
    auto test =
        loadIdxPair(files[2], files[3], kind, kindText + QStringLiteral(" test"), testLimit);
    if (!test)
        return test.takeError();
    if (train->sampleShape != test->sampleShape)
        return fail(
            DataText::tr("%1: the training images are %2 × %3 but the test images are %4 × %5")
                .arg(kindText)
                .arg(train->sampleShape[1])
                .arg(train->sampleShape[2])
                .arg(test->sampleShape[1])
                .arg(test->sampleShape[2]));
    data.train = std::move(*train);
    data.test = std::move(*test);
    return data;
}

} // namespace fed
