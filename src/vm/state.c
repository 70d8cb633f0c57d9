/*
 * state.c — the interpreter state and the thread states.
 *
 * One gp_interp per process (gp_main_interp): sys.modules, the builtins,
 * the recursion limit and the GIL. One gp_thread per OS thread that runs
 * Python code, reached through the thread-local gp__tstate; threads are
 * linked in interp->threads. Start-up order matters: the thread state
 * exists before the object system is initialised, because errors live in
 * it.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "thread.h"
#include "vm.h"
#include "gc.h"
#include "weakref.h"

_Thread_local gp_thread *gp__tstate;
gp_interp *gp_main_interp;
static gp_interp main_interp;

int gp_recursion_enter(const char *where) {
    gp_thread *ts = gp__tstate;
    if (++ts->c_depth > ts->interp->recursion_limit) {
        ts->c_depth--;
        gp_err_format(gp_exc_RecursionError, "maximum recursion depth exceeded%s", where ? where : "");
        return -1;
    }
    return 0;
}

/* gc.c wants a collection: run it at the VM's next safe point. */
static void gc_request(void) {
    if (gp_main_interp && gp_main_interp->gil) gil_pending_set(gp_main_interp->gil, GP_PENDING_GC);
}

static int ready_vm_types(void) {
    extern gp_type gp_vm_rangeiter_type;
    gp_type *types[] = {&gp_code_type, &gp_function_type, &gp_cell_type,
                        &gp_traceback_type, &gp_gen_type, &gp_vm_rangeiter_type,
                        &gp_asyncgen_type, &gp_asyncgen_asend_type, &gp_asyncgen_wrapped_type, &gp_coro_type,
                        &gp_frameview_type};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (gp_type_ready(types[i]) < 0) return -1;
    return 0;
}

/* libgil asks at each traced drop what was running (docs/observability.md):
 * the current function's qualified name; the caller holds the GIL. */
static const char *gil_drop_context(void *ud) {
    (void)ud;
    gp_thread *ts = gp__tstate;
    gp_frame *f = ts ? ts->frame : NULL;
    gp_obj *n = f && f->code ? f->code->qualname : NULL;
    return n && GP_STR_CHECK(n) ? GP_STR_DATA(n) : NULL;
}

static void fatal(const char *what) {
    fprintf(stderr, "Fatal Python error: %s\n", what);
    if (gp__tstate && gp__tstate->exc) gp_err_print(gp__tstate->exc);
    exit(1);
}

