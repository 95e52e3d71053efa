// Proves src/papers/pdf/ end to end: renders worksheets to real PDFs, then reads them back with
// poppler (pdftotext for the text, pdftoppm for pages and ink). Questions are built by hand here:
// the generator is not needed to print a worksheet.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "papers/pdf/worksheet_pdf.hpp"

namespace anzan::papers {
namespace {

namespace fs = std::filesystem;

// ---- Test data -------------------------------------------------------------------------------

// A vertical add/sub question: row k of question `id` is a number that differs per question.
Question vertical_question(int id, int rows, int digits) {
    Question question;
    question.id = id;
    question.op = "±";
    question.is_vertical = true;
    long long total = 0;
    const long long low = digits == 1 ? 1 : static_cast<long long>(std::pow(10, digits - 1));
    for (int row = 0; row < rows; ++row) {
        const long long number = low + (id * 37 + row * 53) % (9 * low);
        const bool minus = row > 0 && total - number >= 0 && (id + row) % 3 == 0;
        if (row > 0) question.operators.push_back(minus ? "-" : "+");
        if (row > 0) question.text += '\n';
        question.text += (row == 0 ? "" : (minus ? "- " : "+ ")) + std::to_string(number);
        question.operands.push_back(number);
        total += minus ? -number : number;
    }
    question.answer = std::to_string(total);
    return question;
}

Question horizontal_question(int id) {
    Question question;
    question.id = id;
    question.op = "×";
    const long long left = 100 + id * 7;
    const long long right = 2 + id % 8;
    question.operands = {left, right};
    question.text = std::to_string(left) + " × " + std::to_string(right) + " =";
    question.answer = std::to_string(left * right);
    return question;
}

GeneratedBlock vertical_block(int first_id, int count, int rows, int digits,
                              std::optional<std::string> title = std::nullopt) {
    GeneratedBlock block;
    block.config.type = "add_sub";
    block.config.title = std::move(title);
    for (int idx = 0; idx < count; ++idx)
        block.questions.push_back(vertical_question(first_id + idx, rows, digits));
    return block;
}

GeneratedBlock horizontal_block(int first_id, int count) {
    GeneratedBlock block;
    block.config.type = "multiplication";
    for (int idx = 0; idx < count; ++idx) block.questions.push_back(horizontal_question(first_id + idx));
    return block;
}

const WorksheetHeader kHeader{"Talent Hub Abacus Academy", "Practice Paper", "AB-3"};

// ---- Reading PDFs back -----------------------------------------------------------------------

class TempDir {
  public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "anzan_pdf_XXXXXX").string();
        if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
        EXPECT_FALSE(path_.empty()) << "no temporary directory";
    }
    ~TempDir() {
        if (!path_.empty()) fs::remove_all(path_);
    }
    const fs::path& path() const { return path_; }

  private:
    fs::path path_;
};

std::string run(const std::string& command) {
    std::string output;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) return output;
    char buffer[4096];
    while (std::size_t read = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, read);
    pclose(pipe);
    return output;
}

struct RenderedPdf {
    std::string text;  // pdftotext -layout
    std::vector<std::string> tokens;
    int png_pages = 0;        // pages pdftoppm rendered
    std::vector<double> ink;  // per page: share of pixels that are not white
};

std::vector<unsigned char> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Share of dark pixels in a binary PGM ("P5 w h 255\n" then one byte per pixel).
double ink_share(const fs::path& pgm) {
    const std::vector<unsigned char> bytes = read_file(pgm);
    std::istringstream header(
        std::string(bytes.begin(), bytes.begin() + std::min<std::size_t>(40, bytes.size())));
    std::string magic;
    int width = 0, height = 0, max_value = 0;
    header >> magic >> width >> height >> max_value;
    const std::size_t pixels = static_cast<std::size_t>(width) * height;
    if (magic != "P5" || pixels == 0 || bytes.size() < pixels) return 0;
    std::size_t dark = 0;
    for (std::size_t idx = bytes.size() - pixels; idx < bytes.size(); ++idx) dark += bytes[idx] < 160;
    return static_cast<double>(dark) / static_cast<double>(pixels);
}

