#include "ledger-viewer/LineageView.h"

#include "ledger-viewer/CopyTableView.h"
#include "ledger-viewer/HashLabel.h"
#include "ledger-viewer/LedgerConnection.h"
#include "ledger-viewer/LedgerJob.h"
#include "ledger-viewer/ViewerFormat.h"

#include <QComboBox>
#include <QEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <algorithm>
#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fed::viewer {
namespace {

//! Pans with the mouse, zooms with Ctrl+wheel (or a pinch), scrolls with the plain wheel.
class ZoomingView : public QGraphicsView {
public:
    using QGraphicsView::QGraphicsView;

protected:
    void wheelEvent(QWheelEvent* event) override {
        if (!(event->modifiers() & Qt::ControlModifier)) {
            QGraphicsView::wheelEvent(event);
            return;
        }
        const qreal factor = std::pow(1.0015, event->angleDelta().y());
        const qreal current = transform().m11();
        if (current * factor < 0.1 || current * factor > 4.0)
            return;
        scale(factor, factor);
        event->accept();
    }
};

} // namespace

LineageView::LineageView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"lineageView"_s);
    m_scene = new LineageScene(this);
    m_scene->setPalette(palette());
    m_view = new ZoomingView(m_scene);
    m_view->setObjectName(u"lineageGraph"_s);
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_view->setFrameShape(QFrame::NoFrame);

    m_heading = new QLabel(tr("Pick a block and Trace Lineage to see where its model came "
                              "from."));
    m_heading->setObjectName(u"lineageHeading"_s);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_more = new QPushButton(tr("Show More"));
    m_more->setObjectName(u"showMore"_s);
    m_more->setToolTip(tr("Draw %1 older model versions").arg(kStepsPerPage));
    m_more->setEnabled(false);
    auto* zoomOut = new QPushButton(tr("−"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    auto* zoomIn = new QPushButton(tr("+"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    auto* fit = new QPushButton(tr("Fit"));
    fit->setToolTip(tr("Fit the whole graph in the view"));
    for (QPushButton* b : {zoomOut, zoomIn})
        b->setFixedWidth(b->sizeHint().height() + 6);
    connect(m_more, &QPushButton::clicked, this, &LineageView::showMore);
    connect(zoomIn, &QPushButton::clicked, this, [this] { m_view->scale(1.25, 1.25); });
    connect(zoomOut, &QPushButton::clicked, this, [this] { m_view->scale(0.8, 0.8); });
    connect(fit, &QPushButton::clicked, this, &LineageView::fitAll);
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_more);
    top->addWidget(zoomOut);
    top->addWidget(zoomIn);
    top->addWidget(fit);

    // The node panel: the other way round, from a node to every model it went into.
    auto* panel = new QWidget;
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 6, 0, 0);
    m_nodes = new QComboBox;
    m_nodes->setObjectName(u"nodeChooser"_s);
    m_nodes->setToolTip(tr("A node: highlight every model it contributed to"));
    m_nodes->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_nodes->setMinimumContentsLength(26); // "client 12 · 0123456789abcdef…"
    m_nodeId = new HashLabel;
    m_nodeSummary = new QLabel;
    m_nodeSummary->setWordWrap(true);
    m_contributions = new ContributionsModel(this);
    m_contributionsView = new CopyTableView(ContributionsModel::CopyTextRole);
    m_contributionsView->setObjectName(u"contributionsTable"_s);
    m_contributionsView->setModel(m_contributions);
    m_contributionsView->horizontalHeader()->resizeSection(ContributionsModel::RoundColumn, 56);
    m_contributionsView->horizontalHeader()->resizeSection(ContributionsModel::ModelColumn, 150);
    m_contributionsView->horizontalHeader()->resizeSection(ContributionsModel::SamplesColumn, 64);
    m_contributionsView->horizontalHeader()->resizeSection(ContributionsModel::UpdateHashColumn,
                                                           150);
    auto* nodeRow = new QHBoxLayout;
    nodeRow->addWidget(new QLabel(tr("Node:")));
    nodeRow->addWidget(m_nodes, 1);
    nodeRow->addSpacing(12);
    nodeRow->addWidget(m_nodeId);
    panelLayout->addLayout(nodeRow);
    panelLayout->addWidget(m_nodeSummary);
    panelLayout->addWidget(m_contributionsView, 1);

    // The graph over the node panel: the graph wants the width.
    m_split = new QSplitter(Qt::Vertical);
    m_split->addWidget(m_view);
    m_split->addWidget(panel);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);

    m_status = new QLabel;
    m_status->setObjectName(u"lineageStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_split, 1);

    connect(m_scene, &LineageScene::modelClicked, this, [this](std::uint64_t height, const Hash&) {
        setSelectedHeight(height);
        Q_EMIT blockActivated(height);
    });
    connect(m_scene, &LineageScene::nodeClicked, this, [this](const NodeId& node) {
        selectNode(m_node && *m_node == node ? std::nullopt : std::optional<NodeId>(node));
    });
    connect(m_scene, &LineageScene::showMoreClicked, this, &LineageView::showMore);
    connect(m_nodes, &QComboBox::activated, this, [this](int index) {
        NodeId node;
        if (Hash::fromHex(m_nodes->itemData(index).toString(), node))
            selectNode(node);
        else
            selectNode(std::nullopt);
    });
    connect(m_contributionsView, &QAbstractItemView::clicked, this, [this](const QModelIndex& i) {
        Q_EMIT blockActivated(i.data(ContributionsModel::HeightRole).toULongLong());
    });
    connect(&m_lineageJob, &QFutureWatcher<LineageData>::finished, this,
            &LineageView::lineageFinished);
    connect(&m_contributionsJob, &QFutureWatcher<NodeContributions>::finished, this,
            &LineageView::contributionsFinished);
    updateNodePanel();
}

LineageView::~LineageView() {
    // The jobs own their connections and results; they finish on their own.
    m_lineageJob.cancel();
    m_contributionsJob.cancel();
}

void LineageView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_sized) {
        m_sized = true;
        const int total = m_split->height();
        m_split->setSizes({total * 13 / 20, total - total * 13 / 20});
    }
}

