#pragma once
// The run file's contribution_scores table (docs/run-file.md): per round and node, the
// contribution score, the reward and the balance after it. The ledger's round blocks carry the
// same figures (and are what an auditor trusts); this table is for the GUI and fedctl.

#include "engine/core/Result.h"
#include "engine/store/RunStore.h"

#include <QString>
#include <vector>

namespace fed {

struct ContributionRecord {
    int round = 0;
    int client = 0;
    QString method;       //!< the method used this round (exact, gtg, tmc, loo, cosine)
    double score = 0.0;   //!< Shapley estimate: validation utility gained
    double joules = 0.0;  //!< the node's modelled energy this round
    double reward = 0.0;  //!< what the reward rule gave it this round
    double balance = 0.0; //!< its balance after this round
};

namespace contribution_store {
//! Adds the table (if absent). Call inside the transaction that creates the run.
Status createTable(RunStore& store);
//! Writes one round's rows; call inside the round's transaction.
Status write(RunStore& store, const std::vector<ContributionRecord>& rows);
//! Every row, ordered by (round, client); empty for run files without the table.
Result<std::vector<ContributionRecord>> readAll(const RunStore& store);
} // namespace contribution_store

//! One node's totals over a run, for tables and `fedctl runs show`.
struct ContributionTotals {
    int client = 0;
    int rounds = 0;          //!< rounds it was scored in
    double score = 0.0;      //!< sum of its scores
    double meanScore = 0.0;  //!< score / rounds
    double reward = 0.0;     //!< sum of its rewards
    double balance = 0.0;    //!< its last balance
    double joules = 0.0;     //!< sum of its joules in scored rounds
    double scorePerKj = 0.0; //!< score per kJ (score / joules * 1000), 0 without energy
};
std::vector<ContributionTotals> contributionTotals(const std::vector<ContributionRecord>& rows);

} // namespace fed
