"""Casualty figures from news text, coded as a careful ACLED analyst would.

`extract_figures(articles, date_mentions)` -> one row per figure (see DEVELOPERS.md, `figures`).
`article_totals(figures)` -> article_key, category, total (sum of `value` where `in_article_total`).

Categories: killed (killed, dead, died, death toll, lost their lives, bodies recovered, fatalities,
massacred, shot dead, "left 49 soldiers dead", "claimed 30 lives"), injured (wounded, injured,
hurt, hospitalised), missing, kidnapped (abducted, taken hostage, seized), arrested (detained,
in custody, captured), displaced (fled, displaced, homeless, evacuated), survivors (rescued,
recovered/found alive) and affected.
"Casualties" decision: news uses "casualties" (and "dead or wounded", "killed or injured") for
killed and injured together, so such a count is neither a death toll nor an injury count. It is
coded `affected` (people harmed), never added to killed or injured. An `affected` count stated
as earlier ("earlier said it had left numerous dead or wounded") is superseded by any later
killed/injured figure. "No casualties" is coded killed 0 and injured 0.

Numbers and qualifiers: see `transforms.numbers` (ACLED conventions: at least 49 -> 49, more than
20 -> 20, ranges -> low end, dozens -> 12, several/many -> 10, hundreds -> 100).

No number: a bare plural victim group ("gunmen killed civilians", "civilians were killed",
"suspected members killed by police") is ACLED's plural-without-number, vague 10 (not after a
determiner: "the pupils were kidnapped"; not generic: "accused of killing civilians", "were
killing"); a bare singular ("kills civilian", "policeman killed", "mob lynches man") is 1.

Flags:
- is_background: about another or earlier event ("a month after two assaults killed 40
  soldiers", "since 2012", "the violence has ... left hundreds dead", "(coded separately)", a date in the clause more
  than 10 days before publication).
- is_superseded: "up from 20", "an earlier toll of 53", or stated as earlier ("had said",
  "earlier", "initially") while the article gives another figure for the category; also any
  earlier figure of a category in which a later one is stated as a revision ("rose to",
  "lowering an earlier toll").
- is_hypothetical: "could rise to 100", "may have been killed" (not "feared dead": an unconfirmed
  report of deaths, which ACLED codes).
- in_article_total: the article's best total. Per article and category, of the figures that are
  not flagged and not a subgroup ("including three children"): vague counts only when no
  number is given; restatements (same value, compatible subject) count once; the largest
  generic count ("people", no subject) is the total unless the specific groups ("soldiers",
  "civilians", attackers too, as ACLED) add up to more, then those groups are added;
  groups stated as additional ("a civilian was also killed", "three others", "along with his
  driver", "as was one of the attackers") are added on top. A subgroup counts when it is all its
  category has ("13 were shot, two of whom died"). Anaphoric readings ("[name] was shot dead",
  "he died", "killing him") count only when nothing else does; "the two men who died" not when
  another figure states that number. Alternative reports ("militants claimed", "a conflicting
  report", "a radio station reports", "locals reported") give way to any firm figure (ACLED's
  conservative choice); "later reports of one killed" revises "initial reports of 2".
- Also added on top: a suicide attacker's own death ("blew himself up, killing 5 others": 6), the
  attacker's ("the attacker was shot dead"), "a fourth soldier later died", a possessive list item
  ("killed a shepherd and his son"), the abducted found dead ("their bodies were found": the
  figure before). A vague count of a named group that has no firm count is kept ("4 AMISOM soldiers
  and an unknown number of militants": 14); groups of one kind with different capitalised names
  ("10 PMF fighters", "3 IS militants") are different groups.
- Page furniture ("Related" headlines, "READ ALSO:") and "(coded separately)" figures are background.

Languages: `extract_figures` reads French and Spanish articles (`language` column) with their own
lexicons (`transforms.figures_fr_es`) through the same pipeline, and every other article with
the English one; see `transforms.figures_lexicon`.

Analysts' notes (ACLED): named victims count one each ("killed Ahmed Khan, Rashid Ali and Karim
Shah": 3); "fatalities coded as 10" / "(coded as 5 here)" replaces the note's other killed
figures; "Fatalities: 2 ANP, 5 Taliban" is 7; a word we do not know after a number names a
group ("3 ANP and 7 Taliban killed": 10); "(4 coded here)" is the analyst's share too, and
"(split between 2 events)" with no share given halves the killed figure ("coded across 6 events", "spread
across two locations" divide too); "44 SAF troopers, 18 MILF fighters and 5 civilians were killed" is 67;
the items of a slash list are distinct counts ("4 killed/ 4 died in arson attacks": 8).
Also: a count called unconfirmed right after it ("7 other deaths are feared but unconfirmed") is an
alternative report; two coordinated singulars before one verb count one each ("an inspector with the
... unit and a corporal ... were shot dead": 2); "both militants ... were killed" is 2 (anaphoric);
"N of the injured later died" adds deaths; a relative clause about the perpetrators' earlier attack
("who attacked a camp last Friday killing four officers") and a protest after a death are background.
Also: a comma aside inside a subject ("five soldiers, including a colonel, and two militants were killed": 7);
a later report by another source in a nearby sentence with no cue that time has passed is concurrent (the
higher gives way); a toll "since clashes began" is cumulative; a toll "not counting the attackers" and
attackers killed "besides themselves" take the attackers on top; a unit's number ("6 Dogra Regiment") is no count.
Also: armies' euphemisms are deaths ("neutralised 9 bandits", "paid the supreme price"); "shot dead another who
resisted" is one more; a second verb governs the objects after it ("killing a teacher and injuring his daughter and
three pupils": 3 injured); a new clause's subject with its own category word is no second object ("killing three,
and 12,000 residents fled"); "one of the injured, a trader, died" is a death; "(the others coded separately)".
A passer-by is a person; "a sixth victim died" is one more; a day naming an accord or a vote ("despite the 5 March
ceasefire") does not date the figure.
Named lists take kin and companions as items ("killing [name], his two sons and a guard": 4; "the bodies of
lawyer [name], his client [name] and their driver [name]": 3), and two names before a passive verb count two
("PO2 [name] and PO1 [name] were killed").
A running toll ("two more died, bringing the death toll to five") is a revision, and the additional deaths
of its sentence are inside it (5, not 7).
A numbered group's relative clause is no category: "four other residents who fled into the bush are feared dead" is
killed (the main verb), "five fishermen who fled the attack were rescued" survivors.
An ", identified only as [names]," aside is read over like ", including ...,".
Two concurrent reports: only the later one's cue tells that time has passed (the first one's "on Monday" is the
event's day: "killing 8 ... on Monday, the agency said. A hospital source put the toll at 12" keeps 8).
Alternative reports also: a party's own sources ("separatist sources said"), "one report put the toll at 23", a
figure rejected ("the governor dismissed a figure of 86 deaths"); "although police confirmed 18 deaths" starts a clause.
A verb's object "of them" with no count of its category before it ("offloaded the passengers and shot dead 22 of
them") is a count of its own, not a subgroup.
Also: a later run of counts, in the total's sentence or the next, that adds up to an earlier total of the same
group (or of people) is its breakdown ("six soldiers were killed ..., four in the raid while two other soldiers
died in an ambush": 6); a count glued by a hyphen ("violence continues-3 were killed") is read; an elliptical
second count at another place is added ("five were killed in Kano and three in Kaduna": 8); a count revised in
brackets replaces the one before it ("killing a group of five (later determined to be seven) police officers": 7).
A closed aside ends a subgroup for a singular too ("seven officers, including a superintendent, and a boy were killed": 8),
a second group has an aside of its own ("three civilians and four policemen, including an inspector, were killed": 7), and
"killed all three attackers" is 3.
An age names a victim ("killing a 15-year-old", "shot dead a two-year-old": one each); a confessed killing is another event
("lynched a man after he confessed to killing a boy": 1).
Killers are no victims whatever the killing verb: "four masked men hacked to death a blogger", "two gunmen fatally shot a
headmaster" (1; the verb of several words also takes its object: "a mob beat to death two thieves": 2).
"Both bombers and nine civilians died" is 2 + 9; "both soldiers and civilians were killed" joins two bare groups and counts no pair.
Words in quotes are read as plain words ("14 'takfiri elements' were killed", "a dozen assailants were 'neutralised'", 'troops "neutralised" 32 assailants').
A named list ends with an associate or a numbered group too ("killed commander [name] and an associate": 2; "shot dead
gang leader [name] and two associates": 3).
A victim wounded in the event who died later is one more death, and no injury ("killing six militants. A soldier wounded in
the fighting died the next day": 7).
An elliptical count at another place takes the verb's category and is added ("killing seven in [village] and five in
[village]": 12; "4 killed in [a], 2 in [b] and a herder in [c]": 7); not "and three in critical condition".
"(coded separately)" also closes a clause that ends with a place and its admin area ("arrested in Chuao, Aragua (coded
separately)"); "over the preceding week" is a cumulative period.
Also: "killing four people and himself" adds the bomber (5); "the police later revised this to four" is a revision of the
count before it, in its category, whatever group that count names; the items of a breakdown after a colon ("killing 17
people: four in x, nine in y and four in z") are parts (17); "more" bodies after a superseded initial toll ("had initially
put the toll at nine, but rescuers recovered three more bodies", article total 12) are inside the later count; the
perpetrators killed by others ("soldiers killed four of the assailants") are no subgroup of their victims (added on top);
a state force's claim of the other side's dead ("the military claimed three militants were killed") gives way to a count
of its own group only; an unknown group word before "and" names its count ("five vdp and a soldier": 5 + 1); "(remaining
days coded separately)" marks a total over several days as background.
A named aside whose items start with a rank is read over ("two soldiers, Pfc. [name] and Cpl. [name], were killed": 2; rank
abbreviations end no sentence), and so is an "including" aside of several items ("five personnel, including a colonel, a
major and an inspector, were killed": 5).
Attackers "killing 11 people in addition to themselves" are added even when their own verb is a death ("two suicide bombers
blew themselves up, killing 11 people in addition to themselves": 13).
An item of a named list may carry an age ("killed social leader [name], his wife, his son and a 17-year-old grandson": 4); a
victim noun we do not know names its group ("killing a conscript and an officer": 2; "killed a trader and a herbalist": 2);
a qualifier before "a"/"an" is a preposition ("shot dead over an old land dispute" names no victim).
A list of victims before their verb may mix singulars and numbered groups ("an army colonel, a major, two soldiers and an
inspector were killed": 5; "two soldiers, a policeman and a civilian were killed": 4); a numbered item of such a list is
a group of its own; a numbered second item keeps its aside ("a police inspector and two maoists, including a woman cadre,
were killed": 3); "j&k" is one word.
A named subject "also" killed in a later sentence is one more ("44 troopers and 18 fighters were killed. [name] was also
reported killed": 63); a pronoun or a definite noun there may restate a victim counted before.
Civil society's count is a local account that gives way to an official one ("civil society sources put the toll at 13,
but local authorities confirmed only nine bodies": 9).
"In addition to all 13 attackers" after a toll adds them like "along with" ("29 people were killed, including 16
worshippers, in addition to all 13 attackers": 42).
A verb's first object may carry a named aside before the next item ("killing a senior commander, Col. [name], and two of
his bodyguards": 3; "a village head, identified as [name], and his two sons": 3), or an "including" aside; a definite
singular named by its relation is one more object ("killing seven police personnel, including a superintendent, and the
18-month-old son of a head constable": 8).
A definite numbered group after a singular is a second item ("the car bomb driver and the four gunmen were also killed": 5).
An analyst's coding of one group ("fatalities for the SNA coded as 1") replaces that group's figures only (a state force's
are its soldiers, any other named group's its fighters): "killing 25 militants, and lost one soldier; Al Shabaab claimed to
have killed 7 soldiers. Fatalities for the SNA coded as 1" is 26.
An ordinal singular opening its clause is one more, words between too ("two bombers blew themselves up ... A third woman wearing
explosives was shot dead": 3), and gives way to no other source's count.
The wounded who died after a superseded initial toll, up to the article's count, are inside it ("killing 15 ... initially
reported 13 dead at the scene; two of the wounded died overnight": 15).
A verb's first object may carry a place in brackets before the next item ("shot dead the village chief of [village] ([district],
[province]) and five other residents": 6).
A victim hit, shot or stabbed who died later is one more death too ("killed 5 suspects. A 62-year-old resident was hit by a stray
bullet inside her home and died later in hospital": 6); not after a comma aside ("One of them, a trader, was shot ... and died").
An older day is the event's, no earlier event, when a later sentence reports it late, within 10 days of publication ("On 7 April,
insurgents killed 52 young men ... The killings were only confirmed by police on 21 April": 52; English only, `late_report`).
A figure stated as a state reached ("more than 1,000 people have been killed and about 200,000 displaced") in the sentence
after one that sets a long period ("insurgents have attacked the province since October 2017", "since the coup") is the
period's cumulative count, background; not one that names the event ("six soldiers have been killed in the ambush").
A toll over the whole country beside the event's place ("over 100 people were killed nationwide on the same day", "Nationwide,
about 1.9 million people are displaced") is background.
A later sentence's tally of the last day or hours ("Over the past day, forces shelled the region 92 times, killing three
people in total") holds the event's own figure, background; not "two more died over the past day".
The day an analyst's note opens on is its event's, however late the note ("On 7 April 2020, insurgents killed 52 ... The
killings were only confirmed on 21 April"): no old date.
A counted group named by its unit keeps its count before "and a ..." ("four members of the [force] ([abbr]) and a civilian
were killed": 5). The attackers' own dead are on top of their victims, as a partitive ("three of the attackers were killed
in the ensuing firefight") or as "of them" after the attackers pursued ("pursued the assailants ... and killed a dozen of them").
An ordinal body is one more, in digits too and lying with a short phrase or an aside ("the bodies of 10 men ... and an 11th body
wrapped in a blanket lay on the road": 11; "a seventh body, badly decomposed, was found").
The injured who died after a superseded toll of their sentence are inside the later count when the two add up to it ("at least
11 people were killed ... had earlier put the death toll at nine, but two of the injured succumbed": 11); "raising the number of
martyred policemen to five" is a running toll; "another injured policeman" names no injury of its own.
"""
from __future__ import annotations

