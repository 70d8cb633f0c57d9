/*
 * types.h — the concrete builtin types: their layouts where the VM needs
 * to reach in for speed, and their constructors and accessors.
 *
 * One file per type implements each block (obj_int.c, obj_str.c, ...).
 * Fields not shown here are private to the type's file.
 */
#ifndef GP_TYPES_H
#define GP_TYPES_H

#include "object.h"

extern gp_type gp_int_type, gp_float_type, gp_complex_type, gp_str_type, gp_bytes_type,
    gp_bytearray_type, gp_list_type, gp_tuple_type, gp_dict_type, gp_set_type,
    gp_frozenset_type, gp_range_type, gp_slice_type, gp_cfunc_type, gp_module_type,
    gp_property_type, gp_staticmethod_type, gp_classmethod_type,
    gp_method_descr_type, gp_getset_descr_type, gp_ellipsis_type, gp_notimpl_type;

/* ---- int (obj_int.c) ----------------------------------------------------
 * Small values live in a machine word (`small`, big == NULL); beyond
 * int64 the value is a GMP integer. Values in [-5, 1024] are cached and
 * immortal, so the common case allocates nothing. bool is a subtype. */
#include <gmp.h>
typedef struct gp_int {
    gp_obj base;
    int64_t small;
    mpz_ptr big;          /* NULL when the value fits in small */
} gp_int;
#define GP_INT_CHECK(o) GP_HAS_FLAG(o, GP_TF_INT_SUB)
#define GP_INT_EXACT(o) (GP_TYPE(o) == &gp_int_type)
#define GP_INT_IS_SMALL(o) (((gp_int *)(o))->big == NULL)
gp_obj *gp_int_from_i64(int64_t v);
gp_obj *gp_int_from_u64(uint64_t v);
gp_obj *gp_int_from_double(double d);
gp_obj *gp_int_divmod(gp_obj *a, gp_obj *b);         /* divmod() of two ints */        /* OverflowError/ValueError for inf/nan */
gp_obj *gp_int_from_mpz(mpz_srcptr z);       /* copies; normalises to small when it fits */
/* Parses Python int literal text / int(str, base) text (underscores,
 * prefixes when base is 0, surrounding whitespace for int()). NULL +
 * ValueError "invalid literal for int() with base 10: 'abc'". */
gp_obj *gp_int_from_string(const char *s, size_t len, int base);
int64_t gp_int_as_i64(gp_obj *o, int *overflow); /* o must be an int */
gp_ssize gp_int_as_ssize(gp_obj *o);         /* OverflowError "Python int too large to convert to C ssize_t" */
int gp_int_as_cint(gp_obj *o, int *out, const char *overflow_msg); /* -1: TypeError/OverflowError(msg) */
double gp_int_as_double(gp_obj *o);          /* OverflowError "int too large to convert to float" */
int gp_int_sign(gp_obj *o);

/* ---- float (obj_float.c) ---------------------------------------------- */
typedef struct gp_float { gp_obj base; double value; } gp_float;
#define GP_FLOAT_CHECK(o) GP_TYPE_CHECK(o, &gp_float_type)
#define GP_FLOAT_VALUE(o) (((gp_float *)(o))->value)
gp_obj *gp_float_new(double v);
gp_obj *gp_float_from_string(const char *s, size_t len); /* float("1e5"), ValueError */
/* Shortest repr that round-trips, exactly as CPython's float.__repr__. */
gp_obj *gp_float_repr_double(double v);
double gp_float_as_double(gp_obj *o);
gp_obj *gp_float_divmod(gp_obj *a, gp_obj *b);       /* divmod() with a float operand */        /* any number with __float__/__index__; -1.0 + exception */

/* ---- complex (obj_complex.c) --------------------------------------------- */
typedef struct gp_complex { gp_obj base; double real, imag; } gp_complex;
gp_obj *gp_complex_new(double real, double imag);

