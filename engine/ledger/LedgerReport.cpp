#include "engine/ledger/LedgerReport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace fed {
namespace {

constexpr std::uint64_t kPage = 512;

QString isoTime(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue number(double v) {
    // JSON has no NaN or infinity; the canonical binary block keeps them exactly.
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonObject metricsJson(const std::vector<Metric>& metrics) {
    QJsonObject o;
    for (const Metric& m : metrics)
        o.insert(m.name, number(m.value));
    return o;
}

using ClientMap = std::map<NodeId, std::uint32_t>;

ClientMap clientsOf(const GenesisBody* genesis) {
    ClientMap map;
    if (genesis)
        for (const Member& m : genesis->members)
            map[m.nodeId()] = m.client;
    return map;
}

void addNode(QJsonObject& o, const NodeId& node, const ClientMap& clients) {
    o.insert(u"node_id"_s, node.toHex());
    if (auto it = clients.find(node); it != clients.end())
        o.insert(u"client"_s, static_cast<qint64>(it->second));
}

QString kindName(std::optional<BlockKind> kind) {
    if (!kind)
        return u"unknown"_s;
    return *kind == BlockKind::Genesis ? u"genesis"_s : u"round"_s;
}

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString metricText(const std::vector<Metric>& metrics) {
    QStringList parts;
    for (const Metric& m : metrics)
        parts << u"%1 %2"_s.arg(m.name, QString::number(m.value, 'g', 6));
    return parts.join(u", "_s);
}

} // namespace

QJsonObject blockToJson(const StoredBlock& stored, const GenesisBody* genesis) {
    const Block& b = stored.block;
    const ClientMap clients = clientsOf(b.kind == BlockKind::Genesis ? &b.genesis : genesis);
    QJsonObject o{{u"height"_s, static_cast<qint64>(b.height)},
                  {u"kind"_s, kindName(b.kind)},
                  {u"version"_s, b.version},
                  {u"hash"_s, stored.hash.toHex()},
                  {u"previous_hash"_s, b.previousHash.toHex()},
                  {u"timestamp_ms"_s, static_cast<qint64>(b.timestampMs)},
                  {u"timestamp"_s, isoTime(b.timestampMs)},
                  {u"signature"_s, stored.signature.toHex()},
                  {u"size"_s, static_cast<qint64>(stored.encodedSize)}};
    if (b.kind == BlockKind::Genesis) {
        const GenesisBody& g = b.genesis;
        o.insert(u"federation_id"_s, g.federationId);
        o.insert(u"spec_hash"_s, g.specHash.toHex());
        const QJsonDocument spec = QJsonDocument::fromJson(g.spec);
        o.insert(u"spec"_s, spec.isObject() ? QJsonValue(spec.object())
                                            : QJsonValue(QString::fromUtf8(g.spec)));
        o.insert(u"coordinator_key"_s, g.coordinatorKey.toHex());
        o.insert(u"coordinator_id"_s, nodeIdOf(g.coordinatorKey).toHex());
        QJsonArray members;
        for (const Member& m : g.members)
            members.append(QJsonObject{{u"client"_s, static_cast<qint64>(m.client)},
                                       {u"node_id"_s, m.nodeId().toHex()},
                                       {u"public_key"_s, m.key.toHex()}});
        o.insert(u"members"_s, members);
        o.insert(u"initial_model_hash"_s, g.initialModelHash.toHex());
        o.insert(u"software_version"_s, g.softwareVersion);
        return o;
    }
    const RoundBody& r = b.round;
    o.insert(u"round"_s, static_cast<qint64>(r.round));
    o.insert(u"parent_model_hash"_s, r.parentModelHash.toHex());
    o.insert(u"model_hash"_s, r.modelHash.toHex());
    if (r.strategyStateHash)
        o.insert(u"strategy_state_hash"_s, r.strategyStateHash->toHex());
    o.insert(u"strategy"_s, QJsonObject{{u"name"_s, r.strategy},
                                        {u"parameters"_s, metricsJson(r.strategyParameters)}});
    QJsonArray selected;
    for (const NodeId& n : r.selected) {
        QJsonObject s;
        addNode(s, n, clients);
        selected.append(s);
    }
    o.insert(u"selected"_s, selected);
    QJsonArray updates;
    for (const UpdateEntry& u : r.updates) {
        QJsonObject e;
        addNode(e, u.node, clients);
        e.insert(u"update_hash"_s, u.updateHash.toHex());
        e.insert(u"samples"_s, static_cast<qint64>(u.samples));
        e.insert(u"metrics"_s, metricsJson(u.metrics));
        e.insert(u"energy"_s, metricsJson(u.energy));
        e.insert(u"signature"_s, u.signature.toHex());
        updates.append(e);
    }
    o.insert(u"updates"_s, updates);
    o.insert(u"merkle_root"_s, r.merkleRoot.toHex());
    o.insert(u"evaluation"_s, metricsJson(r.evaluation));
    QJsonArray incidents;
    for (const Incident& i : r.incidents) {
        QJsonObject e;
        addNode(e, i.node, clients);
        e.insert(u"kind"_s, incidentKindName(i.kind));
        e.insert(u"reason"_s, i.reason);
        if (i.updateHash)
            e.insert(u"update_hash"_s, i.updateHash->toHex());
        incidents.append(e);
    }
    o.insert(u"incidents"_s, incidents);
    o.insert(u"energy"_s, metricsJson(r.energy));
    if (b.version >= 2)
        o.insert(u"privacy"_s, metricsJson(r.privacy));
    if (r.contributions) {
        QJsonArray entries;
        for (const ContributionEntry& c : r.contributions->entries) {
            QJsonObject e;
            addNode(e, c.node, clients);
            e.insert(u"score"_s, c.score);
            e.insert(u"reward"_s, c.reward);
            e.insert(u"balance"_s, c.balance);
            entries.append(e);
        }
        o.insert(u"contributions"_s,
                 QJsonObject{{u"method"_s, r.contributions->method},
                             {u"rule"_s, r.contributions->rule},
                             {u"parameters"_s, metricsJson(r.contributions->parameters)},
                             {u"measurement"_s, metricsJson(r.contributions->measurement)},
                             {u"entries"_s, entries}});
    }
    return o;
}

QJsonObject verifyReportToJson(const VerifyReport& report, bool everyBlock) {
    QJsonObject o{{u"run"_s, report.runPath},
                  {u"valid"_s, report.valid()},
                  {u"cancelled"_s, report.cancelled}};
    if (!report.valid())
        o.insert(u"summary"_s, report.summary());
    if (report.firstBadHeight) {
        o.insert(u"first_bad_height"_s, static_cast<qint64>(*report.firstBadHeight));
        o.insert(u"first_problem"_s, report.firstProblem);
    } else {
        o.insert(u"first_bad_height"_s, QJsonValue(QJsonValue::Null));
    }
    o.insert(u"problems"_s, QJsonArray::fromStringList(report.problems));
    qint64 blockCount = 0;
    qint64 badCount = 0;
    QJsonArray blocks;
    for (const BlockVerdict& v : report.blocks) {
        if (v.kind)
            ++blockCount;
        if (!v.ok())
            ++badCount;
        if (!everyBlock && v.ok())
            continue;
        QJsonObject b{{u"height"_s, static_cast<qint64>(v.height)},
                      {u"kind"_s, kindName(v.kind)},
                      {u"ok"_s, v.ok()}};
        if (v.kind == BlockKind::Round)
            b.insert(u"round"_s, static_cast<qint64>(v.round));
        if (v.kind)
            b.insert(u"hash"_s, v.hash.toHex());
        if (!v.ok())
            b.insert(u"problems"_s, QJsonArray::fromStringList(v.problems));
        if (v.dependsOn) // every problem follows from that altered block
            b.insert(u"depends_on"_s, static_cast<qint64>(*v.dependsOn));
        if (v.replay != ReplayOutcome::NotRequested)
            b.insert(u"replay"_s, replayOutcomeName(v.replay));
        blocks.append(b);
    }
    o.insert(u"block_count"_s, blockCount);
    o.insert(u"bad_block_count"_s, badCount);
    o.insert(u"blocks"_s, blocks);
    if (report.head)
        o.insert(u"head"_s, QJsonObject{{u"height"_s, static_cast<qint64>(report.head->height)},
                                        {u"hash"_s, report.head->hash.toHex()},
                                        {u"model_hash"_s, report.head->modelHash.toHex()}});
    QJsonArray replayed;
    for (auto r : report.roundsReplayed)
        replayed.append(static_cast<qint64>(r));
    QJsonArray notReplayed;
    for (auto r : report.roundsNotReplayed)
        notReplayed.append(static_cast<qint64>(r));
    o.insert(u"rounds_replayed"_s, replayed);
    o.insert(u"rounds_not_replayed"_s, notReplayed);
    o.insert(u"stats"_s,
             QJsonObject{{u"seconds"_s, report.seconds},
                         {u"bytes_hashed"_s, static_cast<double>(report.bytesHashed)},
                         {u"signatures_checked"_s, static_cast<double>(report.signaturesChecked)}});
    return o;
}

QString verifySummaryLine(const VerifyReport& report) {
    return report.valid() ? u"valid"_s : u"INVALID: "_s + report.summary();
}

Result<QByteArray> exportLedgerJson(const RunStore& store, const Ledger& ledger,
                                    const VerifyReport& report) {
    auto genesis = ledger.genesis();
    auto count = ledger.blockCount();
    if (!count)
        return count.takeError();
    QJsonArray blocks;
    for (std::uint64_t first = 0; first < *count; first += kPage) {
        auto page = ledger.blocks(first, kPage);
        if (!page)
            return page.takeError();
        for (const StoredBlock& b : *page)
            blocks.append(blockToJson(b, genesis ? &*genesis : nullptr));
    }
    QJsonObject root{
        {u"format"_s, u"fedstudio-ledger-report/1"_s},
        {u"run"_s, store.path()},
        {u"generated_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"verification"_s, verifyReportToJson(report, true)},
        {u"blocks"_s, blocks}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QByteArray> exportLedgerHtml(const RunStore& store, const Ledger& ledger,
                                    const VerifyReport& report) {
    auto genesis = ledger.genesis();
    auto count = ledger.blockCount();
    if (!count)
        return count.takeError();
    std::map<std::uint64_t, const BlockVerdict*> verdicts;
    for (const BlockVerdict& v : report.blocks)
        verdicts[v.height] = &v;
    const ClientMap clients = clientsOf(genesis ? &*genesis : nullptr);
    auto who = [&](const NodeId& n) {
        auto it = clients.find(n);
        const QString id = n.toHex().left(16);
        return it == clients.end() ? id : u"client %1 (%2…)"_s.arg(it->second).arg(id);
    };

    QString h;
    h += u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"_s;
    h += u"<title>Audit report: %1</title>\n"_s.arg(esc(store.path()));
    h += u"<style>body{font-family:sans-serif;margin:2em;color:#222}"
         "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 6px;"
         "font-size:13px;text-align:left;vertical-align:top}th{background:#f0f0f0}"
         ".ok{color:#176317}.bad{color:#b00020;font-weight:bold}code{font-size:12px}"
         "</style></head><body>\n"_s;
    h += u"<h1>Audit report</h1>\n<p>Run file <code>%1</code>, generated %2.</p>\n"_s.arg(
        esc(store.path()), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    h += u"<h2>Verification</h2>\n"_s;
    if (report.valid())
        h += u"<p class=\"ok\">The ledger is valid: %1 blocks, every hash link, signature, Merkle "
             "root and blob checks out.</p>\n"_s.arg(report.head ? report.head->height + 1 : 0);
    else
        h += u"<p class=\"bad\">The ledger is INVALID. %1</p>\n"_s.arg(esc(report.summary()));
    if (!report.roundsReplayed.empty() || !report.roundsNotReplayed.empty())
        h += u"<p>Replay: %1 rounds reproduced from their stored updates; %2 rounds could not be "
             "replayed because their updates were not stored.</p>\n"_s
                 .arg(report.roundsReplayed.size())
                 .arg(report.roundsNotReplayed.size());
    if (report.head)
        h += u"<p>Head: block %1, hash <code>%2</code>, model <code>%3</code>.</p>\n"_s.arg(
            QString::number(report.head->height), report.head->hash.toHex(),
            report.head->modelHash.toHex());
    if (genesis) {
        h += u"<h2>Federation</h2>\n<table>"_s;
        h += u"<tr><th>Federation id</th><td><code>%1</code></td></tr>"_s.arg(
            esc(genesis->federationId));
        const QJsonObject spec = QJsonDocument::fromJson(genesis->spec).object();
        h += u"<tr><th>Name</th><td>%1</td></tr>"_s.arg(esc(spec.value(u"name"_s).toString()));
        h +=
            u"<tr><th>Spec hash</th><td><code>%1</code></td></tr>"_s.arg(genesis->specHash.toHex());
        h += u"<tr><th>Coordinator key</th><td><code>%1</code></td></tr>"_s.arg(
            genesis->coordinatorKey.toHex());
        h += u"<tr><th>Initial model</th><td><code>%1</code></td></tr>"_s.arg(
            genesis->initialModelHash.toHex());
        h += u"<tr><th>Software</th><td>Federation Studio %1</td></tr></table>\n"_s.arg(
            esc(genesis->softwareVersion));
        h += u"<h3>Members</h3>\n<table><tr><th>Client</th><th>Node id</th></tr>"_s;
        for (const Member& m : genesis->members)
            h += u"<tr><td>%1</td><td><code>%2</code></td></tr>"_s.arg(m.client).arg(
                m.nodeId().toHex());
        h += u"</table>\n"_s;
    }
    h += u"<h2>Blocks</h2>\n<table><tr><th>Height</th><th>Time (UTC)</th><th>Model</th>"
         "<th>Evaluation</th><th>Contributors</th><th>Incidents</th><th>Check</th></tr>\n"_s;
    for (std::uint64_t first = 0; first < *count; first += kPage) {
        auto page = ledger.blocks(first, kPage);
        if (!page)
            return page.takeError();
        for (const StoredBlock& s : *page) {
            const Block& b = s.block;
            const auto verdict = verdicts.find(b.height);
            const bool ok = verdict == verdicts.end() || verdict->second->ok();
            QString check = ok ? u"<span class=\"ok\">ok</span>"_s
                            : verdict->second->dependsOn
                                ? u"<span class=\"bad\">its signatures depend on block %1, "
                                  "which was altered</span>"_s.arg(*verdict->second->dependsOn)
                                : u"<span class=\"bad\">%1</span>"_s.arg(
                                      esc(verdict->second->problems.join(u"; "_s)));
            if (verdict != verdicts.end() && verdict->second->replay == ReplayOutcome::Reproduced)
                check += u" (replayed)"_s;
            if (b.kind == BlockKind::Genesis) {
                h +=
                    u"<tr><td>0 (genesis)</td><td>%1</td><td><code>%2</code></td><td></td>"
                    "<td></td><td></td><td>%3</td></tr>\n"_s.arg(
                        isoTime(b.timestampMs), b.genesis.initialModelHash.toHex().left(16), check);
                continue;
            }
            QStringList contributors;
            for (const UpdateEntry& u : b.round.updates)
                contributors << esc(who(u.node));
            QStringList incidents;
            for (const Incident& i : b.round.incidents)
                incidents << esc(
                    u"%1 %2: %3"_s.arg(who(i.node), incidentKindName(i.kind), i.reason));
            h += u"<tr><td>%1</td><td>%2</td><td><code>%3</code></td><td>%4</td><td>%5</td>"
                 "<td>%6</td><td>%7</td></tr>\n"_s.arg(
                     QString::number(b.height), isoTime(b.timestampMs),
                     b.round.modelHash.toHex().left(16), esc(metricText(b.round.evaluation)),
                     contributors.join(u"<br>"_s), incidents.join(u"<br>"_s), check);
        }
    }
    h += u"</table>\n"_s;
    for (const BlockVerdict& v : report.blocks)
        if (!v.kind && !v.ok())
            h += u"<p class=\"bad\">Height %1: %2</p>\n"_s.arg(v.height).arg(
                esc(v.problems.join(u"; "_s)));
    h += u"<p>The block format and the verification rules are public: docs/ledger-format.md. "
         "<code>tools/verify_ledger.py</code> checks a run file independently.</p>\n"
         "</body></html>\n"_s;
    return h.toUtf8();
}

} // namespace fed
