"""What the figure extractor needs to read one language: its patterns, cue regexes and numbers.

`transforms.figures.extract_figures` runs one pipeline per language present in the `language`
column (English for every language without a lexicon of its own), each reading its
`Lexicon`: the code is the same for all, only these tables differ. English is built in
`transforms.figures_english`; French and Spanish in `transforms.figures_fr_es`. A cue a language
lacks is `NEVER` (French and Spanish have no day-before or "This event covers" rules yet).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import polars as pl

from transforms.numbers import NumberWords

NEVER = r"[^\s\S]"  # a regex that matches nothing: a cue a language does not have
NEVER_GROUP = r"([^\s\S])"  # the same, with the group an extracting cue reads


@dataclass(frozen=True)
class Attribution:
    """Who said it: "according to X" (`according`), "said X" (`said_x`), "X said" (`x_said`);
    `said` finds the verb (its position dates the statement), `trigger` a cheap
    prefilter of sentences worth reading."""
    according: str
    said_x: str
    x_said: str
    said: str
    trigger: str
    pronoun: str
    opening_np: str
    bad_source: str
    lead_det: str
    leading_conj: str


@dataclass(frozen=True)
class Lexicon:
    numbers: NumberWords
    patterns: dict[str, tuple[str, int]]  # name -> (regex with groups lead, qual, num, rest; priority)
    prefilter: dict[str, list[str]]  # name -> literals one of which a sentence needs for that pattern
    prefilter_also: dict[str, list[str]]
    trigger: str  # a sentence without a match holds no figure
    category_rules: list[tuple[str, str]]  # first rule matching the figure's text gives its category
    category_word: str
    person: str  # person nouns (the subject of a figure)
    mod: str  # one modifier word before a person noun
    b: str  # word boundary for the person and cue regexes
    age_tail: str  # after a number, makes it an age ("25 years old", "25 ans")
    background: str
    coded: str
    cause: str
    accused: str
    alternative: str
    earlier: str
    revision: str
    hypothetical: str
    hedge_after: str  # after the figure, a hedge that makes it hypothetical ("could")
    additive: str
    subgroup_cue: str
    subgroup_after: str  # right after the number: "of whom"
    clause_break: str  # where the clause before a figure starts ("; ", " but ")
    relative: str  # a relative pronoun ends the clause after a figure
    determiner_before: str  # "the two men who died": a restated count
    not_group: list[str]  # words after a number that name no group
    group_next: str  # what may follow an unknown group word ("and", "were", a category word)
    negation_both: str  # a negated word that means nobody was killed nor injured
    unconfirmed: str
    coded_note: str  # after the figure, an analyst's note that it is coded in another event
    earlier_break: str  # where the clause that can call a figure earlier starts
    additive_article: str  # "the attacker", "a fourth soldier": one victim on top of those counted
    attribution: Attribution
    subject_groups: dict[str, str]  # normalised subject -> regex of its nouns
    english_plural: bool  # an unknown singular subject gets an "s"
    plausible: Callable[[pl.LazyFrame], pl.LazyFrame]
    named: bool  # read named victims ("killed Ahmed Khan and Rashid Ali")
    # before a figure: a concurrent report of the same count ("..., while local media reported"); the higher of the two gives way
    rival: str = NEVER
    # before and with the figure: a relative clause about the perpetrators' earlier attack
    # ("militiamen who attacked a police camp last friday killing four officers")
    earlier_attack: str = NEVER
    # a later sentence's relative clause about another, earlier attack ("the raid follows an attack in
    # the area the previous week that killed 4"): the clause before the figure, and a time cue around it
    prior_attack: str = NEVER
    prior_when: str = NEVER
    # a figure's sentence names who reports it ("a doctor told reporters the toll was 35") with no cue
    # that time has passed (`progress`: "later", "by thursday", "now"): a concurrent report
    reported: str = NEVER
    # after a toll: it leaves out the attackers ("15, not counting the attackers"), whose own count is added
    without_attackers: str = NEVER
    progress: str = NEVER
    # right before a later date: the event reported late ("the killings were only confirmed by police on 21 april"); the
    # figure's own older day is then the event's, no earlier event
    late_report: str = NEVER
    # before a figure: a claim of the attack, not of its toll ("claimed responsibility for the bombing, which killed 12")
    claimed_attack: str = NEVER
    # right before a figure: the death that caused the event ("clashes sparked by killing of an mp")
    cause_before: str = NEVER
    # before a figure: a state force's claim ("the military claimed"), which gives way to a count of its own group only
    state_claim: str = NEVER
    # before an elliptical count: a breakdown after a colon ("killing 17 people: four in x, nine in y and four in z")
    colon_parts: str = NEVER
    # after a killing verb's number: the perpetrators, never among their victims ("soldiers killed four of the assailants")
    of_attackers: str = NEVER
    # before a verb's "N of them": the attackers pursued, its antecedent ("the army pursued the assailants ... and killed a
    # dozen of them"): no part of their victims, added on top
    them_attackers: str = NEVER
    # before a number: the item before it in a partitive breakdown ("24 of them nigerien and 2 nigerian")
    partitive_next: str = NEVER
    # a count of attackers killed by those who answered them ("3 militiamen were killed when troops intervened")
    attackers_repelled: str = NEVER
    # after a killing verb's number: more victims than those counted ("the next day they killed 3 more")
    more_after: str = NEVER
    # the day names, Monday first: a later sentence opening on a day before the event's is another event
    weekdays: tuple[str, ...] = ()
    day_opening: str = NEVER  # a sentence opening on a day; `{days}` stands for the day names
    # a total "in total" (after the number, or `total_of` before it) stated before a note that codes one part of it
    # (`scope_note`, "This event covers ...") is the wider report's
    in_total: str = NEVER
    total_of: str = NEVER
    scope_note: str = NEVER
    # name -> groups of literals: the pattern reads only the sentences holding one literal of every group (`gate`), or only
    # those that do not (`gate_not`); two readings of one pattern split the sentences so that a costly alternative is tried
    # only where it can match
    gate: dict[str, list[list[str]]] = field(default_factory=dict)
    gate_not: dict[str, list[list[str]]] = field(default_factory=dict)
    # before a number with its own bracketed qualifier: the first of a pair of counts ("4 (confirmed) and 3 (suspected) killed"),
    # which the second comes on top of
    paired_qualifier: str = NEVER
    # a sentence opening on a place (original case; group 1 the place): a new scene of the event when the place is new to the
    # article ("... leading to 2 deaths. Police pursued them to Ruaka. In Ruaka, police killed 4": 6); `place_not` what is no place
    place_opening: str = NEVER
    place_not: str = NEVER
    moved_to: tuple[str, ...] = ()  # before a place: the scene moved there ("pursued the gang to Ruaka")
    # after a count: bystanders caught in the fighting, on top of the fighters' dead ("2 civilians killed in crossfire")
    crossfire: str = NEVER
    # before a singular: the last item of an appositive list of a numbered group's members ("two local leaders, mca [name] and a
    # jubilee mp hopeful [name] were shot dead"), one of the group
    appositive_before: str = NEVER
    appositive_not: str = NEVER
    # a sentence that sets a long period ("... have carried out attacks since october 2017", "since the coup"): a figure of the
    # next sentence stated as a state reached (`perfect`, "more than 1,000 people have been killed") is its cumulative count,
    # unless it names the event (`event_named`, "in the attack")
    cumulative_since: str = NEVER
    perfect: str = NEVER
    event_named: str = NEVER
    # with the figure in its sentence: a toll over the whole country beside the event's place ("killed nationwide")
    wide_scope: str = NEVER
    # in a later sentence, with the figure in its clause: a tally of the last day or hours, which holds the event's own
    # figure (not "two more", "of the injured": deaths of the event itself)
    period_tally: str = NEVER
    # between a figure and a later date of its sentence: a running toll that starts on that day ("31 were killed ...,
    # bringing the total death toll since 7 october to 34,000"), no day of the figure's event
    running_since: str = NEVER
    # a group named by its state before another verb is that verb's victims ("sixty-two displaced people were killed": killed
    # 62, no displaced count): the state noun ending the number's match, and the verb after it (group 1)
    state_noun: str = NEVER
    state_then: str = NEVER_GROUP
    # a later sentence opening on one strike of those counted before gives that strike's share ("One strike hit a house")
    one_strike: str = NEVER
    # after a count: one place's share of a wider toll ("17 were killed in [village] alone")
    place_alone: str = NEVER
    # after a missing count: they are feared dead ("5 soldiers remain unaccounted for and are feared dead": killed)
    feared_after: str = NEVER
