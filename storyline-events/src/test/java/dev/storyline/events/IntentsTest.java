package dev.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentsTest {

  @Test
  void mapsMeetingsToIntentToMeet() {
    assertThat(Intents.of("040")).isEqualTo("036");
    assertThat(Intents.of("046")).isEqualTo("036");
  }

  @Test
  void mapsMediationToIntentToMediate() {
    assertThat(Intents.of("045")).isEqualTo("039");
  }

  @Test
  void mapsAidToItsIntentCodeBySort() {
    assertThat(Intents.of("070")).isEqualTo("033");
    assertThat(Intents.of("072")).isEqualTo("0332");
    assertThat(Intents.of("073")).isEqualTo("0333");
  }

  @Test
  void mapsReleaseAndCeasefireToIntentToYieldBySort() {
    assertThat(Intents.of("0841")).isEqualTo("0353");
    assertThat(Intents.of("0871")).isEqualTo("0356");
    assertThat(Intents.of("0832")).isEqualTo("0342");
  }

  @Test
  void keepsCodesThatHaveNoIntentCode() {
    assertThat(Intents.of("174")).isEqualTo("174");
    assertThat(Intents.of("190")).isEqualTo("190");
    assertThat(Intents.of("051")).isEqualTo("051");
  }

  @Test
  void everyIntentCodeIsACameoCode() {
    CameoCodes codes = new CameoCodes();
    for (String c : new String[] {"040", "045", "050", "057", "061", "062", "063", "064", "060", "070", "071", "072",
        "073", "074", "075", "080", "081", "082", "0831", "0832", "0833", "0834", "083", "0841", "085", "086", "0871"}) {
      assertThat(codes.exists(Intents.of(c))).as(c).isTrue();
    }
  }
}
