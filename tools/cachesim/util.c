// SPDX-License-Identifier: GPL-2.0
/* cachesim: small helpers (errors, allocation, argument parsing). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"
#include "sim_rand.h"
#include "simtrace.h"

void die(const char *fmt, ...)
{
	va_list ap;

	fputs("cachesim: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		die("out of memory (%zu bytes)", n);
	return p;
}

void *xcalloc(size_t n, size_t sz)
{
	void *p = calloc(n ? n : 1, sz ? sz : 1);

	if (!p)
		die("out of memory (%zu x %zu bytes)", n, sz);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die("out of memory (%zu bytes)", n);
	return p;
}

u64 hash64(u64 x)
{
	return sim_mix64(x);
}

int parse_u64(const char *s, u64 *out)
{
	return simtrace_parse_u64(s, s + strlen(s), out) ? -1 : 0;
}

u64 arg_u64(const char *opt, const char *s, u64 lo, u64 hi)
{
	u64 v;

	if (parse_u64(s, &v))
		die("%s: '%s' is not an unsigned decimal integer", opt, s);
	if (v < lo || v > hi)
		die("%s: %llu out of range %llu..%llu", opt, (unsigned long long)v,
		    (unsigned long long)lo, (unsigned long long)hi);
	return v;
}

double arg_real(const char *opt, const char *s, double lo, double hi)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (!*s || *end || errno || v != v)
		die("%s: '%s' is not a number", opt, s);
	if (v < lo || v > hi)
		die("%s: %g out of range %g..%g", opt, v, lo, hi);
	return v;
}

unsigned ilog2p1(u64 x)
{
	x++;
	return x ? 63 - (unsigned)__builtin_clzll(x) : 64;
}

size_t parse_size(const char *opt, const char *s, const struct cs_trace *t)
{
	size_t n = strlen(s);
	u64 v;

	if (n > 1 && s[n - 1] == '%') {
		char buf[64];
		double pct;

		if (n >= sizeof(buf))
			die("%s: '%s' is too long", opt, s);
		memcpy(buf, s, n - 1);
		buf[n - 1] = 0;
		pct = arg_real(opt, buf, 0, 1000);
		v = (u64)((double)t->nr_ids * pct / 100.0 + 0.5);
		return v ? v : 1;
	}
	return arg_u64(opt, s, 1, 1ull << 31);
}
