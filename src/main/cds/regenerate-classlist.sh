#!/usr/bin/env bash
# Regenerates startup.classlist: the classes Goldseam loads from launch to its unlock screen.
# Only those: the JVM relocates the whole archive at every launch, so a larger archive (one that
# also held the PDF engine, say) costs start-up time on every launch to save it on rarer work.
# The build turns the list into target/goldseam.jsa, an AppCDS archive that the README's run
# command passes to the JVM (see docs/adr/0011-appcds-start-up.md). Needs a display (Xvfb is fine)
# and a built jar. Run it after changing what start-up loads; a stale list only makes start-up
# slower, never wrong, because classes missing from the archive load the normal way.
set -euo pipefail
cd "$(dirname "$0")/../../.."
jar=target/goldseam.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# an invented caseload (never real data), so the window shows the unlock screen a clinician sees
printf 'classlist training passphrase\n' > "$scratch/pass"
java -jar "$jar" demo --data-dir "$scratch/vault" --passphrase-file "$scratch/pass" --clients 2 --sessions 3 --seed 1 \
  --as-of 2026-11-20 > /dev/null 2>&1
java -XX:DumpLoadedClassList="$scratch/raw" -Dgoldseam.bench.startupProbe=true -jar "$jar" --data-dir "$scratch/vault" \
  > "$scratch/out" 2>&1 &
pid=$!
for _ in $(seq 60); do grep -q goldseam-window-shown "$scratch/out" 2>/dev/null && break; sleep 0.5; done
grep -q goldseam-window-shown "$scratch/out" || { echo "the window never opened (no display?)" >&2; kill $pid; exit 1; }
sleep 2 # let the first paint and the timers' classes load too
kill $pid; wait $pid 2>/dev/null || true
# plain class names only: lambda forms, hidden and proxy classes are JDK-build specific
grep -v -e '^@' -e '\$\$Lambda' -e '\$Proxy' -e '^#' "$scratch/raw" | awk '{print $1}' | sort -u > src/main/cds/startup.classlist
wc -l src/main/cds/startup.classlist
