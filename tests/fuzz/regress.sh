#!/bin/sh
# regress.sh OUTDIR LIBA "CFLAGS" "LIBS" - replays every input kept under
# tests/fuzz/regress/NAME through harness fuzz_NAME.c linked with the
# standalone driver main.c (no libFuzzer: any CC, e.g. the ASan build),
# so that each crash once found stays a test. CC defaults to cc.
set -u
if [ $# -ne 4 ]; then
	echo 'usage: regress.sh OUTDIR LIBA "CFLAGS" "LIBS"' >&2
	exit 2
fi
out=$1 liba=$2 cflags=$3 libs=$4
dir=$(dirname "$0")
pass=0 fail=0
mkdir -p "$out"
for src in "$dir"/fuzz_*.c; do
	name=$(basename "$src" .c)
	name=${name#fuzz_}
	exe=$out/regress_$name
	# shellcheck disable=SC2086 # the flag strings are word lists
	${CC:-cc} $cflags -I"$dir" -o "$exe" "$dir/main.c" "$src" "$liba" \
	    $libs || exit 2
	for f in "$dir/regress/$name"/*; do
		[ -f "$f" ] || continue
		if "$exe" "$f" > /dev/null 2> "$out/regress.err"; then
			pass=$((pass + 1))
		else
			fail=$((fail + 1))
			echo "FAIL: fuzz regression $f"
			head -n 20 "$out/regress.err" | sed 's/^/  /'
		fi
	done
done
echo "regress: $pass passed, $fail failed"
[ $fail = 0 ]
