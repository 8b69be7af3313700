// fedctl provision / revoke: the command-line face of engine/pki (docs/nodes.md).
#include "app/fedctl/Commands.h"
#include "engine/pki/Provisioning.h"

using namespace Qt::StringLiterals;

namespace fedctl {

int provisionCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"SPEC"_s, u"the federation spec (*.fed.json)"_s);
    parser.addOption({u"nodes"_s,
                      u"number of node kits (default: the spec's clients; otherwise the kits' "
                      "spec gets clients = N)"_s,
                      u"N"_s});
    parser.addOption({u"out"_s, u"output folder (must not hold a federation yet)"_s, u"DIR"_s});
    parser.addOption({u"host"_s,
                      u"host name or IP address nodes use to reach the coordinator (default "
                      "127.0.0.1)"_s,
                      u"H"_s, u"127.0.0.1"_s});
    parser.addOption({u"port"_s, u"coordinator port (default 7443)"_s, u"P"_s, u"7443"_s});
    parser.addOption({u"san"_s,
                      u"another name or address in the coordinator certificate (repeatable)"_s,
                      u"S"_s});
    parser.addOption(
        {u"days"_s, u"certificate validity in days (default 365)"_s, u"D"_s, u"365"_s});
    int code = Ok;
    if (!parseArgs(parser, u"provision"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "fedctl provision: expected one SPEC file\n";
        return Usage;
    }
    if (!parser.isSet(u"out"_s)) {
        err() << "fedctl provision: --out DIR is required\n";
        return Usage;
    }
    fed::pki::ProvisionOptions options;
    options.outDir = parser.value(u"out"_s).toStdString();
    options.coordinatorHost = parser.value(u"host"_s).toStdString();
    for (const QString& san : parser.values(u"san"_s))
        options.extraHostNames.push_back(san.toStdString());
    const auto number = [&](const QString& name, int& target, int low, int high) {
        bool ok = false;
        const int v = parser.value(name).toInt(&ok);
        if (!ok || v < low || v > high) {
            err() << "fedctl provision: --" << name << " must be a whole number from " << low
                  << " to " << high << ", got '" << parser.value(name) << "'\n";
            return false;
        }
        target = v;
        return true;
    };
    if ((parser.isSet(u"nodes"_s) && !number(u"nodes"_s, options.nodes, 1, 10000)) ||
        !number(u"port"_s, options.coordinatorPort, 1, 65535) ||
        !number(u"days"_s, options.validityDays, 1, 36500))
        return Usage;

    const QString spec = parser.positionalArguments().first();
    if (auto s = fed::pki::provision(spec.toStdString(), options); !s) {
        err() << "fedctl provision: " << s.error() << '\n';
        return Failed;
    }
    auto coordinator = fed::pki::loadCoordinatorKit(options.outDir / "coordinator");
    if (!coordinator) {
        err() << "fedctl provision: " << coordinator.error() << '\n';
        return Failed;
    }
    const QString outDir = parser.value(u"out"_s);
    out() << "federation " << QString::fromStdString(coordinator->federationId) << ": "
          << coordinator->nodes.size() << " node kits in " << outDir << "/nodes\n"
          << "  coordinator: " << outDir << "/coordinator (keep private; listens on "
          << QString::fromStdString(coordinator->listenAddress) << ")\n";
    for (const auto& n : coordinator->nodes)
        out() << "  " << QString::fromStdString(fed::pki::nodeName(n.index)) << "  "
              << QString::fromStdString(n.nodeId) << "  " << outDir << "/nodes/"
              << QString::fromStdString(fed::pki::nodeName(n.index)) << ".tar.gz\n";
    return Ok;
}

int revokeCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"DIR"_s, u"the provisioned folder (or its coordinator/)"_s);
    parser.addPositionalArgument(u"NODE"_s,
                                 u"node index, node-NNN, or node id (8+ leading hex digits)"_s);
    parser.addOption({u"reason"_s, u"why the node is revoked (kept in nodes.json)"_s, u"TEXT"_s});
    int code = Ok;
    if (!parseArgs(parser, u"revoke"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 2) {
        err() << "fedctl revoke: expected DIR and NODE\n";
        return Usage;
    }
    if (parser.value(u"reason"_s).trimmed().isEmpty()) {
        err() << "fedctl revoke: --reason TEXT is required\n";
        return Usage;
    }
    std::filesystem::path dir = parser.positionalArguments().at(0).toStdString();
    std::error_code ec;
    if (std::filesystem::is_directory(dir / "coordinator", ec))
        dir /= "coordinator";
    const std::string node = parser.positionalArguments().at(1).toStdString();
    if (auto s = fed::pki::revokeNode(dir, node, parser.value(u"reason"_s).toStdString()); !s) {
        err() << "fedctl revoke: " << s.error() << '\n';
        return Failed;
    }
    out() << "revoked " << QString::fromStdString(node)
          << "; the coordinator refuses it from its next start\n";
    return Ok;
}

} // namespace fedctl
