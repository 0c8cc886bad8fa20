// MainWindow on the offscreen platform: the welcome page before a file, every sample opens
// onto the canvas, canvas/text/property edits stay in sync both ways, diagnostics lead to
// their line, and a simulated run is driven by the Run actions.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "canvas/topology_canvas.h"
#include "live/run_controller.h"
#include "shell/connect_dialog.h"
#include "shell/diagnostics_model.h"
#include "shell/document.h"
#include "shell/main_window.h"
#include "shell/palette_model.h"
#include "shell/palette_widget.h"
#include "shell/property_editor.h"
#include "shell/stream_inputs_editor.h"
#include "shell/welcome_page.h"
#include "shell/yaml_editor.h"
#include "studio_test_main.h"

using namespace teacup;
using namespace teacup::studio;

namespace {

constexpr int kWaitMs = 10000;
const QString kWordCount = QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies/word_count.yaml");

int componentCount(const Document& doc) {
    return static_cast<int>(doc.spec()->spouts.size() + doc.spec()->bolts.size());
}

} // namespace

class TstMainWindow : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<plugin::Registry> m_registry = test::loadRegistry();

private Q_SLOTS:
    void welcomePageShowsUntilAFileOpens() {
        MainWindow window(m_registry);
        window.show();
        QVERIFY(window.welcomeShown());
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("sample:word_count")));
        QVERIFY(window.openFile(kWordCount));
        QVERIFY(!window.welcomeShown());
        QCOMPARE(window.recentFiles().value(0), QFileInfo(kWordCount).absoluteFilePath());
    }

    void recentFilesAndThemeSurviveARestart() {
        {
            MainWindow window(m_registry);
            window.show();
            QVERIFY(window.openFile(kWordCount));
            window.findChild<QAction*>(QStringLiteral("theme-dark"))->trigger();
            window.seedBox()->setValue(42);
            QVERIFY(window.close());
        }
        MainWindow again(m_registry);
        QCOMPARE(again.recentFiles().value(0), QFileInfo(kWordCount).absoluteFilePath());
        QVERIFY(again.findChild<QAction*>(QStringLiteral("theme-dark"))->isChecked());
        QCOMPARE(again.seedBox()->value(), 42);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        again.findChild<QAction*>(QStringLiteral("theme-system"))->trigger();
        QVERIFY(again.close());
    }

    void everySampleOpensOntoTheCanvas_data() {
        QTest::addColumn<QString>("path");
        for (const QString& s : sampleFiles()) QTest::newRow(qPrintable(QFileInfo(s).fileName())) << s;
    }
    void everySampleOpensOntoTheCanvas() {
        QFETCH(QString, path);
        MainWindow window(m_registry);
        window.show();
        QString error;
        QVERIFY2(window.openFile(path, &error), qPrintable(error));
        QCOMPARE(window.diagnosticsModel()->errorCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.canvas()->nodeCount(), componentCount(*window.document()), kWaitMs);
        QCOMPARE(window.editor()->text(), window.document()->text());
    }

    void exportGraphWritesPngAndSvgOfTheCanvas() {
        MainWindow window(m_registry);
        window.show();
        QString error;
        QVERIFY2(window.openFile(QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies/word_count.yaml"), &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(window.canvas()->nodeCount(), 3, kWaitMs);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("graph.png"));
        const QString svg = dir.filePath(QStringLiteral("graph.svg"));
        QVERIFY2(window.exportGraph(png, &error), qPrintable(error));
        QVERIFY2(window.exportGraph(svg, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 100);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("split"));
        QVERIFY(!window.exportGraph(dir.filePath(QStringLiteral("missing/dir/graph.png")), &error));
        QVERIFY(!error.isEmpty());
    }

    void canvasEditsRewriteTheTextAndTextEditsRelayTheCanvas() {
        MainWindow window(m_registry);
        window.show();
        QVERIFY(window.openFile(kWordCount));
        QTRY_COMPARE_WITH_TIMEOUT(window.canvas()->nodeCount(), 3, kWaitMs);
        // A palette drop on the canvas adds a bolt with a fresh id.
        Q_EMIT window.canvas()->componentDropped(QStringLiteral("teacup.core.PrinterBolt"), QPointF(10, 10));
        QVERIFY(window.editor()->text().contains(QStringLiteral("id: \"printer-bolt\"")));
        QTRY_COMPARE_WITH_TIMEOUT(window.canvas()->nodeCount(), 4, kWaitMs);
        // Typing in the editor re-parses after the debounce and re-lays out the canvas.
        QString text = window.editor()->text();
        text.replace(QStringLiteral("id: \"printer-bolt\""), QStringLiteral("id: \"printer\""));
        window.editor()->setText(text);
        QTRY_VERIFY_WITH_TIMEOUT(window.document()->spec()->findComponent("printer"), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(window.canvas()->node(QStringLiteral("printer")) != nullptr, kWaitMs);
        // The property editor's parallelism is an undoable document edit.
        window.canvas()->selectComponent(QStringLiteral("split"));
        QTRY_COMPARE(window.propertyEditor()->component(), QStringLiteral("split"));
        window.propertyEditor()->parallelismBox()->setValue(4);
        QCOMPARE(window.document()->spec()->findComponent("split")->parallelism, 4);
        QVERIFY(window.editor()->text().contains(QStringLiteral("parallelism: 4")));
        window.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(window.document()->spec()->findComponent("split")->parallelism, 2);
        window.action(QStringLiteral("undo"))->trigger();
        window.action(QStringLiteral("undo"))->trigger();
        QCOMPARE(window.editor()->text(), window.document()->text());
        QVERIFY(!window.document()->isModified());
    }

    void propertyTablesEditTheTopologyAndComponentConfig() {
        MainWindow window(m_registry);
        window.show();
        QVERIFY(window.openFile(kWordCount));
        PropertyEditor* editor = window.propertyEditor();
        editor->setComponent(QString());
        QTableWidget* config = editor->configTable();
        int row = -1;
        for (int r = 0; r < config->rowCount(); ++r)
            if (config->item(r, 0)->text() == QStringLiteral("topology.workers")) row = r;
        QVERIFY(row >= 0);
        config->item(row, 1)->setText(QStringLiteral("3"));
        QCOMPARE(window.document()->spec()->config.at("topology.workers"), Value(3));
        QVERIFY(window.document()->text().contains(QStringLiteral("  topology.workers: 3\n")));
        editor->setComponent(QStringLiteral("count"));
        QCOMPARE(editor->idEdit()->text(), QStringLiteral("count"));
        editor->idEdit()->setText(QStringLiteral("counter"));
        Q_EMIT editor->idEdit()->editingFinished();
        QVERIFY(window.document()->spec()->findComponent("counter"));
        QCOMPARE(window.document()->spec()->streams[1].to, std::string("counter"));
        QCOMPARE(window.document()->undoStack()->count(), 2);
        // The grouping of a stream into the bolt is changed from the inputs table.
        StreamInputsEditor* inputs = editor->inputsEditor();
        QCOMPARE(inputs->table()->rowCount(), 1);
        QCOMPARE(inputs->table()->item(0, 3)->text(), QStringLiteral("word"));
        inputs->chooseGrouping(0, QStringLiteral("SHUFFLE"));
        QCOMPARE(window.document()->spec()->streams[1].grouping.type, GroupingType::Shuffle);
        QVERIFY(window.document()->spec()->streams[1].grouping.fields.empty());
        QCOMPARE(window.document()->undoStack()->count(), 3);
        // Kept in the build folder for looking at, like the studio screenshots.
        QCoreApplication::processEvents(); // the editor refreshes after the edit's signals return
        editor->resize(420, 640);
        QDir().mkpath(QStringLiteral(TEACUP_BINARY_DIR "/screenshots"));
        QVERIFY(editor->grab().save(QStringLiteral(TEACUP_BINARY_DIR "/screenshots/properties.png")));
    }

    void connectDialogOffersTheDeclaredFields() {
        Document doc(m_registry);
        QVERIFY(doc.load(kWordCount));
        ConnectDialog dialog(QStringLiteral("split"), QStringLiteral("count"), doc.schemaOf(QStringLiteral("split")));
        QCOMPARE(dialog.streamBox()->currentText(), QStringLiteral("default"));
        dialog.groupingBox()->setCurrentText(QStringLiteral("FIELDS"));
        dialog.setFields({QStringLiteral("word")});
        const model::GroupingDef g = dialog.grouping();
        QCOMPARE(g.type, GroupingType::Fields);
        QCOMPARE(g.fields, std::vector<std::string>{"word"});
    }

    void activatingADiagnosticMovesTheEditorToItsLine() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: \"bad\"\nspouts:\n  - id: \"s\"\n    className: \"teacup.core.RandomSentenceSpout\"\n"
                "bolts:\n  - id: \"b\"\n    className: \"no.such.Bolt\"\n");
        f.close();
        MainWindow window(m_registry);
        QAbstractItemModelTester tester(window.diagnosticsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QVERIFY(window.openFile(path));
        QVERIFY(window.diagnosticsModel()->errorCount() > 0);
        QVERIFY(window.editor()->markerCount() > 0);
        const QModelIndex first = window.diagnosticsModel()->index(0);
        const int line = first.data(DiagnosticsModel::LineRole).toInt();
        QVERIFY(line > 0);
        Q_EMIT window.diagnosticsView()->activated(first);
        int cursorLine = -1;
        int cursorIndex = -1;
        window.editor()->getCursorPosition(&cursorLine, &cursorIndex);
        QCOMPARE(cursorLine + 1, line);
        QVERIFY(!window.startRun(true));
    }

    void paletteListsPluginClassesAndFilters() {
        PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegistry(*m_registry);
        QVERIFY(model.rowCount() > 5);
        int split = -1;
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row).data(PaletteModel::ClassNameRole).toString() ==
                QStringLiteral("teacup.core.SplitSentence"))
                split = row;
        QVERIFY(split >= 0);
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(split)}));
        QCOMPARE(mime->data(QString::fromLatin1(kComponentMimeType)), QByteArray("teacup.core.SplitSentence"));
        QVERIFY(model.flags(model.index(split)).testFlag(Qt::ItemIsDragEnabled));

        MainWindow window(m_registry);
        const int all = window.componentPalette()->visibleCount();
        QVERIFY(all > 5);
        window.componentPalette()->setFilter(QStringLiteral("SplitSentence"));
        QVERIFY(window.componentPalette()->visibleCount() >= 1);
        QVERIFY(window.componentPalette()->visibleCount() < all);
        QVERIFY(window.componentPalette()->classNameAt(0).endsWith(QStringLiteral("SplitSentence")));
    }

    void simulatedRunStepsFromTheRunActions() {
        MainWindow window(m_registry);
        window.show();
        QVERIFY(window.openFile(kWordCount));
        RunController* run = window.runController();
        run->setStartPaused(true);
        QSignalSpy snapshots(run, &RunController::snapshotReady);
        window.seedBox()->setValue(7);
        QVERIFY(window.startRun(true));
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), RunState::Paused, kWaitMs);
        QVERIFY(run->simulated());
        QVERIFY(window.action(QStringLiteral("step"))->isEnabled());
        QVERIFY(!window.action(QStringLiteral("run-simulated"))->isEnabled());
        const int before = snapshots.count();
        for (int i = 0; i < 5; ++i) window.action(QStringLiteral("step"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > before, kWaitMs);
        QVERIFY(run->lastSnapshot() != nullptr);
        // Kill from the canvas reaches the run: the task is dead until the supervisor restarts it.
        const QList<int> countTasks = run->tasksByComponent().value(QStringLiteral("count"));
        QVERIFY(!countTasks.isEmpty());
        Q_EMIT window.canvas()->killTaskRequested(countTasks.first());
        QTRY_VERIFY_WITH_TIMEOUT(run->lastTaskStates().value(countTasks.first(), runtime::TaskState::Running) !=
                                     runtime::TaskState::Running,
                                 kWaitMs);
        window.action(QStringLiteral("stop"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(run->state() == RunState::Stopped || run->state() == RunState::Idle, kWaitMs);
        QVERIFY(window.action(QStringLiteral("run-simulated"))->isEnabled());
    }
};

TEACUP_STUDIO_TEST_MAIN(TstMainWindow)
#include "tst_main_window.moc"
