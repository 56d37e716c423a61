"""Typed relations between the entities of an article, from rules that are data.

The rules live in ``data/relation_rules.txt``, one phrasing per line, compiled into
spaCy ``Matcher`` patterns over a document in which every name (and every 'the company',
'it', 'he', 'she') is a single token. A match gives head, tail and optional seller tokens;
lists that follow or precede a slot distribute ('competition from A and B'), pronouns
resolve to the salient company or person, and each relation gets a status, attributes and
a confidence from its rule.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from wordfreq import word_frequency

from corpgraph.errors import ValidationError
from corpgraph.loaders.attributes import (decide_status, find_amounts, find_dates, find_stake, nearest,
                                          normalise_role, without_conversions)
from corpgraph.loaders.mentions import (APPOSITION_COMPANY_NOUNS, POSSESSIVES, SUBJECT_VERBS, SUCCESSION_VERBS,
                                        lexicon, lone_word_before_company_noun, nlp)
from corpgraph.records import (RELATION_SIGNATURES, Article, Entity, EntityType, Evidence, Mention,
                               Relation, RelationType, Status, edge_key)

ORG, PERSON, ORGREF, PERREF = "ORG", "PERSON", "ORGREF", "PERREF"
# how a share is written after its number ('per cent' is one token: see make_doc)
PERCENT_WORDS = frozenset({"%", "percent", "pc", "per cent"})
ENTITY_LABELS = [ORG, PERSON, ORGREF, PERREF]
BREAKERS = [".", ";", "but", "while", "whereas", "although", "though", "however", "which", "who",
            "whose", "when", "where", "after", "before", "because", "if", "unless", "with", "by", "?", "!", "—", "(", ")"]
ROLE_CLASSES = {"lead_role", "top_role", "founder_role", "staff_role", "subordinate", "titled", "descriptor"}
NOT_RIVALS = {"investor", "investors", "shareholder", "shareholders", "activist", "fund", "regulator", "regulators",
              "lender", "lenders", "creditor", "creditors", "authorities", "government"}
CLAUSE_VERBS = frozenset({"could", "would", "will", "can", "is", "was", "has", "had", "did", "does", "said", "says"})
# a verb after a name that makes the name the subject of a clause of its own
NEW_CLAUSE_VERBS = CLAUSE_VERBS | {"holds", "owns", "controls", "retains", "keeps", "takes", "took", "gets", "got"}
# past-tense deal verbs whose subject, right after a name in a list, opens a clause on that
# name ('X, the business Aramark spun off', 'Y, the unit Siemens sold')
RELATIVE_CLAUSE_VERBS = SUBJECT_VERBS | {"spun", "created", "built", "formed", "set", "carved", "listed", "floated"}
# verbs of a company's own brands and products ('and owns brands such as X')
OWNING_VERBS = frozenset({"own", "owns", "sell", "sells", "make", "makes", "run", "runs", "operate", "operates",
                          "market", "markets", "produce", "produces", "has", "have"})
# the verbs that open a clause of their own after 'and' ('A and B, and owns brands such as C')
CLAUSE_OPENING_VERBS = NEW_CLAUSE_VERBS | OWNING_VERBS
AND_ADVERBS = "later|then|also|subsequently|eventually|will|would|to|has|have|had|now|still"
UNIT_PLACE_WORDS = frozenset({"inside", "within", "under", "alongside"})
PREPOSITIONS = {"to", "from", "for", "with", "by", "of", "in", "on", "at", "into", "onto", "over", "under"}
SAYING_VERBS = {"said", "says", "told", "announced", "announces", "confirmed", "confirms", "added", "stated"}
QUOTE_MARKS = frozenset({"\"", "“", "”", "«", "»"})   # double quotes: single ones double as apostrophes
RIVALRY_WORDS = frozenset({"rival", "rivals", "compete", "competes", "competed", "competing", "competition",
                           "competitor", "competitors", "ground", "against", "challengers"})
OWNER_NOUNS = frozenset({"shareholder", "investor", "backer", "owner"})
RIVAL_NOUNS = frozenset({"rival", "competitor", "challenger"})
PAIR_NOUNS = frozenset({"couple", "pair", "duo", "trio"})
STAKE_NOUNS = frozenset({"stake", "stakes", "share", "shares", "shareholding", "holding", "interest"})
LONGEST_SENTENCE = 200   # tokens, after names are merged
PRONOUN_PENALTY = 0.85
UNIT_NOUNS = frozenset({"division", "unit", "business", "arm", "operations", "subsidiary", "units", "businesses"})
MINORITY_FRACTIONS = frozenset({"third", "quarter", "fifth", "sixth", "tenth"})
CHAIN_PRONOUNS = frozenset({"it", "its", "they", "their"})
# words opening a phrase that sets another company beside the sentence's subject
FRAMING_WORDS = frozenset({"besides", "unlike", "like", "apart", "aside", "beyond", "alongside", "except",
                           "excluding", "compared", "against", "instead"})
OPENING_PREPOSITIONS = frozenset({"in", "at", "on", "for", "after", "since", "within", "across", "outside", "beyond",
                                  "abroad", "meanwhile", "today", "now", "still", "yet", "also"})
LIST_PENALTY = 0.95


@dataclass(frozen=True)
class Rule:
    """One compiled phrasing: Matcher pattern, which pattern positions are slots."""

    name: str
    type: RelationType
    confidence: float
    pattern: list[dict]
    slots: dict[int, str]
    role_positions: frozenset[int]
    options: frozenset[str]
    source: str = ""

    @cached_property
    def literal_words(self) -> frozenset[str]:
        """The words the rule spells out ('bought', 'become'), not its gaps or slots."""
        return _literal_words_of(self.pattern)

    @cached_property
    def second_word(self) -> str:
        """What follows the opening slot in the source pattern: ',' for a rule that reads
        an apposition or a clause after its first name, "'s" for a possessive."""
        words = [w for w in self.source.split() if w != "group?"]     # ('A group, which ...': the -rel variant)
        return words[1] if len(words) > 1 else ""

    def option(self, name: str) -> str | None:
        for opt in self.options:
            if opt == name:
                return ""
            if opt.startswith(name + "="):
                return opt.split("=", 1)[1]
        return None


def _class_words(name: str) -> list[str]:
    lex = lexicon()
    if f"classes_{name}" in lex.words:
        return sorted({w for phrase in lex[f"classes_{name}"] for w in phrase.split()})
    source = {"lead_role": ["lead_roles"], "founder_role": ["founder_roles"], "staff_role": ["staff_roles"],
              "descriptor": ["descriptor_nouns"], "titled": ["lead_roles", "founder_roles"]}.get(name)
    if source is None:
        raise ValidationError(f"relation rules use an unknown word class @{name}")
    words = {w for key in source for phrase in lex[key] for w in phrase.split()}
    return sorted(words)


def compile_pattern(text: str) -> tuple[list[dict], dict[int, str], frozenset[int]]:
    """Compile one rule pattern into Matcher token specs, slot positions and role positions.

    >>> specs, slots, roles = compile_pattern("ORG:h ~2 bought ORG:t")
    >>> slots
    {0: 'h', 3: 't'}
    """
    specs: list[dict] = []
    slots: dict[int, str] = {}
    roles: set[int] = set()
    for raw in text.split():
        optional = raw.endswith("?") and len(raw) > 1
        token = raw[:-1] if optional else raw
        spec: dict
        if m := re.fullmatch(r"(ORG|PER|ENT)(!?)(?::([hts]))?", token):
            kind, named_only, slot = m.groups()
            labels = {"ORG": [ORG, ORGREF], "PER": [PERSON, PERREF], "ENT": ENTITY_LABELS}[kind]
            if named_only:
                labels = [label for label in labels if not label.endswith("REF")]
            spec = {"ENT_TYPE": {"IN": labels}}
            if slot:
                slots[len(specs)] = slot
        elif m := re.fullmatch(r"ITS:([hts])", token):
            spec = {"LOWER": {"IN": ["its", "their"]}, "ENT_TYPE": ORGREF}
            slots[len(specs)] = m.group(1)
        elif token == "#":
            spec = {"LIKE_NUM": True}
        elif token == "%":
            spec = {"LOWER": {"IN": sorted(PERCENT_WORDS)}}
        elif m := re.fullmatch(r"(~{1,3})(\d+)", token):
            # ~N: words that are not names; ~~N: any words but clause breakers; ~~~N: any words
            # spaCy expands {0,N} into N optional tokens (costly); a ~~~ gap, and any gap of 8
            # or more, is '*', bounded by the sentence the Matcher runs on
            spec = {"LOWER": {"NOT_IN": BREAKERS if len(m.group(1)) < 3 else [".", ";", "?", "!"]},
                    "OP": f"{{0,{m.group(2)}}}" if len(m.group(1)) < 3 and int(m.group(2)) < 8 else "*"}
            if m.group(1) == "~":
                spec["ENT_TYPE"] = {"NOT_IN": ENTITY_LABELS}
            specs.append(spec)
            continue
        elif token.startswith("@"):
            words: list[str] = []
            for name in (part.lstrip("@") for part in token[1:].split("|")):
                words.extend(_class_words(name) if name in ROLE_CLASSES or f"classes_{name}" in lexicon().words
                             else [name])
            spec = {"LOWER": {"IN": words}, "ENT_TYPE": {"NOT_IN": ENTITY_LABELS}}
            if any(name in ROLE_CLASSES for name in token[1:].split("|")):
                roles.add(len(specs))
                # up to four words: 'chairman and chief executive'
                spec["OP"] = "{0,4}" if optional else "{1,4}"
                specs.append(spec)
                continue
        elif token == "'s":
            spec = {"LOWER": {"IN": POSSESSIVES}}
        elif token.startswith("^") and len(token) > 1:
            spec = {"LOWER": {"IN": token[1:].lower().split("|")}, "IS_SENT_START": True}
        else:
            spec = {"LOWER": {"IN": token.lower().split("|")}}
        if optional:
            spec["OP"] = "?"
        specs.append(spec)
    return specs, slots, frozenset(roles)


@lru_cache(maxsize=1)
def load_rules() -> tuple[Rule, ...]:
    """The rules of ``data/relation_rules.txt``, compiled."""
    text = resources.files("corpgraph.loaders").joinpath("data/relation_rules.txt").read_text("utf-8")
    rules = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        try:
            name, rtype, confidence, *rest = _split_rule(line)
            if name.endswith(("-rel", "-app", "-and")):
                raise ValueError("a rule's own name may not end like a variant's (-rel, -app, -and)")
            if any(rule.name == name for rule in rules):
                raise ValueError("a rule's name must be its own: another rule already has it")
            options = frozenset(rest[1].split()) if len(rest) > 1 else frozenset()
            for variant, pattern, extra in _variants(name, rest[0], options):
                specs, slots, roles = compile_pattern(pattern)
                rules.append(Rule(variant, RelationType.parse(rtype), float(confidence), specs, slots, roles,
                                  options | extra, pattern))
        except (ValueError, IndexError) as exc:
            raise ValidationError(f"relation_rules.txt line {number}: {exc}: {parts}") from None
    return tuple(rules)


def _variants(name: str, pattern: str, options: frozenset[str]) -> list[tuple[str, str, frozenset[str]]]:
    """A rule whose head is its subject ('A ~4 bought B') also reads through a relative
    clause ('A, which also owns C, bought B': '-rel') and an apposition or relative clause
    between commas ('A, the owner of C, bought B': '-app', the head must come first).

    A third, '-and', reads a second verb of the same subject ('A left in 2019 and later
    founded B').

    >>> [(n, p) for n, p, _ in _variants("x", "ORG:h ~4 bought ORG:t", frozenset())][1:3]
    [('x-rel', 'ORG:h group? , which|who|that ~4 bought ORG:t'), ('x-app', 'ORG:h , ~~~8 , which|who|that? ~4 bought ORG:t')]
    """
    found = [(name, pattern, frozenset())]
    words = pattern.split()
    if len(words) > 2 and re.fullmatch(r"(ORG|PER|ENT)!?:[hts]", words[0]) and re.fullmatch(r"~\d+", words[1]) \
            and "first" not in options and not {"head=subject", "tail=subject"} & options:
        rest = " ".join(words[1:])
        found.append((f"{name}-rel", f"{words[0]} group? , which|who|that {rest}", frozenset()))
        # ('A, the owner of C, which also owns D, bought B': the relative clause goes on after it)
        found.append((f"{name}-app", f"{words[0]} , ~~~8 , which|who|that? {rest}", frozenset({"first"})))
        # a passive second verb keeps its auxiliary: 'A was founded by B and was bought by C'
        adverbs = AND_ADVERBS + "|was|were|is|are" if " by " in pattern else AND_ADVERBS
        found.append((f"{name}-and", f"{words[0]} ~~~12 and {adverbs}? {' '.join(words[2:])}",
                      frozenset({"first"})))
    return found


def _split_rule(line: str) -> list[str]:
    # the pattern itself may hold '|' (word alternatives): split on ' | ' only
    return [p.strip() for p in line.split(" | ")]


@lru_cache(maxsize=1)
def _matcher() -> tuple[dict[str, Matcher], dict[int, Rule]]:
    """One Matcher each for the bounded rules ('plain'), the rules with an open gap ('wide'),
    and the '-rel', '-app' and '-and' variants, each split again by the rare word a rule
    needs ('wide+keyed:...'): all but 'plain' run only on sentences that could need them
    (``_needed_matchers``)."""
    matchers = {kind: Matcher(nlp().vocab, validate=True) for kind in VARIANTS}
    by_key = {}
    for rule in load_rules():
        variant = rule.name.rsplit("-", 1)[-1] if rule.name.endswith(("-rel", "-app", "-and")) else \
            "wide" if any(spec.get("OP") == "*" for spec in rule.pattern) else "plain"
        key = _keyed_kind(rule)
        kind = variant if key == "plain" else key if variant == "plain" else f"{variant}+{key}"
        if kind not in matchers:
            matchers[kind] = Matcher(nlp().vocab, validate=True)
        matchers[kind].add(rule.name, [rule.pattern])
        by_key[nlp().vocab.strings[rule.name]] = rule
    return matchers, by_key


VARIANTS = ("plain", "wide", "rel", "app", "and")
KEYED = "keyed:"
COMMON_WORD = 1e-3   # a key word more frequent than this ('of', ',', 'to') keeps a rule in 'plain'


def _keyed_kind(rule: Rule) -> str:
    """A bounded rule that needs a rare word ('acquired', 'rivals', 'stake') goes into a
    Matcher of its own, run only on sentences holding one of those words; the Matcher's
    cost grows with the number of rules it tries at every token."""
    required = [spec["LOWER"]["IN"] for spec in rule.pattern
                if isinstance(spec.get("LOWER"), dict) and "IN" in spec["LOWER"]
                and spec.get("OP") in (None, "{1,4}") and "IN" not in spec.get("ENT_TYPE", {})]
    if not required:
        return "plain"
    key = min(required, key=lambda words: sum(map(_frequency, words)))
    if any(_frequency(w) > COMMON_WORD for w in key):
        return "plain"
    return KEYED + "|".join(sorted(key))


def _frequency(word: str) -> float:
    """How common a word is in English; punctuation counts as the most common of all."""
    return word_frequency(word, "en") if any(c.isalpha() for c in word) else 1.0


@lru_cache(maxsize=1)
def _top_roles() -> frozenset[str]:
    return frozenset(_class_words("top_role"))


@lru_cache(maxsize=1)
def _opening_titles() -> frozenset[str]:
    """The words of a title that give the name after it an employer ('Chief executive P',
    'Founder P')."""
    return _top_roles() | frozenset(lexicon()["founder_roles"])


@lru_cache(maxsize=1)
def _top_role_names() -> frozenset[str]:
    """The top roles as ``normalise_role`` writes them ('ceo', 'chairman', ...)."""
    return frozenset(normalise_role(phrase.split()) for phrase in lexicon()["classes_top_role"])


@lru_cache(maxsize=1)
def _found_verbs() -> frozenset[str]:
    return frozenset(_class_words("found_verb"))


@lru_cache(maxsize=1)
def _keyed_words() -> dict[str, frozenset[str]]:
    """Each keyed Matcher's words: a sentence holding none of them cannot match its rules."""
    return {kind: frozenset(kind.split(KEYED, 1)[1].split("|")) for kind in _matcher()[0] if KEYED in kind}


def _variant(kind: str) -> str:
    """'wide+keyed:...' -> 'wide'; 'keyed:...' -> 'plain'."""
    return "plain" if kind.startswith(KEYED) else kind.split("+", 1)[0]


def _needed_matchers(doc: Doc, sent: Span, tokens: dict[int, "_Token"]) -> list[str]:
    """'plain' always; 'rel' when a name is followed by ', which|who|that'; 'app' when the
    first name of its kind is followed by a comma; 'and' when an 'and' comes before one of
    the '-and' variants' words. Of each, the keyed Matchers only where the sentence holds
    one of their words. Rules with an open gap ('wide', 'app') cost time in the square of a
    sentence's length, so a sentence longer than any newswriter's (a 10,000-name list) gets
    only the bounded ones."""
    variants = {"plain"}
    if len(sent) <= LONGEST_SENTENCE:
        variants |= _open_variants(doc, sent, tokens)
    words = {t.lower_ for t in sent}
    keyed = _keyed_words()
    return [kind for kind in _kinds_in_order() if _variant(kind) in variants
            and (kind not in keyed or not keyed[kind].isdisjoint(words))]


def _open_variants(doc: Doc, sent: Span, tokens: dict[int, "_Token"]) -> set[str]:
    variants = {"wide"}
    names = [i for i in range(sent.start, sent.end) if i in tokens]
    if any(i + 2 < sent.end and doc[i + 1].text == "," and doc[i + 2].lower_ in ("which", "who", "that")
           or i + 3 < sent.end and doc[i + 1].lower_ == "group" and doc[i + 2].text == ","
           and doc[i + 3].lower_ in ("which", "who", "that") for i in names):
        variants.add("rel")
    firsts = {}
    for i in names:
        firsts.setdefault(tokens[i].label.replace("REF", ""), i)
    # (or ends a pair that opens the sentence: 'A and B, a married couple, started it')
    if any(i + 1 < sent.end and doc[i + 1].text == "," or i + 3 < sent.end and doc[i + 1].lower_ == "and"
           and i + 2 in tokens and doc[i + 3].text == "," for i in firsts.values()):
        variants.add("app")
    triggers = _and_triggers()
    adverbs = AND_ADVERBS.split("|")
    for i in range(sent.start, sent.end - 2):
        if doc[i].lower_ == "and" and (doc[i + 1].lower_ in triggers
                                       or doc[i + 1].lower_ in adverbs and doc[i + 2].lower_ in triggers):
            variants.add("and")
            break
    return variants


@lru_cache(maxsize=1)
def _kinds_in_order() -> tuple[str, ...]:
    """The Matchers in the order their matches are read: the variants as in ``VARIANTS``,
    each unkeyed Matcher before its keyed ones."""
    return tuple(sorted(_matcher()[0], key=lambda kind: VARIANTS.index(_variant(kind))))


@lru_cache(maxsize=1)
def _and_triggers() -> frozenset[str]:
    """The first words of the '-and' variants after their 'and': a sentence without one of
    them after an 'and' cannot match any of them."""
    words: set[str] = set()
    for rule in load_rules():
        if rule.name.endswith("-and"):
            # the pattern runs: opening slot, gap, 'and', optional adverbs, the rule's own words
            words |= _literal_words_of([rule.pattern[4]])
    return frozenset(words)


@dataclass
class _Token:
    label: str
    entity: str | None


@lru_cache(maxsize=1)
def _anaphora_matcher() -> PhraseMatcher:
    """'the company', 'the group', 'he', 'she': words that point back at a named entity."""
    lex = lexicon()
    matcher = PhraseMatcher(nlp().vocab, attr="LOWER")
    matcher.add(ORGREF, [nlp().make_doc(p) for p in lex.phrases["org_anaphora"]])
    matcher.add(PERREF, [nlp().make_doc(p) for p in lex.phrases["person_anaphora"] if p in ("he", "she")])
    return matcher


# 'the venture firm Nine Oaks': a pointer's noun used as a modifier
VENTURE_KINDS = frozenset({"firm", "firms", "fund", "funds", "arm", "investor", "investors", "studio", "builder"})


def _anaphora_spans(doc: Doc, taken: list[Span]) -> list[Span]:
    busy = {i for span in taken for i in range(span.start, span.end)}
    # 'the operator of Upbit' describes a company; it does not point back at one,
    # 'the chipmaker Loopa' names the company it describes, and so does an apposition
    # ('Foodpanda, the platform owned by Delivery Hero'; not 'Loopa, the company's unit')
    found = [span for span in _anaphora_matcher()(doc, as_spans=True) + _described_subjects(doc, busy)
             + _name_head_pointers(doc, taken, busy) + _pair_pointers(doc, busy) + _deal_object_pointers(doc, busy)
             if not busy.intersection(range(span.start, span.end))
             and doc[span.end:span.end + 1].text.lower() not in ("capital", "capitalist", "capitalists")
             and not (span[-1].lower_ == "venture" and doc[span.end:span.end + 1].text.lower() in VENTURE_KINDS)
             # ('The joint venture, called JioStar,' introduces a name; it points at none)
             and not (doc[span.end:span.end + 1].text == "," and doc[span.end + 1:span.end + 2].text in NAMING_WORDS)
             and not (len(span) > 1 and span.end < len(doc) and (doc[span.end].lower_ == "of" or span.end in busy))
             and not (len(span) > 1 and span.start >= 2 and doc[span.start - 1].text == "," and span.start - 2 in busy
                      and doc[span.end:span.end + 1].text.lower() not in POSSESSIVES)]
    return sorted(filter_spans(found), key=lambda span: span.start)


TAKING_VERBS = frozenset({"over", "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
                          "purchase", "purchased", "purchasing"})


def _deal_object_pointers(doc: Doc, busy: set[int]) -> list[Span]:
    """'to take over the insolvent conglomerate', 'agreed to buy the troubled carmaker': after a
    verb of taking, 'the', one or two lowercase words and a pointer noun point back at a company
    as 'the conglomerate' does (not 'the conglomerate's unit' or 'the carmaker Loopa')."""
    nouns, found = _pointer_nouns(), []
    for token in doc[1:-2]:
        if token.lower_ != "the" or doc[token.i - 1].lower_ not in TAKING_VERBS:
            continue
        for width in (1, 2):
            end = token.i + 1 + width
            if end >= len(doc) or any(not (t.is_lower and t.is_alpha) or t.lower_ in nouns for t in doc[token.i + 1:end]):
                break
            if doc[end].lower_ in nouns and not busy.intersection(range(token.i, end + 1)) and (
                    end + 1 >= len(doc) or not (doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in POSSESSIVES)):
                found.append(Span(doc, token.i, end + 1, label=ORGREF))
                break
    return found


def _pair_pointer(text: str) -> bool:
    return text.startswith(("both ", "the two ")) or text in GENERAL_PAIR_POINTERS


# nouns of a pair that say nothing of its kind: which two is told by how much the article names them
GENERAL_PAIR_NOUNS = frozenset({"companies", "groups", "firms"})
GENERAL_PAIR_POINTERS = frozenset("the " + noun for noun in GENERAL_PAIR_NOUNS)


# words after which a clause, and so a pair pointer, may start: 'in a market where both companies compete'
PAIR_CLAUSE_OPENERS = frozenset({"where", "while", "because", "although", "though"})


def _pair_pointers(doc: Doc, busy: set[int]) -> list[Span]:
    """'Both chains compete with X', 'The two sites compete with Y': at a sentence's start,
    'both' or 'the two' and a plural noun point back at the two companies named last."""
    found = []
    for token in doc:
        if token.lower_ not in ("both", "the") or token.i + 2 >= len(doc):
            continue
        clause_start = token.is_sent_start or token.i > 0 and doc[token.i - 1].lower_ in PAIR_CLAUSE_OPENERS
        # ('kept taking customers from both chains': 'both' after a rival's preposition)
        rivals_object = token.lower_ == "both" and token.i > 0 and doc[token.i - 1].lower_ in ("from", "with", "against")
        if not (clause_start or rivals_object):
            continue
        k = token.i + 1 + (token.lower_ == "the" and doc[token.i + 1].lower_ == "two")
        if token.lower_ == "the" and k == token.i + 1 and doc[k].lower_ not in GENERAL_PAIR_NOUNS:
            continue
        noun = doc[k]
        singular = noun.lower_[:-3] + "y" if noun.lower_.endswith("ies") else noun.lower_[:-1]
        if noun.is_lower and noun.is_alpha and noun.lower_.endswith("s") and singular in _pair_nouns() \
                and k + 1 < len(doc) and (doc[k + 1].is_lower or rivals_object and doc[k + 1].is_punct) \
                and not busy.intersection(range(token.i, k + 1)):
            found.append(Span(doc, token.i, k + 1, label=ORGREF))
    return found


def _after_appositive_noun(doc: Doc, j: int) -> bool:
    """Whether the name at ``j`` follows the noun of an apposition: ', the uniform business
    Aramark' (but not 'and defence electronics unit Hanwha Systems')."""
    k = j - 1
    while k > 0 and doc[k].is_lower and doc[k].lower_ not in ("and", "or", "the", "a", "an"):
        k -= 1
    return k < j - 1 and doc[k].lower_ in ("the", "a", "an") and doc[k - 1].text == ","


@lru_cache(maxsize=1)
def _pair_nouns() -> frozenset[str]:
    """The nouns a pair of companies goes by: 'companies', 'chains', 'shipbuilders' ..."""
    lex = lexicon()
    return _pointer_nouns() | lex["descriptor_nouns"] | {"shipbuilder"}


# the last words of names that news takes up as 'the foundation', 'the fund' ...
HEAD_POINTER_NOUNS = frozenset({"foundation", "alliance", "fund", "trust", "exchange", "institute", "association",
                                "federation", "union", "agency", "council", "consortium", "partnership"})


def _name_head_pointers(doc: Doc, taken: list[Span], busy: set[int]) -> list[Span]:
    """'the Novo Nordisk Foundation ... The foundation also controls X': 'the' and the last
    word of a company named earlier point back at it."""
    first_use: dict[str, int] = {}
    for span in taken:
        if span.label_ == ORG and len(span) > 1 and span[-1].lower_ in HEAD_POINTER_NOUNS:
            first_use.setdefault(span[-1].lower_, span.end)
    if not first_use:
        return []
    return [Span(doc, token.i, token.i + 2, label=ORGREF) for token in doc[:-1]
            if token.lower_ == "the" and doc[token.i + 1].lower_ in first_use and token.i >= first_use[doc[token.i + 1].lower_]
            and not busy.intersection((token.i, token.i + 1))
            and not (token.i + 2 < len(doc) and (token.i + 2 in busy or doc[token.i + 2].text[:1].isupper()))]


DESCRIBED_SUBJECT_WORDS = 6
# 'The combined airline', 'The new unit, called X': a company the sentence creates or names
NEW_COMPANY_WORDS = frozenset({"combined", "merged", "new", "enlarged", "resulting", "proposed", "future", "joint"})
NAMING_WORDS = frozenset({"called", "named", "dubbed", "known"})
# what a sentence that brings a new company into being says ('the unit it is spinning off
# will be called Versant', 'to form a new group, VodafoneThree')
NEW_COMPANY_CUES = NAMING_WORDS | {"spin", "spins", "spinning", "spun", "spin-off", "spinoff", "demerger", "demerge",
                                   "separation", "form", "forms", "forming", "formed", "create", "creates",
                                   "creating", "created", "combine", "combining", "merge", "merging"}
# pointers that stand only for a company the article has named or described so ('The joint
# venture, called JioStar, ...'): 'the venture' of a deal yet to be named points at none
NAMED_ONLY_POINTERS = frozenset({"venture"})


@lru_cache(maxsize=1)
def _pointer_nouns() -> frozenset[str]:
    """The nouns of 'the company', 'the carmaker' ...: the heads a longer pointer may have."""
    return frozenset(p.split()[-1] for p in lexicon().phrases["org_anaphora"] if p.startswith("the "))


def _names_word_of_a_name(doc: Doc, i: int, name_words: set[str]) -> bool:
    """'a stake in the insurance business' beside 'Truist Insurance Holdings': a lowercase
    word that is a word of a company's name describes that company."""
    word = doc[i]
    return word.is_lower and word.is_alpha and word.lower_ in name_words and word.lower_ not in NAME_KIND_WORDS


# words of many names that say what a firm is, not which one ('the holding company', 'the group's')
NAME_KIND_WORDS = frozenset({"group", "holding", "holdings", "company", "companies", "partners", "capital", "new",
                             "international", "global", "general", "national", "united", "first", "the"})


PLACED_WORDS = frozenset({"based", "headquartered", "listed"})


def _described_subjects(doc: Doc, busy: set[int]) -> list[Span]:
    """A sentence opened by a described company, 'The American company, led by ...', 'The
    world's largest food company also owns ...': a pointer like 'the company'. Only at a
    sentence's start, where a description is the subject and names no one of its own."""
    lex, found = lexicon(), []
    name_words = {doc[k].lower_ for k in busy if doc[k].is_title and doc[k].is_alpha}
    for token in doc:
        if token.lower_ == "the" and not token.is_sent_start and token.i + 3 < len(doc) and token.i + 1 not in busy \
                and (lone_word_before_company_noun(doc, token.i + 1)
                     or (nationality := _nationality_of(doc[token.i + 1].text)) and nationality not in GENERIC_NATIONALITIES
                     or _names_word_of_a_name(doc, token.i + 1, name_words)) \
                and doc[token.i + 2].lower_ in _pointer_nouns() and token.i + 3 not in busy \
                and doc[token.i + 3].lower_ not in POSSESSIVES:
            # inside a sentence, 'give the Indian company the scale to ...' (not 'the Indian company Infosys')
            found.append(Span(doc, token.i, token.i + 3, label=ORGREF))
            continue
        # ("Britain's biggest investment platform has agreed ...": a country's superlative)
        country_opens = token.is_sent_start and token.i + 2 < len(doc) and doc[token.i + 1].lower_ in POSSESSIVES \
            and token.i not in busy and token.text in lex["locations"]
        if not token.is_sent_start or token.lower_ != "the" and not country_opens:
            continue
        for j in range(token.i + 1 + country_opens, min(token.i + 1 + DESCRIBED_SUBJECT_WORDS, len(doc))):
            word = doc[j]
            if j in busy:
                break
            if word.lower_ in _pointer_nouns() and j > token.i + 1:
                named_next = doc[j + 1:j + 2].text == "," and (j + 2 in busy or doc[j + 2:j + 3].text in NAMING_WORDS)
                if not named_next and not {w.text for w in doc[token.i + 1:j]} & NEW_COMPANY_WORDS:
                    found.append(Span(doc, token.i, j + 1, label=ORGREF))
                break
            describes = word.is_lower and (word.is_alpha or "-" in word.text) \
                or word.lower_ in POSSESSIVES or word.text in lex["nationalities"] or word.text in lex["locations"] \
                or "-" in word.text and word.text[:1].isupper() or word.text in ("-", "–") \
                or word.text[:1].isupper() and any(doc[k].text in ("-", "–") and doc[k + 1].lower_ in PLACED_WORDS
                                                   for k in range(j + 1, min(j + 3, len(doc) - 1)))
            # ('The Tokyo-based company', 'The New York-based company')
            if not describes or word.lower_ in ("of", "and", "or", "with", "which", "that"):
                break
    return found


def find_relations(doc: Doc, mentions: list[Mention], entity_ids: list[str],
                   entities: list[Entity], article: Article) -> list[Relation]:
    """All relations the rules find in a tokenised article, one per (head, type, tail)."""
    types = {e.id: e.type for e in entities}
    spans, span_entity = [], {}
    for mention, entity_id in zip(mentions, entity_ids):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        label = PERSON if types[entity_id] is EntityType.PERSON else ORG
        spans.append(Span(doc, span.start, span.end, label=label))
        span_entity[(span.start, span.end)] = entity_id
    spans = _join_bracketed_aliases(doc, filter_spans(spans), span_entity)
    spans = filter_spans(spans + _anaphora_spans(doc, spans))
    doc.ents = spans
    tokens: dict[int, _Token] = {}
    busy = {i for span in spans for i in range(span.start, span.end)}
    # merged from the end in small batches: spaCy's retokenizer slows down with the number
    # of spans in one batch, and merging later tokens never moves earlier ones
    merges = sorted([span for span in spans if len(span) > 1] + _hyphenated_words(doc, busy),
                    key=lambda span: -span.start)
    for batch in range(0, len(merges), 500):
        with doc.retokenize() as retokenizer:
            for span in merges[batch:batch + 500]:
                retokenizer.merge(span)
    for ent in doc.ents:
        original = spans[len(tokens)]
        tokens[ent.start] = _Token(ent.label_, span_entity.get((original.start, original.end)))
    return _match(doc, tokens, types, article)


def _join_bracketed_aliases(doc: Doc, spans: list[Span], span_entity: dict) -> list[Span]:
    """'Richard Liu (Liu Qiangdong), the founder of JD.com': a name followed by another
    spelling of itself in brackets is one token to the rules, so the apposition reaches it."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        entity = span_entity.get((span.start, span.end))
        if last is not None and entity is not None and span.start == last.end + 1 and span.end < len(doc) \
                and doc[last.end].text == "(" and doc[span.end].text == ")" \
                and span_entity.get((last.start, last.end)) == entity:
            joined[-1] = Span(doc, last.start, span.end + 1, label=last.label_)
            span_entity[(last.start, span.end + 1)] = entity
            continue
        joined.append(span)
    return joined


def _hyphenated_words(doc: Doc, busy: set[int]) -> list[Span]:
    """'cross-border', 'e-commerce': one word each, so that gaps count words, not pieces."""
    spans, i = [], 0
    while i < len(doc) - 2:
        if doc[i + 1].text in ("-", "–") and doc[i].whitespace_ == "" and doc[i + 1].whitespace_ == "" \
                and doc[i].is_alpha and doc[i + 2].is_alpha and not busy & {i, i + 1, i + 2} \
                and doc[i + 2].lower_ not in ("owned", "backed", "controlled", "led", "based", "affiliated"):
            end = i + 3
            while end < len(doc) - 1 and doc[end].text == "-" and doc[end - 1].whitespace_ == "" \
                    and doc[end + 1].is_alpha and end + 1 not in busy:
                end += 2
            spans.append(doc[i:end])
            i = end
        elif (place := _city_and_region_based(doc, i, busy)) is not None:
            spans.append(place)
            i = place.end
        else:
            i += 1
    return spans


def _city_and_region_based(doc: Doc, i: int, busy: set[int]) -> Span | None:
    """'Buffalo, New York-based' (a city, its region and '-based'): one word before the name
    it places, as 'New York-based' is no more than a gap of words."""
    if i in busy or not doc[i].is_alpha or not doc[i].text[:1].isupper() or doc[i + 1].text != "," or i + 2 in busy:
        return None
    j = i + 2
    while j < min(i + 5, len(doc)) and j not in busy and doc[j].is_alpha and doc[j].text[:1].isupper():
        j += 1
    if j == i + 2 or j + 1 >= len(doc) or doc[j].text not in ("-", "–") or doc[j - 1].whitespace_ or doc[j].whitespace_ \
            or doc[j + 1].lower_ not in ("based", "headquartered"):
        return None
    return doc[i:j + 2]


def _sentences(doc: Doc) -> list[Span]:
    return list(doc.sents)


def _match(doc: Doc, tokens: dict[int, _Token], types: dict[str, EntityType],
           article: Article) -> list[Relation]:
    matchers, by_key = _matcher()
    sentences = _sentences(doc)
    sentence_of = {}
    for number, sent in enumerate(sentences):
        for i in range(sent.start, sent.end):
            sentence_of[i] = number
    resolver = _Salience(doc, tokens, sentences, sentence_of)
    dates_cache: dict[int, list] = {}
    found: dict[tuple, Relation] = {}
    headed = "\n" in article.text.strip()     # the first line is a headline
    # one sentence at a time: relations never cross a sentence, and the matcher's partial
    # matches would otherwise pile up over a long article (quadratic time)
    # and only where a rule could fill both ends: a sentence naming two entities or pointers
    named = Counter(sentence_of[i] for i in tokens)
    # a title alone gives its person an employer ('Chief executive Ilse Brand said ...')
    top_roles, titles = _top_roles(), _opening_titles()
    for i, token in tokens.items():
        if token.label == PERSON and (i > 0 and doc[i - 1].lower_ in titles or any(
                doc[j].lower_ in ("as", "is", "remains", "became", "becomes", "been") and _role_after(doc, j + 1, top_roles)
                for j in range(i + 1, min(i + 12, len(doc) - 1)))):
            # or stays on as one ('Ilse Brand will stay on as chairman', 'Ilse Brand is still chairman')
            named[sentence_of[i]] += 1
    for number, sent in enumerate(sentences):
        words = [t for t in sent[:4] if not t.is_space]
        opening = [t.lower_ for t in words]
        if opening[:1] in (["the"], ["its"], ["their"]) and len(opening) > 2 \
                and (opening[2] in OWNER_NOUNS or opening[2] in RIVAL_NOUNS):
            named[number] += 1     # 'The largest shareholder is X', 'The biggest rival is Y': the article's company's
        if (" new " in sent.text or "another " in sent.text) and NEW_UNIT.search(sent.text):
            named[number] += 1     # 'B, another listed subsidiary,': of the article's company
        if any(w in COUNT_WORDS for w in opening[:3]):
            named[number] += 1     # 'All four executives will report to P': the people named before
        colon = next((k for k, t in enumerate(opening) if t == ":"), None)
        if colon is not None and colon + 1 < len(words) and words[colon + 1].is_lower and words[colon + 1].is_alpha:
            named[number] += 1     # a fact box's line, 'China: swapped stakes with X': the article's company did it
    fixed = _fixed_status_rules()
    matches = ((match_id, sent.start + start, sent.start + end, alignment)
               for number, sent in enumerate(sentences) if named[number] >= 2
               for kind in _needed_matchers(doc, sent, tokens)
               for match_id, start, end, alignment in matchers[kind](sent, with_alignments=True))
    for match_id, start, end, alignment in matches:
        rule = by_key[match_id]
        slots: dict[str, list[int]] = {"h": [], "t": [], "s": []}
        role_tokens: list[int] = []
        for offset, position in enumerate(alignment):
            i = start + offset
            if position in rule.slots:
                slots[rule.slots[position]].append(i)
            if position in rule.role_positions:
                role_tokens.append(i)
        sent = sentences[sentence_of[start]]
        for relation in _relations_from_match(doc, rule, slots, role_tokens, start, end, sent, tokens,
                                              types, resolver, article, dates_cache):
            key = relation.key
            # a headline's tense is conventional ('Samsung buys X' for an agreed deal): the
            # body's reading of the same fact comes first
            # (and in one sentence, a rule that states the status, 'P, who has led it since,
            # had stepped down', over one that infers it; and a share said to be held now, 'still
            # owns 81.8% of it', over a status read from a deal, 'the unit that B spun off')
            if key not in found or (_in_body(relation, headed), _states_status(relation, found[key], fixed),
                                    _holds_share(relation), relation.confidence) > \
                    (_in_body(found[key], headed), _states_status(found[key], relation, fixed),
                     _holds_share(found[key]), found[key].confidence):
                kept = found.get(key)
                found[key] = _fill(relation, kept)
            else:
                found[key] = _fill(found[key], relation)
    for relation in _successions(doc, tokens, sentences, resolver, found, article):
        found.setdefault(relation.key, relation)
    _closed_deals(sentences, found, article)
    _drop_two_way_units(found)
    _drop_guessed_titles(found)
    return list(found.values())


def _drop_guessed_titles(found: dict[tuple, Relation]) -> None:
    """'CEO Mark Mader, who has led Smartsheet since 2006, ...': a title with no company of
    its own is given one by guess (option bare); the same sentence naming the company the
    person leads settles it."""
    guessed = _bare_rule_names()
    for key, relation in list(found.items()):
        if relation.type is not RelationType.LEADS or relation.rule.split("+")[0] not in guessed:
            continue
        if any(other.type is RelationType.LEADS and other.head == relation.head and other.tail != relation.tail
               and other.rule.split("+")[0] not in guessed and other.evidence.start == relation.evidence.start
               for other in found.values()):
            del found[key]


@lru_cache(maxsize=1)
def _bare_rule_names() -> frozenset[str]:
    return frozenset(rule.name for rule in load_rules() if rule.option("bare") is not None)


def _drop_two_way_units(found: dict[tuple, Relation]) -> None:
    """'Bosch Home Comfort, the Bosch division' and a weaker 'it will become part of Bosch
    Home Comfort' read as Bosch's: a unit and its owner cannot own each other at once, so
    the weaker reading goes (an owner that was once the unit, status former, stays); nor
    is a company folded into B the owner of B."""
    for key, relation in list(found.items()):
        if relation.type is not RelationType.SUBSIDIARY_OF or key not in found:
            continue
        merged = found.get(edge_key(relation.tail, RelationType.MERGED_INTO, relation.head))
        if merged is not None and relation.confidence < 0.8 * merged.confidence:
            del found[key]     # 'A will be folded into B, the group's unit' read as A's: B takes A in
            continue
        other = found.get(edge_key(relation.tail, RelationType.SUBSIDIARY_OF, relation.head))
        if other is None or Status.FORMER in (relation.status, other.status):
            continue
        weaker, stronger = sorted((relation, other), key=lambda r: (r.confidence, r.status is not Status.PLANNED))
        if weaker.confidence < 0.9 * stronger.confidence:     # (two readings alike in strength both stay)
            del found[weaker.key]


# 'The deal closed in May 2025.', 'The acquisition was completed in April.'
_CLOSING = re.compile(r"^(?:the|that|this) (?:deal|acquisition|purchase|takeover|transaction|merger)"
                      r" (?:closed|completed|was completed|was closed|has closed|has been completed|went through)\b")


def _closed_deals(sentences: list[Span], found: dict[tuple, Relation], article: Article) -> None:
    """'PepsiCo agreed in March to buy Poppi ... The deal closed in May 2025.': a sentence
    saying the deal is done makes the planned acquisition read nearest before it (within
    four sentences) completed, dated by that sentence."""
    for number, sent in enumerate(sentences):
        if not _CLOSING.match(sent.text.strip().lower()):
            continue
        planned = [r for r in found.values() if r.type is RelationType.ACQUIRED and r.status is Status.PLANNED
                   and r.evidence.start < sent.start_char and r.evidence.start >= sentences[max(0, number - 8)].start_char]
        if not planned:
            continue
        last = max(r.evidence.start for r in planned)
        dates = find_dates(sent.text, published=article.published)
        for relation in planned:
            if relation.evidence.start == last:
                found[relation.key] = relation.replace(status=Status.COMPLETED,
                                                       date=dates[0][2] if dates else relation.date)
                # (and the unit it makes: 'B' is now 'A's)
                unit = edge_key(relation.tail, RelationType.SUBSIDIARY_OF, relation.head)
                if unit in found and found[unit].status is Status.PLANNED:
                    found[unit] = found[unit].replace(status=Status.CURRENT)


SUCCESSION_CONFIDENCE = 0.6


def _evidence(article: Article, sent: Span) -> Evidence:
    return Evidence(article_id=article.id, sentence=sent.text.strip(), start=sent.start_char,
                    end=sent.end_char, source=article.source, published=article.published)


def _successions(doc: Doc, tokens: dict[int, _Token], sentences: list[Span], resolver: "_Salience",
                 found: dict[tuple, Relation], article: Article) -> list[Relation]:
    """'P has been appointed chief executive. She succeeds Q, who ...': Q held the post P
    now holds, at the company of P's latest leading role named up to that sentence. Read in
    order, so a chain carries on ('Q had served since 2024, when he replaced R')."""
    out: list[Relation] = []
    # ('P, who replaced Q in March': the relative pronoun stands for P)
    relatives = {j: tokens[j - 2] for j in range(2, len(doc)) if doc[j].lower_ == "who" and doc[j - 1].text == ","
                 and j - 2 in tokens and tokens[j - 2].label == PERSON and tokens[j - 2].entity}
    for i, token in sorted({**tokens, **relatives}.items()):
        if token.label not in (PERSON, PERREF):
            continue
        number = resolver.sentence_of[i]
        sent = sentences[number]
        after = i + 1
        if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in ("who", "previously", "formerly"):
            # 'Blum, who previously ran the energy business, replaces Q': past the relative clause
            close = next((j for j in range(after + 2, sent.end) if doc[j].text == ","), None)
            after = close + 1 if close is not None else after
        verb = next((j for j in range(after, min(after + 3, len(doc) - 1)) if doc[j].lower_ in SUCCESSION_VERBS), None)
        if verb is None or any(j in tokens or doc[j].is_punct for j in range(after, verb)):
            continue
        if doc[verb - 1].lower_ in ("be", "is", "was", "been") and doc[verb + 1].lower_ == "by":
            # 'He will be replaced by P': P takes the post the one at ``i`` holds
            if (new := _passive_succession(doc, i, verb, tokens, resolver, found, out, sent, article)) is not None:
                out.append(new)
            continue
        successor = tokens.get(verb + 1)
        if successor is None or successor.label != PERSON or not successor.entity:
            continue
        holder = relatives[i].entity if i in relatives else resolver.resolve(i, set())
        held = _leading_posts(holder, found, out, sent)
        if not holder or not held or doc[verb + 2:verb + 3].text.lower() == "as":
            continue    # 'succeeds Q as chief executive' is read by the succession rules
        # ('P, previously the head of its X unit, replaced Q': the post P holds, not the one P left)
        latest = max(_held_posts(held, sent), key=lambda r: r.evidence.start)
        if _leads_already(successor.entity, latest.tail, found, out):
            continue
        # ('replaces Q, who is retiring at the end of January': Q still holds the post)
        # ('returned to replace Q', 'was brought in to replace Q': a past purpose, done)
        coming = any(doc[j].lower_ in ("will", "would") or doc[j].lower_ == "to" and not (
            doc[j - 1].lower_.endswith("ed") or doc[j - 1].lower_ in ("came", "back", "in")) for j in range(i + 1, verb)) \
            or any(doc[j].lower_ in ("retiring", "leaving") or doc[j].lower_ == "will" and doc[j + 1].lower_
                   in ("retire", "leave", "step") for j in range(verb + 2, min(verb + 7, sent.end - 1)))
        out.append(_succession(latest, successor.entity, Status.CURRENT if coming else Status.FORMER, article, sent))
    return out


def _names_a_deal(doc: Doc, i: int) -> bool:
    """'It is the biggest deal', 'It was also the first purchase': 'it' before a copula and a
    short noun phrase ending in a deal's noun stands for that deal."""
    if i + 2 >= len(doc) or doc[i].lower_ != "it" or doc[i + 1].lower_ not in ("is", "was", "marks", "marked", "'s"):
        return False
    for k in range(i + 2, min(i + 9, len(doc))):
        if doc[k].lower_ in DEAL_NOUNS:
            return True
        if not doc[k].is_lower and not doc[k].like_num or doc[k].is_punct:
            return False
    return False


def _held_posts(held: list[Relation], sent: Span) -> list[Relation]:
    """The leading roles a successor may have taken over: not one the sentence itself calls a
    former one beside a role still held."""
    kept = [r for r in held if not (r.status is Status.FORMER and r.evidence.start == sent.start_char)]
    return kept or held


def _passive_succession(doc: Doc, i: int, verb: int, tokens: dict[int, _Token], resolver: "_Salience",
                        found: dict[tuple, Relation], out: list[Relation], sent: Span, article: Article) -> Relation | None:
    """The leading role of the successor in 'Q will be replaced by P' (planned) or 'Q was
    succeeded by P' (current), at the company of Q's latest leading role so far."""
    successor = tokens.get(verb + 2)
    holder = resolver.resolve(i, set())
    if successor is None or successor.label != PERSON or not successor.entity or not holder \
            or doc[verb + 3:verb + 4].text.lower() == "as":
        return None     # ('was replaced by P as chief executive' is the succession rules')
    held = _leading_posts(holder, found, out, sent)
    if not held:
        return None
    latest = max(held, key=lambda r: r.evidence.start)
    if _leads_already(successor.entity, latest.tail, found, out):
        return None
    coming = any(doc[j].lower_ in ("will", "would", "to") for j in range(i + 1, verb))
    return _succession(latest, successor.entity, Status.PLANNED if coming else Status.CURRENT, article, sent)


def _leading_posts(holder: str | None, found: dict[tuple, Relation], out: list[Relation], sent: Span) -> list[Relation]:
    """The leading roles ``holder`` has been given up to the sentence, rumours aside."""
    return [r for r in (*found.values(), *out) if r.head == holder and r.type is RelationType.LEADS
            and r.status is not Status.RUMORED and r.evidence.start <= sent.start_char]


def _leads_already(person: str, company: str, found: dict[tuple, Relation], out: list[Relation]) -> bool:
    return any(r.head == person and r.tail == company and r.type is RelationType.LEADS for r in (*found.values(), *out))


def _succession(post: Relation, successor: str, status: Status, article: Article, sent: Span) -> Relation:
    """``post`` (a leading role) given to ``successor`` by a succession sentence."""
    return post.replace(head=successor, status=status, evidence=_evidence(article, sent), rule="lead-succession",
                        confidence=SUCCESSION_CONFIDENCE, date=None)


def _role_after(doc: Doc, j: int, top_roles: frozenset[str]) -> bool:
    while j < len(doc) - 1 and doc[j].lower_ in ("still", "now", "the"):
        j += 1
    return j < len(doc) and doc[j].lower_ in top_roles


def _unit_of_before(doc: Doc, start: int, i: int) -> bool:
    """'agreed to buy the robotics division of ABB': a unit noun and 'of' between the
    deal verb and the name ``i``."""
    acquire = lexicon()["classes_acquire_verb"]
    verb = next((k for k in range(start, i) if doc[k].lower_ in acquire), i)
    return any(doc[k].lower_ in UNIT_NOUNS and doc[k + 1].lower_ == "of" for k in range(verb, i))


def _in_body(relation: Relation, headed: bool) -> bool:
    """Whether a relation was read below the headline (``headed``: the article has one)."""
    return relation.evidence.start > 0 or not headed


@lru_cache(maxsize=1)
def _fixed_status_rules() -> frozenset[str]:
    """The names of the rules (and their variants) that state their relation's status."""
    return frozenset(rule.name for rule in _matcher()[1].values() if rule.option("status"))


def _states_status(relation: Relation, other: Relation, fixed: frozenset[str]) -> bool:
    """Whether ``relation`` comes from a rule with a stated status and ``other`` from one
    that inferred it, in the same sentence."""
    return relation.rule.split("+")[0] in fixed and other.rule.split("+")[0] not in fixed \
        and relation.evidence.start == other.evidence.start


def _holds_share(relation: Relation) -> bool:
    """A share held now, stated with its percentage ('holds 30% of B')."""
    return relation.stake_pct is not None and relation.status is Status.CURRENT \
        and relation.type in (RelationType.SUBSIDIARY_OF, RelationType.INVESTED_IN)


def _fill(primary: Relation, other: Relation | None) -> Relation:
    """Attributes missing from the stronger reading are taken from the weaker one."""
    if other is None:
        return primary
    missing = {name: value for name, value in other.attributes().items() if getattr(primary, name) is None}
    return primary.replace(**missing) if missing else primary


def _subject_start(doc: Doc, sent: Span) -> int:
    """Where a sentence's subject may start: after an opening phrase that sets another
    company beside it ('Besides Uniqlo, which brings in most of its revenue, the group runs
    GU'), else at its start."""
    if doc[sent.start].lower_ not in FRAMING_WORDS:
        return sent.start
    comma = next((j for j in range(sent.start, sent.end) if doc[j].text == ","), None)
    if comma is None:
        return sent.start
    # a relative clause on the framed name runs to its closing comma
    if comma + 1 < sent.end and doc[comma + 1].lower_ in ("which", "who", "whose"):
        comma = next((j for j in range(comma + 1, sent.end) if doc[j].text == ","), comma)
    return comma + 1


GENERIC_NATIONALITIES = frozenset({"Global", "International", "Internationally", "Worldwide", "Overseas", "Domestic",
                                   "Western", "Eastern", "Northern", "Southern", "Latin", "European", "Asian",
                                   "African", "Nordic", "Arab"})


@lru_cache(maxsize=1)
def _place_nationalities() -> dict[str, str]:
    """'Tokyo' -> 'Japanese', 'Japan' -> 'Japanese', 'Japanese' -> 'Japanese'."""
    lex = lexicon()
    table = {word: word for word in lex["nationalities"]}
    for row in lex["nationality_places"]:
        nationality, places = row.split(":", 1)
        table.update({place: nationality for place in places.split()})
    return table


def _nationality_of(word: str) -> str | None:
    return _place_nationalities().get(word)


# the words that end an apposition's head noun: 'Aboitiz, a group with interests in ...'
APPOSITION_HEAD_ENDS = frozenset({"with", "that", "which", "whose"})


class _Salience:
    """Who 'it', 'the company', 'he' and an implicit subject stand for."""

    def __init__(self, doc: Doc, tokens: dict[int, _Token], sentences: list[Span], sentence_of: dict[int, int]):
        self.doc, self.tokens, self.sentences, self.sentence_of = doc, tokens, sentences, sentence_of
        self.appositions: list[tuple[int, str, str]] = []     # 'Aboitiz, a group with ...,': (i, 'group', 'aboitiz')
        self.described = self._descriptions()
        self.nationality = self._nationalities()
        # where each sentence's subject may start (after a 'Besides X, ...' phrase)
        self.subject_starts = [_subject_start(doc, sent) for sent in sentences]
        # the names that open their sentences
        firsts: dict[int, int] = {}
        for i in sorted(tokens):
            if i >= self.subject_starts[sentence_of[i]]:
                firsts.setdefault(sentence_of[i], i)
        self.openers = {i for i in firsts.values() if tokens[i].label == ORG and tokens[i].entity}
        # each sentence's paragraph (paragraphs are parted by a blank line)
        breaks = [m.start() for m in re.finditer(r"\n[^\S\n]*\n", doc.text)]
        self.paragraph = [bisect.bisect_right(breaks, sent.start_char + len(sent.text) - len(sent.text.lstrip()))
                          for sent in sentences]

    def _descriptions(self) -> dict[str, list[tuple[int, str]]]:
        """The nouns the article uses for its companies: 'Chinese carmaker BYD', 'Nidec, the
        motor maker,' -> {'carmaker': [(i, 'byd')], 'maker': [...]}."""
        doc, found = self.doc, defaultdict(list)
        for i, token in self.tokens.items():
            if token.label != ORG or not token.entity:
                continue
            if i > 0 and doc[i - 1].is_lower and doc[i - 1].is_alpha:
                found[doc[i - 1].lower_].append((i, token.entity))
            if i >= 3 and doc[i - 1].lower_ in NAMING_WORDS and doc[i - 2].text == "," and doc[i - 3].is_lower:
                found[doc[i - 3].lower_].append((i, token.entity))     # 'The joint venture, called JioStar,'
            if i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ in ("the", "a", "an", "one"):
                for j in range(i + 3, min(i + 11, len(doc) - 1)):
                    if doc[j].is_lower and doc[j].is_alpha and doc[j + 1].lower_ in APPOSITION_HEAD_ENDS:
                        self.appositions.append((i, doc[j].lower_, token.entity))    # 'Aboitiz, a group with ...'
                        found[doc[j].lower_].append((i, token.entity))
                        break
                    if doc[j + 1].text in (",", ".") and doc[j].is_lower:
                        if doc[j + 1].text == ",":
                            self.appositions.append((i, doc[j].lower_, token.entity))
                        noun = doc[j].lower_
                        if doc[i + 2].lower_ == "one" and noun.endswith("s"):
                            noun = noun[:-1]     # 'Sompo, one of Japan's three big insurance groups,'
                        found[noun].append((i, token.entity))
                        break
                    possessive = doc[j].lower_ in POSSESSIVES or doc[j + 1].lower_ in POSSESSIVES
                    if not doc[j].is_lower and doc[j].text != "-" and not possessive:
                        break
            if i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ in ("its", "their"):
                # 'Banamex, its Mexican bank,': a part of another company, so 'the unit' later
                for noun in UNIT_NOUNS | {"subsidiary"}:
                    found[noun].append((i, token.entity))
        return found

    def _nationalities(self) -> dict[str, set[str]]:
        """The countries the article gives its companies, as nationality words: 'Japanese
        chipmaker Renesas', "Italy's Leonardo", 'Infinidat, an Israeli company', 'Hyundai Motor
        India' -> {'renesas': {'Japanese'}, ...}."""
        doc, found = self.doc, defaultdict(set)
        for i, token in self.tokens.items():
            if token.label != ORG or not token.entity:
                continue
            before = []
            for j in range(i - 1, max(-1, i - 5), -1):
                if not (doc[j].is_lower or doc[j].lower_ in POSSESSIVES or doc[j].text in ("-", "–")
                        or _nationality_of(doc[j].text)):
                    break
                before.append(doc[j].text)
            after = []
            if i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ in ("the", "a", "an"):
                for t in doc[i + 3:min(i + 7, len(doc))]:
                    if t.lower_ in POSSESSIVES:
                        after = []     # 'the Japanese group's American unit': the owner's country
                    elif not t.is_punct:
                        after.append(t.text)
            # ('Hyundai Motor India': a country closing the name)
            last = doc[i].text.split()[-1]
            own = {n} if len(doc[i].text.split()) > 1 and (n := _nationality_of(last)) and last[0].isupper() \
                and not last.endswith(("ian", "ese", "ish", "ean")) else set()
            found[token.entity] |= {n for w in before + after if (n := _nationality_of(w))} | own
        return found

    def _national_pointer(self, i: int) -> bool:
        return self._pointer_nationality(i) is not None

    def _pointer_nationality(self, i: int) -> str | None:
        """'the Indian company' -> 'Indian', 'The Tokyo-based group' -> 'Japanese' (none for
        'the global company')."""
        words = self.doc[i].text.split()
        wanted = next((n for w in words[1:-1] for part in w.split("-") if (n := _nationality_of(part))), None)
        return None if wanted in GENERIC_NATIONALITIES else wanted

    def _of_nationality(self, i: int, candidates: set[str], strict: bool = False) -> set[str]:
        """'the Indian company', 'The Tokyo-based group': the candidates of the pointer's
        country, else (unless ``strict``) those given no other country; all of them when
        the pointer has none."""
        wanted = self._pointer_nationality(i)
        if wanted is None:
            return candidates
        same = {e for e in candidates if wanted in self.nationality.get(e, ())}
        return same if same or strict else {e for e in candidates if not self.nationality.get(e)}

    def _named(self, i: int) -> str | None:
        token = self.tokens.get(i)
        return token.entity if token else None

    def subject(self, number: int, label: str, exclude: set[int] = frozenset(), before: int | None = None) -> str | None:
        """The first company (or person) of a sentence (before ``before``); a pronoun there
        looks further back."""
        sent = self.sentences[number]
        for i in range(sent.start, sent.end if before is None else before):
            token = self.tokens.get(i)
            if token is None or i in exclude or label == ORG and _names_a_deal(self.doc, i):
                continue     # ('It is the first deal since P, who runs B's ...': the deal, then B)
            if token.label == label and token.entity:
                return token.entity
            if token.label == label + "REF" if label == ORG else token.label == PERREF:
                if label == ORG and self.doc[i].lower_.startswith("the "):
                    return self.salient_company(i)
                return self.previous_subject(number, label)
        if before is not None and label == ORG:
            # 'rivals such as Nutanix ...' with no company before: the article's own
            return self.lead_company()
        return self.previous_subject(number, label) if number else None

    def deal_subject(self, number: int) -> str | None:
        """The company opening the nearest earlier sentence about a deal ('Capgemini has
        agreed to acquire WNS'), within eight sentences."""
        for back in range(number - 1, max(-1, number - 9), -1):
            sent = self.sentences[back]
            if any(t.lower_ in DEAL_WORDS for t in sent):
                subject = self._sentence_subject(back, sent.end, ORG)
                if subject:
                    return subject
        return None

    def salient_company(self, before: int) -> str | None:
        """'The company', 'the group': the company the article has named most so far;
        'the group' and 'the bank' prefer a name with that word ('SoftBank Group')."""
        counts: Counter = Counter()
        first_seen: dict[str, int] = {}
        noun = self.doc[before].lower_.split()[-1] if before < len(self.doc) else ""
        # ('the company' says nothing of 'The Tinplate Company of India')
        named_like = {t.entity for i, t in self.tokens.items() if i < before and t.label == ORG and t.entity
                      and noun in self.doc[i].lower_.split()} if noun not in ("company", "firm") else set()
        if noun not in ("company", "firm", "group", "business"):     # too general to tell companies apart
            named_like |= {entity for i, entity in self.described.get(noun, ()) if i < before}
        elif not named_like and before < len(self.doc):
            # unless an apposition just before gave a company that noun: 'For Aboitiz, a group
            # with interests in power, ... said P, the group's chief executive'
            number = self.sentence_of.get(before, 0)
            near = [entity for i, word, entity in self.appositions
                    if word == noun and i < before and number - self.sentence_of.get(i, 0) <= 1]
            if near:
                named_like = {near[-1]}
        if noun in NAMED_ONLY_POINTERS and not named_like:
            return None    # 'will chair the venture': no venture has been named
        if before < len(self.doc) and self._national_pointer(before):
            candidates = named_like or {t.entity for j, t in self.tokens.items() if j < before and t.label == ORG
                                        and t.entity}
            national = self._of_nationality(before, candidates)
            if not national and named_like:
                # ('The Indian company' beside 'Hyundai Motor Company', a Korean one: the
                # word 'company' in a name says nothing of which company)
                national = self._of_nationality(before, {t.entity for j, t in self.tokens.items()
                                                         if j < before and t.label == ORG and t.entity})
            if national != candidates:
                named_like = national or {None}
        for i, token in self.tokens.items():
            if i < before and token.label == ORG and token.entity and (not named_like or token.entity in named_like):
                # a sentence's subject counts twice: 'Amer Sports, the owner of Arc'teryx, Salomon ...'
                counts[token.entity] += 2 if i in self.openers else 1
                first_seen.setdefault(token.entity, i)
        if not counts:
            return None
        if before < len(self.doc) and (len(self.doc[before].text.split()) > 2 or self.doc[before].is_sent_start):
            # a described subject ('The Japanese group already competes ...') carries on
            # from the company that opened the sentence before it
            previous = self.sentence_of.get(before, 0) - 1
            opener = self._sentence_subject(previous, self.sentences[previous].end, ORG) if previous >= 0 else None
            if opener in counts:
                counts[opener] += 2
        return max(counts, key=lambda e: (counts[e], -first_seen[e]))

    @cached_property
    def _question_and_answer(self) -> bool:
        """Whether the article is a question-and-answer piece ('Q: ... A: ...')."""
        return "\nQ:" in self.doc.text

    @cached_property
    def _lead(self) -> str | None:
        named = [(i, t.entity) for i, t in sorted(self.tokens.items()) if t.label == ORG and t.entity]
        if self._question_and_answer:
            # a question-and-answer piece is about what its first question names ('Q: What is X?')
            asked = next((e for i, e in named if self.sentences[self.sentence_of[i]].text.rstrip().endswith("?")), None)
            if asked:
                return asked
        return named[0][1] if named else None

    def lead_company(self) -> str | None:
        """The company the article names first (its headline's, as a rule), or the one its
        first question names in a question-and-answer piece: the one a title with no
        company of its own, or a rival with no one to rival, belongs to."""
        return self._lead

    def _sentence_subject(self, number: int, before: int, label: str, exclude: set[int] = frozenset()) -> str | None:
        """The name that opens a sentence, when it is of the wanted kind (and not the
        relation's other end: 'Hutchison Ports, the group's port operator')."""
        sent = self.sentences[number]
        for j in range(self.subject_starts[number], before):
            token = self.tokens.get(j)
            if token is not None and j in exclude and token.label.replace("REF", "") != label:
                return None    # 'Chung, the chairman of Hyundai, ... holds a fifth of it': a person's sentence
            if token is not None and j not in exclude:
                if label == ORG and token.label == ORGREF and self.doc[j].lower_.startswith("the "):
                    return self.salient_company(j)
                # "Alphabet's Google said it would buy Wiz": the subject is the possessed name
                if j + 2 < before and self.doc[j + 1].lower_ in POSSESSIVES and j + 2 in self.tokens \
                        and self.tokens[j + 2].label == label and self.tokens[j + 2].entity:
                    return self.tokens[j + 2].entity
                if label == ORG and token.label == ORGREF and j == sent.start and self.doc[j].lower_ in CHAIN_PRONOUNS:
                    if _names_a_deal(self.doc, j):
                        return None     # 'It is also the first large deal since ...': the deal, no company
                    return self.previous_subject(number, label)    # 'It bought A, and it runs B'
                return token.entity if token.label == label and token.entity else None
        return None

    def _opens_sentence(self, i: int, sent: Span) -> bool:
        """'It bought ...', 'In Vietnam it also faces ...': ``i`` opens the sentence, or
        follows only an opening phrase of place or time (not 'A plans to list its ...')."""
        words = [t for t in self.doc[sent.start:i] if not t.is_space]
        if not words:
            return True
        return words[0].lower_ in OPENING_PREPOSITIONS and len(words) <= 8 \
            and not any(j in self.tokens for j in range(sent.start, i))

    def previous_subject(self, number: int, label: str) -> str | None:
        # three sentences back, within this paragraph and the one before it
        earlier: list[int] = []
        for back in range(number - 1, -1, -1):
            if len(earlier) == 3 or self.paragraph[number] - self.paragraph[back] > 1:
                break
            # (an item of a bulleted list is no subject a pronoun after the list points back at)
            text = self.sentences[back].text.strip()
            if text not in ("", "Q:", "A:") and not re.match(r"[-•*–] ", text):
                earlier.append(back)
        for back in earlier:
            sent = self.sentences[back]
            if label == ORG and sent.text.rstrip().endswith("?") and any(
                    self.tokens.get(i) is not None and self.tokens[i].label == ORGREF for i in range(sent.start, sent.end)) \
                    and not any(self.tokens.get(i) is not None and self.tokens[i].label == ORG
                                for i in range(sent.start, sent.end)):
                return self.lead_company()     # an interviewer's 'Who does it compete with?' asks of the topic
            opening = self.subject_starts[back]
            for i in range(opening, min(sent.end, opening + 12)):
                token = self.tokens.get(i)
                if token and token.label == label and token.entity:
                    return token.entity
                if token and label == ORG and token.label == ORGREF and self.doc[i].lower_ in CHAIN_PRONOUNS \
                        and self._opens_sentence(i, sent):
                    # 'It bought Jaya Grocer. Its payments arm is ...': a sentence that
                    # names its company by a pronoun carries the one before it
                    return self.previous_subject(back, label)
                if i == opening and token and label == ORG and token.label == ORGREF \
                        and self.doc[i].lower_.startswith("the "):
                    return self.salient_company(i)     # 'The group owns X. Its shares fell.'
        return None

    def resolve(self, i: int, exclude: set[int]) -> str | None:
        token = self.tokens.get(i)
        if token is None:
            return None
        if token.entity:
            return token.entity
        named = ORG if token.label == ORGREF else PERSON
        number = self.sentence_of[i]
        sent = self.sentences[number]
        if named == ORG and self.doc[i].lower_ in ("its", "their"):
            # 'SoftBank Group, which ... through its stake in OpenAI': inside a relative
            # clause 'its' is the clause's antecedent
            antecedent = self._relative_antecedent(i, sent, exclude)
            if antecedent:
                return antecedent
        # ('A and B, two of the group's companies': after a count)
        comma = i - 1 if self.doc[i - 1].text == "," else \
            i - 3 if i >= 3 and self.doc[i - 1].lower_ == "of" and self.doc[i - 3].text == "," else None
        if named == ORG and self.doc[i].lower_.startswith("the ") and comma is not None \
                and i + 1 < len(self.doc) and self.doc[i + 1].lower_ in POSSESSIVES \
                and comma - 1 in self.tokens and self.tokens[comma - 1].label == ORG:
            # 'B will become part of Vantor Cloud, the group's cloud arm': an apposition's
            # 'the group' is the article's group, not whatever opened the sentence
            # (one that shares the described name's first word and the pointer's noun first:
            # 'Hyundai Mobis, two of the group's companies' is Hyundai Motor Group's)
            noun, first = self.doc[i].lower_.split()[-1], self.doc[comma - 1].text.split()[0]
            kin = [t.entity for j, t in sorted(self.tokens.items()) if j < comma - 1 and t.label == ORG and t.entity
                   and self.doc[j].text.split()[0] == first and noun in self.doc[j].lower_.split()]
            salient = kin[-1] if kin else self.salient_company(i)
            if salient and salient not in {self.tokens[j].entity for j in exclude if j in self.tokens}:
                return salient
        if named == ORG and (kin := self._named_by_word(i)):
            return kin     # 'the insurance business': the company named 'Insurance' last
        if named == ORG and self.doc[i].lower_.split()[-1] in NAMED_ONLY_POINTERS:
            return self.salient_company(i)
        if named == ORG and self.doc[i].lower_.startswith("the new "):
            return self._newest_company(i)
        if named == ORG and self.doc[i].lower_.startswith(("the combined ", "the enlarged ", "the merged ")):
            # 'SK Innovation has completed its merger with SK E&S. ... will run the merged
            # company': the company a deal makes is the subject of the last deal sentence
            return self.deal_subject(number) or self.salient_company(i)
        if named == ORG and self._national_pointer(i) and self._of_nationality(i, set(self.nationality), strict=True):
            return self.salient_company(i)     # 'the Korean retailer': the Korean company named most
        if named == ORG and self._question_and_answer and not sent.text.rstrip().endswith("?") \
                and not any(j in self.tokens and self.tokens[j].label == ORG for j in range(sent.start, i)):
            # 'Q: Who started Intra-Cellular? A: Sharon Mates founded the company': an
            # answer's pointer is the company its question asks about
            asked = self._asked_company(number)
            if asked and asked not in {self.tokens[j].entity for j in exclude if j in self.tokens}:
                return asked
        if named == ORG:
            # 'Disney ... plans to fold Hulu into its app': the sentence's subject owns 'its';
            # 'the company' with no named subject is the article's main company
            opening = self._sentence_subject(number, i, ORG, exclude)
            if opening:
                return opening
            if self.doc[i].lower_.startswith("the "):
                # 'Sato, who runs Toyota Motor, ... the company's founder': the company just named
                return self._nearest_named(i, sent, ORG, exclude) or self._pointer_before(i, sent, exclude) \
                    or self._previous_topic(number, exclude) or self.salient_company(i)
        if named == ORG and self.doc[i].lower_ == "it":
            # 'invested in the robot maker and holds a fifth of it': the nearer pointer
            for j in range(i - 1, sent.start - 1, -1):
                other = self.tokens.get(j)
                if j in exclude or other is None or other.label != ORG and other.label != ORGREF:
                    continue
                if other.label == ORGREF and self.doc[j].lower_.startswith("the "):
                    return self.salient_company(j)
                # an unnamed company ('the robot maker') between them, not in apposition to
                # the name ('Rockwell Collins, the avionics maker, until it was bought')
                nouns = _company_nouns()
                appositive = j + 2 < i and self.doc[j + 1].text == "," and self.doc[j + 2].lower_ == "the"
                if any(self.doc[k].lower_ in nouns and self.doc[k - 1].is_lower and "the" in
                       [t.lower_ for t in self.doc[max(j + 3 if appositive else j, k - 3):k]] for k in range(j + 2, i)):
                    return None
                break
        if named == ORG and self.doc[i].lower_ in ("its", "their"):
            # 'P, who joined the company in 1994, is its chief executive': the pointer just
            # before stands for the same company
            near = next((j for j in range(i - 1, sent.start - 1, -1) if j in self.tokens and j not in exclude
                         and self.tokens[j].label in (ORG, ORGREF)), None)
            if near is not None and self.tokens[near].label == ORGREF and self.doc[near].lower_.startswith("the "):
                return self.resolve(near, exclude)
            # 'P, a Hanwha Group vice chairman, has been named its chief executive': the
            # company of the person's apposition is not the one 'its' points back at
            exclude = exclude | self._opening_person_apposition(sent, i)
        return self._nearest_named(i, sent, named, exclude) or self.previous_subject(number, named)

    def _pointer_before(self, i: int, sent: Span, exclude: set[int]) -> str | None:
        """'P, its chief executive, will keep running the company, which ...': 'the company'
        is what an 'its' before it in the sentence stands for."""
        near = next((j for j in range(i - 1, sent.start - 1, -1) if j in self.tokens and j not in exclude
                     and self.tokens[j].label == ORGREF and self.doc[j].lower_ in ("its", "it")), None)
        # (only a person's apposition: 'Besides Uniqlo, which brings in most of its revenue,
        # the group runs ...' is not about Uniqlo)
        if near is None or near < 2 or self.doc[near - 1].text != "," or near - 2 not in self.tokens \
                or self.tokens[near - 2].label != PERSON:
            return None
        found = self.resolve(near, exclude)
        return found if found not in {self.tokens[j].entity for j in exclude if j in self.tokens} else None

    def _previous_topic(self, number: int, exclude: set[int]) -> str | None:
        """'SRS was founded in 2008 by P. Leonard Green bought a majority stake in the company
        in 2018': where a company of the relation opens the sentence, 'the company' after it
        is the one the sentence before was about."""
        sent = self.sentences[number]
        first = next((j for j in range(self.subject_starts[number], sent.end) if j in self.tokens), None)
        if first is None or first not in exclude or self.tokens[first].label != ORG:
            return None
        if number == 0 or self.paragraph[number] - self.paragraph[number - 1] > 1:
            return None
        # (the sentence before must open on its company: 'The offer beat the record set by
        # LIC' is about the offer)
        opener = self.tokens.get(self.subject_starts[number - 1])
        if opener is None or opener.label != ORG or not opener.entity:
            return None
        return opener.entity if opener.entity != self.tokens[first].entity else None

    def _opening_person_apposition(self, sent: Span, before: int) -> set[int]:
        """The words of an apposition on the person who opens the sentence ('P, a C vice
        chairman,'), when it closes before ``before``."""
        first = next((t.i for t in sent if not t.is_space), None)
        if first is None or first not in self.tokens or self.tokens[first].label != PERSON \
                or first + 2 >= before or self.doc[first + 1].text != "," \
                or self.doc[first + 2].lower_ not in ("a", "an", "the"):
            return set()
        close = next((k for k in range(first + 2, before) if self.doc[k].text == ","), None)
        return set(range(first + 2, close)) if close is not None else set()

    def _named_by_word(self, i: int) -> str | None:
        words = self.doc[i].lower_.split()
        if len(words) != 3 or words[0] != "the" or words[1] in NAME_KIND_WORDS \
                or not self.doc[i].text.split()[1].islower():
            return None
        return next((t.entity for j, t in sorted(self.tokens.items(), reverse=True) if j < i and t.label == ORG
                     and t.entity and words[1] in self.doc[j].lower_.split()), None)

    def _asked_company(self, number: int) -> str | None:
        """The one company the question before an answer's sentence names, if it names one."""
        for back in range(number - 1, -1, -1):
            text = self.sentences[back].text.strip()
            if text == "Q:":
                return None
            if text.endswith("?"):
                question = self.sentences[back]
                named = {self.tokens[j].entity for j in range(question.start, question.end)
                         if j in self.tokens and self.tokens[j].label == ORG and self.tokens[j].entity}
                return named.pop() if len(named) == 1 else None
        return None

    def resolve_pair(self, i: int, exclude: set[int]) -> list[str]:
        """'Both chains': the two companies named last before ``i``, within the two
        sentences before it. 'Both companies', 'The companies', or 'Both chains' where those
        sentences name fewer than two: the two the article has named most among those of
        its paragraph and the three before it (the parties to its deal, not a unit named in
        passing); none when fewer are named."""
        number = self.sentence_of[i]
        excluded = {self.tokens[j].entity for j in exclude if j in self.tokens}
        # ('Both grocers were sued by R. Aldi kept taking customers from both chains': the pair
        # named by an earlier pair pointer, within two sentences, is the same pair)
        earlier = next((j for j in sorted(self.tokens, reverse=True) if j < i and self.tokens[j].label == ORGREF
                        and _pair_pointer(self.doc[j].lower_) and 0 < number - self.sentence_of[j] <= 2), None)
        if earlier is not None:
            pair = [entity for entity in self.resolve_pair(earlier, set()) if entity not in excluded]
            if len(pair) == 2:
                return pair
        if self.doc[i].lower_.split()[-1] not in GENERAL_PAIR_NOUNS:
            recent = self._named_last(i, excluded, lambda j: number - self.sentence_of[j] > 2)
            if len(recent) == 2:
                return recent
        recent = self._named_last(i, excluded, lambda j: self.paragraph[number] - self.paragraph[self.sentence_of[j]] > 3,
                                  everyone=True)
        if len(recent) < 2:
            return []
        named = Counter(t.entity for j, t in self.tokens.items() if j < i and t.label == ORG and t.entity)
        return sorted(recent, key=lambda entity: -named[entity])[:2]     # (a stable sort: ties go to the nearer)

    def _named_last(self, i: int, excluded: set, too_far, everyone: bool = False) -> list[str]:
        """The companies named before ``i``, nearest first, back to the first name ``too_far``
        of; the first two only unless ``everyone``."""
        recent: list[str] = []
        for j in sorted(self.tokens, reverse=True):
            token = self.tokens[j]
            if j >= i or token.label != ORG or not token.entity or token.entity in excluded:
                continue
            if too_far(j):
                break
            if token.entity not in recent:
                recent.append(token.entity)
            if len(recent) == 2 and not everyone:
                break
        return recent

    def _newest_company(self, i: int) -> str | None:
        """'Comcast said the company it is spinning off will be called Versant. The new
        company will include ...': the company last called so in this sentence or the two
        before; else the company named last for the first time there, where that sentence
        makes a company; else none ('the new company' of a deal the article never names)."""
        number = self.sentence_of[i]
        called: list[str] = []
        first_seen: dict[str, int] = {}
        for j, token in sorted(self.tokens.items()):
            if j >= i or token.label != ORG or not token.entity:
                continue
            first_seen.setdefault(token.entity, j)
            if number - self.sentence_of[j] <= 2 and (self.doc[j - 1].lower_ in NAMING_WORDS
                                                      or self.doc[j - 2:j].text.lower() == "known as"):
                called.append(token.entity)
        if called:
            return called[-1]
        if not first_seen:
            return None
        entity, j = max(first_seen.items(), key=lambda item: item[1])
        if number - self.sentence_of[j] > 2:
            return None
        words = {t.lower_ for t in self.sentences[self.sentence_of[j]]}
        return entity if words & NEW_COMPANY_CUES else None

    def _relative_antecedent(self, i: int, sent: Span, exclude: set[int]) -> str | None:
        """The company before ', which' when ``i`` is inside that relative clause."""
        doc = self.doc
        for j in range(i - 1, sent.start, -1):
            if doc[j].text == ",":
                if doc[j + 1].lower_ in ("which", "that") and j - 1 in self.tokens:
                    token = self.tokens[j - 1]
                    if token.label != ORG:
                        return None
                    return None if j - 1 in exclude else token.entity
                return None
        return None

    def _nearest_named(self, i: int, sent: Span, label: str, exclude: set[int]) -> str | None:
        """The closest name of a kind before ``i`` in its sentence (not inside an opening
        phrase that frames another company)."""
        framing = self.subject_starts[self.sentence_of[sent.start]]
        for j in range(i - 1, (framing if i >= framing else sent.start) - 1, -1):
            other = self.tokens.get(j)
            if j not in exclude and other and other.label == label and other.entity:
                return other.entity
        return None


def _expand_list(doc: Doc, i: int, tokens: dict[int, _Token], *, leftward: bool,
                 through_descriptors: bool = False, rivals: bool = False, appositions: bool = False,
                 stop_at_comma_and: bool = False, in_apposition: bool = False) -> list[int]:
    """The names coordinated with the one at ``i``: 'A, B and C', 'both A and the B'.
    ``through_descriptors``: 'A shopping app and the overseas platform B'; ``rivals``:
    'with A and with B' (and ``appositions``); ``appositions``: 'A, the owner of C, and B'.
    ``stop_at_comma_and``: the name ends an apposition, so ', and' after it goes back to the
    outer sentence ('X, the unit of A, and B'); ``in_apposition``: so does every list
    member ('X, the owner of A and B, and C')."""
    label = tokens[i].label.replace("REF", "")
    found = [i]
    if leftward and 0 < i < len(doc) - 2 and doc[i - 1].lower_ == "the" and doc[i + 1].text in ("-", "–") \
            and doc[i + 2].is_lower:
        return found     # 'A, B and the Hero MotoCorp-backed C': the owner describes C, not a list of owners
    fillers = {",", "and", "or", "&", "as", "well", "both", "the", "also", "plus", "its"}
    step = -1 if leftward else 1
    j = i + step
    saw_link = False
    while 0 <= j < len(doc):
        token = tokens.get(j)
        if token is not None:
            if token.label != label or not token.entity or not saw_link:
                break
            # ('the Aditya Birla group's Birla Opus')
            owner_word = int(j + 1 < len(doc) and doc[j + 1].lower_ in ("group", "family") and doc[j + 1].is_lower)
            if rivals and not leftward and j + 2 + owner_word < len(doc) and doc[j + 1 + owner_word].lower_ in POSSESSIVES \
                    and tokens.get(j + 2 + owner_word) is not None and tokens[j + 2 + owner_word].label == label \
                    and tokens[j + 2 + owner_word].entity:
                j += 2 + owner_word    # 'competes with Nintendo and with Microsoft's Xbox': the owned name is the rival
            elif not leftward and j + 1 < len(doc) and (doc[j + 1].lower_ in POSSESSIVES or doc[j + 1].text in ("-", "–")):
                break    # 'Cariad, Volkswagen's software unit', 'the Disney-owned X': not list members
            elif not leftward and j + 1 < len(doc) and doc[j + 1].lower_ in NEW_CLAUSE_VERBS:
                break    # 'owns 51% of the new company and CK Hutchison holds the rest': another clause's subject
            elif not leftward and j + 1 < len(doc) and doc[j + 1].lower_ in RELATIVE_CLAUSE_VERBS \
                    and _after_appositive_noun(doc, j):
                break    # 'Vestis, the uniform business Aramark spun off': the subject of a clause on the name before
            found.append(j)
            saw_link = False
        elif not leftward and saw_link and doc[j].text in lexicon()["locations"] and j + 1 < len(doc) \
                and doc[j + 1].lower_ in POSSESSIVES:
            j += 1     # 'ArcelorMittal and China's Baowu'
        elif not leftward and saw_link and doc[j].is_lower and re.fullmatch(r"[a-z]+-(?:run|owned|controlled|listed)", doc[j].text):
            pass     # 'JSW Steel and state-run Steel Authority of India': the owner's word is no member
        elif (stop_at_comma_and and len(found) == 1 or in_apposition) and not leftward and not saw_link \
                and doc[j].text == "," and _list_goes_on(doc, j):
            break
        elif (rivals or appositions) and not leftward and not saw_link and doc[j].text == "," \
                and (close := _apposition_end(doc, j)):
            j = close - 1     # 'LVMH, the owner of Dior, and Prada': the apposition is no member
        elif rivals and not leftward and not saw_link and doc[j].lower_ in ("in", "on", "across", "at") \
                and (resume := _scope_end(doc, j, tokens)):
            j = resume - 1     # 'lost ground to Nvidia in chips and to AMD in PCs': the scope is no member
        elif not leftward and not saw_link and doc[j].lower_ in ("of", "in") and (place := _place_after(doc, j)):
            # 'Lonza of Switzerland and China's WuXi Biologics', 'owns Vivo in Brazil and O2 in
            # Germany': the place is no member
            j = place
        elif not leftward and not saw_link and doc[j].lower_ in ("in", "for") and j + 2 < len(doc) \
                and re.fullmatch(r"(?:19|20)\d\d", doc[j + 1].text) and doc[j + 2].lower_ in (",", "and"):
            j += 1     # 'bought A in 2017, B in 2019 and C in 2021': each member's year is no member
        elif rivals and not leftward and saw_link and doc[j].is_lower and doc[j - 1].lower_ in ("and", "or") \
                and (close := _such_as_end(doc, j)):
            j = close     # 'Nike and fast-growing newer brands such as On and Hoka'
        elif not leftward and saw_link and doc[j].text == "," and doc[j - 1].lower_ in ("and", "or") \
                and (close := _aside_end(doc, j, tokens)):
            j = close     # 'A and, outside animal feed, B': the aside is no member
        elif not leftward and not saw_link and doc[j].text == "(" and (close := _bracket_end(doc, j)):
            j = close     # 'Bank of China (Hong Kong) and Standard Chartered'
        elif doc[j].lower_ in fillers or rivals and saw_link and (
                doc[j].lower_ in ("with", "to", "against", "from")
                or doc[j].lower_.endswith("ly") and j + 1 < len(doc) and doc[j + 1].lower_ in ("with", "to", "against")):
            saw_link = saw_link or doc[j].lower_ in {",", "and", "or", "&", "well", "plus"}
        elif through_descriptors and not leftward and (skip := _descriptor_run(doc, j, tokens, saw_link)):
            # 'Ele.me and the short-video platform Douyin', 'the Pinduoduo shopping app and ...'
            j = skip
        else:
            break
        j += step
    return found


def _such_as_end(doc: Doc, j: int) -> int | None:
    """The last word of a short lowercase phrase ending in 'such as', 'like' or
    'including' ('fast-growing newer brands such as'), or None; not a clause of its own
    ('and owns brands such as')."""
    if doc[j].lower_ in CLAUSE_OPENING_VERBS:
        return None
    for k in range(j, min(j + 6, len(doc) - 1)):
        if doc[k].lower_ == "such" and doc[k + 1].lower_ == "as":
            return k + 1
        if doc[k].lower_ in ("like", "including") and k > j:
            return k
        if not (doc[k].is_lower or doc[k].text == "-"):
            return None
    return None


def _aside_end(doc: Doc, comma: int, tokens: dict[int, _Token]) -> int | None:
    """The comma closing a short aside (', outside animal feed,', ', in Europe,') that a
    name follows, or None."""
    for k in range(comma + 1, min(comma + 7, len(doc) - 1)):
        if doc[k].text == ",":
            return k if k > comma + 1 and k + 1 in tokens else None
        if k in tokens or not (doc[k].is_lower or doc[k].text == "-" or _nationality_of(doc[k].text)
                               or doc[k].text in lexicon()["locations"]):
            return None
    return None


def _scope_end(doc: Doc, j: int, tokens: dict[int, _Token]) -> int | None:
    """'in artificial intelligence chips and to AMD', 'in smartphones, and increasingly
    with OpenAI': the 'and' after a short lowercase phrase of scope when a preposition
    repeats after it (past an adverb), else None."""
    for k in range(j + 1, min(j + 6, len(doc) - 2)):
        if doc[k].text == "," and doc[k + 1].lower_ == "and":
            continue
        if k in tokens or not (doc[k].is_lower or doc[k].is_punct and doc[k].text != ","
                               or doc[k].text in lexicon()["locations"]):
            return None
        if doc[k].lower_ == "and":
            nxt = k + 2 if doc[k + 1].lower_.endswith("ly") or doc[k + 1].lower_ == "also" else k + 1
            if nxt < len(doc) and doc[nxt].lower_ in ("to", "with", "against", "from"):
                return k
    return None


def _place_after(doc: Doc, j: int) -> int | None:
    """The last token of a place of one to three words after 'of' or 'in' at ``j`` that a list link
    follows ('of New Zealand and ...'), else None."""
    for size in (1, 2, 3):
        end = j + 1 + size
        if end < len(doc) and doc[j + 1:end].text in lexicon()["locations"] and doc[end].lower_ in (",", "and", "or"):
            return end - 1
    return None


def _bracket_end(doc: Doc, j: int) -> int | None:
    """The closing bracket of a short aside after a list member ('Bank of China (Hong
    Kong)'), else None."""
    for k in range(j + 1, min(j + 6, len(doc))):
        if doc[k].text == ")":
            return k
        if doc[k].text in ("(", ",", ";", "."):
            return None
    return None


def _descriptor_run(doc: Doc, j: int, tokens: dict[int, _Token], saw_link: bool) -> int | None:
    """The last word of a lowercase run ending in a descriptor noun that sits between list
    members: before a name after a link ('and the overseas platform Temu'), or after a name
    before a link ('Pinduoduo shopping app and ...'). None when ``j`` starts no such run."""
    k = j
    lex = lexicon()
    # ('and the New York fashion label Theory': a place's words may describe it too)
    while k < len(doc) and k not in tokens and (doc[k].is_lower and (doc[k].is_alpha or "-" in doc[k].text)
                                               or doc[k].text in lex["locations"] or doc[k].text in lex["nationalities"]) \
            and k - j < 5 and doc[k].lower_ not in ("and", "or", "the", "a", "an", "that", "which", "who", "behind",
                                                    "between", "among", "through", "via", "within") \
            and doc[k].lower_ not in PREPOSITIONS:
        k += 1
    if k == j:
        return None
    # before a name, an agent noun describes it too: 'and the local player Jahez'
    if saw_link and doc[j - 1].lower_ in ("the", "a", "an") and k in tokens \
            and any(doc[x].lower_ in _org_nouns() for x in range(j, k)):
        return k - 1
    # 'Nestlé and private equity firm PAI Partners': a run ending in its kind of company
    if saw_link and k in tokens and doc[j - 1].lower_ in ("and", "or") and doc[j - 2].text != "," \
            and (doc[k - 1].lower_ in _descriptors() or doc[k - 1].lower_ in _org_nouns()):
        return k - 1
    if not any(doc[x].lower_ in _descriptors() for x in range(j, k)):
        return None
    if not saw_link and doc[k - 1].lower_ in _descriptors() and k < len(doc) and doc[k].lower_ in (",", "and", "or"):
        return k - 1
    return None


def _colon_list(doc: Doc, first: int, sent: Span, tokens: dict[int, _Token]) -> list[int]:
    """The names listed after a colon, each of which may carry its own description:
    'four units: Douyin, which runs the app; TikTok, its overseas twin; and Lark'. With
    semicolons only a name after one counts, so the descriptions' own names stay out."""
    label = tokens[first].label
    semicolons = any(doc[k].text == ";" for k in range(first, sent.end))
    separators = (";",) if semicolons else (",", "and")
    found = [first]
    for j in range(first + 1, sent.end):
        token = tokens.get(j)
        if token is None or token.label != label or not token.entity:
            continue
        previous = doc[j - 1].lower_
        if previous in separators or previous == "and" and doc[j - 2].text in separators:
            found.append(j)
    return found


# ('A, owned by B, and C': a participle of ownership opens an apposition too)
APPOSITION_OPENERS = frozenset({"the", "a", "an", "which", "who", "its", "their", "owned", "controlled", "backed",
                                "majority-owned", "wholly-owned", "based", "headquartered"})


def _apposition_end(doc: Doc, comma: int) -> int | None:
    """'A, the owner of B and C, and D', 'A, which runs B, and with D', 'A, a unit of B, as
    well as D': the comma that closes an apposition or relative clause opened at ``comma``
    when the list goes on after it."""
    if comma + 1 >= len(doc) or doc[comma + 1].lower_ not in APPOSITION_OPENERS:
        return None
    for m in range(comma + 2, min(comma + 16, len(doc) - 1)):
        word = doc[m].lower_
        if word in ("which", "who", "that", ".", ";", "said", "says"):
            return None
        if word == ",":
            return m if _list_goes_on(doc, m) else None
    return None


def _list_goes_on(doc: Doc, comma: int) -> bool:
    """', and ...' or ', as well as ...' after ``comma``."""
    return doc[comma + 1:comma + 2].text.lower() == "and" or doc[comma + 1:comma + 4].text.lower() == "as well as"


# what a company launches or sets out that is no company: 'launched a takeover offer for B'
NOT_FOUNDED_OBJECTS = frozenset({"offer", "bid", "takeover", "tender", "challenge", "lawsuit", "suit", "probe",
                                 "investigation", "review", "campaign", "appeal", "attack", "search", "plan", "plans",
                                 "talks", "strategy", "buyback", "programme", "program"})


@lru_cache(maxsize=1)
def _found_verbs() -> frozenset[str]:
    return frozenset(_class_words("found_verb"))


def _launches_no_company(doc: Doc, start: int, end: int) -> bool:
    """'launched a takeover offer for Ceconomy', 'set out plans to split the company': the
    verb's object is a deal, a plan or a fight, not a company; 'set' founds only 'set up'."""
    k = next((k for k in range(start, end) if doc[k].lower_ in _found_verbs()), None)
    if k is None:
        return False
    if doc[k].lower_ == "set" and not (k + 1 < len(doc) and doc[k + 1].lower_ == "up"):
        return True
    return any(doc[j].lower_ in NOT_FOUNDED_OBJECTS for j in range(k + 1, min(end, k + 5)))


def _rivals_follow(doc: Doc, end: int, sent: Span) -> bool:
    """'... compete with C', '... compete fiercely against C': the rivals come after the verb."""
    k = end + 1 if end < sent.end and doc[end].lower_.endswith("ly") else end
    return k < sent.end and doc[k].lower_ in ("with", "against")


def _verb_of_another_clause(doc: Doc, start: int, end: int, tokens) -> bool:
    """'two of Hollywood's oldest studios, and would compete with B': after ', and' a verb
    with no subject of its own belongs to the sentence's subject, not to the name before."""
    return any(doc[k].text == "," and doc[k + 1].lower_ == "and" and k + 2 not in tokens
               and doc[k + 2].lower_ in ("would", "will", "could", "can", "may", "might", "should", "also", "now",
                                         "then", "still", "compete", "competes", "competed", "rival", "rivals")
               for k in range(start + 1, end - 2))


FIGHT_WORDS = frozenset({"fight", "fights", "battle", "battles", "rivalry", "tussle", "showdown"})
NOT_MARKET_FIGHTS = frozenset({"legal", "court", "courtroom", "proxy", "boardroom", "patent", "lawsuit", "custody",
                               "antitrust", "tax", "regulatory", "contract", "pay", "union"})
FUNDING_VERBS = frozenset({"pay", "fund", "finance", "bankroll"})
DEAL_NOUNS = frozenset({"deal", "deals", "transaction", "transactions", "acquisition", "acquisitions", "purchase",
                        "purchases", "takeover", "takeovers", "merger", "mergers"})
DEAL_WORDS = frozenset({"merge", "merged", "merges", "merging", "merger", "acquire", "acquired", "acquires",
                        "acquiring", "acquisition", "buy", "buys", "bought", "buying", "takeover", "combine",
                        "combined", "combining", "combination", "formed"})


# words after which a name may still open its clause ('said Acme, the owner of X, ...')
SUBJECT_OPENERS = frozenset({"and", "but", "said", "says", "that", "while", "as", "when", "after", "before",
                             "because", "then", "also", "both", "so", "whereas", "although", "though", "if"})


# nouns that, after 'the' and a name, are the named thing itself ('the Facebook app')
SELF_NAMED_HEADS = frozenset({"group", "app", "platform", "marketplace", "site", "service"})


# the nouns after "A's B" that make B the name of A's part ("Google's Mandiant unit")
OWN_UNIT_HEADS = frozenset({"unit", "division", "subsidiary", "affiliate", "arm", "platform", "app", "business"})


def _is_modifier(doc: Doc, i: int) -> bool:
    """'Shein clone', 'Tmall brand owners': the name describes a following noun."""
    nxt = i + 1
    if nxt < len(doc) and doc[nxt].lower_ in SELF_NAMED_HEADS and i > 0 and doc[i - 1].lower_ == "the" \
            and (nxt + 1 == len(doc) or doc[nxt + 1].is_punct or doc[nxt + 1].lower_ in ("which", "that", "and")
                 or doc[nxt + 1].lower_ in PREPOSITIONS and doc[nxt].lower_ != "group"):
        return False     # 'part of the HD Hyundai group, which ...', 'head of the Facebook app at Meta': the name's own
    if nxt < len(doc) and doc[nxt].lower_ in OWN_UNIT_HEADS and i > 1 and doc[i - 1].lower_ in POSSESSIVES \
            and doc[i - 2].ent_type_ == ORG:
        return False     # "Google's Mandiant unit": the unit's own name
    return nxt < len(doc) and doc[nxt].lower_ in lexicon()["modifier_heads"] and doc[nxt].text[:1].islower()


def _is_owner(doc: Doc, i: int, end: int) -> bool:
    """'AliExpress' European operations': the name owns what the sentence talks about (but
    'owned by the supermarket group Sainsbury's.' ends on the name's own possessive)."""
    nxt = i + 1
    return nxt < len(doc) and nxt >= end and doc[nxt].lower_ in POSSESSIVES \
        and not (nxt + 1 < len(doc) and doc[nxt + 1].text in (".", ",", ";") and doc[nxt].lower_ != "'")


def _contact_clause_between(doc, start: int, end: int) -> bool:
    """'the latest business the Florida-based group has put up for sale': a noun, then a
    clause with its own subject and no relative pronoun ('the' after a lowercase noun, and an
    auxiliary within eight words), inside the match after its opening name; the verbs after it
    are that subject's."""
    for j in range(start + 2, end - 2):
        if doc[j].lower_ == "the" and doc[j - 1].is_lower and doc[j - 1].is_alpha and doc[j - 1].lower_ not in STOP_WORDS \
                and any(doc[k].lower_ in ("has", "have", "had") for k in range(j + 2, min(j + 9, end))):
            return True
    return False


def _participle_of_nearer_name(doc, rule: Rule, start: int, slots, tokens) -> bool:
    """'Liggett, ..., is third behind Hoxa, owned by Pelco, and ...': a participle the
    '-app' variant reads after a comma describes the company named right before that comma,
    not the sentence's opening name."""
    far = max((i for found in slots.values() for i in found), default=start)
    commas = [k for k in range(start + 2, far) if doc[k].text == ","]
    if not commas:
        return False
    k = commas[-1]
    if k + 1 < len(doc) and doc[k + 1].is_lower and doc[k + 1].lower_.endswith("ed") \
            and k - 1 in tokens and tokens[k - 1].label == ORG:
        return True
    # ('A ..., from W, the chain owned by B': the participle closes W's own apposition)
    if rule.type is not RelationType.SUBSIDIARY_OF:
        return False
    participle = next((j for j in range(start + 2, far) if doc[j].lower_ in OWNER_PARTICIPLES), None)
    # (not a name inside the head's own relative clause: 'A, which overtook S ..., has been
    # controlled since 2022 by B')
    return participle is not None and any(
        j in tokens and tokens[j].label == ORG and tokens[j].entity
        and not any(doc[m].lower_ in ("which", "who", "that") for m in range(start + 1, j))
        for j in range(start + 2, participle))


def _offer_succeeded(doc: Doc, end: int, sent: Span) -> bool:
    """'its tender offer for B had succeeded', 'the bid for B was successful': the offer
    ended in a deal."""
    words = [t.lower_ for t in doc[end:min(end + 4, sent.end)]]
    while words and words[0] in ("had", "has", "have", "was", "were", "been", "now", "finally"):
        words = words[1:]
    return words[:1] in (["succeeded"], ["successful"])


def _relations_from_match(doc, rule: Rule, slots, role_tokens, start, end, sent: Span, tokens, types,
                          resolver: _Salience, article: Article, dates_cache) -> list[Relation]:
    loose = rule.option("loose") is not None or rule.option("modifier") is not None
    if rule.type is RelationType.WORKS_FOR:
        # 'X, A's chief executive and a former B executive': the staff role is the last one
        while len(role_tokens) > 1 and role_tokens[-2] != role_tokens[-1] - 1:
            role_tokens = role_tokens[1:]
    descriptors = _descriptors()
    if rule.type is RelationType.LEADS:
        # 'Vantor Cloud, the division run by president X': the descriptor names the unit, not the role
        while len(role_tokens) > 1 and doc[role_tokens[0]].lower_ in descriptors and role_tokens[1] != role_tokens[0] + 1:
            role_tokens = role_tokens[1:]
        # 'the co-founder, chairman and chief executive of': the first role of a list
        run = next((k for k in range(1, len(role_tokens)) if role_tokens[k] != role_tokens[k - 1] + 1), None)
        if run is not None and doc[role_tokens[run - 1] + 1].lower_ in ("and", ",", "&"):
            role_tokens = role_tokens[:run]
    whole_role = _whole_role(doc, role_tokens, sent)
    if rule.type is RelationType.LEADS and [doc[k].lower_ for k in whole_role] == ["president"]:
        # 'president and chief executive': the whole title, which normalise_role reads as the ceo
        k = whole_role[0] + 1
        chief = [t.lower_ for t in doc[k + 1:min(k + 3, sent.end)]]
        extra = 2 if chief[:1] == ["ceo"] else 3 if chief == ["chief", "executive"] else 0
        if extra and doc[k].lower_ == "and":
            whole_role = list(range(whole_role[0], k + extra))
    # the token after the whole role ('the FTC, Marathon chief executive Lee Tillman': a name)
    after_role = max(whole_role, default=end - 1) + 1
    role_words = [doc[i].text for i in whole_role] if rule.type in (RelationType.LEADS, RelationType.WORKS_FOR) else []
    # 'the head of its Nespresso coffee business': a slot that ends the match on 'its'
    # before a name is that name, not the company 'its' points back at
    slots = {slot: [i + 1 if doc[i].lower_ in ("its", "their") and i + 1 == end and i + 1 in tokens
                    and tokens[i + 1].label == ORG else i for i in found]
             for slot, found in slots.items()}
    for slot in ("h", "t"):
        for i in slots[slot]:
            # 'its stake', 'its app': a possessive 'its' fills only a slot written ITS:x
            if doc[i].lower_ in ("its", "their") and f"ITS:{slot}" not in rule.source \
                    and i == end - 1 and i + 1 < len(doc) and doc[i + 1].is_lower:
                return []
            # a name that describes the next noun fills a slot only in a loose rule, and only
            # when that noun is a descriptor or the rule itself matched it ('Acme founder X')
            if doc[i].lower_ not in ("its", "their") and _is_modifier(doc, i) and (not loose or (doc[i + 1].lower_ not in descriptors and i + 1 >= end)):
                return []
            if slot == "t" and _is_owner(doc, i, end) and (not loose or rule.type.is_event):
                return []    # 'merged with Vodafone's British business': Vodafone is not the partner
            if rule.type is RelationType.ACQUIRED and slot == "t" and i > 0 and doc[i - 1].lower_ == "from":
                return []
            if rule.type is RelationType.FOUNDED and slot == "t" and i > 0 and doc[i - 1].lower_ in ("his", "her"):
                return []    # 'started it from his University of Maryland dorm room': a person's, not founded
            if i == end - 1 and i > start and doc[i - 1].lower_ == "and" and i + 1 < len(doc) \
                    and doc[i + 1].lower_ in NEW_CLAUSE_VERBS - {"said", "says"}:
                return []    # 'that A owns 60% and Hitachi owns 40%': a new clause's subject
            if rule.type is RelationType.ACQUIRED and slot == "t" and _unit_of_before(doc, start, i):
                return []    # 'buy the robotics division of ABB': a unit of the seller, not the seller
            # (an apposition read by the rule itself describes the name however it was reached)
            # ('Indeed, which is run by P, who is also X's chief executive': the rule reads
            # the name's own relative clause)
            if i == start and not _reads_apposition(rule) and rule.source.split()[1:3] != [",", "who"] \
                    and _closes_relative_clause(doc, i, sent):
                return []
            if i == start and i + 1 < end and doc[i + 1].lower_ in POSSESSIVES and rule.second_word.rstrip("?") != "'s":
                return []    # 'Air India's budget arm, absorbed X': Air India is not the subject
    if rule.name.endswith("-app") and _long_apposition_before_relative(doc, start, end, tokens):
        return []
    if rule.name.endswith("-app") and _participle_of_nearer_name(doc, rule, start, slots, tokens):
        return []
    if rule.source.split()[0].endswith((":h", ":t")) and rule.source.split()[1].startswith("~") \
            and not rule.name.endswith("-and") and " and " not in rule.source \
            and any(doc[k].text == "," and (doc[k + 1].lower_ == "and" or doc[k + 1].lower_.endswith("ing")
                                            and doc[k + 1].is_lower and k > start + 1
                                            and any(j in tokens for j in range(sent.start, start)))
                    for k in range(start + 1, min(end - 1, start + 6))):
        # 'to buy out Auchan, and took Intime private', 'took control of Sun Art in 2020,
        # paying ...': the head ends another clause (right before the comma, a participle's
        # subject is the sentence's: _participle_subject)
        return []
    if rule.type is RelationType.ACQUIRED and end < len(doc) and doc[end].lower_ == "from" and any(
            doc[k].lower_ == "out" and doc[k - 1].lower_ in ("buy", "buys", "bought", "buying") for k in range(start + 1, end)):
        return []    # 'to buy out Allianz from its insurance ventures': a partner bought out, not a company bought
    if rule.type is RelationType.ACQUIRED and rule.option("first") is not None and _contact_clause_between(doc, start, end):
        return []    # 'A is the latest business the heating group has put up for sale after buying B': the group's
    if rule.type is RelationType.ACQUIRED and any(
            doc[k].lower_ in ("help", "helps", "helped", "helping")
            and (doc[k + 1].lower_ in FUNDING_VERBS or doc[k + 1].lower_ == "to" and doc[k + 2].lower_ in FUNDING_VERBS)
            for k in range(start + 1, end - 2)):
        return []    # 'put $10 billion into it to help pay for the acquisition of B': a backer, not the buyer
    if rule.type is RelationType.SUBSIDIARY_OF and rule.option("tail") == "subject" \
            and any(doc[k].lower_ in RIVALRY_WORDS for k in range(sent.start, start)):
        return []    # 'has lost ground to Nike and newer brands such as On': rivals, not units
    # ('A, which was spun off from B' means what 'A spun off from B' does)
    if rule.name.endswith("-rel") and " by " not in rule.source and " spun" not in rule.source \
            and _passive_after_relative(doc, start):
        return []
    if rule.type is RelationType.FOUNDED and _launches_no_company(doc, start, end):
        return []
    if rule.type is RelationType.COMPETES_WITH and end - 1 not in tokens and _rivals_follow(doc, end, sent):
        return []    # 'Both A and B compete with C': A and B are not each other's rivals
    if rule.type is RelationType.COMPETES_WITH and not rule.name.endswith("-and") \
            and _verb_of_another_clause(doc, start, end, tokens):
        return []
    if rule.option("noprep") is not None and any(doc[k].lower_ in PREPOSITIONS for k in range(start, end)):
        return []    # 'its ports business to BlackRock': BlackRock is where it goes, not what it is
    if slots["s"] and any(doc[i + 2].lower_ in ("parent", "owner") for i in slots["s"] if i + 2 < len(doc)):
        return []    # 'bought B&W's parent Sound United': B&W is not the seller
    if rule.type is RelationType.WORKS_FOR and any(doc[i - 1].lower_ in ("chief", "vice", "managing", "general")
                                                   for i in role_tokens[:1]):
        return []    # 'chief executive' is a leading role, not staff
    if rule.option("commas") is not None and \
            sum(doc[k].text == "," for k in range(start, end)) > rule.source.split().count(","):
        return []     # 'chief executive of the group, and two of his sons, A': another clause's name
    opening_slot = rule.slots.get(0, "h")     # the slot the pattern starts with
    participle = _participle_subject(doc, slots[opening_slot], start, sent, tokens, rule.literal_words)
    if participle is not None:
        if participle < 0:
            return []
        slots = {**slots, opening_slot: [participle]}
    number = resolver.sentence_of[start]
    tails: list[int] = []
    tail_subject = None
    if rule.option("bare") is not None:
        # 'JD.com said that chief executive Xu Lei ...': a title with no company of its own
        # belongs to the company that opens the sentence, or the previous sentence's subject
        # when the title itself opens it
        # 'stays on as chief executive of Fiat' names its own company
        tail_subject = None if doc[max(end, after_role):max(end, after_role) + 1].text.lower() in ("of", "at") else \
            _bare_title_owner(doc, start, sent, tokens, resolver, previous=rule.option("previous") is not None)
        if tail_subject is None:
            return []
    if rule.option("tail") == "lead":
        # 'A second new unit, the X Group, will be led by P': a new unit of the article's company
        tail_subject = resolver.lead_company()
        if tail_subject is None or any(tokens[i].entity == tail_subject for i in slots["h"]):
            return []
    if rule.option("unitname") is not None and not all(doc[i].text.split()[-1] in UNIT_NAME_WORDS for i in slots["h"]):
        return []     # 'its WeChat Group': a name that says it is a unit
    confidence = rule.confidence
    # 'losing customers to Alibaba-backed Freshippo': the backer describes the tail
    slots = {**slots, "t": [_backed_name(doc, i, tokens) if not rule.literal_words & OWNER_PARTICIPLES else i
                            for i in slots["t"]],
             "h": [_renamed_pointer(doc, i, tokens) for i in slots["h"]]}
    if rule.type is RelationType.COMPETES_WITH:
        slots = {**slots, "t": [_maker_of(doc, i, sent, tokens) for i in slots["t"]]}
    for i in slots["t"]:
        # ('Burger King owner RBI and Kraft Heinz': one owner, then another name)
        if "%" in rule.source or doc[i].lower_ in ("its", "their") \
                or doc[i - 1].lower_ in ("owner", "parent") and rule.type is RelationType.SUBSIDIARY_OF:
            # 'owns 80% of Athena and Greenoaks will hold the rest': one stake; 'its two
            # apps, A and B': the owner, not the start of a list
            tails.append(i)
            continue
        tails.extend(_expand_list(doc, i, tokens, leftward=False,
                                  through_descriptors=True, rivals=rule.type is RelationType.COMPETES_WITH,
                                  # ('Hoxa, owned by Pelco, and Vantor': a participle set off by commas too)
                                  stop_at_comma_and=rule.second_word == "," or doc[start + 1].text == ","
                                  and doc[start + 2].is_lower and doc[start + 2].lower_.endswith("ed")))
    # ('a venture that A owns 60% and Hitachi owns 40%': the head's own share, option share=head)
    share_start = min(slots["h"]) if rule.option("share") == "head" and slots["h"] else None
    rtype = _stake_type(doc, rule.type, share_start, sent.end) if share_start is not None \
        else _stake_type(doc, rule.type, start, end)
    if rtype is None:
        return []
    if any(doc[i].lower_ == "it" and i == end - 1 and i + 1 < len(doc) and doc[i + 1].lower_ in CLAUSE_VERBS
           for i in tails):
        return []    # 'is buying growth it could not build': 'it' opens a clause of its own
    if rtype in (RelationType.SUBSIDIARY_OF, RelationType.ACQUIRED) and any(
            doc[k].lower_ in lexicon()["product_nouns"] for i in [*slots["h"], *tails] for k in range(max(start, i - 3), i)):
        return []    # 'owns franchises such as Call of Duty': products, not companies
    if rtype is RelationType.SUBSIDIARY_OF and "inside" not in rule.literal_words and any(
            doc[k].lower_ in ("owns", "runs", "operates", "controls") and doc[k + 1].lower_ in UNIT_PLACE_WORDS
            for k in range(start, end - 1)):
        return []    # 'B now operates inside A's medicine business': B is the unit
    if rtype is RelationType.SUBSIDIARY_OF and any(doc[k].lower_ == "sister" for k in range(start, end)):
        return []    # 'its sister carmaker Kia' is a sibling, not a unit
    if rtype is RelationType.SUBSIDIARY_OF and start in slots["h"] and "parent" not in rule.source \
            and "owner" not in rule.source and any(doc[k].lower_ in ("holding", "parent") for k in range(start, end)):
        return []    # 'Tata Sons, the group's holding company' is the owner, not a unit
    # (an apposition the '-app' variant reads through describes the head: 'Interpublic, the
    # owner of McCann, is now a unit of Omnicom')
    own_words = max((k for k in range(start, end) if doc[k].text == ","), default=start) \
        if rule.name.endswith("-app") else start
    if rtype is RelationType.SUBSIDIARY_OF and "parent" not in rule.source and "owner" not in rule.source \
            and any(doc[k].lower_ in ("parent", "owner", "owners") for k in range(own_words, end)):
        return []    # "Loopa's parent company Vantor": the parent rules read it the other way
    if rtype is not rule.type:
        confidence *= 0.9    # the rule's own reading was another type
    # 'A, which holds about 65% of B': a majority held, not taken, makes B A's subsidiary
    stake_taken = any(doc[k].lower_ in EVENT_STAKE_VERBS for k in range(start, end))
    held_control = rtype is RelationType.ACQUIRED and rule.option("state") is not None and not stake_taken
    if held_control:
        rtype = RelationType.SUBSIDIARY_OF
    if rule.type is RelationType.FOUNDED and any(doc[k].lower_ in ("merger", "combination", "merging")
                                                 for k in range(max(sent.start, start - 4), start)):
        return []     # 'the merger of A and B created C' merges A and B into C
    if rule.option("both") is not None and any(doc[k].lower_ in ("created", "creates", "create", "creating", "formed",
                                                                 "forms", "form", "forming")
                                               for k in range(end, min(end + 3, sent.end))):
        return []     # 'the merger of A and B created C': into C, not into each other
    if rule.type is RelationType.LEADS and start in slots["h"] and start > sent.start \
            and doc[start - 1].lower_ in SUCCESSION_VERBS and rule.option("tail") is None \
            and rule.source.split()[1] != ",":
        # 'P will succeed Q as CEO': Q's role is read by the succession rules (but 'succeeded
        # Q, who stays on the board as chairman' is Q's own)
        return []
    if rule.type is RelationType.FOUNDED and any(
            doc[k].lower_ in _found_verbs() and doc[k + 1].is_lower and doc[k + 1].lower_.endswith("ing")
            for k in range(start, min(end, len(doc) - 1))):
        return []     # 'GE Vernova started trading on the New York Stock Exchange' founds nothing
    if rule.type is RelationType.FOUNDED and any(
            doc[k].text == "," and doc[k + 1].is_lower and doc[k + 1].lower_ not in ("a", "an", "the", "and", "or", "its")
            and any(doc[v].lower_ in _found_verbs() for v in range(start, k)) for i in slots["t"] for k in range(start, i)):
        return []     # 'who co-founded DeepMind, continues to lead Microsoft AI': another clause's object
    if rule.type is RelationType.FOUNDED and any(i > start and doc[i - 1].lower_ == "as" for i in slots["t"]):
        return []     # 'Grab started in 2012 as MyTeksi': an earlier name, not a company it founded
    if start in slots["h"] and rule.second_word.startswith("~") and not rule.name.endswith("-and") \
            and start + 2 < end and doc[start + 1].lower_ == "and" and doc[start + 2].lower_ in COORDINATED_AUXILIARIES:
        return []     # 'co-founded it with P and has led it since': P ends an object, not a subject
    # (the head's own apposition may call it a lender: 'B, Mexico's third-largest lender, competes with')
    after_apposition = next((k for k in range(start + 2, end) if doc[k].text == ","), start) \
        if rule.name.endswith("-app") else start
    if rule.type is RelationType.COMPETES_WITH and any(doc[k].lower_ in NOT_RIVALS for k in range(after_apposition, end)):
        return []     # 'pressure from activist investor Trian' is not competition
    if rule.type is RelationType.COMPETES_WITH and any(doc[k].lower_ in FIGHT_WORDS for k in range(start, end)) \
            and any(doc[k].lower_ in NOT_MARKET_FIGHTS for k in range(max(sent.start, start - 3), end)):
        return []     # 'its legal battle with Epic', 'a proxy fight with Elliott': no market rivalry
    if rule.option("head") == "subject" and rule.type is RelationType.COMPETES_WITH and start >= 2 \
            and any(doc[k].lower_ in ("in", "into") and k - 1 in tokens and tokens[k - 1].label == ORG
                    for k in range(max(sent.start + 1, start - 2), start)):
        return []     # 'put Schneider in closer competition with X': the name before 'in' is the rival
    heads: list[int] = []
    if rule.option("tail") == "subject" or tail_subject:
        heads_tokens = [j for i in slots["h"] for j in _expand_list(doc, i, tokens, leftward=False)]
        subject = tail_subject or resolver.subject(number, ORG, exclude=set(heads_tokens))
        slots = {**slots, "h": []}
        tails, tail_subject = [], subject
        confidence *= PRONOUN_PENALTY
        # ('A will buy a stake in B, turning the company into a subsidiary': the pointer is not the subject)
        named_subject = {j for j in range(sent.start, start) if j in tokens and tokens[j].entity == subject}
        heads_ids = [resolver.resolve(i, named_subject) for i in heads_tokens]
    elif rule.option("head") == "subject":
        opener = next((j for j in range(sent.start, start) if j in tokens and tokens[j].label in (ORG, ORGREF)), None)
        antecedent = _relative_antecedent(doc, sent, start, tokens)
        if opener is not None and tokens[opener].label == ORGREF and _pair_pointer(doc[opener].lower_):
            heads_ids = resolver.resolve_pair(opener, set(tails))     # 'Both companies face pressure from X'
        elif antecedent is not None:
            # 'against Carrier, which completed its purchase of V': the relative clause's name
            heads_ids = [resolver.resolve(antecedent, set(tails))]
        else:
            subject = resolver.subject(number, ORG, exclude=set(tails), before=start)
            heads_ids = [subject] if subject else []
        confidence *= PRONOUN_PENALTY
    else:
        if rule.option("first") is not None and slots[opening_slot]:
            opening = slots[opening_slot][0]
            label = tokens[opening].label
            base = label.replace("REF", "")
            # the first name or pointer of the kind (the opening one itself at the latest)
            first = next(i for i in range(sent.start, end) if i in tokens and tokens[i].label in (base, base + "REF"))
            if first != opening and first + 2 == opening and doc[first + 1].lower_ == "and":
                first = opening     # 'Allison and Stephen Ellsworth, a married couple, started it': one list
            if first != opening:
                if rule.name.endswith("-and") and tokens[first].entity is None:
                    # 'The carmaker overtook Tesla ..., and also competes with Geely', 'It competes
                    # with A, and owns brands such as B': the pointer that opens the sentence is
                    # the subject of both clauses
                    slots = {**slots, opening_slot: [first]}
                    if opening_slot == "t":
                        tails = [first]
                elif (tokens[first].label == label or tokens[first].entity is not None) \
                        and not _apposition_then_relative(doc, rule, start, end):
                    return []
            elif rule.name.endswith("-and") and opening > sent.start and doc[opening - 1].lower_ == "by":
                return []    # 'Vizio, which was founded by P and ... runs S': a passive's agent runs nothing
            elif rule.name.endswith(("-app", "-and")) and opening > sent.start and doc[opening - 1].is_lower and doc[opening - 1].is_alpha \
                    and doc[opening - 1].lower_ not in SUBJECT_OPENERS and doc[opening - 1].lower_ not in PREPOSITIONS \
                    and not (doc[opening - 1].lower_ in ("based", "headquartered") and doc[opening - 2].text in ("-", "–")):
                return []    # 'A combined group would own CBS, HBO and ..., and would compete': an object
        for i in slots["h"]:
            # 'A and B, a unit of C' / 'A and B, the port arm of C': the apposition the rule
            # reads describes B alone
            appositive = rule.second_word == "," and i == start
            singular = i + 2 < len(doc) and doc[i + 1].text == "," and (
                doc[i + 2].lower_ in ("a", "an") or appositive and doc[i + 2].lower_ == "the"
                and not any(_plural(t.lower_) for t in doc[i + 3:min(i + 6, end)])) \
                and not any(t.lower_ in PAIR_NOUNS for t in doc[i + 3:min(i + 6, end)])   # ('a married couple')
            # 'rivals Nutanix and Red Hat, which is owned by IBM': 'is' speaks of Red Hat alone
            singular = singular or _singular_relative(doc, i)
            # ('A owns B, and it holds half of C': a pronoun heads no list)
            singular = singular or doc[i].lower_ in CHAIN_PRONOUNS
            heads.extend([i] if singular else _expand_list(doc, i, tokens, leftward=rule.option("object") is None))
            singular_title = (i - 1 in role_tokens or doc[i - 1].lower_ in _role_nouns()) \
                and not doc[i - 1].lower_.endswith("s")
            if i == end - 1 and not singular_title:
                # the match ends with its head: 'founded by A and B', 'platforms Taobao and Tmall'
                # (but 'Cainiao CEO Lin Wan and Jiang' names one CEO)
                # 'owns the Pinduoduo app and the overseas platform Temu' (not 'Alibaba's Ele.me and ...')
                # ('Sea's Shopee and China's Temu': a member with its own possessor is not the first's)
                heads.extend(j for j in _expand_list(doc, i, tokens, leftward=False,
                                                     through_descriptors=doc[i - 1].lower_ not in POSSESSIVES,
                                                     appositions=True, in_apposition=rule.second_word == ",")[1:]
                             if not (doc[j - 1].lower_ in POSSESSIVES and ("'s" in rule.source or j - 2 in tokens
                                                                           and tokens[j - 2].label == ORG)))
            if i == end - 1 and doc[i - 1].text == ":":
                heads.extend(j for j in _colon_list(doc, i, sent, tokens) if j not in heads)
        heads_ids = []
        for i in heads:
            if tokens[i].entity is None:
                confidence *= PRONOUN_PENALTY
            heads_ids.extend(resolver.resolve_pair(i, set(tails)) if _pair_pointer(doc[i].lower_)
                             else [resolver.resolve(i, set(tails))])
    if rule.option("counted") is not None:
        heads_ids = _counted_people(doc, start, end, sent, tokens, resolver, set(slots["t"]))
    tail_ids = [tail_subject] if tail_subject else []
    for i in tails:
        if tokens[i].entity is None:
            confidence *= PRONOUN_PENALTY
        # a pointer at the tail is none of the relation's heads ('A and B became units of the bank')
        if rule.type is RelationType.COMPETES_WITH and _pair_pointer(doc[i].lower_):
            tail_ids.extend(resolver.resolve_pair(i, set(slots["h"]) | set(heads)))   # 'taking customers from both chains'
            continue
        tail_ids.append(resolver.resolve(i, set(slots["h"]) | set(slots["s"]) | set(heads)))
    if len(tails) > 1 or len(heads_ids) > 1:
        confidence *= LIST_PENALTY
    # 'bought A in 2017, B in 2019 and C in 2021': a list member's own year
    own_years = {entity: doc[i + 2].text for i, entity in zip(tails, tail_ids[len(tail_ids) - len(tails):])
                 if len(tails) > 1 and i + 2 < len(doc) and doc[i + 1].lower_ == "in"
                 and re.fullmatch(r"(?:19|20)\d\d", doc[i + 2].text)}
    # ('said it will sell B to C': a pronoun sells too)
    seller = next((seller for i in slots["s"]
                   if (seller := tokens[i].entity or resolver.resolve(i, set(slots["h"]) | set(slots["t"])))), None)
    if rtype is RelationType.ACQUIRED and seller is None:
        seller = _seller_after(doc, end, sent, tokens)
    # ("buy S's share of B": S holds a stake, not B; but "S's controlling stake in B" is B itself)
    stake_sold = any(k + 1 < len(doc) and doc[k + 1].lower_ in POSSESSIVES
                     and any(t.lower_ in STAKE_NOUNS for t in doc[k + 2:k + 5])
                     and not any(t.lower_ in ("controlling", "majority") for t in doc[k + 2:k + 5]) for k in slots["s"])

    role = None
    if rule.type in (RelationType.LEADS, RelationType.WORKS_FOR):
        if role_words and not _known_role(role_words, rtype):
            if not (rtype is RelationType.LEADS and "by" in rule.literal_words
                    and rule.literal_words & {"led", "headed"}):
                return []
            role_words = ["head"]     # 'will be headed by senior executive vice president P': P heads it, whatever the title
        if slots["h"] and max(slots["h"]) < start + 2 and role_tokens and after_role in tokens \
                and tokens[after_role].label == PERSON:
            return []     # 'the FTC, Marathon chief executive Lee Tillman ...': the title is the next name's
        if rule.type is RelationType.LEADS:
            role = normalise_role(role_words) if role_words else rule.option("role") or None
            if "@top_role" in rule.source and role not in _top_role_names():
                return []     # 'remain as chief technology officer': 'chief' began a lesser role
            if role == "chief" and _officer_title_follows(doc, after_role, sent):
                return []     # 'its chief business officer': an officer, not the head

    # (a staff or leading rule that spells its role out, 'design chief', owns that role)
    own_roles = set(role_tokens) or ({k for k in range(start, end) if doc[k].lower_ in ("chief", "boss", "head")}
                                     if rule.type in (RelationType.LEADS, RelationType.WORKS_FOR) else set())
    # a second clause ('left Vantor in 2019 and later co-founded B') has its own status words
    second = _and_position(doc, start, end, rule.literal_words)
    # a rule that opens on its tail and reads a clause about it ('with Red Hat, the company
    # IBM bought'): the words before the tail belong to another clause
    own_clause = opening_slot == "t" and rule.second_word == ","
    # '"... shares that aim," said P, X's chief executive': a quotation's words are not the attribution's
    lead_in = next((k + 1 for k in range(start - 1, max(sent.start, start - 5) - 1, -1) if doc[k].text in QUOTE_MARKS),
                   max(sent.start, start - 5))
    # ('will be folded into X, the group's unit', 'will report to P, chairman of X': an
    # apposition on the head has its own tense)
    appositive = rtype in (RelationType.SUBSIDIARY_OF, RelationType.LEADS, RelationType.WORKS_FOR, RelationType.INVESTED_IN) \
        and rule.second_word == "," \
        and not rule.name.endswith(("-app", "-rel"))
    status_from = second if second is not None else start if own_clause or appositive else lead_in
    inserted: range = range(0)
    if rule.name.endswith(("-app", "-rel")) and start + 2 < end and doc[start + 1].text == ",":
        # ('P, who was previously chief executive of Z, is B's CEO': the inserted clause's
        # tense is its own)
        close = next((k for k in range(start + 2, end) if doc[k].text == ","), None)
        inserted = range(start + 1, close + 1) if close is not None else inserted
    lowered = ["<other role>" if _describes_another_role(doc, i, end, own_roles) else _status_word(doc, i, tokens)
               for i in range(status_from, end) if i not in inserted]
    if second is not None:
        # but a modal or a rumour word of the first clause covers both ('will keep X and become Y')
        lex = lexicon()
        lowered = [w for w in (_status_word(doc, i, tokens) for i in range(lead_in, second))
                   if w in lex["planned_cues"] or w in lex["rumor_cues"]] + lowered
    if opening_slot == "s" or rtype is RelationType.ACQUIRED and "sold" in rule.literal_words:
        # 'A sold B to C', 'B was sold to C': the sale that makes B A's former unit is C's acquisition, done
        lowered = [w for w in lowered if w not in ("sold", "sells", "sell", "selling")]
    sentence_words = _clause_words(doc, sent, start, end)
    if _apposition_then_relative(doc, rule, start, end) and start > sent.start:
        # ('the purchase would add capacity to B, the group's arm, which competes with C': the
        # relative clause's tense is its own)
        relative = _relative_comma(doc, start, end)
        sentence_words = [t.lower_ for t in doc[relative:end]]
        lowered = [_status_word(doc, i, tokens) for i in range(relative, end)]
    after = [t.lower_ for t in doc[end:sent.end]]
    fixed = rule.option("status")
    status = Status.parse(fixed) if fixed else decide_status(
        lowered, sentence_words, is_event=rtype.is_event and rule.option("held") is None and (rule.option("state") is None or stake_taken),
        static=any(rule.option(name) is not None for name in ("loose", "bare", "held")) and rule.option("tensed") is None,
        after=after[:10])
    if status is None:
        return []
    if status is Status.COMPLETED and rule.option("plan") is not None and not _offer_succeeded(doc, end, sent):
        status = Status.PLANNED     # 'made a bid for B': an offer, not a done deal

    attributes = _attributes(doc, rule, sent, start, end, article, dates_cache, share_start)
    evidence = _evidence(article, sent)
    out = []
    for head in heads_ids:
        for tail in tail_ids:
            if not head or not tail or head == tail:
                continue
            heads_ok, tails_ok = RELATION_SIGNATURES[rtype]
            if held_control:
                heads_ok, tails_ok = tails_ok, heads_ok
            if types[head] not in heads_ok or types[tail] not in tails_ok:
                continue
            pairs = [(head, tail), (tail, head)] if rule.option("both") is not None else \
                [(tail, head)] if held_control else [(head, tail)]
            for h, t in pairs:
                relation = Relation(head=h, type=rtype, tail=t, status=status, evidence=evidence,
                                    confidence=round(min(confidence, 1.0), 3), rule=rule.name, role=role,
                                    seller=seller if rtype is RelationType.ACQUIRED else None,
                                    **{**attributes, "date": own_years[t]} if t in own_years else attributes)
                out.append(relation)
                if relation.seller and relation.seller != t:
                    # a unit still to be sold ('agreed to sell B to C') is the seller's for now
                    owned = Status.FORMER if status is Status.COMPLETED else Status.CURRENT
                    if stake_sold:
                        continue     # 'buy S's share of B': S holds a stake ('inv-stake-noun'), B is not S's unit
                    out.append(relation.replace(head=t, type=RelationType.SUBSIDIARY_OF, tail=relation.seller,
                                                status=owned, rule=rule.name + "+seller",
                                                seller=None, date=None, amount=None, currency=None,
                                                stake_pct=None, confidence=round(min(confidence, 1.0), 3)))
    stake_seller = _seller_after(doc, end, sent, tokens) if rtype is RelationType.INVESTED_IN and status in (
        Status.PLANNED, Status.COMPLETED) and not rule.option("held") else None
    if stake_seller and status is Status.COMPLETED and any(
            doc[k].lower_ in ("a", "an") and doc[k + 1].like_num for k in range(start, end - 1)):
        stake_seller = None     # 'bought a 25% stake in B from S': S sold part of what it holds, not all
    if stake_seller and types.get(stake_seller) is EntityType.COMPANY:
        # 'will buy a 24.5% stake in B from S': S holds that stake until the sale is done
        out.extend(r.replace(head=stake_seller, status=Status.CURRENT if status is Status.PLANNED else Status.FORMER,
                             rule=r.rule + "+seller", date=None, amount=None, currency=None, seller=None)
                   for r in list(out) if r.head != stake_seller and r.tail != stake_seller)
    if rule.type is RelationType.LEADS and out:
        replaced = _replaced_person(doc, end, sent, tokens)
        if replaced and types.get(replaced) is EntityType.PERSON and all(r.head != replaced for r in out):
            out.extend([r.replace(head=replaced, status=Status.FORMER, rule=r.rule + "+replaced", date=None)
                        for r in out])
    return out


def _literal_words_of(pattern: list[dict]) -> frozenset[str]:
    words: set[str] = set()
    for spec in pattern:
        lower = spec.get("LOWER")
        if isinstance(lower, dict) and "IN" in lower and "NOT_IN" in spec.get("ENT_TYPE", {"NOT_IN": ()}):
            words.update(lower["IN"])
    return frozenset(words)


FOUNDED_BY_PARTICIPLES = frozenset({"founded", "co-founded", "cofounded", "started", "established", "created"})


def _bare_title_owner(doc: Doc, start: int, sent: Span, tokens: dict[int, _Token],
                      resolver: "_Salience", previous: bool = False) -> str | None:
    """The company a title with no company of its own belongs to: 'JD.com said that chief
    executive Xu Lei would step down' (the company opening the sentence); 'Chief executive
    Pinault said ...' (a title opening the sentence: the previous sentence's subject). A
    name, possessive or 'whose' just before the title gives it another owner."""
    lex = lexicon()
    k = start - 1
    while k >= sent.start and k not in tokens and (doc[k].lower_ in lex["lower_roles"] or doc[k].lower_ in
                                                   lex["role_modifiers"] or doc[k].lower_ in ("and", "&", ",")
                                                   and k - 1 >= sent.start and doc[k - 1].lower_ in lex["lower_roles"]):
        k -= 1     # 'Nippon Steel vice chairman X': the match may start after 'vice'
    before = doc[k] if k >= sent.start else None
    if before is not None and (k in tokens or before.lower_ in POSSESSIVES
                               or before.lower_ in ("its", "their", "whose", "his", "her", "of", "at", "from")):
        return None
    number = resolver.sentence_of[start]
    person = next((j for j in range(start, sent.end) if j in tokens and tokens[j].label == PERSON), None)
    if person is not None and person + 2 < sent.end and doc[person + 1].text == "," \
            and doc[person + 2].lower_ in ("its", "their") and person + 2 in tokens:
        # 'P, its chief legal officer, will serve as interim CEO': the apposition's company
        return resolver.resolve(person + 2, set())
    opening = next((j for j in range(sent.start, sent.end) if not doc[j].is_punct and not doc[j].is_space), None)
    if opening == k + 1:
        # (with ``previous``: 'Ben & Jerry's has clashed with its owner. Co-founder Jerry
        # Greenfield quit': the previous sentence's subject)
        return (previous and resolver.previous_subject(number, ORG)) or resolver.lead_company()
    if start in tokens and tokens[start].label == PERSON and not any(j in tokens for j in range(sent.start, start)):
        return resolver.lead_company()     # 'His predecessor, Ken Mori, who became chairman, sold ...'
    person = next((j for j in range(start, sent.end) if j in tokens and tokens[j].label == PERSON), None)
    speaks = person is not None and person + 1 < sent.end and doc[person + 1].lower_ in SAYING_VERBS
    if doc[k].text in QUOTE_MARKS and speaks:
        # '"Boyu's local knowledge will help us," chief executive Brian Niccol said': the
        # quotation's names are not the speaker's company
        return resolver.lead_company()
    token = tokens.get(opening)
    if token is None and (board := _board_speaker(doc, sent, start, tokens)):
        return board
    if token is None:
        # 'The inquiry was overseen by chairman Paul Bulcke': a sentence that names no
        # company speaks of the article's own
        # ('On one side is chairman P, whose family has run the company for decades': a
        # pointer names no other company)
        if any(j in tokens and tokens[j].label == ORG for j in range(sent.start, sent.end)):
            return None
        return resolver.lead_company()
    if token.label in (ORG, ORGREF):
        if doc[k].lower_ == "under":
            if doc[opening].lower_ in ("it", "this") and any(doc[j].lower_ in DEAL_NOUNS for j in range(opening + 1, k)):
                # 'It is one of the first deals under chief executive P': 'it' is the deal,
                # the title the buyer's
                return resolver.deal_subject(number) or resolver.lead_company()
            return resolver.resolve(opening, set())    # 'Intel ... is cutting jobs under chief executive P'
        if start >= 2 and doc[start - 1].lower_ == "by" \
                and any(doc[j].lower_ in FOUNDED_BY_PARTICIPLES for j in range(max(opening, start - 5), start - 1)):
            # 'Peloton was founded in 2012 by P, who stepped down as chief executive': the
            # founder's title is the founded company's
            return resolver.resolve(opening, set())
        # only as the one speaking: 'JD.com said on Thursday that chief executive Xu Lei ...'
        said = any(doc[j].lower_ in SAYING_VERBS for j in range(opening + 1, k + 1))
        if not said and doc[k].text == ",":
            said = speaks    # '..., chief executive Satya Nadella told staff': the one speaking is the title's
        return resolver.resolve(opening, set()) if said else None
    # a sentence about a person ('Sandy Xu ... will report to founder and chairman Richard
    # Liu'; 'He will report to chairman Paul Bulcke')
    return resolver.lead_company() if token.label in (PERSON, PERREF) else None


# 'Alibaba-backed Freshippo', 'a Tencent-owned studio': an owner's name before a hyphen and these
OWNER_PARTICIPLES = frozenset({"backed", "owned", "controlled", "funded", "financed", "run"})
DESCRIBING_PARTICIPLES = OWNER_PARTICIPLES | {"majority-owned", "wholly-owned"}


def _backed_name(doc: Doc, i: int, tokens: dict[int, "_Token"]) -> int:
    """The name a tail at ``i`` describes when it is the owner in 'X-backed Y' (Y), or a
    pointer renamed in 'runs the brand as Y' (Y), else ``i``."""
    if i + 3 < len(doc) and doc[i + 1].text in ("-", "–") and doc[i + 2].lower_ in OWNER_PARTICIPLES \
            and i + 3 in tokens and tokens[i + 3].label == ORG:
        return i + 3
    return _renamed_pointer(doc, i, tokens)


def _renamed_pointer(doc: Doc, i: int, tokens: dict[int, "_Token"]) -> int:
    """'which now runs the brand as OM Digital Solutions': the pointer is the name after 'as'."""
    if i + 2 < len(doc) and i in tokens and tokens[i].label == ORGREF and doc[i].lower_.startswith("the ") \
            and doc[i + 1].lower_ == "as" and i + 2 in tokens and tokens[i + 2].label == ORG \
            and (i + 3 >= len(doc) or doc[i + 3].is_punct):     # (not 'bought the company as B faded')
        return i + 2
    return i


def _officer_title_follows(doc: Doc, i: int, sent: Span) -> bool:
    """'chief | business officer', 'chief | digital and technology officer': after a bare
    'chief', up to three lowercase words and 'officer' make another officer's title."""
    for j in range(i, min(i + 4, sent.end)):
        if doc[j].lower_ == "officer":
            return j > i and doc[i].lower_ != "executive"
        if not (doc[j].is_lower and doc[j].is_alpha):
            return False
    return False


def _board_speaker(doc: Doc, sent: Span, start: int, tokens: dict[int, _Token]) -> str | None:
    """'The Board of Directors of Vantor AG today announced that P has been appointed chief
    executive': the company whose board speaks, when it is the only one named before."""
    named = [j for j in range(sent.start, start) if j in tokens]
    if len(named) != 1 or tokens[named[0]].label != ORG or doc[named[0] - 1].lower_ != "of":
        return None
    j = named[0]
    if not any(doc[m].lower_ in BOARD_WORDS for m in range(sent.start, j)):
        return None
    return tokens[j].entity if any(doc[m].lower_ in SAYING_VERBS for m in range(j + 1, min(j + 4, start))) else None


def _plural(word: str) -> bool:
    """'co-chairmen', 'rivals' (not 'business', 'status')."""
    shaped = word.isalpha() or "-" in word
    return shaped and (word.endswith("men") or word.endswith("s") and not word.endswith(("ss", "us", "is")))


def _reads_apposition(rule: Rule) -> bool:
    """'ORG:h , its rival', 'PER:h , the chief executive of': the rule reads the apposition
    right after its opening name."""
    words = rule.source.split()
    return rule.second_word == "," and len(words) > 2 and not words[2].startswith(("which", "who", "that", "~"))


def _singular_relative(doc: Doc, i: int) -> bool:
    """'A and B, which is owned by C': a singular verb after the relative pronoun."""
    words = [t.lower_ for t in doc[i + 1:i + 4]]
    return len(words) == 3 and words[0] == "," and words[1] in ("which", "who", "that") \
        and words[2] in ("is", "was", "has")


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


UNIT_NAME_WORDS = frozenset({"Group", "Division", "Unit", "Segment"})
COORDINATED_AUXILIARIES = frozenset({"has", "had", "have", "is", "was", "will", "would"})
BOARD_WORDS = frozenset({"board", "directors", "shareholders", "management"})
MINORITY_HOLDERS = frozenset({"shareholders", "shareholder", "investors", "holders", "owners", "stockholders"})
EVENT_STAKE_VERBS = frozenset({"took", "takes", "take", "taking", "bought", "buys", "buy", "buying", "acquired",
                               "acquires", "acquire", "acquiring", "raised", "raises", "raise", "raising"})


def _relative_antecedent(doc: Doc, sent: Span, start: int, tokens: dict[int, _Token]) -> int | None:
    """The company a relative clause around ``start`` describes ('Carrier, which completed
    its purchase of V': Carrier), or None outside one."""
    for k in range(start - 1, sent.start, -1):
        if doc[k].text == "," or doc[k].lower_ in ("and", "but"):
            if doc[k].text == "," and k + 1 < start and doc[k + 1].lower_ in ("which", "that") \
                    and k - 1 in tokens and tokens[k - 1].label == ORG:
                return k - 1
            return None
    return None


def _stake_type(doc: Doc, rtype: RelationType, start: int, end: int) -> RelationType | None:
    """'take a 75% stake in B' is an acquisition (control), 'buys 30% of B' an investment;
    'A owns 8% of B' does not make B A's subsidiary (None: no relation of this type)."""
    shares = _stated_shares(doc, start, end)
    if rtype is RelationType.SUBSIDIARY_OF:
        minority = any(share <= 50 for share in shares)
        # 'owns about a third of B', 'holds a fifth of B'
        minority = minority or any(doc[j].lower_ in MINORITY_FRACTIONS and doc[j - 1].lower_ in ("a", "one")
                                   and doc[j + 1].lower_ == "of" for j in range(start + 1, end - 1))
        # 'LY Corp, itself partly owned by Naver': a share, read by 'inv-partly-owned'
        minority = minority or any(doc[j].lower_ in ("partly", "partially", "minority") and doc[j + 1].lower_ in (
            "owned", "controlled", "held") for j in range(start, end - 1))
        return None if minority else rtype
    if rtype not in (RelationType.ACQUIRED, RelationType.INVESTED_IN):
        return rtype
    # a stated share decides first: 'A, which is majority-owned by C, holds 24% of B'
    if shares:
        return RelationType.ACQUIRED if shares[0] > 50 else RelationType.INVESTED_IN
    words = {doc[j].lower_ for j in range(start, end)}
    if rtype is RelationType.INVESTED_IN and words & {"majority", "controlling"}:
        return RelationType.ACQUIRED     # 'buy a majority stake in B'
    # ('buy out the minority shareholders of B' takes the rest of B: control)
    if rtype is RelationType.ACQUIRED and any(doc[j].lower_ == "minority" and doc[j + 1].lower_ not in MINORITY_HOLDERS
                                              for j in range(start, end - 1)):
        return RelationType.INVESTED_IN
    return rtype


def _stated_shares(doc: Doc, start: int, end: int) -> list[float]:
    """The percentages written between ``start`` and ``end`` ('holds 24% of B', '29.4 per
    cent', '15pc'), in order."""
    return [share for j in range(start, end - 1)
            if doc[j + 1].lower_ in PERCENT_WORDS and (share := _number(doc[j].text)) is not None]


def _whole_role(doc: Doc, role_tokens: list[int], sent: Span) -> list[int]:
    """'VMware's chief executive since 2021': a pattern that ends with a role may stop
    inside it ('chief'); the role runs on while the words still make a known role."""
    if not role_tokens:
        return role_tokens
    known = _role_phrases()
    words = [doc[i].lower_ for i in role_tokens]
    longest = list(role_tokens)
    j = role_tokens[-1] + 1
    while j < sent.end and j - role_tokens[-1] <= 2 and doc[j].is_alpha:
        words.append(doc[j].lower_)
        if " ".join(words[-3:]) in known or " ".join(words[-2:]) in known:
            longest = role_tokens + list(range(role_tokens[-1] + 1, j + 1))
        j += 1
    return longest


@lru_cache(maxsize=1)
def _role_phrases() -> frozenset[str]:
    lex = lexicon()
    return frozenset(phrase for key in ("lead_roles", "staff_roles", "founder_roles") for phrase in lex[key]
                     if " " in phrase)


def _replaced_person(doc: Doc, end: int, sent: Span, tokens: dict[int, _Token]) -> str | None:
    """'named Niccol chief executive, replacing Narasimhan': the person replaced held the
    same role before."""
    for j in range(end, min(end + 8, sent.end - 1)):
        if doc[j].lower_ in ("replacing", "succeeding", "replaces", "succeeds") \
                and doc[j - 1].text in (",", "who") and j + 1 in tokens and tokens[j + 1].label == PERSON:
            return tokens[j + 1].entity
    return None


def _passive_after_relative(doc: Doc, start: int) -> bool:
    """'Taoxiaopu, which was launched in 2019, has ...': a passive relative clause has no
    active subject, so '-rel' variants of active rules do not apply."""
    which = next((j for j in range(start, min(start + 4, len(doc))) if doc[j].lower_ in ("which", "who", "that")), None)
    if which is None or which + 2 >= len(doc):
        return False
    be, verb = doc[which + 1].lower_, doc[which + 2].lower_
    if be in ("has", "have", "had") and verb == "been" and which + 3 < len(doc):
        be, verb = "been", doc[which + 3].lower_
    return be in ("is", "was", "were", "are", "been", "be", "being") and (
        verb.endswith("ed") or verb in ("bought", "set", "run", "led", "built", "sold", "made", "spun", "taken"))


def _relative_comma(doc: Doc, start: int, end: int) -> int | None:
    """The comma before the first 'which', 'who' or 'that' after a match's opening name, or None."""
    return next((k for k in range(start + 2, end - 1) if doc[k].text == "," and doc[k + 1].lower_ in ("which", "who", "that")),
                None)


def _apposition_then_relative(doc: Doc, rule: Rule, start: int, end: int) -> bool:
    """'... to Ambuja Cements, the group's cement arm, which competes with B': an '-app'
    match whose short apposition is followed by a relative clause describes its own opening
    name wherever that name stands in the sentence."""
    return rule.name.endswith("-app") and _relative_comma(doc, start, end) is not None


def _long_apposition_before_relative(doc: Doc, start: int, end: int, tokens: dict[int, _Token]) -> bool:
    """'Exor, the Agnelli family's investment company, which holds 27% of Iveco': an
    apposition may come before the relative clause a rule reads only when it is one short
    noun phrase naming no one ('Coupang, listed in New York since 2021, ... Gmarket, which
    is owned by Shinsegae' and 'X, the holding company of the Y group, which is led by'
    are another company's clauses)."""
    relative = _relative_comma(doc, start, end)
    if relative is None:
        return False
    # (a possessor inside it leaves the apposition's noun the antecedent: 'B, the group's
    # cement arm, which competes with')
    return doc[start + 2].lower_.split()[0] not in ("the", "a", "an") or relative - start > 10 \
        or any(doc[k].text == "," or k in tokens and doc[k + 1].lower_ not in POSSESSIVES
               for k in range(start + 2, relative))


def _and_position(doc: Doc, start: int, end: int, rule_words: frozenset[str]) -> int | None:
    """Where the second clause of a match starts: the last 'and' followed by one of the
    rule's words (after an optional adverb), or None."""
    adverbs = AND_ADVERBS.split("|")
    found = None
    for j in range(start + 1, end - 1):
        if doc[j].lower_ == "and":
            k = j + 2 if doc[j + 1].lower_ in adverbs and j + 2 < end else j + 1
            if doc[k].is_lower and doc[k].lower_ in rule_words and doc[k].lower_ not in ("the", "a", "an"):
                found = j
    return found


def _and_before_trigger(doc: Doc, i: int, sent: Span, rule_words: frozenset[str]) -> bool:
    """'X in 2012 and later acquired Y': the words after the name reach 'and', an optional
    adverb and one of the rule's own words, with no name or comma on the way (not a word of
    a title: 'P would become president and chief executive')."""
    lex = lexicon()
    for j in range(i + 1, min(i + 8, sent.end - 1)):
        word = doc[j].lower_
        if word == "and":
            k = j + 1
            if doc[k].lower_ in ("later", "then", "also", "subsequently", "eventually", "will", "would", "to"):
                k += 1
            return k < sent.end and doc[k].is_lower and doc[k].lower_ in rule_words \
                and doc[k].lower_ not in lex["lower_roles"] and doc[k].lower_ not in lex["role_modifiers"]
        if doc[j].ent_type_ or word in (",", ";", "which", "who", "that"):
            return False
    return False


def _participle_subject(doc: Doc, heads: list[int], start: int, sent: Span, tokens,
                        rule_words: frozenset[str] = frozenset()) -> int | None:
    """'Tencent was an early backer of Sea, investing in Garena': the subject of a participle
    after a comma is the sentence's subject, not the name before the comma. Returns that
    subject's position, -1 when it has none, None when the head is not before a participle."""
    if len(heads) != 1 or heads[0] != start or start + 2 >= sent.end:
        return None
    i = heads[0]
    # ('Ilse Brand, managing director of Vantor': a role, not a participle)
    participle = doc[i + 1].text == "," and doc[i + 2].lower_.endswith("ing") \
        and not (i + 3 < sent.end and f"{doc[i + 2].lower_} {doc[i + 3].lower_}" in _role_phrases())
    # 'Geely, which owns Volvo Cars and controls Zeekr': the second verb shares the subject
    shared_verb = doc[i + 1].lower_ == "and" and doc[i + 2].is_lower and doc[i + 2].lower_.endswith("s") \
        and doc[i + 2].lower_ not in ("is", "has", "was", "its")
    # 'Mayhoola bought Valentino in 2012 and later acquired Beymen': 'and' before the rule's
    # own verb starts a second clause with the same subject
    second_clause = _and_before_trigger(doc, i, sent, rule_words)
    if not (participle or shared_verb or second_clause):
        return None
    label = tokens[i].label
    if second_clause and not (participle or shared_verb):
        # 'Ilse Brand left Vantor in 2019 and later co-founded Loop Labs': the subject may
        # be of the other kind; with no name before, the name is the sentence's own subject
        return next((j for j in range(sent.start, i) if j in tokens and tokens[j].entity), None)
    first = next((j for j in range(sent.start, i) if j in tokens and tokens[j].label == label), None)
    return first if first is not None else -1


def _closes_relative_clause(doc: Doc, i: int, sent: Span) -> bool:
    """'Meituan, which is backed by Tencent, bought Mobike', 'Bodhi, a fund set up by Lee,
    took a stake': the name ends a relative clause or an apposition, so it is not the
    subject of what follows the comma."""
    # ('Nokia, which bought Alcatel-Lucent in 2016, competes with ...': a short phrase of
    # time or place may close the clause after the name)
    comma = next((k for k in range(i + 1, min(i + 5, sent.end)) if doc[k].text == ","), None)
    if comma is None or any(not (doc[k].is_lower or doc[k].like_num) for k in range(i + 1, comma)):
        return False
    if comma == i + 1 and comma + 1 < sent.end and doc[comma + 1].lower_ in DESCRIBING_PARTICIPLES:
        return False     # '..., which competes with B, owned by C': the participle describes B
    for j in range(i - 1, sent.start, -1):
        # (and 'Sumitomo Mitsui Banking, part of Japan's SMFG, bought ...')
        if doc[j].lower_ in ("a", "an", "the", "part") and doc[j - 1].text == "," \
                and any(doc[k].lower_ in CLAUSE_VERBS for k in range(j + 1, i)):
            return False     # ('For A, ..., the purchase would add capacity to B, the group's arm, which ...': a clause)
        if doc[j].lower_ in ("which", "who", "whose", "that", "a", "an", "the", "part") and doc[j - 1].text == ",":
            # (but 'A second new unit, the X Group, will be led by P': a name in apposition to
            # an unnamed opening subject is that subject)
            opening = [t for t in doc[sent.start:j - 1] if not t.is_space]
            return not (opening and opening[0].lower_ in ("a", "an", "the", "its", "their") and len(opening) <= 6
                        and doc[j].lower_ in ("the", "a", "an")
                        and all(t.is_lower and t.is_alpha and not t.ent_type_ for t in opening[1:]))
        # 'Heinz, then controlled by Berkshire and 3G Capital, combined with ...'
        if doc[j].lower_.endswith("ed") and doc[j].is_lower and (doc[j - 1].text == "," or j - 2 >= sent.start
                and doc[j - 2].text == "," and doc[j - 1].lower_ in ("then", "now", "once", "formerly", "previously",
                                                                      "still", "long", "recently")):
            return True
        if doc[j].text in (",", ";", "(", ")"):
            return False
    return False


NEW_UNIT = re.compile(r"\b(?:[Aa]nother|new)\s+(?:\w+\s+)?(?:unit|division|subsidiary|segment)\b")
COUNT_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _counted_people(doc: Doc, start: int, end: int, sent: Span, tokens: dict[int, _Token],
                    resolver: "_Salience", exclude: set[int]) -> list[str]:
    """'All four executives will report to P': the four people named last before the
    sentence (within its paragraph's last three sentences), or none when fewer were named."""
    count = next((COUNT_WORDS[doc[k].lower_] for k in range(start, end) if doc[k].lower_ in COUNT_WORDS), None)
    if count is None:
        return []
    excluded = {tokens[i].entity for i in exclude if i in tokens}
    number = resolver.sentence_of[start]
    first = resolver.sentences[max(0, number - 3)].start
    named: list[str] = []
    for i in range(sent.start - 1, first - 1, -1):
        token = tokens.get(i)
        if token and token.label == PERSON and token.entity and token.entity not in excluded and token.entity not in named:
            named.append(token.entity)
    return list(reversed(named[:count])) if len(named) >= count else []


def _maker_of(doc: Doc, i: int, sent: Span, tokens: dict[int, _Token]) -> int:
    """'compete with Botox, which is sold by AbbVie': the rival is the product's seller
    (the name at ``i``, else).

    >>> from corpgraph.loaders.mentions import make_doc
    >>> doc = make_doc("Its pens compete with Inkjo, which is sold by Vantor.")
    >>> _maker_of(doc, 4, next(doc.sents), {4: _Token(ORG, "inkjo"), 10: _Token(ORG, "vantor")})
    10
    """
    words = [t.lower_ for t in doc[i + 1:min(i + 6, sent.end)]]
    for lead in ([",", "which", "is", "sold", "by"], [",", "which", "is", "made", "by"], [",", "sold", "by"],
                 [",", "made", "by"], [",", "which", "is", "marketed", "by"]):
        k = i + 1 + len(lead)
        if words[:len(lead)] == lead and k in tokens and tokens[k].label == ORG:
            return k
    return i


def _seller_after(doc: Doc, end: int, sent: Span, tokens: dict[int, _Token]) -> str | None:
    """'... acquired Y from Z': the company after 'from' close behind the match, or behind an
    apposition on the match's last name ('acquire Y, a Texas-based supplier of ..., from
    private equity firm Z').

    >>> from corpgraph.loaders.mentions import make_doc
    >>> doc = make_doc("Acme bought Widget, a maker of tools, from investment firm Oakley Capital.")
    >>> _seller_after(doc, 3, next(doc.sents), {2: _Token(ORG, "widget"), 12: _Token(ORG, "oakley")})
    'oakley'
    """
    first = end
    if end < sent.end and doc[end].text == "," and end + 1 < sent.end and doc[end + 1].lower_ in ("a", "an", "the"):
        # (the apposition may hold a list of its own: 'a supplier of roofing, landscaping and pool products')
        close = next((k for k in range(end + 2, min(end + 30, sent.end)) if doc[k].text in (";", "(", ")")
                      or doc[k].lower_ in ("which", "who") or doc[k].lower_ == "from" and doc[k - 1].text == ","), None)
        if close is not None and doc[close].lower_ == "from":
            first = close
    for i in range(first, min(first + 4, sent.end - 1)):
        if doc[i].lower_ != "from":
            continue
        k = i + 1
        if k + 1 < sent.end and k not in tokens and doc[k].text[:1].isupper() and doc[k + 1].lower_ in POSSESSIVES:
            k += 2     # ("from Britain's Vodafone Group")
        while k < min(i + 4, sent.end) and k not in tokens and doc[k].is_lower and doc[k].is_alpha \
                and doc[k].lower_ not in ("its", "their", "the", "a", "an"):
            k += 1     # ('from private equity firm Z')
        if k in tokens and tokens[k].label == ORG:
            return tokens[k].entity
        return None
    return None


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    return lexicon()["descriptor_nouns"]


@lru_cache(maxsize=1)
def _org_nouns() -> frozenset[str]:
    """The lexicon's company nouns, agent nouns ('player', 'maker') and descriptors alike."""
    return frozenset(_class_words("org_noun")) | _descriptors()


@lru_cache(maxsize=1)
def _company_nouns() -> frozenset[str]:
    """Nouns that name an unnamed company: the lexicon's and an apposition's ('the robot maker')."""
    return _org_nouns() | APPOSITION_COMPANY_NOUNS


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    lex = lexicon()
    nouns = {phrase.split()[-1] for key in ("lead_roles", "staff_roles", "subordinate_roles") for phrase in lex[key]}
    return frozenset(nouns | {noun + "s" for noun in nouns})


def _describes_another_role(doc: Doc, i: int, end: int, own_roles: set[int]) -> bool:
    """'Lee, a former assistant of Acme CEO Kim, was named Beta's CEO': this 'former'
    describes the assistant, a role that is not the relation's own (``own_roles``, the
    role words its rule matched), so it says nothing about Lee leading Beta."""
    if doc[i].lower_ not in ("former", "ex", "ex-", "erstwhile", "outgoing"):
        return False
    nouns = [j for j in range(i + 1, min(i + 4, end)) if doc[j].lower_ in _role_nouns()]
    return bool(nouns) and not own_roles.intersection(nouns)


def _status_word(doc: Doc, i: int, tokens: dict[int, _Token]) -> str:
    """A token as status cues see it: names and the month May are not words."""
    if i in tokens:
        return "<e>"
    if doc[i].text == "May" and not doc[i].is_sent_start:
        return "<month>"
    if _names_an_old_name(doc, i):
        return "<naming>"
    return doc[i].lower_


def _names_an_old_name(doc: Doc, i: int) -> bool:
    """'formerly known as ADT Caps', 'previously called X': an old name, no former status."""
    return doc[i].lower_ in ("formerly", "previously", "once") and i + 1 < len(doc) \
        and doc[i + 1].lower_ in ("known", "called", "named")


def _clause_words(doc: Doc, sent: Span, start: int, end: int) -> list[str]:
    """The lowercase words of the clause a match lies in, where ', but' or ';' join two:
    'The two held talks, according to people familiar with them, but the talks ended after
    A, an investor in B, opposed it' (A's stake is no rumour)."""
    joints = [k for k in range(sent.start + 1, sent.end - 1)
              if doc[k].text == ";" or doc[k].text == "," and doc[k + 1].lower_ == "but"]
    first = max((k + 1 for k in joints if k < start), default=sent.start)
    last = min((k for k in joints if k >= end), default=sent.end)
    return ["<naming>" if _names_an_old_name(doc, t.i) else t.lower_ for t in doc[first:last]]


# a comma and a conjunction before a new subject: the start of a clause of its own
NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:it|they|he|she|the|its|[A-Z])")


