#!/usr/bin/env python3
"""Throws malformed and hostile HTTP at a running `praatplaat preview` and checks it keeps answering.

    fuzz-preview-http.py PORT SECONDS [SEED]

Sends, over raw sockets: requests cut short, huge or broken request lines and headers, bad
methods, bodies longer or shorter than they say, WebSocket upgrades gone wrong, paths that try to
leave the served folders, and random mutations of good requests. After every 20 it asks for
/api/state as a page would and expects 200. Prints one JSON object:
{"requests": n, "hostile": sent, "hostile_cases": n, "seconds": s, "failures": [...], "leaks": [...]} (a leak: a response that shows a
file from outside, such as /etc/passwd). Lines stay under 16 KB: FlyingFox reads a request line
or header in time that grows with the square of its length (100 KB: 4 s of a core).
"""
import json
import random
import socket
import sys
import time

PORT = int(sys.argv[1])
SECONDS = float(sys.argv[2])
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 17)
HOST = "127.0.0.1:%d" % PORT

GOOD = [
    b"GET /api/state HTTP/1.1\r\nHost: %s\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: %s\r\n\r\n",
    b"GET /pages/1/1.svg HTTP/1.1\r\nHost: %s\r\n\r\n",
    b"PUT /api/source HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: 24\r\n\r\n{\"text\":\"x\",\"base\":\"0\"}",
    b"POST /api/view HTTP/1.1\r\nHost: %s\r\nX-Praatplaat-Token: nope\r\nContent-Length: 10\r\n\r\n{\"row\": 1}",
    b"GET /events?token=nope HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
]
HOSTILE = [
    b"GET /site/../../../../etc/passwd HTTP/1.1\r\nHost: %s\r\n\r\n",
    b"GET /site/%%2e%%2e/%%2e%%2e/%%2e%%2e/etc/passwd HTTP/1.1\r\nHost: %s\r\n\r\n",
    b"GET /site//etc/passwd HTTP/1.1\r\nHost: %s\r\n\r\n",
    b"GET /pages/../../etc/passwd HTTP/1.1\r\nHost: %s\r\n\r\n",
    b"GET /api/state HTTP/1.1\r\nHost: evil.example\r\n\r\n",
    b"GET / HTTP/1.1\r\n\r\n",
    b"GET " + b"/a" * 6000 + b" HTTP/1.1\r\nHost: %s\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: %s\r\n" + b"X-Long: " + b"y" * 16000 + b"\r\n\r\n",
    b"PUT /api/source HTTP/1.1\r\nHost: %s\r\nContent-Length: 99999999999\r\n\r\nshort",
    b"PUT /api/source HTTP/1.1\r\nHost: %s\r\nContent-Length: -5\r\n\r\n",
    b"PUT /api/source HTTP/1.1\r\nHost: %s\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nboom\r\n",
    b"\x00\x01\x02\xff\xfe",
    b"GET",
    b"BREW /coffee HTTP/1.1\r\nHost: %s\r\n\r\n",
    b"GET / HTTP/9.9\r\nHost: %s\r\n\r\n",
    b"GET /\xc3\x28 HTTP/1.1\r\nHost: %s\r\n\r\n",
]


def send(data, timeout=2.0):
    s = socket.create_connection(("127.0.0.1", PORT), timeout=timeout)
    try:
        s.sendall(data)
        try:
            s.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        chunks = []
        while True:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                break
            if not chunk:
                break
            chunks.append(chunk)
            if sum(map(len, chunks)) > 4_000_000:
                break
        return b"".join(chunks)
    except (ConnectionError, OSError):
        return b""
    finally:
        s.close()


def fill(template):
    return template.replace(b"%s", HOST.encode()).replace(b"%%", b"%")


def mutate(data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.random()
        if op < 0.3 and data:
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif op < 0.5 and data:
            del data[rng.randrange(len(data)):][: rng.randint(1, 20)]
        elif op < 0.7:
            at = rng.randrange(len(data) + 1)
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 30)))
        elif op < 0.85:
            data = data[: rng.randrange(len(data) + 1)]
        else:
            at = rng.randrange(len(data) + 1)
            data[at:at] = rng.choice([b"\r\n", b"\r\n\r\n", b": ", b"..", b"%00", b"/../", b"Content-Length: 7\r\n"])
    return bytes(data)


def alive():
    answer = send(fill(GOOD[0]), timeout=5)
    return answer.startswith(b"HTTP/1.1 200")


def main():
    failures, leaks = [], []
    count = 0
    start = time.time()
    cases = [fill(h) for h in HOSTILE]
    hostile = 0
    while time.time() - start < SECONDS:
        if cases:
            data = cases.pop(0)
            hostile += 1
        else:
            data = mutate(fill(rng.choice(GOOD)))
        answer = send(data, timeout=1.0)
        count += 1
        if b"root:x:0:0" in answer or b"root:" in answer[:2000] and b"/bin/" in answer:
            leaks.append(repr(data[:200]))
        if count % 20 == 0 and not alive():
            failures.append("no answer to GET /api/state after request %d: %r" % (count, data[:200]))
            time.sleep(1)
            if not alive():
                break
    if not alive():
        failures.append("the server stopped answering")
    print(json.dumps({"requests": count, "hostile": hostile, "hostile_cases": len(HOSTILE), "seconds": round(time.time() - start, 1),
                      "failures": failures, "leaks": leaks}))


main()
