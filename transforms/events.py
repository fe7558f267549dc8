"""Articles -> incidents: small per-article features, then clusters of articles about one incident.

Why: tolls only disagree meaningfully between reports of the *same* incident. Features: the
incident's day (the figures' refers_to_date, else the most frequent past date in the lead, else
the publication day), its place (places.resolve_places), what happened (incident terms) and the
article's killed total. Clustering blocks by country and walks the days in order, so it stays
near-linear; an article joins an incident only when place and type are compatible:
- same day, same country: joins unless places or types differ (two attacks in one country on
  one day stay apart); an article with no place joins only if exactly one incident fits;
- 1..7 days later: joins only with the same place and a compatible type (follow-ups, reprints).
Every article that states a figure, names an incident type or a place gets an event (its own if
nothing matches), so every figure can be tied to an event; articles with none of these get none.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from functools import lru_cache

import polars as pl

from transforms.keys import stable_key
from transforms.places import country_name, fold, resolve_places

WINDOW_DAYS = 7
TERMS = {  # canonical term -> regex over lowercased text
    "bombing": r"bomb\w*|blasts?|explosions?|explosives?|suicide attack\w*|\bied\b",
    "ambush": r"ambush\w*",
    "massacre": r"massacre\w*",
    "airstrike": r"air ?strikes?|drone strikes?|shelling|bombardment",
    "kidnapping": r"kidnap\w*|abduct\w*|hostages?",
    "shooting": r"shooting|gunm[ae]n|shot dead|opened fire",
    "clashes": r"clash\w*|fighting",
    "attack": r"attack\w*|assault\w*|raids?|stormed",
    "flood": r"flood\w*|torrential|dams? burst",
    "landslide": r"landslides?|mudslides?",
    "earthquake": r"earthquakes?|quake|tremors?",
    "storm": r"cyclones?|hurricanes?|typhoons?|tropical storm|storm surge|rainstorms?|windstorms?",
    "fire": r"blaze|inferno|fire broke out|gutted",
    "crash": r"crash\w*|collided|collision|accident|derail\w*|capsized",
    "collapse": r"collapsed?",
    "stampede": r"stampede",
    "epidemic": r"outbreak|cholera|epidemic",
}
FAMILY = {
    "bombing": "violence", "ambush": "violence", "massacre": "violence", "airstrike": "violence",
    "kidnapping": "violence", "shooting": "violence", "clashes": "violence", "attack": "violence",
    "flood": "disaster", "landslide": "disaster", "earthquake": "disaster", "storm": "disaster",
    "fire": "accident", "crash": "accident", "collapse": "accident", "stampede": "accident",
    "epidemic": "epidemic",
}
_PRIORITY = {t: i for i, t in enumerate(TERMS)}


def _terms(articles: pl.LazyFrame) -> pl.LazyFrame:
    """(article_key, incident_terms) ordered by frequency in title (x2) + lead, specific first."""
    lead = pl.concat_str([pl.col("title").fill_null(""), pl.col("title").fill_null(""),
                          pl.col("body").fill_null("").str.slice(0, 1500)], separator="\n")
    counts = articles.select("article_key", lead.str.to_lowercase().alias("lead")).select(
        "article_key",
        *[pl.col("lead").str.count_matches(rf"(?-u:\b)(?:{pat})(?-u:\b)").alias(name)
          for name, pat in TERMS.items()],
    )
    return (
        counts.unpivot(index="article_key", variable_name="term", value_name="n")
        .filter(pl.col("n") > 0)
        .with_columns(pl.col("term").replace_strict(_PRIORITY, return_dtype=pl.Int32).alias("p"))
        .sort("article_key", "n", "p", descending=[False, True, False])
        .group_by("article_key", maintain_order=True).agg(pl.col("term").alias("incident_terms"))
    )


def _dates(articles, figures, date_mentions) -> pl.LazyFrame:
    pub = articles.select("article_key", pl.col("published_at").cast(pl.Date).alias("pub"))
    fig = (figures.filter(pl.col("refers_to_date").is_not_null())
           .group_by("article_key", "refers_to_date")
           .agg(pl.col("in_article_total").fill_null(False).sum().alias("t"), pl.len().alias("n"))
           .sort("t", "n", "refers_to_date", descending=[True, True, False])
           .group_by("article_key", maintain_order=True).first()
           .select("article_key", pl.col("refers_to_date").alias("d_fig")))
    men = (date_mentions.filter(pl.col("resolved_date").is_not_null() & (pl.col("char_start") < 1500))
           .join(pub, on="article_key", how="left")
           .filter(pl.col("pub").is_null() | (pl.col("resolved_date") <= pl.col("pub")))
           .group_by("article_key", "resolved_date")
           .agg(pl.len().alias("n"), pl.col("char_start").min().alias("first"))
           .sort("n", "first", descending=[True, False])
           .group_by("article_key", maintain_order=True).first()
           .select("article_key", pl.col("resolved_date").alias("d_men")))
    return (pub.join(fig, on="article_key", how="left").join(men, on="article_key", how="left")
            .select("article_key", pl.coalesce("d_fig", "d_men", "pub").alias("event_date"),
                    pl.when(pl.col("d_fig").is_not_null()).then(pl.lit("figure"))
                    .when(pl.col("d_men").is_not_null()).then(pl.lit("text"))
                    .when(pl.col("pub").is_not_null()).then(pl.lit("published"))
                    .alias("event_date_source")))


def _tolls(figures: pl.LazyFrame) -> pl.LazyFrame:
    names = figures.collect_schema().names()
    keep = pl.col("in_article_total").fill_null(False)
    if "is_background" in names:
        keep = keep & ~pl.col("is_background").fill_null(False)
    return (figures.filter(keep).group_by("article_key").agg(
        *[pl.col("value").filter(pl.col("category") == c).sum().cast(pl.Int64).alias(c)
          for c in ("killed", "injured")],
        *[(pl.col("category") == c).any().alias(f"has_{c}") for c in ("killed", "injured")])
        .with_columns(*[pl.when(pl.col(f"has_{c}")).then(c).alias(c) for c in ("killed", "injured")])
        .drop("has_killed", "has_injured")
        .join(figures.select("article_key").unique().with_columns(pl.lit(True).alias("has_figures")),
              on="article_key", how="full", coalesce=True))


def event_features(articles: pl.LazyFrame, figures: pl.LazyFrame,
                   date_mentions: pl.LazyFrame) -> pl.LazyFrame:
    """article_key, event_date, event_date_source, location_name, locality, places, admin_name,
    country_code, reporting_place, incident_terms, killed, injured, has_figures."""
    places = resolve_places(articles)
    out = (articles.select("article_key")
           .join(_dates(articles, figures, date_mentions), on="article_key", how="left")
           .join(places, on="article_key", how="left")
           .join(_terms(articles), on="article_key", how="left")
           .join(_tolls(figures), on="article_key", how="left"))
    return out.with_columns(
        pl.coalesce("admin_name", "locality",
                    pl.col("country_code").map_elements(country_name, return_dtype=pl.Utf8))
        .alias("location_name"),
        pl.col("incident_terms").fill_null(pl.lit([], dtype=pl.List(pl.Utf8))),
        pl.col("has_figures").fill_null(False),
    ).select("article_key", "event_date", "event_date_source", "location_name", "locality",
             "places", "admin_name", "country_code", "reporting_place", "incident_terms", "killed",
             "injured", "has_figures")


# ---------------------------------------------------------------- clustering
def _place_match(a: dict, ev: dict) -> str | None:
    """'same' | 'conflict' | None (unknown) for an article vs an incident's places.

    Places are sets ("Gaskindé near Djibo"): any shared name is the same place."""
    locs, adm = a["locs"], a["adm"]
    if locs & (ev["locs"] | ev["adms"]) or (adm and adm in ev["locs"]):
        return "same"
    if locs and ev["locs"]:
        return "conflict"
    if adm and ev["adms"]:
        return "same" if adm in ev["adms"] else "conflict"
    return None


def _type_ok(a: dict, ev: dict) -> bool:
    if not a["fam"] or not ev["fam"]:
        return True
    return bool(a["fam"] & ev["fam"])


def _score(same_place: bool, gap: int, shared_term: bool) -> float:
    return (0.6 if same_place else 0.3) + 0.3 - 0.03 * abs(gap) + (0.1 if shared_term else 0.0)


# the highest score a fit can have (same place, same day, a shared term): nothing after it can win
_TOP = _score(True, 0, True)


def _names_of(a: dict) -> set[str]:
    """An article's place names: its places and its admin area."""
    return a["locs"] | ({a["adm"]} - {None})


