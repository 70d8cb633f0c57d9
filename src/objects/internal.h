/*
 * internal.h — declarations shared between the files of src/objects only
 * (not a contract with the VM; see object.h and types.h for that).
 */
#ifndef GP_OBJECTS_INTERNAL_H
#define GP_OBJECTS_INTERNAL_H

#include "types.h"
#include "gc.h"

/* Numeric hashing (CPython's scheme: reduction modulo 2**61 - 1). */
#define GP_HASH_BITS 61
#define GP_HASH_MODULUS (((uint64_t)1 << GP_HASH_BITS) - 1)
#define GP_HASH_INF 314159
gp_hash gp_hash_double(gp_obj *inst, double v);
gp_hash gp_hash_pointer(gp_obj *o);
gp_hash gp_hash_bytes(const void *data, size_t n);            /* hash.c: CPython's siphash13, seed 0 */
gp_hash gp_hash_utf8(const char *s, size_t n, bool ascii);

/* finalize.c: runs __del__; true when the object was resurrected */
bool gp_finalize(gp_obj *o);
void gp_finalize_call(gp_obj *o); /* o.__del__() on a live object (gc.c) */

/* obj_union.c */
gp_obj *gp_type_or(gp_obj *a, gp_obj *b);
gp_obj *gp_union_args(gp_obj *o);   /* borrowed tuple, NULL when o is not a union */
int gp_union_init(void);
gp_obj *gp_type_subscript(gp_obj *key);  /* type[key] */
extern gp_type gp_union_type, gp_alias_type;

/* obj_descr.c */
gp_obj *gp_descr_new_method(gp_type *t, const gp_methoddef *m);
gp_obj *gp_descr_new_getset(gp_type *t, const gp_getsetdef *g);
int gp_descr_add_slot_wrappers(gp_type *t);

/* type.c */
gp_obj *gp_object_repr_default(gp_obj *self);

/* obj_mappingproxy.c: the read-only view C.__dict__ returns */
extern gp_type gp_mappingproxy_type;
gp_obj *gp_mappingproxy_new(gp_obj *mapping);

/* builtins_vm.c: the running frame's globals (borrowed), NULL outside code */
gp_obj *gp_vm_caller_globals(void);

/* exceptions.c */
int gp_exceptions_init(void);

/* obj_str.c */
int gp_str_init(void);
gp_obj *gp_str_new_ascii(const char *s, size_t n); /* caller knows it is ascii */
gp_obj *gp_str_new_unchecked(const char *s, size_t n, gp_ssize ncp, bool ascii);
/* Byte offset of code point i (0 <= i <= length). */
gp_ssize gp_str_offset(gp_obj *s, gp_ssize i);
gp_obj *gp_str_substr(gp_obj *s, gp_ssize start, gp_ssize stop); /* code point indices */
uint32_t gp_utf8_decode(const unsigned char **p);
size_t gp_utf8_encode(uint32_t cp, char *out);
gp_ssize gp_utf8_count(const char *s, size_t n); /* code points; -1 if invalid */
bool gp_str_isspace_cp(uint32_t c);

/* obj_int.c helpers for float and others */
/* a/b as a correctly rounded double; -1 + OverflowError(msg) when too big. */
int gp_int_ratio_to_double(mpz_srcptr a, mpz_srcptr b, double *out, const char *msg);
void gp_int_to_mpz(gp_obj *o, mpz_ptr out);      /* out must be initialised */
gp_obj *gp_int_format_base(gp_obj *o, int base, bool prefix, bool upper);
gp_obj *gp_int_repr(gp_obj *o);
gp_obj *gp_int_exact_copy(gp_obj *o);             /* exact int with the value of an int subclass */
extern int gp_int_max_str_digits;                /* sys.set_int_max_str_digits */
int gp_int_cmp_double(gp_obj *i, double d);        /* i <=> d for finite d */

