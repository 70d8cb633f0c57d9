/*
 * trace.c: recording GIL events and writing them as Chrome Trace Event
 * Format JSON (opens in Perfetto and chrome://tracing).
 *
 * While a trace runs every attached thread appends timestamped events to
 * its own buffer (its tb_lock is uncontended but lets gil_trace_stop take
 * the buffer away safely).  When tracing is off the take/drop paths pay one
 * relaxed load and a predictable branch (gil__trace in gil_internal.h).
 *
 * gil_trace_stop merges the buffers by time and writes, for pid 1:
 *   - "M" thread_name metadata, one row (tid) per thread;
 *   - "X" slices "waiting" and "holding" per thread (they never overlap);
 *   - a pseudo-thread "GIL holder" whose slices are named after the holder;
 *   - "i" instants for drop requests, thread start and thread end;
 *   - a "C" counter "waiting threads".
 * ts is in microseconds (CLOCK_MONOTONIC) from the start of the trace.
 * A path ending in .html or .htm gets the HTML timeline (trace_html.c).
 */
#include <stdlib.h>
#include <string.h>

#include "gil_internal.h"

#define GIL__TRACE_MAX_EVENTS (1u << 20) /* per thread; then it drops */
#define GIL__HOLDER_TID 0

static gil__tracebuf *gil__tb_new(gil_t *g, gil_thread_t *t) {
  gil__tracebuf *b = calloc(1, sizeof *b);
  if (!b)
    return NULL;
  memcpy(b->name, t->name, sizeof b->name);
  b->tid = t->tid;
  b->next = g->trace_bufs;
  g->trace_bufs = b;
  return b;
}

static void gil__tb_push(gil__tracebuf *b, uint64_t ts, uint32_t type,
                         uint32_t arg) {
  if (b->n == b->cap) {
    if (b->cap >= GIL__TRACE_MAX_EVENTS) {
      b->overflow = 1;
      return;
    }
    size_t cap = b->cap ? b->cap * 2 : 256;
    gil__event *ev = realloc(b->ev, cap * sizeof *ev);
    if (!ev) {
      b->overflow = 1;
      return;
    }
    b->ev = ev;
    b->cap = cap;
  }
  b->ev[b->n++] = (gil__event){.ts_ns = ts, .type = type, .arg = arg};
}

/* The index (1-based) of label in b's table, copying it in if new; 0 when
 * the table is full or out of memory.  Owner thread, tb_lock held. */
#define GIL__MAX_LABELS 4096
static uint32_t gil__tb_label(gil__tracebuf *b, const char *label) {
  for (size_t i = b->nlabels; i-- > 0;) /* recent ones are likelier */
    if (strcmp(b->labels[i], label) == 0)
      return (uint32_t)i + 1;
  if (b->nlabels >= GIL__MAX_LABELS)
    return 0;
  if (b->nlabels == b->caplabels) {
    size_t cap = b->caplabels ? b->caplabels * 2 : 16;
    char **v = realloc(b->labels, cap * sizeof *v);
    if (!v)
      return 0;
    b->labels = v;
    b->caplabels = cap;
  }
  char *c = strdup(label);
  if (!c)
    return 0;
  b->labels[b->nlabels++] = c;
  return (uint32_t)b->nlabels;
}

const char *gil__tb_label_at(const gil__tracebuf *b, uint32_t arg) {
  uint32_t i = arg >> GIL__DROP_LABEL_SHIFT;
  return i && i <= b->nlabels ? b->labels[i - 1] : NULL;
}

void gil_set_context_fn(gil_t *g, gil_context_fn fn, void *userdata) {
  if (!g)
    return;
  g->context_ud = userdata;
  atomic_store(&g->context_fn, fn);
}

