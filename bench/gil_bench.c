/*
 * gil_bench.c: libgil's policies side by side, with a plain pthread mutex
 * as a baseline, in one run on the same machine:
 *
 *   uncontended  one thread, take+drop, ns per pair (best of 10 chunks)
 *   handoff      two threads pass a turn back and forth with gil_yield,
 *                µs per round trip (median)
 *   convoy       an "I/O" thread sleeps 1 ms with the GIL released, then
 *                takes it back while a "CPU" thread holds it and polls the
 *                breaker: µs from waking up to holding (median, p99)
 *   fairness     4 CPU threads: min/max of their shares of GIL time
 *   starvation   a thread that blocks a few µs after every 1 ms of work vs.
 *                a pure CPU thread: the share the pure CPU thread keeps
 *
 * Options: --quick (shorter runs), --interval-us N (switch interval),
 * --policy NAME (only that one; "mutex" for the baseline).  Ends with one
 * "RESULT policy=..." line per policy for scripts.  No numbers here are
 * asserted anywhere: the machine is shared, run it a few times.
 *
 * examples/gil_demo.c includes this file with GIL_BENCH_NO_MAIN.
 */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "gil.h"

/* ---- a lock backend: one of the GIL policies, or a mutex ----------------- */

#define BK_MUTEX (-1)
#define BK_MUTEX_TICKS 100 /* the mutex "polls" by unlocking every N calls */

typedef struct bk {
  int policy; /* a gil_policy or BK_MUTEX */
  gil_t *g;
  pthread_mutex_t m;
} bk;

typedef struct bt {
  bk *b;
  gil_thread_t *t;
  unsigned ticks;
} bt;

static const char *bk_name(int policy) {
  return policy == BK_MUTEX ? "mutex" : gil_policy_name(policy);
}

static void bk_init(bk *b, int policy, unsigned interval_us) {
  memset(b, 0, sizeof *b);
  b->policy = policy;
  if (policy == BK_MUTEX) {
    pthread_mutex_init(&b->m, NULL);
    return;
  }
  gil_config cfg;
  gil_config_init(&cfg);
  cfg.policy = (gil_policy)policy;
  cfg.interval_us = interval_us;
  b->g = gil_new(&cfg);
  if (!b->g) {
    fprintf(stderr, "gil_new failed\n");
    exit(1);
  }
}

static void bk_fini(bk *b) {
  if (b->policy == BK_MUTEX)
    pthread_mutex_destroy(&b->m);
  else
    gil_free(b->g);
}

static void bt_attach(bt *t, bk *b, const char *name) {
  t->b = b;
  t->ticks = 0;
  t->t = b->policy == BK_MUTEX ? NULL : gil_thread_attach(b->g, name);
}

static void bt_detach(bt *t) {
  if (t->t)
    gil_thread_detach(t->t);
}

static inline void bt_take(bt *t) {
  if (t->t)
    gil_take(t->t);
  else
    pthread_mutex_lock(&t->b->m);
}

static inline void bt_drop(bt *t) {
  if (t->t)
    gil_drop(t->t);
  else
    pthread_mutex_unlock(&t->b->m);
}

/* The interpreter's check point.  Returns 1 if it may have switched. */
static inline int bt_poll(bt *t) {
  if (t->t) {
    if (gil_breaker_pending(t->b->g)) {
      gil_breaker_poll(t->t);
      return 1;
    }
    return 0;
  }
  if (++t->ticks >= BK_MUTEX_TICKS) {
    t->ticks = 0;
    pthread_mutex_unlock(&t->b->m);
    pthread_mutex_lock(&t->b->m);
    return 1;
  }
  return 0;
}

static void bt_yield(bt *t) {
  if (t->t) {
    gil_yield(t->t);
  } else {
    pthread_mutex_unlock(&t->b->m);
    pthread_mutex_lock(&t->b->m);
  }
}

/* ---- helpers ------------------------------------------------------------- */

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void sleep_ns(long ns) {
  struct timespec ts = {ns / 1000000000L, ns % 1000000000L};
  nanosleep(&ts, NULL);
}

