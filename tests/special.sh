#!/bin/sh
# special.sh VARIANT BINDIR TOOLDIR - the tests that do not fit the table
# format of tests/cmd, run against TOOLDIR/wk-rec and every program in
# BINDIR: a full disk (exit 2 and a message), a reader that goes away
# (`| head -n1`: no hang, no message), an unreadable input among readable
# ones (exit 1, the rest processed) and, in the plain variant only (the
# sanitizers' memory would hide the figure), a 200 MB single document and
# a 100 MB document with no newline and no punctuation, both streamed
# through in under 64 MB of peak RSS. Those sizes go to wk-rec, which is
# the reader that bounds memory; the programs get SPECIAL_MB (default 8)
# of each, enough for many windows and cuts while make check stays fast
# (SPECIAL_MB=200 runs the full size). Prints "special: N passed, N failed".
set -u
if [ $# -ne 3 ]; then
	echo "usage: special.sh plain|asan BINDIR TOOLDIR" >&2
	exit 2
fi
variant=$1 bindir=$2 tooldir=$3
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp"; rm -rf "$tmp"' EXIT INT TERM
export LC_ALL=C
limit_kb=65536		# peak RSS allowed for the big inputs
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
to=
command -v timeout > /dev/null 2>&1 && to="timeout 600"

# A paragraph with something for every program: a dateline, a quote and
# its speaker, numbers, money, dates, people, places and organisations.
para='WASHINGTON (VOA) - The U.S. Senate voted 52-48 on Monday, March 3, 2025, to approve $2.5 billion in aid. "This is a good day for Ukraine," said Senator Jane Miller of Ohio. She told reporters the money would arrive within 30 days. The World Bank said about 40 percent of the funds would go to Kyiv.
'
for i in 1 2 3; do printf '%s\n' "$para"; done > "$tmp/a.txt"
cp "$tmp/a.txt" "$tmp/b.txt"
i=0
while [ $i -lt 1500 ]; do cat "$tmp/a.txt"; i=$((i + 1)); done > "$tmp/many.txt"
mkdir "$tmp/dir"

disk_full() {	# prog name
	$to "$1" "$tmp/a.txt" > /dev/full 2> "$tmp/err"
	st=$?
	if [ $st = 2 ] && grep -q "^$2: " "$tmp/err"; then ok
	else bad "$2 > /dev/full: exit status $st, want 2 and a message:" \
	    "$(head -c 200 "$tmp/err")"
	fi
}

reader_gone() {	# prog name
	{ $to "$1" "$tmp/many.txt" 2> "$tmp/err"; echo $? > "$tmp/st"; } |
	    head -n 1 > "$tmp/out"
	st=$(cat "$tmp/st")
	if [ "$st" = 124 ]; then bad "$2 | head -n1: timed out"
	elif [ -s "$tmp/err" ]; then bad "$2 | head -n1: stderr:" \
	    "$(head -c 200 "$tmp/err")"
	elif [ ! -s "$tmp/out" ]; then bad "$2 | head -n1: no first row"
	else ok
	fi
}

unreadable() {	# prog name path-that-cannot-be-read
	$to "$1" "$tmp/a.txt" "$3" "$tmp/b.txt" > "$tmp/out" 2> "$tmp/err"
	st=$?
	if [ $st != 1 ]; then bad "$2 a.txt $3 b.txt: exit status $st, want 1"
	elif ! grep -q "^$2: $3" "$tmp/err"; then
		bad "$2 a.txt $3 b.txt: no message naming $3:" \
		    "$(head -c 200 "$tmp/err")"
	elif ! grep -q "^$tmp/a.txt	" "$tmp/out" ||
	    ! grep -q "^$tmp/b.txt	" "$tmp/out"; then
		bad "$2 a.txt $3 b.txt: the readable files were not both processed"
	else ok
	fi
}

# rss_run gen name desc cmd...: streams the generator's output into the
# command, which writes to $out; exit 0, and peak RSS under the limit
# when /usr/bin/time can tell.
rss_run() {
	gen=$1 name=$2 desc=$3
	shift 3
	if [ -x /usr/bin/time ]; then
		$gen | { /usr/bin/time -f %M -o "$tmp/rss" $to "$@" > "$out" \
		    2> "$tmp/err"; echo $? > "$tmp/st"; }
	else
		$gen | { $to "$@" > "$out" 2> "$tmp/err"; echo $? > "$tmp/st"; }
	fi
	st=$(cat "$tmp/st")
	if [ "$st" != 0 ]; then
		bad "$name on $desc: exit status $st: $(head -c 200 "$tmp/err")"
		return
	fi
	if [ ! -x /usr/bin/time ]; then
		echo "special: /usr/bin/time missing: $name on $desc not measured"
		ok
		return
	fi
	rss=$(tail -n 1 "$tmp/rss")
	echo "special: $name on $desc: peak RSS $rss KB"
	if [ "$rss" -lt $limit_kb ]; then ok
	else bad "$name on $desc: peak RSS $rss KB, limit $limit_kb KB"
	fi
}

big_doc() {	# $big_mb MB of paragraphs, made as it is read
	yes "$para" | head -c $((big_mb * 1000000))
}
flat_doc() {	# $flat_mb MB of words: no newline, no punctuation
	yes 'word another thing and more of the same' |
	    head -c $((flat_mb * 1000000)) | tr '\n' ' '
}

progs="$tooldir/wk-rec"
for p in "$bindir"/*; do
	[ -f "$p" ] && [ -x "$p" ] && progs="$progs $p"
done
for p in $progs; do
	name=$(basename "$p")
	disk_full "$p" "$name"
	reader_gone "$p" "$name"
	unreadable "$p" "$name" "$tmp/dir"
	unreadable "$p" "$name" "$tmp/missing.txt"
	cp "$tmp/a.txt" "$tmp/locked.txt"
	chmod 000 "$tmp/locked.txt"
	if [ -r "$tmp/locked.txt" ]; then
		:	# root reads it anyway: the directory case stands in
	else
		unreadable "$p" "$name" "$tmp/locked.txt"
	fi
	rm -f "$tmp/locked.txt"
	[ "$variant" = plain ] || continue
	out=/dev/null big_mb=${SPECIAL_MB:-8} flat_mb=${SPECIAL_MB:-8} cap=1M
	[ "$name" = wk-rec ] && out=$tmp/big.out big_mb=200 flat_mb=100 cap=4M
	rss_run big_doc "$name" "a $big_mb MB document" "$p"
	rss_run flat_doc "$name" \
	    "$flat_mb MB without newline or punctuation" "$p" --max-record=$cap
	if [ "$name" = wk-rec ]; then	# the windows tile the whole input
		end=$(tail -n 1 "$tmp/big.out" | cut -f 3)
		if [ "$end" = $((flat_mb * 1000000)) ]; then ok
		else bad "wk-rec on $flat_mb MB: last window ends at $end"
		fi
	fi
	rm -f "$tmp/big.out"
done
# Chains the grammar could follow from every atom ("1 in 1 in ...",
# "5-5-5-...", "787-9" labels) must stay linear: a megabyte of each ends
# well inside the timeout, which only catches a quadratic walk (minutes).
chain() {	# pattern count rows
	n=$(yes "$1" | head -n "$2" | tr -d '\n' |
	    timeout 120 "$bindir/wk-num" | wc -l)
	if [ "$n" = "$3" ]; then ok
	else bad "wk-num on $2 x '$1': $n rows, want $3 (or it timed out)"
	fi
}
if [ "$variant" = plain ] && [ -x "$bindir/wk-num" ]; then
	chain '1 in ' 200000 200000
	chain '5-' 500000 500000
	chain 'Boeing 787-' 100000 0
fi
echo "special: $pass passed, $fail failed"
[ $fail = 0 ]
