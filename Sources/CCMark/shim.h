#ifndef JOURNEYMAP_CCMARK_SHIM_H
#define JOURNEYMAP_CCMARK_SHIM_H
#include <cmark.h>
#endif
