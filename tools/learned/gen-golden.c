// SPDX-License-Identifier: GPL-2.0
/*
 * gen-golden - write testing/learned/golden_vectors.h: models of every kind
 * (with edge cases), input rows and the outputs the userspace build of the
 * inference library computes for them.  The KUnit suite infer_test.c and
 * the userspace tests check that both builds reproduce every output.
 *
 * Usage: gen-golden [-s SEED] [-o FILE]
 *
 * Extra models (e.g. from tools/trainer) are compiled in: the Makefile
 * writes golden-extra.h from GOLDEN_EXTRA_MODELS, a list of header base
 * names in testing/learned/ (test fixtures) or learned/models/, each defining
 *   static const struct learned_model <name>_model;
 * Those headers are #included by the generated file, not copied.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "random-models.h"
#include "blob-write.h"
#include "golden-extra.h"

#define GEN_GOLDEN_VERSION	"1"
#define DEFAULT_SEED		20250601ULL
#define ROWS			24
/* models whose blob is at most this big also ship their blob */
#define MAX_EMBEDDED_BLOB	8192

struct golden_extra {
	const char *name;
	const struct learned_model *model;
};

static const struct golden_extra extras[] = {
	GOLDEN_EXTRA_LIST
	{ NULL, NULL }
};

#define MAX_MODELS	64

static struct gen_model models[MAX_MODELS];
static unsigned int n_models;

static struct gen_model *new_model(const char *name)
{
	struct gen_model *gm;

	if (n_models >= MAX_MODELS) {
		fprintf(stderr, "gen-golden: too many models\n");
		exit(2);
	}
	gm = &models[n_models++];
	snprintf(gm->name, sizeof(gm->name), "%s", name);
	return gm;
}

static void build_models(struct rng *r)
{
	static const unsigned int w16x16x1[] = { 16, 16, 1 };
	static const unsigned int w32x32x2[] = { 32, 32, 2 };
	static const unsigned int w8x12x6x3[] = { 8, 12, 6, 3 };
	static const unsigned int w4x4[] = { 4, 4 };
	static const unsigned int wmax[] = { 64, 64, 64, 64, 64 };
	static const u8 relu_sig[] = { LEARNED_ACT_RELU, LEARNED_ACT_SIGMOID };
	static const u8 tanh_none[] = { LEARNED_ACT_TANH, LEARNED_ACT_NONE };
	static const u8 mixed[] = { LEARNED_ACT_RELU, LEARNED_ACT_TANH,
				    LEARNED_ACT_SIGMOID };
	static const u8 none4[] = { LEARNED_ACT_NONE, LEARNED_ACT_RELU,
				    LEARNED_ACT_NONE, LEARNED_ACT_TANH };

	gen_linear(new_model("linear_basic"), r, 8, LEARNED_OUT_IDENTITY,
		   LEARNED_Q16(2), NORM_TYPICAL);
	gen_linear(new_model("logistic_16"), r, 16, LEARNED_OUT_SIGMOID,
		   LEARNED_Q16(2), NORM_TYPICAL);
	gen_linear(new_model("linear_saturating"), r, 12, LEARNED_OUT_IDENTITY,
		   S32_MAX, NORM_NONE);
	gen_linear(new_model("logistic_extreme_norm"), r, 10,
		   LEARNED_OUT_SIGMOID, LEARNED_Q16(1000), NORM_EXTREME);
	gen_linear(new_model("linear_clamped"), r, 6, LEARNED_OUT_IDENTITY,
		   LEARNED_Q16(16), NORM_CLAMP);
	gen_linear(new_model("logistic_64_raw"), r, 64, LEARNED_OUT_SIGMOID,
		   LEARNED_Q16(1) / 4, NORM_NONE);

	gen_tree_model(new_model("tree_full_d8"), r, 16, 8, TREE_FULL,
		       LEARNED_Q16(4), NORM_TYPICAL, false);
	gen_tree_model(new_model("tree_chain_d16"), r, 8, 16, TREE_CHAIN,
		       LEARNED_Q16(4), NORM_CLAMP, false);
	gen_tree_model(new_model("tree_random_shuffled"), r, 12, 10,
		       TREE_RANDOM, S32_MAX, NORM_NONE, true);
	gen_tree_model(new_model("tree_single_leaf"), r, 3, 0, TREE_FULL,
		       LEARNED_Q16(4), NORM_NONE, false);
	gen_tree_model(new_model("tree_extreme_norm"), r, 6, 6, TREE_RANDOM,
		       LEARNED_Q16(100), NORM_EXTREME, true);

	gen_forest(new_model("gbdt_20_d6"), r, 16, 20, 6, LEARNED_FOREST_SUM,
		   LEARNED_OUT_IDENTITY, 0, LEARNED_Q16(1), NORM_TYPICAL);
	gen_forest(new_model("gbdt_10_d6_sigmoid"), r, 16, 10, 6,
		   LEARNED_FOREST_SUM, LEARNED_OUT_SIGMOID, 0,
		   LEARNED_Q16(1), NORM_CLAMP);
	gen_forest(new_model("gbdt_saturating"), r, 8, 12, 4,
		   LEARNED_FOREST_SUM, LEARNED_OUT_IDENTITY, 0, S32_MAX,
		   NORM_NONE);
	gen_forest(new_model("forest_vote_5"), r, 10, 15, 7,
		   LEARNED_FOREST_VOTE, LEARNED_OUT_IDENTITY, 5, 0,
		   NORM_TYPICAL);
	gen_forest(new_model("forest_vote_2_raw"), r, 4, 4, 3,
		   LEARNED_FOREST_VOTE, LEARNED_OUT_IDENTITY, 2, 0, NORM_NONE);

	gen_mlp(new_model("mlp_16x16x1_w8"), r, w16x16x1, 2, 8, relu_sig, 10,
		0, NORM_TYPICAL);
	gen_mlp(new_model("mlp_32x32x2_w8"), r, w32x32x2, 2, 8, tanh_none, 12,
		0, NORM_TYPICAL);
	gen_mlp(new_model("mlp_8x12x6x3_w16"), r, w8x12x6x3, 3, 16, mixed, 8,
		0, NORM_CLAMP);
	gen_mlp(new_model("mlp_saturating_w8"), r, w16x16x1, 2, 8, tanh_none,
		14, -12, NORM_EXTREME);
	gen_mlp(new_model("mlp_act_frac0_w16"), r, w4x4, 1, 16, relu_sig, 0,
		-6, NORM_NONE);
	gen_mlp(new_model("mlp_max_width_w16"), r, wmax, 4, 16, none4, 14, 2,
		NORM_TYPICAL);
}

