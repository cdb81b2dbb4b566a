#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# CLI tests of schedtrace: tests/run.sh BINARY; last line "N passed, M failed".
set -u
bin=$1 dir=$(dirname "$0") pass=0 fail=0
t() {	# t NAME EXPECTED-STATUS EXPECTED-OUTPUT-REGEX CMD...
	local name=$1 want=$2 re=$3 out rc
	shift 3
	out=$("$@" 2>&1); rc=$?
	if [ $rc = "$want" ] && grep -Eq -- "$re" <<<"$out"; then
		pass=$((pass + 1))
	else
		echo "FAIL $name: status $rc, output:"; echo "$out" | head -5
		fail=$((fail + 1))
	fi
}
s=$dir/sample.trace
t "migrate header" 0 '^delta,cost,ratio,buddy,exempt,failed,failed_excess,idle,src_nr,dst_nr,task_load,label$' "$bin" migrate "$s"
# delta 400000 < cost: ratio 204, stock 0; negative delta: ratio 0, buddy 0 (dst empty), stock 1
t "migrate row 1" 0 '^[0-9]+,[0-9]+,204,0,0,0,-1,0,3,0,[0-9]+,0$' "$bin" migrate "$s"
t "migrate row 2" 0 '^0,[0-9]+,0,0,0,2,1,2,3,0,[0-9]+,1$' "$bin" migrate "$s"
t "migrate rows" 0 '^3$' bash -c "'$bin' migrate '$s' | wc -l"
t "wake rows" 0 '^3$' bash -c "'$bin' wake '$s' | wc -l"
t "wake sync row" 0 '^1,0,0,1,1,2,.*,1$' "$bin" wake "$s"
# pid 131: woken (prev) at .001000, ran at .001300 (300 us) for 100 us
# while pid 133 waited on its CPU: cost 400 us
t "outcome late" 0 ',0,0$' bash -c "'$bin' outcome --delay-us 200 '$s' | sed -n 2p"
t "outcome charged" 0 ',0,0$' bash -c "'$bin' outcome --delay-us 399 '$s' | sed -n 2p"
t "outcome in time" 0 ',0,1$' bash -c "'$bin' outcome --delay-us 400 '$s' | sed -n 2p"
# pid 132: affine, 1000 us, nothing waiting on CPU 1
t "outcome affine" 0 ',1,1$' bash -c "'$bin' outcome --delay-us 1000 '$s' | sed -n 3p"
t "outcome rows" 0 '^3$' bash -c "'$bin' outcome --delay-us 1000 '$s' | wc -l"
t "costs header" 0 '^stock,action,cost_ns$' "$bin" costs "$s"
t "costs rows" 0 '^1,0,400000$' bash -c "'$bin' costs '$s' | sed -n 2p"
t "costs affine" 0 '^0,1,1000000$' bash -c "'$bin' costs '$s' | sed -n 3p"
t "stats" 0 'migrate decisions 2 agree_with_stock 2' "$bin" stats "$s"
t "stats delays" 0 'delay_us action=prev n 1 p50 300' "$bin" stats "$s"
t "stats costs" 0 'cost_us action=prev n 1 p50 400 ' "$bin" stats "$s"
t "stats affine cost" 0 'cost_us action=affine n 1 p50 1000 ' "$bin" stats "$s"
# the idle task (next_pid=0) never matches a pending wake-up
t "idle switch ignored" 0 "delay_us action=prev n 1 p50 300" "$bin" stats "$s"
t "comm with spaces ignored" 0 'wake decisions 2 agree_with_stock 0' "$bin" stats "$s"
t "bad mode" 1 'usage' "$bin" frob "$s"
t "missing file" 1 'cannot open' "$bin" migrate /nonexistent
t "bad delay" 1 'delay-us' "$bin" outcome --delay-us 0 "$s"
t "negative delay" 1 'delay-us' "$bin" outcome --delay-us -5 "$s"
t "delay junk" 1 'delay-us' "$bin" outcome --delay-us 10x "$s"
bad=$(mktemp)
sed 's/idle=2/idle=7/' "$s" >"$bad"
t "field out of range" 1 ':6: field .idle. out of range 0..2' "$bin" migrate "$bad"
sed 's/ stock=0 migrate=0/ migrate=0/' "$s" >"$bad"
t "missing field" 1 ":5: missing field 'stock'" "$bin" migrate "$bad"
sed 's/delta_ns=400000/delta_ns=4x/' "$s" >"$bad"
t "not an integer" 1 "not an integer" "$bin" migrate "$bad"
sed 's/100.001300:/10a.001300:/' "$s" >"$bad"
t "bad timestamp" 1 "bad timestamp" "$bin" outcome --delay-us 10 "$bad"
u=$dir/sample.tune
# 4000 switches in 100 ms on 4 CPUs = 10000/CPU-s: log2q8(10001) = 13 * 256 + 56 = 3384; 5 runnable on 4 CPUs = 320
t "tune row" 0 '^3384,320,1$' "$bin" tune --label 1 "$u"
t "tune idle row" 0 '^0,0,1$' "$bin" tune --label 1 "$u"
t "tune rows" 0 '^3$' bash -c "'$bin' tune --label 0 '$u' | wc -l"
t "tune bad label" 1 'usage' "$bin" tune --label 2 "$u"
printf '5 10 1 4\n4 10 1 4\n' >"$bad"
t "tune time backwards" 1 ':2: time or context switches went backwards' "$bin" tune --label 0 "$bad"
printf '5 10 1\n' >"$bad"
t "tune short line" 1 ':1: expected' "$bin" tune --label 0 "$bad"
# pid 133 migrates away from CPU 3 before 131 runs: no charge
sed '/pid=131 prio=120 target_cpu/i\     stress-ng-130     [002] d..2.   100.001210: sched_migrate_task: comm=stress-ng pid=133 prio=120 orig_cpu=3 dest_cpu=0' "$s" >"$bad"
t "migrated waiter not charged" 0 'cost_us action=prev n 1 p50 300 ' "$bin" stats "$bad"
# a preempted task (prev_state R+) stays queued: same charge as a woken one
sed '/pid=133 prio=120 target_cpu/c\     stress-ng-133     [003] d..2.   100.001200: sched_switch: prev_comm=stress-ng prev_pid=133 prev_prio=120 prev_state=R+ ==> next_comm=swapper/3 next_pid=0 next_prio=120' "$s" >"$bad"
t "preempted waiter charged" 0 'cost_us action=prev n 1 p50 400 ' "$bin" stats "$bad"
# a sleeping task (prev_state S) does not wait
sed '/pid=133 prio=120 target_cpu/c\     stress-ng-133     [003] d..2.   100.001200: sched_switch: prev_comm=stress-ng prev_pid=133 prev_prio=120 prev_state=S ==> next_comm=swapper/3 next_pid=0 next_prio=120' "$s" >"$bad"
t "sleeper not charged" 0 'cost_us action=prev n 1 p50 300 ' "$bin" stats "$bad"
sed '/100.001300: sched_switch/s/\[003\]/[x03]/' "$s" >"$bad"
t "bad cpu field" 1 ':12: bad \[cpu\] field' "$bin" stats "$bad"
sed '/100.001300: sched_switch/s/\[003\]/[1024]/' "$s" >"$bad"
t "cpu out of range" 1 'cpu 1024 out of range' "$bin" stats "$bad"
sed '/sched_wakeup: comm=stress-ng pid=133/s/target_cpu=003/target_cpu=x/' "$s" >"$bad"
t "bad target_cpu" 1 "field 'target_cpu' is not an integer" "$bin" stats "$bad"
# one input path: the rows from ftrace text, from "schedtrace convert"
# output and the rows schedtrace wrote before it read through the library
# (tests/*.expected) are the same bytes
w=$(mktemp -d)
rows() {	# rows TRACE...: every subcommand's output
	local c
	for c in migrate wake "outcome --delay-us 400" costs stats; do
		echo "## $c"
		# shellcheck disable=SC2086
		"$bin" $c "$@" || echo "exit $?"
	done
}
for f in sample random; do
	t "convert $f" 0 '^simtrace 1 sched$' bash -c "'$bin' convert '$dir/$f.trace' >'$w/$f.sched' && head -1 '$w/$f.sched'"
	rows "$dir/$f.trace" >"$w/$f.ftrace.out" 2>&1
	rows "$w/$f.sched" >"$w/$f.sched.out" 2>&1
	t "$f: ftrace rows unchanged" 0 '^same$' bash -c "cmp '$dir/$f.expected' '$w/$f.ftrace.out' && echo same"
	t "$f: converted rows = ftrace rows" 0 '^same$' bash -c "cmp '$w/$f.ftrace.out' '$w/$f.sched.out' && echo same"
	for d in 1 200 1000 50000; do
		t "$f: outcome --delay-us $d converted = ftrace" 0 '^same$' bash -c \
			"cmp <('$bin' outcome --delay-us $d '$dir/$f.trace') <('$bin' outcome --delay-us $d '$w/$f.sched') && echo same"
	done
