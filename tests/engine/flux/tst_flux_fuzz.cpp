// Random and truncated variations of valid Flux files (fixed seeds): every load returns,
// and gives either a usable topology or at least one error; validation and writing of
// whatever loaded never crash either. A failure prints its seed and the input.
#include <random>

#include <QTest>

#include <teacup/flux/flux.h>
#include <teacup/model/catalog.h>

#include "fake_catalog.h"
#include "flux_test_util.h"

using namespace teacup;

namespace {

constexpr int kIterationsPerSeed = 400;
constexpr std::uint32_t kSeeds[] = {1, 7, 42, 1234, 99991, 2024, 31337};

const char* kSeedsFiles[] = {
    R"(name: "shell-topology"
config:
  topology.workers: 1
  topology.max.spout.pending: 10
components:
  - id: builder
    className: teacup.kafka.Builder
    constructorArgs: ["localhost:9092", [topic]]
    properties:
      - {name: strategy, value: EARLIEST}
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
      - ["python3", "splitsentence.py"]
    configMethods:
      - name: setNamedStream
        args: ["errors", ["word", "reason"]]
      - name: withWindow
        args: [ref: "builder", ref: "builder"]
    parallelism: 1
  - id: "count"
    className: "org.apache.storm.testing.TestWordCounter"
    parallelism: 2
streams:
  - name: "spout --> split"
    from: "sentence-spout"
    to: "splitsentence"
    grouping:
      type: SHUFFLE
  - from: "splitsentence"
    to: "count"
    grouping:
      type: FIELDS
      args: ["word"]
)",
    R"(name: anchors
defaults: &d {parallelism: 2, className: teacup.core.Printer}
spouts: [{id: s, className: teacup.core.EventSpout}]
bolts:
  - <<: *d
    id: a
  - {<<: *d, id: b, config: {topology.debug: yes, x: [1, 0x1F, 1:30, .inf, ~, "q"]}}
streams:
  - {from: s, to: a, grouping: {type: DIRECT, streamId: direct}}
  - from: a
    to: b
    grouping: {type: CUSTOM, customClass: {className: org.apache.storm.testing.NGrouping, constructorArgs: [1]}}
  - {from: s, to: b, grouping: {type: PARTIAL_KEY, args: [id]}}
)",
    "name: ${topology.name}\nconfig: {a: ${count}, b: \"${ENV-HOME}\"}\nspouts:\n  - |\n    literal\n  - >\n    "
    "folded\n...\n",
};

const char kNoise[] = ":-[]{}#&*!|>'\"%@`,?\n\t ~$\\0123456789abcxyz";

std::string mutate(const std::string& text, std::mt19937& rng) {
    std::string s = text;
    auto pick = [&](std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    const int edits = 1 + static_cast<int>(pick(4));
    for (int e = 0; e < edits && !s.empty(); ++e) {
        switch (pick(7)) {
        case 0: s.resize(pick(s.size() + 1)); break;                                     // truncate
        case 1: s.erase(pick(s.size()), 1 + pick(8)); break;                             // delete a run
        case 2: s.insert(pick(s.size() + 1), 1, kNoise[pick(sizeof kNoise - 1)]); break; // YAML punctuation
        case 3: s[pick(s.size())] = static_cast<char>(pick(256)); break;                 // any byte
        case 4: {                                                                        // duplicate a slice
            std::size_t at = pick(s.size());
            s.insert(pick(s.size() + 1), s.substr(at, 1 + pick(40)));
            break;
        }
        case 5: s.insert(pick(s.size() + 1), std::string(1 + pick(6), ' ')); break; // break indentation
        default: std::swap(s[pick(s.size())], s[pick(s.size())]); break;
        }
    }
    return s;
}

} // namespace

class FluxFuzzTest : public QObject {
    Q_OBJECT

private slots:
    void mutatedFilesNeverCrashAndFailWithAnError() {
        const teacup::test::FakeCatalog catalog;
        int loaded = 0;
        int rejected = 0;
        for (std::uint32_t seed : kSeeds) {
            std::mt19937 rng(seed);
            for (int i = 0; i < kIterationsPerSeed; ++i) {
                const std::string& original = kSeedsFiles[static_cast<std::size_t>(i) % std::size(kSeedsFiles)];
                const std::string input = mutate(original, rng);
                auto r = flux::loadText(input, "fuzz.yaml");
                const bool consistent = r.ok() || r.diagnostics.hasErrors();
                if (!consistent)
                    QFAIL(qPrintable(QString("seed %1 iteration %2: no topology and no error for:\n%3")
                                         .arg(seed)
                                         .arg(i)
                                         .arg(QString::fromStdString(input))));
                if (!r.spec) {
                    ++rejected;
                    continue;
                }
                ++loaded;
                (void)model::validateTopology(*r.spec, catalog);
                auto again = flux::loadText(flux::writeYaml(*r.spec), "rewritten.yaml");
                if (!again.spec)
                    QFAIL(qPrintable(QString("seed %1 iteration %2: written YAML does not load:\n%3\n%4")
                                         .arg(seed)
                                         .arg(i)
                                         .arg(teacup::test::describe(again.diagnostics),
                                              QString::fromStdString(flux::writeYaml(*r.spec)))));
            }
        }
        // Both outcomes must occur, or the mutations are too weak or too strong to test anything.
        QVERIFY(loaded > 100);
        QVERIFY(rejected > 100);
    }

    void truncatingAtEveryByteNeverCrashes() {
        for (const char* file : kSeedsFiles) {
            const std::string text = file;
            for (std::size_t n = 0; n <= text.size(); ++n) {
                auto r = flux::loadText(text.substr(0, n), "truncated.yaml");
                QVERIFY2(r.ok() || r.diagnostics.hasErrors(), qPrintable(QString::fromStdString(text.substr(0, n))));
            }
        }
    }
};

QTEST_APPLESS_MAIN(FluxFuzzTest)
#include "tst_flux_fuzz.moc"
