// SPDX-License-Identifier: GPL-2.0
/*
 * model-pkg: inspect, corrupt and make model packages (the "model package
 * format" of learned/blob.c), with the kernel's own parsers.
 *
 *   model-pkg info FILE...
 *	check each FILE with learned_package_parse() + learned_blob_parse();
 *	print its header and model, or why it is refused (exit 1 if any is)
 *   model-pkg corrupt --seed N --count K --out DIR FILE
 *	write DIR/NNNN-<what>.pkg, K corrupted variants of the valid package
 *	FILE, each checked to be refused; print "NNNN-<what>.pkg: reason"
 *   model-pkg const --hook H --policy P --feature-set F --features N
 *		     --value Q16 --name NAME --out FILE
 *	write a linear model whose output is the raw Q16.16 integer Q16 for
 *	every input
 *
 * Exit status: 0 success, 1 package refused, 2 usage or I/O error.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <linux/compiler.h>
#include <linux/kernel.h>

#include "blob-write.h"
#include "random-models.h"

int shim_printk_quiet;

/* at most this much is read: more than any package the kernel takes */
#define PKG_FILE_MAX	(LEARNED_PKG_HEADER_SIZE + LEARNED_BLOB_MAX_SIZE + 4096)

static void usage(FILE *f)
{
	fprintf(f,
"usage: model-pkg info FILE...\n"
"       model-pkg corrupt --seed N --count K --out DIR FILE\n"
"       model-pkg const --hook H --policy P --feature-set F --features N\n"
"                       --value Q16 --name NAME --out FILE\n"
"  info     validate each FILE with the kernel's parsers; exit 1 if one\n"
"           is refused\n"
"  corrupt  write K refused variants of FILE to DIR/NNNN-<what>.pkg\n"
"  const    a linear model whose output is Q16 (raw Q16.16 integer,\n"
"           e.g. -65536 for -1.0) for every input\n");
}

static void __attribute__((format(printf, 1, 2), noreturn)) fail(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "model-pkg: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

static long long parse_num(const char *opt, const char *s, long long lo,
			   long long hi)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 0);
	if (!*s || *end || errno)
		fail("%s: '%s' is not an integer", opt, s);
	if (v < lo || v > hi)
		fail("%s: %s out of range %lld..%lld", opt, s, lo, hi);
	return v;
}

/* the whole file in a malloc'd (so 8-byte aligned) buffer of its size */
static u8 *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	size_t cap = 4096, n = 0, got;
	u8 *p, *q;

	if (!f)
		fail("%s: %s", path, strerror(errno));
	p = malloc(cap);
	if (!p)
		fail("out of memory");
	while ((got = fread(p + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n > PKG_FILE_MAX)
			fail("%s: larger than %u bytes, not a model package",
			     path, PKG_FILE_MAX);
		if (n == cap) {
			cap *= 2;
			p = realloc(p, cap);
			if (!p)
				fail("out of memory");
		}
	}
	if (ferror(f))
		fail("%s: read error", path);
	fclose(f);
	/* exactly n bytes, so ASan catches a parser reading past them */
	q = malloc(n ? n : 1);
	if (!q)
		fail("out of memory");
	memcpy(q, p, n);
	free(p);
	*len = n;
	return q;
}

static void write_file(const char *path, const u8 *p, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f)
		fail("%s: %s", path, strerror(errno));
	if (fwrite(p, 1, len, f) != len || fclose(f))
		fail("%s: write error", path);
}

/*
 * Both kernel parsers on an exact-size heap copy of @p.  Returns NULL if
 * the package is accepted (@pk and @bm filled in, pointing into *@keep
 * when @keep is given), otherwise why it is refused.
 */
static const char *check(const u8 *p, size_t len, struct learned_package *pk,
			 struct learned_blob_model *bm, u8 **keep)
{
	u8 *c = malloc(len ? len : 1);
	const char *why = NULL;

