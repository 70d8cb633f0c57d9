/*
 * state.h — interpreter state (shared by all threads, touched only under
 * the GIL) and thread state (one per OS thread running Python code).
 *
 * The current thread's state is a thread-local pointer: gp_tstate().
 * The fields below are the contract with src/objects (errors.c keeps the
 * pending exception in `exc`); the VM may add more fields.
 */
#ifndef GP_STATE_H
#define GP_STATE_H

#include "../objects/object.h"
#include "gil.h"

typedef struct gp_interp gp_interp;
typedef struct gp_frame gp_frame;

typedef struct gp_thread {
    gp_obj *exc;              /* the exception being raised, or NULL */
    gp_obj *handled;          /* the exception being handled (sys.exc_info()), or NULL */
    gp_frame *frame;          /* innermost running frame */
    int depth;                /* Python call depth, for RecursionError */
    gil_thread_t *gil;        /* this thread's registration with libgil */
    gp_interp *interp;
    gp_obj *thread_obj;       /* the threading.Thread, when there is one */
    uint64_t ident;           /* threading.get_ident() */
    struct gp_thread *next;   /* interp's list of threads */
    /* added by the VM: */
    int c_depth;              /* nested C-level evaluations (gp_recursion_enter) */
    void *fchunk;             /* frame stack: current chunk (frame.c) */
    char *ftop;               /* frame stack: first free byte in fchunk */
    bool is_main;             /* the main thread handles signals */
} gp_thread;

struct gp_interp {
    gil_t *gil;
    gp_obj *modules;          /* sys.modules */
    gp_obj *builtins;         /* the builtins module's dict */
    gp_obj *sysdict;          /* the sys module's dict */
    int recursion_limit;      /* sys.setrecursionlimit, default 1000 */
    gp_thread *threads;
    /* added by the VM: */
    gp_obj *builtins_module;
    gp_obj *main_module;
    gp_obj *sysmod;
    gp_thread *main_thread;
};

extern _Thread_local gp_thread *gp__tstate;
static inline gp_thread *gp_tstate(void) { return gp__tstate; }

/* C-level recursion guard for code that recurses in C (repr of nested
 * containers, comparisons, calls from C into Python). Returns -1 with
 * RecursionError("maximum recursion depth exceeded<where>") when too
 * deep; pair every successful enter with a leave. */
int gp_recursion_enter(const char *where);
static inline void gp_recursion_leave(void) { gp__tstate->c_depth--; }

#endif
