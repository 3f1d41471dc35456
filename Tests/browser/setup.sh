#!/usr/bin/env bash
# Installs what Tests/browser/check_site.py needs, only what is missing, quietly:
# Debian's chromium, chromium-driver, a Java runtime (for vnu), poppler-utils (pdfinfo
# and pdftotext read the printed journeys) and fonts-liberation (a face with
# Helvetica's metrics, which Graphviz sizes the diagrams' text by), and the Python
# packages of requirements.txt in the virtualenv .build-browser-venv/.
# Idempotent: a second run installs nothing and prints nothing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$root/.build-browser-venv"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ -e /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || missing+=(fonts-liberation)
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  log="$(mktemp)"
  # apt's chatter goes to a log that is shown only when the install fails.
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
         $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; exit 1
  fi
  rm -f "$log"
fi

# The stamp records which requirements were installed, so a changed list reinstalls.
stamp="$venv/.requirements"
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$here/requirements.txt" "$stamp"; then
  echo "setup: installing Python packages into ${venv#"$root"/}"
  [ -x "$venv/bin/python" ] || python3 -m venv --clear "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$stamp"
fi
