"""Sentences with offsets, and candidate figures found in them (vectorised, no per-article loop).

Sentences: the lowercased body gets a NUL after each sentence end (abbreviation dots are masked
first with a same-length character), is split and exploded; cumulative lengths give offsets.
Candidates: each pattern of `figures_patterns.PATTERNS` runs with `str.extract_all` on the
sentences that pass a cheap trigger prefilter, then with `str.replace_all` putting a NUL before each
match on the sentences that have one: split there, cumulative lengths give each match's offset
(Polars 2.1 has no regex find-all with offsets).
"""
from __future__ import annotations

import polars as pl

from transforms.batching import ENGINE
from transforms.figures_lexicon import Lexicon
from transforms.numbers import QUAL, WORDNUM
from transforms.figures_patterns import (ACTIVE_VERBS, BARE_HELD, BARE_TAIL, CATEGORY_WORD, NAMED, NAMED_PASSIVE, NAMED_VERBS, NOT_A_NAME, PERSON, PERSONS_PL, PERSONS_SG,
                                         RANKED_ASIDE)

PERSONS_PL_RE = PERSONS_PL

_ABBREV = (r"(?-u:\b)(mr|mrs|ms|dr|gen|col|lt|sgt|capt|maj|gov|sen|rep|prof|st|no|jan|feb|mar|apr|jun|"
           # military and police ranks ("Two soldiers, Pfc. [name] and Cpl. [name], were killed")
           r"pfc|cpl|pvt|pte|spc|ssgt|cdr|cmdr|brig|insp|supt|adm|const|"
           r"jul|aug|sep|sept|oct|nov|dec|u\.s|u\.n|e\.g|i\.e|vs|inc|ltd|co|jr|approx|est)\.")
_END = r"([.!?]+[\"”’')\]]*[ \t]+|\n\s*)"
# Ages ("a 15 year old girl", "70-year old man"): their digits become same-length letters so
# no pattern reads them as a count and the age reads as an adjective (offsets are unchanged).
AGE_TAIL = r"((?:-| )?(?:year|yr|month|week)s?(?:-| )?old)(?-u:\b)"
# A unit's number ("soldiers of 6 dogra regiment", "the 3rd battalion") is masked the same way: it is no count.
UNIT_TAIL = (r"((?:st|nd|rd|th)?(?: [a-z]+){0,2} (?:regiment|battalion|brigade|division|squadron|platoon|bn|bde)s?)(?-u:\b)")
# one modifier word before a victim noun; an age phrase counts as one ("killing a xx year old girl")
# A count glued by a hyphen to the word before it ("violence continues-3 were killed") or to a "non-"
# word after it ("the killing of 36-non local kenyans"): the hyphen becomes a space (same length).
# (not a name with a number: "covid-19", "mi-17", "ak-47" have short or listed first parts)
_GLUED_BEFORE = r"(?-u:\b)((?:[a-z]{4,}))-([0-9]{1,4} )"
_GLUED_NON = r"(?-u:\b)([0-9]{1,4})-(non[- ])"
# a count quoted on its own after a participle of its event ('while killing "around thirty" assailants', 'wounding “at least 12”
# others'; not a finite verb: 'JNIM said it had killed "more than 200" soldiers' is a claim that the rival-report rules read):
# the quotes move to after its noun (same length), so the count reads as after its verb
_QUOTED_COUNT = (r"(?-u:\b)(?P<v>[a-z]+ing) (?P<q1>[\"“])(?P<x>(?:" + QUAL + r" )?(?:[0-9][0-9,]*|" + WORDNUM + r"))"
                 r"(?P<q2>[\"”]) (?P<n>[a-z][a-z'’-]*)(?-u:\b)")
_GLUED_NAMES = r"(?-u:\b)(covid|sars|boeing|airbus|route|highway|channel|resolution|article|section|phase|level|grade|class|model|type)-([0-9])"
# A dateline's day before a wire agency in brackets ("imphal, jun 11 (pti) two persons were killed") is masked the same way:
# no count, and no bracket aside that swallows the count after it.
DATELINE_DAY = (r"(?-u:\b)((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? )[0-9]{W}( \([a-z]{2,12}\) )")
MOD = r"(?:[a-z]+(?:-| )?(?:year|yr|month|week)s?(?:-| )?old|[a-z][a-z'’-]*)"


def sentences(articles: pl.LazyFrame, age_tail: str = AGE_TAIL) -> pl.LazyFrame:
    """article_key, sid, s_start, s_end, s (lowercased sentence text, offsets into body)."""
    low = pl.col("body").fill_null("").str.to_lowercase()
    marked = low.str.replace_all(_ABBREV, "${1}_").str.replace_all(_END, "${1}\x00")
    # an ampersand inside an abbreviation ("j&k police") becomes a hyphen (same length): one word
    marked = marked.str.replace_all(r"(?-u:\b)([a-z]{1,3})&([a-z]{1,3})(?-u:\b)", "${1}-${2}")
    marked = (marked.str.replace_all(_GLUED_NAMES, "${1}\x01${2}").str.replace_all(_GLUED_BEFORE, "${1} ${2}")
              .str.replace_all(_GLUED_NON, "${1} ${2}").str.replace_all("\x01", "-", literal=True)
              .str.replace_all(_QUOTED_COUNT, "${v} ${x} ${n}${q1}${q2}"))
    for width in (2, 1):
        marked = marked.str.replace_all(DATELINE_DAY.replace("{W}", "{" + str(width) + "}"), "${1}" + "x" * width + "${2}")
    for width in (3, 2, 1):
        marked = marked.str.replace_all(r"(?-u:\b)[0-9]{" + str(width) + "}" + age_tail, "x" * width + "${1}")
        marked = marked.str.replace_all(r"(?-u:\b)[0-9]{" + str(width) + "}" + UNIT_TAIL, "x" * width + "${1}")
    return (articles.select("article_key", marked.str.split("\x00").alias("s"))
            .explode("s")
            .with_columns(pl.col("s").str.len_chars().cast(pl.Int64).alias("n"))
            .with_columns(pl.col("n").cum_sum().over("article_key").alias("s_end"))
            .with_columns((pl.col("s_end") - pl.col("n")).alias("s_start"),
                          pl.int_range(pl.len()).over("article_key").alias("sid"))
            .filter(pl.col("n") > 0)
            .select("article_key", "sid", "s_start", "s_end",
                    pl.col("s").str.replace_all("_", ".", literal=True)))


