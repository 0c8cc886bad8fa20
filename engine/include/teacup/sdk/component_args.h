// The Flux definition of one component as its factory sees it: constructorArgs, properties
// and configMethods, already substituted and typed, plus a way to refuse them.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <teacup/sdk/value.h>

namespace teacup {

struct ConfigMethodCall {
    std::string name;
    ValueList args;
};

// Read-only view handed to a factory. A factory that cannot use the arguments sets an error
// with refuse(); the engine turns it into a diagnostic at the component's YAML position.
class ComponentArgs {
public:
    std::string componentId;
    std::string className;
    ValueList constructorArgs;
    std::vector<std::pair<std::string, Value>> properties;
    std::vector<ConfigMethodCall> configMethods;

    std::size_t argCount() const { return constructorArgs.size(); }
    const Value& arg(std::size_t i) const {
        static const Value none;
        return i < constructorArgs.size() ? constructorArgs[i] : none;
    }
    // The last value given for a property (Flux applies properties in order).
    std::optional<Value> property(const std::string& name) const {
        std::optional<Value> found;
        for (const auto& [n, v] : properties)
            if (n == name) found = v;
        return found;
    }

    void refuse(std::string message) const {
        if (m_error.empty()) m_error = std::move(message);
    }
    const std::string& error() const { return m_error; }

private:
    mutable std::string m_error;
};

// Strings of a list argument (Flux's String[] coercion: every element must be a string).
inline std::optional<std::vector<std::string>> stringList(const Value& v) {
    if (!v.isList()) return std::nullopt;
    std::vector<std::string> out;
    for (const auto& e : v.asList()) {
        if (!e.isString()) return std::nullopt;
        out.push_back(e.asString());
    }
    return out;
}

} // namespace teacup
