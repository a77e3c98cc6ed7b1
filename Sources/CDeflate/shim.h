// libdeflate: whole-buffer DEFLATE/zlib compression and CRC-32. The PNG writer uses it instead of
// the zlib inside Cairo's PNG writer, which spends most of a page's time compressing.
#include <libdeflate.h>
