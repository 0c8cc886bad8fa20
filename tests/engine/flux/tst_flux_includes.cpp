// Flux includes: file paths relative to the including file, one level deep, and the merge
// rules of FluxParser.processIncludes (name, config, ids with override, streams appended).
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <teacup/flux/flux.h>

#include "flux_test_util.h"

using namespace teacup;
using teacup::test::describe;
using teacup::test::findDiagnostic;
using teacup::test::q;
using teacup::test::writeFile;

class FluxIncludesTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string path(const QString& relative) const { return m_dir.filePath(relative).toStdString(); }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath("main/parts"));
        writeFile(path("main/topology.yaml"), R"(name: main-topology
includes:
  - resource: false
    file: "parts/shared.yaml"
    override: false
  - file: "parts/override.yaml"
    override: true
config:
  topology.workers: 1
spouts:
  - id: sentences
    className: teacup.core.RandomSentenceSpout
bolts:
  - id: split
    className: teacup.core.SplitSentence
streams:
  - from: sentences
    to: split
    grouping: {type: SHUFFLE}
)");
        writeFile(path("main/parts/shared.yaml"), R"(name: shared-name
includes:
  - file: nested.yaml
config:
  topology.workers: 5
  topology.debug: true
spouts:
  - id: sentences
    className: teacup.core.EventSpout
bolts:
  - id: count
    className: teacup.core.WordCount
streams:
  - from: split
    to: count
    grouping: {type: FIELDS, args: [word]}
)");
        writeFile(path("main/parts/override.yaml"), R"(config:
  topology.message.timeout.secs: 60
  topology.workers: 3
bolts:
  - id: split
    className: teacup.core.SplitSentence
    parallelism: 4
streams:
  - from: sentences
    to: split
    grouping: {type: SHUFFLE}
)");
        writeFile(path("named.yaml"), "name: included-name\n");
        writeFile(path("bad.yaml"), "bolts:\n  - id: b\n    className: teacup.core.Printer\n    parralelism: 2\n");
    }

    void includesMergeWithFluxRules() {
        auto r = flux::loadFile(path("main/topology.yaml"));
        QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
        const auto& spec = *r.spec;
        QCOMPARE(q(spec.name), QStringLiteral("main-topology")); // no override: main keeps its name
        QCOMPARE(spec.config.at("topology.workers"), Value(3));  // replaced only by the override include
        QCOMPARE(spec.config.at("topology.debug"), Value(true)); // added
        QCOMPARE(spec.config.at("topology.message.timeout.secs"), Value(60));
        QCOMPARE(spec.spouts.size(), std::size_t{1});
        QCOMPARE(q(spec.spouts[0].object.className), QStringLiteral("teacup.core.RandomSentenceSpout"));
        QCOMPARE(spec.bolts.size(), std::size_t{2});
        QCOMPARE(q(spec.bolts[0].id), QStringLiteral("split")); // replaced in place
        QCOMPARE(spec.bolts[0].parallelism, 4);
        QCOMPARE(q(spec.bolts[1].id), QStringLiteral("count"));
        QCOMPARE(spec.streams.size(), std::size_t{3}); // streams are always appended
        QCOMPARE(q(spec.streams[1].to), QStringLiteral("count"));
        QCOMPARE(spec.includes.size(), std::size_t{2});
    }

    void partsFromAnIncludeCarryThatFilesPositions() {
        auto r = flux::loadFile(path("main/topology.yaml"));
        QVERIFY(r.ok());
        const auto& count = r.spec->bolts.at(1);
        QVERIFY(q(count.location.file).endsWith("main/parts/shared.yaml"));
        QCOMPARE(count.location.line, 11);
        const auto& debug = r.spec->configLocations;
        auto it = std::find_if(debug.begin(), debug.end(), [](const auto& e) { return e.first == "topology.debug"; });
        QVERIFY(it != debug.end());
        QVERIFY(q(it->second.file).endsWith("shared.yaml"));
    }

    void nestedIncludesAreIgnoredWithAWarning() {
        auto r = flux::loadFile(path("main/topology.yaml"));
        const Diagnostic* d =
            findDiagnostic(r.diagnostics, Severity::Warning, "includes inside an included file are ignored", 2, 1);
        QVERIFY2(d, qPrintable(describe(r.diagnostics)));
        QVERIFY(q(d->location.file).endsWith("shared.yaml"));
    }

    void nameComesFromTheIncludeWhenMissingOrOverridden_data() {
        QTest::addColumn<QString>("yaml");
        QTest::addColumn<QString>("name");
        QTest::newRow("only includes") << "includes:\n  - file: named.yaml\n"
                                       << "included-name";
        QTest::newRow("own name kept") << "name: own\nincludes:\n  - file: named.yaml\n"
                                       << "own";
        QTest::newRow("override") << "name: own\nincludes:\n  - {file: named.yaml, override: true}\n"
                                  << "included-name";
    }

    void nameComesFromTheIncludeWhenMissingOrOverridden() {
        QFETCH(QString, yaml);
        QFETCH(QString, name);
        writeFile(path("name_test.yaml"), yaml.toStdString());
        auto r = flux::loadFile(path("name_test.yaml"));
        QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
        QCOMPARE(q(r.spec->name), name);
    }

    void diagnosticsInsideAnIncludeNameThatFile() {
        auto r = flux::loadText("name: x\nincludes:\n  - file: " + path("bad.yaml") + "\n", "main.yaml");
        const Diagnostic* d = findDiagnostic(r.diagnostics, Severity::Error, "unknown key 'parralelism'", 4, 5);
        QVERIFY2(d, qPrintable(describe(r.diagnostics)));
        QCOMPARE(q(d->location.file), q(path("bad.yaml")));
    }

    void classpathResourceIncludeIsAnError() {
        auto r =
            flux::loadText("name: x\nincludes:\n  - resource: true\n    file: /configs/shell_test.yaml\n", "main.yaml");
        QVERIFY(!r.ok());
        const Diagnostic* d = findDiagnostic(r.diagnostics, Severity::Error, "no classpath", 4, 11);
        QVERIFY2(d, qPrintable(describe(r.diagnostics)));
        QVERIFY(d->hint.find("file path") != std::string::npos);
    }

    void missingIncludedFileIsAnErrorNamingThePath() {
        auto r = flux::loadFile(path("main/missing_include.yaml"));
        QVERIFY(!r.ok());
        writeFile(path("main/missing_include.yaml"), "name: x\nincludes:\n  - file: parts/absent.yaml\n");
        r = flux::loadFile(path("main/missing_include.yaml"));
        QVERIFY(!r.ok());
        const Diagnostic* d = findDiagnostic(r.diagnostics, Severity::Error, "parts/absent.yaml", 3, 11);
        QVERIFY2(d, qPrintable(describe(r.diagnostics)));
        QVERIFY(d->message.find("cannot read included file") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(FluxIncludesTest)
#include "tst_flux_includes.moc"
