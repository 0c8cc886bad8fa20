// StatsTableModel: Storm UI's per-component statistics table over the engine's metric
// snapshots, one window at a time; top-level rows are components (spouts, then bolts), their
// children the component's tasks. Updated with dataChanged; reset only when the rows change.
#pragma once

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QStringList>

#include <teacup/metrics/metrics_snapshot.h>
#include <teacup/metrics/window.h>

namespace teacup::studio {

// Lives on the GUI thread; feed it the snapshots RunController::snapshotReady delivers.
// Component rows appear in snapshot order with spouts first; system components ("__acker")
// only with setShowSystem(true). Child rows are the component's tasks, ascending.
class StatsTableModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ExecutorsColumn,
        TasksColumn,
        EmittedColumn,
        TransferredColumn,
        ExecutedColumn,
        AckedColumn,
        FailedColumn,
        CompleteLatencyColumn,
        ExecuteLatencyColumn,
        ProcessLatencyColumn,
        CapacityColumn,
        QueueDepthColumn,
        LastErrorColumn,
        ColumnCount
    };
    enum Role {
        // The number behind a cell (qulonglong counts, double latencies/capacity, QString text).
        RawValueRole = Qt::UserRole + 1,
        ComponentIdRole, // the component id of the row (task rows: their component)
        TaskIdRole,      // task rows: the task id; component rows: -1
        IsSpoutRole,
    };

    explicit StatsTableModel(QObject* parent = nullptr);

    void setSnapshot(std::shared_ptr<const metrics::MetricsSnapshot> snapshot);
    std::shared_ptr<const metrics::MetricsSnapshot> snapshot() const { return m_snapshot; }
    void setWindow(metrics::Window window);
    metrics::Window window() const { return m_window; }
    void setShowSystem(bool show);
    bool showSystem() const { return m_showSystem; }
    void clear();

    // The row index of component `id` (invalid when it is not shown).
    QModelIndex indexOfComponent(const QString& id) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString id;
        std::vector<int> tasks;
        bool operator==(const Row&) const = default;
    };
    const metrics::ComponentStats* statsOf(int row) const;
    const metrics::TaskStats* taskStatsOf(int row, int child) const;
    QVariant componentValue(const metrics::ComponentStats& c, int column) const;
    QVariant taskValue(const metrics::ComponentStats& c, const metrics::TaskStats& t, int column) const;
    std::vector<Row> buildRows() const;
    void refresh(std::shared_ptr<const metrics::MetricsSnapshot> previous, metrics::Window previousWindow);
    void emitChangedRanges(const QModelIndex& parent, const std::vector<bool>& changed);

    std::shared_ptr<const metrics::MetricsSnapshot> m_snapshot;
    metrics::Window m_window = metrics::Window::AllTime;
    bool m_showSystem = false;
    std::vector<Row> m_rows;
    // Window index of each row's component in m_snapshot (index into window(m_window)).
    std::vector<int> m_statsIndex;
};

} // namespace teacup::studio
