/*
 * echo_client.c — the load generator for bench/io: N connections to an
 * echo server on 127.0.0.1:PORT, each doing request/response round trips
 * of SIZE bytes (the next request leaves only when the echo is complete),
 * multiplexed with epoll in one thread, for SECONDS seconds. Being C in
 * its own process, it measures the server alone, whatever runtime that is.
 * Prints: "requests=N rps=R median_us=M p99_us=P errors=E".
 * Usage: echo_client PORT CONNECTIONS SECONDS [SIZE]
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

typedef struct conn { int fd; size_t got; int64_t sent_at; } conn;

static int64_t now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static int cmp_i64(const void *a, const void *b) {
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 4) { fprintf(stderr, "usage: echo_client PORT CONNECTIONS SECONDS [SIZE]\n"); return 2; }
    int port = atoi(argv[1]), n = atoi(argv[2]);
    double secs = atof(argv[3]);
    size_t size = argc > 4 ? (size_t)atoi(argv[4]) : 64;
    char *msg = malloc(size), *buf = malloc(size);
    for (size_t i = 0; i < size - 1; i++) msg[i] = (char)('a' + i % 26);
    msg[size - 1] = '\n';
    conn *cs = calloc((size_t)n, sizeof *cs);
    int ep = epoll_create1(0);
    struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
    for (int i = 0; i < n; i++) {
        cs[i].fd = socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        setsockopt(cs[i].fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (connect(cs[i].fd, (struct sockaddr *)&sa, sizeof sa) < 0) { perror("connect"); return 1; }
        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t)i};
        epoll_ctl(ep, EPOLL_CTL_ADD, cs[i].fd, &ev);
    }
    size_t cap = 1 << 20, nlat = 0;
    int64_t *lat = malloc(cap * sizeof *lat);
    long errors = 0;
    int64_t start = now_ns(), end = start + (int64_t)(secs * 1e9);
    for (int i = 0; i < n; i++) {
        cs[i].sent_at = now_ns();
        if (send(cs[i].fd, msg, size, MSG_NOSIGNAL) != (ssize_t)size) errors++;
    }
    struct epoll_event evs[256];
    int64_t t = start;
    while (t < end) {
        int k = epoll_wait(ep, evs, 256, 100);
        t = now_ns();
        for (int j = 0; j < k; j++) {
            conn *c = &cs[evs[j].data.u32];
            ssize_t r = recv(c->fd, buf, size - c->got, 0);
            if (r <= 0) { errors++; epoll_ctl(ep, EPOLL_CTL_DEL, c->fd, NULL); continue; }
            c->got += (size_t)r;
            if (c->got < size) continue;
            c->got = 0;
            if (nlat == cap) { cap *= 2; lat = realloc(lat, cap * sizeof *lat); }
            lat[nlat++] = t - c->sent_at;
            if (t >= end) continue;
            c->sent_at = now_ns();
            if (send(c->fd, msg, size, MSG_NOSIGNAL) != (ssize_t)size) errors++;
        }
    }
    double elapsed = (double)(now_ns() - start) / 1e9;
    qsort(lat, nlat, sizeof *lat, cmp_i64);
    double med = nlat ? lat[nlat / 2] / 1e3 : 0, p99 = nlat ? lat[nlat * 99 / 100] / 1e3 : 0;
    printf("requests=%zu rps=%.0f median_us=%.0f p99_us=%.0f errors=%ld\n", nlat, nlat / elapsed, med, p99, errors);
    for (int i = 0; i < n; i++) close(cs[i].fd);
    return 0;
}
