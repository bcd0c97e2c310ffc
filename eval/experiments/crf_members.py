"""Experiment (not part of the library): does a trained sequence labeller find bloc members the
rules miss? A linear-chain CRF (python-crfsuite) tags member mentions (B/I/O) in each sentence;
its training labels are the dev split's gold members aligned to the text (the shortest span
from an organisation's head whose written-out name is a gold member's, with or without its
province). Features: the token's key, case, org-head flag, gazetteer span kind, two tokens each
side, whether the sentence names a bloc and whether a "gồm"/colon came before.

    pip install python-crfsuite            # not a dependency of the project
    python eval/experiments/crf_members.py train [FOLD]   # FOLD 0/1: half of dev by stem hash
    python eval/experiments/crf_members.py cv FOLD        # model of FOLD on the other half
    python eval/experiments/crf_members.py eval test      # model of all dev on the test split
    TAU=0.97 python …                                     # keep spans the CRF is that sure of

Each run prints members P/R for the rules alone, the rules plus the CRF's spans ("union"), and
the CRF alone. Figures and the decision are in the README (issue 11 #6).
"""
import json, sys, random, datetime as dt
from pathlib import Path
import pycrfsuite
from nội_chính_graph.ingest.evaluate import load_corpus, load_graph, default_graph_files, name_key, district_unit, _Facts, slugify
from nội_chính_graph.ingest.extract.gazetteer import Gazetteer, Kind, ORGANISATIONS
from nội_chính_graph.ingest.extract.tagger import tag, org_head_at
from nội_chính_graph.ingest.extract.names import expand_label, CITIES
from nội_chính_graph.ingest.extract.blocs import localise
from nội_chính_graph.ingest.extract.people import Org
from nội_chính_graph.ingest.minting import split_province
from nội_chính_graph.ingest.findings import find
from nội_chính_graph.ingest.pipeline import extract_report
from nội_chính_graph.text.sentences import split_sentences
from nội_chính_graph.text.cleanup import clean
from nội_chính_graph.text.normalise import nfc
from nội_chính_graph.text.tokens import keys_of

import os
TAU = float(os.environ.get('TAU', '0'))
ROOT = Path(__file__).resolve().parents[2]
G = Gazetteer.from_graph(load_graph(default_graph_files(ROOT)))
BLOCW = {"khối", "cụm"}

def gold_keys(gold):
    full, unit = set(), set()
    for b in gold['blocs']:
        for m in b['members'] or []:
            ex = expand_label(m)
            full.add(name_key(district_unit(ex)))
            u, p = split_province(ex)
            if p: unit.add(name_key(u.rstrip(' ,')))
    return full, unit

def sentences(text):
    return [tag(s, G) for s in split_sentences(clean(nfc(text)))]

def align(t, full, unit):
    keys = [x.key for x in t.tokens]; n = len(keys); lab = ['O'] * n
    i = 0
    while i < n:
        ok = t.tokens[i].is_word and t.tokens[i].is_capitalised and (org_head_at(keys, i) or (t.at.get(i) and t.at[i].of(*ORGANISATIONS)))
        hit = None
        if ok:
            for j in range(i + 1, min(n, i + 16) + 1):
                if not t.tokens[j - 1].is_word: continue
                ex = expand_label(t.surface(i, j))
                k = name_key(district_unit(ex))
                if k in full or k in unit:
                    hit = j; break
        if hit:
            lab[i] = 'B'
            for m in range(i + 1, hit): lab[m] = 'I'
            i = hit
        else:
            i += 1
    return lab

def kind_at(t, i):
    sp = t.at.get(i)
    return sp.kind.name if sp else '-'

def feats(t):
    toks = t.tokens; keys = [x.key for x in toks]; n = len(toks)
    has_bloc = any(k in BLOCW for k in keys)
    gom = [0] * n; seen = 0
    for i, k in enumerate(keys):
        gom[i] = seen
        if k in ('gồm', ':'): seen = 1
    kinds = ['-'] * n
    for sp in t.spans:
        for m in range(sp.i, sp.j): kinds[m] = sp.kind.name + ('B' if m == sp.i else 'I')
    out = []
    for i in range(n):
        tok = toks[i]
        f = {
            'k': keys[i], 'cap': tok.is_capitalised, 'up': tok.text.isupper() and len(tok.text) > 1,
            'dig': tok.text.isdigit(), 'word': tok.is_word, 'head': org_head_at(keys, i),
            'kind': kinds[i], 'bloc': has_bloc, 'gom': gom[i],
        }
        for d in (-2, -1, 1, 2):
            m = i + d
            if 0 <= m < n:
                f[f'k{d}'] = keys[m]; f[f'cap{d}'] = toks[m].is_capitalised; f[f'head{d}'] = org_head_at(keys, m); f[f'kind{d}'] = kinds[m]
            else:
                f[f'k{d}'] = '<s>'
        f['k-1k'] = keys[i-1] + '|' + keys[i] if i else '<s>|' + keys[i]
        out.append({a: (str(b) if not isinstance(b, bool) else b) for a, b in f.items()})
    return out

