// The table of question types: wire name -> plan function. Built from question_types.def at
// compile time; read-only, safe from any thread.
#pragma once
#include <span>
#include <string_view>

#include "papers/generator/plan.hpp"

namespace anzan::papers::gen {

struct QuestionType {
    std::string_view name;
    PlanFn plan;
};

std::span<const QuestionType> question_type_table();
// nullptr for an unknown name.
const QuestionType* find_question_type(std::string_view name);

}  // namespace anzan::papers::gen
