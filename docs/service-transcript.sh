#!/usr/bin/env bash
# Runs a whole session against a real `nln serve` with curl and prints the transcript that
# README.md shows ("A session with curl"). tests/cli/serve.rs runs this script and fails when the
# README's copy has other commands or replies of another shape, so the two cannot drift.
# Usage: docs/service-transcript.sh [PATH_TO_NLN] [PORT]    (needs curl and jq)
set -euo pipefail
NLN_BIN=$(realpath "${1:-$(command -v nln)}")
PORT=${2:-8080}
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
nln() { "$NLN_BIN" "$@"; }

# Prints a command as typed, then runs it; stderr is shown too (nln prints notes there).
step() { printf '$ %s\n' "$1"; eval "$1" 2>&1; }

printf '$ %s\n' "nln serve --listen 127.0.0.1:$PORT &"
# The binary itself, not the `nln` function: $! must be the server, for the trap to stop it.
"$NLN_BIN" serve --listen "127.0.0.1:$PORT" >serve.out 2>serve.log &
server=$!
# Ready when it answers and has printed its banner (it may serve a moment before the banner is
# written; the last line names the `nln agency add` command).
for _ in $(seq 600); do
    curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && grep -q "nln agency add" serve.out && break
    sleep 0.1
done
cat serve.out
step "URL=http://127.0.0.1:$PORT"
step 'KEY=$(nln agency add "Maple Settlement Services")'
step 'AUTH="Authorization: Bearer $KEY"'
step 'curl -s "$URL/healthz"'
echo
step 'curl -s -X POST "$URL/v1/sessions" -H "$AUTH" -H "Content-Type: application/json" \
  -d '"'"'{"learner_ref": "A-1042", "language": "fr", "access_questions": false}'"'"' > session.json'
step 'jq . session.json'
step 'ID=$(jq -r .id session.json)'
step 'curl -s "$URL/v1/sessions/$ID" -H "$AUTH" | jq -c "{status, answered, next_seq, item: .item.item}"'
# Answer: the first choice, or every step in the order shown.
step 'answer() { jq -c "{seq: .next_seq, item: .item.item, answer: (if .item.input == \"put_in_order\"
    then {kind: \"order\", ui_ids: [.item.choices[].ui_id]} else {kind: \"pick\", ui_id: 1} end)}" "$1"; }'
step 'answer session.json'
step 'curl -s -X POST "$URL/v1/sessions/$ID/answers" -H "$AUTH" -H "Content-Type: application/json" \
  -H "Idempotency-Key: $ID-1" -d "$(answer session.json)" > reply.json'
step 'jq -c "{status, answered, next_seq, item: .item.item}" reply.json'
step 'curl -s -X POST "$URL/v1/sessions/$ID/answers" -H "$AUTH" -H "Content-Type: application/json" \
  -H "Idempotency-Key: $ID-1" -d "$(answer session.json)" -o /dev/null -D - | grep -i "^idempotent-replayed"'
step 'while [ "$(jq -r .status reply.json)" = in_progress ]; do
  seq=$(jq .next_seq reply.json)
  curl -s -X POST "$URL/v1/sessions/$ID/answers" -H "$AUTH" -H "Content-Type: application/json" \
    -H "Idempotency-Key: $ID-$seq" -d "$(answer reply.json)" > next.json && mv next.json reply.json
done'
step 'jq -c "{status, stop_reason, answered}" reply.json'
step 'curl -s "$URL/v1/sessions/$ID/result" -H "$AUTH" > result.json'
step 'jq "{is_placement: .result.is_placement, level: .result.level, level_range: .result.level_range, stage: .result.stage.text, items: .result.items, stop_reason: .result.stop_reason}" result.json'
step 'curl -s "$URL/v1/results?since=2026-01-01T00:00:00Z&format=csv" -H "$AUTH"'
step 'curl -s "$URL/v1/audit/verify" -H "$AUTH" | jq -c "{entries, broken_at}"'
