"""One entity per real-world thing: name normalisation and mention clustering.

:func:`name_key` folds the spellings of one name onto one key (case, Unicode quotes,
possessives, a leading 'the', legal suffixes, spaces and hyphens). :func:`cluster`
groups an article's mentions into entities: same key, a surname or given name after the
full name, an owner's name in front (``NetEase Kaola`` is Kaola when NetEase and Kaola
both appear), an acronym before a unit word (``FC`` for ``FC Division``), a person's
other name in brackets, and one-letter slips (``Koala``/``Kaola``) under guards. Names
that differ by a word (``Tmall`` / ``Tmall Global``) stay apart.

>>> name_key("Alibaba Group Holding Ltd.") == name_key("alibaba’s")
True
>>> name_key("Tao Xiaopu") == name_key("Taoxiaopu")
True
>>> name_key("Tmall") == name_key("Tmall Global")
False
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein
from wordfreq import word_frequency

from corpgraph.records import Entity, EntityType, Mention

LEGAL_SUFFIXES = ("inc", "incorporated", "corp", "corporation", "co", "cos", "company", "ltd", "limited",
                  "llc", "llp", "lp", "plc", "ag", "sa", "se", "nv", "bv", "gmbh", "kg", "oy", "ab",
                  "asa", "spa", "sas", "pte", "pty", "bhd", "sdn", "tbk", "kk", "holdings", "holding",
                  "group")
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "`": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"'})
UNIT_WORDS = ("division", "group", "unit", "department", "business", "platform", "team", "app")


def display_name(name: str) -> str:
    """A name as printed: trimmed, single-spaced, no possessive or surrounding quotes.

    >>> display_name(" “NetEase’s ")
    'NetEase'
    """
    text = unicodedata.normalize("NFKC", name).strip()
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"['’‘]s?$", "", text)
    return text.strip(" \"'“”‘’.,;:()[]")


def _is_legal_suffix(word: str) -> bool:
    """A folded word that is a legal or group suffix ('ltd', 'n.v.', 'group')."""
    return word.strip(".,").replace(".", "") in LEGAL_SUFFIXES


def _split_suffixes(name: str) -> tuple[list[str], list[str]]:
    """A name's folded words without its legal suffixes, and those suffixes (last first)."""
    text = unicodedata.normalize("NFKC", name).translate(QUOTES).casefold().strip()
    text = re.sub(r"'s?$", "", text).strip(" .,;:'\"()[]")
    text = re.sub(r"^the\s+", "", text)
    words = re.split(r"\s+", text)
    suffixes = []
    # ('N.V.', 'S.A.': a dotted suffix is the same suffix)
    while len(words) > 1 and _is_legal_suffix(words[-1]):
        suffixes.append(words.pop().strip(".,").replace(".", ""))
        if words and words[-1] in (",", "&"):
            words.pop()
    if suffixes and words:
        words[-1] = re.sub(r"'s?$", "", words[-1]) or words[-1]     # "JDE Peet's N.V." is "JDE Peet's"
    return words, suffixes


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The matching key of a name; equal keys mean the same name (cached: resolution asks
    for the keys of the same stored names again and again)."""
    return re.sub(r"[\s\-_,]+", "", " ".join(SHORT_WORDS.get(w, w) for w in _split_suffixes(name)[0]))


# words a name is also written with in short: 'Torrent Pharma' is 'Torrent Pharmaceuticals'
SHORT_WORDS = {"pharmaceuticals": "pharma", "pharmaceutical": "pharma"}


_SUFFIX_KIND = {"group": "group", "holdings": "holding", "holding": "holding"}


def suffix_kinds(name: str) -> frozenset[str]:
    """The kinds of the legal suffixes that ``name_key`` drops: ``group``, ``holding`` or
    ``legal`` (Inc., Corp, Ltd ...). 'SoftBank Corp' and 'SoftBank Group' share a key
    but not a kind of suffix.

    >>> sorted(suffix_kinds("Alibaba Group Holding Ltd.")), sorted(suffix_kinds("SoftBank Corp"))
    (['group', 'holding', 'legal'], ['legal'])
    """
    return frozenset(_SUFFIX_KIND.get(word, "legal") for word in _split_suffixes(name)[1])


def suffixes_clash(a: str, b: str) -> bool:
    """Whether two names are set apart by their suffixes alone.

    >>> suffixes_clash("SoftBank Corp", "SoftBank Group"), suffixes_clash("Alibaba Group Ltd", "Alibaba Group")
    (True, False)
    """
    return _kinds_clash(suffix_kinds(a), suffix_kinds(b))


def _kinds_clash(ka: frozenset[str], kb: frozenset[str]) -> bool:
    return bool(ka) and bool(kb) and not (ka <= kb or kb <= ka)


def slug(name: str, *, suffixes: bool = False) -> str:
    """A stable id from a name: lowercase words joined by hyphens, legal suffixes dropped
    unless ``suffixes`` (for 'SoftBank Group' beside 'SoftBank Corp').

    >>> slug("JD.com"), slug("Alibaba Group"), slug("Alibaba Group", suffixes=True)
    ('jd-com', 'alibaba', 'alibaba-group')
    """
    text = unicodedata.normalize("NFKC", name).translate(QUOTES).casefold().replace("+", " plus ")
    words = re.findall(r"[^\W_]+", text)
    while not suffixes and len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return "-".join(words) or "unnamed"


def may_slip(key: str) -> bool:
    """Whether a name key may match another one by a slip: five characters or more and no
    digit (numbers and short acronyms only ever match exactly).

    >>> may_slip("kaola"), may_slip("jd"), may_slip("member00001")
    (True, False, False)
    """
    return len(key) >= 5 and not any(c.isdigit() for c in key)


def similar_names(a: str, b: str) -> bool:
    """Two spellings of one name: a single slip (two in long names), same word count,
    not a number or a short acronym, and the same first letter.

    >>> similar_names("NetEase Koala", "NetEase Kaola"), similar_names("Tmall", "Small"), similar_names("Disney+", "Disney")
    (True, False, False)
    """
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    if not (may_slip(ka) and may_slip(kb)) or len(a.split()) != len(b.split()) or ka[0] != kb[0]:
        return False
    if not ka[-1].isalnum() or not kb[-1].isalnum():
        return False     # 'Disney+' is Disney's service, not a slip of 'Disney'; nor is 'E!' of 'E'
    limit = 1 if max(len(ka), len(kb)) < 10 else 2
    # word by word: a short word is never a slip of another ('Koichi Ito' is not 'Koichi Sato')
    for wa, wb in zip(ka.split(), kb.split()):
        if wa != wb and (min(len(wa), len(wb)) < 5 or DamerauLevenshtein.distance(wa, wb) > 1):
            return False
    return DamerauLevenshtein.distance(ka, kb) <= limit


class _Clusters:
    def __init__(self, count: int) -> None:
        self.parent = list(range(count))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster(mentions: Sequence[Mention], text: str = "", *,
            places: frozenset[str] = frozenset()) -> tuple[list[Entity], list[str]]:
    """Group an article's mentions into entities; ``places`` are the place names a company's
    name may end in ('Virgin Australia').

    Returns the entities and, for each mention, the id of its entity.

    >>> ms = [Mention("Jiang Fan", 0, 9, EntityType.PERSON), Mention("Jiang", 20, 25, EntityType.COMPANY)]
    >>> entities, ids = cluster(ms)
    >>> [(e.name, e.type.value) for e in entities], ids
    ([('Jiang Fan', 'Person')], ['jiang-fan', 'jiang-fan'])
    """
    names = [display_name(m.text) for m in mentions]
    keys = [name_key(n) for n in names]
    types = [m.type for m in mentions]
    _family_types(names, types)
    groups = _Clusters(len(mentions))
    first_by_key: dict[str, int] = {}
    # one key may name two companies: 'SoftBank Corp' and 'SoftBank Group' (each form's
    # suffixes, kept apart when neither form's suffixes include the other's)
    kinds = [suffix_kinds(n) if t is EntityType.COMPANY else frozenset() for n, t in zip(names, types)]
    forms_by_key: dict[str, list[int]] = defaultdict(list)
    bare: list[int] = []
    for i, key in enumerate(keys):
        first_by_key.setdefault(key, i)
        if not kinds[i]:
            bare.append(i)
            continue
        forms = forms_by_key[key]
        same = next((j for j in forms if not _kinds_clash(kinds[j], kinds[i])), None)
        if same is None:
            forms.append(i)
        else:
            groups.union(same, i)
    for i in bare:
        # a bare 'SoftBank' is the first suffixed form named, or the first bare mention
        forms = forms_by_key.get(keys[i])
        groups.union(forms[0] if forms else first_by_key[keys[i]], i)

    # 'Hess' after 'John Hess' is the person, unless 'Hess Corporation' makes it a company's short name
    company_keys = {keys[i] for i, n in enumerate(names) if types[i] is EntityType.COMPANY and len(n.split()) > 1}
    # (a full name read as a company elsewhere, 'Kraft Heinz said', lends no surname)
    full_people = [i for i, m in enumerate(mentions) if types[i] is EntityType.PERSON and len(names[i].split()) >= 2
                   and keys[i] not in company_keys]
    by_part: dict[str, set[str]] = defaultdict(set)
    for i in full_people:
        for part in names[i].split():
            by_part[part].add(keys[i])
    # 'De Meo' after 'Luca de Meo': the last words of a full name, whatever their case
    tails = defaultdict(set)
    for i in full_people:
        words = names[i].split()
        for cut in range(1, len(words) - 1):
            tails[" ".join(words[cut:]).casefold()].add(keys[i])
    for i, name in enumerate(names):
        owners = tails.get(name.casefold(), set()) if len(name.split()) > 1 else set()
        if len(owners) == 1 and keys[i] not in owners:
            groups.union(first_by_key[next(iter(owners))], i)
            types[i] = EntityType.PERSON
    # 'Nordstrom' beside 'Nordstrom Rack' and 'Erik Nordstrom', 'Shaw' beside 'Shaw Communications':
    # a word read as a company, that opens a longer company name, is that company's short name
    company_openers = {n.split()[0] for i, n in enumerate(names) if types[i] is EntityType.COMPANY
                       and len(n.split()) > 1 and mentions[i].type is EntityType.COMPANY}
    # ("Byju's went on a buying spree" beside 'Byju Raveendran': a company named with its own
    # possessive at every use, twice or more, is not a first name)
    owned_names = _always_possessive(mentions, names, text)
    for i, name in enumerate(names):
        # counted by person, not by spelling: 'Doustdar' after 'Maziar Mike Doustdar' and 'Mike Doustdar'
        owners = {groups.find(first_by_key[key]) for key in by_part.get(name, ())}
        if len(name.split()) > 1 or keys[i] in company_keys or not owners \
                or mentions[i].type is EntityType.COMPANY and (name in company_openers or name in owned_names):
            continue
        if len(owners) > 1:
            # 'Ellison, 42,' after 'David Ellison' and before 'Larry Ellison': the one person
            # of that surname named before its first use
            if first_by_key[keys[i]] != i:
                continue
            owners = {groups.find(j) for j in full_people
                      if mentions[j].start < mentions[i].start and name in names[j].split()}
            if len(owners) != 1:
                continue
        groups.union(owners.pop(), i)
        types[i] = EntityType.PERSON

    known = set(first_by_key)
    by_initials = _names_by_initials(names, types)
    longer_names = _names_by_prefix(n for n, t in zip(names, types) if t is EntityType.COMPANY)
    bare_names = set(names)
    for i, name in enumerate(names):
        words = name.split()
        for cut in range(1, len(words)):
            owner, rest = name_key(" ".join(words[:cut])), name_key(" ".join(words[cut:]))
            if cut == len(words) - 1 and _is_legal_suffix(words[-1].casefold()):
                break     # ('Adani Group' beside a stray 'Group': a legal or group word names no company)
            if owner in known and rest in known and rest != keys[i] and types[first_by_key[rest]] is EntityType.COMPANY \
                    and not _combined_name(words[:cut], words[cut:], name, longer_names) \
                    and not (" ".join(words[cut:]) not in bare_names and types[first_by_key[owner]] is EntityType.COMPANY):
                # ('Ahold Delhaize' beside 'Ahold' and 'Delhaize Group': a second part named
                # only with its legal suffix is a company of its own, and the name their combination's)
                groups.union(first_by_key[rest], i)
                break
        # 'RBL' of 'RBL Bank', 'Hang Seng' of 'Hang Seng Bank': an acronym before a unit word,
        # or a name of two words or more before 'Bank'
        acronym = re.fullmatch(r"[A-Z]{2,4}", name) is not None
        if acronym and name.casefold() in by_initials:
            continue     # 'HDFC' of 'Housing Development Finance Corp' beside 'HDFC Bank'
        if acronym or len(words) > 1 and types[i] is EntityType.COMPANY:
            # ('HD Hyundai Heavy' of 'HD Hyundai Heavy Industries')
            tails = UNIT_WORDS + ("bank",) if acronym else ("bank", "industries", "mobility")
            longer = {keys[j] for j, other in enumerate(names)
                      if other.startswith(name + " ") and len(other.split()) == len(words) + 1
                      and other.split()[-1].lower() in tails or acronym and other.startswith(name + ".")}
            if len(longer) == 1:
                groups.union(first_by_key[longer.pop()], i)

    _join_bracketed_aliases(mentions, text, groups, types)
    if text:
        _join_renamed(mentions, text, groups, types)
    _join_last_words(names, types, groups)
    _join_first_words(names, types, groups)
    _join_place_tails(names, types, groups, places)
    _join_contractions(names, types, groups)
    _join_run_on_firm_words(names, types, groups)
    _join_inner_names(names, types, groups)
    _join_before_ampersand(names, types, groups)
    _join_initials(names, types, groups, by_initials)

    roots = sorted({groups.find(i) for i in range(len(mentions))})
    suffixed: dict[int, list[frozenset[str]]] = defaultdict(list)     # each group's suffix kinds
    for i in range(len(mentions)):
        if types[i] is EntityType.COMPANY and kinds[i]:
            suffixed[groups.find(i)].append(kinds[i])
    for a, b in _near_pairs(roots, keys):
        ra, rb = groups.find(a), groups.find(b)
        if types[a] == types[b] and ra != rb and similar_names(names[a], names[b]) \
                and not any(_kinds_clash(x, y) for x in suffixed[ra] for y in suffixed[rb]):
            groups.union(a, b)
            suffixed[groups.find(a)] = suffixed.pop(ra, []) + suffixed.pop(rb, [])

    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        members[groups.find(i)].append(i)
    entities: list[Entity] = []
    id_of_root: dict[int, str] = {}
    used_ids: set[str] = set()
    for root in sorted(members):
        indices = members[root]
        etype = _vote_type(indices, names, types)
        canonical = _canonical(indices, names, etype)
        if len(forms_by_key.get(name_key(canonical), ())) > 1:
            # 'SoftBank' beside 'SoftBank Group' is named in full: 'SoftBank Corp'
            canonical = next((names[i] for i in sorted(indices) if kinds[i]), canonical)
        entity_id = slug(canonical)
        if entity_id in used_ids:
            entity_id = slug(canonical, suffixes=True)
        while entity_id in used_ids:
            entity_id += "-2"
        used_ids.add(entity_id)
        aliases = tuple(sorted({names[i] for i in indices} - {canonical}))
        entities.append(Entity(id=entity_id, name=canonical, type=etype, aliases=aliases))
        id_of_root[root] = entity_id
    return entities, [id_of_root[groups.find(i)] for i in range(len(mentions))]


RARE_WORD = 1e-6    # a word rarer than this in English text is a name's own ('Airtel', 'Hynix')
GROUP_WORD = 3e-6   # a group's own first word ('Lotte', 'Hanwha') is no commoner than this


def _always_possessive(mentions: Sequence[Mention], names: Sequence[str], text: str) -> set[str]:
    """One-word company names followed by 's at every use, twice or more ("Byju's")."""
    uses: dict[str, list[bool]] = defaultdict(list)
    for mention, name in zip(mentions, names):
        if mention.type is EntityType.COMPANY and " " not in name:
            uses[name].append(text[mention.end:mention.end + 2] in ("'s", "’s"))
    return {name for name, flags in uses.items() if len(flags) >= 2 and all(flags)}


