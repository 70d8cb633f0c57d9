/*
 * thread.h — Python threads as OS threads (thread.c): creating the thread
 * state of a new pthread and running a callable in it, waiting on a
 * semaphore with the GIL released, and shutdown (the main thread waits
 * for non-daemon threads through threading._shutdown).
 */
#ifndef GP_THREAD_H
#define GP_THREAD_H

#include <semaphore.h>
#include <stdint.h>

#include "vm.h"

/* Largest timeout accepted by lock waits, in seconds (CPython's value). */
#define GP_THREAD_TIMEOUT_MAX 9223372036.0

/* Starts a new OS thread calling func(*args, **kwargs) (kwargs may be
 * NULL). Needs the GIL. Returns the new thread's ident through *ident.
 * -1 with RuntimeError("can't start new thread") on failure. */
int gp_thread_spawn(gp_obj *func, gp_obj *args, gp_obj *kwargs, uint64_t *ident);

/* Python threads alive that were started by gp_thread_spawn. */
int gp_thread_count(void);

/* Stack size of new threads (0: the default); -1 + ValueError if bad. */
size_t gp_thread_get_stack_size(void);
int gp_thread_set_stack_size(size_t size);

/* The calling thread's ident (threading.get_ident()) and kernel id. */
uint64_t gp_thread_ident(void);
uint64_t gp_thread_native_id(void);

/* Takes the semaphore, dropping the GIL while blocked.  timeout_ns < 0
 * waits forever, 0 only tries.  1: taken, 0: timed out, -1: an exception
 * (KeyboardInterrupt in the main thread).  Needs the GIL. */
int gp_thread_sem_wait(sem_t *sem, int64_t timeout_ns);

/* At interpreter exit, in the main thread: threading._shutdown() when
 * threading was imported (waits for the non-daemon threads). */
void gp_thread_shutdown(void);

/* Module init functions (registered in state.c) and the SIGINT flag
 * setter (vm.c) that _thread.interrupt_main uses. */
gp_obj *gp_mod_thread_init(void);
gp_obj *gp_mod_os_init(void);
void gp_vm_signal_sigint(void);

#endif
