// The benchmark topologies. Every component has parallelism 1, so a figure measures the
// per-hop cost of the engine, not how well the machine's two cores share a wider graph.
#include "bench_topologies.h"

#include "wordcount_yaml.h"

#include <array>

namespace teacup::bench {

namespace {

// Acking off: a spout emits, the NullBolt drops; one hop per tuple.
const char* const kConstNull = R"(
name: bench-const-null
config:
  topology.acker.executors: 0
spouts:
  - {id: spout, className: teacup.core.ConstSpout, parallelism: 1}
bolts:
  - {id: sink, className: teacup.core.NullBolt, parallelism: 1}
streams:
  - {from: spout, to: sink, grouping: {type: SHUFFLE}}
)";

// Acking on (one acker): each tuple is an ack_init, the hop, an ack, and the acker's reply.
// max.spout.pending 5000: enough trees in flight to keep both hops in full 64-message batches
// (README.md has the sweep this value came from).
const char* const kConstNullAcked = R"(
name: bench-const-null-acked
config:
  topology.max.spout.pending: 5000
spouts:
  - {id: spout, className: teacup.core.ConstSpout, parallelism: 1, constructorArgs: [true]}
bolts:
  - {id: sink, className: teacup.core.NullBolt, parallelism: 1}
streams:
  - {from: spout, to: sink, grouping: {type: SHUFFLE}}
)";

const std::string kWordCount = kWordCountYaml;

const std::array<TopologyBench, 3>& topologyBenches() {
    static const std::array<TopologyBench, 3> benches{{
        {"const-null", kConstNull, "sink", Counter::Executed, "tuples/s", "sink (NullBolt) executed"},
        {"const-null-acked", kConstNullAcked, "sink", Counter::Executed, "tuples/s", "sink (NullBolt) executed"},
        {"wordcount-acked", kWordCount, "sentences", Counter::Acked, "sentences/s", "spout acked (whole trees)"},
    }};
    return benches;
}

} // namespace

const TopologyBench* findTopologyBench(const std::string& name) {
    for (const auto& b : topologyBenches())
        if (b.name == name) return &b;
    return nullptr;
}

const std::string& wordCountYaml() { return kWordCount; }

} // namespace teacup::bench
