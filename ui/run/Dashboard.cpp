#include "ui/run/Dashboard.h"

#include "ui/Theme.h"
#include "ui/run/ChartPanel.h"

#include <QAreaSeries>
#include <QChart>
#include <QEvent>
#include <QGridLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTimer>
#include <QValueAxis>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fed::ui {

namespace {

// Half the width of a round's column, in rounds.
constexpr double kColumnHalfWidth = 0.38;
// Runs up to this many rounds draw their energy as columns; longer ones as areas.
constexpr int kColumnRoundsLimit = 60;
// The dashboard draws one chart's new points every this many milliseconds, so each chart
// every 100 ms (see Dashboard::flushNextChart).
constexpr int kFlushIntervalMs = 25;
constexpr int kChartCount = 4;
// Series whose points are few enough to mark each one.
constexpr int kMarkedPointsLimit = 40;

//! The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is >= v.
double niceCeil(double v) {
    if (!(v > 0.0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
        if (step * magnitude >= v * (1.0 - 1e-12))
            return step * magnitude;
    return 10.0 * magnitude;
}

//! A tick interval of 1, 2 or 5 times a power of ten giving about `ticks` intervals.
double niceStep(double range, int ticks) {
    if (!(range > 0.0))
        return 1.0;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (step * magnitude >= raw)
            return step * magnitude;
    return 10.0 * magnitude;
}

QPen linePen(const QColor& color, qreal width = 2.0, Qt::PenStyle style = Qt::SolidLine) {
    QPen pen(color, width, style);
    // Bevel joins: round joins cost an arc per vertex, which on a 1,000-point line is most of
    // the chart's painting time, and look the same at this width.
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::BevelJoin);
    return pen;
}

QValueAxis* makeAxis(const QString& title, const QString& format) {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    axis->setMinorGridLineVisible(false);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    return axis;
}

//! Sets a range and its tick interval in the order that never lays out more than a handful of
//! ticks: a large new range with the old small interval would lay out millions of them (a
//! diverging loss jumps from 2 to 1e22 in one round).
void setRangeAndStep(QValueAxis* axis, double low, double high, double step) {
    if (!std::isfinite(low) || !std::isfinite(high) || !std::isfinite(step) || !(high > low) ||
        !(step > 0.0))
        return;
    if (axis->min() == low && axis->max() == high && axis->tickInterval() == step)
        return;
    if (step > axis->tickInterval()) {
        axis->setTickInterval(step);
        axis->setRange(low, high);
    } else {
        axis->setRange(low, high);
        axis->setTickInterval(step);
    }
}

void setNiceRange(QValueAxis* axis, double low, double high, int ticks = 5) {
    setRangeAndStep(axis, low, high, niceStep(high - low, ticks));
}

void setRoundRange(QValueAxis* axis, double low, int roundsPlanned) {
    const int rounds = std::max(1, roundsPlanned);
    setRangeAndStep(axis, low, rounds + (low < 0.5 ? 0.0 : 0.5),
                    std::max(1.0, std::round(niceStep(rounds, 6))));
}

//! Four points drawing one round's flat-topped column from 0 to `top`.
QList<QPointF> column(int round, double top) {
    const double left = round - kColumnHalfWidth;
    const double right = round + kColumnHalfWidth;
    return {{left, 0.0}, {left, top}, {right, top}, {right, 0.0}};
}

void setMarkerVisible(QChart* chart, QAbstractSeries* series, bool visible) {
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(visible);
}

} // namespace

bool Dashboard::Extent::add(double v) {
    bool changed = false;
    if (v < low) {
        low = v;
        changed = true;
    }
    if (v > high) {
        high = v;
        changed = true;
    }
    return changed;
}

Dashboard::Dashboard(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    // Each tick draws one chart's waiting points (flushNextChart): a fast run draws batches of
    // rounds instead of a frame per round, and a slow one is drawn round by round.
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kFlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &Dashboard::flushNextChart);
    buildAccuracyChart();
    buildEnergyChart();
    buildAccuracyEnergyChart();
    buildClientChart();
    layoutPanels();
    restyle();
    reset(10, 0);
}

void Dashboard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        restyle();
    QWidget::changeEvent(event);
}

