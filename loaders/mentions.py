"""Find the names of companies and people in an article, without a trained model.

A name is a run of capitalised tokens (``Cainiao Group``, ``JD.com``, ``iFlytek``,
``Arise Operating E-Commerce Private Limited``). Sentence-initial words and headline
words count only when they are rare English words or are capitalised elsewhere in the
body. Runs made only of places, nationalities, months or role words are dropped. Each
run is then typed Person or Company by cues: given names and Chinese surname + pinyin
shapes, titles and roles before the name, organisation words inside it, token shapes.

>>> doc = make_doc("Cainiao CEO Lin Wan met Jack Ma at JD.com on Monday.")
>>> [(m.text, m.type.value) for m in find_mentions(doc)]
[('Cainiao', 'Company'), ('Lin Wan', 'Person'), ('Jack Ma', 'Person'), ('JD.com', 'Company')]
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module, resources

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.symbols import ORTH
from spacy.tokens import Doc, Token
from wordfreq import zipf_frequency

from corpgraph.graph.resolve import ROMANCE_PARTICLES
from corpgraph.records import EntityType, Mention

COMMON_ZIPF = 3.0      # sentence-initial words at least this frequent are ordinary words
OWNER_ZIPF = 4.5       # rarer than 'trade', 'target': 'Alphabet', 'Oracle', 'Shell'
HEADLINE_ZIPF = 2.5    # headline words must be rarer than this to count on their own
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|"
                    r"ua|ui|un|uo|ue|a|e|i|o|u|v)")
_PINYIN_NAME = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
_KOREAN_SYLLABLE = re.compile(r"(?:[bcdghjkmnprstwy]{0,2})(?:[aeiouy]|wa|wo|we|yo|yu|ya|ye|eo|eu|ae|oe|ui){1,2}"
                              r"(?:n|ng|m|k|l|p|t|h)?")
SURNAME_PARTICLES = {"van", "von", "der", "den", "de", "ter", "ten", "da", "di", "du", "del", "della", "dos", "le",
                     "la", "bin", "binti", "al"}
POSSESSIVES = ["'s", "’s", "'", "’", "‘s"]
S_POSSESSIVES = ("'s", "’s")     # the possessives a company name may keep ("Dick's", "McDonald's")
# role words a company never holds (not 'partner', 'owner', 'leader', 'member', 'adviser')
PERSON_ONLY_ROLES = {"ceo", "chief", "president", "chairman", "chairwoman", "chairperson", "founder", "co-founder",
                     "cofounder", "cfo", "coo", "cto", "boss", "executive", "employee", "staffer", "engineer",
                     "analyst", "reporter", "editor", "correspondent", "journalist", "spokesperson", "spokesman",
                     "spokeswoman", "director", "vice", "head", "manager", "scientist", "economist", "secretary",
                     "minister", "billionaire", "entrepreneur", "lawyer", "banker", "wife", "husband", "son",
                     "daughter", "brother", "sister", "father", "mother", "grandson", "granddaughter", "widow",
                     "nephew", "niece", "cousin"}
_QUOTES = "\"'“”‘’«»"
# 'HK$106', 'US$2', 'RMB10': an amount written as one token is no name
# ('C$26 billion', 'NZ$ 3bn': a currency's letters and sign alone, before the number, too)
_AMOUNT_TOKEN = re.compile(r"^(?:[A-Z]{0,3}[$€£¥₹](?:\d|$)|(?:RMB|CNY|USD|EUR|HKD|INR|JPY|GBP|KRW|SGD)\d)")
# sentence-initial plurals that open a phrase about companies, never a name of one
COMPANY_ONLY_NOUNS = frozenset({"shares", "shareholders", "board", "subsidiary", "subsidiaries", "unit", "units",
                                "division", "stake", "acquisition", "takeover", "headquarters", "revenue", "profit"})
# verbs whose sentence-initial subject is a company, whatever the word ('Google bought it')
SUBJECT_VERBS = frozenset({"bought", "buys", "acquired", "acquires", "sold", "sells", "owns", "controls",
                           "invested", "invests", "merged", "founded", "launched", "agreed"})
# what a company does in the news, after a sentence-initial name
CORPORATE_VERBS = frozenset({"approached", "declined", "announced", "confirmed", "denied", "reported", "posted",
                             "warned", "plans", "planned", "completed", "unveiled", "listed"})
COMMON_PLURALS = {"rivals", "competitors", "analysts", "investors", "shareholders", "executives", "officials",
                  "regulators", "lenders", "banks", "brands", "customers", "employees", "shares", "sources"}
# kinds of company in an apposition, beyond the lexicon's descriptor nouns ('company', 'bank')
APPOSITION_COMPANY_NOUNS = {"maker", "owner", "operator", "producer", "manufacturer", "conglomerate", "lender",
                            "insurer", "carmaker", "automaker", "chipmaker", "miner", "giant", "shareholder",
                            "investor", "backer", "parent"}
AGENT_COMPANY_NOUNS = {"designer", "developer", "maker", "operator", "provider", "publisher", "supplier"}
LEGAL_AFTER_COMMA = {"Inc", "Ltd", "LLC", "L.L.C", "LLP", "L.L.P", "LP", "L.P", "Co", "Corp", "plc", "PLC", "AG", "SA", "NV", "N.V",
                     "GmbH", "Limited", "Incorporated", "S.A", "AB", "SE"}


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``data/lexicon.json``, as sets ready for lookups."""

    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[str, ...]]

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.words[name]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = json.loads(resources.files("corpgraph.loaders").joinpath("data/lexicon.json").read_text("utf-8"))
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[str, ...]] = {}
    classes = {f"classes_{name}": members for name, members in raw.pop("classes").items()}
    for name, values in {**raw, **classes}.items():
        if name.startswith("_"):
            continue
        words[name] = frozenset(values)
        phrases[name] = tuple(sorted(values, key=lambda v: -len(v.split())))
    words["lower_roles"] = frozenset(w for key in ("lead_roles", "founder_roles", "staff_roles",
                                                   "subordinate_roles") for w in words[key])
    words["place_words"] = words["locations"] | words["nationalities"]
    blocked = words["place_words"] | words["org_cues"] | words["months"] | words["not_names"]
    words["more_given_names"] = frozenset(_faker_given_names() - blocked - words["given_names"])
    return Lexicon(words, phrases)


FAKER_LOCALES = ("en_US", "en_GB", "en_IN", "de_DE", "fr_FR", "es_ES", "es_AR", "it_IT", "pt_BR", "pt_PT", "nl_NL",
                 "sv_SE", "da_DK", "no_NO", "fi_FI", "pl_PL", "id_ID", "tr_TR", "ja_JP")


def _faker_given_names() -> set[str]:
    """First names of many countries, from Faker's person providers (MIT licence).

    They are weaker evidence than the curated ``given_names``: several are also words or
    company names ('Morgan', 'Chase'), so a name vote from them needs a surname that is
    not itself a given name.
    """
    names: set[str] = set()
    for locale in FAKER_LOCALES:
        provider = import_module(f"faker.providers.person.{locale}").Provider
        # (Japanese names in Latin letters too: 'Akira', 'Kenichi')
        for attribute in ("first_names", "first_names_male", "first_names_female", "first_romanized_names"):
            names.update(n for n in getattr(provider, attribute, ()) if n[:1].isupper() and n.isalpha())
    # news often drops the accents: 'Joaquin' for 'Joaquín'
    names.update({"".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)) for n in names})
    return names


@lru_cache(maxsize=1)
def nlp() -> spacy.language.Language:
    """A blank English pipeline with a rule-based sentencizer: no model download."""
    pipeline = spacy.blank("en")
    # 'Jony Ive', 'Wont Holdings': news spells contractions with an apostrophe, so a
    # capitalised word without one ('Ive', 'Hes') is a name, not 'I' + 've'
    pipeline.tokenizer.rules = {key: value for key, value in pipeline.tokenizer.rules.items()
                                if not (key[:1].isupper() and key.isalpha() and len(value) > 1) or key == "Cannot"}
    # 'Run:ai': a name with a colon inside is one word (not 'Note: it')
    pipeline.tokenizer.token_match = re.compile(r"[A-Z][A-Za-z0-9]+:[a-z][a-z0-9]{1,5}$").match
    # 'Chr. Hansen', 'Wm. Wrigley': a given name cut short inside a company's name ends no sentence
    for abbreviation in lexicon()["name_abbreviations"]:
        pipeline.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    # 'Sweden's H&M. Online upstart Shein': a sentence's full stop after an ampersand name
    suffixes = [*pipeline.Defaults.suffixes, r"(?<=&[A-Z])\."]
    pipeline.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    pipeline.add_pipe("sentencizer", config={"punct_chars": [".", "!", "?", "。", "！", "？"]})
    pipeline.max_length = 60_000_000
    return pipeline


# A wire-copy dateline opening a paragraph: 'BEIJING —', 'SAN JOSE, California —',
# 'SEOUL/LONDON —', 'NEW YORK, March 3 (Reuters) -', 'VEVEY, Switzerland, Sept 1, 2025 —'.
# The place is no company.
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’]+(?:(?:[ -]|[ \t]*/[ \t]*)[A-Z][A-Z.'’]+)*"      # the city, in capitals
    r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)*)?"     # ', California', ', New York'
    r"(?:,?[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+(?:\d{1,2}(?:,?[ \t]+\d{4})?|\d{4}))?"   # ', March 3', ', Sept 1, 2025', ', July 2023'
    r"(?:[ \t]+\([A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?\))?"   # ' (Dec 9)'
    r"(?:[ \t]+\([A-Z][\w ]*\))?"                       # '(Reuters)'
    r"[ \t]*(?:—|–|--|-|(?<=[A-Z]):)[ \t]+(?=\S)", re.MULTILINE)     # 'NEW DELHI:' too
# a press release's dateline in ordinary case must carry its full date:
# 'Vevey, Switzerland, September 1, 2025 - '
_DATELINE_DATED = re.compile(
    r"^[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}"
    r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?"
    r",[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]*(?:—|–|--|-)[ \t]+(?=\S)", re.MULTILINE)


# a dateline on a line of its own: 'WELLINGTON and NEW YORK, June 25, 2025'
_DATELINE_LINE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'’]+(?:[ /-][A-Z][A-Z.'’]+)*(?:(?:,|[ \t]+and)[ \t]+[A-Z][A-Z.'’]+(?:[ /-][A-Z][A-Z.'’]+)*)*"
    r",[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}[ \t]*$", re.MULTILINE)


