"""Phrasings added for news we did not write rules from (benchmarks/newsdev); every
sentence here is written for this test, with invented companies and people, and each
family has a case where the rule must stay silent."""

import pytest

from corpgraph.loaders.extract import extract
from corpgraph.loaders.read import article_from_text


def triples(text):
    ext = extract(article_from_text(text, source="test.txt"))
    names = {e.id: e.name for e in ext.entities}
    return {(names[r.head], r.type.value, names[r.tail], r.status.value) for r in ext.relations}


def people(text):
    ext = extract(article_from_text(text, source="test.txt"))
    return {e.name for e in ext.entities if e.type.value == "Person"}


@pytest.mark.parametrize("text, person", [
    ("Bobby Kranich, Vantor's chief executive, spoke on Friday.", "Bobby Kranich"),
    ("Talks were led by Dana Whitlow and Alan Brecker.", "Dana Whitlow"),
    ("Carsten Mohl, an engineer from Quickpay, built the app.", "Carsten Mohl"),
    ("Anna ter Voort will run the Benelux arm of Kestrel Foods.", "Anna ter Voort"),
    ("Kestrel Foods hired Lee Jae-won to run its labs.", "Lee Jae-won"),
    ("Orla Brandt, the wife of Kestrel chairman Tom Brandt, joined the board.", "Orla Brandt"),
])
def test_people_from_names_and_context(text, person):
    assert person in people(text)


def test_a_bank_named_like_two_first_names_stays_a_company():
    assert "Morgan Stanley" not in people("Morgan Stanley advised Vantor Systems on the sale.")


@pytest.mark.parametrize("text, expected", [
    # a relative clause or an apposition between the subject and its verb
    ("Vantor Systems, which also owns Quickpay, bought Loop Labs in 2021.",
     ("Vantor Systems", "ACQUIRED", "Loop Labs", "completed")),
    ("Vantor Systems, which also owns Quickpay, bought Loop Labs in 2021.",
     ("Quickpay", "SUBSIDIARY_OF", "Vantor Systems", "current")),
    ("Kestrel Foods, the snack group based in Ghent, has lost ground to Orlen Foods.",
     ("Kestrel Foods", "COMPETES_WITH", "Orlen Foods", "current")),
    ("Brightway is led by Amira Solberg, who co-founded the company in 2015.",
     ("Amira Solberg", "LEADS", "Brightway", "current")),
    ("Brightway is led by Amira Solberg, who co-founded the company in 2015.",
     ("Amira Solberg", "FOUNDED", "Brightway", "completed")),
    ("Vantor Systems completed its $2 billion acquisition of Loop Labs.",
     ("Vantor Systems", "ACQUIRED", "Loop Labs", "completed")),
    ("Vantor Systems bought the Dutch payroll software maker Loop Labs.",
     ("Vantor Systems", "ACQUIRED", "Loop Labs", "completed")),
    ("Loop Labs was acquired in 2019 by Vantor Systems.", ("Vantor Systems", "ACQUIRED", "Loop Labs", "completed")),
])
def test_subject_rules_read_through_clauses(text, expected):
    assert expected in triples(text)


def test_a_name_closing_a_relative_clause_is_not_the_subject():
    got = triples("Quickpay, which is backed by Harbor Capital, bought Loop Labs in 2020.")
    assert ("Quickpay", "ACQUIRED", "Loop Labs", "completed") in got
    assert ("Harbor Capital", "INVESTED_IN", "Quickpay", "current") in got
    assert not any(h == "Harbor Capital" and r == "ACQUIRED" for h, r, _, _ in got)


def test_a_participle_belongs_to_the_sentence_subject():
    got = triples("Harbor Capital was an early backer of Quickpay, investing in Loop Labs in 2012.")
    assert ("Harbor Capital", "INVESTED_IN", "Loop Labs", "completed") in got
    assert not any(h == "Quickpay" for h, *_ in got)


def test_a_passive_relative_clause_has_no_founder():
    got = triples("Loop Labs, which was launched in 2019, has Kestrel Foods as a partner.")
    assert not any(r == "FOUNDED" for _, r, _, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("Kestrel Foods is run by Amira Solberg.", ("Amira Solberg", "LEADS", "Kestrel Foods", "current")),
    ("Paul Anker, previously in charge of Quickpay, retired.", ("Paul Anker", "LEADS", "Quickpay", "former")),
    ("Yusuf Demir stays on as chief executive of Loop Labs.", ("Yusuf Demir", "LEADS", "Loop Labs", "current")),
    ("Amira Solberg, who became Vantor's chief executive in 2020, spoke first.",
     ("Amira Solberg", "LEADS", "Vantor", "current")),
    ("Kestrel Foods has appointed Paul Anker as head of Quickpay.", ("Paul Anker", "LEADS", "Quickpay", "current")),
    ("Dana Whitlow and Alan Brecker, the co-chairmen of Orlen Media, left early.",
     ("Alan Brecker", "LEADS", "Orlen Media", "current")),
    ("Ruth Okafor is the chairman and chief executive of Harbor Capital.",
     ("Ruth Okafor", "LEADS", "Harbor Capital", "current")),
])
def test_leaders(text, expected):
    assert expected in triples(text)


def test_the_person_replaced_led_before():
    got = triples("Vantor Systems named Ruth Okafor its chief executive, replacing Paul Anker.")
    assert ("Paul Anker", "LEADS", "Vantor Systems", "former") in got


def test_a_department_is_not_a_company():
    got = triples("Ruth Okafor was Vice President of Operations and Supply Chain Management at Vantor.")
    assert not any(t in ("Operations", "Supply Chain Management") for _, _, t, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("Kestrel Foods, whose biggest shareholders include Harbor Capital and Quickpay, grew.",
     ("Quickpay", "INVESTED_IN", "Kestrel Foods", "current")),
    ("Harbor Capital is Kestrel Foods's biggest shareholder.", ("Harbor Capital", "INVESTED_IN", "Kestrel Foods", "current")),
    ("Harbor Capital holds 18% of Loop Labs.", ("Harbor Capital", "INVESTED_IN", "Loop Labs", "current")),
    ("Loop Labs counts Harbor Capital among its investors.", ("Harbor Capital", "INVESTED_IN", "Loop Labs", "current")),
])
def test_investors(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Its payments brand Quickpay launched in May.", None),
    ("Vantor Systems said its payments brand Quickpay grew.", ("Quickpay", "SUBSIDIARY_OF", "Vantor Systems", "current")),
    ("Loop Labs belongs to Harbor Capital.", ("Loop Labs", "SUBSIDIARY_OF", "Harbor Capital", "current")),
    ("Orlen Foods, the operator of the snack chain Crispo, grew.", ("Crispo", "SUBSIDIARY_OF", "Orlen Foods", "current")),
    ("Vantor Systems, whose payments unit Quickpay grew, hired.", ("Quickpay", "SUBSIDIARY_OF", "Vantor Systems", "current")),
])
def test_owners(text, expected):
    got = triples(text)
    if expected is None:
        assert not got
    else:
        assert expected in got


@pytest.mark.parametrize("text, expected", [
    ("Stellon, the group created by the merger of Apex Motors and Brio Cars, grew.",
     [("Apex Motors", "MERGED_INTO", "Stellon", "completed"), ("Brio Cars", "MERGED_INTO", "Stellon", "completed")]),
    ("Crispo and Pasta Uno moved into the new Snacks group.", [("Crispo", "MERGED_INTO", "Snacks", "completed")]),
    ("Vantor plans to fold Quickpay into its Loop Labs app.", [("Quickpay", "MERGED_INTO", "Loop Labs", "planned")]),
])
def test_mergers(text, expected):
    got = triples(text)
    assert all(e in got for e in expected), got


def test_competitors_through_lists_and_possessives():
    got = triples("Quickpay fights off Vantor's Loop Labs and the payments platform Brightway.")
    assert ("Quickpay", "COMPETES_WITH", "Loop Labs", "current") in got
    assert ("Quickpay", "COMPETES_WITH", "Brightway", "current") in got
    assert not any(t == "Vantor" for _, r, t, _ in got if r == "COMPETES_WITH")
    whose = triples("Vantor, whose rivals include Quickpay and Brightway, cut prices.")
    assert ("Vantor", "COMPETES_WITH", "Brightway", "current") in whose


def test_an_apposition_is_not_a_list():
    got = triples("Amira Solberg and Paul Anker, an engineer from Quickpay, Vantor's payments unit, met.")
    assert ("Paul Anker", "WORKS_FOR", "Quickpay", "current") in got
    assert not any(h == "Amira Solberg" and r == "WORKS_FOR" for h, r, _, _ in got)
    assert not any(t == "Vantor" and r == "WORKS_FOR" for _, r, t, _ in got)


# ---- phrasings from the newsblind set (benchmarks/newsblind), again on invented names ----

@pytest.mark.parametrize("text, person", [
    ("Quickpay made a loss. Its chief executive, Duarte Falcoeiro, resigned.", "Duarte Falcoeiro"),
    ("Vantor said Brenna Holt would succeed Ikuro Tanabe as chief executive in April.", "Ikuro Tanabe"),
])
def test_people_after_a_role_and_before_succession(text, person):
    assert person in people(text)


def test_names_joined_by_a_hyphen_or_ending_in_ai_are_whole():
    ext = extract(article_from_text("Rangeford-Pike bought Kova AI in 2024.", source="test.txt"))
    assert {e.name for e in ext.entities} == {"Rangeford-Pike", "Kova AI"}


def test_the_owner_of_a_name_that_looks_like_a_person():
    got = triples("Velmora, the owner of Louis Carrel and Daxo, grew.")
    assert ("Louis Carrel", "SUBSIDIARY_OF", "Velmora", "current") in got


def test_a_role_cut_short_by_the_pattern_is_read_whole():
    ext = extract(article_from_text("Duarte Falcoeiro, Brightway's chief executive since 2019, left.", source="t.txt"))
    assert [r.role for r in ext.relations if r.type.value == "LEADS"] == ["ceo"]


@pytest.mark.parametrize("text, expected", [
    ("Vantor said on Monday that chief executive Ilse Brand would retire.",
     ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Vantor makes sensors. Chief executive Ilse Brand said sales grew.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Vantor sells sensors. Omar Castellan will report to founder and chairman Ilse Brand.",
     ("Ilse Brand", "FOUNDED", "Vantor", "completed")),
    ("Loop Labs is run by chief executive Ilse Brand.", ("Ilse Brand", "LEADS", "Loop Labs", "current")),
    ("Vantor Chips makes sensors. The chipmaker, led by chief executive Ilse Brand, grew.",
     ("Ilse Brand", "LEADS", "Vantor Chips", "current")),
    ("Vantor said Ilse Brand, its president, will stay.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Vantor said Ilse Brand would succeed Omar Castellan as chief executive in May.",
     ("Ilse Brand", "LEADS", "Vantor", "planned")),
    ("Vantor said Ilse Brand would succeed Omar Castellan as chief executive in May.",
     ("Omar Castellan", "LEADS", "Vantor", "current")),
])
def test_leaders_with_titles_and_successions(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text", [
    "Quickpay and Loop Labs will each be run by a president who reports to chief executive Ilse Brand.",
    "Vantor hired Quickpay chief executive Ilse Brand.",
])
def test_a_title_without_a_speaking_company_names_no_employer(text):
    assert not any(h == "Ilse Brand" and t in ("Quickpay", "Loop Labs", "Vantor") and r == "LEADS"
                   and (t != "Quickpay" or "hired" not in text) for h, r, t, _ in triples(text))


def test_a_singular_relative_clause_speaks_of_the_last_name_only():
    got = triples("Vantor faces rivals such as Quickpay and Loop Labs, which is owned by Brightway.")
    assert ("Loop Labs", "SUBSIDIARY_OF", "Brightway", "current") in got
    assert not any(h == "Quickpay" and r == "SUBSIDIARY_OF" for h, r, _, _ in got)


@pytest.mark.parametrize("text, expected, absent", [
    ("Vantor will take a 75% stake in Loop Labs.", ("Vantor", "ACQUIRED", "Loop Labs", "planned"), "INVESTED_IN"),
    ("Vantor buys 30% of Loop Labs.", ("Vantor", "INVESTED_IN", "Loop Labs", "completed"), "ACQUIRED"),
])
def test_the_size_of_a_stake_decides_control(text, expected, absent):
    got = triples(text)
    assert expected in got
    assert not any(r == absent for _, r, _, _ in got)


def test_a_second_clause_shares_the_subject():
    got = triples("Vantor bought Quickpay in 2012 and later acquired the payroll firm Loop Labs.")
    assert ("Vantor", "ACQUIRED", "Loop Labs", "completed") in got
    assert not any(h == "Quickpay" and r == "ACQUIRED" for h, r, _, _ in got)
    unit = triples("Loop Labs will keep its brand and become a unit of Vantor.")
    assert ("Loop Labs", "SUBSIDIARY_OF", "Vantor", "planned") in unit


def test_a_possessor_before_an_apposition_is_not_the_subject():
    got = triples("Brightway Express, Brightway's budget arm, absorbed Quickpay.")
    assert ("Quickpay", "MERGED_INTO", "Brightway Express", "completed") in got
    assert not any(t == "Brightway" and r == "MERGED_INTO" for _, r, t, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("Loop Labs owner Vantor cut prices.", ("Loop Labs", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Quickpay, a payments app whose parent is Vantor, grew.", ("Quickpay", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Quickpay, the country's largest payments app by users, whose parent is Vantor, grew.",
     ("Quickpay", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Vantor, whose Loop Labs studio made the game, grew.", ("Loop Labs", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Vantor Finance, which includes Vantor Life and Vantor Bank, will list.",
     ("Vantor Bank", "SUBSIDIARY_OF", "Vantor Finance", "current")),
    ("Skyloft, the airline jointly owned by Vantor and Brightway, grew.",
     ("Skyloft", "SUBSIDIARY_OF", "Brightway", "current")),
])
def test_more_owners(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Quickpay, Brightway's main domestic rival, cut prices.", ("Quickpay", "COMPETES_WITH", "Brightway", "current")),
    ("Vantor said it is fighting a price war with Quickpay and Loop Labs.",
     ("Vantor", "COMPETES_WITH", "Loop Labs", "current")),
    ("Vantor competes with Quickpay's Loop Labs and with Brightway.", ("Vantor", "COMPETES_WITH", "Brightway", "current")),
    ("Vantor competes with Quickpay and China's Loop Labs.", ("Vantor", "COMPETES_WITH", "Loop Labs", "current")),
])
def test_more_rivals(text, expected):
    assert expected in triples(text)


def test_a_maker_named_before_its_noun_is_not_the_rival():
    got = triples("Vantor, the Loop Labs maker, competes with Quickpay.")
    assert ("Vantor", "COMPETES_WITH", "Quickpay", "current") in got
    assert not any(h == "Loop Labs" and r == "COMPETES_WITH" for h, r, _, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("Brightway will become a shareholder in Vantor.", ("Brightway", "INVESTED_IN", "Vantor", "planned")),
    ("Vantor will keep a stake of 20% in Loop Labs.", ("Vantor", "INVESTED_IN", "Loop Labs", "planned")),
    ("Quickpay, a lender backed by Brightway Capital, grew.", ("Brightway Capital", "INVESTED_IN", "Quickpay", "current")),
    ("Brightway will receive a 25% stake in Vantor.", ("Brightway", "INVESTED_IN", "Vantor", "planned")),
])
def test_more_investors(text, expected):
    assert expected in triples(text)


def test_former_in_an_apposition_describes_its_own_noun():
    got = triples("Quickpay, a startup set up by former Vantor researchers, counts Brightway among its investors.")
    assert ("Brightway", "INVESTED_IN", "Quickpay", "current") in got
    assert not any(h == "Vantor" and r == "INVESTED_IN" for h, r, _, _ in got)


@pytest.mark.parametrize("text, expected, absent", [
    ("Ilse Brand will join the board of Vantor.", ("Ilse Brand", "WORKS_FOR", "Vantor", "planned"), None),
    ("Ilse Brand, a vice president of product at Vantor, spoke.", ("Ilse Brand", "WORKS_FOR", "Vantor", "current"), None),
    ("Ilse Brand, Quickpay's chief executive and a former Vantor executive, spoke.",
     ("Ilse Brand", "WORKS_FOR", "Vantor", "former"), None),
    ("Vantor's other co-founder, Ilse Brand, left in 2019.", ("Ilse Brand", "FOUNDED", "Vantor", "completed"), None),
    ("Ilse Brand, a former head of Vantor, spoke.", ("Ilse Brand", "LEADS", "Vantor", "former"), "WORKS_FOR"),
])
def test_more_people_and_companies(text, expected, absent):
    got = triples(text)
    assert expected in got
    assert not any(r == absent for _, r, _, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("Vantor, which owns the Quickpay payments app and the overseas platform Loop Labs, grew.",
     ("Loop Labs", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Vantor's rivals include Quickpay, the payments arm of Brightway, and Loop Labs.",
     ("Vantor", "COMPETES_WITH", "Loop Labs", "current")),
    ("Ilse Brand left Vantor in 2019 and later co-founded Loop Labs.", ("Ilse Brand", "FOUNDED", "Loop Labs", "completed")),
    ("Ilse Brand, who built Quickpay, takes the title of chief scientist and will report to Omar Castellan.",
     ("Ilse Brand", "REPORTS_TO", "Omar Castellan", "planned")),
    ("Vantor sells sensors. Ilse Brand will stay on as chairman.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Loop Labs is led by Quickpay founder Ilse Brand as chief executive.", ("Ilse Brand", "LEADS", "Loop Labs", "current")),
    ("Ilse Brand, who became chief executive in 2022 after running Loop Labs, will stay.",
     ("Ilse Brand", "LEADS", "Loop Labs", "former")),
    ("Vantor said Ilse Brand succeeded Omar Castellan as chief executive in May.",
     ("Omar Castellan", "LEADS", "Vantor", "former")),
    ("Ilse Brand, a former Quickpay chief executive, joined Vantor.", ("Ilse Brand", "LEADS", "Quickpay", "former")),
    ("Vantor said Loop Labs would sit in its portfolio of brands.", ("Loop Labs", "SUBSIDIARY_OF", "Vantor", "planned")),
    ("Crestline, the holding company that controlled Loop Labs, was sold.",
     ("Loop Labs", "SUBSIDIARY_OF", "Crestline", "former")),
    ("Vantor said the deal would help it win business from rival Quickpay.",
     ("Vantor", "COMPETES_WITH", "Quickpay", "current")),
])
def test_lists_second_clauses_and_more_titles(text, expected):
    assert expected in triples(text)


def test_a_title_with_its_own_company_is_not_bare():
    got = triples("Vantor sells sensors. Ilse Brand stays on as chief executive of Loop Labs.")
    assert not any(t == "Vantor" and r == "LEADS" for _, r, t, _ in got)


def test_a_possessive_list_member_stays_alone():
    got = triples("Quickpay fights Vantor's Loop Labs and the payments platform Brightway.")
    assert not any(h == "Brightway" and r == "SUBSIDIARY_OF" for h, r, _, _ in got)


# ---- phrasings from the newslast set (benchmarks/newslast), on invented names ----

@pytest.mark.parametrize("text, name", [
    ("Vela chief executive Ilse Brand said sales grew. Vela bought Quickpay.", "Vela"),
    ("Vela, the family-owned maker of sweets, grew. Vela bought Quickpay.", "Vela"),
    ("Ilse Brand co-founded Capital Two in 1994.", "Capital Two"),
    ("Kestrel owns the Crisp-It brand.", "Crisp-It"),
])
def test_company_names_found_by_context(text, name):
    ext = extract(article_from_text(text, source="test.txt"))
    assert name in {e.name for e in ext.entities if e.type.value == "Company"}


def test_a_sentence_opening_plural_is_not_part_of_a_name():
    ext = extract(article_from_text("Rivals Quickpay and Loop Labs cut prices.", source="test.txt"))
    assert {e.name for e in ext.entities} == {"Quickpay", "Loop Labs"}


def test_a_surname_that_is_also_a_company_name_stays_the_company():
    got = triples("Vantor completed its acquisition of Kessel Corporation. Ilse Kessel, the chief executive of Kessel, "
                  "will join Vantor's board.")
    assert ("Vantor", "ACQUIRED", "Kessel", "completed") in got     # one company: 'Kessel Corporation', 'Kessel'
    assert ("Ilse Kessel", "LEADS", "Kessel", "current") in got
    assert ("Ilse Kessel", "WORKS_FOR", "Vantor", "planned") in got


