#!/usr/bin/env bash
# Marking speed of the dependency-graph engine: 1,000,000 nodes, 5,000,000 edges, no-log strategy.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o -pl dependency-graph test-compile >/dev/null 2>&1 || mvn -q -pl dependency-graph test-compile
java -Xmx4g -cp dependency-graph/target/classes:dependency-graph/target/test-classes dev.kiln.depgraph.MarkingBenchmark "$@"
