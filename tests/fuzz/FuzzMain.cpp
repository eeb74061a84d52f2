// One libFuzzer program per entry of FuzzEntries.h: SUANPAN_FUZZ_ENTRY names the entry (tests/fuzz/CMakeLists.txt).
#include "FuzzEntries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/)
{
    suanpan::fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // fromRawData: no copy, and the bytes are not NUL-terminated, as a file's are not.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    suanpan::fuzz::SUANPAN_FUZZ_ENTRY(bytes);
    return 0;
}
