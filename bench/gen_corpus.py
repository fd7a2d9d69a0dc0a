#!/usr/bin/env python3
"""Generates a deterministic English + Russian Akoma Ntoso 3.0 corpus.

    bench/gen_corpus.py --out DIR --size 100M --files 200 [--seed 1] [--lang mixed]
    bench/gen_corpus.py --out big.xml --size 200M --files 1

Each file is one act (a criminal, family, labour ... code) with parts,
chapters, articles, numbered paragraphs and lettered points; inline <ref>s,
<def>s, authorial notes and Russian "Примечание" notes; penalties, time limits
and ages in words and digits; and, in about --density of the paragraphs, a
sentence with the human-rights vocabulary the shipped packs match (torture,
detention, marriage age, forced labour, trafficking, discrimination ...).
Even-numbered files are English, odd-numbered Russian (--lang en|ru|mixed).
The same arguments always give the same bytes.
"""

import argparse
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import vocab as V  # noqa: E402

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
POINT_LABELS = "abcdefghijklmnop"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def parse_size(text):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([KMG]?)B?", text.strip().upper())
    if not m:
        raise argparse.ArgumentTypeError("size like 500K, 100M or 1G: " + text)
    scale = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}[m.group(2)]
    return int(float(m.group(1)) * scale)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def ru_plural(n):
    """0: one (1, 21), 1: few (2-4, 22-24), 2: many."""
    if 11 <= n % 100 <= 14:
        return 2
    if n % 10 == 1:
        return 0
    if 2 <= n % 10 <= 4:
        return 1
    return 2


