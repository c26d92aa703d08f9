package cn.wuhu.sti.test.service;

import cn.wuhu.sti.domain.Uscc;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Values that are valid and never repeat within a test JVM, so tests on one shared store do not collide. */
public final class TestData {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    /** A valid unified social credit code (Wuhu's division code 340200), a new one on every call. */
    public static String freshUscc() {
        String first17 = "91340200" + String.format("%09d", SERIAL.incrementAndGet() % 1_000_000_000L);
        return first17 + Uscc.checkCharacterOf(first17);
    }

    /** An id that is not one the service would have handed out. */
    public static String unknownId() {
        return UUID.randomUUID().toString();
    }

    private TestData() {}
}
