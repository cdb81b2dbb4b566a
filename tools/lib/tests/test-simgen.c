// SPDX-License-Identifier: GPL-2.0
/*
 * Unit tests of tools/lib/simgen: every family of every kind generates
 * the accesses asked for, inside the page range, the same records for the
 * same seed and other records for another; unknown families and bad
 * parameters are refused.  Last line "N passed, M failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "simgen.h"

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

struct sum {
	uint64_t hash, records, bad;
	uint64_t pages;
	enum simtrace_kind kind;
};

static void emit(void *ctx, const struct simgen_rec *r)
{
	struct sum *s = ctx;
	uint64_t v[5] = { r->key[1], r->key[2], r->index, r->n, r->flags };

	for (int i = 0; i < 5; i++)
		s->hash = (s->hash ^ v[i]) * 0x100000001b3ull;
	s->records++;
	if (s->kind != SIMTRACE_CACHE && (r->index >= s->pages || !r->n ||
					  r->index + r->n > s->pages))
		s->bad++;
	if (s->kind == SIMTRACE_SWAP && r->n != 1)
		s->bad++;
}

static int run(enum simtrace_kind kind, const char *fam, uint64_t seed,
	       struct sum *s, struct simgen *g, char *eb, size_t el)
{
	memset(s, 0, sizeof(*s));
	s->hash = 0xcbf29ce484222325ull;
	s->pages = 1024;
	s->kind = kind;
	simgen_init(g, kind, seed, 1024, 4096, emit, s);
	return simgen_run(g, fam, eb, el);
}

int main(void)
{
	static const enum simtrace_kind kinds[] = {
		SIMTRACE_SWAP, SIMTRACE_FILERA, SIMTRACE_CACHE
	};
	char eb[256], what[256], list[512];

	for (size_t k = 0; k < 3; k++) {
		const char *name = simtrace_kind_name(kinds[k]);
		char *fam, *save;

		snprintf(list, sizeof(list), "%s", simgen_families(kinds[k]));
		for (fam = strtok_r(list, " ", &save); fam; fam = strtok_r(NULL, " ", &save)) {
			struct sum a, b, c;
			struct simgen g;
			int ra, rb, rc;
			uint64_t acc;

			ra = run(kinds[k], fam, 1, &a, &g, eb, sizeof(eb));
			acc = g.accesses;
			rb = run(kinds[k], fam, 1, &b, &g, eb, sizeof(eb));
			rc = run(kinds[k], fam, 2, &c, &g, eb, sizeof(eb));
			snprintf(what, sizeof(what), "%s %s: %llu records, %llu accesses, %llu bad",
				 name, fam, (unsigned long long)a.records,
				 (unsigned long long)acc, (unsigned long long)a.bad);
			check(!ra && !rb && !rc && acc >= 4096 && acc < 4096 + 256 &&
			      !a.bad && a.records == b.records, what);
			snprintf(what, sizeof(what), "%s %s: the same seed, the same records",
				 name, fam);
			check(a.hash == b.hash, what);
			/* the deterministic families draw nothing per access */
			if (strcmp(fam, "rev") && strcmp(fam, "loop") &&
			    strncmp(fam, "stride", 6) && strcmp(fam, "interleave") &&
			    strcmp(fam, "seq")) {
				snprintf(what, sizeof(what), "%s %s: another seed, other records",
					 name, fam);
				check(a.hash != c.hash, what);
			}
		}
	}
	{
		static const struct {
			enum simtrace_kind kind;
			const char *fam, *want;
		} bad[] = {
			{ SIMTRACE_SWAP, "nope", "unknown swap family: nope" },
			{ SIMTRACE_SWAP, "stride0", "stride must be 1..64: stride0" },
			{ SIMTRACE_SWAP, "stride65", "stride must be 1..64" },
			{ SIMTRACE_SWAP, "stride4x", "stride must be 1..64" },
			{ SIMTRACE_FILERA, "stride1", "stride must be 2..64" },
			{ SIMTRACE_FILERA, "block257", "block must be 2..256" },
			{ SIMTRACE_FILERA, "hotcold2", "unknown filera family" },
			{ SIMTRACE_CACHE, "stride2", "unknown cache family" },
			{ SIMTRACE_BLOCK, "seq", "no generator of block traces" },
		};

		for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			struct simgen g;
			struct sum s;

			eb[0] = 0;
			snprintf(what, sizeof(what), "refuses %s %s", simtrace_kind_name(bad[i].kind),
				 bad[i].fam);
			check(run(bad[i].kind, bad[i].fam, 1, &s, &g, eb, sizeof(eb)) == -1 &&
			      strstr(eb, bad[i].want) && !s.records, what);
		}
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
