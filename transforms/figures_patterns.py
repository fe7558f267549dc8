"""Vocabulary and regexes of the figure extractor (all on lowercased text, ASCII word boundaries).

Every candidate pattern has four groups: (1) lead words, (2) qualifier, (3) the number phrase,
(4) the rest (subject words, auxiliaries, the category word). The category is read from the
whole match by `CATEGORY_RULES` (first rule that matches wins).
"""
from __future__ import annotations

from transforms.numbers import DIGITNUM, NUM, QUAL, WORDNUM

B = r"(?-u:\b)"  # ASCII word boundary: much faster than the Unicode one


def alt(words: str) -> str:
    items = [w.strip() for w in words.split("|") if w.strip()]
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


PERSONS_PL = alt(
    "people|persons|civilians|villagers|residents|soldiers|troops|servicemen|service members|"
    "personnel|officers|police officers|policemen|police|gendarmes|guards|militants|jihadists|"
    "insurgents|terrorists|attackers|gunmen|assailants|bandits|raiders|fighters|rebels|militiamen|"
    "militia members|militia|extremists|suspects|men|women|children|kids|boys|girls|students|pupils|"
    "schoolgirls|schoolboys|schoolchildren|worshippers|pilgrims|farmers|herders|herdsmen|fishermen|"
    "miners|workers|traders|passengers|passangers|motorists|drivers|protesters|demonstrators|teachers|"
    "journalists|doctors|nurses|patients|refugees|migrants|family members|relatives|members|"
    "victims|others|individuals|inmates|prisoners|detainees|hostages|tourists|foreigners|nationals|"
    "elders|youths|teenagers|infants|babies|mourners|shoppers|voters|supporters|christians|muslims|"
    "commanders|recruits|peacekeepers|officials|leaders|crew members|crew|pedestrians|bystanders|"
    "families|households|survivors|casualties|staff|employees|rioters|looters|thieves|robbers|"
    "poachers|cattle rustlers|cattle thieves|cattle raiders|livestock thieves|rustlers|herdboys|vigilantes|fishers|settlers|guerrillas|combatants|"
    "marines|sailors|pilots|paramilitaries|security forces|troopers|commandos|residents|locals|persons|warriors|"
    "tribesmen|reservists|informants|activists|thiefs|goons|gangsters|gang members|criminals|"
    "squatters|hawkers|vendors|motorcyclists|cyclists|assailants|police reservists|kenyans|somalis|"
    "pastoralists|pirates|bombers|mechanics|operators|aid workers|clerics|pastors|priests|chiefs|"
    "administrators|lawyers|politicians|sect members|traffickers|smugglers|kidnappers|carjackers|"
    "herdsboys|travellers|travelers|commuters|citizens|inhabitants|parishioners|congregants|"
    "followers|loyalists|accomplices|associates|guards|wardens|rangers|bodyguards|body guards|officials|agents|thugs|aides|porters|cameramen|"
    "companions|colleagues|guests|escorts|labourers|laborers|farmhands|partners|siblings|sons|daughters|wives|husbands|brothers|sisters|"
    "grandchildren|grandsons|granddaughters|nephews|nieces|cousins|neighbours|neighbors|"
    "writers|authors|poets|artists|musicians|singers|photographers|filmmakers|professors|lecturers|scholars|researchers|"
    "commissioners|superintendents|chairmen|directors|headmasters|senators|councilors|councillors|"
    "jawans|cadres|hunters|conscripts|constables|inspectors|sub-inspectors|sergeants|corporals|monks|informers|party workers|bloggers|helpers|forces|volunteers|minors|dissidents|elements|remnants|shepherds|"
    # armed groups named as their members ("killed eight al-shabaab")
    "al shabaab|al-shabaab|al shabab|al-shabab|shabaab|boko haram|taliban|maoists|naxals|naxalites|isis|jihadis|businessmen|"
    "passers-by|passersby|passers by|"
    # (Kashmir's protesters: "around 20 stone pelters were injured")
    "stone pelters|stone-pelters|pelters")
PERSONS_SG = alt(
    "man|woman|boy|girl|child|civilian|soldier|policeman|policewoman|police officer|officer|person|hostage|captive|engineer|"
    "student|farmer|herder|herdsman|trader|driver|resident|villager|teacher|pastor|priest|imam|"
    "chief|elder|teenager|youth|suspect|militant|attacker|gunman|assailant|bandit|fighter|"
    "journalist|guard|passenger|passanger|worker|nurse|doctor|baby|infant|motorcyclist|cyclist|pedestrian|"
    "vendor|businessman|businesswoman|member|official|miner|prisoner|inmate|tourist|pupil|"
    "shopkeeper|peacekeeper|gendarme|commander|militiaman|fisherman|jihadist|insurgent|terrorist|"
    "rebel|protester|demonstrator|cattle thief|cattle rustler|cattle raider|worshipper|mother|father|son|daughter|wife|husband|toddler|"
    "herdboy|schoolgirl|schoolboy|pilgrim|refugee|migrant|patient|watchman|rider|boda boda rider|"
    "security guard|ranger|corporal|sergeant|lieutenant|captain|colonel|major|general|trooper|"
    "rioter|looter|thief|robber|raider|warrior|tribesman|reservist|informant|activist|criminal|"
    "gangster|hawker|squatter|pastoralist|herdsboy|mp|councillor|chief|headman|kenyan|somali|"
    "cleric|widow|widower|lawyer|politician|aspirant|candidate|bystander|operator|mechanic|butcher|"
    "aid worker|staffer|inspector|constable|administrator|spokesman|spokesperson|editor|reporter|"
    "missionary|conservationist|investigator|activist|businessman|relative|neighbour|neighbor|"
    "writer|author|poet|artist|musician|singer|photographer|filmmaker|professor|lecturer|scholar|researcher|"
    "uncle|aunt|brother|sister|cousin|grandmother|grandfather|elder|leader|informant|carjacker|"
    "kidnapper|pirate|bomber|agent|warden|bodyguard|citizen|sheikh|boda boda operator|thug|"
    "traveller|traveler|commuter|civil servant|employee|security officer|guard|aide|porter|companion|"
    "colleague|guest|escort|labourer|laborer|coordinator|manager|clerk|secretary|assistant|driver|"
    "governor|deputy governor|mayor|sarpanch|village head|lawmaker|legislator|judge|magistrate|prosecutor|"
    "blogger|hunter|conscript|sub-inspector|maoist|naxal|naxalite|accomplice|associate|helper|tapper|jawan|cadre|monk|nun|student leader|party worker|activist|informer|volunteer|supporter|dissident|shepherd|"
    "commissioner|superintendent|chairman|chairwoman|director|headmaster|headteacher|senator|councilor|ambassador|emir|"
    "president|vice president|cameraman|nephew|niece|grandson|granddaughter|grandchild|partner|farmhand|stepson|client|passer-by|passerby|passer by")


def _demonyms_pl() -> str:
    """Plural nationality and people nouns ("31 palestinians", "12 israelis", "five sudanese"): the
    gazetteer's demonyms (`transforms.places.DEMONYMS`) in their plural, and peoples it has no country for.
    Plural only: "palestinian officials", "israeli forces" name no victims of their own."""
    from transforms.places import DEMONYMS, fold
    out = set()
    for name in DEMONYMS:
        w = fold(name)
        if w in ("french", "british", "turkish", "myanmar", "burmese", "chinese", "japanese"):
            continue  # the adjective, not a noun of people ("the french", "chinese engineers")
        out.add(w if w.endswith(("ese", "be", "bè")) else w + "s")
    out |= {"israelis", "palestinians", "ukrainians", "russians", "lebanese", "yemenis", "iraqis", "afghans",
            "syrians", "kurds", "rohingya", "rohingyas", "yazidis", "druze", "tuaregs", "fulanis", "hazaras",
            "pashtuns", "baloch", "uighurs", "uyghurs", "amharas", "tigrayans", "oromos", "masalit", "hutus", "tutsis",
            "arabs", "bedouins", "jews", "americans", "europeans", "africans"}
    return "|".join(sorted(out))


PERSONS_PL = PERSONS_PL[:-1] + "|" + _demonyms_pl() + ")"
PERSONS_PL = alt(PERSONS_PL[3:-1])
PERSON = "(?:" + PERSONS_PL[3:-1] + "|" + PERSONS_SG[3:-1] + ")"

KILLED = alt(
    "killed|dead|died|die|dies|deaths|death|fatalities|fatality|bodies|corpses|severed heads|slain|murdered|massacred|executed|"
    "beheaded|perished|lynched|shot dead|shot and killed|gunned down|hacked to death|burnt to death|"
    # "gunned" alone is news' killed ("one person has been gunned and three others injured")
    "gunned|"
    "burned to death|burnt alive|burned alive|stabbed to death|beaten to death|clubbed to death|stoned to death|"
    "lost their lives|lost his life|lost her life|lost their life|confirmed dead|found dead|"
    "fatally shot|fatally wounded|fatally injured|fatally stabbed|succumbed|drowned|slaughtered|"
    "assassinated|butchered|crushed to death|killed instantly|dead bodies|deceased|neutralised|neutralized|"
    # armies' euphemisms ("one soldier paid the supreme price")
    "paid the supreme price|paid the ultimate price|made the supreme sacrifice|made the ultimate sacrifice|"
    # ("one soldier paid the supreme sacrifice")
    "paid the supreme sacrifice|paid the ultimate sacrifice|paying the supreme sacrifice|paying the ultimate sacrifice|"
    # typos of analysts' notes (not "KIA": also the Kachin Independence Army)
    "killied|killled|kiled|killed in action|"
    # a share of casualties that was fatal ("14 civilian casualties, 5 of them fatal")
    "them fatal|them were fatal|them proving fatal|them proved fatal|"

    # South Asian official usage ("two soldiers were martyred", "embraced shahadat")
    "martyred|embraced martyrdom|embraced shahadat|embraced shahadah|blew themselves up")
