// SPDX-License-Identifier: GPL-2.0
/*
 * cachesim unit tests: known answers on hand-computed traces for every
 * policy, cross-checks on many random and synthetic traces, parser
 * rejection of malformed input, binary round trips.  Prints "ok - ..." or
 * "FAIL - ..." per test and exits nonzero on any failure.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cachesim.h"
#include "sim_rand.h"
#include "check.h"

static unsigned passed, failed;

static void result(bool ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void result(bool ok, const char *fmt, ...)
{
	va_list ap;

	fputs(ok ? "ok - " : "FAIL - ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (ok)
		passed++;
	else
		failed++;
}

/* A trace of single-letter pages of one file: page = letter - 'A'. */
static void letters(struct cs_trace *t, const char *s)
{
	struct simtrace_key k = { .nparts = 1, .part = { 7 } };
	const char *why;
	u64 i;

	trace_init(t);
	for (i = 0; s[i]; i++)
		if (trace_add(t, i, &k, (u64)(s[i] - 'A'), 0, &why))
			die("letters: %s", why);
}

struct evlog {
	const struct cs_trace *t;
	char buf[64];
	size_t n;
};

static void log_evict(void *ctx, u32 id, size_t pos)
{
	struct evlog *e = ctx;

	(void)pos;
	if (e->n + 1 < sizeof(e->buf))
		e->buf[e->n++] = (char)('A' + e->t->id_page[id]);
	e->buf[e->n] = 0;
}

/*
 * Known answers, computed by hand from each algorithm's definition (the
 * derivations are in README.md, "Known-answer tests").  pattern: 'h' hit,
 * 'm' miss per access; evicted: the victims in order.
 */
static const struct kat {
	const char *policy, *trace;
	size_t cap;
	const char *pattern, *evicted;
} kats[] = {
	{ "lru", "ABCADBEABC", 3, "mmmhmmmmhm", "BCADE" },
	{ "fifo", "ABCADBEABC", 3, "mmmhmhmmmm", "ABCDE" },
	{ "clock", "ABCADBEABC", 3, "mmmhmmmmhm", "BCADE" },
	{ "sieve", "ABCADBEABC", 3, "mmmhmmmhhm", "BCDE" },
	{ "lfu", "ABCADBEABC", 3, "mmmhmmmhhm", "BCDE" },
	{ "opt", "ABCADBEABC", 3, "mmmhmhmhhm", "CDE" },
	{ "linux", "ABCADBEABC", 3, "mmmhmmmhhm", "BCDE" },
	{ "linux", "AABBCDECDAE", 4, "mhmhmmmmmhm", "CDEA" },
	{ "arc", "ABACABCADB", 2, "mmhmhmhmmm", "BABCD" },
	{ "s3fifo", "AAABCDBAEB", 3, "mhhmmmmhmh", "BCD" },
	{ "s3fifo", "ABCDEFABAXCDEYBAC", 5, "mmmmmmmmhmmmmmmhh", "ABCDEFXBY" },
	{ "sfreq", "AABCDBACD", 3, "mhmmmmhmm", "BCDB" },
	{ "lru", "AABCDBACD", 3, "mhmmmhmmm", "ACDB" },
};

static void test_kats(void)
{
	size_t i, j;

	for (i = 0; i < sizeof(kats) / sizeof(kats[0]); i++) {
		const struct kat *k = &kats[i];
		struct cs_trace t;
		struct cs_policy *p;
		struct evlog e = { 0 };
		char pat[64] = { 0 };
		u8 hits[64];

		letters(&t, k->trace);
		e.t = &t;
		p = policy_new(policy_find(k->policy), &t, k->cap);
		p->evict_cb = log_evict;
		p->evict_ctx = &e;
		policy_run(p, hits);
		for (j = 0; j < t.n; j++)
			pat[j] = hits[j] ? 'h' : 'm';
		result(!strcmp(pat, k->pattern) && !strcmp(e.buf, k->evicted),
		       "known answer %s size %zu on %s: %s evicted %s (want %s evicted %s)",
		       k->policy, k->cap, k->trace, pat, e.buf, k->pattern, k->evicted);
		policy_free(p);
		trace_free(&t);
	}
}

