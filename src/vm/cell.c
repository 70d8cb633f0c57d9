/*
 * cell.c — cells: the boxes through which closures share variables. A
 * variable captured by a nested function lives in a cell in the frame of
 * the function that binds it; the nested function's closure holds the
 * same cell.
 */
#include "vm.h"
#include "gc.h"

gp_obj *gp_cell_new(gp_obj *v) {
    gp_cell *c = (gp_cell *)gp_obj_alloc(&gp_cell_type);
    if (!c) return NULL;
    c->ref = gp_xincref(v);
    return (gp_obj *)c;
}

/* The cycle collector's view (gc.h): a cell owns its one value. */
static void cell_traverse(gp_obj *o, gp_gc_visitfn visit, void *arg) {
    if (((gp_cell *)o)->ref) visit(((gp_cell *)o)->ref, arg);
}

static void cell_clear(gp_obj *o) { GP_CLEAR(((gp_cell *)o)->ref); }

static void cell_dealloc(gp_obj *o) {
    gp_xdecref(((gp_cell *)o)->ref);
    gp_obj_free(o);
}

static gp_obj *cell_repr(gp_obj *o) {
    gp_obj *v = ((gp_cell *)o)->ref;
    if (!v) return gp_str_from_format("<cell at %p: empty>", (void *)o);
    return gp_str_from_format("<cell at %p: %s object at %p>", (void *)o, gp_type_name(GP_TYPE(v)), (void *)v);
}

static gp_obj *cell_get_contents(gp_obj *o) {
    gp_obj *v = ((gp_cell *)o)->ref;
    if (!v) return gp_err_set_str(gp_exc_ValueError, "Cell is empty");
    return gp_incref(v);
}

static int cell_set_contents(gp_obj *o, gp_obj *v) {
    GP_SETREF(((gp_cell *)o)->ref, gp_xincref(v));
    return 0;
}

static const gp_getsetdef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

gp_type gp_cell_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "cell",
    .basicsize = sizeof(gp_cell),
    .flags = GP_TF_GC,
    .gc_traverse = cell_traverse,
    .gc_clear = cell_clear,
    .dealloc = cell_dealloc,
    .repr = cell_repr,
    .getsets = cell_getsets,
};
