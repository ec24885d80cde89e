//===- ReplayMain.cpp - Run a fuzz target over files ----------------------===//
//
// A main() for fuzz targets in builds without libFuzzer: runs the target on
// every file named on the command line (directories are walked), so the
// corpus is replayed by `make check` under whatever sanitizers the build
// has.
//
//===----------------------------------------------------------------------===//

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size);

static bool collect(llvm::StringRef Path, std::vector<std::string> &Files) {
  bool IsDir = false;
  if (llvm::sys::fs::is_directory(Path, IsDir))
    return false;
  if (!IsDir) {
    Files.push_back(Path.str());
    return true;
  }
  std::error_code EC;
  for (llvm::sys::fs::recursive_directory_iterator It(Path, EC), End;
       It != End && !EC; It.increment(EC))
    if (llvm::sys::fs::is_regular_file(It->path()))
      Files.push_back(It->path());
  return !EC;
}

int main(int Argc, char **Argv) {
  std::vector<std::string> Files;
  for (int I = 1; I < Argc; ++I)
    if (!collect(Argv[I], Files)) {
      llvm::errs() << "replay: cannot read " << Argv[I] << "\n";
      return 1;
    }
  std::sort(Files.begin(), Files.end());
  for (const std::string &F : Files) {
    auto Buf = llvm::MemoryBuffer::getFile(F);
    if (!Buf) {
      llvm::errs() << "replay: cannot read " << F << "\n";
      return 1;
    }
    LLVMFuzzerTestOneInput(
        reinterpret_cast<const uint8_t *>((*Buf)->getBufferStart()),
        (*Buf)->getBufferSize());
  }
  llvm::outs() << "replayed " << Files.size() << " inputs\n";
  return Files.empty() ? 1 : 0;
}