void LineageView::setConnection(LedgerConnection* connection) {
    m_connection = connection;
    m_path = connection ? connection->path() : QString();
    m_data = {};
    m_model.reset();
    m_node.reset();
    m_limit = kStepsPerPage;
    m_scene->setLineage(m_data);
    m_scene->setHighlightedNode(std::nullopt);
    m_contributions->clear();
    m_more->setEnabled(false);
    m_status->hide();
    m_heading->setText(tr("Pick a block and Trace Lineage to see where its model came from."));
    fillNodes();
    updateNodePanel();
}

void LineageView::fillNodes() {
    m_nodes->clear();
    m_nodes->addItem(tr("None: pick a node to highlight its models"), QString());
    if (!m_connection)
        return;
    const QPalette p = palette();
    for (const Member& m : m_connection->nodes().members()) {
        QPixmap swatch(12, 12);
        swatch.fill(clientColor(m.client, p));
        m_nodes->addItem(QIcon(swatch),
                         tr("client %1 · %2").arg(m.client).arg(ViewerFormat::shortHex(m.nodeId())),
                         m.nodeId().toHex());
    }
}

std::optional<Hash> LineageView::model() const {
    return m_model;
}

bool LineageView::isBusy() const {
    return m_lineageJob.isRunning() || m_contributionsJob.isRunning();
}

void LineageView::showLineage(const Hash& model) {
    const bool same = m_model && *m_model == model;
    m_model = model;
    if (!same)
        m_limit = kStepsPerPage;
    trace(model, m_limit);
}

void LineageView::showMore() {
    if (!m_model || m_data.complete())
        return;
    m_limit += kStepsPerPage;
    trace(*m_model, m_limit);
}

void LineageView::trace(const Hash& model, std::size_t limit) {
    if (m_path.isEmpty())
        return;
    m_status->setText(tr("Tracing model %1…").arg(ViewerFormat::shortHex(model)));
    m_status->show();
    m_more->setEnabled(false);
    m_lineageJob.cancel();
    m_lineageJob.setFuture(runLedgerJob<LineageData>(
        m_path, [model, limit](LedgerConnection& c, QPromise<LineageData>&) {
            return LineageData::collect(c, model, limit);
        }));
    Q_EMIT busyChanged(true);
}

