/*
 * generator.c — generator objects: a function frame that suspends at each
 * `yield`. The frame lives on the heap (frame.c); gp_gen_send pushes the
 * sent value onto its stack and re-enters the eval loop at the saved
 * instruction. Each generator keeps its own "exception being handled".
 */
#include "vm.h"
#include "gc.h"

gp_obj *gp_gen_new(gp_frame *f, gp_function *fn) {
    int fl = fn->code->flags;
    gp_type *t = fl & GP_CO_ASYNC_GENERATOR ? &gp_asyncgen_type : fl & GP_CO_COROUTINE ? &gp_coro_type : &gp_gen_type;
    gp_gen *g = (gp_gen *)gp_obj_alloc(t);
    if (!g) return NULL;
    g->frame = f;
    f->gen = (gp_obj *)g;
    f->is_entry = true;
    g->name = gp_incref(fn->name);
    g->qualname = gp_incref(fn->qualname);
    g->code = gp_incref((gp_obj *)fn->code);
    return (gp_obj *)g;
}

static void gen_finish(gp_gen *g) {
    gp_frame *f = g->frame;
    if (!f) return;
    g->frame = NULL;
    gp_frame_clear(f);
    gp_mem_free(f);
}

gp_obj *gp_gen_send(gp_gen *g, gp_obj *value, bool *done) {
    *done = false;
    if (g->running) return gp_err_set_str(gp_exc_ValueError, "generator already executing");
    gp_frame *f = g->frame;
    gp_thread *ts = gp_tstate();
    if (!f) {
        if (GP_TYPE(g) == &gp_coro_type) {
            /* an exhausted coroutine is an error for send and throw alike */
            if (!value) gp_err_clear();
            return gp_err_set_str(gp_exc_RuntimeError, "cannot reuse already awaited coroutine");
        }
        *done = true;
        if (!value) return NULL; /* throw into a finished generator: re-raise */
        return GP_NONE_NEW();
    }
    bool started = f->ip != f->code->code;
    if (value) {
        if (!started && value != gp_None)
            return gp_err_set_str(gp_exc_TypeError, "can't send non-None value to a just-started generator");
        if (started) *f->sp++ = gp_incref(value);
    }
    if (ts->depth >= ts->interp->recursion_limit) {
        return gp_err_set_str(gp_exc_RecursionError, "maximum recursion depth exceeded");
    }
    f->prev = ts->frame;
    ts->frame = f;
    ts->depth++;
    gp_obj *saved = ts->handled;
    ts->handled = g->handled;
    g->handled = NULL;
    g->running = true;
    gp_obj *res = gp_vm_run_frame(ts, f);
    g->running = false;
    g->handled = ts->handled;
    ts->handled = saved;
    ts->depth--;
    if (res && f->yielded) return res;
    *done = true;
    gen_finish(g);
    GP_CLEAR(g->handled);
    if (!res && gp_err_matches(gp_exc_StopIteration)) {
        gp_obj *exc = gp_err_fetch();
        gp_err_set_str(gp_exc_RuntimeError, "generator raised StopIteration");
        gp_obj *now = ts->exc;
        if (now && GP_HAS_FLAG(now, GP_TF_EXC_SUB)) {
            GP_SETREF(((gp_exc *)now)->cause, gp_incref(exc));
            GP_SETREF(((gp_exc *)now)->context, exc);
            ((gp_exc *)now)->suppress_context = true;
        } else {
            gp_decref(exc);
        }
    }
    return res;
}

static gp_obj *stop_iteration(gp_obj *value) {
    if (value == gp_None) {
        gp_decref(value);
        gp_err_set(gp_exc_StopIteration, NULL);
        return NULL;
    }
    gp_obj *args = gp_tuple_pack(1, value);
    gp_decref(value);
    if (!args) return NULL;
    gp_obj *exc = gp_exc_new(gp_exc_StopIteration, args);
    gp_decref(args);
    if (exc) {
        gp_setattr_str(exc, "value", GP_TUPLE_GET(((gp_exc *)exc)->args, 0));
        if (gp_err_occurred()) gp_err_clear();
        gp_err_set_obj(exc);
        gp_decref(exc);
    }
    return NULL;
}

static gp_obj *gen_iternext(gp_obj *o) {
    bool done;
    gp_obj *r = gp_gen_send((gp_gen *)o, gp_None, &done);
    if (r && done) {
        /* a return value travels in StopIteration (next() shows it) */
        if (r != gp_None) return stop_iteration(r);
        gp_decref(r);
        return NULL;
    }
    return r;
}