import polars as pl

from transforms.batching import ENGINE
from transforms.figures_candidates import candidates, drop_nested, furniture, mark_plural, name_count, sentences
from transforms.figures_context import attributions, figure_dates
from transforms.figures_english import ENGLISH
from transforms.figures_fr_es import FRENCH, SPANISH
from transforms.figures_lexicon import NEVER, Lexicon
from transforms.figures_patterns import CATEGORY_WORD
from transforms.figures_subjects import normalise_subject
from transforms.figures_totals import mark_totals
from transforms.numbers import parse_numbers_frame

OUTPUT_SCHEMA = {
    "article_key": pl.Int64, "category": pl.Utf8, "value": pl.Int64, "value_low": pl.Int64,
    "value_high": pl.Int64, "qualifier": pl.Utf8, "subject": pl.Utf8, "stated_by": pl.Utf8,
    "stated_on": pl.Date, "refers_to_date": pl.Date, "is_background": pl.Boolean,
    "is_superseded": pl.Boolean, "is_hypothetical": pl.Boolean, "in_article_total": pl.Boolean,
    "mention_text": pl.Utf8, "sentence": pl.Utf8, "char_start": pl.Int64, "char_end": pl.Int64,
}
_PARTS = {str(n): n for n in range(2, 11)} | dict(zip(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], range(2, 11)))

_MINUS = _PARTS | {"1": 1, "one": 1}

LEXICONS = {"fr": FRENCH, "es": SPANISH}


def _category(text: pl.Expr, rules: list[tuple[str, str]]) -> pl.Expr:
    out = pl.lit(None, pl.Utf8)
    for cat, rx in reversed(rules):
        out = pl.when(text.str.contains(rx)).then(pl.lit(cat)).otherwise(out)
    return out


def _clause_before(before: pl.Expr) -> pl.Expr:
    return before.str.replace(r"(?s)^.*[,;:\"“”]", "")


