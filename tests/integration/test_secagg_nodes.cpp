// Secure aggregation across real fednode processes (issue #10): each node runs its side of the
// masking protocol on its own, the coordinator sees only signed keys, encrypted shares, masked
// updates and unmasking shares. Nodes are killed (SIGKILL, fednode --exit-after-phase) at exact
// points of the protocol: after their masked update (a survivor whose self mask is rebuilt from
// the others' shares) and after sharing keys (a dropped node whose mask key is rebuilt). Too many
// dropouts fail the round as an incident and keep the model. Every run's ledger replays.
#include "engine/ledger/Ledger.h"
#include "engine/store/RunStore.h"
#include "tests/support/NetworkedFixture.h"
#include "tests/support/Processes.h"
#include "tests/support/StoredUpdates.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray specJson(int clients, int rounds, int threshold) {
    return secureLoopbackSpec(u"secure nodes"_s, 9, rounds, clients, threshold).json();
}

//! A secure federation of `n` clients in `net`, one fednode per client (the extra arguments of
//! node i are `extra[i]`), all joined. Phases close as soon as every live node answered; the
//! deadlines only bound a wait.
Status startSecure(NetworkedFixture& net, int n, int rounds, int threshold, double quorum,
                   const std::vector<QStringList>& extra,
                   std::chrono::milliseconds roundDeadline = std::chrono::seconds(40)) {
    if (Status s = net.provision(specJson(n, rounds, threshold), n, u"secure"_s); !s)
        return s;
    if (Status s = net.specValidates(); !s)
        return s;
    net::CoordinatorOptions& options = net.coordinatorOptions;
    options.roundDeadline = roundDeadline;
    options.quorum = quorum;
    options.heartbeatInterval = std::chrono::milliseconds(250);
    options.heartbeatMisses = 6;
    if (Status s = net.startCoordinator(); !s)
        return s;
    if (Status s = net.createFederation(); !s)
        return s;
    for (int i = 0; i < n; ++i) {
        if (Status s = net.startNode(i, extra[static_cast<std::size_t>(i)]); !s)
            return s;
    }
    return net.waitForNodes(n, std::chrono::seconds(60));
}

//! The round blocks of a finished run, in order.
std::vector<RoundBody> roundBlocks(RunStore& store) {
    std::vector<RoundBody> out;
    Ledger ledger(store);
    auto blocks = ledger.blocks(0, 1000);
    if (blocks)
        for (const StoredBlock& s : *blocks)
            if (s.block.kind == BlockKind::Round)
                out.push_back(s.block.round);
    return out;
}

//! Clients of the round's secure-aggregation record, split by survivors and dropped ones.
std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>> participants(const RoundBody& b) {
    std::vector<std::uint32_t> survivors;
    std::vector<std::uint32_t> dropped;
    if (b.secureAggregation)
        for (const SecAggParticipant& p : b.secureAggregation->participants)
            (p.dropped ? dropped : survivors).push_back(p.client);
    return {survivors, dropped};
}

using Ids = std::vector<std::uint32_t>;

} // namespace

class TestSecaggNodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dropoutsAtEveryPhaseAreSurvived() {
        // Node 4 dies right after its masked update of round 1 (before unmasking); node 3 dies
        // right after sharing its keys in round 2 (before its masked update). Round 3 runs with
        // the three that are left, exactly the threshold.
        NetworkedFixture net;
        FED_VERIFY_OK(startSecure(net, 5, 3, 3, 3,
                                  {{},
                                   {},
                                   {},
                                   {u"--exit-after-phase"_s, u"shares:2"_s},
                                   {u"--exit-after-phase"_s, u"masked:1"_s}}));
        const Result<RunSummary> summary = net.run();
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + net.logs()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, 3);
        net.finishNodes(5);
        const QString logs = net.nodeLogs(5);
        QVERIFY2(logs.contains(u"round 1: --exit-after-phase masked: killing this node"_s),
                 qPrintable(logs));
        QVERIFY2(logs.contains(u"round 2: --exit-after-phase shares: killing this node"_s),
                 qPrintable(logs));
        // Node 4 sent its masked update and never answered the unmasking request.
        QVERIFY2(!net.nodeLog(4).contains("unmasking answer sent"), qPrintable(logs));

        auto store = RunStore::open(net.runPath(), RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        const std::vector<RoundBody> blocks = roundBlocks(**store);
        QCOMPARE(int(blocks.size()), 3);
        const std::vector<std::pair<Ids, Ids>> expected{
            {{0, 1, 2, 3, 4}, {}}, {{0, 1, 2}, {3}}, {{0, 1, 2}, {}}};
        for (std::size_t r = 0; r < blocks.size(); ++r) {
            const RoundBody& b = blocks[r];
            QVERIFY2(b.secureAggregation, qPrintable(u"round %1"_s.arg(r + 1)));
            QCOMPARE(participants(b), expected[r]);
            QCOMPARE(b.updates.size(), expected[r].first.size());
            QVERIFY(b.modelHash != b.parentModelHash);
            // The masks cancelled: one bit of disagreement would move weights by about 10^9.
            const Result<double> moved =
                largestWeightChange(**store, b.parentModelHash, b.modelHash);
            QVERIFY2(moved, qPrintable(moved.error()));
            QVERIFY2(*moved > 1e-6 && *moved < 1.0,
                     qPrintable(u"round %1 moved a weight by %2"_s.arg(r + 1).arg(*moved)));
            // Every update on the ledger is a masked one: 8 bytes per parameter, never weights.
            for (const UpdateEntry& u : b.updates) {
                auto bytes = (*store)->blob(u.updateHash);
                QVERIFY2(bytes, qPrintable(bytes.error()));
                QCOMPARE(Hash::of(*bytes), u.updateHash);
                QVERIFY(!bytes->startsWith("FSW1"));
            }
        }
        // Node 3's dropout in round 2 is an incident, and so is node 4's absence later.
        QVERIFY(std::any_of(blocks[1].incidents.begin(), blocks[1].incidents.end(),
                            [](const Incident& i) { return i.kind == IncidentKind::Dropped; }));
        QCOMPARE(int(blocks[2].incidents.size()), 2);

        // The replay removes the masks again from the stored masked updates with the revealed
        // secrets and re-aggregates: it must give every recorded model.
        Ledger ledger(**store);
        VerifyOptions vopts;
        vopts.replay = true;
        const VerifyReport report = ledger.verify(vopts);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
        QCOMPARE(int(report.roundsReplayed.size()), 3);
        store->reset();

        if (!pythonVerifierAvailable())
            QSKIP("python3 with python3-cryptography is not installed");
        const Outcome verifier = pythonVerifier(net.runPath(), {u"--replay"_s, u"--json"_s});
        QVERIFY2(verifier.exitCode == 0, verifier.out.constData());
        const QJsonObject j = jsonObject(verifier.out);
        QVERIFY2(j.value(u"valid"_s).toBool(), verifier.out.constData());
        QCOMPARE(j.value(u"rounds_replayed"_s).toArray().size(), 3);
    }

    void tooManyDropoutsFailTheRoundAndKeepTheModel() {
        // Threshold 3 of 4: two nodes die after sharing keys in round 1, leaving two masked
        // updates - too few to unmask. Round 2 then has too few nodes to begin. Both rounds are
        // incidents that keep the model, and the federation runs to its end.
        NetworkedFixture net;
        FED_VERIFY_OK(startSecure(net, 4, 2, 3, 2,
                                  {{},
                                   {},
                                   {u"--exit-after-phase"_s, u"shares"_s},
                                   {u"--exit-after-phase"_s, u"shares"_s}}));
        const Result<RunSummary> summary = net.run();
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + net.logs()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QCOMPARE(summary->roundsCompleted, 2);
        net.finishNodes(4);

        auto store = RunStore::open(net.runPath(), RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        const std::vector<RoundBody> blocks = roundBlocks(**store);
        QCOMPARE(int(blocks.size()), 2);
        for (const RoundBody& b : blocks) {
            QVERIFY(!b.secureAggregation);
            QVERIFY(b.updates.empty());
            QCOMPARE(b.modelHash, b.parentModelHash);
            QCOMPARE(int(b.incidents.size()), 4);
        }
        auto records = (*store)->clientRounds(1);
        QVERIFY(records);
        for (const ClientRoundRecord& r : *records) {
            if (r.client < 2) {
                QCOMPARE(r.status, UpdateStatus::Rejected);
                QVERIFY2(r.detail.contains(u"secure aggregation failed"_s), qPrintable(r.detail));
            } else {
                QCOMPARE(r.status, UpdateStatus::Dropped);
            }
        }
        Ledger ledger(**store);
        VerifyOptions vopts;
        vopts.replay = true;
        const VerifyReport report = ledger.verify(vopts);
        QVERIFY2(report.valid(), qPrintable(report.summary()));
    }
};

QTEST_GUILESS_MAIN(TestSecaggNodes)

#include "test_secagg_nodes.moc"
