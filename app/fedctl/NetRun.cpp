// fedctl run for a networked federation (spec launch.mode local or ssh; docs/protocol.md):
// the coordinator serves the node protocol with the provisioned coordinator kit, starts the
// nodes, and drives the same Federation as an in-process run.
#include "app/fedctl/Commands.h"
#include "engine/federation/Federation.h"
#include "engine/federation/RemoteClients.h"
#include "engine/launch/NodeLauncher.h"
#include "engine/net/Coordinator.h"
#include "engine/pki/Provisioning.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <cstdio>
#include <memory>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace fedctl {
namespace {

std::mutex g_logMutex;

//! One line to stderr. gRPC's threads, the launchers (main thread) and the rounds (worker
//! thread) all log, so lines go out whole through stdio rather than a shared QTextStream.
void writeLine(const QString& line) {
    const QByteArray bytes = (line + u'\n').toUtf8();
    std::lock_guard lock(g_logMutex);
    err().flush();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void coordinatorLog(const QString& line) {
    writeLine(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u" coordinator: "_s +
              line);
}

//! fednode next to fedctl (the build tree and the install both put them side by side), unless
//! FEDSTUDIO_FEDNODE names another.
QString fednodeProgram() {
    const QString env = qEnvironmentVariable("FEDSTUDIO_FEDNODE");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"fednode"_s);
}

//! The nodes' processes, through engine/launch's NodeLauncher: local fednodes, or fednodes on
//! SSH hosts (the kit is copied first). Their log lines come back here and go to stderr.
class Nodes {
public:
    ~Nodes() { stop(); }

    fed::Status start(const fed::FederationSpec& spec, const QString& kitDir, int nodes) {
        const bool ssh = spec.launch.mode == fed::LaunchMode::Ssh;
        const QString local = fednodeProgram();
        if (!ssh && !QFileInfo(local).isExecutable())
            return fed::fail(
                u"%1 is not there or not executable (set FEDSTUDIO_FEDNODE)"_s.arg(local));
        const QString base =
            spec.baseDirectory.isEmpty() ? QDir::currentPath() : spec.baseDirectory;
        for (int i = 0; i < nodes; ++i) {
            const QString name = QString::fromStdString(fed::pki::nodeName(i));
            fed::launch::LaunchTarget t;
            t.kitDir = QDir(kitDir).filePath(u"nodes/"_s + name).toStdString();
            if (ssh) {
                const auto& host =
                    spec.launch.hosts[static_cast<std::size_t>(i) % spec.launch.hosts.size()];
                t.kind = fed::launch::LaunchTarget::Kind::Ssh;
                t.host = host.host.toStdString();
                t.sshPort = host.port;
                t.identityFile = host.identityFile.toStdString();
                t.fednodePath = host.fednode.toStdString();
                for (const QString& o : host.sshOptions)
                    t.sshOptions.push_back(o.toStdString());
            } else {
                t.fednodePath = local.toStdString();
            }
            if (i < spec.launch.dataPaths.size() && !spec.launch.dataPaths[i].isEmpty())
                // A path on the node's machine: resolved here only for local nodes.
                t.dataPath = (ssh ? spec.launch.dataPaths[i]
                                  : QDir(base).absoluteFilePath(spec.launch.dataPaths[i]))
                                 .toStdString();
            auto launcher = std::make_unique<fed::launch::NodeLauncher>(t);
            QObject::connect(launcher.get(), &fed::launch::NodeLauncher::logLine,
                             [](const QString& line) { writeLine(line); });
            QObject::connect(
                launcher.get(), &fed::launch::NodeLauncher::stateChanged,
                [l = launcher.get(), name](fed::launch::NodeLauncher::State s) {
                    if (s == fed::launch::NodeLauncher::State::Failed)
                        coordinatorLog(u"%1 could not be launched: %2"_s.arg(name, l->lastError()));
                });
            QObject::connect(launcher.get(), &fed::launch::NodeLauncher::exited, [name](int code) {
                if (code != 0)
                    coordinatorLog(u"%1 exited with code %2"_s.arg(name).arg(code));
            });
            launcher->start();
            m_launchers.push_back(std::move(launcher));
        }
        return {};
    }

    bool allDone() const {
        for (const auto& l : m_launchers)
            if (l->state() != fed::launch::NodeLauncher::State::Exited &&
                l->state() != fed::launch::NodeLauncher::State::Failed &&
                l->state() != fed::launch::NodeLauncher::State::Idle)
                return false;
        return true;
    }