def datelines(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines that open paragraphs.

    >>> text = "Title\\nSAN JOSE, California — Adobe said.\\nIBM-Red Hat deal.\\nTOKYO (Reuters) - Sony said."
    >>> [text[a:b] for a, b in datelines(text)]
    ['SAN JOSE, California — ', 'TOKYO (Reuters) - ']
    >>> text = "SHANGHAI / KELSO — Vantor said."
    >>> [text[a:b] for a, b in datelines(text)]
    ['SHANGHAI / KELSO — ']
    >>> text = "NEW DELHI: Shares of Airtel rose."
    >>> [text[a:b] for a, b in datelines(text)]
    ['NEW DELHI: ']
    >>> text = "VEVEY, Switzerland, Sept 1, 2025 — Nestle said."
    >>> [text[a:b] for a, b in datelines(text)]
    ['VEVEY, Switzerland, Sept 1, 2025 — ']
    >>> text = "DHAHRAN, Saudi Arabia, July 2023 - Aramco said."
    >>> [text[a:b] for a, b in datelines(text)]
    ['DHAHRAN, Saudi Arabia, July 2023 - ']
    >>> text = "Vevey, Switzerland, September 1, 2025 - Nestle said.\\nNestle, Sept. 1 - a note."
    >>> [text[a:b] for a, b in datelines(text)]
    ['Vevey, Switzerland, September 1, 2025 - ']
    >>> text = "Title\\nWELLINGTON and NEW YORK, June 25, 2025\\nXero said."
    >>> [text[a:b] for a, b in datelines(text)]
    ['WELLINGTON and NEW YORK, June 25, 2025']
    """
    spans = {(m.start(), m.end()) for m in _DATELINE.finditer(text)}
    spans |= {(m.start(), m.end()) for m in _DATELINE_DATED.finditer(text)}
    spans |= {(m.start(), m.end()) for m in _DATELINE_LINE.finditer(text)}
    return sorted(spans)


# function words that make an upper-case label a phrase ('AT A GLANCE:', 'IN BRIEF:')
_LABEL_WORDS = frozenset({"AT", "A", "AN", "THE", "IN", "ON", "OF", "TO", "FOR", "AND", "WHAT", "HOW", "WHY", "WHO"})
LABEL_ZIPF = 4.3       # a one-word label ('EXCLUSIVE:', 'ANALYSIS:') is at least this common a word


def kicker_tokens(doc: Doc) -> set[int]:
    """Positions of the upper-case labels that open lines ('AT A GLANCE:', 'EXCLUSIVE:').

    >>> doc = make_doc("AT A GLANCE: Vantor's sale\\nEXCLUSIVE: Brisko bids\\nIBM: results\\nKEY FACTS\\nBrisko bids")
    >>> sorted(doc[i].text for i in kicker_tokens(doc))
    ['A', 'AT', 'EXCLUSIVE', 'FACTS', 'GLANCE', 'KEY']
    """
    found: set[int] = set()
    for token in doc:
        if not token.is_sent_start:
            continue
        end = token.i
        while end < len(doc) and end - token.i < 5 and doc[end].text.isupper() and doc[end].is_alpha:
            end += 1
        words = [t.text for t in doc[token.i:end]]
        line_ends = end < len(doc) and "\n" in doc[end - 1].whitespace_ + (doc[end].text if doc[end].is_space else "")
        if 2 <= len(words) <= 3 and line_ends and all(zipf_frequency(w.lower(), "en") >= LABEL_ZIPF for w in words):
            found.update(range(token.i, end))     # a section's label on a line of its own ('KEY FACTS')
            continue
        if end == token.i or end >= len(doc) or doc[end].text != ":":
            continue
        if any(w in _LABEL_WORDS for w in words) and len(words) > 1 \
                or len(words) == 1 and zipf_frequency(words[0].lower(), "en") >= LABEL_ZIPF:
            found.update(range(token.i, end))
    return found


def make_doc(text: str) -> Doc:
    """Tokenise and split into sentences; a line break always ends a sentence.

    A dateline ('BEIJING —') is a sentence of its own, and its tokens are listed in
    ``doc.user_data["dateline"]`` so that no name is read from them.
    """
    # a left quote typed for an apostrophe ("NetEase‘s") would hide the possessive
    doc = nlp()(re.sub(r"(?<=\w)‘(?=s\b)", "’", text))
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    # 'will lead North American Grocery Co. Berkshire Hathaway, which ...': a company's
    # abbreviated suffix before a capitalised word that is no suffix ends the sentence
    for token in doc[1:-1]:
        if token.text in ("Co.", "Inc.", "Corp.", "Ltd.") and token.whitespace_ == " " \
                and doc[token.i + 1].text[:1].isupper() and doc[token.i + 1].text not in lexicon()["org_suffixes"]:
            doc[token.i + 1].is_sent_start = True
    # an interview's 'Q: ...' / 'A: ...': the label is a sentence of its own
    if "Q:" in text or "A:" in text:
        for token in doc[:-2]:
            if token.is_sent_start and token.text in ("Q", "A") and doc[token.i + 1].text == ":":
                doc[token.i + 2].is_sent_start = True
    # '29.4 per cent' is one word of percent, as '%' and 'percent' are
    with doc.retokenize() as retokenizer:
        for token in doc[1:-1]:
            if token.lower_ == "per" and doc[token.i + 1].lower_ == "cent" and doc[token.i - 1].like_num:
                retokenizer.merge(doc[token.i:token.i + 2])
    dateline: set[int] = set()
    for start, end in datelines(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        dateline.update(range(span.start, span.end))
        doc[span.end].is_sent_start = True
    doc.user_data["dateline"] = dateline
    return doc


def is_capitalised(text: str) -> bool:
    """Token shapes that can belong to a name: Title, UPPER, iCaps, 36Kr, 4PX.

    >>> [is_capitalised(t) for t in ("Alibaba", "iFlytek", "36Kr", "platform", "2019", "allyLikes")]
    [True, True, True, False, False, True]
    """
    if not text or not any(c.isalpha() for c in text):
        return False
    first = text[0]
    if first.isupper():
        return True
    if first.isdigit():
        return any(c.isupper() for c in text)
    if first.islower():
        return any(c.isupper() for c in text[1:]) and text[1:] != text[1:].lower()
    return False


def _line_is_headline(words: list[str]) -> bool:
    """A line of mostly capitalised words with no full stop; a bulleted line is an item.

    >>> _line_is_headline("Swisscom Completes Vodafone Italia Purchase".split())
    True
    >>> _line_is_headline("- Main rivals : TIM , WindTre and Iliad".split())
    False
    """
    long_words = [w for w in words if len(w) > 3 and w.isalpha()]
    if len(long_words) < 4 or (words and words[-1].endswith(".")) or words[0] in BULLETS:
        return False
    capped = sum(1 for w in long_words if w[0].isupper())
    return capped / len(long_words) >= 0.7


BULLETS = frozenset({"-", "–", "•", "*"})


def _initial_positions(doc: Doc) -> tuple[set[int], set[int]]:
    """Token positions where capitals say nothing: sentence or line starts, and headlines."""
    starts: set[int] = set()
    headline: set[int] = set()
    for sent in doc.sents:
        first = sent.start
        while first < sent.end and (doc[first].is_punct or doc[first].is_space or doc[first].text in _QUOTES):
            first += 1
        starts.add(first)
    starts.update(t.i + 1 for t in doc[:-1] if t.text in "“‘«\"" and t.whitespace_ == "")
    line: list[Token] = []
    for token in doc:
        if token.is_space and "\n" in token.text:
            if _line_is_headline([t.text for t in line]):
                headline.update(t.i for t in line)
            line = []
            continue
        line.append(token)
        if token.i + 1 < len(doc) and (":" == token.text):
            starts.add(token.i + 1)
        if "\n" in token.whitespace_:
            if _line_is_headline([t.text for t in line]):
                headline.update(t.i for t in line)
            line = []
    if _line_is_headline([t.text for t in line]):
        headline.update(t.i for t in line)
    return starts, headline


def _joins_lowercase_part(doc: Doc, i: int) -> bool:
    """'Dai-ichi': the word at ``i`` joined by a hyphen to a lowercase word that is no English
    word ('Calpine-owned' is an owner, read elsewhere)."""
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i].whitespace_ == "" == doc[i + 1].whitespace_ \
        and doc[i + 2].is_lower and doc[i + 2].is_alpha and zipf_frequency(doc[i + 2].text, "en") < 3.0


def _is_company_word(text: str, lex: Lexicon) -> bool:
    """'Holdings', 'Group', 'Inc.': a word that says its name is a company's."""
    return text in lex["org_cues"] or text.rstrip(".") in lex["org_suffixes"]


# 'U.S.-based', 'U.K.-listed': the tokenizer keeps an abbreviation and its suffix as one word
_PLACED_WORD = re.compile(r".+\.-(?:based|listed|headquartered|owned|backed|controlled|registered)")


def _is_blocked_word(text: str, lex: Lexicon) -> bool:
    bare = text.rstrip(".")
    return (text in lex["not_names"] or bare in lex["not_names"] or text in lex["months"] or bare in lex["months"]
            or _PLACED_WORD.fullmatch(text) is not None
            or text in lex["weekdays"] or _AMOUNT_TOKEN.match(text) is not None
            or text.lower() in lex["lower_roles"]
            or text in lex["person_titles"])


def find_mentions(doc: Doc) -> list[Mention]:
    """All company and person mentions of a document, in text order."""
    lex = lexicon()
    starts, headline = _initial_positions(doc)
    dateline = doc.user_data.get("dateline", set()) | kicker_tokens(doc)
    candidates = [not t.is_space and t.i not in dateline and (is_capitalised(t.text) or _digit_name_start(doc, t.i))
                  and (not _is_blocked_word(t.text, lex) or _month_word_in_a_name(doc, t.i)
                       or _letter_name_start(doc, t.i, lex) or _opener_in_a_name(doc, t.i, lex)
                       or _blocked_word_before_legal_cue(doc, t.i, lex) or _title_inside_name(doc, t.i, lex)) for t in doc]
    body_caps = {t.text for t in doc if candidates[t.i] and t.i not in starts and t.i not in headline}
    # 'The Magnum Ice Cream Company' says nothing of 'Ice cream needs freezers': a common
    # word seen in the body only inside a name, between two of its words, is no name at a
    # sentence start (a surname closes its name: 'Provost, who joined')
    after_name = {t.i for t in doc[1:-1] if candidates[t.i] and candidates[t.i - 1] and doc[t.i - 1].whitespace_ == " "
                  and candidates[t.i + 1] and t.whitespace_ == " "}
    inner_only = {t.text for t in doc if t.i in after_name and t.i not in starts} - {
        t.text for t in doc if candidates[t.i] and t.i not in after_name and t.i not in starts and t.i not in headline}
    possessive_names, suffixed_possessives = _possessive_names(doc)
    body_pairs = {(t.text, doc[t.i + 1].text) for t in doc[:-1] if candidates[t.i] and candidates[t.i + 1]
                  and t.i not in starts and t.i not in headline and t.whitespace_ == " "}
    # 'About You Holding SE' elsewhere makes 'About You will keep its brand' a name
    body_pairs |= {(t.text, doc[t.i + 1].text) for t in doc[:-3] if t.i not in starts and t.i not in headline
                   and is_capitalised(t.text) and is_capitalised(doc[t.i + 1].text)
                   and any(w.text.rstrip(".") in lex["org_suffixes"] for w in doc[t.i + 2:t.i + 4])}
    # 'Mars chief executive Poul Weihrauch', 'Mars, the family-owned maker of ...': a
    # sentence-initial word read as a company by what follows it
    body_caps |= {doc[i].text for i in starts if i < len(doc) and candidates[i] and _company_by_context(doc, i, lex)}
    # 'Grab Holdings ...' elsewhere makes a sentence-initial 'Grab,' a name
    body_caps |= {t.text for t in doc[:-1] if candidates[t.i] and t.i not in headline
                  and _is_company_word(doc[t.i + 1].text, lex)}

    counts = Counter(t.text for t in doc)

    def accept(i: int) -> bool:
        token = doc[i]
        if not candidates[i] or _capitalised_common_word(doc, i):
            return False
        if 0 < i < len(doc) - 1 and doc[i - 1].text == "Chief" and doc[i + 1].text in ("Officer", "Officers"):
            return False     # 'Chief Financial Officer Jill Timm': a title's word
        if i in headline:
            return token.text in body_caps or zipf_frequency(token.text.lower(), "en") < HEADLINE_ZIPF
        if i in starts:
            lower = token.text.lower()
            if token.text in possessive_names and i + 1 < len(doc) and doc[i + 1].lower_ in S_POSSESSIVES:
                return True      # "Dick's is led by ..."
            if i + 1 < len(doc) and (token.text, doc[i + 1].text) in body_pairs:
                return True      # 'Just Eat Takeaway.com was formed': the name runs so elsewhere
            if token.text.isdigit() and _digit_name_start(doc, i):
                return True      # '3M Co spun off X', '7-Eleven said'
            if lower in STOP_WORDS or lower in COMMON_PLURALS:
                return False     # 'Rivals Glencore and Rio Tinto', 'Analysts at X
            if re.fullmatch(r"[A-Z]{3,6}", token.text) and lower not in lex["lower_roles"] \
                    and token.text.title() not in lex["locations"] and token.text.title() not in lex["nationalities"] \
                    and token.text not in lex["not_names"] and (i + 1 >= len(doc) or doc[i + 1].text != ":"):
                return True      # 'ESPN becomes a division': an initialism is a name, not a word
            if token.text in body_caps and (token.text not in inner_only or zipf_frequency(lower, "en") < COMMON_ZIPF):
                return True
            nxt_word = doc[i + 1].text if i + 1 < len(doc) else ""
            if _is_given_name(token.text, lex) and (nxt_word in SURNAME_PARTICLES or i + 1 < len(doc) and candidates[i + 1]):
                return True
            known_word = zipf_frequency(lower, "en") >= 2.0
            nxt_token = doc[i + 1] if i + 1 < len(doc) else None
            if nxt_word in ROMANCE_PARTICLES and i + 2 < len(doc) and candidates[i + 2] and token.whitespace_ == " ":
                return True      # 'Banco do Brasil said'
            # 'General Electric has ...': an adjective-like word opens a name of two
            # capitalised words (but 'Several Chinese firms' is no name)
            opens_name = nxt_token is not None and candidates[i + 1] and token.whitespace_ == " " \
                and nxt_token.text not in lex["locations"] and nxt_token.text not in lex["nationalities"]
            # 'Kimberly-Clark said': a word joined by a hyphen to a capitalised word
            opens_name = opens_name or nxt_token is not None and nxt_token.text == "-" and token.whitespace_ == "" \
                and i + 2 < len(doc) and nxt_token.whitespace_ == "" and is_capitalised(doc[i + 2].text)
            # "Alphabet's Google said", 'Walmart-owned Flipkart': a possessor or an owner
            if nxt_token is not None and i + 2 < len(doc) and (
                    nxt_token.lower_ in S_POSSESSIVES and is_capitalised(doc[i + 2].text)
                    or nxt_token.text == "-" and doc[i + 2].lower_ in ("owned", "backed", "controlled", "based")):
                return True
            # 'Alphabet is combining its two labs': a subject that owns something is a company
            # (a word as common as 'Trade is doing its best' is not)
            if nxt_token is not None and nxt_token.lower_ in ("is", "was", "has", "had") \
                    and any(t.lower_ == "its" for t in doc[i + 2:i + 5]) and zipf_frequency(lower, "en") < OWNER_ZIPF:
                return True
            if known_word and not opens_name \
                    and re.search(r"(ing|ed|ly|tion|sion|ment|ness|ity|ise|ize|ful|ous|ive|al)$", lower):
                return False
            # 'Google bought it in 2013', 'Heineken has agreed to buy': a word that is no
            # plural noun, before a deal verb (or its auxiliary and the verb)
            deal_verb = nxt_token is not None and (nxt_token.lower_ in SUBJECT_VERBS or nxt_token.lower_ in (
                "has", "had", "have", "will") and i + 2 < len(doc) and doc[i + 2].lower_ in SUBJECT_VERBS)
            # 'Qualcomm has approached Intel', 'Qualcomm declined to comment': a word no
            # commoner than an owner's name ('Management declined' stays a word)
            verb_at = i + 2 if nxt_token is not None and nxt_token.lower_ in ("has", "had", "have") else i + 1
            deal_verb = deal_verb or verb_at < len(doc) and doc[verb_at].lower_ in CORPORATE_VERBS \
                and zipf_frequency(lower, "en") < OWNER_ZIPF
            if deal_verb and not (
                    lower.endswith("s") and zipf_frequency(lower[:-1], "en") >= COMMON_ZIPF):
                return True
            # ('Brokerages said': the plural of a common word is no rarer than the word)
            rare = zipf_frequency(lower, "en") < COMMON_ZIPF \
                and not (lower.endswith("s") and zipf_frequency(lower[:-1], "en") >= COMMON_ZIPF)
            followed_by_comma = i + 1 < len(doc) and doc[i + 1].text == ","
            if followed_by_comma:
                return zipf_frequency(lower, "en") < HEADLINE_ZIPF
            nxt = doc[i + 1].text if i + 1 < len(doc) else ""
            multiword = i + 1 < len(doc) and candidates[i + 1] and doc[i].whitespace_ == " "
            joined = nxt == "&" and i + 2 < len(doc) and candidates[i + 2]     # 'Merck & Co', 'Procter & Gamble'
            # 'Cleveland-Cliffs', 'Rolls-Royce': two capitalised words joined by a hyphen
            hyphenated = nxt == "-" and token.whitespace_ == "" and i + 2 < len(doc) \
                and doc[i + 1].whitespace_ == "" and is_capitalised(doc[i + 2].text)
            return rare or multiword or joined or hyphenated or _joins_lowercase_part(doc, i) or nxt in lex["org_cues"] \
                or nxt.rstrip(".") in lex["org_suffixes"]
        return True

    # a word read as a name at one sentence start ('Heineken has agreed') is one at the
    # others ('Heineken, run by ...') and in the headline
    body_caps |= {doc[i].text for i in starts if i < len(doc) and i not in headline and accept(i)}
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not accept(i) or _negated_prefix(doc, i):
            i += 1
            continue
        end = i + 1
        while end < len(doc):
            if doc[end].lower_ in S_POSSESSIVES and doc[end - 1].text in possessive_names:
                end += 1     # "Dick's Sporting Goods", "McDonald's", "JDE Peet's N.V."
                continue
            # a word kept out of names on its own ('Analysis', 'Update') inside one before a
            # company word: 'Credit Market Analysis Ltd.'
            inner = is_capitalised(doc[end].text) and end + 1 < len(doc) and doc[end].whitespace_ == " " \
                and doc[end + 1].text.rstrip(".") in lex["org_suffixes"]
            if (accept(end) or inner or doc[end].text in lex["name_tails"]) and doc[end - 1].whitespace_ in (" ", ""):
                if "\n" in doc[end - 1].whitespace_ or doc[end].is_sent_start:
                    break
                end += 1
                continue
            # joiners inside a name: E-commerce, Procter & Gamble, Bank of China, "Autoliv, Inc."
            joiner = doc[end].text
            if joiner == "(" and doc[end - 1].whitespace_ == " " and (close := _bracketed_place_then_suffix(doc, end)):
                end = close + 2
                continue
            if joiner == "," and end + 1 < len(doc) and doc[end + 1].text.rstrip(".") in LEGAL_AFTER_COMMA:
                end += 2
                continue
            if joiner == "," and end == i + 1 and (partners := _partnership_end(doc, end, counts)) is not None:
                end = partners     # 'Clayton, Dubilier & Rice'
                continue
            if end + 1 < len(doc) and joiner == "-" and doc[end - 1].whitespace_ == "" \
                    and doc[end].whitespace_ == "" and (is_capitalised(doc[end + 1].text) or len(doc[end - 1].text) == 1):
                end += 2
                continue
            # 'Dai-ichi Life': a capitalised word joined by a hyphen to a lowercase word that
            # is no English word ('Calpine-owned' is read below as an owner)
            if joiner == "-" and _joins_lowercase_part(doc, end - 1):
                end += 2
                continue
            if end + 1 < len(doc) and joiner == "&" and re.fullmatch(r"[b-z]", doc[end + 1].text) \
                    and doc[end - 1].whitespace_ == " " == doc[end].whitespace_:
                end += 2     # 'Seven & i Holdings': a lowercase letter after '&' is the name's
                continue
            if end + 1 < len(doc) and joiner in ("&", "of", "de", "for") and accept(end + 1) \
                    and (joiner == "&" or doc[end - 1].text in lex["org_cues"]) \
                    and not (joiner == "for" and doc[end + 1].text in lex["nationalities"]):
                end += 2
                continue
            # a Romance particle between capitalised words of a company name: 'Banca Monte dei
            # Paschi di Siena', 'Banco do Brasil' (a given name before it makes a person's:
            # 'Luca di Montezemolo', read below)
            if end + 1 < len(doc) and joiner in ROMANCE_PARTICLES and accept(end + 1) \
                    and not _is_given_name(doc[i].text, lex) and not (i > 0 and doc[i - 1].lower_ in lex["lower_roles"]) \
                    and doc[end - 1].whitespace_ == " " == doc[end].whitespace_:
                end += 2
                continue
            # 'The Hongkong and Shanghai Banking Corporation': a formal name after 'The' may
            # hold 'and' when capitalised words up to a company word follow it
            # (a first part that is a name of its own, 'the Retail Division and Travel Division', stays one)
            if joiner == "and" and i > 0 and doc[i - 1].lower_ == "the" and end - i <= 2 and end + 1 < len(doc) \
                    and not _is_company_word(doc[end - 1].text, lex) \
                    and accept(end + 1) and any(_is_company_word(t.text, lex)
                                                for t in doc[end + 2:end + 5] if is_capitalised(t.text)) \
                    and all(is_capitalised(t.text) for t in doc[end + 1:end + 3]):
                end += 2
                continue
            # 'Disney Parks, Experiences and Products': a name's plural everyday word in a list
            # of such words runs on to the list's end
            if joiner == "," and end - i >= 2 and end + 3 < len(doc) and _everyday_plural(doc[end - 1].text) \
                    and _everyday_plural(doc[end + 1].text) and doc[end + 2].lower_ == "and" \
                    and _everyday_plural(doc[end + 3].text) and (end + 4 >= len(doc) or not is_capitalised(doc[end + 4].text)):
                end += 4
                continue
            # 'Platform and Content Group', 'Cloud and Smart Industries Group': everyday words on
            # both sides of 'and', closed by a company word, make one unit's name ('Kelvo and
            # Brisko Group' stays two)
            if joiner == "and" and end - i <= 2 and end + 2 < len(doc) and all(_everyday(t.text) for t in doc[i:end]) \
                    and doc[end - 1].text not in UNIT_CLOSERS \
                    and _everyday(doc[end + 1].text) and doc[end - 1].whitespace_ == " " == doc[end].whitespace_:
                k = end + 1
                while k < min(end + 4, len(doc)) and is_capitalised(doc[k].text) and doc[k].is_alpha:
                    k += 1
                # (a unit's word closes it: 'General Mills and Post Holdings' are two companies)
                if k > end + 2 and doc[k - 1].text in UNIT_CLOSERS:
                    end = k
                    continue
            # 'Zhejiang Petroleum and Chemical', 'Tata Iron and Steel': an industry word alone
            # after 'and' is no name of its own but the end of this one
            if joiner == "and" and end - i >= 2 and end + 1 < len(doc) and doc[end + 1].text in lex["org_cues"] \
                    and doc[end + 1].text not in lex["org_suffixes"] and doc[end - 1].whitespace_ == " " == doc[end].whitespace_ \
                    and (end + 2 >= len(doc) or not is_capitalised(doc[end + 2].text)):
                end += 2
                continue
            # a short number that ends a name: Forever 21 (not a year, not a count before a noun)
            if doc[end].like_num and doc[end].text.isdigit() and len(doc[end].text) <= 2 and doc[end - 1].whitespace_ == " " \
                    and (end + 1 >= len(doc) or not doc[end + 1].is_alpha or not doc[end + 1].is_lower
                         or doc[end + 1].lower_ in ("said", "says", "is", "was", "has", "had", "will")):
                end += 1
                break
            # a surname particle after a given name: Peter ter Kulve, Ursula von der Leyen
            particles = end
            while particles < len(doc) and doc[particles].text in SURNAME_PARTICLES:
                particles += 1
            # ('Dirk Van de Put': a capitalised particle may come first)
            titled = i > 0 and doc[i - 1].lower_ in lex["lower_roles"]     # 'chief executive Dolf van den Brink'
            # ('Jean-François van Boxmeer': a hyphenated given name)
            hyphened = end - i == 3 and doc[i + 1].text == "-" and doc[i].whitespace_ == "" == doc[i + 1].whitespace_
            if particles > end and particles < len(doc) and accept(particles) and (_is_given_name(doc[i].text, lex) or titled) \
                    and (end - i == 1 or hyphened or end - i == 2 and doc[end - 1].lower_ in SURNAME_PARTICLES):
                end = particles + 1
                continue
            # a Korean given name: Jun Young-hyun, Kim Dong-kwan
            if end + 1 < len(doc) and joiner == "-" and doc[end - 1].whitespace_ == "" == doc[end].whitespace_ \
                    and _KOREAN_SYLLABLE.fullmatch(doc[end - 1].lower_) and _KOREAN_SYLLABLE.fullmatch(doc[end + 1].text):
                end += 2
                continue
            break
        if end < len(doc) and doc[end].text == "+" and doc[end - 1].whitespace_ == "":
            end += 1     # Disney+, Apple TV+
        elif end + 1 < len(doc) and doc[end].text == "!" and doc[end - 1].whitespace_ == "" \
                and doc[end + 1].text in (",", "and", "or"):
            end += 1     # 'Oxygen, E!, Syfy': a name ending in '!' inside a list
        runs.append((i, end))
        i = end
    runs = _titled_brands(doc, _tidy_runs(doc, runs, lex, headline, suffixed_possessives), lex)
    sentence_of = _sentence_numbers(doc)
    # 'the Xiaomi SU7 electric sedan', 'the Airbus A350 jet': a name ending in a model code
    # before a noun is a product, and so is that code on its own later ('The SU7 competes
    # with ...'); 'Virgin Media O2, a joint venture' is a company
    models = {doc[end - 1].text for start, end in runs if end - start > 1 and _MODEL_CODE.fullmatch(doc[end - 1].text)
              and start > 0 and doc[start - 1].lower_ in ("the", "a", "an", "its", "their")
              and end < len(doc) and doc[end].is_lower and doc[end].is_alpha}
    # 'whose drug Caplyta treats ...' makes 'Caplyta gives it ...' a product too
    products = {doc[start:end].text for start, end in runs if _names_a_product(doc, start, end)}
    # 'based in Louisville, Kentucky' makes 'its team in Louisville' a town too
    places = {(start, end) for start, end in runs if _names_a_place(doc, start, end, lex)}
    towns = {doc[start:end].text for start, end in places}
    mentions = []
    for start, end in runs:
        if _is_place_modifier(doc, end) or doc[end - 1].text in models or (start, end) in places \
                or doc[start:end].text in products \
                or doc[start:end].text in towns and start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS:
            continue
        if end - start == 1 and _names_a_family(doc, end):
            continue     # 'backed by the Ellison family': a family is neither company nor person

        mention = _typed_mention(doc, start, end, lex, sentence_of[start])
        if mention is not None:
            mentions.append(mention)
    return _firm_short_names(doc, _people_in_lists(doc.text, _shared_surnames(doc, mentions, lex), lex), lex)


def _names_a_family(doc: Doc, end: int) -> bool:
    """'the Ellison family', 'the Torii and Saji families', 'the Porsche, Piech and Quandt
    families': a one-word name before 'family', or in a list that 'families' closes."""
    if end < len(doc) and doc[end].lower_ in ("family", "families", "clan", "clans"):
        return True
    j = end
    while j + 1 < len(doc) and doc[j].text in (",", "and") and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
        j += 2
    return j > end and j < len(doc) and doc[j].lower_ in ("families", "clans")


def _capitalised_common_word(doc: Doc, i: int) -> bool:
    """'its LED business', 'the IT department': a short upper-case word that is a common
    English word in lower case, between 'its' or 'the' and a lowercase noun, names a kind of
    thing, not a company."""
    token = doc[i]
    return 2 <= len(token.text) <= 4 and token.text.isupper() and token.is_alpha and 0 < i < len(doc) - 1 \
        and doc[i - 1].lower_ in ("its", "their", "the", "his", "her") and doc[i + 1].is_lower and doc[i + 1].is_alpha \
        and zipf_frequency(token.lower_, "en") >= 4.5


def _partnership_end(doc: Doc, comma: int, counts: Counter) -> int | None:
    """The end of a firm named by surnames in a row, the last two joined by '&' ('Clayton,
    Dubilier & Rice', 'Wachtell, Lipton, Rosen & Katz'), from the comma after its first word.
    A list of companies ('Apple, Google & Meta') names them again elsewhere: each word of
    such a name is used only there."""
    if doc[comma - 1].whitespace_ or counts[doc[comma - 1].text] > 1:
        return None
    k = comma
    while k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].is_alpha and doc[k + 1].is_title \
            and counts[doc[k + 1].text] == 1 and doc[k + 1].whitespace_ in ("", " "):
        if doc[k + 2].text == "&":
            after = doc[k + 3]
            return k + 4 if after.is_alpha and after.is_title and counts[after.text] == 1 else None
        if doc[k + 1].whitespace_:
            return None
        k += 2
    return None


