#include "ui/run/MetricsCsv.h"

#include "engine/store/RunStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QStringList>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

QString number(double v) {
    // Shortest text that reads back as the same double: exports lose nothing.
    return std::isfinite(v) ? QString::number(v, 'g', QLocale::FloatingPointShortest) : QString();
}

QString number(const std::optional<double>& v) {
    return v ? number(*v) : QString();
}

QString field(const QString& text) {
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString iso(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

class CsvFile {
public:
    explicit CsvFile(const QString& path)
        : m_file(path) {}

    Status open() {
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Text))
            return fail(
                QCoreApplication::translate("fed::ui::MetricsCsv", "Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        return {};
    }
    void row(const QStringList& fields) {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString& f : fields)
            escaped.append(field(f));
        m_file.write(escaped.join(u',').toUtf8());
        m_file.write("\n");
    }
    Status commit() {
        if (!m_file.commit())
            return fail(
                QCoreApplication::translate("fed::ui::MetricsCsv", "Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString()));
        return {};
    }

private:
    QSaveFile m_file; //!< nothing replaces the target until the whole export is written
};

} // namespace

Status exportRoundsCsv(const QString& runPath, const QString& csvPath) {
    auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
    if (!store)
        return store.takeError();
    auto rounds = (*store)->rounds();
    if (!rounds)
        return rounds.takeError();
    CsvFile csv(csvPath);
    if (Status s = csv.open(); !s)
        return s;
    csv.row({u"round"_s,
             u"started_at"_s,
             u"finished_at"_s,
             u"wall_seconds"_s,
             u"evaluated"_s,
             u"accuracy"_s,
             u"loss"_s,
             u"train_loss"_s,
             u"selected"_s,
             u"accepted"_s,
             u"samples"_s,
             u"computation_j"_s,
             u"communication_j"_s,
             u"idle_j"_s,
             u"energy_j"_s,
             u"cumulative_energy_j"_s,
             u"carbon_g"_s,
             u"modelled_seconds"_s,
             u"measured_package_j"_s,
             u"model_hash"_s});
    double cumulative = 0.0;
    for (const RoundRecord& r : *rounds) {
        cumulative += r.energyJ();
        csv.row({QString::number(r.round),
                 iso(r.startedAtMs),
                 iso(r.finishedAtMs),
                 number(r.wallSeconds),
                 r.evaluated ? u"1"_s : u"0"_s,
                 r.evaluated ? number(r.accuracy) : QString(),
                 r.evaluated ? number(r.loss) : QString(),
                 number(r.trainLoss),
                 QString::number(r.selected),
                 QString::number(r.accepted),
                 QString::number(r.samples),
                 number(r.computationJ),
                 number(r.communicationJ),
                 number(r.idleJ),
                 number(r.energyJ()),
                 number(cumulative),
                 number(r.carbonG),
                 number(r.modelledSeconds),
                 number(r.measuredPackageJ),
                 r.modelHash.toHex()});
    }
    return csv.commit();
}

Status exportClientRoundsCsv(const QString& runPath, const QString& csvPath) {
    auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
    if (!store)
        return store.takeError();
    auto clients = (*store)->clients();
    if (!clients)
        return clients.takeError();
    auto records = (*store)->allClientRounds();
    if (!records)
        return records.takeError();
    CsvFile csv(csvPath);
    if (Status s = csv.open(); !s)
        return s;
    csv.row({u"round"_s,
             u"client"_s,
             u"node_id"_s,
             u"device"_s,
             u"status"_s,
             u"detail"_s,
             u"samples"_s,
             u"train_loss"_s,
             u"train_accuracy"_s,
             u"eval_accuracy"_s,
             u"eval_loss"_s,
             u"wall_seconds"_s,
             u"cpu_seconds"_s,
             u"computation_j"_s,
             u"computation_seconds"_s,
             u"communication_j"_s,
             u"communication_seconds"_s,
             u"idle_j"_s,
             u"energy_j"_s,
             u"carbon_g"_s,
             u"bandwidth_hz"_s,
             u"transmit_power_w"_s,
             u"measured_package_j"_s,
             u"update_hash"_s});
    for (const ClientRoundRecord& r : *records) {
        const bool known = r.client >= 0 && r.client < static_cast<int>(clients->size());
        const ClientInfo* info = known ? &(*clients)[static_cast<std::size_t>(r.client)] : nullptr;
        csv.row({QString::number(r.round),
                 QString::number(r.client),
                 info ? info->nodeId : QString(),
                 info ? info->device : QString(),
                 updateStatusName(r.status),
                 r.detail,
                 QString::number(r.samples),
                 number(r.trainLoss),
                 number(r.trainAccuracy),
                 number(r.evalAccuracy),
                 number(r.evalLoss),
                 number(r.wallSeconds),
                 number(r.cpuSeconds),
                 number(r.computationJ),
                 number(r.computationSeconds),
                 number(r.communicationJ),
                 number(r.communicationSeconds),
                 number(r.idleJ),
                 number(r.energyJ()),
                 number(r.carbonG),
                 number(r.bandwidthHz),
                 number(r.transmitPowerW),
                 number(r.measuredPackageJ),
                 r.updateHash ? r.updateHash->toHex() : QString()});
    }
    return csv.commit();
}

} // namespace fed::ui
