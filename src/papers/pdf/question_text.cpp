#include "papers/pdf/question_text.hpp"

#include <array>
#include <string_view>

namespace anzan::papers::pdf {
namespace {

constexpr std::string_view kWhitespace = " \t\r\n";
constexpr std::string_view kMinusSign = "\u2212";

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(kWhitespace);
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(kWhitespace);
    return text.substr(first, last - first + 1);
}

// The printed form of a sign as typed in the text or in `operators`; "" when it is not one.
std::string_view printed_sign(std::string_view typed) {
    struct Sign {
        std::string_view typed;
        std::string_view printed;
    };
    // A typed hyphen prints as a true minus sign: the hyphen is too short to read as "take away".
    constexpr std::array kSigns{Sign{"+", "+"}, Sign{"-", kMinusSign}, Sign{kMinusSign, kMinusSign},
                                Sign{"×", "×"}, Sign{"÷", "÷"}};
    for (const Sign& sign : kSigns)
        if (typed == sign.typed) return sign.printed;
    return {};
}

StackedRow split_row(std::string_view line) {
    for (std::string_view candidate : {std::string_view("+"), std::string_view("-"), kMinusSign,
                                       std::string_view("×"), std::string_view("÷")}) {
        if (!line.starts_with(candidate)) continue;
        const std::string_view rest = line.substr(candidate.size());
        // Only a sign when set apart: "-12" with no space is a negative number, printed whole.
        if (rest.empty() || (rest[0] != ' ' && rest[0] != '\t')) break;
        return {std::string(printed_sign(candidate)), std::string(trim(rest))};
    }
    return {"", std::string(line)};
}

std::string legacy_sign(const Question& question, std::size_t operand_idx) {
    if (operand_idx == 0) return "";
    if (operand_idx - 1 < question.operators.size())
        return std::string(printed_sign(question.operators[operand_idx - 1]));
    if (question.op == "+" && operand_idx + 1 == question.operands.size()) return "+";
    if (question.op == "-") return std::string(kMinusSign);
    return "";
}

}  // namespace

std::vector<StackedRow> stacked_rows(const Question& question) {
    std::vector<StackedRow> rows;
    std::string_view text = question.text;
    if (trim(text).empty()) {
        for (std::size_t operand_idx = 0; operand_idx < question.operands.size(); ++operand_idx)
            rows.push_back(
                {legacy_sign(question, operand_idx), std::to_string(question.operands[operand_idx])});
        return rows;
    }
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = trim(text.substr(0, end));
        if (!line.empty()) rows.push_back(split_row(line));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return rows;
}

std::string one_line_text(const Question& question) {
    std::string line;
    for (char c : trim(question.text)) line += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    return line;
}

}  // namespace anzan::papers::pdf
