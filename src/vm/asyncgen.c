/*
 * asyncgen.c — async generators (async def with yield): the generator
 * object is a gp_gen of type async_generator, whose frame yields two kinds
 * of things: values of `yield v`, wrapped by YIELD_VALUE (arg 1) in an
 * async_generator_wrapped_value, and whatever its awaits pass up (the
 * futures an event loop waits on).  __anext__()/asend()/athrow()/aclose()
 * return an awaitable (async_generator_asend) that drives the frame: a
 * wrapped value ends the await with that value (StopIteration), anything
 * else is passed up to the awaiting task, and the end of the generator
 * becomes StopAsyncIteration.
 */
#include "vm.h"

typedef struct { gp_obj base; gp_obj *value; } wrapped;

gp_obj *gp_asyncgen_wrap(gp_obj *v) {
    wrapped *w = (wrapped *)gp_obj_alloc(&gp_asyncgen_wrapped_type);
    if (!w) { gp_decref(v); return NULL; }
    w->value = v;
    return (gp_obj *)w;
}

static void wrapped_dealloc(gp_obj *o) {
    gp_xdecref(((wrapped *)o)->value);
    gp_obj_free(o);
}

gp_type gp_asyncgen_wrapped_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(wrapped),
    .dealloc = wrapped_dealloc,
};

enum { ASEND, ATHROW, ACLOSE };
enum { INIT, ITER, DONE };

typedef struct {
    gp_obj base;
    gp_gen *gen;
    gp_obj *sendval;  /* ASEND: the first value sent in */
    gp_obj *exc;      /* ATHROW / ACLOSE: the exception thrown in first */
    int kind, state;
} asend;

static gp_obj *asend_new(gp_gen *g, int kind, gp_obj *sendval, gp_obj *exc) {
    asend *a = (asend *)gp_obj_alloc(&gp_asyncgen_asend_type);
    if (!a) return NULL;
    a->gen = (gp_gen *)gp_incref((gp_obj *)g);
    a->sendval = sendval ? gp_incref(sendval) : NULL;
    a->exc = exc ? gp_incref(exc) : NULL;
    a->kind = kind;
    return (gp_obj *)a;
}

static void asend_dealloc(gp_obj *o) {
    asend *a = (asend *)o;
    gp_decref((gp_obj *)a->gen);
    gp_xdecref(a->sendval);
    gp_xdecref(a->exc);
    gp_obj_free(o);
}

/* What one step of the generator produced: r (NULL on error) and whether
 * the generator ended.  Returns what the awaitable's send() returns. */
static gp_obj *asend_result(asend *a, gp_obj *r, bool done) {
    if (r && !done) {
        if (GP_TYPE(r) != &gp_asyncgen_wrapped_type) return r; /* an await passing through */
        a->state = DONE;
        if (a->kind == ACLOSE) {
            gp_decref(r);
            return gp_err_set_str(gp_exc_RuntimeError, "async generator ignored GeneratorExit");
        }
        gp_obj *v = gp_incref(((wrapped *)r)->value);
        gp_decref(r);
        /* the await of __anext__() evaluates to v */
        gp_obj *args = gp_tuple_pack(1, v);
        gp_decref(v);
        if (!args) return NULL;
        gp_obj *exc = gp_exc_new(gp_exc_StopIteration, args);
        gp_decref(args);
        if (exc) {
            gp_err_set_obj(exc);
            gp_decref(exc);
        }
        return NULL;
    }
    a->state = DONE;
    if (r) { /* the generator returned */
        gp_decref(r);
        if (a->kind == ACLOSE) return gp_err_set(gp_exc_StopIteration, NULL);
        return gp_err_set(gp_exc_StopAsyncIteration, NULL);
    }
    if (a->kind == ACLOSE && (gp_err_matches(gp_exc_GeneratorExit) || gp_err_matches(gp_exc_StopAsyncIteration))) {
        gp_err_clear();
        return gp_err_set(gp_exc_StopIteration, NULL);
    }
    return NULL;
}

/* throw exc into the generator; its end (StopIteration) counts as done */
static gp_obj *asend_throw_into(asend *a, gp_obj *exc) {
    gp_obj *r = gp_gen_throw_exc(a->gen, exc);
    if (!r && a->gen->frame == NULL && gp_err_matches(gp_exc_StopIteration)) {
        gp_err_clear();
        return asend_result(a, GP_NONE_NEW(), true);
    }
    return asend_result(a, r, false);
}

static gp_obj *asend_step(asend *a, gp_obj *value) {
    if (a->state == DONE)
        return gp_err_set_str(gp_exc_RuntimeError, a->kind == ASEND
                                                       ? "cannot reuse already awaited __anext__()/asend()"
                                                       : "cannot reuse already awaited aclose()/athrow()");
    bool first = a->state == INIT;
    a->state = ITER;
    if (first && a->kind != ASEND) return asend_throw_into(a, a->exc);
    bool done;
    gp_obj *r = gp_gen_send(a->gen, first ? (a->sendval ? a->sendval : gp_None) : value, &done);
    return asend_result(a, r, done);
}

static gp_obj *asend_iternext(gp_obj *o) { return asend_step((asend *)o, gp_None); }
static gp_obj *asend_iter(gp_obj *o) { return gp_incref(o); }

