/* SPDX-License-Identifier: GPL-2.0 */
/* learned-train: generated C header and binary blob writers. */
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
 * Blob format (all little-endian), see README.md:
 *   0  "LRNM"  4  u16 version  6  u16 kind  8  u32 feature_set
 *   12 u16 n_features  14 u8 out  15 u8 input_frac
 *   16 u32 payload_len  20 u32 reserved (0)  24 u64 FNV-1a-64 checksum
 *   32 payload
 */
#define BLOB_MAGIC	"LRNM"
#define BLOB_VERSION	1
#define BLOB_HDR	32
int emit_blob(FILE *f, const struct qmodel *q, const struct provenance *p);

#endif
