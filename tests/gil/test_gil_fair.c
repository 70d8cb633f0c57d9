/*
 * test_gil_fair.c: the fair policy's ordering guarantees, checked by the
 * order in which threads get the GIL (recorded under the GIL), never by
 * time:
 *  - direct handoff: a dropper that takes again queues behind the waiter;
 *  - the waiter that used less GIL time goes first, even if it came later;
 *  - CPU-bound threads all make progress under forced rotation.
 */
#include <sched.h>
#include "test_util.h"

#define LOG_MAX 64

typedef struct {
  gil_t *g;
  const char *log[LOG_MAX]; /* appended under the GIL */
  int n;
} fx;

static void fx_log(fx *f, const char *who) {
  if (f->n < LOG_MAX)
    f->log[f->n++] = who;
}

typedef struct {
  fx *f;
  const char *name;
} fx_arg;

static void *fx_take_once(void *arg) {
  fx_arg *a = arg;
  gil_thread_t *t = gil_thread_attach(a->f->g, a->name);
  gil_take(t);
  fx_log(a->f, a->name);
  gil_drop(t);
  gil_thread_detach(t);
  return NULL;
}

static void test_handoff_no_stealing(void **state) {
  (void)state;
  fx f = {.g = tu_new(1000000, 1)};
  gil_thread_t *me = gil_thread_attach(f.g, "main");
  gil_take(me);
  fx_arg w = {&f, "waiter"};
  pthread_t th = tu_spawn(fx_take_once, &w);
  tu_wait_waiting(f.g, 1);
  gil_drop(me); /* hands the GIL to the waiter ... */
  gil_take(me); /* ... so this queues behind it */
  fx_log(&f, "main");
  gil_drop(me);
  tu_join(th);
  assert_int_equal(f.n, 2);
  assert_string_equal(f.log[0], "waiter");
  assert_string_equal(f.log[1], "main");
  gil_thread_detach(me);
  gil_free(f.g);
}

/* "cpu" first builds up GIL time while main waits; then, with main holding,
 * "cpu" queues first and a fresh "io" thread second: io must go first. */
typedef struct {
  fx *f;
  int phase; /* under the GIL */
} lu_shared;

static lu_shared lu;

static void *lu_cpu(void *arg) {
  (void)arg;
  gil_thread_t *t = gil_thread_attach(lu.f->g, "cpu");
  gil_take(t);
  lu.phase = 1;
  tu_wait_waiting(lu.f->g, 1); /* main waits: this hold is contended */
  gil_drop(t);                  /* hands over to main */
  gil_take(t);                  /* queues with its used time */
  fx_log(lu.f, "cpu");
  gil_drop(t);
  gil_thread_detach(t);
  return NULL;
}

static void test_least_used_first(void **state) {
  (void)state;
  fx f = {.g = tu_new(1000000, 1)}; /* a long interval: no rotation */
  lu.f = &f;
  lu.phase = 0;
  gil_thread_t *me = gil_thread_attach(f.g, "main");
  pthread_t cpu = tu_spawn(lu_cpu, NULL);
  for (;;) { /* wait until cpu holds */
    gil_take(me);
    int p = lu.phase;
    if (p)
      break;
    gil_drop(me);
    tu_nap();
  }
  /* We got here by handoff from cpu; cpu is now queued again. */
  tu_wait_waiting(f.g, 1);
  fx_arg io = {&f, "io"};
  pthread_t iot = tu_spawn(fx_take_once, &io);
  tu_wait_waiting(f.g, 2);
  gil_drop(me);
  tu_join(iot);
  tu_join(cpu);
  assert_int_equal(f.n, 2);
  assert_string_equal(f.log[0], "io");
  assert_string_equal(f.log[1], "cpu");
  gil_thread_detach(me);
  gil_free(f.g);
}

/* A newcomer that used less GIL time than the holder asks for the GIL on
 * arrival; with a 1000 s interval no timer can have asked instead. */
