"""Typed relations between the entities of an article, from rules that are data.

The rules live in ``data/relation_rules.txt``, one phrasing per line, compiled into
spaCy ``Matcher`` patterns over a document in which every name (and every 'the company',
'it', 'he', 'she') is a single token. A match gives head, tail and optional seller tokens;
lists that follow or precede a slot distribute ('competition from A and B'), pronouns
resolve to the salient company or person, and each relation gets a status, attributes and
a confidence from its rule.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from corpgraph.errors import ValidationError
from corpgraph.loaders.attributes import (decide_status, find_amounts, find_dates, find_stake,
                                          nearest, normalise_role)
from corpgraph.loaders.mentions import POSSESSIVES, lexicon, nlp
from corpgraph.records import (RELATION_SIGNATURES, Article, Entity, EntityType, Evidence, Mention,
                               Relation, RelationType, Status)

ORG, PERSON, ORGREF, PERREF = "ORG", "PERSON", "ORGREF", "PERREF"
ENTITY_LABELS = [ORG, PERSON, ORGREF, PERREF]
BREAKERS = [".", ";", "but", "while", "whereas", "although", "though", "however", "which", "who",
            "whose", "when", "where", "after", "before", "because", "if", "unless", "with", "by", "?", "!", "—", "(", ")"]
ROLE_CLASSES = {"lead_role", "founder_role", "staff_role", "subordinate", "titled", "descriptor"}
NOT_RIVALS = {"investor", "investors", "shareholder", "shareholders", "activist", "regulator", "regulators",
              "lender", "lenders", "creditor", "creditors", "authorities", "government"}
LONGEST_SENTENCE = 200   # tokens, after names are merged
PRONOUN_PENALTY = 0.85
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
        return sorted(lex[f"classes_{name}"])
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
            for name in token[1:].split("|"):
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

    >>> [(n, p) for n, p, _ in _variants("x", "ORG:h ~4 bought ORG:t", frozenset())][1:]
    [('x-rel', 'ORG:h , which|who|that ~4 bought ORG:t'), ('x-app', 'ORG:h , ~~~8 , ~4 bought ORG:t')]
    """
    found = [(name, pattern, frozenset())]
    words = pattern.split()
    if len(words) > 2 and re.fullmatch(r"(ORG|PER|ENT)!?:[ht]", words[0]) and re.fullmatch(r"~\d+", words[1]) \
            and "first" not in options and not {"head=subject", "tail=subject"} & options:
        rest = " ".join(words[1:])
        found.append((f"{name}-rel", f"{words[0]} , which|who|that {rest}", frozenset()))
        found.append((f"{name}-app", f"{words[0]} , ~~~8 , {rest}", frozenset({"first"})))
    return found


def _split_rule(line: str) -> list[str]:
    # the pattern itself may hold '|' (word alternatives): split on ' | ' only
    return [p.strip() for p in line.split(" | ")]


@lru_cache(maxsize=1)
def _matcher() -> tuple[dict[str, Matcher], dict[int, Rule]]:
    """One Matcher each for the bounded rules ('plain'), the rules with an open gap ('wide'),
    and the '-rel' and '-app' variants: all but 'plain' are costly and run only on
    sentences that could need them (``_needed_matchers``)."""
    matchers = {kind: Matcher(nlp().vocab, validate=True) for kind in ("plain", "wide", "rel", "app")}
    by_key = {}
    for rule in load_rules():
        kind = rule.name.rsplit("-", 1)[-1] if rule.name.endswith(("-rel", "-app")) else \
            "wide" if any(spec.get("OP") == "*" for spec in rule.pattern) else "plain"
        matchers[kind].add(rule.name, [rule.pattern])
        by_key[nlp().vocab.strings[rule.name]] = rule
    return matchers, by_key


def _needed_matchers(doc: Doc, sent: Span, tokens: dict[int, "_Token"]) -> list[str]:
    """'plain' always; 'rel' when a name is followed by ', which|who|that'; 'app' when the
    first name of its kind is followed by a comma. Rules with an open gap ('wide', 'app')
    cost time in the square of a sentence's length, so a sentence longer than any
    newswriter's (a 10,000-name list) gets only the bounded ones."""
    kinds = ["plain"]
    if len(sent) > LONGEST_SENTENCE:
        return kinds
    kinds.append("wide")
    names = [i for i in range(sent.start, sent.end) if i in tokens]
    if any(i + 2 < sent.end and doc[i + 1].text == "," and doc[i + 2].lower_ in ("which", "who", "that")
           for i in names):
        kinds.append("rel")
    firsts = {}
    for i in names:
        firsts.setdefault(tokens[i].label.replace("REF", ""), i)
    if any(i + 1 < sent.end and doc[i + 1].text == "," for i in firsts.values()):
        kinds.append("app")
    return kinds


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


