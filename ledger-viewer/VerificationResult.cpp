#include "ledger-viewer/VerificationResult.h"

#include <QLocale>
#include <climits>
#include <map>

using namespace Qt::StringLiterals;

namespace fed::viewer {

VerificationResult VerificationResult::fromReport(const VerifyReport& report, bool replay) {
    VerificationResult r;
    r.valid = report.valid();
    r.cancelled = report.cancelled;
    r.replayed = replay;
    r.firstBadHeight = report.firstBadHeight;
    r.summary = report.summary();
    r.firstProblem = report.firstProblem;
    r.problems = report.problems;
    r.head = report.head;
    r.signaturesChecked = report.signaturesChecked;
    r.bytesHashed = report.bytesHashed;
    r.seconds = report.seconds;
    r.roundsReplayed = report.roundsReplayed.size();
    r.roundsNotReplayed = report.roundsNotReplayed.size();
    if (report.cancelled)
        return r; // a partial walk proves nothing about any block
    std::uint64_t end = 0;
    for (const BlockVerdict& v : report.blocks)
        end = std::max(end, v.height + 1);
    r.checks.resize(static_cast<std::size_t>(end));
    // Problems that belong to no block (an unreadable table) leave every block unknown.
    if (!report.problems.isEmpty() && !report.firstBadHeight) {
        r.checks.clear();
        return r;
    }
    // Blocks whose problems all follow from one altered block are counted under that block.
    std::map<std::uint64_t, int> dependents;
    for (const BlockVerdict& v : report.blocks)
        if (!v.ok() && v.dependsOn)
            ++dependents[*v.dependsOn];
    for (const BlockVerdict& v : report.blocks) {
        BlockCheck& c = r.checks[static_cast<std::size_t>(v.height)];
        c.replay = v.replay;
        const QString own = v.problems.join(u"; "_s);
        if (!report.firstBadHeight || v.height < *report.firstBadHeight) {
            c.state = CheckState::Valid;
        } else if (v.height == *report.firstBadHeight) {
            c.state = CheckState::Invalid;
            c.reason = own;
            if (const auto d = dependents.find(v.height); d != dependents.end())
                c.reason += u' ' + tr("And %n more block(s) whose signatures depend on it.",
                                      nullptr, d->second);
            r.firstBadProblems = static_cast<int>(v.problems.size());
            if (v.kind == BlockKind::Round)
                r.firstBadRound = v.round;
        } else {
            c.state = CheckState::Untrusted;
            ++r.untrusted;
            c.reason = tr("It comes after block %1, the first bad block, so nothing in it can be "
                          "trusted.")
                           .arg(*report.firstBadHeight);
            if (v.dependsOn)
                c.reason += u' ' + tr("Its own checks fail only because its signatures depend "
                                      "on block %1, which was altered.")
                                       .arg(*v.dependsOn);
            else if (!own.isEmpty())
                c.reason += u' ' + tr("Its own problems: %1").arg(own);
        }
    }
    return r;
}

VerificationResult VerificationResult::failed(const QString& error) {
    VerificationResult r;
    r.error = error;
    return r;
}

const BlockCheck& VerificationResult::check(std::uint64_t height) const {
    static const BlockCheck unknown;
    return height < checks.size() ? checks[static_cast<std::size_t>(height)] : unknown;
}

QString VerificationResult::headline() const {
    if (!error.isEmpty())
        return tr("Verification could not run: %1").arg(error);
    if (cancelled)
        return tr("Verification was cancelled; nothing has been checked.");
    const QLocale locale;
    if (valid) {
        const std::uint64_t blocks = head ? head->height + 1 : 0;
        return tr("The chain is valid: %1 blocks, %2 signatures, every hash link, Merkle root and "
                  "stored model check out (%3 s).")
            .arg(locale.toString(static_cast<qulonglong>(blocks)),
                 locale.toString(static_cast<qulonglong>(signaturesChecked)),
                 locale.toString(seconds, 'f', seconds < 10 ? 2 : 1));
    }
    if (firstBadHeight) {
        const QString block =
            firstBadRound
                ? tr("block %1 (round %2)")
                      .arg(locale.toString(static_cast<qulonglong>(*firstBadHeight)))
                      .arg(locale.toString(*firstBadRound))
                : tr("block %1").arg(locale.toString(static_cast<qulonglong>(*firstBadHeight)));
        QString text = tr("The chain is INVALID from %1: %2.").arg(block, firstProblem);
        if (firstBadProblems > 1)
            text += u' ' + tr("%n more problem(s) in that block.", nullptr, firstBadProblems - 1);
        if (untrusted > 0)
            text += u' ' + tr("The %n block(s) after it are untrusted.", nullptr,
                              static_cast<int>(std::min<std::uint64_t>(untrusted, INT_MAX)));
        return text;
    }
    return tr("The ledger cannot be verified: %1").arg(summary);
}

QString VerificationResult::replayText() const {
    if (!replayed || cancelled || !error.isEmpty())
        return {};
    if (roundsReplayed == 0 && roundsNotReplayed == 0)
        return {};
    if (roundsNotReplayed == 0)
        return tr("Replay reproduced every round's model from its stored updates (%n round(s)).",
                  nullptr, static_cast<int>(roundsReplayed));
    // The usual case for a run made with the default spec: say why, and what would change it,
    // rather than "reproduced 0 round(s)".
    if (roundsReplayed == 0)
        return tr("No round was replayed: this run did not keep its nodes' updates (the spec's "
                  "Audit ledger > Client updates). Every other check was made.");
    return tr("Replay reproduced %n round(s) from their stored updates.", nullptr,
              static_cast<int>(roundsReplayed)) +
           u' ' +
           tr("%n round(s) could not be replayed because their updates were not stored.", nullptr,
              static_cast<int>(roundsNotReplayed));
}

} // namespace fed::viewer
