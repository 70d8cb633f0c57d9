/*
 * stats.c: reading, totalling and resetting libgil's statistics.
 *
 * Each thread's counters are written only by that thread (see
 * gil_internal.h), so a reader just loads them.  A reset does not touch
 * them: it records the current values as a baseline that readers subtract,
 * which keeps the owner's updates free of locked instructions.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gil_internal.h"

int gil__hist_bucket(uint64_t ns) {
  uint64_t us = ns / 1000;
  if (us == 0)
    return 0;
  int b = 64 - __builtin_clzll(us); /* us in [2^(b-1), 2^b) */
  return b < GIL_HIST_BUCKETS ? b : GIL_HIST_BUCKETS - 1;
}

#define GIL__LD(x) atomic_load_explicit(&(x), memory_order_relaxed)

/* dst += src - minus (minus may be NULL), field by field. */
void gil__counters_add(gil__counters *dst, const gil__counters *src,
                       const gil__counters *minus) {
#define GIL__ADD(f)                                                            \
  atomic_store_explicit(&dst->f,                                               \
                        GIL__LD(dst->f) + GIL__LD(src->f) -                    \
                            (minus ? GIL__LD(minus->f) : 0),                   \
                        memory_order_relaxed)
  GIL__ADD(hold_ns);
  GIL__ADD(wait_ns);
  GIL__ADD(acquisitions);
  GIL__ADD(contended);
  GIL__ADD(voluntary_drops);
  GIL__ADD(forced_drops);
  GIL__ADD(drop_requests);
  GIL__ADD(switches);
  for (int i = 0; i < GIL_HIST_BUCKETS; i++)
    GIL__ADD(wait_hist[i]);
  GIL__ADD(convoy_ns);
  GIL__ADD(convoy_waits);
#undef GIL__ADD
}

static void gil__to_public(gil_stats *out, const gil__counters *c) {
  out->hold_ns = GIL__LD(c->hold_ns);
  out->wait_ns = GIL__LD(c->wait_ns);
  out->acquisitions = GIL__LD(c->acquisitions);
  out->contended = GIL__LD(c->contended);
  out->voluntary_drops = GIL__LD(c->voluntary_drops);
  out->forced_drops = GIL__LD(c->forced_drops);
  out->drop_requests = GIL__LD(c->drop_requests);
  out->switches = GIL__LD(c->switches);
  for (int i = 0; i < GIL_HIST_BUCKETS; i++)
    out->wait_hist[i] = GIL__LD(c->wait_hist[i]);
  out->convoy_ns = GIL__LD(c->convoy_ns);
  out->convoy_waits = GIL__LD(c->convoy_waits);
}

/* One live thread's numbers since the reset; threads_lock held. */
static void gil__thread_snapshot(const gil_thread_t *t, gil_stats *out) {
  gil__counters tmp;
  memset(&tmp, 0, sizeof tmp);
  gil__counters_add(&tmp, &t->c, &t->base);
  gil__to_public(out, &tmp);
  uint64_t since = atomic_load_explicit(&((gil_thread_t *)t)->hold_since_ns,
                                        memory_order_relaxed);
  if (since) {
    uint64_t now = gil__now_ns();
    if (now > since)
      out->hold_ns += now - since;
  }
  out->max_wait_ns =
      atomic_load_explicit(&((gil_thread_t *)t)->max_wait_ns,
                           memory_order_relaxed);
}

#define GIL__MAX_DEAD_ROWS 1024 /* then ended threads share one row */

static void gil__stats_sum(gil_stats *dst, const gil_stats *s);