def _anaphora_spans(doc: Doc, taken: list[Span]) -> list[Span]:
    busy = {i for span in taken for i in range(span.start, span.end)}
    # 'the operator of Upbit' describes a company; it does not point back at one
    found = [span for span in _anaphora_matcher()(doc, as_spans=True)
             if not busy.intersection(range(span.start, span.end))
             and not (len(span) > 1 and span.end < len(doc) and doc[span.end].lower_ == "of")]
    return sorted(filter_spans(found), key=lambda span: span.start)


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
    spans = filter_spans(spans)
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
        else:
            i += 1
    return spans


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
    # one sentence at a time: relations never cross a sentence, and the matcher's partial
    # matches would otherwise pile up over a long article (quadratic time)
    # and only where a rule could fill both ends: a sentence naming two entities or pointers
    named = Counter(sentence_of[i] for i in tokens)
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
            if key not in found or relation.confidence > found[key].confidence:
                kept = found.get(key)
                found[key] = _fill(relation, kept)
            else:
                found[key] = _fill(found[key], relation)
    return list(found.values())


def _fill(primary: Relation, other: Relation | None) -> Relation:
    """Attributes missing from the stronger reading are taken from the weaker one."""
    if other is None:
        return primary
    missing = {name: value for name, value in other.attributes().items() if getattr(primary, name) is None}
    return primary.replace(**missing) if missing else primary


class _Salience:
    """Who 'it', 'the company', 'he' and an implicit subject stand for."""

    def __init__(self, doc: Doc, tokens: dict[int, _Token], sentences: list[Span], sentence_of: dict[int, int]):
        self.doc, self.tokens, self.sentences, self.sentence_of = doc, tokens, sentences, sentence_of

    def _named(self, i: int) -> str | None:
        token = self.tokens.get(i)
        return token.entity if token else None

    def subject(self, number: int, label: str, exclude: set[int] = frozenset()) -> str | None:
        """The first company (or person) of a sentence; a pronoun there looks further back."""
        sent = self.sentences[number]
        for i in range(sent.start, sent.end):
            token = self.tokens.get(i)
            if token is None or i in exclude:
                continue
            if token.label == label and token.entity:
                return token.entity
            if token.label == label + "REF" if label == ORG else token.label == PERREF:
                if label == ORG and self.doc[i].lower_.startswith("the "):
                    return self.salient_company(i)
                return self.previous_subject(number, label)
        return self.previous_subject(number, label) if number else None

    def salient_company(self, before: int) -> str | None:
        """'The company', 'the group': the company the article has named most so far;
        'the group' and 'the bank' prefer a name with that word ('SoftBank Group')."""
        counts: Counter = Counter()
        first_seen: dict[str, int] = {}
        noun = self.doc[before].lower_.split()[-1] if before < len(self.doc) else ""
        named_like = {t.entity for i, t in self.tokens.items() if i < before and t.label == ORG and t.entity
                      and noun in self.doc[i].lower_.split()}
        for i, token in self.tokens.items():
            if i < before and token.label == ORG and token.entity and (not named_like or token.entity in named_like):
                counts[token.entity] += 1
                first_seen.setdefault(token.entity, i)
        if not counts:
            return None
        return max(counts, key=lambda e: (counts[e], -first_seen[e]))

    def _sentence_subject(self, number: int, before: int, label: str) -> str | None:
        """The name that opens a sentence, when it is of the wanted kind."""
        sent = self.sentences[number]
        for j in range(sent.start, before):
            token = self.tokens.get(j)
            if token is not None:
                if label == ORG and token.label == ORGREF and self.doc[j].lower_.startswith("the "):
                    return self.salient_company(j)
                return token.entity if token.label == label and token.entity else None
        return None

    def previous_subject(self, number: int, label: str) -> str | None:
        for back in range(number - 1, max(-1, number - 4), -1):
            sent = self.sentences[back]
            for i in range(sent.start, min(sent.end, sent.start + 12)):
                token = self.tokens.get(i)
                if token and token.label == label and token.entity:
                    return token.entity
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
        if named == ORG:
            # 'Disney ... plans to fold Hulu into its app': the sentence's subject owns 'its';
            # 'the company' with no named subject is the article's main company
            opening = self._sentence_subject(number, i, ORG)
            if opening:
                return opening
            if self.doc[i].lower_.startswith("the "):
                # 'Sato, who runs Toyota Motor, ... the company's founder': the company just named
                return self._nearest_named(i, sent, ORG, frozenset()) or self.salient_company(i)
        return self._nearest_named(i, sent, named, exclude) or self.previous_subject(number, named)

    def _nearest_named(self, i: int, sent: Span, label: str, exclude: set[int]) -> str | None:
        """The closest name of a kind before ``i`` in its sentence."""
        for j in range(i - 1, sent.start - 1, -1):
            other = self.tokens.get(j)
            if j not in exclude and other and other.label == label and other.entity:
                return other.entity
        return None


