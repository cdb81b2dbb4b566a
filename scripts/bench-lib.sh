# SPDX-License-Identifier: GPL-2.0
# Shared code of the benchmark harness (scripts/bench, scripts/bench-guest,
# scripts/bench-report, scripts/bench-selftest).  Source it; do not run it.

BENCH_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_WORKLOADS=${BENCH_WORKLOADS:-$BENCH_TOP/scripts/workloads}
# the wake-up latency workload's program (scripts/bench builds it on the
# host; the guest sees this tree read-only at the same path)
WAKELAT_BIN=${BENCH_WAKELAT:-$BENCH_TOP/tools/wakelat/build/wakelat}

bench_die() { echo "bench: error: $*" >&2; exit "${BENCH_ERR:-1}"; }
bench_warn() { echo "bench: warning: $*" >&2; }
bench_info() { echo "bench: $*" >&2; }

# parse_size SIZE: bytes for 4096, 64K, 48M, 1G (binary units), or "max".
parse_size() {
	case $1 in
	max) echo max ;;
	*[!0-9KMGkmg]* | '' | [KMGkmg]*) return 1 ;;
	*[Kk]) echo $(( ${1%?} * 1024 )) ;;
	*[Mm]) echo $(( ${1%?} * 1024 * 1024 )) ;;
	*[Gg]) echo $(( ${1%?} * 1024 * 1024 * 1024 )) ;;
	*[!0-9]*) return 1 ;;
	*) echo $(( $1 )) ;;
	esac
}

# fmt_size BYTES: the shortest exact binary-unit spelling (48M, 1G, 4097).
fmt_size() {
	local b=$1
	if [ "$b" = max ]; then echo max; return; fi
	if [ "$b" -ge $((1 << 30)) ] && [ $((b % (1 << 30))) -eq 0 ]; then echo "$((b >> 30))G"
	elif [ "$b" -ge $((1 << 20)) ] && [ $((b % (1 << 20))) -eq 0 ]; then echo "$((b >> 20))M"
	elif [ "$b" -ge 1024 ] && [ $((b % 1024)) -eq 0 ]; then echo "$((b >> 10))K"
	else echo "$b"; fi
}

# wl_kind FILE: fio, stress-ng or wakelat, from the file name.
wl_kind() {
	case $1 in
	*.fio) echo fio ;;
	*.job) echo stress-ng ;;
	*.wakelat) echo wakelat ;;
	*) return 1 ;;
	esac
}

