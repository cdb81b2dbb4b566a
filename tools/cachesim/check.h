/* SPDX-License-Identifier: GPL-2.0 */
#ifndef CACHESIM_CHECK_H
#define CACHESIM_CHECK_H

#include "cachesim.h"

struct check_result {
	u64 passed, failed;
	bool verbose;
};

/* Run policy ops over t at size cap with a residency audit; 0 or -1 + err. */
int audit_policy(const struct cs_policy_ops *ops, const struct cs_trace *t, size_t cap,
		 u64 *misses, char *err, size_t errlen);
/* All cross-checks of check.c on one trace; naive refs when n * size <= naive_limit. */
void check_trace(const struct cs_trace *t, const char *name, const size_t *sizes,
		 size_t nsizes, u64 naive_limit, struct check_result *r);

#endif
