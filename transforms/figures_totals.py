"""Superseded figures and the article's best total per category (`in_article_total`)."""
from __future__ import annotations

import polars as pl

from transforms.batching import ENGINE
from transforms.figures_subjects import GENERIC, GROUPS, normalise_subject

# a state force named in an analyst's note ("fatalities for the sna coded as 1"): its soldiers
_STATE_FORCE = (r"(?-u:\b)(?:army|military|armed forces|troops|soldiers|security forces|government forces|government|regime|"
                r"sna|ana|afp|saf|fardc|fanci|idf|tatmadaw|amisom|fdn|sdf|fac|faes|national army|defen[cs]e forces)(?-u:\b)")

# a figure's group without its instance marks ("soldiers#2" -> "soldiers")
_GROUP = pl.col("_skey").str.replace(r"[#@].*$", "")

_QUAL_RANK = {"exact": 0, "at_least": 1, "range": 2, "approximately": 3, "at_most": 4, "vague": 5}


_LOWER_NOTE = (r"(?-u:\b)(?:(?:coded|coding|used|uses|using|took|takes|retained|kept|recorded) (?:with |using |at |on )?(?:the )?"
               r"(?:lower|lowest|more conservative|most conservative|conservative) (?:figure|toll|count|estimate|number|report)s?|"
               r"(?:the )?(?:lower|lowest|more conservative|most conservative|conservative) (?:figure|toll|count|estimate|number)s? (?:is |was |are |were |has been )?"
               r"(?:used|coded|retained|kept|taken|recorded)|"
               # (an aside after the figure: "the lower figure, from hospital sources, is used"; an official who confirmed
               # only it: "the administrator has confirmed only the lower figure")
               r"(?:lower|lowest|more conservative) (?:figure|toll|count|estimate)s?, [^,.;]{3,60}, (?:is|was|has been) (?:used|coded|retained)|"
               r"(?:confirmed|retained|coded|used) only the (?:lower|lowest) (?:figure|toll|count|estimate))(?-u:\b)")


# a report set against an earlier one of the same count, however far apart: "only" right before its number ("the police
# spokesman ... said only 11 persons were killed"), a toll called higher or lower ("the ministry gave a higher toll of 55
# dead"), an attack confirmed with a toll of its own ("police confirmed the attack but gave a toll of nine dead"), a report
# opened by "however"
_RIVAL_FAR = (r"(?-u:\b)(?:(?:said|says|confirmed|confirms|put|puts|gave|reported|counted|recorded|at|told [a-z]+)(?: that)? only "
              r"(?:[a-z]+ )?\||(?:gave|give|gives|put|puts|reported|cited|announced|had|with) (?:a|an) (?:much |slightly |far )?"
              r"(?:higher|lower|smaller|larger|different|conflicting|lesser) (?:death |casualty )?(?:toll|figure|count|tally|number)|"
              r"(?:confirmed|acknowledged) the (?:attack|incident|killings?|raid|ambush|assault|clash(?:es)?|massacre),? but (?:gave|put|said|reported|counted))")
_HOWEVER = r"^(?:however,|[^,;]{1,60}, however,)"


# a report rejected in its sentence or the next ("its fighters had killed 15 soldiers. A military commander dismissed the
# claim"): an alternative report
_REJECTED = (r"(?i)^[^.!?]*(?:[.!?][\"”’']? [^.!?]{0,160}?)?(?-u:\b)(?:dismissed|denied|rejected|disputed|refuted|contested) "
             r"(?:the|this|that|these|those|such|its|their) (?:[a-z]+ )?(?:claims?|figures?|tolls?|tally|reports?|accounts?|numbers?)"
             # (not a claim of something else: "denied the reports that live ammunition was used")
             r"(?:[.,;:!?]| as | and | but | saying )")
_REJECT_CUE = r"(?i)(?-u:\b)(?:dismissed|denied|rejected|disputed|refuted|contested) (?:the|this|that|these|those|such|its|their) "


