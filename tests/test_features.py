"""One small inline spec per OpenAPI feature: generate → import → call a loopback server.

Each test writes a few lines of YAML (3.0 or 3.1), runs the generator in-process through its
command line (so warnings come out exactly as a user sees them, as ``file:line: ...``), imports
the package and calls the operation against a real HTTP server on 127.0.0.1 that answers what
the test asks it to. The assertions are on what the server received and what the client
returned.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import importlib
import inspect
import io
import json
import sys
import textwrap
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
from conftest import Recorded

from generator.cli import main as generator_main


# -- a loopback server that answers per test --------------------------------------------------------
@dataclass
class Loopback:
    status: int = 200
    content_type: str = "application/json"
    body: bytes = b"{}"
    requests: list[Recorded] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def answer(self, body: Any, *, status: int = 200, content_type: str = "application/json") -> None:
        self.status, self.content_type = status, content_type
        self.body = (
            body if isinstance(body, bytes) else body.encode() if isinstance(body, str) else json.dumps(body).encode()
        )

    @property
    def last(self) -> Recorded:
        assert self.requests, "the server received nothing"
        return self.requests[-1]

    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.last.path).query, keep_blank_values=True)

    def route(self) -> str:
        return urlsplit(self.last.path).path


@pytest.fixture
def server() -> Iterator[Loopback]:
    state = Loopback()

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            state.requests.append(Recorded(self.command, self.path, dict(self.headers.items()), body))
            self.send_response(state.status)
            self.send_header("Content-Type", state.content_type)
            self.send_header("Content-Length", str(len(state.body)))
            self.end_headers()
            self.wfile.write(state.body)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


# -- generating and importing -----------------------------------------------------------------------
@dataclass
class Built:
    package: ModuleType
    models: ModuleType
    stderr: str
    spec: Path
    out: Path

    def client(self, server: Loopback, **kwargs: Any) -> Any:
        return self.package.Client(base_url=server.url, max_retries=0, **kwargs)

    def async_client(self, server: Loopback, **kwargs: Any) -> Any:
        return self.package.AsyncClient(base_url=server.url, max_retries=0, **kwargs)

    def source(self, module: str) -> str:
        return (self.out / self.package.__name__ / module).read_text(encoding="utf-8")

    def warnings(self, rule: str) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("warning:") and f"[{rule}]" in line]


@pytest.fixture
def build(tmp_path: Path) -> Iterator[Any]:
    """``build(yaml_text)`` → :class:`Built`; the client class is always named ``Client``."""
    names: list[str] = []

    def _build(text: str, *, expect_ok: bool = True) -> Built:
        package = f"feat_{uuid.uuid4().hex[:10]}"
        names.append(package)
        spec = tmp_path / f"{package}.yaml"
        spec.write_text(textwrap.dedent(text).replace("__CLIENT__", "x-client-name: Client"), encoding="utf-8")
        out = tmp_path / "out"
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = generator_main(["--spec", str(spec), "--out", str(out), "--package", package])
        assert code == 0 or not expect_ok, err.getvalue()
        if str(out) not in sys.path:
            sys.path.insert(0, str(out))
        module = importlib.import_module(package)
        return Built(module, importlib.import_module(f"{package}.models"), err.getvalue(), spec, out)

    yield _build
    sys.path[:] = [p for p in sys.path if p != str(tmp_path / "out")]
    for name in list(sys.modules):
        if name.split(".")[0] in names:
            del sys.modules[name]


def line_of(spec: Path, needle: str) -> int:
    """1-based line of the first line of ``spec`` containing ``needle``."""
    for number, line in enumerate(spec.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {spec}")


OK_JSON = '{"200": {description: ok, content: {application/json: {schema: {type: object}}}}}'


# -- parameters ---------------------------------------------------------------------------------------
PARAMS = f"""
openapi: 3.0.3
info: {{title: Params, version: "1", __CLIENT__}}
paths:
  /items/{{ids}}/{{name}}:
    get:
      operationId: getItems
      tags: [items]
      parameters:
        - {{name: ids, in: path, required: true, schema: {{type: array, items: {{type: integer}}}}}}
        - {{name: name, in: path, required: true, schema: {{type: string}}}}
        - {{name: tags, in: query, schema: {{type: array, items: {{type: string}}}}}}
        - {{name: flat, in: query, explode: false, schema: {{type: array, items: {{type: string}}}}}}
        - {{name: piped, in: query, style: pipeDelimited, explode: false, schema: {{type: array, items: {{type: string}}}}}}
        - name: filter
          in: query
          style: deepObject
          explode: true
          schema: {{type: object, properties: {{color: {{type: string}}, size: {{type: integer}}}}}}
        - {{name: point, in: query, schema: {{type: object, additionalProperties: {{type: integer}}}}}}
        - {{name: box, in: query, explode: false, schema: {{type: object, additionalProperties: {{type: integer}}}}}}
        - {{name: limit, in: query, schema: {{type: integer}}}}
        - {{name: flag, in: query, schema: {{type: boolean}}}}
        - {{name: X-Request-Id, in: header, schema: {{type: string}}}}
        - {{name: X-Tags, in: header, schema: {{type: array, items: {{type: string}}}}}}
        - {{name: session, in: cookie, schema: {{type: string}}}}
      responses: {OK_JSON}
