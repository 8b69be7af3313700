#pragma once
// Programs the integration tests run to the end: fedctl, python3 and the independent ledger
// verifier (tools/verify_ledger.py). One spelling of "start it, wait, keep the exit code and
// both outputs", so every test reads a crash and a hang the same way.

#include "engine/core/Result.h"
#include "tests/support/Paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace fed::test {

struct Outcome {
    int exitCode = -1; //!< -1 when the program crashed
    QByteArray out;
    QByteArray err;
};

//! Runs `program` to its end. A hang stops the whole test binary at once (qFatal): nothing after
//! it could be trusted, and ctest's timeout would only say so much later.
inline Outcome runProcess(const QString& program, const QStringList& args, int timeoutMs = 300000) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("%s %s did not finish", qPrintable(program), qPrintable(args.join(u' ')));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

#ifdef FEDCTL_PATH
//! fedctl as a user runs it (the test target defines FEDCTL_PATH and depends on fedctl).
inline Outcome fedctl(const QStringList& args, int timeoutMs = 300000) {
    return runProcess(QStringLiteral(FEDCTL_PATH), args, timeoutMs);
}
#endif

//! The Python verifier needs python3-cryptography; tests without it skip that part.
inline bool pythonVerifierAvailable() {
    return runProcess(
               QStringLiteral("python3"),
               {QStringLiteral("-c"), QStringLiteral("import cryptography.hazmat.primitives")},
               30000)
               .exitCode == 0;
}

//! tools/verify_ledger.py on `runPath` with `options` (e.g. --replay, --json).
inline Outcome pythonVerifier(const QString& runPath, const QStringList& options = {}) {
    return runProcess(QStringLiteral("python3"), QStringList{kVerifierScript, runPath} + options);
}

inline QJsonObject jsonObject(const QByteArray& bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

//! The verifier's verdict with --replay --json; when it refuses the run, what it printed goes
//! to the test's log, so a failed assertion on the verdict can be read.
inline QJsonObject pythonReplayVerdict(const QString& runPath) {
    const Outcome o =
        pythonVerifier(runPath, {QStringLiteral("--replay"), QStringLiteral("--json")});
    if (o.exitCode != 0)
        qInfo("verify_ledger.py: %s %s", o.out.constData(), o.err.constData());
    return jsonObject(o.out);
}

//! The verifier with --replay --json finds the run valid and replays `rounds` rounds; otherwise
//! an error with what it printed.
inline Status pythonReplays(const QString& runPath, qsizetype rounds) {
    const Outcome o =
        pythonVerifier(runPath, {QStringLiteral("--replay"), QStringLiteral("--json")});
    const QJsonObject verdict = jsonObject(o.out);
    const qsizetype replayed = verdict.value(QStringLiteral("rounds_replayed")).toArray().size();
    if (o.exitCode == 0 && verdict.value(QStringLiteral("valid")).toBool() && replayed == rounds)
        return {};
    return fail(QStringLiteral("verify_ledger.py (exit code %1, %2 of %3 rounds replayed): %4 %5")
                    .arg(o.exitCode)
                    .arg(replayed)
                    .arg(rounds)
                    .arg(QString::fromUtf8(o.out), QString::fromUtf8(o.err)));
}

} // namespace fed::test
