#!/usr/bin/env bash
# Runs the benchmarks against a freshly started Aftersale on the local PostgreSQL server and prints their figures.
# Usage: bench/run.sh [orders|events|page|dashboard|returns|notifications|notifications-paced|all] (default all; "all"
# leaves out the notifications runs, which need a server that sends e-mail, the dashboard's million orders and the
# returns' generated year). Needs
# PostgreSQL at 127.0.0.1:5432 and, for "orders" and "page", wrk. BENCH_JAVA_OPTS adds options to the server's JVM (a profiler:
# -XX:StartFlightRecording=filename=/tmp/server.jfr).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
datasets=${AFTERSALE_DATASETS:-../shared/data}
if [[ $what == all || $what == orders || $what == events ]] && [[ ! -f $datasets/olist/sample_5000_orders/olist_orders_dataset.csv ]]; then
  echo "bench/run.sh $what posts orders from the Olist sample, which is not in $datasets/olist: set AFTERSALE_DATASETS (see bench/README.md); not run."
  exit 0
fi
export AFTERSALE_DATASETS=$datasets
if [[ $what == all || $what == orders || $what == page || $what == returns ]] && ! command -v wrk >/dev/null; then
  echo "bench/run.sh $what needs wrk (apt-get install -y wrk)" >&2
  exit 1
fi
port=${BENCH_PORT:-18090}
db=${BENCH_DB:-aftersale_bench}
data=$(mktemp -d /tmp/aftersale-bench-XXXX)

./mvnw -q -pl app,bench -am package -DskipTests
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db with (force)" -c "create database $db"
# A server in service vacuums and analyzes its tables as they change. This machine's server has autovacuum off (a
# setting for throw-away test databases): without it the registry's churning tables bloat and the planner, knowing
# nothing of the tables, picks plans for empty ones. The run switches it on and puts the setting back afterwards.
restore_autovacuum=
if [[ $(psql -h 127.0.0.1 -U postgres -Atc "show autovacuum") == off ]]; then
  echo "(autovacuum is off on this server: on for this run, off again after it)"
  psql -h 127.0.0.1 -U postgres -qc "alter system set autovacuum = on" -c "select pg_reload_conf()" >/dev/null
  restore_autovacuum=yes
fi
# For "notifications" the server sends its e-mail to the GreenMail that the driver starts on this port; nothing is
# sent before the driver's first order, so the server may start first.
smtp_port=${BENCH_SMTP_PORT:-18025}
mail=()
if [[ $what == notifications* ]]; then mail=(SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$smtp_port); fi
env ${mail[@]+"${mail[@]}"} SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
  AFTERSALE_DATA_DIR=$data SERVER_PORT=$port java -Xmx2g ${BENCH_JAVA_OPTS:-} -jar app/target/aftersale.jar > "$data/server.log" 2>&1 &
server=$!
cleanup() {
  kill $server 2>/dev/null || true
  if [[ -n $restore_autovacuum ]]; then
    psql -h 127.0.0.1 -U postgres -qc "alter system reset autovacuum" -c "select pg_reload_conf()" >/dev/null
  fi
}
trap cleanup EXIT
for _ in $(seq 1 90); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && break; sleep 1; done

cp=$(./mvnw -q -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout):bench/target/classes
common=(--url "http://localhost:$port" --credentials "$data/initial-credentials.json" --olist "$datasets/olist")
# The database starts empty; a server in service would know its tables. A first, unmeasured run fills them and the
# statistics are taken before the measured run (autovacuum would take them within its first minute).
analyzed() { psql -h 127.0.0.1 -U postgres -d $db -qc "analyze"; }