RenderedPdf read_back(const std::string& pdf_bytes, const TempDir& dir) {
    const fs::path pdf = dir.path() / "worksheet.pdf";
    std::ofstream(pdf, std::ios::binary) << pdf_bytes;
    RenderedPdf result;
    result.text = run("pdftotext -layout '" + pdf.string() + "' -");
    std::istringstream words(result.text);
    for (std::string word; words >> word;) result.tokens.push_back(word);
    const std::string quoted_pdf = "'" + pdf.string() + "' '";
    EXPECT_EQ(
        std::system(("pdftoppm -r 50 -png " + quoted_pdf + (dir.path() / "page").string() + "'").c_str()), 0);
    EXPECT_EQ(
        std::system(("pdftoppm -r 50 -gray " + quoted_pdf + (dir.path() / "gray").string() + "'").c_str()),
        0);
    std::vector<fs::path> grays;
    for (const auto& entry : fs::directory_iterator(dir.path())) {
        if (entry.path().extension() == ".png") ++result.png_pages;
        if (entry.path().extension() == ".pgm") grays.push_back(entry.path());
    }
    std::sort(grays.begin(), grays.end());
    for (const fs::path& gray : grays) result.ink.push_back(ink_share(gray));
    return result;
}

// The words of each page; pdftotext ends every page with a form feed.
std::vector<std::vector<std::string>> page_tokens(const RenderedPdf& pdf) {
    std::vector<std::vector<std::string>> pages;
    std::istringstream text(pdf.text);
    for (std::string page; std::getline(text, page, '\f');) {
        if (page.find_first_not_of(" \n") == std::string::npos) continue;
        std::istringstream words(page);
        pages.emplace_back();
        for (std::string word; words >> word;) pages.back().push_back(word);
    }
    return pages;
}

bool has_token(const RenderedPdf& pdf, const std::string& token) {
    return std::find(pdf.tokens.begin(), pdf.tokens.end(), token) != pdf.tokens.end();
}

// `first` immediately followed by `second`, as in an answer-key entry "12) 4905".
bool has_pair(const RenderedPdf& pdf, const std::string& first, const std::string& second) {
    for (std::size_t idx = 0; idx + 1 < pdf.tokens.size(); ++idx)
        if (pdf.tokens[idx] == first && pdf.tokens[idx + 1] == second) return true;
    return false;
}

RenderedPdf render_and_read(const std::vector<GeneratedBlock>& blocks, AnswerKey key, const TempDir& dir,
                            const WorksheetHeader& header = kHeader) {
    auto pdf = render_worksheet_pdf(header, blocks, key);
    EXPECT_TRUE(pdf.has_value()) << (pdf.has_value() ? "" : pdf.error().detail);
    if (!pdf.has_value()) return {};
    EXPECT_TRUE(pdf.value().starts_with("%PDF-"));
    return read_back(pdf.value(), dir);
}

// The numbers of a vertical question as printed: its text's rows without their signs.
std::vector<std::string> row_numbers(const Question& question) {
    std::vector<std::string> numbers;
    std::istringstream lines(question.text);
    for (std::string line; std::getline(lines, line);)
        numbers.push_back(line.substr(line.find_first_not_of("+- ")));
    return numbers;
}

// ---- Tests -----------------------------------------------------------------------------------

// Reading back needs poppler-utils; without them the tests say so instead of failing obscurely.
class WorksheetPdf : public ::testing::Test {
  protected:
    void SetUp() override {
        if (std::system("pdftotext -v >/dev/null 2>&1") != 0 ||
            std::system("pdftoppm -v >/dev/null 2>&1") != 0)
            GTEST_SKIP() << "poppler-utils (pdftotext, pdftoppm) are not installed";
    }
};

