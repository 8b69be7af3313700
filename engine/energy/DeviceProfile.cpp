#include "engine/energy/DeviceProfile.h"

#include "BuiltInDevices.h"
#include "engine/core/Rng.h"
#include "engine/energy/EnergyModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace fed {

using namespace Qt::StringLiterals;

namespace {

constexpr ProfileField kFields[] = {
    {u"cpu_frequency_hz", &DeviceProfile::cpuFrequencyHz, u"Hz", 0.0, true, 1e11, false, false},
    {u"flops_per_cycle", &DeviceProfile::flopsPerCycle, u"FLOP/cycle", 0.0, true, 1e6, false,
     false},
    {u"cycles_per_sample", &DeviceProfile::cyclesPerSample, u"cycles/sample", 0.0, true, 1e15,
     false, true},
    {u"switched_capacitance", &DeviceProfile::switchedCapacitance, u"W/Hz^3", 0.0, true, 1e-20,
     false, false},
    {u"transmit_power_w", &DeviceProfile::transmitPowerW, u"W", 0.0, true, 1000.0, false, false},
    {u"bandwidth_hz", &DeviceProfile::bandwidthHz, u"Hz", 0.0, true, 1e11, false, false},
    {u"distance_min_m", &DeviceProfile::distanceMinM, u"m", 0.0, true, 1e7, false, false},
    {u"distance_max_m", &DeviceProfile::distanceMaxM, u"m", 0.0, true, 1e7, false, false},
    {u"channel_gain", &DeviceProfile::channelGain, u"", 0.0, true, 1.0, false, true},
    {u"noise_density_w_per_hz", &DeviceProfile::noiseDensityWPerHz, u"W/Hz", 0.0, true, 1e-6, false,
     false},
    {u"idle_power_w", &DeviceProfile::idlePowerW, u"W", 0.0, false, 1e5, false, false},
    {u"carbon_intensity_g_per_kwh", &DeviceProfile::carbonIntensityGPerKWh, u"g CO2/kWh", 0.0,
     false, 1e4, false, false},
};

constexpr QStringView kCatalogueFormat = u"fedstudio-devices/1";

QString numberText(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

//! The client-device keys, in the order clientDeviceToJson documents them.
struct DeviceKey {
    QStringView key;
    double ClientDevice::*member;
};
constexpr DeviceKey kDeviceKeys[] = {
    {u"cpu_frequency_hz", &ClientDevice::cpuFrequencyHz},
    {u"cycles_per_sample", &ClientDevice::cyclesPerSample},
    {u"switched_capacitance", &ClientDevice::switchedCapacitance},
    {u"transmit_power_w", &ClientDevice::transmitPowerW},
    {u"bandwidth_hz", &ClientDevice::bandwidthHz},
    {u"distance_m", &ClientDevice::distanceM},
    {u"channel_gain", &ClientDevice::channelGain},
    {u"noise_density_w_per_hz", &ClientDevice::noiseDensityWPerHz},
    {u"idle_power_w", &ClientDevice::idlePowerW},
    {u"carbon_intensity_g_per_kwh", &ClientDevice::carbonIntensityGPerKWh},
};

Result<DeviceProfile> readProfile(const QJsonValue& value, const QString& where,
                                  QStringList& problems) {
    if (!value.isObject()) {
        problems << u"%1: must be an object"_s.arg(where);
        return fail(QString());
    }
    const QJsonObject object = value.toObject();
    DeviceProfile profile;
    const qsizetype before = problems.size();
    QStringList allowed{u"name"_s, u"description"_s};
    allowed << profileFieldKeys();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            problems << u"%1.%2: unknown field (allowed: %3)"_s.arg(where, it.key(),
                                                                    allowed.join(u", "));
    }
    const QJsonValue name = object.value(u"name");
    if (!name.isString() || name.toString().trimmed().isEmpty())
        problems << u"%1.name: must be a non-empty string"_s.arg(where);
    else
        profile.name = name.toString();
    if (const QJsonValue description = object.value(u"description"); !description.isUndefined()) {
        if (description.isString())
            profile.description = description.toString();
        else
            problems << u"%1.description: must be a string"_s.arg(where);
    }
    for (const ProfileField& field : kFields) {
        const QJsonValue v = object.value(field.key);
        const QString path = where + u'.' + field.key.toString();
        if (v.isUndefined()) {
            if (!field.zeroDerives)
                problems << u"%1: missing (%2)"_s.arg(path, profileRangeText(field));
            continue;
        }
        if (!v.isDouble()) {
            problems << u"%1: must be a number"_s.arg(path);
            continue;
        }
        profile.*field.member = v.toDouble();
    }
    if (problems.size() == before) {
        for (const ProfileProblem& p : checkProfile(profile))
            problems << u"%1.%2: %3"_s.arg(where, p.key, p.message);
    }
    if (problems.size() != before)
        return fail(QString());
    return profile;
}

} // namespace

