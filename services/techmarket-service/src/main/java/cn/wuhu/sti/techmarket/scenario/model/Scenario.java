package cn.wuhu.sti.techmarket.scenario.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Conflict;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.RuleViolation;
import cn.wuhu.sti.events.techmarket.ScenarioLanded;
import cn.wuhu.sti.events.techmarket.ScenarioList;
import cn.wuhu.sti.events.techmarket.ScenarioPublished;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario innovation item (场景创新) on the capability or the opportunity list; its project lands once, in a
 * district, no earlier than it was published. Immutable: every command returns the scenario it became and the event
 * that records the change.
 */
public record Scenario(
        String id,
        String title,
        ScenarioList list,
        Industry industry,
        LocalDate publishedOn,
        Optional<Landing> landing) {

    // The longest title the published schemas allow.
    private static final int TITLE_LENGTH = 200;

    public record Landing(LocalDate date, District district) {

        public Landing {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(district, "district");
        }
    }

    /** A scenario as stored. */
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(landing, "landing");
        if (landing.isPresent() && landing.get().date().isBefore(publishedOn)) {
            throw new IllegalArgumentException("Scenario " + id + " cannot land before it was published");
        }
    }

    public static Change<Scenario, ScenarioPublished> publish(ScenarioCommands.Publish command, String id) {
        var scenario = new Scenario(
                id,
                Require.text("title", command.title(), TITLE_LENGTH),
                Require.present("list", command.list()),
                Require.present("industry", command.industry()),
                Require.present("publishedOn", command.publishedOn()),
                Optional.empty());
        var event = new ScenarioPublished(
                id, scenario.title(), scenario.list(), scenario.industry(), scenario.publishedOn());
        return new Change<>(scenario, event);
    }

    /** The scenario project lands in {@code district}, where it counts, in the year of the landing. */
    public Change<Scenario, ScenarioLanded> land(ScenarioCommands.Land command) {
        LocalDate date = Require.present("date", command.date());
        District district = Require.present("district", command.district());
        if (date.isBefore(publishedOn)) {
            throw new RuleViolation("date", "must not be before " + publishedOn + ", when the scenario was published");
        }
        if (landing.isPresent()) {
            throw new Conflict("Scenario " + id + " landed in " + landing.get().district() + " on "
                    + landing.get().date() + "; it cannot land again");
        }
        var landed = new Scenario(id, title, list, industry, publishedOn, Optional.of(new Landing(date, district)));
        return new Change<>(landed, new ScenarioLanded(id, date, district, list, industry));
    }

    public boolean landed() {
        return landing.isPresent();
    }
}
