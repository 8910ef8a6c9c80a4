package dev.logwright.internal;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.logwright.testing.CPython;
import dev.logwright.testing.MiniJson;
import java.nio.file.Paths;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verifies {@link Strftime} against CPython's {@code time.strftime} on Linux. */
class StrftimeTest {
  private static final String EVERY_DIRECTIVE =
      "%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%n|%p|%P|%r|%R|%s|%S|%t|%T|%u|%U"
          + "|%V|%w|%W|%x|%X|%y|%Y|%z|%Z|%%";
  private static final String FLAGS_AND_ODDITIES =
      "%-d|%-m|%_d|%_H|%0e|%^a|%^B|%#Z|%#b|%10Y|%3d|%-3j|%Ey|%Oy|%E|%f|%Q|%:z|%+|%";

  @Test
  void matchesCPythonForEveryDirectiveAcrossYearBoundariesAndDst() throws Exception {
    CPython.require(3, 13);
    long[] epochs = {
      0L, 1_057_675_785L, 1_041_379_199L, 1_041_379_200L, // 2002-12-31 23:59:59, 2003-01-01
      1_104_537_600L, 1_230_768_000L, 1_262_304_000L, // 2005-01-01 (Sat), 2009 (Thu), 2010 (Fri)
      1_293_840_000L, 1_609_459_199L, 1_609_459_200L, // 2011 (Sat), 2020-12-31, 2021-01-01
      1_048_985_999L, 1_048_986_000L, 1_067_130_000L, // Berlin DST on/off 2003
      1_710_054_000L, 1_730_613_600L, // New York DST 2024
      1_700_000_000L, 1_893_456_000L, 4_102_444_800L, // 2023, 2030, 2100-01-01
    };
    String[] zones = {"UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "gmtime"};
    List<Object> cases = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    for (long epoch : epochs) {
      for (String zone : zones) {
        for (String fmt : new String[] {EVERY_DIRECTIVE, FLAGS_AND_ODDITIES}) {
          Map<String, Object> c = new LinkedHashMap<>();
          c.put("epoch", epoch);
          // gmtime's %s is mktime of UTC fields, read in the process's zone: use the JVM's
          c.put("tz", zone.equals("gmtime") ? ZoneId.systemDefault().getId() : zone);
          c.put("gmtime", zone.equals("gmtime"));
          c.put("fmt", fmt);
          cases.add(c);
          ZoneId z = zone.equals("gmtime") ? ZoneOffset.UTC : ZoneId.of(zone);
          ours.add(Strftime.compile(fmt).format(epoch, z));
        }
      }
    }
    String out = CPython.runFile(Paths.get("src/test/resources/python/strftime_cases.py"),
        Collections.emptyList(), MiniJson.write(cases), Collections.emptyMap(), null).checkedStdout();
    List<?> expected = (List<?>) MiniJson.parse(out);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      if (!expected.get(i).equals(ours.get(i))) {
        mismatches.add(cases.get(i) + "\n  python: " + expected.get(i) + "\n  ours:   " + ours.get(i));
      }
    }
    assertWithMessage("%s cases", cases.size()).that(mismatches).isEmpty();
  }

  @Test
  void epochSecondsOfLocalTimeAreTheInstant() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    assertThat(Strftime.compile("%s").format(1_057_675_785L, berlin)).isEqualTo("1057675785");
  }

  @Test
  void unknownDirectivesAndATrailingPercentStayAsWritten() {
    assertThat(Strftime.compile("%f %Q %").format(0L, ZoneOffset.UTC)).isEqualTo("%f %Q %");
  }

  @Test
  void gmtimeZoneIsNamedGmtAsGlibcDoes() {
    assertThat(Strftime.compile("%Z %z").format(0L, ZoneOffset.UTC)).isEqualTo("GMT +0000");
    assertThat(Strftime.compile("%Z %z").format(0L, ZoneId.of("UTC"))).isEqualTo("UTC +0000");
  }
}
