#pragma once
// A networked federation on loopback for the integration tests: kits provisioned into a
// temporary folder, a Coordinator listening on a port the system picks, a Federation training
// through it on a thread of its own, and node processes (fednode, or any program that speaks
// the protocol) whose output goes to log files. Whatever a test leaves running - nodes, the
// federation's thread, the coordinator - is stopped by the destructor, so a failed assertion
// (which returns from the test function) neither hangs the suite nor leaves processes behind.
//
//   NetworkedFixture net;
//   FED_VERIFY_OK(net.provision(kSpec));      // kits/ for the spec's clients
//   FED_VERIFY_OK(net.startCoordinator());    // after changing net.coordinatorOptions, if at all
//   FED_VERIFY_OK(net.createFederation());    // an observer may act mid-run (killNode, ...)
//   FED_VERIFY_OK(net.startNodes(3));         // or startNode(i, extra fednode arguments)
//   FED_VERIFY_OK(net.waitForNodes(3));       // fails with every node's and the coordinator's log
//   const Result<RunSummary> summary = net.run();
//   ... node exit codes (net.process(i)) and logs (net.nodeLog(i)) ...
//   net.finish();                             // then open net.runPath()
//
// For nodes that misbehave: killNode() and respawnNode() work from any thread, startRun() and
// waitForRun() leave the test thread free while the federation runs, and waitUntil() waits for
// a condition (on the coordinator, a log) with the event loop running.
//
// The target links fed_net, fed_federation and fed_pki; to start fednode it defines FEDNODE_PATH
// (and depends on the fednode target).

#include "engine/federation/Federation.h"
#include "engine/federation/RemoteClients.h"
#include "engine/net/Coordinator.h"
#include "engine/pki/Provisioning.h"
#include "engine/spec/SpecIO.h"
#include "tests/support/Files.h"
#include "tests/support/Kits.h"
#include "tests/support/Verify.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>
#include <atomic>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

namespace fed::test {

#ifdef FEDNODE_PATH
inline constexpr const char* kFednodePath = FEDNODE_PATH;
#else
inline constexpr const char* kFednodePath = nullptr; // the target does not depend on fednode
#endif

//! A small synthetic logistic-regression federation that trains in seconds on loopback nodes
//! (one worker, FedAvg): `LoopbackSpec(u"x"_s, seed, rounds, clients).json()`. `more` adds
//! top-level members, e.g. `"ledger": {"store_updates": true}`.
struct LoopbackSpec {
    LoopbackSpec(QString specName, int specSeed, int specRounds, int specClients,
                 QByteArray moreMembers = {})
        : name(std::move(specName))
        , seed(specSeed)
        , rounds(specRounds)
        , clients(specClients)
        , more(std::move(moreMembers)) {}

    QString name;
    int seed;
    int rounds;
    int clients;
    QByteArray more;
    int samplesPerClient = 100;
    int testSamples = 200;
    int dimension = 0; //!< the synthetic features; 0: the dataset's default
    int workers = 1;

    QByteArray json() const {
        QByteArray out =
            QStringLiteral(R"({
  "format": "fedstudio-spec/1", "name": "%1", "seed": %2,
  "rounds": %3, "clients": %4,
  "data": {"dataset": "synthetic", "synthetic": {"samples_per_client": %5, "test_samples": %6%7}},
  "model": {"architecture": "logreg"},
  "training": {"learning_rate": 0.05, "local_epochs": 1, "batch_size": 16},
  "strategy": {"name": "fedavg"},
  "execution": {"workers": %8})")
                .arg(name)
                .arg(seed)
                .arg(rounds)
                .arg(clients)
                .arg(samplesPerClient)
                .arg(testSamples)
                .arg(dimension > 0 ? QStringLiteral(", \"dimension\": %1").arg(dimension)
                                   : QString())
                .arg(workers)
                .toUtf8();
        if (!more.isEmpty())
            out += ",\n  " + more;
        return out + "\n}\n";
    }
};

//! A LoopbackSpec with secure aggregation at `threshold` of `clients`, keeping its updates (replay
//! unmasks them), 60 samples per client and 100 test samples. `privacy` adds members to the
//! privacy object (e.g. `"dp": {...}`), `secureAggregation` to its secure_aggregation object
//! (with a leading comma, e.g. `, "fixed_point_bits": 40`).
inline LoopbackSpec secureLoopbackSpec(QString name, int seed, int rounds, int clients,
                                       int threshold, const QString& privacy = {},
                                       const QString& secureAggregation = {}) {
    LoopbackSpec spec(std::move(name), seed, rounds, clients,
                      QStringLiteral(R"("ledger": {"store_updates": true},
  "privacy": {%1"secure_aggregation": {"enabled": true, "threshold": %2%3}})")
                          .arg(privacy.isEmpty() ? QString() : privacy + QStringLiteral(", "),
                               QString::number(threshold), secureAggregation)
                          .toUtf8());
    spec.samplesPerClient = 60;
    spec.testSamples = 100;
    return spec;
}

class NetworkedFixture {
public:
    NetworkedFixture() {
        // The defaults suit loopback; tests change what they exercise before startCoordinator().
        // Port 0: the system picks a free port and the nodes are told it (--coordinator); a port
        // chosen in advance could be taken by a test running in parallel meanwhile.
        coordinatorOptions.listenAddress = "127.0.0.1:0";
        coordinatorOptions.roundDeadline = std::chrono::seconds(60);
    }
    ~NetworkedFixture() { stop(); }
    NetworkedFixture(const NetworkedFixture&) = delete;
    NetworkedFixture& operator=(const NetworkedFixture&) = delete;

