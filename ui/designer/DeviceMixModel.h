#pragma once
// The spec's device mix (energy.devices) as an editable table: which device profile, its
// relative share, and the share of the clients that works out to.

#include "engine/spec/FederationSpec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>
#include <vector>

namespace fed::ui {

class DeviceMixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ProfileColumn, ShareColumn, PercentColumn, ColumnCount };
    //! The profile names an editor offers (a QStringList), on the profile column.
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    explicit DeviceMixModel(QObject* parent = nullptr);

    //! Shows `devices` (no edited() signal: this is the spec speaking, not the user).
    void setDevices(const std::vector<DeviceShareSettings>& devices);
    const std::vector<DeviceShareSettings>& devices() const { return m_devices; }

    //! Names offered in the profile editor: built-in and spec-defined profiles.
    void setProfileNames(const QStringList& names) { m_profileNames = names; }

    //! Problems by row (from "energy.devices[i]..." paths); those rows are shown in red.
    void setRowProblems(const QHash<int, QStringList>& problems);

    //! User edits: append a row (the first profile not in the mix yet) or remove one.
    void addDevice();
    void removeDevice(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    //! The user changed the mix (edit, add or remove).
    void edited();

private:
    double totalShare() const;

    std::vector<DeviceShareSettings> m_devices;
    QStringList m_profileNames;
    QHash<int, QStringList> m_problems;
};

} // namespace fed::ui
