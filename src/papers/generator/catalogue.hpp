// The question types as data, declared once in question_types.def and constraint_fields.def: for
// each type its wire name, label, orientation and the constraints a teacher sets, with the range
// and default the generator enforces. The generator's plans, the wire reader, the PDF headings and
// the web's block menu (through GET /api/question-types) all read this one table.
// Pure and constant: built at compile time, safe from any thread.
#pragma once
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace anzan::papers::gen {

enum class FieldKind { Integer, Boolean };
enum class Orientation { Vertical, Horizontal };

// No bound, or no default (constraint_fields.def).
inline constexpr std::optional<long long> kNone{};

// One per line of constraint_fields.def.
enum class FieldId {
#define ANZAN_CONSTRAINT_FIELD(id, ...) id,
#include "papers/generator/constraint_fields.def"
#undef ANZAN_CONSTRAINT_FIELD
};

// A constraint field as a form shows it. In a type's list, min/max/default are that type's.
struct ConstraintSpec {
    FieldId id{};
    std::string_view name;   // wire name
    std::string_view label;  // form label
    FieldKind kind = FieldKind::Integer;
    std::optional<long long> min, max;       // kNone: unbounded
    std::optional<long long> default_value;  // used when the block leaves it out; kNone: none
};

struct QuestionTypeSpec {
    std::string_view name;   // wire name, e.g. "add_sub"
    std::string_view label;  // e.g. "Addition & Subtraction": menu text and printed heading
    Orientation orientation = Orientation::Horizontal;
    std::span<const ConstraintSpec> constraints;  // in form order

    // This type's spec of `id`. REQUIRES: the type lists it (a plan reads only what it lists;
    // every plan runs in the generator tests, so a slip aborts there).
    const ConstraintSpec& constraint(FieldId id) const;
};

// Every field of constraint_fields.def, with its usual range and default, in wire order.
std::span<const ConstraintSpec> constraint_fields();
const ConstraintSpec& constraint_field(FieldId id);

// Every question type, in menu order.
std::span<const QuestionTypeSpec> question_type_catalogue();
// nullptr for an unknown name.
const QuestionTypeSpec* find_question_type_spec(std::string_view name);

std::string_view to_string(FieldKind kind);          // "integer", "boolean"
std::string_view to_string(Orientation orientation);  // "vertical", "horizontal"

}  // namespace anzan::papers::gen
