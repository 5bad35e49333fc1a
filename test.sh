#!/usr/bin/env bash
# Runs every test of EsnHarness. Installs what the tests need and the machine lacks
# (Debian's chromium for the living-documentation browser tests), then runs dotnet test.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${ESN_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "test.sh: installing Debian's chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "test.sh: chromium is missing and cannot be installed here (needs root and apt-get); set ESN_CHROMIUM to a Chromium binary" >&2
    exit 2
  fi
fi
# Debian's headless shell, which the web-console route prefers when installed (a quarter less CPU than the full browser headless,
# docs/web-console.md, Speed); without it the route uses chromium.
if [ -z "${ESN_CHROMIUM:-}" ] && ! command -v chromium-headless-shell >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "test.sh: installing Debian's chromium-headless-shell for the web-console route"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null; } || echo "test.sh: chromium-headless-shell not installed; the web-console route uses chromium" >&2
fi

# @cucumber/html-formatter renders our NDJSON in the reporting tests (proof it stays valid for the Cucumber ecosystem).
formatter=tests/EsnHarness.Reporting.Tests/CucumberHtml
if [ ! -d "$formatter/node_modules/@cucumber/html-formatter" ]; then
  if command -v npm >/dev/null 2>&1; then
    npm ci --prefix "$formatter" --no-audit --no-fund --silent
  else
    echo "test.sh: npm is missing: install Node.js 20 and npm for the Cucumber HTML formatter check" >&2
    exit 2
  fi
fi

dotnet build EsnHarness.sln -c Release -nologo -clp:ErrorsOnly
# dotnet test starts every test assembly at once; each takes its turn on the machine (tests/Shared/TestMachineTurn.cs), so
# no browser test or second catalogue runs beside the KPI measurements, and inside the catalogue the measurement lane keeps
# functional scenarios away from them.
dotnet test EsnHarness.sln -c Release --no-build -nologo "$@"
