#pragma once

namespace suanpan {

/// The desktop library is still empty: the desktop-app issue builds it. This keeps the target linkable.
int uiLibraryVersion();

} // namespace suanpan
