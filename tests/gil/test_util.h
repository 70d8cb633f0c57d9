/*
 * test_util.h: helpers shared by libgil's cmocka tests: a GIL per policy,
 * starting threads, and waiting for a condition without any time limit
 * (tests never assert on timing; a hang is caught by the CTest timeout).
 */
#ifndef GIL_TEST_UTIL_H
#define GIL_TEST_UTIL_H

#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "gil.h"

/* The policy under test, from argv[1] (default fair). */
static gil_policy tu_policy = GIL_POLICY_FAIR;

static gil_t *tu_new(unsigned interval_us, int stats) {
  gil_config cfg;
  gil_config_init(&cfg);
  cfg.policy = tu_policy;
  if (interval_us)
    cfg.interval_us = interval_us;
  cfg.stats = stats;
  gil_t *g = gil_new(&cfg);
  assert_non_null(g);
  return g;
}

static pthread_t tu_spawn(void *(*fn)(void *), void *arg) {
  pthread_t th;
  assert_int_equal(pthread_create(&th, NULL, fn, arg), 0);
  return th;
}

static void tu_join(pthread_t th) { assert_int_equal(pthread_join(th, NULL), 0); }

static void tu_nap(void) {
  struct timespec ts = {0, 200000}; /* 200 µs: only to avoid burning a core */
  nanosleep(&ts, NULL);
}

/* Waits (no deadline) until `waiters` threads are blocked in take. */
static void tu_wait_waiting(gil_t *g, int waiters) {
  while (gil_waiting(g) < waiters)
    tu_nap();
}

/* Runs the group, optionally filtered by argv[2]; argv[1] is the policy. */
#define TU_MAIN(tests)                                                         \
  int main(int argc, char **argv) {                                            \
    if (argc > 1) {                                                            \
      int p = gil_policy_from_name(argv[1]);                                   \
      if (p < 0) {                                                             \
        fprintf(stderr, "unknown policy %s\n", argv[1]);                       \
        return 2;                                                              \
      }                                                                        \
      tu_policy = (gil_policy)p;                                               \
    }                                                                          \
    if (argc > 2)                                                              \
      cmocka_set_test_filter(argv[2]);                                         \
    return cmocka_run_group_tests(tests, NULL, NULL);                          \
  }

#endif
