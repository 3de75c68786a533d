-- wrk script: POST seed 001 to /api/lint (the path of the draft in the SEED environment variable).
local file = assert(io.open(os.getenv("SEED"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.path = "/api/lint?name=seed-001.txt"
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
-- The server refuses a POST without it (a page on another origin cannot send it).
wrk.headers["X-ReportKit"] = "1"

function done(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
