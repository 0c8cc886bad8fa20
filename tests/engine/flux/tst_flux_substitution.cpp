// `${...}` substitution before parsing: --filter properties, ${ENV-NAME}, ${key[N]},
// several placeholders per line, unresolved placeholders and positions after substitution.
#include <cstdlib>

#include <QTemporaryDir>
#include <QTest>

#include <teacup/flux/flux.h>

#include "flux_test_util.h"

using namespace teacup;
using teacup::test::describe;
using teacup::test::findDiagnostic;
using teacup::test::q;
using teacup::test::writeFile;

class FluxSubstitutionTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_filter;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_filter = m_dir.filePath("test.properties").toStdString();
        writeFile(m_filter, "# a comment\n"
                            "! another comment\n"
                            "topology.name=substitution-topology\n"
                            "count = 7\n"
                            "spout.id: sentences\n"
                            "a.list.property=[\"A string list\", 'second']\n"
                            "long.value=a very long value that shifts every later column\n"
                            "continued=one \\\n"
                            "          two\n"
                            "escaped\\ key=tab\\there\n");
    }

    void filterPropertiesAreSubstitutedBeforeParsing() {
        flux::LoadOptions options;
        options.filterFile = m_filter;
        auto r = flux::loadText(R"(name: "${topology.name}"
config:
  as.number: ${count}
  as.string: "${count}"
  list.property.target: ${a.list.property}
  list.element.property.target: ${a.list.property[1]}
  continued: ${continued}
  escaped: ${escaped key}
)",
                                "t.yaml", options);
        QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
        QCOMPARE(q(r.spec->name), QStringLiteral("substitution-topology"));
        QCOMPARE(r.spec->config.at("as.number"), Value(7));
        QCOMPARE(r.spec->config.at("as.string"), Value("7"));
        QCOMPARE(r.spec->config.at("list.property.target"), Value(ValueList{Value("A string list"), Value("second")}));
        QCOMPARE(r.spec->config.at("list.element.property.target"), Value("second"));
        QCOMPARE(r.spec->config.at("continued"), Value("one two"));
        QCOMPARE(r.spec->config.at("escaped"), Value("tab\there"));
    }

    void everyPlaceholderOnALineIsSubstitutedWithAWarning() {
        flux::LoadOptions options;
        options.filterFile = m_filter;
        auto r = flux::loadText("name: ${spout.id}-${count}-${count}\n", "t.yaml", options);
        QVERIFY(r.ok());
        QCOMPARE(q(r.spec->name), QStringLiteral("sentences-7-7"));
        const Diagnostic* d = findDiagnostic(r.diagnostics, Severity::Warning, "Storm's Flux only the last one", 1, 7);
        QVERIFY2(d, qPrintable(describe(r.diagnostics)));
    }

    void unresolvedPlaceholderStaysWithAWarningAtItsPosition() {
        flux::LoadOptions options;
        options.filterFile = m_filter;
        auto r = flux::loadText("name: x\nconfig:\n  a: \"${missing.key}\"\n", "t.yaml", options);
        QVERIFY(r.ok());
        QCOMPARE(r.spec->config.at("a"), Value("${missing.key}"));
        QVERIFY2(findDiagnostic(r.diagnostics, Severity::Warning, "no value for placeholder '${missing.key}'", 3, 7),
                 qPrintable(describe(r.diagnostics)));
    }

    void placeholderWithoutFilterWarnsThatStormWouldFail() {
        auto r = flux::loadText("name: ${topology.name}\n", "t.yaml");
        QVERIFY(r.ok());
        QVERIFY(findDiagnostic(r.diagnostics, Severity::Warning, "Storm's Flux fails on any ${...}", 1, 7));
    }

    void positionsAfterASubstitutedValueStayOnTheOriginalColumns() {
        flux::LoadOptions options;
        options.filterFile = m_filter;
        auto r = flux::loadText("bolts:\n  - {id: ${long.value}, className: c, parallelism: x}\n", "t.yaml", options);
        const Diagnostic* d = findDiagnostic(r.diagnostics, Severity::Error, "parallelism");
        QVERIFY2(d, qPrintable(describe(r.diagnostics)));
        QCOMPARE(d->location.line, 2);
        QCOMPARE(d->location.column, 52);
        QCOMPARE(q(r.spec->bolts.at(0).id), QStringLiteral("a very long value that shifts every later column"));
        QCOMPARE(r.spec->bolts.at(0).location.column, 10);
    }

    void environmentIsReadOnlyWithTheEnvFilter() {
        ::setenv("TEACUP_FLUX_TEST_VALUE", "from-env", 1);
        const std::string yaml = "name: ${ENV-TEACUP_FLUX_TEST_VALUE}\n";
        flux::LoadOptions options;
        options.envFilter = true;
        auto on = flux::loadText(yaml, "t.yaml", options);
        QVERIFY(on.ok());
        QCOMPARE(q(on.spec->name), QStringLiteral("from-env"));
        QVERIFY(on.diagnostics.empty());

        auto off = flux::loadText(yaml, "t.yaml");
        QCOMPARE(q(off.spec->name), QStringLiteral("${ENV-TEACUP_FLUX_TEST_VALUE}"));
        QVERIFY(findDiagnostic(off.diagnostics, Severity::Warning, "--env-filter", 1, 7));

        auto unset = flux::loadText("name: ${ENV-TEACUP_FLUX_TEST_UNSET}\n", "t.yaml", options);
        QVERIFY(findDiagnostic(unset.diagnostics, Severity::Warning, "TEACUP_FLUX_TEST_UNSET is not set", 1, 7));
    }

    void missingFilterFileIsAnErrorNamingThePath() {
        flux::LoadOptions options;
        options.filterFile = m_dir.filePath("nope.properties").toStdString();
        auto r = flux::loadText("name: x\n", "t.yaml", options);
        QVERIFY(!r.ok());
        QVERIFY2(findDiagnostic(r.diagnostics, Severity::Error, options.filterFile),
                 qPrintable(describe(r.diagnostics)));
    }
};

QTEST_APPLESS_MAIN(FluxSubstitutionTest)
#include "tst_flux_substitution.moc"
