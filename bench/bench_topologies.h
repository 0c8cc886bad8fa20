// The fixed topologies the engine benchmarks run, as inline Flux YAML, and what each one
// counts. Private to bench/; README.md explains the choices (max.spout.pending values).
#pragma once

#include <string>

namespace teacup::bench {

// Which ComponentStats counter a threaded benchmark reads.
enum class Counter { Executed, Acked };

struct TopologyBench {
    std::string name;       // benchmark name (benchNames())
    std::string yaml;       // the topology, Flux YAML
    std::string component;  // the component whose counter is the headline rate
    Counter counter = Counter::Executed;
    std::string unit;       // "tuples/s" or "sentences/s"
    std::string counted;    // one phrase for the note: what the rate counts
};

// The threaded benchmark called `name`; nullptr when there is none.
const TopologyBench* findTopologyBench(const std::string& name);

// Word count (RandomSentenceSpout → SplitSentence → WordCount, acked), shared by
// wordcount-acked and sim-wordcount.
const std::string& wordCountYaml();

// The core-plugin classes the benchmarks need, for a clear error when the plugin is missing.
inline constexpr const char* kRequiredClasses[] = {"teacup.core.ConstSpout", "teacup.core.NullBolt",
                                                   "teacup.core.RandomSentenceSpout", "teacup.core.SplitSentence",
                                                   "teacup.core.WordCount"};

} // namespace teacup::bench
