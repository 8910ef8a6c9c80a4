package dev.logwright.processor.typed;

import java.util.List;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Which printf conversions a parameter's static type can take, following the runtime's mapping of
 * Java values to Python ones: integral types and {@code BigInteger} are {@code int}, {@code
 * boolean} is {@code bool} (an {@code int}), {@code float}/{@code double}/{@code BigDecimal} are
 * {@code float}, {@code char} is a one-character {@code str}. A reference type accepts a
 * conversion when some value it can hold does ({@code Object} and {@code Number} accept all
 * numeric conversions, checked again when the message is rendered).
 */
final class ParameterTypes {
  private static final List<String> INTS = List.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
      "java.lang.Byte", "java.math.BigInteger", "java.lang.Boolean");
  private static final List<String> FLOATS = List.of("java.lang.Double", "java.lang.Float", "java.math.BigDecimal");

  private final Types types;
  private final Elements elements;

  ParameterTypes(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /** Returns whether a value of static type {@code type} can be formatted by {@code conversion}. */
  boolean accepts(TypeMirror type, char conversion) {
    switch (conversion) {
      case 's':
      case 'r':
      case 'a':
        return true;
      case 'x':
      case 'X':
      case 'o':
        return isIntegral(type);
      case 'c':
        return isIntegral(type) || type.getKind() == TypeKind.CHAR || canHold(type, List.of("java.lang.Character"));
      default:
        return isIntegral(type) || isFloating(type);
    }
  }

  /** Returns the conversions to suggest instead, for the diagnostic. */
  String suggestion(TypeMirror type) {
    if (isFloating(type)) {
      return "use %s, %d or a float conversion (%f, %e, %g)";
    }
    if (type.getKind() == TypeKind.CHAR || canHold(type, List.of("java.lang.Character"))) {
      return "use %s or %c";
    }
    return "use %s (or %r for Python's repr)";
  }

  private boolean isIntegral(TypeMirror type) {
    switch (type.getKind()) {
      case BYTE:
      case SHORT:
      case INT:
      case LONG:
      case BOOLEAN:
        return true;
      case DECLARED:
      case TYPEVAR:
      case INTERSECTION:
        return canHold(type, INTS);
      default:
        return false;
    }
  }

  private boolean isFloating(TypeMirror type) {
    switch (type.getKind()) {
      case FLOAT:
      case DOUBLE:
        return true;
      case DECLARED:
      case TYPEVAR:
      case INTERSECTION:
        return canHold(type, FLOATS);
      default:
        return false;
    }
  }

  private boolean canHold(TypeMirror type, List<String> classes) {
    if (type.getKind().isPrimitive()) {
      return false;
    }
    TypeMirror erased = types.erasure(type);
    for (String c : classes) {
      var element = elements.getTypeElement(c);
      if (element != null && types.isAssignable(element.asType(), erased)) {
        return true;
      }
    }
    return false;
  }
}
