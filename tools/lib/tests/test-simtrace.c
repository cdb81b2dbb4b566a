// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of tools/lib/simtrace: the header, the legacy (headerless)
 * variants, comments and blanks, every framing error with its
 * "name:line:" message, number parsing, the binary form of the cache
 * kind (the same records as the text form, every framing error with its
 * "name: byte offset N:" message, every truncation refused), and a seeded
 * fuzz: mutations of valid traces of every kind and form, each in a
 * buffer of its exact size (ASan sees any read past it), must parse or
 * be refused with a message that names the input.  Last line
 * "N passed, M failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "simtrace.h"

static int passed, failed;

static void check(int ok, const char *what)
{
	if (ok) {
		passed++;
		return;
	}
	failed++;
	printf("FAIL: %s\n", what);
}

/*
 * Read @in (of @len bytes, or strlen) as @kind to the end.  Returns the
 * records, or -1 with the message in @eb.
 */
static long read_all(const char *in, size_t len, enum simtrace_kind kind,
		     char *eb, size_t el, struct simtrace *out)
{
	char *buf = malloc(len ? len : 1);
	struct simtrace r;
	long n = 0;
	int ret;

	memcpy(buf, in, len);
	eb[0] = 0;
	if (simtrace_open(&r, "t", buf, len, kind, eb, el)) {
		free(buf);
		return -1;
	}
	for (;;) {
		struct simtrace_sched e;

		ret = kind == SIMTRACE_SCHED ? simtrace_sched_next(&r, &e) : simtrace_next(&r);
		if (ret != 1)
			break;
		n++;
	}
	if (out)
		*out = r;
	free(buf);
	return ret < 0 ? -1 : n;
}

static const struct {
	enum simtrace_kind kind;
	const char *in;
	long records;		/* -1: refused */
	const char *want;	/* message (part), or header flag "H" / "-" */
} cases[] = {
	{ SIMTRACE_FILERA, "simtrace 1 filera\n5 3\n", 1, "H" },
	{ SIMTRACE_FILERA, "5 3\n9 1", 2, "-" },
	{ SIMTRACE_SWAP, "# a comment\n\n  simtrace 1 swap # kind\n7\r\n8\n", 2, "H" },
	{ SIMTRACE_CACHE, "simtrace 1 cache\n", 0, "H" },
	{ SIMTRACE_CACHE, "", 0, "-" },
	{ SIMTRACE_BLOCK, "simtrace 1 block\n0,4096,R\n4096 8192\n", 2, "H" },
	{ SIMTRACE_FILERA, "simtrace 1 swap\n5 3\n", -1, "t:1: a trace of kind 'swap', want 'filera'" },
	{ SIMTRACE_CACHE, "simtrace 2 cache\n", -1, "t:1: unsupported simtrace version '2' (want 1)" },
	{ SIMTRACE_CACHE, "# c\nsimtrace 1\n", -1, "t:2: header wants \"simtrace VERSION KIND\"" },
	{ SIMTRACE_CACHE, "simtrace 1 cache x\n", -1, "t:1: header wants" },
	{ SIMTRACE_FILERA, "5 3\nsimtrace 1 filera\n", -1, "t:2: want 2 fields (INDEX NPAGES), got 3 fields" },
	{ SIMTRACE_FILERA, "5\n", -1, "t:1: want 2 fields (INDEX NPAGES), got 1 fields" },
	{ SIMTRACE_SWAP, "1\n2 3\n", -1, "t:2: want 1 field (PAGE), got 2 fields" },
	{ SIMTRACE_CACHE, "1 2 3 4 5\n", -1, "t:1: want 3 or 4 fields (SEQ KEY PAGE [FLAGS]), got 5 fields" },
	{ SIMTRACE_SWAP, "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25\n", -1,
	  "t:1: want 1 field (PAGE), got more than 24 fields" },
	{ SIMTRACE_BLOCK, "1,2,3,4\n", -1, "t:1: want OFFSET,SIZE[,R|W], got 4 fields" },
	{ SIMTRACE_SWAP, "1\n\0002\n", -1, "t: byte offset 2: NUL byte" },
};

