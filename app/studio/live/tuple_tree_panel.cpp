// TupleTreePanel: roots list (filtered by state) beside the selected root's tree.
#include "live/tuple_tree_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include "live/run_controller.h"
#include "models/trace_store.h"
#include "models/tuple_roots_model.h"
#include "models/tuple_tree_model.h"

namespace teacup::studio {

TupleTreePanel::TupleTreePanel(QWidget* parent)
    : QWidget(parent), m_store(new TraceStore(this)), m_roots(new TupleRootsModel(m_store, this)),
      m_tree(new TupleTreeModel(m_store, this)), m_filter(new QSortFilterProxyModel(this)),
      m_state(new QComboBox(this)), m_hint(new QLabel(this)), m_rootsView(new QTableView(this)),
      m_treeView(new QTreeView(this)) {
    m_filter->setSourceModel(m_roots);
    m_filter->setFilterRole(TupleRootsModel::StateRole);
    m_state->addItem(tr("All"), QString());
    for (auto s : {RootState::Pending, RootState::Acked, RootState::Failed, RootState::TimedOut})
        m_state->addItem(rootStateName(s), rootStateName(s));
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this](int) { setStateFilter(m_state->currentData().toString()); });
    m_hint->setText(tr("Tuple trees are traced in simulated runs; step the run to watch a tree grow."));
    m_hint->setWordWrap(true);

    m_rootsView->setModel(m_filter);
    m_rootsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rootsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rootsView->verticalHeader()->hide();
    m_rootsView->horizontalHeader()->setStretchLastSection(true);
    connect(m_rootsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TupleTreePanel::onRootSelected);

    m_treeView->setModel(m_tree);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->setStretchLastSection(true);
    connect(m_tree, &QAbstractItemModel::rowsInserted, m_treeView, [this](const QModelIndex& parent) {
        if (parent.isValid()) m_treeView->expand(parent);
    });
    connect(m_tree, &QAbstractItemModel::modelReset, m_treeView, &QTreeView::expandAll);
    connect(m_treeView, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        const QVariant task = index.data(TupleTreeModel::TaskIdRole);
        if (task.isValid()) Q_EMIT taskActivated(task.toInt());
    });

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("State"), this));
    bar->addWidget(m_state);
    bar->addStretch(1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_rootsView);
    split->addWidget(m_treeView);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
}

TupleTreePanel::~TupleTreePanel() = default;

void TupleTreePanel::attach(RunController* controller) {
    connect(controller, &RunController::started, this, [this](const QHash<QString, QList<int>>& tasks) {
        m_store->clear();
        m_store->setTasks(tasks);
    });
    connect(controller, &RunController::traceEvents, m_store, &TraceStore::append);
}

void TupleTreePanel::setStateFilter(const QString& state) {
    const int i = m_state->findData(state);
    if (i >= 0 && i != m_state->currentIndex()) {
        m_state->setCurrentIndex(i); // comes back here through currentIndexChanged
        return;
    }
    m_filter->setFilterRegularExpression(
        state.isEmpty() ? QRegularExpression()
                        : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(state) + QLatin1Char('$')));
}

void TupleTreePanel::onRootSelected() {
    const auto rows = m_rootsView->selectionModel()->selectedRows();
    m_tree->setRoot(rows.isEmpty() ? 0 : rows.front().data(TupleRootsModel::RootIdRole).toULongLong());
}

} // namespace teacup::studio
