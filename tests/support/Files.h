#pragma once
// Small file and socket helpers shared by the tests that write specs, keys and logs.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fed::test {

//! Writes `bytes` to `path` (replacing it); `perms`, when given, are set afterwards.
inline bool writeFile(const QString& path, const QByteArray& bytes, QFile::Permissions perms = {}) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return perms == QFile::Permissions{} || f.setPermissions(perms);
}

//! The whole file, or nothing when it cannot be read (a log a process has not written yet).
inline QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

//! A loopback port that was free a moment ago. Only for what must be told a port before it
//! listens (a kit's default address, sshd's config): another process may take it meanwhile,
//! so servers the tests start themselves listen on port 0 instead.
inline int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

} // namespace fed::test
