#include "ledger-viewer/BlockDetailView.h"

#include "ledger-viewer/CopyTableView.h"
#include "ledger-viewer/HashLabel.h"
#include "ledger-viewer/IncidentsModel.h"
#include "ledger-viewer/LedgerConnection.h"
#include "ledger-viewer/MembersModel.h"
#include "ledger-viewer/UpdatesModel.h"
#include "ledger-viewer/ViewerFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fed::viewer {
namespace {

//! The raw view shows at most this much; larger blocks (a genesis block with a huge spec) are
//! cut, with a note.
constexpr qsizetype kMaxDumpBytes = 1 << 20;

QString hexDump(const QByteArray& bytes) {
    QString out;
    const qsizetype n = std::min(bytes.size(), kMaxDumpBytes);
    out.reserve(n * 4 + n / 16 * 12);
    for (qsizetype row = 0; row < n; row += 16) {
        out += u"%1  "_s.arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = row; i < row + 16; ++i) {
            if (i < n) {
                const auto b = static_cast<unsigned char>(bytes[i]);
                out += u"%1 "_s.arg(b, 2, 16, QLatin1Char('0'));
                ascii += b >= 0x20 && b < 0x7f ? QChar(char16_t(b)) : QChar(u'.');
            } else {
                out += u"   "_s;
            }
            if (i == row + 7)
                out += u' ';
        }
        out += u' ' + ascii + u'\n';
    }
    return out;
}

//! A 128-digit signature on two lines, so that the form stays narrow.
QString twoLines(const QString& hex) {
    return hex.size() > 64 ? hex.left(64) + u'\n' + hex.mid(64) : hex;
}

} // namespace

BlockDetailView::BlockDetailView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"blockDetail"_s);
    m_updates = new UpdatesModel(this);
    m_incidents = new IncidentsModel(this);
    m_members = new MembersModel(this);

    m_title = new QLabel;
    m_title->setObjectName(u"blockTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_previous = new QPushButton(tr("◀ Previous"));
    m_previous->setToolTip(tr("The block before this one (its previous hash)"));
    m_next = new QPushButton(tr("Next ▶"));
    m_trace = new QPushButton(tr("Trace Lineage"));
    m_trace->setObjectName(u"traceLineage"_s);
    m_trace->setToolTip(tr("Show where this block's model came from, back to genesis"));
    connect(m_previous, &QPushButton::clicked, this, [this] {
        if (m_height && *m_height > 0)
            Q_EMIT blockRequested(*m_height - 1);
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_height)
            Q_EMIT blockRequested(*m_height + 1);
    });
    connect(m_trace, &QPushButton::clicked, this, [this] {
        if (!m_block)
            return;
        const Block& b = m_block->block;
        Q_EMIT traceLineage(b.kind == BlockKind::Genesis ? b.genesis.initialModelHash
                                                         : b.round.modelHash);
    });
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_previous);
    titleRow->addWidget(m_next);
    titleRow->addWidget(m_trace);

    m_verdict = new QLabel;
    m_verdict->setObjectName(u"blockVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setMargin(8);
    m_verdict->setAutoFillBackground(true);

    m_fields = new QWidget;
    m_form = new QFormLayout(m_fields);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setVerticalSpacing(4);
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto makeTable = [](QAbstractItemModel* model, int copyRole, const QString& name) {
        auto* view = new CopyTableView(copyRole);
        view->setObjectName(name);
        view->setModel(model);
        return view;
    };
    m_updatesView = makeTable(m_updates, UpdatesModel::CopyTextRole, u"updatesTable"_s);
    m_updatesView->horizontalHeader()->resizeSection(UpdatesModel::NodeColumn, 66);
    m_updatesView->horizontalHeader()->resizeSection(
        UpdatesModel::UpdateHashColumn,
        QFontMetrics(monospaceFont()).horizontalAdvance(u"0123456789abcdef…"_s) + 14);
    m_updatesView->horizontalHeader()->resizeSection(UpdatesModel::SamplesColumn, 64);
    m_updatesView->horizontalHeader()->resizeSection(UpdatesModel::MetricsColumn, 220);
    m_updatesView->horizontalHeader()->resizeSection(UpdatesModel::EnergyColumn, 70);
    m_incidentsView = makeTable(m_incidents, IncidentsModel::CopyTextRole, u"incidentsTable"_s);
    m_incidentsView->horizontalHeader()->resizeSection(IncidentsModel::UpdateHashColumn, 170);
    m_membersView = makeTable(m_members, MembersModel::CopyTextRole, u"membersTable"_s);
    m_membersView->horizontalHeader()->resizeSection(MembersModel::NodeIdColumn, 480);
    m_spec = new QPlainTextEdit;
    m_spec->setReadOnly(true);
    m_spec->setFont(monospaceFont());

    m_raw = new QWidget;
    auto* rawLayout = new QVBoxLayout(m_raw);
    m_rawNote = new QLabel;
    m_rawNote->setWordWrap(true);
    auto* rawForm = new QFormLayout;
    m_rawHash = new HashLabel;
    m_rawMessage = new HashLabel;
    m_rawSignature = new HashLabel;
    rawForm->addRow(tr("SHA-256 (block hash):"), m_rawHash);
    rawForm->addRow(tr("Signed message:"), m_rawMessage);
    rawForm->addRow(tr("Coordinator signature:"), m_rawSignature);
    m_hexDump = new QPlainTextEdit;
    m_hexDump->setObjectName(u"rawBytes"_s);
    m_hexDump->setReadOnly(true);
    m_hexDump->setFont(monospaceFont());
    m_hexDump->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* copyBytes = new QPushButton(tr("Copy Bytes as Hex"));
    connect(copyBytes, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_rawHex); });
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_rawNote, 1);
    copyRow->addWidget(copyBytes, 0, Qt::AlignTop);
    rawLayout->addLayout(copyRow);
    rawLayout->addLayout(rawForm);
    rawLayout->addWidget(m_hexDump, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"blockTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_updatesView, tr("Updates"));
    m_tabs->addTab(m_incidentsView, tr("Incidents"));
    m_tabs->addTab(m_membersView, tr("Members"));
    m_tabs->addTab(m_spec, tr("Spec"));
    m_tabs->addTab(m_raw, tr("Raw Bytes"));

    m_split = new QSplitter(Qt::Vertical);
    m_split->addWidget(scroll);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(titleRow);
    layout->addWidget(m_verdict);
    layout->addWidget(m_split, 1);
    clear();
}

