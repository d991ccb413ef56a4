#!/bin/sh
# quote.sh EVAL_DATA BINDIR - wk-quote against the 26 invented quotation
# cases (../shared/data/quote/quote_cases_invented.tsv): quotation spans,
# resolved speakers, cues and kinds, and no row for the cases that are
# not quotations. QUOTE_VERBOSE=1 lists every miss. Then, when the seed
# article is beside the data (../shared/seeds), its quotations and
# speakers are listed for reading. Skips when the data is absent.
set -u
data=$1 bin=$2
here=$(dirname "$0")
cases=$data/quote/quote_cases_invented.tsv
if [ ! -f "$cases" ]; then
	echo "quote: skipped: no $cases"
	exit 0
fi
if ! command -v python3 > /dev/null; then
	echo "quote: skipped: no python3"
	exit 0
fi
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT INT TERM
echo "quote: invented cases (26; --indirect, since three are reported speech)"
cut -f1,3 "$cases" | "$bin/wk-quote" -t -H --indirect > "$tmp"
python3 "$here/quote_score.py" "$cases" "$tmp" ${QUOTE_VERBOSE:+-v}
seed=$data/../seeds/000_edac1460c9b978b9.txt
if [ -f "$seed" ]; then
	echo "quote: the seed article, quote speaker cue kind and the words"
	"$bin/wk-quote" "$seed" | awk -F '\t' '{ t = $10
		if (length(t) > 60) t = substr(t, 1, 57) "..."
		printf "  %2d  %-20s %-6s %-8s %s\n", $2, $7, $6, $5, t }'
fi