/* ---- str (obj_str.c) -------------------------------------------------
 * Immutable Unicode text stored as UTF-8 (NUL-terminated), with the
 * length in code points cached; ascii strings index in O(1). The hash
 * is computed once. Names used by the compiler and VM are interned. */
typedef struct gp_str {
    gp_obj base;
    gp_ssize nbytes;      /* UTF-8 bytes, excluding the NUL */
    gp_ssize length;      /* code points */
    gp_hash hash;         /* -1 until computed */
    uint8_t ascii;        /* every byte < 0x80 */
    uint8_t interned;
    char *data;           /* points to inline storage after the struct */
} gp_strobj; /* not "gp_str": that name is the function str(o) in object.h */
#define GP_STR_CHECK(o) GP_HAS_FLAG(o, GP_TF_STR_SUB)
#define GP_STR_EXACT(o) (GP_TYPE(o) == &gp_str_type)
#define GP_STR_DATA(o) (((gp_strobj *)(o))->data)
#define GP_STR_NBYTES(o) (((gp_strobj *)(o))->nbytes)
#define GP_STR_LEN(o) (((gp_strobj *)(o))->length)
gp_obj *gp_str_new(const char *utf8, size_t nbytes);     /* validates: UnicodeDecodeError */
gp_obj *gp_str_from_cstr(const char *utf8);
gp_obj *gp_str_intern(gp_obj *s);                        /* steals s, returns the canonical copy */
gp_obj *gp_str_intern_cstr(const char *utf8);            /* borrowed, immortal */
gp_obj *gp_str_from_format(const char *fmt, ...);        /* same directives as gp_err_format */
gp_obj *gp_str_from_vformat(const char *fmt, va_list ap);
gp_obj *gp_str_concat(gp_obj *a, gp_obj *b);
gp_obj *gp_str_join(gp_obj *sep, gp_obj *iterable);
bool gp_str_eq(gp_obj *a, gp_obj *b);                    /* both str */
bool gp_str_eq_cstr(gp_obj *a, const char *s);
gp_hash gp_str_hash(gp_obj *s);
gp_obj *gp_str_from_codepoint(uint32_t cp);
/* The repr of a str (quotes chosen as CPython does). */
gp_obj *gp_str_repr(gp_obj *s);
gp_obj *gp_str_char_at(gp_obj *s, gp_ssize i);           /* s[i] for 0 <= i < len */

/* A growable UTF-8 buffer for building strings in C. */
typedef struct gp_strbuf { char *data; size_t len, cap; bool failed; } gp_strbuf;
void gp_strbuf_init(gp_strbuf *b);
void gp_strbuf_add(gp_strbuf *b, const char *s, size_t n);
void gp_strbuf_addc(gp_strbuf *b, const char *s);
void gp_strbuf_addf(gp_strbuf *b, const char *fmt, ...); /* gp_err_format directives */
void gp_strbuf_addobj_str(gp_strbuf *b, gp_obj *o);      /* str(o); sets failed on error */
void gp_strbuf_addobj_repr(gp_strbuf *b, gp_obj *o);
gp_obj *gp_strbuf_finish(gp_strbuf *b);                  /* a str; frees the buffer; NULL if failed */
void gp_strbuf_free(gp_strbuf *b);

/* ---- bytes / bytearray (obj_bytes.c) ---------------------------------- */
typedef struct gp_bytes { gp_obj base; gp_ssize size; gp_hash hash; char data[]; } gp_bytes;
#define GP_BYTES_CHECK(o) GP_HAS_FLAG(o, GP_TF_BYTES_SUB)
#define GP_BYTES_DATA(o) (((gp_bytes *)(o))->data)
#define GP_BYTES_SIZE(o) (((gp_bytes *)(o))->size)
gp_obj *gp_bytes_new(const char *data, size_t n);
typedef struct gp_bytearray { gp_obj base; gp_ssize size, cap; char *data; } gp_bytearray;
gp_obj *gp_bytearray_new(const char *data, size_t n);