void gil__stats_fold_dead(gil_t *g, gil_thread_t *t) {
  gil__counters_add(&g->dead, &t->c, &t->base);
  uint64_t m = GIL__LD(t->max_wait_ns);
  if (m > g->dead_max_wait_ns)
    g->dead_max_wait_ns = m;
  /* Keep its row for the per-thread report (gil_stats_foreach_all). */
  gil_stats s;
  gil__thread_snapshot(t, &s); /* it no longer holds: no open hold */
  if (g->n_dead_threads >= GIL__MAX_DEAD_ROWS && g->dead_threads) {
    gil__stats_sum(&g->dead_threads->st, &s);
    snprintf(g->dead_threads->name, sizeof g->dead_threads->name,
             "(other ended)");
    return;
  }
  gil__dead_thread *d = calloc(1, sizeof *d);
  if (!d)
    return; /* the totals still have it */
  memcpy(d->name, t->name, sizeof d->name);
  d->name[sizeof d->name - 1] = 0;
  d->tid = t->tid;
  d->st = s;
  d->next = g->dead_threads;
  g->dead_threads = d;
  g->n_dead_threads++;
}

void gil__stats_free_dead(gil_t *g) {
  while (g->dead_threads) {
    gil__dead_thread *n = g->dead_threads->next;
    free(g->dead_threads);
    g->dead_threads = n;
  }
  g->n_dead_threads = 0;
}

static void gil__stats_sum(gil_stats *dst, const gil_stats *s) {
  dst->hold_ns += s->hold_ns;
  dst->wait_ns += s->wait_ns;
  dst->acquisitions += s->acquisitions;
  dst->contended += s->contended;
  dst->voluntary_drops += s->voluntary_drops;
  dst->forced_drops += s->forced_drops;
  dst->drop_requests += s->drop_requests;
  dst->switches += s->switches;
  if (s->max_wait_ns > dst->max_wait_ns)
    dst->max_wait_ns = s->max_wait_ns;
  for (int i = 0; i < GIL_HIST_BUCKETS; i++)
    dst->wait_hist[i] += s->wait_hist[i];
  dst->convoy_ns += s->convoy_ns;
  dst->convoy_waits += s->convoy_waits;
}

int gil_stats_get(gil_t *g, gil_stats *out) {
  if (!g || !out)
    return GIL_EINVAL;
  GIL__CHECK(pthread_mutex_lock(&g->threads_lock));
  gil__to_public(out, &g->dead);
  out->max_wait_ns = g->dead_max_wait_ns;
  for (gil_thread_t *t = g->threads; t; t = t->next) {
    gil_stats s;
    gil__thread_snapshot(t, &s);
    gil__stats_sum(out, &s);
  }
  GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
  return 0;
}

int gil_thread_stats(const gil_thread_t *t, gil_stats *out) {
  if (!t || !out)
    return GIL_EINVAL;
  gil_t *g = t->gil;
  GIL__CHECK(pthread_mutex_lock(&g->threads_lock));
  gil__thread_snapshot(t, out);
  GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
  return 0;
}

int gil_stats_foreach(gil_t *g, gil_thread_visit_fn fn, void *userdata) {
  if (!g || !fn)
    return GIL_EINVAL;
  int rc = 0;
  GIL__CHECK(pthread_mutex_lock(&g->threads_lock));
  for (gil_thread_t *t = g->threads; t && rc == 0; t = t->next) {
    gil_stats s;
    gil__thread_snapshot(t, &s);
    rc = fn(userdata, t, t->name, &s);
  }
  GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
  return rc;
}

int gil_stats_foreach_all(gil_t *g, gil_thread_visit_fn fn, void *userdata) {
  if (!g || !fn)
    return GIL_EINVAL;
  int rc = 0;
  GIL__CHECK(pthread_mutex_lock(&g->threads_lock));
  /* Ended threads first, oldest first (the list is newest first). */
  int n = g->n_dead_threads;
  gil__dead_thread **v = n ? malloc((size_t)n * sizeof *v) : NULL;
  if (v) {
    int i = n;
    for (gil__dead_thread *d = g->dead_threads; d && i > 0; d = d->next)
      v[--i] = d;
    for (i = 0; i < n && rc == 0; i++)
      rc = fn(userdata, NULL, v[i]->name, &v[i]->st);
    free(v);
  }
  for (gil_thread_t *t = g->threads; t && rc == 0; t = t->next) {
    gil_stats s;
    gil__thread_snapshot(t, &s);
    rc = fn(userdata, t, t->name, &s);
  }
  GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
  return rc;
}

