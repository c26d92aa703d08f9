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
 * Posts {@link DemoItem}s through the gateway, several at a time; one item's create and moves go in order. A 409
 * counts as done where the item names its own id (a firm or a contract already recorded, a certificate already on
 * it), so a load into a kept data folder that was interrupted can be run again for those. No {@code Idempotency-Key}:
 * each key costs two writes more per request, a third of the demo's time.
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
        HttpResponse<String> created = post(item.path(), item.body(), item.naturalId() != null);
        String id = created.statusCode() == 201
                ? PlatformClient.json(created).path("id").asString()
                : item.naturalId();
        for (DemoItem.Move move : item.moves()) {
            post(item.path() + "/" + id + "/" + move.name(), move.body(), item.naturalId() != null);
        }
        return id;
    }

    private HttpResponse<String> post(String path, Object body, boolean conflictMeansDone) {
        HttpResponse<String> response = client.post(path, body);
        requests.incrementAndGet();
        boolean done = response.statusCode() == 201 || (conflictMeansDone && response.statusCode() == 409);
        if (!done) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
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
