// The C API Praatplaat's Cairo renderer uses: Cairo's PDF, SVG and image surfaces, Pango on Cairo,
// and fontconfig to name the font files Pango draws with (the site ships the same files).
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <fontconfig/fontconfig.h>
// The font file behind each shaped run, for SVGs that embed the fonts the PDF uses.
#include <pango/pangofc-font.h>