_LINKS_HEAD = (r"^\s*(?:related(?: (?:stories|articles|news|posts|content|coverage))?|more (?:stories|news|from [a-z ]+)|"
               r"you (?:may|might) also like|recommended(?: for you| stories)?|most read|trending(?: now)?|top stories)\s*:?\s*$")
_LINK_LINE = r"^\s*(?:read also|also read|read more|see also|related|recommended)\s*:"


def furniture(sents: pl.LazyFrame) -> pl.LazyFrame:
    """article_key, sid of page furniture: "READ ALSO: ..." lines and everything after a
    "Related" heading (other stories' headlines, not this article's figures)."""
    s = pl.col("s")
    after_head = s.str.contains(_LINKS_HEAD).cast(pl.Int32).cum_sum().over("article_key", order_by="sid") > 0
    return (sents.filter(s.str.contains(r"^\s*(?:read|also|see|related|recommended|more|you|most|trending|top)"))
            .select("article_key").unique()
            .join(sents, on="article_key", how="inner")
            .filter(after_head | s.str.contains(_LINK_LINE))
            .select("article_key", "sid", pl.lit(True).alias("furniture")))


# marks where each match starts: no sentence holds it (`sentences` splits the body on it)
_MARK = "\x00"


def _one_pattern(sents: pl.LazyFrame, name: str, regex: str, priority: int) -> pl.LazyFrame:
    # the text before each match: the sentence cut where the same regex's matches start (one compiled
    # regex, where a `(?s).*?` extraction compiled a second as large: 1/3 of the patterns' fixed cost)
    found = (sents.with_columns(pl.col("s").str.extract_all(regex).alias("m"))
             .filter(pl.col("m").list.len() > 0)
             .with_columns(pl.col("s").str.replace_all(regex, _MARK + "${0}").str.split(_MARK)
                           .list.head(pl.col("m").list.len()).alias("pre"))
             .explode("pre", "m")
             .with_columns(pl.col("pre").str.len_chars().cast(pl.Int64).cum_sum()
                           .over("article_key", "sid").alias("m_start"))
             .with_columns((pl.col("m_start") + pl.col("m").str.len_chars().cast(pl.Int64)).alias("m_end"),
                           # groups read from the sentence at the match (its boundaries may need the next char)
                           pl.col("s").str.slice(pl.col("m_start")).str.extract_groups("^" + regex).alias("g")))
    return found.select(
        "article_key", "sid", "s_start", "s", "m_start", "m_end", "m",
        pl.col("g").struct.field("1").fill_null("").alias("lead"),
        pl.col("g").struct.field("2").alias("qual"),
        pl.col("g").struct.field("3").alias("num"),
        pl.col("g").struct.field("4").fill_null("").alias("rest"),
        pl.lit(name).alias("pattern"), pl.lit(priority).alias("priority"))


def named_victims(hot: pl.LazyFrame, articles: pl.LazyFrame) -> pl.LazyFrame:
    """`NAMED` matches, read on the original-case text of the sentences with a killing verb and
    a capital letter after it; `num` is the list of names (`name_count` turns it into a count)."""
    verbs = [v for v in NAMED_VERBS.split("|") if " " not in v] + ["shot", "shooting", "gunned down", "hacked", "stabbed", "bodies of"]
    # (also two names before a passive verb: "PO2 [name] and PO1 [name] were killed")
    # the original case of the sentences either reading may need, read from the body once
    cased = (hot.with_columns(pl.col("s").str.contains_any(verbs).alias("_verb"),
                              (pl.col("s").str.contains_any([" were ", " have been ", " had been ", " are ", " embraced "])
                               & pl.col("s").str.contains(" and ")).alias("_passive"))
             .filter(pl.col("_verb") | pl.col("_passive"))
             .join(articles.select("article_key", "body"), on="article_key", how="inner")
             .with_columns(pl.col("body").str.slice(pl.col("s_start"), pl.col("s").str.len_chars()).alias("s")).drop("body"))
    src = (cased.filter(pl.col("_verb") & pl.col("s").str.contains(r"(?-u:\b)(?i:" + NAMED_VERBS + r") (?:[^ ]+ ){0,4}?[A-Z]"))
           .drop("_verb", "_passive"))
    passive = (cased.filter(pl.col("_passive") & pl.col("s").str.contains(r"(?:[A-Z][\w'’.-]*|[0-9]{1,2},) (?:were|have been|had been|are|embraced) "))
               .drop("_verb", "_passive"))
    low = ["s", "m", "lead", "num", "rest"]
    found = pl.concat([_one_pattern(src, "named", NAMED, 2), _one_pattern(passive, "named", NAMED_PASSIVE, 2)],
                      how="vertical").with_columns(pl.col(c).str.to_lowercase() for c in low)
    # (an appositive is no name: "haji [name], a former district governor")
    return found.filter(~pl.col("num").str.replace_all(r", (?:a|an) [^,]*", "").str.contains(NOT_A_NAME))


_KIN_N = {w: n for n, w in enumerate(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], start=2)}


def name_count(num: pl.Expr) -> pl.Expr:
    """"ahmed khan, rashid ali and karim shah" -> "3"; "malik khan, his two sons and a guard" -> "4"; "[name] and two aides" -> "3"."""
    kin = (num.str.extract_all(r"(?-u:\b)(?:his|her|their|and) (?:two|three|four|five|six|seven|eight|nine|ten|[0-9]+) ")
           .list.eval(pl.element().str.extract(r" ([a-z0-9]+) $").replace(_KIN_N).cast(pl.Int64, strict=False) - 1).list.sum())
    # (an age after a name is no item: "[name], 52, his wife and their son" -> "3")
    # (nor a "who" aside or an appositive: "[name], 39, who was leading the operation, and [name], 28" -> "2";
    # "sheikh [name], a tribal elder, and his son" -> "2")
    return (num.str.replace_all(r", [0-9]{1,3}(?-u:\b)", "").str.replace_all(r", who [^,;.()]*", "").str.replace_all(r", (?:a|an) [^,]*", "")
            .str.count_matches(r",? and |, ") + 1 + kin.fill_null(0)).cast(pl.Utf8)