/*
 * Array-based references for SIEVE and LFU (linear scans, no lists, no
 * heap), written from the papers' definitions independently of simple.c and ghost.c.
 */
static u64 sieve_naive(const struct cs_trace *t, size_t cap)
{
	/* q[0] is the tail (oldest), q[sz - 1] the head (newest) */
	u32 *q = xmalloc(cap * sizeof(u32));
	u8 *vis = xcalloc(cap, 1);
	size_t sz = 0, i, j, o;
	long hand = -1;
	u64 m = 0;

	for (i = 0; i < t->n; i++) {
		u32 id = t->id[i];

		for (j = 0; j < sz && q[j] != id; j++)
			;
		if (j < sz) {
			vis[j] = 1;
			continue;
		}
		m++;
		if (sz == cap) {
			o = hand >= 0 ? (size_t)hand : 0;
			while (vis[o]) {
				vis[o] = 0;
				o = o + 1 < sz ? o + 1 : 0;
			}
			memmove(q + o, q + o + 1, (sz - o - 1) * sizeof(u32));
			memmove(vis + o, vis + o + 1, sz - o - 1);
			sz--;
			hand = o < sz ? (long)o : -1;
		}
		q[sz] = id;
		vis[sz++] = 0;
	}
	free(q);
	free(vis);
	return m;
}

static u64 lfu_naive(const struct cs_trace *t, size_t cap)
{
	u32 *q = xmalloc(cap * sizeof(u32));
	u64 *cnt = xmalloc(cap * sizeof(u64)), *last = xmalloc(cap * sizeof(u64)), m = 0;
	size_t sz = 0, i, j, b;

	for (i = 0; i < t->n; i++) {
		u32 id = t->id[i];

		for (j = 0; j < sz && q[j] != id; j++)
			;
		if (j < sz) {
			cnt[j]++;
			last[j] = i;
			continue;
		}
		m++;
		b = sz;
		if (sz == cap) {
			for (b = 0, j = 1; j < sz; j++)
				if (cnt[j] < cnt[b] || (cnt[j] == cnt[b] && last[j] < last[b]))
					b = j;
		} else {
			sz++;
		}
		q[b] = id;
		cnt[b] = 1;
		last[b] = i;
	}
	free(q);
	free(cnt);
	free(last);
	return m;
}

/* Random traces of several shapes, checked against all references. */
static void random_trace(struct cs_trace *t, struct sim_rng256 *r, int shape, size_t n, u64 pages)
{
	struct simtrace_key k = { .nparts = 2, .part = { 1, 0 } };
	const char *why;
	size_t i;

	trace_init(t);
	for (i = 0; i < n; i++) {
		u64 p;

		switch (shape) {
		case 0: p = sim_rng256_below(r, pages); break;				/* uniform */
		case 1: p = sim_rng256_below(r, 1 + sim_rng256_below(r, pages)); break;	/* skewed */
		case 2: p = i % pages; break;					/* loop */
		case 3: p = sim_rng256_below(r, 4) ? sim_rng256_below(r, pages / 4 + 1) :	/* hot + scan */
				pages + i; break;
		default: p = (i / 7) % pages + sim_rng256_below(r, 3); break;		/* drifting */
		}
		k.part[1] = p % 3;
		if (trace_add(t, i, &k, p, 0, &why))
			die("random_trace: %s", why);
	}
}