def _shared_surnames(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """'Allison and Stephen Ellsworth started it': a given name alone before 'and' and a
    person's full name shares that person's surname (the mention spans the given name).

    >>> [m.text for m in find_mentions(make_doc("Markets rose. Allison and Stephen Ellsworth started it."))]
    ['Allison Ellsworth', 'Stephen Ellsworth']
    """
    starts = {m.start: m for m in mentions}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for token in doc[:-2]:
        nxt = doc[token.i + 2]
        person = starts.get(nxt.idx)
        if person is None or person.type is not EntityType.PERSON or doc[token.i + 1].lower_ != "and" \
                or token.idx in taken or not _is_given_name(token.text, lex):
            continue
        words = person.text.split()
        if len(words) == 2 and _is_given_name(words[0], lex):
            added.append(Mention(f"{token.text} {words[1]}", token.idx, token.idx + len(token.text),
                                 EntityType.PERSON, person.sentence))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _firm_short_names(doc: Doc, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """'Leonard Green & Partners ... Leonard Green bought a majority stake': a person's
    name that is a firm's named in the article, less its company words, is that firm, unless
    a title or an apposition makes it a person ('Mr Green', 'Leonard Green, its founder,').

    >>> [(m.text, m.type.value) for m in find_mentions(make_doc(
    ...     "Markets rose. Acme was sold by Leonard Green & Partners. Leonard Green bought it in 2018."))][-1]
    ('Leonard Green', 'Company')
    """
    companies = [m.text for m in mentions if m.type is EntityType.COMPANY]
    out = list(mentions)
    for k, mention in enumerate(out):
        if mention.type is not EntityType.PERSON or len(mention.text.split()) < 2:
            continue
        before = doc.text[max(0, mention.start - 20):mention.start].split()[-1:]
        if before and (before[0].rstrip(".") in lex["person_titles"] or before[0].lower() in lex["lower_roles"]) \
                or doc.text[mention.end:mention.end + 1] == ",":
            continue
        if any(name.startswith(mention.text + " ") and all(_is_company_word(w, lex) for w in name[len(mention.text):].split()
                                                          if w not in ("&", "and")) for name in companies):
            out[k] = Mention(mention.text, mention.start, mention.end, EntityType.COMPANY, mention.sentence)
    return out


def _people_in_lists(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """'Dana Walden and Alan Bergman': a plain two- or three-word name listed next to a
    person is a person too, also after the first one's apposition."""
    out = list(mentions)
    for k in range(len(out) - 1):
        for a, b in ((k, k + 1), (k + 1, k)):
            between = text[min(out[a].end, out[b].end):max(out[a].start, out[b].start)]
            other = out[b]
            words = other.text.split()
            # ('Carlos Ruiz, Kraft Heinz's chief executive': a possessive is no list member)
            if out[a].type is EntityType.PERSON and other.type is EntityType.COMPANY \
                    and re.fullmatch(r",? and |, ", between) and 2 <= len(words) <= 3 \
                    and not re.match(r"['’]", text[other.end:other.end + 1]) \
                    and all(w.isalpha() and w[:1].isupper() and w not in lex["org_cues"] for w in words):
                out[b] = Mention(other.text, other.start, other.end, EntityType.PERSON, other.sentence)
    # 'by Nik Storonsky, a former trader at Credit Suisse, and Vlad Yatsenko': the pair runs
    # past the first person's apposition
    for k, other in enumerate(out):
        words = other.text.split()
        if other.type is not EntityType.COMPANY or not 2 <= len(words) <= 3 \
                or not all(w.isalpha() and w[:1].isupper() and w not in lex["org_cues"] for w in words):
            continue
        if any(m.type is EntityType.PERSON and m.end < other.start
               and re.fullmatch(r",\s+(?:a|an|the)\s+[^,;()]{3,80},\s+and\s+", text[m.end:other.start])
               for m in out[max(0, k - 4):k]):
            out[k] = Mention(other.text, other.start, other.end, EntityType.PERSON, other.sentence)
    return out


def _company_by_context(doc: Doc, i: int, lex: Lexicon) -> bool:
    """A capitalised word followed by a leader's title and a name ('Mars chief executive
    Poul Weihrauch') or by an apposition naming a kind of company ('Mars, the family-owned
    maker of ...'), or by a relative clause of what companies do ('Tencent, which holds ...')."""
    after = [t for t in doc[i + 1:i + 9]]
    if not after or doc[i].text in lex["locations"] or doc[i].text in lex["nationalities"]:
        return False
    k = 0
    # ('Comcast chairman and chief executive Brian Roberts')
    while k < len(after) and (after[k].lower_ in lex["lower_roles"] and after[k].is_lower
                              or k and after[k].lower_ in ("and", ",") and k + 1 < len(after)
                              and after[k + 1].lower_ in lex["lower_roles"] and after[k + 1].is_lower):
        k += 1
    if 0 < k < len(after) and is_capitalised(after[k].text) and after[k - 1].lower_ in PERSON_ONLY_ROLES:
        return True
    # 'Tencent, which also holds stakes in ...': a relative clause of what companies do
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in ("which", "that") \
            and any(t.lower_ in SUBJECT_VERBS or t.lower_ in ("holds", "operates", "runs", "remains", "became")
                    for t in after[2:5]):
        return True
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in ("the", "a", "an"):
        for token in after[2:]:
            if token.lower_ in APPOSITION_COMPANY_NOUNS or token.lower_ in lex["descriptor_nouns"]:
                return True
            if not token.is_lower:
                return False
    return False


_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}[a-z]?")


POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our"})
NAME_VERBS = frozenset({"said", "says", "is", "was", "has", "had", "will", "would", "agreed", "plans", "reported",
                        "announced", "bought", "sold", "owns", "acquired", "opened", "closed", "shares"})


def _possessive_names(doc: Doc) -> tuple[set[str], set[str]]:
    """Capitalised words whose possessive is part of a company's name, because the name is
    the subject of a verb somewhere or carries a legal suffix: "Dick's said", "McDonald's
    is", "JDE Peet's N.V." (not "Apple's iPhone"); and, of those, the ones with a legal
    suffix, whose possessive stays in the name at its end too ("68% of JDE Peet's,"). A
    possessive word after a possessive determiner is a name's too: "its Sam's Club unit"."""
    by_verb: set[str] = set()
    suffixed: set[str] = set()
    for i in range(len(doc) - 2):
        if doc[i + 1].lower_ in S_POSSESSIVES and doc[i].whitespace_ == "" and doc[i].text[:1].isupper():
            if doc[i + 2].text.rstrip(".") in LEGAL_AFTER_COMMA:
                suffixed.add(doc[i].text)
            elif doc[i + 2].lower_ in NAME_VERBS:
                by_verb.add(doc[i].text)
            elif i and doc[i - 1].lower_ in POSSESSIVE_DETERMINERS and doc[i + 2].text[:1].isupper():
                by_verb.add(doc[i].text)
            elif doc[i + 2].text == "(" and _bracketed_place_then_suffix(doc, i + 2) is not None:
                suffixed.add(doc[i].text)     # "Kwality Wall's (India) Ltd"
            elif i and doc[i - 1].lower_ == "the" and _everyday(doc[i + 2].text, zipf=3.0) \
                    and doc[i].text not in lexicon()["org_cues"]:
                by_verb.add(doc[i].text)      # 'the Sam's Club chain': no one writes 'the Alibaba's Tmall'
    return by_verb | suffixed, suffixed


def _bracketed_place_then_suffix(doc: Doc, bracket: int) -> int | None:
    """'(India) Ltd', '(Hong Kong) Limited': one or two capitalised words in brackets before a
    legal suffix, the way a group's local company is named; the closing bracket, or None."""
    close = next((k for k in range(bracket + 2, min(bracket + 4, len(doc))) if doc[k].text == ")"), None)
    if close is not None and close + 1 < len(doc) and doc[close + 1].text.rstrip(".") in LEGAL_AFTER_COMMA \
            and all(is_capitalised(t.text) for t in doc[bracket + 1:close]):
        return close
    return None


def _tidy_runs(doc: Doc, runs: list[tuple[int, int]], lex: Lexicon, headline: set[int],
               kept_possessives: set[str] = frozenset()) -> list[tuple[int, int]]:
    """Trim stop words at the edges (not a capitalised one inside body text: 'Capital One',
    'Cheez-It'), split 'A & B' when both stand alone elsewhere, and drop a leading place or
    nationality word before a name the article uses on its own."""
    alone = {doc[s:e].text for s, e in runs}
    # ('About You' beside 'About You Holding SE': the start of a longer name keeps its words)
    openings = {doc[s:k].text for s, e in runs for k in range(s + 2, e)}
    placey = lex["place_words"]
    tidy: list[tuple[int, int]] = []
    for start, end in runs:
        while end < len(doc) and doc[end].text[:1].isupper() and doc[start:end + 1].text in openings:
            end += 1
        while end - start > 1 and doc[end - 1].lower_ in STOP_WORDS and doc[start:end].text not in openings and not (
                doc[end - 1].lower_ in S_POSSESSIVES and doc[end - 2].text in kept_possessives     # "JDE Peet's,"
                or doc[end - 2].text == "-" and doc[end - 2].whitespace_ == "" == doc[end - 3].whitespace_
                or doc[end - 1].text[:1].isupper() and end - 1 not in headline
                and doc[end - 1].text not in lex["not_names"]):     # 'Chung Shin-a', 'Cheez-It
            end -= 1
        amp = next((i for i in range(start, end) if doc[i].text == "&"), None)
        if amp is not None and doc[start:amp].text in alone and doc[amp + 1:end].text in alone:
            tidy.extend([(start, amp), (amp + 1, end)])
            continue
        while end - start > 1 and doc[start].text in placey and doc[start + 1:end].text in alone \
                and not all(_is_company_word(t.text, lex) for t in doc[start + 1:end]):
            start += 1     # ('York Holdings' beside a 'Holdings' cut from another name stays whole)
        tidy.append((start, end))
    return tidy


def _titled_brands(doc: Doc, runs: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """'Unilever will acquire Dr. Squatch, a soap brand for men': a one-word name after an
    honorific names a company when somewhere in the article it is bought or owned or
    described as a brand or company; the honorific then belongs to every use of the name
    (not where a given name is seen with the word: 'Jane Foster ... Dr. Foster')."""
    def titled(start: int, end: int) -> bool:
        return end - start == 1 and start > 0 and doc[start - 1].text in lex["person_titles"] \
            and doc[start - 1].whitespace_ == " "

    brands = {doc[start].text for start, end in runs if titled(start, end)
              and (_owned_object(doc, start - 1, end) or _described_as_company(doc, end, lex))}
    brands -= {doc[end - 1].text for start, end in runs if end - start > 1}
    return [(start - 1, end) if titled(start, end) and doc[start].text in brands else (start, end)
            for start, end in runs]


def _described_as_company(doc: Doc, end: int, lex: Lexicon) -> bool:
    """', a natural personal care brand for men': an apposition whose noun is a kind of
    company (not ', the company's founder', not ', a partner at the firm')."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    for k in range(end + 2, min(len(doc), end + 9)):
        token = doc[k]
        if not (token.is_lower or token.text == "-") or token.lower_ in lex["lower_roles"]:
            return False
        if token.lower_ in APPOSITION_COMPANY_NOUNS or token.lower_ in lex["descriptor_nouns"]:
            return not (k + 1 < len(doc) and doc[k + 1].lower_ in S_POSSESSIVES)
    return False


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|an|ese|ish)")


def _demonym_before_noun(doc: Doc, start: int, end: int) -> bool:
    """'the Tuscan lender', 'a Bavarian carmaker': a word of place-like shape between an
    article and a common noun describes the company; it does not name one.

    >>> [m.text for m in find_mentions(make_doc("Vantor said the Tuscan lender bought Brisko Group."))]
    ['Vantor', 'Brisko Group']
    """
    return end - start == 1 and start > 0 and end < len(doc) and doc[start - 1].lower_ in ("the", "a", "an") \
        and bool(_DEMONYM.fullmatch(doc[start].text)) and doc[end].is_lower and doc[end].is_alpha


# the words that close a unit's name of everyday words ('Platform and Content Group')
UNIT_CLOSERS = frozenset({"Group", "Division", "Unit", "Distribution", "Segment", "Department"})


CREATING_VERBS = frozenset({"created", "founded", "started", "launched", "built", "formed", "set"})


def _everyday(word: str, zipf: float = 4.0) -> bool:
    """A capitalised everyday English word ('Platform', 'Content'; at a lower ``zipf`` also
    'Depot'), no given name ('the BBC's Laura')."""
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and zipf_frequency(word.lower(), "en") >= zipf \
        and not _is_given_name(word, lexicon())


def _everyday_plural(word: str) -> bool:
    return word.endswith("s") and _everyday(word)


def lone_word_before_company_noun(doc: Doc, i: int) -> bool:
    """'the Bristol company': the word at ``i``, capitalised, used nowhere else in the
    article and followed by a whole company's noun, is a place or a trait of that company,
    not a name ('the Vantor group' beside 'Vantor' still names one)."""
    word = doc[i].text
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and i + 1 < len(doc) \
        and doc[i + 1].is_lower and doc[i + 1].lower_ in WHOLE_COMPANY_NOUNS and sum(t.text == word for t in doc) == 1


def _lone_word_before_pointer(doc: Doc, start: int, end: int) -> bool:
    """'co-founded the Bristol company in 1981': such a word after 'the' names no company.

    >>> [m.text for m in find_mentions(make_doc("Ada Quill co-founded the Kelso company with Brisko Group."))]
    ['Ada Quill', 'Brisko Group']
    """
    return end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" and lone_word_before_company_noun(doc, start)


# nouns for a whole company, never a brand's or a product's ('the Fila brand', 'the Kaola app');
# not 'group', which business groups are named with ('the Tata group')
WHOLE_COMPANY_NOUNS = frozenset({"company", "firm", "conglomerate", "startup", "lender", "insurer",
                                 "carmaker", "automaker", "chipmaker", "drugmaker", "steelmaker", "miner", "utility",
                                 "broker", "processor", "grocer", "manufacturer", "producer", "provider"})


def _negated_prefix(doc: Doc, i: int) -> bool:
    """``non-Alibaba clients`` names no relation to Alibaba."""
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("non", "anti", "pro", "post", "pre")


def _is_place_modifier(doc: Doc, end: int) -> bool:
    """``Bermuda-based``, ``Seattle-headquartered``, ``Bedford, Massachusetts-based``: the
    name before is a place."""
    if end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].text[:1].isupper():
        # ('the Bedford, Massachusetts-based company': a town before its state)
        k = end + 1
        while k < min(end + 3, len(doc)) and doc[k].text[:1].isupper() and doc[k].is_alpha:
            k += 1
        if k > end + 1 and _is_place_modifier(doc, k):
            return True
    nxt = doc[end:end + 3]
    words = [t.lower_ for t in nxt]
    return bool(words) and (words[0] in ("-based", "-headquartered") or
                            (len(words) >= 2 and words[0] in ("-", "–") and words[1] in ("based", "headquartered")))


MEDICAL_PRODUCT_NOUNS = frozenset({"test", "tests", "drug", "drugs", "vaccine", "vaccines", "pill", "pills",
                                   "injection", "injections"})
PRODUCT_WORDS = frozenset({"product", "drug", "medicine", "treatment", "therapy", "vaccine", "model", "game", "film",
                           "show", "title"})


def _names_a_product(doc: Doc, start: int, end: int) -> bool:
    """"Blueprint's main product, Ayvakit,", 'whose drug Caplyta': a name in apposition to
    a company's product names the product, not a company; so does one before a medical
    product's noun ('the Cologuard home screening test')."""
    after = [t for t in doc[end:end + 4]]
    nouns = [k for k, t in enumerate(after) if t.lower_ in MEDICAL_PRODUCT_NOUNS]
    owned = ("its", "their", "whose")
    if nouns and nouns[0] <= 2 and all(t.is_lower and t.is_alpha for t in after[:nouns[0]]) \
            and start > 0 and (doc[start - 1].lower_ in ("the", "a", "an", *owned) or doc[start - 1].lower_ in POSSESSIVES):
        return True     # (a determiner or an owner before: 'Vantor makes drugs' names a company; "Galderma's Dysport injections")
    if start >= 2 and doc[start - 1].lower_ in PRODUCT_WORDS and doc[start - 1].is_lower \
            and (doc[start - 2].lower_ in owned or doc[start - 2].lower_ in POSSESSIVES):
        return True
    # 'the television show Shark Tank', 'the video game Fortnite'
    if start >= 3 and doc[start - 1].lower_ in PRODUCT_WORDS and doc[start - 1].is_lower and doc[start - 2].is_lower \
            and doc[start - 2].is_alpha and doc[start - 3].lower_ in ("the", "a", "an", *owned):
        return True
    # 'Coca-Cola has launched its own prebiotic soda, Simply Pop': what a company makes itself
    if start >= 4 and doc[start - 1].text == "," and doc[start - 2].is_lower and doc[start - 2].is_alpha:
        lex = lexicon()
        noun = doc[start - 2].lower_
        own = next((k for k in range(start - 3, max(0, start - 7), -1) if doc[k].lower_ == "own"), None)
        if own is not None and doc[own - 1].lower_ in ("its", "their") \
                and all(t.is_lower for t in doc[own + 1:start - 1]) and noun not in lex["descriptor_nouns"] \
                and noun not in AGENT_COMPANY_NOUNS and noun not in lex["lower_roles"]:
            return True
    if _after_product_list_opener(doc, start) or _copied_product(doc, start, end):
        return True
    return start >= 3 and doc[start - 1].text == "," and doc[start - 2].lower_ in PRODUCT_WORDS \
        and any(t.lower_ in POSSESSIVES or t.lower_ in owned for t in doc[max(0, start - 6):start - 2])


def _after_product_list_opener(doc: Doc, start: int) -> bool:
    """'drugs such as Remicade and Herceptin', 'games like Fortnite': a list after a plural
    product noun and 'such as' or 'like' names products ('brands such as X' names companies)."""
    k = start - 1
    while k >= 2 and (doc[k].text in (",", "and", "or", "&") or doc[k].text[:1].isupper()) and start - k < 10:
        k -= 1
    if k < 1 or doc[k].text[:1].isupper():
        return False
    opener = k - 1 if doc[k].lower_ == "as" and doc[k - 1].lower_ == "such" else k if doc[k].lower_ == "like" else None
    noun = doc[opener - 1].lower_ if opener is not None and opener >= 1 else ""
    return noun.endswith("s") and noun[:-1] in PRODUCT_WORDS


COPY_WORDS = frozenset({"version", "versions", "copy", "copies", "biosimilar", "biosimilars", "generic", "generics"})


def _copied_product(doc: Doc, start: int, end: int) -> bool:
    """'its own version of Johnson & Johnson's Stelara', 'copies of Humira': what is copied
    is a product (its maker is not)."""
    if start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in COPY_WORDS:
        return end >= len(doc) or doc[end].lower_ not in POSSESSIVES
    if start < 3 or doc[start - 1].lower_ not in POSSESSIVES:
        return False
    k = start - 2
    while k > 0 and (doc[k].text[:1].isupper() or doc[k].text == "&") and start - k < 8:
        k -= 1
    return k >= 1 and k < start - 2 and doc[k].lower_ == "of" and doc[k - 1].lower_ in COPY_WORDS


PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "from"})
# a company is 'based in' a place, but a stake or an investment is 'in' a company
SITED_WORDS = frozenset({"based", "headquartered", "located", "founded", "incorporated", "registered", "born"})


def _names_a_place(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """'based in Secaucus, New Jersey', 'founded in Hobart, Tasmania': a name after a
    preposition of place and before a comma and a known region or country is a town;
    so is a name after 'based in' or 'headquartered in' without a company word.

    >>> [m.text for m in find_mentions(make_doc("Vantor, based in Kelso, Ohio, bought Brisko Group."))]
    ['Vantor', 'Brisko Group']
    >>> [m.text for m in find_mentions(make_doc("Vantor took stakes in Kelso, Ohio's biggest bank."))]
    ['Vantor', 'Kelso']
    """
    if start == 0 or doc[start - 1].lower_ not in PLACE_PREPOSITIONS:
        return False
    if any(_is_company_word(t.text, lex) for t in doc[start:end]):
        return False
    if start >= 2 and doc[start - 2].lower_ in SITED_WORDS:
        return True
    placey = lex["place_words"]
    k = end + 1
    while k < len(doc) and doc[k].text in placey:
        k += 1
    return end < len(doc) and doc[end].text == "," and k > end + 1 \
        and (k == len(doc) or doc[k].text not in POSSESSIVES and (doc[k].is_punct or doc[k].is_lower))


def _typed_mention(doc: Doc, start: int, end: int, lex: Lexicon, sentence: int) -> Mention | None:
    tokens = [t.text for t in doc[start:end]]
    placey = lex["place_words"]
    if all(t in placey or t in ("-", "of", "&") for t in tokens):
        return None
    if _names_a_department(doc, start, tokens, lex):
        return None
    if _demonym_before_noun(doc, start, end) or _lone_word_before_pointer(doc, start, end):
        return None
    if len(tokens) == 1 and tokens[0].rstrip(".") in LEGAL_AFTER_COMMA:
        return None     # ('OrPower 4, Inc.': a legal suffix alone names no company)
    if len(tokens) == 1 and (len(tokens[0]) < 2 or tokens[0].isdigit() or tokens[0] in LEGAL_CUES
                             and _bare_company_word(doc, start) or _common_initialism(doc, start)):
        return None
    span = doc[start:end]
    text = span.text
    return Mention(text=text, start=span.start_char, end=span.end_char,
                   type=_classify(doc, start, end, lex), sentence=sentence)


def _common_initialism(doc: Doc, start: int) -> bool:
    """'TV maker Vizio', 'Its TVs compete': a lone initialism that is an everyday word
    before a lowercase one, or the plural of an initialism, names a thing, not a company.

    >>> _common_initialism(make_doc("the TV maker"), 1), _common_initialism(make_doc("Its TVs sell"), 1)
    (True, True)
    >>> _common_initialism(make_doc("TCL makes sets"), 0)
    False
    """
    text = doc[start].text
    if re.fullmatch(r"[A-Z]{2,5}s", text):
        return True
    return re.fullmatch(r"[A-Z]{2,3}", text) is not None and start + 1 < len(doc) and doc[start + 1].is_lower \
        and doc[start + 1].is_alpha and zipf_frequency(text.lower(), "en") >= EVERYDAY_ZIPF


EVERYDAY_ZIPF = 5.0     # 'tv', 'ok': words of every page ('pc' and 'ai' are rarer, and name companies' units)


def _bare_company_word(doc: Doc, start: int) -> bool:
    """'The Bank said', 'Seven & i Holdings': a company word alone after an article or
    after a lowercase word names no company ('a subsidiary of Holdings', a defined short
    name in a filing, does)."""
    if start == 0 or doc[start].is_sent_start and start + 1 < len(doc) and doc[start + 1].is_lower:
        return True     # ('Group chairman P said')
    before = doc[start - 1]
    return before.lower_ in ("the", "this", "that", "its", "our", "their") \
        or before.is_lower and before.lower_ not in ("of", "by", "to", "from", "with", "and", "for", "in", "at", "on")


def _names_a_department(doc: Doc, start: int, tokens: list[str], lex: Lexicon) -> bool:
    """'Vice President of Operations and Supply Chain Management', 'Chairman of the Board':
    a function inside a company, named right after a role and 'of', is not a company."""
    if not all(t in lex["departments"] for t in tokens):
        return False
    before = [t.lower_ for t in doc[max(0, start - 3):start]]
    return "of" in before[-2:] or "board" in [t.lower() for t in tokens]


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers, current = [], -1
    for token in doc:
        current += 1 if token.is_sent_start or token.i == 0 else 0
        numbers.append(current)
    return numbers


def looks_like_person_name(tokens: list[str]) -> bool:
    """Given name + surname, or Chinese surname + pinyin given name (one or two syllables).

    >>> looks_like_person_name(["Ding", "Hongwei"]), looks_like_person_name(["Taobao", "Alliance"])
    (True, False)
    >>> looks_like_person_name(["Brian", "O'Neill"])
    True
    """
    lex = lexicon()
    tokens = [t for t in tokens if t not in SURNAME_PARTICLES] if tokens[:1] and tokens[0] in lex["given_names"] \
        else tokens
    # 'O'Brien', 'D’Souza': a surname may open with a letter and an apostrophe
    tokens = [re.sub(r"^([A-Z])['’](?=[A-Z])", r"\1", t) for t in tokens]
    if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() and t.replace("-", "").replace(".", "").isalpha() for t in tokens):
        return False
    if any(t in lex["org_cues"] for t in tokens):
        return False
    if tokens[0] in lex["given_names"]:
        return True
    if tokens[0] in lex["chinese_surnames"]:
        given = "".join(tokens[1:]).replace("-", "").lower()
        if len(tokens) == 3:   # Tan Hooi Ling, Lee Hsien Loong: two short given-name syllables
            return all(len(t) <= 5 and t.isalpha() for t in tokens[1:])
        if _PINYIN_NAME.fullmatch(given):
            return True
    if tokens[-1] in lex["chinese_surnames"] and len(tokens) == 2:
        return bool(_PINYIN_NAME.fullmatch(tokens[0].lower()))
    return len(tokens) == 2 and len(tokens[0]) <= 5 and "-" in tokens[1] \
        and all(_KOREAN_SYLLABLE.fullmatch(part.lower()) for part in tokens[1].split("-"))


def _digit_name_start(doc: Doc, i: int) -> bool:
    """'7-Eleven', '3M-Vantor': a number joined by a hyphen to a capitalised word starts a
    name; so does one joined to a capital before a capitalised word ('3G Capital', not '5G network')."""
    if not doc[i].text.isdigit() or i + 2 >= len(doc) or doc[i].whitespace_ != "":
        return False
    if doc[i + 1].text == "-":
        return doc[i + 1].whitespace_ == "" and doc[i + 2].text[:1].isupper()
    if doc[i + 1].text.isupper() and doc[i + 1].whitespace_ == " " and doc[i + 2].text[:1].isupper():
        return True
    # ('3M retains a stake' beside '3M Co': the same number and capital open a name elsewhere)
    return doc[i + 1].text.isupper() and (doc[i].text, doc[i + 1].text) in _digit_names(doc)


def _digit_names(doc: Doc) -> set[tuple[str, str]]:
    """The number-and-capital pairs that open a longer name somewhere in the document ('3M Co')."""
    if "digit_names" not in doc.user_data:
        doc.user_data["digit_names"] = {(t.text, doc[t.i + 1].text) for t in doc[:-2]
                                        if t.text.isdigit() and t.whitespace_ == "" and doc[t.i + 1].text.isupper()
                                        and doc[t.i + 1].whitespace_ == " " and doc[t.i + 2].text[:1].isupper()}
    return doc.user_data["digit_names"]


def _letter_name_start(doc: Doc, i: int, lex: Lexicon) -> bool:
    """'a stake in A Holdings': inside a sentence, a capital letter before a company word
    ('Holdings', 'Corp') starts a name, though 'A' is an article elsewhere."""
    return len(doc[i].text) == 1 and doc[i].text.isupper() and not doc[i].is_sent_start and i + 1 < len(doc) \
        and doc[i + 1].text[:1].isupper() and (doc[i + 1].text in lex["org_cues"]
                                               or doc[i + 1].text.rstrip(".") in lex["org_suffixes"])


RUN_BY_WORDS = frozenset({"led", "chaired", "headed", "run", "owned", "controlled", "managed", "backed"})


# the company words that make a name of any word before them ('Yes Bank', 'Summit Group')
LEGAL_CUES = frozenset({"Bank", "Group", "Holdings", "Holding", "Capital", "Partners", "Ventures", "Inc", "Inc.",
                        "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Limited", "LLC", "plc", "PLC", "AG", "GmbH",
                        "Securities", "Insurance", "Motors", "Airlines", "Pharmaceuticals", "Industries"})


def _blocked_word_before_legal_cue(doc: Doc, i: int, lex: Lexicon) -> bool:
    """'Yes Bank', 'Summit Group': a word kept out of names on its own ('Yes', 'Summit')
    opens one before a company word; 'The Bank', 'Mr Group' and 'Monday Holdings' do not.

    >>> doc = make_doc("Both RBL and Yes Bank compete. Yes, they do.")
    >>> [m.text for m in find_mentions(doc)]
    ['RBL', 'Yes Bank']
    """
    token = doc[i]
    return token.text in lex["not_names"] and token.lower_ not in STOP_WORDS and token.text not in lex["person_titles"] \
        and token.text not in lex["weekdays"] and token.text not in lex["months"] \
        and token.whitespace_ == " " and i + 1 < len(doc) and doc[i + 1].text in LEGAL_CUES


def _title_inside_name(doc: Doc, i: int, lex: Lexicon) -> bool:
    """'Keurig Dr Pepper': an honorific between two capitalised words, after a name's word
    that is itself no title or stop word, is part of a company's name ('Prof Dr Jane Ng' and
    'When Dr Ng' keep theirs).

    >>> [m.text for m in find_mentions(make_doc("Shares of Keurig Dr Pepper rose, said Dr Jane Ng."))]
    ['Keurig Dr Pepper', 'Jane Ng']
    """
    if doc[i].text not in ("Dr", "Dr.") or not 0 < i < len(doc) - 1 or doc[i].is_sent_start:
        return False
    before, after = doc[i - 1], doc[i + 1]
    return before.whitespace_ == " " and doc[i].whitespace_ == " " and is_capitalised(before.text) \
        and is_capitalised(after.text) and before.lower_ not in STOP_WORDS and not _is_blocked_word(before.text, lex)


def _opener_in_a_name(doc: Doc, i: int, lex: Lexicon) -> bool:
    """'bought New Guards Group', 'the New York Stock Exchange', 'Figure AI': inside a
    sentence, an opening word of the lexicon's ``name_openers`` before a capitalised word
    starts a name ('New Year' stays out: 'Year' is no name word)."""
    if doc[i].text not in lex["name_openers"] or doc[i].is_sent_start or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1].text
    return doc[i].whitespace_ == " " and (nxt in lex["name_tails"] or nxt[:1].isupper() and not _is_blocked_word(nxt, lex))


