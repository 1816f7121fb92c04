#!/usr/bin/env bash
# Makes sure Debian's python3 has grpcio and grpcio-tools (the packages python3-grpcio and python3-grpc-tools),
# installing them with apt-get when they are missing (as root, as CI runs). PyPI is not needed.
# Prints only the python to use (apt-get output is shown when it fails).
set -euo pipefail
python="${CONTACTSYNC_PYTHON:-/usr/bin/python3}"
if "$python" -c 'import grpc, grpc_tools.protoc' 2>/dev/null; then
  echo "$python"
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "grpcio and grpcio-tools are missing for $python; install python3-grpcio and python3-grpc-tools (apt) as root." >&2
  exit 3
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { apt-get update -qq && apt-get install -y -qq -o DPkg::Lock::Timeout=600 python3-grpcio python3-grpc-tools; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "apt-get could not install python3-grpcio and python3-grpc-tools." >&2
  exit 3
fi
"$python" -c 'import grpc, grpc_tools.protoc'
echo "$python"