def _flags(lf: pl.LazyFrame, lex: Lexicon) -> pl.LazyFrame:
    m, rest, pat, b = pl.col("m"), pl.col("rest"), pl.col("pattern"), lex.b
    before_all = pl.col("s").str.slice(0, pl.col("n_start"))
    clause_b, clause_b_all = _clause_before(pl.col("before")), _clause_before(before_all)
    # the mention without a relative clause before its verb ("one passenger who tried to escape was shot dead")
    m_main = m.str.replace(r"(?-u:\b)who .* (?:was|has been|had been|is|got|were|are|have been) ", "")
    # the clause after the figure, up to a relative clause ("a suspect who was wanted for ... last month")
    clause_a = pl.col("after").str.extract(r"^([^,;:\"“”]*)").str.replace(lex.relative, "")
    around = pl.concat_str([before_all, m, clause_a])  # its sentence up to the figure, the match, the clause after
    # "found dead one day after the clashes": an after/before phrase following the figure dates
    # the figure's own event (before it, "a month after two assaults killed 40", it is background)
    clause_a_bg = clause_a.str.replace(r"(?-u:\b)(?:(?:a|one|two|three|four|five|six|several|few|a few) )?"
                                       r"(?:day|days|week|weeks|month|months|year|years|hours?) (?:after|before) .*$", "")
    # ("in retaliation for an earlier attack, residents shot dead five militia": the cause named, not the figure's event;
    # after the figure too: "a civilian shot dead by armed men in retaliation for an earlier attack on a herder")
    earlier_cause = (r"(?-u:\b)(?:(?:in )?(?:retaliation|revenge|reprisal|response) )?(?:for|to|against) (?:an? |the )?(?:earlier|previous|prior|recent) "
                     r"(?:attack|attacks|killing|killings|raid|raids|incident|incidents|clash|clashes)(?-u:\b)")
    bg_text = pl.concat_str([before_all.str.replace_all(earlier_cause, ""), pl.lit(" "), m, clause_a_bg.str.replace_all(earlier_cause, "")])
    neg = pat == "negation"
    # a comma aside closed before "and": "four policemen, including an inspector, and three gunmen" (the gunmen are no subgroup)
    aside_closed = pl.col("lead").str.contains(r"^[^,]*, and $") & pl.col("before").str.ends_with(", ")
    # (also a second singular after the aside: "seven officers, including a superintendent, and a boy were killed")
    aside_closed = aside_closed | (pat == "coord_sg2") & pl.col("lead").str.contains(r", and $")
    # a verb's "N of them" whose antecedent is the attackers pursued ("pursued the assailants ... and killed a dozen of them")
    them_attackers = (pat == "verb_first") & pl.col("after_num").str.contains(r"^ of them(?-u:\b)") & before_all.str.contains(lex.them_attackers)
    # "a spokesman said the bomber was also killed": the attacker's own death, read by the singular passive
    sing_attacker = (pat == "sing") & pl.col("before").str.extract(r"(?-u:\b)((?:the|a|an|one) (?:[a-z-]+ ){1,2})$").str.contains(
        lex.additive_article).fill_null(False)
    # (also an ordinal one opening its clause with words between: "a third woman wearing explosives was shot dead before she could
    # reach the market" after two bombers)
    sing_attacker = sing_attacker | (pat == "sing") & clause_b_all.str.strip_chars_start().str.contains(lex.additive_article)
    # ("a police officer used as a human shield is killed": an indefinite subject opening its clause is a new victim, no anaphor)
    # (after a dateline too: "port-au-prince — a kenyan police officer serving with the mission was killed")
    sing_new = (pat == "sing") & clause_b_all.str.contains(r"^ ?(?:[a-z][a-z .'’-]{1,40} (?:—|–|--|-) )?(?:a|an) (?:[a-z'’-]+ ){0,2}?" + lex.person + b)
    # (so is a named subject "also" killed after counted groups: "44 troopers and 18 fighters were killed. [name] was also
    # reported killed"; not a pronoun or a definite noun, which may restate one of them)
    sing_new = sing_new | (pat == "sing") & pl.col("m").str.contains(b + "also" + b) & (pl.col("sid") > 0) & clause_b.str.contains(
        r"^ ?[a-z][a-z'’-]+(?: [a-z][a-z'’-]+){0,3} $") & ~clause_b.str.contains(r"^ ?(?:he|she|it|they|the|this|that|his|her|their)" + b)
    # the abducted found dead, one more than those killed ("killed a shepherd and his son and abducted a third man ... the abducted
    # man's body was found hours later": 3)
    taken_body = (pat == "poss_body") & pl.col("lead").str.contains(r"^the (?:captured|kidnapped|abducted|seized|missing|detained|taken) ")
    one_phrase = pl.col("after").str.replace(r"(?:[,.;:(]| (?:and|in|at|on|near|with|from|who|while|as|during|after|of|by|for)(?-u:\b)).*$", "")
    # ("five soldiers were killed, as were two militants and three others wounded": the militants take the first verb)
    as_were = pl.col("before").str.extract(r"(?-u:\b)(killed|died|dead|wounded|injured|kidnapped|abducted|arrested),? as (?:were|was) $")
    cat_text = (pl.when(neg).then(rest).when(pat.is_in(["toll", "colon", "colon_next", "coded", "estimate"])).then(pl.col("lead"))
                .when((pat == "num_first") & as_were.is_not_null()).then(as_were)
                .when(pat.is_in(["coded_here", "coord_sg", "coord_sg2"])).then(rest).when(pat.is_in(["lost", "ablaze", "ablaze_first", "themselves", "one_of_held"])).then(pl.lit("killed"))
                # ("a man who killed his wife was arrested": the verb after the relative clause)
                .when(pat.is_in(["one_who", "num_who"])).then(m_main).otherwise(m))
    # (an item of a slash list, or a count at another place, is distinct even with a repeated number)
    # (so is an ordinal victim named in an aside: "a fourth policeman, sgt. [name], succumbed" after "killing a police officer")
    lf = lf.with_columns((pl.col("before").str.contains(r"[a-z0-9]\s?/\s?$") | pat.is_in(["ellipsis", "ordinal"])).alias("slash_item"))
    # hostages freed later in their clause are survivors ("a family of 5 held hostage in the house was rescued")
    freed_later = pl.col("after").str.contains(r"^(?:[^,.;:()]|, (?:including|among them) [^,.;:()]{1,40},){0,80}? (?:was|were|have been|had been|has been|are|is) (?:later |all |also |safely |"
                                               r"successfully |eventually |subsequently |unhurt |then )*rescued(?-u:\b)")
    # a group named by its displaced state before another verb is that verb's victims ("sixty-two displaced people were killed
    # when ...": killed 62, no displaced count)
    state_then = pl.col("after").str.extract(lex.state_then)
    cat_text = pl.when((pat == "num_first") & m.str.contains(lex.state_noun) & state_then.is_not_null()).then(state_then).otherwise(cat_text)
    cat_text = pl.when((pat == "num_first") & freed_later & cat_text.str.contains(r"(?-u:\b)(?:hostage|captive|held|kidnapped|abducted)")).then(
        pl.concat_str([cat_text, pl.lit(" rescued")])).otherwise(cat_text)
    return lf.with_columns(
        # ("another remains missing": no human remains)
        _category(cat_text.str.replace(r"(?-u:\b)remains (missing|unaccounted)", "remain $1"), lex.category_rules).alias("category"),
        pl.when(neg).then(pl.struct(pl.lit(0, pl.Int64).alias("value"), pl.lit(0, pl.Int64).alias("value_low"),
                                    pl.lit(0, pl.Int64).alias("value_high"), pl.lit("exact").alias("qualifier")))
        .otherwise(pl.col("p0")).alias("p"),
        (bg_text.str.contains(lex.background) | pl.concat_str([before_all, m]).str.contains(lex.cause)
         # (the other incident named at the sentence's end: "a shepherd was killed by an explosive device ..., in a separate
         # incident")
         | pl.when(pl.col("s").str.contains(" separate ", literal=True)).then(pl.col("s").str.slice(pl.col("n_start"))).otherwise(pl.lit("")).str.contains(
             r"^[^.;]*, in (?:a|an|another)(?: [a-z]+)? separate (?:incident|attack|raid|clash|ambush|bombing|explosion|blast)(?-u:\b)")
         | pl.when(before_all.str.contains(r"\([^)]*$"))
         .then(pl.concat_str([before_all.str.extract(r"\(([^)]*)$"), pl.col("after").str.extract(r"^([^)]*)")], separator=" "))
         # (the note's clause only: "5 were killed and 3 wounded; the 7 killed in [town] are coded separately"; not one about
         # the figure before: "killed 272 overall; those fatalities are coded across separate events")
         # (the clause's note read to its end, past the 90 characters of "after": "killed 96 militants in a counteroffensive
         # launched the following day; those fatalities are coded as a separate event")
         .otherwise(pl.when(pl.col("s").str.contains(r" (?:coded|recorded) ")).then(pl.col("s").str.slice(pl.col("m_end"), 240))
                    .otherwise(pl.col("after")).str.extract(r"^([^()]*)").str.replace(
             r"; (?:the |another |a further |an? )?(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|other|others|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?-u:\b)[^;]*$", "")).str.contains(lex.coded).fill_null(False)
         # "... 25 taliban were killed in airstrikes (coded separately)": a bare note closing the figure's clause
         | pl.col("after").str.contains(lex.coded_note)
         # (a comma aside before the figure in its clause: "in subsequent raids, coded separately, the army said it killed 5")
         # (not the next item of a list: "3 were killed in [a], coded separately, and 4 in [b]")
         | before_all.str.contains(r"(?-u:\b)(?:coded|recorded) (?:separately|seperately|as (?:a )?separate events?), [^;.]*$")
         & ~before_all.str.contains(r"(?-u:\b)(?:coded|recorded) (?:separately|seperately|as (?:a )?separate events?), (?:and|but|while|whereas|plus)(?-u:\b)[^;.]*$")
         | before_all.str.contains(lex.cause_before)
         | around.str.contains(lex.wide_scope)
         | (pl.col("sid") > 0) & around.str.contains(lex.period_tally)
         & ~pl.concat_str([clause_b, m, pl.col("after_num")]).str.replace_all(r"(?-u:\b)(?:more|less|fewer) than(?-u:\b)", "").str.contains(
             lex.additive + "|" + lex.subgroup_after)
         | clause_b.str.contains(lex.accused) | pl.concat_str([clause_b_all, m]).str.contains(lex.earlier_attack)
         # (not in the first sentence: the lead's figure is the event itself)
         | (pl.col("sid") > 0) & clause_b_all.str.contains(lex.prior_attack)
         & pl.concat_str([clause_b_all, m, clause_a]).str.contains(lex.prior_when)).alias("is_background"),
        (pat == "revised").alias("revised_from"),
        (before_all.str.replace(lex.earlier_break, "").str.contains(lex.earlier)
         | m.str.contains(lex.earlier)).alias("earlier_cue"),
        # ("the blast claimed 30 lives": the verb of the toll, no claim; nor is "claimed (responsibility for) the
        # bombing, which killed 12": a claim of the attack, not of its toll)
        # (a state force's claim of the other side's dead is its own count: "two soldiers were killed ... the military
        # claimed three militants were killed"; `figures_totals` lets it give way to a count of its group only)
        before_all.str.replace(lex.clause_break, "").str.contains(lex.state_claim).alias("state_claim"),
        (pl.when(pat == "lives").then(before_all.str.replace(r"(?-u:\b)(?:claimed|claiming|claims) (?:[a-z]+ ){0,2}$", ""))
         .otherwise(before_all).str.replace(lex.clause_break, "").str.replace(lex.claimed_attack, "").str.contains(lex.alternative)
         # (or right after it, before another figure: "7 other deaths are feared but unconfirmed")
         | pl.concat_str([m, pl.col("after").str.replace(r"(?:[0-9(;]| and | while ).*$", "")
                          .str.extract(r"^,?((?: [^ ]+){0,10})").fill_null("")]).str.contains(lex.unconfirmed)).alias("alt_cue"),
        (pl.concat_str([pl.col("before"), m]).str.contains(lex.revision) | pat.is_in(["paren_revised", "revised_to"])).alias("revision_cue"),
        before_all.str.contains(lex.rival).alias("rival_cue"),
        pl.col("after").str.contains(lex.without_attackers).alias("without_attackers"),
        (pl.col("s").str.contains(lex.reported) & ~pl.concat_str([before_all, m]).str.contains(lex.progress)).alias("concurrent"),
        pl.col("s").str.contains(lex.reported).alias("reported"),
        # (a hedge in brackets is about who: "5 raiders killed (likely to be samburu) by police")
        # (nor is a relative clause's: "one passenger who tried to escape was shot dead")
        (pl.concat_str([clause_b.str.replace_all(r"\([^()]*\)", ""),
                        m_main]).str.contains(lex.hypothetical)
         | clause_a.str.contains(lex.hedge_after)).alias("is_hypothetical"),
        # (an item of a breakdown after a colon is a part of the count before it: "killing 17 people: four in x, nine
        # in y and four in z")
        ((pat == "subgroup") | ((pat == "subgroup_next") & ~aside_closed)
         # (the last items of an "including" aside of several, closed before "and": "five personnel, including a colonel, a major
         # and an inspector, and two militants were killed" is 7)
         | pat.is_in(["coord_sg", "coord_sg2"]) & ~aside_closed
         & pl.concat_str([pl.col("before"), pl.col("lead")]).str.extract(r", (?:including|among them|among whom) ([^;.:()]*)$").str.contains(
             r"(?-u:\b)(?:were|was|are|is|have|has|had|died|killed|wounded|injured)(?-u:\b)").not_().fill_null(False)
         | (pat == "ellipsis") & before_all.str.contains(lex.colon_parts)
         | pl.col("before").str.contains(lex.subgroup_cue + r" (?:[a-z]+ ){0,2}$") & ~aside_closed
         # (what a toll leaves out is no part of it: "not including the bomber, who was also killed")
         & ~pl.col("before").str.contains(r"(?-u:\b)not including (?:[a-z]+ ){0,2}$")
         | pl.col("after_num").str.contains(lex.subgroup_after) & (pat != "injured_died") & ~them_attackers
         # (one strike's share of the strikes' toll before it: "Israeli strikes killed 31 people ... One strike hit a house,
         # killing a family of seven")
         | (pl.col("sid") > 0) & before_all.str.contains(lex.one_strike)
         # (one place's share of a wider toll: "adding that 17 people were killed in [village] alone")
         | pl.col("after").str.contains(lex.place_alone)
         # (the next item of a partitive breakdown: "killing 26 soldiers, 24 of them nigerien and 2 nigerian")
         | before_all.str.contains(lex.partitive_next)
         # (the last member of a numbered group's appositive list: "two local leaders, mca [name] and a jubilee mp hopeful [name]")
         | pat.is_in(["article", "coord_sg", "coord_sg2"]) & before_all.str.contains(lex.appositive_before)
         & ~before_all.str.contains(lex.appositive_not)
         # (a count said to be among the dead: "killing nine worshippers ... three children were among the dead")
         | (pat == "num_first") & m.str.contains(r"(?-u:\b)(?:were|was|are) (?:also )?among (?:the|those) (?:dead|victims|killed|deceased|injured|wounded)(?-u:\b)")
         # (a singular too: "burning 8 passengers to death ... a 6-year-old girl was among the dead"; not "also among")
         | (pat == "article") & m.str.contains(r"(?-u:\b)(?:was|is) among (?:the|those) (?:dead|victims|killed|deceased|injured|wounded)(?-u:\b)")
         # (the attacker's own death in a breakdown of the attackers' count: "all 2 attackers also died: one blew himself up among the crowd")
         | (pat == "self") & before_all.str.contains(r"(?-u:\b)(?:[0-9]+|two|three|four|five|six|both|all) (?:[a-z-]+ )?(?:attackers|bombers|"
                                                      r"assailants|gunmen|militants|perpetrators)(?-u:\b)[^.;:]*: [^:;.]*$")).alias("subgroup"),
        # (a suicide attacker's own death is added to the toll of the people the blast killed)
        # (so is the attacker's: "killing 3 and wounding 2; the attacker was shot dead" is 4)
        # (and the abducted found dead: "abducting three officers ... the kidnapped officers were found dead")
        # ("a fourth soldier later died": one more than those counted; so are "three of the injured died")
        # (an item of a note's slash list: "4 killed/ 4 died in arson attacks")
        # ("and more than 40 fighters": a qualifier, not "two more")
        (pl.concat_str([clause_b, m]).str.replace_all(r"(?-u:\b)(?:more|less|fewer) than(?-u:\b)", "").str.contains(lex.additive) | pat.is_in(["self", "themselves", "their_bodies", "poss_item", "injured_died", "wounded_died", "along", "along_next", "ellipsis", "ordinal", "pron_and"])
         | pl.col("slash_item")
         # (the second of a pair of counts with bracketed qualifiers: "4 (confirmed) and 3 (suspected) killed")
         | (pat == "num_first") & before_all.str.contains(lex.paired_qualifier) & pl.col("after_num").str.contains(r"^ \(")
         # ("soldiers who intervened killed four of the assailants": not among the people the assailants killed)
         | (pat == "verb_first") & pl.col("after_num").str.contains(lex.of_attackers + "|" + lex.more_after) | them_attackers
         # ("three of the attackers were killed in the ensuing firefight": on top of their victims)
         | (pat == "num_first") & pl.col("after_num").str.contains(lex.of_attackers)
         # ("killed at least 17 people ... 3 militiamen were killed when troops intervened": on top of their victims)
         | (pat == "num_first") & pl.concat_str([m, pl.col("after")]).str.contains(lex.attackers_repelled)
         # ("his body and the body of a woman were found": one more body than his)
         | (pat == "verb_first") & pl.col("before").str.contains(r"(?-u:\b)(?:his|her) body and (?:the )?$")
         | (pat.is_in(["article", "both"]) & m.str.contains(lex.additive_article)) | sing_attacker
         # (the second item of a pair: "the first died in his own blast and a second was killed by police")
         | (pat == "conj") & m.str.replace(r"^[a-z]+ ", "").str.contains(lex.additive_article)
         # (the attackers killed by those who answered: "leaving 9 people dead ... commandos shot dead all four attackers")
         # (or before: "seven people were killed before all three attackers were shot dead")
         | pat.is_in(["verb_first", "num_first"]) & before_all.str.contains(r"(?-u:\b)all (?:the )?$")
         & pl.col("after_num").str.contains(r"^ (?:[a-z-]+ )?(?:attackers|assailants|gunmen|raiders|bandits|militants|terrorists|hijackers|kidnappers)(?-u:\b)")
         | taken_body).alias("additive"),
        # anaphoric readings restate victims already counted ("[name] was shot dead", "he died"):
        # they count only when nothing else does
        ((pat.is_in(["sing", "pron", "result_death"]) & ~sing_attacker & ~sing_new) | ((pat == "poss_body") & pl.col("lead").str.contains("^(?:his|her|the) ") & ~taken_body)
         # (not before a numbered group of its own: "killing him and 3 relatives" is 4)
         | pl.col("num").is_in(["him", "her"]) & ~pl.col("after_num").str.contains(
             r"^ and (?:his |her |their )?(?:[0-9]|two|three|four|five|six|seven|eight|nine|ten)")
         | ((pat == "to_death") & rest.str.contains(r"^ ?(?:the|this|that)(?-u:\b)"))).alias("weak"),
        # "the two men who died": the same count again when another figure states that number
        (pl.col("s").str.slice(0, pl.col("n_start")).str.contains(lex.determiner_before)
         & (pl.col("num") != "")).alias("the_num"),
        # who: the first person noun after the number ("killed two officers and a civilian": the
        # civilian), else anywhere in the match
        pl.when(neg).then(rest.str.extract(b + "(" + lex.person + ")" + b))
        .when(pat == "self").then(pl.lit("bomber"))
        # (a revised count's aside names a part of it: "raised the number to eleven, among them four women")
        .when((pat == "revised_to") & pl.col("after_num").str.starts_with(",")).then(None)
        # (so does a toll's: "put the death toll at 13, including a child" is no count of children)
        .when((pat == "toll") & pl.col("after_num").str.starts_with(",")).then(m.str.extract(b + "(" + lex.person + ")" + b))
        # ("his body and the body of a woman were found": his, not hers; "a man's body was found": a man)
        .when(pat == "poss_body").then(pl.col("lead").str.extract(b + "(" + lex.person + ")" + b))
        .when(pat == "poss_item").then(rest.str.extract(b + "(" + lex.person + ")" + b))
        .when(pat == "sing").then(pl.col("before").str.extract_all(b + lex.person + b).list.last())
        # one victim: the head noun ends its phrase ("killed a al shabaab terror suspect and ...")
        # (a noun we do not know names its victim too: "killing a conscript and an officer" are two)
        .when((pat == "verb_first") & pl.col("num").is_in(["a", "an"])).then(pl.coalesce(
            one_phrase.str.extract_all(b + lex.person + b).list.last(), one_phrase.str.extract(r"([a-z][a-z'’-]*)$")))
        # (not across "and": "five vdp and a soldier were killed" names the vdp, then a soldier)
        .otherwise(pl.coalesce(pl.col("after_num").str.slice(0, 40).str.replace(r" (?:and|plus) .*$", "")
                               .str.extract("^ ?(?:" + lex.mod + " ){0,3}?(" + lex.person + ")" + b),
                               # a group named by a word we do not know ("2 fdlr were killed", "3 anp and 7 taliban")
                               pl.when(pat.is_in(["num_first", "conj", "colon", "colon_next", "list"])).then(
                                   pl.col("after_num").str.extract(r"^ ([a-z][a-z'’-]+)" + lex.group_next)
                                   .replace(lex.not_group, None).str.replace(r"^" + lex.category_word + "$", "").replace("", None)),
                               # (a killing verb's object too, after one modifier: "shot dead 2 polio vaccinators and a police
                               # constable" are two groups)
                               pl.when((pat == "verb_first") & pl.col("after_num").str.extract(r"^ ([a-z'’-]+) ").is_in(lex.not_group).not_()).then(
                                   pl.col("after_num").str.extract(r"^ (?:[a-z'’-]+ )?([a-z][a-z'’-]+)(?: and| plus)(?-u:\b)")
                                   .replace(lex.not_group, None).str.replace(r"^" + lex.category_word + "$", "").replace("", None)),
                               # (not the source of a reporting clause after a verb's "N of them": "shot dead 11 of them, officials
                               # said")
                               pl.concat_str([m, pl.when(pat == "verb_first").then(pl.col("after_num").str.slice(0, 60).str.replace(
                                   r"^( of them)(?-u:\b)[^,;]*, (?:[a-z'’-]+ ){0,3}?(?:said|says|told|added|reported|stated)(?-u:\b).*$", "$1").str.slice(0, 25))
                                   .otherwise(pl.col("after_num").str.slice(0, 25))])
                               .str.extract(b + "(" + lex.person + ")" + b)))
        .alias("subject_raw"),
        pl.when(neg).then(rest.str.contains(lex.negation_both)).otherwise(False).alias("both"),
        # (a place's admin area in brackets is read over: "abducted the ruler of a village near [town] ([division], [region]) along with")
        _category(_clause_before(pl.col("before").str.replace_all(r"\([^()]*\)", "")), lex.category_rules).alias("cat_before"),
    )


