// Argument checks shared by the core pack's factories (see arg_checks.h).
#include "arg_checks.h"

#include "value_text.h"

namespace teacup::core {

std::string describeGiven(const ComponentArgs& args) {
    return ", got " + formatValues(args.constructorArgs, StringStyle::Quoted, "[", "]");
}

bool checkPropertiesAndMethods(const ComponentArgs& args, const std::string& shortName,
                               std::initializer_list<const char*> known) {
    for (const auto& [name, value] : args.properties) {
        bool found = false;
        std::string list;
        for (const char* k : known) {
            found = found || name == k;
            list += list.empty() ? k : std::string(", ") + k;
        }
        if (found) continue;
        args.refuse(shortName + " has no property '" + name + "'" +
                    (list.empty() ? " (it takes none)" : " (known: " + list + ")"));
        return false;
    }
    if (!args.configMethods.empty()) {
        args.refuse(shortName + " has no config method '" + args.configMethods.front().name +
                    "' (it takes none)");
        return false;
    }
    return true;
}

bool acceptsNoArgs(const ComponentArgs& args, const std::string& shortName) {
    if (args.argCount() != 0) {
        args.refuse(shortName + " takes no constructorArgs" + describeGiven(args));
        return false;
    }
    return checkPropertiesAndMethods(args, shortName, {});
}

std::optional<bool> optionalBool(const ComponentArgs& args, std::size_t i, bool fallback) {
    if (i >= args.argCount()) return fallback;
    if (!args.arg(i).isBool()) return std::nullopt;
    return args.arg(i).asBool();
}

std::optional<std::int64_t> integerValue(const Value& value) {
    if (!value.isInteger()) return std::nullopt;
    return value.asInt();
}

std::optional<std::vector<Values>> tupleList(const Value& value) {
    if (!value.isList()) return std::nullopt;
    std::vector<Values> tuples;
    for (const auto& element : value.asList()) {
        if (!element.isList()) return std::nullopt;
        tuples.emplace_back(element.asList().begin(), element.asList().end());
    }
    return tuples;
}

bool checkTupleWidths(const ComponentArgs& args, const std::string& shortName, const std::vector<Values>& tuples,
                      const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < tuples.size(); ++i) {
        if (tuples[i].size() == fields.size()) continue;
        args.refuse(shortName + ": tuple " + std::to_string(i) + " " + formatValues(tuples[i], StringStyle::Quoted) +
                    " has " + std::to_string(tuples[i].size()) + " values but " + std::to_string(fields.size()) +
                    " fields are declared " + formatValues(Values(fields.begin(), fields.end()), StringStyle::Quoted));
        return false;
    }
    return true;
}

} // namespace teacup::core
