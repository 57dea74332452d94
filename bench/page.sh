#!/usr/bin/env bash
# The branded tracking page by signed link under wrk, next to a trivial endpoint of the same server in the same run.
# Usage: bench/page.sh <port> <data dir>   (bench/run.sh page starts the server and calls this)
set -euo pipefail
command -v wrk >/dev/null || { echo "bench/page.sh needs wrk (apt-get install -y wrk)" >&2; exit 1; }
port=$1
data=$2
base="http://localhost:$port"
key=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['apiKey'])" "$data/initial-credentials.json")
api() { curl -sS --fail-with-body -H "Authorization: Bearer $key" -H 'Content-Type: application/json' "$@"; }

order=$(api -X POST "$base/api/v1/orders" -d '{"externalId":"bench-page-1","source":"bench","number":"#B1","placedAt":"2026-11-01T10:00:00+01:00","currency":"EUR",
 "customer":{"email":"page@example.com","firstName":"Ana","lastName":"Souza"},
 "shippingAddress":{"name":"Ana Souza","line1":"Torstrasse 1","city":"Berlin","postalCode":"10119","country":"DE"},
 "lineItems":[{"sku":"TEE","title":"Organic Tee","quantity":2,"unitPrice":"28.00"},{"sku":"MUG","title":"Mug","quantity":1,"unitPrice":"18.00"}],
 "totals":{"subtotal":"74.00","shipping":"4.90","tax":"0","discount":"0","total":"78.90"}}' | python3 -c "import json,sys;print(json.load(sys.stdin)['id'])")
api -X POST "$base/api/v1/orders/$order/shipments" -d '{"trackingNumber":"1Z5R89390357567127","lineItems":[{"sku":"TEE","quantity":2}]}' >/dev/null
api -X POST "$base/api/v1/orders/$order/shipments" -d '{"trackingNumber":"9400111206206406260787","lineItems":[{"sku":"MUG","quantity":1}]}' >/dev/null
api -X POST "$base/api/v1/tracking-events" -d '[
 {"trackingNumber":"1Z5R89390357567127","status":"in_transit","code":"I","description":"Departed facility","occurredAt":"2026-11-02T08:00:00+01:00","location":{"city":"Leipzig","country":"DE"}},
 {"trackingNumber":"1Z5R89390357567127","status":"out_for_delivery","code":"O","description":"Out for delivery","occurredAt":"2026-11-03T07:00:00+01:00","location":{"city":"Berlin","country":"DE"}},
 {"trackingNumber":"9400111206206406260787","status":"in_transit","code":"T","description":"Arrived at hub","occurredAt":"2026-11-02T09:00:00+01:00"}]' >/dev/null
link=$(api "$base/api/v1/orders/$order/tracking-link" | python3 -c "import json,sys;print(json.load(sys.stdin)['url'])")
curl -sf -o /dev/null "$link"

# Both targets warm up first (untimed), so that neither is measured while the JIT is still compiling it.
for target in "$link" "$base/js/admin.js"; do wrk -t2 -c64 -d20s "$target" >/dev/null; done
echo "== Tracking page by signed link vs a static file, wrk -t2 -c64 -d30s each (after 20 s of warm-up each)"
for target in "$link" "$base/js/admin.js"; do
  wrk -t2 -c64 -d30s --latency "$target" | awk -v t="$target" '
    /Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
    END {printf "%-60s %10s req/s   p99 %s   non-2xx %s\n", substr(t, 1, 60), rps, p99, (bad == "" ? 0 : bad)}'
done