    //! A file in the fixture's folder (which holds the spec, kits/, node logs and the run).
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // --- kits -----------------------------------------------------------------------------

    //! Writes `specJson` as <name>.fed.json and provisions kits/ for `nodes` nodes (0: the
    //! spec's clients). The kits name a free loopback port as the coordinator's address; the
    //! coordinator listens elsewhere, and every node is told where (--coordinator).
    Status provision(const QByteArray& specJson, int nodes = 0,
                     const QString& name = QStringLiteral("federation")) {
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary folder: ") + m_dir.errorString());
        m_specPath = path(name + QStringLiteral(".fed.json"));
        m_runPath = path(name + QStringLiteral(".fedrun"));
        pki::ProvisionOptions options;
        options.outDir = kitDir();
        options.nodes = nodes;
        options.coordinatorPort = freeLoopbackPort();
        if (options.coordinatorPort <= 0)
            return fail(QStringLiteral("no free loopback port for the kits' coordinator address"));
        return provisionKits(m_specPath, specJson, options);
    }

    QString specPath() const { return m_specPath; }
    //! The provisioned spec loads and validateSpec finds nothing wrong with it; else the problems.
    Status specValidates() const {
        auto spec = loadSpecFile(m_specPath);
        if (!spec)
            return spec.takeError();
        if (const QString problems = formatProblems(validateSpec(*spec)); !problems.isEmpty())
            return fail(problems);
        return {};
    }
    std::filesystem::path kitDir() const { return path(QStringLiteral("kits")).toStdString(); }
    std::filesystem::path coordinatorKitDir() const { return kitDir() / "coordinator"; }
    //! Node `node`'s kit folder; its archive is the same path with ".tar.gz".
    std::filesystem::path nodeKitDir(int node) const {
        return kitDir() / "nodes" / pki::nodeName(node);
    }
    QString nodeKit(int node) const { return QString::fromStdString(nodeKitDir(node).string()); }
    QString nodeKitArchive(int node) const { return nodeKit(node) + QStringLiteral(".tar.gz"); }

    // --- the coordinator ----------------------------------------------------------------------

    net::CoordinatorOptions coordinatorOptions;

    //! Loads the coordinator kit as it is now (revocations included), starts listening and
    //! builds the Federation's remote setup. Its log lines are kept for failure messages.
    Status startCoordinator() {
        auto kit = pki::loadCoordinatorKit(coordinatorKitDir());
        if (!kit)
            return kit.takeError();
        m_kit = *kit;
        net::CoordinatorOptions options = coordinatorOptions;
        options.log = [this, own = coordinatorOptions.log](const QString& line) {
            {
                std::lock_guard lock(m_logMutex);
                m_coordinatorLog << line;
            }
            if (own)
                own(line);
        };
        auto coordinator = net::Coordinator::start(*kit, options);
        if (!coordinator)
            return coordinator.takeError();
        m_coordinator = *coordinator;
        auto setup = net::remoteSetup(*kit, m_coordinator);
        if (!setup)
            return setup.takeError();
        m_setup = std::move(*setup);
        m_address = QStringLiteral("127.0.0.1:%1").arg(m_coordinator->port());
        return {};
    }

    net::Coordinator& coordinator() { return *m_coordinator; }
    const pki::CoordinatorKit& coordinatorKit() const { return m_kit; }
    //! host:port where the coordinator listens, as nodes are told it.
    QString address() const { return m_address; }
    QStringList coordinatorLog() const {
        std::lock_guard lock(m_logMutex);
        return m_coordinatorLog;
    }

    // --- the federation -----------------------------------------------------------------------

    //! The networked Federation for the provisioned spec, recording into runPath().
    Status createFederation(FederationObserver* observer = nullptr) {
        auto spec = loadSpecFile(m_specPath);
        if (!spec)
            return spec.takeError();
        auto federation = Federation::create(*spec, m_runPath, &m_setup, observer);
        if (!federation)
            return federation.takeError();
        m_federation = std::move(*federation);
        return {};
    }