void gil__trace_event_slow(gil_t *g, gil_thread_t *t, uint32_t type,
                           uint32_t arg) {
  if (!t)
    return;
  uint64_t ts = gil__now_ns();
  /* A drop: ask the embedder what was running (it still holds the GIL). */
  const char *label = NULL;
  if (type == GIL__EV_DROP) {
    gil_context_fn fn = atomic_load_explicit(&g->context_fn,
                                             memory_order_relaxed);
    if (fn)
      label = fn(g->context_ud);
  }
  GIL__CHECK(pthread_mutex_lock(&t->tb_lock));
  gil__tracebuf *b = t->tb;
  if (GIL__LIKELY(b && type != GIL__EV_NAME)) { /* the common case */
    if (label && *label)
      arg |= gil__tb_label(b, label) << GIL__DROP_LABEL_SHIFT;
    gil__tb_push(b, ts, type, arg);
    GIL__CHECK(pthread_mutex_unlock(&t->tb_lock));
    return;
  }
  GIL__CHECK(pthread_mutex_unlock(&t->tb_lock));
  if (!b) {
    /* A thread attached after the trace started: give it a buffer.  Lock
     * order is threads_lock then tb_lock, as in start/stop. */
    GIL__CHECK(pthread_mutex_lock(&g->threads_lock));
    if (atomic_load(&g->tracing)) {
      GIL__CHECK(pthread_mutex_lock(&t->tb_lock));
      if (!t->tb)
        t->tb = gil__tb_new(g, t);
      GIL__CHECK(pthread_mutex_unlock(&t->tb_lock));
    }
    GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
  }
  GIL__CHECK(pthread_mutex_lock(&t->tb_lock));
  b = t->tb;
  if (b) {
    if (type == GIL__EV_NAME)
      memcpy(b->name, t->name, sizeof b->name);
    gil__tb_push(b, ts, type, arg);
  }
  GIL__CHECK(pthread_mutex_unlock(&t->tb_lock));
}

void gil__trace_thread_gone(gil_t *g, gil_thread_t *t) {
  GIL__CHECK(pthread_mutex_lock(&t->tb_lock));
  t->tb = NULL; /* the buffer stays on g->trace_bufs until stop */
  GIL__CHECK(pthread_mutex_unlock(&t->tb_lock));
}

static void gil__trace_free_list(gil__tracebuf *b) {
  while (b) {
    gil__tracebuf *n = b->next;
    free(b->ev);
    for (size_t i = 0; i < b->nlabels; i++)
      free(b->labels[i]);
    free(b->labels);
    free(b);
    b = n;
  }
}

void gil__trace_free_all(gil_t *g) {
  gil__trace_free_list(g->trace_bufs);
  g->trace_bufs = NULL;
  free(g->trace_path);
  g->trace_path = NULL;
}

int gil_trace_start(gil_t *g, const char *path) {
  if (!g || !path || !*path)
    return GIL_EINVAL;
  FILE *f = fopen(path, "w"); /* fail now rather than at stop */
  if (!f)
    return GIL_EIO;
  fclose(f);
  char *p = strdup(path);
  if (!p)
    return GIL_ENOMEM;
  GIL__CHECK(pthread_mutex_lock(&g->threads_lock));
  if (atomic_load(&g->tracing) || g->trace_path) {
    GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
    free(p);
    return GIL_EBUSY;
  }
  g->trace_path = p;
  g->trace_t0_ns = gil__now_ns();
  for (gil_thread_t *t = g->threads; t; t = t->next) {
    GIL__CHECK(pthread_mutex_lock(&t->tb_lock));
    t->tb = gil__tb_new(g, t);
    /* Whoever holds now gets a synthetic take at t0, so its slice shows. */
    if (t->tb && atomic_load_explicit(&t->holding, memory_order_relaxed))
      gil__tb_push(t->tb, g->trace_t0_ns, GIL__EV_TAKE, 0);
    GIL__CHECK(pthread_mutex_unlock(&t->tb_lock));
  }
  atomic_store(&g->tracing, 1);
  gil__update_fastmode(g); /* events need the general path */
  GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
  gil__log(g, GIL_LOG_INFO, "trace started: %s", path);
  return 0;
}

int gil_trace_active(const gil_t *g) {
  return g ? atomic_load(&((gil_t *)g)->tracing) : 0;
}

/* ---- writing ------------------------------------------------------------ */

