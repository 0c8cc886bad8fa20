// StatsPanel: the statistics dock: a window chooser (10 s, 1 min, 10 min, all-time), Storm UI's
// component table with per-task rows on expand, and a throughput chart (Qt Charts) of the
// selected component, or of every component when none is selected, over the run.
#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QTreeView;
class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace teacup::studio {

class RunController;
class StatsTableModel;
class ThroughputSeries;

// GUI thread only. Everything it shows comes from RunController::snapshotReady.
class StatsPanel : public QWidget {
    Q_OBJECT
public:
    explicit StatsPanel(QWidget* parent = nullptr);
    ~StatsPanel() override;

    void attach(RunController* controller);

    StatsTableModel* model() const { return m_model; }
    ThroughputSeries* series() const { return m_series; }
    QTreeView* view() const { return m_view; }
    // Selects the component's row ("" clears); the chart follows. Does not emit componentSelected.
    void selectComponent(const QString& id);
    QString selectedComponent() const { return m_selected; }
    // Component ids whose line the chart currently draws.
    QStringList chartedComponents() const;

Q_SIGNALS:
    void componentSelected(const QString& id); // "" when the selection is cleared

private:
    void onSelectionChanged();
    void updateChart();
    void resetRun();

    StatsTableModel* m_model;
    ThroughputSeries* m_series;
    QComboBox* m_window;
    QCheckBox* m_showSystem;
    QTreeView* m_view;
    QChartView* m_chartView = nullptr;
    QChart* m_chart;
    QValueAxis* m_axisX;
    QValueAxis* m_axisY;
    QHash<QString, QLineSeries*> m_lines;
    QString m_selected;
    bool m_selecting = false;
};

} // namespace teacup::studio