# wl_name FILE: the workload's name (file name without extension).
wl_name() {
	local b=${1##*/}
	echo "${b%.*}"
}

# wl_header FILE KEY: the value of a "# KEY: value" header line (first one).
# Keys: memory.max, swap, cgroups, counter, note (note may continue on
# "#   " lines).
wl_header() {
	awk -v key="$2" '
	!/^#/ { exit }
	{
		line = $0
		sub(/^#[ \t]*/, "", line)
		if (found) {
			if ($0 ~ /^#[ \t][ \t]+[^ \t]/ && line !~ /^[a-z.]+:/) {
				val = val " " line; next
			}
			exit
		}
		if (index(line, key ":") == 1) {
			val = substr(line, length(key) + 2)
			sub(/^[ \t]+/, "", val); sub(/[ \t]+$/, "", val)
			found = 1
		}
	}
	END { if (found) print val }' "$1"
}

# wl_sections FILE: the job sections of a fio job file, one per line.
wl_sections() {
	awk '/^[ \t]*\[[^]]+\][ \t]*$/ {
		s = $0; gsub(/^[ \t]*\[|\][ \t]*$/, "", s)
		if (s != "global") print s
	}' "$1"
}

# wakelat_args FILE: the options of a .wakelat file for tools/wakelat, one
# word a line ("--key", "value"); its lines (after '#' comments are cut)
# are "key value" pairs or a bare flag ("wake-all": "--wake-all"; whether
# an option takes a value is tools/wakelat's to check, with --check).
# "check" and "help" are refused: the run would print and exit 0.  On any
# other line: "FILE:LINE: ..." and status 1.
wakelat_args() {
	awk '{ line = $0; sub(/#.*/, "") }
	NF == 0 { next }
	$1 == "check" || $1 == "help" {
		printf "%s:%d: \"%s\" is not a workload option\n", FILENAME, FNR, $1
		bad = 1; exit 1
	}
	NF > 2 || $1 !~ /^[a-z][a-z-]*$/ || (NF == 2 && $2 !~ /^[0-9A-Za-z._-]+$/) {
		printf "%s:%d: want one \"option value\" pair or one flag a line (e.g. \"workers 4\", \"wake-all\"), not \"%s\"\n", FILENAME, FNR, line
		bad = 1; exit 1
	}
	{ args[++n] = "--" $1; if (NF == 2) args[++n] = $2 }
	END { if (!bad) for (i = 1; i <= n; i++) print args[i] }' "$1"
}

# wakelat_argv FILE: WAKELAT_ARGV=(the file's options); on a bad line,
# status 1 and the message in WAKELAT_ERR.  (A here-string, not <(...):
# the guest has no /dev/fd.)
wakelat_argv() {
	local out
	WAKELAT_ARGV=() WAKELAT_ERR=
	out=$(wakelat_args "$1") || { WAKELAT_ERR=$out; return 1; }
	[ -z "$out" ] || mapfile -t WAKELAT_ARGV <<<"$out"
}

# fio_parse_all FILE...: one "fio --parse-only" for many job files (fio
# takes ~0.3 s to start, several seconds under TCG); when they all parse,
# validate_workload skips its own fio run for them.
FIO_PARSED=" "
fio_parse_all() {
	local f fios=()
	for f in "$@"; do case $f in *.fio) [ -r "$f" ] && fios+=("$f") ;; esac; done
	[ ${#fios[@]} -gt 0 ] || return 0
	if (cd "${TMPDIR:-/tmp}" && fio --parse-only "${fios[@]}") >/dev/null 2>&1; then
		FIO_PARSED=" ${fios[*]} "
	fi
}

# validate_workload FILE [DEFAULT_MEMMAX]: check a job file and its header;
# prints a clear message and returns 1 when it is not usable.
validate_workload() {
	local f=$1 kind v out
	[ -f "$f" ] && [ -r "$f" ] || { echo "job file '$f' does not exist or is not readable"; return 1; }
	kind=$(wl_kind "$f") || { echo "job file '$f': name must end in .fio (fio), .job (stress-ng) or .wakelat (tools/wakelat)"; return 1; }
	case $(wl_name "$f") in
	*[!A-Za-z0-9_.-]* | '' | .*) echo "job file '$f': name may only use letters, digits, '_', '-', '.'"; return 1 ;;
	esac
	v=$(wl_header "$f" memory.max)
	if [ -n "$v" ] && ! parse_size "$v" >/dev/null; then
		echo "job file '$f': bad '# memory.max: $v' (want a size like 48M, 1G, or max)"; return 1
	fi
	if [ -z "$v" ] && [ -z "${2:-}" ]; then
		echo "job file '$f': no '# memory.max: SIZE' header line (add one, or pass --memory-max)"; return 1
	fi
	v=$(wl_header "$f" swap)
	case ${v:-none} in
	none | disk | zram) ;;
	*) echo "job file '$f': bad '# swap: $v' (want none, disk or zram)"; return 1 ;;
	esac
	v=$(wl_header "$f" counter)
	case $v in
	*[!a-z0-9_.]*) echo "job file '$f': bad '# counter: $v' (want a metric name of results.csv, such as vmstat.pgmajfault)"; return 1 ;;
	esac
	v=$(wl_header "$f" cgroups)
	case ${v:-single} in
	single) ;;
	per-job)
		[ "$kind" = fio ] || { echo "job file '$f': '# cgroups: per-job' is only for fio job files"; return 1; }
		[ "$(wl_sections "$f" | wc -l)" -ge 2 ] || { echo "job file '$f': '# cgroups: per-job' needs at least two [job] sections"; return 1; }
		;;
	*) echo "job file '$f': bad '# cgroups: $v' (want single or per-job)"; return 1 ;;
	esac
	case $kind in
	fio)
		[ -n "$(wl_sections "$f")" ] || { echo "job file '$f': no [job] section"; return 1; }
		case $FIO_PARSED in *" $f "*) return 0 ;; esac
		if ! out=$(cd "${TMPDIR:-/tmp}" && fio --parse-only "$f" 2>&1); then
			echo "job file '$f' is not a valid fio job file: $(echo "$out" | grep -v '^ ' | head -3 | tr '\n' ' ')"
			return 1
		fi
		if grep -Eq '^[ \t]*time_based[ \t]*(=[ \t]*1)?[ \t]*$' "$f"; then
			bench_warn "job file '$f' is time_based: its counters will not repeat across reps"
		fi
		;;
	stress-ng)
		if ! out=$(cd "${TMPDIR:-/tmp}" && stress-ng --job "$f" --dry-run 2>&1); then
			echo "job file '$f' is not a valid stress-ng job file: $(echo "$out" | grep -iE 'error|invalid|unrecognized' | head -3 | tr '\n' ' ')"
			return 1
		fi
		;;
	wakelat)
		wakelat_argv "$f" || { echo "job file '$f' is not a valid wakelat file: $WAKELAT_ERR"; return 1; }
		[ -x "$WAKELAT_BIN" ] || { echo "job file '$f': $WAKELAT_BIN is not built (make -C tools/wakelat)"; return 1; }
		if ! out=$("$WAKELAT_BIN" --check "${WAKELAT_ARGV[@]}" 2>&1 >/dev/null); then
			echo "job file '$f' is not a valid wakelat file: $(echo "$out" | head -1)"
			return 1
		fi
		;;
	esac
	return 0
}

