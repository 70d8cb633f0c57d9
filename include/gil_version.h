/*
 * gil_version.h: compile-time version of libgil.  Compare with the run-time
 * gil_version_string() to detect a header/library mismatch.
 */
#ifndef GIL_VERSION_H
#define GIL_VERSION_H

#define GIL_VERSION_MAJOR 1
#define GIL_VERSION_MINOR 0
#define GIL_VERSION_PATCH 0
#define GIL_VERSION_STRING "1.0.0"
/* MAJOR*1000000 + MINOR*1000 + PATCH, for #if comparisons. */
#define GIL_VERSION_NUMBER                                                     \
  (GIL_VERSION_MAJOR * 1000000 + GIL_VERSION_MINOR * 1000 + GIL_VERSION_PATCH)

#endif /* GIL_VERSION_H */
