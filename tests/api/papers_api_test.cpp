// Worksheets over real HTTP (SQLite and PostgreSQL): presets, previews (shape, determinism, preset
// blocks, 400/422), worksheet PDFs read back with pdftotext, saved papers and their downloads,
// roles, and the CLI's `paper --json` matching the preview route byte for byte in meaning.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "harness.hpp"

namespace anzan::test {
namespace {
using json = nlohmann::json;

json addition_block(int count, int digits, int rows) {
    return {{"id", "b1"},
            {"type", "addition"},
            {"count", count},
            {"title", "Addition"},
            {"constraints", {{"digits", digits}, {"rows", rows}}}};
}

json custom_config(const json& blocks) {
    return {{"title", "Practice"}, {"level", "Custom"}, {"blocks", blocks}};
}

json with_seed(json body, long long seed) {
    body["seed"] = seed;
    return body;
}

// The whitespace-separated words pdftotext -layout reads from `pdf` (written to `dir`).
std::vector<std::string> pdf_words(const std::string& pdf, const std::string& dir,
                                   std::string* text_out = nullptr) {
    const std::string path = dir + "/paper.pdf";
    std::ofstream(path, std::ios::binary) << pdf;
    FILE* pipe = popen(("pdftotext -layout " + shell_quote(path) + " - 2>/dev/null").c_str(), "r");
    std::string text;
    char buffer[4096];
    for (size_t n; pipe && (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, n);
    if (pipe) pclose(pipe);
    if (text_out) *text_out = text;
    std::istringstream in(text);
    std::vector<std::string> words;
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

// An answer-key entry: "12)" immediately followed by its answer.
bool has_key_entry(const std::vector<std::string>& words, int id, const std::string& answer) {
    const std::string label = std::to_string(id) + ")";
    for (size_t idx = 0; idx + 1 < words.size(); ++idx)
        if (words[idx] == label && words[idx + 1] == answer) return true;
    return false;
}

bool has_word(const std::vector<std::string>& words, const std::string& word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

class PapersApi : public ::testing::Test {
  protected:
    TestServer server;
    httplib::Client http = server.client();
    std::string student = server.student_token();

    httplib::Result post(const std::string& path, const json& body, const std::string& token) {
        return http.Post(path, bearer(token), body.dump(), "application/json");
    }
    json preview(const json& body, const std::string& token = "") {
        auto res = post("/api/papers/preview", body, token.empty() ? student : token);
        EXPECT_TRUE(res);
        if (!res) return nullptr;
        EXPECT_EQ(res->status, 200) << res->body;
        return body_json(res);
    }
    static bool has_poppler() { return std::system("pdftotext -v >/dev/null 2>&1") == 0; }
};

TEST_F(PapersApi, PresetsListTheLevelsAndAnswerOneLevel) {
    auto levels = http.Get("/api/presets", bearer(student));
    ASSERT_EQ(levels->status, 200) << levels->body;
    const json names = body_json(levels);
    EXPECT_EQ(names.front(), "Junior");
    EXPECT_NE(std::find(names.begin(), names.end(), "AB-3"), names.end());
    for (const char* path : {"/api/presets/AB-3", "/presets/ab-3"}) {
        auto res = http.Get(path, bearer(student));
        ASSERT_EQ(res->status, 200) << path << res->body;
        const json preset = body_json(res);
        EXPECT_EQ(preset["level"], "AB-3");
        ASSERT_EQ(preset["blocks"].size(), 10u);
        // Legacy shape: every constraint key present, null when unset.
        EXPECT_TRUE(preset["blocks"][0]["constraints"].contains("maxAnswer"));
        EXPECT_EQ(preset["blocks"][0]["type"], "add_sub");
    }
    auto unknown = http.Get("/api/presets/AB-99", bearer(student));
    EXPECT_EQ(unknown->status, 404);
    EXPECT_NE(body_json(unknown)["detail"].get<std::string>().find("AB-3"), std::string::npos);
    EXPECT_EQ(http.Get("/api/presets/AB-3")->status, 401);
}

TEST_F(PapersApi, TheQuestionTypeCatalogueIsPublicAndComplete) {
    auto res = http.Get("/api/question-types");
    ASSERT_EQ(res->status, 200) << res->body;
    const json types = body_json(res)["question_types"];
    ASSERT_EQ(types.size(), 17u);
    EXPECT_EQ(types[0]["type"], "addition");
    EXPECT_EQ(types[0]["orientation"], "vertical");
    const json& add_sub = types[2];
    EXPECT_EQ(add_sub["type"], "add_sub");
    EXPECT_EQ(add_sub["label"], "Addition & Subtraction");
    const json& digits = add_sub["constraints"][0];
    EXPECT_EQ(digits["name"], "digits");
    EXPECT_EQ(digits["kind"], "integer");
    EXPECT_EQ(digits["min"], 1);
    EXPECT_EQ(digits["max"], 10);
    // The catalogue's range is the generator's: one past the maximum is refused.
    json config = {{"title", "T"}, {"level", "Custom"},
                   {"blocks", json::array({{{"type", "add_sub"}, {"count", 1},
                                            {"constraints", {{"digits", 11}, {"rows", 3}}}}})}};
    auto refused = http.Post("/api/papers/preview", bearer(student), config.dump(), "application/json");
    EXPECT_EQ(refused->status, 422) << refused->body;
    // The web's tests use a copy of this answer: it must be the current one.
    const auto fixture = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "web" /
                         "src" / "test" / "question-types.json";
    std::ifstream in(fixture);
    ASSERT_TRUE(in) << fixture;
    EXPECT_EQ(json::parse(in), body_json(res))
        << "web/src/test/question-types.json is stale: refresh it from GET /api/question-types";
}

TEST_F(PapersApi, PreviewHasTheLegacyShapeAndIsDeterministicPerSeed) {
    const json body = with_seed(custom_config(json::array({addition_block(12, 2, 4)})), 4242);
    const json first = preview(body);
    EXPECT_EQ(first["seed"], 4242);
    ASSERT_EQ(first["blocks"].size(), 1u);
    const json& questions = first["blocks"][0]["questions"];
    ASSERT_EQ(questions.size(), 12u);
    EXPECT_EQ(first["blocks"][0]["config"]["type"], "addition");
    for (const char* field :
         {"id", "text", "operands", "operator", "operators", "answer", "answer_text", "isVertical"})
        EXPECT_TRUE(questions[0].contains(field)) << field;
    EXPECT_EQ(questions[0]["id"], 1);
    EXPECT_EQ(questions[11]["id"], 12);
    EXPECT_EQ(preview(body), first);
    EXPECT_NE(preview(with_seed(custom_config(json::array({addition_block(12, 2, 4)})), 4243)), first);
    // Without a seed the server draws one (53 bits) and returns it; replaying it gives the same paper.
    const json fresh = preview(custom_config(json::array({addition_block(12, 2, 4)})));
    ASSERT_TRUE(fresh["seed"].is_number_unsigned()) << fresh["seed"];
    EXPECT_LT(fresh["seed"].get<std::uint64_t>(), std::uint64_t{1} << 53);
    EXPECT_EQ(preview(with_seed(custom_config(json::array({addition_block(12, 2, 4)})),
                                fresh["seed"].get<long long>())),
              fresh);
    EXPECT_EQ(post("/papers/preview", body, student)->status, 200);  // legacy path
}

TEST_F(PapersApi, ALevelWithoutBlocksGetsItsPreset) {
    const json preset = body_json(http.Get("/api/presets/AB-3", bearer(student)));
    const json from_level =
        preview({{"title", "Practice"}, {"level", "AB-3"}, {"blocks", json::array()}, {"seed", 7}});
    json explicit_body = preset;
    explicit_body["title"] = "Practice";
    explicit_body["seed"] = 7;
    EXPECT_EQ(from_level, preview(explicit_body));
    int total = 0;
    for (const auto& block : from_level["blocks"]) total += static_cast<int>(block["questions"].size());
    EXPECT_EQ(total, 100);
}

TEST_F(PapersApi, AnEmptyPaperIs400) {
    auto res = post("/api/papers/preview", custom_config(json::array()), student);
    EXPECT_EQ(res->status, 400);
    EXPECT_EQ(body_json(res)["detail"], "At least one question block is required");
    // A level with no preset file behaves the same (legacy: its preset list is empty).
    EXPECT_EQ(post("/api/papers/preview",
                   {{"title", "V"}, {"level", "Vedic-Level-3"}, {"blocks", json::array()}}, student)
                  ->status,
              400);
}

TEST_F(PapersApi, InfeasibleConstraintsAre422NamingTheBlock) {
    // 81 distinct 1-digit two-row additions exist; 82 cannot be distinct.
    auto res = post("/api/papers/preview", custom_config(json::array({addition_block(82, 1, 2)})), student);
    ASSERT_EQ(res->status, 422) << res->body;
    const std::string detail = body_json(res)["detail"];
    EXPECT_NE(detail.find("Block 1"), std::string::npos) << detail;
    EXPECT_NE(detail.find("Addition"), std::string::npos) << detail;
    auto range = post("/api/papers/preview", custom_config(json::array({addition_block(5, 12, 2)})), student);
    EXPECT_EQ(range->status, 422);
    EXPECT_NE(body_json(range)["detail"].get<std::string>().find("digits"), std::string::npos);
}

TEST_F(PapersApi, MalformedBodiesAreRefusedCleanly) {
    EXPECT_EQ(http.Post("/api/papers/preview", bearer(student), "{\"title\": ", "application/json")->status,
              400);
    EXPECT_EQ(post("/api/papers/preview", json::array(), student)->status, 422);
    EXPECT_EQ(post("/api/papers/preview",
                   {{"level", "Custom"}, {"blocks", json::array({addition_block(5, 1, 2)})}}, student)
                  ->status,
              422);  // no title
    EXPECT_EQ(post("/api/papers/preview",
                   with_seed(custom_config(json::array({addition_block(5, 1, 2)})), -1), student)
                  ->status,
              422);
    EXPECT_EQ(post("/api/papers/preview", {{"title", "T"}, {"blocks", "many"}}, student)->status, 422);
    EXPECT_EQ(post("/api/papers/preview", {{"title", "T"}, {"level", "AB-99"}}, student)->status, 422);
    EXPECT_EQ(post("/api/papers/generate-pdf",
                   {{"title", "T"}, {"generated_blocks", json::array({json{{"config", 1}}})}}, student)
                  ->status,
              422);
    EXPECT_EQ(post("/api/papers/generate-pdf", {{"title", "T"}, {"seed", 1}, {"answer_key", "yes"}}, student)
                  ->status,
              422);
    EXPECT_EQ(post("/api/papers/preview", custom_config(json::array({addition_block(5, 1, 2)})), "")->status,
              401);
}

TEST_F(PapersApi, ThePdfHoldsEveryQuestionAndAnswer) {
    json body = {{"title", "Weekly Test"}, {"level", "AB-3"}, {"blocks", json::array()}, {"seed", 99}};
    const json previewed = preview(body);
    body["answer_key"] = true;
    auto res = post("/api/papers/generate-pdf", body, student);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/pdf");
    EXPECT_EQ(res->get_header_value("Content-Disposition"),
              "attachment; filename=\"Weekly_Test_-_Basic_Level_3_answer_key.pdf\"");
    EXPECT_EQ(res->get_header_value("X-Paper-Seed"), "99");
    ASSERT_EQ(res->body.rfind("%PDF-", 0), 0u);
    if (!has_poppler()) GTEST_SKIP() << "poppler-utils (pdftotext) is not installed";
    std::string text;
    const auto words = pdf_words(res->body, server.database().temp_dir(), &text);
    EXPECT_NE(text.find("Weekly Test - Basic Level 3"), std::string::npos);
    int checked = 0;
    for (const auto& block : previewed["blocks"])
        for (const auto& question : block["questions"]) {
            const int id = question["id"];
            SCOPED_TRACE(question["text"].get<std::string>());
            EXPECT_TRUE(has_word(words, std::to_string(id)) || has_word(words, std::to_string(id) + ")"));
            EXPECT_TRUE(has_key_entry(words, id, question["answer_text"]));
            ++checked;
        }
    EXPECT_EQ(checked, 100);
    // Without the answer key the answers are not printed.
    body["answer_key"] = false;
    auto plain = post("/papers/generate-pdf", body, student);
    ASSERT_EQ(plain->status, 200);
    EXPECT_EQ(plain->get_header_value("Content-Disposition"),
              "attachment; filename=\"Weekly_Test_-_Basic_Level_3.pdf\"");
    EXPECT_FALSE(has_key_entry(pdf_words(plain->body, server.database().temp_dir()), 1,
                               previewed["blocks"][0]["questions"][0]["answer_text"]));
}

TEST_F(PapersApi, APdfOfPreviewedBlocksPrintsExactlyThoseQuestions) {
    json previewed = preview(with_seed(custom_config(json::array({addition_block(6, 2, 3)})), 5));
    // Changed on purpose: the server must print what it is sent, not regenerate from a seed.
    json& question = previewed["blocks"][0]["questions"][2];
    question["answer_text"] = "987654";
    question["answer"] = 987654;
    for (const char* key : {"blocks", "generated_blocks"}) {
        SCOPED_TRACE(key);
        const json body = {
            {"title", "Sent back"}, {"level", "Custom"}, {key, previewed["blocks"]}, {"answer_key", true}};
        auto res = post("/api/papers/generate-pdf", body, student);
        ASSERT_EQ(res->status, 200) << res->body;
        ASSERT_EQ(res->body.rfind("%PDF-", 0), 0u);
        if (!has_poppler()) GTEST_SKIP() << "poppler-utils (pdftotext) is not installed";
        const auto words = pdf_words(res->body, server.database().temp_dir());
        for (const auto& q : previewed["blocks"][0]["questions"])
            EXPECT_TRUE(has_key_entry(words, q["id"], q["answer_text"])) << q.dump();
        EXPECT_TRUE(has_key_entry(words, 3, "987654"));
    }
    // Blocks without questions cannot be printed.
    json empty = previewed["blocks"];
    empty[0]["questions"] = json::array();
    EXPECT_EQ(
        post("/api/papers/generate-pdf", {{"title", "T"}, {"generated_blocks", empty}}, student)->status,
        422);
}

TEST_F(PapersApi, TeachersSaveAndEveryoneListsReadsAndDownloads) {
    const std::string teacher = server.teacher_token();
    const json config = custom_config(json::array({addition_block(8, 1, 3)}));
    const json new_paper = {{"title", "Saved one"}, {"level", "Custom"}, {"config", config}, {"seed", 314}};
    EXPECT_EQ(post("/api/papers", new_paper, student)->status, 403);
    auto saved = post("/api/papers", new_paper, teacher);
    ASSERT_EQ(saved->status, 201) << saved->body;
    const json paper = body_json(saved);
    for (const char* field : {"id", "title", "level", "config", "seed", "created_at", "created_by_user_id"})
        EXPECT_TRUE(paper.contains(field)) << field;
    EXPECT_EQ(paper["title"], "Saved one");
    EXPECT_EQ(paper["seed"], 314);
    EXPECT_EQ(paper["config"]["blocks"][0]["type"], "addition");
    EXPECT_NE(paper["created_at"].get<std::string>().find("+00:00"), std::string::npos);
    const std::string id = std::to_string(paper["id"].get<long long>());

    // A second paper, without a seed and with its level's preset: newest first in the list.
    auto second = post("/papers",
                       {{"title", "Level paper"}, {"config", {{"title", "Lv"}, {"level", "AB-1"}}}}, teacher);
    ASSERT_EQ(second->status, 201) << second->body;
    EXPECT_TRUE(body_json(second)["seed"].is_null());
    EXPECT_EQ(body_json(second)["config"]["blocks"].size(), 10u);  // stored resolved
    auto list = http.Get("/api/papers", bearer(student));
    ASSERT_EQ(list->status, 200);
    ASSERT_EQ(body_json(list).size(), 3u);  // and the demo's weekly paper
    EXPECT_EQ(body_json(list)[0]["title"], "Level paper");
    auto page = http.Get("/api/papers?limit=1&offset=1", bearer(student));
    ASSERT_EQ(body_json(page).size(), 1u);
    EXPECT_EQ(body_json(page)[0]["title"], "Saved one");
    EXPECT_EQ(http.Get("/api/papers?limit=0", bearer(student))->status, 422);
    EXPECT_EQ(http.Get("/api/papers?offset=x", bearer(student))->status, 422);

    EXPECT_EQ(body_json(http.Get("/api/papers/" + id, bearer(teacher))), paper);
    // The seed decides the answers: students never see it, so they cannot print the key elsewhere.
    json student_view = paper;
    student_view["seed"] = nullptr;
    EXPECT_EQ(body_json(http.Get("/api/papers/" + id, bearer(student))), student_view);
    EXPECT_TRUE(body_json(http.Get("/api/papers", bearer(student)))[1]["seed"].is_null());
    EXPECT_EQ(http.Get("/api/papers/999999", bearer(student))->status, 404);
    EXPECT_EQ(post("/api/papers/999999/download", json::object(), student)->status, 404);
    // A saved paper's answer key is for staff; students print the questions.
    EXPECT_EQ(post("/api/papers/" + id + "/download", {{"answer_key", true}}, student)->status, 403);
    auto questions_only = post("/api/papers/" + id + "/download", json::object(), student);
    ASSERT_EQ(questions_only->status, 200) << questions_only->body;
    EXPECT_EQ(questions_only->get_header_value("X-Paper-Seed"), "");

    // The download is the paper of the stored seed.
    auto pdf = post("/api/papers/" + id + "/download", {{"answer_key", true}}, teacher);
    ASSERT_EQ(pdf->status, 200) << pdf->body;
    EXPECT_EQ(pdf->get_header_value("X-Paper-Seed"), "314");
    EXPECT_EQ(pdf->get_header_value("Content-Disposition"),
              "attachment; filename=\"Saved_one_answer_key.pdf\"");
    if (has_poppler()) {
        const json expected = preview(with_seed(config, 314));
        const auto words = pdf_words(pdf->body, server.database().temp_dir());
        for (const auto& q : expected["blocks"][0]["questions"])
            EXPECT_TRUE(has_key_entry(words, q["id"], q["answer_text"])) << q.dump();
    }

    // A paper saved without a seed gets one on its first download, and keeps it.
    const std::string second_id = std::to_string(body_json(second)["id"].get<long long>());
    auto first_download =
        http.Post("/api/papers/" + second_id + "/download", bearer(teacher), "", "application/json");
    ASSERT_EQ(first_download->status, 200) << first_download->body;
    const std::string fixed = first_download->get_header_value("X-Paper-Seed");
    EXPECT_EQ(std::to_string(
                  body_json(http.Get("/api/papers/" + second_id, bearer(teacher)))["seed"].get<long long>()),
              fixed);
    EXPECT_EQ(post("/api/papers/" + second_id + "/download", json::object(), teacher)
                  ->get_header_value("X-Paper-Seed"),
              fixed);

    // Bad saves.
    EXPECT_EQ(post("/api/papers", {{"title", "x"}}, teacher)->status, 422);
    EXPECT_EQ(post("/api/papers", {{"title", "  "}, {"config", config}}, teacher)->status, 422);
    EXPECT_EQ(post("/api/papers", {{"level", "AB-2"}, {"config", config}}, teacher)->status, 422);
    EXPECT_EQ(
        post("/api/papers", {{"config", custom_config(json::array({addition_block(82, 1, 2)}))}}, teacher)
            ->status,
        422);
    EXPECT_EQ(post("/api/papers", {{"config", custom_config(json::array())}}, teacher)->status, 400);

    // Deleting is for staff.
    EXPECT_EQ(http.Delete("/api/papers/" + id, bearer(student))->status, 403);
    EXPECT_EQ(http.Delete("/api/papers/" + id, bearer(teacher))->status, 200);
    EXPECT_EQ(http.Get("/api/papers/" + id, bearer(student))->status, 404);
    EXPECT_EQ(http.Delete("/api/papers/" + id, bearer(teacher))->status, 404);
}

TEST_F(PapersApi, TheCliJsonEqualsThePreviewRoute) {
    std::string out;
    ASSERT_EQ(server.run_cli("paper --level AB-3 --seed 2024 --json", &out), 0) << out;
    const json from_cli = json::parse(out);
    const json from_route =
        preview({{"title", "Practice Paper"}, {"level", "AB-3"}, {"blocks", json::array()}, {"seed", 2024}});
    EXPECT_EQ(from_cli, from_route);
    // A config file, as the web app would send it.
    const std::string path = server.database().temp_dir() + "/config.json";
    const json config = custom_config(json::array({addition_block(9, 2, 5)}));
    std::ofstream(path) << config.dump();
    ASSERT_EQ(server.run_cli("paper --config " + path + " --seed 8", &out), 0) << out;
    EXPECT_EQ(json::parse(out), preview(with_seed(config, 8)));
    // Errors: one line and the status of their kind.
    EXPECT_EQ(server.run_cli("paper --level AB-99 --json", &out), 3);
    EXPECT_NE(out.find("AB-3"), std::string::npos) << out;
    const std::string bad = server.database().temp_dir() + "/bad.json";
    std::ofstream(bad) << custom_config(json::array({addition_block(82, 1, 2)})).dump();
    EXPECT_EQ(server.run_cli("paper --config " + bad, &out), 2);
    EXPECT_NE(out.find("Block 1"), std::string::npos) << out;
    // --pdf writes a PDF.
    const std::string pdf_path = server.database().temp_dir() + "/cli.pdf";
    ASSERT_EQ(server.run_cli("paper --level AB-1 --seed 3 --pdf " + pdf_path + " --answers", &out), 0) << out;
    std::ifstream pdf(pdf_path, std::ios::binary);
    std::string head(5, '\0');
    pdf.read(head.data(), 5);
    EXPECT_EQ(head, "%PDF-");
}

}  // namespace
}  // namespace anzan::test
