# Start a throwaway OpenSearch node on 127.0.0.1 for the search tests; sourced by .ci/run.
# The node comes from Maven Central (ci/opensearch/pom.xml) and runs on Temurin 25, because
# OpenSearch 3 needs Java 21 or newer and the machine's default JDK is 17.

OS_PORT=${OS_PORT:-9200}
OS_CLUSTER=${OS_CLUSTER:-potret-ci}
OS_HOME=${OS_HOME:-$(mktemp -d /tmp/potret-opensearch.XXXXXX)}
OS_WAIT_SECONDS=${OS_WAIT_SECONDS:-180}

stop_opensearch() {
  if [ -n "${OS_PID:-}" ] && kill -0 "$OS_PID" 2>/dev/null; then
    kill "$OS_PID" 2>/dev/null || true
    wait "$OS_PID" 2>/dev/null || true
  fi
  rm -rf "$OS_HOME"
}

opensearch_health() {
  curl -fsS "http://127.0.0.1:$OS_PORT/_cluster/health?wait_for_status=yellow&timeout=2s" 2>/dev/null
}

install_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "Installing Maven from Debian packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >/dev/null
  fi
}

start_opensearch() {
  install_maven
  echo "Resolving the OpenSearch classpath with Maven"
  mkdir -p .cache
  mvn -B -q -f ci/opensearch/pom.xml dependency:build-classpath \
    -Dmdep.outputFile="$PWD/.cache/opensearch.cp"

  OPENSEARCH_PORT=$OS_PORT OPENSEARCH_CLUSTER=$OS_CLUSTER ci/opensearch/start.sh "$OS_HOME/node" \
    >"$OS_HOME/node.log" 2>&1 &
  OS_PID=$!
  # Chain onto the EXIT trap that .ci/postgres.sh set, instead of replacing it.
  local previous_trap
  previous_trap=$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")
  trap "stop_opensearch; ${previous_trap:-true}" EXIT

  local waited=0
  until opensearch_health | grep -q "\"cluster_name\":\"$OS_CLUSTER\""; do
    if ! kill -0 "$OS_PID" 2>/dev/null; then
      echo "OpenSearch exited during start; last lines of its log:" >&2
      tail -n 40 "$OS_HOME/node.log" >&2
      return 1
    fi
    if [ "$waited" -ge "$OS_WAIT_SECONDS" ]; then
      echo "OpenSearch did not report cluster $OS_CLUSTER on port $OS_PORT within ${OS_WAIT_SECONDS}s:" >&2
      tail -n 40 "$OS_HOME/node.log" >&2
      return 1
    fi
    sleep 2
    waited=$((waited + 2))
  done

  # Only the search tests point Wagtail at the node (their fixtures read SEARCH_URL); the rest of
  # the suite keeps the database backend, so its searches need no index refresh.
  export SEARCH_URL="http://127.0.0.1:$OS_PORT"
  export SEARCH_INDEX_PREFIX=${SEARCH_INDEX_PREFIX:-potret_ci_}
  export REQUIRE_OPENSEARCH=1
  echo "OpenSearch ready on $SEARCH_URL after ${waited}s"
}