void Dashboard::restyle() {
    const QPalette pal = palette();
    for (ChartPanel* p : panels())
        ChartPanel::styleChart(p->chart(), pal);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor accuracy = seriesColor(0, pal);
    const QColor testLoss = seriesColor(1, pal);
    QColor trainLoss = text;
    trainLoss.setAlpha(130);
    for (QChart* chart : {m_accuracyPanel->chart(), m_energyPanel->chart(),
                          m_accuracyEnergyPanel->chart(), m_clientPanel->chart()}) {
        for (QAbstractAxis* axis : chart->axes()) {
            QFont font = axis->titleFont();
            font.setBold(false);
            font.setPointSizeF(std::max(7.0, chart->font().pointSizeF() - 0.5));
            axis->setTitleFont(font);
            axis->setMinorGridLineVisible(false);
        }
    }
    // Secondary (right-hand) axes draw no grid: two grids on one plot read as noise.
    m_lossAxis->setGridLineVisible(false);
    m_cumulativeAxis->setGridLineVisible(false);
    m_accuracyAxis->setTitleBrush(accuracy);
    m_lossAxis->setTitleBrush(testLoss);

    m_accuracy->setPen(linePen(accuracy, 2.5));
    m_accuracy->setColor(accuracy);
    m_testLoss->setPen(linePen(testLoss, 2.0));
    m_testLoss->setColor(testLoss);
    m_trainLoss->setPen(linePen(trainLoss, 1.6, Qt::DashLine));

    auto paintArea = [](QAreaSeries* area, QColor color) {
        QPen pen(color.darker(120), 0.8);
        color.setAlpha(215);
        area->setBrush(color);
        area->setPen(pen);
    };
    paintArea(m_computationArea, seriesColor(0, pal));
    paintArea(m_communicationArea, seriesColor(1, pal));
    paintArea(m_idleArea, seriesColor(9, pal));
    m_cumulative->setPen(linePen(text, 2.0));
    m_cumulative->setColor(text);
    setMarkerVisible(m_energyPanel->chart(), m_idleArea, m_idleArea->isVisible());

    const QColor green = seriesColor(4, pal);
    m_accuracyEnergy->setPen(linePen(green, 2.5));
    m_accuracyEnergy->setColor(green);

    for (int c = 0; c < kClientCurves; ++c) {
        QColor color = seriesColor(c, pal);
        color.setAlpha(220);
        m_clientSeries[static_cast<std::size_t>(c)]->setPen(linePen(color, 1.5));
    }
}

Dashboard::~Dashboard() = default;

void Dashboard::buildAccuracyChart() {
    m_accuracyPanel = new ChartPanel(tr("Accuracy and loss per round"), u"accuracy-loss"_s, this);
    QChart* chart = m_accuracyPanel->chart();
    m_accuracy = new QLineSeries;
    m_accuracy->setObjectName(u"accuracySeries"_s);
    m_accuracy->setName(tr("Test accuracy"));
    m_testLoss = new QLineSeries;
    m_testLoss->setObjectName(u"testLossSeries"_s);
    m_testLoss->setName(tr("Test loss"));
    m_trainLoss = new QLineSeries;
    m_trainLoss->setObjectName(u"trainLossSeries"_s);
    m_trainLoss->setName(tr("Training loss"));
    for (QLineSeries* s : {m_accuracy, m_testLoss, m_trainLoss})
        chart->addSeries(s);

    m_roundAxis = makeAxis(tr("Round"), u"%.0f"_s);
    // The unit goes on the ticks ("40 %"), not in the title: a vertical title longer than the
    // short plot is elided ("Genauigkeit (…" in German).
    m_accuracyAxis = makeAxis(tr("Accuracy"), u"%.0f %%"_s);
    m_lossAxis = makeAxis(tr("Loss"), u"%.2g"_s);
    chart->addAxis(m_roundAxis, Qt::AlignBottom);
    chart->addAxis(m_accuracyAxis, Qt::AlignLeft);
    chart->addAxis(m_lossAxis, Qt::AlignRight);
    m_accuracy->attachAxis(m_roundAxis);
    m_accuracy->attachAxis(m_accuracyAxis);
    for (QLineSeries* s : {m_testLoss, m_trainLoss}) {
        s->attachAxis(m_roundAxis);
        s->attachAxis(m_lossAxis);
    }
    // Differential privacy: the epsilon spent so far, on a third axis, where the accuracy it
    // bought can be read off the same rounds.
    m_epsilon = new QLineSeries;
    m_epsilon->setObjectName(u"epsilonSeries"_s);
    m_epsilon->setName(tr("Privacy spent (ε)"));
    chart->addSeries(m_epsilon);
    m_epsilonAxis = makeAxis(tr("ε"), u"%.2g"_s);
    chart->addAxis(m_epsilonAxis, Qt::AlignRight);
    m_epsilon->attachAxis(m_roundAxis);
    m_epsilon->attachAxis(m_epsilonAxis);
}

