/*
 * fuzz.h — what the fuzz targets share: the libFuzzer entry points (each
 * target defines them; replay.c calls them without libFuzzer) and a small
 * in-process interpreter for the targets that run Python code.
 */
#ifndef GP_FUZZ_H
#define GP_FUZZ_H
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Starts the interpreter once (idempotent) and runs `prelude` as the
 * __main__ module; aborts if either fails, since that is a harness bug. */
void gp_fuzz_interp_start(const char *prelude);
/* Calls __main__.<fn>(bytes(data)) under a CPU-time budget of `ms`
 * milliseconds: past it KeyboardInterrupt is raised again and again until
 * the call returns. Any Python exception is dropped: only crashes and
 * sanitizer reports are findings. */
void gp_fuzz_call_bytes(const char *fn, const uint8_t *data, size_t size, unsigned ms);
#endif