@pytest.mark.parametrize("text, expected", [
    ("Vantor still holds about 40% of payments firm Quickpay.", ("Vantor", "INVESTED_IN", "Quickpay", "current")),
    ("Quickpay was spun out of Vantor in 2019.", ("Quickpay", "SUBSIDIARY_OF", "Vantor", "former")),
    ("Vantor bought Loop Labs, which is run by Quickpay, its larger rival.",
     ("Vantor", "COMPETES_WITH", "Quickpay", "current")),
    ("Vantor Ports, the group's port operator, grew. Vantor owns it.", ("Vantor Ports", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Vantor was built by Ilse Brand, whose son Omar Brand is now the group's chairman.",
     ("Omar Brand", "LEADS", "Vantor", "current")),
    ("Loop Labs, in which Vantor holds a 24% stake, grew.", ("Vantor", "INVESTED_IN", "Loop Labs", "current")),
    ("Loop Labs, which is backed by investors including Brightway Capital, grew.",
     ("Brightway Capital", "INVESTED_IN", "Loop Labs", "current")),
    ("Loop Labs is run by its co-founder, Ilse Brand.", ("Ilse Brand", "FOUNDED", "Loop Labs", "completed")),
    ("Vantor sells food. Founder and chief executive Ilse Brand said sales grew.",
     ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("The Brand Trust, Vantor's largest shareholder, backed the offer.",
     ("Brand Trust", "INVESTED_IN", "Vantor", "current")),
    ("Vantor said the deal lets the group compete harder with Quickpay.",
     ("Vantor", "COMPETES_WITH", "Quickpay", "current")),
    ("Quickpay merged with Vantor's payments business to form Quickvan.", ("Quickpay", "MERGED_INTO", "Quickvan", "completed")),
    ("Vantor tried to merge with Quickpay, but the talks went nowhere.", ("Vantor", "MERGED_INTO", "Quickpay", "rumored")),
])
def test_newslast_phrasings(text, expected):
    got = triples(text)
    head, rtype, tail, status = expected
    assert expected in got or rtype == "COMPETES_WITH" and (tail, rtype, head, status) in got, got


@pytest.mark.parametrize("text, absent", [
    ("Vantor agreed to sell its ports business to Brightway group.", ("Brightway", "SUBSIDIARY_OF", "Vantor")),
    ("Quickpay sold stakes to a group led by Brightway and Loop Labs, the port arm of Vantor.",
     ("Brightway", "SUBSIDIARY_OF", "Vantor")),
    ("Quickpay merged with Vantor's payments business to form Quickvan.", ("Quickpay", "MERGED_INTO", "Vantor")),
    ("Brightway owns 8% of Vantor.", ("Vantor", "SUBSIDIARY_OF", "Brightway")),
])
def test_newslast_negatives(text, absent):
    assert absent not in {(h, r, t) for h, r, t, _ in triples(text)}


# ---- phrasings from the newsfinal set (benchmarks/newsfinal), on invented names ----

@pytest.mark.parametrize("text, name, kind", [
    ("Vantor chief executive Park Shin-a said sales grew.", "Park Shin-a", "Person"),
    ("Vela Platforms has taken a stake in Quickpay. Vela said it would grow.", "Vela Platforms", "Company"),
])
def test_newsfinal_names(text, name, kind):
    ext = extract(article_from_text(text, source="test.txt"))
    assert name in {e.name for e in ext.entities if e.type.value == kind}


@pytest.mark.parametrize("text, expected", [
    ("Vantor, whose chief executive is Ilse Brand, grew.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Ilse Brand, who stepped down as Vantor's chairman in 2022, spoke.", ("Ilse Brand", "LEADS", "Vantor", "former")),
    ("Ilse Brand, who had run the luggage brand Loop Labs, joined Vantor.", ("Ilse Brand", "LEADS", "Loop Labs", "former")),
    ("Omar Castellan named Ilse Brand, a former Quickpay executive, as Vantor's new chief executive.",
     ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Vantor and its music arm won control of Loop Labs.", ("Vantor", "ACQUIRED", "Loop Labs", "completed")),
    ("Loop Labs, which is controlled by Japan's Vantor Motor, grew.",
     ("Loop Labs", "SUBSIDIARY_OF", "Vantor Motor", "current")),
    ("Vantor's existing research group, Loop Labs, will move.", ("Loop Labs", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Loop Labs, formerly a unit of Vantor, grew.", ("Loop Labs", "SUBSIDIARY_OF", "Vantor", "former")),
    ("The Frankfurt lender Vantor also owns a majority of Polish bank Loop Labs.",
     ("Loop Labs", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Vantor owns Loop Labs, Germany's third-largest private bank, which it bought in 2005.",
     ("Vantor", "ACQUIRED", "Loop Labs", "completed")),
    ("Ilse Brand, Vantor's executive chairman and largest shareholder, spoke.",
     ("Ilse Brand", "INVESTED_IN", "Vantor", "current")),
    ("Ilse Brand, the founder of Dutch software group Vantor, spoke.", ("Ilse Brand", "FOUNDED", "Vantor", "completed")),
    ("Vantor previously bought Quickpay and the department store chain Loop Labs.",
     ("Vantor", "ACQUIRED", "Loop Labs", "completed")),
    ("Vantor raises Loop Labs stake to 29%.", ("Vantor", "INVESTED_IN", "Loop Labs", "completed")),
])
def test_newsfinal_phrasings(text, expected):
    assert expected in triples(text)


def test_a_holding_company_is_not_a_unit():
    got = triples("Ilse Brand, chairman of Vantor Sons, the group's holding company, spoke about Vantor.")
    assert not any(h == "Vantor Sons" and r == "SUBSIDIARY_OF" for h, r, _, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("OSLO — Vantor fired chief executive Ilse Brand on Monday.", ("Ilse Brand", "LEADS", "Vantor", "former")),
    ("Vantor dismissed its chairman Omar Castellan and named Ilse Brand, a company veteran, to replace him.",
     ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Vantor named Ilse Brand, the head of its Loop Labs payments business, as finance chief.",
     ("Ilse Brand", "LEADS", "Loop Labs", "current")),
    ("Omar Castellan, who ran Vantor until 2019 after leading the Dutch insurer Quickpay, retired.",
     ("Omar Castellan", "LEADS", "Quickpay", "former")),
    ("Vantor named Ilse Brand as chief executive. She will report to chairman Omar Castellan.",
     ("Omar Castellan", "LEADS", "Vantor", "current")),
    ("Vantor remains the largest shareholder of the Belgian drugmaker Quickpay.",
     ("Vantor", "INVESTED_IN", "Quickpay", "current")),
    ("Loop Labs, the pet-food joint venture it shares with the investment firm Quickpay Partners, grew.",
     ("Loop Labs", "SUBSIDIARY_OF", "Quickpay Partners", "current")),
    ("Loop Labs will become part of Vantor Cloud, the division run by senior vice president Ilse Brand.",
     ("Ilse Brand", "LEADS", "Vantor Cloud", "current")),
    ("Loop Labs will become part of Vantor Cloud.", ("Loop Labs", "SUBSIDIARY_OF", "Vantor Cloud", "planned")),
    ("It will work with Loop Labs, the payments company Vantor bought in 2019.",
     ("Vantor", "ACQUIRED", "Loop Labs", "completed")),
    ("Last year Vantor also paid $4 billion to buy Loop Labs.", ("Vantor", "ACQUIRED", "Loop Labs", "completed")),
    ("Vantor agreed to pay $4 billion to buy Loop Labs.", ("Vantor", "ACQUIRED", "Loop Labs", "planned")),
    ("Vantor's apps compete with those of Loop Labs.", ("Vantor", "COMPETES_WITH", "Loop Labs", "current")),
    ("Analysts said Vantor founder and chief executive Ilse Brand erred.", ("Ilse Brand", "FOUNDED", "Vantor", "completed")),
    ("Analysts said Vantor founder and chief executive Ilse Brand erred.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Vantor co-founder and chairman Ilse Brand said the deal was off.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Vantor already controls the video streaming service Loopa, which listed in 2018.",
     ("Loopa", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Vantor is growing, while its Loopa Go robotaxi unit has begun testing.",
     ("Loopa Go", "SUBSIDIARY_OF", "Vantor", "current")),
    # a majority held is ownership, a majority taken an acquisition
    ("Vantor owns half of A Holdings, which holds about 65% of Loop Labs.",
     ("Loop Labs", "SUBSIDIARY_OF", "A Holdings", "current")),
    ("Vantor took 70% of Loop Labs in 2020.", ("Vantor", "ACQUIRED", "Loop Labs", "completed")),
    ("Vantor took 20% of Loop Labs in 2020.", ("Vantor", "INVESTED_IN", "Loop Labs", "completed")),
    ("Vantor Corp is the telecoms arm of Vantor Group.", ("Vantor Corp", "SUBSIDIARY_OF", "Vantor Group", "current")),
])
def test_newslong_phrasings(text, expected):
    assert expected in triples(text)


def test_founder_and_ceo_is_the_ceo():
    ext = extract(article_from_text("Vantor founder and chief executive Ilse Brand spoke.", source="t.txt"))
    assert [r.role for r in ext.relations if r.type.value == "LEADS"] == ["ceo"]


def test_a_product_word_between_a_name_and_its_platform_is_no_unit():
    # 'its Loopa promotion platform' is a feature, not a unit named Loopa
    got = triples("Vantor said Quickpay is growing on its Loopa promotion platform.")
    assert not any(r == "SUBSIDIARY_OF" for _, r, _, _ in got)


@pytest.mark.parametrize("text", [
    "Vantor dismissed reports that it would fire chief executive Ilse Brand.",
    "Loop Labs, which Vantor said it would keep, will remain as chief technology officer Ilse Brand said.",
])
def test_newslong_negatives(text):
    got = triples(text)
    assert ("Ilse Brand", "LEADS", "Vantor", "former") not in got
    assert not any(r == "ACQUIRED" for _, r, _, _ in got)


def test_a_dateline_is_no_company():
    ext = extract(article_from_text("Title of the story\nSAN MARCO, Texas — Vantor bought Loop Labs.\n",
                                    source="t.txt"))
    assert {e.name for e in ext.entities} == {"Vantor", "Loop Labs"}
    assert ext.relations and all(r.head != "san-marco" for r in ext.relations)


def test_a_surname_after_a_full_name_is_the_person():
    text = "Vantor fired chief executive Ilse Brand. Brand, who joined Vantor in 1990, will leave."
    ext = extract(article_from_text(text, source="t.txt"))
    assert {(e.name, e.type.value) for e in ext.entities} == {("Vantor", "Company"), ("Ilse Brand", "Person")}
    assert ("Ilse Brand", "LEADS", "Vantor", "former") in triples(text)


def test_a_letter_before_a_company_word_is_a_name():
    assert ("Vantor", "Company") in {(e.name, e.type.value) for e in extract(article_from_text(
        "A plan was made. Vantor sold its stake in A Holdings.", source="t.txt")).entities}
    names = {e.name for e in extract(article_from_text("A plan was made. Vantor sold its stake in A Holdings.",
                                                       source="t.txt")).entities}
    assert "A Holdings" in names and "Holdings" not in names


@pytest.mark.parametrize("text, expected", [
    ("Vantor was founded in 1992. Quickpay bought it in 2013 and sold it to Loop Labs four years later.",
     ("Quickpay", "ACQUIRED", "Vantor", "completed")),
    ("Vantor was founded in 1992. Quickpay bought it in 2013 and sold it to Loop Labs four years later.",
     ("Loop Labs", "ACQUIRED", "Vantor", "completed")),
    ("Vantor was founded in 1992. Quickpay bought it in 2013 and sold it to Loop Labs four years later.",
     ("Vantor", "SUBSIDIARY_OF", "Quickpay", "former")),
    ("Last year Vantor sold Loopa, its loss-making American unit, to the food-hall startup Quickpay.",
     ("Quickpay", "ACQUIRED", "Loopa", "completed")),
    ("Vantor agreed to sell Loop Labs to Quickpay.", ("Quickpay", "ACQUIRED", "Loop Labs", "planned")),
    ("Vantor agreed to sell Loop Labs to Quickpay.", ("Loop Labs", "SUBSIDIARY_OF", "Vantor", "current")),
    ("The deal gives Vantor a larger lead over its main rival, Loop Labs, which has grown.",
     ("Loop Labs", "COMPETES_WITH", "Vantor", "current")),
    ("Quickpay, which is controlled by the South African media group Naspo, grew.",
     ("Quickpay", "SUBSIDIARY_OF", "Naspo", "current")),
    ("Vantor has named Ilse Brand, a veteran aerospace executive, as its new chief executive.",
     ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("The deal closed. General Vantor has finished splitting itself into three.", None),
])
def test_newsnext_phrasings(text, expected):
    if expected is None:    # an adjective-like word opens a two-word name
        assert "General Vantor" in {e.name for e in extract(article_from_text(text, source="t.txt")).entities}
    else:
        assert expected in triples(text)


def test_owned_by_the_same_family_is_no_parent():
    assert not any(r == "SUBSIDIARY_OF" for _, r, _, _ in triples("Loop Labs is owned by the same family as Vantor."))


@pytest.mark.parametrize("text, absent", [
    ("The deal closed. Consumers bought Vantor shares.", "Consumers"),
    ("The deal closed. Several Chinese firms bought Vantor.", "Several Chinese"),
])
def test_sentence_openers_that_are_no_names(text, absent):
    assert absent not in {e.name for e in extract(article_from_text(text, source="t.txt")).entities}


@pytest.mark.parametrize("text, expected", [
    ("Lawson was sold. Sadanobu Takemasu will remain president of Lawson.",
     ("Sadanobu Takemasu", "LEADS", "Lawson", "current")),
    ("Vantor listed on the New York Stock Exchange and bought New Guards Group in 2019.",
     ("Vantor", "ACQUIRED", "New Guards Group", "completed")),
    ("Vantor said it competes with Figure AI.", ("Vantor", "COMPETES_WITH", "Figure AI", "current")),
    ("In Japan, Quickpay's shopping services in Tokyo compete with Rakuten and Amazon.",
     ("Quickpay", "COMPETES_WITH", "Amazon", "current")),
    ("The deal gives Vantor a lead over Loopa. Quickpay, another competitor, bought Altair Engineering this year.",
     ("Vantor", "COMPETES_WITH", "Quickpay", "current")),
    ("Vantor owns half of Loopa International, its engine joint venture with the French group Safran.",
     ("Loopa International", "SUBSIDIARY_OF", "Safran", "current")),
    ("Lawson was sold. Vantor is the parent of Lawson.", ("Lawson", "SUBSIDIARY_OF", "Vantor", "current")),
])
def test_newsnext_second_round(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, unwanted", [
    ("Vantor will own 80.1% of Loopa and Quickpay will hold the rest.", ("Quickpay", "SUBSIDIARY_OF", "Vantor", "planned")),
    ("As part of the deal, Vantor will take over the Loopa factories that make parts.",
     ("Vantor", "ACQUIRED", "Loopa", "planned")),
    ("Its energy business, Loopa, started trading on the Vantor Exchange on Tuesday.",
     ("Loopa", "FOUNDED", "Vantor Exchange", "completed")),
])
def test_newsnext_second_round_negatives(text, unwanted):
    assert unwanted not in triples(text)


def test_new_year_is_no_name():
    text = "Vantor gave staff a day off for New Year. Sales rose on Black Friday."
    assert {e.name for e in extract(article_from_text(text, source="t.txt")).entities} == {"Vantor"}


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor's chief executive Ilse Brand said it was fine.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Markets rose. Vantor's former CEO Ilse Brand declined to comment.", ("Ilse Brand", "LEADS", "Vantor", "former")),
    ("Vantor, the parent company of Loopa, said profits rose.", ("Loopa", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Loopa, a Vantor subsidiary, declined to comment.", ("Loopa", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Loopa, now part of Vantor, declined to comment.", ("Loopa", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Vantor bought out the remaining shares of Loopa.", ("Vantor", "ACQUIRED", "Loopa", "completed")),
    ("Vantor announced a $3 billion bid for Loopa.", ("Vantor", "ACQUIRED", "Loopa", "planned")),
    ("Vantor led a $50 million funding round in Loopa.", ("Vantor", "INVESTED_IN", "Loopa", "completed")),
    ("Loopa raised $50 million from investors including Vantor and Quickpay.",
     ("Quickpay", "INVESTED_IN", "Loopa", "completed")),
    ("Vantor sold its 30% stake in Loopa to Quickpay.", ("Quickpay", "INVESTED_IN", "Loopa", "completed")),
    ("Ilse Brand was promoted to chief executive of Vantor.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Vantor's board named Ilse Brand chief executive.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Vantor is the biggest rival of Loopa.", ("Vantor", "COMPETES_WITH", "Loopa", "current")),
    ("Loopa lost market share to Vantor.", ("Loopa", "COMPETES_WITH", "Vantor", "current")),
    ("Vantor and Loopa are locked in a price war.", ("Vantor", "COMPETES_WITH", "Loopa", "current")),
    ("Markets rose. The merger of Vantor and Loopa created Quickpay.", ("Loopa", "MERGED_INTO", "Quickpay", "completed")),
    ("Markets rose. Vantor agreed to buy a majority stake in Loopa.", ("Vantor", "ACQUIRED", "Loopa", "planned")),
    ("Markets rose. Ilse Brand will succeed Omar Castellan as chief executive of Vantor.",
     ("Omar Castellan", "LEADS", "Vantor", "current")),
])
def test_common_news_phrasings(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, unwanted", [
    ("Markets rose. Loopa's parent company Vantor said profits rose.", ("Vantor", "SUBSIDIARY_OF", "Loopa", "current")),
    ("Markets rose. The merger of Vantor and Loopa created Quickpay.", ("Vantor", "MERGED_INTO", "Loopa", "completed")),
    ("Markets rose. The merger of Vantor and Loopa created Quickpay.", ("Vantor", "FOUNDED", "Quickpay", "completed")),
    ("Markets rose. Vantor agreed to buy a majority stake in Loopa.", ("Vantor", "INVESTED_IN", "Loopa", "planned")),
    ("Markets rose. Ilse Brand will succeed Omar Castellan as chief executive of Vantor.",
     ("Omar Castellan", "LEADS", "Vantor", "planned")),
])
def test_common_news_phrasings_negatives(text, unwanted):
    assert unwanted not in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor is reportedly considering a sale of Loopa to Quickpay.",
     ("Quickpay", "ACQUIRED", "Loopa", "rumored")),
    ("Markets rose. Vantor completed the sale of Loopa to Quickpay.", ("Quickpay", "ACQUIRED", "Loopa", "completed")),
    ("Markets rose. Vantor agreed to sell its Loopa unit to Quickpay for $1 billion.",
     ("Quickpay", "ACQUIRED", "Loopa", "planned")),
    ("Markets rose. Vantor agreed to sell its Loopa unit to Quickpay for $1 billion.",
     ("Loopa", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. Quickpay will acquire Vantor's Loopa unit.", ("Quickpay", "ACQUIRED", "Loopa", "planned")),
    ("Markets rose. Ilse Brand, the co-founder and chief executive of Vantor, said sales rose.",
     ("Ilse Brand", "FOUNDED", "Vantor", "completed")),
    ("Markets rose. Ilse Brand, the co-founder and chief executive of Vantor, said sales rose.",
     ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Markets rose. Ilse Brand left Vantor in 2020 to join Loopa.", ("Ilse Brand", "WORKS_FOR", "Loopa", "current")),
    ("Markets rose. Ilse Brand left Vantor in 2020 to join Loopa.", ("Ilse Brand", "WORKS_FOR", "Vantor", "former")),
    ("Markets rose. Vantor and Loopa compete fiercely in India.", ("Vantor", "COMPETES_WITH", "Loopa", "current")),
    ("Markets rose. Vantor is trying to catch up with Loopa.", ("Vantor", "COMPETES_WITH", "Loopa", "current")),
    ("Markets rose. Vantor raised its stake in Loopa to 40%.", ("Vantor", "INVESTED_IN", "Loopa", "completed")),
    ("Markets rose. Loopa counts Vantor and Quickpay among its backers.", ("Vantor", "INVESTED_IN", "Loopa", "current")),
    ("Markets rose. Vantor has hired Ilse Brand, formerly of Loopa, as its chief technology officer.",
     ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Markets rose. Vantor has hired Ilse Brand, formerly of Loopa, as its chief technology officer.",
     ("Ilse Brand", "WORKS_FOR", "Loopa", "former")),
    ("Markets rose. Ilse Brand, managing director of Vantor, said sales rose.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Markets rose. Ilse Brand is a senior vice president at Vantor.", ("Ilse Brand", "WORKS_FOR", "Vantor", "current")),
    ("Markets rose. Ilse Brand works as an engineer at Vantor.", ("Ilse Brand", "WORKS_FOR", "Vantor", "current")),
])
def test_more_common_news_phrasings(text, expected):
    assert expected in triples(text)


def test_a_participle_after_a_comma_still_reads_the_subject():
    # 'managing director' is a role, but 'investing in' after a comma is the subject's act
    got = triples("Markets rose. Vantor was an early backer of Loopa, investing in Quickpay in 2015.")
    assert ("Vantor", "INVESTED_IN", "Quickpay", "completed") in got


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor chases the market leader, Loopa, part of the Quickpay Group.",
     ("Loopa", "SUBSIDIARY_OF", "Quickpay Group", "current")),
    ("Markets rose. Vantor's other businesses include Loopa Ports and Loopa Green.",
     ("Loopa Green", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. Vantor has completed its merger with Loopa, the group's gas company.",
     ("Loopa", "MERGED_INTO", "Vantor", "completed")),
    ("Markets rose. Vantor will also absorb a trading unit, Loopa Trading International.",
     ("Loopa Trading International", "MERGED_INTO", "Vantor", "planned")),
    ("Markets rose. Quickpay Group's best-performing business is the chipmaker Loopa.",
     ("Loopa", "SUBSIDIARY_OF", "Quickpay Group", "current")),
    ("Markets rose. Vantor agreed to sell Loopa, its British lender, to Quickpay for £2.65 billion.",
     ("Quickpay", "ACQUIRED", "Loopa", "planned")),
    ("Markets rose. Marc Brand, the co-founder, chairman and chief executive of Vantor, said sales rose.",
     ("Marc Brand", "LEADS", "Vantor", "current")),
    ("Markets rose. Marc Brand, the co-founder, chairman and chief executive of Vantor, said sales rose.",
     ("Marc Brand", "FOUNDED", "Vantor", "completed")),
    ("Markets rose. Ilse Brand, who founded Vantor in 1973 and is its chairman, has built the group.",
     ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Markets rose. Vantor's biggest rival in Europe remains Loopa, its neighbour.",
     ("Vantor", "COMPETES_WITH", "Loopa", "current")),
    ("Markets rose. Mitsuya Kishida is Vantor's chief executive.", ("Mitsuya Kishida", "LEADS", "Vantor", "current")),
])
def test_newsunseen_phrasings(text, expected):
    assert expected in triples(text)


def test_a_descriptor_before_a_name_is_no_pointer():
    # 'the chipmaker Loopa' names Loopa; it does not point back at Vantor
    got = triples("Markets rose. Vantor sold its stake. It then bought the chipmaker Loopa.")
    assert ("Vantor", "ACQUIRED", "Loopa", "completed") in got


def test_the_first_role_of_a_list_is_kept():
    ext = extract(article_from_text("Markets rose. Marc Brand, the co-founder, chairman and chief executive of Vantor, "
                                    "spoke.", source="t.txt"))
    assert [r.role for r in ext.relations if r.type.value == "LEADS"] == ["chairman"]


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor said it would pay $40 a share for Loopa, a 30% premium.", ("Vantor", "ACQUIRED", "Loopa", "planned")),
    ("Markets rose. Vantor offered $40 a share for Loopa.", ("Vantor", "ACQUIRED", "Loopa", "planned")),
    ("Markets rose. Vantor has taken full control of Loopa.", ("Vantor", "ACQUIRED", "Loopa", "completed")),
    ("Markets rose. Vantor took Loopa private in 2019.", ("Vantor", "ACQUIRED", "Loopa", "completed")),
    ("Markets rose. Vantor has reached an agreement to acquire Loopa.", ("Vantor", "ACQUIRED", "Loopa", "planned")),
    ("Markets rose. Vantor has withdrawn its unsolicited tender offer for Loopa Machine, ending a fight.",
     ("Vantor", "ACQUIRED", "Loopa Machine", "rumored")),
    ("Markets rose. Vantor, whose brands include Loopa and Quickpay, said sales fell.",
     ("Quickpay", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. Vantor, which counts Loopa among its brands, said sales fell.", ("Loopa", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. Vantor's portfolio includes Loopa, Quickpay and Zentra.", ("Zentra", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. The two companies, Vantor and Loopa, have been rivals for a decade.",
     ("Vantor", "COMPETES_WITH", "Loopa", "current")),
    ("Markets rose. Vantor trails Loopa in the smartphone market.", ("Vantor", "COMPETES_WITH", "Loopa", "current")),
    ("Markets rose. Ilse Brand, who has run Vantor since 2015, will retire next year.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Markets rose. Vantor named Ilse Brand, previously its finance chief, as chief executive.",
     ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Markets rose. Vantor has promoted Ilse Brand to chief executive.", ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Markets rose. Ilse Brand, the billionaire founder of Vantor, said sales fell.", ("Ilse Brand", "FOUNDED", "Vantor", "completed")),
    ("Markets rose. Vantor agreed to combine with Loopa in an all-stock merger.", ("Vantor", "MERGED_INTO", "Loopa", "planned")),
    ("Markets rose. Loopa and Quickpay will be merged into a new company called Zentra.",
     ("Quickpay", "MERGED_INTO", "Zentra", "planned")),
])
def test_deal_and_people_phrasings(text, expected):
    assert expected in triples(text)


def test_an_offer_is_no_done_deal():
    assert ("Vantor", "ACQUIRED", "Loopa", "completed") not in triples("Markets rose. Vantor offered $40 a share for Loopa.")


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor grew, said Rohan Mehta of Marine Drive Analytics.",
     ("Rohan Mehta", "WORKS_FOR", "Marine Drive Analytics", "current")),
    ("Markets rose. Vantor Life and Vantor Asset became subsidiaries of Vantor Bank.",
     ("Vantor Life", "SUBSIDIARY_OF", "Vantor Bank", "current")),
    ("Markets rose. Quickpay, which led Loopa's latest funding round, has grown.", ("Quickpay", "INVESTED_IN", "Loopa", "completed")),
    ("Markets rose. Loopa was founded in 2021 by former Vantor employees including Dario Amodei, its chief executive.",
     ("Dario Amodei", "FOUNDED", "Loopa", "completed")),
    ("Markets rose. Sigmar Gabriel, the former German economy minister, resigned as chairman of Vantor Steel in August.",
     ("Sigmar Gabriel", "LEADS", "Vantor Steel", "former")),
    ("Markets rose. Carlos Ruiz, Loopa Heinz's chief executive, will lead North American Grocery Co. Berkshire Hathaway, "
     "which still holds about 27.5% of Loopa Heinz, said it was disappointed.",
     ("Berkshire Hathaway", "INVESTED_IN", "Loopa Heinz", "current")),
    ("Markets rose. Carlos Ruiz, Loopa Heinz's chief executive, will lead North American Grocery Co. Berkshire Hathaway, "
     "which still holds about 27.5% of Loopa Heinz, said it was disappointed.",
     ("Carlos Ruiz", "LEADS", "Loopa Heinz", "current")),
    ("Markets rose. Loopa Electronic, the contract arm of Chinese carmaker Loopa, grew. "
     "The carmaker overtook Tesla last year, and also competes with Geely.", ("Loopa", "COMPETES_WITH", "Geely", "current")),
    ("Markets rose. Vantor grew as Heinz, then controlled by Berkshire Hathaway and 3G Capital, combined with Kraft Foods.",
     ("Heinz", "SUBSIDIARY_OF", "3G Capital", "former")),
])
def test_newsvaried_phrasings(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, unwanted", [
    ("Markets rose. Vantor grew as Heinz, then controlled by Berkshire Hathaway and 3G Capital, combined with Kraft Foods.",
     ("3G Capital", "MERGED_INTO", "Kraft Foods", "completed")),
    ("Markets rose. Loopa Electronic, the contract arm of Chinese carmaker Loopa, grew. "
     "The carmaker overtook Tesla last year, and also competes with Geely.", ("Tesla", "COMPETES_WITH", "Geely", "current")),
    ("Markets rose. Vantor said the 5G network was ready.", None),
])
def test_newsvaried_negatives(text, unwanted):
    if unwanted is None:
        assert {e.name for e in extract(article_from_text(text, source="t.txt")).entities} == {"Vantor"}
    else:
        assert unwanted not in triples(text)


def test_a_name_read_as_a_company_lends_no_surname():
    text = ("Kraft Heinz said it would split. Heinz ketchup stays with the sauces. "
            "Carlos Ruiz, Kraft Heinz's chief executive, spoke. Berkshire holds 27.5% of Kraft Heinz.")
    kinds = {e.name: e.type.value for e in extract(article_from_text(text, source="t.txt")).entities}
    assert kinds.get("Kraft Heinz") == "Company" and "Heinz" in kinds


def test_its_inside_a_relative_clause_is_its_antecedent():
    text = ("Markets rose. Loopa Corp is the telecoms arm of Loopa Group, which is investing heavily in AI "
            "through its stake in Vantor.")
    got = triples(text)
    assert ("Loopa Corp", "SUBSIDIARY_OF", "Loopa Group", "current") in got
    assert not any(h == "Loopa Group" and t == "Loopa Corp" for h, _, t, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("Title\nNEW YORK (Mar 18) - Quickpay's Loopa said on Tuesday it would buy the startup Vantor for $32 billion.",
     ("Loopa", "ACQUIRED", "Vantor", "planned")),
    ("Title\nNEW YORK (Mar 18) - Quickpay's Loopa said on Tuesday it would buy the startup Vantor for $32 billion.",
     ("Loopa", "SUBSIDIARY_OF", "Quickpay", "current")),
    ("Title\nBENGALURU (Dec 1) - Walmart-owned Loopa has won approval.", ("Loopa", "SUBSIDIARY_OF", "Walmart", "current")),
    ("Title\nKimberly-Clark said on Monday it had agreed to acquire Loopa.", ("Kimberly-Clark", "ACQUIRED", "Loopa", "planned")),
    ("Markets rose. Vantor, led by chief executive Dirk Van de Put, declined to comment.",
     ("Dirk Van de Put", "LEADS", "Vantor", "current")),
    ("Markets rose. Tencent has completed its 1.16 billion euro investment in Loopa Studios, a new Vantor subsidiary.",
     ("Tencent", "INVESTED_IN", "Loopa Studios", "completed")),
    ("Markets rose. Tencent has completed its 1.16 billion euro investment in Loopa Studios, a new Vantor subsidiary.",
     ("Loopa Studios", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. Loopa grew fast. Its investors include Sequoia Capital and Index Ventures.",
     ("Index Ventures", "INVESTED_IN", "Loopa", "current")),
    ("Markets rose. The payments app Loopa, formerly a Vantor unit, was separated from the group in 2022.",
     ("Loopa", "SUBSIDIARY_OF", "Vantor", "former")),
    ("Markets rose. Loopa, spun off from Johnson & Johnson in 2023, owns brands.",
     ("Loopa", "SUBSIDIARY_OF", "Johnson & Johnson", "former")),
    ("Markets rose. Loopa is now a wholly owned subsidiary of Vantor.", ("Loopa", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. Vantor said it would keep Loopa Switzerland, its domestic business, as it is.",
     ("Loopa Switzerland", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. Quickpay, the owner of Loopa and Zentra, raised its forecast. The company was bought in 2019 by a "
     "group led by Vantor, which remains its largest shareholder.", ("Vantor", "INVESTED_IN", "Quickpay", "current")),
])
def test_newsbrief_phrasings(text, expected):
    assert expected in triples(text)


def test_rolls_royce_said_is_a_company():
    kinds = {e.name: e.type.value for e in extract(article_from_text("Title\nRolls-Royce said so.", source="t.txt")).entities}
    assert kinds == {"Rolls-Royce": "Company"}


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor has appointed Ilse Brand, the head of its purchasing and partnerships, as chief executive.",
     ("Ilse Brand", "LEADS", "Vantor", "current")),
    ("Markets rose. Vantor still holds a stake in its former alliance partner Loopa, which grew.",
     ("Vantor", "INVESTED_IN", "Loopa", "completed")),
    ("Markets rose. Loopa appointed Ivan Brand as chief executive after Makoto Uchida stepped down.",
     ("Ivan Brand", "LEADS", "Loopa", "current")),
    ("Markets rose. Ilse Brand, previously Vantor's deputy, joined the bank in 2014 from Morgan Stanley.",
     ("Ilse Brand", "WORKS_FOR", "Morgan Stanley", "former")),
    ("Markets rose. Loopa was founded in 1999. Its chief executive is Matt Brand.", ("Matt Brand", "LEADS", "Loopa", "current")),
    ("Markets rose. Vantor has spent billions on acquisitions since 2018, including Protect AI this year.",
     ("Vantor", "ACQUIRED", "Protect AI", "completed")),
    ("Markets rose. Crédit Agricole, the French lender that has become Banco BPM's largest shareholder, declined to comment.",
     ("Crédit Agricole", "INVESTED_IN", "Banco BPM", "current")),
    ("Markets rose. Ilse Brand quit to run the luxury group Kering.", ("Ilse Brand", "LEADS", "Kering", "current")),
])
def test_newsfinal2_phrasings(text, expected):
    assert expected in triples(text)


def test_an_alliance_partner_is_a_company():
    kinds = {e.name: e.type.value for e in extract(article_from_text(
        "Markets rose. Vantor holds a stake in its alliance partner Loopa.", source="t.txt")).entities}
    assert kinds.get("Loopa") == "Company"


def test_the_last_words_of_a_full_name_are_that_person():
    ext = extract(article_from_text("Markets rose. Vantor hired Luca de Meo in 2020. De Meo had led it since.",
                                    source="t.txt"))
    assert [e.name for e in ext.entities if e.type.value == "Person"] == ["Luca de Meo"]
    assert "De Meo" not in {e.name for e in ext.entities}


def test_the_body_decides_a_status_the_headline_states_in_the_present():
    text = "Vantor buys Loopa\n\nVantor has agreed to buy Loopa for $2 billion, the company said.\n"
    assert triples(text) == {("Vantor", "ACQUIRED", "Loopa", "planned")}