int gp_interp_init(const gp_config *cfg, int argc, char **argv) {
    gp_interp *in = &main_interp;
    gp_main_interp = in;
    in->recursion_limit = 1000;
    gp_thread *ts = calloc(1, sizeof *ts);
    if (!ts) fatal("out of memory");
    ts->interp = in;
    ts->is_main = true;
    gp__tstate = ts;
    in->threads = ts;
    in->main_thread = ts;

    gil_config gc;
    gil_config_init(&gc);
    gc.policy = (gil_policy)cfg->gil_policy;
    if (cfg->switch_interval_us) gc.interval_us = cfg->switch_interval_us;
    gc.stats = cfg->gilstats ? 2 : 1; /* -X gilstats: time every hold */
    in->gil = gil_new(&gc);
    if (!in->gil) fatal("cannot create the GIL");
    gil_set_context_fn(in->gil, gil_drop_context, NULL);
    ts->gil = gil_thread_attach(in->gil, "MainThread");
    if (!ts->gil) fatal("cannot attach the main thread to the GIL");
    gil_take(ts->gil);
    if (cfg->giltrace) {
        int rc = gil_trace_start(in->gil, cfg->giltrace);
        if (rc < 0) fprintf(stderr, "gilpy: cannot trace the GIL to %s: %s\n", cfg->giltrace, gil_strerror(rc));
    }

    if (gp_objects_init() < 0) fatal("cannot initialise the object system");
    if (ready_vm_types() < 0) fatal("cannot initialise the VM types");
    if (gp_weakref_init() < 0) fatal("cannot initialise weak references");
    in->modules = gp_dict_new();
    if (!in->modules) fatal("out of memory");
    gp_obj *bm = gp_builtins_create();
    if (!bm) fatal("cannot create the builtins module");
    in->builtins_module = bm;
    in->builtins = gp_incref(GP_MODULE_DICT(bm));
    if (gp_vm_builtins_add(in->builtins) < 0) fatal("cannot add the VM builtins");
    if (gp_dict_set_cstr(in->modules, "builtins", bm) < 0) fatal("out of memory");
    gp_obj *sys = gp_mod_sys_init(argc, argv);
    if (!sys) fatal("cannot create the sys module");
    in->sysmod = sys;
    in->sysdict = gp_incref(GP_MODULE_DICT(sys));
    if (gp_dict_set_cstr(in->modules, "sys", sys) < 0) fatal("out of memory");
    if (gp_dict_set_cstr(in->sysdict, "modules", in->modules) < 0) fatal("out of memory");
    extern int gp_sysio_add_open(gp_obj *builtins);
    if (!gp_dict_get_cstr(in->builtins, "open") && gp_sysio_add_open(in->builtins) < 0) fatal("out of memory");
    gp_import_register_builtin("math", gp_mod_math_init);
    gp_import_register_builtin("_time", gp_mod_time_init); /* lib/time.py wraps it */
    gp_import_register_builtin("_thread", gp_mod_thread_init);
    gp_import_register_builtin("_os", gp_mod_os_init);
    gp_import_register_builtin("_socket", gp_mod_socket_init);
    gp_import_register_builtin("_select", gp_mod_select_init);
    extern gp_obj *gp_mod_gil_init(void);
    gp_import_register_builtin("gil", gp_mod_gil_init);
    extern gp_obj *gp_mod_gc_init(void);
    gp_import_register_builtin("gc", gp_mod_gc_init);
    extern gp_obj *gp_mod_weakref_init(void);
    gp_import_register_builtin("_weakref", gp_mod_weakref_init);
    gp_gc_request_hook = gc_request;

    extern gp_obj *gp_mod_signal_init(void);
    gp_import_register_builtin("_signal", gp_mod_signal_init);
    gp_signal_init_main(); /* Ctrl-C: KeyboardInterrupt */
    return 0;
}

/* atexit._run_exitfuncs(), when a program imported atexit (lib/atexit.py;
 * it reports its handlers' errors itself). */
static void run_atexit(gp_interp *in) {
    gp_obj *saved = gp_err_fetch();
    gp_obj *mod = in->modules ? gp_dict_get_cstr(in->modules, "atexit") : NULL;
    gp_obj *fn = mod ? gp_getattr_str(mod, "_run_exitfuncs") : NULL;
    gp_obj *r = fn ? gp_call0(fn) : NULL;
    gp_xdecref(fn);
    gp_xdecref(r);
    gp_err_clear();
    gp_err_restore(saved);
}

void gp_interp_fini(void) {
    gp_interp *in = gp_main_interp;
    if (!in) return;
    gp_thread_shutdown(); /* waits for non-daemon threads */
    run_atexit(in);
    gp_gc_collect(); /* cycles die before the leak check; live globals stay */
    gp_sys_flush_all();
    gp_obj *x = gp_sys_get("_xoptions");
    bool stats = x && GP_DICT_CHECK(x) && gp_dict_get_cstr(x, "gilstats");
    if (stats) gil_stats_report(in->gil, stderr); /* src/gil/report.c */
    if (gil_trace_active(in->gil)) {
        int rc = gil_trace_stop(in->gil);
        if (rc < 0) fprintf(stderr, "gilpy: cannot write the GIL trace: %s\n", gil_strerror(rc));
    }
}
