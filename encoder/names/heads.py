"""Persons named in a document's heading, by the conventions editors use there.

Headings of diplomatic documents name their sender and recipient in two set ways that
running text does not follow, so they get rules of their own, applied only to ``head``
ranges found by the structure stage:

* an office followed by the holder's surname in parentheses:
  "The Ambassador in India (Henderson) to the Secretary of State";
* a full name after "by", "to", "from", "between", "and", "with":
  "Memorandum by Charles Burton Marshall to Kenneth C. Krentz of the Policy Planning Staff".

A name found here is linked when the registry knows it (the matcher is asked about the
name alone); otherwise it is an unknown person for the review report.
"""

from __future__ import annotations

import re

from ..model import NameMention
from .matcher import find_names
from .registry import Registry

__all__ = ["names_in_heads"]

WORD = r"(?:Ma?c)?[A-Z][a-zà-ÿ'’-]+"
INITIAL = r"[A-Z]\."
PARENTHESIZED = re.compile(rf"(?<=[\w.,] )\((?P<name>{WORD}(?: {WORD}){{0,2}})\)")
AFTER_PREPOSITION = re.compile(
    rf"\b(?:by|to|from|between|and|with)\s+(?P<name>(?:{INITIAL}\s+)?{WORD}(?:\s+(?:{INITIAL}|{WORD})){{1,3}})(?=\s+(?:of|to|and|on|at|in|for|with|concerning|regarding)\b|\s*[,;:.]|\s*$)"
)
# Capitalized words that begin titles and offices, not names.
NOT_NAMES = {
    "The", "Secretary", "Department", "Embassy", "Ambassador", "Minister", "Ministry", "President", "Office",
    "Director", "Chargé", "Consul", "General", "Chief", "Deputy", "Assistant", "Under", "Acting", "Special",
    "Foreign", "Prime", "Chairman", "Premier", "Commander", "Joint", "National", "Security", "Council", "State",
    "Central", "Committee", "Government", "Legation", "Mission", "Delegation", "United", "Soviet", "British",
    "Chinese", "American", "French", "Korean", "Indian", "Policy", "Planning", "Staff", "Defense", "Army",
    "Navy", "Air", "Force", "Bureau", "Division", "Section", "Agency", "Administration", "Intelligence",
    "Headquarters", "Comrade", "Comrades", "Mr", "Mrs", "Sir", "Lord", "King", "Queen", "Prince", "Marshal",
}


def names_in_heads(text: str, heads: list[tuple[int, int]], registry: Registry) -> list[NameMention]:
    """Person mentions in heading ranges, by the heading conventions above."""
    found: list[NameMention] = []
    for start, end in heads:
        for pattern in (PARENTHESIZED, AFTER_PREPOSITION):
            for match in pattern.finditer(text, start, end):
                name = match["name"]
                words = name.split()
                if words[0] in NOT_NAMES or words[-1] in NOT_NAMES or name.isupper():
                    continue
                ref = link(name, registry)
                found.append(NameMention(match.start("name"), match.end("name"), "persName", ref,
                                         reason="registry" if ref else "unknown"))
    return found


def link(name: str, registry: Registry) -> str | None:
    """The registry id of a person named exactly by ``name``, if the matcher knows it."""
    for mention in find_names(name, registry):
        if mention.kind == "persName" and mention.start == 0 and mention.end == len(name) and mention.ref:
            return mention.ref
    return None