/* format_spec.c: the format-spec mini-language */
typedef struct gp_fmtspec {
    uint32_t fill;
    char align;          /* 0, '<', '>', '=', '^' */
    char sign;           /* 0, '+', '-', ' ' */
    bool alt;            /* '#' */
    bool zero;           /* '0' */
    bool no_neg_zero;    /* 'z' */
    gp_ssize width;      /* -1: none */
    char grouping;       /* 0, ',', '_' */
    gp_ssize precision;  /* -1: none */
    char type;           /* 0: none */
} gp_fmtspec;
int gp_fmtspec_parse(gp_obj *spec, gp_fmtspec *out);
gp_obj *gp_format_int(gp_obj *v, gp_obj *spec);
gp_obj *gp_format_float(double v, gp_obj *spec);
gp_obj *gp_format_complex(double re, double im, gp_obj *spec);
gp_obj *gp_format_str(gp_obj *v, gp_obj *spec);
/* Formats a double like Python's float formatting with type code
 * ('e','f','g','r' for repr, 0 for str-like) into b. */
void gp_format_double_into(gp_strbuf *b, double v, char type, int prec, bool alt);

/* str_format.c */
gp_obj *gp_str_format_method(gp_obj *self, gp_obj *const *args, size_t nargs, gp_obj *kwnames);
gp_obj *gp_str_percent(gp_obj *fmt, gp_obj *args);
gp_obj *gp_str_format_mapping(gp_obj *fmt, gp_obj *mapping);   /* str.format_map */
gp_obj *gp_str_pad(gp_obj *s, gp_ssize left, gp_ssize right, gp_obj *fill);

/* obj_iter.c */
gp_obj *gp_seqiter_new(gp_obj *seq);
gp_obj *gp_calliter_new(gp_obj *callable, gp_obj *sentinel);
extern gp_type gp_seqiter_type, gp_enumerate_type, gp_zip_type, gp_map_type, gp_filter_type,
    gp_reversed_type, gp_calliter_type;

/* obj_list.c / obj_tuple.c */
int gp_list_init_types(void);
gp_obj *gp_list_repr_items(gp_obj *const *items, gp_ssize n, const char *open, const char *close);

/* obj_dict.c */
extern gp_type gp_dict_keys_type, gp_dict_values_type, gp_dict_items_type,
    gp_dict_keyiter_type, gp_dict_valueiter_type, gp_dict_itemiter_type;

/* repr recursion guard for containers (list, dict, set) */
int gp_repr_enter(gp_obj *o);  /* 1: already being printed, 0: entered, -1 error */
void gp_repr_leave(gp_obj *o);

/* Generic equality-compare of two arrays of objects (tuples/lists). */
gp_obj *gp_seq_richcompare(gp_obj *const *a, gp_ssize na, gp_obj *const *b, gp_ssize nb, int op);

/* set hash helper */
gp_obj *gp_set_iter_new(gp_obj *s);

/* unicode.c */
bool gp_unicode_isalpha(uint32_t c);
bool gp_unicode_isdecimal(uint32_t c);
bool gp_unicode_isdigit(uint32_t c);
bool gp_unicode_isnumeric(uint32_t c);
bool gp_unicode_isupper(uint32_t c);
bool gp_unicode_islower(uint32_t c);
bool gp_unicode_isalnum(uint32_t c);
bool gp_unicode_isprintable(uint32_t c);
bool gp_unicode_isidstart(uint32_t c);
bool gp_unicode_isidcontinue(uint32_t c);
uint32_t gp_unicode_toupper(uint32_t c);
uint32_t gp_unicode_tolower(uint32_t c);
uint32_t gp_unicode_totitle(uint32_t c);
const char *gp_unicode_special_upper(uint32_t c, bool title);

/* sequences */
int gp_seq_repeat_args(gp_obj *a, gp_obj *b, gp_type *seqtype, gp_obj **seq, gp_ssize *count);
int gp_seq_index_bounds(gp_obj *const *args, size_t nargs, gp_ssize n, gp_ssize *start, gp_ssize *stop);
gp_obj *gp_str_repeat(gp_obj *s, gp_ssize n);
gp_ssize gp_utf8_check(const char *s, size_t n, const char **reason);
gp_obj *gp_list_reversed(gp_obj *l);
void gp_list_clear(gp_obj *l);
int gp_list_insert(gp_obj *l, gp_ssize i, gp_obj *v);
gp_obj *gp_bytes_decode_impl(const char *data, size_t n, gp_obj *encoding, gp_obj *errors);
gp_obj *gp_str_encode_impl(gp_obj *s, gp_obj *encoding, gp_obj *errors);

#endif
