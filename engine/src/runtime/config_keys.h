// Config keys the runtime reads, spelled exactly as Storm spells them, plus Teacup's own
// `teacup.*` keys. Defaults live in config_defaults.cpp; docs/topology-format.md lists both.
#pragma once

#include <string>

namespace teacup::runtime::keys {

inline const std::string kWorkers = "topology.workers";
inline const std::string kAckerExecutors = "topology.acker.executors";
inline const std::string kMessageTimeoutSecs = "topology.message.timeout.secs";
inline const std::string kEnableMessageTimeouts = "topology.enable.message.timeouts";
inline const std::string kMaxSpoutPending = "topology.max.spout.pending";
inline const std::string kMaxTaskParallelism = "topology.max.task.parallelism";
inline const std::string kTickTupleFreqSecs = "topology.tick.tuple.freq.secs";
inline const std::string kDebug = "topology.debug";
inline const std::string kReceiveBufferSize = "topology.executor.receive.buffer.size";
inline const std::string kDisableLoadAware = "topology.disable.loadaware.messaging";
inline const std::string kTasks = "topology.tasks";
inline const std::string kTopologyName = "topology.name";

// Teacup's own keys.
inline const std::string kRestartDelayMs = "teacup.supervisor.restart.delay.ms";
inline const std::string kSimExecuteNanos = "teacup.sim.execute.nanos";
inline const std::string kSimSpoutEmitNanos = "teacup.sim.spout.emit.nanos";
inline const std::string kSimTransferNanos = "teacup.sim.transfer.nanos";
inline const std::string kSimRemoteTransferNanos = "teacup.sim.remote.transfer.nanos";
inline const std::string kSpoutIdleNanos = "teacup.spout.idle.nanos";
inline const std::string kTopologyDir = "teacup.topology.dir";

} // namespace teacup::runtime::keys
