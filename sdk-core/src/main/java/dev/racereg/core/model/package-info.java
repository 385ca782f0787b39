/**
 * The unified view shared by all platforms: {@link dev.racereg.core.model.Registration} (a
 * person's entry in an event), {@link dev.racereg.core.model.Participant} (the person),
 * {@link dev.racereg.core.model.Licence}, {@link dev.racereg.core.model.Money} and the open
 * status and gender types. Each provider maps its native records to these in one place.
 */
package dev.racereg.core.model;