# ---- newsweb round: web-page and translated-news phrasings -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Quickpay, the delivery platform that Brightway acquired in 2018, grew.",
     ("Brightway", "ACQUIRED", "Quickpay", "completed")),
    ("Markets rose. Vantor already owns Loopa, the Finnish delivery app it bought in 2022.",
     ("Vantor", "ACQUIRED", "Loopa", "completed")),
    ("Markets rose. Loopa, which was itself bought by the Dutch investor Brightway this year, grew.",
     ("Brightway", "ACQUIRED", "Loopa", "completed")),
    ("Markets rose. Vantor, which had held a stake in Loopa since 2019, sold its shares into the offer.",
     ("Vantor", "INVESTED_IN", "Loopa", "former")),
    ("Markets rose. Ilse Brand, who runs Vantor, will in turn become a major shareholder of Loopa.",
     ("Ilse Brand", "INVESTED_IN", "Loopa", "planned")),
    ("Markets rose. Loopa founder, chairman and CEO Ilse Brand said the car would be cheap.",
     ("Ilse Brand", "LEADS", "Loopa", "current")),
    ("Markets rose. Loopa founder, chairman and CEO Ilse Brand said the car would be cheap.",
     ("Ilse Brand", "FOUNDED", "Loopa", "completed")),
    ("Markets rose. Ilse Brand, Loopa's founder and former chief executive, left last year.",
     ("Ilse Brand", "LEADS", "Loopa", "former")),
    ("Markets rose. Vantor is led by co-founder and chief executive Ilse Brand.",
     ("Ilse Brand", "FOUNDED", "Vantor", "completed")),
    ("Vantor bought Loopa. The American company, led by co-founder and chief executive Tony Wen, grew.",
     ("Tony Wen", "LEADS", "Vantor", "current")),
    ("Markets rose. The car is built by Loopa Auto, the wholly owned subsidiary that Vantor set up in 2021.",
     ("Loopa Auto", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. The car is built by Loopa Auto, the wholly owned subsidiary that Vantor set up in 2021.",
     ("Vantor", "FOUNDED", "Loopa Auto", "completed")),
    ("Markets rose. Loopa will be up against Quickpay, a Brightway subsidiary, as well as the local player Jahra.",
     ("Loopa", "COMPETES_WITH", "Jahra", "planned")),
    ("Markets rose. The move puts Vantor in direct competition with Loopa, which handles most orders, and with Quickpay.",
     ("Vantor", "COMPETES_WITH", "Quickpay", "current")),
    ("Markets rose. Tony Wen (Wen Hao), the founder of Loopa, delivered meals. Wen Hao said so.",
     ("Wen Hao", "FOUNDED", "Loopa", "completed")),
    ("Vantor said so. The world's largest snack company also owns Loopa, and it holds a stake of 20% in Quickpay.",
     ("Vantor", "INVESTED_IN", "Quickpay", "completed")),
    ("Vantor said so. The world's largest snack company also owns Loopa. Its shares fell as rivals such as Kestrel grew.",
     ("Vantor", "COMPETES_WITH", "Kestrel", "current")),
])
def test_newsweb_phrasings(text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, wrong", [
    # the company a relative clause names buys; it is no rival in the list
    ("Markets rose. Vantor competes with Loopa and with Quickpay, the app that Brightway acquired in 2018.",
     ("Vantor", "COMPETES_WITH", "Brightway", "current")),
    # an apposition's pointer describes the name before it, not the article's main company
    ("Markets rose. Competition from Keeta dragged Loopa, the platform owned by Brightway, into a war.",
     ("Keeta", "SUBSIDIARY_OF", "Brightway", "current")),
    # the owner of an appositive subsidiary does not take the list that follows
    ("Markets rose. Loopa will be up against Quickpay, a Brightway subsidiary, as well as Jahra.",
     ("Quickpay", "SUBSIDIARY_OF", "Jahra", "current")),
    # a founder of another company named in 'led by' founded that one, not this
    ("Markets rose. Paramount Loopa is led by Skyline founder Dan Ellis as chairman.",
     ("Dan Ellis", "FOUNDED", "Paramount Loopa", "completed")),
])
def test_newsweb_negatives(text, wrong):
    assert wrong not in triples(text)


def test_a_described_subject_that_is_named_or_new_points_at_no_one():
    got = triples("Vantor bought Loopa. The new unit, called Vantor Labs, will be run by Ilse Brand.")
    assert ("Ilse Brand", "LEADS", "Vantor", "planned") not in got
    assert ("Ilse Brand", "LEADS", "Vantor", "current") not in got
    got = triples("Vantor merged with Loopa. The combined airline will compete with Kestrel.")
    assert not any(t == "Kestrel" and h in ("Vantor", "Loopa") for h, _, t, _ in got)


def test_a_dated_dateline_is_no_company():
    for line in ("OSLO, Norway, May 6, 2025 — Vantor bought Loop Labs.", "OSLO, Nov 27, 2025 — Vantor bought Loop Labs."):
        ext = extract(article_from_text("Title of the story\n" + line + "\n", source="t.txt"))
        assert {e.name for e in ext.entities} == {"Vantor", "Loop Labs"}


def test_a_rare_word_that_owns_something_opens_a_company_name():
    names = lambda text: {e.name for e in extract(article_from_text(text, source="t.txt")).entities}  # noqa: E731
    assert "Alphabet" in names("Markets rose. Alphabet is combining its two research labs.")
    assert "Trade" not in names("Markets rose. Trade is doing its best.")


def test_a_described_subject_carries_on_from_the_sentence_before():
    text = ("Loopa buys Kestrel\n\nLoopa bought Kestrel. Kestrel had fought the deal. Kestrel staff were told. "
            "Kestrel said so. Loopa chairman Ivan Brand led the talks. The Japanese group already competes with Orlen.")
    got = triples(text)
    assert ("Loopa", "COMPETES_WITH", "Orlen", "current") in got
    assert not any("Kestrel" in (h, t) and r == "COMPETES_WITH" for h, r, t, _ in got)


def test_a_name_ending_in_a_model_code_is_a_product():
    text = "Markets rose. Within a day of its launch, the Loopa SU7 sedan had orders. The SU7 competes with Tesla."
    names = {e.name for e in extract(article_from_text(text, source="t.txt")).entities}
    assert "Loopa SU7" not in names and "SU7" not in names
    assert not triples(text)
    assert "G42" in {e.name for e in extract(article_from_text("Markets rose. G42 invested in Loopa.",
                                                               source="t.txt")).entities}


def test_products_in_a_list_are_not_units():
    assert not any(r == "SUBSIDIARY_OF" for _, r, _, _ in triples(
        "Markets rose. Vantor owns franchises such as Loopa Quest and Star Forge."))
    assert ("Loopa", "SUBSIDIARY_OF", "Vantor", "current") in triples("Markets rose. Vantor owns Loopa.")


def test_a_company_founded_by_people_in_an_apposition():
    text = ("Markets rose. Vantor completed its acquisition of Loopa, the British delivery company founded by "
            "Will Shaw and Greg Orlo in 2013, on Monday.")
    got = triples(text)
    assert {("Will Shaw", "FOUNDED", "Loopa", "completed"), ("Greg Orlo", "FOUNDED", "Loopa", "completed")} <= got
    assert not any(h in ("Will Shaw", "Greg Orlo") and t == "Vantor" for h, _, t, _ in got)


def test_a_bare_title_in_a_sentence_without_a_company_is_the_articles_company():
    text = "Vantor fires its chief\n\nVantor fired Ilse Brand. The inquiry was overseen by chairman Tom Holt."
    assert ("Tom Holt", "LEADS", "Vantor", "current") in triples(text)
    text = "Vantor fires its chief\n\nVantor fired Ilse Brand. The talks with Loopa were led by chairman Tom Holt."
    assert not any(h == "Tom Holt" and r == "LEADS" for h, r, _, _ in triples(text))


@pytest.mark.parametrize("text, expected, absent", [
    ("Markets rose. The businesses of Vantor fall into several units: Loopa, which runs the app; Quickpay, its "
     "overseas twin; Kestrel Cloud, the suite of Orlen; and Volcan Engine, the cloud service.",
     {("Loopa", "SUBSIDIARY_OF", "Vantor", "current"), ("Quickpay", "SUBSIDIARY_OF", "Vantor", "current"),
      ("Kestrel Cloud", "SUBSIDIARY_OF", "Vantor", "current"), ("Volcan Engine", "SUBSIDIARY_OF", "Vantor", "current")},
     ("Orlen", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. Vantor will split into four business groups: Vantor Cloud, Vantor Local and Vantor Logistics.",
     {("Vantor Cloud", "SUBSIDIARY_OF", "Vantor", "planned"), ("Vantor Logistics", "SUBSIDIARY_OF", "Vantor", "planned")},
     None),
    ("Markets rose. Vantor has two rivals: Loopa and Quickpay.",
     {("Vantor", "COMPETES_WITH", "Loopa", "current"), ("Vantor", "COMPETES_WITH", "Quickpay", "current")}, None),
])
def test_lists_after_a_colon(text, expected, absent):
    got = triples(text)
    assert expected <= got
    assert absent not in got


def test_filing_names_keep_their_partnership_suffix_and_inner_words():
    text = "On May 5, 2012, Sunoco, Inc. (Sunoco) was acquired by Energy Transfer Partners, L.P. (ETP)."
    ext = extract(article_from_text(text, source="t.txt"))
    buyer = next(e for e in ext.entities if "ETP" in e.names())
    assert "Energy Transfer Partners, L.P" in buyer.names()
    assert "L.P" not in {e.name for e in ext.entities}
    names = {e.name for e in extract(article_from_text(
        "In 2008, Vantor Inc. acquired Credit Market Analysis Ltd., a private company.", source="t.txt")).entities}
    assert "Credit Market Analysis Ltd" in names


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Sony's PlayStation competes with Nintendo and with Microsoft's Xbox.",
     {("PlayStation", "COMPETES_WITH", "Xbox", "current"), ("PlayStation", "COMPETES_WITH", "Nintendo", "current")}),
    ("Markets rose. Vantor has lost ground to Nvidia in artificial intelligence chips and to AMD in personal computers.",
     {("Vantor", "COMPETES_WITH", "AMD", "current")}),
    ("Markets rose. Vantor competes with Loopa in Europe and with Kestrel in Asia.",
     {("Vantor", "COMPETES_WITH", "Kestrel", "current")}),
    ("Markets rose. Vantor also owns Loopa Group, the owner of Off-Piste and Palm Rivers, and Browns, the boutique.",
     {("Browns", "SUBSIDIARY_OF", "Vantor", "current"), ("Palm Rivers", "SUBSIDIARY_OF", "Loopa Group", "current")}),
])
def test_newsmix_lists(text, expected):
    got = triples(text)
    assert expected <= got
    assert ("Browns", "SUBSIDIARY_OF", "Loopa Group", "current") not in got


def test_a_name_ending_in_a_code_without_a_product_noun_is_a_company():
    names = {e.name for e in extract(article_from_text(
        "Markets rose. It competes with Virgin Media O2, a joint venture of Liberty Global.", source="t.txt")).entities}
    assert "Virgin Media O2" in names


def test_a_common_word_opening_a_sentence_is_part_of_a_name_used_so_elsewhere():
    names = {e.name for e in extract(article_from_text(
        "Markets rose. Vantor will buy Just Eat Takeaway.com soon. Just Eat Takeaway.com was formed in 2020.",
        source="t.txt")).entities}
    assert "Just Eat Takeaway.com" in names and "Eat Takeaway.com" not in names


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Loopa, the Indian digital payments company controlled by Vantor, is preparing a listing.",
     ("Loopa", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. Loopa was founded in 2015 by Sam Nigel, and was bought by Vantor a year later.",
     ("Vantor", "ACQUIRED", "Loopa", "completed")),
    ("Markets rose. Sam Nigel and Raul Chan, two former Vantor executives, spoke.",
     ("Sam Nigel", "WORKS_FOR", "Vantor", "former")),
    ("Markets rose. Loopa was separated from Vantor in 2022.", ("Loopa", "SUBSIDIARY_OF", "Vantor", "former")),
    ("Markets rose. Sam Nigel is Loopa's chief executive, and Raul Chan is its chief technology officer.",
     ("Raul Chan", "WORKS_FOR", "Loopa", "current")),
    ("Markets rose. Vantor, which is led by Kalyan Krishnamoorthi, competes with Amazon.",
     ("Kalyan Krishnamoorthi", "LEADS", "Vantor", "current")),
    ("Markets rose. The merger of their units, Vantor UK and Kestrel UK, creating VantorKestrel, closed.",
     ("Vantor UK", "MERGED_INTO", "VantorKestrel", "completed")),
    ("Markets rose. Tencent, the largest shareholder of Loopa and the controlling shareholder of Quickpay, spoke.",
     ("Quickpay", "SUBSIDIARY_OF", "Tencent", "current")),
    ("Markets rose. Tencent, which also holds stakes in Loopa and Quickpay, did not comment.",
     ("Tencent", "INVESTED_IN", "Quickpay", "completed")),
    ("Markets rose. Vantor is now run by co-chief executives Chen Lu and Zhao Jia.",
     ("Zhao Jia", "LEADS", "Vantor", "current")),
    ("Markets rose. Vantor has been run by interim co-chief executives David Zin, its finance chief, and Michelle Holt.",
     ("Michelle Holt", "LEADS", "Vantor", "current")),
])
def test_newsmix_phrasings(text, expected):
    assert expected in triples(text)


def test_newsmix_negatives():
    assert not any(r == "MERGED_INTO" and {h, t} == {"Vantor UK", "Kestrel UK"} for h, r, t, _ in triples(
        "Markets rose. The merger of Vantor UK and Kestrel UK, creating VantorKestrel, closed."))
    assert "Sequoia Capital" not in people("Markets rose. The round was led by Sequoia Capital.")
    assert not any(r == "ACQUIRED" and h == "Loopa" for h, r, _, _ in triples(
        "Markets rose. Loopa grew fast, and was bought by Vantor a year later."))


def test_a_possessive_that_is_the_subject_of_a_verb_is_part_of_the_name():
    text = ("Dick's to buy Foot Locker\n\nDick's Sporting Goods has agreed to buy Foot Locker. "
            "Dick's said it would run Foot Locker as a unit. Apple's iPhone sold well.")
    assert ("Dick's Sporting Goods", "ACQUIRED", "Foot Locker", "planned") in triples(text)
    assert ("iPhone", "SUBSIDIARY_OF", "Apple", "current") in triples(text)    # a true possessive stays one


def test_an_apostrophe_surname_and_managing_director_mark_a_person():
    got = triples("Markets rose. Sunil D'Souza, managing director of Tata Consumer Products, spoke.")
    assert ("Sunil D'Souza", "LEADS", "Tata Consumer Products", "current") in got


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Loopa said it plans to acquire all the shares of Kestrel that it does not already own.",
     ("Loopa", "ACQUIRED", "Kestrel", "planned")),
    ("Markets rose. Earlier this year, Kestrel completed the integration of Lynk & Co.",
     ("Lynk & Co", "MERGED_INTO", "Kestrel", "completed")),
    ("Markets rose. Vantor Group is expanding after its shipbuilder Vantor Ocean bought Philly Yard.",
     ("Vantor Ocean", "SUBSIDIARY_OF", "Vantor Group", "current")),
    ("Markets rose. Kestrel competes with Nio, Li Auto and Tesla.", ("Kestrel", "COMPETES_WITH", "Li Auto", "current")),
    ("Markets rose. Rockwell Loopa was a supplier until it was bought by Vantor in 2018.",
     ("Vantor", "ACQUIRED", "Rockwell Loopa", "completed")),
])
def test_newsclose_phrasings(text, expected):
    assert expected in triples(text)


def test_it_opening_a_clause_is_no_object():
    assert not triples('Loopa bought Quickpay. "Vantor is buying growth it could not build," said Neha Rao.') \
        - triples("Loopa bought Quickpay.")


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Kestrel Foods has named Anna Berg as its next chief executive.",
     ("Anna Berg", "LEADS", "Kestrel Foods", "planned")),
    ("Markets rose. Kestrel Foods named Anna Berg, head of its snacks arm, as chief executive.",
     ("Anna Berg", "LEADS", "Kestrel Foods", "current")),
    ("Markets rose. Tom Wills, a former finance chief, is now chairman of Kestrel Foods.",
     ("Tom Wills", "LEADS", "Kestrel Foods", "current")),
])
def test_appointment_phrasings_of_2026_12_02(text, expected):
    assert expected in triples(text)


def test_a_next_that_is_no_appointment_stays_silent():
    got = triples("Markets rose. Kestrel Foods named Anna Berg, Tom Wills and Jo Chan in its filing.")
    assert not any(r == "LEADS" for _, r, _, _ in got)
    # 'the next day' is no plan
    assert ("Loopa", "ACQUIRED", "Quickpay", "completed") in triples("Markets rose. The next day Loopa bought Quickpay.")


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor Group is big in Asia. Its main competitor is Loopa, the Danish group behind Quickpay.",
     ("Vantor Group", "COMPETES_WITH", "Loopa", "current")),
    ("Markets rose. Its main competitor is Loopa, the Danish group behind Quickpay.",
     ("Quickpay", "SUBSIDIARY_OF", "Loopa", "current")),
    ("Vantor Group grew fast.\n\nWho are its rivals?\nIn Spain it also faces Loopa and Kestrel Foods.",
     ("Vantor Group", "COMPETES_WITH", "Kestrel Foods", "current")),
    ("Markets rose. Loopa sold its Asian business to Vantor in 2019 in exchange for a 20% stake in the company.",
     ("Loopa", "INVESTED_IN", "Vantor", "current")),
    ("Markets rose. Loopa's chief executive at the time, Dario Venn, joined Vantor's board.",
     ("Dario Venn", "LEADS", "Loopa", "former")),
    ("Vantor Group opened a plant in Ghent. Anna Berg is still chief executive.",
     ("Anna Berg", "LEADS", "Vantor Group", "current")),
    ("Vantor Group bought Loopa in 2021. Its payments arm is Vantor Pay.",
     ("Vantor Pay", "SUBSIDIARY_OF", "Vantor Group", "current")),
    ("Markets rose. Vantor spun off its energy business as Vantor Power in 2020.",
     ("Vantor Power", "SUBSIDIARY_OF", "Vantor", "former")),
    ("Markets rose. Kestrel Foods is part of the Vantor Group, which is chaired by Anna Berg.",
     ("Kestrel Foods", "SUBSIDIARY_OF", "Vantor Group", "current")),
    ("Markets rose. Loopa's rivals in payments include Quickpay and Vantor.",
     ("Loopa", "COMPETES_WITH", "Vantor", "current")),
    ("Markets rose. Kestrel Labs, controlled by payments giant Vantor Holdings, runs three apps.",
     ("Kestrel Labs", "SUBSIDIARY_OF", "Vantor Holdings", "current")),
    ("Markets rose. The company runs Kestrel Cells, a venture with Vantor Motors.",
     ("Kestrel Cells", "SUBSIDIARY_OF", "Vantor Motors", "current")),
    ("Markets rose. Loopa owns about a third of its sister company Kestrel.",
     ("Loopa", "INVESTED_IN", "Kestrel", "current")),
    ("Vantor Cells grew.\n\nKim Min-jae, who took over as chief executive in 2024 from Park Soo-min, cut costs.",
     ("Park Soo-min", "LEADS", "Vantor Cells", "former")),
    ("Vantor Cells grew.\n\nKim Min-jae, who took over as chief executive in 2024 from Park Soo-min, cut costs.",
     ("Kim Min-jae", "LEADS", "Vantor Cells", "current")),
    ("Vantor grew.\n\nHis predecessor, Ken Mori, who became chairman, sold Loopa.",
     ("Ken Mori", "LEADS", "Vantor", "current")),
])
def test_newsdec_phrasings(text, expected):
    assert expected in triples(text)


def test_newsdec_negatives():
    # 'started as' is an earlier name, not a founding; a studio behind a game owns no company
    assert not any(r == "FOUNDED" and h == "Vantor Group" for h, r, _, _ in triples(
        "Markets rose. Vantor Group started in 2012 as Loopa, an app created by Anna Berg."))
    assert not any(h == "Candy Quest" for h, _, _, _ in triples(
        "Markets rose. Vantor owns Loopa, the studio behind Candy Quest."))
    # a purchase named after its target is no buyer ('Vantor closes Loopa purchase')
    assert not any(h == "Loopa" and r == "ACQUIRED" for h, r, _, _ in triples(
        "Vantor closes Loopa purchase and agrees to buy Quickpay\n\nVantor said so."))
    # 'it' after an unnamed company is not the name before it
    got = triples("Markets rose. Anna Berg, the chairman of Vantor Group, invested in the robot maker "
                  "personally and holds about a fifth of it.")
    assert not any(r == "INVESTED_IN" and t == "Vantor Group" for _, r, t, _ in got)
    # 'faces' before a name's possessive or a noun is no rivalry
    assert not any(r == "COMPETES_WITH" for _, r, _, _ in triples("Markets rose. Vantor faces Loopa's lawsuit in Ohio."))


def test_people_and_companies_from_their_context():
    assert "Dario Venn" in people("Markets rose. Loopa's chief executive at the time, Dario Venn, joined the board.")
    assert "Jaya Foods" not in people("Markets rose. It bought supermarket chain Jaya Foods in 2021.")


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor, led by chief executive Anna Berg, sold Loopa Brewery in Belgium to Kestrel Group in 2022.",
     ("Kestrel Group", "ACQUIRED", "Loopa Brewery", "completed")),
    ("Markets rose. Vantor, led by chief executive Anna Berg, sold Loopa Brewery in Belgium to Kestrel Group in 2022.",
     ("Loopa Brewery", "SUBSIDIARY_OF", "Vantor", "former")),
    ("Markets rose. Loopa, which is majority-owned by South Africa's Vantor, holds about 24% of Kestrel.",
     ("Loopa", "INVESTED_IN", "Kestrel", "current")),
    ("Markets rose. Loopa, which is majority-owned by South Africa's Vantor, holds about 24% of Kestrel.",
     ("Loopa", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. In 2025 Loopa bought Quickpay, and it also owns Kestrel and a large stake in Vantor.",
     ("Loopa", "INVESTED_IN", "Vantor", "current")),
    ("Markets rose. Anna Berg founded Loopa in 1997 and still runs it as chairman and chief executive.",
     ("Anna Berg", "LEADS", "Loopa", "current")),
    ("Markets rose. Loopa bought e-reader maker Kobra in 2012 and messaging app Vibo in 2014.",
     ("Loopa", "ACQUIRED", "Vibo", "completed")),
    ("Markets rose. Loopa Mobile, which entered the market in 2020 against Vantor and Kestrel, grew.",
     ("Loopa Mobile", "COMPETES_WITH", "Kestrel", "current")),
    ("Markets rose. Loopa competes with Kestrel, the German robot maker owned by China's Vantor.",
     ("Kestrel", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. Vantor is forming a new engineering group, Loopa, to build software.",
     ("Loopa", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Vantor grew.\n\nLoopa Fund is chaired by Crown Prince Ahmed bin Khalid.",
     ("Ahmed bin Khalid", "LEADS", "Loopa Fund", "current")),
    ("Vantor is forming a new group, chief executive Anna Berg told staff on Monday.",
     ("Anna Berg", "LEADS", "Vantor", "current")),
    ("Markets rose. Anna Berg, who became chief executive in July 2024, wants more deals.",
     ("Anna Berg", "LEADS", "Vantor", "current")),
])
def test_newsdec2_phrasings(text, expected):
    if expected[2] == "Vantor" and "Vantor" not in text:
        text = "Vantor posts results\n\n" + text
    assert expected in triples(text)


def test_newsdec2_negatives():
    # buying a unit of a company is not buying the company
    got = triples("Markets rose. Vantor agreed to buy the robotics division of Swiss group Loopa for $5 billion.")
    assert not any(r == "ACQUIRED" and t == "Loopa" for _, r, t, _ in got)
    # a founder's other clause names no company he founded
    got = triples("Markets rose. Anna Berg, who co-founded Loopa, continues to lead Vantor Labs.")
    assert ("Anna Berg", "FOUNDED", "Loopa", "completed") in got
    assert not any(r == "FOUNDED" and t == "Vantor Labs" for _, r, t, _ in got)
    # 'sold its branch network to X' is no sale of the seller itself
    got = triples("Markets rose. Vantor left France, where it sold its branch network to Loopa Group.")
    assert not any(r == "ACQUIRED" and t == "Vantor" for _, r, t, _ in got)


def test_a_one_word_name_that_closes_one_longer_name_joins_it():
    from corpgraph.graph.resolve import cluster
    from corpgraph.records import EntityType, Mention
    C = EntityType.COMPANY
    names = ["Reliance Jiox", "Jiox", "Siemens Energy", "Energy"]
    _, ids = cluster([Mention(n, i * 20, i * 20 + len(n), C) for i, n in enumerate(names)])
    assert ids[0] == ids[1] and ids[2] != ids[3]


def test_a_short_form_made_of_word_openings_joins_its_name():
    got = extract(article_from_text("Markets rose. Singapore Telecommunications (Singtel) sold shares. Singtel said so.",
                                    source="x.txt"))
    assert len([e for e in got.entities if "Sing" in e.name]) == 1


@pytest.mark.parametrize("text, expected", [
    ("Vantor to buy Loopa\n\nAMSTERDAM - Heineken has agreed to buy Loopa. Heineken, run by chief executive "
     "Dolf van den Brink, is big.", ("Dolf van den Brink", "LEADS", "Heineken", "current")),
    ("Markets rose. Vantor's board replaced chairman Tom Wills with Anna Berg, the head of Loopa.",
     ("Anna Berg", "LEADS", "Vantor", "current")),
    ("Markets rose. Kestrova, which was spun off from Vantor in 2015, makes plastics.",
     ("Kestrova", "SUBSIDIARY_OF", "Vantor", "former")),
    ("Markets rose. Vantor already owned about a third of Loopa before the offer and now holds all of it.",
     ("Loopa", "SUBSIDIARY_OF", "Vantor", "current")),
    ('Markets rose. "It was planned," said Lucia Ferro, who covers the company for Pampa Equities.',
     ("Lucia Ferro", "WORKS_FOR", "Pampa Equities", "current")),
])
def test_newsdec3_phrasings(text, expected):
    assert expected in triples(text)


def test_newsdec3_negatives():
    # a list member with a possessor of its own is not the first owner's
    got = triples("Markets rose. Loopa faces pressure from Vantor's Quickpay and China's Kestrel.")
    assert ("Quickpay", "SUBSIDIARY_OF", "Vantor", "current") in got
    assert not any(h == "Kestrel" and r == "SUBSIDIARY_OF" for h, r, _, _ in got)
    # a product before a plant is no unit
    got = triples("Markets rose. Loopa agreed to buy Vantor's Zphone assembly plant in India.")
    assert not any(h == "Zphone" for h, _, _, _ in got)
    # a common word opening sentences stays a word
    assert not triples("Markets rose. Analysts have agreed that Loopa is cheap.")


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor, which bought Loopa in 2016, competes with Kestrel Foods.",
     ("Vantor", "COMPETES_WITH", "Kestrel Foods", "current")),
    ("Markets rose. Vantor now owns Loopa and Italy's Kestrova.",
     ("Kestrova", "SUBSIDIARY_OF", "Vantor", "current")),
    ("Markets rose. Renault, which remains Loopa's largest shareholder, said it supported the change.",
     ("Renault", "INVESTED_IN", "Loopa", "current")),
    ("Markets rose. Kestrel Foods is one of Loopa's biggest shareholders.",
     ("Kestrel Foods", "INVESTED_IN", "Loopa", "current")),
    ("Markets rose. Vantor, led by Anna Berg, has focused on lithium after buying Loopa Lithium for $6 billion.",
     ("Vantor", "ACQUIRED", "Loopa Lithium", "completed")),
    ("Markets rose. Loopa will become part of Vantor's Network Systems business.",
     ("Loopa", "SUBSIDIARY_OF", "Network Systems", "planned")),
    ("Vantor Appliances grew.\n\nZhou Min, who succeeded founder Zhang Wei as chairman in 2021, spoke.",
     ("Zhang Wei", "FOUNDED", "Vantor Appliances", "completed")),
    ("Markets rose. Loopa has shown interest in taking a stake in Vantor, according to people familiar with the matter.",
     ("Loopa", "INVESTED_IN", "Vantor", "rumored")),
])
def test_newsdec4_phrasings(text, expected):
    assert expected in triples(text)


