package dev.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlPagesTest {

  private static final String STORY = "<p>Zażółć gęślą jaźń, powiedział minister w środę. Łódź i Kraków się zgodziły.</p>";

  @Test
  void readsUtf8WithATeaserCutMidCharacterAsUtf8() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(("<html><head><meta charset=\"utf-8\"></head><body>" + STORY + STORY + "<p>papieros")
        .getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC3); // the first byte of "ó", the rest cut off by a teaser's byte limit
    bytes.writeBytes("...</p></body></html>".getBytes(StandardCharsets.UTF_8));
    assertThat(HtmlPages.decode(bytes.toByteArray())).contains("Zażółć gęślą jaźń", "Łódź");
  }

  @Test
  void readsLatin1DeclaredAsUtf8AsWindows1252() {
    byte[] bytes = "<html><head><meta charset=\"utf-8\"></head><body><p>Grüße aus Köln, schön war's.</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(HtmlPages.decode(bytes)).contains("Grüße aus Köln, schön");
  }
}
