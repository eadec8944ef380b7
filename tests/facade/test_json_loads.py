"""``mljobs._http.loads`` reads every body as ``json.loads`` does: the same values, or the same error.

A list page and a Domino GET are read through it (msgspec's decoder first, ``json.loads`` for what that
refuses). Values are compared with their types, key order and float signs, so an integer made a float, a
``-0.0`` made ``0.0`` or a reordered object fails.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import mljobs
from mljobs import _http
from mljobs._http import loads
from mljobs.testing import serve


def same(a: Any, b: Any) -> bool:
    """Equal, with the same types all the way down, keys in the same order, floats printing the same.

    Iterative: a body nested 2,000 deep, which Python 3.13's json.loads reads, is compared too.
    """
    stack = [(a, b)]
    while stack:
        x, y = stack.pop()
        if type(x) is not type(y):
            return False
        if isinstance(x, dict):
            if list(x) != list(y):
                return False
            stack.extend((x[k], y[k]) for k in x)
        elif isinstance(x, list):
            if len(x) != len(y):
                return False
            stack.extend(zip(x, y, strict=True))
        elif isinstance(x, float):
            if repr(x) != repr(y):
                return False
        elif x != y:
            return False
    return True


def outcome(read: Any, body: bytes) -> tuple[str, Any]:
    try:
        return "value", read(body)
    except Exception as exc:  # the error's type is what a caller's except clause sees
        return "error", type(exc)


def assert_reads_as_json_loads(body: bytes) -> None:
    got, expected = outcome(loads, body), outcome(json.loads, body)
    assert got[0] == expected[0], (body, got, expected)
    assert same(got[1], expected[1]) if got[0] == "value" else got[1] is expected[1], (body, got, expected)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
    max_leaves=15,
)
#: Pieces of JSON text, valid and not: surrogates (escaped and raw), overlong and out-of-range UTF-8,
#: control characters, numbers out of float range, BOMs.
TOKENS = [
    b'"', b"\\", b"u", b"d83d", b"de00", b"00", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xe2\x82\xac",
    b"\x1f", b"\x7f", b"\xef\xbb\xbf", b"\xff\xfe", b"1", b"-", b".", b"e", b"E+400", b"9" * 25, b"[", b"]", b"{",
    b"}", b":", b",", b" ", b"true", b"null", b"NaN", b"Infinity",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(JSON_VALUES, st.booleans(), st.sampled_from([None, 2]))
def test_any_json_text_reads_the_same(value: Any, ascii_only: bool, indent: int | None) -> None:
    assert_reads_as_json_loads(
        json.dumps(value, ensure_ascii=ascii_only, indent=indent).encode("utf-8", "surrogatepass")
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=20))
def test_any_text_of_json_pieces_reads_the_same_or_fails_the_same(pieces: list[bytes]) -> None:
    assert_reads_as_json_loads(b"".join(pieces))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=24))
def test_any_bytes_read_the_same_or_fail_the_same(body: bytes) -> None:
    assert_reads_as_json_loads(body)


@pytest.mark.parametrize(
    "body",
    [
        b"18446744073709551616",  # past 64 bits: still an int
        b"123456789012345678901234567890.5",
        b'{"a": 1, "b": 2, "a": 3}',  # the last of duplicate keys, in the first one's place
        b"[NaN, Infinity, -Infinity]",
        b"[1e400, -1e400]",
        b"\xef\xbb\xbf{}",  # a UTF-8 BOM
        '{"a": "é"}'.encode("utf-16"),
        '{"a": "é"}'.encode("utf-32-le"),
        b'"\\ud800"',  # a lone surrogate
        b'"\xed\xa0\x80"',  # a surrogate in UTF-8 (json.loads reads it with surrogatepass)
        b"-0.0",
        b"1" * 5000,  # more digits than int() takes: json.loads's ValueError
        b"[" * 2000 + b"]" * 2000,  # nested deep: RecursionError on 3.11, read on 3.13 (by both)
        b'"\xc3\x28"',  # not UTF-8: UnicodeDecodeError
        b"",
    ],
)
def test_the_bodies_msgspec_and_json_loads_part_on(body: bytes) -> None:
    assert_reads_as_json_loads(body)


def test_without_msgspec_json_loads_reads_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "msgspec", None)  # import msgspec raises ImportError
    monkeypatch.setattr(_http, "_DECODE", [None])
    assert loads(b'{"n": 18446744073709551616}') == {"n": 18446744073709551616}
    assert _http._DECODE[0] is json.loads


def test_a_listed_page_with_values_msgspec_refuses_is_still_read() -> None:
    """NaN and a BOM make msgspec refuse the page; json.loads reads it, so the listing goes on."""
    with serve("rime", seed=3) as sim:
        sim.add_jobs(3)
        with httpx.Client(base_url=sim.base_url) as http:
            body = http.get("/v1-beta/jobs", headers={"rime-api-key": sim.credentials["api_key"]}).json()
    body["jobs"][0]["extra"] = float("nan")
    content = b"\xef\xbb\xbf" + json.dumps(body).encode()  # json.dumps writes NaN

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    with mljobs.Rime(
        base_url="http://rime.test", api_key="k", api="v1-beta", transport=httpx.MockTransport(answer)
    ) as rime:
        jobs = list(rime.jobs.list())
    assert [j.id for j in jobs] == [j["jobId"] for j in body["jobs"]]
    assert jobs[0].raw.additional_properties["extra"] != jobs[0].raw.additional_properties["extra"]  # NaN


def test_msgspec_is_what_reads_first_where_installed() -> None:
    import msgspec

    assert loads(b"[1]") == [1]
    assert isinstance(getattr(_http._DECODE[0], "__self__", None), msgspec.json.Decoder)


def test_import_mljobs_does_not_import_msgspec() -> None:
    import subprocess

    code = "import sys, mljobs; mljobs.Domino; print('msgspec' in sys.modules)"
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
        == "False"
    )
