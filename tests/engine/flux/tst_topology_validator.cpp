// model::validateTopology against a fake catalog: each problem Teacup reports, where it is
// reported (line and the token it points at), its hint, and that all come back at once.
#include <QTest>

#include <teacup/flux/flux.h>
#include <teacup/model/catalog.h>

#include "fake_catalog.h"
#include "flux_test_util.h"

using namespace teacup;
using teacup::test::describe;
using teacup::test::findDiagnostic;
using teacup::test::q;

namespace {

Diagnostics validate(const std::string& yaml) {
    auto r = flux::loadText(yaml, "v.yaml");
    if (!r.spec || r.diagnostics.hasErrors()) qWarning().noquote() << "load failed:" << describe(r.diagnostics);
    return model::validateTopology(r.spec.value_or(model::TopologySpec{}), teacup::test::FakeCatalog{});
}

// Spout `s` (fields sentence), bolts `split` (word) and `count` (word, count), wired up.
QString wordCount(const QString& extraBolts = {}, const QString& extraStreams = {}) {
    return "name: wc\n"
           "spouts:\n"
           "  - {id: s, className: teacup.core.RandomSentenceSpout}\n"
           "bolts:\n"
           "  - {id: split, className: teacup.core.SplitSentence}\n"
           "  - {id: count, className: teacup.core.WordCount}\n" +
           extraBolts +
           "streams:\n"
           "  - {from: s, to: split, grouping: {type: SHUFFLE}}\n"
           "  - {from: split, to: count, grouping: {type: FIELDS, args: [word]}}\n" +
           extraStreams;
}

const QString kEvents = "name: ev\n"
                        "spouts:\n"
                        "  - {id: ev, className: teacup.core.EventSpout}\n"
                        "bolts:\n"
                        "  - {id: p, className: teacup.core.Printer}\n"
                        "streams:\n";

} // namespace

class TopologyValidatorTest : public QObject {
    Q_OBJECT

private slots:
    void validTopologiesHaveNoDiagnostics_data() {
        QTest::addColumn<QString>("yaml");
        QTest::newRow("word count") << wordCount();
        QTest::newRow("direct stream") << kEvents +
                                              "  - {from: ev, to: p, grouping: {type: DIRECT, streamId: direct}}\n";
        QTest::newRow("named stream fields")
            << kEvents + "  - {from: ev, to: p, grouping: {type: FIELDS, streamId: errors, args: [reason]}}\n";
        QTest::newRow("custom grouping") << wordCount(
            {}, "  - {from: s, to: count, grouping: {type: CUSTOM, customClass: {className: "
                "org.apache.storm.testing.NGrouping, constructorArgs: [1]}}}\n");
        QTest::newRow("whole double workers")
            << wordCount() + "config: {topology.workers: 1.0, topology.acker.executors: 0, topology.debug: true}\n";
        QTest::newRow("shell bolt streams")
            << kEvents + "  - {from: ev, to: sh, grouping: {type: SHUFFLE}}\n  - {from: sh, to: p, grouping: {type: "
                         "FIELDS, streamId: errors, args: [why]}}\n"
                         "bolts:\n  - {id: p, className: teacup.core.Printer}\n"
                         "  - id: sh\n    className: org.apache.storm.flux.wrappers.bolts.FluxShellBolt\n"
                         "    constructorArgs: [[python3, sh.py], [word]]\n"
                         "    configMethods:\n      - {name: setNamedStream, args: [errors, [word, why]]}\n";
    }

    void validTopologiesHaveNoDiagnostics() {
        QFETCH(QString, yaml);
        auto d = validate(yaml.toStdString());
        QVERIFY2(d.empty(), qPrintable(describe(d)));
    }

