// Energy to reach a target accuracy, random against energy-aware client selection, on real
// Fashion-MNIST: 100 clients of the built-in device mix, Dirichlet(0.5) label skew, 10 clients
// per round, the MLP [200, 200]. Energies are the energy model's (docs/energy.md); both runs
// share the seed, so they have the same partition, devices and initial model.
//
// usage: bench_energy [--rounds N] [--target ACCURACY] [--max-wait K,...] [--seeds S]
//                     [--first-seed SEED] [--window W] [--set path=value]...
#include "engine/federation/Federation.h"
#include "engine/spec/SpecIO.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>
#include <optional>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    std::vector<RoundRecord> rounds;
    std::map<QString, int> devices;
    int longestWait = 0;   //!< rounds between two turns of one client, or before its first
    int neverSelected = 0; //!< clients without a single turn
    std::int64_t samples = 0;
    int selections = 0;
};

class Recorder : public FederationObserver {
public:
    explicit Recorder(Outcome& out)
        : m_out(out) {}
    void runStarted(const RunStartedEvent& e) override {
        m_last.assign(e.clients.size(), 0);
        for (const ClientInfo& c : e.clients)
            ++m_out.devices[c.device];
    }
    void clientFinished(const ClientRoundRecord& r) override {
        int& last = m_last[static_cast<std::size_t>(r.client)];
        m_out.longestWait = std::max(m_out.longestWait, r.round - last);
        last = r.round;
        m_out.samples += r.samples;
        ++m_out.selections;
    }
    void roundFinished(const RoundRecord& r) override {
        m_out.rounds.push_back(r);
        std::fprintf(stderr, "\r  round %4d  accuracy %6.2f%%  energy %8.2f J", r.round,
                     r.accuracy * 100.0, r.energyJ());
    }
    void finish(int rounds) {
        for (int last : m_last) {
            if (last == 0)
                ++m_out.neverSelected;
            m_out.longestWait = std::max(m_out.longestWait, rounds - last);
        }
    }

private:
    Outcome& m_out;
    std::vector<int> m_last;
};

std::optional<Outcome> run(const FederationSpec& spec, const QString& label) {
    QTemporaryDir dir;
    Outcome out;
    Recorder recorder(out);
    std::fprintf(stderr, "%s\n", qPrintable(label));
    auto federation = Federation::create(spec, dir.filePath(u"bench.fedrun"_s), &recorder);
    if (!federation) {
        std::fprintf(stderr, "%s\n", qPrintable(federation.error()));
        return std::nullopt;
    }
    std::atomic<bool> stop{false};
    auto summary = (*federation)->run(stop);
    std::fprintf(stderr, "\n");
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error()));
        return std::nullopt;
    }
    recorder.finish(spec.rounds);
    return out;
}

struct Figures {
    int roundsToTarget = 0; //!< 0: never reached
    double energyToTarget = 0.0;
    double computationToTarget = 0.0;
    double communicationToTarget = 0.0;
    double carbonToTarget = 0.0;
    double totalEnergy = 0.0;
    double finalAccuracy = 0.0; //!< mean of the last `window` rounds
    double lastAccuracy = 0.0;
    double bestAccuracy = 0.0;
};

Figures figures(const Outcome& o, double target, int window) {
    Figures f;
    double energy = 0.0, computation = 0.0, communication = 0.0, carbon = 0.0;
    for (const RoundRecord& r : o.rounds) {
        energy += r.energyJ();
        computation += r.computationJ;
        communication += r.communicationJ;
        carbon += r.carbonG;
        if (f.roundsToTarget == 0 && r.evaluated && r.accuracy >= target) {
            f.roundsToTarget = r.round;
            f.energyToTarget = energy;
            f.computationToTarget = computation;
            f.communicationToTarget = communication;
            f.carbonToTarget = carbon;
        }
        f.bestAccuracy = std::max(f.bestAccuracy, r.accuracy);
    }
    f.totalEnergy = energy;
    const auto n = std::min<std::size_t>(static_cast<std::size_t>(window), o.rounds.size());
    for (std::size_t i = o.rounds.size() - n; i < o.rounds.size(); ++i)
        f.finalAccuracy += o.rounds[i].accuracy / static_cast<double>(n);
    f.lastAccuracy = o.rounds.empty() ? 0.0 : o.rounds.back().accuracy;
    return f;
}

//! One line of the table: a figure for random selection, then for each energy-aware run, each
//! with its ratio to random when `ratio` is set.
void row(const char* name, double random, const std::vector<double>& aware, const char* unit,
         bool ratio) {
    std::printf("  %-28s %11.4g", name, random);
    for (double a : aware) {
        std::printf(" %11.4g", a);
        if (ratio && random > 0.0)
            std::printf(" (%+5.1f%%)", (a / random - 1.0) * 100.0);
        else if (ratio)
            std::printf("          ");
    }
    std::printf("  %s\n", unit);
}

