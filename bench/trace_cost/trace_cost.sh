#!/usr/bin/env bash
# Tracing-off cost: runs the probe built against the shipped engine and the one built with
# tracing compiled out, alternately, ROUNDS times each on the same simulated work, and prints
# the median wall time of each and their ratio (plus one run with a dropping sink: tracing on).
# Usage: bash bench/trace_cost/trace_cost.sh BUILD_DIR [ROUNDS] [SIMULATED_MS]
set -euo pipefail
build="${1:?usage: trace_cost.sh BUILD_DIR [ROUNDS] [SIMULATED_MS]}"
rounds="${2:-9}"
ms="${3:-2000}"
export TEACUP_PLUGIN_PATH="$build/lib/teacup/plugins"
traced=() notrace=()
for ((i = 0; i < rounds; i++)); do
  traced+=("$("$build/bin/teacup_trace_probe" "$ms" | sed -E 's/.*"wall_s": ([0-9.]+).*/\1/')")
  notrace+=("$("$build/bin/teacup_trace_probe_notrace" "$ms" | sed -E 's/.*"wall_s": ([0-9.]+).*/\1/')")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mt=$(median "${traced[@]}")
mn=$(median "${notrace[@]}")
on=$("$build/bin/teacup_trace_probe" "$ms" --sink | sed -E 's/.*"wall_s": ([0-9.]+).*/\1/')
awk -v t="$mt" -v n="$mn" -v o="$on" -v r="$rounds" -v ms="$ms" 'BEGIN {
  printf "{\"simulated_ms\": %d, \"rounds\": %d, \"median_wall_s_tracing_off\": %.4f, ", ms, r, t
  printf "\"median_wall_s_compiled_out\": %.4f, \"tracing_off_cost_pct\": %.2f, ", n, (t / n - 1) * 100
  printf "\"wall_s_tracing_on_dropping_sink\": %.4f}\n", o }'