def extract_figures(articles: pl.LazyFrame, date_mentions: pl.LazyFrame) -> pl.LazyFrame:
    """One pass per language with a lexicon of its own (`language` column; French, Spanish),
    one for all other articles with the English lexicon: English rows pay one filter."""
    names = articles.collect_schema().names()
    lang = pl.col("language").fill_null("") if "language" in names else pl.lit("")
    parts = [_extract(articles.filter(~lang.is_in(list(LEXICONS))), date_mentions, ENGLISH)]
    if "language" in names:
        present = set(articles.select(lang.unique()).collect(engine=ENGINE).to_series())
        parts += [_extract(articles.filter(lang == code), date_mentions, lex) for code, lex in LEXICONS.items() if code in present]
    # a total order: two readings can share a start and a category ("kills a civilian" and
    # "kills a civilian and a police officer")
    return (pl.concat(parts, how="vertical").sort("article_key", "char_start", "category", "char_end", "value")
            .collect(engine=ENGINE).lazy())


def _day_before(lex: Lexicon) -> pl.Expr:
    """A later sentence opening on a day before the event's ("... on Friday evening. On Thursday, four policemen were
    killed south of Kirkuk"): another, earlier event. The event's day is the first day the article names; a day after
    it may bring more deaths of this event ("On Sunday, two more bodies were found")."""
    if not lex.weekdays:
        return pl.lit(False)
    day_no, days = {d: i for i, d in enumerate(lex.weekdays)}, "|".join(lex.weekdays)
    fig_day = (pl.col("s").str.extract(lex.day_opening.replace("{days}", days))
               .replace_strict(day_no, default=None, return_dtype=pl.Int64))
    # (only rows opening on a day read the text before them)
    event_day = (pl.when(fig_day.is_not_null()).then(pl.col("body")).otherwise(pl.lit("")).str.slice(0, pl.col("s_start"))
                 .str.extract(r"(?i)(?-u:\b)(" + days + r")(?-u:\b)").str.to_lowercase()
                 .replace_strict(day_no, default=None, return_dtype=pl.Int64))
    return ((pl.col("sid") > 0) & ((event_day - fig_day) % 7).is_between(1, 3)).fill_null(False)


