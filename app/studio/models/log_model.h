// LogModel: the studio's log dock data (time, level, logger/component, message), fed from the
// spdlog sink and run errors; LogFilterModel filters it by minimum level and component.
#pragma once

#include <deque>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QString>
#include <QVector>

namespace teacup::studio {

// spdlog's levels, in its order (trace = 0 ... critical = 5).
enum class LogLevel { Trace, Debug, Info, Warn, Error, Critical };
QString logLevelName(LogLevel level); // "trace", "debug", "info", "warning", "error", "critical"

struct LogRecord {
    QDateTime time;
    LogLevel level = LogLevel::Info;
    QString logger;    // spdlog logger name ("" for the default logger)
    QString component; // "split" for "split[3]: ..." messages; "" when none is named
    QString message;
};

// "component[task]: text" → "component"; "" when the message does not start that way.
QString componentOfMessage(const QString& message);

// GUI thread only. Keeps the newest `capacity` records; older ones leave from the top.
class LogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, LoggerColumn, MessageColumn, ColumnCount };
    enum Role { LevelRole = Qt::UserRole + 1, ComponentRole };
    static constexpr int kDefaultCapacity = 20'000;

    explicit LogModel(QObject* parent = nullptr, int capacity = kDefaultCapacity);

    void append(const QVector<LogRecord>& records);
    void clear();
    const LogRecord& record(int row) const { return m_records[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int m_capacity;
    std::deque<LogRecord> m_records;
};

// Shows the records at or above a level and, when set, of one component only.
class LogFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LogFilterModel(QObject* parent = nullptr);
    void setMinimumLevel(LogLevel level);
    LogLevel minimumLevel() const { return m_minimum; }
    void setComponent(const QString& component); // "" shows every component
    QString component() const { return m_component; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    LogLevel m_minimum = LogLevel::Trace;
    QString m_component;
};

} // namespace teacup::studio
