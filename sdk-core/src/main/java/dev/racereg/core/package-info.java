/**
 * The provider-neutral heart of racereg: the request pipeline, the authentication SPI, errors,
 * paging, codecs and the unified models (participants, registrations, licences).
 */
package dev.racereg.core;
