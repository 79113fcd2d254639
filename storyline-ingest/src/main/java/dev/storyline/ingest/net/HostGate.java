package dev.storyline.ingest.net;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time, and a pause between the end of one request and the
 * start of the next. Threads asking for the same host queue in arrival order.
 */
final class HostGate {

  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock(true);
    long lastEndNanos = Long.MIN_VALUE;
  }

  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  /** A claim on a host, released when the request is over. */
  interface Pass extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Waits until the host is free and {@code delay} has passed since its last request ended.
   *
   * @throws InterruptedException when the wait is interrupted; the host is not claimed then
   */
  Pass enter(String host, Duration delay) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(host, h -> new Slot());
    slot.lock.lockInterruptibly();
    try {
      if (slot.lastEndNanos != Long.MIN_VALUE) {
        long wait = slot.lastEndNanos + delay.toNanos() - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
      }
    } catch (InterruptedException e) {
      slot.lock.unlock();
      throw e;
    }
    return () -> {
      slot.lastEndNanos = System.nanoTime();
      slot.lock.unlock();
    };
  }
}
