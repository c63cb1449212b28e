#!/usr/bin/env bash
# Renders a backtest report (report.html written by `backtester-cli run`) to a PNG with headless
# Chromium, to see the page as a reader would: charts drawn, tables laid out.
#
# Usage:   scripts/render-report.sh REPORT_HTML [OUT_PNG]
# Example: scripts/render-report.sh out/bb/report.html /tmp/bb-report.png
# Needs:   Chromium; on Debian: apt-get update && apt-get install -y chromium
# The report loads nothing from the network, so the browser is told not to reach out either.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 REPORT_HTML [OUT_PNG]" >&2
  exit 2
fi
report=$(realpath "$1")
out=$(realpath -m "${2:-${report%.html}.png}")
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "no Chromium found; on Debian: apt-get update && apt-get install -y chromium" >&2
  exit 1
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --user-data-dir="$profile" --screenshot="$out" --window-size=1200,1600 "file://$report" 2>/dev/null
echo "$out"
