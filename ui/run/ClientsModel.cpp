#include "ui/run/ClientsModel.h"

#include "ui/run/RunFormat.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fed::ui {

ClientsModel::ClientsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString ClientsModel::stateName(State state) {
    switch (state) {
    case State::Idle:
        return tr("idle");
    case State::Training:
        return tr("training");
    case State::Done:
        return tr("done");
    case State::Rejected:
        return tr("rejected");
    case State::Dropped:
        return tr("dropped");
    }
    return {};
}

QString ClientsModel::stateText(const Row& row) {
    return row.byzantine.isEmpty() ? stateName(row.state)
                                   : tr("%1 · ⚠ Byzantine").arg(stateName(row.state));
}

ClientsModel::State ClientsModel::stateOf(UpdateStatus status) {
    switch (status) {
    case UpdateStatus::Accepted:
        return State::Done;
    case UpdateStatus::Rejected:
        return State::Rejected;
    case UpdateStatus::Dropped:
        return State::Dropped;
    }
    return State::Done;
}

void ClientsModel::setClients(const std::vector<ClientInfo>& clients) {
    std::vector<Row> rows;
    rows.reserve(clients.size());
    for (const ClientInfo& c : clients) {
        Row r;
        r.client = c.client;
        r.nodeId = c.nodeId;
        r.device = c.device;
        r.samples = c.samples;
        r.byzantine = c.byzantine;
        rows.push_back(std::move(r));
    }
    setRows(std::move(rows), 0, false);
}

void ClientsModel::setRows(std::vector<Row> rows, int roundsSoFar, bool hasEnergy) {
    beginResetModel();
    m_rows = std::move(rows);
    m_roundsSoFar = roundsSoFar;
    m_hasEnergy = hasEnergy;
    endResetModel();
}

void ClientsModel::clear() {
    setRows({}, 0, false);
}

int ClientsModel::rowOf(int client) const {
    // Rows are kept in client order, and clients are numbered 0..n-1.
    if (client < 0 || client >= static_cast<int>(m_rows.size()) ||
        m_rows[static_cast<std::size_t>(client)].client != client)
        return -1;
    return client;
}

void ClientsModel::rowChanged(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ClientsModel::roundStarted(int round, const std::vector<int>& selected) {
    if (m_rows.empty())
        return;
    // The round in progress counts: its clients are taking part in it.
    m_roundsSoFar = round;
    std::vector<bool> chosen(m_rows.size(), false);
    for (int c : selected)
        if (int r = rowOf(c); r >= 0)
            chosen[static_cast<std::size_t>(r)] = true;
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i].state = chosen[i] ? State::Training : State::Idle;
    // One signal for the whole table: a round touches every row's state and participation.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ClientsModel::clientFinished(const ClientRoundRecord& record) {
    const int r = rowOf(record.client);
    if (r < 0)
        return;
    Row& row = m_rows[static_cast<std::size_t>(r)];
    row.state = stateOf(record.status);
    ++row.roundsParticipated;
    if (record.status != UpdateStatus::Dropped)
        row.lastLoss = record.trainLoss;
    row.energyJ += record.energyJ();
    if (record.energyJ() > 0.0)
        m_hasEnergy = true;
    rowChanged(r);
}

void ClientsModel::roundFinished(const RoundRecord& record) {
    if (m_rows.empty())
        return;
    m_roundsSoFar = record.round;
    if (record.energyJ() > 0.0)
        m_hasEnergy = true;
    Q_EMIT dataChanged(index(0, ParticipationColumn), index(rowCount() - 1, EnergyColumn));
}

namespace {

void addScore(ClientsModel::Row& row, const ContributionRecord& c) {
    ++row.scoredRounds;
    row.score += c.score;
    row.reward += c.reward;
    row.lastReward = c.reward;
    row.balance = c.balance;
    row.scoredJoules += c.joules;
    row.scoreMethod = c.method;
}

} // namespace

void ClientsModel::contributionsScored(const std::vector<ContributionRecord>& rows) {
    for (const ContributionRecord& c : rows)
        if (const int r = rowOf(c.client); r >= 0)
            addScore(m_rows[static_cast<std::size_t>(r)], c);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, ContributionColumn),
                           index(rowCount() - 1, GainPerEnergyColumn));
}

std::vector<ClientsModel::Row>
ClientsModel::rowsFromHistory(const std::vector<ClientInfo>& clients,
                              const std::vector<ClientRoundRecord>& records, int lastRound,
                              const std::vector<ContributionRecord>& scores) {
    std::vector<Row> rows;
    rows.reserve(clients.size());
    for (const ClientInfo& c : clients) {
        Row r;
        r.client = c.client;
        r.nodeId = c.nodeId;
        r.device = c.device;
        r.samples = c.samples;
        r.byzantine = c.byzantine;
        rows.push_back(std::move(r));
    }
    // Records come ordered by (round, client), so the last one seen for a client is its latest.
    for (const ClientRoundRecord& rec : records) {
        if (rec.client < 0 || rec.client >= static_cast<int>(rows.size()))
            continue;
        Row& row = rows[static_cast<std::size_t>(rec.client)];
        ++row.roundsParticipated;
        if (rec.status != UpdateStatus::Dropped)
            row.lastLoss = rec.trainLoss;
        row.energyJ += rec.energyJ();
        row.state = rec.round == lastRound ? stateOf(rec.status) : State::Idle;
    }
    for (const ContributionRecord& c : scores)
        if (c.client >= 0 && c.client < static_cast<int>(rows.size()))
            addScore(rows[static_cast<std::size_t>(c.client)], c);
    return rows;
}

int ClientsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClientsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const double fraction =
        m_roundsSoFar > 0 ? static_cast<double>(r.roundsParticipated) / m_roundsSoFar : 0.0;

    if (role == StateRole)
        return static_cast<int>(r.state);
    if (role == ByzantineRole)
        return !r.byzantine.isEmpty();
    if (role == FractionRole)
        return index.column() == ParticipationColumn ? QVariant(std::min(fraction, 1.0))
                                                     : QVariant();

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NodeColumn:
            return tr("node %1 · %2").arg(r.client).arg(r.nodeId.left(16));
        case DeviceColumn:
            return r.device.isEmpty() ? u"—"_s : r.device;
        case StateColumn:
            return stateText(r);
        case ParticipationColumn:
            return tr("%1 of %2").arg(r.roundsParticipated).arg(m_roundsSoFar);
        case SamplesColumn:
            return QLocale().toString(static_cast<qlonglong>(r.samples));
        case LastLossColumn:
            return formatLoss(r.lastLoss);
        case EnergyColumn:
            return m_hasEnergy ? formatEnergy(r.energyJ) : u"—"_s;
        case ContributionColumn:
            return r.scoredRounds ? QLocale().toString(r.score, 'f', 4) : u"—"_s;
        case BalanceColumn:
            return r.scoredRounds ? QLocale().toString(r.balance, 'f', 2) : u"—"_s;
        case GainPerEnergyColumn:
            return std::isfinite(r.gainPerKj()) ? QLocale().toString(r.gainPerKj(), 'g', 3)
                                                : u"—"_s;
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case NodeColumn:
            return r.client;
        case DeviceColumn:
            return r.device;
        case StateColumn:
            return static_cast<int>(r.state);
        case ParticipationColumn:
            return r.roundsParticipated;
        case SamplesColumn:
            return static_cast<qlonglong>(r.samples);
        case LastLossColumn:
            // A client that never trained (NaN) sorts after every real loss.
            return std::isfinite(r.lastLoss) ? r.lastLoss : std::numeric_limits<double>::max();
        case EnergyColumn:
            return r.energyJ;
        // Unscored nodes sort below every scored one.
        case ContributionColumn:
            return r.scoredRounds ? r.score : std::numeric_limits<double>::lowest();
        case BalanceColumn:
            return r.scoredRounds ? r.balance : std::numeric_limits<double>::lowest();
        case GainPerEnergyColumn:
            return std::isfinite(r.gainPerKj()) ? r.gainPerKj()
                                                : std::numeric_limits<double>::lowest();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NodeColumn:
            return tr("Client %1, node id %2").arg(r.client).arg(r.nodeId);
        case StateColumn:
            if (!r.byzantine.isEmpty())
                return tr("A Byzantine client: the spec makes it an adversary (%1). Robust "
                          "strategies are meant to keep its updates from harming the model.")
                    .arg(r.byzantine);
            if (r.state == State::Training)
                return tr("Selected for this round; its update has not arrived yet");
            return {};
        case ParticipationColumn:
            return tr("Took part in %1 of the %2 rounds so far")
                .arg(r.roundsParticipated)
                .arg(m_roundsSoFar);
        case ContributionColumn:
            if (!r.scoredRounds)
                return tr("The run does not score contributions (spec: contribution.enabled)");
            return tr("Shapley estimate (%1) of the validation gain this node's updates brought, "
                      "summed over %2 rounds")
                .arg(r.scoreMethod)
                .arg(r.scoredRounds);
        case BalanceColumn:
            if (!r.scoredRounds)
                return {};
            return tr("Rewards earned: %1 in total, %2 in the last scored round")
                .arg(QLocale().toString(r.reward, 'f', 2),
                     QLocale().toString(r.lastReward, 'f', 2));
        case GainPerEnergyColumn:
            return tr("Contribution score per kJ of the node's modelled energy in scored rounds");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SamplesColumn:
        case LastLossColumn:
        case EnergyColumn:
        case ContributionColumn:
        case BalanceColumn:
        case GainPerEnergyColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if (index.column() != StateColumn)
            return {};
        if (!r.byzantine.isEmpty())
            return QColor(0xc0, 0x26, 0xd3); // apart from every state's colour
        switch (r.state) {
        case State::Training:
            return QColor(0x1d, 0x4e, 0xd8);
        case State::Done:
            return QColor(0x15, 0x80, 0x3d);
        case State::Rejected:
            return QColor(0xb9, 0x1c, 0x1c);
        case State::Dropped:
            return QColor(0xb4, 0x53, 0x09);
        case State::Idle:
            return QColor(0x64, 0x74, 0x8b);
        }
        return {};
    default:
        return {};
    }
}

QVariant ClientsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case DeviceColumn:
        return tr("Device");
    case StateColumn:
        return tr("State");
    case ParticipationColumn:
        return tr("Rounds taken part");
    case SamplesColumn:
        return tr("Samples");
    case LastLossColumn:
        return tr("Last loss");
    case EnergyColumn:
        return tr("Energy");
    case ContributionColumn:
        return tr("Contribution score");
    case BalanceColumn:
        return tr("Reward balance");
    case GainPerEnergyColumn:
        return tr("Score per kJ");
    default:
        return {};
    }
}

} // namespace fed::ui
