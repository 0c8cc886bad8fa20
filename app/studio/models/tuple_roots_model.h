// TupleRootsModel: the list of spout roots a TraceStore holds (root id, spout task, message
// id, values, state, complete latency), growing as trace batches arrive.
#pragma once

#include <cstdint>

#include <QAbstractTableModel>

#include "models/trace_store.h"

namespace teacup::studio {

// GUI thread only. Rows follow the store's roots in the order they were emitted; evicted
// roots leave from the top. Filter by state with a QSortFilterProxyModel on StateRole.
class TupleRootsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RootColumn, SpoutColumn, MessageIdColumn, ValuesColumn, StateColumn, LatencyColumn, ColumnCount };
    enum Role {
        RootIdRole = Qt::UserRole + 1, // quint64
        StateRole,                     // rootStateName(): "pending", "acked", "failed", "timed out"
        TaskIdRole,                    // the spout task
        MessageIdRole,                 // the message id as display text
    };

    explicit TupleRootsModel(TraceStore* store, QObject* parent = nullptr);

    TraceStore* store() const { return m_store; }
    QModelIndex indexOfRoot(std::uint64_t rootId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onChanged(const TraceChanges& changes);
    void onCleared();

    TraceStore* m_store;
    std::uint64_t m_first = 0; // sequence number of row 0
    std::uint64_t m_end = 0;   // one past the last row's sequence number
};

} // namespace teacup::studio
