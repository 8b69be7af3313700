// The measurements behind docs/contribution.md, from ordinary in-process federations (the
// engine fedctl drives) that score contributions; every figure is read back from the runs'
// ledger blocks.
//
//   error     rounds of 8 accepted updates (8 clients, all selected, 1 free rider and 1 sign
//             flipper): the same deterministic run scored by exact Shapley and by each
//             approximation; per method, the error of its scores against exact Shapley on the
//             very same rounds, its evaluations and its seconds per round.
//   attack    20 nodes, 2 free riders and 2 sign flippers, IID shares: each node's score,
//             reward and balance; the attackers' ranks; the cost of scoring against the
//             round's own time. --csv writes a per-node table for scripts/plot-contribution.py.
//   overhead  a preset run with scoring off and on: wall seconds and the ratio.
//
// usage: bench_contribution error|attack|overhead [--rounds N] [--seed S] [--csv FILE]
//                           [--spec FILE] [--set path=value]...
// With OPENBLAS_NUM_THREADS=1, like every benchmark here.
#include "engine/contribution/ContributionStore.h"
#include "engine/federation/Federation.h"
#include "engine/ledger/Ledger.h"
#include "engine/spec/SpecIO.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>

using namespace fed;
using namespace Qt::StringLiterals;

namespace {

const QString kFashion =
    QStringLiteral(FED_SOURCE_DIR "/resources/presets/fashion-mlp-iid.fed.json");

class Progress : public FederationObserver {
public:
    void roundFinished(const RoundRecord& r) override {
        std::fprintf(stderr, "\r  round %4d  accuracy %6.2f%%  %.1f s", r.round, r.accuracy * 100.0,
                     r.wallSeconds);
    }
};

struct RunResult {
    RunSummary summary;
    std::vector<Block> blocks;
    std::vector<ClientInfo> clients;
};

Result<RunResult> runSpec(const FederationSpec& spec, const QString& path) {
    Progress progress;
    auto f = Federation::create(spec, path, &progress);
    if (!f)
        return f.takeError();
    std::atomic<bool> stop{false};
    auto summary = (*f)->run(stop);
    std::fprintf(stderr, "\n");
    if (!summary)
        return summary.takeError();
    f->reset();
    auto store = RunStore::open(path, RunStore::Mode::ReadOnly);
    if (!store)
        return store.takeError();
    RunResult out;
    out.summary = *summary;
    auto blocks = Ledger(**store).blocks(1, 1000000);
    if (!blocks)
        return blocks.takeError();
    for (const StoredBlock& b : *blocks)
        out.blocks.push_back(b.block);
    auto clients = (*store)->clients();
    if (!clients)
        return clients.takeError();
    out.clients = *clients;
    return out;
}

double metric(const RoundContributions& c, QStringView name) {
    return findMetric(c.measurement, name).value_or(0.0);
}

double rankCorrelation(const std::vector<double>& a, const std::vector<double>& b) {
    auto ranks = [](const std::vector<double>& v) {
        std::vector<std::size_t> order(v.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](auto x, auto y) { return v[x] < v[y]; });
        std::vector<double> r(v.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            r[order[i]] = static_cast<double>(i);
        return r;
    };
    const auto ra = ranks(a);
    const auto rb = ranks(b);
    const auto n = static_cast<double>(a.size());
    double d2 = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        d2 += (ra[i] - rb[i]) * (ra[i] - rb[i]);
    return 1.0 - 6.0 * d2 / (n * (n * n - 1.0));
}

std::vector<double> scoresOf(const Block& b) {
    std::vector<double> s;
    for (const ContributionEntry& e : b.round.contributions->entries)
        s.push_back(e.score);
    return s;
}

int error(const QStringList& base, QTemporaryDir& dir) {
    const QStringList small{u"clients=8"_s, u"selection.fraction=1"_s, u"adversaries.clients=[5]"_s,
                            u"adversaries.behaviour=sign-flip"_s};
    struct Method {
        QString name;
        QStringList overrides;
    };
    const std::vector<Method> methods{
        {u"exact"_s, {u"contribution.method=exact"_s}},
        {u"gtg, budget 100"_s, {u"contribution.method=gtg"_s, u"contribution.budget=100"_s}},
        {u"tmc, budget 100"_s, {u"contribution.method=tmc"_s, u"contribution.budget=100"_s}},
        {u"gtg, budget 40"_s, {u"contribution.method=gtg"_s, u"contribution.budget=40"_s}},
        {u"loo"_s, {u"contribution.method=loo"_s}},
        {u"cosine"_s, {u"contribution.method=cosine"_s}}};
    std::vector<Block> exact;
    int runs = 0;
    std::printf("| method | evaluations / round | scoring s / round | relative error (mean, worst) "
                "| rank correlation (mean, worst) |\n|---|---|---|---|---|\n");
    for (const Method& m : methods) {
        auto spec = loadSpecFile(kFashion, base + small + m.overrides);
        if (!spec) {
            std::fprintf(stderr, "%s\n", qPrintable(spec.error()));
            return 1;
        }
        // Client 2 is a free rider next to client 5's sign flips.
        spec->adversaries.groups.push_back({{2}, AdversaryBehaviour::FreeRider});
        auto run = runSpec(*spec, dir.filePath(u"error-%1.fedrun"_s.arg(++runs)));
        if (!run) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(m.name), qPrintable(run.error()));
            return 1;
        }
        if (exact.empty())
            exact = run->blocks;
        double evaluations = 0, seconds = 0, errSum = 0, errWorst = 0, rankSum = 0, rankWorst = 1;
        for (std::size_t r = 0; r < run->blocks.size(); ++r) {
            const RoundContributions& c = *run->blocks[r].round.contributions;
            evaluations += metric(c, u"evaluations");
            seconds += metric(c, u"seconds");
            const auto a = scoresOf(run->blocks[r]);
            const auto e = scoresOf(exact[r]);
            double num = 0, den = 0;
            for (std::size_t i = 0; i < e.size(); ++i) {
                num += (a[i] - e[i]) * (a[i] - e[i]);
                den += e[i] * e[i];
            }
            const double err = den > 0 ? std::sqrt(num / den) : 0.0;
            errSum += err;
            errWorst = std::max(errWorst, err);
            const double rho = rankCorrelation(a, e);
            rankSum += rho;
            rankWorst = std::min(rankWorst, rho);
        }
        const auto n = static_cast<double>(run->blocks.size());
        std::printf("| %s | %.0f | %.2f | %.3f, %.3f | %.3f, %.3f |\n", qPrintable(m.name),
                    evaluations / n, seconds / n, errSum / n, errWorst, rankSum / n, rankWorst);
        std::fflush(stdout);
    }
    return 0;
}