def _holds_all(groups: list[list[str]]) -> pl.Expr:
    """The sentence holds a literal of every group."""
    return pl.all_horizontal([pl.col("s").str.contains_any(g) for g in groups])


def candidates(sents: pl.LazyFrame, articles: pl.LazyFrame, lex: Lexicon) -> pl.LazyFrame:
    """All pattern matches of the lexicon, one row each, with the number's offsets inside its sentence."""
    hot = sents.filter(pl.col("s").str.contains(lex.trigger)).collect(engine=ENGINE).lazy()
    def source(name: str) -> pl.LazyFrame:
        src = hot.filter(pl.col("s").str.contains_any(lex.prefilter[name])) if name in lex.prefilter else hot
        src = src.filter(pl.col("s").str.contains_any(lex.prefilter_also[name])) if name in lex.prefilter_also else src
        src = src.filter(_holds_all(lex.gate[name])) if name in lex.gate else src
        return src.filter(~_holds_all(lex.gate_not[name])) if name in lex.gate_not else src
    frames = [_one_pattern(source(name), name, rx, pr) for name, (rx, pr) in lex.patterns.items()]
    if lex.named:
        frames.append(named_victims(hot, articles))
    # (an empty qualifier group, "()" in ARTICLE or NAMED, has no space after it)
    qlen = pl.when(pl.col("qual").fill_null("") != "").then(pl.col("qual").str.len_chars() + 1).otherwise(0)
    found = (pl.concat(frames, how="vertical")  # read three times below
             .with_columns(pl.col("pattern").replace({"num_paren": "num_first", "num_plain": "num_first", "poss_semi": "poss_item", "ordinal_body": "ordinal", "num_and_bare": "num_first", "abbrev": "num_first", "later_dead": "their_bodies", "far_subject": "one_who", "as_was_and": "as_was", "injured_whom_died": "injured_died"})).collect(engine=ENGINE).lazy())
    # a list item counts only inside a numbered group's match ("44 saf troopers, 18 milf fighters and 5 civilians")
    # (or a labelled list's: "fatalities: 2 militants, 3 policemen, 1 army soldier and 1 civilian")
    lists = pl.col("pattern") == "list"
    spans = found.filter(pl.col("pattern").is_in(["num_first", "colon_next"])).select("article_key", "sid", pl.col("m_start").alias("_fs"),
                                                                   pl.col("m_end").alias("_fe"))
    inside = (found.filter(lists).join(spans, on=["article_key", "sid"], how="inner")
              .filter((pl.col("m_start") > pl.col("_fs")) & (pl.col("m_end") < pl.col("_fe")))
              .drop("_fs", "_fe").unique(["article_key", "sid", "m_start"]))
    return (pl.concat([found.filter(~lists), inside], how="vertical")
            .with_columns((pl.col("m_start") + pl.col("lead").str.len_chars() + qlen).cast(pl.Int64)
                          .alias("n_start"))
            .with_columns((pl.col("n_start") + pl.col("num").fill_null("").str.len_chars()).cast(pl.Int64)
                          .alias("n_end"))
            .with_columns(
                pl.col("s").str.slice(0, pl.col("m_start")).str.slice(-80).alias("before"),
                pl.col("s").str.slice(pl.col("m_end")).str.slice(0, 90).alias("after"),
                pl.col("s").str.slice(pl.col("n_end")).str.slice(0, 30).alias("after_num"))
            .with_columns(pl.col("before").str.slice(-80).alias("before"))
            # (a count at another place follows an "in/at" phrase of its clause; "a"/"an" only before a person noun)
            .filter((pl.col("pattern") != "ellipsis") | pl.col("before").str.contains(r"(?-u:\b)(?:in|at) [^,;]*$")
                    & ~pl.col("rest").str.contains(_NOT_PLACE)
                    & (~pl.col("num").is_in(["a", "an"]) | pl.col("rest").str.contains(r"^(?: [a-z][a-z'’-]*)? " + PERSON + " "))))


# "and three in critical condition", "and two at large": no second place
_NOT_PLACE = (r"^ (?:[a-z]+ )?(?:in|at) (?:the )?(?:hospitals?|critical|serious|stable|custody|intensive|care|condition|police|large|"
              r"least|most|all|total|first|once|time|morning|afternoon|evening|night|a|an)(?-u:\b)")


_AUX = (r"were|was|are|is|have|has|had|been|being|be|also|reportedly|allegedly|later|all|both|more|"
        r"others|other|of|them|those|whom|feared|confirmed|now|still|subsequently|eventually|instantly|"
        r"immediately|seriously|critically|severely|badly|slightly|fatally|got|get|further|another|"
        r"additional|so|far|in|total|believed|thought|said|reported|known|presumed|understood|estimated|"
        r"to|people|persons|among|the|ones|then|too|"
        r"including|mostly|many|some|most|whom|these|such|few|who|left")
_FORBID = (r"(?-u:\b)(?:after|before|since|ago|which|that|when|where|while|says|said|told|because|though|"
           r"although|if|than|days?|weeks?|months?|years?|hours?|minutes?|times|attacks?|assaults?|raids?|"
           r"incidents?|bombings?|explosions?|blasts?|vehicles|houses|homes|buildings|cars|trucks|cattle|"
           r"goats|camels|cows|sheep|livestock|countries|villages|towns|districts|regions|provinces|"
           r"counties|states|km|kilometres|kilometers|miles|percent|cent|deadliest|worst|per|heads|rounds|"
           r"shots|bullets|guns|rifles|weapons|cases|animals|acres|hectares|shillings|dollars|naira|"
           # arms seized are no hostages ("3 grenades and a pistol were seized")
           r"pistols?|grenades?|ammunition|magazines|explosives|cartridges|machetes|knives|"
           # ("eleven firearms were seized at the scene")
           r"firearms?|shotguns?|handguns?|revolvers?|carbines?|"
           r"euros|francs)(?-u:\b)")
