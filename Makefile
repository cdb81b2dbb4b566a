# SPDX-License-Identifier: GPL-2.0
#
# Learned kernel policies for Linux 6.1: build, boot, test, benchmark.
# `make help` lists the targets.

SHELL := /bin/bash
VM_ARGS ?=
CMD ?= cat /proc/version /sys/kernel/learned/version

.PHONY: help deps kernel config kunit vm smoke utest test run bench \
	bench-infer bench-index train train-example train-evict bench-evict series check-series clean distclean results \
	test-debug smoke-debug test-kcsan runtime-demo selftests-vm

help:
	@echo 'The two main commands:'
	@echo '  make run           build, boot and run the quick benchmark suite, print the summary'
	@echo '  make test          userspace tests + KUnit (UML) + QEMU smoke checks of the debug kernel'
	@echo ''
	@echo 'Build and boot:'
	@echo '  make deps          install the Debian packages the project needs (apt-get)'
	@echo '  make kernel        extract the base, apply kernel-patches/series, sync the'
	@echo '                     overlay, merge configs/, check symbols, build bzImage'
	@echo '  make config        only generate and check build/obj-x86/.config'
	@echo '  make kernel-vanilla  the unpatched kernel (pristine tree, configs/ minus'
	@echo '                     CONFIG_LEARNED*) in build/vanilla/, for bench-overhead'
	@echo '  make vm CMD="..."  boot the kernel in QEMU and run CMD (VM_ARGS=... for scripts/build/vm)'
	@echo '  make series        export the change as a git-am series in build/series + checkpatch'
	@echo '  make check-series  apply build/series to a fresh pristine tree and build it'
	@echo ''
	@echo 'Test:'
	@echo '  make utest         userspace unit tests (tools/*, scripts/test/bench-selftest, scripts/test/train-selftest, scripts/bench/results --check,'
	@echo '                     scripts/test/check-layering --selftest)'
	@echo '  make kunit         KUnit suites of kunit/ under UML'
	@echo '  make smoke         boot the guest kernel for the smoke checks at full size'
	@echo '  make smoke-debug   build the debug kernel, boot it for the smoke checks (a quarter'
	@echo '                     size) and scripts/build/vm'"'"'s checks, fail on any checker report'
	@echo '  make test-debug    KASAN/KFENCE/UBSAN/lockdep/PROVE_RCU/DEBUG_VM kernel: smoke, sysfs'
	@echo '                     fuzz, quick suite under every policy; fails on any checker report'
	@echo '  make test-kcsan    the same on a KCSAN kernel (data races)'
	@echo '  make runtime-demo  runtime model loads (timing), corrupted-package fuzz, and the'
	@echo '                     watchdog reverting a bad model (timeline)'
	@echo '  make ext4-index-verify  fio verify + truncate/punch churn, ext4 index in verify mode (QEMU)'
	@echo '  make selftests-vm  Linux 6.1 vm selftests in QEMU with every hook on learned (the built'
	@echo '                     kernel, not rebuilt; SELFTESTS_ARGS="--policy stock|--kernel PATH ...")'
	@echo ''
	@echo 'Benchmark:'
	@echo '  make bench         the benchmark suite (PROFILE=quick|full, BENCH_ARGS=...)'
	@echo '  make results QUICK=1  run the quick commands behind README.md'"'"'s headline tables (under'
	@echo '                     30 min) and rewrite the tables from their results folders; without'
	@echo '                     QUICK: the full commands (about 2 h) and the tables of results.rst'
	@echo '  make bench-evict   evict policies (stock, eager, learned) and MGLRU on the fio workloads'
	@echo '  make bench-reclaim reclaim hook: stock, MGLRU, freq, learned next to OPT of the traced run'
	@echo '  make bench-swapra  swapra policies (stock, leap, learned) on tools/swapwl + switching check'
	@echo '  make bench-sched   the sched profile: stress-ng and wakelat under the scheduler policies'
	@echo '  make bench-hackbench  hackbench under the scheduler policies'
	@echo '  make bench-ext4-index  fio O_DIRECT random reads of a fragmented file, ext4 index on vs off'
	@echo '  make bench-overhead  unpatched kernel vs patched with stock, quick suite, boots alternated'
	@echo '  make bench-infer   inference cost per model kind, userspace and in-kernel (UML)'
	@echo '  make bench-index   learned index vs rbtree and binary search, userspace and UML'
	@echo ''
	@echo 'Train:'
	@echo '  make train HOOK=H  retrain hook H'"'"'s models with scripts/train/train (STAGES="..." TRAIN_ARGS="..."):'
	@echo '                     evict swapra filera (simulators), reclaim sched sched-tune (guest'
	@echo '                     traces); scripts/train/train --help lists them and their stages'
	@echo '  make train-HOOK    the same as make train HOOK=HOOK (train-reclaim: all stages)'
	@echo '  make train-example retrain the example models (test fixtures) in testing/learned/'
	@echo ''
	@echo 'Clean:'
	@echo '  make clean         remove build products, keep the extracted tree and ccache'
	@echo '  make distclean     remove build/ entirely'

deps:
	@scripts/build/deps

kernel: deps
	@scripts/build/ktree build

config: deps
	@scripts/build/ktree config