static void test_cases(void)
{
	char eb[256], what[512];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t len = strlen(cases[i].in);
		struct simtrace r;
		long n;

		if (strstr(cases[i].want, "NUL"))
			len = 6;
		n = read_all(cases[i].in, len, cases[i].kind, eb, sizeof(eb), &r);
		snprintf(what, sizeof(what), "case %zu: %s records %ld (want %ld), '%s'",
			 i, simtrace_kind_name(cases[i].kind), n, cases[i].records, eb);
		if (cases[i].records < 0)
			check(n == -1 && strstr(eb, cases[i].want), what);
		else
			check(n == cases[i].records &&
			      r.header == (cases[i].want[0] == 'H'), what);
	}
}

static void test_lines(void)
{
	char big[SIMTRACE_MAX_LINE + 16], eb[256];
	struct simtrace r;
	uint64_t v;

	memset(big, '1', sizeof(big));
	big[sizeof(big) - 1] = '\n';
	check(read_all(big, sizeof(big), SIMTRACE_SWAP, eb, sizeof(eb), NULL) == -1 &&
	      strstr(eb, "t:1: line longer than 4096 bytes"), "an overlong line is refused");
	big[SIMTRACE_MAX_LINE] = '\n';
	check(read_all(big, SIMTRACE_MAX_LINE + 1, SIMTRACE_SWAP, eb, sizeof(eb), NULL) == 1,
	      "a line of exactly the limit is read");

	check(simtrace_open(&r, "t", "simtrace 1 filera\n\n7 300\n", 25,
			    SIMTRACE_FILERA, eb, sizeof(eb)) == 0 &&
	      simtrace_next(&r) == 1 && r.line == 3, "records keep their line numbers");
	check(simtrace_u64(&r, 0, "INDEX", 0, 10, &v) == 0 && v == 7, "a number in range");
	check(simtrace_u64(&r, 1, "NPAGES", 1, 256, &v) == -1 &&
	      !strcmp(eb, "t:3: NPAGES 300 out of range 1..256"), "a number out of range");
	check(simtrace_u64(&r, 2, "X", 0, 1, &v) == -1 && !strcmp(eb, "t:3: X missing"),
	      "a missing field");
	{
		const char *s = "18446744073709551616", *m = "18446744073709551615";
		const char *neg = "-1";

		check(simtrace_parse_u64(s, s + strlen(s), &v) == -2, "2^64 overflows");
		check(simtrace_parse_u64(m, m + strlen(m), &v) == 0 && v == UINT64_MAX,
		      "2^64-1 is read");
		check(simtrace_parse_u64(s, s, &v) == -1, "an empty number is junk");
		check(simtrace_parse_u64(neg, neg + 2, &v) == -1, "a sign is junk");
	}
}

static void test_peek(void)
{
	static const struct {
		const char *in;
		int kind;
	} peeks[] = {
		{ "# c\n\nsimtrace 1 block\n0,4096\n", SIMTRACE_BLOCK },
		{ "simtrace 1 cache\n1 2 3 4 5 6\n", SIMTRACE_CACHE },
		{ "simtrace 1 filera", SIMTRACE_FILERA },
		{ "simtrace 2 block\n", -1 },
		{ "simtrace 1 tape\n", -1 },
		{ "0,4096\nsimtrace 1 block\n", -1 },
		{ "", -1 },
	};
	char what[128];

	for (size_t i = 0; i < sizeof(peeks) / sizeof(peeks[0]); i++) {
		int k = simtrace_peek_kind(peeks[i].in, strlen(peeks[i].in));

		snprintf(what, sizeof(what), "peek %zu: kind %d, want %d", i, k, peeks[i].kind);
		check(k == peeks[i].kind, what);
	}
}