INJURED = alt(
    "wounded|injured|hurt|injuries|hospitalised|hospitalized|admitted to hospital|"
    "treated for injuries|treated for wounds|treated for gunshot wounds|sustained injuries|"
    "sustained serious injuries|sustained gunshot wounds|sustained wounds|maimed|seriously injured|"
    "critically injured|in critical condition|nursing injuries|nursing wounds|injured persons|"
    # ("a fourth suspect escaped with gunshot wounds")
    "escaped with wounds|escaped with gunshot wounds|escaped with bullet wounds|escaped with stab wounds|"
    "escaped with serious wounds|escaped with minor wounds|escaped with burns|escaped with serious burns|"
    # the wounded still treated: "17 others remain in hospital", "12 are being treated", "still under treatment"
    "remain in hospital|remained in hospital|still in hospital|are in hospital|being treated|under treatment|receiving treatment|"
    # a wound in a limb ("a police officer was shot in the leg")
    "shot in the leg|shot in the legs|shot in the arm|shot in the arms|shot in the thigh|shot in the shoulder|shot in the hand|"
    "shot in the foot|shot in the knee|shot in the buttocks")
# (trapped people whose fate is unknown; not "rescued 5 people trapped", nor "11 miners remain trapped":
# their whereabouts are known)
MISSING = alt("missing|unaccounted for|disappeared|remain missing|still missing|reported missing|feared trapped|"
              "believed trapped|believed to be trapped|thought to be trapped|feared to be trapped")
KIDNAPPED = alt(
    "kidnapped|abducted|taken hostage|held hostage|hostages|seized|taken captive|held captive|"
    "snatched|kidnap victims|abductees|whisked away|carted away")
ARRESTED = alt(
    "arrested|detained|in custody|taken into custody|apprehended|rounded up|nabbed|picked up|"
    "remanded|jailed|locked up|captured|held in custody|held by police|arraigned|charged")
_SHELTERS = r"(?:relief|evacuation|temporary|cyclone|flood|emergency|displacement) (?:camps|cent(?:re|er)s|shelters)"
DISPLACED = alt(
    "displaced|fled|flee|fleeing|homeless|evacuated|forced to flee|forced from their homes|uprooted|"
    "sought refuge|sought protection|sought shelter|took refuge|took shelter|driven from their homes|made homeless|left homeless|internally displaced|"
    "fled their homes|have fled|had fled|"
    # ("more than 1,200 people have been forced to leave their homes")
    "forced to leave their homes|forced to abandon their homes|forced out of their homes")
SURVIVORS = alt(
    "survivors|rescued|recovered alive|pulled alive|found alive|pulled out alive|saved|survived|"
    "pulled from the rubble alive|brought out alive")
AFFECTED = alt(
    "affected|casualties|dead or wounded|dead or injured|killed or wounded|killed or injured|"
    "dead and wounded|dead and injured|killed and wounded|killed and injured|injured or killed|"
    "wounded or killed")
CATEGORY_WORD = alt("|".join(x[3:-1] for x in (AFFECTED, KILLED, INJURED, MISSING, KIDNAPPED,
                                                 ARRESTED, DISPLACED, SURVIVORS)))[:-1] + (
    # people sheltered by the authorities ("54,000 people have been moved to 738 relief camps", "45,000 are in evacuation centres")
    "|(?:moved|relocated|shifted|transferred|taken) to (?:[0-9,]+ )?" + _SHELTERS
    + "|(?:are|were|remain|remained|still|now|living|staying|sheltering|housed|camped) in " + _SHELTERS + ")")

# what may follow an analyst's abbreviation ("kia", "wia", "mia": `ABBREV`), which ends its match
_ABBREV_END = r"(?:[,.;:)/]|$| (?:and|in|on|at|after|during|while|when|near|or|plus|by|following)(?-u:\b))"

# Category of a candidate from its matched text: first rule that matches wins.
CATEGORY_RULES = [
    ("affected", rf"{B}(?:dead|killed|died) (?:or|and) (?:wounded|injured){B}|{B}killing or (?:wounding|injuring){B}|{B}(?:injured|wounded) or (?:killed|dead){B}|{B}casualt"),
    ("killed", rf"^none of .* (?:surviv|made it out alive|lived)|{B}(?:blew|blows|blowing) (?:himself|herself|themselves) up|{B}(?:fatally|them (?:were |proving |proved )?fatal{B}|shot dead|to death|(?:burnt|burned) alive|found dead|confirmed dead|lives?{B}|life{B}|toll|bod(?:y|ies)|corpses?|remains|severed heads?)|{B}(?:coded|recorded) (?:as|at|here|in this|for this|on this){B}|{B}kia ?[:=]|{B}kia{_ABBREV_END}|{B}(?:killed|kill|kills|killing|killied|killled|kiled|dead|died|die|deaths?|fatalit|slain|murder|massacr|execut|behead|perish|lynch|gunned|succumb|drown|slaughter|assassinat|butcher|deceased|neutrali[sz]|martyr|embraced shahad|(?:supreme|ultimate) (?:price|sacrifice)|number of (?:dead|deaths)|(?:deplor|mourn)[a-z]* the loss of)"),
    ("injured", rf"{B}(?:shot in the (?:legs?|arms?|thigh|shoulder|hand|foot|knee|buttocks){B}|wound|injur|hurt|harm|hospitali|maim|in critical condition|treated|treating|treatment|in hospital|wia ?[:=]|wia{_ABBREV_END})"),
    ("missing", rf"{B}(?:missing|unaccounted|disappeared|(?:feared|believed|to be) trapped|mia{_ABBREV_END})"),
    # hostages freed or rescued are survivors, not kidnapped or arrested ("troops freed 12 hostages", "civilians held inside the
    # house were rescued"); not "three hostages were freed after negotiations" (a release: the kidnapping's count), nor
    # "freeing hundreds of prisoners"
    ("survivors", rf"{B}(?:rescued|rescuing|(?:freed|freeing|liberated|liberating) (?:[a-z0-9,'’-]+ ){{0,4}}?(?:hostages?|captives?|abductees|held){B})"),
    ("kidnapped", rf"{B}(?:kidnap|abduct|hostage|seiz|captive|snatch|whisked|carted)"),
    ("arrested", rf"{B}(?:arrest|detain|custody|apprehend|rounded up|nabbed|picked up|remand|jail|locked up|captur|arraign|charged|held)"),
    ("displaced", rf"{B}(?:(?:relief|evacuation|temporary|cyclone|flood|emergency|displacement) (?:camp|cent|shelter)|displac|fled|flee|homeless|evacuat|uproot|refuge|sought protection|sought shelter|took shelter|driven from|forced from|(?:from|out of) (?:their|its) (?:homes|houses|villages|land|lands|farms)$|to flee$|to (?:leave|abandon) (?:their|its) (?:homes|houses|villages|land|lands|farms)$|crossed|poured across)"),
    ("survivors", rf"{B}(?:surviv|rescu|alive|saved)"),
    ("affected", rf"{B}affect"),
]

# (a list of groups: "44 saf troopers, 18 milf fighters and 5 civilians were killed", "and all 3 attackers")
# (middle items are plain numbers or "a": a qualifier or range there doubles this pattern's cost; "two soldiers, a
# policeman and a civilian were killed": the singulars by their own readings)
# (a word in quotes: "14 'takfiri elements' were killed")
_WORD = r" [\"“('‘]?[a-z][a-z'’-]*[\"”)’]?"


def _gap(word: str, last: str = r" [a-z][a-z'’-]*") -> str:
    # (a long group named by its unit: "four members of the popular mobilization forces (pmf) and a civilian were killed",
    # "two fighters from the us-backed syrian democratic forces and a local islamic state group commander were killed")
    return (r"((?:" + word + r"){0,8}?(?:(?:, (?:" + DIGITNUM + "|" + WORDNUM + r"|a|an)(?: [a-z][a-z'’-]*){1,3}?)*"
            r",? and (?:all |both )?(?:(?:" + QUAL + r" )?" + NUM + r"|a|an)(?:" + last + r"){1,6}?)?)")


_GAP = _gap(_WORD)
# (a comma-less "including ..." is read word by word: a lazy character class here costs 2x)
# (a second group after the aside: "five soldiers, including a colonel, and two militants were killed";
# an aside about all of them: "31 passengers, all from the hazara community, were abducted")
# (a named aside whose items start with a rank: "two soldiers, pfc. [name] and cpl. [name], were killed"; `plausible` reads
# over it like ", including ...,")
_RANK = (r"(?:[a-z]{2,5}\.|constable|head constable|inspector|sub-inspector|sergeant|corporal|captain|major|lieutenant|colonel|"
         r"private|sepoy|havildar|naik|rifleman|ssp|dsp|asi)")
_RANK_ITEM = _RANK + r"(?: [a-z][a-z'’-]*){1,4}?"
RANKED_ASIDE = ", " + _RANK_ITEM + "(?:, " + _RANK_ITEM + ")*(?:,? and " + _RANK_ITEM + "),"
# (an "including" aside of several items: "five personnel, including a colonel, a major and an inspector, were killed")
# (an appositive list of the group's members before its verb: "two local leaders, mca [name] and a jubilee mp hopeful [name] were
# shot dead": 2); costly on every sentence, so NUM_FIRST reads it only in sentences with its literals (`APPOS_GATE`) and
# NUM_PLAIN, the same pattern without it, reads the others
_APPOS_ALT = r", [^,;.()]{1,60}? and [^,;.()]{1,60}? (?:were|have been|had been)(?: (?:all|both|reportedly|later|then))*|"
APPOS_GATE = [[", "], [" and "], [" were ", " have been ", " had been "]]
_INCL = (r"(?:, (?:including|among them|among which|mostly|mainly|largely|chiefly|most of them|all|both|many of them|some of them|among whom) "
         r"[^,;.]{1,60}(?:, [^,;.]{1,60}){0,2},(?: and (?:" + DIGITNUM + "|" + WORDNUM + r"|a|an)(?: [a-z][a-z'’-]*){1,5}?)?(?: [a-z]+){0,3}?| including(?: [a-z0-9'’-]+){1,8}?|, (?:mostly|mainly|largely|chiefly)(?: [a-z0-9'’-]+){1,8}?|"
         # ("two members of the gang, identified only as [name] and [name], were killed")
         r", (?:later |locally )?(?:identified|named)(?: only)? as [^;.()]{1,80}?,(?: [a-z]+){0,3}?|"
         # (their ages: "four young men, aged 19, 21, 23 and 25, were murdered"; "two men, aged between 30 and 35, were killed")
         r", aged (?:between )?[0-9]{1,3}(?:(?:,| and| to| -|-) ?[0-9]{1,3}){0,8},(?: [a-z]+){0,3}?|"
         + _APPOS_ALT +
         # ("one hostage, a 14-year-old girl, was killed in the crossfire")
         r", (?:a|an) (?:[a-z0-9'’-]+ ){0,3}?" + PERSONS_SG + r",(?: (?:was|has been|had been|is|also|later|reportedly)){0,2}|" + RANKED_ASIDE + r"(?: [a-z]+){0,3}?)?")
