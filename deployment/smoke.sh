#!/usr/bin/env bash
# Starts a published CareerBot (deployment/publish.sh output) on loopback, as the container does, and checks
# what the container's HEALTHCHECK and the Kubernetes probes rely on: /healthz, /readyz, and that the
# insight page is hidden without a key, and that the chat page and its Web Chat bundle are served.
# Stops the bot it started. Usage: deployment/smoke.sh OUT_DIR
set -euo pipefail

out="${1:?usage: deployment/smoke.sh OUT_DIR}"
port="${SMOKE_PORT:-18080}"
data="$(mktemp -d)"
base="http://127.0.0.1:$port"

# The same settings the Dockerfile bakes in, pointed at a temporary folder.
export ASPNETCORE_URLS="$base"
export DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production
export Storage__SqlitePath="$data/state.db"
export Insights__DatabasePath="$data/insights.db"
export SearchIndex__DatabasePath="$out/index/catalogue.db"

dotnet "$out/CareerBot.Bot.dll" >"$data/bot.log" 2>&1 &
bot=$!
cleanup() { kill "$bot" 2>/dev/null || true; wait "$bot" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

status() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base$1" || true; }

for _ in $(seq 1 60); do
  [ "$(status /healthz)" = "200" ] && break
  kill -0 "$bot" 2>/dev/null || { cat "$data/bot.log"; echo "smoke: the bot exited early"; exit 1; }
  sleep 1
done

fail=0
check() {
  local got
  got="$(status "$1")"
  if [ "$got" = "$2" ]; then echo "smoke: $1 -> $got"; else echo "smoke: $1 -> $got, expected $2"; fail=1; fi
}
check /healthz 200
check /readyz 200
check /insights 404
check /insights/data 404
# The chat page and the Web Chat bundle the build brought from npm (nothing comes from a CDN).
check / 200
check /webchat/webchat.js 200
if [ "$fail" -ne 0 ]; then tail -n 50 "$data/bot.log"; exit 1; fi
echo "smoke: published build OK"
