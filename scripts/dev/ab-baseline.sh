#!/bin/sh
# Issue 11, point 9: the map's first 3D frame and orbit frames per second relative to <model-viewer>,
# "no worse than before the rebuild". The ratios swing with the machine (model-viewer took 7-18 s in the
# runs the old figures came from, 4.6-5.7 s on 2026-12-01), so the pre-rebuild commit and HEAD are
# benched alternately in one session, each with its own bench and model-viewer page.
#   scripts/dev/ab-baseline.sh [pairs]      (results: /tmp/pt-ab/{old,new}-N.log)
# The old tree needs its own node_modules: `npm install` (its lockfile predates the npm ci fix).
set -e
OLD=${OLD_COMMIT:-24d5a7d}
PAIRS=${1:-3}
REPO=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p /tmp/pt-ab
if [ ! -d /tmp/pt-ab/old ]; then
  git -C "$REPO" worktree add /tmp/pt-ab/old "$OLD"
  (cd /tmp/pt-ab/old && npm install --no-audit --no-fund)
fi
i=1
while [ "$i" -le "$PAIRS" ]; do
  (cd /tmp/pt-ab/old && BENCH_CYCLES=10 BENCH_ONLY=pt-trigger-point-map,model-viewer npm run bench > /tmp/pt-ab/old-$i.log 2>&1)
  (cd "$REPO" && BENCH_CYCLES=10 BENCH_HEAP_WARMUP=60 BENCH_ONLY=pt-trigger-point-map,model-viewer npm run bench > /tmp/pt-ab/new-$i.log 2>&1)
  grep -h -E 'first 3D frame|drawn frames per second' /tmp/pt-ab/old-$i.log /tmp/pt-ab/new-$i.log
  i=$((i + 1))
done
