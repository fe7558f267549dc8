"""French and Spanish lexicons of the figure extractor (`transforms.figures_lexicon.Lexicon`).

Both languages share one set of pattern shapes, filled from a per-language vocabulary (`_FR`,
`_ES`); the pipeline that reads them is English's (`transforms.figures`). Patterns (groups: lead,
qualifier, number, rest, as in `figures_patterns`):
- num_first: "au moins 14 civils ont été tués", "20 blessés", "faisant 14 morts", "dejó nueve
  muertos", "al menos 14 personas murieron", "un policía murió", "des dizaines de morts";
- verb_first: "a tué 37 villageois", "causé la mort de 11 soldats", "asesinaron a cinco jóvenes";
- toll: "le bilan s'est alourdi à 42", "el número de fallecidos se elevó a 56" (killed);
- revised: "un précédent bilan de 30 morts", "un balance anterior de 25 fallecidos" (superseded);
- subgroup: "dont douze enfants", "entre ellos doce niños";
- article: "un policier a été tué", "un muerto", "y otro está desaparecido" (the article counts one
  only before a person, a category word or an auxiliary);
- bare (French): a plural without a number, passive only: "des civils ont été tués" (and "tuant
  des civils" in verb_first) is ACLED's plural, 10;
- negation: "aucune victime", "ningún muerto", "sin víctimas", "personne n'a été blessé".
Not read yet: Spanish bare plurals ("asesinaron a civiles"), named victims, kin and companions
("et son chauffeur"), a singular passive without an article, ACLED-style analysts' notes.
Regexes use Unicode word boundaries (accented words end in non-ASCII letters); they run only on
the French and Spanish rows, so English pays nothing for them.
"""
from __future__ import annotations

from collections.abc import Callable

import polars as pl

from transforms.figures_lexicon import NEVER, Attribution, Lexicon
from transforms.numbers import NumberWords
from transforms.numbers_fr_es import ARTICLES, ES, FR

B = r"\b"
WORD = r"[\w'’-]+"
BODIES_OF = r"\b(?:cuerpos|cadáveres|restos|corps|dépouilles|cadavres) d(?:e|es|e los|e las)? ?$"
GAP_WORD = r"[^\W\d_][\w'’-]*"  # a word between a number and its category word: no digits ("un marché a fait 31 morts")


def alt(words: str) -> str:
    items = [w.strip() for w in words.split("|") if w.strip()]
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


