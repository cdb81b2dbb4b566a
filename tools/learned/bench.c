// SPDX-License-Identifier: GPL-2.0
/*
 * learned-bench - userspace twin of the KUnit benchmark infer_bench.c:
 * median ns per prediction of the same models on the same inputs, and a
 * checksum of their outputs that must match the kernel's.
 */
#include <stdio.h>
#include <time.h>

#include "infer_bench.h"

static u64 now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (u64)ts.tv_sec * 1000000000ULL + (u64)ts.tv_nsec;
}

int main(void)
{
	u64 ps[IB_BATCHES];
	volatile s32 sink = 0;
	unsigned int c, b;
	int bad = 0;

	ib_build();
	printf("learned_infer_bench: userspace, median of %u batches of %u calls\n",
	       IB_BATCHES, IB_CALLS);
	printf("learned_infer_bench: " IB_HEADER "\n", "model", "features",
	       "median_ns", "checksum");
	for (c = 0; c < sizeof(ib_cases) / sizeof(ib_cases[0]); c++) {
		const struct learned_model *m = &ib_cases[c].model;
		u64 med;

		if (learned_model_validate(m)) {
			fprintf(stderr, "learned-bench: %s is invalid\n",
				ib_cases[c].name);
			return 1;
		}
		sink += ib_run(m);
		for (b = 0; b < IB_BATCHES; b++) {
			u64 t0 = now_ns();

			sink += ib_run(m);
			ps[b] = (now_ns() - t0) * 1000 / IB_CALLS;
		}
		med = ib_median(ps, IB_BATCHES);
		if (ib_checksum(m) != ib_cases[c].checksum) {
			fprintf(stderr, "learned-bench: %s: checksum %08x, want %08x\n",
				ib_cases[c].name, ib_checksum(m),
				ib_cases[c].checksum);
			bad = 1;
		}
		printf("learned_infer_bench: " IB_ROW "\n", ib_cases[c].name,
		       learned_model_n_features(m), med / 1000, med % 1000,
		       ib_checksum(m));
	}
	(void)sink;
	return bad;
}
