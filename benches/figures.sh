#!/usr/bin/env bash
# The deterministic figures behind weaklink's performance claims, in one
# table, and a check of the bars they must meet (exit status 1 if one is
# missed). Needs valgrind and binutils' `size`.
#
#   bash benches/figures.sh
#
# - instructions per call, counted with callgrind: the difference between
#   200,000 and 100,000 calls divided by 100,000, so start-up and the one
#   lookup cancel out;
# - instructions of a first call (a lookup), the same way over 64 and 32
#   fresh declarations;
# - real lookups, counted by glibc's LD_DEBUG=bindings for 100,000 calls on
#   1 and on 8 racing threads;
# - .text bytes each extra declaration (with one call site) adds: 64
#   declarations against 1, for weaklink and for the std-style cache (the
#   programs are in benches/support/text_size/).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/figures
mkdir -p "$work"

for tool in valgrind size; do
    command -v "$tool" >/dev/null || { echo "benches/figures.sh needs $tool" >&2; exit 2; }
done

# --- The benchmark binary ---------------------------------------------------
cargo bench --bench calls --no-run --message-format=json 2>/dev/null >"$work/build.json"
bin=$(grep -o '"executable":"[^"]*calls-[^"]*"' "$work/build.json" | tail -n 1 | cut -d'"' -f4)
[ -x "$bin" ] || { echo "could not find the bench binary" >&2; exit 2; }

instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$@" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
per_call() {
    local a b
    a=$(instructions "$1" 100000)
    b=$(instructions "$1" 200000)
    echo $(((b - a) / 100000))
}

# The variants, as the bench binary lists them: those ending in -gettid call
# gettid(), the others pthread_self().
variants=$("$bin" list)
[ -n "$variants" ] || { echo "the bench binary listed no variants" >&2; exit 2; }
declare -A ins
for v in $variants; do
    ins[$v]=$(per_call "$v")
done
first_a=$(instructions first 32)
first_b=$(instructions first 64)
first=$(((first_b - first_a) / 32))

# --- Real lookups -------------------------------------------------------------
lookups() {
    local dir=$work/ld-debug-$1
    rm -rf "$dir" && mkdir -p "$dir"
    LD_DEBUG=bindings LD_DEBUG_OUTPUT="$dir/log" "$bin" threads "$1" 100000 >/dev/null
    # dlsym's bindings end with the name; start-up bindings add a version.
    cat "$dir"/log.* | grep -c "normal symbol \`pthread_self'$" || true
}
lookups_1=$(lookups 1)
lookups_8=$(lookups 8)

# --- Code size per declaration ------------------------------------------------
text_size_project() {
    local dir=$work/text-size kind n bins=
    mkdir -p "$dir"
    for kind in weaklink std; do
        for n in 1 64; do
            bins+="
[[bin]]
name = \"${kind}_$n\"
path = \"$root/benches/support/text_size/${kind}_$n.rs\"
"
        done
    done
    cat >"$dir/Cargo.toml" <<TOML
[package]
name = "text-size"
version = "0.0.0"
edition = "2021"
publish = false
autobins = false

[dependencies]
weaklink = { path = "$root" }
libc = "0.2"

[profile.release]
codegen-units = 1
panic = "abort"

[workspace]
$bins
TOML
    cp "$root/Cargo.lock" "$dir/Cargo.lock"
    (cd "$dir" && cargo build --release --quiet --offline 2>/dev/null || cargo build --release --quiet)
}
text() {
    size -A "$work/text-size/target/release/$1" | awk '$1 == ".text" { print $2 }'
}
text_size_project
text_weaklink=$((($(text weaklink_64) - $(text weaklink_1)) / 63))
text_std=$((($(text std_64) - $(text std_1)) / 63))

# --- The table ----------------------------------------------------------------
over() { echo $((ins[$1] - ins[direct])); }
printf '%s\n' "weaklink figures: $(uname -m), $(rustc --version | cut -d' ' -f1-2), callgrind"
printf '\n%-44s %8s %10s\n' "per call of pthread_self()" "instr." "over direct"
for v in $variants; do
    case $v in *-gettid) continue ;; esac
    printf '%-44s %8s %10s\n' "$v" "${ins[$v]}" "$(over "$v")"
done
printf '%-44s %8s\n' "first call (a lookup), weaklink" "$first"
printf '\n%-44s %8s %10s\n' "per call of gettid()" "instr." "over direct"
printf '%-44s %8s %10s\n' "direct-gettid" "${ins[direct-gettid]}" 0
printf '%-44s %8s %10s\n' "syscall! (self-replacing thunk)" "${ins[syscall-gettid]}" \
    "$((ins[syscall-gettid] - ins[direct-gettid]))"
printf '\n%-44s %8s\n' "real lookups, 100,000 calls on 1 thread" "$lookups_1"
printf '%-44s %8s\n' "real lookups, 100,000 calls on 8 threads" "$lookups_8"
printf '\n%-44s %8s\n' ".text bytes per extra declaration, weaklink" "$text_weaklink"
printf '%-44s %8s\n' ".text bytes per extra declaration, std-style" "$text_std"

# --- The bars -----------------------------------------------------------------
fail=0
bar() {
    if eval "$2"; then
        printf 'ok      %s\n' "$1"
    else
        printf 'MISSED  %s\n' "$1"
        fail=1
    fi
}
echo
bar "get() + call is at most 3 instructions over a direct call" "[ $(over weaklink) -le 3 ]"
bar "get() + call is cheaper than the std-style cache" "[ ${ins[weaklink]} -lt ${ins[std-style]} ]"
bar "get() + call is cheaper than OnceLock" "[ ${ins[weaklink]} -lt ${ins[oncelock]} ]"
bar "dlsym on every call costs at least 100 times what get() adds" \
    "[ $(over dlsym) -ge $((100 * $(over weaklink))) ]"
bar "exactly 1 real lookup on 1 thread" "[ $lookups_1 -eq 1 ]"
bar "between 1 and 8 real lookups on 8 racing threads" "[ $lookups_8 -ge 1 ] && [ $lookups_8 -le 8 ]"
bar "a syscall! call is at most 2 instructions over a direct call" \
    "[ $((ins[syscall-gettid] - ins[direct-gettid])) -le 2 ]"
bar "a declaration adds no more .text than the std-style cache" "[ $text_weaklink -le $text_std ]"
bar "a cached miss costs at most 10 instructions over a direct call" "[ $(over weaklink-missing) -le 10 ]"
bar "the first call (one lookup, its checks, the pin) stays under 10,000 instructions" "[ $first -lt 10000 ]"
exit $fail
