// @ts-check
// How the Redis cache handler (redis-cache-handler.cjs) stores a cache entry as
// text and reads it back.
"use strict";

// Cache values hold Buffers (RSC payloads, route bodies) and Maps (segment
// data); JSON keeps them as tagged objects.
/** @param {unknown} value */
function encode(value) {
  return JSON.stringify(value, function (key, val) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $b: raw.toString("base64") };
    if (ArrayBuffer.isView(raw)) return { $b: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("base64") };
    if (raw instanceof Map) return { $m: [...raw.entries()] };
    return val;
  });
}

/** @param {string} text */
function decode(text) {
  return JSON.parse(text, (_key, val) => {
    if (val && typeof val === "object" && !Array.isArray(val)) {
      if (typeof val.$b === "string" && Object.keys(val).length === 1) return Buffer.from(val.$b, "base64");
      if (Array.isArray(val.$m) && Object.keys(val).length === 1) return new Map(val.$m);
    }
    return val;
  });
}

module.exports = { encode, decode };
