// TupleTreePanel: the tuple-tree dock (simulated runs): spout roots with a state filter, and
// the tree of the selected root, growing as the run is stepped. Clicking a tree node reports
// its task so the shell can select that task's component on the canvas.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace teacup::studio {

class RunController;
class TraceStore;
class TupleRootsModel;
class TupleTreeModel;

// GUI thread only. Fed by RunController::traceEvents (tracing is on for simulated runs).
class TupleTreePanel : public QWidget {
    Q_OBJECT
public:
    explicit TupleTreePanel(QWidget* parent = nullptr);
    ~TupleTreePanel() override;

    void attach(RunController* controller);

    TraceStore* store() const { return m_store; }
    TupleRootsModel* rootsModel() const { return m_roots; }
    TupleTreeModel* treeModel() const { return m_tree; }
    QSortFilterProxyModel* rootsFilter() const { return m_filter; }
    QTableView* rootsView() const { return m_rootsView; }
    QTreeView* treeView() const { return m_treeView; }
    // "" shows every root; otherwise one of rootStateName()'s names.
    void setStateFilter(const QString& state);

Q_SIGNALS:
    void taskActivated(int taskId);

private:
    void onRootSelected();

    TraceStore* m_store;
    TupleRootsModel* m_roots;
    TupleTreeModel* m_tree;
    QSortFilterProxyModel* m_filter;
    QComboBox* m_state;
    QLabel* m_hint;
    QTableView* m_rootsView;
    QTreeView* m_treeView;
};

} // namespace teacup::studio
