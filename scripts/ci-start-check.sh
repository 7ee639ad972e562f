#!/usr/bin/env bash
# Proves the README's start command on this checkout: `npm start` must serve the dashboard.
# Run right after `npm ci`, before anything else generates files.
set -euo pipefail
log=$(mktemp)
setsid npm start >"$log" 2>&1 &
pid=$!
cleanup() { kill -- -"$pid" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 300); do
	if curl -fsS http://127.0.0.1:4173/ -o /dev/null 2>/dev/null; then
		curl -fsS http://127.0.0.1:4173/ | grep -q '_app/immutable' || { echo 'start-check: page served without the app'; exit 1; }
		echo 'start-check: npm start serves the dashboard at http://127.0.0.1:4173/'
		exit 0
	fi
	if ! kill -0 "$pid" 2>/dev/null; then
		echo 'start-check: npm start exited before serving:'; tail -40 "$log"; exit 1
	fi
	sleep 1
done
echo 'start-check: npm start did not serve the dashboard within 300 s:'; tail -40 "$log"; exit 1