	if (!c)
		fail("out of memory");
	memcpy(c, p, len);
	if (learned_package_parse(c, len, pk, &why))
		;
	else if (learned_blob_parse(pk->blob, pk->blob_len, bm))
		why = "model blob refused by learned_blob_parse()";
	if (keep && !why)
		*keep = c;
	else
		free(c);
	return why;
}

static const char *kind_name(unsigned int kind)
{
	switch (kind) {
	case LEARNED_MODEL_LINEAR:
		return "linear";
	case LEARNED_MODEL_TREE:
		return "tree";
	case LEARNED_MODEL_FOREST:
		return "forest";
	case LEARNED_MODEL_MLP:
		return "mlp";
	default:
		return "unknown";
	}
}

/* info on one file: 0 if accepted, 1 if refused */
static int info_one(const char *path)
{
	struct learned_blob_model bm;
	struct learned_package pk;
	const char *why;
	u8 *p, *keep = NULL;
	size_t len;

	p = read_file(path, &len);
	/* the blob parser's own reason goes to stderr */
	why = check(p, len, &pk, &bm, &keep);
	free(p);
	if (why) {
		printf("%s: refused: %s\n", path, why);
		return 1;
	}
	printf("%s: ok\n", path);
	printf("hook:        %s\n", pk.hook);
	printf("policy:      %s\n", pk.policy);
	printf("feature_set: %u\n", pk.feature_set);
	printf("name:        %s\n", pk.name);
	printf("kind:        %s\n", kind_name(bm.model.kind));
	printf("features:    %u\n", learned_model_n_features(&bm.model));
	printf("outputs:     %u\n", learned_model_n_outputs(&bm.model));
	printf("size:        %zu (blob %zu)\n", len, pk.blob_len);
	printf("checksum:    0x%016llx\n", (unsigned long long)pk.checksum);
	free(keep);
	return 0;
}

static int cmd_info(int argc, char **argv)
{
	int i, ret = 0;

	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	for (i = 1; i < argc; i++)
		ret |= info_one(argv[i]);
	return ret;
}

/* ---- corrupt ------------------------------------------------------------ */

static void put32le(u8 *p, u32 v)
{
	p[0] = v & 0xff;
	p[1] = (v >> 8) & 0xff;
	p[2] = (v >> 16) & 0xff;
	p[3] = v >> 24;
}

static void put16le(u8 *p, u16 v)
{
	p[0] = v & 0xff;
	p[1] = v >> 8;
}

/* a bad value for a hook or policy field (@n bytes) or the name field */
static void bad_string(struct rng *r, u8 *f, unsigned int n, bool ident)
{
	unsigned int len = 0, i;

	while (len < n && f[len])
		len++;
	switch (rng_below(r, 5)) {
	case 0:	/* empty */
		memset(f, 0, n);
		break;
	case 2:	/* junk in the padding, if there is any */
		if (len + 1 < n) {
			f[len + 1 + rng_below(r, n - len - 1)] = 1 + rng_below(r, 255);
			break;
		}
		fallthrough;
	case 1:	/* no terminating NUL */
		for (i = 0; i < n; i++)
			f[i] = ident ? 'a' + rng_below(r, 26) : 0x20 + rng_below(r, 95);
		break;
	default: { /* a character the kernel does not take */
		static const u8 ident_bad[] = "AZ-. /\x01\x7f\x80\xff";
		static const u8 name_bad[] = "\x01\t\n\x1f\x7f\x80\xc3\xff";
		const u8 *set = ident ? ident_bad : name_bad;
		unsigned int n_set = ident ? sizeof(ident_bad) - 1 :
					     sizeof(name_bad) - 1;

		f[rng_below(r, len)] = set[rng_below(r, n_set)];
		break;
	}
	}
}

enum corruption {
	C_BITFLIP, C_BYTES, C_TRUNCATE, C_TRUNCATE_SEALED, C_TRAILING,
	C_MAGIC, C_VERSION, C_HDR_SIZE, C_SIZE, C_CHECKSUM, C_HOOK, C_POLICY,
	C_NAME, C_FEATURE_SET, C_SHORT, C_BLOB_HEADER, C_BLOB_BODY, C_NR,
};