static void test_cross(void)
{
	struct sim_rng256 r;
	int shape, rep;
	static const char *const names[] = { "uniform", "skewed", "loop", "hot+scan", "drift" };
	size_t sizes[16], ns, c;

	sim_rng256_seed(&r, 42);
	for (shape = 0; shape < 5; shape++) {
		struct check_result res = { 0 };

		for (rep = 0; rep < 12; rep++) {
			struct cs_trace t;
			size_t n = 200 + sim_rng256_below(&r, 1200);
			u64 pages = 4 + sim_rng256_below(&r, 120);
			char nm[64];

			random_trace(&t, &r, shape, n, pages);
			ns = 0;
			for (c = 1; c <= t.nr_ids + 2 && ns < 16; c += 1 + c / 3)
				sizes[ns++] = c;
			snprintf(nm, sizeof(nm), "%s#%d", names[shape], rep);
			check_trace(&t, nm, sizes, ns, UINT64_MAX, &res);
			for (c = 0; c < ns; c++) {
				u64 a = simulate("sieve", &t, sizes[c]), b = sieve_naive(&t, sizes[c]);
				u64 d = simulate("lfu", &t, sizes[c]), e = lfu_naive(&t, sizes[c]);

				res.passed += 2;
				if (a != b || d != e) {
					res.failed++;
					printf("FAIL - %s size %zu: sieve %llu naive %llu, lfu %llu naive %llu\n",
					       nm, sizes[c], (unsigned long long)a, (unsigned long long)b,
					       (unsigned long long)d, (unsigned long long)e);
				}
			}
			trace_free(&t);
		}
		result(res.failed == 0 && res.passed > 0,
		       "cross-checks on 12 random %s traces: %llu checks, %llu failed (LRU = Mattson "
		       "(Fenwick and naive), OPT heap = naive, SIEVE and LFU = array references, OPT <= all, monotone, audits)",
		       names[shape], (unsigned long long)res.passed + res.failed,
		       (unsigned long long)res.failed);
	}
}

/* LRU == Mattson curve at every size 1..pages on a larger trace. */
static void test_full_curve(void)
{
	struct cs_trace t;
	struct sim_rng256 r;
	u32 *dist;
	u64 *mrc;
	size_t c, bad = 0;

	sim_rng256_seed(&r, 7);
	random_trace(&t, &r, 1, 20000, 600);
	dist = stack_distances(&t);
	mrc = xcalloc(t.nr_ids + 2, sizeof(u64));
	lru_mrc_from_distances(&t, dist, t.nr_ids + 1, mrc);
	for (c = 1; c <= t.nr_ids + 1; c++)
		bad += simulate("lru", &t, c) != mrc[c];
	result(!bad, "LRU simulation == Mattson curve at all %zu sizes of a 20000-access trace "
	       "(%zu differ)", t.nr_ids + 1, bad);
	free(dist);
	free(mrc);
	trace_free(&t);
}

/* Parser rejections: each class with its message. */
static const struct bad {
	int fmt;	/* 0 text, 1 block */
	const char *in, *want;
} bads[] = {
	{ 0, "1 1 1 R\n2 1\n", "t:2: want 3 or 4 fields" },
	{ 0, "1 1 1 R x\n", "t:1: want 3 or 4 fields" },
	{ 0, "x 1 1\n", "t:1: SEQ 'x' is not an unsigned decimal" },
	{ 0, "18446744073709551616 1 1\n", "t:1: SEQ '18446744073709551616' exceeds 2^64-1" },
	{ 0, "1 a:b 1\n", "t:1: KEY 'a:b': key part is not an unsigned decimal" },
	{ 0, "1 1:2:3:4 1\n", "t:1: KEY '1:2:3:4': key has more than 3" },
	{ 0, "1 1: 1\n", "t:1: KEY '1:': key part is not" },
	{ 0, "1 1 -3\n", "t:1: PAGE '-3' is not an unsigned decimal" },
	{ 0, "1 1 1 RQ\n", "t:1: FLAGS 'RQ': bad flag letter" },
	{ 0, "1 1 1 RW\n", "t:1: FLAGS 'RW': flags R and W exclude" },
	{ 0, "1 1 1 HM\n", "t:1: FLAGS 'HM': flags H and M exclude" },
	{ 0, "1 1 1 RR\n", "t:1: FLAGS 'RR': repeated flag letter" },
	{ 0, "5 1 1\n4 1 1\n", "t:2: sequence number decreases" },
	{ 0, "# only a comment\n\n", "t: no records" },
	{ 0, "1 1 1\n\0002 1 1\n", "t: byte offset 6: NUL byte" },
	{ 1, "0,0\n", "t:1: SIZE is 0" },
	{ 1, "4096\n", "t:1: want OFFSET,SIZE[,R|W], got 1 fields" },
	{ 1, "1,2,3,4\n", "t:1: want OFFSET,SIZE[,R|W], got 4 fields" },
	{ 1, "0,4096,X\n", "t:1: operation 'X' is not R or W" },
	{ 1, "18446744073709551615,2\n", "t:1: OFFSET + SIZE exceeds 2^64" },
	{ 1, "0,1099511627776\n", "t:1: request spans 268435456 pages" },
	{ 1, "-1,5\n", "t:1: OFFSET '-1' is not" },
};

