// StatsTableModel: components and their tasks from one window of a MetricsSnapshot, with
// change detection so live updates are dataChanged ranges instead of resets.
#include "models/stats_table_model.h"

namespace teacup::studio {

namespace {

using Cells = std::vector<QVariant>;

QVariant latency(double ms) { return QString::number(ms, 'f', 3); }

bool boltOnly(int column) {
    return column == StatsTableModel::ExecutedColumn || column == StatsTableModel::ExecuteLatencyColumn ||
           column == StatsTableModel::ProcessLatencyColumn || column == StatsTableModel::CapacityColumn;
}

} // namespace

StatsTableModel::StatsTableModel(QObject* parent) : QAbstractItemModel(parent) {}

void StatsTableModel::setSnapshot(std::shared_ptr<const metrics::MetricsSnapshot> snapshot) {
    auto previous = std::move(m_snapshot);
    m_snapshot = std::move(snapshot);
    refresh(std::move(previous), m_window);
}

void StatsTableModel::setWindow(metrics::Window window) {
    if (window == m_window) return;
    const auto previousWindow = m_window;
    m_window = window;
    refresh(m_snapshot, previousWindow);
}

void StatsTableModel::setShowSystem(bool show) {
    if (show == m_showSystem) return;
    m_showSystem = show;
    refresh(m_snapshot, m_window);
}

void StatsTableModel::clear() {
    beginResetModel();
    m_snapshot.reset();
    m_rows.clear();
    m_statsIndex.clear();
    endResetModel();
}

std::vector<StatsTableModel::Row> StatsTableModel::buildRows() const {
    std::vector<Row> rows;
    if (!m_snapshot) return rows;
    for (bool spouts : {true, false})
        for (const auto& c : m_snapshot->window(m_window)) {
            if (c.spout != spouts || (c.system && !m_showSystem)) continue;
            Row r{QString::fromStdString(c.id), {}};
            for (const auto& t : c.taskStats) r.tasks.push_back(t.taskId);
            rows.push_back(std::move(r));
        }
    return rows;
}

void StatsTableModel::refresh(std::shared_ptr<const metrics::MetricsSnapshot> previous,
                              metrics::Window previousWindow) {
    auto rows = buildRows();
    auto indexRows = [this](const std::vector<Row>& list) {
        std::vector<int> idx;
        if (!m_snapshot) return idx;
        const auto& stats = m_snapshot->window(m_window);
        for (const auto& r : list) {
            int found = -1;
            for (std::size_t i = 0; i < stats.size() && found < 0; ++i)
                if (QString::fromStdString(stats[i].id) == r.id) found = static_cast<int>(i);
            idx.push_back(found);
        }
        return idx;
    };
    if (rows != m_rows) {
        beginResetModel();
        m_rows = std::move(rows);
        m_statsIndex = indexRows(m_rows);
        endResetModel();
        return;
    }
    // Same rows: compare every cell against the previous snapshot and window.
    auto current = m_snapshot;
    const auto currentWindow = m_window;
    auto cellsOf = [this](int row, int child) {
        Cells cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells.push_back(data(child < 0 ? index(row, c) : index(child, c, index(row, 0)), RawValueRole));
        return cells;
    };
    std::vector<std::vector<Cells>> before(m_rows.size());
    m_snapshot = previous;
    m_window = previousWindow;
    m_statsIndex = indexRows(m_rows);
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        before[r].push_back(cellsOf(static_cast<int>(r), -1));
        for (std::size_t t = 0; t < m_rows[r].tasks.size(); ++t)
            before[r].push_back(cellsOf(static_cast<int>(r), static_cast<int>(t)));
    }
    m_snapshot = current;
    m_window = currentWindow;
    m_statsIndex = indexRows(m_rows);
    std::vector<bool> topChanged(m_rows.size(), false);
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        topChanged[r] = before[r][0] != cellsOf(static_cast<int>(r), -1);
        std::vector<bool> childChanged(m_rows[r].tasks.size(), false);
        for (std::size_t t = 0; t < m_rows[r].tasks.size(); ++t)
            childChanged[t] = before[r][t + 1] != cellsOf(static_cast<int>(r), static_cast<int>(t));
        emitChangedRanges(index(static_cast<int>(r), 0), childChanged);
    }
    emitChangedRanges({}, topChanged);
}

void StatsTableModel::emitChangedRanges(const QModelIndex& parent, const std::vector<bool>& changed) {
    const int n = static_cast<int>(changed.size());
    for (int first = 0; first < n; ++first) {
        if (!changed[static_cast<std::size_t>(first)]) continue;
        int last = first;
        while (last + 1 < n && changed[static_cast<std::size_t>(last + 1)]) ++last;
        Q_EMIT dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
        first = last;
    }
}

QModelIndex StatsTableModel::indexOfComponent(const QString& id) const {
    for (std::size_t r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == id) return index(static_cast<int>(r), 0);
    return {};
}

QModelIndex StatsTableModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) return {};
    if (!parent.isValid()) return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex StatsTableModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0) return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int StatsTableModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) return static_cast<int>(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0) return 0;
    return static_cast<int>(m_rows[static_cast<std::size_t>(parent.row())].tasks.size());
}

