"""Who the figure counts: raw person nouns -> a short normalised subject."""
from __future__ import annotations

import polars as pl

GROUPS = {
    "soldiers": r"soldier|troop|servicem|service member|personnel|marine|sailor|trooper|recruit|"
                r"corporal|sergeant|lieutenant|captain|colonel|major|general|commander",
    "police": r"police|policem|policewom|officer|gendarme|ranger|security guard|guard",
    "attackers": r"militant|jihadist|insurgent|terrorist|attacker|gunm[ae]n|assailant|bandit|raider|fighter|"
                 r"rebel|militia|extremist|guerrilla|combatant|paramilitar|rustler|poacher|robber|thie|looter|"
                 r"al.?shabaa?b|shabaab|boko haram|taliban|maoist|naxal|isis|jihadi",
    "children": r"child|kids?$|boy|girl|pupil|schoolgirl|schoolboy|infant|bab|toddler|teenager|herdboy|son|daughter",
    "civilians": r"civilian|villager|resident|local",
    "people": r"people|person|individual|victim|other",
}
GENERIC = ["people"]


def normalise_subject(raw: pl.Expr, groups: dict[str, str] = GROUPS, english_plural: bool = True) -> pl.Expr:
    """A group name of `groups` (English names for every language), else the noun as written
    (English: plural form)."""
    out = pl.lit(None, pl.Utf8)
    for name, rx in reversed(list(groups.items())):
        out = pl.when(raw.str.contains("^(?:" + rx + ")")).then(pl.lit(name)).otherwise(out)
    if not english_plural:
        return pl.coalesce(out, raw)
    # other nouns: plural form as written ("farmers", "students"); singular gets an "s"
    return pl.when(out.is_null() & raw.is_not_null()).then(
        pl.when(raw.str.contains(r"(?:s|men|people|crew|staff|police)$")).then(raw)
        .when(raw.str.ends_with("man")).then(raw.str.replace(r"man$", "men"))
        .otherwise(raw + "s")).otherwise(out)
