#!/usr/bin/env bash
# The one prepared run for a lent GPU machine (no network there): writes the
# shape-faithful Gemma-7B fixture (Q4_0 and Q8_0) on that machine and prints one
# results table — backend, layers offloaded, VRAM used, load time, prompt tok/s
# (512-token prompt), decode tok/s raw and through the pipeline, and the
# memory-bandwidth bound. Builds nothing heavy: TypeScript compile only when out/ is
# missing. Budget: under 8 minutes on an H100 (the fixture is written from a
# pre-quantised pattern, at disk speed).
#   bench/gpu.sh            full Gemma-7B shape, Q4_0 and Q8_0
#   bench/gpu.sh --small    the same structure at 512 wide x 4 layers (checks the script on a CPU)
# Extra arguments go to bench/modelShape.bench.ts (e.g. --bandwidth-gbs 3350).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules/node-llama-cpp ]; then
    echo "node_modules is missing: run npm ci where the registry is reachable and bring node_modules along" >&2
    exit 2
fi
if [ ! -f out/bench/modelShape.bench.js ] || [ ! -f out/bench/draft.bench.js ]; then
    npx --no-install tsc -p . --outDir out
fi
if command -v nvidia-smi >/dev/null 2>&1; then
    nvidia-smi --query-gpu=name,driver_version,memory.total,memory.used --format=csv,noheader || true
fi
# The NVIDIA driver's Vulkan ICD where the container mounts it outside the loader's search path.
icd=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
[ -z "${VK_DRIVER_FILES:-}" ] && [ -f "$icd" ] && export VK_DRIVER_FILES="$icd"
# The fixtures (4.8 GB and 8.5 GB) go to memory where it has room: the H200 machine's disk wrote
# the Q4_0 one at 32 MB/s (151 s), which left no time for the rest.
scratch=/tmp
if [ -d /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR==2 {print $4}')" -gt $((16 * 1024 * 1024)) ]; then scratch=/dev/shm; fi
dir="${GEMMA_KO_BENCH_DIR:-$(mktemp -d -p "$scratch")}"
trap 'rm -rf "$dir"' EXIT
started=$(date +%s)
timeout "${GEMMA_KO_BENCH_TIMEOUT:-460}" node out/bench/modelShape.bench.js \
    --quant both --gpu auto --prompt-tokens 512 --decode-tokens 128 --runs 2 --dir "$dir" "$@"
# Speculative decoding with a draft model on the GPU (issue 16): with ÷ without, acceptance.
timeout 150 node out/bench/draft.bench.js --gpu auto --runs 3 || echo "draft bench: failed or timed out"
echo "bench/gpu.sh: $(( $(date +%s) - started )) s"
