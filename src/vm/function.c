/*
 * function.c — Python function objects (what `def` and `lambda` make).
 * The VM calls functions inline (vm.c); the call slot (call.c) is for
 * calls coming from C. Bound methods are obj_descr.c's gp_method.
 */
#include <stddef.h>
#include <string.h>

#include "vm.h"
#include "gc.h"

gp_obj *gp_function_new(gp_code *code, gp_obj *globals, gp_obj *builtins) {
    gp_function *fn = (gp_function *)gp_obj_alloc(&gp_function_type);
    if (!fn) return NULL;
    fn->code = (gp_code *)gp_incref((gp_obj *)code);
    fn->globals = gp_incref(globals);
    fn->builtins = gp_incref(builtins);
    fn->name = gp_incref(code->name);
    fn->qualname = gp_incref(code->qualname);
    if ((code->flags & 64) && GP_TUPLE_SIZE(code->consts) > 0)
        fn->doc = gp_incref(GP_TUPLE_GET(code->consts, 0));
    else
        fn->doc = GP_NONE_NEW();
    gp_obj *mod = gp_dict_get_cstr(globals, "__name__");
    fn->module = mod ? gp_incref(mod) : GP_NONE_NEW();
    return (gp_obj *)fn;
}

/* ---- the cycle collector's view (gc.h): exactly what function_dealloc drops ---- */

static void function_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg) {
    gp_function *fn = (gp_function *)o;
    gp_obj *refs[] = {(gp_obj *)fn->code, fn->globals, fn->builtins, fn->name, fn->qualname, fn->defaults,
                      fn->kwdefaults, fn->closure, fn->doc, fn->dict, fn->module, fn->annotations};
    gp_gc_visit_array(refs, (gp_ssize)(sizeof refs / sizeof *refs), visit, arg);
}

static void function_clear(gp_obj *o) {
    gp_function *fn = (gp_function *)o;
    GP_CLEAR(fn->closure);
    GP_CLEAR(fn->defaults);
    GP_CLEAR(fn->kwdefaults);
    GP_CLEAR(fn->dict);
    GP_CLEAR(fn->annotations);
}

static void function_dealloc(gp_obj *o) {
    gp_function *fn = (gp_function *)o;
    gp_xdecref((gp_obj *)fn->code);
    gp_xdecref(fn->globals);
    gp_xdecref(fn->builtins);
    gp_xdecref(fn->name);
    gp_xdecref(fn->qualname);
    gp_xdecref(fn->defaults);
    gp_xdecref(fn->kwdefaults);
    gp_xdecref(fn->closure);
    gp_xdecref(fn->doc);
    gp_xdecref(fn->dict);
    gp_xdecref(fn->module);
    gp_xdecref(fn->annotations);
    gp_obj_free(o);
}

static gp_obj *function_repr(gp_obj *o) {
    return gp_str_from_format("<function %U at %p>", ((gp_function *)o)->qualname, (void *)o);
}

static gp_obj *function_descr_get(gp_obj *descr, gp_obj *obj, gp_obj *type) {
    if (!obj || obj == gp_None) return gp_incref(descr);
    return gp_method_new(descr, obj);
}

#define FN(o) ((gp_function *)(o))
static gp_obj *or_none(gp_obj *v) { return v ? gp_incref(v) : GP_NONE_NEW(); }
static gp_obj *fn_get_name(gp_obj *o) { return gp_incref(FN(o)->name); }
static gp_obj *fn_get_qualname(gp_obj *o) { return gp_incref(FN(o)->qualname); }
static gp_obj *fn_get_code(gp_obj *o) { return gp_incref((gp_obj *)FN(o)->code); }
static gp_obj *fn_get_globals(gp_obj *o) { return gp_incref(FN(o)->globals); }
static gp_obj *fn_get_defaults(gp_obj *o) { return or_none(FN(o)->defaults); }
static gp_obj *fn_get_kwdefaults(gp_obj *o) { return or_none(FN(o)->kwdefaults); }
static gp_obj *fn_get_closure(gp_obj *o) { return or_none(FN(o)->closure); }
static gp_obj *fn_get_doc(gp_obj *o) { return or_none(FN(o)->doc); }
static gp_obj *fn_get_module(gp_obj *o) { return or_none(FN(o)->module); }
static gp_obj *fn_get_annotations(gp_obj *o) {
    if (!FN(o)->annotations) FN(o)->annotations = gp_dict_new();
    return gp_xincref(FN(o)->annotations);
}

static int set_str(gp_obj **slot, gp_obj *v, const char *what) {
    if (!v || !GP_STR_CHECK(v)) {
        gp_err_format(gp_exc_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    GP_SETREF(*slot, gp_incref(v));
    return 0;
}
static int fn_set_name(gp_obj *o, gp_obj *v) { return set_str(&FN(o)->name, v, "__name__"); }
static int fn_set_qualname(gp_obj *o, gp_obj *v) { return set_str(&FN(o)->qualname, v, "__qualname__"); }
static int fn_set_doc(gp_obj *o, gp_obj *v) { GP_SETREF(FN(o)->doc, v ? gp_incref(v) : GP_NONE_NEW()); return 0; }
static int fn_set_module(gp_obj *o, gp_obj *v) { GP_SETREF(FN(o)->module, v ? gp_incref(v) : GP_NONE_NEW()); return 0; }
static int fn_set_defaults(gp_obj *o, gp_obj *v) {
    if (v && v != gp_None && !GP_TUPLE_CHECK(v)) {
        gp_err_set_str(gp_exc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    GP_SETREF(FN(o)->defaults, (v && v != gp_None) ? gp_incref(v) : NULL);
    return 0;
}
static int fn_set_kwdefaults(gp_obj *o, gp_obj *v) {
    if (v && v != gp_None && !GP_DICT_CHECK(v)) {
        gp_err_set_str(gp_exc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    GP_SETREF(FN(o)->kwdefaults, (v && v != gp_None) ? gp_incref(v) : NULL);
    return 0;
}
static int fn_set_annotations(gp_obj *o, gp_obj *v) { GP_SETREF(FN(o)->annotations, gp_xincref(v)); return 0; }

static const gp_getsetdef function_getsets[] = {
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__code__", fn_get_code, NULL},
    {"__globals__", fn_get_globals, NULL},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__closure__", fn_get_closure, NULL},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__module__", fn_get_module, fn_set_module},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {NULL, NULL, NULL},
};

gp_type gp_function_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "function",
    .basicsize = sizeof(gp_function),
    .weaklistoffset = offsetof(gp_function, weaklist), /* weakref.h */
    .dictoffset = offsetof(gp_function, dict),
    .flags = GP_TF_GC,
    .gc_traverse = function_traverse,
    .gc_clear = function_clear,
    .dealloc = function_dealloc,
    .repr = function_repr,
    .call = gp_vm_call_function,
    .descr_get = function_descr_get,
    .getsets = function_getsets,
};
