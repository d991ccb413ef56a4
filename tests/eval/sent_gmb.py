#!/usr/bin/env python3
"""sent_gmb.py GMB.conll - writes a sentence gold file (id, text, expected,
as sent_score.py reads) from the Groningen Meaning Bank's tokens: each
sentence is detokenized (no space before closing punctuation and clitics,
none inside quotation marks) and every 10 sentences make one record. The
GMB's boundaries are silver (machine-made, partly corrected), so the
figure is a check for regressions on plain news, not a gold score.
"""
import re
import sys


def sentences(path):
    cur = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line:
                if cur:
                    yield cur
                cur = []
            else:
                cur.append(line.split('\t')[0])
    if cur:
        yield cur


def detok(toks):
    s = ' '.join(toks)
    s = re.sub(r' ([.,;:!?%)\]])', r'\1', s)
    s = re.sub(r'([(\[$]) ', r'\1', s)
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r'\1', s)
    s = re.sub(r'" (.*?) "', r'"\1"', s)
    return s.replace('\\', '\\\\').replace('\t', ' ')


def main():
    sents = [detok(t) for t in sentences(sys.argv[1])]
    print('id\ttext\texpected')
    for i in range(0, len(sents), 10):
        group = sents[i:i + 10]
        print('gmb%d\t%s\t%s' % (i // 10, ' '.join(group),
                                 ' ||| '.join(group)))


main()