int attack(const QStringList& base, QTemporaryDir& dir, const QString& csvPath) {
    const QStringList overrides{u"clients=20"_s, u"selection.fraction=1"_s,
                                u"adversaries.clients=[3, 11]"_s,
                                u"adversaries.behaviour=sign-flip"_s, u"adversaries.scale=4"_s};
    auto spec = loadSpecFile(kFashion, base + overrides);
    if (!spec) {
        std::fprintf(stderr, "%s\n", qPrintable(spec.error()));
        return 1;
    }
    spec->adversaries.groups.push_back({{6, 17}, AdversaryBehaviour::FreeRider});
    auto run = runSpec(*spec, dir.filePath(u"attack.fedrun"_s));
    if (!run) {
        std::fprintf(stderr, "%s\n", qPrintable(run.error()));
        return 1;
    }
    std::map<int, double> score;
    std::map<int, double> reward;
    std::map<int, double> balance;
    std::map<int, std::vector<double>> perRound;
    std::map<NodeId, int> clientOf;
    for (const ClientInfo& c : run->clients) {
        Hash h;
        Hash::fromHex(c.nodeId, h);
        clientOf[h] = c.client;
    }
    double scoringSeconds = 0, roundSeconds = 0, evaluations = 0;
    QString method;
    for (const Block& b : run->blocks) {
        const RoundContributions& c = *b.round.contributions;
        method = c.method;
        scoringSeconds += metric(c, u"seconds");
        evaluations += metric(c, u"evaluations");
        for (const ContributionEntry& e : c.entries) {
            const int client = clientOf[e.node];
            score[client] += e.score;
            reward[client] += e.reward;
            balance[client] = e.balance;
            perRound[client].push_back(e.score);
        }
    }
    roundSeconds = run->summary.wallSeconds;
    std::vector<int> ranked;
    for (const auto& [client, s] : score)
        ranked.push_back(client);
    std::sort(ranked.begin(), ranked.end(), [&](int a, int b) { return score[a] > score[b]; });
    std::printf("Fashion-MNIST, MLP, 20 nodes, %zu rounds, %s; final accuracy %.2f%%\n",
                run->blocks.size(), qPrintable(method), run->summary.finalAccuracy * 100.0);
    std::printf("| rank | client | role | score (sum) | reward (sum) | balance |\n"
                "|---|---|---|---|---|---|\n");
    QFile csv(csvPath);
    const bool writeCsv = !csvPath.isEmpty() && csv.open(QIODevice::WriteOnly | QIODevice::Text);
    if (writeCsv) {
        QByteArray header = "client,role,score,reward,balance";
        for (std::size_t r = 1; r <= run->blocks.size(); ++r)
            header += ",round" + QByteArray::number(r);
        csv.write(header + '\n');
    }
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const int c = ranked[i];
        const QString role = run->clients[static_cast<std::size_t>(c)].byzantine.isEmpty()
                                 ? u"honest"_s
                                 : run->clients[static_cast<std::size_t>(c)].byzantine;
        std::printf("| %zu | %d | %s | %.5f | %.2f | %.2f |\n", i + 1, c, qPrintable(role),
                    score[c], reward[c], balance[c]);
        if (writeCsv) {
            QByteArray line = QByteArray::number(c) + ',' + role.toUtf8() + ',' +
                              QByteArray::number(score[c], 'g', 8) + ',' +
                              QByteArray::number(reward[c], 'g', 8) + ',' +
                              QByteArray::number(balance[c], 'g', 8);
            for (double s : perRound[c])
                line += ',' + QByteArray::number(s, 'g', 8);
            csv.write(line + '\n');
        }
    }
    std::printf("scoring: %.0f evaluations and %.1f s per round; rounds took %.1f s in all, of "
                "which scoring %.1f s (%.1f %% on top of the rest)\n",
                evaluations / static_cast<double>(run->blocks.size()),
                scoringSeconds / static_cast<double>(run->blocks.size()), roundSeconds,
                scoringSeconds, 100.0 * scoringSeconds / (roundSeconds - scoringSeconds));
    return 0;
}

