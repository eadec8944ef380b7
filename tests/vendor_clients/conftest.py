"""The vendors' own clients, each in its own cached virtual environment (see ``_venvs.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ._venvs import vendor_python

RIME_SDK = [["--no-deps", "rime-sdk==2.13.2"], ["urllib3", "six", "python-dateutil", "certifi"]]
PYTHON_DOMINO = [["dominodatalab==2.2.0"]]
ISTARI_CLIENT = [["istari-digital-client==13.3.4"]]
VECTARA_SDK = [["vectara==0.4.3"]]
#: Every venv the fixtures below use, by name (``python -m tests.vendor_clients`` makes them all).
VENVS = {
    "rime-sdk": RIME_SDK,
    "python-domino": PYTHON_DOMINO,
    "istari-digital-client": ISTARI_CLIENT,
    "vectara": VECTARA_SDK,
}


@pytest.fixture(scope="session")
def rime_sdk_python() -> Path:
    """rime-sdk without its dependencies (it pins pandas<1.5, which has no wheel for Python 3.11) plus
    those of its swagger client, which is all the job calls need."""
    return vendor_python("rime-sdk", VENVS["rime-sdk"])


@pytest.fixture(scope="session")
def python_domino_python() -> Path:
    """python-domino (dominodatalab 2.2.0), which pins packaging==23.2."""
    return vendor_python("python-domino", VENVS["python-domino"])


@pytest.fixture(scope="session")
def istari_python() -> Path:
    """istari-digital-client 13.3.4, both its clients (the new ``Istari`` and the legacy ``Client``)."""
    return vendor_python("istari-digital-client", VENVS["istari-digital-client"])


@pytest.fixture(scope="session")
def vectara_sdk_python() -> Path:
    """vectara 0.4.3, Vectara's official (Fern-generated) v2 SDK, which pins PyYAML==6.0.2 and pydantic-core<2.44."""
    return vendor_python("vectara", VENVS["vectara"])
