#!/usr/bin/env python3
"""Generates a synthetic rule pack with many realistic terms.

    bench/gen_pack.py --out DIR [--terms N | --times 10] [--rules-dir rules] [--seed 1]

The pack ("bench-synthetic") holds concepts of ten terms each, half English,
half Russian: legal adjective + noun phrases ("municipal register",
"муниципальн* реестр*"), three-word phrases, single words and prefixes, some
with a gap, built from bench/vocab.py so that part of them occur in the
generated corpus, plus place-like words that do not. With --times K the term
count is K times the number of <term>s in the shipped packs under
--rules-dir. A few require rules use the concepts, so that evaluation sees
them too. Deterministic for a seed.
"""

import argparse
import glob
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vocab as V  # noqa: E402



def en_plural(noun):
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def en_noun(r):
    noun = r.choice(V.EN_NOUN)
    return en_plural(noun) if r.random() < 0.3 else noun


def shipped_terms(rules_dir):
    count = 0
    for path in glob.glob(os.path.join(rules_dir, "**", "*.xml"), recursive=True):
        if "/instruments/" in path:
            continue
        with open(path, encoding="utf-8") as f:
            count += len(re.findall(r"<(?:\w+:)?term[\s>]", f.read()))
    return count


class TermMaker:
    def __init__(self, rng):
        self.r = rng
        self.seen = set()

    def pseudo(self, syl, n):
        return "".join(self.r.choice(syl) for _ in range(n))

    def en(self):
        r = self.r
        k = r.random()
        if k < 0.15:
            text = r.choice([en_noun(r),
                             r.choice(V.EN_ADJ)[:-2] + "*", self.pseudo(V.EN_SYL, 3),
                             self.pseudo(V.EN_SYL, 2) + "*"])
        elif k < 0.65:
            text = "{} {}".format(r.choice(V.EN_ADJ), en_noun(r))
        elif k < 0.9:
            text = "{} {} {}".format(r.choice(V.EN_ADJ), r.choice(V.EN_ADJ), r.choice(V.EN_NOUN))
        else:
            text = "{} of the {}".format(r.choice(V.EN_NOUN), r.choice(V.EN_NOUN))
        return text

    def ru(self):
        r = self.r
        k = r.random()
        if k < 0.15:
            text = r.choice([r.choice(V.RU_NOUN) + "*", self.pseudo(V.RU_SYL, 3) + "*",
                             r.choice(V.RU_ADJ) + "*"])
        elif k < 0.7:
            text = "{}* {}*".format(r.choice(V.RU_ADJ), r.choice(V.RU_NOUN))
        else:
            text = "{}* {}* {}*".format(r.choice(V.RU_ADJ), r.choice(V.RU_ADJ),
                                        r.choice(V.RU_NOUN))
        return text

    def term(self, lang):
        for _ in range(1000):
            text = self.en() if lang == "en" else self.ru()
            if text not in self.seen:
                self.seen.add(text)
                return text
        # Combinations exhausted: a unique place-like word.
        syl = V.EN_SYL if lang == "en" else V.RU_SYL
        while True:
            text = self.pseudo(syl, 4) + str(len(self.seen))
            if text not in self.seen:
                self.seen.add(text)
                return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--terms", type=int, default=0)
    ap.add_argument("--times", type=float, default=10)
    ap.add_argument("--rules-dir", default=os.path.join(os.path.dirname(__file__), "..", "rules"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--rules", type=int, default=20, help="require rules using the concepts")
    args = ap.parse_args()

    n = args.terms or int(shipped_terms(args.rules_dir) * args.times)
    rng = random.Random(args.seed)
    maker = TermMaker(rng)
    os.makedirs(args.out, exist_ok=True)
    concepts = []
    lines = []
    for c in range((n + 9) // 10):
        cid = "synthetic-{}".format(c)
        concepts.append(cid)
        lines.append('  <concept id="{}">\n'.format(cid))
        for k in range(min(10, n - 10 * c)):
            lang = "en" if k % 2 == 0 else "ru"
            gap = ' gap="{}"'.format(rng.randint(1, 3)) if rng.random() < 0.05 else ""
            lines.append('    <term lang="{}"{}>{}</term>\n'.format(lang, gap, maker.term(lang)))
        lines.append("  </concept>\n")
    rules = []
    for k in range(args.rules):
        refs = "".join('<concept ref="{}"/>'.format(rng.choice(concepts)) for _ in range(5))
        rules.append(
            '  <rule id="BENCH-{k}" severity="info" level="SL">\n'
            '    <title>Synthetic rule {k}</title>\n'
            '    <source instrument="bench" article="{k}"/>\n'
            '    <require scope="provision"><any>{refs}</any></require>\n'
            '    <recommendation>None; a benchmark rule.</recommendation>\n'
            '  </rule>\n'.format(k=k + 1, refs=refs))
    with open(os.path.join(args.out, "pack.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<pack xmlns="urn:concord:rules:1" id="bench-synthetic" version="1" '
                'title="Synthetic benchmark vocabulary">\n'
                '  <instrument id="bench" title="Benchmark instrument" adopted="2000-01-01"/>\n')
        f.writelines(lines)
        f.writelines(rules)
        f.write("</pack>\n")
    print("{} terms in {} concepts, {} rules".format(n, len(concepts), args.rules),
          file=sys.stderr)


if __name__ == "__main__":
    main()
