// Names of grouping types as Flux spells them.
#include <teacup/model/topology_spec.h>

#include <array>
#include <utility>

namespace teacup::model {

namespace {
constexpr std::array<std::pair<GroupingType, const char*>, 9> kNames{{
    {GroupingType::Shuffle, "SHUFFLE"},
    {GroupingType::Fields, "FIELDS"},
    {GroupingType::All, "ALL"},
    {GroupingType::Global, "GLOBAL"},
    {GroupingType::None, "NONE"},
    {GroupingType::Direct, "DIRECT"},
    {GroupingType::LocalOrShuffle, "LOCAL_OR_SHUFFLE"},
    {GroupingType::PartialKey, "PARTIAL_KEY"},
    {GroupingType::Custom, "CUSTOM"},
}};
} // namespace

const char* groupingTypeName(GroupingType type) {
    for (const auto& [t, name] : kNames)
        if (t == type) return name;
    return "SHUFFLE";
}

std::optional<GroupingType> parseGroupingType(const std::string& name) {
    for (const auto& [t, n] : kNames)
        if (name == n) return t;
    return std::nullopt;
}

} // namespace teacup::model
