#include "engine/net/NetworkedRun.h"

#include "engine/federation/RemoteClients.h"
#include "engine/net/Coordinator.h"
#include "engine/pki/Provisioning.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fed::net {

void LaunchFailures::record(int node, const QString& error) {
    std::lock_guard lock(m_mutex);
    m_failed[node] = error;
}

void LaunchFailures::forget(int node) {
    std::lock_guard lock(m_mutex);
    m_failed.erase(node);
}

std::map<int, QString> LaunchFailures::failed() const {
    std::lock_guard lock(m_mutex);
    return m_failed;
}

NetworkedFederation::NetworkedFederation() = default;
NetworkedFederation::NetworkedFederation(NetworkedFederation&&) noexcept = default;
NetworkedFederation& NetworkedFederation::operator=(NetworkedFederation&&) noexcept = default;
NetworkedFederation::~NetworkedFederation() = default;

void NetworkedFederation::waitForNodes(const std::function<void(const QString&)>& log,
                                       const std::atomic<bool>* cancel) const {
    const int count = static_cast<int>(nodes.size());
    // The coordinator's join window: until it ends, a round would wait for a node that has not
    // joined yet rather than drop it, so round 1 opens when all are in or the window is over.
    const auto until = coordinator->joinDeadline();
    const auto seconds = [](std::chrono::steady_clock::duration d) {
        return QString::number(std::max(0.0, std::chrono::duration<double>(d).count()), 'f', 0);
    };
    const auto started = std::chrono::steady_clock::now();
    if (log)
        log(u"waiting up to %1 s for %2 nodes to join"_s.arg(seconds(until - started)).arg(count));
    // The nodes that have not joined, when every one of them has failed (and will not come):
    // node index -> why; otherwise empty.
    const auto hopeless = [&] {
        std::map<int, QString> gone =
            launchFailures ? launchFailures->failed() : std::map<int, QString>{};
        if (gone.empty())
            return gone;
        const std::vector<int> in = coordinator->joinedNodeIndices();
        for (int i = 0; i < count; ++i)
            if (!std::binary_search(in.begin(), in.end(), i) && !gone.contains(i))
                return std::map<int, QString>{};
        // Named are the missing ones only (not one that is in and failed later).
        std::erase_if(
            gone, [&](const auto& f) { return std::binary_search(in.begin(), in.end(), f.first); });
        return gone;
    };
    // In slices, so that a stop (the GUI's Stop button) or failed launches do not wait out the
    // whole window.
    constexpr auto kSlice = std::chrono::milliseconds(200);
    bool joined = false;
    std::map<int, QString> failed;
    while (!joined && std::chrono::steady_clock::now() < until && !(cancel && *cancel)) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            until - std::chrono::steady_clock::now());
        joined = coordinator->waitForNodes(count, std::clamp(left, std::chrono::milliseconds(1),
                                                             std::chrono::milliseconds(kSlice)));
        if (!joined && !(failed = hopeless()).empty())
            break;
    }
    if (!failed.empty()) {
        // Nobody else is on the way: the rounds need not wait for these either.
        coordinator->endJoinWindow();
        if (!log)
            return;
        QStringList why;
        for (const auto& [node, error] : failed)
            why << u"%1: %2"_s.arg(nodes[static_cast<std::size_t>(node)].name, error);
        log(u"%1 of %2 nodes joined and the others failed; starting after %3 s instead of "
            "waiting out the join window (each round counts them as dropouts): %4"_s
                .arg(count - static_cast<int>(failed.size()))
                .arg(count)
                .arg(seconds(std::chrono::steady_clock::now() - started))
                .arg(why.join(u"; "_s)));
        return;
    }
    if (!log || (!joined && cancel && *cancel))
        return;
    if (joined) {
        log(u"all %1 nodes joined after %2 s"_s.arg(count).arg(
            seconds(std::chrono::steady_clock::now() - started)));
        return;
    }
    const std::vector<int> in = coordinator->joinedNodeIndices();
    QStringList missing;
    for (int i = 0; i < count; ++i)
        if (!std::binary_search(in.begin(), in.end(), i))
            missing << nodes[static_cast<std::size_t>(i)].name;
    log(u"only %1 of %2 nodes joined within %3 s; starting without %4 (each round counts a "
        "node that has not joined as a dropout; one that joins later takes part from then on)"_s
            .arg(in.size())
            .arg(count)
            .arg(seconds(until - started))
            .arg(missing.join(u", "_s)));
}

void NetworkedFederation::shutdown(const std::function<void(const QString&)>& log) {
    if (!coordinator)
        return;
    coordinator->shutdown();
    const auto stats = coordinator->stats();
    if (log)
        log(u"%1 joins, %2 updates, %3 late updates, %4 refused calls"_s.arg(stats.joins)
                .arg(stats.updates)
                .arg(stats.lateUpdates)
                .arg(stats.refused));
}

