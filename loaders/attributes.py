"""Attributes of a relation read from its sentence: status, date, amount, stake, role.

Pure functions over plain strings and character offsets, so each is testable alone.

>>> find_amounts("Acme paid $2 billion, or RMB 10.5 billion, for it.")
[(10, 20, 2000000000.0, 'USD'), (25, 41, 10500000000.0, 'CNY')]
>>> find_dates("In September 2019 and in 2016.", published=None)
[(3, 17, '2019-09'), (25, 29, '2016')]
"""

from __future__ import annotations

import re
from decimal import Decimal

from corpgraph.loaders.mentions import lexicon
from corpgraph.records import Status

_MONTHS = {name: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DATE_PATTERNS = (
    (re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?!\d)"), "iso"),
    (re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,\s*((?:19|20)\d\d)\b", re.I), "mdy"),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+((?:19|20)\d\d)\b", re.I), "dmy"),
    (re.compile(rf"\b{_MONTH},?\s+((?:19|20)\d\d)\b", re.I), "my"),
    (re.compile(r"\b(?:(?:early|mid|late|end of|the end of|first half of|second half of)[\s-]+)?((?:19|20)\d\d)\b(?!\s*(?:%|percent|billion|million|yuan|people|staff))", re.I), "y"),
    (re.compile(r"\b(last|this|next) year\b", re.I), "relyear"),
    (re.compile(rf"\b(?:in|on|since|by|from)\s+{_MONTH}(?!\s*\d)\b", re.I), "month"),
)
_SCALE = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6, "billion": 10**9, "bn": 10**9,
          "b": 10**9, "trillion": 10**12, "tn": 10**12, "crore": 10**7, "lakh": 10**5}
_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
                     "gbp": "GBP", "¥": "CNY", "rmb": "CNY", "cny": "CNY", "yuan": "CNY", "hk$": "HKD",
                     "hkd": "HKD", "s$": "SGD", "sgd": "SGD", "jpy": "JPY", "yen": "JPY", "won": "KRW",
                     "krw": "KRW", "inr": "INR", "rupees": "INR", "a$": "AUD", "aud": "AUD", "c$": "CAD", "cad": "CAD",
                     "nz$": "NZD", "nzd": "NZD",
                     "rs": "INR", "rs.": "INR", "₹": "INR", "dollars": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP", "lira": "TRY", "try": "TRY"}
_NUMBER = r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_SCALE_WORD = r"(thousand|million|billion|trillion|crore|lakh|mn|bn|tn|[mbk])\b"
_AMOUNT_BEFORE = re.compile(
    rf"(us\$|hk\$|nz\$|s\$|a\$|c\$|\$|€|£|¥|₹|\brs\.|\b(?:usd|eur|gbp|rmb|cny|hkd|sgd|jpy|krw|inr|aud|cad|nzd|rs)\b)\s?{_NUMBER}\s*(?:{_SCALE_WORD})?",
    re.I)
_AMOUNT_AFTER = re.compile(rf"{_NUMBER}\s*(?:{_SCALE_WORD})?\s*(yuan|dollars|euros|euro|pounds|yen|won|rupees|lira)\b", re.I)
_PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per cent\b|pc\b)", re.I)
_STAKE_WORDS = re.compile(r"\b(stake|share|shares|shareholding|holding|ownership|owned|interest|equity)\b", re.I)


def find_dates(text: str, *, published: str | None) -> list[tuple[int, int, str]]:
    """Dates in a text as (start, end, ISO value), most specific reading first at each place.

    Relative dates ('last year', 'in November') need the article's published date.

    >>> find_dates("Last year and in November.", published="2022-12-01")
    [(0, 9, '2021'), (14, 25, '2022-11')]
    """
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    year_now = int(published[:4]) if published and published[:4].isdigit() else None
    for pattern, kind in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = _date_value(m, kind, year_now, published)
            if value:
                found.append((m.start(), m.end(), value))
                taken.append((m.start(), m.end()))
    return sorted(found)


def _date_value(m: re.Match[str], kind: str, year_now: int | None, published: str | None) -> str | None:
    if kind == "iso":
        return m.group(0)
    if kind == "mdy":
        return f"{m.group(3)}-{_MONTHS[m.group(1).lower().rstrip('.')]:02d}-{int(m.group(2)):02d}"
    if kind == "dmy":
        return f"{m.group(3)}-{_MONTHS[m.group(2).lower().rstrip('.')]:02d}-{int(m.group(1)):02d}"
    if kind == "my":
        return f"{m.group(2)}-{_MONTHS[m.group(1).lower().rstrip('.')]:02d}"
    if kind == "y":
        return m.group(1)
    if kind == "relyear" and year_now:
        return str(year_now + {"last": -1, "this": 0, "next": 1}[m.group(1).lower()])
    if kind == "month" and year_now and published and len(published) >= 7:
        month = _MONTHS[m.group(1).lower().rstrip(".")]
        year = year_now if month <= int(published[5:7]) else year_now - 1
        return f"{year}-{month:02d}"
    return None


