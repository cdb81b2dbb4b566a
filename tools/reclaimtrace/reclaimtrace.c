// SPDX-License-Identifier: GPL-2.0
/*
 * reclaimtrace: turn a guest trace of the reclaim hook (ftrace text with
 * the events learned:learned_reclaim_access and learned:learned_reclaim_decide)
 * into a page-level access trace for tools/cachesim and into OPT-labelled
 * training rows for tools/trainer.
 *
 *   reclaimtrace stats TRACE
 *   reclaimtrace convert TRACE OUT [--inodes MAP]   cachesim text trace
 *   reclaimtrace iolog TRACE --inodes MAP OUT       fio version 2 iolog
 *   reclaimtrace label TRACE --size N|auto --out CSV [--append] [--horizon H]
 *   reclaimtrace adapt EVENTS     replay feedback through the kernel's
 *                                 reclaim adaptation (adapt.c)
 *
 * Label of a decision about page p (taken after p's access i): 1 iff
 * Belady's OPT with a cache of N pages, run on the access sequence of the
 * same trace, keeps p from access i to its next access (p's next access is
 * an OPT hit); 0 if OPT evicts it first or p is never accessed again.
 * With --horizon H (1..16), a page ahead of its file's sequential reader
 * (the kernel's ahead > 0) is also labelled 1 when its next access comes
 * within H * N accesses of the decision.  OPT's choice among equally good
 * pages is arbitrary: in a loop over F > N pages it keeps the loop's
 * first pages, while a stock kernel holds the loop's last ones when the
 * reader comes round, which OPT calls not kept although keeping them
 * would gain as many hits.
 * Decisions about pages the trace never saw accessed (mapped or anonymous
 * folios) are skipped.  --size auto is the median file LRU size
 * (active + inactive) the decisions report: the cache the kernel had.
 *
 * The feature columns are computed by the kernel's own inline function,
 * learned_reclaim_features() of include/linux/learned_reclaim_features.h.
 * --inodes MAP keeps only the accesses to the files MAP lists, one
 * "INO<TAB>SIZE<TAB>PATH" line each (find DIR -type f -printf
 * '%i\t%s\t%P\n', as scripts/bench/bench-guest writes for a traced corpus entry):
 * a guest trace also holds the accesses of every other file (the
 * programs' own binaries over 9p).  iolog writes those accesses as a fio
 * read_iolog replay (version 2) of the files by PATH, relative to the
 * directory fio runs in: each file is added and opened in order of first
 * access, each access of a folio of nr pages at index i reads nr pages at
 * i * 4096, and consecutive accesses to the next pages of one file are
 * joined into one read of at most 128 KiB.
 *
 * Every malformed event or MAP line is an error with file:line; lines of
 * other events are ignored.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/learned_reclaim_features.h>

#include "adapt.h"
#include "nextuse.h"
#include "simtrace.h"

struct access {
	u32 page;
	u32 nr;		/* pages of the folio */
};

struct decision {
	u32 page;	/* UINT32_MAX: never accessed */
	u32 pos;	/* accesses before it */
	struct learned_reclaim_folio f;
	int verdict;
};

static struct access *acc;
static size_t nacc, capacc;
static struct decision *dec;
static size_t ndec, capdec;

/* (ino, index) -> dense page id, open addressing */
static u64 *hkey_ino, *hkey_idx;
static u32 *hval;
static size_t hcap, hused;
static u32 npages;

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
#include <stdarg.h>
static void die(const char *fmt, ...)
{
	va_list ap;

	fputs("reclaimtrace: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die("out of memory");
	return p;
}

static u64 hmix(u64 a, u64 b)
{
	u64 h = a * 0x9e3779b97f4a7c15ULL ^ (b + 0x632be59bd9b4e019ULL);

	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 32);
}

static void hgrow(void);

static u32 page_id(u64 ino, u64 idx, int create)
{
	size_t i;

	if (!hcap || (create && hused * 2 >= hcap))
		hgrow();
	for (i = hmix(ino, idx) & (hcap - 1); hval[i] != UINT32_MAX;
	     i = (i + 1) & (hcap - 1))
		if (hkey_ino[i] == ino && hkey_idx[i] == idx)
			return hval[i];
	if (!create)
		return UINT32_MAX;
	hkey_ino[i] = ino;
	hkey_idx[i] = idx;
	hval[i] = npages++;
	hused++;
	return hval[i];
}

