package dev.racereg.testkit.fftri;

import java.time.LocalDate;

/**
 * One trial (épreuve) of an organiser's event: what a pass compétition is sold for. Its id is the
 * {@code fftriId} of {@code create-pass-competition} and the {@code trial_id} of the pass paths.
 *
 * @param id the trial id ({@code id_trial})
 * @param eventId the id of the event it belongs to ({@code id_event})
 * @param name the trial's name ({@code name_trial})
 * @param date the day it is raced ({@code date_trial})
 * @param discipline discipline, for example {@code "Triathlon"} or {@code "Duathlon"}
 * @param distance distance, {@code "XS"} to {@code "XL"} or a youth band such as
 *     {@code "Jeunes 10-13"}
 * @param format {@code "Ind."}, {@code "Relai"}, {@code "CLM"}, {@code "CLM EQ"} or {@code "EQ"}
 * @param label labels separated by {@code ;} ({@code "Mixité;Triathlon Durable"}), empty for none
 * @param passPrice price of the pass compétition in euros
 * @param secondPassPrice price of the second pass, {@code null} for none
 */
public record TrialRow(
    int id,
    int eventId,
    String name,
    LocalDate date,
    String discipline,
    String distance,
    String format,
    String label,
    int passPrice,
    Integer secondPassPrice) {}