_FR = {
    "persons": (
        "personnes|civils|villageois|habitants|soldats|militaires|gendarmes|policiers|agents|casques bleus|jihadistes|"
        "djihadistes|terroristes|assaillants|hommes armés|rebelles|miliciens|combattants|insurgés|bandits|enfants|femmes|"
        "hommes|élèves|étudiants|fidèles|passagers|ouvriers|mineurs|orpailleurs|éleveurs|cultivateurs|agriculteurs|"
        "pêcheurs|commerçants|manifestants|membres|victimes|otages|suspects|individus|chrétiens|musulmans|missionnaires|"
        "migrants|réfugiés|familles|détenus|prisonniers|touristes|journalistes|humanitaires|travailleurs|chauffeurs|employés|autres|"
        "dozos|chasseurs|jeunes|fillettes|garçons|filles|bébés|gardes|militants|voyageurs|prêtres|enseignants|médecins|"
        "personne|civil|habitant|soldat|militaire|gendarme|policier|agent|casque bleu|jihadiste|djihadiste|terroriste|"
        "assaillant|rebelle|milicien|combattant|enfant|femme|homme|élève|étudiant|fidèle|passager|ouvrier|éleveur|"
        "cultivateur|pêcheur|commerçant|manifestant|membre|victime|otage|suspect|individu|missionnaire|migrant|"
        "journaliste|chauffeur|employé|jeune|fillette|garçon|fille|bébé|chef|imam|prêtre|enseignant|maire|élu|député|"
        "officier|commandant|garde|autre"),
    "killed": ("tués|tuées|tué|tuée|morts|mortes|mort|morte|décès|décédés|décédées|décédé|ont péri|a péri|péri|périssent|"
               "ont perdu la vie|a perdu la vie|perdu la vie|ont succombé|a succombé|succombé|abattus|abattu|massacrés|"
               "exécutés|assassinés|assassinées|assassiné|assassinée|cadavres|corps sans vie|sont morts|sont mortes|"
               "est mort|est morte|morts civils|morts militaires"),
    "injured": "blessés|blessées|blessé|blessée|hospitalisés|hospitalisées",
    "missing": "disparus|disparues|disparu|disparue|portés disparus",
    "kidnapped": "enlevés|enlevées|enlevé|enlevée|kidnappés|kidnappées|kidnappé|kidnappée|otages|pris en otage",
    "arrested": ("arrêtés|arrêtées|arrêté|arrêtée|interpellés|interpellées|interpellé|interpellée|appréhendés|"
                 "placés en garde à vue|écroués|capturés|capturé"),
    "displaced": ("déplacés|déplacées|déplacé|ont fui|fui|fuient|évacués|évacuées|sans-abri|sinistrés|"
                  "dû quitter leurs foyers|quitté leurs foyers|dû fuir"),
    "survivors": "secourus|secourues|rescapés|sauvés|survivants",
    "verbs": ("a tué|ont tué|tuant|tué|a abattu|ont abattu|abattant|a massacré|ont massacré|massacrant|a exécuté|"
              "ont exécuté|a assassiné|ont assassiné|causé la mort de|causant la mort de|coûté la vie à|coûtant la vie à|"
              "a blessé|ont blessé|blessant|blessé|a enlevé|ont enlevé|enlevant|enlevé|a kidnappé|ont kidnappé|kidnappé|"
              "kidnappant|a arrêté|ont arrêté|arrêté|a interpellé|ont interpellé|interpellé|a capturé|ont capturé|"
              "a déplacé|a secouru|ont secouru|neutralisé|neutralisés|neutralisant|a neutralisé|ont neutralisé|"
              "corps de|dépouilles de|cadavres de|secourir|sauver|ont sauvé|a sauvé"),
    "verb_det": "les |ses |leurs |",
    # a plural without a number, in the passive only ("des civils ont été tués", not "des jihadistes ont tué 3")
    "plural": "des",
    "passive": ("ont été|sont|auraient été|avaient été|ont tous été|ont également été|sont tous",
                "ont péri|ont perdu la vie|sont morts|sont mortes|ont succombé|ont fui|sont portés disparus"),
    "toll": (r"((?:nouveau |dernier |lourd |premier )?bilan(?: " + WORD + r"){0,6}? "
             r"(?:de|à|est de|était de|s'élève à|s’élève à|atteint|passe à|fait état de|porté à) )"),
    "revised": (r"((?:un |le )?(?:précédent|premier|ancien) bilan (?:officiel |provisoire )?(?:de |faisant état de |"
                r"faisait état de |était de |évoquait )|(?:un |le )?bilan (?:précédent|provisoire|initial|antérieur) "
                r"(?:de |faisait état de |était de ))"),
    "toll_cues": ["bilan"],
    "revised_cues": ["bilan"],
    "negation_cues": ["aucun", "pas ", "sans", "personne n"],
    "subgroup": "dont|parmi lesquels|parmi lesquelles|parmi eux|parmi elles|notamment|en majorité|pour la plupart",
    "subgroup_after": r"^ d['’]entre (?:eux|elles)",
    "negation": (r"((?:aucune|aucun|pas de|pas un seul|sans faire de|sans faire aucune|sans|personne n['’](?:a|ont)))()()"
                 r"((?: " + WORD + r"){0,4}? (?:victimes?|morts?|tués?|blessés?|blessées?|décès|pertes en vies humaines)"
                 r"(?: (?:ni|ou|et) (?:de )?(?:morts?|tués?|blessés?|blessées?))?)"),
    # nobody killed nor injured: "aucune victime", "ni mort ni blessé"
    "negation_both": (B + r"(?:victimes?|pertes en vies humaines|(?:morts?|tués?) (?:ni|ou|et) (?:de )?bless\w*|"
                      r"bless\w* (?:ni|ou|et) (?:de )?(?:morts?|tués?))" + B),
    "aux": ("ont|sont|a|est|été|auraient|aurait|avaient|avait|tous|toutes|également|aussi|au|total|en|tout|de|d'entre|"
            "eux|elles|encore|déjà|ensuite|finalement|respectivement|grièvement|légèrement|mortellement|gravement|par|"
            "balle|balles|portés|porté|y|personnes|autres|plus|dans|l'attaque|l’attaque|lundi|mardi|mercredi|jeudi|"
            "vendredi|samedi|dimanche|hier|auraient|seraient|sont|été"),
    "forbid": ("ans|années|mois|jours|semaines|heures|minutes|km|kilomètres|francs|fcfa|cfa|euros|dollars|maisons|"
               "habitations|cases|véhicules|voitures|camions|motos|têtes|bœufs|bovins|animaux|hectares|tonnes|cent|fois|"
               "attaques|villages|localités|bilan|attaque|qui|que|après|avant|depuis|contre|lors"),
    "age": r"((?: |-)?ans)\b",
    "background": (r"\b(?:depuis (?:[0-9]{4}|le début|le déclenchement|janvier|février|mars|avril|mai|juin|juillet|août|"
                   r"septembre|octobre|novembre|décembre|lors|des années)|en (?:19|20)[0-9]{2}|l['’]an dernier|"
                   r"l['’]année dernière|ces dernières années|ces derniers mois|au cours des (?:dernières|derniers)|"
                   r"il y a (?:\w+ )?(?:jours|semaines|mois|ans)|attaques? similaires?|(?:d['’]autres|une autre|"
                   r"une précédente) attaques?|depuis le début de l['’]année|au total depuis)\b"),
    "accused": r"\b(?:accusée?s? d['’]|soupçonnée?s? d['’]|accusée?s? de|soupçonnée?s? de)(?:avoir )?$",
    "alternative": r"\b(?:revendiqu\w*|d['’]autres sources|selon d['’]autres|de sources non confirmées)",
    "earlier": (r"\b(?:précédent|précédemment|initialement|auparavant|premier bilan|bilan provisoire|avait fait état|"
                r"avaient fait état|avait annoncé|avait indiqué|avait évoqué)\b"),
    "revision": (r"\b(?:s['’]est alourdi|alourdi|passé à|passe à|porté à|grimpé à|nouveau bilan|dernier bilan|"
                 r"revu à la hausse|revu à la baisse)"),
    "hypothetical": (r"\b(?:pourrait|pourraient|risque|risquent|menace de|menacé de|si|aurait pu|auraient pu|"
                     r"tenté de|tentaient de|voulait|prévoyait)\b"),
    "hedge_after": r"\b(?:pourrait|pourraient|risque)\b",
    "additive": r"\b(?:aussi|également|autres?|en outre|de plus|supplémentaires|ainsi que|de même que)\b",
    "clause_break": r"(?s)^.*(?:;| mais | alors que | tandis que |\. )",
    "relative": r" (?:qui|que|dont) .*$",
    "determiner_before": r"\b(?:les|ces)\s*$",
    "unconfirmed": r"\bnon confirmé",
    "said": ("indiqué|déclaré|annoncé|affirmé|précisé|ajouté|rapporté|confirmé|expliqué|souligné|assuré|raconté|dit|"
             "signalé|communiqué|indique|déclare|annonce|affirme|précise|rapporte|confirme|explique|souligne"),
    "according": r"(?:selon|d['’]après)",
    "days": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|à l'afp|à l’afp|à l'ap|à reuters",
    "aux_said": r"(?:a |ont |avait |avaient |aurait )?",
    "pronoun": r"^(?:il|elle|ils|elles|on|celle-ci|celui-ci)$",
    "lead_det": (r"^(?:mais |et |alors que |le |la |les |l['’]|un |une |des |du |de la |de l['’]|son |sa |ses |leur |"
                 r"leurs |cet |cette |ces )+"),
    "leading_conj": r"^(?:et |mais )",
    "stop_after_source": r"(?:[,.;:\"“”«»]|$| qui | citant | dans | lors | sous )",
    "groups": {
        "soldiers": r"soldat|militaire|casques? bleus?|troupe|officier|commandant",
        "police": r"polic|gendarme|agent|garde",
        "attackers": r"jihadiste|djihadiste|terroriste|assaillant|hommes armés|rebelle|milicien|insurgé|combattant|bandit|dozo",
        "children": r"enfant|élève|écoli|fillette|garçon|fille|bébé",
        "civilians": r"civil|villageois|habitant",
        "people": r"personne|individu|victime|autre",
    },
}
_ES = {
    "persons": (
        "personas|civiles|habitantes|pobladores|soldados|militares|policías|agentes|guardias|efectivos|uniformados|"
        "sicarios|pandilleros|guerrilleros|disidentes|narcotraficantes|terroristas|atacantes|hombres armados|hombres|"
        "mujeres|niños|niñas|menores|jóvenes|estudiantes|alumnos|pasajeros|mineros|campesinos|indígenas|comuneros|"
        "líderes sociales|líderes|migrantes|presos|reos|internos|reclusos|manifestantes|miembros|integrantes|víctimas|"
        "rehenes|sospechosos|individuos|misioneros|periodistas|trabajadores|conductores|choferes|turistas|fieles|"
        "vecinos|familias|otros|otras|bomberos|rescatistas|médicos|maestros|delincuentes|criminales|paramilitares|rebeldes|"
        "persona|civil|habitante|poblador|soldado|militar|policía|agente|guardia|efectivo|uniformado|sicario|"
        "pandillero|guerrillero|disidente|narcotraficante|atacante|hombre|mujer|niño|niña|menor|joven|estudiante|"
        "pasajero|minero|campesino|indígena|líder social|líder|migrante|preso|reo|interno|manifestante|miembro|"
        "integrante|víctima|rehén|sospechoso|individuo|misionero|periodista|trabajador|conductor|chofer|turista|"
        "vecino|otro|otra|alcalde|alcaldesa|concejal|bombero|médico|maestro|delincuente|comerciante"),
    "killed": ("muertos|muertas|muerto|muerta|murieron|murió|han muerto|ha muerto|fallecieron|falleció|fallecidos|"
               "fallecidas|fallecido|fallecida|asesinados|asesinadas|asesinado|asesinada|perdieron la vida|"
               "perdió la vida|víctimas mortales|cadáveres|ejecutados|masacrados|abatidos|abatido|muertes"),
    "injured": "heridos|heridas|herido|herida|lesionados|lesionadas|lesionado|lesionada|hospitalizados",
    "missing": "desaparecidos|desaparecidas|desaparecido|desaparecida",
    "kidnapped": ("secuestrados|secuestradas|secuestrado|secuestrada|raptados|raptadas|plagiados|rehenes|"
                  "tomados como rehenes"),
    "arrested": ("detenidos|detenidas|detenido|detenida|arrestados|arrestadas|arrestado|arrestada|capturados|"
                 "capturado|aprehendidos|aprehendido"),
    "displaced": ("desplazados|desplazadas|evacuados|evacuadas|huyeron|damnificados|tenido que abandonar sus hogares|"
                  "tenido que huir|abandonado sus hogares|huido"),
    "survivors": "rescatados|rescatadas|sobrevivientes|supervivientes|salvados",
    "verbs": ("mató|mataron|matando|asesinó|asesinaron|asesinando|ejecutó|ejecutaron|masacraron|causó la muerte de|"
              "causaron la muerte de|causando la muerte de|costó la vida a|costó la vida de|hirió|hirieron|hiriendo|"
              "secuestró|secuestraron|secuestrando|raptaron|detuvo|detuvieron|arrestó|arrestaron|capturó|capturaron|"
              "aprehendió|aprehendieron|rescató|rescataron|evacuó|evacuaron|neutralizó|neutralizaron|abatió|abatieron|"
              "cuerpos de|cadáveres de|restos de|rescatar|rescatar con vida a|rescataron con vida a|rescató con vida a|"
              # the subject after its verb: "fueron detenidas 12 personas", "en el ataque murieron cinco personas"
              "murieron|fallecieron|perdieron la vida|fueron asesinados|fueron asesinadas|resultaron heridos|"
              "resultaron heridas|fueron detenidos|fueron detenidas|fueron arrestados|fueron arrestadas|"
              "fueron secuestrados|fueron secuestradas|fueron rescatados|fueron rescatadas|fueron evacuados|"
              "fueron evacuadas|están desaparecidos|están desaparecidas"),
    "verb_det": "a |a los |a las |los |las |sus |",
    "plural": None,
    "passive": None,
    "toll": (r"((?:el |la )?(?:saldo|balance|cifra de (?:muertos|fallecidos|víctimas)|número de (?:muertos|fallecidos|"
             r"víctimas mortales|víctimas))(?: " + WORD + r"){0,6}? (?:de|a|en|es de|asciende a|ascendió a|se elevó a|"
             r"se eleva a|aumentó a|llega a|llegó a|subió a|alcanza|alcanzó) )"),
    "revised": (r"((?:un |el )?(?:balance|saldo|conteo|recuento|reporte|cifra) (?:oficial )?(?:anterior|previo|"
                r"preliminar|inicial) (?:de |daba cuenta de |era de |hablaba de |indicaba |registraba )|"
                r"(?:un |el )?(?:primer|anterior) (?:balance|saldo|reporte) (?:de |daba cuenta de |era de ))"),
    "toll_cues": ["saldo", "balance", "cifra", "número"],
    "revised_cues": ["balance", "saldo", "conteo", "recuento", "reporte", "cifra"],
    "negation_cues": ["ningun", "ningún", "no hubo", "no se", "no dejó", "sin ", "nadie"],
    "subgroup": ("entre ellos|entre ellas|entre los que|entre las que|incluidos|incluidas|de los cuales|de las cuales|"
                 "en su mayoría"),
    "subgroup_after": r"^ de (?:ellos|ellas)",
    "negation": (r"((?:ningún|ninguna|ninguno|no hubo|no se reportaron|no se registraron|no dejó|sin|nadie))()()"
                 r"((?: " + WORD + r"){0,4}? (?:víctimas?|muertos?|muertes|heridos?|fallecidos?|lesionados?|"
                 r"murió|resultó herido|resultó herida)(?: (?:ni|o|y) (?:muertos?|fallecidos?|heridos?|lesionados?))?)"),
    "negation_both": (B + r"(?:víctimas?|(?:muertos?|fallecidos?) (?:ni|o|y) (?:heridos?|lesionados?)|"
                      r"(?:heridos?|lesionados?) (?:ni|o|y) (?:muertos?|fallecidos?))" + B),
    "aux": ("han|ha|fueron|fue|resultaron|resultó|están|está|estaban|quedaron|quedó|habían|había|sido|todos|todas|"
            "también|además|otros|otras|más|gravemente|levemente|de|ellos|personas|en|total|el|ataque|lunes|martes|"
            "miércoles|jueves|viernes|sábado|domingo|ayer|y|se|reportaron|registraron|habrían|habría"),
    "forbid": ("años|meses|días|semanas|horas|minutos|km|kilómetros|pesos|dólares|euros|soles|casas|viviendas|"
               "vehículos|autos|carros|cabezas|reses|animales|hectáreas|toneladas|ciento|veces|ataques|pueblos|"
               "municipios|saldo|balance|que|después|antes|desde|contra|durante"),
    "age": r"((?: |-)?años)\b",
    "background": (r"\b(?:desde (?:[0-9]{4}|el inicio|el comienzo|principios|enero|febrero|marzo|abril|mayo|junio|julio|"
                   r"agosto|septiembre|octubre|noviembre|diciembre|que comenzó)|en (?:19|20)[0-9]{2}|el año pasado|"
                   r"el pasado año|en lo que va del? (?:año|mes)|en los últimos (?:\w+ )?(?:años|meses|días)|"
                   r"hace (?:\w+ )?(?:días|semanas|meses|años)|(?:otro|un) ataque (?:similar|anterior)|"
                   r"ataques anteriores)\b"),
    "accused": r"\b(?:acusad[oa]s? de|sospechos[oa]s? de)(?: haber)? ?$",
    "alternative": r"\b(?:reivindic\w*|otras fuentes|según otras)",
    "earlier": (r"\b(?:anterior|previamente|inicialmente|inicial|preliminar|había informado|habían informado|"
                r"había reportado|primer balance)\b"),
    "revision": (r"\b(?:se elevó a|se eleva a|ascendió a|asciende a|aumentó a|subió a|nuevo balance|balance actualizado|"
                 r"último balance|nueva cifra)"),
    "hypothetical": (r"\b(?:podría|podrían|podrá|pudo haber|pudieron haber|amenaza con|amenazó con|si|intentó|"
                     r"intentaron|planeaba|riesgo)\b"),
    "hedge_after": r"\b(?:podría|podrían)\b",
    "additive": r"\b(?:también|otros?|otras?|además|adicionales|así como)\b",
    "clause_break": r"(?s)^.*(?:;| pero | mientras que | mientras |\. )",
    "relative": r" (?:que|quien|quienes|cuyo|cuya) .*$",
    "determiner_before": r"\b(?:los|las|estos|estas|esos|esas)\s*$",
    "unconfirmed": r"\b(?:sin confirmar|no confirmad)",
    "said": ("dijo|dijeron|informó|informaron|indicó|indicaron|señaló|señalaron|afirmó|aseguró|confirmó|precisó|"
             "explicó|reportó|declaró|añadió|agregó|detalló|anunció|denunció|ha informado|han informado|ha confirmado"),
    "according": r"(?:según|de acuerdo con|conforme a)",
    "days": "este lunes|este martes|este miércoles|este jueves|este viernes|este sábado|este domingo|ayer|a efe|a la afp",
    "aux_said": r"(?:ha |han |había |habían )?",
    "pronoun": r"^(?:él|ella|ellos|ellas|este|esta)$",
    "lead_det": r"^(?:pero |y |el |la |los |las |un |una |unos |unas |del |su |sus )+",
    "leading_conj": r"^(?:y |pero )",
    "stop_after_source": r"(?:[,.;:\"“”«»]|$| que | en un | en una | citad)",
    "groups": {
        "soldiers": r"soldado|militar|efectivo|uniformado|infante|marino|cabo|sargento|teniente|capitán|coronel",
        "police": r"polic|agente|guardia|gendarme|patrullero|carabinero",
        "attackers": (r"sicario|pandiller|guerriller|disidente|narcotraficante|terrorista|atacante|hombres armados|rebelde|"
                      r"paramilitar|criminal|delincuente"),
        "children": r"niñ|menor|alumno|bebé",
        "civilians": r"civil|campesino|habitante|poblador|vecino|comunero|indígena",
        "people": r"persona|individuo|víctima|otr",
    },
}
# first rule that matches the figure's text wins (shared stems of both languages)
_RULES = [
    ("affected", rf"{B}(?:morts ou blessés|tués ou blessés|muertos o heridos|muertos y heridos){B}"),
    ("killed", rf"{B}(?:tu[ée]|tuant|mort|décè|décéd|péri|perdu la vie|abatt|massacr|exécut|assassin|succomb|bilan|cadavre|"
               rf"corps sans vie|corps de|dépouilles|coûté la vie|neutralis|cuerpos|restos de|muert|muri|muer|fallec|asesin|"
               rf"perdi|perdió|mat[óa]|mataron|matando|saldo|balance|cifra|víctimas mortales|ejecut|masacr|abatid|cadáver|"
               rf"costó la vida|número de (?:muertos|fallecidos))"),
    ("injured", rf"{B}(?:bless|herid|hiri|lesionad|hospitalis|hospitaliz)"),
    ("missing", rf"{B}(?:disparu|desaparecid)"),
    ("kidnapped", rf"{B}(?:enlev|kidnapp|otage|secuestr|raptad|raptar|plagiad|rehén|rehenes)"),
    ("arrested", rf"{B}(?:arrêt|interpell|captur|appréhend|écrou|garde à vue|detenid|detuv|arrestad|arrest|aprehend)"),
    ("displaced", rf"{B}(?:déplac|fui|dû fuir|quitt|évacu|sans-abri|sinistr|desplazad|evacu|huyeron|huido|huir|abandon|damnific)"),
    ("survivors", rf"{B}(?:secour|rescapé|sauvé|survivant|rescat|sobreviv|supervivient|salvad)"),
    ("affected", rf"{B}(?:victim|víctim|pertes en vies humaines)"),
]


