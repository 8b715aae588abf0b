"""Command line: ``python -m generator --spec PATH --out DIR --package NAME [--check]``.

Exit codes: 0 success (or no drift), 1 drift found by ``--check``, 2 bad spec or bad usage.
Errors about the spec are printed as ``file:line: message`` plus the JSON pointer; never as a
traceback. An unexpected exception is a generator bug and is reported as such (exit 3).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator import __version__
from generator.errors import SHOWN_PER_RULE, Diagnostic, InternalError, SpecError, UsageError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate a typed Python client package from an OpenAPI 3.0/3.1 spec.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--spec", required=True, type=Path, help="the OpenAPI document (YAML or JSON)")
    parser.add_argument("--out", required=True, type=Path, help="directory that receives NAME/ and pyproject.toml")
    parser.add_argument("--package", required=True, help="Python package name (a valid identifier)")
    parser.add_argument(
        "--check", action="store_true", help="compare with DIR/NAME instead of writing; exit 1 on drift"
    )
    parser.add_argument("--ir", type=Path, help="also write the intermediate representation (JSON) to this file")
    parser.add_argument("--templates", type=Path, help="a templates directory to use instead of the built-in one")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress or warnings on stderr")
    parser.add_argument(
        "--force", action="store_true", help="regenerate even when the inputs did not change; format without cache"
    )
    parser.add_argument(
        "--strict", action="store_true", help="likely mistakes in the spec are errors, not warnings (our own spec)"
    )
    parser.add_argument(
        "--release", action="store_true", help="make the changes since the last release a new version (semver bump)"
    )
    parser.add_argument("--package-only", action="store_true", help="write DIR/NAME only: no pyproject.toml, CHANGELOG")
    parser.add_argument(
        "--overwrite", action="store_true", help="write into a folder holding files the generator did not write"
    )
    return parser


class _ArgumentParserError(Exception):
    pass


def _located(spec: Path, line: int | None, pointer: str) -> str:
    where = f"{spec}:{line}" if line else str(spec)
    if len(pointer) > 160:  # a pointer hundreds of levels deep still fits on the screen
        pointer = f"{pointer[:70]}...{pointer[-70:]}"
    return f"{where}: " + (f"at #{pointer}: " if pointer else "")


def _lint_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator lint", description="Report spec problems a validator does not (the spec doctor)."
    )
    parser.add_argument("--spec", required=True, type=Path, help="the OpenAPI document (YAML or JSON)")
    parser.add_argument("--errors-only", action="store_true", help="print only findings of severity error")
    parser.add_argument("--strict", action="store_true", help="likely mistakes are errors (as `generate --strict`)")
    spectral = parser.add_mutually_exclusive_group()
    spectral.add_argument(
        "--require-spectral", action="store_true", help="exit 2 when Spectral cannot run (by default it is skipped)"
    )
    spectral.add_argument("--no-spectral", action="store_true", help="run only our own checks")
    parser.add_argument("--ruleset", type=Path, help="Spectral ruleset (default: tools/spectral/ruleset.yaml)")
    return parser


def lint_main(argv: list[str]) -> int:
    """``lint``: exit 0 without errors (warnings allowed), 1 with errors, 2 if the spec cannot be read."""
    try:
        args = _lint_parser().parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    from generator.doctor import diagnose
    from generator.load import load_spec
    from generator.rules import frame_of

    try:
        doc = load_spec(args.spec)
    except SpecError as exc:
        print(f"error: {_located(args.spec, exc.line, exc.pointer)}{exc.message}", file=sys.stderr)
        return 2
    ours = _checks(doc, strict=args.strict) + diagnose(doc)
    theirs, spectral_note = ([], "Spectral not run (--no-spectral)") if args.no_spectral else _spectral(args, doc, ours)
    if theirs is None:
        print(f"error: {spectral_note}", file=sys.stderr)
        return 2
    findings = sorted(ours + theirs, key=lambda f: (f.line or 0, f.rule))
    errors = [f for f in findings if f.severity == "error"]
    for finding in errors if args.errors_only else findings:
        print(finding.render(str(args.spec), frame_of(doc, finding)))
    print(f"{len(errors)} error(s), {len(findings) - len(errors)} warning(s); {spectral_note}", file=sys.stderr)
    return 1 if errors else 0


def _spectral(args: argparse.Namespace, doc: Any, ours: list[Any]) -> tuple[list[Any] | None, str]:
    """Spectral's findings and a note on the run; ``None`` when it was required and could not run."""
    # Imported here: only `lint` needs it, and it keeps `generate` start-up fast.
    from generator import spectral

    try:
        results = spectral.run(args.spec, ruleset=args.ruleset or spectral.DEFAULT_RULESET)
    except spectral.SpectralUnavailable as exc:
        return (None if args.require_spectral else []), f"Spectral skipped: {exc}"
    report = spectral.findings(results, doc.data, ours)
    also = f", {report.duplicates} it shares with ours shown once" if report.duplicates else ""
    return report.findings, f"Spectral: {len(report.findings)} finding(s){also}"


