// Tests for teacup::layout: the DOT text a topology becomes, files rendered through Graphviz,
// errors that name the path, and the left-to-right positions the studio canvas will draw.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cstdio>
#include <thread>
#include <unistd.h>

#include <teacup/layout/dot_writer.h>
#include <teacup/layout/graph_layout.h>
#include <teacup/layout/render.h>

#include "graphviz_run.h"  // private: drives Graphviz errors the public API never produces

using namespace teacup;
using teacup::layout::Format;

Q_DECLARE_METATYPE(teacup::layout::Format)

namespace {

model::ComponentDef component(const std::string& id, model::ComponentKind kind, const std::string& className,
                              int parallelism) {
    model::ComponentDef c;
    c.id = id;
    c.kind = kind;
    c.object.className = className;
    c.parallelism = parallelism;
    return c;
}

model::StreamDef stream(const std::string& from, const std::string& to, GroupingType type,
                        std::vector<std::string> fields = {}, const std::string& streamId = "default") {
    model::StreamDef s;
    s.from = from;
    s.to = to;
    s.grouping.type = type;
    s.grouping.fields = std::move(fields);
    s.grouping.streamId = streamId;
    return s;
}

// sentence-spout -> split (SHUFFLE) -> count (FIELDS(word)), as in Storm's word count.
model::TopologySpec wordCount() {
    model::TopologySpec spec;
    spec.name = "word-count";
    spec.spouts.push_back(
        component("sentence-spout", model::ComponentKind::Spout, "teacup.core.RandomSentenceSpout", 1));
    spec.bolts.push_back(component("split", model::ComponentKind::Bolt, "teacup.core.SplitSentenceBolt", 2));
    spec.bolts.push_back(component("count", model::ComponentKind::Bolt, "teacup.core.WordCountBolt", 4));
    spec.streams.push_back(stream("sentence-spout", "split", GroupingType::Shuffle));
    spec.streams.push_back(stream("split", "count", GroupingType::Fields, {"word"}));
    return spec;
}

// Ten spouts feeding chains of ten bolts each, `componentCount` components in all.
model::TopologySpec generated(int componentCount) {
    model::TopologySpec spec;
    spec.name = "generated";
    constexpr int kSpouts = 10;
    for (int i = 0; i < kSpouts; ++i)
        spec.spouts.push_back(component("spout-" + std::to_string(i), model::ComponentKind::Spout, "S", 1));
    std::string previous;
    for (int i = kSpouts; i < componentCount; ++i) {
        const std::string id = "bolt-" + std::to_string(i);
        spec.bolts.push_back(component(id, model::ComponentKind::Bolt, "B", 1 + i % 4));
        spec.streams.push_back(stream("spout-" + std::to_string(i % kSpouts), id, GroupingType::Shuffle));
        if (!previous.empty()) spec.streams.push_back(stream(previous, id, GroupingType::Fields, {"key"}));
        previous = i % 10 == 0 ? std::string() : id;
    }
    return spec;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Text of every <title> in an SVG: Graphviz titles each node with its name (XML-escaped).
QStringList svgTitles(const QByteArray& svg) {
    QStringList titles;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("title"))
            titles << xml.readElementText();
    }
    return titles;
}

const layout::NodeLayout* findNode(const layout::GraphLayout& graph, const std::string& id) {
    for (const auto& node : graph.nodes)
        if (node.id == id) return &node;
    return nullptr;
}

} // namespace

class TestGraphLayout : public QObject {
    Q_OBJECT

private slots:
    void dotContainsEveryComponentAndEdgeLabel_data() {
        QTest::addColumn<QString>("expected");
        QTest::newRow("left to right") << "rankdir=LR";
        QTest::newRow("spout node") << "\"sentence-spout\" [class=\"spout\"";
        QTest::newRow("bolt node") << "\"split\" [class=\"bolt\"";
        QTest::newRow("node label") << "label=\"count\\nWordCountBolt\\n\u00d74\"";
        QTest::newRow("shuffle edge") << "\"sentence-spout\" -> \"split\" [label=\"SHUFFLE\"]";
        QTest::newRow("fields edge") << "\"split\" -> \"count\" [label=\"FIELDS(word)\"]";
    }
    void dotContainsEveryComponentAndEdgeLabel() {
        QFETCH(QString, expected);
        const QString dot = QString::fromStdString(layout::toDot(wordCount()));
        QVERIFY2(dot.contains(expected), qPrintable(dot));
    }

