#!/usr/bin/env python3
"""The security benchmark: a server's answers and memory under every attack of the security review.

Usage: bench/security.py BASE_URL SERVER_PID PASSWORD   (a demo server, see security_bench.sh)
Prints markdown: users/me latency idle and while eight maximum-size worksheet PDFs render, and the
server's resident memory (now and its peak, VmHWM) after each attack.
"""
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

BASE, PID, PASSWORD = sys.argv[1], int(sys.argv[2]), sys.argv[3]
HOST, PORT = re.match(r"http://([^:/]+):(\d+)", BASE).groups()
PORT = int(PORT)


def memory():
    """(current RSS, peak RSS) of the server in MiB."""
    fields = {}
    with open(f"/proc/{PID}/status") as status:
        for line in status:
            name, _, value = line.partition(":")
            fields[name] = value.strip()
    to_mib = lambda text: int(text.split()[0]) / 1024
    return to_mib(fields["VmRSS"]), to_mib(fields["VmHWM"])


def request(method, path, body=None, token=None, headers=None, timeout=120):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    for name, value in (headers or {}).items():
        req.add_header(name, value)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as res:
            return res.status, res.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except OSError:
        return 0, b""


def login(email):
    status, body = request("POST", "/api/auth/login", {"email": email, "password": PASSWORD})
    assert status == 200, (status, body)
    return json.loads(body)["access_token"]


def raw(path):
    """The status of a GET sent as raw bytes (no client library tidying the path); 0 if refused."""
    try:
        with socket.create_connection((HOST, PORT), timeout=5) as sock:
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
            reply = b""
            while chunk := sock.recv(65536):
                reply += chunk
    except OSError:
        return 0
    return int(reply[9:12]) if reply.startswith(b"HTTP/1.1 ") else 0


def largest_paper():
    """The top of the work budget: 2,000 questions of 10 rows of 10 digits (20,000 rows)."""
    blocks = [{"id": f"b{i}", "type": "add_sub", "count": 200, "constraints": {"digits": 10, "rows": 10}}
              for i in range(10)]
    return {"title": "Largest", "level": "Custom", "blocks": blocks, "withAnswers": True}


