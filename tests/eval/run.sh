#!/bin/sh
# run.sh EVAL_DATA BINDIR - called by `make eval`. Runs every other
# tests/eval/*.sh as `sh FILE EVAL_DATA BINDIR`; each prints its own
# figures (and skips by itself when its part of the data is missing).
# Skips as a whole when EVAL_DATA is absent; exits 1 if any script failed.
set -u
if [ $# -ne 2 ]; then
	echo "usage: run.sh EVAL_DATA BINDIR" >&2
	exit 2
fi
data=$1 bindir=$2
if [ ! -d "$data" ]; then
	echo "eval: $data not found: skipped (set EVAL_DATA)"
	exit 0
fi
dir=$(dirname "$0")
ran=0 failed=
for f in "$dir"/*.sh; do
	[ "$(basename "$f")" = run.sh ] && continue
	[ -f "$f" ] || continue
	ran=$((ran + 1))
	echo "== $(basename "$f" .sh)"
	sh "$f" "$data" "$bindir" || failed="$failed $(basename "$f")"
done
if [ $ran = 0 ]; then
	echo "eval: no evaluations yet"
elif [ -n "$failed" ]; then
	echo "eval: failed:$failed"
	exit 1
else
	echo "eval: $ran evaluations ran"
fi
