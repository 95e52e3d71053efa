#!/usr/bin/env python3
"""Prints one access token per user id (HS256, the server's own claims), so a benchmark can act as
1,000 students without 1,000 password sign-ins. Usage: tokens.py SECRET FIRST_ID LAST_ID"""
import base64, hashlib, hmac, json, sys, time

secret, first, last = sys.argv[1].encode(), int(sys.argv[2]), int(sys.argv[3])
header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
now = int(time.time())

def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

for user_id in range(first, last + 1):
    payload = {"sub": str(user_id), "iat": now, "exp": now + 3600, "ver": 0}
    signing_input = header + "." + b64(json.dumps(payload, separators=(",", ":")).encode())
    mac = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    print(signing_input + "." + b64(mac))
