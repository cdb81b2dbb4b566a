/* SPDX-License-Identifier: GPL-2.0 */
/* learned-train: generated C header and model package writers. */
#ifndef LEARNED_TRAINER_EMIT_H
#define LEARNED_TRAINER_EMIT_H

#include <stdio.h>

#include "trainer.h"
#include "quant.h"

struct provenance {
	const char *kind_name;		/* logreg, gbt, mlp */
	const char *train_file;		/* basename */
	const char *train_sha256;
	uint32_t train_rows;
	const char *test_file;		/* basename, or NULL for a split */
	const char *test_sha256;
	uint32_t test_rows;
	double split;
	uint64_t seed;
	char hyper[512];		/* "key=value ..." */
	int input_frac;
	uint32_t feature_set;
	double acc_float, acc_quant, agreement, auc_float, auc_quant;
	const char (*names)[DS_MAX_NAME];
};

int emit_header(FILE *f, const char *name, const struct qmodel *q, const struct provenance *p);

/*
 * Write the model as a model package for runtime loading: the "model
 * package format" of learned/blob.c (an 80-byte header naming @hook,
 * @policy, @feature_set and the model @name, then the blob the kernel's
 * learned_blob_parse() reads), serialised by package_write() of
 * tools/learned/blob-write.c.  The names must pass
 * package_ident_problem() / package_name_problem().  Returns 0 or -1.
 */
int emit_package(FILE *f, const struct qmodel *q, uint32_t feature_set,
		 const char *hook, const char *policy, const char *name);

#endif
