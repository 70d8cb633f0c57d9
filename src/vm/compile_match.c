/*
 * compile_match.c — the match statement (PEP 634) with CPython 3.11's
 * semantics and compile-time errors.
 *
 * Every case works on a copy of the subject: the pattern consumes the
 * value on top of the stack and either falls through (matched) or jumps to
 * a "fail pop" label that pops what the pattern still had on the stack
 * and goes on to the next case, with the subject left for it.
 *
 * As in CPython, names are bound only once the whole pattern has matched:
 * a captured value is rotated (ROT_N) below everything the pattern still
 * works on, so the captures collect at the bottom, the newest deepest, and
 * are stored in capture order after the match (before the guard). A
 * failing pattern pops them with the rest. The alternatives of an
 * or-pattern each capture above the subject, are put in the first
 * alternative's order, then rotated down like single captures. The
 * compile-time checks (unreachable patterns, duplicate names, alternatives
 * binding different names) and their locations follow CPython's compiler.
 *
 * The runtime checks are opcodes (vm.c, match.c): MATCH_SEQUENCE,
 * MATCH_MAPPING, GET_LEN, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS, MATCH_CLASS.
 */
#include <stdlib.h>
#include <string.h>

#include "compiler_internal.h"

typedef struct pattern_ctx {
    int *fail_pop;            /* label per number of items to pop on failure */
    int nfail;
    int on_top;               /* items the pattern works on, subject included */
    const char **stores;      /* captured names, their values on the stack below */
    int nstores, capstores;
    bool allow_irrefutable;
} pattern_ctx;

static int compile_pattern(compiler *c, gp_pattern *p, pattern_ctx *pc);

/* The label that pops the pattern's items and its captures. */
static int fail_label(compiler *c, pattern_ctx *pc) {
    int n = pc->on_top + pc->nstores;
    while (pc->nfail <= n) {
        int *n = realloc(pc->fail_pop, (size_t)(pc->nfail + 1) * sizeof *n);
        if (!n) { gp_err_nomemory(); return -1; }
        pc->fail_pop = n;
        int l = new_label(c);
        TRY(l);
        pc->fail_pop[pc->nfail++] = l;
    }
    return pc->fail_pop[n];
}

/* Moves TOS down to depth n (1: TOS itself). */
static int rotate(compiler *c, int n) {
    return n >= 2 ? emit(c, OP_ROT_N, n) : 0;
}

static int jump_to_fail(compiler *c, pattern_ctx *pc, int op) {
    int l = fail_label(c, pc);
    TRY(l);
    return emit_jump(c, op, l);
}

/* Binds the fail labels: label k pops k items, then falls into label k-1. */
static void emit_fail_pops(compiler *c, pattern_ctx *pc, int *rc) {
    for (int i = pc->nfail - 1; i >= 0; i--) {
        bind_label(c, pc->fail_pop[i]);
        if (i > 0 && emit0(c, OP_POP_TOP) < 0) *rc = -1;
    }
    free(pc->fail_pop);
    pc->fail_pop = NULL;
    pc->nfail = 0;
}

static bool has_store(pattern_ctx *pc, const char *name) {
    for (int i = 0; i < pc->nstores; i++)
        if (strcmp(pc->stores[i], name) == 0) return true;
    return false;
}

static int add_store(compiler *c, pattern_ctx *pc, const char *name) {
    if (pc->nstores == pc->capstores) {
        int nc = pc->capstores ? pc->capstores * 2 : 8;
        const char **n = realloc(pc->stores, (size_t)nc * sizeof *n);
        if (!n) { gp_err_nomemory(); return -1; }
        pc->stores = n;
        pc->capstores = nc;
    }
    pc->stores[pc->nstores++] = name;
    return 0;
}

static int duplicate_store(compiler *c, gp_pattern *p, const char *name) {
    char msg[300];
    snprintf(msg, sizeof msg, "multiple assignments to name '%s' in pattern", name);
    return error_at(c, p->loc, msg);
}

