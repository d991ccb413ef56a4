#!/bin/sh
# ent_dev.sh EVAL_DATA BINDIR - the development split wk-ent's training
# choices (features, epochs, table size) are validated on: the GMB
# sentences training uses (all but every 10th), of which every 10th is
# left out again and scored, so the held-out test split (ent.sh) is never
# looked at while choosing. Trains a model on the rest (a few seconds).
set -u
data=$1 bin=$2
here=$(dirname "$0")
gmb=$data/ner/gmb.conll
if ! command -v python3 > /dev/null 2>&1 || [ ! -r "$gmb" ]; then
	echo "ent_dev: skipped (no python3 or no $gmb)"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$gmb" > "$tmp/train.conll" <<'PY'
import sys
k, cur = 0, []
for l in open(sys.argv[1], encoding="utf-8"):
	if l.strip():
		cur.append(l)
		continue
	if cur and k % 10 != 9:
		sys.stdout.write("".join(cur) + "\n")
	k += cur != []
	cur = []
if cur and k % 10 != 9:
	sys.stdout.write("".join(cur) + "\n")
PY
"$bin/wk-ent" -q --train "$tmp/train.conll" --holdout 10 -o "$tmp/model.bin" ||
    exit 1
echo "ent_dev: GMB training part, every 10th sentence left out and scored"
python3 "$here/ent_f1.py" "$tmp/train.conll" gmb "$here/../../lib/data/ent/gaz.txt" \
    "$bin/wk-ent" -m "$tmp/model.bin" | sed -n '2,6p'
