// The ledger viewer on a long chain: builds a ledger of 100,000 blocks (10 updates each), then
// times what the GUI thread does with it — a page of the block list, scrolling the list
// anywhere, the newest lineage steps — and what the background does — the whole lineage, a
// node's contributions, searches. Prints figures; asserts nothing (see tests/gui for that).
//
//   bench_ledger_viewer [--blocks N] [--updates U] [--frames F]
//
// The update signatures are fixed bytes, not real node signatures: listing, lineage and search
// never check them, and signing 10 updates per block would make the setup take minutes. Blocks
// are really appended through Ledger::appendRound (encoded, hashed, signed by the coordinator).
#include "engine/core/Clock.h"
#include "engine/ledger/Ledger.h"
#include "engine/store/RunStore.h"
#include "ledger-viewer/BlockListModel.h"
#include "ledger-viewer/ContributionsModel.h"
#include "ledger-viewer/LedgerConnection.h"
#include "ledger-viewer/LedgerSearch.h"
#include "ledger-viewer/LineageGraph.h"
#include "ledger-viewer/ViewerFormat.h"

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

using namespace fed;
using namespace fed::viewer;
using namespace Qt::StringLiterals;

namespace {

struct Options {
    int blocks = 100000;
    int updates = 10;
    int frames = 300;
};

Options parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const int value = std::max(1, std::atoi(argv[i + 1]));
        if (flag == "--blocks")
            o.blocks = value;
        else if (flag == "--updates")
            o.updates = value;
        else if (flag == "--frames")
            o.frames = value;
    }
    return o;
}

struct Stats {
    double median = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v) {
    if (v.empty())
        return {};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}

Hash hashOf(std::uint64_t a, std::uint64_t b) {
    char bytes[16];
    std::memcpy(bytes, &a, 8);
    std::memcpy(bytes + 8, &b, 8);
    return Hash::of(QByteArrayView(bytes, 16));
}

//! Appends `blocks` round blocks of `updates` updates each, 2,000 per transaction.
Status buildLedger(const QString& path, const Options& o, std::vector<NodeId>& nodes) {
    auto store = RunStore::create(path, "{\"name\":\"bench\"}");
    if (!store)
        return store.takeError();
    Ledger ledger(**store);
    const SigningKey coordinator = *SigningKey::generate();
    std::vector<SigningKey> keys;
    for (int i = 0; i < o.updates; ++i)
        keys.push_back(*SigningKey::generate());
    Hash model = hashOf(0, 0);
    const std::int64_t start = epochMilliseconds() - std::int64_t(o.blocks) * 60000;
    Status s = (*store)->transaction([&]() -> Status {
        if (Status t = Ledger::createTables(**store); !t)
            return t;
        GenesisBody g;
        g.federationId = u"bench-viewer"_s;
        g.spec = (*store)->specJson();
        g.specHash = Hash::of(g.spec);
        g.coordinatorKey = coordinator.publicKey();
        for (int i = 0; i < o.updates; ++i)
            g.members.push_back({std::uint32_t(i), keys[std::size_t(i)].publicKey()});
        g.initialModelHash = model;
        g.softwareVersion = u"bench"_s;
        auto appended = ledger.appendGenesis(g, start, coordinator);
        return appended ? Status() : Status(appended.takeError());
    });
    if (!s)
        return s;
    for (const SigningKey& k : keys)
        nodes.push_back(k.nodeId());
    Signature fixed;
    fixed.bytes.fill(0x5a);
    std::mt19937_64 rng(11);
    constexpr int kBatch = 2000;
    for (int first = 1; first <= o.blocks; first += kBatch) {
        s = (*store)->transaction([&]() -> Status {
            for (int round = first; round < first + kBatch && round <= o.blocks; ++round) {
                RoundBody r;
                r.round = std::uint32_t(round);
                r.parentModelHash = model;
                r.modelHash = hashOf(std::uint64_t(round), rng());
                r.strategy = u"fedavg"_s;
                r.strategyParameters = {{u"server_learning_rate"_s, 1.0}};
                r.evaluation = {{u"accuracy"_s, 0.5 + 0.4 * round / o.blocks},
                                {u"loss"_s, 1.0},
                                {u"train_loss"_s, 1.1}};
                r.energy = {{u"carbon_g"_s, 0.4},
                            {u"communication_j"_s, 11.0},
                            {u"computation_j"_s, 42.0},
                            {u"idle_j"_s, 3.0}};
                for (int k = 0; k < o.updates; ++k) {
                    UpdateEntry u;
                    u.node = nodes[std::size_t(k)];
                    u.updateHash = hashOf(rng(), std::uint64_t(k));
                    u.samples = 200 + std::uint64_t(k);
                    u.metrics = {{u"cpu_seconds"_s, 0.4},
                                 {u"train_accuracy"_s, 0.8},
                                 {u"train_loss"_s, 0.5},
                                 {u"wall_seconds"_s, 0.5}};
                    u.energy = {{u"communication_j"_s, 1.1}, {u"computation_j"_s, 4.2}};
                    u.signature = fixed;
                    r.selected.push_back(u.node);
                    r.updates.push_back(std::move(u));
                }
                auto appended = ledger.appendRound(
                    std::move(r), start + std::int64_t(round) * 60000, coordinator);
                if (!appended)
                    return appended.takeError();
                model = appended->block.round.modelHash;
            }
            return {};
        });
        if (!s)
            return s;
    }
    return {};
}

