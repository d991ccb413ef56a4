#!/bin/sh
# man-examples.sh BINDIR PAGE... - runs the examples of man pages. In each
# page's EXAMPLES section, every `.Bd -literal` block holds lines
# `$ command`, each followed by the exact lines it must print on standard
# output (and it must exit 0); a block without `$ ` lines is not run.
# Other macro lines inside a block are ignored. mdoc escapes are undone
# first (\e \(aq \- \& \(dq). The examples become a table for
# tests/cmd/run.sh, which runs each in the current directory with BINDIR
# first on PATH, LC_ALL=C and stdin empty. Prints "man: N passed, N failed".
set -u
if [ $# -lt 1 ]; then
	echo "usage: man-examples.sh BINDIR PAGE..." >&2
	exit 2
fi
bindir=$1
shift
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

for page in "$@"; do
	awk -v page="$page" '
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
	/^\.Ed/ { lit = 0; run = 0; next }
	!lit || /^\./ { next }
	/^\$ / {
		cmd = unesc(substr($0, 3))
		printf "=== %s: %s\n$ %s\n", page, cmd, cmd
		run = 1
		next
	}
	run { print "> " unesc($0) }
	' "$page"
done > "$tmp/man.t"

sh "$(dirname "$0")/cmd/run.sh" "$bindir" "$tmp/man.t" > "$tmp/log"
st=$?
sed 's/^cmd: \([0-9]* passed\)/man: \1/' "$tmp/log"
exit $st