def _superseded(f: pl.LazyFrame) -> pl.LazyFrame:
    # more victims found later are no other report of the count, whoever reports them ("local civil society reported that
    # the bodies of 3 more civilians were found the following day": 3 on top)
    # (not more called unconfirmed: "two more residents were feared dead in an early report, but this was not confirmed")
    said = pl.when(pl.col("alt_cue") & pl.col("additive")).then(pl.concat_str([pl.col("m"), pl.lit(" | "), pl.col("after")]))
    more = pl.col("additive") & said.otherwise(pl.lit("")).str.contains(r"(?-u:\b)more(?-u:\b)[^|]*\|") & ~said.otherwise(
        pl.lit("")).str.contains(r"\|[^.]*(?:confirm|denied|feared)")
    # (only the rare articles that reject a report read the text after their figures)
    f = f.join(f.group_by("article_key").agg(pl.col("body").first()).filter(pl.col("body").str.contains(_REJECT_CUE))
               .select("article_key", pl.lit(True).alias("_rejecting")), on="article_key", how="left")
    rejecting = pl.col("_rejecting").fill_null(False)
    rejected = rejecting & pl.when(rejecting).then(pl.col("body").str.slice(pl.col("num_at"), 400)).otherwise(pl.lit("")).str.contains(_REJECTED)
    f = f.with_columns((pl.col("alt_cue") & ~more | rejected & ~pl.col("revision_cue") & ~pl.col("additive")).alias("alt_cue")).drop("_rejecting")
    firm = (~pl.col("is_background") & ~pl.col("is_hypothetical") & ~pl.col("earlier_cue") & ~pl.col("revised_from")
            & ~pl.col("alt_cue"))
    fam = pl.when(pl.col("category").is_in(["killed", "injured", "affected"])).then(pl.lit("harm")).otherwise(pl.col("category"))
    # (materialised: the rules below branch from it a dozen times, and each branch would run its plan again)
    f = f.with_columns(fam.alias("_fam"), firm.alias("_firm")).collect(engine=ENGINE).lazy()
    same_cat_firm = (pl.col("_firm") & ~pl.col("subgroup")).sum().over("article_key", "category")
    fam_firm = (pl.col("_firm") & ~pl.col("subgroup")).sum().over("article_key", "_fam")
    others = pl.when(pl.col("category") == "affected").then(fam_firm).otherwise(same_cat_firm)
    # an alternative report gives way to a report stated as initial too ("initial reports indicate that two
    # police officers were killed ... a conflicting report holds three police deaths": 2)
    # (a vague report gives way to a count of its group only, or an unnamed one: "at least one bystander died ... a
    # network reports an 'unknown number of police officers were killed'" are two groups; a claim of a firm number
    # gives way to any report: "12 insurgents were killed, ... the taliban claimed to have killed 20 soldiers")
    not_alt = (~pl.col("is_background") & ~pl.col("is_hypothetical") & ~pl.col("revised_from") & ~pl.col("alt_cue")
               & ~pl.col("subgroup"))
    f = f.with_columns(_GROUP.alias("_grp"))
    # the counts of a figure's own group, or of no named group
    unnamed = (not_alt & (pl.col("_grp") == "")).sum().over("article_key", "category")
    own_group = not_alt.sum().over("article_key", "category", "_grp") + unnamed
    one_count = (pl.when((pl.col("_grp") == "") | (pl.col("qualifier") != "vague")).then(not_alt.sum().over("article_key", "category"))
                  .otherwise(own_group))
    # (groups of one kind named apart are two groups here: "8 Bunyan al-Marsous fighters killed; the operations room claimed
    # numerous IS fighters killed" are 8 + 10)
    tagged = pl.col("_skey").str.replace(r"#.*$", "")
    own_tagged = not_alt.sum().over("article_key", "category", tagged) + unnamed
    # (a claim of deaths gives way to a report of the wounded too: "six officers were injured ... the militants
    # claimed to have killed four soldiers" is no death, as ACLED)
    wounded = (not_alt & (pl.col("category") == "injured")).sum().over("article_key")
    # (a state force's claim gives way to a count of its own group only: "two soldiers were killed ... the military claimed
    # three militants were killed" are two counts)
    alt_others = (pl.when(pl.col("category") == "affected").then(others)
                  .when(pl.col("state_claim") & (pl.col("_grp") != "")).then(own_tagged)
                  .when((pl.col("category") == "killed") & (pl.col("qualifier") != "vague")).then(one_count + wounded)
                  .otherwise(one_count))
    # a later figure stated as a revision supersedes other values of the same count
    rev = (f.filter(pl.col("revision_cue") & ~pl.col("earlier_cue") & ~pl.col("is_background") & ~pl.col("subgroup"))
           .select("article_key", "category", pl.col("value").alias("_rv"), pl.col("_skey").alias("_rs"), pl.col("num_at").alias("_rat"),
                   (pl.col("pattern") == "paren_revised").alias("_rp"), (pl.col("pattern") == "revised_to").alias("_rt")))
    # (a count revised in brackets revises the count right before it, whatever group each names)
    hit = (f.select("fig_id", "article_key", "category", "value", "_skey", "revision_cue", "subgroup", "additive", "num_at")
           .join(rev, on=["article_key", "category"], how="inner")
           .filter(~pl.col("revision_cue") & ~pl.col("subgroup") & ~pl.col("additive")
                   & (pl.col("value") != pl.col("_rv"))
                   & ((pl.col("_skey") == pl.col("_rs")) | pl.col("_rp") & (pl.col("_rat") - pl.col("num_at")).is_between(1, 50)
                      # ("six police officers were killed; the police later revised this to four": the count before it)
                      | pl.col("_rt") & (pl.col("_rat") - pl.col("num_at")).is_between(1, 200)))
           .select("fig_id").unique().with_columns(pl.lit(True).alias("_revised")))
    # two reports of one count: the same group (or one unnamed), different values
    same_count = (((pl.col("_skey") == pl.col("_skey_f")) | (pl.col("_skey") == "") | (pl.col("_skey_f") == ""))
                  & (pl.col("value") != pl.col("value_f")))
    # two concurrent reports of one count ("killing six, the prosecutor said, while local media
    # reported eight dead"): ACLED keeps the lower, whichever came first
    cols = ["fig_id", "article_key", "category", "sid", "num_at", "value", "_skey"]
    rivals = f.filter(pl.col("rival_cue") & ~pl.col("is_background") & ~pl.col("subgroup") & ~pl.col("additive")).select(cols)
    firsts = f.filter(pl.col("_firm") & ~pl.col("rival_cue") & ~pl.col("subgroup") & ~pl.col("additive")).select(cols)
    pairs = (rivals.join(firsts, on=["article_key", "category"], how="inner", suffix="_f")
             .filter((pl.col("num_at_f") < pl.col("num_at")) & (pl.col("sid") - pl.col("sid_f")).is_between(0, 1) & same_count))
    # (also a later report by another source in another sentence, no cue that time has passed: "the
    # spokesman said 33 were killed. A doctor told reporters the death toll was 35")
    # (only the later report's cue counts: the first one's "on Friday" is the event's day)
    solo = ~pl.col("rival_cue") & ~pl.col("subgroup") & ~pl.col("additive") & ~pl.col("revision_cue") & pl.col("reported")
    reports = f.filter(pl.col("_firm") & solo).select(cols + ["stated_by", "concurrent", "qualifier"])
    # (the first report may name no source, when the later one does: "killing 8 civilians ... Houthi-run TV reported 21
    # fatalities"; two sources we could not name are two too: "a council member said five policemen were killed. The
    # Taliban said its fighters had killed 12 policemen"; and a source that names itself in a later sentence may come
    # three sentences on)
    firm_count = (pl.col("qualifier") != "vague") & (pl.col("value") > 0)
    unsourced = f.filter(pl.col("_firm") & ~pl.col("rival_cue") & ~pl.col("subgroup") & ~pl.col("additive") & ~pl.col("revision_cue")
                         & ~pl.col("reported") & (pl.col("sid") == 0) & firm_count).select(cols + ["stated_by", "concurrent", "qualifier", "reported"])
    gap = pl.col("sid") - pl.col("sid_f")
    by_other = pl.col("stated_by").fill_null("") != pl.col("stated_by_f").fill_null("")
    widened = ((~pl.col("reported_f") & pl.col("stated_by").is_not_null())
               | ((gap == 3) & by_other & pl.col("stated_by").is_not_null() & pl.col("stated_by_f").is_not_null())
               | ((gap == 1) & pl.col("stated_by").is_null() & pl.col("stated_by_f").is_null()))
    both = pl.concat([reports.with_columns(pl.lit(True).alias("reported")), unsourced]).rename({"reported": "reported_f"})
    pairs = pl.concat([pairs, reports.join(both, on=["article_key", "category"], how="inner", suffix="_f")
                       .filter(same_count & pl.col("concurrent")
                               & (gap.is_between(1, 2) & by_other & pl.col("reported_f")
                                  | widened & (pl.col("qualifier") != "vague") & (pl.col("value") > 0) & (pl.col("qualifier_f") != "vague")))
                       .select(pairs.collect_schema().names())], how="vertical")
    # (a report set against another ("said only 11", "gave a higher toll of 55") meets any earlier sourced report of the
    # count, however far back: "no fewer than 18 villagers were killed ..., residents have said. ... However, the police
    # spokesman said only 11 persons were killed" keeps 11; not a count stated as earlier, more or revised)
    far = (pl.col("_firm") & pl.col("concurrent") & solo & firm_count
           & (pl.concat_str([pl.col("before"), pl.lit("|"), pl.col("m")]).str.contains(_RIVAL_FAR) | pl.col("s").str.contains(_HOWEVER)))
    pairs = pl.concat([pairs, f.filter(far).select(cols).join(reports.filter(firm_count).select(cols), on=["article_key", "category"],
                                                                how="inner", suffix="_f")
                       .filter((pl.col("num_at_f") < pl.col("num_at")) & same_count)], how="vertical")
    # the analyst's note "coded with the lower figure": of two reports of one count, the lower ("the ministry reported 40
    # killed; the observatory reported 46 killed. Coded with the lower figure": 40)
    # (each article's body is read once, case-blind: reading it on every figure row cost more than the rule)
    # (an alternative report is one of the two: "killing 30. Other sources reported 25 killed. Fatalities coded using the
    # lower figure": 25)
    firm_alone = ((pl.col("_firm") | pl.col("alt_cue") & ~pl.col("is_background") & ~pl.col("is_hypothetical") & ~pl.col("earlier_cue")
                   & ~pl.col("revised_from")) & ~pl.col("subgroup") & ~(pl.col("additive") & ~pl.col("alt_cue")) & ~pl.col("revision_cue"))
    with_note = (f.group_by("article_key").agg(pl.col("body").first())
                 .filter(pl.col("body").str.contains("(?i)" + _LOWER_NOTE)).select("article_key"))
    noted = f.filter(firm_alone).join(with_note, on="article_key", how="semi").select(cols)
    pairs = pl.concat([pairs, noted.join(noted, on=["article_key", "category"], how="inner", suffix="_f")
                       .filter((pl.col("num_at_f") < pl.col("num_at")) & same_count)], how="vertical")
    higher = (pairs.select(pl.when(pl.col("value") > pl.col("value_f")).then(pl.col("fig_id")).otherwise(pl.col("fig_id_f")).alias("fig_id"))
              .unique().with_columns(pl.lit(True).alias("_rival_high")))
    # the analyst's own coding ("coded as 5 here") replaces the note's other figures of the category
    # (one group's coding replaces that group's only: "killing 25 militants, and lost one soldier; al shabaab claimed to have
    # killed 7 soldiers. fatalities for the sna coded as 1" is 26)
    by_analyst = pl.col("pattern").is_in(["coded", "coded_here"])
    coded = by_analyst & ~pl.col("is_background") & ~pl.col("is_hypothetical")
    named = pl.col("lead").str.extract(r"^(?:fatalities|deaths) (?:for|of|among) (?:the )?(.+?) (?:coded|recorded) ")
    known = normalise_subject(named.str.replace(r"^.* ", ""))
    coded_grp = (pl.when(named.str.contains(r"(?-u:\b)(?:police|policemen|gendarmes?|gendarmerie)(?-u:\b)")).then(pl.lit("police"))
                 .when(named.str.contains(_STATE_FORCE)).then(pl.lit("soldiers"))
                 # (any other named group is an armed one: "fatalities for the mai-mai coded as 9")
                 .otherwise(pl.when(known.is_in(list(GROUPS))).then(known).when(named.is_not_null()).then(pl.lit("attackers"))))
    f = f.with_columns(pl.when(coded).then(coded_grp).alias("_coded_grp")).with_columns(
        pl.coalesce("_coded_grp", "_skey").alias("_skey"))
    by_group = (f.filter(pl.col("_coded_grp").is_not_null()).select("article_key", "category", pl.col("_coded_grp").alias("_grp"))
                .unique().with_columns(pl.lit(True).alias("_group_coded")))
    f = f.join(by_group, on=["article_key", "category", "_grp"], how="left")
    recoded = (((coded & pl.col("_coded_grp").is_null()).any().over("article_key", "category") | pl.col("_group_coded").fill_null(False))
               & ~by_analyst)
    rival_low = (pl.col("rival_cue") | pl.col("alt_cue")) & ~pl.col("_rival_high").fill_null(False) & pl.col("_paired").fill_null(False)
    paired = pairs.select("fig_id").unique().with_columns(pl.lit(True).alias("_paired"))
    return (f.join(hit, on="fig_id", how="left").join(higher, on="fig_id", how="left").join(paired, on="fig_id", how="left")
            .with_columns((pl.col("revised_from") | ((pl.col("earlier_cue") & (others > 0) | pl.col("alt_cue") & ~rival_low & (alt_others > 0))
                                                      & ~pl.col("is_background"))
                           | pl.col("_revised").fill_null(False) | recoded | pl.col("_rival_high").fill_null(False)).alias("is_superseded")))