def _plausible(v: dict) -> Callable[[pl.LazyFrame], pl.LazyFrame]:
    """Drop candidates that are no casualty figure: ages, years, money and units, a gap between
    number and category word that holds another clause, a verb whose object is no person."""
    person, forbid, aux, plural = alt(v["persons"]), alt(v["forbid"]), alt(v["aux"]), v["plural"]
    category = _category_word(v)
    incl = r",? " + alt(v["subgroup"]) + r" [^,;.]{1,60},"

    def plausible(lf: pl.LazyFrame) -> pl.LazyFrame:
        pat, rest, an = pl.col("pattern"), pl.col("rest"), pl.col("after_num")
        gap = (rest.str.replace(" " + category + "$", "").str.replace(incl, "")
               .str.replace_all(r"x+(?: |-)?(?:ans|años)\b", "").str.replace_all(r"\bâgée?s? de\b", ""))
        only_aux = gap.str.replace_all(B + aux + B, "").str.contains(r"^[ ,]*$")
        # "a tué trois casques bleus et blessé cinq autres": the object of one verb, not the subject of the next
        bad_gap = pat.is_in(["num_first", "article"]) & (
            gap.str.contains(r"[0-9]") | gap.str.contains(B + forbid + B) | gap.str.contains(r" (?:et|y|ou|o)$")
            | ~(gap.str.contains(B + person + B) | only_aux))
        object_ok = (an.str.contains(r"^(?: " + WORD + r"){0,2}? " + person + B)
                     | an.str.contains(r"^(?:$|[ ,.;:)\"”»]*$|[,.;:)\"”»]| (?:et|dans|à|au|lors|près|y|en|durante|cerca|"
                                       r"de la|del|cette|ce|este|esta|mercredi|jeudi)\b)"))
        bad_verb = (pat == "verb_first") & ~object_ok
        # "los cuerpos de cinco jóvenes desaparecidos": the dead, not the missing
        bodies = (pat == "num_first") & pl.col("before").str.contains(BODIES_OF)
        # "le bilan s'élève à 42 morts": the number is read with its category word (num_first)
        bad_toll = (pat == "toll") & an.str.contains(r"^(?: " + person + r")? " + category + B)
        num = pl.col("num").fill_null("")
        # "des" read as a number ("tuant des civils") is ACLED's plural without a number
        as_plural = pl.lit(False) if plural is None else num == plural
        bad_num = (an.str.contains(r"^(?:%| ?pour ?cent| ?por ?ciento| ?(?:h|heures|horas|km|kilomètres|kilómetros|francs|fcfa|"
                                   r"cfa|euros|dollars|dólares|pesos|ans|años)\b|:[0-9])")
                   | (num.str.contains(r"^(?:19|20)[0-9]{2}$") & pl.col("qual").is_null())
                   | pl.col("before").str.contains(r"(?:[$£€]|n°|no\.) ?$"))
        vf = pat == "verb_first"
        return (lf.filter(~(bad_gap | bad_verb | bodies | bad_toll | (bad_num & (pat != "negation"))))
                .with_columns(pl.when(vf).then(pl.col("after").str.extract(r"^((?: " + WORD + "){0,3})").fill_null(""))
                              .otherwise(rest).alias("rest"),
                              pl.when(as_plural).then(pl.lit("plural")).otherwise(pl.col("num")).alias("num"),
                              # (the English verb's second object joined by "and" is not read here)
                              pl.lit(False).alias("second_object")))
    return plausible