static gp_obj *asend_send(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("send", nargs, kwnames, 1, 1) < 0) return NULL;
    return asend_step((asend *)self, args[0]);
}

/* throw(type[, value[, tb]]) or throw(instance) -> an exception instance */
static gp_obj *make_exc(gp_obj *const *args, size_t nargs) {
    gp_obj *t = args[0];
    if (GP_TYPE_CHECK(t, &gp_type_type) && gp_type_is_subtype((gp_type *)t, gp_exc_BaseException)) {
        if (nargs >= 2 && args[1] != gp_None) {
            if (GP_HAS_FLAG(args[1], GP_TF_EXC_SUB)) return gp_incref(args[1]);
            return gp_call1(t, args[1]);
        }
        return gp_call0(t);
    }
    if (GP_HAS_FLAG(t, GP_TF_EXC_SUB)) return gp_incref(t);
    return gp_err_format(gp_exc_TypeError,
                         "exceptions must be classes or instances deriving from BaseException, not %T", t);
}

static gp_obj *asend_throw(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("throw", nargs, kwnames, 1, 3) < 0) return NULL;
    asend *a = (asend *)self;
    if (a->state == DONE) return gp_err_set_str(gp_exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    gp_obj *exc = make_exc(args, nargs);
    if (!exc) return NULL;
    a->state = ITER;
    gp_obj *r = asend_throw_into(a, exc);
    gp_decref(exc);
    return r;
}

static gp_obj *asend_close(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    ((asend *)self)->state = DONE;
    return GP_NONE_NEW();
}

static gp_obj *asend_await(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    return gp_incref(self);
}

static const gp_methoddef asend_methods[] = {
    {"send", asend_send, 0, NULL},
    {"throw", asend_throw, 0, NULL},
    {"close", asend_close, 0, NULL},
    {"__await__", asend_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_asyncgen_asend_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "async_generator_asend",
    .basicsize = sizeof(asend),
    .dealloc = asend_dealloc,
    .iter = asend_iter,
    .iternext = asend_iternext,
    .methods = asend_methods,
};

/* ---- the async generator object --------------------------------------- */

static gp_obj *ag_aiter(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("__aiter__", nargs, kwnames, 0, 0) < 0) return NULL;
    return gp_incref(self);
}

static gp_obj *ag_anext(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("__anext__", nargs, kwnames, 0, 0) < 0) return NULL;
    return asend_new((gp_gen *)self, ASEND, NULL, NULL);
}

static gp_obj *ag_asend(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("asend", nargs, kwnames, 1, 1) < 0) return NULL;
    return asend_new((gp_gen *)self, ASEND, args[0], NULL);
}

static gp_obj *ag_athrow(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("athrow", nargs, kwnames, 1, 3) < 0) return NULL;
    gp_obj *exc = make_exc(args, nargs);
    if (!exc) return NULL;
    gp_obj *a = asend_new((gp_gen *)self, ATHROW, NULL, exc);
    gp_decref(exc);
    return a;
}

static gp_obj *ag_aclose(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames) {
    if (gp_check_nargs("aclose", nargs, kwnames, 0, 0) < 0) return NULL;
    gp_obj *exc = gp_exc_new(gp_exc_GeneratorExit, gp_tuple_empty());
    if (!exc) return NULL;
    gp_obj *a = asend_new((gp_gen *)self, ACLOSE, NULL, exc);
    gp_decref(exc);
    return a;
}

static gp_obj *ag_repr(gp_obj *o) {
    return gp_str_from_format("<async_generator object %U at %p>", ((gp_gen *)o)->qualname, (void *)o);
}

static gp_obj *ag_get_name(gp_obj *o) { return gp_incref(((gp_gen *)o)->name); }
static gp_obj *ag_get_qualname(gp_obj *o) { return gp_incref(((gp_gen *)o)->qualname); }
static gp_obj *ag_get_running(gp_obj *o) { return gp_bool_new(((gp_gen *)o)->running); }
static gp_obj *ag_get_code(gp_obj *o) {
    gp_obj *co = ((gp_gen *)o)->code;
    return co ? gp_incref(co) : GP_NONE_NEW();
}
static gp_obj *ag_get_frame(gp_obj *o) { return gp_frameview_new(o); }

static const gp_getsetdef ag_getsets[] = {
    {"__name__", ag_get_name, NULL},
    {"__qualname__", ag_get_qualname, NULL},
    {"ag_running", ag_get_running, NULL},
    {"ag_code", ag_get_code, NULL},
    {"ag_frame", ag_get_frame, NULL},
    {NULL, NULL, NULL},
};

static const gp_methoddef ag_methods[] = {
    {"__aiter__", ag_aiter, 0, NULL},
    {"__anext__", ag_anext, 0, NULL},
    {"asend", ag_asend, 0, NULL},
    {"athrow", ag_athrow, 0, NULL},
    {"aclose", ag_aclose, 0, NULL},
    {NULL, NULL, 0, NULL},
};

gp_type gp_asyncgen_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "async_generator",
    .basicsize = sizeof(gp_gen),
    .weaklistoffset = offsetof(gp_gen, weaklist), /* weakref.h */
    .flags = GP_TF_GC,
    .gc_traverse = gp_gen_traverse,
    .gc_clear = gp_gen_clear,
    .dealloc = gp_gen_dealloc,
    .repr = ag_repr,
    .methods = ag_methods,
    .getsets = ag_getsets,
};
