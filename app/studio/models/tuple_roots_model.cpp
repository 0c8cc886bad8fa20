// TupleRootsModel: a table over TraceStore's roots, kept in step with its change batches.
#include "models/tuple_roots_model.h"

#include <algorithm>

#include "models/value_text.h"

namespace teacup::studio {

TupleRootsModel::TupleRootsModel(TraceStore* store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_first(store->firstSeq()), m_end(store->endSeq()) {
    connect(store, &TraceStore::changed, this, &TupleRootsModel::onChanged);
    connect(store, &TraceStore::cleared, this, &TupleRootsModel::onCleared);
}

void TupleRootsModel::onCleared() {
    beginResetModel();
    m_first = m_store->firstSeq();
    m_end = m_store->endSeq();
    endResetModel();
}

void TupleRootsModel::onChanged(const TraceChanges& changes) {
    const std::uint64_t newFirst = m_store->firstSeq();
    const std::uint64_t newEnd = m_store->endSeq();
    const std::uint64_t removeTo = std::min(newFirst, m_end);
    if (removeTo > m_first) {
        beginRemoveRows({}, 0, static_cast<int>(removeTo - m_first) - 1);
        m_first = removeTo;
        endRemoveRows();
    }
    if (m_first == m_end) m_first = m_end = std::max(m_end, newFirst);
    if (newEnd > m_end) {
        const std::uint64_t insertFrom = std::max(m_end, newFirst);
        if (m_first == m_end) m_first = m_end = insertFrom;
        beginInsertRows({}, static_cast<int>(m_end - m_first), static_cast<int>(newEnd - m_first) - 1);
        m_end = newEnd;
        endInsertRows();
    }
    for (std::uint64_t rootId : changes.changedRoots) {
        const std::uint64_t seq = m_store->seqOf(rootId);
        if (seq < m_first || seq >= m_end) continue;
        const int row = static_cast<int>(seq - m_first);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QModelIndex TupleRootsModel::indexOfRoot(std::uint64_t rootId) const {
    const std::uint64_t seq = m_store->seqOf(rootId);
    if (seq < m_first || seq >= m_end) return {};
    return index(static_cast<int>(seq - m_first), 0);
}

int TupleRootsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_end - m_first);
}

int TupleRootsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant TupleRootsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const TraceRoot* r = m_store->rootAt(m_first + static_cast<std::uint64_t>(index.row()));
    if (!r) return {};
    switch (role) {
    case RootIdRole: return quint64(r->rootId);
    case StateRole: return rootStateName(r->state);
    case TaskIdRole: return r->spoutTask;
    case MessageIdRole: return valueText(r->messageId);
    case Qt::DisplayRole:
        switch (index.column()) {
        case RootColumn: return QStringLiteral("%1").arg(quint64(r->rootId), 16, 16, QLatin1Char('0'));
        case SpoutColumn: return QStringLiteral("%1[%2]").arg(r->component).arg(r->spoutTask);
        case MessageIdColumn: return valueText(r->messageId);
        case ValuesColumn: return valuesText(r->values);
        case StateColumn: return rootStateName(r->state);
        case LatencyColumn:
            return r->state == RootState::Acked ? QVariant(QString::number(r->completeLatencyMs(), 'f', 3))
                                                : QVariant();
        default: return {};
        }
    default: return {};
    }
}

QVariant TupleRootsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case RootColumn: return tr("Root");
    case SpoutColumn: return tr("Spout task");
    case MessageIdColumn: return tr("Message id");
    case ValuesColumn: return tr("Values");
    case StateColumn: return tr("State");
    case LatencyColumn: return tr("Complete latency (ms)");
    default: return {};
    }
}

} // namespace teacup::studio
