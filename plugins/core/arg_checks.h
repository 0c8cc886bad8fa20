// Argument checks shared by the core pack's factories: typed reads of Flux constructorArgs
// and properties, and refusals that name the class, the expected shape and what was given.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <teacup/sdk/component_args.h>
#include <teacup/sdk/value.h>

namespace teacup::core {

// ", got [1, \"x\"]" for the refusal message.
std::string describeGiven(const ComponentArgs& args);

// Refuses with "<expected>, got <constructorArgs as written>" and returns nullptr, so a
// factory can `return refuseArgs<Spout>(args, "...")`.
template <typename T> std::unique_ptr<T> refuseArgs(const ComponentArgs& args, const std::string& expected) {
    args.refuse(expected + describeGiven(args));
    return nullptr;
}

// Refuses (and returns false) when `args` sets a property outside `known` or calls any
// configMethod: Flux would fail on a missing setter or method, so we do too.
bool checkPropertiesAndMethods(const ComponentArgs& args, const std::string& shortName,
                               std::initializer_list<const char*> known);

// For classes without arguments: refuses (and returns false) on any constructorArg,
// property or configMethod.
bool acceptsNoArgs(const ComponentArgs& args, const std::string& shortName);

// Argument `i` as a bool; `fallback` when absent; nullopt when present with another type.
std::optional<bool> optionalBool(const ComponentArgs& args, std::size_t i, bool fallback);

// An integer (Int or Long) Value, or nullopt for any other kind.
std::optional<std::int64_t> integerValue(const Value& value);

// A list of lists (tuples written inline in YAML); nullopt when any element is not a list.
std::optional<std::vector<Values>> tupleList(const Value& value);

// Refuses and returns false when a tuple's size differs from `fields`, naming the tuple.
bool checkTupleWidths(const ComponentArgs& args, const std::string& shortName, const std::vector<Values>& tuples,
                      const std::vector<std::string>& fields);

} // namespace teacup::core
