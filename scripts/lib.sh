# SPDX-License-Identifier: GPL-2.0
# Shared settings for the project's scripts.  Source it; do not run it.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${LEARNED_BUILD:-$TOP/build}
KSRC=${KSRC:-$BUILD/linux-source-6.1}	# extracted, patched and synced tree
KOBJ=${KOBJ:-$BUILD/obj-x86}		# x86_64 guest objects (O=)
KSTATE=$BUILD/state			# what we applied to $KSRC
JOBS=${JOBS:-$(nproc)}

die() { echo "error: $*" >&2; exit 1; }
warn() { echo "warning: $*" >&2; }
info() { echo ">> $*" >&2; }

# kv KEY: a field of KERNEL_VERSION
kv() { sed -n "s/^$1=//p" "$TOP/KERNEL_VERSION"; }

# The compiler, through ccache when it is installed.
kcc() {
	if command -v ccache >/dev/null 2>&1; then
		echo "ccache gcc"
	else
		echo gcc
	fi
}

# Reproducible build identity, so that ccache hits across runs and the
# image does not change when nothing else did.
export KBUILD_BUILD_TIMESTAMP='Thu Jan  1 00:00:00 UTC 2026'
export KBUILD_BUILD_USER=learned KBUILD_BUILD_HOST=build
export CCACHE_DIR=${CCACHE_DIR:-${HOME:-/root}/.cache/ccache}
export CCACHE_BASEDIR=$BUILD CCACHE_NOHASHDIR=true CCACHE_SLOPPINESS=time_macros,include_file_mtime,include_file_ctime
