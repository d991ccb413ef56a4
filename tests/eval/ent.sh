#!/bin/sh
# ent.sh EVAL_DATA BINDIR - wk-ent's figures: exact span+type F1 on the
# GMB sentences training leaves out (every 10th) and on wikigold (another
# domain; one record per sentence, and one per document); then training
# time and model size, and whether retraining gives the shipped model.
set -u
data=$1 bin=$2
here=$(dirname "$0")
gmb=$data/ner/gmb.conll wiki=$data/ner/wikigold.conll
gaz=$here/../../lib/data/ent/gaz.txt
if ! command -v python3 > /dev/null 2>&1; then
	echo "ent: skipped (no python3)"
	exit 0
fi
if [ -r "$gmb" ]; then
	echo "ent: GMB held-out split (every 10th sentence; gpe country names as LOC, titles left out)"
	python3 "$here/ent_f1.py" "$gmb" gmb "$gaz" "$bin/wk-ent"
	echo "ent: the same split in capitals (as in all-capital headlines)"
	python3 "$here/ent_f1.py" "$gmb" gmb-caps "$gaz" "$bin/wk-ent" |
	    sed -n 2p
	echo "ent: the same split in title case without final stops (as headlines)"
	python3 "$here/ent_f1.py" "$gmb" gmb-title "$gaz" "$bin/wk-ent" |
	    sed -n 2p
else
	echo "ent: skipped GMB ($gmb not found)"
fi
if [ -r "$wiki" ]; then
	echo "ent: wikigold, a record per sentence (MISC ignored)"
	python3 "$here/ent_f1.py" "$wiki" wikigold "$gaz" "$bin/wk-ent"
	echo "ent: wikigold, a record per document (MISC ignored)"
	python3 "$here/ent_f1.py" "$wiki" wikigold-doc "$gaz" "$bin/wk-ent"
else
	echo "ent: skipped wikigold ($wiki not found)"
fi
if [ -r "$gmb" ]; then
	model=$here/../../lib/data/ent/model.bin
	tmp=$(mktemp)
	start=$(date +%s)
	"$bin/wk-ent" -q --train "$gmb" -o "$tmp"
	end=$(date +%s)
	echo "ent: training on $gmb: $((end - start)) s, model $(wc -c < "$tmp") bytes"
	if cmp -s "$tmp" "$model"; then
		echo "ent: the retrained model is the shipped one, byte for byte"
	else
		echo "ent: the retrained model differs from $model (run make model)"
	fi
	rm -f "$tmp"
fi
