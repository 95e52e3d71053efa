#include "papers/generator/registry.hpp"

#include <array>

namespace anzan::papers::gen {

#define ANZAN_QUESTION_TYPE(name, function) Result<Plan> function(const Constraints&);
#include "papers/generator/question_types.def"
#undef ANZAN_QUESTION_TYPE

namespace {
constexpr QuestionType kTypes[] = {
#define ANZAN_QUESTION_TYPE(name, function) {name, &function},
#include "papers/generator/question_types.def"
#undef ANZAN_QUESTION_TYPE
};
}  // namespace

std::span<const QuestionType> question_type_table() { return kTypes; }

const QuestionType* find_question_type(std::string_view name) {
    for (const QuestionType& type : kTypes)
        if (type.name == name) return &type;
    return nullptr;
}

}  // namespace anzan::papers::gen