static const char * const corruption_names[C_NR] = {
	[C_BITFLIP] = "bitflip", [C_BYTES] = "bytes",
	[C_TRUNCATE] = "truncate", [C_TRUNCATE_SEALED] = "truncate-sealed",
	[C_TRAILING] = "trailing", [C_MAGIC] = "magic",
	[C_VERSION] = "version", [C_HDR_SIZE] = "header-size",
	[C_SIZE] = "size", [C_CHECKSUM] = "checksum", [C_HOOK] = "hook",
	[C_POLICY] = "policy", [C_NAME] = "name",
	[C_FEATURE_SET] = "feature-set", [C_SHORT] = "short",
	[C_BLOB_HEADER] = "blob-header", [C_BLOB_BODY] = "blob-body",
};

/*
 * Corrupt @p (the valid package, @len bytes, 64 bytes more of room) in place
 * as @c says; returns the new length.  "Sealed" corruptions get a fresh
 * checksum, so a check behind the checksum has to refuse them.
 */
static size_t corrupt(struct rng *r, enum corruption c, u8 *p, size_t len)
{
	size_t blen = len - LEARNED_PKG_HEADER_SIZE, n, i;
	bool seal = true;
	u32 v;

	switch (c) {
	case C_BITFLIP:
		i = rng_below(r, len * 8);
		p[i / 8] ^= 1 << (i % 8);
		seal = false;
		break;
	case C_BYTES:
		n = 2 + rng_below(r, 7);
		for (i = 0; i < n; i++)
			p[rng_below(r, len)] ^= 1 + rng_below(r, 255);
		seal = false;
		break;
	case C_TRUNCATE:
		len = rng_below(r, len);
		seal = false;
		break;
	case C_TRUNCATE_SEALED:
		len = LEARNED_PKG_HEADER_SIZE + rng_below(r, blen);
		put32le(p + PKG_OFF_SIZE, (u32)len);
		break;
	case C_TRAILING:
		n = 1 + rng_below(r, 64);
		for (i = 0; i < n; i++)
			p[len + i] = rng_below(r, 4) ? 0 : (u8)rng_next(r);
		len += n;
		if (rng_below(r, 2))
			put32le(p + PKG_OFF_SIZE, (u32)len);
		else
			seal = false;
		break;
	case C_MAGIC:
		p[PKG_OFF_MAGIC + rng_below(r, 4)] ^= 1 + rng_below(r, 255);
		break;
	case C_VERSION:
		do
			v = rng_below(r, 4) ? rng_below(r, 8) : (u16)rng_next(r);
		while (v == LEARNED_PKG_VERSION);
		put16le(p + PKG_OFF_VERSION, (u16)v);
		break;
	case C_HDR_SIZE:
		do
			v = rng_below(r, 2) ? rng_below(r, 2 * LEARNED_PKG_HEADER_SIZE) :
					      (u16)rng_next(r);
		while (v == LEARNED_PKG_HEADER_SIZE);
		put16le(p + PKG_OFF_HDR_SIZE, (u16)v);
		break;
	case C_SIZE:
		do
			switch (rng_below(r, 4)) {
			case 0:
				v = (u32)len + 1 + rng_below(r, 16);
				break;
			case 1:
				v = (u32)len - 1 - rng_below(r, len);
				break;
			case 2:
				v = (u32)len ^ (1U << rng_below(r, 32));
				break;
			default:
				v = (u32)rng_next(r);
				break;
			}
		while (v == len);
		put32le(p + PKG_OFF_SIZE, v);
		break;
	case C_CHECKSUM:
		if (rng_below(r, 2))
			p[PKG_OFF_CHECKSUM + rng_below(r, 8)] ^= 1 << rng_below(r, 8);
		else
			for (i = 0; i < 8; i++)
				p[PKG_OFF_CHECKSUM + i] = (u8)rng_next(r);
		seal = false;
		break;
	case C_HOOK:
		bad_string(r, p + PKG_OFF_HOOK, LEARNED_PKG_ID_MAX, true);
		break;
	case C_POLICY:
		bad_string(r, p + PKG_OFF_POLICY, LEARNED_PKG_ID_MAX, true);
		break;
	case C_NAME:
		bad_string(r, p + PKG_OFF_NAME, LEARNED_PKG_NAME_MAX, false);
		break;
	case C_FEATURE_SET:	/* the header says another feature set: unsealed */
		p[PKG_OFF_FEATURE_SET + rng_below(r, 4)] ^= 1 + rng_below(r, 255);
		seal = false;
		break;
	case C_SHORT:
		len = rng_below(r, LEARNED_PKG_HEADER_SIZE);
		seal = false;
		break;
	case C_BLOB_HEADER:
		n = 1 + rng_below(r, 2);
		for (i = 0; i < n; i++)
			p[LEARNED_PKG_HEADER_SIZE + rng_below(r, 16)] ^=
				1 + rng_below(r, 255);
		break;
	default:	/* C_BLOB_BODY */
		n = 1 + rng_below(r, 4);
		for (i = 0; i < n; i++)
			p[LEARNED_PKG_HEADER_SIZE + rng_below(r, blen)] =
				(u8)rng_next(r);
		break;
	}
	if (seal)
		package_seal(p, len);
	return len;
}

