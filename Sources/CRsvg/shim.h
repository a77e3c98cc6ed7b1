// librsvg draws SVG icons and images into a Cairo context as vectors.
#include <librsvg/rsvg.h>