def _scaled(number: str, scale: str | None) -> float:
    """'16.4', 'billion' -> 16400000000.0, exactly (decimal, not binary, arithmetic)."""
    return float(Decimal(number.replace(",", "")) * _SCALE.get((scale or "").lower(), 1))


# 'at $46.50 a share': a price per share is no deal's amount
_PER_SHARE = re.compile(r"\s*(?:a|per|for each)\s+(?:share|unit|ADS|depositary share)\b", re.I)


def find_amounts(text: str) -> list[tuple[int, int, float, str]]:
    """Money amounts as (start, end, value, ISO currency); prices per share are left out.

    >>> [a[2:] for a in find_amounts("paid $46.50 a share, or $7.2bn in all")]
    [(7200000000.0, 'USD')]
    >>> [a[2:] for a in find_amounts("its C$26 billion takeover")]
    [(26000000000.0, 'CAD')]
    """
    found = []
    for m in _AMOUNT_BEFORE.finditer(text):
        value = _scaled(m.group(2), m.group(3))
        found.append((m.start(), m.end(), value, _CURRENCY_SYMBOLS[m.group(1).lower()]))
    for m in _AMOUNT_AFTER.finditer(text):
        if any(s <= m.start() < e for s, e, _, _ in found):
            continue
        value = _scaled(m.group(1), m.group(2))
        found.append((m.start(), m.end(), value, _CURRENCY_SYMBOLS[m.group(3).lower()]))
    return sorted(a for a in found if not _PER_SHARE.match(text, a[1]))


def without_conversions(amounts: list[tuple[int, int, float, str]], text: str) -> list[tuple[int, int, float, str]]:
    """The amounts as stated, less a conversion in brackets right after one ('2 trillion won
    ($1.5 billion)': the won are what was paid).

    >>> text = "its 2 trillion won ($1.5 billion) purchase"
    >>> [a[2:] for a in without_conversions(find_amounts(text), text)]
    [(2000000000000.0, 'KRW')]
    """
    return [a for a in amounts if not any(re.fullmatch(r"\s*\(\s*(?:about|around|roughly|some)?\s*", text[b[1]:a[0]])
                                          for b in amounts if b[1] <= a[0])]


def find_stake(text: str) -> float | None:
    """A stake percentage stated next to a word of ownership; 'wholly' means 100.

    >>> find_stake("raised its ownership share to 86.5% in 2021"), find_stake("wholly acquired X")
    (86.5, 100.0)
    """
    if re.search(r"\bwholly\b|\bfull ownership\b|\b100 ?% of\b", text, re.I):
        return 100.0
    for m in _PERCENT.finditer(text):
        window = text[max(0, m.start() - 60):m.end() + 40]
        if _STAKE_WORDS.search(window) and not re.search(r"market share", window, re.I):
            return float(m.group(1))
    return None


def nearest(items: list, position: int, *, limit: int = 120):
    """The item whose (start, end) lies closest to a character position, within a limit."""
    best, best_distance = None, limit + 1
    for item in items:
        start, end = item[0], item[1]
        distance = 0 if start <= position <= end else min(abs(start - position), abs(end - position))
        if distance < best_distance:
            best, best_distance = item, distance
    return best


def _has_phrase(words: list[str], phrases) -> bool:
    joined = " " + " ".join(words) + " "
    return any(f" {p} " in joined for p in phrases)


