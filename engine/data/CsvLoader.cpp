// CSV loader: numeric feature columns plus one label column of arbitrary strings.
#include "engine/core/Rng.h"
#include "engine/data/DataText.h"
#include "engine/data/Dataset.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace fed {

using data_detail::DataText;
using data_detail::shownPath;

namespace {

//! Beyond this the "label" column is almost certainly a continuous feature.
constexpr std::size_t kMaxClasses = 10000;
//! Bad text is quoted in messages, but a runaway field should not flood the dialog.
constexpr qsizetype kMaxQuotedText = 40;

QString quotedText(std::string_view text) {
    QString s = QString::fromUtf8(text.data(), qsizetype(text.size()));
    if (s.size() > kMaxQuotedText)
        s = s.left(kMaxQuotedText) + QStringLiteral("…");
    return QLatin1Char('"') + s + QLatin1Char('"');
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

//! Parses the whole field as a finite number; from_chars is locale-independent.
bool parseNumber(std::string_view text, double& value) {
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size() && std::isfinite(value);
}

//! Splits RFC 4180 records: quoted fields may hold commas, doubled quotes and newlines.
class CsvTokenizer {
public:
    CsvTokenizer(const QByteArray& bytes, QString path)
        : m_pos(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
        , m_path(std::move(path)) {
        if (m_end - m_pos >= 3 && std::string_view(m_pos, 3) == "\xEF\xBB\xBF")
            m_pos += 3; // UTF-8 byte-order mark written by spreadsheet programs
    }

    //! Next non-blank record into `fields`; false at the end of the file.
    Result<bool> next(std::vector<std::string>& fields, int& recordLine) {
        for (;;) {
            if (m_pos >= m_end)
                return false;
            recordLine = m_line;
            std::size_t count = 0;
            auto field = [&]() -> std::string& {
                if (fields.size() <= count)
                    fields.emplace_back();
                fields[count].clear();
                return fields[count++];
            };
            bool blank = true;
            for (;;) {
                std::string& out = field();
                if (m_pos < m_end && *m_pos == '"') {
                    blank = false;
                    ++m_pos;
                    for (;;) {
                        if (m_pos >= m_end)
                            return fail(DataText::tr("%1, line %2: a quoted field is never closed")
                                            .arg(shownPath(m_path))
                                            .arg(recordLine));
                        const char c = *m_pos++;
                        if (c == '"') {
                            if (m_pos < m_end && *m_pos == '"') {
                                out.push_back('"');
                                ++m_pos;
                                continue;
                            }
                            break;
                        }
                        if (c == '\n')
                            ++m_line;
                        out.push_back(c);
                    }
                    while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t' || *m_pos == '\r'))
                        ++m_pos;
                    if (m_pos < m_end && *m_pos != ',' && *m_pos != '\n')
                        return fail(
                            DataText::tr("%1, line %2: unexpected text after a closing quote")
                                .arg(shownPath(m_path))
                                .arg(m_line));
                } else {
                    const char* start = m_pos;
                    while (m_pos < m_end && *m_pos != ',' && *m_pos != '\n')
                        ++m_pos;
                    std::string_view text(start, std::size_t(m_pos - start));
                    if (!text.empty() && text.back() == '\r')
                        text.remove_suffix(1);
                    text = trimmed(text);
                    if (!text.empty())
                        blank = false;
                    out.assign(text);
                }
                if (m_pos < m_end && *m_pos == ',') {
                    blank = false;
                    ++m_pos;
                    continue;
                }
                if (m_pos < m_end) { // newline
                    ++m_pos;
                    ++m_line;
                }
                break;
            }
            if (blank)
                continue;
            fields.resize(count);
            return true;
        }
    }

private:
    const char* m_pos;
    const char* m_end;
    QString m_path;
    int m_line = 1;
};

struct CsvRows {
    std::vector<std::string> header; //!< empty without a header row
    std::size_t columns = 0;
    std::size_t labelColumn = 0;
    std::vector<double> features; //!< rows × (columns - 1)
    std::vector<std::string> labels;
};

Result<std::size_t> resolveLabelColumn(const CsvSettings& csv, const CsvRows& rows,
                                       const QString& path) {
    const QString wanted = csv.labelColumn.trimmed();
    if (wanted.isEmpty())
        return fail(DataText::tr("%1: no label column given").arg(shownPath(path)));
    const std::string wantedUtf8 = wanted.toStdString();
    if (!rows.header.empty()) {
        const auto it = std::find(rows.header.begin(), rows.header.end(), wantedUtf8);
        if (it != rows.header.end())
            return std::size_t(it - rows.header.begin());
    }
    bool isIndex = false;
    const int index = wanted.toInt(&isIndex);
    if (!isIndex || index < 0) {
        if (rows.header.empty())
            return fail(DataText::tr("%1: the label column \"%2\" is a name, but the file has no "
                                     "header row; give a 0-based column index")
                            .arg(shownPath(path), wanted));
        QStringList names;
        for (const auto& name : rows.header)
            names << QString::fromStdString(name);
        return fail(DataText::tr("%1: there is no label column named \"%2\"; the columns are %3")
                        .arg(shownPath(path), wanted, names.join(QStringLiteral(", "))));
    }
    if (std::size_t(index) >= rows.columns)
        return fail(DataText::tr("%1: label column %2 does not exist; the file has %3 columns "
                                 "(0 to %4)")
                        .arg(shownPath(path))
                        .arg(index)
                        .arg(rows.columns)
                        .arg(rows.columns - 1));
    return std::size_t(index);
}

//! Reads one CSV file; `role` ("train"/"test") only shapes messages.
Result<CsvRows> readCsv(const QString& path, const CsvSettings& csv, const QString& role) {
    if (path.isEmpty())
        return fail(DataText::tr("no CSV %1 file given").arg(role));
    QFile file(path);
    if (!QFileInfo::exists(path))
        return fail(DataText::tr("%1: the CSV %2 file does not exist").arg(shownPath(path), role));
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            DataText::tr("%1: cannot be read (%2)").arg(shownPath(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty())
        return fail(DataText::tr("%1: the file is empty").arg(shownPath(path)));

    CsvTokenizer tokenizer(bytes, path);
    std::vector<std::string> fields;
    int line = 0;
    auto first = tokenizer.next(fields, line);
    if (!first)
        return first.takeError();
    if (!*first)
        return fail(DataText::tr("%1: the file is empty").arg(shownPath(path)));

    CsvRows rows;
    rows.columns = fields.size();
    bool pending = true; // `fields` holds a data row not yet consumed
    if (csv.header) {
        rows.header = fields;
        pending = false;
    }
    auto label = resolveLabelColumn(csv, rows, path);
    if (!label)
        return label.takeError();
    rows.labelColumn = *label;
    if (rows.columns < 2)
        return fail(DataText::tr("%1: no feature columns; the file has only the label column")
                        .arg(shownPath(path)));

    auto columnName = [&](std::size_t c) {
        return rows.header.empty()
                   ? QString::number(c)
                   : QStringLiteral("%1 \"%2\"").arg(c).arg(QString::fromStdString(rows.header[c]));
    };
    for (;;) {
        if (!pending) {
            auto more = tokenizer.next(fields, line);
            if (!more)
                return more.takeError();
            if (!*more)
                break;
        }
        pending = false;
        if (fields.size() != rows.columns)
            return fail(DataText::tr("%1, line %2: %3 fields, expected %4 like the first row")
                            .arg(shownPath(path))
                            .arg(line)
                            .arg(fields.size())
                            .arg(rows.columns));
        for (std::size_t c = 0; c < rows.columns; ++c) {
            if (c == rows.labelColumn) {
                if (fields[c].empty())
                    return fail(DataText::tr("%1, line %2: the label (column %3) is empty")
                                    .arg(shownPath(path))
                                    .arg(line)
                                    .arg(columnName(c)));
                rows.labels.push_back(fields[c]);
                continue;
            }
            double value = 0.0;
            if (!parseNumber(fields[c], value))
                return fail(DataText::tr("%1, line %2, column %3: %4 is not a number")
                                .arg(shownPath(path))
                                .arg(line)
                                .arg(columnName(c), quotedText(fields[c])));
            rows.features.push_back(value);
        }
    }
    if (rows.labels.empty())
        return fail(
            DataText::tr("%1: the file has a header but no data rows").arg(shownPath(path)));
    return rows;
}

//! Numeric labels sort as numbers (so "10" follows "9"); anything else sorts as text.
std::vector<std::string> sortedClasses(const std::vector<std::string>& a,
                                       const std::vector<std::string>& b) {
    std::vector<std::string> classes;
    {
        std::unordered_map<std::string_view, bool> seen;
        for (const auto* labels : {&a, &b})
            for (const auto& l : *labels)
                if (seen.emplace(l, true).second)
                    classes.push_back(l);
    }
    bool numeric = true;
    std::vector<double> values(classes.size());
    for (std::size_t i = 0; i < classes.size() && numeric; ++i)
        numeric = parseNumber(classes[i], values[i]);
    if (numeric) {
        std::vector<std::size_t> order(classes.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return values[x] != values[y] ? values[x] < values[y] : classes[x] < classes[y];
        });
        std::vector<std::string> sorted;
        for (std::size_t i : order)
            sorted.push_back(std::move(classes[i]));
        return sorted;
    }
    std::sort(classes.begin(), classes.end());
    return classes;
}

Dataset makeDataset(const CsvRows& rows, const std::vector<std::size_t>& keep,
                    const std::unordered_map<std::string, int>& classIndex,
                    const QStringList& classNames, const QString& name) {
    const std::size_t d = rows.columns - 1;
    Dataset dataset;
    dataset.name = name;
    dataset.sampleShape = {std::int64_t(d)};
    dataset.classes = int(classNames.size());
    dataset.classNames = classNames;
    dataset.features.resize(keep.size() * d);
    dataset.labels.resize(keep.size());
    for (std::size_t i = 0; i < keep.size(); ++i) {
        const std::size_t r = keep[i];
        for (std::size_t j = 0; j < d; ++j)
            dataset.features[i * d + j] = float(rows.features[r * d + j]);
        dataset.labels[i] = classIndex.at(rows.labels[r]);
    }
    return dataset;
}

void standardize(Dataset& train, Dataset& test, const CsvRows& rows,
                 const std::vector<std::size_t>& trainRows,
                 const std::vector<std::size_t>& testRows, const CsvRows& testSource) {
    // Statistics come from the double-precision source values of the training rows only:
    // the test set must not leak into the transformation it is evaluated under.
    const std::size_t d = rows.columns - 1;
    std::vector<double> mean(d, 0.0), scale(d, 0.0), lo(d, HUGE_VAL), hi(d, -HUGE_VAL);
    for (std::size_t r : trainRows)
        for (std::size_t j = 0; j < d; ++j) {
            const double x = rows.features[r * d + j];
            mean[j] += x;
            lo[j] = std::min(lo[j], x);
            hi[j] = std::max(hi[j], x);
        }
    for (auto& m : mean)
        m /= double(trainRows.size());
    std::vector<double> var(d, 0.0);
    for (std::size_t r : trainRows)
        for (std::size_t j = 0; j < d; ++j) {
            const double delta = rows.features[r * d + j] - mean[j];
            var[j] += delta * delta;
        }
    for (std::size_t j = 0; j < d; ++j) {
        // A constant column carries no information; scale 0 maps it to 0 everywhere.
        const double sd = std::sqrt(var[j] / double(trainRows.size()));
        scale[j] = (lo[j] == hi[j] || sd == 0.0) ? 0.0 : 1.0 / sd;
    }
    auto apply = [&](Dataset& set, const CsvRows& source, const std::vector<std::size_t>& keep) {
        for (std::size_t i = 0; i < keep.size(); ++i)
            for (std::size_t j = 0; j < d; ++j)
                set.features[i * d + j] =
                    float((source.features[keep[i] * d + j] - mean[j]) * scale[j]);
    };
    apply(train, rows, trainRows);
    apply(test, testSource, testRows);
}

} // namespace

Result<FederatedData> loadCsvData(const CsvSettings& csv, const QString& baseDirectory,
                                  std::uint64_t seed, int trainLimit, int testLimit) {
    if (trainLimit < 0 || testLimit < 0)
        return fail(DataText::tr("the sample limits must be 0 (all) or positive"));
    const QString trainPath = data_detail::resolvePath(baseDirectory, csv.trainFile);
    auto train = readCsv(trainPath, csv, DataText::tr("train"));
    if (!train)
        return train.takeError();

    const bool separateTest = !csv.testFile.trimmed().isEmpty();
    const QString testPath =
        separateTest ? data_detail::resolvePath(baseDirectory, csv.testFile) : QString();
    CsvRows testRowsStorage;
    std::vector<std::size_t> trainRows, testRows;
    if (separateTest) {
        auto test = readCsv(testPath, csv, DataText::tr("test"));
        if (!test)
            return test.takeError();
        if (test->columns != train->columns || test->labelColumn != train->labelColumn ||
            test->header != train->header)
            return fail(DataText::tr("%1: the test file's columns do not match the train file %2 "
                                     "(%3 columns, label column %4 against %5 columns, label "
                                     "column %6)")
                            .arg(shownPath(testPath), shownPath(trainPath))
                            .arg(test->columns)
                            .arg(test->labelColumn)
                            .arg(train->columns)
                            .arg(train->labelColumn));
        testRowsStorage = std::move(*test);
        trainRows.resize(train->labels.size());
        std::iota(trainRows.begin(), trainRows.end(), 0);
        testRows.resize(testRowsStorage.labels.size());
        std::iota(testRows.begin(), testRows.end(), 0);
    } else {
        if (!(csv.testFraction > 0.0 && csv.testFraction < 1.0))
            return fail(DataText::tr("%1: without a test file the test fraction must be between 0 "
                                     "and 1 (exclusive), not %2")
                            .arg(shownPath(trainPath))
                            .arg(csv.testFraction));
        const std::size_t n = train->labels.size();
        if (n < 2)
            return fail(DataText::tr("%1: one data row cannot be split into train and test rows")
                            .arg(shownPath(trainPath)));
        const auto held = std::clamp<std::size_t>(
            std::size_t(std::llround(csv.testFraction * double(n))), 1, n - 1);
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        auto rng =
            Rng::stream(seed, rng_purpose::Partition, {data_detail::partition_stream::CsvHoldOut});
        rng.shuffle(order);
        testRows.assign(order.begin(), order.begin() + std::ptrdiff_t(held));
        trainRows.assign(order.begin() + std::ptrdiff_t(held), order.end());
        // File order within each side keeps "the first N rows" (the limits) meaningful.
        std::sort(testRows.begin(), testRows.end());
        std::sort(trainRows.begin(), trainRows.end());
    }
    if (trainLimit > 0 && trainRows.size() > std::size_t(trainLimit))
        trainRows.resize(std::size_t(trainLimit));
    if (testLimit > 0 && testRows.size() > std::size_t(testLimit))
        testRows.resize(std::size_t(testLimit));
    const CsvRows& testSource = separateTest ? testRowsStorage : *train;

    const auto classes = sortedClasses(train->labels, testRowsStorage.labels);
    if (classes.size() < 2)
        return fail(DataText::tr("%1: the label column holds only one value, %2; classification "
                                 "needs at least two classes")
                        .arg(shownPath(trainPath), quotedText(classes.front())));
    if (classes.size() > kMaxClasses)
        return fail(DataText::tr("%1: the label column holds %2 distinct values, more than %3 "
                                 "classes; is it the right column?")
                        .arg(shownPath(trainPath))
                        .arg(classes.size())
                        .arg(kMaxClasses));
    std::unordered_map<std::string, int> classIndex;
    QStringList classNames;
    for (std::size_t i = 0; i < classes.size(); ++i) {
        classIndex.emplace(classes[i], int(i));
        classNames << QString::fromStdString(classes[i]);
    }

    const QString baseName = QFileInfo(trainPath).fileName();
    FederatedData data;
    data.train =
        makeDataset(*train, trainRows, classIndex, classNames, baseName + QStringLiteral(" train"));
    data.test = makeDataset(testSource, testRows, classIndex, classNames,
                            (separateTest ? QFileInfo(testPath).fileName() : baseName) +
                                QStringLiteral(" test"));
    standardize(data.train, data.test, *train, trainRows, testRows, testSource);
    return data;
}

} // namespace fed