TEST_F(WorksheetPdf, EveryQuestionNumberRowAndAnswerCanBeReadBack) {
    TempDir dir;
    const std::vector<GeneratedBlock> blocks{vertical_block(1, 23, 5, 2, "Add/Sub 2D 5R"),
                                             horizontal_block(24, 11)};
    const RenderedPdf pdf = render_and_read(blocks, AnswerKey::Yes, dir);
    for (const Question& question : blocks[0].questions) {
        SCOPED_TRACE(question.text);
        EXPECT_TRUE(has_token(pdf, std::to_string(question.id)));
        for (const std::string& number : row_numbers(question)) EXPECT_TRUE(has_token(pdf, number));
        EXPECT_TRUE(has_pair(pdf, std::to_string(question.id) + ")", question.answer));
    }
    for (const Question& question : blocks[1].questions) {
        SCOPED_TRACE(question.text);
        EXPECT_NE(pdf.text.find(std::to_string(question.id) + ") " + question.text), std::string::npos);
        EXPECT_TRUE(has_pair(pdf, std::to_string(question.id) + ")", question.answer));
    }
    EXPECT_NE(pdf.text.find("Add/Sub 2D 5R"), std::string::npos);
    EXPECT_NE(pdf.text.find("Multiplication"), std::string::npos);
    EXPECT_NE(pdf.text.find("Answer key"), std::string::npos);
}

TEST_F(WorksheetPdf, HeaderHasAcademyTitleLevelAndTheFieldsToFillIn) {
    TempDir dir;
    const RenderedPdf pdf = render_and_read({vertical_block(1, 10, 5, 1)}, AnswerKey::No, dir);
    for (const char* text : {"Talent Hub Abacus Academy", "Practice Paper", "Level: AB-3", "Name", "Date",
                             "Start time", "Stop time", "Marks", "/ 10"})
        EXPECT_NE(pdf.text.find(text), std::string::npos) << text;
    EXPECT_EQ(pdf.text.find("Answer key"), std::string::npos);
}

TEST_F(WorksheetPdf, TwoDigitIntegersAreNeverPrintedAsDecimals) {
    // Legacy bug §8.13: "86 − 36 + 69" came out as "8.6 − 3.6 + 6.9".
    GeneratedBlock block;
    block.config.type = "add_sub";
    Question question;
    question.id = 1;
    question.text = "86\n- 36\n+ 69";
    question.operands = {86, 36, 69};
    question.operators = {"-", "+"};
    question.op = "±";
    question.answer = "119";
    question.is_vertical = true;
    block.questions.push_back(question);
    TempDir dir;
    const RenderedPdf pdf = render_and_read({block}, AnswerKey::Yes, dir);
    for (const char* number : {"86", "36", "69"}) EXPECT_TRUE(has_token(pdf, number)) << number;
    for (const char* decimal : {"8.6", "3.6", "6.9", "119.0"})
        EXPECT_EQ(pdf.text.find(decimal), std::string::npos) << decimal;
    EXPECT_TRUE(has_pair(pdf, "1)", "119"));
}

TEST_F(WorksheetPdf, EveryPageIsRenderedWithInkAndNumberedOfTheTotal) {
    TempDir dir;
    const std::vector<GeneratedBlock> blocks{vertical_block(1, 50, 5, 2), horizontal_block(51, 50)};
    const RenderedPdf pdf = render_and_read(blocks, AnswerKey::Yes, dir);
    ASSERT_GE(pdf.png_pages, 3);
    ASSERT_EQ(pdf.ink.size(), static_cast<std::size_t>(pdf.png_pages));
    const std::string total = std::to_string(pdf.png_pages);
    for (int page = 1; page <= pdf.png_pages; ++page) {
        SCOPED_TRACE(page);
        EXPECT_NE(pdf.text.find("Page " + std::to_string(page) + " of " + total), std::string::npos);
        EXPECT_GT(pdf.ink[page - 1], 0.003);  // more than a footer: content on every page
    }
    EXPECT_EQ(pdf.text.find("Page " + std::to_string(pdf.png_pages + 1) + " of"), std::string::npos);
}

