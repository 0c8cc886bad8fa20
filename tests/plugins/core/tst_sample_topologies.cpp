// The sample topologies against the core pack, before any engine runs them: every
// className is registered with the right kind, its factory accepts the YAML's arguments,
// and every FIELDS grouping names fields its source declares.
#include <QTest>

#include <yaml-cpp/yaml.h>

#include "core_components.h"
#include "fake_harness.h"
#include "recording_registrar.h"

using namespace teacup;
using namespace teacup::testing;

namespace {

// YAML 1.1-ish scalar typing, as Flux's SnakeYAML reads these files; quoted stays a string.
Value toValue(const YAML::Node& node) {
    if (node.IsSequence()) {
        ValueList list;
        for (const auto& item : node) list.push_back(toValue(item));
        return Value(std::move(list));
    }
    if (node.IsMap()) {
        ValueMap map;
        for (const auto& item : node) map.emplace(item.first.as<std::string>(), toValue(item.second));
        return Value(std::move(map));
    }
    if (!node.IsScalar()) return Value();
    const std::string text = node.Scalar();
    if (node.Tag() == "!") return Value(text);
    if (text == "true" || text == "false") return Value(text == "true");
    try {
        std::size_t used = 0;
        const long long i = std::stoll(text, &used);
        if (used == text.size()) return Value::integer(i);
        const double d = std::stod(text, &used);
        if (used == text.size()) return Value(d);
    } catch (const std::exception&) {
    }
    return Value(text);
}

ComponentArgs argsOf(const YAML::Node& def) {
    auto args = makeArgs(def["className"].as<std::string>());
    if (def["id"]) args.componentId = def["id"].as<std::string>();
    for (const auto& a : def["constructorArgs"]) args.constructorArgs.push_back(toValue(a));
    for (const auto& p : def["properties"]) args.properties.emplace_back(p["name"].as<std::string>(), toValue(p["value"]));
    return args;
}

// Builds the component and returns its default-stream fields (empty when none declared).
std::optional<std::vector<std::string>> build(const Registration& r, const ComponentArgs& args) {
    FakeDeclarer declarer;
    if (r.kind == RegisteredKind::Spout) {
        auto c = r.spout(args);
        if (!c) return std::nullopt;
        c->declareOutputFields(declarer);
    } else if (r.kind == RegisteredKind::Bolt) {
        auto c = r.bolt(args);
        if (!c) return std::nullopt;
        c->declareOutputFields(declarer);
    } else if (r.kind == RegisteredKind::BasicBolt) {
        auto c = r.basicBolt(args);
        if (!c) return std::nullopt;
        c->declareOutputFields(declarer);
    } else {
        return std::nullopt;
    }
    for (const auto& s : declarer.streams)
        if (s.id == kDefaultStream) return s.fields.names();
    return std::vector<std::string>{};
}

} // namespace

class TestSampleTopologies : public QObject {
    Q_OBJECT
private:
    RecordingRegistrar m_registrar;

private Q_SLOTS:
    void initTestCase() { core::registerCoreComponents(m_registrar); }

    void sampleBuildsWithTheCorePack_data() {
        QTest::addColumn<QString>("file");
        // The samples built from this pack only (other packs' samples have their own tests).
        for (const char* name : {"word_count.yaml", "click_count.yaml", "reliability_demo.yaml",
                                 "storm_examples/simple_wordcount.yaml", "storm_examples/custom_grouping.yaml"})
            QTest::newRow(name) << QStringLiteral(TEACUP_SOURCE_DIR "/sample_topologies/") + QString(name);
    }
    void sampleBuildsWithTheCorePack() {
        QFETCH(QString, file);
        const YAML::Node root = YAML::LoadFile(file.toStdString());
        std::map<std::string, std::vector<std::string>> outputs;
        for (const char* section : {"spouts", "bolts"}) {
            for (const auto& def : root[section]) {
                const auto args = argsOf(def);
                auto it = m_registrar.classes.find(args.className);
                QVERIFY2(it != m_registrar.classes.end(), args.className.c_str());
                const bool isSpout = std::string(section) == "spouts";
                QCOMPARE(it->second.kind == RegisteredKind::Spout, isSpout);
                const auto fields = build(it->second, args);
                QVERIFY2(fields, (args.componentId + ": " + args.error()).c_str());
                outputs[args.componentId] = *fields;
            }
        }
        for (const auto& stream : root["streams"]) {
            const auto from = stream["from"].as<std::string>();
            QVERIFY2(outputs.count(from) && outputs.count(stream["to"].as<std::string>()), from.c_str());
            const auto grouping = stream["grouping"];
            const auto type = grouping["type"].as<std::string>();
            if (type == "FIELDS") {
                for (const auto& f : grouping["args"]) {
                    const auto& declared = outputs[from];
                    QVERIFY2(std::find(declared.begin(), declared.end(), f.as<std::string>()) != declared.end(),
                             (from + " does not declare " + f.as<std::string>()).c_str());
                }
            } else if (type == "CUSTOM") {
                const auto args = argsOf(grouping["customClass"]);
                auto it = m_registrar.classes.find(args.className);
                QVERIFY2(it != m_registrar.classes.end() && it->second.kind == RegisteredKind::Grouping,
                         args.className.c_str());
                QVERIFY2(it->second.grouping(args), args.error().c_str());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleTopologies)
#include "tst_sample_topologies.moc"
