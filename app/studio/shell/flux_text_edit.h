// The studio's model edits as rewrites of Flux YAML text: each takes the current text and
// returns the new one, changing only the lines of the part it edits (see yaml_patch.h).
// Errors (InvalidInput / NotFound) when the text does not parse or the part is missing.
// No Qt; any thread.
#pragma once

#include <optional>
#include <string>

#include <teacup/common/result.h>
#include <teacup/model/topology_spec.h>

namespace teacup::studio::fluxedit {

// Appends a spout or bolt `- id / className / parallelism` to `spouts:` / `bolts:` (the
// section is created in Flux's place when missing).
Result<std::string> addComponent(const std::string& text, model::ComponentKind kind, const std::string& id,
                                 const std::string& className, int parallelism = 1);
// Removes the component and every stream from or to it.
Result<std::string> removeComponent(const std::string& text, const std::string& id);
// Renames the component and the `from`/`to` of its streams.
Result<std::string> renameComponent(const std::string& text, const std::string& oldId, const std::string& newId);
Result<std::string> setClassName(const std::string& text, const std::string& id, const std::string& className);
Result<std::string> setParallelism(const std::string& text, const std::string& id, int parallelism);
// nullopt removes the property.
Result<std::string> setProperty(const std::string& text, const std::string& id, const std::string& name,
                                const std::optional<Value>& value);
// An empty list removes `constructorArgs`.
Result<std::string> setConstructorArgs(const std::string& text, const std::string& id, const ValueList& args);
// Per-component `config:` key; nullopt removes the key.
Result<std::string> setComponentConfig(const std::string& text, const std::string& id, const std::string& key,
                                       const std::optional<Value>& value);
// Topology `config:` key; nullopt removes the key.
Result<std::string> setTopologyConfig(const std::string& text, const std::string& key,
                                      const std::optional<Value>& value);
// Appends a subscription to `streams:`.
Result<std::string> addStream(const std::string& text, const model::StreamDef& stream);
// `index` counts the items of the text's `streams:` sequence.
Result<std::string> removeStream(const std::string& text, std::size_t index);
// Rewrites the keys of `grouping:` of stream `index` that differ (type, streamId, args).
Result<std::string> setGrouping(const std::string& text, std::size_t index, const model::GroupingDef& grouping);

// A fresh Flux file for a new topology named `name`.
std::string newTopologyText(const std::string& name);

} // namespace teacup::studio::fluxedit
