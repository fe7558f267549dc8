"""Time expressions in article bodies -> `date_mentions` (TIMEX3 type, value, resolved day).

Vectorised: the body is lowercased once; one alternation regex (`timex_patterns.TIMEX_RE`) is run
with `str.extract_all` twice — once plainly (the mentions) and once as `(?s).*?TIMEX` (each match
with the text before it), so cumulative lengths give character offsets, since Polars 2.1 has no
regex `find_all` with offsets. Values are computed by Polars expressions over the exploded
mentions (`timex_normalize`); tense is read from the words before the mention in its clause.

Tense markers: the nearest marker before the mention in its clause (else after it). Future also covers
scheduled present tense ("the talks resume on Monday", "polls open at 7 am", "meets", "votes") and
"as soon as / as early as / no later than"; "-ed" words that are not past verbs ("United", "hundred",
"alleged", "armed") are ignored, and "scheduled/expected/planned" count as future.
Not time expressions (dropped): numbers followed by "%" / "-old" / ".5" ("closed at 2082.1"),
"march"/"may" written in lower case (the verb, "this march"), frequency adjectives on reporting nouns
("its quarterly dividend", "average daily volume") and newspapers ("the party daily Granma"), and the
ordinal "a second" ("a second attack") unless it follows "for/in/within/than/about".
"""
from __future__ import annotations

import polars as pl

from transforms.timex_normalize import first_pass, second_pass
from transforms.timex_patterns import TIMEX_RE

OUTPUT_SCHEMA = {"article_key": pl.Int64, "mention_text": pl.Utf8, "char_start": pl.Int64, "char_end": pl.Int64,
                 "timex_type": pl.Utf8, "timex_value": pl.Utf8, "resolved_date": pl.Date}
_LEAD = r"^((?:in|since|until|by|of|from|through|to) )may\b"
_FUTURE = (r"will|wo|'ll|shall|would|going to|is to|are to|scheduled|expected|expects?|expecting|plans?|planned|"
           r"planning|set to|to be held|forecast|could|might|may|is due|are due|hopes?|hoping|intends?|tomorrow|upcoming|aims?|"
           # present tense of scheduled events ("the talks resume on Monday", "polls open at 7 am")
           r"meets?|opens?|begins?|starts?|resumes?|reopens?|votes?|go|goes|arrives|leaves|visits|travels|returns|heads|hosts|"
           r"kicks off|expires|ends|closes|concludes|finishes|falls|"
           r"as soon as|as early as|no later than|deadline")
_PAST = (r"[a-z]+ed|said|says|told|was|were|had|did|began|took|came|fell|left|met|went|hit|struck|saw|made|lost|"
         r"won|gave|got|held|ran|rose|since|ago|set|broke|led|began|spoke|sent|shot|stood|brought|thought|"
         r"caught|fought|found|drove|flew|knew|wrote|chose|became|overran|swept|began")
# -ed words that are not past-tense verbs
_NOT_VERB = (r"(?-u:\b)(?:united|hundred|need|indeed|red|bed|speed|seed|feed|breed|creed|greed|shed|sacred|naked|"
             r"alleged|armed|suspected|so-called|aged|based|related|scheduled|expected|planned)(?-u:\b)")
_ADJ_ED = (r"(?-u:\b)(a|an|the|its|his|her|their|our|still)(?-u:\b) [a-z]+ed(?-u:\b)|"
           r"(?-u:\b)()un(?:specified|disclosed|identified|named|expected|armed|confirmed|resolved|related|precedented)(?-u:\b)")
# scheduled-event verbs used as nouns after a determiner ("Monday's vote was close", "the start")
_NOUN_VERB = (r"(?-u:\b)(the|a|an|its|their|his|her|this|that|whose|s|next|first|final) "
              r"(?:votes?|meets?|starts?|opens?|begins?|returns?|visits?|leaves|heads|hosts|go)(?-u:\b)")