def _best(a: dict, candidates: Iterable[dict]) -> tuple[dict | None, float, str]:
    """The incident this article fits best, or None; an unplaced article needs a unique fit.
    Candidates come in a fixed order and ties go to the first."""
    best, best_s, reason, n_fit = None, 0.0, "", 0
    for ev in candidates:
        # an undated article (no figure date, no date in text, no publication date) may join
        # only by place: it is then treated as 0 days apart but must share a place
        gap = (a["date"] - ev["first"]).days if a["date"] and ev["first"] else 0
        if abs(gap) > WINDOW_DAYS or not _type_ok(a, ev):
            continue
        place = _place_match(a, ev)
        if place == "conflict" or ((gap != 0 or not a["date"]) and place != "same"):
            continue
        s = _score(place == "same", gap, bool(a["terms"] & ev["terms"]))
        n_fit += 1
        if s > best_s:
            what = ", ".join(sorted(a["terms"] & ev["terms"])) or "compatible type"
            best, best_s = ev, s
            when = f"{abs(gap)} day(s) apart" if a["date"] and ev["first"] else "undated"
            reason = f"{'same place' if place == 'same' else 'no conflicting place'}, {what}, {when}"
            if s >= _TOP:  # a same-place fit: the unique-fit rule below does not apply
                break
    if best is not None and _place_match(a, best) != "same" and n_fit > 1:
        return None, 0.0, ""
    return best, round(min(best_s, 1.0), 3), reason


