"""Semantic rules and code coverage: each INST_* code has a triggering and a clean document.

Rule fixtures are the bundled examples with one substitution each, made in
tmp_path; the unmodified example is the clean fixture.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nrmkit._libyang import LibyangSchema
from nrmkit.codes import CODES
from nrmkit.modelsets import bundled_model_set

from .conftest import EXAMPLES, FIXTURES, RunCli

S1 = EXAMPLES / "solution1" / "fine-tuning.xml"
S2_FT = EXAMPLES / "solution2" / "fine-tuning.xml"
S2_RT = EXAMPLES / "solution2" / "re-training.xml"
BASE = EXAMPLES / "baseline" / "training-flow.xml"
LB_NAME = "<mLModelId>lb-model</mLModelId>\n        <mLModelVersion>1.0</mLModelVersion>"
LB_SCOPE = (
    "<aIMLInferenceName>NG_RAN_LOAD_BALANCING</aIMLInferenceName>\n"
    "        <mLTrainingType>FINE_TUNING</mLTrainingType>"
)
ES2 = "<mLModelId>es-model</mLModelId>\n        <mLModelVersion>2.0</mLModelVersion>"

# code -> (model, clean example, substitution (old, new) making it trigger)
RULE_CASES: dict[str, tuple[str, Path, tuple[str, str]]] = {
    "INST_SEM_FT_SAME_ID": (
        "solution2", S2_FT,
        (LB_NAME, LB_NAME.replace("lb-model", "ran-pretrained").replace("1.0", "1.1")),
    ),
    "INST_SEM_FT_SCOPE": (
        "solution2", S2_FT,
        (LB_SCOPE, LB_SCOPE.replace("NG_RAN_LOAD_BALANCING", "NG_RAN_CCO")),
    ),
    "INST_SEM_FT_NOT_NARROWER": (
        "solution2", S2_FT,
        (LB_SCOPE, "<aIMLInferenceName>NG_RAN_NETWORK_ENERGY_SAVING</aIMLInferenceName>"
         "<aIMLInferenceName>NG_RAN_MOBILITY_OPTIMIZATION</aIMLInferenceName>" + LB_SCOPE),
    ),
    "INST_SEM_REQUEST_SCOPE": (
        "solution2", S2_FT,
        ("<aIMLInferenceName>NG_RAN_LOAD_BALANCING</aIMLInferenceName>\n"
         "        <mLTrainingType>FINE_TUNING</mLTrainingType>\n        <mLModelRef>",
         "<aIMLInferenceName>NG_RAN_CCO</aIMLInferenceName>\n"
         "        <mLTrainingType>FINE_TUNING</mLTrainingType>\n        <mLModelRef>"),
    ),
    "INST_SEM_RETRAIN_ID": ("solution2", S2_RT, (ES2, ES2.replace("es-model", "es-other"))),
    "INST_SEM_SOURCE_REF": ("solution2", S2_FT, ("MLModel=PS-1</source", "MLModel=PS-7</source")),
    "INST_SEM_S1_SCOPE": (
        "solution1", S1,
        ("<aIMLInferenceName>NG_RAN_LOAD_BALANCING</aIMLInferenceName>\n        <mLModelRef>",
         "<aIMLInferenceName>NG_RAN_CCO</aIMLInferenceName>\n        <mLModelRef>"),
    ),
    "INST_SEM_S1_FT_SAME_ID": (
        "solution1", S1,
        (LB_NAME, LB_NAME.replace("lb-model", "ran-foundation").replace("1.0", "1.1")),
    ),
    "INST_SEM_S1_BOTH": (
        "solution1", S1,
        ("<fineTuningIndication>true</fineTuningIndication>",
         "<fineTuningIndication>true</fineTuningIndication>"
         "<aIMLInferenceName>NG_RAN_LOAD_BALANCING</aIMLInferenceName>"),
    ),
    "INST_SEM_FT_SOURCE_TYPE": (
        "solution2", S2_FT,
        ("<mLTrainingType>PRE_SPECIALISED_TRAINING</mLTrainingType>",
         "<mLTrainingType>INITIAL_TRAINING</mLTrainingType>"),
    ),
    "INST_SEM_LAST_TRAINING_SELF": (
        "baseline", BASE, ("<lastTrainingRef>Rep1</lastTrainingRef>",
                           "<lastTrainingRef>Rep2</lastTrainingRef>"),
    ),
    "INST_SEM_PROCESS_REPORT": (
        "baseline", BASE, ("<trainingProcessRef>Proc1</trainingProcessRef>",
                           "<trainingProcessRef>Proc2</trainingProcessRef>"),
    ),
}  # fmt: skip


def _codes(run_cli: RunCli, model: str, path: Path) -> list[dict[str, object]]:
    result = run_cli(["validate", "--format", "json", "--model", model, str(path)])
    found = json.loads(result.stdout)["diagnostics"]
    assert isinstance(found, list)
    return found


@pytest.mark.parametrize("code", sorted(RULE_CASES))
def test_rule_triggers_and_clean_example_does_not(
    run_cli: RunCli, tmp_path: Path, code: str
) -> None:
    model, clean, (old, new) = RULE_CASES[code]
    assert _codes(run_cli, model, clean) == []
    text = clean.read_text()
    assert old in text, old
    broken = tmp_path / clean.name
    broken.write_text(text.replace(old, new, 1))
    found = _codes(run_cli, model, broken)
    assert [d["code"] for d in found] == [code]
    assert isinstance(found[0]["line"], int)
    assert "5.1.3" in str(found[0]["clause"]) or "D36" in str(found[0]["clause"])


def test_retraining_keeping_the_version_in_another_repository(
    run_cli: RunCli, tmp_path: Path
) -> None:
    text = S2_RT.read_text()
    old = "<mLModelVersion>2.0</mLModelVersion>"
    assert old in text
    broken = tmp_path / "same-version.xml"
    broken.write_text(text.replace(old, "<mLModelVersion>1.0</mLModelVersion>", 1))
    codes = [d["code"] for d in _codes(run_cli, "solution2", broken)]
    assert codes == ["INST_UNIQUE"]  # same repository: YANG's unique catches it first


# Every non-rule INST_* code: where a test triggers it (and where a clean fixture is).
TRIGGERED_ELSEWHERE = {
    "INST_UNREADABLE", "INST_EMPTY", "INST_BINARY", "INST_ENCODING", "INST_BOM",
    "INST_FORMAT", "INST_TOO_LARGE", "INST_TOO_DEEP", "INST_DTD", "INST_SYNTAX",
    "INST_UNKNOWN_NODE", "INST_TYPE", "INST_STATE_IN_CONFIG", "INST_MANDATORY",
    "INST_CARDINALITY", "INST_UNIQUE", "INST_DUPLICATE", "INST_LEAFREF", "INST_MUST",
    "INST_WHEN", "INST_YANG", "INST_MAX_ERRORS", "INST_RECOVERY_STOPPED", "INST_NORMALISED",
    "INST_SEM_RETRAIN_VERSION",
}  # fmt: skip


def test_every_inst_code_is_covered() -> None:
    inst = {c for c in CODES if c.startswith("INST_")}
    assert inst == TRIGGERED_ELSEWHERE | set(RULE_CASES)


def test_retrain_version_rule_across_repositories(run_cli: RunCli, tmp_path: Path) -> None:
    text = S2_RT.read_text()
    assert _codes(run_cli, "solution2", S2_RT) == []
    start = text.index("    <MLModel>\n      <id>ES-2</id>")
    end = text.index("</MLModel>", start) + len("</MLModel>\n")
    es2 = text[start:end].replace("<mLModelVersion>2.0</mLModelVersion>",
                                  "<mLModelVersion>1.0</mLModelVersion>")  # fmt: skip
    repo2 = (
        '  <MLModelRepository xmlns="urn:3gpp:sa5:_3gpp-aiml-nrm-mlmodelrepository">\n'
        f"    <id>Repo2</id>\n{es2}  </MLModelRepository>\n"
    )
    moved = text[:start] + text[end:]
    at = moved.index("  <MLTrainingFunction")
    broken = tmp_path / "other-repo.xml"
    broken.write_text(moved[:at] + repo2 + moved[at:])
    assert [d["code"] for d in _codes(run_cli, "solution2", broken)] == ["INST_SEM_RETRAIN_VERSION"]


def test_yang_fallback_code_for_a_list_without_key(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "no-key.xml"
    path.write_text(
        '<SubNetwork xmlns="urn:3gpp:sa5:_3gpp-common-subnetwork">\n<id>S</id>\n'
        '<MLModelRepository xmlns="urn:3gpp:sa5:_3gpp-aiml-nrm-mlmodelrepository">\n'
        "<attributes/>\n</MLModelRepository>\n</SubNetwork>\n"
    )
    found = _codes(run_cli, "baseline", path)
    assert [(d["code"], d["line"]) for d in found] == [("INST_YANG", 3)]
    assert (FIXTURES / "instances" / "five-errors.xml").exists()


@pytest.mark.parametrize(("model", "present"), [("baseline", False), ("solution2", True)])
def test_rules_skip_queries_on_attributes_the_schema_lacks(model: str, present: bool) -> None:
    schema = LibyangSchema(bundled_model_set(model))
    (request,) = [p for p in schema.list_paths("MLTrainingRequest") if "SubNetwork" in p]
    assert schema.has_node(f"{request}/attributes/mLTrainingType") is present
    assert schema.has_node(f"{request}/attributes/aIMLInferenceName")
