// One error type for the whole codebase: an `Error` (a closed code plus a sentence for the person
// reading it) and `Result<T>`, a value or an Error. g++ 12 has no std::expected, so this is a small
// subset of its API. Errors cross area boundaries as values; exceptions stop where first caught.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace anzan {

// Maps one-to-one to HTTP statuses (platform/http) and CLI exit codes (cli/).
enum class ErrorCode {
    BadRequest,       // 400
    Unauthenticated,  // 401
    Forbidden,        // 403
    NotFound,         // 404
    MethodNotAllowed, // 405
    Conflict,         // 409
    TooLarge,         // 413
    Invalid,          // 422
    RateLimited,      // 429
    Unavailable,      // 503
    Internal,         // 500
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    // Written for the person reading it: what was wrong and what to do. Never SQL or paths.
    std::string detail;
    // For RateLimited and Unavailable: when to try again (the Retry-After header); 0 = unsaid.
    int retry_after_seconds = 0;

    static Error bad_request(std::string d) { return {ErrorCode::BadRequest, std::move(d)}; }
    static Error unauthenticated(std::string d) { return {ErrorCode::Unauthenticated, std::move(d)}; }
    static Error forbidden(std::string d) { return {ErrorCode::Forbidden, std::move(d)}; }
    static Error not_found(std::string d) { return {ErrorCode::NotFound, std::move(d)}; }
    static Error conflict(std::string d) { return {ErrorCode::Conflict, std::move(d)}; }
    static Error too_large(std::string d) { return {ErrorCode::TooLarge, std::move(d)}; }
    static Error invalid(std::string d) { return {ErrorCode::Invalid, std::move(d)}; }
    static Error rate_limited(std::string d, int retry_after = 0) {
        return {ErrorCode::RateLimited, std::move(d), retry_after};
    }
    static Error unavailable(std::string d, int retry_after = 0) {
        return {ErrorCode::Unavailable, std::move(d), retry_after};
    }
    static Error internal(std::string d) { return {ErrorCode::Internal, std::move(d)}; }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit by design, like std::expected
    Result(Error error) : data_(std::move(error)) {}  // NOLINT

    bool has_value() const { return data_.index() == 0; }
    explicit operator bool() const { return has_value(); }
    T& value() & { return std::get<0>(data_); }
    const T& value() const& { return std::get<0>(data_); }
    T&& value() && { return std::get<0>(std::move(data_)); }
    const Error& error() const { return std::get<1>(data_); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    // For TRY: moves the value or the error out.
    T release_value() { return std::get<0>(std::move(data_)); }
    Error release_error() { return std::get<1>(std::move(data_)); }

private:
    std::variant<T, Error> data_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)) {}  // NOLINT
    bool has_value() const { return !error_.has_value(); }
    explicit operator bool() const { return has_value(); }
    const Error& error() const { return *error_; }
    void release_value() {}
    Error release_error() { return std::move(*error_); }

private:
    std::optional<Error> error_;
};

}  // namespace anzan

// Unwraps a Result or returns its error from the enclosing function (GNU statement expression).
#define TRY(expr)                                                  \
    ({                                                             \
        auto _anzan_try_result = (expr);                           \
        if (!_anzan_try_result.has_value())                        \
            return _anzan_try_result.release_error();              \
        _anzan_try_result.release_value();                         \
    })

// Unwraps a Result whose failure would be a bug; aborts with the detail if it fails anyway.
#define MUST(expr)                                                                   \
    ({                                                                               \
        auto _anzan_must_result = (expr);                                            \
        if (!_anzan_must_result.has_value()) ::anzan::must_failed(                   \
            __FILE__, __LINE__, _anzan_must_result.error().detail);                  \
        _anzan_must_result.release_value();                                          \
    })

namespace anzan {
[[noreturn]] void must_failed(const char* file, int line, const std::string& detail);
}
#define ANZAN_ASSERT(cond, why) \
    do { if (!(cond)) ::anzan::must_failed(__FILE__, __LINE__, why); } while (0)