if [[ $what == all || $what == orders ]]; then
  java -cp "$cp" org.aftersale.bench.OrderIntakeBench "${common[@]}" --mode batch --batch 100 --clients 4 --seconds 10 --warmup 0 >/dev/null
  analyzed
  echo "== Orders through the batch endpoint (100 per request, 4 clients, 60 s)"
  java -cp "$cp" org.aftersale.bench.OrderIntakeBench "${common[@]}" --mode batch --batch 100 --clients 4 --seconds 60 --warmup 10
  # wrk drives the single posts: the Java client spends about a fifth of the machine on its own requests, CPU the
  # server then lacks (OrderIntakeBench --mode single still runs them the Java way).
  key=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['apiKey'])" "$data/initial-credentials.json")
  java -cp "$cp" org.aftersale.bench.OrderTemplates "$datasets/olist" "$data/orders.jsonl" >/dev/null
  single() { wrk -t2 -c16 -d"$1" -s bench/orders-single.lua "http://localhost:$port" -- "$data/orders.jsonl" "$key" "$2"; }
  single 10s "warm-$(date +%s)" >/dev/null
  echo "== Single-order posts (wrk, 16 connections, 60 s)"
  single 60s "run-$(date +%s)" | sed -n '/^requests:/,$p'
fi
if [[ $what == all || $what == events ]]; then
  # Four clients post batches of 1,000 events cycling over the shipments: over 4,000 shipments the batches in flight
  # concern different parcels, as a feed of many parcels would; over 2,000, every batch waits for the lock of another
  # on the same thousand parcels (the worst case, measured too).
  java -cp "$cp" org.aftersale.bench.TrackingEventsBench "${common[@]}" --shipments 4000 --batch 1000 --clients 4 --seconds 10 --warmup 0 >/dev/null
  analyzed
  echo "== Tracking events through the API (1000 per request, 4 clients, 60 s, 4,000 shipments)"
  java -cp "$cp" org.aftersale.bench.TrackingEventsBench "${common[@]}" --shipments 4000 --batch 1000 --clients 4 --seconds 60 --warmup 10
  echo "== The same over 2,000 shipments: two batches in flight on the same parcels at any time"
  java -cp "$cp" org.aftersale.bench.TrackingEventsBench "${common[@]}" --shipments 2000 --batch 1000 --clients 4 --seconds 60 --warmup 10
fi
if [[ $what == notifications* ]]; then
  if [[ $what == notifications ]]; then
    echo "== Notifications: 10,000 orders with a shipment each, then one delivered event each as a burst (batches of 500, 2 clients)"
    pace=(--batch 500 --clients 2)
  else
    # The same events arriving over time at a steady ${NOTIFICATIONS_RATE:-250}/s, in batches of 25: the latency when
    # the pipeline keeps up, rather than the wait in a backlog.
    echo "== Notifications: 10,000 orders with a shipment each, then one delivered event each at ${NOTIFICATIONS_RATE:-250} events/s (batches of 25)"
    pace=(--batch 25 --clients 2 --rate "${NOTIFICATIONS_RATE:-250}")
  fi
  java -cp "$cp" org.aftersale.bench.NotificationsBench --url "http://localhost:$port" \
    --credentials "$data/initial-credentials.json" --smtp-port "$smtp_port" --orders 10000 "${pace[@]}"
  psql -h 127.0.0.1 -U postgres -d $db -Atc "select trigger, status, count(*) from notifications.message group by 1, 2 order by 1, 2" \
    -c "select 'sent_at - created_at of delivered (ms): p50 ' || round(percentile_cont(0.5) within group (order by extract(epoch from sent_at - created_at)) * 1000)
        || '  p99 ' || round(percentile_cont(0.99) within group (order by extract(epoch from sent_at - created_at)) * 1000)
        from notifications.message where trigger = 'delivered' and sent_at is not null"
fi
if [[ $what == dashboard ]]; then
  bench/dashboard.sh "$port" "$data" "$db"
fi
if [[ $what == returns ]]; then
  bench/returns.sh "$port" "$data" "$db"
fi
if [[ $what == all || $what == page ]] && [[ -x bench/page.sh ]]; then
  bench/page.sh "$port" "$data"
fi
