// The plan function of every question type in the catalogue, paired from question_types.def at
// compile time; read-only, safe from any thread.
#pragma once
#include <span>
#include <string_view>

#include "papers/generator/catalogue.hpp"
#include "papers/generator/plan.hpp"

namespace anzan::papers::gen {

struct QuestionType {
    const QuestionTypeSpec* spec = nullptr;  // label, orientation, constraints and their ranges
    PlanFn plan = nullptr;
};

// spec == nullptr for an unknown name.
QuestionType find_question_type(std::string_view name);

}  // namespace anzan::papers::gen