def test_newsdec4_negatives():
    # the object of a relative clause is not the subject of the main verb
    got = triples("Markets rose. Vantor, which bought Loopa in 2016, competes with Kestrel Foods.")
    assert not any(h == "Loopa" and r == "COMPETES_WITH" for h, r, _, _ in got)
    # a possessive list member with its own place possessor is not the first owner's
    got = triples("Markets rose. Loopa faces Vantor's Quickpay and China's Kestrova.")
    assert not any(h == "Kestrova" and r == "SUBSIDIARY_OF" for h, r, _, _ in got)


def entities(text):
    ext = extract(article_from_text(text, source="test.txt"))
    return {(e.name, e.type.value): set(e.aliases) for e in ext.entities}


@pytest.mark.parametrize("text, person", [
    ("Markets rose. Its lending arm, led by Eddo Quist, has grown.", "Eddo Quist"),
    ("Markets rose. Liesel Braam, who replaced Hanno Vrij as Vantor's chief executive, spoke.", "Hanno Vrij"),
    ("Markets rose. His successor as head of AI models, Amaro Quill, joins from Loopa.", "Amaro Quill"),
    ("Markets rose. Jean-Pierre van Dorne, a former Kestrel boss, is chairman.", "Jean-Pierre van Dorne"),
    ("Markets rose. Loopa has hired former Vantor design chief Jory Ive.", "Jory Ive"),
])
def test_newsdec5_people(text, person):
    assert person in people(text)


def test_newsdec5_names():
    # a company that heads a title is no person, though a role comes before its comma
    ents = entities("Markets rose. His father, Vantor co-founder Larry Quist, will pay.")
    assert ("Vantor", "Company") in ents and ("Larry Quist", "Person") in ents
    # an amount written as one token, a month with a point and a family are no companies
    ents = entities("MUMBAI, Oct. 20, 2025\nVantor offers HK$106 billion, backed by the Quist family.")
    assert {name for name, _ in ents} == {"Vantor"}
    # a word kept out of names on its own opens one before a company word
    assert ("Yes Bank", "Company") in entities("Markets rose. Both Loopa and Yes Bank grew. Yes, they did.")
    assert not any(name in ("Bank", "Yes") for name, _ in entities("Markets rose. The Bank said yes. Yes."))
    # a formal name after 'The' may hold 'and'
    ents = entities("Markets rose. It owns The Kowloon and Canton Trading Corporation.")
    assert ("Kowloon and Canton Trading Corporation", "Company") in ents
    # a common word seen only inside a name is no name at a sentence start
    ents = entities("The Vantor Ice Cream Company listed. Ice cream needs freezers.")
    assert not any(name == "Ice" for name, _ in ents)


def test_newsdec5_short_forms():
    ents = entities("Markets rose. State Bank of India sold shares to Loopa Bank. SBI and Loopa then grew. "
                    "Kowloon Trust Bank rose. Kowloon Trust competes with Loopa.")
    assert any({"SBI", "State Bank of India"} <= aliases | {name} for (name, _), aliases in ents.items())
    assert any({"Kowloon Trust", "Kowloon Trust Bank"} <= aliases | {name} for (name, _), aliases in ents.items())
    # two letters are too few, and an acronym that opens another name keeps to it
    ents = entities("Markets rose. Shares of BP and Brazos Partners grew. QXB Holdings owns Quill Xeno Bank.")
    assert ("BP", "Company") in ents and ("Brazos Partners", "Company") in ents
    assert not any({"QXB Holdings", "Quill Xeno Bank"} <= aliases | {name} for (name, _), aliases in ents.items())


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor Holdings offers HK$106 billion to take Loopa Bank private.",
     ("Vantor Holdings", "ACQUIRED", "Loopa Bank", "planned")),
    ("Markets rose. Vantor Holdings plans to buy out the minority shareholders of Loopa Bank.",
     ("Vantor Holdings", "ACQUIRED", "Loopa Bank", "planned")),
    ("Markets rose. Vantor Holdings owns 60% of Loopa through its Asian subsidiary, The Kowloon Trust Company.",
     ("Kowloon Trust Company", "SUBSIDIARY_OF", "Vantor Holdings", "current")),
    ("Markets rose. Loopa Bank competes with Bank of Kestrel (Asia) and Quill Bank in the city.",
     ("Loopa Bank", "COMPETES_WITH", "Quill Bank", "current")),
    ("Markets rose. Loopa competes with Vantor and Kestrel in phones, and increasingly with Quillon.",
     ("Loopa", "COMPETES_WITH", "Quillon", "current")),
    ("Markets rose. Loopa's stores face competition from Vantor as well as from Kestrel and Quillon.",
     ("Loopa", "COMPETES_WITH", "Quillon", "current")),
    ("Markets rose. Loopa Corp takes on Vantor Corp in Brazil.", ("Loopa Corp", "COMPETES_WITH", "Vantor Corp", "current")),
])
def test_newsdec5_phrasings(text, expected):
    assert expected in triples(text)


def test_newsdec5_negatives():
    # buying a minority stake is still a stake
    got = triples("Markets rose. Vantor Holdings bought a minority stake in Loopa Bank.")
    assert ("Vantor Holdings", "INVESTED_IN", "Loopa Bank", "completed") in got
    # 'take B private' is no rivalry, nor is taking B to court
    got = triples("Markets rose. Vantor Corp plans to take Loopa Corp private. Kestrel Corp will take Quill Corp to court.")
    assert not any(r == "COMPETES_WITH" for _, r, _, _ in got)
    # launching an offer, setting out plans: no founding
    got = triples("Markets rose. Vantor Corp has launched a takeover offer for Loopa Corp. "
                  "Kestrel Corp set out plans to split Quill Corp.")
    assert not any(r == "FOUNDED" for _, r, _, _ in got)
    assert ("Kestrel Corp", "FOUNDED", "Quill Labs", "completed") in triples("Markets rose. Kestrel Corp set up Quill Labs in 2019.")
    # the objects of 'own' are not the subject of a later verb
    got = triples("Markets rose. A combined group would own Vantor, Loopa and two of Paris's oldest studios, "
                  "and would compete with Kestrel and Quillon.")
    assert not any(r == "COMPETES_WITH" for _, r, _, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Froneri, the venture between Vantor and private equity firm Kestrel Partners, grew.",
     ("Froneri", "SUBSIDIARY_OF", "Kestrel Partners", "current")),
    ("Markets rose. Both Loopa and Vantor Bank compete with the larger Kestrel Bank.",
     ("Loopa", "COMPETES_WITH", "Kestrel Bank", "current")),
    ("Markets rose. Quill Bank, part of Japan's Kestrel Group, bought a 20% holding in Loopa Bank.",
     ("Quill Bank", "SUBSIDIARY_OF", "Kestrel Group", "current")),
    ("Markets rose. Dubai's biggest lender, Vantor NBD, agreed on Saturday to buy a 60% stake in Loopa Bank.",
     ("Vantor NBD", "ACQUIRED", "Loopa Bank", "planned")),
    ("Markets rose. Loopa has agreed, after a long review, to be acquired by Vantor Corp.",
     ("Vantor Corp", "ACQUIRED", "Loopa", "planned")),
    ("Markets rose. Rockwell reports to Dana Quist, Vantor's software chief.",
     ("Dana Quist", "WORKS_FOR", "Vantor", "current")),
    ("Markets rose. Loopa took the app from Jon Gianni, its artificial intelligence chief, on Monday.",
     ("Jon Gianni", "WORKS_FOR", "Loopa", "current")),
    ("Markets rose. Loopa, which has hired former Vantor design chief Jory Ive, grew.",
     ("Jory Ive", "WORKS_FOR", "Vantor", "former")),
    ("Markets rose. Loopa, which has hired former Vantor design chief Jory Ive, grew.",
     ("Jory Ive", "WORKS_FOR", "Loopa", "current")),
    ("Markets rose. His successor, Amaro Quill, joins from Kestrel Corp, where he was vice president.",
     ("Amaro Quill", "WORKS_FOR", "Kestrel Corp", "former")),
    ("Markets rose. Liesel Braam, who replaced Hanno Vrij as Vantor's chief executive in March, spoke.",
     ("Liesel Braam", "LEADS", "Vantor", "current")),
    ("Markets rose. Liesel Braam, who replaced Hanno Vrij as Vantor's chief executive in March, spoke.",
     ("Hanno Vrij", "LEADS", "Vantor", "former")),
    ("Markets rose. Loopa, which employs 6,000 people, mostly in India, will become part of Vantor's services unit.",
     ("Loopa", "SUBSIDIARY_OF", "Vantor", "planned")),
    ("Markets rose. Loopa Corp agreed to buy Vantor Corp. The enlarged group competes with Kestrel Corp.",
     ("Loopa Corp", "COMPETES_WITH", "Kestrel Corp", "current")),
    ("Loopa Corp completed its merger with Vantor Corp. Dana Quist, chairman of Vantor Corp, will run the merged "
     "company.", ("Dana Quist", "LEADS", "Loopa Corp", "planned")),
    ("Markets rose. Quist Media was formed when Dana Quist's Loopa completed its merger with Vantor. Quist, 42, "
     "is chief executive of the combined company. His father, Kestrel co-founder Larry Quist, will pay.",
     ("Dana Quist", "LEADS", "Quist Media", "current")),
    ("Markets rose. Loopa plans a split into two: Vantor Global, which would hold networks such as CNX and TNV.",
     ("TNV", "SUBSIDIARY_OF", "Vantor Global", "planned")),
    ("Markets rose. Quist Capital, the investment vehicle of the Braam family and Loopa's largest shareholder, "
     "backs the bid.", ("Quist Capital", "INVESTED_IN", "Loopa", "current")),
    ("Quill Creamery has clashed with its owner, Vantor. Co-founder Jory Quill quit the brand in September.",
     ("Jory Quill", "FOUNDED", "Quill Creamery", "completed")),
])
def test_newsdec5_phrasings_more(text, expected):
    assert expected in triples(text)


def test_newsdec5_more_negatives():
    # 'A and B compete with C' makes no rivals of A and B
    got = triples("Markets rose. Both Loopa and Vantor Bank compete with the larger Kestrel Bank.")
    assert ("Loopa", "COMPETES_WITH", "Vantor Bank", "current") not in got
    assert ("Loopa", "COMPETES_WITH", "Vantor", "current") in triples("Markets rose. Loopa and Vantor compete in Brazil.")
    # the venture's owners are not the rival's rivals
    got = triples("Markets rose. The Loopa Company's main rival is Froneri, the venture between Vantor and "
                  "private equity firm Kestrel Partners.")
    assert not any(t in ("Vantor", "Kestrel Partners") and r == "COMPETES_WITH" for _, r, t, _ in got)
    # the holding company inside an apposition is not the buyer
    got = triples("Markets rose. Quill Bank, part of Japan's Kestrel Group, bought a 20% holding in Loopa Bank.")
    assert not any(h == "Kestrel Group" and r == "INVESTED_IN" for h, r, _, _ in got)
    # a spelled-out title takes one name, not the list after it
    got = triples("Markets rose. The venture will be led by Vantor's software chief Jon Gianni and Dana Quist, "
                  "an executive from Loopa.")
    assert not any(h == "Dana Quist" and t == "Vantor" for h, _, t, _ in got)
    # holding talks owns nothing
    assert not triples("Markets rose. Loopa Corp, which holds talks with partners such as Vantor, grew.")


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor Corp will take human resources software maker Loopa Corp private for $12 billion.",
     ("Vantor Corp", "ACQUIRED", "Loopa Corp", "planned")),
    ("Markets rose. Loopa Corp has agreed to be taken private by a consortium of Saudi Arabia's Kestrel Fund, "
     "Quill Lake and Affinity Partners.", ("Quill Lake", "ACQUIRED", "Loopa Corp", "planned")),
    ("Markets rose. Quill Fund, which is already a shareholder in Loopa Corp, will roll over its stake.",
     ("Quill Fund", "INVESTED_IN", "Loopa Corp", "current")),
    ("Markets rose. Kestrel Holding is also a long-standing investor in Loopa Corp.",
     ("Kestrel Holding", "INVESTED_IN", "Loopa Corp", "current")),
    ("Markets rose. Vantor Inc. (\"VNT\") today announced a definitive agreement to acquire Loopa N.V.",
     ("Vantor Inc", "ACQUIRED", "Loopa N.V", "planned")),
    ("Markets rose. Vantor Corp has spun off its platinum arm, Loopa Platinum.",
     ("Loopa Platinum", "SUBSIDIARY_OF", "Vantor Corp", "former")),
    ("Markets rose. Dana Quist, Vantor's chief executive, will be chief executive of Loopa Corp.",
     ("Dana Quist", "LEADS", "Loopa Corp", "planned")),
    ("Vantor Corp grew. Andrew Quill will remain chief executive and the company will stay in Ohio.",
     ("Andrew Quill", "LEADS", "Vantor Corp", "current")),
    ("Markets rose. Vantor Corp, whose value has fallen, is cutting jobs under chief executive Dana Quist.",
     ("Dana Quist", "LEADS", "Vantor Corp", "current")),
    ("Markets rose. Kestrel Holding, which owns about 68% of Loopa Peet's, tendered. Loopa Peet's N.V. agreed.",
     ("Loopa Peet", "SUBSIDIARY_OF", "Kestrel Holding", "current")),
    ("Markets rose. Miljan Gutovic runs Holcor.", ("Miljan Gutovic", "LEADS", "Holcor", "current")),
])
def test_newsdec6_phrasings(text, expected):
    assert expected in triples(text)


def test_newsdec6_names():
    # a month that is also a given name, before a surname; not after 'in'
    ents = entities("Markets rose. Jan Quistorp is chairman. In Jan Vantor grew. On Jan 5 it fell.")
    assert ("Jan Quistorp", "Person") in ents and not any(n.startswith("Jan ") and n != "Jan Quistorp" for n, _ in ents)
    # Korean given names ending in -ah; a company's former partner is no person
    assert "Kim Kyung-ah" in people("Markets rose. Loopa Bio is led by president Kim Kyung-ah.")
    ents = entities("Markets rose. It bought out the stake of its former partner Quillgen in 2022.")
    assert ("Quillgen", "Company") in ents
    # a sentence-initial name before a company's verb, though it is a known word
    assert ("Qualcomm", "Company") in entities("Qualcomm has approached Vantor. Qualcomm, led by Ann Quist, declined.")
    assert not entities("Management declined to comment. Bankers approached it.")
    # surname endings that mark a person, and those that do not
    assert "Miljan Gutovic" in people("Markets rose. Miljan Gutovic runs Holcor.")
    assert "Carlsberg Britvic" not in people("Markets rose. Carlsberg Britvic will trade.")
    assert "Showa Denko" not in people("Markets rose. Hitachi sold it to Showa Denko.")
    # a one-word name that opens a firm's name joins it when the rest only says what kind
    # of firm it is ('Bain' and 'Bain Capital'), not a unit ('Tmall' and 'Tmall Global')
    ents = entities("Markets rose. Quist Capital bought Loopa. Quist then sold Vantor to Tmall Global. Tmall grew.")
    assert any({"Quist", "Quist Capital"} <= aliases | {name} for (name, _), aliases in ents.items())
    assert not any({"Tmall", "Tmall Global"} <= aliases | {name} for (name, _), aliases in ents.items())


def test_a_place_after_a_list_member_is_no_member():
    got = triples("Markets rose. Loopa Bio competes with Quillza of Switzerland and China's Vantor Biologics.")
    assert ("Loopa Bio", "COMPETES_WITH", "Vantor Biologics", "current") in got
    assert not any(t == "Switzerland" for _, _, t, _ in got)
    # a name with 'of' inside stays one member
    got = triples("Markets rose. Loopa competes with the Bank of Japan and Vantor.")
    assert {("Loopa", "COMPETES_WITH", "Bank of Japan", "current"), ("Loopa", "COMPETES_WITH", "Vantor", "current")} <= got


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor Foods is a snack maker. Its brands include Qelto, Brisko and Tamsa.",
     ("Tamsa", "SUBSIDIARY_OF", "Vantor Foods", "current")),
    ("Markets rose. Brisko Rail is owned by Tom Rade's Vantor Holdings.",
     ("Brisko Rail", "SUBSIDIARY_OF", "Vantor Holdings", "current")),
    ("Markets rose. Mia Kell, the former head of industrial gases group Quellon, joined Brisko.",
     ("Mia Kell", "LEADS", "Quellon", "former")),
    ("Markets rose. Rolfe Systems last month replaced its chief executive, Tom Rade, with Mia Kell.",
     ("Tom Rade", "LEADS", "Rolfe Systems", "former")),
    ("Markets rose. Rolfe Systems last month replaced its chief executive, Tom Rade, with Mia Kell.",
     ("Mia Kell", "LEADS", "Rolfe Systems", "current")),
    ("The Board of Directors of Vantor AG today announced that Mia Kell has been appointed Chief Executive "
     "Officer with immediate effect.", ("Mia Kell", "LEADS", "Vantor AG", "current")),
    ("Markets rose. Sun Quarry Corporation bought about 10% of Rolfe Mining.",
     ("Sun Quarry Corporation", "INVESTED_IN", "Rolfe Mining", "completed")),
    ("Markets rose. Loop Express, a quick-delivery service inside its Loopa app, grew.",
     ("Loop Express", "SUBSIDIARY_OF", "Loopa", "current")),
    ("Markets rose. Brisko is now part of Vantor Group.", ("Brisko", "SUBSIDIARY_OF", "Vantor Group", "current")),
    ("Vantor Group is fighting. On one side is chairman Tom Rade, whose family has run the company for decades.",
     ("Tom Rade", "LEADS", "Vantor Group", "current")),
    ("Markets rose. Vantor Media is big. Who runs it? Mia Kell is chairperson.",
     ("Mia Kell", "LEADS", "Vantor Media", "current")),
    ("Markets rose. Vantor Media is big. In February it folded its two apps, Lino and Pexa Plus, into a single "
     "service named Zorba.", ("Pexa Plus", "MERGED_INTO", "Zorba", "completed")),
    ("Markets rose. Vantor Media is big. In February it folded its two apps, Lino and Pexa Plus, into a single "
     "service named Zorba.", ("Lino", "MERGED_INTO", "Zorba", "completed")),
    ("Markets rose. From 1994 to 1997, Mia Kell was president of Rolfe Systems.",
     ("Mia Kell", "LEADS", "Rolfe Systems", "former")),
])
def test_newsdec7_phrasings(text, expected):
    assert expected in triples(text)


def test_newsdec7_successions():
    # 'She succeeds Q' hands Q the post and company of her latest leading role, in order
    got = triples("The Board of Directors of Vantor AG today announced that Mia Kell has been appointed Chief "
                  "Executive Officer. She succeeds Tom Rade, who has been dismissed. Mr. Rade had served as Chief "
                  "Executive Officer since 2024, when he replaced Laura Finch.")
    assert {("Tom Rade", "LEADS", "Vantor AG", "former"), ("Laura Finch", "LEADS", "Vantor AG", "former")} <= got
    # one who is only retiring still holds it
    got = triples("Markets rose. Vantor Group named Mia Kell chief executive. Ms. Kell replaces Tom Rade, "
                  "who is retiring at the end of January.")
    assert ("Tom Rade", "LEADS", "Vantor Group", "current") in got
    # no leading role named before: nothing to hand on
    got = triples("Markets rose. Mia Kell joined Vantor Group in 2001. She succeeds Tom Rade on the panel.")
    assert not any(h == "Tom Rade" for h, _, _, _ in got)


def test_newsdec7_negatives():
    # 'its two apps, A and B': the apps belong to 'its' owner, not to each other
    got = triples("Markets rose. Vantor Media is big. In February it folded its two apps, Lino and Pexa Plus, "
                  "into a single service named Zorba.")
    assert ("Lino", "SUBSIDIARY_OF", "Pexa Plus", "current") not in got
    assert ("Pexa Plus", "SUBSIDIARY_OF", "Lino", "current") not in got
    # a title after 'is' that names its own company belongs to that one
    got = triples("Markets rose. Vantor Media is big. Mia Kell is chairman of Brisko.")
    assert ("Mia Kell", "LEADS", "Vantor Media", "current") not in got
    # 'the venture' with no venture named points at no one
    got = triples("Markets rose. Vantor Media and Brisko will merge their units. Mia Kell, the wife of Vantor "
                  "chairman Tom Kell, will chair the venture.")
    assert not any(h == "Mia Kell" and r == "LEADS" for h, r, _, _ in got)
    # a stake two owners hold together is no one's own stake
    ext = extract(article_from_text("Markets rose. Vantor and Brisko, which together hold about 40% of Rolfe "
                                    "Systems, said no.", source="t.txt"))
    assert ext.relations and all(r.stake_pct is None for r in ext.relations)


def test_newsdec7_names():
    # Romance particles inside a company name, and its shorter form
    ents = entities("Markets rose. Banca Monte dei Paschi di Siena bought Quillbanca. Monte dei Paschi is old.")
    assert any({"Monte dei Paschi", "Banca Monte dei Paschi di Siena"} <= aliases | {name}
               for (name, _), aliases in ents.items())
    assert ("Banco do Brasil", "Company") in entities("Markets rose. Banco do Brasil said profit rose.")
    # a given name before the particle makes a person
    assert "Luca di Montezemolo" in people("Markets rose. Luca di Montezemolo left Ferrari.")
    # a demonym between 'the' and a noun names no one
    assert not any(n == "Tuscan" for n, _ in entities("Markets rose. Vantor said the Tuscan lender bought Brisko Bank."))
    # only an organisation is chaired by someone
    assert ("Young Quill", "Company") in entities("Markets rose. Young Quill, chaired by Chang Hyung-jin, objected.")
    # a press release's dateline names no company
    assert not any(n == "Vevey" for n, _ in entities(
        "Notice\n\nVevey, Switzerland, September 1, 2025 - Vantor AG today announced results."))


@pytest.mark.parametrize("text, expected", [
    ("Markets rose. Vantor, whose chairman Tom Rade co-founded the company in 1981, competes with Brisko.",
     ("Tom Rade", "LEADS", "Vantor", "current")),
    ("Vantor Group is a retailer. Founder Tom Rade, 76, turned a shop into a chain.",
     ("Tom Rade", "FOUNDED", "Vantor Group", "completed")),
    ("Vantor Group is a retailer. Tom Rade built it. He remains chairman, president and chief executive of "
     "the group.", ("Tom Rade", "LEADS", "Vantor Group", "current")),
    ("Markets rose. Brisko Telecom's board has replaced chairman Tom Rade with Mia Kell.",
     ("Tom Rade", "LEADS", "Brisko Telecom", "former")),
    ("Markets rose. Tom Rade had run Rolfe Systems since 2016.", ("Tom Rade", "LEADS", "Rolfe Systems", "former")),
    ("Markets rose. Brisko, which is owned by China's state-controlled Vantor Holdings, grew.",
     ("Brisko", "SUBSIDIARY_OF", "Vantor Holdings", "current")),
    ("Markets rose. Mia Kell, a former head of Vantor's drugs division, joined Brisko in 2023.",
     ("Mia Kell", "LEADS", "Vantor", "former")),
    ("Markets rose. Chung Sooho, the chairman of Quell Motor Group, spoke. Quell Motor Company and the parts "
     "maker Quell Mobis, two of the group's companies, took part.", ("Quell Mobis", "SUBSIDIARY_OF", "Quell Motor Group", "current")),
    ("Markets rose. Vantor Group is led by chairman Tom Rade, the younger son of founder Jim Rade.",
     ("Jim Rade", "FOUNDED", "Vantor Group", "completed")),
    ("Markets rose. Vantor Group will cut jobs as chief executive Tom Rade tries to revive it.",
     ("Tom Rade", "LEADS", "Vantor Group", "current")),
    ("Markets rose. Vantor Group runs the lower-priced Qelto chain and the New York fashion label Brisko.",
     ("Brisko", "SUBSIDIARY_OF", "Vantor Group", "current")),
    ("Markets rose. Brisko, which Vantor Group took full control of in 2009, grew.",
     ("Vantor Group", "ACQUIRED", "Brisko", "completed")),
    ("Markets rose. Vantor Group owns Qelto in Brazil and Brisko Telecom in Germany.",
     ("Brisko Telecom", "SUBSIDIARY_OF", "Vantor Group", "current")),
    ("Markets rose. Vantor Group led the consortium that took Finland's Quell Sports private in 2019.",
     ("Vantor Group", "ACQUIRED", "Quell Sports", "completed")),
    ("Markets rose. The deal gives Vantor Group a stronger position against domestic rival Li Peng and against "
     "Brisko.", ("Vantor Group", "COMPETES_WITH", "Li Peng", "current")),
    ("Vantor Group is big. Tom Rade sits on its board.", ("Tom Rade", "WORKS_FOR", "Vantor Group", "current")),
])
def test_newsdec8_phrasings(text, expected):
    assert expected in triples(text)


def test_newsdec8_negatives():
    # a name inside an opening 'Besides X,' phrase is not the subject 'the group' points at
    got = triples("Vantor Retailing owns Qelto. Besides Qelto, which brings in most of its revenue, the group runs "
                  "the Brisko chain.")
    assert ("Brisko", "SUBSIDIARY_OF", "Vantor Retailing", "current") in got
    assert ("Brisko", "SUBSIDIARY_OF", "Qelto", "current") not in got
    # a later clause's names are no appositive of a title
    got = triples("Vantor Group is big. Tom Rade remains chief executive of the group, and two of his sons, "
                  "Kazu Lenne and Koji Lenne, sit on its board.")
    assert not any(h in ("Kazu Lenne", "Koji Lenne") and r == "LEADS" for h, r, _, _ in got)
    # a pronoun heads no list: 'A owns B, and it holds C'
    got = triples("Markets rose. Vantor Group owns Qelto, and it holds 30% of Brisko.")
    assert ("Qelto", "INVESTED_IN", "Brisko", "current") not in got
    # 'as chief executive P' with a former title reads nothing as current
    got = triples("Markets rose. Vantor Group fell as former chief executive Tom Rade sold shares.")
    assert ("Tom Rade", "LEADS", "Vantor Group", "current") not in got