_TRANSITIVE = (r"^(?:killed|wounded|injured|abducted|kidnapped|arrested|detained|displaced|rescued|"
               r"evacuated|affected|murdered|executed|massacred|slaughtered|seized|captured|hurt|shot dead|"
               r"gunned down|gunned|lynched|beheaded|assassinated|maimed|hospitali[sz]ed|saved|charged|"
               r"apprehended|nabbed|snatched|butchered|rounded up|picked up|jailed|remanded)$")
_OBJECT_NEXT = (r"^ (?:[0-9]|a |an |the |his |her |their |its |him |them |another |at least|more than|some |"
                r"several|dozens|hundreds|scores|one|two|three|four|five|six|seven|eight|nine|ten|"
                r"eleven|twelve|twenty|thirty|forty|fifty|" + PERSON[3:-1] + r")")
_FUNC_NEXT = (r"^(?:$|[ ,.;:)\"”’'–-]*$|[,.;:)\"”’'–-]| (?:of|in|on|at|during|and|or|as|when|while|after|"
              r"before|near|from|with|inside|outside|including|across|along|around|since|by|last|this|"
              r"overnight|yesterday|today|on|early|late|monday|tuesday|wednesday|thursday|friday|saturday|"
              r"sunday|others|more|in|within|between|following|among|were|was|are|is|have|had|has|who|"
              r"instantly|immediately|outright|late|too)(?-u:\b))")
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"


_KILL_VERB = (r"^(?:kill|kills|killing|killed|lynch|lynches|lynched|lynching|shot dead|shoot dead|shoots dead|"
              r"assassinated|assassinating|assassinate|assassinates|"
              r"shooting dead|shot and killed|massacred|massacring|murdered|murdering|slaughtered|slaughtering|"
              r"beheaded|beheading|executed|executing|gunned down|hacked to death|stoned to death|beat to death) $")
# "the killing of a classmate" is one; "the killing of turkana warriors" is mostly a grievance, no plural count
_KILL_OF = r"^(?:killing|killings|murder|murders|death|deaths|severed head|severed heads) of $"


# a group named by its unit after its person noun: " members of the pmf", " fighters from the us-backed syrian democratic
# forces", " soldiers of the 5th division (ex-seleka)"
_UNIT_OF = (r"^(?: [a-z][a-z'’-]*){0,2}? " + PERSONS_PL + r" (?:of|from) (?:the |an? )?(?:[a-z0-9][a-z0-9'’-]* ){0,4}?[a-z][a-z'’-]*"
            r"(?: \([a-z0-9 -]{2,12}\))?$")


_NOT_MOD = (r"(?-u:\b)(?:and|or|but|as|in|at|on|by|with|after|before|when|while|to|for|from|of|into|off|his|her|their|its|the|"
            r"no|not|many|some|several|more|other|all|both|these|those|them|fellow|own|any|each|every)(?-u:\b)")


_NOT_VICTIM = (r"^ (?:total|number|lot|series|group|couple|few|handful|dozen|score|spree|rampage|wave|[a-z]+ (?:of|number))(?-u:\b)|"
               r"(?-u:\b)(?:cow|goat|camel|sheep|dog|cat|lion|elephant|leopard|hyena|buffalo|donkey|bull|animal|bird|pig|chicken)s?(?-u:\b)")


# "two hostages were later killed": a category word that is the subject's noun, not a second figure
_HOSTAGE_NOUN = r"(?-u:\b)(?:hostages|captives)(?-u:\b)"


