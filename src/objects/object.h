/*
 * object.h — the object model every part of the interpreter shares.
 *
 * Every Python value is a gp_obj*: a reference count and a type pointer,
 * followed by the type's own fields. Reference counts are plain integers,
 * not atomics: the GIL is what makes that safe (DESIGN.md). Immortal
 * objects (None, True, False, small ints, static types, interned names)
 * carry GP_IMMORTAL and are never freed.
 *
 * Errors follow one rule: a C function that can fail returns NULL (or -1
 * for int results) and leaves a pending exception in the current thread
 * state (gp_err_*). Callers either handle it or pass the failure up.
 * Nothing longjmps, so nothing leaks across a failure.
 *
 * Ownership: functions return NEW references unless their comment says
 * "borrowed". Arguments are borrowed unless the comment says "steals".
 */
#ifndef GP_OBJECT_H
#define GP_OBJECT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define GP_LIKELY(x) __builtin_expect(!!(x), 1)
#define GP_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define GP_NORETURN __attribute__((noreturn))
#else
#define GP_LIKELY(x) (x)
#define GP_UNLIKELY(x) (x)
#define GP_NORETURN
#endif

typedef struct gp_type gp_type;
typedef struct gp_obj gp_obj;
typedef intptr_t gp_ssize;
typedef int64_t gp_hash;

struct gp_obj {
    gp_ssize refcnt;
    gp_type *type;
};

#define GP_IMMORTAL ((gp_ssize)1 << 40)
/* Static initialiser for the header of a statically allocated object. */
#define GP_STATIC_HEAD(typeptr) { GP_IMMORTAL, (typeptr) }

void gp_dealloc(gp_obj *o); /* calls o->type->dealloc; defined in object.c */

static inline gp_obj *gp_incref(gp_obj *o) { o->refcnt++; return o; }
static inline void gp_decref(gp_obj *o) { if (--o->refcnt == 0) gp_dealloc(o); }
static inline gp_obj *gp_xincref(gp_obj *o) { if (o) o->refcnt++; return o; }
static inline void gp_xdecref(gp_obj *o) { if (o && --o->refcnt == 0) gp_dealloc(o); }
/* Replace *slot with v (steals v), dropping the old value afterwards. */
#define GP_SETREF(slot, v) do { gp_obj *gp__old = (gp_obj *)(slot); (slot) = (v); gp_xdecref(gp__old); } while (0)
#define GP_CLEAR(slot) GP_SETREF(slot, NULL)

#define GP_TYPE(o) (((gp_obj *)(o))->type)

/* ---- slot signatures ------------------------------------------------- */

/* Calls use one convention everywhere (CPython's "vectorcall"): positional
 * arguments first, then keyword values; kwnames is NULL or a tuple of str
 * naming the last len(kwnames) entries of args. nargs counts positional
 * arguments only. */
typedef gp_obj *(*gp_callfn)(gp_obj *callable, gp_obj *const *args, size_t nargs, gp_obj *kwnames);
typedef gp_obj *(*gp_unaryfn)(gp_obj *);
typedef gp_obj *(*gp_binaryfn)(gp_obj *, gp_obj *);
typedef gp_obj *(*gp_ternaryfn)(gp_obj *, gp_obj *, gp_obj *);
typedef int (*gp_inquiryfn)(gp_obj *);               /* -1 error, 0/1 */
typedef gp_ssize (*gp_lenfn)(gp_obj *);              /* -1 error */
typedef gp_hash (*gp_hashfn)(gp_obj *);              /* -1 error */
typedef gp_obj *(*gp_richcmpfn)(gp_obj *, gp_obj *, int op);
typedef gp_obj *(*gp_getattrfn)(gp_obj *, gp_obj *name);
typedef int (*gp_setattrfn)(gp_obj *, gp_obj *name, gp_obj *value); /* value NULL: delete */
typedef int (*gp_setitemfn)(gp_obj *, gp_obj *key, gp_obj *value);  /* value NULL: delete */
typedef int (*gp_containsfn)(gp_obj *, gp_obj *);    /* -1 error, 0/1 */
typedef gp_obj *(*gp_newfn)(gp_type *, gp_obj *const *args, size_t nargs, gp_obj *kwnames);
typedef int (*gp_initfn)(gp_obj *, gp_obj *const *args, size_t nargs, gp_obj *kwnames);
typedef gp_obj *(*gp_descrgetfn)(gp_obj *descr, gp_obj *obj, gp_obj *type); /* obj may be NULL */
typedef int (*gp_descrsetfn)(gp_obj *descr, gp_obj *obj, gp_obj *value);    /* value NULL: delete */