def _family_types(names: Sequence[str], types: list[EntityType]) -> None:
    """Names that share a rare word with others of the article take their kind.

    'Kazumi Yanai' beside 'Tadashi Yanai': two rare words, the last a person's surname, name
    a person. 'Lotte Chemical' and 'Lotte Shopping' beside 'Lotte Group': two names or more
    opening with a company's rare first word are that group's companies, though 'Lotte'
    is also a given name.

    >>> types = [EntityType.PERSON, EntityType.COMPANY, EntityType.COMPANY, EntityType.PERSON, EntityType.PERSON]
    >>> _family_types(["Tadashi Yanai", "Kazumi Yanai", "Lotte Group", "Lotte Chemical", "Lotte Shopping"], types)
    >>> [t.value for t in types]
    ['Person', 'Person', 'Company', 'Company', 'Company']
    >>> types = [EntityType.PERSON, EntityType.PERSON, EntityType.COMPANY]
    >>> _family_types(["Ada Quillfeather", "Bram Tollkeeper", "Quillfeather Tollkeeper"], types)
    >>> types[2].value
    'Company'
    """
    # (from names read as a person's at every mention: 'Samsung Biologics said' lends no surname)
    read_as_company = {n for n, t in zip(names, types) if t is EntityType.COMPANY}
    surnames = {n.split()[-1] for n, t in zip(names, types)
                if t is EntityType.PERSON and len(n.split()) >= 2 and n not in read_as_company}
    # ('Raveendran' read as a person's surname alone makes 'Byju Raveendran' a person)
    lone_surnames = {n for n, t in zip(names, types) if t is EntityType.PERSON and " " not in n
                     and n not in read_as_company and n.isalpha() and word_frequency(n.casefold(), "en") < RARE_WORD}
    surnames |= lone_surnames
    company_openers = {n.split()[0] for n, t in zip(names, types) if t is EntityType.COMPANY}
    # (the company's own names count as well: 'Lotte Chemical' is a company by its last word)
    people_by_opener: dict[str, set[str]] = defaultdict(set)
    names_by_opener: dict[str, set[str]] = defaultdict(set)
    for name, etype in zip(names, types):
        if len(name.split()) >= 2:
            names_by_opener[name.split()[0]].add(name)
            if etype is EntityType.PERSON:
                people_by_opener[name.split()[0]].add(name)
    for i, name in enumerate(names):
        words = name.split()
        # (but two people's surnames name their firm: 'Hargreaves Lansdown' beside 'Peter
        # Hargreaves' and 'Stephen Lansdown')
        if types[i] is EntityType.COMPANY and len(words) == 2 and words[1] in surnames and not suffix_kinds(name) \
                and words[0] not in surnames \
                and all(w.isalpha() and word_frequency(w.casefold(), "en") < RARE_WORD for w in words):
            types[i] = EntityType.PERSON
        elif types[i] is EntityType.PERSON and len(words) >= 2 and words[0] in company_openers \
                and (len(people_by_opener[words[0]]) >= 2 or len(names_by_opener[words[0]]) >= 3) \
                and word_frequency(words[0].casefold(), "en") < GROUP_WORD:
            types[i] = EntityType.COMPANY


