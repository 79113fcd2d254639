package dev.storyline.model;

/** What an actor is. */
public enum ActorKind {
  COUNTRY,
  PERSON,
  ORGANIZATION,
  /** A generic group named by role: police, troops, protesters, the foreign ministry. */
  AGENT
}
