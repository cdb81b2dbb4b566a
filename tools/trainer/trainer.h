/* SPDX-License-Identifier: GPL-2.0 */
/*
 * learned-train: offline trainer for the kernel's learned models.
 *
 * Everything here runs in double precision and is deterministic: no
 * time, no hash order, no libm transcendental functions (our own exp/log
 * below use only IEEE-exact + - * / and ldexp/frexp), an explicit seeded
 * PRNG, and fixed iteration orders.  Same input + same seed gives the same
 * bits, hence the same generated header.
 */
#ifndef LEARNED_TRAINER_H
#define LEARNED_TRAINER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define TRAINER_VERSION "1.0"

/* Limits on inputs: anything larger is refused, never truncated. */
#define DS_MAX_FEATURES		64
#define DS_MAX_ROWS		(1u << 22)	/* 4 Mi rows */
#define DS_MAX_FILE_BYTES	(1ull << 30)	/* 1 GiB */
#define DS_MAX_NAME		48
#define CSV_MAX_LINE		65536

/* ---- errors ------------------------------------------------------------ */

/*
 * All input validation reports through err_set() into one buffer, so the
 * library-style functions return -1 and the CLI prints exactly one line.
 */
void err_set(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
const char *err_get(void);
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n, size_t size);
char *xstrdup(const char *s);

/* ---- deterministic PRNG (xoshiro256**, seeded by splitmix64) ------------ */

struct rng {
	uint64_t s[4];
};

void rng_seed(struct rng *r, uint64_t seed);
uint64_t rng_next(struct rng *r);
double rng_uniform(struct rng *r);		/* [0, 1) */
uint64_t rng_below(struct rng *r, uint64_t n);	/* [0, n), unbiased */
double rng_normal(struct rng *r);		/* approx N(0,1), Irwin-Hall 12 */
void rng_shuffle(struct rng *r, uint32_t *v, size_t n);

/* ---- deterministic math ------------------------------------------------ */

double d_exp(double x);
double d_log(double x);
double d_sigmoid(double z);
/* log(1 + exp(z)) without overflow */
double d_softplus(double z);

/* ---- hashing ----------------------------------------------------------- */

struct sha256 {
	uint32_t h[8];
	uint64_t len;
	uint8_t buf[64];
	size_t nbuf;
};

void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t n);
void sha256_final(struct sha256 *c, uint8_t out[32]);
void sha256_hex(const void *data, size_t n, char out[65]);
uint64_t fnv1a64(const void *data, size_t n);

/* ---- data sets --------------------------------------------------------- */

struct dataset {
	uint32_t nr_rows;
	uint32_t nr_features;
	char names[DS_MAX_FEATURES][DS_MAX_NAME];
	double *x;		/* nr_rows * nr_features, row-major */
	uint8_t *y;		/* nr_rows labels, 0 or 1 */
	uint32_t *line;		/* CSV line of each row, or NULL (binary) */
	int all_integer;	/* every feature value is an integer */
	char sha256[65];	/* of the input file's bytes */
};

/* Parse a whole buffer; name is used in messages.  Return 0 or -1 (err_get). */
int ds_parse_csv(struct dataset *ds, const char *name, const char *buf, size_t len);
int ds_parse_bin(struct dataset *ds, const char *name, const uint8_t *buf, size_t len);
/* Read a file, choosing the format by its first bytes. */
int ds_load(struct dataset *ds, const char *path);
void ds_free(struct dataset *ds);
/* Subset of rows (copies). */
void ds_subset(struct dataset *dst, const struct dataset *src, const uint32_t *rows, uint32_t n);
/* Seeded split: the first round(frac*n) of a shuffled order go to test. */
void ds_split(const struct dataset *all, double test_frac, uint64_t seed,
	      struct dataset *train, struct dataset *test);
int ds_same_features(const struct dataset *a, const struct dataset *b);

/* Writers (used by gen-synth and the tests). */
int ds_write_csv(const struct dataset *ds, FILE *f);
/* value_type: DS_BIN_I32 or DS_BIN_F64 */
#define DS_BIN_MAGIC		"LTDS"
#define DS_BIN_VERSION		1
#define DS_BIN_I32		1
#define DS_BIN_F64		2
#define DS_BIN_HDR		24
int ds_write_bin(const struct dataset *ds, int value_type, FILE *f);

/* ---- write a file atomically ------------------------------------------- */

/* Open path.tmp.PID for writing; commit renames it, abort unlinks it. */
struct outfile {
	FILE *f;
	char *path;
	char *tmp;
};

int out_open(struct outfile *o, const char *path);
int out_commit(struct outfile *o);
void out_abort(struct outfile *o);

#endif /* LEARNED_TRAINER_H */
