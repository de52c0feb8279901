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
#   declarations against 1, for weaklink, the std-style cache and both forms
#   of `extern_weak` (the programs are in benches/support/text_size/);
# - `extern_weak`: instructions per call, found and missing, in both forms,
#   and of a first call, next to a direct call and a lookup (the program is
#   benches/support/extern_weak/), and beside std's nightly
#   `#[linkage = "extern_weak"]` (std.rs there) where a nightly toolchain is
#   installed; on AArch64 too (disassembly and .text bytes) where the
#   aarch64-unknown-linux-gnu target and aarch64-linux-gnu-gcc are.
#
# What is not installed is skipped with a note; nothing is installed here
# (.ci/run installs all of it).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/target/figures
mkdir -p "$work"
export CARGO_TERM_COLOR=never

for tool in valgrind size; do
    command -v "$tool" >/dev/null || { echo "benches/figures.sh needs $tool" >&2; exit 2; }
done

# --- The benchmark binary ---------------------------------------------------
cargo bench --bench calls --no-run --message-format=json 2>/dev/null >"$work/build.json"
bin=$(grep -o '"executable":"[^"]*calls-[^"]*"' "$work/build.json" | tail -n 1 | cut -d'"' -f4)
[ -x "$bin" ] || { echo "could not find the bench binary" >&2; exit 2; }

# instructions [BIN=PROGRAM] ARGS...: what callgrind counts for a run of
# PROGRAM (the bench binary if not given) with ARGS.
instructions() {
    local program=$bin
    case $1 in BIN=*) program=${1#BIN=} && shift ;; esac
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$program" "$@" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
# per_call [BIN=PROGRAM] VARIANT: instructions per call of VARIANT.
per_call() {
    local a b
    a=$(instructions "$@" 100000)
    b=$(instructions "$@" 200000)
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

# --- AArch64, where it can be built --------------------------------------------
aarch64=
if rustup target list --installed 2>/dev/null | grep -qx aarch64-unknown-linux-gnu &&
    command -v aarch64-linux-gnu-gcc >/dev/null && command -v aarch64-linux-gnu-objdump >/dev/null; then
    aarch64="aarch64-unknown-linux-gnu"
fi
export CARGO_TARGET_AARCH64_UNKNOWN_LINUX_GNU_LINKER=aarch64-linux-gnu-gcc
# build CRATE [ARGS...]: `cargo build --release` of a crate in
# benches/support/, with its target directory under target/figures/.
build() {
    local crate=$1
    shift
    CARGO_TARGET_DIR=$work/$crate cargo build --release --quiet \
        --manifest-path "$root/benches/support/$crate/Cargo.toml" "$@"
}

# --- Code size per declaration ------------------------------------------------
build text_size
[ -z "$aarch64" ] || build text_size --target "$aarch64"
# text_per_declaration KIND [TARGET]
text_per_declaration() {
    local dir=$work/text_size/${2:+$2/}release
    text_bytes() { size -A "$dir/$1" | awk '$1 == ".text" { print $2 }'; }
    echo $((($(text_bytes "${1}_64") - $(text_bytes "${1}_1")) / 63))
}
declare -A text text_a64
for kind in weaklink std got slot; do
    text[$kind]=$(text_per_declaration "$kind")
    [ -z "$aarch64" ] || text_a64[$kind]=$(text_per_declaration "$kind" "$aarch64")
done

# --- extern_weak --------------------------------------------------------------
build extern_weak
ew_bin=$work/extern_weak/release/extern-weak-figures
ew_variants=$("$ew_bin" list)
[ -n "$ew_variants" ] || { echo "extern-weak-figures listed no variants" >&2; exit 2; }
declare -A ew
for v in $ew_variants; do
    ew[$v]=$(per_call BIN="$ew_bin" "$v")
done
# The first call, with no lookup before it, over a direct first call.
first_over_direct() {
    local a b
    a=$(instructions BIN="$ew_bin" "$1" 0 first)
    b=$(instructions BIN="$ew_bin" "$1" 1 first)
    echo $((b - a))
}
ew_first=$(($(first_over_direct extern-weak) - $(first_over_direct direct)))
# std's own `#[linkage = "extern_weak"]`, with a nightly toolchain.
std_found="" std_missing=""
if rustc +nightly --version >/dev/null 2>&1; then
    rustc +nightly -O --edition 2021 -C codegen-units=1 -C panic=abort \
        "$root/benches/support/extern_weak/std.rs" -o "$work/extern_weak/std-extern-weak"
    std_found=$(per_call BIN="$work/extern_weak/std-extern-weak" std-extern-weak)
    std_missing=$(per_call BIN="$work/extern_weak/std-extern-weak" std-extern-weak-missing)
fi
# AArch64: the found path's instructions, by disassembly.
if [ -n "$aarch64" ]; then
    build extern_weak --target "$aarch64"
    aarch64-linux-gnu-objdump -d --no-show-raw-insn "$work/extern_weak/$aarch64/release/extern-weak-figures" |
        awk '/<one_[a-z_]*>:/ { p = 1 } p { print } /^$/ { p = 0 }' >"$work/extern-weak-aarch64.txt"
fi

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

printf '\n%-44s %8s %10s\n' "extern_weak, per call of pthread_self()" "instr." "over direct"
echo "(one out-of-line function per call here, so one call more than above)"
for v in $ew_variants; do
    printf '%-44s %8s %10s\n' "$v" "${ew[$v]}" "$((ew[$v] - ew[direct]))"
done
if [ -n "$std_found" ]; then
    printf '%-44s %8s %10s\n' "std's extern_weak (nightly)" "$std_found" "$((std_found - ew[direct]))"
    printf '%-44s %8s %10s\n' "std's extern_weak (nightly), missing" "$std_missing" "$((std_missing - ew[direct]))"
else
    echo "std's extern_weak (nightly): skipped, no nightly toolchain"
fi
printf '%-44s %8s %10s\n' "first call, extern-weak (no lookup)" "" "$ew_first"

printf '\n%-44s %8s %10s\n' ".text bytes per extra declaration" "$(uname -m)" "aarch64"
for kind in weaklink std got slot; do
    case $kind in
    weaklink) label="weaklink (a lookup)" ;;
    std) label="std-style cache" ;;
    got) label="extern_weak, GOT load" ;;
    slot) label="extern_weak, data slot" ;;
    esac
    printf '%-44s %8s %10s\n' "$label" "${text[$kind]}" "${text_a64[$kind]:--}"