static void test_sched(void)
{
	static const char good[] =
		"simtrace 1 sched\n"
		"0 0 capture\n"
		"100000100000 1 learned_migrate -9223372036854775808 500000 300 0 1 3 0 1 0 2 0 0 1 1\n"
		"100001000000 2 learned_wake 131 100 2000 100 50 1024 1024 1 2 2 3 117 1 0 0 1 1 0\n"
		"100001200000 2 wakeup 4194303 1023\n"
		"100001210000 2 migrate_task 133 3 0\n"
		"18446744073709551615 3 switch 0 1 131\n";
	static const struct {
		const char *in, *want;
	} bad[] = {
		{ "simtrace 1 cache\n", "t:1: a trace of kind 'cache', want 'sched'" },
		{ "5 1\n", "t:1: want TS CPU EVENT VALUES..., got 2 fields" },
		{ "5 1 tick\n", "t:1: unknown sched event 'tick'" },
		{ "5 1 capture 1\n", "t:1: event capture wants 0 values, got 1" },
		{ "5 1 wakeup 7\n", "t:1: event wakeup wants 2 values, got 1" },
		{ "5 1024 wakeup 7 1\n", "t:1: CPU 1024 out of range 0..1023" },
		{ "-5 1 wakeup 7 1\n", "t:1: TS '-5' is not an unsigned decimal" },
		{ "5 1 wakeup 4194304 1\n", "t:1: pid 4194304 out of range 0..4194303" },
		{ "5 1 wakeup -1 1\n", "t:1: pid -1 out of range 0..4194303" },
		{ "5 1 wakeup 7 +1\n", "t:1: target_cpu '+1' is not a decimal" },
		{ "5 1 wakeup 7 -\n", "t:1: target_cpu '-' is not a decimal" },
		{ "5 1 switch 1 2 3\n", "t:1: preempted 2 out of range 0..1" },
		{ "5 1 learned_migrate -9223372036854775809 1 1 1 1 1 1 1 1 1 1 1 1 1\n",
		  "t:1: delta_ns '-9223372036854775809' exceeds 64 bits" },
		{ "5 1 learned_wake 1 1 1 1 1 1024 1024 1 1 1 1 99 1 1 1 1 1 1\n",
		  "t:1: imbalance_pct 99 out of range 100..1000" },
		{ "5 1 learned_wake 1 1 1 1 1 1025 1024 1 1 1 1 117 1 1 1 1 1 1\n",
		  "t:1: this_cap 1025 out of range 0..1024" },
	};
	struct simtrace_sched e[8];
	struct simtrace r;
	char eb[256], what[512], *out = NULL;
	size_t olen;
	FILE *f;
	int n = 0, ret;
	int64_t v;

	check(simtrace_open(&r, "t", good, sizeof(good) - 1, SIMTRACE_SCHED, eb,
			    sizeof(eb)) == 0, "open a sched trace");
	while (n < 8 && (ret = simtrace_sched_next(&r, &e[n])) == 1)
		n++;
	snprintf(what, sizeof(what), "six sched records (%d, '%s')", n, eb);
	check(n == 6 && ret == 0 && r.header, what);
	check(e[0].ev == SIMTRACE_SCHED_CAPTURE && e[1].ev == SIMTRACE_SCHED_LEARNED_MIGRATE &&
	      e[1].v[0] == INT64_MIN && e[1].v[9] == 2 && e[1].v[13] == 1 &&
	      e[2].ev == SIMTRACE_SCHED_LEARNED_WAKE && e[2].ts == 100001000000ull &&
	      e[2].cpu == 2 && e[2].v[0] == 131 && e[2].v[11] == 117 && e[2].v[17] == 0 &&
	      e[3].v[0] == 4194303 && e[3].v[1] == 1023 &&
	      e[4].ev == SIMTRACE_SCHED_MIGRATE_TASK && e[4].v[2] == 0 &&
	      e[5].ts == UINT64_MAX && e[5].v[1] == 1 && e[5].v[2] == 131, "sched values");
	f = open_memstream(&out, &olen);
	simtrace_write_header(f, SIMTRACE_SCHED);
	for (int i = 0; i < n; i++)
		simtrace_sched_write(f, &e[i]);
	fclose(f);
	check(olen == sizeof(good) - 1 && !memcmp(out, good, olen),
	      "sched records written back byte for byte");
	free(out);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		long got = read_all(bad[i].in, strlen(bad[i].in), SIMTRACE_SCHED, eb,
				    sizeof(eb), NULL);

		snprintf(what, sizeof(what), "sched %zu refused: '%s'", i, eb);
		check(got == -1 && !strcmp(eb, bad[i].want), what);
	}
	check(simtrace_open(&r, "t", "5\n", 2, SIMTRACE_SWAP, eb, sizeof(eb)) == 0 &&
	      simtrace_sched_next(&r, e) == -1 && !strcmp(eb, "t:0: not a sched trace"),
	      "sched records only from a sched trace");
	check(simtrace_has_header("# c\n\n simtrace 9 x\n", 19) &&
	      simtrace_has_header("simtrace", 8) &&
	      !simtrace_has_header("# tracer: nop\n  simtrace-12 [000] x\n", 36) &&
	      !simtrace_has_header("", 0) && !simtrace_has_header("# simtrace 1 sched\n", 19),
	      "has_header: the first line that is not a comment");
	{
		const char *m = "-9223372036854775808", *x = "9223372036854775808";

		check(simtrace_parse_s64(m, m + strlen(m), &v) == 0 && v == INT64_MIN,
		      "-2^63 is read");
		check(simtrace_parse_s64(x, x + strlen(x), &v) == -2, "2^63 overflows");
		check(simtrace_parse_s64(x, x, &v) == -1, "an empty signed number is junk");
	}
}

