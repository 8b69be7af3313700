#pragma once
// What a verification found, per block, in the form the views show it: valid up to the first
// bad block, that block invalid with its reason, every block after it untrusted (its content
// hangs off a block that cannot be trusted, whatever its own checks say).

#include "engine/ledger/Ledger.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace fed::viewer {

enum class CheckState { Unknown, Valid, Invalid, Untrusted };

struct BlockCheck {
    CheckState state = CheckState::Unknown;
    QString reason; //!< why invalid or untrusted; empty for valid and unknown blocks
    ReplayOutcome replay = ReplayOutcome::NotRequested;
};

struct VerificationResult {
    Q_DECLARE_TR_FUNCTIONS(VerificationResult)
public:
    QString error; //!< the run file could not be opened at all
    bool valid = false;
    bool cancelled = false;
    bool replayed = false; //!< replay was requested
    std::optional<std::uint64_t> firstBadHeight;
    QString summary;      //!< the engine's one-line summary of the first bad block
    QString firstProblem; //!< the first problem of the first bad block
    int firstBadProblems = 0;
    std::optional<std::uint32_t> firstBadRound; //!< when the first bad block is a round block
    std::uint64_t untrusted = 0;                //!< blocks after the first bad one
    QStringList problems;                       //!< problems that belong to no block
    std::vector<BlockCheck> checks;             //!< by height
    std::optional<LedgerHead> head;
    std::uint64_t signaturesChecked = 0;
    std::uint64_t bytesHashed = 0;
    double seconds = 0.0;
    std::size_t roundsReplayed = 0;
    std::size_t roundsNotReplayed = 0;

    static VerificationResult fromReport(const VerifyReport& report, bool replay);
    static VerificationResult failed(const QString& error);

    //! The check of the block at `height`; Unknown beyond what was verified.
    const BlockCheck& check(std::uint64_t height) const;
    //! One translated sentence for a banner: the verdict and what it rests on.
    QString headline() const;
    //! The replay part of the verdict ("4 rounds replayed …"), empty without replay.
    QString replayText() const;
};

} // namespace fed::viewer
