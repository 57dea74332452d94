-- wrk script: single-order posts to POST /api/v1/orders, each with an external id of its own, so that every post is a
-- new order (validated, stored and evented), never an idempotent repeat.
-- Usage: wrk -t2 -c16 -d60s -s bench/orders-single.lua http://host:port -- <orders.jsonl> <api key> <run id>
-- (orders.jsonl from org.aftersale.bench.OrderTemplates).

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_number", counter)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read " .. tostring(args[1]))
  templates = {}
  for line in file:lines() do
    if #line > 0 then templates[#templates + 1] = line end
  end
  file:close()
  headers = { ["Authorization"] = "Bearer " .. args[2], ["Content-Type"] = "application/json" }
  prefix = args[3] .. "-" .. thread_number .. "-"
  sent = 0
  created = 0
  -- start each thread at a different order so that the threads do not post the same shopper together
  offset = thread_number * 997
end

function request()
  sent = sent + 1
  local template = templates[(offset + sent) % #templates + 1]
  local body = template:gsub("__EXT__", prefix .. sent, 1)
  return wrk.format("POST", "/api/v1/orders", headers, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("created") end
  local seconds = summary.duration / 1e6
  io.write(string.format("requests: %d in %.1f s (%.0f req/s), created (201): %d, errors: %d\n",
    summary.requests, seconds, summary.requests / seconds, total,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("orders/s: %.0f\n", total / seconds))
  io.write(string.format("latency per request (ms): p50 %.1f  p90 %.1f  p99 %.1f  max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
