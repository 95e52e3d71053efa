// Proves the pure parts of src/papers/pdf/: pagination, block headings, question text rows.
#include <gtest/gtest.h>

#include <vector>

#include "papers/pdf/block_title.hpp"
#include "papers/pdf/layout.hpp"
#include "papers/pdf/question_text.hpp"

namespace anzan::papers::pdf {
namespace {

constexpr PageFrame kFrame{100, 50, 1000};

Band band(double height, BreakBefore brk = BreakBefore::No, KeepWithNext keep = KeepWithNext::No) {
    return Band{height, brk, keep, {}};
}

TEST(PdfPagination, EmptyListIsOnePage) { EXPECT_EQ(paginate({}, kFrame).page_count, 1); }

TEST(PdfPagination, BandsStackUntilTheBottomThenContinueBelowTheRunningHeader) {
    const std::vector<Band> bands{band(400), band(400), band(400), band(100)};
    const Pagination result = paginate(bands, kFrame);
    ASSERT_EQ(result.placements.size(), 4u);
    EXPECT_EQ(result.placements[0].top, 100);
    EXPECT_EQ(result.placements[1].top, 500);
    EXPECT_EQ(result.placements[2].page, 1);
    EXPECT_EQ(result.placements[2].top, 50);
    EXPECT_EQ(result.placements[3].page, 1);
    EXPECT_EQ(result.page_count, 2);
}

TEST(PdfPagination, ABandThatExactlyFillsThePageStaysOnIt) {
    const std::vector<Band> bands{band(900)};
    EXPECT_EQ(paginate(bands, kFrame).page_count, 1);
}

TEST(PdfPagination, HeadingNeverEndsAPageAlone) {
    const std::vector<Band> bands{band(850), band(30, BreakBefore::No, KeepWithNext::Yes), band(100)};
    const Pagination result = paginate(bands, kFrame);
    EXPECT_EQ(result.placements[1].page, 1);
    EXPECT_EQ(result.placements[2].page, 1);
}

TEST(PdfPagination, BreakBeforeStartsANewPageButNotAnEmptyOne) {
    const std::vector<Band> first{band(10, BreakBefore::NewPage), band(10, BreakBefore::NewPage)};
    const Pagination result = paginate(first, kFrame);
    EXPECT_EQ(result.placements[0].page, 0);
    EXPECT_EQ(result.placements[1].page, 1);
    EXPECT_EQ(result.page_count, 2);
}

TEST(PdfPagination, OversizedBandGetsAPageOfItsOwn) {
    const std::vector<Band> bands{band(10), band(5000), band(10)};
    const Pagination result = paginate(bands, kFrame);
    EXPECT_EQ(result.placements[1].page, 1);
    EXPECT_EQ(result.placements[2].page, 2);
}

TEST(PdfBlockHeading, TitleWinsThenKnownTypeNamesThenTheIdentifier) {
    struct Row {
        const char* name;
        std::optional<std::string> title;
        std::string type;
        std::string expected;
    };
    const std::vector<Row> rows{
        {"own title", "Add/Sub 2D 5R", "add_sub", "Add/Sub 2D 5R"},
        {"blank title falls back", "   ", "add_sub", "Addition & Subtraction"},
        {"known type", std::nullopt, "square_root", "Square Root"},
        {"vedic identifier", std::nullopt, "vedic_fun_with_5", "Fun with 5"},
        {"no type at all", std::nullopt, "", "Questions"},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(row.name);
        BlockConfig config;
        config.title = row.title;
        config.type = row.type;
        EXPECT_EQ(block_heading(config), row.expected);
    }
}

Question question_with_text(std::string text) {
    Question question;
    question.text = std::move(text);
    return question;
}

TEST(PdfQuestionText, RowsKeepNumbersExactlyAndSplitOffSpacedSigns) {
    const auto rows = stacked_rows(question_with_text("86\n- 36\n+ 69\n"));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].sign, "");
    EXPECT_EQ(rows[0].number, "86");  // never "8.6" (legacy bug §8.13)
    EXPECT_EQ(rows[1].sign, "\u2212");
    EXPECT_EQ(rows[1].number, "36");
    EXPECT_EQ(rows[2].sign, "+");
    EXPECT_EQ(rows[2].number, "69");
}

TEST(PdfQuestionText, UnspacedMinusIsANegativeNumberAndDecimalsStay) {
    const auto rows = stacked_rows(question_with_text("-12\n+ -7\n- 69.0"));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].sign, "");
    EXPECT_EQ(rows[0].number, "-12");
    EXPECT_EQ(rows[1].number, "-7");
    EXPECT_EQ(rows[2].number, "69.0");
}

TEST(PdfQuestionText, BlankTextFallsBackToOperandsWithLegacySigns) {
    Question mixed;
    mixed.operands = {5, 3, 2};
    mixed.op = "±";
    mixed.operators = {"+", "-"};
    const auto mixed_rows = stacked_rows(mixed);
    ASSERT_EQ(mixed_rows.size(), 3u);
    EXPECT_EQ(mixed_rows[1].sign, "+");
    EXPECT_EQ(mixed_rows[2].sign, "\u2212");

    Question addition;
    addition.operands = {4, 5, 6};
    addition.op = "+";
    const auto addition_rows = stacked_rows(addition);
    EXPECT_EQ(addition_rows[1].sign, "");
    EXPECT_EQ(addition_rows[2].sign, "+");
    EXPECT_EQ(addition_rows[2].number, "6");
}

TEST(PdfQuestionText, HorizontalTextIsOneTrimmedLine) {
    EXPECT_EQ(one_line_text(question_with_text("  45% of 900 =\n")), "45% of 900 =");
    EXPECT_EQ(one_line_text(question_with_text("a\nb")), "a b");
}

}  // namespace
}  // namespace anzan::papers::pdf