def _late_report(figs: pl.LazyFrame, date_mentions: pl.LazyFrame, lex: Lexicon) -> pl.LazyFrame:
    """fig_id -> _late: a figure of an older day that a later sentence reports late, on a day within 10 days of
    publication ("On 7 April, insurgents killed 52 young men in [village]. The killings were only confirmed by police on
    21 April"): the older day is the event's, no earlier event. Only the rare figures with an old day read the body."""
    old = figs.filter(pl.col("old_date").fill_null(False) & pl.col("refers_to_date").is_not_null()).select(
        "fig_id", "article_key", "s_end", "refers_to_date", "pub_date", "body")
    dm = date_mentions.filter(pl.col("timex_type") == "DATE").select(
        "article_key", pl.col("char_start").alias("d_start"), pl.col("resolved_date").alias("d_date"))
    j = old.join(dm, on="article_key", how="inner").filter(
        (pl.col("d_start") >= pl.col("s_end")) & (pl.col("d_date") >= pl.col("pub_date") - pl.duration(days=10))
        & (pl.col("d_date") > pl.col("refers_to_date")) & (pl.col("d_date") <= pl.col("refers_to_date") + pl.duration(days=31)))
    late = pl.col("body").str.slice((pl.col("d_start") - 60).clip(0), pl.col("d_start") - (pl.col("d_start") - 60).clip(0)).str.to_lowercase()
    return j.filter(late.str.contains(lex.late_report)).group_by("fig_id").agg(pl.lit(True).alias("_late"))


