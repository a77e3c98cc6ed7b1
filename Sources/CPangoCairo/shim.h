// The C API Praatplaat's Cairo renderer uses: Cairo's PDF, SVG and image surfaces and Pango on Cairo.
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