_Q = r"(?:(" + QUAL + r") )?"
_OF = r"(?: of)?"
# NUM first: "53 soldiers were killed", "49 dead", "some 20 survivors", "at least 30 people died".
# (the verb in quotes too: "a dozen assailants were 'neutralised'"; the number too: "'dozens' of gunmen were killed")
NUM_FIRST = B + r"()" + _Q + "(" + NUM + ")" + B + r"[\"”’']?" + _OF + "(" + _GAP[1:-1] + _INCL + r" [\"“'‘]?" + CATEGORY_WORD + ")" + B
NUM_PLAIN = NUM_FIRST.replace(_APPOS_ALT, "")
# ... with an aside in brackets as one word: "six police (or seven, local media said) officers were killed",
# "at least 20 (some reports 30) have been killed" (a pattern of its own, for sentences with a bracket: it
# doubles the cost; `candidates` names its matches num_first)
# (the last item's aside too: "4 (confirmed) and 3 (suspected) killed": 7)
_PAREN_WORD = "(?:" + _WORD + r"| \([^()]{1,50}\))"
# (built on NUM_PLAIN: the appositive-list alternative tripled its cost on every bracketed sentence and read nothing there)
NUM_PAREN = NUM_PLAIN.replace(_GAP[1:-1], _gap(_PAREN_WORD, _PAREN_WORD)[1:-1])
# ... a numbered group and a bare one before one verb, the second with an abbreviation in brackets: "at least 24 police officers and
# kenya police reservists (kpr) are feared dead" (24: the number is the two groups'; `candidates` names it num_first)
NUM_AND_BARE = (B + r"()" + _Q + "(" + NUM + ")" + B + r"((?: [a-z][a-z'’-]*){0,2}? " + PERSONS_PL + r" and(?: [a-z][a-z'’-]*){0,3}? "
                + PERSONS_PL + r"(?: \([a-z-]{2,8}\))? (?:were|are|have been|had been)(?: (?:all|also|reportedly|feared|believed|presumed|confirmed|now))* "
                + CATEGORY_WORD + ")" + B)
# Second of two coordinated groups: "two soldiers and three civilians were killed".
# (with an aside of its own: "three civilians and four policemen, including a superintendent, were killed")
# (a bracketed qualifier: "4 (confirmed) and 3 (suspected) killed")
# (a verb in quotes too: "and 15 assailants were 'neutralised'")
CONJ_SECOND = (B + r"((?:and|plus) (?:all |both )?)" + _Q + "(" + NUM + "|a|an)" + B + _OF + r"((?: [a-z][a-z'’-]*| \([^()]{1,50}\)){0,6}?"
               + _INCL + r" [\"“'‘]?" + CATEGORY_WORD + ")" + B)
# A middle item of such a list (", 18 milf fighters"): kept only inside a NUM_FIRST match, it takes that figure's category.
LIST_ITEM = r"(, )" + _Q + "(" + NUM + ")" + B + r"((?: [a-z][a-z'’-]*){1,3})"
ACTIVE_VERBS = alt(
    # ("killing or injuring eight soldiers": affected, people harmed)
    "killing or injuring|killing or wounding|"
    "killing|killed|kill|kills|shot dead|shooting dead|shot and killed|gunned down|massacred|"
    "massacring|murdered|murdering|executed|executing|beheaded|beheading|slaughtered|slaughtering|"
    "wounding|wounded|injuring|injured|hurting|maiming|maimed|abducting|abducted|kidnapping|"
    "kidnapped|abduct|kidnap|seized|seizing|captured|capturing|took hostage|taking hostage|arrested|"
    "arresting|arrest|detained|detaining|apprehended|nabbed|rounded up|displaced|displacing|"
    "displace|rescued|rescuing|freed|freeing|liberated|liberating|evacuated|evacuating|affected|affecting|affect|lynched|"
    "assassinated|assassinating|assassinate|assassinates|neutralised|neutralized|neutralising|neutralizing|"
    "kills|lynches|lynch|lynching|shoot dead|shoots dead|shooting and killing|shot and killed|"
    "beat to death|beats to death|stone to death|stoned to death|hacked to death|hack to death|"
    "stabbed to death|burnt to death|burned to death|clubbed to death|beaten to death|bludgeoned to death|strangled to death|"
    "fatally shot|fatally stabbed|fatally shooting|fatally stabbing|"
    "murders|murder|behead|beheads|massacre|massacres|slaughter|execute|"
    "treated|treating|"
    "claimed the lives of|claiming the lives of|took the lives of|taking the lives of|"
    "bodies of|body of|remains of|corpses of|severed head of|severed heads of|hospitalised|hospitalized|"
    "deaths of|death of|killing of|killings of|murder of|murders of|executes|slaughters|injures|abducts|"
    # armies' communiques ("we deplore the loss of six soldiers")
    "deplore the loss of|deplores the loss of|deplored the loss of|mourn the loss of|mourns the loss of|mourned the loss of")
# Kin of the first victim: "a woman and her two children were killed", "a man and his son died".
KIN = (B + r"((?:and|with|along with) (?:his|her|their) )" + _Q + "(" + NUM + "|)" + r"( ?(?:[a-z][a-z'’-]* ){0,2}?"
       + PERSON + r"(?: [a-z][a-z'’-]*){0,3}? " + CATEGORY_WORD + ")" + B)
# Companions after the verb: "was killed along with his driver", "together with two other men"
# (the category is the sentence's previous figure's).
# ("was killed with his wife and son": a bare "with" only before a possessive)
# ("29 people were killed, ..., in addition to all 13 attackers")
# ("killing at least 13 people, including seven guards, in addition to the two bombers")
_ALONG_LEAD = r"(?:along with|together with|alongside|as well as|plus|in addition to(?: all)?(?: the)?) "
_WITH = r"with (?:his|her|their) "
ALONG = (B + "(" + _ALONG_LEAD + r"(?:his |her |their )?|" + _WITH + ")" + _Q + "(" + NUM + "|a|an|another|)"
         + r"( ?(?:[a-z][a-z'’-]* ){0,3}?" + PERSON + ")" + B)
# ... and the next items of such a list: "along with his driver and two bodyguards", "plus a driver and 2 passengers"
_ALONG_ITEM = r"(?:his |her |their |(?:" + DIGITNUM + "|" + WORDNUM + r"|a|an) )(?:[a-z][a-z'’-]* ){0,3}?" + PERSON
ALONG_NEXT = (B + "(" + "(?:" + _ALONG_LEAD + _ALONG_ITEM + "|" + _WITH + r"(?:[a-z][a-z'’-]* ){0,3}?" + PERSON + ")(?:, " + _ALONG_ITEM + r")*(?:,| and|, and) (?:his |her |their )?)" + _Q
              + "(" + NUM + "|a|an|)" + B + r"( ?(?:[a-z][a-z'’-]* ){0,3}?" + PERSON + ")" + B)
# Verb first: "killing 12", "the attack killed 40 soldiers", "police arrested 15 suspects".
# also a second verb or a possessive before the number: "lynched and burned three men", "killing his two children";
# "killing him" is one
# ("killed a family of five": the family's size)
# ("killed all three attackers": every one of them)
# (the verb in quotes: 'troops "neutralised" 32 assailants')
VERB_FIRST = (B + "(" + ACTIVE_VERBS + r"[\"”’']? (?:and (?:[a-z]+ed|[a-z]+ing|burnt|beat) )?(?:his |her |their |its |the |another |all (?:the )?)?"
              r"(?:(?:an? )?(?:entire |whole )?family of |a group of )?)" + _Q
              + "(" + NUM + "|a|an|him|her|)" + B + r"()")
# A numbered group after a pronoun object: "killing him and 3 relatives", "shot dead her and two of her children" (on top of
# the pronoun's victim)
PRON_AND = (B + "(" + ACTIVE_VERBS + r" (?:him|her) and (?:his |her |their )?)" + _Q + "(" + NUM + ")"
            + r"( ?(?:[a-z][a-z'’-]* ){0,3}?" + PERSON + ")" + B)
# Second object of a verb: "killed three villagers, two children", "killed two officers and a civilian".
# ("killing himself and 4 soldiers", "assassinated a council commander and 2 of his bodyguards")
# ("killed the district governor, his driver and two bodyguards": the list's items before the last)
# (an aside naming the first object: "killing a senior commander, col. [name], and two of his bodyguards"; "among them" as
# "including": "killing 8 policemen, among them an inspector, and a boy": 9)
_OBJECT = ("(?:(?:(?:" + QUAL + " )?(?:" + NUM + r"|a|an|the|his|her|their|its)(?: [a-z][a-z'’-]*){1,6}?"
           r"(?:, (?:" + _RANK_ITEM + r"|(?:later )?(?:identified|named) as [^,;.()]{1,60}?|(?:including|among them|among whom) [^,;.()]{1,60}?),"
           # (a breakdown between dashes: "abducted three foreigners - two canadians and a norwegian - and a filipina": 4)
           r"| [-–—] [^-–—,;.()]{1,60}? [-–—]"
           # (a place in brackets: "shot dead the village chief of [village] ([district], [province]) and five other residents": 6)
           r"| \([^()]{1,80}\))?|himself|herself|themselves)"
           r"(?:, (?:the|his|her|their|a|an|" + DIGITNUM + "|" + WORDNUM + r")(?: [a-z][a-z'’-]*){1,3}?)*)")
# ("killing seven police personnel, including a superintendent, and the son of a head constable": a definite singular
# named by its relation is one more; `plausible` keeps "the" only there)
VERB_SECOND = (B + "(" + ACTIVE_VERBS + " " + _OBJECT + "(?:,| and| plus|, and) (?:his |her |their )?)" + _Q + "(" + NUM + "|a|an|the)" + B + r"()")
# A possessive item of such a list: "killed the district governor, his driver and ...", "killed a farmer and his son".
POSS_ITEM = (B + "(" + ACTIVE_VERBS + " " + _OBJECT + "(?:,|, and| and) (?:his|her|their) )()()((?:[a-z][a-z'’-]* ){0,2}?"
             + PERSONS_SG + ")" + B)
