// VmRSS and VmHWM from /proc/self/status (values are in kB there).
#include "proc_memory.h"

#include <fstream>
#include <sstream>
#include <string>

namespace teacup::bench {

namespace {

constexpr double kKbPerMb = 1024.0;

// The value of one "Key:   1234 kB" line, in MB; 0 when the line is missing.
double statusFieldMb(const std::string& key) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.compare(0, key.size(), key) != 0 || line.size() <= key.size() || line[key.size()] != ':') continue;
        std::istringstream fields(line.substr(key.size() + 1));
        double kb = 0;
        fields >> kb;
        return kb / kKbPerMb;
    }
    return 0;
}

} // namespace

double currentRssMb() { return statusFieldMb("VmRSS"); }

double peakRssMb() { return statusFieldMb("VmHWM"); }

} // namespace teacup::bench