uint64_t gil_stats_elapsed_ns(gil_t *g) {
  if (!g)
    return 0;
  uint64_t t0 = atomic_load(&g->stats_t0_ns), now = gil__now_ns();
  return now > t0 ? now - t0 : 0;
}

void gil_stats_reset(gil_t *g) {
  if (!g)
    return;
  GIL__CHECK(pthread_mutex_lock(&g->threads_lock));
  memset(&g->dead, 0, sizeof g->dead);
  g->dead_max_wait_ns = 0;
  gil__stats_free_dead(g);
  uint64_t t0 = gil__now_ns();
  atomic_store(&g->stats_t0_ns, t0);
  for (gil_thread_t *t = g->threads; t; t = t->next) {
    memset(&t->base, 0, sizeof t->base);
    gil__counters_add(&t->base, &t->c, NULL);
    /* A hold in progress counts from the reset on, both while it lasts
     * (snapshot adds now - since) and once the drop adds it whole. */
    uint64_t since =
        atomic_load_explicit(&t->hold_since_ns, memory_order_relaxed);
    if (since && since < t0)
      gil__bump(&t->base.hold_ns, t0 - since);
    /* A racing owner update may be lost here; max is a hint anyway. */
    atomic_store_explicit(&t->max_wait_ns, 0, memory_order_relaxed);
  }
  GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
}

double gil_stats_hold_share(gil_t *g, const gil_thread_t *t) {
  gil_stats all, mine;
  /* mine first: a hold in progress then counts no more in mine than in all */
  if (gil_thread_stats(t, &mine) != 0 || gil_stats_get(g, &all) != 0 ||
      all.hold_ns == 0)
    return 0.0;
  return (double)mine.hold_ns / (double)all.hold_ns;
}

/* ---- the text report ------------------------------------------------------ */

typedef struct gil__fmt {
  char *buf;
  size_t len, used; /* used may exceed len: snprintf semantics */
} gil__fmt;

__attribute__((format(printf, 2, 3))) static void
gil__fmt_add(gil__fmt *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  size_t room = f->used < f->len ? f->len - f->used : 0;
  int n = vsnprintf(room ? f->buf + f->used : NULL, room, fmt, ap);
  va_end(ap);
  if (n > 0)
    f->used += (size_t)n;
}

static void gil__fmt_row(gil__fmt *f, const char *name, const gil_stats *s) {
  gil__fmt_add(f,
               "%-16.16s %10.3f %10.3f %10llu %9llu %9llu %7llu %8llu "
               "%8llu %10.1f\n",
               name, (double)s->hold_ns / 1e6, (double)s->wait_ns / 1e6,
               (unsigned long long)s->acquisitions,
               (unsigned long long)s->contended,
               (unsigned long long)s->voluntary_drops,
               (unsigned long long)s->forced_drops,
               (unsigned long long)s->drop_requests,
               (unsigned long long)s->switches, (double)s->max_wait_ns / 1e3);
}

static int gil__fmt_visit(void *ud, const gil_thread_t *t, const char *name,
                          const gil_stats *st) {
  (void)t;
  gil__fmt_row(ud, name, st);
  return 0;
}

int gil_stats_format(gil_t *g, char *buf, size_t len) {
  if (!g || (!buf && len))
    return GIL_EINVAL;
  gil__fmt f = {.buf = buf, .len = len, .used = 0};
  if (len)
    buf[0] = 0;
  gil__fmt_add(&f, "libgil %s, policy %s, interval %u us\n",
               GIL_VERSION_STRING, g->ops->name, gil_get_interval_us(g));
  gil__fmt_add(&f, "%-16s %10s %10s %10s %9s %9s %7s %8s %8s %10s\n",
               "thread", "hold ms", "wait ms", "acquired", "contended",
               "voluntary", "forced", "requests", "switches", "maxwait us");
  gil_stats_foreach(g, gil__fmt_visit, &f);
  gil_stats all;
  gil_stats_get(g, &all);
  gil__fmt_row(&f, "(total)", &all);
  return f.used > (size_t)INT32_MAX ? GIL_ENOMEM : (int)f.used;
}
