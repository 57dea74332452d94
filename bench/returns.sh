#!/usr/bin/env bash
# Returns at scale: the policy back-test over a generated year of orders and returns, and the returns portal's order
# page under wrk next to a static file of the same server.
# Usage: bench/returns.sh <port> <data dir> <database>   (bench/run.sh returns starts the server and calls this)
set -euo pipefail
command -v wrk >/dev/null || { echo "bench/returns.sh needs wrk (apt-get install -y wrk)" >&2; exit 1; }
port=$1
data=$2
db=$3
orders=${RETURNS_ORDERS:-100000}
base="http://localhost:$port"
cred() { python3 -c "import json,sys;print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$data/initial-credentials.json" "$1"; }
store=$(cred storeId)
key=$(cred apiKey)
api() { curl -sS --fail-with-body -H "Authorization: Bearer $key" -H 'Content-Type: application/json' "$@"; }
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -q "$@"; }

echo "(generating $orders orders over 12 months, two lines and a delivered parcel each, and a return for one in twelve)"
start=$(date +%s)
sql -v store="$store" -v n="$orders" <<'SQL'
insert into orders.shop_order (id, version, store_id, source, external_id, number, placed_at, currency, status,
  customer_email, customer_first_name, customer_last_name, ship_country, total_subtotal_minor, total_shipping_minor,
  total_tax_minor, total_discount_minor, total_total_minor, refunded_minor, created_at, updated_at)
select gen_random_uuid(), 1, :'store', 'api', 'ret-' || i, '#R' || i,
  now() - (i::float8 / :n) * interval '365 days', 'USD', 'FULFILLED',
  'shopper' || (i % 40000) || '@example.com', 'Shopper', 'No ' || (i % 40000), 'US', 7400, 500, 592, 0, 8492, 0,
  now(), now()
from generate_series(1, :n) as i;
-- A tee (two sizes, a tenth of them final sale) and a mug; tags and types for the rules.
insert into orders.line_item (order_id, position, line_id, sku, title, quantity, unit_price_minor, discount_minor,
  tax_minor, tags, product_type)
select o.id, l.position, gen_random_uuid(), l.sku, l.title, l.quantity, l.price, 0, l.tax,
  case when l.position = 0 and abs(hashtext(o.external_id)) % 10 = 0 then 'apparel,final-sale' else l.tags end, l.type
from orders.shop_order o cross join (values (0, 'TEE-M', 'Organic Tee', 2, 2800, 448, 'apparel', 'Shirts'),
                                             (1, 'MUG', 'Mug', 1, 1800, 144, 'home', 'Kitchen')) l(position, sku, title, quantity, price, tax, tags, type)
where o.store_id = :'store' and o.external_id like 'ret-%';
insert into tracking.shipment (id, version, store_id, order_id, carrier, tracking_number, tracking_number_normalized,
  shipped_at, status, status_since, last_event_at, delivered_at, created_at, updated_at)
select gen_random_uuid(), 1, o.store_id, o.id, 'ups', 'R' || o.external_id, 'R' || upper(o.external_id),
  o.placed_at + interval '1 day', 'DELIVERED', o.placed_at + interval '4 days', o.placed_at + interval '4 days',
  o.placed_at + (3 + abs(hashtext(o.external_id)) % 4) * interval '1 day', o.placed_at, o.placed_at
from orders.shop_order o where o.store_id = :'store' and o.external_id like 'ret-%';
-- One order in twelve returned its tee some days after delivery, for one of the standard reasons.
insert into returns.return_request (id, version, store_id, order_id, number, status, resolution, method, customer_email,
  currency, policy_version, items_minor, discount_minor, tax_minor, fees_minor, refund_minor, credit_minor, created_at,
  updated_at)
select gen_random_uuid(), 1, o.store_id, o.id, o.number || '-R1', 'RESOLVED', 'REFUND', 'MAIL', o.customer_email, 'USD', 0,
  2800, 0, 224, 0, 3024, 0, o.placed_at + interval '10 days', o.placed_at + interval '20 days'
from orders.shop_order o where o.store_id = :'store' and o.external_id like 'ret-%' and abs(hashtext(o.external_id)) % 12 = 0;
insert into returns.return_item (return_id, position, line_id, sku, title, quantity, reason, unit_paid_minor,
  refund_minor, outcome, explanation)
select r.id, 0, l.line_id, l.sku, l.title, 1,
  (array['too_small','too_large','changed_mind','damaged','not_as_described'])[1 + abs(hashtext(r.number)) % 5],
  3024, 3024, 'ALLOW', '[]'
from returns.return_request r join orders.line_item l on l.order_id = r.order_id and l.position = 0
where r.store_id = :'store';
SQL
sql -c "vacuum analyze"
echo "(generated and analyzed in $(( $(date +%s) - start )) s)"