def _expand_list(doc: Doc, i: int, tokens: dict[int, _Token], *, leftward: bool,
                 through_descriptors: bool = False) -> list[int]:
    """The names coordinated with the one at ``i``: 'A, B and C', 'both A and the B'."""
    label = tokens[i].label.replace("REF", "")
    found = [i]
    fillers = {",", "and", "or", "&", "as", "well", "both", "the", "also", "plus", "its"}
    step = -1 if leftward else 1
    j = i + step
    saw_link = False
    while 0 <= j < len(doc):
        token = tokens.get(j)
        if token is not None:
            if token.label != label or not token.entity or not saw_link:
                break
            if not leftward and j + 1 < len(doc) and (doc[j + 1].lower_ in POSSESSIVES or doc[j + 1].text in ("-", "–")):
                break    # 'Cariad, Volkswagen's software unit', 'the Disney-owned X': not list members
            found.append(j)
            saw_link = False
        elif doc[j].lower_ in fillers:
            saw_link = saw_link or doc[j].lower_ in {",", "and", "or", "&", "well", "plus"}
        elif through_descriptors and saw_link and not leftward and doc[j - 1].lower_ in ("the", "a") and (
                doc[j].lower_ in _descriptors() or "-" in doc[j].text and doc[j].text.islower()):
            # 'Ele.me and the short-video platform Douyin'
            while j + 1 < len(doc) and j + 1 not in tokens and (doc[j + 1].lower_ in _descriptors()
                                                                 or doc[j + 1].text.islower() and j + 1 - i < 8):
                j += 1
        else:
            break
        j += step
    return found


def _is_modifier(doc: Doc, i: int) -> bool:
    """'Shein clone', 'Tmall brand owners': the name describes a following noun."""
    nxt = i + 1
    return nxt < len(doc) and doc[nxt].lower_ in lexicon()["modifier_heads"] and doc[nxt].text[:1].islower()


def _is_owner(doc: Doc, i: int, end: int) -> bool:
    """'AliExpress' European operations': the name owns what the sentence talks about."""
    nxt = i + 1
    return nxt < len(doc) and nxt >= end and doc[nxt].lower_ in POSSESSIVES