def test_newsdec8_names():
    # what is bought or owned is a company, though it looks like a person's name
    ents = entities("Markets rose. Capra, which also owns Mikel Rosa and Jimmy Chou, bought Vantor.")
    assert {("Mikel Rosa", "Company"), ("Jimmy Chou", "Company")} <= set(ents)
    assert "Jack Quill" in people("Markets rose. Vantor hired Jack Quill.")
    # a rare surname shared with a named person makes a person; a rare group word
    # opening several names makes companies of them
    assert {"Kazumi Yanai", "Koji Yanai"} <= people(
        "Markets rose. Founder Tadashi Yanai spoke. His sons, Kazumi Yanai and Koji Yanai, sit on its board.")
    ents = entities("Markets rose. Lotte Group denied it. Shares of Lotte Chemical and Lotte Shopping fell.")
    assert {("Lotte Chemical", "Company"), ("Lotte Shopping", "Company")} <= set(ents)
    # a full stop after an ampersand name ends its sentence
    assert not any("Online" in n for n, _ in entities("Markets rose. Rivals are Sweden's H&M. Online upstart Shein grew."))
    # a name used again and again before a longer one ending with it is not its short form
    ents = entities("Markets rose. Telefonica grew. Telefonica said so. Telefonica owns O2 Telefonica.")
    assert ("O2 Telefonica", "Company") in ents and ("Telefonica", "Company") in ents


def test_newsdec9_phrasings():
    got = triples("Markets rose. Founded in 2013 by Tom Rade, Brisko Labs sells soap.")
    assert ("Tom Rade", "FOUNDED", "Brisko Labs", "completed") in got
    got = triples("Markets rose. Brisko, which Tom Rade and Kazu Lenne started in 2021, grew.")
    assert {("Tom Rade", "FOUNDED", "Brisko", "completed"), ("Kazu Lenne", "FOUNDED", "Brisko", "completed")} <= got
    # 'the new company' is the company just called so; with none, it points at nothing
    got = triples("Markets rose. Vantor said the unit it is spinning off will be called Qelto. "
                  "The new company will include Brisko and Lumo.")
    assert {("Brisko", "SUBSIDIARY_OF", "Qelto", "planned"), ("Lumo", "SUBSIDIARY_OF", "Qelto", "planned")} <= got
    got = triples("Markets rose. Vantor Group rose. The new company will include Brisko.")
    assert not any(t == "Brisko" or h == "Brisko" for h, _, t, _ in got)
    got = triples("Markets rose. Vantor Group unit Brisko Labs grew.")
    assert ("Brisko Labs", "SUBSIDIARY_OF", "Vantor Group", "current") in got
    got = triples("Markets rose. Vantor Heavy will absorb its smaller sister company Vantor Mipo.")
    assert ("Vantor Mipo", "MERGED_INTO", "Vantor Heavy", "planned") in got
    got = triples("Markets rose. Brisko is part of the Vantor group, which is led by chairman Tom Rade.")
    assert ("Tom Rade", "LEADS", "Vantor", "current") in got
    # 'It is one of the first deals under chief executive P': the buyer's chief, and the
    # one he replaced held the post before
    got = triples("Markets rose. Vantor Group agreed to buy Brisko Labs. The deal is due by June. "
                  "It is one of the first deals under chief executive Tom Rade, who replaced Jan Vell in March.")
    assert ("Tom Rade", "LEADS", "Vantor Group", "current") in got
    assert ("Jan Vell", "LEADS", "Vantor Group", "former") in got
    # a name after 'and' that opens a clause of its own is no list member
    got = triples("Markets rose. Vantor Group owns 51% of Qelto and Brisko holds the rest.")
    assert ("Brisko", "SUBSIDIARY_OF", "Vantor Group", "current") not in got


def test_newsdec9_names():
    # an honorific opens a brand's name when the brand is bought or described as one
    ents = entities("Markets rose. Vantor agreed to acquire Dr. Brisko, a soap brand for men. Dr. Brisko grew.")
    assert ("Dr. Brisko", "Company") in ents
    assert ("Brisko", "Person") in entities("Markets rose. Dr. Brisko, a retired surgeon, spoke.")
    assert "Jan Vell" in people("Markets rose. Chief executive Tom Rade, who replaced Jan Vell in March, spoke.")
    # 'X Pharma' is 'X Pharmaceuticals'; the bracketed short form keeps some words
    ents = entities("Markets rose. Vantor Pharmaceuticals Ltd bought Qelto Chemicals & Pharmaceuticals Ltd "
                    "(Qelto Pharma). Vantor Pharma said so. Qelto Chemicals grew.")
    assert len([n for n, t in ents if t == "Company"]) == 2
    ents = entities("Markets rose. Vantor Heavy Industries grew. Shares of Vantor Heavy rose.")
    assert len(ents) == 1
    assert ("E!", "Company") in entities("Markets rose. Vantor owns Qelto, E!, Lumo and Brisko.")


def test_newsdec10_phrasings():
    # a list whose members each carry a year; 'The Tokyo-based company' is the Japanese one
    text = ("Markets rose.\nJapanese chipmaker Vantor Electronics bought Qelto, an Australian software maker. "
            "Qelto chief executive Tom Rade spoke. Qelto grew. The Tokyo-based company has grown through deals. "
            "It bought Brisko in 2017, Lumo Systems in 2019 and Kelso Semiconductor in 2021.")
    extraction = extract(article_from_text(text, source="t"))
    names = {e.id: e.name for e in extraction.entities}
    dated = {(names[r.head], names[r.tail], r.date) for r in extraction.relations if r.type.value == "ACQUIRED"}
    assert {("Vantor Electronics", "Brisko", "2017"), ("Vantor Electronics", "Lumo Systems", "2019"),
            ("Vantor Electronics", "Kelso Semiconductor", "2021")} <= dated
    # buying a seller's share of B: the seller holds a stake, B is not its unit
    got = triples("Markets rose. Vantor agreed to buy Qelto's share of the Brisko Alliance.")
    assert ("Qelto", "INVESTED_IN", "Brisko Alliance", "current") in got
    assert ("Brisko Alliance", "SUBSIDIARY_OF", "Qelto", "current") not in got
    got = triples("Markets rose. Vantor bought Qelto's controlling stakes in Brisko and Lumo.")
    assert ("Brisko", "SUBSIDIARY_OF", "Qelto", "former") in got
    # an aside inside a list; 'Its' of a Q&A is the article's company
    got = triples("Vantor explained\n\nQ: What is Vantor?\nA: Vantor makes paint.\n\n"
                  "Q: Who does it compete with?\nA: Its rivals are Brisko Group and, outside Asia, Qelto Holdings.")
    assert {("Vantor", "COMPETES_WITH", "Brisko Group", "current"),
            ("Vantor", "COMPETES_WITH", "Qelto Holdings", "current")} <= got
    got = triples("Markets rose. The deal gives the Indian company the scale to take on rivals such as Brisko and "
                  "Qelto. Vantor, an Indian truck maker, agreed.")
    assert ("Vantor", "COMPETES_WITH", "Brisko", "current") not in got     # ('the Indian company' comes first)
    got = triples("Markets rose. Lumo Bus, an Italian bus maker, grew. Kelso Motors, an Indian truck maker, bought "
                  "Lumo Bus. Brokerages said the deal gives the Indian company the scale to take on heavyweights "
                  "such as Brisko.")
    assert ("Kelso Motors", "COMPETES_WITH", "Brisko", "current") in got
    got = triples("Markets rose. The purchase strengthens Vantor against Brisko and Qelto.")
    assert {("Vantor", "COMPETES_WITH", "Brisko", "current"), ("Vantor", "COMPETES_WITH", "Qelto", "current")} <= got
    got = triples("Vantor buys Lumo to challenge Brisko\nMarkets rose.")
    assert ("Vantor", "COMPETES_WITH", "Brisko", "current") in got
    assert not triples("Markets rose. Vantor sued to challenge Brisko's patent.")
    # 'absorbed into' is a merger one way only
    got = triples("Markets rose. Chr. Vantor was absorbed into Brisko Group.")
    assert got == {("Chr. Vantor", "MERGED_INTO", "Brisko Group", "completed")}
    # the sale of a unit named in apposition, planned while it waits on another deal
    got = triples("Markets rose. The offer will follow only after Vantor completes the sale of its defence unit, "
                  "Qelto, to Italy's Brisko.")
    assert ("Brisko", "ACQUIRED", "Qelto", "planned") in got
    # a relative clause after a short apposition; not after one that names a company
    got = triples("Markets rose. Kelso Capital, the Lamm family's investment company, which holds about 27% of Vantor, "
                  "agreed.")
    assert ("Kelso Capital", "INVESTED_IN", "Vantor", "current") in got
    got = triples("Markets rose. Kelso Shipbuilding, the holding company of the Vantor group, "
                  "which is led by chairman Tom Rade, grew.")
    assert ("Tom Rade", "LEADS", "Kelso Shipbuilding", "current") not in got
    # the article's largest shareholder; 'the foundation' named before
    got = triples("Vantor Group explained\nMarkets rose.\nThe largest shareholder is Brisko Holdings.")
    assert ("Brisko Holdings", "INVESTED_IN", "Vantor Group", "current") in got
    got = triples("Markets rose. The Kelso Foundation owns Vantor. The foundation also controls Brisko.")
    assert ("Brisko", "SUBSIDIARY_OF", "Kelso Foundation", "current") in got
    got = triples("Markets rose. Vantor Paint has been run since 2021 by two co-presidents, Ilse Brand and Tom Rade.")
    assert {("Ilse Brand", "LEADS", "Vantor Paint", "current"), ("Tom Rade", "LEADS", "Vantor Paint", "current")} <= got
    # a quotation's words give the attribution no status
    got = triples('Markets rose. "We share that aim," said Tom Rade, Vantor\'s co-founder and chief executive.')
    assert ("Tom Rade", "LEADS", "Vantor", "current") in got


def test_newsdec10_names():
    # towns before a region are places, and so is a name after 'based in'
    ents = entities("Markets rose. Vantor, based in Kelso, bought Brisko, which Tom Rade founded in Lamm, Tasmania.")
    assert not {"Kelso", "Lamm", "Tasmania"} & {n for n, _ in ents}
    assert "Kelso" in {n for n, _ in entities("Markets rose. Vantor bought stakes in Kelso, Ohio's biggest bank.")}
    assert not entities("Markets rose.\nWELLINGTON and NEW YORK, June 25, 2025\nShares fell.")
    # roles after a comma (hyphenated, plural) and 'founded by' make people
    assert "Matan Rade" in people("Markets rose. \"Good,\" said Matan Rade, Vantor's co-founder and chief executive.")
    assert {"Wee Siew Lim", "Yuichi Wakasa"} <= people("Markets rose. Its two co-presidents, Wee Siew Lim and "
                                                        "Yuichi Wakasa, spoke.")
    assert {"Matan Rade", "Ilan Atar"} <= people("Markets rose. Vantor was founded in 2018 by Matan Rade and Ilan Atar.")
    assert "Vantor Kelso" in people("Markets rose. Its boss, Vantor Kelso, quit.")
    # 'Brokerages said' is a plural noun; 'Chr.' opens a name and ends no sentence
    assert not entities("Markets rose. Brokerages said shares would rise.")
    assert ("Chr. Brisko", "Company") in entities("Markets rose. Vantor merged with Chr. Brisko, a cheese maker.")
    # a short name of a 'Systems' company
    assert len(entities("Markets rose. Vantor bought Qelto Systems. Vantor bought Qelto for its engineers.")) == 2


def test_newsdec11_phrasings():
    got = triples("Markets rose. Vantor Group agreed to sell its 78.7% stake in hypermarket operator Brisko Retail "
                  "to private equity firm Kelso Capital.")
    assert ("Kelso Capital", "ACQUIRED", "Brisko Retail", "planned") in got
    got = triples("Markets rose. Qelto will be sold for 7.4 billion yuan to a group led by Brisko Group.")
    assert ("Brisko Group", "ACQUIRED", "Qelto", "planned") in got
    assert ("Brisko Holdings", "ACQUIRED", "Qelto", "completed") in triples(
        "Markets rose. Qelto was sold in 2019 to Brisko Holdings.")
    # ('Qelto assets were sold to': a name used as a modifier is not what was sold)
    assert not triples("Markets rose. Vantor said its Qelto assets were sold to a group of Brisko companies.")
    # the seller of a stake holds it until the sale is done
    got = triples("Markets rose. Vantor Global will buy a 24.5% stake in Brisko Group from Kelso UK.")
    assert ("Kelso UK", "INVESTED_IN", "Brisko Group", "current") in got
    # 'The company' opening a sentence carries on from the company the sentence before opened with
    got = triples("Markets rose. Vantor Global bought a stake in Brisko Group. Vantor Global is Indian. "
                  "Brisko chief executive Ilse Brand welcomed it. The company competes with Qelto and Lumo.")
    assert ("Brisko", "COMPETES_WITH", "Qelto", "current") in got
    # rival lists run through 'newer brands such as'; such brands are no one's units there
    got = triples("Markets rose. Vantor has lost ground to Brisko, Qelto and fast-growing newer brands such as "
                  "Lumo and Kelso.")
    assert ("Vantor", "COMPETES_WITH", "Kelso", "current") in got
    assert not any(r == "SUBSIDIARY_OF" for _, r, _, _ in got)
    got = triples("Markets rose. Brisko competes with Qelto, which is backed by investors including Lumo Ventures.")
    assert ("Brisko", "COMPETES_WITH", "Lumo Ventures", "current") not in got
    got = triples("Markets rose. Vantor's rivals in the U.S. resale market include Brisko and Qelto.")
    assert ("Vantor", "COMPETES_WITH", "Qelto", "current") in got
    # boards and teams led by someone; 'continue to run the company as its chief executive'
    got = triples("Markets rose. Vantor's supervisory board, chaired by Ilse Brand, said so.")
    assert ("Ilse Brand", "LEADS", "Vantor", "current") in got
    got = triples("Markets rose. Vantor will keep its brands and its management team, led by chief executive Tom Rade.")
    assert ("Tom Rade", "LEADS", "Vantor", "current") in got
    got = triples("Markets rose. Tom Rade, who co-founded Vantor in 2011, will continue to run the company as its "
                  "chief executive.")
    assert ("Tom Rade", "LEADS", "Vantor", "current") in got
    got = triples("Markets rose. Vantor named Tom Rade, a former senior Brisko executive, as chief executive. "
                  "Ilse Brand is also a senior executive at Qelto.")
    assert {("Tom Rade", "WORKS_FOR", "Brisko", "former"), ("Ilse Brand", "WORKS_FOR", "Qelto", "current")} <= got
    # the head of a clause joined by ', and' or before a participle is another clause's object
    got = triples("Markets rose. Vantor took control of Brisko in 2020, paying $3.6 billion to buy out Qelto, "
                  "and took Lumo private in 2017.")
    assert ("Qelto", "ACQUIRED", "Lumo", "completed") not in got
    assert ("Brisko", "ACQUIRED", "Qelto", "planned") not in got
    assert ("Vantor", "ACQUIRED", "Lumo", "completed") in got


def test_newsdec12_phrasings():
    got = triples("Markets rose. Vantor agreed to buy out Brisko from its insurance ventures.")
    assert not any(r == "ACQUIRED" for _, r, _, _ in got)
    assert ("Vantor", "ACQUIRED", "Brisko", "planned") in triples("Markets rose. Vantor agreed to buy out Brisko.")
    got = triples("Markets rose. The combination makes Vantor a bigger competitor to Brisko and Qelto.")
    assert {("Vantor", "COMPETES_WITH", "Brisko", "current"), ("Vantor", "COMPETES_WITH", "Qelto", "current")} <= got
    # a bar is no rumour
    got = triples("Markets rose. Brisko chief executive Tom Rade may not join the board of Vantor.")
    assert not any(h == "Tom Rade" and t == "Vantor" for h, _, t, _ in got)
    got = triples("Markets rose. Kelso Finance, the financial arm of Tom Rade's Vantor Industries, grew.")
    assert ("Kelso Finance", "SUBSIDIARY_OF", "Vantor Industries", "current") in got
    got = triples("Markets rose. Vantor will acquire Brisko's 26% stake in its two ventures, Qelto Life and Qelto "
                  "General.")
    assert {("Brisko", "INVESTED_IN", "Qelto Life", "current"), ("Brisko", "INVESTED_IN", "Qelto General", "current")} <= got
    # a name inside another's relative clause may open its own
    got = triples("Markets rose. Vantor Group grew. Some features move into Qelto, which is run by Tom Rade, who is "
                  "also Vantor Group's chief executive.")
    assert ("Tom Rade", "LEADS", "Vantor Group", "current") in got


def test_newsdec12_names():
    # a name with a colon inside is one word
    ents = entities("Markets rose. Vantor bought Run:ai, a start-up. Run:ai was founded by Tom Rade.")
    assert ("Run:ai", "Company") in ents
    assert not any(n == "Note" for n, _ in entities("Markets rose. Note: Vantor bought Brisko."))


def test_newsdec13_phrasings():
    got = triples("Markets rose. Vantor will buy Brisko. Vantor already owned a stake in Brisko through a partnership.")
    assert any(h == "Vantor" and r == "INVESTED_IN" and t == "Brisko" for h, r, t, _ in got)
    got = triples("Markets rose. Brisko Coffee, which overtook Qelto, has been controlled since 2022 by Vantor Capital.")
    assert ("Brisko Coffee", "SUBSIDIARY_OF", "Vantor Capital", "current") in got
    # partly owned is a share, not a parent
    got = triples("Markets rose. Japan's Brisko Corp, itself partly owned by Vantor, also holds shares.")
    assert ("Vantor", "INVESTED_IN", "Brisko Corp", "current") in got
    assert ("Brisko Corp", "SUBSIDIARY_OF", "Vantor", "current") not in got
    # 'Both chains', 'The two sites': the two companies named last
    got = triples("Markets rose. Brisko Coffee grew. Its rival is Qelto Coffee. Both chains compete with Lumo Cafe.")
    assert {("Brisko Coffee", "COMPETES_WITH", "Lumo Cafe", "current"),
            ("Qelto Coffee", "COMPETES_WITH", "Lumo Cafe", "current")} <= got
    got = triples("Markets rose. Vantor bought Brisko in 2012 and Qelto in 2018. The two sites compete with Lumo.")
    assert {("Brisko", "COMPETES_WITH", "Lumo", "current"), ("Qelto", "COMPETES_WITH", "Lumo", "current")} <= got
    assert not any(r == "COMPETES_WITH" for _, r, _, _ in triples("Markets rose. Both sides compete with Lumo."))


def test_newsdec13_names():
    # a name in apposition to a company's product is the product
    ents = entities("Markets rose. Brisko Medicines grew. Brisko's main product, Vantora, competes with Qelto.")
    assert "Vantora" not in {n for n, _ in ents}


def test_a_question_and_answer_piece_is_about_its_first_question():
    got = triples("Explainer: how Brisko fits into Vantor's plans\n\nQ: What is Brisko Entertainment?\n"
                  "A: It runs apps.\n\nQ: Who are its competitors?\nA: Its rivals include Qelto Media and Lumo.")
    assert {("Brisko Entertainment", "COMPETES_WITH", "Qelto Media", "current"),
            ("Brisko Entertainment", "COMPETES_WITH", "Lumo", "current")} <= got


def test_newsdec14_phrasings():
    # a share sold 'to' a buyer: control above half, a stake below
    got = triples("Markets rose. Vantor said it would sell up to 60% of Vantor Asia, the unit that runs its "
                  "shops in the region, to private equity firm Qelto Capital.")
    assert ("Qelto Capital", "ACQUIRED", "Vantor Asia", "planned") in got
    assert ("Vantor Asia", "SUBSIDIARY_OF", "Vantor", "current") in got
    got = triples("Markets rose. Vantor sold 15% of Brisko Labs to Koru Bank last year.")
    assert ("Koru Bank", "INVESTED_IN", "Brisko Labs", "completed") in got
    assert not any(r == "ACQUIRED" for _, r, _, _ in got)
    # losing customers to rivals
    got = triples("Markets rose. Vantor has been losing customers in Asia to cheaper chains such as Brisko Coffee "
                  "and Qelto Coffee.")
    assert {("Vantor", "COMPETES_WITH", "Brisko Coffee", "current"),
            ("Vantor", "COMPETES_WITH", "Qelto Coffee", "current")} <= got
    assert not any(r == "COMPETES_WITH" for _, r, _, _ in triples("Markets rose. Vantor lost customers to price rises."))
    # a title after a quotation is the article's company's, not a name inside the quote
    got = triples('Vantor to sell shops\n\nVantor Corp will sell its shops. "Brisko\'s know-how will help us," '
                  'chief executive Ola Brandt said.')
    assert ("Ola Brandt", "LEADS", "Vantor", "current") in got
    assert not any(t == "Brisko" for _, r, t, _ in got if r == "LEADS")
    # years spent at a company; a closed span after 'led'
    got = triples("Markets rose. Ann Maro spent six years at Koru Bank. Sam Odell has spent 20 years at Vantor Labs.")
    assert {("Ann Maro", "WORKS_FOR", "Koru Bank", "former"), ("Sam Odell", "WORKS_FOR", "Vantor Labs", "current")} <= got
    got = triples("Markets rose. Ann Maro led Koru Bank from 2014 to 2020. Sam Odell, who led Brisko from 2001 to "
                  "2004, now runs Vantor Labs.")
    assert {("Ann Maro", "LEADS", "Koru Bank", "former"), ("Sam Odell", "LEADS", "Brisko", "former"),
            ("Sam Odell", "LEADS", "Vantor Labs", "current")} <= got
    # 'is currently chairman of', 'which had been X's largest shareholder'
    got = triples("Markets rose. Sam Odell is currently chairman of Koru Bank.")
    assert ("Sam Odell", "LEADS", "Koru Bank", "current") in got
    got = triples("Markets rose. The Qelto Group, which had been Brisko Labs's largest shareholder, sold out.")
    assert ("Qelto Group", "INVESTED_IN", "Brisko Labs", "former") in got
    # 'Both companies' and 'The companies': the two the article names most, not a unit named in passing
    got = triples("Vantor buys Brisko\n\nVantor has bought Brisko. Brisko will keep its name. Vantor said Brisko "
                  "would sit beside Vantor's Lumo app. Both companies face pressure from Qelto.")
    assert {("Vantor", "COMPETES_WITH", "Qelto", "current"), ("Brisko", "COMPETES_WITH", "Qelto", "current")} <= got
    assert not any(h == "Lumo" for h, r, _, _ in got if r == "COMPETES_WITH")
    # a headline's 'to combine' is a plan
    got = triples("Vantor to combine with Brisko Corp in cable deal\n\nMarkets fell.")
    assert ("Vantor", "MERGED_INTO", "Brisko Corp", "planned") in got


def test_newsdec14_names():
    # 'who heads X': a verb, not a role before a person's name
    ents = entities("Markets rose. Ola Brandt, who heads Vantor Asia, was not part of the talks.")
    assert ("Vantor Asia", "Company") in ents
    # 'named P as its next chief executive'; a short first name and a surname that is also a first name
    ents = entities("Markets rose. Vantor named Dave Lewis as its next chief executive. Lewis will take over in May.")
    assert ("Dave Lewis", "Person") in ents and ("Lewis", "Company") not in ents
    # a first name written without its accent
    assert ("Joaquin Perales", "Person") in entities("Markets rose. Joaquin Perales has run Vantor since 2022.")
    # the start of a longer name keeps its stop word ('About You' beside 'About You Holding SE')
    ents = entities("Markets rose. Vantor bought Over Me Holding SE. Over Me will keep its brand.")
    assert any(name == "Over Me" or "Over Me" in aliases for (name, _), aliases in ents.items())
    assert ("Over", "Company") not in ents
    # 'Qelto' beside 'Qelto Communications', 'Brisko' beside 'Brisko Therapeutics'
    ents = entities("Qelto to buy Brisko\n\nQelto Communications will buy Brisko Therapeutics.")
    assert len(ents) == 2


def test_newsdec14_sales_units_and_appointments():
    # 'said it will sell B, ..., to C': the pronoun that sells keeps B until the sale
    got = triples("Markets rose. Vantor Holdings said it will sell Brisko Holdings, the company that owns its "
                  "Lumo stores, to Qelto Capital.")
    assert {("Qelto Capital", "ACQUIRED", "Brisko Holdings", "planned"),
            ("Brisko Holdings", "SUBSIDIARY_OF", "Vantor Holdings", "current")} <= got
    # 'to keep a minority stake in', 'its X convenience store business', 'includes the X chain'
    got = triples("Markets rose. Vantor owns Brisko Holdings. The Japanese retail group will reinvest part of the "
                  "proceeds to keep a minority stake in Brisko Holdings.")
    assert ("Vantor", "INVESTED_IN", "Brisko Holdings", "planned") in got
    got = triples("Markets rose. The sale lets Vantor focus on its Lumo Mart convenience store business.")
    assert ("Lumo Mart", "SUBSIDIARY_OF", "Vantor", "current") in got
    got = triples("Markets rose. Besides its shops, Brisko Holdings includes the Lumo Mart supermarket chain.")
    assert ("Lumo Mart", "SUBSIDIARY_OF", "Brisko Holdings", "current") in got
    assert not triples("Markets rose. The Vantor index includes the Brisko Bank.")
    # 'will become president and chief executive', 'has been chief executive since'
    got = triples("Markets rose. Vantor Group said Stephen Dacre would become president and chief executive in May.")
    assert ("Stephen Dacre", "LEADS", "Vantor Group", "planned") in got
    got = triples("Vantor grew\n\nVantor grew. Anna Berg has been chief executive since 2022.")
    assert ("Anna Berg", "LEADS", "Vantor", "current") in got
    # 'joins X as co-president' leads; 'joined X as CFO' does not
    got = triples("Markets rose. Peter Lund joins Vantor as co-president. Anna Berg joined Koru Bank as CFO in March.")
    assert ("Peter Lund", "LEADS", "Vantor", "current") in got
    assert ("Anna Berg", "LEADS", "Koru Bank", "current") not in got
    # an apposition with 'the owner of' describes the head: 'A, the owner of C, is now a unit of B'
    got = triples("Markets rose. Brisko, the owner of Lumo and the data firm Koru, is now a unit of Vantor.")
    assert {("Brisko", "SUBSIDIARY_OF", "Vantor", "current"), ("Lumo", "SUBSIDIARY_OF", "Brisko", "current")} <= got
    # 'the largest ... ahead of A and B'
    got = triples("Markets rose. Vantor said it was now the largest chip maker ahead of Brisko Labs and Koru.")
    assert {("Vantor", "COMPETES_WITH", "Brisko Labs", "current"), ("Vantor", "COMPETES_WITH", "Koru", "current")} <= got
    # 'operates inside A's business': a unit of A, not A's owner
    got = triples("Markets rose. Brisko Labs now operates inside Vantor's medicine business.")
    assert ("Brisko Labs", "SUBSIDIARY_OF", "Vantor", "current") in got
    assert ("Vantor", "SUBSIDIARY_OF", "Brisko Labs", "current") not in got
    # 'led it ... for more than two decades' has ended
    got = triples("Markets rose. Anna Berg founded Brisko Labs in 2002 and led it as chief executive for more than "
                  "two decades.")
    assert ("Anna Berg", "LEADS", "Brisko Labs", "former") in got


def test_newsdec14_question_and_answer_pointers():
    # an answer's 'the company' is the company its question names
    got = triples("Explainer: why Vantor bought Brisko\n\nQ: What did Vantor buy?\nA: Brisko Labs, a drug maker.\n\n"
                  "Q: Who started Brisko Labs?\nA: Anna Berg founded the company in 2002.")
    assert ("Anna Berg", "FOUNDED", "Brisko Labs", "completed") in got
    assert ("Anna Berg", "FOUNDED", "Vantor", "completed") not in got