"""


def test_path_query_header_cookie_parameters(build: Any, server: Loopback) -> None:
    built = build(PARAMS)
    server.answer({"ok": True})
    with built.client(server) as client:
        out = client.items.get_items(
            ids=[1, 2, 3],
            name="a b/c",
            tags=["x", "y"],
            flat=["p", "q"],
            piped=["r", "s"],
            filter={"color": "red", "size": 3},
            point={"x": 1, "y": 2},
            box={"w": 4, "h": 5},
            limit=10,
            flag=True,
            x_request_id="req-1",
            x_tags=["t1", "t2"],
            session="s3cr3t",
        )
    assert out.model_dump() == {"ok": True}  # an object without properties: a model keeping every field
    assert server.last.method == "GET"
    assert server.route().split("/")[3] == "a%20b%2Fc"  # reserved characters of a value are encoded
    assert unquote(server.route().split("/")[2]) == "1,2,3"
    query = server.query()
    assert [v for k, v in query if k == "tags"] == ["x", "y"]  # form, explode
    assert ("flat", "p,q") in query  # form, no explode
    assert ("piped", "r|s") in query  # pipeDelimited
    assert ("filter[color]", "red") in query and ("filter[size]", "3") in query  # deepObject
    assert ("x", "1") in query and ("y", "2") in query  # form object, explode
    assert ("box", "w,4,h,5") in query  # form object, no explode
    assert ("limit", "10") in query and ("flag", "true") in query
    assert server.last.headers["X-Request-Id"] == "req-1"
    assert server.last.headers["X-Tags"] == "t1,t2"
    assert "session=s3cr3t" in server.last.headers["Cookie"]


def test_simple_path_array_keeps_its_comma_delimiters(build: Any, server: Loopback) -> None:
    built = build(PARAMS)
    with built.client(server) as client:
        client.items.get_items(ids=[1, 2, 3], name="x,y")
    assert server.route() == "/items/1,2,3/x%2Cy"  # a comma inside a value is data, between items a delimiter


def test_omitted_optional_parameters_are_not_sent(build: Any, server: Loopback) -> None:
    built = build(PARAMS)
    with built.client(server) as client:
        client.items.get_items(ids=[7], name="n")
    assert server.route() == "/items/7/n"
    assert server.query() == []
    assert "Cookie" not in server.last.headers


def test_parameters_by_ref_and_path_level_parameters(build: Any, server: Loopback) -> None:
    built = build(f"""
        openapi: 3.1.0
        info: {{title: Refs, version: "1", __CLIENT__}}
        paths:
          /things/{{thingId}}:
            parameters:
              - $ref: '#/components/parameters/ThingId'
            get:
              operationId: getThing
              tags: [things]
              parameters:
                - $ref: '#/components/parameters/Limit'
              responses: {OK_JSON}
        components:
          parameters:
            ThingId: {{name: thingId, in: path, required: true, schema: {{type: string}}}}
            Limit: {{name: limit, in: query, schema: {{type: integer, default: 5}}}}
        """)
    with built.client(server) as client:
        client.things.get_thing(thing_id="t-1", limit=2)
    assert server.route() == "/things/t-1"
    assert server.query() == [("limit", "2")]


# -- schemas ------------------------------------------------------------------------------------------
def test_all_of_one_of_any_of(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.1.0
        info: {title: Compose, version: "1", __CLIENT__}
        paths:
          /pets:
            post:
              operationId: addPet
              tags: [pets]
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Cat'}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Holder'}
        components:
          schemas:
            Base:
              type: object
              required: [id]
              properties:
                id: {type: integer}
                kind: {type: string, enum: [cat, dog]}
            Cat:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  properties:
                    meow: {type: boolean}
                    kind: {type: string}
            Dog:
              type: object
              required: [bark]
              properties:
                bark: {type: string}
            Holder:
              type: object
              properties:
                pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                key:
                  anyOf: [{type: integer}, {type: string}]
        """)
    models = built.models
    assert issubclass(models.Cat, models.Base)
    server.answer({"pet": {"bark": "woof"}, "key": "k"})
    with built.client(server) as client:
        out = client.pets.add_pet(body=models.Cat(id=1, meow=True))
    assert server.last.json == {"id": 1, "meow": True}
    assert isinstance(out, models.Holder)
    assert isinstance(out.pet, models.Dog) and out.pet.bark == "woof"
    assert out.key == "k"
    assert models.Holder.model_validate({"key": 3}).key == 3