def _relations_from_match(doc, rule: Rule, slots, role_tokens, start, end, sent: Span, tokens, types,
                          resolver: _Salience, article: Article, dates_cache) -> list[Relation]:
    loose = rule.option("loose") is not None or rule.option("modifier") is not None
    role_words = [doc[i].text for i in role_tokens] \
        if rule.type in (RelationType.LEADS, RelationType.WORKS_FOR) else []
    descriptors = lexicon()["descriptor_nouns"]
    for slot in ("h", "t"):
        for i in slots[slot]:
            # a name that describes the next noun fills a slot only in a loose rule, and only
            # when that noun is a descriptor or the rule itself matched it ('Acme founder X')
            if _is_modifier(doc, i) and (not loose or (doc[i + 1].lower_ not in descriptors and i + 1 >= end)):
                return []
            if not loose and _is_owner(doc, i, end) and slot == "t":
                return []
            if rule.type is RelationType.ACQUIRED and slot == "t" and i > 0 and doc[i - 1].lower_ == "from":
                return []
            if i == start and _closes_relative_clause(doc, i, sent):
                return []
    if rule.name.endswith("-rel") and " by " not in rule.source and _passive_after_relative(doc, start):
        return []
    if slots["s"] and any(doc[i + 2].lower_ in ("parent", "owner") for i in slots["s"] if i + 2 < len(doc)):
        return []    # 'bought B&W's parent Sound United': B&W is not the seller
    if rule.type is RelationType.WORKS_FOR and any(doc[i - 1].lower_ in ("chief", "vice", "managing", "general")
                                                   for i in role_tokens[:1]):
        return []    # 'chief executive' is a leading role, not staff
    opening_slot = rule.slots.get(0, "h")     # the slot the pattern starts with
    participle = _participle_subject(doc, slots[opening_slot], start, sent, tokens)
    if participle is not None:
        if participle < 0:
            return []
        slots = {**slots, opening_slot: [participle]}
    number = resolver.sentence_of[start]
    tails: list[int] = []
    tail_subject = None
    confidence = rule.confidence
    for i in slots["t"]:
        tails.extend(_expand_list(doc, i, tokens, leftward=False,
                                  through_descriptors=rule.type is RelationType.COMPETES_WITH))
    if rule.type is RelationType.COMPETES_WITH and any(doc[k].lower_ in NOT_RIVALS for k in range(start, end)):
        return []     # 'pressure from activist investor Trian' is not competition
    if rule.option("tail") == "subject":
        heads_tokens = [j for i in slots["h"] for j in _expand_list(doc, i, tokens, leftward=False)]
        subject = resolver.subject(number, ORG, exclude=set(heads_tokens))
        slots = {**slots, "h": []}
        tails, tail_subject = [], subject
        confidence *= PRONOUN_PENALTY
        heads_ids = [resolver.resolve(i, set()) for i in heads_tokens]
    elif rule.option("head") == "subject":
        subject = resolver.subject(number, ORG, exclude=set(tails))
        heads_ids = [subject] if subject else []
        confidence *= PRONOUN_PENALTY
    else:
        if rule.option("first") is not None and slots[opening_slot]:
            opening = slots[opening_slot][0]
            label = tokens[opening].label
            first = next((i for i in range(sent.start, end) if i in tokens and tokens[i].label == label), None)
            if first != opening:
                return []
        heads = []
        for i in slots["h"]:
            singular = i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ in ("a", "an")
            heads.extend([i] if singular else _expand_list(doc, i, tokens, leftward=True))
            singular_title = i - 1 in role_tokens and not doc[i - 1].lower_.endswith("s")
            if i == end - 1 and not singular_title:
                # the match ends with its head: 'founded by A and B', 'platforms Taobao and Tmall'
                # (but 'Cainiao CEO Lin Wan and Jiang' names one CEO)
                heads.extend(_expand_list(doc, i, tokens, leftward=False)[1:])
        heads_ids = []
        for i in heads:
            if tokens[i].entity is None:
                confidence *= PRONOUN_PENALTY
            heads_ids.append(resolver.resolve(i, set(tails)))
    tail_ids = [tail_subject] if rule.option("tail") == "subject" and tail_subject else []
    for i in tails:
        if tokens[i].entity is None:
            confidence *= PRONOUN_PENALTY
        tail_ids.append(resolver.resolve(i, set(slots["h"])))
    if len(tails) > 1 or len(heads_ids) > 1:
        confidence *= LIST_PENALTY
    seller = next((tokens[i].entity for i in slots["s"] if tokens[i].entity), None)
    if rule.type is RelationType.ACQUIRED and seller is None:
        seller = _seller_after(doc, end, sent, tokens)

    role = None
    if rule.type in (RelationType.LEADS, RelationType.WORKS_FOR):
        if role_words and not _known_role(role_words, rule.type):
            return []
        if rule.type is RelationType.LEADS:
            role = normalise_role(role_words) if role_words else rule.option("role") or None

    own_roles = set(role_tokens)
    lowered = ["<other role>" if _describes_another_role(doc, i, end, own_roles) else _status_word(doc, i, tokens)
               for i in range(max(sent.start, start - 5), end)]
    sentence_words = [t.lower_ for t in sent]
    after = [t.lower_ for t in doc[end:sent.end]]
    fixed = rule.option("status")
    status = Status.parse(fixed) if fixed else decide_status(
        lowered, sentence_words, is_event=rule.type.is_event and rule.option("state") is None,
        static=rule.option("loose") is not None, after=after[:4])
    if status is None:
        return []

    attributes = _attributes(doc, rule, sent, start, end, article, dates_cache)
    evidence = Evidence(article_id=article.id, sentence=sent.text.strip(), start=sent.start_char,
                        end=sent.end_char, source=article.source, published=article.published)
    out = []
    for head in heads_ids:
        for tail in tail_ids:
            if not head or not tail or head == tail:
                continue
            heads_ok, tails_ok = RELATION_SIGNATURES[rule.type]
            if types[head] not in heads_ok or types[tail] not in tails_ok:
                continue
            pairs = [(head, tail), (tail, head)] if rule.option("both") is not None else [(head, tail)]
            for h, t in pairs:
                relation = Relation(head=h, type=rule.type, tail=t, status=status, evidence=evidence,
                                    confidence=round(min(confidence, 1.0), 3), rule=rule.name, role=role,
                                    seller=seller if rule.type is RelationType.ACQUIRED else None,
                                    **attributes)
                out.append(relation)
                if relation.seller and relation.seller != t:
                    out.append(relation.replace(head=t, type=RelationType.SUBSIDIARY_OF, tail=relation.seller,
                                                status=Status.FORMER, rule=rule.name + "+seller",
                                                seller=None, date=None, amount=None, currency=None,
                                                stake_pct=None, confidence=round(min(confidence, 1.0), 3)))
    if rule.type is RelationType.LEADS and out:
        replaced = _replaced_person(doc, end, sent, tokens)
        if replaced and types.get(replaced) is EntityType.PERSON and all(r.head != replaced for r in out):
            out.extend([r.replace(head=replaced, status=Status.FORMER, rule=r.rule + "+replaced", date=None)
                        for r in out])
    return out


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


