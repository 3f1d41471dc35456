#ifndef JOURNEYMAP_CGRAPHVIZ_SHIM_H
#define JOURNEYMAP_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