static int cmd_corrupt(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "seed", 1, NULL, 's' }, { "count", 1, NULL, 'c' },
		{ "out", 1, NULL, 'o' }, { NULL, 0, NULL, 0 },
	};
	unsigned long long seed = 0;
	long count = -1, k;
	const char *dir = NULL, *why;
	struct learned_blob_model bm;
	struct learned_package pk;
	size_t len, cap;
	bool have_seed = false;
	u8 *ref, *p;
	int opt;

	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (opt) {
		case 's':
			seed = (unsigned long long)parse_num("--seed", optarg, 0,
							     LLONG_MAX);
			have_seed = true;
			break;
		case 'c':
			count = (long)parse_num("--count", optarg, 1, 1000000);
			break;
		case 'o':
			dir = optarg;
			break;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (!have_seed || count < 0 || !dir || optind != argc - 1) {
		usage(stderr);
		return 2;
	}
	ref = read_file(argv[optind], &len);
	why = check(ref, len, &pk, &bm, NULL);
	if (why) {
		fprintf(stderr, "model-pkg: %s: not a valid package to corrupt: %s\n",
			argv[optind], why);
		free(ref);
		return 1;
	}
	if (mkdir(dir, 0777) && errno != EEXIST)
		fail("%s: %s", dir, strerror(errno));
	cap = len + 64;
	p = malloc(cap);
	if (!p)
		fail("out of memory");
	/* refusal reasons of the blob parser would flood stderr */
	shim_printk_quiet = 1;
	for (k = 0; k < count; k++) {
		/* one generator per variant: variant k is the same for any K */
		struct rng r = { seed * 0x9e3779b97f4a7c15ULL + (u64)k };
		enum corruption c = k % C_NR;
		char path[4096];
		size_t n = 0;
		int tries;

		/* a sealed blob edit may leave a sound model: try again */
		for (tries = 0; tries < 100; tries++) {
			memcpy(p, ref, len);
			n = corrupt(&r, c, p, len);
			why = check(p, n, &pk, &bm, NULL);
			if (why)
				break;
		}
		if (!why) {
			c = C_BITFLIP;
			memcpy(p, ref, len);
			n = corrupt(&r, c, p, len);
			why = check(p, n, &pk, &bm, NULL);
			if (!why)
				fail("internal error: a bit flip was accepted");
		}
		snprintf(path, sizeof(path), "%s/%04ld-%s.pkg", dir, k,
			 corruption_names[c]);
		write_file(path, p, n);
		printf("%04ld-%s.pkg: %s\n", k, corruption_names[c], why);
	}
	free(p);
	free(ref);
	return 0;
}

