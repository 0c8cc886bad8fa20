// writeYaml round trip: load -> write -> load gives the same model (locations aside) for
// word count, shell (multilang) topologies, refs and factories, every grouping and values
// that YAML 1.1 would misread unless quoted.
#include <QTest>

#include <teacup/flux/flux.h>
#include <teacup/flux/spec_compare.h>

#include "flux_test_util.h"

using namespace teacup;
using teacup::test::describe;
using teacup::test::q;

namespace {

const char* kWordCount = R"(name: word-count
config:
  topology.workers: 2
  topology.max.spout.pending: 100
  topology.message.timeout.secs: 30
  topology.debug: false
spouts:
  - id: sentences
    className: teacup.core.RandomSentenceSpout
    parallelism: 1
bolts:
  - id: split
    className: teacup.core.SplitSentence
    parallelism: 4
  - id: count
    className: teacup.core.WordCount
    parallelism: 8
    numTasks: 16
streams:
  - from: sentences
    to: split
    grouping:
      type: SHUFFLE
  - from: split
    to: count
    grouping:
      type: FIELDS
      args: [word]
)";

const char* kShell = R"(name: shell-topology
config:
  topology.workers: 1
spouts:
  - id: "sentence-spout"
    className: "org.apache.storm.flux.wrappers.spouts.FluxShellSpout"
    constructorArgs:
      - ["node", "randomsentence.js"]
      - ["word"]
    parallelism: 1
bolts:
  - id: "splitsentence"
    className: "org.apache.storm.flux.wrappers.bolts.FluxShellBolt"
    constructorArgs:
      - ["python3", "splitsentence.py", "8080"]
    configMethods:
      - name: "setDefaultStream"
        args:
          - ["word"]
      - name: "setNamedStream"
        args: ["errors", ["word", "reason"]]
      - name: "addComponentConfig"
        args: ["rabbitmq.configfile", "etc/rabbit.yml"]
      - name: "addComponentConfig"
        args: ["publisher.data_paths", ["actions"]]
      - name: "setEnv"
        args: [{PYTHONPATH: "lib", DEBUG: "yes"}]
      - name: "changeChildCWD"
        args: [false]
    parallelism: 1
  - id: "log"
    className: "org.apache.storm.flux.wrappers.bolts.LogInfoBolt"
streams:
  - name: "spout --> split"
    from: "sentence-spout"
    to: "splitsentence"
    grouping:
      type: SHUFFLE
  - from: "splitsentence"
    to: "log"
    grouping:
      type: SHUFFLE
      streamId: "errors"
)";

const char* kRefs = R"(name: kafka-like
components:
  - id: "translator"
    className: "teacup.kafka.OnlyValueTranslator"
  - id: "builder"
    className: "teacup.kafka.SpoutConfigBuilder"
    constructorArgs:
      - "localhost:9092"
      - ["myKafkaTopic"]
    properties:
      - name: "firstPollOffsetStrategy"
        value: EARLIEST
      - name: "recordTranslator"
        ref: "translator"
    configMethods:
      - name: "setProp"
        args:
          - {key.deserializer: "org.apache.kafka.common.serialization.StringDeserializer"}
  - id: "duration"
    className: "java.time.Duration"
    factory: "ofHours"
    factoryArgs: [10]
  - id: windowLength
    className: teacup.core.Count
    constructorArgs: [5]
spouts:
  - id: kafka
    className: teacup.kafka.KafkaSpout
    constructorArgs:
      - ref: builder
      - reflist: [translator, duration]
bolts:
  - id: window
    className: teacup.core.SlidingWindow
    configMethods:
      - name: withWindow
        args: [ref: "windowLength", ref: "duration"]
      - name: noArgs
streams:
  - from: kafka
    to: window
    grouping: {type: LOCAL_OR_SHUFFLE}
)";

const char* kEveryGrouping = R"(name: groupings
spouts:
  - id: s
    className: teacup.core.EventSpout
    parallelism: 2
    config: {topology.max.spout.pending: 5, custom.key: "x"}
bolts:
  - {id: b1, className: teacup.core.Printer}
  - {id: b2, className: teacup.core.Printer, parallelism: 3, numTasks: 0}
streams:
  - {from: s, to: b1, grouping: {type: SHUFFLE}}
  - {from: s, to: b1, grouping: {type: FIELDS, streamId: errors, args: [id, reason]}}
  - {from: s, to: b1, grouping: {type: ALL, streamId: "5"}}
  - {from: s, to: b2, grouping: {type: GLOBAL}}
  - {from: s, to: b2, grouping: {type: NONE}}
  - {from: s, to: b2, grouping: {type: DIRECT, streamId: direct}}
  - {from: s, to: b2, grouping: {type: LOCAL_OR_SHUFFLE}}
  - {from: s, to: b2, grouping: {type: PARTIAL_KEY, args: [id]}}
  - from: s
    to: b2
    grouping:
      type: CUSTOM
      customClass:
        className: org.apache.storm.testing.NGrouping
        constructorArgs: [1]
        properties: [{name: p, value: 2}]
)";

