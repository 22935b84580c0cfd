#!/usr/bin/env bash
# The benchmark (issue 7): builds the jar, fetches stock Fuseki 5.6.0 through Maven, runs the harness and leaves its
# figures in bench/out/results.md (bench/RESULTS.md is the committed, commented copy of a full run).
#   bench/run.sh           the full run: lists of 1,000, 10,000 and 100,000 entries (about 35 minutes on 2 cores)
#   bench/run.sh --quick   small lists and few repeats, to check that the harness works (about 3 minutes)
#   bench/run.sh --server-only   the servers under load alone, on the dumps of an earlier run (about 10 minutes)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
fuseki_version=5.6.0
lib=bench/out/lib
fuseki="$lib/jena-fuseki-server-$fuseki_version.jar"

mvn_() { mvn -q -B -o "$@" 2>/dev/null || mvn -q -B "$@"; }

echo "bench: building the jar and the harness (mvn package, tests skipped)..." >&2
mvn_ -DskipTests package
if [ ! -f "$fuseki" ]; then
  echo "bench: fetching org.apache.jena:jena-fuseki-server:$fuseki_version..." >&2
  mkdir -p "$lib"
  mvn_ dependency:copy -Dartifact="org.apache.jena:jena-fuseki-server:$fuseki_version" -DoutputDirectory="$lib"
fi
# ./medkg records its class data sharing archive on its first run after a build of the jar; do that now, not in a
# measured run.
./medkg --version >/dev/null
exec java -cp target/medkg.jar:target/test-classes org.w3id.medkg.bench.Bench target/medkg.jar "$fuseki" "$@"
