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
from pathlib import Path

from generator import __version__
from generator.errors import Diagnostic, InternalError, SpecError, UsageError


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
    return parser


class _ArgumentParserError(Exception):
    pass


def _located(spec: Path, line: int | None, pointer: str) -> str:
    where = f"{spec}:{line}" if line else str(spec)
    return f"{where}: " + (f"at #{pointer}: " if pointer else "")


def _lint_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator lint", description="Report spec problems a validator does not (the spec doctor)."
    )
    parser.add_argument("--spec", required=True, type=Path, help="the OpenAPI document (YAML or JSON)")
    parser.add_argument("--errors-only", action="store_true", help="print only findings of severity error")
    return parser


def lint_main(argv: list[str]) -> int:
    """``lint``: exit 0 without errors (warnings allowed), 1 with errors, 2 if the spec cannot be read."""
    try:
        args = _lint_parser().parse_args(argv)
    except SystemExit as exc:
        return 0 if exc.code == 0 else 2
    from generator.doctor import diagnose
    from generator.load import load_spec

    try:
        doc = load_spec(args.spec)
    except SpecError as exc:
        print(f"error: {_located(args.spec, exc.line, exc.pointer)}{exc.message}", file=sys.stderr)
        return 2
    findings = diagnose(doc)
    errors = [f for f in findings if f.severity == "error"]
    for finding in errors if args.errors_only else findings:
        print(finding.render(str(args.spec)))
    print(f"{len(errors)} error(s), {len(findings) - len(errors)} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["lint"]:
        return lint_main(argv[1:])
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed usage; bad usage is exit 2
        return 0 if exc.code == 0 else 2
    try:
        return _run(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SpecError as exc:
        line = exc.line
        if line is None and exc.pointer:
            line = _line_of(args.spec, exc.pointer)
        print(f"error: {_located(args.spec, line, exc.pointer)}{exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"  hint: {exc.hint}", file=sys.stderr)
        print("nothing was written.", file=sys.stderr)
        return 2
    except InternalError as exc:
        print(f"internal error (a generator bug, please report it): {exc}", file=sys.stderr)
        print("nothing was written.", file=sys.stderr)
        return 3
    except KeyboardInterrupt:
        print("interrupted; nothing was written.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of ours: say so in one line; GENERATOR_DEBUG=1 shows the traceback
        if os.environ.get("GENERATOR_DEBUG"):
            raise
        print(f"internal error (a generator bug, please report it): {type(exc).__name__}: {exc}", file=sys.stderr)
        print("nothing was written; GENERATOR_DEBUG=1 shows the traceback.", file=sys.stderr)
        return 3


def _line_of(spec: Path, pointer: str) -> int | None:
    from generator.load import load_spec

    try:
        return load_spec(spec).line_of(pointer)
    except SpecError:
        return None


def _run(args: argparse.Namespace) -> int:
    from generator.apidiff import report
    from generator.pipeline import Previous, generate
    from generator.write import compare, write_file, write_tree

    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", args.package) or args.package.startswith("__"):
        raise UsageError(f"--package {args.package!r} is not a valid Python package name")
    target = args.out / args.package
    previous = Previous.read(args.out, args.package)
    version = previous.version
    if not args.force and (args.ir is None or args.ir.exists()) and args.spec.is_file():
        from generator.fingerprint import DEFAULT_TEMPLATES, inputs_fingerprint, up_to_date

        fingerprint = inputs_fingerprint(args.spec, args.package, version, args.templates or DEFAULT_TEMPLATES)
        if up_to_date(target, fingerprint):
            if not args.quiet:
                print(
                    f"{target} is up to date (spec, templates and generator unchanged; nothing to do).", file=sys.stderr
                )
            return 0
    if args.templates is not None and not (args.templates / "package").is_dir():
        raise UsageError(f"--templates {args.templates}: no package/ folder of templates there")
    import jinja2

    try:
        result = generate(args.spec, args.package, previous=previous, cache=not args.force, templates=args.templates)
    except jinja2.TemplateError as exc:
        where = f"{getattr(exc, 'filename', None) or getattr(exc, 'name', None) or 'template'}"
        line = getattr(exc, "lineno", None)
        raise InternalError(f"template error in {where}{f':{line}' if line else ''}: {exc.message}") from None
    if not args.quiet:
        _print_warnings(args.spec, result.warnings.items)
    if args.ir:
        args.ir.write_text(result.api.to_json(), encoding="utf-8")
    if args.check:
        drift = compare(result.rendered.package, target)
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
    if not args.quiet:
        print(report(result.changes, result.previous_version, result.version), file=sys.stderr)
    with result.timings.stage("write"):
        write_tree(result.rendered.package, target)
        for name, text in result.rendered.beside.items():
            write_file(text, args.out / name)
    if not args.quiet:
        ops = len(result.api.operations)
        print(f"wrote {target} ({ops} operations, {len(result.api.models)} models)", file=sys.stderr)
        if result.timings.total > 1.0:
            print(result.timings.report(), file=sys.stderr)
    return 0


def _print_warnings(spec: Path, diags: list[Diagnostic], per_rule: int = 5) -> None:
    """Each warning with its place; past ``per_rule`` of one kind, only how many more there are."""
    counts: dict[str, int] = {}
    for diag in diags:
        counts[diag.rule] = counts.get(diag.rule, 0) + 1
        if counts[diag.rule] <= per_rule:
            print(f"warning: {_located(spec, diag.line, diag.pointer)}{diag.message} [{diag.rule}]", file=sys.stderr)
    for rule, count in counts.items():
        if count > per_rule:
            print(f"warning: ... and {count - per_rule} more [{rule}] warnings", file=sys.stderr)
