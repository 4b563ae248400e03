/* bcryptprimitives.dll for Wine 8.0, which lacks it: Rust's standard library takes its random
 * bytes (HashMap seeds) from ProcessPrng in this DLL since Rust 1.78, and alter.exe does not
 * start without it. Windows 10+ has the real one; Wine 9+ has its own. Placed next to alter.exe
 * by the smoke run (.ci/windows-smoke), which builds it with mingw; never committed as a binary.
 *
 * ProcessPrng fills the buffer from the system RNG; SystemFunction036 (RtlGenRandom in advapi32)
 * is that RNG's documented older entry point, taking at most ULONG bytes per call. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x7fffffffu ? 0x7fffffffu : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