# ... after a semicolon, as the subject of the next clause with a numbered group and a killing verb: "killing a farmer; his
# wife and 2 children were burnt alive" (the wife is one more; the children by their own reading; `candidates` names it poss_item)
POSS_SEMI = (B + "(" + ACTIVE_VERBS + " " + _OBJECT + "; (?:his|her|their) )()()((?:[a-z][a-z'’-]* ){0,2}?" + PERSONS_SG
             + r" and (?:his |her |their )?(?:" + NUM + r"|a|an)(?: [a-z][a-z'’-]*){0,3}? (?:were|have been|had been)(?: (?:also|later|then|all|both))* "
             + KILLED + ")" + B)
# Tolls: "the death toll rose to 30", "toll of 12", "the number of dead reached 40".
TOLL = (B + r"((?:(?:death |casualty |fatality |final |official |overall |updated |new |latest |provisional )?"
        r"toll|number of (?:dead|deaths|fatalities|victims|martyred|martyrs|slain|injured|wounded|(?:[a-z]+ ){1,5}?(?:killed|dead|injured|wounded))|"
        r"death count|body count)(?: [a-z0-9'’-]+,?){0,28}?(?: from (?:" + QUAL + " )?" + NUM + ")? "
        r"(?:to|at|of|is|was|reached|hit|topped|passed|exceeded|surpassed|stands at|stood at|rose to|climbed to|numbered|now at|now) )"
        + _Q + "(" + NUM + ")" + B + "()")
# A toll revised in the next clause: "put the toll at 8; it was later raised to 10", "; it later rose to 12"
TOLL_IT = (B + r"((?:death )?toll[^.;]{0,60}?[;,] (?:but |and )?it (?:was|is|ha[sd](?: since| now| later)? been) (?:later |since |subsequently |then |now )?"
           r"(?:raised|revised|increased|updated|lowered|adjusted)(?: up| upwards?| down| downwards?)? to |"
           # ("initial reports put the toll at 25; it later rose to 46")
           r"(?:death )?toll[^.;]{0,60}?[;,] (?:but |and )?it (?:has |had )?(?:later |since |subsequently |then |now )?"
           r"(?:rose|risen|climbed|jumped|increased|grew|grown|fell|fallen|dropped) to )" + _Q + "(" + NUM + ")" + B + "()")
# A labelled count: "fatalities: 12", "deaths = 4", "killed: 3", "fatalities: estimate of 3".
# ("KIA: 4 police officers": with a colon the abbreviation is no Kachin Independence Army)
# (an analyst's remark on the coded number: "fatalities: reported estimates include 12", "fatalities: estimate:10/ confirmed: 6"
# (the confirmed count, the conservative one))
_COLON_LEAD = (r"(?:fatalities|deaths|dead|killed|death toll|injured|wounded|kia|wia) ?[:=] ?(?:(?:an )?estimated?(?: of| at)? |"
               r"(?:(?:reported|initial|local|media|official|unconfirmed) )?estimates? (?:include|includes|included|of|at|is|are|was|were|put at|range from) |"
               r"(?:[a-z]+ ?[:=] ?[0-9a-z -]{1,20}?[/,;] ?)?confirmed ?[:=]? ?)?")
COLON = B + "(" + _COLON_LEAD + ")" + _Q + "(" + NUM + ")" + B + "()"
# Analysts' abbreviations after a count: "Twelve reportedly KIA", "3 soldiers KIA, 5 WIA", "two MIA" (killed, wounded, missing in
# action); never before a noun ("3 KIA fighters": the Kachin Independence Army); `candidates` names it num_first
ABBREV = B + r"()" + _Q + "(" + NUM + ")" + B + r"((?: [a-z][a-z'’-]*){0,3}? (?:kia|wia|mia))" + _ABBREV_END
# the next items of a labelled list: "fatalities: 2 anp, 5 taliban"
COLON_NEXT = (B + "(" + _COLON_LEAD + NUM + r"(?: [a-z][a-z'’-]*){1,2}(?:, (?:" + NUM + r")(?: [a-z][a-z'’-]*){1,2})*(?:,| and|, and) )"
              + _Q + "(" + NUM + ")" + B + "()")
# People forced from their homes: "fighting has forced some 400 people from their homes" (displaced)
# (a relative clause before "to flee": "forcing some 10,000 people who had been sheltering there to flee")
FORCED_FROM = (B + r"((?:forced|forcing|forces|force|drove|driving|drives|drive) )" + _Q + "(" + NUM + ")" + B
               + r"((?: [a-z][a-z'’-]*){0,3}? (?:from|out of) (?:their|its) (?:homes|houses|villages|land|lands|farms)|(?: [a-z][a-z'’-]*){0,3}?"
               r"(?: (?:who|that) (?:[a-z][a-z'’-]* ){1,5}?[a-z][a-z'’-]*)? to flee|"
               # ("the fighting forced 300 families to leave their homes")
               r"(?: [a-z][a-z'’-]*){0,3}? to (?:leave|abandon) (?:their|its) (?:homes|houses|villages|land|lands|farms))" + B)
# Lives claimed: "claimed 30 lives", "cost 12 lives".
LIVES = (B + r"((?:claimed|claiming|claims|cost|costing|costs|took|taking) )" + _Q + "(" + NUM + ")"
         + r"((?: [a-z]+)? lives)" + B)
# Article only: "a civilian was also killed", "one soldier died", "a 25-year-old man was shot dead".
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
# ("a sixth victim died on the way to hospital": one more than those counted)
ARTICLE = (B + r"()()(a|an|one|the|another)((?: [a-z0-9][a-z0-9'’-]*){0,2}? (?:" + PERSONS_SG[3:-1] + "|" + _ORDINAL + " victim)"
           # (a numbered group after it: "a soldier and three suspected rebels were killed")
           # (with an aside of its own: "a police inspector and two maoists, including a woman cadre, were killed")
           + r"(?: and (?:(?:the )?(?:" + NUM + r") (?:others|other people|more|of (?:his|her|their) (?:[a-z'’-]+ ){0,2}?" + PERSON
           + r"|(?:[a-z'’-]+ ){0,3}?" + PERSONS_PL + ")|"
           r"(?:his|her|their) (?:[a-z0-9'’-]+ ){0,2}?" + PERSON + r")(?:, including [^,;.]{1,60},)?)?"
           # (a relative clause with its auxiliary: "not including the bomber, who was also killed"; not "the gunman, who killed 5")
           r"(?:, who (?:was|has been|had been)(?: also| later| reportedly| subsequently)*)?(?: [a-z'’-]+){0,3}? (?:(?:was|has been|had been|have been|got|is|are|were|also|reportedly|allegedly|later|subsequently|then|"
           r"was also|was reportedly|has|had) )*" + CATEGORY_WORD + "(?: and (?:later )?" + KILLED + ")?)" + B)
# ... with an aside naming the victim: "a fourth policeman, sgt. [name], 24, succumbed to his wounds", "a third, the
# committee's chief [name], died of his wounds the following day" (the ordinal alone names a victim before its aside)
ORDINAL_ASIDE = (B + r"()()(a|the|one)( " + _ORDINAL + r"(?: [a-z'’-]+){0,2}?, [^;]{1,80}?, (?:(?:also|later|subsequently|then|eventually) )?"
                 r"(?:died|succumbed|(?:is|was|has been|had been) (?:also |later |now |still )?(?:(?:feared|believed|presumed|confirmed|found|reported) dead|killed)))" + B)
# ("a fourth family member, buried under the rubble, is feared dead": one more; also a body: "the bodies of six men were found
# ... a seventh body was found hours later": 7; `candidates` names it ordinal)
# (an ordinal in digits, and a body lying there with a short phrase before its verb: "found the bodies of 10 men ... and an
# 11th body wrapped in a blanket lay on the road")
ORDINAL_BODY = (B + r"()()(a|an|the|one)( (?:" + _ORDINAL[3:-1] + r"|eleventh|twelfth|[0-9]{1,3}(?:st|nd|rd|th)) (?:body|corpse)"
                r"(?: (?:wrapped|stuffed|dumped|lying|left|tied|bound|found|hanging|floating) [a-z'’-]+(?: [a-z'’-]+){0,3}?|, [a-z'’ -]{2,40},)?"
                r"(?: (?:was|has been|had been|is))?(?: (?:also|later|then|subsequently|eventually))* "
                r"(?:found|recovered|discovered|retrieved|pulled out|dumped|washed up|lay|was lying|lying))" + B)
# One victim with a relative clause before the verb: "one passenger who tried to escape was shot dead"
# (the verb needs its auxiliary: "a gunman who stormed the mosque killed 3" is the killer; the clause
# is no part of the category; "was seized by a mob and killed" is killed)
ONE_WHO = (B + r"()()(a|an|one|another)((?: [a-z0-9][a-z0-9'’-]*){0,2}? " + PERSONS_SG + r",? who(?: [a-z'’-]+){1,8}?,? "
           r"(?:was|has been|had been|is|got)(?: (?:also|reportedly|allegedly|later|subsequently|then|critically|seriously|fatally))* "
           # ("a 14-year-old boy who tried to flee was shot and wounded")
           r"(?:(?:shot|stabbed|attacked|beaten|hit|struck) and )?"
           + CATEGORY_WORD + r"(?:(?: [a-z'’-]+){0,4}? and (?:later |then )?" + KILLED + ")?)" + B)
# ... and a numbered group: "four other residents who fled into the bush are feared dead" (the relative
# clause's verb is no category: the main verb is; `drop_nested` drops the number-first reading at that number)
NUM_WHO = (B + r"()" + _Q + "(" + DIGITNUM + "|" + WORDNUM + r")((?: [a-z][a-z'’-]*){0,2}? " + PERSONS_PL + r",? who(?: [a-z'’-]+){1,8}?,? "
           r"(?:were|are|have been|had been)(?: (?:also|reportedly|allegedly|later|subsequently|then|feared|believed|presumed|now|all))* "
           + CATEGORY_WORD + ")" + B)
