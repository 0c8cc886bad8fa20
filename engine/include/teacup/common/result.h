// Expected failures as values: Result<T> holds a value or an Error (code, message, place).
// Stand-in for C++23 std::expected; every engine operation that can fail on input returns it.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace teacup {

enum class ErrorCode {
    InvalidInput,   // bad file, bad argument, bad topology
    NotFound,       // missing file, unknown component, task or className
    Io,             // read or write failed
    Plugin,         // a plugin failed to load or register
    State,          // the operation does not fit the session's state
    Internal,       // a Teacup bug reached the user; the message says what broke
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;  // names the place (file:line:col or component and task) and the fix
};

template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Result of an operation with no value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_ok(false) {}
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(ErrorCode code, std::string message) { return Error{code, std::move(message)}; }

} // namespace teacup
