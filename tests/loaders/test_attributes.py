import pytest

from corpgraph.loaders.attributes import decide_status, find_amounts, find_dates, find_stake, normalise_role
from corpgraph.records import Status


@pytest.mark.parametrize("text, value, currency", [
    ("for $2 billion", 2e9, "USD"), ("USD 1.18 billion", 1.18e9, "USD"), ("RMB 10.5 billion", 10.5e9, "CNY"),
    ("€400 million", 4e8, "EUR"), ("30 billion yuan", 3e10, "CNY"), ("HK$28 billion", 2.8e10, "HKD"),
    ("£1,200,000", 1.2e6, "GBP"),
])
def test_amounts_with_currency(text, value, currency):
    [(_, _, got, cur)] = find_amounts(text)
    assert got == pytest.approx(value) and cur == currency


@pytest.mark.parametrize("text, published, expected", [
    ("on December 30, 2019", None, "2019-12-30"), ("In September 2019,", None, "2019-09"),
    ("in 2016", None, "2016"), ("in mid-2019", None, "2019"), ("3 March 2020", None, "2020-03-03"),
    ("last year", "2022-08-18", "2021"), ("in November", "2022-12-05", "2022-11"),
    ("in November", "2022-03-05", "2021-11"),
])
def test_dates_full_partial_and_relative(text, published, expected):
    assert [d[2] for d in find_dates(text, published=published)] == [expected]


def test_relative_dates_need_the_article_date():
    assert find_dates("last year and in November", published=None) == []


def test_percent_is_a_stake_only_near_ownership_words():
    assert find_stake("raised its ownership share to 86.5% in 2021") == 86.5
    assert find_stake("took a 30% stake in Widget") == 30.0
    assert find_stake("a market share of 27.7%") is None
    assert find_stake("sales grew 45% last year") is None


@pytest.mark.parametrize("window, sentence, expected", [
    (["acme", "acquired", "<e>"], [], Status.COMPLETED),
    (["acme", "plans", "to", "acquire"], [], Status.PLANNED),
    (["acme", "will", "now", "report", "to"], [], Status.COMPLETED),
    (["the", "former", "president", "of"], [], Status.FORMER),
    (["acme", "reportedly", "bought"], [], Status.RUMORED),
    (["acme", "bought"], ["rumors", "that", "acme", "bought", "widget", "were", "never", "confirmed"], Status.RUMORED),
    (["acme", "did", "not", "buy"], [], None),
])
def test_status_words(window, sentence, expected):
    assert decide_status(window, sentence or window, is_event=True, static=False) is expected


def test_modal_verbs_do_not_make_a_possessive_a_rumour():
    window = ["<e>", "'s", "cloud", "unit", "<e>", "may", "be", "affected"]
    assert decide_status(window, window, is_event=False, static=True) is Status.CURRENT


def test_role_normalisation():
    assert normalise_role(["Chief", "Executive", "Officer"]) == "ceo"
    assert normalise_role(["former", "president"]) == "president"
