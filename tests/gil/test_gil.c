/*
 * test_gil.c: libgil behaviour common to every policy.  Run once per policy
 * (argv[1]); argv[2] optionally selects one test.  No test asserts on time:
 * each waits for events, so a broken GIL shows up as a wrong count, a TSan
 * report or a CTest timeout.
 */
#include <signal.h>
#include <unistd.h>

#include "test_util.h"

/* ---- names, errors, config ------------------------------------------------ */

static void test_api_basics(void **state) {
  (void)state;
  assert_string_equal(gil_version_string(), GIL_VERSION_STRING);
  assert_int_equal(GIL_VERSION_NUMBER, GIL_VERSION_MAJOR * 1000000 +
                                           GIL_VERSION_MINOR * 1000 +
                                           GIL_VERSION_PATCH);
  for (int p = 0; p < GIL_POLICY_COUNT; p++)
    assert_int_equal(gil_policy_from_name(gil_policy_name(p)), p);
  assert_int_equal(gil_policy_from_name("fair"), GIL_POLICY_FAIR);
  assert_int_equal(gil_policy_from_name("nope"), GIL_EINVAL);
  assert_int_equal(gil_policy_from_name(NULL), GIL_EINVAL);
  assert_string_equal(gil_policy_name(99), "unknown");
  assert_string_equal(gil_strerror(GIL_ESTATE), "wrong state for this call");
  assert_string_equal(gil_strerror(-1000), "unknown error");

  gil_config cfg;
  gil_config_init(&cfg);
  assert_int_equal(cfg.policy, GIL_POLICY_FAIR);
  assert_int_equal(cfg.interval_us, 5000);
  assert_int_equal(cfg.ticks, 100);
  assert_int_equal(cfg.stats, 1);
  assert_null(cfg.log);
  cfg.interval_us = 0;
  assert_null(gil_new(&cfg));
  gil_config_init(&cfg);
  cfg.policy = (gil_policy)7;
  assert_null(gil_new(&cfg));
  gil_config_init(&cfg);
  cfg.stats = 3;
  assert_null(gil_new(&cfg));

  gil_t *g = gil_new(NULL); /* defaults */
  assert_non_null(g);
  assert_int_equal(gil_get_policy(g), GIL_POLICY_FAIR);
  gil_free(g);
  gil_free(NULL);
  g = tu_new(0, 1);
  assert_int_equal(gil_get_policy(g), tu_policy);
  assert_int_equal(gil_take(NULL), GIL_EINVAL);
  assert_int_equal(gil_drop(NULL), GIL_EINVAL);
  gil_thread_t *t = gil_thread_attach(g, NULL);
  assert_string_equal(gil_thread_name(t), "thread-1"); /* default name */
  assert_ptr_equal(gil_thread_gil(t), g);
  assert_false(gil_holds(t));
  assert_int_equal(gil_waiting(g), 0);
  gil_thread_detach(t);
  gil_free(g);
}

/* The log callback hears from the library; without one it stays silent. */
static int log_calls;
static void log_fn(void *ud, int level, const char *msg) {
  assert_ptr_equal(ud, &log_calls);
  assert_true(level >= GIL_LOG_ERROR && level <= GIL_LOG_DEBUG);
  assert_non_null(msg);
  log_calls++;
}

static void test_log_callback(void **state) {
  (void)state;
  gil_config cfg;
  gil_config_init(&cfg);
  cfg.policy = tu_policy;
  cfg.log = log_fn;
  cfg.log_userdata = &log_calls;
  log_calls = 0;
  gil_t *g = gil_new(&cfg);
  assert_true(log_calls > 0);
  gil_free(g);
}

/* ---- mutual exclusion ---------------------------------------------------- */

#define MX_THREADS 8
#define MX_ITERS 100000

typedef struct {
  gil_t *g;
  long counter; /* plain, protected only by the GIL */
  int index;
} mx_shared;

static mx_shared mx;

