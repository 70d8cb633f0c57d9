/*
 * policy_legacy.c: the GIL of Python 2, for demonstrations.
 *
 * The GIL is a plain lock (a flag under a mutex and condition variable).
 * There are no drop requests: the holder counts "ticks" (one per
 * gil_breaker_poll) and every `ticks` polls releases the lock and at once
 * tries to re-acquire it.  Nothing hands the lock over, so the OS decides
 * who wins; on a multicore machine the releasing thread, still running,
 * usually wins again while the woken waiter burns a wake-up for nothing
 * (the multicore thrash David Beazley measured).
 *
 * So that the interpreter calls gil_breaker_poll() at every check point,
 * this policy keeps GIL_BREAKER_TICK set in the breaker word for the GIL's
 * whole life.
 */
#include <stdlib.h>

#include "gil_internal.h"

typedef struct gil__leg {
  pthread_mutex_t mutex;
  pthread_cond_t cond;
  int locked; /* under mutex */
} gil__leg;

static int leg_init(gil_t *g) {
  gil__leg *p = calloc(1, sizeof *p);
  if (!p)
    return GIL_ENOMEM;
  gil__mutex_init(&p->mutex);
  gil__cond_init(&p->cond);
  g->pol = p;
  gil__breaker_or(g, GIL_BREAKER_TICK);
  return 0;
}

static void leg_destroy(gil_t *g) {
  gil__leg *p = g->pol;
  pthread_mutex_destroy(&p->mutex);
  pthread_cond_destroy(&p->cond);
  free(p);
}

static int leg_take(gil_t *g, gil_thread_t *t) {
  gil__leg *p = g->pol;
  int waited = 0;
  uint64_t began = 0;
  GIL__CHECK(pthread_mutex_lock(&p->mutex));
  if (p->locked) {
    waited = 1;
    began = gil__now_ns();
    gil__wait_begin(g, t);
    while (p->locked)
      GIL__CHECK(pthread_cond_wait(&p->cond, &p->mutex));
  }
  p->locked = 1;
  GIL__CHECK(pthread_mutex_unlock(&p->mutex));
  t->ticks = 0;
  if (waited)
    gil__wait_end(g, t, began);
  return waited;
}

static void leg_drop(gil_t *g, gil_thread_t *t, int forced) {
  gil__leg *p = g->pol;
  GIL__CHECK(pthread_mutex_lock(&p->mutex));
  p->locked = 0;
  GIL__CHECK(pthread_cond_signal(&p->cond));
  GIL__CHECK(pthread_mutex_unlock(&p->mutex));
}

static void leg_poll(gil_t *g, gil_thread_t *t, uint32_t word) {
  if (word & GIL_BREAKER_DROP) {
    /* Python 2 had no requests; treat an explicit one as an early tick. */
    gil__breaker_and(g, ~GIL_BREAKER_DROP);
    gil__cycle(g, t, 1);
    return;
  }
  if (++t->ticks >= atomic_load_explicit(&g->ticks, memory_order_relaxed))
    gil__cycle(g, t, 1); /* leg_take resets the count */
}

static void leg_after_fork(gil_t *g, gil_thread_t *t) {
  gil__leg *p = g->pol;
  gil__mutex_init(&p->mutex);
  gil__cond_init(&p->cond);
  p->locked = 1;
  t->ticks = 0;
}

const gil__policy_ops gil__policy_legacy = {
    .name = "legacy",
    .init = leg_init,
    .destroy = leg_destroy,
    .take = leg_take,
    .drop = leg_drop,
    .poll = leg_poll,
    .after_fork = leg_after_fork,
};