def _category_word(v: dict) -> str:
    return alt("|".join(v[c] for c in ("killed", "injured", "missing", "kidnapped", "arrested", "displaced", "survivors")))


def _attribution(v: dict) -> Attribution:
    said = alt(v["said"])
    days = r"(?: (?:" + v["days"] + r"))*"
    return Attribution(
        according=v["according"] + r" ([^,.;:\"“”«»()]{2,60}?)" + v["stop_after_source"],
        said_x=(r"(?:^|[,\"”»] ?)" + v["aux_said"] + said + days + r" (\w[^,.;:\"“”«»]{1,60}?)" + v["stop_after_source"]),
        x_said=r"(?:^|[,;:\"“”«»(] ?|\b(?:et|y) )(\w[^,;:\"“”«»]{1,70}?) " + v["aux_said"] + said + B,
        said=B + said + B, trigger=B + r"(?:" + v["according"] + "|" + said + ")", pronoun=v["pronoun"],
        opening_np=r"^(\w[^,\"“”«»]{2,60}?) ?[\"“«(]",
        bad_source=r"[0-9]|\b(?:" + _category_word(v)[3:-1] + "|" + v["forbid"] + r")\b",
        lead_det=v["lead_det"], leading_conj=v["leading_conj"])


def _bare(v: dict, person: str) -> str:
    aux, intransitive = v["passive"]
    participles = "|".join(v[c] for c in ("killed", "injured", "missing", "kidnapped", "arrested", "displaced"))
    return (B + r"()()(" + v["plural"] + r")( " + person + r"(?: " + GAP_WORD
            + r"){0,2}? (?:" + alt(aux) + " (?:tous |toutes |également )?" + alt(participles) + "|" + alt(intransitive) + "))" + B)