typedef struct gil__mev {
  uint64_t ts;
  uint32_t type, arg;
  gil__tracebuf *b;
  size_t order; /* keeps each thread's own order among equal timestamps */
} gil__mev;

/* Heap order of buffer heads: earlier event first, then lower index. */
static int gil__head_less(gil__tracebuf *const *bufs, const size_t *pos,
                          uint32_t a, uint32_t b) {
  uint64_t x = bufs[a]->ev[pos[a]].ts_ns, y = bufs[b]->ev[pos[b]].ts_ns;
  return x != y ? x < y : a < b;
}

static void gil__heap_down(gil__tracebuf *const *bufs, const size_t *pos,
                           uint32_t *h, size_t hn, size_t i) {
  for (;;) {
    size_t l = 2 * i + 1, m = i;
    if (l < hn && gil__head_less(bufs, pos, h[l], h[m]))
      m = l;
    if (l + 1 < hn && gil__head_less(bufs, pos, h[l + 1], h[m]))
      m = l + 1;
    if (m == i)
      return;
    uint32_t t = h[i];
    h[i] = h[m];
    h[m] = t;
    i = m;
  }
}

/* A k-way merge (O(n log k)) instead of sorting all events: writing a
 * busy trace spent more time in qsort than anywhere else. */
int gil__trace_merge(gil__tracebuf *const *bufs, size_t nb, uint32_t *out) {
  size_t *pos = calloc(nb ? nb : 1, sizeof *pos);
  uint32_t *h = malloc((nb ? nb : 1) * sizeof *h);
  if (!pos || !h) {
    free(pos);
    free(h);
    return GIL_ENOMEM;
  }
  size_t hn = 0;
  for (size_t b = 0; b < nb; b++) {
    gil__event *ev = bufs[b]->ev;
    for (size_t i = 1; i < bufs[b]->n; i++) { /* nearly sorted: ~O(n) */
      gil__event e = ev[i];
      size_t j = i;
      for (; j > 0 && ev[j - 1].ts_ns > e.ts_ns; j--)
        ev[j] = ev[j - 1];
      ev[j] = e;
    }
    if (bufs[b]->n)
      h[hn++] = (uint32_t)b;
  }
  for (size_t i = hn / 2; i-- > 0;)
    gil__heap_down(bufs, pos, h, hn, i);
  size_t k = 0;
  while (hn) {
    uint32_t b = h[0];
    out[k++] = b;
    if (++pos[b] == bufs[b]->n)
      h[0] = h[--hn];
    gil__heap_down(bufs, pos, h, hn, 0);
  }
  free(pos);
  free(h);
  return 0;
}

static void gil__json_str(FILE *f, const char *s) {
  fputc('"', f);
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\')
      fprintf(f, "\\%c", c);
    else if (c < 0x20)
      fprintf(f, "\\u%04x", c);
    else
      fputc(c, f);
  }
  fputc('"', f);
}

/* ns since the trace started (0 for anything before it). */
static uint64_t gil__rel(const gil_t *g, uint64_t ts) {
  return ts > g->trace_t0_ns ? ts - g->trace_t0_ns : 0;
}

/* ns as microseconds with 3 decimals, by integer arithmetic: printf's
 * floating-point conversion was most of the cost of writing a trace. */
static void gil__put_us(FILE *f, uint64_t ns) {
  char buf[32], *p = buf + sizeof buf;
  *--p = 0;
  uint64_t frac = ns % 1000, us = ns / 1000;
  *--p = (char)('0' + frac % 10);
  *--p = (char)('0' + frac / 10 % 10);
  *--p = (char)('0' + frac / 100);
  *--p = '.';
  do {
    *--p = (char)('0' + us % 10);
    us /= 10;
  } while (us);
  fputs(p, f);
}

