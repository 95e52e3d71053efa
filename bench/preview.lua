-- wrk script: POST an AB-3 preview (preset blocks, fresh seed each call) with a bearer token.
-- Usage: TOKEN=... wrk -t2 -c32 -d5s --latency -s bench/preview.lua http://127.0.0.1:PORT
wrk.method = "POST"
wrk.path = "/api/papers/preview"
wrk.body = '{"title":"Practice Paper","level":"AB-3","blocks":[]}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")

local failures = 0
function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

function done(summary, latency, requests)
  local non_200 = summary.errors.status
  io.write(string.format("requests %d, non-2xx %d, socket errors %d\n", summary.requests, non_200,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("req/s %.0f  p50 %.2f ms  p99 %.2f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