std::span<const ProfileField> profileFields() {
    return kFields;
}

const ProfileField* findProfileField(QStringView key) {
    for (const ProfileField& field : kFields)
        if (field.key == key)
            return &field;
    return nullptr;
}

QStringList profileFieldKeys() {
    QStringList keys;
    for (const ProfileField& field : kFields)
        keys << field.key.toString();
    return keys;
}

bool profileValueAllowed(const ProfileField& field, double value) {
    if (field.zeroDerives && value == 0.0)
        return true;
    const bool aboveLow = field.lowOpen ? value > field.low : value >= field.low;
    const bool belowHigh = field.highOpen ? value < field.high : value <= field.high;
    return aboveLow && belowHigh;
}

QString profileRangeText(const ProfileField& field) {
    const QString range = QChar(field.lowOpen ? u'(' : u'[') + numberText(field.low) + u", "_s +
                          numberText(field.high) + QChar(field.highOpen ? u')' : u']');
    return field.zeroDerives ? u"0 or "_s + range : range;
}

std::vector<ProfileProblem> checkProfile(const DeviceProfile& profile) {
    std::vector<ProfileProblem> problems;
    for (const ProfileField& field : kFields) {
        const double value = profile.*field.member;
        if (!profileValueAllowed(field, value))
            problems.push_back(
                {field.key.toString(),
                 u"must be %1, got %2"_s.arg(profileRangeText(field), numberText(value))});
    }
    if (profile.distanceMinM > profile.distanceMaxM)
        problems.push_back(
            {u"distance_min_m"_s,
             u"must not exceed distance_max_m (%1), got %2"_s.arg(
                 numberText(profile.distanceMaxM), numberText(profile.distanceMinM))});
    return problems;
}

DeviceProfile withOverrides(DeviceProfile base, const std::map<QString, double>& values) {
    for (const auto& [key, value] : values)
        if (const ProfileField* field = findProfileField(key))
            base.*field->member = value;
    return base;
}

const DeviceCatalogue& DeviceCatalogue::builtIn() {
    static const DeviceCatalogue catalogue = [] {
        auto parsed = parse(QByteArray(kBuiltInDevicesJson), u"resources/devices.json"_s);
        // The file is compiled in and covered by test_energy; a broken one is a build defect.
        if (!parsed)
            qFatal("built-in device catalogue: %s", qPrintable(parsed.error()));
        return std::move(parsed).value();
    }();
    return catalogue;
}

Result<DeviceCatalogue> DeviceCatalogue::parse(const QByteArray& json, const QString& origin) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(u"%1: not valid JSON at byte %2: %3"_s.arg(origin)
                        .arg(error.offset)
                        .arg(error.errorString()));
    if (!document.isObject())
        return fail(u"%1: the top level must be an object"_s.arg(origin));
    const QJsonObject root = document.object();
    QStringList problems;
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != u"format"_s && it.key() != u"profiles"_s)
            problems << u"%1: unknown field (allowed: format, profiles)"_s.arg(it.key());
    if (root.value(u"format").toString() != kCatalogueFormat)
        problems << u"format: must be \"%1\""_s.arg(kCatalogueFormat);
    const QJsonValue list = root.value(u"profiles");
    if (!list.isArray() || list.toArray().isEmpty())
        problems << u"profiles: must be a non-empty array of profiles"_s;
    DeviceCatalogue catalogue;
    QSet<QString> seen;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"profiles[%1]"_s.arg(i);
        auto profile = readProfile(array.at(i), where, problems);
        if (!profile)
            continue;
        if (seen.contains(profile->name)) {
            problems << u"%1.name: \"%2\" is listed twice"_s.arg(where, profile->name);
            continue;
        }
        seen.insert(profile->name);
        catalogue.m_profiles.push_back(std::move(*profile));
    }
    if (!problems.isEmpty())
        return fail(u"%1: %2"_s.arg(origin, problems.join(u"\n"_s + origin + u": "_s)));
    return catalogue;
}

const DeviceProfile* DeviceCatalogue::find(QStringView name) const {
    for (const DeviceProfile& profile : m_profiles)
        if (profile.name == name)
            return &profile;
    return nullptr;
}

QStringList DeviceCatalogue::names() const {
    QStringList names;
    for (const DeviceProfile& profile : m_profiles)
        names << profile.name;
    return names;
}

