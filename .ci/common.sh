# Helpers shared by the scripts in .ci/ (sourced, not run). Each script
# installs what it needs with these, so that it also runs on its own.

export CARGO_TERM_COLOR=never
export CARGO_INCREMENTAL=0

# apt-get, waiting for the package database if another install holds it.
ci_apt_get() {
    local try
    for try in 1 2 3 4 5 6 7 8 9 10; do
        if DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -y -qq "$@"; then
            return 0
        fi
        echo "apt-get $1 failed (try $try); the package database may be busy, retrying"
        sleep 15
    done
    return 1
}

# Installs the Debian packages given that are not installed yet.
ci_apt_install() {
    local missing=() p
    for p in "$@"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    [ "${#missing[@]}" -eq 0 ] && return 0
    ci_apt_get update && ci_apt_get install --no-install-recommends "${missing[@]}" >/dev/null
}

# Debian's rustc 1.63 and cargo 1.65: the MSRV toolchain.
ci_need_msrv() {
    /usr/bin/rustc --version 2>/dev/null | grep -q '^rustc 1\.63\.' && [ -x /usr/bin/cargo ] && return 0
    ci_apt_install rustc cargo
}

# Runs Debian's cargo with Debian's rustc (not rustup's, which is first on
# PATH), its own CARGO_HOME (shared by the MSRV checks) and the sparse index.
# Give it the repository's root as CI_ROOT.
ci_msrv_cargo() {
    CARGO_HOME="$CI_ROOT/target/msrv-cargo-home" \
        CARGO_UNSTABLE_SPARSE_REGISTRY=true \
        RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc \
        /usr/bin/cargo "$@"
}

ci_need_nightly() {
    rustup toolchain list | grep -q '^nightly' ||
        rustup toolchain install nightly --profile minimal >/dev/null
}

# Copies the files git tracks, as they are in the work tree, to $1.
ci_copy_sources() {
    rm -rf "$1"
    mkdir -p "$1"
    git -C "$CI_ROOT" ls-files -z | (cd "$CI_ROOT" && tar --null -T - -cf -) | tar -xf - -C "$1"
}

# pip install, into a virtual environment under target/ where the system's
# Python refuses packages from outside its package manager.
ci_pip_install() {
    local venv=$CI_ROOT/target/ci-venv
    if [ -x "$venv/bin/python3" ]; then
        export PATH="$venv/bin:$PATH"
    elif pip3 install -q "$@" 2>/dev/null; then
        return 0
    else
        python3 -m venv "$venv" 2>/dev/null || { ci_apt_install python3-venv && python3 -m venv "$venv"; }
        export PATH="$venv/bin:$PATH"
    fi
    pip3 install -q "$@"
}