def test_discriminator(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.0.3
        info: {title: Disc, version: "1", __CLIENT__}
        paths:
          /pet:
            get:
              operationId: getPet
              tags: [pets]
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Owner'}
        components:
          schemas:
            Owner:
              type: object
              properties:
                pet:
                  oneOf:
                    - $ref: '#/components/schemas/Cat'
                    - $ref: '#/components/schemas/Dog'
                  discriminator:
                    propertyName: petType
                    mapping:
                      cat: '#/components/schemas/Cat'
                      dog: '#/components/schemas/Dog'
            Cat:
              type: object
              required: [petType]
              properties:
                petType: {type: string}
                name: {type: string}
            Dog:
              type: object
              required: [petType]
              properties:
                petType: {type: string}
                name: {type: string}
        """)
    server.answer({"pet": {"petType": "dog", "name": "Rex"}})
    with built.client(server) as client:
        out = client.pets.get_pet()
    assert isinstance(out.pet, built.models.Dog)
    assert out.pet.name == "Rex"
    server.answer({"pet": {"petType": "cat", "name": "Tom"}})
    with built.client(server) as client:
        assert isinstance(client.pets.get_pet().pet, built.models.Cat)


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_nullable_and_null_in_type_arrays(build: Any, server: Loopback, version: str) -> None:
    nullable = "{type: string, nullable: true}" if version.startswith("3.0") else "{type: [string, 'null']}"
    built = build(f"""
        openapi: {version}
        info: {{title: Nullables, version: "1", __CLIENT__}}
        paths:
          /people:
            put:
              operationId: putPerson
              tags: [people]
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {{$ref: '#/components/schemas/Person'}}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {{$ref: '#/components/schemas/Person'}}
        components:
          schemas:
            Person:
              type: object
              required: [nickname]
              properties:
                nickname: {nullable}
                name: {{type: string}}
        """)
    server.answer({"nickname": None, "name": "Ann"})
    with built.client(server) as client:
        out = client.people.put_person(nickname=None, name="Ann")
    assert server.last.body.startswith(b"{") and json.loads(server.last.body) == {"nickname": None, "name": "Ann"}
    assert out.nickname is None and out.name == "Ann"


def test_enums_with_values_colliding_after_naming(build: Any, server: Loopback) -> None:
    values = ["a", "A", "a-b", "a_b", "a b", "", "1st", "class", "ü", "None"]
    built = build(f"""
        openapi: 3.1.0
        info: {{title: Enums, version: "1", __CLIENT__}}
        paths:
          /letters:
            post:
              operationId: postLetter
              tags: [letters]
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [letter]
                      properties:
                        letter: {{$ref: '#/components/schemas/Letter'}}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          letter: {{$ref: '#/components/schemas/Letter'}}
        components:
          schemas:
            Letter:
              type: string
              enum: {json.dumps(values)}
        """)
    letter = built.models.Letter
    assert [m.value for m in letter] == values
    assert len({m.name for m in letter}) == len(values)
    assert all(m.name.isidentifier() for m in letter)
    server.answer({"letter": "A"})
    with built.client(server) as client:
        out = client.letters.post_letter(letter=letter("a-b"))
        assert server.last.json == {"letter": "a-b"}
        assert out.letter is letter("A")
        server.answer({"letter": "brand-new"})  # new server values are tolerated in responses
        assert client.letters.post_letter(letter="").letter.value == "brand-new"
        assert server.last.json == {"letter": ""}
        with pytest.raises(built.package.RequestValidationError):  # but not in requests
            client.letters.post_letter(letter="zzz")


def test_additional_properties_maps(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.1.0
        info: {title: Maps, version: "1", __CLIENT__}
        paths:
          /scores:
            get:
              operationId: getScores
              tags: [scores]
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Board'}
        components:
          schemas:
            Board:
              type: object
              properties:
                scores: {type: object, additionalProperties: {type: integer}}
                players:
                  type: object
                  additionalProperties: {$ref: '#/components/schemas/Player'}
            Player:
              type: object
              properties:
                name: {type: string}
        """)
    server.answer({"scores": {"ann": 3, "bob": 5}, "players": {"p1": {"name": "Ann"}}})
    with built.client(server) as client:
        out = client.scores.get_scores()
    assert out.scores == {"ann": 3, "bob": 5}
    assert isinstance(out.players["p1"], built.models.Player) and out.players["p1"].name == "Ann"