_NEEDS_TENSE = (r"day(?-u:\b)|weekend|quarter|half|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|new year|"
                r"valentine|halloween|thanksgiving|spring|summer|autumn|fall|winter")
_BAD_BEFORE_MONTH = r"(?:^|[^a-z])(?:to|will|would|they|we|i|you|a|'ll|could|may|should|must|did|not|people|supporters|protesters)\s$"


def _with_tense(lf: pl.LazyFrame, needs: pl.Expr) -> pl.LazyFrame:
    """Add `tense`: 'future' | 'past' | 'neutral' from the marker nearest before the mention in its clause, else
    after it. Staged columns, so every regex runs once per row; rows not in `needs` read empty context."""
    before = pl.when(needs).then(pl.col("before")).otherwise(pl.lit("")).str.replace_all(_NOUN_VERB, "$1 _")
    after = pl.when(needs).then(pl.col("after")).otherwise(pl.lit("")).str.replace_all(_NOUN_VERB, "$1 _")
    # reports of past attempts and past plans: "could not be reached Wednesday", "as previously planned"
    whole = (before.str.replace_all(r"(?-u:\b)could(?: not)? be (?:reached|located|contacted|found)(?-u:\b)", "was")
             .str.replace_all(r"(?-u:\b)(?:previously|originally|already) (?:scheduled|expected|planned)(?-u:\b)", "was")
             # a participle after "be" is no past marker ("would be made", "to be held")
             .str.replace_all(r"(?-u:\b)be [a-z]+(?-u:\b)", "be")
             # a present passive naming the day is a plan ("a strike is called for Monday")
             .str.replace_all(r"(?-u:\b)(?:is|are) (?:[a-z]+ed|set) for $", "is to ")
             .str.replace_all(r"(?-u:\b)(?:been|being) ([a-z]+)ed(?-u:\b)", "be $1")
             .str.replace_all(r"(?-u:\b)(?:scheduled|expected|planned)(?-u:\b)", "expects")
             .str.replace_all(_NOT_VERB, "_")
             # "-ed" after a determiner or with "un-" is an adjective ("a still unspecified date", "the injured")
             .str.replace_all(_ADJ_ED, "$1 _")
             # an opening bracket does not end the clause: "(4 a.m. Thursday)" takes the tense of the words before it
             .str.extract(r"((?:^|[.;:,!?\n)])[^.;:,!?\n)]*)$"))
    lf = lf.with_columns(_tb=before, _ta=after).with_columns(_whole=whole)
    w, a = pl.col("_whole"), pl.col("_ta")
    # a mention opening its sentence ("In January, the firm hired ...") takes its tense from the next clause
    opener = w.str.contains(r"^[.;:!?\n()]?\s*(?:[a-z]+\s)?$")
    marker = r"(?-u:\b)(" + _FUTURE + "|" + _PAST + r")(?-u:\b)"
    lf = lf.with_columns(
        _nxt=pl.when(opener).then(a.str.extract(r"^([^.;:!?\n()]*)")).otherwise(a.str.extract(r"^([^.;:,!?\n()]*)")).str.extract(marker),
        # the nearest marker, also before an "and"/"but" ("flights between Australia and India by August")
        _last=w.str.extract(r"(?s).*" + marker),
        _said=w.str.replace(r".*(?: and | but )", "").str.contains(
            r"(?-u:\b)(?:said|says|told [a-z]+|announced|reported|added|statement)(?: [a-z]+){0,2} +(?:on |late |early )*$"),
        # a possessive weekday names an event ("Wednesday's ruling"): the verb after it decides, else it is past
        # unless the event lies ahead ("ahead of Sunday's election")
        _poss=a.str.contains(r"^['’]s "),
        _ahead=pl.col("_tb").str.contains(r"(?-u:\b)(?:ahead of|until|awaiting|await) (?:the )?$"),
    )
    nxt, last, poss = pl.col("_nxt"), pl.col("_last"), pl.col("_poss")
    is_fut = "^(?:" + _FUTURE + ")$"
    tense = (pl.when(poss & nxt.str.contains(is_fut)).then(pl.lit("future"))
             .when(poss & nxt.is_not_null()).then(pl.lit("past"))
             .when(poss & pl.col("_ahead")).then(pl.lit("future"))
             .when(poss).then(pl.lit("past"))
             .when(pl.col("_said")).then(pl.lit("past"))
             .when(last.str.contains(is_fut)).then(pl.lit("future"))
             .when(last.is_not_null()).then(pl.lit("past"))
             .when(nxt.str.contains(is_fut)).then(pl.lit("future"))
             .when(nxt.is_not_null()).then(pl.lit("past")).otherwise(pl.lit("neutral")))
    return lf.with_columns(tense=tense).drop("_tb", "_ta", "_whole", "_nxt", "_last", "_said", "_poss", "_ahead")