done
# several captures: each starts with empty queues, whether files or
# capture records of one converted trace
rows "$s" "$dir/random.trace" "$s" >"$w/multi.ftrace.out" 2>&1
"$bin" convert "$s" "$dir/random.trace" - <"$s" >"$w/multi.sched"
rows "$w/multi.sched" >"$w/multi.sched.out" 2>&1
rows "$w/sample.sched" "$w/random.sched" "$s" >"$w/mixed.out" 2>&1
t "several captures: three capture records" 0 '^3$' grep -c ' capture$' "$w/multi.sched"
t "several captures: converted rows = ftrace rows" 0 '^same$' bash -c "cmp '$w/multi.ftrace.out' '$w/multi.sched.out' && echo same"
t "several captures: sched and ftrace files mixed" 0 '^same$' bash -c "cmp '$w/multi.ftrace.out' '$w/mixed.out' && echo same"
t "stdin" 0 '^same$' bash -c "cmp <('$bin' costs - <'$w/random.sched') <('$bin' costs '$dir/random.trace') && echo same"
# the converted trace is what the library reads: its defects are named by line
sed '3s/ 0 0 0 0$/ 0 0 0 7/' "$w/sample.sched" >"$bad"
t "sched: value out of range" 1 ':3: migrate 7 out of range 0..1' "$bin" migrate "$bad"
sed '5s/learned_wake/learned_wakes/' "$w/sample.sched" >"$bad"
t "sched: unknown event" 1 ":5: unknown sched event 'learned_wakes'" "$bin" wake "$bad"
sed '5s/ [0-9]*$//' "$w/sample.sched" >"$bad"
t "sched: a value missing" 1 ':5: event .* wants [0-9]+ values, got' "$bin" stats "$bad"
sed '1s/sched/cache/' "$w/sample.sched" >"$bad"
t "sched: another kind" 1 ":1: a trace of kind 'cache', want 'sched'" "$bin" stats "$bad"
sed '1s/ 1 / 2 /' "$w/sample.sched" >"$bad"
t "sched: another version" 1 ":1: unsupported simtrace version '2'" "$bin" costs "$bad"
t "convert: not twice" 1 'already a simtrace trace' "$bin" convert "$w/sample.sched"
t "convert: missing file" 1 'cannot open' "$bin" convert /nonexistent
sed 's/100.001300:/99999999999.001300:/' "$s" >"$bad"
t "convert: timestamp out of range" 1 ':12: timestamp out of range' "$bin" convert "$bad"
printf '  x-1 [000] d..2. 1.000001: sched_wakeup: comm=x pid=1 prio=120 target_cpu=000\n\0' >"$bad"
t "convert: NUL byte" 1 ':2: NUL byte' "$bin" convert "$bad"
head -c 5000 /dev/zero | tr '\0' x >"$bad"
t "convert: overlong line" 1 ':1: line longer than 4095 bytes' "$bin" stats "$bad"
rm -rf "$bad" "$w"
echo "$pass passed, $fail failed"
[ $fail = 0 ]