def test_refs_into_responses_and_request_bodies(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.0.3
        info: {title: Kinds, version: "1", __CLIENT__}
        paths:
          /a:
            post:
              operationId: postA
              tags: [a]
              requestBody: {$ref: '#/components/requestBodies/NewThing'}
              responses:
                "201": {$ref: '#/components/responses/Thing'}
          /b:
            get:
              operationId: getB
              tags: [a]
              responses:
                "200":
                  description: same schema, reached through the response
                  content:
                    application/json:
                      schema: {$ref: '#/components/responses/Thing/content/application~1json/schema'}
        components:
          requestBodies:
            NewThing:
              required: true
              content:
                application/json:
                  schema:
                    type: object
                    required: [name]
                    properties:
                      name: {type: string}
          responses:
            Thing:
              description: a thing
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      id: {type: integer}
                      name: {type: string}
        """)
    server.answer({"id": 1, "name": "x"})
    with built.client(server) as client:
        first = client.a.post_a(name="x")
        assert server.last.json == {"name": "x"}
        second = client.a.get_b()
    assert type(first) is type(second)
    assert second.id == 1 and second.name == "x"


def test_form_urlencoded_body(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.0.3
        info: {title: Form, version: "1", __CLIENT__}
        paths:
          /login:
            post:
              operationId: login
              tags: [auth]
              requestBody:
                required: true
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      required: [user]
                      properties:
                        user: {type: string}
                        remember: {type: boolean}
              responses:
                "204": {description: done}
        """)
    server.answer(b"", status=204)
    with built.client(server) as client:
        assert client.auth.login(user="ann smith", remember=True) is None
    assert server.last.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(server.last.body.decode()) == [("user", "ann smith"), ("remember", "true")]