def _join_last_words(names: Sequence[str], types: Sequence[EntityType], groups: _Clusters) -> None:
    """'Airtel' after 'Bharti Airtel', 'Hynix' after 'SK Hynix': a one-word company name
    that closes exactly one longer company name, and is no common word ('Energy' after
    'Siemens Energy' stays apart)."""
    by_last: dict[str, set[int]] = defaultdict(set)
    first_words = set()
    uses_before: Counter = Counter()     # how often each name was used before each longer one
    seen: Counter = Counter()
    for i, name in enumerate(names):
        words = name.split()
        if types[i] is EntityType.COMPANY and len(words) > 1:
            first_words.add(words[0])
            if not suffix_kinds(name):
                by_last[words[-1]].add(i)
                uses_before.setdefault((words[-1], i), seen[words[-1]])
        seen[name] += 1
    for i, name in enumerate(names):
        # ('Skydance' that also opens 'Skydance Media' is that company's short name)
        if types[i] is not EntityType.COMPANY or " " in name or name not in by_last or name in first_words:
            continue
        # ('Telefonica', named again and again before 'O2 Telefonica', is not its short name:
        # a short name follows its full one, or comes at most once, in a headline, before it)
        if min(uses_before[(name, j)] for j in by_last[name]) > 1:
            continue
        roots = {groups.find(j) for j in by_last[name]}
        if len(roots) == 1 and word_frequency(name.casefold(), "en") < RARE_WORD:
            groups.union(roots.pop(), i)


