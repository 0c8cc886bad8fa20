// Java hashCode compatibility of tuple values and the fields-grouping and acker indexes built on
// it. Every expected value was produced on OpenJDK 17 by the JDK calls Storm makes
// (Arrays.deepHashCode, Math.floorMod, new String(bytes, UTF_8).hashCode()).
#include <QtTest>

#include <bit>
#include <cstdint>
#include <limits>
#include <string>

#include "grouping/java_hash.h"
#include "grouping/java_utf8.h"

Q_DECLARE_METATYPE(teacup::Value)

using teacup::Value;
using teacup::ValueList;
using teacup::ValueMap;

namespace {

Value bytesValue(const char* data, std::size_t size) { return Value(teacup::Bytes{std::string(data, size)}); }

std::string toStd(const QByteArray& bytes) {
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace

class TestJavaHash : public QObject {
    Q_OBJECT

private slots:
    void oneFieldKeyHashesAndIndexesLikeStorm_data() {
        QTest::addColumn<Value>("value");
        QTest::addColumn<int>("deepHash");
        QTest::addColumn<int>("index3");
        QTest::addColumn<int>("index4");
        QTest::addColumn<int>("index5");
        // Storm's documented examples first.
        QTest::newRow("nathan") << Value("nathan") << -1052620301 << 1 << 3 << 4;
        QTest::newRow("mike") << Value("mike") << 3351573 << 0 << 1 << 3;
        QTest::newRow("jackson") << Value("jackson") << -1837099662 << 0 << 2 << 3;
        QTest::newRow("golda") << Value("golda") << 98536480 << 1 << 0 << 0;
        QTest::newRow("bertels") << Value("bertels") << -218570522 << 1 << 2 << 3;
        QTest::newRow("cat") << Value("cat") << 98293 << 1 << 1 << 3;
        QTest::newRow("dog") << Value("dog") << 99675 << 0 << 3 << 0;
        QTest::newRow("apple") << Value("apple") << 93029241 << 0 << 1 << 1;
        QTest::newRow("empty string") << Value("") << 31 << 1 << 3 << 1;
        QTest::newRow("Integer 1") << Value(1) << 32 << 2 << 0 << 2;
        QTest::newRow("Long 1") << Value(1LL) << 32 << 2 << 0 << 2;
        QTest::newRow("Integer -1") << Value(-1) << 30 << 0 << 2 << 0;
        QTest::newRow("Long -1") << Value(-1LL) << 31 << 1 << 3 << 1;
        QTest::newRow("Long 5000000000") << Value(5000000000LL) << 705032736 << 0 << 0 << 1;
        QTest::newRow("true") << Value(true) << 1262 << 2 << 2 << 2;
        QTest::newRow("false") << Value(false) << 1268 << 2 << 0 << 3;
        QTest::newRow("Double 1.5") << Value(1.5) << 1073217567 << 0 << 3 << 2;
        QTest::newRow("Double -0.0") << Value(-0.0) << -2147483617 << 2 << 3 << 3;
        QTest::newRow("null") << Value() << 31 << 1 << 3 << 1;
        QTest::newRow("bytes 1 2 3") << bytesValue("\x01\x02\x03", 3) << 30848 << 2 << 0 << 3;
        QTest::newRow("map k=1") << Value(ValueMap{{"k", Value(1)}}) << 137 << 2 << 1 << 2;
        // More cases.
        QTest::newRow("Double 2.5") << Value(2.5) << 1074003999 << 0 << 3 << 4;
        QTest::newRow("bytes negative") << bytesValue("\xFF\x80\x7F", 3) << 25020 << 0 << 0 << 0;
        QTest::newRow("list a 1 2L") << Value(ValueList{Value("a"), Value(1), Value(2LL)}) << 123072 << 0 << 0 << 2;
        QTest::newRow("empty list") << Value(ValueList{}) << 32 << 2 << 0 << 2;
        QTest::newRow("emoji") << Value("\xF0\x9F\x98\x80") << 1772930 << 2 << 2 << 0;
        QTest::newRow("e acute") << Value("\xC3\xA9") << 264 << 0 << 0 << 4;
        QTest::newRow("mixed script") << Value("h\xC3\xA9llo \xE4\xB8\x96\xE7\x95\x8C \xF0\x9F\x98\x80!") << -1620872027
                                      << 1 << 1 << 3;
        QTest::newRow("Integer MIN") << Value(INT32_MIN) << -2147483617 << 2 << 3 << 3;
        QTest::newRow("Long MIN") << Value(static_cast<long long>(INT64_MIN)) << -2147483617 << 2 << 3 << 3;
        QTest::newRow("Long MAX") << Value(static_cast<long long>(INT64_MAX)) << -2147483617 << 2 << 3 << 3;
    }
    void oneFieldKeyHashesAndIndexesLikeStorm() {
        QFETCH(Value, value);
        QFETCH(int, deepHash);
        const Value key[] = {value};
        const std::int32_t h = teacup::grouping::javaDeepHashCode(key);
        QCOMPARE(h, deepHash);
        QTEST(teacup::grouping::fieldsIndex(h, 3), "index3");
        QTEST(teacup::grouping::fieldsIndex(h, 4), "index4");
        QTEST(teacup::grouping::fieldsIndex(h, 5), "index5");
    }

    void multiFieldKeyHashesInFieldOrder_data() {
        QTest::addColumn<Value>("first");
        QTest::addColumn<Value>("second");
        QTest::addColumn<int>("deepHash");
        QTest::addColumn<int>("index4");
        QTest::newRow("nathan, 1") << Value("nathan") << Value(1) << 1728509038 << 2;
        QTest::newRow("1, nathan") << Value(1) << Value("nathan") << -1052619340 << 0;
        QTest::newRow("mike, Long 5000000000") << Value("mike") << Value(5000000000LL) << 808931468 << 0;
        QTest::newRow("true, null") << Value(true) << Value() << 39122 << 2;
    }
    void multiFieldKeyHashesInFieldOrder() {
        QFETCH(Value, first);
        QFETCH(Value, second);
        const Value key[] = {first, second};
        const std::int32_t h = teacup::grouping::javaDeepHashCode(key);
        QTEST(h, "deepHash");
        QTEST(teacup::grouping::fieldsIndex(h, 4), "index4");
    }

    void valueHashCodeMatchesJava_data() {
        QTest::addColumn<Value>("value");
        QTest::addColumn<int>("hashCode");
        QTest::newRow("e acute String.hashCode") << Value("\xC3\xA9") << 233;
        QTest::newRow("U+1F600 String.hashCode") << Value("\xF0\x9F\x98\x80") << 1772899;
        QTest::newRow("Map k=1") << Value(ValueMap{{"k", Value(1)}}) << 106;
        QTest::newRow("Map k=1 name=x") << Value(ValueMap{{"k", Value(1)}, {"name", Value("x")}}) << 3373917;
        QTest::newRow("nested list") << Value(ValueList{Value(ValueList{Value(1), Value(2)}), Value("x"), Value()})
                                     << 988745;
        QTest::newRow("Double 1.0") << Value(1.0) << 1072693248;
        QTest::newRow("Double 0.0") << Value(0.0) << 0;
        QTest::newRow("Double -0.0") << Value(-0.0) << INT32_MIN;
        QTest::newRow("Double 0.1") << Value(0.1) << -1507852285;
        QTest::newRow("Double 1e7") << Value(1e7) << 1097011920;
        QTest::newRow("Double min subnormal") << Value(4.9e-324) << 1;
        QTest::newRow("Double infinity") << Value(std::numeric_limits<double>::infinity()) << 2146435072;
        QTest::newRow("Double -infinity") << Value(-std::numeric_limits<double>::infinity()) << -1048576;
        QTest::newRow("Double NaN") << Value(std::numeric_limits<double>::quiet_NaN()) << 2146959360;
        QTest::newRow("Double NaN other bits")
            << Value(std::bit_cast<double>(std::uint64_t{0x7FF0000000000001ULL})) << 2146959360;
        QTest::newRow("null") << Value() << 0;
        QTest::newRow("empty string") << Value("") << 0;
    }
    void valueHashCodeMatchesJava() {
        QFETCH(Value, value);
        QTEST(teacup::grouping::javaHashCode(value), "hashCode");
    }

    void malformedUtf8HashesAsJavaDecodesIt_data() {
        QTest::addColumn<QByteArray>("utf8");
        QTest::addColumn<int>("hashCode");
        QTest::addColumn<QByteArray>("javaBytes"); // new String(bytes, UTF_8).getBytes(UTF_8)
        QTest::newRow("lone ff") << QByteArray::fromHex("ff") << 65533 << QByteArray::fromHex("efbfbd");
        QTest::newRow("ff between ascii")
            << QByteArray::fromHex("61ff62") << 2124838 << QByteArray::fromHex("61efbfbd62");
        QTest::newRow("truncated 2-byte at end") << QByteArray::fromHex("c3") << 65533 << QByteArray::fromHex("efbfbd");
        QTest::newRow("2-byte cut by ascii")
            << QByteArray::fromHex("c328") << 2031563 << QByteArray::fromHex("efbfbd28");
        QTest::newRow("truncated 3-byte at end")
            << QByteArray::fromHex("e282") << 65533 << QByteArray::fromHex("efbfbd");
        QTest::newRow("3-byte cut by ascii")
            << QByteArray::fromHex("e28241") << 2031588 << QByteArray::fromHex("efbfbd41");
        QTest::newRow("overlong 3-byte nul")
            << QByteArray::fromHex("e08080") << 65074269 << QByteArray::fromHex("efbfbdefbfbdefbfbd");
        QTest::newRow("overlong e0 9f") << QByteArray::fromHex("e09f80") << 65074269
                                        << QByteArray::fromHex("efbfbdefbfbdefbfbd");
        QTest::newRow("encoded surrogate") << QByteArray::fromHex("eda080") << 65533 << QByteArray::fromHex("efbfbd");
        QTest::newRow("surrogate lead cut")
            << QByteArray::fromHex("eda041") << 2031588 << QByteArray::fromHex("efbfbd41");
        QTest::newRow("truncated 4-byte at end")
            << QByteArray::fromHex("f09f98") << 65533 << QByteArray::fromHex("efbfbd");
        QTest::newRow("truncated 4-byte short tail")
            << QByteArray::fromHex("f09f") << 65533 << QByteArray::fromHex("efbfbd");
        QTest::newRow("4-byte cut by ascii")
            << QByteArray::fromHex("f09f9841") << 2031588 << QByteArray::fromHex("efbfbd41");
        QTest::newRow("above U+10FFFF") << QByteArray::fromHex("f4908080") << 2017367872
                                        << QByteArray::fromHex("efbfbdefbfbdefbfbdefbfbd");
        QTest::newRow("overlong 4-byte") << QByteArray::fromHex("f0808080") << 2017367872
                                         << QByteArray::fromHex("efbfbdefbfbdefbfbdefbfbd");
        QTest::newRow("f5 lead") << QByteArray::fromHex("f5808080") << 2017367872
                                 << QByteArray::fromHex("efbfbdefbfbdefbfbdefbfbd");
        QTest::newRow("5-byte form") << QByteArray::fromHex("f888808080") << -1886039875
                                     << QByteArray::fromHex("efbfbdefbfbdefbfbdefbfbdefbfbd");
        QTest::newRow("overlong c0") << QByteArray::fromHex("c0af") << 2097056 << QByteArray::fromHex("efbfbdefbfbd");
        QTest::newRow("lone continuations")
            << QByteArray::fromHex("8080") << 2097056 << QByteArray::fromHex("efbfbdefbfbd");
        QTest::newRow("3-byte bad second")
            << QByteArray::fromHex("e228a1") << 63043986 << QByteArray::fromHex("efbfbd28efbfbd");
        QTest::newRow("4-byte bad second")
            << QByteArray::fromHex("f0288cbc") << 1954429099 << QByteArray::fromHex("efbfbd28efbfbdefbfbd");
        QTest::newRow("valid euro sign") << QByteArray::fromHex("61e282ac62") << 352599
                                         << QByteArray::fromHex("61e282ac62");
        QTest::newRow("valid U+FFFD") << QByteArray::fromHex("efbfbd") << 65533 << QByteArray::fromHex("efbfbd");
        QTest::newRow("valid emoji") << QByteArray::fromHex("f09f9880") << 1772899 << QByteArray::fromHex("f09f9880");
    }
    void malformedUtf8HashesAsJavaDecodesIt() {
        QFETCH(QByteArray, utf8);
        QFETCH(QByteArray, javaBytes);
        QTEST(teacup::grouping::javaStringHashCode(toStd(utf8)), "hashCode");
        std::string reencoded;
        teacup::grouping::appendJavaUtf8(toStd(utf8), reencoded);
        QCOMPARE(QByteArray::fromStdString(reencoded).toHex(), javaBytes.toHex());
    }

    void fieldsIndexIsFloorMod_data() {
        QTest::addColumn<int>("hash");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("index");
        QTest::newRow("positive") << 7 << 3 << 1;
        QTest::newRow("negative") << -1 << 5 << 4;
        QTest::newRow("negative exact multiple") << -6 << 3 << 0;
        QTest::newRow("INT_MIN by 3") << INT32_MIN << 3 << 1;
        QTest::newRow("INT_MIN by 4") << INT32_MIN << 4 << 0;
        QTest::newRow("INT_MAX by 7") << INT32_MAX << 7 << 1;
        QTest::newRow("one target") << -12345 << 1 << 0;
    }
    void fieldsIndexIsFloorMod() {
        QFETCH(int, hash);
        QFETCH(int, n);
        QTEST(teacup::grouping::fieldsIndex(hash, n), "index");
    }

    void ackerIndexHashesRootIdLikeStorm_data() {
        QTest::addColumn<quint64>("rootId");
        QTest::addColumn<int>("deepHash");
        QTest::addColumn<int>("index2");
        QTest::addColumn<int>("index3");
        QTest::newRow("0x0123456789ABCDEF") << quint64(0x0123456789ABCDEFULL) << -2004318041 << 1 << 1;
        QTest::newRow("42") << quint64(42) << 73 << 1 << 1;
    }
    void ackerIndexHashesRootIdLikeStorm() {
        QFETCH(quint64, rootId);
        const Value key[] = {Value(static_cast<long long>(rootId))};
        QTEST(teacup::grouping::javaDeepHashCode(key), "deepHash");
        QTEST(teacup::grouping::ackerIndex(rootId, 2), "index2");
        QTEST(teacup::grouping::ackerIndex(rootId, 3), "index3");
        QCOMPARE(teacup::grouping::ackerIndex(rootId, 1), 0);
    }
};

QTEST_GUILESS_MAIN(TestJavaHash)
#include "tst_java_hash.moc"