void Dashboard::showPrivacy(bool shown) {
    m_hasPrivacy = shown;
    m_epsilon->setVisible(shown);
    m_epsilonAxis->setVisible(shown);
    setMarkerVisible(m_accuracyPanel->chart(), m_epsilon, shown);
    m_accuracyPanel->chart()->setTitle(shown ? tr("Accuracy, loss and privacy spent per round")
                                             : tr("Accuracy and loss per round"));
}

void Dashboard::fitEpsilonAxis(double epsilon) {
    if (m_epsilonExtent.add(epsilon))
        markAxesDirty({Chart::AccuracyLoss});
}

void Dashboard::buildEnergyChart() {
    m_energyPanel = new ChartPanel(tr("Energy per round"), u"energy"_s, this);
    QChart* chart = m_energyPanel->chart();
    m_computationTop = new QLineSeries;
    m_communicationBottom = new QLineSeries;
    m_communicationTop = new QLineSeries;
    m_idleBottom = new QLineSeries;
    m_idleTop = new QLineSeries;
    auto area = [&](QLineSeries* top, QLineSeries* bottom, const QString& name) {
        auto* a = new QAreaSeries(top, bottom);
        // The area draws its boundary lines but does not own them; they go with it.
        top->setParent(a);
        if (bottom)
            bottom->setParent(a);
        a->setName(name);
        chart->addSeries(a);
        return a;
    };
    m_computationArea = area(m_computationTop, nullptr, tr("Computation"));
    m_computationArea->setObjectName(u"computationSeries"_s);
    m_communicationArea = area(m_communicationTop, m_communicationBottom, tr("Communication"));
    m_communicationArea->setObjectName(u"communicationSeries"_s);
    m_idleArea = area(m_idleTop, m_idleBottom, tr("Idle"));
    m_cumulative = new QLineSeries;
    m_cumulative->setObjectName(u"cumulativeEnergySeries"_s);
    m_cumulative->setName(tr("Cumulative"));
    chart->addSeries(m_cumulative);

    m_energyRoundAxis = makeAxis(tr("Round"), u"%.0f"_s);
    m_energyAxis = makeAxis(tr("Per round"), u"%.3g"_s);
    m_cumulativeAxis = makeAxis(tr("Cumulative"), u"%.3g"_s);
    chart->addAxis(m_energyRoundAxis, Qt::AlignBottom);
    chart->addAxis(m_energyAxis, Qt::AlignLeft);
    chart->addAxis(m_cumulativeAxis, Qt::AlignRight);
    for (QAreaSeries* a : {m_computationArea, m_communicationArea, m_idleArea}) {
        a->attachAxis(m_energyRoundAxis);
        a->attachAxis(m_energyAxis);
    }
    m_cumulative->attachAxis(m_energyRoundAxis);
    m_cumulative->attachAxis(m_cumulativeAxis);
    // Idle power is charged only when the spec asks for it; its area appears when it is used.
    m_idleArea->setVisible(false);
    setMarkerVisible(chart, m_idleArea, false);
}

void Dashboard::buildAccuracyEnergyChart() {
    m_accuracyEnergyPanel =
        new ChartPanel(tr("Accuracy against energy spent"), u"accuracy-energy"_s, this);
    QChart* chart = m_accuracyEnergyPanel->chart();
    m_accuracyEnergy = new QLineSeries;
    m_accuracyEnergy->setObjectName(u"accuracyEnergySeries"_s);
    m_accuracyEnergy->setName(tr("Test accuracy"));
    chart->addSeries(m_accuracyEnergy);
    chart->legend()->hide();
    m_accuracyEnergyX = makeAxis(tr("Cumulative energy"), u"%.3g"_s);
    m_accuracyEnergyY = makeAxis(tr("Accuracy"), u"%.0f %%"_s);
    chart->addAxis(m_accuracyEnergyX, Qt::AlignBottom);
    chart->addAxis(m_accuracyEnergyY, Qt::AlignLeft);
    m_accuracyEnergy->attachAxis(m_accuracyEnergyX);
    m_accuracyEnergy->attachAxis(m_accuracyEnergyY);
}

