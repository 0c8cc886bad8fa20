// TopologyCanvas gestures: click selects, double click activates, Delete asks to delete, a
// drag from an output port asks to connect, palette drops, zoom, and the kill menus.
#include <QAction>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>

#include "canvas/component_node.h"
#include "canvas_test_support.h"

using teacup::studio::ComponentNode;
using teacup::studio::TopologyCanvas;

namespace {

QAction* findAction(QMenu* menu, const QString& text) {
    for (QAction* a : menu->actions())
        if (a->text() == text) return a;
    return nullptr;
}

QMenu* findSubmenu(QMenu* menu, const QString& objectName) {
    for (QAction* a : menu->actions())
        if (a->menu() && a->menu()->objectName() == objectName) return a->menu();
    return nullptr;
}

} // namespace

class TestCanvasInteraction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void clickOnNodeSelectsItAndClickOnEmptySpaceClears();
    void selectComponentSelectsTheNode();
    void doubleClickActivatesTheComponent();
    void deleteKeyRequestsDeletingTheSelection();
    void draggingANodePinsItsPosition();
    void dragFromOutputPortToBoltRequestsConnect();
    void dragFromOutputPortToSpoutRequestsNothing();
    void connectGestureThroughTheItemApi();
    void paletteDropEmitsClassNameAndScenePosition();
    void zoomStepsAndCtrlWheel();
    void middleButtonDragPans();
    void componentMenuKillsAllTasksOrOne();
    void emptySpaceMenuKillsAckerTasks();
    void killMenusAreDisabledWithoutTasks();
    void darkPaletteSwitchesToDarkColours();

private:
    QPoint viewPoint(const QPointF& scenePos) const { return m_canvas->mapFromScene(scenePos); }
    std::unique_ptr<TopologyCanvas> m_canvas;
};

void TestCanvasInteraction::init() {
    TEACUP_SPEC(spec, canvas_test::kWordCount);
    m_canvas = std::make_unique<TopologyCanvas>();
    m_canvas->resize(1400, 900);
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    TEACUP_LAY_OUT(*m_canvas, spec);
    m_canvas->resetZoom();
    m_canvas->centerOn(m_canvas->node("split"));
}

void TestCanvasInteraction::cleanup() { m_canvas.reset(); }

void TestCanvasInteraction::clickOnNodeSelectsItAndClickOnEmptySpaceClears() {
    QSignalSpy selected(m_canvas.get(), &TopologyCanvas::componentSelected);
    QTest::mouseClick(m_canvas->viewport(), Qt::LeftButton, {}, viewPoint(m_canvas->node("split")->pos()));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), QStringLiteral("split"));
    QCOMPARE(m_canvas->selectedComponent(), QStringLiteral("split"));
    const QPointF empty = m_canvas->node("split")->pos() + QPointF(0, m_canvas->node("split")->size().height() * 0.6);
    QTest::mouseClick(m_canvas->viewport(), Qt::LeftButton, {}, viewPoint(empty));
    QCOMPARE(selected.count(), 2);
    QCOMPARE(selected.at(1).at(0).toString(), QString());
}

void TestCanvasInteraction::selectComponentSelectsTheNode() {
    QSignalSpy selected(m_canvas.get(), &TopologyCanvas::componentSelected);
    m_canvas->selectComponent("count");
    QVERIFY(m_canvas->node("count")->isSelected());
    QCOMPARE(selected.count(), 1);
    m_canvas->selectComponent("split");
    QCOMPARE(selected.count(), 2);  // straight from count to split, no "" in between
    QCOMPARE(selected.at(1).at(0).toString(), QStringLiteral("split"));
    QVERIFY(!m_canvas->node("count")->isSelected());
    m_canvas->selectComponent(QString());
    QCOMPARE(m_canvas->selectedComponent(), QString());
    QCOMPARE(selected.count(), 3);
}

void TestCanvasInteraction::doubleClickActivatesTheComponent() {
    QSignalSpy activated(m_canvas.get(), &TopologyCanvas::componentActivated);
    QTest::mouseDClick(m_canvas->viewport(), Qt::LeftButton, {}, viewPoint(m_canvas->node("split")->pos()));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("split"));
}

void TestCanvasInteraction::deleteKeyRequestsDeletingTheSelection() {
    QSignalSpy deleted(m_canvas.get(), &TopologyCanvas::deleteRequested);
    QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
    QCOMPARE(deleted.count(), 0);
    m_canvas->selectComponent("count");
    QTest::keyClick(m_canvas.get(), Qt::Key_Delete);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.at(0).at(0).toString(), QStringLiteral("count"));
}