/* Rich comparison operators, in CPython's order. */
enum { GP_LT, GP_LE, GP_EQ, GP_NE, GP_GT, GP_GE };

/* Binary number operators; each type has one slot per operator. The slot
 * is called with the operands in source order for both the left and the
 * right operand's type (CPython's nb_add convention) and returns
 * GP_NOTIMPLEMENTED (a new reference to gp_NotImplemented) when it does
 * not know the other operand. */
#define GP_BINOPS(X) \
    X(ADD, "+", "__add__", "__radd__", "__iadd__") \
    X(SUB, "-", "__sub__", "__rsub__", "__isub__") \
    X(MUL, "*", "__mul__", "__rmul__", "__imul__") \
    X(TRUEDIV, "/", "__truediv__", "__rtruediv__", "__itruediv__") \
    X(FLOORDIV, "//", "__floordiv__", "__rfloordiv__", "__ifloordiv__") \
    X(MOD, "%", "__mod__", "__rmod__", "__imod__") \
    X(POW, "** or pow()", "__pow__", "__rpow__", "__ipow__") \
    X(LSHIFT, "<<", "__lshift__", "__rlshift__", "__ilshift__") \
    X(RSHIFT, ">>", "__rshift__", "__rrshift__", "__irshift__") \
    X(AND, "&", "__and__", "__rand__", "__iand__") \
    X(OR, "|", "__or__", "__ror__", "__ior__") \
    X(XOR, "^", "__xor__", "__rxor__", "__ixor__") \
    X(MATMUL, "@", "__matmul__", "__rmatmul__", "__imatmul__")

typedef enum {
#define GP__BINOP_ENUM(n, sym, m, r, i) GP_OP_##n,
    GP_BINOPS(GP__BINOP_ENUM)
#undef GP__BINOP_ENUM
    GP_OP__COUNT
} gp_binop_t; /* not "gp_binop": that name is the function below */

typedef enum { GP_UOP_NEG, GP_UOP_POS, GP_UOP_INVERT, GP_UOP_NOT } gp_unop_t;

/* Methods and attributes defined in C. */
typedef struct gp_methoddef {
    const char *name;
    gp_callfn fn;       /* called as fn(self, args, nargs, kwnames) */
    int flags;          /* GP_METH_* */
    const char *doc;
} gp_methoddef;
#define GP_METH_CLASS  1   /* fn gets the type as self (classmethod) */
#define GP_METH_STATIC 2   /* fn gets NULL as self (staticmethod) */

typedef struct gp_getsetdef {
    const char *name;
    gp_obj *(*get)(gp_obj *self);
    int (*set)(gp_obj *self, gp_obj *value); /* NULL: read-only attribute */
} gp_getsetdef;

/* ---- types ----------------------------------------------------------- */

/* Fast subclass bits, so isinstance checks on the common types are one AND. */
enum {
    GP_TF_BASETYPE   = 1u << 0,  /* may be subclassed */
    GP_TF_HEAPTYPE   = 1u << 1,  /* created by a class statement / type() */
    GP_TF_READY      = 1u << 2,
    GP_TF_INT_SUB    = 1u << 8,
    GP_TF_STR_SUB    = 1u << 9,
    GP_TF_TUPLE_SUB  = 1u << 10,
    GP_TF_LIST_SUB   = 1u << 11,
    GP_TF_DICT_SUB   = 1u << 12,
    GP_TF_EXC_SUB    = 1u << 13, /* BaseException and subclasses */
    GP_TF_TYPE_SUB   = 1u << 14,
    GP_TF_BYTES_SUB  = 1u << 15,
    GP_TF_GC         = 1u << 16, /* instances carry a gp_gc_head (gc.h); see gc_traverse */
};

