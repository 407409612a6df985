#!/bin/sh
# The service benchmark, exactly as the README's figures are made: builds the release binaries,
# starts `nln serve` on loopback on a fresh SQLite file (or the PostgreSQL database given),
# runs crates/nln-server/examples/load.rs against it twice, prints the load average beside the
# figures, and stops the server. The first run saturates (each learner answers as soon as its
# reply arrives: maximum throughput); the second holds the learners to RATE answers a second
# in all and counts latency from each answer's intended send time (wrk2's -R); RATE=0 skips it.
#
#   sh docs/service-load.sh [sqlite | postgres://user@host:port/db] [LEARNERS=200] [SECONDS=15] [RATE=2000]
set -eu
DB=${1:-sqlite}
LEARNERS=${2:-200}
SECONDS_=${3:-15}
RATE=${4:-2000}
PORT=${PORT:-18080}
cargo build --release -q -p nln-cli --bin nln -p nln-server --example load
BIN=target/release
DIR=$(mktemp -d)
if [ "$DB" = sqlite ]; then
    DB="sqlite:$DIR/load.db"
fi
KEY=$("$BIN/nln" agency add Load --database "$DB")
"$BIN/nln" serve --listen "127.0.0.1:$PORT" --database "$DB" --rate-limit 0 --sessions-per-hour 0 \
    >"$DIR/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$DIR"' EXIT
until curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null; do sleep 0.1; done
echo "$(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, ${DB%%:*}"
"$BIN/examples/load" "http://127.0.0.1:$PORT" "$KEY" "$LEARNERS" "$SECONDS_"
if [ "$RATE" != 0 ]; then
    echo "$(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, ${DB%%:*}"
    "$BIN/examples/load" "http://127.0.0.1:$PORT" "$KEY" "$LEARNERS" "$SECONDS_" --rate "$RATE"
fi
