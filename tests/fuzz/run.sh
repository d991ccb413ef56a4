#!/bin/sh
# run.sh BUILDDIR SECONDS "FUZZFLAGS" "CFLAGS" "LIBS" - called by `make
# fuzz`: builds each libFuzzer harness tests/fuzz/fuzz_*.c with clang
# against BUILDDIR/libwirekit.a and runs it SECONDS. The corpus grows under
# BUILDDIR/corpus/NAME; the inputs under tests/fuzz/regress/NAME (seeds and
# past crashes) are replayed first; NAME.dict, if there, is its libFuzzer
# dictionary. A crash, leak or broken invariant
# fails the run and leaves its input as BUILDDIR/crash-NAME-*: copy it to
# tests/fuzz/regress/NAME/ so that it stays a test: tests/unit/test_fuzz.c
# replays every file there in both builds of make check.
set -u
if [ $# -ne 5 ]; then
	echo 'usage: run.sh BUILDDIR SECONDS "FUZZFLAGS" "CFLAGS" "LIBS"' >&2
	exit 2
fi
b=$1 secs=$2 fflags=$3 cflags=$4 libs=$5
dir=$(dirname "$0")
fail=0
for src in "$dir"/fuzz_*.c; do
	name=$(basename "$src" .c)
	name=${name#fuzz_}
	exe=$b/fuzz_$name
	# shellcheck disable=SC2086 # the flag strings are word lists
	clang $cflags $fflags -I"$dir" -o "$exe" "$src" "$b/libwirekit.a" \
	    $libs || exit 2
	mkdir -p "$b/corpus/$name" "$dir/regress/$name"
	log=$b/fuzz_$name.log
	dict=
	[ -f "$dir/$name.dict" ] && dict=-dict=$dir/$name.dict
	echo "fuzz: $name for ${secs}s"
	# undefined behaviour is a finding too, as in the ASan build of check
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 "$exe" -max_total_time="$secs" -timeout=10 -max_len=16384 \
	    -close_fd_mask=3 -print_final_stats=1 \
	    -artifact_prefix="$b/crash-$name-" $dict \
	    "$b/corpus/$name" "$dir/regress/$name" > "$log" 2>&1
	st=$?
	if [ $st = 0 ]; then
		grep -E '^(Done|stat::number_of_executed_units)' "$log" |
		    sed "s/^/fuzz: $name: /"
	else
		fail=$((fail + 1))
		echo "fuzz: $name: FAILED (status $st); log $log"
		grep -E -A 30 '^==[0-9]+==ERROR|runtime error|invariant failed|^SUMMARY|deadly signal' \
		    "$log" | head -n 60
		ls "$b"/crash-"$name"-* "$b"/leak-"$name"-* \
		    "$b"/timeout-"$name"-* 2>/dev/null | sed 's/^/fuzz: input: /'
	fi
done
[ $fail = 0 ]
