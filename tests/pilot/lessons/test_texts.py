"""Visible text of rich text and the way back into the HTML (no database, no finder)."""

from pilot.lessons.texts import HtmlText


def test_visible_text_skips_tags_comments_and_decodes_entities():
    raw = '<p data-block-key="a1">Mevrouw &amp; Jan<b>sen</b></p><!-- x --><p>woont&nbsp;hier</p>'
    text = HtmlText(raw)
    assert text.text.rstrip("\n") == "Mevrouw & Jansen\nwoont\xa0hier"


def test_replacement_lands_in_html_and_keeps_tags():
    raw = "<p>Gesprek met <b>Jan</b> Jansen op 3 maart.</p>"
    text = HtmlText(raw)
    start = text.text.index("Jan")
    end = start + len("Jan Jansen")
    out = text.replace([(start, end, "[naam]")])
    assert out == "<p>Gesprek met <b>[naam]</b> op 3 maart.</p>"


def test_replacement_across_entity_and_several_spans():
    raw = "<p>Fam. M&uuml;ller, tel 06-12345678</p>"
    text = HtmlText(raw)
    assert "Müller" in text.text
    s1 = text.text.index("Müller")
    s2 = text.text.index("06-")
    out = text.replace([(s1, s1 + 6, "[naam]"), (s2, s2 + 11, "[telefoonnummer]")])
    assert out == "<p>Fam. [naam], tel [telefoonnummer]</p>"


def test_paragraphs_do_not_glue_words_together():
    assert HtmlText("<p>Jan</p><p>Jansen</p>").text.rstrip("\n") == "Jan\nJansen"


def test_word_html_is_read_as_text():
    raw = (
        "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml>"
        "<![endif]--><style>p.MsoNormal{margin:0}</style>"
        '<p class="MsoNormal" style="mso-line-height-rule:exactly">Cliënt<o:p></o:p></p>'
    )
    assert HtmlText(raw).text.strip() == "Cliënt"


def test_unicode_and_lone_angle_brackets():
    raw = "<p>a < b en 😀 ∑ ‘quote’ 𝔘</p>"
    text = HtmlText(raw)
    assert text.text.rstrip("\n") == "a < b en 😀 ∑ ‘quote’ 𝔘"
    i = text.text.index("𝔘")
    assert text.replace([(i, i + 1, "[x]")]).endswith("[x]</p>")


def test_large_text_maps_quickly():
    raw = "<p>" + ("woord " * 170_000) + "</p>"  # about 1 MB
    text = HtmlText(raw)
    assert len(text.text) > 1_000_000
    assert text.raw_ranges(500_000, 500_005) == [(500_003, 500_008)]
