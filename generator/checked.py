"""The early stages' cache: our checks and repairs, the likely mistakes and the IR, by the loaded data.

``check_spec``, the rules and the IR build walk every schema of the document (twilio: ~18,000)
on every run, before any other cache applies. What they produce (the IR, its public surface,
their warnings) is a function of the loaded data, the package name, ``--strict`` and the
generator's own code (and the library versions): it is stored under the hash of exactly those.
The data, not the file's bytes: an edit that does not change the data (a reformatting, a
trailing newline) finds it.

Correctness rules:

* only a run whose checks and IR build passed is stored; a spec with a problem runs every
  check again, so that its errors are reported in full, with their lines and frames;
* the warnings are stored and replayed through the same ``Warnings`` (the likely mistakes are
  put in file order by this file's lines, exactly as a run without the cache does);
* an entry is used only while openapi-spec-validator's verdict on the repaired document is
  cached as valid too (the validator's process then does not start at all);
* a YAML text that may hold anchors is keyed by its text, not its data: a shared node is
  repaired (and warned about) once, where the same data written out in full would be twice.

The entry is a pickle in the user's own cache folder (as every other cache of the generator).
"""

from __future__ import annotations

import dataclasses
import json
import pickle
from dataclasses import dataclass
from typing import Any

from generator.cache import Cache, key
from generator.errors import Diagnostic
from generator.fingerprint import generator_digest
from generator.ir.nodes import Api
from generator.load import _ANCHOR, SpecDocument

_FORMAT = "checked-1"


@dataclass
class Checked:
    """What the early stages made of one document."""

    api: Api
    surface: dict[str, Any]
    repairs: list[Diagnostic]  # the warnings of check_spec (and its repairs), in order
    hits: list[Any]  # the likely mistakes found (rules._Hit), in the order the checks found them
    ir_warnings: list[Diagnostic]  # the warnings of the IR build, in order
    validated: str  # the key the validator's verdict on the repaired document is stored under


class Memo:
    """The cache entry of ``doc`` (disabled with ``enabled=False``, as ``--force`` does)."""

    def __init__(self, doc: SpecDocument, package: str, *, strict: bool, enabled: bool) -> None:
        self._store = Cache("checked", enabled=enabled)
        self._validated = Cache("validated", enabled=enabled)
        self.enabled = enabled
        self.key: str | None = None
        self.hit: Checked | None = None
        # What a run without a hit noted for the entry it stores (see generator.pipeline).
        self.repairs: list[Diagnostic] = []
        self.hits: list[Any] = []
        if not enabled:
            return
        basis: str | None = None
        if doc.path.suffix.lower() == ".json" or not _ANCHOR.search(doc.text):
            try:
                basis = "data\0" + json.dumps(doc.data, ensure_ascii=False, allow_nan=True)
            except (TypeError, ValueError, RecursionError):  # YAML-only values (dates, binary): by text
                basis = None
        if basis is None:
            basis = "text\0" + doc.text
        mode = "strict" if strict else "lenient"
        self.key = key(_FORMAT, generator_digest(), package, mode, basis)
        self.hit = self._get()

    def _get(self) -> Checked | None:
        """The stored result, if any (and the validator's verdict is still cached as valid)."""
        if self.key is None:
            return None
        raw = self._store.get_bytes(self.key)
        if raw is None:
            return None
        try:
            checked = pickle.loads(raw)
        except Exception:  # a damaged entry only costs time
            return None
        if not isinstance(checked, Checked) or self._validated.get(checked.validated) != "valid":
            return None
        return checked

    def put(self, checked: Checked) -> None:
        if self.key is None:
            return
        try:
            raw = pickle.dumps(checked, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, RecursionError, TypeError):
            return
        self._store.put_bytes(self.key, raw)


def with_sha(api: Api, sha256: str) -> Api:
    """The stored IR with this file's hash (the only part of the IR that depends on its bytes)."""
    return api if api.spec_sha256 == sha256 else dataclasses.replace(api, spec_sha256=sha256)