BlockDetailView::~BlockDetailView() = default;

void BlockDetailView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_sized) {
        // The fields first (most of a round block's header and body), the tables below.
        m_sized = true;
        const int total = m_split->height();
        const int fields = total * 11 / 20;
        m_split->setSizes({fields, total - fields});
    }
}

void BlockDetailView::setConnection(LedgerConnection* connection) {
    m_connection = connection;
    clear();
}

void BlockDetailView::clear(const QString& message) {
    m_height.reset();
    m_block.reset();
    m_error = message;
    m_check = {};
    rebuild();
}

void BlockDetailView::showBlock(std::uint64_t height, const BlockCheck& check) {
    m_height = height;
    m_block.reset();
    m_error.clear();
    m_check = check;
    if (m_connection) {
        auto b = m_connection->ledger().block(height);
        if (b)
            m_block = std::move(*b);
        else
            m_error = b.error();
    }
    rebuild();
}

void BlockDetailView::setCheck(const BlockCheck& check) {
    m_check = check;
    if (!m_height) {
        m_verdict->hide();
        return;
    }
    const QPalette base = palette();
    QPalette p = m_verdict->palette();
    QColor background = stateTint(check.state, base);
    if (!background.isValid())
        background = base.color(QPalette::AlternateBase);
    else
        background.setAlpha(std::min(255, background.alpha() + 40));
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, check.state == CheckState::Unknown
                                         ? base.color(QPalette::WindowText)
                                         : stateColor(check.state, base));
    m_verdict->setPalette(p);
    QString text;
    switch (check.state) {
    case CheckState::Unknown:
        text = tr("Not verified yet. Verify checks every hash link, signature, Merkle root and "
                  "stored model of the chain, and replays the rounds whose updates are stored.");
        break;
    case CheckState::Valid:
        text = tr("✓ Valid: this block's hash link, coordinator signature, node signatures, "
                  "Merkle root and stored blobs check out, and so does every block before it.");
        if (check.replay == ReplayOutcome::Reproduced)
            text += u' ' + tr("Replaying its aggregation from the stored updates gives its model.");
        else if (check.replay == ReplayOutcome::UpdatesNotStored)
            text += u' ' + tr("Its updates were not stored, so it was not replayed.");
        break;
    case CheckState::Invalid:
        text = tr("✗ INVALID — the first bad block of the chain: %1").arg(check.reason);
        break;
    case CheckState::Untrusted:
        text = tr("⚠ Untrusted — %1").arg(check.reason);
        break;
    }
    m_verdict->setText(text);
    m_verdict->show();
}

QString BlockDetailView::verdictText() const {
    return m_verdict->isHidden() ? QString() : m_verdict->text();
}