static void test_bad_text(void)
{
	size_t i;
	char eb[256];

	for (i = 0; i < sizeof(bads) / sizeof(bads[0]); i++) {
		struct cs_trace t;
		size_t len = strlen(bads[i].in);
		int r;

		if (strstr(bads[i].want, "NUL"))
			len = 13;
		trace_init(&t);
		eb[0] = 0;
		r = bads[i].fmt ? trace_parse_block(&t, "t", bads[i].in, len, 4096, eb, sizeof(eb)) :
				  trace_parse_text(&t, "t", bads[i].in, len, eb, sizeof(eb));
		result(r == -1 && strstr(eb, bads[i].want), "rejects %s input #%zu: '%s'",
		       bads[i].fmt ? "block" : "text", i, eb);
		trace_free(&t);
	}
}

static void test_good_text(void)
{
	static const char in[] = "# comment\n\n  10\t8:1:99 0 RHA # trailing\r\n"
				 "10 8:1:99 0 W\n11 3 5 -\n12 8:1:99 1\n";
	static const char blk[] = "# offset,size\n0,8192\n4095 2 W\n8192,1,r\n";
	struct cs_trace t;
	char eb[256];

	trace_init(&t);
	result(!trace_parse_text(&t, "t", in, sizeof(in) - 1, eb, sizeof(eb)) && t.n == 4 &&
	       t.nr_ids == 3 && t.nr_objs == 2 && t.flags[0] == (CS_F_KHIT | CS_F_RA) &&
	       t.flags[1] == CS_F_WRITE && t.id[0] == t.id[1] && t.seq[2] == 11,
	       "parses a valid text trace with comments, CRLF, tabs and all flag forms");
	trace_free(&t);
	trace_init(&t);
	result(!trace_parse_block(&t, "t", blk, sizeof(blk) - 1, 4096, eb, sizeof(eb)) &&
	       t.n == 5 && t.nr_ids == 3 && t.id_page[t.id[2]] == 0 && t.id_page[t.id[3]] == 1 &&
	       t.flags[2] == CS_F_WRITE && t.id_page[t.id[4]] == 2,
	       "splits block requests into pages (0+8192 -> 0,1; 4095+2 -> 0,1; 8192+1 -> 2)");
	trace_free(&t);
}

static char *to_mem(const struct cs_trace *t, bool bin, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);

	if (!f)
		die("open_memstream");
	if (bin)
		trace_write_bin(t, f);
	else
		trace_write_text(t, f);
	fclose(f);
	return buf;
}