template <typename F> std::vector<double> each(const std::vector<Figures>& runs, F f) {
    std::vector<double> v;
    for (const Figures& r : runs)
        v.push_back(f(r));
    return v;
}

template <typename F> std::vector<double> each(const std::vector<Outcome>& runs, F f) {
    std::vector<double> v;
    for (const Outcome& r : runs)
        v.push_back(f(r));
    return v;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Energy to target accuracy: random vs energy-aware"_s);
    parser.addHelpOption();
    parser.addOption({u"rounds"_s, u"rounds per run (default 150)"_s, u"N"_s, u"150"_s});
    parser.addOption(
        {u"target"_s, u"target test accuracy (default 0.80)"_s, u"ACCURACY"_s, u"0.80"_s});
    parser.addOption({u"max-wait"_s,
                      u"fairness bounds of the energy-aware runs, comma-separated; 0 is the "
                      u"default bound (default: 20,40)"_s,
                      u"K,..."_s, u"20,40"_s});
    parser.addOption({u"seeds"_s,
                      u"how many seeds, each with its own partition, devices and model "
                      u"(default 1)"_s,
                      u"S"_s, u"1"_s});
    parser.addOption({u"first-seed"_s, u"the first seed (default 1)"_s, u"SEED"_s, u"1"_s});
    parser.addOption(
        {u"window"_s, u"rounds averaged for the final accuracy (default 10)"_s, u"W"_s, u"10"_s});
    parser.addOption({u"set"_s, u"override a spec field of every run"_s, u"path=value"_s});
    parser.process(app);
    const int window = std::max(1, parser.value(u"window"_s).toInt());
    const double target = parser.value(u"target"_s).toDouble();
    std::vector<int> bounds;
    for (const QString& k : parser.value(u"max-wait"_s).split(u',', Qt::SkipEmptyParts))
        bounds.push_back(k.toInt());
    if (bounds.empty())
        bounds.push_back(0);

    QStringList overrides{u"name=Energy bench · Fashion-MNIST · 100 clients · Dirichlet 0.5"_s,
                          u"clients=100"_s,
                          u"rounds="_s + parser.value(u"rounds"_s),
                          u"partition.scheme=dirichlet"_s,
                          u"partition.alpha=0.5"_s,
                          u"selection.fraction=0.1"_s,
                          u"selection.min_clients=1"_s,
                          u"model.architecture=mlp"_s,
                          u"model.hidden=[200,200]"_s,
                          u"evaluation.every=1"_s};
    overrides += parser.values(u"set"_s);
    const QString preset = QStringLiteral(FED_SOURCE_DIR "/resources/presets/demo.fed.json");

    const int seeds = std::max(1, parser.value(u"seeds"_s).toInt());
    std::vector<Figures> randomMean;
    std::vector<std::vector<Figures>> awareBySeed;
    FederationSpec shown;
    std::map<QString, int> devices;
    const int firstSeed = parser.value(u"first-seed"_s).toInt();
    for (int seed = firstSeed; seed < firstSeed + seeds; ++seed) {
        QStringList seeded = overrides;
        seeded << u"seed=%1"_s.arg(seed);
        auto random = loadSpecFile(preset, seeded + QStringList{u"selection.policy=random"_s});
        if (!random) {
            std::fprintf(stderr, "%s\n", qPrintable(random.error()));
            return 2;
        }
        shown = *random;
        auto r = run(*random, u"seed %1: random selection"_s.arg(seed));
        if (!r)
            return 1;
        devices = r->devices;
        std::vector<Outcome> aware;
        std::vector<int> effective;
        for (int k : bounds) {
            auto spec = loadSpecFile(
                preset, seeded + QStringList{u"selection.policy=energy-aware"_s,
                                             u"selection.max_wait_rounds=%1"_s.arg(k)});
            if (!spec) {
                std::fprintf(stderr, "%s\n", qPrintable(spec.error()));
                return 2;
            }
            effective.push_back(maxWaitRounds(*spec));
            auto a = run(
                *spec, u"seed %1: energy-aware selection, fairness bound %2 rounds"_s.arg(seed).arg(
                           effective.back()));
            if (!a)
                return 1;
            aware.push_back(std::move(*a));
        }

        const Figures rf = figures(*r, target, window);
        std::vector<Figures> af;
        for (const Outcome& a : aware)
            af.push_back(figures(a, target, window));
        randomMean.push_back(rf);
        awareBySeed.push_back(af);

        if (seed == firstSeed) {
            std::printf("energy bench: %s\n", qPrintable(shown.name));
            std::printf("  devices:");
            for (const auto& [name, count] : devices)
                std::printf(" %d %s", count, qPrintable(name));
            std::printf("; MLP [200, 200], SGD lr %g momentum %g, %d local epoch(s), batch %d\n",
                        shown.training.learningRate, shown.training.momentum,
                        shown.training.localEpochs, shown.training.batchSize);
            std::printf("  %d rounds, %d clients per round (random), target %.1f%%, final "
                        "accuracy = mean of the last %d rounds\n",
                        shown.rounds, clientsPerRound(shown), target * 100.0, window);
            std::printf("  modelled energy (docs/energy.md); percentages are against random\n");
        }
        std::printf("\n seed %d %21s", seed, "random");
        for (int k : effective)
            std::printf("  aware K=%-3d         ", k);
        std::printf("\n");
        row("rounds to target", rf.roundsToTarget,
            each(af, [](const Figures& f) { return double(f.roundsToTarget); }), "", false);
        row("energy to target", rf.energyToTarget,
            each(af, [](const Figures& f) { return f.energyToTarget; }), "J", true);
        row("  computation", rf.computationToTarget,
            each(af, [](const Figures& f) { return f.computationToTarget; }), "J", true);
        row("  communication", rf.communicationToTarget,
            each(af, [](const Figures& f) { return f.communicationToTarget; }), "J", true);
        row("carbon to target", rf.carbonToTarget,
            each(af, [](const Figures& f) { return f.carbonToTarget; }), "g CO2", true);
        row("energy, all rounds", rf.totalEnergy,
            each(af, [](const Figures& f) { return f.totalEnergy; }), "J", true);
        row("final accuracy", rf.finalAccuracy * 100,
            each(af, [](const Figures& f) { return f.finalAccuracy * 100; }), "%", false);
        row("accuracy, last round", rf.lastAccuracy * 100,
            each(af, [](const Figures& f) { return f.lastAccuracy * 100; }), "%", false);
        row("best accuracy", rf.bestAccuracy * 100,
            each(af, [](const Figures& f) { return f.bestAccuracy * 100; }), "%", false);
        row("clients per round", double(r->selections) / double(r->rounds.size()),
            each(aware,
                 [](const Outcome& o) { return double(o.selections) / double(o.rounds.size()); }),
            "", false);
        row("samples per round", double(r->samples) / double(r->rounds.size()),
            each(aware,
                 [](const Outcome& o) { return double(o.samples) / double(o.rounds.size()); }),
            "", false);
        row("longest wait for a turn", r->longestWait,
            each(aware, [](const Outcome& o) { return double(o.longestWait); }), "rounds", false);
        if (rf.roundsToTarget == 0)
            std::printf("  (random did not reach the target)\n");
        for (std::size_t i = 0; i < af.size(); ++i)
            if (af[i].roundsToTarget == 0)
                std::printf("  (aware K=%d did not reach the target)\n", effective[i]);
        std::fflush(stdout);
    }

    if (seeds > 1) {
        std::printf("\n mean over %d seeds\n", seeds);
        const auto mean = [&](auto field) {
            std::vector<double> out(bounds.size() + 1, 0.0);
            for (int s = 0; s < seeds; ++s) {
                out[0] += field(randomMean[static_cast<std::size_t>(s)]) / seeds;
                for (std::size_t k = 0; k < bounds.size(); ++k)
                    out[k + 1] += field(awareBySeed[static_cast<std::size_t>(s)][k]) / seeds;
            }
            return out;
        };
        const auto rest = [](const std::vector<double>& v) {
            return std::vector<double>(v.begin() + 1, v.end());
        };
        const auto reached = mean([](const Figures& f) { return f.roundsToTarget ? 1.0 : 0.0; });
        if (std::all_of(reached.begin(), reached.end(), [](double x) { return x == 1.0; })) {
            const auto rounds = mean([](const Figures& f) { return double(f.roundsToTarget); });
            row("rounds to target", rounds[0], rest(rounds), "", false);
            const auto energy = mean([](const Figures& f) { return f.energyToTarget; });
            row("energy to target", energy[0], rest(energy), "J", true);
        } else {
            std::printf("  energy to target: not every run reached the target\n");
        }
        const auto total = mean([](const Figures& f) { return f.totalEnergy; });
        row("energy, all rounds", total[0], rest(total), "J", true);
        const auto final = mean([](const Figures& f) { return f.finalAccuracy * 100; });
        row("final accuracy", final[0], rest(final), "%", false);
    }
    return 0;
}
