// The word-count topology every word-count benchmark runs (wordcount-acked, sim-wordcount and
// bench/trace_cost's probe, which cannot link teacup_bench): storm-starter's sentences, split,
// count with fields grouping, acking on, one task each.
#pragma once

namespace teacup::bench {

inline constexpr const char* kWordCountYaml = R"(
name: bench-wordcount
config:
  topology.max.spout.pending: 2000
spouts:
  - {id: sentences, className: teacup.core.RandomSentenceSpout, parallelism: 1, constructorArgs: [true]}
bolts:
  - {id: split, className: teacup.core.SplitSentence, parallelism: 1}
  - {id: count, className: teacup.core.WordCount, parallelism: 1}
streams:
  - {from: sentences, to: split, grouping: {type: SHUFFLE}}
  - {from: split, to: count, grouping: {type: FIELDS, args: [word]}}
)";

} // namespace teacup::bench
