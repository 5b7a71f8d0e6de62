"""Semantic rules beyond YANG: a small registry over the validated data tree.

Each rule enforces a statement of 3GPP TR 28.858 clause 5.1.3 (the training
types and their results) or a modelling decision of docs/modelling-decisions.md
(D23, D35, D36) that YANG cannot express. A rule applies by itself: its
queries find nothing in a model set that lacks the nodes it reads.

Rule -- one registered rule: id, codes, check
RULES -- the registry
SEM_CODES -- the INST_SEM_* CodeSpecs
Finding -- (CodeSpec, data path, message) as a rule yields it
run_rules -- every finding of every rule on one tree
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from nrmkit.diagnostics import CodeSpec, Severity
from nrmkit.instances import Instance
from nrmkit.validate.facts import Facts

_TR = "3GPP TR 28.858 clause 5.1.3"

SEM_FT_SAME_ID = CodeSpec(
    "INST_SEM_FT_SAME_ID", Severity.ERROR,
    "A FINE_TUNING result keeps the source model's mLModelId", f"{_TR}; D35 R10",
)  # fmt: skip
SEM_FT_SCOPE = CodeSpec(
    "INST_SEM_FT_SCOPE", Severity.ERROR,
    "A FINE_TUNING result infers outside the source model's scope", f"{_TR}; D35 R11",
)  # fmt: skip
SEM_FT_NOT_NARROWER = CodeSpec(
    "INST_SEM_FT_NOT_NARROWER", Severity.WARNING,
    "A FINE_TUNING result has the same inference scope as its source", f"{_TR}; D35 R11",
)  # fmt: skip
SEM_REQUEST_SCOPE = CodeSpec(
    "INST_SEM_REQUEST_SCOPE", Severity.ERROR,
    "A FINE_TUNING request asks for inferences its source model lacks", f"{_TR}; D35 R12",
)  # fmt: skip
SEM_RETRAIN_ID = CodeSpec(
    "INST_SEM_RETRAIN_ID", Severity.ERROR,
    "A RE_TRAINING result has another mLModelId than its source", f"{_TR}; D35 R13",
)  # fmt: skip
SEM_RETRAIN_VERSION = CodeSpec(
    "INST_SEM_RETRAIN_VERSION", Severity.ERROR,
    "A RE_TRAINING result keeps the source's mLModelVersion", f"{_TR}; D35 R13",
)  # fmt: skip
SEM_SOURCE_REF = CodeSpec(
    "INST_SEM_SOURCE_REF", Severity.WARNING,
    "sourceTrainedMLModelRef names no MLModel of the document", f"{_TR}; D35 R14",
)  # fmt: skip
SEM_S1_SCOPE = CodeSpec(
    "INST_SEM_S1_SCOPE", Severity.ERROR,
    "A solution #1 fine-tuning asks outside potentialInferenceScope", f"{_TR}; D23 R2",
)  # fmt: skip
SEM_S1_FT_SAME_ID = CodeSpec(
    "INST_SEM_S1_FT_SAME_ID", Severity.ERROR,
    "A solution #1 fine-tuning result keeps the source model's mLModelId", f"{_TR}; D23 R1",
)  # fmt: skip
SEM_S1_BOTH = CodeSpec(
    "INST_SEM_S1_BOTH", Severity.WARNING,
    "A fine-tuning indication true comes with an aIMLInferenceName", f"{_TR}; D21 R7",
)  # fmt: skip
SEM_FT_SOURCE_TYPE = CodeSpec(
    "INST_SEM_FT_SOURCE_TYPE", Severity.WARNING,
    "A FINE_TUNING request's source was not pre-specialised", f"{_TR}; D35 R15",
)  # fmt: skip
SEM_LAST_TRAINING_SELF = CodeSpec(
    "INST_SEM_LAST_TRAINING_SELF", Severity.ERROR,
    "A report's lastTrainingRef names the report itself", "modelling decision D36 R22",
)  # fmt: skip
SEM_PROCESS_REPORT = CodeSpec(
    "INST_SEM_PROCESS_REPORT", Severity.ERROR,
    "Process and report do not name each other (1:1)", "modelling decision D36 R21",
)  # fmt: skip

Finding = tuple[CodeSpec, str, str]
Check = Callable[[Facts], Iterator[Finding]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered semantic rule: its decision id, the codes it emits, its check."""

    rule_id: str
    codes: tuple[CodeSpec, ...]
    check: Check


def _results(facts: Facts, training_type: str) -> Iterator[tuple[Instance, Instance, Instance]]:
    """(request, source model, result model) for each finished request of a type."""
    requests = facts.instances("MLTrainingRequest", f"attributes/mLTrainingType='{training_type}'")
    return _results_of(facts, requests)