# a part stated as more victims is no share of a total ("two soldiers and one civilian were also killed")
_MORE = r"(?-u:\b)(?:also|too|as well|in addition|additional|further|more)(?-u:\b)"
# the attackers a toll leaves out, killed in a clause of their own after the cue: "the toll does not include the six
# attackers, all of whom were killed", "the toll did not include the attackers, 15 of whom were killed"
_LEFT_OUT = (r"(?-u:\b)(?:not (?:counting|including)|(?:does|do|did) not (?:count|include)|(?:doesn't|don't|didn't) (?:count|include)|"
             r"excluding|excludes?|excluded) (?:the |their )?")
_ATTACKERS = r"(?:attackers|gunmen|assailants|militants|bombers|perpetrators|hijackers|insurgents|jihadists|terrorists|raiders)"


def _breakdown(f: pl.LazyFrame, k: list[str]) -> pl.LazyFrame:
    """A later run of two or more counts, in the total's sentence or the next, whose values add up to
    an earlier total of the category, of its group or of people in general ("six soldiers were killed
    ..., four in the raid on the camp while two other soldiers were killed in an ambush": 6, not 8),
    splits that total: its parts count no more."""
    cols = [*k, "fig_id", "sid", "num_at", "value", "_skey"]
    # (a total of two groups joined is split by any parts: "around 40 soldiers and civilian auxiliaries ... 25 soldiers and
    # 15 vdp were killed"; so is any group by its men, women and children: "22 villagers ... the bodies of 15 men ... while
    # seven others were burned")
    tot = (f.filter(pl.col("_e") & ~pl.col("additive") & (pl.col("qualifier") != "vague") & ~pl.col("subgroup"))
           .select(*cols, pl.concat_str([pl.col("m"), pl.col("after").str.slice(0, 40)]).str.contains(
               r"^[^,.;:]*?[a-z]s and (?:[a-z'’-]+ ){0,2}?[a-z'’-]+s(?:[ ,.;:]|$)").alias("_two"))
           .with_columns(_GROUP.alias("_bk")))
    # (a count stated as more victims continues a run, it never opens one: "killing 17 ... in Koli, 10 people were killed;
    # in Lodjo, the attackers killed 7 more" splits the 17, and "3 militiamen were killed" after it is no part of the 10)
    # (a partitive subgroup opens one too: "left 13 people dead ... eleven of the victims died at the scene and two others
    # died on the way to hospital": 13)
    partitive = (pl.col("subgroup") & ~pl.col("is_background") & ~pl.col("is_superseded") & ~pl.col("is_hypothetical")
                 & pl.col("m").str.contains(r"^[a-z0-9-]+ of (?:the|those) (?:victims|dead|deceased|people)(?-u:\b)"))
    part = (f.filter((pl.col("_e") | partitive) & (pl.col("qualifier") != "vague") & ~pl.col("m").str.contains(_MORE))
            .select(*cols, pl.col("additive").alias("_more")).with_columns(_GROUP.alias("_bk")))
    j = (tot.join(part, on=k, how="inner", suffix="_p")
         .filter((pl.col("num_at_p") > pl.col("num_at")) & (pl.col("sid_p") - pl.col("sid")).is_between(0, 1))
         .sort("fig_id", "num_at_p")
         .with_columns(pl.col("value_p").cum_sum().over("fig_id").alias("_run"),
                       pl.int_range(1, pl.len() + 1).over("fig_id").alias("_i"),
                       ((pl.col("_bk_p") == "") | (pl.col("_bk") == "") | (pl.col("_bk_p") == pl.col("_bk")) | pl.col("_two")
                        | pl.col("_bk_p").is_in(["men", "women", "children"]))
                       .cum_min().over("fig_id").alias("_fits")))
    hit = j.filter(pl.col("_fits") & (pl.col("_run") == pl.col("value")) & (pl.col("_i") >= 2)
                   & ~pl.col("_more").first().over("fig_id")).group_by("fig_id").agg(
        pl.col("_i").min().alias("_upto"))
    parts = (j.join(hit, on="fig_id", how="inner").filter(pl.col("_i") <= pl.col("_upto"))
             .select(pl.col("fig_id_p").alias("fig_id")).unique().with_columns(pl.lit(True).alias("_part")))
    return (f.join(parts, on="fig_id", how="left")
            .with_columns((pl.col("_e") & ~pl.col("_part").fill_null(False)).alias("_e")).drop("_part"))