def _month_word_in_a_name(doc: Doc, i: int) -> bool:
    """'Jun Young-hyun', 'Lei Jun': a short word that is also a month is a surname before a
    Korean given name, or a given name after a Chinese surname; 'Jan Jenisch': a month
    that is also a given name, before a capitalised word that is no month or number."""
    lex = lexicon()
    if i + 1 < len(doc) and doc[i].whitespace_ == " " and _is_given_name(doc[i].text, lex) \
            and not (i > 0 and doc[i - 1].lower_ in ("in", "on", "since", "until", "by", "from", "through", "to",
                                                     "last", "next", "early", "late", "mid", "of", "before", "after")) \
            and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha and doc[i + 1].text not in lex["months"] \
            and doc[i + 1].text not in lex["weekdays"] and not _is_blocked_word(doc[i + 1].text, lex):
        return True
    if i > 0 and doc[i - 1].text in lex["chinese_surnames"] and doc[i - 1].whitespace_ == " " \
            and _PINYIN_NAME.fullmatch(doc[i].lower_) and not (i + 1 < len(doc) and doc[i + 1].like_num):
        return True
    return i + 3 < len(doc) and len(doc[i].text) <= 4 and doc[i + 1].text[:1].isupper() and doc[i + 2].text == "-" \
        and bool(_KOREAN_SYLLABLE.fullmatch(doc[i + 1].lower_)) and bool(_KOREAN_SYLLABLE.fullmatch(doc[i + 3].text))


