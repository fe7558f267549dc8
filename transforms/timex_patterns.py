"""Regular expressions for time expressions, written for LOWERCASED text.

One alternation (`TIMEX_RE`) finds every candidate; alternatives are ordered from the longest,
most specific shape to the shortest because the regex engine takes the first alternative that
matches at the leftmost position. Word boundaries are ASCII (`(?-u:\\b)`) and there is no `(?i)`:
the caller lowercases the body once (ENGINEERING.md: 7x faster).
Shapes beyond dates/times/durations: "last/next <month>", "fall" with a modifier or year, quarters
("this year's third quarter", "the 1988 period", "year-earlier"), anchored "later that day" / "the same
week" / "the next morning", holidays, spoken years ("nineteen ninety-six"), clock times with US time
zones and a following day ("5 p.m. EST, Nov. 6", "4 a.m. EDT Thursday", "4 in the morning"), compound
number words ("twenty four hours"), "5 1/2 hours"; SET "N times a year" needs times/days/nights/hours,
so "seven a year ago" and "$50,000 a month" are not sets.
"""
from __future__ import annotations

B = r"(?-u:\b)"


def alt(*xs: str) -> str:
    return "(?:" + "|".join(xs) + ")"


MONTH_FULL = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    # French / Spanish (datelines)
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5,
    "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10,
    "noviembre": 11, "diciembre": 12,
}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH_NUM = {**MONTH_FULL, **MONTH_ABBR}
WEEKDAY_NUM = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
               "sunday": 7, "lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5,
               "samedi": 6, "dimanche": 7, "lunes": 1, "martes": 2, "miércoles": 3, "jueves": 4,
               "viernes": 5, "sábado": 6, "domingo": 7}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "another": 1, "a single": 1,
    "half a": 0, "half an": 0, "a couple of": 2, "couple of": 2, "twenty-four": 24, "forty-eight": 48, "seventy-two": 72, "thirty-six": 36,
}
VAGUE_NUMBERS = ["several", "a few", "few", "many", "some", "a number of", "the coming",
                 "the next few", "the past few", "the last few", "recent"]
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
NUMBER_WORDS.update({f"{t}{sep}{u}": tv + uv for t, tv in _TENS.items() for u, uv in _UNITS.items() for sep in ("-", " ")})
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

_en_months = sorted(MONTH_FULL, key=len, reverse=True)
MONTH_EN = alt("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december",
               r"jan\.?", r"feb\.?", r"mar\.?", r"apr\.?", r"jun\.?", r"jul\.?", r"aug\.?",
               r"sept?\.?", r"oct\.?", r"nov\.?", r"dec\.?")
MONTH_NOMAY = alt("january", "february", "march", "april", "june", "july", "august",
                  "september", "october", "november", "december")
MONTH_ANY = alt(*[m for m in _en_months if m not in MONTH_ABBR], r"jan\.?", r"feb\.?", r"mar\.?",
                r"apr\.?", r"jun\.?", r"jul\.?", r"aug\.?", r"sept?\.?", r"oct\.?", r"nov\.?", r"dec\.?")
WD = alt("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WD_ALL = alt(*sorted(WEEKDAY_NUM, key=len, reverse=True))
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[6-9][0-9]{2}|20[0-9]{2})"
YEAR_B = B + YEAR + r"(?-u:\b)"
PART = alt("morning", "afternoon", "evening", "night")
NUMW = alt(*sorted((k for k in NUMBER_WORDS if k not in ("a", "an")), key=len, reverse=True),
           r"[0-9]+ 1/2", r"[0-9]{1,3}(?:,[0-9]{3})+", r"[0-9]+(?:\.[0-9]+)?", "an?", *VAGUE_NUMBERS)
UNIT = alt("seconds?", "minutes?", "hours?", "days?", "weeks?", "fortnights?", "months?", "years?",
           "decades?", "centur(?:y|ies)", "quarters?")
