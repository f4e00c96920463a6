#!/usr/bin/env python3
"""Raw-text tokenization and sentence splitting scored against a UD treebank.

The raw text of each document is rebuilt from the treebank's own `# text`
comments and its document and paragraph structure (`# newdoc`, `# newpar`):
sentences of a paragraph joined by one space, paragraphs by a blank line, as
the CoNLL 2018 shared task rebuilt its raw input. The text goes through
`parley nlp` (NDJSON in, CoNLL-U with TokenRange=start:end out) and every
predicted token and sentence is compared with the gold ones as character spans
(code points of the rebuilt text): precision, recall and F1 of exactly matching
spans. A multiword token ("don't" = "do" + "n't") counts as its words when
their forms spell it, else as one span.

Usage: tokenizer_f1.py GOLD.conllu[.gz] [--parley BIN] [--models DIR]
                       [--errors N] [--dump-text FILE.ndjson] [--pred FILE.conllu]
"""
import argparse
import collections
import gzip
import json
import os
import subprocess
import sys


def read_docs(path):
    """Yields (doc_id, [paragraph: [sentence: (text, [(form, is_mwt_part, mwt_form)])]])."""
    opener = gzip.open if path.endswith('.gz') else open
    docs = []
    doc = None
    sent = None
    text = None
    mwt_end = 0
    with opener(path, 'rt', encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('# newdoc'):
                doc_id = line.split('=', 1)[1].strip() if '=' in line else str(len(docs))
                doc = (doc_id, [])
                docs.append(doc)
                continue
            if line.startswith('# newpar'):
                if doc is None:
                    doc = (str(len(docs)), [])
                    docs.append(doc)
                doc[1].append([])
                continue
            if line.startswith('# text ='):
                text = line.split('=', 1)[1].strip()
                continue
            if line.startswith('#'):
                continue
            if not line:
                if sent is not None:
                    if doc is None:
                        doc = (str(len(docs)), [])
                        docs.append(doc)
                    if not doc[1]:
                        doc[1].append([])
                    doc[1][-1].append((text, sent))
                sent = None
                text = None
                continue
            cols = line.split('\t')
            if sent is None:
                sent = []
            if '.' in cols[0]:
                continue
            if '-' in cols[0]:
                a, b = cols[0].split('-')
                sent.append(('MWT', cols[1], int(b) - int(a) + 1))
                mwt_end = int(b)
                continue
            sent.append(('W', cols[1], int(cols[0]) <= mwt_end))
    return docs


def gold_spans(docs):
    """Rebuilt texts and gold token/sentence spans (code points) per document."""
    out = []
    misaligned = 0
    for doc_id, paras in docs:
        parts = []
        pos = 0
        tokens = []
        sents = []
        for pi, para in enumerate(paras):
            if pi:
                parts.append('\n\n')
                pos += 2
            for si, (text, items) in enumerate(para):
                if si:
                    parts.append(' ')
                    pos += 1
                if text is None:
                    text = ' '.join(x[1] for x in items if x[0] == 'MWT' or not x[2])
                start = pos
                cur = 0
                i = 0
                first = last = None
                while i < len(items):
                    kind, form = items[i][0], items[i][1]
                    while cur < len(text) and text[cur].isspace():
                        cur += 1
                    at = text.find(form, cur)
                    if at != cur:
                        misaligned += 1
                        at = cur if at < 0 else at
                    end = at + len(form)
                    if kind == 'MWT':
                        n = items[i][2]
                        words = [items[i + 1 + k][1] for k in range(n)]
                        if ''.join(words) == form:
                            o = at
                            for w in words:
                                tokens.append((start + o, start + o + len(w)))
                                o += len(w)
                        else:
                            tokens.append((start + at, start + end))
                        i += 1 + n
                    else:
                        tokens.append((start + at, start + end))
                        i += 1
                    first = at if first is None else first
                    last = end
                    cur = end
                if first is not None:
                    sents.append((start + first, start + last))
                parts.append(text)
                pos += len(text)
        out.append((doc_id, ''.join(parts), tokens, sents))
    return out, misaligned


def read_pred(conllu_text):
    """Predicted token and sentence spans per document id, from TokenRange."""
    docs = collections.OrderedDict()
    cur = None
    sent = []
    for line in conllu_text.split('\n'):
        if line.startswith('# newdoc id ='):
            cur = line.split('=', 1)[1].strip()
            docs[cur] = ([], [])
            continue
        if line.startswith('#'):
            continue
        if not line:
            if sent and cur is not None:
                docs[cur][1].append((sent[0][0], sent[-1][1]))
            sent = []
            continue
        cols = line.split('\t')
        if '-' in cols[0] or '.' in cols[0]:
            continue
        rng = [kv for kv in cols[9].split('|') if kv.startswith('TokenRange=')]
        if not rng:
            raise SystemExit('prediction without TokenRange: ' + line)
        a, b = rng[0].split('=', 1)[1].split(':')
        span = (int(a), int(b))
        sent.append(span)
        docs[cur][0].append(span)
    return docs


def prf(gold, pred):
    g, p = collections.Counter(gold), collections.Counter(pred)
    tp = sum((g & p).values())
    prec = tp / max(1, sum(p.values()))
    rec = tp / max(1, sum(g.values()))
    f1 = 2 * prec * rec / max(1e-12, prec + rec)
    return prec, rec, f1, tp, sum(g.values()), sum(p.values())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('gold')
    ap.add_argument('--parley', default=os.path.join(root, 'build', 'parley'))
    ap.add_argument('--models', default=None, help='models dir (default: parley\'s own)')
    ap.add_argument('--errors', type=int, default=0, help='print N token errors')
    ap.add_argument('--sentence-errors', type=int, default=0, help='print N sentence errors')
    ap.add_argument('--dump-text', help='write the rebuilt NDJSON documents here')
    ap.add_argument('--pred', help='score this CoNLL-U instead of running parley')
    args = ap.parse_args()

    gold, misaligned = gold_spans(read_docs(args.gold))
    ndjson = ''.join(json.dumps({'id': d, 'text': t}, ensure_ascii=False) + '\n'
                     for d, t, _, _ in gold)
    if args.dump_text:
        with open(args.dump_text, 'w', encoding='utf-8') as f:
            f.write(ndjson)
    if args.pred:
        with open(args.pred, encoding='utf-8') as f:
            pred_text = f.read()
    else:
        cmd = [args.parley, 'nlp', '--tokenize-only']
        if args.models:
            cmd += ['--models', args.models]
        r = subprocess.run(cmd, input=ndjson.encode('utf-8'), capture_output=True)
        if r.returncode != 0:
            raise SystemExit('parley nlp failed: ' + r.stderr.decode('utf-8', 'replace'))
        pred_text = r.stdout.decode('utf-8')
    pred = read_pred(pred_text)

    all_g, all_p, sg, sp = [], [], [], []
    shown = shown_s = 0
    for doc_id, text, tokens, sents in gold:
        ptok, psent = pred.get(doc_id, ([], []))
        all_g += [(doc_id,) + s for s in tokens]
        all_p += [(doc_id,) + s for s in ptok]
        sg += [(doc_id,) + s for s in sents]
        sp += [(doc_id,) + s for s in psent]
        if shown < args.errors:
            gs, ps = set(tokens), set(ptok)
            for s in sorted(gs ^ ps):
                if shown >= args.errors:
                    break
                lo, hi = max(0, s[0] - 25), min(len(text), s[1] + 25)
                ctx = (text[lo:s[0]] + '[' + text[s[0]:s[1]] + ']' + text[s[1]:hi]).replace('\n', '⏎')
                print(('missed ' if s in gs else 'extra  ') + ctx)
                shown += 1
        if shown_s < args.sentence_errors:
            gs, ps = set(sents), set(psent)
            for s in sorted(gs ^ ps):
                if shown_s >= args.sentence_errors:
                    break
                ctx = text[s[0]:s[1]].replace('\n', '⏎')
                print(('S-missed ' if s in gs else 'S-extra  ') + ctx[:160])
                shown_s += 1
    p, r, f, tp, ng, npred = prf(all_g, all_p)
    print(f'tokens:    gold {ng}  predicted {npred}  P {p:.4f}  R {r:.4f}  F1 {f:.4f}')
    p, r, f, tp, ng, npred = prf(sg, sp)
    print(f'sentences: gold {ng}  predicted {npred}  P {p:.4f}  R {r:.4f}  F1 {f:.4f}')
    if misaligned:
        print(f'(gold forms not found where expected in # text: {misaligned})', file=sys.stderr)


if __name__ == '__main__':
    main()
