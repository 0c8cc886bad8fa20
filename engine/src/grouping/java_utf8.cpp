// Java-compatible UTF-8 decoding: the malformed-input lengths of the JDK's UTF-8 decoder
// (sun.nio.cs.UTF_8, REPLACE mode), checked against OpenJDK 17 (see tst_java_hash).
#include "grouping/java_utf8.h"

namespace teacup::grouping {
namespace {

constexpr char32_t kFirstSupplementary = 0x10000;
constexpr char32_t kLastCodePoint = 0x10FFFF;

bool isContinuation(unsigned b) { return (b & 0xC0U) == 0x80U; }

// Second byte of a 3-byte sequence that already proves it malformed (overlong E0 80..9F, or not a
// continuation byte).
bool badSecondOf3(unsigned b1, unsigned b2) { return (b1 == 0xE0U && (b2 & 0xE0U) == 0x80U) || !isContinuation(b2); }

// Second byte of a 4-byte sequence that already proves it malformed (overlong F0 80..8F, above
// U+10FFFF for F4 90.., or not a continuation byte).
bool badSecondOf4(unsigned b1, unsigned b2) {
    return (b1 == 0xF0U && (b2 < 0x90U || b2 > 0xBFU)) || (b1 == 0xF4U && (b2 & 0xF0U) != 0x80U) || !isContinuation(b2);
}

class Cursor {
public:
    Cursor(std::string_view text, std::size_t& pos) : m_text(text), m_pos(pos) {}
    unsigned at(std::size_t offset) const { return static_cast<unsigned char>(m_text[m_pos + offset]); }
    std::size_t left() const { return m_text.size() - m_pos; }
    char32_t accept(std::size_t length, char32_t cp) {
        m_pos += length;
        return cp;
    }
    char32_t replace(std::size_t length) { return accept(length, kReplacementChar); }

private:
    std::string_view m_text;
    std::size_t& m_pos;
};

char32_t decodeTwo(Cursor& c, unsigned b1) {
    if (c.left() < 2) return c.replace(c.left());
    const unsigned b2 = c.at(1);
    if (!isContinuation(b2)) return c.replace(1);
    return c.accept(2, ((b1 & 0x1FU) << 6) | (b2 & 0x3FU));
}

char32_t decodeThree(Cursor& c, unsigned b1) {
    if (c.left() < 3) {
        if (c.left() > 1 && badSecondOf3(b1, c.at(1))) return c.replace(1);
        return c.replace(c.left());
    }
    const unsigned b2 = c.at(1);
    const unsigned b3 = c.at(2);
    if (badSecondOf3(b1, b2)) return c.replace(1);
    if (!isContinuation(b3)) return c.replace(2);
    const char32_t cp = ((b1 & 0x0FU) << 12) | ((b2 & 0x3FU) << 6) | (b3 & 0x3FU);
    if (cp >= 0xD800 && cp <= 0xDFFF) return c.replace(3); // encoded surrogate
    return c.accept(3, cp);
}

char32_t decodeFour(Cursor& c, unsigned b1) {
    if (c.left() < 4) {
        if (b1 > 0xF4U || (c.left() > 1 && badSecondOf4(b1, c.at(1)))) return c.replace(1);
        if (c.left() > 2 && !isContinuation(c.at(2))) return c.replace(2);
        return c.replace(c.left());
    }
    const unsigned b2 = c.at(1);
    const unsigned b3 = c.at(2);
    const unsigned b4 = c.at(3);
    const char32_t cp = ((b1 & 0x07U) << 18) | ((b2 & 0x3FU) << 12) | ((b3 & 0x3FU) << 6) | (b4 & 0x3FU);
    const bool wellFormed = isContinuation(b2) && isContinuation(b3) && isContinuation(b4) &&
                            cp >= kFirstSupplementary && cp <= kLastCodePoint;
    if (wellFormed) return c.accept(4, cp);
    if (b1 > 0xF4U || badSecondOf4(b1, b2)) return c.replace(1);
    if (!isContinuation(b3)) return c.replace(2);
    return c.replace(3);
}

} // namespace

char32_t decodeJavaUtf8(std::string_view text, std::size_t& pos) {
    if (pos >= text.size()) return kReplacementChar;
    Cursor c(text, pos);
    const unsigned b1 = c.at(0);
    if (b1 < 0x80U) return c.accept(1, b1);
    if (b1 >= 0xC2U && b1 <= 0xDFU) return decodeTwo(c, b1);
    if ((b1 & 0xF0U) == 0xE0U) return decodeThree(c, b1);
    if ((b1 & 0xF8U) == 0xF0U) return decodeFour(c, b1);
    return c.replace(1); // continuation byte, C0/C1, or F8..FF as a lead byte
}

std::int32_t javaStringHashCode(std::string_view utf8) {
    std::uint32_t h = 0; // unsigned: Java's int arithmetic wraps
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const auto byte = static_cast<unsigned char>(utf8[pos]);
        if (byte < 0x80) { // ASCII: one byte, one UTF-16 unit
            h = 31 * h + byte;
            ++pos;
            continue;
        }
        const char32_t cp = decodeJavaUtf8(utf8, pos);
        if (cp < kFirstSupplementary) {
            h = 31 * h + cp;
        } else {
            const char32_t offset = cp - kFirstSupplementary;
            h = 31 * h + (0xD800 + (offset >> 10));
            h = 31 * h + (0xDC00 + (offset & 0x3FF));
        }
    }
    return static_cast<std::int32_t>(h);
}

void appendJavaUtf8(std::string_view utf8, std::string& out) {
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const std::size_t start = pos;
        if (decodeJavaUtf8(utf8, pos) == kReplacementChar) {
            out.append("\xEF\xBF\xBD"); // also right for a literal U+FFFD in the input
        } else {
            out.append(utf8.substr(start, pos - start));
        }
    }
}

} // namespace teacup::grouping
