#include "papers/catalogue_json.hpp"

#include <string>

#include "papers/generator/catalogue.hpp"

namespace anzan::papers {
namespace {

using nlohmann::json;

json number_or_null(const std::optional<long long>& value) { return value ? json(*value) : json(nullptr); }

json constraint_json(const gen::ConstraintSpec& spec) {
    const bool boolean = spec.kind == gen::FieldKind::Boolean;
    json out = json::object();
    out["name"] = std::string(spec.name);
    out["label"] = std::string(spec.label);
    out["kind"] = std::string(gen::to_string(spec.kind));
    out["min"] = number_or_null(spec.min);
    out["max"] = number_or_null(spec.max);
    out["default"] = boolean && spec.default_value ? json(*spec.default_value != 0) : number_or_null(spec.default_value);
    return out;
}

}  // namespace

json question_types_json() {
    json types = json::array();
    for (const gen::QuestionTypeSpec& type : gen::question_type_catalogue()) {
        json constraints = json::array();
        for (const gen::ConstraintSpec& spec : type.constraints) constraints.push_back(constraint_json(spec));
        json item = json::object();
        item["type"] = std::string(type.name);
        item["label"] = std::string(type.label);
        item["orientation"] = std::string(gen::to_string(type.orientation));
        item["constraints"] = std::move(constraints);
        types.push_back(std::move(item));
    }
    json out = json::object();
    out["question_types"] = std::move(types);
    return out;
}

}  // namespace anzan::papers