/* xorshift64, for the fuzz only */
static uint64_t fz = 0x2545f4914f6cdd1dull;

static uint64_t fz_below(uint64_t n)
{
	fz ^= fz << 13;
	fz ^= fz >> 7;
	fz ^= fz << 17;
	return fz % n;
}

static void test_fuzz(void)
{
	static const char *const seeds[SIMTRACE_NR_KINDS] = {
		[SIMTRACE_CACHE] = "# c\nsimtrace 1 cache\n1 8:1:5 0 R\n2 8:1:5 1 WHA\n3 7 9\n",
		[SIMTRACE_BLOCK] = "simtrace 1 block\n0,4096,R\n8192 4096 W\n",
		[SIMTRACE_SWAP] = "simtrace 1 swap\n0\n1\n2 # c\n4095\n",
		[SIMTRACE_FILERA] = "5 3\n9 1\r\n# c\n100 256\n",
		[SIMTRACE_SCHED] = "simtrace 1 sched\n0 0 capture\n5 1 wakeup 7 3\n"
				   "9 3 switch 0 1 7\n12 2 migrate_task 7 3 1\n",
	};
	static const char alphabet[] = "0123456789 \t\n\r#,:simtracefleRWHMA\0-";
	char eb[256], what[128];

	for (int k = 0; k < SIMTRACE_NR_KINDS; k++) {
		size_t slen = strlen(seeds[k]);
		int bad = 0, refused = 0;

		for (int m = 0; m < 3000; m++) {
			char buf[256];
			size_t len = slen;
			long n;

			memcpy(buf, seeds[k], slen);
			for (int e = 1 + (int)fz_below(4); e > 0; e--) {
				size_t at = len ? fz_below(len + 1) : 0;
				char c = alphabet[fz_below(sizeof(alphabet) - 1)];

				switch (fz_below(4)) {
				case 0:	/* replace */
					if (at < len)
						buf[at] = c;
					break;
				case 1:	/* insert */
					if (len < sizeof(buf)) {
						memmove(buf + at + 1, buf + at, len - at);
						buf[at] = c;
						len++;
					}
					break;
				case 2:	/* delete */
					if (at < len) {
						memmove(buf + at, buf + at + 1, len - at - 1);
						len--;
					}
					break;
				default: /* truncate */
					len = at;
				}
			}
			n = read_all(buf, len, (enum simtrace_kind)k, eb, sizeof(eb), NULL);
			if (n < 0) {
				refused++;
				bad += strncmp(eb, "t:", 2) != 0;
			}
		}
		snprintf(what, sizeof(what),
			 "fuzz %s: 3000 mutants, %d refused, each with a t: message",
			 simtrace_kind_name((enum simtrace_kind)k), refused);
		check(!bad && refused > 0 && refused < 3000, what);
	}
}