/* The cycle collector's view of a container type (gc.h, docs/gc.md):
 * traverse visits exactly the references dealloc drops, clear drops them. */
typedef void (*gp_gc_visitfn)(gp_obj *child, void *arg);
typedef void (*gp_gc_traversefn)(gp_obj *o, gp_gc_visitfn visit, void *arg);
typedef void (*gp_gc_clearfn)(gp_obj *o);

struct gp_type {
    gp_obj base;              /* a type is an object of type `type` */
    const char *name;         /* "int", "collections.deque": __module__ before the last dot */
    size_t basicsize;         /* bytes of one instance */
    unsigned flags;
    gp_type *tp_base;         /* the solid base (single inheritance chain) */
    gp_obj *bases;            /* tuple, filled by gp_type_ready */
    gp_obj *mro;              /* tuple, filled by gp_type_ready */
    gp_obj *dict;             /* attributes, methods: filled by gp_type_ready */
    size_t dictoffset;        /* offset of the instance __dict__ pointer, 0 if none */
    size_t weaklistoffset;    /* offset of the instance's weak reference list, 0: refuses
                                 weak references (weakref.h) */

    void (*dealloc)(gp_obj *);
    gp_unaryfn repr;
    gp_unaryfn str;
    gp_hashfn hash;
    gp_richcmpfn richcompare;
    gp_getattrfn getattr;     /* NULL: gp_obj_generic_getattr */
    gp_setattrfn setattr;     /* NULL: gp_obj_generic_setattr */
    gp_callfn call;
    gp_unaryfn iter;
    gp_unaryfn iternext;      /* NULL without a pending exception: exhausted */

    /* sequence / mapping */
    gp_lenfn len;
    gp_binaryfn getitem;
    gp_setitemfn setitem;
    gp_containsfn contains;

    /* numbers */
    gp_binaryfn nb[GP_OP__COUNT];
    gp_binaryfn nb_inplace[GP_OP__COUNT]; /* NULL: fall back to nb[] */
    gp_ternaryfn nb_pow3;     /* three-argument pow(a, b, m) */
    gp_unaryfn nb_neg, nb_pos, nb_invert, nb_abs;
    gp_inquiryfn nb_bool;
    gp_unaryfn nb_int, nb_float, nb_index;

    /* construction */
    gp_newfn tp_new;
    gp_initfn tp_init;

    /* descriptors */
    gp_descrgetfn descr_get;
    gp_descrsetfn descr_set;

    const gp_methoddef *methods;   /* NULL-name terminated */
    const gp_getsetdef *getsets;   /* NULL-name terminated */
    void *user;                    /* free for a static type's own use; classes made by
                                      type(name, bases, dict) keep their private
                                      extension (qualname, __slots__) here */
    /* GP_TF_GC types (gc.h): the collector's traverse and clear. Classes
     * reach their static base's pair through gc.c, not by inheritance. */
    gp_gc_traversefn gc_traverse;
    gp_gc_clearfn gc_clear;
    struct gp_weakref *weaklist; /* weak references to this type (weakref.c) */
};

extern gp_type gp_type_type, gp_object_type;

/* Fills bases/mro/dict (methods and getsets become descriptors), inherits
 * NULL slots from tp_base. Called once for every static type at start-up
 * (gp_objects_init) and for every class. Returns -1 on error.
 *
 * Classes: calling `type` (or a metaclass) with (name, bases, dict) builds a
 * heap class (heaptype.c): instance layout with __dict__ or __slots__, the
 * C3 MRO, and slots that call the class's special methods (slots.c).
 * Assigning a special method to a class later updates its slots.
 * A static C type that defines no tp_new cannot be instantiated from
 * Python (it does not inherit object.__new__): set tp_new = gp_object_new
 * explicitly when it should be. */
