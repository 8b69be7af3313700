#pragma once
// Starts one `fednode` process for a node kit, on this machine or on another host over SSH
// (docs/nodes.md), and streams its log back line by line. Uses the system's ssh and scp, so
// the user's ssh configuration, agent and known_hosts apply unchanged.

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <filesystem>
#include <string>
#include <vector>

class QTimer;

namespace fed::launch {

struct LaunchTarget {
    enum class Kind { Local, Ssh } kind = Kind::Local;
    std::string host; //!< ssh: [user@]host
    int sshPort = 22;
    std::string identityFile;            //!< ssh: -i FILE (empty: ssh's defaults and agent)
    std::vector<std::string> sshOptions; //!< ssh: each passed as `-o OPTION`
    std::string fednodePath = "fednode"; //!< on the target machine
    std::filesystem::path kitDir;        //!< the local kit folder (or .tar.gz); copied for ssh
    std::string dataPath;                //!< optional --data, a path on the target machine
    //! Optional `--coordinator HOST:PORT`: where the node dials instead of its kit's address
    //! (a networked run passes it when it listens on another port than the kits name).
    std::string coordinatorAddress;
};

//! One node process; QProcess-based, so it needs an event loop.
//! Ssh: scp -rp the kit to ~/.fedstudio/kits/<federation>/<node-NNN> (first stopping a node
//! of the same kit an earlier launch left running there, then replacing the older copy), then `ssh
//! host fednode --kit ...` inside a small remote wrapper that ties fednode to the session: stop()
//! writes a `stop` line to ssh's stdin, and that line or the end of input (the local ssh killed,
//! this process gone) makes the wrapper send SIGTERM, then SIGKILL. So a stop ends the remote node
//! even when its pid line never arrived (docs/nodes.md).
class NodeLauncher : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Copying, Starting, Running, Exited, Failed };
    Q_ENUM(State)

    explicit NodeLauncher(LaunchTarget target, QObject* parent = nullptr);
    ~NodeLauncher() override;

    void start();
    //! SIGTERM, then SIGKILL after `graceMs` (ssh: both sent by the remote wrapper, the grace
    //! rounded up to whole seconds; the local ssh is ended a little after that).
    void stop(int graceMs = 5000);

    State state() const { return m_state; }
    //! stop() was called since the last start(): an exit now is the one asked for.
    bool stopRequested() const { return m_stopping; }
    QString lastError() const { return m_lastError; }
    const LaunchTarget& target() const { return m_target; }
    //! Where the kit lives on the target (the local path for Local; after the copy for Ssh).
    QString remoteKitPath() const { return m_remoteKit; }
    //! Ssh: the remote fednode's pid once its line has arrived, else 0 (for messages and tests).
    qint64 remotePid() const { return m_remotePid; }
    //! The ssh/scp argument lists this target uses (for messages and tests).
    QStringList sshArguments() const;
    QStringList scpArguments() const;

Q_SIGNALS:
    void stateChanged(fed::launch::NodeLauncher::State state);
    void logLine(const QString& line); //!< the node's stdout+stderr, line by line
    void exited(int exitCode);

private:
    void setState(State state);
    void failWith(const QString& message);
    void startCopy();
    void startNode();
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void flushPartialLine();

    LaunchTarget m_target;
    State m_state = State::Idle;
    QString m_lastError;
    QString m_remoteKit, m_remoteParent, m_nodeName;
    QProcess* m_process = nullptr;
    QTimer* m_killTimer = nullptr;
    QByteArray m_partial;
    QStringList m_copyOutput;
    QString m_lastLine;
    qint64 m_remotePid = 0;
    bool m_stopping = false;
    bool m_stopSent = false; //!< ssh: the `stop` line has gone to the remote wrapper
};

//! `text` quoted for a POSIX shell (single quotes), for commands run through ssh.
QString shellQuote(const QString& text);
//! scp's `[user@]host:path`, with an IPv6 address in brackets (`user@[::1]:path`), which scp
//! needs and ssh does not.
QString scpDestination(const QString& host, const QString& path);

} // namespace fed::launch