QByteArray clientDeviceToJson(const ClientDevice& device) {
    QJsonObject object{{u"profile"_s, device.profile}};
    for (const DeviceKey& key : kDeviceKeys)
        object.insert(key.key.toString(), device.*key.member);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<ClientDevice> clientDeviceFromJson(QByteArrayView json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(u"the device record is not a JSON object"_s);
    const QJsonObject object = document.object();
    ClientDevice device;
    if (!object.value(u"profile").isString())
        return fail(u"the device record has no profile name"_s);
    device.profile = object.value(u"profile").toString();
    for (const DeviceKey& key : kDeviceKeys) {
        const QJsonValue v = object.value(key.key);
        if (!v.isDouble())
            return fail(u"the device record has no number \"%1\""_s.arg(key.key));
        device.*key.member = v.toDouble();
    }
    return device;
}

ClientDevice placeDevice(const DeviceProfile& profile, double distanceM,
                         double trainingFlopsPerSample, double carbonOverride) {
    ClientDevice device;
    device.profile = profile.name;
    device.cpuFrequencyHz = profile.cpuFrequencyHz;
    device.cyclesPerSample = profile.cyclesPerSample > 0.0
                                 ? profile.cyclesPerSample
                                 : trainingFlopsPerSample / profile.flopsPerCycle;
    device.switchedCapacitance = profile.switchedCapacitance;
    device.transmitPowerW = profile.transmitPowerW;
    device.bandwidthHz = profile.bandwidthHz;
    device.distanceM = distanceM;
    device.channelGain =
        profile.channelGain > 0.0 ? profile.channelGain : energy::channelGainAt(distanceM);
    device.noiseDensityWPerHz = profile.noiseDensityWPerHz;
    device.idlePowerW = profile.idlePowerW;
    device.carbonIntensityGPerKWh =
        carbonOverride > 0.0 ? carbonOverride : profile.carbonIntensityGPerKWh;
    return device;
}

Result<std::vector<ClientDevice>> assignDevices(const std::vector<DeviceProfile>& profiles,
                                                const DeviceAssignment& assignment, int clients,
                                                std::uint64_t seed) {
    const auto findProfile = [&](const QString& name) -> const DeviceProfile* {
        for (const DeviceProfile& p : profiles)
            if (p.name == name)
                return &p;
        return nullptr;
    };
    const auto n = static_cast<std::size_t>(std::max(clients, 0));
    std::vector<const DeviceProfile*> chosen;
    chosen.reserve(n);
    if (!assignment.perClient.isEmpty()) {
        if (static_cast<std::size_t>(assignment.perClient.size()) != n)
            return fail(
                u"%1 client devices are listed for %2 clients"_s.arg(assignment.perClient.size())
                    .arg(clients));
        for (const QString& name : assignment.perClient) {
            const DeviceProfile* p = findProfile(name);
            if (!p)
                return fail(u"device profile \"%1\" is not defined"_s.arg(name));
            chosen.push_back(p);
        }
    } else {
        if (assignment.mix.empty())
            return fail(u"no device profiles to assign to the clients"_s);
        double total = 0.0;
        for (const DeviceShare& s : assignment.mix) {
            if (!findProfile(s.profile))
                return fail(u"device profile \"%1\" is not defined"_s.arg(s.profile));
            if (!(s.share > 0.0) || !std::isfinite(s.share))
                return fail(
                    u"the share of device profile \"%1\" must be positive"_s.arg(s.profile));
            total += s.share;
        }
        // Largest remainder: the counts sum to `clients` and each is within 1 of its share.
        const std::size_t kinds = assignment.mix.size();
        std::vector<std::size_t> counts(kinds);
        std::vector<double> remainders(kinds);
        std::size_t given = 0;
        for (std::size_t i = 0; i < kinds; ++i) {
            const double exact = assignment.mix[i].share / total * static_cast<double>(n);
            counts[i] = static_cast<std::size_t>(std::floor(exact));
            remainders[i] = exact - static_cast<double>(counts[i]);
            given += counts[i];
        }
        std::vector<std::size_t> order(kinds);
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return remainders[a] > remainders[b];
        });
        for (std::size_t i = 0; given < n; i = (i + 1) % kinds, ++given)
            ++counts[order[i]];
        for (std::size_t i = 0; i < kinds; ++i)
            chosen.insert(chosen.end(), counts[i], findProfile(assignment.mix[i].profile));
        Rng rng = Rng::stream(seed, rng_purpose::Energy, {0});
        rng.shuffle(chosen);
    }
    std::vector<ClientDevice> devices;
    devices.reserve(n);
    for (std::size_t c = 0; c < n; ++c) {
        const DeviceProfile& p = *chosen[c];
        // Uniform over the ring's area, as users spread over a cell are.
        Rng rng = Rng::stream(seed, rng_purpose::Energy, {1, static_cast<std::uint64_t>(c)});
        const double lo2 = p.distanceMinM * p.distanceMinM;
        const double hi2 = p.distanceMaxM * p.distanceMaxM;
        const double distance = std::sqrt(lo2 + rng.uniform() * (hi2 - lo2));
        devices.push_back(
            placeDevice(p, distance, assignment.trainingFlopsPerSample, assignment.carbonOverride));
    }
    return devices;
}

} // namespace fed
