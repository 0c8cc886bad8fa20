// The built libteacup-core.so as the engine sees it: dlopen, the SDK version, the pack
// name, every className registered, and a FailedException crossing the plugin boundary.
#include <QTest>

#include <dlfcn.h>

#include "recording_registrar.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

// One RAII owner for the dlopen handle, closed after everything built from the plugin.
class PluginHandle {
public:
    explicit PluginHandle(const char* path) : m_handle(dlopen(path, RTLD_NOW | RTLD_LOCAL)) {}
    ~PluginHandle() {
        if (m_handle) dlclose(m_handle);
    }
    PluginHandle(const PluginHandle&) = delete;
    PluginHandle& operator=(const PluginHandle&) = delete;

    bool loaded() const { return m_handle != nullptr; }
    template <typename F> F symbol(const char* name) const { return reinterpret_cast<F>(dlsym(m_handle, name)); }

private:
    void* m_handle;
};

// Just enough of a tuple for a BasicBolt that reads values.
Tuple tupleOf(Values values) {
    static const std::string source = "spout";
    auto* body = new TupleBody;
    body->values = std::move(values);
    body->fields = std::make_shared<const Fields>(Fields{"sentence"});
    body->sourceComponent = &source;
    body->sourceStream = &kDefaultStream;
    return Tuple(body);
}

class CountingCollector : public BasicOutputCollector {
public:
    int emits = 0;
    std::span<const int> emit(const std::string&, Values) override {
        ++emits;
        return {};
    }
    void emitDirect(int, const std::string&, Values) override { ++emits; }
    void resetTimeout() override {}
    void reportError(const std::string&) override {}
};

} // namespace

class TestCorePluginLoading : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pluginReportsSdkVersionNameAndEveryClass() {
        PluginHandle plugin(TEACUP_CORE_PLUGIN_FILE);
        QVERIFY2(plugin.loaded(), dlerror());
        const auto version = plugin.symbol<int (*)()>("teacup_plugin_sdk_version");
        const auto name = plugin.symbol<const char* (*)()>("teacup_plugin_name");
        const auto registerAll = plugin.symbol<int (*)(PluginRegistrar*)>("teacup_plugin_register");
        QVERIFY(version && name && registerAll);
        QCOMPARE(version(), TEACUP_SDK_VERSION);
        QCOMPARE(std::string(name()), std::string("core"));

        RecordingRegistrar registrar;
        QCOMPARE(registerAll(&registrar), 0);
        QCOMPARE(registrar.names(), expectedCoreClassNames());
        QVERIFY(registrar.duplicates.empty());
    }

    void failedExceptionFromThePluginIsCaughtByTheHost() {
        PluginHandle plugin(TEACUP_CORE_PLUGIN_FILE);
        QVERIFY2(plugin.loaded(), dlerror());
        RecordingRegistrar registrar;
        QCOMPARE(plugin.symbol<int (*)(PluginRegistrar*)>("teacup_plugin_register")(&registrar), 0);
        {
            ComponentArgs args;
            args.className = "teacup.core.FailEveryNth";
            args.constructorArgs = {Value(2), Value(ValueList{Value("sentence")})};
            auto bolt = registrar.classes.at(args.className).basicBolt(args);
            QVERIFY2(bolt, args.error().c_str());
            CountingCollector collector;
            bolt->execute(tupleOf({Value("first")}), collector);
            QCOMPARE(collector.emits, 1);
            bool failed = false;
            try {
                bolt->execute(tupleOf({Value("second")}), collector);
            } catch (const FailedException&) {
                failed = true;
            }
            QVERIFY(failed);
        }
        registrar.classes.clear();  // factories hold plugin code: drop them before dlclose
    }
};

QTEST_GUILESS_MAIN(TestCorePluginLoading)
#include "tst_core_plugin_loading.moc"
