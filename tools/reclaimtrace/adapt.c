// SPDX-License-Identifier: GPL-2.0
/*
 * reclaimtrace adapt EVENTS: replay feedback events through the kernel's
 * reclaim adaptation (learned/reclaim_adapt.c, compiled unchanged) and
 * print every update of the state, one line each:
 *
 *   update N event=E old=L level=L useful=U wasted=W missed=M backoff=B
 *
 * N counts updates from 1, E is the 1-based number of the event that
 * closed the window.  EVENTS holds one "useful|wasted|missed [COUNT]"
 * line per run of COUNT (default 1, at most 1000000) equal events; blank
 * lines and lines starting with '#' are skipped.  A malformed line is an
 * error with file:line.  The last line is "final level=L updates=N
 * changes=C".
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/learned_reclaim_adapt.h>

#include "adapt.h"

static const char *const adapt_names[LEARNED_RECLAIM_ADAPT_NR_EVENTS] = {
	[LEARNED_RECLAIM_ADAPT_USEFUL] = "useful",
	[LEARNED_RECLAIM_ADAPT_WASTED] = "wasted",
	[LEARNED_RECLAIM_ADAPT_MISSED] = "missed",
};

void adapt_print_update(FILE *out, unsigned long long n, unsigned long long event,
			const struct learned_reclaim_adapt_update *u)
{
	fprintf(out, "update %llu event=%llu old=%u level=%u useful=%u wasted=%u missed=%u backoff=%u\n",
		n, event, u->old, u->level, u->useful, u->wasted, u->missed,
		u->backoff);
}

static int adapt_parse(const char *path, unsigned long line, char *s,
		       int *event, unsigned long *count)
{
	char *name, *num, *end, *save;
	int i;

	name = strtok_r(s, " \t\n", &save);
	if (!name || name[0] == '#')
		return 0;
	for (i = 0; i < LEARNED_RECLAIM_ADAPT_NR_EVENTS; i++)
		if (!strcmp(name, adapt_names[i]))
			break;
	if (i == LEARNED_RECLAIM_ADAPT_NR_EVENTS) {
		fprintf(stderr, "reclaimtrace: %s:%lu: unknown event '%s'\n", path, line, name);
		return -1;
	}
	*event = i;
	*count = 1;
	num = strtok_r(NULL, " \t\n", &save);
	if (num) {
		errno = 0;
		*count = strtoul(num, &end, 10);
		if (errno || *end || num[0] == '-' || !*count || *count > 1000000) {
			fprintf(stderr, "reclaimtrace: %s:%lu: count '%s' is not a number in 1..1000000\n",
				path, line, num);
			return -1;
		}
		if (strtok_r(NULL, " \t\n", &save)) {
			fprintf(stderr, "reclaimtrace: %s:%lu: trailing field\n", path, line);
			return -1;
		}
	}
	return 1;
}

int adapt_replay(const char *path, FILE *out)
{
	struct learned_reclaim_adapt a;
	struct learned_reclaim_adapt_update u;
	unsigned long long events = 0, updates = 0;
	unsigned long line = 0, count, i;
	char buf[256];
	int event, r;
	FILE *in;

	in = fopen(path, "r");
	if (!in) {
		fprintf(stderr, "reclaimtrace: %s: %s\n", path, strerror(errno));
		return -1;
	}
	learned_reclaim_adapt_init(&a);
	while (fgets(buf, sizeof(buf), in)) {
		line++;
		if (!strchr(buf, '\n') && !feof(in)) {
			fprintf(stderr, "reclaimtrace: %s:%lu: line too long\n", path, line);
			fclose(in);
			return -1;
		}
		r = adapt_parse(path, line, buf, &event, &count);
		if (r < 0) {
			fclose(in);
			return -1;
		}
		for (i = 0; r && i < count; i++) {
			events++;
			if (learned_reclaim_adapt_feedback(&a, event, &u))
				adapt_print_update(out, ++updates, events, &u);
		}
	}
	fclose(in);
	fprintf(out, "final level=%u updates=%llu changes=%llu\n", a.level,
		(unsigned long long)a.updates, (unsigned long long)a.changes);
	return 0;
}