/* A unit of "bytecode" work, roughly 100 ns. */
static volatile uint64_t work_sink;
static inline void work_unit(void) {
  uint64_t x = work_sink;
  for (int i = 0; i < 40; i++)
    x = x * 6364136223846793005u + 1442695040888963407u;
  work_sink = x;
}

static int cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

typedef struct bench_opts {
  int quick;
  unsigned interval_us;
} bench_opts;

typedef struct bench_result {
  int policy;
  double uncontended_ns, handoff_us, convoy_median_us, convoy_p99_us,
      fairness, starved_share;
} bench_result;

/* ---- uncontended ----------------------------------------------------------- */

static double bench_uncontended(int policy, const bench_opts *o) {
  bk b;
  bk_init(&b, policy, o->interval_us);
  bt t;
  bt_attach(&t, &b, "solo");
  long n = o->quick ? 1000000 : 5000000;
  for (long i = 0; i < n / 10; i++) { /* warm up */
    bt_take(&t);
    bt_drop(&t);
  }
  /* Best of 10 chunks: on a shared machine a chunk that was preempted
   * measures the scheduler, not the lock. */
  double ns = 1e18;
  for (int c = 0; c < 10; c++) {
    uint64_t t0 = now_ns();
    for (long i = 0; i < n / 10; i++) {
      bt_take(&t);
      bt_drop(&t);
    }
    double v = (double)(now_ns() - t0) / (double)(n / 10);
    if (v < ns)
      ns = v;
  }
  bt_detach(&t);
  bk_fini(&b);
  return ns;
}

/* ---- handoff ping-pong --------------------------------------------------------- */

typedef struct pp_shared {
  bk *b;
  int turn;         /* under the lock */
  long rounds;      /* under the lock: completed round trips */
  long target;
  uint64_t deadline;
  uint64_t *rt;     /* round-trip times seen by "ping" */
} pp_shared;

typedef struct pp_arg {
  pp_shared *s;
  int me;
} pp_arg;

static void *pp_thread(void *arg) {
  pp_arg *a = arg;
  pp_shared *s = a->s;
  bt t;
  bt_attach(&t, s->b, a->me ? "pong" : "ping");
  bt_take(&t);
  unsigned spins = 0;
  uint64_t last = 0;
  for (;;) {
    if (s->rounds >= s->target)
      break;
    if (s->turn == a->me) {
      s->turn = !a->me;
      if (a->me == 0) {
        uint64_t now = now_ns();
        if (last)
          s->rt[s->rounds] = now - last;
        last = now;
        s->rounds++;
      }
    }
    bt_yield(&t);
    if ((++spins & 1023) == 0 && now_ns() > s->deadline)
      s->target = s->rounds; /* out of time: stop both */
  }
  bt_drop(&t);
  bt_detach(&t);
  return NULL;
}

static double bench_handoff(int policy, const bench_opts *o) {
  bk b;
  bk_init(&b, policy, o->interval_us);
  pp_shared s = {.b = &b, .target = o->quick ? 2000 : 10000};
  s.rt = calloc((size_t)s.target + 1, sizeof *s.rt);
  s.deadline = now_ns() + (o->quick ? 300000000u : 1000000000u);
  pthread_t th[2];
  pp_arg args[2] = {{&s, 0}, {&s, 1}};
  for (int i = 0; i < 2; i++)
    pthread_create(&th[i], NULL, pp_thread, &args[i]);
  for (int i = 0; i < 2; i++)
    pthread_join(th[i], NULL);
  /* The median round trip: robust to a thread being preempted for a
   * whole time slice now and then on a shared machine. */
  double us = 0;
  long n = s.rounds - 1; /* rt[1..rounds-1] are round trips */
  if (n > 0) {
    qsort(s.rt + 1, (size_t)n, sizeof *s.rt, cmp_u64);
    us = (double)s.rt[1 + n / 2] / 1000.0;
  }
  free(s.rt);
  bk_fini(&b);
  return us;
}

/* ---- convoy -------------------------------------------------------------------- */

typedef struct cv_shared {
  bk *b;
  _Atomic int stop;
  _Atomic int cpu_ready;
} cv_shared;