# the words after a short name that only say what kind of firm it is ('Bain Capital',
# 'Teck Resources'); 'Tmall Global', 'Siemens Energy', 'Alibaba Cloud' name units
FIRM_KIND_WORDS = frozenset({"resources", "capital", "partners", "interactive", "management", "investments", "systems",
                             "technologies", "networks", "solutions", "communications", "therapeutics", "therapies",
                             "pharmaceuticals", "biosciences", "medicines", "laboratories", "sciences",
                             "diagnostics", "u.s.a", "u.s.a.", "usa", "airlines", "airways", "distribution", "supply",
                             "electronics", "petrochemical", "petrochemicals", "petroleum", "beverage", "beverages",
                             "associates", "cement", "cements"})


EVERYDAY_WORD = 3e-6     # zipf 3.5: 'coating', 'global', 'roofing'


# more words of a firm's kind, taken in any place after the first word ('Vista Equity Partners', 'Roark Capital Group')
THIRD_KIND_WORDS = frozenset({"equity", "group"})


def _join_first_words(names: Sequence[str], types: Sequence[EntityType], groups: _Clusters) -> None:
    """'Bain' beside 'Bain Capital', 'ZT' beside 'ZT Systems', 'Vista' beside 'Vista Equity
    Partners': a one-word company name that opens exactly one longer company name of two or
    three words, whose other words only say what kind of firm it is.

    >>> ms = [Mention("Vista", 0, 5, EntityType.COMPANY), Mention("Vista Equity Partners", 9, 30, EntityType.COMPANY)]
    >>> [e.names() for e in cluster(ms)[0]]
    [('Vista', 'Vista Equity Partners')]
    """
    by_first: dict[str, set[int]] = defaultdict(set)
    for i, name in enumerate(names):
        words = name.split()
        if types[i] is EntityType.COMPANY and len(words) in (2, 3):
            by_first[words[0]].add(i)
    for i, name in enumerate(names):
        if types[i] is not EntityType.COMPANY or " " in name or name not in by_first:
            continue
        roots = {groups.find(j) for j in by_first[name]}
        if len(roots) == 1 and all(_says_kind_of_firm(names[j].split()[1:]) for j in by_first[name]):
            groups.union(roots.pop(), i)


