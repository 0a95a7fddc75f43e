#!/usr/bin/env bash
# On the lent GPU machine: unpacks what bench/gpu-pack.sh put in .gpu/ (node to
# /tmp/gemma-ko-node, node_modules and out/ here, the Vulkan loader where none is installed),
# then prints what the machine has. bench/gpu.sh points Vulkan at the NVIDIA driver's ICD file.
# See bench/gpu-pack.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
unxz() { xz -dc "$1" 2>/dev/null || python3 -c 'import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.argv[1]), sys.stdout.buffer)' "$1"; }
mkdir -p /tmp/gemma-ko-node
unxz .gpu/node.xz >/tmp/gemma-ko-node/node
chmod +x /tmp/gemma-ko-node/node
unxz .gpu/nm.tar.xz | tar -xf -
# The Vulkan loader and libglvnd (the NVIDIA Vulkan driver, libGLX_nvidia, needs its libGLdispatch).
for f in .gpu/gl/*.deb; do dpkg -x "$f" /; done
ldconfig
/tmp/gemma-ko-node/node -v
ldconfig -p | grep -m1 'libvulkan\.so\.1' || echo "no Vulkan loader"
ls /usr/local/nvidia/share/vulkan/icd.d/ /usr/share/vulkan/icd.d/ /etc/vulkan/icd.d/ 2>/dev/null || true