void Dashboard::buildClientChart() {
    m_clientPanel =
        new ChartPanel(tr("Training loss per client (first %1 clients)").arg(kClientCurves),
                       u"client-loss"_s, this);
    QChart* chart = m_clientPanel->chart();
    chart->legend()->hide();
    m_clientRoundAxis = makeAxis(tr("Round"), u"%.0f"_s);
    m_clientLossAxis = makeAxis(tr("Training loss"), u"%.2g"_s);
    chart->addAxis(m_clientRoundAxis, Qt::AlignBottom);
    chart->addAxis(m_clientLossAxis, Qt::AlignLeft);
    for (int c = 0; c < kClientCurves; ++c) {
        auto* s = new QLineSeries;
        s->setName(tr("node %1").arg(c));
        chart->addSeries(s);
        s->attachAxis(m_clientRoundAxis);
        s->attachAxis(m_clientLossAxis);
        m_clientSeries.push_back(s);
    }
}

void Dashboard::layoutPanels() {
    for (ChartPanel* p : panels())
        m_grid->removeWidget(p);
    m_grid->addWidget(m_accuracyPanel, 0, 0);
    m_grid->addWidget(m_energyPanel, 0, 1);
    if (m_clientCurvesVisible) {
        m_grid->addWidget(m_accuracyEnergyPanel, 1, 0);
        m_grid->addWidget(m_clientPanel, 1, 1);
    } else {
        m_grid->addWidget(m_accuracyEnergyPanel, 1, 0, 1, 2);
    }
    m_clientPanel->setVisible(m_clientCurvesVisible);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_grid->setRowStretch(0, 1);
    m_grid->setRowStretch(1, 1);
}

void Dashboard::setClientCurvesVisible(bool visible) {
    if (visible == m_clientCurvesVisible)
        return;
    m_clientCurvesVisible = visible;
    layoutPanels();
}

ChartPanel* Dashboard::panel(Chart chart) const {
    switch (chart) {
    case Chart::AccuracyLoss:
        return m_accuracyPanel;
    case Chart::Energy:
        return m_energyPanel;
    case Chart::AccuracyEnergy:
        return m_accuracyEnergyPanel;
    case Chart::ClientLoss:
        return m_clientPanel;
    }
    return nullptr;
}

QList<ChartPanel*> Dashboard::panels() const {
    return {m_accuracyPanel, m_energyPanel, m_accuracyEnergyPanel, m_clientPanel};
}

void Dashboard::clearSeries() {
    m_flushTimer->stop();
    m_pending.clear();
    m_axesDirty = {};
    for (QLineSeries* s :
         {m_accuracy, m_testLoss, m_trainLoss, m_computationTop, m_communicationBottom,
          m_communicationTop, m_idleBottom, m_idleTop, m_cumulative, m_accuracyEnergy, m_epsilon})
        s->clear();
    for (QLineSeries* s : m_clientSeries)
        s->clear();
    m_history.clear();
    m_accuracyExtent = {};
    m_lossExtent = {};
    m_clientLossExtent = {};
    m_energyExtent = {};
    m_cumulativeExtent = {};
    m_epsilonExtent = {};
    showPrivacy(false);
    setNiceRange(m_epsilonAxis, 0.0, 1.0);
    m_energy = EnergyData::Unknown;
    m_roundUnit = {};
    m_cumulativeUnit = {};
    m_idleArea->setVisible(false);
    setMarkerVisible(m_energyPanel->chart(), m_idleArea, false);
    setNiceRange(m_accuracyAxis, 0.0, 100.0);
    setNiceRange(m_lossAxis, 0.0, 1.0);
    setNiceRange(m_clientLossAxis, 0.0, 1.0);
    setNiceRange(m_energyAxis, 0.0, 1.0);
    setNiceRange(m_cumulativeAxis, 0.0, 1.0);
    setNiceRange(m_accuracyEnergyX, 0.0, 1.0);
    setNiceRange(m_accuracyEnergyY, 0.0, 100.0);
    m_energyAxis->setTitleText(tr("Per round"));
    m_cumulativeAxis->setTitleText(tr("Cumulative"));
    m_accuracyEnergyX->setTitleText(tr("Cumulative energy"));
    m_energyPanel->setMessage(QString());
    m_accuracyEnergyPanel->setMessage(QString());
}

