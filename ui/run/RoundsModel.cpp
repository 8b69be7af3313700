#include "ui/run/RoundsModel.h"

#include "ui/run/RunFormat.h"

#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fed::ui {

RoundsModel::RoundsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RoundsModel::clear() {
    setRounds({});
}

void RoundsModel::setRounds(std::vector<RoundRecord> rounds) {
    beginResetModel();
    m_rounds = std::move(rounds);
    m_cumulativeJ.clear();
    m_cumulativeJ.reserve(m_rounds.size());
    m_wallSum = 0.0;
    m_hasEnergy = false;
    double sum = 0.0;
    for (const RoundRecord& r : m_rounds) {
        sum += r.energyJ();
        m_cumulativeJ.push_back(sum);
        m_wallSum += r.wallSeconds;
        m_hasEnergy = m_hasEnergy || r.energyJ() > 0.0;
    }
    endResetModel();
}

bool RoundsModel::appendRound(const RoundRecord& round) {
    if (!m_rounds.empty() && round.round <= m_rounds.back().round)
        return false;
    const int row = static_cast<int>(m_rounds.size());
    beginInsertRows({}, row, row);
    m_cumulativeJ.push_back(totalEnergyJ() + round.energyJ());
    m_rounds.push_back(round);
    m_wallSum += round.wallSeconds;
    const bool energyAppeared = !m_hasEnergy && round.energyJ() > 0.0;
    m_hasEnergy = m_hasEnergy || energyAppeared;
    endInsertRows();
    // Earlier rows showed a dash for energy; now that the run has energy they show zero.
    if (energyAppeared && row > 0)
        Q_EMIT dataChanged(index(0, ComputationColumn), index(row - 1, CarbonColumn));
    return true;
}

double RoundsModel::meanRoundSeconds() const {
    return m_rounds.empty() ? 0.0 : m_wallSum / static_cast<double>(m_rounds.size());
}

int RoundsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rounds.size());
}

int RoundsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoundsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const RoundRecord& r = m_rounds[row];
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (role == SortRole) {
        switch (index.column()) {
        case RoundColumn:
            return r.round;
        case AccuracyColumn:
            return r.evaluated ? r.accuracy : nan;
        case LossColumn:
            return r.evaluated ? r.loss : nan;
        case TrainLossColumn:
            return r.trainLoss;
        case UpdatesColumn:
            return r.accepted;
        case SamplesColumn:
            return static_cast<qlonglong>(r.samples);
        case WallColumn:
            return r.wallSeconds;
        case ComputationColumn:
            return r.computationJ;
        case CommunicationColumn:
            return r.communicationJ;
        case EnergyColumn:
            return r.energyJ();
        case CumulativeEnergyColumn:
            return m_cumulativeJ[row];
        case CarbonColumn:
            return r.carbonG;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const bool energy = m_hasEnergy;
    switch (index.column()) {
    case RoundColumn:
        return r.round;
    case AccuracyColumn:
        return r.evaluated ? formatPercent(r.accuracy) : u"—"_s;
    case LossColumn:
        return r.evaluated ? formatLoss(r.loss) : u"—"_s;
    case TrainLossColumn:
        return formatLoss(r.trainLoss);
    case UpdatesColumn:
        return tr("%1 of %2").arg(r.accepted).arg(r.selected);
    case SamplesColumn:
        return QLocale().toString(static_cast<qlonglong>(r.samples));
    case WallColumn:
        return formatDuration(r.wallSeconds);
    case ComputationColumn:
        return energy ? formatEnergy(r.computationJ) : u"—"_s;
    case CommunicationColumn:
        return energy ? formatEnergy(r.communicationJ) : u"—"_s;
    case EnergyColumn:
        return energy ? formatEnergy(r.energyJ()) : u"—"_s;
    case CumulativeEnergyColumn:
        return energy ? formatEnergy(m_cumulativeJ[row]) : u"—"_s;
    case CarbonColumn:
        return energy ? tr("%1 g").arg(QString::number(r.carbonG, 'g', 3)) : u"—"_s;
    default:
        return {};
    }
}

QVariant RoundsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoundColumn:
        return tr("Round");
    case AccuracyColumn:
        return tr("Accuracy");
    case LossColumn:
        return tr("Test loss");
    case TrainLossColumn:
        return tr("Training loss");
    case UpdatesColumn:
        return tr("Updates accepted");
    case SamplesColumn:
        return tr("Samples");
    case WallColumn:
        return tr("Wall time");
    case ComputationColumn:
        return tr("Computation");
    case CommunicationColumn:
        return tr("Communication");
    case EnergyColumn:
        return tr("Energy");
    case CumulativeEnergyColumn:
        return tr("Cumulative energy");
    case CarbonColumn:
        return tr("Carbon");
    default:
        return {};
    }
}

} // namespace fed::ui
