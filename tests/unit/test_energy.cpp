// The energy model: every formula against hand-computed values, the device catalogue, the RAPL
// reader on fake sysfs trees, and the selection policies' choices and fairness bound.
#include "engine/energy/DeviceProfile.h"
#include "engine/energy/EnergyModel.h"
#include "engine/energy/Rapl.h"
#include "engine/energy/Scheduling.h"
#include "engine/federation/EnergyAccounting.h"
#include "engine/federation/Selection.h"
#include "engine/spec/SpecIO.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

//! Relative closeness, for figures worked out by hand to a few digits.
bool close(double actual, double expected, double relative = 1e-9) {
    return std::abs(actual - expected) <= relative * std::abs(expected);
}
#define FED_CLOSE(actual, expected, relative)                                                      \
    QVERIFY2(close((actual), (expected), (relative)),                                              \
             qPrintable(u"%1 = %2, expected %3"_s.arg(QStringLiteral(#actual))                     \
                            .arg((actual), 0, 'g', 12)                                             \
                            .arg((expected), 0, 'g', 12)))

bool writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

//! A fake powercap zone: name, counter and range files.
bool makeZone(const QDir& root, const QString& zone, const QByteArray& name, const QByteArray& uj,
              const QByteArray& range) {
    return root.mkpath(zone) && writeText(root.filePath(zone + u"/name"_s), name + '\n') &&
           writeText(root.filePath(zone + u"/energy_uj"_s), uj + '\n') &&
           writeText(root.filePath(zone + u"/max_energy_range_uj"_s), range + '\n');
}

//! A device whose figures make the arithmetic easy: 1 mJ and 1 ms per sample, and an uplink at
//! SNR 1 (rate = bandwidth = 1 Mbit/s) transmitting at 0.1 W.
ClientDevice easyDevice() {
    ClientDevice d;
    d.profile = u"easy"_s;
    d.cpuFrequencyHz = 1e9;
    d.cyclesPerSample = 1e6;
    d.switchedCapacitance = 1e-27;
    d.transmitPowerW = 0.1;
    d.bandwidthHz = 1e6;
    d.distanceM = 100.0;
    d.channelGain = 1e-13; // p * h = 1e-14 = N0 * B
    d.noiseDensityWPerHz = 1e-20;
    d.idlePowerW = 2.0;
    d.carbonIntensityGPerKWh = 360.0; // 1 J = 1e-4 g
    return d;
}

//! Four clients of easyDevice() holding 100, 200, 50 and 400 samples; 125,000-byte uploads
//! (1 s at full power). Computation: 0.1, 0.2, 0.05, 0.4 J; with the upload's 0.1 J the energy
//! per sample is 2, 1.5, 3 and 1.25 mJ.
const std::vector<std::int64_t> kEasySamples{100, 200, 50, 400};
constexpr double kEasyUploadBytes = 125000.0;

FederationSpec easySpec(SelectionPolicy policy) {
    FederationSpec spec;
    spec.clients = 4;
    spec.selection.fraction = 0.5; // 2 per round
    spec.selection.policy = policy;
    spec.selection.maxWaitRounds = 100;
    return spec;
}

std::unique_ptr<ClientSelector> easySelector(const FederationSpec& spec) {
    auto s = ClientSelector::create(spec, std::vector<ClientDevice>(4, easyDevice()), kEasySamples,
                                    kEasyUploadBytes);
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    return std::move(*s);
}

//! The longest wait (rounds between turns, counting from round 0) of each eligible client over
//! `rounds` rounds of `next(round)`, including the wait still open at the end.
template <typename Next>
int longestWait(int clients, const std::vector<bool>& eligible, int rounds, Next next) {
    std::vector<int> last(static_cast<std::size_t>(clients), 0);
    int longest = 0;
    for (int round = 1; round <= rounds; ++round) {
        for (int c : next(round)) {
            longest = std::max(longest, round - last[static_cast<std::size_t>(c)]);
            last[static_cast<std::size_t>(c)] = round;
        }
    }
    for (int c = 0; c < clients; ++c)
        if (eligible[static_cast<std::size_t>(c)])
            longest = std::max(longest, rounds + 1 - last[static_cast<std::size_t>(c)] - 1);
    return longest;
}

} // namespace

class TestEnergy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ---------------------------------------------------------------------------------------
    // Formulas (docs/energy.md), each against a value worked out by hand.

    void computation() {
        // kappa 1e-28, 2 GHz: P = kappa f^3 = 1e-28 * 8e27 = 0.8 W.
        FED_CLOSE(energy::dynamicPower(1e-28, 2e9), 0.8, 1e-12);
        // kappa c D f^2 = 1e-28 * 2e4 * 500 * (1e9)^2 = 1e-3 J; c D / f = 1e7 / 1e9 = 0.01 s.
        FED_CLOSE(energy::computationEnergy(1e-28, 2e4, 500, 1e9), 1e-3, 1e-12);
        FED_CLOSE(energy::computationSeconds(2e4, 500, 1e9), 0.01, 1e-12);
        // Energy is power times time: kappa f^3 * c D / f.
        FED_CLOSE(energy::computationEnergy(3e-28, 1.5e5, 600, 2.8e9),
                  energy::dynamicPower(3e-28, 2.8e9) *
                      energy::computationSeconds(1.5e5, 600, 2.8e9),
                  1e-12);
        // 6 FLOPs per MAC: 198,800 MACs at 4 FLOPs/cycle = 298,200 cycles.
        FED_CLOSE(energy::cyclesPerSample(198800, 4), 298200.0, 1e-12);
    }

    void communication() {
        // SNR = 0.1 * 1e-10 / (1e-20 * 1e6) = 1000: r = 1e6 * log2(1001) = 9.96722625883599e6.
        FED_CLOSE(energy::uplinkRate(1e6, 0.1, 1e-10, 1e-20), 9.96722625883599e6, 1e-12);
        // SNR 1: one bit per second per hertz.
        FED_CLOSE(energy::uplinkRate(2e6, 0.02, 1e-12, 1e-20), 2e6, 1e-12);
        // Very low SNR: r ~ B * snr / ln 2 (log1p keeps it exact).
        FED_CLOSE(energy::uplinkRate(1e6, 1e-12, 1e-12, 1e-20), 1e6 * 1e-10 / std::log(2.0), 1e-9);
        // 1 MB over 8 Mbit/s: 1 s; at 0.2 W that is 0.2 J.
        FED_CLOSE(energy::transmissionSeconds(1e6, 8e6), 1.0, 1e-12);
        FED_CLOSE(energy::transmissionEnergy(0.2, 1.5), 0.3, 1e-12);
        QCOMPARE(energy::transmissionSeconds(1e6, 0.0), kInf);
        // The power for 1 bit/s/Hz is N0 B / h = 1e-20 * 2e6 / 1e-12 = 0.02 W, and powerForRate
        // inverts uplinkRate.
        FED_CLOSE(energy::powerForRate(2e6, 2e6, 1e-12, 1e-20), 0.02, 1e-12);
        const double rate = energy::uplinkRate(1e6, 0.2, 1.44e-11, 3.981e-21);
        FED_CLOSE(energy::powerForRate(rate, 1e6, 1.44e-11, 3.981e-21), 0.2, 1e-12);
    }

    void carbonAndPathLoss() {
        // 3.6 MJ is 1 kWh: 475 g at 475 g/kWh; 7.2 kJ at 500 g/kWh is 1 g.
        FED_CLOSE(energy::carbonGrams(3.6e6, 475.0), 475.0, 1e-12);
        FED_CLOSE(energy::carbonGrams(7200.0, 500.0), 1.0, 1e-12);
        QCOMPARE(energy::carbonGrams(123.0, 0.0), 0.0);
        // 128.1 dB at 1 km; 37.6 dB less per decade closer.
        FED_CLOSE(energy::pathLossDb(1000.0), 128.1, 1e-12);
        FED_CLOSE(energy::pathLossDb(100.0), 90.5, 1e-12);
        FED_CLOSE(energy::pathLossDb(10.0), 52.9, 1e-12);
        // 10^(-12.81) = 1.548816618912481e-13.
        FED_CLOSE(energy::channelGainAt(1000.0), 1.548816618912481e-13, 1e-12);
    }

    // ---------------------------------------------------------------------------------------
    // Device catalogue

    void builtInCatalogue() {
        const DeviceCatalogue& catalogue = DeviceCatalogue::builtIn();
        QCOMPARE(catalogue.names(), (QStringList{u"raspberry-pi-4"_s, u"phone-midrange"_s,
                                                 u"laptop"_s, u"edge-server"_s}));
        for (const DeviceProfile& p : catalogue.profiles()) {
            const auto problems = checkProfile(p);
            QVERIFY2(problems.empty(),
                     qPrintable(p.name + u": "_s +
                                (problems.empty() ? QString() : problems.front().message)));
            QVERIFY(!p.description.isEmpty());
        }
        // The per-core dynamic power each kappa was derived from (docs/energy.md).
        const std::map<QString, double> watts{{u"raspberry-pi-4"_s, 0.9},
                                              {u"phone-midrange"_s, 1.5},
                                              {u"laptop"_s, 7.0},
                                              {u"edge-server"_s, 7.5}};
        for (const auto& [name, w] : watts) {
            const DeviceProfile* p = catalogue.find(name);
            QVERIFY(p);
            FED_CLOSE(energy::dynamicPower(p->switchedCapacitance, p->cpuFrequencyHz), w, 0.005);
        }
        QCOMPARE(catalogue.find(u"phone-midrange")->transmitPowerW, 0.2); // LTE class 3: 23 dBm
        QVERIFY(!catalogue.find(u"toaster"));
    }

    void catalogueParseErrors_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        const QByteArray good = R"("cpu_frequency_hz": 1e9, "flops_per_cycle": 2,
            "switched_capacitance": 1e-28, "transmit_power_w": 0.1, "bandwidth_hz": 1e6,
            "distance_min_m": 10, "distance_max_m": 20, "noise_density_w_per_hz": 4e-21,
            "idle_power_w": 1, "carbon_intensity_g_per_kwh": 400)";
        const auto doc = [](const QByteArray& profiles) {
            return QByteArray(R"({"format": "fedstudio-devices/1", "profiles": [)") + profiles +
                   "]}";
        };
        QTest::newRow("not JSON") << QByteArray("{") << u"test: not valid JSON"_s;
        QTest::newRow("wrong format") << QByteArray(R"({"format": "x", "profiles": []})")
                                      << u"format: must be \"fedstudio-devices/1\""_s;
        QTest::newRow("missing field") << doc(R"({"name": "a", "flops_per_cycle": 2})")
                                       << u"profiles[0].cpu_frequency_hz: missing ((0, 1e+11])"_s;
        QTest::newRow("unknown field") << doc(R"({"name": "a", "colour": "red", )" + good + "}")
                                       << u"profiles[0].colour: unknown field"_s;
        QTest::newRow("out of range") << doc(R"({"name": "a", "channel_gain": 2, )" + good + "}")
                                      << u"profiles[0].channel_gain: must be 0 or (0, 1], got 2"_s;
        QTest::newRow("duplicate name")
            << doc(R"({"name": "a", )" + good + R"(}, {"name": "a", )" + good + "}")
            << u"profiles[1].name: \"a\" is listed twice"_s;
        QTest::newRow("distances reversed")
            << doc(R"({"name": "a", )" +
                   QByteArray(good).replace("\"distance_min_m\": 10", "\"distance_min_m\": 30") +
                   "}")
            << u"profiles[0].distance_min_m: must not exceed distance_max_m (20), got 30"_s;
    }

    void catalogueParseErrors() {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        const auto parsed = DeviceCatalogue::parse(json, u"test"_s);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(words), qPrintable(parsed.error()));
    }

    void clientDeviceJsonRoundTrips() {
        ClientDevice d = easyDevice();
        d.channelGain = 1.0 / 3.0; // every bit must survive
        const QByteArray json = clientDeviceToJson(d);
        const auto back = clientDeviceFromJson(json);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QVERIFY(*back == d);
        QVERIFY(json.contains("\"distance_m\":100"));
        QVERIFY(!clientDeviceFromJson("[]").ok());
        const auto missing = clientDeviceFromJson(R"({"profile": "x", "cpu_frequency_hz": 1})");
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(u"cycles_per_sample"_s), qPrintable(missing.error()));
    }

    void deviceAssignmentFollowsTheMix() {
        const auto& profiles = DeviceCatalogue::builtIn().profiles();
        DeviceAssignment mix;
        for (const DeviceProfile& p : profiles)
            mix.mix.push_back({p.name, 0.25});
        mix.trainingFlopsPerSample = 6.0 * 198800;
        const auto devices = assignDevices(profiles, mix, 10, 7);
        QVERIFY2(devices.ok(), qPrintable(devices.error()));
        // 2.5 each: the largest remainders tie, so the first two profiles get the extra client.
        std::map<QString, int> counts;
        for (const ClientDevice& d : *devices)
            ++counts[d.profile];
        QCOMPARE(counts[u"raspberry-pi-4"_s], 3);
        QCOMPARE(counts[u"phone-midrange"_s], 3);
        QCOMPARE(counts[u"laptop"_s], 2);
        QCOMPARE(counts[u"edge-server"_s], 2);
        for (const ClientDevice& d : *devices) {
            const DeviceProfile* p = DeviceCatalogue::builtIn().find(d.profile);
            QVERIFY(d.distanceM >= p->distanceMinM && d.distanceM <= p->distanceMaxM);
            FED_CLOSE(d.channelGain, energy::channelGainAt(d.distanceM), 1e-12);
            FED_CLOSE(d.cyclesPerSample, 6.0 * 198800 / p->flopsPerCycle, 1e-12);
            QCOMPARE(d.carbonIntensityGPerKWh, p->carbonIntensityGPerKWh);
        }
        // Deterministic from the seed, and different for another seed.
        const auto again = assignDevices(profiles, mix, 10, 7);
        const auto other = assignDevices(profiles, mix, 10, 8);
        QVERIFY(again.ok() && other.ok());
        QVERIFY(*again == *devices);
        QVERIFY(*other != *devices);

        // Uneven shares: 1:3 of 8 clients is exactly 2 and 6.
        DeviceAssignment uneven;
        uneven.mix = {{u"laptop"_s, 1.0}, {u"edge-server"_s, 3.0}};
        uneven.carbonOverride = 50.0;
        const auto split = assignDevices(profiles, uneven, 8, 1);
        QVERIFY(split.ok());
        QCOMPARE(std::count_if(split->begin(), split->end(),
                               [](const ClientDevice& d) { return d.profile == u"laptop"_s; }),
                 2);
        for (const ClientDevice& d : *split)
            QCOMPARE(d.carbonIntensityGPerKWh, 50.0);
    }

    void deviceAssignmentPerClientAndErrors() {
        std::vector<DeviceProfile> profiles = DeviceCatalogue::builtIn().profiles();
        DeviceProfile fixed = profiles[0];
        fixed.name = u"fixed"_s;
        fixed.cyclesPerSample = 12345.0;
        fixed.channelGain = 1e-9;
        fixed.distanceMinM = fixed.distanceMaxM = 250.0;
        profiles.push_back(fixed);
        DeviceAssignment listed;
        listed.perClient = {u"fixed"_s, u"laptop"_s, u"fixed"_s};
        listed.trainingFlopsPerSample = 1e6;
        const auto devices = assignDevices(profiles, listed, 3, 1);
        QVERIFY2(devices.ok(), qPrintable(devices.error()));
        QCOMPARE((*devices)[0].profile, u"fixed"_s);
        QCOMPARE((*devices)[1].profile, u"laptop"_s);
        QCOMPARE((*devices)[0].cyclesPerSample, 12345.0); // fixed by the profile, not derived
        QCOMPARE((*devices)[0].channelGain, 1e-9);
        QCOMPARE((*devices)[0].distanceM, 250.0);

        listed.perClient = {u"fixed"_s};
        auto wrong = assignDevices(profiles, listed, 3, 1);
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(u"1 client devices are listed for 3 clients"_s),
                 qPrintable(wrong.error()));
        DeviceAssignment unknown;
        unknown.mix = {{u"toaster"_s, 1.0}};
        wrong = assignDevices(profiles, unknown, 3, 1);
        QVERIFY(!wrong.ok());
        QVERIFY(wrong.error().contains(u"\"toaster\" is not defined"_s));
    }

    void specProfilesApplyOverrides() {
        EnergySettings energy;
        energy.profiles = {{u"laptop"_s, {}, {{u"transmit_power_w"_s, 0.05}}},
                           {u"sensor"_s, u"tiny"_s, {{u"cpu_frequency_hz"_s, 4.8e7}}}};
        const auto profiles = specProfiles(energy);
        QCOMPARE(profiles.size(), std::size_t(5));
        const auto laptop = std::find_if(profiles.begin(), profiles.end(),
                                         [](const auto& p) { return p.name == u"laptop"_s; });
        QCOMPARE(laptop->transmitPowerW, 0.05);
        QCOMPARE(laptop->cpuFrequencyHz, 2.8e9); // untouched
        QCOMPARE(profiles.back().name, u"sensor"_s);
        QCOMPARE(profiles.back().description, u"tiny"_s);
        // The spec's FLOPs override the model's; 0 means 6 per MAC.
        QCOMPARE(trainingFlopsPerSample(energy, 1000), 6000.0);
        energy.flopsPerSample = 42.0;
        QCOMPARE(trainingFlopsPerSample(energy, 1000), 42.0);
    }

    void uploadBytesIsTheEncodedUpdate() {
        ModelLayout layout;
        layout.tensors = {{u"fc.weight"_s, {10, 784}}, {u"fc.bias"_s, {10}}};
        const std::vector<float> zeros(static_cast<std::size_t>(layout.parameterCount()));
        QCOMPARE(uploadBytes(EnergySettings{}, layout),
                 static_cast<double>(encodeWeights(layout, zeros).size()));
        EnergySettings fixed;
        fixed.modelBytes = 1000;
        QCOMPARE(uploadBytes(fixed, layout), 1000.0);
    }

    // ---------------------------------------------------------------------------------------
    // RAPL, on fake sysfs trees

    void raplReadsPackagesOnly() {
        QTemporaryDir dir;
        const QDir root(dir.path());
        QVERIFY(makeZone(root, u"intel-rapl:0"_s, "package-0", "1000000", "262143328850"));
        QVERIFY(makeZone(root, u"intel-rapl:1"_s, "package-1", "5000000", "262143328850"));
        // A package's core sub-zone and the platform zone include the packages: not added.
        QVERIFY(makeZone(root, u"intel-rapl:0:0"_s, "core", "1", "262143328850"));
        QVERIFY(makeZone(root, u"intel-rapl:2"_s, "psys", "1", "262143328850"));
        QVERIFY(makeZone(root, u"intel-rapl-mmio:0"_s, "package-0", "1", "262143328850"));
        const RaplReader rapl = RaplReader::open(dir.path());
        QVERIFY2(rapl.available(), qPrintable(rapl.unavailableReason()));
        QCOMPARE(rapl.packageCount(), 2);
        const auto before = rapl.sample();
        QVERIFY(before);
        QCOMPARE(*before, (RaplReader::Sample{1000000, 5000000}));
        QVERIFY(writeText(root.filePath(u"intel-rapl:0/energy_uj"_s), "3500000\n"));
        QVERIFY(writeText(root.filePath(u"intel-rapl:1/energy_uj"_s), "5250000\n"));
        const auto after = rapl.sample();
        QVERIFY(after);
        // (3.5 - 1) J + (5.25 - 5) J.
        FED_CLOSE(rapl.joulesBetween(*before, *after), 2.75, 1e-12);
    }

    void raplCounterWrapsAround() {
        QTemporaryDir dir;
        const QDir root(dir.path());
        QVERIFY(makeZone(root, u"intel-rapl:0"_s, "package-0", "262143000000", "262143328850"));
        const RaplReader rapl = RaplReader::open(dir.path());
        QVERIFY(rapl.available());
        const auto before = rapl.sample();
        QVERIFY(writeText(root.filePath(u"intel-rapl:0/energy_uj"_s), "1000000\n"));
        const auto after = rapl.sample();
        QVERIFY(before && after);
        // 328,850 uJ to the top of the range, then 1,000,000 uJ from 0.
        FED_CLOSE(rapl.joulesBetween(*before, *after), 1.32885, 1e-12);
    }

    void raplUnavailableIsReported() {
        QTemporaryDir dir;
        const QDir root(dir.path());
        RaplReader rapl = RaplReader::open(dir.filePath(u"missing"_s));
        QVERIFY(!rapl.available());
        QVERIFY2(rapl.unavailableReason().contains(u"does not exist"_s),
                 qPrintable(rapl.unavailableReason()));
        QVERIFY(!rapl.sample());

        rapl = RaplReader::open(dir.path());
        QVERIFY(!rapl.available());
        QVERIFY(rapl.unavailableReason().contains(u"no RAPL package domains"_s));

        // An unreadable counter (the usual case without root: a dangling link stands in for a
        // file we may not open, which root could still read).
        QVERIFY(makeZone(root, u"intel-rapl:0"_s, "package-0", "1", "262143328850"));
        QVERIFY(QFile::remove(root.filePath(u"intel-rapl:0/energy_uj"_s)));
        QVERIFY(
            QFile::link(root.filePath(u"nowhere"_s), root.filePath(u"intel-rapl:0/energy_uj"_s)));
        rapl = RaplReader::open(dir.path());
        QVERIFY(!rapl.available());
        QVERIFY2(rapl.unavailableReason().contains(u"energy_uj is not readable"_s),
                 qPrintable(rapl.unavailableReason()));

        QVERIFY(QFile::remove(root.filePath(u"intel-rapl:0/energy_uj"_s)));
        QVERIFY(writeText(root.filePath(u"intel-rapl:0/energy_uj"_s), "lots\n"));
        rapl = RaplReader::open(dir.path());
        QVERIFY(!rapl.available());
        QVERIFY(rapl.unavailableReason().contains(u"does not hold a counter"_s));

        // This machine: whatever it offers, open() answers without failing.
        const RaplReader here = RaplReader::open();
        QVERIFY(here.available() || !here.unavailableReason().isEmpty());
    }

    // ---------------------------------------------------------------------------------------
    // Scheduling algorithms

    void pickCheapestSmallCases() {
        // Energy per sample: 10, 5, 20, 5 mJ.
        const std::vector<Candidate> c{{0, 100, 1.0}, {1, 50, 0.25}, {2, 200, 4.0}, {3, 100, 0.5}};
        // Ties (clients 1 and 3) go to the lower client; 50 + 100 + 100 samples reach 200.
        QCOMPARE(pickCheapest(c, {}, 200, 1, 0), (std::vector<int>{0, 1, 3}));
        // A mandatory client counts towards the target.
        const std::vector<int> two{2};
        QCOMPARE(pickCheapest(c, two, 200, 1, 0), (std::vector<int>{2}));
        QCOMPARE(pickCheapest(c, two, 200, 2, 0), (std::vector<int>{1, 2}));
        // A cap stops short of the target; mandatory clients always stay.
        QCOMPARE(pickCheapest(c, {}, 1000, 1, 2), (std::vector<int>{1, 3}));
        const std::vector<int> all{0, 1, 2};
        QCOMPARE(pickCheapest(c, all, 1000, 1, 2), (std::vector<int>{0, 1, 2}));
        // The last client is the cheapest that completes the target: after client 0 (1 mJ per
        // sample), 50 samples are missing; client 1 (1.5 mJ/sample) would bring 1000 for 1.5 J,
        // client 2 (2 mJ/sample) brings 60 for 0.12 J.
        const std::vector<Candidate> finish{{0, 100, 0.1}, {1, 1000, 1.5}, {2, 60, 0.12}};
        QCOMPARE(pickCheapest(finish, {}, 150, 1, 0), (std::vector<int>{0, 2}));
        // ... unless more clients are needed anyway to reach min_clients.
        QCOMPARE(pickCheapest(finish, {}, 150, 3, 0), (std::vector<int>{0, 1, 2}));
        // A client without samples is never worth choosing before one with samples.
        const std::vector<Candidate> empty{{0, 0, 0.0}, {1, 10, 5.0}};
        QCOMPARE(pickCheapest(empty, {}, 5, 1, 0), (std::vector<int>{1}));
    }

    void participationFloorSmallCase() {
        // 3 clients, 2 per round, each at least once every 2 rounds. Round 1: all are due by
        // round 2 and round 2 fits only 2 of them, so round 1 must take one (the lowest, 0).
        ParticipationFloor floor(3, 2);
        const std::vector<bool> all(3, true);
        QCOMPARE(floor.mandatory(1, all, 2), (std::vector<int>{0}));
        const std::vector<int> first{0};
        floor.record(1, first);
        // Round 2: clients 1 and 2 are due now.
        QCOMPARE(floor.mandatory(2, all, 2), (std::vector<int>{1, 2}));
        const std::vector<int> second{1, 2};
        floor.record(2, second);
        QCOMPARE(floor.lastSelected(0), 1);
        QCOMPARE(floor.lastSelected(2), 2);
        // Round 3: client 0 is due now (1 + 2).
        QCOMPARE(floor.mandatory(3, all, 2), (std::vector<int>{0}));
        // An ineligible client is never mandatory.
        QCOMPARE(floor.mandatory(3, std::vector<bool>{false, true, true}, 2), std::vector<int>{});
    }

    void participationFloorBoundHolds_data() {
        QTest::addColumn<int>("clients");
        QTest::addColumn<int>("slots");
        QTest::addColumn<int>("maxWait");
        QTest::addColumn<int>("greedyPicks");
        // The case a naive "select whoever is overdue" floor gets wrong: 4 clients, 1 slot,
        // bound 4; three clients fall due in the same round and one slot is not enough.
        QTest::newRow("4 clients, 1 slot, tight") << 4 << 1 << 4 << 1;
        QTest::newRow("100 clients, 10 slots, tight") << 100 << 10 << 10 << 10;
        QTest::newRow("100 clients, 10 slots, 11") << 100 << 10 << 11 << 10;
        QTest::newRow("100 clients, 10 slots, 40") << 100 << 10 << 40 << 4;
        QTest::newRow("97 clients, 7 slots, 14") << 97 << 7 << 14 << 3;
    }

    void participationFloorBoundHolds() {
        // An adversarial policy: besides the mandatory clients it always picks the same few
        // favourites (the lowest eligible), which would starve everyone else.
        QFETCH(int, clients);
        QFETCH(int, slots);
        QFETCH(int, maxWait);
        QFETCH(int, greedyPicks);
        std::vector<bool> eligible(static_cast<std::size_t>(clients), true);
        for (int c = 5; c < clients; c += 9)
            eligible[static_cast<std::size_t>(c)] = false; // never eligible (a missed deadline)
        ParticipationFloor floor(clients, maxWait);
        int mostMandatory = 0;
        const int longest = longestWait(clients, eligible, 20 * maxWait, [&](int round) {
            std::vector<int> chosen = floor.mandatory(round, eligible, slots);
            mostMandatory = std::max(mostMandatory, static_cast<int>(chosen.size()));
            for (int c = 0; c < clients && static_cast<int>(chosen.size()) < greedyPicks; ++c)
                if (eligible[static_cast<std::size_t>(c)] &&
                    std::find(chosen.begin(), chosen.end(), c) == chosen.end())
                    chosen.push_back(c);
            floor.record(round, chosen);
            return chosen;
        });
        QVERIFY2(longest <= maxWait, qPrintable(u"a client waited %1 rounds"_s.arg(longest)));
        QVERIFY2(mostMandatory <= slots, qPrintable(QString::number(mostMandatory)));
    }

    void uplinkPlans() {
        // SNR 1 at full power: 1 Mbit/s. 125,000 bytes take 1 s and 0.1 J.
        const UplinkDemand d{kEasyUploadBytes, 1e-13, 1e-20, 0.1, 0.2};
        UplinkPlan p = planUplink(d, 1e6, 0.0, false);
        FED_CLOSE(p.seconds, 1.0, 1e-12);
        FED_CLOSE(p.energyJ, 0.1, 1e-12);
        QVERIFY(p.meetsDeadline);
        // Deadline 1.5 s, 0.2 s of training: 1.3 s left, met at full power.
        p = planUplink(d, 1e6, 1.5, false);
        QVERIFY(p.meetsDeadline);
        FED_CLOSE(p.energyJ, 0.1, 1e-12);
        // With power control it sends for all 1.3 s at 1/1.3 bit/s/Hz:
        // p = 0.1 * (2^(1/1.3) - 1) = 0.0705298..., E = 1.3 p.
        p = planUplink(d, 1e6, 1.5, true);
        const double power = 0.1 * (std::pow(2.0, 1.0 / 1.3) - 1.0);
        FED_CLOSE(p.powerW, power, 1e-12);
        FED_CLOSE(p.seconds, 1.3, 1e-12);
        FED_CLOSE(p.energyJ, 1.3 * power, 1e-12);
        QVERIFY(p.energyJ < 0.1);
        // Deadline 1.1 s: 0.9 s left, missed even at full power, which it keeps.
        p = planUplink(d, 1e6, 1.1, true);
        QVERIFY(!p.meetsDeadline);
        QCOMPARE(p.powerW, 0.1);
        // No bandwidth, no upload.
        QCOMPARE(planUplink(d, 0.0, 0.0, false).energyJ, kInf);
    }

    void minimumBandwidthMeetsTheDeadline() {
        const UplinkDemand d{kEasyUploadBytes, 1e-13, 1e-20, 0.1, 0.2};
        QCOMPARE(minimumBandwidth(d, 0.0), 0.0);
        // Exactly 1 MHz finishes 1 Mbit in 1 s: deadline 1.2 s with 0.2 s of training.
        FED_CLOSE(minimumBandwidth(d, 1.2), 1e6, 1e-9);
        const double b = minimumBandwidth(d, 2.0);
        FED_CLOSE(energy::uplinkRate(b, 0.1, 1e-13, 1e-20) * 1.8, 1e6, 1e-9);
        // The rate never exceeds p h / (N0 ln 2) = 1.4427 Mbit/s: 1 Mbit in 0.6 s is impossible.
        QCOMPARE(minimumBandwidth(d, 0.8), kInf);
        QCOMPARE(minimumBandwidth(d, 0.1), kInf); // training alone overruns it
    }

    void bandwidthAllocationIsOptimal() {
        // Two equal uploads split the budget equally.
        const UplinkDemand a{kEasyUploadBytes, 1e-13, 1e-20, 0.1, 0.0};
        std::vector<UplinkDemand> same{a, a};
        auto plans = allocateBandwidth(same, 2e6, 0.0, false);
        QCOMPARE(plans.size(), std::size_t(2));
        FED_CLOSE(plans[0].bandwidthHz, 1e6, 1e-3);
        FED_CLOSE(plans[0].bandwidthHz + plans[1].bandwidthHz, 2e6, 1e-9);

        // A far client and a near one: the split is within 0.1% of the best of a fine grid.
        const UplinkDemand far{kEasyUploadBytes, 2e-14, 1e-20, 0.2, 0.0};
        const UplinkDemand near{kEasyUploadBytes, 5e-12, 1e-20, 0.2, 0.0};
        const std::vector<UplinkDemand> pair{far, near};
        plans = allocateBandwidth(pair, 3e6, 0.0, false);
        const double total = plans[0].energyJ + plans[1].energyJ;
        double best = kInf;
        for (int i = 1; i < 10000; ++i) {
            const double share = 3e6 * i / 10000.0;
            best = std::min(best, planUplink(far, share, 0.0, false).energyJ +
                                      planUplink(near, 3e6 - share, 0.0, false).energyJ);
        }
        QVERIFY2(total <= best * 1.001, qPrintable(u"%1 vs %2"_s.arg(total).arg(best)));
        QVERIFY(plans[0].bandwidthHz > plans[1].bandwidthHz); // the far client needs more

        // With a deadline and power control, everyone meets it and each gets its minimum.
        const std::vector<UplinkDemand> three{a, far, near};
        plans = allocateBandwidth(three, 1e7, 2.0, true);
        double used = 0.0;
        for (std::size_t k = 0; k < plans.size(); ++k) {
            QVERIFY(plans[k].meetsDeadline);
            QVERIFY(plans[k].bandwidthHz >= minimumBandwidth(three[k], 2.0) * (1 - 1e-9));
            QVERIFY(plans[k].powerW <= three[k].maxPowerW);
            used += plans[k].bandwidthHz;
        }
        FED_CLOSE(used, 1e7, 1e-9);

        // A budget too small for the deadline: the split ignores it, the plans say so.
        plans = allocateBandwidth(three, 1e5, 2.0, false);
        QVERIFY(std::any_of(plans.begin(), plans.end(),
                            [](const UplinkPlan& p) { return !p.meetsDeadline; }));
        QVERIFY(allocateBandwidth({}, 1e6, 0.0, false).empty());
    }

    // ---------------------------------------------------------------------------------------
    // Selection policies over a spec (engine/federation/Selection)

    void randomPolicyIsTheClassicSample() {
        FederationSpec spec = easySpec(SelectionPolicy::Random);
        auto selector = easySelector(spec);
        for (int round = 1; round <= 20; ++round)
            QCOMPARE(selector->plan(round).clients, selectClients(spec, round));
    }

    void energyAwareChoosesTheCheapestPerSample() {
        FederationSpec spec = easySpec(SelectionPolicy::EnergyAware);
        auto selector = easySelector(spec);
        // Target: 2 per round * 187.5 mean samples = 375; client 3 (1.25 mJ/sample, 400
        // samples) reaches it alone.
        QCOMPARE(selector->sampleTarget(), 375);
        FED_CLOSE(selector->estimate(3).computationJ, 0.4, 1e-12);
        FED_CLOSE(selector->estimate(3).communicationJ, 0.1, 1e-12);
        RoundPlan plan = selector->plan(1);
        QCOMPARE(plan.clients, (std::vector<int>{3}));
        // Its modelled round: 0.4 s of training and 1 s of upload; 0.5 J, 0.5e-4 g.
        FED_CLOSE(plan.modelledSeconds, 1.4, 1e-12);
        FED_CLOSE(plan.energy[0].energyJ(), 0.5, 1e-12);
        FED_CLOSE(plan.energy[0].carbonG, 0.5e-4, 1e-12);
        QCOMPARE(plan.energy[0].idleJ, 0.0);
        // At least two clients: the next cheapest, client 1 (1.5 mJ/sample), joins.
        spec.selection.minClients = 2;
        QCOMPARE(easySelector(spec)->plan(1).clients, (std::vector<int>{1, 3}));
    }

    void participationDebtByHand() {
        // V = 3: waited 3 rounds (last turn in round 1, now round 5) of a bound of 10 is a queue
        // of 3 / 30 = 0.1; 200 samples at 2 mJ on the cheapest client: 0.1 * 0.4 J = 0.04 J.
        QCOMPARE(kEnergyWeight, 3.0);
        FED_CLOSE(participationDebt(5, 1, 10, 200, 2e-3), 0.04, 1e-12);
        // Chosen last round: no debt; never chosen, round 1: none either.
        QCOMPARE(participationDebt(5, 4, 10, 200, 2e-3), 0.0);
        QCOMPARE(participationDebt(1, 0, 10, 200, 2e-3), 0.0);
        // The debt discounts the ranking: client 1 costs 5 mJ per sample but is owed 4 mJ per
        // sample, so it comes before client 0 (2 mJ per sample, owed nothing).
        const std::vector<Candidate> c{{0, 100, 0.2, 0.0}, {1, 100, 0.5, 0.4}};
        QCOMPARE(pickCheapest(c, {}, 100, 1, 0), (std::vector<int>{1}));
        // The client that completes the target is the cheapest after its discount, too.
        const std::vector<Candidate> last{
            {0, 100, 0.1, 0.0}, {1, 60, 0.12, 0.0}, {2, 60, 0.15, 0.05}};
        QCOMPARE(pickCheapest(last, {}, 150, 1, 0), (std::vector<int>{0, 2}));
    }

    void energyAwareTakesTurnsByDebt() {
        // Four clients that cost exactly the same (100 samples each, target 2 * 100): without
        // the debt, clients 0 and 1 (the lower, on ties) would train every round and 2 and 3
        // only when the floor forces them. With it, a round's wait outweighs a tie.
        FederationSpec spec = easySpec(SelectionPolicy::EnergyAware);
        spec.rounds = 50;
        auto s = ClientSelector::create(spec, std::vector<ClientDevice>(4, easyDevice()),
                                        std::vector<std::int64_t>(4, 100), kEasyUploadBytes);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE((*s)->sampleTarget(), 200);
        QCOMPARE((*s)->plan(1).clients, (std::vector<int>{0, 1}));
        QCOMPARE((*s)->plan(2).clients, (std::vector<int>{2, 3}));
        QCOMPARE((*s)->plan(3).clients, (std::vector<int>{0, 1}));
    }

    void energyAwareEndsWithAnUnbiasedSample() {
        // The last rounds / 5 rounds (here 9 and 10) select like the deadline-aware policy: the
        // floor, then a uniform sample of a round's worth of clients. The rounds before are
        // energy-aware.
        FederationSpec spec = easySpec(SelectionPolicy::EnergyAware);
        spec.rounds = 10;
        QCOMPARE(finalPhaseRounds(spec), 2);
        QVERIFY(!inFinalPhase(spec, 8));
        QVERIFY(inFinalPhase(spec, 9));
        auto aware = easySelector(spec);
        FederationSpec uniform = spec;
        uniform.selection.policy = SelectionPolicy::DeadlineAware;
        auto reference = easySelector(uniform);
        for (int round = 1; round <= 8; ++round) {
            const RoundPlan plan = aware->plan(round);
            if (round == 1) // energy-aware: client 3 reaches the target alone
                QCOMPARE(plan.clients, std::vector<int>{3});
            reference->replay(round, plan.clients);
        }
        for (int round = 9; round <= 10; ++round) {
            const RoundPlan plan = aware->plan(round);
            QCOMPARE(plan.clients, reference->plan(round).clients);
            QCOMPARE(plan.clients.size(), std::size_t(2));
        }
    }

    void idleEnergyIsChargedWhenAsked() {
        FederationSpec spec = easySpec(SelectionPolicy::EnergyAware);
        spec.selection.minClients = 2;
        spec.energy.countIdle = true;
        const RoundPlan plan = easySelector(spec)->plan(1);
        QCOMPARE(plan.clients, (std::vector<int>{1, 3}));
        // Client 1 finishes after 0.2 + 1 s and waits 0.2 s for client 3 at 2 W: 0.4 J.
        FED_CLOSE(plan.energy[0].idleJ, 0.4, 1e-12);
        QCOMPARE(plan.energy[1].idleJ, 0.0);
    }

    void deadlineAwareLeavesOutTheSlow() {
        // Deadline 1.3 s: client 3 needs 0.4 + 1 s, the others at most 1.2 s.
        FederationSpec spec = easySpec(SelectionPolicy::DeadlineAware);
        spec.selection.deadlineSeconds = 1.3;
        auto selector = easySelector(spec);
        QCOMPARE(selector->eligible(), (std::vector<bool>{true, true, true, false}));
        std::vector<int> seen(4, 0);
        for (int round = 1; round <= 30; ++round) {
            const RoundPlan plan = selector->plan(round);
            QCOMPARE(plan.clients.size(), std::size_t(2));
            for (int c : plan.clients)
                ++seen[static_cast<std::size_t>(c)];
            QVERIFY(plan.modelledSeconds <= 1.3);
        }
        QCOMPARE(seen[3], 0);
        QVERIFY(seen[0] > 0 && seen[1] > 0 && seen[2] > 0);

        // Energy-aware under the same deadline: target 2 * 350 / 3 -> 234 samples. Client 1
        // (1.5 mJ/sample) first; 34 samples are missing, and client 2 (50 samples, 0.15 J)
        // completes them for less than client 0 (0.2 J). Power control stretches each upload
        // to the deadline.
        spec.selection.policy = SelectionPolicy::EnergyAware;
        spec.selection.powerControl = true;
        const RoundPlan plan = easySelector(spec)->plan(1);
        QCOMPARE(plan.clients, (std::vector<int>{1, 2}));
        // Client 1: 0.2 s of training, 1.1 s for 1 Mbit: p = 0.1 (2^(1/1.1) - 1), E = 1.1 p.
        const double power = 0.1 * (std::pow(2.0, 1.0 / 1.1) - 1.0);
        FED_CLOSE(plan.energy[0].transmitPowerW, power, 1e-12);
        FED_CLOSE(plan.energy[0].communicationJ, 1.1 * power, 1e-12);
        FED_CLOSE(plan.modelledSeconds, 1.3, 1e-12);
    }

    void impossibleDeadlineIsRefused() {
        FederationSpec spec = easySpec(SelectionPolicy::DeadlineAware);
        spec.selection.deadlineSeconds = 0.5;
        auto s = ClientSelector::create(spec, std::vector<ClientDevice>(4, easyDevice()),
                                        kEasySamples, kEasyUploadBytes);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u"no client can train and upload within 0.5 s"_s) &&
                     s.error().contains(u"client 2 (easy), needs 1.05 s"_s),
                 qPrintable(s.error()));
    }

    void bandwidthBudgetIsShared() {
        FederationSpec spec = easySpec(SelectionPolicy::Random);
        spec.selection.bandwidthBudgetHz = 2e6;
        const RoundPlan plan = easySelector(spec)->plan(1);
        double used = 0.0;
        for (const ClientEnergy& e : plan.energy)
            used += e.bandwidthHz;
        FED_CLOSE(used, 2e6, 1e-9);
        // Equal devices and upload sizes: an equal split.
        FED_CLOSE(plan.energy[0].bandwidthHz, 1e6, 1e-3);
    }

    void energyAwareFairnessOnAMixedFleet_data() {
        QTest::addColumn<int>("maxWait");
        QTest::newRow("tight, 10") << 10;
        QTest::newRow("20") << 20;
        QTest::newRow("40") << 40;
        QTest::newRow("default, 20") << 0;
    }

    void energyAwareFairnessOnAMixedFleet() {
        // 100 clients of the built-in mix with skewed sizes, 10 per round, for 400 rounds.
        QFETCH(int, maxWait);
        FederationSpec spec;
        spec.clients = 100;
        spec.rounds = 400;
        spec.selection.fraction = 0.1;
        spec.selection.policy = SelectionPolicy::EnergyAware;
        spec.selection.maxWaitRounds = maxWait;
        const int bound = maxWaitRounds(spec);
        QCOMPARE(bound, maxWait ? maxWait : 20);
        auto devices = specDevices(spec, 198800);
        QVERIFY2(devices.ok(), qPrintable(devices.error()));
        std::vector<std::int64_t> samples;
        for (int c = 0; c < 100; ++c)
            samples.push_back(20 + (c * 7919) % 1500);
        auto selector = ClientSelector::create(spec, *devices, samples, 800000.0);
        QVERIFY2(selector.ok(), qPrintable(selector.error()));
        std::int64_t total = 0;
        const int longest = longestWait(100, (*selector)->eligible(), 400, [&](int round) {
            const RoundPlan plan = (*selector)->plan(round);
            std::int64_t roundSamples = 0;
            for (int c : plan.clients)
                roundSamples += samples[static_cast<std::size_t>(c)];
            total += roundSamples;
            // The sample target holds until the final phase's uniform sample.
            if (!inFinalPhase(spec, round) && roundSamples < (*selector)->sampleTarget())
                qFatal("round %d holds %lld samples", round, static_cast<long long>(roundSamples));
            return plan.clients;
        });
        QVERIFY2(longest <= bound, qPrintable(u"a client waited %1 rounds"_s.arg(longest)));

        // And it spends less per sample than random selection over the same rounds.
        const auto joulesPerSample = [&](const FederationSpec& policySpec) {
            auto fresh = ClientSelector::create(policySpec, *devices, samples, 800000.0);
            double joules = 0.0;
            std::int64_t n = 0;
            for (int round = 1; round <= 400; ++round) {
                const RoundPlan plan = (*fresh)->plan(round);
                for (std::size_t i = 0; i < plan.clients.size(); ++i) {
                    joules += plan.energy[i].energyJ();
                    n += samples[static_cast<std::size_t>(plan.clients[i])];
                }
            }
            return joules / static_cast<double>(n);
        };
        FederationSpec random = spec;
        random.selection.policy = SelectionPolicy::Random;
        QVERIFY(joulesPerSample(spec) < joulesPerSample(random));
        QVERIFY(total > 0);
    }

    void replayRestoresTheFloor() {
        // A selector that replays rounds 1..5 chooses round 6 as one that ran them.
        FederationSpec spec;
        spec.clients = 30;
        spec.selection.fraction = 0.1;
        spec.selection.policy = SelectionPolicy::EnergyAware;
        spec.selection.maxWaitRounds = 10;
        auto devices = specDevices(spec, 7840);
        QVERIFY(devices.ok());
        std::vector<std::int64_t> samples(30, 100);
        for (int c = 0; c < 30; ++c)
            samples[static_cast<std::size_t>(c)] += c * 13 % 70;
        auto ran = ClientSelector::create(spec, *devices, samples, 31400.0);
        auto resumed = ClientSelector::create(spec, *devices, samples, 31400.0);
        QVERIFY(ran.ok() && resumed.ok());
        for (int round = 1; round <= 5; ++round)
            (*resumed)->replay(round, (*ran)->plan(round).clients);
        for (int round = 6; round <= 30; ++round)
            QCOMPARE((*resumed)->plan(round).clients, (*ran)->plan(round).clients);
    }

    void roundTotalsAreTheClientSums() {
        RoundRecord round;
        std::vector<ClientRoundRecord> clients(3);
        const double cpu[] = {1.0, 3.0, 0.0};
        for (std::size_t i = 0; i < clients.size(); ++i) {
            ClientEnergy e;
            e.computationJ = 1.0 + static_cast<double>(i);
            e.communicationJ = 0.5;
            e.idleJ = 0.25 * static_cast<double>(i);
            e.carbonG = 0.01;
            recordClientEnergy(clients[i], e);
            clients[i].cpuSeconds = cpu[i];
        }
        recordRoundEnergy(round, clients, 2.5, 8.0);
        QCOMPARE(round.computationJ, 6.0);
        QCOMPARE(round.communicationJ, 1.5);
        QCOMPARE(round.idleJ, 0.75);
        QCOMPARE(round.energyJ(), 8.25);
        FED_CLOSE(round.carbonG, 0.03, 1e-12);
        QCOMPARE(round.modelledSeconds, 2.5);
        // The measured 8 J split by CPU time: 1:3:0.
        QCOMPARE(*clients[0].measuredPackageJ, 2.0);
        QCOMPARE(*clients[1].measuredPackageJ, 6.0);
        QCOMPARE(*clients[2].measuredPackageJ, 0.0);
        // Without a measurement, nothing is made up.
        RoundRecord unmeasured;
        std::vector<ClientRoundRecord> fresh(1);
        recordRoundEnergy(unmeasured, fresh, 1.0, std::nullopt);
        QVERIFY(!unmeasured.measuredPackageJ && !fresh[0].measuredPackageJ);
        // The ledger's names (docs/ledger-format.md).
        const auto metrics = roundEnergyMetrics(round);
        QCOMPARE(metrics.size(), std::size_t(6));
        QCOMPARE(metrics.back().first, u"measured_package_j"_s);
        QCOMPARE(clientEnergyMetrics(fresh[0]).size(), std::size_t(6));
    }
};

QTEST_GUILESS_MAIN(TestEnergy)
#include "test_energy.moc"
