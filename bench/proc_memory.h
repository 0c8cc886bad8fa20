// Process memory figures for the benchmarks, read from Linux's /proc/self/status: the resident
// set now (VmRSS) and its high-water mark (VmHWM). Bench code only; the engine never reads them.
#pragma once

namespace teacup::bench {

// Resident set size now, in MB (2^20 bytes); 0 when /proc/self/status cannot be read.
double currentRssMb();
// Peak resident set size of the whole process since it started, in MB; 0 when unreadable.
// Monotonic: it never goes down, so it covers every benchmark run before it in the process.
double peakRssMb();

} // namespace teacup::bench