    void eachProblemIsReportedAtItsPlace_data() {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("token"); // the diagnostic's column is this token's on that line
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("hint");
        QString wc = wordCount();
        QTest::newRow("misspelt className")
            << QString(wc).replace("SplitSentence}", "SplitSentense}") << true << 5 << "teacup.core.SplitSentense"
            << "unknown className 'teacup.core.SplitSentense' in bolt 'split'"
            << "did you mean 'teacup.core.SplitSentence'?";
        QTest::newRow("bare class name") << QString(wc).replace("teacup.core.SplitSentence", "SplitSentence") << true
                                         << 5 << "SplitSentence"
                                         << "unknown className 'SplitSentence'"
                                         << "did you mean 'teacup.core.SplitSentence'?";
        QTest::newRow("Java-only class") << QString(wc).replace("teacup.core.WordCount",
                                                                "org.apache.storm.starter.bolt.WordCountBolt")
                                         << true << 6 << "org.apache"
                                         << "Java-only component: Teacup cannot run Java classes"
                                         << "use FluxShellSpout/FluxShellBolt or a teacup.* component";
        QTest::newRow("unknown teacup class")
            << QString(wc).replace("teacup.core.WordCount", "teacup.zzz.Qqqqqqqqq") << true << 6 << "teacup.zzz"
            << "unknown className 'teacup.zzz.Qqqqqqqqq'"
            << "teacup.<pack>.<Name>";
        QTest::newRow("spout class under bolts")
            << QString(wc).replace("teacup.core.WordCount", "teacup.core.EventSpout") << true << 6
            << "teacup.core.EventSpout"
            << "is a spout, but 'count' is listed under bolts"
            << "move 'count' under spouts";
        QTest::newRow("bolt class under spouts")
            << QString(wc).replace("teacup.core.RandomSentenceSpout", "teacup.core.Printer") << true << 3
            << "teacup.core.Printer"
            << "is a bolt, but 's' is listed under spouts"
            << "";
        QTest::newRow("grouping class as bolt")
            << QString(wc).replace("teacup.core.WordCount", "org.apache.storm.testing.NGrouping") << true << 6
            << "org.apache"
            << "is a custom grouping, not a bolt"
            << "customClass";
        QTest::newRow("refused arguments") << QString(wc).replace("teacup.core.WordCount", "teacup.test.Refusing")
                                           << true << 6 << "teacup.test.Refusing"
                                           << "refused its arguments: needs a 'threshold' constructor argument"
                                           << "";
        QTest::newRow("declare error") << QString(wc).replace("teacup.core.WordCount", "teacup.test.BadDeclarer")
                                       << true << 6 << "teacup.test.BadDeclarer"
                                       << "bolt 'count': declares stream 'out' twice"
                                       << "";
        QTest::newRow("unknown from") << QString(wc).replace("from: split", "from: spilt") << true << 9 << "spilt"
                                      << "unknown component 'spilt' in stream from"
                                      << "did you mean 'split'?";
        QTest::newRow("unknown to") << QString(wc).replace("to: count", "to: counter") << true << 9 << "counter"
                                    << "unknown component 'counter' in stream to"
                                    << "did you mean 'count'?";
        QTest::newRow("to is a spout") << wordCount({}, "  - {from: split, to: s, grouping: {type: SHUFFLE}}\n") << true
                                       << 10 << "s,"
                                       << "stream to 's' is a spout; spouts have no inputs"
                                       << "";
        QTest::newRow("undeclared stream")
            << QString(wc).replace("type: SHUFFLE", "type: SHUFFLE, streamId: lines") << true << 8 << "SHUFFLE"
            << "'s' does not declare stream 'lines'"
            << "'s' declares: default";
        QTest::newRow("undeclared field")
            << QString(wc).replace("args: [word]", "args: [wrod]") << true << 9 << "[wrod]"
            << "field 'wrod' is not declared by stream 'default' of 'split'"
            << "did you mean 'word'?";
        QTest::newRow("field of another stream")
            << kEvents + "  - {from: ev, to: p, grouping: {type: FIELDS, args: [reason]}}\n"
            << true << 7 << "[reason]"
            << "field 'reason' is not declared by stream 'default' of 'ev'"
            << "Storm (which checks all of a component's streams) would accept this";
        QTest::newRow("fields without args") << QString(wc).replace(", args: [word]", "") << true << 9 << "FIELDS"
                                             << "FIELDS grouping of stream split -> count needs args"
                                             << "add args";
        QTest::newRow("partial key without args")
            << QString(wc).replace("FIELDS, args: [word]", "PARTIAL_KEY") << true << 9 << "PARTIAL_KEY"
            << "PARTIAL_KEY grouping of stream split -> count needs args"
            << "";
        QTest::newRow("args for shuffle")
            << QString(wc).replace("type: SHUFFLE", "type: SHUFFLE, args: [sentence]") << false << 8 << "[sentence]"
            << "SHUFFLE grouping of stream s -> split takes no args"
            << "use FIELDS";
        QTest::newRow("custom without class")
            << wordCount({}, "  - {from: s, to: count, grouping: {type: CUSTOM}}\n") << true << 10 << "CUSTOM"
            << "has no customClass"
            << "";
        QTest::newRow("custom with a bolt class") << wordCount({}, "  - {from: s, to: count, grouping: {type: CUSTOM, "
                                                                   "customClass: {className: teacup.core.Printer}}}\n")
                                                  << true << 10 << "teacup.core.Printer"
                                                  << "is a bolt, not a custom grouping"
                                                  << "";
        QTest::newRow("custom with Java class") << wordCount({}, "  - {from: s, to: count, grouping: {type: CUSTOM, "
                                                                 "customClass: {className: com.acme.MyGrouping}}}\n")
                                                << true << 10 << "com.acme"
                                                << "Java-only component"
                                                << "";
        QTest::newRow("direct on a plain stream")
            << kEvents + "  - {from: ev, to: p, grouping: {type: DIRECT}}\n"
            << false << 7 << "DIRECT"
            << "DIRECT grouping on stream 'default' of 'ev', which it does not declare as direct"
            << "emitDirect";
        QTest::newRow("parallelism 0") << wordCount("  - {id: p, className: teacup.core.Printer, parallelism: 0}\n",
                                                    "  - {from: count, to: p, grouping: {type: SHUFFLE}}\n")
                                       << true << 7 << "0}"
                                       << "parallelism of bolt 'p' must be at least 1, got 0"
                                       << "";
        QTest::newRow("negative numTasks")
            << wordCount("  - {id: p, className: teacup.core.Printer, parallelism: 1, numTasks: -1}\n",
                         "  - {from: count, to: p, grouping: {type: SHUFFLE}}\n")
            << true << 7 << "1,"
            << "numTasks of bolt 'p' must be 0 or more"
            << "";
        QTest::newRow("numTasks below parallelism")
            << wordCount("  - {id: p, className: teacup.core.Printer, parallelism: 4, numTasks: 2}\n",
                         "  - {from: count, to: p, grouping: {type: SHUFFLE}}\n")
            << false << 7 << "4,"
            << "Storm runs only 2 executors"
            << "";
        QTest::newRow("duplicate id") << wordCount("  - {id: split, className: teacup.core.Printer}\n") << true << 7
                                      << "split"
                                      << "duplicate component id 'split' (first defined at v.yaml:5:"
                                      << "";
        QTest::newRow("duplicate with component")
            << "components:\n  - {id: s, className: teacup.core.Thing}\n" + wc << true << 5 << "s,"
            << "duplicate component id 's' (first defined at v.yaml:2:"
            << "";
        QTest::newRow("reserved id")
            << QString(wc).replace("id: count", "id: __count").replace("to: count", "to: __count") << true << 6
            << "__count"
            << "id '__count' is reserved"
            << "";
        QTest::newRow("reserved stream") << QString(wc).replace("type: SHUFFLE", "type: SHUFFLE, streamId: __tick")
                                         << true << 8 << "SHUFFLE"
                                         << "stream id '__tick' in stream s -> split is reserved"
                                         << "";
        QTest::newRow("cycle") << wordCount({}, "  - {from: count, to: split, grouping: {type: SHUFFLE}}\n") << true
                               << 10 << "{from: count"
                               << "cycle among bolts: split \u2192 count \u2192 split"
                               << "DAG";
        QTest::newRow("self loop") << wordCount({}, "  - {from: count, to: count, grouping: {type: SHUFFLE}}\n") << true
                                   << 10 << "{from"
                                   << "cycle among bolts: count \u2192 count"
                                   << "";
        QTest::newRow("bolt without input")
            << wordCount("  - {id: lonely, className: teacup.core.Printer}\n") << false << 7 << "lonely"
            << "bolt 'lonely' has no input stream; Flux drops a bolt with no input stream"
            << "add a stream with to: lonely";
        QTest::newRow("same subscription twice")
            << wordCount({}, "  - {from: s, to: split, grouping: {type: ALL}}\n") << false << 10 << "{from"
            << "is given twice; the later grouping replaces the earlier one"
            << "";
        QTest::newRow("name with a dot") << QString(wc).replace("name: wc", "name: word.count") << true << 1
                                         << "word.count"
                                         << "contains '.'; Storm rejects names with / . : or \\ at submit"
                                         << "";
        QTest::newRow("no name") << QString(wc).replace("name: wc\n", "") << true << 1 << "spouts"
                                 << "topology has no name"
                                 << "add name:";
        QTest::newRow("workers as a string") << wc + "config:\n  topology.workers: \"2\"\n"
                                             << true << 11 << "\"2\""
                                             << "topology.workers must be an integer, not the string '2'"
                                             << "without quotes";
        QTest::newRow("workers 0") << wc + "config:\n  topology.workers: 0\n"
                                   << true << 11 << "0"
                                   << "topology.workers must be at least 1, got 0"
                                   << "";
        QTest::newRow("negative ackers") << wc + "config:\n  topology.acker.executors: -1\n"
                                         << true << 11 << "-1"
                                         << "topology.acker.executors must be at least 0"
                                         << "";
        QTest::newRow("max spout pending 0") << wc + "config:\n  topology.max.spout.pending: 0\n"
                                             << true << 11 << "0"
                                             << "topology.max.spout.pending must be at least 1"
                                             << "";
        QTest::newRow("fractional timeout") << wc + "config:\n  topology.message.timeout.secs: 2.5\n"
                                            << true << 11 << "2.5"
                                            << "topology.message.timeout.secs must be an integer"
                                            << "";
        QTest::newRow("debug as a string") << wc + "config:\n  topology.debug: \"yes\"\n"
                                           << true << 11 << "\"yes\""
                                           << "topology.debug must be true or false"
                                           << "";
        QTest::newRow("timeouts flag as a number") << wc + "config:\n  topology.enable.message.timeouts: 1\n"
                                                   << true << 11 << "1"
                                                   << "topology.enable.message.timeouts must be true or false"
                                                   << "";
        QTest::newRow("component config Storm ignores")
            << QString(wc).replace("className: teacup.core.WordCount}",
                                   "className: teacup.core.WordCount, config: {topology.message.timeout.secs: 5}}")
            << false << 6 << "count"
            << "'topology.message.timeout.secs' in the config of bolt 'count' is ignored"
            << "";
        QTest::newRow("unknown ref") << QString(wc).replace(
                                            "className: teacup.core.WordCount}",
                                            "className: teacup.core.WordCount, constructorArgs: [ref: nothing]}")
                                     << false << 6 << "teacup.core.WordCount"
                                     << "refers to 'nothing', which is not under components"
                                     << "";
        QTest::newRow("stream from a bean")
            << "components:\n  - {id: cfg, className: teacup.core.Thing}\n" +
                   wordCount({}, "  - {from: cfg, to: count, grouping: {type: SHUFFLE}}\n")
            << true << 12 << "cfg"
            << "unknown component 'cfg' in stream from"
            << "'cfg' is under components";
    }