TEST_F(WorksheetPdf, PageCountGrowsSensiblyWith200Questions) {
    TempDir small_dir, large_dir;
    const RenderedPdf small = render_and_read({vertical_block(1, 20, 5, 2)}, AnswerKey::No, small_dir);
    const RenderedPdf large = render_and_read({vertical_block(1, 200, 5, 2)}, AnswerKey::No, large_dir);
    EXPECT_EQ(small.png_pages, 1);
    // 20 table rows of ~158 pt: four per page.
    EXPECT_GE(large.png_pages, 4);
    EXPECT_LE(large.png_pages, 7);
    for (int id = 1; id <= 200; ++id) EXPECT_TRUE(has_token(large, std::to_string(id))) << id;

    TempDir grid_dir;
    const RenderedPdf grid = render_and_read({horizontal_block(1, 200)}, AnswerKey::Yes, grid_dir);
    EXPECT_GE(grid.png_pages, 3);
    EXPECT_LE(grid.png_pages, 8);
    for (int id = 1; id <= 200; ++id)
        EXPECT_TRUE(has_pair(grid, std::to_string(id) + ")", std::to_string((100 + id * 7) * (2 + id % 8))))
            << id;
}

TEST_F(WorksheetPdf, ThirtyDigitNumbersSurviveExactly) {
    const std::string big = "123456789012345678901234567890";
    const std::string bigger = "987654321098765432109876543210";
    const std::string product = "121932631137021795226185032733622923332237463801111263526900";
    GeneratedBlock vertical;
    vertical.config.type = "addition";
    for (int id = 1; id <= 12; ++id) {
        Question question;
        question.id = id;
        question.text = big + "\n" + bigger + "\n+ " + big;
        question.answer = "1234567901234567901234567901233" + std::to_string(id % 10);
        question.is_vertical = true;
        vertical.questions.push_back(question);
    }
    GeneratedBlock horizontal;
    horizontal.config.type = "vedic_multiplication";
    Question product_question;
    product_question.id = 13;
    product_question.text = big + " × " + bigger + " =";
    product_question.answer = product;
    horizontal.questions.push_back(product_question);

    TempDir dir;
    const RenderedPdf pdf = render_and_read({vertical, horizontal}, AnswerKey::Yes, dir);
    EXPECT_TRUE(has_token(pdf, big));
    EXPECT_TRUE(has_token(pdf, bigger));
    // Too long for half the page: the product question gets a row of its own, on one line.
    EXPECT_NE(pdf.text.find("13) " + product_question.text), std::string::npos);
    EXPECT_TRUE(has_pair(pdf, "13)", product));
    for (const Question& question : vertical.questions)
        EXPECT_TRUE(has_pair(pdf, std::to_string(question.id) + ")", question.answer)) << question.id;
    EXPECT_EQ(pdf.text.find("e+"), std::string::npos);  // no float formatting anywhere
}

TEST_F(WorksheetPdf, DecimalAndNegativeRowsPrintAsWritten) {
    GeneratedBlock block;
    block.config.type = "decimal_add_sub";
    Question question;
    question.id = 1;
    question.text = "96.5\n- 69.0\n+ 53.7";
    question.answer = "81.2";
    question.is_vertical = true;
    block.questions.push_back(question);
    Question negative;
    negative.id = 2;
    negative.text = "-12\n+ 7";
    negative.answer = "-5";
    negative.is_vertical = true;
    block.questions.push_back(negative);
    TempDir dir;
    const RenderedPdf pdf = render_and_read({block}, AnswerKey::Yes, dir);
    for (const char* number : {"96.5", "69.0", "53.7", "-12", "7"})
        EXPECT_TRUE(has_token(pdf, number)) << number;
    EXPECT_TRUE(has_pair(pdf, "1)", "81.2"));
    EXPECT_TRUE(has_pair(pdf, "2)", "-5"));
}