/*
 * Read @in[0..@len) as a cache trace (@bin: insisting on the binary
 * form) into @out (up to @max records).  Returns the records, or -1 with
 * the message in @eb.
 */
static long read_cache(const void *in, size_t len, bool bin, char *eb, size_t el,
		       struct simtrace_cache *out, long max)
{
	char *buf = malloc(len ? len : 1);
	struct simtrace_cache c;
	struct simtrace r;
	long n = 0;
	int ret;

	memcpy(buf, in, len);
	eb[0] = 0;
	if (bin ? simtrace_open_bin(&r, "t", buf, len, eb, el) :
		  simtrace_open(&r, "t", buf, len, SIMTRACE_CACHE, eb, el)) {
		free(buf);
		return -1;
	}
	while ((ret = simtrace_cache_next(&r, &c)) == 1) {
		if (n < max)
			out[n] = c;
		n++;
	}
	simtrace_close(&r);
	free(buf);
	return ret < 0 ? -1 : n;
}

static bool cache_eq(const struct simtrace_cache *a, const struct simtrace_cache *b)
{
	if (a->seq != b->seq || a->page != b->page || a->flags != b->flags ||
	    a->key.nparts != b->key.nparts)
		return false;
	for (int i = 0; i < a->key.nparts; i++)
		if (a->key.part[i] != b->key.part[i])
			return false;
	return true;
}

static void test_cache_text(void)
{
	static const char in[] = "simtrace 1 cache\n10 8:1:99 0 RHA\n10 8:1:99 0 W\n"
				 "11 3 5 -\n12 18446744073709551615:0:7 1\n";
	static const struct {
		const char *in, *want;
	} bad[] = {
		{ "1 1:2:3:4 1\n", "t:1: KEY '1:2:3:4': key has more than 3" },
		{ "1 1::2 1\n", "t:1: KEY '1::2': key part is not an unsigned decimal" },
		{ "1 18446744073709551616 1\n", "t:1: KEY '18446744073709551616': key part exceeds" },
		{ "1 1 1 RW\n", "t:1: FLAGS 'RW': flags R and W exclude" },
		{ "1 1 1 HM\n", "t:1: FLAGS 'HM': flags H and M exclude" },
		{ "1 1 1 AA\n", "t:1: FLAGS 'AA': repeated flag letter" },
		{ "1 1 1 X\n", "t:1: FLAGS 'X': bad flag letter" },
		{ "x 1 1\n", "t:1: SEQ 'x' is not an unsigned decimal" },
		{ "1 1 -1\n", "t:1: PAGE '-1' is not an unsigned decimal" },
	};
	struct simtrace_cache c[8];
	struct simtrace r;
	char eb[256], what[512];

	check(read_cache(in, sizeof(in) - 1, false, eb, sizeof(eb), c, 8) == 4 &&
	      c[0].seq == 10 && c[0].key.nparts == 3 && c[0].key.part[2] == 99 &&
	      c[0].flags == (SIMTRACE_F_KHIT | SIMTRACE_F_RA) && c[1].flags == SIMTRACE_F_WRITE &&
	      c[2].key.nparts == 1 && c[2].page == 5 && !c[2].flags &&
	      c[3].key.part[0] == UINT64_MAX && c[3].page == 1, "text cache records");
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		long n = read_cache(bad[i].in, strlen(bad[i].in), false, eb, sizeof(eb), c, 8);

		snprintf(what, sizeof(what), "cache text %zu refused: '%s'", i, eb);
		check(n == -1 && strstr(eb, bad[i].want) == eb, what);
	}
	check(read_cache(in, sizeof(in) - 1, true, eb, sizeof(eb), c, 8) == -1 &&
	      !strcmp(eb, "t: byte offset 0: bad magic (want CSTRACE1)"),
	      "the binary form insists on its magic");
	check(simtrace_open(&r, "t", "5\n", 2, SIMTRACE_SWAP, eb, sizeof(eb)) == 0 &&
	      simtrace_cache_next(&r, c) == -1 && !strcmp(eb, "t:0: not a cache trace"),
	      "cache records only from a cache trace");
}

