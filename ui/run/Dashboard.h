#pragma once
// The run's live charts: accuracy and loss per round, energy per round (computation and
// communication stacked, with the cumulative total), accuracy against cumulative energy, and
// optional per-client training-loss curves. Each round appends one point per series and moves
// an axis only when a value leaves its range, so a 1,000-round run stays as fast as a short one.

#include "engine/store/RunStore.h"
#include "ui/run/RunFormat.h"

#include <QList>
#include <QPointF>
#include <QWidget>
#include <array>
#include <initializer_list>
#include <limits>
#include <vector>

class QAreaSeries;
class QGridLayout;
class QLineSeries;
class QTimer;
class QValueAxis;

namespace fed::ui {

class ChartPanel;

class Dashboard : public QWidget {
    Q_OBJECT
public:
    enum class Chart { AccuracyLoss, Energy, AccuracyEnergy, ClientLoss };
    //! Per-client curves are drawn for this many clients (the first ones): more lines than
    //! this are unreadable, and each costs a series.
    static constexpr int kClientCurves = 20;

    explicit Dashboard(QWidget* parent = nullptr);
    ~Dashboard() override;

    //! Empties every chart for a run of `roundsPlanned` rounds and `clients` clients.
    void reset(int roundsPlanned, int clients);
    //! Adds a finished round; `cumulativeJ` is the run's energy up to and including it.
    //! Its points are drawn within about 100 ms (or at flush()).
    void appendRound(const RoundRecord& round, double cumulativeJ);
    //! Adds one client's result to its curve (clients beyond kClientCurves are ignored).
    void appendClientRound(const ClientRoundRecord& record);
    //! Draws every point that is waiting now (the end of a run, tests); otherwise the charts
    //! take their new points in turn, one chart every 25 ms.
    void flush();
    //! Shows a whole run at once (a run file), replacing the series in one go each.
    void load(const std::vector<RoundRecord>& rounds,
              const std::vector<ClientRoundRecord>& clientRounds, int roundsPlanned, int clients);

    ChartPanel* panel(Chart chart) const;
    QList<ChartPanel*> panels() const;

    void setClientCurvesVisible(bool visible);
    bool clientCurvesVisible() const { return m_clientCurvesVisible; }

    //! Whether the run on display has energy figures (false also before its first round).
    bool hasEnergy() const { return m_energy == EnergyData::Present; }
    //! The accuracy series (percent per round), for tests and benchmarks.
    QLineSeries* accuracySeries() const { return m_accuracy; }
    QLineSeries* cumulativeEnergySeries() const { return m_cumulative; }
    //! Epsilon spent per round (differential privacy), on its own axis next to accuracy;
    //! shown only for runs with differential privacy on.
    QLineSeries* epsilonSeries() const { return m_epsilon; }
    bool hasPrivacy() const { return m_hasPrivacy; }
    int roundsShown() const { return static_cast<int>(m_history.size()); }

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class EnergyData { Unknown, Present, Absent };
    struct RoundPoint {
        int round = 0;
        bool evaluated = false;
        double accuracy = 0.0;
        double computationJ = 0.0;
        double communicationJ = 0.0;
        double idleJ = 0.0;
        double cumulativeJ = 0.0;
    };
    //! Extremes seen so far, so that an axis is touched only when a value leaves its range.
    struct Extent {
        double low = std::numeric_limits<double>::infinity();
        double high = -std::numeric_limits<double>::infinity();
        bool add(double v);
    };