def _is_given_name(word: str, lex: Lexicon) -> bool:
    return word in lex["given_names"] or word in lex["more_given_names"]


# surname endings no company name has ('Gutovic', 'Kowalski', 'Shevchenko', 'Popescu')
_SURNAME_ENDING = re.compile(r"(?:[oe]vić|[oe]vic|[oe]vich|ski|ska|sky|chenko|escu|poulos|shvili)$")


def looks_like_weak_person_name(tokens: list[str]) -> bool:
    """A first name from the wider list, followed by a surname that is not a first name too.

    >>> looks_like_weak_person_name(["Bobby", "Kotick"]), looks_like_weak_person_name(["Morgan", "Stanley"])
    (True, False)
    """
    lex = lexicon()
    if len(tokens) == 2 and all(t.isalpha() and t[:1].isupper() and t[1:].islower() for t in tokens) \
            and _SURNAME_ENDING.search(tokens[1]) and tokens[0] not in lex["org_cues"]:
        return True     # 'Miljan Gutovic'
    return 2 <= len(tokens) <= 3 and tokens[0] in lex["more_given_names"] \
        and not _is_given_name(tokens[-1], lex) and all(t.isalpha() and t[:1].isupper() for t in tokens[1:]) \
        and not any(t in lex["org_cues"] for t in tokens)


