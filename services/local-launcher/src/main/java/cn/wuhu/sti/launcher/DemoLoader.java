package cn.wuhu.sti.launcher;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts {@link DemoItem}s through the gateway, several at a time; one item's create and moves go in order. Every
 * POST carries an {@code Idempotency-Key} of its own, so a load that was interrupted can be run again: what was done
 * answers as before, and nothing is recorded twice.
 */
final class DemoLoader implements AutoCloseable {

    private final PlatformClient client;
    private final ExecutorService pool;
    private final AtomicInteger requests = new AtomicInteger();

    DemoLoader(PlatformClient client, int parallel) {
        this.client = client;
        this.pool = Executors.newFixedThreadPool(parallel);
    }

    /** Loads the items; answers their ids, in the order of the items. */
    List<String> load(List<DemoItem> items) {
        List<Future<String>> ids = new ArrayList<>();
        for (DemoItem item : items) {
            ids.add(pool.submit(() -> loadOne(item)));
        }
        List<String> loaded = new ArrayList<>(items.size());
        for (Future<String> id : ids) {
            loaded.add(result(id));
        }
        return loaded;
    }

    int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private String loadOne(DemoItem item) {
        String id = created(item.key(), item.path(), item.body());
        for (int i = 0; i < item.moves().size(); i++) {
            DemoItem.Move move = item.moves().get(i);
            created(item.key() + "-" + i + "-" + move.name(), item.path() + "/" + id + "/" + move.name(), move.body());
        }
        return id;
    }

    private String created(String key, String path, Object body) {
        HttpResponse<String> response = client.post(path, body, "Idempotency-Key", key);
        requests.incrementAndGet();
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return PlatformClient.json(response).path("id").asString();
    }

    private static String result(Future<String> id) {
        try {
            return id.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading the demo", e);
        }
    }
}
