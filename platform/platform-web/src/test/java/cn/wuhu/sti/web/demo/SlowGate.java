package cn.wuhu.sti.web.demo;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Holds a request inside the controller until a test opens the gate, to observe a request still in flight. */
public class SlowGate {

    private volatile CountDownLatch latch = new CountDownLatch(1);

    public void close() {
        latch = new CountDownLatch(1);
    }

    public void open() {
        latch.countDown();
    }

    void pass() throws InterruptedException {
        if (!latch.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never opened the gate");
        }
    }
}
