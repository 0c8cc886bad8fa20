// LogPanel: the log dock: spdlog records (through the studio sink) and run errors in a table
// that follows the tail, filtered by minimum level and component.
#pragma once

#include <memory>

#include <QWidget>

class QComboBox;
class QTableView;
class QTimer;

namespace teacup::studio {

class LogFilterModel;
class LogModel;
class RunController;
class StudioLogQueue;

// GUI thread only. Drains studioLogQueue() (when installStudioLogSink() was called) every
// kDrainIntervalMs; run errors arrive through attach().
class LogPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDrainIntervalMs = 100;
    explicit LogPanel(QWidget* parent = nullptr);
    ~LogPanel() override;

    // Run errors become error records; the component filter offers the run's components.
    void attach(RunController* controller);

    LogModel* model() const { return m_model; }
    LogFilterModel* filterModel() const { return m_filter; }
    // Moves queued spdlog records into the model now (the timer does it periodically).
    void drainNow();
    void clear();

private:
    void appendError(const QString& message);
    void setComponents(const QStringList& components);

    LogModel* m_model;
    LogFilterModel* m_filter;
    QComboBox* m_level;
    QComboBox* m_component;
    QTableView* m_view;
    QTimer* m_timer;
    std::shared_ptr<StudioLogQueue> m_queue;
};

} // namespace teacup::studio
