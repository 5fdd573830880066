#ifndef YISHI_CSHA256_H
#define YISHI_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the SHA extensions (and SSE4.1), so that yishi_sha256_blocks may run.
int yishi_sha256_available(void);

/// Runs SHA-256's compression over `blocks` 64-byte blocks at `data`, with the SHA
/// instructions, updating the eight state words A…H in `state`. Only when
/// yishi_sha256_available() returned 1.
void yishi_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
