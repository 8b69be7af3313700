// fedctl ledger verify / show / lineage / export: the audit ledger, headless. Every command
// opens the run file read-only, so auditors can use it on a copy they may not change.
#include "app/fedctl/Commands.h"
#include "engine/ledger/Ledger.h"
#include "engine/ledger/LedgerReport.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>

using namespace Qt::StringLiterals;

namespace fedctl {
namespace {

struct OpenRun {
    std::unique_ptr<fed::RunStore> store;
    std::unique_ptr<fed::Ledger> ledger;
};

//! Opens a run file read-only with its ledger; prints the problem and returns Usage otherwise.
int openRun(const QString& command, const QString& path, OpenRun& run) {
    auto store = fed::RunStore::open(path, fed::RunStore::Mode::ReadOnly);
    if (!store) {
        err() << "fedctl " << command << ": " << store.error() << '\n';
        return Usage;
    }
    run.store = std::move(*store);
    run.ledger = std::make_unique<fed::Ledger>(*run.store);
    return Ok;
}

//! Opens the run and checks that it has a ledger (show, lineage and export need one).
int openLedger(const QString& command, const QString& path, OpenRun& run) {
    if (int code = openRun(command, path, run); code != Ok)
        return code;
    auto exists = run.ledger->exists();
    if (!exists || !*exists) {
        err() << "fedctl " << command << ": "
              << (exists ? u"%1 has no audit ledger"_s.arg(path) : exists.error()) << '\n';
        return Failed;
    }
    return Ok;
}

QString shortHex(const fed::Hash& h) {
    return h.toHex().left(16);
}

QString isoTime(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate);
}

QString metricsText(const std::vector<fed::Metric>& metrics) {
    QStringList parts;
    for (const fed::Metric& m : metrics)
        parts << u"%1 %2"_s.arg(m.name, QString::number(m.value, 'g', 6));
    return parts.isEmpty() ? u"-"_s : parts.join(u", "_s);
}

QString heightList(const std::vector<std::uint32_t>& rounds) {
    QStringList parts;
    for (auto r : rounds)
        parts << QString::number(r);
    return parts.join(u", "_s);
}

void printVerdicts(const fed::VerifyReport& report) {
    // Blocks whose problems all follow from one altered block (a changed genesis block makes
    // every later signature fail) are counted under it rather than listed one by one.
    std::map<std::uint64_t, std::uint64_t> dependents;
    for (const fed::BlockVerdict& v : report.blocks)
        if (!v.ok() && v.dependsOn)
            ++dependents[*v.dependsOn];
    for (const fed::BlockVerdict& v : report.blocks) {
        if (v.ok() || v.dependsOn)
            continue;
        QString name = u"block %1"_s.arg(v.height);
        if (v.kind == fed::BlockKind::Genesis)
            name += u" (genesis)"_s;
        else if (v.kind == fed::BlockKind::Round)
            name += u" (round %1)"_s.arg(v.round);
        out() << "  " << name << ":\n";
        for (const QString& p : v.problems)
            out() << "    - " << p << '\n';
        if (const auto d = dependents.find(v.height); d != dependents.end())
            out() << "    and " << d->second
                  << (d->second == 1 ? " more block whose signatures depend on it\n"
                                     : " more blocks whose signatures depend on it\n");
    }
}

std::optional<fed::PublicKey> parsePublicKey(const QString& hex) {
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    fed::PublicKey key;
    if (hex.size() != 64 || !fed::PublicKey::fromBytes(raw, key))
        return std::nullopt;
    return key;
}

} // namespace

int ledgerVerifyCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"RUN"_s, u"the run file whose ledger to verify"_s);
    parser.addOption({u"replay"_s, u"also recompute every aggregation whose updates are stored "
                                   "and compare the model hashes"_s});
    parser.addOption({u"json"_s, u"print the report as JSON on stdout"_s});
    parser.addOption({u"coordinator-key"_s,
                      u"trust only this coordinator public key (64 hex digits)"_s, u"HEX"_s});
    parser.addOption({u"expect-head"_s,
                      u"the chain must contain this block hash (64 hex digits), e.g. a head "
                      "recorded earlier: detects blocks removed from the end"_s,
                      u"HASH"_s});
    int code = Ok;
    if (!parseArgs(parser, u"ledger verify"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "fedctl ledger verify: expected one RUN file\n";
        return Usage;
    }
    fed::VerifyOptions options;
    options.replay = parser.isSet(u"replay"_s);
    if (parser.isSet(u"coordinator-key"_s)) {
        options.coordinatorKey = parsePublicKey(parser.value(u"coordinator-key"_s));
        if (!options.coordinatorKey) {
            err() << "fedctl ledger verify: --coordinator-key must be 64 hex digits\n";
            return Usage;
        }
    }
    if (parser.isSet(u"expect-head"_s)) {
        fed::Hash head;
        if (!fed::Hash::fromHex(parser.value(u"expect-head"_s), head)) {
            err() << "fedctl ledger verify: --expect-head must be 64 hex digits\n";
            return Usage;
        }
        options.expectedHead = head;
    }
    const QString path = parser.positionalArguments().first();
    OpenRun run;
    if (int c = openRun(u"ledger verify"_s, path, run); c != Ok)
        return c;
    const fed::VerifyReport report = run.ledger->verify(options);

    if (parser.isSet(u"json"_s)) {
        out()
            << QJsonDocument(fed::verifyReportToJson(report, true)).toJson(QJsonDocument::Indented);
        return report.valid() ? Ok : Failed;
    }
    std::uint64_t rounds = 0;
    for (const fed::BlockVerdict& v : report.blocks)
        if (v.kind == fed::BlockKind::Round)
            ++rounds;
    if (report.valid()) {
        out() << path << ": ledger valid: " << report.blocks.size() << " blocks (genesis and "
              << rounds << " rounds)\n";
        if (report.head)
            out() << "head    block " << report.head->height << ", hash "
                  << report.head->hash.toHex() << "\nmodel   " << report.head->modelHash.toHex()
                  << '\n';
    } else {
        out() << path << ": ledger INVALID\n";
        out() << "first bad block: " << report.summary() << '\n';
        for (const QString& p : report.problems)
            out() << "  " << p << '\n';
        printVerdicts(report);
    }
    if (options.replay) {
        out() << "replay  " << report.roundsReplayed.size() << " rounds reproduced";
        if (!report.roundsNotReplayed.empty())
            out() << "; not replayed (updates not stored): rounds "
                  << heightList(report.roundsNotReplayed);
        // Rounds whose replay could not be done or gave another model; the problems above say
        // why.
        std::vector<std::uint32_t> failed;
        for (const fed::BlockVerdict& v : report.blocks)
            if (v.replay == fed::ReplayOutcome::Failed)
                failed.push_back(v.round);
        if (!failed.empty())
            out() << "; failed: rounds " << heightList(failed);
        out() << '\n';
    }
    out() << "checked " << report.signaturesChecked << " signatures and "
          << QString::number(static_cast<double>(report.bytesHashed) / 1e6, 'f', 2)
          << " MB of hashes in " << QString::number(report.seconds, 'f', 2) << " s\n";
    return report.valid() ? Ok : Failed;
}

int ledgerShowCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"RUN"_s, u"the run file"_s);
    parser.addOption({u"height"_s, u"show one block in full"_s, u"H"_s});
    parser.addOption({u"json"_s, u"print JSON on stdout"_s});
    int code = Ok;
    if (!parseArgs(parser, u"ledger show"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "fedctl ledger show: expected one RUN file\n";
        return Usage;
    }
    const QString path = parser.positionalArguments().first();
    OpenRun run;
    if (int c = openLedger(u"ledger show"_s, path, run); c != Ok)
        return c;
    auto genesis = run.ledger->genesis();
    const fed::GenesisBody* g = genesis ? &*genesis : nullptr;
    std::map<fed::NodeId, std::uint32_t> clients;
    if (g)
        for (const fed::Member& m : g->members)
            clients[m.nodeId()] = m.client;
    auto who = [&](const fed::NodeId& n) {
        auto it = clients.find(n);
        return it == clients.end() ? u"node %1"_s.arg(shortHex(n))
                                   : u"client %1 (node %2)"_s.arg(it->second).arg(shortHex(n));
    };
    const bool json = parser.isSet(u"json"_s);

    if (parser.isSet(u"height"_s)) {
        bool ok = false;
        const qulonglong height = parser.value(u"height"_s).toULongLong(&ok);
        if (!ok) {
            err() << "fedctl ledger show: --height must be a block height (0, 1, ...)\n";
            return Usage;
        }
        auto stored = run.ledger->block(height);
        if (!stored) {
            err() << "fedctl ledger show: " << stored.error() << '\n';
            return Failed;
        }
        if (json) {
            out() << QJsonDocument(fed::blockToJson(*stored, g)).toJson(QJsonDocument::Indented);
            return Ok;
        }
        const fed::Block& b = stored->block;
        out() << "block     " << b.height << (b.kind == fed::BlockKind::Genesis ? " (genesis)" : "")
              << "\nhash      " << stored->hash.toHex() << "\nprevious  " << b.previousHash.toHex()
              << "\ntime      " << isoTime(b.timestampMs) << "\nsignature "
              << stored->signature.toHex() << '\n';
        if (b.kind == fed::BlockKind::Genesis) {
            const fed::GenesisBody& gb = b.genesis;
            out() << "federation  " << gb.federationId << "\nspec hash   " << gb.specHash.toHex()
                  << "\ncoordinator " << gb.coordinatorKey.toHex() << "\ninitial     "
                  << gb.initialModelHash.toHex() << "\nsoftware    " << gb.softwareVersion
                  << "\nmembers     " << gb.members.size() << '\n';
            for (const fed::Member& m : gb.members)
                out() << "  client " << m.client << "  node " << m.nodeId().toHex() << '\n';
            return Ok;
        }
        const fed::RoundBody& r = b.round;
        out() << "round     " << r.round << "\nparent    " << r.parentModelHash.toHex()
              << "\nmodel     " << r.modelHash.toHex() << "\nstrategy  " << r.strategy << " ("
              << metricsText(r.strategyParameters) << ")\nevaluated " << metricsText(r.evaluation)
              << "\nmerkle    " << r.merkleRoot.toHex() << "\nenergy    " << metricsText(r.energy)
              << "\nselected  " << r.selected.size() << " nodes\nupdates   " << r.updates.size()
              << '\n';
        for (const fed::UpdateEntry& u : r.updates)
            out() << "  " << who(u.node) << "  update " << u.updateHash.toHex() << "  " << u.samples
                  << " samples\n    " << metricsText(u.metrics)
                  << (u.energy.empty() ? QString() : u"\n    energy: "_s + metricsText(u.energy))
                  << '\n';
        out() << "incidents " << r.incidents.size() << '\n';
        for (const fed::Incident& i : r.incidents)
            out() << "  " << who(i.node) << "  " << fed::incidentKindName(i.kind) << ": "
                  << i.reason << '\n';
        if (r.contributions) {
            out() << "contributions " << r.contributions->method << ", rule "
                  << r.contributions->rule << " (" << metricsText(r.contributions->parameters)
                  << ")\n";
            for (const fed::ContributionEntry& c : r.contributions->entries)
                out() << "  " << who(c.node) << "  score " << QString::number(c.score, 'g', 6)
                      << "  reward " << QString::number(c.reward, 'f', 4) << "  balance "
                      << QString::number(c.balance, 'f', 4) << '\n';
        }
        return Ok;
    }

    auto count = run.ledger->blockCount();
    if (!count) {
        err() << "fedctl ledger show: " << count.error() << '\n';
        return Failed;
    }
    QJsonArray list;
    if (!json) {
        if (g)
            out() << "federation " << g->federationId << ", " << g->members.size()
                  << " nodes, coordinator " << shortHex(fed::nodeIdOf(g->coordinatorKey)) << "\n\n";
        out() << "height  time (UTC)            model             updates  incidents  "
                 "evaluation\n";
    }
    constexpr std::uint64_t kPage = 512;
    for (std::uint64_t first = 0; first < *count; first += kPage) {
        auto page = run.ledger->blocks(first, kPage);
        if (!page) {
            err() << "fedctl ledger show: " << page.error() << '\n';
            return Failed;
        }
        for (const fed::StoredBlock& s : *page) {
            const fed::Block& b = s.block;
            if (json) {
                QJsonObject o{{u"height"_s, static_cast<qint64>(b.height)},
                              {u"hash"_s, s.hash.toHex()},
                              {u"timestamp_ms"_s, static_cast<qint64>(b.timestampMs)}};
                if (b.kind == fed::BlockKind::Genesis) {
                    o.insert(u"kind"_s, u"genesis"_s);
                    o.insert(u"model_hash"_s, b.genesis.initialModelHash.toHex());
                } else {
                    o.insert(u"kind"_s, u"round"_s);
                    o.insert(u"round"_s, static_cast<qint64>(b.round.round));
                    o.insert(u"model_hash"_s, b.round.modelHash.toHex());
                    o.insert(u"updates"_s, static_cast<qint64>(b.round.updates.size()));
                    o.insert(u"incidents"_s, static_cast<qint64>(b.round.incidents.size()));
                }
                list.append(o);
                continue;
            }
            const bool genesisBlock = b.kind == fed::BlockKind::Genesis;
            out() << QString::number(b.height).rightJustified(6) << "  "
                  << isoTime(b.timestampMs).leftJustified(20) << "  "
                  << shortHex(genesisBlock ? b.genesis.initialModelHash : b.round.modelHash) << "  "
                  << (genesisBlock ? u"genesis"_s : QString::number(b.round.updates.size()))
                         .rightJustified(7)
                  << "  "
                  << (genesisBlock ? QString() : QString::number(b.round.incidents.size()))
                         .rightJustified(9)
                  << "  " << (genesisBlock ? QString() : metricsText(b.round.evaluation)) << '\n';
        }
    }
    if (json)
        out() << QJsonDocument(QJsonObject{{u"run"_s, path}, {u"blocks"_s, list}})
                     .toJson(QJsonDocument::Indented);
    return Ok;
}

int ledgerLineageCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"RUN"_s, u"the run file"_s);
    parser.addPositionalArgument(u"MODEL_HASH"_s, u"a model's SHA-256, or a unique prefix of it"_s);
    parser.addOption({u"json"_s, u"print JSON on stdout"_s});
    int code = Ok;
    if (!parseArgs(parser, u"ledger lineage"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 2) {
        err() << "fedctl ledger lineage: expected a RUN file and a MODEL_HASH\n";
        return Usage;
    }
    const QString path = parser.positionalArguments().at(0);
    const QString prefix = parser.positionalArguments().at(1);
    OpenRun run;
    if (int c = openLedger(u"ledger lineage"_s, path, run); c != Ok)
        return c;
    if (prefix.isEmpty()) {
        err() << "fedctl ledger lineage: the model hash is empty\n";
        return Usage;
    }
    auto matches = run.ledger->findModels(prefix);
    if (!matches) {
        err() << "fedctl ledger lineage: " << matches.error() << '\n';
        return Usage;
    }
    if (matches->empty()) {
        err() << "fedctl ledger lineage: no model in " << path << " has a hash starting with "
              << prefix << '\n';
        return Failed;
    }
    if (matches->size() > 1) {
        err() << "fedctl ledger lineage: " << prefix << " matches " << matches->size()
              << " models; give more digits:\n";
        for (const fed::Hash& h : *matches)
            err() << "  " << h.toHex() << '\n';
        return Usage;
    }
    auto steps = run.ledger->lineage(matches->front());
    if (!steps) {
        err() << "fedctl ledger lineage: " << steps.error() << '\n';
        return Failed;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const fed::LineageStep& s : *steps) {
            QJsonObject o{{u"height"_s, static_cast<qint64>(s.height)},
                          {u"round"_s, static_cast<qint64>(s.round)},
                          {u"block_hash"_s, s.blockHash.toHex()},
                          {u"model_hash"_s, s.modelHash.toHex()},
                          {u"timestamp_ms"_s, static_cast<qint64>(s.timestampMs)}};
            if (s.parentModelHash)
                o.insert(u"parent_model_hash"_s, s.parentModelHash->toHex());
            QJsonArray contributors;
            for (const fed::Contributor& c : s.contributors) {
                QJsonObject e{{u"node_id"_s, c.node.toHex()},
                              {u"update_hash"_s, c.updateHash.toHex()},
                              {u"samples"_s, static_cast<qint64>(c.samples)}};
                if (c.client)
                    e.insert(u"client"_s, static_cast<qint64>(*c.client));
                contributors.append(e);
            }
            o.insert(u"contributors"_s, contributors);
            list.append(o);
        }
        out() << QJsonDocument(QJsonObject{{u"run"_s, path},
                                           {u"model_hash"_s, matches->front().toHex()},
                                           {u"lineage"_s, list}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << "model " << matches->front().toHex() << ": " << steps->size()
          << " versions back to the initial model\n";
    for (const fed::LineageStep& s : *steps) {
        if (!s.parentModelHash) {
            out() << "  initial model " << s.modelHash.toHex() << "  (genesis block, "
                  << isoTime(s.timestampMs) << ")\n";
            continue;
        }
        out() << "  round " << s.round << "  model " << s.modelHash.toHex() << "  (block "
              << s.height << ", " << isoTime(s.timestampMs) << ")\n    from "
              << shortHex(*s.parentModelHash) << " with " << s.contributors.size() << " updates:";
        QStringList parts;
        for (const fed::Contributor& c : s.contributors)
            parts << (c.client ? u"client %1"_s.arg(*c.client)
                               : u"node %1"_s.arg(shortHex(c.node))) +
                         u" (%1, %2 samples)"_s.arg(shortHex(c.node)).arg(c.samples);
        out() << (parts.isEmpty() ? u" none"_s : u"\n      "_s + parts.join(u"\n      "_s)) << '\n';
    }
    return Ok;
}

int ledgerExportCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"RUN"_s, u"the run file"_s);
    parser.addOption({u"format"_s, u"json or html"_s, u"FORMAT"_s});
    parser.addOption({u"out"_s, u"write the report here (default: stdout)"_s, u"FILE"_s});
    parser.addOption({u"replay"_s, u"replay stored aggregations while verifying"_s});
    int code = Ok;
    if (!parseArgs(parser, u"ledger export"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "fedctl ledger export: expected one RUN file\n";
        return Usage;
    }
    const QString format = parser.value(u"format"_s);
    if (format != u"json"_s && format != u"html"_s) {
        err() << "fedctl ledger export: --format must be json or html\n";
        return Usage;
    }
    const QString path = parser.positionalArguments().first();
    OpenRun run;
    if (int c = openLedger(u"ledger export"_s, path, run); c != Ok)
        return c;
    fed::VerifyOptions options;
    options.replay = parser.isSet(u"replay"_s);
    const fed::VerifyReport report = run.ledger->verify(options);
    auto bytes = format == u"json"_s ? fed::exportLedgerJson(*run.store, *run.ledger, report)
                                     : fed::exportLedgerHtml(*run.store, *run.ledger, report);
    if (!bytes) {
        err() << "fedctl ledger export: " << bytes.error() << '\n';
        return Failed;
    }
    if (!parser.isSet(u"out"_s)) {
        out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(*bytes) < 0) {
            err() << "fedctl ledger export: cannot write to stdout\n";
            return Failed;
        }
        return Ok;
    }
    QFile file(parser.value(u"out"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*bytes) < 0 ||
        !file.flush()) {
        err() << "fedctl ledger export: cannot write " << file.fileName() << ": "
              << file.errorString() << '\n';
        return Failed;
    }
    err() << "wrote " << file.fileName() << " (ledger " << fed::verifySummaryLine(report) << ")\n";
    return Ok;
}

} // namespace fedctl
