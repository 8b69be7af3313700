#pragma once
// The Python example node (examples/python-node/) in a NetworkedFixture: the interpreter that
// has its modules, the gRPC stubs it imports (generated from federation.proto with
// python3-grpc-tools at test time) and its start as one of the fixture's nodes.

#include "engine/core/Result.h"
#include "tests/support/NetworkedFixture.h"
#include "tests/support/Processes.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace fed::test {

inline const QString kPythonNode =
    QStringLiteral(FED_SOURCE_DIR "/examples/python-node/fednode.py");
inline const QString kProtoDir = QStringLiteral(FED_SOURCE_DIR "/engine/net/proto");

//! Debian's python3 (where python3-grpcio and friends live), else the first on PATH.
inline QString systemPython() {
    return QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                             : QStringLiteral("python3");
}

//! Empty when the Python node's modules are there, else why not (for QSKIP).
inline QString missingPythonNodeModules() {
    const Outcome probe = runProcess(
        systemPython(),
        {QStringLiteral("-c"), QStringLiteral("import grpc, grpc_tools, numpy, cryptography")},
        30000);
    if (probe.exitCode != 0)
        return QStringLiteral("python3-grpcio, python3-grpc-tools, python3-numpy or "
                              "python3-cryptography is missing (scripts/install-deps.sh installs "
                              "them)");
    return {};
}

//! Generates the node's stubs (federation_pb2*.py) into the folder `stubs`.
inline Status generatePythonStubs(const QString& stubs) {
    if (!QDir().mkpath(stubs))
        return fail(QStringLiteral("cannot create ") + stubs);
    const Outcome protoc = runProcess(
        systemPython(),
        {QStringLiteral("-m"), QStringLiteral("grpc_tools.protoc"), QStringLiteral("-I"), kProtoDir,
         QStringLiteral("--python_out=") + stubs, QStringLiteral("--grpc_python_out=") + stubs,
         kProtoDir + QStringLiteral("/federation.proto")},
        60000);
    if (protoc.exitCode != 0)
        return fail(QStringLiteral("grpc_tools.protoc failed: ") + QString::fromUtf8(protoc.err));
    return {};
}

//! The Python node as node `node` of `net`, from its kit archive, with the stubs in `stubs`,
//! then `extraArgs` (e.g. --exit-after-phase).
inline Status startPythonNode(NetworkedFixture& net, int node, const QString& stubs,
                              const QStringList& extraArgs = {}) {
    return net.startProgram(node, systemPython(),
                            QStringList{kPythonNode, QStringLiteral("--kit"),
                                        net.nodeKitArchive(node), QStringLiteral("--stubs"), stubs,
                                        QStringLiteral("--coordinator"), net.address()} +
                                extraArgs);
}

} // namespace fed::test