/* Write @n records of @c (keys interned in first-use order) in binary. */
static char *write_bin(const struct simtrace_cache *c, long n, size_t *len)
{
	struct simtrace_key keys[16];
	uint32_t idx[64], nkeys = 0;
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);
	uint64_t prev = 0;

	for (long i = 0; i < n; i++) {
		uint32_t k;

		for (k = 0; k < nkeys; k++)
			if (cache_eq(&(struct simtrace_cache){ .key = keys[k] },
				     &(struct simtrace_cache){ .key = c[i].key }))
				break;
		if (k == nkeys)
			keys[nkeys++] = c[i].key;
		idx[i] = k;
	}
	simtrace_bin_write_header(f, nkeys, (uint64_t)n);
	for (uint32_t k = 0; k < nkeys; k++)
		simtrace_bin_write_key(f, &keys[k]);
	for (long i = 0; i < n; i++) {
		simtrace_bin_write_record(f, c[i].flags, c[i].seq - prev, idx[i], c[i].page);
		prev = c[i].seq;
	}
	fclose(f);
	return buf;
}

static void test_cache_bin(void)
{
	static const char text[] = "simtrace 1 cache\n0 8:1:5 0 R\n1 8:1:5 1 WHA\n"
				   "300 7 18446744073709551615 M\n300 7 9\n"
				   "18446744073709551615 1:2 128 A\n";
	static const struct {
		const char *name;
		char in[48];
		size_t len;
		const char *want;
	} bad[] = {
		{ "short header", "CSTRACE1", 8, "t: byte offset 8: truncated header (24 bytes needed)" },
		{ "magic", "CSTRACEX\1\0\0\0\1\0\0\0\1\0\0\0\0\0\0\0", 24,
		  "t: byte offset 0: bad magic" },
		{ "version", "CSTRACE1\2\0\0\0\1\0\0\0\1\0\0\0\0\0\0\0", 24,
		  "t: byte offset 8: unsupported version 2 (want 1)" },
		{ "no keys", "CSTRACE1\1\0\0\0\0\0\0\0\1\0\0\0\0\0\0\0", 24,
		  "t: byte offset 12: no keys" },
		{ "no records", "CSTRACE1\1\0\0\0\1\0\0\0\0\0\0\0\0\0\0\0", 24,
		  "t: byte offset 16: record count 0 out of range 1..2^31" },
		{ "2^31 + 1 records", "CSTRACE1\1\0\0\0\1\0\0\0\1\0\0\x80\0\0\0\0", 24,
		  "t: byte offset 16: record count 2147483649 out of range" },
		{ "keys > records", "CSTRACE1\1\0\0\0\3\0\0\0\2\0\0\0\0\0\0\0", 24,
		  "t: byte offset 12: 3 keys but only 2 records" },
		{ "key table", "CSTRACE1\1\0\0\0\2\0\0\0\2\0\0\0\0\0\0\0\1\5", 26,
		  "t: byte offset 26: truncated key table (key 1)" },
		{ "key parts", "CSTRACE1\1\0\0\0\1\0\0\0\1\0\0\0\0\0\0\0\4", 25,
		  "t: byte offset 24: key 0 has 4 parts (want 1..3)" },
		{ "key varint", "CSTRACE1\1\0\0\0\1\0\0\0\1\0\0\0\0\0\0\0\2\5\x80", 27,
		  "t: byte offset 26: key 0: truncated varint" },
		{ "dup key", "CSTRACE1\1\0\0\0\2\0\0\0\2\0\0\0\0\0\0\0\1\5\1\5", 28,
		  "t: byte offset 26: key 1 duplicates an earlier key" },
		{ "flags", "CSTRACE1\1\0\0\0\1\0\0\0\1\0\0\0\0\0\0\0\1\5\x20\0\0\0", 30,
		  "t: byte offset 26: record 0: unknown flag bits 0x20" },
		{ "H+M", "CSTRACE1\1\0\0\0\1\0\0\0\1\0\0\0\0\0\0\0\1\5\6\0\0\0", 30,
		  "t: byte offset 26: record 0: flags H and M exclude each other" },
		{ "key index", "CSTRACE1\1\0\0\0\1\0\0\0\1\0\0\0\0\0\0\0\1\5\0\0\1\0", 30,
		  "t: byte offset 26: record 0: key index 1 >= 1 keys" },
		{ "varint", "CSTRACE1\1\0\0\0\1\0\0\0\1\0\0\0\0\0\0\0\1\5\0\0\0\xff\xff\xff\xff"
		  "\xff\xff\xff\xff\xff\x7f", 39, "t: byte offset 39: record 0: varint exceeds 64 bits" },
		{ "long varint", "CSTRACE1\1\0\0\0\1\0\0\0\1\0\0\0\0\0\0\0\1\5\0\0\0\x80\x80\x80\x80"
		  "\x80\x80\x80\x80\x80\x80\1", 40, "record 0: varint" },
		{ "seq overflow", "CSTRACE1\1\0\0\0\1\0\0\0\2\0\0\0\0\0\0\0\1\5\0\xff\xff\xff\xff"
		  "\xff\xff\xff\xff\xff\1\0\0\0\1\0\0", 43,
		  "t: byte offset 39: record 1: sequence number overflows" },
		{ "trailing", "CSTRACE1\1\0\0\0\1\0\0\0\1\0\0\0\0\0\0\0\1\5\0\0\0\0\0", 31,
		  "t: byte offset 30: 1 trailing bytes after the last record" },
		{ "missing", "CSTRACE1\1\0\0\0\1\0\0\0\2\0\0\0\0\0\0\0\1\5\0\0\0\0", 30,
		  "t: byte offset 30: truncated: record 1 of 2 missing" },
	};
	struct simtrace_cache want[8], got[8];
	struct simtrace r;
	char eb[256], what[512], *b;
	size_t len, bad_cuts = 0;
	long n;

	n = read_cache(text, sizeof(text) - 1, false, eb, sizeof(eb), want, 8);
	check(n == 5, "the text form of the binary test trace");
	b = write_bin(want, n, &len);
	check(len == 24 + 5 + 3 + 4 + 5 + 15 + 4 + 13, "the binary form's size");
	check(read_cache(b, len, false, eb, sizeof(eb), got, 8) == 5 &&
	      read_cache(b, len, true, eb, sizeof(eb), got, 8) == 5, "binary opened either way");
	for (int i = 0; i < 5; i++) {
		snprintf(what, sizeof(what), "binary record %d = text record", i);
		check(cache_eq(&want[i], &got[i]), what);
	}
	check(simtrace_peek_kind(b, len) == SIMTRACE_CACHE, "peek: the binary magic is the cache kind");
	check(simtrace_open(&r, "t", b, len, SIMTRACE_CACHE, eb, sizeof(eb)) == 0 && r.bin &&
	      r.nkeys == 3 && simtrace_next(&r) == -1 &&
	      !strcmp(eb, "t: byte offset 0: a binary trace has no text records"),
	      "no text records from a binary trace");
	simtrace_close(&r);
	check(simtrace_open(&r, "t", b, len, SIMTRACE_SWAP, eb, sizeof(eb)) == -1 &&
	      strstr(eb, "NUL byte"), "the binary form is of the cache kind only");
	for (size_t cut = 0; cut < len; cut++)
		if (read_cache(b, cut, true, eb, sizeof(eb), got, 8) != -1 ||
		    strncmp(eb, "t: byte offset ", 15))
			bad_cuts++;
	check(!bad_cuts, "every truncation of a binary trace is refused with a byte offset");
	free(b);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		n = read_cache(bad[i].in, bad[i].len, true, eb, sizeof(eb), got, 8);
		snprintf(what, sizeof(what), "binary %s refused: '%s'", bad[i].name, eb);
		check(n == -1 && strstr(eb, bad[i].want), what);
	}
	/* a large key table: the duplicate set grows, and finds a late duplicate */
	{
		static struct simtrace_cache many[4096];
		char *big;
		size_t blen;

		for (int i = 0; i < 4096; i++)
			many[i] = (struct simtrace_cache){ .seq = (uint64_t)i,
				.key = { 2, { (uint64_t)i * 7919, (uint64_t)i } }, .page = 1 };
		big = malloc(200000);
		{
			FILE *f = fmemopen(big, 200000, "w");
			uint64_t prev = 0;

			simtrace_bin_write_header(f, 4096, 4096);
			for (int i = 0; i < 4096; i++)
				simtrace_bin_write_key(f, &many[i].key);
			for (int i = 0; i < 4096; i++) {
				simtrace_bin_write_record(f, 0, many[i].seq - prev, (uint32_t)i, 1);
				prev = many[i].seq;
			}
			blen = (size_t)ftell(f);
			fclose(f);
		}
		n = read_cache(big, blen, true, eb, sizeof(eb), got, 0);
		snprintf(what, sizeof(what), "4096 distinct keys read (%ld, '%s')", n, eb);
		check(n == 4096, what);
		/* key 4095 := key 3 (both 2 parts; same length varints? rewrite) */
		{
			FILE *f = fmemopen(big, 200000, "w");

			many[4095].key = many[3].key;
			simtrace_bin_write_header(f, 4096, 4096);
			for (int i = 0; i < 4096; i++)
				simtrace_bin_write_key(f, &many[i].key);
			blen = (size_t)ftell(f);
			fclose(f);
		}
		n = read_cache(big, blen, true, eb, sizeof(eb), got, 0);
		check(n == -1 && strstr(eb, "key 4095 duplicates an earlier key"), eb);
		free(big);
	}
}