static void die_errno(const char *what)
{
	fprintf(stderr, "gen-golden: %s: %s\n", what, strerror(errno));
	exit(1);
}

static void emit_rows(FILE *f, const char *name, const s32 *v,
		      unsigned int rows, unsigned int n)
{
	unsigned int i, j;

	fprintf(f, "static const s32 %s[%u] = {\n", name, rows * n);
	for (i = 0; i < rows; i++) {
		fprintf(f, "\t/* row %u */\n", i);
		for (j = 0; j < n; j++)
			fprintf(f, "%s%d,%s", j % 6 ? " " : "\t", v[i * n + j],
				j % 6 == 5 || j + 1 == n ? "\n" : "");
	}
	fprintf(f, "};\n\n");
}

struct entry {
	const char *name;
	const struct learned_model *m;
	unsigned int n_features, n_outputs;
	unsigned int blob_len;
};

int main(int argc, char **argv)
{
	struct entry ents[MAX_MODELS + sizeof(extras) / sizeof(extras[0])];
	unsigned long long seed = DEFAULT_SEED;
	const char *out = NULL;
	unsigned int n = 0, i, total = 0, n_extra = 0;
	struct rng r;
	FILE *f = stdout;
	static u8 blob[MAX_EMBEDDED_BLOB];
	int opt;

	while ((opt = getopt(argc, argv, "s:o:")) != -1) {
		char *end;

		switch (opt) {
		case 's':
			errno = 0;
			seed = strtoull(optarg, &end, 0);
			if (errno || !*optarg || *end) {
				fprintf(stderr, "gen-golden: bad seed '%s'\n",
					optarg);
				return 1;
			}
			break;
		case 'o':
			out = optarg;
			break;
		default:
			fprintf(stderr, "usage: gen-golden [-s SEED] [-o FILE]\n");
			return 1;
		}
	}
	if (optind != argc) {
		fprintf(stderr, "usage: gen-golden [-s SEED] [-o FILE]\n");
		return 1;
	}

	r.s = seed;
	build_models(&r);
	for (i = 0; i < n_models; i++)
		ents[n++] = (struct entry){ .name = models[i].name, .m = &models[i].m };
	for (i = 0; extras[i].name; i++, n_extra++)
		ents[n++] = (struct entry){ .name = extras[i].name, .m = extras[i].model };
	for (i = 0; i < n; i++) {
		if (learned_model_validate(ents[i].m)) {
			fprintf(stderr, "gen-golden: model %s is invalid\n",
				ents[i].name);
			return 1;
		}
		ents[i].n_features = learned_model_n_features(ents[i].m);
		ents[i].n_outputs = learned_model_n_outputs(ents[i].m);
		total += ROWS;
	}

	if (out) {
		f = fopen(out, "w");
		if (!f)
			die_errno(out);
	}
	fprintf(f, "/* generated - do not edit */\n");
	fprintf(f, "/* SPDX-License-Identifier: GPL-2.0 */\n");
	fprintf(f, "/*\n * Golden vectors of the learned inference library.\n"
		" * Generator: tools/learned/gen-golden version %s, seed %llu\n"
		" * Models: %u (%u built in, %u extra), rows per model: %u, rows: %u\n"
		" * Expected outputs computed by the userspace build of the learned/ sources.\n"
		" * Regenerate with: make -C tools/learned golden\n */\n",
		GEN_GOLDEN_VERSION, seed, n, n_models, n_extra, ROWS, total);
	if (n_extra) {
		fprintf(f, "/*\n * Extra models (GOLDEN_EXTRA_MODELS, in testing/learned/ or learned/models/):\n");
		for (i = 0; i < n_extra; i++)
			fprintf(f, " *   %s\n", extras[i].name);
		fprintf(f, " */\n");
	}
	fprintf(f, "#ifndef _LEARNED_MODELS_GOLDEN_VECTORS_H\n"
		"#define _LEARNED_MODELS_GOLDEN_VECTORS_H\n\n"
		"#include <linux/learned_infer.h>\n\n");
	for (i = 0; i < n_extra; i++)
		fprintf(f, "#include \"%s.h\"\n%s", extras[i].name,
			i + 1 == n_extra ? "\n" : "");
	fprintf(f, "/**\n * struct learned_golden - model, inputs, expected outputs\n"
		" * @name: model name\n * @model: the model\n"
		" * @x: @n_rows x @n_features raw features\n"
		" * @y: @n_rows x @n_outputs expected outputs\n"
		" * @n_rows: number of input rows\n"
		" * @n_features: features per row\n"
		" * @n_outputs: outputs per row\n"
		" * @blob: the model serialised for learned_blob_parse(), or NULL\n"
		" * @blob_len: length of @blob\n */\n"
		"struct learned_golden {\n\tconst char *name;\n"
		"\tconst struct learned_model *model;\n\tconst s32 *x;\n"
		"\tconst s32 *y;\n\tunsigned int n_rows;\n"
		"\tunsigned int n_features;\n\tunsigned int n_outputs;\n\tconst u8 *blob;\n\tunsigned int blob_len;\n};\n\n");

	for (i = 0; i < n; i++) {
		unsigned int nf = ents[i].n_features, no = ents[i].n_outputs;
		s32 *x = calloc(ROWS * nf, sizeof(*x));
		s32 *y = calloc(ROWS * no, sizeof(*y));
		char prefix[96], name[128];
		struct rng ri = { seed ^ (0x51ed27ULL * (i + 1)) };
		unsigned int row;
		long blob_len;

		if (!x || !y)
			die_errno("calloc");
		gen_inputs(&ri, x, ROWS, nf);
		for (row = 0; row < ROWS; row++)
			if (learned_model_predict(ents[i].m, x + row * nf,
						  y + row * no) != (int)no) {
				fprintf(stderr, "gen-golden: %s: predict failed\n",
					ents[i].name);
				return 1;
			}
		snprintf(prefix, sizeof(prefix), "golden_%s", ents[i].name);
		fprintf(f, "/* %s */\n\n", ents[i].name);
		if (i < n_models)
			emit_model(f, prefix, ents[i].m);
		snprintf(name, sizeof(name), "%s_x", prefix);
		emit_rows(f, name, x, ROWS, nf);
		snprintf(name, sizeof(name), "%s_y", prefix);
		emit_rows(f, name, y, ROWS, no);
		ents[i].blob_len = 0;
		blob_len = blob_write(ents[i].m, blob, MAX_EMBEDDED_BLOB);
		if (blob_len > 0) {
			long k;

			ents[i].blob_len = (unsigned int)blob_len;
			fprintf(f, "static const u8 %s_blob[%ld] __aligned(4) = {\n",
				prefix, blob_len);
			for (k = 0; k < blob_len; k++)
				fprintf(f, "%s0x%02x,%s", k % 12 ? " " : "\t",
					blob[k], k % 12 == 11 || k + 1 == blob_len ?
					"\n" : "");
			fprintf(f, "};\n\n");
		}
		free(x);
		free(y);
	}

	fprintf(f, "static const struct learned_golden learned_golden[] = {\n");
	for (i = 0; i < n; i++) {
		fprintf(f, "\t{\n\t\t\"%s\", &%s%s_model,\n\t\tgolden_%s_x, golden_%s_y, %u, %u, %u,\n",
			ents[i].name, i < n_models ? "golden_" : "",
			ents[i].name, ents[i].name, ents[i].name, ROWS,
			ents[i].n_features, ents[i].n_outputs);
		if (ents[i].blob_len)
			fprintf(f, "\t\tgolden_%s_blob, %u\n\t},\n", ents[i].name,
				ents[i].blob_len);
		else
			fprintf(f, "\t\tNULL, 0\n\t},\n");
	}
	fprintf(f, "};\n\n#define LEARNED_GOLDEN_MODELS\t%u\n#define LEARNED_GOLDEN_ROWS\t%u\n\n",
		n, total);
	fprintf(f, "#endif /* _LEARNED_MODELS_GOLDEN_VECTORS_H */\n");
	if (ferror(f) || (out && fclose(f)))
		die_errno(out ? out : "stdout");
	for (i = 0; i < n_models; i++)
		gm_free(&models[i]);
	return 0;
}
