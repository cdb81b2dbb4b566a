#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# CLI tests of swapwl: every pattern runs clean, an injected corruption is
# found, bad arguments are refused.  Last line "N passed, M failed".
W=${1:?usage: run.sh SWAPWL}
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
for p in seq rev stride random zipf chase chase-seq phase; do
	out=$("$W" --pattern "$p" --size 4 --write) && [[ $out == *"corrupted=0 "* ]] && ok || ko "$p: $out"
done
out=$("$W" --pattern random --size 4)
[[ $out =~ \ majflt=[0-9]+\ check_majflt=[0-9]+$ ]] && ok || ko "majflt fields: $out"
out=$("$W" --pattern seq --size 4 --corrupt 77 2>&1); rc=$?
[ $rc = 1 ] && [[ $out == *"page 77: 1 bad words"* ]] && [[ $out == *"corrupted=1 "* ]] && ok || ko "corrupt: rc=$rc $out"
out=$("$W" --pattern chase --size 4 --corrupt 5 2>&1); rc=$?
[ $rc = 1 ] && ok || ko "corrupt chase: rc=$rc"
for args in "" "--pattern nope" "--pattern seq --size 0" "--pattern seq --size x" \
	"--pattern seq --stride 1024 --size 4" "--pattern seq --bogus" "--pattern seq --accesses -3"; do
	# shellcheck disable=SC2086
	"$W" $args >/dev/null 2>&1; rc=$?
	[ $rc = 2 ] && ok || ko "refuse '$args': rc=$rc"
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