const char* kTrickyScalars = R"(name: "1:30"
config:
  strings: ["yes", "no", "on", "Off", "TRUE", "010", "0x1F", "1e3", "~", "null", "", "1:30", "2001-12-14",
            "123", "-1", ".5", "+1", "1_000", ".inf", ".NaN", "<<", "08", "1.", "a: b", "#x", "- x", "[x]", "{x}",
            "multi\nline", " padded ", "tab\there", "é ünïcödé", "${not.a.placeholder"]
  "yes": key that reads as a boolean
  "010": key that reads as a number
  real: [true, false, ~, 0, -5, 2147483648, -9223372036854775808, 1000.0, 0.1, -0.0,
         1.0e+300, 5.0e-324, .inf, -.inf, .nan]
  nested: {a: {b: [1, [2, [3]]], c: {}}, d: []}
  binary: !!binary aGVsbG8gd29ybGQ=
spouts:
  - id: "010"
    className: teacup.core.RandomSentenceSpout
    constructorArgs: ["yes", yes, "", ~]
    parallelism: 1
)";

} // namespace

class FluxRoundTripTest : public QObject {
    Q_OBJECT

private slots:
    void loadWriteLoadGivesTheSameModel_data() {
        QTest::addColumn<QString>("yaml");
        QTest::newRow("word count") << kWordCount;
        QTest::newRow("shell components") << kShell;
        QTest::newRow("refs, properties and factories") << kRefs;
        QTest::newRow("every grouping") << kEveryGrouping;
        QTest::newRow("tricky scalars") << kTrickyScalars;
    }

    void loadWriteLoadGivesTheSameModel() {
        QFETCH(QString, yaml);
        auto first = flux::loadText(yaml.toStdString(), "original.yaml");
        QVERIFY2(first.ok(), qPrintable(describe(first.diagnostics)));
        const std::string written = flux::writeYaml(*first.spec);
        auto second = flux::loadText(written, "written.yaml");
        QVERIFY2(second.ok(), qPrintable(describe(second.diagnostics) + "\n" + q(written)));
        QVERIFY2(second.diagnostics.empty(), qPrintable(describe(second.diagnostics) + "\n" + q(written)));
        auto differences = flux::specDifferences(*first.spec, *second.spec);
        QString report;
        for (const auto& d : differences) report += q(d) + '\n';
        QVERIFY2(differences.empty(), qPrintable(report + "\n" + q(written)));
        // Writing is stable: the second model writes the same text.
        QCOMPARE(q(flux::writeYaml(*second.spec)), q(written));
    }

    void writerQuotesStringsThatYaml11WouldMisread() {
        auto r = flux::loadText(kTrickyScalars, "t.yaml");
        QVERIFY(r.ok());
        const QString written = q(flux::writeYaml(*r.spec));
        for (const char* quoted : {"\"yes\"", "\"010\"", "\"1e3\"", "\"~\"", "\"1:30\"", "\"2001-12-14\"", "\"\""})
            QVERIFY2(written.contains(QString::fromUtf8(quoted)), quoted);
    }

    void writerUsesFluxKeyOrderAndOmitsDefaults() {
        auto r = flux::loadText(kEveryGrouping, "t.yaml");
        QVERIFY(r.ok());
        const QString written = q(flux::writeYaml(*r.spec));
        const QStringList order{"name:", "spouts:", "bolts:", "streams:"};
        qsizetype last = -1;
        for (const auto& key : order) {
            qsizetype at = written.indexOf("\n" + key);
            if (key == "name:") at = written.startsWith(key) ? 0 : -1;
            QVERIFY2(at > last, qPrintable(key + "\n" + written));
            last = at;
        }
        QVERIFY(!written.contains("streamId: default"));
        QVERIFY(written.contains("parallelism: 1")); // parallelism is always written
        QVERIFY(!written.contains("includes:"));
        QVERIFY(written.contains("args: [id, reason]"));
    }

    void modelBuiltInCodeRoundTrips() {
        model::TopologySpec spec;
        spec.name = "built";
        spec.config["topology.workers"] = Value(3);
        model::ComponentDef spout;
        spout.id = "s";
        spout.kind = model::ComponentKind::Spout;
        spout.object.className = "teacup.core.RandomSentenceSpout";
        spout.object.constructorArgs = {Value(ValueList{Value("python3"), Value("s.py")}), Value("on")};
        spec.spouts.push_back(spout);
        model::ComponentDef bolt;
        bolt.id = "b";
        bolt.object.className = "teacup.core.Printer";
        bolt.parallelism = 2;
        bolt.object.configMethods.push_back({"addComponentConfig", {Value("k"), Value(ValueList{Value(1.5)})}});
        spec.bolts.push_back(bolt);
        model::StreamDef stream;
        stream.from = "s";
        stream.to = "b";
        stream.grouping.type = GroupingType::Fields;
        stream.grouping.fields = {"sentence"};
        spec.streams.push_back(stream);

        auto r = flux::loadText(flux::writeYaml(spec), "written.yaml");
        QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
        auto differences = flux::specDifferences(spec, *r.spec);
        QVERIFY2(differences.empty(), differences.empty() ? "" : differences.front().c_str());
    }

    void differencesNameTheField() {
        auto a = flux::loadText(kWordCount, "a.yaml");
        auto b = a;
        b.spec->bolts[1].parallelism = 9;
        b.spec->config["topology.workers"] = Value(2LL); // Long, not Int
        auto differences = flux::specDifferences(*a.spec, *b.spec);
        QCOMPARE(differences.size(), std::size_t{2});
        QVERIFY(q(differences[0]).startsWith("config:"));
        QCOMPARE(q(differences[1]), QStringLiteral("bolts[1].parallelism: 8 != 9"));
    }
};

QTEST_APPLESS_MAIN(FluxRoundTripTest)
#include "tst_flux_round_trip.moc"
