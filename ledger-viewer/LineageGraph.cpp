#include "ledger-viewer/LineageGraph.h"

#include "ledger-viewer/LedgerConnection.h"
#include "ledger-viewer/ViewerFormat.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsSceneMouseEvent>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace fed::viewer {

std::set<NodeId> LineageData::contributors() const {
    std::set<NodeId> out;
    for (const LineageStep& s : steps)
        for (const Contributor& c : s.contributors)
            out.insert(c.node);
    return out;
}

LineageData LineageData::failed(const QString& error) {
    LineageData d;
    d.error = error;
    return d;
}

LineageData LineageData::collect(LedgerConnection& connection, const Hash& model,
                                 std::size_t limit) {
    LineageData d;
    d.model = model;
    d.limit = limit;
    d.nodes = connection.nodes();
    const Ledger& ledger = connection.ledger();
    auto steps = ledger.lineage(model, limit);
    if (!steps) {
        d.error = steps.error();
        return d;
    }
    d.steps = std::move(*steps);
    d.figures.resize(d.steps.size());
    if (d.steps.empty())
        return d;
    // The steps are consecutive heights; their figures are in the same blocks.
    std::map<std::uint64_t, std::size_t> index;
    for (std::size_t i = 0; i < d.steps.size(); ++i)
        index[d.steps[i].height] = i;
    const std::uint64_t first = d.steps.back().height;
    const std::uint64_t count = d.steps.front().height - first + 1;
    constexpr std::uint64_t kPage = 256;
    for (std::uint64_t at = first; at < first + count; at += kPage) {
        auto page = ledger.blocks(at, std::min(kPage, first + count - at));
        if (!page)
            break; // the lineage itself read these blocks; only figures would be missing
        for (const StoredBlock& s : *page) {
            const auto it = index.find(s.block.height);
            if (it == index.end() || s.block.kind != BlockKind::Round)
                continue;
            StepFigures& f = d.figures[it->second];
            f.accuracy = findMetric(s.block.round.evaluation, u"accuracy");
            f.energyJ = ViewerFormat::totalEnergyJ(s.block.round.energy);
            f.incidents = static_cast<int>(s.block.round.incidents.size());
        }
    }
    return d;
}