void Dashboard::setRoundAxes(int roundsPlanned) {
    m_roundsPlanned = roundsPlanned;
    setRoundRange(m_roundAxis, 0.0, roundsPlanned);
    setRoundRange(m_clientRoundAxis, 0.0, roundsPlanned);
    setRoundRange(m_energyRoundAxis, 1.0 - 0.5, roundsPlanned);
    // Markers help read a short run; on a long one they would blur into a thick line.
    const bool marked = roundsPlanned <= kMarkedPointsLimit;
    for (QLineSeries* s : {m_accuracy, m_testLoss, m_accuracyEnergy, m_epsilon}) {
        s->setPointsVisible(marked);
        s->setMarkerSize(6.0);
    }
}

void Dashboard::reset(int roundsPlanned, int clients) {
    clearSeries();
    setRoundAxes(roundsPlanned);
    for (int c = 0; c < kClientCurves; ++c)
        m_clientSeries[static_cast<std::size_t>(c)]->setVisible(c < clients);
}

void Dashboard::markAxesDirty(std::initializer_list<Chart> charts) {
    for (Chart c : charts)
        m_axesDirty[static_cast<std::size_t>(c)] = true;
}

void Dashboard::fitAccuracyAxis(double percent) {
    if (m_accuracyExtent.add(percent))
        markAxesDirty({Chart::AccuracyLoss, Chart::AccuracyEnergy});
}

void Dashboard::fitLossAxis(double loss) {
    if (m_lossExtent.add(loss))
        markAxesDirty({Chart::AccuracyLoss});
}

void Dashboard::fitClientLossAxis(double loss) {
    if (m_clientLossExtent.add(loss))
        markAxesDirty({Chart::ClientLoss});
}

void Dashboard::fitEnergyAxes(double roundValue, double cumulativeValue) {
    const bool round = m_energyExtent.add(roundValue);
    const bool cumulative = m_cumulativeExtent.add(cumulativeValue);
    if (round || cumulative)
        markAxesDirty({Chart::Energy, Chart::AccuracyEnergy});
}

void Dashboard::applyAccuracyRange(QValueAxis* axis) const {
    // Tens of percent around what was seen: stable while accuracy creeps up, and a 70-90%
    // curve is not squashed against the top of a 0-100 axis.
    const double low = std::max(0.0, std::floor((m_accuracyExtent.low - 2.0) / 10.0) * 10.0);
    const double high = std::min(100.0, std::ceil((m_accuracyExtent.high + 2.0) / 10.0) * 10.0);
    setNiceRange(axis, low, std::max(high, low + 10.0));
}

void Dashboard::applyLossRange(QValueAxis* axis, const Extent& extent) {
    setNiceRange(axis, 0.0, niceCeil(extent.high * 1.05));
}

double Dashboard::cumulativeAxisMax() const {
    return niceCeil(m_cumulativeExtent.high * 1.02);
}

void Dashboard::applyRanges(Chart chart) {
    switch (chart) {
    case Chart::AccuracyLoss:
        if (m_accuracyExtent.high >= m_accuracyExtent.low)
            applyAccuracyRange(m_accuracyAxis);
        if (m_lossExtent.high > 0.0)
            applyLossRange(m_lossAxis, m_lossExtent);
        if (m_epsilonExtent.high > 0.0)
            setNiceRange(m_epsilonAxis, 0.0, niceCeil(m_epsilonExtent.high * 1.05));
        break;
    case Chart::Energy:
        if (m_energyExtent.high > 0.0) {
            setNiceRange(m_energyAxis, 0.0, niceCeil(m_energyExtent.high * 1.05));
            setNiceRange(m_cumulativeAxis, 0.0, cumulativeAxisMax());
        }
        break;
    case Chart::AccuracyEnergy:
        if (m_accuracyExtent.high >= m_accuracyExtent.low)
            applyAccuracyRange(m_accuracyEnergyY);
        if (m_cumulativeExtent.high > 0.0)
            setNiceRange(m_accuracyEnergyX, 0.0, cumulativeAxisMax());
        break;
    case Chart::ClientLoss:
        if (m_clientLossExtent.high > 0.0)
            applyLossRange(m_clientLossAxis, m_clientLossExtent);
        break;
    }
    m_axesDirty[static_cast<std::size_t>(chart)] = false;
}