def mark_totals(figs: pl.LazyFrame) -> pl.LazyFrame:
    skey = pl.when(pl.col("subject").is_null() | pl.col("subject").is_in(GENERIC)).then(pl.lit("")).otherwise(pl.col("subject"))
    # the second of two coordinated groups of one kind is another group ("killing 26 nigerien
    # soldiers and 2 nigerian soldiers"), not the first restated
    # (a numbered group inside a list of singulars too: "an army colonel, a major, two soldiers and an inspector were killed")
    in_list = (pl.col("pattern") == "num_first") & pl.col("before").str.contains(r"(?:,|(?-u:\b)and) $") & (
        pl.col("pattern").is_in(["coord_sg", "coord_sg2"]).any().over("article_key", "sid"))
    coordinated = ((pl.col("pattern").is_in(["conj", "list", "coord_sg2"]) | pl.col("second_object") | in_list) & (pl.col("_skey") != "")
                   & (pl.col("num_at").min().over("article_key", "sid", "category", "_skey") < pl.col("num_at")))
    f = figs.with_columns(skey.alias("_skey"))
    # a toll "not counting the attackers": the attackers' count comes on top
    # (but "seven of the injured died" explains a toll that "has risen to 19": it adds nothing to it)
    risen = (pl.col("revision_cue") & ~pl.col("is_background")).any().over("article_key", "category")
    # "two more victims died, bringing the death toll to five": the running toll of the sentence counts them
    revision = pl.col("revision_cue") & ~pl.col("is_background") & ~pl.col("subgroup")
    # (not the attackers of a toll "not including the bomber, who was also killed")
    in_toll = (pl.col("additive") & ~pl.col("revision_cue") & ~pl.col("is_background")
               & revision.any().over("article_key", "sid", "category")
               & ~(pl.col("without_attackers").any().over("article_key", "sid", "category") & (pl.col("_skey") == "attackers")))
    # "had initially put the toll at nine, but rescuers recovered three more bodies": more than a superseded figure of
    # its sentence, up to the article's count (12), they are inside that count
    k_sid = ["article_key", "sid", "category"]
    initial = pl.col("value").filter(pl.col("earlier_cue") & ~pl.col("is_background") & ~pl.col("additive")).max().over(k_sid)
    firm_max = (pl.col("value").filter(~pl.col("earlier_cue") & ~pl.col("is_background") & ~pl.col("additive") & ~pl.col("subgroup")
                                       & ~pl.col("alt_cue") & ~pl.col("is_hypothetical")).max().over("article_key", "category"))
    more = pl.col("additive") & ~pl.col("is_background") & pl.col("m").str.contains(r"(?-u:\b)more(?-u:\b)")
    # (so are the wounded who died after it: "killing 15 ... initially reported 13 dead at the scene; two of the wounded died
    # overnight", "officials had earlier put the death toll at nine, but two of the injured succumbed" after a toll of 11)
    later_dead = pl.col("additive") & ~pl.col("is_background") & (pl.col("pattern") == "injured_died")
    in_revised = (more | later_dead) & (initial + pl.col("value") == firm_max).fill_null(False)
    # (so are "more" bodies in the sentence after a revised toll: "has risen to 17, up from the 11 reported on Monday. Six
    # more bodies were recovered on Tuesday")
    rev_sid = pl.col("sid").filter(revision).max().over("article_key", "category")
    after_rev = more & ~pl.col("revision_cue") & ((pl.col("sid") - rev_sid) == 1).fill_null(False)
    # (and "more" bodies that explain a revised toll of their own sentence: "revised the civilian death toll to 12, saying
    # three more bodies had been recovered")
    with_rev = more & pl.col("revision_cue") & (revision & ~more & (pl.col("pattern") == "toll")).any().over(k_sid)
    # (and the attacker of a toll "including the bomber": "blew himself up ..., killing at least 84 people, including the
    # bomber" is 84)
    with_attacker = (pl.col("after").str.contains(r"^(?: [a-z]+)?,? (?:including|among them) (?:the |one |a )?(?:suicide |lone )?"
                                                  r"(?:bomber|attacker|assailant|gunman|perpetrator)(?-u:\b)")
                     & ~pl.col("is_background"))
    attacker_in = (pl.col("additive") & (pl.col("value") == 1) & pl.col("_skey").is_in(["attackers", "bombers"])
                   & with_attacker.any().over("article_key", "category"))
    # (and "the N other dead" of a later sentence that, with the one victim of the toll's "including a ..." aside, make up
    # that toll: "left eight people dead, including a police corporal ... the seven other dead were suspects" is 8)
    firm_sid = pl.col("sid").filter((pl.col("value") == firm_max) & ~pl.col("additive") & ~pl.col("subgroup")).min().over(
        "article_key", "category")
    with_one = (((pl.col("value") == firm_max) & ~pl.col("additive") & ~pl.col("subgroup")
                 & pl.col("after").str.contains(r"^[^.;]*?,? (?:including|among them) (?:a|an|one) [a-z]"))
                .any().over("article_key", "category"))
    other_rest = (pl.col("additive") & ~pl.col("is_background") & pl.col("m").str.contains(r"(?-u:\b)other(?-u:\b)")
                  & with_one & (pl.col("value") + 1 == firm_max).fill_null(False) & (pl.col("sid") > firm_sid).fill_null(False))
    in_toll = in_toll | in_revised | after_rev | with_rev | attacker_in | other_rest
    # one side's own count after a toll "on both sides" is a part of it ("between 150 and 300 soldiers killed on both sides.
    # A rebel spokesman said 35 of its soldiers died")
    # (only the rare "N of its" rows read the text before them)
    of_its = (pl.col("pattern") == "num_first") & pl.col("body").str.slice(
        pl.col("num_at") + pl.col("num").fill_null("").str.len_chars(), 12).str.contains(r"(?i)^ of (?:its|their) ")
    side_share = of_its & pl.when(of_its).then(pl.col("body")).otherwise(pl.lit("")).str.slice(0, pl.col("num_at")).str.contains(
        r"(?i)(?-u:\b)(?:killed|dead|died|deaths|fatalities|toll)(?-u:\b)[^.;]*(?-u:\b)(?:on|from|among|for) (?:both|all|the two) sides(?-u:\b)")
    f = f.with_columns((pl.col("subgroup") | in_toll | side_share).alias("subgroup"), (pl.col("additive") & ~in_toll).alias("additive"))
    left_out = ((pl.col("before").str.contains(_LEFT_OUT + "$") & (pl.col("_skey") == "attackers"))
                | (pl.col("before").str.contains(_LEFT_OUT + r"(?:[a-z-]+ )?" + _ATTACKERS + ", $")
                   & pl.col("m").str.contains(r"^[a-z0-9-]+ of whom ")))
    f = f.with_columns(((pl.col("additive") & ~((pl.col("pattern") == "injured_died") & risen))
                        | (pl.col("without_attackers").any().over("article_key", "category")
                           & (pl.col("_skey") == "attackers")) | left_out).alias("additive"),
                       (pl.col("subgroup") & ~left_out).alias("subgroup"),
                       pl.when(left_out).then(pl.lit("attackers")).otherwise(pl.col("_skey")).alias("_skey"))
    # groups of one kind named apart ("killing 10 PMF fighters. 3 IS militants were killed"): the
    # capitalised name right after the number tells them apart when the article names two
    # (after a vague number's "of" too: "five YPG fighters were killed ... dozens of ISIS militants were killed": 5 + 12)
    tag = pl.col("body").str.slice(pl.col("num_at") + pl.col("num").fill_null("").str.len_chars(), 40).str.extract(
        r"^['’\"”]? (?:of (?:the )?)?((?:[A-Z][A-Za-z'’-]*)(?: [A-Z][A-Za-z'’-]*)*) [a-z]")
    f = f.with_columns(tag.alias("_tag")).with_columns(
        pl.when(pl.col("_tag").is_not_null() & (pl.col("_tag").drop_nulls().n_unique().over("article_key", "category", "_skey") > 1))
        .then(pl.col("_skey") + "@" + pl.col("_tag")).otherwise(pl.col("_skey")).alias("_skey"))
    f = _superseded(f.with_columns(pl.when(coordinated).then(pl.col("_skey") + "#" + pl.col("num_at").cast(pl.Utf8))
                                   .otherwise(pl.col("_skey")).alias("_skey")))
    k = ["article_key", "category"]
    elig = ~pl.col("is_background") & ~pl.col("is_superseded") & ~pl.col("is_hypothetical")
    # a subgroup counts only when it is all the category has ("13 were shot, one of whom died")
    whole = (elig & ~pl.col("subgroup")).any().over(k)
    f = f.with_columns((elig & (~pl.col("subgroup") | ~whole)).alias("_e"))
    # (companions "along with his driver" are added to the anaphoric victim, they do not replace it)
    # (nor does a zero replace it: "a suspected drug pusher was killed ... No police officer was hurt" is 1)
    strong = (pl.col("_e") & ~pl.col("weak") & ~pl.col("additive") & (pl.col("value") > 0)).any().over(k)
    # (a victim named again by "the" is the one counted before: "a farmer was killed ... the 47-year-old driver died at the
    # scene" is 1; not "the driver was also killed", nor the attacker)
    # (a victim named again by "the" in a later sentence is the one counted before: "a farmer was killed ... The 47-year-old
    # driver died at the scene" is 1; not "the driver was also killed", nor the attacker, nor "the chief was shot dead along
    # with his driver")
    the_art = (pl.col("pattern") == "article") & (pl.col("num") == "the") & ~pl.col("additive")
    the_one = the_art & ~pl.when(the_art).then(pl.col("m")).otherwise(pl.lit("")).str.contains(_MORE)
    restated = (pl.col("_e") & ~pl.col("weak") & ~pl.col("the_num")).any().over(k + ["value"])
    said_before = (pl.col("sid").filter(pl.col("_e") & ~pl.col("weak") & ~pl.col("the_num") & ~the_one).min().over(k + ["value"])
                   < pl.col("sid")).fill_null(False)
    f = f.with_columns((pl.col("_e") & (~pl.col("weak") | ~strong) & ~(pl.col("the_num") & restated)
                        & ~(the_one & said_before)).alias("_e"))
    # a vague count gives way to firm ones, unless it is the only count of a named group
    # ("4 amisom soldiers and an unknown number of militants were killed": 4 + 10, as ACLED)
    firm = pl.col("_e") & (pl.col("qualifier") != "vague")
    own_group = ((pl.col("_skey") != "") & (pl.col("num") != "plural") & ~firm.any().over(k + ["_skey"])
                 & ~(firm & (pl.col("_skey") == "")).any().over(k))
    f = f.with_columns((pl.col("_e") & ((pl.col("qualifier") != "vague") | ~firm.any().over(k) | own_group)).alias("_e"),
                       (pl.col("_skey") == "").alias("_gen"),
                       pl.col("qualifier").replace_strict(_QUAL_RANK, default=9).alias("_qr"),
                       pl.col("stated_by").is_null().alias("_nosrc"))
    # "others were killed" with no number adds nobody countable to a stated count ("dozens ..., others were killed")
    f = f.with_columns((pl.col("_e") & ~(pl.col("additive") & (pl.col("num") == "plural")
                                         & (pl.col("_e") & ~pl.col("additive")).any().over(k))).alias("_e"))
    f = _breakdown(f, k)
    order = [pl.col("value"), pl.col("_nosrc"), pl.col("_qr"), pl.col("num_at")]
    desc = [True, False, False, False]
    base = pl.col("_e") & ~pl.col("additive")
    f = f.with_columns(
        (base & (pl.col("fig_id") == pl.col("fig_id").filter(base).sort_by(
            [pl.col(c).filter(base) for c in ("value", "_nosrc", "_qr", "num_at")], descending=desc)
            .first().over(k + ["_skey"]))).alias("_rep"))
    gen_max = pl.col("value").filter(pl.col("_rep") & pl.col("_gen")).max().over(k)
    spec_sum = pl.col("value").filter(pl.col("_rep") & ~pl.col("_gen")).sum().over(k)
    spec_n = (pl.col("_rep") & ~pl.col("_gen")).sum().over(k)
    f = f.with_columns((gen_max.is_not_null() & ((spec_n == 0) | (gen_max > spec_sum))).alias("_use_gen"))
    chosen = pl.col("_rep") & (pl.col("_gen") == pl.col("_use_gen"))
    f = f.with_columns(chosen.alias("_chosen"))
    chosen_keys = f.filter(pl.col("_chosen")).select(*k, "_skey", "value").unique().with_columns(pl.lit(True).alias("_dup"))
    add = pl.col("_e") & pl.col("additive")
    # (a new one of the group, stated as more, is no restatement: "killing a soldier and a militiaman. A rebel was also
    # killed in the firefight" is 3)
    clause = pl.concat_str([pl.col("before").str.extract(r"(?:^|[.;:!?] )([^.;:!?]*)$").fill_null(""), pl.col("m")])
    new_one = clause.str.contains(r"^(?:a|an) [^,;.]*?(?-u:\b)(?:also|too|as well)(?-u:\b)")
    f = (f.join(chosen_keys, on=k + ["_skey", "value"], how="left")
         .with_columns((pl.col("_dup").fill_null(False) & ~new_one).alias("_dup")))
    add_first = (pl.col("fig_id") == pl.col("fig_id").filter(add).sort_by(
        [pl.col(c).filter(add) for c in ("_nosrc", "num_at")]).first().over(k + ["_skey", "value"]))
    # (slash items are distinct even when their numbers repeat: "4 killed/ 4 died")
    f = f.with_columns((pl.col("_chosen") | (add & ((~pl.col("_dup") & add_first) | pl.col("slash_item")))).alias("in_article_total"))
    return f
