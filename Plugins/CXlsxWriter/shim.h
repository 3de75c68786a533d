// The C API of libxlsxwriter (Debian `libxlsxwriter-dev`, 1.1.4), imported into Swift as CXlsxWriter.
#ifndef REPORTKIT_CXLSXWRITER_SHIM_H
#define REPORTKIT_CXLSXWRITER_SHIM_H
#include <xlsxwriter.h>
#endif