static void hgrow(void)
{
	u64 *oi = hkey_ino, *ox = hkey_idx;
	u32 *ov = hval;
	size_t oc = hcap, i;

	hcap = hcap ? hcap * 2 : 1 << 16;
	hkey_ino = xrealloc(NULL, hcap * sizeof(*hkey_ino));
	hkey_idx = xrealloc(NULL, hcap * sizeof(*hkey_idx));
	hval = xrealloc(NULL, hcap * sizeof(*hval));
	memset(hval, 0xff, hcap * sizeof(*hval));
	hused = 0;
	for (i = 0; i < oc; i++) {
		size_t j;

		if (ov[i] == UINT32_MAX)
			continue;
		for (j = hmix(oi[i], ox[i]) & (hcap - 1); hval[j] != UINT32_MAX;
		     j = (j + 1) & (hcap - 1))
			;
		hkey_ino[j] = oi[i];
		hkey_idx[j] = ox[i];
		hval[j] = ov[i];
		hused++;
	}
	free(oi);
	free(ox);
	free(ov);
}

/* value of "key=" in s (the event's fields), as an unsigned 64-bit number */
static int field(const char *s, const char *key, u64 *v)
{
	size_t kl = strlen(key);
	const char *p = s;
	char *end;

	for (;;) {
		p = strstr(p, key);
		if (!p)
			return -1;
		if ((p == s || p[-1] == ' ') && p[kl] == '=')
			break;
		p += kl;
	}
	p += kl + 1;
	if (*p < '0' || *p > '9')
		return -1;
	errno = 0;
	*v = strtoull(p, &end, 10);
	if (errno || (*end && *end != ' ' && *end != '\n'))
		return -1;
	return 0;
}

static u64 need(const char *file, size_t line, const char *s, const char *key,
		u64 max)
{
	u64 v;

	if (field(s, key, &v))
		die("%s:%zu: missing or bad field '%s'", file, line, key);
	if (v > max)
		die("%s:%zu: field '%s' out of range (%llu > %llu)", file, line,
		    key, (unsigned long long)v, (unsigned long long)max);
	return v;
}

static void load(const char *file)
{
	char buf[4096];
	size_t line = 0;
	FILE *fp = fopen(file, "r");

	if (!fp)
		die("%s: %s", file, strerror(errno));
	while (fgets(buf, sizeof(buf), fp)) {
		const char *s;

		line++;
		if (!strchr(buf, '\n') && !feof(fp))
			die("%s:%zu: line longer than %zu bytes", file, line,
			    sizeof(buf) - 2);
		if (buf[0] == '#')
			continue;
		if ((s = strstr(buf, " learned_reclaim_access: "))) {
			u64 ino = need(file, line, s, "ino", UINT64_MAX);
			u64 idx = need(file, line, s, "index", UINT64_MAX);

			u64 nr = need(file, line, s, "nr", 1 << 20);

			if (!nr)
				die("%s:%zu: field 'nr' is 0", file, line);
			if (nacc == capacc) {
				capacc = capacc ? capacc * 2 : 1 << 16;
				acc = xrealloc(acc, capacc * sizeof(*acc));
			}
			if (nacc >= UINT32_MAX - 1)
				die("%s:%zu: too many accesses", file, line);
			acc[nacc].nr = nr;
			acc[nacc++].page = page_id(ino, idx, 1);
		} else if ((s = strstr(buf, " learned_reclaim_decide: "))) {
			struct decision *d;
			u64 ino, idx, site;

			if (ndec == capdec) {
				capdec = capdec ? capdec * 2 : 1 << 16;
				dec = xrealloc(dec, capdec * sizeof(*dec));
			}
			d = &dec[ndec++];
			memset(d, 0, sizeof(*d));
			ino = need(file, line, s, "ino", UINT64_MAX);
			idx = need(file, line, s, "index", UINT64_MAX);
			site = need(file, line, s, "site", 1);
			d->f.site = site;
			d->f.file = need(file, line, s, "file", 1);
			d->f.mapped = need(file, line, s, "mapped", 1);
			d->f.referenced = need(file, line, s, "referenced", 1);
			d->f.referenced_ptes = need(file, line, s, "ptes", INT_MAX);
			d->f.workingset = need(file, line, s, "workingset", 1);
			d->f.accesses = need(file, line, s, "accesses", UINT16_MAX);
			d->f.recent = need(file, line, s, "recent", UINT8_MAX);
			d->f.scans = need(file, line, s, "scans", UINT8_MAX);
			d->f.age = need(file, line, s, "age", UINT32_MAX);
			d->f.idle = need(file, line, s, "idle", UINT32_MAX);
			d->f.nrpages = need(file, line, s, "nrpages", UINT64_MAX / 2);
			d->f.lru_active = need(file, line, s, "active", UINT64_MAX / 4);
			d->f.lru_inactive = need(file, line, s, "inactive", UINT64_MAX / 4);
			d->f.refault = need(file, line, s, "refault",
					    LEARNED_RECLAIM_REFAULT_MAX);
			d->f.ahead = need(file, line, s, "ahead", UINT32_MAX);
			d->f.stock = need(file, line, s, "stock",
					  site ? 1 : LEARNED_RECLAIM_NR_VERDICTS - 1);
			d->verdict = need(file, line, s, "verdict",
					  site ? 1 : LEARNED_RECLAIM_NR_VERDICTS - 1);
			d->f.history = true;
			d->page = d->f.file && ino ? page_id(ino, idx, 0) : UINT32_MAX;
			d->pos = nacc;
		}
	}
	if (ferror(fp))
		die("%s: read error", file);
	fclose(fp);
	if (!nacc)
		die("%s: no learned_reclaim_access events", file);
}