# Two singular victims, the verb after both: "an inspector with the stock theft unit and a corporal
# with the wildlife service were shot dead" (one each: the first item, then the second)
_SG_PP = r" (?:[a-z0-9][a-z0-9'’-]* ){0,2}?" + PERSONS_SG + r"(?: (?:with|of|from|at|for) (?:the )?(?:[a-z][a-z'’-]* ){0,3}?[a-z][a-z'’-]*)?"
_SG_VERB = r" (?:(?:were|have been|had been|are|both|reportedly|allegedly|later) ){0,3}" + CATEGORY_WORD
# (a longer list: "an army colonel, a major, two soldiers and a police inspector were killed": the first two items here,
# the numbered group and the last one by their own readings)
_SG_ITEM = r" (?:a|an|one|" + DIGITNUM + "|" + WORDNUM + r")(?: [a-z0-9'’-]+){0,2}? " + PERSON
_SG_LIST = r"(?:(?:," + _SG_ITEM + r")*,? and" + _SG_ITEM + ")"
COORD_SG = B + r"()" + _Q + "(a|an|one)(" + _SG_PP + r"(?:,? and (?:a|an|one)" + _SG_PP + "|," + _SG_ITEM + _SG_LIST + ")" + _SG_VERB + ")" + B
COORD_SG2 = (B + r"((?:a|an|one)" + _SG_PP + r"(?:,? and |, ))" + _Q + "(a|an|one)(" + _SG_PP + "(?:" + _SG_LIST + ")?"
             + _SG_VERB + ")" + B)
# A figure stated as the one revised: "up from 20", "an earlier toll of 53".
REVISED_FROM = (B + r"((?:up|down|revised|lowered|raised|increased|reduced|rose|risen|climbed|jumped|dropped|fell|revising|lowering|raising) from "
                r"(?:an? (?:earlier|previous|initial) (?:death )?(?:toll|figure|count) of )?|"
                r"(?:earlier|previous|initial|preliminary|first|previously reported) (?:death |casualty )?(?:toll|figure|count|estimate|tally) of )"
                + _Q + "(" + NUM + ")" + B + "()")
# Subgroups of a stated total: "including three children", "among them 12 soldiers".
SUBGROUP_CUE = (r"(?:including|among them|among whom|of whom|among the (?:dead|victims|killed|injured|wounded|deceased)(?: (?:were|are))?|"
                r"the (?:dead|victims) include(?:d)?|mostly|most of them|all of them|most of whom|many of them|some of them)")
SUBGROUP = B + "(" + SUBGROUP_CUE + " )" + _Q + "(" + NUM + ")" + B + r"((?: [a-z][a-z'’-]*){0,3})"
# the next item of such a list: "the dead include 3 women and a child", "including 11 children, 4 women"
SUBGROUP_NEXT = (B + "(" + SUBGROUP_CUE + " (?:" + QUAL + " )?(?:" + NUM + r"|a|an)(?: [a-z][a-z'’-]*){1,3}?(?:,| and|, and) )"
                 + _Q + "(" + NUM + "|a|an)" + B + r"((?: [a-z][a-z'’-]*){0,3})")
# Negation: "no one was killed", "no casualties were reported", "nobody was hurt".
_NEG_WORD = (r"(?:killed|dead|died|injured|wounded|hurt|harmed|casualties|deaths|fatalities|injuries|"
             r"loss of life|loss of lives|lives were lost|life was lost|lost (?:their|his|her) lives?)")
# (a second harm word joined to the first is read with it: "no injuries or fatalities", "no fatalities/injuries")
NEGATION = (B + r"((?:no one|no-one|nobody|none|no|without any|without))()()((?: [a-z'’-]+){0,5}? " + _NEG_WORD
            + r"(?:(?:,? or|,? and|,? nor|/)(?: no| any)? ?" + _NEG_WORD + ")?)" + B)

# Auxiliaries and verb after a bare noun: "officer shot dead", "civilians were reportedly killed".
BARE_TAIL = (r" (?:(?:were|are|was|is|have been|has been|had been|got|also|reportedly|allegedly|all) ){0,3}"
             + alt("killed|shot dead|gunned down|lynched|massacred|murdered|slaughtered|hacked to death|"
                   "burnt to death|burned to death|beaten to death|stoned to death|beheaded|executed|died|dies|found dead|"
                   "were killed|feared dead|feared killed|martyred|wounded|injured|abducted|kidnapped|arrested|displaced|rescued"))
# (held captive: "civilians held inside the house were rescued")
BARE_HELD = r"(?: held(?: [a-z'’-]+){1,4}?)?"
# Bare plural subject, no number: "civilians were killed", "suspected sect members killed by police"
# (also a headline's second clause: "aid workers kidnapped and kenyan driver killed").
BARE_PLURAL = (r"(?:^|[,;:(\"“] |(?-u:\b)(?:but|while|where|and) )()()()((?:[a-z][a-z'’-]* ){0,2}(?:" + PERSONS_PL + "|" + PERSONS_SG + ")"
               + BARE_HELD + BARE_TAIL + ")" + B)
# A singular passive with no number is one victim: "[Name], a councillor, was shot dead",
# "a suspected thief was on Sunday lynched", "is killed" (covered by any numbered reading).
SING_VERBS = alt("killed|shot dead|shot and killed|gunned down|gunned|lynched|murdered|hacked to death|stabbed to death|"
                 "beaten to death|burnt to death|burned to death|stoned to death|clubbed to death|beheaded|"
                 "assassinated|slain|strangled|found dead|found murdered|found killed|killed instantly|martyred")  # not "executed" (plans are)
# ("his wife was seriously wounded", "the manager was also shot and injured": one injured)
SING_PASSIVE = (B + r"((?:was|is|has been|had been) )()()((?:[a-z0-9/]+ ){0,4}?" + SING_VERBS + r"|(?:(?:also|seriously|critically|"
                r"badly|slightly|severely|gravely|lightly|reportedly|later|then|shot and|stabbed and) ){0,3}(?:wounded|injured))" + B)
# One more of the same count after the verb: "three residents were killed, as was one of the attackers".
AS_WAS = B + r"((?:as|so) (?:was|were|did) )" + _Q + "(" + NUM + "|a|an)" + B + "()"
# the last item of a list after "as were" ("44 commandos were killed, as were 18 fighters and 5 civilians"): one more group
AS_WAS_AND = (B + r"((?:as|so) were (?:" + NUM + r")(?: [a-z][a-z'’-]*){1,3}?(?:, (?:" + NUM + r")(?: [a-z][a-z'’-]*){1,3}?)? (?:and|plus) )"
              + _Q + "(" + NUM + "|a|an)" + B + r"((?: [a-z][a-z'’-]*){1,3}?)(?:[,.;:]|$)")
# A numbered group as subject, its verb further on: "two men were in the evening hours shot dead",
# "seven fishermen operating on the lake have been killed", "10 police officers from the camp, on patrol, died".
_FILLER = (r"(?:in|on|at|during|the|a|an|early|late|morning|afternoon|evening|night|hours|nighttime|reportedly|allegedly|"
           r"later|all|both|also|subsequently|then|last|this|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|"
           r"sunday|[0-9/]+)")
# (single numbers only: the range and vague alternatives of NUM double this pattern's cost)
NP_PASSIVE = (B + r"()" + _Q + "(" + DIGITNUM + "|" + WORDNUM + r")((?: [a-z(][a-z'’()-]*){0,4}? " + PERSONS_PL + r"(?-u:\b)(?:[^;.:]{0,120}?)? "
              r"(?:(?:were|are|have been|had been|was) )?(?:" + _FILLER + " ){0,4}" + SING_VERBS.replace("killed|", "killed|died|") + ")" + B)
# Hostages who died: "two hostages were later killed", "3 captives were executed" (the number-first
# reading stops at "hostages", a kidnapping word, and the numbered-subject one may be shadowed by
# an earlier number in the sentence).
HOSTAGE_DEAD = (B + r"()" + _Q + "(" + DIGITNUM + "|" + WORDNUM + r")((?: [a-z][a-z'’-]*){0,2}? (?:hostages|captives) "
                r"(?:(?:were|are|have been|had been|was) )?(?:" + _FILLER + " ){0,3}"
                + alt("killed|executed|died|found dead|beheaded|murdered|shot dead") + ")" + B)
# A victim's later death in a relative clause: "police shot one gang member, who died later in hospital"
WHO_DIED = (B + r"()" + _Q + "(" + DIGITNUM + "|" + WORDNUM + r"|a|an)((?: [a-z][a-z'’-]*){0,2}? " + PERSON
            + r",? who (?:later |subsequently |eventually |then )?(?:died|succumbed))" + B)
# An estimate of the dead: "deaths estimated to be over 10 people", "fatalities were put at 40"
ESTIMATE = (B + r"((?:deaths|fatalities|dead) (?:were |was |are |is )?(?:estimated|put|believed|thought) (?:to be |to number |at ))"
            + _Q + "(" + NUM + ")" + B + "()")
# A death as the result of what was done to a victim: "hit in the head by a police officer, leading to her death"
# (anaphoric, like PRONOUN_DIED)
RESULT_DEATH = (B + r"((?:leading to|led to|resulting in|resulted in|causing|caused) )()(his|her)( (?:instant |subsequent |eventual )?death)" + B)
# The wounded who died: "three of the injured died the next day" (killed, on top of those killed)
INJURED_DIED = (B + r"()" + _Q + "(" + DIGITNUM + "|" + WORDNUM + r")( of (?:the|those|them) (?:[a-z]+ )?(?:injured|wounded)(?: [a-z]+)?(?:(?:, [^,;.]{1,50}){1,2},)? "
                r"(?:have |had |has )?(?:later |subsequently |eventually |since |also )?(?:died|die|succumbed)"
                # ("six people were hospitalised ... one of them, a 34-year-old driver, succumbed to his injuries": a death of
                # the injured; "of them" alone only with a verb that says so, not "one of them died on the spot")
                # (an aside of a name and an age: "one of them, Constable [name], 32, succumbed")
                r"| of (?:them|these|those)(?:(?:, [^,;.]{1,50}){1,2},)? (?:have |had |has )?(?:later |subsequently |eventually |since |also )?"
                r"(?:succumbed|died (?:of|from) (?:his|her|their) (?:injuries|wounds)|died (?:later )?in hospital))" + B)
# ... after the injured in a relative clause: "several others injured, one of whom later died in hospital" (`candidates` names
# it injured_died)
INJURED_WHOM_DIED = (B + r"((?:injured|injuring|wounded|wounding|hurt|hospitali[sz]ed)(?: [a-z0-9'’-]+){0,6}?, )" + _Q + "(" + DIGITNUM + "|" + WORDNUM
                     + r")( of whom (?:have |had |has )?(?:later |subsequently |eventually |since |also )?(?:died|succumbed))" + B)
# The missing found dead: "three farmers missing since friday after an attack were found dead on sunday" (killed; the missing
# reading of the same number is no count: `figures`)
MISSING_DEAD = (B + r"()" + _Q + "(" + DIGITNUM + "|" + WORDNUM + r")((?: [a-z][a-z'’-]*){0,2}? " + PERSONS_PL + r",? (?:who (?:had |have )?(?:gone|been|were) )?"
                r"(?:missing|unaccounted for)(?: [^,.;]{1,60}?)?,? (?:were|have been|had been|are) (?:later |subsequently |eventually |all |then )*"
                r"found (?:dead|murdered|killed|shot dead|beheaded))" + B)
