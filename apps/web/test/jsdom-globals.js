// jsdom has no TextEncoder/TextDecoder, which react-router uses at load; the browser and Node both have them.
const { TextDecoder, TextEncoder } = require('node:util');

if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder, TextDecoder });
