// JSON text to tuple Values (see json_value.h). nlohmann exceptions stop here.
#include "json_value.h"

#include <limits>

#include <nlohmann/json.hpp>

namespace teacup::core {

namespace {

Value toValue(const nlohmann::json& json) {
    switch (json.type()) {
    case nlohmann::json::value_t::null: return Value();
    case nlohmann::json::value_t::boolean: return Value(json.get<bool>());
    case nlohmann::json::value_t::number_integer: return Value::integer(json.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned: {
        const auto u = json.get<std::uint64_t>();
        if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return Value::integer(static_cast<std::int64_t>(u));
        return Value(static_cast<double>(u));
    }
    case nlohmann::json::value_t::number_float: return Value(json.get<double>());
    case nlohmann::json::value_t::string: return Value(json.get<std::string>());
    case nlohmann::json::value_t::array: {
        ValueList list;
        list.reserve(json.size());
        for (const auto& element : json) list.push_back(toValue(element));
        return Value(std::move(list));
    }
    case nlohmann::json::value_t::object: {
        ValueMap map;
        for (const auto& [key, element] : json.items()) map.emplace(key, toValue(element));
        return Value(std::move(map));
    }
    case nlohmann::json::value_t::binary: {
        const auto& binary = json.get_binary();
        return Value(Bytes{std::string(binary.begin(), binary.end())});
    }
    case nlohmann::json::value_t::discarded: break;
    }
    return Value();
}

} // namespace

JsonParse parseJsonValue(std::string_view text) {
    try {
        return {toValue(nlohmann::json::parse(text)), {}};
    } catch (const nlohmann::json::exception& e) {
        return {std::nullopt, e.what()};
    }
}

} // namespace teacup::core
