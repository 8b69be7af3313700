#pragma once
// One device profile of the spec's energy section as an editable table: a row per field
// (the description, then every figure of docs/energy.md), the value the spec sets, and for a
// built-in profile the catalogue's value that applies when the spec leaves the field empty.

#include "engine/spec/FederationSpec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <vector>

namespace fed {
struct DeviceProfile;
}

namespace fed::ui {

class ProfileFieldsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn, PresetColumn, ColumnCount };
    //! The field's JSON key ("description" for the first row).
    static constexpr int KeyRole = Qt::UserRole + 1;

    explicit ProfileFieldsModel(QObject* parent = nullptr);

    //! The spec's profile definitions and overrides (no edited() signal).
    void setProfiles(const std::vector<DeviceProfileSettings>& profiles);
    const std::vector<DeviceProfileSettings>& profiles() const { return m_profiles; }

    //! Which profile the table shows: a built-in name or one defined in the spec.
    void setCurrentProfile(const QString& name);
    QString currentProfile() const { return m_current; }

    //! Built-in names, then the spec's own profiles, in that order.
    QStringList profileNames() const;
    bool isBuiltIn(const QString& name) const;
    //! Whether the spec changes or defines `name`.
    bool isCustomized(const QString& name) const;

    //! Defines a new, empty profile (the user then fills in every field). False when the name
    //! is empty or taken.
    bool addProfile(const QString& name);
    //! Drops the spec's definition or overrides of `name` (a built-in profile stays, as shipped).
    void removeProfile(const QString& name);

    //! Problems by field key for the current profile ("" for the profile as a whole).
    void setFieldProblems(const QHash<QString, QStringList>& problems);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    //! The user changed a value, added or removed a profile.
    void edited();

private:
    DeviceProfileSettings* currentSettings();
    const DeviceProfileSettings* currentSettings() const;
    const DeviceProfile* builtIn() const;
    QString keyForRow(int row) const;

    std::vector<DeviceProfileSettings> m_profiles;
    QString m_current;
    QHash<QString, QStringList> m_problems;
};

} // namespace fed::ui
