// TopologyCanvas layout: every sample lays out on the worker thread and places every
// component; texts match the spec; dragged positions survive a re-layout; stale layouts drop.
#include <QDir>
#include <QDirIterator>

#include "canvas/component_node.h"
#include "canvas/stream_edge.h"
#include "canvas_test_support.h"

using teacup::studio::ComponentNode;
using teacup::studio::NodeKind;
using teacup::studio::StreamEdge;
using teacup::studio::TopologyCanvas;

class TestCanvasLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everySampleLaysOutAndPlacesEveryComponent_data();
    void everySampleLaysOutAndPlacesEveryComponent();
    void nodesShowIdShortClassAndParallelism();
    void edgesCarryStreamAndGroupingLabels();
    void edgesFollowTheLayoutCurveUntilANodeMoves();
    void draggedPositionIsKeptAcrossRelayout();
    void relayoutReusesNodesAndDropsRemovedOnes();
    void onlyTheNewestOfTwoQuickLayoutsIsApplied();
    void subscriptionToUnknownIdDrawsMissingNode();
};

void TestCanvasLayout::everySampleLaysOutAndPlacesEveryComponent_data() {
    QTest::addColumn<QString>("path");
    QDirIterator it(QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies"), {QStringLiteral("*.yaml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    QVERIFY(!paths.isEmpty());
    for (const QString& path : paths)
        QTest::newRow(qPrintable(QDir(QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies")).relativeFilePath(path)))
            << path;
}

void TestCanvasLayout::everySampleLaysOutAndPlacesEveryComponent() {
    QFETCH(QString, path);
    auto loaded = teacup::flux::loadFile(path.toStdString());
    QVERIFY2(loaded.spec.has_value(), qPrintable(path));
    const teacup::model::TopologySpec& spec = *loaded.spec;
    TopologyCanvas canvas;
    TEACUP_LAY_OUT(canvas, spec);
    QCOMPARE(canvas.nodeCount(), static_cast<int>(spec.spouts.size() + spec.bolts.size()));
    QCOMPARE(canvas.edges().size(), static_cast<qsizetype>(spec.streams.size()));
    QList<QRectF> boxes;
    for (const auto* list : {&spec.spouts, &spec.bolts}) {
        for (const auto& c : *list) {
            ComponentNode* n = canvas.node(QString::fromStdString(c.id));
            QVERIFY2(n, c.id.c_str());
            QCOMPARE(n->kind(), c.kind == teacup::model::ComponentKind::Spout ? NodeKind::Spout : NodeKind::Bolt);
            const QRectF box(n->pos() - QPointF(n->size().width() / 2, n->size().height() / 2), n->size());
            for (const QRectF& other : std::as_const(boxes))
                QVERIFY2(!box.intersects(other), c.id.c_str());
            boxes << box;
        }
    }
    for (StreamEdge* e : canvas.edges())
        QVERIFY(e->usesLayoutCurve());
}

void TestCanvasLayout::nodesShowIdShortClassAndParallelism() {
    TEACUP_SPEC(spec, canvas_test::kWordCount);
    TopologyCanvas canvas;
    TEACUP_LAY_OUT(canvas, spec);
    QCOMPARE(canvas.node("sentences")->textLines(),
             (QStringList{"sentences", "RandomSentenceSpout", QStringLiteral("×1")}));
    QCOMPARE(canvas.node("split")->textLines(), (QStringList{"split", "SplitSentence", QStringLiteral("×2")}));
    QCOMPARE(canvas.node("count")->textLines(),
             (QStringList{"count", "WordCount", QStringLiteral("×2 (4 tasks)")}));
    QCOMPARE(canvas.node("audit")->textLines().at(1), QStringLiteral("Audit"));
    QCOMPARE(canvas.node("sentences")->kind(), NodeKind::Spout);
    QCOMPARE(canvas.node("count")->kind(), NodeKind::Bolt);
}

void TestCanvasLayout::edgesCarryStreamAndGroupingLabels() {
    TEACUP_SPEC(spec, canvas_test::kWordCount);
    TopologyCanvas canvas;
    TEACUP_LAY_OUT(canvas, spec);
    const auto& edges = canvas.edges();
    QCOMPARE(edges.size(), 3);
    QCOMPARE(edges[0]->fromId(), QStringLiteral("sentences"));
    QCOMPARE(edges[0]->toId(), QStringLiteral("split"));
    QCOMPARE(edges[0]->labelText(), QStringLiteral("SHUFFLE"));
    QCOMPARE(edges[1]->labelText(), QStringLiteral("FIELDS(word)"));
    QCOMPARE(edges[2]->stream(), QStringLiteral("errors"));
    QCOMPARE(edges[2]->labelText(), QStringLiteral("errors\nGLOBAL"));
}

void TestCanvasLayout::edgesFollowTheLayoutCurveUntilANodeMoves() {
    TEACUP_SPEC(spec, canvas_test::kWordCount);
    TopologyCanvas canvas;
    TEACUP_LAY_OUT(canvas, spec);
    StreamEdge* edge = canvas.edges()[1];
    QVERIFY(edge->usesLayoutCurve());
    canvas.setUserPositions({{QStringLiteral("count"), QPointF(900, 700)}});
    QVERIFY(!edge->usesLayoutCurve());
    QVERIFY(edge->path().elementCount() >= 4);
    // The re-routed curve runs from split's output port to count's left edge.
    QCOMPARE(edge->path().pointAtPercent(0.0), canvas.node("split")->outputPortPos());
    QVERIFY(canvas.edges()[0]->usesLayoutCurve());
}

void TestCanvasLayout::draggedPositionIsKeptAcrossRelayout() {
    TEACUP_SPEC(spec, canvas_test::kWordCount);
    TopologyCanvas canvas;
    TEACUP_LAY_OUT(canvas, spec);
    ComponentNode* split = canvas.node("split");
    split->setPos(QPointF(600, 420));
    canvas.nodeDragged(split);
    QCOMPARE(canvas.userPositions().value("split"), QPointF(600, 420));

    spec.bolts.push_back(spec.bolts.back());
    spec.bolts.back().id = "report";
    spec.streams.push_back(spec.streams.back());
    spec.streams.back().to = "report";
    TEACUP_LAY_OUT(canvas, spec);
    QCOMPARE(canvas.node("split"), split);
    QCOMPARE(canvas.node("split")->pos(), QPointF(600, 420));
    QVERIFY(canvas.node("report"));
    QCOMPARE(canvas.userPositions().size(), 1);
}

void TestCanvasLayout::relayoutReusesNodesAndDropsRemovedOnes() {
    TEACUP_SPEC(spec, canvas_test::kWordCount);
    TopologyCanvas canvas;
    TEACUP_LAY_OUT(canvas, spec);
    ComponentNode* count = canvas.node("count");
    spec.bolts.pop_back();   // audit
    spec.streams.pop_back();
    TEACUP_LAY_OUT(canvas, spec);
    QCOMPARE(canvas.nodeCount(), 3);
    QVERIFY(!canvas.node("audit"));
    QCOMPARE(canvas.node("count"), count);
    // Nodes that stay glide to their new places and land exactly there.
    QTRY_COMPARE(count->pos(), count->layoutPos());
}

void TestCanvasLayout::onlyTheNewestOfTwoQuickLayoutsIsApplied() {
    TEACUP_SPEC(first, canvas_test::kWordCount);
    auto second = first;
    second.bolts.pop_back();
    second.streams.pop_back();
    TopologyCanvas canvas;
    QSignalSpy finished(&canvas, &TopologyCanvas::layoutFinished);
    canvas.setTopology(first);
    canvas.setTopology(second);
    QVERIFY(canvas.layoutPending());
    QTRY_VERIFY_WITH_TIMEOUT(!canvas.layoutPending(), 30000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(canvas.nodeCount(), 3);
    QVERIFY(!canvas.node("audit"));
}

void TestCanvasLayout::subscriptionToUnknownIdDrawsMissingNode() {
    TEACUP_SPEC(spec, canvas_test::kWordCount);
    spec.streams.back().from = "ghost";
    TopologyCanvas canvas;
    TEACUP_LAY_OUT(canvas, spec);
    QVERIFY(canvas.node("ghost"));
    QCOMPARE(canvas.node("ghost")->kind(), NodeKind::Missing);
    QCOMPARE(canvas.edges().size(), 3);
}

TEACUP_CANVAS_TEST_MAIN(TestCanvasLayout)
#include "tst_canvas_layout.moc"
