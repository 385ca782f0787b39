package dev.racereg.letsdothis;

import dev.racereg.core.internal.Validation;
import java.util.Objects;
import java.util.Optional;

/**
 * What the parameters of an operation on one identified resource share: one required path id,
 * checked not blank when built, and at most one optional parameter beside it. Equality, hash code
 * and text cover the id and that option, under the concrete class's name (e.g. {@code
 * GetApplicationParams{id=a1, extendMetadata=true}}).
 *
 * @param <O> the optional parameter's type; {@link Void} when there is none
 */
abstract class SingleIdParams<O> {

  private final String idName;
  private final String id;
  private final String optionName;
  private final O option;

  /** Only the id, named {@code idName} in errors and text. */
  SingleIdParams(String idName, String id) {
    this(idName, id, null, null);
  }

  /**
   * The id and one optional parameter.
   *
   * @throws dev.racereg.core.error.ValidationException naming {@code idName} if {@code id} is
   *     blank
   */
  SingleIdParams(String idName, String id, String optionName, O option) {
    this.idName = idName;
    this.id = Validation.notBlank(id, idName);
    this.optionName = optionName;
    this.option = option;
  }

  /** The path id. */
  final String pathId() {
    return id;
  }

  /** The optional parameter, if set. */
  final Optional<O> option() {
    return Optional.ofNullable(option);
  }

  @Override
  public final boolean equals(Object o) {
    if (o == null || o.getClass() != getClass()) {
      return false;
    }
    SingleIdParams<?> p = (SingleIdParams<?>) o;
    return id.equals(p.id) && Objects.equals(option, p.option);
  }

  @Override
  public final int hashCode() {
    return optionName == null ? Objects.hash(id) : Objects.hash(id, option);
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "{" + idName + "=" + id
        + (optionName == null ? "" : ", " + optionName + "=" + option) + "}";
  }
}