# A victim wounded in the event who died later: "a soldier wounded in the fighting died the next day" (killed, on top of
# those killed; not also an injury)
WOUNDED_DIED = (B + r"()" + _Q + "(" + DIGITNUM + "|" + WORDNUM + r"|a|an)((?: [a-z][a-z'’-]*){0,2}? " + PERSON
                + r"(?:,? (?:who (?:was|were|had been) )?(?:critically |seriously |badly |gravely )?(?:wounded|injured) "
                r"(?:in|during|by|when|at|on)(?: [a-z0-9'’-]+){1,14}?,? (?:later |subsequently |eventually |also )?(?:died|succumbed)"
                # ("a 62-year-old resident was hit by a stray bullet inside her home and died later in hospital")
                # (no comma aside: "one of them, a trader, was shot in the head and died" is one of those counted)
                r"| (?:was|had been) (?:hit|shot|struck|stabbed|wounded|injured)(?: [a-z0-9'’-]+){1,14}? and (?:later |subsequently |eventually |then )?"
                r"(?:died|succumbed)))" + B)
# A pronoun's later death: "he died in hospital", "she later succumbed to her injuries".
PRONOUN_DIED = B + r"((?:he|she) (?:later |subsequently |eventually |then |also )?)()()((?:died|succumbed|passed away))" + B
# A suicide attacker's own death: "a suicide bomber blew himself up, killing 5 others" is 6 (ACLED counts the bomber).
# ("killing four people and himself": the bomber after his victims)
# ("five attackers were killed ..., and a sixth detonated his suicide vest at the main gate": one more)
SELF = (B + r"((?:blew|blows|blowing) (?:himself|herself) up|(?:killing|killed|kills) (?:(?:[a-z0-9'’-]+ ){1,5}?(?:and|as well as) )?"
        r"(?:himself|herself)|(?:detonated|detonating|detonates|set off|setting off|triggered|triggering) (?:his|her) (?:[a-z-]+ ){0,2}?(?:vest|belt))()()()" + B)
# The victim between verb and "to death": "stabbed an italian aid worker, cesare tavella, to death", "beat him to death".
TO_DEATH = (B + r"((?:stabbed|stabbing|stabs|hacked|hacking|hacks|beat|beating|beats|beaten|clubbed|clubbing|stoned|stoning|"
            r"burnt|burned|burning|bludgeoned|tortured|torturing|kicked|trampled|strangled|lynched|lynching) (?:his |her |their )?)"
            + _Q + "(" + NUM + r"|a|an|him|her|)" + B + r"((?: ?[a-z][a-z'’-]*,?(?: [a-z][a-z'’-]*,?){0,5}?)? to death)" + B)
# The arrested between verb and "into custody": "police took 14 people into custody", "took 35 activists of the
# association into custody" (the number-first reading stops at the object's noun, no category word).
INTO_CUSTODY = (B + r"((?:took|taken|take|takes|taking) (?:the |all |all the |another )?)" + _Q + "(" + NUM + r")" + B
                + r"((?: [a-z][a-z'’-]*){0,8}? into (?:police |judicial |protective |military )?custody)" + B)
# A pair: "both militants were shot dead", "both suicide drivers were killed", "both militants holed up inside were
# killed", "both men (relatives) were killed" (2).
# (a second group after it: "both bombers and nine civilians died")
BOTH = (B + r"()()(both)((?: of)?(?: the| these| those)?(?: [a-z][a-z'’-]*){0,2}? " + PERSONS_PL + r"(?: \([^()]{1,40}\))?"
        + r"(?: and (?:" + DIGITNUM + "|" + WORDNUM + r"|a|an)(?: [a-z][a-z'’-]*){0,2}? " + PERSON + ")?"
        + r"(?:(?: [a-z'’-]+){0,6}? (?:were|are|have been|had been))?(?: (?:also|later|reportedly|then|all|[a-z]+ly))* " + CATEGORY_WORD + ")" + B)
# Refugees over a border: "some 1,200 civilians crossed from Kajo Keji into Moyo district, fleeing
# fighting" (displaced): refugees, or civilians with a flight word ("1 200 people had crossed into
# Uganda" is a count of arrivals; "two soldiers crossed into" no displacement).
_CROSS = r" (?:have |had )?(?:crossed|poured across)(?: the border)?(?: from [^.;,]{1,50}?)? into"
CROSSED = (B + r"()" + _Q + "(" + NUM + ")" + B + r"((?: [a-z][a-z'’-]*){0,2}? (?:(?:refugees|asylum seekers)" + _CROSS
           + r"|(?:people|persons|civilians|residents|villagers|families|households|women|children|migrants|individuals|inhabitants)"
           + _CROSS + r"[^.;]{0,80}?(?:fleeing|escaping|to escape|to flee|seeking refuge|seeking safety)))" + B)
# Attackers who died with their victims: "two suicide bombers detonated their explosives, killing five worshippers
# besides themselves" (the attackers' number, on top; "including themselves" is already in the count)
# (it wins over the number-first reading of the same number: "two suicide bombers blew themselves up, killing 11 people
# in addition to themselves" is 13)
THEMSELVES = (B + r"()" + _Q + "(" + DIGITNUM + "|" + WORDNUM + r")((?: [a-z][a-z'’-]*){0,2}? (?:bombers|attackers|assailants|gunmen|militants|insurgents|jihadists|terrorists)"
              r"(?:[^.;]{0,160}? (?:killing|killed|kill) (?:[^.;]{0,60}?(?:besides|as well as|in addition to|along with|and) themselves|"
              # ("two suicide bombers ..., killing themselves and 9 others": 2 + 9)
              r"themselves (?:and|as well as|along with) (?:" + QUAL + " )?(?:" + NUM + r"))|"
              # ("three suicide bombers, two of them women, blew themselves up ..., killing nine other people": 3 + 9)
              r"[^.;]{0,80}? (?:blew|blowing|blow|had blown|have blown) themselves up))" + B)
# One more, its noun left out: "a police officer was killed and another injured", "1 militant killed and another arrested".
# ("two soldiers were killed and another went missing", "another remains missing")
ANOTHER = (r"((?:,? and|,) )()(another)( (?:(?:was|is|has been|had been|got|also|went|has gone|had gone|remains|remained|"
           r"is still|was still|still) )?" + CATEGORY_WORD + ")" + B)
# A kidnapped or missing person's body: "his body was found the next day" (anaphoric, like PRONOUN_DIED);
# "a body is later found" (one more).
# (also a victim's body by its noun: "a man's body was found", "a burnt mans body is discovered"; "the woman's body" restates)
POSS_BODY = (B + r"((?:his|her|a|one|(?:a|an|one|the) (?:[a-z'’-]+ ){0,2}?" + PERSONS_SG + r"(?:'s|’s|s)) )()()((?:body|corpse) (?:and (?:the body|that) of (?:[a-z'’-]+ ){1,4}?(?:were |had been |have been |are ))?(?:was |had been |has been |is )?(?:later |then |subsequently )?"
             # (what was done to it: "was shot with arrows, and his corpse beheaded")
             r"(?:found|recovered|discovered|dumped|retrieved|beheaded|mutilated|dismembered|burnt|burned|set ablaze|set on fire))" + B)
# Losses: "the taliban lost 8 fighters" (category killed).
LOST = B + r"((?:lost|losing|loses) )" + _Q + "(" + NUM + ")" + B + r"((?: [a-z][a-z'’-]*){0,2}? " + PERSON + ")" + B
# A person set on fire by a mob: "angry residents set a suspected kidnapper ablaze" (category killed).
ABLAZE = (B + r"((?:set|sets|setting) )" + _Q + "(" + NUM + r"|a|an)" + B + r"((?: [a-z][a-z'’-]*){0,2}? " + PERSON
          + " (?:ablaze|alight|on fire))" + B)
# ... and "set ablaze two suspected cattle thieves at the market" (the person noun ends its phrase)
ABLAZE_FIRST = (B + r"((?:set|sets|setting) (?:ablaze|alight|on fire) )" + _Q + "(" + NUM + r"|a|an)" + B
                + r"((?: [a-z][a-z'’-]*){0,2}? " + PERSON + r")(?:[,.;:]|$| (?:in|at|on|near|after|who|and|with|from|for|by|as|while|during)(?-u:\b))")
# Victims counted before: "abducted 3 egyptian workers; their bodies were found" (the value of the figure before).
# ("later the captured policemen were found dead")
# ("the bodies of the arrested were found": the people the figure before took)
THEIR_BODIES = (B + r"(their |the (?:captured |kidnapped |abducted |seized |missing |detained )" + PERSONS_PL + " |"
                r"the (?:bodies|remains) of the (?:captured|kidnapped|abducted|seized|missing|detained|arrested)(?: " + PERSONS_PL + ")? )()()("
                r"(?:bodies )?(?:were |had been |have been |are )?(?:later |then |subsequently )?"
                r"(?:found dead|found murdered|found killed|killed|executed|murdered|found|recovered|discovered|dumped|retrieved))" + B)
# The state as an adjective: "leaving a dead woman and two injured children" (the second item needs "left" in the sentence).
LEFT_ADJ = (B + r"((?:left|leaving|leaves) (?:behind )?)" + _Q + "(" + NUM + r"|a|an)" + B
            + r"( (?:dead|injured|wounded|badly injured|seriously injured) " + PERSON + ")" + B)
CONJ_ADJ = (r"((?:,? and|,) )" + _Q + "(" + NUM + r"|a|an)" + B
            + r"( (?:dead|injured|wounded|badly injured|seriously injured) " + PERSON + ")" + B)