def _join_place_tails(names: Sequence[str], types: Sequence[EntityType], groups: _Clusters,
                      places: frozenset[str]) -> None:
    """'Virgin Australia ... Virgin': a one-word company name first used after the only
    longer company name it opens, that name and a place, is the same company shortened;
    'Amazon' used before 'Amazon China' stays the parent.

    >>> ms = [Mention("Virgin Australia", 0, 16, EntityType.COMPANY), Mention("Virgin", 30, 36, EntityType.COMPANY)]
    >>> [e.names() for e in cluster(ms, places=frozenset({"Australia"}))[0]]
    [('Virgin', 'Virgin Australia')]
    >>> ms = [Mention("Amazon", 0, 6, EntityType.COMPANY), Mention("Amazon China", 30, 42, EntityType.COMPANY)]
    >>> len(cluster(ms, places=frozenset({"China"}))[0])
    2
    """
    first_use: dict[str, int] = {}
    for i, name in enumerate(names):
        if types[i] is EntityType.COMPANY:
            first_use.setdefault(name, i)
    longer: dict[str, set[str]] = defaultdict(set)
    for name in first_use:
        if " " in name:
            longer[name.split()[0]].add(name)
    for name, i in first_use.items():
        if " " in name or len(longer.get(name, ())) != 1:
            continue
        (full,) = longer[name]
        words = full.split()
        if len(words) == 2 and words[1] in places and first_use[full] < i:
            groups.union(first_use[full], i)


def _join_contractions(names: Sequence[str], types: Sequence[EntityType], groups: _Clusters) -> None:
    """'AspenTech' beside 'Aspen Technology', 'AkzoNobel' beside 'Akzo Nobel': a one-word
    company name in camel case that is the first word of exactly one longer company name
    run on into the openings of its other words.

    >>> ms = [Mention("Aspen Technology", 0, 16, EntityType.COMPANY), Mention("AspenTech", 20, 29, EntityType.COMPANY)]
    >>> [e.names() for e in cluster(ms)[0]]
    [('AspenTech', 'Aspen Technology')]
    """
    for i, name in enumerate(names):
        if types[i] is not EntityType.COMPANY or " " in name or not re.search(r"[a-z][A-Z]", name):
            continue
        key = name.casefold()
        roots = set()
        for j, other in enumerate(names):
            words = [w.casefold() for w in re.findall(r"[^\W_]+", display_name(other)) if w.casefold() not in LEGAL_SUFFIXES]
            if types[j] is EntityType.COMPANY and len(words) in (2, 3) and key.startswith(words[0]) \
                    and len(key) > len(words[0]) and _each_word_opens(key, words):
                roots.add(groups.find(j))
        if len(roots) == 1:
            groups.union(roots.pop(), i)


RUN_ON_FIRM_WORDS = ("group", "corp", "bank")


def _join_run_on_firm_words(names: Sequence[str], types: Sequence[EntityType], groups: _Clusters) -> None:
    """'Citi' beside 'Citigroup Inc': a one-word company name that, run on into a word
    saying what kind of firm it is, makes the first word of exactly one company name.

    >>> ms = [Mention("Citigroup Inc", 0, 13, EntityType.COMPANY), Mention("Citi", 20, 24, EntityType.COMPANY)]
    >>> [e.names() for e in cluster(ms)[0]]
    [('Citi', 'Citigroup Inc')]
    """
    by_first: dict[str, set[int]] = defaultdict(set)
    for j, other in enumerate(names):
        if types[j] is EntityType.COMPANY:
            by_first[display_name(other).split()[0].casefold()].add(j)
    for i, name in enumerate(names):
        if types[i] is not EntityType.COMPANY or " " in name or len(name) < 3:
            continue
        roots = {groups.find(j) for word in RUN_ON_FIRM_WORDS for j in by_first.get(name.casefold() + word, ())}
        if len(roots) == 1:
            groups.union(roots.pop(), i)


