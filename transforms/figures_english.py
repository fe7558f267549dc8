"""The English lexicon of the figure extractor: the cue regexes `transforms.figures` reads (background,
earlier and revised tolls, alternative and rival reports, hypotheticals, additive words, ...) and the
`Lexicon` that bundles them with the English patterns, number words and attribution rules. The French
and Spanish lexicons are in `figures_fr_es`; the pipeline that applies a lexicon is `figures`."""
from __future__ import annotations

from transforms.figures_candidates import AGE_TAIL, MOD, plausible
from transforms.figures_context import ENGLISH_ATTRIBUTION
from transforms.figures_lexicon import Lexicon
from transforms.figures_patterns import (APPOS_GATE, CATEGORY_RULES, CATEGORY_WORD, PATTERNS, PERSON, PERSONS_PL, PREFILTER, PREFILTER_ALSO,
                                         SUBGROUP_CUE, TRIGGER)
from transforms.figures_subjects import GROUPS
from transforms.numbers import EN, NUM

W = r"(?-u:\b)"
_BACKGROUND = (W + r"(?:(?:a|one|two|three|four|five|six|several|few|a few) (?:day|days|week|weeks|month|months|year|years) "
               r"(?:after|before|earlier|ago)|(?:days|weeks|months|years) (?:after|before|earlier|ago)|"
               r"last (?:year|month)|earlier this (?:year|month)|earlier in the (?:month|year)|"
               # ("earlier in april, insurgents massacred 52 young men in [village]")
               r"(?:earlier|later) in (?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:previous|prior|similar|separate|earlier|another) "
               r"(?:attack|attacks|incident|incidents|assault|assaults|raid|raids|clash|clashes|ambush|bombing|massacre|"
               # ("In a separate gunfight in the same district on Friday, security forces killed two militants")
               r"gunfights?|firefights?|shootouts?|gun battles?|encounters?|"
               r"protests?|demonstrations?|rallies|riots)|"
               # a later sentence opening on the night or day before the note's event ("The previous night in [town], a
               # protester was shot dead")
               r"^ ?the (?:previous|preceding) (?:night|day|evening)|^ ?the (?:night|day|evening) before(?: in| at|,)|"
               # ("Separately, in Kalat district, militants stormed a police post, killing four policemen"; not a statement:
               # "Separately, police said four more people had died")
               r"^ ?separately, (?:in|at|near|on|a|an|another)|"
               # (the hostages still held, and those of them believed dead: a standing count, no event's: "59 hostages remain in
               # Gaza, at least 35 of whom are believed to be dead")
               r"(?:hostages|captives) (?:still )?(?:remain|remaining|still held|are still held|are still being held)(?-u:\b)|"
               # (a statement that opens on a new strike or attack: "Separately, the army said a drone strike on [village] killed
               # a militant commander")
               r"^ ?separately, (?:[a-z'’-]+ ){1,4}(?:said|says|reported|announced)(?: that)? (?:a|an|another) (?:[a-z-]+ ){0,2}?"
               r"(?:strike|airstrike|attack|bomb|blast|explosion|raid|ambush|clash|shelling|shell|missile|rocket)s?(?-u:\b)|"
               # (a sentence opening on another place: "Elsewhere in [region], shelling killed two more people"; not a spot
               # of the event's own scene: "elsewhere in the camp")
               r"^ ?elsewhere(?:, [a-z0-9]+| in (?:[a-z'’-]+ ){0,3}?(?:region|province|oblast|state|district|county|country|governorate|the north|"
               r"the south|the east|the west|the city|the capital|[a-z'’-]+ (?:oblast|region|province|state|district|governorate))(?-u:\b)| on the front)|"
               r"so far this year|this year alone|since (?:[0-9]{4}|the start|the beginning|the conflict|the insurgency|the war|"
               r"the violence|january|february|march|april|may|june|july|august|september|october|november|december|it began)|"
               r"in (?:19|20)[0-9][0-9]|in recent (?:[a-z]+ )?(?:years|months|weeks|days|operations|attacks|clashes|fighting|raids|offensives)|over the (?:past|last|preceding|previous) (?:[a-z]+ )?(?:years?|months?|weeks?|decade)|"
               r"(?:the|this|its|their|[a-z]+['’]s) (?:[a-z-]+ ){0,2}?(?:violence|conflict|insurgency|war|unrest|fighting|crisis|rebellion|campaign|hostilities)(?: [a-z]+){0,3}?"
               # (a possessive too: "Yemen's conflict has killed more than 150,000 people")
               # (a comma aside before the verb: "the conflict, now in its fifth month, has killed more than 5,000 people")
               r"(?:, [^,;.]{1,40},)? (?:has|have)|"
               r"spilled over|spilt over|in total since|"
               # a count from elsewhere ("at least 13 people were killed in several other states on the first day of the protests")
               r"in (?:several |many |a few |some |two |three |four |five |the )?other (?:states|provinces|regions|districts|counties|"
               r"cities|towns|parts of the country|countries)|"
               # the wider violence the event belongs to ("The attack was part of a week of clashes that left 20 people dead")
               r"(?:was|is|were|are) part of an? (?:[a-z-]+ )?(?:week|weeks|month|months|fortnight|wave|series|spate|string|cycle|run) of|"
               # a cumulative count over a period ("in the last week", "since the agitation began")
               r"in the (?:last|past|first|previous) [a-z0-9]+ (?:weeks|months|years)|in the (?:first|previous|preceding) (?:week|month|year)|"
               r"in the (?:last|past) (?:month|year)|this year|"
               # ("more than 600 people were killed in the state in the first half of 2019")
               r"(?:in|during|over) the (?:first|second|third|fourth|last|past|previous) (?:quarter|half|three months|six months|nine months) of "
               r"(?:the year|this year|last year|(?:19|20)[0-9]{2})(?-u:\b)|"
               # a toll over a period ("bringing the number of people killed in the last week to four")
               r"(?:toll|number of (?:[a-z]+ ){0,3}?(?:killed|dead|deaths)) (?:in|over|during) the (?:last|past) (?:week|[a-z0-9]+ days)|"
               # a running tally of a month ("the strike brought to 97 the number of civilians it had recorded killed in the governorate
               # in march", "bringing to three the number of officers killed in the district this month")
               r"(?:toll|tally|number of) (?:[a-z'’-]+ ){0,6}?(?:killed|dead|deaths|died)(?: [a-z'’-]+){0,6}? (?:(?:in|during) (?:the month of )?"
               r"(?:january|february|march|april|may|june|july|august|september|october|november|december)|"
               r"(?:so far )?this month)|"
               r"since (?:(?:the|its|their) )?(?:[a-z-]+ ){1,2}?(?:began|started|erupted|broke out|flared|resumed|restarted|turned (?:violent|deadly|bloody)|escalated)|since the (?:beginning|start|outbreak) of|"
               # a toll over a span of days is no revision of one day's count ("the ministry later put the toll for 27-30 august at 61")
               r"(?:toll|tally|count|number of (?:[a-z]+ ){0,2}?(?:dead|deaths|killed)) (?:for|over|covering|between|from) (?:the period )?"
               r"[0-9]{1,2}(?: [a-z]+)? ?(?:-|–|to|and) ?[0-9]{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
               r"(?:19|20)[0-9]{2} (?:[a-z-]+ ){0,2}?(?:attack|massacre|bombing|raid|earthquake|quake|floods?|cyclone|typhoon|hurricane|tsunami|stampede|riots|landslide|genocide|war)|a decade|the past decade|since then|to date|"
               # a count kept since a turning point ("attacks have killed 500 soldiers since the agreement was signed")
               r"(?:has|have) (?:[a-z]+ ){0,2}?(?:killed|claimed|left|died)(?-u:\b)[^;.]* since the (?:[a-z-]+ ){0,3}?"
               # ("at least 7 protesters have been killed since the vote")
               r"(?:agreement|deal|accord|ceasefire|truce|elections?|vote|polls|ballot|referendum|coup|takeover|offensive|operation|withdrawal|"
               r"invasion|uprising|revolution))" + W)
