package cn.wuhu.sti.launcher;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads {@link TalentDemoPlan} through the gateway. Every POST carries an {@code Idempotency-Key} of its own, so a
 * load that was interrupted can be run again: what was done answers as before, and nothing is recorded twice.
 */
final class TalentDemoData {

    private final PlatformClient client;
    private final AtomicInteger requests = new AtomicInteger();

    TalentDemoData(PlatformClient client) {
        this.client = client;
    }

    int load(TalentDemoPlan plan, PrintStream out) {
        out.printf(
                "Loading talent demo data: %d teams, %d fund projects, %d enclaves ...%n",
                plan.teams().size(), plan.fundProjects().size(), plan.enclaves().size());
        plan.teams().forEach(team -> load(team, ""));
        plan.fundProjects().forEach(project -> load(project, ""));
        for (TalentDemoPlan.EnclavePlan enclave : plan.enclaves()) {
            String enclaveId = created(enclave.key(), "/api/talent/enclaves", enclave.body());
            enclave.projects().forEach(project -> load(project, "/api/talent/enclaves/" + enclaveId + "/"));
        }
        return requests.get();
    }

    private void load(TalentDemoPlan.Item item, String prefix) {
        String id = created(item.key(), prefix + item.path(), item.body());
        for (TalentDemoPlan.Move move : item.moves()) {
            created(item.key() + "-" + move.name(), prefix + item.path() + "/" + id + "/" + move.name(), move.body());
        }
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
}