    void spoutsAndBoltsAreDrawnDifferently() {
        const std::string dot = layout::toDot(wordCount());
        QVERIFY(dot.find("\"sentence-spout\" [class=\"spout\", shape=box, style=\"filled\"") != std::string::npos);
        QVERIFY(dot.find("\"split\" [class=\"bolt\", shape=box, style=\"rounded,filled\"") != std::string::npos);
    }

    void edgeLabelNamesStreamAndGrouping_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("streamId");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default stream shows only the grouping") << int(GroupingType::Global) << "default" << "GLOBAL";
        QTest::newRow("named stream above the grouping") << int(GroupingType::Direct) << "errors" << "errors\nDIRECT";
        QTest::newRow("fields list") << int(GroupingType::Fields) << "default" << "FIELDS(word, lang)";
        QTest::newRow("custom class short name") << int(GroupingType::Custom) << "default" << "CUSTOM(NGrouping)";
    }
    void edgeLabelNamesStreamAndGrouping() {
        QFETCH(int, type);
        QFETCH(QString, streamId);
        QFETCH(QString, expected);
        auto s = stream("a", "b", GroupingType(type), {"word", "lang"}, streamId.toStdString());
        s.grouping.customClass = model::ObjectDef{};
        s.grouping.customClass->className = "org.example.groupings.NGrouping";
        QCOMPARE(QString::fromStdString(layout::edgeLabel(s)), expected);
    }

    void labelsAndIdsAreEscaped() {
        model::TopologySpec spec;
        spec.bolts.push_back(component("say \"hi\"\\now", model::ComponentKind::Bolt, "", 1));
        const std::string dot = layout::toDot(spec);
        QVERIFY2(dot.find("  \"component-0\" [class=\"bolt\"") != std::string::npos, dot.c_str());
        QVERIFY2(dot.find("label=\"say \\\"hi\\\"\\\\now\\n\u00d71\"") != std::string::npos, dot.c_str());
        auto laidOut = layout::computeLayout(spec);
        QVERIFY2(laidOut.ok(), laidOut.ok() ? "" : laidOut.error().message.c_str());
        QCOMPARE(laidOut->nodes.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(laidOut->nodes[0].id), QStringLiteral("say \"hi\"\\now"));
    }

    void subscriptionToUnknownComponentDrawsMissingNode() {
        auto spec = wordCount();
        spec.streams.push_back(stream("count", "nowhere", GroupingType::Shuffle));
        const std::string dot = layout::toDot(spec);
        QVERIFY2(dot.find("\"nowhere\" [class=\"missing\"") != std::string::npos, dot.c_str());
        auto laidOut = layout::computeLayout(spec);
        QVERIFY(laidOut.ok());
        QVERIFY(findNode(*laidOut, "nowhere"));
    }

    void renderWritesFileInEachFormat_data() {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("dot") << Format::Dot << "graph.dot";
        QTest::newRow("svg") << Format::Svg << "graph.svg";
        QTest::newRow("png") << Format::Png << "graph.png";
    }
    void renderWritesFileInEachFormat() {
        QFETCH(Format, format);
        QFETCH(QString, fileName);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        const Status status = layout::renderFile(wordCount(), format, path.toStdString());
        QVERIFY2(status.ok(), status.error().message.c_str());
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.isEmpty());
        const QStringList ids{"sentence-spout", "split", "count"};
        if (format == Format::Png) {
            QVERIFY(bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
        } else if (format == Format::Svg) {
            const QStringList titles = svgTitles(bytes);
            for (const QString& id : ids)
                QVERIFY2(titles.contains(id), qPrintable(titles.join(", ")));
        } else {
            QVERIFY(bytes.startsWith("digraph"));
            for (const QString& id : ids)
                QVERIFY(bytes.contains(id.toUtf8()));
        }
    }

    void renderToUnwritablePathNamesThePath_data() {
        QTest::addColumn<Format>("format");
        QTest::newRow("dot") << Format::Dot;
        QTest::newRow("svg") << Format::Svg;
        QTest::newRow("png") << Format::Png;
    }
    void renderToUnwritablePathNamesThePath() {
        QFETCH(Format, format);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A regular file used as a directory fails even for root, unlike a read-only folder.
        const QString blocker = dir.filePath("not-a-dir");
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const std::string path = (blocker + "/graph.out").toStdString();
        const Status status = layout::renderFile(wordCount(), format, path);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, ErrorCode::Io);
        QVERIFY2(status.error().message.find("'" + path + "'") != std::string::npos, status.error().message.c_str());
    }

    void graphvizMessagesAreReturnedNeverPrinted() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString capture = dir.filePath("stderr.txt");
        std::fflush(stderr);
        const int savedStderr = dup(STDERR_FILENO);
        QVERIFY(savedStderr >= 0);
        QVERIFY(std::freopen(capture.toLocal8Bit().constData(), "w", stderr));
        const auto broken = layout::GraphvizRun::layOut("digraph { a -> ; }");
        const auto laidOut = layout::computeLayout(generated(30));
        const Status failed = layout::renderFile(wordCount(), Format::Svg, "/nonexistent-teacup-dir/graph.svg");
        std::fflush(stderr);
        dup2(savedStderr, STDERR_FILENO);
        close(savedStderr);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, ErrorCode::Internal);
        QVERIFY2(broken.error().message.find("syntax error") != std::string::npos, broken.error().message.c_str());
        QVERIFY(laidOut.ok());
        QVERIFY(!failed.ok());
        QCOMPARE(readAll(capture), QByteArray());
    }

    void layoutRunsLeftToRight() {
        auto laidOut = layout::computeLayout(wordCount());
        QVERIFY2(laidOut.ok(), laidOut.ok() ? "" : laidOut.error().message.c_str());
        const auto* spout = findNode(*laidOut, "sentence-spout");
        const auto* split = findNode(*laidOut, "split");
        const auto* count = findNode(*laidOut, "count");
        QVERIFY(spout && split && count);
        QVERIFY(spout->x < split->x);
        QVERIFY(split->x < count->x);
        for (const auto* node : {spout, split, count}) {
            QVERIFY(node->width > 0 && node->height > 0);
            QVERIFY(node->x - node->width / 2 >= -0.5 && node->x + node->width / 2 <= laidOut->width + 0.5);
            QVERIFY(node->y - node->height / 2 >= -0.5 && node->y + node->height / 2 <= laidOut->height + 0.5);
        }
    }

    void layoutEdgesFollowSpecOrderWithSplines() {
        auto laidOut = layout::computeLayout(wordCount());
        QVERIFY(laidOut.ok());
        QCOMPARE(laidOut->edges.size(), std::size_t(2));
        const auto& first = laidOut->edges[0];
        QCOMPARE(QString::fromStdString(first.from), QStringLiteral("sentence-spout"));
        QCOMPARE(QString::fromStdString(first.to), QStringLiteral("split"));
        QCOMPARE(QString::fromStdString(first.label), QStringLiteral("SHUFFLE"));
        QCOMPARE(QString::fromStdString(laidOut->edges[1].label), QStringLiteral("FIELDS(word)"));
        QVERIFY(first.points.size() >= 4);
        QVERIFY(first.points.front().first < first.points.back().first);
    }

    void emptyTopologyGivesEmptyLayout() {
        auto laidOut = layout::computeLayout(model::TopologySpec{});
        QVERIFY2(laidOut.ok(), laidOut.ok() ? "" : laidOut.error().message.c_str());
        QVERIFY(laidOut->nodes.empty());
        QVERIFY(laidOut->edges.empty());
    }

    void twoHundredComponentTopologyLaysOut() {
        const auto spec = generated(200);
        auto laidOut = layout::computeLayout(spec);
        QVERIFY2(laidOut.ok(), laidOut.ok() ? "" : laidOut.error().message.c_str());
        QCOMPARE(laidOut->nodes.size(), std::size_t(200));
        QCOMPARE(laidOut->edges.size(), spec.streams.size());
    }

    void callsFromSeveralThreadsAllSucceed() {
        constexpr int kThreads = 4;
        std::vector<int> nodeCounts(kThreads, 0);
        std::vector<std::thread> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([i, &nodeCounts] {
                const auto laidOut = layout::computeLayout(generated(20 + i * 10));
                nodeCounts[i] = laidOut.ok() ? int(laidOut->nodes.size()) : -1;
            });
        }
        for (auto& t : threads)
            t.join();
        for (int i = 0; i < kThreads; ++i)
            QCOMPARE(nodeCounts[i], 20 + i * 10);
    }

    void parseFormatAcceptsTheCliNames() {
        QCOMPARE(layout::parseFormat("dot"), std::optional<Format>(Format::Dot));
        QCOMPARE(layout::parseFormat("svg"), std::optional<Format>(Format::Svg));
        QCOMPARE(layout::parseFormat("png"), std::optional<Format>(Format::Png));
        QVERIFY(!layout::parseFormat("pdf"));
        QCOMPARE(QString(layout::formatName(Format::Svg)), QStringLiteral("svg"));
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graph_layout.moc"