# "(and 3 civilians - coded separately)": the note applies to its own parenthesis or clause only
_CODED = (W + r"(?:coded (?:separately|seperately|in (?:an)?other|as (?:a )?separate|across)|recorded separately|"
          # ("the attackers' deaths are coded in the separate security operation event")
          r"(?:coded|recorded) (?:in|under|as) (?:a|the) separate|"
          # ("the cumulative toll of 270 for 7-11 july is spread across separate events": the other events' share)
          r"(?:spread|split|divided|distributed) (?:evenly )?(?:across|between|among|over|into) (?:the )?(?:separate|other|several|multiple|different) "
          r"(?:events|days|locations|incidents|entries))" + W)
# a death named as the cause of a protest or reprisal is another event ("protest against the death of",
# "protest the rape and killing of")
_CAUSE = (W + r"(?:response to|protest[a-z]*|demonstrat[a-z]*|sparked by|angered by|outrage|avenge|revenge|"
          r"retaliat[a-z]*|justice for|condemn[a-z]*)(?: [a-z]+){0,3}? (?:the|a) (?:[a-z]+ ){0,2}?"
          r"(?:death|deaths|killing|killings|murder|lynching)" + W
          # (the deaths that started the protests: "the protests began after two college students were killed by a bus")
          + r"|" + W + r"(?:protests?|demonstrations?|riots?|rallies|unrest|agitation) (?:began|started|erupted|broke out|flared) "
          r"(?:after|when|following)" + W)
