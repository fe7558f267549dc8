import polars as pl

from transforms.clean import clean_records
from transforms.landing import RECORD_SCHEMA


def _clean(raw_text: str, **given) -> dict:
    row = {k: None for k in RECORD_SCHEMA} | {"source_file": "f", "format": "txt", "raw_text": raw_text}
    row.update(given)
    return clean_records(pl.LazyFrame([row], schema=RECORD_SCHEMA)).collect().row(0, named=True)


HEADER = """
# Floods sweep Kano villages

Published at: **2022-08-14T10:05:00+00:00**

Author: **Reuters**

Original: [Daily Trust](https://dailytrust.com/floods-sweep-kano/)

KANO, Nigeria, Aug 14 – At least 11 people drowned on Saturday, officials said.
ADVERTISEMENT
Rescue teams were still searching for four missing residents.
Post Views: 1,204
Sign up for our newsletter to get updates in your inbox
Read more: Floods in Jigawa
"""


def test_metadata_header_and_boilerplate():
    out = _clean(HEADER, format="md")
    assert out["title"] == "Floods sweep Kano villages"
    assert out["published_at_text"] == "2022-08-14T10:05:00+00:00"
    assert out["byline"] == "Reuters"
    assert out["outlet_hint"] == "Daily Trust"
    assert out["url"] == "https://dailytrust.com/floods-sweep-kano/"
    assert out["body"] == (
        "KANO, Nigeria, Aug 14 – At least 11 people drowned on Saturday, officials said.\n"
        "Rescue teams were still searching for four missing residents."
    )


BARE = """Gunmen abduct 30 pupils in Zamfara

Police say a rescue operation is under way

Pupils' sandals lie outside a classroom in Kaura Namoda. Photo: Reuters
Powered by automated translation

By Aminu Bello

Gunmen abducted 30 pupils from a boarding school on Tuesday, police said.
"We are on their trail," a spokesman said.
"""


def test_bare_text_title_dek_caption_byline_flag():
    out = _clean(BARE)
    assert out["title"] == "Gunmen abduct 30 pupils in Zamfara"
    assert out["subtitle"] == "Police say a rescue operation is under way"
    assert out["captions"] == "Pupils' sandals lie outside a classroom in Kaura Namoda. Photo: Reuters"
    assert out["machine_translated"] is True
    assert out["byline"] == "Aminu Bello"
    assert out["body"].startswith("Gunmen abducted 30 pupils")
    assert "Photo" not in out["body"] and "Powered" not in out["body"]


def test_caption_marker_inside_long_block_takes_only_its_line():
    text = ("First line of the story, police said.\nSecond line.\nThird line.\n"
            "Mourners gather. / AFP / Jane DOE\nFourth line of the story.\n")
    out = _clean(text, given_title="T")
    assert out["captions"] == "Mourners gather. / AFP / Jane DOE"
    assert out["body"].count("\n") == 3


def test_given_title_keeps_first_line_in_body():
    out = _clean("Five killed in clash\nThe clash began at dawn.", given_title="Clash")
    assert out["title"] == "Clash"
    assert out["body"].startswith("Five killed in clash")
