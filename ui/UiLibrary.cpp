#include "UiLibrary.h"

namespace suanpan {

int uiLibraryVersion() {
    return 0;
}

} // namespace suanpan