class Filler:
    """Fills sentence templates for one language from one random stream."""

    def __init__(self, rng, lang, frbr):
        self.r = rng
        self.lang = lang
        self.frbr = frbr
        self.article_count = 1

    # -- numbers -----------------------------------------------------------
    def en_num(self, n, words=0.5):
        if n in V.EN_NUM and self.r.random() < words:
            return V.EN_NUM[n]
        return str(n)

    def ru_nom(self, n, unit=None, words=0.6):
        num = V.RU_NOM[n] if n in V.RU_NOM and self.r.random() < words else str(n)
        if unit is None:
            return num
        return num + " " + V.RU_UNIT[unit][0][ru_plural(n)]

    def ru_gen(self, n, unit=None, words=0.6):
        num = V.RU_GEN[n] if n in V.RU_GEN and self.r.random() < words else str(n)
        if unit is None:
            return num
        sg, pl = V.RU_UNIT[unit][1]
        return num + " " + (sg if ru_plural(n) == 0 else pl)

    def ru_age_adj(self, n):
        return V.RU_AGE_ADJ[n] if self.r.random() < 0.6 else "{}-летнего".format(n)

    # -- words --------------------------------------------------------------
    def rare_word(self):
        syl = V.EN_SYL if self.lang == "en" else V.RU_SYL
        w = "".join(self.r.choice(syl) for _ in range(self.r.randint(2, 3)))
        return w.capitalize()

    def place(self):
        w = self.rare_word()
        return w if self.lang == "en" else w + "ске"

    def ref(self):
        return str(self.r.randint(1, max(1, self.article_count)))

    def amount(self):
        v = self.r.choice([500, 1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000])
        if self.lang == "ru" and v >= 10000:
            return "{:,}".format(v).replace(",", " ")
        return "{:,}".format(v) if self.r.random() < 0.5 else str(v)

    # -- sentences ---------------------------------------------------------
    def en_slots(self):
        r = self.r
        lo = r.choice([1, 2, 3, 5])
        return {
            "auth": r.choice(V.EN_AUTH), "auth2": r.choice(V.EN_AUTH),
            "verb": r.choice(V.EN_VERB), "obj": r.choice(V.EN_OBJ),
            "gerund": r.choice(V.EN_GERUND), "ordinal": r.choice(V.EN_ORDINAL),
            "n": self.en_num(r.choice([3, 5, 7, 10, 14, 15, 30])),
            "small": str(r.randint(1, 5)), "place": self.place(), "ref": self.ref(),
            "amount": self.amount(), "year": str(r.randint(1991, 2024)),
            "age": self.en_num(r.choice([14, 15, 16, 17, 18])),
            "age_n": self.en_num(r.choice([14, 15, 16, 18]), words=0.3),
            "h": self.en_num(r.choice([24, 48, 72])), "lo": self.en_num(lo),
            "hi": self.en_num(r.choice([5, 7, 8, 10, 12, 15, 20])),
            "m": self.en_num(r.choice([2, 6, 12, 18])),
        }

    def ru_slots(self):
        r = self.r
        return {
            "auth": r.choice(V.RU_AUTH), "auth_gen": r.choice(V.RU_AUTH_GEN),
            "auth_gen2": r.choice(V.RU_AUTH_GEN), "verb": r.choice(V.RU_VERB),
            "obj": r.choice(V.RU_OBJ), "place": self.place(), "ref": self.ref(),
            "small": str(r.randint(1, 5)), "amount": self.amount(),
            "date": "1 января {} года".format(r.randint(1991, 2024)),
            "n_days": self.ru_gen(r.choice([3, 5, 7, 10, 14, 15, 30]), "day"),
            "n_days_acc": self.ru_nom(r.choice([3, 5, 7, 10, 14, 15, 30]), "day"),
            "n_months": self.ru_gen(r.choice([1, 2, 3, 6]), "month"),
            "n_years": self.ru_gen(r.choice([1, 3, 5, 10, 75]), "year"),
            "age_nom": self.ru_nom(r.choice([16, 17, 18])),
            "age_gen": self.ru_gen(r.choice([14, 15, 16, 18])),
            "age_adj": self.ru_age_adj(r.choice([14, 15, 16, 18])),
            "lo_gen": self.ru_gen(r.choice([2, 3, 5])),
            "hi_gen": self.ru_gen(r.choice([6, 7, 8, 10, 12, 15, 20])),
            "h_gen": self.ru_gen(r.choice([24, 48, 72])),
            "m_gen": self.ru_gen(r.choice([2, 6, 12, 18])),
        }

    def fill(self, template):
        slots = self.en_slots() if self.lang == "en" else self.ru_slots()
        circ_list = V.EN_CIRC if self.lang == "en" else V.RU_CIRC
        if "{circ}" in template:
            slots["circ"] = self.r.choice(circ_list).format(**slots)
        for key in ("auth", "obj"):
            slots[key.capitalize()] = slots[key][0].upper() + slots[key][1:]
        return template.format(**slots)

    def sentence(self, rights):
        if self.lang == "en":
            pool = V.EN_RIGHTS if rights else V.EN_FILLER
        else:
            pool = V.RU_RIGHTS if rights else V.RU_FILLER
        return self.fill(self.r.choice(pool))

    def paragraph_text(self, density, max_sentences=3):
        n = self.r.randint(1, max_sentences)
        rights_at = self.r.randrange(n) if self.r.random() < density else -1
        return " ".join(self.sentence(i == rights_at) for i in range(n))

    def markup(self, text):
        """Escapes text and turns article references into <ref>s."""
        text = esc(text)
        pattern = r"\b(article|Article|статьей|Статья) (\d+)"

        def ref(m):
            return '<ref href="{}/!main~art_{}">{} {}</ref>'.format(
                self.frbr, m.group(2), m.group(1), m.group(2))
        return re.sub(pattern, ref, text)