def _each_word_opens(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the openings of all of ``words``, one after another, each at
    least one letter ('aspentech' of 'aspen technology'; not 'akzonobel' of 'akzo nobel india').

    >>> _each_word_opens("aspentech", ["aspen", "technology"]), _each_word_opens("akzonobel", ["akzo", "nobel", "india"])
    (True, False)
    """
    if not words:
        return not short
    head, rest = words[0], words[1:]
    return any(short[:n] == head[:n] and _each_word_opens(short[n:], rest) for n in range(min(len(head), len(short)), 0, -1))


def _says_kind_of_firm(words: list[str]) -> bool:
    """'Capital', 'Equity Partners', 'Coating Systems': words after a firm's own name that
    say what kind of firm it is (one everyday word may come before a kind word: 'Global
    Management', not 'Heavy Industries', whose last word is none).

    >>> _says_kind_of_firm(["Coating", "Systems"]), _says_kind_of_firm(["Heavy", "Industries"])
    (True, False)
    """
    kinds = [w.casefold().rstrip(".") for w in words]
    while len(kinds) > 1 and kinds[-1] in LEGAL_SUFFIXES:
        kinds.pop()     # ('Electronics Inc')
    words = words[:len(kinds)]
    if set(kinds) <= FIRM_KIND_WORDS | THIRD_KIND_WORDS:
        return True
    return len(kinds) == 2 and kinds[1] in FIRM_KIND_WORDS and words[0].isalpha() \
        and word_frequency(kinds[0], "en") >= EVERYDAY_WORD


# the particles inside Italian, Spanish, Portuguese and French company names ('Monte dei
# Paschi', 'Banco do Brasil'); the mention finder reads names through them too
ROMANCE_PARTICLES = frozenset({"de", "dei", "di", "del", "della", "delle", "degli", "do", "da", "dos", "das", "des", "du"})


def _join_inner_names(names: Sequence[str], types: Sequence[EntityType], groups: _Clusters) -> None:
    """'Monte dei Paschi' inside 'Banca Monte dei Paschi di Siena': a company name joined
    by a Romance particle that runs inside exactly one longer company name, not at its
    start (a longer name that only adds words at the end may be a unit), is its short form.

    >>> ms = [Mention("Banca Monte dei Paschi di Siena", 0, 31, EntityType.COMPANY),
    ...       Mention("Monte dei Paschi", 40, 56, EntityType.COMPANY)]
    >>> [e.names() for e in cluster(ms)[0]]
    [('Monte dei Paschi', 'Banca Monte dei Paschi di Siena')]
    """
    for i, name in enumerate(names):
        words = name.split()
        if types[i] is not EntityType.COMPANY or len(words) < 3 or not ROMANCE_PARTICLES & set(words[1:-1]):
            continue
        roots = {groups.find(j) for j, other in enumerate(names)
                 if types[j] is EntityType.COMPANY and _inner_run(words, other.split())}
        if len(roots) == 1:
            groups.union(roots.pop(), i)


def _join_before_ampersand(names: Sequence[str], types: Sequence[EntityType], groups: _Clusters) -> None:
    """'JB Chemicals' beside 'JB Chemicals & Pharmaceuticals Ltd': a company name of two
    words or more that is all of exactly one longer company name before its '&' ('Mahindra'
    of 'Mahindra & Mahindra Ltd' too).

    >>> ms = [Mention("JB Chemicals", 0, 12, EntityType.COMPANY),
    ...       Mention("JB Chemicals & Pharmaceuticals Ltd", 20, 54, EntityType.COMPANY)]
    >>> len(cluster(ms)[0])
    1
    """
    heads: dict[str, set[int]] = defaultdict(set)
    doubled: set[str] = set()     # 'Mahindra' of 'Mahindra & Mahindra Ltd': a name said twice
    for j, other in enumerate(names):
        if types[j] is EntityType.COMPANY and " & " in other:
            heads[name_key(other.split(" & ")[0])].add(j)
            before, after = other.split(" & ", 1)
            if " " not in before and after.split()[0] == before:
                doubled.add(before)
    for i, name in enumerate(names):
        if types[i] is not EntityType.COMPANY or len(name.split()) < 2 and name not in doubled or " & " in name:
            continue
        roots = {groups.find(j) for j in heads.get(name_key(name), ())}
        if len(roots) == 1:
            groups.union(roots.pop(), i)


def _inner_run(short: list[str], long: list[str]) -> bool:
    return len(long) > len(short) and any(long[k:k + len(short)] == short for k in range(1, len(long) - len(short) + 1))


INITIAL_SKIPS = frozenset({"of", "and", "&", "the", "de", "for"})


def initials(name: str) -> set[str]:
    """The initials a name may be shortened to, with and without its legal suffixes.

    A name of four words or more may also drop one inner word ('FIS' of 'Fidelity National
    Information Services').

    >>> sorted(initials("Sumitomo Mitsui Banking Corporation")), sorted(initials("State Bank of India"))
    (['smb', 'smbc'], ['sbi'])
    >>> "fis" in initials("Fidelity National Information Services")
    True
    """
    words = [w.casefold() for w in re.findall(r"[^\W_]+", display_name(name)) if w.casefold() not in INITIAL_SKIPS]
    core = [w for w in words if w not in LEGAL_SUFFIXES]
    found = {"".join(w[0] for w in part) for part in (words, core) if len(part) > 1}
    if len(core) >= 4:
        found |= {"".join(w[0] for k, w in enumerate(core) if k != skip) for skip in range(1, len(core) - 1)}
    return found


# 'J&J', 'M&S': initials joined by an ampersand
_AMPERSAND_INITIALS = re.compile(r"[A-Z]{1,2}&[A-Z]{1,2}")


def _names_by_initials(names: Sequence[str], types: Sequence[EntityType]) -> dict[str, set[int]]:
    """Each initials of the article's company names of two words or more to those names;
    empty when the article holds no acronym that could use them."""
    by_initials: dict[str, set[int]] = defaultdict(set)
    if any(re.fullmatch(r"[A-Z]{2,5}", n) or _AMPERSAND_INITIALS.fullmatch(n) for n in names):
        for i, name in enumerate(names):
            if types[i] is EntityType.COMPANY and " " in name:
                for short in initials(name):
                    by_initials[short].add(i)
    return by_initials


def _join_initials(names: Sequence[str], types: Sequence[EntityType], groups: _Clusters,
                   by_initials: dict[str, set[int]]) -> None:
    """'SBI' after 'State Bank of India', 'SMBC' beside 'Sumitomo Mitsui Banking
    Corporation': an acronym of three letters or more made of the initials of exactly one
    longer company name in the article (``by_initials``) is that company; so is one with an
    '&' ('J&J') of a name with one ('Johnson & Johnson')."""
    if not by_initials:
        return
    openers = {name.split()[0] for i, name in enumerate(names) if types[i] is EntityType.COMPANY and " " in name}
    for i, name in enumerate(names):
        # (three letters at least: two, as in 'BP' beside 'Brazos Partners', say too little;
        # and 'HSBC' of 'HSBC Holdings' is not 'The Hongkong and Shanghai Banking Corporation')
        if types[i] is EntityType.COMPANY and re.fullmatch(r"[A-Z]{3,5}", name) and name not in openers:
            roots = {groups.find(j) for j in by_initials.get(name.casefold(), ())}
            if len(roots) == 1:
                groups.union(roots.pop(), i)
        elif types[i] is EntityType.COMPANY and _AMPERSAND_INITIALS.fullmatch(name):
            # 'J&J' of 'Johnson & Johnson', 'M&S' of 'Marks & Spencer': the '&' says whose
            roots = {groups.find(j) for j in by_initials.get(name.replace("&", "").casefold(), ()) if "&" in names[j]}
            if len(roots) == 1:
                groups.union(roots.pop(), i)


def _names_by_prefix(names: Iterable[str]) -> dict[str, set[str]]:
    """Each leading run of words of a name ('Skydance' of 'Skydance Media') to the names
    that start with it."""
    found: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = name.split()
        for cut in range(1, len(words)):
            found[" ".join(words[:cut])].add(name)
    return found


def _combined_name(first: list[str], second: list[str], name: str, longer_names: dict[str, set[str]]) -> bool:
    """'Paramount Skydance' after 'Paramount Global' and 'Skydance Media': a name made of
    the short forms of two companies is the name of their combination, not an owner's
    name before its brand ('NetEase Kaola').

    >>> _combined_name(["Paramount"], ["Skydance"], "Paramount Skydance",
    ...                _names_by_prefix(["Paramount Global", "Skydance Media", "Paramount Skydance"]))
    True
    """
    def shortens(part: list[str]) -> bool:
        return bool(longer_names.get(" ".join(part), set()) - {name})
    return shortens(first) and shortens(second)


def _near_pairs(indices: Sequence[int], keys: Sequence[str]) -> list[tuple[int, int]]:
    """The pairs of ``indices`` whose keys could be within two edits of each other, found
    through shared deletion variants (the symmetric-delete method) in place of comparing
    every pair: an article listing 10,000 companies stays linear.

    >>> sorted(_near_pairs([0, 1, 2], ["netease kaola", "netease koala", "tmall"]))
    [(0, 1)]
    """
    by_variant: dict[str, list[int]] = defaultdict(list)
    for i in indices:
        key = keys[i]
        if not may_slip(key):
            continue
        variants = {key}
        for _ in range(2):
            variants |= {v[:p] + v[p + 1:] for v in variants for p in range(len(v))}
        for variant in variants:
            by_variant[variant].append(i)
    pairs = {(a, b) for group in by_variant.values() if len(group) > 1
             for pos, a in enumerate(group) for b in group[pos + 1:]}
    return sorted(pairs)


def _join_bracketed_aliases(mentions: Sequence[Mention], text: str, groups: _Clusters,
                            types: list[EntityType]) -> None:
    """'Emma Lee (Li Xin)': two names of one person; 'FC Division, or "Future Clients"':
    a spelled-out name. Companies in brackets stay apart ('Bytedance (TikTok)')."""
    if not text:
        return
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        between = text[a.end:b.start]
        after = text[b.end:b.end + 2]
        if types[i] is EntityType.PERSON and types[i + 1] is EntityType.PERSON \
                and re.fullmatch(r"\s*\(\s*", between) and after.lstrip().startswith(")"):
            groups.union(i, i + 1)
        elif types[i] is types[i + 1] is EntityType.COMPANY and re.fullmatch(r",?\s+or\s+[\"“'‘]?", between):
            groups.union(i, i + 1)
        elif types[i] is types[i + 1] is EntityType.COMPANY and re.fullmatch(r"\s*\(\s*[\"“]?", between) \
                and after.lstrip(" \"”").startswith(")") and _short_form(a.text, b.text):
            groups.union(i, i + 1)


# the words between a company's two names when one replaced the other
RENAMED = re.compile(r",?\s+(?:\(\s*)?(?:formerly|previously|once)\s+(?:known\s+as\s+|called\s+|named\s+)?"
                     r"|,?\s+(?:which|that)\s+(?:has\s+|had\s+)?(?:changed|change)\s+its\s+name\s+(?:from|to)\s+"
                     r"|,?\s+(?:will\s+be|would\s+be|was|has\s+been|is\s+being|to\s+be|is\s+to\s+be)\s+"
                     r"(?:renamed|rebranded)(?:\s+as)?\s+"
                     r"|,?\s+(?:renaming|renames|renamed|rebranding|rebrands|rebranded)\s+it(?:\s+as)?\s+"
                     r"|,?\s+now\s+(?:called|known\s+as|renamed)\s+", re.I)


def _join_renamed(mentions: Sequence[Mention], text: str, groups: _Clusters, types: Sequence[EntityType]) -> None:
    """'SML Isuzu, formerly known as Swaraj Mazda', 'DSME will be renamed Hanwha Ocean',
    'Block, which changed its name from Square': one company under its two names.

    >>> text = "Block, which changed its name from Square, grew."
    >>> ms = [Mention("Block", 0, 5, EntityType.COMPANY), Mention("Square", 35, 41, EntityType.COMPANY)]
    >>> len(cluster(ms, text)[0])
    1
    """
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        # ('the grids business of Swiss engineer ABB, now called Hitachi Energy': the business was renamed;
        # "formerly Tata Motors' finance chief": a former employer)
        if types[i] is types[i + 1] is EntityType.COMPANY and RENAMED.fullmatch(text[a.end:b.start]) \
                and not re.search(r"\b(?:of|from|by|at)\s+(?:[A-Za-z-]+\s+){0,3}$|['’]s\s+$", text[max(0, a.start - 40):a.start]) \
                and not re.match(r"['’]", text[b.end:b.end + 1]):
            groups.union(i, i + 1)


def _short_form(full: str, short: str) -> bool:
    """'Gilead Sciences, Inc. (Gilead)', 'Credit Market Analysis (CMA)': the bracket
    holds the first word(s) or the initials of the name before it.

    >>> _short_form("Credit Market Analysis Ltd.", "CMA"), _short_form("Bytedance", "TikTok")
    (True, False)
    >>> _short_form("Energy Transfer Partners, L.P.", "ETP")
    True
    """
    short_key = name_key(short)
    # the initials of the whole name, and of the part before a comma ('Energy Transfer
    # Partners, L.P. (ETP)')
    initials = {"".join(w[0] for w in re.findall(r"[^\W_]+", part) if w.casefold() not in LEGAL_SUFFIXES).casefold()
                for part in (display_name(full), display_name(full).split(",")[0])}
    words = [w.casefold() for w in re.findall(r"[^\W_]+", display_name(full))]
    return bool(short_key) and (name_key(full).startswith(short_key) or short_key in initials
                                or _word_prefixes(short_key, words) or _kept_words(short, words))


def _kept_words(short: str, words: list[str]) -> bool:
    """'JB Chemicals & Pharmaceuticals Ltd (JB Pharma)': the short form keeps the first
    word and shortens some of the later ones, in order.

    >>> _kept_words("JB Pharma", ["jb", "chemicals", "pharmaceuticals", "ltd"])
    True
    >>> _kept_words("JB Foods", ["jb", "chemicals", "pharmaceuticals"])
    False
    """
    parts = [w.casefold() for w in re.findall(r"[^\W_]+", short)]
    if len(parts) < 2 or not words or parts[0] != words[0]:
        return False
    k = 1
    for part in parts[1:]:
        while k < len(words) and not words[k].startswith(part):
            k += 1
        if k == len(words):
            return False
        k += 1
    return True


def _word_prefixes(short: str, words: list[str]) -> bool:
    """'Singtel' of 'Singapore Telecommunications', 'FedEx' of 'Federal Express': the short
    form is the openings of the name's first words, one after another.

    >>> _word_prefixes("singtel", ["singapore", "telecommunications"]), _word_prefixes("tiktok", ["bytedance"])
    (True, False)
    """
    if not short:
        return True
    if not words:
        return False
    head, rest = words[0], words[1:]
    return any(short[:n] == head[:n] and _word_prefixes(short[n:], rest) for n in range(min(len(head), len(short)), 0, -1))


def _vote_type(indices: Iterable[int], names: Sequence[str], types: Sequence[EntityType]) -> EntityType:
    votes = Counter(types[i] for i in indices)
    # a tie goes to Person: a company name has no reason to look like a person's even once
    if votes[EntityType.PERSON] >= votes[EntityType.COMPANY] and votes[EntityType.PERSON]:
        return EntityType.PERSON
    return EntityType.COMPANY


def _canonical(indices: Sequence[int], names: Sequence[str], etype: EntityType) -> str:
    counts = Counter(names[i] for i in indices)
    first = {}
    for i in sorted(indices):
        first.setdefault(names[i], i)
    if etype is EntityType.PERSON:
        return max(counts, key=lambda n: (len(n.split()), counts[n], -first[n]))
    return max(counts, key=lambda n: (counts[n], -len(n), -first[n]))
