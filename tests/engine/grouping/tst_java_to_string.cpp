// Java toString() bytes of tuple values, the key of partial key grouping without fields. Expected
// strings come from OpenJDK 17 (String.valueOf, Double.toString, AbstractCollection.toString).
#include <QtTest>

#include <limits>
#include <string>

#include "grouping/java_to_string.h"

Q_DECLARE_METATYPE(teacup::Value)

using teacup::Value;
using teacup::ValueList;

class TestJavaToString : public QObject {
    Q_OBJECT

private slots:
    void valuePrintsAsJavaToString_data() {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("string") << Value("nathan") << QByteArray("nathan");
        QTest::newRow("string with malformed utf8") << Value("a\xFF") << QByteArray("a\xEF\xBF\xBD");
        QTest::newRow("Integer") << Value(42) << QByteArray("42");
        QTest::newRow("negative Long") << Value(-5000000000LL) << QByteArray("-5000000000");
        QTest::newRow("true") << Value(true) << QByteArray("true");
        QTest::newRow("false") << Value(false) << QByteArray("false");
        QTest::newRow("list") << Value(ValueList{Value("a"), Value(1), Value(ValueList{})}) << QByteArray("[a, 1, []]");
        QTest::newRow("map") << Value(teacup::ValueMap{{"a", Value(1)}, {"b", Value("x")}}) << QByteArray("{a=1, b=x}");
        QTest::newRow("null") << Value() << QByteArray("null");
    }
    void valuePrintsAsJavaToString() {
        QFETCH(Value, value);
        QFETCH(QByteArray, text);
        std::string out;
        teacup::grouping::appendJavaToString(value, out);
        QCOMPARE(QByteArray::fromStdString(out), text);
    }

    void doublePrintsAsJavaDoubleToString_data() {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("1.0") << 1.0 << QByteArray("1.0");
        QTest::newRow("1.5") << 1.5 << QByteArray("1.5");
        QTest::newRow("0.0") << 0.0 << QByteArray("0.0");
        QTest::newRow("-0.0") << -0.0 << QByteArray("-0.0");
        QTest::newRow("100.0") << 100.0 << QByteArray("100.0");
        QTest::newRow("1234.5678") << 1234.5678 << QByteArray("1234.5678");
        QTest::newRow("9999999.0") << 9999999.0 << QByteArray("9999999.0");
        QTest::newRow("1e7") << 1e7 << QByteArray("1.0E7");
        QTest::newRow("0.001") << 0.001 << QByteArray("0.001");
        QTest::newRow("0.002") << 0.002 << QByteArray("0.002");
        QTest::newRow("9.99e-4") << 9.99e-4 << QByteArray("9.99E-4");
        QTest::newRow("1e-4") << 1e-4 << QByteArray("1.0E-4");
        QTest::newRow("1e-5") << 1e-5 << QByteArray("1.0E-5");
        QTest::newRow("123456789.0") << 123456789.0 << QByteArray("1.23456789E8");
        QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
        QTest::newRow("1/3") << 1.0 / 3 << QByteArray("0.3333333333333333");
        QTest::newRow("2e22") << 2e22 << QByteArray("2.0E22");
        QTest::newRow("1e21") << 1e21 << QByteArray("1.0E21");
        QTest::newRow("max") << std::numeric_limits<double>::max() << QByteArray("1.7976931348623157E308");
        QTest::newRow("min subnormal") << std::numeric_limits<double>::denorm_min() << QByteArray("4.9E-324");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QByteArray("NaN");
        QTest::newRow("Infinity") << std::numeric_limits<double>::infinity() << QByteArray("Infinity");
        QTest::newRow("-Infinity") << -std::numeric_limits<double>::infinity() << QByteArray("-Infinity");
    }
    void doublePrintsAsJavaDoubleToString() {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        std::string out;
        teacup::grouping::appendJavaToString(Value(value), out);
        QCOMPARE(QByteArray::fromStdString(out), text);
    }
};

QTEST_GUILESS_MAIN(TestJavaToString)
#include "tst_java_to_string.moc"
