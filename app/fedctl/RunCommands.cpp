// fedctl run / resume / runs show / spec check.
#include "app/fedctl/Commands.h"
#include "engine/contribution/ContributionStore.h"
#include "engine/federation/Federation.h"
#include "engine/spec/SpecIO.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fedctl {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}
QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

bool parseArgs(QCommandLineParser& parser, const QString& command, const QStringList& args,
               int& exitCode) {
    parser.setApplicationDescription(command);
    parser.addHelpOption();
    if (!parser.parse(QStringList{u"fedctl "_s + command} + args)) {
        err() << "fedctl " << command << ": " << parser.errorText() << '\n';
        exitCode = Usage;
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        // QCommandLineParser names the binary by its full path and prints the command as a
        // description of its own; "Usage: fedctl ledger verify [options] RUN" says it right.
        QStringList lines = parser.helpText().split(u'\n');
        const qsizetype options = lines.first().indexOf(u" [options]"_s);
        if (options > 0)
            lines.first() = u"Usage: fedctl "_s + command + lines.first().mid(options);
        if (lines.size() > 1 && lines.at(1) == command)
            lines.removeAt(1);
        out() << lines.join(u'\n');
        exitCode = Ok;
        return false;
    }
    return true;
}

namespace {

std::atomic<bool> g_stop{false};

extern "C" void onInterrupt(int) {
    if (g_stop.exchange(true)) {
        // A second Ctrl-C: leave now. Completed rounds are already committed.
        _exit(Interrupted);
    }
    static const char message[] =
        "\nfedctl: stopping after the current round (Ctrl-C again to abort)\n";
    (void)!write(STDERR_FILENO, message, sizeof message - 1);
}

QString percent(double accuracy) {
    return QString::number(accuracy * 100.0, 'f', 2) + u'%';
}

//! Joules with a unit prefix that keeps three or four significant digits.
QString energyText(double joules) {
    if (joules >= 1e6)
        return QString::number(joules / 1e6, 'f', 2) + u" MJ"_s;
    if (joules >= 1e3)
        return QString::number(joules / 1e3, 'f', 2) + u" kJ"_s;
    if (joules >= 1.0)
        return QString::number(joules, 'f', 2) + u" J"_s;
    return QString::number(joules, 'g', 3) + u" J"_s;
}

QString carbonText(double grams) {
    return QString::number(grams, 'g', 3) + u" g CO2"_s;
}

//! "epsilon 1.23 (delta 1e-05)", or "node epsilon" for local differential privacy.
QString epsilonText(const fed::PrivacyRecord& p) {
    return u"%1 %2 (delta %3)"_s.arg(p.mode == u"local"_s ? u"node epsilon"_s : u"epsilon"_s,
                                     QString::number(p.epsilon, 'f', 3),
                                     QString::number(p.delta, 'g', 3));
}

//! The per-round privacy figures as fedctl's JSON spells them (docs/privacy.md).
QJsonObject privacyJson(const fed::PrivacyRecord& p) {
    return QJsonObject{{u"mode"_s, p.mode},
                       {u"epsilon"_s, p.epsilon},
                       {u"delta"_s, p.delta},
                       {u"rdp_order"_s, p.order},
                       {u"noise_multiplier"_s, p.noiseMultiplier},
                       {u"clip_norm"_s, p.clipNorm},
                       {u"sampling_rate"_s, p.samplingRate},
                       {u"noise_std"_s, p.noiseStd},
                       {u"clipped"_s, p.clipped}};
}

class ProgressPrinter : public fed::FederationObserver {
public:
    void runStarted(const fed::RunStartedEvent& e) override {
        m_rounds = e.rounds;
        std::int64_t samples = 0;
        for (const auto& c : e.clients)
            samples += c.samples;
        err() << (e.firstRound > 1 ? "resuming " : "running ") << e.runPath << ": "
              << e.clients.size() << " clients, " << samples << " training samples, "
              << e.testSamples << " test samples, " << e.parameterCount << " parameters";
        if (e.firstRound > 1)
            err() << ", from round " << e.firstRound;
        err() << '\n';
        err().flush();
    }
    void clientFinished(const fed::ClientRoundRecord& r) override {
        if (r.status != fed::UpdateStatus::Accepted) {
            err() << "  round " << r.round << ": update of client " << r.client << " "
                  << fed::updateStatusName(r.status) << ": " << r.detail << '\n';
            err().flush();
        }
    }
    void roundFinished(const fed::RoundRecord& r) override {
        const int width = static_cast<int>(QString::number(m_rounds).size());
        err() << "round " << QString::number(r.round).rightJustified(width) << '/' << m_rounds;
        if (r.evaluated)
            err() << "  accuracy " << percent(r.accuracy).rightJustified(7) << "  loss "
                  << QString::number(r.loss, 'f', 4);
        err() << "  train loss " << QString::number(r.trainLoss, 'f', 4) << "  clients "
              << r.accepted << '/' << r.selected << "  energy " << energyText(r.energyJ()) << "  "
              << QString::number(r.wallSeconds, 'f', 2) << " s";
        if (r.privacy)
            err() << "  " << epsilonText(*r.privacy);
        err() << '\n';
        err().flush();
    }
    void runStopped(const QString& reason) override {
        err() << "stopping before the planned rounds: " << reason << '\n';
        err().flush();
    }

private:
    int m_rounds = 0;
};

QJsonObject summaryJson(const fed::RunSummary& s) {
    QJsonObject o{{u"run"_s, s.runPath},
                  {u"federation_id"_s, s.federationId},
                  {u"status"_s, fed::runStatusName(s.status)},
                  {u"rounds_completed"_s, s.roundsCompleted},
                  {u"rounds_planned"_s, s.roundsPlanned},
                  {u"wall_seconds"_s, s.wallSeconds},
                  {u"samples_trained"_s, static_cast<double>(s.samplesTrained)},
                  {u"parameters"_s, static_cast<double>(s.parameterCount)},
                  {u"model_hash"_s, s.finalModelHash.toHex()}};
    if (s.evaluated) {
        o.insert(u"final_accuracy"_s, s.finalAccuracy);
        o.insert(u"final_loss"_s, s.finalLoss);
        o.insert(u"best_accuracy"_s, s.bestAccuracy);
        o.insert(u"best_round"_s, s.bestRound);
    }
    // Modelled (docs/energy.md); the measured RAPL figure only where the counters were readable.
    o.insert(u"energy_j"_s, s.energyJ());
    o.insert(u"computation_energy_j"_s, s.computationJ);
    o.insert(u"communication_energy_j"_s, s.communicationJ);
    o.insert(u"idle_energy_j"_s, s.idleJ);
    o.insert(u"carbon_g"_s, s.carbonG);
    if (s.measuredPackageJ)
        o.insert(u"measured_package_energy_j"_s, *s.measuredPackageJ);
    if (s.privacy)
        o.insert(u"privacy"_s, privacyJson(*s.privacy));
    if (!s.stopReason.isEmpty())
        o.insert(u"stop_reason"_s, s.stopReason);
    return o;
}

void printSummary(const fed::RunSummary& s) {
    err() << fed::runStatusName(s.status) << ": " << s.roundsCompleted << '/' << s.roundsPlanned
          << " rounds";
    if (s.evaluated)
        err() << ", final accuracy " << percent(s.finalAccuracy) << ", best "
              << percent(s.bestAccuracy) << " (round " << s.bestRound << ")";
    err() << ", energy " << energyText(s.energyJ()) << " (modelled), " << carbonText(s.carbonG);
    if (s.privacy)
        err() << ", " << epsilonText(*s.privacy);
    err() << ", " << QString::number(s.wallSeconds, 'f', 1) << " s; saved in " << s.runPath << '\n';
    if (!s.stopReason.isEmpty())
        err() << "  ended early: " << s.stopReason << '\n';
}

} // namespace

