"""The sample notebook's people, events and referrals: data only (see `writer`).

Robert and his cycling trip across Croatia, Paul and the newsletter, clients due for a call, a
busy period about to end: each person is written down the way an advisor would, with dates
relative to the day the sample is written (`Ago`, `In`, `At`, `LastSummer`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from relnotebook.core.models import (
    ConsentBasis,
    DetailKind,
    FrenchForm,
    Language,
    NewsletterStatus,
    ReferralDirection,
    ReferralKind,
    ReferralOutcome,
    Stage,
)

FR = Language.FRENCH
EN = Language.ENGLISH


# --- When things happen, relative to `today` ------------------------------------------------


@dataclass(frozen=True)
class Ago:
    """`days` before today."""

    days: int

    def on(self, today: dt.date, events: dict[str, dt.date]) -> dt.date:
        return today - dt.timedelta(days=self.days)


@dataclass(frozen=True)
class In:
    """`days` after today (negative: in the past)."""

    days: int

    def on(self, today: dt.date, events: dict[str, dt.date]) -> dt.date:
        return today + dt.timedelta(days=self.days)


@dataclass(frozen=True)
class At:
    """The day of a sample event, or `plus_days` after it."""

    event: str
    plus_days: int = 0

    def on(self, today: dt.date, events: dict[str, dt.date]) -> dt.date:
        return events[self.event] + dt.timedelta(days=self.plus_days)


@dataclass(frozen=True)
class LastSummer:
    """The second Thursday of July, the last one at least a month ago (golf in July, not March)."""

    def on(self, today: dt.date, events: dict[str, dt.date]) -> dt.date:
        year = today.year
        while True:
            first = dt.date(year, 7, 1)
            day = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7)
            if day <= today - dt.timedelta(days=30):
                return day
            year -= 1


When = Ago | In | At | LastSummer


# --- The table ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoEvent:
    key: str
    name: str
    on: When
    place: str
    notes: str


@dataclass(frozen=True)
class DemoDetail:
    """A personal detail. The text may use {start_month}, {end_month} (month names in the
    person's language) and {until} ("jusqu'à la mi-décembre"), filled from the dates; a busy
    period's `ends_on` is read back from its {until} phrase, as the capture form would."""

    kind: DetailKind
    text: str
    heard: When
    starts: When | None = None
    ends: When | None = None


@dataclass(frozen=True)
class DemoNote:
    on: When
    text: str
    event: str | None = None  # key of the event the note was taken at


@dataclass(frozen=True)
class DemoPerson:
    key: str
    given: str
    family: str
    organisation: str
    role: str
    language: Language
    stage: Stage
    email: str
    phone: str = ""
    tags: tuple[str, ...] = ()
    events: tuple[str, ...] = ()  # keys of the events they were met at
    how_met: str = ""  # defaults to the first event's name
    introduced_by: str = ""  # key of a person listed earlier
    good_prospect: bool | None = None
    details: tuple[DemoDetail, ...] = ()
    notes: tuple[DemoNote, ...] = ()
    french_form: FrenchForm | None = None  # None: the Settings default (« tu »)


def _at(event: str, text: str, plus_days: int = 0) -> DemoNote:
    return DemoNote(At(event, plus_days), text, event=event if plus_days == 0 else None)


CCMM = "ccmm"
CFA = "cfa"
GOLF = "golf"

EVENTS: tuple[DemoEvent, ...] = (
    DemoEvent(
        GOLF,
        "Tournoi de golf-bénéfice de la Fondation Santé Laval",
        LastSummer(),
        "Club de golf Le Mirage, Terrebonne",
        "Quatuor avec Jean-François Côté, Pierre Gauthier et Steve Morin. Souper et encan "
        "silencieux ; environ 250 golfeurs.",
    ),
    DemoEvent(
        CFA,
        "CFA Montréal — Forum sur les perspectives économiques",
        Ago(24),
        "Fairmont Le Reine Elizabeth, Montréal",
        "Panel sur les taux d'intérêt et le dollar canadien. Public surtout anglophone ; les "
        "meilleures conversations ont eu lieu à la pause-café.",
    ),
    DemoEvent(
        CCMM,
        "Cocktail réseautage de la Chambre de commerce du Montréal métropolitain",
        Ago(3),
        "Centre Sheraton, boulevard René-Lévesque, Montréal",
        "Beaucoup d'entrepreneurs et de professionnels. Repartir avec des noms et des "
        "conversations, pas avec des mandats.",
    ),
)

PEOPLE: tuple[DemoPerson, ...] = (
    # Clients first: several of them introduced people further down.
    DemoPerson(
        "isabelle",
        "Isabelle",
        "Fortin",
        "Fortin Pelletier CPA",
        "Associée, fiscalité",
        FR,
        Stage.CLIENT,
        "isabelle.fortin@fortinpelletier.example",
        "514 555-0101",
        tags=("comptable", "a-tier", "connecteur"),
        events=(CCMM,),
        how_met="Amie de l'université (HEC Montréal)",
        details=(
            DemoDetail(
                DetailKind.TRIP,
                "Voyage au Portugal avec son conjoint en {start_month}",
                Ago(70),
                starts=In(-50),
                ends=In(-36),
            ),
            DemoDetail(DetailKind.HOBBY, "Chante dans une chorale à Saint-Lambert", Ago(70)),
        ),
        notes=(
            DemoNote(
                Ago(70),
                "Appel de suivi : CELI et REER maximisés. Elle part au Portugal dans trois "
                "semaines ; on revoit la répartition d'actifs à son retour.",
            ),
            _at(
                CCMM,
                "M'a présenté Robert Tremblay au cocktail. Toujours généreuse de ses contacts ; "
                "la remercier, sans contrepartie.",
            ),
        ),
        french_form=FrenchForm.VOUS,
    ),
    DemoPerson(
        "jf",
        "Jean-François",
        "Côté",
        "Construction Côté & Fils",
        "Président",
        FR,
        Stage.CLIENT,
        "jf.cote@constructioncote.example",
        "450 555-0112",
        tags=("entrepreneur", "golf", "a-tier"),
        events=(GOLF,),
        how_met="Voisin de chalet au lac Memphrémagog",
        details=(
            DemoDetail(DetailKind.HOBBY, "Golfe deux fois par semaine, handicap de 8", At(GOLF)),
            DemoDetail(
                DetailKind.WORK,
                "Sa fille Camille prend peu à peu la relève de l'entreprise",
                At(GOLF),
            ),
        ),
        notes=(
            _at(
                GOLF,
                "Même quatuor au tournoi. Camille prend de plus en plus de place dans "
                "l'entreprise : parler de planification de la relève au prochain bilan.",
            ),
            DemoNote(
                Ago(41),
                "Bilan annuel au bureau de Boucherville. Gel successoral à explorer avec "
                "son fiscaliste ; il veut garder le contrôle encore cinq ans.",
            ),
        ),
    ),
    DemoPerson(
        "pierre",
        "Pierre",
        "Gauthier",
        "Clinique orthopédique de Laval",
        "Chirurgien orthopédiste",
        FR,
        Stage.CLIENT,
        "dr.pgauthier@cliniqueortholaval.example",
        "450 555-0123",
        tags=("médecin", "golf", "a-tier"),
        events=(GOLF,),
        introduced_by="jf",
        details=(
            DemoDetail(
                DetailKind.TRIP,
                "Voyage à Whistler avec ses jumeaux en {start_month}",
                Ago(30),
                starts=In(75),
                ends=In(82),
            ),
            DemoDetail(DetailKind.FAMILY, "Ses jumeaux, Félix et Zoé, sont au cégep", At(GOLF)),
        ),
        notes=(
            _at(
                GOLF,
                "Très bon golfeur. Il songe à incorporer sa pratique ; à revoir avec "
                "Isabelle Fortin (CPA).",
            ),
            DemoNote(
                Ago(30),
                "Rencontre annuelle : société de gestion en place. Discussion salaire ou "
                "dividendes ; il préfère garder un REER.",
            ),
        ),
    ),
    DemoPerson(
        "thomas",
        "Thomas",
        "Wright",
        "",
        "Retired civil engineer",
        EN,
        Stage.CLIENT,
        "tom.wright@wrightfamily.example",
        "514 555-0134",
        tags=("retraité", "a-tier"),
        introduced_by="isabelle",
        how_met="Referred by Isabelle Fortin when he retired",
        details=(
            DemoDetail(
                DetailKind.FAMILY,
                "First grandchild, Lily, born in {start_month}",
                Ago(14),
                starts=In(-20),
            ),
            DemoDetail(
                DetailKind.TRIP,
                "Cruise to Alaska with his wife Margaret in {start_month}",
                Ago(95),
                starts=In(190),
                ends=In(201),
            ),
        ),
        notes=(
            DemoNote(
                Ago(95),
                "Annual review at his home in Pointe-Claire. Wants to keep two years of "
                "expenses in cash; happy with the RRIF plan.",
            ),
            DemoNote(
                Ago(14),
                "Check-in call after the market drop. Calm, but glad I called before he had "
                "to. Proud grandfather: Lily was born last week.",
            ),
        ),
    ),
    DemoPerson(
        "genevieve",
        "Geneviève",
        "Caron",
        "Clinique pédiatrique de Rosemont",
        "Pédiatre",
        FR,
        Stage.CLIENT,
        "genevieve.caron@pediatrierosemont.example",
        "514 555-0145",
        tags=("médecin",),
        introduced_by="pierre",
        how_met="Présentée par Pierre Gauthier",
        details=(
            DemoDetail(
                DetailKind.FAMILY,
                "En congé de maternité jusqu'en {end_month} (petite Léa)",
                Ago(62),
                starts=In(-60),
                ends=In(120),
            ),
        ),
        notes=(
            DemoNote(
                Ago(62),
                "Appel pour la naissance de Léa ; lui envoyer une carte. Suspendre les "
                "cotisations REER pendant le congé.",
            ),
            DemoNote(
                Ago(10),
                "Question sur le REEE : ouvrir un compte pour Léa et demander la SCEE.",
            ),
        ),
    ),
    DemoPerson(
        "emilie",
        "Émilie",
        "Bouchard",
        "Pharmacie Émilie Bouchard",
        "Pharmacienne propriétaire",
        FR,
        Stage.CLIENT,
        "emilie@pharmaciebouchard.example",
        "450 555-0156",
        tags=("entrepreneur", "pharmacienne"),
        how_met="Cliente depuis l'achat de sa première pharmacie",
        details=(
            DemoDetail(
                DetailKind.HOBBY,
                "Course à pied : prépare un demi-marathon en {start_month}",
                Ago(33),
                starts=In(150),
            ),
            DemoDetail(
                DetailKind.WORK, "Envisage d'acheter la pharmacie voisine, à Chambly", Ago(33)
            ),
        ),
        notes=(
            DemoNote(
                Ago(33),
                "Bilan : projet d'acquisition à Chambly. Elle aimerait un banquier qui "
                "connaît le secteur ; vérifier la marge de crédit avant toute décision.",
            ),
        ),
    ),
    DemoPerson(
        "karen",
        "Karen",
        "Goldberg",
        "McGill University",
        "Professor of Economics",
        EN,
        Stage.CLIENT,
        "karen.goldberg@econ-mcgill.example",
        "514 555-0167",
        tags=("professeure", "a-tier"),
        how_met="Met at a parents' evening at our children's school",
        details=(
            DemoDetail(
                DetailKind.WORK,
                "Sabbatical year in Edinburgh starting in {start_month}",
                Ago(52),
                starts=In(220),
                ends=In(585),
            ),
            DemoDetail(DetailKind.HOBBY, "Plays cello in a community orchestra", Ago(52)),
        ),
        notes=(
            DemoNote(
                Ago(52),
                "Review meeting. Wants to keep contributing to her TFSA while abroad; check "
                "the non-resident rules before she leaves.",
            ),
            DemoNote(
                Ago(6),
                "Short call: she asked what the panel at the CFA forum said about rates. "
                "Sent her the summary.",
            ),
        ),
    ),
    DemoPerson(
        "julie",
        "Julie",
        "Martel",
        "Martel Notaires",
        "Notaire",
        FR,
        Stage.CLIENT,
        "jmartel@martelnotaires.example",
        "819 555-0178",
        tags=("notaire", "vin"),
        how_met="Rencontrée à la signature du testament d'un client commun",
        details=(
            DemoDetail(
                DetailKind.TRIP,
                "Voyage dans la vallée du Douro en {start_month}, pour le vin",
                Ago(80),
                starts=In(-45),
                ends=In(-35),
            ),
        ),
        notes=(
            DemoNote(
                Ago(80),
                "Revue du portefeuille à Sherbrooke. Elle part au Portugal ; la relancer à "
                "son retour sur le plan de retraite progressive.",
            ),
        ),
        french_form=FrenchForm.VOUS,
    ),
    # Prospects.
    DemoPerson(
        "mathieu",
        "Mathieu",
        "Lavoie",
        "Lavoie Rousseau avocats",
        "Avocat, droit des affaires",
        FR,
        Stage.PROSPECT,
        "mlavoie@lavoierousseau.example",
        "514 555-0189",
        tags=("avocat",),
        introduced_by="isabelle",
        how_met="Présenté par Isabelle Fortin",
        good_prospect=True,
        details=(DemoDetail(DetailKind.HOBBY, "Joue au hockey le dimanche matin", Ago(18)),),
        notes=(
            DemoNote(
                Ago(18),
                "Café à Griffintown. Vient de fonder son cabinet ; aucun plan de retraite. "
                "Il a accepté de recevoir l'infolettre mensuelle.",
            ),
        ),
        french_form=FrenchForm.VOUS,
    ),
    DemoPerson(
        "ahmed",
        "Ahmed",
        "Benali",
        "Benali Solutions TI",
        "Fondateur et PDG",
        FR,
        Stage.PROSPECT,
        "ahmed@benali-ti.example",
        "438 555-0190",
        tags=("entrepreneur", "techno"),
        introduced_by="jf",
        how_met="Présenté par Jean-François Côté (son client)",
        good_prospect=True,
        details=(
            DemoDetail(DetailKind.WORK, "Vient de conclure une ronde de financement", Ago(40)),
            DemoDetail(DetailKind.FAMILY, "Deux jeunes enfants ; la famille vit à Laval", Ago(40)),
            DemoDetail(DetailKind.BIRTHDAY, "Anniversaire : 14 mars", Ago(40)),
        ),
        notes=(
            DemoNote(
                Ago(40),
                "Dîner au Quartier DIX30. Veut comprendre ses options pour ses actions de "
                "fondateur ; pas pressé, il me rappellera après la clôture.",
            ),
        ),
    ),
    DemoPerson(
        "linda",
        "Linda",
        "MacDonald",
        "",
        "Retired VP Finance",
        EN,
        Stage.PROSPECT,
        "linda.macdonald@maplemail.example",
        "514 555-0102",
        tags=("golf", "retraité"),
        events=(GOLF,),
        good_prospect=True,
        details=(
            DemoDetail(
                DetailKind.TRIP,
                "Spending three months in Florida from {start_month}",
                Ago(21),
                starts=In(40),
                ends=In(150),
            ),
            DemoDetail(DetailKind.HOBBY, "Golf: member of a club on Île Bizard", At(GOLF)),
        ),
        notes=(
            _at(
                GOLF,
                "Shared a cart at the tournament. Recently widowed; her late husband handled "
                "the investments. Be gentle, no pitch.",
            ),
            _at(
                GOLF,
                "Sent her the article on settling an estate that she asked about. She replied "
                "warmly.",
                plus_days=20,
            ),
        ),
    ),
    DemoPerson(
        "jennifer",
        "Jennifer",
        "Walsh",
        "Walsh & Partners Actuarial",
        "Consulting actuary",
        EN,
        Stage.PROSPECT,
        "jwalsh@walshactuarial.example",
        tags=("actuaire",),
        events=(CFA,),
        good_prospect=True,
        details=(
            DemoDetail(
                DetailKind.TRIP,
                "Trip to Japan with her husband in {start_month} (Tokyo, then Kyoto)",
                At(CFA),
                starts=In(-17),
                ends=In(-3),
            ),
        ),
        notes=(
            _at(
                CFA,
                "Long chat at the coffee break about the rates panel. Leaving for Japan in a "
                "week. Her firm's pension plan is with a competitor.",
            ),
        ),
    ),
    DemoPerson(
        "marcandre",
        "Marc-André",
        "Lefebvre",
        "Lefebvre Ingénierie",
        "Ingénieur, fondateur",
        FR,
        Stage.PROSPECT,
        "ma.lefebvre@lefebvre-ing.example",
        "514 555-0113",
        tags=("entrepreneur", "ingénieur"),
        events=(CFA,),
        good_prospect=True,
        details=(
            DemoDetail(DetailKind.HOBBY, "Fait de la voile sur le lac Champlain", At(CFA)),
            DemoDetail(
                DetailKind.WORK, "Négocie la vente de sa firme à un groupe de Toronto", At(CFA)
            ),
        ),
        notes=(
            _at(
                CFA,
                "Venu au forum par curiosité. Vente possible d'ici un an : il aura de la "
                "liquidité et ne sait pas encore quoi en faire.",
            ),
            DemoNote(Ago(10), "Courriel : il accepte de recevoir l'infolettre mensuelle."),
        ),
    ),
    # Acquaintances.
    DemoPerson(
        "steve",
        "Steve",
        "Morin",
        "Morin Toitures",
        "Propriétaire",
        FR,
        Stage.ACQUAINTANCE,
        "steve@morintoitures.example",
        "450 555-0124",
        tags=("golf", "entrepreneur"),
        events=(GOLF,),
        details=(DemoDetail(DetailKind.HOBBY, "Pêche à la mouche en Gaspésie", At(GOLF)),),
        notes=(
            _at(
                GOLF,
                "Drôle de personnage ; a surtout parlé de pêche. Son comptable vient de "
                "prendre sa retraite.",
            ),
        ),
    ),
    DemoPerson(
        "david",
        "David",
        "Chen",
        "Northbridge Capital",
        "Portfolio manager, fixed income",
        EN,
        Stage.ACQUAINTANCE,
        "dchen@northbridgecap.example",
        tags=("cfa", "collègue"),
        events=(CFA,),
        good_prospect=False,
        details=(
            DemoDetail(
                DetailKind.HOBBY, "Amateur bird photographer (Botanical Garden, mornings)", At(CFA)
            ),
        ),
        notes=(
            _at(
                CFA,
                "Sat next to him at lunch. Knows the bond market inside out; a good person "
                "to ask about bond ladders. A peer, not a prospect.",
            ),
        ),
    ),
    DemoPerson(
        "emma",
        "Emma",
        "Wilson",
        "Foundation for Children's Health",
        "Director of planned giving",
        EN,
        Stage.ACQUAINTANCE,
        "ewilson@fch-foundation.example",
        tags=("philanthropie",),
        events=(CFA,),
        details=(
            DemoDetail(
                DetailKind.FAMILY, "Getting married in {start_month}", At(CFA), starts=In(100)
            ),
        ),
        notes=(
            _at(
                CFA,
                "Works with donors on bequests and gifts of securities. Could be a useful "
                "contact for clients who want to give.",
            ),
        ),
    ),
    DemoPerson(
        "robert",
        "Robert",
        "Tremblay",
        "Tremblay Architectes",
        "Associé principal",
        FR,
        Stage.ACQUAINTANCE,
        "robert.tremblay@tremblayarchitectes.example",
        tags=("architecte", "vélo"),
        events=(CCMM,),
        introduced_by="isabelle",
        details=(
            DemoDetail(
                DetailKind.TRIP,
                "Voyage à vélo à travers la Croatie",
                At(CCMM),
                starts=In(-80),
                ends=In(-66),
            ),
            DemoDetail(DetailKind.BUSY, "Période très occupée {until}", At(CCMM), ends=In(21)),
        ),
        notes=(
            _at(
                CCMM,
                "Présenté par Isabelle Fortin. Architecte, associé chez Tremblay Architectes. "
                "Il a fait un voyage à vélo à travers la Croatie, de Split à Dubrovnik, et en "
                "parle avec passion. Période très occupée pour lui présentement (un concours à "
                "livrer). Ne pas parler affaires : un café quand les choses se seront calmées.",
            ),
        ),
    ),
    DemoPerson(
        "paul",
        "Paul",
        "Gagnon",
        "Gagnon Transport inc.",
        "Président",
        FR,
        Stage.ACQUAINTANCE,
        "paul.gagnon@gagnontransport.example",
        "450 555-0135",
        tags=("entrepreneur", "hockey"),
        events=(CCMM,),
        good_prospect=True,
        details=(
            DemoDetail(
                DetailKind.HOBBY, "Joue au hockey dans une ligue de garage le mardi soir", At(CCMM)
            ),
            DemoDetail(
                DetailKind.WORK,
                "Pense à la relève : ses deux fils travaillent dans l'entreprise",
                At(CCMM),
            ),
        ),
        notes=(
            _at(
                CCMM,
                "Président de Gagnon Transport (80 camions, à Boucherville). Très curieux des "
                "perspectives du marché : lui offrir l'infolettre mensuelle, avec le P.-S. qui "
                "l'invite à décliner.",
            ),
        ),
    ),
    DemoPerson(
        "sophie",
        "Sophie",
        "Bergeron",
        "Desjardins Entreprises",
        "Directrice de comptes, PME",
        FR,
        Stage.ACQUAINTANCE,
        "sophie.bergeron@desjardins-pme.example",
        "514 555-0146",
        tags=("banquière",),
        events=(CCMM,),
        details=(
            DemoDetail(
                DetailKind.FAMILY,
                "Sa fille finit le cégep et hésite entre McGill et l'Université Laval",
                At(CCMM),
            ),
        ),
        notes=(
            _at(
                CCMM,
                "Banquière pour PME. Elle m'a proposé « d'échanger des références ». Resté "
                "poli mais évasif : pas d'entente de réciprocité.",
            ),
        ),
    ),
    DemoPerson(
        "michael",
        "Michael",
        "O'Brien",
        "Harbourview Logistics",
        "Chief Financial Officer",
        EN,
        Stage.ACQUAINTANCE,
        "mobrien@harbourview.example",
        tags=("course",),
        events=(CCMM,),
        details=(
            DemoDetail(
                DetailKind.HOBBY,
                "Training for a marathon in {start_month}",
                At(CCMM),
                starts=In(130),
            ),
        ),
        notes=(
            _at(
                CCMM,
                "Born in Cork, in Montreal for ten years. Learning French: switched to French "
                "halfway through our chat, then back. Very dry sense of humour.",
            ),
        ),
    ),
    DemoPerson(
        "nadia",
        "Nadia",
        "Haddad",
        "Clinique dentaire Haddad",
        "Dentiste propriétaire",
        FR,
        Stage.ACQUAINTANCE,
        "dre.haddad@cliniquehaddad.example",
        "514 555-0157",
        tags=("dentiste", "entrepreneur"),
        events=(CCMM,),
        details=(
            DemoDetail(
                DetailKind.TRIP,
                "Voyage au Liban pour le mariage de son frère en {start_month}",
                At(CCMM),
                starts=In(70),
                ends=In(84),
            ),
            DemoDetail(
                DetailKind.BUSY,
                "Débordée par l'ouverture d'une deuxième clinique {until}",
                At(CCMM),
                ends=In(50),
            ),
        ),
        notes=(
            _at(
                CCMM,
                "Ouvre une deuxième clinique à Verdun. Énergique, très directe. A posé "
                "beaucoup de questions sur l'incorporation.",
            ),
        ),
    ),
    DemoPerson(
        "simon",
        "Simon",
        "Ouellet",
        "Ville de Montréal",
        "Urbaniste",
        FR,
        Stage.ACQUAINTANCE,
        "simon.ouellet@urbanisme-mtl.example",
        tags=("vélo",),
        events=(CCMM,),
        details=(DemoDetail(DetailKind.HOBBY, "Fait du vélo de montagne à Bromont", At(CCMM)),),
        notes=(),
    ),
    # Former clients: kept on the newsletter list, to be recontacted after six months.
    DemoPerson(
        "louis",
        "Louis",
        "Girard",
        "",
        "Retraité, ancien directeur d'école",
        FR,
        Stage.FORMER_CLIENT,
        "louis.girard@videotron-mail.example",
        "418 555-0168",
        how_met="Client pendant douze ans",
        details=(
            DemoDetail(
                DetailKind.FAMILY,
                "A déménagé à Québec pour se rapprocher de ses petits-enfants",
                Ago(100),
            ),
        ),
        notes=(
            DemoNote(
                Ago(100),
                "M'annonce son départ : il veut un conseiller à Québec. Pas d'insistance ; "
                "suivi du transfert avec le siège social. Le garder sur la liste de "
                "l'infolettre.",
            ),
            DemoNote(Ago(80), "Transfert complété sans anicroche. Le recontacter dans six mois."),
        ),
    ),
    DemoPerson(
        "sarah",
        "Sarah",
        "Thompson",
        "Lumen Software",
        "Software developer",
        EN,
        Stage.FORMER_CLIENT,
        "sarah.t@lumensoftware.example",
        details=(DemoDetail(DetailKind.OTHER, "Moved to Vancouver for work", Ago(200)),),
        notes=(
            DemoNote(
                Ago(200),
                "Moving to Vancouver; transferring her accounts to an advisor there. Offered "
                "to keep her on the newsletter; she said yes.",
            ),
        ),
    ),
    DemoPerson(
        "richard",
        "Richard",
        "Bélanger",
        "Bélanger Électrique",
        "Président",
        FR,
        Stage.FORMER_CLIENT,
        "rbelanger@belangerelectrique.example",
        "450 555-0179",
        tags=("entrepreneur",),
        details=(),
        notes=(
            DemoNote(
                Ago(300),
                "A transféré ses comptes chez son beau-frère, conseiller lui aussi. Rien à "
                "redire ; lui souhaiter bonne chance et garder le contact.",
            ),
        ),
    ),
)


# (days ago, direction, partner, referred, kind, outcome): Isabelle refers out of trust; the
# roofer's give-and-take deal is the kind to keep small.
REFERRALS = (
    (200, ReferralDirection.RECEIVED, "isabelle", "jf", ReferralKind.TRUST, ReferralOutcome.CLIENT),
    (
        90,
        ReferralDirection.RECEIVED,
        "isabelle",
        "julie",
        ReferralKind.TRUST,
        ReferralOutcome.CLIENT,
    ),
    (
        150,
        ReferralDirection.RECEIVED,
        "steve",
        "thomas",
        ReferralKind.RECIPROCAL,
        ReferralOutcome.CLIENT,
    ),
    (
        140,
        ReferralDirection.GIVEN,
        "steve",
        "emilie",
        ReferralKind.RECIPROCAL,
        ReferralOutcome.NOTHING_YET,
    ),
    (
        60,
        ReferralDirection.RECEIVED,
        "karen",
        "genevieve",
        ReferralKind.PARTNERSHIP,
        ReferralOutcome.CLIENT,
    ),
)
# (person, status, basis, days ago recorded, days until implied consent expires or None)
CONSENTS = (
    ("isabelle", NewsletterStatus.SUBSCRIBED, ConsentBasis.EXPRESS_WRITTEN, 300, None),
    ("julie", NewsletterStatus.SUBSCRIBED, ConsentBasis.IMPLIED_BUSINESS, 700, 30),
    ("karen", NewsletterStatus.SUBSCRIBED, ConsentBasis.IMPLIED_BUSINESS, 200, 530),
    ("pierre", NewsletterStatus.DECLINED, None, 400, None),
)
