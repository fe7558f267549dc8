"""Time expressions in article bodies -> `date_mentions` (TIMEX3 type, value, resolved day).

Vectorised: the body is lowercased once; one alternation regex (`timex_patterns.TIMEX_RE`) finds the
mentions with `str.extract_all`, and `str.replace_all` puts a private-use mark before each of them, so
splitting on the mark gives the text before every mention and cumulative lengths give character
offsets (Polars 2.1 has no regex `find_all` with offsets; a `(?s).*?TIMEX` extraction did the same
but falls off the regex engine's fast path once the alternation grows, ~5x slower). Values are computed by Polars expressions over the exploded
mentions (`timex_normalize`); tense is read from the words before the mention in its clause.

Tense (`timex_tense`) is read only for mentions whose value depends on it.

Not time expressions (dropped): numbers followed by "%" / "-old" / ".5" ("closed at 2082.1"),
"march"/"may" written in lower case (the verb, "this march"), frequency adjectives on reporting nouns
("its quarterly dividend", "average daily volume") and newspapers ("the party daily Granma"), and the
ordinal "a second" ("a second attack", "in a second round"): a duration only after "for/in/within/than/about" and
not before a noun; seasons naming weather, sport or crops ("a winter storm", "the Summer Olympics"); "to the day after".
"""
from __future__ import annotations

import polars as pl

from transforms.batching import ENGINE
from transforms.timex_anchor import SENT_END, second_pass
from transforms.timex_normalize import first_pass
from transforms.timex_patterns import MAY_FIGURE, PERIOD_TO_TAIL, TIMEX_RE
from transforms.timex_tense import NEEDS_TENSE, with_tense

OUTPUT_SCHEMA = {"article_key": pl.Int64, "mention_text": pl.Utf8, "char_start": pl.Int64, "char_end": pl.Int64,
                 "timex_type": pl.Utf8, "timex_value": pl.Utf8, "resolved_date": pl.Date}
_MARK = "\ue000"  # a private-use character, blanked out of the text, marks where each mention starts
_LEAD = r"^((?:in|since|until|by|of|from|through|to|and|or) )may\b|^((?:in|by|during|until|through|since|over) )the fall\b|^((?:in|since|until|from) )1[0-5][0-9]{2}$"
_BAD_BEFORE_MONTH = r"(?:^|[^a-z])(?:to|will|would|they|we|i|you|a|'ll|could|may|should|must|did|not|people|supporters|protesters)\s$"


def extract_date_mentions(articles: pl.LazyFrame) -> pl.LazyFrame:
    """One row per time expression: see `OUTPUT_SCHEMA` and DEVELOPERS.md (`date_mentions`)."""
    return _tagged(articles).select([pl.col(k).cast(v) for k, v in OUTPUT_SCHEMA.items()]).collect(engine=ENGINE).lazy()


