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

Prose is stood in (:mod:`generator.prose`): the early stages run on the document with each
description and summary replaced by a token, the entry is stored under the hash of that
document, and the tokens in it are replaced by this document's texts when it is read back. So an
edit of a summary or a description finds the entry too; only the stages after it (rendering,
formatting the changed units) run again.

The entry is a pickle in the user's own cache folder (as every other cache of the generator).
"""

from __future__ import annotations

import dataclasses
import io
import pickle
from dataclasses import dataclass
from typing import Any

from generator.cache import Cache, key
from generator.errors import Diagnostic
from generator.fingerprint import generator_digest
from generator.ir.nodes import Api
from generator.load import _ANCHOR, SpecDocument
from generator.prose import NONE, StandIns, stand_in

_FORMAT = "checked-2"


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
    """The cache entry of ``doc`` (disabled with ``enabled=False``, as ``--force`` does).

    When enabled, ``doc.data`` becomes the stood-in document, in place (``stand_ins`` says by what):
    the early stages then run on it, and :meth:`restore` gives back the real texts.
    """

    def __init__(self, doc: SpecDocument, package: str, *, strict: bool, enabled: bool) -> None:
        self._store = Cache("checked", enabled=enabled)
        self._validated = Cache("validated", enabled=enabled)
        self.enabled = enabled
        self.key: str | None = None
        self.exact: str | None = None
        self.hit: Checked | None = None
        # What a run without a hit noted for the entry it stores (see generator.pipeline).
        self.repairs: list[Diagnostic] = []
        self.hits: list[Any] = []
        self.stand_ins = NONE
        if not enabled:
            return
        basis: str | None = None
        if doc.path.suffix.lower() == ".json" or not _ANCHOR.search(doc.text):
            try:
                masked, stand_ins, text = stand_in(doc.data)
            except (TypeError, ValueError, RecursionError):  # YAML-only values (dates, binary): by text
                basis = None
            else:
                basis = "data\0" + text
                doc.data, self.stand_ins = masked, stand_ins
        if basis is None:
            basis = "text\0" + doc.text
        mode = "strict" if strict else "lenient"
        self.key = key(_FORMAT, generator_digest(), package, mode, basis)
        # What the rendered files depend on: the entry and the texts its tokens stand for.
        self.exact = key(self.key, self.stand_ins.digest_part())
        self.hit = self._get()

    def _get(self) -> Checked | None:
        """The stored result, if any (and the validator's verdict is still cached as valid)."""
        if self.key is None:
            return None
        raw = self._store.get_bytes(self.key)
        if raw is None:
            return None
        try:
            checked = _Restoring(io.BytesIO(raw), self.stand_ins).load()
        except Exception:  # a damaged entry only costs time
            return None
        if not isinstance(checked, Checked) or self._validated.get(checked.validated) != "valid":
            return None
        return checked

    def put(self, checked: Checked) -> Checked:
        """Store what the early stages made of the stood-in document; return it with the real texts."""
        if self.key is None:
            return checked
        buffer = io.BytesIO()
        try:
            _Marking(buffer, self.stand_ins).dump(checked)
        except (pickle.PicklingError, RecursionError, TypeError) as exc:
            raise Unstorable(str(exc)) from exc
        raw = buffer.getvalue()
        self._store.put_bytes(self.key, raw)
        restored = _Restoring(io.BytesIO(raw), self.stand_ins).load()
        assert isinstance(restored, Checked)
        return restored

    def restore(self, text: str) -> str:
        """``text`` (a message of the early stages) with the real prose in place of the tokens."""
        return self.stand_ins.restore(text)


class Unstorable(Exception):
    """The early stages' result could not be pickled: its tokens cannot be replaced on the way back.

    The pipeline then runs again without its caches, on the real document (see generator.pipeline).
    """


class _Marking(pickle.Pickler):
    """Pickles a string holding a token as a persistent id, so that loading can put the texts in."""

    def __init__(self, file: io.BytesIO, stand_ins: StandIns) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._prefix = stand_ins.prefix if stand_ins.texts else None

    def persistent_id(self, obj: Any) -> Any:
        if self._prefix is not None and type(obj) is str and self._prefix in obj:
            return obj
        return None


class _Restoring(pickle.Unpickler):
    """Loads an entry, each marked string with the tokens in it replaced by this document's texts."""

    def __init__(self, file: io.BytesIO, stand_ins: StandIns) -> None:
        super().__init__(file)
        self._stand_ins = stand_ins

    def persistent_load(self, pid: Any) -> Any:
        if not isinstance(pid, str):
            raise pickle.UnpicklingError("an unknown persistent id")
        return self._stand_ins.restore(pid)


def with_sha(api: Api, sha256: str) -> Api:
    """The stored IR with this file's hash (the only part of the IR that depends on its bytes)."""
    return api if api.spec_sha256 == sha256 else dataclasses.replace(api, spec_sha256=sha256)
