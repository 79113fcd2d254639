package dev.storyline.events;

import static dev.storyline.events.Coding.code;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Words exchanged by telephone are CAMEO 041, whatever verb the text tells them with. */
class PhoneCallTest {

  @Test
  void codesWhatALeaderToldAnotherInAPhoneCallAsATelephoneDiscussion() {
    assertThat(code("Danish Prime Minister Mette Frederiksen told Trump in a phone call that Greenland was not for sale."))
        .anyMatch(e -> e.cameo().equals("041") && e.source().code().equals("DNKGOV") && e.target().code().equals("USAGOV"));
  }

  @Test
  void codesSpeakingByPhoneAsATelephoneDiscussion() {
    assertThat(code("Russian President Vladimir Putin spoke by phone with Turkish President Tayyip Erdogan on Tuesday."))
        .anyMatch(e -> e.cameo().equals("041") && e.target() != null && e.target().code().equals("TURGOV"));
  }

  @Test
  void leavesWhatALeaderToldReportersAPlainStatement() {
    assertThat(code("Xi told reporters the talks went well.")).noneMatch(e -> e.cameo().equals("041"));
  }
}