class _Window:
    """The incidents of one country that dated articles can still join, indexed by place name
    and by first day. A dated article fits only an incident that shares a name with it or
    starts on its day (`_best`), so it reads those alone, not every incident of its country
    in the last WINDOW_DAYS: a dense backlog then costs what the article's own place holds.
    `order` keeps the candidates in the order the walk met the incidents (ties go the same
    way in every run)."""

    def __init__(self) -> None:
        self.by_name: dict[str, dict[int, dict]] = {}
        self.by_day: dict[date, dict[int, dict]] = {}
        self.order: dict[int, int] = {}

    def add(self, ev: dict, order: int | None = None) -> None:
        """Index `ev` (again, after a new member brought names or an earlier first day)."""
        if order is not None:
            self.order[id(ev)] = order
        for name in ev["locs"] | ev["adms"]:
            self.by_name.setdefault(name, {})[id(ev)] = ev
        self.by_day.setdefault(ev["first"], {})[id(ev)] = ev

    def candidates(self, a: dict) -> list[dict]:
        oldest = a["date"] - timedelta(days=WINDOW_DAYS)
        found: dict[int, dict] = {}
        for name in _names_of(a):
            bucket = self.by_name.get(name, {})
            for k, ev in list(bucket.items()):
                if ev["first"] < oldest:  # out of the window for good: the walk goes forward in time
                    del bucket[k]
                else:
                    found[k] = ev
        for k, ev in self.by_day.get(a["date"], {}).items():
            if ev["first"] == a["date"]:  # (an entry is stale once its incident's first day moved)
                found[k] = ev
        return sorted(found.values(), key=lambda ev: self.order[id(ev)])


def _join(a: dict, ev: dict | None, events: list[dict]) -> dict:
    if ev is None:
        ev = {"members": [], "first": a["date"], "cc": a["cc"], "locs": set(), "adms": set(),
              "fam": set(), "terms": set()}
        events.append(ev)
    ev["members"].append(a["key"])
    if a["date"] and a["cc"] is not None and a["cc"] == ev["cc"] and ev["first"] and a["date"] < ev["first"]:
        ev["first"] = a["date"]  # only in incremental runs: a late report of an earlier day
    ev["locs"] |= a["locs"]
    ev["adms"] |= {a["adm"]} - {None}
    ev["fam"] |= a["fam"]
    ev["terms"] |= a["terms"]
    return ev


def _sharing_place(a: dict, by_place: dict[str, list[dict]]) -> Iterator[dict]:
    """Incidents that share a place name with `a` (and its country, when it has one), by name
    then in the order they were indexed; lazily, so `_best` can stop at a perfect fit."""
    seen: set[int] = set()
    for name in sorted(_names_of(a)):
        for ev in by_place.get(name, ()):
            if id(ev) not in seen and (a["cc"] is None or ev["cc"] == a["cc"]):
                seen.add(id(ev))
                yield ev


