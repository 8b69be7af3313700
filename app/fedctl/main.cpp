// fedctl: the headless face of Federation Studio. Everything the desktop app does with a
// federation can be done (and tested) from here.
#include "app/fedctl/Commands.h"
#include "engine/model/Trainer.h"

#include <QCoreApplication>
#include <functional>
#include <openssl/crypto.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

struct Command {
    QStringList words;
    QString synopsis;
    std::function<int(const QStringList&)> handler;
};

const std::vector<Command>& commands() {
    static const std::vector<Command> table{
        {{u"run"_s},
         u"run SPEC [--out RUN.fedrun] [--set path=value ...] [--json]   run a federation"_s,
         fedctl::runCommand},
        {{u"resume"_s},
         u"resume RUN.fedrun [--kit DIR] [--json]                     continue a stopped run"_s,
         fedctl::resumeCommand},
        {{u"runs"_s, u"show"_s},
         u"runs show RUN.fedrun [--json]                              summarise a run file"_s,
         fedctl::runsShowCommand},
        {{u"spec"_s, u"check"_s},
         u"spec check SPEC [--set path=value ...] [--print]          validate a spec"_s,
         fedctl::specCheckCommand},
        {{u"ledger"_s, u"verify"_s},
         u"ledger verify RUN.fedrun [--replay] [--json]               check the audit ledger"_s,
         fedctl::ledgerVerifyCommand},
        {{u"ledger"_s, u"show"_s},
         u"ledger show RUN.fedrun [--height H] [--json]               list or show blocks"_s,
         fedctl::ledgerShowCommand},
        {{u"ledger"_s, u"lineage"_s},
         u"ledger lineage RUN.fedrun MODEL_HASH [--json]              trace a model to genesis"_s,
         fedctl::ledgerLineageCommand},
        {{u"ledger"_s, u"export"_s},
         u"ledger export RUN.fedrun --format json|html [--out FILE]   write an audit report"_s,
         fedctl::ledgerExportCommand},
        {{u"provision"_s},
         u"provision SPEC --out DIR [--nodes N] [--host H] [--port P] [--san S]...  node kits"_s,
         fedctl::provisionCommand},
        {{u"revoke"_s},
         u"revoke DIR NODE --reason TEXT                              revoke a node's kit"_s,
         fedctl::revokeCommand},
    };
    return table;
}

void printUsage(QTextStream& stream) {
    stream << "Usage: fedctl COMMAND [options]\n\nCommands:\n";
    for (const auto& c : commands())
        stream << "  fedctl " << c.synopsis << '\n';
    stream << "\n  fedctl COMMAND --help     options of one command\n"
              "  fedctl --version          versions of fedctl and its libraries\n\n"
              "Exit codes: 0 success, 1 the operation failed, 2 bad usage or input, 130 stopped by "
              "Ctrl-C.\n";
}

void printVersion() {
    fedctl::out() << "fedctl " << FED_VERSION << " (Federation Studio)\n"
                  << "Qt " << qVersion() << ", LibTorch " << fed::torchVersion() << ", "
                  << OpenSSL_version(OPENSSL_VERSION) << ", SQLite " << sqlite3_libversion()
                  << '\n';
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fedctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(FED_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help"_s || args.first() == u"-h"_s ||
        args.first() == u"help"_s) {
        printUsage(args.isEmpty() ? fedctl::err() : fedctl::out());
        return args.isEmpty() ? fedctl::Usage : fedctl::Ok;
    }
    if (args.first() == u"--version"_s || args.first() == u"-v"_s) {
        printVersion();
        return fedctl::Ok;
    }
    for (const auto& c : commands()) {
        if (args.mid(0, c.words.size()) == c.words)
            return c.handler(args.mid(c.words.size()));
    }
    fedctl::err() << "fedctl: unknown command '" << args.join(u' ') << "'\n\n";
    printUsage(fedctl::err());
    return fedctl::Usage;
}
