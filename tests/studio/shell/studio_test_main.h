// Test main for the shell's widget tests: the offscreen platform unless one is set, a fixed
// DPI so sizes do not depend on the machine, and the plugin registry from TEACUP_PLUGIN_PATH.
#pragma once

#include <memory>

#include <QApplication>
#include <QtTest>

#include <teacup/plugin/registry.h>

namespace teacup::studio::test {

inline std::shared_ptr<plugin::Registry> loadRegistry() {
    auto registry = std::make_shared<plugin::Registry>();
    (void)registry->loadDirectories(plugin::pluginSearchPath());
    return registry;
}

} // namespace teacup::studio::test

#define TEACUP_STUDIO_TEST_MAIN(TestClass)                                   \
    int main(int argc, char** argv) {                                        \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                  \
            qputenv("QT_QPA_PLATFORM", "offscreen");                         \
        qputenv("QT_FONT_DPI", "96");                                        \
        qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");                           \
        QCoreApplication::setAttribute(Qt::AA_Use96Dpi, true);               \
        QApplication app(argc, argv);                                        \
        TestClass test;                                                      \
        return QTest::qExec(&test, argc, argv);                              \
    }
