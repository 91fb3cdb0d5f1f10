#!/usr/bin/env python3
"""Validate corpus/gold.jsonl against the corpus documents (stdlib only).

usage: python3 corpus/check_gold.py [GOLD.jsonl]

For every gold line the document is looked up (corpus/text/ID.txt, corpus/html/ID.html, or the record with that
id in corpus/jsonl/*.jsonl) and its body is read the way newsevents reads it:
  - .txt: everything after the header block (`Key: value` lines ended by a blank line) or the YAML front matter;
  - .html: the main content (<article>, else div.article-body, else div#story, else <body>), tags stripped
    crudely (block tags and <br> become line breaks), entities unescaped;
  - JSONL: the record's "text", or its "html" stripped as above.
Checked: the gold line's fields; every type and status is in ANNOTATION.md; every date is YYYY-MM-DD, YYYY-MM,
YYYY-Www, YYYY-Qn, YYYY or null; durations are ISO 8601; every evidence phrase has 3-10 words and occurs
(whitespace-normalised, case-folded) inside ONE line of the raw body; occurred/negated events are not dated after
the dct; the dct agrees with the document's own metadata (or its dateline); every gold doc exists and every
corpus document has exactly one gold line; and the corpus-wide coverage targets (each type at least 3 times as a
non-optional event; planned, proposed and negated at least 4 times each; exactly 3 documents without events).
Prints per-type and per-status counts. Exit status 1 on any problem.
"""
import glob
import html
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = ["grant", "denial", "request", "extension", "revocation", "blacklisting", "delisting", "letter",
         "restriction", "relief", "rule", "penalty", "investigation", "agreement"]
STATUSES = ["occurred", "planned", "proposed", "negated"]
DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}-W\d{2}|\d{4}-Q[1-4]|\d{4})$")
DUR_RE = re.compile(r"^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$")
EVENT_KEYS = {"type", "status", "date", "agent", "target", "recipient", "object", "duration", "evidence",
              "optional", "note"}
HEADER_KEYS = {"title", "published", "date", "source", "url", "author", "id"}
PRONOUNS = {"it", "he", "she", "they", "them", "him", "her", "its", "we", "us"}
MONTHS = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                          "nov", "dec"])}

problems = []


def problem(msg):
    problems.append(msg)


def fold(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s.casefold()).strip()


# ---------------------------------------------------------------- plain text

def split_text(raw):
    """Return (metadata dict, body) of a plain-text article."""
    lines = raw.split("\n")
    meta = {}
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for l in lines[1:i]:
                    m = re.match(r"^(\w+):\s*(.*)$", l)
                    if m:
                        meta[m.group(1).lower()] = m.group(2).strip().strip('"')
                return meta, "\n".join(lines[i + 1:])
        return meta, raw
    m = re.match(r"^(\w+):\s", lines[0]) if lines else None
    if m and m.group(1).lower() in HEADER_KEYS:
        for i, l in enumerate(lines):
            if not l.strip():
                return meta, "\n".join(lines[i + 1:])
            mm = re.match(r"^(\w+):\s*(.*)$", l)
            if mm:
                meta[mm.group(1).lower()] = mm.group(2).strip()
        return meta, ""
    return meta, raw


# ---------------------------------------------------------------- HTML

def element_region(doc, tag, attr_re=None):
    """Inner HTML of the first <tag> (whose start tag matches attr_re), balanced on nested <tag>s."""
    start_re = re.compile(r"<%s\b[^>]*>" % tag, re.I)
    for m in start_re.finditer(doc):
        if attr_re and not re.search(attr_re, m.group(0), re.I):
            continue
        depth, pos = 1, m.end()
        tok = re.compile(r"<(/?)%s\b[^>]*>" % tag, re.I)
        for t in tok.finditer(doc, pos):
            depth += -1 if t.group(1) else 1
            if depth == 0:
                return doc[m.end():t.start()]
        return doc[m.end():]
    return None


def html_meta(doc):
    meta = {}
    for pat in (r'<meta[^>]+property="article:published_time"[^>]+content="([^"]+)"',
                r'"datePublished"\s*:\s*"([^"]+)"',
                r'<time[^>]+datetime="([^"]+)"'):
        m = re.search(pat, doc, re.I)
        if m:
            meta["published"] = m.group(1)
            break
    return meta


