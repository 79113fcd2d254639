package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {

  @Test
  void splitsByLineIntoPeopleAndDropsRoles() {
    assertThat(Bylines.byLine("By Jane Roe and John Doe")).containsExactly("Jane Roe", "John Doe");
    assertThat(Bylines.byLine("By Staff Reporter")).isEmpty();
    assertThat(Bylines.byLine("Von Anna Roth und Jan Ebel")).containsExactly("Anna Roth", "Jan Ebel");
    assertThat(Bylines.byLine("Autor: Fritz Imm")).containsExactly("Fritz Imm");
    assertThat(Bylines.byLine("Bystanders Gather In Rome")).isEmpty();
  }

  @Test
  void findsCorrespondentOpeningOnlyWhenItIsOne() {
    assertThat(Bylines.correspondent("Jo Park, our Seoul correspondent, reports that talks ended.")).isEqualTo("Jo Park");
    assertThat(Bylines.correspondent("Jo Park said talks ended.")).isNull();
  }
}