static gp_obj *gen_iter(gp_obj *o) { return gp_incref(o); }

static gp_obj *gen_send_meth(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("send", nargs, kwnames, 1, 1) < 0) return NULL;
    bool done;
    gp_obj *r = gp_gen_send((gp_gen *)self, args[0], &done);
    if (r && done) return stop_iteration(r);
    return r;
}

static gp_obj *gen_throw_exc(gp_gen *g, gp_obj *exc);

static bool is_coroutine(gp_gen *g) {
    return g->frame && (g->frame->code->flags & GP_CO_COROUTINE);
}

gp_obj *gp_gen_await_iter(gp_obj *x) {
    gp_obj *name = gp_str_intern_cstr("__await__");
    gp_obj *meth = name ? gp_type_lookup(GP_TYPE(x), name) : NULL;
    if (!meth) {
        if (!gp_err_occurred())
            gp_err_format(gp_exc_TypeError, "object %T can't be used in 'await' expression", x);
        return NULL;
    }
    gp_obj *it = gp_call_method(x, "__await__", NULL, 0);
    if (it && !GP_TYPE(it)->iternext) {
        gp_err_format(gp_exc_TypeError, "__await__() returned non-iterator of type '%T'", it);
        gp_decref(it);
        return NULL;
    }
    return it;
}

/* A generator suspended in `yield from sub` / `await sub` passes a thrown
 * exception to sub first (so sub's finally blocks run, and a coroutine
 * awaiting a future sees a cancellation where it waits).  Returns 1 with
 * *out set when sub handled it (yielded, or finished so g resumes with
 * its value), 0 when g itself must take the exception (left pending). */
static int throw_into_delegate(gp_gen *g, gp_obj *exc, gp_obj **out) {
    gp_frame *f = g->frame;
    if (GP_OPC(*f->ip) != OP_YIELD_FROM) return 0;
    gp_obj *sub = f->sp[-1];
    gp_obj *r;
    bool done = false;
    if (GP_GEN_CHECK(sub)) {
        gp_gen *sg = (gp_gen *)sub;
        g->running = true;
        r = gen_throw_exc(sg, exc);
        g->running = false;
        if (!r && sg->frame == NULL && gp_err_matches(gp_exc_StopIteration)) {
            gp_obj *e = gp_err_fetch();
            gp_obj *a = ((gp_exc *)e)->args;
            r = (a && GP_TUPLE_SIZE(a) > 0) ? gp_incref(GP_TUPLE_GET(a, 0)) : GP_NONE_NEW();
            gp_decref(e);
            done = true;
        } else if (r && sg->frame == NULL) {
            done = true;
        }
    } else {
        gp_obj *name = gp_str_intern_cstr("throw");
        gp_obj *m = name ? gp_type_lookup(GP_TYPE(sub), name) : NULL;
        if (!m) return 0;
        g->running = true;
        r = gp_call_method(sub, "throw", &exc, 1);
        g->running = false;
        if (!r && gp_err_matches(gp_exc_StopIteration)) {
            gp_obj *e = gp_err_fetch();
            gp_obj *a = ((gp_exc *)e)->args;
            r = (a && GP_TUPLE_SIZE(a) > 0) ? gp_incref(GP_TUPLE_GET(a, 0)) : GP_NONE_NEW();
            gp_decref(e);
            done = true;
        }
    }
    if (!r) return 0; /* sub raised: g resumes at YIELD_FROM with that exception */
    if (!done) { *out = r; return 1; }
    /* sub finished: replace it by its value and resume after YIELD_FROM */
    f->sp[-1] = r;
    gp_decref(sub);
    f->ip++;
    return 2;
}

static gp_obj *gen_throw_exc(gp_gen *g, gp_obj *exc) {
    gp_frame *f = g->frame;
    if (f && f->ip != f->code->code && !g->running) {
        gp_obj *out = NULL;
        int d = throw_into_delegate(g, exc, &out);
        if (d == 1) return out;
        if (d == 2) {
            bool done;
            gp_obj *r = gp_gen_send(g, NULL, &done);
            if (r && done) return stop_iteration(r);
            return r;
        }
        f = g->frame;
        if (gp_err_occurred()) {
            bool done;
            gp_obj *r = gp_gen_send(g, NULL, &done);
            if (r && done) return stop_iteration(r);
            return r;
        }
    }
    gp_err_set_obj(exc);
    if (!f || f->ip == f->code->code) {
        /* not started or finished: the generator ends with the exception */
        gen_finish(g);
        return NULL;
    }
    bool done;
    gp_obj *r = gp_gen_send(g, NULL, &done);
    if (r && done) return stop_iteration(r);
    return r;
}