static void *mx_worker(void *arg) {
  char name[16];
  snprintf(name, sizeof name, "mx-%d", (int)(intptr_t)arg);
  gil_thread_t *t = gil_thread_attach(mx.g, name);
  assert_non_null(t);
  for (int i = 0; i < MX_ITERS; i++) {
    assert_int_equal(gil_take(t), 0);
    long v = mx.counter; /* a separate load and store: a race would lose */
    mx.counter = v + 1;
    if ((i & 63) == 0 && gil_breaker_pending(mx.g))
      gil_breaker_poll(t);
    assert_int_equal(gil_drop(t), 0);
  }
  gil_thread_detach(t);
  return NULL;
}

static void test_mutual_exclusion(void **state) {
  (void)state;
  mx.g = tu_new(1000, 1);
  mx.counter = 0;
  pthread_t th[MX_THREADS];
  for (int i = 0; i < MX_THREADS; i++)
    th[i] = tu_spawn(mx_worker, (void *)(intptr_t)i);
  for (int i = 0; i < MX_THREADS; i++)
    tu_join(th[i]);
  assert_int_equal(mx.counter, (long)MX_THREADS * MX_ITERS);
  gil_stats st;
  assert_int_equal(gil_stats_get(mx.g, &st), 0);
  assert_int_equal(st.acquisitions, st.voluntary_drops + st.forced_drops);
  assert_true(st.acquisitions >= (uint64_t)MX_THREADS * MX_ITERS);
  gil_free(mx.g);
}

/* Many short contention episodes with an interval so long (1000 s) that
 * a lost wake-up cannot be rescued by a waiter's timer: it would hang the
 * test until the CTest timeout instead of passing slowly. */
#define LW_THREADS 4
#define LW_ITERS 20000

static pthread_barrier_t lw_start;

static void *lw_worker(void *arg) {
  (void)arg;
  gil_thread_t *t = gil_thread_attach(mx.g, NULL);
  pthread_barrier_wait(&lw_start);
  for (int i = 0; i < LW_ITERS; i++) {
    gil_take(t);
    mx.counter++;
    if (i % 16 == 0)
      sched_yield(); /* holding: others run, find it taken and queue */
    gil_drop(t);
    if (i % 7 == 0)
      sched_yield(); /* let the episode end, so the next one starts afresh */
  }
  gil_thread_detach(t);
  return NULL;
}

static void test_no_lost_wakeups(void **state) {
  (void)state;
  mx.g = tu_new(1000000000u, 1);
  mx.counter = 0;
  pthread_barrier_init(&lw_start, NULL, LW_THREADS);
  pthread_t th[LW_THREADS];
  for (int i = 0; i < LW_THREADS; i++)
    th[i] = tu_spawn(lw_worker, NULL);
  for (int i = 0; i < LW_THREADS; i++)
    tu_join(th[i]);
  assert_int_equal(mx.counter, (long)LW_THREADS * LW_ITERS);
  gil_stats st;
  gil_stats_get(mx.g, &st);
  print_message("  %llu of %llu takes contended\n",
                (unsigned long long)st.contended,
                (unsigned long long)st.acquisitions);
  pthread_barrier_destroy(&lw_start);
  gil_free(mx.g);
}

/* ---- drop requests ---------------------------------------------------------- */

typedef struct {
  gil_t *g;
  int got_in; /* written and read under the GIL */
} dr_shared;

static void *dr_waiter(void *arg) {
  dr_shared *s = arg;
  gil_thread_t *t = gil_thread_attach(s->g, "waiter");
  gil_take(t);
  s->got_in = 1;
  gil_drop(t);
  gil_thread_detach(t);
  return NULL;
}

static void test_drop_request_honoured(void **state) {
  (void)state;
  dr_shared s = {.g = tu_new(1000, 1)};
  if (tu_policy == GIL_POLICY_LEGACY)
    gil_set_ticks(s.g, 10);
  gil_thread_t *me = gil_thread_attach(s.g, "holder");
  gil_take(me);
  pthread_t th = tu_spawn(dr_waiter, &s);
  /* The holder never drops voluntarily: only the breaker lets the waiter in. */
  unsigned long polls = 0;
  while (!s.got_in) {
    if (gil_breaker_pending(s.g)) {
      polls++;
      assert_int_equal(gil_breaker_poll(me), 0);
      assert_true(gil_holds(me));
    }
  }
  assert_true(polls > 0);
  gil_stats mine;
  gil_thread_stats(me, &mine);
  assert_true(mine.forced_drops >= 1);
  gil_drop(me);
  tu_join(th);
  gil_stats all;
  gil_stats_get(s.g, &all);
  if (tu_policy != GIL_POLICY_LEGACY) {
    /* legacy makes no requests, and its waiter may slip in between a
     * tick's release and re-acquire without waiting at all */
    assert_true(all.drop_requests >= 1);
    assert_true(all.contended >= 1);
  }
  gil_thread_detach(me);
  gil_free(s.g);
}