/* Captures TOS as name (or pops it for a wildcard); consumes the subject. */
static int store_name(compiler *c, gp_pattern *p, const char *name, pattern_ctx *pc) {
    if (!name) {
        TRY(emit0(c, OP_POP_TOP));
    } else {
        if (has_store(pc, name)) return duplicate_store(c, p, name);
        TRY(rotate(c, pc->on_top + pc->nstores));
        TRY(add_store(c, pc, name));
    }
    pc->on_top--;
    return 0;
}

/* The pattern compiled last within p: CPython reports errors found after
 * compiling sub-patterns (duplicate names through **rest, alternatives
 * binding different names) at its location. */
static gp_pattern *last_leaf(gp_pattern *p) {
    switch (p->kind) {
    case GP_PAT_SEQUENCE:
    case GP_PAT_OR:
        return p->v.seq.patterns.n ? last_leaf(p->v.seq.patterns.items[p->v.seq.patterns.n - 1]) : p;
    case GP_PAT_MAPPING:
        return p->v.mapping.patterns.n ? last_leaf(p->v.mapping.patterns.items[p->v.mapping.patterns.n - 1]) : p;
    case GP_PAT_CLASS:
        if (p->v.cls.kwd_patterns.n) return last_leaf(p->v.cls.kwd_patterns.items[p->v.cls.kwd_patterns.n - 1]);
        return p->v.cls.patterns.n ? last_leaf(p->v.cls.patterns.items[p->v.cls.patterns.n - 1]) : p;
    case GP_PAT_AS: return p->v.as.pattern ? last_leaf(p->v.as.pattern) : p;
    default: return p;
    }
}

/* A sub-pattern of a sequence, mapping or class pattern: irrefutable is fine. */
static int compile_subpattern(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    bool save = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    int rc = compile_pattern(c, p, pc);
    pc->allow_irrefutable = save;
    return rc;
}


static int compile_as(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    if (!p->v.as.pattern) {
        if (!pc->allow_irrefutable) {
            if (!p->v.as.name) return error_at(c, p->loc, "wildcard makes remaining patterns unreachable");
            char msg[300];
            snprintf(msg, sizeof msg, "name capture '%s' makes remaining patterns unreachable", p->v.as.name);
            return error_at(c, p->loc, msg);
        }
        return store_name(c, p, p->v.as.name, pc);
    }
    TRY(emit0(c, OP_DUP_TOP));
    pc->on_top++;
    TRY(compile_pattern(c, p->v.as.pattern, pc));
    return store_name(c, p, p->v.as.name, pc);
}

static int compile_value(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    TRY(compile_expr(c, p->v.value.value));
    if (p->kind == GP_PAT_SINGLETON) TRY(emit(c, OP_IS_OP, 0));
    else TRY(emit(c, OP_COMPARE_OP, GP_EQ));
    pc->on_top--;
    return jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
}

/* len(subject) compared with n (== or >=); the subject stays. */
static int check_len(compiler *c, pattern_ctx *pc, size_t n, bool at_least) {
    TRY(emit0(c, OP_GET_LEN));
    TRY(emit_const(c, gp_int_from_i64((int64_t)n)));
    TRY(emit(c, OP_COMPARE_OP, at_least ? GP_GE : GP_EQ));
    return jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE);
}

