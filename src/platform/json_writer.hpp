// Writing a large JSON answer straight into its text, for the few hot reads whose answers are
// lists of rows (a dashboard): RapidJSON's writer, without building a document first. Building an
// nlohmann document of a 5 KB answer and serialising it cost more than all the queries behind it.
// Everything else builds nlohmann::json; both produce the same text for the same values.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "platform/time.hpp"

namespace anzan {

class JsonWriter {
public:
    JsonWriter() : writer_(buffer_) {}
    void start_object() { writer_.StartObject(); }
    void end_object() { writer_.EndObject(); }
    void start_array() { writer_.StartArray(); }
    void end_array() { writer_.EndArray(); }
    void key(std::string_view name) { writer_.Key(name.data(), static_cast<rapidjson::SizeType>(name.size())); }
    void value(std::string_view text) {
        writer_.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    }
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(long long number) { writer_.Int64(number); }
    void value(int number) { writer_.Int(number); }
    void value(double number) { writer_.Double(number); }
    void value(bool flag) { writer_.Bool(flag); }
    void null() { writer_.Null(); }
    template <typename T>
    void value(const std::optional<T>& maybe) {
        if (maybe) value(*maybe);
        else null();
    }
    // "name": value
    template <typename T>
    void field(std::string_view name, const T& v) {
        key(name);
        value(v);
    }
    // "name": an instant stored as UTC text, in API form ("…T…+00:00"); null when there is none.
    void instant(std::string_view name, const std::string& stored) {
        key(name);
        if (stored.empty()) null();
        else value(storage_to_iso(stored));
    }
    // Inserts JSON text that is already valid (a stored JSON column) as a value.
    void raw(std::string_view json) {
        writer_.RawValue(json.data(), json.size(), rapidjson::kObjectType);
    }
    std::string take() { return std::string(buffer_.GetString(), buffer_.GetSize()); }

private:
    rapidjson::StringBuffer buffer_;
    rapidjson::Writer<rapidjson::StringBuffer> writer_;
};

}  // namespace anzan