double ms(double seconds) {
    return seconds * 1e3;
}

} // namespace

int main(int argc, char** argv) {
    const Options o = parse(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString path = dir.filePath(u"long.fedrun"_s);

    std::vector<NodeId> nodes;
    double t0 = monotonicSeconds();
    if (Status s = buildLedger(path, o, nodes); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    const double buildSeconds = monotonicSeconds() - t0;
    std::printf("setup: %d blocks of %d updates appended with Ledger::appendRound in %.1f s "
                "(%.0f blocks/s), file %.1f MB\n",
                o.blocks, o.updates, buildSeconds, o.blocks / buildSeconds,
                double(QFileInfo(path).size()) / 1e6);

    auto connection = LedgerConnection::open(path);
    if (!connection) {
        std::fprintf(stderr, "%s\n", qPrintable(connection.error()));
        return 1;
    }

    // --- GUI thread: the list ---------------------------------------------------------------
    BlockListModel model;
    t0 = monotonicSeconds();
    model.setConnection(connection->get());
    std::printf("open: rowCount %d after %.2f ms (one head query, nothing else read)\n",
                model.rowCount(), ms(monotonicSeconds() - t0));

    std::mt19937_64 rng(5);
    std::vector<double> pageMs;
    for (int i = 0; i < 60; ++i) {
        BlockListModel cold; // an empty cache: every summary() below reads its page
        cold.setConnection(connection->get());
        const std::uint64_t h = rng() % std::uint64_t(cold.rowCount());
        t0 = monotonicSeconds();
        (void)cold.summary(h);
        pageMs.push_back(ms(monotonicSeconds() - t0));
    }
    const Stats page = stats(pageMs);
    std::printf("page: %d blocks read and summarised, anywhere in the chain: median %.2f ms, "
                "p95 %.2f ms, max %.2f ms (budget: well under 50 ms)\n",
                BlockListModel::kPageSize, page.median, page.p95, page.max);

    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.resize(1200, 900);
    view.show();
    QApplication::processEvents();
    std::vector<double> frames;
    QScrollBar* bar = view.verticalScrollBar();
    // Half the frames jump anywhere (a dragged scroll bar), half scroll a screen at a time.
    for (int f = 0; f < o.frames; ++f) {
        const int target = f % 2 == 0 ? int(rng() % std::uint64_t(bar->maximum() + 1))
                                      : std::min(bar->maximum(), bar->value() + bar->pageStep());
        t0 = monotonicSeconds();
        bar->setValue(target);
        view.viewport()->repaint();
        frames.push_back(ms(monotonicSeconds() - t0));
    }
    const Stats frame = stats(frames);
    std::printf("scroll: %d frames (random jumps and page-downs, %d visible rows, repainted "
                "synchronously): median %.2f ms, p95 %.2f ms, max %.2f ms; %d pages read, slowest "
                "%.2f ms\n",
                o.frames, view.viewport()->height() / 22, frame.median, frame.p95, frame.max,
                model.stats().pagesRead, model.stats().slowestPageMs);
    t0 = monotonicSeconds();
    view.scrollToBottom();
    view.viewport()->repaint();
    std::printf("scroll: to the head: %.2f ms\n", ms(monotonicSeconds() - t0));

    // --- Background: lineage, contributions, search --------------------------------------------
    const Hash head = model.head()->modelHash;
    t0 = monotonicSeconds();
    const LineageData newest = LineageData::collect(**connection, head, 40);
    std::printf("lineage: the newest 40 steps with their figures: %.2f ms (%zu steps)\n",
                ms(monotonicSeconds() - t0), newest.steps.size());
    LineageScene scene;
    t0 = monotonicSeconds();
    scene.setLineage(newest);
    std::printf("lineage: drawing them (%d models, %lld contributor pills): %.2f ms\n",
                scene.modelCount(), static_cast<long long>(scene.contributorLabels().size()),
                ms(monotonicSeconds() - t0));
    t0 = monotonicSeconds();
    auto all = (*connection)->ledger().lineage(head);
    std::printf("lineage: all the way to genesis (Ledger::lineage): %.0f ms (%zu steps)\n",
                ms(monotonicSeconds() - t0), all ? all->size() : std::size_t(0));
    t0 = monotonicSeconds();
    const NodeContributions mine = NodeContributions::collect((*connection)->ledger(), nodes[3]);
    std::printf("contributions: every model node 3 went into: %.0f ms (%zu models)\n",
                ms(monotonicSeconds() - t0), mine.items.size());

    const auto middle = (*connection)->ledger().block(std::uint64_t(o.blocks / 2));
    const QStringList queries{
        QString::number(o.blocks / 3),
        ViewerFormat::utcTime(middle->block.timestampMs),
        middle->block.round.modelHash.toHex().left(10),
        nodes[5].toHex().left(12),
        middle->hash.toHex().left(10),
        middle->block.round.updates.at(3).updateHash.toHex().left(10),
    };
    const char* what[] = {
        "round", "time", "model prefix", "node prefix", "block hash prefix", "update hash prefix"};
    double slowestHashSearch = 0.0;
    for (int i = 0; i < queries.size(); ++i) {
        t0 = monotonicSeconds();
        const SearchResult r = LedgerSearch::run(**connection, queries[i]);
        const double took = monotonicSeconds() - t0;
        if (i >= 2)
            slowestHashSearch = std::max(slowestHashSearch, took);
        std::printf("search: %s: %.1f ms (%zu hit(s))\n", what[i], ms(took), r.hits.size());
    }
    // The baseline: what every hash-prefix search did before the hash indexes, reading the
    // whole chain a page at a time to look at each block's hashes.
    t0 = monotonicSeconds();
    std::size_t read = 0;
    for (std::uint64_t first = 0; first <= std::uint64_t(o.blocks); first += 512)
        if (auto chunk = (*connection)->ledger().blocks(first, 512))
            read += chunk->size();
    const double scan = monotonicSeconds() - t0;
    std::printf("search: baseline, reading the chain (%zu blocks): %.0f ms; the slowest hash "
                "search above is %.0fx faster\n",
                read, ms(scan), slowestHashSearch > 0.0 ? scan / slowestHashSearch : 0.0);
    return 0;
}
