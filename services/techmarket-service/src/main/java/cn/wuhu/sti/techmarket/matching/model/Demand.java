package cn.wuhu.sti.techmarket.matching.model;

import cn.wuhu.sti.domain.Change;
import cn.wuhu.sti.domain.Require;
import cn.wuhu.sti.domain.Uscc;
import cn.wuhu.sti.events.techmarket.DemandPublished;
import cn.wuhu.sti.reference.District;
import cn.wuhu.sti.reference.Industry;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A technology demand (技术需求) a firm published: what technology it needs. */
public record Demand(
        String id,
        String title,
        Optional<String> description,
        Uscc enterpriseUscc,
        Industry industry,
        LocalDate publishedOn,
        Optional<District> district) {

    /** A demand as stored. */
    public Demand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(enterpriseUscc, "enterpriseUscc");
        Objects.requireNonNull(industry, "industry");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(district, "district");
    }

    public static Change<Demand, DemandPublished> publish(MatchingCommands.PublishDemand command, String id) {
        var demand = new Demand(
                id,
                Require.text("title", command.title(), Texts.TITLE_LENGTH),
                Require.optionalText("description", command.description(), Texts.DESCRIPTION_LENGTH),
                Require.uscc("enterpriseUscc", command.enterpriseUscc()),
                Require.present("industry", command.industry()),
                Require.present("publishedOn", command.publishedOn()),
                Optional.ofNullable(command.district()));
        var event = new DemandPublished(
                id,
                demand.title(),
                demand.description(),
                demand.enterpriseUscc().value(),
                demand.industry(),
                demand.publishedOn(),
                demand.district());
        return new Change<>(demand, event);
    }
}
