// CIFAR-10, binary version (Krizhevsky 2009): data_batch_1.bin ... data_batch_5.bin and
// test_batch.bin, each a sequence of 3,073-byte records: one label byte (0-9), then the
// 32 x 32 red, green and blue planes, row-major. Sizes and labels are checked before use.
#include "engine/data/DataText.h"
#include "engine/data/Dataset.h"

#include <QFile>
#include <QFileInfo>
#include <array>

namespace fed {

using data_detail::DataText;
using data_detail::shownPath;

namespace {

constexpr std::int64_t kSide = 32;
constexpr std::int64_t kChannels = 3;
constexpr std::int64_t kPixels = kChannels * kSide * kSide;
constexpr std::int64_t kRecordBytes = 1 + kPixels;
constexpr int kClasses = 10;
// The real files are 30,730,000 bytes each; anything past 1 GiB is not a CIFAR-10 batch.
constexpr std::int64_t kMaxFileBytes = std::int64_t(1) << 30;

const QStringList& trainFiles() {
    static const QStringList names{
        QStringLiteral("data_batch_1.bin"), QStringLiteral("data_batch_2.bin"),
        QStringLiteral("data_batch_3.bin"), QStringLiteral("data_batch_4.bin"),
        QStringLiteral("data_batch_5.bin")};
    return names;
}
const QString kTestFile = QStringLiteral("test_batch.bin");

QStringList cifarClassNames() {
    return {QStringLiteral("airplane"), QStringLiteral("automobile"), QStringLiteral("bird"),
            QStringLiteral("cat"),      QStringLiteral("deer"),       QStringLiteral("dog"),
            QStringLiteral("frog"),     QStringLiteral("horse"),      QStringLiteral("ship"),
            QStringLiteral("truck")};
}

} // namespace

std::array<PixelNormalization, 3> cifar10Normalization() {
    // Per-channel mean and standard deviation of the 50,000 training images, x / 255.
    return {{{0.4914f, 0.2470f}, {0.4822f, 0.2435f}, {0.4465f, 0.2616f}}};
}

Result<Dataset> loadCifar10Batches(const QStringList& files, const QString& name, int limit) {
    if (limit < 0)
        return fail(
            DataText::tr("the sample limit must be 0 (all) or positive, not %1").arg(limit));
    const auto norm = cifar10Normalization();
    // One lookup per pixel: a 256-entry table per channel.
    std::array<std::array<float, 256>, 3> table{};
    for (std::size_t c = 0; c < 3; ++c)
        for (int v = 0; v < 256; ++v)
            table[c][static_cast<std::size_t>(v)] =
                (static_cast<float>(v) / 255.0f - norm[c].mean) / norm[c].std;

    Dataset dataset;
    dataset.name = name;
    dataset.sampleShape = {kChannels, kSide, kSide};
    dataset.classes = kClasses;
    dataset.classNames = cifarClassNames();
    const auto wanted = static_cast<std::int64_t>(limit);
    for (const QString& path : files) {
        if (wanted > 0 && dataset.size() >= wanted)
            break;
        QFile file(path);
        if (!file.exists())
            return fail(DataText::tr("%1: the file does not exist").arg(shownPath(path)));
        const qint64 size = file.size();
        if (size == 0 || size % kRecordBytes != 0 || size > kMaxFileBytes)
            return fail(DataText::tr("%1: %2 bytes is not a CIFAR-10 binary batch (a whole number "
                                     "of 3073-byte records: a label byte and 32×32×3 pixels)")
                            .arg(shownPath(path))
                            .arg(size));
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                DataText::tr("%1: cannot be read (%2)").arg(shownPath(path), file.errorString()));
        std::int64_t records = size / kRecordBytes;
        if (wanted > 0)
            records = std::min(records, wanted - dataset.size());
        const QByteArray bytes = file.read(records * kRecordBytes);
        if (bytes.size() != records * kRecordBytes)
            return fail(
                DataText::tr("%1: cannot be read (%2)").arg(shownPath(path), file.errorString()));
        const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
        const std::size_t first = dataset.features.size();
        dataset.features.resize(first + static_cast<std::size_t>(records * kPixels));
        float* out = dataset.features.data() + first;
        for (std::int64_t r = 0; r < records; ++r, p += kRecordBytes) {
            if (p[0] >= kClasses)
                return fail(DataText::tr("%1: record %2 has label %3 (classes are 0 to 9); is "
                                         "this the CIFAR-100 or the Python version?")
                                .arg(shownPath(path))
                                .arg(r)
                                .arg(int(p[0])));
            dataset.labels.push_back(p[0]);
            for (std::int64_t i = 0; i < kPixels; ++i)
                *out++ = table[static_cast<std::size_t>(i / (kSide * kSide))][p[1 + i]];
        }
    }
    return dataset;
}

Result<FederatedData> loadCifar10Folder(const QString& folder, int trainLimit, int testLimit) {
    const QString expected = DataText::tr(
        "the folder must hold the CIFAR-10 binary version: data_batch_1.bin to data_batch_5.bin "
        "and test_batch.bin (the cifar-10-batches-bin folder of "
        "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz)");
    if (!QFileInfo(folder).isDir())
        return fail(DataText::tr("cifar10: the folder %1 does not exist; %2")
                        .arg(shownPath(folder), expected));
    const QDir dir(folder);
    QStringList missing;
    QStringList train;
    for (const QString& name : trainFiles()) {
        train << dir.filePath(name);
        if (!QFileInfo(train.back()).isFile())
            missing << name;
    }
    const QString test = dir.filePath(kTestFile);
    if (!QFileInfo(test).isFile())
        missing << kTestFile;
    if (!missing.isEmpty())
        return fail(DataText::tr("cifar10: %1 is missing %2; %3")
                        .arg(shownPath(folder), missing.join(QStringLiteral(", ")), expected));
    FederatedData data;
    auto trainSet = loadCifar10Batches(train, QStringLiteral("CIFAR-10 train"), trainLimit);
    if (!trainSet)
        return trainSet.takeError();
    auto testSet = loadCifar10Batches({test}, QStringLiteral("CIFAR-10 test"), testLimit);
    if (!testSet)
        return testSet.takeError();
    data.train = std::move(*trainSet);
    data.test = std::move(*testSet);
    return data;
}

} // namespace fed