static int compile_sequence(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    gp_pattern_seq *pats = &p->v.seq.patterns;
    size_t n = pats->n;
    int star = -1;
    for (size_t i = 0; i < n; i++) {
        if (pats->items[i]->kind == GP_PAT_STAR) {
            if (star >= 0) return error_at(c, p->loc, "multiple starred names in sequence pattern");
            star = (int)i;
        }
    }
    TRY(emit0(c, OP_MATCH_SEQUENCE));
    TRY(jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0) TRY(check_len(c, pc, n, false));
    else if (n > 1) TRY(check_len(c, pc, n - 1, true));
    if (n == 0 || (n == 1 && star == 0 && !pats->items[0]->v.star.name)) {
        TRY(emit0(c, OP_POP_TOP));   /* [] or [*_]: nothing to bind */
        pc->on_top--;
        return 0;
    }
    if (star < 0) {
        TRY(emit(c, OP_UNPACK_SEQUENCE, (int)n));
    } else {
        size_t after = n - (size_t)star - 1;
        if (star > 255 || after > 65535) return error_at(c, p->loc, "too many expressions in star-unpacking assignment");
        TRY(emit(c, OP_UNPACK_EX, star | (int)(after << 8)));
    }
    pc->on_top += (int)n - 1;
    for (size_t i = 0; i < n; i++) {
        gp_pattern *sp = pats->items[i];
        if (sp->kind == GP_PAT_STAR) TRY(store_name(c, sp, sp->v.star.name, pc));
        else TRY(compile_subpattern(c, sp, pc));
    }
    return 0;
}

/* Duplicate literal keys are a compile-time error (CPython). */
static int check_mapping_keys(compiler *c, gp_pattern *p) {
    gp_expr_seq *keys = &p->v.mapping.keys;
    gp_obj *seen = gp_list_new(0);
    if (!seen) return -1;
    int rc = 0;
    for (size_t i = 0; i < keys->n && rc == 0; i++) {
        gp_expr *k = keys->items[i];
        if (k->kind == GP_EXPR_ATTRIBUTE) continue;
        gp_obj *v = fold(k);
        if (!v) {
            if (gp_err_occurred()) { rc = -1; break; }
            rc = error_at(c, k->loc, "mapping pattern keys may only match literals and attribute lookups");
            break;
        }
        int found = gp_contains(seen, v);
        if (found < 0) rc = -1;
        else if (found) {
            gp_obj *r = gp_repr(v);
            if (!r) rc = -1;
            else {
                char msg[400];
                snprintf(msg, sizeof msg, "mapping pattern checks duplicate key (%s)", GP_STR_DATA(r));
                gp_decref(r);
                rc = error_at(c, p->loc, msg);
            }
        } else if (gp_list_append(seen, v) < 0) {
            rc = -1;
        }
        gp_decref(v);
    }
    gp_decref(seen);
    return rc;
}

static int compile_mapping(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    size_t n = p->v.mapping.keys.n;
    const char *rest = p->v.mapping.rest;
    TRY(check_mapping_keys(c, p));
    TRY(emit0(c, OP_MATCH_MAPPING));
    TRY(jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE));
    if (!n && !rest) {
        TRY(emit0(c, OP_POP_TOP));
        pc->on_top--;
        return 0;
    }
    if (n) TRY(check_len(c, pc, n, true));
    for (size_t i = 0; i < n; i++) TRY(compile_expr(c, p->v.mapping.keys.items[i]));
    TRY(emit(c, OP_BUILD_TUPLE, (int)n));
    pc->on_top++;                       /* subject keys */
    if (n) {
        TRY(emit0(c, OP_MATCH_KEYS));   /* subject keys values bool */
        pc->on_top++;
        TRY(jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE));
        TRY(emit(c, OP_UNPACK_SEQUENCE, (int)n));
        pc->on_top += (int)n - 1;
        for (size_t i = 0; i < n; i++) TRY(compile_subpattern(c, p->v.mapping.patterns.items[i], pc));
    }
    if (rest) {
        TRY(emit0(c, OP_COPY_DICT_WITHOUT_KEYS));   /* subject rest */
        TRY(store_name(c, last_leaf(p), rest, pc));
    } else {
        TRY(emit0(c, OP_POP_TOP));
        pc->on_top--;
    }
    TRY(emit0(c, OP_POP_TOP));
    pc->on_top--;
    return 0;
}

