/*
 * arena.c — the bump allocator every AST node lives in.
 *
 * The parser allocates many small nodes and frees them all at once when the
 * compiler is done, so a chunked bump allocator is both the fastest and the
 * simplest choice: no per-node free, no headers, one free() per chunk.
 */
#include <stdlib.h>
#include <string.h>
#include "ast.h"
#include "token.h"

#define GP_ARENA_CHUNK (64 * 1024)

typedef struct gp_arena_chunk {
    struct gp_arena_chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
} gp_arena_chunk;

struct gp_arena {
    gp_arena_chunk *head;
};

gp_arena *gp_arena_new(void)
{
    return calloc(1, sizeof(gp_arena));
}

static gp_arena_chunk *arena_new_chunk(gp_arena *a, size_t min)
{
    size_t size = min > GP_ARENA_CHUNK ? min : GP_ARENA_CHUNK;
    gp_arena_chunk *c = malloc(sizeof(gp_arena_chunk) + size);
    if (!c)
        return NULL;
    c->size = size;
    c->used = 0;
    /* Big one-off blocks go behind the head so the head keeps its free room. */
    if (a->head && min > GP_ARENA_CHUNK / 4) {
        c->next = a->head->next;
        a->head->next = c;
    } else {
        c->next = a->head;
        a->head = c;
    }
    return c;
}

void *gp_arena_alloc_raw(gp_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    gp_arena_chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        c = arena_new_chunk(a, n);
        if (!c)
            return NULL;
    }
    void *p = c->data + c->used;
    c->used += n;
    return p;
}

void *gp_arena_alloc(gp_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    gp_arena_chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        c = arena_new_chunk(a, n);
        if (!c)
            return NULL;
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *gp_arena_strndup(gp_arena *a, const char *s, size_t n)
{
    char *p = gp_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void gp_arena_free(gp_arena *a)
{
    if (!a)
        return;
    gp_arena_chunk *c = a->head;
    while (c) {
        gp_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}