def test_multipart_body_with_a_file(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.1.0
        info: {title: Upload, version: "1", __CLIENT__}
        paths:
          /files:
            post:
              operationId: upload
              tags: [files]
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      required: [file]
                      properties:
                        file: {type: string, format: binary}
                        title: {type: string}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {type: object, properties: {size: {type: integer}}}
        """)
    server.answer({"size": 5})
    with built.client(server) as client:
        out = client.files.upload(file=("hello.txt", b"hello", "text/plain"), title="greeting")
    assert out.size == 5
    assert server.last.headers["Content-Type"].startswith("multipart/form-data; boundary=")
    body = server.last.body
    assert b'name="file"; filename="hello.txt"' in body and b"\r\n\r\nhello\r\n" in body
    assert b'name="title"' in body and b"greeting" in body


def test_binary_and_text_request_and_responses(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.0.3
        info: {title: Raw, version: "1", __CLIENT__}
        paths:
          /blob:
            put:
              operationId: putBlob
              tags: [raw]
              requestBody:
                content:
                  application/octet-stream:
                    schema: {type: string, format: binary}
              responses:
                "200":
                  description: the bytes
                  content:
                    image/png:
                      schema: {type: string, format: binary}
          /note:
            post:
              operationId: postNote
              tags: [raw]
              requestBody:
                content:
                  text/plain:
                    schema: {type: string}
              responses:
                "200":
                  description: text
                  content:
                    text/plain:
                      schema: {type: string}
        """)
    with built.client(server) as client:
        server.answer(b"\x89PNG\x00\xff", content_type="image/png")
        assert client.raw.put_blob(body=b"\x00\x01\x02") == b"\x89PNG\x00\xff"
        assert server.last.body == b"\x00\x01\x02"
        assert server.last.headers["Content-Type"] == "application/octet-stream"
        server.answer("héllo\nworld", content_type="text/plain; charset=utf-8")
        assert client.raw.post_note(body="note ü") == "héllo\nworld"
        assert server.last.body == "note ü".encode()
        assert server.last.headers["Content-Type"] == "text/plain"


def test_default_response_and_several_content_types(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.1.0
        info: {title: Default, version: "1", __CLIENT__}
        paths:
          /echo:
            post:
              operationId: echo
              tags: [echo]
              requestBody:
                content:
                  application/xml:
                    schema: {type: string}
                  application/json:
                    schema:
                      type: object
                      properties:
                        msg: {type: string}
              responses:
                default:
                  description: whatever happened
                  content:
                    text/plain:
                      schema: {type: string}
                    application/json:
                      schema:
                        type: object
                        properties:
                          msg: {type: string}
        """)
    server.answer({"msg": "hi"})
    with built.client(server) as client:
        out = client.echo.echo(msg="hi")
    assert server.last.headers["Content-Type"] == "application/json"
    assert server.last.json == {"msg": "hi"}
    assert out.msg == "hi"


def test_deprecated_operation_and_parameter(build: Any, server: Loopback) -> None:
    built = build(f"""
        openapi: 3.0.3
        info: {{title: Old, version: "1", __CLIENT__}}
        paths:
          /old:
            get:
              operationId: oldThing
              tags: [old]
              deprecated: true
              parameters:
                - {{name: q, in: query, deprecated: true, description: gone soon, schema: {{type: string}}}}
              responses: {OK_JSON}
        """)
    resource = importlib.import_module(f"{built.package.__name__}.resources.old")
    assert "Deprecated" in (resource.OldResource.old_thing.__doc__ or "")
    with built.client(server) as client:
        client.old.old_thing(q="x")
    assert server.query() == [("q", "x")]


# -- sloppy specs: repaired with a located warning -------------------------------------------------------
def test_integer_response_codes(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.0.3
        info: {title: Ints, version: "1", __CLIENT__}
        paths:
          /n:
            get:
              operationId: getN
              tags: [n]
              responses:
                200:
                  description: ok
                  content:
                    application/json:
                      schema: {type: object, properties: {n: {type: integer}}}
        """)
    warnings = built.warnings("integer-key")
    assert warnings, built.stderr
    assert f"{built.spec}:{line_of(built.spec, '200:')}:" in warnings[0]
    server.answer({"n": 4})
    with built.client(server) as client:
        assert client.n.get_n().n == 4


