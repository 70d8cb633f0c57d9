/*
 * obj_union.c — the typing helpers that plain annotations evaluate at
 * run time: X | Y between classes (types.UnionType, usable with
 * isinstance) and list[int] / dict[str, int] (types.GenericAlias).
 */
#include "types.h"
#include "internal.h"

typedef struct { gp_obj base; gp_obj *args; } union_obj;
typedef struct { gp_obj base; gp_obj *origin, *args; } alias_obj;

gp_type gp_union_type, gp_alias_type;

static bool unionable(gp_obj *o)
{
    return o == gp_None || GP_HAS_FLAG(o, GP_TF_TYPE_SUB) || GP_TYPE(o) == &gp_union_type ||
           GP_TYPE(o) == &gp_alias_type;
}

static int add_arg(gp_obj *list, gp_obj *o)
{
    if (GP_TYPE(o) == &gp_union_type) {
        gp_obj *a = ((union_obj *)o)->args;
        for (gp_ssize i = 0; i < GP_TUPLE_SIZE(a); i++)
            if (add_arg(list, GP_TUPLE_GET(a, i)) < 0) return -1;
        return 0;
    }
    if (o == gp_None) o = (gp_obj *)&gp_none_type;
    for (gp_ssize i = 0; i < GP_LIST_SIZE(list); i++)
        if (GP_LIST_ITEMS(list)[i] == o) return 0;
    return gp_list_append(list, o);
}

static gp_obj *union_or(gp_obj *a, gp_obj *b)
{
    if (!unionable(a) || !unionable(b)) return GP_NOTIMPLEMENTED;
    gp_obj *l = gp_list_new(0);
    if (!l || add_arg(l, a) < 0 || add_arg(l, b) < 0) { gp_xdecref(l); return NULL; }
    if (GP_LIST_SIZE(l) == 1) {
        gp_obj *only = gp_incref(GP_LIST_ITEMS(l)[0]);
        gp_decref(l);
        return only;
    }
    union_obj *u = (union_obj *)gp_obj_alloc(&gp_union_type);
    if (u && !(u->args = gp_list_as_tuple(l))) GP_CLEAR(u);
    gp_decref(l);
    return (gp_obj *)u;
}

/* type.__or__ / __ror__ */
gp_obj *gp_type_or(gp_obj *a, gp_obj *b) { return union_or(a, b); }

static void add_type_text(gp_strbuf *b, gp_obj *o)
{
    if (o == (gp_obj *)&gp_none_type || o == gp_None) { gp_strbuf_addc(b, "None"); return; }
    if (o == gp_Ellipsis) { gp_strbuf_addc(b, "..."); return; }
    if (GP_HAS_FLAG(o, GP_TF_TYPE_SUB)) {
        gp_obj *mod = gp_getattr_str(o, "__module__"), *qn = gp_getattr_str(o, "__qualname__");
        if (mod && qn && GP_STR_CHECK(mod) && !gp_str_eq_cstr(mod, "builtins")) gp_strbuf_addf(b, "%U.%U", mod, qn);
        else if (qn) gp_strbuf_addobj_str(b, qn);
        else b->failed = true;
        gp_xdecref(mod);
        gp_xdecref(qn);
        return;
    }
    gp_strbuf_addobj_repr(b, o);
}

static gp_obj *union_repr(gp_obj *o)
{
    gp_obj *a = ((union_obj *)o)->args;
    gp_strbuf b;
    gp_strbuf_init(&b);
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(a); i++) {
        if (i) gp_strbuf_add(&b, " | ", 3);
        add_type_text(&b, GP_TUPLE_GET(a, i));
    }
    return gp_strbuf_finish(&b);
}

static void union_dealloc(gp_obj *o)
{
    gp_xdecref(((union_obj *)o)->args);
    gp_obj_free(o);
}

static gp_obj *union_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if ((op != GP_EQ && op != GP_NE) || GP_TYPE(b) != &gp_union_type) return GP_NOTIMPLEMENTED;
    gp_obj *x = gp_frozenset_new(((union_obj *)a)->args), *y = x ? gp_frozenset_new(((union_obj *)b)->args) : NULL;
    gp_obj *r = y ? gp_richcompare(x, y, op) : NULL;
    gp_xdecref(x);
    gp_xdecref(y);
    return r;
}

static gp_hash union_hash(gp_obj *o)
{
    gp_obj *x = gp_frozenset_new(((union_obj *)o)->args);
    if (!x) return -1;
    gp_hash h = gp_hash_of(x);
    gp_decref(x);
    return h;
}

static gp_obj *union_args(gp_obj *o) { return gp_incref(((union_obj *)o)->args); }

static const gp_getsetdef union_getsets[] = {{"__args__", union_args, NULL}, {NULL, NULL, NULL}};

gp_type gp_union_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "types.UnionType",
    .basicsize = sizeof(union_obj),
    .dealloc = union_dealloc,
    .repr = union_repr,
    .hash = union_hash,
    .richcompare = union_richcompare,
    .nb = {[GP_OP_OR] = union_or},
    .getsets = union_getsets,
};

