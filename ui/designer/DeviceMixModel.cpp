#include "ui/designer/DeviceMixModel.h"

#include "ui/Theme.h"

#include <QGuiApplication>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fed::ui {

DeviceMixModel::DeviceMixModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DeviceMixModel::setDevices(const std::vector<DeviceShareSettings>& devices) {
    const bool same = std::equal(
        devices.begin(), devices.end(), m_devices.begin(), m_devices.end(),
        [](const auto& a, const auto& b) { return a.profile == b.profile && a.share == b.share; });
    if (same)
        return;
    if (devices.size() == m_devices.size()) {
        m_devices = devices;
        if (!m_devices.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_devices = devices;
    endResetModel();
}

void DeviceMixModel::setRowProblems(const QHash<int, QStringList>& problems) {
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_devices.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::ToolTipRole});
}

void DeviceMixModel::addDevice() {
    QString profile;
    for (const QString& name : m_profileNames) {
        const bool used = std::any_of(m_devices.begin(), m_devices.end(),
                                      [&](const auto& d) { return d.profile == name; });
        if (!used) {
            profile = name;
            break;
        }
    }
    if (profile.isEmpty() && !m_profileNames.isEmpty())
        profile = m_profileNames.front();
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_devices.push_back({profile, 1.0});
    endInsertRows();
    Q_EMIT dataChanged(index(0, PercentColumn), index(row, PercentColumn));
    Q_EMIT edited();
}

void DeviceMixModel::removeDevice(int row) {
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_devices.erase(m_devices.begin() + row);
    endRemoveRows();
    if (!m_devices.empty())
        Q_EMIT dataChanged(index(0, PercentColumn), index(rowCount() - 1, PercentColumn));
    Q_EMIT edited();
}

int DeviceMixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_devices.size());
}

int DeviceMixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

double DeviceMixModel::totalShare() const {
    double total = 0.0;
    for (const DeviceShareSettings& d : m_devices)
        total += d.share > 0.0 ? d.share : 0.0;
    return total;
}

QVariant DeviceMixModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceShareSettings& device = m_devices[static_cast<std::size_t>(index.row())];
    const auto problems = m_problems.constFind(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ProfileColumn:
            return device.profile;
        case ShareColumn:
            return role == Qt::EditRole ? QVariant(device.share)
                                        : QVariant(QLocale().toString(
                                              device.share, 'g', QLocale::FloatingPointShortest));
        case PercentColumn: {
            const double total = totalShare();
            if (total <= 0.0 || device.share <= 0.0)
                return role == Qt::DisplayRole ? QVariant(u"—"_s) : QVariant();
            return QLocale().toString(100.0 * device.share / total, 'f', 1) + u" %"_s;
        }
        }
        return {};
    case ChoicesRole:
        return index.column() == ProfileColumn ? QVariant(m_profileNames) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == ProfileColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (problems != m_problems.constEnd())
            return problemColor(QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole:
        if (problems != m_problems.constEnd())
            return problems->join(u'\n');
        if (index.column() == PercentColumn)
            return tr("The share of the clients this profile gets: its share divided by the sum "
                      "of all shares.");
        return {};
    default:
        return {};
    }
}

bool DeviceMixModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    DeviceShareSettings& device = m_devices[static_cast<std::size_t>(index.row())];
    if (index.column() == ProfileColumn) {
        const QString profile = value.toString().trimmed();
        if (profile == device.profile)
            return true;
        device.profile = profile;
        Q_EMIT dataChanged(index, index);
    } else if (index.column() == ShareColumn) {
        bool ok = false;
        const double share = value.toDouble(&ok);
        if (!ok)
            return false;
        if (share == device.share)
            return true;
        device.share = share;
        Q_EMIT dataChanged(this->index(0, ShareColumn), this->index(rowCount() - 1, PercentColumn));
    } else {
        return false;
    }
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags DeviceMixModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != PercentColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant DeviceMixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProfileColumn:
        return tr("Device profile");
    case ShareColumn:
        return tr("Share");
    case PercentColumn:
        return tr("Of clients");
    default:
        return {};
    }
}

} // namespace fed::ui
