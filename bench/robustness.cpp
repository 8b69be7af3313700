// The experiments behind docs/strategies.md, on real Fashion-MNIST with the MLP [200, 200]:
//
//   attack   20 clients, IID, every client every round; 30 % of them (6) Byzantine sign
//            flippers sending -4 times their update. Final accuracy of FedAvg clean and under
//            attack, and of median, trimmed mean (beta 0.3), Krum and Multi-Krum (f = 6) under
//            attack; each run's accuracy per round goes to the CSV for the figure.
//   noniid   50 clients, Dirichlet(0.1) label skew, 10 clients per round, 2 local epochs:
//            rounds to reach 75 % test accuracy for FedAvg, FedProx, FedAdam and SCAFFOLD.
//
// usage: bench_robustness attack|noniid [--rounds N] [--seed S] [--csv FILE]
//                         [--only NAME,...] [--set path=value]...
// Runs are in-process federations (the same engine as fedctl); with OPENBLAS_NUM_THREADS=1.
#include "engine/federation/Federation.h"
#include "engine/spec/SpecIO.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

struct Setup {
    QString name;          //!< row label and CSV column
    QStringList overrides; //!< on top of the experiment's base
};

class Curve : public FederationObserver {
public:
    void roundFinished(const RoundRecord& r) override {
        accuracy.push_back(r.evaluated ? r.accuracy : -1.0);
        std::fprintf(stderr, "\r  round %4d  accuracy %6.2f%%", r.round, r.accuracy * 100.0);
    }
    std::vector<double> accuracy;
};

const QString kFashion =
    QStringLiteral(FED_SOURCE_DIR "/resources/presets/fashion-mlp-iid.fed.json");

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"experiment"_s, u"attack or noniid"_s);
    QCommandLineOption roundsOption(u"rounds"_s, u"rounds per run"_s, u"N"_s);
    QCommandLineOption seedOption(u"seed"_s, u"the spec's seed"_s, u"S"_s, u"1"_s);
    QCommandLineOption csvOption(u"csv"_s, u"write accuracy per round to FILE"_s, u"FILE"_s);
    QCommandLineOption onlyOption(u"only"_s, u"run only these setups"_s, u"NAME,..."_s);
    QCommandLineOption setOption(u"set"_s, u"override for every run"_s, u"path=value"_s);
    parser.addOptions({roundsOption, seedOption, csvOption, onlyOption, setOption});
    parser.addHelpOption();
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || (args[0] != u"attack"_s && args[0] != u"noniid"_s)) {
        std::fprintf(stderr, "usage: bench_robustness attack|noniid [--rounds N] [--seed S] "
                             "[--csv FILE] [--only NAME,...] [--set path=value]...\n");
        return 2;
    }
    const bool attack = args[0] == u"attack"_s;
    const int rounds =
        parser.isSet(roundsOption) ? parser.value(roundsOption).toInt() : (attack ? 30 : 150);
    QStringList base{u"rounds=%1"_s.arg(rounds),       u"seed=%1"_s.arg(parser.value(seedOption)),
                     u"model.hidden=[200, 200]"_s,     u"training.momentum=0"_s,
                     u"training.learning_rate=0.05"_s, u"training.batch_size=32"_s,
                     u"evaluation.every=1"_s};
    std::vector<Setup> setups;
    if (attack) {
        base << u"clients=20"_s << u"partition.scheme=iid"_s << u"selection.fraction=1"_s
             << u"training.local_epochs=1"_s;
        const QStringList flip{u"adversaries.count=6"_s, u"adversaries.behaviour=sign-flip"_s,
                               u"adversaries.scale=4"_s};
        setups = {
            {u"fedavg-clean"_s, {u"strategy.name=fedavg"_s}},
            {u"fedavg"_s, QStringList{u"strategy.name=fedavg"_s} + flip},
            {u"median"_s, QStringList{u"strategy.name=median"_s} + flip},
            {u"trimmed-mean"_s,
             QStringList{u"strategy.name=trimmed-mean"_s, u"strategy.trim_fraction=0.3"_s} + flip},
            {u"krum"_s,
             QStringList{u"strategy.name=krum"_s, u"strategy.krum_byzantine=6"_s} + flip},
            {u"multi-krum"_s,
             QStringList{u"strategy.name=multi-krum"_s, u"strategy.krum_byzantine=6"_s} + flip}};
    } else {
        base << u"clients=50"_s << u"partition.scheme=dirichlet"_s << u"partition.alpha=0.1"_s
             << u"selection.fraction=0.2"_s << u"training.local_epochs=2"_s;
        setups = {{u"fedavg"_s, {u"strategy.name=fedavg"_s}},
                  {u"fedprox"_s, {u"strategy.name=fedprox"_s, u"strategy.mu=0.01"_s}},
                  {u"fedadam"_s, {u"strategy.name=fedadam"_s}},
                  {u"scaffold"_s, {u"strategy.name=scaffold"_s}}};
    }
    base << parser.values(setOption);
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);

    QTemporaryDir dir;
    std::vector<std::pair<QString, std::vector<double>>> curves;
    std::printf("%s, seed %s, %d rounds\n", qPrintable(args[0]),
                qPrintable(parser.value(seedOption)), rounds);
    std::printf("| run | final accuracy | best accuracy | rounds to 75%% | seconds |\n");
    std::printf("|---|---|---|---|---|\n");
    for (const Setup& setup : setups) {
        if (!only.isEmpty() && !only.contains(setup.name))
            continue;
        auto spec = loadSpecFile(kFashion, base + setup.overrides);
        if (!spec) {
            std::fprintf(stderr, "%s\n", qPrintable(spec.error()));
            return 1;
        }
        Curve curve;
        auto f = Federation::create(*spec, dir.filePath(setup.name + u".fedrun"_s), &curve);
        if (!f) {
            std::fprintf(stderr, "%s\n", qPrintable(f.error()));
            return 1;
        }
        std::atomic<bool> stop{false};
        auto summary = (*f)->run(stop);
        std::fprintf(stderr, "\n");
        if (!summary) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(setup.name), qPrintable(summary.error()));
            return 1;
        }
        int reached = 0;
        for (std::size_t r = 0; r < curve.accuracy.size(); ++r)
            if (curve.accuracy[r] >= 0.75) {
                reached = static_cast<int>(r) + 1;
                break;
            }
        std::printf("| %s | %.2f%% | %.2f%% (round %d) | %s | %.0f |\n", qPrintable(setup.name),
                    summary->finalAccuracy * 100.0, summary->bestAccuracy * 100.0,
                    summary->bestRound,
                    reached ? qPrintable(QString::number(reached))
                            : qPrintable(u"not within %1"_s.arg(rounds)),
                    summary->wallSeconds);
        std::fflush(stdout);
        curves.emplace_back(setup.name, std::move(curve.accuracy));
    }
    if (parser.isSet(csvOption)) {
        QFile out(parser.value(csvOption));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
        QStringList header{u"round"_s};
        for (const auto& [name, values] : curves)
            header << name;
        out.write(header.join(u',').toUtf8() + '\n');
        for (int r = 0; r < rounds; ++r) {
            QStringList row{QString::number(r + 1)};
            for (const auto& [name, values] : curves)
                row << (static_cast<std::size_t>(r) < values.size()
                            ? QString::number(values[static_cast<std::size_t>(r)], 'f', 4)
                            : QString());
            out.write(row.join(u',').toUtf8() + '\n');
        }
    }
    return 0;
}