def _cluster(rows: list[dict], existing: list[dict] = ()) -> list[tuple[dict, float, str, dict]]:
    """Greedy pass per country over articles in date order; only incidents of the last
    WINDOW_DAYS are candidates (near-linear). Articles without country or date are matched
    last, by shared place name only. `existing` incidents (incremental runs) are candidates
    from the start and keep their members; only `rows` are assigned."""
    blocks: dict[object, list[dict]] = {}
    for r in rows:
        blocks.setdefault(r["cc"] if r["date"] else None, []).append(r)
    events: list[dict] = list(existing)
    out: list[tuple[dict, float, str, dict]] = []
    by_place: dict[str, list[dict]] = {}
    later = blocks.pop(None, [])  # no country or no date: matched by place afterwards
    stored: dict[object, list[dict]] = {}
    for e in existing:
        if e["first"]:
            stored.setdefault(e["cc"], []).append(e)
    for cc, block in sorted(blocks.items()):  # a fixed order: ties go the same way every run
        block.sort(key=lambda r: (r["date"], not r["locs"], r["adm"] is None, r["key"]))
        # stored incidents enter the window as the walk reaches their first day (a stored
        # incident far ahead is no candidate yet: without this, each article of a backlog that
        # spans months would scan every stored incident of its country); candidates keep one
        # order, stored by first day then new ones, so ties go the same way in every run
        upcoming = deque(sorted(stored.get(cc, ()), key=lambda e: e["first"]))
        window, entered = _Window(), len(upcoming)
        for rank, e in enumerate(upcoming):
            window.order[id(e)] = rank
        for a in block:
            while upcoming and (upcoming[0]["first"] - a["date"]).days <= WINDOW_DAYS:
                window.add(upcoming.popleft())
            ev, score, reason = _best(a, window.candidates(a))
            new = ev is None
            ev = _join(a, ev, events)
            window.add(ev, entered if new else None)
            entered += new
            out.append((a, 1.0 if new else score, "first report" if new else reason, ev))
    for ev in events:
        for name in ev["locs"] | ev["adms"]:
            by_place.setdefault(name, []).append(ev)
    for a in sorted(later, key=lambda r: (r["date"] or date.max, r["key"])):
        ev, score, reason = _best(a, _sharing_place(a, by_place))
        new = ev is None
        note = "" if not a["date"] else " (country from the incident)"
        out.append((a, 1.0 if new else score, "first report" if new else reason + note,
                    _join(a, ev, events)))
    return out


_BRIDGE = {"event_key": pl.Int64, "article_key": pl.Int64, "score": pl.Float64, "reason": pl.Utf8}
_ELIGIBLE = (pl.col("has_figures") | (pl.col("incident_terms").list.len() > 0)
             | pl.col("country_code").is_not_null() | (pl.col("places").list.len() > 0))


@lru_cache(maxsize=200_000)
def _fold(name: str) -> str:
    return fold(name)


def _article_rows(f: pl.DataFrame) -> list[dict]:
    """The clustering view of each eligible article (features row -> dict)."""
    return [{"key": r["article_key"], "date": r["event_date"], "cc": r["country_code"],
             "locs": {_fold(p) for p in r["places"] or []},
             "adm": r["admin_name"] and _fold(r["admin_name"]),
             "terms": set(r["incident_terms"] or []),
             "fam": {FAMILY[t] for t in (r["incident_terms"] or [])}}
            for r in f.filter(_ELIGIBLE).iter_rows(named=True)]


def _bridge(assigned: list[tuple[dict, float, str, dict]]) -> pl.DataFrame:
    rows = [(ev["event_key"] if "event_key" in ev else stable_key(min(ev["members"])), a["key"],
             score, reason)
            for a, score, reason, ev in assigned]
    return pl.DataFrame(rows, schema=_BRIDGE, orient="row")


def cluster_events(features: pl.LazyFrame) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """(dim_event, bridge_event_article); event_key = stable_key(smallest article_key)."""
    f = features.collect()
    bridge = _bridge(_cluster(_article_rows(f)))
    return _dim_event(bridge, f), bridge.lazy()


