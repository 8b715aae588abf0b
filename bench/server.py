"""A tiny loopback HTTP/1.1 server for the client benchmarks: one fixed JSON body, keep-alive.

Binds 127.0.0.1 on a free port, prints the port on stdout, and serves until stdin closes or
``--lifetime`` seconds pass (it always stops by itself). Standard library only.

``--delay`` holds every answer back that many seconds (the concurrency benchmark's slow server);
``GET /__stats`` answers ``{"requests": n, "connections": n}``, counted since the previous
``/__stats``, and is not counted itself.

    python bench/server.py [--lifetime 600] [--delay 0.25]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
import threading

BODY = b'{"status":{"success":true,"status_code":200,"message":"","debug":null}}'
RESPONSE = (
    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
    + str(len(BODY)).encode()
    + b"\r\nConnection: keep-alive\r\n\r\n"
    + BODY
)
COUNTS = {"requests": 0, "connections": 0}
DELAY = 0.0


def stats_response() -> bytes:
    body = json.dumps(COUNTS).encode()
    COUNTS.update(requests=0, connections=0)
    head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    COUNTS["connections"] += 1
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:].strip())
            if length:
                await reader.readexactly(length)
            if head.startswith(b"GET /__stats "):
                COUNTS["connections"] -= 1  # the stats connection is not the benchmark's
                writer.write(stats_response())
                continue
            COUNTS["requests"] += 1
            if DELAY:
                await asyncio.sleep(DELAY)
            writer.write(RESPONSE)
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def main(lifetime: float) -> None:
    # a backlog above the benchmark's 500 simultaneous connects: an overflowing accept queue would
    # turn into 1 s SYN retransmits on the client side, a cost of the server and not of the client
    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=4096)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()

    def watch_stdin() -> None:  # returns when the parent closes our stdin (or dies)
        sys.stdin.read()
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stop.wait(), lifetime)
    server.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--lifetime", type=float, default=600.0)
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()
    DELAY = args.delay
    asyncio.run(main(args.lifetime))
    raise SystemExit(0)
