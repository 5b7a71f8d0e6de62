"""Every example gives its manifest verdict under yanglint and the libyang binding."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from nrmkit._libyang import LibyangSchema
from nrmkit.manifest import Example
from nrmkit.modelsets import bundled_model_set

from .conftest import EXAMPLES, manifest, run_yanglint

EXAMPLE_IDS = [str(e.file.relative_to(EXAMPLES)) for e in manifest()]


@cache
def _schema(model: str) -> LibyangSchema:
    return LibyangSchema(bundled_model_set(model))


def _format(example: Example) -> str:
    return "json" if example.file.suffix == ".json" else "xml"


@pytest.mark.parametrize("example", manifest(), ids=EXAMPLE_IDS)
def test_binding_gives_the_manifest_verdict(example: Example) -> None:
    text = example.file.read_text(encoding="utf-8")
    result = _schema(example.model).validate(text, _format(example), example.datatype)
    assert result.valid is example.valid, result.messages
    if not example.valid:
        assert example.error_contains in " ".join(result.messages)


@pytest.mark.parametrize("example", manifest(), ids=EXAMPLE_IDS)
def test_yanglint_gives_the_manifest_verdict(example: Example) -> None:
    run = run_yanglint(bundled_model_set(example.model), example.file, example.datatype)
    assert (run.returncode == 0) is example.valid, run.stderr
    if not example.valid:
        assert example.error_contains in run.stderr


def test_manifest_covers_every_example_file() -> None:
    on_disk = {p for p in EXAMPLES.rglob("*") if p.suffix in (".xml", ".json")}
    assert on_disk == {e.file for e in manifest()}


def test_invalid_examples_carry_a_reason_and_an_expected_message() -> None:
    for example in manifest():
        if not example.valid:
            assert example.reason, example.file
            assert example.error_contains, example.file


@pytest.mark.parametrize("model", ["solution1", "solution2"])
def test_each_solution_has_six_invalid_documents_in_both_encodings(model: str) -> None:
    invalid = [e for e in manifest() if e.model == model and not e.valid]
    assert len(invalid) >= 6
    assert Counter(e.file.suffix for e in invalid).keys() == {".xml", ".json"}


def test_solution2_data_is_rejected_by_the_baseline() -> None:
    crossing = [
        e for e in manifest() if e.model == "baseline" and e.file.parent.name == "solution2"
    ]
    assert crossing and not any(e.valid for e in crossing)
