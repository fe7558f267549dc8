"""French and Spanish number vocabulary for `transforms.numbers` (tables only: the parser is the same).

Digits use a space, a no-break space or a dot between thousands ("1 200", "1.200") and a decimal
comma ("1,2 million"). Words: "vingt-et-un", "quatre-vingt-dix", "deux cents", "deux mille";
"veintiuno", "treinta y cinco", "doscientos", "dos mil". Vague quantities follow the English
conventions (ACLED): plusieurs / varios / de nombreux / numerosos -> 10, quelques / algunos -> 3,
des dizaines / decenas -> 12 (what English wires render as "dozens"), centaines / cientos -> 100,
milliers / miles -> 1000, a plural without a number ("plural") -> 10; the approximate round numbers "une vingtaine" / "una veintena" are
read as vague at their value (20). Qualifiers: "au moins" / "al menos" / "plus de" / "más de" ->
at_least, "jusqu'à" / "hasta" -> at_most, "près de" / "casi" / "cerca de" -> approximately with
that upper bound, "environ" / "unos" / "alrededor de" -> approximately; "entre 10 et 15" /
"entre 10 y 15" / "10 à 15" / "10 a 15" -> range.
"""
from __future__ import annotations

from transforms.numbers import NumberWords


def _alt(words) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def _qual_re(qualifiers: dict[str, str]) -> str:
    return _alt(q.replace(".", r"\.") for q in qualifiers)


_B = r"\b"  # Unicode word boundary: accented words ("tués", "murió") end in non-ASCII letters
_SEP = r"(?:[ \u00a0\u202f.]\d{3})"
DIGITNUM = {
    "fr": r"(?:\d{1,3}" + _SEP + r"+|\d+(?:,\d+)?)(?: (?:millions?|milliers|mille)" + _B + r")?",
    "es": r"(?:\d{1,3}" + _SEP + r"+|\d+(?:,\d+)?)(?: (?:millones|millón|mil)" + _B + r")?",
}
_FR_UNITS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
             "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
             "seize": 16}
_FR_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "quatrevingt": 80}
_FR_SCALES = {"cent": 100, "cents": 100, "mille": 1000, "million": 1e6, "millions": 1e6, "douzaine": 12}
_ES_UNITS = {"cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
             "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
             "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
             "veintiuno": 21, "veintiuna": 21, "veintiún": 21, "veintidós": 22, "veintitrés": 23, "veinticuatro": 24,
             "veinticinco": 25, "veintiséis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29}
_ES_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90}
_ES_HUNDREDS = {"cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300, "cuatrocientos": 400,
                "quinientos": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800, "novecientos": 900}
_ES_HUNDREDS.update({k[:-2] + "as": v for k, v in _ES_HUNDREDS.items() if k.endswith("os")})
_ES_SCALES = {"mil": 1000, "millón": 1e6, "millones": 1e6, "docena": 12}
_ES_ANOTHER = {"otro": 1, "otra": 1}  # "y otro está desaparecido"

# The indefinite article is also "one": a number, but read as a count only before a person or a
# category word (`figures_fr_es`), so `count` (the number phrases that are no article) leaves it out.
ARTICLES = {"fr": ["un", "une"], "es": ["un", "uno", "una", "otro", "otra"]}


def _fr_wordnum(alone: list[str]) -> str:
    """French 1..999,999 as written ("dix-sept", "vingt-et-un", "quatre-vingt-douze", "deux cents");
    `alone`: the units that may stand alone."""
    teens = ["dix-sept", "dix-huit", "dix-neuf"]
    u, u_alone = _alt(list(_FR_UNITS) + teens), _alt(alone + teens)
    tens = _alt(["vingt", "trente", "quarante", "cinquante", "soixante", "quatre-vingts?"])
    w1 = rf"(?:{tens}(?:[- ](?:et[- ])?{u})?|{u_alone})"
    w = rf"(?:(?:{u_alone} )?cents?(?: {w1})?|{w1})"
    return rf"(?:{w}(?: (?:mille|millions?)(?: {w})?)?|mille(?: {w})?|une douzaine)"


def _es_wordnum(alone: list[str]) -> str:
    """Spanish 1..999,999 ("veintiuno", "treinta y cinco", "doscientos", "dos mil")."""
    u, u_alone = _alt(_ES_UNITS), _alt(alone)
    w1 = rf"(?:{_alt(_ES_TENS)}(?: y {u})?|{u_alone})"
    w = rf"(?:{_alt(_ES_HUNDREDS)}(?: {w1})?|{w1})"
    return rf"(?:{w}(?: (?:mil|millones|millón)(?: {w})?)?|mil(?: {w})?|una docena)"


_FR_ALL, _ES_ALL = list(_FR_UNITS), list(_ES_UNITS) + list(_ES_ANOTHER)
FR_WORDNUM = _fr_wordnum(_FR_ALL)
ES_WORDNUM = _es_wordnum(_ES_ALL)

