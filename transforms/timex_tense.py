"""Tense of the clause around a time expression: moves weekdays, months without a year and quarters.

Tense markers: the nearest marker before the mention in its clause (else after it). Future also covers
scheduled present tense ("the talks resume on Monday", "polls open at 7 am", "meets", "votes") and
"as soon as / as early as / no later than"; "-ed" words that are not past verbs ("United", "hundred",
"alleged", "armed") are ignored, and "scheduled/expected/planned" count as future.
Also: the whole clause counts when "and"/"but" hides the verb; a sentence opener ("In January, ...") reads the
next clause; a bracketed time reads the clause around it; a possessive weekday ("Wednesday's ruling") reads the
verb after it; "could not be reached" and "as previously planned" report the past.
"""
from __future__ import annotations

import polars as pl

_FUTURE = (r"will|wo|'ll|shall|would|going to|is to|are to|scheduled|expected|expects?|expecting|plans?|planned|"
           r"planning|set to|to be held|likely|unlikely|forecasts?|forecasting|predict(?:s|ed|ing)?|could|might|may|is due|are due|(?:was|were) due (?:to|back)|hopes?|hoping|intends?|tomorrow|upcoming|aims?|"
           # present tense of scheduled events ("the talks resume on Monday", "polls open at 7 am")
           r"meets?|opens?|begins?|starts?|resumes?|reopens?|votes?|go|goes|arrives|leaves|visits|travels|returns?|heads|hosts?|plays?|"
           r"kicks off|expires|ends|closes|concludes|finishes|falls|takes office|takes over|takes? effect|speaks|testifies|performs|premieres|debuts|"
           r"unveils|launches|gets under way|comes? into force|takes on|announces|follows on|"
           r"as soon as|as early as|no later than|deadline|should|faces?|"
           # hopes and intentions reported in the past still look ahead ("they hoped for progress before ... in June")
           r"hoped|intended|aimed")
_PAST = (r"[a-z]+ed|said|says|told|was|were|had|did|began|took|came|fell|left|met|went|hit|struck|saw|made|lost|"
         r"won|gave|got|held|ran|rose|since|ago|set|broke|led|began|spoke|sent|shot|stood|brought|thought|"
         r"caught|fought|found|drove|flew|knew|wrote|chose|became|overran|swept|began|"
         # irregular past forms ("the economy grew at a 7.3% rate in the fourth quarter")
         r"grew|sank|shrank|sold|bought|paid|spent|kept|built|drew|threw|wore|stole|rode|felt|meant|sought|taught|"
         r"fled|fed|lent|bent|dug|hung|stuck|swung|shook|forgot|withdrew|tore|froze|slid|hid|sped|dealt|underwent|"
         r"overtook|upheld|withheld|beat|bore|woke|arose|rang|sang|swam")
# -ed words that are not past-tense verbs (and "the Fed": "ahead of Wednesday's Fed decision")
_NOT_VERB = (r"(?-u:\b)(?:united|hundred|fed|need|indeed|succeed|proceed|exceed|red|bed|speed|seed|feed|breed|creed|greed|shed|sacred|naked|"
             r"alleged|armed|suspected|so-called|aged|based|related|scheduled|expected|planned)(?-u:\b)")
_ADJ_ED = (r"(?-u:\b)(a|an|the|its|his|her|their|our|still)(?-u:\b) [a-z]+ed(?-u:\b)|"
           r"(?-u:\b)()un(?:specified|disclosed|identified|named|expected|armed|confirmed|resolved|related|precedented)(?-u:\b)")
# scheduled-event verbs used as nouns after a determiner ("Monday's vote was close", "the start"), and before the
# mention also opening a sentence ("Visits to national parks on Memorial Day rose"; after it, "Leaders on Friday meet"
# keeps its verb)
_DET = r"(?-u:\b)(?:the|a|an|its|their|his|her|this|whose|s|next|first|final|[0-9][0-9_]*) "
# after "that" only a singular noun ("that vote"); "a summit that opens on Saturday" is a relative clause's verb
_THAT_NOUN = r"(?-u:\b)(that) (?:vote|start|visit|return|meet)(?-u:\b)"
_EVENT_NOUN = r"(?:votes?|meets?|starts?|opens?|begins?|returns?|visits?|leaves|heads|hosts|go)(?-u:\b)"
_NOUN_VERB = "(" + _DET + ")" + _EVENT_NOUN
_NOUN_VERB_BEFORE = "(" + _DET + r"|(?:^|[.!?])\s*)" + _EVENT_NOUN
# mentions whose value depends on tense (the others are given empty context)
NEEDS_TENSE = (r"day(?-u:\b)|weekend|quarter|half|months of|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|christmas|new year|"
               r"valentine|halloween|thanksgiving|easter|spring|summer|autumn|fall|winter")

