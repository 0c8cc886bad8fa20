// Storm's defaults.yaml values for the keys Teacup reads, and the effective topology config.
// Teacup keeps message timeouts on (Storm's LocalCluster turns them off): docs/differences.md.
#include <teacup/runtime/physical_plan.h>

#include <filesystem>

#include "runtime/config_keys.h"

namespace teacup::runtime {

namespace {

Config stormDefaults() {
    Config c;
    c[keys::kWorkers] = Value(1);
    c[keys::kAckerExecutors] = Value();
    c[keys::kMessageTimeoutSecs] = Value(30);
    c[keys::kEnableMessageTimeouts] = Value(true);
    c[keys::kMaxSpoutPending] = Value();
    c[keys::kMaxTaskParallelism] = Value();
    c[keys::kTickTupleFreqSecs] = Value();
    c[keys::kDebug] = Value(false);
    c[keys::kReceiveBufferSize] = Value(32768);
    c[keys::kDisableLoadAware] = Value(false);
    c["topology.stats.sample.rate"] = Value(0.05);
    c["topology.eventlogger.executors"] = Value(0);
    c["topology.spout.recvq.skips"] = Value(3);
    c["topology.shellbolt.max.pending"] = Value(100);
    c["storm.cluster.mode"] = Value("local");
    c[keys::kRestartDelayMs] = Value(1000);
    c[keys::kSimExecuteNanos] = Value(2000);
    c[keys::kSimSpoutEmitNanos] = Value(1000);
    c[keys::kSimTransferNanos] = Value(1000);
    c[keys::kSimRemoteTransferNanos] = Value(50000);
    c[keys::kSpoutIdleNanos] = Value(1000000);
    return c;
}

} // namespace

Config effectiveConfig(const model::TopologySpec& spec, const Config& overrides) {
    Config c = stormDefaults();
    for (const auto& [k, v] : spec.config) c[k] = v;
    for (const auto& [k, v] : overrides) c[k] = v;
    c[keys::kTopologyName] = Value(spec.name);
    // Components resolve relative paths (data files) against the YAML file's folder.
    if (!spec.sourceFile.empty() && c.find(keys::kTopologyDir) == c.end()) {
        std::error_code ec;
        auto dir = std::filesystem::absolute(spec.sourceFile, ec).parent_path();
        if (!ec) c[keys::kTopologyDir] = Value(dir.string());
    }
    return c;
}

} // namespace teacup::runtime