static void *cv_cpu(void *arg) {
  cv_shared *s = arg;
  bt t;
  bt_attach(&t, s->b, "cpu");
  bt_take(&t);
  atomic_store(&s->cpu_ready, 1);
  while (!atomic_load_explicit(&s->stop, memory_order_relaxed)) {
    work_unit();
    bt_poll(&t);
  }
  bt_drop(&t);
  bt_detach(&t);
  return NULL;
}

static void bench_convoy(int policy, const bench_opts *o, double *median,
                         double *p99) {
  bk b;
  bk_init(&b, policy, o->interval_us);
  cv_shared s = {.b = &b};
  bt io;
  bt_attach(&io, &b, "io");
  pthread_t cpu;
  pthread_create(&cpu, NULL, cv_cpu, &s);
  while (!atomic_load(&s.cpu_ready))
    sleep_ns(100000);
  int n = o->quick ? 40 : 200;
  uint64_t *lat = calloc((size_t)n, sizeof *lat);
  for (int i = 0; i < n; i++) {
    sleep_ns(1000000); /* the blocking call, GIL released */
    uint64_t woke = now_ns();
    bt_take(&io);
    lat[i] = now_ns() - woke;
    work_unit(); /* handle the "I/O" result */
    bt_drop(&io);
  }
  atomic_store(&s.stop, 1);
  pthread_join(cpu, NULL);
  qsort(lat, (size_t)n, sizeof *lat, cmp_u64);
  *median = (double)lat[n / 2] / 1000.0;
  *p99 = (double)lat[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1] / 1000.0;
  free(lat);
  bt_detach(&io);
  bk_fini(&b);
}

/* ---- fairness and starvation ----------------------------------------------------- */

typedef struct fr_shared {
  bk *b;
  _Atomic int stop;
} fr_shared;

typedef struct fr_arg {
  fr_shared *s;
  const char *name;
  uint64_t burst_ns; /* 0: pure CPU; else drop and block after each burst */
  long block_ns;
  uint64_t held_ns; /* result */
} fr_arg;

/* Holds the GIL doing work units and polling; counts its own hold time
 * (clock reads only around polls, so the measurement costs little). */
static void *fr_thread(void *arg) {
  fr_arg *a = arg;
  fr_shared *s = a->s;
  bt t;
  bt_attach(&t, s->b, a->name);
  bt_take(&t);
  uint64_t start = now_ns(), burst = 0;
  while (!atomic_load_explicit(&s->stop, memory_order_relaxed)) {
    for (int i = 0; i < 8; i++)
      work_unit();
    uint64_t now = now_ns();
    a->held_ns += now - start;
    burst += now - start;
    if (a->burst_ns && burst >= a->burst_ns) {
      bt_drop(&t);
      sleep_ns(a->block_ns);
      bt_take(&t);
      burst = 0;
    } else {
      bt_poll(&t);
    }
    start = now_ns();
  }
  bt_drop(&t);
  bt_detach(&t);
  return NULL;
}

static void fr_run(bk *b, fr_arg *args, int n, uint64_t duration_ns) {
  fr_shared s = {.b = b};
  pthread_t th[8];
  for (int i = 0; i < n; i++) {
    args[i].s = &s;
    args[i].held_ns = 0;
    pthread_create(&th[i], NULL, fr_thread, &args[i]);
  }
  sleep_ns((long)duration_ns);
  atomic_store(&s.stop, 1);
  for (int i = 0; i < n; i++)
    pthread_join(th[i], NULL);
}

static double bench_fairness(int policy, const bench_opts *o) {
  bk b;
  bk_init(&b, policy, o->interval_us);
  fr_arg a[4];
  const char *names[4] = {"cpu-0", "cpu-1", "cpu-2", "cpu-3"};
  for (int i = 0; i < 4; i++)
    a[i] = (fr_arg){.name = names[i]};
  fr_run(&b, a, 4, o->quick ? 500000000u : 2000000000u);
  uint64_t mn = UINT64_MAX, mx = 0;
  for (int i = 0; i < 4; i++) {
    if (a[i].held_ns < mn)
      mn = a[i].held_ns;
    if (a[i].held_ns > mx)
      mx = a[i].held_ns;
  }
  bk_fini(&b);
  return mx ? (double)mn / (double)mx : 0.0;
}

