#!/usr/bin/env bash
# Refreshes the vendored axe-core (MPL-2.0, from the npm registry) that the browser tests inject
# into dashboard pages. Usage: src/test/resources/org/strata/web/vendor-axe.sh [VERSION]
set -euo pipefail
version=${1:-4.11.1}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "axe-core@$version" >/dev/null && tar xzf axe-core-*.tgz)
cp "$tmp/package/axe.min.js" "$here/axe.min.js"
cp "$tmp/package/LICENSE" "$here/axe-LICENSE.txt"
echo "axe-core $version vendored into $here"