def wrk_me(token, seconds):
    out = subprocess.run(["wrk", "-t1", "-c8", f"-d{seconds}s", "--latency", "-H", f"Authorization: Bearer {token}",
                          f"{BASE}/api/users/me"], capture_output=True, text=True, check=True).stdout

    def ms(label):
        value, unit = re.search(label + r"%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) / 1000 if unit == "us" else float(value) * 1000 if unit == "s" else float(value)

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, ms("50"), ms("99"), int(bad.group(1)) if bad else 0


rows = []


def record(attack, outcome):
    now, peak = memory()
    rows.append((attack, outcome, now, peak))


record("start-up (idle)", "")
tokens = [login(f"student{i}@anzan.demo") for i in range(1, 9)]
me_token = login("teacher@anzan.demo")

# Cheap route, idle, then while eight maximum-size PDFs render (eight students, one each).
idle = wrk_me(me_token, 6)
stop = threading.Event()
pdf_times, pdf_statuses = [], []


def render_loop(token):
    while not stop.is_set():
        start = time.monotonic()
        status, _ = request("POST", "/api/papers/generate-pdf", largest_paper(), token)
        pdf_statuses.append(status)
        if status == 200:
            pdf_times.append(time.monotonic() - start)


threads = [threading.Thread(target=render_loop, args=(token,)) for token in tokens]
for thread in threads:
    thread.start()
time.sleep(2)  # all eight in flight
busy = wrk_me(me_token, 10)
record("8 maximum-size PDFs rendering, wrk on users/me", f"{len(pdf_times)} PDFs done while measured")
stop.set()
for thread in threads:
    thread.join()
pdf_codes = {code: pdf_statuses.count(code) for code in sorted(set(pdf_statuses))}

# 1. Files outside the web folder.
codes = {raw(path) for path in ["//etc/passwd", "/%2Fetc%2Fpasswd", "///etc/passwd", "//proc/self/environ",
                               "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd"] * 50}
record("1. 300 traversal requests (//etc/passwd …)", "statuses " + ",".join(map(str, sorted(codes))))

# 2. 200 KB body nested 100,000 levels deep, at every heavy route.
deep = b"[" * 100000 + b"]" * 100000
codes = {request("POST", path, deep, tokens[0])[0]
         for path in ["/api/papers/generate-pdf", "/api/papers/preview"] * 20}
record("2. 40 bodies nested 100,000 deep", "statuses " + ",".join(map(str, sorted(codes))))

# 3. 200 sign-ins, each with a different 1 MB invalid e-mail.
codes = {request("POST", "/api/auth/login", {"email": chr(97 + i % 26) * 1_000_000 + str(i), "password": "x"})[0]
         for i in range(200)}
record("3. 200 sign-ins with distinct 1 MB e-mails", "statuses " + ",".join(map(str, sorted(codes))))

# 4. A student asks for a 100-block x 200-question x 30-row PDF.
blocks = [{"id": f"b{i}", "type": "add_sub", "count": 200, "constraints": {"digits": 10, "rows": 30}}
          for i in range(100)]
start = time.monotonic()
status, _ = request("POST", "/api/papers/generate-pdf", {"title": "Huge", "blocks": blocks}, tokens[0])
record("4. 100 x 200 x 30-row PDF", f"{status} in {(time.monotonic() - start) * 1000:.0f} ms")

# 5. Five previews of 100 distinct big-friends plans (different maxAnswer).
statuses = []
for round_ in range(5):
    blocks = [{"id": f"b{i}", "type": "big_friends_add_sub", "count": 1,
               "constraints": {"digits": 2, "rows": 15, "maxAnswer": 300 + round_ * 100 + i}} for i in range(100)]
    statuses.append(request("POST", "/api/papers/preview", {"title": "Plans", "blocks": blocks}, tokens[1])[0])
record("5. 5 previews x 100 distinct big-friends plans", "statuses " + ",".join(map(str, sorted(set(statuses)))))

# 6. 1,100 idle connections, then a request.
sockets = []
for _ in range(1100):
    try:
        sockets.append(socket.create_connection((HOST, PORT), timeout=2))
    except OSError:
        break
held = len(sockets)
time.sleep(1)
# The address holds its 256 connections: a 257th is refused; other addresses are not affected.
while_held = raw("/api/health")
for sock in sockets:
    sock.close()
time.sleep(0.5)
after = raw("/api/health")
record("6. 1,100 idle connections from one address",
       f"{held} opened; another from it {'refused' if while_held == 0 else while_held}; health {after} after")

# 7. Six wrong passwords for the admin, then the right one from elsewhere (no proxy: same address).
codes = [request("POST", "/api/auth/login", {"email": "admin@anzan.demo", "password": f"guess-{i}"})[0]
         for i in range(6)]
record("7. 6 wrong admin passwords", "statuses " + ",".join(map(str, codes)))

# 8. Noncharacters in a title.
status, body = request("POST", "/api/papers/generate-pdf",
                       {"title": "A\uffff", "blocks": [{"id": "b", "type": "addition", "count": 3}]}, tokens[2])
record("8. title with U+FFFF", f"{status} {'PDF' if body.startswith(b'%PDF') else body[:60]}")

print("### users/me while worksheet PDFs render (wrk -t1 -c8, SQLite, "
      f"{subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores; wrk and the renders share them)")
print()
print("| load | req/s | p50 ms | p99 ms | non-2xx |")
print("|---|---|---|---|---|")
print(f"| idle | {idle[0]:.0f} | {idle[1]:.2f} | {idle[2]:.2f} | {idle[3]} |")
print(f"| 8 maximum-size PDFs in flight | {busy[0]:.0f} | {busy[1]:.2f} | {busy[2]:.2f} | {busy[3]} |")
print()
mean = sum(pdf_times) / len(pdf_times) if pdf_times else 0
print(f"Maximum-size PDF (2,000 questions, 20,000 rows, with answers): {len(pdf_times)} rendered, "
      f"{mean:.1f} s each from request to last byte with eight queued on the heavy pool; statuses {pdf_codes}. "
      "Target: users/me p99 < 50 ms while they render.")
print()
print("### Memory through every attack (RSS now / peak since start, MiB)")
print()
print("| attack | outcome | RSS MiB | peak MiB |")
print("|---|---|---|---|")
for attack, outcome, now, peak in rows:
    print(f"| {attack} | {outcome} | {now:.0f} | {peak:.0f} |")
print()
print(f"Target: RSS < 300 MiB through every attack; peak over the whole run: {max(r[3] for r in rows):.0f} MiB.")
