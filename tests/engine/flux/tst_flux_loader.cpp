// Reading Flux YAML into the model: every key Flux accepts, 1-based positions, bean
// property coercion as SnakeYAML does it, and the shape errors the loader reports itself.
#include <QTest>

#include <teacup/flux/flux.h>

#include "flux_test_util.h"

using namespace teacup;
using teacup::test::describe;
using teacup::test::findDiagnostic;
using teacup::test::q;

namespace {

const char* kEveryKey = R"(name: every-key
config:
  topology.workers: 2
  topology.debug: true
components:
  - id: window
    className: teacup.core.Window
    factory: ofSeconds
    factoryArgs: [10]
spouts:
  - id: sentences
    className: teacup.core.RandomSentenceSpout
    constructorArgs: [100, "fast"]
    properties:
      - name: seed
        value: 42
      - name: window
        ref: window
    configMethods:
      - name: withLimit
        args: [5]
      - name: reset
    parallelism: 2
    numTasks: 4
    config: {topology.max.spout.pending: 10}
    onHeapMemoryLoad: 128
    offHeapMemoryLoad: 0
    cpuLoad: 50
bolts:
  - id: split
    className: teacup.core.SplitSentence
    parallelism: 3
streams:
  - name: sentences-to-split
    from: sentences
    to: split
    grouping:
      type: FIELDS
      streamId: default
      args: [sentence]
  - from: split
    to: split2
    grouping:
      type: CUSTOM
      customClass:
        className: org.apache.storm.testing.NGrouping
        constructorArgs: [1]
)";

model::TopologySpec loadOk(const std::string& yaml) {
    auto r = flux::loadText(yaml, "t.yaml");
    if (!r.ok()) qWarning().noquote() << describe(r.diagnostics);
    return r.spec.value_or(model::TopologySpec{});
}

} // namespace

class FluxLoaderTest : public QObject {
    Q_OBJECT

private slots:
    void readsEveryKeyFluxAccepts() {
        auto r = flux::loadText(kEveryKey, "t.yaml");
        QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
        QVERIFY2(r.diagnostics.empty(), qPrintable(describe(r.diagnostics)));
        const auto& spec = *r.spec;
        QCOMPARE(q(spec.name), QStringLiteral("every-key"));
        QCOMPARE(q(spec.sourceFile), QStringLiteral("t.yaml"));
        QCOMPARE(spec.config.at("topology.workers"), Value(2));
        QCOMPARE(spec.config.at("topology.debug"), Value(true));

        QCOMPARE(spec.components.size(), std::size_t{1});
        QCOMPARE(q(spec.components[0].object.factory), QStringLiteral("ofSeconds"));
        QCOMPARE(spec.components[0].object.factoryArgs, (ValueList{Value(10)}));

        const auto& spout = spec.spouts.at(0);
        QVERIFY(spout.kind == model::ComponentKind::Spout);
        QCOMPARE(spout.object.constructorArgs, (ValueList{Value(100), Value("fast")}));
        QCOMPARE(spout.object.properties.size(), std::size_t{2});
        QCOMPARE(spout.object.properties[0].second, Value(42));
        QCOMPARE(spout.object.properties[1].second, Value(ValueMap{{"ref", Value("window")}}));
        QCOMPARE(spout.object.configMethods.size(), std::size_t{2});
        QCOMPARE(q(spout.object.configMethods[0].name), QStringLiteral("withLimit"));
        QCOMPARE(spout.object.configMethods[0].args, (ValueList{Value(5)}));
        QVERIFY(spout.object.configMethods[1].args.empty());
        QCOMPARE(spout.parallelism, 2);
        QCOMPARE(spout.numTasks, std::optional<int>(4));
        QCOMPARE(spout.config.at("topology.max.spout.pending"), Value(10));

        QCOMPARE(spec.bolts.at(0).parallelism, 3);
        QVERIFY(!spec.bolts.at(0).numTasks.has_value());

        const auto& s0 = spec.streams.at(0);
        QCOMPARE(q(s0.name), QStringLiteral("sentences-to-split"));
        QVERIFY(s0.grouping.type == GroupingType::Fields);
        QCOMPARE(s0.grouping.fields, (std::vector<std::string>{"sentence"}));
        const auto& s1 = spec.streams.at(1);
        QVERIFY(s1.grouping.type == GroupingType::Custom);
        QVERIFY(s1.grouping.customClass.has_value());
        QCOMPARE(q(s1.grouping.customClass->className), QStringLiteral("org.apache.storm.testing.NGrouping"));
        QCOMPARE(s1.grouping.customClass->constructorArgs, (ValueList{Value(1)}));
        QCOMPARE(q(s1.grouping.streamId), QStringLiteral("default"));
    }