    //! Colours and fonts from the palette in force (the app's Light/Dark/System theme).
    void restyle();
    void buildAccuracyChart();
    void buildEnergyChart();
    void buildAccuracyEnergyChart();
    void buildClientChart();
    void layoutPanels();
    void setRoundAxes(int roundsPlanned);
    void clearSeries();
    //! Picks energy units, labels the axes and draws every round so far (once per run).
    void showEnergy(double roundJ, double expectedTotalJ);
    void setEnergyAxisTitles();
    //! The points of one round's energy layer reaching up to `top`.
    QList<QPointF> energyShape(int round, double top) const;
    void appendEnergy(const RoundPoint& p);
    void showNoEnergy();
    void showPrivacy(bool shown);
    void fitEpsilonAxis(double epsilon);
    void markAxesDirty(std::initializer_list<Chart> charts);
    void fitAccuracyAxis(double percent);
    void fitLossAxis(double loss);
    void fitClientLossAxis(double loss);
    void fitEnergyAxes(double roundValue, double cumulativeValue);
    void applyAccuracyRange(QValueAxis* axis) const;
    static void applyLossRange(QValueAxis* axis, const Extent& extent);
    double cumulativeAxisMax() const;
    //! Sets a chart's axes to the extents seen so far.
    void applyRanges(Chart chart);
    //! Holds points for a series until its chart's next flush.
    void queue(Chart chart, QLineSeries* series, const QList<QPointF>& points);
    bool hasWork(Chart chart) const;
    void flushChart(Chart chart);
    void flushNextChart();

    QGridLayout* m_grid = nullptr;
    ChartPanel* m_accuracyPanel = nullptr;
    ChartPanel* m_energyPanel = nullptr;
    ChartPanel* m_accuracyEnergyPanel = nullptr;
    ChartPanel* m_clientPanel = nullptr;

    QLineSeries* m_accuracy = nullptr;
    QLineSeries* m_testLoss = nullptr;
    QLineSeries* m_trainLoss = nullptr;
    QValueAxis* m_roundAxis = nullptr;
    QValueAxis* m_accuracyAxis = nullptr;
    QValueAxis* m_lossAxis = nullptr;
    QLineSeries* m_epsilon = nullptr;
    QValueAxis* m_epsilonAxis = nullptr;

    // Stacked columns drawn as areas (see energyShape): one series per layer instead of one
    // bar item per round and layer.
    QLineSeries* m_computationTop = nullptr;
    QLineSeries* m_communicationBottom = nullptr;
    QLineSeries* m_communicationTop = nullptr;
    QLineSeries* m_idleBottom = nullptr;
    QLineSeries* m_idleTop = nullptr;
    QAreaSeries* m_computationArea = nullptr;
    QAreaSeries* m_communicationArea = nullptr;
    QAreaSeries* m_idleArea = nullptr;
    QLineSeries* m_cumulative = nullptr;
    QValueAxis* m_energyRoundAxis = nullptr;
    QValueAxis* m_energyAxis = nullptr;
    QValueAxis* m_cumulativeAxis = nullptr;

    QLineSeries* m_accuracyEnergy = nullptr;
    QValueAxis* m_accuracyEnergyX = nullptr;
    QValueAxis* m_accuracyEnergyY = nullptr;

    std::vector<QLineSeries*> m_clientSeries;
    QValueAxis* m_clientRoundAxis = nullptr;
    QValueAxis* m_clientLossAxis = nullptr;

    struct Pending {
        Chart chart;
        QLineSeries* series;
        QList<QPointF> points;
    };
    QTimer* m_flushTimer = nullptr;
    //! Points not drawn yet, per series, in order (see flushNextChart()).
    std::vector<Pending> m_pending;
    //! Charts whose axes must follow new extents at their next flush.
    std::array<bool, 4> m_axesDirty{};
    int m_nextChart = 0;

    std::vector<RoundPoint> m_history;
    EnergyData m_energy = EnergyData::Unknown;
    EnergyUnit m_roundUnit;
    EnergyUnit m_cumulativeUnit;
    int m_roundsPlanned = 0;
    bool m_clientCurvesVisible = false;
    Extent m_accuracyExtent;
    Extent m_lossExtent;
    Extent m_clientLossExtent;
    Extent m_energyExtent;
    Extent m_cumulativeExtent;
    Extent m_epsilonExtent;
    bool m_hasPrivacy = false;
};

} // namespace fed::ui