    void eachProblemIsReportedAtItsPlace() {
        QFETCH(QString, yaml);
        QFETCH(bool, isError);
        QFETCH(int, line);
        QFETCH(QString, token);
        QFETCH(QString, message);
        QFETCH(QString, hint);
        const QStringList lines = yaml.split('\n');
        QVERIFY2(line <= lines.size() && lines[line - 1].contains(token), qPrintable("fixture: " + token));
        const int column = static_cast<int>(lines[line - 1].indexOf(token)) + 1;
        auto d = validate(yaml.toStdString());
        const Diagnostic* found =
            findDiagnostic(d, isError ? Severity::Error : Severity::Warning, message.toStdString());
        QVERIFY2(found, qPrintable(describe(d)));
        QCOMPARE(q(found->location.file), QStringLiteral("v.yaml"));
        QCOMPARE(found->location.line, line);
        QCOMPARE(found->location.column, column);
        QVERIFY2(found->hint.find(hint.toStdString()) != std::string::npos, qPrintable(q(found->format())));
    }

    void everyProblemComesBackAtOnceInFileOrder() {
        const QString yaml = "name: a.b\n"
                             "spouts:\n"
                             "  - {id: s, className: org.apache.storm.kafka.spout.KafkaSpout, parallelism: 0}\n"
                             "bolts:\n"
                             "  - {id: split, className: teacup.core.SplitSentence}\n"
                             "  - {id: split, className: teacup.core.Printer}\n"
                             "streams:\n"
                             "  - {from: nowhere, to: split, grouping: {type: SHUFFLE}}\n"
                             "  - {from: split, to: split, grouping: {type: FIELDS, args: [nope]}}\n";
        auto d = validate(yaml.toStdString());
        QCOMPARE(static_cast<int>(d.errorCount()), 7);
        int lastLine = 0;
        for (const auto& item : d.items()) {
            QVERIFY2(item.location.line >= lastLine, qPrintable(describe(d)));
            lastLine = item.location.line;
        }
    }