def plausible(lf: pl.LazyFrame) -> pl.LazyFrame:
    """Drop candidates that are not casualty figures (ages, years, dates, money, units, actives)."""
    vf = pl.col("pattern").is_in(["verb_first", "verb_second"])
    # "another" as the object is one more ("abducted six farmers and shot dead another who tried to flee")
    another = (vf & (pl.col("num") == "") & pl.col("lead").str.ends_with(" another ")
               & pl.col("after").str.contains(r"^ ?(?:(?:who|whom|in|at|on|near|as|while|during|when|after|before|for)(?-u:\b)|[,.;:]|$)"))
    lf = lf.with_columns(pl.when(another).then(pl.col("lead").str.strip_suffix("another ")).otherwise(pl.col("lead")).alias("lead"),
                         pl.when(another).then(pl.lit("another")).otherwise(pl.col("num")).alias("num"),
                         pl.when(another).then(pl.col("m").str.strip_suffix(" ")).otherwise(pl.col("m")).alias("m"),
                         pl.when(another).then(pl.col("m_end") - 1).otherwise(pl.col("m_end")).alias("m_end"),
                         pl.when(another).then(pl.lit(" ") + pl.col("after")).otherwise(pl.col("after")).alias("after"),
                         pl.when(another).then(pl.col("n_start") - 8).otherwise(pl.col("n_start")).alias("n_start"),
                         pl.when(another).then(pl.col("n_end") - 1).otherwise(pl.col("n_end")).alias("n_end"))
    # no number after the verb ("kill civilians"): the match ends with the verb's space; give it back
    gap0 = vf & (pl.col("num") == "") & pl.col("m").str.ends_with(" ")
    lf = lf.with_columns(pl.when(gap0).then(pl.col("m_end") - 1).otherwise(pl.col("m_end")).alias("m_end"),
                         pl.when(gap0).then(pl.col("m").str.strip_suffix(" ")).otherwise(pl.col("m")).alias("m"),
                         pl.when(gap0).then(pl.lit(" ") + pl.col("after")).otherwise(pl.col("after")).alias("after"),
                         pl.when(gap0).then(pl.col("n_start") - 1).otherwise(pl.col("n_start")).alias("n_start"),
                         pl.when(gap0).then(pl.col("n_end") - 1).otherwise(pl.col("n_end")).alias("n_end"))
    # a second verb in a second object's lead governs it: "killing a man and wounding his son and two other
    # civilians" (the two are wounded); the reading starts at that verb
    cut = pl.when(pl.col("pattern") == "verb_second").then(
        pl.col("lead").str.extract(r"^(.+(?:,| and) )" + ACTIVE_VERBS + " ").str.len_chars()).otherwise(None).fill_null(0)
    lf = lf.with_columns(pl.col("lead").str.slice(cut), pl.col("m").str.slice(cut), (pl.col("m_start") + cut).alias("m_start"))
    before20 = pl.col("s").str.slice(0, pl.col("m_start")).str.slice(-20)
    lf = lf.with_columns(pl.when(vf).then(pl.col("after").str.extract(r"^((?: " + MOD + "){0,3})").fill_null(""))
                         .otherwise(pl.col("rest")).alias("rest"),
                         # a verb's second object joined by "and" is another group ("killing 26 nigerien soldiers and
                         # 2 nigerian soldiers"); after a bare comma it may restate the first ("three villagers, two children")
                         ((pl.col("pattern") == "verb_second") & pl.col("lead").str.contains(r" (?:and|plus) $")).alias("second_object"),
                         pl.when(vf).then(pl.lit("verb_first")).otherwise(pl.col("pattern")).alias("pattern"))
    pat, rest = pl.col("pattern"), pl.col("rest")
    # words between number and category word (an inserted ", among them a girl," set aside)
    # (and ", identified as [names],")
    gap = (rest.str.replace(" " + CATEGORY_WORD + "$", "").str.replace_all(r" \([^()]*\)", "")
           .str.replace(r", (?:later |locally )?(?:identified|named)(?: only)? as [^;.()]*?,", ",")
           .str.replace(r", [^,;.()]+? and [^,;.()]+? ((?:were|have been|had been)(?: (?:all|both|reportedly|later|then))*)$", " $1").str.replace(RANKED_ASIDE, ",").str.replace(
        r",? (?:including|among them|among which|among whom|mostly|mainly|largely|chiefly|most of them|many of them|some of them|all) [^,;.]*?"
        r"(?:, [^,;.]*?){1,2},(?: [a-z]+){0,3}$", ",").str.replace(
        r",? (?:including|among them|among which|among whom|mostly|mainly|largely|chiefly|most of them|many of them|some of them|all) [^,;.]*?(?:,|$)", ","))
    gap_words_ok = (gap.str.contains(r"(?-u:\b)" + PERSON + r"(?-u:\b)") | gap.str.contains(r"^(?: [a-z'’-]+){0,2}$")
                    | gap.str.contains(r"^(?: (?:were|was|are|is|had been|have been))? [a-z]+(?:ed|en) and$")
                    # two groups by name: "toll 3 fardc and 6 mai-mai dead"
                    | gap.str.contains(r"^ [a-z][a-z'’-]+,? and (?:all |both )?[0-9a-z]+ [a-z][a-z'’-]+$")
                    | gap.str.replace_all(r"(?-u:\b)(?:" + _AUX + r")(?-u:\b)", "").str.contains(r"^[ ,]*$"))
    # two counts, each with a bracketed qualifier, before one verb ("4 (confirmed) and 3 (suspected) killed")
    paren_pair = rest.str.contains(r"^ \([^()]{1,50}\),? and [0-9a-z,-]+ \([^()]{1,50}\)(?: [a-z]+){1,4}$")
    gap_words_ok = gap_words_ok | paren_pair
    passive = gap.str.contains(r"(?-u:\b)(?:was|were|been|being|is|are|got|get)(?-u:\b)")
    last_word = rest.str.extract(r"([a-z]+)$")
    two_last = rest.str.extract(r"([a-z]+ [a-z]+)$")
    # (a killing verb of several words: "four masked men hacked to death a blogger", "three men fatally stabbed a trader")
    # (an analyst's abbreviation is no verb: "four kia in the assault"; other one-word rests, which have no two last words, are
    # read as before: "reported 4 deaths the following month" is dropped)
    transitive = ((last_word.str.contains(_TRANSITIVE) | two_last.str.contains(_TRANSITIVE)).fill_null(~rest.str.contains(r"(?-u:\b)(?:kia|wia|mia)$"))
                  | rest.str.contains(r"(?-u:\b)(?:[a-z]+ to death|fatally [a-z]+|shot and killed)$"))
    # (also a titled object: "a police officer shot dead former soldier [name]"; not "killed by police")
    titled = pl.col("after").str.contains(r"^ [a-z][a-z'’-]* " + PERSON + r"(?-u:\b)") & ~pl.col("after").str.contains(_FUNC_NEXT)
    # (a participle right after the number is an adjective: "said 17 injured people were still under treatment")
    prenominal = (gap == "") & pl.col("after").str.contains(r"^ (?:people|persons|victims|civilians|others|passengers|persons)(?-u:\b)")
    # (a displaced group as a passive's subject too: "five displaced women were abducted")
    prenominal = prenominal | (gap == "") & (last_word == "displaced") & pl.col("after").str.contains(
        r"^ " + PERSONS_PL + r" (?:were|have been|had been|are)(?-u:\b)")
    active = transitive & ~passive & ~prenominal & (pl.col("after").str.contains(_OBJECT_NEXT) | titled)
    np_first = pat.is_in(["num_first", "conj", "article", "bare", "kin", "list"])
    no_person = (gap.str.replace_all(r"(?-u:\b)" + PERSON + r"(?-u:\b)", "")
                 # (a second group's qualifier: "13 soldiers and more than 40 fighters were killed")
                 .str.replace_all(r"(?-u:\b)(?:more|less|fewer) than(?-u:\b)", "")
                 .str.replace_all(r"[0-9a-z]+[- ]?(?:year|yr|month|week)s?[- ]?old", "")
                 # "12 others are said to have been rescued": a reporting passive, no speaker
                 .str.replace_all(r"(?-u:\b)(?:is|are|was|were) said to(?-u:\b)", "")
                 # "hundreds of residents have since fled": after the event, no period ("since 2012")
                 .str.replace(r"(?-u:\b)(?:have|has|had) since(?: been)?$", ""))
    pre_and = gap.str.extract(r"^(.*?),? (?:and|plus) ")
    # "three are attacked and killed": two verbs, one group
    two_verbs = pre_and.str.contains(r"^(?: (?:were|was|are|is|had been|have been|been))? [a-z]+(?:ed|en|nt)$")
    # "3 anp and 7 taliban killed": one unknown word before "and" is a group's name
    bad_conj = (pre_and.is_not_null() & ~two_verbs & ~paren_pair & ~pre_and.str.contains(r"^ [a-z][a-z'’-]+(?: [a-z][a-z'’-]+s)?$")
                # (a long group ends with its person noun: "two suspected al-shabab gunmen and a police officer")
                & ((pre_and.str.contains(r"^(?: [a-z'’-]+){3,}") & ~pre_and.str.contains(PERSON + "$") & ~pre_and.str.contains(_UNIT_OF))
                   | ~pre_and.str.contains(PERSON)))
    # "two families caused the death": a determiner makes the category word a noun of its own
    nominal = gap.str.contains(r" (?:the|a|an|his|her|their|its)$") & ~gap.str.contains(r" among the$")
    # "a gang of six men who fled with the cash": the perpetrators ran away, nobody was displaced
    fled_away = rest.str.contains(r"(?-u:\b)who (?:then |later )?fled$") & pl.col("after").str.contains(r"^ (?:with|after|on|in a|into the)(?-u:\b)")
    # "the local mayor reported forty-eight villagers dead": the one who reports is no victim
    # "stabbed a guard to death": the verb's reading (TO_DEATH) is the figure
    speaker = (pat == "article") & rest.str.contains(PERSON + " to death$") | (pat == "article") & rest.str.contains(r"(?-u:\b)(?:reported|reporting|reports|counted|counting|said|says|told|confirmed)(?-u:\b)")
    # "killed 5 is militants and arrested another 3": the number is the first verb's object, not the second's subject
    obj_of_verb = (pat == "num_first") & before20.str.contains(
        r"(?-u:\b)(?:killing|killed|kill|kills|wounding|wounded|injuring|injured|abducting|abducted|kidnapping|kidnapped|"
        r"arrested|arresting|detained|detaining|shot dead|shooting dead) $") & gap.str.contains(r"(?-u:\b)and(?-u:\b)")
    bad_np = np_first & (speaker | obj_of_verb | no_person.str.contains(_FORBID) | ~gap_words_ok | active | bad_conj | nominal | fled_away
                         # ("the number of militant fatalities is unknown": a count, no one victim)
                         | (pat == "article") & pl.col("m").str.contains(r"^the (?:[a-z]+ )?number of ")
                         | gap.str.contains(r"(?-u:\b)(?:left|leaving)(?-u:\b)")
                         # (the victims of a verb before, named by their state: "killing at least eight displaced people")
                         | prenominal & (last_word == "displaced") & before20.str.contains(
                             r"(?-u:\b)(?:killing|killed|kill|kills|wounding|wounded|injuring|injured|abducting|abducted|kidnapping|kidnapped|shot dead|shooting dead) $"))
    after_ok = (rest.str.contains(r"^(?: " + MOD + "){0,2}? " + PERSON + r"(?-u:\b)")
                | rest.str.contains(_FUNC_NEXT))
    # no number after the verb: a singular person ("kills civilian", "lynch a man") is 1, a bare
    # plural ("kill civilians", "killing herders") is ACLED's plural-without-number (10) - but not a
    # generic use of the verb ("accused of killing civilians", "were killing sect members")
    # (any modifier but a function word: "kill kikuyu civilians", "kills security officers")
    mods = rest.str.extract(r"^((?: [a-z][a-z'’-]*){0,2}) " + PERSONS_PL + r"(?-u:\b)")
    bare_pl = ((pl.col("num") == "") & pl.col("lead").str.contains(_KILL_VERB) & mods.is_not_null() & ~mods.str.contains(_NOT_MOD)
               & ~rest.str.contains(r"^ (?:his|her|their|its|the|of|on|in|at|by|for|to)(?-u:\b)")
               & ~before20.str.contains(r"(?-u:\b)(?:of|for|from|to|were|are|is|was|been|be|stop|continue|continued|continues|about|against|accused|deny|denied|denies) $"))
    # a killing verb and "a"/"an" before any noun is one victim ("killed a rubber tapper in ...")
    # (a second object too: "killed a trader and a herbalist")
    one_any = (pl.col("num").is_in(["a", "an"]) & (pl.col("lead").str.contains(_KILL_VERB) | pl.col("lead").str.contains(_KILL_OF)
                                                   | pl.col("second_object") & pl.col("lead").str.contains(_KILL_VERB[:-2] + " "))
               & pl.col("after").str.contains(r"^(?: [a-z][a-z'’-]*){1,4}?(?:[,.;:)]|$| (?:in|at|on|near|and|with|from|who|while|as|during|after|"
                                              r"outside|inside|of|whom|by|for|over|when|whose|along|across|behind)(?-u:\b))")
               & ~pl.col("after").str.slice(0, 40).str.contains(_NOT_VICTIM))
    # a participle after a determiner is an adjective ("the funeral of a murdered businessman"); "nearly killed" is no death
    adjective = ((pl.col("num") == "") & pl.col("lead").str.contains(r"^[a-z]+(?:ed|en) $")
                 & before20.str.contains(r"(?-u:\b)(?:a|an|the|his|her|their|its|another)\s*$"))
    averted = before20.str.contains(r"(?-u:\b)(?:nearly|almost|narrowly)\s*$")
    # a qualifier before "a"/"an" is a preposition: "shot dead over an old land dispute" names no victim
    prep_a = pl.col("num").is_in(["a", "an"]) & pl.col("qual").is_not_null()
    # (an age is no span of time: "killing a 15-year-old", "shot dead a two-year-old")
    # an ordinal names one more of those counted before ("executed 2 shepherds and abducted a third": kidnapped 1)
    ordinal_obj = pl.col("num").is_in(["a", "an"]) & pl.col("after").str.contains(
        r"^ (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:[,.;:]|$| (?:in|at|on|near|who|and|while|as|from|during|before|after)(?-u:\b))")
    bad_vf = (pat == "verb_first") & (adjective | averted | prep_a | (~after_ok & rest.str.replace_all(PERSON, "").str.replace_all(
        r"[0-9a-z]+[- ]?(?:year|yr|month|week)s?[- ]?old", "").str.contains(_FORBID))
                                      | ((pl.col("num") == "") & rest.str.contains(
                                          r"^ (?:and|or|but|as|in|at|on|by|with|after|before|when|while|to|for|from|of|into)(?-u:\b)"))
                                      | (pl.col("num").is_in(["a", "an", ""]) & ~bare_pl & ~one_any & ~ordinal_obj & ~rest.str.contains(
                                          r"^(?: " + MOD + "){0,2}? " + PERSONS_SG + r"(?-u:\b)")))
    # "seizing the governor's compound": a thing of the person is taken, not the person
    poss_thing = pl.col("after").str.extract(r"^(?: [a-z'’-]+){0,2}? " + PERSON + r"['’]s((?: [a-z'’-]+){1,3})")
    bad_vf = bad_vf | ((pat == "verb_first") & poss_thing.is_not_null() & ~poss_thing.str.contains(r"(?-u:\b)" + PERSON + r"(?-u:\b)"))
    an = pl.col("after_num")
    before = pl.col("s").str.slice(0, pl.col("n_start")).str.slice(-20)
    num = pl.col("num").fill_null("")
    bad_num = (an.str.contains(r"^(?:-year|-years| years? old| year-old|%| per ?cent|-man|-strong|-member|-seat|"
                               r":[0-9]| ?(?:am|pm|a\.m|p\.m|gmt|hrs)(?-u:\b)| ?(?:km|kilomet|miles|metres|meters|kg|tonnes|"
                               r"tons|acres|hectares|shillings|dollars|usd|euros|naira|cfa|francs|rupees|pounds|"
                               # (other currencies: "seized four rifles, two vehicles and 30,000 pesos in cash")
                               r"pesos|reais|bolivars|soles|quetzales|lempiras|cedis|rand|birr|dinars|riyals|dirhams|rupiah|yuan|afghanis|taka|kwacha|leones|"
                               r"billion)(?-u:\b)| of the (?:deadliest|worst|most|biggest|largest|bloodiest|main|few)|-(?:[a-z]))")
               | an.str.contains(r"^ " + _MONTHS + r"(?-u:\b)")
               | before.str.contains(r"(?:[$£€]|(?-u:\b)(?:ksh|sh|usd|us\$|rs|cfa|n|no|number|page|route|article|section|chapter|flight)\.? ?)$")
               | (before.str.contains(r"(?-u:\b)" + _MONTHS + r"\.? ?$")
                  & ~before.str.contains(r"[0-9](?:st|nd|rd|th)? (?:of )?" + _MONTHS + r"\. ?$"))
               | (num.str.contains(r"^(?:19|20)[0-9]{2}$") & pl.col("qual").is_null())
               | before.str.contains(r"[0-9][.,:/]?$|[a-z0-9]-$|#$")
               # "without saying how many attackers had been killed": a question, not a count
               | (num.is_in(["many", "much"]) & before.str.contains(r"(?-u:\b)how $")))
    # a bare noun with a determiner is no new count ("the pupils were kidnapped"); a singular object
    # after a comma is rarely a second victim ("wounded four others, a local official said")
    bad_bare = (pat == "bare") & pl.col("m").str.contains(
        r"^(?:[,;:(\"“] )?(?:(?:and|but|while|as|where) )?(?:the|these|those|their|his|her|its|our|my|some|most|all|both|"
        r"other|such|no|few|many|several|two|three|four|five|six|seven|eight|nine|ten|a|an|one|another)(?-u:\b)")
    # ("women and children were killed": one subject, not a headline's second clause)
    bad_bare = bad_bare | (pat == "bare") & pl.col("m").str.starts_with("and ") & pl.col("before").str.contains(PERSON + " $")
    # "the" as a second object only for a singular named by its relation ("... and the 18-month-old son of a head constable")
    # (or a vehicle's crew after its passengers: "killing six passengers and the driver" is 7)
    crew = pl.col("lead").str.ends_with(" and ") & pl.col("after").str.contains(
        r"^ (?:[a-z-]+ )?(?:driver|pilot|co-pilot|conductor)(?:[,.;:]|$| (?:of|in|at|on|near|as|when|and)(?-u:\b))")
    bad_the = (pl.col("num") == "the") & vf & ~pl.col("after").str.contains(r"^(?: [a-z0-9][a-z0-9'’-]*){0,2}? " + PERSONS_SG + " of ") & ~crew
    # (not a middle item of a list of victims before their verb: "an army colonel, a major and two soldiers were killed")
    bad_v2 = ((pl.col("lead").str.ends_with(", ") & pl.col("num").is_in(["a", "an"]) & (pat != "coord_sg2"))
              # a new clause's subject ("killed nine people, and 6,000 residents have been evacuated")
              # (not a relative clause: "shot dead three robbers and a woman who was with them")
              | pl.col("second_object") & pl.col("after").str.contains(r"^(?: [a-z][a-z'’-]*){0,3}? (?:have|has|had|were|are|was|is) ")
              & ~pl.col("after").str.contains(r"^(?: [a-z][a-z'’-]*){0,2}? (?:who|which|that) ")
              # (or with its own category word: "killing two peacekeepers, and some 3,000 people sought shelter"; not a
              # verb of the first clause: "killed two officers and a civilian before fleeing")
              | pl.col("second_object") & ~pl.col("after").str.extract(r"^((?: [a-z][a-z'’-]*){0,3}?) " + CATEGORY_WORD + r"(?-u:\b)").str.contains(
                  r"(?-u:\b)(?:who|which|that|before|after|while|when|by|without|from|for|to|[a-z]+ing)(?-u:\b)").fill_null(True))
    # a long subject-verb gap must not hold another clause ("two soldiers said the attackers were killed")
    bad_npp = (pat == "np_passive") & rest.str.contains(
        # (nor an event's relative clause or a negated subject: "45 suspects ... in which no one was killed")
        r"(?-u:\b)(?:said|says|say|told|and|or|but|after|before|when|while|because|if|claimed|killing|attacking|"
        r"which|no one|nobody|none)(?-u:\b).* ") | (
        (pat == "np_passive") & (rest.str.contains(r"(?:^|[^/0-9])[0-9][0-9,]* [a-z]| - |–") | (rest.str.replace_all(_HOSTAGE_NOUN, "").str.count_matches(r"(?-u:\b)" + CATEGORY_WORD + r"(?-u:\b)") > 1)
                                 | pl.col("after").str.contains(_OBJECT_NEXT)))
    hedged = pl.col("m").str.contains(r"(?-u:\b)(?:not|never|nearly|almost|narrowly|being) " + CATEGORY_WORD + "$")
    bad_sing = (pat == "sing") & (rest.str.contains(r"^(?:not|never|nearly|almost|being|allegedly involved|accused|suspected of)(?-u:\b)")
                                  | before20.str.contains(r"(?-u:\b)(?:no one|nobody|none|who|which|that|one|how many)(?: [a-z]+)? $"))
    # "along with police officers": no count; "along with his driver" is one
    # ("with his wife and son": the possessive covers both)
    bad_along = pat.is_in(["along", "along_next"]) & (pl.col("num") == "") & (
        ~pl.col("lead").str.contains(r"(?:his|her|their) $") & ~((pat == "along_next") & pl.col("lead").str.contains(r"^with (?:his|her|their) "))
        | rest.str.contains(PERSONS_PL + "$")) | (
        # ("shot dead with his wife watching": a witness)
        pat.is_in(["along", "along_next"]) & pl.col("lead").str.contains("^with ") & pl.col("after").str.contains(r"^ (?:[a-z]+ing|looking on|nearby)(?-u:\b)"))
    # "beat them to death": people counted elsewhere
    bad_td = (pat == "to_death") & (pl.col("num") == "") & rest.str.contains(r"^ ?(?:them|themselves)(?-u:\b)")
    # "both soldiers and civilians were killed": "both ... and" joins two bare groups, it counts no pair
    both_and = pl.col("m").str.extract(r"^both(?: [a-z][a-z'’-]*){1,3} and ((?:[a-z][a-z'’-]* ){0,2}?)" + PERSONS_PL + r"(?-u:\b)")
    bad_both = (pat == "both") & both_and.is_not_null() & ~both_and.str.contains(r"^(?:[0-9]|a |an |one |two |three |four |five |six |seven |eight |nine |ten |several |dozens |many |some )")
    return lf.filter(~(bad_np | bad_vf | bad_bare | bad_v2 | bad_the | bad_along | bad_sing | bad_npp | bad_td | bad_both | (hedged & (pat != "negation"))
                       | (bad_num & (pat != "negation"))))


