"""Bad input: each gets a located INST_* diagnostic or exit 3, never a traceback or a hang."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import EXAMPLES, RunCli

SUBNETWORK_NS = "urn:3gpp:sa5:_3gpp-common-subnetwork"
VALID_XML = EXAMPLES / "baseline" / "training-flow.xml"
VALID_JSON = EXAMPLES / "baseline" / "training-flow.json"
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n'
    '<SubNetwork xmlns="urn:3gpp:sa5:_3gpp-common-subnetwork"><id>&lol2;</id></SubNetwork>\n'
)
QUADRATIC = (
    '<?xml version="1.0"?>\n<!DOCTYPE q [<!ENTITY a "' + "x" * 10000 + '">]>\n'
    '<SubNetwork xmlns="urn:3gpp:sa5:_3gpp-common-subnetwork"><id>'
    + "&a;" * 1000
    + "</id></SubNetwork>\n"
)
EXTERNAL = (
    '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
    '<SubNetwork xmlns="urn:3gpp:sa5:_3gpp-common-subnetwork"><id>&e;</id></SubNetwork>\n'
)

CASES = {
    "empty.xml": (b"", "INST_EMPTY", 1),
    "blank.json": (b"  \n\n ", "INST_EMPTY", 1),
    "binary.xml": (b"<a>\n\x00\x01\x02</a>", "INST_BINARY", 2),
    "latin1.xml": (b"<SubNetwork>\n<id>caf\xe9</id></SubNetwork>", "INST_ENCODING", 2),
    "utf16.json": ("{}".encode("utf-16"), "INST_ENCODING", 1),
    "neither.json": (b"hello world", "INST_FORMAT", 1),
    "laughs.xml": (BILLION_LAUGHS.encode(), "INST_DTD", 2),
    "quadratic.xml": (QUADRATIC.encode(), "INST_DTD", 2),
    "external.xml": (EXTERNAL.encode(), "INST_DTD", 2),
    "broken.xml": (
        b"<SubNetwork xmlns='urn:3gpp:sa5:_3gpp-common-subnetwork'>\n<id>1</i>",
        "INST_SYNTAX",
        2,
    ),
    "broken.json": (b'{\n "a": [1,\n', "INST_SYNTAX", None),
    "unknown-ns.xml": (
        b'<Widget xmlns="urn:example:unknown"><id>1</id></Widget>',
        "INST_UNKNOWN_NODE",
        1,
    ),
}


def _run(run_cli: RunCli, path: Path, *extra: str) -> tuple[int, list[dict[str, object]]]:
    result = run_cli(["validate", "--format", "json", "--model", "baseline", *extra, str(path)])
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_gets_one_located_diagnostic(run_cli: RunCli, tmp_path: Path, name: str) -> None:
    data, code, line = CASES[name]
    path = tmp_path / name
    path.write_bytes(data)
    exit_code, found = _run(run_cli, path)
    assert exit_code == 1
    assert [d["code"] for d in found] == [code]
    if line is not None:
        assert found[0]["line"] == line
    assert path.read_bytes() == data  # never modified


def test_utf8_bom_is_skipped_with_an_info_note(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + VALID_JSON.read_bytes())
    exit_code, found = _run(run_cli, path)
    assert (exit_code, found) == (0, [])
    _, verbose = _run(run_cli, path, "-v")
    assert [d["code"] for d in verbose] == ["INST_BOM"]


@pytest.mark.parametrize("fmt", ["xml", "json"])
def test_nesting_ten_thousand_deep(run_cli: RunCli, tmp_path: Path, fmt: str) -> None:
    depth = 10_000
    if fmt == "xml":
        body = "<a>" * depth + "</a>" * depth
        data = f'<SubNetwork xmlns="{SUBNETWORK_NS}"><id>S</id>{body}</SubNetwork>'
    else:
        data = (
            '{"_3gpp-common-subnetwork:SubNetwork":[{"id":"S","a":'
            + '{"a":' * depth
            + "1"
            + "}" * depth
            + "}]}"
        )
    path = tmp_path / f"deep.{fmt}"
    path.write_text(data)
    exit_code, found = _run(run_cli, path)
    assert exit_code == 1
    assert [d["code"] for d in found] == ["INST_TOO_DEEP"]
    assert found[0]["line"] == 1


def test_hundred_megabyte_file_is_validated(run_cli: RunCli, tmp_path: Path) -> None:
    text = VALID_XML.read_text()
    padding = "<!--" + "x" * (100 * 1024 * 1024) + "-->\n"
    path = tmp_path / "big.xml"
    path.write_text(text.replace("<SubNetwork", padding + "<SubNetwork", 1))
    assert path.stat().st_size > 100 * 1024 * 1024
    exit_code, found = _run(run_cli, path)
    assert (exit_code, found) == (0, [])
    exit_code, found = _run(run_cli, path, "--max-bytes", "1000000")
    assert exit_code == 1
    assert [d["code"] for d in found] == ["INST_TOO_LARGE"]


def test_vanished_file_exits_3_and_reports_the_rest(run_cli: RunCli, tmp_path: Path) -> None:
    gone = tmp_path / "gone.xml"
    result = run_cli(["validate", "--model", "baseline", str(gone), str(VALID_XML)])
    assert result.exit_code == 3
    assert f"nrmkit: error: {gone}: cannot read" in result.stderr
    assert "INST_UNREADABLE" in result.stdout


def test_directory_walk_detects_format_from_content(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "actually-json.xml").write_bytes(VALID_JSON.read_bytes())
    (tmp_path / "doc.json").write_bytes(VALID_XML.read_bytes())
    (tmp_path / "ignored.txt").write_text("not a document")
    result = run_cli(["validate", "--model", "baseline", str(tmp_path)])
    assert result.exit_code == 0, result.stdout
    assert "2 file(s), 0 invalid" in result.stderr
