// YAML 1.1 scalars as SnakeYAML (inside Storm's Flux) types them, checked through config
// values: booleans, nulls, integers of every base, floats, dates, quoting and explicit tags.
#include <cmath>
#include <limits>

#include <QTest>

#include <teacup/flux/flux.h>

#include "flux_test_util.h"

using namespace teacup;
using teacup::test::describe;
using teacup::test::findDiagnostic;

Q_DECLARE_METATYPE(teacup::Value)

class Yaml11ScalarsTest : public QObject {
    Q_OBJECT

private slots:
    void configValuesFollowSnakeYamlTyping_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Value>("expected");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("yes") << "yes" << Value(true);
        QTest::newRow("Yes") << "Yes" << Value(true);
        QTest::newRow("YES") << "YES" << Value(true);
        QTest::newRow("no") << "no" << Value(false);
        QTest::newRow("On") << "On" << Value(true);
        QTest::newRow("OFF") << "OFF" << Value(false);
        QTest::newRow("True") << "True" << Value(true);
        QTest::newRow("FALSE") << "FALSE" << Value(false);
        QTest::newRow("mixed case yEs stays a string") << "yEs" << Value("yEs");
        QTest::newRow("y stays a string") << "y" << Value("y");
        QTest::newRow("quoted yes") << "\"yes\"" << Value("yes");
        QTest::newRow("single-quoted on") << "'on'" << Value("on");
        QTest::newRow("tilde") << "~" << Value();
        QTest::newRow("null") << "null" << Value();
        QTest::newRow("Null") << "Null" << Value();
        QTest::newRow("empty") << "" << Value();
        QTest::newRow("quoted tilde") << "\"~\"" << Value("~");
        QTest::newRow("decimal") << "42" << Value(42);
        QTest::newRow("negative") << "-17" << Value(-17);
        QTest::newRow("plus sign") << "+5" << Value(5);
        QTest::newRow("octal 010") << "010" << Value(8);
        QTest::newRow("hex 0x1F") << "0x1F" << Value(31);
        QTest::newRow("binary 0b101") << "0b101" << Value(5);
        QTest::newRow("underscores 1_000") << "1_000" << Value(1000);
        QTest::newRow("base 60 1:30") << "1:30" << Value(90);
        QTest::newRow("base 60 -1:00:01") << "-1:00:01" << Value(-3601);
        QTest::newRow("int max") << "2147483647" << Value(2147483647);
        QTest::newRow("int min") << "-2147483648" << Value::integer(-2147483648LL);
        QTest::newRow("long") << "2147483648" << Value(2147483648LL);
        QTest::newRow("08 is a float") << "08" << Value(8.0);
        QTest::newRow("1e3") << "1e3" << Value(1000.0);
        QTest::newRow("1.5") << "1.5" << Value(1.5);
        QTest::newRow(".5") << ".5" << Value(0.5);
        QTest::newRow("1.") << "1." << Value(1.0);
        QTest::newRow("-2.5e-3") << "-2.5e-3" << Value(-0.0025);
        QTest::newRow("1_000.5") << "1_000.5" << Value(1000.5);
        QTest::newRow("base 60 float") << "1:30.5" << Value(90.5);
        QTest::newRow(".inf") << ".inf" << Value(inf);
        QTest::newRow("-.Inf") << "-.Inf" << Value(-inf);
        QTest::newRow("overflow to inf") << "1e999" << Value(inf);
        QTest::newRow("date stays a string") << "2001-12-14" << Value("2001-12-14");
        QTest::newRow("timestamp stays a string")
            << "2001-12-14t21:59:43.10-05:00" << Value("2001-12-14t21:59:43.10-05:00");
        QTest::newRow("version string") << "1.2.3" << Value("1.2.3");
        QTest::newRow("host:port") << "localhost:9092" << Value("localhost:9092");
        QTest::newRow("!!str 5") << "!!str 5" << Value("5");
        QTest::newRow("!!int quoted") << "!!int \"3\"" << Value(3);
        QTest::newRow("!!float 1") << "!!float 1" << Value(1.0);
        QTest::newRow("!!bool quoted") << "!!bool \"yes\"" << Value(true);
        QTest::newRow("!!null") << "!!null \"\"" << Value();
        QTest::newRow("!!binary") << "!!binary aGVsbG8=" << Value(Bytes{"hello"});
        QTest::newRow("block literal") << "|\n    two\n    lines" << Value("two\nlines\n");
        QTest::newRow("flow list") << "[1, a, yes, ~]" << Value(ValueList{Value(1), Value("a"), Value(true), Value()});
        QTest::newRow("flow map") << "{x: 1, y: [on]}"
                                  << Value(ValueMap{{"x", Value(1)}, {"y", Value(ValueList{Value(true)})}});
        QTest::newRow("ref map") << "{ref: window}" << Value(ValueMap{{"ref", Value("window")}});
    }

    void configValuesFollowSnakeYamlTyping() {
        QFETCH(QString, text);
        QFETCH(Value, expected);
        auto r = flux::loadText("config:\n  k: " + text.toStdString() + "\n", "t.yaml");
        QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
        QCOMPARE(r.spec->config.at("k"), expected);
    }

    void nanIsADouble() {
        auto r = flux::loadText("config:\n  k: .nan\n", "t.yaml");
        QVERIFY(r.ok());
        QVERIFY(r.spec->config.at("k").kind() == ValueKind::Double);
        QVERIFY(std::isnan(r.spec->config.at("k").asDouble()));
    }

    void integerBeyond64BitsStaysAStringWithAWarning() {
        auto r = flux::loadText("config:\n  k: 9223372036854775808\n", "t.yaml");
        QVERIFY(r.ok());
        QCOMPARE(r.spec->config.at("k"), Value("9223372036854775808"));
        QVERIFY(findDiagnostic(r.diagnostics, Severity::Warning, "does not fit 64 bits", 2, 6));
    }

    void argumentsAndPropertyValuesUseTheSameRules() {
        auto r = flux::loadText(R"(bolts:
  - id: b
    className: teacup.core.Printer
    constructorArgs: [010, "010", on, 1e3]
    properties:
      - {name: p, value: 1:30}
    configMethods:
      - {name: m, args: [~, 0x10]}
)",
                                "t.yaml");
        QVERIFY2(r.ok(), qPrintable(describe(r.diagnostics)));
        const auto& obj = r.spec->bolts.at(0).object;
        QCOMPARE(obj.constructorArgs, (ValueList{Value(8), Value("010"), Value(true), Value(1000.0)}));
        QCOMPARE(obj.properties.at(0).second, Value(90));
        QCOMPARE(obj.configMethods.at(0).args, (ValueList{Value(), Value(16)}));
    }
};

QTEST_APPLESS_MAIN(Yaml11ScalarsTest)
#include "tst_yaml11_scalars.moc"
