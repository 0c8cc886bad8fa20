// LogModel and LogFilterModel (see log_model.h).
#include "models/log_model.h"

#include <algorithm>

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

namespace teacup::studio {

QString logLevelName(LogLevel level) {
    switch (level) {
    case LogLevel::Trace: return QStringLiteral("trace");
    case LogLevel::Debug: return QStringLiteral("debug");
    case LogLevel::Info: return QStringLiteral("info");
    case LogLevel::Warn: return QStringLiteral("warning");
    case LogLevel::Error: return QStringLiteral("error");
    case LogLevel::Critical: return QStringLiteral("critical");
    }
    return {};
}

QString componentOfMessage(const QString& message) {
    static const QRegularExpression pattern(QStringLiteral(R"(^([^\s\[\]:]+)\[-?\d+\]:)"));
    const auto match = pattern.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

LogModel::LogModel(QObject* parent, int capacity) : QAbstractTableModel(parent), m_capacity(std::max(1, capacity)) {}

void LogModel::append(const QVector<LogRecord>& records) {
    if (records.isEmpty()) return;
    const qsizetype keep = std::min<qsizetype>(records.size(), m_capacity);
    const qsizetype overflow = static_cast<qsizetype>(m_records.size()) + keep - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, static_cast<int>(overflow) - 1);
        m_records.erase(m_records.begin(), m_records.begin() + overflow);
        endRemoveRows();
    }
    const int first = static_cast<int>(m_records.size());
    beginInsertRows({}, first, first + static_cast<int>(keep) - 1);
    for (qsizetype i = records.size() - keep; i < records.size(); ++i) m_records.push_back(records[i]);
    endInsertRows();
}

void LogModel::clear() {
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int LogModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const LogRecord& r = record(index.row());
    switch (role) {
    case LevelRole: return static_cast<int>(r.level);
    case ComponentRole: return r.component;
    case Qt::ForegroundRole:
        if (r.level >= LogLevel::Error) return QBrush(QColor(0xd3, 0x2f, 0x2f));
        if (r.level == LogLevel::Warn) return QBrush(QColor(0xc7, 0x7c, 0x02));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return r.time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case LevelColumn: return logLevelName(r.level);
        case LoggerColumn: return r.component.isEmpty() ? r.logger : r.component;
        case MessageColumn: return r.message;
        default: return {};
        }
    default: return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case LoggerColumn: return tr("Logger / component");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

LogFilterModel::LogFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void LogFilterModel::setMinimumLevel(LogLevel level) {
    if (level == m_minimum) return;
    m_minimum = level;
    invalidateFilter();
}

void LogFilterModel::setComponent(const QString& component) {
    if (component == m_component) return;
    m_component = component;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(LogModel::LevelRole).toInt() < static_cast<int>(m_minimum)) return false;
    return m_component.isEmpty() || i.data(LogModel::ComponentRole).toString() == m_component;
}

} // namespace teacup::studio