# a full stop after an abbreviation ends no clause ("the Roe vs. Wade decision", "Birmingham, Ala., killed", "10 a.m. Friday")
_ABBREV_DOT = (r"(?-u:\b)(mrs?|ms|dr|st|jr|sr|vs|gen|col|lt|sgt|capt|gov|sen|rep|rev|inc|corp|ltd|jan|feb|aug|sept?|oct|nov|"
               r"dec|ala|ariz|calif|colo|conn|fla|ga|kan|ky|md|mich|minn|mo|mont|neb|nev|okla|ore|pa|tenn|tex|va|wis|[a-z])\.")


# the bare form of the scheduled-event verbs: no present tense after "to" or an auxiliary
_SCHEDULED_BARE = r"(?:take effect|meet|open|begin|start|resume|reopen|vote|go|visit|return|head|host|end|close|fall|play|face)(?-u:\b)"
# advice and requests look ahead even when given in the past ("urged residents to stock up over the weekend", "airlines
# have been asked to cut flights at Orly, Marseille and Nice on Friday")
_ADVICE = r"(?-u:\b)(?:urg|encourag|advis|call(?:ed|s|ing)? on|(?:been|being|was|were|is|are) ask|(?:has|have|is|are) (?:been )?invit|invites)[a-z]* (?:[a-z0-9.'$-]+ ){0,4}to ([a-z])"
# a participle closing a hyphenated adjective ("rebel-held", "state-owned", "Saudi-led", "locally-made")
_HYPHEN_PARTICIPLE = r"([a-z])-(?:[a-z]+ed|held|led|run|made|built|born|grown|known|won|driven|hit|struck|fed)(?-u:\b)"
# a participle after "be" is no past marker ("would be made", "to be held", "will be issued")
_BE_PARTICIPLE = r"(?-u:\b)be [a-z]+(?-u:\b)"


# an active deferral's limit lies ahead ("delayed tariffs on some goods, including toys, until Dec. 15", "a request to
# push the trial back to the spring"; the passive
# "was postponed until Friday" keeps its past); also read over commas, in the sentence
_DEFERRAL = (r"(?-u:\b)(?:(?:delayed|postponed|deferred|pushed back|put off|extended) (?:[a-z0-9.,'$_-]+ ){1,16}(until|till)"
             r"|(?:push|pushed|pushing|pushes|put|puts|putting|move|moved|moving|moves) (?:[a-z0-9.,'$_-]+ ){1,6}back (to|until))(?: the (?:end|middle) of)? $")
# limits and events that lie ahead of a past clause, as (pattern, replacement) rewrites of the words before the mention
_LIMITS_AHEAD = (
    # an infinitive's limit ("rejecting a request to postpone the case until the fall", "asking everyone to stay off
    # the roads until at least noon Saturday")
    (r"(?-u:\b)to [a-z]+(?: [a-z0-9.'$_-]+){0,6} (until|till|through|by)(?: at least| about| around)?(?: on)? $", "will ${1} "),
    # the limit of a present state ("has canceled flights through the end of May")
    (r"(?-u:\b)(?:has|have) [a-z]+ed(?: [a-z0-9.'$_-]+){0,6} (through|until|till)(?: the (?:end|middle) of)? $", "will ${1} "),
    # what an active deferral puts off lies ahead (`_DEFERRAL`)
    (_DEFERRAL, "will ${1}${2} "),
    # a grace period ("giving the Senate until Saturday to act", "gave lenders until the end of June")
    (r"(?-u:\b)(?:give|gives|gave|given|giving) (?:[a-z.'-]+ ){0,4}(until|till)(?: the (?:end|middle) of)? $", "will ${1} "),
    # what a call names ("called for a nationwide strike on Sunday") and an event ahead ("ahead of the pilgrimage in October")
    (r"(?-u:\b)(?:called|calls|calling) for (?:a|an|the) (?:[a-z-]+ ){0,2}[a-z]+ on $", "is to "),
    (r"(?-u:\b)ahead of (?:the |a |an |its |their )?(?:[a-z'-]+ ){0,3}(?:in |on |at )?$", "will "),
    # so does a vote or contest that a run-up comes before ("attacks before Pakistan's general election on Saturday")
    (r"(?-u:\b)before (?:the |[a-z]+'s )(?:[a-z'-]+ ){0,2}(?:elections?|polls|vote|referendum|runoff|primary|inauguration|summit) (?:on |in )?$", "will "),
)


