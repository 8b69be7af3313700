#pragma once
// Device profiles: the hardware and radio figures the energy model needs for one kind of client
// (docs/energy.md lists them with their sources). The built-in catalogue comes from
// resources/devices.json, compiled into the library; a spec may override any field of a preset
// or define profiles of its own, and assigns profiles to clients.

#include "engine/core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <cstdint>
#include <map>
#include <span>
#include <vector>

namespace fed {

struct DeviceProfile {
    QString name;
    QString description;
    double cpuFrequencyHz = 0.0;
    double flopsPerCycle = 0.0;          //!< sustained training FLOPs per CPU cycle
    double cyclesPerSample = 0.0;        //!< 0: 6 * forward MACs of the model / flopsPerCycle
    double switchedCapacitance = 0.0;    //!< kappa: the dynamic CPU power is kappa * f^3
    double transmitPowerW = 0.0;         //!< maximum uplink transmit power
    double bandwidthHz = 0.0;            //!< uplink bandwidth when no budget is shared out
    double distanceMinM = 0.0;           //!< clients are placed uniformly over the ring
    double distanceMaxM = 0.0;           //!< distanceMinM..distanceMaxM around the access point
    double channelGain = 0.0;            //!< linear; 0: from the distance (3GPP path loss)
    double noiseDensityWPerHz = 0.0;     //!< N0
    double idlePowerW = 0.0;             //!< drawn while waiting for the round to end
    double carbonIntensityGPerKWh = 0.0; //!< of the grid the device draws from
};

//! One numeric field of a profile: its JSON key, unit and allowed values.
struct ProfileField {
    QStringView key;
    double DeviceProfile::*member;
    QStringView unit;
    double low;
    bool lowOpen;
    double high;
    bool highOpen;
    //! 0 is allowed too and means "derive it" (cycles_per_sample, channel_gain); such fields
    //! may be left out of a new profile.
    bool zeroDerives;
};

//! Every numeric field, in the documented order.
std::span<const ProfileField> profileFields();
const ProfileField* findProfileField(QStringView key);
QStringList profileFieldKeys();
//! NaN is outside every range.
bool profileValueAllowed(const ProfileField& field, double value);
//! "(0, 1e+11]", or "0 or (0, 1]" for fields where 0 derives the value.
QString profileRangeText(const ProfileField& field);

//! One problem with a profile: the field's key (empty for the profile as a whole) and why.
struct ProfileProblem {
    QString key;
    QString message;
};
//! Range and cross-field checks (distance_min_m <= distance_max_m) of a complete profile.
std::vector<ProfileProblem> checkProfile(const DeviceProfile& profile);

//! `base` with the given fields (JSON keys) replaced; keys that name no field are ignored
//! (the spec reader has reported them).
DeviceProfile withOverrides(DeviceProfile base, const std::map<QString, double>& values);

class DeviceCatalogue {
public:
    //! The presets compiled in from resources/devices.json.
    static const DeviceCatalogue& builtIn();
    //! Reads a catalogue document ({"format": "fedstudio-devices/1", "profiles": [...]});
    //! every problem names its place in the document, and `origin` names the document.
    static Result<DeviceCatalogue> parse(const QByteArray& json, const QString& origin);

    const DeviceProfile* find(QStringView name) const;
    const std::vector<DeviceProfile>& profiles() const { return m_profiles; }
    QStringList names() const;

private:
    std::vector<DeviceProfile> m_profiles;
};

//! The figures one client's energy is computed from: its profile with the model's cycles per
//! sample, its own distance and channel gain, and the grid intensity in force. Recorded in the
//! run file (clients.device_profile), so that a run is audited and resumed with exactly these.
struct ClientDevice {
    QString profile;
    double cpuFrequencyHz = 0.0;
    double cyclesPerSample = 0.0;
    double switchedCapacitance = 0.0;
    double transmitPowerW = 0.0;
    double bandwidthHz = 0.0;
    double distanceM = 0.0;
    double channelGain = 0.0;
    double noiseDensityWPerHz = 0.0;
    double idlePowerW = 0.0;
    double carbonIntensityGPerKWh = 0.0;

    bool operator==(const ClientDevice&) const = default;
};

//! A compact JSON object, numbers in their shortest round-tripping form.
QByteArray clientDeviceToJson(const ClientDevice& device);
Result<ClientDevice> clientDeviceFromJson(QByteArrayView json);

//! `profile` placed at `distanceM`: cycles per sample from `trainingFlopsPerSample` unless the
//! profile fixes them, channel gain from the distance unless the profile fixes it, and the
//! grid intensity `carbonOverride` when it is positive.
ClientDevice placeDevice(const DeviceProfile& profile, double distanceM,
                         double trainingFlopsPerSample, double carbonOverride);

struct DeviceShare {
    QString profile;
    double share = 1.0; //!< relative weight; shares need not sum to 1
};

struct DeviceAssignment {
    std::vector<DeviceShare> mix; //!< used when perClient is empty
    QStringList perClient;        //!< one profile name per client, in client order
    double trainingFlopsPerSample = 0.0;
    double carbonOverride = 0.0; //!< g CO2/kWh for every client; 0: each profile's own
};

//! Which device each client runs on, deterministically from the seed: with a mix, the counts
//! are the shares of `clients` rounded by largest remainder and the order is shuffled; each
//! client's distance is drawn uniformly over its profile's ring (uniform in area).
//! `profiles` must hold every profile named; errors name the missing one.
Result<std::vector<ClientDevice>> assignDevices(const std::vector<DeviceProfile>& profiles,
                                                const DeviceAssignment& assignment, int clients,
                                                std::uint64_t seed);

} // namespace fed
