package dev.storyline.model;

import java.time.Instant;

/**
 * A reader's reply under a story. The email is kept for the operator and never shown.
 *
 * @param id database identifier, 0 before it is stored
 * @param storyId the story replied to
 * @param name the reader's name as given
 * @param email the reader's email address
 * @param comment the reply as given, unescaped
 * @param created when it was received
 */
public record Reply(long id, String storyId, String name, String email, String comment, Instant created) {

  public Reply {
    Checks.notBlank(storyId, "story id");
    Checks.notBlank(name, "name");
    Checks.notBlank(email, "email");
    Checks.notBlank(comment, "comment");
  }
}
