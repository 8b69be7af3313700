// fedctl run for a networked federation (spec launch.mode local or ssh; docs/protocol.md):
// the coordinator serves the node protocol with the provisioned coordinator kit, starts the
// nodes, and drives the same Federation as an in-process run.
#include "app/fedctl/Commands.h"
#include "engine/federation/Federation.h"
#include "engine/net/NetworkedRun.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <cstdio>
#include <functional>
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

void waitUntil(const std::function<bool()>& done, int ms) {
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

int runNetworked(const fed::FederationSpec& spec, const QString& runPath, bool json,
                 fed::FederationObserver* observer, bool resume, const QString& kitOverride) {
    auto run = fed::net::createNetworked(spec, runPath, observer, fednodeProgram(), coordinatorLog,
                                         {resume, kitOverride});
    if (!run) {
        err() << (resume ? "fedctl resume: " : "fedctl run: ") << run.error() << '\n';
        return Usage;
    }
    if (resume)
        coordinatorLog(u"resuming %1 at round %2"_s.arg(runPath).arg(run->federation->nextRound()));
    fed::net::NodeGroup nodes;
    QObject::connect(&nodes, &fed::net::NodeGroup::nodeLog,
                     [](int, const QString& line) { writeLine(line); });
    QObject::connect(&nodes, &fed::net::NodeGroup::nodeProblem,
                     [](int, const QString& message) { coordinatorLog(message); });
    nodes.start(run->nodes, run->launchFailures);
    // The launchers need this thread's event loop (their processes, their log lines); the
    // rounds run on a worker thread meanwhile.
    QEventLoop loop;
    int code = Failed;
    std::thread worker([&] {
        // The first round waits for every node to join (up to the join window, or until all
        // that have not joined failed).
        run->waitForNodes(coordinatorLog);
        code = drive(*run->federation, json);
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
    // Nodes told the federation is over get a moment to leave; the rest are stopped.
    waitUntil([&] { return nodes.allDone(); }, 5000);
    nodes.stop(3000);
    waitUntil([&] { return nodes.allDone(); }, 5000);
    run->shutdown(coordinatorLog);
    return code;
}

} // namespace fedctl
