#!/usr/bin/env bash
# Builds CareerBot for release into OUT_DIR: restore, publish (the bot's MSBuild target builds the Web Chat
# page from npm as part of this), then build the catalogue index next to the program.
# The Dockerfile runs exactly this script, and CI (.ci/run) runs it too, then smoke-tests the output with
# deployment/smoke.sh, so the container's build steps are tested on every change without a container engine.
set -euo pipefail

out="${1:?usage: deployment/publish.sh OUT_DIR}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

dotnet restore bot/CareerBot.Bot.csproj
dotnet publish bot/CareerBot.Bot.csproj -c Release --no-restore -o "$out" -p:UseAppHost=false
# Validates the catalogue (clear errors, non-zero exit) and builds the index the bot loads at start.
dotnet "$out/CareerBot.Bot.dll" index build --index "$out/index/catalogue.db"