/* An explicit gil_request_drop with nobody waiting must not hang. */
static void test_request_without_waiters(void **state) {
  (void)state;
  gil_t *g = tu_new(0, 1);
  gil_thread_t *me = gil_thread_attach(g, "solo");
  gil_take(me);
  gil_request_drop(g);
  assert_true(gil_breaker_pending(g) & GIL_BREAKER_DROP);
  gil_breaker_poll(me);
  assert_true(gil_holds(me));
  assert_false(gil_breaker_pending(g) & GIL_BREAKER_DROP);
  gil_drop(me);
  gil_thread_detach(me);
  gil_free(g);
}

/* ---- save / restore and the allow-threads macros ---------------------------- */

typedef struct {
  gil_t *g;
  int ran; /* under the GIL */
  pthread_mutex_t m;
  pthread_cond_t c;
  int done; /* under m */
} sr_shared;

static void *sr_other(void *arg) {
  sr_shared *s = arg;
  gil_thread_t *t = gil_thread_attach(s->g, "other");
  gil_take(t);
  s->ran++;
  gil_drop(t);
  gil_thread_detach(t);
  pthread_mutex_lock(&s->m);
  s->done = 1;
  pthread_cond_signal(&s->c);
  pthread_mutex_unlock(&s->m);
  return NULL;
}

static void test_save_restore(void **state) {
  (void)state;
  sr_shared s = {.g = tu_new(0, 1)};
  pthread_mutex_init(&s.m, NULL);
  pthread_cond_init(&s.c, NULL);
  assert_null(gil_current(s.g));
  assert_null(gil_save_thread(s.g)); /* not attached */
  gil_thread_t *me = gil_thread_attach(s.g, "main");
  assert_ptr_equal(gil_current(s.g), me);
  assert_null(gil_thread_attach(s.g, "again")); /* already attached */
  assert_null(gil_save_thread(s.g));            /* not holding */
  gil_take(me);
  assert_int_equal(gil_take(me), GIL_ESTATE);

  /* The other thread can only run while we are inside the macros. */
  pthread_t th = tu_spawn(sr_other, &s);
  GIL_BEGIN_ALLOW_THREADS(s.g)
  assert_false(gil_holds(me));
  pthread_mutex_lock(&s.m);
  while (!s.done)
    pthread_cond_wait(&s.c, &s.m);
  pthread_mutex_unlock(&s.m);
  GIL_END_ALLOW_THREADS
  assert_true(gil_holds(me));
  assert_int_equal(s.ran, 1);
  tu_join(th);

  gil_thread_t *saved = gil_save_thread(s.g);
  assert_ptr_equal(saved, me);
  assert_false(gil_holds(me));
  gil_restore_thread(saved);
  assert_true(gil_holds(me));
  gil_restore_thread(NULL); /* no-op */

  gil_stats st;
  gil_thread_stats(me, &st);
  assert_int_equal(st.voluntary_drops, 2);
  assert_int_equal(st.acquisitions, 3);
  assert_int_equal(gil_yield(me), 0);
  gil_drop(me);
  assert_int_equal(gil_drop(me), GIL_ESTATE);
  assert_int_equal(gil_yield(me), GIL_ESTATE);
  gil_thread_detach(me);
  assert_null(gil_current(s.g));
  gil_free(s.g);
  pthread_mutex_destroy(&s.m);
  pthread_cond_destroy(&s.c);
}

/* ---- interval changes --------------------------------------------------------- */