# another event: the crime a suspect is accused of ("lynched a man accused of killing his father"), the
# death a protest is about ("residents protested after a pedestrian was killed")
_ACCUSED = (W + r"(?:accused of|suspected of|suspected to have|suspected to be behind|suspect in|suspects in|charged with|"
            r"arrested for|wanted for|convicted of|(?:admitted|admits|admitting|confessed|confesses|confessing) to(?: [a-z]+ing,?(?: and| or)?)?|(?:protest[a-z]*|demonstrat[a-z]*|rioted|rioting) (?:after|over|following|against)|(?:arrested|detained|charged|questioned|held) (?:over|in connection with) (?:the )?|after (?:he|she) (?:had )?(?:reportedly |allegedly )?|"
            r"(?:he|she|they|we) believed? (?:he|she|they)|"
            # the killer whose arrest is demanded ("calling for the arrest of a police officer who they believe killed two")
            r"(?:arrest|prosecution|sacking|dismissal|trial) of (?:[a-z'’-]+ ){1,5}?(?:who|whom|that) (?:(?:they|residents|locals|"
            r"protesters|relatives|families|people) (?:believe|believed|say|said|allege|alleged|claim|claimed) )?|"
            r"suspected (?:that )?(?:he|she|they|the [a-z0-9]+(?: [a-z0-9]+)?)(?: (?:had|have|recently|allegedly|of having))*) ?"
            r"(?:allegedly |reportedly |had )?(?:the )?$")
