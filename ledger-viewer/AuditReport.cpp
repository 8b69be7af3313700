#include "ledger-viewer/AuditReport.h"

#include "ledger-viewer/LedgerConnection.h"
#include "ledger-viewer/ViewerFormat.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <algorithm>
#include <atomic>
#include <climits>
#include <cstdint>
#include <map>

using namespace Qt::StringLiterals;

namespace fed::viewer {
namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString code(const QString& s) {
    return u"<code>%1</code>"_s.arg(esc(s));
}

//! What the report needs of one round on the lineage, beyond the lineage step.
struct StepFacts {
    std::optional<double> accuracy;
    std::optional<double> loss;
    std::vector<Metric> energy;
    int incidents = 0;
    bool read = false;
};

struct NodeTotals {
    std::optional<std::uint32_t> client;
    std::uint64_t rounds = 0;
    std::uint64_t samples = 0;
    double energyJ = 0.0;
    std::uint32_t firstRound = 0;
    std::uint32_t lastRound = 0;
};

const char* const kStyle =
    "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#1d1d1f;"
    "margin:24px}"
    "h1{font-size:18pt;margin-bottom:4px}h2{font-size:13pt;margin-top:22px;"
    "border-bottom:1px solid #b0b0b0}"
    "table.grid{border-collapse:collapse;margin:6px 0}"
    "table.grid th{background-color:#eef0f3;text-align:left;padding:3px 6px;"
    "border:1px solid #c8c8c8;font-size:9pt}"
    "table.grid td{padding:3px 6px;border:1px solid #d4d4d4;font-size:9pt;vertical-align:top}"
    "code{font-family:'DejaVu Sans Mono',monospace;font-size:8.5pt}"
    ".ok{color:#1b7a2e;font-weight:bold}.bad{color:#b00020;font-weight:bold}"
    ".warn{color:#9a5b00;font-weight:bold}.muted{color:#666666}"
    ".num{text-align:right}";

} // namespace

ReportOutcome ReportOutcome::failed(const QString& error) {
    ReportOutcome r;
    r.error = error;
    return r;
}

