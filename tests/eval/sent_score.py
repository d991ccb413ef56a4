#!/usr/bin/env python3
"""sent_score.py MODE GOLD.tsv OUT.tsv [-c CONVENTIONS.tsv] [-v] - scores wk-sent.

GOLD has columns id, text, expected (sentences joined by " ||| "); OUT is
`wk-sent -t` run on the id and text columns. Sentences are compared after
trimming and folding each white space run to one space (the gold files
were cleaned that way). MODE "cases" prints passed/total, sorts the failures
into the gold's conventions (listed with a reason in CONVENTIONS.tsv) and
wk-sent's limitations, and with -v lists each; MODE "f1" prints precision, recall and F1 of exact sentence
matches (per record, as multisets).
"""
import collections
import re
import sys


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s) and s[i + 1] in '\\tnr':
            out.append({'\\': '\\', 't': '\t', 'n': '\n', 'r': '\r'}[s[i + 1]])
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def short(sents):
    """a sentence list, each cut to 120 characters, at most 8"""
    cut = [s if len(s) <= 120 else s[:117] + '...' for s in sents[:8]]
    return repr(cut) + (' +%d' % (len(sents) - 8) if len(sents) > 8 else '')


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def read_gold(path):
    gold = []
    with open(path, encoding='utf-8') as f:
        next(f)
        for line in f:
            rid, text, exp = line.rstrip('\n').split('\t')
            sents = [norm(x) for x in unescape(exp).split(' ||| ')]
            gold.append((rid, unescape(text), [s for s in sents if s]))
    return gold


def read_out(path):
    got = collections.defaultdict(list)
    with open(path, encoding='utf-8') as f:
        for line in f:
            f_ = line.rstrip('\n').split('\t')
            got[f_[0]].append(norm(unescape(f_[-1])))
    return got


def main():
    mode, gold, got = sys.argv[1], read_gold(sys.argv[2]), read_out(sys.argv[3])
    if mode == 'cases':
        conv = {}
        if '-c' in sys.argv:
            with open(sys.argv[sys.argv.index('-c') + 1]) as f:
                for line in f:
                    if not line.startswith('#') and '\t' in line:
                        k, why = line.rstrip('\n').split('\t', 1)
                        conv[k] = why
        fails = [(rid, text, exp, got[rid]) for rid, text, exp in gold
                 if got[rid] != exp]
        nconv = sum(1 for f_ in fails if f_[0] in conv)
        print('  passed %d/%d; of the %d failures, %d are the gold\'s '
              'convention, %d wk-sent limitations'
              % (len(gold) - len(fails), len(gold), len(fails), nconv,
                 len(fails) - nconv))
        for rid, text, exp, g in fails:
            if '-v' not in sys.argv:
                continue
            print('  FAIL %s (%s): %r' % (rid, conv.get(rid, 'limitation'),
                                         text[:200]))
            print('    want %s' % short(exp))
            print('    got  %s' % short(g))
        return
    tp = np_ = ng = 0
    for rid, text, exp in gold:
        g = got[rid]
        ng += len(exp)
        np_ += len(g)
        tp += sum((collections.Counter(exp) & collections.Counter(g)).values())
        if g != exp and '-v' in sys.argv:
            ce, cg = collections.Counter(exp), collections.Counter(g)
            print('  DIFF %s\n    want %s\n    got  %s' % (
                rid, short(list((ce - cg).elements())),
                short(list((cg - ce).elements()))))
    p, r = tp / np_ if np_ else 0, tp / ng if ng else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print('  gold %d, found %d, exact %d: P %.4f R %.4f F1 %.4f'
          % (ng, np_, tp, p, r, f1))


main()