def _tagged(articles: pl.LazyFrame) -> pl.LazyFrame:
    """All working columns (context, tense, parts); `extract_date_mentions` keeps the output ones."""
    lower = pl.col("body").str.to_lowercase().str.replace_all(_MARK, " ", literal=True)
    low = pl.col("low")
    lf = (articles.select("article_key", "body", "published_at")
          .with_columns(low=lower)
          .with_columns(m=low.str.extract_all(TIMEX_RE))
          # the text before the first mention, then each mention with the text up to the next one
          .with_columns(pre=low.str.replace_all(TIMEX_RE, _MARK + "${0}").str.split(_MARK).list.head(pl.col("m").list.len()))
          .explode(["pre", "m"])
          .filter(pl.col("m").is_not_null())
          # the segments tile the body, so cumulative lengths are offsets and cumulative sentence ends are the
          # mention's sentence number (an end never straddles a segment: it ends in a space, a mention starts a word)
          .with_columns(char_start=pl.col("pre").str.len_chars().cast(pl.Int64).cum_sum().over("article_key"),
                        sent=pl.col("pre").str.count_matches(SENT_END).cum_sum().over("article_key"))
          .with_columns(char_end=pl.col("char_start") + pl.col("m").str.len_chars().cast(pl.Int64)))
    lead = pl.coalesce(pl.col("m").str.extract(_LEAD), pl.col("m").str.extract(_LEAD, 2), pl.col("m").str.extract(_LEAD, 3), pl.col("m").str.extract(r"^(an? |the )year-(?:earlier|ago)$")).str.len_chars().cast(pl.Int64).fill_null(0)
    lf = lf.with_columns(char_start=pl.col("char_start") + lead, m=pl.col("m").str.slice(lead))
    # a comparison measures a gap, no date: "began about a month earlier than usual" is the DURATION "about a month"
    tail = (pl.when(pl.col("m").str.contains(r"[a-z0-9] (?:earlier|later)$")
                    & pl.col("low").str.slice(pl.col("char_end"), 6).str.starts_with(" than "))
            .then(pl.col("m").str.extract(r"( (?:earlier|later))$").str.len_chars().cast(pl.Int64)).otherwise(0))
    # ("May retail sales": the month without the figure)
    tail = pl.when(pl.col("m").str.contains("^" + MAY_FIGURE + "$")).then(pl.col("m").str.len_chars().cast(pl.Int64) - 3).otherwise(tail)
    # ("the three months to September," without the character after the month)
    tail = pl.coalesce(pl.col("m").str.extract(PERIOD_TO_TAIL).str.len_chars().cast(pl.Int64), tail)
    lf = lf.with_columns(char_end=pl.col("char_end") - tail, m=pl.col("m").str.slice(0, pl.col("m").str.len_chars() - tail))
    ctx_from = (pl.col("char_start") - 150).clip(lower_bound=0)
    before = pl.col("low").str.slice(ctx_from, pl.col("char_start") - ctx_from)
    after = pl.col("low").str.slice(pl.col("char_end"), 200)
    prev_char = pl.col("low").str.slice((pl.col("char_start") - 1).clip(lower_bound=0), pl.when(pl.col("char_start") > 0).then(1).otherwise(0))
    lf = lf.with_columns(before=before, after=after, prev_char=prev_char)
    # (the words before a "May" after "and"/"or", else nothing: the regexes below then skip the other rows)
    may_and = pl.when(pl.col("m").str.starts_with("may") & (pl.col("before").str.ends_with(" and ") | pl.col("before").str.ends_with(" or "))).then(pl.col("before")).otherwise(pl.lit(""))
    bad = (pl.col("after").str.contains(r"^[- ]old\b|^%|^[0-9]|^[.,][0-9]|^-(?:man|strong|member|seat|km)|^ (?:per ?cent|percent)")
           | pl.col("prev_char").str.contains(r"[$£€0-9]")
           | (pl.col("m").str.contains(r"^(?:march|may)$") & pl.col("before").str.contains(_BAD_BEFORE_MONTH)
              # (the end of a range of months is the month: "from January to March", "from November 1998 to March")
              & ~pl.col("before").str.contains(r"(?:january|february|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?: [0-9]{1,4})?(?:,? [0-9]{4})? (?:to|through|until|till) $"))
           | (pl.col("m").str.contains(r"(?:^| )(?:march|may)$")
              & ~pl.col("body").str.slice(pl.col("char_end") - 5, 5).str.contains(r"(?:March|May|MARCH|MAY)$"))
           | (pl.col("m").str.contains(r"^[0-9]{4}$") & pl.col("after").str.contains(r"^ (?:people|soldiers|troops|men|women|children|civilians|km|miles|metres|meters|dead|deaths)\b"))
           | (pl.col("m").str.contains(r"^(?:seconds|minutes|hours|days|weeks|months)$") & ~pl.col("before").str.contains(r"(?:for|within|over|in|after|took|takes|take|lasted|last|lasts) $")
              # "hours later", "days after the vote", "Hours after taking the oath" measure a gap; "months of protests" lasts
              & ~pl.col("after").str.contains(r"^ (?:later|earlier|afterwards?)(?-u:\b)|^ after (?:the|a|an|his|her|their|its|[a-z]+ing)(?-u:\b)|^ of [a-z]"))
           # fractions ("three-quarters of its food", "a quarter of the market") and "quarter-to-quarter"
           | (pl.col("m").str.contains(r"(?:^|[^a-z])(?:a|one)[ -]quarter$|-quarters$")
              & pl.col("after").str.contains(r"^ of ") & ~pl.col("after").str.contains(r"^ of (?:the |this |last |next |fiscal )?(?:year|fiscal|[0-9]{4})"))
           # a quarter of a unit ("cut rates by a quarter point", "a quarter-mile")
           | (pl.col("m").str.contains(r"(?:^|[^a-z])(?:a|one)[ -]quarter$")
              & pl.col("after").str.contains(r"^[ -](?:(?:percentage )?points?|per ?cent|percent|miles?|inch(?:es)?|pounds?|acres?|tons?|cents?)(?-u:\b)"))
           # a year opening an asteroid's or comet's designation ("asteroid 2012 DA14", "comet 1996 B2"; "the 2014 G20
           # summit" is the year)
           # (a full designation, two capitals and a number, needs no noun before it: "a separate asteroid, 2012 DA14, passed")
           | (pl.col("m").str.contains(r"^[0-9]{4}$") & pl.col("before").str.contains(r"(?-u:\b)(?:asteroids?|comets?|minor planets?|objects?) $")
              & pl.col("body").str.slice(pl.col("char_end"), 8).str.contains(r"^ [A-Z]{1,3}[0-9]{0,4}(?:[^A-Za-z0-9]|$)"))
           | (pl.col("m").str.contains(r"^[0-9]{4}$") & pl.col("body").str.slice(pl.col("char_end"), 8).str.contains(r"^ [A-Z]{2}[0-9]{1,3}(?:[^A-Za-z0-9]|$)"))
           | pl.col("after").str.contains(r"^-to-")
           # a compound noun is no time ("a day-care center", "a year-round resort", "day-traders")
           | (pl.col("m").str.contains(r"(?:day|year)$") & pl.col("after").str.contains(r"^-(?:care|round|trad(?:er|ers|ing))(?-u:\b)"))
           # "May" after "and"/"or" is the month only after another month ("in April and May", "late April or May")
           | (may_and.str.contains(r"(?-u:\b)(?:and|or) $")
              & ~may_and.str.contains(r"(?-u:\b)(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?: [0-9]{1,2}(?:st|nd|rd|th)?)?,? (?:and|or) $"))
           # a person named May before her verb ("May must set out a plan", "May said on Monday", "until May ruled out"; "May is the busiest month"
           # and "May will bring" may be the month)
           | (pl.col("m").str.contains(r"^may$") & pl.col("after").str.contains(
               r"^ (?:must|said|says|told|insisted|vowed|urged|warned|wants|hopes|faces|survived|resigned|announced|promised|admitted|argued|conceded|refused|struck|unveiled|met|spoke|ruled out|rejected|appointed|sacked|addressed|reshuffled)(?-u:\b)"))
           # ... and after her first name ("Theresa May sales pitch"), not "In May" / "Its May sales"
           | (pl.col("m").str.contains(r"^may$") & pl.col("body").str.slice((pl.col("char_start") - 14).clip(lower_bound=0), 14).str.contains(r"(?:^|[^A-Za-z])[A-Z][a-z]+ $")
              & ~pl.col("body").str.slice((pl.col("char_start") - 14).clip(lower_bound=0), 14).str.contains(
                  r"(?:^|[^A-Za-z])(?:In|By|Since|Until|Till|Through|From|To|Of|On|During|Before|After|And|Or|The|This|Last|Next|Early|Late|Mid|Each|Every|Between|Its|Their|His|Her|Our|[A-Z][a-z]+day(?:'s)?) $"))
           # a counted quarter-point step is no quarter ("two more quarter-point hikes")
           | (pl.col("m").str.contains(r"[a-z] quarter$") & pl.col("after").str.contains(r"^-(?:percentage-)?points?(?-u:\b)"))
           # the hour of a speed is no extent ("gusts of 70 kilometres an hour", "40 miles per hour")
           | (pl.col("m").str.contains(r"^(?:an|one) hour$")
              & pl.col("before").str.contains(r"(?-u:\b)(?:kilomet(?:re|er)s?|km|miles?|metres?|meters?|feet|knots|nautical miles) (?:per )?$"))
           # years as data, the Y2K idiom ("programs that recorded years with only two digits", "store years as two digits")
           | (pl.col("m").str.contains(r"^(?:years|dates)$")
              & pl.col("before").str.contains(r"(?-u:\b)(?:record|store|represent|writ|wrote|abbreviat|display|encod|cod|format|read|interpret|treat)[a-z]* $")
              & pl.col("after").str.contains(r"^ (?:with|as|in|using|by) (?:only |just |the last )?(?:two|four|2|4)(?:[ -]digits?| numbers)?(?-u:\b)|^ (?:with|as|in|using) (?:only |just )?(?:the )?last two digits"))
           # a superlative orders events, it names no time ("the most recent one", "most recently in 2002"; TimeBank tags
           # "the new year's resolutions" is no date
           | (pl.col("m").str.contains(r"^the new year$") & pl.col("after").str.contains(r"^['’]s\b"))
           # no "most recently")
           | (pl.col("m").str.contains(r"^recent(?:ly)?$") & pl.col("before").str.ends_with("most "))
           # a period of play ("Rooney headed England ahead in the first half", "early in the third quarter with Baltimore
           # leading 28-6"): a quarter or half in a sentence with a score or a goal
           | (pl.col("m").str.contains(r"^the (?:first|second|third|fourth|final) (?:quarter|half)$") & ~pl.col("after").str.contains(r"^ of ")
              & pl.concat_str(pl.col("before").str.extract(r"([^.!?]*)$"), pl.col("after").str.extract(r"^([^.!?]*)")).str.contains(
                  r"(?-u:\b)(?:[0-9]{1,2}-[0-9]{1,2}|scor(?:ed|ing|es)|goals?|touchdowns?|headed|header|equali[sz](?:ed|er)|half-?time|kick-?off|penalt(?:y|ies)|free kick|field goal|innings?)(?-u:\b)"))
           # an earlier year is no count before its noun ("in 1415 games")
           | (pl.col("m").str.contains(r"^1[0-5][0-9]{2}$") & pl.col("after").str.contains(r"^[- ][a-z]")
              & ~pl.col("after").str.contains(r"^ (?:to|and|or|when|after|before|by|in|at|on|as|under|during|with|while|until|but|that|which|where|following|he|she|they|it|the)(?-u:\b)"))
           # programmes and papers named after a time of day ("the evening news", "the morning edition")
           | (pl.col("m").str.contains(r"^the (?:morning|afternoon|evening|night)$")
              & pl.col("after").str.contains(r"^ (?:report|news|newspapers?|papers?|editions?|shows?|programmes?|programs?|bulletins?|prayers?)(?-u:\b)"))
           # a march, not the month: "the annual March for Life", "``March of the Mothers" ("the March elections" is the month)
           | (pl.col("m").str.contains(r"^march$") & pl.col("before").str.contains(r"(?:(?-u:\b)(?:the|a|annual|big|great)|[`'\"])\s?$")
              & ~pl.col("after").str.contains(r"^ (?:[0-9]|(?:elections?|vote|polls?|deadline|meeting|summit|talks|accession|leadership|session|issue|figures?|data|report|budget|referendum|ceasefire|agreement|accord|offensive|round|change|decision|quarter|count|census|employment|jobs|payrolls?|unemployment|inflation|retail|sales|trade|housing|consumer|factory|survey|statistics|numbers|results)(?-u:\b))"))
           # names, not days: "the Good Friday agreement", "Easter Island", "the Easter Rising", CBS's "60 Minutes"
           | (pl.col("m").str.contains(r"^(?:good friday|easter)$") & pl.col("after").str.contains(r"^ (?:agreement|accord|peace|island|rising|eggs?|bunny|parade)(?-u:\b)"))
           # a storm, not the feast: "a fast-moving nor'easter"
           | (pl.col("m").str.contains(r"^easter$") & pl.col("before").str.contains(r"(?-u:\b)nor['’]$"))
           # "weekends" recurs ("open on weekends"); counted or particular weekends are no set
           | (pl.col("m").str.contains(r"^weekends$") & pl.col("before").str.contains(
               r"(?-u:\b)(?:[0-9]+|two|three|four|five|six|several|few|couple of|the|those|these|its|their|his|her|our|recent|past|last|next|consecutive) $"))
           # "the fall of Rome", "the fall of the Berlin Wall": no season
           | (pl.col("m").str.contains(r"^the fall$") & pl.col("after").str.starts_with(" of "))
           # brand and event names ("TGI Friday's restaurants", "March Madness")
           | (pl.col("m").str.contains(r"^fridays?$") & pl.col("before").str.contains(r"(?-u:\b)t\.?g\.?i\.? $"))
           # the climate movement ("members of Fridays for Future"; "protests on Fridays for months" recur)
           | pl.when(pl.col("m") == "fridays").then(pl.col("body").str.slice(pl.col("char_end"), 11).str.starts_with(" for Future")).otherwise(False)
           # "May Day" is the holiday, "a warm May day" a day of May
           | (pl.col("m").str.contains(r"(?:^| )may day$") & ~pl.col("body").str.slice(pl.col("char_end") - 3, 3).str.contains(r"^(?:Day|DAY)$"))
           # eateries named after a weekday ("the Friday's Grill chain", "Ruby Tuesday Restaurants"; "Friday's dinner" is the day)
           | (pl.col("m").str.contains(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]?s)?$")
              & pl.col("body").str.slice(pl.col("char_end"), 16).str.contains(r"^(?:['’]s?)? (?:Grill|Restaurants?|Bar|Caf[eé]|Kitchen|Diner|Bistro|Pub|Tavern|Eatery)(?-u:\b)"))
           # newspapers named after a weekday ("told the Sunday Times of London", "in the Sunday Telegraph")
           # ("the" first: "crowds filled on Sunday Times Square" is the day)
           | (pl.col("m").str.contains(r"^(?:sunday|saturday|monday)$") & pl.col("before").str.ends_with("the ")
              & pl.col("body").str.slice(pl.col("char_end"), 13).str.contains(r"^ (?:Times|Telegraph|Mirror|Express|Herald|Independent|Observer|Tribune|Mail)(?-u:\b)"))
           # companies named May or March ("joined from May Department Stores Co.", "May Co.")
           | (pl.col("m").str.contains(r"(?:^| )(?:may|march)$")
              & pl.col("body").str.slice(pl.col("char_end"), 14).str.contains(r"^ (?:Department|Stores?|Co\.|Company|Corp\.?|Corporation|Inc\.?|Group|Holdings)(?-u:\b)"))
           # a quoted title opening with a weekday ("the world premiere of \"Friday's Child,\"", "\"Saturday Night Live\""):
           # capitalised words closing the quotes; "\"Friday's ruling was a disgrace,\" he said" is the day
           | (pl.col("m").str.contains(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]?s)?(?: (?:morning|afternoon|evening|night))?$")
              & (pl.col("before").str.ends_with('"') | pl.col("before").str.ends_with("“"))
              & pl.col("body").str.slice(pl.col("char_end"), 40).str.contains(r"^(?:['’]s)?(?: [A-Z][a-z]+){1,4}[,.!?]?[\"”]"))
           # football clubs named after a weekday ("a defender from Sheffield Wednesday")
           | (pl.col("m").str.contains(r"^wednesday(?:'s)?$") & pl.col("before").str.ends_with("sheffield "))
           # ... and the club named short once the article has named it ("Wednesday's manager", "a 2-1 win against Wednesday")
           | (pl.col("m").str.contains(r"^wednesday(?:'s)?$") & pl.col("low").str.contains("sheffield wednesday", literal=True)
              & (pl.col("after").str.contains(r"^['’]s (?:manager|coach|players?|striker|forwards?|defenders?|midfielders?|goalkeeper|keeper|captain|chairman|board|fans|supporters|owners?|squad|side|team|defen[cs]e|attack|bid|offer|ground|stadium)(?-u:\b)")
                 | pl.col("before").str.contains(r"(?-u:\b)(?:against|beat|beating|beaten|joined|join|joins|joining|hosts?|hosted|hosting) $")))
           | (pl.col("m").str.contains(r"^march$") & pl.col("after").str.contains(r"^ madness(?-u:\b)"))
           # a march named after the people marching ("the Women's March in Washington", "a People's March"; "Britain's
           # March exports" is the month)
           | (pl.col("m").str.contains(r"^march$") & pl.col("before").str.contains(r"(?-u:\b)(?:women|people|workers|mothers|veterans|farmers|students|children|teachers)(?:['’]s|s['’]) $")
              & pl.when(pl.col("m") == "march").then(pl.col("body").str.slice(pl.col("char_start"), 1) == "M").otherwise(False) & ~pl.col("after").str.contains(r"^,? [0-9]"))
           # a march by its goal ("the 1963 March on Washington", "a March for Jobs", "his March of a Million Hearts", "a
           # planned March Against Gun Violence") or its people ("March organizers
           # said"), not "in March on Capitol Hill", "March of 1999", "March on Monday"
           | (pl.col("m").str.contains(r"^march$")
              & (pl.col("body").str.slice(pl.col("char_end"), 24).str.contains(r"^ (?:[Oo]n|[Ff]or|[Aa]gainst|[Tt]o|[Oo]f) (?:[Tt]he |a |A |an |An )?[A-Z][a-z]+")
                 & ~pl.col("after").str.contains(r"^ (?:on|for|against|to) (?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|may|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)(?-u:\b)")
                 | pl.col("after").str.contains(r"^ (?:organi[sz]ers|marchers|participants|route|stewards|marshals)(?-u:\b)"))
              & ~pl.col("before").str.contains(r"(?-u:\b)(?:in|by|since|until|till|through|from|to|during|before|after|of|on|early|late|mid|last|next|this|each|every|between)[ -]$"))
           # a march named after a capitalised word ("the Million Man March", "the Long March"), not "In March" / "Since March 3"
           | (pl.col("m").str.contains(r"^march$") & ~pl.col("after").str.contains(r"^,? [0-9]")
              & pl.col("body").str.slice((pl.col("char_start") - 14).clip(lower_bound=0), 14).str.contains(r"(?:^|[^A-Za-z])[A-Z][a-z]+ $")
              & ~pl.col("body").str.slice((pl.col("char_start") - 14).clip(lower_bound=0), 14).str.contains(
                  r"(?:^|[^A-Za-z])(?:In|By|Since|Until|Till|Through|From|To|Of|On|During|Before|After|And|Or|The|This|Last|Next|Early|Late|Mid|Each|Every|Between|[A-Z][a-z]+day(?:'s)?) $"))
           | (pl.col("m").str.contains(r"^[0-9]+ minutes$") & pl.col("body").str.slice(pl.col("char_end") - 7, 7).str.contains(r"^Minutes$"))
           # "for the week", "the week's gains": other bare "the week" / "the month" are not time expressions
           | (pl.col("m").str.contains(r"^the (?:week|month)$") & ~pl.col("before").str.ends_with("for ") & ~pl.col("before").str.contains(r"[0-9] (?:percent|per cent|points?|%) on $") & ~pl.col("after").str.contains(r"^['’]s "))
           # a capitalised season after a capitalised word is a name ("the Arab Spring", "Prague Spring")
           | (pl.col("m").str.contains(r"^(?:spring|summer|autumn|fall|winter)$")
              & pl.col("body").str.slice((pl.col("char_start") - 12).clip(lower_bound=0), 13).str.contains(r"[A-Z][a-z]+ [A-Z]$")
              & ~pl.col("body").str.slice((pl.col("char_start") - 12).clip(lower_bound=0), 13).str.contains(
                  r"(?:^|[^A-Za-z])(?:In|By|This|Last|Next|Early|Late|Since|Until|Each|Every|During|Before|After|Through|Over|Mid|The) [A-Z]$"))
           | pl.col("m").str.contains(r"^(?:this|that) time$|^the (?:start|beginning|end|middle|turn|rest) of (?:the )?$")
           # "a second attack", "in a second round of talks": the ordinal before a noun, not a duration
           | (pl.col("m").str.contains(r"^a second$")
              & (~pl.col("before").str.contains(r"(?:for|in|within|than|about|only|just|split) $") | pl.col("after").str.contains(r"^ [a-z]"))
              & ~pl.col("after").str.contains(r"^ (?:or|later|earlier|after|before|ago|and|then|to|too|longer|while|until|as|when|in|of|on|at|or so)(?-u:\b)"))
           # a season naming a kind of weather, sport or crop ("a winter storm", "the Summer Olympics", "spring wheat")
           | (pl.col("m").str.contains(r"^(?:the )?(?:spring|summer|autumn|fall|winter)$|^(?:next|last|this) (?:summer|winter)$")
              # (after "next" / "last" only a capitalised name: "the next Summer Paralympics"; "next summer's games" is the season)
              & (pl.col("m").str.contains(r"^(?:the )?[a-z]+$")
                 | pl.when(pl.col("m").str.contains(r"^(?:next|last|this) ")).then(pl.col("body").str.slice(pl.col("char_end") - 6, 6).str.contains(r"(?:Summer|Winter)$")).otherwise(False))
              & pl.col("after").str.contains(r"^ (?:storms?|snowstorms?|weather|olympics?|paralympics|games|wheat|crops?|heat|solstice|equinox|coats?|tires|tyres|training|residences?|palaces?|retreats?|villas?|cottages?|camps?|homes?|houses?)(?-u:\b)"))
           # "at the last minute", "until the last minute": an idiom ("scored in the last minute" is a time)
           | (pl.col("m").str.contains(r"^the last minute$") & pl.col("before").str.contains(r"(?-u:\b)(?:at|until|till|to) $"))
           # "five years to the day after": an idiom, not the day after a date
           | (pl.col("m").str.contains(r"^the day (?:before|after)$") & pl.col("before").str.ends_with(" to "))
           # adjectives of frequency on reporting nouns ("its quarterly dividend", "average daily volume")
           # and newspapers ("the party daily Granma") are not time expressions
           | (pl.col("m").str.contains(r"^(?:daily|weekly|monthly|quarterly|yearly)$")
              & (pl.col("before").str.contains(r"(?-u:\b)(?:initial|regular|average) $")
                 | pl.col("after").str.contains(r"^ (?:cash )?(?:dividends?|results|loss|losses|profits?|earnings|volume|turnover|sales|revenues?|figures|net|rates?|pay|salar(?:y|ies)|wages?|income|rent|allowances?|budgets?)(?-u:\b)")
                 | pl.col("body").str.slice(pl.col("char_end"), 2).str.contains(r"^ [A-Z]"))))
    lf = lf.filter(~bad).with_columns(dct=pl.col("published_at").dt.date())
    # tense only moves weekdays, months without a year, holidays, quarters and weekends: the other rows get empty
    # context, so the tense regexes (the costliest step) do no work on them
    needs = pl.col("m").str.contains(NEEDS_TENSE)
    lf = with_tense(lf, needs)
    lf = second_pass(first_pass(lf))
    # an indefinite weekday is any such day ("coughed up blood on a Tuesday", "a stay over a Saturday night"): the
    # article joins the extent, the value is XXXX-WXX-<day>
    indef = (pl.col("wd").is_not_null() & (pl.col("timex_type").is_in(["DATE", "TIME"]))
             & pl.col("m").str.contains(r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?$")
             & pl.col("before").str.contains(r"(?-u:\b)(?:on|over|for|until|till|by|during|was|is) an? $"))
    lf = lf.with_columns(char_start=pl.when(indef).then(pl.col("char_start") - 2).otherwise(pl.col("char_start")),
                         timex_value=pl.when(indef).then(pl.format("XXXX-WXX-{}{}", pl.col("wd"), pl.col("tod").fill_null(""))).otherwise(pl.col("timex_value")),
                         resolved_date=pl.when(indef).then(None).otherwise(pl.col("resolved_date")))
    return (lf.with_columns(mention_text=pl.col("body").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")))
            .filter(pl.col("timex_value").is_not_null() | pl.col("timex_type").is_in(["DATE", "TIME"]))
            .sort("article_key", "char_start"))
