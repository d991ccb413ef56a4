#!/usr/bin/env python3
"""quote_score.py CASES.tsv OUTPUT.tsv [-v] - scores wk-quote -t -H output
on the invented quotation cases.

A case's quote_text includes the quotation marks; ours does not, so the
gold span is taken without its outer marks. Rows of ours with one quote
number (pieces of a multi-paragraph quotation) are joined into one span.
A 'mixed' case (reported speech holding a quoted fragment) is matched by
its quoted fragment, reported by us as kind partial. Cases of type none
must yield no row."""
import sys

MARKS = '"\'\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a'
KIND = {'direct': 'direct', 'indirect': 'indirect', 'mixed': 'partial'}


def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == '\\' and i + 1 < len(s) and s[i + 1] in 'tnr\\':
            out.append({'t': '\t', 'n': '\n', 'r': '\r', '\\': '\\'}[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


def gold_words(g):
    q = unescape(g['quote_text'])
    if g['type'] == 'mixed':            # the quoted fragment inside
        i = min((q.find(m) for m in MARKS if q.find(m) >= 0), default=0)
        q = q[i:]
    return q.strip().strip(MARKS).strip()


def main():
    verbose = '-v' in sys.argv
    rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')]
    head, gold = rows[0], [dict(zip(rows[0], r)) for r in rows[1:]]
    texts = {g['id']: unescape(g['text']).encode() for g in gold}
    out = [l.rstrip('\n').split('\t') for l in open(sys.argv[2], encoding='utf-8')]
    ours = {}       # id -> key -> span: each row, and each quote joined
    for i, r in enumerate(out[1:]):
        cid, qn, a, b = r[0], r[1], int(r[2]), int(r[3])
        ours.setdefault(cid, {})[i] = {'a': a, 'b': b, 'row': r, 'qn': qn}
        q = ours[cid].setdefault('q' + qn, {'a': a, 'b': b, 'row': r, 'qn': qn})
        q['a'], q['b'] = min(q['a'], a), max(q['b'], b)
    spans = speakers = nspk = cues = kinds = none_ok = nnone = 0
    nquote = 0
    used = set()
    for g in gold:
        cid = g['id']
        got = ours.get(cid, {})
        if g['type'] == 'none':
            nnone += 1
            if not [k for k in got if str(k)[0] != 'q']:
                none_ok += 1
            elif verbose:
                print('  FAIL %s (%s): not a quotation, got %d row(s)' %
                      (cid, g['case'], len(got)))
            continue
        nquote += 1
        want = gold_words(g)
        hit = None
        for k, q in got.items():
            if (cid, k) in used:
                continue
            words = texts[cid][q['a']:q['b']].decode()
            if words.strip() == want:
                hit = q
                used.add((cid, k))
                used.add((cid, 'q' + q['qn']))
                break
        if hit is None:
            if verbose:
                print('  FAIL %s (%s): span, want [%s], got %s' % (cid, g['case'],
                      want, [texts[cid][q['a']:q['b']].decode() for q in got.values()]))
            continue
        spans += 1
        r = hit['row']
        kind, cue, spk = r[4], r[5], r[6]
        want_spk = g['speaker_resolved'] or g['speaker_mention']
        if want_spk:
            nspk += 1
            if spk == want_spk:
                speakers += 1
            elif verbose:
                print('  FAIL %s (%s): speaker %r, want %r' % (cid, g['case'], spk, want_spk))
        if cue == g['cue']:
            cues += 1
        elif verbose:
            print('  FAIL %s (%s): cue %r, want %r' % (cid, g['case'], cue, g['cue']))
        if kind == KIND.get(g['type']):
            kinds += 1
        elif verbose:
            print('  FAIL %s (%s): kind %r, want %r' % (cid, g['case'], kind, g['type']))
    extra = [(cid, q) for cid, qs in ours.items() for k, q in qs.items()
             if str(k)[0] != 'q' and (cid, k) not in used and
             (cid, 'q' + q['qn']) not in used]
    if verbose:
        for cid, q in extra:
            print('  EXTRA %s: %s [%s]' % (cid, q['row'][4],
                  texts[cid][q['a']:q['b']].decode()))
    extra = len(extra)
    print('quote: spans %d/%d, speakers %d/%d, cues %d/%d, kinds %d/%d, '
          'not-quotes clean %d/%d, rows beyond the gold %d' %
          (spans, nquote, speakers, nspk, cues, nquote, kinds, nquote,
           none_ok, nnone, extra))


if __name__ == '__main__':
    main()
