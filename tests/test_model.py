"""The model view on the bundled model sets and on nrmkit's own NRM fixtures."""

from __future__ import annotations

import dataclasses

import pytest

from nrmkit.errors import ModelLoadError
from nrmkit.model import NrmModel, SupportQualifier, load_model, load_model_set
from nrmkit.modelsets import bundled_model_set

from .conftest import FIXTURES, ROOT

NRM = FIXTURES / "nrm"
COMMON = ROOT / "yang" / "common"


@pytest.fixture(scope="module")
def baseline() -> NrmModel:
    return load_model_set(bundled_model_set("baseline"))


@pytest.fixture(scope="module")
def split() -> NrmModel:
    modules = ["_3gpp-test-nrm-parent", "_3gpp-test-nrm-other"]
    return load_model([NRM / "split", COMMON], modules)


def test_baseline_classes_and_containment(baseline: NrmModel) -> None:
    names = [ioc.name for ioc in baseline.iocs]
    assert names == sorted(names)
    assert {"MLModel", "MLModelRepository", "MLTrainingFunction", "MLTrainingRequest"} <= set(names)
    assert baseline.ioc("MLTrainingFunction").contained_in == ("ManagedElement", "SubNetwork")
    assert baseline.ioc("MLTrainingRequest").contained_in == ("MLTrainingFunction",)
    assert baseline.ioc("MLModel").contained_in == ("MLModelRepository",)
    assert len(baseline.ioc("MLTrainingFunction").yang_paths) == 2


def test_baseline_inheritance(baseline: NrmModel) -> None:
    function = baseline.ioc("MLTrainingFunction")
    assert function.inherits == ("Top", "ManagedFunction")
    assert function.attribute("userLabel").inherited_from == "ManagedFunction"
    assert [a.name for a in function.own_attributes()] == ["mLModelRepositoryRef"]


def test_modules_carry_name_revision_namespace_prefix(baseline: NrmModel) -> None:
    module = baseline.module("_3gpp-aiml-nrm-mltrainingfunction")
    assert module.revision == "2024-11-15"
    assert module.namespace == "urn:3gpp:sa5:_3gpp-aiml-nrm-mltrainingfunction"
    assert module.prefix == "mltf3gpp"


def test_view_is_frozen_and_compares_by_content(baseline: NrmModel) -> None:
    again = load_model_set(bundled_model_set("baseline"))
    assert again == baseline
    assert hash(again.ioc("MLModel")) == hash(baseline.ioc("MLModel"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        baseline.ioc("MLModel").name = "x"  # type: ignore[misc]


def test_locations_do_not_take_part_in_comparison(baseline: NrmModel) -> None:
    attribute = baseline.ioc("MLModel").attribute("mLModelId")
    moved = dataclasses.replace(attribute, location=dataclasses.replace(attribute.location, line=1))
    assert moved == attribute
    assert attribute.location.file.endswith("_3gpp-aiml-nrm-mlmodelrepository.yang")


def test_solution1_cm_condition_from_container_must() -> None:
    model = load_model_set(bundled_model_set("solution1"))
    name = model.ioc("MLTrainingRequest").attribute("aIMLInferenceName")
    assert name.support is SupportQualifier.CM
    (condition,) = name.conditions
    assert condition.kind == "must"
    assert condition.owner == "attributes"
    assert condition.expression == "aIMLInferenceName or fineTuningIndication = 'true'"
    assert condition.description is not None
    assert "CM condition of aIMLInferenceName" in condition.description
    flag = model.ioc("MLTrainingRequest").attribute("fineTuningIndication")
    assert flag.support is SupportQualifier.O
    assert flag.is_invariant


def test_solution2_leaf_list_is_mandatory_one_to_many() -> None:
    model = load_model_set(bundled_model_set("solution2"))
    name = model.ioc("MLTrainingRequest").attribute("aIMLInferenceName")
    assert name.yang.kind == "leaf-list"
    assert name.multiplicity == "1..*"
    assert name.support is SupportQualifier.M
    assert name.is_unique is True
    assert name.is_ordered is False
    source = model.ioc("MLTrainingRequest").attribute("mLModelRef")
    assert source.support is SupportQualifier.CM
    assert source.conditions[0].owner == "mLTrainingType"


def test_class_in_submodule(split: NrmModel) -> None:
    child = split.ioc("Child")
    assert child.module == "_3gpp-test-nrm-parent"
    assert child.submodule == "_3gpp-test-nrm-parent-child"
    assert child.contained_in == ("Parent",)
    assert split.module("_3gpp-test-nrm-parent").submodules == ("_3gpp-test-nrm-parent-child",)


def test_class_placed_by_augment_from_another_module(split: NrmModel) -> None:
    other = split.ioc("Other")
    assert other.module == "_3gpp-test-nrm-other"
    assert other.yang_paths == ("/par3gpp:Parent/other3gpp:Other",)
    assert other.contained_in == ("Parent",)


def test_grouping_reused_across_modules(split: NrmModel) -> None:
    shared = split.data_type("Shared")
    assert shared.module == "_3gpp-test-nrm-types"
    assert shared.yang_name == "SharedGrp"
    assert split.ioc("Child").attribute("shared").data_type == "Shared"
    assert split.ioc("Other").attribute("tags").data_type == "Shared"
    assert split.ioc("Other").attribute("baseAttr").inherited_from == "BaseClass"
    assert split.ioc("Other").inherits == ("Top", "BaseClass")


def test_only_named_modules_give_classes(split: NrmModel) -> None:
    assert [i.name for i in split.iocs] == ["Child", "Other", "Parent"]


def test_same_class_placed_differently_is_reported() -> None:
    model = load_model([NRM / "conflict", COMMON], ["_3gpp-test-nrm-conflict"])
    (issue,) = model.issues
    assert issue.code == "NRM_MAP_CONFLICT"
    assert [a.name for a in model.ioc("Dup").attributes] == ["a"]


def test_clean_model_has_no_issues(split: NrmModel) -> None:
    assert split.issues == ()


def test_lookup_of_unknown_name_raises(baseline: NrmModel) -> None:
    with pytest.raises(KeyError):
        baseline.ioc("NoSuchClass")


def test_missing_module_is_a_load_error() -> None:
    with pytest.raises(ModelLoadError, match="not found"):
        load_model([COMMON], ["_3gpp-no-such-module"])


def test_broken_module_is_a_load_error() -> None:
    with pytest.raises(ModelLoadError):
        load_model([FIXTURES / "yang" / "broken"])