int gp_type_ready(gp_type *t);
/* object.__new__ (the default tp_new: allocates basicsize bytes). */
gp_obj *gp_object_new(gp_type *t, gp_obj *const *args, size_t nargs, gp_obj *kwnames);
bool gp_type_is_subtype(gp_type *a, gp_type *b);  /* walks the MRO */
/* Looks name up along t's MRO; borrowed, NULL if absent (no exception). */
gp_obj *gp_type_lookup(gp_type *t, gp_obj *name);
const char *gp_type_name(gp_type *t);             /* last dotted component */

#define GP_TYPE_CHECK(o, tp) (GP_TYPE(o) == (tp) || gp_type_is_subtype(GP_TYPE(o), (tp)))
#define GP_HAS_FLAG(o, f) ((GP_TYPE(o)->flags & (f)) != 0)

/* Allocates basicsize bytes (zeroed) with refcnt 1 and the type set; for
 * heap types it also takes a reference to the type. NULL + MemoryError on
 * failure. */
gp_obj *gp_obj_alloc(gp_type *t);
gp_obj *gp_obj_alloc_size(gp_type *t, size_t size);
void gp_obj_free(gp_obj *o); /* frees memory only; dealloc functions end with it */

/* Memory: malloc/realloc that set MemoryError on failure. */
void *gp_mem_alloc(size_t n);
void *gp_mem_calloc(size_t n, size_t size);
void *gp_mem_realloc(void *p, size_t n);
void gp_mem_free(void *p);

/* ---- singletons ------------------------------------------------------ */

extern gp_obj gp_None_obj, gp_NotImplemented_obj, gp_Ellipsis_obj;
extern gp_type gp_none_type, gp_bool_type;
#define gp_None (&gp_None_obj)
#define gp_NotImplemented (&gp_NotImplemented_obj)
#define gp_Ellipsis (&gp_Ellipsis_obj)
#define GP_NONE_NEW() gp_incref(gp_None)
#define GP_NOTIMPLEMENTED gp_incref(gp_NotImplemented)
gp_obj *gp_true(void);  /* borrowed, immortal */
gp_obj *gp_false(void); /* borrowed, immortal */
extern struct gp_int gp_True_obj, gp_False_obj;
#define gp_True ((gp_obj *)&gp_True_obj)
#define gp_False ((gp_obj *)&gp_False_obj)
static inline gp_obj *gp_bool_new(bool b) { return gp_incref(b ? gp_True : gp_False); }

/* ---- generic protocol (abstract.c) ------------------------------------ */

gp_obj *gp_repr(gp_obj *o);
gp_obj *gp_str(gp_obj *o);
gp_obj *gp_ascii(gp_obj *o);
gp_hash gp_hash_of(gp_obj *o);                    /* TypeError: unhashable type: 'list' */
gp_obj *gp_richcompare(gp_obj *a, gp_obj *b, int op);
int gp_richcompare_bool(gp_obj *a, gp_obj *b, int op); /* identity shortcut for EQ/NE */
int gp_truthy(gp_obj *o);                          /* -1 on error */
gp_obj *gp_binop(gp_obj *a, gp_obj *b, gp_binop_t op);
gp_obj *gp_inplace_binop(gp_obj *a, gp_obj *b, gp_binop_t op);
gp_obj *gp_unary(gp_obj *o, gp_unop_t op);
gp_obj *gp_pow3(gp_obj *a, gp_obj *b, gp_obj *m);
gp_obj *gp_getattr(gp_obj *o, gp_obj *name);       /* name is a str */
gp_obj *gp_getattr_str(gp_obj *o, const char *name);
/* Like gp_getattr but returns NULL without an exception when the
 * attribute is missing (AttributeError cleared). */