void TestCanvasInteraction::draggingANodePinsItsPosition() {
    ComponentNode* count = m_canvas->node("count");
    const QPointF before = count->pos();
    const QPoint from = viewPoint(before + QPointF(0, -10));
    QTest::mousePress(m_canvas->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_canvas->viewport(), from + QPoint(20, 30));
    QTest::mouseMove(m_canvas->viewport(), from + QPoint(40, 60));
    QTest::mouseRelease(m_canvas->viewport(), Qt::LeftButton, {}, from + QPoint(40, 60));
    QCOMPARE(count->pos(), before + QPointF(40, 60));
    QCOMPARE(m_canvas->userPositions().value("count"), before + QPointF(40, 60));
    QCOMPARE(m_canvas->userPositions().size(), 1);
}

void TestCanvasInteraction::dragFromOutputPortToBoltRequestsConnect() {
    QSignalSpy connectSpy(m_canvas.get(), &TopologyCanvas::connectRequested);
    QWidget* viewport = m_canvas->viewport();
    const QPoint port = viewPoint(m_canvas->node("sentences")->outputPortPos());
    const QPoint target = viewPoint(m_canvas->node("split")->pos());
    QTest::mousePress(viewport, Qt::LeftButton, {}, port);
    QVERIFY(m_canvas->connectDragActive());
    QTest::mouseMove(viewport, (port + target) / 2);
    QTest::mouseMove(viewport, target);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);
    QVERIFY(!m_canvas->connectDragActive());
    QCOMPARE(connectSpy.count(), 1);
    QCOMPARE(connectSpy.at(0).at(0).toString(), QStringLiteral("sentences"));
    QCOMPARE(connectSpy.at(0).at(1).toString(), QStringLiteral("split"));
    // The gesture did not move the source node.
    QVERIFY(m_canvas->node("sentences")->atLayoutPos());
}

void TestCanvasInteraction::dragFromOutputPortToSpoutRequestsNothing() {
    QSignalSpy connectSpy(m_canvas.get(), &TopologyCanvas::connectRequested);
    m_canvas->beginConnectDrag("split", m_canvas->node("split")->outputPortPos());
    m_canvas->endConnectDrag(m_canvas->node("sentences")->pos());
    m_canvas->beginConnectDrag("split", m_canvas->node("split")->outputPortPos());
    m_canvas->endConnectDrag(QPointF(-5000, -5000));
    QCOMPARE(connectSpy.count(), 0);
}

void TestCanvasInteraction::connectGestureThroughTheItemApi() {
    QSignalSpy connectSpy(m_canvas.get(), &TopologyCanvas::connectRequested);
    m_canvas->beginConnectDrag("split", m_canvas->node("split")->outputPortPos());
    QVERIFY(m_canvas->connectDragActive());
    m_canvas->updateConnectDrag(QPointF(10, 10));
    m_canvas->endConnectDrag(m_canvas->node("audit")->pos());
    QCOMPARE(connectSpy.count(), 1);
    QCOMPARE(connectSpy.at(0).at(1).toString(), QStringLiteral("audit"));
}

void TestCanvasInteraction::paletteDropEmitsClassNameAndScenePosition() {
    QSignalSpy dropped(m_canvas.get(), &TopologyCanvas::componentDropped);
    QMimeData mime;
    mime.setData(QString::fromLatin1(teacup::studio::kComponentMimeType), QByteArray("teacup.core.WordCount"));
    const QPoint at(200, 150);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_canvas->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_canvas->viewport(), &drop);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toString(), QStringLiteral("teacup.core.WordCount"));
    QCOMPARE(dropped.at(0).at(1).toPointF(), m_canvas->mapToScene(at));

    QMimeData text;
    text.setText("not a component");
    QDropEvent other(QPointF(at), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_canvas->viewport(), &other);
    QCOMPARE(dropped.count(), 1);
}

void TestCanvasInteraction::zoomStepsAndCtrlWheel() {
    QCOMPARE(m_canvas->zoomFactor(), 1.0);
    m_canvas->zoomIn();
    QCOMPARE(m_canvas->zoomFactor(), 1.25);
    m_canvas->zoomOut();
    m_canvas->zoomOut();
    QCOMPARE(m_canvas->zoomFactor(), 0.8);
    m_canvas->resetZoom();
    QCOMPARE(m_canvas->zoomFactor(), 1.0);
    const QPoint at(300, 300);
    QWheelEvent wheel(at, m_canvas->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_canvas->viewport(), &wheel);
    QCOMPARE(m_canvas->zoomFactor(), 1.25);
    m_canvas->fitToView();
    QVERIFY(m_canvas->zoomFactor() > 0.1);
    QVERIFY(m_canvas->mapFromScene(m_canvas->sceneRect()).boundingRect().width() <= m_canvas->viewport()->width() + 2);
}

