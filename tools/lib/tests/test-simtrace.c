// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of tools/lib/simtrace: the header, the legacy (headerless)
 * variants, comments and blanks, every framing error with its
 * "name:line:" message, number parsing, and a seeded fuzz: mutations of
 * valid traces of every kind, each in a buffer of its exact size (ASan
 * sees any read past it), must parse or be refused with a message that
 * names the input.  Last line "N passed, M failed".
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
	while ((ret = simtrace_next(&r)) == 1)
		n++;
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
	{ SIMTRACE_CACHE, "1 2 3 4 5\n", -1, "t:1: want 3 or 4 fields (SEQ KEY PAGE [FLAGS]), got more than 4 fields" },
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

int main(void)
{
	test_cases();
	test_lines();
	test_peek();
	test_fuzz();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
