"""Each rule family on sentences written for these tests (none from the seed articles)."""

import pytest

from corpgraph.loaders.extract import extract, to_gold_format
from corpgraph.loaders.read import article_from_text
from corpgraph.loaders.relations import load_rules


def triples(text, published=None):
    ext = extract(article_from_text(text, source="test.txt", published=published))
    names = {e.id: e.name for e in ext.entities}
    return {(names[r.head], r.type.value, names[r.tail], r.status.value) for r in ext.relations}


def relations(text, published=None):
    return to_gold_format(extract(article_from_text(text, source="t.txt", published=published)))["relations"]


@pytest.mark.parametrize("text, expected", [
    ("Vantor Systems acquired Bluefin Analytics in March 2021.", ("Vantor Systems", "ACQUIRED", "Bluefin Analytics", "completed")),
    ("Bluefin Analytics was bought by Vantor Systems last spring.", ("Vantor Systems", "ACQUIRED", "Bluefin Analytics", "completed")),
    ("Orlen Foods, a snack maker acquired by Kestrel Holdings, grew fast.", ("Kestrel Holdings", "ACQUIRED", "Orlen Foods", "completed")),
    ("Kestrel's acquisition of Orlen Foods closed on Monday.", ("Kestrel", "ACQUIRED", "Orlen Foods", "completed")),
    ("The purchase of Orlen Foods by Kestrel Holdings ended a long auction.", ("Kestrel Holdings", "ACQUIRED", "Orlen Foods", "completed")),
    ("Vantor Systems plans to acquire Bluefin Analytics.", ("Vantor Systems", "ACQUIRED", "Bluefin Analytics", "planned")),
])
def test_acquisitions(text, expected):
    assert expected in triples(text)


def test_acquisition_attributes_and_seller():
    [deal, former] = sorted(relations("In June 2018, Vantor Systems bought Marlow Group's payments unit "
                                      "Quickpay for $350 million."), key=lambda r: r["type"])
    assert (deal["head"], deal["tail"], deal["date"], deal["amount"], deal["currency"], deal["seller"]) == \
        ("Vantor Systems", "Quickpay", "2018-06", 350e6, "USD", "Marlow Group")
    assert (former["head"], former["type"], former["tail"], former["status"]) == \
        ("Quickpay", "SUBSIDIARY_OF", "Marlow Group", "former")


def test_relative_clause_and_seller_after_from():
    [rel] = [r for r in relations("Shoply, which Vantor Systems acquired from Harbor Capital in 2015, "
                                  "now sells in Peru.") if r["type"] == "ACQUIRED"]
    assert (rel["head"], rel["tail"], rel["seller"], rel["date"]) == ("Vantor Systems", "Shoply", "Harbor Capital", "2015")


def test_lists_distribute_over_merger_heads():
    got = triples("That week the Retail Division and Travel Division merged into the Consumer Division.")
    assert ("Retail Division", "MERGED_INTO", "Consumer Division", "completed") in got
    assert ("Travel Division", "MERGED_INTO", "Consumer Division", "completed") in got
    assert not any(h == "Retail Division" and t == "Travel Division" for h, _, t, _ in got)


def test_integrated_into_and_absorbed_by():
    assert ("Loop Labs", "MERGED_INTO", "Kestrel", "planned") in triples("Loop Labs will be integrated into Kestrel.")
    assert ("Loop Labs", "MERGED_INTO", "Kestrel", "completed") in triples("Loop Labs was absorbed by Kestrel in 2020.")


def test_rumoured_merger_is_never_fact():
    got = triples("Rumors about a merger between Orlen Foods and Pasta Uno spread, but were never confirmed.")
    assert got and all(status == "rumored" for *_, status in got)


@pytest.mark.parametrize("text, expected", [
    ("Maria Keller will report directly to Tom Brandt from May.", ("Maria Keller", "REPORTS_TO", "Tom Brandt", "completed")),
    ("Maria Keller, a senior Vantor engineer, reports to Vantor CTO Tom Brandt.", ("Maria Keller", "REPORTS_TO", "Tom Brandt", "current")),
    ("Wang Lei has a dotted-line to Zhou Min.", ("Wang Lei", "REPORTS_TO", "Zhou Min", "current")),
])
def test_reporting_lines(text, expected):
    head, rtype, tail, status = expected
    got = {(h, r, t) for h, r, t, _ in triples(text)}
    assert (head, rtype, tail) in got


