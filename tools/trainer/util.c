// SPDX-License-Identifier: GPL-2.0
/*
 * learned-train: errors, allocation, PRNG, deterministic math, hashing and
 * atomic output files.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "trainer.h"

static char err_buf[1024];

void err_set(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err_buf, sizeof(err_buf), fmt, ap);
	va_end(ap);
}

const char *err_get(void)
{
	return err_buf[0] ? err_buf : "unknown error";
}

void die(const char *fmt, ...)
{
	va_list ap;

	fputs("learned-train: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	/*
	 * An input error ends the run at once: flush and _exit(), so no
	 * atexit handler (nor LeakSanitizer) runs on the abandoned state.
	 */
	fflush(stdout);
	fflush(stderr);
	_exit(1);
}

void *xcalloc(size_t n, size_t size)
{
	void *p;

	if (n == 0)
		n = 1;
	if (size && n > SIZE_MAX / size)
		die("allocation overflow");
	p = calloc(n, size ? size : 1);
	if (!p)
		die("out of memory (%zu x %zu bytes)", n, size);
	return p;
}

void *xrealloc(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		die("allocation overflow");
	p = realloc(p, n * size > 0 ? n * size : 1);
	if (!p)
		die("out of memory");
	return p;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s);

	if (!p)
		die("out of memory");
	return p;
}

/* ---- PRNG -------------------------------------------------------------- */

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

void rng_seed(struct rng *r, uint64_t seed)
{
	int i;

	for (i = 0; i < 4; i++)
		r->s[i] = splitmix64(&seed);
}

static inline uint64_t rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

uint64_t rng_next(struct rng *r)
{
	uint64_t *s = r->s;
	uint64_t res = rotl(s[1] * 5, 7) * 9;
	uint64_t t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return res;
}

double rng_uniform(struct rng *r)
{
	return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

uint64_t rng_below(struct rng *r, uint64_t n)
{
	uint64_t lim, v;

	if (n <= 1)
		return 0;
	lim = UINT64_MAX - UINT64_MAX % n;
	do
		v = rng_next(r);
	while (v >= lim);
	return v % n;
}

double rng_normal(struct rng *r)
{
	double s = 0;
	int i;

	for (i = 0; i < 12; i++)
		s += rng_uniform(r);
	return s - 6.0;
}

void rng_shuffle(struct rng *r, uint32_t *v, size_t n)
{
	size_t i;

	for (i = n; i > 1; i--) {
		size_t j = rng_below(r, i);
		uint32_t t = v[i - 1];

		v[i - 1] = v[j];
		v[j] = t;
	}
}

/* ---- deterministic exp / log ------------------------------------------- */

/*
 * glibc's exp() and log() may differ in the last bit between versions;
 * a trained model (and so a generated header) must not.  These use only
 * IEEE-754 basic operations plus the exact ldexp/frexp, so their results
 * are the same on every conforming machine.  Relative error ~1e-16.
 */
#define LN2_HI	6.93147180369123816490e-01
#define LN2_LO	1.90821492927058770002e-10
#define INV_LN2	1.44269504088896338700e+00

double d_exp(double x)
{
	double k, r, p;
	int i;

	if (x != x)
		return x;
	if (x > 709.0)
		return HUGE_VAL;
	if (x < -745.0)
		return 0.0;
	k = x * INV_LN2;
	k = (double)(long long)(k + (k >= 0 ? 0.5 : -0.5));
	r = (x - k * LN2_HI) - k * LN2_LO;	/* |r| <= 0.35 */
	/* Taylor series to r^14 / 14!, Horner form */
	p = 1.0;
	for (i = 14; i >= 1; i--)
		p = 1.0 + p * r / (double)i;
	return ldexp(p, (int)k);
}

double d_log(double x)
{
	double m, f, s, t, sum;
	int e, i;

	if (x != x || x < 0)
		return NAN;
	if (x == 0)
		return -HUGE_VAL;
	if (x == HUGE_VAL)
		return x;
	m = frexp(x, &e);			/* m in [0.5, 1) */
	if (m < 0.70710678118654752440) {
		m *= 2.0;
		e--;
	}
	f = (m - 1.0) / (m + 1.0);		/* |f| <= 0.172 */
	s = f * f;
	/* 2 * atanh(f) = 2 (f + f^3/3 + f^5/5 + ...) */
	sum = 0.0;
	for (i = 25; i >= 1; i -= 2) {
		t = 1.0 / (double)i;
		sum = t + sum * s;
	}
	return (double)e * LN2_LO + (2.0 * f * sum + (double)e * LN2_HI);
}

double d_sigmoid(double z)
{
	double e;

	if (z >= 0)
		return 1.0 / (1.0 + d_exp(-z));
	e = d_exp(z);
	return e / (1.0 + e);
}

double d_softplus(double z)
{
	if (z > 36)
		return z;
	if (z < -36)
		return d_exp(z);
	return z >= 0 ? z + d_log(1.0 + d_exp(-z)) : d_log(1.0 + d_exp(z));
}

/* ---- SHA-256 (FIPS 180-4) ---------------------------------------------- */

static const uint32_t sha_k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static inline uint32_t ror32(uint32_t x, int n)
{
	return (x >> n) | (x << (32 - n));
}

static void sha256_block(struct sha256 *c, const uint8_t *p)
{
	uint32_t w[64], a, b, cc, d, e, f, g, h, t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (i = 16; i < 64; i++) {
		uint32_t s0 = ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10);

		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	a = c->h[0]; b = c->h[1]; cc = c->h[2]; d = c->h[3];
	e = c->h[4]; f = c->h[5]; g = c->h[6]; h = c->h[7];
	for (i = 0; i < 64; i++) {
		t1 = h + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) +
		     ((e & f) ^ (~e & g)) + sha_k[i] + w[i];
		t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) +
		     ((a & b) ^ (a & cc) ^ (b & cc));
		h = g; g = f; f = e; e = d + t1;
		d = cc; cc = b; b = a; a = t1 + t2;
	}
	c->h[0] += a; c->h[1] += b; c->h[2] += cc; c->h[3] += d;
	c->h[4] += e; c->h[5] += f; c->h[6] += g; c->h[7] += h;
}