    void positionsAreOneBasedAndPointAtValues() {
        auto spec = loadOk(kEveryKey);
        QCOMPARE(spec.nameLocation.line, 1);
        QCOMPARE(spec.nameLocation.column, 7);
        QCOMPARE(q(spec.configLocations.at(0).first), QStringLiteral("topology.workers"));
        QCOMPARE(spec.configLocations.at(0).second.line, 3);
        QCOMPARE(spec.configLocations.at(0).second.column, 21);
        const auto& spout = spec.spouts.at(0);
        QCOMPARE(q(spout.location.file), QStringLiteral("t.yaml"));
        QCOMPARE(spout.location.line, 11);
        QCOMPARE(spout.location.column, 9);
        QCOMPARE(spout.object.location.line, 12);
        QCOMPARE(spout.object.location.column, 16);
        QCOMPARE(spout.parallelismLocation.line, 23);
        QCOMPARE(spout.parallelismLocation.column, 18);
        const auto& s0 = spec.streams.at(0);
        QCOMPARE(s0.location.line, 34);
        QCOMPARE(s0.location.column, 5);
        QCOMPARE(s0.fromLocation.line, 35);
        QCOMPARE(s0.fromLocation.column, 11);
        QCOMPARE(s0.toLocation.line, 36);
        QCOMPARE(s0.grouping.location.line, 38);
        QCOMPARE(s0.grouping.location.column, 13);
        QCOMPARE(s0.grouping.fieldsLocation.line, 40);
        QCOMPARE(s0.grouping.fieldsLocation.column, 13);
    }

    void beanPropertiesAreCoercedLikeSnakeYaml() {
        auto spec = loadOk(R"(name: 42
spouts:
  - id: 7
    className: teacup.core.RandomSentenceSpout
    parallelism: "2"
    numTasks: 0x10
bolts:
  - id: b
    className: teacup.core.Printer
    parallelism: 1:30
streams:
  - from: 7
    to: b
    grouping: {type: FIELDS, streamId: 5, args: [1, true, word]}
)");
        QCOMPARE(q(spec.name), QStringLiteral("42"));
        QCOMPARE(q(spec.spouts.at(0).id), QStringLiteral("7"));
        QCOMPARE(spec.spouts.at(0).parallelism, 2);
        QCOMPARE(spec.spouts.at(0).numTasks, std::optional<int>(16));
        QCOMPARE(spec.bolts.at(0).parallelism, 90);
        QCOMPARE(q(spec.streams.at(0).grouping.streamId), QStringLiteral("5"));
        QCOMPARE(spec.streams.at(0).grouping.fields, (std::vector<std::string>{"1", "true", "word"}));
    }

