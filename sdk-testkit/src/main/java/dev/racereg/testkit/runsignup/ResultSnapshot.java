package dev.racereg.testkit.runsignup;

/**
 * One result row of a result set. Rows matched to a registration carry its id and the
 * participant's name, gender, age and home town; unmatched rows keep what was posted.
 *
 * @param resultId the row's id
 * @param resultSetId the set it belongs to
 * @param registrationId the matched registration, or {@code null}
 * @param userId the matched registration's user, or {@code null}
 * @param bibNum bib number, or {@code null}
 * @param chipNum chip number, or {@code null}
 * @param place overall place, or {@code null}
 * @param clockTime gun time as posted, for example {@code "0:21:04"}, or {@code null}
 * @param chipTime net time as posted, or {@code null}
 * @param firstName first name
 * @param lastName last name
 * @param gender {@code "M"}, {@code "F"} or {@code null}
 * @param age age, or {@code null}
 * @param city city, or {@code null}
 * @param state state, or {@code null}
 */
public record ResultSnapshot(long resultId, long resultSetId, Long registrationId, Long userId,
    Integer bibNum, String chipNum, Integer place, String clockTime, String chipTime, String firstName,
    String lastName, String gender, Integer age, String city, String state) {}
