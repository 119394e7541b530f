"""The words and names of the benchmarks' notebook: real French and English, as an advisor's notes.

Words come from `wordfreq` (the most frequent 15,000 French and 15,000 English words — about
28,000 distinct — each drawn with its real frequency, so a few words are everywhere and most are
rare, as in real notes, and the full-text index is as large as a real one). Names come from
`Faker`'s `fr_CA` and `en_CA` locales: some 2,000 given names and 2,000 family names, so that the
people's names are thousands of distinct pairs and searching by name is not searching among 40.
Both are benchmark-only dependencies (`pip install -e '.[bench]'`). Without them (CI's smoke run
installs the test extras only) a small built-in list stands in, and `SOURCE` says so: figures
from it flatter search and must not be reported.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from functools import cache

WORDS_PER_LANGUAGE = 15_000
NAMES_PER_LOCALE = 1_000
SEED = 20261123

_FALLBACK_WORDS = (  # noqa: SIM905 (a list of words reads better as words)
    "de la le et à les des en un une du pour avec sur il elle a est son sa ses the and to of "
    "in for with his her is was on at it we they famille enfants fille fils voyage travail "
    "retraite maison projet semaine client rencontre café lunch appel courriel golf ski "
    "Montréal Québec Laval Toronto Paris Lyon Portugal Italie chalet condo mariage naissance "
    "placement portefeuille REER CELI hypothèque testament fiducie daughter son wedding trip"
).split()
_FALLBACK_GIVEN = (  # noqa: SIM905
    "Marie Jean Pierre Julie Luc Anne Paul Sophie Marc Isabelle Ahmed Nadia"
).split()
_FALLBACK_FAMILY = (  # noqa: SIM905
    "Tremblay Gagnon Roy Côté Bouchard Gauthier Morin Smith Brown Nguyen"
).split()


@dataclass(frozen=True)
class Text:
    """What the generator draws from: `words` with their cumulative weights, and names."""

    source: str  # "wordfreq + Faker" or the fallback's name
    words: tuple[str, ...]
    cum_weights: tuple[float, ...]
    given: tuple[str, ...]
    family: tuple[str, ...]
    companies: tuple[str, ...]
    jobs: tuple[str, ...]

    def sentence(self, rng: random.Random, low: int, high: int) -> str:
        words = rng.choices(self.words, cum_weights=self.cum_weights, k=rng.randint(low, high))
        return " ".join(words).capitalize() + "."


def _real_words() -> tuple[list[str], list[float]]:
    from wordfreq import top_n_list, word_frequency

    frequencies: dict[str, float] = {}
    for language in ("fr", "en"):
        for word in top_n_list(language, WORDS_PER_LANGUAGE):
            if word.isalpha() or "-" in word:  # words, not numbers or lone apostrophes
                frequencies[word] = frequencies.get(word, 0.0) + word_frequency(word, language)
    return list(frequencies), list(frequencies.values())


def _real_names() -> tuple[list[str], list[str], list[str], list[str]]:
    from faker import Faker

    given: set[str] = set()
    family: set[str] = set()
    companies: set[str] = set()
    jobs: set[str] = set()
    for locale in ("fr_CA", "en_CA"):
        fake = Faker(locale)
        fake.seed_instance(SEED)
        for _ in range(NAMES_PER_LOCALE * 3):
            given.add(fake.first_name())
            family.add(fake.last_name())
        companies.update(fake.company() for _ in range(NAMES_PER_LOCALE))
        jobs.update(fake.job() for _ in range(NAMES_PER_LOCALE // 5))
    return sorted(given), sorted(family), sorted(companies), sorted(jobs)


@cache
def text() -> Text:
    """The words and names (read once; a fraction of a second with wordfreq and Faker)."""
    try:
        words, weights = _real_words()
        given, family, companies, jobs = _real_names()
        source = "wordfreq + Faker"
    except ImportError:
        words, weights = _FALLBACK_WORDS, [1 / rank for rank in range(1, len(_FALLBACK_WORDS) + 1)]
        given, family = _FALLBACK_GIVEN, _FALLBACK_FAMILY
        companies = [f"{name} Conseil" for name in _FALLBACK_FAMILY]
        jobs = ["CFO", "Présidente", "Associé"]
        source = "a built-in list of 100 words (no wordfreq or Faker: pip install -e '.[bench]')"
    return Text(
        source,
        tuple(words),
        tuple(itertools.accumulate(weights)),
        tuple(given),
        tuple(family),
        tuple(companies),
        tuple(jobs),
    )
