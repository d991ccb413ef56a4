#!/bin/sh
# num.sh EVAL_DATA BINDIR - wk-num against the Microsoft Recognizers-Text
# English specs: per file, the share of expected results found with the
# right extent and the right normalized value (tests/eval/num_rt.py holds
# the mapping between their types and values and ours, and the cases left
# out as chat-bot phrasing).
dir=$1/num/recognizers-text
if [ ! -d "$dir" ]; then
	echo "num: skipped: no $dir"
	exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
	echo "num: skipped: python3 not found"
	exit 0
fi
bin=$2
shift 2
exec python3 "$(dirname "$0")/num_rt.py" "$dir" "$bin/wk-num" "$@"