/* ---- const -------------------------------------------------------------- */

static int cmd_const(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "hook", 1, NULL, 'h' }, { "policy", 1, NULL, 'p' },
		{ "feature-set", 1, NULL, 'f' }, { "features", 1, NULL, 'n' },
		{ "value", 1, NULL, 'v' }, { "name", 1, NULL, 'm' },
		{ "out", 1, NULL, 'o' }, { NULL, 0, NULL, 0 },
	};
	const char *hook = NULL, *policy = NULL, *name = NULL, *out = NULL;
	const char *why;
	long long fset = -1, nf = -1, value = 0;
	bool have_value = false;
	s32 w[LEARNED_MAX_FEATURES] = { 0 }, x[LEARNED_MAX_FEATURES];
	s32 y[LEARNED_MAX_OUTPUTS];
	struct learned_linear lin = { .weights = w, .out = LEARNED_OUT_IDENTITY };
	struct learned_model m = { .kind = LEARNED_MODEL_LINEAR, .linear = &lin };
	struct learned_blob_model bm;
	struct learned_package pk;
	struct rng r = { 1 };
	size_t cap = LEARNED_PKG_HEADER_SIZE + 64 + 4 * LEARNED_MAX_FEATURES;
	u8 *buf, *keep = NULL;
	long len;
	int opt, i, k, bad = 0;

	while ((opt = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (opt) {
		case 'h':
			hook = optarg;
			break;
		case 'p':
			policy = optarg;
			break;
		case 'f':
			fset = parse_num("--feature-set", optarg, 0, U32_MAX);
			break;
		case 'n':
			nf = parse_num("--features", optarg, 1,
				       LEARNED_MAX_FEATURES);
			break;
		case 'v':
			value = parse_num("--value", optarg, S32_MIN, S32_MAX);
			have_value = true;
			break;
		case 'm':
			name = optarg;
			break;
		case 'o':
			out = optarg;
			break;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (!hook || !policy || fset < 0 || nf < 0 || !have_value || !name ||
	    !out || optind != argc) {
		usage(stderr);
		return 2;
	}
	why = package_ident_problem(hook);
	if (why)
		fail("--hook: '%s': %s", hook, why);
	why = package_ident_problem(policy);
	if (why)
		fail("--policy: '%s': %s", policy, why);
	why = package_name_problem(name);
	if (why)
		fail("--name: '%s': %s", name, why);
	lin.n_features = (u16)nf;
	lin.bias = (s32)value;
	if (learned_model_validate(&m))
		fail("internal error: the library refuses the model");
	buf = malloc(cap);
	if (!buf)
		fail("out of memory");
	len = package_write(&m, (u32)fset, hook, policy, name, buf, cap);
	if (len < 0)
		fail("internal error: package_write failed");
	/* read back as the kernel would, and check the output is constant */
	why = check(buf, len, &pk, &bm, &keep);
	if (why)
		fail("internal error: the package is refused: %s", why);
	for (i = 0; i < 1000; i++) {
		for (k = 0; k < nf; k++) {
			u64 v = rng_next(&r);

			x[k] = v & 1 ? (s32)(v >> 32) : v & 2 ? S32_MIN : S32_MAX;
		}
		learned_model_predict(&bm.model, x, y);
		bad += y[0] != lin.bias;
	}
	free(keep);
	if (bad)
		fail("internal error: %d outputs differ from %d", bad, lin.bias);
	write_file(out, buf, len);
	free(buf);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "info"))
		return cmd_info(argc - 1, argv + 1);
	if (!strcmp(argv[1], "corrupt"))
		return cmd_corrupt(argc - 1, argv + 1);
	if (!strcmp(argv[1], "const"))
		return cmd_const(argc - 1, argv + 1);
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
		usage(stdout);
		return 0;
	}
	usage(stderr);
	return 2;
}
