#!/bin/sh
# run.sh CORPUS BINDIR BENCHBUILD - called by `make bench`. Repeats CORPUS
# (TSV: key, text) into a temporary file of about 64 MB and prints, for
# cat, `LC_ALL=C wc -w`, the tokenizer and TSV round-trip drivers in
# BENCHBUILD and every program in BINDIR run with -t: MB/s (10^6 bytes
# a second of wall time, best of 3, on one core) and peak RSS. Then checks
# that the round trip gives back its input and that `parallel --pipe -k`
# gives byte-identical output to a serial run of each program.
set -u
if [ $# -ne 3 ]; then
	echo "usage: run.sh CORPUS BINDIR BENCHBUILD" >&2
	exit 2
fi
corpus=$1 bindir=$2 bb=$3
if [ ! -f "$corpus" ]; then
	echo "bench: $corpus not found: skipped (set BENCH_CORPUS)"
	exit 0
fi
export LC_ALL=C
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
big=$tmp/big.tsv
target=$((64 * 1000 * 1000))
size=$(wc -c < "$corpus")
reps=$(( (target + size - 1) / size ))
i=0
while [ $i -lt "$reps" ]; do cat "$corpus"; i=$((i + 1)); done > "$big"
bytes=$(wc -c < "$big")

pin=
command -v taskset > /dev/null 2>&1 && pin="taskset -c 0"
timer=
[ -x /usr/bin/time ] && timer=/usr/bin/time
echo "bench: $bytes bytes ($(basename "$corpus") x $reps)," \
    "${pin:-no taskset: not pinned}, best of 3"
[ -n "$timer" ] || echo "bench: /usr/bin/time missing: no peak RSS"
printf '%-16s %10s %14s\n' program MB/s "peak RSS KB"

# best LABEL CMD...: runs CMD 3 times on $big, prints the best time's row
best() {
	label=$1
	shift
	bestns= rss=
	for _ in 1 2 3; do
		t0=$(date +%s%N)
		if [ -n "$timer" ]; then
			$pin $timer -f %M -o "$tmp/rss" "$@" < "$big" > "$tmp/out" \
			    2> "$tmp/err"
		else
			$pin "$@" < "$big" > "$tmp/out" 2> "$tmp/err"
		fi
		st=$?
		t1=$(date +%s%N)
		ns=$((t1 - t0))
		if [ $st != 0 ]; then
			printf '%-16s %10s %14s\n' "$label" "exit $st" -
			sed 's/^/  stderr: /' "$tmp/err" | head -n 3
			return 1
		fi
		if [ -z "$bestns" ] || [ $ns -lt "$bestns" ]; then
			bestns=$ns
			[ -n "$timer" ] && rss=$(tail -n 1 "$tmp/rss")
		fi
	done
	printf '%-16s %10s %14s\n' "$label" \
	    "$(awk -v b="$bytes" -v ns="$bestns" \
	    'BEGIN { printf "%.1f", b / (ns / 1e9) / 1e6 }')" "${rss:-n/a}"
}

status=0
best cat cat || status=1
best "LC_ALL=C wc -w" wc -w || status=1
best tokbench "$bb/tokbench" || status=1
tokline=$(cat "$tmp/out")
best tsvbench "$bb/tsvbench" || status=1
progs=
for p in "$bindir"/*; do
	[ -f "$p" ] && [ -x "$p" ] || continue
	progs="$progs $p"
	best "$(basename "$p") -t" "$p" -t || status=1
done
echo "$tokline"

if "$bb/tsvbench" < "$corpus" | cmp -s - "$corpus"; then
	echo "bench: tsvbench round trip: output identical to input"
else
	echo "bench: tsvbench round trip: output DIFFERS from input"
	status=1
fi

if [ -z "$progs" ]; then
	echo "bench: no programs in $bindir: parallel check skipped"
	exit $status
fi
if ! command -v parallel > /dev/null 2>&1; then
	echo "bench: GNU parallel missing: parallel check skipped"
	exit $status
fi
for p in $progs; do
	name=$(basename "$p")
	"$p" -t < "$corpus" > "$tmp/serial" 2> /dev/null
	parallel --will-cite --pipe -k --block 256k "$p" -t < "$corpus" \
	    > "$tmp/par" 2> /dev/null
	if cmp -s "$tmp/serial" "$tmp/par"; then
		echo "bench: parallel --pipe -k $name -t: identical" \
		    "($(wc -l < "$tmp/serial") rows)"
	else
		echo "bench: parallel --pipe -k $name -t: DIFFERS from serial"
		status=1
	fi
done
exit $status
