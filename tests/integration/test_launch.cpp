// NodeLauncher (docs/nodes.md): local fednode processes, and remote ones over a real OpenSSH
// server that the test starts on loopback with throwaway host and client keys. A stand-in
// script plays fednode first (it reports what it was given and waits for SIGTERM); then the
// real fednode trains against a real coordinator, launched "remotely", its log arriving here.
#include "engine/launch/NodeLauncher.h"
#include "engine/pki/Provisioning.h"
#include "tests/support/Paths.h"
#include "tests/support/SshServer.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <csignal>

using namespace fed;
using namespace fed::launch;
using namespace fed::test;
using namespace Qt::StringLiterals;
namespace fs = std::filesystem;

namespace {

//! Collects a launcher's log and states.
struct Recorder {
    QStringList lines;
    QList<NodeLauncher::State> states;
    explicit Recorder(NodeLauncher& l) {
        QObject::connect(&l, &NodeLauncher::logLine, &l, [this](const QString& s) { lines << s; });
        QObject::connect(&l, &NodeLauncher::stateChanged, &l,
                         [this](NodeLauncher::State s) { states << s; });
    }
    bool has(const QString& fragment) const {
        return std::any_of(lines.begin(), lines.end(),
                           [&](const QString& l) { return l.contains(fragment); });
    }
    QString text() const { return lines.join(u'\n'); }
};

// Plays fednode: prints its arguments and the kit as it sees it, then ticks until SIGTERM.
const QByteArray kStandIn = R"SH(#!/bin/sh
echo "stand-in pid $$ args: $*"
kit="$2"
if [ -d "$kit" ]; then
  echo "kit files: $(ls "$kit" | tr '\n' ' ')"
  echo "node.key mode: $(stat -c %a "$kit/node.key")"
else
  echo "kit archive: $(basename "$kit") mode $(stat -c %a "$kit")"
fi
trap 'echo "stand-in got TERM"; exit 0' TERM
i=0
while true; do echo "tick $i"; i=$((i+1)); sleep 0.1; done
)SH";

// Plays fednode for the stop tests: writes its pid next to its --data path ("$4", a unique
// marker), notes a SIGTERM there, and exits on it - unless the marker ends in "-stubborn", then
// it ignores SIGTERM and only SIGKILL ends it. Like fednode (gRPC ignores SIGPIPE) it does not
// die of a closed output, and it prints nothing, so only the launcher's stop can end it.
// The traps are set before the pid file appears: the test stops the node as soon as it sees the
// file, and a SIGTERM before the trap would end a "stubborn" node at once (exit 143).
const QByteArray kMarkedStandIn = R"SH(#!/bin/sh
trap '' PIPE
marker="$4"
case "$marker" in
  *-stubborn) trap 'echo TERM >> "$marker.log"' TERM ;;
  *) trap 'echo TERM >> "$marker.log"; exit 0' TERM ;;
esac
echo $$ > "$marker.tmp" && mv "$marker.tmp" "$marker.pid"
while true; do sleep 0.1; done
)SH";

//! Pids of the processes whose command line contains `marker` (this machine is the "remote").
QStringList processesWith(const QString& marker) {
    QStringList pids;
    const QByteArray needle = marker.toUtf8();
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        bool numeric = false;
        it.fileName().toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(it.filePath() + u"/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            pids << it.fileName();
    }
    return pids;
}

} // namespace