def test_dual_reporting_lines_distribute():
    got = {(h, t) for h, r, t, _ in triples("Since 2023, Wang Lei has had dual reporting lines to Kestrel CEO "
                                             "Zhou Min and Maria Keller.") if r == "REPORTS_TO"}
    assert got == {("Wang Lei", "Zhou Min"), ("Wang Lei", "Maria Keller")}


@pytest.mark.parametrize("text, pairs", [
    ("Kestrel faces growing competition from Orlen Foods and Pasta Uno.", {("Kestrel", "Orlen Foods"), ("Kestrel", "Pasta Uno")}),
    ("Vantor's rivals Bluefin and Quickpay cut prices.", {("Vantor", "Bluefin"), ("Vantor", "Quickpay")}),
    ("Shoply quickly lost ground to bigger players such as Vantor and Kestrel.", {("Shoply", "Vantor"), ("Shoply", "Kestrel")}),
    ("Shoply competes with Kestrel in Peru.", {("Kestrel", "Shoply")}),
])
def test_competitors(text, pairs):
    got = {tuple(sorted((h, t))) for h, r, t, _ in triples(text) if r == "COMPETES_WITH"}
    assert {tuple(sorted(p)) for p in pairs} <= got


@pytest.mark.parametrize("text, expected", [
    ("Kestrel's Loop Labs opened a new office.", ("Loop Labs", "SUBSIDIARY_OF", "Kestrel", "current")),
    ("Vantor's payments platform Quickpay grew.", ("Quickpay", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Quickpay, a unit of Vantor Systems, grew.", ("Quickpay", "SUBSIDIARY_OF", "Vantor Systems", "current")),
    ("Quickpay is owned by Vantor Systems.", ("Quickpay", "SUBSIDIARY_OF", "Vantor Systems", "current")),
    ("Vantor-owned brands such as Quickpay sold well.", ("Quickpay", "SUBSIDIARY_OF", "Vantor", "current")),
])
def test_subsidiaries(text, expected):
    assert expected in triples(text)


def test_possessive_of_a_page_is_not_ownership():
    assert not any(r == "SUBSIDIARY_OF" for _, r, _, _ in triples("Shoply's Instagram page was created in May."))


@pytest.mark.parametrize("text, expected", [
    ("Harbor Capital invested in Shoply in 2019.", ("Harbor Capital", "INVESTED_IN", "Shoply", "completed")),
    ("Harbor Capital took a 20% stake in Shoply.", ("Harbor Capital", "INVESTED_IN", "Shoply", "completed")),
    ("Harbor Capital led a funding round in Shoply.", ("Harbor Capital", "INVESTED_IN", "Shoply", "completed")),
    ("Kestrel invested in the Dutch B2B software platform Loop Labs in 2018.",
     ("Kestrel", "INVESTED_IN", "Loop Labs", "completed")),
])
def test_investments(text, expected):
    assert expected in triples(text)


def test_leaders_with_roles_and_status():
    rels = relations("Zhou Min, the former president of Kestrel, met Vantor CEO Maria Keller.")
    got = {(r["head"], r["tail"], r["status"], r.get("role")) for r in rels if r["type"] == "LEADS"}
    assert ("Zhou Min", "Kestrel", "former", "president") in got
    assert ("Maria Keller", "Vantor", "current", "ceo") in got


def test_founders_and_launches():
    assert ("Kestrel", "FOUNDED", "Loop Labs", "completed") in triples("In 2020 Kestrel launched Loop Labs.")
    assert ("Maria Keller", "FOUNDED", "Shoply", "completed") in triples("Shoply was founded by Maria Keller.")
    got = triples("Shoply was established by Kestrel in 2013.")
    assert ("Kestrel", "FOUNDED", "Shoply", "completed") in got
    assert not any(h == "Shoply" and r == "FOUNDED" for h, r, _, _ in got)


def test_a_name_before_the_role_word_the_rule_matched():
    # the company describes 'founder'/'engineer', and the rule itself consumed that word
    assert ("Tom Brandt", "FOUNDED", "Vantor Systems", "completed") in \
        triples("In 2010, Vantor Systems founder Tom Brandt spoke about Quickpay.")
    assert ("Maria Lopez", "WORKS_FOR", "Vantor Systems", "current") in \
        triples("Maria Lopez, a senior Vantor Systems engineer, left early.")
    # a name describing a noun that no rule matched fills no slot
    assert triples("A Vantor Systems engineer said that Quickpay was fine.") == set()


def test_a_described_place_next_to_a_company_is_not_an_investment():
    assert triples("Kestrel invested heavily in the new data centre next to Quickpay.") == set()


def test_former_belongs_to_the_role_it_describes():
    got = relations("Tom Lee, a former assistant of Vantor Systems CEO Maria Keller, was named Quickpay's CEO.")
    status = {(r["head"], r["type"], r["tail"]): r["status"] for r in got}
    assert status[("Tom Lee", "LEADS", "Quickpay")] == "current"          # 'former' is the assistant's
    assert status[("Maria Keller", "LEADS", "Vantor Systems")] == "current"
    assert status[("Tom Lee", "REPORTS_TO", "Maria Keller")] == "former"  # ... and that role is over
    assert ("Maria Keller", "LEADS", "Quickpay", "former") in triples("Maria Keller, the former CEO of Quickpay, "
                                                                      "joined Kestrel.")


def test_employment():
    assert ("Zhou Min", "WORKS_FOR", "Kestrel", "current") in triples("Zhou Min, a senior Kestrel engineer, spoke.")
    assert ("Zhou Min", "WORKS_FOR", "Kestrel", "completed") not in triples("Zhou Min, a senior Kestrel engineer, spoke.")
    got = triples("Zhou Min was Kestrel's retail analyst until May 2021, when she joined Vantor Systems.")
    assert ("Zhou Min", "WORKS_FOR", "Kestrel", "former") in got
    assert ("Zhou Min", "WORKS_FOR", "Vantor Systems", "current") in got


def test_evidence_is_the_sentence_with_its_span():
    text = "Quickpay grew. Vantor Systems acquired Bluefin Analytics in 2021."
    [rel] = relations(text)
    start, end = rel["span"]
    assert text[start:end].strip() == rel["evidence"] == "Vantor Systems acquired Bluefin Analytics in 2021."
    assert 0 < rel["confidence"] <= 1


def test_comma_legal_suffix_short_form_and_place_prefix():
    text = ("In 2019, Loop Labs was acquired by Vantor Systems, Inc. (Vantor), a Delaware-based maker. "
            "Kestrel bought Ostrava-based Shoply.")
    ext = extract(article_from_text(text, source="t.txt"))
    names = {e.name: e for e in ext.entities}
    vantor = next(e for e in ext.entities if "Vantor" in e.names())
    assert "Vantor Systems, Inc" in vantor.names()
    assert "Delaware" not in names and "Ostrava" not in names
    got = {(r.head, r.type.value, r.tail) for r in ext.relations}
    assert (vantor.id, "ACQUIRED", names["Loop Labs"].id) in got
    assert (names["Kestrel"].id, "ACQUIRED", names["Shoply"].id) in got


def test_class_alternatives_compile_to_both_word_classes():
    from corpgraph.loaders.relations import compile_pattern
    specs, _, _ = compile_pattern("ORG:h @merge_verb|@move_verb into ORG:t")
    words = specs[1]["LOWER"]["IN"]
    assert "merged" in words and "moved" in words and not any(w.startswith("@") for w in words)


def test_a_keyed_matcher_runs_only_where_its_rare_word_is():
    from wordfreq import word_frequency

    from corpgraph.loaders.mentions import make_doc
    from corpgraph.loaders.relations import COMMON_WORD, _keyed_words, _matcher, _needed_matchers, _Token, _variant
    matchers, by_key = _matcher()
    assert all(word_frequency(word, "en") <= COMMON_WORD for key in _keyed_words().values() for word in key)
    # every rule is in exactly one Matcher
    assert sum(len(m) for m in matchers.values()) == len(by_key)
    doc = make_doc("Acme acquired Widget. Acme sells tea.")
    first, second = list(doc.sents)
    acquired = [kind for kind, key in _keyed_words().items() if "acquired" in key]
    bounded = [kind for kind in acquired if _variant(kind) in ("plain", "wide")]
    assert bounded and set(bounded) <= set(_needed_matchers(doc, first, {}))
    assert not set(acquired) & set(_needed_matchers(doc, second, {}))
    # a keyed '-app' Matcher needs both its word and the comma after a sentence's first name
    appositions = [kind for kind in acquired if _variant(kind) == "app"]
    assert appositions and not set(appositions) & set(_needed_matchers(doc, first, {}))
    doc = make_doc("Acme, a tea seller, acquired Widget.")
    names = {0: _Token("ORG", "acme")}
    assert set(appositions) <= set(_needed_matchers(doc, next(doc.sents), names))


def test_every_rule_has_a_name_of_its_own():
    # two rules of one name would share a matcher key, and one would read the other's matches
    names = [rule.name for rule in load_rules()]
    assert len(names) == len(set(names))
