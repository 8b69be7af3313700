#pragma once
// fedctl's sub-commands. Each takes its own arguments (after the command words) and returns
// the process exit code: 0 success, 1 the operation failed, 2 bad usage or unreadable input.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace fed {
class Federation;
class FederationObserver;
struct FederationSpec;
} // namespace fed

namespace fedctl {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2, Interrupted = 130 };

QTextStream& out();
QTextStream& err();

//! Parses a command's `args` (help, options, positionals); prints help or the parse error and
//! returns false when the command is done, with `exitCode` set.
bool parseArgs(QCommandLineParser& parser, const QString& command, const QStringList& args,
               int& exitCode);

int runCommand(const QStringList& args);
//! Runs a federation to its end with Ctrl-C handling and the summary (RunCommands.cpp).
int drive(fed::Federation& federation, bool json);
//! `fedctl run` for launch.mode local or ssh (NetRun.cpp); with `resume`, `fedctl resume` of
//! such a run (runPath exists, spec is its stored spec). `kitDir` overrides launch.kit_dir.
int runNetworked(const fed::FederationSpec& spec, const QString& runPath, bool json,
                 fed::FederationObserver* observer, bool resume = false,
                 const QString& kitDir = QString());
int resumeCommand(const QStringList& args);
int runsShowCommand(const QStringList& args);
int specCheckCommand(const QStringList& args);
int ledgerVerifyCommand(const QStringList& args);
int ledgerShowCommand(const QStringList& args);
int ledgerLineageCommand(const QStringList& args);
int ledgerExportCommand(const QStringList& args);
int provisionCommand(const QStringList& args);
int revokeCommand(const QStringList& args);

} // namespace fedctl