static int compile_class(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    size_t npos = p->v.cls.patterns.n, nkw = p->v.cls.kwd_attrs.n;
    for (size_t i = 0; i < nkw; i++) {
        for (size_t j = i + 1; j < nkw; j++) {
            if (strcmp(p->v.cls.kwd_attrs.items[i], p->v.cls.kwd_attrs.items[j]) == 0) {
                char msg[300];
                snprintf(msg, sizeof msg, "attribute name repeated in class pattern: %s", p->v.cls.kwd_attrs.items[j]);
                return error_at(c, p->v.cls.kwd_patterns.items[j]->loc, msg);
            }
        }
    }
    TRY(compile_expr(c, p->v.cls.cls));
    gp_obj *names = gp_tuple_new((gp_ssize)nkw);
    if (!names) return -1;
    for (size_t i = 0; i < nkw; i++) {
        gp_obj *s = gp_str_from_cstr(p->v.cls.kwd_attrs.items[i]);
        if (!s) { gp_decref(names); return -1; }
        GP_TUPLE_ITEMS(names)[i] = s;
    }
    TRY(emit_const(c, names));
    TRY(emit(c, OP_MATCH_CLASS, (int)npos));   /* subject cls names -> attrs bool */
    TRY(jump_to_fail(c, pc, OP_POP_JUMP_IF_FALSE));
    size_t n = npos + nkw;
    if (n == 0) {
        TRY(emit0(c, OP_POP_TOP));
        pc->on_top--;
        return 0;
    }
    TRY(emit(c, OP_UNPACK_SEQUENCE, (int)n));
    pc->on_top += (int)n - 1;
    for (size_t i = 0; i < npos; i++) TRY(compile_subpattern(c, p->v.cls.patterns.items[i], pc));
    for (size_t i = 0; i < nkw; i++) TRY(compile_subpattern(c, p->v.cls.kwd_patterns.items[i], pc));
    return 0;
}

static int index_of(const char **names, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0) return i;
    return -1;
}

/* Puts an alternative's captures (alt->stores, values on the stack with
 * stores[0] on top) in the order of the first alternative's (control).
 * False when the names differ. */
static int reorder_captures(compiler *c, pattern_ctx *alt, const char **control, int n, bool *same) {
    *same = alt->nstores == n;
    for (int ic = n - 1; *same && ic >= 0; ic--) {
        int is = index_of(alt->stores, alt->nstores, control[ic]);
        if (is < 0) { *same = false; break; }
        if (is == ic) continue;
        /* stores[:is+1] moves to just above position ic, on the stack as
         * in the list: each rotation sends the top value down to ic */
        int rotations = is + 1;
        const char **moved = malloc((size_t)rotations * sizeof *moved);
        if (!moved) { gp_err_nomemory(); return -1; }
        memcpy(moved, alt->stores, (size_t)rotations * sizeof *moved);
        memmove(alt->stores, alt->stores + rotations, (size_t)(ic + 1 - rotations) * sizeof *moved);
        memcpy(alt->stores + ic - is, moved, (size_t)rotations * sizeof *moved);
        free(moved);
        for (int r = 0; r < rotations; r++) TRY(rotate(c, ic + 1));
    }
    return 0;
}

/* Each alternative tries a copy of the subject with fail labels of its
 * own; the first that matches jumps to the end with its captures above
 * the subject, which then go down below everything like single captures. */
