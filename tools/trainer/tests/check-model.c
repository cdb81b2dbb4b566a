// SPDX-License-Identifier: GPL-2.0
/*
 * Compile one generated model header (HDR, MODEL, NFEAT given with -D) the
 * way kernel code would use it, validate the descriptor with the library,
 * and check that its predictions on a data file equal, bit for bit, the
 * ones learned-train computed from its in-memory descriptor.
 *
 *   check-model DATA PREDICTIONS
 */
#include <stdlib.h>
#include <string.h>

#include <linux/learned_infer.h>
#include HDR

#include "trainer.h"

int main(int argc, char **argv)
{
	struct dataset ds;
	s32 x[LEARNED_MAX_FEATURES], out[LEARNED_MAX_OUTPUTS];
	FILE *f;
	u32 i, j, bad = 0;
	long long want;

	if (argc != 3)
		die("usage: check-model DATA PREDICTIONS");
	if (learned_model_validate(&MODEL))
		die("%s: the library refuses the model", HDR);
	if (learned_model_n_features(&MODEL) != NFEAT)
		die("%s: n_features mismatch", HDR);
	if (ds_load(&ds, argv[1]))
		die("%s", err_get());
	if (ds.nr_features != NFEAT)
		die("%s: %u features, the model takes %d", argv[1], ds.nr_features, NFEAT);
	f = fopen(argv[2], "r");
	if (!f)
		die("%s: cannot open", argv[2]);
	for (i = 0; i < ds.nr_rows; i++) {
		for (j = 0; j < ds.nr_features; j++)
			x[j] = (s32)ds.x[(size_t)i * ds.nr_features + j];
		if (learned_model_predict(&MODEL, x, out) < 1)
			die("predict failed");
		if (fscanf(f, "%lld", &want) != 1)
			die("%s: line %u: missing prediction", argv[2], i + 1);
		if (want != out[0]) {
			if (bad < 5)
				fprintf(stderr, "%s: row %u: header model says %d, trainer said %lld\n",
					HDR, i + 1, out[0], want);
			bad++;
		}
	}
	if (fscanf(f, "%lld", &want) == 1)
		die("%s: more predictions than rows", argv[2]);
	fclose(f);
	printf("%s: %u rows, %u mismatches\n", strrchr(HDR, '/') ? strrchr(HDR, '/') + 1 : HDR,
	       ds.nr_rows, bad);
	ds_free(&ds);
	return bad != 0;
}