TEST_F(WorksheetPdf, LongTitlesManyBlocksAndOddTextStillRender) {
    std::vector<GeneratedBlock> blocks;
    int next_id = 1;
    for (int block_idx = 0; block_idx < 40; ++block_idx) {
        GeneratedBlock block = block_idx % 2 == 0
                                   ? vertical_block(next_id, 3, 4, 1, "Section " + std::to_string(block_idx))
                                   : horizontal_block(next_id, 3);
        next_id += 3;
        blocks.push_back(block);
    }
    blocks.push_back(GeneratedBlock{});  // empty blocks are skipped
    WorksheetHeader header{std::string(200, 'A'), std::string(300, 'T') + " \xff\xfe invalid",
                           "Vedic-Level-2"};
    TempDir dir;
    const RenderedPdf pdf = render_and_read(blocks, AnswerKey::Yes, dir, header);
    EXPECT_GE(pdf.png_pages, 2);
    for (int block_idx = 0; block_idx < 40; block_idx += 2)
        EXPECT_NE(pdf.text.find("Section " + std::to_string(block_idx)), std::string::npos);
    for (int id = 1; id < next_id; ++id) EXPECT_TRUE(has_token(pdf, std::to_string(id) + ")")) << id;
    // The title is cut to two lines (its full text stays in the PDF for copying): the first page
    // still has the form and the first section.
    const std::string first_page = pdf.text.substr(0, pdf.text.find('\f'));
    EXPECT_NE(first_page.find("Start time"), std::string::npos);
    EXPECT_NE(first_page.find("Section 0"), std::string::npos);
}

TEST_F(WorksheetPdf, NoncharactersAndControlsInTextsStillRender) {
    // U+FFFF in the title used to fail cairo's metadata and turn the whole PDF into a 500.
    std::vector<GeneratedBlock> blocks;
    int next_id = 1;
    blocks.push_back(vertical_block(next_id, 3, 4, 1, "Block \xEF\xBF\xBF \xEF\xB7\x90 \x01"));
    for (const char* title : {"Title \xEF\xBF\xBF", "\xEF\xBF\xBE", "\xF4\x8F\xBF\xBF x", "a\x7F\x1B b"}) {
        SCOPED_TRACE(title);
        const WorksheetHeader header{"Academy \xEF\xB7\xAF", title, "AB-1"};
        auto pdf = render_worksheet_pdf(header, blocks, AnswerKey::Yes);
        ASSERT_TRUE(pdf.has_value()) << pdf.error().detail;
        EXPECT_TRUE(pdf->starts_with("%PDF-"));
    }
}

TEST_F(WorksheetPdf, RefusesMorePagesThanTheLimitBeforeDrawingThem) {
    // 300 blocks of one tall sum: each block needs its own band, far more than kMaxWorksheetPages.
    std::vector<GeneratedBlock> blocks;
    int next_id = 1;
    for (int block_idx = 0; block_idx < 600; ++block_idx) {
        blocks.push_back(vertical_block(next_id, 1, 30, 1, "Section " + std::to_string(block_idx)));
        next_id += 1;
    }
    auto pdf = render_worksheet_pdf(kHeader, blocks, AnswerKey::No);
    ASSERT_FALSE(pdf.has_value());
    EXPECT_EQ(pdf.error().code, ErrorCode::Invalid);
    EXPECT_NE(pdf.error().detail.find("at most 200"), std::string::npos) << pdf.error().detail;
}