void Dashboard::queue(Chart chart, QLineSeries* series, const QList<QPointF>& points) {
    auto it = std::find_if(m_pending.begin(), m_pending.end(),
                           [series](const Pending& p) { return p.series == series; });
    if (it == m_pending.end())
        m_pending.push_back({chart, series, points});
    else
        it->points += points;
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

bool Dashboard::hasWork(Chart chart) const {
    return m_axesDirty[static_cast<std::size_t>(chart)] ||
           std::any_of(m_pending.begin(), m_pending.end(),
                       [chart](const Pending& p) { return p.chart == chart; });
}

void Dashboard::flushChart(Chart chart) {
    // Ranges first, so that each series lays its points out once, below, with its new axes.
    if (m_axesDirty[static_cast<std::size_t>(chart)])
        applyRanges(chart);
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->chart != chart) {
            ++it;
            continue;
        }
        // One layout per series per flush: append() of n points lays the series out n times.
        if (it->points.size() == 1)
            it->series->append(it->points.front());
        else
            it->series->replace(it->series->points() + it->points);
        it = m_pending.erase(it);
    }
}

void Dashboard::flushNextChart() {
    // One chart per turn of the event loop: four charts of 1,000 points redrawn in one turn
    // would be one long stall; one at a time they are four short ones.
    for (int i = 0; i < kChartCount; ++i) {
        const auto chart = static_cast<Chart>((m_nextChart + i) % kChartCount);
        if (hasWork(chart)) {
            flushChart(chart);
            m_nextChart = (static_cast<int>(chart) + 1) % kChartCount;
            break;
        }
    }
    for (int i = 0; i < kChartCount; ++i)
        if (hasWork(static_cast<Chart>(i))) {
            m_flushTimer->start();
            return;
        }
}

void Dashboard::flush() {
    m_flushTimer->stop();
    for (int i = 0; i < kChartCount; ++i)
        flushChart(static_cast<Chart>(i));
}

void Dashboard::showNoEnergy() {
    m_energy = EnergyData::Absent;
    const QString text = tr("<p style='font-size:11pt'><b>No energy data in this run</b></p>"
                            "<p>Its rounds record no modelled energy (the run file was made before "
                            "energy accounting).</p>");
    m_energyPanel->setMessage(text);
    m_accuracyEnergyPanel->setMessage(text);
}

void Dashboard::appendRound(const RoundRecord& round, double cumulativeJ) {
    if (!m_history.empty() && round.round <= m_history.back().round)
        return;
    if (round.round > m_roundsPlanned)
        setRoundAxes(round.round);
    RoundPoint p;
    p.round = round.round;
    p.evaluated = round.evaluated && std::isfinite(round.accuracy);
    p.accuracy = round.accuracy * 100.0;
    p.computationJ = round.computationJ;
    p.communicationJ = round.communicationJ;
    p.idleJ = round.idleJ;
    p.cumulativeJ = cumulativeJ;
    m_history.push_back(p);

    if (p.evaluated) {
        queue(Chart::AccuracyLoss, m_accuracy, {{double(p.round), p.accuracy}});
        fitAccuracyAxis(p.accuracy);
        if (std::isfinite(round.loss)) {
            queue(Chart::AccuracyLoss, m_testLoss, {{double(p.round), round.loss}});
            fitLossAxis(round.loss);
        }
    }
    if (std::isfinite(round.trainLoss) && round.accepted > 0) {
        queue(Chart::AccuracyLoss, m_trainLoss, {{double(p.round), round.trainLoss}});
        fitLossAxis(round.trainLoss);
    }
    if (round.privacy && std::isfinite(round.privacy->epsilon)) {
        if (!m_hasPrivacy)
            showPrivacy(true);
        queue(Chart::AccuracyLoss, m_epsilon, {{double(p.round), round.privacy->epsilon}});
        fitEpsilonAxis(round.privacy->epsilon);
    }

    if (round.energyJ() > 0.0 && m_energy != EnergyData::Present) {
        // Units for the whole run: this round's energy sets the per-round unit, and this
        // round times the rounds planned the cumulative one.
        showEnergy(round.energyJ(), round.energyJ() * std::max(m_roundsPlanned, 1));
    } else if (m_energy == EnergyData::Present) {
        appendEnergy(p);
    } else if (m_energy == EnergyData::Unknown) {
        showNoEnergy();
    }
}

