#!/usr/bin/env bash
# Lighthouse (mobile, the default form factor) on the home page, the heaviest article, the calendar,
# the heaviest infographic and the search results of the demo site, served on 127.0.0.1 only. Prints the four category scores
# per page and keeps the JSON reports under target/lighthouse/.
#
# Needs: Debian's chromium (/usr/bin/chromium), node + npm (Lighthouse is installed, pinned, into
# target/tools/lighthouse from the npm registry on first use), Maven and a JDK.
# Exit status: 0 when every score is at least LOA_LIGHTHOUSE_MIN (default 0, i.e. report only), 1 otherwise.
set -euo pipefail

LIGHTHOUSE_VERSION=13.5.0
MIN_SCORE="${LOA_LIGHTHOUSE_MIN:-0}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
OUT="target/lighthouse"
SITE="$OUT/site"
TOOLS="target/tools/lighthouse"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

if [ ! -x "$CHROME_PATH" ]; then
  echo "lighthouse.sh: $CHROME_PATH not found (apt-get install chromium)" >&2
  exit 2
fi

if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ] \
   || ! grep -q "\"version\": \"$LIGHTHOUSE_VERSION\"" "$TOOLS/node_modules/lighthouse/package.json"; then
  echo "Installing lighthouse@$LIGHTHOUSE_VERSION into $TOOLS"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

# The jar, the test classes (for the static server) and a bake with the same pinned day as the browser tests.
mvn -B -q -DskipTests -Dloa.skipBake=true package
rm -rf "$OUT"
mkdir -p "$OUT"
LOA_TODAY=2026-11-20 java -jar target/loa.jar build --source . --output "$SITE" --no-check >/dev/null

java -cp target/test-classes:target/classes vn.loa.browser.StaticSiteServer "$SITE" 0 >"$OUT/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q "^serving" "$OUT/server.log" 2>/dev/null && break
  sleep 0.1
done
ORIGIN="$(sed -n 's/^serving .* at \(http[^ ]*\)\/$/\1/p' "$OUT/server.log")"
if [ -z "$ORIGIN" ]; then
  echo "lighthouse.sh: the static server did not start:" >&2
  cat "$OUT/server.log" >&2
  exit 2
fi

# The heaviest page of a section (largest index.html), as the browser tests choose.
heaviest() {
  local file
  file="$(ls -S "$SITE/$1"/*/index.html 2>/dev/null | head -n 1 || true)"
  if [ -n "$file" ]; then echo "/$1/$(basename "$(dirname "$file")")/"; fi
}

PAGES=("home=/" "article=$(heaviest bai-viet)" "calendar=/lich/" "infographic=$(heaviest infographic)"
       "search=/tim-kiem/?q=bao+luc+gia+dinh")

FLAGS="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
FLAGS="$FLAGS --disable-component-update --disable-sync --disable-dev-shm-usage"

status=0
printf '%-12s %5s %5s %5s %5s  %s\n' page perf a11y bp seo url
for entry in "${PAGES[@]}"; do
  name="${entry%%=*}"
  path="${entry#*=}"
  if [ -z "$path" ] || { [ "$path" != "/" ] && [ ! -f "$SITE${path%%\?*}index.html" ]; }; then
    printf '%-12s (no such page in the demo site yet)\n' "$name"
    continue
  fi
  report="$OUT/$name.json"
  if ! "$TOOLS/node_modules/.bin/lighthouse" "$ORIGIN$path" --quiet --output=json --output-path="$report" \
      --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$FLAGS" \
      >"$OUT/$name.log" 2>&1; then
    echo "lighthouse failed on $path (see $OUT/$name.log)" >&2
    status=1
    continue
  fi
  scores="$(node -e '
    const r = require(process.argv[1]);
    const c = r.categories;
    const s = k => c[k] && c[k].score !== null ? Math.round(c[k].score * 100) : -1;
    console.log([s("performance"), s("accessibility"), s("best-practices"), s("seo")].join(" "));
    for (const [k, cat] of Object.entries(c)) {
      for (const ref of cat.auditRefs) {
        const a = r.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) {
          console.error("    " + k + ": " + a.id + " (" + a.score + ") " + a.title + (a.displayValue ? " – " + a.displayValue : ""));
        }
      }
    }' "$ROOT/$report" 2>"$OUT/$name.failed-audits.txt")"
  read -r perf a11y bp seo <<<"$scores"
  printf '%-12s %5s %5s %5s %5s  %s\n' "$name" "$perf" "$a11y" "$bp" "$seo" "$path"
  cat "$OUT/$name.failed-audits.txt"
  for s in $perf $a11y $bp $seo; do
    if [ "$s" -lt "$MIN_SCORE" ]; then status=1; fi
  done
done
exit $status
