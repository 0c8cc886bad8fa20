// The bytes of `value.toString().getBytes()` for a tuple value, as partial key grouping without
// fields reads its key (Storm's PartialKeyGrouping no-argument form). Used nowhere else.
#pragma once

#include <string>

#include <teacup/sdk/value.h>

namespace teacup::grouping {

// Appends the UTF-8 bytes of Java's toString() of the value Storm would hold (the JVM default
// charset is UTF-8 on Linux). String → itself (malformed UTF-8 becomes EF BF BD, as a Java
// round trip does); Int, Long → decimal; Bool → "true"/"false"; Double → Double.toString
// ("1.0", "1.0E7", "1.0E-4", "NaN", "-Infinity"), using the JDK 19+ digit choice, which JDK 17
// shares except for rare values; List → "[a, b]"; Map → "{k=v, k2=v2}".
// Differences from Java, all for inputs where Java's answer is not reproducible or not defined:
// Null → "null" (Java throws NullPointerException); Map entries in key order (a HashMap iterates
// in bucket order); Bytes → the bytes as text (Java prints "[B@" and an identity hash).
void appendJavaToString(const teacup::Value& value, std::string& out);

} // namespace teacup::grouping
