/*
 * code.c — code objects: the compiler's output, the VM's input. A code
 * object is immutable once built; only its LOAD_GLOBAL cache changes.
 * Also the opcode tables generated from opcodes.def and a disassembler
 * (gilpy -X dis FILE).
 */
#include <stdio.h>
#include <string.h>

#include "vm.h"

const char *const gp_opcode_names[OP__COUNT] = {
#define OP(name, effect, flags) #name,
#include "opcodes.def"
#undef OP
};

const unsigned char gp_opcode_flags[OP__COUNT] = {
#define OP(name, effect, flags) flags,
#include "opcodes.def"
#undef OP
};

int gp_opcode_stack_effect(int op, uint32_t arg, int jump) {
    (void)arg;
    (void)jump;
    switch (op) {
#define OP(name, effect, flags) case OP_##name: return (effect);
#include "opcodes.def"
#undef OP
    default: return 0;
    }
}

gp_code *gp_code_new(void) {
    gp_code *co = (gp_code *)gp_obj_alloc(&gp_code_type);
    return co;
}

int gp_code_addr2line(gp_code *co, int instr) {
    if (instr < 0) instr = 0;
    if (instr >= co->ncode) instr = co->ncode - 1;
    if (instr < 0 || !co->lines) return co->firstlineno;
    return co->lines[instr];
}

static void code_dealloc(gp_obj *o) {
    gp_code *co = (gp_code *)o;
    gp_mem_free(co->code);
    gp_mem_free(co->lines);
    gp_mem_free(co->cell2arg);
    gp_mem_free(co->gcache);
    gp_mem_free(co->acache);
    gp_xdecref(co->consts);
    gp_xdecref(co->names);
    gp_xdecref(co->varnames);
    gp_xdecref(co->cellvars);
    gp_xdecref(co->freevars);
    gp_xdecref(co->name);
    gp_xdecref(co->qualname);
    gp_xdecref(co->filename);
    gp_obj_free(o);
}

static gp_obj *code_repr(gp_obj *o) {
    gp_code *co = (gp_code *)o;
    return gp_str_from_format("<code object %U at %p, file \"%U\", line %d>", co->name, (void *)co,
                              co->filename, co->firstlineno);
}

static gp_obj *code_get_name(gp_obj *o) { return gp_incref(((gp_code *)o)->name); }
static gp_obj *code_get_qualname(gp_obj *o) { return gp_incref(((gp_code *)o)->qualname); }
static gp_obj *code_get_filename(gp_obj *o) { return gp_incref(((gp_code *)o)->filename); }
static gp_obj *code_get_varnames(gp_obj *o) { return gp_incref(((gp_code *)o)->varnames); }
static gp_obj *code_get_consts(gp_obj *o) { return gp_incref(((gp_code *)o)->consts); }
static gp_obj *code_get_names(gp_obj *o) { return gp_incref(((gp_code *)o)->names); }
static gp_obj *code_get_freevars(gp_obj *o) { return gp_incref(((gp_code *)o)->freevars); }
static gp_obj *code_get_cellvars(gp_obj *o) { return gp_incref(((gp_code *)o)->cellvars); }
static gp_obj *code_get_argcount(gp_obj *o) { return gp_int_from_i64(((gp_code *)o)->argcount); }
static gp_obj *code_get_kwonly(gp_obj *o) { return gp_int_from_i64(((gp_code *)o)->kwonlyargcount); }
static gp_obj *code_get_posonly(gp_obj *o) { return gp_int_from_i64(((gp_code *)o)->posonlyargcount); }
static gp_obj *code_get_nlocals(gp_obj *o) { return gp_int_from_i64(((gp_code *)o)->nlocals); }
/* co_flags in CPython's bit values (inspect.CO_*), not gilpy's internal
 * ones: programs test `co_flags & 0x20` for generators.  gilpy marks
 * async def code as a generator too; CPython does not. */