/* ---- tuple (obj_tuple.c) ---------------------------------------------- */
typedef struct gp_tuple { gp_obj base; gp_ssize size; gp_hash hash; gp_obj *items[]; } gp_tuple;
#define GP_TUPLE_CHECK(o) GP_HAS_FLAG(o, GP_TF_TUPLE_SUB)
#define GP_TUPLE_SIZE(o) (((gp_tuple *)(o))->size)
#define GP_TUPLE_ITEMS(o) (((gp_tuple *)(o))->items)
#define GP_TUPLE_GET(o, i) (((gp_tuple *)(o))->items[i])
gp_obj *gp_tuple_new(gp_ssize n);            /* items NULL; fill them before use */
gp_obj *gp_tuple_pack(gp_ssize n, ...);      /* borrowed items, increfs them */
gp_obj *gp_tuple_from_array(gp_obj *const *items, gp_ssize n); /* increfs */
gp_obj *gp_tuple_empty(void);                /* borrowed, immortal */

/* ---- list (obj_list.c) ------------------------------------------------ */
typedef struct gp_list { gp_obj base; gp_ssize size, cap; gp_obj **items; } gp_list;
#define GP_LIST_CHECK(o) GP_HAS_FLAG(o, GP_TF_LIST_SUB)
#define GP_LIST_SIZE(o) (((gp_list *)(o))->size)
#define GP_LIST_ITEMS(o) (((gp_list *)(o))->items)
gp_obj *gp_list_new(gp_ssize n);             /* n items, NULL; fill them before use */
int gp_list_append(gp_obj *l, gp_obj *v);    /* increfs v */
int gp_list_extend(gp_obj *l, gp_obj *iterable);
gp_obj *gp_list_as_tuple(gp_obj *l);
int gp_list_sort(gp_obj *l, gp_obj *key, bool reverse); /* stable */

/* ---- dict (obj_dict.c) ------------------------------------------------
 * Insertion ordered, open addressing over a compact entry array (the
 * CPython 3.6 layout). `version` changes on every mutation so the VM can
 * cache global and attribute look-ups. */
typedef struct gp_dict {
    gp_obj base;
    gp_ssize used;
    uint64_t version;
    void *table;          /* private */
} gp_dict;
#define GP_DICT_CHECK(o) GP_HAS_FLAG(o, GP_TF_DICT_SUB)
#define GP_DICT_SIZE(o) (((gp_dict *)(o))->used)
gp_obj *gp_dict_new(void);
gp_obj *gp_dict_get(gp_obj *d, gp_obj *key);           /* borrowed; NULL: absent (or error, check gp_err_occurred) */
gp_obj *gp_dict_get_str(gp_obj *d, gp_obj *key);       /* key is a str: borrowed, never errors */
gp_obj *gp_dict_get_cstr(gp_obj *d, const char *key);  /* borrowed */
int gp_dict_set(gp_obj *d, gp_obj *key, gp_obj *v);    /* increfs both */
int gp_dict_set_cstr(gp_obj *d, const char *key, gp_obj *v);
int gp_dict_del(gp_obj *d, gp_obj *key);               /* KeyError */
int gp_dict_del_cstr(gp_obj *d, const char *key);
/* Iteration: pos starts at 0; borrowed key/value; returns false at the end. */
bool gp_dict_next(gp_obj *d, gp_ssize *pos, gp_obj **key, gp_obj **value);
gp_ssize gp_dict_size(gp_obj *d);
gp_obj *gp_dict_copy(gp_obj *d);
int gp_dict_update(gp_obj *d, gp_obj *other);          /* mapping or iterable of pairs */
gp_obj *gp_dict_keys_list(gp_obj *d);

