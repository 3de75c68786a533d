// The system zlib (Debian `zlib1g-dev`), used by the Word reader to inflate package parts with a
// hard cap on the output, whatever sizes the archive declares.
#ifndef REPORTKIT_ZLIB_SHIM_H
#define REPORTKIT_ZLIB_SHIM_H
#include <zlib.h>
#endif