# role words that are also verbs: 'Molly Liu, who heads Starbucks China' (not 'division heads Jo and Al')
ROLE_VERB_FORMS = frozenset({"heads", "chairs", "leads"})
SUBJECT_WORDS = frozenset({"who", "he", "she", "also", "now", "currently", "still", "which", "that"})


# 'industry leader Sherwin-Williams', 'market leader X': a company that leads a market
MARKET_WORDS = frozenset({"industry", "market", "sector", "category", "segment", "world", "global"})


def _classify(doc: Doc, start: int, end: int, lex: Lexicon) -> EntityType:
    tokens = [t.text for t in doc[start:end]]
    words = doc[start:end].text.split()     # 'Jae-won' is one word of a name, three tokens
    person = 0
    company = 0
    if looks_like_person_name(words):
        person += 2
    elif looks_like_weak_person_name(words):
        person += 1
    if any(_is_company_word(t, lex) for t in tokens):
        company += 3
    if any(re.search(r"\d|\.\w|^[a-z]+[A-Z]|^[A-Z]{2,}$", t) for t in tokens):
        company += 2
    if len(tokens) == 1:
        company += 1
    if len(words) > 2 and any(w in ROMANCE_PARTICLES for w in words[1:-1]) and not _is_given_name(words[0], lex):
        company += 2    # 'Banco do Brasil' (but 'Luca di Montezemolo')
    before = doc[max(0, start - 3):start]
    if len(before) and (before[-1].text in lex["person_titles"] or before[-1].text.rstrip(".") in lex["person_titles"]):
        person += 3
    if len(before) and before[-1].lower_ in lex["lower_roles"] and before[-1].lower_ not in ("owner", "owners") \
            and not (before[-1].lower_ in ("leader", "leaders") and len(before) > 1 and before[-2].lower_ in MARKET_WORDS) \
            and not (len(before) > 1 and before[-1].lower_ in ROLE_VERB_FORMS and before[-2].lower_ in SUBJECT_WORDS) \
            and not (before[-1].lower_ in ("partner", "partners") and len(before) > 1 and before[-2].is_lower
                     and (before[-2].lower_ not in lex["role_modifiers"] and before[-2].lower_ not in ("managing", "general")
                          or any(t.lower_ in ("its", "their") for t in before[:-1]))):
        person += 2     # but 'Gucci owner Kering', 'its alliance partner Nissan', 'its former partner Biogen'
    elif len(before) and before[-1].text == "," and _role_before_comma(doc, start - 1, through_of=len(words) > 1) \
            and not _titles_a_name(doc, end):
        person += 2     # 'Its chief executive, Lourenco Goncalves,'; "Uber's chief executive at the time, Dara K.,"
    if len(words) == 1 and len(before) >= 2 and before[-1].lower_ in AGENT_COMPANY_NOUNS and before[-2].is_lower \
            and before[-2].is_alpha:
        company += 2    # 'chip designer Arm', 'game developer Krafton'
    if len(before) and before[-1].lower_ in lex["descriptor_nouns"] and before[-1].is_lower \
            and before[-1].lower_ not in lex["lower_roles"] \
            and not (end < len(doc) and doc[end].lower_ in CREATING_VERBS and _is_given_name(words[0], lex)):
        company += 2    # 'supermarket chain Jaya Grocer' (not 'the unit Ada Quade created': its creator)
    if len(before) >= 2 and before[-1].lower_ == "of" and before[-2].lower_ in ("owner", "parent", "operator", "maker"):
        company += 2    # 'the owner of Louis Vuitton'
    if len(before) and before[-1].lower_ in ("succeed", "succeeds", "succeeded", "succeeding") \
            and _role_follows(doc, end, lex):
        person += 1     # 'would succeed Kenichiro Yoshida as chief executive
    if len(before) >= 2 and before[-1].lower_ in REPLACING_VERBS and before[-2].lower_ in ("who", "he", "she"):
        person += 2     # 'Fernando Fernandez, who replaced Hein Schumacher': a person replaces a person
    elif len(before) >= 3 and before[-1].lower_ == "by" and before[-2].lower_ in ("replaced", "succeeded") \
            and before[-3].lower_ in ("be", "is", "was", "been"):
        person += 2     # 'She will be replaced by Rafa Duarte': only a person is replaced by a person
    elif len(before) and before[-1].lower_ == "from" and any(
            doc[k].lower_ == "over" and doc[k - 1].lower_ in ("took", "takes", "take", "taking")
            and any(t.lower_ in lex["lower_roles"] for t in doc[k + 1:start - 1]) for k in range(max(1, start - 10), start - 1)):
        person += 2     # 'who took over as Vantor's CEO from Eddo Quist': a person takes over from a person
    elif len(before) and before[-1].lower_ in REPLACING_VERBS \
            and any(t.lower_ in lex["lower_roles"] and t.is_lower for t in doc[max(0, start - 9):start - 1]):
        person += 2     # 'will become chief executive in May, replacing Ryuichi Isaka'
    after = doc[end:end + 2]
    if len(after) and after[0].lower_ in lex["modifier_heads"] | {"users", "platform", "app", "account"}:
        company += 2
    if len(after) >= 2 and after[0].text == "," and after[1].lower_ == "who":
        person += 1
    if len(doc[end:end + 3]) == 3 and after[0].text == "," and after[1].text.isdigit() \
            and 18 <= int(after[1].text) <= 99 and doc[end + 2].text == ",":
        person += 3     # 'Quist, 42, is chief executive': an age
    if len(before) and before[-1].lower_ in ("rival", "rivals", "competitor", "competitors") and before[-1].is_lower:
        company += 2    # 'against domestic rival Li Ning'
    if len(before) >= 2 and before[-1].lower_ == "of" and before[-2].lower_ == "those" \
            and any(t.lower_ in COMPETING_VERBS for t in doc[max(0, start - 5):start - 2]):
        company += 3    # 'its microscopes compete with those of Carl Zeiss': a rival's products
    if _owned_object(doc, start, end):
        company += 3    # 'Capri, which also owns Michael Kors and Jimmy Choo', 'to buy Jack Wolfskin'
    if len(doc[end:end + 3]) == 3 and after[0].text == "," and after[1].lower_ in RUN_BY_WORDS \
            and doc[end + 2].lower_ == "by":
        company += 3    # 'Young Poong, chaired by Chang Hyung-jin,': only an organisation is run by someone
    # 'Kraft Heinz's chief executive', '27.5% of Kraft Heinz': what only a company has
    if len(after) >= 2 and after[0].lower_ in POSSESSIVES and (
            after[1].lower_ in COMPANY_ONLY_NOUNS or len(after) > 2 and after[2].lower_ in COMPANY_ONLY_NOUNS
            or after[1].lower_ in lex["lower_roles"] and after[1].lower_ not in ("wife", "husband", "son", "daughter")):
        company += 2
    if len(words) == 1 and _titles_a_name(doc, end):
        company += 1    # 'His father, Oracle co-founder Larry Ellison': the name heads the title
    if len(before) >= 2 and before[-1].lower_ == "of" and before[-2].text == "%":
        company += 2
    if len(words) > 1 and len(before) >= 3 and before[-1].lower_ == "by" and before[-2].lower_ in ("led", "headed", "chaired") \
            and before[-3].lower_ in ("is", "was", "are", "were", "been", "being", "be", ","):
        person += 2     # 'Flipkart, which is led by Kalyan Krishnamurthy', "Apple's services business, led by
        #                 Eddy Cue," (a round is 'led by' an investor)
    if len(after) and after[0].lower_ in ("said", "says", "told", "stated", "posted", "wrote", "added") \
            and not (len(before) and before[-1].lower_ in ("at", "from")):   # 'analysts at Morgan Stanley said'
        person += 1 if len(words) > 1 else 0     # ('Rolls-Royce said' is one word)
    if _role_follows(doc, end, lex):
        person += 2
    if len(words) > 1 and _founded_by(doc, start):
        person += 1     # 'founded in 2018 by Matan Bar and Ilan Atias'
    if len(words) > 1 and len(before) and before[-1].lower_ == "with" and any(
            t.lower_ in FOUNDING_VERBS for t in doc[max(0, start - 9):start - 1]):
        person += 2     # 'co-founded the ride-hailing app Ola with Ankit Bhati': a co-founder
    leaving = " ".join(t.lower_ for t in after[:2])
    if len(words) > 1 and (leaving in ("stepped down", "steps down", "will retire", "retired in", "leaves for", "left for",
                                       "is leaving", "departs for")
                           or len(after) and after[0].lower_ in ("resigned", "retired", "quit")):
        person += 1     # 'after Makoto Uchida stepped down'
    return EntityType.PERSON if person > company else EntityType.COMPANY


