#pragma once
// One chart of the dashboard: a QChartView in the product's light style, a message that takes
// its place when there is nothing to draw (e.g. no energy data), and PNG/SVG export from its
// context menu.

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;

namespace fed::ui {

class ChartPanel : public QFrame {
    Q_OBJECT
public:
    //! `fileStem` names exported files ("accuracy-loss" -> accuracy-loss.png).
    ChartPanel(const QString& title, const QString& fileStem, QWidget* parent = nullptr);
    ~ChartPanel() override;

    QChart* chart() const { return m_chart; }
    QChartView* view() const { return m_view; }
    QString fileStem() const { return m_fileStem; }

    //! A non-empty message replaces the chart (e.g. "No energy data in this run").
    void setMessage(const QString& message);
    QString message() const;
    bool isShowingChart() const;

    //! Saves the chart as PNG or SVG, chosen by the suffix of `path`. Renders the chart even
    //! when its panel is hidden. Returns false with a user-readable `error` on failure.
    bool exportTo(const QString& path, QString* error) const;

    //! The application's chart theme for `palette` (ui/Theme.h), plus the dashboard's fonts
    //! and margins. Resets series colours, as Qt's chart themes do.
    static void styleChart(QChart* chart, const QPalette& palette);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void exportInteractively(const QString& suffix);

    QString m_fileStem;
    QChart* m_chart;
    QChartView* m_view;
    QLabel* m_message;
    QStackedLayout* m_stack;
};

} // namespace fed::ui