def drop_nested(c: pl.LazyFrame) -> pl.LazyFrame:
    """Drop a candidate whose number sits inside another's number ("and 15" in "between 10 and
    15"), and an article-less reading covered by another match ("person died" in "one person died")."""
    other = c.select("article_key", "sid", pl.col("n_start").alias("o_ns"), pl.col("n_end").alias("o_ne"), pl.col("pattern").alias("o_pat"),
                     pl.col("m_start").alias("o_ms"), pl.col("m_end").alias("o_me"), pl.col("num").alias("o_num"))
    key = ["article_key", "sid", "n_start", "pattern"]
    bad = (c.select(*key, "num").join(other, on=["article_key", "sid"], how="inner")
           .filter(((pl.col("n_start") > pl.col("o_ns")) & (pl.col("n_start") < pl.col("o_ne")))
                   | (pl.col("num").is_in(["", "the"]) & ~pl.col("o_num").is_in(["", "the"]) & ~pl.col("pattern").is_in(["kin", "self", "poss_item"])
                      & (pl.col("n_start") >= pl.col("o_ms")) & (pl.col("n_start") < pl.col("o_me")) & (pl.col("o_ns") <= pl.col("n_start")))
                   # the number-first reading stops in a relative clause ("five fishermen who fled the attack were rescued")
                   | ((pl.col("pattern") == "num_first") & (pl.col("o_pat") == "num_who") & (pl.col("n_start") == pl.col("o_ns")))
                   # a singular passive read inside any other match ("no one was killed", "a man was shot")
                   | ((pl.col("pattern") == "sing") & (pl.col("o_pat") != "sing")
                      & (pl.col("n_start") >= pl.col("o_ms")) & (pl.col("n_start") <= pl.col("o_me"))))
           .select(key).unique())
    return c.join(bad, on=key, how="anti")


