package dev.logwright.processor.validate;

import dev.logwright.processor.model.HandlerCommon;
import dev.logwright.processor.model.HandlerModel;
import java.util.Optional;

/**
 * Checks one kind of handler annotation and turns it into its {@link HandlerModel}. One
 * implementation per kind, registered in {@code HandlerKind}.
 */
public interface HandlerValidator {
  /**
   * Returns the model of the handler {@code attrs} describes, or empty after reporting every
   * problem found. {@code common} has already been validated.
   */
  Optional<HandlerModel> validate(Attributes attrs, HandlerCommon common, ValidationContext ctx);
}
