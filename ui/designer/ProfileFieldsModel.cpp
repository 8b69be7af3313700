#include "ui/designer/ProfileFieldsModel.h"

#include "engine/energy/DeviceProfile.h"
#include "ui/Theme.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

const QString kDescription = u"description"_s;

QString numberText(double value) {
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

//! Plain-words names and explanations of the profile figures (docs/energy.md).
struct FieldText {
    const char* key;
    const char* label;
    const char* help;
};

constexpr FieldText kFieldTexts[] = {
    {"description", QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "Description"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "What the device is, shown in lists and reports.")},
    {"cpu_frequency_hz", QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "CPU frequency"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "Clock rate while training. Faster CPUs finish sooner but, at the same "
                       "work, spend more energy (power grows with the cube of the clock).")},
    {"flops_per_cycle", QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "FLOPs per cycle"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "Sustained training FLOPs per clock cycle on the one core a client uses.")},
    {"cycles_per_sample", QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "Cycles per sample"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "CPU cycles to train on one sample; 0 derives it from the model's FLOPs "
                       "per sample and the FLOPs per cycle.")},
    {"switched_capacitance",
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "Switched capacitance"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "κ: the chip's effective switched capacitance; dynamic CPU power is κ·f³.")},
    {"transmit_power_w", QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "Transmit power"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "Maximum uplink transmit power used to send the update.")},
    {"bandwidth_hz", QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "Bandwidth"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "Uplink bandwidth when the round has no shared bandwidth budget.")},
    {"distance_min_m", QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "Nearest distance"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "Clients of this profile are placed between the nearest and farthest "
                       "distance from the access point; farther clients need more energy to "
                       "upload.")},
    {"distance_max_m", QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "Farthest distance"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "The farthest a client of this profile is from the access point.")},
    {"channel_gain", QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "Channel gain"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "Linear channel power gain; 0 derives it from each client's distance "
                       "(3GPP path loss).")},
    {"noise_density_w_per_hz", QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "Noise density"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "Noise power spectral density N₀; −174 dBm/Hz is 3.981e-21 W/Hz.")},
    {"idle_power_w", QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "Idle power"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "Power drawn while waiting for the round to end (counted only when "
                       "\"Count idle power\" is on).")},
    {"carbon_intensity_g_per_kwh",
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel", "Carbon intensity"),
     QT_TRANSLATE_NOOP("fed::ui::ProfileFieldsModel",
                       "Grams of CO₂ per kWh of the grid this device draws from.")},
};

const FieldText* fieldText(const QString& key) {
    for (const FieldText& t : kFieldTexts)
        if (key == QLatin1StringView(t.key))
            return &t;
    return nullptr;
}

} // namespace

ProfileFieldsModel::ProfileFieldsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ProfileFieldsModel::setProfiles(const std::vector<DeviceProfileSettings>& profiles) {
    m_profiles = profiles;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProfileFieldsModel::setCurrentProfile(const QString& name) {
    if (name == m_current)
        return;
    const bool hadRows = rowCount() > 0;
    const bool hasRows = !name.isEmpty();
    if (hadRows != hasRows) {
        beginResetModel();
        m_current = name;
        m_problems.clear();
        endResetModel();
        return;
    }
    m_current = name;
    m_problems.clear();
    if (hasRows)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QStringList ProfileFieldsModel::profileNames() const {
    QStringList names = DeviceCatalogue::builtIn().names();
    for (const DeviceProfileSettings& p : m_profiles)
        if (!names.contains(p.name))
            names << p.name;
    return names;
}

bool ProfileFieldsModel::isBuiltIn(const QString& name) const {
    return DeviceCatalogue::builtIn().find(name) != nullptr;
}

bool ProfileFieldsModel::isCustomized(const QString& name) const {
    return std::any_of(m_profiles.begin(), m_profiles.end(),
                       [&](const auto& p) { return p.name == name; });
}

bool ProfileFieldsModel::addProfile(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || profileNames().contains(trimmed))
        return false;
    m_profiles.push_back({trimmed, {}, {}});
    Q_EMIT edited();
    return true;
}

void ProfileFieldsModel::removeProfile(const QString& name) {
    const auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                                 [&](const auto& p) { return p.name == name; });
    if (it == m_profiles.end())
        return;
    m_profiles.erase(it);
    if (name == m_current && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT edited();
}

void ProfileFieldsModel::setFieldProblems(const QHash<QString, QStringList>& problems) {
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole, Qt::ToolTipRole});
}

