#include "platform/json_fields.hpp"

#include <cstdint>

namespace anzan {
namespace {

Error invalid(std::string_view where, const char* what) { return Error::invalid(std::string(where) + what); }

}  // namespace

std::string field_path(std::string_view path, const char* key) {
    return path.empty() ? std::string(key) : std::string(path) + "." + key;
}

const nlohmann::json* field_value(const nlohmann::json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return nullptr;
    return &*it;
}

Result<std::string> read_required_string(const nlohmann::json& object, const char* key, std::string_view where) {
    auto value = TRY(read_optional_string(object, key, where));
    if (!value) return invalid(where, " is required");
    return std::move(*value);
}

Result<std::optional<std::string>> read_optional_string(const nlohmann::json& object, const char* key,
                                                        std::string_view where) {
    const nlohmann::json* value = field_value(object, key);
    if (!value) return std::optional<std::string>();
    if (!value->is_string()) return invalid(where, " must be a string");
    return std::optional<std::string>(value->get<std::string>());
}

Result<std::optional<bool>> read_optional_bool(const nlohmann::json& object, const char* key, std::string_view where) {
    const nlohmann::json* value = field_value(object, key);
    if (!value) return std::optional<bool>();
    if (!value->is_boolean()) return invalid(where, " must be true or false");
    return std::optional<bool>(value->get<bool>());
}

Result<std::optional<long long>> read_optional_integer(const nlohmann::json& object, const char* key,
                                                       std::string_view where, long long lo, long long hi) {
    const nlohmann::json* value = field_value(object, key);
    if (!value) return std::optional<long long>();
    long long number = 0;
    if (value->is_number_integer() && !value->is_number_unsigned()) {
        number = value->get<long long>();
    } else if (value->is_number_unsigned()) {
        const auto unsigned_value = value->get<std::uint64_t>();
        if (unsigned_value > static_cast<std::uint64_t>(hi)) return invalid(where, " is too large");
        number = static_cast<long long>(unsigned_value);
    } else if (value->is_number_float()) {
        const double d = value->get<double>();
        if (!(d >= -9.0e15 && d <= 9.0e15) || d != static_cast<double>(static_cast<long long>(d)))
            return invalid(where, " must be an integer");
        number = static_cast<long long>(d);
    } else {
        return invalid(where, " must be an integer");
    }
    if (number < lo || number > hi) return invalid(where, " is out of range");
    return std::optional<long long>(number);
}

}  // namespace anzan