# an alternative report of the same count: ACLED keeps the most conservative firm figure
_ALT = (W + r"(?:claim|claims|claimed|claiming|conflicting reports?|other reports?|another report|some reports|"
        r"other sources?|another source|unconfirmed|alternative reports?|(?:network|media|radio|station|website|standard|nation|star|"
        r"television|newspaper|daily|agency) reports?|"
        # ("some media gave a toll of 17 devotees; police confirmed 14")
        r"(?:some|other|several|local|foreign) (?:media|outlets|news outlets|news agencies|newspapers) (?:[a-z]+ )?(?:gave|put|reported|said|cited|counted)|"
        # local accounts give way to an official count ("locals reported 24 killed, while the police put the toll at 18")
        # (a community association's too: "killing 14 people (police figure; a community association reported 21 deaths)")
        # (civil society's count too: "civil society sources put the toll at 13, but local authorities confirmed only nine bodies")
        # (survivors too, and those reached by phone: "local officials and survivors reached by telephone said more than 100")
        r"(?:locals?|residents?|villagers|witnesses|eyewitnesses|relatives|survivors|community (?:leaders?|associations?|groups?|organi[sz]ations?|sources?|members?)|local sources|"
        r"civil society(?: (?:sources?|groups?|organi[sz]ations?|activists?|leaders?|actors?))?(?: (?:in|from|of) (?:the )?[a-z'’-]+(?: [a-z'’-]+)?)?)"
        r"(?: (?:reached|contacted|interviewed) (?:by|on|via) (?:tele)?phone)? (?:reported|said|say|says|claimed|told|put|gave|counted)|"
        # a party's own sources ("separatist sources said seven soldiers had died"), a single report ("one report put
        # the toll at 23, but most sources agree on 22"), a figure rejected ("the governor dismissed a figure of 86 deaths")
        r"(?:separatist|rebel|militant|insurgent|jihadist|opposition|militia|taliban) (?:sources?|spokesm[ae]n|statements?)|"
        r"one (?:report|source|outlet)|"
        r"(?:dismissed|denied|rejected|disputed|refuted|debunked)(?: [a-z'’-]+){0,3}? (?:figures?|tolls?|reports?|claims?|counts?|numbers?) of)" + W)
_RIVAL = (W + r"(?:(?:while|whereas)" + W + r"[^;]*" + W + r"(?:said|say|says|reported|reports|put|gave|counted|told|citing|cited|"
          r"according to)|(?:other|another|a second|a different) (?:sources?|reports?|count|tally))" + W + r"[^;]*$")
_EARLIER = (W + r"(?:had (?:said|reported|put|given|announced|stated|initially|earlier|previously|told|counted)|"
            r"earlier|initially|previously|initial|first reported|preliminary|provisional|at first)" + W)
_REVISION = (W + r"(?:rose to|risen to|climbed to|increased to|raised to|jumped to|lowering|raising|revised|revising|new toll|"
             r"updated toll|now stands|latest toll|has since risen|has risen|has climbed|lowered|raised the toll|"
             r"later reports?(?: of| said| put| indicated| showed)?|"
             # a running toll ("two more died, bringing the death toll to five")
             r"(?:bringing|brings|brought|taking|takes|pushing|pushes) (?:the|its|their) (?:[a-z]+ ){0,2}?(?:toll|tally|count|number)|"
             # (the count before its noun: "died of his wounds, bringing to three the number of officers killed")
             r"(?:bringing|brings|brought|raising|raises) to)" + W)
# "feared dead" is how news reports unconfirmed deaths; ACLED codes them, so it is no hypothetical
# ("would", not "would-be": "a third would-be bomber was arrested" is a count)
_HYPOTHETICAL = (W + r"(?:could|might|may (?:have|be|rise|climb|increase)|would(?: |$)|expected to|likely to|"
                 r"threaten|threatened|threatening|if|unless|risk|risks|warned|plans? to|planned to|attempt(?:ed)? to|"
                 r"tried to|potentially|possibly|vowed to|aims? to|intended to|could have)" + W)
# a hedge right after the figure ("killed 30, may rise to 40"); not one about the attack further
# on ("killed in an attack that may have been carried out by the rebels")
_HEDGE_AFTER = r"^ ?(?:[a-z'’-]+ ){0,2}?(?:could|may|might) (?:still |also |well )?(?:have|be|rise|climb|increase|reach|go|not)" + W
_ADDITIVE = W + r"(?:also|another|other|others|additional|more|further|too|as well|along with|together with|alongside|plus|as was|as were|so was|so were)" + W


WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

# "no injuries or fatalities": a negation of both
_INJURED_W = W + r"(?:injur|wound)"
_KILLED_W = W + r"(?:kill|dead|died|death|fatalit|los[st] )"


# words after a number that name no group of people
_NOT_GROUP = ["more", "other", "others", "people", "persons", "of", "in", "on", "at", "and", "all", "also", "reportedly",
              "allegedly", "confirmed", "feared", "further", "additional", "were", "are", "was", "later", "bodies", "deaths",
              "reported", "believed", "thought", "said", "known", "presumed", "understood", "estimated", "near", "from", "with",
              "during", "after", "before", "while", "as", "when", "across", "inside", "outside", "including", "the", "a", "an",
              # analysts' abbreviations name no group ("four kia and two wia")
              "kia", "wia", "mia"]


ENGLISH = Lexicon(
    numbers=EN, patterns=PATTERNS, prefilter=PREFILTER, prefilter_also=PREFILTER_ALSO,
    gate={"num_first": APPOS_GATE}, gate_not={"num_plain": APPOS_GATE}, trigger=TRIGGER,
    category_rules=CATEGORY_RULES, category_word=CATEGORY_WORD, person=PERSON, mod=MOD, b=W, age_tail=AGE_TAIL,
    background=_BACKGROUND, coded=_CODED, cause=_CAUSE, accused=_ACCUSED, alternative=_ALT, earlier=_EARLIER,
    revision=_REVISION, hypothetical=_HYPOTHETICAL, hedge_after=_HEDGE_AFTER, additive=_ADDITIVE,
    subgroup_cue=SUBGROUP_CUE,
    # ("two children were among the dead": a subgroup stated after it)
    subgroup_after=(r"^ of (?:whom|these|them|those|the (?:dead|victims|injured|wounded|deceased|killed))|"
                    r"^(?: [a-z][a-z'’-]*){0,3}? (?:were|was|are|is) (?:also |reportedly )?among the (?:dead|victims|injured|wounded|deceased|killed)(?-u:\b)"),
    clause_break=r"(?s)^.*(?:;| but | while | whereas | although | though |\. )", relative=r" (?:who|which|whose|whom) .*$",
    determiner_before=r"(?-u:\b)(?:the|these|those)\s*$", not_group=_NOT_GROUP,
    group_next=r"(?: (?:and|plus|were|are|was|" + CATEGORY_WORD[3:-1] + r")(?-u:\b)|,)",
    negation_both=(W + r"(?:casualties|hurt|harmed)" + W + "|" + _INJURED_W + ".*" + _KILLED_W + "|" + _KILLED_W + ".*" + _INJURED_W),
    # (a rival count left unverified: "the figure could not be independently confirmed")
    unconfirmed=W + r"(?:unconfirmed|unverified|not (?:yet )?(?:be |been )?(?:independently )?(?:confirmed|verified)|yet to be confirmed)" + W,
    # ("(the other two coded separately)": the other events of a total over several)
    # (also after a place's admin area: "were arrested in chuao, aragua (coded separately)"; "(remaining days coded
    # separately)": a total over several days, the others coded as their own events)
    coded_note=(r"^[^().;,:]*(?:, [a-z'’-]+(?: [a-z'’-]+)? ?)?\((?:(?:the )?(?:others?|remaining|rest of the) (?:[a-z0-9]+ ){0,2}?)?(?:(?:fatalities|deaths|casualties|killed|dead|all|both|these|this|they|which|"
                r"are|is|were|was|being|also) ){0,3}(?:coded|recorded) (?:separately|seperately|in (?:an)?other|as (?:a )?separate)"
                # ("4 soldiers were killed in an ied blast in the same area (not coded)", "(not coded here)")
                r"|^[^().;,:]*\((?:[a-z]+ ){0,2}?not (?:coded|recorded|counted|included)(?: [a-z]+){0,3}\)"),
    earlier_break=r"(?s)^.*(?:;| but | while | whereas |\. |, later )",
    additive_article=(r"^the (?:[a-z-]+ )?(?:attacker|gunman|assailant|bomber|shooter|perpetrator)(?-u:\b)|"
                      r"^(?:a|an|one|the) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?-u:\b)|"
                      # the pair of attackers, on top of their victims ("both suicide bombers were killed")
                      r"^both (?:of )?(?:the )?(?:suicide|(?:[a-z-]+ )?(?:attackers|gunmen|assailants|bombers|shooters|perpetrators|hijackers))(?-u:\b)"),
    # (a cause needs no article in a note, right before the figure: "clashes - sparked by killing of opposition mp";
    # not a death the cause led to: "riots sparked by killing of a student left three dead")
    cause_before=W + r"(?:sparked|triggered|provoked) by (?:[a-z]+ ){0,2}?(?:death|deaths|killing|killings|murder|lynching) of ?$",
    claimed_attack=(W + r"(?:claim|claims|claimed|claiming) (?:(?:responsibility|credit) for )?(?:the|an|a|its|their) (?:[a-z'’-]+ ){0,2}?"
                    r"(?:attack|attacks|bombing|bombings|blast|assault|raid|ambush|explosion|massacre)(?-u:\b)[^,.;]*,? (?:that|which) "
                    r"(?:[a-z]+ ){0,3}$"),
    # (officials too: "district officials claimed that at least 12 militants died")
    state_claim=(W + r"(?:the )?(?:military|army|armed forces|security forces|police|troops|government|defen[cs]e ministry|"
                 r"ministry of defen[cs]e|authorities|afp|pnp|operations? (?:room|command|centre|center)|(?:government |security |local |provincial |district )?officials)(?: [a-z]+){0,2}? "
                 # (the claim a second verb of the force that reported its own losses: "the army reported that 27 soldiers were killed,
                 # 33 wounded ..., and claimed that 70 assailants were 'neutralised'")
                 r"(?:(?:said|reported|announced|stated|confirmed|acknowledged|admitted)(?-u:\b)[^;:]*,? and (?:also |further )?)?"
                 r"(?:claimed|claims|claiming)(?: [a-z]+){0,4}? ?$"),
    colon_parts=r"[a-z]: (?:[^:;]*, )?(?:" + NUM + r") (?:in|at) [^:;]*$",
    # the attackers' own dead at the hands of those who answered ("3 militiamen were killed when troops intervened")
    attackers_repelled=(r"^(?:[a-z0-9,-]+ ){1,3}?(?:[a-z-]+ )?(?:attackers|assailants|gunmen|raiders|bandits|militants|militiamen|militia|"
                        r"insurgents|jihadists|fighters|rebels|kidnappers|abductors|gang members|gangsters)(?: (?:were|was|have been|had been|also|later|reportedly)){1,2} "
                        r"(?:killed|shot dead|neutrali[sz]ed) (?:when|as|after|by) (?:the )?(?:troops|soldiers|police|policemen|security forces|"
                        # ("two gang members were killed by officers who responded to the attack")
                        r"army|military|vigilantes|villagers|residents|(?:police )?officers)(?-u:\b)"),
    partitive_next=r", (?:" + NUM + r") of (?:them|whom|these|those) (?:[a-z'’-]+ ){1,3}?and $",
    more_after=r"^ more(?-u:\b)",
    weekdays=tuple(WEEKDAYS.split("|")), day_opening=r"^\s*on ({days})(?-u:\b)",
    in_total=r"(?-u:\b)(?:in total|in all|altogether|overall)(?-u:\b)",
    total_of=r"(?-u:\b)(?:a|the) total of (?:at least |more than |over |some )?$",
    scope_note=r"(?:^|[.;] )this (?:event|entry|record|row) (?:only )?(?:covers|codes|records|refers to|concerns|is coded for)(?-u:\b)",
    state_noun=r"(?-u:\b)displaced$",
    state_then=(r"^ (?:[a-z'’-]+ )?(?:were|was|have been|had been|has been|are|is) (?:also |reportedly |all |later )?"
                r"(killed|wounded|injured|abducted|kidnapped|shot dead|massacred|murdered|hacked to death|burned to death)(?-u:\b)"),
    one_strike=r"^ ?one (?:of (?:the|them|those) )?(?:[a-z-]+ )?(?:strike|airstrike|attack|missile|shell|bomb|raid|drone)s?(?-u:\b)",
    place_alone=r"^ in (?:the )?(?:[a-z][a-z'’-]* ){0,3}?[a-z][a-z'’-]* alone(?-u:\b)",
    feared_after=r"^,? and (?:are|were|is|was|have been) (?:now |all )?(?:feared|presumed|believed) (?:to be |to have been )?(?:dead|killed)(?-u:\b)",
    paired_qualifier=r"(?-u:\b)[0-9a-z-]+ \([^()]{1,50}\),? (?:and|plus) $",
    place_opening=r"^\s*(?:In|At) ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?),",
    moved_to=(" to ", " into ", " towards ", " toward "),
    appositive_before=r"(?-u:\b)(?:" + NUM + r") (?:[a-z'’-]+ ){0,2}?" + PERSONS_PL + r", [^,;.()]{1,60}? and $",
    # (not a list whose first item is a singular or a count of its own: "two soldiers, a policeman and a civilian were killed": 4)
    appositive_not=PERSONS_PL + r", (?:a|an|the|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+) [^,;.()]{0,60}?and $",
    place_not=(r"^(?:" + WEEKDAYS + r"|january|february|march|april|may|june|july|august|september|october|november|december|"
               r"the|this|that|total|all|addition|particular|response|contrast|general|short|fact|turn|return|separate|another)$"),
    crossfire=r"^(?: [a-z]+){0,2}? (?:in|during) (?:the )?(?:cross ?fire|cross-fire|exchange of fire)(?-u:\b)",
    of_attackers=r"^ of (?:the|their) (?:[a-z-]+ )?(?:attackers|assailants|gunmen|raiders|bandits|kidnappers|abductors|hijackers)(?-u:\b)",
    cumulative_since=(W + r"since (?:(?:early|late|mid)[ -])?(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
                      r"december) )?(?:19|20)[0-9]{2}" + W + r"|" + W + r"since the (?:start|beginning|outbreak) of" + W + r"|"
                      + W + r"since the (?:[a-z0-9.'’-]+ ){0,3}?(?:conflict|war|insurgency|rebellion|uprising|crisis|violence|coup|takeover|"
                      r"invasion|revolution|offensive)" + W
                      # (a measure in force since its start: "detained since the measure was introduced in march 2022")
                      + r"|" + W + r"since the (?:[a-z-]+ ){1,3}?(?:was|were) (?:first )?(?:introduced|imposed|declared|enacted|launched|adopted)" + W),
    perfect=(W + r"(?:has|have) (?:[a-z]+ ){0,2}?(?:been )?(?:killed|died|perished|displaced|fled|forced|uprooted|left|claimed|injured|wounded|"
             r"abducted|kidnapped|detained|arrested)" + W + r"|" + W + r"(?:are|remain) (?:now |still )?(?:internally )?displaced" + W),
    event_named=(W + r"(?:in|during|by|from|after|since|with|over) (?:the|this|that|[a-z]+day's) (?:[a-z-]+ )?(?:attack|blast|explosion|bombing|raid|ambush|"
                 r"assault|incident|shooting|strike|clash|stampede|fire)" + W),
    # a toll over the whole country beside the event's place ("over 100 people were killed nationwide on the same day";
    # "Nationwide, about 1.9 million people are displaced"; "the nationwide toll")
    wide_scope=(W + r"(?:killed|dead|died|deaths|displaced|injured|wounded|arrested|detained) (?:nationwide|countrywide|across the country|"
                r"throughout the country|around the country)" + W + r"|^\s*(?:nationwide|countrywide|across the country|throughout the country),|"
                + W + r"(?:nationwide|countrywide) (?:death )?(?:toll|tally)" + W),
    # a later sentence's tally of the last day or hours ("Over the past day, Russian forces shelled the region 92 times,
    # killing three people in total")
    running_since=r"(?-u:\b)(?:bringing|raising|taking|pushing|lifting)(?-u:\b)[^.;]*(?-u:\b)since $",
    period_tally=W + r"(?:over|in|during|within) the (?:past|last|previous|preceding) (?:[a-z0-9-]+ )?(?:day|days|hours)" + W,
    them_attackers=(r"(?-u:\b)(?:pursued|pursuing|chased|chasing|tracked|tracking|trailed|engaged|engaging|repelled|repelling|repulsed|"
                    r"intercepted|intercepting|gave chase to|went after|hunted down|cornered|encircled|surrounded) (?:the|their) "
                    r"(?:[a-z-]+ )?(?:attackers|assailants|gunmen|raiders|bandits|militants|terrorists|insurgents|jihadists|kidnappers|"
                    r"abductors|hijackers)(?-u:\b)[^,;:.]{0,60}? and (?:[a-z]+ ){1,3}$"),
    attribution=ENGLISH_ATTRIBUTION, subject_groups=GROUPS, english_plural=True, plausible=plausible, named=True, rival=_RIVAL,
    earlier_attack=(W + r"(?:who|which) (?:had |have |has )?(?:[a-z]+ly )?[a-z]+(?:ed|t) [^,;]*?" + W + r"last (?:week|weekend|"
                    + WEEKDAYS + ")" + W + r"[^,;]*? (?:killing|wounding|injuring|abducting)" + W + "[^,;]*$"),
    prior_attack=(W + r"(?:attack|attacks|raid|raids|ambush|bombing|blast|assault|clash|clashes|explosion|strike|strikes|incident)"
                  r"(?: [a-z0-9'’-]+){0,10}? (?:that|which) (?:had |has )?(?:also )?(?:killed|left|claimed|wounded|injured) $"),
    prior_when=(W + r"(?:the previous (?:week|weekend|month|day)|the (?:week|month|day) before|last (?:week|weekend|month)|"
                r"earlier (?:this|that|the same) (?:week|month)|earlier in the (?:week|month))" + W),
    # ("the toll does not count the attackers", "the toll does not include the gunmen")
    without_attackers=(W + r"(?:not (?:counting|including)|(?:does|do|did) not (?:count|include)|excluding|excludes|exclude|excluded|besides|apart from|in addition to) (?:the |their )?(?:[a-z-]+ )?"
                       r"(?:attackers?|gunm[ae]n|assailants?|militants?|bombers?|perpetrators?|hijackers?|insurgents?)" + W),
    late_report=(W + r"(?:confirmed|reported|discovered|came to light|made public|revealed|announced|acknowledged)" + W
                 + r"[^.;]{0,40}?" + W + r"(?:on|until) $"),
    reported=W + r"(?:said|says|told|reported|reports|put|puts|gave|according to|citing|counted|confirmed|announced|statement)" + W,
    progress=(W + r"(?:later|updated?|revised|new|latest|now|since|rose|risen|climbed|increased|jumped|reached|went up|final|"
              r"subsequently|afterwards|overnight|next day|by (?:the )?(?:" + WEEKDAYS + "|"
              r"morning|afternoon|evening|night|noon|midday|end|then|late)|on (?:" + WEEKDAYS + "))" + W))