    void shapeErrorsAreReported_data() {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");
        const QString bolt = "bolts:\n  - id: b\n    className: teacup.core.Printer\n";
        QTest::newRow("parallelism 2.0") << bolt + "    parallelism: 2.0\n"
                                         << 4 << 18 << "parallelism of bolt 'b' must be a whole number"
                                         << "";
        QTest::newRow("parallelism yes") << bolt + "    parallelism: yes\n"
                                         << 4 << 18 << "must be a whole number"
                                         << "";
        QTest::newRow("misspelt parallelism") << bolt + "    parralelism: 2\n"
                                              << 4 << 5 << "unknown key 'parralelism' in bolt 'b'"
                                              << "did you mean 'parallelism'?";
        QTest::newRow("comment key on stream")
            << "streams:\n  - from: a\n    to: b\n    comment: x\n    grouping: {type: SHUFFLE}\n"
            << 4 << 5 << "unknown key 'comment' in stream a -> b"
            << "allowed keys: name, from, to, grouping";
        QTest::newRow("misspelt top level") << "nmae: x\n"
                                            << 1 << 1 << "unknown key 'nmae' in the topology file"
                                            << "did you mean 'name'?";
        QTest::newRow("misspelt grouping key") << "streams:\n  - from: a\n    to: b\n    grouping: {tpye: SHUFFLE}\n"
                                               << 4 << 16 << "unknown key 'tpye' in grouping"
                                               << "did you mean 'type'?";
        QTest::newRow("lower case grouping")
            << "streams:\n  - from: a\n    to: b\n    grouping: {type: fields, args: [w]}\n"
            << 4 << 22 << "unknown grouping type 'fields'"
            << "grouping types are upper case: FIELDS";
        QTest::newRow("misspelt grouping") << "streams:\n  - from: a\n    to: b\n    grouping: {type: FEILDS}\n"
                                           << 4 << 22 << "unknown grouping type 'FEILDS'"
                                           << "did you mean 'FIELDS'?";
        QTest::newRow("no grouping") << "streams:\n  - from: a\n    to: b\n"
                                     << 2 << 5 << "stream a -> b has no grouping"
                                     << "NullPointerException";
        QTest::newRow("no grouping type") << "streams:\n  - from: a\n    to: b\n    grouping: {streamId: s}\n"
                                          << 4 << 15 << "has no type"
                                          << "";
        QTest::newRow("bare scalar args")
            << "streams:\n  - from: a\n    to: b\n    grouping:\n      type: FIELDS\n      args: word\n"
            << 6 << 13 << "grouping args of stream a -> b must be a list"
            << "write a list: [word]";
        QTest::newRow("bare constructorArgs") << bolt + "    constructorArgs: 5\n"
                                              << 4 << 22 << "constructorArgs of bolt 'b' must be a list"
                                              << "";
        QTest::newRow("property with value and ref") << bolt + "    properties:\n      - {name: p, value: 1, ref: x}\n"
                                                     << 5 << 29 << "sets both value and ref"
                                                     << "";
        QTest::newRow("topologySource") << "topologySource:\n  className: x.Y\n"
                                        << 1 << 1 << "topologySource is not supported"
                                        << "";
        QTest::newRow("spouts not a list") << "spouts: {id: a}\n"
                                           << 1 << 9 << "spouts must be a list"
                                           << "";
        QTest::newRow("config not a map") << "config: [1]\n"
                                          << 1 << 9 << "config must be a map"
                                          << "";
        QTest::newRow("syntax error") << "name: x\nspouts:\n  - id: a\n   className: b\n"
                                      << 4 << 4 << "YAML syntax error"
                                      << "";
        QTest::newRow("second document") << "name: x\n---\nname: y\n"
                                         << 2 << 1 << "more than one YAML document"
                                         << "";
        QTest::newRow("empty file") << "# nothing here\n"
                                    << 1 << 1 << "empty topology file"
                                    << "";
        QTest::newRow("empty document") << "---\n"
                                        << 1 << 1 << "empty topology file"
                                        << "";
        QTest::newRow("top level list") << "- a\n- b\n"
                                        << 1 << 1 << "must be a map of keys"
                                        << "";
        QTest::newRow("self-referencing alias") << "config:\n  a: &x [*x]\n"
                                                << 2 << 6 << "nest deeper than"
                                                << "";
        QTest::newRow("bad int tag") << "config:\n  a: !!int abc\n"
                                     << 2 << 6 << "'abc' is not an integer"
                                     << "";
    }

    void shapeErrorsAreReported() {
        QFETCH(QString, yaml);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        auto r = flux::loadText(yaml.toStdString(), "t.yaml");
        QVERIFY(!r.ok());
        const Diagnostic* d = findDiagnostic(r.diagnostics, Severity::Error, message.toStdString());
        QVERIFY2(d, qPrintable(describe(r.diagnostics)));
        QCOMPARE(d->location.line, line);
        QCOMPARE(d->location.column, column);
        QCOMPARE(q(d->location.file), QStringLiteral("t.yaml"));
        QVERIFY2(d->hint.find(hint.toStdString()) != std::string::npos, qPrintable(q(d->format())));
    }

