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
