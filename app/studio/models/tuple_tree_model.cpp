// TupleTreeModel: one root's tuple tree, grown node by node from TraceStore change batches.
#include "models/tuple_tree_model.h"

#include <algorithm>

#include "models/value_text.h"

namespace teacup::studio {

TupleTreeModel::TupleTreeModel(TraceStore* store, QObject* parent) : QAbstractItemModel(parent), m_store(store) {
    connect(store, &TraceStore::changed, this, &TupleTreeModel::onChanged);
    connect(store, &TraceStore::cleared, this, [this] { setRoot(0); });
}

void TupleTreeModel::setRoot(std::uint64_t rootId) {
    beginResetModel();
    m_rootId = rootId;
    m_nodes.clear();
    m_top.clear();
    m_nodeOfTuple.clear();
    if (const TraceRoot* r = rootId ? m_store->root(rootId) : nullptr)
        for (const auto& [tupleId, parentTuple] : r->nodes) addNode(tupleId, parentTuple, false);
    else
        m_rootId = 0;
    endResetModel();
}

void TupleTreeModel::addNode(std::uint64_t tupleId, std::uint64_t parentTuple, bool notify) {
    if (m_nodeOfTuple.count(tupleId)) return;
    auto p = m_nodeOfTuple.find(parentTuple);
    const int parentNode = p == m_nodeOfTuple.end() ? -1 : p->second;
    std::vector<int>& siblings = parentNode < 0 ? m_top : m_nodes[static_cast<std::size_t>(parentNode)].children;
    const int row = static_cast<int>(siblings.size());
    const QModelIndex parentIndex = parentNode < 0 ? QModelIndex() : indexOfNode(parentNode);
    if (notify) beginInsertRows(parentIndex, row, row);
    const int node = static_cast<int>(m_nodes.size());
    m_nodes.push_back(Node{tupleId, parentNode, row, {}});
    // `siblings` may dangle after push_back when it refers into m_nodes: look it up again.
    (parentNode < 0 ? m_top : m_nodes[static_cast<std::size_t>(parentNode)].children).push_back(node);
    m_nodeOfTuple[tupleId] = node;
    if (notify) endInsertRows();
}

void TupleTreeModel::onChanged(const TraceChanges& changes) {
    if (m_rootId == 0) return;
    if (std::find(changes.evictedRootIds.begin(), changes.evictedRootIds.end(), m_rootId) !=
        changes.evictedRootIds.end()) {
        setRoot(0);
        return;
    }
    const TraceRoot* r = m_store->root(m_rootId);
    if (!r) return;
    for (const auto& [rootId, tupleId] : changes.addedNodes) {
        if (rootId != m_rootId) continue;
        auto it = std::find_if(r->nodes.begin(), r->nodes.end(), [&](const auto& n) { return n.first == tupleId; });
        if (it != r->nodes.end()) addNode(tupleId, it->second, true);
    }
    for (std::uint64_t tupleId : changes.changedTuples) {
        auto it = m_nodeOfTuple.find(tupleId);
        if (it == m_nodeOfTuple.end()) continue;
        Q_EMIT dataChanged(indexOfNode(it->second, 0), indexOfNode(it->second, ColumnCount - 1));
    }
}

QModelIndex TupleTreeModel::indexOfNode(int node, int column) const {
    return createIndex(m_nodes[static_cast<std::size_t>(node)].row, column, quintptr(node + 1));
}

const std::vector<int>& TupleTreeModel::childrenOf(const QModelIndex& parent) const {
    if (!parent.isValid()) return m_top;
    return m_nodes[static_cast<std::size_t>(parent.internalId() - 1)].children;
}

QModelIndex TupleTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent)) return {};
    const auto& children = childrenOf(parent);
    return createIndex(row, column, quintptr(children[static_cast<std::size_t>(row)] + 1));
}

QModelIndex TupleTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid()) return {};
    const int p = m_nodes[static_cast<std::size_t>(child.internalId() - 1)].parent;
    return p < 0 ? QModelIndex() : indexOfNode(p);
}

int TupleTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0) return 0;
    return static_cast<int>(childrenOf(parent).size());
}

int TupleTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant TupleTreeModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Node& n = m_nodes[static_cast<std::size_t>(index.internalId() - 1)];
    const TraceTuple* t = m_store->tuple(n.tupleId);
    if (!t) return {};
    switch (role) {
    case TaskIdRole: return t->task;
    case TupleIdRole: return quint64(t->tupleId);
    case StateRole: return tupleStateName(t->state());
    case ComponentIdRole: return t->component;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ComponentColumn: return t->component;
        case TaskColumn: return t->task;
        case StreamColumn: return t->stream;
        case ValuesColumn: return valuesText(t->values);
        case StateColumn:
            return tr("%1 (%2/%3 acked)").arg(tupleStateName(t->state())).arg(t->acked).arg(t->targets.size());
        case ExecutedColumn: return t->executed;
        default: return {};
        }
    default: return {};
    }
}

QVariant TupleTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case ComponentColumn: return tr("Component");
    case TaskColumn: return tr("Task");
    case StreamColumn: return tr("Stream");
    case ValuesColumn: return tr("Values");
    case StateColumn: return tr("State");
    case ExecutedColumn: return tr("Executed");
    default: return {};
    }
}

} // namespace teacup::studio
