// SplitSentence, WordCount and FieldCount: outputs, per-task counts, declared fields.
#include <QTest>

#include "fake_harness.h"
#include "word_bolts.h"

using namespace teacup;
using namespace teacup::testing;

class TestWordBolts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitSentenceEmitsOneTuplePerWord_data() {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("plain") << "the cow jumped" << QStringList{"the", "cow", "jumped"};
        QTest::newRow("repeated spaces") << "  four   score " << QStringList{"four", "score"};
        QTest::newRow("tabs and newlines") << "snow\twhite\nand" << QStringList{"snow", "white", "and"};
        QTest::newRow("empty") << "" << QStringList{};
        QTest::newRow("only spaces") << "   " << QStringList{};
    }
    void splitSentenceEmitsOneTuplePerWord() {
        QFETCH(QString, sentence);
        QFETCH(QStringList, words);
        core::SplitSentence bolt;
        const auto outcome = executeBasic(bolt, makeTuple({Value(sentence.toStdString())}, {"sentence"}));
        QVERIFY(!outcome.failed);
        QStringList emitted;
        for (const auto& values : outcome.emits) {
            QCOMPARE(values.size(), std::size_t(1));
            emitted << QString::fromStdString(values[0].asString());
        }
        QCOMPARE(emitted, words);
    }

    void splitSentenceDeclaresWord() {
        const auto streams = declaredStreams(core::SplitSentence());
        QCOMPARE(streams.size(), std::size_t(1));
        QCOMPARE(streams[0].id, kDefaultStream);
        QCOMPARE(streams[0].fields, Fields({"word"}));
    }

    void wordCountEmitsTheNewCountOfEachWord() {
        core::WordCount bolt;
        std::vector<Values> emitted;
        for (const char* word : {"the", "cow", "the", "the"}) {
            auto outcome = executeBasic(bolt, makeTuple({Value(word)}, {"word"}));
            QVERIFY(!outcome.failed);
            QCOMPARE(outcome.emits.size(), std::size_t(1));
            emitted.push_back(outcome.emits[0]);
        }
        const std::vector<Values> expected{{Value("the"), Value(1)}, {Value("cow"), Value(1)},
                                           {Value("the"), Value(2)}, {Value("the"), Value(3)}};
        QCOMPARE(emitted, expected);
        QCOMPARE(declaredStreams(bolt)[0].fields, Fields({"word", "count"}));
    }

    void wordCountKeepsEachTaskSeparate() {
        core::WordCount task1;
        core::WordCount task2;
        executeBasic(task1, makeTuple({Value("moon")}, {"word"}));
        const auto outcome = executeBasic(task2, makeTuple({Value("moon")}, {"word"}));
        QCOMPARE(outcome.emits[0], (Values{Value("moon"), Value(1)}));
    }

    void wordCountCountsStringAndIntegerApart() {
        core::WordCount bolt;
        executeBasic(bolt, makeTuple({Value("1")}, {"word"}));
        const auto outcome = executeBasic(bolt, makeTuple({Value(1)}, {"word"}));
        QCOMPARE(outcome.emits[0], (Values{Value(1), Value(1)}));
    }

    void fieldCountCountsTheNamedField() {
        auto bolt = core::makeFieldCount(makeArgs("teacup.core.FieldCount", {Value("urlref")}));
        QVERIFY(bolt);
        QCOMPARE(declaredStreams(*bolt)[0].fields, Fields({"urlref", "count"}));
        const std::vector<std::string> fields{"url", "urlref"};
        executeBasic(*bolt, makeTuple({Value("/a"), Value("news")}, fields));
        executeBasic(*bolt, makeTuple({Value("/b"), Value("blog")}, fields));
        const auto outcome = executeBasic(*bolt, makeTuple({Value("/c"), Value("news")}, fields));
        QCOMPARE(outcome.emits.size(), std::size_t(1));
        QCOMPARE(outcome.emits[0], (Values{Value("news"), Value(2)}));
    }

    void fieldCountFailsAndReportsAnInputWithoutTheField() {
        core::FieldCount bolt("urlref");
        const auto outcome = executeBasic(bolt, makeTuple({Value("x")}, {"word"}, "clicks"));
        QVERIFY(outcome.failed);
        QVERIFY(outcome.reported);
        QVERIFY(outcome.reported->find("'clicks'") != std::string::npos);
        QVERIFY(outcome.reported->find("'urlref'") != std::string::npos);
        QVERIFY(outcome.emits.empty());
    }
};

QTEST_GUILESS_MAIN(TestWordBolts)
#include "tst_word_bolts.moc"
