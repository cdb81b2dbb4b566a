// SPDX-License-Identifier: GPL-2.0
/*
 * learned-train: train a small model on a feature/label file, quantise it
 * to the kernel's fixed-point inference library, compare the float and the
 * quantised model on held-out data, and emit a generated C header and/or
 * a model package for runtime loading.  See README.md.
 */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "trainer.h"
#include "models.h"
#include "quant.h"
#include "emit.h"
#include "blob-write.h"

static void usage(FILE *f)
{
	fprintf(f,
"usage: learned-train --kind logreg|gbt|mlp --train FILE [options]\n"
"  data:     --test FILE | --split FRAC (0.2)   --input-frac N (0)   --clip Q (0.001)\n"
"  output:   --name PREFIX --out HEADER   --feature-set ID (0)\n"
"            --blob FILE --hook NAME --policy NAME (model package; PREFIX is\n"
"            its model name, at most 23 characters)\n"
"            --output prob|logit (prob; logreg and gbt)   --min-agreement X\n"
"            --predictions FILE (quantised out[0] of every held-out row)\n"
"  common:   --seed N (1)   --l2 X (logreg 1e-4, gbt 1, mlp 1e-4)\n"
"  logreg:   --iters N (50)\n"
"  gbt:      --trees N (30) --depth D (4) --lr X (0.3) --min-leaf N (20) --bins N (64)\n"
"  mlp:      --hidden N[,N] (16) --epochs N (40) --batch N (32) --lr X (0.01)\n"
"            --weight-bits 8|16 (16)\n"
"  --quiet   print only errors\n");
}

static long long parse_int(const char *opt, const char *s, long long lo, long long hi)
{
	char *end;
	long long v;

	if (!*s || (*s != '-' && (*s < '0' || *s > '9')))
		die("%s: '%s' is not an integer", opt, s);
	v = strtoll(s, &end, 10);
	if (*end)
		die("%s: '%s' is not an integer", opt, s);
	if (v < lo || v > hi)
		die("%s: %s out of range %lld..%lld", opt, s, lo, hi);
	return v;
}

static double parse_real(const char *opt, const char *s, double lo, double hi)
{
	char *end;
	double v;

	if (!*s || !(*s == '-' || *s == '.' || (*s >= '0' && *s <= '9')))
		die("%s: '%s' is not a number", opt, s);
	v = strtod(s, &end);
	if (*end || !isfinite(v))
		die("%s: '%s' is not a number", opt, s);
	if (v < lo || v > hi)
		die("%s: %s out of range %g..%g", opt, s, lo, hi);
	return v;
}

static const char *base_name(const char *p)
{
	const char *s = strrchr(p, '/');

	return s ? s + 1 : p;
}