static void gil__slice(FILE *f, const gil_t *g, const char *name, int tid,
                       uint64_t from, uint64_t to, const char *reason,
                       const char *func) {
  fprintf(f, ",\n{\"name\":");
  gil__json_str(f, name);
  uint64_t a = gil__rel(g, from), b = gil__rel(g, to);
  fprintf(f, ",\"ph\":\"X\",\"pid\":1,\"tid\":%d,\"ts\":", tid);
  gil__put_us(f, a);
  fputs(",\"dur\":", f);
  gil__put_us(f, b > a ? b - a : 0);
  if (reason) {
    fprintf(f, ",\"args\":{\"reason\":\"%s\"", reason);
    if (func) { /* what the holder was running when it let go */
      fputs(",\"function\":", f);
      gil__json_str(f, func);
    }
    fputc('}', f);
  }
  fputc('}', f);
}

static void gil__instant(FILE *f, const gil_t *g, const char *name, int tid,
                         uint64_t ts) {
  fprintf(f,
          ",\n{\"name\":\"%s\",\"ph\":\"i\",\"s\":\"t\",\"pid\":1,"
          "\"tid\":%d,\"ts\":",
          name, tid);
  gil__put_us(f, gil__rel(g, ts));
  fputc('}', f);
}

static const char *const gil__reasons[] = {"voluntary", "forced", "detach",
                                             "blocking"};

/* Per-thread replay state while writing. */
typedef struct gil__row {
  gil__tracebuf *b;
  uint64_t wait_from, hold_from;
  int waiting, holding;
} gil__row;

/* Fills v with the list's buffers (in list order); returns v. */
static gil__tracebuf **gil__bufs_array(gil__tracebuf **v, gil__tracebuf *list) {
  size_t i = 0;
  for (gil__tracebuf *b = list; b; b = b->next)
    v[i++] = b;
  return v;
}

static int gil__trace_write(gil_t *g, FILE *f, gil__tracebuf *bufs,
                            uint64_t end) {
  size_t n = 0, nb = 0;
  for (gil__tracebuf *b = bufs; b; b = b->next, nb++)
    n += b->n;
  gil__mev *all = malloc((n ? n : 1) * sizeof *all);
  gil__row *rows = calloc(nb ? nb : 1, sizeof *rows);
  gil__tracebuf **bv = malloc((nb ? nb : 1) * sizeof *bv);
  uint32_t *ord = malloc((n ? n : 1) * sizeof *ord);
  size_t *pos = calloc(nb ? nb : 1, sizeof *pos);
  if (!all || !rows || !bv || !ord || !pos ||
      gil__trace_merge((gil__tracebuf *const *)gil__bufs_array(bv, bufs), nb,
                       ord) < 0) {
    free(all);
    free(rows);
    free(bv);
    free(ord);
    free(pos);
    return GIL_ENOMEM;
  }
  for (size_t r = 0; r < nb; r++)
    rows[r].b = bv[r];
  for (size_t k = 0; k < n; k++) { /* already in time order */
    uint32_t b = ord[k];
    const gil__event *ev = &bv[b]->ev[pos[b]++];
    all[k] = (gil__mev){ev->ts_ns, ev->type, ev->arg, bv[b], k};
  }
  free(bv);
  free(ord);
  free(pos);

  fprintf(f, "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"policy\":\"%s\","
             "\"version\":\"%s\"},\"traceEvents\":[\n",
          g->ops->name, GIL_VERSION_STRING);
  fprintf(f, "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,"
             "\"args\":{\"name\":\"libgil (%s)\"}}",
          g->ops->name);
  fprintf(f, ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%d,"
             "\"args\":{\"name\":\"GIL holder\"}}",
          GIL__HOLDER_TID);
  for (size_t i = 0; i < nb; i++) {
    fprintf(f, ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,"
               "\"tid\":%d,\"args\":{\"name\":",
            rows[i].b->tid);
    gil__json_str(f, rows[i].b->name);
    fprintf(f, "}}");
    if (rows[i].b->overflow)
      gil__log(g, GIL_LOG_WARN, "trace: events of %s were dropped",
               rows[i].b->name);
  }

  int nwait = 0;
  for (size_t i = 0; i < n; i++) {
    gil__mev *e = &all[i];
    gil__row *row = NULL;
    for (size_t j = 0; j < nb; j++)
      if (rows[j].b == e->b) {
        row = &rows[j];
        break;
      }
    int tid = e->b->tid, was = nwait;
    switch (e->type) {
    case GIL__EV_ATTACH:
      gil__instant(f, g, "thread start", tid, e->ts);
      break;
    case GIL__EV_DETACH:
      gil__instant(f, g, "thread end", tid, e->ts);
      break;
    case GIL__EV_REQUEST:
      gil__instant(f, g, "drop request", tid, e->ts);
      break;
    case GIL__EV_WANT:
      if (!row->waiting) {
        row->waiting = 1;
        row->wait_from = e->ts;
        nwait++;
      }
      break;
    case GIL__EV_TAKE:
      if (row->waiting) {
        gil__slice(f, g, "waiting", tid, row->wait_from, e->ts, NULL, NULL);
        row->waiting = 0;
        nwait--;
      }
      row->holding = 1;
      row->hold_from = e->ts;
      break;
    case GIL__EV_DROP:
      if (row->holding) {
        uint32_t reason = e->arg & GIL__DROP_REASON_MASK;
        const char *why = reason < 4 ? gil__reasons[reason] : "voluntary";
        const char *func = gil__tb_label_at(e->b, e->arg);
        if (reason == GIL__DROP_BLOCKING)
          gil__instant(f, g, "blocking call", tid, e->ts);
        gil__slice(f, g, "holding", tid, row->hold_from, e->ts, why, func);
        gil__slice(f, g, e->b->name, GIL__HOLDER_TID, row->hold_from, e->ts,
                   why, func);
        row->holding = 0;
      }
      break;
    default:
      break;
    }
    if (nwait != was) {
      fputs(",\n{\"name\":\"waiting threads\",\"ph\":\"C\",\"pid\":1,"
            "\"ts\":",
            f);
      gil__put_us(f, gil__rel(g, e->ts));
      fprintf(f, ",\"args\":{\"waiting\":%d}}", nwait);
    }
  }
  /* Close what is still open at the end of the trace. */
  for (size_t j = 0; j < nb; j++) {
    if (rows[j].waiting)
      gil__slice(f, g, "waiting", rows[j].b->tid, rows[j].wait_from, end,
                 NULL, NULL);
    if (rows[j].holding) {
      gil__slice(f, g, "holding", rows[j].b->tid, rows[j].hold_from, end,
                 NULL, NULL);
      gil__slice(f, g, rows[j].b->name, GIL__HOLDER_TID, rows[j].hold_from,
                 end, NULL, NULL);
    }
  }
  fprintf(f, "\n]}\n");
  free(all);
  free(rows);
  return ferror(f) ? GIL_EIO : 0;
}