FR_VAGUE = {
    "plusieurs": 10, "de nombreux": 10, "de nombreuses": 10, "nombreux": 10, "nombreuses": 10, "quelques": 3,
    "des dizaines": 12, "dizaines": 12, "plusieurs dizaines": 12, "quelques dizaines": 12,
    "des centaines": 100, "centaines": 100, "plusieurs centaines": 100, "quelques centaines": 100,
    "des milliers": 1000, "milliers": 1000, "plusieurs milliers": 1000,
    "des dizaines de milliers": 10000, "dizaines de milliers": 10000,
    "des centaines de milliers": 100000, "centaines de milliers": 100000,
    "une dizaine": 10, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30, "une quarantaine": 40,
    "une cinquantaine": 50, "une soixantaine": 60, "une centaine": 100, "un millier": 1000,
    "plural": 10,  # a plural without a number ("tuant des civils"), as English
}
# "plus d'une centaine" (more than about a hundred) reads as "une centaine"; elision leaves no
# space for a qualifier, so these are vague words of their own
FR_VAGUE.update({f"{q}d'{k}": v for k, v in FR_VAGUE.items() if k.startswith(("un ", "une ")) for q in ("plus ", "près ")})
FR_VAGUE.update({k.replace("'", "’"): v for k, v in FR_VAGUE.items() if "'" in k})
ES_VAGUE = {
    "varios": 10, "varias": 10, "numerosos": 10, "numerosas": 10, "muchos": 10, "muchas": 10,
    "algunos": 3, "algunas": 3, "unos pocos": 3, "unas pocas": 3,
    "decenas": 12, "docenas": 12, "cientos": 100, "centenares": 100, "miles": 1000,
    "decenas de miles": 10000, "cientos de miles": 100000, "centenares de miles": 100000,
    "una decena": 10, "una quincena": 15, "una veintena": 20, "una treintena": 30, "una cuarentena": 40,
    "una cincuentena": 50, "un centenar": 100, "un millar": 1000,
    "plural": 10,
}
FR_QUALIFIERS = {
    "au moins": "at_least", "pas moins de": "at_least", "au minimum": "at_least", "plus de": "at_least",
    "jusqu'à": "at_most", "jusqu’à": "at_most", "moins de": "at_most", "au plus": "at_most", "au maximum": "at_most",
    "près de": "approximately", "presque": "approximately", "quasiment": "approximately",
    "environ": "approximately", "quelque": "approximately", "autour de": "approximately",
    "approximativement": "approximately", "une estimation de": "approximately",
}
ES_QUALIFIERS = {
    "al menos": "at_least", "por lo menos": "at_least", "como mínimo": "at_least", "más de": "at_least",
    "no menos de": "at_least", "hasta": "at_most", "menos de": "at_most", "como máximo": "at_most",
    "casi": "approximately", "cerca de": "approximately", "unos": "approximately", "unas": "approximately",
    "alrededor de": "approximately", "aproximadamente": "approximately", "aprox.": "approximately",
}


def _numbers(lang: str, wordnum: str, vague: dict[str, int], and_: str, to: str, or_: str) -> tuple[str, str]:
    one = rf"(?:{DIGITNUM[lang]}|{wordnum})"
    # vague first: "une vingtaine" is not "une" followed by a word
    vague_re = _alt(k for k in vague if k != "plural" and (" de " not in k or k.endswith(("miles", "milliers"))))
    num = (rf"(?:{vague_re}|entre {one} {and_} {one}|{DIGITNUM[lang]}(?:-|–){DIGITNUM[lang]}|{one}(?: {to} | {or_} ){one}"
           rf"|{one})")
    return one, num


_FR_ONE, FR_NUM = _numbers("fr", FR_WORDNUM, FR_VAGUE, "et", "à", "ou")
_ES_ONE, ES_NUM = _numbers("es", ES_WORDNUM, ES_VAGUE, "y", "a", "o")
_FR_COUNT = _numbers("fr", _fr_wordnum([u for u in _FR_ALL if u not in ARTICLES["fr"]]), FR_VAGUE, "et", "à", "ou")[1]
_ES_COUNT = _numbers("es", _es_wordnum([u for u in _ES_ALL if u not in ARTICLES["es"]]), ES_VAGUE, "y", "a", "o")[1]

FR = NumberWords(
    num=FR_NUM, count=_FR_COUNT, one=_FR_ONE, qual=_qual_re(FR_QUALIFIERS),
    words={k: float(v) for k, v in {**_FR_UNITS, **_FR_TENS, **_FR_SCALES}.items()}, vague=FR_VAGUE,
    qualifiers=FR_QUALIFIERS, upper_only=("près de", "presque", "quasiment"),
    range_=rf"^({_FR_ONE})(?: ?[-–] ?| (?:à|ou|et) )({_FR_ONE})$", between=r"^entre ", connectors=r"\bet\b",
    digit_scales=((r"millions?", 1e6), (r"(?:mille|milliers)", 1e3)),
    thousands=r"(\d)[ \u00a0\u202f.](\d{3})", euro_dots=False, decimal_comma=True, empty="un",
    # "quatre-vingt(s)" is one word (80); other hyphens join words of one number ("dix-sept")
    rewrites=((r"quatre[- ]vingts?", "quatrevingt"), (r"(\pL)-(\pL)", "$1 $2"), (r"[\u00a0\u202f]", " "), (r"^mille\b", "un mille")))
ES = NumberWords(
    num=ES_NUM, count=_ES_COUNT, one=_ES_ONE, qual=_qual_re(ES_QUALIFIERS),
    words={k: float(v) for k, v in {**_ES_UNITS, **_ES_TENS, **_ES_HUNDREDS, **_ES_SCALES, **_ES_ANOTHER}.items()}, vague=ES_VAGUE,
    qualifiers=ES_QUALIFIERS, upper_only=("casi", "cerca de"),
    range_=rf"^({_ES_ONE})(?: ?[-–] ?| (?:a|o|y) )({_ES_ONE})$", between=r"^entre ", connectors=r"\by\b",
    digit_scales=((r"(?:millones|millón)", 1e6), (r"mil", 1e3)),
    thousands=r"(\d)[ \u00a0\u202f.](\d{3})", euro_dots=False, decimal_comma=True, empty="uno",
    # a leading "mil" is one thousand ("mil doscientos")
    rewrites=((r"^mil\b", "un mil"), (r"[\u00a0\u202f]", " ")))
