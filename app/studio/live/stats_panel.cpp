// StatsPanel: wiring of the window chooser, the table view and the throughput chart.
#include "live/stats_panel.h"

#include <algorithm>

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

#include "live/run_controller.h"
#include "models/stats_table_model.h"
#include "models/throughput_series.h"

namespace teacup::studio {

StatsPanel::StatsPanel(QWidget* parent)
    : QWidget(parent), m_model(new StatsTableModel(this)), m_series(new ThroughputSeries(this)),
      m_window(new QComboBox(this)), m_showSystem(new QCheckBox(tr("System components"), this)),
      m_view(new QTreeView(this)), m_chart(new QChart), m_axisX(new QValueAxis(m_chart)),
      m_axisY(new QValueAxis(m_chart)) {
    m_window->addItem(tr("10 s"), static_cast<int>(metrics::Window::TenSeconds));
    m_window->addItem(tr("1 min"), static_cast<int>(metrics::Window::OneMinute));
    m_window->addItem(tr("10 min"), static_cast<int>(metrics::Window::TenMinutes));
    m_window->addItem(tr("All time"), static_cast<int>(metrics::Window::AllTime));
    m_window->setCurrentIndex(3);
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this](int) { m_model->setWindow(static_cast<metrics::Window>(m_window->currentData().toInt())); });
    connect(m_showSystem, &QCheckBox::toggled, m_model, &StatsTableModel::setShowSystem);

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StatsPanel::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_selected.isEmpty()) selectComponent(m_selected);
    });

    // A dock is short: no chart title, the legend at the side, small labels and tight margins,
    // so the plot keeps its height and the axis labels are not elided.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setBackgroundRoundness(0);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    m_chart->legend()->setFont(small);
    m_axisX->setTitleText(tr("run time (s)"));
    m_axisX->setTitleFont(small);
    m_axisX->setLabelsFont(small);
    m_axisX->setLabelFormat(QStringLiteral("%.3g"));
    m_axisX->setTickCount(6);
    m_axisY->setTitleText(tr("tuples/s"));
    m_axisY->setTitleFont(small);
    m_axisY->setLabelsFont(small);
    m_axisY->setLabelFormat(QStringLiteral("%.3g"));
    m_axisY->setTickCount(4);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    // Built with the chart: QChartView::setChart() would release (not delete) its default chart.
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    connect(m_series, &ThroughputSeries::updated, this, &StatsPanel::updateChart);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Window"), this));
    bar->addWidget(m_window);
    bar->addWidget(m_showSystem);
    bar->addStretch(1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_chartView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

StatsPanel::~StatsPanel() = default;

void StatsPanel::attach(RunController* controller) {
    connect(controller, &RunController::started, this, &StatsPanel::resetRun);
    connect(controller, &RunController::snapshotReady, this,
            [this](std::shared_ptr<const metrics::MetricsSnapshot> snapshot) {
                if (!snapshot) return;
                m_series->addSnapshot(*snapshot);
                m_model->setSnapshot(std::move(snapshot));
            });
}

void StatsPanel::resetRun() {
    m_model->clear();
    m_series->clear();
}

void StatsPanel::selectComponent(const QString& id) {
    m_selected = id;
    m_selecting = true;
    const QModelIndex row = id.isEmpty() ? QModelIndex() : m_model->indexOfComponent(id);
    if (row.isValid())
        m_view->selectionModel()->select(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_view->selectionModel()->clearSelection();
    m_selecting = false;
    updateChart();
}

void StatsPanel::onSelectionChanged() {
    if (m_selecting) return;
    const auto rows = m_view->selectionModel()->selectedRows();
    m_selected = rows.isEmpty() ? QString() : rows.front().data(StatsTableModel::ComponentIdRole).toString();
    updateChart();
    Q_EMIT componentSelected(m_selected);
}

QStringList StatsPanel::chartedComponents() const {
    if (!m_selected.isEmpty())
        return m_series->components().contains(m_selected) ? QStringList{m_selected} : QStringList{};
    return m_series->components();
}

void StatsPanel::updateChart() {
    const QStringList shown = chartedComponents();
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (shown.contains(it.key())) {
            ++it;
            continue;
        }
        m_chart->removeSeries(it.value());
        delete it.value();
        it = m_lines.erase(it);
    }
    for (const auto& id : shown) {
        QLineSeries* line = m_lines.value(id);
        if (!line) {
            line = new QLineSeries;
            line->setName(id);
            m_chart->addSeries(line);
            line->attachAxis(m_axisX);
            line->attachAxis(m_axisY);
            m_lines.insert(id, line);
        }
        line->replace(m_series->points(id));
    }
    m_axisX->setRange(0.0, std::max(1.0, m_series->lastTime()));
    m_axisY->setRange(0.0, std::max(1.0, m_series->maxRate(m_selected) * 1.1));
}

} // namespace teacup::studio
