#include "papers/generator/registry.hpp"

#include <iterator>

namespace anzan::papers::gen {

#define ANZAN_QUESTION_TYPE(name, function, ...) Result<Plan> function(const Constraints&, const QuestionTypeSpec&);
#include "papers/generator/question_types.def"
#undef ANZAN_QUESTION_TYPE

namespace {
// In the catalogue's order: both come from the same lines of question_types.def.
constexpr PlanFn kPlanFunctions[] = {
#define ANZAN_QUESTION_TYPE(name, function, ...) &function,
#include "papers/generator/question_types.def"
#undef ANZAN_QUESTION_TYPE
};
}  // namespace

QuestionType find_question_type(std::string_view name) {
    const auto catalogue = question_type_catalogue();
    ANZAN_ASSERT(catalogue.size() == std::size(kPlanFunctions), "question_types.def was read two ways");
    for (std::size_t index = 0; index < catalogue.size(); ++index)
        if (catalogue[index].name == name) return {&catalogue[index], kPlanFunctions[index]};
    return {};
}

}  // namespace anzan::papers::gen