done
if [ -n "$aarch64" ]; then
    echo
    echo "aarch64, extern_weak found (all variants in $work/extern-weak-aarch64.txt):"
    awk '/<one_got>:/ { p = 1 } p && /^$/ { exit } p { print }' "$work/extern-weak-aarch64.txt"
else
    echo "aarch64: skipped, needs the aarch64-unknown-linux-gnu target and aarch64-linux-gnu-gcc"
fi

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
bar "a declaration adds no more .text than the std-style cache" "[ ${text[weaklink]} -le ${text[std]} ]"
bar "a cached miss costs at most 3 instructions over a direct call" "[ $(over weaklink-missing) -le 3 ]"
bar "the first call (one lookup and its checks) costs at most 2 dlsym calls" "[ $first -le $((2 * ins[dlsym])) ]"
ew_over() { echo $((ew[$1] - ew[direct])); }
bar "extern_weak found: get() + call is at most 3 instructions over a direct call" \
    "[ $(ew_over extern-weak) -le 3 ]"
bar "extern_weak missing: get() + fallback is at most 3 instructions over a direct call" \
    "[ $(ew_over extern-weak-missing) -le 3 ]"
bar "extern_weak: the first call costs what every later call does" "[ $ew_first -eq $(ew_over extern-weak) ]"
bar "extern_weak: the GOT load is cheaper than the data slot, found and missing" \
    "[ ${ew[extern-weak]} -lt ${ew[extern-weak-slot]} ] && [ ${ew[extern-weak-missing]} -lt ${ew[extern-weak-slot-missing]} ]"
if [ -n "$aarch64" ]; then
    bar "an extern_weak declaration adds no more .text than a lookup ($(uname -m), aarch64)" \
        "[ ${text[got]} -le ${text[weaklink]} ] && [ ${text_a64[got]} -le ${text_a64[weaklink]} ]"
else
    bar "an extern_weak declaration adds no more .text than a lookup ($(uname -m))" \
        "[ ${text[got]} -le ${text[weaklink]} ]"
fi
# Not a bar: on x86_64 the compiler folds its own GOT load into
# `cmpq $0, mem` and `jmp *mem`, which it cannot do with the value an `asm!`
# block hands it (on AArch64 std calls through the PLT instead, and the GOT
# load is the shorter).
if [ -n "$std_found" ]; then
    printf 'note    extern_weak - std'"'"'s nightly extern_weak: found %+d, missing %+d instructions\n' \
        "$((ew[extern-weak] - std_found))" "$((ew[extern-weak-missing] - std_missing))"
else
    echo "note    std's nightly extern_weak not compared: no nightly toolchain"
fi
exit $fail