def _wider_total(lex: Lexicon) -> pl.Expr:
    """A note that codes one part of a wider report: a total stated "in total" before "This event covers/codes the
    [part]" is the wider report's ("killing 9 members in total ... This event covers the checkpoint in [district],
    where 3 ...")."""
    in_total = (pl.col("s").str.slice(pl.col("n_start"), 60).str.extract(r"^([^.;]*)").str.contains(lex.in_total)
                | pl.col("s").str.slice(0, pl.col("n_start")).str.contains(lex.total_of))
    # (only figures stated "in total" read the whole body)
    scope_at = pl.when(in_total).then(pl.col("body")).otherwise(pl.lit("")).str.extract(
        r"(?is)^(.*?)" + lex.scope_note).str.len_chars()
    return (in_total & (pl.col("char_start") < scope_at)).fill_null(False)


def _after_cumulative(sents: pl.LazyFrame, figs: pl.LazyFrame, lex: Lexicon) -> pl.LazyFrame:
    """A figure stated as a state reached ("More than 1,000 people have been killed and about 200,000 displaced") in its
    own sentence or the sentence after one that sets a long period ("Insurgents have carried out attacks in the province since October
    2017"): the period's cumulative count, background; not one that names the event ("in the attack")."""
    if lex.cumulative_since == NEVER:
        return figs.with_columns(pl.lit(False).alias("after_cumulative"))
    state = ((pl.col("sid") > 0) & pl.concat_str([pl.col("s").str.slice(0, pl.col("n_start")), pl.col("m")]).str.contains(lex.perfect)
             & ~pl.col("s").str.contains(lex.event_named))
    figs = figs.with_columns(state.alias("_state"))
    # (only the sentence before a figure stated as a state reached is read)
    periods = (figs.filter(pl.col("_state")).select("article_key", (pl.col("sid") - 1).alias("sid")).unique()
               .join(sents.select("article_key", "sid", "s"), on=["article_key", "sid"], how="inner")
               .filter(pl.col("s").str.contains(lex.cumulative_since))
               .select("article_key", (pl.col("sid") + 1).alias("sid"), pl.lit(True).alias("_period_before")))
    return (figs.join(periods, on=["article_key", "sid"], how="left")
            # (or a long period set in its own sentence: "more than 200 people have been killed and about 60,000 displaced in
            # ethnic violence ... since may 2023", the period past the figure's short window of context)
            .with_columns(((pl.col("_period_before").fill_null(False)
                            | pl.when(pl.col("_state")).then(pl.col("s")).otherwise(pl.lit("")).str.contains(lex.cumulative_since))
                           & pl.col("_state")).alias("after_cumulative"))
            .drop("_period_before", "_state"))