static void test_interval_change(void **state) {
  (void)state;
  gil_t *g = tu_new(0, 1);
  assert_int_equal(gil_get_interval_us(g), 5000);
  assert_int_equal(gil_set_interval_us(g, 0), GIL_EINVAL);
  assert_int_equal(gil_set_interval_us(g, 250), 0);
  assert_int_equal(gil_get_interval_us(g), 250);
  assert_int_equal(gil_set_ticks(g, 0), GIL_EINVAL);
  assert_int_equal(gil_set_ticks(g, 7), 0);
  assert_int_equal(gil_get_ticks(g), 7);

  /* Changed while a waiter is blocked: the waiter still gets in. */
  dr_shared s = {.g = g};
  gil_set_interval_us(g, 200000);
  gil_thread_t *me = gil_thread_attach(g, "holder");
  gil_take(me);
  pthread_t th = tu_spawn(dr_waiter, &s);
  tu_wait_waiting(g, 1);
  gil_set_interval_us(g, 500);
  while (!s.got_in)
    if (gil_breaker_pending(g))
      gil_breaker_poll(me);
  gil_drop(me);
  tu_join(th);
  gil_thread_detach(me);
  gil_free(g);
}

/* ---- pending bits --------------------------------------------------------------- */

static gil_t *pb_gil;

static void pb_handler(int sig) {
  (void)sig;
  gil_pending_set(pb_gil, GIL_PENDING_USER(3)); /* async-signal-safe */
}

static void test_pending_bits(void **state) {
  (void)state;
  gil_t *g = pb_gil = tu_new(0, 1);
  gil_thread_t *me = gil_thread_attach(g, "main");
  gil_take(me);
  uint32_t base = gil_breaker_pending(g); /* legacy keeps its tick bit */
  assert_int_equal(base & ~GIL_BREAKER_RESERVED, 0);
  assert_ptr_equal(gil_breaker(g), gil_breaker(g));
  gil_pending_set(g, GIL_BREAKER_DROP); /* reserved bits are ignored */
  assert_int_equal(gil_breaker_pending(g), base);
  gil_pending_set(g, GIL_PENDING_USER(0) | GIL_PENDING_USER(29));
  assert_true(gil_breaker_pending(g) != 0);
  assert_int_equal(gil_breaker_poll(me),
                   GIL_PENDING_USER(0) | GIL_PENDING_USER(29));
  /* poll reports but does not clear */
  assert_int_equal(gil_breaker_poll(me),
                   GIL_PENDING_USER(0) | GIL_PENDING_USER(29));
  gil_pending_clear(g, GIL_PENDING_USER(0));
  assert_int_equal(gil_breaker_poll(me), GIL_PENDING_USER(29));
  gil_pending_clear(g, GIL_PENDING_USER(29) | GIL_BREAKER_TICK);
  assert_int_equal(gil_breaker_pending(g), base);

  struct sigaction sa, old;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = pb_handler;
  sigaction(SIGUSR1, &sa, &old);
  raise(SIGUSR1);
  sigaction(SIGUSR1, &old, NULL);
  assert_int_equal(gil_breaker_poll(me), GIL_PENDING_USER(3));
  gil_pending_clear(g, GIL_PENDING_USER(3));
  gil_drop(me);
  gil_thread_detach(me);
  gil_free(g);
}

/* ---- statistics ------------------------------------------------------------------ */

#define ST_THREADS 3
#define ST_ROUNDS 2000

typedef struct {
  gil_t *g;
  long work; /* under the GIL */
} st_shared;

static void *st_worker(void *arg) {
  st_shared *s = arg;
  gil_thread_t *t = gil_thread_attach(s->g, NULL);
  for (int i = 0; i < ST_ROUNDS; i++) {
    gil_take(t);
    for (int k = 0; k < 200; k++)
      s->work++;
    gil_drop(t);
  }
  gil_stats st;
  gil_thread_stats(t, &st);
  assert_int_equal(st.acquisitions, ST_ROUNDS);
  assert_int_equal(st.voluntary_drops, ST_ROUNDS);
  assert_int_equal(st.forced_drops, 0);
  assert_true(st.contended <= st.acquisitions);
  assert_true(st.switches <= st.acquisitions);
  uint64_t h = 0;
  for (int b = 0; b < GIL_HIST_BUCKETS; b++)
    h += st.wait_hist[b];
  assert_int_equal(h, st.contended);
  assert_true(st.max_wait_ns <= st.wait_ns);
  if (st.contended == 0)
    assert_int_equal(st.wait_ns, 0);
  gil_thread_detach(t);
  return NULL;
}

