// jsdom has no TextEncoder/TextDecoder, which react-router uses at load; the browser and Node both have them.
const { TextDecoder, TextEncoder } = require('node:util');

if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom's crypto has no subtle: the 导入 page hashes files with WebCrypto, as browsers and Node do.
if (!globalThis.crypto?.subtle) {
  const { webcrypto } = require('node:crypto');
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}