# A result: "fighting left seven dead", "leaving 12 people injured".
LEFT = (B + r"((?:left|leaving|leaves) )" + _Q + "(" + NUM + ")" + r"((?: [a-z]+){0,2}? (?:dead|injured|wounded|homeless|missing)(?: (?:or|and) (?:dead|injured|wounded))?)" + B)
# Named victims after a killing verb, read on the original-case sentence: "killed Ahmed Khan,
# Rashid Ali and Karim Shah", "shot dead PPP leader Mir Hazar Khan and his guard"; the count is
# the number of names (an apposition, ", a councillor,", ends the list). Groups: verb (and a
# title), "", the list, what ends it (punctuation or a function word: "killing Al Shabaab
# militants" names no person).
# (an Arabic article joined to the name: "abu ali al-mahameed")
_NAME = r"(?:[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|(?:al|el|ad|ar|as|ash|at|az|ud|ul)-[A-Z][\w'’.-]*|bin|ibn|al|el|ul|ud|ole|wa|de|da|van|von))*)"
_TITLE = r"(?:(?:[A-Za-z][\w.'’-]* ){0,3}?" + PERSON + " )?"
NAMED_VERBS = ("killed|killing|kills|kill|shot dead|shooting dead|shot and killed|gunned down|murdered|lynched|lynching|"
               "beheaded|beheading|executed|assassinated|assassinating|hacked to death|stabbed to death|bodies of")
# (kin and companions as items: "killing Malik Khan, his two sons and a guard" is 4; "the bodies of lawyer [name],
# his client [name] and their driver [name]")
_KIN_ITEM = (r"(?:his|her|their) (?:(?:two|three|four|five|six|seven|eight|nine|ten|[0-9]+) )?(?:[a-z0-9][a-z0-9'’-]* ){0,2}?" + PERSON
             + r"(?: " + _NAME + ")?")
# (an age after a name: "shot dead social leader [name], 52, his wife and their 14-year-old son": 3; `name_count` reads over it)
_AGE = r"(?:, [0-9]{1,3})?"
# (an appositive after a name is no item: "shot dead Sheikh [name], a tribal elder, and his son": 2; `name_count` reads over it)
_APPOS = r"(?:, (?:a|an) (?:[a-z0-9][a-z0-9'’-]* ){0,3}?" + PERSONS_SG + r"(?-u:\b))?"
NAMED_LIST = (_NAME + _AGE + _APPOS + r"(?:, (?:" + _TITLE + _NAME + _AGE + _APPOS + "|" + _KIN_ITEM + r"))*(?:,? and (?:" + _TITLE + _NAME + "|" + _KIN_ITEM
              # (an age is a modifier: "[name], his wife and a 17-year-old grandson")
              + r"|(?:a|an) (?:[a-z0-9][a-z0-9'’-]* ){0,2}?" + PERSONS_SG
              # (a numbered last item: "shot dead gang leader [name] and two associates": 3)
              + r"|(?:two|three|four|five|six|seven|eight|nine|ten|[0-9]+) (?:[a-z][a-z'’-]* ){0,2}?" + PERSONS_PL + r")(?-u:\b))?")
NAMED = (r"(?-u:\b)((?i:" + NAMED_VERBS + r") " + _TITLE + r")()(" + NAMED_LIST + ")"
         r"([,.;:()]|$| (?:in|at|on|near|outside|inside|after|during|while|as|from|who|when|with|because|for|over|by|were|[a-z]+ing)(?-u:\b))")
# Two named victims before a passive verb: "PO2 [name] and PO1 [name] were killed" (2)
# (each name may carry an age and the first a "who" aside, and the verb be the army's: "Lt Col [name], 39, who was leading the
# operation, and Maj [name], 28, embraced martyrdom")
_NAME_AGE = r"(?:, [0-9]{1,2})?"
NAMED_PASSIVE = (r"((?:^|[,;:(] |(?-u:\b)(?:and|but|while|when|as|after) ))()(" + _TITLE + _NAME + _NAME_AGE + r"(?:, who [^,;.()]{1,60})?,? and "
                 + _TITLE + _NAME + _NAME_AGE + r",?)"
                 r"( (?:(?:were|have been|had been|are) (?:(?:both|later|reportedly|allegedly|also|then) )*(?:killed|shot dead|gunned down|"
                 r"murdered|lynched|beheaded|executed|assassinated|found dead|slain|hacked to death|stabbed to death|martyred)|"
                 r"(?:both )?embraced (?:martyrdom|shahadat|shahadah)))(?-u:\b)")
# a "name" that is an armed group, a force or a place is no victim
NOT_A_NAME = (r"(?-u:\b)(?:forces?|army|police|militia|front|party|movement|group|brigade|regiment|battalion|unit|service|"
              r"command|state|province|district|county|village|town|city|camp|base|islamic|government|"
              r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
              r"august|september|october|november|december|today|yesterday|last|this|early|late)(?-u:\b)|^" + PERSON + "$")

# The analyst's own coding: "fatalities coded as 10", "(coded as 5 here)", "coded at low estimate
# of 3". It replaces every other death figure of the note (`figures_totals`).
# ("fatalities for the sna coded as 1": one group's coding, which replaces that group's figures only; `figures_totals`)
CODED_AS = (B + r"((?:(?:fatalities|deaths) (?:for|of|among) (?:the )?(?:[a-z'’-]+ ){1,3}?|fatalities |deaths )?(?:coded|recorded) (?:as|at) (?:(?:a |the )?(?:most )?(?:low|lowest|conservative|minimum) "
            r"(?:estimate )?(?:of )?)?)" + _Q + "(" + NUM + ")" + B + "()")
# the same after the number: "(4 coded here)", "(3 deaths recorded for this event)"
# ("39 of these deaths, which occurred on 24 april, are coded in this event": the share of a reported toll)
CODED_HERE = (B + r"()" + _Q + "(" + NUM + ")" + B + r"((?: of (?:these|those|the|them))?(?: (?:fatalities|deaths|killed|dead))?"
              r"(?:, [^,.;]{1,60},)?(?: (?:are|were|is|was|have been|has been))? (?:coded|recorded) "
              r"(?:here|in this event|for this event|on this (?:day|date|event)))" + B)
# An elliptical count of the same verb at another place: "killing seven in tom anyiin and five in mbaya", "4 killed in
# gidan boka, 2 in gidan adamu and a herder in gidan zabo" (`candidates` keeps it after an "in/at" phrase of its clause)
ELLIPSIS = (r"((?:,? and|,) )" + _Q + "(" + NUM + r"|a|an)" + B + r"( (?:more |others |other people |(?:[a-z][a-z'’-]* )?"
            + PERSON + " )?(?:in|at) (?:the )?[a-z][a-z'’-]*)" + B)
# A count revised in brackets right after the first one: "killing five (later determined to be seven) police officers"
# (the bracketed count is the figure; the first is superseded as by "rose to")
PAREN_REVISED = (r"(\((?:later|since|subsequently|eventually|now) (?:[a-z]+ ){0,3}?)" + _Q + "(" + NUM + r")(\))")
# A count revised by a later sentence or clause that names no group: "initial reports said six police officers were
# killed; the police later revised this to four" (the category of the count it revises; `figures_totals`)
REVISED_TO = (B + r"((?:revised|lowered|raised|corrected|adjusted|reduced|increased|updated|revising|lowering|correcting) "
              r"(?:this|that|it|the (?:figure|toll|number|count|tally)|its (?:figure|toll|count|tally)) (?:down |up |downward |upward )?to )"
              + _Q + "(" + NUM + ")" + B + r"((?: (?:[a-z'’-]+ )?(?:" + PERSON + "|" + CATEGORY_WORD[3:-1] + r"))?)"
              # (no other noun after the number: "revised it to four districts" is no count)
              r"(?:[,.;:)]|$| (?:and|but|on|in|at|after|by|following|when|as|with|from|while|a|an|the|its|their|his|her)(?-u:\b))")
# Two bodies, the first named by its title or name, the second "another": "the bodies of the commission's ict manager, [name], and
# another youth were found" (2; `figures` reads the pair)
BODIES_PAIR = (B + r"((?:the )?(?:bodies|remains) of [^.;0-9]{1,120}?,? and )()(another)((?: [a-z'’-]+){0,2}? " + PERSONS_SG
               + r" (?:were|have been|had been|are) (?:(?:later|also|then|subsequently) )?(?:found|recovered|discovered|retrieved|dumped))" + B)
# A group taken who later died, in the sentence that counts it: "7 men were detained by police - they were handed over to the
# military and later found dead" (the figure before's value, like THEIR_BODIES; `candidates` names it their_bodies)
LATER_DEAD = (B + r"((?:they|who) (?:were |had been |have been )?[a-z]+(?:ed|en)(?: [^.;]{0,80}?)? and (?:were |had been )?"
              r"(?:later|subsequently|eventually) )()()((?:found dead|found murdered|found killed|died|killed|executed|murdered))" + B)
# A singular subject with a long prepositional phrase, killed at the end of a second verb: "a suspect in the murder of a boda boda
# operator in [place], [area], was snatched from the police by residents and beaten to death" (1; `candidates` names it one_who)
FAR_SUBJECT = (B + r"()()(a|an|one)((?: [a-z0-9'’-]+){0,2}? " + PERSONS_SG + r" (?:in|of|from|at|with|for) [^;.]{1,100}? (?:was|has been|had been) "
               r"[^;.]{0,60}? and (?:then |later |subsequently )?(?:beaten to death|lynched|stoned to death|burnt to death|burned to death|"
               r"hacked to death|clubbed to death|set ablaze|shot dead|killed))" + B)
# A count after an action noun: "confirms the abduction of twenty-four (24) students", "the mass displacement of some 2,100 people",
# (the number's digits in brackets are one word)
NOUN_OF = (B + r"((?:the |a |mass |massive )*(?:abduction|kidnapping|kidnap|displacement) of )" + _Q + "(" + NUM + r")" + B
           + r"((?: \([0-9,]+\))?(?: [a-z][a-z'’-]*){0,2}? " + PERSONS_PL + ")" + B)
# One victim killed out of a group taken before: "a video showing the execution of one of 12 hostages abducted in March" (killed
# 1; the group's taking is an earlier event, `figures`)
ONE_OF_HELD = (B + r"((?:the |a )?(?:execution|beheading|killing|murder) of )()(one)( of (?:the |its |their |his |her )?(?:" + NUM + r")"
               r"(?: [a-z][a-z'’-]*){0,2}? " + PERSONS_PL + ")" + B)
# None of a group lived: "none of the 30 survived the ordeal", "none of the 12 passengers on board survived" (killed: the
# whole group; `CATEGORY_RULES` reads "none of ... surviv" as killed before the number-first reading's survivors)
NONE_SURVIVED = (B + r"(none of (?:the |its |their |all )?)" + _Q + "(" + NUM + ")" + B
                 + r"((?: [a-z][a-z'’-]*){0,4}? (?:survived|has survived|have survived|had survived|made it out alive|lived))" + B)
