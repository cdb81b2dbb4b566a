# SPDX-License-Identifier: GPL-2.0
# Shared settings for the project's scripts.  Source it; do not run it.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${LEARNED_BUILD:-$TOP/build}
KSRC=${KSRC:-$BUILD/linux-source-6.1}	# extracted, patched and synced tree
KOBJ=${KOBJ:-$BUILD/obj-x86}		# x86_64 guest objects (O=)
# make -C $KSRC O=$KOBJ would resolve a relative O= against $KSRC, not
# against the caller's directory: anchor relative paths here.
for v in BUILD KSRC KOBJ; do
	case ${!v} in /*) ;; *) printf -v "$v" '%s/%s' "$PWD" "${!v}" ;; esac
done
unset v
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

# build_lock: serialise kernel builds of several checkouts on one machine
# (2 cores do not take two kernel builds at once).  Held until the calling
# script exits; nested scripts inherit it.  LEARNED_BUILD_LOCK=none skips.
build_lock() {
	local lock=${LEARNED_BUILD_LOCK:-${TMPDIR:-/tmp}/learned-build.$(id -u).lock}

	[ "$lock" = none ] || [ -n "${LEARNED_BUILD_LOCKED:-}" ] && return 0
	command -v flock >/dev/null 2>&1 || return 0
	exec {LEARNED_BUILD_FD}>"$lock" || die "cannot open build lock $lock"
	if ! flock -n "$LEARNED_BUILD_FD"; then
		info "waiting for another kernel build ($lock)"
		flock "$LEARNED_BUILD_FD"
	fi
	export LEARNED_BUILD_LOCKED=1
}

# extract_pristine DIR: unpack the pinned linux-source tarball, untouched,
# into DIR (DIR/linux-source-6.1) and print the tree's path.  Used by
# scripts/build/series check (a fresh tree for the exported series) and by
# scripts/build/ktree vanilla (the unpatched kernel of the overhead benchmark).
extract_pristine() {
	local dir=$1 tarball
	tarball=$(kv tarball)
	[ -f "$tarball" ] || die "$tarball missing; run: apt-get install $(kv package)"
	mkdir -p "$dir"
	tar -C "$dir" -xf "$tarball" || die "cannot extract $tarball into $dir"
	[ -f "$dir/linux-source-6.1/Makefile" ] || die "$tarball did not give $dir/linux-source-6.1"
	echo "$dir/linux-source-6.1"
}

# The unpatched kernel of the overhead benchmark (scripts/build/ktree vanilla):
# a pristine tree and its objects side by side, at the same depth as
# $KSRC and $KOBJ so that ccache's relative paths match the patched build.
VANILLA=${VANILLA:-$BUILD/vanilla}
VANILLA_KOBJ=$VANILLA/obj-x86
