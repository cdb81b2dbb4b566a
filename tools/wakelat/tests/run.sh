#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Tests of wakelat: the histogram unit tests, bad options refused with exit
# status 2, --check, and 1 s runs (one-at-a-time and --wake-all) on each
# build whose output must be complete and consistent.  Last line "N passed, M failed".
# usage: run.sh TEST-HIST SAN-WAKELAT WAKELAT
H=${1:?usage: run.sh TEST-HIST SAN-WAKELAT WAKELAT} S=${2:?} W=${3:?}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

# histogram unit tests (their own counts)
out=$("$H"); rc=$?
echo "$out" | grep '^FAIL'
line=$(echo "$out" | tail -1)
if [[ $line =~ ^hist:\ ([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
	pass=$((pass + BASH_REMATCH[1])) fail=$((fail + BASH_REMATCH[2]))
else
	ko "test-hist: no summary line: $line"
fi
[ $rc = 0 ] || [ $fail -gt 0 ] || ko "test-hist exited $rc"

# bad options: exit 2 and a message naming the problem
refuse() { # WANT-MESSAGE ARGS...
	local want=$1 out rc
	shift
	out=$("$S" "$@" 2>&1); rc=$?
	[ $rc = 2 ] && [[ $out == *"$want"* ]] && ok || ko "refuse '$*': rc=$rc (want 2) '$want' in: $out"
}
refuse "unknown option: --bogus" --bogus
refuse "unknown option: runtime" runtime 3
refuse "unknown option: -w" -w 3
refuse "missing value for: --workers" --workers
refuse "missing value for: --runtime" --message-threads 2 --runtime
refuse "not a number: x" --workers x
refuse "not a number: 3x" --workers 3x
refuse "not a number: -1" --workers -1
refuse "not a number: +4" --workers +4
refuse "not a number: " --workers ""
refuse "not a number: 1.5" --runtime 1.5
refuse "not a number: 99999999999999999999999" --runtime 99999999999999999999999
refuse "out of range for: --workers" --workers 0
refuse "out of range for: --workers" --workers 65
refuse "out of range for: --message-threads" --message-threads 0
refuse "out of range for: --message-threads" --message-threads 65
refuse "out of range for: --runtime" --runtime 0
refuse "out of range for: --runtime" --runtime 3601
refuse "out of range for: --warmup" --warmup 601
refuse "out of range for: --work-us" --work-us 1000001
refuse "too many threads" --message-threads 32 --workers 64
refuse "unknown option: --check2" --check2
refuse "--wake-all takes no value, not 1" --wake-all 1
refuse "a flag takes no value: --wake-all" --workers 2 --wake-all yes
refuse "--check takes no value, not 0" --check 0
refuse "unknown option: --wake-all=1" --wake-all=1

# --check: validates, prints the configuration, runs nothing
out=$("$S" --check --message-threads 3 --workers 5 --runtime 7 --warmup 0 --work-us 0); rc=$?
[ $rc = 0 ] && [ "$(echo "$out" | tr '\n' ' ')" = "message_threads 3 workers 5 runtime_s 7 warmup_s 0 work_us 0 wake_all 0 " ] && ok || ko "--check: rc=$rc: $out"
out=$("$S" --check); rc=$?
[ $rc = 0 ] && [ "$(echo "$out" | tr '\n' ' ')" = "message_threads 2 workers 4 runtime_s 10 warmup_s 1 work_us 100 wake_all 0 " ] && ok || ko "defaults: rc=$rc: $out"
# a flag, before or after other options, with --check before or after it
out=$("$S" --wake-all --check --workers 3); rc=$?
[ $rc = 0 ] && [ "$(echo "$out" | tr '\n' ' ')" = "message_threads 2 workers 3 runtime_s 10 warmup_s 1 work_us 100 wake_all 1 " ] && ok || ko "--wake-all --check: rc=$rc: $out"
out=$("$S" --workers 3 --check --wake-all); rc=$?
[ $rc = 0 ] && [[ $out == *"wake_all 1"* ]] && ok || ko "--check --wake-all: rc=$rc: $out"
"$S" --help | grep -q '^usage: wakelat' && ok || ko "--help"

# a 1 s run: every metric present and numeric, wakeups > 0,
# p50 <= p90 <= p99 <= max, the round trip covers the 50 us burst, and
# every batch recorded is whole: wakeups = batches x workers with
# --wake-all (every worker of a batch has its stamp), = batches without
run() { # BINARY ARGS...
	local b=$1 out rc k v bad=
	shift
	out=$("$b" --runtime 1 --warmup 0 --work-us 50 "$@" 2>&1); rc=$?
	[ $rc = 0 ] && ok || ko "run $b $*: rc=$rc: $out"
	declare -A m
	while read -r k v; do [ -n "$k" ] && m[$k]=$v; done <<<"$out"
	for k in workers wake_all wakeups batches wakeups_per_s lat_p50_us lat_p90_us lat_p99_us lat_p999_us lat_max_us lat_mean_us rtt_p50_us rtt_p99_us rtt_max_us; do
		[[ ${m[$k]:-} =~ ^[0-9]+(\.[0-9]+)?$ ]] || bad="$bad $k=${m[$k]:-missing}"
	done
	[ -z "$bad" ] && ok || ko "run $*: bad or missing metrics:$bad"
	[ -n "$bad" ] && return
	awk -v n="${m[wakeups]}" 'BEGIN { exit !(n > 0) }' && ok || ko "run $*: wakeups ${m[wakeups]}"
	local per=1
	[ "${m[wake_all]}" = 1 ] && per=${m[workers]}
	[ "${m[wakeups]}" = $((m[batches] * per)) ] && ok ||
		ko "run $*: wakeups ${m[wakeups]} is not batches ${m[batches]} x $per"
	awk -v a="${m[lat_p50_us]}" -v b="${m[lat_p90_us]}" -v c="${m[lat_p99_us]}" -v d="${m[lat_max_us]}" \
		'BEGIN { exit !(a > 0 && a <= b && b <= c && c <= d) }' && ok ||
		ko "run $*: p50 ${m[lat_p50_us]} p90 ${m[lat_p90_us]} p99 ${m[lat_p99_us]} max ${m[lat_max_us]}"
	awk -v a="${m[rtt_p50_us]}" -v b="${m[rtt_p99_us]}" -v c="${m[rtt_max_us]}" \
		'BEGIN { exit !(a >= 50 && a <= b && b <= c) }' && ok ||
		ko "run $*: round trip p50 ${m[rtt_p50_us]} p99 ${m[rtt_p99_us]} max ${m[rtt_max_us]} (the burst is 50 us)"
	# over a 1 s window wakeups_per_s is about wakeups
	awk -v n="${m[wakeups]}" -v r="${m[wakeups_per_s]}" 'BEGIN { exit !(r > 0.8 * n && r < 1.2 * n) }' && ok ||
		ko "run $*: wakeups ${m[wakeups]} vs wakeups_per_s ${m[wakeups_per_s]}"
}
run "$S" --message-threads 1 --workers 2
run "$W" --message-threads 2 --workers 2
run "$S" --message-threads 2 --workers 3 --wake-all
run "$W" --message-threads 2 --workers 4 --wake-all

echo "$pass passed, $fail failed"
[ $fail = 0 ]
