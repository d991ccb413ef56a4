#!/bin/sh
# sent.sh EVAL_DATA BINDIR - wk-sent against the English Golden Rules, the
# whole pragmatic_segmenter English spec and the Wikinews paragraphs of
# UD English GUM (see ../shared/data/README.md). SENT_VERBOSE=1 lists the
# failed cases (each marked as the gold's convention, with the reason, or
# a wk-sent limitation) and the differing paragraphs. Skips when the data
# is absent.
set -u
data=$1/sent bin=$2
here=$(dirname "$0")
if [ ! -f "$data/golden_rules_en.tsv" ]; then
	echo "sent: skipped: no data in $data"
	exit 0
fi
if ! command -v python3 > /dev/null; then
	echo "sent: skipped: no python3"
	exit 0
fi
tmp=$(mktemp)
gmb=$(mktemp)
trap 'rm -f "$tmp" "$gmb"' EXIT INT TERM
v=${SENT_VERBOSE:-}

run() {	# gold.tsv: wk-sent on its id and text columns, into $tmp
	tail -n +2 "$1" | cut -f1,2 | "$bin/wk-sent" -t > "$tmp"
}

echo "sent: Golden Rules (52 English cases; pySBD passes 50)"
run "$data/golden_rules_en.tsv"
python3 "$here/sent_score.py" cases "$data/golden_rules_en.tsv" "$tmp" \
    -c "$here/sent_golden_conventions.tsv" ${v:+-v}
echo "sent: pragmatic_segmenter English spec (181 cases)"
run "$data/pragmatic_segmenter_english_spec_all.tsv"
python3 "$here/sent_score.py" cases \
    "$data/pragmatic_segmenter_english_spec_all.tsv" "$tmp" \
    -c "$here/sent_ps_conventions.tsv" ${v:+-v}
echo "sent: Wikinews paragraphs of GUM (exact sentence match)"
run "$data/gum_news.paragraphs.tsv"
python3 "$here/sent_score.py" f1 "$data/gum_news.paragraphs.tsv" "$tmp" \
    ${v:+-v}
echo "sent: Wikinews documents of GUM (paragraphs on lines of their own)"
run "$data/gum_news.docs.tsv"
python3 "$here/sent_score.py" f1 "$data/gum_news.docs.tsv" "$tmp" ${v:+-v}
if [ -f "$1/ner/gmb.conll" ]; then
	echo "sent: GMB news, 47,959 sentences in records of 10 (silver boundaries)"
	python3 "$here/sent_gmb.py" "$1/ner/gmb.conll" > "$gmb"
	run "$gmb"
	python3 "$here/sent_score.py" f1 "$gmb" "$tmp"
fi