namespace {

constexpr qreal kModelWidth = 246;
constexpr qreal kModelHeight = 62;
constexpr qreal kRowPitch = kModelHeight + 38;
constexpr qreal kPillHeight = 22;
constexpr qreal kPillGap = 6;
constexpr qreal kBusStart = 36; //!< from the model's right edge to the first pill

struct Style {
    QColor base, alternate, text, dim, mid, accent, edge;
    QFont normal, bold, mono, small;
};

Style styleFor(const QPalette& p) {
    Style s;
    s.base = p.color(QPalette::Base);
    s.alternate = p.color(QPalette::AlternateBase);
    s.text = p.color(QPalette::Text);
    // Secondary text: between the text and the base colour, readable on both themes.
    s.dim = QColor::fromRgbF((s.text.redF() * 3 + s.base.redF() * 2) / 5,
                             (s.text.greenF() * 3 + s.base.greenF() * 2) / 5,
                             (s.text.blueF() * 3 + s.base.blueF() * 2) / 5);
    s.mid = isDarkPalette(p) ? p.color(QPalette::Light) : p.color(QPalette::Mid);
    s.accent = accentColor(p);
    s.edge = s.mid;
    s.normal = QGuiApplication::font();
    s.bold = s.normal;
    s.bold.setBold(true);
    s.mono = monospaceFont();
    s.small = s.normal;
    s.small.setPointSizeF(s.normal.pointSizeF() * 0.9);
    return s;
}

class ModelItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    ModelItem(const LineageStep& step, const StepFigures& figures, const Style* style)
        : m_step(step)
        , m_figures(figures)
        , m_style(style) {
        setAcceptHoverEvents(true);
        setCursor(Qt::PointingHandCursor);
        setToolTip(QCoreApplication::translate("LineageScene",
                                               "Model %1\nBlock %2 (height %3)\nClick to "
                                               "show the block.")
                       .arg(step.modelHash.toHex(), step.blockHash.toHex())
                       .arg(step.height));
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override {
        return QRectF(-6, -6, kModelWidth + 12, kModelHeight + 12);
    }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override {
        const Style& s = *m_style;
        p->setRenderHint(QPainter::Antialiasing);
        const QRectF box(0, 0, kModelWidth, kModelHeight);
        QColor fill = m_step.round == 0 ? s.alternate : s.base;
        if (chosen) {
            QColor tint = s.accent;
            tint.setAlpha(28);
            p->setBrush(fill);
            p->setPen(Qt::NoPen);
            p->drawRoundedRect(box, 8, 8);
            fill = tint;
        }
        QPen pen(s.mid, 1.2);
        if (state == CheckState::Invalid)
            pen = QPen(stateColor(state, palette), 2.5);
        else if (state == CheckState::Untrusted)
            pen = QPen(stateColor(state, palette), 2.0, Qt::DashLine);
        if (highlighted)
            pen = QPen(s.accent, 3.0);
        p->setBrush(fill);
        p->setPen(pen);
        p->drawRoundedRect(box, 8, 8);
        if (selected) {
            p->setBrush(Qt::NoBrush);
            p->setPen(QPen(s.accent, 1.5, Qt::DotLine));
            p->drawRoundedRect(box.adjusted(-5, -5, 5, 5), 11, 11);
        }
        const QLocale locale;
        const qreal x = 12;
        p->setPen(s.text);
        p->setFont(s.bold);
        const QString title =
            m_step.round == 0
                ? QCoreApplication::translate("LineageScene", "Initial model · genesis")
                : QCoreApplication::translate("LineageScene", "Round %1")
                      .arg(locale.toString(m_step.round));
        p->drawText(QRectF(x, 5, kModelWidth - 2 * x, 19), Qt::AlignLeft | Qt::AlignVCenter, title);
        if (state != CheckState::Unknown) {
            p->setPen(stateColor(state, palette));
            p->drawText(QRectF(x, 5, kModelWidth - 2 * x, 19), Qt::AlignRight | Qt::AlignVCenter,
                        ViewerFormat::stateCell(state));
        }
        p->setPen(s.text);
        p->setFont(s.mono);
        p->drawText(QRectF(x, 23, kModelWidth - 2 * x, 18), Qt::AlignLeft | Qt::AlignVCenter,
                    ViewerFormat::shortHex(m_step.modelHash));
        QStringList facts;
        if (m_figures.accuracy)
            facts << QCoreApplication::translate("LineageScene", "accuracy %1")
                         .arg(ViewerFormat::percent(*m_figures.accuracy));
        if (m_figures.energyJ)
            facts << ViewerFormat::energy(*m_figures.energyJ);
        if (m_step.round > 0)
            facts << QCoreApplication::translate("LineageScene", "%n update(s)", nullptr,
                                                 static_cast<int>(m_step.contributors.size()));
        p->setFont(s.small);
        p->setPen(s.dim);
        p->drawText(QRectF(x, 40, kModelWidth - 2 * x, 17), Qt::AlignLeft | Qt::AlignVCenter,
                    facts.join(u" · "_s));
    }

    const LineageStep& step() const { return m_step; }
    CheckState state = CheckState::Unknown;
    bool highlighted = false;
    bool selected = false;
    bool chosen = false;
    QPalette palette;

private:
    LineageStep m_step;
    StepFigures m_figures;
    const Style* m_style;
};

class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    NodeItem(std::optional<NodeId> node, std::optional<std::uint32_t> client, QString label,
             qreal width, const Style* style)
        : m_node(std::move(node))
        , m_client(client)
        , m_label(std::move(label))
        , m_width(width)
        , m_style(style) {
        if (m_node) {
            setCursor(Qt::PointingHandCursor);
            setToolTip(QCoreApplication::translate("LineageScene",
                                                   "%1\nNode id %2\nClick to highlight every "
                                                   "model it contributed to.")
                           .arg(m_label, m_node->toHex()));
        }
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return QRectF(-3, -3, m_width + 6, kPillHeight + 6); }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override {
        const Style& s = *m_style;
        p->setRenderHint(QPainter::Antialiasing);
        const QRectF box(0, 0, m_width, kPillHeight);
        const QColor fill = m_client ? clientColor(*m_client, palette) : s.alternate;
        p->setBrush(fill);
        p->setPen(highlighted ? QPen(s.text, 2.2) : QPen(fill.darker(125), 1));
        p->drawRoundedRect(box, kPillHeight / 2, kPillHeight / 2);
        const bool darkFill = fill.lightnessF() < 0.62;
        p->setPen(m_client ? (darkFill ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20)) : s.text);
        p->setFont(s.small);
        p->drawText(box, Qt::AlignCenter, m_label);
    }
    const std::optional<NodeId>& node() const { return m_node; }
    const QString& label() const { return m_label; }
    bool highlighted = false;
    QPalette palette;

private:
    std::optional<NodeId> m_node;
    std::optional<std::uint32_t> m_client;
    QString m_label;
    qreal m_width;
    const Style* m_style;
};

class MoreItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    MoreItem(QString text, const Style* style)
        : m_text(std::move(text))
        , m_style(style) {
        setCursor(Qt::PointingHandCursor);
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return QRectF(-2, -2, kModelWidth + 4, 44); }
    void paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) override {
        p->setRenderHint(QPainter::Antialiasing);
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(m_style->accent, 1.2, Qt::DashLine));
        const QRectF box(0, 0, kModelWidth, 40);
        p->drawRoundedRect(box, 8, 8);
        p->setPen(m_style->accent);
        p->setFont(m_style->normal);
        p->drawText(box.adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap, m_text);
    }