ReportOutcome AuditReport::make(LedgerConnection& connection, const ReportRequest& request,
                                const std::function<void(int, int)>& progress,
                                const std::function<bool()>& cancelled) {
    const Ledger& ledger = connection.ledger();
    const QLocale locale;
    ReportOutcome out;

    // 1. Has anything been changed? The caller's verification, or a fresh one with replay.
    if (request.verification) {
        out.verification = *request.verification;
    } else {
        std::atomic<bool> stop{false};
        VerifyOptions options;
        options.replay = true;
        options.cancel = &stop;
        options.progress = [&](std::uint64_t done, std::uint64_t total) {
            if (progress)
                progress(static_cast<int>(std::min<std::uint64_t>(done, INT_MAX)),
                         static_cast<int>(std::min<std::uint64_t>(total, INT_MAX)));
            if (cancelled && cancelled())
                stop = true;
        };
        out.verification = VerificationResult::fromReport(ledger.verify(options), true);
        if (out.verification.cancelled) {
            out.cancelled = true;
            return out;
        }
    }
    const VerificationResult& verdict = out.verification;

    // 2. Where did it come from? The lineage, then the blocks' figures.
    auto lineage = ledger.lineage(request.model);
    const GenesisBody* genesis = connection.genesis();
    const NodeDirectory& nodes = connection.nodes();
    std::vector<LineageStep> steps;
    QString lineageError;
    if (lineage)
        steps = std::move(*lineage);
    else
        lineageError = lineage.error();
    std::map<std::uint64_t, StepFacts> facts;
    std::map<NodeId, double> nodeEnergy; // a node's own energy is in its update entries
    if (!steps.empty()) {
        const std::uint64_t first = steps.back().height;
        const std::uint64_t end = steps.front().height + 1;
        constexpr std::uint64_t kPage = 512;
        for (std::uint64_t at = first; at < end; at += kPage) {
            if (cancelled && cancelled()) {
                out.cancelled = true;
                return out;
            }
            auto page = ledger.blocks(at, std::min(kPage, end - at));
            if (!page)
                continue;
            for (const StoredBlock& s : *page) {
                StepFacts& f = facts[s.block.height];
                f.read = true;
                if (s.block.kind != BlockKind::Round)
                    continue;
                f.accuracy = findMetric(s.block.round.evaluation, u"accuracy");
                f.loss = findMetric(s.block.round.evaluation, u"loss");
                f.energy = s.block.round.energy;
                f.incidents = static_cast<int>(s.block.round.incidents.size());
                for (const UpdateEntry& u : s.block.round.updates)
                    nodeEnergy[u.node] += ViewerFormat::totalEnergyJ(u.energy).value_or(0.0);
            }
        }
    }
    std::map<NodeId, NodeTotals> totals;
    std::uint64_t updates = 0;
    std::uint64_t samples = 0;
    double computation = 0, communication = 0, idle = 0, carbon = 0;
    for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
        for (const Contributor& k : it->contributors) {
            NodeTotals& t = totals[k.node];
            t.client = k.client;
            if (t.rounds == 0)
                t.firstRound = it->round;
            t.lastRound = it->round;
            ++t.rounds;
            t.samples += k.samples;
            ++updates;
            samples += k.samples;
        }
        const StepFacts& f = facts[it->height];
        computation += findMetric(f.energy, u"computation_j").value_or(0.0);
        communication += findMetric(f.energy, u"communication_j").value_or(0.0);
        idle += findMetric(f.energy, u"idle_j").value_or(0.0);
        carbon += findMetric(f.energy, u"carbon_g").value_or(0.0);
    }
    for (auto& [node, t] : totals)
        t.energyJ = nodeEnergy[node];
    out.lineageSteps = steps.size();
    out.contributors = totals.size();

    // 3. The page.
    const QString federationName =
        genesis ? QJsonDocument::fromJson(genesis->spec).object().value(u"name"_s).toString()
                : QString();
    const QString generated = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const LineageStep* top = steps.empty() ? nullptr : &steps.front();
    QString h;
    h.reserve(64 * 1024);
    h += u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"_s;
    h += u"<title>%1</title>\n"_s.arg(
        esc(tr("Audit report: model %1").arg(ViewerFormat::shortHex(request.model))));
    h += u"<style>"_s + QString::fromLatin1(kStyle) + u"</style></head><body>\n"_s;
    h += u"<h1>%1</h1>\n"_s.arg(
        esc(tr("Audit report: model %1").arg(ViewerFormat::shortHex(request.model))));
    h += u"<p class=\"muted\">%1</p>\n"_s.arg(
        esc(tr("Federation “%1” (id %2) · run file %3 · generated %4 by Federation Studio")
                .arg(federationName.isEmpty() ? tr("unnamed") : federationName,
                     genesis ? genesis->federationId : tr("unknown"),
                     QFileInfo(connection.path()).fileName(), generated)));

    // The two questions, answered first.
    h += u"<h2>%1</h2>\n"_s.arg(esc(tr("Has anything been changed?")));
    if (!verdict.error.isEmpty()) {
        h += u"<p class=\"bad\">%1</p>\n"_s.arg(esc(verdict.headline()));
    } else if (verdict.valid) {
        h += u"<p><span class=\"ok\">%1</span> %2</p>\n"_s.arg(esc(tr("No: the ledger verifies.")),
                                                               esc(verdict.headline()));
    } else {
        h += u"<p><span class=\"bad\">%1</span> %2</p>\n"_s.arg(
            esc(tr("Yes: the ledger does NOT verify.")), esc(verdict.headline()));
        if (verdict.firstBadHeight && top && *verdict.firstBadHeight <= top->height)
            h += u"<p class=\"bad\">%1</p>\n"_s.arg(
                esc(tr("Block %1 is on this model's lineage: the model and everything recorded "
                       "after that block cannot be trusted.")
                        .arg(*verdict.firstBadHeight)));
        else if (verdict.firstBadHeight)
            h += u"<p>%1</p>\n"_s.arg(
                esc(tr("The first bad block comes after this model's round, so its lineage "
                       "verified; later records do not.")));
    }
    if (const QString replay = verdict.replayText(); !replay.isEmpty())
        h += u"<p>%1</p>\n"_s.arg(esc(replay));

    h += u"<h2>%1</h2>\n"_s.arg(esc(tr("Where did this model come from?")));
    if (!lineageError.isEmpty()) {
        h += u"<p class=\"bad\">%1</p>\n"_s.arg(
            esc(tr("Its lineage cannot be traced: %1").arg(lineageError)));
    } else if (top) {
        const StepFacts& f = facts[top->height];
        QString made =
            top->round == 0
                ? tr("Model %1 is the federation's initial model, fixed by the genesis block on "
                     "%2.")
                      .arg(request.model.toHex(), ViewerFormat::utcTime(top->timestampMs))
                : tr("Model %1 was produced by round %2 (block %3, %4). It descends from the "
                     "initial model %5 through %6 rounds, into which %7 nodes put %8 updates "
                     "trained on %9 samples.")
                      .arg(request.model.toHex())
                      .arg(top->round)
                      .arg(top->height)
                      .arg(ViewerFormat::utcTime(top->timestampMs), steps.back().modelHash.toHex())
                      .arg(steps.size() - 1)
                      .arg(totals.size())
                      .arg(locale.toString(static_cast<qulonglong>(updates)),
                           locale.toString(static_cast<qulonglong>(samples)));
        h += u"<p>%1</p>\n"_s.arg(esc(made));
        if (f.accuracy || f.loss)
            h += u"<p>%1</p>\n"_s.arg(
                esc(tr("Its test accuracy is %1 and its test loss %2.")
                        .arg(f.accuracy ? ViewerFormat::percent(*f.accuracy) : tr("not measured"),
                             f.loss ? ViewerFormat::number(*f.loss) : tr("not measured"))));
        h += u"<p>%1</p>\n"_s.arg(
            esc(tr("Energy along the lineage: %1 (computation %2, communication %3, idle %4), "
                   "%5 g CO₂.")
                    .arg(ViewerFormat::energy(computation + communication + idle),
                         ViewerFormat::energy(computation), ViewerFormat::energy(communication),
                         ViewerFormat::energy(idle), locale.toString(carbon, 'g', 3))));
    }

    // The lineage, newest first.
    if (!steps.empty()) {
        h += u"<h2>%1</h2>\n"_s.arg(esc(tr("Lineage")));
        h += u"<p>%1</p>\n"_s.arg(
            esc(tr("Each model version, back to the initial model, with the nodes whose updates "
                   "made it. Node names come from the genesis block's member list; node ids are "
                   "the SHA-256 of the nodes' public keys.")));
        h += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"_s;
        for (const QString& t :
             {tr("Round"), tr("Time (UTC)"), tr("Model"), tr("Parent"), tr("Contributors"),
              tr("Samples"), tr("Accuracy"), tr("Energy"), tr("Check")})
            h += u"<th>%1</th>"_s.arg(esc(t));
        h += u"</tr>\n"_s;
        const std::size_t n = steps.size();
        const bool cut = n > kMaxListedSteps;
        const std::size_t head = cut ? kMaxListedSteps - 20 : n;
        for (std::size_t i = 0; i < n; ++i) {
            if (cut && i == head) {
                h += u"<tr><td colspan=\"9\" class=\"muted\">%1</td></tr>\n"_s.arg(
                    esc(tr("… %1 more rounds, listed by fedctl ledger export …")
                            .arg(locale.toString(static_cast<qulonglong>(n - head - 20)))));
                i = n - 20;
            }
            const LineageStep& s = steps[i];
            const StepFacts& f = facts[s.height];
            // "clients 0, 4, 5": members by number, anything else by name.
            QStringList clients;
            QStringList others;
            std::uint64_t stepSamples = 0;
            for (const Contributor& k : s.contributors) {
                if (const auto c = nodes.client(k.node))
                    clients << QString::number(*c);
                else
                    others << esc(nodes.name(k.node));
                stepSamples += k.samples;
            }
            QStringList names;
            if (!clients.isEmpty())
                names << esc(tr("clients %1").arg(clients.join(u", "_s)));
            names += others;
            const BlockCheck& check = verdict.check(s.height);
            const QString cls = check.state == CheckState::Valid       ? u"ok"_s
                                : check.state == CheckState::Invalid   ? u"bad"_s
                                : check.state == CheckState::Untrusted ? u"warn"_s
                                                                       : u"muted"_s;
            const auto energy = ViewerFormat::totalEnergyJ(f.energy);
            h += u"<tr><td class=\"num\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                 "<td class=\"num\">%6</td><td class=\"num\">%7</td><td class=\"num\">%8</td>"
                 "<td><span class=\"%9\">%10</span></td></tr>\n"_s
                     .arg(s.round == 0 ? esc(tr("genesis")) : QString::number(s.round),
                          esc(QDateTime::fromMSecsSinceEpoch(s.timestampMs, Qt::UTC)
                                  .toString(u"yyyy-MM-dd HH:mm:ss"_s)),
                          code(s.modelHash.toHex().left(kShortHexDigits)),
                          s.parentModelHash ? code(s.parentModelHash->toHex().left(kShortHexDigits))
                                            : esc(tr("—")),
                          s.round == 0 ? esc(tr("initial model")) : names.join(u"; "_s),
                          s.round == 0 ? QString()
                                       : locale.toString(static_cast<qulonglong>(stepSamples)),
                          f.accuracy ? esc(ViewerFormat::percent(*f.accuracy)) : QString(),
                          energy ? esc(ViewerFormat::energy(*energy)) : QString(), cls)
                     .arg(esc(ViewerFormat::state(check.state)));
        }
        h += u"</table>\n"_s;
    }

    // The contributors.
    if (!totals.empty()) {
        h += u"<h2>%1</h2>\n"_s.arg(esc(tr("Contributors")));
        h += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"_s;
        for (const QString& t : {tr("Node"), tr("Node id"), tr("Rounds"), tr("First–last round"),
                                 tr("Samples"), tr("Its energy")})
            h += u"<th>%1</th>"_s.arg(esc(t));
        h += u"</tr>\n"_s;
        std::vector<std::pair<NodeId, NodeTotals>> rows(totals.begin(), totals.end());
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
            return a.second.client.value_or(UINT32_MAX) < b.second.client.value_or(UINT32_MAX);
        });
        for (const auto& [node, t] : rows)
            h += u"<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td class=\"num\">%4–%5</td>"
                 "<td class=\"num\">%6</td><td class=\"num\">%7</td></tr>\n"_s
                     .arg(esc(nodes.name(node)), code(node.toHex()),
                          locale.toString(static_cast<qulonglong>(t.rounds)))
                     .arg(t.firstRound)
                     .arg(t.lastRound)
                     .arg(locale.toString(static_cast<qulonglong>(t.samples)),
                          esc(ViewerFormat::energy(t.energyJ)));
        h += u"</table>\n"_s;
    }

    // Verification in detail.
    h += u"<h2>%1</h2>\n"_s.arg(esc(tr("Verification")));
    h += u"<p>%1</p>\n"_s.arg(esc(verdict.headline()));
    if (verdict.error.isEmpty() && !verdict.cancelled) {
        h += u"<p class=\"muted\">%1</p>\n"_s.arg(
            esc(tr("Checked: every hash link, the coordinator's signature on every block, every "
                   "node's signature on its update, every Merkle root, the model and update blobs "
                   "(re-hashed: %1 bytes, %2 signatures), and the run's tables against the blocks.")
                    .arg(locale.toString(static_cast<qulonglong>(verdict.bytesHashed)),
                         locale.toString(static_cast<qulonglong>(verdict.signaturesChecked)))));
        if (verdict.head)
            h += u"<p>%1 %2</p>\n"_s.arg(esc(tr("Head block %1, hash").arg(verdict.head->height)),
                                         code(verdict.head->hash.toHex()));
        int listed = 0;
        for (std::size_t i = 0; i < verdict.checks.size() && listed < 50; ++i) {
            const BlockCheck& check = verdict.checks[i];
            if (check.state != CheckState::Invalid)
                continue;
            h += u"<p class=\"bad\">%1</p>\n"_s.arg(
                esc(tr("Block %1: %2").arg(i).arg(check.reason)));
            ++listed;
        }
        for (const QString& p : verdict.problems)
            h += u"<p class=\"bad\">%1</p>\n"_s.arg(esc(p));
    }

    // The federation.
    if (genesis) {
        h += u"<h2>%1</h2>\n"_s.arg(esc(tr("Federation")));
        h += u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n"_s;
        auto row = [&](const QString& k, const QString& v) {
            h += u"<tr><th>%1</th><td>%2</td></tr>\n"_s.arg(esc(k), v);
        };
        row(tr("Federation id"), code(genesis->federationId));
        row(tr("Name"), esc(federationName));
        row(tr("Spec hash"), code(genesis->specHash.toHex()));
        row(tr("Coordinator key"), code(genesis->coordinatorKey.toHex()));
        row(tr("Coordinator id"), code(nodeIdOf(genesis->coordinatorKey).toHex()));
        row(tr("Members"), locale.toString(static_cast<qulonglong>(genesis->members.size())));
        row(tr("Initial model"), code(genesis->initialModelHash.toHex()));
        row(tr("Software"), esc(tr("Federation Studio %1").arg(genesis->softwareVersion)));
        h += u"</table>\n"_s;
    }

    h += u"<h2>%1</h2>\n"_s.arg(esc(tr("Checking this report")));
    h += u"<p>%1</p>\n"_s.arg(
        esc(tr("The ledger's format is public (docs/ledger-format.md). Anyone can re-check the run "
               "file without Federation Studio's viewer:")));
    h += u"<p>%1<br>%2</p>\n"_s.arg(
        code(u"fedctl ledger verify --replay %1"_s.arg(QFileInfo(connection.path()).fileName())),
        code(u"python3 tools/verify_ledger.py --replay %1"_s.arg(
            QFileInfo(connection.path()).fileName())));
    h += u"<p class=\"muted\">%1</p>\n"_s.arg(
        esc(tr("Keep the head hash above somewhere else: without it, blocks removed from the end "
               "of a chain together with their rounds cannot be detected (fedctl ledger verify "
               "--expect-head HASH checks it).")));
    h += u"</body></html>\n"_s;
    out.html = h;

    if (!request.htmlPath.isEmpty()) {
        QSaveFile file(request.htmlPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(h.toUtf8()) < 0 || !file.commit())
            return ReportOutcome::failed(
                tr("Cannot write %1: %2").arg(request.htmlPath, file.errorString()));
    }
    if (!request.pdfPath.isEmpty())
        if (Status s = writePdf(h, request.pdfPath); !s)
            return ReportOutcome::failed(s.error());
    return out;
}

void AuditReport::print(const QString& html, QPagedPaintDevice* device) {
    QTextDocument document;
    document.setHtml(html);
    document.print(device);
}

Status AuditReport::writePdf(const QString& html, const QString& path) {
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(tr("Federation Studio audit report"));
        writer.setCreator(tr("Federation Studio"));
        print(html, &writer);
    }
    if (QFileInfo(path).size() == 0)
        return fail(tr("Cannot write %1.").arg(path));
    return {};
}

} // namespace fed::viewer
