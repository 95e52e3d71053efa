# Sourced by the e2e runner and the HTTP benchmarks: a throw-away `anzan serve` on a fresh SQLite
# database with demo data, on a free loopback port, stopped and deleted on exit.
#   start_demo_server ANZAN_BINARY PASSWORD   sets $work, $port, $base_url, $server
#   login_token EMAIL PASSWORD                prints an access token
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start_demo_server() {
  local anzan=$1 password=$2
  work=$(mktemp -d /tmp/anzan-server-XXXXXX)
  server=""
  trap 'if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
  port=$(free_port)
  base_url="http://127.0.0.1:$port"
  export DATABASE_URL="sqlite:///$work/demo.db" SECRET_KEY="throwaway-secret-key-long-enough-0123456789"
  export ANZAN_ENV=production
  "$anzan" seed-demo --password "$password" >/dev/null
  "$anzan" serve --host 127.0.0.1 --port "$port" --no-access-log >"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 200); do
    curl -sf "$base_url/api/health" >/dev/null && return 0
    sleep 0.05
  done
  echo "anzan serve did not start:" >&2
  cat "$work/server.log" >&2
  return 1
}

login_token() {
  curl -sf -X POST "$base_url/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