static gp_obj *code_get_flags(gp_obj *o) {
    int fl = ((gp_code *)o)->flags, out = 0;
    if ((fl & GP_CO_NEWLOCALS) && !(fl & (GP_CO_MODULE | GP_CO_CLASS))) out |= 0x01 | 0x02;  /* OPTIMIZED, NEWLOCALS */
    if (fl & GP_CO_VARARGS) out |= 0x04;
    if (fl & GP_CO_VARKEYWORDS) out |= 0x08;
    if (fl & GP_CO_ASYNC_GENERATOR) out |= 0x200;
    else if (fl & GP_CO_COROUTINE) out |= 0x80;
    else if (fl & GP_CO_GENERATOR) out |= 0x20;
    return gp_int_from_i64(out);
}
static gp_obj *code_get_firstlineno(gp_obj *o) { return gp_int_from_i64(((gp_code *)o)->firstlineno); }

static const gp_getsetdef code_getsets[] = {
    {"co_name", code_get_name, NULL},
    {"co_qualname", code_get_qualname, NULL},
    {"co_filename", code_get_filename, NULL},
    {"co_varnames", code_get_varnames, NULL},
    {"co_consts", code_get_consts, NULL},
    {"co_names", code_get_names, NULL},
    {"co_freevars", code_get_freevars, NULL},
    {"co_cellvars", code_get_cellvars, NULL},
    {"co_argcount", code_get_argcount, NULL},
    {"co_kwonlyargcount", code_get_kwonly, NULL},
    {"co_posonlyargcount", code_get_posonly, NULL},
    {"co_nlocals", code_get_nlocals, NULL},
    {"co_flags", code_get_flags, NULL},
    {"co_firstlineno", code_get_firstlineno, NULL},
    {NULL, NULL, NULL},
};

gp_type gp_code_type = {
    .base = GP_STATIC_HEAD(&gp_type_type),
    .name = "code",
    .basicsize = sizeof(gp_code),
    .weaklistoffset = offsetof(gp_code, weaklist), /* weakref.h */
    .dealloc = code_dealloc,
    .repr = code_repr,
    .getsets = code_getsets,
};

/* ---- disassembler ---------------------------------------------------- */

void gp_dis(gp_code *co) {
    printf("Disassembly of %s (%s, stack %d, blocks %d, locals %d):\n", GP_STR_DATA(co->qualname),
           GP_STR_DATA(co->filename), co->stacksize, co->nblocks, co->nlocalsplus);
    int lastline = -1;
    for (int i = 0; i < co->ncode; i++) {
        uint32_t w = co->code[i];
        unsigned op = GP_OPC(w), arg = GP_OPARG(w);
        int line = co->lines[i];
        if (line != lastline) printf("%4d ", line); else printf("     ");
        lastline = line;
        printf("%5d %-22s %u", i, op < OP__COUNT ? gp_opcode_names[op] : "???", arg);
        gp_obj *detail = NULL;
        if (op == OP_LOAD_CONST && (gp_ssize)arg < GP_TUPLE_SIZE(co->consts))
            detail = GP_TUPLE_GET(co->consts, arg);
        else if ((op == OP_LOAD_NAME || op == OP_STORE_NAME || op == OP_LOAD_GLOBAL ||
                  op == OP_STORE_GLOBAL || op == OP_LOAD_ATTR || op == OP_STORE_ATTR ||
                  op == OP_LOAD_METHOD || op == OP_IMPORT_NAME || op == OP_IMPORT_FROM ||
                  op == OP_DELETE_NAME || op == OP_DELETE_GLOBAL || op == OP_DELETE_ATTR) &&
                 (gp_ssize)arg < GP_TUPLE_SIZE(co->names))
            detail = GP_TUPLE_GET(co->names, arg);
        else if ((op == OP_LOAD_FAST || op == OP_STORE_FAST || op == OP_DELETE_FAST) &&
                 (gp_ssize)arg < GP_TUPLE_SIZE(co->varnames))
            detail = GP_TUPLE_GET(co->varnames, arg);
        if (detail) {
            gp_obj *r = gp_repr(detail);
            if (r) {
                printf(" (%s)", GP_STR_DATA(r));
                gp_decref(r);
            } else {
                gp_err_clear();
            }
        }
        printf("\n");
    }
    printf("\n");
    for (gp_ssize i = 0; i < GP_TUPLE_SIZE(co->consts); i++) {
        gp_obj *c = GP_TUPLE_GET(co->consts, i);
        if (GP_CODE_CHECK(c)) gp_dis((gp_code *)c);
    }
}
