// The ledger viewer on the ledger of a real (short, synthetic) federation: its models under
// QAbstractItemModelTester, the block detail, the lineage of the final model naming every
// contributing node and a node's models, search, verification of a valid chain and of
// tampered copies flagged at the right block, live following, the audit report (HTML and PDF),
// and an audit session that leaves the run file byte for byte as it was.
#include "engine/federation/Federation.h"
#include "engine/ledger/Block.h"
#include "engine/ledger/Ledger.h"
#include "engine/spec/SpecIO.h"
#include "ledger-viewer/AuditReport.h"
#include "ledger-viewer/AuditWindow.h"
#include "ledger-viewer/BlockDetailView.h"
#include "ledger-viewer/BlockListModel.h"
#include "ledger-viewer/ContributionsModel.h"
#include "ledger-viewer/HashLabel.h"
#include "ledger-viewer/IncidentsModel.h"
#include "ledger-viewer/LedgerConnection.h"
#include "ledger-viewer/LedgerExplorer.h"
#include "ledger-viewer/LedgerSearch.h"
#include "ledger-viewer/LineageView.h"
#include "ledger-viewer/MembersModel.h"
#include "ledger-viewer/SearchResultsModel.h"
#include "ledger-viewer/UpdatesModel.h"
#include "ledger-viewer/VerificationResult.h"
#include "ledger-viewer/ViewerFormat.h"
#include "tests/support/RawRun.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <set>
#include <thread>

using namespace fed;
using fed::test::RawRun;
using namespace fed::viewer;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRounds = 4;
constexpr int kClients = 10; // synthetic-quick: every client is selected every round
constexpr int kWaitMs = 120000;

QByteArray fileSha256(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

//! Changes one byte of block `height`'s stored bytes: a byte of the round's recorded test
//! accuracy, so that the block still decodes and says something else than was signed.
void tamperAccuracy(const QString& path, std::int64_t height) {
    RawRun run(path);
    QByteArray data = run.blockData(height);
    const QByteArray name("\x08\x00\x00\x00"
                          "accuracy",
                          12);
    const qsizetype at = data.indexOf(name);
    if (at < 0)
        qFatal("block %lld records no accuracy", static_cast<long long>(height));
    data[at + name.size() + 5] = static_cast<char>(data[at + name.size() + 5] ^ 0x40);
    run.setBlockData(height, data);
}

//! Breaks block `height`'s magic so that it no longer decodes at all.
void tamperMagic(const QString& path, std::int64_t height) {
    RawRun run(path);
    QByteArray data = run.blockData(height);
    data[0] = 'X';
    run.setBlockData(height, data);
}

bool waitIdle(const LedgerExplorer& explorer) {
    return QTest::qWaitFor([&] { return !explorer.isBusy(); }, kWaitMs);
}

} // namespace

class TestLedgerViewer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void blockListModel();
    void blockListPagesAndTints();
    void blockDetail();
    void lineageNamesEveryContributor();
    void nodeContributions();
    void search_data();
    void search();
    void searchParse_data();
    void searchParse();
    void verifyValidChain();
    void tamperedChainFlaggedAtTheBlock();
    void dependentBlocksCollapseUnderTheirCause();
    void undecodableBlockListedAndFlagged();
    void followsNewBlocks();
    void followsALiveRun();
    void exportReport();
    void exportReportOfTamperedChain();
    void auditLeavesFileUnchanged();
    void openRefusesNonRunFiles();

private:
    QString copyRun(const QString& name) const;
    std::vector<StoredBlock> allBlocks() const;

    QTemporaryDir m_dir;
    QString m_run;
    Hash m_finalModel;
};

void TestLedgerViewer::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_run = m_dir.filePath(u"quick.fedrun"_s);
    auto spec =
        loadSpecFile(QStringLiteral(FED_SOURCE_DIR "/resources/presets/synthetic-quick.fed.json"),
                     {u"rounds=%1"_s.arg(kRounds), u"ledger.store_updates=true"_s});
    QVERIFY2(spec, qPrintable(spec.error()));
    QCOMPARE(spec->clients, kClients);
    auto federation = Federation::create(*spec, m_run);
    QVERIFY2(federation, qPrintable(federation.error()));
    std::atomic<bool> stop{false};
    auto summary = (*federation)->run(stop);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->roundsCompleted, kRounds);
    m_finalModel = summary->finalModelHash;
}

