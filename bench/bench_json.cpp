// toJson: the machine-readable form of benchmark results (`teacup bench ... --json`).
#include <nlohmann/json.hpp>

#include "teacup_bench.h"

namespace teacup::bench {

std::string toJson(const std::vector<BenchResult>& results, bool withRatio) {
    auto array = nlohmann::ordered_json::array();
    for (const auto& r : results) {
        nlohmann::ordered_json o;
        o["name"] = r.name;
        o["tuples_per_s"] = r.tuplesPerSecond;
        o["peak_rss_mb"] = r.peakRssMb;
        if (withRatio) o["ratio_to_ring_limit"] = r.ratioToRingLimit;
        o["unit"] = r.unit;
        o["note"] = r.note;
        array.push_back(std::move(o));
    }
    return array.dump(2);
}

} // namespace teacup::bench
