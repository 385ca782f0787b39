package dev.racereg.core.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The canary credentials of the test suite, in one place: secrets that tests give to clients and
 * simulators so that {@link SecretCanaryExtension} can prove none of them ever surfaces where a
 * user could see it. Use these constants (or values containing them) for any secret a test sets.
 */
public final class Canaries {

  /** The core pipeline's canary (request, header, query, body and path secrets contain it). */
  public static final String CORE = "Cn4ryZq8xW";
  /** PACE's API secret. */
  public static final String PACE_SECRET = "CANARY-SECRET-7f3e9a1c+K50=";
  /** Actigo's access key. */
  public static final String ACTIGO = "CANARY-actigo-s3cret-7f3a9c";
  /** RunSignup's API secret. */
  public static final String RUNSIGNUP = "CaNaRy-5ecr3t/+=!x9";
  /** FFTri's API key. */
  public static final String FFTRI_API_KEY = "CANARY-APIKEY-7f3a9c";
  /** FFTri's passphrase. */
  public static final String FFTRI_PASSPHRASE = "CANARY-PASS-b41c2e";
  /** FFTri's organisation key. */
  public static final String FFTRI_ORGA_KEY = "CANARYORGAKEY0123456789abcdef012";
  /**
   * The FFTri usernames the tests pair with {@link #FFTRI_API_KEY} and {@link #FFTRI_PASSPHRASE}:
   * the {@code X-Auth-Token} hashes the username too, so each one makes its own token form.
   */
  public static final List<String> FFTRI_USERNAMES = List.of("username", "user", "acme-timing");
  /** The command line's secret. */
  public static final String CLI = "CANARY-secret-7f3a9c";

  /** Every canary value above. */
  public static final List<String> ALL = List.of(CORE, PACE_SECRET, ACTIGO, RUNSIGNUP, FFTRI_API_KEY,
      FFTRI_PASSPHRASE, FFTRI_ORGA_KEY, CLI);

  private static final List<String> FORMS = forms(ALL, fftriTokens());

  private Canaries() {}

  /**
   * The forms in which each canary would betray itself: as is, URL-encoded, and base64-encoded
   * (standard and URL-safe) at each of the three alignments it can take inside a longer encoded
   * value, such as {@code user:secret} in a Basic header or a token's payload; and the FFTri
   * {@code X-Auth-Token} the FFTri canaries make, see {@link #fftriTokens()}.
   */
  public static List<String> forms() {
    return FORMS;
  }

  /** The first canary form found in {@code text}, if any; null reads as nothing. */
  public static Optional<String> findIn(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    for (String form : FORMS) {
      if (text.contains(form)) {
        return Optional.of(form);
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code X-Auth-Token}s the FFTri canaries make with each of {@link #FFTRI_USERNAMES}: the
   * SHA-256 and the SHA-1 (the two versions of the platform's doc) of
   * {@code APIKEY=<key><passphrase>USERNAME=<username><passphrase>}, in lower- and upper-case hex.
   * Computed here rather than taken from the FFTri module, which this test-jar cannot depend on.
   */
  public static List<String> fftriTokens() {
    List<String> tokens = new ArrayList<>();
    for (String username : FFTRI_USERNAMES) {
      String plain = "APIKEY=" + FFTRI_API_KEY + FFTRI_PASSPHRASE + "USERNAME=" + username + FFTRI_PASSPHRASE;
      for (String algorithm : List.of("SHA-256", "SHA-1")) {
        String hex = HexFormat.of().formatHex(digest(algorithm, plain));
        tokens.add(hex);
        tokens.add(hex.toUpperCase(Locale.ROOT));
      }
    }
    return List.copyOf(tokens);
  }

  private static byte[] digest(String algorithm, String text) {
    try {
      return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides " + algorithm, e);
    }
  }

  private static List<String> forms(List<String> canaries, List<String> tokens) {
    Set<String> forms = new LinkedHashSet<>(tokens);
    for (String canary : canaries) {
      forms.add(canary);
      forms.add(URLEncoder.encode(canary, StandardCharsets.UTF_8));
      forms.addAll(base64Cores(canary, Base64.getEncoder()));
      forms.addAll(base64Cores(canary, Base64.getUrlEncoder()));
    }
    return List.copyOf(forms);
  }

  /**
   * The part of the base64 text that only the canary's bytes decide, for each count (0, 1, 2) of
   * bytes before it modulo 3: the first and last groups, shared with neighbouring bytes, are cut.
   */
  private static List<String> base64Cores(String canary, Base64.Encoder encoder) {
    byte[] bytes = canary.getBytes(StandardCharsets.UTF_8);
    List<String> cores = new ArrayList<>();
    for (int before = 0; before < 3; before++) {
      byte[] shifted = new byte[before + bytes.length];
      System.arraycopy(bytes, 0, shifted, before, bytes.length);
      String encoded = encoder.withoutPadding().encodeToString(shifted);
      int start = before == 0 ? 0 : 4; // the first group mixes in the bytes before
      int fullGroups = shifted.length / 3; // a last partial group mixes in the bytes after
      int end = fullGroups * 4;
      if (end - start >= 8) {
        cores.add(encoded.substring(start, end));
      }
    }
    return cores;
  }
}