static void test_newcomer_preempts_at_once(void **state) {
  (void)state;
  fx f = {.g = tu_new(1000000000u, 1)};
  gil_thread_t *me = gil_thread_attach(f.g, "main");
  gil_take(me); /* uncontended: main has been "running alone" */
  assert_false(gil_breaker_pending(f.g) & GIL_BREAKER_DROP);
  fx_arg io = {&f, "io"};
  pthread_t th = tu_spawn(fx_take_once, &io);
  tu_wait_waiting(f.g, 1);
  /* The waiter asks after a grace of microseconds (the holder may be
   * about to block); main never drops on its own, so only the request can
   * let the waiter in.  Poll until it has been let in. */
  while (!(gil_breaker_pending(f.g) & GIL_BREAKER_DROP))
    sched_yield();
  while (!f.n)
    if (gil_breaker_pending(f.g))
      gil_breaker_poll(me);
  assert_string_equal(f.log[0], "io");
  gil_stats st;
  gil_thread_stats(me, &st);
  assert_int_equal(st.forced_drops, 1);
  gil_drop(me);
  tu_join(th);
  gil_thread_detach(me);
  gil_free(f.g);
}

/* A newcomer that used more GIL time than the holder does not preempt it:
 * it waits for the interval (here 1000 s, so: for a voluntary drop). */
typedef struct {
  fx *f;
  int phase; /* under the GIL */
} cw_shared;

static cw_shared cw;

static void *cw_cpu(void *arg) {
  (void)arg;
  gil_thread_t *t = gil_thread_attach(cw.f->g, "cpu");
  gil_take(t);
  cw.phase = 1;
  tu_wait_waiting(cw.f->g, 1); /* main queued: charged us an interval */
  gil_drop(t);                  /* hands over to main */
  gil_take(t);                  /* queues again, far ahead in GIL time */
  fx_log(cw.f, "cpu");
  gil_drop(t);
  gil_thread_detach(t);
  return NULL;
}

static void test_cpu_newcomer_waits(void **state) {
  (void)state;
  fx f = {.g = tu_new(1000000000u, 1)};
  cw.f = &f;
  cw.phase = 0;
  gil_thread_t *me = gil_thread_attach(f.g, "main");
  pthread_t th = tu_spawn(cw_cpu, NULL);
  for (;;) {
    gil_take(me);
    if (cw.phase)
      break; /* got it by handoff from cpu */
    gil_drop(me);
    tu_nap();
  }
  tu_wait_waiting(f.g, 1); /* cpu queued behind us */
  assert_false(gil_breaker_pending(f.g) & GIL_BREAKER_DROP);
  fx_log(&f, "main");
  gil_drop(me);
  tu_join(th);
  assert_string_equal(f.log[0], "main");
  assert_string_equal(f.log[1], "cpu");
  gil_thread_detach(me);
  gil_free(f.g);
}

/* Three CPU-bound threads that only ever poll: all make progress. */
#define RR_THREADS 3
#define RR_TURNS 20

typedef struct {
  gil_t *g;
  int turns[RR_THREADS]; /* under the GIL */
  int last;              /* under the GIL */
  int done;              /* under the GIL */
} rr_shared;

static rr_shared rr;

static void *rr_worker(void *arg) {
  int me_i = (int)(intptr_t)arg;
  gil_thread_t *t = gil_thread_attach(rr.g, NULL);
  gil_take(t);
  while (!rr.done) {
    if (rr.last != me_i) { /* a new turn began */
      rr.last = me_i;
      rr.turns[me_i]++;
      int all = 1;
      for (int i = 0; i < RR_THREADS; i++)
        all &= rr.turns[i] >= RR_TURNS;
      if (all)
        rr.done = 1;
    }
    if (gil_breaker_pending(rr.g))
      gil_breaker_poll(t);
  }
  gil_drop(t);
  gil_thread_detach(t);
  return NULL;
}

static void test_cpu_threads_rotate(void **state) {
  (void)state;
  memset(&rr, 0, sizeof rr);
  rr.g = tu_new(500, 1);
  rr.last = -1;
  pthread_t th[RR_THREADS];
  for (int i = 0; i < RR_THREADS; i++)
    th[i] = tu_spawn(rr_worker, (void *)(intptr_t)i);
  for (int i = 0; i < RR_THREADS; i++)
    tu_join(th[i]);
  for (int i = 0; i < RR_THREADS; i++)
    assert_true(rr.turns[i] >= RR_TURNS || rr.done);
  gil_stats st;
  gil_stats_get(rr.g, &st);
  assert_true(st.forced_drops > 0);
  assert_true(st.drop_requests > 0);
  gil_free(rr.g);
}

static const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_handoff_no_stealing),
    cmocka_unit_test(test_least_used_first),
    cmocka_unit_test(test_newcomer_preempts_at_once),
    cmocka_unit_test(test_cpu_newcomer_waits),
    cmocka_unit_test(test_cpu_threads_rotate),
};

TU_MAIN(tests)