gp_obj *gp_getattr_opt(gp_obj *o, gp_obj *name);
int gp_setattr(gp_obj *o, gp_obj *name, gp_obj *v); /* v NULL: delete */
int gp_setattr_str(gp_obj *o, const char *name, gp_obj *v);
gp_obj *gp_obj_generic_getattr(gp_obj *o, gp_obj *name);
int gp_obj_generic_setattr(gp_obj *o, gp_obj *name, gp_obj *v);
gp_obj **gp_obj_dictptr(gp_obj *o);                /* NULL if the type has no __dict__ */
gp_obj *gp_getitem(gp_obj *o, gp_obj *key);
int gp_setitem(gp_obj *o, gp_obj *key, gp_obj *v);
int gp_delitem(gp_obj *o, gp_obj *key);
gp_ssize gp_len(gp_obj *o);                        /* TypeError: object of type 'int' has no len() */
int gp_contains(gp_obj *container, gp_obj *item);  /* falls back to iteration */
gp_obj *gp_iter(gp_obj *o);                        /* TypeError: 'int' object is not iterable */
gp_obj *gp_iternext(gp_obj *it);                   /* NULL, no exception: exhausted */
gp_obj *gp_index(gp_obj *o);                       /* __index__: returns an int */
gp_ssize gp_index_ssize(gp_obj *o);                /* -1 + exception on error */
gp_obj *gp_call(gp_obj *callable, gp_obj *const *args, size_t nargs, gp_obj *kwnames);
gp_obj *gp_call0(gp_obj *callable);
gp_obj *gp_call1(gp_obj *callable, gp_obj *arg);
gp_obj *gp_call_method(gp_obj *self, const char *name, gp_obj *const *args, size_t nargs);
int gp_isinstance(gp_obj *o, gp_obj *cls);         /* cls may be a tuple; -1 on error */
int gp_issubclass(gp_obj *derived, gp_obj *cls);
gp_obj *gp_list_from_iterable(gp_obj *iterable);
gp_obj *gp_tuple_from_iterable(gp_obj *iterable);
/* format(o, spec): spec is a str or NULL (empty). */
gp_obj *gp_format(gp_obj *o, gp_obj *spec);

/* Argument parsing for C functions. names lists every parameter (the
 * first npos may be given positionally; NULL-terminated), nrequired of
 * them are required. out[i] receives a BORROWED reference or NULL when
 * the argument was not given. Produces CPython's messages, e.g.
 * "sorted() takes 1 positional argument but 2 were given". */
int gp_parse_args(const char *fname, gp_obj *const *args, size_t nargs, gp_obj *kwnames,
                  const char *const *names, size_t npos, size_t nrequired, gp_obj **out);
/* For functions without keywords: TypeError "len() takes exactly one
 * argument (2 given)" and friends. */
int gp_check_nargs(const char *fname, size_t nargs, gp_obj *kwnames, size_t min, size_t max);

/* ---- errors (errors.c) ------------------------------------------------ */

/* Exception type objects: gp_exc_<Name> for every builtin exception. */
#define GP_EXCEPTIONS(X) \
    X(BaseException, NULL) X(Exception, BaseException) X(SystemExit, BaseException) \
    X(KeyboardInterrupt, BaseException) X(GeneratorExit, BaseException) \
    X(StopIteration, Exception) X(StopAsyncIteration, Exception) \
    X(ArithmeticError, Exception) X(ZeroDivisionError, ArithmeticError) \
    X(OverflowError, ArithmeticError) X(FloatingPointError, ArithmeticError) \
    X(AssertionError, Exception) X(AttributeError, Exception) X(BufferError, Exception) \
    X(EOFError, Exception) X(ImportError, Exception) X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) X(IndexError, LookupError) X(KeyError, LookupError) \
    X(MemoryError, Exception) X(NameError, Exception) X(UnboundLocalError, NameError) \
    X(OSError, Exception) X(BlockingIOError, OSError) X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) X(InterruptedError, OSError) X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) X(PermissionError, OSError) X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) X(ReferenceError, Exception) X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) X(RecursionError, RuntimeError) \
    X(SyntaxError, Exception) X(IndentationError, SyntaxError) X(TabError, IndentationError) \
    X(SystemError, Exception) X(TypeError, Exception) X(ValueError, Exception) \
    X(UnicodeError, ValueError) X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) X(Warning, Exception) \
    X(DeprecationWarning, Warning) X(RuntimeWarning, Warning) X(UserWarning, Warning) \
    X(BaseExceptionGroup, BaseException) X(ExceptionGroup, BaseExceptionGroup)