def _extract(articles: pl.LazyFrame, date_mentions: pl.LazyFrame, lex: Lexicon) -> pl.LazyFrame:
    # Checkpoints: the sentence table and the candidate figures are collected once (both are
    # used several times below; a lazy plan would recompute them for every use).
    sents = sentences(articles, lex.age_tail).collect(engine=ENGINE).lazy()
    cand = drop_nested(lex.plausible(candidates(sents, articles, lex)).collect(engine=ENGINE).lazy())
    cand = cand.with_columns(pl.when(pl.col("pattern") == "named").then(name_count(pl.col("num")))
                             .when(pl.col("pattern") == "result_death").then(pl.lit("1"))
                             .when(pl.col("pattern").is_in(["both", "bodies_pair"])).then(pl.lit("2")).otherwise(pl.col("num")).alias("num"))
    # verb-first matches end at the last person noun ("killed 40 soldiers", not "... near the")
    # (a compound noun's head is the second: "police officer", "kenyan fishermen")
    kept = pl.col("rest").str.extract(r"^((?: " + lex.mod + "){0,2}? " + lex.person + "(?: " + lex.person + ")?)" + lex.b).fill_null("")
    cand = cand.with_columns(
        pl.when(pl.col("pattern") == "verb_first").then(pl.col("m_end") + kept.str.len_chars())
        .otherwise(pl.col("m_end")).alias("m_end"),
        pl.when(pl.col("pattern") == "verb_first").then(kept).otherwise(pl.col("rest")).alias("rest"))
    cand = cand.with_columns(pl.col("s").str.slice(pl.col("m_start"), pl.col("m_end") - pl.col("m_start")).alias("m"))
    cand = mark_plural(cand)
    # a singular's relative clause names a victim of its own for an attacker only ("not including the bomber, who was
    # also killed"); "a constable, who was also wounded" may be one of those counted
    cand = cand.filter(~((pl.col("pattern") == "article") & pl.col("m").str.contains(", who ") & ~pl.col("m").str.contains(lex.additive_article)))
    # a numbered group that is the subject of an active verb with an object is no count of its victims ("attacked the city
    # from several directions and captured it", "20 gunmen stormed the village and abducted the chief")
    active_subject = ((pl.col("pattern") == "num_first") & pl.col("rest").str.contains(r" and [a-z]+ed$")
                      & ~pl.col("rest").str.contains(r"(?-u:\b)(?:were|was|are|is|been|being|got|get)(?-u:\b)")
                      & pl.col("after").str.contains(r"^ (?:it|them|him|her|control|the|a|an|his|their|its)(?-u:\b)"))
    cand = cand.filter(~active_subject)
    # the items of a pair of bodies are read by the pair ("the bodies of [title], [name], and another youth were found": 2)
    pair = pl.col("pattern") == "bodies_pair"
    in_pair = (~pair & (pl.col("m_start") >= pl.col("m_start").filter(pair).min().over("article_key", "sid"))
               & (pl.col("m_start") < pl.col("m_end").filter(pair).max().over("article_key", "sid"))).fill_null(False)
    cand = cand.filter(~in_pair)
    figs = (_flags(parse_numbers_frame(cand, out="p0", lang=lex.numbers), lex).drop("p0").unnest("p")
            .filter(pl.col("value").is_not_null() | (pl.col("pattern") == "negation"))
            .with_columns((pl.col("s_start") + pl.col("m_start")).alias("char_start"),
                          (pl.col("s_start") + pl.col("m_end")).alias("char_end"),
                          (pl.col("s_start") + pl.col("n_start")).alias("num_at")))
    # "their bodies were found": as many as the figure before counted
    before_value = (pl.when(pl.col("pattern") == "their_bodies").then(None).otherwise(pl.col("value"))
                    .forward_fill().over("article_key", order_by="num_at"))
    figs = figs.with_columns(pl.when(pl.col("pattern") == "their_bodies").then(before_value.fill_null(pl.col("value")))
                             .otherwise(pl.col("value")).alias("value"))
    # the analysts' even split: "at least 10 people were killed over 2 days (split between 2 events)" is 5 here
    # ("6 deaths (coded across 6 events)", "fatalities spread across two locations")
    parts = (pl.col("s").str.slice(pl.col("n_start")).str.extract(
        r"(?-u:\b)(?:split|coded|spread|divided) (?:evenly )?(?:between|across|over|into|in|among) (" + "|".join(_PARTS)
        + r") (?:separate )?(?:events|days|locations|incidents|places)(?-u:\b)")
        .replace_strict(_PARTS, default=None, return_dtype=pl.Int64))
    # (not when the note gives this event's share: "split across two events: coded as 5 here")
    own_share = pl.col("s").str.contains(r"(?-u:\b)(?:coded|recorded) (?:as|at|here|on this|for this|in this)(?-u:\b)")
    figs = figs.with_columns(pl.when(parts.is_not_null() & (pl.col("value") >= parts) & (pl.col("category") == "killed") & ~own_share)
                             .then(pl.col("value") // parts).otherwise(pl.col("value")).alias("value"))
    # the analyst's share coded before, taken off: "up to 7 were killed in the slum (total = minus 2 previously coded in a
    # battle the same day)": 5
    minus = (pl.col("s").str.slice(pl.col("n_start")).str.extract(
        r"^[^;]*?(?-u:\b)minus (" + "|".join(_MINUS) + r") (?:[a-z]+ ){0,3}?(?:coded|recorded)(?-u:\b)")
        .replace_strict(_MINUS, default=None, return_dtype=pl.Int64))
    figs = figs.with_columns(pl.when(minus.is_not_null() & (pl.col("value") > minus) & (pl.col("category") == "killed"))
                             .then(pl.col("value") - minus).otherwise(pl.col("value")).alias("value"))
    # the missing feared dead are dead ("5 other soldiers remain unaccounted for and are feared dead": killed 5)
    feared = pl.col("after").str.contains(lex.feared_after)
    figs = figs.with_columns(pl.when((pl.col("category") == "missing") & feared).then(pl.lit("killed"))
                             .otherwise(pl.col("category")).alias("category"))
    # inherited categories (subgroups, "up from 20"): the nearest figure's in the same sentence
    # (a subgroup whose cue names the category keeps it: "the dead include 3 women")
    inherit = (pl.col("pattern").is_in(["subgroup", "subgroup_next", "revised", "along", "along_next", "as_was", "list", "ellipsis", "paren_revised", "revised_to"])
               & ~(pl.col("pattern").is_in(["subgroup", "subgroup_next"]) & pl.col("lead").str.contains(CATEGORY_WORD)))
    # (a total order: a number read twice — "including 11 injuries" as a subgroup and as
    # injured — inherits from its own reading first, the same way every run)
    tie_break = ["priority", "pattern", "m_start", "m_end"]
    figs = (figs.with_columns(pl.when(inherit).then(None).otherwise(pl.col("category")).alias("category"))
            .sort("article_key", "num_at", pl.col("category").is_null(), *tie_break)
            .with_columns(pl.col("category").forward_fill().over("article_key", "sid")
                          # (companions with no figure before them take their own verb's category before the next figure's:
                          # "abducted the traditional ruler ... along with three of his guards, killing a fourth guard": kidnapped 3)
                          .fill_null(pl.when(pl.col("pattern").is_in(["along", "along_next"])).then(pl.col("cat_before")))
                          .fill_null(pl.col("category").backward_fill().over("article_key", "sid"))
                          # companions of a victim no figure counts ("[name] died together with his passenger"): the verb before
                          .fill_null(pl.when(pl.col("pattern").is_in(["along", "along_next"])).then(pl.col("cat_before"))).alias("category"))
            .filter(pl.col("category").is_not_null()))
    # one number, one figure per category: keep the best pattern's reading, merge flags
    figs = (figs.sort("article_key", "num_at", "category", *tie_break)
            .group_by("article_key", "num_at", "category", maintain_order=True)
            .agg(pl.all().exclude("revised_from", "earlier_cue", "alt_cue", "subgroup", "is_hypothetical").first(),
                 pl.col("revised_from").any(), pl.col("earlier_cue").any(), pl.col("alt_cue").any(), pl.col("subgroup").any(),
                 pl.col("is_hypothetical").any()))
    # a verb's object "of them" with no count of the category before it is a count of its own ("offloaded the
    # passengers and shot dead 22 of them"), not a subgroup of another figure
    counted_before = (~pl.col("subgroup")).cum_sum().over("article_key", "category", order_by="num_at") - (~pl.col("subgroup")).cast(pl.Int64)
    partitive = (pl.col("subgroup") & (pl.col("pattern") == "verb_first") & pl.col("after_num").str.contains(r"^ of (?:them|these|those)(?-u:\b)")
                 & (counted_before == 0))
    # ("several others injured, one of whom later died": a death on top, whatever the partitive's subgroup reading says)
    figs = figs.with_columns((pl.col("subgroup") & ~partitive & (pl.col("pattern") != "injured_died")).alias("subgroup"))
    # a number that is a killing verb's object and names its victims as hostages ("executed 7
    # hostages", "killed 3 hostages") counts the dead only: the hostage-taking came earlier
    hostage_dead = ((pl.col("category") == "kidnapped") & (pl.col("pattern") == "num_first")
                    & pl.col("rest").str.contains(r"^(?: [a-z][a-z'’-]*){0,2} (?:hostages?|captives?)$")
                    & (pl.col("category") == "killed").any().over("article_key", "num_at"))
    # "a soldier wounded in the fighting died the next day": a death, no injury
    died_later = ((pl.col("category") == "injured") & (pl.col("pattern") == "wounded_died").any().over("article_key", "num_at"))
    # ("troops freed 12 hostages": the freeing verb's survivors, not the number-first reading's hostages)
    hostage_freed = (pl.col("category").is_in(["kidnapped", "arrested"]) & (pl.col("pattern") == "num_first")
                     & (pl.col("category") == "survivors").any().over("article_key", "num_at"))
    # (a freeing verb names survivors only: "freeing hundreds of prisoners" is no arrest)
    hostage_freed = hostage_freed | ((pl.col("pattern") == "verb_first") & (pl.col("category") != "survivors")
                                     & pl.col("m").str.contains(r"^(?i:freed|freeing|liberated|liberating) "))
    # ("the beheading of one of nine aid workers seized in April": a death, the taking was before)
    one_held = (pl.col("category") != "killed") & (pl.col("pattern") == "one_of_held").any().over("article_key", "num_at")
    # ("none of the 12 passengers survived": the dead only, not the number-first reading's survivors)
    one_held = one_held | ((pl.col("category") == "survivors") & (pl.col("pattern") == "none_survived").any().over("article_key", "num_at"))
    # ("none of the 9 officers were hurt": a negation, no count)
    one_held = one_held | ((pl.col("pattern") != "none_survived")
                           & pl.col("s").str.slice(0, pl.col("n_start")).str.contains(r"(?-u:\b)none of (?:the |its |their |all )?$"))
    figs = figs.filter(~hostage_dead & ~died_later & ~hostage_freed & ~one_held)
    # "the bodies of 4 men abducted in June were found": the abduction is an earlier event
    found_dead = ((pl.col("category") == "killed") & pl.col("lead").str.contains(r"(?-u:\b)(?:bodies|body|remains|corpses) of $")).any().over(
        "article_key", "num_at")
    # ("three farmers missing since friday were found dead": the missing reading of a number read as the missing found dead)
    found_dead = found_dead | (pl.col("pattern") == "missing_dead").any().over("article_key", "num_at")
    figs = figs.with_columns((pl.col("is_background") | (pl.col("category").is_in(["kidnapped", "missing"]) & found_dead)).alias("is_background"))
    # "no casualties" / "nobody was hurt": killed 0 and injured 0
    zero_both = figs.filter(pl.col("both")).with_columns(pl.lit("injured").alias("category"))
    figs = pl.concat([figs.with_columns(pl.when(pl.col("both")).then(pl.lit("killed")).otherwise(pl.col("category")).alias("category")),
                      zero_both], how="vertical")
    figs = figs.with_columns(pl.int_range(pl.len()).alias("fig_id")).collect(engine=ENGINE).lazy()
    # overlapping matches of different numbers: keep both; same span twice (two categories) ok
    # attribution only where it can matter: sentences up to the last figure of their article
    last = figs.group_by("article_key").agg(pl.col("sid").max().alias("_last_sid"))
    attr = attributions(sents.join(last, on="article_key", how="inner").filter(pl.col("sid") <= pl.col("_last_sid"))
                        .drop("_last_sid").filter(pl.col("s").str.contains(lex.attribution.trigger)), lex.attribution)
    pub = articles.select("article_key", "body", pl.col("published_at").dt.date().alias("pub_date"))
    figs = (figs.join(attr, on=["article_key", "sid"], how="left")
            .join(furniture(sents), on=["article_key", "sid"], how="left")
            .join(pub, on="article_key", how="left")
            .with_columns((pl.col("s_start") + pl.col("s").str.len_chars()).alias("s_end")))
    figs = _after_cumulative(sents, figs, lex).collect(engine=ENGINE).lazy()
    figs = (figs.with_columns((pl.col("is_background") | _day_before(lex) | _wider_total(lex) | pl.col("after_cumulative")).alias("is_background"))
            .drop("after_cumulative"))
    dates = figure_dates(figs, date_mentions, lex.running_since)
    figs = figs.join(dates, on="fig_id", how="left")
    figs = (figs.join(_late_report(figs, date_mentions, lex), on="fig_id", how="left")
            .with_columns(
                (pl.col("is_background") | (pl.col("old_date") & ~pl.col("_late").fill_null(False)).fill_null(False)
                 | pl.col("furniture").fill_null(False))
                .alias("is_background"),
                pl.col("body").str.slice(pl.col("src_start"), pl.col("src_end") - pl.col("src_start"))
                .str.strip_chars(" '\"“”").alias("stated_by"),
                pl.when(pl.col("subject_raw").is_in(["survivors", "casualties", "hostages"])).then(None)
                # (the attackers a toll leaves out name no victims of it: "the toll of 15 excludes the attackers")
                .when(pl.col("without_attackers") & ~pl.col("m").str.contains(pl.col("subject_raw").fill_null(""), literal=True)).then(None)
                .otherwise(normalise_subject(pl.col("subject_raw"), lex.subject_groups, lex.english_plural)).alias("subject"),
                pl.col("body").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")).alias("mention_text"),
                pl.col("body").str.slice(pl.col("s_start"), pl.col("s_end") - pl.col("s_start")).str.strip_chars().alias("sentence"),
            ))
    # a later sentence opening on a place the scene moved to is another scene of the event, its count on top ("... leading to
    # 2 deaths. Police pursued the gang to Ruaka. In Ruaka, police killed 4"); bystanders killed in crossfire are on top of
    # the fighters' dead
    place = pl.col("body").str.slice(pl.col("s_start"), 60).str.extract(lex.place_opening)
    # (a place the scene moved to: named before after "to", not in the note's opening sentence; not the places of a breakdown of
    # the opening's toll: "killed 12 people in raids on two villages. In Mushu, 8 were killed")
    placed_body = pl.when(place.is_not_null()).then(pl.col("body")).otherwise(pl.lit(""))
    before_s = placed_body.str.slice(0, pl.col("s_start"))
    moved_to = pl.any_horizontal([before_s.str.contains(pl.lit(w) + place, literal=True) for w in lex.moved_to] or [pl.lit(False)])
    new_place = ((pl.col("sid") > 0) & moved_to & ~place.str.to_lowercase().str.contains(lex.place_not)
                 # (new to the opening sentence, which sets the event's scene: "Police pursued the gang to Ruaka" may come before)
                 & ~placed_body.str.extract(r"(?s)^(.*?[.!?])(?:\s|$)")
                 .str.contains(place, literal=True)).fill_null(False)
    crossfire = pl.col("pattern").is_in(["num_first", "article"]) & pl.col("after").str.contains(lex.crossfire)
    # a second count of the same state at another place or among another group, after "and" ("left 11 people dead in the village
    # of [name] and four dead among the herders": 15), like the elliptical "and three in Kaduna"
    second_place = (pl.col("pattern").is_in(["num_first", "num_plain"]) & pl.col("m").str.contains(r"^[a-z0-9,-]+ (?:dead|killed)$")
                    & pl.col("after").str.contains(r"^ (?:in|among|at)(?-u:\b)")
                    & pl.col("before").str.contains(r"(?-u:\b)(?:dead|killed) (?:in|among|at) [^,;.()]{1,60} and $"))
    figs = figs.with_columns((pl.col("additive") | new_place | crossfire | second_place).alias("additive"))
    # attackers who blew themselves up are inside a toll said to include them ("three suicide bombers blew themselves up ...,
    # killing at least 30 people ... The toll includes the three bombers": 30)
    own_in_toll = pl.when(pl.col("pattern") == "themselves").then(pl.col("body")).otherwise(pl.lit("")).str.contains(
        r"(?i)(?:toll|dead|figure|number|fatalities|deaths) (?:also )?(?:includes?|included|including) (?:the |all )?(?:[a-z0-9-]+ ){0,2}?"
        r"(?:bombers|attackers|assailants|gunmen|militants|insurgents|jihadists|terrorists)(?-u:\b)")
    figs = figs.with_columns(pl.when(own_in_toll).then(False).otherwise(pl.col("additive")).alias("additive"),
                             (pl.col("subgroup") | own_in_toll).alias("subgroup"))
    # a later sentence opening on a place the note named before, its count "(coded in other event)", is that place's share of
    # the one toll before it, taken off ("At least nine people were killed in [county] ... The attack hit [A] and [B]. At [A],
    # militants beheaded four men (coded in other event)": 5); not more victims ("two more ... (coded separately)")
    named_before = pl.when(place.is_not_null()).then(placed_body.str.slice(0, pl.col("s_start")).str.contains(place, literal=True))
    coded_out = ((pl.col("category") == "killed") & pl.col("is_background") & named_before.fill_null(False) & ~moved_to.fill_null(False)
                 & pl.col("sentence").str.contains(r"(?i)\((?:coded|recorded) (?:in (?:an)?other event|separately|seperately)\)")
                 & ~pl.col("sentence").str.replace(r"\([^()]*\)", "").str.contains(r"(?i)(?-u:\b)(?:more|other|others|another|further|additional|also|later|next|following|"
                                                    r"previous|earlier|separate)(?-u:\b)"))
    figs = figs.with_columns(coded_out.alias("_out"))
    firm = (pl.col("category") == "killed") & ~pl.col("is_background") & ~pl.col("_out")
    share = pl.col("value").filter(pl.col("_out")).sum().over("article_key")
    target = (firm & pl.col("_out").any().over("article_key") & (firm.sum().over("article_key") == 1)
              & (pl.col("sid") < pl.col("sid").filter(pl.col("_out")).min().over("article_key")) & (pl.col("value") > share))
    figs = figs.with_columns(pl.when(target).then(pl.col("value") - share).otherwise(pl.col("value")).alias("value")).drop("_out")
    figs = mark_totals(figs.collect(engine=ENGINE).lazy())
    return figs.select([pl.col(k).cast(v) for k, v in OUTPUT_SCHEMA.items()])


def article_totals(figures: pl.LazyFrame) -> pl.LazyFrame:
    """article_key, category, total: the sum of `value` over figures `in_article_total`
    (null when the category has figures but none counts)."""
    return (figures.group_by("article_key", "category")
            .agg(pl.col("value").filter(pl.col("in_article_total")).sum().cast(pl.Int64).alias("total"),
                 pl.col("in_article_total").any().alias("_any"))
            .with_columns(pl.when(pl.col("_any")).then(pl.col("total")).alias("total"))
            .drop("_any").sort("article_key", "category"))
