#!/bin/sh
# demo.sh BINDIR - called by `make demo`: runs every program in BINDIR on
# the sample article tests/demo/article.txt (written for this project),
# then shows a pipeline: the sentences, each annotated by wk-num -t.
set -u
if [ $# -ne 1 ]; then
	echo "usage: demo.sh BINDIR" >&2
	exit 2
fi
bindir=$1
article=$(dirname "$0")/demo/article.txt
status=0
found=0
for p in "$bindir"/*; do
	[ -f "$p" ] && [ -x "$p" ] || continue
	found=1
	name=$(basename "$p")
	printf '\n== %s -H %s\n' "$name" "$article"
	"$p" -H "$article" || status=1
done
if [ $found = 0 ]; then
	echo "demo: no programs in $bindir yet"
	exit 0
fi
if [ -x "$bindir/wk-sent" ] && [ -x "$bindir/wk-num" ]; then
	printf '\n== %s\n' "wk-sent $article | wk-num -t"
	"$bindir/wk-sent" "$article" | "$bindir/wk-num" -t || status=1
fi
exit $status
