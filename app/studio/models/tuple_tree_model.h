// TupleTreeModel: the tree of one spout root from a TraceStore: each emitted tuple under the
// tuple it was anchored to, with task, component, stream, values and ack state; new tuples
// are inserted as trace batches arrive.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include <QAbstractItemModel>

#include "models/trace_store.h"

namespace teacup::studio {

// GUI thread only. Shows nothing until setRoot(); when the store evicts the shown root the
// model becomes empty.
class TupleTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { ComponentColumn, TaskColumn, StreamColumn, ValuesColumn, StateColumn, ExecutedColumn, ColumnCount };
    enum Role {
        TaskIdRole = Qt::UserRole + 1, // int
        TupleIdRole,                   // quint64
        StateRole,                     // tupleStateName()
        ComponentIdRole,               // QString
    };

    explicit TupleTreeModel(TraceStore* store, QObject* parent = nullptr);

    void setRoot(std::uint64_t rootId); // 0 clears
    std::uint64_t rootId() const { return m_rootId; }
    int nodeCount() const { return static_cast<int>(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        std::uint64_t tupleId = 0;
        int parent = -1; // node index, -1 for top level
        int row = 0;     // position under its parent
        std::vector<int> children;
    };
    void onChanged(const TraceChanges& changes);
    void addNode(std::uint64_t tupleId, std::uint64_t parentTuple, bool notify);
    QModelIndex indexOfNode(int node, int column = 0) const;
    const std::vector<int>& childrenOf(const QModelIndex& parent) const;

    TraceStore* m_store;
    std::uint64_t m_rootId = 0;
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
    std::unordered_map<std::uint64_t, int> m_nodeOfTuple;
};

} // namespace teacup::studio