class TestLaunch : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_standIn;
    fs::path m_kits;
    std::string m_federationId;
    SshServer m_ssh;
    QString m_sshError;

    LaunchTarget sshTarget(const fs::path& kit) const {
        LaunchTarget t = m_ssh.target(kit);
        t.fednodePath = m_standIn.toStdString();
        return t;
    }
    QString sshdLogTail() const { return m_ssh.logTail(); }
    fs::path remoteKitRoot() const { return SshServer::remoteKitRoot(m_federationId); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        m_standIn = m_tmp.filePath(u"fednode-stand-in"_s);
        QVERIFY(
            writeFile(m_standIn, kStandIn, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        m_kits = fs::path(m_tmp.filePath(u"fed"_s).toStdString());
        pki::ProvisionOptions o;
        o.outDir = m_kits;
        o.nodes = 2;
        const Status s = pki::provision(kQuickPreset.toStdString(), o);
        QVERIFY2(s.ok(), qPrintable(s.error()));
        auto kit = pki::loadNodeKit(m_kits / "nodes" / "node-000");
        QVERIFY(kit.ok());
        m_federationId = kit->federationId;
        if (QFile::exists(kSshd))
            m_sshError = m_ssh.start();
    }

    void cleanupTestCase() {
        std::error_code ec;
        fs::remove_all(remoteKitRoot(), ec); // the kits the ssh tests copied into ~/.fedstudio
    }

    void localStandInStreamsLogAndStops() {
        LaunchTarget t;
        t.fednodePath = m_standIn.toStdString();
        t.kitDir = m_kits / "nodes" / "node-000";
        t.dataPath = "/data/here";
        NodeLauncher launcher(t);
        Recorder rec(launcher);
        QSignalSpy exited(&launcher, &NodeLauncher::exited);
        launcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(rec.has(u"tick 3"_s), 10000);
        QCOMPARE(launcher.state(), NodeLauncher::State::Running);
        QVERIFY2(rec.has(u"--kit "_s + QString::fromStdString(t.kitDir.string()) +
                         u" --data /data/here"_s),
                 qPrintable(rec.text()));
        QVERIFY2(rec.has(u"node.key mode: 600"_s), qPrintable(rec.text()));
        launcher.stop();
        QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 10000);
        QCOMPARE(exited.first().first().toInt(), 0);
        QVERIFY(rec.has(u"stand-in got TERM"_s));
        QCOMPARE(launcher.state(), NodeLauncher::State::Exited);
        QCOMPARE(rec.states.first(), NodeLauncher::State::Starting);
    }

    void localFailuresAreReported() {
        LaunchTarget t;
        t.fednodePath = "/nonexistent/fednode";
        t.kitDir = m_kits / "nodes" / "node-000";
        NodeLauncher missing(t);
        missing.start();
        QTRY_COMPARE_WITH_TIMEOUT(missing.state(), NodeLauncher::State::Failed, 10000);
        QVERIFY2(missing.lastError().contains(u"/nonexistent/fednode"_s),
                 qPrintable(missing.lastError()));

        // A host ssh would read as an option is refused before anything runs.
        LaunchTarget dash = t;
        dash.kind = LaunchTarget::Kind::Ssh;
        dash.fednodePath = m_standIn.toStdString();
        dash.kitDir = m_kits / "nodes" / "node-000";
        dash.host = "-oProxyCommand=touch " + m_tmp.filePath(u"injected"_s).toStdString();
        NodeLauncher dashHost(dash);
        dashHost.start();
        QCOMPARE(dashHost.state(), NodeLauncher::State::Failed);
        QVERIFY2(dashHost.lastError().contains(u"starts with '-'"_s),
                 qPrintable(dashHost.lastError()));
        QVERIFY(!QFile::exists(m_tmp.filePath(u"injected"_s)));

        t.fednodePath = m_standIn.toStdString();
        t.kitDir = m_kits / "nodes" / "node-007";
        NodeLauncher badKit(t);
        badKit.start();
        QCOMPARE(badKit.state(), NodeLauncher::State::Failed);
        QVERIFY2(badKit.lastError().contains(u"node-007"_s), qPrintable(badKit.lastError()));
    }

    // A node that prints a very long line (or no newline at all) is passed on in pieces of
    // 64 KiB rather than buffered without bound.
    void longLinesArriveInPieces() {
        const QString script = m_tmp.filePath(u"fednode-long-line"_s);
        QVERIFY(writeFile(script,
                          "#!/bin/sh\nhead -c 150000 /dev/zero | tr '\\0' x; echo; echo end\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        LaunchTarget t;
        t.fednodePath = script.toStdString();
        t.kitDir = m_kits / "nodes" / "node-000";
        NodeLauncher launcher(t);
        Recorder rec(launcher);
        QSignalSpy exited(&launcher, &NodeLauncher::exited);
        launcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 10000);
        QCOMPARE(rec.lines.size(), 4);
        QCOMPARE(rec.lines[0], QString(65536, u'x'));
        QCOMPARE(rec.lines[1], QString(65536, u'x'));
        QCOMPARE(rec.lines[2], QString(150000 - 2 * 65536, u'x'));
        QCOMPARE(rec.lines[3], u"end"_s);
    }

    void shellQuoting() {
        QCOMPARE(shellQuote(u"a b"_s), u"'a b'"_s);
        QCOMPARE(shellQuote(u"it's"_s), u"'it'\\''s'"_s);
        QCOMPARE(scpDestination(u"gpu1"_s, u"k/n"_s), u"gpu1:k/n"_s);
        QCOMPARE(scpDestination(u"alice@gpu1"_s, u"k"_s), u"alice@gpu1:k"_s);
        QCOMPARE(scpDestination(u"::1"_s, u"k"_s), u"[::1]:k"_s);
        QCOMPARE(scpDestination(u"bob@fe80::2"_s, u"k"_s), u"bob@[fe80::2]:k"_s);
        QCOMPARE(scpDestination(u"bob@[fe80::2]"_s, u"k"_s), u"bob@[fe80::2]:k"_s);
    }

    void sshCopiesKitStartsRemotelyAndStops() {
        if (!QFile::exists(kSshd))
            QSKIP("OpenSSH server (/usr/sbin/sshd) is not installed: apt-get install "
                  "openssh-server");
        QVERIFY2(m_sshError.isEmpty(), qPrintable(m_sshError));
        for (const char* kitName : {"node-000", "node-001.tar.gz"}) {
            NodeLauncher launcher(sshTarget(m_kits / "nodes" / kitName));
            Recorder rec(launcher);
            QSignalSpy exited(&launcher, &NodeLauncher::exited);
            launcher.start();
            QTRY_VERIFY2_WITH_TIMEOUT(
                rec.has(u"tick 3"_s),
                qPrintable(u"state %1, error '%2', log:\n%3\nsshd:\n%4"_s.arg(int(launcher.state()))
                               .arg(launcher.lastError(), rec.text(), sshdLogTail())),
                20000);
            QCOMPARE(launcher.state(), NodeLauncher::State::Running);
            QCOMPARE(rec.states.mid(0, 3),
                     (QList<NodeLauncher::State>{NodeLauncher::State::Copying,
                                                 NodeLauncher::State::Starting,
                                                 NodeLauncher::State::Running}));
            const bool folder = std::string_view(kitName) == "node-000";
            if (folder) {
                QVERIFY2(rec.has(u"node.key mode: 600"_s), qPrintable(rec.text()));
                QVERIFY2(rec.has(u"kit files: ca.pem kit.json node.key node.pem signing.key "_s),
                         qPrintable(rec.text()));
                // The copy is a real, loadable kit in the remote user's home.
                auto copied = pki::loadNodeKit(remoteKitRoot() / "node-000");
                QVERIFY2(copied.ok(), qPrintable(copied.error()));
            } else {
                QVERIFY2(rec.has(u"kit archive: node-001.tar.gz mode 600"_s),
                         qPrintable(rec.text()));
            }
            // The remote process, found through its pid line.
            const QString first = rec.lines.first();
            QVERIFY2(first.startsWith(u"stand-in pid "_s), qPrintable(first));
            const QString pid = first.section(u' ', 2, 2);
            QVERIFY(QFile::exists(u"/proc/"_s + pid));
            launcher.stop();
            QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 15000);
            QVERIFY2(rec.has(u"stand-in got TERM"_s), qPrintable(rec.text()));
            QCOMPARE(exited.first().first().toInt(), 0);
            QCOMPARE(launcher.state(), NodeLauncher::State::Exited);
            QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(u"/proc/"_s + pid), 5000);
        }
    }

    // The launcher is stopped (or destroyed) while the remote stand-in already runs but before
    // its pid line has been read: the event loop is blocked until the stand-in has written its
    // pid file, so the launcher cannot know the pid. Killing the local ssh alone would leave
    // the stand-in running; the remote wrapper must end it, and no process carrying the
    // launch's marker (local ssh, remote wrapper, node) may survive.
    void sshStopBeforeThePidLineEndsTheRemoteNode_data() {
        QTest::addColumn<bool>("destroy");
        QTest::addColumn<bool>("stubborn");
        QTest::newRow("stop(), node leaves on SIGTERM") << false << false;
        QTest::newRow("stop(), node ignores SIGTERM") << false << true;
        QTest::newRow("launcher destroyed, node ignores SIGTERM") << true << true;
    }

    void sshStopBeforeThePidLineEndsTheRemoteNode() {
        if (!QFile::exists(kSshd))
            QSKIP("OpenSSH server (/usr/sbin/sshd) is not installed: apt-get install "
                  "openssh-server");
        QVERIFY2(m_sshError.isEmpty(), qPrintable(m_sshError));
        QFETCH(bool, destroy);
        QFETCH(bool, stubborn);
        const QString standIn = m_tmp.filePath(u"fednode-marked"_s);
        if (!QFile::exists(standIn))
            QVERIFY(writeFile(standIn, kMarkedStandIn,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QString marker =
            m_tmp.filePath(u"marker-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces) +
                           (stubborn ? u"-stubborn"_s : QString()));
        LaunchTarget t = sshTarget(m_kits / "nodes" / "node-000");
        t.fednodePath = standIn.toStdString();
        t.dataPath = marker.toStdString();
        auto launcher = std::make_unique<NodeLauncher>(t);
        Recorder rec(*launcher);
        QSignalSpy exited(launcher.get(), &NodeLauncher::exited);
        qint64 pidAtStop = -1;
        bool acted = false;
        QString nodePid;
        connect(launcher.get(), &NodeLauncher::stateChanged, this, [&](NodeLauncher::State s) {
            if (s != NodeLauncher::State::Starting)
                return;
            // Runs once startNode() has started ssh. A posted event, not a zero timer: the event
            // loop delivers posted events before socket notifiers, so ssh's output (the pid
            // line) cannot be read first, however late this thread gets the CPU back; and
            // nothing it prints is read until this returns.
            QMetaObject::invokeMethod(
                this,
                [&] {
                    QDeadlineTimer deadline(20000);
                    while (!QFile::exists(marker + u".pid"_s) && !deadline.hasExpired())
                        QThread::msleep(20);
                    QFile pidFile(marker + u".pid"_s);
                    if (pidFile.open(QIODevice::ReadOnly))
                        nodePid = QString::fromLatin1(pidFile.readAll().trimmed());
                    pidAtStop = launcher->remotePid();
                    if (destroy)
                        launcher.reset();
                    else
                        launcher->stop(1000);
                    acted = true;
                },
                Qt::QueuedConnection);
        });
        launcher->start();
        QTRY_VERIFY2_WITH_TIMEOUT(acted,
                                  qPrintable(u"state %1, error '%2', log:\n%3\nsshd:\n%4"_s
                                                 .arg(launcher ? int(launcher->state()) : -1)
                                                 .arg(launcher ? launcher->lastError() : QString(),
                                                      rec.text(), sshdLogTail())),
                                  30000);
        QVERIFY2(!nodePid.isEmpty(), "the remote stand-in never started");
        QVERIFY2(pidAtStop == 0, "the pid line had been read before the stop");
        QVERIFY2(QFile::exists(u"/proc/"_s + nodePid), "the stand-in ended before the stop");
        if (!destroy) {
            // A stubborn node takes the remote grace (1 s here) and SIGKILL.
            QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 15000);
            QCOMPARE(launcher->state(), NodeLauncher::State::Exited);
            QVERIFY2(exited.first().first().toInt() == (stubborn ? 128 + SIGKILL : 0),
                     qPrintable(u"exit code %1; log:\n%2"_s.arg(exited.first().first().toInt())
                                    .arg(rec.text())));
        }
        // Destroyed: the remote wrapper saw its input end, SIGTERM, then SIGKILL after 5 s.
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(u"/proc/"_s + nodePid), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(processesWith(marker), QStringList(), 5000);
        // It was asked to leave first (SIGTERM), not killed outright.
        QFile log(marker + u".log"_s);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().startsWith("TERM"));
    }

    // A stop while the kit is being copied is a stop, not a failure: the launcher ends in
    // Exited (exit code 0, no node ran) with no error, whichever copy step it interrupts.
    void sshStopWhileCopyingIsNotAFailure() {
        if (!QFile::exists(kSshd))
            QSKIP("OpenSSH server (/usr/sbin/sshd) is not installed");
        QVERIFY2(m_sshError.isEmpty(), qPrintable(m_sshError));
        NodeLauncher launcher(sshTarget(m_kits / "nodes" / "node-001"));
        Recorder rec(launcher);
        QSignalSpy exited(&launcher, &NodeLauncher::exited);
        bool stoppedWhileCopying = false;
        connect(&launcher, &NodeLauncher::stateChanged, this, [&](NodeLauncher::State s) {
            if (s == NodeLauncher::State::Copying)
                QMetaObject::invokeMethod(
                    this,
                    [&] {
                        stoppedWhileCopying = launcher.state() == NodeLauncher::State::Copying;
                        launcher.stop();
                    },
                    Qt::QueuedConnection);
        });
        launcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 20000);
        QVERIFY(stoppedWhileCopying);
        QCOMPARE(exited.first().first().toInt(), 0);
        QCOMPARE(launcher.state(), NodeLauncher::State::Exited);
        QVERIFY2(launcher.lastError().isEmpty(), qPrintable(launcher.lastError()));
        QVERIFY(!rec.states.contains(NodeLauncher::State::Failed));
        QVERIFY(!rec.states.contains(NodeLauncher::State::Running));
    }

    // Launching a kit again on a host where an earlier launch of it still runs stops that
    // node first (the same identity must not run twice), says so, and then runs the new one;
    // the pid file it is found by is gone once the new node has stopped.
    void sshRelaunchStopsTheEarlierNode() {
        if (!QFile::exists(kSshd))
            QSKIP("OpenSSH server (/usr/sbin/sshd) is not installed");
        QVERIFY2(m_sshError.isEmpty(), qPrintable(m_sshError));
        const fs::path pidFile = remoteKitRoot() / "node-000.pid";
        NodeLauncher first(sshTarget(m_kits / "nodes" / "node-000"));
        Recorder firstRec(first);
        QSignalSpy firstExited(&first, &NodeLauncher::exited);
        first.start();
        QTRY_VERIFY2_WITH_TIMEOUT(firstRec.has(u"tick 3"_s),
                                  qPrintable(first.lastError() + firstRec.text()), 20000);
        const QString firstPid = firstRec.lines.first().section(u' ', 2, 2);
        QVERIFY2(QFile::exists(u"/proc/"_s + firstPid), qPrintable(firstRec.lines.first()));
        QVERIFY(fs::exists(pidFile));

        // The archive kit of the same node: another file name, the same identity.
        NodeLauncher second(sshTarget(m_kits / "nodes" / "node-000.tar.gz"));
        Recorder secondRec(second);
        QSignalSpy secondExited(&second, &NodeLauncher::exited);
        second.start();
        QTRY_VERIFY2_WITH_TIMEOUT(secondRec.has(u"tick 3"_s),
                                  qPrintable(second.lastError() + secondRec.text()), 30000);
        QVERIFY2(secondRec.has(u"stopping node-000 (pid %1 on 127.0.0.1)"_s.arg(firstPid)),
                 qPrintable(secondRec.text()));
        // The earlier node was asked to leave (SIGTERM) and its launcher saw it end.
        QTRY_COMPARE_WITH_TIMEOUT(firstExited.size(), 1, 10000);
        QVERIFY2(firstRec.has(u"stand-in got TERM"_s), qPrintable(firstRec.text()));
        QVERIFY(!QFile::exists(u"/proc/"_s + firstPid));
        const QString secondPid =
            secondRec.lines.filter(u"stand-in pid "_s).value(0).section(u' ', 2, 2);
        QVERIFY(!secondPid.isEmpty() && secondPid != firstPid);
        QFile pid(QString::fromStdString(pidFile.string()));
        QVERIFY(pid.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(pid.readAll().trimmed()), secondPid);
        pid.close();

        second.stop();
        QTRY_COMPARE_WITH_TIMEOUT(secondExited.size(), 1, 15000);
        QCOMPARE(second.state(), NodeLauncher::State::Exited);
        QVERIFY(!fs::exists(pidFile));
    }

    void sshFailuresAreReported() {
        if (!QFile::exists(kSshd))
            QSKIP("OpenSSH server (/usr/sbin/sshd) is not installed");
        LaunchTarget t = sshTarget(m_kits / "nodes" / "node-000");
        t.sshPort = freeLoopbackPort(); // nobody listens there
        NodeLauncher refused(t);
        refused.start();
        QTRY_COMPARE_WITH_TIMEOUT(refused.state(), NodeLauncher::State::Failed, 20000);
        QVERIFY2(refused.lastError().contains(u"127.0.0.1"_s) &&
                     refused.lastError().contains(u"refused"_s, Qt::CaseInsensitive),
                 qPrintable(refused.lastError()));

        t = sshTarget(m_kits / "nodes" / "node-000");
        t.fednodePath = "/nonexistent/fednode";
        NodeLauncher noBinary(t);
        Recorder rec(noBinary);
        QSignalSpy exited(&noBinary, &NodeLauncher::exited);
        noBinary.start();
        QTRY_COMPARE_WITH_TIMEOUT(exited.size(), 1, 20000);
        QCOMPARE(exited.first().first().toInt(), 127); // the remote shell's "not found"
        QVERIFY2(rec.has(u"/nonexistent/fednode"_s), qPrintable(rec.text()));
    }
};

QTEST_GUILESS_MAIN(TestLaunch)
#include "test_launch.moc"