def test_newsdec14_more_names():
    # 'Seven & i Holdings': a lowercase letter after '&'; 'York Holdings' keeps its place word
    ents = entities("Markets rose. Vantor & u Holdings will sell York Holdings to Bain Capital.")
    assert {("Vantor & u Holdings", "Company"), ("York Holdings", "Company")} <= set(ents)
    # 'J&J' of 'Johnson & Johnson'
    ents = entities("Markets rose. Brisko & Brisko grew. B&B said sales rose.")
    assert len([n for n in ents if n[1] == "Company"]) == 1
    # 'whose drug Caplyta ...' makes the drug's name a product at every use
    ents = entities("Markets rose. Brisko Labs, whose drug Vantora treats gout, grew. Vantora gives it a lead.")
    assert not any(name == "Vantora" for name, _ in ents)
    # 'replacing P' after a title is a person
    ents = entities("Markets rose. Vantor said Anna Berg will become chief executive in May, replacing Ryota Okabe.")
    assert ("Ryota Okabe", "Person") in ents


def test_newsdec15_phrasings():
    # 'taken private by investment firm X', 'co-founded by Brazilian billionaire P'
    got = triples("Markets rose. Brisko Shoes has agreed to be taken private by investment firm Vantor Capital.")
    assert ("Vantor Capital", "ACQUIRED", "Brisko Shoes", "planned") in got
    got = triples("Markets rose. Vantor, the firm founded by former banker Anna Berg, grew.")
    assert ("Anna Berg", "FOUNDED", "Vantor", "completed") in got
    # one owner before a list: 'Lumo owner Koru Group and Qelto'
    got = triples("Markets rose. Vantor has backed Lumo owner Koru Group and Qelto Foods.")
    assert ("Lumo", "SUBSIDIARY_OF", "Koru Group", "current") in got
    assert ("Lumo", "SUBSIDIARY_OF", "Qelto Foods", "current") not in got
    # a superlative, then 'behind' or 'ahead of'
    got = triples("Markets rose. Brisko is the third-largest shoe brand in the world, behind Vantor and Koru.")
    assert {("Brisko", "COMPETES_WITH", "Vantor", "current"), ("Brisko", "COMPETES_WITH", "Koru", "current")} <= got
    # 'The biggest rival is X'; 'which has built a stake of about 5%'
    got = triples("Vantor sells tea\n\nVantor sells tea. The biggest rival is Brisko.")
    assert ("Vantor", "COMPETES_WITH", "Brisko", "current") in got
    got = triples("Koru Bank falls\n\nKoru Bank has come under pressure from the activist fund Qelto Partners, which "
                  "has built a stake of about 5% and wants cuts.")
    assert ("Qelto Partners", "INVESTED_IN", "Koru Bank", "current") in got
    assert not any(r == "COMPETES_WITH" for _, r, _, _ in got)
    # 'The deal closed in May 2025' completes the planned acquisition read before it
    got = triples("Markets rose. Vantor agreed to buy Brisko Labs. The deal closed in May 2025.")
    assert ("Vantor", "ACQUIRED", "Brisko Labs", "completed") in got
    got = triples("Markets rose. Vantor agreed to buy Brisko Labs. The deal is expected to close in May.")
    assert ("Vantor", "ACQUIRED", "Brisko Labs", "planned") in got
    # a couple founds together; 'from its Dutch parent X'; 'the X group's Y' in a list of rivals
    got = triples("Markets rose. Allison and Stephen Marlow, a married couple, started Brisko Soda.")
    assert {("Allison Marlow", "FOUNDED", "Brisko Soda", "completed"),
            ("Stephen Marlow", "FOUNDED", "Brisko Soda", "completed")} <= got
    got = triples("Markets rose. Vantor Paints will buy a 74% stake in Brisko India from its Dutch parent Brisko NV.")
    assert ("Brisko India", "SUBSIDIARY_OF", "Brisko NV", "current") in got
    got = triples("Markets rose. Vantor Paints competes with Koru Paints and the Lumo group's Qelto Opus.")
    assert {("Vantor Paints", "COMPETES_WITH", "Qelto Opus", "current"),
            ("Qelto Opus", "SUBSIDIARY_OF", "Lumo", "current")} <= got
    assert ("Vantor Paints", "COMPETES_WITH", "Lumo", "current") not in got
    # 'P, X chairman and chief executive', but not before another name's title
    got = triples("Markets rose. It was announced by Anna Berg, Vantor chairman and chief executive.")
    assert ("Anna Berg", "LEADS", "Vantor", "current") in got
    got = triples("Markets rose. Under an order with the Qelto Commission, Vantor chief executive Lee Tolman may "
                  "not join the board.")
    assert not any(h == "Qelto Commission" for h, r, _, _ in got if r == "LEADS")
    # 'run by its co-founder and chief executive, P'; 'and had earlier agreed to buy'
    got = triples("Markets rose. Brisko is run by its co-founder and chief executive, Jay Kemp.")
    assert ("Jay Kemp", "LEADS", "Brisko", "current") in got
    got = triples("Markets rose. Vantor Energy was set up last year to grow abroad and had earlier agreed to buy "
                  "German chemicals maker Brisko.")
    assert ("Vantor Energy", "ACQUIRED", "Brisko", "planned") in got


def test_newsdec15_names():
    # company words: 'Abbott Laboratories', 'Exact Sciences' (and 'Exact' for short)
    ents = entities("Vantor Laboratories to buy Exacto Sciences\n\nVantor Laboratories will buy Exacto Sciences. "
                    "Exacto grew.")
    assert len(ents) == 2 and all(kind == "Company" for _, kind in ents)
    # a product: 'the Lumo home screening test', 'the television show Shark Pit', 'its own soda, Fizz Pop'
    ents = entities("Markets rose. Brisko makes the Lumo home screening test. It appeared on the television show "
                    "Shark Pit. Vantor has launched its own prebiotic soda, Fizz Pop, to compete.")
    names = {name for name, _ in ents}
    assert not names & {"Lumo", "Shark Pit", "Fizz Pop"} and "Brisko" in names
    assert "Brisko Biologics" in {n for n, _ in entities("Markets rose. Brisko Biologics makes drugs for others.")}
    # 'Jun' before a surname is a given name
    assert ("Jun Rao", "Person") in entities("Markets rose. Brisko was founded by Jay Kemp and Jun Rao.")


def test_newsdec16_phrasings():
    # 'a joint venture that A owns 60% and B owns 40%': the majority owner is the parent
    got = triples("Markets rose. The unit includes Qelto Air, a joint venture that Vantor owns 60% and Brisko owns 40%.")
    assert {("Qelto Air", "SUBSIDIARY_OF", "Vantor", "current"), ("Brisko", "INVESTED_IN", "Qelto Air", "current")} <= got
    assert not any(h == "Brisko" and r == "SUBSIDIARY_OF" for h, r, _, _ in got)
    # 'A owns 55% of B and C holds the remaining 45%'
    ext = extract(article_from_text("Markets rose. Vantor owns 55% of Brisko and Qelto holds the remaining 45%.",
                                    source="test.txt"))
    stakes = {(r.head, r.type.value, r.tail): r.stake_pct for r in ext.relations}
    assert stakes[("qelto", "INVESTED_IN", "brisko")] == 45.0
    assert stakes[("brisko", "SUBSIDIARY_OF", "vantor")] == 55.0
    # 'Carrier, which completed its purchase of V': 'its' is the relative clause's name, and
    # the ', and Japan's D' after it goes back to the outer list
    got = triples("Markets rose. The deal puts Vantor up against Brisko, which completed its purchase of Qelto Labs "
                  "in January, and Japan's Lumo.")
    assert ("Brisko", "ACQUIRED", "Qelto Labs", "completed") in got
    assert not {("Vantor", "ACQUIRED", "Qelto Labs", "completed"), ("Brisko", "ACQUIRED", "Lumo", "completed")} & got
    assert {("Vantor", "COMPETES_WITH", "Brisko", "current"), ("Vantor", "COMPETES_WITH", "Lumo", "current")} <= got
    # 'put A in closer competition with B' (not the owner of the subject's units)
    got = triples("Markets rose. Vantor bought Brisko. Its pumps put Vantor in closer competition with Qelto.")
    assert ("Vantor", "COMPETES_WITH", "Qelto", "current") in got
    assert ("Brisko", "COMPETES_WITH", "Qelto", "current") not in got
    # 'Its main rivals among small power producers include A and B'
    got = triples("Markets rose. Vantor Power bought a plant. Its main rivals among small power producers include "
                  "Brisko and Qelto Power.")
    assert {("Vantor Power", "COMPETES_WITH", "Brisko", "current"),
            ("Vantor Power", "COMPETES_WITH", "Qelto Power", "current")} <= got
    # 'Madison, Wisconsin-based X' and 'Cincinnati-based X ... and competes with'
    got = triples("Markets rose. Vantor will acquire a 75% controlling stake in Madison, Wisconsin-based Brisko.")
    assert ("Vantor", "ACQUIRED", "Brisko", "planned") in got
    got = triples("Markets rose. Denver-based Brisko sells pumps to farms and builders and competes with Qelto.")
    assert ("Brisko", "COMPETES_WITH", "Qelto", "current") in got
    # 'P, who previously ran X, replaces Q': Q led the company before
    got = triples("Markets rose. Anna Berg will take over as chief executive of Vantor. Berg, who previously ran the "
                  "pumps business, replaces Jay Kemp, whom the board removed.")
    assert ("Jay Kemp", "LEADS", "Vantor", "former") in got
    # 'in a market where both companies compete with X, the business Y spun off'
    got = triples("Markets rose. Vantor made an offer for Brisko. Vantor said costs would fall in a market where "
                  "both companies compete with Qelto, the uniform business Lumo spun off in 2023.")
    assert {("Vantor", "COMPETES_WITH", "Qelto", "current"), ("Brisko", "COMPETES_WITH", "Qelto", "current")} <= got
    assert not any(t == "Lumo" for _, r, t, _ in got if r == "COMPETES_WITH")
    # but a list member's own verb stays in the list: 'rivals like A and B invested'
    got = triples("Markets rose. Vantor lost ground as rivals like Brisko and Qelto invested more.")
    assert ("Vantor", "COMPETES_WITH", "Qelto", "current") in got
    # a unit cannot own its owner: 'It will become part of X, the Y division'
    got = triples("Markets rose. Vantor will buy the pumps business of Brisko. It will become part of Vantor Home, "
                  "the Vantor division that makes boilers.")
    assert ("Vantor Home", "SUBSIDIARY_OF", "Vantor", "current") in got
    assert ("Vantor", "SUBSIDIARY_OF", "Vantor Home", "planned") not in got
    # an apposition on the head keeps its tense: 'will be folded into X, the group's unit'
    got = triples("Markets rose. Vantor Holdings will buy Brisko. Brisko will be folded into Vantor Global, the "
                  "group's overseas unit.")
    assert ("Brisko", "MERGED_INTO", "Vantor Global", "planned") in got
    assert ("Vantor Global", "SUBSIDIARY_OF", "Brisko", "planned") not in got
    # 'X in Hamburg, which Y acquired in 2016'; 'X, the maker that Y plans to list'
    got = triples("Markets rose. Its yards include Brisko Werft in Hamburg, which Vantor acquired in 2016.")
    assert ("Vantor", "ACQUIRED", "Brisko Werft", "completed") in got
    got = triples("Markets rose. Vantor will compete with Qelto Marine, the submarine maker that Brisko plans to "
                  "list separately.")
    assert ("Qelto Marine", "SUBSIDIARY_OF", "Brisko", "current") in got
    # 'A, which took B private in 2019, still owns most of its shares'
    got = triples("Markets rose. Vantor will buy Brisko Re. Qelto Capital, which took Brisko Re private in 2019, "
                  "still owns most of its shares.")
    assert ("Brisko Re", "SUBSIDIARY_OF", "Qelto Capital", "current") in got
    # 'owned by a consortium led by A, with B and C as co-investors'
    got = triples("Markets rose. Brisko has been owned since 2018 by a group led by Vantor Partners, with Qelto "
                  "Industries and Lumo Pension Fund as co-investors.")
    assert {("Qelto Industries", "INVESTED_IN", "Brisko", "current"),
            ("Lumo Pension Fund", "INVESTED_IN", "Brisko", "current")} <= got


def test_newsdec16_names_and_attributes():
    # 'Dai-ichi Life': a hyphen to a lowercase word that is no English word
    assert ("Kai-ichi Life Holdings", "Company") in entities("Markets rose. Kai-ichi Life Holdings bought Brisko.")
    # ('Calpine-owned' is no part of a name)
    assert not any("owned" in name for name, _ in entities("Markets rose. Vantor-owned Brisko grew."))
    # 'is to take a 15pc stake': planned, 15%
    ext = extract(article_from_text("Markets rose. Vantor Life is to take a 15pc stake in Brisko, worth £800m.",
                                    source="test.txt"))
    stake = next(r for r in ext.relations if r.type.value == "INVESTED_IN")
    assert (stake.status.value, stake.stake_pct, stake.amount, stake.currency) == ("planned", 15.0, 800000000.0, "GBP")
    # 'Bermuda's X' and 'the Bremen shipbuilder X': places, not owners
    got = triples("Markets rose. Vantor to buy Bermuda's Brisko. Vantor will also take over Qelto, the naval "
                  "division of the Bremen shipbuilder Lumo.")
    assert ("Qelto", "SUBSIDIARY_OF", "Lumo", "current") in got
    assert not any(t in ("Bermuda", "Bremen") for _, _, t, _ in got)
    # 'president and chief executive' is the ceo
    ext = extract(article_from_text("Markets rose. Anna Berg, Vantor's president and chief executive, spoke.",
                                    source="test.txt"))
    assert [r.role for r in ext.relations if r.type.value == "LEADS"] == ["ceo"]
    # 'FIS' of 'Fidelity National Information Services'
    ents = entities("Markets rose. Vantor will sell its unit to Brisko National Quarry Systems. BQS said yes.")
    assert ents.get(("BQS", "Company"), ents.get(("Brisko National Quarry Systems", "Company"))) is not None
    assert len([1 for _, kind in ents if kind == "Company"]) == 2


def test_newsdec17_phrasings():
    # 'Britain's biggest X has agreed to be taken private by a group led by A'
    got = triples("Vantor Savings agrees takeover\nNorway's biggest savings platform has agreed to be taken "
                  "private by a group led by Brisko Partners.")
    assert ("Brisko Partners", "ACQUIRED", "Vantor Savings", "planned") in got
    # 'P, who co-founded the Kelso company with Q and still holds a fifth of its shares'
    got = triples("Vantor Savings grew.\nAda Quillby, who co-founded the Kelso company in 1981 with Bram Tolle "
                  "and still holds about a fifth of its shares, backs the deal.")
    assert {("Ada Quillby", "FOUNDED", "Vantor Savings", "completed"),
            ("Bram Tolle", "FOUNDED", "Vantor Savings", "completed"),
            ("Ada Quillby", "INVESTED_IN", "Vantor Savings", "current")} <= got
    assert not any(t == "Kelso" for _, _, t, _ in got)
    # 'P, who owns a smaller stake, ...': a stake in the article's company (a person's only)
    got = triples("Vantor Savings agreed to a sale. Bram Tolle, who owns a smaller stake, backs it. "
                  "Brisko Holdings, which owns a stake, said no.")
    assert ("Bram Tolle", "INVESTED_IN", "Vantor Savings", "current") in got
    assert not any(h == "Brisko Holdings" and kind == "INVESTED_IN" for h, kind, _, _ in got)
    # a 29.4 per cent stake is an investment, not control
    got = triples("Markets rose. Vantor Group will buy a 29.4 per cent stake in supermarket chain Brisko Stores.")
    assert ("Vantor Group", "INVESTED_IN", "Brisko Stores", "planned") in got
    assert not any(kind == "ACQUIRED" for _, kind, _, _ in got)
    # 'has been losing customers to Lumo-backed Qelto': the rival is the backed one
    got = triples("Markets rose. Brisko Stores, based in Kelso, runs 800 shops and has been losing customers to "
                  "Lumo-backed Qelto.")
    assert ("Brisko Stores", "COMPETES_WITH", "Qelto", "current") in got
    assert not any(kind == "COMPETES_WITH" and "Lumo" in (h, t) for h, kind, t, _ in got)
    # 'X's systems compete with devices from A and B'
    got = triples("Markets rose. Kelso Labs's imaging systems compete with scanners from Mott Devices and Vantor Medical.")
    assert {("Kelso Labs", "COMPETES_WITH", "Mott Devices", "current"),
            ("Kelso Labs", "COMPETES_WITH", "Vantor Medical", "current")} <= got
    # 'will report to P, worldwide chairman of X': the apposition is current
    got = triples("Markets rose. Ada Quillby will report to Bram Tolle, worldwide chairman of Vantor Medical.")
    assert {("Ada Quillby", "REPORTS_TO", "Bram Tolle", "planned"),
            ("Bram Tolle", "LEADS", "Vantor Medical", "current")} <= got
    # 'X, whose parent company trades as Y'
    got = triples("Markets rose. Vantor, whose parent company trades as Brisko Inc., faces rivals.")
    assert ("Vantor", "SUBSIDIARY_OF", "Brisko Inc", "current") in got
    # 'head of the X app at Y, where she worked'
    got = triples("Markets rose. Ada Quillby had previously been head of the Vantor app at Brisko Platforms, "
                  "where she worked for ten years.")
    assert {("Ada Quillby", "LEADS", "Vantor", "former"), ("Vantor", "SUBSIDIARY_OF", "Brisko Platforms", "current"),
            ("Ada Quillby", "WORKS_FOR", "Brisko Platforms", "former")} <= got
    # 'expanded by buying A, and earlier bought B'
    got = triples("Markets rose. Vantor Group expanded by buying Kelso Corp. Mott Labs grew by hiring, and "
                  "earlier bought the booking service Qelto.")
    assert {("Vantor Group", "ACQUIRED", "Kelso Corp", "completed"),
            ("Mott Labs", "ACQUIRED", "Qelto", "completed")} <= got


def test_newsdec17_names_and_attributes():
    # two people's surnames name their firm
    ents = entities("Quillby Tolle agrees sale\nAda Quillby and Bram Tolle set up Quillby Tolle in 1981. "
                    "Tolle still owns shares.")
    assert ("Quillby Tolle", "Company") in ents
    # an upper-case label opening a line names no one
    assert not any(name == "GLANCE" for name, _ in entities("AT A GLANCE: Vantor's sale\nVantor sold Brisko."))
    # a dateline with a spaced slash
    assert not any(name == "KELSO" or name == "Kelso" for name, _ in
                   entities("SHANGHAI / KELSO — Vantor Group said it bought Brisko."))
    # 'its chief business officer' is staff, not the head
    got = triples("Markets rose. Vantor said Ada Quillby, its chief business officer, spoke.")
    assert not any(kind == "LEADS" for _, kind, _, _ in got)
    # 'leaves for' a company: a person's move
    ents = entities("Vantor names chief as Fidra Quoss leaves for Brisko\nFidra Quoss, who led Vantor, will join "
                    "Brisko. Quoss said so.")
    assert ("Fidra Quoss", "Person") in ents
    # a price per share is no deal's amount
    ext = extract(article_from_text("Markets rose. Vantor Group bought Brisko Labs after raising its offer to "
                                    "$46.50 a share.", source="test.txt"))
    assert all(r.amount is None for r in ext.relations)


def test_newsdec18_phrasings_and_names():
    # 'C$26 billion': the currency's sign is no name, and the amount is in Canadian dollars
    ext = extract(article_from_text("Markets rose. Vantor Group has completed its C$26 billion takeover of Brisko "
                                    "Networks.", source="test.txt"))
    deal = next(r for r in ext.relations if r.type.value == "ACQUIRED")
    assert (deal.amount, deal.currency) == (26000000000.0, "CAD")
    assert not any(e.name.startswith("C$") for e in ext.entities)
    # a word read as a company that opens a longer company name is that company, not the
    # person who shares it
    got = triples("Markets rose. Quade Networks is based in Kelso. Ada Quade runs it. Quade agreed to sell its "
                  "carrier Lumo Mobile to Brisko.")
    assert ("Brisko", "ACQUIRED", "Lumo Mobile", "planned") in got
    assert not any(t == "Ada Quade" for _, _, t, _ in got)
    # 'Vista' beside 'Vista Equity Partners' is one firm
    ents = entities("Kelvo, Vantor to take Brisko private\nBrisko agreed to be bought by Vantor Equity Partners.")
    assert len([name for name, kind in ents if kind == "Company"]) == 3     # Kelvo, Brisko, and Vantor under both names
    # 'A, B to take C private' is a plan; 'acquired by funds managed by A and B'
    got = triples("Kelvo, Vantor to take Brisko private\nBrisko said it has agreed to be acquired by funds managed "
                  "by Kelvo and Vantor.")
    assert {("Kelvo", "ACQUIRED", "Brisko", "planned"), ("Vantor", "ACQUIRED", "Brisko", "planned")} <= got
    # a title's guessed company gives way to the one the same sentence names
    got = triples("Kelvo to buy Brisko\nCEO Ada Quade, who has led Brisko since 2006, will stay on.")
    assert ("Ada Quade", "LEADS", "Brisko", "current") in got
    assert ("Ada Quade", "LEADS", "Kelvo", "current") not in got


def test_newsdec19_phrasings():
    # 'who took over as A's chief executive from P': the new leader and the one before
    got = triples("Markets rose. Ada Quade, who took over as Vantor's CEO from Eddo Quist last month, spoke.")
    assert {("Ada Quade", "LEADS", "Vantor", "current"), ("Eddo Quist", "LEADS", "Vantor", "former")} <= got
    # selling a stake to a group led by two firms: each buys, and 80% is control
    got = triples("Markets rose. Kelvo Bank agreed on Tuesday to sell its remaining 80% stake in Kelvo Insurance to a "
                  "group of investors led by Brisko Capital and Lumo Partners.")
    assert {("Brisko Capital", "ACQUIRED", "Kelvo Insurance", "planned"),
            ("Lumo Partners", "ACQUIRED", "Kelvo Insurance", "planned")} <= got
    # 'finished selling B, its unit, to funds advised by A': A buys, and the seller is kept
    ext = extract(article_from_text("Markets rose. Kelvo said it had finished selling Brisko, its testing business, "
                                    "to funds advised by Lumo Capital for 20 billion yen.", source="test.txt"))
    deal = next(r for r in ext.relations if r.type.value == "ACQUIRED")
    names = {e.id: e.name for e in ext.entities}
    assert (names[deal.head], names[deal.tail], names[deal.seller], deal.currency) == \
        ("Lumo Capital", "Brisko", "Kelvo", "JPY")
    # 'B, a Denver-based software company backed by the A Fund': an appositive backer
    got = triples("Markets rose. Its rival, Brisko, a Denver-based software company backed by the Kelvo Fund, withdrew.")
    assert ("Kelvo Fund", "INVESTED_IN", "Brisko", "current") in got
    # 'A already owned B': still owns it
    got = triples("Markets rose. Kelvo already owned Brisko Labs, the company that runs the service.")
    assert ("Brisko Labs", "SUBSIDIARY_OF", "Kelvo", "current") in got
    # 'A bought B, and its parent company, C, has remained B's largest shareholder, with 30%'
    got = triples("Markets rose. A year later Kelvo Media bought Brisko, and its parent company, Lumo Holdings, has remained "
                  "Brisko's largest shareholder, with a stake of about 30%.")
    assert {("Kelvo Media", "SUBSIDIARY_OF", "Lumo Holdings", "current"),
            ("Lumo Holdings", "INVESTED_IN", "Brisko", "current")} <= got
    # '... and now runs the venture firm B' ('the venture' is no pointer before 'firm')
    got = triples("Markets rose. Ada Quade left the board in 2020 and now runs the venture firm Nine Larches.")
    assert ("Ada Quade", "LEADS", "Nine Larches", "current") in got
    # 'came back as chief executive' is a title of the article's company
    ext = extract(article_from_text("Brisko Labs grew fast.\nAda Quade came back as chief executive in 2015 and has "
                                    "led the company since.", source="test.txt"))
    assert [(r.type.value, r.role) for r in ext.relations] == [("LEADS", "ceo")]
    # 'succeeded P, who stays on the board as executive chairman': P's own clause says what P is now
    got = triples("Brisko Labs grew fast.\nAda Quade succeeded Eddo Quist, who stays on the board as executive "
                  "chairman.")
    assert ("Eddo Quist", "LEADS", "Brisko Labs", "current") in got
    # 'which now runs the brand as B': the pointer is the name after 'as'
    got = triples("Markets rose. In 2021 Kelvo sold its camera business to the buyout firm Lumo Partners, which now "
                  "runs the brand as Brisko Imaging.")
    assert ("Brisko Imaging", "SUBSIDIARY_OF", "Lumo Partners", "current") in got
    assert ("Kelvo", "SUBSIDIARY_OF", "Lumo Partners", "current") not in got
    # 'a stake in the insurance business': the company named 'Insurance'
    got = triples("Markets rose. Kelvo Insurance is big. Lumo Capital had already bought a 20% stake in the insurance "
                  "business last year.")
    assert ("Lumo Capital", "INVESTED_IN", "Kelvo Insurance", "completed") in got


def test_newsdec19_names():
    # 'Clayton, Dubilier & Rice': surnames in a row up to '&' are one firm, but a list of
    # companies named again elsewhere is a list
    ents = entities("Markets rose. Kelvo was bought by a group led by Brisko Capital and Quade, Vellum & Orr.")
    assert ("Quade, Vellum & Orr", "Company") in ents
    assert ("Quade", "Company") not in ents
    ents = entities("Markets rose. Shares of Kelvo, Brisko & Lumo fell. Kelvo said it was fine.")
    assert ("Kelvo, Brisko & Lumo", "Company") not in ents
    # a person's name used for a rival's products: 'compete with those of Carl Zeiss'
    ents = entities("Markets rose. Brisko's microscopes compete with those of Hanno Vrij and Kelvo.")
    assert ("Hanno Vrij", "Company") in ents
    # 'JetBlue' beside 'JetBlue Airways' is one airline
    ents = entities("Kelvo and Brisko end merger\nKelvo Airways and Brisko Airlines ended their deal.")
    assert len([name for name, kind in ents if kind == "Company"]) == 2