static int cmp_u64(const void *a, const void *b)
{
	u64 x = *(const u64 *)a, y = *(const u64 *)b;

	return x < y ? -1 : x > y;
}

static u64 auto_size(void)
{
	u64 *v = xrealloc(NULL, (ndec + 1) * sizeof(*v)), m;
	size_t i, n = 0;

	for (i = 0; i < ndec; i++)
		if (dec[i].f.file)
			v[n++] = dec[i].f.lru_active + dec[i].f.lru_inactive;
	if (!n)
		die("--size auto: the trace has no file decisions");
	qsort(v, n, sizeof(*v), cmp_u64);
	m = v[n / 2];
	free(v);
	return m ? m : 1;
}

/* OPT (Belady) with @size pages: opt_hit[i] for every access (tools/lib) */
static u32 *next_use;	/* >= nacc: never used again */
static u8 *opt_hit;

static size_t run_opt(u64 size)
{
	u32 *pages = xrealloc(NULL, (nacc ? nacc : 1) * sizeof(*pages));
	int64_t misses = -1;
	size_t i;

	if (!nextuse_fits(nacc, npages))
		die("trace too long for OPT (accesses + pages must stay below 2^32)");
	for (i = 0; i < nacc; i++)
		pages[i] = acc[i].page;
	next_use = nextuse_array(pages, nacc, npages);
	opt_hit = xrealloc(NULL, nacc);
	if (next_use)
		misses = opt_run(pages, next_use, nacc, npages, size, opt_hit);
	free(pages);
	if (misses < 0)
		die("out of memory");
	return misses;
}

static const char *const names[LEARNED_RECLAIM_NR_FEATURES] = {
	"accesses", "recent", "scans", "age", "idle", "idle_ratio", "nrpages",
	"lru", "mapped", "referenced", "workingset", "file", "active_site",
	"refault", "active_share", "ahead",
};

static int stock_keeps(const struct decision *d, int v)
{
	if (d->f.site == LEARNED_RECLAIM_SITE_ACTIVE)
		return v == 0;
	return v == LEARNED_RECLAIM_KEEP || v == LEARNED_RECLAIM_ACTIVATE;
}

