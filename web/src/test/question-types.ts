// The question-type catalogue exactly as GET /api/question-types answers it, for tests of the
// worksheet builder. The JSON beside this file is checked against the live server by the API tests
// (tests/api/papers_api_test.cpp); refresh it with
//   curl -s http://127.0.0.1:8000/api/question-types | python3 -m json.tool > web/src/test/question-types.json
import type { QuestionTypeCatalogue } from "../features/papers/api";
import catalogue from "./question-types.json";

export const kQuestionTypes: QuestionTypeCatalogue = catalogue as QuestionTypeCatalogue;

export const kCatalogue = kQuestionTypes.question_types;
