#include "papers/generator/catalogue.hpp"

#include <type_traits>

#include "papers/generator/types.hpp"
#include "platform/result.hpp"

namespace anzan::papers::gen {
namespace {

constexpr ConstraintSpec kFieldSpecs[] = {
#define ANZAN_CONSTRAINT_FIELD(id, member, wire_name, kind, label, min, max, default_value) \
    {FieldId::id, wire_name, label, FieldKind::kind, min, max, default_value},
#include "papers/generator/constraint_fields.def"
#undef ANZAN_CONSTRAINT_FIELD
};

// A Boolean field must be a std::optional<bool> member, an Integer one an integer member, or the
// wire reader (which goes by the member's type) and the catalogue would disagree.
#define ANZAN_CONSTRAINT_FIELD(id, member, wire_name, kind, ...)                                 \
    static_assert((FieldKind::kind == FieldKind::Boolean) ==                                     \
                      std::is_same_v<decltype(Constraints::member), std::optional<bool>>,        \
                  #member ": its kind does not match its Constraints member");
#include "papers/generator/constraint_fields.def"
#undef ANZAN_CONSTRAINT_FIELD

// The field as constraint_fields.def declares it, or with this type's range and default.
constexpr ConstraintSpec field_use(FieldId id) { return kFieldSpecs[static_cast<std::size_t>(id)]; }
constexpr ConstraintSpec field_use(FieldId id, long long min, long long max, long long default_value) {
    ConstraintSpec spec = kFieldSpecs[static_cast<std::size_t>(id)];
    spec.min = min;
    spec.max = max;
    spec.default_value = default_value;
    return spec;
}

#define ANZAN_UNPARENTHESIZE(...) __VA_ARGS__
#define FIELD(name, ...) field_use(FieldId::name __VA_OPT__(, ) __VA_ARGS__)

// One array per type, named after its plan function (the one identifier a .def line carries).
#define ANZAN_QUESTION_TYPE(name, plan, label, orientation, constraints) \
    constexpr ConstraintSpec kConstraintsOf_##plan[] = {ANZAN_UNPARENTHESIZE constraints};
#include "papers/generator/question_types.def"
#undef ANZAN_QUESTION_TYPE

constexpr QuestionTypeSpec kTypeSpecs[] = {
#define ANZAN_QUESTION_TYPE(name, plan, label, orientation, constraints) \
    {name, label, Orientation::orientation, kConstraintsOf_##plan},
#include "papers/generator/question_types.def"
#undef ANZAN_QUESTION_TYPE
};

#undef FIELD
#undef ANZAN_UNPARENTHESIZE

}  // namespace

const ConstraintSpec& QuestionTypeSpec::constraint(FieldId id) const {
    for (const ConstraintSpec& spec : constraints)
        if (spec.id == id) return spec;
    ANZAN_ASSERT(false, std::string(name) + " reads " + std::string(constraint_field(id).name) +
                            " but question_types.def does not list it");
    return constraint_field(id);  // unreachable
}

std::span<const ConstraintSpec> constraint_fields() { return kFieldSpecs; }

const ConstraintSpec& constraint_field(FieldId id) { return kFieldSpecs[static_cast<std::size_t>(id)]; }

std::span<const QuestionTypeSpec> question_type_catalogue() { return kTypeSpecs; }

const QuestionTypeSpec* find_question_type_spec(std::string_view name) {
    for (const QuestionTypeSpec& type : kTypeSpecs)
        if (type.name == name) return &type;
    return nullptr;
}

std::string_view to_string(FieldKind kind) { return kind == FieldKind::Boolean ? "boolean" : "integer"; }

std::string_view to_string(Orientation orientation) {
    return orientation == Orientation::Vertical ? "vertical" : "horizontal";
}

}  // namespace anzan::papers::gen