QStringList BlockDetailView::copyableValues() const {
    QStringList out;
    for (int row = 0; row < m_form->rowCount(); ++row)
        if (auto* item = m_form->itemAt(row, QFormLayout::FieldRole))
            if (auto* hash = qobject_cast<HashLabel*>(item->widget()))
                out << hash->copyText();
    return out;
}

void BlockDetailView::addRow(const QString& label, QWidget* field) {
    m_form->addRow(label, field);
}

void BlockDetailView::addText(const QString& label, const QString& text) {
    auto* value = new QLabel(text);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    addRow(label, value);
}

HashLabel* BlockDetailView::addHash(const QString& label, const QString& hex, const QString& note) {
    auto* value = new HashLabel;
    value->setValue(note.isEmpty() ? hex : hex + u"  "_s + note, hex);
    addRow(label, value);
    return value;
}

void BlockDetailView::rebuild() {
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const QLocale locale;
    const bool shown = m_height.has_value();
    m_previous->setEnabled(shown && *m_height > 0);
    m_next->setEnabled(shown);
    m_trace->setEnabled(m_block.has_value());
    m_tabs->setVisible(m_block.has_value());
    if (!shown) {
        m_title->setText(tr("No block selected"));
        m_verdict->hide();
        addText({}, m_error.isEmpty() ? tr("Select a block in the list to see everything it "
                                           "records.")
                                      : m_error);
        m_updates->clear();
        m_incidents->clear();
        m_members->setMembers({});
        return;
    }
    setCheck(m_check);
    if (!m_block) {
        m_title->setText(tr("Block %1").arg(locale.toString(static_cast<qulonglong>(*m_height))));
        addText(tr("Cannot be read:"), m_error);
        m_updates->clear();
        m_incidents->clear();
        m_members->setMembers({});
        return;
    }
    const StoredBlock& stored = *m_block;
    const Block& b = stored.block;
    const NodeDirectory nodes = m_connection ? m_connection->nodes() : NodeDirectory();
    const QPalette pal = palette();
    if (b.kind == BlockKind::Genesis)
        m_title->setText(tr("Block 0 · genesis"));
    else
        m_title->setText(tr("Block %1 · round %2")
                             .arg(locale.toString(static_cast<qulonglong>(b.height)))
                             .arg(locale.toString(b.round.round)));

    addText(tr("Height:"), locale.toString(static_cast<qulonglong>(b.height)));
    addText(tr("Kind:"),
            tr("%1 (format version %2)").arg(ViewerFormat::kind(b.kind)).arg(b.version));
    addText(tr("Time:"),
            tr("%1 local · %2")
                .arg(ViewerFormat::localTime(b.timestampMs), ViewerFormat::utcTime(b.timestampMs)));
    addHash(tr("Block hash:"), stored.hash.toHex());
    addHash(tr("Previous block:"), b.previousHash.toHex(),
            b.kind == BlockKind::Genesis ? tr("(none: genesis)") : QString());
    auto* signature = new HashLabel;
    signature->setValue(twoLines(stored.signature.toHex()), stored.signature.toHex());
    addRow(tr("Coordinator signature:"), signature);
    addText(tr("Size:"),
            tr("%1 bytes").arg(locale.toString(static_cast<qlonglong>(stored.encodedSize))));

    if (b.kind == BlockKind::Genesis) {
        const GenesisBody& g = b.genesis;
        const QString name = QJsonDocument::fromJson(g.spec).object().value(u"name"_s).toString();
        addHash(tr("Federation id:"), g.federationId);
        if (!name.isEmpty())
            addText(tr("Federation:"), name);
        const bool specOk = Hash::of(g.spec) == g.specHash;
        auto* spec = addHash(tr("Spec hash:"), g.specHash.toHex(),
                             specOk ? tr("✓ SHA-256 of the spec") : tr("✗ not the spec's SHA-256"));
        if (!specOk)
            spec->setTextColor(stateColor(CheckState::Invalid, pal));
        addHash(tr("Coordinator key:"), g.coordinatorKey.toHex());
        addHash(tr("Coordinator id:"), nodeIdOf(g.coordinatorKey).toHex());
        addText(tr("Members:"), locale.toString(static_cast<qulonglong>(g.members.size())));
        addHash(tr("Initial model:"), g.initialModelHash.toHex());
        addText(tr("Software:"), tr("Federation Studio %1").arg(g.softwareVersion));
        m_members->setMembers(g.members);
        m_spec->setPlainText(QString::fromUtf8(g.spec));
        m_updates->clear();
        m_incidents->clear();
    } else {
        const RoundBody& r = b.round;
        addText(tr("Round:"), locale.toString(r.round));
        addHash(tr("Parent model:"), r.parentModelHash.toHex());
        addHash(tr("Model:"), r.modelHash.toHex());
        if (r.strategyStateHash)
            addHash(tr("Strategy state:"), r.strategyStateHash->toHex());
        else
            addText(tr("Strategy state:"), tr("none"));
        addText(tr("Strategy:"),
                r.strategyParameters.empty()
                    ? r.strategy
                    : tr("%1 (%2)").arg(r.strategy, ViewerFormat::metrics(r.strategyParameters)));
        addText(tr("Nodes:"), tr("%1 selected · %2 accepted · %n incident(s)", nullptr,
                                 static_cast<int>(r.incidents.size()))
                                  .arg(r.selected.size())
                                  .arg(r.updates.size()));
        const Hash computed = merkleRoot(r.updates);
        const bool rootOk = computed == r.merkleRoot;
        auto* root = addHash(tr("Merkle root:"), r.merkleRoot.toHex(),
                             rootOk ? tr("✓ the updates give this root")
                                    : tr("✗ the updates give %1").arg(computed.toHex()));
        if (!rootOk)
            root->setTextColor(stateColor(CheckState::Invalid, pal));
        addText(tr("Evaluation:"), ViewerFormat::metrics(r.evaluation));
        const auto total = ViewerFormat::totalEnergyJ(r.energy);
        addText(tr("Energy:"), total ? tr("%1 — %2").arg(ViewerFormat::energy(*total),
                                                         ViewerFormat::metrics(r.energy))
                                     : ViewerFormat::metrics(r.energy));
        // Differential privacy and secure aggregation (block version 2; docs/privacy.md).
        if (!r.privacy.empty())
            addText(tr("Privacy:"), ViewerFormat::metrics(r.privacy));
        if (r.contributions) {
            const RoundContributions& c = *r.contributions;
            double paid = 0.0;
            for (const ContributionEntry& e : c.entries)
                paid += e.reward;
            addText(tr("Contributions:"),
                    tr("%1 · reward rule %2 (%3) · %4 paid out — %5")
                        .arg(c.method, c.rule, ViewerFormat::metrics(c.parameters),
                             locale.toString(paid, 'f', 2), ViewerFormat::metrics(c.measurement)));
        }
        m_updates->setBlock(b, nodes);
        m_incidents->setBlock(b, nodes);
        m_members->setMembers({});
        m_spec->clear();
    }
    const bool genesis = b.kind == BlockKind::Genesis;
    m_tabs->setTabVisible(0, !genesis);
    m_tabs->setTabVisible(1, !genesis);
    m_tabs->setTabVisible(2, genesis);
    m_tabs->setTabVisible(3, genesis);
    m_tabs->setTabText(0, tr("Updates (%1)").arg(m_updates->rowCount()));
    m_tabs->setTabText(1, tr("Incidents (%1)").arg(m_incidents->rowCount()));
    m_tabs->setTabText(2, tr("Members (%1)").arg(m_members->rowCount()));
    if (genesis && m_tabs->currentIndex() < 2)
        m_tabs->setCurrentIndex(2);
    if (!genesis && (m_tabs->currentIndex() == 2 || m_tabs->currentIndex() == 3))
        m_tabs->setCurrentIndex(0);
    showRaw(stored);
}

