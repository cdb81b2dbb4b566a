# SPDX-License-Identifier: GPL-2.0
# Shared code of the benchmark harness (scripts/bench/bench, scripts/bench/bench-guest,
# scripts/bench/bench-report, scripts/test/bench-selftest).  Source it; do not run it.

BENCH_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_WORKLOADS=${BENCH_WORKLOADS:-$BENCH_TOP/scripts/bench/workloads}
# the wake-up latency workload's program (scripts/bench/bench builds it on the
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

# positive_seconds S: S is a positive number of seconds (1, 0.5, 2.25).
positive_seconds() {
	awk -v s="$1" 'BEGIN { exit !(s ~ /^[0-9]+(\.[0-9]+)?$/ && s + 0 > 0) }'
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

# wl_kind FILE: fio, stress-ng, wakelat or cmd (a corpus entry), from the
# file name.
wl_kind() {
	case $1 in
	*.fio) echo fio ;;
	*.job) echo stress-ng ;;
	*.wakelat) echo wakelat ;;
	*.cmd) echo cmd ;;
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
# "#   " lines); corpus entries (*.cmd) also needs and setup.
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

# Corpus entries (*.cmd, scripts/bench/workloads/corpus/): a header of comment
# lines, then one command line, run by bash (-e -o pipefail) in the
# entry's scratch directory inside the workload cgroup.  The header's first
# line says what the entry models; then "# KEY: value" lines:
#   memory.max  three or more sizes, a miss-ratio curve (16M 32M 64M)
#   needs       the programs setup and command run (checked before boot)
#   setup       a bash command that lays out the data, once per boot,
#               outside any cgroup, before caches are dropped
#   swap        none|disk|zram (default none)
#   note        free text; continues on lines indented by two or more spaces
CORPUS_KEYS="memory.max needs setup swap note"
# how the corpus evaluates the learned reclaim policy (every summary of a
# plan with a corpus entry says it)
CORPUS_PROTOCOL="leave-one-family-out: the shipped reclaim model was trained on scripts/bench/workloads/train-reclaim/*.fio (synthetic fio families), so every corpus family is held out"

# corpus_parse FILE: the layout of a corpus entry; on a defect prints
# "FILE:LINE: reason" (or "FILE: reason") and returns 1.
corpus_parse() {
	awk -v keys="$CORPUS_KEYS" '
	BEGIN { n = split(keys, k, " "); for (i = 1; i <= n; i++) ok[k[i]] = 1 }
	function fail(msg) { printf "%s:%d: %s\n", FILENAME, FNR, msg; bad = 1; exit 1 }
	FNR == 1 {
		d = $0; sub(/^#[ \t]*/, "", d)
		if ($0 !~ /^#/ || d == "") fail("the first line must be a comment saying what the entry models")
		if (d ~ /^[a-z.]+:/) fail("the first line must say what the entry models, not a \"" d "\" header line")
		next
	}
	!cmd && /^#/ {
		line = $0; sub(/^#[ \t]*/, "", line)
		if (line ~ /^[a-z.]+:/) {
			key = line; sub(/:.*/, "", key)
			if (!(key in ok)) fail("unknown header key \"" key "\" (known: " keys ")")
			if (key in seen) fail("header key \"" key "\" given twice (first on line " seen[key] ")")
			seen[key] = FNR
			val = line; sub(/^[a-z.]+:[ \t]*/, "", val)
			if (val == "") fail("header key \"" key "\" has no value")
			last = key; next
		}
		if (last == "note" && $0 ~ /^#[ \t][ \t]+[^ \t]/) next
		fail("not a header line: want \"# KEY: value\" (KEY one of " keys "), or a note continued on a line indented by two or more spaces")
	}
	/^[ \t]*$/ { next }
	/^#/ { fail("a comment after the command line (the header comes first)") }
	cmd { fail("a second command line (the first is line " cmd "): join commands with \";\" or \"&&\" on one line") }
	{ cmd = FNR }
	END {
		if (bad) exit 1
		if (!cmd) { printf "%s: no command line after the header\n", FILENAME; exit 1 }
		if (!("memory.max" in seen)) { printf "%s: no \"# memory.max: SIZE SIZE SIZE\" header line\n", FILENAME; exit 1 }
	}' "$1"
}

# wl_header_line FILE KEY: the line number of the "# KEY:" header line.
wl_header_line() {
	awk -v key="$2" '!/^#/ { exit } { l = $0; sub(/^#[ \t]*/, "", l) } index(l, key ":") == 1 { print FNR; exit }' "$1"
}

# cmd_line FILE: a corpus entry's command (the first line after the header).
cmd_line() {
	awk '/^#/ || /^[ \t]*$/ { next } { print; exit }' "$1"
}

# validate_cmd FILE: check a corpus entry (layout, sizes, programs, bash
# syntax of setup and command); prints "FILE:LINE: reason", returns 1.
validate_cmd() {
	local f=$1 out v m n=0 seen=" " p l
	out=$(corpus_parse "$f") || { echo "corpus entry $out"; return 1; }
	l=$(wl_header_line "$f" memory.max)
	for m in $(wl_header "$f" memory.max); do
		v=$(parse_size "$m") || { echo "corpus entry $f:$l: bad memory.max size '$m' (want sizes like 16M 32M 64M)"; return 1; }
		[ "$v" != max ] || { echo "corpus entry $f:$l: memory.max 'max' is no limit: a miss-ratio curve wants sizes"; return 1; }
		case $seen in *" $v "*) echo "corpus entry $f:$l: memory.max size '$m' given twice"; return 1 ;; esac
		seen="$seen$v " n=$((n + 1))
	done
	[ $n -ge 3 ] || { echo "corpus entry $f:$l: memory.max wants three or more sizes (a miss-ratio curve), not $n"; return 1; }
	v=$(wl_header "$f" swap)
	case ${v:-none} in
	none | disk | zram) ;;
	*) echo "corpus entry $f:$(wl_header_line "$f" swap): bad swap '$v' (want none, disk or zram)"; return 1 ;;
	esac
	l=$(wl_header_line "$f" needs)
	for p in $(wl_header "$f" needs); do
		case $p in
		*[!A-Za-z0-9._+-]*) echo "corpus entry $f:$l: needs: '$p' is not a program name"; return 1 ;;
		esac
		command -v "$p" >/dev/null 2>&1 ||
			{ echo "corpus entry $f:$l: needs '$p', which is not installed (scripts/build/deps installs the corpus programs)"; return 1; }
	done
	v=$(wl_header "$f" setup)
	if [ -n "$v" ] && ! out=$(bash -n -c "$v" 2>&1); then
		echo "corpus entry $f:$(wl_header_line "$f" setup): setup is not valid bash: $(echo "$out" | head -1)"; return 1
	fi
	l=$(awk '/^#/ || /^[ \t]*$/ { next } { print FNR; exit }' "$f")
	if ! out=$(bash -n -c "$(cmd_line "$f")" 2>&1); then
		echo "corpus entry $f:$l: the command is not valid bash: $(echo "$out" | head -1)"; return 1
	fi
	return 0
}

