// engine/data: IDX and CSV loaders, the Synthetic generator and the partitioners.
#include "engine/core/Rng.h"
#include "engine/data/Dataset.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <set>
#include <zlib.h>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

const QString kFashionFolder = u"/usr/share/datasets/fashion-mnist"_s;

QByteArray bigEndian(std::uint32_t v) {
    QByteArray b(4, '\0');
    b[0] = char(v >> 24);
    b[1] = char(v >> 16);
    b[2] = char(v >> 8);
    b[3] = char(v);
    return b;
}

//! Pixel (i, p) of the fixtures, so tests can recompute what the loader must produce.
unsigned char pixelValue(std::uint32_t image, std::uint32_t p) {
    return static_cast<unsigned char>((image * 37 + p * 11) % 256);
}

QByteArray idxImages(std::uint32_t count, std::uint32_t rows, std::uint32_t cols) {
    QByteArray b = bigEndian(0x803) + bigEndian(count) + bigEndian(rows) + bigEndian(cols);
    for (std::uint32_t i = 0; i < count; ++i)
        for (std::uint32_t p = 0; p < rows * cols; ++p)
            b.append(char(pixelValue(i, p)));
    return b;
}

QByteArray idxLabels(std::uint32_t count, std::uint32_t offset = 0) {
    QByteArray b = bigEndian(0x801) + bigEndian(count);
    for (std::uint32_t i = 0; i < count; ++i)
        b.append(char((i + offset) % 10));
    return b;
}