def _participle_subject(doc: Doc, heads: list[int], start: int, sent: Span, tokens) -> int | None:
    """'Tencent was an early backer of Sea, investing in Garena': the subject of a participle
    after a comma is the sentence's subject, not the name before the comma. Returns that
    subject's position, -1 when it has none, None when the head is not before a participle."""
    if len(heads) != 1 or heads[0] != start or start + 2 >= sent.end:
        return None
    i = heads[0]
    participle = doc[i + 1].text == "," and doc[i + 2].lower_.endswith("ing")
    # 'Geely, which owns Volvo Cars and controls Zeekr': the second verb shares the subject
    shared_verb = doc[i + 1].lower_ == "and" and doc[i + 2].is_lower and doc[i + 2].lower_.endswith("s") \
        and doc[i + 2].lower_ not in ("is", "has", "was", "its")
    if not (participle or shared_verb):
        return None
    label = tokens[i].label
    first = next((j for j in range(sent.start, i) if j in tokens and tokens[j].label == label), None)
    return first if first is not None else -1


def _closes_relative_clause(doc: Doc, i: int, sent: Span) -> bool:
    """'Meituan, which is backed by Tencent, bought Mobike', 'Bodhi, a fund set up by Lee,
    took a stake': the name ends a relative clause or an apposition, so it is not the
    subject of what follows the comma."""
    if i + 1 >= sent.end or doc[i + 1].text != ",":
        return False
    for j in range(i - 1, sent.start, -1):
        if doc[j].lower_ in ("which", "who", "whose", "that", "a", "an", "the") and doc[j - 1].text == ",":
            return True
        if doc[j].text in (",", ";", "(", ")"):
            return False
    return False


def _seller_after(doc: Doc, end: int, sent: Span, tokens: dict[int, _Token]) -> str | None:
    """'... acquired Y from Z': the company after 'from' close behind the match."""
    for i in range(end, min(end + 4, sent.end - 1)):
        if doc[i].lower_ == "from" and i + 1 in tokens and tokens[i + 1].label == ORG:
            return tokens[i + 1].entity
    return None


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    return lexicon()["descriptor_nouns"]


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    lex = lexicon()
    return frozenset(phrase.split()[-1] for key in ("lead_roles", "staff_roles", "subordinate_roles")
                     for phrase in lex[key])


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
    return doc[i].lower_


def _known_role(words: list[str], rtype: RelationType) -> bool:
    lex = lexicon()
    phrase = normalise_role(words)
    if phrase is None:
        return False
    pool = lex["lead_roles"] if rtype is RelationType.LEADS else lex["staff_roles"]
    return phrase in pool or phrase in {"ceo", "cfo", "coo", "cto", "chairman"}


def _attributes(doc, rule: Rule, sent: Span, start: int, end: int, article: Article, dates_cache) -> dict:
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
        amount = nearest(find_amounts(text), match_end, limit=80)
        if amount:
            attrs["amount"], attrs["currency"] = amount[2], amount[3]
        stake = find_stake(text)
        if stake is not None:
            attrs["stake_pct"] = stake
    return attrs
