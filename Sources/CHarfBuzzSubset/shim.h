// harfbuzz's subsetter: the SVG writer embeds only the glyphs a page uses.
#include <hb.h>
#include <hb-subset.h>