static void label(const char *file, const char *size_arg, const char *out,
		  int append, u64 horizon)
{
	u32 *last_acc = xrealloc(NULL, npages * sizeof(*last_acc));
	size_t i, a = 0, rows = 0, pos = 0, agree = 0, skipped = 0;
	size_t opt_misses;
	u64 size;
	FILE *fp;
	char *end;

	if (!strcmp(size_arg, "auto")) {
		size = auto_size();
	} else {
		errno = 0;
		size = strtoull(size_arg, &end, 10);
		if (errno || *end || !size || size > UINT32_MAX)
			die("--size: '%s' is not a page count in 1..2^32-1 or auto",
			    size_arg);
	}
	opt_misses = run_opt(size);
	fp = fopen(out, append ? "a" : "w");
	if (!fp)
		die("%s: %s", out, strerror(errno));
	if (!append || ftell(fp) == 0) {
		for (i = 0; i < LEARNED_RECLAIM_NR_FEATURES; i++)
			fprintf(fp, "%s,", names[i]);
		fprintf(fp, "label\n");
	}
	memset(last_acc, 0xff, npages * sizeof(*last_acc));
	for (i = 0; i < ndec; i++) {
		const struct decision *d = &dec[i];
		s32 x[LEARNED_RECLAIM_NR_FEATURES];
		int lab, j;
		u32 k;

		for (; a < d->pos; a++)
			last_acc[acc[a].page] = a;
		if (d->page == UINT32_MAX || last_acc[d->page] == UINT32_MAX) {
			skipped++;
			continue;
		}
		k = next_use[last_acc[d->page]];
		lab = k < nacc &&
		      (opt_hit[k] || (d->f.ahead && k - d->pos < horizon * size));
		learned_reclaim_features(&d->f, x);
		for (j = 0; j < LEARNED_RECLAIM_NR_FEATURES; j++)
			fprintf(fp, "%d,", x[j]);
		fprintf(fp, "%d\n", lab);
		rows++;
		pos += lab;
		agree += stock_keeps(d, d->f.stock) == lab;
	}
	if (fclose(fp))
		die("%s: write error", out);
	fprintf(stderr,
		"%s: size=%llu accesses=%zu pages=%u opt_misses=%zu decisions=%zu rows=%zu skipped=%zu positive=%.4f stock_agrees=%.4f\n",
		file, (unsigned long long)size, nacc, npages, opt_misses, ndec, rows,
		skipped, rows ? (double)pos / rows : 0,
		rows ? (double)agree / rows : 0);
	free(last_acc);
}

/* --inodes MAP: the files of a traced corpus entry */
struct inode {
	u64 ino;
	u64 size;
	char *path;
	u32 order;	/* rank of its first access; UINT32_MAX: none */
};

static struct inode *inodes;
static size_t ninodes;

static int cmp_inode(const void *a, const void *b)
{
	u64 x = ((const struct inode *)a)->ino, y = ((const struct inode *)b)->ino;

	return x < y ? -1 : x > y;
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static u64 map_number(const char *file, size_t line, const char *what,
		      const char *s)
{
	unsigned long long v;
	char *end;

	if (*s < '0' || *s > '9')
		die("%s:%zu: %s '%s' is not a number", file, line, what, s);
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || *end)
		die("%s:%zu: %s '%s' is not a number", file, line, what, s);
	return v;
}

static void load_inodes(const char *file)
{
	char buf[4096];
	size_t line = 0, cap = 0, i;
	FILE *fp = fopen(file, "r");

	if (!fp)
		die("%s: %s", file, strerror(errno));
	while (fgets(buf, sizeof(buf), fp)) {
		char *f1, *f2, *f3, *nl;

		line++;
		nl = strchr(buf, '\n');
		if (!nl && !feof(fp))
			die("%s:%zu: line longer than %zu bytes", file, line,
			    sizeof(buf) - 2);
		if (nl && strlen(buf) != (size_t)(nl - buf) + 1)
			die("%s:%zu: NUL byte in the line", file, line);
		if (nl)
			*nl = 0;
		f1 = buf;
		f2 = strchr(f1, '\t');
		f3 = f2 ? strchr(f2 + 1, '\t') : NULL;
		if (!f2 || !f3 || strchr(f3 + 1, '\t'))
			die("%s:%zu: want INO<TAB>SIZE<TAB>PATH", file, line);
		*f2++ = 0;
		*f3++ = 0;
		if (!*f3)
			die("%s:%zu: empty path", file, line);
		if (*f3 == '/' || strstr(f3, "..") || strpbrk(f3, " \r\v\f"))
			die("%s:%zu: path '%s' must be relative, without '..' or blanks (fio iologs split on blanks)",
			    file, line, f3);
		if (ninodes == cap) {
			cap = cap ? cap * 2 : 256;
			inodes = xrealloc(inodes, cap * sizeof(*inodes));
		}
		inodes[ninodes].ino = map_number(file, line, "inode", f1);
		inodes[ninodes].size = map_number(file, line, "size", f2);
		inodes[ninodes].path = strdup(f3);
		inodes[ninodes].order = UINT32_MAX;
		if (!inodes[ninodes].path)
			die("out of memory");
		if (!inodes[ninodes].ino)
			die("%s:%zu: inode 0", file, line);
		ninodes++;
	}
	if (ferror(fp))
		die("%s: read error", file);
	fclose(fp);
	if (!ninodes)
		die("%s: no files listed", file);
	qsort(inodes, ninodes, sizeof(*inodes), cmp_inode);
	for (i = 1; i < ninodes; i++)
		if (inodes[i].ino == inodes[i - 1].ino)
			die("%s: inode %llu listed twice ('%s' and '%s': a hard link?)",
			    file, (unsigned long long)inodes[i].ino,
			    inodes[i - 1].path, inodes[i].path);
	/* one path, one file: fio would open it twice */
	{
		char **p = xrealloc(NULL, ninodes * sizeof(*p));

		for (i = 0; i < ninodes; i++)
			p[i] = inodes[i].path;
		qsort(p, ninodes, sizeof(*p), cmp_path);
		for (i = 1; i < ninodes; i++)
			if (!strcmp(p[i], p[i - 1]))
				die("%s: path '%s' listed twice", file, p[i]);
		free(p);
	}
}