APPROX = alt("about", "around", "approximately", "nearly", "almost", "roughly", "some", "more than",
             "less than", "just over", "just under", "over", "under", "at least", "at most", "up to",
             "barely", "only", "just", "close to", "well over")
REL = alt("last", "next", "this", "coming", "past", "previous", "following", "same", "current")
SEASON = alt("spring", "summer", "autumn", "winter")
CLOCK = alt(r"[0-9]{1,2}(?:[:.][0-9]{2})? ?(?:a\.m\.|p\.m\.|(?:am|pm)" + B + ")",
            r"[0-9]{1,2}(?: o'clock)? in the (?:morning|afternoon|evening)" + B, r"[0-9]{1,2} o'clock",
            r"[0-9]{1,2}:[0-9]{2}" + B, r"[0-9]{4} (?:gmt|utc)" + B, "noon" + B, "midday" + B, "midnight" + B)
# a year read out in broadcast transcripts ("nineteen ninety-six")
SPOKEN_YEAR = rf"nineteen (?:{alt(*_TENS)}(?:[- ]{alt(*_UNITS)})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
DATE_ABS = alt(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}",
    r"[0-9]{1,2}[/.][0-9]{1,2}[/.](?:[0-9]{4}|[0-9]{2})" + B,
    rf"(?:{WD},? )?{MONTH_ANY} {DAY},? {YEAR}",
    rf"(?:{WD},? )?{DAY} (?:of )?{MONTH_ANY},? {YEAR}",
    rf"(?:{WD_ALL},? )?{DAY} (?:de )?{MONTH_ANY}(?: (?:de )?{YEAR})?",
    rf"(?:{WD},? )?{MONTH_ANY} {DAY}" + B,
    rf"{MONTH_ANY},? (?:{YEAR}|{SPOKEN_YEAR})",
)
DAY_OF = rf"(?:the )?(?:morning|afternoon|evening|night|early hours) of (?:{DATE_ABS}|{WD})"
# holidays (month, day); the movable ones (`MOVABLE_HOLIDAYS`) carry a typical day, which only picks the year, and
# get their real day from `timex_parts.movable_holiday`
HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
            "new year's eve": (12, 31), "new year's day": (1, 1), "valentine's day": (2, 14), "halloween": (10, 31),
            "the fourth of july": (7, 4), "fourth of july": (7, 4), "veterans day": (11, 11),
            "veterans' day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11), "juneteenth": (6, 19),
            "st. patrick's day": (3, 17), "saint patrick's day": (3, 17),
            "thanksgiving day": (11, 25), "thanksgiving": (11, 25), "easter sunday": (4, 8), "easter monday": (4, 9),
            "easter": (4, 8), "good friday": (4, 6), "palm sunday": (4, 1), "ash wednesday": (2, 22), "election day": (11, 5), "labor day": (9, 4), "memorial day": (5, 28),
            "martin luther king jr. day": (1, 20), "martin luther king day": (1, 20), "mlk day": (1, 20),
            "presidents' day": (2, 17), "presidents day": (2, 17), "mother's day": (5, 11), "father's day": (6, 15),
            "columbus day": (10, 12), "may day": (5, 1), "black friday": (11, 26), "cyber monday": (11, 29)}
# movable holidays (US ones: Thanksgiving, Black Friday, Cyber Monday, Election Day, Labor Day, Memorial Day, MLK Day, Presidents' Day, Mother's and
# Father's Day, Columbus Day): (first day it can fall on, ISO
# weekday) -> the first such weekday on or after that day; Easter's are days from Easter Sunday
MOVABLE_HOLIDAYS = {"thanksgiving": ((11, 22), 4), "thanksgiving day": ((11, 22), 4), "election day": ((11, 2), 2), "labor day": ((9, 1), 1),
                    "memorial day": ((5, 25), 1), "martin luther king jr. day": ((1, 15), 1), "martin luther king day": ((1, 15), 1),
                    "mlk day": ((1, 15), 1), "presidents' day": ((2, 15), 1), "presidents day": ((2, 15), 1),
                    "mother's day": ((5, 8), 7), "father's day": ((6, 15), 7), "columbus day": ((10, 8), 1),
                    # the day after Thanksgiving, and the Monday after it
                    "black friday": ((11, 23), 5), "cyber monday": ((11, 26), 1)}