def _results_of(
    facts: Facts, requests: tuple[Instance, ...]
) -> Iterator[tuple[Instance, Instance, Instance]]:
    """(request, source model, result model) for each of ``requests`` that a report answers."""
    reports = (
        facts.instances("MLTrainingReport", "attributes/trainingRequestRef") if requests else ()
    )
    for request in requests:
        source = facts.model(request, request.first("attributes/mLModelRef"))
        for report in reports:
            if report.first("attributes/trainingRequestRef") != request.first("id"):
                continue
            if report.path.rsplit("/", 1)[0] != request.path.rsplit("/", 1)[0]:
                continue
            result = facts.model(report, report.first("attributes/mLModelGeneratedRef"))
            if source is not None and result is not None:
                yield request, source, result


def _fine_tuning_results(facts: Facts) -> Iterator[Finding]:
    for request, source, result in _results(facts, "FINE_TUNING"):
        where = f"{result.path}/attributes/mLModelId"
        req = request.first("id")
        if result.first("attributes/mLModelId") == source.first("attributes/mLModelId"):
            yield (
                SEM_FT_SAME_ID,
                where,
                (
                    f"model {result.first('id')} from FINE_TUNING request {req} keeps mLModelId "
                    f"{result.first('attributes/mLModelId')!r} of source {source.first('id')}"
                ),
            )
        yield from _scope(result, source, req)


def _scope(result: Instance, source: Instance, req: str | None) -> Iterator[Finding]:
    mine = set(result.get("attributes/aIMLInferenceName"))
    theirs = set(source.get("attributes/aIMLInferenceName"))
    where = f"{result.path}/attributes"
    if not mine <= theirs:
        extra = ", ".join(sorted(mine - theirs))
        yield (
            SEM_FT_SCOPE,
            where,
            (
                f"model {result.first('id')} (FINE_TUNING request {req}) infers {extra}, "
                f"not in the scope of source {source.first('id')}"
            ),
        )
    elif mine == theirs:
        yield (
            SEM_FT_NOT_NARROWER,
            where,
            (
                f"model {result.first('id')} has the same inference scope as source "
                f"{source.first('id')}; fine-tuning is expected to narrow it"
            ),
        )


def _fine_tuning_requests(facts: Facts) -> Iterator[Finding]:
    for request in facts.instances("MLTrainingRequest", "attributes/mLTrainingType='FINE_TUNING'"):
        source = facts.model(request, request.first("attributes/mLModelRef"))
        if source is None:
            continue
        extra = set(request.get("attributes/aIMLInferenceName")) - set(
            source.get("attributes/aIMLInferenceName")
        )
        if extra:
            yield (
                SEM_REQUEST_SCOPE,
                f"{request.path}/attributes",
                (
                    f"FINE_TUNING request {request.first('id')} asks for "
                    f"{', '.join(sorted(extra))}, not in the scope of {source.first('id')}"
                ),
            )


def _re_training_results(facts: Facts) -> Iterator[Finding]:
    for request, source, result in _results(facts, "RE_TRAINING"):
        req, new, old = request.first("id"), result.first("id"), source.first("id")
        if result.first("attributes/mLModelId") != source.first("attributes/mLModelId"):
            yield (
                SEM_RETRAIN_ID,
                f"{result.path}/attributes/mLModelId",
                (
                    f"model {new} from RE_TRAINING request {req} has mLModelId "
                    f"{result.first('attributes/mLModelId')!r}, source {old} has "
                    f"{source.first('attributes/mLModelId')!r}"
                ),
            )
        elif result.first("attributes/mLModelVersion") == source.first("attributes/mLModelVersion"):
            yield (
                SEM_RETRAIN_VERSION,
                f"{result.path}/attributes/mLModelVersion",
                (
                    f"model {new} from RE_TRAINING request {req} keeps version "
                    f"{result.first('attributes/mLModelVersion')!r} of source {old}"
                ),
            )


def _source_refs(facts: Facts) -> Iterator[Finding]:
    for model in facts.instances("MLModel", "attributes/sourceTrainedMLModelRef"):
        dn = model.first("attributes/sourceTrainedMLModelRef")
        if facts.by_dn("MLModel", dn) is None:
            yield (
                SEM_SOURCE_REF,
                f"{model.path}/attributes/sourceTrainedMLModelRef",
                (
                    f"model {model.first('id')}: sourceTrainedMLModelRef {dn!r} names no MLModel "
                    "in this document"
                ),
            )


def _s1_fine_tuning_scope(facts: Facts) -> Iterator[Finding]:
    for request in facts.instances("MLTrainingRequest", "attributes/mLModelRef"):
        if request.first("attributes/fineTuningIndication") == "true":
            continue
        source = facts.model(request, request.first("attributes/mLModelRef"))
        if source is None or source.first("attributes/finetuningModelIndication") != "true":
            continue
        wanted = set(request.get("attributes/aIMLInferenceName"))
        extra = wanted - set(source.get("attributes/potentialInferenceScope"))
        if extra:
            yield (
                SEM_S1_SCOPE,
                f"{request.path}/attributes/aIMLInferenceName",
                (
                    f"fine-tuning request {request.first('id')} asks for "
                    f"{', '.join(sorted(extra))}, outside potentialInferenceScope of "
                    f"{source.first('id')}"
                ),
            )


