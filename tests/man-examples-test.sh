#!/bin/sh
# man-examples-test.sh - a self test of tests/man-examples.sh on tiny man
# pages made here: examples that must pass (escapes, tabs, pipes, several
# per block, a block that is not run, a section other than EXAMPLES) and
# examples that must fail (wrong output, missing line, non-zero status).
set -u
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/bin"
cat > "$tmp/bin/wk-echo" <<'X'
#!/bin/sh
printf '%s\n' "$@"
X
chmod +x "$tmp/bin/wk-echo"
tab=$(printf '\t')
cat > "$tmp/good.1" <<X
.Dd today
.Dt GOOD 1
.Os
.Sh NAME
.Nm good
.Nd test page
.Sh DESCRIPTION
.Bd -literal
\$ false
this block is not in EXAMPLES: never run
.Ed
.Sh EXAMPLES
Text before the block.
.Bd -literal -offset indent
\$ wk-echo \(aqa\eb\(aq \(dqc\(dq \-x a\&.b
a\eb
c
-x
a.b
\$ printf \(aqx\et1\en\(aq | cat
x${tab}1
.Ed
.Bd -literal
an illustration without commands
.Ed
.Bd -literal
\$ wk-echo one two
one
two
.Pp
\$ true
.Ed
.Sh SEE ALSO
.Bd -literal
\$ false
.Ed
X
cat > "$tmp/bad.1" <<X
.Sh EXAMPLES
.Bd -literal
\$ wk-echo yes
no
\$ wk-echo two lines
two
\$ wk-echo ok; exit 3
ok
.Ed
X
pass=0 fail=0
check() {	# name, expected status, expected summary, then the command
	name=$1 want_st=$2 want=$3
	shift 3
	"$@" > "$tmp/out" 2>&1
	st=$?
	if [ $st = "$want_st" ] && grep -qxF "$want" "$tmp/out"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $name: status $st, want $want_st and '$want'"
		sed 's/^/  /' "$tmp/out"
	fi
}
check good 0 "man: 4 passed, 0 failed" sh "$here/man-examples.sh" "$tmp/bin" "$tmp/good.1"
check bad 1 "man: 0 passed, 3 failed" sh "$here/man-examples.sh" "$tmp/bin" "$tmp/bad.1"
check both 1 "man: 4 passed, 3 failed" sh "$here/man-examples.sh" "$tmp/bin" "$tmp/good.1" "$tmp/bad.1"
check usage 2 "usage: man-examples.sh BINDIR PAGE..." sh "$here/man-examples.sh"
echo "selftest: $pass passed, $fail failed"
[ $fail = 0 ]