COMPETING_VERBS = frozenset({"compete", "competes", "competed", "competing", "rival", "rivals", "rivalled", "rivaled"})
SUCCESSION_VERBS = frozenset({"succeed", "succeeds", "succeeded", "succeeding", "replace", "replaces", "replaced",
                              "replacing"})
# ('who replaced Q', 'who ousted Q': what only a person does to a person)
REPLACING_VERBS = SUCCESSION_VERBS | {"ousted", "ousts", "oust"}
OWNING_VERBS = frozenset({"buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
                          "own", "owns", "owned", "owning", "purchase", "purchases", "purchased", "sell", "sells",
                          "sold", "selling"})


def _owned_object(doc: Doc, start: int, end: int) -> bool:
    """The name, or a later member of a list of names, is the object of a verb of buying
    or owning: only companies are bought and owned ('owns Michael Kors and Jimmy Choo';
    not 'bought Jack Smith's stake')."""
    if end < len(doc) and doc[end].lower_ in POSSESSIVES:
        return False
    k = start - 1
    while k >= max(0, start - 8) and (doc[k].text in (",", "and", "&") or is_capitalised(doc[k].text)):
        k -= 1
    return k >= 0 and doc[k].lower_ in OWNING_VERBS and (k == start - 1 or doc[k + 1].text not in (",", "and"))


