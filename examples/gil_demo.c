/*
 * gil_demo.c: `make demo` when the interpreter is not built yet.  Runs three
 * short scenarios under each GIL policy and prints them side by side:
 *
 *   convoy      an I/O thread wakes from a 1 ms sleep and needs the GIL back
 *               while a CPU-bound thread holds it: how long does it wait?
 *   fairness    four CPU-bound threads share the GIL: does each get its turn?
 *   starvation  a thread that blocks briefly after each 1 ms of work against
 *               a pure CPU thread: does the pure CPU thread keep its half?
 *
 * The scenarios are bench/gil_bench.c's (included below); the full
 * benchmark is build/gil_bench.
 */
#define GIL_BENCH_NO_MAIN
#include "gil_bench.c"

int main(int argc, char **argv) {
  bench_opts o = {.quick = 1, .interval_us = 5000};
  if (argc > 1 && strcmp(argv[1], "--interval-us") == 0 && argc > 2)
    o.interval_us = (unsigned)strtoul(argv[2], NULL, 10);
  if (o.interval_us == 0)
    o.interval_us = 5000;
  printf("libgil %s demo: the same three scenarios under each GIL policy\n"
         "(switch interval %u us; a few seconds in all)\n\n",
         gil_version_string(), o.interval_us);
  int order[] = {GIL_POLICY_CPYTHON, GIL_POLICY_LEGACY, GIL_POLICY_FAIR};
  double med[3], p99[3], fair[3], share[3];
  for (int i = 0; i < 3; i++) {
    fprintf(stderr, "  running %s...\n", bk_name(order[i]));
    bench_convoy(order[i], &o, &med[i], &p99[i]);
    fair[i] = bench_fairness(order[i], &o);
    share[i] = bench_starvation(order[i], &o);
  }
  printf("\n%-9s | %-30s | %-22s | %s\n", "", "I/O thread: wake -> holding",
         "4 CPU threads", "bursty vs pure CPU");
  printf("%-9s | %14s %15s | %22s | %s\n", "policy", "median", "p99",
         "fairness (min/max)", "pure CPU share");
  printf("----------+--------------------------------+-----------------------"
         "-+---------------\n");
  for (int i = 0; i < 3; i++)
    printf("%-9s | %11.0f us %12.0f us | %22.2f | %.2f\n", bk_name(order[i]),
           med[i], p99[i], fair[i], share[i]);
  printf("\ncpython: the I/O thread waits about one interval (%u us) every "
         "time: the\n  convoy effect.  legacy: the CPU thread lets go every "
         "100 ticks, so I/O\n  gets in quickly, but nothing hands the GIL "
         "over: the OS picks, and CPU\n  threads get unequal shares.  fair: "
         "the I/O thread asks at once and gets\n  the GIL at the CPU "
         "thread's next check; CPU threads take equal turns, and\n  a thread "
         "that only looks I/O-bound still gets no more than its half.\n",
         o.interval_us);
  return 0;
}