# The draft: 21 days instead of 30, final sale denied, a 10 % restocking fee for a change of mind, mugs by review.
api "$base/api/v1/returns/policy" | python3 -c '
import json, sys
policy = json.load(sys.stdin)["published"]
policy["window"]["days"] = 21
policy["rules"].append({"name": "Final sale tag", "when": {"all": [{"fact": "item.tags", "op": "contains", "values": ["final-sale"]}]},
  "then": {"outcome": "deny", "message": "Final-sale items cannot be returned."}})
policy["rules"].append({"name": "Restocking fee for a change of mind", "when": {"all": [{"fact": "return.reason", "op": "in", "values": ["changed_mind"]}]},
  "then": {"fees": [{"kind": "restocking_percent", "amount": "10"}]}})
policy["rules"].append({"name": "Mugs by review", "when": {"all": [{"fact": "item.sku", "op": "in", "values": ["MUG"]}]},
  "then": {"outcome": "review"}})
json.dump(policy, open(sys.argv[1], "w"))' "$data/draft.json"
api -X PUT "$base/api/v1/returns/policy/draft" --data-binary @"$data/draft.json" >/dev/null
from=$(date -u -d '-12 months' +%Y-%m-%dT%H:%M:%SZ)
to=$(date -u +%Y-%m-%dT%H:%M:%SZ)
api -X POST "$base/api/v1/returns/policy/backtests" -d "{\"from\":\"$from\",\"to\":\"$to\"}" >/dev/null
echo "== Back-test of a draft policy over 12 months ($orders orders): 5 runs after one unmeasured"
for _ in 1 2 3 4 5; do
  curl -sS -o "$data/backtest.json" -w '%{time_total}\n' -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
    -X POST "$base/api/v1/returns/policy/backtests" -d "{\"from\":\"$from\",\"to\":\"$to\"}"
done | sort -n | awk '{t[NR] = $1} END {printf "median %.2f s   slowest %.2f s\n", t[int((NR + 1) / 2)], t[NR]}'
python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
print("orders %s, items %s, returnable %s -> %s, past returns %s: %s would be denied, %s reviewed" % (r["orders"], r["items"]["judged"], r["items"]["returnableBefore"], r["items"]["returnableAfter"], r["returns"]["replayed"], r["returns"]["wouldBeDenied"], r["returns"]["wouldBeReviewed"]))' "$data/backtest.json"

# The portal's order page for a delivered order, by the signed link the tracking page gives.
order=$(api -X POST "$base/api/v1/orders" -d '{"externalId":"bench-portal-1","source":"bench","number":"#P1","placedAt":"'"$(date -u -d '-3 days' +%Y-%m-%dT%H:%M:%SZ)"'","currency":"EUR",
 "customer":{"email":"portal@example.com","firstName":"Ana","lastName":"Souza"},
 "shippingAddress":{"name":"Ana Souza","line1":"Torstrasse 1","city":"Berlin","postalCode":"10119","country":"DE"},
 "lineItems":[{"sku":"TEE","title":"Organic Tee","quantity":2,"unitPrice":"28.00"},{"sku":"MUG","title":"Mug","quantity":1,"unitPrice":"18.00"}],
 "totals":{"subtotal":"74.00","shipping":"4.90","tax":"0","discount":"0","total":"78.90"}}' | python3 -c "import json,sys;print(json.load(sys.stdin)['id'])")
api -X POST "$base/api/v1/orders/$order/shipments" -d '{"trackingNumber":"1ZPORTAL0000000001"}' >/dev/null
api -X POST "$base/api/v1/tracking-events" -d '[{"trackingNumber":"1ZPORTAL0000000001","status":"delivered","description":"Delivered","occurredAt":"'"$(date -u -d '-1 day' +%Y-%m-%dT%H:%M:%SZ)"'"}]' >/dev/null
sleep 1
link=$(api "$base/api/v1/orders/$order/tracking-link" | python3 -c "import json,sys;print(json.load(sys.stdin)['url'].replace('/t/', '/r/', 1))")
curl -sf -o /dev/null "$link" || { echo "the portal page did not answer 200: $link" >&2; exit 1; }
for target in "$link" "$base/js/admin.js"; do wrk -t2 -c64 -d20s "$target" >/dev/null; done
echo "== Returns portal order page by signed link vs a static file, wrk -t2 -c64 -d30s each (after 20 s of warm-up each)"
for target in "$link" "$base/js/admin.js"; do
  wrk -t2 -c64 -d30s --latency "$target" | awk -v t="$target" '
    /Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /Non-2xx/ {bad=$NF}
    END {printf "%-60s %10s req/s   p99 %s   non-2xx %s\n", substr(t, 1, 60), rps, p99, (bad == "" ? 0 : bad)}'
done