    QString runPath() const { return m_runPath; }

    //! Starts the federation on a thread of its own; waitForRun() collects its summary.
    void startRun() {
        m_done = false;
        m_runner = std::thread([this] {
            m_summary = m_federation->run(m_stop);
            m_done = true;
        });
    }
    //! Waits for the run startRun() began. With `poll`, this thread runs its event loop
    //! meanwhile (QProcess- and NodeLauncher-based nodes need it) and asks `poll` every 50 ms
    //! whether to go on: false stops the federation.
    Result<RunSummary> waitForRun(const std::function<bool()>& poll = {}) {
        if (poll && m_runner.joinable()) {
            while (!m_done) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                if (!m_done && !poll())
                    m_stop = true;
            }
        }
        if (m_runner.joinable())
            m_runner.join();
        return m_summary;
    }
    //! startRun() and waitForRun() in one.
    Result<RunSummary> run(const std::function<bool()>& poll = {}) {
        startRun();
        return waitForRun(poll);
    }

    //! Ends the networked part: the coordinator stops serving, the federation closes its run
    //! file (which can then be opened). Nodes still running are left to the destructor.
    void finish() {
        if (m_coordinator)
            m_coordinator->shutdown();
        m_federation.reset();
    }

    // --- nodes
    // ------------------------------------------------------------------------------------

    //! startCoordinator(), createFederation(), then fednode for nodes 0 .. count - 1, all joined.
    Status startWithNodes(int count) {
        if (Status s = startCoordinator(); !s)
            return s;
        if (Status s = createFederation(); !s)
            return s;
        if (Status s = startNodes(count); !s)
            return s;
        return waitForNodes(count);
    }