EASTER_OFFSETS = {"ash wednesday": -46, "palm sunday": -7, "good friday": -2, "easter sunday": 0, "easter": 0, "easter monday": 1}
HOLIDAY = alt(*[h.replace(".", r"\.").replace("'", "['’]") for h in sorted(HOLIDAYS, key=len, reverse=True)])
# "May" before a figure it dates
MAY_FIGURE = r"may (?:retail|consumer|producer|factory|housing|home|auto|car|jobs|payrolls?|employment|unemployment|inflation|trade|sales|figures|data|numbers|statistics)"
DATE_REL = alt(
    # a holiday's weekend: "the Easter weekend", "over the Labor Day holiday weekend"
    rf"(?:(?:last|next|this|the) )?{HOLIDAY}(?: holiday)? weekend",
    rf"(?:(?:last|next|this) )?{HOLIDAY}(?:,? {YEAR})?",
    rf"(?:(?:late|early) )?(?:(?:last|next|this|coming|past|this coming|this past) )?{WD}(?: (?:{PART}|lunchtime))?",
    rf"(?:yesterday|today|tomorrow)(?: (?:{PART}))?",
    rf"(?:this|last) (?:{PART})", "tonight", "overnight", "lunchtime", "lunch time", "midday",
    rf"the (?:day|week|month|year) (?:before|after)(?: last)?",
    rf"(?:(?:earlier|later) )?(?:on )?(?:that|the) same (?:day|week|month|year|morning|afternoon|evening|night)",
    rf"(?:(?:earlier|later) )?that (?:day|week|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|{MONTH_NOMAY})",
    rf"(?:earlier|later) in the (?:day|week|month|year)",
    rf"the (?:next|following|previous|prior|preceding) (?:morning|afternoon|evening|night)",
    rf"the (?:previous|prior|preceding|following|next) (?:day|week|month|quarter|year|weekend)",
    rf"(?:(?:the|last|next|this|coming|past|this past) )?weekend",
    rf"(?:(?:earlier|later|early|late) )?(?:this|last|next) (?:week|month|year|quarter|spring|summer|autumn|winter|season|decade|century)",
    rf"(?:(?:the )?(?:start|beginning|end|middle|turn|rest) of )(?:the |this |last |next )?(?:{MONTH_NOMAY}|may|week|month|year|quarter|decade|century|{YEAR})(?: {YEAR})?",
    rf"the (?:fiscal[- ])?(?:first|second|third|fourth|1st|2nd|3rd|4th|latest|last|final) (?:quarter|half)(?: of (?:(?:fiscal (?:year )?)?{YEAR}s?|the '[0-9]0s|{MONTH_NOMAY}|may|the year|this year|last year|next year))?",
    rf"(?:fiscal )?(?:first|second|third|fourth)[- ]quarter",
    # company reporting years: "fiscal 1989", "the fiscal year", "for the full year", "by year-end", "by mid-year"
    rf"fiscal (?:year )?{YEAR}", r"(?:around )?year(?:[- ]|['’]s )end", r"mid-?year",
    rf"(?:the )?(?:comparable |same )?(?:year|month)-(?:earlier|ago) (?:(?:first|second|third|fourth) )?(?:quarter|period|month)",
    rf"(?:the )?{YEAR} (?:quarter|period)", "last year's (?:quarter|period)", "the latest period",
    rf"the quarter",
    rf"(?:the )?(?:(?:last|next|this|early|late|mid-?) ?)?(?:{SEASON})(?:,? (?:of )?(?:{YEAR}|{SPOKEN_YEAR}))",
    rf"(?:the (?:early |late )?|(?:this past|this coming|last|next|this|early|late|mid-?) ?)?(?:{SEASON})",
    rf"(?:last|next|this|early|late) fall(?:,? (?:of )?{YEAR})?", rf"(?:the )?fall of {YEAR}", rf"fall {YEAR}",
    rf"(?:the )?(?:early |late |mid-?)?{YEAR}s",
    rf"(?:the )?'[0-9]0s",
    rf"(?:the )?(?:[0-9]{{2}}(?:st|nd|rd|th)|{alt('first','second','third','fourth','fifth','sixth','seventh','eighth','ninth','tenth','eleventh','twelfth','thirteenth','fourteenth','fifteenth','sixteenth','seventeenth','eighteenth','nineteenth','twentieth','twenty-first')}) century",
    rf"(?:early|late|mid-?) ?(?:{MONTH_NOMAY}|may)(?: {YEAR})?",
    rf"(?:early|late|mid-?) ?{YEAR}",
    rf"(?:{MONTH_NOMAY}|may) (?:last|this|next) year",
    rf"(?:in|since|until|by|of|from|through|to|last|next|early|late|and|or) may(?: {YEAR}| {DAY}(?:,? {YEAR})?| (?:last|this|next) year)?",
    # "May" before a figure it dates ("will release May retail sales"; timex.py keeps the month only)
    MAY_FIGURE,
    # "the fall" after a preposition of time is the season ("unveil it in the fall"; "the fall of Rome" is dropped in timex.py)
    rf"(?:in|by|during|until|through|since|over) the fall(?: of {YEAR})?",
    rf"(?:last|next|this|coming) (?:{MONTH_NOMAY}|may)",
    # a month after or before the last date named ("was convicted in November 2023 and sentenced the following March")
    rf"the (?:following|previous|preceding) (?:{MONTH_NOMAY}|may)",
    rf"{MONTH_NOMAY}",
    rf"(?:(?:earlier|later) )?(?:today|tonight)",
    "right now", "now", "currently", "nowadays", "recently", "more recently", "lately",
    r"(?:this|last|next|the past|the last|the current) century",
    r"the (?:early |late |mid-?)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
    "the past", "the (?:near |distant )?future", "the (?:near|short) term", "as soon as possible", "these days",
    "then[- ]current", "current", "recent",
    "the (?:days|weeks|months|years) ahead",
    "recent (?:years|months|weeks|days|decades)", "(?:this|that) time",
    # spoken years (broadcast transcripts): "nineteen ninety-six", "the year two thousand"
    SPOKEN_YEAR,
    rf"the year two thousand(?: and {alt(*_UNITS, 'ten')})?",
    YEAR_B,
    # an earlier year after a preposition of time ("did so in 1415", "since 1066"); timex.py drops the preposition
    r"(?:in|since|until|from) 1[0-5][0-9]{2}",
    "the (?:(?:current|latest|full|entire) )?(?:fiscal |financial |calendar )?year", "the new year",
    # "for the week", "the month's": the week / month of the previous date (others are dropped in timex.py)
    "the (?:week|month)",
)
DUR_SET = alt(
    rf"(?:every|each) (?:other |second |third |few |couple of )?(?:day|week|month|year|quarter|morning|afternoon|evening|night|weekend|{WD}|decade|hour|minute|fortnight)s?",
    rf"(?:every|each) (?:[0-9]+|two|three|four|five|six|ten|twelve) (?:days|weeks|months|years|hours|minutes)",
    rf"(?:(?:{NUMW}) (?:times|days|nights|hours)|once|twice) (?:a|per|each|every) (?:day|week|month|year)",
    rf"(?:every|each) (?:{MONTH_NOMAY}|may|{SEASON}|fall)",
    "daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "fortnightly", "quarterly",
    rf"{WD}(?:s|s? (?:mornings|afternoons|evenings|nights))", "weekends", "per (?:day|week|month|year)",
)
_SMALL = r"(?:[0-9]{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty)"
DURATION = alt(
    # "a quarter century" (P25Y), "half a century" (P50Y): before "a quarter" / "half a" take the number
    rf"(?:{APPROX} )?(?:a|the past|the last) quarter[- ]century(?: ago)?|(?:{APPROX} )?half a (?:century|decade)(?: ago)?",
    rf"(?:{APPROX} )?(?:the )?(?:{REL}|first|last|next|past) (?:{NUMW} )?(?:consecutive |straight |full )?{UNIT}",
    # (with compound clock durations: "three hours and two minutes", "one hour, eight minutes and 12 seconds")
    rf"(?:{APPROX} )?{NUMW}(?:-| )(?:and a half )?(?:consecutive |straight |full |more |trading |working |calendar )?{UNIT}"
    rf"(?:,? (?:and )?{_SMALL} (?:hours?|minutes?|seconds?)){{0,2}}(?: and a half)?(?:(?: or so)? (?:ago|earlier|from now))?",
    rf"(?:{APPROX} )?(?:a|an|one) (?:(?:additional|extra|further) )?(?:year|month|week|day|decade)'?s?(?:(?: or so)? (?:ago|earlier|from now))?",
    rf"(?:{APPROX} )?(?:years|months|weeks|days|hours|minutes|decades|centuries)(?: ago)?",
    # ("the week to July 7" stays one duration: "the week" alone is no time expression)
    rf"(?:the )?week (?:to|ended|ending) (?:{MONTH_NOMAY}|may)(?: [0-9]{{1,2}})?",
    rf"the whole of (?:{YEAR}|the year|last year)",
    rf"most of the (?:year|month|week|day)",
)
TIME = alt(
    rf"(?:(?:about|around|approximately) )?{CLOCK}(?: (?:local time|gmt|utc|[ecmp][sd]t|et|(?:eastern|central|mountain|pacific)(?: standard| daylight)? time){B})?(?:,? (?:on )?(?:{WD},? {MONTH_ANY} {DAY}(?:,? {YEAR})?|(?:next |this |last )?{WD}|(?:yesterday|today|tomorrow) (?:morning|afternoon|evening|night)|last night|tonight|this (?:morning|afternoon|evening)|today|yesterday|tomorrow|{MONTH_ANY} {DAY}(?:,? {YEAR})?|{DAY} {MONTH_ANY}(?: {YEAR})?){B})?",
    rf"(?:(?:late|early) in )?the (?:{PART})(?: of (?:{DATE_ABS}|{WD}))?{B}",
    # a bare early or late part of the day ("killed by early afternoon"; "late night" is mostly a show)
    rf"(?:early|late) (?:morning|afternoon|evening){B}",
    DAY_OF + B,
    rf"mid[- ]?(?:morning|afternoon)(?: (?:yesterday|today|tomorrow|{WD}))?" + B,
)
# order matters: absolute dates, times (they may end in a date), durations, sets, relative dates


