package dev.logwright;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LevelTest {
  @Test
  void predefinedNamesAndUnknownLevelsAsPython() {
    assertThat(Level.getLevelName(Level.WARNING)).isEqualTo("WARNING");
    assertThat(Level.getLevelName(0)).isEqualTo("NOTSET");
    assertThat(Level.getLevelName(15)).isEqualTo("Level 15");
    assertThat(Level.getLevelName(75)).isEqualTo("Level 75");
    assertThat(Level.parse("WARN")).isEqualTo(30);
    assertThat(Level.parse("FATAL")).isEqualTo(50);
  }

  @Test
  void addLevelNameRegistersBothDirections() {
    Level.addLevelName(77, "TRACE77");
    assertThat(Level.getLevelName(77)).isEqualTo("TRACE77");
    assertThat(Level.parse("TRACE77")).isEqualTo(77);
    Level.addLevelName(7, "FINE7");
    assertThat(Level.getLevelName(7)).isEqualTo("FINE7");
  }

  @Test
  void unknownNamesAreRejectedWithAHint() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Level.parse("info"));
    assertThat(e).hasMessageThat().startsWith("Unknown level: 'info'; known levels are NOTSET");
    assertThat(e).hasMessageThat().endsWith("did you mean 'INFO'?");
    assertThrows(IllegalArgumentException.class, () -> Level.parse("10"));
  }
}