def mark_plural(lf: pl.LazyFrame) -> pl.LazyFrame:
    """A bare plural with no number ("kill civilians", "civilians were killed") reads as ACLED's
    plural-without-number (`plural` -> 10, vague)."""
    # (the head noun, last, decides: "kill kenyan fishermen" is plural, "kills police officer" one)
    vf_plural = ((pl.col("pattern") == "verb_first") & (pl.col("num") == "")
                 & pl.col("rest").str.contains(r"^(?: [a-z'’-]+){0,2} " + PERSONS_PL_RE + "$")
                 & ~pl.col("rest").str.contains(r"^(?: [a-z'’-]+){0,2}? " + PERSONS_SG + "$"))
    # the noun right before the verb decides: "police officer shot dead" is one, not "police"
    bare_pl = ((pl.col("pattern") == "bare") & pl.col("m").str.contains(PERSONS_PL + r"(?-u:\b)" + BARE_HELD + BARE_TAIL + "$")
               & ~pl.col("m").str.contains(PERSONS_SG + r"(?-u:\b)" + BARE_HELD + BARE_TAIL + "$")
               # a singular verb means one ("an unidentified gunmen is killed")
               & ~pl.col("m").str.contains(r" (?:is|was|has been) (?:[a-z]+ )*[a-z]+$"))
    td_plural = ((pl.col("pattern") == "to_death") & (pl.col("num") == "")
                 & pl.col("rest").str.contains(r"^ ?(?:[a-z'’-]+ ){0,2}?" + PERSONS_PL_RE + r"(?-u:\b)")
                 & ~pl.col("rest").str.contains(r"^ ?(?:[a-z'’-]+ ){0,2}?" + PERSONS_SG + r"(?-u:\b)"))
    return lf.with_columns(pl.when(bare_pl | vf_plural | td_plural).then(pl.lit("plural"))
                           .otherwise(pl.col("num")).alias("num"))
