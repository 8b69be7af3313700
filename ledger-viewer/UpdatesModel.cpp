#include "ledger-viewer/UpdatesModel.h"

#include "ledger-viewer/ViewerFormat.h"

#include <QBrush>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fed::viewer {

UpdatesModel::UpdatesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void UpdatesModel::setBlock(const Block& block, const NodeDirectory& nodes) {
    beginResetModel();
    m_nodes = nodes;
    m_updates.clear();
    m_signatures.clear();
    m_scores.clear();
    if (block.kind == BlockKind::Round) {
        const RoundBody& r = block.round;
        m_updates = r.updates;
        for (const UpdateEntry& u : m_updates) {
            std::optional<ContributionEntry> score;
            if (r.contributions)
                for (const ContributionEntry& e : r.contributions->entries)
                    if (e.node == u.node)
                        score = e;
            m_scores.push_back(score);
        }
        for (const UpdateEntry& u : m_updates) {
            const PublicKey* key = nodes.key(u.node);
            if (!key) {
                m_signatures.push_back(SignatureState::UnknownNode);
                continue;
            }
            const QByteArray message = updateMessage(nodes.federationId(), r.round,
                                                     r.parentModelHash, u.updateHash, u.samples);
            m_signatures.push_back(verifySignature(*key, message, u.signature)
                                       ? SignatureState::Valid
                                       : SignatureState::Invalid);
        }
    }
    endResetModel();
}

void UpdatesModel::clear() {
    beginResetModel();
    m_updates.clear();
    m_signatures.clear();
    m_scores.clear();
    endResetModel();
}

int UpdatesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_updates.size());
}

int UpdatesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UpdatesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const UpdateEntry& u = m_updates[row];
    const SignatureState sig = m_signatures[row];
    const QPalette palette = QGuiApplication::palette();
    switch (role) {
    case NodeIdRole:
        return u.node.toHex();
    case CopyTextRole:
        switch (index.column()) {
        case NodeColumn:
            return u.node.toHex();
        case UpdateHashColumn:
            return u.updateHash.toHex();
        case SignatureColumn:
            return u.signature.toHex();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::FontRole:
        if (index.column() == UpdateHashColumn)
            return monospaceFont();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SamplesColumn || index.column() == EnergyColumn ||
            index.column() >= ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SignatureColumn)
            return QBrush(stateColor(
                sig == SignatureState::Valid ? CheckState::Valid : CheckState::Invalid, palette));
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NodeColumn:
            return tr("Node id %1").arg(u.node.toHex());
        case UpdateHashColumn:
            return u.updateHash.toHex();
        case MetricsColumn:
            return ViewerFormat::metrics(u.metrics);
        case EnergyColumn:
            return ViewerFormat::metrics(u.energy);
        case ScoreColumn:
        case RewardColumn:
        case BalanceColumn:
            if (!m_scores[row])
                return tr("This block records no contribution scores");
            return tr("Contribution score %1 (validation gain), reward %2, balance after this "
                      "round %3; `fedctl ledger verify` recomputes the reward and the balance")
                .arg(m_scores[row]->score, 0, 'g', 17)
                .arg(m_scores[row]->reward, 0, 'g', 17)
                .arg(m_scores[row]->balance, 0, 'g', 17);
            switch (sig) {
            case SignatureState::Valid:
                return tr("The node's Ed25519 signature over (federation, round, parent model, "
                          "update hash, samples) verifies with the key the genesis block names.\n"
                          "%1")
                    .arg(u.signature.toHex());
            case SignatureState::Invalid:
                return tr("The signature does not verify: the update, its sample count, its "
                          "round or its parent model was changed after the node signed it.");
            case SignatureState::UnknownNode:
                return tr("The genesis block names no node with this id.");
            }
            return {};
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NodeColumn:
            return m_nodes.name(u.node);
        case UpdateHashColumn:
            return ViewerFormat::shortHex(u.updateHash);
        case SamplesColumn:
            return QLocale().toString(static_cast<qulonglong>(u.samples));
        case MetricsColumn: {
            // The two figures people compare first, then the rest in the tooltip.
            QStringList parts;
            if (const auto loss = findMetric(u.metrics, u"train_loss"))
                parts << tr("loss %1").arg(QLocale().toString(*loss, 'g', 3));
            if (const auto acc = findMetric(u.metrics, u"train_accuracy"))
                parts << tr("accuracy %1").arg(ViewerFormat::percent(*acc));
            return parts.isEmpty() ? ViewerFormat::metrics(u.metrics) : parts.join(u" · "_s);
        }
        case EnergyColumn:
            if (const auto j = ViewerFormat::totalEnergyJ(u.energy))
                return ViewerFormat::energy(*j);
            return {};
        case ScoreColumn:
            if (m_scores[row])
                return QLocale().toString(m_scores[row]->score, 'g', 4);
            return {};
        case RewardColumn:
            if (m_scores[row])
                return QLocale().toString(m_scores[row]->reward, 'f', 2);
            return {};
        case BalanceColumn:
            if (m_scores[row])
                return QLocale().toString(m_scores[row]->balance, 'f', 2);
            return {};
        case SignatureColumn:
            switch (sig) {
            case SignatureState::Valid:
                return tr("✓ valid");
            case SignatureState::Invalid:
                return tr("✗ INVALID");
            case SignatureState::UnknownNode:
                return tr("✗ unknown node");
            }
            return {};
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant UpdatesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case UpdateHashColumn:
        return tr("Update hash");
    case SamplesColumn:
        return tr("Samples");
    case MetricsColumn:
        return tr("Metrics");
    case EnergyColumn:
        return tr("Energy");
    case SignatureColumn:
        return tr("Signature");
    case ScoreColumn:
        return tr("Contribution score");
    case RewardColumn:
        return tr("Reward");
    case BalanceColumn:
        return tr("Balance");
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

} // namespace fed::viewer
