/* SPDX-License-Identifier: GPL-2.0 */
#ifndef RECLAIMTRACE_ADAPT_H
#define RECLAIMTRACE_ADAPT_H

#include <stdio.h>

struct learned_reclaim_adapt_update;

/* replay the feedback events of @path, printing each update to @out */
int adapt_replay(const char *path, FILE *out);
/* one update line, as adapt_replay() prints it */
void adapt_print_update(FILE *out, unsigned long long n, unsigned long long event,
			const struct learned_reclaim_adapt_update *u);

#endif
