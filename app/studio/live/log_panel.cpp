// LogPanel: filters over LogModel, a tail-following table, the queue drain timer.
#include "live/log_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "live/log_sink.h"
#include "live/run_controller.h"
#include "models/log_model.h"

namespace teacup::studio {

LogPanel::LogPanel(QWidget* parent)
    : QWidget(parent), m_model(new LogModel(this)), m_filter(new LogFilterModel(this)), m_level(new QComboBox(this)),
      m_component(new QComboBox(this)), m_view(new QTableView(this)), m_timer(new QTimer(this)) {
    m_filter->setSourceModel(m_model);
    for (int l = static_cast<int>(LogLevel::Trace); l <= static_cast<int>(LogLevel::Critical); ++l)
        m_level->addItem(logLevelName(static_cast<LogLevel>(l)), l);
    m_level->setCurrentIndex(static_cast<int>(LogLevel::Info));
    m_filter->setMinimumLevel(LogLevel::Info);
    m_component->addItem(tr("All components"), QString());
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this](int) { m_filter->setMinimumLevel(static_cast<LogLevel>(m_level->currentData().toInt())); });
    connect(m_component, &QComboBox::currentIndexChanged, this,
            [this](int) { m_filter->setComponent(m_component->currentData().toString()); });

    auto* clearButton = new QPushButton(tr("Clear"), this);
    connect(clearButton, &QPushButton::clicked, this, &LogPanel::clear);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Level"), this));
    bar->addWidget(m_level);
    bar->addWidget(new QLabel(tr("Component"), this));
    bar->addWidget(m_component);
    bar->addStretch(1);
    bar->addWidget(clearButton);

    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // Follow the tail while the user is at the bottom; leave the scroll alone otherwise.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        auto* bar = m_view->verticalScrollBar();
        m_view->setProperty("teacupFollow", bar->value() >= bar->maximum());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->property("teacupFollow").toBool()) m_view->scrollToBottom();
    });

    m_queue = studioLogQueue();
    connect(m_timer, &QTimer::timeout, this, &LogPanel::drainNow);
    m_timer->start(kDrainIntervalMs);
}

LogPanel::~LogPanel() = default;

void LogPanel::attach(RunController* controller) {
    connect(controller, &RunController::runError, this, &LogPanel::appendError);
    connect(controller, &RunController::started, this, [this](const QHash<QString, QList<int>>& tasks) {
        QStringList ids = tasks.keys();
        ids.sort();
        setComponents(ids);
    });
}

void LogPanel::drainNow() {
    if (!m_queue) m_queue = studioLogQueue();
    if (m_queue) m_model->append(m_queue->drain());
}

void LogPanel::clear() { m_model->clear(); }

void LogPanel::appendError(const QString& message) {
    LogRecord r;
    r.time = QDateTime::currentDateTime();
    r.level = LogLevel::Error;
    r.logger = QStringLiteral("run");
    r.component = componentOfMessage(message);
    r.message = message;
    m_model->append({r});
}

void LogPanel::setComponents(const QStringList& components) {
    const QString current = m_component->currentData().toString();
    m_component->blockSignals(true);
    m_component->clear();
    m_component->addItem(tr("All components"), QString());
    for (const auto& c : components) m_component->addItem(c, c);
    const int keep = m_component->findData(current);
    m_component->setCurrentIndex(keep < 0 ? 0 : keep);
    m_component->blockSignals(false);
    m_filter->setComponent(m_component->currentData().toString());
}

} // namespace teacup::studio
