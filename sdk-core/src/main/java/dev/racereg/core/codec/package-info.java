/**
 * The SDK's configured Jackson mappers (JSON, XML, CSV) and the streaming decoder that reads a
 * large top-level JSON array item by item.
 */
package dev.racereg.core.codec;