kunit: deps
	@scripts/test/kunit

vm: kernel
	@scripts/build/vm run $(VM_ARGS) -- $(CMD)

# The smoke checks at full size on the guest kernel.
smoke: kernel
	@scripts/test/smoke

test-debug: deps
	@scripts/test/test-debug $(DEBUG_ARGS)

# The debug kernel (KASAN, UBSAN, lockdep, PROVE_RCU, DEBUG_VM ...): the
# smoke checks at a quarter of their size, scripts/build/vm's own checks
# and any checker report in the console.  `make test` boots this kernel
# instead of the plain one: one kernel build fits the time budget.
smoke-debug: deps
	@scripts/test/test-debug --smoke-only --out build/test-debug

test-kcsan: deps
	@scripts/test/test-debug --kcsan $(DEBUG_ARGS)

runtime-demo: kernel
	@scripts/test/runtime-demo

# Not part of `make test`; boots whatever kernel is built (or --kernel PATH).
selftests-vm: deps
	@scripts/test/selftests-vm $(SELFTESTS_ARGS)

utest: deps
	@$(MAKE) --no-print-directory -C tools test
	@scripts/test/bench-selftest
	@scripts/test/train-selftest
	@scripts/bench/results --check
	@scripts/test/check-layering --selftest

test: utest kunit smoke-debug
	@echo 'make test: all passed'

PROFILE ?= quick
bench: kernel
	@scripts/bench/bench --profile $(PROFILE) $(BENCH_ARGS)

run: bench

# The headline tables: run their commands, rewrite the tables between
# the results markers of README.md (QUICK=1) or of the admin guide's
# results.rst (scripts/bench/results --help).
results: kernel
	@scripts/bench/results --run $(if $(QUICK),--quick)

bench-infer: deps
	@scripts/bench/bench-infer

bench-index: deps
	@scripts/bench/bench-index

train-example: deps
	@$(MAKE) --no-print-directory -C tools/trainer examples

# Retrain one hook's models: scripts/train/train HOOK [STAGE...] [OPTION...]
# (scripts/train/hooks/HOOK.conf).  train-HOOK are aliases.
train: deps
	@test -n "$(HOOK)" || { echo 'make train: give HOOK= (scripts/train/train --help lists them)' >&2; exit 2; }
	@scripts/train/train $(HOOK) $(STAGES) $(TRAIN_ARGS)

train-evict: deps
	@scripts/train/train evict

EVICT_WORKLOADS := zipf-read,scan-hotset,loop-larger,two-cgroups,seq-stream,mmap-zipf
bench-evict: kernel
	@scripts/bench/bench --workload $(EVICT_WORKLOADS) \
		--policies "stock evict=eager evict=learned mglru" --reps 2 $(BENCH_ARGS)

# Learned index on ext4's extent status lookup.
.PHONY: ext4-index-verify bench-ext4-index
ext4-index-verify: kernel
	@scripts/build/vm run --timeout 900 -- bash -c '$(CURDIR)/scripts/test/ext4-index-verify && \
		$(CURDIR)/scripts/test/ext4-index-verify --policy learned'

bench-ext4-index: kernel
	@scripts/bench/bench-ext4-index $(BENCH_ARGS)
# The reclaim hook (reclaim time): guest traces -> OPT labels -> model.
.PHONY: train-reclaim bench-reclaim
train-reclaim: kernel
	@scripts/train/train reclaim all

bench-reclaim: kernel
	@scripts/bench/bench-reclaim $(BENCH_ARGS)

series: deps
	@scripts/build/series export

check-series: deps
	@scripts/build/series check

clean:
	@$(MAKE) --no-print-directory -C tools clean
	rm -rf build/obj-* build/vanilla/obj-x86 build/uml* build/kconfig build/vm build/series build/series-repo build/check-series

distclean:
	rm -rf build

# Scheduler hooks: traces -> models, and the sched benchmarks.
.PHONY: train-sched train-sched-tune bench-sched bench-hackbench
train-sched: deps
	@scripts/train/train sched

train-sched-tune: deps
	@scripts/train/train sched-tune

bench-sched: kernel
	@scripts/bench/bench --profile sched

bench-hackbench: kernel
	@scripts/bench/bench-hackbench
# Swap-in readahead hook: retrain the window model; benchmark the
# swapra policies on tools/swapwl patterns (virtio disk swap) with the
# policy-switching data check.
.PHONY: train-swapra bench-swapra
train-swapra: deps
	@scripts/train/train swapra

bench-swapra: kernel
	@scripts/bench/bench-swapra --switch 20 $(BENCH_ARGS)

# File readahead hook: retrain the window model of the learned
# filera policy on tools/filerasim's synthetic traces.
.PHONY: train-filera
train-filera: deps
	@scripts/train/train filera

# Hook overhead: the unpatched kernel (pristine linux-source-6.1,
# configs/ minus CONFIG_LEARNED*, in build/vanilla/) against the patched
# one with every policy on stock, booted alternately on the quick suite.
.PHONY: kernel-vanilla bench-overhead
kernel-vanilla: deps
	@scripts/build/ktree vanilla

bench-overhead: kernel kernel-vanilla
	@scripts/bench/bench-overhead $(BENCH_ARGS)