def _rewrite(expr: pl.Expr, rules: tuple[tuple[str, str], ...]) -> pl.Expr:
    for pattern, repl in rules:
        expr = expr.str.replace_all(pattern, repl)
    return expr


def with_tense(lf: pl.LazyFrame, needs: pl.Expr) -> pl.LazyFrame:
    """Add `tense`: 'future' | 'past' | 'neutral' from the marker nearest before the mention in its clause, else
    after it. Staged columns, so every regex runs once per row; rows not in `needs` read empty context."""
    # (nor does the point or comma inside a number: "$9.95 billion", "1,200 jobs")
    # (nor is the participle closing a hyphenated adjective a verb: "opposition-held towns", "state-owned banks")
    before, after = (pl.when(needs).then(pl.col(side)).otherwise(pl.lit("")).str.replace_all(_ABBREV_DOT, "${1}_")
                     .str.replace_all(r"([0-9])[.,]([0-9])", "${1}_${2}")
                     .str.replace_all(_HYPHEN_PARTICIPLE, "${1}-_") for side in ("before", "after"))
    # a forecast named as a thing is no future ("cut its growth forecast for 2023 to 2.7 percent on Tuesday")
    # (but a passive forecast names what lies ahead, and so do tickets and bookings: "storms are forecast for Wednesday
    # and Thursday", "tickets for Saturday and Sunday have sold out")
    # (and so does weather forecast for the day: "warned that rain forecast for the weekend could")
    before = before.str.replace(r"(?-u:\b)(?:rain|snow|storms?|showers|downpours|winds|temperatures|weather) forecast for $", "is to for ").str.replace_all(
        r"(?-u:\b)(?:(?:is|are|was|were) (?:also )?forecast|tickets?|seats|reservations|bookings) for(?-u:\b)", "is to for").str.replace_all(
        _NOUN_VERB_BEFORE, "${1}_").str.replace_all(_THAT_NOUN, "${1} _").str.replace_all(
        r"(?-u:\b)forecasts? (for|of|at|was|were|is|has|had) ", "_ ${1} ").str.replace_all(
        # "the profit it forecast in November": after a pronoun or an auxiliary, a past form
        r"(?-u:\b)(it|he|she|which|that|had|has|have) forecast(?-u:\b)", "${1} made").str.replace_all(
        # so is a plan named as a thing right before the day ("the cabinet approved the plan Wednesday")
        "(" + _DET + r")plans? (?:on )?$", "${1}_ ").str.replace_all(
        # and a "May" before "in" / "since", a name ("who replaced Theresa May in July"), no modal ("may on Thursday be sent" is)
        r"(?-u:\b)may ((?:in|since|during|until|before|after) )", "_ ${1}")
    # a day declared a day of mourning or a holiday lies ahead ("Clinton declared Sunday a national day of mourning")
    before = pl.when(after.str.contains(r"^ (?:a|an|as) (?:[a-z]+ ){0,3}(?:day|holiday)(?-u:\b)")).then(
        before.str.replace(r"(?-u:\b)(?:declared|proclaimed|designated) $", "will ")).otherwise(before)
    after = after.str.replace_all(_NOUN_VERB, "${1}_").str.replace_all(_THAT_NOUN, "${1} _").str.replace_all(_NOT_VERB, "_")
    # reports of past attempts and past plans: "could not be reached Wednesday", "as previously planned"
    # (a forecast looks ahead, "forecasters predicted rain over the weekend", but not right before the day it reports,
    # "Cuba predicted Wednesday")
    whole = (_rewrite(before.str.replace_all(r"(?-u:\b)predicted (?:on |in |late |early |in late |in early )?$", "said ")
                      .str.replace_all(r"(?-u:\b)could(?: not)? be (?:reached|located|contacted|found)(?-u:\b)", "was")
                      .str.replace_all(r"(?-u:\b)(?:previously|originally|initially|already) (?:scheduled|expected|planned|set|slated|due)(?-u:\b)", "was"),
                      _LIMITS_AHEAD)
             # a comparison with a forecast is no plan ("grew faster than expected in the fourth quarter", "as expected")
             .str.replace_all(r"(?-u:\b)(than|as) (?:had been |was |were )?(?:expected|forecast|anticipated|planned|scheduled|predicted)(?-u:\b)", "${1} _")
             # the base of a comparison is past ("expect growth of 3% in the first quarter, down from 4.7% in the fourth quarter")
             .str.replace_all(r"(?-u:\b)(?:down|up) from [^ ]+(?: (?:percent|per cent|points?))? (?:in|during) $", "was in ")
             # advice looks ahead even when given in the past ("urged residents to stock up over the weekend")
             .str.replace_all(_ADVICE, "will ${1}")
             # so does a promise or a threat ("has promised to bring the jacket home in November", "has threatened to declare
             # a state on Sept. 13"; not "promised support on Saturday")
             .str.replace_all(r"(?-u:\b)(?:promis|pledg|vow|threaten)(?:ed|es|e|ing|s)? to ([a-z])", "will ${1}")
             # and so does a decision's month ("voted to close the school in June", "agreed to buy the line in February";
             # a day stays the vote's: "voted to support the republic Friday", "on Friday")
             .str.replace(r"(?-u:\b)(?:voted|decided|agreed)(?: [a-z0-9-]+){0,3} to ([a-z]+(?: [a-z0-9.'$_-]+){0,8} (?:in|by) (?:early |late |mid-)?)$", "will ${1}")
             # and so does an order's deadline ("was ordered to surrender to prison authorities by June 10"; the day of
             # the order itself is past: "was ordered to evacuate on Monday")
             .str.replace_all(r"(?-u:\b)(?:order|instruct|requir)[a-z]* (?:[a-z0-9.'$_-]+ ){0,4}to [a-z]+(?: [a-z0-9.'$_-]+){0,5} (by|before|until) $", "will ${1} ")
             # a participle after "be" is no past marker
             .str.replace_all(_BE_PARTICIPLE, "be")
             # nor after a linking verb ("schools will stay closed through Friday", "stay fully staffed through the weekend")
             .str.replace_all(r"(?-u:\b)(stay|stays|remain|remains|become|becomes|get|gets|seem|seems) (?:[a-z]+ly )?[a-z]+ed(?-u:\b)", "$1")
             # a present passive naming the day is a plan ("a strike is called for Monday")
             .str.replace_all(r"(?-u:\b)(?:is|are) (?:[a-z]+ed|set) for $", "is to ")
             # a present passive naming the day is scheduled ("when he is sentenced on June 14")
             .str.replace_all(r"(?-u:\b)(?:is|are) [a-z]+ed (?:on |at )?$", "is to ")
             # a day an event is moved to lies ahead ("the downhill has been moved to Thursday", "the vote is postponed until
             # Friday"; "was postponed until Friday" keeps its past)
             .str.replace_all(r"(?-u:\b)(?:has been|have been|is|are|will be|to be) (?:moved|postponed|pushed back|put back|put off|rescheduled|delayed|shifted|brought forward|switched) (?:[a-z]+ ){0,2}(?:to|until|till|for) (?:on )?$", "is to ")
             # so is a plan named without its verb ("tip-off set for 9:45 p.m.", "a march called for Saturday"), a date
             # set ("the judge set a trial date of March 4") and a copula ("the final is Saturday")
             .str.replace_all(r"(?-u:\b)(?:set|scheduled|slated|called|fixed|timed) (?:(?:a|an|the|its|their) )?(?:(?:[a-z-]+ ){0,2}for|(?:[a-z-]+ )?(?:date|deadline) of) $", "is to ")
             .str.replace_all(r"(?-u:\b)(?:is|are) (?:on )?$", "is to ")
             .str.replace_all(r"(?-u:\b)(?:been|being) ([a-z]+)ed(?-u:\b)", "be $1")
             .str.replace_all(r"(?-u:\b)(?:scheduled|expected|planned)(?-u:\b)", "expects")
             # an infinitive is no scheduled present ("difficult for Sun to meet demand"); "plans to meet" keeps "plans"
             .str.replace_all(r"(?-u:\b)to " + _SCHEDULED_BARE, "to _")
             # nor one after an auxiliary, which sets the tense itself ("did not play a match from July"; "storms could
             # hit the plains tonight and Wednesday": "hit" is no past)
             .str.replace_all(r"(?-u:\b)(did|do|does|not|never) " + _SCHEDULED_BARE, "${1} _")
             .str.replace_all(r"(?-u:\b)(can|could|would|will|should|might|must|may|shall)((?: not| never)?) (?:hit|set|cut|put|let|beat|spread|shut|cost|hurt|quit|shot|won|lost|led|met|held|left|sent|fell|rose)(?-u:\b)", "${1}${2} _")
             .str.replace_all(_NOT_VERB, "_")
             # "-ed" after a determiner or with "un-" is an adjective ("a still unspecified date", "the injured")
             .str.replace_all(_ADJ_ED, "$1 _")
             # an opening bracket does not end the clause: "(4 a.m. Thursday)" takes the tense of the words before it
             .str.extract(r"((?:^|[.;:,!?\n)])[^.;:,!?\n)]*)$"))
    lf = lf.with_columns(_tb=before, _ta=after).with_columns(_whole=whole)
    w, a = pl.col("_whole"), pl.col("_ta")
    # a mention opening its sentence ("In January, the firm hired ...") takes its tense from the next clause
    # (also after a dateline: "NAIROBI (Reuters) - On Tuesday, ...", "(AP) _ On Tuesday, ...")
    opener = w.str.contains(r"^[.;:!?\n()]?[\s_–—-]*(?:[a-z]+\s)?$")
    marker = r"(?-u:\b)(" + _FUTURE + "|" + _PAST + r")(?-u:\b)"
    lf = lf.with_columns(
        _nxt=pl.when(opener).then(a.str.extract(r"^([^.;:!?\n()]*)")).otherwise(a.str.extract(r"^([^.;:,!?\n()]*)")).str.extract(marker),
        # the nearest marker, also before an "and"/"but" ("flights between Australia and India by August")
        _last=w.str.extract(r"(?s).*" + marker),
        # else the nearest marker earlier in the sentence ("demand fell last winter, and refiners cut output over the summer")
        # (a present passive is no past: "will run until repairs are finished, possibly by Thursday")
        _sent=pl.col("_tb").str.extract(r"([^.;:!?\n]*)$").str.replace_all(_ADVICE, "will ${1}").str.replace_all(_DEFERRAL, "will ${1}${2} ").str.replace_all(_BE_PARTICIPLE, "be")
        .str.replace_all(r"(?-u:\b)(?:is|are) (?:scheduled|expected|planned)(?-u:\b)", "will")
        .str.replace_all(r"(?-u:\b)(?:is|are) [a-z]+ed(?-u:\b)", "is")
        .str.extract(r"(?s).*" + marker),
        _said=w.str.replace(r".*(?: and | but )", "").str.contains(
            r"(?-u:\b)(?:said|says|told [a-z]+|announced|reported|added|statement)(?: [a-z]+){0,2} +(?:on |late |early )*$"),
        # (a statement ahead is no report: "will publish its quarterly statement on Friday"; "issued a statement on Friday" is)
        _stmt=w.str.replace(r".*(?: and | but )", "").str.contains(r"(?-u:\b)statement(?: [a-z]+){0,2} +(?:on |late |early )*$"),
        # a possessive weekday names an event ("Wednesday's ruling"): the verb after it decides, else it is past
        # unless the event lies ahead ("ahead of Sunday's election")
        _poss=a.str.contains(r"^['’]s "),
        _ahead=pl.col("_tb").str.contains(r"(?-u:\b)(?:ahead of|until|awaiting|await) (?:the )?$"),
        # the results of a period follow it ("will report earnings for the January-March quarter on Friday")
        _results=pl.col("_tb").str.contains(r"(?-u:\b)(?:earnings|results|profits?|loss(?:es)?|sales|revenues?|figures|data|gdp|output) (?:for|during|over) (?:the )?$"),
        # a time that "passed" or "expired" is past, a deadline's included ("after the deadline of noon Saturday passed")
        _gone=a.str.contains(r"^ (?:passed|expired|lapsed|came and went)(?-u:\b)"),
        # a plan in an aside before a past main verb tells of the day it was for ("Game 3, scheduled for Tuesday night at
        # Candlestick Park, was postponed"; "the vote, scheduled for Thursday, will go ahead" keeps its future)
        _aside=pl.col("_tb").str.contains(r", (?:which (?:was|had been) )?(?:scheduled|set|slated|planned|due) (?:to [a-z]+ )?(?:for|on) (?:on )?$")
        & a.str.contains(r"^[^.;:!?,]*, (?:(?:was|were|had been|has been|have been) (?:postponed|cancel+ed|called off|put off|delayed|scrapped|suspended|abandoned|rained out|held|played|staged)|went ahead|took place)(?-u:\b)"),
        # a weekday that starts something lies ahead of the clause ("declared three days of mourning beginning Tuesday")
        _begins=pl.col("_tb").str.contains(r"(?-u:\b)(?:beginning|starting) (?:on )?$") & pl.col("m").str.contains(r"^[a-z]+day$"),
        # a day that is the subject of a modal lies ahead ("warned that Friday would bring the worst conditions", "said
        # the weekend will be busy"); after a preposition it is no subject ("was told on Friday would-be buyers")
        # a day in a present "when/if" clause (also after a dateline) before a main clause with a future ("When the curtain rises on Saturday, it
        # will be the first show", "If Wednesday's attempt is scrubbed, the next chance would come"); "if Monday's vote
        # had failed, it would have" is past
        _cond=w.str.contains(r"(?:^[.;:,!?\n]?\s*|^[.;:,!?\n]?\s*[a-z ]+\s[–—-]+\s+)(?:when|once|if|unless|as soon as) ") & ~w.str.contains(r"(?-u:\b)(?:was|were|had|did)(?-u:\b)|[a-z]ed ")
        & ~a.str.extract(r"^([^.;:!?\n,]*)").str.contains(r"(?-u:\b)(?:was|were|had|did)(?-u:\b)")
        & a.str.extract(r"^[^.;:!?\n,]*, ([^.;:!?\n]*)").str.contains(r"(?-u:\b)(?:will|'ll|would|could|may|might|is to|are to|is expected|are expected)(?-u:\b)")
        & ~a.str.extract(r"^[^.;:!?\n,]*, ([^.;:!?\n]*)").str.contains(r"(?-u:\b)(?:would|could|might|may|will) (?:not )?have(?-u:\b)"),
        # a condition after the day in the present looks ahead ("ruled out a holiday on Monday if England win"; "if England
        # won" and a reported day, "said on Monday if talks fail", do not)
        _ifafter=a.str.extract(r"^ (?:if|unless|in case|provided) ([^.;:!?,\n]*)").str.contains(r"^[a-z' ]+$")
        & ~a.str.extract(r"^ (?:if|unless|in case|provided) ([^.;:!?,\n]*)").str.contains(r"(?-u:\b)(?:" + _PAST + r"|would|could|should|might)(?-u:\b)")
        # (and no simple past before the day: "sacked its coach on Monday if reports are true"; "has ruled out" is present)
        & ~w.str.replace_all(r"(?-u:\b)(?:has|have)(?: not| never| already)? [a-z]+(?-u:\b)", "has").str.contains(r"(?-u:\b)(?:" + _PAST + r")(?-u:\b)"),
        # an imperative opening the sentence asks for something ahead ("Don't miss the fireworks on Sunday", "Mark your
        # calendars for Saturday"); read only when no other marker decides
        _imp=pl.col("_tb").str.extract(r"([^.;:!?\n]*)$").str.contains(
            r"^\s*[\"'“‘]?\s*(?:don'?t|do not|never miss|please|join|mark|catch|tune in|visit|come|bring|remember|book|register|sign up|be sure|make sure|check out|expect|look for|save the|reserve|grab|stop by|drop by|vote)(?-u:\b)"),
        # a headline's infinitive names a plan ("Fed to announce rate decision Wednesday"), not when the sentence has a
        # verb of its own ("Prices rose sharply to close at a high on Friday", "plans to")
        _hl=pl.col("_tb").str.extract(r"([^.;:!?\n]*)$").str.contains(
            r"^\s*(?:[a-z0-9'&-]+ ){1,3}to (?:announce|unveil|visit|meet|hold|face|launch|release|vote|decide|raise|cut|resume|host|join|begin|start|sign|name|report|testify|address|travel|speak|play|hear|rule|open|close)(?-u:\b)")
        & ~pl.col("_tb").str.extract(r"([^.;:!?\n]*)$").str.replace_all(_NOT_VERB, "_").str.contains(
            r"(?-u:\b)(?:" + _PAST + r"|is|are|has|have|will|would|plans?|wants?|aims?|seeks?|set|due|expected|likely|going|up|according|due|close|next|prior|thanks|compared)(?-u:\b)"),
        _subj=a.str.contains(r"^ (?:would|will|'ll|could|should|might|may|is expected to|is likely to|promises to)(?-u:\b)")
        & ~pl.col("_tb").str.contains(r"(?-u:\b)(?:on|by|until|till|since|from|through|last|past|before|after|of|for|in|at) $")
        & pl.col("m").str.contains(r"(?:day|weekend)$")
        # a day declared a holiday is one ahead ("the government declared Tuesday a national holiday so people could
        # welcome the team home")
        | (pl.col("_tb").str.contains(r"(?-u:\b)(?:declared|declares|declare|declaring|made|makes|named|names) $")
           & a.str.contains(r"^ an? (?:(?:national|public|bank|federal|state|special|paid) )*(?:holiday|day of (?:national )?mourning|day off)(?-u:\b)")
           & pl.col("m").str.contains(r"^[a-z]+day$")),
    )
    nxt, last, poss = pl.col("_nxt"), pl.col("_last"), pl.col("_poss")
    is_fut = "^(?:" + _FUTURE + ")$"
    # (a possessive weekday after "since" is past: "pain since Saturday's final")
    tense = (pl.when(pl.col("_gone") | pl.col("_results") | pl.col("_aside")).then(pl.lit("past")).when(pl.col("_begins") | pl.col("_subj") | pl.col("_cond") | pl.col("_hl")).then(pl.lit("future"))
             .when(poss & pl.col("_tb").str.contains(r"(?-u:\b)since (?:the )?$")).then(pl.lit("past"))
             .when(poss & nxt.str.contains(is_fut)).then(pl.lit("future"))
             .when(poss & nxt.is_not_null()).then(pl.lit("past"))
             .when(poss & pl.col("_ahead")).then(pl.lit("future"))
             # (so does one after "before" in a future clause: "security would be reviewed before Sunday's race")
             .when(poss & last.str.contains(is_fut) & pl.col("_tb").str.contains(r"(?-u:\b)before (?:the )?$")).then(pl.lit("future"))
             # (and one after "before" in an obligation: "his players must put the win behind them before Saturday's
             # quarter-final"; "had to rest before Sunday's race" keeps its past)
             .when(poss & pl.col("_tb").str.contains(r"(?-u:\b)(?:must|needs? to|ha(?:s|ve) to)(?-u:\b)[^.;:!?]*(?-u:\b)before (?:the )?$")).then(pl.lit("future"))
             # (and so does one after a clause ahead with nothing after it: "Nadal takes on Djokovic in Sunday's final")
             # (a present verb, not a modal: "they would look for ways to get around Wednesday's ruling" is past)
             .when(poss & last.str.contains(is_fut) & ~last.str.contains(r"^(?:will|wo|'ll|shall|would|could|might|may|should|going to|is to|are to|expect.*|plan.*|hop.*|aim.*|intend.*|predict.*|forecast.*|likely|unlikely)$") & nxt.is_null()).then(pl.lit("future"))
             .when(poss).then(pl.lit("past"))
             .when(pl.col("_said") & ~(pl.col("_stmt") & last.str.contains(is_fut))).then(pl.lit("past"))
             .when(pl.col("_ifafter") & pl.col("m").str.contains(r"(?:day|weekend|night|morning|afternoon|evening)$")).then(pl.lit("future"))
             .when(last.str.contains(is_fut)).then(pl.lit("future"))
             .when(last.is_not_null()).then(pl.lit("past"))
             .when(nxt.str.contains(is_fut)).then(pl.lit("future"))
             .when(nxt.is_not_null()).then(pl.lit("past"))
             .when(pl.col("_sent").str.contains(is_fut)).then(pl.lit("future"))
             .when(pl.col("_sent").is_not_null()).then(pl.lit("past")).when(pl.col("_imp")).then(pl.lit("future")).otherwise(pl.lit("neutral")))
    return lf.with_columns(tense=tense).drop("_tb", "_ta", "_whole", "_nxt", "_last", "_sent", "_said", "_stmt", "_poss", "_ahead", "_gone", "_begins", "_results", "_subj", "_aside", "_cond", "_ifafter", "_imp", "_hl")