static int compile_or(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    gp_pattern_seq *alts = &p->v.seq.patterns;
    int end = new_label(c);
    TRY(end);
    const char **control = NULL;
    int ncontrol = 0, rc = 0;
    for (size_t i = 0; i < alts->n && rc == 0; i++) {
        pattern_ctx alt = {0};
        alt.on_top = 1;
        alt.allow_irrefutable = i + 1 == alts->n && pc->allow_irrefutable;
        rc = emit0(c, OP_DUP_TOP);
        if (rc == 0) rc = compile_pattern(c, alts->items[i], &alt);
        if (rc == 0 && i == 0) {
            control = malloc((size_t)(alt.nstores ? alt.nstores : 1) * sizeof *control);
            if (!control) { gp_err_nomemory(); rc = -1; }
            else if (alt.nstores) memcpy(control, alt.stores, (size_t)alt.nstores * sizeof *control);
            ncontrol = alt.nstores;
        } else if (rc == 0) {
            bool same;
            rc = reorder_captures(c, &alt, control, ncontrol, &same);
            if (rc == 0 && !same)
                rc = error_at(c, last_leaf(alts->items[i])->loc, "alternative patterns bind different names");
        }
        if (rc == 0) rc = emit_jump(c, OP_JUMP, end);
        if (rc == 0) emit_fail_pops(c, &alt, &rc);
        else free(alt.fail_pop);
        free(alt.stores);
    }
    /* every alternative failed: the subject is still there */
    if (rc == 0) rc = jump_to_fail(c, pc, OP_JUMP);
    if (rc == 0) bind_label(c, end);
    /* subject, then the captures (control[0] on top): each goes below the
     * subject, the pattern's items and the captures made before */
    int nrots = ncontrol + pc->on_top + pc->nstores;
    for (int k = 0; rc == 0 && k < ncontrol; k++) {
        rc = rotate(c, nrots);
        if (rc == 0 && has_store(pc, control[k])) rc = duplicate_store(c, last_leaf(p), control[k]);
        if (rc == 0) rc = add_store(c, pc, control[k]);
    }
    free(control);
    TRY(rc);
    TRY(emit0(c, OP_POP_TOP));
    pc->on_top--;
    return 0;
}

static int compile_pattern(compiler *c, gp_pattern *p, pattern_ctx *pc) {
    int save = c->u->lineno;
    c->u->lineno = p->loc.lineno;
    int rc;
    switch (p->kind) {
    case GP_PAT_VALUE:
    case GP_PAT_SINGLETON: rc = compile_value(c, p, pc); break;
    case GP_PAT_SEQUENCE: rc = compile_sequence(c, p, pc); break;
    case GP_PAT_MAPPING: rc = compile_mapping(c, p, pc); break;
    case GP_PAT_CLASS: rc = compile_class(c, p, pc); break;
    case GP_PAT_AS: rc = compile_as(c, p, pc); break;
    case GP_PAT_OR: rc = compile_or(c, p, pc); break;
    case GP_PAT_STAR: rc = error_at(c, p->loc, "can't use starred expression here"); break;
    default: rc = error_at(c, p->loc, "invalid pattern"); break;
    }
    c->u->lineno = save;
    return rc;
}

int gp_compile_match(compiler *c, gp_stmt *s) {
    TRY(compile_expr(c, s->v.match.subject));
    int end = new_label(c);
    TRY(end);
    size_t n = s->v.match.cases.n;
    for (size_t i = 0; i < n; i++) {
        gp_match_case *mc = s->v.match.cases.items[i];
        pattern_ctx pc = {0};
        pc.on_top = 1;
        pc.allow_irrefutable = mc->guard != NULL || i + 1 == n;
        c->u->lineno = mc->pattern->loc.lineno;
        int rc = emit0(c, OP_DUP_TOP);
        if (rc == 0) rc = compile_pattern(c, mc->pattern, &pc);
        /* matched: bind the captures, the first captured on top */
        for (int k = 0; rc == 0 && k < pc.nstores; k++) rc = compile_nameop(c, pc.stores[k], GP_CTX_STORE);
        free(pc.stores);
        pc.stores = NULL;
        pc.nstores = 0;
        if (rc == 0 && mc->guard) {
            /* a failed guard leaves the subject for the next case */
            pc.on_top = 0;
            int l = fail_label(c, &pc);
            rc = l < 0 ? -1 : compile_jump_if(c, mc->guard, l, false);
        }
        if (rc == 0) rc = emit0(c, OP_POP_TOP);
        if (rc == 0) rc = compile_stmts(c, &mc->body);
        if (rc == 0) rc = emit_jump(c, OP_JUMP, end);
        if (rc == 0) emit_fail_pops(c, &pc, &rc);
        else free(pc.fail_pop);
        TRY(rc);
    }
    c->u->lineno = s->loc.lineno;
    TRY(emit0(c, OP_POP_TOP));
    bind_label(c, end);
    return 0;
}