def _lexicon(code: str, v: dict, numbers: NumberWords) -> Lexicon:
    person, category = alt(v["persons"]), _category_word(v)
    q = r"(?:(" + numbers.qual + r") )?"
    incl = r"(?:,? " + alt(v["subgroup"]) + r" [^,;.]{1,60},)?"
    num_first = (B + r"()" + q + "(" + numbers.count + ")" + B + r"[\"”’»]?((?: de| d['’])?(?: " + GAP_WORD + r"){0,3}?" + incl
                 + r"(?: " + GAP_WORD + r"){0,6}? " + category + ")" + B)
    plural = "" if v["plural"] is None else "|" + v["plural"]
    verb_first = (B + "(" + alt(v["verbs"]) + r"(?: ?[\"”»])? (?:" + v["verb_det"] + "))" + q + "(" + numbers.num + plural + ")"
                  + B + "()")
    # the article as "one": before a person ("un policier a été tué"), a category word ("un mort") or
    # an auxiliary ("y otro está desaparecido"); never across another number ("une attaque a fait 14 morts")
    article = (B + r"()()(" + alt("|".join(ARTICLES[code])) + r")( (?:(?:" + WORD + " ){0,2}?" + person + r"(?: " + GAP_WORD
               + r"){0,6}? |(?:" + alt(v["aux"]) + " ){0,2})" + category + ")" + B)
    patterns = {
        "num_first": (num_first, 1), "article": (article, 2),
        **({} if v["plural"] is None else {"bare": (_bare(v, person), 10)}), "verb_first": (verb_first, 3),
        "toll": (B + v["toll"] + q + "(" + numbers.num + ")" + B + "()", 4),
        "revised": (B + v["revised"] + q + "(" + numbers.num + ")" + B + "()", 0),
        "subgroup": (B + "(" + alt(v["subgroup"]) + " )" + q + "(" + numbers.num + ")" + B + r"((?: " + WORD + "){0,3})", 7),
        "negation": (B + v["negation"] + B, 8),
    }
    stems = "|".join(rx for _, rx in _RULES)
    return Lexicon(
        numbers=numbers, patterns=patterns, prefilter_also={},
        # literals one of which a sentence needs for the pattern (Aho-Corasick, far cheaper than the regex)
        prefilter={"toll": v["toll_cues"], "revised": v["revised_cues"], "negation": v["negation_cues"],
                   "subgroup": [w.split(" ")[0] for w in v["subgroup"].split("|")]},
        trigger=r"(?:" + stems + r"|" + B + r"(?:victim|víctim|sans|sin|ningún|ninguna|nadie|aucun))",
        category_rules=_RULES, category_word=category, person=person, mod=WORD, b=B, age_tail=v["age"],
        background=v["background"], coded=NEVER, cause=NEVER, accused=v["accused"], alternative=v["alternative"],
        earlier=v["earlier"], revision=v["revision"], hypothetical=v["hypothetical"], hedge_after=v["hedge_after"],
        additive=v["additive"], subgroup_cue=alt(v["subgroup"]), subgroup_after=v["subgroup_after"],
        clause_break=v["clause_break"], relative=v["relative"], determiner_before=v["determiner_before"],
        not_group=[], group_next=NEVER, negation_both=v["negation_both"], unconfirmed=v["unconfirmed"],
        coded_note=NEVER, earlier_break=v["clause_break"], additive_article=NEVER,
        attribution=_attribution(v), subject_groups=v["groups"], english_plural=False, plausible=_plausible(v),
        named=False)


FRENCH = _lexicon("fr", _FR, FR)
SPANISH = _lexicon("es", _ES, ES)