def test_newsdec20_phrasings():
    # 'X was created in 2016, when the Dutch retailer A merged with Belgium's B Group'
    got = triples("Markets rose. Kelvo Brisko is big. The group was created in July 2016, when the Dutch retailer "
                  "Kelvo merged with Belgium's Brisko Group.")
    assert {("Kelvo", "MERGED_INTO", "Kelvo Brisko", "completed"),
            ("Brisko Group", "MERGED_INTO", "Kelvo Brisko", "completed")} <= got
    # 'owned by the supermarket group Sainsbury's.': the name's own possessive ends the sentence
    got = triples("Markets rose. Kelvo competes with Brisko, which is owned by the supermarket group Lumo's.")
    assert ("Brisko", "SUBSIDIARY_OF", "Lumo", "current") in got
    # a bulleted list's last item is no subject for the pronoun after the list
    got = triples("Kelvo Foods is big.\nWhat does it own?\n- Brisko, a chain of shops\n- Lumo, a marketplace\n"
                  "In 2021 it also took an 80% stake in the grocer Vantor.")
    assert ("Kelvo Foods", "ACQUIRED", "Vantor", "completed") in got
    assert not any(h == "Lumo" and t == "Vantor" for h, _, t, _ in got)
    # 'with the investment firm B keeping the remaining 20%': B's own share
    ext = extract(article_from_text("Markets rose. Kelvo took an 80% stake in Brisko, with the investment firm Lumo "
                                    "Partners keeping the remaining 20%.", source="test.txt"))
    names = {e.id: e.name for e in ext.entities}
    kept = [r for r in ext.relations if names[r.head] == "Lumo Partners"]
    assert [(r.type.value, names[r.tail], r.stake_pct) for r in kept] == [("INVESTED_IN", "Brisko", 20.0)]
    # 'its stores fight for customers with A and B'
    got = triples("Markets rose. Kelvo is big. In America its stores fight for customers with Brisko and Lumo.")
    assert {("Kelvo", "COMPETES_WITH", "Brisko", "current"), ("Kelvo", "COMPETES_WITH", "Lumo", "current")} <= got
    # 'founded the service in 2006 with P': a service is the article's company
    got = triples("Kelvo grew.\nAda Quade founded the service in 2006 with Eddo Quist, an entrepreneur.")
    assert {("Ada Quade", "FOUNDED", "Kelvo", "completed"), ("Eddo Quist", "FOUNDED", "Kelvo", "completed")} <= got
    # a fact box's lines: 'Podcast deals: bought A and B in 2019', 'China: swapped minority stakes with C'
    got = triples("Kelvo grew.\nKEY FACTS\nPodcast deals: bought Brisko Media and Lumo in 2019\nChina: swapped "
                  "minority stakes with Vantor Music in 2017")
    assert {("Kelvo", "ACQUIRED", "Brisko Media", "completed"), ("Kelvo", "ACQUIRED", "Lumo", "completed"),
            ("Kelvo", "INVESTED_IN", "Vantor Music", "completed"),
            ("Vantor Music", "INVESTED_IN", "Kelvo", "completed")} <= got
    # 'P, the product chief, will take over as co-chief executive'
    got = triples("Kelvo grew.\nAda Quade, the product and technology chief, will take over as co-chief executive.")
    assert ("Ada Quade", "LEADS", "Kelvo", "planned") in got
    # '... and remain the company's largest shareholder': a holding that goes on
    got = triples("Kelvo grew.\nAda Quade will keep her seat on the board and remain the company's largest "
                  "individual shareholder.")
    assert ("Ada Quade", "INVESTED_IN", "Kelvo", "current") in got
    # 'P, who ran A's unit, will become its chief executive'
    got = triples("Markets rose. Kelvo Interactive said that Ada Quade, who ran Brisko's services unit, will become "
                  "its chief executive on January 1.")
    assert ("Ada Quade", "LEADS", "Kelvo Interactive", "planned") in got
    # 'founded in 2012 by P, who stepped down as chief executive in 2022': the founded company's title
    got = triples("Markets rose. Kelvo was founded in 2012 by Ada Quade, who stepped down as chief executive in 2022.")
    assert ("Ada Quade", "LEADS", "Kelvo", "former") in got
    # 'faces competition from cheaper bikes sold by A': a rival, and still one
    got = triples("Markets rose. Kelvo faces competition from cheaper bikes sold by Brisko.")
    assert ("Kelvo", "COMPETES_WITH", "Brisko", "current") in got


def test_newsdec20_names():
    # 'Interactive' ends a company's name ('Kelvo Interactive said ...')
    ents = entities("Markets rose. Kelvo Interactive said on Tuesday that sales rose.")
    assert ("Kelvo Interactive", "Company") in ents
    # 'Kelvo Brisko' beside 'Kelvo' and 'Brisko Group' is their combination, not Kelvo's unit Brisko
    ents = entities("Markets rose. Kelvo Brisko is big. Kelvo merged with Brisko Group in 2016.")
    assert {("Kelvo Brisko", "Company"), ("Kelvo", "Company"), ("Brisko Group", "Company")} <= set(ents)
    # a section's label on a line of its own names no company
    ents = entities("Kelvo grew.\nKEY FACTS\nKelvo was founded in 2006.")
    assert not any(name == "KEY FACTS" for name, _ in ents)


def test_newsdec21_phrasings():
    # 'paid $300 million for the coding school A in 2020 and nearly $1 billion for B'
    got = triples("Markets rose. Kelvo went on a buying spree. Kelvo paid about $300 million for the coding school "
                  "Brisko in 2020 and nearly $1 billion for Lumo Services a year later.")
    assert {("Kelvo", "ACQUIRED", "Brisko", "completed"), ("Kelvo", "ACQUIRED", "Lumo Services", "completed")} <= got
    # 'seeking to remove P as chief executive': P still leads the article's company
    got = triples("Kelvo grew.\nSome shareholders are seeking to remove Ada Quade as chief executive.")
    assert ("Ada Quade", "LEADS", "Kelvo", "current") in got
    # 'P, a former A executive, has been chief executive since May'
    got = triples("Kelvo grew.\nAda Quade, a former Brisko Technology executive, has been chief executive since May.")
    assert ("Ada Quade", "LEADS", "Kelvo", "current") in got
    # 'co-founded the ride-hailing app A with P', '..., and last year set up the startup B'
    got = triples("Markets rose. Ada Quade earlier co-founded the ride-hailing app Brisko with Eddo Quist in 2010, and "
                  "last year set up the artificial intelligence startup Lumo.")
    assert {("Eddo Quist", "FOUNDED", "Brisko", "completed"), ("Ada Quade", "FOUNDED", "Lumo", "completed")} <= got
    assert ("Eddo Quist", "FOUNDED", "Lumo", "completed") not in got
    # 'ahead of A, B and the C-backed D': C backs D alone
    got = triples("Markets rose. Kelvo is ahead of Brisko Motor, Lumo Auto and the Vantor Corp-backed Quade Energy.")
    assert ("Vantor Corp", "INVESTED_IN", "Quade Energy", "current") in got
    assert ("Lumo Auto", "INVESTED_IN", "Quade Energy", "current") not in got


def test_newsdec21_names():
    # 'Raveendran' read as a person's surname makes 'Byju Raveendran' a person's full name,
    # and "Byju's", named with its own possessive at every use, stays the company
    ents = entities("Kelvo Brisko started teaching.\nKelvo's went on a buying spree.\nShareholders want to remove "
                    "Brisko as chief executive. Kelvo's now competes with Lumo.")
    assert ("Kelvo Brisko", "Person") in ents and ("Kelvo", "Company") in ents
    # 'its LED business': a common word in capitals before a noun names no company
    ents = entities("Markets rose. Kelvo sold its LED business to Brisko Holdings in 2021.")
    assert not any(name == "LED" for name, _ in ents)
    # 'with P' after a founding verb is a co-founder; 'Ola Electric' beside 'Ola Electric Mobility' is one
    ents = entities("Markets rose. Kelvo Quist co-founded the app Brisko with Ankit Bhati.")
    assert ("Ankit Bhati", "Person") in ents
    ents = entities("Markets rose. Kelvo Electric Mobility listed today. Kelvo Electric rose.")
    assert len(ents) == 1


def test_newsdec22_phrasings():
    # 'X, whose chains include A and B,': the chains are X's
    got = triples("Markets rose. Kelvo Foods, whose chains include Brisko and Lumo Market, is suing.")
    assert {("Brisko", "SUBSIDIARY_OF", "Kelvo Foods", "current"), ("Lumo Market", "SUBSIDIARY_OF", "Kelvo Foods", "current")} <= got
    # 'Z, the fund that built X through takeovers, remains its largest shareholder'
    got = triples("Kelvo Foods sells fish. Vantor Capital, the fund that built Kelvo Foods through a string of takeovers, "
                  "remains its largest shareholder.")
    assert ("Vantor Capital", "INVESTED_IN", "Kelvo Foods", "current") in got
    # 'Both chains have been losing shoppers to A': the article's two chains, where the two
    # sentences before name only one of them
    got = triples("Kelvo agreed to buy Brisko. Brisko, whose chains include Lumo, sued Kelvo. Kelvo called it baseless. "
                  "Its chief executive, Ada Quade, had argued for the deal. Both chains have been losing shoppers to Vantor.")
    assert {("Kelvo", "COMPETES_WITH", "Vantor", "current"), ("Brisko", "COMPETES_WITH", "Vantor", "current")} <= got
    # 'completed its 2 trillion won ($1.5 billion) acquisition of B': the won are the price
    ext = extract(article_from_text("Kelvo Group has completed its 2 trillion won ($1.5 billion) acquisition of "
                                    "Brisko Marine.", source="test.txt"))
    deal = next(r for r in ext.relations if r.type.value == "ACQUIRED")
    assert (deal.amount, deal.currency) == (2e12, "KRW")
    # 'P, a C vice chairman, has been named its chief executive': 'its' is the company the
    # article was on, not the apposition's
    got = triples("Brisko Marine builds gas carriers. Ada Quade, a Kelvo Group vice chairman, "
                  "has been named its chief executive.")
    assert {("Ada Quade", "LEADS", "Kelvo Group", "current"), ("Ada Quade", "LEADS", "Brisko Marine", "current")} <= got
    # 'X's first chief executive was P'
    got = triples("Markets rose. Brisko's first chief executive was Ada Quade.")
    assert ("Ada Quade", "LEADS", "Brisko", "current") in got
    # 'P, C's chief growth officer': an executive, not its head
    got = triples("Ada Quade will report to Eddo Quist, Kelvo's chief growth officer, from May.")
    assert ("Eddo Quist", "WORKS_FOR", "Kelvo", "current") in got
    assert not any(t[1] == "LEADS" for t in got)
    # 'X, which was founded by P and ... runs S': the passive's agent runs nothing
    got = triples("Markets rose. Kelvo, which was founded in 2002 by Ada Quade and is based in Ohio, makes sets "
                  "and runs Brisko, an operating system.")
    assert ("Ada Quade", "FOUNDED", "Kelvo", "completed") in got
    assert not any(t[0] == "Ada Quade" and t[2] == "Brisko" for t in got)
    # a rumour of one clause is not the other's: '..., according to people familiar with the
    # matter, but the talks ended after A, an investor in B, opposed it'
    got = triples("Markets rose. The two held merger talks, according to people familiar with the matter, but the "
                  "talks ended after Kelvo, an indirect investor in Brisko, opposed it.")
    assert ("Kelvo", "INVESTED_IN", "Brisko", "current") in got
    # 'acquire Y, a supplier of roofing, landscaping and pool products, from private equity firm Z'
    ext = extract(article_from_text("Kelvo said it had agreed to acquire Brisko Supply, a supplier of roofing, "
                                    "landscaping and pool products, from private equity firm Lumo Partners.",
                                    source="test.txt"))
    names = {e.id: e.name for e in ext.entities}
    deal = next(r for r in ext.relations if r.type.value == "ACQUIRED")
    assert names[deal.seller] == "Lumo Partners"


def test_newsdec22_names():
    # 'Cos' is a legal suffix: 'Kelvo Cos' and 'Kelvo' are one company
    ents = entities("Kelvo Cos said on Wednesday it had sued Brisko. Kelvo wants damages.")
    assert ("Kelvo", "Company") in ents and ents[("Kelvo", "Company")] == {"Kelvo Cos"}
    # 'Aerospace' says a company, whatever the first word looks like
    assert ("Hanlo Aerospace", "Company") in entities("Markets rose. Six affiliates, led by Hanlo Aerospace, bought it.")
    # 'TV maker X', 'Its TVs compete': an everyday initialism names no company
    ents = entities("Kelvo to buy TV maker Brisko\n\nIts TVs compete with those made by Lumo.")
    assert not any(name in ("TV", "TVs") for name, _ in ents)
    # a firm's name less '& Partners', with no title or apposition, is the firm
    ents = entities("Markets rose. Kelvo was sold by Martin Brody & Partners. Martin Brody bought it in 2018.")
    assert ("Martin Brody", "Company") in ents and not any(kind == "Person" for _, kind in ents)
    ents = entities("Markets rose. Kelvo was sold by Martin Brody & Partners. Mr Martin Brody, its founder, spoke.")
    assert any(kind == "Person" for _, kind in ents)
    # 'X' beside 'X Distribution' is its short name
    ents = entities("Markets rose. Kelvo bought Brisko Distribution. Brisko, based in Texas, was founded in 2008.")
    assert ents.get(("Brisko", "Company")) == {"Brisko Distribution"}
    # 'Lotte Chemical' (a company by its last word) still counts toward the group's names
    ents = entities("Markets rose. Kelvo Group denied it. Shares of Kelvo Chemical and Kelvo Shopping fell.")
    assert ("Kelvo Shopping", "Company") in ents


def test_newsdec23_phrasings():
    # 'P, group chief executive and managing director of X'
    got = triples("Markets rose. Ada Quade, group chief executive and managing director of Kelvo, spoke.")
    assert ("Ada Quade", "LEADS", "Kelvo", "current") in got
    # 'B, the broadband company it has owned since 2007': the sentence's subject owns B
    got = triples("Markets rose. Kelvo plans to grow Brisko, the broadband company it has owned since 2007.")
    assert ("Brisko", "SUBSIDIARY_OF", "Kelvo", "current") in got
    # 'plans to combine A with B': A goes into B
    got = triples("Markets rose. Kelvo plans to combine Brisko Italia with Lumo next year.")
    assert ("Brisko Italia", "MERGED_INTO", "Lumo", "planned") in got
    # '..., turning the company into a subsidiary': the pointer is the bought company, not the buyer
    got = triples("Markets rose. Kelvo will buy a 51% stake in Brisko, a maker of robots, turning the company into "
                  "a subsidiary.")
    assert ("Brisko", "SUBSIDIARY_OF", "Kelvo", "current") in got
    assert ("Kelvo", "SUBSIDIARY_OF", "Brisko", "current") not in got
    # 'already owned part of B'
    got = triples("Markets rose. Vantor already owned part of Kelvo after an earlier round.")
    assert ("Vantor", "INVESTED_IN", "Kelvo", "current") in got
    assert not triples("Markets rose. Vantor sold part of Kelvo.")
    # 'a segment dominated by A': A is a rival
    got = triples("Markets rose. Kelvo hopes to take a larger share of a segment dominated by Vantor Motors.")
    assert ("Kelvo", "COMPETES_WITH", "Vantor Motors", "planned") in got
    # 'founded by P, a former A engineer, who remains its chief executive'
    got = triples("Markets rose. Kelvo was founded in 2017 by Ada Quade, a former Brisko software engineer, who "
                  "remains its chief executive.")
    assert {("Ada Quade", "LEADS", "Kelvo", "current"), ("Ada Quade", "WORKS_FOR", "Brisko", "former")} <= got
    # 'The combined business ... will compete with A': the parties' deal's company
    got = triples("Markets rose. Kelvo and Lumo have agreed to combine. The combined business will have two head "
                  "offices and will compete more directly with industry leader Vantor-Brisk.")
    assert any(t[1] == "COMPETES_WITH" and "Vantor-Brisk" in (t[0], t[2]) for t in got)
    # "from Britain's A": the seller behind a place's possessive
    ext = extract(article_from_text("Markets rose. Kelvo has completed its acquisition of Brisko Italia from "
                                    "Britain's Lumo Group.", source="test.txt"))
    names = {e.id: e.name for e in ext.entities}
    assert names[next(r for r in ext.relations if r.type.value == "ACQUIRED").seller] == "Lumo Group"
    # "B, which is backed by Saudi Arabia's A"
    got = triples("Markets rose. Kelvo competes with Brisko, which is backed by Saudi Arabia's Lumo Fund.")
    assert ("Lumo Fund", "INVESTED_IN", "Brisko", "current") in got


def test_newsdec23_names():
    # 'U.S.-based' (one token) opens no name; 'Axalta' is 'Axalta Coating Systems'
    ents = entities("Markets rose. U.S.-based Kelvo Coating Systems grew. Kelvo rose.")
    assert ents == {("Kelvo", "Company"): {"Kelvo Coating Systems"}}
    # 'Mahindra' of 'Mahindra & Mahindra Ltd'; 'LG' of 'LG Electronics Inc'
    ents = entities("Markets rose. Kelvo & Kelvo Ltd grew. Kelvo said so.")
    assert len(ents) == 1
    ents = entities("Markets rose. KL Electronics Inc grew. KL said so.")
    assert len(ents) == 1
    # 'industry leader X' is a company, not a person with a title
    assert ("Vantor-Brisk", "Company") in entities("Markets rose. Kelvo competes with industry leader Vantor-Brisk.")
    # the last line, a bullet without a full stop, is no headline
    assert "Ada Quade" in people("Markets rose.\n\n- Combined business: led by Kelvo CEO Ada Quade")


def test_renamed_companies_are_one():
    # 'B, formerly known as C', 'B will be renamed C', 'A ..., renames it C': one company
    ents = entities("Markets rose. Kelvo bought Brisko Motors, formerly known as Lumo Diesel, for cash.")
    assert any({name} | aliases == {"Brisko Motors", "Lumo Diesel"} for (name, _), aliases in ents.items())
    ents = entities("Markets rose. The shipbuilder, known as Brisko Marine, will be renamed Lumo Ocean.")
    assert len(ents) == 1
    # but a unit of a company, renamed ('the grid business of ABB, now called X'), and a
    # person's former employer ("formerly Kelvo's finance chief", read the same way) stay apart
    ents = entities("Markets rose. Lumo bought the grid business of Swiss group Brisko, now called Lumo Energy, in 2020.")
    assert ("Brisko", "Company") in ents and ("Lumo Energy", "Company") in ents


def test_newsdec24_phrasings():
    # 'founded by three former A bankers, P, Q and R': each founded it and worked at A
    got = triples("Markets rose. Kelvo was founded in 2000 by three former Brisko bankers, Ada Quade, Eddo Quist "
                  "and Tom Hale.")
    assert {("Ada Quade", "FOUNDED", "Kelvo", "completed"), ("Tom Hale", "FOUNDED", "Kelvo", "completed"),
            ("Eddo Quist", "WORKS_FOR", "Brisko", "former")} <= got
    # 'set up by P, a former trader at A, and Q': Q is a person and a founder too
    got = triples("Markets rose. Kelvo was set up in London in 2015 by Ada Quade, a former trader at Brisko, "
                  "and Eddo Quist.")
    assert {("Ada Quade", "FOUNDED", "Kelvo", "completed"), ("Eddo Quist", "FOUNDED", "Kelvo", "completed")} <= got
    # 'Investors in the sale included A and B, X said'
    got = triples("Kelvo grew.\nInvestors in the share sale included Brisko Capital and Lumo Partners, Kelvo said.")
    assert {("Brisko Capital", "INVESTED_IN", "Kelvo", "current"), ("Lumo Partners", "INVESTED_IN", "Kelvo", "current")} <= got
    # 'after its South Korean parent C sold a stake'; 'from its parent C' stays the stake's seller's
    got = triples("Markets rose. Kelvo India grew after its South Korean parent Kelvo Motor sold a 17.5% stake.")
    assert ("Kelvo India", "SUBSIDIARY_OF", "Kelvo Motor", "current") in got
    got = triples("Markets rose. Lumo Paints will acquire a stake in Kelvo India from its Dutch parent Kelvo.")
    assert ("Lumo Paints", "SUBSIDIARY_OF", "Kelvo", "current") not in got
    # 'trails market leader A, ..., and is ahead of B'
    got = triples("Markets rose. Kelvo, the second-biggest carmaker, trails market leader Brisko Motors, which is "
                  "controlled by Lumo, and is ahead of Vantor Motors.")
    assert {("Kelvo", "COMPETES_WITH", "Brisko Motors", "current"), ("Kelvo", "COMPETES_WITH", "Vantor Motors", "current")} <= got
    # 'The Indian company is run by managing director P' beside its Korean parent 'X Motor Company'
    got = triples("Markets rose. Kelvo Motor India listed after its South Korean parent Kelvo Motor Company sold "
                  "shares. The Indian company is run by managing director Ada Quade.")
    assert ("Ada Quade", "LEADS", "Kelvo Motor India", "current") in got
    # "A's B injections compete with C, which is sold by D": the products' makers compete
    got = triples("Markets rose. Kelvo's Brisko injections compete with Lumo, which is sold by Vantor.")
    assert ("Kelvo", "COMPETES_WITH", "Vantor", "current") in got or ("Vantor", "COMPETES_WITH", "Kelvo", "current") in got
    assert not any("Brisko" in (t[0], t[2]) for t in got)
    # 'was set up in 1981 as a joint venture between A and B'
    got = triples("Markets rose. Kelvo was set up in 1981 as a joint venture between Brisko and Lumo.")
    assert {("Brisko", "FOUNDED", "Kelvo", "completed"), ("Lumo", "FOUNDED", "Kelvo", "completed")} <= got


def test_newsdec24_names():
    # 'Partnership' says a company, even after a person's name
    ents = entities("Markets rose. Kelvo competes with the Tom Hale Partnership, which owns Brisko.")
    assert ("Tom Hale Partnership", "Company") in ents


def test_newsdec25_phrasings():
    # "competes with A's B unit and with C": the unit's own name, and a list through 'and with'
    got = triples("Markets rose. Kelvo competes with Brisko's Lumo unit and with Vantor in selling data.")
    assert {("Kelvo", "COMPETES_WITH", "Lumo", "current"), ("Kelvo", "COMPETES_WITH", "Vantor", "current")} <= got
    # 'P, its chief executive, will keep running the company, which will operate as a subsidiary of A'
    got = triples("Markets rose. Lumo will buy Kelvo. Lumo said the deal was its biggest. Lumo shares rose.\n\n"
                  "Kelvo was founded in 2001 by Ada Quade. Quade, its chief executive, will keep running the company, "
                  "which will operate as an independent subsidiary of Lumo.")
    assert ("Kelvo", "SUBSIDIARY_OF", "Lumo", "planned") in got
    # "P, A's chief services officer" works there
    got = triples("Markets rose. Kelvo grew, said Ada Quade, Kelvo's chief services officer.")
    assert ("Ada Quade", "WORKS_FOR", "Kelvo", "current") in got
    # 'B has been run as a separately listed company controlled by A'
    got = triples("Markets rose. Since then Kelvo has been run as a separately listed company controlled by Brisko.")
    assert ("Kelvo", "SUBSIDIARY_OF", "Brisko", "current") in got
    # 'B, which A took private in 2021'
    got = triples("Markets rose. Kelvo competes with Lumo, which Brisko took private in 2021.")
    assert ("Brisko", "ACQUIRED", "Lumo", "completed") in got
    # "A's software, used to run factories, goes up against B": current, 'used to' is no past habit
    got = triples("Markets rose. Kelvo's design software, used to run factories, goes up against Brisko.")
    assert ("Kelvo", "COMPETES_WITH", "Brisko", "current") in got
    # 'sold a majority of its pumps business, now called B, to C'; the amount of a later clause is not its
    text = ("Markets rose. In 2023 Kelvo sold a majority of its pumps business, now called Brisko, to Lumo, and it "
            "bought Vantor for $8 billion.")
    got = triples(text)
    assert {("Lumo", "ACQUIRED", "Brisko", "completed"), ("Brisko", "SUBSIDIARY_OF", "Kelvo", "former")} <= got
    ext = extract(article_from_text(text, source="test.txt"))
    names = {e.id: e.name for e in ext.entities}
    sale = next(r for r in ext.relations if (names[r.head], names[r.tail]) == ("Lumo", "Brisko"))
    assert sale.amount is None and names[sale.seller] == "Kelvo"
    # 'A will own 60% of B and C the other 40%'
    got = triples("Markets rose. Under the deal, Kelvo will own 60% of Brisko and Lumo the other 40%.")
    assert {("Kelvo", "ACQUIRED", "Brisko", "planned"), ("Lumo", "INVESTED_IN", "Brisko", "planned")} <= got
    # 'A, based in Uxbridge, England, and led by chief executive P,'
    got = triples("Markets rose. Kelvo, based in Uxbridge, England, and led by chief executive Ada Quade, is a bottler.")
    assert ("Ada Quade", "LEADS", "Kelvo", "current") in got
    # 'For B, a group with interests in ..., ... said P, the group's chief executive'
    got = triples("Markets rose. Vantor will sell Kelvo to Brisko. Vantor said the sale would close soon. For Brisko, "
                  "a group with interests in power and banking, the deal is its biggest. \"We are pleased,\" said "
                  "Ada Quade, the group's chief executive.")
    assert ("Ada Quade", "LEADS", "Brisko", "current") in got
    assert ("Ada Quade", "LEADS", "Vantor", "current") not in got
    # 'P, who co-founded it with Q and R and has led it since, had stepped down as chief executive'
    got = triples("Markets rose. Kelvo said Ada Quade, who co-founded the company in 1990 with Eddo Quist and Tom Hale "
                  "and has led it ever since, had stepped down as chief executive.")
    assert ("Ada Quade", "LEADS", "Kelvo", "former") in got
    assert not {("Eddo Quist", "LEADS", "Kelvo", "current"), ("Tom Hale", "LEADS", "Kelvo", "current")} & got
    # 'P, its chief legal officer, will serve as interim CEO': works there, will lead it
    got = triples("Brisko dropped its bid for Kelvo. Brisko said it would pay a fee.\n\nKelvo said its chief "
                  "executive had quit. Ada Quade, its chief legal officer, will serve as interim CEO.")
    assert {("Ada Quade", "WORKS_FOR", "Kelvo", "current"), ("Ada Quade", "LEADS", "Kelvo", "planned")} <= got
    # 'lost market share to machines from A and from makers such as B and C'
    got = triples("Markets rose. Kelvo has lost market share to cheaper machines from Brisko and from Chinese makers "
                  "such as Lumo and Vantor.")
    assert {("Kelvo", "COMPETES_WITH", name, "current") for name in ("Brisko", "Lumo", "Vantor")} <= got
    # "from B's parent, C,"; 'X, the refinery in which B holds a 51% stake'
    got = triples("Markets rose. Kelvo bought the shares from Lumo's parent, Brisko Holding Group, for cash.")
    assert ("Lumo", "SUBSIDIARY_OF", "Brisko Holding Group", "current") in got
    got = triples("Markets rose. Kelvo will supply Vantor Refining, the refinery in which Lumo holds a 51% stake.")
    assert ("Vantor Refining", "SUBSIDIARY_OF", "Lumo", "current") in got


def test_newsdec25_names():
    # 'X Petroleum and Chemical': an industry word alone after 'and' ends the name
    ents = entities("Markets rose. Kelvo will supply Brisko Petroleum and Chemical, a refinery.")
    assert ("Brisko Petroleum and Chemical", "Company") in ents
    # 'the Bedford, Massachusetts-based company': a town before its state is no company
    ents = entities("Markets rose. Kelvo folded two units into the Bedford, Massachusetts-based company.")
    assert not any(name == "Bedford" for name, _ in ents)
    # 'Brisko' beside 'Brisko Petrochemical' is one company
    ext = extract(article_from_text("Markets rose. Kelvo bought 10% of Brisko Petrochemical. Brisko holds half of "
                                    "a refinery.", source="test.txt"))
    assert [e.name for e in ext.entities if "Brisko" in e.name] in (["Brisko"], ["Brisko Petrochemical"])