TEST_F(WorksheetPdf, TallSumsAreNeverSplitAcrossPages) {
    // 30 rows (the legacy maximum): each table row nearly fills a page; its column stays whole.
    TempDir dir;
    const GeneratedBlock block = vertical_block(201, 25, 30, 4);
    const RenderedPdf pdf = render_and_read({block}, AnswerKey::No, dir);
    EXPECT_EQ(pdf.png_pages, 3);
    // Every number of a question is on the page that has its number (4-digit rows cannot be
    // mistaken for the ids 201..225, nor can the header's "/ 25" or the footers).
    const std::vector<std::vector<std::string>> pages = page_tokens(pdf);
    for (const Question& question : block.questions) {
        SCOPED_TRACE(question.id);
        const auto page = std::find_if(pages.begin(), pages.end(), [&](const auto& tokens) {
            return std::find(tokens.begin(), tokens.end(), std::to_string(question.id)) != tokens.end();
        });
        ASSERT_NE(page, pages.end());
        for (const std::string& number : row_numbers(question))
            EXPECT_NE(std::find(page->begin(), page->end(), number), page->end()) << number;
    }
}

TEST_F(WorksheetPdf, AnswerKeyStartsOnItsOwnPageAfterTheQuestions) {
    const std::vector<GeneratedBlock> blocks{vertical_block(1, 12, 5, 2), horizontal_block(13, 9)};
    TempDir without_dir, with_dir;
    const RenderedPdf without = render_and_read(blocks, AnswerKey::No, without_dir);
    const RenderedPdf with = render_and_read(blocks, AnswerKey::Yes, with_dir);
    EXPECT_EQ(with.png_pages, without.png_pages + 1);
    const std::vector<std::vector<std::string>> pages = page_tokens(with);
    ASSERT_EQ(pages.size(), static_cast<std::size_t>(with.png_pages));
    const auto& key_page = pages.back();
    EXPECT_EQ(std::count(key_page.begin(), key_page.end(), "key"), 1);  // "Answer key"
    EXPECT_EQ(std::count(key_page.begin(), key_page.end(), "="), 0);    // no question on it
    for (std::size_t page_idx = 0; page_idx + 1 < pages.size(); ++page_idx)
        EXPECT_EQ(std::count(pages[page_idx].begin(), pages[page_idx].end(), "key"), 0);
}

TEST_F(WorksheetPdf, NoBlocksOrNoQuestionsIsInvalid) {
    const auto none = render_worksheet_pdf(kHeader, {}, AnswerKey::No);
    ASSERT_FALSE(none.has_value());
    EXPECT_EQ(none.error().code, ErrorCode::Invalid);
    const auto empty = render_worksheet_pdf(kHeader, {GeneratedBlock{}, GeneratedBlock{}}, AnswerKey::Yes);
    ASSERT_FALSE(empty.has_value());
    EXPECT_EQ(empty.error().code, ErrorCode::Invalid);
}

TEST_F(WorksheetPdf, ConcurrentRendersGiveTheSameText) {
    const std::vector<GeneratedBlock> blocks{vertical_block(1, 30, 5, 2), horizontal_block(31, 20)};
    std::vector<std::string> pdfs(4);
    std::vector<std::thread> threads;
    for (std::size_t idx = 0; idx < pdfs.size(); ++idx)
        threads.emplace_back([&, idx] {
            for (int repeat = 0; repeat < 3; ++repeat) {
                auto pdf = render_worksheet_pdf(kHeader, blocks, AnswerKey::Yes);
                if (pdf.has_value()) pdfs[idx] = pdf.value();
            }
        });
    for (std::thread& thread : threads) thread.join();
    std::string first_text;
    for (const std::string& bytes : pdfs) {
        ASSERT_FALSE(bytes.empty());
        TempDir dir;
        const RenderedPdf pdf = read_back(bytes, dir);
        if (first_text.empty()) first_text = pdf.text;
        EXPECT_EQ(pdf.text, first_text);
    }
}

}  // namespace
}  // namespace anzan::papers