DeviceProfileSettings* ProfileFieldsModel::currentSettings() {
    const auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                                 [&](const auto& p) { return p.name == m_current; });
    return it == m_profiles.end() ? nullptr : &*it;
}

const DeviceProfileSettings* ProfileFieldsModel::currentSettings() const {
    return const_cast<ProfileFieldsModel*>(this)->currentSettings();
}

const DeviceProfile* ProfileFieldsModel::builtIn() const {
    return DeviceCatalogue::builtIn().find(m_current);
}

QString ProfileFieldsModel::keyForRow(int row) const {
    if (row == 0)
        return kDescription;
    const auto fields = profileFields();
    return row - 1 < static_cast<int>(fields.size())
               ? fields[static_cast<std::size_t>(row - 1)].key.toString()
               : QString();
}

int ProfileFieldsModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || m_current.isEmpty())
        return 0;
    return 1 + static_cast<int>(profileFields().size());
}

int ProfileFieldsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileFieldsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString key = keyForRow(index.row());
    const DeviceProfileSettings* settings = currentSettings();
    const DeviceProfile* preset = builtIn();
    const ProfileField* field = findProfileField(key);
    const auto problems = m_problems.constFind(key);

    const auto specValue = [&]() -> QString {
        if (!settings)
            return {};
        if (key == kDescription)
            return settings->description;
        const auto it = settings->values.find(key);
        return it == settings->values.end() ? QString() : numberText(it->second);
    };
    const auto presetValue = [&]() -> QString {
        if (!preset)
            return {};
        if (key == kDescription)
            return preset->description;
        return field ? numberText(preset->*(field->member)) : QString();
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FieldColumn: {
            const FieldText* text = fieldText(key);
            const QString label = text ? tr(text->label) : key;
            return field && !field->unit.isEmpty() ? tr("%1 (%2)").arg(label, field->unit) : label;
        }
        case ValueColumn:
            return specValue();
        case PresetColumn:
            return presetValue();
        }
        return {};
    case Qt::EditRole:
        return index.column() == ValueColumn ? QVariant(specValue()) : QVariant();
    case KeyRole:
        return key;
    case Qt::ToolTipRole: {
        if (problems != m_problems.constEnd())
            return problems->join(u'\n');
        const FieldText* text = fieldText(key);
        QString tip = text ? tr(text->help) : QString();
        if (field)
            tip += u'\n' + tr("Allowed: %1").arg(profileRangeText(*field));
        if (index.column() == ValueColumn)
            tip += u'\n' + (preset ? tr("Leave empty to keep the built-in value.")
                                   : tr("Required for a new profile%1.")
                                         .arg(field && field->zeroDerives ? tr(" (0 derives it)")
                                                                          : QString()));
        return tip;
    }
    case Qt::ForegroundRole:
        if (problems != m_problems.constEnd() && index.column() != PresetColumn)
            return problemColor(QGuiApplication::palette());
        if (index.column() == PresetColumn) {
            QColor dim = QGuiApplication::palette().color(QPalette::Text);
            dim.setAlphaF(0.6f);
            return dim;
        }
        return {};
    case Qt::FontRole:
        if (index.column() == ValueColumn && !specValue().isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != FieldColumn && key != kDescription)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool ProfileFieldsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || index.column() != ValueColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString key = keyForRow(index.row());
    const QString text = value.toString().trimmed();
    double number = 0.0;
    if (key != kDescription && !text.isEmpty()) {
        bool ok = false;
        number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = QLocale::c().toDouble(text, &ok);
        if (!ok)
            return false;
    }
    DeviceProfileSettings* settings = currentSettings();
    if (!settings) {
        if (text.isEmpty())
            return true;
        m_profiles.push_back({m_current, {}, {}});
        settings = &m_profiles.back();
    }
    if (key == kDescription) {
        if (settings->description == text)
            return true;
        settings->description = text;
    } else if (text.isEmpty()) {
        if (settings->values.erase(key) == 0)
            return true;
    } else {
        const auto it = settings->values.find(key);
        if (it != settings->values.end() && it->second == number)
            return true;
        settings->values[key] = number;
    }
    // A built-in profile with nothing changed any more is simply the built-in one again.
    if (isBuiltIn(m_current) && settings->description.isEmpty() && settings->values.empty()) {
        m_profiles.erase(m_profiles.begin() + (settings - m_profiles.data()));
    }
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags ProfileFieldsModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ProfileFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FieldColumn:
        return tr("Figure");
    case ValueColumn:
        return tr("This spec");
    case PresetColumn:
        return tr("Built in");
    default:
        return {};
    }
}

} // namespace fed::ui