def strip_html(doc):
    region = (element_region(doc, "article") or element_region(doc, "div", r'class="[^"]*article-body')
              or element_region(doc, "div", r'id="story"') or element_region(doc, "body") or doc)
    s = re.sub(r"<(script|style)\b.*?</\1>", " ", region, flags=re.I | re.S)
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"[\r\n]+", " ", s)
    s = re.sub(r"<br\s*/?>", "\n", s, flags=re.I)
    s = re.sub(r"</?(p|div|h[1-6]|li|ul|ol|blockquote|header|footer|section|table|tr|td)\b[^>]*>", "\n", s,
               flags=re.I)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


# ---------------------------------------------------------------- corpus

def load_corpus():
    docs = {}
    for p in sorted(glob.glob(os.path.join(HERE, "text", "*"))):
        if os.path.isfile(p):
            meta, body = split_text(open(p, encoding="utf-8").read())
            docs[os.path.splitext(os.path.basename(p))[0]] = (p, meta, body)
    for p in sorted(glob.glob(os.path.join(HERE, "html", "*.htm*"))):
        raw = open(p, encoding="utf-8").read()
        docs[os.path.splitext(os.path.basename(p))[0]] = (p, html_meta(raw), strip_html(raw))
    for p in sorted(glob.glob(os.path.join(HERE, "jsonl", "*.jsonl"))):
        for n, line in enumerate(open(p, encoding="utf-8"), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                problem("%s:%d: bad JSON: %s" % (p, n, e))
                continue
            missing = {"id", "title", "published", "source", "url"} - set(rec)
            if missing or ("text" in rec) == ("html" in rec):
                problem("%s:%d: record needs id, title, published, source, url and one of text/html" % (p, n))
            body = rec.get("text") if "text" in rec else strip_html(rec.get("html", ""))
            if rec.get("id") in docs:
                problem("%s:%d: duplicate document id %s" % (p, n, rec.get("id")))
            docs[rec.get("id")] = ("%s#%s" % (p, rec.get("id")), {"published": rec.get("published", "")}, body)
    return docs


def dateline_date(body):
    m = re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? (\d{1,2}), (\d{4})\b", body[:400])
    if m:
        return "%s-%02d-%02d" % (m.group(3), MONTHS[m.group(1).lower()], int(m.group(2)))
    return None


def date_start(v):
    """First day of a date value, as YYYY-MM-DD text (comparable as a string)."""
    import datetime
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        return v
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return v + "-01"
    if re.fullmatch(r"\d{4}-W\d{2}", v):
        return datetime.date.fromisocalendar(int(v[:4]), int(v[6:]), 1).isoformat()
    if re.fullmatch(r"\d{4}-Q\d", v):
        return "%s-%02d-01" % (v[:4], 3 * int(v[6]) - 2)
    return v + "-01-01"


def check_event(doc, i, ev, lines_folded):
    where = "%s event %d" % (doc, i + 1)
    if set(ev) != EVENT_KEYS:
        problem("%s: keys %s (missing %s, unexpected %s)" % (where, sorted(ev), sorted(EVENT_KEYS - set(ev)),
                                                             sorted(set(ev) - EVENT_KEYS)))
    if ev.get("type") not in TYPES:
        problem("%s: bad type %r" % (where, ev.get("type")))
    if ev.get("status") not in STATUSES:
        problem("%s: bad status %r" % (where, ev.get("status")))
    d = ev.get("date")
    if d is not None and not (isinstance(d, str) and DATE_RE.match(d)):
        problem("%s: bad date %r" % (where, d))
    du = ev.get("duration")
    if du is not None and not (isinstance(du, str) and DUR_RE.match(du)):
        problem("%s: bad duration %r" % (where, du))
    for role in ("agent", "target", "recipient"):
        v = ev.get(role)
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            problem("%s: %s must be a list of names" % (where, role))
            continue
        for x in v:
            if x.strip().lower() in PRONOUNS or len(x.strip()) < 2:
                problem("%s: %s name %r is a pronoun or too short (it would match anything)" % (where, role, x))
    if not isinstance(ev.get("optional"), bool):
        problem("%s: optional must be true or false" % where)
    if not isinstance(ev.get("object"), str) or not isinstance(ev.get("note"), str):
        problem("%s: object and note must be strings" % where)
    evid = ev.get("evidence")
    if not isinstance(evid, list) or not evid:
        problem("%s: evidence must be a non-empty list" % where)
        return
    for e in evid:
        if not isinstance(e, str):
            problem("%s: evidence %r is not a string" % (where, e))
            continue
        n = len(e.split())
        if not 3 <= n <= 10:
            problem("%s: evidence %r has %d words (3-10)" % (where, e, n))
        if "\n" in e:
            problem("%s: evidence %r contains a line break" % (where, e))
        fe = fold(e)
        if not any(fe in l for l in lines_folded):
            problem("%s: evidence not found in one line of the body: %r" % (where, e))


def main(argv):
    gold_path = argv[1] if len(argv) > 1 else os.path.join(HERE, "gold.jsonl")
    docs = load_corpus()
    seen = set()
    by_type = defaultdict(Counter)
    by_status = defaultdict(Counter)
    n_events = Counter()
    empty_docs = []
    for n, line in enumerate(open(gold_path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
        except json.JSONDecodeError as e:
            problem("gold line %d: bad JSON: %s" % (n, e))
            continue
        doc = g.get("doc")
        if set(g) != {"doc", "dct", "source", "events"}:
            problem("gold line %d (%s): keys must be doc, dct, source, events" % (n, doc))
        if g.get("source") != "newsevents-corpus":
            problem("gold line %d (%s): source must be newsevents-corpus" % (n, doc))
        if doc in seen:
            problem("gold line %d: second line for %s" % (n, doc))
        seen.add(doc)
        if doc not in docs:
            problem("gold line %d: no document %r in the corpus" % (n, doc))
            continue
        path, meta, body = docs[doc]
        dct = g.get("dct")
        if not (isinstance(dct, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", dct)):
            problem("%s: bad dct %r" % (doc, dct))
        else:
            own = (meta.get("published") or meta.get("date") or "")[:10] or dateline_date(body)
            if own is None:
                problem("%s: the document carries no date to check the dct against" % doc)
            elif own != dct:
                problem("%s: dct %s but the document says %s" % (doc, dct, own))
        lines_folded = [fold(l) for l in body.split("\n") if l.strip()]
        events = g.get("events")
        if not isinstance(events, list):
            problem("%s: events must be a list" % doc)
            continue
        if not events:
            empty_docs.append(doc)
        for i, ev in enumerate(events):
            check_event(doc, i, ev, lines_folded)
            key = "optional" if ev.get("optional") else "required"
            by_type[ev.get("type")][key] += 1
            by_status[ev.get("status")][key] += 1
            n_events[key] += 1
            d, st = ev.get("date"), ev.get("status")
            if (isinstance(d, str) and DATE_RE.match(d) and isinstance(dct, str) and st in ("occurred", "negated")
                    and date_start(d) > dct):
                problem("%s event %d: %s event dated %s, after the dct %s" % (doc, i + 1, st, d, dct))
    for doc in sorted(set(docs) - seen):
        problem("document %s (%s) has no gold line" % (doc, docs[doc][0]))

    # coverage targets of the corpus
    for t in TYPES:
        if by_type[t]["required"] < 3:
            problem("coverage: type %s has %d non-optional events (want >= 3)" % (t, by_type[t]["required"]))
    for s in ("planned", "proposed", "negated"):
        if by_status[s]["required"] < 4:
            problem("coverage: status %s has %d non-optional events (want >= 4)" % (s, by_status[s]["required"]))
    if len(empty_docs) != 3:
        problem("coverage: %d documents without events (want exactly 3): %s" % (len(empty_docs), empty_docs))

    print("documents: %d (gold lines: %d; without events: %s)" % (len(docs), len(seen), ", ".join(empty_docs)))
    print("events: %d non-optional, %d optional" % (n_events["required"], n_events["optional"]))
    print("%-14s %9s %9s" % ("type", "required", "optional"))
    for t in TYPES:
        print("%-14s %9d %9d" % (t, by_type[t]["required"], by_type[t]["optional"]))
    print("%-14s %9s %9s" % ("status", "required", "optional"))
    for s in STATUSES:
        print("%-14s %9d %9d" % (s, by_status[s]["required"], by_status[s]["optional"]))
    for p in problems:
        print("PROBLEM: " + p)
    print("%s: %d problem(s)" % ("FAIL" if problems else "OK", len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
