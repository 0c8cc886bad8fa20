// A tuple value: the closed set of types a Storm tuple carries through Teacup.
// Integer and Long stay distinct because Storm's fields grouping hashes them differently.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace teacup {

class Value;

// Lists and maps are immutable once built and shared between tuple copies.
using ValueList = std::vector<Value>;
using ValueMap = std::map<std::string, Value>;

// Raw bytes (Java byte[]); kept apart from strings because Storm hashes them by content.
struct Bytes {
    std::string data;
    bool operator==(const Bytes&) const = default;
};

enum class ValueKind : std::uint8_t { Null, Bool, Int, Long, Double, String, Bytes, List, Map };

// Value semantics, cheap to copy for scalars and shared for lists and maps.
// Int is Java Integer (32 bits), Long is Java Long (64 bits); JSON numbers become Int when
// they fit 32 bits, else Long, as Storm's multilang decoder does.
class Value {
public:
    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b) : m_v(b) {}
    Value(int i) : m_v(static_cast<std::int32_t>(i)) {}
    Value(long l) : m_v(static_cast<std::int64_t>(l)) {}
    Value(long long l) : m_v(static_cast<std::int64_t>(l)) {}
    Value(double d) : m_v(d) {}
    Value(std::string s) : m_v(std::move(s)) {}
    Value(const char* s) : m_v(std::string(s)) {}
    Value(std::string_view s) : m_v(std::string(s)) {}
    Value(Bytes b) : m_v(std::move(b)) {}
    Value(ValueList l) : m_v(std::make_shared<const ValueList>(std::move(l))) {}
    Value(ValueMap m) : m_v(std::make_shared<const ValueMap>(std::move(m))) {}

    // Integer chosen the way Storm's JSON decoder chooses: Int if it fits 32 bits, else Long.
    static Value integer(std::int64_t v) {
        if (v >= INT32_MIN && v <= INT32_MAX) return Value(static_cast<int>(v));
        return Value(static_cast<long long>(v));
    }

    ValueKind kind() const { return static_cast<ValueKind>(m_v.index()); }
    bool isNull() const { return kind() == ValueKind::Null; }
    bool isBool() const { return kind() == ValueKind::Bool; }
    bool isInteger() const { return kind() == ValueKind::Int || kind() == ValueKind::Long; }
    bool isNumber() const { return isInteger() || kind() == ValueKind::Double; }
    bool isString() const { return kind() == ValueKind::String; }
    bool isList() const { return kind() == ValueKind::List; }
    bool isMap() const { return kind() == ValueKind::Map; }

    // Accessors return a neutral value (false, 0, empty) when the kind does not match, so a
    // component reading a wrong field type sees a defined result, never undefined behaviour.
    bool asBool() const { return isBool() ? std::get<bool>(m_v) : false; }
    std::int64_t asInt() const {
        switch (kind()) {
        case ValueKind::Int: return std::get<std::int32_t>(m_v);
        case ValueKind::Long: return std::get<std::int64_t>(m_v);
        case ValueKind::Double: return static_cast<std::int64_t>(std::get<double>(m_v));
        default: return 0;
        }
    }
    double asDouble() const {
        if (kind() == ValueKind::Double) return std::get<double>(m_v);
        return static_cast<double>(asInt());
    }
    const std::string& asString() const {
        static const std::string empty;
        return isString() ? std::get<std::string>(m_v) : empty;
    }
    const Bytes& asBytes() const {
        static const Bytes empty;
        return kind() == ValueKind::Bytes ? std::get<Bytes>(m_v) : empty;
    }
    const ValueList& asList() const {
        static const ValueList empty;
        return isList() ? *std::get<std::shared_ptr<const ValueList>>(m_v) : empty;
    }
    const ValueMap& asMap() const {
        static const ValueMap empty;
        return isMap() ? *std::get<std::shared_ptr<const ValueMap>>(m_v) : empty;
    }
    // Raw access for code that must tell Int from Long (hashing, serialisation).
    std::int32_t rawInt() const { return std::get<std::int32_t>(m_v); }
    std::int64_t rawLong() const { return std::get<std::int64_t>(m_v); }

    // Deep equality; Int 1 and Long 1 differ, as Integer.equals(Long) is false in Java.
    bool operator==(const Value& o) const {
        if (kind() != o.kind()) return false;
        switch (kind()) {
        case ValueKind::List: return asList() == o.asList();
        case ValueKind::Map: return asMap() == o.asMap();
        default: return m_v == o.m_v;
        }
    }

private:
    std::variant<std::monostate, bool, std::int32_t, std::int64_t, double, std::string, Bytes,
                 std::shared_ptr<const ValueList>, std::shared_ptr<const ValueMap>>
        m_v;
};

// The values of one tuple, in declared field order (Storm's Values).
using Values = std::vector<Value>;

} // namespace teacup