static double bench_starvation(int policy, const bench_opts *o) {
  bk b;
  bk_init(&b, policy, o->interval_us);
  fr_arg a[2] = {
      {.name = "pure-cpu"},
      {.name = "bursty", .burst_ns = 1000000, .block_ns = 5000},
  };
  fr_run(&b, a, 2, o->quick ? 300000000u : 1000000000u);
  uint64_t total = a[0].held_ns + a[1].held_ns;
  bk_fini(&b);
  return total ? (double)a[0].held_ns / (double)total : 0.0;
}

/* ---- driver -------------------------------------------------------------------- */

__attribute__((unused)) static void bench_policy(int policy, const bench_opts *o, bench_result *r) {
  r->policy = policy;
  r->uncontended_ns = bench_uncontended(policy, o);
  r->handoff_us = bench_handoff(policy, o);
  bench_convoy(policy, o, &r->convoy_median_us, &r->convoy_p99_us);
  r->fairness = bench_fairness(policy, o);
  r->starved_share = bench_starvation(policy, o);
}

__attribute__((unused)) static void bench_print_table(const bench_result *r, int n) {
  printf("%-8s %14s %12s %14s %12s %9s %13s\n", "policy", "uncontended",
         "handoff", "convoy median", "convoy p99", "fairness", "starved share");
  printf("%-8s %14s %12s %14s %12s %9s %13s\n", "", "ns/take+drop",
         "us/round", "us", "us", "min/max", "pure CPU");
  for (int i = 0; i < n; i++)
    printf("%-8s %14.1f %12.1f %14.1f %12.1f %9.3f %13.3f\n",
           bk_name(r[i].policy), r[i].uncontended_ns, r[i].handoff_us,
           r[i].convoy_median_us, r[i].convoy_p99_us, r[i].fairness,
           r[i].starved_share);
}

#ifndef GIL_BENCH_NO_MAIN
static void usage(void) {
  fprintf(stderr, "usage: gil_bench [--quick] [--interval-us N] "
                  "[--policy fair|cpython|legacy|mutex]\n");
  exit(2);
}

int main(int argc, char **argv) {
  bench_opts o = {.quick = 0, .interval_us = 5000};
  int only = -2;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--quick") == 0) {
      o.quick = 1;
    } else if (strcmp(argv[i], "--interval-us") == 0 && i + 1 < argc) {
      long v = strtol(argv[++i], NULL, 10);
      if (v <= 0)
        usage();
      o.interval_us = (unsigned)v;
    } else if (strcmp(argv[i], "--policy") == 0 && i + 1 < argc) {
      i++;
      if (strcmp(argv[i], "mutex") == 0) {
        only = BK_MUTEX;
      } else {
        only = gil_policy_from_name(argv[i]);
        if (only < 0)
          usage();
      }
    } else {
      usage();
    }
  }
  int order[] = {GIL_POLICY_FAIR, GIL_POLICY_CPYTHON, GIL_POLICY_LEGACY,
                 BK_MUTEX};
  bench_result res[4];
  int n = 0;
  printf("libgil %s bench: interval %u us%s\n", gil_version_string(),
         o.interval_us, o.quick ? " (quick)" : "");
  for (int i = 0; i < 4; i++) {
    if (only != -2 && order[i] != only)
      continue;
    fprintf(stderr, "running %s...\n", bk_name(order[i]));
    bench_policy(order[i], &o, &res[n++]);
  }
  printf("\n");
  bench_print_table(res, n);
  printf("\n");
  for (int i = 0; i < n; i++)
    printf("RESULT policy=%s uncontended_ns=%.1f handoff_us=%.1f "
           "convoy_median_us=%.1f convoy_p99_us=%.1f fairness=%.3f "
           "starved_share=%.3f\n",
           bk_name(res[i].policy), res[i].uncontended_ns, res[i].handoff_us,
           res[i].convoy_median_us, res[i].convoy_p99_us, res[i].fairness,
           res[i].starved_share);
  return 0;
}
#endif
