#!/usr/bin/env python3
"""Drives request_instructions.sh: for each route, switches callgrind's counting on, sends N
requests on one keep-alive connection, switches it off and reads the count.

Usage: request_loop.py PORT N PASSWORD WORK_DIR VALGRIND_PID   → "route instructions-per-request" lines
"""
import glob
import http.client
import json
import os
import re
import subprocess
import sys

port, n, password, work, pid = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)


def call(method, path, body=None, token=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    conn.request(method, path, json.dumps(body) if body is not None else None, headers)
    res = conn.getresponse()
    data = res.read()
    assert res.status == 200, (path, res.status, data[:200])
    return data


token = json.loads(call("POST", "/api/auth/login", {"email": "student1@anzan.demo", "password": password}))["access_token"]
routes = [
    ("GET /api/ping", lambda: call("GET", "/api/ping")),
    ("GET /api/users/me", lambda: call("GET", "/api/users/me", token=token)),
    ("GET /api/users/stats", lambda: call("GET", "/api/users/stats", token=token)),
    ("POST /api/papers/preview (AB-3, 100 questions)",
     lambda: call("POST", "/api/papers/preview", {"title": "Bench", "level": "AB-3", "seed": 7}, token)),
]


def total(path):
    with open(path) as dump:
        for line in dump:
            if line.startswith("totals:"):
                return int(line.split()[1])
    return 0


def control(option):
    subprocess.run(["callgrind_control", option, pid], capture_output=True, check=True)


for name, send in routes:
    try:
        send()  # warm: plans cached, statements prepared
    except AssertionError:  # a route this build does not have (an older baseline)
        print(f"{re.sub(r'[ ]', '_', name)} 0")
        continue
    control("--instr=on")
    for _ in range(n):
        send()
    control("--instr=off")
    before = set(glob.glob(os.path.join(work, "cg.*")))
    control("--dump")
    dumps = sorted(set(glob.glob(os.path.join(work, "cg.*"))) - before, key=os.path.getmtime)
    instructions = sum(total(path) for path in dumps)
    for path in dumps:
        os.remove(path)
    control("--zero")
    print(f"{re.sub(r'[ ]', '_', name)} {instructions // n}")  # spaces would split the columns
