#pragma once
// A throwaway OpenSSH server for launcher tests: /usr/sbin/sshd -D on 127.0.0.1:<free port>
// with its own host key, a client key in authorized_keys, and a config of its own (root login,
// no PAM, no strict modes), all inside a temporary folder. Logins go to the current user, so
// copied kits land in their ~/.fedstudio/kits (the tests remove their federation's folder).
#include "engine/launch/NodeLauncher.h"
#include "tests/support/Files.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <filesystem>
#include <pwd.h>
#include <unistd.h>

namespace fed::test {

inline const QString kSshd = QStringLiteral("/usr/sbin/sshd");

class SshServer {
public:
    ~SshServer() {
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            if (!m_sshd.waitForFinished(5000))
                m_sshd.kill();
        }
    }

    //! Empty on success, otherwise why the server could not be started.
    QString start() {
        using namespace Qt::StringLiterals;
        const QString dir = m_tmp.path();
        const QString keygen = QStandardPaths::findExecutable(u"ssh-keygen"_s);
        if (keygen.isEmpty())
            return u"no ssh-keygen"_s;
        m_clientKey = dir + u"/client_key"_s;
        if (!run(keygen,
                 {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-f"_s, dir + u"/host_key"_s}) ||
            !run(keygen, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-f"_s, m_clientKey}))
            return u"ssh-keygen failed"_s;
        QFile pub(m_clientKey + u".pub"_s);
        if (!pub.open(QIODevice::ReadOnly) ||
            !writeFile(dir + u"/authorized_keys"_s, pub.readAll()))
            return u"cannot write authorized_keys"_s;
        if (::getuid() == 0)
            QDir().mkpath(u"/run/sshd"_s); // sshd's privilege-separation folder when root
        m_port = freeLoopbackPort();
        const QString config =
            u"Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_key\n"
            "PidFile %2/sshd.pid\nAuthorizedKeysFile %2/authorized_keys\n"
            "PermitRootLogin yes\nStrictModes no\nUsePAM no\n"
            "PasswordAuthentication no\nKbdInteractiveAuthentication no\n"
            "Subsystem sftp /usr/lib/openssh/sftp-server\nLogLevel INFO\n"_s.arg(m_port)
                .arg(dir);
        if (!writeFile(dir + u"/sshd_config"_s, config.toUtf8()))
            return u"cannot write sshd_config"_s;
        // A file, not a pipe: nobody reads sshd's output while a test waits.
        m_sshd.setProcessChannelMode(QProcess::MergedChannels);
        m_sshd.setStandardOutputFile(dir + u"/sshd.log"_s);
        m_sshd.setStandardInputFile(QProcess::nullDevice());
        m_sshd.start(kSshd, {u"-D"_s, u"-e"_s, u"-f"_s, dir + u"/sshd_config"_s});
        if (!m_sshd.waitForStarted(10000))
            return u"sshd did not start: "_s + m_sshd.errorString();
        // Ready when a trivial command goes through.
        for (int i = 0; i < 100; ++i) {
            fed::launch::NodeLauncher probeArgs(target({}));
            QProcess probe;
            probe.start(u"ssh"_s, probeArgs.sshArguments() << u"127.0.0.1"_s << u"true"_s);
            if (probe.waitForFinished(10000) && probe.exitCode() == 0)
                return {};
            if (m_sshd.state() != QProcess::Running)
                return u"sshd exited: "_s + logTail();
            QTest::qWait(100);
        }
        return u"sshd never accepted the client key: "_s + logTail();
    }

    //! An ssh launch target for this server (host key not pinned; known_hosts in the temp dir).
    fed::launch::LaunchTarget target(const std::filesystem::path& kit) const {
        fed::launch::LaunchTarget t;
        t.kind = fed::launch::LaunchTarget::Kind::Ssh;
        t.host = "127.0.0.1";
        t.sshPort = m_port;
        t.identityFile = m_clientKey.toStdString();
        t.sshOptions = {"StrictHostKeyChecking=no",
                        "UserKnownHostsFile=" +
                            m_tmp.filePath(QStringLiteral("known_hosts")).toStdString(),
                        "LogLevel=ERROR"};
        t.kitDir = kit;
        return t;
    }

    QString logTail() const {
        QFile f(m_tmp.filePath(QStringLiteral("sshd.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll().right(3000))
                                           : QString();
    }

    //! Where the launcher copies the kits of `federationId` for this (the current) user.
    static std::filesystem::path remoteKitRoot(const std::string& federationId) {
        const passwd* pw = ::getpwuid(::getuid());
        return std::filesystem::path(pw ? pw->pw_dir : "/nonexistent") / ".fedstudio" / "kits" /
               federationId;
    }

    int port() const { return m_port; }

private:
    static bool run(const QString& program, const QStringList& args) {
        QProcess p;
        p.start(program, args);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }

    QTemporaryDir m_tmp;
    QProcess m_sshd;
    int m_port = 0;
    QString m_clientKey;
};

} // namespace fed::test
