#pragma once
// Reading, checking and writing `*.fed.json` federation specs (docs/spec.md), and the one
// spelling of every enum name that files, the CLI and the GUI share.

#include "engine/core/Result.h"
#include "engine/spec/FederationSpec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <vector>

namespace fed {

//! The format marker written into every spec file; optional on input, but checked when present.
inline constexpr QStringView specFormatMarker = u"fedstudio-spec/1";

//! One thing wrong with a spec: the JSON path (`partition.alpha`, `model.hidden[1]`; empty for
//! problems with the document as a whole) and what is wrong, naming what is allowed.
struct SpecProblem {
    QString path;
    QString message;
};

//! One "path: message" per line (just the message when the path is empty).
QString formatProblems(const std::vector<SpecProblem>& problems);

//! Parses a spec document, applies `overrides` (`path=value`, see applyOverride) and checks it.
//! Reports every problem at once (types, enum values, unknown keys, ranges, cross-field rules);
//! missing keys keep the defaults of FederationSpec. `baseDirectory` becomes spec.baseDirectory.
Result<FederationSpec> parseSpec(const QByteArray& json, const QString& baseDirectory,
                                 const QStringList& overrides = {});

//! Reads and parses a spec file; relative data paths will resolve against the file's folder.
Result<FederationSpec> loadSpecFile(const QString& path, const QStringList& overrides = {});

//! Sets `path=value` in a spec document: the path is dotted (`partition.alpha`), missing
//! objects on the way are created; the value is taken as JSON when it parses as JSON
//! (`5`, `true`, `[100,50]`, `"text"`) and as a plain string otherwise (`mnist`).
Status applyOverride(QJsonObject& root, const QString& assignment);

//! Every field, indented, in the documented key order, with the format marker first.
//! parseSpec(specToJson(s)) gives back a spec for which sameSpec() holds.
QByteArray specToJson(const FederationSpec& spec);

//! The range and cross-field rules on the struct alone, for editors that check as the user
//! types. Does not look at the file system: the data loader reports missing files.
std::vector<SpecProblem> validateSpec(const FederationSpec& spec);

//! True when every serialized field is equal (baseDirectory is not serialized, so ignored).
bool sameSpec(const FederationSpec& a, const FederationSpec& b);
bool sameContribution(const ContributionSettings& a, const ContributionSettings& b);

//! The clients a round selects under random selection: max(min_clients, ceil(fraction *
//! clients)), at most `clients`. The fairness floor and the sample target are built on it.
int clientsPerRound(const FederationSpec& spec);
//! selection.max_wait_rounds, or when it is 0 the default: kDefaultWaitFactor times the fewest
//! rounds in which every client can take a turn, ceil(clients / clientsPerRound).
int maxWaitRounds(const FederationSpec& spec);
inline constexpr int kDefaultWaitFactor = 2;

QString datasetName(DatasetKind kind);
QString partitionName(PartitionScheme scheme);
QString architectureName(ModelArchitecture architecture);
QString optimizerName(OptimizerKind optimizer);
QString strategyName(StrategyKind strategy);
QString selectionPolicyName(SelectionPolicy policy);
QString adversaryBehaviourName(AdversaryBehaviour behaviour);
QString dpModeName(DpMode mode);
QString contributionMethodName(ContributionMethod method);
std::optional<ContributionMethod> parseContributionMethod(QStringView name);
QStringList contributionMethodNames();
QString contributionUtilityName(ContributionUtility utility);
//! launch.mode: in_process, local, ssh.
QString launchModeName(LaunchMode mode);
std::optional<LaunchMode> parseLaunchMode(QStringView name);
QStringList launchModeNames();

std::optional<DatasetKind> parseDataset(QStringView name);
std::optional<PartitionScheme> parsePartition(QStringView name);
std::optional<ModelArchitecture> parseArchitecture(QStringView name);
std::optional<OptimizerKind> parseOptimizer(QStringView name);
std::optional<StrategyKind> parseStrategy(QStringView name);
std::optional<SelectionPolicy> parseSelectionPolicy(QStringView name);
std::optional<AdversaryBehaviour> parseAdversaryBehaviour(QStringView name);
std::optional<DpMode> parseDpMode(QStringView name);

//! All names of each enum, in declaration order (for combo boxes and messages).
QStringList datasetNames();
QStringList partitionNames();
QStringList architectureNames();
QStringList optimizerNames();
QStringList strategyNames();
QStringList selectionPolicyNames();
QStringList adversaryBehaviourNames();
QStringList dpModeNames();

//! The server learning rate a spec gets when its strategy section leaves it out: 1 (the
//! averaging rule itself), or 0.01 for fedadam, fedyogi and fedadagrad (docs/strategies.md).
double defaultServerLearningRate(StrategyKind strategy);

} // namespace fed
