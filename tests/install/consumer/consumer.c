/* consumer.c: uses an installed libgil (built by find_package and by
 * pkg-config in tests/install/run.sh); checks header and library agree. */
#include <stdio.h>
#include <string.h>

#include <gil.h>

int main(void) {
  if (strcmp(gil_version_string(), GIL_VERSION_STRING) != 0) {
    fprintf(stderr, "header %s, library %s\n", GIL_VERSION_STRING,
            gil_version_string());
    return 1;
  }
  gil_t *g = gil_new(NULL);
  gil_thread_t *t = gil_thread_attach(g, "consumer");
  if (!g || !t || gil_take(t) != 0 || gil_drop(t) != 0)
    return 1;
  gil_thread_detach(t);
  gil_free(g);
  printf("consumer ok: libgil %s\n", gil_version_string());
  return 0;
}