# spec_canon SPEC: check the syntax of a policy spec and print it in
# canonical form (items joined by '+').  Grammar:
#   spec := item ( (',' | '+') item )*
#   item := stock | mglru | HOOK=POLICY
# "stock" stands alone: every hook on its stock policy, MGLRU off.
# HOOK and POLICY: [a-z0-9_-], starting with a letter or digit.
spec_canon() {
	local spec=$1 item hook seen=" " out=
	case $spec in
	'' | *[!a-z0-9_=,+.-]* | [,+]* | *[,+] | *[,+][,+]*)
		echo "bad policy spec '$spec': want 'stock', 'mglru' or HOOK=POLICY items joined by ',' (e.g. evict=learned,swap=learned)"
		return 1 ;;
	esac
	for item in $(echo "$spec" | tr ',+' '  '); do
		case $item in
		stock)
			[ "$spec" = stock ] || { echo "bad policy spec '$spec': 'stock' cannot be combined with other items"; return 1; }
			hook=stock ;;
		mglru) hook=mglru ;;
		[a-z0-9]*=[a-z0-9]*)
			hook=${item%%=*}
			case ${item#*=} in
			*=*) echo "bad policy spec '$spec': item '$item' has more than one '='"; return 1 ;;
			esac ;;
		*)
			echo "bad policy spec '$spec': item '$item' is not 'stock', 'mglru' or HOOK=POLICY"
			return 1 ;;
		esac
		case $seen in
		*" $hook "*) echo "bad policy spec '$spec': '$hook' given twice"; return 1 ;;
		esac
		seen="$seen$hook "
		out=${out:+$out+}$item
	done
	echo "$out"
}

# human_time SECONDS: 1h02m03s / 4m05s / 6s
human_time() {
	local s=${1%.*}
	[ -n "$s" ] || s=0
	if [ "$s" -ge 3600 ]; then printf '%dh%02dm%02ds' $((s / 3600)) $((s % 3600 / 60)) $((s % 60))
	elif [ "$s" -ge 60 ]; then printf '%dm%02ds' $((s / 60)) $((s % 60))
	else printf '%ds' "$s"; fi
}