# iolog_check JOBFILE: every read_iolog= of a fio job file names a
# readable fio version 2 or 3 iolog whose lines parse; prints
# "FILE:LINE: reason" and returns 1 otherwise.
iolog_check() {
	local f=$1 ln log abs
	# a here-string, not <(...): the guest has no /dev/fd
	while IFS=: read -r ln log; do
		[ -n "$ln" ] || continue
		case $log in /*) abs=$log ;; *) abs=$(dirname "$f")/$log ;; esac
		if [ ! -f "$abs" ] || [ ! -r "$abs" ]; then
			echo "$f:$ln: read_iolog file '$log' is not a readable file (looked at $abs)"; return 1
		fi
		awk -v log_="$log" '
		function fail(m) { printf "%s:%d: %s\n", FILENAME, FNR, m; bad = 1; exit 1 }
		FNR == 1 {
			if ($0 ~ /^fio version 2 iolog$/) v = 0
			else if ($0 ~ /^fio version 3 iolog$/) v = 1
			else fail("not a fio iolog: the first line must be \"fio version 2 iolog\" or \"fio version 3 iolog\"")
			next
		}
		v && $1 !~ /^[0-9]+$/ { fail("want a timestamp first (version 3 iolog)") }
		NF == 2 + v && ($(2 + v) == "add" || $(2 + v) == "open" || $(2 + v) == "close") { next }
		NF == 4 + v && $(2 + v) ~ /^(read|write|trim|sync|datasync|wait)$/ {
			if ($(3 + v) !~ /^[0-9]+$/ || $(4 + v) !~ /^[0-9]+$/) fail("offset and length must be numbers")
			n++; next
		}
		{ fail("want \"FILE add|open|close\" or \"FILE read|write|trim OFFSET LENGTH\"") }
		END { if (!bad && !n) { printf "%s: no read, write or trim lines\n", FILENAME; exit 1 } }' "$abs" || return 1
	done <<<"$(sed -n 's/^[ \t]*read_iolog[ \t]*=[ \t]*\([^ \t]*\)[ \t]*$/\1/; T; =; p' "$f" | paste -d: - -)"
	return 0
}

# validate_workload FILE [DEFAULT_MEMMAX]: check a job file and its header;
# prints a clear message and returns 1 when it is not usable.
validate_workload() {
	local f=$1 kind v out
	[ -f "$f" ] && [ -r "$f" ] || { echo "job file '$f' does not exist or is not readable"; return 1; }
	kind=$(wl_kind "$f") || { echo "job file '$f': name must end in .fio (fio), .job (stress-ng), .wakelat (tools/wakelat) or .cmd (a corpus entry)"; return 1; }
	case $(wl_name "$f") in
	*[!A-Za-z0-9_.-]* | '' | .*) echo "job file '$f': name may only use letters, digits, '_', '-', '.'"; return 1 ;;
	esac
	if [ "$kind" = cmd ]; then
		validate_cmd "$f"
		return
	fi
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
		out=$(iolog_check "$f") || { echo "job file $out"; return 1; }
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
#   item := stock | mglru | HOOK=POLICY | HOOK/KNOB=VALUE
# "stock" stands alone, or with knob items only: every hook on its stock
# policy, MGLRU off.  HOOK/KNOB=VALUE writes VALUE to
# /sys/kernel/learned/HOOK/KNOB for the run (e.g. reclaim/adapt=0); the
# guest restores the knob's value from before its first write when it
# applies the next spec.  HOOK, POLICY and KNOB: [a-z0-9_-], starting
# with a letter or digit; VALUE: [a-z0-9_.-].  KNOB may not be "policy"
# (that is HOOK=POLICY).
spec_canon() {
	local spec=$1 item hook knob val seen=" " out= nstock=0 npol=0
	case $spec in
	'' | *[!a-z0-9_=,+./-]* | [,+]* | *[,+] | *[,+][,+]*)
		echo "bad policy spec '$spec': want 'stock', 'mglru', HOOK=POLICY or HOOK/KNOB=VALUE items joined by ',' (e.g. evict=learned,swap=learned or reclaim=learned+reclaim/adapt=0)"
		return 1 ;;
	esac
	for item in $(echo "$spec" | tr ',+' '  '); do
		case $item in
		stock) hook=stock nstock=1 ;;
		mglru) hook=mglru npol=1 ;;
		*/*)
			# a knob: HOOK/KNOB=VALUE
			case $item in
			*=*) ;;
			*) echo "bad policy spec '$spec': knob item '$item' has no '=' (want HOOK/KNOB=VALUE)"; return 1 ;;
			esac
			hook=${item%%/*} knob=${item#*/} val=${knob#*=} knob=${knob%%=*}
			case $hook in
			*=*) echo "bad policy spec '$spec': item '$item': a policy name may not contain '/'"; return 1 ;;
			'') echo "bad policy spec '$spec': knob item '$item' has an empty hook name (want HOOK/KNOB=VALUE)"; return 1 ;;
			[!a-z0-9]* | *[!a-z0-9_-]*) echo "bad policy spec '$spec': knob item '$item': bad hook name '$hook'"; return 1 ;;
			esac
			case $knob in
			'') echo "bad policy spec '$spec': knob item '$item' has an empty knob name (want HOOK/KNOB=VALUE)"; return 1 ;;
			*/* | *..* | .*) echo "bad policy spec '$spec': knob item '$item': knob name '$knob' may not contain '/' or '..' (one file of /sys/kernel/learned/$hook/)"; return 1 ;;
			[!a-z0-9]* | *[!a-z0-9_-]*) echo "bad policy spec '$spec': knob item '$item': bad knob name '$knob' (want [a-z0-9_-])"; return 1 ;;
			policy) echo "bad policy spec '$spec': knob item '$item': set a hook's policy with $hook=${val:-POLICY}, not $hook/policy="; return 1 ;;
			esac
			case $val in
			'') echo "bad policy spec '$spec': knob item '$item' has an empty value (want HOOK/KNOB=VALUE)"; return 1 ;;
			*=*) echo "bad policy spec '$spec': item '$item' has more than one '='"; return 1 ;;
			*/*) echo "bad policy spec '$spec': knob item '$item': the value may not contain '/'"; return 1 ;;
			esac
			hook=$hook/$knob ;;
		[a-z0-9]*=[a-z0-9]*)
			hook=${item%%=*}
			case ${item#*=} in
			*=*) echo "bad policy spec '$spec': item '$item' has more than one '='"; return 1 ;;
			esac
			npol=1 ;;
		*)
			echo "bad policy spec '$spec': item '$item' is not 'stock', 'mglru', HOOK=POLICY or HOOK/KNOB=VALUE"
			return 1 ;;
		esac
		case $seen in
		*" $hook "*) echo "bad policy spec '$spec': '$hook' given twice"; return 1 ;;
		esac
		seen="$seen$hook "
		out=${out:+$out+}$item
	done
	if [ $nstock = 1 ] && [ $npol = 1 ]; then
		echo "bad policy spec '$spec': 'stock' cannot be combined with other items (only with HOOK/KNOB=VALUE knobs)"
		return 1
	fi
	echo "$out"
}

# spec_dir SPEC: the folder name of a canonical spec under raw/WORKLOAD/:
# a knob's '/' becomes ':', which no spec holds (bench-report maps it back).
spec_dir() { echo "${1//\//:}"; }

# human_time SECONDS: 1h02m03s / 4m05s / 6s
human_time() {
	local s=${1%.*}
	[ -n "$s" ] || s=0
	if [ "$s" -ge 3600 ]; then printf '%dh%02dm%02ds' $((s / 3600)) $((s % 3600 / 60)) $((s % 60))
	elif [ "$s" -ge 60 ]; then printf '%dm%02ds' $((s / 60)) $((s % 60))
	else printf '%ds' "$s"; fi
}
