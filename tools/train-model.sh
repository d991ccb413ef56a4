#!/bin/sh
# train-model.sh EVAL_DATA BINDIR - retrains the shipped entity model
# (lib/data/ent/model.bin) from the GMB corpus, holding out every 10th
# sentence for tests/eval/ent.sh. Deterministic: the same corpus gives the
# same file. Run by `make model`; rebuild (`make`) afterwards to embed it.
set -eu
data=$1 bin=$2
conll=$data/ner/gmb.conll
if [ ! -r "$conll" ]; then
	echo "train-model.sh: $conll not found" >&2
	exit 1
fi
start=$(date +%s)
"$bin/wk-ent" --train "$conll" --holdout 10 --epochs 6 --bits 18 \
    -o lib/data/ent/model.bin.tmp
mv lib/data/ent/model.bin.tmp lib/data/ent/model.bin
echo "train-model.sh: lib/data/ent/model.bin: $(wc -c < lib/data/ent/model.bin) bytes in $(( $(date +%s) - start )) s"
