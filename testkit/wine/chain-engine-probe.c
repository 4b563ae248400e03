/* Which CERT_CHAIN_ENGINE_CONFIG layouts this Windows (or Wine) accepts, by cbSize. With extra
 * roots (--ca-cert, ALTER_CA_CERT), rustls-platform-verifier creates a chain engine with the
 * Windows 8+ layout (88 bytes on x64: hExclusiveRoot, hExclusiveTrustedPeople and
 * dwExclusiveFlags). Windows 10 and 11 accept it; Wine 8.0's crypt32 accepts only the 64- and
 * 80-byte layouts and fails the call with E_INVALIDARG, which alter reports as "Invalid
 * parameter. (os error -2147024809)". The smoke suite runs this under Wine to show that the
 * refusal is Wine's, on the same call and layout, and to notice when a Wine update fixes it.
 * Prints one line per layout: "<cbSize> ok" or "<cbSize> error 0x<GetLastError>". */
#include <windows.h>
#include <wincrypt.h>
#include <stddef.h>
#include <stdio.h>

/* Declared here, field by field as Microsoft documents it: mingw's header may stop earlier. */
typedef struct {
    DWORD cbSize;
    HCERTSTORE hRestrictedRoot;
    HCERTSTORE hRestrictedTrust;
    HCERTSTORE hRestrictedOther;
    DWORD cAdditionalStore;
    HCERTSTORE *rghAdditionalStore;
    DWORD dwFlags;
    DWORD dwUrlRetrievalTimeout;
    DWORD MaximumCachedCertificates;
    DWORD CycleDetectionModulus;
    HCERTSTORE hExclusiveRoot;
    HCERTSTORE hExclusiveTrustedPeople;
    DWORD dwExclusiveFlags;
} EngineConfigWin8;

int main(void)
{
    const DWORD sizes[] = {
        offsetof(EngineConfigWin8, hExclusiveRoot),   /* before Windows 7 */
        offsetof(EngineConfigWin8, dwExclusiveFlags), /* Windows 7 */
        sizeof(EngineConfigWin8),                     /* Windows 8+: rustls-platform-verifier's */
    };
    HCERTSTORE roots = CertOpenStore(CERT_STORE_PROV_MEMORY, 0, 0, 0, NULL);
    if (!roots) {
        printf("CertOpenStore error 0x%08lx\n", GetLastError());
        return 1;
    }
    for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
        EngineConfigWin8 config;
        HCERTCHAINENGINE engine = NULL;
        ZeroMemory(&config, sizeof(config));
        config.cbSize = sizes[i];
        if (sizes[i] > offsetof(EngineConfigWin8, hExclusiveRoot))
            config.hExclusiveRoot = roots;
        if (CertCreateCertificateChainEngine((PCERT_CHAIN_ENGINE_CONFIG)&config, &engine)) {
            printf("%lu ok\n", sizes[i]);
            CertFreeCertificateChainEngine(engine);
        } else {
            printf("%lu error 0x%08lx\n", sizes[i], GetLastError());
        }
    }
    CertCloseStore(roots, 0);
    return 0;
}
