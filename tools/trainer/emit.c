// SPDX-License-Identifier: GPL-2.0
/*
 * learned-train: write the quantised model as a generated C header (for
 * learned/models/) and as a model package (for runtime loading through
 * /sys/kernel/learned/<hook>/model_load).  Both are written from the very
 * descriptors the evaluation ran on.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "emit.h"
#include "blob-write.h"

static void upper(char *dst, const char *src, size_t n)
{
	size_t i;

	for (i = 0; src[i] && i + 1 < n; i++)
		dst[i] = (char)toupper((unsigned char)src[i]);
	dst[i] = 0;
}

static const char *kind_desc(const struct qmodel *q)
{
	switch (q->kind) {
	case LEARNED_MODEL_LINEAR:
		return "logistic regression (struct learned_linear)";
	case LEARNED_MODEL_FOREST:
		return "gradient-boosted trees (struct learned_forest, sum of leaves)";
	default:
		return "integer MLP (struct learned_mlp)";
	}
}

static void emit_s32_array(FILE *f, const char *type, const char *name, const void *v,
			   int elem, u32 n, int per_line)
{
	u32 i;

	fprintf(f, "static const %s %s[%u] = {", type, name, n);
	for (i = 0; i < n; i++) {
		long long x = elem == 1 ? ((const s8 *)v)[i] :
			      elem == 2 ? ((const s16 *)v)[i] : ((const s32 *)v)[i];

		if (i % per_line == 0)
			fprintf(f, "\n\t");
		else
			fputc(' ', f);
		fprintf(f, "%lld,", x);
	}
	fprintf(f, "\n};\n\n");
}

int emit_header(FILE *f, const char *name, const struct qmodel *q, const struct provenance *p)
{
	char up[128], fn[DS_MAX_NAME];
	u32 j;

	upper(up, name, sizeof(up));
	fprintf(f, "/* generated - do not edit */\n");
	fprintf(f, "/* SPDX-License-Identifier: GPL-2.0 */\n");
	fprintf(f, "/*\n * Learned model \"%s\": %s.\n *\n", name, kind_desc(q));
	fprintf(f, " * Made by learned-train %s (tools/trainer/), deterministic:\n", TRAINER_VERSION);
	fprintf(f, " *   train: %s, %u rows, sha256 %s\n", p->train_file, p->train_rows,
		p->train_sha256);
	if (p->test_file)
		fprintf(f, " *   test:  %s, %u rows, sha256 %s\n", p->test_file, p->test_rows,
			p->test_sha256);
	else
		fprintf(f, " *   test:  %u rows held out of the train file (fraction %.4f, seed %llu)\n",
			p->test_rows, p->split, (unsigned long long)p->seed);
	fprintf(f, " *   kind: %s, seed: %llu\n", p->kind_name, (unsigned long long)p->seed);
	fprintf(f, " *   hyperparameters: %s\n", p->hyper);
	fprintf(f, " *   held-out accuracy: float %.4f, quantised %.4f; agreement %.4f\n",
		p->acc_float, p->acc_quant, p->agreement);
	fprintf(f, " *   held-out AUC: float %.4f, quantised %.4f\n *\n", p->auc_float, p->auc_quant);
	fprintf(f, " * Input: %u raw s32 features in the order of the %s_F_* indices", q->d, up);
	if (p->input_frac)
		fprintf(f, ",\n * each round(value * 2^%d)", p->input_frac);
	fprintf(f, ".\n * Output (learned_model_predict(), out[0]): ");
	if (q->out_prob)
		fprintf(f, "Q16.16 probability of label 1;\n * predict 1 when out[0] >= %d (0.5).\n",
			LEARNED_Q16_ONE / 2);
	else
		fprintf(f, "Q16.16 logit of label 1;\n * predict 1 when out[0] >= 0.\n");
	fprintf(f, " */\n#ifndef _LEARNED_MODEL_%s_H\n#define _LEARNED_MODEL_%s_H\n\n", up, up);
	fprintf(f, "#include <linux/learned_infer.h>\n\n");
	fprintf(f, "#define %s_N_FEATURES\t%u\n", up, q->d);
	for (j = 0; j < q->d; j++) {
		upper(fn, p->names[j], sizeof(fn));
		fprintf(f, "#define %s_F_%s\t%u\n", up, fn, j);
	}
	fprintf(f, "#define %s_FEATURE_SET\t%u\n", up, p->feature_set);
	fprintf(f, "#define %s_DECIDE(out)\t((out) >= %d)\n", up,
		q->out_prob ? LEARNED_Q16_ONE / 2 : 0);
	fprintf(f, "#define %s_PROVENANCE\t\\\n\t\"learned-train %s kind=%s train-sha256=%.16s seed=%llu "
		"acc=%.4f agree=%.4f\"\n\n", up, TRAINER_VERSION, p->kind_name, p->train_sha256,
		(unsigned long long)p->seed, p->acc_quant, p->agreement);

	fprintf(f, "/* offset (raw units), scale (Q16.16), clamp lo/hi (Q16.16) */\n");
	fprintf(f, "static const struct learned_norm %s_norm[%u] = {\n", name, q->d);
	for (j = 0; j < q->d; j++)
		fprintf(f, "\t{ .offset = %d, .scale = %d, .lo = %d, .hi = %d },\t/* %s */\n",
			q->norm[j].offset, q->norm[j].scale, q->norm[j].lo, q->norm[j].hi,
			p->names[j]);
	fprintf(f, "};\n\n");

	if (q->kind == LEARNED_MODEL_LINEAR) {
		char an[160];

		snprintf(an, sizeof(an), "%s_weights", name);
		emit_s32_array(f, "s32", an, q->lin_w, 4, q->d, 6);
		fprintf(f, "static const struct learned_linear %s_linear = {\n", name);
		fprintf(f, "\t.weights = %s_weights,\n\t.norm = %s_norm,\n", name, name);
		fprintf(f, "\t.bias = %d,\n\t.n_features = %u,\n\t.out = %s,\n};\n\n", q->lin.bias,
			q->d, q->out_prob ? "LEARNED_OUT_SIGMOID" : "LEARNED_OUT_IDENTITY");
		fprintf(f, "static const struct learned_model %s_model = {\n", name);
		fprintf(f, "\t.kind = LEARNED_MODEL_LINEAR,\n\t.linear = &%s_linear,\n};\n", name);
	} else if (q->kind == LEARNED_MODEL_FOREST) {
		const struct learned_forest *fo = &q->forest;
		u32 i, t, first = 0;

		fprintf(f, "/* %u trees; child indices are relative to each tree's first node */\n",
			fo->n_trees);
		fprintf(f, "static const struct learned_tree_node %s_nodes[%u] = {\n", name, q->n_nodes);
		for (t = 0; t < fo->n_trees; t++) {
			fprintf(f, "\t/* tree %u */\n", t);
			for (i = 0; i < fo->trees[t].n_nodes; i++) {
				const struct learned_tree_node *nd = &fo->trees[t].nodes[i];

				if (nd->feature == LEARNED_TREE_LEAF)
					fprintf(f, "\t{ .value = %d, .feature = LEARNED_TREE_LEAF },\n",
						nd->value);
				else
					fprintf(f, "\t{ .value = %d, .feature = %u, .left = %u, .right = %u },\n",
						nd->value, nd->feature, nd->left, nd->right);
			}
		}
		fprintf(f, "};\n\n");
		fprintf(f, "static const struct learned_tree %s_trees[%u] = {\n", name, fo->n_trees);
		for (t = 0; t < fo->n_trees; t++) {
			fprintf(f, "\t{ .nodes = %s_nodes + %u, .n_nodes = %u, .n_features = %u, .max_depth = %u },\n",
				name, first, fo->trees[t].n_nodes, q->d, fo->trees[t].max_depth);
			first += fo->trees[t].n_nodes;
		}
		fprintf(f, "};\n\n");
		fprintf(f, "static const struct learned_forest %s_forest = {\n", name);
		fprintf(f, "\t.trees = %s_trees,\n\t.norm = %s_norm,\n\t.base = %d,\n", name, name, fo->base);
		fprintf(f, "\t.n_trees = %u,\n\t.n_features = %u,\n\t.mode = LEARNED_FOREST_SUM,\n",
			fo->n_trees, q->d);
		fprintf(f, "\t.out = %s,\n};\n\n",
			q->out_prob ? "LEARNED_OUT_SIGMOID" : "LEARNED_OUT_IDENTITY");
		fprintf(f, "static const struct learned_model %s_model = {\n", name);
		fprintf(f, "\t.kind = LEARNED_MODEL_FOREST,\n\t.forest = &%s_forest,\n};\n", name);
	} else {
		const struct learned_mlp *m = &q->mlp;
		static const char * const acts[] = {
			"LEARNED_ACT_NONE", "LEARNED_ACT_RELU", "LEARNED_ACT_SIGMOID", "LEARNED_ACT_TANH",
		};
		u32 l;

		for (l = 0; l < m->n_layers; l++) {
			const struct learned_mlp_layer *ly = &m->layers[l];
			char an[160];

			snprintf(an, sizeof(an), "%s_l%u_w", name, l);
			fprintf(f, "/* layer %u: %u -> %u, row-major (one row per output) */\n", l,
				ly->n_in, ly->n_out);
			if (ly->w8)
				emit_s32_array(f, "s8", an, ly->w8, 1, (u32)ly->n_in * ly->n_out, ly->n_in > 16 ? 16 : ly->n_in);
			else
				emit_s32_array(f, "s16", an, ly->w16, 2, (u32)ly->n_in * ly->n_out, ly->n_in > 12 ? 12 : ly->n_in);
			snprintf(an, sizeof(an), "%s_l%u_bias", name, l);
			emit_s32_array(f, "s32", an, ly->bias, 4, ly->n_out, 8);
		}
		fprintf(f, "static const struct learned_mlp_layer %s_layers[%u] = {\n", name, m->n_layers);
		for (l = 0; l < m->n_layers; l++) {
			const struct learned_mlp_layer *ly = &m->layers[l];

			fprintf(f, "\t{\n\t\t.%s = %s_l%u_w,\n\t\t.bias = %s_l%u_bias,\n", ly->w8 ? "w8" : "w16",
				name, l, name, l);
			fprintf(f, "\t\t.mult = %d,\n\t\t.n_in = %u,\n\t\t.n_out = %u,\n\t\t.shift = %u,\n",
				ly->mult, ly->n_in, ly->n_out, ly->shift);
			fprintf(f, "\t\t.act = %s,\n\t},\n", acts[ly->act & 3]);
		}
		fprintf(f, "};\n\n");
		fprintf(f, "static const struct learned_mlp %s_mlp = {\n", name);
		fprintf(f, "\t.layers = %s_layers,\n\t.norm = %s_norm,\n\t.n_features = %u,\n", name, name, q->d);
		fprintf(f, "\t.n_layers = %u,\n\t.act_frac = %u,\n};\n\n", m->n_layers, m->act_frac);
		fprintf(f, "static const struct learned_model %s_model = {\n", name);
		fprintf(f, "\t.kind = LEARNED_MODEL_MLP,\n\t.mlp = &%s_mlp,\n};\n", name);
	}
	fprintf(f, "\n#endif /* _LEARNED_MODEL_%s_H */\n", up);
	return ferror(f) ? -1 : 0;
}

/* ---- model package ----------------------------------------------------- */

int emit_package(FILE *f, const struct qmodel *q, uint32_t feature_set,
		 const char *hook, const char *policy, const char *name)
{
	size_t cap = 64 << 10;
	long len = -1;
	u8 *buf = NULL;
	int ret;

	/* package_write() fails on a short buffer: grow it to the largest */
	while (len < 0 && cap <= LEARNED_PKG_HEADER_SIZE + (size_t)LEARNED_BLOB_MAX_SIZE * 2) {
		free(buf);
		buf = xcalloc(cap, 1);
		len = package_write(&q->model, feature_set, hook, policy, name, buf, cap);
		cap *= 2;
	}
	if (len < 0) {
		free(buf);
		return -1;
	}
	fwrite(buf, 1, (size_t)len, f);
	ret = ferror(f) ? -1 : 0;
	free(buf);
	return ret;
}
