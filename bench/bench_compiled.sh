#!/usr/bin/env bash
# The release build's speed: build this tree's mypyc wheel (setup.py, POLICYKG_MYPYC=1) into a
# scratch folder, then run bench_extract.py on it and on the pure-Python tree in alternation, in
# the same minutes (figures from different minutes or machines compare only through the machine check).
#
#     bash bench/bench_compiled.sh [MB] [ROUNDS]     # defaults: 2 MB, 2 rounds; ~4 min to build on 2 cores
#
# The wheel is installed with --target (not into the venv, whose editable install a compiled
# module would shadow) and loaded first through PYTHONPATH; it reads the tree's models/.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
mb="${1:-2}"
rounds="${2:-2}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$repo"
echo "building the mypyc wheel of $(git rev-parse --short HEAD 2>/dev/null || echo this tree) in $scratch"
POLICYKG_MYPYC=1 pip wheel -q --no-build-isolation --no-deps -w "$scratch/wheel" .
pip install -q --no-deps --target "$scratch/site" "$scratch"/wheel/*.whl
for round in $(seq "$rounds"); do
    echo "== round $round: pure Python (this tree)"
    python bench/bench_extract.py --mb "$mb"
    echo "== round $round: mypyc wheel"
    PYTHONPATH="$scratch/site" POLICYKG_MODELS_DIR="$repo/models" python bench/bench_extract.py --mb "$mb"
done