static struct inode *find_inode(u64 ino)
{
	struct inode k = { .ino = ino };

	return ninodes ? bsearch(&k, inodes, ninodes, sizeof(k), cmp_inode) : NULL;
}

/* page ids back to (ino, index) */
static u64 *page_ino, *page_idx;

static void page_keys(void)
{
	size_t i;

	page_ino = xrealloc(NULL, npages * sizeof(*page_ino));
	page_idx = xrealloc(NULL, npages * sizeof(*page_idx));
	for (i = 0; i < hcap; i++) {
		if (hval[i] == UINT32_MAX)
			continue;
		page_ino[hval[i]] = hkey_ino[i];
		page_idx[hval[i]] = hkey_idx[i];
	}
}

/* with --inodes: is access i to a listed file? */
static int kept(size_t i)
{
	return !ninodes || find_inode(page_ino[acc[i].page]);
}

static void convert(const char *trace, const char *out)
{
	FILE *fp = fopen(out, "w");
	size_t i, n = 0;

	if (!fp)
		die("%s: %s", out, strerror(errno));
	page_keys();
	simtrace_write_header(fp, SIMTRACE_CACHE);
	fprintf(fp, "# reclaimtrace convert: SEQ INO PAGE\n");
	for (i = 0; i < nacc; i++) {
		if (!kept(i))
			continue;
		fprintf(fp, "%zu %llu %llu\n", i,
			(unsigned long long)page_ino[acc[i].page],
			(unsigned long long)page_idx[acc[i].page]);
		n++;
	}
	if (fclose(fp))
		die("%s: write error", out);
	if (ninodes) {
		if (!n) {
			remove(out);
			die("%s: no access to a file of the --inodes list", trace);
		}
		fprintf(stderr, "%s: kept %zu of %zu accesses (files of the --inodes list)\n",
			trace, n, nacc);
	}
}

#define IOLOG_PAGE	4096ULL
#define IOLOG_MAX_PAGES	32	/* 128 KiB */

static void iolog_read(FILE *fp, const struct inode *in, u64 idx, u64 pages)
{
	fprintf(fp, "%s read %llu %llu\n", in->path,
		(unsigned long long)(idx * IOLOG_PAGE),
		(unsigned long long)(pages * IOLOG_PAGE));
}

