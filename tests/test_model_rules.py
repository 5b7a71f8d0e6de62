"""One test per stage-2 mapping rule (nrmkit.model.mapping.RULES), on a real compiled fixture."""

from __future__ import annotations

import pytest

from nrmkit.model import Attribute, NrmModel, SupportQualifier, load_model
from nrmkit.model.mapping import RULES, Reference, presence_reference

from .conftest import FIXTURES, ROOT

DOC = ROOT / "docs" / "stage2-mapping.md"


@pytest.fixture(scope="module")
def model() -> NrmModel:
    paths = [FIXTURES / "nrm" / "rules", ROOT / "yang" / "common"]
    return load_model(paths, ["_3gpp-test-nrm-rules"])


def attr(model: NrmModel, name: str) -> Attribute:
    return model.ioc("RuleWidget").attribute(name)


def test_sq_m_from_mandatory_and_min_elements(model: NrmModel) -> None:
    assert attr(model, "mandatoryLeaf").support is SupportQualifier.M
    assert attr(model, "atLeastTwo").support is SupportQualifier.M
    assert model.data_type("Point").attribute("x").support is SupportQualifier.M  # a key


def test_sq_cm_from_when_on_mandatory_node(model: NrmModel) -> None:
    node = attr(model, "whenMandatory")
    assert node.support is SupportQualifier.CM
    assert [(c.kind, c.expression) for c in node.conditions] == [("when", "../mode = 'RED'")]
    assert node.conditions[0].description == "Only for red widgets."


def test_sq_cm_from_container_must_requiring_presence(model: NrmModel) -> None:
    node = attr(model, "requiredByMust")
    assert node.support is SupportQualifier.CM
    assert node.conditions[0].owner == "attributes"


def test_sq_co_from_when_and_from_own_presence_must(model: NrmModel) -> None:
    assert attr(model, "whenOptional").support is SupportQualifier.CO
    own = attr(model, "ownPresence")
    assert own.support is SupportQualifier.CO
    assert own.conditions[0].expression == "../mandatoryLeaf"


def test_sq_o_and_value_must_kept_as_constraint(model: NrmModel) -> None:
    node = attr(model, "ownValue")
    assert node.support is SupportQualifier.O
    assert node.conditions == ()
    assert [c.expression for c in node.constraints] == [". > 0"]


def test_unclear_condition_is_reported_not_guessed(model: NrmModel) -> None:
    assert attr(model, "counted").support is SupportQualifier.O
    (issue,) = [i for i in model.issues if i.code == "NRM_MAP_CONDITION"]
    assert "count(counted) < 2" in issue.message
    assert issue.location.file is not None


def test_read_write(model: NrmModel) -> None:
    assert attr(model, "stateLeaf").is_readable
    assert not attr(model, "stateLeaf").is_writable
    assert attr(model, "mode").is_writable


def test_invariant_and_notifyable(model: NrmModel) -> None:
    assert attr(model, "frozen").is_invariant
    assert not attr(model, "mode").is_invariant
    assert not attr(model, "quiet").is_notifyable
    assert attr(model, "mode").is_notifyable


def test_type_resolved_through_typedefs(model: NrmModel) -> None:
    node = attr(model, "atLeastTwo")
    assert node.type is not None
    assert node.type.name == "SmallPercent"
    assert node.type.base == "uint8"
    assert node.type.typedefs == (
        "_3gpp-test-nrm-rules:SmallPercent",
        "_3gpp-test-nrm-rules:Percent",
    )
    assert node.type_label() == "SmallPercent (uint8)"
    assert attr(model, "points").type_label() == "Point"


def test_multiplicity(model: NrmModel) -> None:
    assert attr(model, "mandatoryLeaf").multiplicity == "1"
    assert attr(model, "mode").multiplicity == "0..1"
    assert attr(model, "atLeastTwo").multiplicity == "2..5"
    assert attr(model, "stateList").multiplicity == "0..*"
    assert attr(model, "points").multiplicity == "0..3"


def test_is_ordered(model: NrmModel) -> None:
    assert attr(model, "atLeastTwo").is_ordered is True
    assert attr(model, "stateList").is_ordered is False
    assert attr(model, "mode").is_ordered is None


def test_is_unique(model: NrmModel) -> None:
    assert attr(model, "atLeastTwo").is_unique is True
    assert attr(model, "stateList").is_unique is False
    assert attr(model, "points").is_unique is True
    assert attr(model, "mode").is_unique is None


def test_default_value_from_default_or_initial_value(model: NrmModel) -> None:
    assert (attr(model, "mode").default_value, attr(model, "mode").default_source) == (
        "RED",
        "default",
    )
    start = attr(model, "startFlag")
    assert (start.default_value, start.default_source) == ("true", "initial-value")
    assert attr(model, "frozen").default_value is None


def test_is_nullable_is_always_false(model: NrmModel) -> None:
    assert not any(a.is_nullable for a in model.ioc("RuleWidget").attributes)


def test_allowed_values(model: NrmModel) -> None:
    text = attr(model, "mandatoryLeaf").type
    assert text is not None
    assert (text.allowed.length, text.allowed.patterns) == ("1..64", ("[a-z]+",))
    narrowed = attr(model, "atLeastTwo").type
    assert narrowed is not None
    assert narrowed.allowed.range == "0..10"
    colour = attr(model, "mode").type
    assert colour is not None
    assert colour.allowed.enums == ("RED", "GREEN")
    assert model.data_type("Colour").kind == "enumeration"


def test_documentation_units_status(model: NrmModel) -> None:
    assert attr(model, "atLeastTwo").units == "percent"
    assert attr(model, "oldLeaf").status == "deprecated"
    assert attr(model, "mode").description == "O with a default."


def test_choice_and_inline_structure_are_reported(model: NrmModel) -> None:
    messages = [i.message for i in model.issues if i.code == "NRM_MAP_STRUCTURE"]
    assert any("choice shape" in m for m in messages)
    assert any("RuleWidget.inline" in m for m in messages)
    assert {"round", "square"} <= {a.name for a in model.ioc("RuleWidget").attributes}


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("a or b = 'x'", Reference.PRESENCE),
        ("../a", Reference.PRESENCE),
        ("x:a and b", Reference.PRESENCE),
        ("a = 'true'", Reference.COMPARISON),
        ("'x' != ../a", Reference.COMPARISON),
        ("not(../a)", Reference.NEGATED),
        ("count(a) > 1", Reference.OTHER),
        ("../a/b", Reference.OTHER),
        ("ab or ba", Reference.NONE),
    ],
)
def test_presence_reference(expression: str, expected: Reference) -> None:
    assert presence_reference(expression, "a") is expected


def test_every_rule_is_in_the_mapping_document() -> None:
    text = DOC.read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| {rule.rule} |" in text, rule.rule
        assert rule.clause.split(";")[0] in text
