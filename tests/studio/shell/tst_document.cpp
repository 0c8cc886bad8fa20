// Document: every sample opens without errors; model edits are undoable steps whose undo
// gives back the opened text byte for byte; saving and reloading keeps the text; comments of
// an opened file survive edits elsewhere.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "shell/document.h"
#include "shell/welcome_page.h"
#include "studio_test_main.h"

using namespace teacup;
using namespace teacup::studio;

class TstDocument : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<plugin::Registry> m_registry = test::loadRegistry();

    static QString readFile(const QString& path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return {};
        return QString::fromUtf8(f.readAll());
    }

private Q_SLOTS:
    void everySampleOpensWithoutErrors_data() {
        QTest::addColumn<QString>("path");
        const QStringList samples = sampleFiles();
        QVERIFY(samples.size() >= 5);
        for (const QString& s : samples) QTest::newRow(qPrintable(QFileInfo(s).fileName())) << s;
    }
    void everySampleOpensWithoutErrors() {
        QFETCH(QString, path);
        Document doc(m_registry);
        QSignalSpy specs(&doc, &Document::specChanged);
        QVERIFY(doc.load(path));
        QVERIFY(doc.spec().has_value());
        QVERIFY(specs.count() >= 1);
        for (const auto& d : doc.diagnostics().items()) QVERIFY2(d.severity != Severity::Error, d.format().c_str());
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.text(), readFile(path));
    }

    void editScriptUndoesToTheOriginalBytesAndRoundTripsThroughTheFile() {
        QTemporaryDir dir;
        const QString original = readFile(QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies/word_count.yaml"));
        const QString path = dir.filePath(QStringLiteral("word_count.yaml"));
        QFile::copy(QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies/word_count.yaml"), path);
        Document doc(m_registry);
        QVERIFY(doc.load(path));

        const QString id = doc.addComponent(QStringLiteral("teacup.core.PrinterBolt"));
        QCOMPARE(id, QStringLiteral("printer-bolt"));
        model::GroupingDef shuffle;
        QVERIFY(doc.connectComponents(QStringLiteral("count"), id, shuffle));
        model::GroupingDef global;
        global.type = GroupingType::Global;
        QVERIFY(doc.setGrouping(1, global));
        QVERIFY(doc.setParallelism(QStringLiteral("split"), 3));
        QCOMPARE(doc.undoStack()->count(), 4);
        QVERIFY(doc.isModified());
        QVERIFY(doc.spec()->findComponent("printer-bolt"));
        QCOMPARE(doc.spec()->streams.size(), std::size_t(3));
        QCOMPARE(doc.spec()->streams[2].name, std::string("count --> printer-bolt"));
        QCOMPARE(doc.spec()->streams[1].grouping.type, GroupingType::Global);
        QVERIFY(!doc.diagnostics().hasErrors());
        const QString edited = doc.text();

        while (doc.undoStack()->canUndo()) doc.undoStack()->undo();
        QCOMPARE(doc.text(), original);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.spec()->bolts.size(), std::size_t(2));
        while (doc.undoStack()->canRedo()) doc.undoStack()->redo();
        QCOMPARE(doc.text(), edited);

        QVERIFY(doc.save());
        QVERIFY(!doc.isModified());
        QCOMPARE(readFile(path), edited);
        Document reloaded(m_registry);
        QVERIFY(reloaded.load(path));
        QCOMPARE(reloaded.text(), edited);
        QCOMPARE(reloaded.spec()->streams.size(), std::size_t(3));

        while (doc.undoStack()->canUndo()) doc.undoStack()->undo();
        QCOMPARE(doc.text().toUtf8(), original.toUtf8());
    }

    void commentsSurviveAnEditElsewhere() {
        Document doc(m_registry);
        QVERIFY(doc.load(QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies/word_count.yaml")));
        const QString before = doc.text();
        QVERIFY(doc.setParallelism(QStringLiteral("count"), 4));
        QVERIFY(doc.setTopologyConfig(QStringLiteral("topology.workers"), Value(2)));
        const QString after = doc.text();
        const auto comments = [](const QString& text) {
            QStringList out;
            for (const QString& line : text.split(QLatin1Char('\n')))
                if (line.trimmed().startsWith(QLatin1Char('#'))) out.append(line);
            return out;
        };
        QCOMPARE(comments(after), comments(before));
        QCOMPARE(after.count(QLatin1Char('\n')), before.count(QLatin1Char('\n')));
        QCOMPARE(doc.spec()->findComponent("count")->parallelism, 4);
    }

    void editorTextIsOneUndoStepAndReparses() {
        Document doc(m_registry);
        QVERIFY(doc.load(QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies/word_count.yaml")));
        const QString original = doc.text();
        QString typed = original;
        typed.replace(QStringLiteral("parallelism: 2\n\n  - id: \"count\""),
                      QStringLiteral("parallelism: 5\n\n  - id: \"count\""));
        doc.setTextFromEditor(typed);
        QCOMPARE(doc.spec()->findComponent("split")->parallelism, 5);
        QVERIFY(doc.setParallelism(QStringLiteral("count"), 3));
        doc.undoStack()->undo();
        QCOMPARE(doc.text(), typed);
        doc.undoStack()->undo();
        QCOMPARE(doc.text(), original);
    }

    void brokenTextKeepsTheLastSpecAndReportsWhere() {
        Document doc(m_registry);
        QVERIFY(doc.load(QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies/word_count.yaml")));
        doc.setTextFromEditor(doc.text() + QStringLiteral("\n  bad: [unclosed\n"));
        QVERIFY(doc.diagnostics().hasErrors());
        QVERIFY(doc.diagnostics().items().front().location.line > 0);
        QCOMPARE(doc.spec()->bolts.size(), std::size_t(2));
        QVERIFY(!doc.setParallelism(QStringLiteral("split"), 2));
        QVERIFY(!doc.lastError().isEmpty());
    }

    void aTopologyBuiltFromScratchIsCleanFluxYaml() {
        QTemporaryDir dir;
        Document doc(m_registry);
        doc.newTopology(QStringLiteral("words"));
        QCOMPARE(doc.addComponent(QStringLiteral("teacup.core.RandomSentenceSpout")),
                 QStringLiteral("random-sentence-spout"));
        QCOMPARE(doc.addComponent(QStringLiteral("teacup.core.SplitSentence")), QStringLiteral("split-sentence"));
        QCOMPARE(doc.addComponent(QStringLiteral("teacup.core.WordCount")), QStringLiteral("word-count"));
        QVERIFY(doc.connectComponents(QStringLiteral("random-sentence-spout"), QStringLiteral("split-sentence"), {}));
        model::GroupingDef byWord;
        byWord.type = GroupingType::Fields;
        byWord.fields = {"word"};
        QVERIFY(doc.connectComponents(QStringLiteral("split-sentence"), QStringLiteral("word-count"), byWord));
        QVERIFY(doc.setParallelism(QStringLiteral("word-count"), 2));
        QVERIFY(doc.setTopologyConfig(QStringLiteral("topology.workers"), Value(1)));
        const QString path = dir.filePath(QStringLiteral("words.yaml"));
        QVERIFY(doc.saveAs(path));
        QCOMPARE(doc.path(), path);
        const QString expected = QStringLiteral(R"(name: "words"

config:
  topology.workers: 1

spouts:
  - id: "random-sentence-spout"
    className: "teacup.core.RandomSentenceSpout"
    parallelism: 1

bolts:
  - id: "split-sentence"
    className: "teacup.core.SplitSentence"
    parallelism: 1
  - id: "word-count"
    className: "teacup.core.WordCount"
    parallelism: 2

streams:
  - from: "random-sentence-spout"
    to: "split-sentence"
    grouping:
      type: SHUFFLE
  - from: "split-sentence"
    to: "word-count"
    grouping:
      type: FIELDS
      args: ["word"]
)");
        QCOMPARE(readFile(path), expected);
        QVERIFY(!doc.diagnostics().hasErrors());
    }

    void unknownClassIsAnErrorOnItsNode() {
        Document doc(m_registry);
        doc.newTopology(QStringLiteral("t"));
        QVERIFY(!doc.addComponent(QStringLiteral("teacup.core.RandomSentenceSpout")).isEmpty());
        QVERIFY(
            doc.addComponentWithId(model::ComponentKind::Bolt, QStringLiteral("b"), QStringLiteral("no.such.Bolt")));
        QVERIFY(doc.diagnostics().hasErrors());
        QVERIFY(doc.problemsByComponent(Severity::Error).contains(QStringLiteral("b")));
    }
};

TEACUP_STUDIO_TEST_MAIN(TstDocument)
#include "tst_document.moc"