#define GP__EXC_DECL(name, base) extern gp_type *gp_exc_##name;
GP_EXCEPTIONS(GP__EXC_DECL)
#undef GP__EXC_DECL

/* Sets the pending exception to type(message). The format is printf-like
 * (%s %d %i %u %ld %lld %zd %zu %x %c %p %%) plus %R (repr of a gp_obj*),
 * %S (str of a gp_obj*), %T (type name of a gp_obj*), %U (a str gp_obj*).
 * Always returns NULL so callers can `return gp_err_format(...)`. */
gp_obj *gp_err_format(gp_type *type, const char *fmt, ...);
gp_obj *gp_err_set(gp_type *type, gp_obj *value);   /* value: instance, args or NULL */
gp_obj *gp_err_set_str(gp_type *type, const char *msg);
gp_obj *gp_err_set_obj(gp_obj *exc);                 /* exc: an exception instance */
gp_obj *gp_err_nomemory(void);
gp_obj *gp_err_set_key(gp_obj *key);               /* KeyError(key), even when key is a tuple */
gp_obj *gp_err_from_errno(gp_type *type);           /* OSError subclass chosen by errno when type is OSError */
gp_obj *gp_err_from_errno_filename(gp_type *type, gp_obj *filename);
bool gp_err_occurred(void);
bool gp_err_matches(gp_type *type);                 /* pending exception is an instance of type */
gp_obj *gp_err_fetch(void);                         /* takes the pending exception (new ref) or NULL */
void gp_err_restore(gp_obj *exc);                   /* steals exc (may be NULL) */
void gp_err_clear(void);
/* Builds an exception instance from a type and argument tuple. */
gp_obj *gp_exc_new(gp_type *type, gp_obj *args);
/* The OSError subclass CPython picks for an errno (FileNotFoundError, ...). */
gp_type *gp_exc_oserror_subclass(int err);

/* Exception instances (BaseException layout, shared by every builtin
 * exception; subclasses that need more fields extend it). */
typedef struct gp_exc {
    gp_obj base;
    gp_obj *dict;        /* instance __dict__, created lazily */
    gp_obj *args;        /* tuple */
    gp_obj *traceback;   /* None or a traceback object (src/vm/traceback.c) */
    gp_obj *cause;       /* __cause__ or NULL */
    gp_obj *context;     /* __context__ or NULL */
    bool suppress_context;
} gp_exc;

/* Exception groups and except* (exc_group.c). gp_exc_group_match splits
 * exc (or None) by an except* clause's types into *match and *rest (new
 * references, None when empty); gp_exc_group_prep_reraise combines what
 * the clauses raised (a list; None items ignored) with orig's unhandled
 * rest into what the try statement raises, or None. */
int gp_exc_group_setup(void);
int gp_exc_group_match(gp_obj *exc, gp_obj *type, gp_obj **match, gp_obj **rest);
gp_obj *gp_exc_group_prep_reraise(gp_obj *orig, gp_obj *excs);
bool gp_exc_is_group(gp_obj *exc);
gp_obj *gp_exc_group_exceptions(gp_obj *exc);       /* borrowed tuple */

/* Formats an exception with its traceback and chained causes exactly as
 * CPython prints an uncaught exception (traceback.c). */
void gp_err_print(gp_obj *exc);

/* ---- start-up --------------------------------------------------------- */

/* Readies every builtin type and exception; call once before anything. */
int gp_objects_init(void);

#endif