int gil_trace_stop(gil_t *g) {
  if (!g)
    return GIL_EINVAL;
  GIL__CHECK(pthread_mutex_lock(&g->threads_lock));
  if (!atomic_load(&g->tracing)) {
    GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));
    return GIL_ESTATE;
  }
  atomic_store(&g->tracing, 0);
  gil__update_fastmode(g);
  uint64_t end = gil__now_ns();
  for (gil_thread_t *t = g->threads; t; t = t->next) {
    GIL__CHECK(pthread_mutex_lock(&t->tb_lock));
    t->tb = NULL;
    GIL__CHECK(pthread_mutex_unlock(&t->tb_lock));
  }
  /* No thread can reach the buffers now: write them outside the lock. */
  gil__tracebuf *bufs = g->trace_bufs;
  char *path = g->trace_path;
  g->trace_bufs = NULL;
  g->trace_path = NULL;
  GIL__CHECK(pthread_mutex_unlock(&g->threads_lock));

  int rc = GIL_EIO;
  FILE *f = fopen(path, "w");
  if (f) {
    rc = gil__trace_is_html(path) ? gil__trace_write_html(g, f, bufs, end)
                                  : gil__trace_write(g, f, bufs, end);
    if (fclose(f) != 0 && rc == 0)
      rc = GIL_EIO;
  }
  gil__log(g, GIL_LOG_INFO, "trace written: %s (%s)", path, gil_strerror(rc));
  gil__trace_free_list(bufs);
  free(path);
  return rc;
}