typedef struct {
  int n;
  gil_stats sum;
} st_visit;

static int st_visitor(void *ud, const gil_thread_t *t, const char *name,
                      const gil_stats *st) {
  st_visit *v = ud;
  assert_string_equal(name, gil_thread_name(t));
  v->n++;
  v->sum.acquisitions += st->acquisitions;
  v->sum.hold_ns += st->hold_ns;
  return 0;
}

static uint64_t now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void test_stats_consistent(void **state) {
  (void)state;
  st_shared s = {.g = tu_new(0, 2)}; /* 2: time every hold */
  uint64_t t0 = now_ns();
  pthread_t th[ST_THREADS];
  for (int i = 0; i < ST_THREADS; i++)
    th[i] = tu_spawn(st_worker, &s);
  for (int i = 0; i < ST_THREADS; i++)
    tu_join(th[i]);
  uint64_t wall = now_ns() - t0;
  gil_stats all;
  assert_int_equal(gil_stats_get(s.g, &all), 0);
  assert_int_equal(all.acquisitions, ST_THREADS * ST_ROUNDS);
  assert_int_equal(all.voluntary_drops, ST_THREADS * ST_ROUNDS);
  assert_true(all.hold_ns > 0);
  /* Holds never overlap, so together they fit in the elapsed time. */
  assert_true(all.hold_ns <= wall);
  assert_true(all.switches >= 1);

  /* Live threads: foreach agrees with the totals. */
  gil_thread_t *me = gil_thread_attach(s.g, "main");
  gil_stats_reset(s.g);
  gil_stats_get(s.g, &all);
  assert_int_equal(all.acquisitions, 0);
  assert_int_equal(all.hold_ns, 0);
  for (int i = 0; i < 10; i++) {
    gil_take(me);
    gil_drop(me);
  }
  gil_thread_set_name(me, "renamed");
  assert_string_equal(gil_thread_name(me), "renamed");
  st_visit v = {0};
  assert_int_equal(gil_stats_foreach(s.g, st_visitor, &v), 0);
  gil_stats_get(s.g, &all);
  assert_int_equal(v.n, 1);
  assert_int_equal(v.sum.acquisitions, 10);
  assert_int_equal(all.acquisitions, 10);
  char small[8];
  int need = gil_stats_format(s.g, small, sizeof small);
  assert_true(need > (int)sizeof small);
  assert_int_equal(strlen(small), sizeof small - 1); /* truncated, ended */
  char *text = malloc((size_t)need + 1);
  assert_int_equal(gil_stats_format(s.g, text, (size_t)need + 1), need);
  assert_non_null(strstr(text, "renamed"));
  assert_non_null(strstr(text, "(total)"));
  free(text);
  assert_int_equal(gil_stats_format(s.g, NULL, 0), need);
    gil_take(me); /* the current hold counts too */
  double share = gil_stats_hold_share(s.g, me);
  assert_true(share > 0.0 && share <= 1.0); /* main is the only holder */
  gil_drop(me);
  gil_thread_detach(me);
  gil_free(s.g);
}

/* Stats off: nothing is counted, everything still works. */
static void test_stats_off(void **state) {
  (void)state;
  gil_t *g = tu_new(0, 0);
  gil_thread_t *me = gil_thread_attach(g, "main");
  gil_take(me);
  gil_drop(me);
  gil_stats st;
  gil_stats_get(g, &st);
  assert_int_equal(st.acquisitions, 0);
  gil_thread_detach(me);
  gil_free(g);
}

/* ---- detach ---------------------------------------------------------------------- */

static void *dt_worker(void *arg) {
  gil_t *g = arg;
  gil_thread_t *t = gil_thread_attach(g, "leaver");
  gil_take(t);
  gil_thread_detach(t); /* drops for us */
  return NULL;
}

static void test_detach_while_holding(void **state) {
  (void)state;
  gil_t *g = tu_new(0, 1);
  pthread_t th = tu_spawn(dt_worker, g);
  tu_join(th);
  gil_thread_t *me = gil_thread_attach(g, "main");
  gil_take(me); /* would hang if the detach had not dropped */
  gil_drop(me);
  gil_stats st;
  gil_stats_get(g, &st); /* the detached thread stays in the totals */
  assert_int_equal(st.acquisitions, 2);
  gil_free(g); /* frees `me` too */
}

