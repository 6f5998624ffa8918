#!/usr/bin/env bash
# Run bench/fault_search.sh against a throwaway OpenSearch node of its own on 127.0.0.1.
# The node comes from Maven Central like the CI node (ci/opensearch/start.sh). The fault run
# stops it by its process id and starts it again on the same data folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

port=${OS_PORT:-9251}
home=$(mktemp -d /tmp/potret-bench-opensearch.XXXXXX)
pid_file="$home/node.pid"

start_node() {
  OPENSEARCH_PORT=$port OPENSEARCH_CLUSTER=potret-bench ci/opensearch/start.sh "$home/node" >>"$home/node.log" 2>&1 &
  echo $! >"$pid_file"
}

stop_node() {
  if [ -s "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    kill "$(cat "$pid_file")"
    while kill -0 "$(cat "$pid_file")" 2>/dev/null; do sleep 1; done
  fi
}

cleanup() {
  stop_node
  rm -rf "$home"
}
trap cleanup EXIT

start_node
for waited in $(seq 0 2 180); do
  if curl -fsS "http://127.0.0.1:$port/_cluster/health" 2>/dev/null | grep -q potret-bench; then
    echo "OpenSearch ready on port $port after ${waited}s"
    break
  fi
  if [ "$waited" -ge 180 ]; then
    echo "OpenSearch did not start within 180 s; last lines of its log:" >&2
    tail -n 30 "$home/node.log" >&2
    exit 1
  fi
  sleep 2
done

export -f start_node stop_node
export home port pid_file
SEARCH_BACKEND=opensearch3 SEARCH_URL="http://127.0.0.1:$port" SEARCH_INDEX_PREFIX=potret_bench_ \
  SEARCH_STOP_CMD=stop_node SEARCH_START_CMD=start_node bench/fault_search.sh
