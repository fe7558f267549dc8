"""Writes articles.jsonl: hand-written base stories, their reprints/edits/updates, and distinct
stories on the same topics (some reusing an agency's background paragraphs). `story` is the label.
Run once; the JSONL is the labelled set (python tests/eval/syndication/make_set.py)."""
import json
import random
from pathlib import Path

BG_SAHEL = ("Mali's army has been struggling in the face of a jihadist revolt that has spread from the "
            "arid north to its centre, an ethnically mixed and volatile region. The violence has also "
            "spilled over into Burkina Faso and Niger, where militants have exploited inter-communal strife.")
BG_NIGERIA = ("The jihadist insurgency in northeast Nigeria has killed more than 40,000 people and displaced "
              "around two million since 2009, and has spread to neighbouring Niger, Chad and Cameroon.")
BASES = {
 "mali_post": ["Fifty-three soldiers were killed on Friday in a terrorist attack on a military post in northeast Mali, the government said.",
   "A civilian was also killed at the outpost in Indelimane, in the Menaka region, close to the border with Niger, communication minister Yaya Sangare said on Twitter.",
   "He said 10 survivors were found at the outpost, which suffered significant damage, and that reinforcements had been sent to hunt down the attackers.",
   "No group immediately claimed responsibility for the assault, one of the deadliest against the Malian military in recent years.", BG_SAHEL],
 "mali_boulkessi": ["Jihadists killed at least 25 soldiers in twin attacks on army camps at Boulkessi and Mondoro in central Mali near the Burkina Faso border, the army said on Tuesday.",
   "Fifteen soldiers were missing and the attackers seized weapons and vehicles before troops backed by French aircraft regained control of the camps.",
   "The defence ministry said about 15 assailants were killed in the fighting, which lasted several hours, and that a search operation was under way.",
   "The camps are used by a battalion of the G5 Sahel joint force, which groups troops from five countries in the region.", BG_SAHEL],
 "konduga": ["At least 12 people were killed on Monday when a suicide bomber detonated explosives at a crowded cattle market in Konduga, about 35 kilometres from Maiduguri, police said.",
   "Police spokesman Sani Kamilu Bello said 30 other people were injured and taken to the State Specialist Hospital in Maiduguri.",
   "Witnesses said the bomber, a young man, mingled with traders at about 10:40am before setting off the device near the livestock pens.",
   "Traders from Cameroon and Chad attend the weekly market, which had reopened last year after being shut for security reasons.", BG_NIGERIA],
 "zamfara_kidnap": ["Gunmen abducted 279 schoolgirls from a government secondary school in Jangebe in Zamfara state in the early hours of Friday, police and residents said.",
   "Dozens of attackers arrived on motorcycles and in trucks and herded the girls into the forest, a teacher who hid in the staff quarters said.",
   "State governor Bello Matawalle said security forces had launched a search and rescue operation and appealed to parents to remain calm.",
   "Criminal gangs known locally as bandits have carried out a series of mass abductions for ransom in the northwest this year."],
 "sebba": ["Suspected Islamist militants killed 17 soldiers and four volunteer fighters when they ambushed a supply convoy near the town of Sebba in northern Burkina Faso on Monday, the army said on Tuesday.",
   "Another 22 soldiers were wounded and several lorries carrying food and fuel were set alight, the army said in a statement read on state broadcaster RTB.",
   "The convoy was heading from Dori to Sebba, a town in Yagha province that militants have blockaded for more than a year, when gunmen on motorbikes opened fire on it.",
   "The roughly 30,000 people living in Sebba have depended on army convoys for food since militants cut the main road and blew up a bridge last year."],
 "derna_flood": ["Floods in eastern Libya have killed at least 5,300 people after two dams burst in the city of Derna, an interior ministry official said on Wednesday.",
   "Thousands more were missing after the torrent swept entire neighbourhoods into the sea, said Tarek al-Kharraz, a spokesman for the eastern administration.",
   "Rescue teams from Egypt, Tunisia and the United Arab Emirates arrived as bodies wrapped in blankets lined the streets outside the city hospital.",
   "Storm Daniel struck on Sunday, dumping torrential rain on a coastal region where infrastructure had been neglected during years of conflict."],
 "kenya_bus": ["At least 52 people were killed on Friday evening when a truck lost control and ploughed into vehicles and market traders at Londiani junction in western Kenya, police said.",
   "Regional police commander Tom Odero said the death toll was likely to rise as rescuers searched under the wreckage of a dozen minibuses and cars.",
   "Interior minister Kithure Kindiki said more than 30 injured people had been taken to hospitals in Kericho and Nakuru.",
   "The junction on the highway linking Nairobi and Kisumu is notorious for crashes involving heavy trucks."],
}
DISTINCT = {  # same topics, different stories (not copies of the above)
 "mali_other": ["Unidentified gunmen killed 14 civilians in an overnight raid on a village in the Mopti region of central Mali, local officials said on Sunday.",
   "The attackers burned granaries and stole cattle in Ogossagou before fleeing on motorbikes, the mayor of the nearby commune said.",
   "Dogon hunters and Fulani herders have clashed repeatedly in the area, and rights groups have accused both sides of massacres.", BG_SAHEL],
 "nigeria_other": ["Two suicide bombers killed at least 18 worshippers at a mosque in Konduga town in Borno state during dawn prayers on Sunday, a militia leader said.",
   "The bombers, both women, detonated their explosives inside and outside the mosque, leaving 25 others wounded, he said.",
   "No group claimed the attack but Boko Haram frequently uses women and girls as suicide bombers.", BG_NIGERIA],
 "kenya_other": ["Eleven people died when a passenger bus collided with a lorry on the Nairobi-Mombasa highway near Voi on Sunday morning, police said.",
   "The bus, carrying 60 passengers, was travelling to the coast when it veered into the path of the lorry, the county police commander said.",
   "Kenya's roads are among the deadliest in the region, with more than 4,000 people killed in crashes last year."],
 "libya_other": ["Flash floods killed at least seven people in the western Libyan town of Ghadames after a night of heavy rain, the municipality said on Thursday.",
   "Several homes collapsed and roads were cut, leaving families stranded on rooftops until civil defence teams reached them by boat.",
   "Rescue teams from the capital Tripoli were sent to help search for two people still missing."],
}
BOILER = ["ADVERTISEMENT", "Post Views: 392", "GET TOP NEWS FOR THE DAY DIRECT TO YOUR INBOX", "Subscribe to our newsletter for the latest updates.",
          "Follow us on Twitter and Facebook.", "Read more: Sahel crisis explained", "Copyright 2024. All rights reserved."]