static void iolog(const char *trace, const char *out)
{
	struct inode **order, *cur = NULL;
	u64 start = 0, pages = 0;
	size_t i, nfiles = 0, reads = 0, n = 0;
	FILE *fp;

	page_keys();
	order = xrealloc(NULL, ninodes * sizeof(*order));
	for (i = 0; i < nacc; i++) {
		struct inode *in = find_inode(page_ino[acc[i].page]);

		if (in && in->order == UINT32_MAX) {
			in->order = nfiles;
			order[nfiles++] = in;
		}
	}
	if (!nfiles)
		die("%s: no access to a file of the --inodes list", trace);
	fp = fopen(out, "w");
	if (!fp)
		die("%s: %s", out, strerror(errno));
	fprintf(fp, "fio version 2 iolog\n");
	for (i = 0; i < nfiles; i++)
		fprintf(fp, "%s add\n", order[i]->path);
	for (i = 0; i < nfiles; i++)
		fprintf(fp, "%s open\n", order[i]->path);
	for (i = 0; i < nacc; i++) {
		struct inode *in = find_inode(page_ino[acc[i].page]);
		u64 idx = page_idx[acc[i].page], nr = acc[i].nr;

		if (!in)
			continue;
		n++;
		if (in == cur && idx == start + pages &&
		    pages + nr <= IOLOG_MAX_PAGES) {
			pages += nr;
			continue;
		}
		if (cur) {
			iolog_read(fp, cur, start, pages);
			reads++;
		}
		cur = in;
		start = idx;
		pages = nr;
	}
	iolog_read(fp, cur, start, pages);
	reads++;
	for (i = 0; i < nfiles; i++)
		fprintf(fp, "%s close\n", order[i]->path);
	if (fclose(fp))
		die("%s: write error", out);
	fprintf(stderr, "%s: %zu of %zu accesses, %zu files, %zu reads\n",
		trace, n, nacc, nfiles, reads);
	free(order);
}

static u64 parse_horizon(const char *arg)
{
	unsigned long long h;
	char *end;

	errno = 0;
	h = strtoull(arg, &end, 10);
	if (errno || end == arg || *end || !h || h > 16)
		die("--horizon: '%s' is not a number in 1..16", arg);
	return h;
}

static void usage(void)
{
	fprintf(stderr,
		"usage: reclaimtrace stats TRACE\n"
		"       reclaimtrace convert TRACE OUT [--inodes MAP]\n"
		"       reclaimtrace iolog TRACE --inodes MAP OUT\n"
		"       reclaimtrace label TRACE --size N|auto --out CSV [--append] [--horizon H]\n"
		"       reclaimtrace adapt EVENTS\n");
	exit(1);
}

int main(int argc, char **argv)
{
	if (argc < 3)
		usage();
	if (!strcmp(argv[1], "stats") && argc == 3) {
		size_t i, file = 0, act = 0;

		load(argv[2]);
		for (i = 0; i < ndec; i++) {
			file += dec[i].f.file;
			act += dec[i].f.site;
		}
		printf("accesses=%zu pages=%u decisions=%zu file=%zu active_site=%zu size_auto=%llu\n",
		       nacc, npages, ndec, file, act,
		       ndec && file ? (unsigned long long)auto_size() : 0ULL);
		return 0;
	}
	if (!strcmp(argv[1], "adapt") && argc == 3)
		return adapt_replay(argv[2], stdout) ? 1 : 0;
	if (!strcmp(argv[1], "convert") && (argc == 4 || argc == 6)) {
		if (argc == 6) {
			if (strcmp(argv[4], "--inodes"))
				die("convert: unknown option '%s'", argv[4]);
			load_inodes(argv[5]);
		}
		load(argv[2]);
		convert(argv[2], argv[3]);
		return 0;
	}
	if (!strcmp(argv[1], "iolog") && argc == 6) {
		if (strcmp(argv[3], "--inodes"))
			die("iolog: want TRACE --inodes MAP OUT, not '%s'", argv[3]);
		load_inodes(argv[4]);
		load(argv[2]);
		iolog(argv[2], argv[5]);
		return 0;
	}
	if (!strcmp(argv[1], "label")) {
		const char *size = NULL, *out = NULL;
		int i, append = 0;
		u64 horizon = 0;

		for (i = 3; i < argc; i++) {
			if (!strcmp(argv[i], "--size") && i + 1 < argc)
				size = argv[++i];
			else if (!strcmp(argv[i], "--out") && i + 1 < argc)
				out = argv[++i];
			else if (!strcmp(argv[i], "--append"))
				append = 1;
			else if (!strcmp(argv[i], "--horizon") && i + 1 < argc)
				horizon = parse_horizon(argv[++i]);
			else
				die("label: unknown or incomplete option '%s'", argv[i]);
		}
		if (!size || !out)
			die("label needs --size and --out");
		load(argv[2]);
		label(argv[2], size, out, append, horizon);
		return 0;
	}
	usage();
	return 1;
}
