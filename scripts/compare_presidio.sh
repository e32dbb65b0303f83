#!/usr/bin/env bash
# Scores Presidio's offline pattern recognizers on the labelled corpus (see compare_presidio.py).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${TOOLS_DIR:-.tools}/presidio
PRESIDIO=2.2.366
if [[ "$(cat "$VENV/.pins" 2>/dev/null)" != "$PRESIDIO" ]]; then
    rm -rf "$VENV" && python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "presidio-analyzer==$PRESIDIO"
    echo "$PRESIDIO" > "$VENV/.pins"
fi
"$VENV/bin/python" scripts/compare_presidio.py shared/tests/corpus/uk_chat.txt
