//===- DriverImpl.h - Helpers shared by the driver's files ------*- C++ -*-===//

#ifndef GOSCAPE_LIB_DRIVER_DRIVERIMPL_H
#define GOSCAPE_LIB_DRIVER_DRIVERIMPL_H

#include "llvm/ADT/STLFunctionalExtras.h"

namespace goscape {

/// Runs Pipeline on a thread with a large stack (parsing, checking and
/// lowering recurse once per nesting level) and returns its status.
int runOnLargeStack(llvm::function_ref<int()> Pipeline);

} // namespace goscape

#endif