/* ---- tracing (the JSON itself is checked by check_trace.py) ---------------------- */

static void *tr_worker(void *arg) {
  gil_t *g = arg;
  gil_thread_t *t = gil_thread_attach(g, "tr \"worker\"");
  for (int i = 0; i < 200; i++) {
    gil_take(t);
    for (volatile int k = 0; k < 1000; k++)
      ;
    if (gil_breaker_pending(g))
      gil_breaker_poll(t);
    gil_drop(t);
  }
  gil_thread_detach(t);
  return NULL;
}

static void test_trace(void **state) {
  (void)state;
  const char *dir = getenv("GIL_TEST_OUT");
  char path[512];
  snprintf(path, sizeof path, "%s/trace_%s.json", dir ? dir : ".",
           gil_policy_name(tu_policy));
  gil_t *g = tu_new(200, 1);
  assert_false(gil_trace_active(g));
  assert_int_equal(gil_trace_stop(g), GIL_ESTATE);
  assert_int_equal(gil_trace_start(g, "/nonexistent-dir/x.json"), GIL_EIO);
  gil_thread_t *me = gil_thread_attach(g, "main");
  gil_take(me); /* holding when the trace starts */
  assert_int_equal(gil_trace_start(g, path), 0);
  assert_int_equal(gil_trace_start(g, path), GIL_EBUSY);
  assert_true(gil_trace_active(g));
  pthread_t th[2];
  for (int i = 0; i < 2; i++)
    th[i] = tu_spawn(tr_worker, g);
  tu_wait_waiting(g, 1);
  gil_request_drop(g);
  gil_breaker_poll(me);
  gil_drop(me);
  for (int i = 0; i < 2; i++)
    tu_join(th[i]);
  gil_take(me);
  gil_drop(me);
  assert_int_equal(gil_trace_stop(g), 0);
  assert_false(gil_trace_active(g));
  FILE *f = fopen(path, "r");
  assert_non_null(f);
  char buf[4096];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = 0;
  fclose(f);
  assert_non_null(strstr(buf, "\"traceEvents\""));
  assert_non_null(strstr(buf, "thread_name"));
  assert_non_null(strstr(buf, "tr \\\"worker\\\""));
  /* A second trace on the same gil works, and gil_free stops a running one. */
  assert_int_equal(gil_trace_start(g, path), 0);
  gil_take(me);
  gil_drop(me);
  gil_thread_detach(me);
  gil_free(g);
  f = fopen(path, "r");
  assert_non_null(f);
  fclose(f);
  /* Leave the first kind of file for check_trace.py: write it again. */
  g = tu_new(200, 1);
  me = gil_thread_attach(g, "main");
  gil_take(me);
  assert_int_equal(gil_trace_start(g, path), 0);
  for (int i = 0; i < 2; i++)
    th[i] = tu_spawn(tr_worker, g);
  tu_wait_waiting(g, 1);
  while (gil_waiting(g) > 0)
    if (gil_breaker_pending(g))
      gil_breaker_poll(me);
  gil_drop(me);
  for (int i = 0; i < 2; i++)
    tu_join(th[i]);
  assert_int_equal(gil_trace_stop(g), 0);
  gil_thread_detach(me);
  gil_free(g);
}

int main(int argc, char **argv);
static const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_api_basics),
    cmocka_unit_test(test_log_callback),
    cmocka_unit_test(test_mutual_exclusion),
    cmocka_unit_test(test_no_lost_wakeups),
    cmocka_unit_test(test_drop_request_honoured),
    cmocka_unit_test(test_request_without_waiters),
    cmocka_unit_test(test_save_restore),
    cmocka_unit_test(test_interval_change),
    cmocka_unit_test(test_pending_bits),
    cmocka_unit_test(test_stats_consistent),
    cmocka_unit_test(test_stats_off),
    cmocka_unit_test(test_detach_while_holding),
    cmocka_unit_test(test_trace),
};

TU_MAIN(tests)