    //! fednode for node `node`: its kit folder and this coordinator's address, then `extraArgs`.
    Status startNode(int node, const QStringList& extraArgs = {}) {
        if (!kFednodePath)
            return fail(QStringLiteral("the test target does not define FEDNODE_PATH"));
        return startProgram(node, QString::fromLocal8Bit(kFednodePath),
                            QStringList{QStringLiteral("--kit"), nodeKit(node),
                                        QStringLiteral("--coordinator"), m_address} +
                                extraArgs);
    }
    //! fednode for nodes 0 .. count - 1.
    Status startNodes(int count) {
        for (int i = 0; i < count; ++i)
            if (Status s = startNode(i); !s)
                return s;
        return {};
    }
    //! Any node program as node `node` (the Python node, a fednode with its own arguments).
    //! Output goes to nodeLogPath(node): nothing reads pipes while a federation runs, and a full
    //! pipe would block the node.
    Status startProgram(int node, const QString& program, const QStringList& args) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setStandardOutputFile(nodeLogPath(node));
        p->start(program, args);
        if (!p->waitForStarted())
            return fail(QStringLiteral("node %1 (%2) did not start: %3")
                            .arg(node)
                            .arg(program, p->errorString()));
        m_pids[node] = p->processId();
        m_nodes[node] = std::move(p);
        return {};
    }

    QProcess& process(int node) { return *m_nodes.at(node); }
    //! Waits for nodes 0 .. count - 1 to end (one still running after `timeoutMs` is killed):
    //! only then is all of a node's output in its log. Then finish().
    void finishNodes(int count, int timeoutMs = 15000) {
        for (int i = 0; i < count; ++i)
            if (!process(i).waitForFinished(timeoutMs))
                process(i).kill();
        finish();
    }
    QString nodeLogPath(int node) const { return path(QStringLiteral("node-%1.log").arg(node)); }
    QByteArray nodeLog(int node) const { return readFile(nodeLogPath(node)); }
    //! What nodes 0 .. count - 1 wrote, without the coordinator's log.
    QString nodeLogs(int count) const {
        QByteArray out;
        for (int i = 0; i < count; ++i)
            out += nodeLog(i);
        return QString::fromUtf8(out);
    }
    //! Every node's log and the coordinator's, for failure messages.
    QString logs() const {
        QString out;
        for (const auto& entry : m_nodes)
            out += QStringLiteral("--- node %1:\n").arg(entry.first) +
                   QString::fromUtf8(nodeLog(entry.first));
        std::lock_guard lock(m_respawnMutex);
        for (const auto& entry : m_respawned)
            out += QStringLiteral("--- node %1 (started again):\n").arg(entry.first) +
                   QString::fromUtf8(readFile(respawnLogPath(entry.first)));
        return out + QStringLiteral("--- coordinator:\n") + coordinatorLog().join(u'\n');
    }

    //! Waits until `count` nodes have joined; the error carries every log.
    Status waitForNodes(int count, std::chrono::seconds timeout = std::chrono::seconds(120)) const {
        if (m_coordinator->waitForNodes(count, timeout))
            return {};
        return fail(QStringLiteral("%1 of %2 nodes joined within %3 s\n")
                        .arg(m_coordinator->joinedNodes())
                        .arg(count)
                        .arg(timeout.count()) +
                    logs());
    }

    //! SIGKILL to node `node`: no Leave, no goodbye. Safe from any thread (an observer's).
    void killNode(int node) const { ::kill(static_cast<pid_t>(m_pids.at(node)), SIGKILL); }

    //! fednode for node `node` again (same kit), from any thread: an observer on the
    //! federation's thread cannot use QProcess, so this forks. Its output goes to
    //! respawnLogPath(node); respawnedExitCode() waits for it.
    void respawnNode(int node) {
        if (!kFednodePath)
            return; // respawnedExitCode() says that nothing was started
        // Everything the child needs is prepared before fork(): after it, only exec.
        const QByteArray program(kFednodePath);
        const QByteArray kit = nodeKit(node).toLocal8Bit();
        const QByteArray address = m_address.toLocal8Bit();
        const QByteArray log = respawnLogPath(node).toLocal8Bit();
        const pid_t pid = ::fork();
        if (pid == 0) {
            const int fd = ::open(log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            ::dup2(fd, STDOUT_FILENO);
            ::dup2(fd, STDERR_FILENO);
            ::execl(program.constData(), "fednode", "--kit", kit.constData(), "--coordinator",
                    address.constData(), nullptr);
            ::_exit(127);
        }
        std::lock_guard lock(m_respawnMutex);
        m_respawned[node] = pid;
    }
    QString respawnLogPath(int node) const {
        return path(QStringLiteral("node-%1-again.log").arg(node));
    }
    //! Waits for the process respawnNode(node) started: its exit code, or an error naming how
    //! it ended otherwise.
    Result<int> respawnedExitCode(int node) {
        pid_t pid = 0;
        {
            std::lock_guard lock(m_respawnMutex);
            auto it = m_respawned.find(node);
            if (it == m_respawned.end())
                return fail(QStringLiteral("node %1 was not started again").arg(node));
            pid = it->second;
            m_respawned.erase(it);
        }
        int status = 0;
        if (::waitpid(pid, &status, 0) != pid)
            return fail(QStringLiteral("waitpid failed for node %1").arg(node));
        if (!WIFEXITED(status))
            return fail(QStringLiteral("node %1 (started again) did not exit normally").arg(node));
        return WEXITSTATUS(status);
    }

    //! Polls `condition` (every 10 ms, the event loop running) until it holds or `timeout` ends.
    static bool waitUntil(const std::function<bool()>& condition,
                          std::chrono::milliseconds timeout) {
        QElapsedTimer timer;
        timer.start();
        while (!condition()) {
            if (timer.elapsed() >= timeout.count())
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QThread::msleep(10);
        }
        return true;
    }

private:
    //! What a test left running: the federation is stopped first (so its thread can be
    //! joined), then the nodes are killed and reaped.
    void stop() {
        m_stop = true;
        if (m_coordinator)
            m_coordinator->shutdown();
        if (m_runner.joinable())
            m_runner.join();
        m_federation.reset();
        m_setup = RemoteSetup();
        m_coordinator.reset();
        for (auto& entry : m_nodes) {
            QProcess& p = *entry.second;
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                p.waitForFinished(5000);
            }
        }
        std::lock_guard lock(m_respawnMutex);
        for (const auto& entry : m_respawned) {
            ::kill(entry.second, SIGKILL);
            int status = 0;
            ::waitpid(entry.second, &status, 0);
        }
        m_respawned.clear();
    }

    // Declared in the order they may be needed while others are torn down: the folder the
    // nodes write into outlives them, and the coordinator's log outlives the coordinator.
    QTemporaryDir m_dir;
    QString m_specPath, m_runPath, m_address;
    mutable std::mutex m_logMutex;
    QStringList m_coordinatorLog;
    pki::CoordinatorKit m_kit;
    std::shared_ptr<net::Coordinator> m_coordinator;
    RemoteSetup m_setup;
    std::unique_ptr<Federation> m_federation;
    std::thread m_runner;
    std::atomic<bool> m_stop{false}, m_done{false};
    Result<RunSummary> m_summary = fail(QStringLiteral("not run"));
    std::map<int, std::unique_ptr<QProcess>> m_nodes;
    std::map<int, qint64> m_pids; //!< filled before a run starts; read from any thread
    mutable std::mutex m_respawnMutex;
    std::map<int, pid_t> m_respawned;
};

} // namespace fed::test
