/**
 * Not API, may change in any release: the SDK's configured JSON mapper and the streaming decoder
 * that reads a large top-level JSON array item by item.
 */
package dev.racereg.core.internal.codec;