def _checks(doc: Any, *, strict: bool) -> list[Any]:
    """Every check ``generate`` runs, as findings: validation, the likely mistakes, the IR's own."""
    from generator.ir import build_ir
    from generator.rules import Finding, likely_mistakes
    from generator.validate import check_spec, schema_errors, schema_problems

    def found(problems: list[SpecError]) -> list[Finding]:
        return [
            Finding(p.kind or "invalid", "error", p.pointer, p.message, p.hint or "see the message", p.line)
            for p in problems
        ]

    try:
        check_spec(doc)
    except SpecError as exc:
        return [replace(f, line=f.line or doc.line_of(f.pointer)) for f in found(exc.problems)]
    out = likely_mistakes(doc, strict=strict)
    out += found(schema_problems(schema_errors(doc.data)))
    try:
        build_ir(doc, "lint")
    except SpecError as exc:
        out += found(exc.problems)
    out += [Finding(d.rule, "warning", d.pointer, d.message, "see the message") for d in doc.warnings.items]
    return [replace(f, line=f.line or doc.line_of(f.pointer)) for f in out]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["lint"]:
        return lint_main(argv[1:])
    verifying = argv[:1] == ["verify"]
    parser = _verify_parser() if verifying else _parser()
    try:
        args = parser.parse_args(argv[1:] if verifying else argv)
    except SystemExit as exc:  # argparse already printed usage; bad usage is exit 2
        return 0 if exc.code == 0 else 2
    try:
        return _verify(args) if verifying else _run(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SpecError as exc:
        _print_problems(args.spec, exc.problems)
        print("nothing was written.", file=sys.stderr)
        return 2
    except InternalError as exc:
        if os.environ.get("GENERATOR_DEBUG"):
            traceback.print_exc()
        print(f"internal error (a generator bug, please report it): {exc}", file=sys.stderr)
        print("nothing was written" + ("." if os.environ.get("GENERATOR_DEBUG") else DEBUG_HINT), file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("interrupted; nothing was written.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours: say so in one line; GENERATOR_DEBUG=1 shows the traceback
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        print(f"internal error (a generator bug, please report it): {type(exc).__name__}: {exc}", file=sys.stderr)
        print("nothing was written" + DEBUG_HINT, file=sys.stderr)
        return 3


DEBUG_HINT = "; GENERATOR_DEBUG=1 shows the traceback."


def _verify_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator verify",
        description="Say whether a copy of a generated package (vendored anywhere, package folder only) is what "
        "the spec and this generator produce today, and what differs. Exit 0: identical; 1: it differs.",
    )
    parser.add_argument("--spec", required=True, type=Path, help="the OpenAPI document the copy was generated from")
    parser.add_argument("--package-dir", required=True, type=Path, help="the copy: the package folder itself")
    parser.add_argument("--templates", type=Path, help="the templates overlay the copy was generated with, if any")
    return parser


# Manifest entries that describe the generation's surroundings (the files beside the package,
# the fingerprints of the inputs), not the package: a vendored copy legitimately differs there.
_MANIFEST_CONTEXT = ("inputs_sha256", "files_sha256", "beside", "files")


def _verify(args: argparse.Namespace) -> int:
    """Regenerate the package alone, as the copy's own manifest says it was made, and compare file by file."""
    import json

    from generator.fingerprint import MANIFEST
    from generator.manifest import read

    copy = args.package_dir
    if read(copy) is None:
        raise UsageError(f"--package-dir {copy}: no generated package there (no {MANIFEST})")
    settings = argparse.Namespace(
        spec=args.spec,
        out=copy.parent,
        package=copy.name,
        templates=args.templates,
        force=False,
        strict=False,
        release=False,
        package_only=True,
    )
    _target(settings)
    expected = _generation(settings, copy).rendered.package
    differ, missing = [], []
    for name, text in sorted(expected.items()):
        try:
            actual = (copy / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            missing.append(name)
            continue
        if name == MANIFEST:
            try:
                mine, theirs = json.loads(text), json.loads(actual)
            except ValueError:
                differ.append(name)
                continue
            for key in _MANIFEST_CONTEXT:
                mine.pop(key, None), theirs.pop(key, None)
            if mine != theirs:
                differ.append(name)
        elif actual != text:
            differ.append(name)
    extra = sorted(
        p.relative_to(copy).as_posix()
        for p in copy.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.relative_to(copy).as_posix() not in expected
    )
    if extra:
        print(f"not from the generator (ignored): {', '.join(extra)}", file=sys.stderr)
    if differ or missing:
        print(f"{copy} differs from what {args.spec} and generator {__version__} produce:", file=sys.stderr)
        for name in differ:
            print(f"  changed  {name}", file=sys.stderr)
        for name in missing:
            print(f"  missing  {name}", file=sys.stderr)
        return 1
    print(f"{copy} is what {args.spec} and generator {__version__} produce ({len(expected)} files).", file=sys.stderr)
    return 0


# Problems of a refused spec printed in full; past this many, only how many more there are.
MAX_PROBLEMS_SHOWN = 25


class _Lines:
    """Lines of pointers in the spec, from one load of it (only if a problem lacks its line)."""

    def __init__(self, spec: Path) -> None:
        self.spec = spec
        self._doc: Any = None

    def of(self, problem: SpecError) -> int | None:
        if problem.line is not None or not problem.pointer:
            return problem.line
        if self._doc is None:
            from generator.load import load_spec

            try:
                self._doc = load_spec(self.spec)
            except SpecError:
                self._doc = False
        return self._doc.line_of(problem.pointer) if self._doc else None


def _print_problems(spec: Path, problems: list[SpecError]) -> None:
    """One problem as one located line; several grouped by kind, at most MAX_PROBLEMS_SHOWN."""
    lines = _Lines(spec)
    if len(problems) == 1:
        problem = problems[0]
        print(f"error: {_located(spec, lines.of(problem), problem.pointer)}{problem.message}", file=sys.stderr)
        if problem.frame:
            print(problem.frame, file=sys.stderr)
        if problem.hint:
            print(f"  hint: {problem.hint}", file=sys.stderr)
        return
    groups: dict[str, list[SpecError]] = {}
    for problem in problems:
        groups.setdefault(problem.kind or "problem", []).append(problem)
    summary = ", ".join(f"{len(items)} {kind}" for kind, items in groups.items())
    print(f"error: {spec}: {len(problems)} problems ({summary})", file=sys.stderr)
    shown = 0
    for kind, items in groups.items():
        print(f"{kind}:", file=sys.stderr)
        hints: list[str] = []
        for problem in sorted(items, key=lambda p: (lines.of(p) or 0, p.pointer)):
            if shown == MAX_PROBLEMS_SHOWN:
                break
            shown += 1
            print(f"  {_located(spec, lines.of(problem), problem.pointer)}{problem.message}", file=sys.stderr)
            if problem.frame:
                print(problem.frame, file=sys.stderr)
            if problem.hint and problem.hint not in hints:
                hints.append(problem.hint)
        for hint in hints:
            print(f"  hint: {hint}", file=sys.stderr)
    if shown < len(problems):
        print(f"... and {len(problems) - shown} more problems not shown", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    """Generate: the no-change shortcut, or generation, then checking or writing, then the report.

    The stages' modules are imported inside these functions, not at the top of this module, so
    that ``--help``, ``lint`` and the up-to-date shortcut start fast (no Jinja2, IR or stages).
    """
    from generator.manifest import read

    target = _target(args)
    previous = read(target)
    if _shortcut(args, target, previous):
        return 0
    result = _generation(args, target)
    if not args.quiet:
        _print_warnings(args.spec, result.warnings.items)
    if args.ir:
        args.ir.write_text(result.api.to_json(), encoding="utf-8")
    if args.check:
        return _check(args, target, result, previous)
    if args.release and not result.changes:
        print(
            f"nothing to release: the public API is unchanged since {result.versioning.released_version}.",
            file=sys.stderr,
        )
        return 0
    _write(args, target, result, previous)
    return 0


def _target(args: argparse.Namespace) -> Path:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", args.package) or args.package.startswith("__"):
        raise UsageError(f"--package {args.package!r} is not a valid Python package name")
    templates = args.templates
    if templates is not None and not any((templates / p).exists() for p in _OVERLAY_PARTS):
        raise UsageError(f"--templates {templates}: no templates there (expected any of {', '.join(_OVERLAY_PARTS)})")
    return Path(args.out) / str(args.package)


_OVERLAY_PARTS = ("package", "models", "pyproject.toml.jinja")


def _shortcut(args: argparse.Namespace, target: Path, previous: dict[str, Any] | None) -> bool:
    """True (and said so) when the inputs are those of the package on disk, untouched since."""
    if args.force or args.release or previous is None or (args.ir is not None and not args.ir.exists()):
        return False
    if not args.spec.is_file():
        return False
    from generator.fingerprint import DEFAULT_TEMPLATES, inputs_fingerprint, up_to_date

    version = str(previous.get("package_version"))
    templates = args.templates or DEFAULT_TEMPLATES
    fingerprint = inputs_fingerprint(args.spec, args.package, version, templates, strict=args.strict)
    if not up_to_date(target, fingerprint):
        return False
    if not args.quiet:
        print(f"{target} is up to date (spec, templates and generator unchanged; nothing to do).", file=sys.stderr)
    return True


def _generation(args: argparse.Namespace, target: Path) -> Any:
    """Every stage in memory; an error in a template of the user's overlay is the user's (exit 2)."""
    from generator import pipeline
    from generator.versioning import CHANGELOG, Previous

    previous = Previous.read(target, Path(args.out) / CHANGELOG)
    try:
        return pipeline.generate(
            args.spec,
            args.package,
            previous=previous,
            cache=not args.force,
            templates=args.templates,
            strict=args.strict,
            release=args.release,
            package_only=args.package_only,
        )
    except Exception as exc:
        # Jinja2 is imported only when something is rendered: an error of it means it is loaded.
        jinja2 = sys.modules.get("jinja2")
        if jinja2 is not None and isinstance(exc, jinja2.TemplateError):
            raise _template_error(exc, args.templates) from None
        raise


def _template_error(exc: Exception, overlay: Path | None) -> Exception:
    """A :class:`UsageError` when the failing template is the overlay's, else a generator bug."""
    import jinja2

    where, line = getattr(exc, "filename", None) or getattr(exc, "name", None), getattr(exc, "lineno", None)
    if not isinstance(exc, jinja2.TemplateSyntaxError):  # a runtime error: its template frame says where
        tb = exc.__traceback__
        while tb is not None:
            name = tb.tb_frame.f_code.co_filename
            if name.endswith(".jinja") or name.endswith(".jinja2"):
                where, line = name, tb.tb_lineno
            tb = tb.tb_next
    text = f"template error in {where or 'a template'}{f':{line}' if line else ''}: {getattr(exc, 'message', exc)}"
    if overlay is not None and where and Path(str(where)).resolve().is_relative_to(overlay.resolve()):
        return UsageError(text)
    return InternalError(text)


def _check(args: argparse.Namespace, target: Path, result: Any, previous: dict[str, Any] | None) -> int:
    from generator.write import compare

    drift = compare(result.rendered.package, target)
    listed = (previous or {}).get("files")
    if isinstance(listed, list):  # files the generator did not write are not drift
        drift.removed = [name for name in drift.removed if name in listed]
    beside = compare(result.rendered.beside, args.out)
    beside.removed = []  # other files may live beside the package
    if drift or beside:
        print(f"{target} is out of date with {args.spec}:", file=sys.stderr)
        for part in (drift, beside):
            if part:
                print(part.summary(), file=sys.stderr)
        print("run `make generate` to regenerate it (and commit the result).", file=sys.stderr)
        return 1
    if not args.quiet:
        print(f"{target} is up to date.", file=sys.stderr)
    return 0


def _write(args: argparse.Namespace, target: Path, result: Any, previous: dict[str, Any] | None) -> None:
    from generator.write import claim, write_file, write_tree

    taken = claim(args.out, args.package, sorted(result.rendered.beside), previous, overwrite=args.overwrite)
    if not args.quiet:
        print(result.versioning.report(), file=sys.stderr)
    with result.timings.stage("write"):
        write_tree(result.rendered.package, target, keep=taken.foreign)
        for name, text in result.rendered.beside.items():
            write_file(text, args.out / name)
    if args.quiet:
        return
    kept = [name for name in taken.foreign if name not in result.rendered.package]
    if kept:
        print(f"kept {len(kept)} file(s) the generator did not write: {', '.join(kept)}", file=sys.stderr)
    ops = len(result.api.operations)
    print(f"wrote {target} ({ops} operations, {len(result.api.models)} models)", file=sys.stderr)
    if args.release:
        print(f"released {result.version}: CHANGELOG.md's Unreleased section is now its entry.", file=sys.stderr)
    if result.timings.total > 1.0:
        print(result.timings.report(), file=sys.stderr)


def _print_warnings(spec: Path, diags: list[Diagnostic], per_rule: int = SHOWN_PER_RULE) -> None:
    """Each warning with its place; past ``per_rule`` of one kind, only how many more there are."""
    counts: dict[str, int] = {}
    for diag in diags:
        counts[diag.rule] = counts.get(diag.rule, 0) + 1
        if counts[diag.rule] <= per_rule:
            print(f"warning: {_located(spec, diag.line, diag.pointer)}{diag.message} [{diag.rule}]", file=sys.stderr)
    for rule, count in counts.items():
        if count > per_rule:
            print(f"warning: ... and {count - per_rule} more [{rule}] warnings", file=sys.stderr)
