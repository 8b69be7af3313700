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
#include "tests/integration/SshServer.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace fed;
using namespace fedtest;
using namespace Qt::StringLiterals;

namespace {

const QString kNode = QStringLiteral(FED_SOURCE_DIR "/examples/python-node/fednode.py");
const QString kProto = QStringLiteral(FED_SOURCE_DIR "/engine/net/proto");

const QByteArray kSpec = R"({
  "format": "fedstudio-spec/1", "name": "python node", "seed": 5,
  "rounds": 2, "clients": 3,
  "data": {"dataset": "synthetic", "synthetic": {"samples_per_client": 100, "test_samples": 200}},
  "model": {"architecture": "logreg"},
  "training": {"learning_rate": 0.05, "local_epochs": 1, "batch_size": 16},
  "strategy": {"name": "fedavg"},
  "execution": {"workers": 1}
}
)";

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
        QTemporaryDir dir;
        const QString stubs = dir.filePath(u"stubs"_s);
        QVERIFY(QDir().mkpath(stubs));
        QProcess protoc;
        protoc.start(python(),
                     {u"-m"_s, u"grpc_tools.protoc"_s, u"-I"_s, kProto, u"--python_out="_s + stubs,
                      u"--grpc_python_out="_s + stubs, kProto + u"/federation.proto"_s});
        QVERIFY(protoc.waitForFinished(60000));
        QVERIFY2(protoc.exitCode() == 0, protoc.readAllStandardError().constData());

        const QString specPath = dir.filePath(u"python.fed.json"_s);
        QVERIFY(writeFile(specPath, kSpec));
        const int port = freeLoopbackPort();
        pki::ProvisionOptions options;
        options.outDir = dir.filePath(u"kits"_s).toStdString();
        options.coordinatorPort = port;
        auto provisioned = pki::provision(specPath.toStdString(), options);
        QVERIFY2(provisioned, qPrintable(provisioned.error()));
        auto kit = pki::loadCoordinatorKit(options.outDir / "coordinator");
        QVERIFY2(kit, qPrintable(kit.error()));

        net::CoordinatorOptions copts;
        copts.listenAddress = "127.0.0.1:" + std::to_string(port);
        copts.roundDeadline = std::chrono::seconds(60);
        auto coordinator = net::Coordinator::start(*kit, copts);
        QVERIFY2(coordinator, qPrintable(coordinator.error()));
        auto setup = net::remoteSetup(*kit, *coordinator);
        QVERIFY2(setup, qPrintable(setup.error()));
        auto spec = loadSpecFile(specPath);
        QVERIFY2(spec, qPrintable(spec.error()));
        const QString runPath = dir.filePath(u"python.fedrun"_s);
        auto federation = Federation::create(*spec, runPath, &*setup);
        QVERIFY2(federation, qPrintable(federation.error()));

        std::vector<std::unique_ptr<QProcess>> nodes;
        for (int i = 0; i < 3; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::MergedChannels);
            const QString kitPath =
                dir.filePath(u"kits/nodes/"_s + QString::fromStdString(pki::nodeName(i)));
            if (i < 2) // two C++ nodes
                p->start(QStringLiteral(FEDNODE_PATH), {u"--kit"_s, kitPath});
            else // and the Python one, from its archive
                p->start(python(),
                         {kNode, u"--kit"_s, kitPath + u".tar.gz"_s, u"--stubs"_s, stubs});
            QVERIFY(p->waitForStarted());
            nodes.push_back(std::move(p));
        }
        std::atomic<bool> stop{false};
        Result<RunSummary> summary = fail(u"not run"_s);
        std::thread runner([&] { summary = (*federation)->run(stop); });
        runner.join();
        QByteArray pythonLog;
        for (auto& p : nodes) {
            p->waitForFinished(20000);
            if (p == nodes.back())
                pythonLog = p->readAll();
        }
        QVERIFY2(summary, qPrintable(summary.error() + u'\n' + QString::fromUtf8(pythonLog)));
        QCOMPARE(summary->status, RunStatus::Finished);
        QVERIFY2(pythonLog.contains("joined federation"), pythonLog.constData());
        QVERIFY2(pythonLog.contains("round 2: update sent"), pythonLog.constData());
        QCOMPARE(nodes.back()->exitCode(), 0);
        (*coordinator)->shutdown();
        federation->reset();

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
