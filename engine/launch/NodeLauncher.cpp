#include "engine/launch/NodeLauncher.h"

#include "engine/pki/Provisioning.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <memory>
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace fed::launch {
namespace {

constexpr QLatin1StringView kPidMarker{"fedstudio-pid "};
//! How many lines of scp/ssh output a copy failure quotes.
constexpr int kQuotedLines = 5;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

QString shellQuote(const QString& text) {
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

NodeLauncher::NodeLauncher(LaunchTarget target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_killTimer(new QTimer(this)) {
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        if (m_target.kind == LaunchTarget::Kind::Ssh && m_remotePid > 0) {
            QProcess::startDetached(u"ssh"_s, sshArguments()
                                                  << qs(m_target.host)
                                                  << u"kill -KILL %1"_s.arg(m_remotePid));
        }
        m_process->kill();
    });
}

NodeLauncher::~NodeLauncher() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // No event loop to wait in: ask the remote side to stop and drop the connection.
        if (m_target.kind == LaunchTarget::Kind::Ssh && m_remotePid > 0)
            QProcess::startDetached(u"ssh"_s, sshArguments()
                                                  << qs(m_target.host)
                                                  << u"kill -TERM %1"_s.arg(m_remotePid));
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QStringList NodeLauncher::sshArguments() const {
    // ssh takes the first value it sees for an option, so the user's -o options go first and
    // the defaults below only fill in what they leave open.
    QStringList args;
    for (const std::string& o : m_target.sshOptions)
        args << u"-o"_s << qs(o);
    args << u"-o"_s << u"BatchMode=yes"_s << u"-o"_s << u"ConnectTimeout=15"_s << u"-o"_s
         << u"ServerAliveInterval=15"_s << u"-p"_s << QString::number(m_target.sshPort);
    if (!m_target.identityFile.empty())
        args << u"-i"_s << qs(m_target.identityFile);
    return args;
}

QStringList NodeLauncher::scpArguments() const {
    QStringList args;
    for (const std::string& o : m_target.sshOptions)
        args << u"-o"_s << qs(o);
    // -p keeps the keys' 0600 modes; -r copies the kit folder.
    args << u"-o"_s << u"BatchMode=yes"_s << u"-o"_s << u"ConnectTimeout=15"_s << u"-rp"_s
         << u"-P"_s << QString::number(m_target.sshPort);
    if (!m_target.identityFile.empty())
        args << u"-i"_s << qs(m_target.identityFile);
    return args;
}

void NodeLauncher::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void NodeLauncher::failWith(const QString& message) {
    m_lastError = message;
    setState(State::Failed);
}

void NodeLauncher::start() {
    if (m_state != State::Idle && m_state != State::Exited && m_state != State::Failed)
        return;
    m_lastError.clear();
    m_remotePid = 0;
    m_stopping = false;
    m_partial.clear();
    m_lastLine.clear();
    // A broken kit is reported here, with the file and the problem, rather than by a node
    // that dies on the other machine.
    auto kit = pki::loadNodeKit(m_target.kitDir);
    if (!kit) {
        failWith(kit.error());
        return;
    }
    if (m_target.kind == LaunchTarget::Kind::Local) {
        m_remoteKit = QFileInfo(qs(m_target.kitDir.string())).absoluteFilePath();
        startNode();
        return;
    }
    if (m_target.host.empty()) {
        failWith(u"no host given for an ssh launch"_s);
        return;
    }
    const bool archive = !std::filesystem::is_directory(m_target.kitDir);
    m_remoteParent = u".fedstudio/kits/"_s + qs(kit->federationId);
    m_remoteKit = m_remoteParent + u'/' + qs(pki::nodeName(kit->nodeIndex)) +
                  (archive ? u".tar.gz"_s : QString());
    startCopy();
}

void NodeLauncher::startCopy() {
    setState(State::Copying);
    m_copyOutput.clear();
    // Step 1 makes the parent folder and removes an older copy of this kit (scp -r into an
    // existing folder would nest the new kit inside it); step 2 copies.
    const QString prepare =
        u"mkdir -p \"$HOME\"/%1 && chmod 700 \"$HOME\"/.fedstudio && rm -rf "
        "\"$HOME\"/%2"_s.arg(shellQuote(m_remoteParent), shellQuote(m_remoteKit));
    auto* proc = new QProcess(this);
    m_process = proc;
    proc->setProcessChannelMode(QProcess::MergedChannels);
    proc->setStandardInputFile(QProcess::nullDevice());
    auto step = std::make_shared<int>(1);
    connect(proc, &QProcess::readyRead, this, [this, proc] {
        for (const QByteArray& line : proc->readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                m_copyOutput << QString::fromLocal8Bit(line.trimmed());
        while (m_copyOutput.size() > kQuotedLines)
            m_copyOutput.removeFirst();
    });
    connect(proc, &QProcess::errorOccurred, this, [this, proc, step](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        failWith(u"cannot run %1: %2"_s.arg(proc->program(), proc->errorString()));
        proc->deleteLater();
        m_process = nullptr;
    });
    connect(
        proc, &QProcess::finished, this, [this, proc, step](int code, QProcess::ExitStatus status) {
            const QString what =
                *step == 1 ? u"ssh %1 (preparing the kit folder)"_s : u"scp of the kit to %1"_s;
            if (m_stopping || status != QProcess::NormalExit || code != 0) {
                failWith(m_stopping ? u"stopped while copying the kit"_s
                                    : u"%1 failed (exit %2): %3"_s.arg(what.arg(qs(m_target.host)))
                                          .arg(code)
                                          .arg(m_copyOutput.join(u" / "_s)));
                proc->deleteLater();
                m_process = nullptr;
                return;
            }
            if (*step == 1) {
                *step = 2;
                m_copyOutput.clear();
                proc->start(u"scp"_s, scpArguments() << qs(m_target.kitDir.string())
                                                     << qs(m_target.host) + u':' + m_remoteKit);
                return;
            }
            proc->deleteLater();
            m_process = nullptr;
            startNode();
        });
    proc->start(u"ssh"_s, sshArguments() << qs(m_target.host) << prepare);
}

void NodeLauncher::startNode() {
    setState(State::Starting);
    auto* proc = new QProcess(this);
    m_process = proc;
    proc->setProcessChannelMode(QProcess::MergedChannels);
    proc->setStandardInputFile(QProcess::nullDevice());
    connect(proc, &QProcess::readyRead, this, &NodeLauncher::onOutput);
    connect(proc, &QProcess::finished, this, &NodeLauncher::onFinished);
    connect(proc, &QProcess::errorOccurred, this, [this, proc](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        failWith(u"cannot start %1: %2"_s.arg(proc->program(), proc->errorString()));
        proc->deleteLater();
        m_process = nullptr;
    });

    if (m_target.kind == LaunchTarget::Kind::Local) {
        connect(proc, &QProcess::started, this, [this] { setState(State::Running); });
#ifdef Q_OS_LINUX
        // A local node ends with the process that launched it (SIGTERM: it leaves cleanly).
        // Otherwise, after fedctl is killed, an orphaned node keeps rejoining under the same
        // identity as the one `fedctl resume` starts, and the two take each other's session.
        proc->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        QStringList args{u"--kit"_s, m_remoteKit};
        if (!m_target.dataPath.empty())
            args << u"--data"_s << qs(m_target.dataPath);
        proc->start(qs(m_target.fednodePath), args);
        return;
    }
    // The remote shell prints its pid, then becomes fednode (exec keeps the pid), so stop()
    // can signal exactly this process.
    QString command = u"echo %1$$; exec %2 --kit \"$HOME\"/%3"_s.arg(
        kPidMarker, shellQuote(qs(m_target.fednodePath)), shellQuote(m_remoteKit));
    if (!m_target.dataPath.empty())
        command += u" --data "_s + shellQuote(qs(m_target.dataPath));
    command += u" 2>&1"_s;
    proc->start(u"ssh"_s, sshArguments() << qs(m_target.host) << command);
}

void NodeLauncher::onOutput() {
    if (!m_process)
        return;
    m_partial += m_process->readAll();
    qsizetype newline = 0;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        QString line = QString::fromUtf8(m_partial.left(newline));
        m_partial.remove(0, newline + 1);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (m_target.kind == LaunchTarget::Kind::Ssh && m_remotePid == 0 &&
            line.startsWith(kPidMarker)) {
            m_remotePid = line.mid(kPidMarker.size()).toLongLong();
            setState(State::Running);
            if (m_stopping) // stop() came before the pid did
                stop();
            continue;
        }
        m_lastLine = line;
        Q_EMIT logLine(line);
    }
}

void NodeLauncher::flushPartialLine() {
    if (m_process)
        m_partial += m_process->readAll();
    if (!m_partial.isEmpty()) {
        m_lastLine = QString::fromUtf8(m_partial);
        Q_EMIT logLine(m_lastLine);
        m_partial.clear();
    }
}

void NodeLauncher::onFinished(int exitCode, QProcess::ExitStatus status) {
    onOutput();
    flushPartialLine();
    m_killTimer->stop();
    if (m_process) {
        m_process->deleteLater();
        m_process = nullptr;
    }
    const bool ssh = m_target.kind == LaunchTarget::Kind::Ssh;
    if (!m_stopping && status == QProcess::CrashExit) {
        failWith(
            u"fednode crashed%1"_s.arg(m_lastLine.isEmpty() ? QString() : u": "_s + m_lastLine));
        Q_EMIT exited(-1);
        return;
    }
    if (ssh && !m_stopping && m_remotePid == 0) {
        // ssh itself failed (exit 255: connection, authentication) before the node started.
        failWith(u"ssh to %1 failed (exit %2)%3"_s.arg(qs(m_target.host))
                     .arg(exitCode)
                     .arg(m_lastLine.isEmpty() ? QString() : u": "_s + m_lastLine));
        Q_EMIT exited(exitCode);
        return;
    }
    setState(State::Exited);
    Q_EMIT exited(status == QProcess::NormalExit ? exitCode : -1);
}

void NodeLauncher::stop(int graceMs) {
    m_stopping = true;
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    if (m_state == State::Copying) {
        m_process->kill();
        return;
    }
    if (m_target.kind == LaunchTarget::Kind::Local) {
        m_process->terminate();
    } else if (m_remotePid > 0) {
        auto* killer = new QProcess(this);
        killer->setStandardInputFile(QProcess::nullDevice());
        connect(killer, &QProcess::finished, killer, &QObject::deleteLater);
        killer->start(u"ssh"_s, sshArguments()
                                    << qs(m_target.host) << u"kill -TERM %1"_s.arg(m_remotePid));
    }
    // Without the pid line yet (still connecting), the timer ends the local ssh; when the
    // line does arrive, onOutput() calls stop() again, which signals the remote process.
    m_killTimer->start(graceMs);
}

} // namespace fed::launch
