/*
 * frameview.c — the `frame` objects that gi_frame / cr_frame / ag_frame
 * return.  gilpy's frames are not Python objects, so a frame view holds
 * the generator and reads its frame on each access: f_lineno, f_locals,
 * f_code, f_globals, f_builtins and f_back (None: a suspended frame has no
 * caller).  Once the generator finishes, gi_frame is None; a view taken
 * earlier then reports the code's first line and no locals.  A view is
 * not a container for the cycle collector: only a generator that keeps
 * its own gi_frame in a variable makes a cycle, and that one leaks.
 */
#include "vm.h"

typedef struct gp_frameview {
    gp_obj base;
    gp_obj *gen;       /* strong: the generator whose frame this shows */
    gp_code *code;     /* strong: kept so f_code works after the end */
} gp_frameview;

gp_type gp_frameview_type;

gp_obj *gp_frameview_new(gp_obj *gen) {
    gp_frame *f = ((gp_gen *)gen)->frame;
    if (!f) return GP_NONE_NEW();
    gp_frameview *v = (gp_frameview *)gp_obj_alloc(&gp_frameview_type);
    if (!v) return NULL;
    v->gen = gp_incref(gen);
    v->code = (gp_code *)gp_incref((gp_obj *)f->code);
    return (gp_obj *)v;
}

static gp_frame *live_frame(gp_obj *o) { return ((gp_gen *)((gp_frameview *)o)->gen)->frame; }

static void fv_dealloc(gp_obj *o) {
    gp_frameview *v = (gp_frameview *)o;
    gp_xdecref(v->gen);
    gp_xdecref((gp_obj *)v->code);
    gp_obj_free(o);
}

static gp_obj *fv_lineno(gp_obj *o) {
    gp_frame *f = ((gp_frameview *)o)->gen ? live_frame(o) : NULL;
    gp_code *co = ((gp_frameview *)o)->code;
    /* not started yet (or finished): the def line, as CPython reports */
    if (!f || f->ip == f->code->code) return gp_int_from_i64(co ? co->firstlineno : 0);
    return gp_int_from_i64(gp_frame_lineno(f));
}

static gp_obj *fv_locals(gp_obj *o) {
    gp_frame *f = ((gp_frameview *)o)->gen ? live_frame(o) : NULL;
    return f ? gp_frame_locals_dict(f) : gp_dict_new();
}

static gp_obj *fv_code(gp_obj *o) {
    gp_code *co = ((gp_frameview *)o)->code;
    return co ? gp_incref((gp_obj *)co) : GP_NONE_NEW();
}

static gp_obj *fv_globals(gp_obj *o) {
    gp_frame *f = ((gp_frameview *)o)->gen ? live_frame(o) : NULL;
    return f ? gp_incref(f->globals) : GP_NONE_NEW();
}

static gp_obj *fv_builtins(gp_obj *o) {
    gp_frame *f = ((gp_frameview *)o)->gen ? live_frame(o) : NULL;
    return f ? gp_incref(f->builtins) : GP_NONE_NEW();
}

static gp_obj *fv_back(gp_obj *o) {
    (void)o;
    return GP_NONE_NEW();
}

static gp_obj *fv_repr(gp_obj *o) {
    gp_code *co = ((gp_frameview *)o)->code;
    return gp_str_from_format("<frame at %p, code %U>", (void *)o, co ? co->name : gp_str_intern_cstr("?"));
}

static const gp_getsetdef fv_getsets[] = {
    {"f_lineno", fv_lineno, NULL},
    {"f_locals", fv_locals, NULL},
    {"f_code", fv_code, NULL},
    {"f_globals", fv_globals, NULL},
    {"f_builtins", fv_builtins, NULL},
    {"f_back", fv_back, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_frameview_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "frame",
    .basicsize = sizeof(gp_frameview),
    .dealloc = fv_dealloc,
    .repr = fv_repr,
    .getsets = fv_getsets,
};