PATTERNS = {  # name -> (regex, priority: lower wins when two patterns find the same number)
    "num_first": (NUM_FIRST, 1), "num_plain": (NUM_PLAIN, 1), "num_paren": (NUM_PAREN, 1), "article": (ARTICLE, 2), "verb_first": (VERB_FIRST, 3),
    "toll": (TOLL, 4), "toll_it": (TOLL_IT, 4), "lives": (LIVES, 5), "conj": (CONJ_SECOND, 6), "revised": (REVISED_FROM, 0),
    "subgroup": (SUBGROUP, 7), "subgroup_next": (SUBGROUP_NEXT, 7), "kin": (KIN, 6), "along": (ALONG, 6), "along_next": (ALONG_NEXT, 6), "sing": (SING_PASSIVE, 11), "as_was": (AS_WAS, 12), "as_was_and": (AS_WAS_AND, 12), "colon": (COLON, 4), "left": (LEFT, 5), "np_passive": (NP_PASSIVE, 13), "pron": (PRONOUN_DIED, 14), "negation": (NEGATION, 8), "verb_second": (VERB_SECOND, 9), "coded": (CODED_AS, 0), "coded_here": (CODED_HERE, 0), "colon_next": (COLON_NEXT, 4),
    "bare": (BARE_PLURAL, 10), "list": (LIST_ITEM, 6), "self": (SELF, 14), "to_death": (TO_DEATH, 3), "another": (ANOTHER, 6), "poss_body": (POSS_BODY, 14), "poss_item": (POSS_ITEM, 9), "poss_semi": (POSS_SEMI, 9), "lost": (LOST, 5), "left_adj": (LEFT_ADJ, 5), "conj_adj": (CONJ_ADJ, 6), "ablaze": (ABLAZE, 5), "ablaze_first": (ABLAZE_FIRST, 5), "their_bodies": (THEIR_BODIES, 14), "hostage_dead": (HOSTAGE_DEAD, 2), "injured_died": (INJURED_DIED, 0), "injured_whom_died": (INJURED_WHOM_DIED, 0), "wounded_died": (WOUNDED_DIED, 0), "who_died": (WHO_DIED, 2), "result_death": (RESULT_DEATH, 14), "both": (BOTH, 2), "crossed": (CROSSED, 5), "estimate": (ESTIMATE, 4), "coord_sg": (COORD_SG, 1), "coord_sg2": (COORD_SG2, 1),
    "themselves": (THEMSELVES, 0), "into_custody": (INTO_CUSTODY, 3), "one_who": (ONE_WHO, 3), "num_who": (NUM_WHO, 3), "ellipsis": (ELLIPSIS, 8),
    "paren_revised": (PAREN_REVISED, 0), "revised_to": (REVISED_TO, 0), "ordinal": (ORDINAL_ASIDE, 2), "ordinal_body": (ORDINAL_BODY, 2), "missing_dead": (MISSING_DEAD, 0), "num_and_bare": (NUM_AND_BARE, 1), "abbrev": (ABBREV, 1),
    "pron_and": (PRON_AND, 6), "bodies_pair": (BODIES_PAIR, 2), "later_dead": (LATER_DEAD, 14), "far_subject": (FAR_SUBJECT, 3), "forced_from": (FORCED_FROM, 5),
    "noun_of": (NOUN_OF, 3), "one_of_held": (ONE_OF_HELD, 3), "none_survived": (NONE_SURVIVED, 0),
}

# Cheap sentence prefilter: a sentence without any of these words holds no figure.
TRIGGER = (B + r"(?:kill|kiled|dead|die|death|fatal|bod(?:y|ies)|corpse|slain|murder|massacr|execut|behead|perish|lynch|neutrali|"
           r"shot|gunned|hacked|burn|stabbed|beaten|lives|life|succumb|drown|slaughter|assassin|butcher|deceas|"
           r"wound|injur|hurt|hospital|treat|maim|critical|missing|unaccounted|disappear|kidnap|abduct|hostage|seiz|"
           r"captiv|snatch|whisk|carted|arrest|detain|custody|apprehend|rounded|nabbed|picked|remand|jail|locked|"
           r"captur|arraign|charged|held|displac|fled|flee|homeless|evacuat|uproot|refuge|driven|forced|surviv|"
           r"rescu|freed|freeing|liberat|alive|saved|affect|casualt|toll|victim|harm|loss|supreme|ultimate|himself|herself|themselves up|detonat|remains of|severed head|martyr|shahad|lost|losing|ablaze|alight|on fire|crossed|poured across|"
           r"sought protection|sought shelter|took shelter|trapped|(?:kia|wia|mia)(?-u:\b)|(?:relief|cyclone|flood|emergency|displacement) (?:camp|cent|shelter))")

_VERB_CUES = ["kill", "shot", "shoot", "gunned", "massacr", "murder", "execut", "behead", "slaughter", "wound",
              "injur", "hurt", "maim", "abduct", "kidnap", "seiz", "captur", "hostage", "arrest", "detain",
              "apprehend", "nabbed", "rounded", "displac", "rescu", "freed", "freeing", "liberat", "evacuat", "affect", "lynch", "lives of",
              "bodies", "body of", "remains of", "corpses", "severed head", "hospitali", "death", "stab", "hack", "stone", "beat", "burn",
              "assassin", "himself", "herself", "neutrali", "the loss of"]
# Per-pattern literal prefilter (Aho-Corasick `str.contains_any`, much cheaper than the regex):
# a sentence without any of these substrings cannot match that pattern.
_NUM_CUES = (list("0123456789") + ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                   "eleven", "twelve", "twenty", "thirty", "forty", "fourty", "fifty", "sixty",
                                   "seventy", "eighty", "ninety", "teen", "zero", "hundred", "thousand", "dozen", "several", "many",
                                   "numerous", "multiple", "countless", "number", "few", "couple", "handful", "scores"])
# A second literal prefilter where one list is not selective enough (both must hit).
PREFILTER_ALSO = {"num_paren": [" ("], "toll_it": ["toll"], "np_passive": [" were ", " are ", " have been ", " had been ", " was ", " died"],
                  "conj_adj": ["left ", "leaving ", "leaves "], "wounded_died": ["wounded ", "injured ", " hit ", " shot ", " struck ", " stabbed "],
                  # (a list of singulars ends with "and": "an army colonel, a major and two soldiers")
                  "coord_sg": [" and "], "coord_sg2": [" and "]}
PREFILTER = {
    "num_first": _NUM_CUES, "num_plain": _NUM_CUES, "abbrev": _NUM_CUES, "num_paren": _NUM_CUES, "np_passive": _NUM_CUES,
    "verb_first": _VERB_CUES, "verb_second": _VERB_CUES, "bare": _VERB_CUES + ["dead", "died", "wound", "injur"],
    "toll": ["toll", "number of", "death count", "body count"], "toll_it": ["; it ", ", it ", " but it ", " and it "],
    "lives": [" lives"], "colon": [":", "="], "colon_next": [":", "="], "left": ["left ", "leaving ", "leaves "], "pron": ["he ", "she "],
    "conj": [" and ", " plus "], "list": [", "], "self": ["himself", "herself", "detonat", "set off h", "setting off h", "triggered h", "triggering h"], "to_death": [" to death"], "another": [" another "], "poss_body": ["his body", "her body", "a body", "one body", "s body", "his corpse", "her corpse", "a corpse", "one corpse", "s corpse"], "poss_item": [" his ", " her ", " their "], "poss_semi": ["; his ", "; her ", "; their "], "lost": ["lost ", "losing ", "loses "], "left_adj": ["left ", "leaving ", "leaves "],
    "conj_adj": [" dead ", " injured ", " wounded "],
    "ablaze": ["ablaze", "alight", "on fire"], "ablaze_first": ["ablaze", "alight", "on fire"], "their_bodies": ["their bodies", "captured", "kidnapped", "abducted", "seized", "missing", "detained", "bodies of the", "remains of the"], "sing": ["was ", "is ", "has been", "had been"],
    "as_was": ["as was", "as were", "so was", "so were", "as did"], "as_was_and": ["as were", "so were"], "kin": [" his ", " her ", " their "],
    "injured_died": [" died", " die", "succumbed"], "injured_whom_died": [" of whom "], "wounded_died": [" died", "succumbed"], "who_died": [" who "], "both": ["both "], "result_death": ["his death", "her death", "his instant", "her instant", "his subsequent", "her subsequent", "his eventual", "her eventual"], "estimate": ["estimated", " put at", "believed to be", "thought to be"], "along": ["along with", "together with", "alongside", "as well as", "plus ", "with his", "with her", "with their", "in addition to"],
    "along_next": ["along with", "together with", "alongside", "as well as", "plus ", "with his", "with her", "with their", "in addition to"], "coord_sg": [" and a ", " and an ", " and one ", ", a ", ", an "], "coord_sg2": [" and a ", " and an ", " and one ", ", a ", ", an "], "hostage_dead": ["hostages", "captives"],
    "crossed": ["crossed ", "poured across"], "ellipsis": [" in ", " at "], "revised_to": ["this to ", "that to ", "it to ", " down to ", " up to ", "figure to ", "toll to ", "number to ", "count to ", "tally to "], "paren_revised": ["(later ", "(since ", "(subsequently ", "(eventually ", "(now "], "themselves": [" themselves"], "into_custody": ["custody"], "one_who": [" who "], "num_who": [" who "],
    "revised": ["from ", "earlier", "previous", "initial", "preliminary", "first"],
    "subgroup": ["including", "among", "of whom", "mostly", "most of", "all of them", "many of them",
                 "some of them", "the dead include", "the victims include"],
    "subgroup_next": ["including", "among", "the dead include", "the victims include"],
    "pron_and": ["him and ", "her and "], "bodies_pair": [" and another "], "later_dead": [" later ", " subsequently ", " eventually "], "far_subject": [" and "],
    "forced_from": ["forc", "drov", "driv"],
    "noun_of": ["abduction of", "kidnapping of", "kidnap of", "displacement of"],
    "none_survived": ["none of "],
    "one_of_held": ["execution of one", "beheading of one", "killing of one", "murder of one"],
    "ordinal": ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
    "ordinal_body": [" body", " corpse"],
    "num_and_bare": [" and "], "abbrev": ["kia", "wia", "mia"],
    "missing_dead": ["found dead", "found murdered", "found killed", "found shot dead", "found beheaded"],
    "negation": ["no ", "no-", "nobody", "none", "without"], "coded": ["coded ", "recorded "], "coded_here": [" coded ", " recorded "],
}