/* ---- set / frozenset (obj_set.c) -------------------------------------- */
gp_obj *gp_set_new(gp_obj *iterable);                  /* iterable may be NULL */
gp_obj *gp_frozenset_new(gp_obj *iterable);
int gp_set_add(gp_obj *s, gp_obj *key);
int gp_set_contains(gp_obj *s, gp_obj *key);
int gp_set_discard(gp_obj *s, gp_obj *key);            /* 1 removed, 0 absent, -1 error */
gp_ssize gp_set_size(gp_obj *s);
#define GP_ANYSET_CHECK(o) (GP_TYPE_CHECK(o, &gp_set_type) || GP_TYPE_CHECK(o, &gp_frozenset_type))

/* ---- range, slice (obj_range.c, obj_slice.c) ---------------------------- */
gp_obj *gp_range_new(gp_obj *start, gp_obj *stop, gp_obj *step);
typedef struct gp_slice { gp_obj base; gp_obj *start, *stop, *step; } gp_slice;
gp_obj *gp_slice_new(gp_obj *start, gp_obj *stop, gp_obj *step); /* NULLs mean None */
/* Resolves a slice against a length: CPython's PySlice_GetIndicesEx. */
int gp_slice_indices(gp_obj *slice, gp_ssize length, gp_ssize *start, gp_ssize *stop,
                     gp_ssize *step, gp_ssize *slicelength);

/* ---- builtin functions and methods (obj_cfunc.c) -------------------------
 * A C function bound to an optional self (a module or an instance). */
typedef struct gp_cfunc {
    gp_obj base; const gp_methoddef *def; gp_obj *self; gp_obj *module;
    struct gp_weakref *weaklist; /* weakref.c */
} gp_cfunc;
gp_obj *gp_cfunc_new(const gp_methoddef *def, gp_obj *self, gp_obj *module);

/* A C method in a type's dict (list.append). The VM may call def->fn
 * directly with the instance as self instead of binding (LOAD_METHOD). */
typedef struct gp_method_descr { gp_obj base; gp_type *type; const gp_methoddef *def; } gp_method_descr;

/* ---- bound methods (obj_descr.c) ---------------------------------------
 * func bound to self: calling it calls func(self, *args). Used by
 * classmethod, and available to the VM for Python functions. */
typedef struct gp_method { gp_obj base; gp_obj *func; gp_obj *self; struct gp_weakref *weaklist; } gp_method;
extern gp_type gp_method_type;
gp_obj *gp_method_new(gp_obj *func, gp_obj *self);

/* ---- super (obj_super.c) -----------------------------------------------------
 * super() without arguments asks this hook for the calling frame's class
 * (__class__ cell) and first argument; the default reads src/vm's frame. */
extern gp_type gp_super_type;
extern gp_type gp_memoryview_type; /* obj_memoryview.c */
extern int (*gp_super_frame_args)(gp_obj **type, gp_obj **obj);

/* ---- iterator types (obj_iter.c) ---------------------------------------- */
extern gp_type gp_enumerate_type, gp_zip_type, gp_map_type, gp_filter_type, gp_reversed_type;

/* ---- modules (obj_module.c) --------------------------------------------- */
typedef struct gp_module { gp_obj base; gp_obj *dict; gp_obj *name; void *state; struct gp_weakref *weaklist; } gp_module;
#define GP_MODULE_DICT(o) (((gp_module *)(o))->dict)
gp_obj *gp_module_new(const char *name);
/* Adds each function of the table (NULL-name terminated) to the module. */
int gp_module_add_functions(gp_obj *module, const gp_methoddef *defs);
int gp_module_add_object(gp_obj *module, const char *name, gp_obj *value); /* increfs */

/* ---- builtins (mod_builtins.c) -------------------------------------------
 * Creates the builtins module: the functions, the types (int, str, ...)
 * and the exceptions under their Python names. Functions that need the
 * compiler or the VM (exec, eval, compile, __import__, __build_class__,
 * globals, locals) are added by the VM (src/vm/). */
gp_obj *gp_builtins_create(void);

#endif