void TestCanvasInteraction::middleButtonDragPans() {
    m_canvas->resize(500, 300);
    m_canvas->zoomIn();
    m_canvas->zoomIn();
    m_canvas->zoomIn();
    m_canvas->centerOn(m_canvas->node("split"));
    QScrollBar* h = m_canvas->horizontalScrollBar();
    QScrollBar* v = m_canvas->verticalScrollBar();
    QVERIFY(h->maximum() > 0);
    QVERIFY(v->maximum() > 0);
    const int h0 = h->value();
    const int v0 = v->value();
    const QPoint start(250, 150);
    QTest::mousePress(m_canvas->viewport(), Qt::MiddleButton, {}, start);
    QTest::mouseMove(m_canvas->viewport(), start + QPoint(-50, -30));
    QTest::mouseRelease(m_canvas->viewport(), Qt::MiddleButton, {}, start + QPoint(-50, -30));
    QCOMPARE(h->value(), h0 + 50);
    QCOMPARE(v->value(), v0 + 30);
}

void TestCanvasInteraction::componentMenuKillsAllTasksOrOne() {
    m_canvas->setTasks({{"split", {4, 3}}, {"__acker", {7}}});
    QSignalSpy killTask(m_canvas.get(), &TopologyCanvas::killTaskRequested);
    QSignalSpy killComponent(m_canvas.get(), &TopologyCanvas::killComponentRequested);
    std::unique_ptr<QMenu> menu(m_canvas->buildContextMenu("split"));
    QAction* killAll = findAction(menu.get(), QStringLiteral("Kill all tasks of split"));
    QVERIFY(killAll);
    QVERIFY(killAll->isEnabled());
    killAll->trigger();
    QCOMPARE(killComponent.count(), 1);
    QCOMPARE(killComponent.at(0).at(0).toString(), QStringLiteral("split"));
    QMenu* perTask = findSubmenu(menu.get(), QStringLiteral("killTask"));
    QVERIFY(perTask);
    QCOMPARE(perTask->title(), QStringLiteral("Kill task"));
    QCOMPARE(perTask->actions().size(), 2);
    QCOMPARE(perTask->actions().at(0)->text(), QStringLiteral("Task 3"));
    perTask->actions().at(1)->trigger();
    QCOMPARE(killTask.count(), 1);
    QCOMPARE(killTask.at(0).at(0).toInt(), 4);
}

void TestCanvasInteraction::emptySpaceMenuKillsAckerTasks() {
    m_canvas->setTasks({{"split", {3, 4}}, {"__acker", {7, 8}}});
    QSignalSpy killTask(m_canvas.get(), &TopologyCanvas::killTaskRequested);
    std::unique_ptr<QMenu> menu(m_canvas->buildContextMenu(QString()));
    QMenu* ackers = findSubmenu(menu.get(), QStringLiteral("killAcker"));
    QVERIFY(ackers);
    QCOMPARE(ackers->title(), QStringLiteral("Kill acker task"));
    QCOMPARE(ackers->actions().size(), 2);
    ackers->actions().at(0)->trigger();
    QCOMPARE(killTask.count(), 1);
    QCOMPARE(killTask.at(0).at(0).toInt(), 7);
}

void TestCanvasInteraction::killMenusAreDisabledWithoutTasks() {
    std::unique_ptr<QMenu> menu(m_canvas->buildContextMenu("count"));
    QVERIFY(!findAction(menu.get(), QStringLiteral("Kill all tasks of count"))->isEnabled());
    QVERIFY(!findSubmenu(menu.get(), QStringLiteral("killTask"))->isEnabled());
    std::unique_ptr<QMenu> empty(m_canvas->buildContextMenu(QString()));
    QVERIFY(!findSubmenu(empty.get(), QStringLiteral("killAcker"))->isEnabled());
}

void TestCanvasInteraction::darkPaletteSwitchesToDarkColours() {
    QVERIFY(!m_canvas->colors().dark);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    m_canvas->setPalette(dark);
    QVERIFY(m_canvas->colors().dark);
    QCOMPARE(m_canvas->colors().background, QColor(0x18, 0x18, 0x18));
    QVERIFY(m_canvas->colors().text.lightness() > m_canvas->colors().background.lightness());
}

TEACUP_CANVAS_TEST_MAIN(TestCanvasInteraction)
#include "tst_canvas_interaction.moc"
