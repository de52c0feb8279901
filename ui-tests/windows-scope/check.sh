#!/usr/bin/env bash
# Checks the cases in src/bin/: each compiles for the host, and fails to
# compile for Windows with the message of its `// expected error:` line.
# Run from anywhere; uses ui-tests/'s pinned toolchain and target directory.
set -euo pipefail
cd "$(dirname "$0")"
target=x86_64-pc-windows-msvc
if command -v rustup >/dev/null; then
    rustup target add "$target" >/dev/null 2>&1 || true
fi

cargo check --quiet --bins
status=0
for case in src/bin/*.rs; do
    name=$(basename "$case" .rs)
    expected=$(sed -n 's|^// expected error: ||p' "$case")
    if [ -z "$expected" ]; then
        echo "$case: no '// expected error:' line"
        status=1
    elif out=$(cargo check --quiet --bin "$name" --target "$target" 2>&1); then
        echo "$name: compiled for Windows"
        status=1
    elif grep -qF -- "$expected" <<<"$out"; then
        echo "$name: error as expected for Windows"
    else
        printf '%s: the error does not say "%s":\n%s\n' "$name" "$expected" "$out"
        status=1
    fi
done
exit "$status"