int overhead(const QString& specPath, const QStringList& base, QTemporaryDir& dir) {
    std::printf("| scoring | wall seconds | accuracy | method |\n|---|---|---|---|\n");
    double off = 0.0;
    for (bool on : {false, true}) {
        QStringList overrides = base;
        overrides << u"contribution.enabled=%1"_s.arg(on ? u"true"_s : u"false"_s);
        auto spec = loadSpecFile(specPath, overrides);
        if (!spec) {
            std::fprintf(stderr, "%s\n", qPrintable(spec.error()));
            return 1;
        }
        auto run = runSpec(*spec, dir.filePath(on ? u"on.fedrun"_s : u"off.fedrun"_s));
        if (!run) {
            std::fprintf(stderr, "%s\n", qPrintable(run.error()));
            return 1;
        }
        const QString method = on && !run->blocks.empty() && run->blocks.back().round.contributions
                                   ? run->blocks.back().round.contributions->method
                                   : u"-"_s;
        std::printf("| %s | %.1f | %.2f%% | %s |\n", on ? "on" : "off", run->summary.wallSeconds,
                    run->summary.finalAccuracy * 100.0, qPrintable(method));
        if (!on)
            off = run->summary.wallSeconds;
        else
            std::printf("scoring costs %.1f %% extra wall time\n",
                        100.0 * (run->summary.wallSeconds / off - 1.0));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"experiment"_s, u"error, attack or overhead"_s);
    QCommandLineOption roundsOption(u"rounds"_s, u"rounds per run"_s, u"N"_s, u"5"_s);
    QCommandLineOption seedOption(u"seed"_s, u"the spec's seed"_s, u"S"_s, u"1"_s);
    QCommandLineOption csvOption(u"csv"_s, u"attack: write the per-node table to FILE"_s,
                                 u"FILE"_s);
    QCommandLineOption specOption(
        u"spec"_s, u"overhead: the spec to run"_s, u"FILE"_s,
        QStringLiteral(FED_SOURCE_DIR "/resources/presets/demo.fed.json"));
    QCommandLineOption setOption(u"set"_s, u"override for every run"_s, u"path=value"_s);
    parser.addOptions({roundsOption, seedOption, csvOption, specOption, setOption});
    parser.addHelpOption();
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 ||
        !QStringList{u"error"_s, u"attack"_s, u"overhead"_s}.contains(args[0])) {
        std::fprintf(stderr, "usage: bench_contribution error|attack|overhead [--rounds N] "
                             "[--seed S] [--csv FILE] [--spec FILE] [--set path=value]...\n");
        return 2;
    }
    QTemporaryDir dir;
    QStringList base{u"rounds=%1"_s.arg(parser.value(roundsOption)),
                     u"seed=%1"_s.arg(parser.value(seedOption))};
    if (args[0] == u"overhead"_s)
        return overhead(parser.value(specOption), base + parser.values(setOption), dir);
    base << u"model.hidden=[200, 200]"_s << u"training.momentum=0"_s
         << u"training.learning_rate=0.05"_s << u"training.batch_size=32"_s
         << u"training.local_epochs=1"_s << u"partition.scheme=iid"_s
         << u"contribution.enabled=true"_s << u"contribution.validation_samples=1000"_s;
    base << parser.values(setOption);
    return args[0] == u"error"_s ? error(base, dir) : attack(base, dir, parser.value(csvOption));
}
