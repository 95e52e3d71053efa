-- wrk script for the practice benchmarks. Each request is made by the next student (their token
-- from TOKENS_FILE, one per line, in user-id order starting at FIRST_USER_ID). MODE:
--   stats   GET /api/users/stats
--   submit  POST /api/practice/sessions/{id}/submit: every request a new open session; session
--           ids FIRST_ITEM.. are owned by student (id - FIRST_ITEM) % STUDENTS (bench/practice/run.sh)
--   paper   PUT /api/papers/attempt/{id}: the same ownership rule for paper attempts
--   legacy  POST /api/users/practice-session with 20 add/sub attempts (a new session each time)
local mode = os.getenv("MODE")
local first_item = tonumber(os.getenv("FIRST_ITEM") or "0")
local tokens = {}
for line in io.lines(os.getenv("TOKENS_FILE")) do tokens[#tokens + 1] = line end
local students = #tokens

local threads = {}
function setup(thread)
  thread:set("index", #threads)
  threads[#threads + 1] = thread
end

local step, counter, submit_body, paper_body, legacy_body
function init(args)
  step = tonumber(os.getenv("THREADS") or "2")
  counter = index
  local answers = {}
  for q = 1, 20 do answers[#answers + 1] = string.format('{"question_number":%d,"answer":"%d","time_taken":1.5}', q, q * 7) end
  submit_body = '{"time_taken":40,"answers":[' .. table.concat(answers, ",") .. ']}'
  local paper_answers = {}
  for q = 1, 100 do paper_answers[#paper_answers + 1] = string.format('"%d":"%d"', q, q * 3) end
  paper_body = '{"time_taken":600,"answers":{' .. table.concat(paper_answers, ",") .. '}}'
  local attempts = {}
  for q = 1, 20 do
    attempts[#attempts + 1] = string.format('{"question_data":{"type":"add_sub","numbers":[%d,%d,%d],' ..
      '"operators":["+","-"],"answer":0},"user_answer":%d,"correct_answer":0,"is_correct":true,' ..
      '"time_taken":1.5,"question_number":%d}', 40 + q, 17, 9, 40 + q + 8, q)
  end
  legacy_body = '{"operation_type":"add_sub","difficulty_mode":"medium","total_questions":20,"correct_answers":20,' ..
    '"wrong_answers":0,"accuracy":100,"score":20,"time_taken":40,"points_earned":200,"attempts":[' ..
    table.concat(attempts, ",") .. ']}'
end

local failures = 0
function request()
  local n = counter
  counter = counter + step
  local student = n % students
  local headers = {["Authorization"] = "Bearer " .. tokens[student + 1], ["Content-Type"] = "application/json"}
  if mode == "stats" then
    return wrk.format("GET", "/api/users/stats", headers)
  elseif mode == "legacy" then
    return wrk.format("POST", "/api/users/practice-session", headers, legacy_body)
  elseif mode == "submit" then
    return wrk.format("POST", "/api/practice/sessions/" .. (first_item + n) .. "/submit", headers, submit_body)
  else
    return wrk.format("PUT", "/api/papers/attempt/" .. (first_item + n), headers, paper_body)
  end
end

function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end