FOUNDING_VERBS = frozenset({"founded", "started", "established", "created", "launched"})


def _founded_by(doc: Doc, start: int) -> bool:
    """The name, or a later member of a list of names, follows 'founded ... by'."""
    k = start - 1
    while k >= max(0, start - 8) and (doc[k].text in (",", "and") or is_capitalised(doc[k].text)):
        k -= 1
    return k >= 1 and doc[k].lower_ == "by" and any(t.lower_ in FOUNDING_VERBS for t in doc[max(0, k - 4):k])


def _titles_a_name(doc: Doc, end: int) -> bool:
    """'Oracle co-founder Larry Ellison', 'Apple design chief Jony Ive': the name before a
    lowercase role and a capitalised name is what the role belongs to."""
    k = end
    while k < len(doc) and k < end + 3 and doc[k].is_lower and doc[k].lower_ not in PERSON_ONLY_ROLES \
            and doc[k].lower_ not in ("co", "and", "or", "of"):
        k += 1      # 'design chief'
    word_end = k + 3 if k + 2 < len(doc) and doc[k + 1].text == "-" and doc[k].whitespace_ == "" == doc[k + 1].whitespace_ \
        else k + 1
    role = doc[k:word_end].text.lower() if k < len(doc) else ""
    return role in PERSON_ONLY_ROLES and doc[k].is_lower and word_end < len(doc) and is_capitalised(doc[word_end].text)


def _role_before_comma(doc: Doc, comma: int, through_of: bool = False) -> bool:
    """'chief executive at the time,', 'its chief executive since 2019,': a role a few
    lowercase words before the comma that opens the name. With ``through_of``, the role
    may name what it heads: 'His successor as head of AI models,'."""
    seen_of = False
    for k in range(comma - 1, max(-1, comma - 7), -1):
        # 'its two co-presidents, A and B'
        role = doc[k].lower_
        if k == comma - 1 and role not in PERSON_ONLY_ROLES and role.endswith("s"):
            role = role[:-1]
        if role in PERSON_ONLY_ROLES and (doc[k].is_lower or seen_of or k == comma - 1):
            return True
        seen_of = seen_of or doc[k].lower_ == "of"
        if not (doc[k].is_lower or doc[k].like_num or through_of and k < comma - 1 and is_capitalised(doc[k].text)):
            return False
    return False


def _role_follows(doc: Doc, end: int, lex: Lexicon) -> bool:
    """'Nelson Peltz, Trian's founder', 'Carsten Helbing, an executive from Cariad',
    'Olivier Francois stays on as CEO': a role only a person holds describes the name."""
    after = doc[end:end + 8]
    if not len(after):
        return False
    words = [t.lower_ for t in after]
    if words[0] == ",":
        for i in range(1, len(after)):
            if words[i] in PERSON_ONLY_ROLES:
                return True
            if not (words[i] in ("a", "an", "the", "its", "his", "her") or words[i] in POSSESSIVES
                    or is_capitalised(after[i].text) and words[i] not in lex["lower_roles"]
                    or words[i] in lex["role_modifiers"]
                    or words[i] in ("co", "great") and words[i + 1:i + 2] == ["-"]
                    or words[i] == "-" and words[i - 1] in ("co", "great")     # ('a great-grandson of')
                    # 'the former German economy minister': one describing word before the role
                    # and 'managing director', 'general manager'
                    or i > 1 and i + 1 < len(after) and words[i + 1] in PERSON_ONLY_ROLES and after[i].is_lower
                    or words[i] in ("managing", "general") and i + 1 < len(after) and words[i + 1] in PERSON_ONLY_ROLES):
                return False
        return False
    for i, word in enumerate(words[:4]):
        if word in ("as", "becomes", "became", "remain", "remains", "remained", "is", "was", "be") and i + 1 < len(words):
            # 'as chief executive': 'chief' is both a modifier and a role of its own
            nxt = [w for w in words[i + 1:i + 5] if w not in ("the", "its", "a", "an")]
            # 'Mitsuya Kishida is Nidec's chief executive': past a company's possessive
            # ('replaced Hein Schumacher as Unilever's chief executive')
            if len(nxt) > 2 and after[i + 1].text[:1].isupper() and nxt[1] in POSSESSIVES:
                nxt = nxt[2:]
            while nxt and nxt[0] in lex["role_modifiers"] and nxt[0] not in PERSON_ONLY_ROLES:
                nxt.pop(0)
            return bool(nxt) and nxt[0] in PERSON_ONLY_ROLES
        # 'Vantor named Ilse Brand as chief executive': the role belongs to the nearer name
        if not after[i].is_alpha or is_capitalised(after[i].text):
            return False
    return False
