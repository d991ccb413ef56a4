#!/bin/sh
# man-examples.sh BINDIR PAGE... - runs the examples of man pages. In each
# page's EXAMPLES section, every `.Bd -literal` block holds lines
# `$ command`, each followed by the exact lines it must print on standard
# output; a block without `$ ` lines is not run. Other macro lines inside
# a block are ignored. mdoc escapes are undone first (\e \(aq \- \& \(dq).
# Each command runs with `sh -c` in the current directory, BINDIR first on
# PATH, LC_ALL=C, stdin empty. Prints "man: N passed, N failed".
set -u
if [ $# -lt 1 ]; then
	echo "usage: man-examples.sh BINDIR PAGE..." >&2
	exit 2
fi
bindir=$(cd "$1" && pwd) || exit 2
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
PATH=$bindir:$PATH
LC_ALL=C
export PATH LC_ALL

for page in "$@"; do
	awk -v dir="$tmp" -v page="$page" '
	function unesc(s,    out, i, c, two) {
		out = ""
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (c != "\\") { out = out c; continue }
			two = substr(s, i + 1, 1)
			if (two == "e") { out = out "\\"; i++ }
			else if (two == "-") { out = out "-"; i++ }
			else if (two == "&") { i++ }
			else if (substr(s, i + 1, 3) == "(aq") { out = out "\047"; i += 3 }
			else if (substr(s, i + 1, 3) == "(dq") { out = out "\""; i += 3 }
			else out = out c
		}
		return out
	}
	/^\.Sh / { ex = ($2 == "EXAMPLES"); next }
	!ex { next }
	/^\.Bd +-literal/ { lit = 1; next }
	/^\.Ed/ { lit = 0; cur = ""; next }
	!lit || /^\./ { next }
	/^\$ / {
		n = 0
		while ((getline k < (dir "/count")) > 0) n = k
		close(dir "/count")
		n++
		print n > (dir "/count"); close(dir "/count")
		cur = dir "/" n
		print page > (cur ".page"); close(cur ".page")
		print unesc(substr($0, 3)) > (cur ".cmd"); close(cur ".cmd")
		printf "" > (cur ".want"); close(cur ".want")
		next
	}
	cur != "" { print unesc($0) >> (cur ".want"); close(cur ".want") }
	' "$page"
done

pass=0 fail=0 i=1
while [ -f "$tmp/$i.cmd" ]; do
	cmd=$(cat "$tmp/$i.cmd")
	sh -c "$cmd" < /dev/null > "$tmp/got" 2> "$tmp/err"
	st=$?
	if [ $st = 0 ] && cmp -s "$tmp/got" "$tmp/$i.want"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $(cat "$tmp/$i.page"): \$ $cmd (exit status $st)"
		diff "$tmp/$i.want" "$tmp/got" | head -n 20 | sed 's/^/  /'
		head -c 400 "$tmp/err" | sed 's/^/  stderr: /'
	fi
	i=$((i + 1))
done
echo "man: $pass passed, $fail failed"
[ $fail = 0 ]