/* Byte mutations of a valid binary trace: parsed, or refused at an offset. */
static void test_fuzz_bin(void)
{
	static const char text[] = "1 8:1:5 0 R\n2 8:1:5 1 WHA\n3 7 9\n900 7 300 M\n"
				   "901 1:2:3 70000 A\n";
	struct simtrace_cache c[8];
	int bad = 0, refused = 0;
	char eb[256], what[128], *seed;
	size_t slen;
	long n = read_cache(text, sizeof(text) - 1, false, eb, sizeof(eb), c, 8);

	seed = write_bin(c, n, &slen);
	for (int m = 0; m < 3000; m++) {
		char buf[128];
		size_t len = slen;

		memcpy(buf, seed, slen);
		for (int e = 1 + (int)fz_below(3); e > 0; e--) {
			size_t at = fz_below(len + 1);

			switch (fz_below(4)) {
			case 0:	/* replace */
			case 1:
				if (at < len)
					buf[at] = (char)fz_below(256);
				break;
			case 2:	/* insert */
				if (len < sizeof(buf)) {
					memmove(buf + at + 1, buf + at, len - at);
					buf[at] = (char)fz_below(256);
					len++;
				}
				break;
			default: /* truncate */
				len = at;
			}
		}
		if (read_cache(buf, len, true, eb, sizeof(eb), c, 8) < 0) {
			refused++;
			bad += strncmp(eb, "t: byte offset ", 15) != 0;
		}
	}
	free(seed);
	snprintf(what, sizeof(what),
		 "fuzz binary: 3000 mutants, %d refused, each with a byte offset", refused);
	check(!bad && refused > 0 && refused < 3000, what);
}

int main(void)
{
	test_cases();
	test_lines();
	test_peek();
	test_sched();
	test_cache_text();
	test_cache_bin();
	test_fuzz();
	test_fuzz_bin();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
