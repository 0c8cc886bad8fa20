// Test main for the live tests: offscreen platform unless one is set, fixed 96 DPI, then the
// Qt Test class. Keeps widget tests independent of the machine's display and scaling.
#pragma once

#include <QApplication>
#include <QTest>

#define TEACUP_STUDIO_TEST_MAIN(TestClass)                                                                             \
    int main(int argc, char** argv) {                                                                                  \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");                   \
        qputenv("QT_FONT_DPI", "96");                                                                                  \
        qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");                                                                     \
        QApplication app(argc, argv);                                                                                  \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
