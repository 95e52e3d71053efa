// The question-type catalogue (question_types.def, constraint_fields.def): complete, consistent,
// and the very ranges, defaults and orientations the generator applies. The PDF's use of the
// labels is checked in papers_pdf_catalogue_test.cpp (pdf_tests links the PDF library).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "papers/generator/catalogue.hpp"
#include "papers/generator/wire.hpp"
#include "papers_generator_test_util.hpp"

namespace anzan::papers {
namespace {

using gen::ConstraintSpec;
using gen::FieldKind;
using gen::Orientation;
using gen::QuestionTypeSpec;

// Sets one constraint of `c` by wire name, through the wire reader (the catalogue's names are
// wire names).
Constraints with(const std::string& name, long long value, FieldKind kind) {
    nlohmann::json body = {{"title", "T"}, {"blocks", nlohmann::json::array()}};
    nlohmann::json block = {{"id", "b"}, {"type", "addition"}, {"constraints", nlohmann::json::object()}};
    block["constraints"][name] = kind == FieldKind::Boolean ? nlohmann::json(value != 0) : nlohmann::json(value);
    body["blocks"].push_back(block);
    const auto config = parse_paper_config(body);
    EXPECT_TRUE(config.has_value()) << name;
    return config.has_value() ? config->blocks.at(0).constraints : Constraints{};
}

std::string range_error(const std::string& type, const ConstraintSpec& spec, long long value) {
    const auto config = test::make_paper({test::make_block(type, 1, with(std::string(spec.name), value, spec.kind))});
    const auto result = validate_config(config);
    return result.has_value() ? "" : result.error().detail;
}

TEST(GeneratorCatalogue, EveryTypeHasANameLabelOrientationAndItsFields) {
    std::set<std::string_view> names, labels;
    for (const QuestionTypeSpec& type : gen::question_type_catalogue()) {
        EXPECT_FALSE(type.name.empty());
        EXPECT_FALSE(type.label.empty()) << type.name;
        EXPECT_TRUE(type.orientation == Orientation::Vertical || type.orientation == Orientation::Horizontal);
        EXPECT_FALSE(gen::to_string(type.orientation).empty());
        EXPECT_TRUE(names.insert(type.name).second) << "twice: " << type.name;
        EXPECT_TRUE(labels.insert(type.label).second) << "twice: " << type.label;
        EXPECT_EQ(gen::find_question_type_spec(type.name), &type);
        std::set<std::string_view> fields;
        for (const ConstraintSpec& spec : type.constraints) {
            // Every listed field is one of constraint_fields.def, with its name, label and kind.
            const ConstraintSpec& field = gen::constraint_field(spec.id);
            EXPECT_EQ(spec.name, field.name) << type.name;
            EXPECT_EQ(spec.label, field.label) << type.name;
            EXPECT_EQ(spec.kind, field.kind) << type.name;
            EXPECT_TRUE(fields.insert(spec.name).second) << type.name << " lists " << spec.name << " twice";
            EXPECT_EQ(&type.constraint(spec.id), &spec);
        }
    }
    EXPECT_EQ(gen::find_question_type_spec("vedic_fun_with_5"), nullptr);
    // The generator's list is the catalogue's, in menu order.
    const auto listed = question_types();
    ASSERT_EQ(listed.size(), gen::question_type_catalogue().size());
    for (std::size_t i = 0; i < listed.size(); ++i) EXPECT_EQ(listed[i], gen::question_type_catalogue()[i].name);
}

TEST(GeneratorCatalogue, FieldsHaveUniqueWireNamesAndDefaultsWithinTheirRanges) {
    std::set<std::string_view> names;
    for (const ConstraintSpec& field : gen::constraint_fields()) {
        EXPECT_TRUE(names.insert(field.name).second) << field.name;
        EXPECT_FALSE(field.label.empty()) << field.name;
        EXPECT_EQ(&gen::constraint_field(field.id), &field);
    }
    for (const QuestionTypeSpec& type : gen::question_type_catalogue()) {
        for (const ConstraintSpec& spec : type.constraints) {
            const std::string where = std::string(type.name) + "." + std::string(spec.name);
            if (spec.kind == FieldKind::Boolean) {
                EXPECT_FALSE(spec.min || spec.max) << where;
                ASSERT_TRUE(spec.default_value) << where;
                EXPECT_TRUE(*spec.default_value == 0 || *spec.default_value == 1) << where;
                continue;
            }
            EXPECT_EQ(spec.min.has_value(), spec.max.has_value()) << where;
            if (spec.min) {
                EXPECT_LE(*spec.min, *spec.max) << where;
            }
            if (!spec.default_value) continue;
            ASSERT_TRUE(spec.min) << where << ": a default needs a range";
            EXPECT_GE(*spec.default_value, *spec.min) << where;
            EXPECT_LE(*spec.default_value, *spec.max) << where;
        }
    }
}

// The labels are the headings worksheets have always printed: changing one changes every PDF.
TEST(GeneratorCatalogue, LabelsAreTheHeadingsWorksheetsPrint) {
    const std::map<std::string_view, std::string_view> printed = {
        {"addition", "Addition"},
        {"subtraction", "Subtraction"},
        {"add_sub", "Addition & Subtraction"},
        {"multiplication", "Multiplication"},
        {"division", "Division"},
        {"direct_add_sub", "Direct Addition & Subtraction"},
        {"small_friends_add_sub", "Small Friends Addition & Subtraction"},
        {"big_friends_add_sub", "Big Friends Addition & Subtraction"},
        {"decimal_add_sub", "Decimal Addition & Subtraction"},
        {"decimal_multiplication", "Decimal Multiplication"},
        {"decimal_division", "Decimal Division"},
        {"integer_add_sub", "Integer Addition & Subtraction"},
        {"lcm", "LCM"},
        {"gcd", "GCD"},
        {"square_root", "Square Root"},
        {"cube_root", "Cube Root"},
        {"percentage", "Percentage"},
    };
    EXPECT_EQ(gen::question_type_catalogue().size(), printed.size());
    for (const QuestionTypeSpec& type : gen::question_type_catalogue()) {
        const auto it = printed.find(type.name);
        ASSERT_NE(it, printed.end()) << type.name;
        EXPECT_EQ(type.label, it->second);
    }
}

// The generator refuses exactly the values outside each listed range, naming that range.
TEST(GeneratorCatalogue, TheGeneratorEnforcesTheListedRanges) {
    for (const QuestionTypeSpec& type : gen::question_type_catalogue()) {
        for (const ConstraintSpec& spec : type.constraints) {
            if (!spec.min) continue;
            const std::string type_name(type.name);
            const std::string message = std::string(spec.name) + " must be between " + std::to_string(*spec.min) +
                                        " and " + std::to_string(*spec.max);
            for (long long outside : {*spec.min - 1, *spec.max + 1})
                EXPECT_NE(range_error(type_name, spec, outside).find(message), std::string::npos)
                    << type_name << " " << spec.name << "=" << outside << ": " << range_error(type_name, spec, outside);
            // Inside the range the value may still be refused for other reasons (no 30-digit
            // division by a 2-digit dividend), never for its range.
            for (long long inside : {*spec.min, *spec.max})
                EXPECT_EQ(range_error(type_name, spec, inside).find("must be between"), std::string::npos)
                    << type_name << " " << spec.name << "=" << inside << ": " << range_error(type_name, spec, inside);
        }
    }
}

// A block that leaves a field out gets the same questions as one that sets the listed default.
TEST(GeneratorCatalogue, ListedDefaultsAreTheOnesTheGeneratorUses) {
    for (const QuestionTypeSpec& type : gen::question_type_catalogue()) {
        const std::string type_name(type.name);
        const auto unset = generate_paper(test::make_paper({test::make_block(type_name, 5)}), 7);
        ASSERT_TRUE(unset.has_value()) << type_name << ": " << unset.error().detail;
        for (const ConstraintSpec& spec : type.constraints) {
            if (!spec.default_value) continue;
            const Constraints c = with(std::string(spec.name), *spec.default_value, spec.kind);
            const auto set = generate_paper(test::make_paper({test::make_block(type_name, 5, c)}), 7);
            ASSERT_TRUE(set.has_value()) << type_name << " " << spec.name << ": " << set.error().detail;
            for (std::size_t i = 0; i < set->blocks[0].questions.size(); ++i)
                EXPECT_EQ(set->blocks[0].questions[i].text, unset->blocks[0].questions[i].text)
                    << type_name << " " << spec.name << "=" << *spec.default_value;
        }
    }
}

TEST(GeneratorCatalogue, QuestionsTakeTheirTypesOrientation) {
    for (const QuestionTypeSpec& type : gen::question_type_catalogue()) {
        const auto paper = generate_paper(test::make_paper({test::make_block(std::string(type.name), 3)}), 11);
        ASSERT_TRUE(paper.has_value()) << type.name << ": " << paper.error().detail;
        for (const Question& question : paper->blocks[0].questions) {
            EXPECT_EQ(question.is_vertical, type.orientation == Orientation::Vertical) << type.name;
            // Vertical questions are the stacked ones: one row of text per operand.
            const auto rows = static_cast<std::size_t>(std::count(question.text.begin(), question.text.end(), '\n')) + 1;
            EXPECT_EQ(rows > 1, question.is_vertical) << type.name << ": " << question.text;
        }
    }
}

}  // namespace
}  // namespace anzan::papers