def test_default_of_the_wrong_type(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.0.3
        info: {title: Defaults, version: "1", __CLIENT__}
        paths:
          /d:
            get:
              operationId: getD
              tags: [d]
              parameters:
                - name: limit
                  in: query
                  schema:
                    type: integer
                    default: "ten"
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/D'}
        components:
          schemas:
            D:
              type: object
              properties:
                flag:
                  type: boolean
                  default: "yes"
        """)
    warnings = built.warnings("bad-default")
    assert len(warnings) == 2, built.stderr
    for needle in ('default: "ten"', 'default: "yes"'):
        where = f"{built.spec}:{line_of(built.spec, needle)}:"
        assert any(where in w for w in warnings), (where, warnings)
    server.answer({})
    with built.client(server) as client:
        assert client.d.get_d().flag is None  # the bad default was dropped, not sent or invented
    assert server.query() == []


def test_required_parameter_with_a_default(build: Any, server: Loopback) -> None:
    built = build(f"""
        openapi: 3.0.3
        info: {{title: Req, version: "1", __CLIENT__}}
        paths:
          /r:
            get:
              operationId: getR
              tags: [r]
              parameters:
                - name: mode
                  in: query
                  required: true
                  schema: {{type: string, default: fast}}
              responses: {OK_JSON}
        """)
    warnings = built.warnings("required-default")
    assert warnings and f"{built.spec}:{line_of(built.spec, '- name: mode')}:" in warnings[0], built.stderr
    with built.client(server) as client:
        client.r.get_r(mode="slow")
        with pytest.raises(TypeError):
            client.r.get_r()  # still required
    assert server.query() == [("mode", "slow")]


def test_string_schema_with_properties(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.0.3
        info: {title: Str, version: "1", __CLIENT__}
        paths:
          /s:
            get:
              operationId: getS
              tags: [s]
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Wrapper'}
        components:
          schemas:
            Wrapper:
              type: object
              properties:
                code:
                  type: string
                  properties:
                    inner: {type: integer}
        """)
    warnings = built.warnings("string-properties")
    assert warnings and f"{built.spec}:{line_of(built.spec, 'code:')}:" in warnings[0], built.stderr
    server.answer({"code": "X1"})
    with built.client(server) as client:
        assert client.s.get_s().code == "X1"


# -- names -----------------------------------------------------------------------------------------------
HOSTILE_NAMES = [
    "class",
    "def",
    "None",
    "match",
    "type",
    "list",
    "str",
    "id",
    "model_config",
    "schema",
    "json",
    "copy",
    "dict",
    "",
    "__init__",
    "__class__",
    "1st",
    "2nd place",
    "ünïcödé",
    "naïve",
    "a.b",
    "a-b",
    "a b",
    "$ref",
    "StartTime",
    "StartTime<",
    "StartTime>",
    "start_time",
    "self",
    "timeout",
    "extra_headers",
    "_private",
]


def _quoted(names: list[str]) -> list[str]:
    return [json.dumps(n) for n in names]


def test_property_names_keep_their_wire_names(build: Any, server: Loopback) -> None:
    props = "\n".join(f"                {q}: {{type: integer}}" for q in _quoted(HOSTILE_NAMES))
    built = build(f"""
        openapi: 3.1.0
        info: {{title: Names, version: "1", __CLIENT__}}
        paths:
          /n:
            post:
              operationId: postNames
              tags: [names]
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {{$ref: '#/components/schemas/Weird'}}
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {{$ref: '#/components/schemas/Weird'}}
        components:
          schemas:
            Weird:
              type: object
              properties:
{props}
        """)
    weird = built.models.Weird
    fields = weird.model_fields
    assert len(fields) == len(HOSTILE_NAMES)
    assert {name if info.alias is None else info.alias for name, info in fields.items()} == set(HOSTILE_NAMES)
    payload = {wire: i for i, wire in enumerate(HOSTILE_NAMES)}
    server.answer(payload)
    with built.client(server) as client:
        method = client.names.post_names
        arguments = [
            p
            for p in inspect.signature(method).parameters
            if p not in ("extra_headers", "extra_query", "extra_body", "timeout", "max_retries")
        ]
        assert len(arguments) == len(HOSTILE_NAMES)
        assert all(a.isidentifier() for a in arguments)
        # body fields are keyword arguments; they are sent under their wire names
        out = method(**dict(zip(arguments_in_wire_order(built, "post_names"), payload.values(), strict=True)))
    assert server.last.json == payload
    dumped = out.model_dump(by_alias=True)
    assert {k: dumped[k] for k in HOSTILE_NAMES} == payload