SYN = {"killed": "left dead", "said": "stated", "attack": "assault", "soldiers": "troops", "people": "persons", "on Friday": "Friday",
       "militants": "insurgents", "near": "close to", "about": "around", "wounded": "injured", "town": "locality"}


def edit(paras, rnd, rate=0.5):
    out = []
    for p in paras:
        for a, b in SYN.items():
            if a in p and rnd.random() < rate:
                p = p.replace(a, b, 1)
        out.append(p)
    return out


def bump_numbers(p, rnd):
    words = p.split()
    return " ".join(str(int(w) + rnd.choice([-4, 3, 6])) if w.isdigit() else w for w in words)


def variants(story, paras, rnd):
    yield "reprint+boilerplate", [rnd.choice(BOILER)] + paras + rnd.sample(BOILER, 3)
    yield "edited", edit(paras, rnd)[:-1]
    yield "update", ["The death toll rose on Saturday, officials said, as rescuers reached the area."] + [bump_numbers(p, rnd) for p in edit(paras, rnd, 0.3)]
    yield "truncated", paras[: max(2, (len(paras) * 3 + 4) // 5)]
    yield "dateline+signoff", [f"DAKAR, {rnd.choice(['May', 'Nov', 'Aug'])} {rnd.randint(1, 28)} (AFP) - " + paras[0]] + paras[1:] + ["-- AFP"]


def main():
    rnd = random.Random(7)
    rows = []
    for story, paras in BASES.items():
        rows.append({"id": f"{story}-orig", "story": story, "kind": "original", "body": "\n".join(paras)})
        for i, (kind, ps) in enumerate(variants(story, paras, rnd)):
            rows.append({"id": f"{story}-v{i}", "story": story, "kind": kind, "body": "\n".join(ps)})
    for story, paras in DISTINCT.items():
        rows.append({"id": f"{story}-orig", "story": story, "kind": "distinct", "body": "\n".join(paras)})
        rows.append({"id": f"{story}-v0", "story": story, "kind": "reprint+boilerplate", "body": "\n".join(paras + ["ADVERTISEMENT"])})
    out = Path(__file__).with_name("articles.jsonl")
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(len(rows), "rows ->", out)


if __name__ == "__main__":
    main()
