#include "ui/run/ChartPanel.h"

#include "ui/Theme.h"

#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStackedLayout>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {
// Exported charts keep the on-screen size when the chart is visible; a hidden chart (the
// per-client curves when switched off) is laid out at this size first.
constexpr QSize kHiddenExportSize{960, 600};
} // namespace

ChartPanel::ChartPanel(const QString& title, const QString& fileStem, QWidget* parent)
    : QFrame(parent)
    , m_fileStem(fileStem)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart))
    , m_message(new QLabel)
    , m_stack(new QStackedLayout) {
    setObjectName(fileStem);
    m_chart->setTitle(title);
    styleChart(m_chart, palette());
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 200);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setBackgroundRole(QPalette::Base);
    // The context menu belongs to the panel (export), not to the view.
    m_view->setContextMenuPolicy(Qt::NoContextMenu);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    auto* layout = new QVBoxLayout(this);
    // Inside the rounded border, so that the chart's square background does not cover it.
    layout->setContentsMargins(3, 3, 3, 3);
    layout->addLayout(m_stack);
    // A tile like the figures above the charts; the selector keeps the rule off the children.
    setStyleSheet(u"fed--ui--ChartPanel { background: palette(base); border: 1px solid "
                  "palette(mid); border-radius: 6px; }"_s);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::styleChart(QChart* chart, const QPalette& palette) {
    applyChartTheme(chart, palette);
    chart->setBackgroundRoundness(0);
    // The layout's default contents margins (the style's, ~9 px) would frame the chart's
    // background in the view's colour; the panel draws the frame instead.
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->setAnimationOptions(QChart::NoAnimation); // an animation repaints every frame
    QFont titleFont = chart->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() + 1.0);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ChartPanel::setMessage(const QString& message) {
    m_message->setText(message);
    m_stack->setCurrentWidget(message.isEmpty() ? static_cast<QWidget*>(m_view) : m_message);
}

QString ChartPanel::message() const {
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

bool ChartPanel::isShowingChart() const {
    return m_stack->currentWidget() == m_view;
}

bool ChartPanel::exportTo(const QString& path, QString* error) const {
    if (!isShowingChart()) {
        if (error)
            *error = tr("The chart \"%1\" has nothing to export: %2")
                         .arg(m_chart->title(), m_message->text());
        return false;
    }
    const bool visible = m_view->isVisible() && m_view->width() > 0;
    const QSizeF size = visible ? QSizeF(m_view->viewport()->size()) : QSizeF(kHiddenExportSize);
    if (!visible)
        m_chart->resize(size);
    const QRectF source = m_chart->sceneBoundingRect();
    const QRectF target(QPointF(0, 0), size);
    const QString suffix = QFileInfo(path).suffix().toLower();

    if (suffix == u"svg"_s) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size.toSize());
        svg.setViewBox(target);
        svg.setTitle(m_chart->title());
        svg.setDescription(tr("Exported from Federation Studio"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        m_chart->scene()->render(&painter, target, source);
        painter.end();
        if (!QFileInfo::exists(path)) {
            if (error)
                *error = tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
            return false;
        }
        return true;
    }
    if (suffix != u"png"_s) {
        if (error)
            *error = tr("Charts are exported as .png or .svg, not \"%1\"").arg(suffix);
        return false;
    }
    // Twice the pixels of the screen, so that exported charts stay sharp in documents.
    const qreal ratio = std::max<qreal>(2.0, devicePixelRatioF());
    QImage image((size * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        m_chart->scene()->render(&painter, target, source);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

void ChartPanel::contextMenuEvent(QContextMenuEvent* event) {
    if (!isShowingChart())
        return;
    QMenu menu(this);
    menu.addAction(tr("Save Chart as PNG…"), this, [this] { exportInteractively(u"png"_s); });
    menu.addAction(tr("Save Chart as SVG…"), this, [this] { exportInteractively(u"svg"_s); });
    menu.exec(event->globalPos());
}

void ChartPanel::exportInteractively(const QString& suffix) {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString filter = suffix == u"svg"_s ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), QDir(dir).filePath(m_fileStem + u'.' + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Save Chart"), error);
}

} // namespace fed::ui
