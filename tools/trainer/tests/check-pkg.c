// SPDX-License-Identifier: GPL-2.0
/*
 * Read a model package written by learned-train --blob the way the kernel
 * does (learned_package_parse(), then learned_blob_parse() on its blob),
 * print its header, and optionally check that its predictions on a data
 * file equal, bit for bit, the ones learned-train computed from its
 * in-memory descriptor (--predictions).
 *
 *   check-pkg PACKAGE [DATA PREDICTIONS]
 *
 * Prints "hook=H policy=P feature_set=F name=N kind=K features=D" and,
 * with DATA, "FILE: R rows, M mismatches".  Exit status 1 on a refusal or
 * a mismatch.
 */
#include <stdlib.h>
#include <string.h>

#include <linux/learned_infer.h>

#include "trainer.h"

int main(int argc, char **argv)
{
	struct learned_blob_model bm;
	struct learned_package pk;
	s32 x[LEARNED_MAX_FEATURES], out[LEARNED_MAX_OUTPUTS];
	struct dataset ds;
	const char *why;
	size_t len = 0, cap = 1 << 16, got;
	u8 *buf = xcalloc(cap, 1), *pkg;
	long long want;
	u32 i, j, bad = 0, d;
	FILE *f;

	if (argc != 2 && argc != 4)
		die("usage: check-pkg PACKAGE [DATA PREDICTIONS]");
	f = fopen(argv[1], "rb");
	if (!f)
		die("%s: cannot open", argv[1]);
	while ((got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap) {
			buf = xrealloc(buf, cap * 2, 1);
			cap *= 2;
		}
	}
	fclose(f);
	/* exactly len bytes, malloc-aligned, so ASan sees any overread */
	pkg = xcalloc(len ? len : 1, 1);
	memcpy(pkg, buf, len);
	free(buf);
	if (learned_package_parse(pkg, len, &pk, &why))
		die("%s: package refused: %s", argv[1], why);
	if (learned_blob_parse(pk.blob, pk.blob_len, &bm))
		die("%s: model blob refused (see the message above)", argv[1]);
	d = learned_model_n_features(&bm.model);
	printf("hook=%s policy=%s feature_set=%u name=%s kind=%u features=%u\n",
	       pk.hook, pk.policy, pk.feature_set, pk.name, bm.model.kind, d);
	if (argc == 2) {
		free(pkg);
		return 0;
	}
	if (ds_load(&ds, argv[2]))
		die("%s", err_get());
	if (ds.nr_features != d)
		die("%s: %u features, the model takes %u", argv[2], ds.nr_features, d);
	f = fopen(argv[3], "r");
	if (!f)
		die("%s: cannot open", argv[3]);
	for (i = 0; i < ds.nr_rows; i++) {
		for (j = 0; j < d; j++)
			x[j] = (s32)ds.x[(size_t)i * d + j];
		if (learned_model_predict(&bm.model, x, out) < 1)
			die("predict failed");
		if (fscanf(f, "%lld", &want) != 1)
			die("%s: line %u: missing prediction", argv[3], i + 1);
		if (want != out[0]) {
			if (bad < 5)
				fprintf(stderr, "%s: row %u: package model says %d, trainer said %lld\n",
					argv[1], i + 1, out[0], want);
			bad++;
		}
	}
	if (fscanf(f, "%lld", &want) == 1)
		die("%s: more predictions than rows", argv[3]);
	fclose(f);
	printf("%s: %u rows, %u mismatches\n",
	       strrchr(argv[1], '/') ? strrchr(argv[1], '/') + 1 : argv[1], ds.nr_rows, bad);
	ds_free(&ds);
	free(pkg);
	return bad != 0;
}
