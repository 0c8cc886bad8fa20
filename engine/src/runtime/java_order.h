// Java's String.compareTo order (UTF-16 code units), which Storm uses to number tasks.
#pragma once

#include <string>

namespace teacup::runtime {

// True when `a` sorts before `b` as java.lang.String.compareTo would order them.
bool javaStringLess(const std::string& a, const std::string& b);

} // namespace teacup::runtime
