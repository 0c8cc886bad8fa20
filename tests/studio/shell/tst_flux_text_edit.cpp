// fluxedit: model edits rewrite only the lines they change; the rest of the file (comments,
// key order, blank lines) stays byte for byte, and the result loads as the intended model.
#include <QtTest>

#include <teacup/flux/flux.h>

#include "shell/flux_text_edit.h"

using namespace teacup;
using namespace teacup::studio;

namespace {

const std::string kWordCount = R"(# Word count.
name: "word-count"

config:
  topology.workers: 1
  # keep this comment
  topology.max.spout.pending: 1000

spouts:
  - id: "sentences"
    className: "teacup.core.RandomSentenceSpout"
    parallelism: 1  # one spout

bolts:
  - id: "split"
    className: "teacup.core.SplitSentence"
    parallelism: 2

  # the counter
  - id: "count"
    className: "teacup.core.WordCount"
    parallelism: 2

streams:
  - name: "sentences --> split"
    from: "sentences"
    to: "split"
    grouping:
      type: SHUFFLE

  - name: "split --> count"
    from: "split"
    to: "count"
    grouping:
      # by word
      type: FIELDS
      args: ["word"]
)";

model::TopologySpec load(const std::string& text) {
    auto loaded = flux::loadText(text, "test.yaml");
    if (!loaded.spec) qFatal("text does not load: %s", text.c_str());
    return *loaded.spec;
}

std::string value(const Result<std::string>& r) {
    if (!r) qFatal("edit failed: %s", r.error().message.c_str());
    return r.value();
}

} // namespace

class TstFluxTextEdit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addBoltAppendsOneItemInTheFilesStyle() {
        std::string out =
            value(fluxedit::addComponent(kWordCount, model::ComponentKind::Bolt, "printer", "teacup.core.PrinterBolt"));
        const std::string expected = R"(    parallelism: 2

  - id: "printer"
    className: "teacup.core.PrinterBolt"
    parallelism: 1

streams:)";
        QVERIFY2(out.find(expected) != std::string::npos, out.c_str());
        QCOMPARE(load(out).bolts.size(), std::size_t(3));
        QCOMPARE(out.size(),
                 kWordCount.size() + expected.size() - std::string("    parallelism: 2\n\nstreams:").size());
    }

    void addSpoutCreatesTheSectionInFluxOrder() {
        std::string out = value(fluxedit::addComponent(fluxedit::newTopologyText("t"), model::ComponentKind::Spout, "s",
                                                       "teacup.core.RandomSentenceSpout"));
        QCOMPARE(out, std::string("name: \"t\"\n\nspouts:\n  - id: \"s\"\n    className: "
                                  "\"teacup.core.RandomSentenceSpout\"\n    parallelism: 1\n"));
        out = value(fluxedit::addComponent(out, model::ComponentKind::Bolt, "b", "x.B"));
        out = value(fluxedit::addComponent(out, model::ComponentKind::Spout, "s2", "x.S"));
        auto spec = load(out);
        QCOMPARE(spec.spouts.size(), std::size_t(2));
        QCOMPARE(spec.bolts.size(), std::size_t(1));
        QVERIFY(out.find("spouts:") < out.find("bolts:"));
    }

    void connectAddsAStreamAndGroupingChangeKeepsComments() {
        std::string out = value(fluxedit::addComponent(kWordCount, model::ComponentKind::Bolt, "p", "x.P"));
        model::StreamDef s;
        s.from = "count";
        s.to = "p";
        s.grouping.type = GroupingType::Fields;
        s.grouping.fields = {"word"};
        out = value(fluxedit::addStream(out, s));
        auto spec = load(out);
        QCOMPARE(spec.streams.size(), std::size_t(3));
        QCOMPARE(spec.streams[2].grouping.fields, std::vector<std::string>{"word"});
        model::GroupingDef g;
        g.type = GroupingType::Shuffle;
        out = value(fluxedit::setGrouping(out, 1, g));
        QVERIFY2(out.find("      # by word\n      type: SHUFFLE\n\n") != std::string::npos, out.c_str());
        QCOMPARE(load(out).streams[1].grouping.type, GroupingType::Shuffle);
        QVERIFY(load(out).streams[1].grouping.fields.empty());
    }

    void parallelismChangeKeepsTheTrailingComment() {
        std::string out = value(fluxedit::setParallelism(kWordCount, "sentences", 4));
        std::string expected = kWordCount;
        expected.replace(expected.find("parallelism: 1  #"), 14, "parallelism: 4");
        QCOMPARE(out, expected);
    }

    void removeComponentRemovesItsStreamsAndComment() {
        std::string out = value(fluxedit::removeComponent(kWordCount, "count"));
        auto spec = load(out);
        QCOMPARE(spec.bolts.size(), std::size_t(1));
        QCOMPARE(spec.streams.size(), std::size_t(1));
        QVERIFY(out.find("# the counter") == std::string::npos);
        QVERIFY(out.find("# keep this comment") != std::string::npos);
    }

    void renameRewritesIdAndStreamEnds() {
        std::string out = value(fluxedit::renameComponent(kWordCount, "split", "splitter"));
        auto spec = load(out);
        QVERIFY(spec.findComponent("splitter"));
        QCOMPARE(spec.streams[0].to, std::string("splitter"));
        QCOMPARE(spec.streams[1].from, std::string("splitter"));
        QCOMPARE(spec.streams[0].name, std::string("sentences --> split"));
        QVERIFY(!fluxedit::renameComponent(kWordCount, "split", "count").ok());
    }

    void propertiesArgsAndConfigRoundTrip() {
        std::string out = value(fluxedit::setProperty(kWordCount, "split", "separator", Value(" ")));
        out = value(fluxedit::setProperty(out, "split", "limit", Value(3)));
        out = value(fluxedit::setConstructorArgs(out, "count", ValueList{Value("word"), Value(2)}));
        out = value(fluxedit::setComponentConfig(out, "count", "topology.tick.tuple.freq.secs", Value(5)));
        out = value(fluxedit::setTopologyConfig(out, "topology.debug", Value(true)));
        auto spec = load(out);
        const auto* split = spec.findComponent("split");
        QCOMPARE(split->object.properties.size(), std::size_t(2));
        QCOMPARE(split->object.properties[1].second, Value(3));
        QCOMPARE(spec.findComponent("count")->object.constructorArgs.size(), std::size_t(2));
        QCOMPARE(spec.findComponent("count")->config.at("topology.tick.tuple.freq.secs"), Value(5));
        QCOMPARE(spec.config.at("topology.debug"), Value(true));
        QVERIFY(out.find("  # keep this comment\n") != std::string::npos);
        out = value(fluxedit::setProperty(out, "split", "separator", std::nullopt));
        out = value(fluxedit::setProperty(out, "split", "limit", std::nullopt));
        out = value(fluxedit::setConstructorArgs(out, "count", {}));
        out = value(fluxedit::setComponentConfig(out, "count", "topology.tick.tuple.freq.secs", std::nullopt));
        out = value(fluxedit::setTopologyConfig(out, "topology.debug", std::nullopt));
        QCOMPARE(out, kWordCount);
    }

    void unknownComponentIsAnError() {
        auto r = fluxedit::setParallelism(kWordCount, "nope", 2);
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains("nope"));
    }
};

QTEST_GUILESS_MAIN(TstFluxTextEdit)
#include "tst_flux_text_edit.moc"
