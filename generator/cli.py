"""Command line: ``python -m generator --spec PATH --out DIR --package NAME [--check]``.

Exit codes: 0 success (or no drift), 1 drift found by ``--check``, 2 bad spec or bad usage.
Errors about the spec are printed as ``file:line: message`` plus the JSON pointer; never as a
traceback. An unexpected exception is a generator bug and is reported as such (exit 3).
"""

from __future__ import annotations

import argparse
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
    parser.add_argument("--check", action="store_true", help="compare with DIR/NAME instead of writing; exit 1 on drift")
    parser.add_argument("--ir", type=Path, help="also write the intermediate representation (JSON) to this file")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress or warnings on stderr")
    return parser


class _ArgumentParserError(Exception):
    pass


def _located(spec: Path, line: int | None, pointer: str) -> str:
    where = f"{spec}:{line}" if line else str(spec)
    return f"{where}: " + (f"at #{pointer}: " if pointer else "")


def main(argv: list[str] | None = None) -> int:
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


def _line_of(spec: Path, pointer: str) -> int | None:
    from generator.load import load_spec

    try:
        return load_spec(spec).line_of(pointer)
    except SpecError:
        return None


def _run(args: argparse.Namespace) -> int:
    from generator.pipeline import generate, previous_version
    from generator.write import compare, write_file, write_tree

    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", args.package) or args.package.startswith("__"):
        raise UsageError(f"--package {args.package!r} is not a valid Python package name")
    target = args.out / args.package
    version = previous_version(target)
    result = generate(args.spec, args.package, version=version, out_dir_name=args.out.name)
    if not args.quiet:
        for diag in result.warnings.items:
            _print_warning(args.spec, diag)
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


def _print_warning(spec: Path, diag: Diagnostic) -> None:
    print(f"warning: {_located(spec, diag.line, diag.pointer)}{diag.message} [{diag.rule}]", file=sys.stderr)
