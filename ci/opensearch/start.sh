#!/usr/bin/env bash
# Start one OpenSearch node on 127.0.0.1 from Maven Central artifacts, in the foreground.
# Usage: ci/opensearch/start.sh [HOME_DIR]
# Environment: OPENSEARCH_PORT (9200), OPENSEARCH_CLUSTER (potret-ci), OPENSEARCH_HEAP (512m),
# OPENSEARCH_JAVA (Temurin 25). Resolves the classpath into .cache/opensearch.cp on first use.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

port=${OPENSEARCH_PORT:-9200}
cluster=${OPENSEARCH_CLUSTER:-potret-ci}
heap=${OPENSEARCH_HEAP:-512m}
java_bin=${OPENSEARCH_JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
home=${1:-$(mktemp -d /tmp/potret-opensearch.XXXXXX)}
classpath_file="$root/.cache/opensearch.cp"

if [ ! -x "$java_bin" ]; then
  echo "OpenSearch 3 needs Java 21 or newer; $java_bin is missing. Set OPENSEARCH_JAVA." >&2
  exit 1
fi
if [ ! -s "$classpath_file" ]; then
  mkdir -p "$root/.cache"
  mvn -B -q -f "$root/ci/opensearch/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath_file"
fi

# The runner keeps a config file that already exists, so ours must be in place before start.
mkdir -p "$home/node_1/config"
cp "$root/ci/opensearch/opensearch.yml" "$home/node_1/config/opensearch.yml"

# Node n listens on baseHttpPort + n, so the base is one below the wanted port.
exec "$java_bin" -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC -Djava.awt.headless=true -Dfile.encoding=UTF-8 \
  -Dlog4j2.disable.jmx=true -Dio.netty.noUnsafe=true --enable-native-access=ALL-UNNAMED \
  --add-modules=jdk.incubator.vector -cp "$(cat "$classpath_file")" \
  org.codelibs.opensearch.runner.OpenSearchRunner -basePath "$home" -numOfNode 1 \
  -baseHttpPort "$((port - 1))" -clusterName "$cluster"
