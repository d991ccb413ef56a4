#!/bin/sh
# run.sh BINDIR FILE.t... - table-driven command tests. Each test is a block:
#	=== name
#	$ shell command line (BINDIR comes first on PATH; pipes allowed)
#	< a line of standard input (a newline is added)
#	<< printf %b text for standard input (no newline added)
#	> a line of expected standard output
#	>> printf %b text of expected standard output (no newline added)
#	? expected exit status (default 0)
#	! a string standard error must contain (any number of these)
#	!! standard error must be empty
# Without < lines standard input is empty; without > lines standard output
# must be empty. Lines starting with # outside a block are comments.
set -u
bindir=$(cd "$1" && pwd)
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
PATH=$bindir:$PATH
export PATH LC_ALL=C

awk -v dir="$tmp" '
function out(ext, s) { print s >> (dir "/" n "." ext) }
/^=== / { n++; out("name", substr($0, 5)); out("st", "0");
	  printf "" > (dir "/" n ".in"); printf "" > (dir "/" n ".out"); next }
n == 0 { next }
/^\$ /  { out("cmd", substr($0, 3)); next }
/^<< /  { out("in", "B" substr($0, 4)); next }
/^< /   { out("in", "L" substr($0, 3)); next }
/^<$/   { out("in", "L"); next }
/^>> /  { out("out", "B" substr($0, 4)); next }
/^> /   { out("out", "L" substr($0, 3)); next }
/^>$/   { out("out", "L"); next }
/^\? /  { printf "%s\n", substr($0, 3) > (dir "/" n ".st"); next }
/^!! *$/ { out("err", "EMPTY"); next }
/^! /   { out("err", "S" substr($0, 3)); next }
' "$@"

render() {	# spec file -> bytes
	while IFS= read -r l; do
		case $l in
		L*) printf '%s\n' "${l#L}" ;;
		B*) printf '%b' "${l#B}" ;;
		esac
	done < "$1"
}

pass=0 fail=0 i=1
while [ -f "$tmp/$i.name" ]; do
	name=$(cat "$tmp/$i.name")
	render "$tmp/$i.in" > "$tmp/in"
	render "$tmp/$i.out" > "$tmp/want"
	sh -c "$(cat "$tmp/$i.cmd")" < "$tmp/in" > "$tmp/got" 2> "$tmp/err"
	st=$?
	ok=1 why=
	want_st=$(tail -n 1 "$tmp/$i.st")
	[ "$st" = "$want_st" ] || { ok=0; why="exit status $st, want $want_st"; }
	cmp -s "$tmp/got" "$tmp/want" || { ok=0; why="$why; stdout differs"; }
	if [ -f "$tmp/$i.err" ]; then
		while IFS= read -r l; do
			case $l in
			EMPTY) [ -s "$tmp/err" ] && { ok=0; why="$why; stderr not empty"; } ;;
			S*) grep -qF -- "${l#S}" "$tmp/err" ||
			    { ok=0; why="$why; stderr lacks '${l#S}'"; } ;;
			esac
		done < "$tmp/$i.err"
	fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $name:$why"
		echo "  \$ $(cat "$tmp/$i.cmd")"
		diff "$tmp/want" "$tmp/got" | head -n 20 | sed 's/^/  /'
		head -c 400 "$tmp/err" | sed 's/^/  stderr: /'
	fi
	i=$((i + 1))
done
echo "cmd: $pass passed, $fail failed"
[ $fail = 0 ]
