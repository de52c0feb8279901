#!/usr/bin/env bash
# Instructions per call of each variant in benches/calls.rs, counted with
# callgrind: the difference between 200,000 and 100,000 calls, divided by
# 100,000, so start-up and the one lookup cancel out. Deterministic for a
# given binary.
#
#   bash benches/instructions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "needs valgrind" >&2; exit 1; }

cargo bench --bench calls --no-run --message-format=json 2>/dev/null >target/bench-build.json
bin=$(grep -o '"executable":"[^"]*calls-[^"]*"' target/bench-build.json | tail -n 1 | cut -d'"' -f4)
[ -x "$bin" ] || { echo "could not find the bench binary" >&2; exit 1; }

count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$1" "$2" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

printf '%-18s %s\n' variant "instructions per call of pthread_self()"
for v in direct weaklink weaklink-missing std-style dlsym; do
    a=$(count "$v" 100000)
    b=$(count "$v" 200000)
    printf '%-18s %s\n' "$v" "$(((b - a) / 100000))"
done