void Dashboard::showEnergy(double roundJ, double expectedTotalJ) {
    m_energy = EnergyData::Present;
    m_roundUnit = energyUnitFor(roundJ);
    m_cumulativeUnit = energyUnitFor(expectedTotalJ);
    setEnergyAxisTitles();
    m_energyPanel->setMessage(QString());
    m_accuracyEnergyPanel->setMessage(QString());
    for (const RoundPoint& p : m_history)
        appendEnergy(p);
}

QList<QPointF> Dashboard::energyShape(int round, double top) const {
    // Columns read best for a short run. A long run gets one point per round: thousands of
    // columns reaching down to zero give the rasterizer thousands of edges on every pixel row,
    // and it slows down quadratically with them (1 s per frame at 1,000 rounds).
    if (m_roundsPlanned <= kColumnRoundsLimit)
        return column(round, top);
    return {{static_cast<double>(round), top}};
}

void Dashboard::setEnergyAxisTitles() {
    // Short: a vertical title longer than a short chart's plot area is cut off.
    m_energyAxis->setTitleText(tr("Per round (%1)").arg(m_roundUnit.symbol));
    m_cumulativeAxis->setTitleText(tr("Cumulative (%1)").arg(m_cumulativeUnit.symbol));
    m_accuracyEnergyX->setTitleText(tr("Cumulative energy (%1)").arg(m_cumulativeUnit.symbol));
}

void Dashboard::appendEnergy(const RoundPoint& p) {
    const double cmp = p.computationJ / m_roundUnit.joules;
    const double com = p.communicationJ / m_roundUnit.joules;
    const double idle = p.idleJ / m_roundUnit.joules;
    const double cumulative = p.cumulativeJ / m_cumulativeUnit.joules;
    queue(Chart::Energy, m_computationTop, energyShape(p.round, cmp));
    queue(Chart::Energy, m_communicationBottom, energyShape(p.round, cmp));
    queue(Chart::Energy, m_communicationTop, energyShape(p.round, cmp + com));
    if (idle > 0.0 && !m_idleArea->isVisible()) {
        m_idleArea->setVisible(true);
        setMarkerVisible(m_energyPanel->chart(), m_idleArea, true);
    }
    // Idle energy is charged for a whole run or not at all (energy.count_idle); a run without
    // it does not feed its hidden series.
    if (m_idleArea->isVisible()) {
        queue(Chart::Energy, m_idleBottom, energyShape(p.round, cmp + com));
        queue(Chart::Energy, m_idleTop, energyShape(p.round, cmp + com + idle));
    }
    queue(Chart::Energy, m_cumulative, {{double(p.round), cumulative}});
    if (p.evaluated)
        queue(Chart::AccuracyEnergy, m_accuracyEnergy, {{cumulative, p.accuracy}});
    fitEnergyAxes(cmp + com + idle, cumulative);
}

void Dashboard::appendClientRound(const ClientRoundRecord& record) {
    if (record.client < 0 || record.client >= kClientCurves ||
        record.status == UpdateStatus::Dropped || !std::isfinite(record.trainLoss))
        return;
    queue(Chart::ClientLoss, m_clientSeries[static_cast<std::size_t>(record.client)],
          {{double(record.round), record.trainLoss}});
    fitClientLossAxis(record.trainLoss);
}