static gp_obj *gen_throw(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("throw", nargs, kwnames, 1, 3) < 0) return NULL;
    gp_obj *t = args[0], *exc;
    if (GP_TYPE_CHECK(t, &gp_type_type) && gp_type_is_subtype((gp_type *)t, gp_exc_BaseException)) {
        if (nargs >= 2 && args[1] != gp_None) {
            if (GP_HAS_FLAG(args[1], GP_TF_EXC_SUB)) exc = gp_incref(args[1]);
            else exc = gp_call1(t, args[1]);
        } else {
            exc = gp_call0(t);
        }
        if (!exc) return NULL;
    } else if (GP_HAS_FLAG(t, GP_TF_EXC_SUB)) {
        exc = gp_incref(t);
    } else {
        return gp_err_format(gp_exc_TypeError, "exceptions must be classes or instances deriving from BaseException, not %T", t);
    }
    gp_obj *r = gen_throw_exc((gp_gen *)self, exc);
    gp_decref(exc);
    return r;
}

static int gen_close_impl(gp_gen *g) {
    gp_frame *f = g->frame;
    if (!f) return 0;
    if (f->ip == f->code->code) {
        gen_finish(g);
        return 0;
    }
    gp_obj *exc = gp_exc_new(gp_exc_GeneratorExit, gp_tuple_empty());
    if (!exc) return -1;
    gp_obj *r = gen_throw_exc(g, exc);
    gp_decref(exc);
    if (r) {
        gp_decref(r);
        if (g->frame) {
            gp_err_set_str(gp_exc_RuntimeError, "generator ignored GeneratorExit");
            return -1;
        }
        return 0;
    }
    if (gp_err_matches(gp_exc_GeneratorExit) || gp_err_matches(gp_exc_StopIteration)) {
        gp_err_clear();
        return 0;
    }
    return -1;
}

static gp_obj *gen_close(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gen_close_impl((gp_gen *)self) < 0) return NULL;
    return GP_NONE_NEW();
}

/* For asyncgen.c: throw() into g (NULL + StopIteration when g ends) and
 * the generator deallocator shared by the async generator type. */
gp_obj *gp_gen_throw_exc(gp_gen *g, gp_obj *exc) { return gen_throw_exc(g, exc); }

static void gen_dealloc(gp_obj *o);
void gp_gen_dealloc(gp_obj *o) { gen_dealloc(o); }

static void gen_dealloc(gp_obj *o) {
    gp_gen *g = (gp_gen *)o;
    if (g->frame && g->frame->ip != g->frame->code->code) {
        /* run pending finally blocks, as CPython does when a suspended generator dies */
        o->refcnt = 1;
        gp_obj *saved = gp_err_fetch();
        if (gen_close_impl(g) < 0) gp_err_clear();
        gp_err_restore(saved);
        if (--o->refcnt != 0) return; /* resurrected */
    }
    gen_finish(g);
    gp_xdecref(g->name);
    gp_xdecref(g->qualname);
    gp_xdecref(g->code);
    gp_xdecref(g->handled);
    gp_obj_free(o);
}

/* ---- the cycle collector's view (gc.h) ---------------------------------------------------------- */

/* What gen_dealloc drops: the suspended frame's locals, cells and value
 * stack (gp_frame_clear), its function or code/globals/builtins, and the
 * generator's names and saved exception. A running generator's stack top
 * is not saved, so its frame is skipped (it is on a thread's stack anyway). */
void gp_gen_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg) {
    gp_gen *g = (gp_gen *)o;
    gp_frame *f = g->frame;
    if (f && f->code && !g->running) {
        gp_gc_visit_array(f->localsplus, f->code->nlocalsplus, visit, arg);
        gp_gc_visit_array(f->stack, f->sp - f->stack, visit, arg);
        gp_obj *refs[] = {f->locals, f->func, NULL, NULL, NULL};
        if (!f->borrowed) { refs[2] = f->globals; refs[3] = f->builtins; refs[4] = (gp_obj *)f->code; }
        gp_gc_visit_array(refs, 5, visit, arg);
    }
    gp_obj *own[] = {g->name, g->qualname, g->handled, g->code};
    gp_gc_visit_array(own, 4, visit, arg);
}