import zlib
def fold_of(stem): return zlib.crc32(stem.encode()) % 2

def data(split, prefixes=None, fold=None):
    X, Y, meta = [], [], []
    for r in load_corpus(ROOT / 'eval' / 'corpus', [split]):
        if prefixes and not any(r.stem.startswith(p) for p in prefixes): continue
        if fold is not None and fold_of(r.stem) != fold: continue
        if any(b['members'] is None for b in r.gold['blocs']): continue  # not assessed
        full, unit = gold_keys(r.gold)
        for t in sentences(r.text):
            lab = align(t, full, unit)
            if not t.tokens: continue
            X.append(feats(t)); Y.append(lab); meta.append(r.stem)
    return X, Y, meta

if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'train':
        fold = int(sys.argv[2]) if len(sys.argv) > 2 else None
        X, Y, _ = data('dev', fold=fold)
        print('sentences', len(X), 'B labels', sum(y.count('B') for y in Y))
        tr = pycrfsuite.Trainer(verbose=False)
        for x, y in zip(X, Y): tr.append(x, y)
        tr.set_params({'c1': 0.1, 'c2': 0.01, 'max_iterations': 150, 'feature.possible_transitions': True})
        tr.train('/tmp/ncg-crf-members.crfsuite' if fold is None else f'/tmp/ncg-crf-members-{fold}.crfsuite')
        print('trained')

def spans_of(lab):
    out = []; i = 0
    while i < len(lab):
        if lab[i] == 'B':
            j = i + 1
            while j < len(lab) and lab[j] == 'I': j += 1
            out.append((i, j)); i = j
        else: i += 1
    return out

def evaluate(split, prefixes=None, model='/tmp/ncg-crf-members.crfsuite', fold=None):
    tagger = pycrfsuite.Tagger(); tagger.open(model)
    tot = {'rules': [0, 0, 0], 'union': [0, 0, 0], 'crf': [0, 0, 0]}
    for r in load_corpus(ROOT / 'eval' / 'corpus', [split]):
        if prefixes and not any(r.stem.startswith(p) for p in prefixes): continue
        if fold is not None and fold_of(r.stem) != fold: continue
        if any(b['members'] is None for b in r.gold['blocs']): continue
        facts = _Facts(G)
        gold = facts.gold(r.gold)['members'] or set()
        ex = extract_report(r.text, G, report_slug=slugify(r.stem), url=r.gold.get('url'), received=dt.date(2026, 12, 5))
        rules = facts.found(ex.summary)['members']
        home = ex.findings.home_province if hasattr(ex, 'findings') else None
        if home is None:
            home = find(r.text, G, url=r.gold.get('url')).home_province
        province = None
        if home:
            province = ('thành phố ' if keys_of(home) in CITIES else 'tỉnh ') + home
        crf = set()
        if r.gold['blocs']:
            for t in sentences(r.text):
                if not t.tokens: continue
                lab = tagger.tag(feats(t))
                for i, j in spans_of(lab):
                    if not t.tokens[i].is_capitalised: continue
                    conf = min([tagger.marginal('B', i)] + [tagger.marginal('I', m) for m in range(i + 1, j)])
                    if conf < TAU: continue
                    org = localise(Org(t.surface(i, j)), province, provincial=True)
                    crf.add(('member', facts.agency(org.label)))
        for name, found in (('rules', rules), ('union', rules | crf), ('crf', crf)):
            s = tot[name]; s[0] += len(found & gold); s[1] += len(found - gold); s[2] += len(gold - found)
    for name, (tp, fp, fn) in tot.items():
        print(f"{split} {name:6} P {tp/(tp+fp) if tp+fp else 0:.2f} R {tp/(tp+fn) if tp+fn else 0:.2f}  {tp}/{fp}/{fn}")

if __name__ == '__main__' and sys.argv[1] == 'eval':
    evaluate(sys.argv[2], sys.argv[3:] or None)
if __name__ == '__main__' and sys.argv[1] == 'cv':
    fold = int(sys.argv[2])  # model trained on fold `fold`, evaluated on the other
    evaluate('dev', None, f'/tmp/ncg-crf-members-{fold}.crfsuite', fold=1 - fold)

if __name__ == '__main__' and sys.argv[1] == 'show':
    tagger = pycrfsuite.Tagger(); tagger.open('/tmp/ncg-crf-members.crfsuite')
    for r in load_corpus(ROOT / 'eval' / 'corpus', ['dev']):
        if not r.stem.startswith(sys.argv[2]): continue
        full, unit = gold_keys(r.gold)
        for t in sentences(r.text):
            if not t.tokens: continue
            lab = tagger.tag(feats(t)); al = align(t, full, unit)
            P = [t.surface(i, j) for i, j in spans_of(lab)]; A = [t.surface(i, j) for i, j in spans_of(al)]
            if P or A: print('PRED', P, '\n ALIGN', A)