private:
    QString m_text;
    const Style* m_style;
};

QPainterPath arrowHead(QPointF tip, QPointF from) {
    const QLineF line(tip, from);
    QLineF a = line;
    a.setLength(9);
    a.setAngle(line.angle() + 24);
    QLineF b = line;
    b.setLength(9);
    b.setAngle(line.angle() - 24);
    QPainterPath path;
    path.moveTo(a.p2());
    path.lineTo(tip);
    path.lineTo(b.p2());
    path.closeSubpath();
    return path;
}

} // namespace

struct LineageScene::Private {
    LineageData data;
    QPalette palette = QGuiApplication::palette();
    Style style = styleFor(palette);
    std::vector<ModelItem*> models;
    std::vector<NodeItem*> pills;
    std::vector<QAbstractGraphicsShapeItem*> edges;
    std::optional<NodeId> highlighted;
    std::optional<std::uint64_t> selected;
    std::shared_ptr<const VerificationResult> verification;
};

LineageScene::LineageScene(QObject* parent)
    : QGraphicsScene(parent)
    , d(std::make_unique<Private>()) {
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

LineageScene::~LineageScene() = default;

void LineageScene::setLineage(const LineageData& data) {
    d->data = data;
    rebuild();
}

void LineageScene::setHighlightedNode(const std::optional<NodeId>& node) {
    d->highlighted = node;
    restyle();
}

void LineageScene::setSelectedHeight(const std::optional<std::uint64_t>& height) {
    d->selected = height;
    restyle();
}

void LineageScene::setVerification(std::shared_ptr<const VerificationResult> verification) {
    d->verification = std::move(verification);
    restyle();
}

void LineageScene::setPalette(const QPalette& palette) {
    d->palette = palette;
    d->style = styleFor(palette);
    setBackgroundBrush(palette.color(QPalette::Window));
    for (QAbstractGraphicsShapeItem* e : d->edges) {
        e->setPen(QPen(d->style.edge, 1.4));
        if (e->brush().style() != Qt::NoBrush)
            e->setBrush(d->style.edge);
    }
    restyle();
}

void LineageScene::rebuild() {
    clear();
    d->models.clear();
    d->pills.clear();
    d->edges.clear();
    setBackgroundBrush(d->palette.color(QPalette::Window));
    const LineageData& data = d->data;
    const Style* style = &d->style;
    const QFontMetricsF metrics(d->style.small);
    // One pill width for all, from the widest label, so that the combs line up.
    qreal pillWidth = 0;
    for (const LineageStep& s : data.steps)
        for (const Contributor& c : s.contributors)
            pillWidth = std::max(pillWidth, metrics.horizontalAdvance(data.nodes.name(c.node)));
    pillWidth = std::max<qreal>(pillWidth + 16, 56);
    const QPen edgePen(d->style.edge, 1.4);

    auto addEdge = [&](const QPainterPath& path, bool filled) {
        auto* item = addPath(path, edgePen, filled ? QBrush(d->style.edge) : QBrush());
        item->setZValue(-1);
        d->edges.push_back(item);
    };

    for (std::size_t i = 0; i < data.steps.size(); ++i) {
        const LineageStep& step = data.steps[i];
        const qreal y = static_cast<qreal>(i) * kRowPitch;
        auto* model =
            new ModelItem(step, i < data.figures.size() ? data.figures[i] : StepFigures{}, style);
        model->setPos(0, y);
        model->chosen = i == 0;
        addItem(model);
        d->models.push_back(model);

        // The link to the parent model, below: the model was made from it.
        if (i + 1 < data.steps.size()) {
            const QPointF tip(kModelWidth / 2, y + kModelHeight);
            const QPointF from(kModelWidth / 2, y + kRowPitch);
            QPainterPath line;
            line.moveTo(from);
            line.lineTo(tip + QPointF(0, 2));
            addEdge(line, false);
            addEdge(arrowHead(tip, from), true);
        }

        // The contributors, as a comb: pills strung on a line that runs into the model.
        const auto& contributors = step.contributors;
        if (contributors.empty())
            continue;
        const std::size_t capacity = 2 * kPillsPerLine;
        const bool overflow = contributors.size() > capacity;
        const std::size_t shown = overflow ? capacity - 1 : contributors.size();
        const std::size_t lines = shown + (overflow ? 1 : 0) > kPillsPerLine ? 2 : 1;
        const std::size_t perLine = lines == 1 ? shown + (overflow ? 1 : 0) : kPillsPerLine;
        const qreal cy = y + kModelHeight / 2;
        const qreal x0 = kModelWidth + kBusStart;
        qreal busEnd = x0;
        auto place = [&](NodeItem* pill, std::size_t k) {
            const std::size_t line = k / perLine;
            const std::size_t col = k % perLine;
            const qreal px = x0 + static_cast<qreal>(col) * (pillWidth + kPillGap);
            const qreal py = lines == 1  ? cy - kPillHeight / 2
                             : line == 0 ? cy - kPillHeight - 5
                                         : cy + 5;
            pill->setPos(px, py);
            addItem(pill);
            busEnd = std::max(busEnd, px + pillWidth / 2);
            if (lines == 2) {
                QPainterPath tick;
                tick.moveTo(px + pillWidth / 2, line == 0 ? py + kPillHeight : py);
                tick.lineTo(px + pillWidth / 2, cy);
                addEdge(tick, false);
            }
        };
        for (std::size_t k = 0; k < shown; ++k) {
            const Contributor& c = contributors[k];
            auto* pill = new NodeItem(c.node, data.nodes.client(c.node), data.nodes.name(c.node),
                                      pillWidth, style);
            place(pill, k);
            d->pills.push_back(pill);
        }
        if (overflow) {
            auto* more = new NodeItem(
                std::nullopt, std::nullopt,
                tr("+%1 more")
                    .arg(QLocale().toString(static_cast<qulonglong>(contributors.size() - shown))),
                pillWidth, style);
            more->setToolTip(tr("Every contributor is listed in the block's Updates tab."));
            place(more, shown);
        }
        QPainterPath bus;
        bus.moveTo(busEnd, cy);
        bus.lineTo(kModelWidth + 2, cy);
        addEdge(bus, false);
        addEdge(arrowHead(QPointF(kModelWidth, cy), QPointF(kModelWidth + 20, cy)), true);
    }

    if (!data.steps.empty() && !data.complete()) {
        const qreal y = static_cast<qreal>(data.steps.size()) * kRowPitch;
        QPainterPath dots;
        dots.moveTo(kModelWidth / 2, y - kRowPitch + kModelHeight);
        dots.lineTo(kModelWidth / 2, y);
        auto* item = addPath(dots, QPen(d->style.edge, 1.4, Qt::DotLine));
        item->setZValue(-1);
        auto* more =
            new MoreItem(tr("%1 older model versions · show more")
                             .arg(QLocale().toString(static_cast<qulonglong>(data.olderSteps()))),
                         style);
        more->setPos(0, y);
        addItem(more);
    }
    setSceneRect(itemsBoundingRect().adjusted(-24, -24, 24, 24));
    restyle();
}

void LineageScene::restyle() {
    std::set<std::uint64_t> contributed;
    if (d->highlighted)
        for (const LineageStep& s : d->data.steps)
            for (const Contributor& c : s.contributors)
                if (c.node == *d->highlighted)
                    contributed.insert(s.height);
    for (ModelItem* m : d->models) {
        m->palette = d->palette;
        m->highlighted = contributed.count(m->step().height) > 0;
        m->selected = d->selected && *d->selected == m->step().height;
        m->state =
            d->verification ? d->verification->check(m->step().height).state : CheckState::Unknown;
        m->update();
    }
    for (NodeItem* p : d->pills) {
        p->palette = d->palette;
        const bool mine = d->highlighted && p->node() && *p->node() == *d->highlighted;
        p->highlighted = mine;
        p->setOpacity(!d->highlighted || mine ? 1.0 : 0.4);
        p->update();
    }
}

QStringList LineageScene::contributorLabels() const {
    QStringList out;
    for (const NodeItem* p : d->pills)
        out << p->label();
    return out;
}

std::vector<std::uint64_t> LineageScene::highlightedHeights() const {
    std::vector<std::uint64_t> out;
    for (const ModelItem* m : d->models)
        if (m->highlighted)
            out.push_back(m->step().height);
    return out;
}

int LineageScene::modelCount() const {
    return static_cast<int>(d->models.size());
}

void LineageScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    for (QGraphicsItem* item : items(event->scenePos())) {
        switch (item->type()) {
        case ModelItem::Type: {
            const auto* m = static_cast<ModelItem*>(item);
            event->accept();
            Q_EMIT modelClicked(m->step().height, m->step().modelHash);
            return;
        }
        case NodeItem::Type: {
            const auto* p = static_cast<NodeItem*>(item);
            if (!p->node())
                break;
            event->accept();
            Q_EMIT nodeClicked(*p->node());
            return;
        }
        case MoreItem::Type:
            event->accept();
            Q_EMIT showMoreClicked();
            return;
        default:
            break;
        }
    }
    // Nothing of ours: the view pans (ScrollHandDrag).
    event->ignore();
}

} // namespace fed::viewer