void sha256_init(struct sha256 *c)
{
	static const uint32_t iv[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
	};

	memcpy(c->h, iv, sizeof(iv));
	c->len = 0;
	c->nbuf = 0;
}

void sha256_update(struct sha256 *c, const void *data, size_t n)
{
	const uint8_t *p = data;

	c->len += n;
	while (n) {
		size_t k = 64 - c->nbuf;

		if (k > n)
			k = n;
		memcpy(c->buf + c->nbuf, p, k);
		c->nbuf += k;
		p += k;
		n -= k;
		if (c->nbuf == 64) {
			sha256_block(c, c->buf);
			c->nbuf = 0;
		}
	}
}

void sha256_final(struct sha256 *c, uint8_t out[32])
{
	uint64_t bits = c->len * 8;
	uint8_t pad = 0x80, zero = 0, lenb[8];
	int i;

	sha256_update(c, &pad, 1);
	while (c->nbuf != 56)
		sha256_update(c, &zero, 1);
	for (i = 0; i < 8; i++)
		lenb[i] = (uint8_t)(bits >> (56 - 8 * i));
	sha256_update(c, lenb, 8);
	for (i = 0; i < 8; i++) {
		out[4 * i] = (uint8_t)(c->h[i] >> 24);
		out[4 * i + 1] = (uint8_t)(c->h[i] >> 16);
		out[4 * i + 2] = (uint8_t)(c->h[i] >> 8);
		out[4 * i + 3] = (uint8_t)c->h[i];
	}
}

void sha256_hex(const void *data, size_t n, char out[65])
{
	struct sha256 c;
	uint8_t d[32];
	int i;

	sha256_init(&c);
	sha256_update(&c, data, n);
	sha256_final(&c, d);
	for (i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

uint64_t fnv1a64(const void *data, size_t n)
{
	const uint8_t *p = data;
	uint64_t h = 0xcbf29ce484222325ull;

	while (n--) {
		h ^= *p++;
		h *= 0x100000001b3ull;
	}
	return h;
}

/* ---- atomic output ----------------------------------------------------- */

int out_open(struct outfile *o, const char *path)
{
	size_t n = strlen(path) + 32;

	o->path = xstrdup(path);
	o->tmp = xcalloc(n, 1);
	snprintf(o->tmp, n, "%s.tmp.%ld", path, (long)getpid());
	o->f = fopen(o->tmp, "wb");
	if (!o->f) {
		err_set("%s: cannot create: %s", o->tmp, strerror(errno));
		free(o->path);
		free(o->tmp);
		o->path = o->tmp = NULL;
		return -1;
	}
	return 0;
}

int out_commit(struct outfile *o)
{
	int bad = ferror(o->f);

	if (fclose(o->f) != 0 || bad) {
		err_set("%s: write error", o->path);
		unlink(o->tmp);
		goto free_names;
	}
	if (rename(o->tmp, o->path) != 0) {
		err_set("%s: cannot rename into place: %s", o->path, strerror(errno));
		unlink(o->tmp);
		goto free_names;
	}
	free(o->path);
	free(o->tmp);
	o->f = NULL;
	return 0;
free_names:
	o->f = NULL;
	free(o->path);
	free(o->tmp);
	return -1;
}

void out_abort(struct outfile *o)
{
	if (o->f) {
		fclose(o->f);
		unlink(o->tmp);
	}
	free(o->path);
	free(o->tmp);
	o->f = NULL;
	o->path = o->tmp = NULL;
}
