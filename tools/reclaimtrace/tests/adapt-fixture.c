// SPDX-License-Identifier: GPL-2.0
/*
 * adapt-fixture events|golden: the feedback events of the KUnit fixture
 * (testing/learned/reclaim_adapt_fixture.h) as `reclaimtrace adapt`
 * reads them, or the output it must print for them.
 */
#include <stdio.h>
#include <string.h>

#include <linux/learned_reclaim_adapt.h>

#include "reclaim_adapt_fixture.h"
#include "../adapt.h"

#define N(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const names[] = { "useful", "wasted", "missed" };

int main(int argc, char **argv)
{
	size_t i;

	if (argc == 2 && !strcmp(argv[1], "events")) {
		for (i = 0; i < N(learned_reclaim_adapt_runs); i++)
			printf("%s %u\n", names[learned_reclaim_adapt_runs[i].event],
			       learned_reclaim_adapt_runs[i].count);
		return 0;
	}
	if (argc == 2 && !strcmp(argv[1], "golden")) {
		for (i = 0; i < N(learned_reclaim_adapt_golden); i++)
			adapt_print_update(stdout, i + 1, learned_reclaim_adapt_golden[i].event,
					   &learned_reclaim_adapt_golden[i].u);
		printf("final level=%u updates=%u changes=%u\n",
		       LEARNED_RECLAIM_ADAPT_FIXTURE_LEVEL,
		       LEARNED_RECLAIM_ADAPT_FIXTURE_UPDATES,
		       LEARNED_RECLAIM_ADAPT_FIXTURE_CHANGES);
		return 0;
	}
	fprintf(stderr, "usage: adapt-fixture events|golden\n");
	return 2;
}
