package dev.storyline.events;

import dev.storyline.model.Actor;
import dev.storyline.model.Event;
import dev.storyline.model.EventMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges the mentions of one real event: within a story, events with the same source, target, root
 * code, place and date (within a day) are one event with all their mentions.
 */
public final class EventMerger {

  /** Days two reports of one event may differ by: outlets in other time zones date it a day apart. */
  static final int DATE_SLACK_DAYS = 1;

  private EventMerger() {}

  /** The merged events, most mentioned first; {@code scope} (a story id) makes their ids unique. */
  public static List<Event> merge(String scope, List<Event> events) {
    List<List<Event>> groups = new ArrayList<>();
    for (Event e : events.stream().sorted(Comparator.comparing(Event::confidence).reversed()).toList()) {
      List<Event> home = null;
      for (List<Event> g : groups) {
        if (same(g.get(0), e)) {
          home = g;
          break;
        }
      }
      if (home == null) {
        groups.add(home = new ArrayList<>());
      }
      home.add(e);
    }
    List<Event> out = new ArrayList<>();
    for (List<Event> g : groups) {
      out.add(combine(scope, g));
    }
    out.sort(Comparator.comparingInt((Event e) -> e.mentions().size()).reversed().thenComparing(Event::id));
    return out;
  }

  private static boolean same(Event a, Event b) {
    return key(a.source(), a.target()).equals(key(b.source(), b.target()))
        && a.rootCode().equals(b.rootCode())
        && (a.location() == null || b.location() == null || a.location().name().equals(b.location().name()))
        && closeDates(a.date(), b.date());
  }

  /** Actors compare by country across countries, by full code within one ("KORCOP" vs "KOROPP"). */
  private static String key(Actor source, Actor target) {
    if (target == null) {
      return source.code() + ">";
    }
    boolean domestic = Objects.equals(source.country(), target.country()) || source.country() == null || target.country() == null;
    return domestic ? source.code() + ">" + target.code() : source.country() + ">" + target.country();
  }

  private static boolean closeDates(LocalDate a, LocalDate b) {
    return a == null || b == null || Math.abs(a.toEpochDay() - b.toEpochDay()) <= DATE_SLACK_DAYS;
  }

  private static Event combine(String scope, List<Event> group) {
    Event lead = group.get(0);
    List<EventMention> mentions = new ArrayList<>();
    Map<String, Integer> codeVotes = new HashMap<>();
    for (Event e : group) {
      for (EventMention m : e.mentions()) {
        if (!mentions.contains(m)) {
          mentions.add(m);
        }
      }
      codeVotes.merge(e.cameo(), 1, Integer::sum);
    }
    String cameo = codeVotes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElseThrow();
    Event withCode = group.stream().filter(e -> e.cameo().equals(cameo)).findFirst().orElse(lead);
    var location = group.stream().map(Event::location).filter(Objects::nonNull).findFirst().orElse(null);
    var date = group.stream().map(Event::date).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    // More independent reports make an event more certain.
    double confidence = Math.min(0.99, lead.confidence() + 0.05 * (mentions.size() - 1));
    String id = Ids.event(scope, key(lead.source(), lead.target()), lead.rootCode(), location == null ? "" : location.name(), date);
    return new Event(id, date, withCode.source(), withCode.target(), cameo, withCode.quadClass(), withCode.goldstein(),
        location, mentions, confidence, withCode.why());
  }
}
