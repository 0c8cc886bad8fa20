// Display text for SDK values in the studio's models: JSON-like ("word", 3, [1, 2], {k: v}),
// strings quoted, so a tuple's values read as they would in a Storm log line.
#pragma once

#include <QString>

#include <teacup/sdk/value.h>

namespace teacup::studio {

QString valueText(const Value& value);
// A tuple's values as "[v1, v2, ...]".
QString valuesText(const Values& values);

} // namespace teacup::studio
