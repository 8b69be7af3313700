#include "engine/launch/NodeLauncher.h"

#include "engine/pki/Provisioning.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <algorithm>
#include <memory>
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace fed::launch {
namespace {

constexpr QLatin1StringView kPidMarker{"fedstudio-pid "};
//! What the kit folder's preparation prints when it stops an earlier node of the same kit.
constexpr QLatin1StringView kStoppingMarker{"fedstudio-stopping "};
//! Seconds between the remote SIGTERM and SIGKILL when the session ends without a `stop` line.
constexpr int kRemoteGraceSeconds = 5;
//! How long after the grace the local ssh is ended if the remote side has not closed it.
constexpr int kSshSlackMs = 3000;

//! The remote wrapper around fednode ("$@" after the pid file $1); see startNode(). One line,
//! so that csh-like login shells pass it on unchanged. fd 3 keeps the session's stdin for the
//! watchdog, fednode gets /dev/null. An inner sh prints its pid (and writes it to the pid file,
//! which a later launch of the same kit reads, see startCopy()) and then becomes fednode, so the
//! pid line always comes first and names fednode itself. When fednode exits the watchdog is
//! killed (it would otherwise SIGKILL a pid that may since have been reused), the pid file is
//! removed unless a newer launch has replaced it, and fednode's exit code is the session's.
QString remoteWrapper() {
    return QStringLiteral(
               "f=$1; shift; exec 3<&0 </dev/null; "
               "/bin/sh -c 'echo \"%2$$\"; echo $$ > \"$0\"; exec \"$@\"' \"$f\" \"$@\" 3<&- "
               "2>&1 & p=$!; { g=%1; while read -r c n <&3; do if [ \"$c\" = stop ]; then "
               "case \"$n\" in \"\"|*[!0-9]*) ;; *) g=$n;; esac; break; fi; done; "
               "kill -TERM $p; sleep $g 3<&-; kill -KILL $p; } >/dev/null 2>&1 & w=$!; "
               "exec 3<&-; wait $p; s=$?; kill $w 2>/dev/null; "
               "[ \"$(cat \"$f\" 2>/dev/null)\" = \"$p\" ] && rm -f \"$f\"; exit $s")
        .arg(kRemoteGraceSeconds)
        .arg(kPidMarker);
}

//! Prepares the remote kit folder (POSIX sh, run through /bin/sh whatever the login shell):
//! $1 the federation's folder, $2 the node's name, $3 this launch's kit path, all under $HOME.
//! The same node must not run twice (the two would take each other's session), so a node an
//! earlier launch of this node started, found through its pid file and still running on a
//! copy of this node's kit, is stopped first: SIGTERM, SIGKILL after the grace. Then an older
//! copy of the kit is removed (scp -r into an existing folder would nest the new kit in it).
QString remotePrepare() {
    return QStringLiteral(
               "d=\"$HOME/$1\"; mkdir -p \"$d\" && chmod 700 \"$HOME/.fedstudio\" || exit 1; "
               "f=\"$d/$2.pid\"; if [ -f \"$f\" ]; then read -r o < \"$f\"; "
               "case \"$o\" in \"\"|*[!0-9]*) ;; *) "
               "case \" $(ps -ww -p \"$o\" -o args= 2>/dev/null) \" in "
               "*\" $d/$2 \"*|*\" $d/$2.tar.gz \"*) echo \"%2$o\"; kill -TERM \"$o\"; i=0; "
               "while kill -0 \"$o\" 2>/dev/null && [ $i -lt %1 ]; do sleep 1; i=$((i+1)); done; "
               "kill -KILL \"$o\" 2>/dev/null;; esac;; esac; rm -f \"$f\"; fi; "
               "rm -rf \"$HOME/$3\"")
        .arg(kRemoteGraceSeconds)
        .arg(kStoppingMarker);
}

//! A log line longer than this is passed on in pieces.
constexpr qsizetype kMaxLineBytes = 64 * 1024;
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

QString scpDestination(const QString& host, const QString& path) {
    // ssh takes a bare IPv6 address, scp would read its colons as the path separator.
    const qsizetype at = host.lastIndexOf(u'@');
    const QString user = host.left(at + 1);
    const QString name = host.mid(at + 1);
    const bool bracket = name.contains(u':') && !name.startsWith(u'[');
    return user + (bracket ? u'[' + name + u']' : name) + u':' + path;
}

NodeLauncher::NodeLauncher(LaunchTarget target, QObject* parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_killTimer(new QTimer(this)) {
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return;
        // Ssh: the remote wrapper has sent SIGKILL itself by now; the pid, when it arrived, is
        // a second way in case that wrapper is gone.
        if (m_target.kind == LaunchTarget::Kind::Ssh && m_remotePid > 0) {
            // Detached, so it outlives a launcher destroyed right after; with no input, so it
            // cannot read (and swallow) the terminal fedctl runs in.
            QProcess killer;
            killer.setProgram(u"ssh"_s);
            killer.setArguments(sshArguments()
                                << qs(m_target.host) << u"kill -KILL %1"_s.arg(m_remotePid));
            killer.setStandardInputFile(QProcess::nullDevice());
            killer.setStandardOutputFile(QProcess::nullDevice());
            killer.setStandardErrorFile(QProcess::nullDevice());
            killer.startDetached();
        }
        m_process->kill();
    });
}

NodeLauncher::~NodeLauncher() {
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // No event loop to wait in: drop the connection. The remote wrapper sees its input end
        // and stops the node (SIGTERM, SIGKILL after the grace), whether or not its pid arrived.
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
    m_stopSent = false;
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
    if (m_target.host.front() == '-') {
        // ssh and scp would take it as an option (-oProxyCommand=... runs a command here).
        failWith(u"the ssh host \"%1\" starts with '-'"_s.arg(qs(m_target.host)));
        return;
    }
    const bool archive = !std::filesystem::is_directory(m_target.kitDir);
    m_remoteParent = u".fedstudio/kits/"_s + qs(kit->federationId);
    m_nodeName = qs(pki::nodeName(kit->nodeIndex));
    m_remoteKit = m_remoteParent + u'/' + m_nodeName + (archive ? u".tar.gz"_s : QString());
    startCopy();
}

void NodeLauncher::startCopy() {
    setState(State::Copying);
    m_copyOutput.clear();
    // Step 1 makes the parent folder, stops a node of this kit an earlier launch left running
    // and removes an older copy of the kit (remotePrepare()); step 2 copies.
    const QString prepare = u"exec /bin/sh -c %1 fedstudio-prepare %2 %3 %4"_s.arg(
        shellQuote(remotePrepare()), shellQuote(m_remoteParent), shellQuote(m_nodeName),
        shellQuote(m_remoteKit));
    auto* proc = new QProcess(this);
    m_process = proc;
    proc->setProcessChannelMode(QProcess::MergedChannels);
    proc->setStandardInputFile(QProcess::nullDevice());
    auto step = std::make_shared<int>(1);
    connect(proc, &QProcess::readyRead, this, [this, proc] {
        for (const QByteArray& raw : proc->readAll().split('\n')) {
            const QString line = QString::fromLocal8Bit(raw.trimmed());
            if (line.startsWith(kStoppingMarker))
                Q_EMIT logLine(
                    u"stopping %1 (pid %2 on %3), left running by an earlier launch of "
                    "this node: the same node must not run twice"_s.arg(
                        m_nodeName, line.mid(kStoppingMarker.size()), qs(m_target.host)));
            else if (!line.isEmpty())
                m_copyOutput << line;
        }
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
    connect(proc, &QProcess::finished, this,
            [this, proc, step](int code, QProcess::ExitStatus status) {
                const QString what =
                    *step == 1 ? u"ssh %1 (preparing the kit folder)"_s : u"scp of the kit to %1"_s;
                if (m_stopping) {
                    // Stopped on purpose before any node ran: not a failure (exit code 0).
                    proc->deleteLater();
                    m_process = nullptr;
                    setState(State::Exited);
                    Q_EMIT exited(0);
                    return;
                }
                if (status != QProcess::NormalExit || code != 0) {
                    failWith(u"%1 failed (exit %2): %3"_s.arg(what.arg(qs(m_target.host)))
                                 .arg(code)
                                 .arg(m_copyOutput.join(u" / "_s)));
                    proc->deleteLater();
                    m_process = nullptr;
                    return;
                }
                if (*step == 1) {
                    *step = 2;
                    m_copyOutput.clear();
                    proc->start(u"scp"_s, scpArguments()
                                              << qs(m_target.kitDir.string())
                                              << scpDestination(qs(m_target.host), m_remoteKit));
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
    // Ssh: stdin stays an open pipe that nobody writes to until stop(); the remote wrapper
    // watches it (see below). Local: fednode reads nothing.
    if (m_target.kind == LaunchTarget::Kind::Local)
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
        if (!m_target.coordinatorAddress.empty())
            args << u"--coordinator"_s << qs(m_target.coordinatorAddress);
        proc->start(qs(m_target.fednodePath), args);
        return;
    }
    // Without a terminal, sshd neither signals the remote command when the connection ends nor
    // lets it notice, so killing the local ssh alone would leave fednode running. A small
    // wrapper (POSIX sh, whatever the login shell) ties the node to the session instead: it
    // starts fednode, watches the session's stdin, and on a `stop N` line or end of input
    // (stop(), the local ssh killed, this process gone, the connection lost) sends SIGTERM and,
    // N seconds later, SIGKILL. It reports fednode's pid, which the kill timer uses as a
    // second way in; a stop needs no pid.
    QString command = u"exec /bin/sh -c %1 fedstudio-node \"$HOME\"/%2 %3 --kit \"$HOME\"/%4"_s.arg(
        shellQuote(remoteWrapper()), shellQuote(m_remoteParent + u'/' + m_nodeName + u".pid"_s),
        shellQuote(qs(m_target.fednodePath)), shellQuote(m_remoteKit));
    if (!m_target.dataPath.empty())
        command += u" --data "_s + shellQuote(qs(m_target.dataPath));
    if (!m_target.coordinatorAddress.empty())
        command += u" --coordinator "_s + shellQuote(qs(m_target.coordinatorAddress));
    proc->start(u"ssh"_s, sshArguments() << qs(m_target.host) << command);
    // stop() from a stateChanged(Starting) slot found no process yet; it takes effect now.
    if (m_stopping)
        stop();
}

void NodeLauncher::onOutput() {
    if (!m_process)
        return;
    m_partial += m_process->readAll();
    for (;;) {
        const qsizetype newline = m_partial.indexOf('\n');
        // A node that prints without newlines must not grow this without bound: a line longer
        // than kMaxLineBytes is passed on in pieces of that size.
        const bool piece =
            (newline < 0 || newline > kMaxLineBytes) && m_partial.size() > kMaxLineBytes;
        if (newline < 0 && !piece)
            break;
        const qsizetype length = piece ? kMaxLineBytes : newline;
        QString line = QString::fromUtf8(m_partial.left(length));
        m_partial.remove(0, piece ? length : length + 1);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (m_target.kind == LaunchTarget::Kind::Ssh && m_remotePid == 0 &&
            line.startsWith(kPidMarker)) {
            m_remotePid = line.mid(kPidMarker.size()).toLongLong();
            // A stop() before this line has already reached the wrapper: nothing to redo.
            setState(State::Running);
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
        m_killTimer->start(graceMs);
        return;
    }
    if (m_stopSent)
        return;
    m_stopSent = true;
    // The remote wrapper (startNode) reads this line, or the end of input, even before its pid
    // line has come back (or while ssh still connects): SIGTERM now, SIGKILL after the grace.
    const int graceSeconds = std::max(1, (graceMs + 999) / 1000);
    m_process->write(u"stop %1\n"_s.arg(graceSeconds).toLatin1());
    m_process->closeWriteChannel();
    // The local ssh is ended only after the remote SIGKILL had time to happen and the exit
    // status to come back; ending it earlier would still stop the node (end of input).
    m_killTimer->start(graceMs + kSshSlackMs);
}

} // namespace fed::launch
