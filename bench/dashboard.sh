#!/usr/bin/env bash
# The pages that aggregate, at a million orders: fills the store of a running server with a generated history straight
# in SQL (1,000,000 orders over two years, a parcel each, two messages each), then times each page signed in, next to
# a static file of the same server.
# Usage: bench/dashboard.sh <port> <data dir> <database>   (bench/run.sh dashboard starts the server and calls this)
set -euo pipefail
port=$1
data=$2
db=$3
orders=${DASHBOARD_ORDERS:-1000000}
base="http://localhost:$port"
cred() { python3 -c "import json,sys;print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$data/initial-credentials.json" "$1"; }
store=$(cred storeId)
sql() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 -q "$@"; }

echo "(generating $orders orders, as many parcels and twice as many messages in store $store)"
start=$(date +%s)
sql -v store="$store" -v n="$orders" <<'SQL'
-- Orders spread over two years, the newest today; one in ten from Shopify, a few cancelled.
insert into orders.shop_order (id, version, store_id, source, external_id, number, placed_at, currency, status,
  customer_email, customer_first_name, customer_last_name, ship_country, total_subtotal_minor, total_shipping_minor,
  total_tax_minor, total_discount_minor, total_total_minor, refunded_minor, created_at, updated_at)
select gen_random_uuid(), 1, :'store', case when i % 10 = 0 then 'shopify' else 'api' end, 'gen-' || i, '#G' || i,
  now() - (i::float8 / :n) * interval '730 days', 'USD', case when i % 97 = 0 then 'CANCELLED' else 'FULFILLED' end,
  'shopper' || (i % 200000) || '@example.com', 'Shopper', 'No ' || (i % 200000), 'US', 4500, 500, 400, 0, 5400, 0,
  now(), now()
from generate_series(1, :n) as i;
-- A parcel per order: delivered a few days after it was placed, promised for about then; the newest still moving.
insert into tracking.shipment (id, version, store_id, order_id, carrier, tracking_number, tracking_number_normalized,
  shipped_at, estimated_delivery, status, sub_status, status_since, last_event_at, delivered_at, created_at, updated_at)
select gen_random_uuid(), 1, o.store_id, o.id, 'ups', 'G' || o.external_id, 'G' || upper(o.external_id),
  o.placed_at + interval '1 day', (o.placed_at + interval '5 days')::date,
  case when o.placed_at > now() - interval '4 days' then (array['IN_TRANSIT','OUT_FOR_DELIVERY','PENDING','EXCEPTION'])[1 + abs(hashtext(o.external_id)) % 4]
       else 'DELIVERED' end, null,
  o.placed_at + interval '1 day', o.placed_at + interval '2 days',
  case when o.placed_at > now() - interval '4 days' then null
       else o.placed_at + (3 + abs(hashtext(o.external_id)) % 4) * interval '1 day' end,
  o.placed_at, o.placed_at
from orders.shop_order o where o.store_id = :'store' and o.external_id like 'gen-%';
-- Two messages per order: the confirmation and "delivered".
insert into notifications.message (id, store_id, order_id, trigger, channel, subject_key, recipient, locale, purpose,
  status, due_at, sent_at, created_at, updated_at)
select gen_random_uuid(), o.store_id, o.id, t.trigger, 'email', 'gen:' || o.external_id, o.customer_email, 'en',
  'transactional', case when abs(hashtext(o.external_id || t.trigger)) % 200 = 0 then 'failed' else 'sent' end,
  o.placed_at + t.after, o.placed_at + t.after, o.placed_at + t.after, o.placed_at + t.after
from orders.shop_order o cross join (values ('order_confirmed', interval '1 minute'), ('delivered', interval '4 days')) t(trigger, after)
where o.store_id = :'store' and o.external_id like 'gen-%';
SQL
sql -c "vacuum analyze"
echo "(generated and analyzed in $(( $(date +%s) - start )) s)"

jar=$(mktemp)
token=$(curl -s -c "$jar" "$base/admin/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null -w '' --data-urlencode "username=$(cred adminEmail)" \
  --data-urlencode "password=$(cred adminPassword)" --data-urlencode "_csrf=$token" "$base/admin/login"
echo "== Pages that aggregate at $orders orders: median and slowest of 20 requests each (after 5 unmeasured), signed in"
for path in /js/admin.js /admin /admin/orders "/admin/orders?source=shopify" /admin/shipments /admin/attention /admin/notifications; do
  for _ in 1 2 3 4 5; do curl -s -b "$jar" -o /dev/null "$base$path"; done
  times=()
  for _ in $(seq 1 20); do
    times+=("$(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}' "$base$path")")
  done
  printf '%s\n' "${times[@]}" | awk -v p="$path" '{ if ($1 != 200) bad++; t[NR] = $2 } END {
    n = asort(t); printf "%-32s median %6.0f ms   slowest %6.0f ms%s\n", p, t[int((n + 1) / 2)] * 1000, t[n] * 1000,
    bad ? "   (" bad " answers not 200)" : "" }'
done
rm -f "$jar"