/* The classes a union stands for, for isinstance/issubclass (borrowed). */
gp_obj *gp_union_args(gp_obj *o) { return GP_TYPE(o) == &gp_union_type ? ((union_obj *)o)->args : NULL; }

/* ---- GenericAlias ------------------------------------------------------------------------ */

static void alias_dealloc(gp_obj *o)
{
    gp_xdecref(((alias_obj *)o)->origin);
    gp_xdecref(((alias_obj *)o)->args);
    gp_obj_free(o);
}

static gp_obj *alias_repr(gp_obj *o)
{
    alias_obj *a = (alias_obj *)o;
    gp_strbuf b;
    gp_strbuf_init(&b);
    add_type_text(&b, a->origin);
    gp_strbuf_add(&b, "[", 1);
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(a->args); i++) {
        if (i) gp_strbuf_add(&b, ", ", 2);
        gp_obj *x = GP_TUPLE_GET(a->args, i);
        if (GP_TUPLE_CHECK(x) && GP_TUPLE_SIZE(x) == 0) gp_strbuf_addc(&b, "()");
        else add_type_text(&b, x);
    }
    gp_strbuf_add(&b, "]", 1);
    return gp_strbuf_finish(&b);
}

static gp_obj *alias_call(gp_obj *o, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    return gp_call(((alias_obj *)o)->origin, args, nargs, kw);
}

static gp_obj *alias_getattro(gp_obj *o, gp_obj *name)
{
    gp_obj *r = gp_obj_generic_getattr(o, name);
    if (r || !gp_err_matches(gp_exc_AttributeError)) return r;
    gp_err_clear();
    return gp_getattr(((alias_obj *)o)->origin, name);
}

static gp_obj *alias_richcompare(gp_obj *a, gp_obj *b, int op)
{
    if ((op != GP_EQ && op != GP_NE) || GP_TYPE(b) != &gp_alias_type) return GP_NOTIMPLEMENTED;
    alias_obj *x = (alias_obj *)a, *y = (alias_obj *)b;
    int eq = x->origin == y->origin ? gp_richcompare_bool(x->args, y->args, GP_EQ) : 0;
    if (eq < 0) return NULL;
    return gp_bool_new(op == GP_EQ ? eq : !eq);
}

static gp_hash alias_hash(gp_obj *o)
{
    gp_hash h = gp_hash_of(((alias_obj *)o)->args);
    return h == -1 ? -1 : (h ^ gp_hash_pointer(((alias_obj *)o)->origin)) == -1 ? -2 : (h ^ gp_hash_pointer(((alias_obj *)o)->origin));
}

static gp_obj *alias_origin(gp_obj *o) { return gp_incref(((alias_obj *)o)->origin); }
static gp_obj *alias_args(gp_obj *o) { return gp_incref(((alias_obj *)o)->args); }

static const gp_getsetdef alias_getsets[] = {
    {"__origin__", alias_origin, NULL}, {"__args__", alias_args, NULL}, {NULL, NULL, NULL},
};

gp_type gp_alias_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "types.GenericAlias",
    .basicsize = sizeof(alias_obj),
    .dealloc = alias_dealloc,
    .repr = alias_repr,
    .hash = alias_hash,
    .richcompare = alias_richcompare,
    .getattr = alias_getattro,
    .call = alias_call,
    .nb = {[GP_OP_OR] = union_or},
    .getsets = alias_getsets,
};

static gp_obj *class_getitem(gp_obj *cls, gp_obj *const *args, size_t nargs, gp_obj *kw)
{
    if (gp_check_nargs("__class_getitem__", nargs, kw, 1, 1) < 0) return NULL;
    alias_obj *a = (alias_obj *)gp_obj_alloc(&gp_alias_type);
    if (!a) return NULL;
    a->origin = gp_incref(cls);
    a->args = GP_TUPLE_CHECK(args[0]) ? gp_incref(args[0]) : gp_tuple_pack(1, args[0]);
    if (!a->args) { gp_decref((gp_obj *)a); return NULL; }
    return (gp_obj *)a;
}

static const gp_methoddef class_getitem_def = {"__class_getitem__", class_getitem, GP_METH_CLASS, NULL};

/* type[int]: type has no __class_getitem__ of its own (every class would
 * see it through its metaclass); subscription special-cases it. */
gp_obj *gp_type_subscript(gp_obj *key) { return class_getitem((gp_obj *)&gp_type_type, &key, 1, NULL); }

/* Gives the builtin containers list[int]-style subscription. */
int gp_union_init(void)
{
    gp_type *const generic[] = {&gp_list_type, &gp_dict_type, &gp_tuple_type, &gp_set_type, &gp_frozenset_type,
                                &gp_enumerate_type, &gp_reversed_type};
    for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++) {
        gp_obj *d = gp_descr_new_method(generic[i], &class_getitem_def);
        if (!d) return -1;
        int r = gp_dict_set_cstr(generic[i]->dict, "__class_getitem__", d);
        gp_decref(d);
        if (r < 0) return -1;
    }
    return 0;
}