def test_newsdec26_phrasings():
    # 'will be headed by senior executive vice president P': P heads it, whatever the title
    got = triples("Markets rose. Kelvo grew. The new Lumo Group will be headed by senior executive vice president "
                  "Ada Quade.")
    assert ("Ada Quade", "LEADS", "Lumo Group", "planned") in got
    # 'A second new unit, the X Group, will be led by P': the apposition is the subject; a new unit of the article's company
    got = triples("Kelvo reorganises its businesses\n\nKelvo said on Monday it would regroup its units. A second new "
                  "unit, the Brisko Group, will be led by senior executive vice president Eddo Quist.")
    assert {("Eddo Quist", "LEADS", "Brisko Group", "planned"), ("Brisko Group", "SUBSIDIARY_OF", "Kelvo", "current")} <= got
    # "Kelvo kept its Lumo Group": a name that says it is a unit
    got = triples("Markets rose. Kelvo kept its Lumo Group and its Vantor Division unchanged.")
    assert {("Lumo Group", "SUBSIDIARY_OF", "Kelvo", "current"), ("Vantor Division", "SUBSIDIARY_OF", "Kelvo", "current")} <= got
    # "faces fierce competition for users' time from B"
    got = triples("Markets rose. Kelvo faces fierce competition for users' time from Brisko.")
    assert ("Kelvo", "COMPETES_WITH", "Brisko", "current") in got
    # 'returned to replace Q' hands Q the post, in the past
    got = triples("Markets rose. Kelvo chief executive Ada Quade said on Wednesday, three months after she returned "
                  "to replace Tom Hale, that sales rose.")
    assert ("Tom Hale", "LEADS", "Kelvo", "former") in got
    # 'All four executives will report directly to P': the four people named before
    got = triples("Markets rose. Kelvo will be run by Ada Quade and Eddo Quist. Brisko will be led by Tom Hale, and "
                  "Mia Kell will keep running Lumo. All four executives will report directly to Dan Roe.")
    assert {(name, "REPORTS_TO", "Dan Roe", "planned") for name in ("Ada Quade", "Eddo Quist", "Tom Hale", "Mia Kell")} <= got
    assert ("Mia Kell", "LEADS", "Lumo", "current") in got
    # 'B, the unit P created in 2020'
    got = triples("Markets rose. Kelvo closed Brisko Distribution, the unit Ada Quade created in 2020.")
    assert ("Ada Quade", "FOUNDED", "Brisko Distribution", "completed") in got
    # 'P, who was previously CEO of Z, is B's CEO': the inserted clause's tense is its own
    got = triples("Markets rose. Ada Quade, who was previously chief executive of Brisko, is Kelvo's CEO.")
    assert {("Ada Quade", "LEADS", "Kelvo", "current"), ("Ada Quade", "LEADS", "Brisko", "former")} <= got
    # 'completed the separation of its X business, which now trades ... as B'
    got = triples("Markets rose. Kelvo completed the separation of its health care business, which now trades on "
                  "the Nasdaq as Brisko.")
    assert ("Brisko", "SUBSIDIARY_OF", "Kelvo", "former") in got
    # 'P, its chairman, will hand the CEO job to Q'
    got = triples("Markets rose. Kelvo will focus on chemicals.\n\nKelvo grew. Ada Quade, its chairman, will hand "
                  "the CEO job to Tom Hale on May 1.")
    assert ("Tom Hale", "LEADS", "Kelvo", "planned") in got
    # 'completed the amalgamation of A and B into itself'; 'C, another listed subsidiary,'
    got = triples("Kelvo merges units\n\nKelvo said it has completed the amalgamation of Brisko Ltd and Lumo Ltd "
                  "into itself. The merger of Vantor Ltd, another listed subsidiary, is pending.")
    assert {("Brisko Ltd", "MERGED_INTO", "Kelvo", "completed"), ("Lumo Ltd", "MERGED_INTO", "Kelvo", "completed"),
            ("Vantor Ltd", "SUBSIDIARY_OF", "Kelvo", "current")} <= got
    # 'owns about a third of the steelmaker'; 'The company' is not 'The X Company of India'
    got = triples("Kelvo Steel sells a unit\n\nKelvo Steel said it sold The Brisko Company of India to Vantor. "
                  "Lumo Sons owns about a third of the steelmaker. The company competes with Dano Steel and state-run "
                  "Steel Authority of Kenya.")
    assert {("Lumo Sons", "INVESTED_IN", "Kelvo Steel", "current"), ("Kelvo Steel", "COMPETES_WITH", "Dano Steel", "current"),
            ("Kelvo Steel", "COMPETES_WITH", "Steel Authority of Kenya", "current")} <= got
    # 'P, who remains its chairman and owns the largest block of its shares'
    got = triples("Markets rose. Kelvo listed. It was founded by Ada Quade, who remains its chairman and owns the "
                  "largest block of its shares.")
    assert ("Ada Quade", "INVESTED_IN", "Kelvo", "current") in got


def test_newsdec26_names():
    # everyday words on both sides of 'and', closed by a unit's word, are one name; companies stay two
    ents = entities("Markets rose. Kelvo moved it into the Platform and Content Group. Mills and Post Holdings rose.")
    assert ("Platform and Content Group", "Company") in ents
    assert ("Post Holdings", "Company") in ents
    # 'Kelvo Parks, Experiences and Products'
    ents = entities("Markets rose. Ada Quade runs Kelvo Parks, Experiences and Products for Kelvo.")
    assert ("Kelvo Parks, Experiences and Products", "Company") in ents
    # a service named with '+' is not its owner; an initialism opening a sentence is a name
    ents = entities("Markets rose. Kelvo owns Kelvo+ and Hulu.\nESPN becomes a division.")
    assert {("Kelvo", "Company"), ("Kelvo+", "Company"), ("ESPN", "Company")} <= set(ents)
    # '3M' beside '3M Co'; 'Steel Authority of India'
    ents = entities("Markets rose. 3M Co spun off Brisko. 3M retains a stake. It competes with Steel Authority of India.")
    assert {name for name, kind in ents if "3M" in name} in ({"3M"}, {"3M Co"})
    assert ("Steel Authority of India", "Company") in ents


def test_newsdec27_phrasings():
    # 'will become chairman of B's board', 'chairman of the board of B', 'who chairs B's board'
    got = triples("Markets rose. Rafa Duarte, the founder of airport operator Grupo Norte, will become chairman of "
                  "Pelco's board once regulators agree.")
    assert ("Rafa Duarte", "LEADS", "Pelco", "planned") in got
    assert ("Rafa Duarte", "LEADS", "Pelco", "current") in triples(
        "Markets rose. Rafa Duarte is chairman of the board of Pelco.")
    assert ("Rafa Duarte", "LEADS", "Pelco", "current") in triples(
        "Markets rose. Rafa Duarte, who chairs Pelco's board, spoke.")
    assert not any(t[1] == "LEADS" for t in triples("Markets rose. Rafa Duarte sits on Pelco's board."))
    # 'B, its X consumer and commercial bank,' and then 'The unit' is B, not its owner; the
    # head's own apposition may call it a lender
    got = triples("Zentor Inc will sell 20% of Pelco, its Chilean consumer and commercial bank, to Rafa Duarte. "
                  "Zentor bought Pelco in 2001. The unit, Chile's second-largest lender, competes with Banco Ruta "
                  "and Finamex.")
    assert {("Pelco", "SUBSIDIARY_OF", "Zentor", "current"), ("Pelco", "COMPETES_WITH", "Banco Ruta", "current"),
            ("Pelco", "COMPETES_WITH", "Finamex", "current")} <= got
    assert not any(t[1] == "COMPETES_WITH" and "Zentor" in (t[0], t[2]) for t in got)
    assert not any(t[1] == "COMPETES_WITH" for t in triples(
        "Markets rose. Pelco faces pressure from activist investor Banco Ruta."))
    # 'P, previously head of X, has been B's chief executive since January'
    got = triples("Markets rose. Lina Osei, previously head of the tyre business, has been Vantor's chief executive "
                  "since January.")
    assert ("Lina Osei", "LEADS", "Vantor", "current") in got
    assert ("Lina Osei", "LEADS", "Vantor", "former") in triples(
        "Markets rose. Lina Osei had been Vantor's chief executive until May.")
    # 'struggles to win back shoppers from A and from chains such as B and C', 'lured customers away from A'
    got = triples("Markets rose. Vantor Corp struggles to win back shoppers from Pelco and from discount chains such "
                  "as Banco Ruta and Finamex.")
    assert {("Vantor Corp", "COMPETES_WITH", "Finamex", "current"),
            ("Vantor Corp", "COMPETES_WITH", "Banco Ruta", "current")} <= got
    assert ("Vantor", "COMPETES_WITH", "Pelco", "current") in triples(
        "Markets rose. Vantor lured customers away from Pelco.")
    assert not any(t[1] == "COMPETES_WITH" for t in triples("Markets rose. Vantor won a contract from Pelco."))


def test_newsdec27_names():
    # 'its Ben's Depot unit': a possessive after 'its' belongs to the name
    got = triples("Markets rose. Lina Osei spent years at Holloway Group, including as head of its Ben's Depot "
                  "online business.")
    assert ("Ben's Depot", "SUBSIDIARY_OF", "Holloway Group", "current") in got
    # 'Chief Financial Officer P': the title's words are no company
    ents = entities("Markets rose. Vantor also said Chief Financial Officer Lina Osei would leave.")
    assert ("Financial", "Company") not in ents and ("Lina Osei", "Person") in ents
    # 'Kora' beside 'Koragroup Inc': the short name run on into 'group'
    ents = entities("Koragroup Inc said on Monday it would sell Lemco. Kora bought Lemco in 2001.")
    assert len([name for name, kind in ents if name.startswith("Kora")]) == 1
    ents = entities("Markets rose. Vanta said it beat Vantagroup Holdings and Vantabank.")
    assert len([name for name, kind in ents if name.startswith("Vanta")]) == 3


def test_newsdec28_names():
    # "the Ben's Depot chain": no one writes 'the Holloway's unit', so the possessive is the name's
    ents = entities("Markets rose. Lina Osei ran the Ben's Depot discount chain until 2019.")
    assert ("Ben's Depot", "Company") in ents and ("Ben", "Company") not in ents
    # 'Zentor Wall's (Chile) Ltd': a bracketed place before a legal suffix is inside the name
    ents = entities("Markets rose. Pelco Ltd will list Zentor Wall's (Chile) Ltd, its snacks unit. Rival Banco Ruta Ltd "
                    "said nothing.")
    assert ("Zentor Wall's (Chile) Ltd", "Company") in ents and ("Ltd", "Company") not in ents
    assert len([name for name, kind in ents if name.startswith("Pelco")]) == 1
    # 'Vantor Dr Fizz': an honorific inside a company's name; 'said Dr Lina Osei' keeps the person
    ents = entities("Markets rose. Vantor Dr Fizz bought a stake in Pelco, said Dr Lina Osei.")
    assert ("Vantor Dr Fizz", "Company") in ents and ("Lina Osei", "Person") in ents
    # a town once ('based in Kelso, Ohio') is a town at its other uses ('its team in Kelso')
    ents = entities("Markets rose. Pelco, a maker based in Kelso, Ohio, will keep its team in Kelso.")
    assert not any(name == "Kelso" for name, kind in ents)
    # 'Vantor' beside 'Vantor Petroleum Corp' and 'Pelco' beside 'Pelco Beverage Co' are their short names
    ents = entities("Vantor will buy Pelco. Vantor Petroleum Corp said Pelco Beverage Co would cut jobs.")
    assert len([name for name, kind in ents if name.startswith("Vantor")]) == 1
    assert len([name for name, kind in ents if name.startswith("Pelco")]) == 1


def test_newsdec28_phrasings():
    # 'P is the fourth-biggest X, behind A, owned by B, and C, a unit of D': rivals A and C;
    # the participle describes A, and C is no owner of A
    got = triples("Markets rose. Pelco, which sells two soap brands, is the fourth-biggest soap maker in Chile, behind "
                  "Hoxa Ltd, owned by Vantor Group, and Finamex, a unit of Zentor Inc.")
    assert {("Pelco", "COMPETES_WITH", "Hoxa Ltd", "current"), ("Pelco", "COMPETES_WITH", "Finamex", "current"),
            ("Hoxa Ltd", "SUBSIDIARY_OF", "Vantor Group", "current"),
            ("Finamex", "SUBSIDIARY_OF", "Zentor Inc", "current")} <= got
    assert not any(t[1] == "SUBSIDIARY_OF" and (t[0], t[2]) in {("Pelco", "Vantor Group"), ("Hoxa Ltd", "Finamex")}
                   for t in got)
    # 'A, the Lima-based owner of discount chain B'
    assert ("Finamex", "SUBSIDIARY_OF", "Pelco Ltd", "current") in triples(
        "Markets rose. Zentor Inc will buy Pelco Ltd, the Lima-based owner of discount grocer Finamex, for cash.")
    # 'P now runs the X business of its parent B'
    got = triples("Markets rose. Lina Osei joined Zentor Inc in 1999 and now runs the Home Care business of its "
                  "Paris-listed parent Vantor Group.")
    assert {("Lina Osei", "LEADS", "Home Care", "current"), ("Home Care", "SUBSIDIARY_OF", "Vantor Group", "current")} <= got
    # 'B said P would retire as chief executive. He will be replaced by Q': Q's post is P's
    got = triples("Vantor Corp said on Monday that Lina Osei would retire as chief executive in May. She will be "
                  "replaced by Rafa Duarte, the head of its cloud business.")
    assert {("Lina Osei", "LEADS", "Vantor Corp", "current"), ("Rafa Duarte", "LEADS", "Vantor Corp", "planned")} <= got
    assert ("Rafa Duarte", "LEADS", "Vantor Corp", "current") in triples(
        "Vantor Corp said Lina Osei would retire as chief executive. She was succeeded by Rafa Duarte in June.")
    # 'It is the first big deal since P, who runs B's ..., was picked to replace Q as chief
    # executive': 'it' is the deal, so the company is B, not the previous sentence's subject
    got = triples("Pelco will sell its paint arm to Zentor Inc. Pelco chief executive Rafa Duarte spoke. It is also the "
                  "first big deal since Lina Osei, who runs Zentor's retail arm, was picked to replace Omar Vale as "
                  "chief executive.")
    assert ("Omar Vale", "LEADS", "Zentor", "current") in got
    assert not any(t[0] == "Omar Vale" and t[2] == "Pelco" for t in got)
    # 'A, in which B already holds about 28%, said it would put $6.5 billion ...': a stake, unpriced
    ext = extract(article_from_text("Markets rose. Pelco, in which Zentor already holds about 28%, said it would put "
                                    "$6.5 billion toward debt.", source="test.txt"))
    held = [r for r in ext.relations if r.type.value == "INVESTED_IN"]
    assert len(held) == 1 and held[0].stake_pct == 28.0 and held[0].amount is None
    # 'put $10 billion into it to help pay for the acquisition of B': the backer bought nothing
    got = triples("Markets rose. Zentor backed Pelco in 2019, when it put $10 billion into the company to help pay for "
                  "the acquisition of Finamex.")
    assert not any(t[1] == "ACQUIRED" and t[0] == "Zentor" for t in got)


def test_newsdec28_more_phrasings():
    # 'B was set up in 2018 by P together with A': a co-founder after 'together with' or 'along with'
    got = triples("Markets rose. Pelco was set up in 2018 by chef Lina Osei together with Zentor Inc, a snack maker.")
    assert {("Lina Osei", "FOUNDED", "Pelco", "completed"), ("Zentor Inc", "FOUNDED", "Pelco", "completed")} <= got
    assert ("Omar Osei", "FOUNDED", "Pelco", "completed") in triples(
        "Markets rose. Pelco was founded in 2001 by Lina Osei along with her brother Omar Osei.")
    # 'A buys X as its fight with B heats up'; a legal or proxy fight is no rivalry
    assert ("Vantor", "COMPETES_WITH", "Pelco", "current") in triples(
        "Vantor buys Loopa as snack fight with Pelco heats up")
    for text in ("Markets rose. Vantor is in a legal battle with Pelco over patents.",
                 "Markets rose. Vantor faces a proxy fight with Pelco."):
        assert not any(t[1] == "COMPETES_WITH" for t in triples(text))
    # 'A already owns one chip designer, B, which it bought in 2011'
    got = triples("Markets rose. Vantor already owns one chip designer, Pelco, which it bought in 2011.")
    assert ("Pelco", "SUBSIDIARY_OF", "Vantor", "current") in got
    # 'P, who runs B's ..., was picked to replace Q as chief executive'
    got = triples("Vantor Corp sold a plant. Lina Osei, who oversees Vantor's retail arm, was picked to replace Omar "
                  "Vale as chief executive.")
    assert {("Lina Osei", "LEADS", "Vantor", "planned"), ("Omar Vale", "LEADS", "Vantor", "current")} <= got


def test_newsdec29_names():
    # 'Group chairman P': a lone 'Group' is no company, and joins no two groups
    ents = entities("For the Vantor Group, rivals include the Pelco Group. Group chairman Lina Osei spoke.")
    assert ("Group", "Company") not in ents
    assert len([name for name, kind in ents if name.endswith("Group")]) == 2
    # 'Vantor' beside 'Vantor Cements', 'Pelco' beside 'Pelco Associates Ltd'
    ents = entities("Vantor will buy Pelco. Vantor Cements said Pelco Associates Ltd would cut jobs.")
    assert len([name for name, kind in ents if name.startswith("Vantor")]) == 1
    assert len([name for name, kind in ents if name.startswith("Pelco")]) == 1
    # 'the Kelso Competition and Markets Commission': one body, not two
    ents = entities("Markets rose. Pelco was sued by the Kelso Competition and Markets Commission over claims.")
    assert ("Kelso Competition and Markets Commission", "Company") in ents


def test_newsdec29_phrasings():
    # "A's Rs 500 crore plan to take over the insolvent conglomerate"
    got = triples("Markets rose. Lenders to Pelco Ltd have voted for Vantor Ltd's Rs 500 crore plan to take over the "
                  "insolvent conglomerate.")
    assert ("Vantor Ltd", "ACQUIRED", "Pelco Ltd", "planned") in got
    # 'For the A Group, whose flagship is B, the purchase would add capacity to C, the group's
    # cement arm, which competes with D, owned by the E Group'
    got = triples("Vantor Group bought a plant. For the Vantor Group, whose flagship is Vantor Enterprises, the purchase "
                  "would add capacity to Pelco Cements, the group's cement arm, which competes with Zentor Cement, owned "
                  "by the Finamex Group.")
    assert {("Vantor Enterprises", "SUBSIDIARY_OF", "Vantor Group", "current"),
            ("Pelco Cements", "SUBSIDIARY_OF", "Vantor Group", "current"),
            ("Pelco Cements", "COMPETES_WITH", "Zentor Cement", "current"),
            ("Zentor Cement", "SUBSIDIARY_OF", "Finamex Group", "current")} <= got
    assert not any(t[1] == "SUBSIDIARY_OF" and t[0] == "Pelco Cements" and t[2] == "Finamex Group" for t in got)
    # 'A ... from W, the grocery chain owned by B': the participle closes W's apposition
    got = triples("Markets rose. The venture, to be called Pelco Retail, will stop selling goods from Finamex, the "
                  "grocery chain owned by the Zentor Partnership, next year.")
    assert ("Finamex", "SUBSIDIARY_OF", "Zentor Partnership", "current") in got
    assert not any(t[0] == "Pelco Retail" and t[1] == "SUBSIDIARY_OF" for t in got)
    # 'B has chosen P, the former head of C, to take over as chief executive'; 'to concentrate
    # on D, where he remains group chief executive'; 'will give up the B job'
    got = triples("Pelco AG has chosen Lina Osei, the former head of Zentor, to take over as chief executive in "
                  "January. Omar Vale will give up the Pelco job to concentrate on Vantor AG, where he remains group "
                  "chief executive.")
    assert {("Lina Osei", "LEADS", "Pelco", "planned"), ("Omar Vale", "LEADS", "Vantor AG", "current"),
            ("Omar Vale", "LEADS", "Pelco", "current")} <= got
    # 'P, previously the head of the group's X business, replaced Q': Q held the post P holds now
    got = triples("Lina Osei took over as chief executive of Vantor Group in May. Osei, previously the head of the "
                  "group's VantorX online business, replaced Omar Vale, who retired.")
    assert {("Lina Osei", "LEADS", "VantorX", "former"), ("Omar Vale", "LEADS", "Vantor Group", "former")} <= got
    assert ("Omar Vale", "LEADS", "VantorX", "former") not in got
    # 'Both grocers were sued by R. A kept taking customers from both chains': the same pair
    got = triples("Vantor lost share to its rival Pelco. Both grocers were sued by the Kelso Competition and Markets "
                  "Commission. German discounter Zentor has meanwhile kept taking customers from both chains.")
    assert {("Zentor", "COMPETES_WITH", "Vantor", "current"), ("Zentor", "COMPETES_WITH", "Pelco", "current")} <= got
    # 'B, the physical and cyber security unit of C'; 'C, the investment arm spun off from D in 2021'
    got = triples("Markets rose. Pelco Co., the physical and cyber security unit of Vantor Co., was sold. Vantor, the "
                  "investment arm spun off from Zentor Telecom in 2021, sells assets.")
    assert {("Pelco Co", "SUBSIDIARY_OF", "Vantor", "current"),
            ("Vantor", "SUBSIDIARY_OF", "Zentor Telecom", "former")} <= got
    # 'B, formerly known as X, competes with C, the firm backed by D, and E': an old name, no former status
    got = triples("Markets rose. Pelco, formerly known as Lemco, competes with Vantor Corp., the security company "
                  "backed by Zentor, and Finamex in building security.")
    assert {("Pelco", "COMPETES_WITH", "Vantor Corp", "current"), ("Pelco", "COMPETES_WITH", "Finamex", "current")} <= got
    # 'The unit, X, is the latest business the heating group has put up for sale after buying V'
    got = triples("Vantor will buy Pelco's fridge arm. The unit, Pelco Fridges, is the latest business the heating group "
                  "has put up for sale to focus on climate after buying Zentor Climate this year.")
    assert not any(t[1] == "ACQUIRED" and t[2] == "Zentor Climate" and t[0] in ("Pelco Fridges", "Vantor") for t in got)


def test_newsdec30_names():
    # 'Kelvar Australia ... Kelvar': the short form of a company named with its place, used after it
    ents = entities("Shares in Kelvar Australia rose. Analysts said Kelvar would keep its focus on home routes.")
    assert [{name} | aliases for (name, kind), aliases in ents.items() if name.startswith("Kelvar")] == \
        [{"Kelvar", "Kelvar Australia"}]
    # 'Vantor ... Vantor China': the bare name used first is the parent, kept apart
    ents = entities("Vantor said sales rose. Vantor China, its local arm, will close.")
    assert {("Vantor", "Company"), ("Vantor China", "Company")} <= set(ents)
    # 'the Orsay and Velan families': family names, not companies; 'a great-grandson of the founder'
    ents = entities("Pelco hired Omar Vale, its first president from outside the Orsay and Velan families. Kenjiro Orsay, "
                    "a great-grandson of the founder, took over from Vale in March.")
    assert ("Kenjiro Orsay", "Person") in ents and not any(name in ("Orsay", "Velan") for name, kind in ents)
    # 'drugs such as Remivar and Hexalin', 'its own version of Pelco's Stelvo': products, but the maker stays
    ents = entities("Markets rose. Vantor makes copies of biological drugs such as Remivar and Hexalin. It will launch "
                    "its own version of Pelco Pharma's Stelvo next year.")
    assert {name for name, kind in ents} == {"Vantor", "Pelco Pharma"}
    # 'brands such as Orvio and Lumaz' are still companies (a brand is a unit)
    assert ("Orvio", "Company") in entities("Markets rose. Vantor owns brands such as Orvio and Lumaz.")


def test_newsdec30_phrasings():
    # 'its tender offer for B had succeeded': a done deal; 'had failed' stays an offer
    assert ("Vantor Corp", "ACQUIRED", "Pelco Ltd", "completed") in triples(
        "Markets rose. Vantor Corp said its tender offer for Pelco Ltd had succeeded.")
    assert ("Vantor Corp", "ACQUIRED", "Pelco Ltd", "planned") in triples(
        "Markets rose. Vantor Corp said its tender offer for Pelco Ltd had failed.")
    # 'P took over from Q as president and chief executive (of B)'
    got = triples("Markets rose. Tomas Orsay, a grandson of the founder, took over from Omar Vale as president and "
                  "chief executive of Pelco in March.")
    assert {("Tomas Orsay", "LEADS", "Pelco", "current"), ("Omar Vale", "LEADS", "Pelco", "former")} <= got
    assert ("Omar Vale", "LEADS", "Pelco", "current") not in got
    got = triples("Pelco Ltd hired Omar Vale in 2014. Tomas Orsay took over from Vale as chief executive in March.")
    assert ("Tomas Orsay", "LEADS", "Pelco Ltd", "current") in got
    # 'hired him from chain B, where he had been chief executive': a post held before
    assert ("Omar Vale", "LEADS", "Zentor", "former") in triples(
        "Markets rose. Pelco hired Omar Vale in 2014 from convenience store chain Zentor, where he had been chief "
        "executive for a decade.")
    # 'Founder P, who stepped back in 2021, returned as chairman in March'
    assert ("Lina Osei", "LEADS", "Pelco Ltd", "current") in triples(
        "Pelco Ltd said sales rose. Founder Lina Osei, who stepped back from management in 2021, returned as chairman "
        "in March.")
    # 'B is now jointly owned by trading house C and telecoms operator D'
    got = triples("Markets rose. Zentor is now jointly owned by trading house Pelco Corp and telecoms operator Vantor.")
    assert {("Zentor", "SUBSIDIARY_OF", "Pelco Corp", "current"), ("Zentor", "SUBSIDIARY_OF", "Vantor", "current")} <= got
    # 'B, a domestic drugmaker in which it holds about 55%': a majority, so a unit; 25% is a stake
    got = triples("Markets rose. Vantor said it would consider folding in Pelco Pharm, a domestic drugmaker in which it "
                  "holds about 55%. Zentor Bio, a lab in which Finamex holds 25%, grew.")
    assert {("Pelco Pharm", "SUBSIDIARY_OF", "Vantor", "current"),
            ("Finamex", "INVESTED_IN", "Zentor Bio", "current")} <= got
    # 'C, the generics maker that D spun off in October'
    assert ("Zentor", "SUBSIDIARY_OF", "Finamex", "former") in triples(
        "Markets rose. Vantor cut prices to compete with Zentor, the generics maker that Finamex spun off in October.")
    # '..., and the parent still owns 81.8% of it': a share held now outweighs a spin-off's former status
    got = triples("Markets rose. Pelco Energy, the battery maker that Pelco Chem spun off in 2020, grew. Pelco Chem "
                  "still owns about 81.8% of it.")
    assert ("Pelco Energy", "SUBSIDIARY_OF", "Pelco Chem", "current") in got
    # 'It competes with A and B, and owns brands such as C and D': the list ends at the second verb,
    # whose subject is the pointer
    got = triples("The move does not change Vantor Foods, the group's drinks arm. It competes in Japan with Pelco Japan "
                  "and Zentor Holdings, and owns brands such as Orvio and Lumaz abroad.")
    assert {("Orvio", "SUBSIDIARY_OF", "Vantor Foods", "current"),
            ("Lumaz", "SUBSIDIARY_OF", "Vantor Foods", "current")} <= got
    assert not any(t[0] in ("Orvio", "Lumaz") and t[2] != "Vantor Foods" for t in got)
    # 'It remains the largest shareholder after the listing, with about 30% of the company'
    got = triples("Shares in Kelvar Australia rose. Bain Partners bought the carrier in 2020. It remains the largest "
                  "shareholder after the listing, with about 30% of the company.")
    assert ("Bain Partners", "INVESTED_IN", "Kelvar Australia", "current") in got
    # 'C bought a 25% stake in B from S': S sold part of its holding, not all of it
    got = triples("Markets rose. Finamex Air bought a 25% stake in Kelvar from Bain Partners earlier this year.")
    assert ("Finamex Air", "INVESTED_IN", "Kelvar", "completed") in got
    assert not any(t[0] == "Bain Partners" for t in got)