static int valid_ident(const char *s)
{
	size_t i, n = strlen(s);

	if (n == 0 || n > 64 || !((s[0] >= 'a' && s[0] <= 'z') || s[0] == '_'))
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

/* "file:line" (CSV) or "file: data row N" (binary) of row i */
static const char *where(const struct dataset *ds, const char *file, size_t i)
{
	static char buf[600];

	if (ds->line)
		snprintf(buf, sizeof(buf), "%s:%u", file, ds->line[i]);
	else
		snprintf(buf, sizeof(buf), "%s: data row %zu", file, i + 1);
	return buf;
}

/* raw s32 features: round(value * 2^frac), checked to fit */
static s32 *to_raw(const struct dataset *ds, const char *file, int frac, int frac_given)
{
	s32 *r = xcalloc((size_t)ds->nr_rows * ds->nr_features, sizeof(*r));
	double mul = ldexp(1.0, frac);
	size_t i, n = (size_t)ds->nr_rows * ds->nr_features;

	for (i = 0; i < n; i++) {
		double v = ds->x[i] * mul, rv = floor(v + 0.5);

		if (!frac_given && v != rv)
			die("%s: feature '%s' = %.17g is not an integer; the kernel passes s32 "
			    "features, so give --input-frac N (raw = round(value * 2^N))",
			    where(ds, file, i / ds->nr_features), ds->names[i % ds->nr_features], ds->x[i]);
		if (rv < S32_MIN || rv > S32_MAX)
			die("%s: feature '%s' = %.17g does not fit a s32 raw feature%s",
			    where(ds, file, i / ds->nr_features), ds->names[i % ds->nr_features], ds->x[i],
			    frac ? " after scaling by 2^input-frac" : "");
		r[i] = (s32)rv;
	}
	return r;
}

struct eval {
	u32 n, agree;
	double acc_f, acc_q, auc_f, auc_q, ll_f, ll_q, max_diff;
};

enum kind { K_LOGREG, K_GBT, K_MLP };

struct run {
	enum kind kind;
	struct lr_model lr;
	struct gbt_model gbt;
	struct mlp_model mlp;
	struct qmodel q;
};

static double float_logit(const struct run *r, const s32 *zq, u32 d)
{
	double z[LEARNED_MAX_FEATURES];
	u32 j;

	if (r->kind == K_GBT)
		return gbt_logit(&r->gbt, zq);
	for (j = 0; j < d; j++)
		z[j] = zq[j] / 65536.0;
	return r->kind == K_LOGREG ? lr_logit(&r->lr, z) : mlp_logit(&r->mlp, z, NULL);
}

static void evaluate(struct eval *e, const struct run *r, const s32 *raw, const s32 *zq,
		     const uint8_t *y, u32 n, u32 d)
{
	double *sf = xcalloc(n, sizeof(double)), *sq = xcalloc(n, sizeof(double));
	u32 i, cf = 0, cq = 0;

	memset(e, 0, sizeof(*e));
	e->n = n;
	for (i = 0; i < n; i++) {
		double lf = float_logit(r, zq + (size_t)i * d, d), pf = d_sigmoid(lf), pq;
		s32 out = q_predict(&r->q, raw + (size_t)i * d);
		int df = lf >= 0, dq = q_decide(&r->q, out);

		pq = q_prob(&r->q, out);
		sf[i] = lf;
		sq[i] = out;
		cf += df == y[i];
		cq += dq == y[i];
		e->agree += df == dq;
		pf = pf < 1e-7 ? 1e-7 : pf > 1 - 1e-7 ? 1 - 1e-7 : pf;
		pq = pq < 1e-7 ? 1e-7 : pq > 1 - 1e-7 ? 1 - 1e-7 : pq;
		e->ll_f -= d_log(y[i] ? pf : 1 - pf);
		e->ll_q -= d_log(y[i] ? pq : 1 - pq);
		if (fabs(pf - pq) > e->max_diff)
			e->max_diff = fabs(pf - pq);
	}
	e->acc_f = (double)cf / n;
	e->acc_q = (double)cq / n;
	e->ll_f /= n;
	e->ll_q /= n;
	e->auc_f = auc(sf, y, n);
	e->auc_q = auc(sq, y, n);
	free(sf);
	free(sq);
}

int main(int argc, char **argv)
{
	enum {
		O_KIND = 256, O_TRAIN, O_TEST, O_SPLIT, O_INFRAC, O_CLIP, O_NAME, O_OUT, O_BLOB,
		O_FSET, O_OUTPUT, O_MINAGREE, O_SEED, O_L2, O_ITERS, O_TREES, O_DEPTH, O_LR,
		O_MINLEAF, O_BINS, O_HIDDEN, O_EPOCHS, O_BATCH, O_WBITS, O_PRED, O_HOOK, O_POLICY,
		O_QUIET, O_HELP,
	};
	static const struct option opts[] = {
		{ "kind", 1, NULL, O_KIND }, { "train", 1, NULL, O_TRAIN },
		{ "test", 1, NULL, O_TEST }, { "split", 1, NULL, O_SPLIT },
		{ "input-frac", 1, NULL, O_INFRAC }, { "clip", 1, NULL, O_CLIP },
		{ "name", 1, NULL, O_NAME }, { "out", 1, NULL, O_OUT },
		{ "blob", 1, NULL, O_BLOB }, { "feature-set", 1, NULL, O_FSET },
		{ "output", 1, NULL, O_OUTPUT }, { "min-agreement", 1, NULL, O_MINAGREE },
		{ "seed", 1, NULL, O_SEED }, { "l2", 1, NULL, O_L2 },
		{ "iters", 1, NULL, O_ITERS }, { "trees", 1, NULL, O_TREES },
		{ "depth", 1, NULL, O_DEPTH }, { "lr", 1, NULL, O_LR },
		{ "min-leaf", 1, NULL, O_MINLEAF }, { "bins", 1, NULL, O_BINS },
		{ "hidden", 1, NULL, O_HIDDEN }, { "epochs", 1, NULL, O_EPOCHS },
		{ "batch", 1, NULL, O_BATCH }, { "weight-bits", 1, NULL, O_WBITS },
		{ "predictions", 1, NULL, O_PRED }, { "hook", 1, NULL, O_HOOK },
		{ "policy", 1, NULL, O_POLICY }, { "quiet", 0, NULL, O_QUIET }, { "help", 0, NULL, O_HELP },
		{ NULL, 0, NULL, 0 },
	};
	/* which options belong to which kind: bit 0 logreg, 1 gbt, 2 mlp */
	static const struct { int opt; int kinds; const char *name; } only[] = {
		{ O_ITERS, 1, "--iters" }, { O_TREES, 2, "--trees" }, { O_DEPTH, 2, "--depth" },
		{ O_MINLEAF, 2, "--min-leaf" }, { O_BINS, 2, "--bins" }, { O_LR, 6, "--lr" },
		{ O_HIDDEN, 4, "--hidden" }, { O_EPOCHS, 4, "--epochs" }, { O_BATCH, 4, "--batch" },
		{ O_WBITS, 4, "--weight-bits" }, { O_OUTPUT, 3, "--output" },
	};
	const char *train_file = NULL, *test_file = NULL, *name = NULL, *out_file = NULL;
	const char *blob_file = NULL, *kind_name = NULL, *pred_file = NULL;
	const char *hook = NULL, *policy = NULL;
	int kind = -1, input_frac = 0, frac_given = 0, out_prob = 1, quiet = 0, set[O_HELP + 1] = { 0 };
	double split = 0.2, clip = 0.001, min_agree = -1, l2 = -1;
	uint64_t seed = 1;
	uint32_t feature_set = 0;
	struct lr_params lrp = { .max_iter = 50 };
	struct gbt_params gp = { .n_trees = 30, .max_depth = 4, .learning_rate = 0.3,
				 .min_leaf = 20, .max_bins = 64 };
	struct mlp_params mp = { .n_hidden = 1, .hidden = { 16, 0 }, .epochs = 40, .batch = 32,
				 .lr = 0.01 };
	struct dataset all, train, test;
	struct run *r = xcalloc(1, sizeof(*r));
	struct provenance prov = { 0 };
	struct eval ev, evt;
	struct outfile oh = { 0 }, ob = { 0 }, op = { 0 };
	s32 *raw_tr, *raw_te, *zq_tr, *zq_te;
	double *z_tr;
	u32 d, i, k;
	int c;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c == '?')
			exit(2);
		if (c >= O_KIND && c <= O_HELP) {
			if (set[c] && c != O_QUIET)
				die("option given twice: --%s", opts[c - O_KIND].name);
			set[c] = 1;
		}
		switch (c) {
		case O_KIND:
			kind_name = optarg;
			if (!strcmp(optarg, "logreg"))
				kind = K_LOGREG;
			else if (!strcmp(optarg, "gbt"))
				kind = K_GBT;
			else if (!strcmp(optarg, "mlp"))
				kind = K_MLP;
			else
				die("--kind: '%s' is not one of logreg, gbt, mlp", optarg);
			break;
		case O_TRAIN: train_file = optarg; break;
		case O_TEST: test_file = optarg; break;
		case O_SPLIT: split = parse_real("--split", optarg, 0.01, 0.9); break;
		case O_INFRAC:
			input_frac = (int)parse_int("--input-frac", optarg, 0, 24);
			frac_given = 1;
			break;
		case O_CLIP: clip = parse_real("--clip", optarg, 0, 0.25); break;
		case O_NAME:
			if (!valid_ident(optarg))
				die("--name: '%s' is not a lower-case C identifier ([a-z_][a-z0-9_]*, at most 64)", optarg);
			name = optarg;
			break;
		case O_OUT: out_file = optarg; break;
		case O_BLOB: blob_file = optarg; break;
		case O_PRED: pred_file = optarg; break;
		case O_HOOK:
		case O_POLICY:
			if (package_ident_problem(optarg))
				die("--%s: '%s' is not a %s name ([a-z0-9_]+, at most %d characters)",
				    opts[c - O_KIND].name, optarg, opts[c - O_KIND].name,
				    LEARNED_PKG_ID_MAX - 1);
			if (c == O_HOOK)
				hook = optarg;
			else
				policy = optarg;
			break;
		case O_FSET: feature_set = (uint32_t)parse_int("--feature-set", optarg, 0, UINT32_MAX); break;
		case O_OUTPUT:
			if (!strcmp(optarg, "prob"))
				out_prob = 1;
			else if (!strcmp(optarg, "logit"))
				out_prob = 0;
			else
				die("--output: '%s' is not one of prob, logit", optarg);
			break;
		case O_MINAGREE: min_agree = parse_real("--min-agreement", optarg, 0, 1); break;
		case O_SEED: seed = (uint64_t)parse_int("--seed", optarg, 0, INT64_MAX); break;
		case O_L2: l2 = parse_real("--l2", optarg, 0, 1e6); break;
		case O_ITERS: lrp.max_iter = (int)parse_int("--iters", optarg, 1, 1000); break;
		case O_TREES: gp.n_trees = (int)parse_int("--trees", optarg, 1, LEARNED_FOREST_MAX_TREES); break;
		case O_DEPTH: gp.max_depth = (int)parse_int("--depth", optarg, 1, 10); break;
		case O_LR:
			gp.learning_rate = mp.lr = parse_real("--lr", optarg, 1e-6, 10);
			break;
		case O_MINLEAF: gp.min_leaf = (int)parse_int("--min-leaf", optarg, 1, 1000000); break;
		case O_BINS: gp.max_bins = (int)parse_int("--bins", optarg, 2, 256); break;
		case O_HIDDEN: {
			char *end, *s = optarg;
			long a, b = 0;

			a = strtol(s, &end, 10);
			if (end != s && *end == ',') {
				s = end + 1;
				b = strtol(s, &end, 10);
				if (end == s)
					b = -1;
			}
			if (end == optarg || *end || a < 1 || a > LEARNED_MLP_MAX_WIDTH || b < 0 ||
			    b > LEARNED_MLP_MAX_WIDTH)
				die("--hidden: '%s' is not N or N,M with widths 1..%d", optarg,
				    LEARNED_MLP_MAX_WIDTH);
			mp.hidden[0] = (int)a;
			mp.hidden[1] = (int)b;
			mp.n_hidden = b ? 2 : 1;
			break;
		}
		case O_EPOCHS: mp.epochs = (int)parse_int("--epochs", optarg, 1, 10000); break;
		case O_BATCH: mp.batch = (int)parse_int("--batch", optarg, 1, 65536); break;
		case O_WBITS:
			k = (u32)parse_int("--weight-bits", optarg, 8, 16);
			if (k != 8 && k != 16)
				die("--weight-bits: %s is not 8 or 16", optarg);
			r->q.weight_bits = (int)k;
			break;
		case O_QUIET: quiet = 1; break;
		case O_HELP: usage(stdout); exit(0);
		default: usage(stderr); exit(2);
		}
	}
	if (optind < argc)
		die("unexpected argument '%s' (see --help)", argv[optind]);
	if (kind < 0 || !train_file)
		die("--kind and --train are required (see --help)");
	if ((out_file || blob_file) && !name)
		die("--out and --blob need --name");
	if (blob_file && (!hook || !policy))
		die("--blob needs --hook and --policy");
	if ((hook || policy) && !blob_file)
		die("--hook and --policy need --blob");
	if (blob_file && package_name_problem(name))
		die("--name: '%s' cannot name a model package (--blob): %s", name,
		    package_name_problem(name));
	if (test_file && set[O_SPLIT])
		die("--test and --split exclude each other");
	for (k = 0; k < sizeof(only) / sizeof(only[0]); k++)
		if (set[only[k].opt] && !(only[k].kinds & (1 << kind)))
			die("%s does not apply to --kind %s", only[k].name, kind_name);
	r->kind = kind;
	if (l2 < 0)
		l2 = kind == K_GBT ? 1.0 : 1e-4;
	lrp.l2 = gp.l2 = mp.l2 = l2;
	mp.seed = seed;
	if (!r->q.weight_bits)
		r->q.weight_bits = 16;
	if (kind == K_MLP)
		out_prob = 0;

	/* ---- data ---- */
	if (ds_load(&all, train_file))
		die("%s", err_get());
	if (test_file) {
		if (ds_load(&test, test_file))
			die("%s", err_get());
		if (!ds_same_features(&all, &test))
			die("%s: feature columns differ from %s (names and order must match)",
			    test_file, train_file);
		train = all;
		memset(&all, 0, sizeof(all));
	} else {
		if (all.nr_rows < 10)
			die("%s: %u rows are too few to hold out a test split (need 10)",
			    train_file, all.nr_rows);
		ds_split(&all, split, seed, &train, &test);
		memcpy(test.sha256, all.sha256, sizeof(all.sha256));
	}
	d = train.nr_features;
	if (kind == K_MLP && d > LEARNED_MLP_MAX_WIDTH)
		die("%u features: an MLP takes at most %d", d, LEARNED_MLP_MAX_WIDTH);
	raw_tr = to_raw(&train, train_file, input_frac, frac_given);
	raw_te = to_raw(&test, test_file ? test_file : train_file, input_frac, frac_given);

	/* ---- normalisation (the library's arithmetic) ---- */
	q_norm_fit(r->q.norm, raw_tr, train.nr_rows, d, clip);
	zq_tr = xcalloc((size_t)train.nr_rows * d, sizeof(s32));
	zq_te = xcalloc((size_t)test.nr_rows * d, sizeof(s32));
	q_norm_apply(r->q.norm, raw_tr, zq_tr, train.nr_rows, d);
	q_norm_apply(r->q.norm, raw_te, zq_te, test.nr_rows, d);
	z_tr = xcalloc((size_t)train.nr_rows * d, sizeof(double));
	for (i = 0; i < train.nr_rows * d; i++)
		z_tr[i] = zq_tr[i] / 65536.0;

	/* ---- train and quantise ---- */
	switch (kind) {
	case K_LOGREG:
		lr_train(&r->lr, &lrp, z_tr, train.y, train.nr_rows, d);
		q_linear(&r->q, &r->lr, out_prob);
		snprintf(prov.hyper, sizeof(prov.hyper),
			 "l2=%g iters=%d (used %d) output=%s clip=%g input_frac=%d",
			 lrp.l2, lrp.max_iter, r->lr.iters, out_prob ? "prob" : "logit", clip, input_frac);
		break;
	case K_GBT:
		gbt_train(&r->gbt, &gp, zq_tr, train.y, train.nr_rows, d);
		if (q_forest(&r->q, &r->gbt, out_prob))
			die("%s", err_get());
		snprintf(prov.hyper, sizeof(prov.hyper),
			 "trees=%d depth=%d lr=%g min_leaf=%d l2=%g bins=%d output=%s clip=%g input_frac=%d",
			 gp.n_trees, gp.max_depth, gp.learning_rate, gp.min_leaf, gp.l2, gp.max_bins,
			 out_prob ? "prob" : "logit", clip, input_frac);
		break;
	case K_MLP: {
		int wb = r->q.weight_bits;

		mlp_train(&r->mlp, &mp, z_tr, train.y, train.nr_rows, d);
		q_mlp(&r->q, &r->mlp, wb, zq_tr, train.nr_rows);
		if (mp.n_hidden == 2)
			snprintf(prov.hyper, sizeof(prov.hyper), "hidden=%d,%d", mp.hidden[0], mp.hidden[1]);
		else
			snprintf(prov.hyper, sizeof(prov.hyper), "hidden=%d", mp.hidden[0]);
		snprintf(prov.hyper + strlen(prov.hyper), sizeof(prov.hyper) - strlen(prov.hyper),
			 " epochs=%d batch=%d lr=%g l2=%g weight_bits=%d act_frac=%u output=logit clip=%g input_frac=%d",
			 mp.epochs, mp.batch, mp.lr, mp.l2, wb, r->q.mlp.act_frac, clip, input_frac);
		break;
	}
	}
	if (learned_model_validate(&r->q.model))
		die("internal error: the library refused the quantised model (see message above)");

	/* ---- evaluate ---- */
	evaluate(&evt, r, raw_tr, zq_tr, train.y, train.nr_rows, d);
	evaluate(&ev, r, raw_te, zq_te, test.y, test.nr_rows, d);
	if (!quiet) {
		printf("learned-train %s: kind=%s features=%u train_rows=%u test_rows=%u seed=%llu\n",
		       TRAINER_VERSION, kind_name, d, train.nr_rows, test.nr_rows,
		       (unsigned long long)seed);
		printf("  hyperparameters: %s\n", prov.hyper);
		printf("  float:     accuracy=%.4f auc=%.4f logloss=%.4f (train accuracy=%.4f)\n",
		       ev.acc_f, ev.auc_f, ev.ll_f, evt.acc_f);
		printf("  quantised: accuracy=%.4f auc=%.4f logloss=%.4f (train accuracy=%.4f)\n",
		       ev.acc_q, ev.auc_q, ev.ll_q, evt.acc_q);
		printf("  agreement=%.4f (%u/%u held-out rows) train_agreement=%.4f max_prob_diff=%.5f\n",
		       (double)ev.agree / ev.n, ev.agree, ev.n, (double)evt.agree / evt.n, ev.max_diff);
		if (r->q.clamped)
			printf("  warning: %d quantised parameters saturated\n", r->q.clamped);
	}
	if (min_agree >= 0 && (double)ev.agree / ev.n < min_agree)
		die("agreement %.4f below --min-agreement %.4f: no output written",
		    (double)ev.agree / ev.n, min_agree);

	/* ---- emit ---- */
	prov.kind_name = kind_name;
	prov.train_file = base_name(train_file);
	prov.train_sha256 = train.sha256;
	prov.train_rows = train.nr_rows;
	prov.test_file = test_file ? base_name(test_file) : NULL;
	prov.test_sha256 = test.sha256;
	prov.test_rows = test.nr_rows;
	prov.split = split;
	prov.seed = seed;
	prov.input_frac = input_frac;
	prov.feature_set = feature_set;
	prov.acc_float = ev.acc_f;
	prov.acc_quant = ev.acc_q;
	prov.agreement = (double)ev.agree / ev.n;
	prov.auc_float = ev.auc_f;
	prov.auc_quant = ev.auc_q;
	prov.names = (const char (*)[DS_MAX_NAME])train.names;
	/* write every output to a temporary file first: all or nothing */
	if (out_file) {
		if (out_open(&oh, out_file))
			die("%s", err_get());
		if (emit_header(oh.f, name, &r->q, &prov))
			goto write_error;
	}
	if (blob_file) {
		if (out_open(&ob, blob_file))
			goto open_error;
		if (emit_package(ob.f, &r->q, feature_set, hook, policy, name))
			goto write_error;
	}
	if (pred_file) {
		if (out_open(&op, pred_file))
			goto open_error;
		for (i = 0; i < test.nr_rows; i++)
			fprintf(op.f, "%d\n", q_predict(&r->q, raw_te + (size_t)i * d));
		if (ferror(op.f))
			goto write_error;
	}
	if ((out_file && out_commit(&oh)) || (blob_file && out_commit(&ob)) ||
	    (pred_file && out_commit(&op)))
		goto open_error;

	free(raw_tr);
	free(raw_te);
	free(zq_tr);
	free(zq_te);
	free(z_tr);
	gbt_free(&r->gbt);
	mlp_free(&r->mlp);
	q_free(&r->q);
	free(r);
	ds_free(&train);
	ds_free(&test);
	ds_free(&all);
	return 0;

open_error:
	fprintf(stderr, "learned-train: %s\n", err_get());
	goto abort_all;
write_error:
	fprintf(stderr, "learned-train: write error\n");
abort_all:
	if (oh.f)
		out_abort(&oh);
	if (ob.f)
		out_abort(&ob);
	if (op.f)
		out_abort(&op);
	return 1;
}
