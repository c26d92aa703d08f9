package cn.wuhu.sti.subscriber;

import cn.wuhu.sti.events.enterprise.EnterpriseRecognized;
import cn.wuhu.sti.events.talent.TeamLanded;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;

@SpringBootApplication
class SubscriberTestApplication {

    /** A department's handlers: what they were handed, and a bug that can be switched on for one firm. */
    @Component
    static class Department {

        final List<Handled> recognitions = new CopyOnWriteArrayList<>();
        final List<Handled> landings = new CopyOnWriteArrayList<>();
        final Set<String> failingFirms = ConcurrentHashMap.newKeySet();

        @OnEvent
        void on(EnterpriseRecognized recognized, Delivery delivery) {
            if (failingFirms.contains(recognized.uscc())) {
                recognitions.add(new Handled(recognized.uscc(), delivery, false));
                throw new IllegalStateException("bug: cannot pay " + recognized.uscc());
            }
            recognitions.add(new Handled(recognized.uscc(), delivery, true));
        }

        @OnEvent(replays = true)
        void on(TeamLanded landed, Delivery delivery) {
            landings.add(new Handled(landed.teamId(), delivery, true));
        }

        List<Handled> recognitionsOf(String uscc) {
            return recognitions.stream().filter(h -> h.id().equals(uscc)).toList();
        }

        List<Handled> landingsOf(String teamId) {
            return landings.stream().filter(h -> h.id().equals(teamId)).toList();
        }
    }

    record Handled(String id, Delivery delivery, boolean succeeded) {}
}
