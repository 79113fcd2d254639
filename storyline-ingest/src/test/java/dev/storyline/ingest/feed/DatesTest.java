package dev.storyline.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Wed, 27 Jul 2022 03:27:09 GMT        | 2022-07-27T03:27:09Z",
      "Fri, 24 Jan 2025 15:32:41 -0500      | 2025-01-24T20:32:41Z",
      "Tue, 05 Mar 2024 09:30:00 EDT        | 2024-03-05T13:30:00Z",
      "Tue, 05 Mar 2024 09:30:00 PST        | 2024-03-05T17:30:00Z",
      "05 Mar 2024 09:30:00 +05:30          | 2024-03-05T04:00:00Z",
      "5 Mar 24 14:05 +0100                 | 2024-03-05T13:05:00Z",
      "Sat, 1 Jan 99 00:00:00 GMT           | 1999-01-01T00:00:00Z",
      "Thu,28 Jul 2022 4:35:5 GMT+9         | 2022-07-27T19:35:05Z",
      "Thursday, 28 July 2022 10:00:00 UT   | 2022-07-28T10:00:00Z",
      "Sun Sep 06 2009 16:20:00 GMT+0000 (UTC) | 2009-09-06T16:20:00Z",
      "Mon, 06 Sep 2010 00:01:00            | 2010-09-06T00:01:00Z",
      "2021-10-29T10:26:00-04:00            | 2021-10-29T14:26:00Z",
      "2003-12-13T18:30:02Z                 | 2003-12-13T18:30:02Z",
      "2003-12-13T18:30:02.25+01:00         | 2003-12-13T17:30:02Z",
      "2024-05-01T08:00                     | 2024-05-01T08:00:00Z",
      "2016-11-21                           | 2016-11-21T00:00:00Z",
      "2024-06                              | 2024-06-01T00:00:00Z",
      "2022-07-27 03:27:09 +0200            | 2022-07-27T01:27:09Z",
  })
  void readsRfc822AndIso8601Forms(String text, String expected) {
    assertThat(Dates.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", ",", " , ,", "yesterday", "sometime last week", "32 Jan 2024 10:00 GMT",
      "Tue, 05 Mar 2024 25:00:00 GMT", "2024-13-01", "Tue, 05 Mar 2024 09:30:00 IST", "05 Mar 2024 10:00 +2500",
      "2024-02-30", "Mar 2024", "12:00:00", "99999999999999999999"})
  void leavesWhatItCannotReadNull(String text) {
    assertThat(Dates.parse(text)).isNull();
  }
}
