// The Python node (examples/python-node/) joins a federation next to two C++ fednodes: stubs
// generated from federation.proto at test time with python3-grpc-tools, mutual TLS with its
// kit, Ed25519-signed updates of a numpy logistic regression. Its updates must be accepted
// (so its FSW1 bytes, hash and signature match what the coordinator and ledger expect) and
// the ledger must verify.
#include "engine/federation/Federation.h"
#include "engine/federation/RemoteClients.h"
#include "engine/ledger/Ledger.h"
#include "engine/net/Coordinator.h"
#include "engine/pki/Provisioning.h"
#include "engine/spec/SpecIO.h"
#include "engine/store/RunStore.h"
#include "tests/support/NetworkedFixture.h"

#include <QDir>
#include <QProcess>
#include <QTest>

using namespace fed;
using namespace fed::test;
using namespace Qt::StringLiterals;

namespace {

const QString kNode = QStringLiteral(FED_SOURCE_DIR "/examples/python-node/fednode.py");
const QString kProto = QStringLiteral(FED_SOURCE_DIR "/engine/net/proto");

const QByteArray kSpec = LoopbackSpec(u"python node"_s, 5, 2, 3).json();

//! Debian's python3 (where python3-grpcio and friends live), else the first on PATH.
QString python() {
    return QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
}

} // namespace

class TestPythonNode : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void joinsNextToCppNodes() {
        QProcess probe;
        probe.start(python(), {u"-c"_s, u"import grpc, grpc_tools, numpy, cryptography"_s});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP("python3-grpcio, python3-grpc-tools, python3-numpy or python3-cryptography is "
                  "missing (scripts/install-deps.sh installs them)");
        NetworkedFixture net;
        const QString stubs = net.path(u"stubs"_s);
        QVERIFY(QDir().mkpath(stubs));
        QProcess protoc;
        protoc.start(python(),
                     {u"-m"_s, u"grpc_tools.protoc"_s, u"-I"_s, kProto, u"--python_out="_s + stubs,
                      u"--grpc_python_out="_s + stubs, kProto + u"/federation.proto"_s});
        QVERIFY(protoc.waitForFinished(60000));
        QVERIFY2(protoc.exitCode() == 0, protoc.readAllStandardError().constData());

        FED_VERIFY_OK(net.provision(kSpec, 0, u"python"_s));
        FED_VERIFY_OK(net.startCoordinator());
        FED_VERIFY_OK(net.createFederation());
        FED_VERIFY_OK(net.startNodes(2)); // two C++ nodes
        // and the Python one, from its archive
        FED_VERIFY_OK(net.startProgram(2, python(),
                                       {kNode, u"--kit"_s, net.nodeKitArchive(2), u"--stubs"_s,
                                        stubs, u"--coordinator"_s, net.address()}));
        const Result<RunSummary> summary = net.run();
        for (int i = 0; i < 3; ++i)
            net.process(i).waitForFinished(20000);
        const QByteArray pythonLog = net.nodeLog(2);
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + net.logs()));
        QCOMPARE(summary->status, RunStatus::Finished);
        QVERIFY2(pythonLog.contains("joined federation"), pythonLog.constData());
        QVERIFY2(pythonLog.contains("round 2: update sent"), pythonLog.constData());
        QCOMPARE(net.process(2).exitCode(), 0);
        net.finish();
        const QString runPath = net.runPath();

        auto store = RunStore::open(runPath, RunStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(store.error()));
        auto records = (*store)->allClientRounds();
        QVERIFY(records);
        int pythonAccepted = 0, accepted = 0;
        for (const ClientRoundRecord& r : *records) {
            QVERIFY2(
                r.status == UpdateStatus::Accepted,
                qPrintable(u"client %1 round %2: %3"_s.arg(r.client).arg(r.round).arg(r.detail)));
            ++accepted;
            if (r.client == 2)
                ++pythonAccepted;
        }
        QCOMPARE(accepted, 6);
        QCOMPARE(pythonAccepted, 2);
        Ledger ledger(**store);
        const VerifyReport report = ledger.verify();
        QVERIFY2(report.valid(), qPrintable(report.summary()));
    }
};

QTEST_GUILESS_MAIN(TestPythonNode)
#include "test_python_node.moc"