QString nodeCoordinatorAddress(const QString& kitDir, int port) {
    QFile file(QDir(kitDir).filePath(u"coordinator/federation.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString address =
        QJsonDocument::fromJson(file.readAll()).object().value(u"coordinator_address"_s).toString();
    const qsizetype colon = address.lastIndexOf(u':');
    if (colon <= 0 || port <= 0 || address.mid(colon + 1).toInt() == port)
        return {};
    return address.left(colon + 1) + QString::number(port);
}

QString kitDirectory(const FederationSpec& spec) {
    const QString base = spec.baseDirectory.isEmpty() ? QDir::currentPath() : spec.baseDirectory;
    return QDir(base).absoluteFilePath(spec.launch.kitDir);
}

Result<std::vector<NodePlan>> planNodes(const FederationSpec& spec, const QString& localFednode,
                                        const QString& kitFolder) {
    const bool ssh = spec.launch.mode == LaunchMode::Ssh;
    if (ssh && spec.launch.hosts.empty())
        return fail(u"launch.hosts: ssh mode needs at least one host"_s);
    if (!ssh && !QFileInfo(localFednode).isExecutable())
        return fail(
            u"%1 is not there or not executable (set FEDSTUDIO_FEDNODE)"_s.arg(localFednode));
    const QString base = spec.baseDirectory.isEmpty() ? QDir::currentPath() : spec.baseDirectory;
    const QString kitDir = kitFolder.isEmpty() ? kitDirectory(spec) : kitFolder;
    std::vector<NodePlan> plans;
    for (int i = 0; i < spec.clients; ++i) {
        NodePlan plan;
        plan.name = QString::fromStdString(pki::nodeName(i));
        launch::LaunchTarget& t = plan.target;
        t.kitDir = QDir(kitDir).filePath(u"nodes/"_s + plan.name).toStdString();
        if (ssh) {
            const auto& host =
                spec.launch.hosts[static_cast<std::size_t>(i) % spec.launch.hosts.size()];
            t.kind = launch::LaunchTarget::Kind::Ssh;
            t.host = host.host.toStdString();
            t.sshPort = host.port;
            t.identityFile = host.identityFile.toStdString();
            t.fednodePath = host.fednode.toStdString();
            for (const QString& o : host.sshOptions)
                t.sshOptions.push_back(o.toStdString());
            plan.where = host.host;
        } else {
            t.fednodePath = localFednode.toStdString();
            plan.where = u"local"_s;
        }
        if (i < spec.launch.dataPaths.size() && !spec.launch.dataPaths[i].isEmpty()) {
            if (spec.data.dataset == DatasetKind::Synthetic)
                return fail(u"launch.data_paths[%1]: %2 would train on synthetic data, which has "
                            "no files to read; leave its path empty"_s.arg(i)
                                .arg(plan.name));
            // A path on the node's machine: resolved and checked here only for local nodes.
            const QString path = ssh ? spec.launch.dataPaths[i]
                                     : QDir(base).absoluteFilePath(spec.launch.dataPaths[i]);
            if (!ssh && !QFileInfo::exists(path))
                return fail(
                    u"launch.data_paths[%1]: the data of %2, %3, does not exist"_s.arg(i).arg(
                        plan.name, QDir::toNativeSeparators(path)));
            t.dataPath = path.toStdString();
        }
        plans.push_back(std::move(plan));
    }
    return plans;
}

Result<NetworkedFederation>
createNetworked(const FederationSpec& spec, const QString& runPath, FederationObserver* observer,
                const QString& localFednode, std::function<void(const QString&)> log,
                const NetworkedStart& start, std::function<void(const NodeEvent&)> nodeEvent) {
    const QString kitDir = start.kitDir.isEmpty() ? kitDirectory(spec)
                                                  : QDir::current().absoluteFilePath(start.kitDir);
    const QString kitKey =
        start.kitDir.isEmpty() ? u"launch.kit_dir: "_s : start.kitDirName + u": "_s;
    auto kit = pki::loadCoordinatorKit(QDir(kitDir).filePath(u"coordinator"_s).toStdString());
    if (!kit)
        return fail(kitKey + kit.error());
    if (static_cast<int>(kit->nodes.size()) != spec.clients)
        return fail(u"%1the kits in %2 are for %3 nodes, the spec makes %4 clients"_s.arg(kitKey)
                        .arg(kitDir)
                        .arg(kit->nodes.size())
                        .arg(spec.clients));
    auto plans = planNodes(spec, localFednode, kitDir);
    if (!plans)
        return fail(plans.error());
    CoordinatorOptions options;
    options.listenAddress =
        spec.launch.listen.isEmpty() ? kit->listenAddress : spec.launch.listen.toStdString();
    options.roundDeadline = std::chrono::milliseconds(
        static_cast<std::int64_t>(spec.launch.roundDeadlineSeconds * 1000.0));
    options.quorum = spec.launch.quorum;
    // 0 (launch.join_timeout_seconds absent): the coordinator's default, the round deadline.
    options.joinTimeout = std::chrono::milliseconds(
        static_cast<std::int64_t>(spec.launch.joinTimeoutSeconds * 1000.0));
    options.log = std::move(log);
    options.nodeEvent = std::move(nodeEvent);
    auto coordinator = Coordinator::start(*kit, options);
    if (!coordinator)
        return fail(coordinator.error());
    // Nodes dial the kits' coordinator address (the name the coordinator's certificate covers);
    // when the coordinator listens on another port (launch.listen, port 0) they are told it.
    if (const QString address = nodeCoordinatorAddress(kitDir, (*coordinator)->port());
        !address.isEmpty())
        for (NodePlan& plan : *plans)
            plan.target.coordinatorAddress = address.toStdString();
    auto setup = remoteSetup(*kit, *coordinator);
    if (!setup) {
        (*coordinator)->shutdown();
        return fail(setup.error());
    }
    // Resuming continues after the last committed round; the nodes rejoin like nodes that lost
    // their connection.
    auto federation = start.resume ? Federation::resume(runPath, &*setup, observer)
                                   : Federation::create(spec, runPath, &*setup, observer);
    if (!federation) {
        (*coordinator)->shutdown();
        return fail(federation.error());
    }
    NetworkedFederation run;
    run.coordinator = std::move(*coordinator);
    run.federation = std::move(*federation);
    run.roundDeadline = options.roundDeadline;
    run.nodes = std::move(*plans);
    return run;
}

bool isStopExit(int code) {
    // fednode's own exit on SIGTERM/SIGINT (130), a process ended by SIGTERM or SIGKILL as the
    // shell reports it (128 + signal), or a local process killed (-1: no exit code).
    return code == 130 || code == 128 + 15 || code == 128 + 9 || code == -1;
}

NodeGroup::NodeGroup(QObject* parent)
    : QObject(parent) {}

NodeGroup::~NodeGroup() {
    // Whatever still runs is told to stop; the launchers' destructors end their processes.
    for (auto& l : m_launchers)
        l->disconnect(this);
}

void NodeGroup::start(const std::vector<NodePlan>& plans,
                      std::shared_ptr<LaunchFailures> failures) {
    m_failures = std::move(failures);
    for (const NodePlan& plan : plans) {
        const int index = static_cast<int>(m_launchers.size());
        auto launcher = std::make_unique<launch::NodeLauncher>(plan.target);
        auto* l = launcher.get();
        connect(l, &launch::NodeLauncher::logLine, this,
                [this, index](const QString& line) { Q_EMIT nodeLog(index, line); });
        connect(l, &launch::NodeLauncher::stateChanged, this,
                [this, index, l, name = plan.name](launch::NodeLauncher::State s) {
                    Q_EMIT nodeState(index, s);
                    if (m_failures && s == launch::NodeLauncher::State::Failed)
                        m_failures->record(index, u"could not be launched: "_s + l->lastError());
                    else if (m_failures && (s == launch::NodeLauncher::State::Copying ||
                                            s == launch::NodeLauncher::State::Starting))
                        m_failures->forget(index);
                    if (s == launch::NodeLauncher::State::Failed)
                        Q_EMIT nodeProblem(
                            index, u"%1 could not be launched: %2"_s.arg(name, l->lastError()));
                    if ((s == launch::NodeLauncher::State::Exited ||
                         s == launch::NodeLauncher::State::Failed) &&
                        allDone())
                        Q_EMIT allFinished();
                });
        connect(l, &launch::NodeLauncher::exited, this,
                [this, index, l, name = plan.name](int code) {
                    if (code == 0 || (l->stopRequested() && isStopExit(code)))
                        return;
                    // A crash or an ssh failure is also a failed launch (recorded above).
                    if (m_failures && l->state() != launch::NodeLauncher::State::Failed)
                        m_failures->record(index, u"exited with code %1"_s.arg(code));
                    Q_EMIT nodeProblem(index, u"%1 exited with code %2"_s.arg(name).arg(code));
                });
        m_launchers.push_back(std::move(launcher));
    }
    // Started after all are connected, so a launcher that fails at once is reported in order.
    for (auto& l : m_launchers)
        if (l->state() == launch::NodeLauncher::State::Idle)
            l->start();
}

bool NodeGroup::allDone() const {
    for (const auto& l : m_launchers) {
        const auto s = l->state();
        if (s != launch::NodeLauncher::State::Exited && s != launch::NodeLauncher::State::Failed &&
            s != launch::NodeLauncher::State::Idle)
            return false;
    }
    return true;
}

void NodeGroup::stop(int graceMs) {
    for (auto& l : m_launchers) {
        const auto s = l->state();
        if (s != launch::NodeLauncher::State::Exited && s != launch::NodeLauncher::State::Failed &&
            s != launch::NodeLauncher::State::Idle)
            l->stop(graceMs);
    }
}

} // namespace fed::net
