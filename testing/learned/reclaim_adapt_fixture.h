/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A fixed sequence of feedback events for the reclaim adaptation
 * (learned/reclaim_adapt.c) and the updates it must produce, derived by
 * hand from the rule at the top of that file.  Checked by the KUnit suite
 * learned_reclaim (mm/learned_reclaim_test.c) and, through
 * `reclaimtrace adapt`, by tools/reclaimtrace/tests/run.sh: the kernel
 * and the userspace build must give exactly these numbers.
 *
 * A two-phase stream: spares pay at first (the prior holds), then the
 * workload changes and seven in eight spares are wasted; the state falls
 * to stock, probes back on refaults within the LRU, and rises again once
 * spares pay.
 */
#ifndef _KUNIT_MM_LEARNED_RECLAIM_ADAPT_FIXTURE_H
#define _KUNIT_MM_LEARNED_RECLAIM_ADAPT_FIXTURE_H

#include <linux/learned_reclaim_adapt.h>

struct learned_reclaim_adapt_run {
	enum learned_reclaim_adapt_event event;
	unsigned int count;
};

#define ADAPT_U	LEARNED_RECLAIM_ADAPT_USEFUL
#define ADAPT_W	LEARNED_RECLAIM_ADAPT_WASTED
#define ADAPT_M	LEARNED_RECLAIM_ADAPT_MISSED

static const struct learned_reclaim_adapt_run learned_reclaim_adapt_runs[] = {
	/* phase 1: three spares in four are used again; refaults ignored */
	{ ADAPT_M, 10 }, { ADAPT_U, 48 }, { ADAPT_W, 16 },
	{ ADAPT_U, 48 }, { ADAPT_W, 16 },
	/* phase 2: one spare in eight pays, eight windows down to stock */
	{ ADAPT_U, 8 }, { ADAPT_W, 56 }, { ADAPT_U, 8 }, { ADAPT_W, 56 },
	{ ADAPT_U, 8 }, { ADAPT_W, 56 }, { ADAPT_U, 8 }, { ADAPT_W, 56 },
	{ ADAPT_U, 8 }, { ADAPT_W, 56 }, { ADAPT_U, 8 }, { ADAPT_W, 56 },
	{ ADAPT_U, 8 }, { ADAPT_W, 56 }, { ADAPT_U, 8 }, { ADAPT_W, 56 },
	/* at stock: 64 << 1 refaults within the LRU make a probe */
	{ ADAPT_M, 128 },
	/* the probe's spares are wasted: back to stock, backoff 2 */
	{ ADAPT_W, 64 },
	/* 64 << 2 refaults for the next probe: 255 are not enough */
	{ ADAPT_M, 255 }, { ADAPT_M, 1 },
	/* spares pay again: up one step, backoff cleared */
	{ ADAPT_U, 64 },
};

/* an update, and the 1-based number of the event that made it */
struct learned_reclaim_adapt_golden {
	unsigned int event;
	struct learned_reclaim_adapt_update u;
};

#define G(ev, o, l, us, wa, mi, bo)					\
	{ ev, { .old = o, .level = l, .useful = us, .wasted = wa,	\
		.missed = mi, .backoff = bo } }

static const struct learned_reclaim_adapt_golden learned_reclaim_adapt_golden[] = {
	G(74, 256, 256, 48, 16, 10, 0),
	G(138, 256, 256, 48, 16, 0, 0),
	G(202, 256, 224, 8, 56, 0, 0),
	G(266, 224, 192, 8, 56, 0, 0),
	G(330, 192, 160, 8, 56, 0, 0),
	G(394, 160, 128, 8, 56, 0, 0),
	G(458, 128, 96, 8, 56, 0, 0),
	G(522, 96, 64, 8, 56, 0, 0),
	G(586, 64, 32, 8, 56, 0, 0),
	G(650, 32, 0, 8, 56, 0, 1),
	G(778, 0, 32, 0, 0, 128, 1),
	G(842, 32, 0, 0, 64, 0, 2),
	G(1098, 0, 32, 0, 0, 256, 2),
	G(1162, 32, 64, 64, 0, 0, 0),
};

#undef G

/* the state after the last event: level, updates, changes of level */
#define LEARNED_RECLAIM_ADAPT_FIXTURE_LEVEL	64
#define LEARNED_RECLAIM_ADAPT_FIXTURE_UPDATES	14
#define LEARNED_RECLAIM_ADAPT_FIXTURE_CHANGES	12

#undef ADAPT_U
#undef ADAPT_W
#undef ADAPT_M

#endif /* _KUNIT_MM_LEARNED_RECLAIM_ADAPT_FIXTURE_H */
