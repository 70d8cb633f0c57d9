/*
 * gil_demo.c: `make demo` when the interpreter is not built yet.  Runs two
 * short scenarios under each GIL policy and prints them side by side:
 *
 *   convoy    an I/O thread wakes from a 1 ms sleep and needs the GIL back
 *             while a CPU-bound thread holds it: how long does it wait?
 *   fairness  four CPU-bound threads share the GIL: does each get its turn?
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
  printf("libgil %s demo: the same two scenarios under each GIL policy\n"
         "(switch interval %u us; 2 short runs per policy)\n\n",
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
  printf("\ncpython: the I/O thread waits about one interval (%u us) each "
         "time:\n  the convoy effect.  fair: it asks for the GIL at once and "
         "gets it\n  at the CPU thread's next check, while CPU threads still "
         "take turns.\n",
         o.interval_us);
  return 0;
}