    //! Gives nodes that were told the federation is over a moment to leave, then stops the
    //! rest (SIGTERM, then SIGKILL).
    void stop() {
        waitUntilDone(5000);
        for (auto& l : m_launchers)
            if (!allDoneOne(*l))
                l->stop(3000);
        waitUntilDone(5000);
        m_launchers.clear();
    }

private:
    static bool allDoneOne(const fed::launch::NodeLauncher& l) {
        return l.state() == fed::launch::NodeLauncher::State::Exited ||
               l.state() == fed::launch::NodeLauncher::State::Failed ||
               l.state() == fed::launch::NodeLauncher::State::Idle;
    }
    void waitUntilDone(int ms) {
        QElapsedTimer timer;
        timer.start();
        while (!allDone() && timer.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }

    std::vector<std::unique_ptr<fed::launch::NodeLauncher>> m_launchers;
};

} // namespace

int runNetworked(const fed::FederationSpec& spec, const QString& runPath, bool json,
                 fed::FederationObserver* observer, bool resume, const QString& kitOverride) {
    const char* const command = resume ? "fedctl resume: " : "fedctl run: ";
    const QString base = spec.baseDirectory.isEmpty() ? QDir::currentPath() : spec.baseDirectory;
    const QString kitDir = kitOverride.isEmpty() ? QDir(base).absoluteFilePath(spec.launch.kitDir)
                                                 : QDir::current().absoluteFilePath(kitOverride);
    auto kit = fed::pki::loadCoordinatorKit(QDir(kitDir).filePath(u"coordinator"_s).toStdString());
    if (!kit) {
        err() << command << (kitOverride.isEmpty() ? "launch.kit_dir: " : "--kit: ") << kit.error()
              << '\n';
        return Usage;
    }
    if (static_cast<int>(kit->nodes.size()) != spec.clients) {
        err() << command << "the kits in " << kitDir << " are for " << kit->nodes.size()
              << " nodes, the spec makes " << spec.clients << " clients\n";
        return Usage;
    }
    fed::net::CoordinatorOptions options;
    options.listenAddress =
        spec.launch.listen.isEmpty() ? kit->listenAddress : spec.launch.listen.toStdString();
    options.roundDeadline = std::chrono::milliseconds(
        static_cast<std::int64_t>(spec.launch.roundDeadlineSeconds * 1000.0));
    options.quorum = spec.launch.quorum;
    options.log = coordinatorLog;
    auto coordinator = fed::net::Coordinator::start(*kit, options);
    if (!coordinator) {
        err() << command << coordinator.error() << '\n';
        return Failed;
    }
    auto setup = fed::net::remoteSetup(*kit, *coordinator);
    if (!setup) {
        err() << command << setup.error() << '\n';
        return Usage;
    }
    // Resuming checks the kit against the run's genesis block and continues after the last
    // committed round; the nodes rejoin like nodes that lost their connection.
    auto federation = resume ? fed::Federation::resume(runPath, &*setup, observer)
                             : fed::Federation::create(spec, runPath, &*setup, observer);
    if (!federation) {
        err() << command << federation.error() << '\n';
        return Usage;
    }
    if (resume)
        coordinatorLog(u"resuming %1 at round %2"_s.arg(runPath).arg((*federation)->nextRound()));
    Nodes nodes;
    if (fed::Status s = nodes.start(spec, kitDir, spec.clients); !s) {
        err() << command << s.error() << '\n';
        return Failed;
    }
    // The launchers need this thread's event loop (their processes, their log lines); the
    // rounds run on a worker thread meanwhile.
    QEventLoop loop;
    int code = Failed;
    std::thread worker([&] {
        // The first round waits for every node to join (up to one round deadline); a node that
        // does not come is a dropout like any other.
        coordinatorLog(u"waiting for %1 nodes to join"_s.arg(spec.clients));
        if (!(*coordinator)->waitForNodes(spec.clients, options.roundDeadline))
            coordinatorLog(u"only %1 of %2 nodes joined; starting without the others"_s
                               .arg((*coordinator)->joinedNodes())
                               .arg(spec.clients));
        code = drive(**federation, json);
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
    nodes.stop();
    (*coordinator)->shutdown();
    const auto stats = (*coordinator)->stats();
    coordinatorLog(u"%1 joins, %2 updates, %3 late updates, %4 refused calls"_s.arg(stats.joins)
                       .arg(stats.updates)
                       .arg(stats.lateUpdates)
                       .arg(stats.refused));
    return code;
}

} // namespace fedctl