def _bounded(group: str) -> str:
    """Give every top-level alternative of `alt(...)` its own trailing ASCII word boundary."""
    inner = group[3:-1]
    parts, depth, cur = [], 0, ""
    for i, ch in enumerate(inner):
        esc = i > 0 and inner[i - 1] == "\\"
        if ch in "([" and not esc:
            depth += 1
        elif ch in ")]" and not esc:
            depth -= 1
        if ch == "|" and depth == 0 and not esc:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return alt(*[p if p.endswith(B) else p + B for p in parts])


# shapes whose prefix another group would take first ("this year" of "this year's third quarter",
# the DURATION "a year" of "a year-earlier loss")
PRIORITY = alt(
    # compact reporting periods: "Q4 2012", "first-half 2013"
    rf"q[1-4] {YEAR}", rf"(?:first|second)[- ]half(?: of)? {YEAR}",
    rf"(?:the )?(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)[ -](?:quarter|half) of (?:calendar (?:year )?)?{YEAR}",
    # a year named with its noun: "before the year 2000", "the calendar year 1990"
    rf"the (?:calendar )?year {YEAR}",
    # a quarter or half named by its months: "the final three months of 2012" (Q4), "the first six months of this year" (H1)
    rf"the (?:first|last|final) (?:three|six) months of (?:{YEAR}|the year|this year|last year|next year)",
    rf"(?:the )?(?:(?:fiscal )?{YEAR}['’]?s?|this year['’]s|last year['’]s|next year['’]s) (?:first|second|third|fourth) (?:quarter|half)",
    rf"(?:the )?(?:comparable |same )?(?:year|month)-(?:earlier|ago) (?:(?:first|second|third|fourth) )?(?:quarter|period|month)",
    r"(?:an? |the )?year-(?:earlier|ago)",
    # "the week of Nov. 15", "the day after Labor Day", "the previous Thursday" (before a date shape takes the date)
    rf"the week of (?:{MONTH_ANY} {DAY}|{DAY} (?:of )?{MONTH_ANY})(?:,? {YEAR})?",
    rf"the (?:first|second|third|fourth|last|final) week of {MONTH_ANY}(?:,? {YEAR})?",
    # "the first Monday in February", "the fourth Thursday of November"
    rf"the (?:first|second|third|fourth|last|final) {WD} (?:in|of) {MONTH_ANY}(?:,? {YEAR})?",
    # a reporting week named by its last day ("the week ending 9 March") or its number ("epidemiological week 9")
    rf"the week (?:ending|ended) (?:{MONTH_ANY} {DAY}|{DAY} (?:of )?{MONTH_ANY})(?:,? {YEAR})?",
    rf"(?:epidemiological|epidemiologic|epi) week (?:no\.? )?[0-9]{{1,2}}(?:(?: of|,)? {YEAR})?",
    # "the same period last year", "the corresponding quarter a year earlier": the last period named, a year back
    r"the (?:same|corresponding|comparable) (?:period|quarter|month|week|half|time) (?:of |in )?"
    r"(?:last year|the (?:previous|prior) year|a year (?:ago|earlier|before))",
    rf"the day (?:before|after) (?:(?:last|next|this) )?(?:{WD}|{HOLIDAY}|{MONTH_ANY} {DAY}|{DAY} (?:of )?{MONTH_ANY})",
    rf"the (?:previous|following) {WD}(?: {PART})?",
    # a quarter named by its months: "the October-December quarter", "the July-to-September period"
    rf"(?:the )?{MONTH_ANY}(?:-| to |-to-){MONTH_ANY}(?: {YEAR})? (?:quarter|period)",
    # and by the month that closes it: "the December quarter" (Q4), "the June 2012 quarter"
    rf"the (?:march|june|september|december|sept?\.|dec\.)(?: {YEAR})? quarter",
)
# a year of an era ("A.D. 79", "44 B.C.", "44 BC"; the dotted ending takes no word boundary; a lowercased "ad" is
# too often an advertisement: "12 ad slots")
ERA_YEAR = alt(r"a\.d\. [0-9]{1,4}" + B, r"[0-9]{1,4} (?:a\.d\.|b\.c\.)", r"[0-9]{1,4} bce?" + B)
# a period named by the month that closes it is one duration ("the three months to September"); before a day the day
# is its own date ("the three months to April 30"): no lookahead, so the character after the month is taken (and
# trimmed again in timex.py, `PERIOD_TO_TAIL`), a digit there fails the alternative
PERIOD_TO = (rf"(?:the )?(?:(?:three|six|nine|twelve|[0-9]+) months|week|(?:two|four|[0-9]+) weeks) (?:to|ended|ending) (?:{MONTH_NOMAY}|may)"
             r"(?:$|[,.]| [a-z])")  # (a wider class there, "[,.;:]", takes the regex off its fast path: ~8x slower)
PERIOD_TO_TAIL = r"(?:months|weeks?) (?:to|ended|ending) [a-z]+([,.]| [a-z])$"
TIMEX_RE = B + alt(_bounded(PRIORITY), ERA_YEAR, _bounded(DATE_ABS), TIME, _bounded(DUR_SET), PERIOD_TO, _bounded(DURATION), _bounded(DATE_REL))
