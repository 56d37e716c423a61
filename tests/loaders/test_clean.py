from corpgraph.loaders.clean import clean_text, find_published_date, is_boilerplate


def test_page_furniture_lines_are_dropped_and_facts_kept():
    text = "\n".join([
        "Current location: Home > News > Retail",
        "MENU", "Share", "Loading...", "Leave a comment",
        "Acme Corp bought Widget Ltd in 2020.",
        "SEE ALSO: Acme's grocery chain Freshmart seeks funding",
        "This site uses Akismet to reduce spam.",
        "Privacy Policy", "×",
    ])
    cleaned = clean_text(text)
    assert cleaned.splitlines() == ["Acme Corp bought Widget Ltd in 2020.",
                                    "SEE ALSO: Acme's grocery chain Freshmart seeks funding"]


def test_short_fact_lines_are_not_boilerplate():
    assert not is_boilerplate("Acme shuts down Widget")
    assert not is_boilerplate("KrASIA")
    assert is_boilerplate("Tags for this article: retail, deals")


def test_published_date_written_forms():
    assert find_published_date("Title\nPublished on 3 March 2020 by staff") == "2020-03-03"
    assert find_published_date("Title\nno date here") is None