void gp_gen_clear(gp_obj *o) {
    gp_gen *g = (gp_gen *)o;
    if (!g->running) gen_finish(g);
    GP_CLEAR(g->handled);
}

/* PEP 442 for the collector: a generator suspended inside try/with gets
 * close() (its finally blocks run) before the cycle is cleared. */
bool gp_gen_needs_close(gp_obj *o) {
    gp_gen *g = (gp_gen *)o;
    gp_frame *f = g->frame;
    return f && !g->running && f->ip != f->code->code && f->iblock > 0;
}

void gp_gen_finalize(gp_obj *o) {
    gp_obj *saved = gp_err_fetch();
    if (gen_close_impl((gp_gen *)o) < 0) gp_err_clear();
    gp_err_restore(saved);
}

static gp_obj *gen_repr(gp_obj *o) {
    if (is_coroutine((gp_gen *)o))
        return gp_str_from_format("<coroutine object %U at %p>", ((gp_gen *)o)->qualname, (void *)o);
    return gp_str_from_format("<generator object %U at %p>", ((gp_gen *)o)->qualname, (void *)o);
}

static gp_obj *gen_get_name(gp_obj *o) { return gp_incref(((gp_gen *)o)->name); }
static gp_obj *gen_get_qualname(gp_obj *o) { return gp_incref(((gp_gen *)o)->qualname); }
static gp_obj *gen_get_running(gp_obj *o) { return gp_bool_new(((gp_gen *)o)->running); }
/* gi_frame: a frame view (frameview.c), None once finished. */
static gp_obj *gen_get_frame(gp_obj *o) { return gp_frameview_new(o); }

/* gi_yieldfrom: the iterator a suspended `yield from` / `await` delegates to */
static gp_obj *gen_get_yieldfrom(gp_obj *o) {
    gp_gen *g = (gp_gen *)o;
    gp_frame *f = g->frame;
    if (!f || g->running || f->ip == f->code->code || GP_OPC(*f->ip) != OP_YIELD_FROM) return GP_NONE_NEW();
    return gp_incref(f->sp[-1]);
}
static gp_obj *gen_get_code(gp_obj *o) {
    gp_obj *co = ((gp_gen *)o)->code;
    return co ? gp_incref(co) : GP_NONE_NEW();
}
static gp_obj *gen_get_suspended(gp_obj *o) {
    gp_gen *g = (gp_gen *)o;
    return gp_bool_new(g->frame && !g->running && g->frame->ip != g->frame->code->code);
}

static gp_obj *gen_get_is_coroutine(gp_obj *o) { return gp_bool_new(is_coroutine((gp_gen *)o)); }

static const gp_getsetdef gen_getsets[] = {
    {"_is_coroutine", gen_get_is_coroutine, NULL},
    {"cr_frame", gen_get_frame, NULL},
    {"cr_code", gen_get_code, NULL},
    {"cr_running", gen_get_running, NULL},
    {"__name__", gen_get_name, NULL},
    {"__qualname__", gen_get_qualname, NULL},
    {"gi_running", gen_get_running, NULL},
    {"gi_frame", gen_get_frame, NULL},
    {"gi_code", gen_get_code, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL},
    {"cr_await", gen_get_yieldfrom, NULL},
    {"gi_suspended", gen_get_suspended, NULL},
    {NULL, NULL, NULL},
};

static const gp_methoddef gen_methods[] = {
    {"send", gen_send_meth, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_gen_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "generator",
    .basicsize = sizeof(gp_gen),
    .weaklistoffset = offsetof(gp_gen, weaklist), /* weakref.h */
    .flags = GP_TF_GC,
    .gc_traverse = gp_gen_traverse,
    .gc_clear = gp_gen_clear,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .getsets = gen_getsets,
};

/* coroutine: the same object as a generator (async def frames), under its
 * own name, with __await__ returning itself. */
static gp_obj *coro_await(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("__await__", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_incref(self);
}

static const gp_methoddef coro_methods[] = {
    {"send", gen_send_meth, 0, NULL},
    {"throw", gen_throw, 0, NULL},
    {"close", gen_close, 0, NULL},
    {"__await__", coro_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_coro_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "coroutine",
    .basicsize = sizeof(gp_gen),
    .weaklistoffset = offsetof(gp_gen, weaklist), /* weakref.h */
    .flags = GP_TF_GC,
    .gc_traverse = gp_gen_traverse,
    .gc_clear = gp_gen_clear,
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .iter = gen_iter,
    .iternext = gen_iternext,
    .methods = coro_methods,
    .getsets = gen_getsets,
};
