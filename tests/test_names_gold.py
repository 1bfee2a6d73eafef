"""Precision and recall of names on fully annotated, hand-corrected documents.

The gold is tests/fixtures/gold/ (11 documents, rules in its README): every person, place,
organization and date in the body is tagged there, so a name the encoder finds that the
gold lacks is a false positive. The floors are the figures reached when the gold was made
(rounded down a little); raise them when the encoder improves, never lower them to pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from encoder.evaluate import evaluate_tei
from encoder.names.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "gold"
REGISTRY = [ROOT / "editions" / "registry" / f for f in ("persons.xml", "places.xml", "orgs.xml")]


def transcription(stem: str) -> Path:
    (path,) = list((ROOT / "editions").glob(f"*/{stem}.txt"))
    return path


@pytest.fixture(scope="module")
def scores():
    pairs = [(transcription(tei.stem), tei) for tei in sorted(GOLD.glob("*.xml"))]
    assert len(pairs) == 11
    return evaluate_tei(pairs, load_registry(REGISTRY))


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# measured when these floors were last raised: P/R persons 0.994/0.958, places 0.980/0.948,
# organizations 0.973/0.900; linking 0.985; dates found 0.969
FLOORS = {
    "persName": (0.98, 0.95),
    "placeName": (0.97, 0.94),
    "orgName": (0.96, 0.89),
}


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_precision_and_recall_per_type(scores, kind):
    precision = scores.precision_by_type[kind].precision()
    recall = scores.by_type[kind].recall()
    min_p, min_r = FLOORS[kind]
    assert precision >= min_p and recall >= min_r, (kind, precision, recall, f1(precision, recall))


def test_person_f1_and_linking(scores):
    p = scores.precision_by_type["persName"].precision()
    r = scores.by_type["persName"].recall()
    assert f1(p, r) >= 0.97
    assert scores.links_right / scores.links_total >= 0.98


def test_dates(scores):
    assert scores.dates_found / scores.dates_total >= 0.96
    assert scores.dates_when_right / scores.dates_total >= 0.82


def test_gold_is_lossless():
    from encoder.pipeline import encode_file
    from encoder.text import transcription_from_file, transcription_of

    registry = load_registry(REGISTRY)
    for tei in sorted(GOLD.glob("*.xml")):
        fresh = transcription_of(encode_file(transcription(tei.stem), registry).tree)
        assert transcription_from_file(tei) == fresh, tei.name
