"""Runs inside a vendor client's own virtual environment: executes what the test sends, answers JSON.

Protocol, one JSON object per line: the test sends ``{"exec": "<statements>", "eval": "<expression>"}``
(either may be empty) and gets back ``{"ok": true, "value": <the expression's value as JSON>}`` or
``{"ok": false, "type": "<exception class>", "message": "...", "status": <HTTP status or null>}``.
Names persist between requests. The vendor's own prints and logs go to stderr, never into the answers.
"""

import json
import sys
import traceback

answers = sys.stdout
sys.stdout = sys.stderr
namespace: dict = {"__name__": "__vendor_client__"}


def jsonable(value):
    """The value as plain JSON data (models through their own to_dict/model_dump, then str)."""
    for method in ("to_dict", "model_dump"):
        if hasattr(value, method) and callable(getattr(value, method)):
            value = getattr(value, method)()
            break
    return json.loads(json.dumps(value, default=str))


def status_of(exc):
    for candidate in (exc, getattr(exc, "response", None)):
        for name in ("status", "status_code"):
            code = getattr(candidate, name, None)
            if isinstance(code, int):
                return code
    return None


for line in sys.stdin:
    request = json.loads(line)
    try:
        if request.get("exec"):
            exec(request["exec"], namespace)
        value = eval(request["eval"], namespace) if request.get("eval") else None
        answer = {"ok": True, "value": jsonable(value)}
    except Exception as exc:  # reported to the test, which decides
        traceback.print_exc()
        answer = {"ok": False, "type": type(exc).__name__, "message": str(exc)[:2000], "status": status_of(exc)}
    answers.write(json.dumps(answer) + "\n")
    answers.flush()
