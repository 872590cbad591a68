#!/usr/bin/env bash
# Every figure in docs/EVALUATION.md, recomputed: quality against the gold data in ../shared
# and the project's own gold set, then speed against bare natasha.  JSON goes to $OUT.
# Usage: benchmarks/evaluate.sh [OUT_DIR]     (takes about 15 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SVODKA_SHARED:-../shared}/datasets
OUT=${1:-out/eval}
mkdir -p "$OUT"
S=.venv/bin/svodka
[ -x "$S" ] || S=svodka
run() { local name=$1; shift; echo "== svodka $*"; "$S" "$@"; "$S" "$@" --json > "$OUT/$name.json"; }
run ner-factru      eval ner --format factru "$SHARED/factru/devset"
run ner-nerel       eval ner --format nerel "$SHARED/nerel/dev"
run ner-bsnlp       eval ner --format bsnlp "$SHARED/bsnlp"
run norm-bsnlp      eval norm --format bsnlp "$SHARED/bsnlp"
run norm-factru     eval norm --format factru "$SHARED/factru/devset"
run entities-factru eval entities --format factru "$SHARED/factru/devset"
run roles-factru    eval roles --format factru "$SHARED/factru/devset"
run roles-nerel     eval roles --format nerel "$SHARED/nerel/dev"
run roles-gold      eval roles --gold gold/bsnlp_gold.jsonl --texts "$SHARED/bsnlp"
run statements-gold eval statements --gold gold/bsnlp_gold.jsonl --texts "$SHARED/bsnlp"
run statements-dev  eval statements --gold gold/bsnlp_dev.jsonl --texts "$SHARED/bsnlp"
run statements-nerel-dev   eval statements --gold gold/nerel_dev.jsonl --texts "$SHARED/nerel/train"
run statements-nerel-fresh eval statements --gold gold/nerel_fresh.jsonl --texts "$SHARED/nerel/train"
run statements-nerel-round4 eval statements --gold gold/nerel_round4.jsonl --texts "$SHARED/nerel/train"
run dates-gold      eval dates --gold gold/bsnlp_gold.jsonl --texts "$SHARED/bsnlp"
if "$S" eval --help | grep -q " events "; then
  run events-nerel  eval events --format nerel "$SHARED/nerel/dev"
fi
run bench-bsnlp     bench "$SHARED/bsnlp/nord_stream/raw" "$SHARED/bsnlp/brexit/raw" --limit 200