    void workerHooksAreAcceptedWithAWarning() {
        auto r = flux::loadText("name: x\nworkerHooks:\n  - id: h\n    className: a.B\n", "t.yaml");
        QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
        QVERIFY(findDiagnostic(r.diagnostics, Severity::Warning, "workerHooks are ignored by Teacup", 2, 1));
    }

    void partialKeyIsAcceptedAsTeacupsAddition() {
        auto spec = loadOk("streams:\n  - from: a\n    to: b\n    grouping: {type: PARTIAL_KEY, args: [k]}\n");
        QVERIFY(spec.streams.at(0).grouping.type == GroupingType::PartialKey);
    }

    void repeatedKeysKeepTheLastValueWithAWarning() {
        auto r = flux::loadText("bolts:\n  - id: b\n    parallelism: 2\n    parallelism: 3\n", "t.yaml");
        QVERIFY(r.ok());
        QCOMPARE(r.spec->bolts.at(0).parallelism, 3);
        QVERIFY(findDiagnostic(r.diagnostics, Severity::Warning, "given twice", 4, 5));
    }

    void mergeKeysAndAliasesWork() {
        auto spec = loadOk(R"(bolts:
  - &base
    id: a
    className: teacup.core.Printer
    parallelism: 4
  - <<: *base
    id: b
)");
        QCOMPARE(spec.bolts.size(), std::size_t{2});
        QCOMPARE(q(spec.bolts[1].id), QStringLiteral("b"));
        QCOMPARE(q(spec.bolts[1].object.className), QStringLiteral("teacup.core.Printer"));
        QCOMPARE(spec.bolts[1].parallelism, 4);
    }

    void flowSequenceOfSinglePairMapsReadsAsRefs() {
        auto spec = loadOk(R"(bolts:
  - id: w
    className: teacup.core.Printer
    configMethods:
      - name: withWindow
        args: [ref: "windowLength", ref: "slidingInterval"]
)");
        const auto& args = spec.bolts.at(0).object.configMethods.at(0).args;
        QCOMPARE(args, (ValueList{Value(ValueMap{{"ref", Value("windowLength")}}),
                                  Value(ValueMap{{"ref", Value("slidingInterval")}})}));
    }

    void shellComponentsKeepNestedListArguments() {
        auto spec = loadOk(R"(bolts:
  - id: "router"
    className: "org.apache.storm.flux.wrappers.bolts.FluxShellBolt"
    constructorArgs:
      - ["python3", "router.py"]
    configMethods:
      - name: "setNamedStream"
        args: ["errors", ["word", "reason"]]
      - name: "addComponentConfig"
        args: ["publisher.data_paths", ["actions"]]
)");
        const auto& obj = spec.bolts.at(0).object;
        QCOMPARE(obj.constructorArgs, (ValueList{Value(ValueList{Value("python3"), Value("router.py")})}));
        QCOMPARE(obj.configMethods.at(0).args,
                 (ValueList{Value("errors"), Value(ValueList{Value("word"), Value("reason")})}));
    }

    void aliasBombIsStoppedWithAnError() {
        std::string yaml = "config:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 9; ++i) {
            yaml += "  a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
            for (int j = 0; j < 10; ++j) yaml += (j ? ", *a" : "*a") + std::to_string(i - 1);
            yaml += "]\n";
        }
        auto r = flux::loadText(yaml, "bomb.yaml");
        QVERIFY(findDiagnostic(r.diagnostics, Severity::Error, "expands to more than"));
    }

    void missingFileIsAnErrorNamingThePath() {
        auto r = flux::loadFile("/nonexistent/topology.yaml");
        QVERIFY(!r.ok());
        QVERIFY(!r.spec);
        QVERIFY(findDiagnostic(r.diagnostics, Severity::Error, "/nonexistent/topology.yaml"));
    }
};

QTEST_APPLESS_MAIN(FluxLoaderTest)
#include "tst_flux_loader.moc"
