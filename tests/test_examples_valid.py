"""Every example (and every FRUS text, when ../shared is there) encodes to TEI valid twice."""

import pytest

from conftest import EXAMPLES, SHARED
from encoder.build import encode_to
from encoder.validate import Validator

FRUS = sorted(SHARED.glob("eval/frus/*/d*.txt")) if SHARED.exists() else []


@pytest.fixture(scope="module")
def validator():
    return Validator(tei_all=True)


def encode_and_validate(paths, out_dir, registry, validator):
    outcomes = encode_to(paths, out_dir, registry, today="2026-11-26")
    failed = {o.input.name: [str(p) for p in o.problems if p.severity == "error"] for o in outcomes if o.status == "failed"}
    invalid = {}
    for outcome in outcomes:
        if outcome.output and outcome.output.exists():
            errors = [str(p) for p in validator.iter_errors(outcome.output) if p.severity == "error"]
            if errors:
                invalid[outcome.input.name] = errors[:3]
    return failed, invalid


def test_every_example_is_valid_against_project_schema_rules_and_tei_all(tmp_path, registry, validator):
    failed, invalid = encode_and_validate(EXAMPLES, tmp_path, registry, validator)
    assert failed == {}
    assert invalid == {}
    assert len(list(tmp_path.glob("*.xml"))) == len(EXAMPLES) >= 20


def test_every_frus_text_is_valid(tmp_path, registry, validator):
    if not FRUS:
        pytest.skip("../shared/eval/frus is not available")
    by_volume = {}
    for path in FRUS:
        by_volume.setdefault(path.parent.name, []).append(path)
    for volume, paths in by_volume.items():
        failed, invalid = encode_and_validate(paths, tmp_path / volume, registry, validator)
        assert failed == {}, volume
        assert invalid == {}, volume