def extract_date_mentions(articles: pl.LazyFrame) -> pl.LazyFrame:
    """One row per time expression: see `OUTPUT_SCHEMA` and DEVELOPERS.md (`date_mentions`)."""
    return _tagged(articles).select([pl.col(k).cast(v) for k, v in OUTPUT_SCHEMA.items()])


def _tagged(articles: pl.LazyFrame) -> pl.LazyFrame:
    """All working columns (context, tense, parts); `extract_date_mentions` keeps the output ones."""
    lower = pl.col("body").str.to_lowercase()
    lf = (articles.select("article_key", "body", "published_at")
          .with_columns(low=lower)
          .with_columns(pre=pl.col("low").str.extract_all("(?s).*?" + TIMEX_RE), m=pl.col("low").str.extract_all(TIMEX_RE))
          .explode(["pre", "m"])
          .filter(pl.col("m").is_not_null())
          .with_columns(char_end=pl.col("pre").str.len_chars().cast(pl.Int64).cum_sum().over("article_key"))
          .with_columns(char_start=pl.col("char_end") - pl.col("m").str.len_chars().cast(pl.Int64)))
    lead = pl.coalesce(pl.col("m").str.extract(_LEAD), pl.col("m").str.extract(r"^(an? |the )year-(?:earlier|ago)$")).str.len_chars().cast(pl.Int64).fill_null(0)
    lf = lf.with_columns(char_start=pl.col("char_start") + lead, m=pl.col("m").str.slice(lead))
    ctx_from = (pl.col("char_start") - 90).clip(lower_bound=0)
    before = pl.col("low").str.slice(ctx_from, pl.col("char_start") - ctx_from)
    after = pl.col("low").str.slice(pl.col("char_end"), 60)
    prev_char = pl.col("low").str.slice((pl.col("char_start") - 1).clip(lower_bound=0), pl.when(pl.col("char_start") > 0).then(1).otherwise(0))
    lf = lf.with_columns(before=before, after=after, prev_char=prev_char)
    bad = (pl.col("after").str.contains(r"^[- ]old\b|^%|^[0-9]|^[.,][0-9]|^-(?:man|strong|member|seat|km)|^ (?:per ?cent|percent)")
           | pl.col("prev_char").str.contains(r"[$£€0-9]")
           | (pl.col("m").str.contains(r"^(?:march|may)$") & pl.col("before").str.contains(_BAD_BEFORE_MONTH))
           | (pl.col("m").str.contains(r"(?:^| )(?:march|may)$")
              & ~pl.col("body").str.slice(pl.col("char_end") - 5, 5).str.contains(r"(?:March|May|MARCH|MAY)$"))
           | (pl.col("m").str.contains(r"^[0-9]{4}$") & pl.col("after").str.contains(r"^ (?:people|soldiers|troops|men|women|children|civilians|km|miles|metres|meters|dead|deaths)\b"))
           | (pl.col("m").str.contains(r"^(?:seconds|minutes|hours|days|weeks|months)$") & ~pl.col("before").str.contains(r"(?:for|within|over|in|after|took|takes|take|lasted|last|lasts) $")
              # "hours later", "days after the vote" measure a gap
              & ~pl.col("after").str.contains(r"^ (?:later|earlier|afterwards?)(?-u:\b)|^ after (?:the|a|an|his|her|their|its)(?-u:\b)"))
           # fractions ("three-quarters of its food", "a quarter of the market") and "quarter-to-quarter"
           | (pl.col("m").str.contains(r"(?:^|[^a-z])(?:a|one)[ -]quarter$|-quarters$")
              & pl.col("after").str.contains(r"^ of ") & ~pl.col("after").str.contains(r"^ of (?:the |this |last |next |fiscal )?(?:year|fiscal|[0-9]{4})"))
           | pl.col("after").str.contains(r"^-to-")
           # programmes and papers named after a time of day ("the evening news", "the morning edition")
           | (pl.col("m").str.contains(r"^the (?:morning|afternoon|evening|night)$")
              & pl.col("after").str.contains(r"^ (?:report|news|newspapers?|papers?|editions?|shows?|programmes?|programs?|bulletins?|prayers?)(?-u:\b)"))
           # a march, not the month: "the annual March for Life", "``March of the Mothers"
           | (pl.col("m").str.contains(r"^march$") & pl.col("before").str.contains(r"(?:(?-u:\b)(?:the|a|annual|big|great)|[`'\"])\s?$"))
           # a capitalised season after a capitalised word is a name ("the Arab Spring", "Prague Spring")
           | (pl.col("m").str.contains(r"^(?:spring|summer|autumn|fall|winter)$")
              & pl.col("body").str.slice((pl.col("char_start") - 12).clip(lower_bound=0), 13).str.contains(r"[A-Z][a-z]+ [A-Z]$")
              & ~pl.col("body").str.slice((pl.col("char_start") - 12).clip(lower_bound=0), 13).str.contains(
                  r"(?:^|[^A-Za-z])(?:In|By|This|Last|Next|Early|Late|Since|Until|Each|Every|During|Before|After|Through|Over|Mid|The) [A-Z]$"))
           | pl.col("m").str.contains(r"^(?:this|that) time$|^the (?:start|beginning|end|middle|turn|rest) of (?:the )?$")
           # "a second attack": the ordinal, not a duration
           | (pl.col("m").str.contains(r"^a second$") & ~pl.col("before").str.contains(r"(?:for|in|within|than|about|only|just|split) $")
              & ~pl.col("after").str.contains(r"^ (?:or two|later|earlier|after|before)\b"))
           # adjectives of frequency on reporting nouns ("its quarterly dividend", "average daily volume")
           # and newspapers ("the party daily Granma") are not time expressions
           | (pl.col("m").str.contains(r"^(?:daily|weekly|monthly|quarterly|yearly)$")
              & (pl.col("before").str.contains(r"(?-u:\b)(?:initial|regular|average) $")
                 | pl.col("after").str.contains(r"^ (?:cash )?(?:dividends?|results|loss|losses|profits?|earnings|volume|turnover|sales|revenues?|figures|net|rates?|pay|salar(?:y|ies)|wages?|income|rent|allowances?|budgets?)(?-u:\b)")
                 | pl.col("body").str.slice(pl.col("char_end"), 2).str.contains(r"^ [A-Z]"))))
    lf = lf.filter(~bad).with_columns(dct=pl.col("published_at").dt.date())
    # tense only moves weekdays, months without a year, holidays, quarters and weekends: the other rows get empty
    # context, so the tense regexes (the costliest step) do no work on them
    needs = pl.col("m").str.contains(_NEEDS_TENSE)
    lf = _with_tense(lf, needs)
    lf = second_pass(first_pass(lf))
    return (lf.with_columns(mention_text=pl.col("body").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")))
            .filter(pl.col("timex_value").is_not_null() | pl.col("timex_type").is_in(["DATE", "TIME"]))
            .sort("article_key", "char_start"))
