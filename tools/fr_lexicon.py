"""Build resources/lexicon/fr_genders.txt from the Lefff-derived gender list.

Source: the npm package `french-words-gender-lefff` 3.4.0 (dist/words.json, 41,819 singular
nouns with "M" or "F"), itself extracted from the Lefff 3.4 (Benoît Sagot, Inria), under the
LGPL-LR. Usage: `npm pack french-words-gender-lefff`, unpack, then
`python tools/fr_lexicon.py package/dist/words.json`. Only one-word lower-case nouns are kept,
one per line as `word<TAB>m|f`, sorted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "lexicon" / "fr_genders.txt"


def main(source: str) -> None:
    words = json.loads(Path(source).read_text(encoding="utf-8"))
    kept = sorted(
        (word, gender.lower())
        for word, gender in words.items()
        if word.islower() and " " not in word and gender in ("M", "F")
    )
    OUT.write_text("".join(f"{w}\t{g}\n" for w, g in kept), encoding="utf-8")
    print(f"{len(kept)} nouns → {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