QString TestLedgerViewer::copyRun(const QString& name) const {
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_run, path))
        qFatal("cannot copy the run");
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

std::vector<StoredBlock> TestLedgerViewer::allBlocks() const {
    auto c = LedgerConnection::open(m_run);
    if (!c)
        qFatal("%s", qPrintable(c.error()));
    auto blocks = (*c)->ledger().blocks(0, 1000);
    if (!blocks)
        qFatal("%s", qPrintable(blocks.error()));
    return *blocks;
}

void TestLedgerViewer::blockListModel() {
    auto connection = LedgerConnection::open(m_run);
    QVERIFY2(connection, qPrintable(connection.error()));
    BlockListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setConnection(connection->get());
    QCOMPARE(model.rowCount(), kRounds + 1);
    QCOMPARE(model.columnCount(), int(BlockListModel::ColumnCount));
    QVERIFY(model.head());
    QCOMPARE(model.head()->modelHash, m_finalModel);

    const auto blocks = allBlocks();
    for (int row = 0; row <= kRounds; ++row) {
        const BlockSummary& s = model.summary(std::uint64_t(row));
        QVERIFY2(s.readable, qPrintable(s.error));
        QCOMPARE(s.height, std::uint64_t(row));
        QCOMPARE(s.blockHash, blocks[std::size_t(row)].hash);
        QCOMPARE(model.index(row, BlockListModel::KindColumn).data().toString(),
                 row == 0 ? u"genesis"_s : u"round"_s);
        QCOMPARE(model.index(row, BlockListModel::ModelColumn)
                     .data(BlockListModel::CopyTextRole)
                     .toString(),
                 s.modelHash.toHex());
        QCOMPARE(model.index(row, BlockListModel::VerificationColumn)
                     .data(BlockListModel::CheckStateRole)
                     .toInt(),
                 int(CheckState::Unknown));
        if (row > 0) {
            QCOMPARE(s.round, std::uint32_t(row));
            QCOMPARE(s.updates, kClients);
            QVERIFY(s.accuracy);
            QVERIFY(s.energyJ && *s.energyJ > 0);
            QCOMPARE(model.index(row, BlockListModel::UpdatesColumn).data().toString(),
                     u"%1/%1"_s.arg(kClients));
            QVERIFY(!model.index(row, BlockListModel::AccuracyColumn).data().toString().isEmpty());
        }
    }
    QCOMPARE(model.summary(std::uint64_t(kRounds)).modelHash, m_finalModel);

    // Verdicts arrive for every row at once.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    VerifyReport report = (*connection)->ledger().verify();
    QVERIFY2(report.valid(), qPrintable(report.summary()));
    model.setVerification(
        std::make_shared<const VerificationResult>(VerificationResult::fromReport(report, false)));
    QCOMPARE(changed.size(), 1);
    for (int row = 0; row <= kRounds; ++row)
        QCOMPARE(model.check(std::uint64_t(row)).state, CheckState::Valid);
    model.setConnection(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestLedgerViewer::blockListPagesAndTints() {
    // Rows are read a page at a time: one read for the whole short chain, none after.
    auto connection = LedgerConnection::open(m_run);
    QVERIFY(connection);
    BlockListModel model;
    model.setConnection(connection->get());
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data();
    QCOMPARE(model.stats().pagesRead, 1);
    QVERIFY(model.stats().slowestPageMs < 1000);

    auto verdicts = std::make_shared<VerificationResult>();
    verdicts->checks.resize(std::size_t(kRounds + 1));
    verdicts->checks[2].state = CheckState::Invalid;
    verdicts->checks[2].reason = u"test reason"_s;
    verdicts->checks[3].state = CheckState::Untrusted;
    model.setVerification(verdicts);
    QVERIFY(model.index(2, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(3, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(1, 0).data(Qt::BackgroundRole).isValid());
    QVERIFY(model.index(2, BlockListModel::VerificationColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"test reason"_s));
}

void TestLedgerViewer::blockDetail() {
    LedgerExplorer explorer;
    explorer.resize(1400, 900);
    explorer.show();
    QVERIFY(explorer.openRun(m_run));
    QVERIFY(waitIdle(explorer));
    // Opening selects the head.
    QCOMPARE(explorer.selectedHeight(), std::optional<std::uint64_t>(kRounds));

    explorer.selectHeight(2);
    BlockDetailView* detail = explorer.detailView();
    QCOMPARE(detail->height(), std::optional<std::uint64_t>(2));
    QVERIFY(detail->block());
    const StoredBlock& stored = *detail->block();
    QCOMPARE(stored.block.round.round, 2u);

    UpdatesModel* updates = detail->updatesModel();
    QAbstractItemModelTester updatesTester(updates,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester incidentsTester(
        detail->incidentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester membersTester(detail->membersModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(updates->rowCount(), kClients);
    for (int row = 0; row < updates->rowCount(); ++row) {
        QCOMPARE(updates->signatureState(row), UpdatesModel::SignatureState::Valid);
        QCOMPARE(updates->index(row, UpdatesModel::UpdateHashColumn)
                     .data(UpdatesModel::CopyTextRole)
                     .toString(),
                 stored.block.round.updates[std::size_t(row)].updateHash.toHex());
        QVERIFY(updates->index(row, UpdatesModel::NodeColumn)
                    .data()
                    .toString()
                    .startsWith(u"client "_s));
    }
    QCOMPARE(detail->incidentsModel()->rowCount(), 0);

    // Every hash of the header and body can be copied whole.
    const QStringList copyable = detail->copyableValues();
    for (const QString& hex :
         {stored.hash.toHex(), stored.block.previousHash.toHex(), stored.signature.toHex(),
          stored.block.round.parentModelHash.toHex(), stored.block.round.modelHash.toHex(),
          stored.block.round.merkleRoot.toHex()})
        QVERIFY2(copyable.contains(hex), qPrintable(hex));
    auto* label = detail->findChild<HashLabel*>();
    QVERIFY(label);
    label->copy();
    QCOMPARE(QApplication::clipboard()->text(), label->copyText());

    // The raw view's bytes hash to the block hash.
    const QByteArray raw = encodeBlock(stored.block);
    QCOMPARE(blockHash(raw), stored.hash);

    // Genesis: members and spec instead of updates.
    explorer.selectHeight(0);
    QCOMPARE(detail->membersModel()->rowCount(), kClients);
    QCOMPARE(detail->updatesModel()->rowCount(), 0);
    QCOMPARE(detail->membersModel()->index(3, MembersModel::NodeIdColumn).data().toString(),
             detail->block()->block.genesis.members[3].nodeId().toHex());
}

void TestLedgerViewer::lineageNamesEveryContributor() {
    LedgerExplorer explorer;
    explorer.resize(1400, 900);
    explorer.show();
    QVERIFY(explorer.openRun(m_run));
    QVERIFY(waitIdle(explorer));
    QSignalSpy ready(explorer.lineageView(), &LineageView::lineageReady);
    explorer.showLineage(m_finalModel);
    QVERIFY(ready.wait(kWaitMs) || !ready.isEmpty());
    QVERIFY(waitIdle(explorer));

    const LineageData& lineage = explorer.lineageView()->lineage();
    QVERIFY2(lineage.error.isEmpty(), qPrintable(lineage.error));
    QCOMPARE(lineage.model, m_finalModel);
    QVERIFY(lineage.complete());
    QCOMPARE(lineage.steps.size(), std::size_t(kRounds + 1));
    QCOMPARE(lineage.steps.front().modelHash, m_finalModel);
    QCOMPARE(lineage.steps.back().round, 0u);

    // Every node whose update went into any round of the chain is named, and only those.
    std::set<NodeId> expected;
    const auto blocks = allBlocks();
    for (const StoredBlock& b : blocks)
        if (b.block.kind == BlockKind::Round)
            for (const UpdateEntry& u : b.block.round.updates)
                expected.insert(u.node);
    QCOMPARE(expected.size(), std::size_t(kClients));
    QCOMPARE(lineage.contributors(), expected);
    const QStringList labels = explorer.lineageView()->scene()->contributorLabels();
    for (const Member& m : blocks.front().block.genesis.members)
        QVERIFY2(labels.contains(u"client %1"_s.arg(m.client)), qPrintable(labels.join(u", "_s)));
    QCOMPARE(labels.size(), kRounds * kClients);
    QCOMPARE(explorer.lineageView()->scene()->modelCount(), kRounds + 1);

    // A short page: the newest steps only, and "show more" reaches genesis.
    auto connection = LedgerConnection::open(m_run);
    QVERIFY(connection);
    const LineageData two = LineageData::collect(**connection, m_finalModel, 2);
    QCOMPARE(two.steps.size(), std::size_t(2));
    QVERIFY(!two.complete());
    QCOMPARE(two.olderSteps(), std::uint64_t(kRounds - 1));

    // Clicking a model selects its block.
    QSignalSpy activated(explorer.lineageView(), &LineageView::blockActivated);
    Q_EMIT explorer.lineageView()->scene()->modelClicked(
        1, lineage.steps[std::size_t(kRounds - 1)].modelHash);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(explorer.selectedHeight(), std::optional<std::uint64_t>(1));
}

void TestLedgerViewer::nodeContributions() {
    LedgerExplorer explorer;
    explorer.resize(1400, 900);
    explorer.show();
    QVERIFY(explorer.openRun(m_run));
    explorer.showLineage(m_finalModel);
    QVERIFY(waitIdle(explorer));
    const auto blocks = allBlocks();
    const Member member = blocks.front().block.genesis.members[3];
    const NodeId node = member.nodeId();

    ContributionsModel* contributions = explorer.lineageView()->contributionsModel();
    QAbstractItemModelTester tester(contributions,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(explorer.lineageView(), &LineageView::contributionsReady);
    explorer.lineageView()->selectNode(node);
    QVERIFY(ready.wait(kWaitMs) || !ready.isEmpty());

    std::vector<std::uint64_t> expected;
    for (const StoredBlock& b : blocks)
        if (b.block.kind == BlockKind::Round)
            for (const UpdateEntry& u : b.block.round.updates)
                if (u.node == node)
                    expected.push_back(b.block.height);
    QCOMPARE(contributions->rowCount(), int(expected.size()));
    for (int row = 0; row < contributions->rowCount(); ++row) {
        const Contribution& c = contributions->contributions().items[std::size_t(row)];
        QCOMPARE(c.height, expected[std::size_t(row)]);
        QCOMPARE(c.modelHash, blocks[std::size_t(c.height)].block.round.modelHash);
        QCOMPARE(contributions->index(row, 0).data(ContributionsModel::HeightRole).toULongLong(),
                 c.height);
    }
    // The graph highlights exactly the models it contributed to.
    QCOMPARE(explorer.lineageView()->scene()->highlightedHeights().size(), expected.size());
    explorer.lineageView()->selectNode(std::nullopt);
    QVERIFY(explorer.lineageView()->scene()->highlightedHeights().empty());
}

void TestLedgerViewer::search_data() {
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("height");
    const auto blocks = allBlocks();
    const StoredBlock& b3 = blocks[3];
    const Member m4 = blocks.front().block.genesis.members[4];
    QTest::newRow("round") << u"2"_s << int(SearchHit::Kind::Round) << 2;
    QTest::newRow("#round") << u"#3"_s << int(SearchHit::Kind::Round) << 3;
    QTest::newRow("model prefix") << b3.block.round.modelHash.toHex().left(10)
                                  << int(SearchHit::Kind::ModelHash) << 3;
    QTest::newRow("block hash prefix")
        << b3.hash.toHex().left(12).toUpper() << int(SearchHit::Kind::BlockHash) << 3;
    QTest::newRow("update hash prefix") << b3.block.round.updates[5].updateHash.toHex().left(12)
                                        << int(SearchHit::Kind::UpdateHash) << 3;
    QTest::newRow("node id prefix")
        << m4.nodeId().toHex().left(16) << int(SearchHit::Kind::Node) << 1;
    QTest::newRow("client") << u"client 4"_s << int(SearchHit::Kind::Node) << 1;
    QTest::newRow("time") << ViewerFormat::utcTime(blocks[2].block.timestampMs)
                          << int(SearchHit::Kind::Time) << 2;
}

void TestLedgerViewer::search() {
    QFETCH(QString, query);
    QFETCH(int, kind);
    QFETCH(int, height);
    LedgerExplorer explorer;
    explorer.resize(1400, 900);
    explorer.show();
    QVERIFY(explorer.openRun(m_run));
    QVERIFY(waitIdle(explorer));
    QAbstractItemModelTester tester(explorer.searchResults(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(&explorer, &LedgerExplorer::searchFinished);
    explorer.search(query);
    QVERIFY(done.wait(kWaitMs) || !done.isEmpty());
    const SearchResult& result = explorer.lastSearch();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    bool found = false;
    for (const SearchHit& hit : result.hits)
        found = found || (int(hit.kind) == kind && int(hit.height) == height);
    QVERIFY2(found, qPrintable(query));
    // The first hit is selected.
    QCOMPARE(explorer.selectedHeight(), std::optional<std::uint64_t>(result.hits.front().height));
    if (kind == int(SearchHit::Kind::Node))
        QVERIFY(explorer.lineageView()->selectedNode());
}

void TestLedgerViewer::searchParse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("height");
    QTest::addColumn<bool>("time");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<bool>("error");
    QTest::newRow("digits") << u"12"_s << true << false << false << false;
    QTest::newRow("long digits") << u"12345678"_s << true << false << true << false;
    QTest::newRow("round word") << u"round 12"_s << true << false << false << false;
    QTest::newRow("hex") << u"0xAbC123"_s << false << false << true << false;
    QTest::newRow("date") << u"2024-11-21"_s << false << true << false << false;
    QTest::newRow("date time") << u"2024-11-21 10:30"_s << false << true << false << false;
    QTest::newRow("iso zone") << u"2024-11-21T10:30:00Z"_s << false << true << false << false;
    QTest::newRow("nonsense") << u"what?"_s << false << false << false << true;
}

void TestLedgerViewer::searchParse() {
    QFETCH(QString, text);
    QFETCH(bool, height);
    QFETCH(bool, time);
    QFETCH(bool, hex);
    QFETCH(bool, error);
    const LedgerSearch::Query q = LedgerSearch::parse(text);
    QCOMPARE(q.height.has_value(), height);
    QCOMPARE(q.timeMs.has_value(), time);
    QCOMPARE(!q.hex.isEmpty(), hex);
    QCOMPARE(!q.error.isEmpty(), error);
}

void TestLedgerViewer::verifyValidChain() {
    LedgerExplorer explorer;
    explorer.resize(1400, 900);
    explorer.show();
    QVERIFY(explorer.openRun(m_run));
    QSignalSpy finished(&explorer, &LedgerExplorer::verificationFinished);
    explorer.verify();
    // verify() only starts the work: the result always arrives later, through the event loop.
    // (isBusy() may already be false here: on a small chain the worker can finish first.)
    QVERIFY(finished.isEmpty());
    QVERIFY(finished.wait(kWaitMs) || !finished.isEmpty());
    QCOMPARE(finished.front().front().toBool(), true);
    const auto v = explorer.verification();
    QVERIFY(v && v->valid);
    QCOMPARE(v->roundsReplayed, std::size_t(kRounds));
    for (int row = 0; row <= kRounds; ++row)
        QCOMPARE(explorer.blockModel()->check(std::uint64_t(row)).state, CheckState::Valid);
    QVERIFY(explorer.bannerText().contains(u"valid"_s));
    QVERIFY(explorer.bannerText().contains(u"Replay"_s));

    // A run that kept no updates says why nothing was replayed, not "reproduced 0 round(s)".
    VerificationResult lean;
    lean.valid = true;
    lean.replayed = true;
    lean.roundsNotReplayed = kRounds;
    QVERIFY2(lean.replayText().contains(u"did not keep its nodes' updates"_s),
             qPrintable(lean.replayText()));
    QVERIFY(!lean.replayText().contains(u"reproduced 0"_s));
}

void TestLedgerViewer::tamperedChainFlaggedAtTheBlock() {
    const QString path = copyRun(u"tampered.fedrun"_s);
    constexpr int kBad = 2;
    tamperAccuracy(path, kBad);

    LedgerExplorer explorer(LedgerExplorer::Mode::Audit);
    explorer.resize(1400, 900);
    explorer.show();
    QSignalSpy finished(&explorer, &LedgerExplorer::verificationFinished);
    QVERIFY(explorer.openRun(path)); // audit mode verifies on its own
    QVERIFY(finished.wait(kWaitMs) || !finished.isEmpty());
    QCOMPARE(finished.front().front().toBool(), false);
    const auto v = explorer.verification();
    QVERIFY(v);
    QCOMPARE(v->firstBadHeight, std::optional<std::uint64_t>(kBad));

    BlockListModel* model = explorer.blockModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int row = 0; row <= kRounds; ++row) {
        const CheckState expected = row < kBad    ? CheckState::Valid
                                    : row == kBad ? CheckState::Invalid
                                                  : CheckState::Untrusted;
        QCOMPARE(model->check(std::uint64_t(row)).state, expected);
        QCOMPARE(model->index(row, BlockListModel::VerificationColumn)
                     .data(BlockListModel::CheckStateRole)
                     .toInt(),
                 int(expected));
    }
    const QString reason = model->check(kBad).reason;
    QVERIFY2(reason.contains(u"signature"_s) || reason.contains(u"hash"_s), qPrintable(reason));
    QVERIFY(model->index(kBad, 0).data(Qt::BackgroundRole).isValid());
    // The first bad block is selected, with its reason at the head of its detail.
    QCOMPARE(explorer.selectedHeight(), std::optional<std::uint64_t>(kBad));
    QVERIFY(explorer.detailView()->verdictText().contains(u"INVALID"_s));
    QVERIFY(explorer.detailView()->verdictText().contains(reason));
    QVERIFY(explorer.bannerText().contains(u"INVALID"_s));
    QVERIFY(waitIdle(explorer));
}

void TestLedgerViewer::dependentBlocksCollapseUnderTheirCause() {
    // An altered genesis block: the later blocks fail only the signatures checked with it.
    VerifyReport report;
    BlockVerdict genesis;
    genesis.kind = BlockKind::Genesis;
    genesis.problems << u"the coordinator's signature does not verify"_s
                     << u"the run file's federation id differs"_s;
    report.blocks.push_back(genesis);
    for (std::uint64_t h = 1; h <= 3; ++h) {
        BlockVerdict v;
        v.height = h;
        v.kind = BlockKind::Round;
        v.round = static_cast<std::uint32_t>(h);
        v.problems << u"the signature of client 0 over its update does not verify"_s;
        v.dependsOn = 0;
        report.blocks.push_back(v);
    }
    report.firstBadHeight = 0;
    report.firstProblem = genesis.problems.first();
    const VerificationResult r = VerificationResult::fromReport(report, false);
    QCOMPARE(r.check(0).state, CheckState::Invalid);
    QVERIFY2(r.check(0).reason.startsWith(u"the coordinator's signature"_s),
             qPrintable(r.check(0).reason));
    QVERIFY2(r.check(0).reason.contains(u"3 more block"_s), qPrintable(r.check(0).reason));
    for (std::uint64_t h = 1; h <= 3; ++h) {
        QCOMPARE(r.check(h).state, CheckState::Untrusted);
        QVERIFY2(r.check(h).reason.contains(u"depend on block 0"_s), qPrintable(r.check(h).reason));
        QVERIFY2(!r.check(h).reason.contains(u"signature of client 0"_s),
                 qPrintable(r.check(h).reason));
    }
}

void TestLedgerViewer::undecodableBlockListedAndFlagged() {
    const QString path = copyRun(u"undecodable.fedrun"_s);
    constexpr int kBad = 3;
    tamperMagic(path, kBad);
    LedgerExplorer explorer(LedgerExplorer::Mode::Audit);
    explorer.resize(1400, 900);
    explorer.show();
    QSignalSpy finished(&explorer, &LedgerExplorer::verificationFinished);
    QVERIFY(explorer.openRun(path));
    BlockListModel* model = explorer.blockModel();
    QCOMPARE(model->rowCount(), kRounds + 1);
    for (int row = 0; row <= kRounds; ++row)
        QCOMPARE(model->summary(std::uint64_t(row)).readable, row != kBad);
    QCOMPARE(model->index(kBad, BlockListModel::KindColumn).data().toString(), u"unreadable"_s);
    // The column shows the whole word, not "unr…ble".
    auto* table = explorer.findChild<QTableView*>(u"blockTable"_s);
    QVERIFY(table);
    QVERIFY(table->columnWidth(BlockListModel::KindColumn) >
            table->fontMetrics().horizontalAdvance(u"unreadable"_s) + 8);
    QVERIFY(!model->summary(kBad).error.isEmpty());
    QVERIFY(finished.wait(kWaitMs) || !finished.isEmpty());
    QCOMPARE(explorer.verification()->firstBadHeight, std::optional<std::uint64_t>(kBad));
    QCOMPARE(model->check(kBad + 1).state, CheckState::Untrusted);
    QCOMPARE(model->check(kBad - 1).state, CheckState::Valid);
    QCOMPARE(explorer.selectedHeight(), std::optional<std::uint64_t>(kBad));
    QVERIFY(!explorer.detailView()->block());
    QVERIFY(waitIdle(explorer));
}

void TestLedgerViewer::followsNewBlocks() {
    // A copy that has lost its last two blocks, which then come back: what a followed run
    // looks like from the viewer's side.
    const QString path = copyRun(u"growing.fedrun"_s);
    {
        RawRun run(path);
        run.exec("DELETE FROM ledger_blocks WHERE height >= 3");
    }
    LedgerExplorer explorer;
    explorer.resize(1400, 900);
    explorer.show();
    QVERIFY(explorer.openRun(path));
    QVERIFY(waitIdle(explorer));
    BlockListModel* model = explorer.blockModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(explorer.selectedHeight(), std::optional<std::uint64_t>(2));
    QVERIFY(explorer.isFollowing());
    QCOMPARE(explorer.refresh(), 0);
    {
        RawRun run(path);
        run.exec(("ATTACH DATABASE '" + QFile::encodeName(m_run) +
                  "' AS original; INSERT INTO ledger_blocks SELECT * FROM original.ledger_blocks "
                  "WHERE height >= 3; DETACH DATABASE original;")
                     .constData());
    }
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    // The poll timer picks the blocks up within a second or so.
    QVERIFY(QTest::qWaitFor([&] { return model->rowCount() == kRounds + 1; }, 10000));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model->summary(kRounds).modelHash, m_finalModel);
    // The newest block stays selected, and the lineage moves to the new head.
    QCOMPARE(explorer.selectedHeight(), std::optional<std::uint64_t>(kRounds));
    QVERIFY(waitIdle(explorer));
    QCOMPARE(explorer.lineageView()->model(), std::optional<Hash>(m_finalModel));
}

void TestLedgerViewer::followsALiveRun() {
    // A federation committing rounds on another thread while the viewer, on its own read-only
    // connection, lists them as they come (the Ledger tab during a run).
    const QString path = m_dir.filePath(u"live.fedrun"_s);
    constexpr int kLiveRounds = 6;
    auto spec =
        loadSpecFile(QStringLiteral(FED_SOURCE_DIR "/resources/presets/synthetic-quick.fed.json"),
                     {u"rounds=%1"_s.arg(kLiveRounds)});
    QVERIFY(spec);
    auto federation = Federation::create(*spec, path);
    QVERIFY2(federation, qPrintable(federation.error()));
    LedgerExplorer explorer;
    explorer.resize(1400, 900);
    explorer.show();
    QVERIFY(explorer.openRun(path));
    QVERIFY(explorer.blockModel()->rowCount() >= 1); // the genesis block is there already
    QAbstractItemModelTester tester(explorer.blockModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::atomic<bool> stop{false};
    QString error;
    std::thread worker([&] {
        auto summary = (*federation)->run(stop);
        if (!summary)
            error = summary.error();
    });
    const bool caughtUp = QTest::qWaitFor(
        [&] { return explorer.blockModel()->rowCount() == kLiveRounds + 1; }, kWaitMs);
    worker.join();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(caughtUp);
    for (int row = 0; row <= kLiveRounds; ++row)
        QVERIFY(explorer.blockModel()->summary(std::uint64_t(row)).readable);
    QVERIFY(waitIdle(explorer));
    federation->reset();
    QSignalSpy verified(&explorer, &LedgerExplorer::verificationFinished);
    explorer.verify();
    QVERIFY(verified.wait(kWaitMs) || !verified.isEmpty());
    QVERIFY2(verified.front().front().toBool(), qPrintable(explorer.bannerText()));
}

void TestLedgerViewer::exportReport() {
    LedgerExplorer explorer;
    explorer.resize(1400, 900);
    explorer.show();
    QVERIFY(explorer.openRun(m_run));
    QVERIFY(waitIdle(explorer));
    QTemporaryDir out;
    const QString html = out.filePath(u"report.html"_s);
    const QString pdf = out.filePath(u"report.pdf"_s);
    QSignalSpy done(&explorer, &LedgerExplorer::reportFinished);
    explorer.exportReport(html, pdf, m_finalModel);
    QVERIFY(done.wait(kWaitMs) || !done.isEmpty());
    QVERIFY2(done.front().front().toBool(), qPrintable(done.front().at(1).toString()));

    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(file.readAll());
    QVERIFY(page.contains(m_finalModel.toHex()));
    QVERIFY(page.contains(u"Lineage"_s));
    QVERIFY(page.contains(u"No: the ledger verifies."_s));
    // The lineage: every model version back to genesis, and every contributor by id.
    const auto blocks = allBlocks();
    for (const StoredBlock& b : blocks) {
        const Hash model = b.block.kind == BlockKind::Genesis ? b.block.genesis.initialModelHash
                                                              : b.block.round.modelHash;
        QVERIFY(page.contains(model.toHex().left(kShortHexDigits)));
    }
    for (const Member& m : blocks.front().block.genesis.members) {
        QVERIFY(page.contains(m.nodeId().toHex()));
        QVERIFY(page.contains(u"client %1"_s.arg(m.client)));
    }
    // Each round of the lineage names its contributors: every client, every round, here.
    QCOMPARE(page.count(u"clients 0, 1, 2, 3, 4, 5, 6, 7, 8, 9"_s), kRounds);
    QCOMPARE(explorer.lastReport().lineageSteps, std::size_t(kRounds + 1));
    QCOMPARE(explorer.lastReport().contributors, std::size_t(kClients));

    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    const QByteArray bytes = printed.readAll();
    QVERIFY(bytes.size() > 2000);
    QVERIFY(bytes.startsWith("%PDF-"));
}

void TestLedgerViewer::exportReportOfTamperedChain() {
    const QString path = copyRun(u"tampered-report.fedrun"_s);
    tamperAccuracy(path, 3);
    auto connection = LedgerConnection::open(path);
    QVERIFY(connection);
    ReportRequest request;
    request.model = m_finalModel;
    const ReportOutcome report = AuditReport::make(**connection, request);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(!report.verification.valid);
    QCOMPARE(report.verification.firstBadHeight, std::optional<std::uint64_t>(3));
    QVERIFY(report.html.contains(u"Yes: the ledger does NOT verify."_s));
    QVERIFY(report.html.contains(u"Block 3 is on this model"_s));
}

void TestLedgerViewer::auditLeavesFileUnchanged() {
    const QString path = copyRun(u"audited.fedrun"_s);
    const QByteArray before = fileSha256(path);
    const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
    QVERIFY(!before.isEmpty());
    QTemporaryDir out;
    {
        AuditWindow window;
        window.resize(1400, 900);
        window.show();
        QSignalSpy verified(window.explorer(), &LedgerExplorer::verificationFinished);
        QVERIFY(window.openRun(path, true));
        QVERIFY(verified.wait(kWaitMs) || !verified.isEmpty());
        QVERIFY(window.explorer()->verification()->valid);
        LedgerExplorer* explorer = window.explorer();
        for (std::uint64_t h = 0; h <= kRounds; ++h)
            explorer->selectHeight(h);
        explorer->showLineage(m_finalModel);
        QVERIFY(waitIdle(*explorer));
        explorer->search(u"client 2"_s);
        QVERIFY(waitIdle(*explorer));
        QSignalSpy reported(explorer, &LedgerExplorer::reportFinished);
        explorer->exportReport(out.filePath(u"r.html"_s), out.filePath(u"r.pdf"_s));
        QVERIFY(reported.wait(kWaitMs) || !reported.isEmpty());
        QVERIFY(reported.front().front().toBool());
        window.close();
    }
    QCOMPARE(fileSha256(path), before);
    // Nor did it leave a journal, WAL or shared-memory file next to it.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files, QDir::Name), filesBefore);
}

void TestLedgerViewer::openRefusesNonRunFiles() {
    LedgerExplorer explorer;
    QString error;
    QVERIFY(!explorer.openRun(m_dir.filePath(u"missing.fedrun"_s), &error));
    QVERIFY(error.contains(u"does not exist"_s));
    const QString text = m_dir.filePath(u"notes.fedrun"_s);
    QFile f(text);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a database at all, just some text that is long enough\n");
    f.close();
    QVERIFY(!explorer.openRun(text, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(explorer.blockModel()->rowCount(), 0);
    QVERIFY(!explorer.bannerText().isEmpty());
    QFile::remove(text);
}

QTEST_MAIN(TestLedgerViewer)
#include "test_ledger_viewer.moc"
