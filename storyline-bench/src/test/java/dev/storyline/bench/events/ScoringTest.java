package dev.storyline.bench.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storyline.model.Actor;
import dev.storyline.model.ActorKind;
import dev.storyline.events.Ingredients;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringTest {

  private static Coding gold(String source, String target, String code) {
    return Coding.gold(source, target, code);
  }

  /** A prediction written as CAMEO codes, the country taken the way Storyline's actors carry it. */
  private static Coding got(String source, String target, String code) {
    return new Coding(source, target, code, CountryKeys.ofCode(source), CountryKeys.ofCode(target));
  }

  @Test
  void goldCountryIsTheCodesFirstThreeLettersOrTheInternationalBody() {
    assertThat(CountryKeys.ofCode("CHNGOV")).isEqualTo("CHN");
    assertThat(CountryKeys.ofCode("USA")).isEqualTo("USA");
    assertThat(CountryKeys.ofCode("PSEREBHMSGOV")).isEqualTo("PSE");
    assertThat(CountryKeys.ofCode("IGOUNOMIL")).isEqualTo("IGOUNO");
    assertThat(CountryKeys.ofCode("IGOEUREEC")).isEqualTo("IGOEEC");
    assertThat(CountryKeys.ofCode("IGOAFR")).isEqualTo("IGOAFR");
    assertThat(CountryKeys.ofCode("IMGMUSISI")).isEqualTo("IMGMUS");
    assertThat(CountryKeys.ofCode("---REB")).isEqualTo("---");
    assertThat(CountryKeys.ofCode("")).isEmpty();
  }

  @Test
  void predictedCountryIsTheActorsCountryOrItsInternationalCodeOrUnknown() {
    assertThat(CountryKeys.of(new Actor("Seoul police", "KOR", "COP", "KORCOP", ActorKind.AGENT))).isEqualTo("KOR");
    assertThat(CountryKeys.of(new Actor("UN peacekeepers", null, "IGO", "IGOUNOPKO", ActorKind.ORGANIZATION)))
        .isEqualTo("IGOUNO");
    assertThat(CountryKeys.of(new Actor("police", null, "COP", "COP", ActorKind.AGENT))).isEqualTo("---");
    assertThat(CountryKeys.of(null)).isEmpty();
  }

  @Test
  void matchesOnCountriesAndRootAndCountsExactCodesApart() {
    SentenceMatch m = SentenceMatch.of(
        List.of(gold("USAGOV", "CHN", "042"), gold("RUS", "UKR", "190")),
        List.of(got("USA", "CHNGOV", "043"), got("RUSMIL", "UKRMIL", "190"), got("UKR", "RUS", "190")));
    assertThat(m.truePositives()).isEqualTo(2);
    assertThat(m.exact()).isEqualTo(1); // 042 vs 043 share the root only
    assertThat(m.falsePositives()).isEqualTo(1);
    assertThat(m.extra()).extracting(Coding::source).containsExactly("UKR"); // direction matters
    assertThat(m.falseNegatives()).isZero();
  }

  @Test
  void unknownGoldCountryMatchesAnyCountryOrNoneButUnknownPredictionMatchesNoCountry() {
    SentenceMatch wildcard = SentenceMatch.of(List.of(gold("---REB", "---", "140")), List.of(got("SYRREB", "", "141")));
    assertThat(wildcard.truePositives()).isEqualTo(1);
    SentenceMatch unknown = SentenceMatch.of(List.of(gold("SYRREB", "", "140")), List.of(got("---REB", "", "140")));
    assertThat(unknown.truePositives()).isZero();
    assertThat(unknown.falsePositives()).isEqualTo(1);
    assertThat(unknown.falseNegatives()).isEqualTo(1);
  }

  @Test
  void missingTargetMatchesOnlyAMissingTarget() {
    assertThat(SentenceMatch.of(List.of(gold("FRA", "", "141")), List.of(got("FRA", "", "141"))).truePositives()).isEqualTo(1);
    assertThat(SentenceMatch.of(List.of(gold("FRA", "", "141")), List.of(got("FRA", "DEU", "141"))).truePositives()).isZero();
    assertThat(SentenceMatch.of(List.of(gold("FRA", "DEU", "141")), List.of(got("FRA", "", "141"))).truePositives()).isZero();
  }

  @Test
  void pairsOneToOneAfterCollapsingRepeatsOfATriple() {
    SentenceMatch m = SentenceMatch.of(
        List.of(gold("ISR", "PSECVL", "190"), gold("ISR", "PSEGZACVL", "190")),
        List.of(got("ISRMIL", "PSE", "193"), got("ISR", "PSE", "190"), got("ISR", "PSE", "190")));
    assertThat(m.truePositives()).isEqualTo(1);
    assertThat(m.exact()).isEqualTo(1); // some code of the predicted triple is 190
    assertThat(m.falsePositives()).isZero();
    assertThat(m.falseNegatives()).isZero();
  }

  @Test
  void specificGoldIsPairedBeforeAWildcardCanTakeItsPrediction() {
    SentenceMatch m = SentenceMatch.of(
        List.of(gold("---GOV", "USA", "170"), gold("KORGOV", "USA", "172")),
        List.of(got("KOR", "USA", "170"), got("JPN", "USA", "170")));
    assertThat(m.truePositives()).isEqualTo(2);
    assertThat(m.pairs()).anySatisfy(p -> {
      assertThat(p.gold().source()).isEqualTo("KORGOV");
      assertThat(p.predicted().source()).isEqualTo("KOR");
    });
  }

  @Test
  void aPredictionWithTheExactCodeIsPreferred() {
    SentenceMatch m = SentenceMatch.of(List.of(gold("USA", "IRN", "044")),
        List.of(got("USA", "IRN", "040"), got("USAGOV", "IRNGOV", "044")));
    // Both predictions fall in one triple (USA>IRN 04), so they are one prediction whose codes include 044.
    assertThat(m.truePositives()).isEqualTo(1);
    assertThat(m.exact()).isEqualTo(1);
    SentenceMatch wild = SentenceMatch.of(List.of(gold("---", "IRN", "044")),
        List.of(got("FRA", "IRN", "040"), got("DEU", "IRN", "044")));
    assertThat(wild.pairs()).singleElement().satisfies(p -> assertThat(p.predicted().source()).isEqualTo("DEU"));
    assertThat(wild.exact()).isEqualTo(1);
  }

  @Test
  void tallyPoolsCountsIntoPrecisionRecallAndF1() {
    MatchCounts t = MatchCounts.ZERO
        .plus(SentenceMatch.of(List.of(gold("USA", "CHN", "042")), List.of(got("USA", "CHN", "040"), got("CHN", "USA", "040"))))
        .plus(SentenceMatch.of(List.of(gold("RUS", "UKR", "190"), gold("UKR", "RUS", "190")), List.of(got("RUS", "UKR", "190"))))
        .plus(SentenceMatch.of(List.of(), List.of()));
    assertThat(t.sentences()).isEqualTo(3);
    assertThat(t.truePositives()).isEqualTo(2);
    assertThat(t.falsePositives()).isEqualTo(1);
    assertThat(t.falseNegatives()).isEqualTo(1);
    assertThat(t.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(t.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(t.f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(t.exactRate()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void figuresAreUndefinedRatherThanZeroWhenNothingWasCounted() {
    MatchCounts empty = MatchCounts.ZERO.plus(SentenceMatch.of(List.of(), List.of()));
    assertThat(empty.precision()).isNaN();
    assertThat(empty.recall()).isNaN();
    assertThat(empty.f1()).isNaN();
    MatchCounts wrong = MatchCounts.ZERO.plus(SentenceMatch.of(List.of(), List.of(got("USA", "CHN", "040"))));
    assertThat(wrong.precision()).isZero();
    assertThat(wrong.f1()).isZero();
    assertThat(wrong.recall()).isNaN();
  }

  @Test
  void heldOutHalfIsStableAndNearHalf() {
    int held = 0;
    for (int i = 0; i < 1000; i++) {
      GoldSentence s = new GoldSentence("REC_" + i, "-", null, true, "text", List.of());
      held += s.heldOut() ? 1 : 0;
      assertThat(s.heldOut()).isEqualTo(new GoldSentence("REC_" + i, "AFP", null, false, "other", List.of()).heldOut());
    }
    assertThat(held).isBetween(400, 600);
  }

  @Test
  void sortsEachMissedCodingUnderTheFirstErrorKindThatFits() {
    ErrorKinds k = ErrorKinds.ZERO
        .plus(SentenceMatch.of(List.of(gold("USA", "CHN", "042")), List.of()), false)
        .plus(SentenceMatch.of(List.of(gold("USA", "CHN", "042")), List.of(got("USA", "RUS", "043"))), false)
        .plus(SentenceMatch.of(List.of(gold("USA", "CHN", "042")), List.of(got("JPN", "CHN", "040"))), false)
        .plus(SentenceMatch.of(List.of(gold("USA", "CHN", "042")), List.of(got("USA", "CHN", "190"))), false)
        .plus(SentenceMatch.of(List.of(gold("USA", "CHN", "042")), List.of(got("RUS", "UKR", "190"))), false)
        .plus(SentenceMatch.of(List.of(), List.of(got("RUS", "UKR", "190"))), true)
        .plus(SentenceMatch.of(List.of(gold("RUS", "UKR", "190")),
            List.of(got("RUS", "UKR", "190"), got("UKR", "RUS", "190"))), false);
    assertThat(List.of(k.silent(), k.wrongTarget(), k.wrongSource(), k.wrongRoot(), k.otherMiss()))
        .containsExactly(1, 1, 1, 1, 1);
    assertThat(k.extraInEventless()).isEqualTo(1);
    assertThat(k.extraBeside()).isEqualTo(1);
    assertThat(k.missedRoots()).containsEntry("04", 5).hasSize(1);
    assertThat(k.extraRoots()).containsEntry("19", 4).containsEntry("04", 2);
  }

  @Test
  void sortsEachSilentMissUnderTheFirstIngredientLacking() {
    Actor usa = new Actor("Washington", "USA", "GOV", "USAGOV", ActorKind.COUNTRY);
    Actor chn = new Actor("Beijing", "CHN", "GOV", "CHNGOV", ActorKind.COUNTRY);
    SentenceMatch missed = SentenceMatch.of(List.of(gold("USA", "CHN", "042")), List.of());
    SilentCauses c = SilentCauses.ZERO
        .plus(missed, new Ingredients(false, Set.of(usa, chn), Set.of("04")))
        .plus(missed, new Ingredients(true, Set.of(chn), Set.of("04")))
        .plus(missed, new Ingredients(true, Set.of(usa), Set.of("04")))
        .plus(missed, new Ingredients(true, Set.of(usa, chn), Set.of("05")))
        .plus(missed, new Ingredients(true, Set.of(usa, chn), Set.of("04", "05")))
        .plus(SentenceMatch.of(List.of(gold("USA", "CHN", "042")), List.of(got("USA", "RUS", "043"))),
            new Ingredients(true, Set.of(), Set.of()));
    assertThat(List.of(c.unparsed(), c.noSource(), c.noTarget(), c.noPredicate(), c.allPresent()))
        .containsExactly(1, 1, 1, 1, 1);
    assertThat(c.unknownRoots()).containsExactly(java.util.Map.entry("04", 1));
  }

  @Test
  void anUnknownGoldCountryNeedsOnlySomeActor() {
    SentenceMatch missed = SentenceMatch.of(List.of(gold("---REB", "", "190")), List.of());
    Actor rebels = new Actor("rebels", null, "REB", "REB", ActorKind.AGENT);
    assertThat(SilentCauses.ZERO.plus(missed, new Ingredients(true, Set.of(rebels), Set.of("19"))).allPresent())
        .isEqualTo(1);
    assertThat(SilentCauses.ZERO.plus(missed, new Ingredients(true, Set.of(), Set.of("19"))).noSource())
        .isEqualTo(1);
  }
}
