#!/bin/sh
# check.sh VARIANT BUILDDIR BINDIR - runs every test suite on one build
# (plain or asan) and adds up their "N passed, N failed" lines.
set -u
variant=$1 build=$2 bin=$3
tools=$(cd "$build/tests/tools" && pwd)
log=$(mktemp)
trap 'rm -f "$log"' EXIT INT TERM
status=0

suite() {	# name command...: run, echo its output, keep its summary
	name=$1
	shift
	if "$@" > "$log" 2>&1; then :; else status=1; fi
	cat "$log"
	if grep -qE '^[a-z]+: [0-9]+ passed, [0-9]+ failed' "$log"; then
		grep -E '^[a-z]+: [0-9]+ passed, [0-9]+ failed' "$log" |
		    tail -n 1 | sed "s/^[a-z]*:/$name:/" >> "$log.sum"
	else	# it died before its summary
		echo "$name: 0 passed, 1 failed" >> "$log.sum"
	fi
}

: > "$log.sum"
echo "== $variant build"
if [ "$variant" = plain ]; then
	if ls man/*.[1-9] > /dev/null 2>&1; then
		if mandoc -Tlint -Wwarning man/*.[1-9]; then
			echo "mandoc: 1 passed, 0 failed" >> "$log.sum"
		else
			echo "mandoc: 0 passed, 1 failed" >> "$log.sum"
			status=1
		fi
	fi
fi
suite unit "$build/tests/unit/run"
mkdir -p "$bin"
if ls tests/cmd/*.t > /dev/null 2>&1; then
	PATH=$tools:$PATH suite cmd sh tests/cmd/run.sh "$bin" tests/cmd/*.t
fi
if [ -f tests/man-examples.sh ]; then
	suite man sh tests/man-examples.sh "$bin" man/*.[1-9]
fi
if [ -f tests/special.sh ]; then
	suite special sh tests/special.sh "$variant" "$bin" "$tools"
fi
cat "$log.sum"
awk '{ p += $2; f += $4 } END { printf "total: %d passed, %d failed\n", p, f }' \
    "$log.sum"
if grep -q ' [1-9][0-9]* failed' "$log.sum"; then status=1; fi
rm -f "$log.sum"
exit $status
