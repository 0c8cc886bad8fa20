// Shared by the canvas tests: the test main (offscreen platform, fixed 96 DPI), inline-YAML
// fixtures and the macro that lays a spec out and waits for the worker thread's answer.
#pragma once

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include <teacup/flux/flux.h>

#include "canvas/topology_canvas.h"

// A topology read from inline YAML; fails the calling test (via QVERIFY2) when it does not load.
#define TEACUP_SPEC(var, yaml)                                                                          \
    teacup::model::TopologySpec var;                                                                   \
    do {                                                                                               \
        auto loaded_ = teacup::flux::loadText(yaml, "inline.yaml");                                    \
        QVERIFY2(loaded_.spec.has_value(), "inline YAML did not parse");                              \
        var = *loaded_.spec;                                                                           \
    } while (0)

// setTopology(spec) and wait (event loop running) until layoutFinished came exactly once.
#define TEACUP_LAY_OUT(canvas, spec)                                                                    \
    do {                                                                                               \
        QSignalSpy finished_(&(canvas), &teacup::studio::TopologyCanvas::layoutFinished);            \
        (canvas).setTopology(spec);                                                                    \
        QTRY_COMPARE_WITH_TIMEOUT(finished_.count(), 1, 30000);                                       \
        QVERIFY(!(canvas).layoutPending());                                                            \
    } while (0)

// Headless and DPI-independent: offscreen unless a platform is set, 96 DPI, no scaling.
#define TEACUP_CANVAS_TEST_MAIN(TestClass)                                                              \
    int main(int argc, char** argv) {                                                                  \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");  \
        qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");                                                    \
        qputenv("QT_FONT_DPI", "96");                                                                  \
        QCoreApplication::setAttribute(Qt::AA_Use96Dpi);                                              \
        QApplication app(argc, argv);                                                                  \
        TestClass test;                                                                                \
        return QTest::qExec(&test, argc, argv);                                                        \
    }

namespace canvas_test {

// word count with a named, fields-grouped side stream and an explicit numTasks.
inline const char* const kWordCount = R"(
name: "wc"
spouts:
  - id: "sentences"
    className: "teacup.core.RandomSentenceSpout"
    parallelism: 1
bolts:
  - id: "split"
    className: "teacup.core.SplitSentence"
    parallelism: 2
  - id: "count"
    className: "org.example.WordCount"
    parallelism: 2
    numTasks: 4
  - id: "audit"
    className: "teacup::core::Audit"
    parallelism: 1
streams:
  - from: "sentences"
    to: "split"
    grouping:
      type: SHUFFLE
  - from: "split"
    to: "count"
    grouping:
      type: FIELDS
      args: ["word"]
  - from: "split"
    to: "audit"
    grouping:
      type: GLOBAL
      streamId: "errors"
)";

} // namespace canvas_test