# ---------------------------------------------------------------- incremental
def _event_state(members: pl.DataFrame) -> pl.DataFrame:
    """Per stored incident, what the greedy pass knew about it: its country (all members that
    have one share it), its first day (the earliest dated member of that country, or of any
    member when it has no country) — exactly the state `_cluster` ended with."""
    return members.group_by("event_key").agg(
        pl.col("country_code").drop_nulls().first().alias("cc"),
        pl.when(pl.col("country_code").is_not_null().any())
        .then(pl.col("event_date").filter(pl.col("country_code").is_not_null()).min())
        .otherwise(pl.col("event_date").min()).alias("first"),
    )


def _mapped(frame: pl.DataFrame, column: str, fn: Callable[[str], str | None] | None = None) -> pl.DataFrame:
    """`frame` with `fn` applied to `column` once per distinct value (`fold` by default)."""
    unique = frame[column].drop_nulls().unique()
    return frame.with_columns(pl.col(column).replace_strict(
        dict(zip(unique, map(fn or _fold, unique))), default=None, return_dtype=pl.Utf8))


def _names(frame: pl.DataFrame) -> pl.DataFrame:
    """(article_key, name): folded place and admin names, one row each."""
    raw = pl.concat([
        frame.select("article_key", pl.col("places").alias("name")).explode("name"),
        frame.select("article_key", pl.col("admin_name").alias("name")),
    ]).drop_nulls("name")
    return _mapped(raw, "name").unique()


def _stored_events(pool: pl.DataFrame) -> list[dict]:
    """The `_cluster` state of stored incidents, from their members' features (vectorised:
    one Python dict per incident, not per member)."""
    def listed(column: str, explode: bool, fold_it: bool) -> pl.DataFrame:
        f = pool.select("event_key", column)
        f = (f.explode(column) if explode else f).drop_nulls(column)
        f = _mapped(f, column) if fold_it else f
        return f.group_by("event_key").agg(pl.col(column).unique())

    state = (_event_state(pool)
             .join(pool.group_by("event_key").agg(pl.col("article_key").sort()), on="event_key")
             .join(listed("places", True, True), on="event_key", how="left")
             .join(listed("admin_name", False, True), on="event_key", how="left")
             .join(listed("incident_terms", True, False), on="event_key", how="left"))
    return [{"event_key": r["event_key"], "members": r["article_key"], "first": r["first"],
             "cc": r["cc"], "locs": set(r["places"] or ()), "adms": set(r["admin_name"] or ()),
             "terms": set(r["incident_terms"] or ()),
             "fam": {FAMILY[t] for t in r["incident_terms"] or ()}}
            for r in state.sort("event_key").iter_rows(named=True)]


def candidate_events(new: pl.DataFrame, members: pl.DataFrame) -> pl.Series:
    """Stored incidents a new article could join under the `_best` rules. A dated article
    fits only an incident of its country that shares a place name with it and starts within
    WINDOW_DAYS, or starts on its very day; the others (no date or no country) only one that
    shares a place name. An incident no new article fits keeps its state through the run, so
    these are all the incidents `_cluster` needs; reading only them keeps a run's cost near
    the size of its own batch when the warehouse holds years of incidents."""
    new = new.filter(_ELIGIBLE)
    state = _event_state(members).drop_nulls("first")
    dated = new.filter(pl.col("event_date").is_not_null() & pl.col("country_code").is_not_null())
    same_day = (dated.select(pl.col("country_code").alias("cc"), pl.col("event_date").alias("first"))
                .unique().join(state, on=["cc", "first"]).select("event_key"))
    window = pl.date_ranges(pl.col("event_date") - pl.duration(days=WINDOW_DAYS),
                            pl.col("event_date") + pl.duration(days=WINDOW_DAYS))
    near_days = (_names(dated).join(dated.select("article_key", pl.col("country_code").alias("cc"),
                                                 window.alias("first")), on="article_key")
                 .explode("first").select("cc", "name", "first").unique())
    stored_names = _names(members).join(members.select("article_key", "event_key"), on="article_key")
    named = (stored_names.select("event_key", "name").unique()
             .join(state, on="event_key").join(near_days, on=["cc", "name", "first"]).select("event_key"))
    parts = [same_day, named]
    undated = new.join(dated.select("article_key"), on="article_key", how="anti")
    if undated.height:
        names = _names(undated).select("name").unique()
        parts.append(stored_names.join(names, on="name").select("event_key"))
    return pl.concat(parts)["event_key"].unique().sort()