void BlockDetailView::showRaw(const StoredBlock& stored) {
    // Decoding refuses every non-canonical encoding, so encoding the decoded block gives back
    // exactly the stored bytes: what was hashed and signed.
    const QByteArray bytes = encodeBlock(stored.block);
    m_rawHex = QString::fromLatin1(bytes.toHex());
    const Hash hash = blockHash(bytes);
    const QLocale locale;
    QString note = tr("The block's canonical encoding (docs/ledger-format.md), %1 bytes. Its "
                      "SHA-256 is the block hash; the coordinator signs the message below.")
                       .arg(locale.toString(static_cast<qlonglong>(bytes.size())));
    if (bytes.size() > kMaxDumpBytes)
        note += u' ' + tr("The first %1 bytes are shown; Copy Bytes copies them all.")
                           .arg(locale.toString(static_cast<qlonglong>(kMaxDumpBytes)));
    m_rawNote->setText(note);
    m_rawHash->setValue(hash.toHex());
    const QString message = QString::fromLatin1(blockMessage(hash).toHex());
    m_rawMessage->setValue(twoLines(message), message);
    m_rawSignature->setValue(twoLines(stored.signature.toHex()), stored.signature.toHex());
    m_hexDump->setPlainText(hexDump(bytes));
}

} // namespace fed::viewer