def arguments_in_wire_order(built: Built, method: str) -> list[str]:
    """The keyword arguments of ``method`` in the order of HOSTILE_NAMES, read from the generated call."""
    source = built.source("resources/names.py")
    order: dict[str, str] = {}
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict) and node.keys and all(isinstance(k, ast.Constant) for k in node.keys):
            keys = [k.value for k in node.keys]  # type: ignore[union-attr]
            if set(keys) == set(HOSTILE_NAMES):
                order = {k: v.id for k, v in zip(keys, node.values, strict=True) if isinstance(v, ast.Name)}
                break
    assert order, "the generated call lists no body with the wire names"
    return [order[w] for w in HOSTILE_NAMES]


def test_parameter_names_keep_their_wire_names(build: Any, server: Loopback) -> None:
    names = [
        "class",
        "from",
        "type",
        "self",
        "timeout",
        "",
        "1st",
        "StartTime",
        "StartTime<",
        "StartTime>",
        "a.b",
        "ünï",
    ]
    params = "\n".join(f"                - {{name: {q}, in: query, schema: {{type: string}}}}" for q in _quoted(names))
    built = build(f"""
        openapi: 3.0.3
        info: {{title: Params, version: "1", __CLIENT__}}
        paths:
          /p:
            get:
              operationId: getP
              tags: [params]
              parameters:
{params}
              responses: {OK_JSON}
        """)
    spec_module = importlib.import_module(f"{built.package.__name__}.resources.params")
    mapping = {p.wire: argument for argument, p in spec_module._GET_P.params.items()}
    assert set(mapping) == set(names)
    assert len(set(mapping.values())) == len(names) and all(a.isidentifier() for a in mapping.values())
    with built.client(server) as client:
        client.params.get_p(**{mapping[w]: f"v{i}" for i, w in enumerate(names)})
    assert sorted(server.query()) == sorted((w, f"v{i}") for i, w in enumerate(names))


def test_schema_names_with_dots(build: Any, server: Loopback) -> None:
    built = build("""
        openapi: 3.1.0
        info: {title: Dots, version: "1", __CLIENT__}
        paths:
          /x:
            get:
              operationId: getX
              tags: [x]
              responses:
                "200":
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/com.example.Pet'}
        components:
          schemas:
            com.example.Pet:
              type: object
              properties:
                owner: {$ref: '#/components/schemas/com.example.Owner'}
            com.example.Owner:
              type: object
              properties:
                name: {type: string}
        """)
    server.answer({"owner": {"name": "Ann"}})
    with built.client(server) as client:
        out = client.x.get_x()
    assert type(out).__name__.isidentifier() and "." not in type(out).__name__
    assert out.owner.name == "Ann"


def test_async_client_sends_the_same_request(build: Any, server: Loopback) -> None:
    built = build(PARAMS)

    async def main() -> Any:
        async with built.package.AsyncClient(base_url=server.url, max_retries=0) as client:
            return await client.items.get_items(ids=[1], name="n", tags=["a", "b"], flag=False)

    assert asyncio.run(main()).model_dump() == {}
    assert server.route() == "/items/1/n"
    assert server.query() == [("tags", "a"), ("tags", "b"), ("flag", "false")]


# -- error bodies (info.x-error-body) -----------------------------------------------------------------
ERRORS_SPEC = """
openapi: 3.1.0
info:
  title: Errs
  version: "1"
  __CLIENT__
  x-error-body:
    message: [/error/detail]
    field-errors: /error/fields
    rules:
      - {status: 403, field-suffix: token, error: AuthenticationError}
      - {status: 418, error: RateLimitError}
paths:
  /e:
    get:
      operationId: getE
      tags: [e]
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {type: object, properties: {n: {type: integer}}}}}
"""