    void missingShellWrappersAreNotCalledJavaOnly() {
        class EmptyCatalog : public model::ComponentCatalog {
        public:
            std::optional<model::ClassKind> classKind(const std::string&) const override { return std::nullopt; }
            Result<model::ComponentSchema> describe(const model::ComponentDef&) const override {
                return model::ComponentSchema{};
            }
            std::vector<std::string> classNames() const override { return {}; }
        };
        auto r = flux::loadText("name: t\n"
                                "spouts:\n"
                                "  - {id: s, className: teacup.core.EventSpout}\n"
                                "bolts:\n"
                                "  - id: sh\n"
                                "    className: org.apache.storm.flux.wrappers.bolts.FluxShellBolt\n"
                                "streams:\n"
                                "  - {from: s, to: sh, grouping: {type: SHUFFLE}}\n",
                                "v.yaml");
        QVERIFY(r.ok());
        auto d = model::validateTopology(*r.spec, EmptyCatalog{});
        QVERIFY2(findDiagnostic(d, Severity::Error, "shell component class", 6, 16), qPrintable(describe(d)));
        QVERIFY2(findDiagnostic(d, Severity::Error, "unknown className 'teacup.core.EventSpout'", 3, 24),
                 qPrintable(describe(d)));
        QCOMPARE(static_cast<int>(d.errorCount()), 2);
    }

    void modelBuiltInCodeIsValidatedWithoutPositions() {
        model::TopologySpec spec;
        spec.name = "code";
        model::ComponentDef bolt;
        bolt.id = "b";
        bolt.object.className = "teacup.core.Printer";
        bolt.parallelism = 0;
        spec.bolts.push_back(bolt);
        auto d = model::validateTopology(spec, teacup::test::FakeCatalog{});
        const Diagnostic* found = findDiagnostic(d, Severity::Error, "parallelism of bolt 'b'");
        QVERIFY2(found, qPrintable(describe(d)));
        QCOMPARE(q(found->format()),
                 QStringLiteral(
                     "error: parallelism of bolt 'b' must be at least 1, got 0 (hint: set parallelism: 1 or more)"));
        QVERIFY(findDiagnostic(d, Severity::Warning, "topology has no spouts"));
    }
};

QTEST_APPLESS_MAIN(TopologyValidatorTest)
#include "tst_topology_validator.moc"
