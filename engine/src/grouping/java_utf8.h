// Reads Teacup's UTF-8 strings the way Java's UTF-8 decoder would, so that a string hashes
// (and re-encodes) exactly like the java.lang.String Storm would hold. Hashing lives in java_hash.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace teacup::grouping {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the character at `pos` and moves `pos` past it. Valid UTF-8 yields its code point.
// Malformed input yields U+FFFD and consumes exactly the bytes that Java's decoder
// (new String(bytes, UTF_8), or a CharsetDecoder in REPLACE mode) turns into one U+FFFD:
// a bad lead byte or a sequence broken by a bad continuation byte is cut at the first byte
// that cannot continue it, an encoded surrogate (ED A0..BF xx) is one U+FFFD for its 3 bytes,
// and a sequence truncated by the end of the text is one U+FFFD for the whole tail.
// Precondition: pos < text.size() (otherwise returns U+FFFD and leaves pos unchanged).
char32_t decodeJavaUtf8(std::string_view text, std::size_t& pos);

// java.lang.String.hashCode() of the decoded text: h = 31·h + unit over UTF-16 code units,
// a character above U+FFFF counting as its two surrogates. Empty text → 0.
std::int32_t javaStringHashCode(std::string_view utf8);

// Appends what String.getBytes(UTF_8) returns for the decoded text: valid UTF-8 is copied
// unchanged and every malformed part becomes EF BF BD (U+FFFD).
void appendJavaUtf8(std::string_view utf8, std::string& out);

} // namespace teacup::grouping