def test_declared_error_body_shape_and_rules(build: Any, server: Loopback) -> None:
    built = build(ERRORS_SPEC)
    body = {"error": {"detail": "Not allowed", "fields": {"auth.token": "expired", "": ["also this"]}}}
    server.answer(body, status=403)
    with built.client(server) as client, pytest.raises(built.package.AuthenticationError) as info:
        client.e.get_e()
    assert info.value.message == "getE failed: Not allowed. auth.token: expired. also this."
    assert info.value.field_errors == {"auth.token": ["expired"], "": ["also this"]}
    assert info.value.body == body
    server.answer({"error": {"detail": "Forbidden", "fields": {"name": ["too long"]}}}, status=403)
    with built.client(server) as client, pytest.raises(built.package.PermissionDeniedError):
        client.e.get_e()  # the rule wants a field ending in "token"
    server.answer("short and stout", status=418, content_type="text/plain")
    with built.client(server) as client, pytest.raises(built.package.RateLimitError) as teapot:
        client.e.get_e()
    assert str(teapot.value) == "getE failed: short and stout (HTTP 418)"


def test_common_error_shapes_without_a_declaration(build: Any, server: Loopback) -> None:
    built = build(ERRORS_SPEC.replace("x-error-body", "x-unused-body").replace("  x-unused-body:", "  x-note:"))
    for body, expected in [
        ({"message": "plain message"}, "plain message."),
        ({"error": {"message": "nested message"}}, "nested message."),
        ({"type": "about:blank", "title": "Bad", "detail": "RFC 7807 detail"}, "RFC 7807 detail."),
        ({"unrelated": 1}, "Bad Request"),
    ]:
        server.answer(body, status=400)
        with built.client(server) as client, pytest.raises(built.package.BadRequestError) as info:
            client.e.get_e()
        assert info.value.message == f"getE failed: {expected}", body
        assert info.value.body == body


@pytest.mark.parametrize(
    ("change", "needle", "expected"),
    [
        ("error: AuthenticationError}", "error: AuthenticationErorr}", "did you mean 'AuthenticationError'"),
        ("field-errors: /error/fields", "field-error: /error/fields", "did you mean 'field-errors'"),
        ("message: [/error/detail]", "message: [error.detail]", "is not a JSON pointer"),
        ("{status: 418, error: RateLimitError}", "{error: RateLimitError}", "would match every error"),
    ],
)
def test_a_mistake_in_the_error_body_declaration_is_refused_by_name(
    tmp_path: Path, change: str, needle: str, expected: str
) -> None:
    spec = tmp_path / "errs.yaml"
    spec.write_text(ERRORS_SPEC.replace("__CLIENT__", "x-client-name: Client").replace(change, needle))
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = generator_main(["--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "errs"])
    assert code == 2, err.getvalue()
    assert expected in err.getvalue()
    assert "/info/x-error-body" in err.getvalue()
    assert "Traceback" not in err.getvalue()
    assert not (tmp_path / "out").exists()


def test_descriptions_with_a_carriage_return_or_a_lone_surrogate(tmp_path: Path) -> None:
    """Descriptions become docstrings: a bare CR (a line break to Python) and a lone surrogate (no UTF-8).

    Only JSON can carry a lone surrogate (``\\ud800``), so this spec is JSON.
    """
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "CR", "version": "1", "x-client-name": "Client"},
        "paths": {},
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "description": 'one\rtwo """ \ud800 end',
                    "properties": {"x": {"type": "string", "description": "c\rd\udfff"}},
                },
                "Choice": {"type": "string", "enum": ["a", "b"], "description": "e\rf"},
            }
        },
    }
    path = tmp_path / "cr.json"
    path.write_text(json.dumps(spec), encoding="utf-8")  # ensure_ascii: the surrogates travel as escapes
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = generator_main(["--spec", str(path), "--out", str(tmp_path / "out"), "--package", "cr_docs"])
    assert code == 0, err.getvalue()
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        models = importlib.import_module("cr_docs.models")
        assert inspect.cleandoc(models.Thing.__doc__) == 'one\rtwo """ \\ud800 end'
        assert models.Thing.model_fields["x"].description == "c\rd\\udfff"
        assert inspect.cleandoc(models.Choice.__doc__) == "e\rf"
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [n for n in sys.modules if n.split(".")[0] == "cr_docs"]:
            del sys.modules[name]