def _known_role(words: list[str], rtype: RelationType) -> bool:
    lex = lexicon()
    phrase = normalise_role(words)
    if phrase is None:
        return False
    # 'a vice president of product at X' works for X without leading it
    pool = lex["lead_roles"] if rtype is RelationType.LEADS else lex["staff_roles"] | lex["lead_roles"]
    return phrase in pool or phrase in {"ceo", "cfo", "coo", "cto", "chairman"}


def _attributes(doc, rule: Rule, sent: Span, start: int, end: int, article: Article, dates_cache,
                share_start: int | None = None) -> dict:
    text = sent.text
    offset = sent.start_char
    trigger = doc[start].idx - offset
    attrs: dict = {}
    if sent.start not in dates_cache:
        dates_cache[sent.start] = find_dates(text, published=article.published)
    dates = [d for d in dates_cache[sent.start]
             if not re.search(r"\buntil\s*$", text[max(0, d[0] - 7):d[0]], re.I)]
    match_end = doc[end - 1].idx + len(doc[end - 1].text) - offset
    if rule.type.is_event or rule.type in (RelationType.REPORTS_TO, RelationType.WORKS_FOR):
        limit = 200 if rule.type.is_event else 40
        date = nearest(dates, (trigger + match_end) // 2, limit=limit)
        if date:
            attrs["date"] = date[2]
    if rule.type in (RelationType.ACQUIRED, RelationType.INVESTED_IN):
        # (not past the start of a new clause: '... to Blackstone, and it bought X for $8.2 billion')
        # (a stake held is priced after it, if at all, within its own clause: 'Occidental, in
        # which B holds 28%, said it would put $6.5 billion ...' prices no stake)
        held = rule.option("state") is not None
        amount = nearest([a for a in without_conversions(find_amounts(text), text)
                          if a[0] < match_end or not NEW_CLAUSE.search(text, match_end, a[0])
                          and not (held and "," in text[match_end:a[0]])], match_end, limit=80)
        if amount:
            attrs["amount"], attrs["currency"] = amount[2], amount[3]
        # (the head's share may lie past an optional end of the match: 'holds the remaining 45%')
        stake = next(iter(_stated_shares(doc, share_start, sent.end)), None) if share_start is not None \
            else find_stake(text)
        if stake is None and share_start is None:
            # 'bought about 10% of B': the share the match itself states
            stake = next(iter(_stated_shares(doc, start, end)), None)
        if stake is not None and not any(doc[j].lower_ in ("together", "jointly", "combined") for j in range(start, end)):
            attrs["stake_pct"] = stake     # ('A and B, which together hold 40%': no one's own stake)
    return attrs