class ActWriter:
    """Writes one act, article by article, until its byte budget is spent."""

    def __init__(self, rng, lang, index, budget, density, seed):
        self.r = rng
        self.lang = lang
        self.budget = budget
        self.density = density
        codes = V.EN_CODES if lang == "en" else V.RU_CODES
        self.subject, self.title = codes[index % len(codes)]
        country = "xx"
        self.frbr = "/akn/{}/act/{}-01-01/bench-{}-{}".format(country, 1990 + index % 30, seed,
                                                             index)
        self.f = Filler(rng, lang, self.frbr)
        self.out = []
        self.size = 0

    def emit(self, s):
        b = s.encode("utf-8")
        self.out.append(b)
        self.size += len(b)

    def meta(self):
        lang3 = "eng" if self.lang == "en" else "rus"
        keyword = ""
        if self.r.random() < 0.5:
            keyword = ('      <classification source="#bench">\n'
                       '        <keyword value="{0}" showAs="{0}" dictionary="#bench"/>\n'
                       '      </classification>\n').format(self.subject)
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<akomaNtoso xmlns="{ns}">\n'
            '  <act name="code">\n'
            '    <meta>\n'
            '      <identification source="#bench">\n'
            '        <FRBRWork>\n'
            '          <FRBRthis value="{w}/!main"/>\n'
            '          <FRBRuri value="{w}"/>\n'
            '          <FRBRdate date="{d}" name="enactment"/>\n'
            '          <FRBRauthor href="#parliament"/>\n'
            '          <FRBRcountry value="xx"/>\n'
            '        </FRBRWork>\n'
            '        <FRBRExpression>\n'
            '          <FRBRthis value="{w}/{l}@/!main"/>\n'
            '          <FRBRuri value="{w}/{l}@"/>\n'
            '          <FRBRdate date="{d}" name="publication"/>\n'
            '          <FRBRauthor href="#parliament"/>\n'
            '          <FRBRlanguage language="{l}"/>\n'
            '        </FRBRExpression>\n'
            '        <FRBRManifestation>\n'
            '          <FRBRthis value="{w}/{l}@/!main.xml"/>\n'
            '          <FRBRuri value="{w}/{l}@.akn"/>\n'
            '          <FRBRdate date="{d}" name="generation"/>\n'
            '          <FRBRauthor href="#bench"/>\n'
            '        </FRBRManifestation>\n'
            '      </identification>\n'
            '{k}'
            '      <references source="#bench">\n'
            '        <TLCOrganization eId="bench" href="/ontology/organization/bench" '
            'showAs="Concord bench"/>\n'
            '      </references>\n'
            '    </meta>\n'
            '    <preface>\n'
            '      <longTitle><p><docTitle>{t}</docTitle></p></longTitle>\n'
            '    </preface>\n'
            '    <body>\n').format(ns=AKN_NS, w=self.frbr, d=self.frbr.split("/")[4], l=lang3,
                                   k=keyword, t=esc(self.title))

    def heading(self):
        return self.r.choice(V.EN_HEADINGS if self.lang == "en" else V.RU_HEADINGS)

    def p(self, text):
        return "<p>" + self.f.markup(text) + "</p>"

    def point_list(self, eid, ind):
        lines = []
        for k in range(self.r.randint(2, 6)):
            text = self.f.paragraph_text(self.density / 2, 1).rstrip(".") + ";"
            if not text[1:2].isupper():  # keep "Article", acronyms
                text = text[0].lower() + text[1:]
            lines.append('{i}<point eId="{e}__point_{l}">\n{i}  <num>({l})</num>\n'
                         '{i}  <content>{p}</content>\n{i}</point>\n'.format(
                             i=ind, e=eid, l=POINT_LABELS[k], p=self.p(text)))
        return "".join(lines)

    def definitions(self, eid, ind):
        defs = V.EN_DEFS if self.lang == "en" else V.RU_DEFS
        chosen = self.r.sample(defs, self.r.randint(2, len(defs)))
        intro = ("For the purposes of this Code the following terms are used:"
                 if self.lang == "en" else "Для целей настоящего Кодекса используются следующие "
                                           "основные понятия:")
        out = ['{i}<paragraph eId="{e}__para_1">\n{i}  <num>1.</num>\n'
               '{i}  <intro><p>{t}</p></intro>\n'.format(i=ind, e=eid, t=esc(intro))]
        for k, (term, meaning) in enumerate(chosen):
            meaning = self.f.fill(meaning)
            slug = re.sub(r"\W+", "-", term)
            out.append('{i}  <point eId="{e}__para_1__point_{l}">\n'
                       '{i}    <num>({l})</num>\n'
                       '{i}    <content><p>"<def refersTo="#{s}">{d}</def>" {m} {x};</p></content>\n'
                       '{i}  </point>\n'.format(i=ind, e=eid, l=POINT_LABELS[k], s=slug,
                                                d=esc(term),
                                                m="means" if self.lang == "en" else "—",
                                                x=self.f.markup(meaning)))
        out.append("{}</paragraph>\n".format(ind))
        return "".join(out)

    def article(self, n, ind):
        eid = "art_{}".format(n)
        num = "Article {}".format(n) if self.lang == "en" else "Статья {}".format(n)
        parts = ['{i}<article eId="{e}">\n{i}  <num>{n}</num>\n'
                 '{i}  <heading>{h}</heading>\n'.format(i=ind, e=eid, n=num,
                                                       h=esc(self.heading()))]
        inner = ind + "  "
        if self.r.random() < 0.03:
            parts.append(self.definitions(eid, inner))
        else:
            for k in range(1, self.r.randint(1, 5) + 1):
                peid = "{}__para_{}".format(eid, k)
                text = self.f.paragraph_text(self.density)
                if self.r.random() < 0.04 and self.lang == "en":
                    note = self.f.fill(self.r.choice(V.EN_NOTES))
                    text_xml = self.p(text)[:-4] + (
                        '<authorialNote marker="{m}" placement="bottom" eId="{e}__authorialNote_1">'
                        '<p>{t}</p></authorialNote></p>').format(m=n, e=peid, t=self.f.markup(note))
                else:
                    text_xml = self.p(text)
                if self.r.random() < 0.2:
                    intro = self.f.sentence(False).rstrip(".") + ":"
                    parts.append('{i}<paragraph eId="{e}">\n{i}  <num>{k}.</num>\n'
                                 '{i}  <intro>{p}</intro>\n{pts}{i}</paragraph>\n'.format(
                                     i=inner, e=peid, k=k, p=self.p(intro),
                                     pts=self.point_list(peid, inner + "  ")))
                else:
                    parts.append('{i}<paragraph eId="{e}">\n{i}  <num>{k}.</num>\n'
                                 '{i}  <content>{p}</content>\n{i}</paragraph>\n'.format(
                                     i=inner, e=peid, k=k, p=text_xml))
        if self.lang == "ru" and self.r.random() < 0.05:
            parts.append('{i}<hcontainer name="note" eId="{e}__hcontainer_1">\n'
                         '{i}  <content>{p}</content>\n{i}</hcontainer>\n'.format(
                             i=inner, e=eid, p=self.p(self.f.fill(self.r.choice(V.RU_NOTES)))))
        parts.append("{}</article>\n".format(ind))
        return "".join(parts)

    def write(self, path):
        self.emit(self.meta())
        article = 0
        part = 0
        tail = "    </body>\n  </act>\n</akomaNtoso>\n"
        while True:
            part += 1
            pnum = ROMAN[(part - 1) % len(ROMAN)] if part <= len(ROMAN) else str(part)
            label = "Part" if self.lang == "en" else "Раздел"
            self.emit('      <part eId="part_{p}">\n        <num>{l} {n}</num>\n'
                      '        <heading>{h}</heading>\n'.format(p=part, l=label, n=pnum,
                                                                 h=esc(self.heading())))
            for chapter in range(1, self.r.randint(2, 5) + 1):
                label = "Chapter" if self.lang == "en" else "Глава"
                self.emit('        <chapter eId="part_{p}__chp_{c}">\n'
                          '          <num>{l} {c}</num>\n'
                          '          <heading>{h}</heading>\n'.format(p=part, c=chapter, l=label,
                                                                     h=esc(self.heading())))
                for _ in range(self.r.randint(3, 10)):
                    article += 1
                    self.f.article_count = article
                    self.emit(self.article(article, "          "))
                    if self.size >= self.budget:
                        break
                self.emit("        </chapter>\n")
                if self.size >= self.budget:
                    break
            self.emit("      </part>\n")
            if self.size + len(tail) >= self.budget:
                break
        self.emit(tail)
        with open(path, "wb") as f:
            f.write(b"".join(self.out))
        return self.size


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="output folder, or file when --files 1")
    ap.add_argument("--size", type=parse_size, default=parse_size("20M"),
                    help="total size (e.g. 500K, 100M, 1G)")
    ap.add_argument("--files", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lang", choices=["en", "ru", "mixed"], default="mixed")
    ap.add_argument("--density", type=float, default=0.2,
                    help="share of paragraphs with a human-rights sentence")
    args = ap.parse_args()

    single = args.files == 1 and args.out.endswith(".xml")
    if single:
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    else:
        os.makedirs(args.out, exist_ok=True)
    rng = random.Random(args.seed)
    base = args.size // max(1, args.files)
    total = 0
    width = len(str(args.files))
    for i in range(args.files):
        lang = args.lang if args.lang != "mixed" else ("en" if i % 2 == 0 else "ru")
        # Sizes vary from half to one and a half times the mean.
        budget = base if args.files == 1 else int(base * (0.5 + rng.random()))
        if i == args.files - 1 and args.files > 1:
            budget = max(4096, args.size - total)
        file_rng = random.Random(args.seed * 1000003 + i)
        writer = ActWriter(file_rng, lang, i, budget, args.density, args.seed)
        path = args.out if single else os.path.join(
            args.out, "act-{:0{w}d}-{}.xml".format(i, lang, w=width))
        total += writer.write(path)
    print("{} files, {} bytes".format(args.files, total), file=sys.stderr)


if __name__ == "__main__":
    main()