int StatsTableModel::columnCount(const QModelIndex&) const { return ColumnCount; }

const metrics::ComponentStats* StatsTableModel::statsOf(int row) const {
    if (!m_snapshot || row < 0 || row >= static_cast<int>(m_statsIndex.size())) return nullptr;
    const auto& stats = m_snapshot->window(m_window);
    const int i = m_statsIndex[static_cast<std::size_t>(row)];
    return i >= 0 && i < static_cast<int>(stats.size()) ? &stats[static_cast<std::size_t>(i)] : nullptr;
}

const metrics::TaskStats* StatsTableModel::taskStatsOf(int row, int child) const {
    const auto* c = statsOf(row);
    if (!c) return nullptr;
    const int taskId = m_rows[static_cast<std::size_t>(row)].tasks[static_cast<std::size_t>(child)];
    for (const auto& t : c->taskStats)
        if (t.taskId == taskId) return &t;
    return nullptr;
}

QVariant StatsTableModel::componentValue(const metrics::ComponentStats& c, int column) const {
    if (c.spout && boltOnly(column)) return {};
    switch (column) {
    case IdColumn: return QString::fromStdString(c.id);
    case ExecutorsColumn: return c.executors;
    case TasksColumn: return c.tasks;
    case EmittedColumn: return qulonglong(c.emitted);
    case TransferredColumn: return qulonglong(c.transferred);
    case ExecutedColumn: return qulonglong(c.executed);
    case AckedColumn: return qulonglong(c.acked);
    case FailedColumn: return qulonglong(c.failed);
    case CompleteLatencyColumn: return c.spout ? QVariant(c.completeLatencyMs) : QVariant();
    case ExecuteLatencyColumn: return c.executeLatencyMs;
    case ProcessLatencyColumn: return c.processLatencyMs;
    case CapacityColumn: return c.capacity;
    case QueueDepthColumn: return qlonglong(c.queueDepth);
    case LastErrorColumn: return QString::fromStdString(c.lastError);
    default: return {};
    }
}

QVariant StatsTableModel::taskValue(const metrics::ComponentStats& c, const metrics::TaskStats& t, int column) const {
    if (t.spout && boltOnly(column)) return {};
    switch (column) {
    case IdColumn: return t.taskId;
    case ExecutorsColumn:
        for (const auto& e : c.executorStats)
            if (e.executor == t.executor && !e.taskIds.empty())
                return QStringLiteral("[%1-%2]").arg(e.taskIds.front()).arg(e.taskIds.back());
        return {};
    case TasksColumn: return 1;
    case EmittedColumn: return qulonglong(t.emitted);
    case TransferredColumn: return qulonglong(t.transferred);
    case ExecutedColumn: return qulonglong(t.executed);
    case AckedColumn: return qulonglong(t.acked);
    case FailedColumn: return qulonglong(t.failed);
    case CompleteLatencyColumn: return t.spout ? QVariant(t.completeLatencyMs) : QVariant();
    case ExecuteLatencyColumn: return t.executeLatencyMs;
    case ProcessLatencyColumn: return t.processLatencyMs;
    case CapacityColumn: return t.capacity;
    case QueueDepthColumn: return qlonglong(t.queueDepth);
    case LastErrorColumn: return QString();
    default: return {};
    }
}

QVariant StatsTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const bool task = index.internalId() != 0;
    const int row = task ? static_cast<int>(index.internalId() - 1) : index.row();
    const auto* c = statsOf(row);
    if (!c) return {};
    const metrics::TaskStats* t = task ? taskStatsOf(row, index.row()) : nullptr;
    if (task && !t) return {};
    switch (role) {
    case ComponentIdRole: return QString::fromStdString(c->id);
    case TaskIdRole: return t ? t->taskId : -1;
    case IsSpoutRole: return c->spout;
    case RawValueRole: return t ? taskValue(*c, *t, index.column()) : componentValue(*c, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == IdColumn || index.column() == LastErrorColumn
                   ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                   : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        if (t && index.column() == IdColumn) return tr("task %1").arg(t->taskId);
        const QVariant v = t ? taskValue(*c, *t, index.column()) : componentValue(*c, index.column());
        if (v.typeId() == QMetaType::Double) return latency(v.toDouble());
        return v;
    }
    default: return {};
    }
}

QVariant StatsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case IdColumn: return tr("Id");
    case ExecutorsColumn: return tr("Executors");
    case TasksColumn: return tr("Tasks");
    case EmittedColumn: return tr("Emitted");
    case TransferredColumn: return tr("Transferred");
    case ExecutedColumn: return tr("Executed");
    case AckedColumn: return tr("Acked");
    case FailedColumn: return tr("Failed");
    case CompleteLatencyColumn: return tr("Complete latency (ms)");
    case ExecuteLatencyColumn: return tr("Execute latency (ms)");
    case ProcessLatencyColumn: return tr("Process latency (ms)");
    case CapacityColumn: return tr("Capacity");
    case QueueDepthColumn: return tr("Queue depth");
    case LastErrorColumn: return tr("Last error");
    default: return {};
    }
}

} // namespace teacup::studio