def extend_events(new: pl.LazyFrame, members: pl.LazyFrame,
                  touched: pl.LazyFrame | None = None,
                  candidates: pl.Series | None = None) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """Incremental clustering: assign only the `new` articles' features to stored incidents.

    `members`: the event features of the current articles already assigned, with their
    `event_key`, `score`, `reason` (at least those of the candidate incidents). Stored
    assignments and event keys never change; a new article joins a stored incident or opens one
    by the same rules as `cluster_events`. Returns (dim_event rows of every incident that gained
    members or is in `touched` — e.g. lost a superseded version —, bridge rows of new articles).
    `candidates`: the `candidate_events` of `new` when the caller has them already (it used them
    to read `members`); computed here otherwise."""
    new_f, members_f = new.collect(), members.collect()
    cands = candidate_events(new_f, members_f) if candidates is None else candidates
    pool = members_f.filter(pl.col("event_key").is_in(cands.implode()))
    bridge = _bridge(_cluster(_article_rows(new_f), _stored_events(pool)))
    grown = bridge.select("event_key")
    if touched is not None:
        grown = pl.concat([grown, touched.select("event_key").collect()])
    stored = members_f.select(*_BRIDGE).join(grown.unique(), on="event_key", how="semi")
    affected = pl.concat([stored, bridge])
    features = pl.concat([members_f.drop("event_key", "score", "reason"), new_f],
                         how="vertical_relaxed")
    return _dim_event(affected, features), bridge.lazy()


def _modes(joined: pl.DataFrame, column: str | pl.Expr, alias: str) -> pl.DataFrame:
    """Per incident, the most frequent non-null value of `column` over its members in
    (event_key, article_key) order; a tie goes to the value met first."""
    return (joined.select("event_key", pl.int_range(pl.len()).alias("_at"),
                          (pl.col(column) if isinstance(column, str) else column).alias(alias))
            .drop_nulls(alias)
            .group_by("event_key", alias).agg(pl.len().alias("_n"), pl.col("_at").min())
            .sort(["event_key", "_n", "_at"], descending=[False, True, False])
            .group_by("event_key", maintain_order=True).first()
            .select("event_key", alias))


def _dim_event(bridge: pl.DataFrame, f: pl.DataFrame) -> pl.LazyFrame:
    """One row per incident: its members' most frequent day, place and country, and a label
    ("2019-11-01 attack, Tabankort, Mali (killed 49–53)")."""
    joined = bridge.join(f, on="article_key", how="left").sort("event_key", "article_key")
    out = joined.group_by("event_key").agg(
        pl.col("killed").min().alias("_lo"), pl.col("killed").max().alias("_hi"))
    for column, alias in (("event_date", "event_date"), ("location_name", "location_name"),
                          ("country_code", "country_code"), ("locality", "_spot"),
                          (pl.col("incident_terms").list.first(), "_term")):
        out = out.join(_modes(joined, column, alias), on="event_key", how="left")
    out = _mapped(out.with_columns(pl.col("country_code").alias("_country")), "_country", country_name)
    where = (pl.concat_list(pl.col("_spot"), pl.col("location_name"), pl.col("_country"))
             .list.drop_nulls().list.filter(pl.element() != "").list.unique(maintain_order=True)
             .list.join(", "))
    toll = (pl.when(pl.col("_lo").is_null()).then(pl.lit(""))
            .when(pl.col("_lo") == pl.col("_hi")).then(pl.format(" (killed {})", "_lo"))
            .otherwise(pl.format(" (killed {}–{})", "_lo", "_hi")))
    label = pl.concat_str(
        pl.col("event_date").cast(pl.Utf8).fill_null("undated"), pl.lit(" "),
        pl.col("_term").fill_null("incident"), pl.lit(", "),
        pl.when(where == "").then(pl.lit("place unknown")).otherwise(where), toll)
    return (out.sort("event_key")
            .select("event_key", "event_date", "location_name", "country_code", label.alias("label"))
            .lazy())