int drive(fed::Federation& federation, bool json) {
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    auto summary = federation.run(g_stop);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!summary) {
        err() << "fedctl: " << summary.error() << '\n';
        return Failed;
    }
    printSummary(*summary);
    if (json)
        out() << QJsonDocument(summaryJson(*summary)).toJson(QJsonDocument::Indented);
    return summary->status == fed::RunStatus::Stopped ? Interrupted : Ok;
}

namespace {

QString defaultRunPath(const QString& specPath) {
    QString base = QFileInfo(specPath).fileName();
    if (base.endsWith(u".fed.json"_s))
        base.chop(9);
    else if (base.endsWith(u".json"_s))
        base.chop(5);
    return u"%1-%2.fedrun"_s.arg(base, QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s));
}

} // namespace

int runCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"SPEC"_s, u"the federation spec (*.fed.json)"_s);
    parser.addOption(
        {u"out"_s, u"run file to create (default: SPEC-DATE-TIME.fedrun)"_s, u"RUN.fedrun"_s});
    parser.addOption({u"set"_s,
                      u"override a spec field, e.g. --set rounds=5 --set partition.alpha=0.1"_s,
                      u"path=value"_s});
    parser.addOption({u"json"_s, u"print a machine-readable summary on stdout at the end"_s});
    int code = Ok;
    if (!parseArgs(parser, u"run"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "fedctl run: expected one SPEC file\n";
        return Usage;
    }
    const QString specPath = parser.positionalArguments().first();
    auto spec = fed::loadSpecFile(specPath, parser.values(u"set"_s));
    if (!spec) {
        err() << "fedctl run: " << spec.error() << '\n';
        return Usage;
    }
    const QString runPath =
        parser.isSet(u"out"_s) ? parser.value(u"out"_s) : defaultRunPath(specPath);
    ProgressPrinter progress;
    if (spec->launch.mode != fed::LaunchMode::InProcess)
        return runNetworked(*spec, runPath, parser.isSet(u"json"_s), &progress);
    auto federation = fed::Federation::create(*spec, runPath, &progress);
    if (!federation) {
        err() << "fedctl run: " << federation.error() << '\n';
        return Usage;
    }
    return drive(**federation, parser.isSet(u"json"_s));
}

int resumeCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"RUN"_s, u"the run file to continue"_s);
    parser.addOption({u"json"_s, u"print a machine-readable summary on stdout at the end"_s});
    parser.addOption({u"kit"_s,
                      u"networked runs: the provisioning folder (default: the spec's "
                      "launch.kit_dir)"_s,
                      u"DIR"_s});
    int code = Ok;
    if (!parseArgs(parser, u"resume"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "fedctl resume: expected one RUN file\n";
        return Usage;
    }
    ProgressPrinter progress;
    const QString runPath = parser.positionalArguments().first();
    auto spec = fed::Federation::storedSpec(runPath);
    if (!spec) {
        err() << "fedctl resume: " << spec.error() << '\n';
        return Usage;
    }
    if (spec->launch.mode != fed::LaunchMode::InProcess)
        return runNetworked(*spec, runPath, parser.isSet(u"json"_s), &progress, true,
                            parser.value(u"kit"_s));
    if (parser.isSet(u"kit"_s)) {
        err() << "fedctl resume: --kit: " << runPath
              << " is an in-process run; it has no nodes or kit\n";
        return Usage;
    }
    // A finished run has nothing left to do: say so, instead of "resuming ... from round 301"
    // after loading its data for nothing.
    if (auto store = fed::RunStore::open(runPath, fed::RunStore::Mode::ReadOnly)) {
        if (auto done = fed::summarizeRun(**store);
            done && done->status == fed::RunStatus::Finished) {
            err() << "fedctl resume: " << runPath << " has finished all " << done->roundsPlanned
                  << " rounds; there is nothing to resume\n";
            if (parser.isSet(u"json"_s))
                out() << QJsonDocument(summaryJson(*done)).toJson(QJsonDocument::Indented);
            return Ok;
        }
    }
    auto federation = fed::Federation::resume(parser.positionalArguments().first(), &progress);
    if (!federation) {
        err() << "fedctl resume: " << federation.error() << '\n';
        return Usage;
    }
    return drive(**federation, parser.isSet(u"json"_s));
}

int runsShowCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"RUN"_s, u"the run file to summarise"_s);
    parser.addOption({u"json"_s, u"print the summary and rounds as JSON"_s});
    int code = Ok;
    if (!parseArgs(parser, u"runs show"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "fedctl runs show: expected one RUN file\n";
        return Usage;
    }
    auto store =
        fed::RunStore::open(parser.positionalArguments().first(), fed::RunStore::Mode::ReadOnly);
    if (!store) {
        err() << "fedctl runs show: " << store.error() << '\n';
        return Usage;
    }
    auto summary = fed::summarizeRun(**store);
    auto rounds = (*store)->rounds();
    if (!summary || !rounds) {
        err() << "fedctl runs show: " << (summary ? rounds.error() : summary.error()) << '\n';
        return Failed;
    }
    auto spec = fed::parseSpec((*store)->specJson(), QString());
    auto scores = fed::contribution_store::readAll(**store);
    if (!scores) {
        err() << "fedctl runs show: " << scores.error() << '\n';
        return Failed;
    }
    const std::vector<fed::ContributionTotals> totals = fed::contributionTotals(*scores);
    if (parser.isSet(u"json"_s)) {
        QJsonObject o = summaryJson(*summary);
        if (!scores->empty()) {
            QJsonArray perRound;
            for (const fed::ContributionRecord& c : *scores)
                perRound.append(QJsonObject{{u"round"_s, c.round},
                                            {u"client"_s, c.client},
                                            {u"method"_s, c.method},
                                            {u"score"_s, c.score},
                                            {u"energy_j"_s, c.joules},
                                            {u"reward"_s, c.reward},
                                            {u"balance"_s, c.balance}});
            QJsonArray perNode;
            for (const fed::ContributionTotals& t : totals)
                perNode.append(QJsonObject{{u"client"_s, t.client},
                                           {u"rounds"_s, t.rounds},
                                           {u"score"_s, t.score},
                                           {u"mean_score"_s, t.meanScore},
                                           {u"reward"_s, t.reward},
                                           {u"balance"_s, t.balance},
                                           {u"energy_j"_s, t.joules},
                                           {u"score_per_kj"_s, t.scorePerKj}});
            o.insert(u"contributions"_s,
                     QJsonObject{{u"nodes"_s, perNode}, {u"rounds"_s, perRound}});
        }
        QJsonArray list;
        for (const auto& r : *rounds) {
            QJsonObject row{{u"round"_s, r.round},
                            {u"train_loss"_s, r.trainLoss},
                            {u"selected"_s, r.selected},
                            {u"accepted"_s, r.accepted},
                            {u"samples"_s, static_cast<double>(r.samples)},
                            {u"wall_seconds"_s, r.wallSeconds},
                            {u"model_hash"_s, r.modelHash.toHex()},
                            {u"energy_j"_s, r.energyJ()},
                            {u"computation_energy_j"_s, r.computationJ},
                            {u"communication_energy_j"_s, r.communicationJ},
                            {u"idle_energy_j"_s, r.idleJ},
                            {u"carbon_g"_s, r.carbonG},
                            {u"modelled_seconds"_s, r.modelledSeconds}};
            if (r.evaluated) {
                row.insert(u"accuracy"_s, r.accuracy);
                row.insert(u"loss"_s, r.loss);
            }
            if (r.measuredPackageJ)
                row.insert(u"measured_package_energy_j"_s, *r.measuredPackageJ);
            if (r.privacy)
                row.insert(u"privacy"_s, privacyJson(*r.privacy));
            list.append(row);
        }
        o.insert(u"rounds"_s, list);
        if (spec)
            o.insert(u"spec"_s, QJsonDocument::fromJson(fed::specToJson(*spec)).object());
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << "run        " << summary->runPath << '\n'
          << "federation " << (spec ? spec->name : u"?"_s) << " (" << summary->federationId << ")\n"
          << "status     " << fed::runStatusName(summary->status) << ", "
          << summary->roundsCompleted << '/' << summary->roundsPlanned << " rounds, "
          << QString::number(summary->wallSeconds, 'f', 1) << " s\n";
    // The file cannot tell a live writer from a killed one (the app calls the latter
    // "Interrupted"); say both, and how to continue.
    if (summary->status == fed::RunStatus::Running)
        out() << "           (still running, or interrupted: if no process is writing it, "
                 "`fedctl resume` continues it)\n";
    if (spec)
        out() << "setup      " << spec->clients << " clients, "
              << fed::datasetName(spec->data.dataset)
              << ", "
              // Synthetic data makes its own clients; the unused partition scheme would say
              // "iid" of a non-IID federation.
              << (spec->data.dataset == fed::DatasetKind::Synthetic
                      ? (spec->data.synthetic.iid ? u"own clients, IID"_s
                                                  : u"own clients, non-IID"_s)
                      : fed::partitionName(spec->partition.scheme))
              << ", " << fed::architectureName(spec->model.architecture) << ", "
              << fed::strategyName(spec->strategy.kind) << '\n';
    if (spec && !spec->adversaries.clients.empty()) {
        QStringList byzantine;
        for (int c : spec->adversaries.clients)
            byzantine << QString::number(c);
        out() << "byzantine  " << byzantine.size() << " clients ("
              << fed::adversaryBehaviourName(spec->adversaries.behaviour)
              << "): " << byzantine.join(u", "_s) << '\n';
    }
    if (spec)
        for (const fed::AdversaryGroup& g : spec->adversaries.groups) {
            QStringList listed;
            for (int c : g.clients)
                listed << QString::number(c);
            out() << "byzantine  " << listed.size() << " clients ("
                  << fed::adversaryBehaviourName(g.behaviour) << "): " << listed.join(u", "_s)
                  << '\n';
        }
    if (summary->evaluated)
        out() << "accuracy   final " << percent(summary->finalAccuracy) << ", best "
              << percent(summary->bestAccuracy) << " (round " << summary->bestRound << ")\n";
    out() << "energy     " << energyText(summary->energyJ()) << " modelled: computation "
          << energyText(summary->computationJ) << ", communication "
          << energyText(summary->communicationJ);
    if (summary->idleJ > 0.0)
        out() << ", idle " << energyText(summary->idleJ);
    out() << "; " << carbonText(summary->carbonG) << '\n';
    if (summary->measuredPackageJ)
        out() << "measured   " << energyText(*summary->measuredPackageJ)
              << " CPU package energy (RAPL) while clients trained\n";
    out() << "model      " << summary->finalModelHash.toHex() << " (" << summary->parameterCount
          << " parameters)\n\n";
    out() << "round  accuracy    loss  train loss  clients   seconds      energy\n";
    for (const auto& r : *rounds) {
        out()
            << QString::number(r.round).rightJustified(5) << "  "
            << (r.evaluated ? percent(r.accuracy) : u"-"_s).rightJustified(8) << "  "
            << (r.evaluated ? QString::number(r.loss, 'f', 4) : u"-"_s).rightJustified(6) << "  "
            << QString::number(r.trainLoss, 'f', 4).rightJustified(10) << "  "
            << (QString::number(r.accepted) + u'/' + QString::number(r.selected)).rightJustified(7)
            << "  " << QString::number(r.wallSeconds, 'f', 2).rightJustified(8) << "  "
            << energyText(r.energyJ()).rightJustified(10) << '\n';
    }
    if (!totals.empty()) {
        // Highest contribution first: who made the model better, and what it earned.
        std::vector<fed::ContributionTotals> ranked = totals;
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto& a, const auto& b) { return a.score > b.score; });
        out() << "\ncontribution (" << scores->back().method << " in the last round; "
              << "docs/contribution.md)\n"
              << "client  rounds       score  score/kJ      reward     balance  byzantine\n";
        auto clients = (*store)->clients();
        for (const fed::ContributionTotals& t : ranked) {
            QString role;
            if (clients)
                for (const fed::ClientInfo& c : *clients)
                    if (c.client == t.client)
                        role = c.byzantine;
            out() << QString::number(t.client).rightJustified(6) << "  "
                  << QString::number(t.rounds).rightJustified(6) << "  "
                  << QString::number(t.score, 'f', 5).rightJustified(10) << "  "
                  << QString::number(t.scorePerKj, 'g', 3).rightJustified(8) << "  "
                  << QString::number(t.reward, 'f', 2).rightJustified(10) << "  "
                  << QString::number(t.balance, 'f', 2).rightJustified(10) << "  "
                  << (role.isEmpty() ? u"-"_s : role) << '\n';
        }
    }
    return Ok;
}

int specCheckCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument(u"SPEC"_s, u"the federation spec (*.fed.json)"_s);
    parser.addOption({u"set"_s, u"override a spec field before checking"_s, u"path=value"_s});
    parser.addOption({u"print"_s, u"print the spec with every default filled in"_s});
    int code = Ok;
    if (!parseArgs(parser, u"spec check"_s, args, code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "fedctl spec check: expected one SPEC file\n";
        return Usage;
    }
    const QString path = parser.positionalArguments().first();
    auto spec = fed::loadSpecFile(path, parser.values(u"set"_s));
    if (!spec) {
        err() << "fedctl spec check: " << spec.error() << '\n';
        return Failed;
    }
    if (parser.isSet(u"print"_s))
        out() << fed::specToJson(*spec);
    else
        err() << path << ": valid\n";
    return Ok;
}

} // namespace fedctl
