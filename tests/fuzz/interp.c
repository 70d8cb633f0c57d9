/*
 * interp.c — one interpreter per fuzz process, started lazily, and a call
 * into it under a time budget. The budget is CPU time (ITIMER_VIRTUAL, not
 * libFuzzer's SIGALRM): when it runs out the handler asks the VM for a
 * KeyboardInterrupt, as Ctrl-C would, and keeps asking every few
 * milliseconds so that a program that swallows the exception (`while 1:
 * try: ... except: pass`) still ends.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>

#include "fuzz.h"
#include "vm/vm.h"


static int fuzz_started;

static void fuzz_on_budget(int sig) {
    (void)sig;
    gp_vm_signal_sigint();
}

static void fuzz_die(const char *what) {
    fprintf(stderr, "fuzz harness: %s\n", what);
    if (gp_err_occurred()) gp_run_handle_uncaught();
    abort();
}

void gp_fuzz_interp_start(const char *prelude) {
    if (fuzz_started) return;
    fuzz_started = 1;
    /* deep recursion through C runs on this (libFuzzer's) thread: give it
     * room, as main.c gives gilpy's interpreter thread a large stack */
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < (256u << 20)) {
        rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max >= (256u << 20) ? (256u << 20) : rl.rlim_max;
        setrlimit(RLIMIT_STACK, &rl);
    }
    static char arg0[] = "gilpy-fuzz";
    static char *argv[] = {arg0, NULL};
    gp_config cfg;
    memset(&cfg, 0, sizeof cfg);
    if (gp_interp_init(&cfg, 1, argv) < 0) fuzz_die("cannot start the interpreter");
    if (gp_run_main_source(prelude, strlen(prelude), "<fuzz-prelude>") != 0) fuzz_die("the prelude failed");
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fuzz_on_budget;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGVTALRM, &sa, NULL);
}

static void fuzz_budget(unsigned ms) {
    struct itimerval it;
    memset(&it, 0, sizeof it);
    if (ms) {
        it.it_value.tv_sec = ms / 1000;
        it.it_value.tv_usec = (ms % 1000) * 1000;
        it.it_interval.tv_usec = 2000;
    }
    setitimer(ITIMER_VIRTUAL, &it, NULL);
}

void gp_fuzz_call_bytes(const char *fn, const uint8_t *data, size_t size, unsigned ms) {
    gp_obj *d = GP_MODULE_DICT(gp_main_interp->main_module);
    gp_obj *f = gp_dict_get_cstr(d, fn);
    if (!f) fuzz_die("no such prelude function");
    gp_obj *b = gp_bytes_new((const char *)data, size);
    if (!b) {
        gp_err_clear();
        return;
    }
    fuzz_budget(ms);
    gp_obj *r = gp_call1(f, b);
    fuzz_budget(0);
    /* a budget interrupt may still be pending: consume it here */
    gp_vm_handle_pending(gp_tstate());
    gp_xdecref(r);
    gp_decref(b);
    gp_err_clear();
}
