// NodeLauncher (docs/nodes.md): local fednode processes, and remote ones over a real OpenSSH
// server that the test starts on loopback with throwaway host and client keys. A stand-in
// script plays fednode first (it reports what it was given and waits for SIGTERM); then the
// real fednode trains against a real coordinator, launched "remotely", its log arriving here.
#include "engine/launch/NodeLauncher.h"
#include "engine/pki/Provisioning.h"
#include "tests/support/Paths.h"
#include "tests/support/SshServer.h"

#include <QSignalSpy>
#include <QTest>

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

        t.fednodePath = m_standIn.toStdString();
        t.kitDir = m_kits / "nodes" / "node-007";
        NodeLauncher badKit(t);
        badKit.start();
        QCOMPARE(badKit.state(), NodeLauncher::State::Failed);
        QVERIFY2(badKit.lastError().contains(u"node-007"_s), qPrintable(badKit.lastError()));
    }

    void shellQuoting() {
        QCOMPARE(shellQuote(u"a b"_s), u"'a b'"_s);
        QCOMPARE(shellQuote(u"it's"_s), u"'it'\\''s'"_s);
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