void LineageView::lineageFinished() {
    Q_EMIT busyChanged(isBusy());
    if (m_lineageJob.future().resultCount() == 0)
        return;
    LineageData traced = m_lineageJob.result();
    const bool grew = !m_data.steps.empty() && !traced.steps.empty() &&
                      m_data.model == traced.model && traced.steps.size() > m_data.steps.size();
    m_data = std::move(traced);
    const QLocale locale;
    if (!m_data.error.isEmpty()) {
        m_heading->setText(tr("The lineage of model %1 cannot be traced")
                               .arg(ViewerFormat::shortHex(m_data.model)));
        m_status->setText(m_data.error);
        m_status->show();
    } else {
        m_status->hide();
        const LineageStep& top = m_data.steps.front();
        const QString of = top.round == 0 ? tr("the initial model")
                                          : tr("round %1").arg(locale.toString(top.round));
        const std::size_t nodes = m_data.contributors().size();
        // One count per tr(), so that each gets its language's plural form.
        const QString contributing = tr("%n contributing node(s)", nullptr,
                                        static_cast<int>(std::min<std::size_t>(nodes, INT_MAX)));
        const int versions = static_cast<int>(std::min<std::size_t>(m_data.steps.size(), INT_MAX));
        m_heading->setText(
            m_data.complete()
                ? tr("Model %1 (%2): %3, %4")
                      .arg(ViewerFormat::shortHex(m_data.model), of,
                           tr("%n version(s) back to genesis", nullptr, versions), contributing)
                : tr("Model %1 (%2): the newest %3 versions, %4; %5 older")
                      .arg(ViewerFormat::shortHex(m_data.model), of)
                      .arg(locale.toString(static_cast<qulonglong>(m_data.steps.size())))
                      .arg(contributing)
                      .arg(locale.toString(static_cast<qulonglong>(m_data.olderSteps()))));
    }
    const QPointF keep = m_view->mapToScene(m_view->viewport()->rect().topLeft());
    m_scene->setLineage(m_data);
    m_scene->setHighlightedNode(m_node);
    m_more->setEnabled(m_data.error.isEmpty() && !m_data.complete());
    if (grew) {
        m_view->centerOn(
            keep + QPointF(m_view->viewport()->width() / 2.0, m_view->viewport()->height() / 2.0));
    } else {
        m_view->resetTransform();
        m_view->ensureVisible(QRectF(0, 0, 10, 10));
    }
    Q_EMIT lineageReady();
}

void LineageView::selectNode(const std::optional<NodeId>& node) {
    m_node = node;
    m_scene->setHighlightedNode(node);
    int index = 0;
    if (node)
        index = std::max(0, m_nodes->findData(node->toHex()));
    m_nodes->setCurrentIndex(index);
    m_contributions->clear();
    updateNodePanel();
    if (!node || m_path.isEmpty())
        return;
    m_nodeSummary->setText(tr("Reading its contributions…"));
    const NodeId which = *node;
    m_contributionsJob.cancel();
    m_contributionsJob.setFuture(runLedgerJob<NodeContributions>(
        m_path, [which](LedgerConnection& c, QPromise<NodeContributions>& promise) {
            return NodeContributions::collect(c.ledger(), which,
                                              [&promise] { return promise.isCanceled(); });
        }));
    Q_EMIT busyChanged(true);
}

void LineageView::contributionsFinished() {
    Q_EMIT busyChanged(isBusy());
    if (m_contributionsJob.future().resultCount() == 0)
        return;
    NodeContributions result = m_contributionsJob.result();
    if (!m_node || result.node != *m_node)
        return;
    m_contributions->setContributions(std::move(result));
    updateNodePanel();
    Q_EMIT contributionsReady();
}

void LineageView::updateNodePanel() {
    if (!m_node) {
        m_nodeId->setValue({});
        m_nodeSummary->setText(tr("Click a node in the graph, or pick one above, to highlight "
                                  "every model it contributed to."));
        return;
    }
    const NodeDirectory nodes = m_connection ? m_connection->nodes() : NodeDirectory();
    // The full id is one click away (Copy); the row stays narrow enough for the graph's pane.
    m_nodeId->setValue(tr("node id %1").arg(ViewerFormat::shortHex(*m_node)), m_node->toHex());
    const NodeContributions& c = m_contributions->contributions();
    if (c.node != *m_node)
        return;
    if (!c.error.isEmpty()) {
        m_nodeSummary->setText(c.error);
        return;
    }
    const QLocale locale;
    std::uint64_t samples = 0;
    double energy = 0.0;
    for (const Contribution& item : c.items) {
        samples += item.samples;
        energy += item.energyJ.value_or(0.0);
    }
    std::uint64_t rounds = 0;
    if (m_connection)
        if (auto head = m_connection->ledger().head(); head && *head)
            rounds = (*head)->height;
    const std::vector<std::uint64_t> shown = m_scene->highlightedHeights();
    m_nodeSummary->setText(
        tr("%1 contributed to %2 of %3 rounds (%4 samples, %5 of its own energy); the %6 drawn "
           "above are highlighted.")
            .arg(nodes.name(*m_node), locale.toString(static_cast<qulonglong>(c.items.size())),
                 locale.toString(static_cast<qulonglong>(rounds)),
                 locale.toString(static_cast<qulonglong>(samples)), ViewerFormat::energy(energy),
                 locale.toString(static_cast<qulonglong>(shown.size()))));
}

void LineageView::setSelectedHeight(const std::optional<std::uint64_t>& height) {
    m_scene->setSelectedHeight(height);
}

void LineageView::setVerification(std::shared_ptr<const VerificationResult> verification) {
    m_scene->setVerification(std::move(verification));
}

void LineageView::fitAll() {
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void LineageView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setPalette(palette());
        fillNodes();
        if (m_node)
            m_nodes->setCurrentIndex(std::max(0, m_nodes->findData(m_node->toHex())));
    }
    QWidget::changeEvent(event);
}

} // namespace fed::viewer
