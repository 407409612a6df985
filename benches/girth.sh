#!/bin/sh
# nln and girth (PyPI) side by side on the calibration benchmark's cases: builds the release
# `nln`, installs girth (pinned) in a throwaway virtualenv, simulates the data sets, times both
# tools on the same files and prints a Markdown table of times and of how closely their
# estimates agree (benches/girth_side_by_side.py says what each case is).
#
#   sh benches/girth.sh            # full sizes: run on an otherwise idle machine (girth takes most of it)
#   sh benches/girth.sh --small    # small sizes, to check the script end to end
#   sh benches/girth.sh --cases dense,eap   # only those cases
#   sh benches/girth.sh --issue-sparse      # the sparse case at 50,000 x 1,000 (girth: hours)
#
# NLN=path/to/nln skips the build and uses that binary. Needs python3 with venv and network
# access to PyPI; everything it writes goes to a temporary folder removed at the end.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
if [ -z "${NLN:-}" ]; then
    (cd "$ROOT" && cargo build --release -q -p nln-cli --bin nln)
    NLN="$ROOT/target/release/nln"
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q --disable-pip-version-check girth==0.8.0
"$WORK/venv/bin/python" "$HERE/girth_side_by_side.py" "$NLN" "$ROOT" "$WORK" "$@"
