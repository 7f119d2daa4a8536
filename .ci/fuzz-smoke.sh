#!/usr/bin/env bash
# A short fuzz run of every target (about two minutes in all): a regression that makes
# an input crash, hang or leak fails CI. Installs cargo-fuzz when missing; needs the
# nightly toolchain (installed on the CI machines). The corpora in crates/fuzz/corpus
# are the seeds; what the run finds goes to a scratch directory, not into the checkout.
set -euo pipefail
cd "$(dirname "$0")/../crates/fuzz"
if ! rustup toolchain list | grep -q '^nightly'; then
  echo "fuzz-smoke: the nightly toolchain is missing (rustup toolchain install nightly)" >&2
  exit 1
fi
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --locked
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cargo +nightly fuzz build --fuzz-dir . -O
for target in validate calendar load_year identity notice json_lines service_hours; do
  mkdir -p "$scratch/$target"
  echo "fuzz-smoke: $target"
  # libFuzzer exits non-zero on a crash, a timeout or a leak: then print its whole log.
  if cargo +nightly fuzz run --fuzz-dir . -O "$target" "$scratch/$target" "corpus/$target" -- \
      -max_total_time=15 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 > "$scratch/$target.log" 2>&1; then
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' "$scratch/$target.log" || true
  else
    cat "$scratch/$target.log"
    exit 1
  fi
done