def _s1_fine_tunings(facts: Facts) -> tuple[Instance, ...]:
    """Solution #1 fine-tuning requests: mLModelRef names a model meant for fine-tuning."""
    found = []
    for request in facts.instances("MLTrainingRequest", "attributes/mLModelRef"):
        source = facts.model(request, request.first("attributes/mLModelRef"))
        if source is not None and source.first("attributes/finetuningModelIndication") == "true":
            found.append(request)
    return tuple(found)


def _s1_fine_tuning_results(facts: Facts) -> Iterator[Finding]:
    for request, source, result in _results_of(facts, _s1_fine_tunings(facts)):
        model_id = result.first("attributes/mLModelId")
        if model_id == source.first("attributes/mLModelId"):
            yield (
                SEM_S1_FT_SAME_ID,
                f"{result.path}/attributes/mLModelId",
                (
                    f"model {result.first('id')} from fine-tuning request {request.first('id')} "
                    f"keeps mLModelId {model_id!r} of source {source.first('id')}"
                ),
            )


def _s1_both(facts: Facts) -> Iterator[Finding]:
    for cls, leaf in (
        ("MLTrainingRequest", "fineTuningIndication"),
        ("MLModel", "finetuningModelIndication"),
    ):
        where = f"attributes/{leaf}='true' and attributes/aIMLInferenceName"
        for found in facts.instances(cls, where):
            yield (
                SEM_S1_BOTH,
                f"{found.path}/attributes/aIMLInferenceName",
                (
                    f"{cls} {found.first('id')} has {leaf} true and an aIMLInferenceName; "
                    "potentialInferenceScope gives the scope of such a model"
                ),
            )


def _fine_tuning_source_type(facts: Facts) -> Iterator[Finding]:
    for request in facts.instances("MLTrainingRequest", "attributes/mLTrainingType='FINE_TUNING'"):
        source = facts.model(request, request.first("attributes/mLModelRef"))
        kind = source.first("attributes/mLTrainingType") if source else None
        if source is not None and kind != "PRE_SPECIALISED_TRAINING":
            yield (
                SEM_FT_SOURCE_TYPE,
                f"{request.path}/attributes/mLModelRef",
                (
                    f"FINE_TUNING request {request.first('id')} starts from "
                    f"{source.first('id')}, trained as {kind or 'unknown'}, "
                    "not PRE_SPECIALISED_TRAINING"
                ),
            )


def _last_training_self(facts: Facts) -> Iterator[Finding]:
    for report in facts.instances("MLTrainingReport", "attributes/lastTrainingRef = id"):
        yield (
            SEM_LAST_TRAINING_SELF,
            f"{report.path}/attributes/lastTrainingRef",
            (f"report {report.first('id')} names itself as its last training"),
        )


def _process_report(facts: Facts) -> Iterator[Finding]:
    for report in facts.instances("MLTrainingReport", "attributes/trainingProcessRef"):
        process_id = report.first("attributes/trainingProcessRef")
        process = facts.sibling(report, "MLTrainingProcess", process_id)
        back = process.first("attributes/trainingReportRef") if process else None
        if process is not None and back is not None and back != report.first("id"):
            yield (
                SEM_PROCESS_REPORT,
                f"{report.path}/attributes/trainingProcessRef",
                (
                    f"report {report.first('id')} names process {process_id}, whose "
                    f"trainingReportRef is {back}"
                ),
            )


RULES = (
    Rule("R10/R11", (SEM_FT_SAME_ID, SEM_FT_SCOPE, SEM_FT_NOT_NARROWER), _fine_tuning_results),
    Rule("R12", (SEM_REQUEST_SCOPE,), _fine_tuning_requests),
    Rule("R13", (SEM_RETRAIN_ID, SEM_RETRAIN_VERSION), _re_training_results),
    Rule("R14", (SEM_SOURCE_REF,), _source_refs),
    Rule("R15", (SEM_FT_SOURCE_TYPE,), _fine_tuning_source_type),
    Rule("R1", (SEM_S1_FT_SAME_ID,), _s1_fine_tuning_results),
    Rule("R2", (SEM_S1_SCOPE,), _s1_fine_tuning_scope),
    Rule("R7", (SEM_S1_BOTH,), _s1_both),
    Rule("R21", (SEM_PROCESS_REPORT,), _process_report),
    Rule("R22", (SEM_LAST_TRAINING_SELF,), _last_training_self),
)
SEM_CODES = tuple(spec for rule in RULES for spec in rule.codes)


def run_rules(facts: Facts) -> tuple[Finding, ...]:
    """Every finding of every registered rule, in registry order."""
    return tuple(finding for rule in RULES for finding in rule.check(facts))