QByteArray gzip(const QByteArray& data) {
    z_stream zs{};
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                     Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&zs, uLong(data.size()))), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    if (deflate(&zs, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate failed");
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

constexpr std::uint32_t kRows = 3, kCols = 4, kTrain = 12, kTest = 5;

//! A complete, valid IDX folder: 12 train and 5 test images of 3 × 4 pixels.
void writeIdxFolder(const QString& dir, bool compressed) {
    auto put = [&](const QString& name, const QByteArray& bytes) {
        writeFile(dir + u'/' + name + (compressed ? u".gz"_s : QString()),
                  compressed ? gzip(bytes) : bytes);
    };
    put(u"train-images-idx3-ubyte"_s, idxImages(kTrain, kRows, kCols));
    put(u"train-labels-idx1-ubyte"_s, idxLabels(kTrain));
    put(u"t10k-images-idx3-ubyte"_s, idxImages(kTest, kRows, kCols));
    put(u"t10k-labels-idx1-ubyte"_s, idxLabels(kTest, 3));
}

Dataset labelledDataset(std::size_t n, int classes, std::uint64_t seed = 99) {
    Dataset d;
    d.name = u"labels"_s;
    d.classes = classes;
    d.sampleShape = {1};
    d.labels.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        d.labels[i] = std::int32_t(i % std::size_t(classes));
    Rng rng(seed);
    rng.shuffle(d.labels);
    d.features.assign(n, 0.0f);
    return d;
}

PartitionSettings scheme(PartitionScheme s) {
    PartitionSettings p;
    p.scheme = s;
    return p;
}

//! Mean over clients of the share of a client's samples in its most frequent class.
double meanMaxClassShare(const Dataset& train, const Partition& partition) {
    double sum = 0.0;
    for (const auto& h : labelHistograms(train, partition)) {
        const auto total = std::accumulate(h.begin(), h.end(), std::int64_t(0));
        sum += double(*std::max_element(h.begin(), h.end())) / double(total);
    }
    return sum / partition.clients();
}

void writeText(const QString& path, const char* text) {
    writeFile(path, QByteArray(text));
}

//! CIFAR-10 binary records: label (first + r) % 10; red plane r, green 255, blue = the pixel's
//! index mod 256 (so every channel and position is distinguishable).
QByteArray cifarRecords(int count, int first) {
    QByteArray out;
    for (int r = 0; r < count; ++r) {
        out.append(char((first + r) % 10));
        out.append(QByteArray(1024, char(r)));
        out.append(QByteArray(1024, char(255)));
        for (int i = 0; i < 1024; ++i)
            out.append(char(i % 256));
    }
    return out;
}

//! A complete CIFAR-10 binary folder: batches of 2, 3, 1, 2, 2 records and a test batch of 4.
void writeCifarFolder(const QString& dir) {
    const int sizes[5] = {2, 3, 1, 2, 2};
    int first = 0;
    for (int b = 0; b < 5; ++b) {
        writeFile(dir + u"/data_batch_%1.bin"_s.arg(b + 1), cifarRecords(sizes[b], first));
        first += sizes[b];
    }
    writeFile(dir + u"/test_batch.bin"_s, cifarRecords(4, 7));
}

} // namespace

class TestData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ---- IDX ---------------------------------------------------------------------------

    void idxLoadsGoodFiles_data() {
        QTest::addColumn<bool>("compressed");
        QTest::addColumn<int>("kind");
        QTest::newRow("plain fashion") << false << int(DatasetKind::FashionMnist);
        QTest::newRow("gzip fashion") << true << int(DatasetKind::FashionMnist);
        QTest::newRow("plain mnist") << false << int(DatasetKind::Mnist);
        QTest::newRow("gzip mnist") << true << int(DatasetKind::Mnist);
    }
    void idxLoadsGoodFiles() {
        QFETCH(bool, compressed);
        QFETCH(int, kind);
        QTemporaryDir dir;
        writeIdxFolder(dir.path(), compressed);
        const auto k = DatasetKind(kind);
        auto data = loadIdxFolder(dir.path(), k);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const Dataset& train = data->train;
        QCOMPARE(train.size(), std::int64_t(kTrain));
        QCOMPARE(data->test.size(), std::int64_t(kTest));
        QCOMPARE(train.sampleShape, (std::vector<std::int64_t>{1, kRows, kCols}));
        QVERIFY(train.isImage());
        QCOMPARE(train.featureSize(), std::int64_t(kRows * kCols));
        QCOMPARE(train.classes, 10);
        QCOMPARE(train.classNames.size(), 10);
        if (k == DatasetKind::FashionMnist) {
            QCOMPARE(train.name, u"Fashion-MNIST train"_s);
            QCOMPARE(train.classNames.front(), u"T-shirt/top"_s);
            QCOMPARE(train.classNames.back(), u"Ankle boot"_s);
        } else {
            QCOMPARE(data->test.name, u"MNIST test"_s);
            QCOMPARE(train.classNames[7], u"7"_s);
        }
        const float mean = k == DatasetKind::Mnist ? 0.1307f : 0.2860f;
        const float sd = k == DatasetKind::Mnist ? 0.3081f : 0.3530f;
        QCOMPARE(pixelNormalization(k).mean, mean);
        for (std::uint32_t i = 0; i < kTrain; ++i) {
            QCOMPARE(train.labels[i], std::int32_t(i % 10));
            for (std::uint32_t p = 0; p < kRows * kCols; ++p) {
                const float expected = (float(pixelValue(i, p)) / 255.0f - mean) / sd;
                QVERIFY(std::abs(train.features[i * kRows * kCols + p] - expected) < 1e-5f);
            }
        }
        QCOMPARE(data->test.labels[0], 3);
        QCOMPARE(data->test.features.size(), std::size_t(kTest * kRows * kCols));
    }

    void idxLimitsKeepTheFirstSamples() {
        QTemporaryDir dir;
        writeIdxFolder(dir.path(), true);
        auto data = loadIdxFolder(dir.path(), DatasetKind::FashionMnist, 4, 2);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->train.size(), std::int64_t(4));
        QCOMPARE(data->test.size(), std::int64_t(2));
        QCOMPARE(data->train.features.size(), std::size_t(4 * kRows * kCols));
        QCOMPARE(data->train.labels, (std::vector<std::int32_t>{0, 1, 2, 3}));

        auto all = loadIdxFolder(dir.path(), DatasetKind::FashionMnist, 1000, 0);
        QVERIFY(all.ok());
        QCOMPARE(all->train.size(), std::int64_t(kTrain));
        QVERIFY(!loadIdxFolder(dir.path(), DatasetKind::FashionMnist, -1).ok());
    }

    void idxPlainPreferredAndConcatenatedGzipAccepted() {
        QTemporaryDir dir;
        writeIdxFolder(dir.path(), true);
        // `gzip -c a b > c` produces two members; they are one valid stream.
        const QByteArray images = idxImages(kTrain, kRows, kCols);
        writeFile(dir.filePath(u"train-images-idx3-ubyte.gz"_s),
                  gzip(images.left(20)) + gzip(images.mid(20)));
        auto data = loadIdxFolder(dir.path(), DatasetKind::FashionMnist);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->train.size(), std::int64_t(kTrain));
        // The gzip magic, not the name, decides: plain bytes under a .gz name still load.
        writeFile(dir.filePath(u"t10k-labels-idx1-ubyte.gz"_s), idxLabels(kTest, 3));
        QVERIFY2(loadIdxFolder(dir.path(), DatasetKind::FashionMnist).ok(),
                 "plain bytes named .gz");
    }

    void idxCorruptionsAreReported_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QString images = u"train-images-idx3-ubyte"_s;
        const QString labels = u"train-labels-idx1-ubyte"_s;
        const QByteArray good = idxImages(kTrain, kRows, kCols);

        QTest::newRow("bad magic") << images << bigEndian(0x801) + good.mid(4)
                                   << u"bad magic number 0x00000801, expected 0x00000803"_s;
        QTest::newRow("bad magic text") << images << QByteArray("<html>not a data set</html>")
                                        << u"bad magic number 0x3c68746d"_s;
        QTest::newRow("labels file is images")
            << labels << good.left(40) << u"bad magic number 0x00000803, expected 0x00000801"_s;
        QTest::newRow("truncated pixels") << images << good.left(good.size() - 10)
                                          << u"truncated: expected 144 bytes of pixels, got 134"_s;
        QTest::newRow("truncated pixels gz")
            << images + u".gz"_s << gzip(good.left(good.size() - 10))
            << u"truncated: expected 144 bytes of pixels, got 134"_s;
        QTest::newRow("truncated labels") << labels << idxLabels(kTrain).left(15)
                                          << u"truncated: expected 12 bytes of labels, got 7"_s;
        QTest::newRow("truncated header")
            << images << good.left(10)
            << u"truncated header: the data ends after 10 bytes, the header needs 16"_s;
        QTest::newRow("too long")
            << images << good + QByteArray(3, 'x')
            << u"holds more data than its header describes (expected 144 bytes of pixels)"_s;
        QTest::newRow("too long gz") << images + u".gz"_s << gzip(good + QByteArray(3, 'x'))
                                     << u"holds more data than its header describes"_s;
        QTest::newRow("count mismatch")
            << labels << idxLabels(kTrain - 1) << u"holds 12 images but"_s;
        QByteArray badLabel = idxLabels(kTrain);
        badLabel[8 + 7] = char(12);
        QTest::newRow("label out of range")
            << labels << badLabel << u"label 12 of sample 7 is out of range (classes are 0 to 9)"_s;
        // Byte 10 opens the first deflate block; 0x07 declares the reserved block type 3.
        QByteArray corrupt = gzip(good);
        corrupt[10] = char(0x07);
        QTest::newRow("corrupt gzip")
            << images + u".gz"_s << corrupt << u"corrupt gzip data (zlib: invalid block type)"_s;
        QByteArray badCrc = gzip(good);
        badCrc[badCrc.size() - 8] = char(badCrc[badCrc.size() - 8] ^ 0x55);
        QTest::newRow("gzip checksum")
            << images + u".gz"_s << badCrc << u"corrupt gzip data (zlib: incorrect data check)"_s;
        const QByteArray gz = gzip(good);
        QTest::newRow("truncated gzip") << images + u".gz"_s << gz.left(gz.size() / 2)
                                        << u"the gzip stream ends early (the file is truncated)"_s;
        QTest::newRow("empty file") << images << QByteArray() << u"the file is empty"_s;
        QTest::newRow("empty gzip") << images + u".gz"_s << gzip(QByteArray())
                                    << u"the file is empty after decompression"_s;
        QTest::newRow("huge count")
            << images
            << bigEndian(0x803) + bigEndian(0xffffffffu) + bigEndian(28) + bigEndian(28) +
                   QByteArray(100, '\0')
            << u"the header claims 4294967295 images of 28 × 28 pixels, more than the limit"_s;
        QTest::newRow("huge side")
            << images << bigEndian(0x803) + bigEndian(1) + bigEndian(100000) + bigEndian(28)
            << u"implausible image size 100000 × 28"_s;
        QTest::newRow("zero side")
            << images << bigEndian(0x803) + bigEndian(1) + bigEndian(0) + bigEndian(28)
            << u"implausible image size 0 × 28"_s;
        QTest::newRow("zero count")
            << images << bigEndian(0x803) + bigEndian(0) + bigEndian(28) + bigEndian(28)
            << u"holds no images"_s;
        // A plausible header over a tiny payload: must fail without trusting the header's size.
        QTest::newRow("lying gzip header")
            << images + u".gz"_s
            << gzip(bigEndian(0x803) + bigEndian(100000) + bigEndian(28) + bigEndian(28) +
                    QByteArray(50, 'x'))
            << u"truncated: expected 78400000 bytes of pixels, got 50"_s;
    }
    void idxCorruptionsAreReported() {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        writeIdxFolder(dir.path(), false);
        if (file.endsWith(u".gz"_s))
            QVERIFY(QFile::remove(dir.filePath(file.chopped(3))));
        writeFile(dir.filePath(file), content);
        auto data = loadIdxFolder(dir.path(), DatasetKind::FashionMnist);
        QVERIFY(!data.ok());
        QVERIFY2(data.error().contains(QDir::toNativeSeparators(dir.filePath(file))),
                 qPrintable(data.error()));
        QVERIFY2(data.error().contains(expected), qPrintable(data.error()));
    }

    void idxMissingFilesAreListed() {
        QTemporaryDir dir;
        writeIdxFolder(dir.path(), false);
        QVERIFY(QFile::remove(dir.filePath(u"t10k-labels-idx1-ubyte"_s)));
        auto data = loadIdxFolder(dir.path(), DatasetKind::FashionMnist);
        QVERIFY(!data.ok());
        const QString& e = data.error();
        QVERIFY2(e.contains(u"is missing t10k-labels-idx1-ubyte[.gz]"_s), qPrintable(e));
        for (const char* name : {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                                 "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"})
            QVERIFY2(e.contains(QLatin1String(name)), qPrintable(e));
        QVERIFY2(!e.contains(u"apt-get"_s), qPrintable(e));

        auto missing = loadIdxFolder(dir.filePath(u"nowhere"_s), DatasetKind::Mnist);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(u"MNIST: the folder"_s) &&
                     missing.error().contains(u"does not exist"_s),
                 qPrintable(missing.error()));
        QVERIFY(!loadIdxPair(dir.filePath(u"train-images-idx3-ubyte"_s),
                             dir.filePath(u"train-labels-idx1-ubyte"_s), DatasetKind::Csv, u"x"_s)
                     .ok());
    }

    void idxDefaultFolderMentionsThePackage() {
        if (QFileInfo::exists(kFashionFolder))
            QSKIP("the default folder exists here, so it cannot be reported missing");
        FederationSpec spec;
        auto data = loadFederatedData(spec);
        QVERIFY(!data.ok());
        QVERIFY2(data.error().contains(u"apt-get install dataset-fashion-mnist"_s),
                 qPrintable(data.error()));
    }

    void realFashionMnist() {
        if (!QFileInfo::exists(kFashionFolder))
            QSKIP("Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)");
        QElapsedTimer timer;
        timer.start();
        FederationSpec spec; // the default spec points at the installed Fashion-MNIST
        auto data = loadFederatedData(spec);
        const qint64 ms = timer.elapsed();
        QVERIFY2(data.ok(), qPrintable(data.error()));
        qInfo("Fashion-MNIST 60000 + 10000 images loaded in %lld ms", ms);
        QVERIFY2(ms < 5000, qPrintable(QString::number(ms)));
        QCOMPARE(data->train.size(), std::int64_t(60000));
        QCOMPARE(data->test.size(), std::int64_t(10000));
        QCOMPARE(data->train.sampleShape, (std::vector<std::int64_t>{1, 28, 28}));
        QCOMPARE(data->train.name, u"Fashion-MNIST train"_s);
        std::vector<std::int64_t> trainCounts(10, 0), testCounts(10, 0);
        for (auto l : data->train.labels)
            ++trainCounts[std::size_t(l)];
        for (auto l : data->test.labels)
            ++testCounts[std::size_t(l)];
        QCOMPARE(trainCounts, std::vector<std::int64_t>(10, 6000));
        QCOMPARE(testCounts, std::vector<std::int64_t>(10, 1000));
        const auto [lo, hi] =
            std::minmax_element(data->train.features.begin(), data->train.features.end());
        QVERIFY(std::abs(*lo - (0.0f - 0.2860f) / 0.3530f) < 1e-5f);
        QVERIFY(std::abs(*hi - (1.0f - 0.2860f) / 0.3530f) < 1e-5f);
        // The published constants are this set's own statistics: mean ~0, std ~1.
        double sum = 0, sq = 0;
        for (float x : data->train.features) {
            sum += x;
            sq += double(x) * x;
        }
        const double n = double(data->train.features.size());
        QVERIFY2(std::abs(sum / n) < 0.01, qPrintable(QString::number(sum / n)));
        QVERIFY2(std::abs(std::sqrt(sq / n - (sum / n) * (sum / n)) - 1.0) < 0.01, "std");

        spec.data.trainLimit = 1000;
        spec.data.testLimit = 100;
        auto limited = loadFederatedData(spec);
        QVERIFY(limited.ok());
        QCOMPARE(limited->train.size(), std::int64_t(1000));
        QCOMPARE(limited->test.size(), std::int64_t(100));
        QCOMPARE(limited->train.labels[999], data->train.labels[999]);
    }

    // ---- CSV ---------------------------------------------------------------------------

    void csvHeaderNamedLabelAndSeparateTestFile() {
        QTemporaryDir dir;
        writeText(dir.filePath(u"train.csv"_s), "a, label ,b,const\n"
                                                "1,cat,10,5\n"
                                                "2,dog,20,5\n"
                                                "3,\"bird, small\",30,5\n"
                                                "6,cat,40,5\n\n");
        writeText(dir.filePath(u"test.csv"_s), "a,label,b,const\r\n4,dog,25,7\r\n");
        CsvSettings csv;
        csv.trainFile = u"train.csv"_s;
        csv.testFile = u"test.csv"_s;
        csv.labelColumn = u"label"_s;
        auto data = loadCsvData(csv, dir.path(), 1);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const Dataset& train = data->train;
        QCOMPARE(train.size(), std::int64_t(4));
        QCOMPARE(data->test.size(), std::int64_t(1));
        QCOMPARE(train.sampleShape, std::vector<std::int64_t>{3});
        QVERIFY(!train.isImage());
        QCOMPARE(train.classNames, (QStringList{u"bird, small"_s, u"cat"_s, u"dog"_s}));
        QCOMPARE(train.classes, 3);
        QCOMPARE(train.labels, (std::vector<std::int32_t>{1, 2, 0, 1}));
        QCOMPARE(data->test.labels, std::vector<std::int32_t>{2});
        QCOMPARE(train.name, u"train.csv train"_s);
        QCOMPARE(data->test.name, u"test.csv test"_s);
        // Column a: train values 1,2,3,6 -> mean 3, population sd sqrt(3.5).
        const double sd = std::sqrt(3.5);
        QVERIFY(std::abs(train.features[0] - float((1 - 3) / sd)) < 1e-6f);
        QVERIFY(std::abs(train.features[9] - float((6 - 3) / sd)) < 1e-6f);
        // The test row uses the train statistics, not its own.
        QVERIFY(std::abs(data->test.features[0] - float((4 - 3) / sd)) < 1e-6f);
        QVERIFY(std::abs(data->test.features[1] - float((25 - 25) / std::sqrt(125.0))) < 1e-6f);
        // A constant training column is 0 everywhere, even where the test value differs.
        for (std::size_t i = 0; i < 4; ++i)
            QCOMPARE(train.features[i * 3 + 2], 0.0f);
        QCOMPARE(data->test.features[2], 0.0f);
        for (std::size_t j = 0; j < 2; ++j) {
            double s = 0, q = 0;
            for (std::size_t i = 0; i < 4; ++i) {
                s += train.features[i * 3 + j];
                q += double(train.features[i * 3 + j]) * train.features[i * 3 + j];
            }
            QVERIFY(std::abs(s / 4) < 1e-6);
            QVERIFY(std::abs(q / 4 - 1.0) < 1e-5);
        }
    }

    void csvIndexLabelWithoutHeaderAndNumericClassOrder() {
        QTemporaryDir dir;
        writeText(dir.filePath(u"d.csv"_s), "10,0.5,1e3\n9,-1.5,+2\n2,3,4\n10,7,8\n");
        CsvSettings csv;
        csv.trainFile = dir.filePath(u"d.csv"_s);
        csv.testFile = csv.trainFile;
        csv.header = false;
        csv.labelColumn = u"0"_s;
        auto data = loadCsvData(csv, QString(), 1);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->train.classNames, (QStringList{u"2"_s, u"9"_s, u"10"_s}));
        QCOMPARE(data->train.labels, (std::vector<std::int32_t>{2, 1, 0, 2}));
        QCOMPARE(data->train.featureSize(), std::int64_t(2));
    }

    void csvHoldOutIsSeededAndCoversEveryRow() {
        QTemporaryDir dir;
        QByteArray text = "id,label,noise\n";
        for (int i = 0; i < 100; ++i)
            text += QByteArray::number(i) + (i % 3 ? ",yes," : ",no,") + QByteArray::number(i % 7) +
                    '\n';
        writeFile(dir.filePath(u"rows.csv"_s), text);
        CsvSettings csv;
        csv.trainFile = u"rows.csv"_s;
        csv.testFraction = 0.2;
        auto a = loadCsvData(csv, dir.path(), 5);
        auto b = loadCsvData(csv, dir.path(), 5);
        auto c = loadCsvData(csv, dir.path(), 6);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QVERIFY(b.ok() && c.ok());
        QCOMPARE(a->train.size(), std::int64_t(80));
        QCOMPARE(a->test.size(), std::int64_t(20));
        QCOMPARE(a->test.features, b->test.features);
        QCOMPARE(a->train.labels, b->train.labels);
        QVERIFY(a->test.features != c->test.features);
        // Both sides share the train transformation, so the standardised ids of all 100 rows
        // are equally spaced only if every row landed in exactly one side.
        std::vector<float> ids;
        for (const Dataset* set : {&a->train, &a->test})
            for (std::int64_t i = 0; i < set->size(); ++i)
                ids.push_back(set->features[std::size_t(i * 2)]);
        std::sort(ids.begin(), ids.end());
        const float step = ids[1] - ids[0];
        QVERIFY(step > 0);
        for (std::size_t i = 1; i < ids.size(); ++i)
            QVERIFY(std::abs((ids[i] - ids[i - 1]) - step) < 1e-4f);

        auto limited = loadCsvData(csv, dir.path(), 5, 10, 3);
        QVERIFY(limited.ok());
        QCOMPARE(limited->train.size(), std::int64_t(10));
        QCOMPARE(limited->test.size(), std::int64_t(3));
    }

    // ---- CIFAR-10 ----------------------------------------------------------------------

    void cifarLoadsGeneratedBatches() {
        QTemporaryDir dir;
        writeCifarFolder(dir.path());
        auto data = loadCifar10Folder(dir.path());
        QVERIFY2(data.ok(), qPrintable(data.error()));
        const Dataset& train = data->train;
        QCOMPARE(train.size(), std::int64_t(10));
        QCOMPARE(data->test.size(), std::int64_t(4));
        QCOMPARE(train.sampleShape, (std::vector<std::int64_t>{3, 32, 32}));
        QCOMPARE(train.classes, 10);
        QCOMPARE(train.classNames.size(), qsizetype(10));
        QCOMPARE(train.classNames.front(), u"airplane"_s);
        QCOMPARE(train.classNames.back(), u"truck"_s);
        QCOMPARE(train.name, u"CIFAR-10 train"_s);
        // Batches are concatenated in order: labels run 0..9.
        for (int i = 0; i < 10; ++i)
            QCOMPARE(train.labels[std::size_t(i)], i);
        QCOMPARE(data->test.labels.front(), 7);
        // Per-channel normalisation with the published statistics.
        const auto norm = cifar10Normalization();
        auto expect = [&](int channel, int value) {
            return (float(value) / 255.0f - norm[std::size_t(channel)].mean) /
                   norm[std::size_t(channel)].std;
        };
        const std::size_t stride = 3072;
        // Sample 3 is the second record of data_batch_2: red 1, green 255, blue = index.
        QCOMPARE(train.features[3 * stride + 0], expect(0, 1));
        QCOMPARE(train.features[3 * stride + 1024 + 5], expect(1, 255));
        QCOMPARE(train.features[3 * stride + 2048 + 300], expect(2, 300 % 256));
        QVERIFY(std::abs(norm[0].mean - 0.4914f) < 1e-6f &&
                std::abs(norm[2].std - 0.2616f) < 1e-6f);
    }

    void cifarLimitsAndTheSpec() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"cifar-10-batches-bin"_s));
        writeCifarFolder(dir.filePath(u"cifar-10-batches-bin"_s));
        FederationSpec spec;
        spec.baseDirectory = dir.path();
        spec.data.dataset = DatasetKind::Cifar10;
        spec.data.path = u"cifar-10-batches-bin"_s; // relative to the spec's folder
        spec.data.trainLimit = 4;                   // crosses from batch 1 into batch 2
        spec.data.testLimit = 3;
        auto data = loadFederatedData(spec);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->train.size(), std::int64_t(4));
        QCOMPARE(data->test.size(), std::int64_t(3));
        QCOMPARE(data->train.features.size(), std::size_t(4 * 3072));
        QCOMPARE(data->train.labels, (std::vector<std::int32_t>{0, 1, 2, 3}));
    }

    void cifarMissingFilesAreNamed() {
        QTemporaryDir dir;
        writeFile(dir.filePath(u"data_batch_1.bin"_s), cifarRecords(1, 0));
        writeFile(dir.filePath(u"data_batch_4.bin"_s), cifarRecords(1, 0));
        auto data = loadCifar10Folder(dir.path());
        QVERIFY(!data.ok());
        const QString e = data.error();
        QVERIFY2(e.contains(u"is missing data_batch_2.bin, data_batch_3.bin, data_batch_5.bin, "
                            u"test_batch.bin"_s),
                 qPrintable(e));
        QVERIFY2(e.contains(u"data_batch_1.bin to data_batch_5.bin and test_batch.bin"_s) &&
                     e.contains(u"cifar-10-binary.tar.gz"_s),
                 qPrintable(e));
        auto nowhere = loadCifar10Folder(dir.filePath(u"nope"_s));
        QVERIFY(!nowhere.ok());
        QVERIFY2(nowhere.error().contains(u"does not exist"_s) &&
                     nowhere.error().contains(u"test_batch.bin"_s),
                 qPrintable(nowhere.error()));
    }

    void cifarCorruptionsAreReported() {
        QTemporaryDir dir;
        writeCifarFolder(dir.path());
        // A truncated record.
        writeFile(dir.filePath(u"data_batch_3.bin"_s), cifarRecords(1, 0).chopped(10));
        auto data = loadCifar10Folder(dir.path());
        QVERIFY(!data.ok());
        QVERIFY2(data.error().contains(u"data_batch_3.bin: 3063 bytes is not a CIFAR-10 binary "
                                       u"batch"_s),
                 qPrintable(data.error()));
        // A label beyond 9 (CIFAR-100's fine labels, say).
        QByteArray bad = cifarRecords(2, 0);
        bad[3073] = char(57);
        writeFile(dir.filePath(u"data_batch_3.bin"_s), bad);
        data = loadCifar10Folder(dir.path());
        QVERIFY(!data.ok());
        QVERIFY2(data.error().contains(u"record 1 has label 57 (classes are 0 to 9)"_s),
                 qPrintable(data.error()));
        // An empty file.
        writeFile(dir.filePath(u"data_batch_3.bin"_s), QByteArray());
        QVERIFY(!loadCifar10Folder(dir.path()).ok());
    }

    void csvThroughTheSpecResolvesRelativePaths() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"data"_s));
        writeText(dir.filePath(u"data/t.csv"_s), "x,y\n1,a\n2,b\n3,a\n4,b\n5,a\n");
        FederationSpec spec;
        spec.baseDirectory = dir.path();
        spec.data.dataset = DatasetKind::Csv;
        spec.data.csv.trainFile = u"data/t.csv"_s;
        spec.data.csv.labelColumn = u"y"_s;
        spec.data.csv.testFraction = 0.4;
        auto data = loadFederatedData(spec);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->train.size() + data->test.size(), std::int64_t(5));
        QCOMPARE(data->test.size(), std::int64_t(2));
        QVERIFY(data->naturalClients.empty());
    }

    void csvErrors_data() {
        QTest::addColumn<QByteArray>("train");
        QTest::addColumn<QByteArray>("test"); // empty: no test file
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("header");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a number")
            << QByteArray("a,label\n1,x\nx1,y\n") << QByteArray() << u"label"_s << true
            << u"line 3, column 0 \"a\": \"x1\" is not a number"_s;
        QTest::newRow("not finite") << QByteArray("a,label\n1,x\nnan,y\n") << QByteArray()
                                    << u"label"_s << true << u"\"nan\" is not a number"_s;
        QTest::newRow("empty value")
            << QByteArray("a,b,label\n1,,x\n1,2,y\n") << QByteArray() << u"label"_s << true
            << u"line 2, column 1 \"b\": \"\" is not a number"_s;
        QTest::newRow("no header column index")
            << QByteArray("1,x\n2,y\n3,oops\n4.5e,y\n") << QByteArray() << u"1"_s << false
            << u"line 4, column 0: \"4.5e\" is not a number"_s;
        QTest::newRow("ragged") << QByteArray("a,b,label\n1,2,x\n1,y\n") << QByteArray()
                                << u"label"_s << true << u"line 3: 2 fields, expected 3"_s;
        QTest::newRow("empty file")
            << QByteArray() << QByteArray() << u"label"_s << true << u"the file is empty"_s;
        QTest::newRow("blank file") << QByteArray("\n\n  \n") << QByteArray() << u"label"_s << true
                                    << u"the file is empty"_s;
        QTest::newRow("header only") << QByteArray("a,label\n") << QByteArray() << u"label"_s
                                     << true << u"header but no data rows"_s;
        QTest::newRow("no features") << QByteArray("label\nx\ny\n") << QByteArray() << u"label"_s
                                     << true << u"no feature columns"_s;
        QTest::newRow("missing label column")
            << QByteArray("a,b\n1,2\n") << QByteArray() << u"label"_s << true
            << u"no label column named \"label\"; the columns are a, b"_s;
        QTest::newRow("label index too big")
            << QByteArray("a,b\n1,2\n") << QByteArray() << u"5"_s << true
            << u"label column 5 does not exist; the file has 2 columns"_s;
        QTest::newRow("name without header")
            << QByteArray("1,2\n3,4\n") << QByteArray() << u"label"_s << false
            << u"is a name, but the file has no header row"_s;
        QTest::newRow("one class") << QByteArray("a,label\n1,x\n2,x\n") << QByteArray()
                                   << u"label"_s << true << u"only one value, \"x\""_s;
        QTest::newRow("empty label")
            << QByteArray("a,label\n1,x\n2,\n") << QByteArray() << u"label"_s << true
            << u"line 3: the label (column 1 \"label\") is empty"_s;
        QTest::newRow("unclosed quote")
            << QByteArray("a,label\n1,\"x\n2,y\n") << QByteArray() << u"label"_s << true
            << u"line 2: a quoted field is never closed"_s;
        QTest::newRow("text after quote")
            << QByteArray("a,label\n1,\"x\"y\n") << QByteArray() << u"label"_s << true
            << u"unexpected text after a closing quote"_s;
        QTest::newRow("test columns differ")
            << QByteArray("a,label\n1,x\n2,y\n") << QByteArray("a,b,label\n1,2,x\n") << u"label"_s
            << true << u"the test file's columns do not match"_s;
        QTest::newRow("test bad number")
            << QByteArray("a,label\n1,x\n2,y\n") << QByteArray("a,label\n1,x\nz,y\n") << u"label"_s
            << true << u"line 3, column 0 \"a\": \"z\" is not a number"_s;
        QTest::newRow("single row hold-out")
            << QByteArray("a,label\n1,x\n") << QByteArray() << u"label"_s << true
            << u"one data row cannot be split"_s;
    }
    void csvErrors() {
        QFETCH(QByteArray, train);
        QFETCH(QByteArray, test);
        QFETCH(QString, label);
        QFETCH(bool, header);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        CsvSettings csv;
        csv.trainFile = dir.filePath(u"train.csv"_s);
        writeFile(csv.trainFile, train);
        if (!test.isEmpty()) {
            csv.testFile = dir.filePath(u"test.csv"_s);
            writeFile(csv.testFile, test);
        }
        csv.labelColumn = label;
        csv.header = header;
        auto data = loadCsvData(csv, QString(), 1);
        QVERIFY(!data.ok());
        // Rows tagged "test ..." break the test file; the message must name that one.
        const bool testFault = QByteArray(QTest::currentDataTag()).startsWith("test ");
        QVERIFY2(data.error().contains(
                     QDir::toNativeSeparators(testFault ? csv.testFile : csv.trainFile)),
                 qPrintable(data.error()));
        QVERIFY2(data.error().contains(expected), qPrintable(data.error()));
    }

    void csvSettingsErrors() {
        QTemporaryDir dir;
        CsvSettings csv;
        csv.trainFile = u"absent.csv"_s;
        auto missing = loadCsvData(csv, dir.path(), 1);
        QVERIFY(!missing.ok());
        QVERIFY2(
            missing.error().contains(QDir::toNativeSeparators(dir.filePath(u"absent.csv"_s))) &&
                missing.error().contains(u"does not exist"_s),
            qPrintable(missing.error()));
        writeText(dir.filePath(u"ok.csv"_s), "a,label\n1,x\n2,y\n3,x\n");
        csv.trainFile = u"ok.csv"_s;
        for (double fraction : {0.0, 1.0, -0.5}) {
            csv.testFraction = fraction;
            auto bad = loadCsvData(csv, dir.path(), 1);
            QVERIFY(!bad.ok());
            QVERIFY2(bad.error().contains(u"test fraction must be between 0 and 1"_s),
                     qPrintable(bad.error()));
        }
        csv.trainFile.clear();
        QVERIFY(!loadCsvData(csv, dir.path(), 1).ok());
    }

    // ---- Synthetic ---------------------------------------------------------------------

    void syntheticShapesAndCounts_data() {
        QTest::addColumn<bool>("iid");
        QTest::newRow("Synthetic(1, 1)") << false;
        QTest::newRow("Synthetic-IID") << true;
    }
    void syntheticShapesAndCounts() {
        QFETCH(bool, iid);
        SyntheticSettings s;
        s.iid = iid;
        auto data = generateSynthetic(s, 30, 7);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->train.sampleShape, std::vector<std::int64_t>{60});
        QCOMPARE(data->train.classes, 10);
        QCOMPARE(data->test.size(), std::int64_t(2000));
        QCOMPARE(data->test.features.size(), std::size_t(2000 * 60));
        QCOMPARE(data->train.name, iid ? u"Synthetic-IID train"_s : u"Synthetic(1, 1) train"_s);
        QCOMPARE(data->naturalClients.size(), std::size_t(30));
        QCOMPARE(data->train.features.size(), std::size_t(data->train.size()) * 60);
        std::uint32_t next = 0;
        for (const auto& client : data->naturalClients) {
            QVERIFY(client.size() >= 10);
            for (std::uint32_t i : client)
                QCOMPARE(i, next++);
        }
        QCOMPARE(std::int64_t(next), data->train.size());
        const double mean = double(next) / 30.0;
        QVERIFY2(mean > 140 && mean < 260, qPrintable(QString::number(mean)));
        for (const Dataset* set : {&data->train, &data->test})
            for (auto l : set->labels)
                QVERIFY(l >= 0 && l < 10);
        for (float x : data->train.features)
            QVERIFY(std::isfinite(x));

        FederationSpec spec;
        spec.clients = 30;
        spec.seed = 7;
        spec.data.dataset = DatasetKind::Synthetic;
        spec.data.synthetic = s;
        spec.data.trainLimit = 5; // ignored: natural clients must stay whole
        auto viaSpec = loadFederatedData(spec);
        QVERIFY(viaSpec.ok());
        QCOMPARE(viaSpec->train.features, data->train.features);
        auto partition = partitionFor(spec, *viaSpec);
        QVERIFY(partition.ok());
        QCOMPARE(partition->clientIndices, data->naturalClients);
        spec.clients = 31;
        auto mismatch = partitionFor(spec, *viaSpec);
        QVERIFY(!mismatch.ok());
        QVERIFY2(mismatch.error().contains(u"defines 30 clients but the spec asks for 31"_s),
                 qPrintable(mismatch.error()));
    }

    void syntheticIsDeterministic() {
        SyntheticSettings s;
        s.dimension = 20;
        s.testSamples = 300;
        auto a = generateSynthetic(s, 10, 3);
        auto b = generateSynthetic(s, 10, 3);
        auto c = generateSynthetic(s, 10, 4);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(a->train.features, b->train.features);
        QCOMPARE(a->train.labels, b->train.labels);
        QCOMPARE(a->test.features, b->test.features);
        QCOMPARE(a->naturalClients, b->naturalClients);
        QVERIFY(a->train.features != c->train.features);
    }

    void syntheticHeterogeneityFollowsAlphaBeta() {
        // Spread across clients of the per-client mean of feature 0: v_k0 ~ N(B_k, 1) with
        // B_k ~ N(0, beta) in the non-IID case, v = 0 for Synthetic-IID.
        auto spread = [](const FederatedData& data) {
            std::vector<double> means;
            for (const auto& client : data.naturalClients) {
                double s = 0;
                for (std::uint32_t i : client)
                    s += data.train.features[std::size_t(i) * data.train.featureSize()];
                means.push_back(s / double(client.size()));
            }
            const double m =
                std::accumulate(means.begin(), means.end(), 0.0) / double(means.size());
            double v = 0;
            for (double x : means)
                v += (x - m) * (x - m);
            return v / double(means.size());
        };
        SyntheticSettings s;
        s.alpha = 0;
        s.beta = 0;
        auto zero = generateSynthetic(s, 40, 1);
        s.alpha = 1;
        s.beta = 1;
        auto one = generateSynthetic(s, 40, 1);
        s.iid = true;
        auto iid = generateSynthetic(s, 40, 1);
        QVERIFY(zero.ok() && one.ok() && iid.ok());
        QVERIFY(zero->train.features != one->train.features);
        const double spreadZero = spread(*zero), spreadOne = spread(*one), spreadIid = spread(*iid);
        QVERIFY2(spreadIid < 0.05, qPrintable(QString::number(spreadIid)));
        QVERIFY2(spreadZero > 0.3 && spreadOne > spreadZero,
                 qPrintable(u"%1 %2"_s.arg(spreadZero).arg(spreadOne)));
        // Synthetic(1, 1) clients disagree about labels far more than Synthetic-IID clients.
        Partition nonIid{one->naturalClients}, same{iid->naturalClients};
        QVERIFY(meanMaxClassShare(one->train, nonIid) > meanMaxClassShare(iid->train, same));
    }

    void syntheticRejectsBadSettings_data() {
        QTest::addColumn<int>("dimension");
        QTest::addColumn<int>("classes");
        QTest::addColumn<int>("clients");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dimension") << 0 << 10 << 5 << 1.0 << u"dimension must be 1 to"_s;
        QTest::newRow("classes") << 60 << 1 << 5 << 1.0 << u"number of classes must be 2 to"_s;
        QTest::newRow("clients") << 60 << 10 << 0 << 1.0 << u"number of clients must be 1 to"_s;
        QTest::newRow("alpha") << 60 << 10 << 5 << -1.0 << u"alpha and beta must be finite"_s;
        QTest::newRow("too big") << 100000 << 10 << 100000 << 1.0
                                 << u"exceed the 2 GiB feature limit"_s;
    }
    void syntheticRejectsBadSettings() {
        QFETCH(int, dimension);
        QFETCH(int, classes);
        QFETCH(int, clients);
        QFETCH(double, alpha);
        QFETCH(QString, expected);
        SyntheticSettings s;
        s.dimension = dimension;
        s.classes = classes;
        s.alpha = alpha;
        auto data = generateSynthetic(s, clients, 1);
        QVERIFY(!data.ok());
        QVERIFY2(data.error().startsWith(u"Synthetic: "_s) && data.error().contains(expected),
                 qPrintable(data.error()));
    }

    // ---- Partitioners ------------------------------------------------------------------

    void partitionInvariants_data() {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("clients");
        QTest::addColumn<int>("samples");
        for (int clients : {1, 7, 100}) {
            for (auto [s, name] : {std::pair{PartitionScheme::Iid, "iid"},
                                   std::pair{PartitionScheme::Dirichlet, "dirichlet"},
                                   std::pair{PartitionScheme::Shards, "shards"},
                                   std::pair{PartitionScheme::Quantity, "quantity"}})
                QTest::addRow("%s, %d clients", name, clients) << int(s) << clients << 6007;
        }
    }
    void partitionInvariants() {
        QFETCH(int, scheme);
        QFETCH(int, clients);
        QFETCH(int, samples);
        const Dataset train = labelledDataset(std::size_t(samples), 10);
        PartitionSettings settings = ::scheme(PartitionScheme(scheme));
        settings.minSamplesPerClient = 5;
        auto p = partitionDataset(train, settings, clients, 11);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->clients(), clients);
        std::vector<int> seen(std::size_t(samples), 0);
        std::size_t total = 0;
        for (const auto& client : p->clientIndices) {
            QVERIFY(client.size() >= 5);
            QVERIFY(std::is_sorted(client.begin(), client.end()));
            total += client.size();
            for (auto i : client) {
                QVERIFY(i < std::uint32_t(samples));
                ++seen[i];
            }
        }
        QCOMPARE(total, std::size_t(samples));
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));

        auto again = partitionDataset(train, settings, clients, 11);
        QVERIFY(again.ok());
        QCOMPARE(again->clientIndices, p->clientIndices);
        if (clients > 1) {
            auto other = partitionDataset(train, settings, clients, 12);
            QVERIFY(other.ok());
            QVERIFY(other->clientIndices != p->clientIndices);
        }

        const auto histograms = labelHistograms(train, *p);
        QCOMPARE(histograms.size(), std::size_t(clients));
        std::vector<std::int64_t> perClass(10, 0);
        for (std::size_t k = 0; k < histograms.size(); ++k) {
            QCOMPARE(histograms[k].size(), std::size_t(10));
            QCOMPARE(std::accumulate(histograms[k].begin(), histograms[k].end(), std::int64_t(0)),
                     std::int64_t(p->clientIndices[k].size()));
            for (std::size_t c = 0; c < 10; ++c)
                perClass[c] += histograms[k][c];
            for (auto i : p->clientIndices[k])
                QVERIFY(histograms[k][std::size_t(train.labels[i])] > 0);
        }
        for (std::size_t c = 0; c < 10; ++c)
            QCOMPARE(perClass[c],
                     std::int64_t(std::count(train.labels.begin(), train.labels.end(), int(c))));
    }

    void iidSizesAreEven() {
        const Dataset train = labelledDataset(1003, 10);
        auto p = partitionDataset(train, scheme(PartitionScheme::Iid), 10, 1);
        QVERIFY(p.ok());
        for (int k = 0; k < 10; ++k)
            QCOMPARE(p->clientIndices[std::size_t(k)].size(), std::size_t(k < 3 ? 101 : 100));
    }

    void dirichletSkewFollowsAlpha() {
        const Dataset train = labelledDataset(20000, 10);
        auto skewFor = [&](double alpha) {
            PartitionSettings settings = scheme(PartitionScheme::Dirichlet);
            settings.alpha = alpha;
            auto p = partitionDataset(train, settings, 20, 3);
            return p.ok() ? meanMaxClassShare(train, *p) : -1.0;
        };
        const double skewed = skewFor(0.1), balanced = skewFor(100.0);
        qInfo("mean max-class share: alpha 0.1 -> %.3f, alpha 100 -> %.3f", skewed, balanced);
        QVERIFY2(balanced > 0 && balanced < 0.2, qPrintable(QString::number(balanced)));
        QVERIFY2(skewed > 0.5, qPrintable(QString::number(skewed)));
    }

    void shardsHaveExactSizesAndFewLabels() {
        // 6000 samples, 600 per class: 200 shards of 30 never straddle two labels.
        const Dataset train = labelledDataset(6000, 10);
        auto p = partitionDataset(train, scheme(PartitionScheme::Shards), 100, 4);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        const auto histograms = labelHistograms(train, *p);
        for (int k = 0; k < 100; ++k) {
            QCOMPARE(p->clientIndices[std::size_t(k)].size(), std::size_t(60));
            const auto& h = histograms[std::size_t(k)];
            const auto labels =
                std::count_if(h.begin(), h.end(), [](std::int64_t n) { return n > 0; });
            QVERIFY(labels >= 1 && labels <= 2);
            for (auto n : h)
                QVERIFY(n == 0 || n % 30 == 0);
        }
        // Uneven: shards differ by at most one sample, labels at most 2 per shard.
        PartitionSettings three = scheme(PartitionScheme::Shards);
        three.shardsPerClient = 3;
        const Dataset odd = labelledDataset(6001, 10);
        auto q = partitionDataset(odd, three, 70, 4);
        QVERIFY2(q.ok(), qPrintable(q.error()));
        const auto oddHistograms = labelHistograms(odd, *q);
        for (int k = 0; k < 70; ++k) {
            const auto size = q->clientIndices[std::size_t(k)].size();
            QVERIFY(size >= 3 * (6001 / 210) && size <= 3 * (6001 / 210 + 1));
            const auto& h = oddHistograms[std::size_t(k)];
            QVERIFY(std::count_if(h.begin(), h.end(), [](std::int64_t n) { return n > 0; }) <= 6);
        }
    }

    void quantitySizesVaryAndHonourTheMinimum() {
        const Dataset train = labelledDataset(10000, 10);
        PartitionSettings settings = scheme(PartitionScheme::Quantity);
        settings.quantityAlpha = 0.5;
        settings.minSamplesPerClient = 20;
        auto p = partitionDataset(train, settings, 50, 8);
        QVERIFY(p.ok());
        std::size_t lo = SIZE_MAX, hi = 0, total = 0;
        for (const auto& c : p->clientIndices) {
            lo = std::min(lo, c.size());
            hi = std::max(hi, c.size());
            total += c.size();
        }
        QCOMPARE(total, std::size_t(10000));
        QVERIFY(lo >= 20);
        QVERIFY2(hi > 5 * lo, qPrintable(u"%1..%2"_s.arg(lo).arg(hi)));
        // Samples are assigned IID: each client's label mix stays near uniform.
        QVERIFY(meanMaxClassShare(train, *p) < 0.35);
    }

    void impossiblePartitionsFailCleanly_data() {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("samples");
        QTest::addColumn<int>("clients");
        QTest::addColumn<double>("alpha");
        QTest::addColumn<int>("shards");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<QString>("expected");
        const int iid = int(PartitionScheme::Iid), dir = int(PartitionScheme::Dirichlet),
                  sh = int(PartitionScheme::Shards), qu = int(PartitionScheme::Quantity);
        QTest::newRow("shards")
            << sh << 1500 << 1000 << 0.5 << 2 << 1
            << u"partition: 1000 clients × 2 shards need at least 2000 samples, the training set has 1500"_s;
        QTest::newRow("shard minimum")
            << sh << 1000 << 10 << 0.5 << 2 << 200
            << u"partition: 10 clients with at least 200 samples each need 2000 samples, the training set has 1000"_s;
        QTest::newRow("small shards")
            << sh << 1090 << 10 << 0.5 << 20 << 105
            << u"10 clients × 20 shards of 5 samples give some clients only 100 samples, fewer than the minimum of 105"_s;
        QTest::newRow("no shards")
            << sh << 1000 << 10 << 0.5 << 0 << 1 << u"shards per client must be at least 1"_s;
        QTest::newRow("too many clients")
            << iid << 50 << 51 << 0.5 << 2 << 0
            << u"51 clients with at least 1 samples each need 51 samples, the training set has 50"_s;
        QTest::newRow("no clients")
            << iid << 50 << 0 << 0.5 << 2 << 1 << u"number of clients must be at least 1, not 0"_s;
        QTest::newRow("negative minimum")
            << iid << 50 << 2 << 0.5 << 2 << -3 << u"minimum samples per client"_s;
        QTest::newRow("dirichlet alpha")
            << dir << 500 << 5 << 0.0 << 2 << 1 << u"Dirichlet alpha must be a positive number"_s;
        QTest::newRow("dirichlet hopeless")
            << dir << 1000 << 500 << 0.001 << 2 << 1
            << u"left some of the 500 clients with fewer than 1 samples in 100 draws"_s;
        QTest::newRow("quantity alpha")
            << qu << 500 << 5 << -1.0 << 2 << 1 << u"quantity alpha must be a positive number"_s;
    }
    void impossiblePartitionsFailCleanly() {
        QFETCH(int, scheme);
        QFETCH(int, samples);
        QFETCH(int, clients);
        QFETCH(double, alpha);
        QFETCH(int, shards);
        QFETCH(int, minimum);
        QFETCH(QString, expected);
        const Dataset train = labelledDataset(std::size_t(samples), 10);
        PartitionSettings settings = ::scheme(PartitionScheme(scheme));
        settings.alpha = alpha;
        settings.quantityAlpha = alpha;
        settings.shardsPerClient = shards;
        settings.minSamplesPerClient = minimum;
        auto p = partitionDataset(train, settings, clients, 1);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(expected), qPrintable(p.error()));
    }

    void partitionRejectsLabelsOutOfRange() {
        Dataset train = labelledDataset(100, 10);
        train.labels[42] = 10;
        auto p = partitionDataset(train, scheme(PartitionScheme::Shards), 5, 1);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(u"label 10 of training sample 42 is outside 0 to 9"_s),
                 qPrintable(p.error()));
    }

    void partitionsAreFastAtScale_data() {
        QTest::addColumn<int>("scheme");
        QTest::newRow("iid") << int(PartitionScheme::Iid);
        QTest::newRow("dirichlet 0.5") << int(PartitionScheme::Dirichlet);
        QTest::newRow("shards") << int(PartitionScheme::Shards);
        QTest::newRow("quantity") << int(PartitionScheme::Quantity);
    }
    void partitionsAreFastAtScale() {
        QFETCH(int, scheme);
        const Dataset train = labelledDataset(60000, 10);
        QElapsedTimer timer;
        timer.start();
        auto p = partitionDataset(train, ::scheme(PartitionScheme(scheme)), 1000, 2);
        const qint64 ms = timer.elapsed();
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->clients(), 1000);
        qInfo("1000 clients x 60000 samples: %lld ms", ms);
        // Generous for a loaded machine; typical is a few milliseconds.
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    }

    void partitionForUsesTheSpecWithoutNaturalClients() {
        FederatedData data;
        data.train = labelledDataset(500, 10);
        FederationSpec spec;
        spec.clients = 8;
        spec.seed = 21;
        spec.partition.scheme = PartitionScheme::Dirichlet;
        auto viaSpec = partitionFor(spec, data);
        auto direct = partitionDataset(data.train, spec.partition, 8, 21);
        QVERIFY(viaSpec.ok() && direct.ok());
        QCOMPARE(viaSpec->clientIndices, direct->clientIndices);
    }

    void labelHistogramsCountPerClient() {
        Dataset train;
        train.classes = 3;
        train.labels = {0, 1, 2, 2, 1, 0, 0};
        Partition p;
        p.clientIndices = {{0, 1, 5, 6}, {2, 3}, {}, {4, 99}}; // 99 does not exist: ignored
        const auto h = labelHistograms(train, p);
        QCOMPARE(h, (std::vector<std::vector<std::int64_t>>{
                        {3, 1, 0}, {0, 0, 2}, {0, 0, 0}, {0, 1, 0}}));
    }
};

QTEST_GUILESS_MAIN(TestData)
#include "test_data.moc"