def decide_status(window: list[str], sentence: list[str], *, is_event: bool, static: bool,
                  after: list[str] = ()) -> Status | None:
    """The status a relation's wording gives it, or None when the wording denies it.

    ``window`` holds the lowercase words around the relation's trigger, ``sentence`` the
    whole sentence; ``static`` relations (a possessive, a title) ignore modal verbs.

    >>> decide_status(["will", "acquire"], ["acme", "will", "acquire", "widget"], is_event=True, static=False).value
    'planned'
    >>> decide_status(["acquired"], ["rumors", "say", "acme", "acquired", "widget"], is_event=True, static=False).value
    'rumored'
    """
    lex = lexicon()
    if _has_phrase(sentence, lex.phrases["strong_rumor_cues"]):
        return Status.RUMORED
    if not static and _has_phrase(window, lex.phrases["bar_cues"]):
        return None     # 'P may not join the board of X': a bar, not a rumour
    if not static and _has_phrase(window, lex.phrases["rumor_cues"]):
        return Status.RUMORED
    if not static and _has_phrase(window, lex.phrases["negation_cues"]):
        return None
    if not static and _has_phrase(window, lex.phrases["planned_cues"]) \
            and not _has_phrase(window, lex.phrases["planned_exceptions"]):
        return Status.PLANNED
    if is_event:
        # 'previously bought B': an event in the past is done, not undone
        window = [w for w in window if w not in ("previously", "formerly", "once", "earlier")]
    # 'software, used to design plants', 'is used to run': a participle, not a past habit
    window = [w for k, w in enumerate(window)
              if not (w == "used" and k > 0 and window[k - 1] in (",", "is", "are", "was", "were", "be", "been", "being"))]
    if _has_phrase(window, lex.phrases["former_cues"]) or _has_phrase(list(after[:4]), ("until",)):
        return Status.FORMER
    if not is_event and (_closed_past_range(sentence) or set(window) & {"led", "ran", "headed", "chaired"}
                         and (_closed_past_range(["was", *after]) or _past_span(after))):
        return Status.FORMER
    return Status.COMPLETED if is_event else Status.CURRENT


def _past_span(after: list[str]) -> bool:
    """'(P led B) for more than two decades', '(... as chief executive) for six years': a
    length of time after a past verb.

    >>> _past_span("for more than two decades".split()), _past_span("for its shareholders".split())
    (True, False)
    """
    units = ("years", "decades", "months", "year", "decade")
    return any(w == "for" and any(u in units for u in after[j + 1:j + 6]) for j, w in enumerate(after[:4]))


def _closed_past_range(sentence: list[str]) -> bool:
    """'From 1994 to 1997, P was president of B': a span of years that has ended, told in
    the past tense. (A relation read from 'P led B' has ended when such a span follows it:
    'P led B from 2014 to 2020'.)

    >>> _closed_past_range("from 1994 to 1997 , he was president".split())
    True
    >>> _closed_past_range("he has been president since 2019".split())
    False
    """
    if not {"was", "were", "served"} & set(sentence):
        return False
    year = re.compile(r"(?:19|20)\d\d")
    return any(w in ("from", "between") and year.fullmatch(sentence[k + 1]) and sentence[k + 2] in
               ("to", "until", "through", "and") and year.fullmatch(sentence[k + 3])
               for k, w in enumerate(sentence[:-3]))


ROLE_NAMES = {"chief executive": "ceo", "chief executive officer": "ceo", "founder-ceo": "ceo",
              "chief financial officer": "cfo", "chief operating officer": "coo",
              "chief technology officer": "cto", "chairwoman": "chairman", "chairperson": "chairman",
              "chair": "chairman", "chairmen": "chairman", "chairwomen": "chairman", "co-chairman": "chairman",
              "co-chairmen": "chairman", "co-chair": "chairman", "co-chairs": "chairman", "co-ceos": "co-ceo",
              "presidents": "president", "heads": "head", "chief executives": "ceo", "ceos": "ceo",
              "co-chief executive": "co-ceo", "co-chief executives": "co-ceo"}


def normalise_role(words: list[str]) -> str | None:
    """A role phrase without modifiers, in its usual short form.

    >>> normalise_role(["former", "Chief", "Executive", "Officer"]), normalise_role(["senior"])
    ('ceo', None)
    >>> normalise_role(["president", "and", "chief", "executive"])
    'ceo'
    """
    lex = lexicon()
    kept = [w.lower() for w in words if w.lower() not in lex["classes_role_mod"]]
    while kept and kept[0] in ("the", "a", "an", "its", "their"):
        kept.pop(0)
    if not kept:
        return None
    phrase = " ".join(kept)
    if phrase not in ROLE_NAMES and re.search(r"\band\b|,|&", phrase):
        # 'chairman and chief executive': the first role of a list, a founder's last
        # ('founder and chief executive' is the ceo)
        parts = [ROLE_NAMES.get(p.strip(), p.strip()) for p in re.split(r"\band\b|,|&", phrase) if p.strip()]
        held = lex["lead_roles"] | lex["staff_roles"] | set(ROLE_NAMES.values())
        if "ceo" in parts and parts[0] in ("president", "managing director"):
            return "ceo"     # 'president and chief executive': the chief executive
        for part in [p for p in parts if p in held] + [p for p in parts if p in lex["founder_roles"]]:
            return part
    return ROLE_NAMES.get(phrase, phrase)