void Dashboard::load(const std::vector<RoundRecord>& rounds,
                     const std::vector<ClientRoundRecord>& clientRounds, int roundsPlanned,
                     int clients) {
    const int planned = std::max(roundsPlanned, rounds.empty() ? 0 : rounds.back().round);
    reset(planned, clients);
    // Build each series' points first and hand them over with one replace(): the chart then
    // lays out each series once instead of once per point.
    QList<QPointF> accuracy, testLoss, trainLoss, epsilon;
    double cumulative = 0.0;
    double firstEnergyJ = 0.0;
    for (const RoundRecord& r : rounds) {
        cumulative += r.energyJ();
        if (firstEnergyJ == 0.0)
            firstEnergyJ = r.energyJ();
        RoundPoint p;
        p.round = r.round;
        p.evaluated = r.evaluated && std::isfinite(r.accuracy);
        p.accuracy = r.accuracy * 100.0;
        p.computationJ = r.computationJ;
        p.communicationJ = r.communicationJ;
        p.idleJ = r.idleJ;
        p.cumulativeJ = cumulative;
        m_history.push_back(p);
        if (p.evaluated) {
            accuracy.append({static_cast<double>(r.round), p.accuracy});
            m_accuracyExtent.add(p.accuracy);
            if (std::isfinite(r.loss)) {
                testLoss.append({static_cast<double>(r.round), r.loss});
                m_lossExtent.add(r.loss);
            }
        }
        if (std::isfinite(r.trainLoss) && r.accepted > 0) {
            trainLoss.append({static_cast<double>(r.round), r.trainLoss});
            m_lossExtent.add(r.trainLoss);
        }
        if (r.privacy && std::isfinite(r.privacy->epsilon)) {
            epsilon.append({static_cast<double>(r.round), r.privacy->epsilon});
            m_epsilonExtent.add(r.privacy->epsilon);
        }
    }
    showPrivacy(!epsilon.isEmpty());
    applyRanges(Chart::AccuracyLoss);
    m_epsilon->replace(epsilon);
    m_accuracy->replace(accuracy);
    m_testLoss->replace(testLoss);
    m_trainLoss->replace(trainLoss);

    if (cumulative > 0.0) {
        m_energy = EnergyData::Present;
        // The units a live run chose (showEnergy), so that a reopened run draws the same
        // numbers it drew while it ran.
        m_roundUnit = energyUnitFor(firstEnergyJ);
        m_cumulativeUnit = energyUnitFor(firstEnergyJ * std::max(m_roundsPlanned, 1));
        setEnergyAxisTitles();
        QList<QPointF> cmpTop, comBottom, comTop, idleBottom, idleTop, cum, accEnergy;
        bool idle = false;
        for (const RoundPoint& p : m_history) {
            const double cmp = p.computationJ / m_roundUnit.joules;
            const double com = p.communicationJ / m_roundUnit.joules;
            const double idl = p.idleJ / m_roundUnit.joules;
            const double c = p.cumulativeJ / m_cumulativeUnit.joules;
            cmpTop.append(energyShape(p.round, cmp));
            comBottom.append(energyShape(p.round, cmp));
            comTop.append(energyShape(p.round, cmp + com));
            idleBottom.append(energyShape(p.round, cmp + com));
            idleTop.append(energyShape(p.round, cmp + com + idl));
            idle = idle || idl > 0.0;
            cum.append({static_cast<double>(p.round), c});
            if (p.evaluated)
                accEnergy.append({c, p.accuracy});
            m_energyExtent.add(cmp + com + idl);
            m_cumulativeExtent.add(c);
        }
        applyRanges(Chart::Energy);
        applyRanges(Chart::AccuracyEnergy);
        m_computationTop->replace(cmpTop);
        m_communicationBottom->replace(comBottom);
        m_communicationTop->replace(comTop);
        m_idleBottom->replace(idleBottom);
        m_idleTop->replace(idleTop);
        m_cumulative->replace(cum);
        m_accuracyEnergy->replace(accEnergy);
        m_idleArea->setVisible(idle);
        setMarkerVisible(m_energyPanel->chart(), m_idleArea, idle);
    } else if (!rounds.empty()) {
        showNoEnergy();
    }

    std::vector<QList<QPointF>> perClient(static_cast<std::size_t>(kClientCurves));
    for (const ClientRoundRecord& rec : clientRounds) {
        if (rec.client < 0 || rec.client >= kClientCurves || rec.status == UpdateStatus::Dropped ||
            !std::isfinite(rec.trainLoss))
            continue;
        perClient[static_cast<std::size_t>(rec.client)].append(
            {static_cast<double>(rec.round), rec.trainLoss});
        m_clientLossExtent.add(rec.trainLoss);
    }
    applyRanges(Chart::ClientLoss);
    for (int c = 0; c < kClientCurves; ++c)
        m_clientSeries[static_cast<std::size_t>(c)]->replace(
            perClient[static_cast<std::size_t>(c)]);
}

} // namespace fed::ui
