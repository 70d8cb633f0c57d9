/*
 * report.c: the statistics report a person reads (gilpy -X gilstats).
 *
 * One table, one row per thread that ran since the last reset (ended
 * threads included, by name), then the totals and the convoy indicator:
 * how long threads that came back from a blocking call stayed runnable but
 * queued for the GIL.  Percentages are of the wall time since the last
 * reset, so hold% of all threads adds up to the GIL's busy share and a
 * thread's wait% says how much of the run it spent queued.
 */
#include <string.h>

#include "gil_internal.h"

/* The histogram is folded into 12 columns of two buckets each (the last
 * takes the rest): <1us, 1us, 4us, 16us, 64us, 256us, 1ms, 4ms, 16ms,
 * 65ms, 262ms, 1s+ (each the lower edge of its range). */
#define GIL__REP_COLS 12
static const char gil__rep_levels[] = " .:-=+*#@";

static void gil__rep_fold(const gil_stats *s, uint64_t col[GIL__REP_COLS]) {
  memset(col, 0, GIL__REP_COLS * sizeof col[0]);
  col[0] = s->wait_hist[0];
  for (int i = 1; i < GIL_HIST_BUCKETS; i++) {
    int c = (i + 1) / 2;
    col[c < GIL__REP_COLS ? c : GIL__REP_COLS - 1] += s->wait_hist[i];
  }
}

/* One character per column, darker for more waits (log scale, relative to
 * the thread's busiest column) so a row reads as a shape. */
static void gil__rep_hist(const gil_stats *s, char out[GIL__REP_COLS + 1]) {
  uint64_t col[GIL__REP_COLS], max = 0;
  gil__rep_fold(s, col);
  for (int i = 0; i < GIL__REP_COLS; i++)
    if (col[i] > max)
      max = col[i];
  int top = (int)sizeof gil__rep_levels - 2; /* index of '@' */
  for (int i = 0; i < GIL__REP_COLS; i++) {
    int lvl = 0;
    if (col[i]) {
      /* 1 + floor(top-1 * log2(col)/log2(max)), integer-only */
      int lc = 64 - __builtin_clzll(col[i]), lm = 64 - __builtin_clzll(max);
      lvl = 1 + (lm > 1 ? (top - 1) * (lc - 1) / (lm - 1) : top - 1);
    }
    out[i] = gil__rep_levels[lvl];
  }
  out[GIL__REP_COLS] = 0;
}

typedef struct gil__rep {
  FILE *f;
  double wall_ns;
  gil_stats sum; /* the rows shown, added up (one consistent snapshot) */
} gil__rep;

static void gil__rep_add(gil_stats *d, const gil_stats *s) {
  d->hold_ns += s->hold_ns;
  d->wait_ns += s->wait_ns;
  d->acquisitions += s->acquisitions;
  d->contended += s->contended;
  d->voluntary_drops += s->voluntary_drops;
  d->forced_drops += s->forced_drops;
  d->drop_requests += s->drop_requests;
  d->switches += s->switches;
  if (s->max_wait_ns > d->max_wait_ns)
    d->max_wait_ns = s->max_wait_ns;
  for (int i = 0; i < GIL_HIST_BUCKETS; i++)
    d->wait_hist[i] += s->wait_hist[i];
  d->convoy_ns += s->convoy_ns;
  d->convoy_waits += s->convoy_waits;
}

static double gil__pct(uint64_t part, double whole) {
  return whole > 0 ? 100.0 * (double)part / whole : 0.0;
}

static void gil__rep_row(gil__rep *r, const char *name, const gil_stats *s) {
  char h[GIL__REP_COLS + 1];
  gil__rep_hist(s, h);
  fprintf(r->f,
          "  %-18.18s %10.3f %5.1f%% %10.3f %5.1f%% %9llu %9llu %7llu "
          "%10.3f  |%s|\n",
          name && *name ? name : "?", (double)s->hold_ns / 1e6,
          gil__pct(s->hold_ns, r->wall_ns), (double)s->wait_ns / 1e6,
          gil__pct(s->wait_ns, r->wall_ns),
          (unsigned long long)s->acquisitions,
          (unsigned long long)s->voluntary_drops,
          (unsigned long long)s->forced_drops, (double)s->max_wait_ns / 1e6,
          h);
}

static int gil__rep_visit(void *ud, const gil_thread_t *t, const char *name,
                          const gil_stats *s) {
  (void)t;
  gil__rep *r = ud;
  gil__rep_row(r, name, s);
  gil__rep_add(&r->sum, s);
  return 0;
}

int gil_stats_report(gil_t *g, FILE *out) {
  if (!g || !out)
    return GIL_EINVAL;
  gil__rep r = {.f = out, .wall_ns = (double)gil_stats_elapsed_ns(g)};
  fprintf(out,
          "GIL statistics: policy %s, switch interval %.3f ms, wall time "
          "%.3f ms%s\n",
          g->ops->name, gil_get_interval_us(g) / 1e3, r.wall_ns / 1e6,
          g->stats == 1 && g->fair_fast
              ? " (uncontended holds untimed: stats level 1)"
              : "");
  fprintf(out, "  %-18s %10s %6s %10s %6s %9s %9s %7s %10s  %s\n", "thread",
          "hold ms", "hold", "wait ms", "wait", "acquired", "voluntary",
          "forced", "maxwait ms", "waits <1us..1s+");
  gil_stats_foreach_all(g, gil__rep_visit, &r);
  /* Totals as the sum of the rows (gil_stats_get would read the live
   * holds a moment later); the 1024-row cap folds, never drops. */
  gil_stats all = r.sum;
  gil__rep_row(&r, "(total)", &all);
  fprintf(out,
          "  switches %llu, contended takes %llu, drop requests %llu; "
          "GIL busy %.1f%% of the wall time\n",
          (unsigned long long)all.switches, (unsigned long long)all.contended,
          (unsigned long long)all.drop_requests,
          gil__pct(all.hold_ns, r.wall_ns));
  fprintf(out,
          "  convoy: %llu waits after blocking calls, %.3f ms runnable but "
          "queued (%.1f%% of all waiting)\n",
          (unsigned long long)all.convoy_waits, (double)all.convoy_ns / 1e6,
          gil__pct(all.convoy_ns, (double)all.wait_ns));
  fprintf(out, "  histogram columns: <1us 1us 4us 16us 64us 256us 1ms 4ms "
               "16ms 65ms 262ms 1s+; \"%s\" = none..most (log)\n",
          gil__rep_levels);
  return ferror(out) ? GIL_EIO : 0;
}