static void test_roundtrip(void)
{
	struct cs_trace t, u, v;
	struct sim_rng256 r;
	struct simtrace_key k;
	const char *why;
	char eb[256], *b1, *b2, *t1, *t2;
	size_t l1, l2, lt1, lt2, i;

	sim_rng256_seed(&r, 3);
	trace_init(&t);
	for (i = 0; i < 5000; i++) {
		k.nparts = (u8)(1 + sim_rng256_below(&r, 3));
		k.part[0] = sim_rng256_below(&r, 4);
		k.part[1] = sim_rng256_next(&r) >> sim_rng256_below(&r, 64);
		k.part[2] = UINT64_MAX - sim_rng256_below(&r, 2);
		if (trace_add(&t, i * 1000 + sim_rng256_below(&r, 1000), &k, sim_rng256_next(&r) >> sim_rng256_below(&r, 64),
			      (u8)(sim_rng256_below(&r, 16) & ~CS_F_KMISS), &why))
			die("%s", why);
	}
	b1 = to_mem(&t, true, &l1);
	t1 = to_mem(&t, false, &lt1);
	trace_init(&u);
	trace_init(&v);
	result(!trace_parse_bin(&u, "b", (u8 *)b1, l1, eb, sizeof(eb)) &&
	       !trace_parse_text(&v, "t", t1, lt1, eb, sizeof(eb)),
	       "binary and text output parse back (%zu vs %zu bytes)", l1, lt1);
	b2 = to_mem(&u, true, &l2);
	t2 = to_mem(&v, false, &lt2);
	result(l1 == l2 && !memcmp(b1, b2, l1) && lt1 == lt2 && !memcmp(t1, t2, lt1) &&
	       u.n == t.n && !memcmp(u.id, t.id, t.n * sizeof(u32)) &&
	       !memcmp(u.seq, t.seq, t.n * sizeof(u64)) && !memcmp(u.flags, t.flags, t.n),
	       "binary and text round trips are exact (records, keys, flags, seq)");
	/* every truncation of the binary form is rejected */
	{
		size_t cut, bad = 0;

		for (cut = 0; cut < l1; cut += 1 + cut / 50) {
			struct cs_trace w;

			trace_init(&w);
			if (!trace_parse_bin(&w, "b", (u8 *)b1, cut, eb, sizeof(eb)) ||
			    !strstr(eb, "byte offset"))
				bad++;
			trace_free(&w);
		}
		result(!bad, "every truncation of a binary trace is rejected with a byte offset "
		       "(%zu accepted)", bad);
	}
	free(b1);
	free(b2);
	free(t1);
	free(t2);
	trace_free(&t);
	trace_free(&u);
	trace_free(&v);
}

/* The heap used by OPT and LFU against a brute-force max. */
static void test_heap(void)
{
	struct iheap h;
	struct sim_rng256 r;
	u8 in[500] = { 0 };
	size_t i, bad = 0;

	sim_rng256_seed(&r, 9);
	ih_alloc(&h, 500, 500);
	for (i = 0; i < 20000; i++) {
		u32 id = (u32)sim_rng256_below(&r, 500);
		int op = (int)sim_rng256_below(&r, 4);

		if (!in[id]) {
			ih_insert(&h, id, sim_rng256_below(&r, 50), sim_rng256_below(&r, 50));
			in[id] = 1;
		} else if (op == 0) {
			ih_remove(&h, id);
			in[id] = 0;
		} else if (op == 1) {
			u32 best = NIL, j, got;

			for (j = 0; j < 500; j++)
				if (in[j] && (best == NIL || h.k1[j] > h.k1[best] ||
					      (h.k1[j] == h.k1[best] && h.k2[j] > h.k2[best])))
					best = j;
			got = ih_pop(&h);
			bad += h.k1[got] != h.k1[best] || h.k2[got] != h.k2[best];
			in[got] = 0;
		} else {
			ih_update(&h, id, sim_rng256_below(&r, 50), sim_rng256_below(&r, 50));
		}
	}
	result(!bad, "indexed heap pops the maximum (20000 random operations, %zu wrong)", bad);
	ih_free(&h);
}

int main(void)
{
	test_kats();
	test_heap();
	test_cross();
	test_full_curve();
	test_good_text();
	test_bad_text();
	test_roundtrip();
	printf("unit: %u passed, %u failed\n", passed, failed);
	return failed ? 1 : 0;
}
